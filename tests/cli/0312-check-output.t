"rapport check ENG": the findings of the checks that apply in the
engagement's state (kickoff in draft, health while active, on hold or
delivered, close in closing or terminated), or of every phase with --all;
one line per finding like a compiler's, with its hint, then a summary.
Exit 1 when there is a blocker, else 0.

  $ . "$TESTDIR/fixtures/ready.sh"
  $ rapport check --help | head -1
  usage: rapport check ENG [--all]
  $ rapport check
  error: missing the engagement (ENG) (see 'rapport check --help')
  [2]
  $ rapport check nowhere
  error: no engagement 'nowhere'
  [2]

Exit status: 0 with no finding, 0 with warnings only, 1 with a blocker.

  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport engagement edit website --resources "" >/dev/null
  $ rapport check website >/dev/null
  $ rapport engagement edit website --success "" >/dev/null
  $ rapport check website >/dev/null
  [1]
  $ rapport --json check website >/dev/null
  [1]

The JSON form: the engagement, its state, the phases run, the score (100
minus the weight of each check that fired, counted once however many
findings it has), the counts, the next deadline and the findings, each with
check, phase, severity, kind, record, message and hint.

  $ rapport payment edit 1 --verify "" >/dev/null
  $ rapport payment edit 2 --verify "" >/dev/null
  $ rapport --json check website
  {
    "engagement": "website",
    "state": "draft",
    "phases": [
      "kickoff"
    ],
    "score": 75,
    "blockers": 3,
    "warnings": 1,
    "next_deadline": {
      "date": "2026-04-10",
      "what": "deliverable 1 'Design' is due"
    },
    "findings": [
      {
        "check": "K-RESOURCES",
        "phase": "kickoff",
        "severity": "warning",
        "kind": "engagement",
        "record": 1,
        "message": "the engagement has no resources on board or to bring on",
        "hint": "rapport engagement edit website --resources \"...\""
      },
      {
        "check": "K-PAYMENT",
        "phase": "kickoff",
        "severity": "blocker",
        "kind": "payment",
        "record": 1,
        "message": "payment 1 has no verification",
        "hint": "rapport payment edit 1 --verify \"...\""
      },
      {
        "check": "K-PAYMENT",
        "phase": "kickoff",
        "severity": "blocker",
        "kind": "payment",
        "record": 2,
        "message": "payment 2 has no verification",
        "hint": "rapport payment edit 2 --verify \"...\""
      },
      {
        "check": "K-SUCCESS",
        "phase": "kickoff",
        "severity": "blocker",
        "kind": "engagement",
        "record": 1,
        "message": "the engagement has no success definition",
        "hint": "rapport engagement edit website --success \"...\""
      }
    ]
  }
  [1]
  $ rapport --json check website | python3 -c 'import json,sys; print(" ".join(f["check"] for f in json.load(sys.stdin)["findings"]))'
  K-RESOURCES K-PAYMENT K-PAYMENT K-SUCCESS

Put back, the findings are gone and the score is whole again.

  $ rapport payment edit 1 --verify "The signed contract" >/dev/null
  $ rapport payment edit 2 --verify "Ana signs off the mock-ups" >/dev/null
  $ rapport engagement edit website --success "Checkout conversion up 10%" --resources "Two developers" >/dev/null
  $ rapport --json check website | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["score"], d["blockers"], d["warnings"], d["findings"])'
  100 0 0 []

--all runs every phase's checks whatever the state: a draft engagement
ready for kickoff is of course not ready to close.

  $ rapport check website --all
  website: blocker C-DELIVERED: deliverable 1 'Design' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 1 --reason "..."
  website: blocker C-DELIVERED: deliverable 2 'Build' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 2 --reason "..."
  website: blocker C-PAID: payment 1 is neither paid nor written off
    hint: rapport payment pay 1
  website: blocker C-PAID: payment 2 is neither paid nor written off
    hint: rapport payment pay 2
  website: blocker C-PAID: payment 3 is neither paid nor written off
    hint: rapport payment pay 3
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send
  website: blocker C-EXIT: no exit interview is recorded
    hint: rapport exit website --liked "..." --disliked "..." --improve "..."
  website: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request website
  website: blocker C-FOLLOWUP: no stay-in-touch plan is scheduled
    hint: rapport followup website --every DURATION
  website: warning C-RETRO: no retrospective was held
    hint: rapport retro website --well "..." --badly "..." --team "..."
  website: kickoff+health+close: 8 blockers, 2 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport --json check website --all | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d["phases"], d["blockers"], d["warnings"])'
  draft ['kickoff', 'health', 'close'] 8 2

Once active, "rapport check" runs the health monitor instead; the kickoff
checks run again only with --all.

  $ rapport kickoff website
  engagement 'website' is now active
  $ rapport check website
  website: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport engagement edit website --success "" >/dev/null
  $ rapport check website
  website: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport check website --all | grep -A1 "K-"
  website: blocker K-SUCCESS: the engagement has no success definition
    hint: rapport engagement edit website --success "..."
  $ rapport --json check website | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d["phases"], d["score"], d["findings"])'
  active ['health'] 100 []
