The close-out report (seed 000): what was required against what was
delivered, the timeline against the baseline, the budget, every change,
the close checklist, the documents handed over, the client's view and
the lessons learned, ending with thanks and the stay-in-touch plan. Here
its model ("--format json") for the engagement of fixtures/active.sh,
carried through to its close.

show.py prints a model readably (see 0401-report-progress.t).

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

The work, from kickoff to the goodbye: a change approved (with a payment
for it) and one rejected, both deliverables accepted (the second late),
every invoice paid, a vendor bill paid, a runbook handed over and
acknowledged and an admin guide still a draft, the engagement delivered
and closing, the exit interview, an approved testimonial, the
retrospective and the stay-in-touch plan.

  $ rapport --today 2026-03-11 change add shop "PayPal in the checkout" --cost 1500 --days 5 >/dev/null
  $ rapport --today 2026-03-13 change approve 1 --by 1 >/dev/null
  $ rapport --today 2026-03-13 payment add shop --kind milestone --amount 1500 --trigger date:2026-07-01 --verify "PayPal orders go through" >/dev/null
  $ rapport --today 2026-03-14 change add shop "Gift cards" --cost 2000 --days 10 >/dev/null
  $ rapport --today 2026-03-20 change reject 2 --by ana@acme.example >/dev/null
  $ rapport --today 2026-03-12 deliverable submit 1 >/dev/null
  $ rapport --today 2026-03-14 deliverable accept 1 --by 1 --comment "Works well" >/dev/null
  $ rapport --today 2026-03-15 payment invoice 2 --number INV-002 >/dev/null
  $ rapport --today 2026-04-10 payment pay 2 >/dev/null
  $ rapport --today 2026-05-02 bill add shop --vendor "Stock photos Ltd" --amount 300 --due 2026-05-30 >/dev/null
  $ rapport --today 2026-05-20 bill pay 1 >/dev/null
  $ rapport --today 2026-06-20 deliverable submit 2 >/dev/null
  $ rapport --today 2026-06-25 deliverable accept 2 >/dev/null
  $ rapport --today 2026-06-26 payment invoice 3 --number INV-003 >/dev/null
  $ rapport --today 2026-07-01 payment invoice 4 --number INV-004 >/dev/null
  $ rapport --today 2026-07-08 payment pay 3 >/dev/null
  $ rapport --today 2026-07-09 payment pay 4 >/dev/null
  $ rapport --today 2026-06-25 document add shop "Checkout runbook" --kind runbook >/dev/null
  $ rapport --today 2026-06-25 document add shop "Admin guide" >/dev/null
  $ rapport --today 2026-06-26 document current 1 >/dev/null
  $ rapport --today 2026-06-26 document handover 1 >/dev/null
  $ rapport --today 2026-06-29 document ack 1 --by 1 >/dev/null
  $ rapport --today 2026-07-01 deliver shop >/dev/null
  $ rapport --today 2026-07-02 closing shop >/dev/null
  $ rapport --today 2026-07-06 exit shop --liked "Weekly demos" --disliked "Invoices came late" --improve "Earlier test plans" --rating 9 --refer yes >/dev/null
  $ rapport --today 2026-07-06 testimonial request shop >/dev/null
  $ rapport --today 2026-07-08 testimonial draft shop --text "Checkout conversion doubled." >/dev/null
  $ rapport --today 2026-07-09 testimonial approve shop --publish >/dev/null
  $ rapport --today 2026-07-09 retro shop --well "Small releases" --badly "Late content from Acme" --team "Strong; needs a tester" >/dev/null
  $ rapport --today 2026-07-10 followup shop --every 6m --next 2027-01-10 >/dev/null

