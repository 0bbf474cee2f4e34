#!/usr/bin/python3
"""Compute, from the facts that `rapport --json ... list` shows, the dates the
calendar feed must put each event on, in the form of `parse.py --dates`: the
UID without its "@..." part, then the dates from --from to --to.

usage: expect.py --from DATE --to DATE

The rules are those of docs/calendar.md, written here a second time without
looking at how rapport or an RRULE computes them: a cadence counts from the
last interaction that sets it (or the start), a series is its first date
plus k times the cadence with the day clamped to the end of a shorter month
(python3-dateutil's relativedelta does that), except that a monthly series
on the 29th or 30th skips a February that lacks the day.
Run it with /usr/bin/python3, with the rapport under test first on PATH.
"""

import argparse
import datetime
import json
import subprocess
import sys

from dateutil.relativedelta import relativedelta

WORK_RUNS = ("active", "on_hold", "delivered")
OVER = ("closed", "terminated")


def rapport(*args):
    out = subprocess.run(("rapport", "--json") + args, check=True, capture_output=True)
    return json.loads(out.stdout)


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def step(text):
    """A duration ("10d", "2w", "1m", "1y") as a relativedelta and its unit."""
    n, unit = int(text[:-1]), text[-1]
    return {
        "d": relativedelta(days=n),
        "w": relativedelta(weeks=n),
        "m": relativedelta(months=n),
        "y": relativedelta(years=n),
    }[unit], unit


def series(first, every, start, end, until=None):
    """first + k * every for k = 0, 1, ... up to `until` and `end`, kept from
    `start` on."""
    delta, unit = step(every)
    out = []
    k = 0
    while True:
        d = first + k * delta
        k += 1
        if (until and d > until) or d > end:
            return out
        if unit == "m" and first.day in (29, 30) and d.day != first.day:
            continue  # a February without the day
        if d >= start:
            out.append(d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", type=day, required=True)
    ap.add_argument("--to", dest="end", type=day, required=True)
    args = ap.parse_args()
    lo, hi = args.start, args.end
    events = {}

    def single(uid, d):
        if d and lo <= d <= hi:
            events[uid] = [d]

    engs = {e["slug"]: e for e in rapport("engagement", "list")}
    talks = rapport("log", "list")
    for slug, e in engs.items():
        n = e["id"]
        if e["state"] in WORK_RUNS:
            begin = day(e["kicked_off_on"]) or day(e["baseline_start"]) or day(e["created_on"])
            until = day(e["forecast_end"]) or day(e["baseline_end"])
            mine = [t for t in talks if t["engagement"] == slug]
            real = [day(t["date"]) for t in mine if t["channel"] != "note"]
            sent = [
                day(t["date"])
                for t in mine
                if t["channel"] == "report" and t["initiated_by"] == "us"
            ]
            for what, every, dates in (
                ("meetings", e["meet_every"], real),
                ("reports", e["report_every"], sent),
            ):
                if not every:
                    continue
                last = max(dates) if dates else None
                base = last if last and last >= begin else begin
                first = base + step(every)[0]
                if (until and first > until) or first > hi or (until and until < lo):
                    continue
                events["engagement-%d-%s" % (n, what)] = series(first, every, lo, hi, until)
        renews = day(e["renewal_date"])
        if (
            e["renewal"] in ("auto", "manual")
            and renews
            and not e["notice_given"]
            and e["state"] not in ("closing",) + OVER
        ):
            single("engagement-%d-renewal" % n, renews)
            deadline = renews - datetime.timedelta(days=e["notice_days"] or 0)
            single("engagement-%d-notice-deadline" % n, deadline)

    def working(rec):
        return engs[rec["engagement"]]["state"] not in OVER

    for d in rapport("deliverable", "list"):
        if working(d) and d["state"] not in ("accepted", "waived"):
            single("deliverable-%d-due" % d["id"], day(d["due"]))
    for p in rapport("payment", "list"):
        if not working(p):
            continue
        if p["state"] == "invoiced":
            single("payment-%d-due" % p["id"], day(p["due_on"]))
        elif p["state"] == "scheduled" and (p["trigger"] or "").startswith("date:"):
            single("payment-%d-trigger" % p["id"], day(p["trigger"][5:]))
    for p in rapport("promise", "list"):
        if working(p) and p["state"] == "open":
            single("commitment-%d-due" % p["id"], day(p["due"]))
    for f in rapport("followup", "list"):
        first = day(f["next_on"])
        if first and first <= hi:
            events["followup-%d-touch" % f["id"]] = series(first, f["every"], lo, hi)
    for c in rapport("contact", "list"):
        born = day(c["birthday"])
        if born and born <= hi:
            events["contact-%d-birthday" % c["id"]] = series(born, "1y", lo, hi)

    sys.stdout.reconfigure(encoding="utf-8")
    lines = [
        "%s %s" % (uid, " ".join(d.isoformat() for d in dates) or "-")
        for uid, dates in events.items()
    ]
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
