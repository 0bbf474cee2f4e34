The progress report (seed 003): one page for the client, built from the
records as one model (docs/report-model.md) that every format renders.
Here the model itself, "--format json", on the engagement of
fixtures/active.sh two weeks after its kickoff on 2026-03-02.

show.py prints a model readably: the head, the summary, then each section
with its paragraphs and one line per row (cells in column order), or the
sentence that stands for an empty table; with section ids as arguments,
only those sections.

  $ . "$TESTDIR/fixtures/active.sh"
  $ cat > show.py <<'EOF'
  > import json, sys
  > m = json.load(sys.stdin)
  > only = sys.argv[1:]
  > if not only:
  >     print("%s, %s to %s, of %s, to %s" % (m["title"], m["period"]["from"], m["period"]["to"], m["date"], m["to"] or "-"))
  >     for p in m["summary"]:
  >         print("  " + p)
  > for s in m["sections"]:
  >     if only and s["id"] not in only:
  >         continue
  >     keys = [c["key"] for c in s["columns"]]
  >     print("%s: %s (%d rows)" % (s["id"], s["title"], len(s["rows"])))
  >     for p in s["paragraphs"]:
  >         print("  " + p)
  >     for r in s["rows"]:
  >         print(("  - " + " | ".join(r.get(k, "") for k in keys)).rstrip())
  >     if not s["rows"]:
  >         print("  " + s.get("empty", ""))
  > if not only:
  >     print(m["closing"])
  > EOF

Two weeks of work: action items (one done, one waiting on the client's
input), requests (one answered, one open), a promise, the first
deliverable submitted and accepted and its milestone invoiced, a change
approved and another proposed, a risk disclosed with two alternatives and
another not yet told, a runbook handed over, an internal note, and a
forecast end later than planned.

  $ rapport --today 2026-03-03 action add shop "Set up staging" --due 2026-03-10 >/dev/null
  $ rapport --today 2026-03-03 action add shop "Import the product catalogue" --due 2026-03-20 >/dev/null
  $ rapport --today 2026-03-04 action add shop "Send the payment provider keys" --owner client --due 2026-03-13 --waiting-on input >/dev/null
  $ rapport --today 2026-03-09 action done 1 >/dev/null
  $ rapport --today 2026-03-09 action update 2 --percent 40 >/dev/null
  $ rapport --today 2026-03-09 risk add shop "The payment provider changes its API in May" --severity high >/dev/null
  $ rapport --today 2026-03-10 risk disclose 1 --alternative "Pin the API version" --alternative "Switch to another provider" >/dev/null
  $ rapport --today 2026-03-12 risk add shop "A developer may leave in April" >/dev/null
  $ rapport --today 2026-03-10 request add shop "Can we add PayPal?" --at 2026-03-10T09:00 >/dev/null
  $ rapport --today 2026-03-11 request answer 1 --at 2026-03-11T15:00 >/dev/null
  $ rapport --today 2026-03-15 request add shop "Which browsers must the checkout support?" --at 2026-03-15T10:00 >/dev/null
  $ rapport --today 2026-03-12 promise add shop "Send the test plan" --to 1 --due 2026-03-20 >/dev/null
  $ rapport --today 2026-03-12 deliverable submit 1 >/dev/null
  $ rapport --today 2026-03-14 deliverable accept 1 --by ana@acme.example --comment "Works well" >/dev/null
  $ rapport --today 2026-03-15 payment invoice 2 --number INV-002 >/dev/null
  $ rapport --today 2026-03-11 change add shop "PayPal in the checkout" --cost 1500 --days 5 >/dev/null
  $ rapport --today 2026-03-13 change approve 1 --by 1 >/dev/null
  $ rapport --today 2026-03-14 change add shop "Gift cards" --cost 2000 --days 10 >/dev/null
  $ rapport --today 2026-03-13 deliverable start 2 >/dev/null
  $ rapport --today 2026-03-15 document add shop "Checkout runbook" --kind runbook >/dev/null
  $ rapport --today 2026-03-15 document current 1 >/dev/null
  $ rapport --today 2026-03-15 document handover 1 >/dev/null
  $ rapport --today 2026-03-15 log shop "Thoughts on the catalogue import" --channel note --by us >/dev/null
  $ rapport --today 2026-03-15 engagement edit shop --forecast-end 2026-07-08 >/dev/null

