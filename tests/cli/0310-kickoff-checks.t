The checks of the kickoff gate (K-*), one at a time. The engagement of
fixtures/ready.sh passes the gate with no finding at all; each case below
takes one fact away, shows exactly that check firing with its message and
the command that fixes it, then types that command and shows the finding
gone. The dates are fixed (today is 2026-03-02).

  $ . "$TESTDIR/fixtures/ready.sh"
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-FIT: fit notes (shared goals, values, ways of working) are a blocker;
without a similar past arrangement referenced they are only a warning,
which does not fail the check.

  $ rapport engagement edit website --fit "" >/dev/null
  $ rapport check website
  website: blocker K-FIT: the engagement has no fit notes (shared goals, values, ways of working)
    hint: rapport engagement edit website --fit "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --fit "Both want measurable results; weekly demos" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport engagement edit website --past-arrangements "" >/dev/null
  $ rapport check website
  website: warning K-FIT: the fit notes reference no similar past arrangement
    hint: rapport engagement edit website --past-arrangements "..."
  website: kickoff: 0 blockers, 1 warning; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport --json check website | python3 -c 'import json,sys; [print(f["check"], f["severity"], f["kind"], f["record"]) for f in json.load(sys.stdin)["findings"]]'
  K-FIT warning engagement 1
  $ rapport engagement edit website --fit "" >/dev/null
  $ rapport check website
  website: blocker K-FIT: the engagement has no fit notes (shared goals, values, ways of working)
    hint: rapport engagement edit website --fit "..."
  website: warning K-FIT: the fit notes reference no similar past arrangement
    hint: rapport engagement edit website --past-arrangements "..."
  website: kickoff: 1 blocker, 1 warning; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]

Notes of blanks only are no notes.

  $ rapport engagement edit website --fit "   " --past-arrangements "The 2024 catalogue project" >/dev/null
  $ rapport check website
  website: blocker K-FIT: the engagement has no fit notes (shared goals, values, ways of working)
    hint: rapport engagement edit website --fit "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --fit "Both want measurable results; weekly demos" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-SCOPE: at least one deliverable, each with acceptance criteria; the
finding names the deliverable.

  $ rapport deliverable edit 2 --accept "" >/dev/null
  $ rapport check website
  website: blocker K-SCOPE: deliverable 2 'Build' has no acceptance criteria
    hint: rapport deliverable edit 2 --accept "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport deliverable edit 2 --accept "All pages live on staging, tests pass" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

An engagement with no deliverable at all, or with every deliverable waived,
has no scope. A waived deliverable is out of scope: no kickoff check asks
anything more of it. (A second engagement, time and materials.)

  $ rapport engagement add acme "Security audit" --slug audit --type tm
  engagement 'audit' added
  $ rapport check audit | grep -A1 K-SCOPE
  audit: blocker K-SCOPE: no deliverable is recorded
    hint: rapport deliverable add audit "TITLE" --accept "..."
  $ rapport deliverable add audit "Pen test"
  deliverable 3 added
  $ rapport check audit | grep -A1 -E "K-(SCOPE|ESTIMATE|SIGNOFF)"
  audit: blocker K-SCOPE: deliverable 3 'Pen test' has no acceptance criteria
    hint: rapport deliverable edit 3 --accept "..."
  --
  audit: blocker K-ESTIMATE: deliverable 3 'Pen test' has no estimate and no assumptions
    hint: rapport deliverable edit 3 --estimate HOURS --assume "..."
  --
  audit: blocker K-SIGNOFF: deliverable 3 'Pen test' has no reviewer
    hint: rapport deliverable edit 3 --reviewer CONTACT
  $ rapport deliverable waive 3 --reason "The client's own team does it"
  deliverable 3 is now waived
  $ rapport check audit | grep -A1 -E "K-(SCOPE|ESTIMATE|SIGNOFF)"
  audit: blocker K-SCOPE: every deliverable is waived
    hint: rapport deliverable add audit "TITLE" --accept "..."
  $ rapport deliverable add audit "Code review" --accept "A written report of the findings" --estimate 40 --assume "Read access to the repositories" --reviewer 1 >/dev/null
  $ rapport check audit | grep -A1 -E "K-(SCOPE|ESTIMATE|SIGNOFF)" || echo "no K-SCOPE, K-ESTIMATE or K-SIGNOFF finding"
  no K-SCOPE, K-ESTIMATE or K-SIGNOFF finding

