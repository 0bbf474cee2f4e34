rapport status: the portfolio, every engagement with its state, score,
signals and next deadline, the worst score first.

The workspace of fixtures/active.sh (shop, active and healthy) and more
engagements in other states: support (acme), a retainer kicked off today
with the gate overridden, a report due every month and a meeting every two
weeks; audit (globex), a draft with nothing written down yet; migration
(globex), kicked off on 2026-01-10, delivered and closing, its final
invoice M-1 due on 2026-03-25; logo (acme), closed with both gates
overridden; trial (globex), ended early (terminated) while a draft.

  $ . "$TESTDIR/fixtures/active.sh"
  $ {
  >   rapport client add "Globex" --slug globex &&
  >   rapport contact add globex "Gus Green" --email gus@globex.example --signoff &&
  >   rapport engagement add acme "Support retainer" --slug support --type retainer --report-every 1m --meet-every 2w &&
  >   rapport kickoff support --override "Signed on a handshake" &&
  >   rapport engagement add globex "Security audit" --slug audit --type fixed --value 5000 &&
  >   rapport engagement add globex "Data migration" --slug migration --type tm --end 2026-02-27 &&
  >   rapport --today 2026-01-10 kickoff migration --override "Urgent" &&
  >   rapport payment add migration --kind final --amount 3000 --trigger date:2026-02-27 --verify "The data is moved" &&
  >   rapport payment invoice 4 --number M-1 --due 2026-03-25 &&
  >   rapport deliver migration && rapport closing migration &&
  >   rapport engagement add acme "Logo refresh" --slug logo --type fixed --value 800 &&
  >   rapport kickoff logo --override "A small job" && rapport deliver logo && rapport closing logo &&
  >   rapport close logo --override "Paid in cash" &&
  >   rapport engagement add globex "Trial" --slug trial --type tm &&
  >   rapport terminate trial --notice-given 2026-03-02 --end 2026-03-31
  > } >/dev/null

The worst first: the draft that misses most of the kickoff gate, then
the two with close blockers, then the healthy ones; equal scores keep the
order in which the engagements were added. The closed engagement has no
checks left (100) and no deadline.

  $ rapport status
  ENGAGEMENT  CLIENT  STATE       SCORE  SIGNALS                                   NEXT DEADLINE
  audit       globex  draft       5      K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI …  -
  migration   globex  closing     50     C-PAID C-REPORT C-EXIT C-FOLLOWUP C-TES…  2026-03-25 invoice M-1 is due
  trial       globex  terminated  60     C-REPORT C-EXIT C-FOLLOWUP C-TESTIMONIA…  -
  shop        acme    active      100    -                                         2026-03-16 the progress report is due
  support     acme    active      100    -                                         2026-04-02 the progress report is due
  logo        acme    closed      100    -                                         -

Each row agrees with "rapport check" of its engagement on the same day:
the same score, the checks that fired (each once, blockers first) and the
next deadline.

  $ cat > agree.py <<'EOF'
  > import json, subprocess, sys
  > day = sys.argv[1]
  > def run(*args):
  >     out = subprocess.run(["rapport", "--today", day, "--json", *args],
  >                          capture_output=True, text=True).stdout
  >     return json.loads(out)
  > for row in run("status"):
  >     r = run("check", row["engagement"])
  >     ids = []
  >     for sev in ("blocker", "warning"):
  >         for f in r["findings"]:
  >             if f["severity"] == sev and f["check"] not in ids:
  >                 ids.append(f["check"])
  >     want = (r["state"], r["score"], r["blockers"], r["warnings"], " ".join(ids), r["next_deadline"])
  >     got = (row["state"], row["score"], row["blockers"], row["warnings"], row["signals"], row["next_deadline"])
  >     if got != want:
  >         print(day, row["engagement"], "status", got, "check", want)
  > EOF
  $ python3 agree.py 2026-03-02

