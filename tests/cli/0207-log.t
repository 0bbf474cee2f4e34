Interactions: meetings, calls, e-mails, reports and notes, with who started
them. "rapport log ENG SUMMARY" records one; --channel and --by are
required, --on defaults to today.

  $ . "$TESTDIR/fixtures/base.sh"

Record interactions with every option; "log add" is the same as "log".

  $ rapport log website "Kick-off meeting" --channel meeting --by us --on 2026-02-20 --topic scope
  interaction 1 added
  $ rapport log website "Asked about renewing" --channel email --by client --topic renewal
  interaction 2 added
  $ rapport log website "Weekly call" --channel call --by us --on 2026-02-27
  interaction 3 added
  $ rapport log add website "Sent the February report" --channel report --by us --on 2026-02-28
  interaction 4 added
  $ rapport --json log website "Internal note on the budget" --channel note --by us
  {
    "id": 5,
    "engagement": "website",
    "summary": "Internal note on the budget",
    "channel": "note",
    "initiated_by": "us",
    "date": "2026-03-02",
    "topic": null
  }

  $ rapport log list website
  ID  SUMMARY                      CHANNEL  BY      DATE        TOPIC
  1   Kick-off meeting             meeting  us      2026-02-20  scope
  2   Asked about renewing         email    client  2026-03-02  renewal
  3   Weekly call                  call     us      2026-02-27  -
  4   Sent the February report     report   us      2026-02-28  -
  5   Internal note on the budget  note     us      2026-03-02  -
  $ rapport log list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "summary": "Kick-off meeting",
      "channel": "meeting",
      "initiated_by": "us",
      "date": "2026-02-20",
      "topic": "scope"
    },
    {
      "id": 2,
      "engagement": "website",
      "summary": "Asked about renewing",
      "channel": "email",
      "initiated_by": "client",
      "date": "2026-03-02",
      "topic": "renewal"
    },
    {
      "id": 3,
      "engagement": "website",
      "summary": "Weekly call",
      "channel": "call",
      "initiated_by": "us",
      "date": "2026-02-27",
      "topic": null
    },
    {
      "id": 4,
      "engagement": "website",
      "summary": "Sent the February report",
      "channel": "report",
      "initiated_by": "us",
      "date": "2026-02-28",
      "topic": null
    },
    {
      "id": 5,
      "engagement": "website",
      "summary": "Internal note on the budget",
      "channel": "note",
      "initiated_by": "us",
      "date": "2026-03-02",
      "topic": null
    }
  ]
  $ rapport log list website --format csv
  "id","engagement","summary","channel","initiated_by","date","topic"
  "1","website","Kick-off meeting","meeting","us","2026-02-20","scope"
  "2","website","Asked about renewing","email","client","2026-03-02","renewal"
  "3","website","Weekly call","call","us","2026-02-27",""
  "4","website","Sent the February report","report","us","2026-02-28",""
  "5","website","Internal note on the budget","note","us","2026-03-02",""
  $ rapport log list
  ID  ENG      SUMMARY                      CHANNEL  BY      DATE        TOPIC
  1   website  Kick-off meeting             meeting  us      2026-02-20  scope
  2   website  Asked about renewing         email    client  2026-03-02  renewal
  3   website  Weekly call                  call     us      2026-02-27  -
  4   website  Sent the February report     report   us      2026-02-28  -
  5   website  Internal note on the budget  note     us      2026-03-02  -
  $ rapport log show 1
  id            1
  engagement    website
  summary       Kick-off meeting
  channel       meeting
  initiated_by  us
  date          2026-02-20
  topic         scope
  $ rapport log show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "summary": "Asked about renewing",
    "channel": "email",
    "initiated_by": "client",
    "date": "2026-03-02",
    "topic": "renewal"
  }

An interaction may be edited.

  $ rapport log edit 1 --topic kickoff --summary "Kick-off meeting with Ana and Cleo"
  interaction 1 updated
  $ rapport log show 1
  id            1
  engagement    website
  summary       Kick-off meeting with Ana and Cleo
  channel       meeting
  initiated_by  us
  date          2026-02-20
  topic         kickoff

Interactions have no states, so list has no --state.

  $ rapport log list website --state open
  error: unknown option '--state' for 'rapport log list' (see 'rapport log list --help')
  [2]

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport log website "Coffee"
  error: missing --channel (expected one of meeting, call, email, report, note)
  [2]
  $ rapport log website "Coffee" --channel call
  error: missing --by (expected one of us, client)
  [2]
  $ rapport log website "Coffee" --by us
  error: missing --channel (expected one of meeting, call, email, report, note)
  [2]
  $ rapport log website "Coffee" --channel fax --by us
  error: invalid value 'fax' for --channel (expected one of meeting, call, email, report, note)
  [2]
  $ rapport log website "Coffee" --channel call --by them
  error: invalid value 'them' for --by (expected one of us, client)
  [2]
  $ rapport log website "Coffee" --channel call --by us --on 2026-02-29
  error: invalid date '2026-02-29' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport log website "Coffee" --channel call --by us --topic "$(printf 't%.0s' $(seq 101))"
  error: --topic is too long (101 characters; at most 100)
  [2]
  $ rapport log website "$(printf 's%.0s' $(seq 4001))" --channel call --by us
  error: --summary is too long (4001 characters; at most 4000)
  [2]
  $ rapport log website --channel call --by us
  error: missing --summary (expected text of at most 4000 characters)
  [2]
  $ rapport log website "" --channel call --by us
  error: --summary must not be empty
  [2]
  $ rapport log nowhere "Coffee" --channel call --by us
  error: no engagement 'nowhere'
  [2]
  $ rapport log edit 99 --topic x
  error: no interaction 99
  [2]
  $ rapport log edit 1 --channel fax
  error: invalid value 'fax' for --channel (expected one of meeting, call, email, report, note)
  [2]
  $ rapport log show 99
  error: no interaction 99
  [2]
  $ rapport history | diff before -