K-CHANGE: change provisions written into the scope of work.

  $ rapport engagement edit website --change-provisions "" >/dev/null
  $ rapport check website
  website: blocker K-CHANGE: the engagement has no change provisions
    hint: rapport engagement edit website --change-provisions "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --change-provisions "New pages: a change request at the day rate" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-ESTIMATE: every deliverable has an estimate in hours and the assumptions
behind it; each finding says which half is missing.

  $ rapport deliverable edit 1 --estimate "" >/dev/null
  $ rapport deliverable edit 2 --assume "" >/dev/null
  $ rapport check website
  website: blocker K-ESTIMATE: deliverable 1 'Design' has assumptions but no estimate
    hint: rapport deliverable edit 1 --estimate HOURS
  website: blocker K-ESTIMATE: deliverable 2 'Build' has an estimate without assumptions
    hint: rapport deliverable edit 2 --assume "..."
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport deliverable edit 2 --estimate "" >/dev/null
  $ rapport check website
  website: blocker K-ESTIMATE: deliverable 1 'Design' has assumptions but no estimate
    hint: rapport deliverable edit 1 --estimate HOURS
  website: blocker K-ESTIMATE: deliverable 2 'Build' has no estimate and no assumptions
    hint: rapport deliverable edit 2 --estimate HOURS --assume "..."
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport deliverable edit 1 --estimate 80 >/dev/null
  $ rapport deliverable edit 2 --estimate 200 --assume "Content supplied by the client" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-RESOURCES: the resources on board and to bring on; a warning only, so
the check exits 0.

  $ rapport engagement edit website --resources "" >/dev/null
  $ rapport check website
  website: warning K-RESOURCES: the engagement has no resources on board or to bring on
    hint: rapport engagement edit website --resources "..."
  website: kickoff: 0 blockers, 1 warning; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport engagement edit website --resources "On board: two developers; to bring on: a copywriter" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-PAYMENT: for a fixed price the payments add up to the value. Short of
it, the hint adds what is missing as a payment; over it, the hint takes the
excess off the last payment that can still change.

  $ rapport payment edit 3 --amount 7000 >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: the payments add up to 23,800.00 EUR, not the value 24,000.00 EUR
    hint: rapport payment add website --kind milestone --amount 200.00 --trigger deliverable:ID --verify "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport payment edit 3 --amount 7500 >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: the payments add up to 24,300.00 EUR, not the value 24,000.00 EUR
    hint: rapport payment edit 3 --amount 7200.00
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport payment edit 3 --amount 7200.00 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

When no single payment can absorb the excess, the hint raises the value to
the sum instead.

  $ rapport engagement edit website --value 5000 >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: the payments add up to 24,000.00 EUR, not the value 5,000.00 EUR
    hint: rapport engagement edit website --value 24000.00
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --value 24000.00 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

A fixed price needs a value to add up to.

  $ rapport engagement edit website --value "" >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: the engagement has no value to schedule payments against
    hint: rapport engagement edit website --value AMOUNT
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --value 24000 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

Every payment has a trigger and a verification (what the client will see,
hear and experience when the trigger has happened).

  $ rapport payment edit 2 --verify "" >/dev/null
  $ rapport payment edit 3 --trigger "" >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: payment 2 has no verification
    hint: rapport payment edit 2 --verify "..."
  website: blocker K-PAYMENT: payment 3 has no trigger
    hint: rapport payment edit 3 --trigger deliverable:ID
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport payment edit 3 --verify "" >/dev/null
  $ rapport check website
  website: blocker K-PAYMENT: payment 2 has no verification
    hint: rapport payment edit 2 --verify "..."
  website: blocker K-PAYMENT: payment 3 has no trigger and no verification
    hint: rapport payment edit 3 --trigger deliverable:ID --verify "..."
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport payment edit 2 --verify "Ana signs off the mock-ups" >/dev/null
  $ rapport payment edit 3 --trigger deliverable:2 --verify "The new shop is live" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