The model's head and the order of its sections (each section's rows are
left out here and shown below). No report was sent yet, so the period
starts at the kickoff; it ends today. Without --to the report is
addressed to nobody in particular: "to" is null.

  $ rapport --today 2026-03-16 report progress shop --format json > model.json
  $ python3 -c 'import json,sys; m=json.load(sys.stdin); m["sections"]=[s["id"] for s in m["sections"]]; print(json.dumps(m, indent=2))' < model.json
  {
    "format": 1,
    "kind": "progress",
    "title": "Progress report",
    "workspace": "Northwind Consulting",
    "engagement": {
      "slug": "shop",
      "title": "Shop relaunch",
      "client": "acme",
      "client_name": "Acme Corp",
      "state": "active",
      "type": "fixed",
      "value": "20,000.00 EUR"
    },
    "period": {
      "from": "2026-03-02",
      "to": "2026-03-16"
    },
    "date": "2026-03-16",
    "to": null,
    "summary": [
      "1 of 2 deliverables accepted; 2 action items open.",
      "The work is forecast to end on 2026-07-08, 3 days later than planned (2026-07-05)."
    ],
    "sections": [
      "accomplished",
      "actions",
      "missing",
      "schedule",
      "changes",
      "invoices",
      "issues"
    ],
    "closing": "Is there anything else we should discuss?"
  }

One section in full: its id, title, paragraphs, columns (key and label),
rows (one object per row, keyed by column; an empty cell is left out) and
the sentence that stands for an empty table.

  $ python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["sections"][3], indent=2))' < model.json
  {
    "id": "schedule",
    "title": "Schedule",
    "paragraphs": [
      "Approved changes move the end by +5 days, to 2026-07-05."
    ],
    "columns": [
      {
        "key": "milestone",
        "label": "Milestone"
      },
      {
        "key": "baseline",
        "label": "Baseline"
      },
      {
        "key": "forecast",
        "label": "Forecast"
      },
      {
        "key": "status",
        "label": "Status"
      }
    ],
    "rows": [
      {
        "milestone": "New checkout",
        "baseline": "2026-04-30",
        "forecast": "2026-03-14",
        "status": "accepted on 2026-03-14"
      },
      {
        "milestone": "Product pages",
        "baseline": "2026-06-15",
        "forecast": "2026-06-15",
        "status": "in progress"
      },
      {
        "milestone": "End of the engagement",
        "baseline": "2026-06-30",
        "forecast": "2026-07-08",
        "status": "3 days late"
      }
    ],
    "empty": "No milestones are planned."
  }

The whole report, readably. Every value is formatted for people: amounts
with their currency and grouped thousands, dates as YYYY-MM-DD, changes
of cost and days signed.

  $ python3 show.py < model.json
  Progress report, 2026-03-02 to 2026-03-16, of 2026-03-16, to -
    1 of 2 deliverables accepted; 2 action items open.
    The work is forecast to end on 2026-07-08, 3 days later than planned (2026-07-05).
  accomplished: Accomplished since the last report (5 rows)
    - Action item 1 'Set up staging' done | 2026-03-09
    - Request 1 'Can we add PayPal?' answered | 2026-03-11
    - Deliverable 1 'New checkout' submitted for review | 2026-03-12
    - Deliverable 1 'New checkout' accepted by Ana Lima | 2026-03-14
    - Document 1 'Checkout runbook' handed over | 2026-03-15
  actions: Current action items (2 rows)
    - Import the product catalogue | Northwind Consulting | in progress | 2026-03-20 | 40%
    - Send the payment provider keys | Acme Corp | waiting for input | 2026-03-13 | 0%
  missing: What we are waiting for (5 rows)
    Acme Corp: 3 items; Northwind Consulting: 2 items.
    - Input for action item 3 'Send the payment provider keys' | Acme Corp | 2026-03-04
    - Decision on change 2 'Gift cards' | Acme Corp | 2026-03-14
    - Acknowledgement of document 1 'Checkout runbook' | Acme Corp | 2026-03-15
    - Promise 1 'Send the test plan', due 2026-03-20 | Northwind Consulting | 2026-03-12
    - Our answer to request 2 'Which browsers must the checkout support?' | Northwind Consulting | 2026-03-15
  schedule: Schedule (3 rows)
    Approved changes move the end by +5 days, to 2026-07-05.
    - New checkout | 2026-04-30 | 2026-03-14 | accepted on 2026-03-14
    - Product pages | 2026-06-15 | 2026-06-15 | in progress
    - End of the engagement | 2026-06-30 | 2026-07-08 | 3 days late
  changes: Scope changes (2 rows)
    Approved changes in total: +1,500.00 EUR, +5 days.
    1 change awaits a decision.
    - PayPal in the checkout | +1,500.00 EUR | +5 | approved by Ana Lima on 2026-03-13
    - Gift cards | +2,000.00 EUR | +10 | awaiting a decision since 2026-03-14
  invoices: Invoices (3 rows)
    Invoiced and not yet paid: 8,000.00 EUR.
    Still to invoice: 6,000.00 EUR.
    - Upfront payment: 2026-03-02 | 6,000.00 EUR | invoice INV-001 paid on 2026-03-02 | 2026-04-01
    - Milestone payment: New checkout | 8,000.00 EUR | invoice INV-002 sent on 2026-03-15 | 2026-04-14
    - Final payment: Product pages | 6,000.00 EUR | scheduled |
  issues: Other issues (1 rows)
    - The payment provider changes its API in May | Pin the API version; Switch to another provider
  Is there anything else we should discuss?

