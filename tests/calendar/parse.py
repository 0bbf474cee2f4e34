#!/usr/bin/python3
"""Read an iCalendar file with Debian's python3-icalendar and print it in the
normalised form that tests/calendar/parse.js prints too, so that the two
independent parsers can be compared line by line.

usage: parse.py [--from DATE --to DATE] [--dates | --stamps | --first UID
                | --get UID PROP | --lint] FILE|-

  (default)    the calendar's name and zone, then every event: UID, DTSTART
               and DTEND with their value types, DTSTAMP, SEQUENCE, the RRULE
               in a canonical order, SUMMARY and DESCRIPTION as JSON strings,
               the alarms, and the dates it falls on from --from to --to
  --dates      one line per event: the UID without its "@..." part and the
               dates it falls on in the window, sorted by UID
  --stamps     one line per event: the UID without its "@..." part, DTSTART,
               SEQUENCE and DTSTAMP, sorted by UID
  --first UID  the first date on or after --from of the event whose UID
               starts with UID
  --get UID P  property P (SUMMARY, DESCRIPTION) of that event, as it reads
               after unescaping, without a newline after it
  --lint       check the lines themselves: each ends in CRLF and holds at most
               75 octets, and the file is valid UTF-8; prints "lines ok"

Recurrences are expanded with python3-dateutil's rrule (which python3-icalendar
depends on) from the RRULE text: DTSTART is not added to the dates by hand,
so a DTSTART that its own rule does not produce shows up as a difference.
Run it with /usr/bin/python3: the packages are Debian's.
"""

import argparse
import datetime
import json
import sys

import icalendar
from dateutil import rrule


def day(text):
    return datetime.date.fromisoformat(text)


def read(path):
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def fmt_time(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc)
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.isoformat()


def value_type(value):
    return "date-time" if isinstance(value, datetime.datetime) else "date"


PARTS = ("BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS")


def fmt_rule(recur):
    """FREQ, INTERVAL, UNTIL or COUNT, then the BY parts, in that order."""
    out = ["FREQ=%s" % recur["FREQ"][0], "INTERVAL=%d" % int(recur.get("INTERVAL", [1])[0])]
    if "UNTIL" in recur:
        out.append("UNTIL=%s" % fmt_time(recur["UNTIL"][0]))
    if "COUNT" in recur:
        out.append("COUNT=%d" % int(recur["COUNT"][0]))
    for part in PARTS:
        if part in recur:
            out.append("%s=%s" % (part, ",".join(str(v) for v in recur[part])))
    for part in sorted(recur):
        if part not in ("FREQ", "INTERVAL", "UNTIL", "COUNT") + PARTS:
            out.append("%s=?" % part)
    return ";".join(out)


def occurrences(event, start, end):
    """The dates the event falls on from start to end, both included."""
    first = event.decoded("DTSTART")
    if isinstance(first, datetime.datetime):
        first = first.date()
    if "RRULE" not in event:
        return [first] if start <= first <= end else []
    text = event["RRULE"].to_ical().decode()
    dtstart = datetime.datetime(first.year, first.month, first.day)
    rule = rrule.rrulestr(text, dtstart=dtstart)
    lo = datetime.datetime(start.year, start.month, start.day)
    hi = datetime.datetime(end.year, end.month, end.day)
    return [d.date() for d in rule.between(lo, hi, inc=True)]


def uid_left(event):
    return str(event["UID"]).split("@", 1)[0]


def trigger_seconds(alarm):
    trig = alarm.decoded("TRIGGER")
    if isinstance(trig, datetime.timedelta):
        return "%ds" % int(trig.total_seconds())
    return fmt_time(trig)


def text(event, name):
    return json.dumps(str(event[name]), ensure_ascii=False) if name in event else "-"


def listing(cal, start, end):
    print("calendar %s" % json.dumps(str(cal.get("X-WR-CALNAME", "")), ensure_ascii=False))
    print("zone %s" % cal.get("X-WR-TIMEZONE", "-"))
    for ev in cal.walk("VEVENT"):
        print("event %s" % ev["UID"])
        for name in ("DTSTART", "DTEND"):
            if name in ev:
                v = ev.decoded(name)
                print("  %s %s %s" % (name.lower(), fmt_time(v), value_type(v)))
        print("  stamp %s" % fmt_time(ev.decoded("DTSTAMP")))
        print("  sequence %d" % int(ev.get("SEQUENCE", 0)))
        if "RRULE" in ev:
            print("  rule %s" % fmt_rule(ev["RRULE"]))
        print("  summary %s" % text(ev, "SUMMARY"))
        print("  description %s" % text(ev, "DESCRIPTION"))
        print("  transp %s" % ev.get("TRANSP", "-"))
        for alarm in ev.walk("VALARM"):
            print(
                "  alarm %s %s %s"
                % (alarm.get("ACTION", "-"), trigger_seconds(alarm), text(alarm, "DESCRIPTION"))
            )
        dates = occurrences(ev, start, end)
        print("  dates %s" % (" ".join(d.isoformat() for d in dates) or "-"))


def find(cal, prefix):
    for ev in cal.walk("VEVENT"):
        if str(ev["UID"]).startswith(prefix):
            return ev
    sys.exit("parse.py: no event whose UID starts with %r" % prefix)


def lint(data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        sys.exit("parse.py: not UTF-8: %s" % e)
    if not data.endswith(b"\r\n"):
        sys.exit("parse.py: the last line does not end in CRLF")
    for n, line in enumerate(data[:-2].split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            sys.exit("parse.py: line %d: a bare CR or LF" % n)
        if len(line) > 75:
            sys.exit("parse.py: line %d: %d octets (at most 75)" % (n, len(line)))
    print("lines ok")


def main():
    sys.stdout.reconfigure(encoding="utf-8")
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", type=day)
    ap.add_argument("--to", dest="end", type=day)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--dates", action="store_true")
    mode.add_argument("--stamps", action="store_true")
    mode.add_argument("--first")
    mode.add_argument("--get", nargs=2)
    mode.add_argument("--lint", action="store_true")
    ap.add_argument("file")
    args = ap.parse_args()
    data = read(args.file)
    if args.lint:
        lint(data)
        return
    cal = icalendar.Calendar.from_ical(data)
    if args.get:
        ev = find(cal, args.get[0])
        sys.stdout.write(str(ev[args.get[1]]))
        return
    if args.stamps:
        lines = [
            "%s %s %d %s"
            % (
                uid_left(ev),
                fmt_time(ev.decoded("DTSTART")),
                int(ev.get("SEQUENCE", 0)),
                fmt_time(ev.decoded("DTSTAMP")),
            )
            for ev in cal.walk("VEVENT")
        ]
        print("\n".join(sorted(lines)))
        return
    if args.start is None or args.end is None:
        sys.exit("parse.py: --from and --to are needed")
    if args.first:
        dates = occurrences(find(cal, args.first), args.start, args.end)
        print(dates[0].isoformat() if dates else "-")
    elif args.dates:
        lines = []
        for ev in cal.walk("VEVENT"):
            dates = occurrences(ev, args.start, args.end)
            lines.append("%s %s" % (uid_left(ev), " ".join(d.isoformat() for d in dates) or "-"))
        print("\n".join(sorted(lines)))
    else:
        listing(cal, args.start, args.end)


if __name__ == "__main__":
    main()