The model's head and the order of its sections. The period runs from the
kickoff to the end: the day the engagement closed, or today while it is
closing (the report is sent before the close gate, which asks for it).

  $ rapport --today 2026-07-10 report closeout shop --format json --to 1 > model.json
  $ python3 -c 'import json,sys; m=json.load(sys.stdin); m["sections"]=[s["id"] for s in m["sections"]]; print(json.dumps(m, indent=2))' < model.json
  {
    "format": 1,
    "kind": "closeout",
    "title": "Close-out report",
    "workspace": "Northwind Consulting",
    "engagement": {
      "slug": "shop",
      "title": "Shop relaunch",
      "client": "acme",
      "client_name": "Acme Corp",
      "state": "closing",
      "type": "fixed",
      "value": "20,000.00 EUR"
    },
    "period": {
      "from": "2026-03-02",
      "to": "2026-07-10"
    },
    "date": "2026-07-10",
    "to": "Ana Lima",
    "summary": [
      "Shop relaunch for Acme Corp ran from 2026-03-02 to 2026-07-10.",
      "2 of 2 required deliverables accepted; 21,500.00 EUR of 21,500.00 EUR paid."
    ],
    "sections": [
      "delivered",
      "timeline",
      "budget",
      "changes",
      "checklist",
      "documents",
      "client",
      "lessons"
    ],
    "closing": "Thank you for working with us. We will stay in touch every 6 months, next on 2027-01-10."
  }

The whole report, readably. The timeline compares each deliverable's due
date with the day it was accepted, and the end with the baseline end (and
with the end moved by the approved changes); the budget adds the approved
changes to the value; the close checklist is the close gate's own result,
each check with the first of its findings, and the check this report
satisfies shown as this report.

  $ python3 show.py < model.json
  Close-out report, 2026-03-02 to 2026-07-10, of 2026-07-10, to Ana Lima
    Shop relaunch for Acme Corp ran from 2026-03-02 to 2026-07-10.
    2 of 2 required deliverables accepted; 21,500.00 EUR of 21,500.00 EUR paid.
  delivered: Required and delivered (2 rows)
    2 of 2 deliverables accepted.
    - New checkout | Orders complete in three steps | accepted on 2026-03-14 | Ana Lima on 2026-03-14
    - Product pages | Pages render under one second | accepted on 2026-06-25 | Ana Lima on 2026-06-25
  timeline: Timeline (4 rows)
    Approved changes moved the planned end by +5 days, to 2026-07-05; against it the work ended 5 days late.
    - Start | 2026-02-02 | 2026-03-02 | 28 days late
    - New checkout | 2026-04-30 | 2026-03-14 | 47 days early
    - Product pages | 2026-06-15 | 2026-06-25 | 10 days late
    - End | 2026-06-30 | 2026-07-10 | 10 days late
  budget: Budget (8 rows)
    Every payment is settled.
    - Contract value | 20,000.00 EUR
    - Approved changes | +1,500.00 EUR
    - Value with approved changes | 21,500.00 EUR
    - Invoiced | 21,500.00 EUR
    - Paid | 21,500.00 EUR
    - Outstanding (invoiced, not yet paid) | 0.00 EUR
    - Vendor bills | 300.00 EUR
    - Vendor bills not yet paid | 0.00 EUR
  changes: Changes (2 rows)
    Approved changes in total: +1,500.00 EUR, +5 days.
    - PayPal in the checkout | +1,500.00 EUR | +5 | approved by Ana Lima on 2026-03-13
    - Gift cards | +2,000.00 EUR | +10 | rejected by Ana Lima on 2026-03-20
  checklist: Close checklist (14 rows)
    13 of 14 checks pass.
    - Every deliverable accepted or waived with a reason | pass |
    - Every punch-list item fixed | pass |
    - No open purchase order | pass |
    - No open client request, change request, action item or commitment | pass |
    - All excess materials returned | pass |
    - Every vendor bill paid (accounts payable reconciled) | pass |
    - Every payment paid or written off, the final payment included | pass |
    - Every document current and handed over, acknowledged by the client | 1 finding | document 2 'Admin guide' is a draft: not made current, handed over or acknowledged
    - A close-out report generated and sent | pass | this report
    - An exit interview recorded | pass |
    - A testimonial asked for (its answer recorded) | pass |
    - A stay-in-touch plan scheduled | pass |
    - If terminated early: notice given at least the notice period before the end | pass |
    - A retrospective held | pass |
  documents: Handed-over documents (1 rows)
    Not handed over yet: 'Admin guide'.
    - Checkout runbook (runbook) | 2026-06-26 | Ana Lima on 2026-06-29
  client: The client's view (8 rows)
    - Exit interview held on | 2026-07-06
    - What did you like? | Weekly demos
    - What did you dislike? | Invoices came late
    - What could we improve? | Earlier test plans
    - How would you rate our work? | 9 of 10
    - Would you refer us? | yes
    - Testimonial | approved on 2026-07-09, may be published
    - The testimonial | Checkout conversion doubled.
  lessons: Lessons learned (4 rows)
    - Retrospective held on | 2026-07-09
    - What went well? | Small releases
    - What went badly? | Late content from Acme
    - How did the team do? | Strong; needs a tester
  Thank you for working with us. We will stay in touch every 6 months, next on 2027-01-10.