The client reads this report: the risk not yet disclosed to them, the
internal note and the hints of the health monitor are nowhere in it.

  $ grep -c -e "developer may leave" -e "catalogue import" -e "rapport " model.json
  0
  [1]

Building a report only reads: nothing is written, and the same records on
the same day give the same model, byte for byte.

  $ rapport history > before
  $ rapport --today 2026-03-16 report progress shop --format json | cmp - model.json
  $ rapport history | diff before -

--to addresses the report to one of the client's contacts, by number or
e-mail address (in any case).

  $ rapport --today 2026-03-16 report progress shop --format json --to 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["to"])'
  Ana Lima
  $ rapport --today 2026-03-16 report progress shop --format json --to BOB@acme.example | python3 -c 'import json,sys; print(json.load(sys.stdin)["to"])'
  Bob Stone

The global --json (before or after the command) asks for the model too;
an explicit --format wins.

  $ rapport --json --today 2026-03-16 report progress shop | cmp - model.json
  $ rapport --today 2026-03-16 report progress shop --json | cmp - model.json
  $ rapport --json --today 2026-03-16 report progress shop --format md | head -1
  # Progress report

The period runs from the last progress report sent. A report we logged on
the "report" channel counts, as it does for H-REPORT; a report the client
sent us does not, nor does a close-out report.

  $ rapport --today 2026-03-18 log shop "Progress report sent by e-mail" --channel report --by us >/dev/null
  $ rapport --today 2026-03-20 log shop "Acme's own status report" --channel report --by client >/dev/null
  $ rapport --today 2026-03-21 log shop "Close-out preview" --channel report --by us --topic closeout >/dev/null
  $ rapport --today 2026-03-25 report progress shop --json | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["period"], m["date"])'
  {'from': '2026-03-18', 'to': '2026-03-25'} 2026-03-25

Since then: the promise kept and the request answered are accomplished;
what each side still owes moved on.

  $ rapport --today 2026-03-23 promise keep 1 >/dev/null
  $ rapport --today 2026-03-24 request answer 2 --at 2026-03-24T08:00 >/dev/null
  $ rapport --today 2026-03-25 report progress shop --json | python3 show.py accomplished missing
  accomplished: Accomplished since the last report (2 rows)
    - Promise 1 'Send the test plan' kept | 2026-03-23
    - Request 2 'Which browsers must the checkout support?' answered | 2026-03-24
  missing: What we are waiting for (3 rows)
    Acme Corp: 3 items; Northwind Consulting: 0 items.
    - Input for action item 3 'Send the payment provider keys' | Acme Corp | 2026-03-04
    - Decision on change 2 'Gift cards' | Acme Corp | 2026-03-14
    - Acknowledgement of document 1 'Checkout runbook' | Acme Corp | 2026-03-15
