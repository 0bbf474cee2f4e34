The close gate: "rapport close ENG" moves an engagement that is closing (or
was terminated) to closed only when the close checks find no blocker, or
with --override and a written reason, which the engagement and the audit
trail keep together with the checks it overrode.

The engagement of fixtures/ready.sh, kicked off, its deliverables accepted
and its payments collected, closing; the goodbye is not done yet.

  $ . "$TESTDIR/fixtures/ready.sh"
  $ rapport kickoff website >/dev/null
  $ for d in 1 2; do rapport deliverable submit $d && rapport deliverable accept $d; done >/dev/null
  $ for p in 1 2 3; do rapport payment pay $p; done >/dev/null
  $ rapport deliver website >/dev/null
  $ rapport closing website
  engagement 'website' is now closing

Only an engagement that is closing or terminated can be closed.

  $ rapport engagement add acme "Hosting" --slug hosting --type retainer >/dev/null
  $ rapport close hosting
  error: engagement 'hosting' is draft; 'close' is allowed only when it is closing, terminated
  [2]
  $ rapport close
  error: missing the engagement (ENG) (see 'rapport close --help')
  [2]
  $ rapport close nowhere
  error: no engagement 'nowhere'
  [2]

With blockers the gate refuses: the findings, the refusal, exit 1, and
nothing written.

  $ rapport history > before
  $ rapport close website
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
  error: engagement 'website' did not pass the close gate: 3 blockers (see 'rapport check website')
  [1]
  $ rapport history | diff before -
  $ rapport engagement show website | grep -E "^(state|closed_on|close_override) "
  state               closing
  closed_on           -
  close_override      -
  $ rapport --json close website 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["engagement"], d["state"], d["phases"], d["blockers"], d["warnings"], [f["check"] for f in d["findings"]])'
  website closing ['close'] 3 2 ['C-REPORT', 'C-EXIT', 'C-TESTIMONIAL', 'C-FOLLOWUP', 'C-RETRO']
  $ rapport --json close website >/dev/null
  error: engagement 'website' did not pass the close gate: 3 blockers (see 'rapport check website')
  [1]
  $ rapport history | diff before -

An override needs a reason in words.

  $ rapport close website --override ""
  error: an override needs a reason (expected --override "why")
  [2]
  $ rapport close website --override "   "
  error: an override needs a reason (expected --override "why")
  [2]
  $ rapport close website --override
  error: option '--override' needs a value (the reason, in words) (see 'rapport close --help')
  [2]
  $ rapport history | diff before -

Once the blockers are resolved the gate passes, warnings or not: the
engagement is closed on today's date, with no override.

  $ rapport report closeout website --send >/dev/null
  sent: report 1 (closeout, 2026-03-02 to 2026-03-02)
  $ rapport exit website --liked "The weekly demos" --rating 9 >/dev/null
  $ rapport followup website --every 6m >/dev/null
  $ rapport check website
  website: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request website
  website: warning C-RETRO: no retrospective was held
    hint: rapport retro website --well "..." --badly "..." --team "..."
  website: close: 0 blockers, 2 warnings; next deadline 2026-09-02: the next follow-up touch is due
  $ rapport close website 2>/dev/null | tail -1
  engagement 'website' is now closed
  $ rapport engagement show website | grep -E "^(state|closed_on|close_override) "
  state               closed
  closed_on           2026-03-02
  close_override      -
  $ rapport history website | tail -1
  27   2026-03-02 00:00  tester  close    engagement 1      state: closing -> closed; closed_on: - -> 2026-03-02

A closed engagement is closed once: closing it again is refused (exit 2).

  $ rapport close website
  error: engagement 'website' is closed; 'close' is allowed only when it is closing, terminated
  [2]
  $ rapport close website --override "Again"
  error: engagement 'website' is closed; 'close' is allowed only when it is closing, terminated
  [2]

On a closed engagement no phase's checks apply; --all still runs them all
(here the two warnings remain, so the exit status is 0). The testimonial
and the retrospective can still be recorded after closing.

  $ rapport check website
  website: closed: no checks apply (use --all to run them all)
  $ rapport --json check website | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["engagement"], d["state"], d["phases"], d["score"], d["blockers"], d["warnings"], d["findings"])'
  website closed [] 100 0 0 []
  $ rapport check website --all
  website: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request website
  website: warning C-RETRO: no retrospective was held
    hint: rapport retro website --well "..." --badly "..." --team "..."
  website: kickoff+health+close: 0 blockers, 2 warnings; next deadline 2026-09-02: the next follow-up touch is due
  $ rapport retro website --well "Demos" --badly "Estimates" --team "Strong" >/dev/null
  $ rapport testimonial request website >/dev/null
  $ rapport testimonial approve website >/dev/null
  $ rapport check website --all
  website: kickoff+health+close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

