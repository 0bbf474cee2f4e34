The audit trail: every change writes an event saying who, when, what, and
the record before and after; the events form a hash chain.

  $ rapport history --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport history [ENG] [options]
  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)

A new workspace has an empty trail, which is intact.

  $ rapport history
  $ rapport history --json
  []
  $ rapport history --verify
  the audit trail is intact

Changes by two people, on two engagements.

  $ rapport client add "Acme"
  client 'acme' added
  $ rapport --as alice contact add acme "Jane Doe" --email jane@acme.example --signoff
  contact 1 added
  $ rapport engagement add acme "Website Relaunch" --type fixed --slug web --value 24000
  engagement 'web' added
  $ rapport --as bob engagement add acme "Security Audit" --type tm --slug audit
  engagement 'audit' added
  $ rapport deliverable add web "Design" --reviewer jane@acme.example
  deliverable 1 added
  $ rapport --as alice engagement edit web --value 26000 --notice-days 30
  engagement 'web' updated
  $ rapport client edit acme --industry Retail
  client 'acme' updated
  $ rapport --today 2026-03-05 engagement edit audit --objectives "Find the holes"
  engagement 'audit' updated

The whole trail, oldest first, with the actor of each event.

  $ rapport history
  SEQ  WHEN              WHO     ACTION  RECORD         WHAT
  1    2026-03-02 00:00  tester  add     client 1       Acme
  2    2026-03-02 00:00  alice   add     contact 1      Jane Doe
  3    2026-03-02 00:00  tester  add     engagement 1   Website Relaunch
  4    2026-03-02 00:00  bob     add     engagement 2   Security Audit
  5    2026-03-02 00:00  tester  add     deliverable 1  [web] Design
  6    2026-03-02 00:00  alice   edit    engagement 1   value: 24000.00 EUR -> 26000.00 EUR; notice_days: - -> 30
  7    2026-03-02 00:00  tester  edit    client 1       industry: - -> Retail
  8    2026-03-05 00:00  tester  edit    engagement 2   objectives: - -> Find the holes

One engagement's trail holds the engagement and its own records only.

  $ rapport history web
  SEQ  WHEN              WHO     ACTION  RECORD         WHAT
  3    2026-03-02 00:00  tester  add     engagement 1   Website Relaunch
  5    2026-03-02 00:00  tester  add     deliverable 1  [web] Design
  6    2026-03-02 00:00  alice   edit    engagement 1   value: 24000.00 EUR -> 26000.00 EUR; notice_days: - -> 30
  $ rapport history audit
  SEQ  WHEN              WHO     ACTION  RECORD        WHAT
  4    2026-03-02 00:00  bob     add     engagement 2  Security Audit
  8    2026-03-05 00:00  tester  edit    engagement 2  objectives: - -> Find the holes
  $ rapport history nope
  error: no engagement 'nope'
  [2]

--limit keeps the newest N events, alone or with an engagement.

  $ rapport history --limit 2
  SEQ  WHEN              WHO     ACTION  RECORD        WHAT
  7    2026-03-02 00:00  tester  edit    client 1      industry: - -> Retail
  8    2026-03-05 00:00  tester  edit    engagement 2  objectives: - -> Find the holes
  $ rapport history web --limit 1
  SEQ  WHEN              WHO    ACTION  RECORD        WHAT
  6    2026-03-02 00:00  alice  edit    engagement 1  value: 24000.00 EUR -> 26000.00 EUR; notice_days: - -> 30
  $ rapport history --limit 0
  error: invalid number '0' for --limit (expected a whole number from 1) (see 'rapport history --help')
  [2]
  $ rapport history --limit many
  error: invalid number 'many' for --limit (expected a whole number from 1) (see 'rapport history --help')
  [2]

In JSON each event has seq, at, actor, action, kind, record, engagement,
before, after, prev_hash and hash; an add has no "before".

  $ rapport history --json --limit 8 | head -24
  [
    {
      "seq": 1,
      "at": "2026-03-02T00:00:00Z",
      "actor": "tester",
      "action": "add",
      "kind": "client",
      "record": 1,
      "engagement": null,
      "before": null,
      "after": {
        "id": 1,
        "name": "Acme",
        "slug": "acme",
        "industry": null,
        "owner": null,
        "status": "prospect",
        "tags": null,
        "notes": null
      },
      "prev_hash": "0000000000000000000000000000000000000000000000000000000000000000",
      "hash": "[0-9a-f]{64}" (re)
    },
    {

An edit carries the whole record before and after; money keeps its JSON shape.

  $ rapport history web --json --limit 1 | grep -A3 '"value"'
        "value": {
          "amount": "24000.00",
          "currency": "EUR"
        },
  --
        "value": {
          "amount": "26000.00",
          "currency": "EUR"
        },
  $ rapport history web --json --limit 1 | grep -E '"(actor|action|kind|record|engagement|notice_days)"'
      "actor": "alice",
      "action": "edit",
      "kind": "engagement",
      "record": 1,
      "engagement": "web",
        "notice_days": null,
        "notice_days": 30,

Hashes are 64 lower-case hex digits; the first event follows a zero hash and
every event's prev_hash is the hash of the one before.

  $ rapport history --json | grep -E '"(prev_hash|hash)"' | head -4
      "prev_hash": "0000000000000000000000000000000000000000000000000000000000000000",
      "hash": "[0-9a-f]{64}" (re)
      "prev_hash": "[0-9a-f]{64}", (re)
      "hash": "[0-9a-f]{64}" (re)
  $ rapport history --json | grep -E '"(prev_hash|hash)"' | sed 's/.*: "\(.*\)".*/\1/' | sed '1d;$d' | paste - - | awk '$1 != $2' | wc -l
  0

A removal records the record as it was, and nothing after.

  $ rapport contact add acme "Bob Roe"
  contact 2 added
  $ rapport contact rm 2
  contact 2 removed
  $ rapport history --limit 1
  SEQ  WHEN              WHO     ACTION  RECORD     WHAT
  10   2026-03-02 00:00  tester  remove  contact 2  Bob Roe
  $ rapport history --json --limit 1 | grep -A1 -E '"(action|after)"'
      "action": "remove",
      "kind": "contact",
  --
      "after": null,
      "prev_hash": "[0-9a-f]{64}", (re)

The --json option also works before the command.

  $ rapport --json history --limit 1 | cmp - <(rapport history --json --limit 1) && echo same
  same

An intact trail verifies with exit 0, in text and JSON.

  $ rapport history --verify
  the audit trail is intact
  $ rapport --json history --verify
  {
    "intact": true
  }
  $ rapport history web --verify
  the audit trail is intact

A refused change writes no event.

  $ rapport history | wc -l
  11
  $ rapport engagement edit web --value lots
  error: invalid amount 'lots' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport --as mallory client rm acme
  error: cannot remove client 'acme': other records refer to it
  [2]
  $ rapport history | wc -l
  11
