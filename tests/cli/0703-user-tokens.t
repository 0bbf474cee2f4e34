"rapport user tokens LOGIN" lists an account's API tokens by number, with
their label and the days they were made and last used, never a token or a
hash; "rapport user revoke LOGIN NUMBER" revokes one: it stops working at
once (tests/api/070-calendar-feed.http shows that against the server).

  $ . "$TESTDIR/fixtures/base.sh"
  $ rapport user add ci --role member
  user 'ci' added (member, no password: API tokens only)
  $ rapport user add cal --role owner
  user 'cal' added (owner, no password: API tokens only)
  $ rapport user tokens ci

"user token" says the new token's number on stderr, the token alone on
stdout.

  $ rapport user token ci --label calendar > t1.txt
  a new API token for 'ci', token 1: keep it now, it is not shown again
  $ rapport user token cal > t2.txt
  a new API token for 'cal', token 2: keep it now, it is not shown again
  $ rapport --json user token ci --label "deploy, nightly" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["id"], d["login"], d["label"], d["token"][:4])'
  3 ci deploy, nightly rpt_

The list, as a table, as JSON and as CSV.

  $ rapport user tokens ci
  ID  LABEL            CREATED     LAST USED
  1   calendar         2026-03-02  -
  3   deploy, nightly  2026-03-02  -
  $ rapport user tokens ci --format csv | tr -d '\r'
  "id","label","created_at","last_used"
  "1","calendar","2026-03-02T00:00:00Z",""
  "3","deploy, nightly","2026-03-02T00:00:00Z",""
  $ rapport --json user tokens cal
  [
    {
      "id": 2,
      "login": "cal",
      "label": null,
      "created_at": "2026-03-02T00:00:00Z",
      "last_used": null
    }
  ]
  $ rapport user tokens ci --format json | grep -c -e token_hash -e "$(cut -c5- t1.txt)"
  0
  [1]

Revoking: the token leaves the list, its number is not handed out again.

  $ rapport user revoke ci 1
  token 1 of 'ci' revoked
  $ rapport user tokens ci
  ID  LABEL            CREATED     LAST USED
  3   deploy, nightly  2026-03-02  -
  $ rapport --json user revoke ci 3
  {
    "login": "ci",
    "id": 3,
    "revoked": true
  }
  $ rapport user tokens ci
  $ rapport user token ci 2>&1 >/dev/null
  a new API token for 'ci', token 4: keep it now, it is not shown again

Refusals exit 2, name the argument and its form, and write nothing.

  $ rapport history > before.txt
  $ rapport user revoke ci 1
  error: no token 1 of user 'ci' (see 'rapport user tokens ci')
  [2]
  $ rapport user revoke ci 2
  error: no token 2 of user 'ci' (see 'rapport user tokens ci')
  [2]
  $ rapport user revoke nobody 4
  error: no user 'nobody' (see 'rapport user list')
  [2]
  $ rapport user revoke ci abc
  error: invalid token number 'abc' for NUMBER (expected a number from 'rapport user tokens ci', such as 3) (see 'rapport user revoke --help')
  [2]
  $ rapport user revoke ci 0
  error: invalid token number '0' for NUMBER (expected a number from 'rapport user tokens ci', such as 3) (see 'rapport user revoke --help')
  [2]
  $ rapport user revoke ci -- -4
  error: invalid token number '-4' for NUMBER (expected a number from 'rapport user tokens ci', such as 3) (see 'rapport user revoke --help')
  [2]
  $ rapport user revoke ci 99999999999999999999
  error: invalid token number '99999999999999999999' for NUMBER (expected a number from 'rapport user tokens ci', such as 3) (see 'rapport user revoke --help')
  [2]
  $ rapport user revoke ci
  error: missing the token's number (NUMBER) (see 'rapport user revoke --help')
  [2]
  $ rapport user revoke
  error: missing the account's login (LOGIN) (see 'rapport user revoke --help')
  [2]
  $ rapport user tokens
  error: missing the account's login (LOGIN) (see 'rapport user tokens --help')
  [2]
  $ rapport user tokens nobody
  error: no user 'nobody' (see 'rapport user list')
  [2]
  $ rapport user tokens ci --format xml
  error: invalid format 'xml' for --format (expected table, json or csv) (see 'rapport user tokens --help')
  [2]
  $ rapport history | cmp - before.txt

The audit trail names each token made and revoked by its number, with the
login and the label, and holds no token or hash.

  $ rapport history --limit 5
  SEQ  WHEN              WHO     ACTION  RECORD   WHAT
  13   2026-03-02 00:00  tester  add     token 2  cal
  14   2026-03-02 00:00  tester  add     token 3  ci
  15   2026-03-02 00:00  tester  revoke  token 1  ci
  16   2026-03-02 00:00  tester  revoke  token 3  ci
  17   2026-03-02 00:00  tester  add     token 4  ci
  $ rapport --json history | python3 -c 'import json, sys; [print(e["action"], e["kind"], e["record"], e["before"], e["after"]) for e in json.load(sys.stdin) if e["kind"] == "token"]'
  add token 1 None {'login': 'ci', 'label': 'calendar'}
  add token 2 None {'login': 'cal', 'label': None}
  add token 3 None {'login': 'ci', 'label': 'deploy, nightly'}
  revoke token 1 {'login': 'ci', 'label': 'calendar'} None
  revoke token 3 {'login': 'ci', 'label': 'deploy, nightly'} None
  add token 4 None {'login': 'ci', 'label': None}
  $ rapport --json history | python3 -c 'import json, sys; print([e for e in json.load(sys.stdin) if e["kind"] == "token" and "hash" in json.dumps([e["before"], e["after"]])])'
  []
  $ rapport --json history | grep -c -e "$(cut -c5- t1.txt)" -e "$(cut -c5- t2.txt)"
  0
  [1]

Help.

  $ rapport user tokens --help
  usage: rapport user tokens LOGIN [--format table|json|csv]
  
  the account's API tokens not revoked, by number: the label, the day it was
  made and the day it was last used.  A token itself is never shown again; revoke
  one with 'rapport user revoke LOGIN NUMBER'
  
  options:
    --format FORMAT  table, json or csv (default: table)
    --json           machine-readable output
    --help           this help
  $ rapport user revoke --help
  usage: rapport user revoke LOGIN NUMBER
  
  revoke the account's API token NUMBER (see 'rapport user tokens LOGIN'): it stops
  working at once, calendar subscriptions by it included.  The account and its
  other tokens stay
  
  options:
    --json  machine-readable output
    --help  this help