A written-off payment is no longer part of the schedule: the rest no longer
adds up, until the missing amount is scheduled again.

  $ rapport payment writeoff 3 --reason "Replaced by a new final payment"
  payment 3 is now written_off
  $ rapport check website
  website: blocker K-PAYMENT: the payments add up to 16,800.00 EUR, not the value 24,000.00 EUR
    hint: rapport payment add website --kind milestone --amount 7200.00 --trigger deliverable:ID --verify "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport payment add website --kind final --amount 7200.00 --trigger deliverable:2 --verify "The new shop is live"
  payment 4 added
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

Time and materials: no payment at all is a finding, but the payments need
not add up to anything; each still needs a trigger and a verification.

  $ rapport check audit | grep -A1 K-PAYMENT
  audit: blocker K-PAYMENT: no payment is scheduled
    hint: rapport payment add audit --kind final --amount AMOUNT --trigger deliverable:ID --verify "..."
  $ rapport payment add audit --kind milestone --amount 1500
  payment 5 added
  $ rapport check audit | grep -A1 K-PAYMENT
  audit: blocker K-PAYMENT: payment 5 has no trigger and no verification
    hint: rapport payment edit 5 --trigger deliverable:ID --verify "..."
  $ rapport payment edit 5 --trigger deliverable:4 --verify "The report is in the client's hands" >/dev/null
  $ rapport check audit | grep -A1 K-PAYMENT || echo "no K-PAYMENT finding"
  no K-PAYMENT finding
  $ rapport engagement edit audit --value 9000 >/dev/null
  $ rapport check audit | grep -A1 K-PAYMENT || echo "no K-PAYMENT finding"
  no K-PAYMENT finding

K-RFI: agreed response times both ways; the hint proposes the workspace's
default (setting default_rfi_hours).

  $ rapport engagement edit website --rfi-hours "" >/dev/null
  $ rapport check website
  website: blocker K-RFI: the engagement has no agreed response time for the client's requests
    hint: rapport engagement edit website --rfi-hours 48
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --client-rfi-hours "" >/dev/null
  $ rapport check website
  website: blocker K-RFI: the engagement has no agreed response time for the client's requests and no agreed response time for our requests to the client
    hint: rapport engagement edit website --rfi-hours 48 --client-rfi-hours 48
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --rfi-hours 48 >/dev/null
  $ rapport check website
  website: blocker K-RFI: the engagement has no agreed response time for our requests to the client
    hint: rapport engagement edit website --client-rfi-hours 48
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --client-rfi-hours 48 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-SIGNOFF: every deliverable has a reviewer, and the reviewer may sign
off. A reviewer without sign-off authority is reported on the contact.

  $ rapport deliverable edit 1 --reviewer "" >/dev/null
  $ rapport deliverable edit 2 --reviewer bob@acme.example >/dev/null
  $ rapport check website
  website: blocker K-SIGNOFF: deliverable 1 'Design' has no reviewer
    hint: rapport deliverable edit 1 --reviewer CONTACT
  website: blocker K-SIGNOFF: contact 2 'Bob Stone', the reviewer of deliverable 2 'Build', has no sign-off authority
    hint: rapport contact edit 2 --signoff
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport --json check website | python3 -c 'import json,sys; [print(f["check"], f["kind"], f["record"]) for f in json.load(sys.stdin)["findings"]]'
  K-SIGNOFF deliverable 1
  K-SIGNOFF contact 2
  $ rapport deliverable edit 1 --reviewer ana@acme.example >/dev/null
  $ rapport contact edit 2 --signoff >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