From terminated: an engagement ended early with too short a notice. Its
close gate lists the short notice among the rest; the JSON form says the
engagement is terminated.

  $ rapport engagement add acme "Security audit" --slug audit --type tm --notice-days 30 >/dev/null
  $ rapport terminate audit --notice-given 2026-03-02 --end 2026-03-16
  engagement 'audit' is now terminated
  warning: C-NOTICE: notice was given on 2026-03-02, 14 days before the end on 2026-03-16; the notice period is 30 days
  $ rapport history > before
  $ rapport close audit
  audit: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout audit --send
  audit: blocker C-EXIT: no exit interview is recorded
    hint: rapport exit audit --liked "..." --disliked "..." --improve "..."
  audit: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request audit
  audit: blocker C-FOLLOWUP: no stay-in-touch plan is scheduled
    hint: rapport followup audit --every DURATION
  audit: blocker C-NOTICE: notice was given on 2026-03-02, 14 days before the end on 2026-03-16; the notice period is 30 days
    hint: rapport close audit --override "..."
  audit: warning C-RETRO: no retrospective was held
    hint: rapport retro audit --well "..." --badly "..." --team "..."
  error: engagement 'audit' did not pass the close gate: 4 blockers (see 'rapport check audit')
  [1]
  $ rapport --json close audit 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["engagement"], d["state"], d["phases"], d["blockers"])'
  audit terminated ['close'] 4
  $ rapport history | diff before -

The goodbye done, only the notice remains; it cannot be given again, so
the hint is the override, which is kept with the check it overrode.

  $ rapport report closeout audit --send >/dev/null
  sent: report 2 (closeout, 2026-03-02 to 2026-03-16)
  $ rapport exit audit --liked "Quick findings" >/dev/null
  $ rapport followup audit --every 1y >/dev/null
  $ rapport close audit
  audit: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request audit
  audit: blocker C-NOTICE: notice was given on 2026-03-02, 14 days before the end on 2026-03-16; the notice period is 30 days
    hint: rapport close audit --override "..."
  audit: warning C-RETRO: no retrospective was held
    hint: rapport retro audit --well "..." --badly "..." --team "..."
  error: engagement 'audit' did not pass the close gate: 1 blocker (see 'rapport check audit')
  [1]
  $ rapport close audit --override "Both agreed to end early in writing"
  engagement 'audit' is now closed (gate overridden: Both agreed to end early in writing (overriding C-NOTICE))
  $ rapport engagement show audit | grep -E "^(state|notice_given|ended_on|closed_on|close_override) "
  state               closed
  notice_given        2026-03-02
  ended_on            2026-03-16
  closed_on           2026-03-02
  close_override      Both agreed to end early in writing (overriding C-NOTICE)
  $ rapport history audit | tail -1
  37   2026-03-02 00:00  tester  close      engagement 3      state: terminated -> closed; closed_on: - -> 2026-03-02; close_override: - -> Both agreed to end ea…
  $ rapport --json history audit | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; print(e["actor"], e["action"], e["kind"], e["record"], e["engagement"]); [print(k + ":", e["before"][k], "->", e["after"][k]) for k in e["after"] if e["before"][k] != e["after"][k]]'
  tester close engagement 3 audit
  state: terminated -> closed
  closed_on: None -> 2026-03-02
  close_override: None -> Both agreed to end early in writing (overriding C-NOTICE)

An override passes every blocker at once, each check named once. A
terminated engagement whose work was never delivered nor paid, closed by
override, is closed: nothing of it falls due any more.

  $ rapport engagement add acme "Migration" --slug migration --type fixed --value 5000 >/dev/null
  $ rapport deliverable add migration "Data moved" --accept "All rows in the new store" --due 2026-04-15 >/dev/null
  $ rapport deliverable add migration "Old system off" --accept "Switched off" --due 2026-04-30 >/dev/null
  $ rapport payment add migration --kind final --amount 5000 --trigger deliverable:4 --verify "The old system is off" >/dev/null
  $ rapport terminate migration --notice-given 2026-03-02 --end 2026-03-02 >/dev/null
  $ rapport --as alice close migration --override "The client was acquired; the work stops here"
  engagement 'migration' is now closed (gate overridden: The client was acquired; the work stops here (overriding C-DELIVERED C-PAID C-REPORT C-EXIT C-FOLLOWUP))
  $ rapport history migration | tail -1 | awk '{print $4, $5, $6, $7}'
  alice close engagement 4
  $ rapport check migration
  migration: closed: no checks apply (use --all to run them all)
  $ rapport --json check migration | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d["phases"], d["findings"], d["next_deadline"])'
  closed [] [] None

From terminated with enough notice and the goodbye done, the gate passes
without an override.

  $ rapport engagement add acme "Support" --slug support --type tm --notice-days 30 >/dev/null
  $ rapport terminate support --notice-given 2026-03-02 --end 2026-04-01
  engagement 'support' is now terminated
  $ rapport report closeout support --send >/dev/null
  sent: report 3 (closeout, 2026-03-02 to 2026-04-01)
  $ rapport exit support --liked "Fast answers" >/dev/null
  $ rapport followup support --every 6m >/dev/null
  $ rapport retro support --well "Response times" >/dev/null
  $ rapport testimonial request support >/dev/null
  $ rapport testimonial decline support >/dev/null
  $ rapport check support
  support: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  $ rapport close support
  engagement 'support' is now closed
  $ rapport --json engagement show support | grep -E '"(state|closed_on|close_override)"'
    "state": "closed",
    "closed_on": "2026-03-02",
    "close_override": null