Time moves the portfolio: on 2026-03-20 shop has no report and no meeting
since the kickoff (75) and goes before the healthy support; migration's
deadline is still ahead, shop's next one is its first deliverable.

  $ rapport --today 2026-03-20 status
  ENGAGEMENT  CLIENT  STATE       SCORE  SIGNALS                                   NEXT DEADLINE
  audit       globex  draft       5      K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI …  -
  migration   globex  closing     50     C-PAID C-REPORT C-EXIT C-FOLLOWUP C-TES…  2026-03-25 invoice M-1 is due
  trial       globex  terminated  60     C-REPORT C-EXIT C-FOLLOWUP C-TESTIMONIA…  -
  shop        acme    active      75     H-REPORT H-SILENCE                        2026-04-30 deliverable 1 'New checkout' is due
  support     acme    active      100    -                                         2026-04-02 the progress report is due
  logo        acme    closed      100    -                                         -
  $ python3 agree.py 2026-03-20

On 2026-04-10 support is silent too (15 + 10), and migration's invoice is
past its due date: no deadline is left for it.

  $ rapport --today 2026-04-10 status
  ENGAGEMENT  CLIENT  STATE       SCORE  SIGNALS                                   NEXT DEADLINE
  audit       globex  draft       5      K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI …  -
  migration   globex  closing     50     C-PAID C-REPORT C-EXIT C-FOLLOWUP C-TES…  -
  trial       globex  terminated  60     C-REPORT C-EXIT C-FOLLOWUP C-TESTIMONIA…  -
  shop        acme    active      75     H-REPORT H-SILENCE                        2026-04-30 deliverable 1 'New checkout' is due
  support     acme    active      75     H-REPORT H-SILENCE                        -
  logo        acme    closed      100    -                                         -
  $ python3 agree.py 2026-04-10

A write shows at once: a report sent brings shop back to 100.

  $ rapport --today 2026-04-10 log shop "Progress report" --channel report --by us
  interaction 2 added
  $ rapport --today 2026-04-10 status --state active
  ENGAGEMENT  CLIENT  STATE   SCORE  SIGNALS             NEXT DEADLINE
  support     acme    active  75     H-REPORT H-SILENCE  -
  shop        acme    active  100    -                   2026-04-24 the progress report is due
  $ python3 agree.py 2026-04-10

--state keeps the engagements in one state; none in it prints nothing; a
state that does not exist is refused.

  $ rapport status --state draft
  ENGAGEMENT  CLIENT  STATE  SCORE  SIGNALS                                   NEXT DEADLINE
  audit       globex  draft  5      K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI …  -
  $ rapport status --state closed
  ENGAGEMENT  CLIENT  STATE   SCORE  SIGNALS  NEXT DEADLINE
  logo        acme    closed  100    -        -
  $ rapport status --state on_hold
  $ rapport status --state paused
  error: invalid state 'paused' (expected one of draft, active, on_hold, delivered, closing, closed, terminated)
  [2]

--json gives every field: the engagement, its title and client, the
state, the score, the numbers of blockers and warnings, all the checks
that fired, and the next deadline (null when there is none).

  $ rapport --json status --state closing
  [
    {
      "engagement": "migration",
      "title": "Data migration",
      "client": "globex",
      "state": "closing",
      "score": 50,
      "blockers": 4,
      "warnings": 2,
      "signals": "C-PAID C-REPORT C-EXIT C-FOLLOWUP C-TESTIMONIAL C-RETRO",
      "next_deadline": {
        "date": "2026-03-25",
        "what": "invoice M-1 is due"
      }
    }
  ]
  $ rapport --json status | python3 -c 'import json, sys
  > for r in json.load(sys.stdin):
  >     print(r["engagement"], r["state"], r["score"], r["next_deadline"] and r["next_deadline"]["date"])'
  audit draft 5 None
  migration closing 50 2026-03-25
  trial terminated 60 None
  shop active 100 2026-04-24
  support active 100 2026-04-02
  logo closed 100 None
  $ rapport --json status --state on_hold
  []

An engagement on hold or delivered is still watched by the health
monitor.

  $ rapport hold support
  engagement 'support' is now on_hold
  $ rapport --today 2026-04-10 status --state on_hold
  ENGAGEMENT  CLIENT  STATE    SCORE  SIGNALS             NEXT DEADLINE
  support     acme    on_hold  75     H-REPORT H-SILENCE  -
  $ python3 agree.py 2026-04-10

An empty workspace has an empty portfolio; without a workspace there is
none.

  $ rapport --db empty.db init >/dev/null
  $ rapport --db empty.db status
  $ rapport --db empty.db --json status
  []
  $ rapport --db none.db status
  error: no rapport database at 'none.db' (run 'rapport init')
  [2]
