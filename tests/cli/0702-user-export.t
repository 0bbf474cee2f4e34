Accounts and API tokens are part of the workspace: "rapport export" writes
them with their hashes (never a password or a token), "rapport import"
loads them back, and exporting again gives the same bytes.  Login sessions
are not exported.

  $ . "$TESTDIR/fixtures/base.sh"
  $ {
  >   echo "correct horse battery" | rapport user add maya --role owner --password-stdin &&
  >   echo "portal password" | rapport user add cleo --role client --contact 3 --password-stdin &&
  >   rapport user add ci --role member &&
  >   rapport user token ci --label deploy &&
  >   rapport user token cleo &&
  >   rapport user disable ci
  > } > token.txt 2>/dev/null && echo ready
  ready
  $ rapport export > a.json
  $ python3 -c 'import json; d = json.load(open("a.json")); print(d["version"], d["schema"], list(d)[7:9]); print(d["users"][1]); print([sorted(t) for t in d["tokens"]][0]); print(d["counters"]["user"], d["counters"]["token"])' | sed 's/\$argon2id\$[^'"'"']*/ARGON2ID/'
  2 5 ['users', 'tokens']
  {'id': 2, 'login': 'cleo', 'role': 'client', 'contact_id': 3, 'password_hash': 'ARGON2ID', 'disabled': 0, 'created_at': '2026-03-02T00:00:00Z'}
  ['created_at', 'id', 'label', 'last_used', 'token_hash', 'user_id']
  3 2
  $ grep -c rpt_ a.json
  0
  [1]

The round trip, and the accounts work in the copy.

  $ rapport --db b.db import a.json
  imported workspace 'Northwind Consulting'
  $ rapport --db b.db export | cmp - a.json
  $ rapport --db b.db history --verify
  the audit trail is intact
  $ rapport --db b.db user list
  LOGIN  ROLE    CLIENT  CONTACT    PASSWORD  STATE     CREATED
  ci     member  -       -          no        disabled  2026-03-02
  cleo   client  acme    Cleo Park  yes       active    2026-03-02
  maya   owner   -       -          yes       active    2026-03-02
  $ echo "another one" | rapport --db b.db user add gus --role client --contact gus@globex.example --password-stdin
  user 'gus' added (client)
  $ rapport --db b.db --json user list | grep -c '"login"'
  4

A document of version 1, from before accounts were exported, still loads.

  $ rapport --db c.db init > /dev/null
  $ rapport --db c.db client add "Old Co" --slug old > /dev/null
  $ rapport --db c.db export | python3 -c 'import json, sys; d = json.load(sys.stdin); d["version"] = 1; del d["users"]; del d["tokens"]; json.dump(d, sys.stdout, indent=2)' > v1.json
  $ rapport --db v1.db import v1.json
  imported workspace 'My workspace'
  $ rapport --db v1.db user list
  $ rapport --db c.db export | python3 -c 'import json, sys; d = json.load(sys.stdin); d["version"] = 1; json.dump(d, sys.stdout)' | rapport --db v1b.db import -
  error: invalid export: the document has an unknown member 'users'
  [2]

Accounts that break a rule are refused, and nothing is written.

  $ edit() {
  >   python3 -c 'import json, sys; d = json.load(open("a.json")); exec(sys.argv[1]); json.dump(d, open(sys.argv[2], "w"), indent=2)' "$1" "$2"
  > }
  > edit 'del d["users"]' no-users.json
  > edit 'd["users"][0]["login"] = "Maya"' bad-login.json
  > edit 'd["users"][0]["role"] = "admin"' bad-role.json
  > edit 'd["users"][1]["contact_id"] = 99' bad-contact.json
  > edit 'd["users"][0]["contact_id"] = 1' team-contact.json
  > edit 'd["users"][0]["password_hash"] = "hunter22"' bad-hash.json
  > edit 'd["users"][0]["disabled"] = 2' bad-disabled.json
  > edit 'd["users"][0]["created_at"] = "yesterday"' bad-created.json
  > edit 'd["users"][0]["secret"] = 1' extra-member.json
  > edit 'd["users"].reverse()' order.json
  > edit 'd["users"][2]["login"] = d["users"][0]["login"]' same-login.json
  > edit 'd["tokens"][0]["user_id"] = 9' bad-owner.json
  > edit 'd["tokens"][0]["token_hash"] = "rpt_abc"' bad-token.json
  > edit 'd["tokens"][1]["token_hash"] = d["tokens"][0]["token_hash"]' same-token.json
  > edit 'd["tokens"][0]["last_used"] = "2026-02-30"' bad-used.json
  > edit 'd["counters"]["user"] = 1' low-counter.json
  > edit 'd["counters"]["session"] = 1' odd-counter.json
  $ for f in no-users bad-login bad-role bad-contact team-contact bad-hash bad-disabled bad-created extra-member order same-login bad-owner bad-token same-token bad-used low-counter odd-counter; do
  >   rapport --db new.db import $f.json; echo "[$?]"
  > done
  error: invalid export: the document lacks 'users'
  [2]
  error: invalid export: user 1: invalid login (expected 1 to 64 characters of a-z, 0-9, '.', '_', '-' and '@')
  [2]
  error: invalid export: user 1: role is not owner, member or client
  [2]
  error: invalid export: user 2: contact_id names no contact in the export
  [2]
  error: invalid export: user 1: contact_id must be null for the owner role
  [2]
  error: invalid export: user 1: password_hash is not an Argon2id hash
  [2]
  error: invalid export: user 1: disabled is not 0 or 1
  [2]
  error: invalid export: user 1: created_at is not a time (expected YYYY-MM-DDTHH:MM:SSZ)
  [2]
  error: invalid export: users item 1 is not an object of 7 members
  [2]
  error: invalid export: users item 2 has no 'id' above the one before it
  [2]
  error: storage failed: .*login.* (re)
  [2]
  error: invalid export: token 1: user_id names no user in the export
  [2]
  error: invalid export: token 1: token_hash is not 64 hexadecimal digits
  [2]
  error: storage failed: .*token_hash.* (re)
  [2]
  error: invalid export: token 1: last_used is not a date (expected YYYY-MM-DD)
  [2]
  error: invalid export: the counter of user is below its highest number, 3
  [2]
  error: invalid export: a counter of unknown kind 'session'
  \[2\] (re)
  $ ls new.db* 2>/dev/null | head -1
  new.db
  $ sqlite3 new.db 'SELECT count(*) FROM workspace; SELECT count(*) FROM "user"; SELECT count(*) FROM api_token'
  0
  0
  0