Taking the authority away again brings the finding back.

  $ rapport contact edit 2 --no-signoff >/dev/null
  $ rapport check website | grep -A1 K-SIGNOFF
  website: blocker K-SIGNOFF: contact 2 'Bob Stone', the reviewer of deliverable 2 'Build', has no sign-off authority
    hint: rapport contact edit 2 --signoff
  $ rapport deliverable edit 2 --reviewer 1 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-SUCCESS: a success definition.

  $ rapport engagement edit website --success "" >/dev/null
  $ rapport check website
  website: blocker K-SUCCESS: the engagement has no success definition
    hint: rapport engagement edit website --success "..."
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --success "Checkout conversion up 10%" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-PUNCH: a punch-list window after delivery, in days.

  $ rapport engagement edit website --punch-days "" >/dev/null
  $ rapport check website
  website: blocker K-PUNCH: the engagement has no punch-list window after delivery
    hint: rapport engagement edit website --punch-days DAYS
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --punch-days 30 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-CADENCE: a report cadence and a meeting cadence, one finding naming
what is missing.

  $ rapport engagement edit website --report-every "" >/dev/null
  $ rapport check website
  website: blocker K-CADENCE: the engagement has no report cadence
    hint: rapport engagement edit website --report-every DURATION
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --meet-every "" >/dev/null
  $ rapport check website
  website: blocker K-CADENCE: the engagement has no report cadence and no meeting cadence
    hint: rapport engagement edit website --report-every DURATION --meet-every DURATION
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --report-every 2w >/dev/null
  $ rapport check website
  website: blocker K-CADENCE: the engagement has no meeting cadence
    hint: rapport engagement edit website --meet-every DURATION
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --meet-every 1w >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

K-TERMS: a notice period and renewal terms; an engagement that renews
(auto or manual) also needs its renewal date, one that does not renew
needs none.

  $ rapport engagement edit website --notice-days "" --renewal "" >/dev/null
  $ rapport check website
  website: blocker K-TERMS: the engagement has no notice period
    hint: rapport engagement edit website --notice-days DAYS
  website: blocker K-TERMS: the engagement has no renewal terms
    hint: rapport engagement edit website --renewal manual --renewal-date DATE
  website: kickoff: 2 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --notice-days 30 >/dev/null
  $ rapport check website
  website: blocker K-TERMS: the engagement has no renewal terms
    hint: rapport engagement edit website --renewal manual --renewal-date DATE
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --renewal auto --renewal-date "" >/dev/null
  $ rapport check website
  website: blocker K-TERMS: the engagement renews (auto) but has no renewal date
    hint: rapport engagement edit website --renewal-date DATE
  website: kickoff: 1 blocker, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]
  $ rapport engagement edit website --renewal manual >/dev/null
  $ rapport check website | grep -A1 K-TERMS
  website: blocker K-TERMS: the engagement renews (manual) but has no renewal date
    hint: rapport engagement edit website --renewal-date DATE
  $ rapport engagement edit website --renewal none >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport engagement edit website --renewal manual --renewal-date 2026-07-01 >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due

Nothing above changed a check's own result by the date alone: the same
engagement checked on another day gives the same findings.

  $ rapport engagement edit website --success "" >/dev/null
  $ rapport --today 2027-01-01 check website
  website: blocker K-SUCCESS: the engagement has no success definition
    hint: rapport engagement edit website --success "..."
  website: kickoff: 1 blocker, 0 warnings
  [1]

The same findings as JSON: every field of a finding, and the picked ids.

  $ rapport --json check website | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sorted(d)); print(d["engagement"], d["state"], d["phases"], d["score"], d["blockers"], d["warnings"], d["next_deadline"]); print(json.dumps(d["findings"], indent=1))'
  ['blockers', 'engagement', 'findings', 'next_deadline', 'phases', 'score', 'state', 'warnings']
  website draft ['kickoff'] 90 1 0 {'date': '2026-04-10', 'what': "deliverable 1 'Design' is due"}
  [
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
