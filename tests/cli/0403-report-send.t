Sending a report: --send keeps the rendering as sent (a "report" record,
audited) and logs an interaction initiated by us on the "report" channel,
in one transaction. stdout carries the kept copy, stderr one line naming
the report. "report list" lists what was sent, "report show" prints a
copy exactly as it was sent.

The engagement of fixtures/active.sh, kicked off on 2026-03-02, owes a
progress report every two weeks: on 2026-03-17 the first is overdue.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport report list shop
  $ rapport --json report list shop
  []
  $ rapport --today 2026-03-17 check shop | grep -A1 H-REPORT
  shop: warning H-REPORT: no progress report has been sent since the start on 2026-03-02; the first is 1 day overdue (reports are due every 2w)
    hint: rapport report progress shop --send

The hint, typed, with the contact it is addressed to.

  $ rapport history > before
  $ rapport --today 2026-03-17 report progress shop --send --to ana@acme.example > sent.txt
  sent: report 1 (progress, 2026-03-02 to 2026-03-17) to Ana Lima
  $ rapport report show 1 | cmp - sent.txt
  $ rapport report list shop
  ID  KIND      PERIOD                    SENT              TO        FORMAT
  1   progress  2026-03-02 to 2026-03-17  2026-03-17 00:00  Ana Lima  text

Two events in the audit trail, in the same transaction: the report as sent
(its body is the rendering) and the interaction that logs it.

  $ rapport history | diff before - | grep -c "^>"
  2
  $ rapport --json history shop | python3 -c 'import json,sys; es=json.load(sys.stdin)[-2:]; [print(e["action"], e["kind"], e["record"], e["engagement"], e["before"], sorted(k for k in e["after"] if e["after"][k] is not None)) for e in es]; print(es[0]["after"]["body"] == open("sent.txt").read())'
  add report 1 shop None ['body', 'engagement', 'format', 'id', 'kind', 'period_from', 'period_to', 'sent_at', 'to_contact']
  add interaction 2 shop None ['channel', 'date', 'engagement', 'id', 'initiated_by', 'summary', 'topic']
  True
  $ rapport --json history shop | python3 -c 'import json,sys; e=json.load(sys.stdin)[-2]["after"]; del e["body"]; print(json.dumps(e, indent=2))'
  {
    "id": 1,
    "engagement": "shop",
    "kind": "progress",
    "period_from": "2026-03-02",
    "period_to": "2026-03-17",
    "sent_at": "2026-03-17T00:00:00Z",
    "to_contact": 1,
    "format": "text"
  }
  $ rapport log show 2 | grep -E '^(summary|channel|initiated_by|date|topic) '
  summary       Progress report 2026-03-02 to 2026-03-17 sent to Ana Lima
  channel       report
  initiated_by  us
  date          2026-03-17
  topic         progress

The interaction is what the health monitor counts: H-REPORT is gone and
the next report is due two weeks after this one. It is also a real
interaction by us, so the silence is broken.

  $ rapport --today 2026-03-17 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-31: the progress report is due
  $ rapport --today 2026-03-31 check shop | grep H-REPORT
  [1]
  $ rapport --today 2026-04-01 check shop | grep -A1 H-REPORT
  shop: warning H-REPORT: the progress report is 1 day overdue: the last was sent on 2026-03-17 and reports are due every 2w
    hint: rapport report progress shop --send

The next report covers the days since this one. Sent as JSON (the global
--json means --format json) and to no one in particular.

  $ rapport --json --today 2026-03-31 report progress shop --send > sent.json
  sent: report 2 (progress, 2026-03-17 to 2026-03-31)
  $ python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["kind"], m["period"], m["to"])' < sent.json
  progress {'from': '2026-03-17', 'to': '2026-03-31'} None
  $ rapport report show 2 | cmp - sent.json
  $ rapport --today 2026-03-31 report progress shop --send --format html > sent.html
  sent: report 3 (progress, 2026-03-31 to 2026-03-31)
  $ rapport report show 3 | cmp - sent.html
  $ rapport report list shop
  ID  KIND      PERIOD                    SENT              TO        FORMAT
  1   progress  2026-03-02 to 2026-03-17  2026-03-17 00:00  Ana Lima  text
  2   progress  2026-03-17 to 2026-03-31  2026-03-31 00:00  -         json
  3   progress  2026-03-31 to 2026-03-31  2026-03-31 00:00  -         html

The list as JSON and CSV: every field but the body; "report show --json"
adds it.

  $ rapport report list shop --format json
  [
    {
      "id": 1,
      "engagement": "shop",
      "kind": "progress",
      "period_from": "2026-03-02",
      "period_to": "2026-03-17",
      "sent_at": "2026-03-17T00:00:00Z",
      "to_contact": 1,
      "format": "text"
    },
    {
      "id": 2,
      "engagement": "shop",
      "kind": "progress",
      "period_from": "2026-03-17",
      "period_to": "2026-03-31",
      "sent_at": "2026-03-31T00:00:00Z",
      "to_contact": null,
      "format": "json"
    },
    {
      "id": 3,
      "engagement": "shop",
      "kind": "progress",
      "period_from": "2026-03-31",
      "period_to": "2026-03-31",
      "sent_at": "2026-03-31T00:00:00Z",
      "to_contact": null,
      "format": "html"
    }
  ]
  $ rapport report list shop --format csv | tr -d '\r'
  "id","engagement","kind","period_from","period_to","sent_at","to_contact","format"
  "1","shop","progress","2026-03-02","2026-03-17","2026-03-17T00:00:00Z","1","text"
  "2","shop","progress","2026-03-17","2026-03-31","2026-03-31T00:00:00Z","","json"
  "3","shop","progress","2026-03-31","2026-03-31","2026-03-31T00:00:00Z","","html"
  $ rapport --json report show 1 | python3 -c 'import json,sys; r=json.load(sys.stdin); print(sorted(r), r["body"] == open("sent.txt").read())'
  ['body', 'engagement', 'format', 'id', 'kind', 'period_from', 'period_to', 'sent_at', 'to_contact'] True

The copy kept is the one sent, whatever changes later: a report is never
edited, and the records it was built from may move on.

  $ rapport --today 2026-04-02 deliverable submit 1 >/dev/null
  $ rapport report show 1 | cmp - sent.txt
  $ rapport --today 2026-04-02 report progress shop --format json | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["period"], [r["what"] for r in m["sections"][0]["rows"]])'
  {'from': '2026-03-31', 'to': '2026-04-02'} ["Deliverable 1 'New checkout' submitted for review"]

A client's contact may be named by number too; a close-out report is
kept and logged the same way, with its own topic.

  $ rapport --today 2026-04-02 report closeout shop --send --to 2 --format json >/dev/null
  sent: report 4 (closeout, 2026-03-02 to 2026-04-02) to Bob Stone
  $ rapport log show 5 | grep -E '^(summary|topic) '
  summary       Close-out report 2026-03-02 to 2026-04-02 sent to Bob Stone
  topic         closeout
