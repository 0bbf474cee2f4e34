The kickoff gate: "rapport kickoff ENG" makes a draft engagement active
only when the kickoff checks find no blocker, or with --override and a
written reason, which the engagement and the audit trail keep together with
the checks it overrode.

  $ . "$TESTDIR/fixtures/ready.sh"

With a fact missing the gate refuses: the findings (warnings included) on
stdout, the refusal on stderr, exit 1, and nothing written.

  $ rapport engagement edit website --success "" --resources "" >/dev/null
  $ rapport history > before
  $ rapport kickoff website
  website: warning K-RESOURCES: the engagement has no resources on board or to bring on
    hint: rapport engagement edit website --resources "..."
  website: blocker K-SUCCESS: the engagement has no success definition
    hint: rapport engagement edit website --success "..."
  error: engagement 'website' did not pass the kickoff gate: 1 blocker (see 'rapport check website')
  [1]
  $ rapport history | diff before -
  $ rapport engagement show website | grep -E "^(state|kicked_off_on|kickoff_override) "
  state               draft
  kicked_off_on       -
  kickoff_override    -

The refusal in JSON: the findings in the form of "rapport --json check".

  $ rapport --json kickoff website
  {
    "engagement": "website",
    "state": "draft",
    "phases": [
      "kickoff"
    ],
    "score": 85,
    "blockers": 1,
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
  error: engagement 'website' did not pass the kickoff gate: 1 blocker (see 'rapport check website')
  [1]
  $ rapport history | diff before -

An override needs a reason in words: an empty one, one of blanks only, or
none at all is bad input (exit 2), and nothing is written.

  $ rapport kickoff website --override ""
  error: an override needs a reason (expected --override "why")
  [2]
  $ rapport kickoff website --override "   "
  error: an override needs a reason (expected --override "why")
  [2]
  $ rapport kickoff website --override
  error: option '--override' needs a value (the reason, in words) (see 'rapport kickoff --help')
  [2]
  $ rapport history | diff before -

Bad names are bad input.

  $ rapport kickoff
  error: missing the engagement (ENG) (see 'rapport kickoff --help')
  [2]
  $ rapport kickoff nowhere
  error: no engagement 'nowhere'
  [2]

Once the facts are recorded the gate passes: the engagement is active, the
day of the kickoff is kept, and no override is recorded.

  $ rapport engagement edit website --success "Checkout conversion up 10%" --resources "Two developers and a designer" >/dev/null
  $ rapport check website
  website: kickoff: 0 blockers, 0 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  $ rapport kickoff website
  engagement 'website' is now active
  $ rapport engagement show website | grep -E "^(state|kicked_off_on|kickoff_override) "
  state               active
  kicked_off_on       2026-03-02
  kickoff_override    -
  $ rapport history website | tail -1
  12   2026-03-02 00:00  tester  kickoff  engagement 1   state: draft -> active; kicked_off_on: - -> 2026-03-02

Only a draft engagement can be kicked off, override or not (exit 2).

  $ rapport kickoff website
  error: engagement 'website' is active; 'kickoff' is allowed only when it is draft
  [2]
  $ rapport kickoff website --override "Once more"
  error: engagement 'website' is active; 'kickoff' is allowed only when it is draft
  [2]

--override passes a gate that has blockers. The reason, followed by the ids
of the checks it overrode (each once, however many findings it had), is
kept in kickoff_override and in the audit trail. A bare engagement misses
nearly everything; its warnings are not overridden, only its blockers.

  $ rapport engagement add acme "Security audit" --slug audit --type tm
  engagement 'audit' added
  $ rapport check audit | tail -1
  audit: kickoff: 10 blockers, 2 warnings
  $ rapport kickoff audit --override "Pilot week; the client signs the paperwork on Friday"
  engagement 'audit' is now active (gate overridden: Pilot week; the client signs the paperwork on Friday (overriding K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI K-SUCCESS K-PUNCH K-CADENCE K-TERMS))
  $ rapport engagement show audit | grep -E "^(state|kicked_off_on|kickoff_override) "
  state               active
  kicked_off_on       2026-03-02
  kickoff_override    Pilot week; the client signs the paperwork on Friday (overriding K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI K-SUCCESS K-PUNCH K-CADENCE K-TERMS)
  $ rapport history audit | tail -1
  14   2026-03-02 00:00  tester  kickoff  engagement 2  state: draft -> active; kicked_off_on: - -> 2026-03-02; kickoff_override: - -> Pilot week; the clie…
  $ rapport --json history audit | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; print(e["actor"], e["action"], e["kind"], e["record"], e["engagement"]); [print(k + ":", e["before"][k], "->", e["after"][k]) for k in e["after"] if e["before"][k] != e["after"][k]]'
  tester kickoff engagement 2 audit
  state: draft -> active
  kicked_off_on: None -> 2026-03-02
  kickoff_override: None -> Pilot week; the client signs the paperwork on Friday (overriding K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI K-SUCCESS K-PUNCH K-CADENCE K-TERMS)

The --json answer of a passed gate is the engagement.

  $ rapport engagement add acme "Hosting" --slug hosting --type retainer >/dev/null
  $ rapport --as alice --json kickoff hosting --override "Hosting starts before the paperwork" | grep -E '"(slug|state|kicked_off_on|kickoff_override)"'
    "slug": "hosting",
    "state": "active",
    "kicked_off_on": "2026-03-02",
    "kickoff_override": "Hosting starts before the paperwork (overriding K-FIT K-SCOPE K-CHANGE K-PAYMENT K-RFI K-SUCCESS K-PUNCH K-CADENCE K-TERMS)",
  $ rapport history hosting | tail -1 | awk '{print $4, $5, $6, $7}'
  alice kickoff engagement 3

An override on a gate with no blocker overrides nothing: the gate passes on
its own, and no override is claimed or recorded. (A second workspace,
ready for kickoff.)

  $ export RAPPORT_DB=second.db && . "$TESTDIR/fixtures/ready.sh"
  $ rapport --db second.db kickoff website --override "Just in case"
  engagement 'website' is now active
  $ rapport --db second.db engagement show website | grep -E "^(state|kickoff_override) "
  state               active
  kickoff_override    -