The checklist agrees with "rapport check": one blocker, the draft.

  $ rapport --today 2026-07-10 check shop
  shop: blocker C-DOCS: document 2 'Admin guide' is a draft: not made current, handed over or acknowledged
    hint: rapport document current 2
  shop: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout shop --send
  shop: close: 2 blockers, 0 warnings; next deadline 2027-01-10: the next follow-up touch is due
  [1]

Once the guide is handed over and acknowledged, every check passes; the
documents section lists it.

  $ rapport --today 2026-07-10 document current 2 >/dev/null
  $ rapport --today 2026-07-10 document handover 2 >/dev/null
  $ rapport --today 2026-07-10 document ack 2 --by 2 >/dev/null
  $ rapport --today 2026-07-10 report closeout shop --json | python3 show.py checklist documents
  checklist: Close checklist (14 rows)
    14 of 14 checks pass.
    - Every deliverable accepted or waived with a reason | pass |
    - Every punch-list item fixed | pass |
    - No open purchase order | pass |
    - No open client request, change request, action item or commitment | pass |
    - All excess materials returned | pass |
    - Every vendor bill paid (accounts payable reconciled) | pass |
    - Every payment paid or written off, the final payment included | pass |
    - Every document current and handed over, acknowledged by the client | pass |
    - A close-out report generated and sent | pass | this report
    - An exit interview recorded | pass |
    - A testimonial asked for (its answer recorded) | pass |
    - A stay-in-touch plan scheduled | pass |
    - If terminated early: notice given at least the notice period before the end | pass |
    - A retrospective held | pass |
  documents: Handed-over documents (2 rows)
    - Checkout runbook (runbook) | 2026-06-26 | Ana Lima on 2026-06-29
    - Admin guide | 2026-07-10 | Bob Stone on 2026-07-10

Sending the close-out report clears C-REPORT, and the engagement passes
the close gate.

  $ rapport --today 2026-07-10 report closeout shop --to ana@acme.example --send >/dev/null
  sent: report 1 (closeout, 2026-03-02 to 2026-07-10) to Ana Lima
  $ rapport --today 2026-07-10 check shop
  shop: close: 0 blockers, 0 warnings; next deadline 2027-01-10: the next follow-up touch is due
  $ rapport --today 2026-07-10 close shop
  engagement 'shop' is now closed

Closed, the engagement's period ends on the day it closed, whatever today
is; a copy may still be sent after closing.

  $ rapport --today 2026-08-01 report closeout shop --json | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["period"], m["date"], m["engagement"]["state"])'
  {'from': '2026-03-02', 'to': '2026-07-10'} 2026-08-01 closed
  $ rapport --today 2026-08-01 report closeout shop --send --format md > copy.md
  sent: report 2 (closeout, 2026-03-02 to 2026-07-10)
  $ head -1 copy.md
  # Close-out report
  $ rapport report list shop
  ID  KIND      PERIOD                    SENT              TO        FORMAT
  1   closeout  2026-03-02 to 2026-07-10  2026-07-10 00:00  Ana Lima  text
  2   closeout  2026-03-02 to 2026-07-10  2026-08-01 00:00  -         md

A terminated engagement ends on its end date: the timeline's end and the
period say so.

  $ rapport --today 2026-03-02 engagement add acme "Security audit" --slug audit --type tm --start 2026-03-02 --end 2026-05-29 --notice-days 30 >/dev/null
  $ rapport --today 2026-03-02 terminate audit --notice-given 2026-03-02 --end 2026-04-15 >/dev/null 2>&1
  $ rapport --today 2026-04-20 report closeout audit --json | python3 show.py timeline budget
  timeline: Timeline (2 rows)
    - Start | 2026-03-02 |  |
    - End | 2026-05-29 | 2026-04-15 | 44 days early
  budget: Budget (0 rows)
    No money was recorded.
  $ rapport --today 2026-04-20 report closeout audit --json | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["period"], m["summary"][0])'
  {'from': '2026-03-02', 'to': '2026-04-15'} Security audit for Acme Corp ran from 2026-03-02 to 2026-04-15.
