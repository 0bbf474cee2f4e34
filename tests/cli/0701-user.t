"rapport user" keeps the accounts of the server: the team (owner, member)
and the client contacts who use the portal.  Passwords are read from one
line of stdin and kept only as Argon2id hashes; API tokens are printed once
and kept only as SHA-256 hashes.

  $ . "$TESTDIR/fixtures/base.sh"
  $ rapport user list

Adding accounts: a team account has no contact; without --password-stdin
it has no password and works only with API tokens.

  $ echo "correct horse battery" | rapport user add maya --role owner --password-stdin
  user 'maya' added (owner)
  $ rapport user add ci --role member
  user 'ci' added (member, no password: API tokens only)
  $ printf 'portal-pass\r\n' | rapport user add cleo --role client --contact cleo@acme.example --password-stdin
  user 'cleo' added (client)
  $ rapport --json user add gus --role client --contact 4
  {
    "id": 4,
    "login": "gus",
    "role": "client",
    "contact": 4,
    "contact_name": "Gus Green",
    "client": "globex",
    "has_password": false,
    "disabled": false,
    "created_at": "2026-03-02T00:00:00Z"
  }
  $ rapport user list
  LOGIN  ROLE    CLIENT  CONTACT    PASSWORD  STATE   CREATED
  ci     member  -       -          no        active  2026-03-02
  cleo   client  acme    Cleo Park  yes       active  2026-03-02
  gus    client  globex  Gus Green  no        active  2026-03-02
  maya   owner   -       -          yes       active  2026-03-02
  $ rapport user list --format csv | tr -d '\r'
  "login","role","client","contact","password","state","created_at"
  "ci","member","","","no","active","2026-03-02T00:00:00Z"
  "cleo","client","acme","Cleo Park","yes","active","2026-03-02T00:00:00Z"
  "gus","client","globex","Gus Green","no","active","2026-03-02T00:00:00Z"
  "maya","owner","","","yes","active","2026-03-02T00:00:00Z"
  $ rapport --json user list | grep -c '"login"'
  4

API tokens: the token alone on stdout, once; the note on stderr.

  $ rapport user token ci --label deploy > token.txt
  a new API token for 'ci', token 1: keep it now, it is not shown again
  $ grep -cE '^rpt_[A-Za-z0-9_-]{43}$' token.txt
  1
  $ rapport user token ci 2>/dev/null | grep -cE '^rpt_[A-Za-z0-9_-]{43}$'
  1
  $ rapport --json user token maya --label "laptop backup" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["login"], d["label"], d["token"][:4], len(d["token"]))'
  maya laptop backup rpt_ 47

Setting a password and disabling an account.

  $ echo "a new password" | rapport user passwd ci --password-stdin
  password of 'ci' set
  $ rapport user disable ci
  user 'ci' disabled
  $ rapport user disable ci
  user 'ci' was disabled already
  $ rapport --json user disable ci | grep -E '"(login|disabled)"'
    "login": "ci",
    "disabled": true,
  $ rapport user list | grep '^ci '
  ci     member  -       -          yes       disabled  2026-03-02
  $ rapport user token ci
  error: user 'ci' is disabled; it cannot have new tokens
  [2]

The audit trail names every write to an account, and holds no password,
hash or token.

  $ rapport history --limit 10
  SEQ  WHEN              WHO     ACTION   RECORD        WHAT
  9    2026-03-02 00:00  tester  add      engagement 3  Other work
  10   2026-03-02 00:00  tester  add      user 1        maya
  11   2026-03-02 00:00  tester  add      user 2        ci
  12   2026-03-02 00:00  tester  add      user 3        cleo
  13   2026-03-02 00:00  tester  add      user 4        gus
  14   2026-03-02 00:00  tester  add      token 1       ci
  15   2026-03-02 00:00  tester  add      token 2       ci
  16   2026-03-02 00:00  tester  add      token 3       maya
  17   2026-03-02 00:00  tester  passwd   user 2        password: none -> changed
  18   2026-03-02 00:00  tester  disable  user 2        disabled: false -> true
  $ rapport export > w.json
  $ rapport --json history > h.json
  $ grep -c 'argon2' h.json
  0
  [1]
  $ grep -c "$(cat token.txt)" h.json
  0
  [1]
  $ grep -c 'correct horse' h.json w.json
  h.json:0
  w.json:0
  [1]
  $ rpdb raw "$RAPPORT_DB" | grep -ac -e 'correct horse' -e "$(cut -c5- token.txt)"
  0
  [1]

Bad input exits 2 and writes nothing.

  $ rapport history > before.txt
  $ rapport user add Maya --role owner
  error: invalid login 'Maya' (expected 1 to 64 characters of a-z, 0-9, '.', '_', '-' and '@')
  [2]
  $ rapport user add maya --role owner
  error: user 'maya' exists already
  [2]
  $ rapport user add "two words" --role owner
  error: invalid login 'two words' (expected 1 to 64 characters of a-z, 0-9, '.', '_', '-' and '@')
  [2]
  $ rapport user add bo --role admin
  error: invalid role 'admin' for --role (expected owner, member or client)
  [2]
  $ rapport user add bo
  error: missing option '--role' (see 'rapport user add --help')
  [2]
  $ rapport user add bo --role client
  error: a client account needs --contact (a contact's number or e-mail address)
  [2]
  $ rapport user add bo --role client --contact nobody@acme.example
  error: no contact 'nobody@acme.example' for --contact (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport user add bo --role client --contact 99
  error: no contact '99' for --contact (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport user add bo --role member --contact 1
  error: --contact is for client accounts only (the member role is for the team)
  [2]
  $ echo short | rapport user add bo --role owner --password-stdin
  error: invalid password for --password-stdin (expected one line of 8 to 1024 bytes on stdin)
  [2]
  $ printf '' | rapport user add bo --role owner --password-stdin
  error: invalid password for --password-stdin (expected one line of 8 to 1024 bytes on stdin)
  [2]
  $ python3 -c 'print("x" * 1025)' | rapport user add bo --role owner --password-stdin
  error: invalid password for --password-stdin (expected one line of 8 to 1024 bytes on stdin)
  [2]
  $ rapport user passwd maya
  error: missing option '--password-stdin' (see 'rapport user passwd --help')
  [2]
  $ echo "1234567" | rapport user passwd maya --password-stdin
  error: invalid password for --password-stdin (expected one line of 8 to 1024 bytes on stdin)
  [2]
  $ echo "long enough" | rapport user passwd nobody --password-stdin
  error: no user 'nobody' (see 'rapport user list')
  [2]
  $ rapport user token nobody
  error: no user 'nobody' (see 'rapport user list')
  [2]
  $ rapport user token maya --label ""
  error: invalid label for --label (expected 1 to 100 characters on one line)
  [2]
  $ rapport user disable nobody
  error: no user 'nobody' (see 'rapport user list')
  [2]
  $ rapport user add
  error: missing option '--role' (see 'rapport user add --help')
  [2]
  $ rapport user frobnicate
  error: 'frobnicate' is not a verb of 'rapport user' (see 'rapport user --help')
  [2]
  $ rapport user list --format xml
  error: invalid format 'xml' for --format (expected table, json or csv) (see 'rapport user list --help')
  [2]
  $ rapport history | cmp - before.txt

Help, for the noun and every verb.

  $ rapport user
  usage: rapport user VERB ...
  
  the accounts of the server: the team (owner, member) and the client contacts
  who use the portal, their passwords and API tokens
  
  verbs:
    add      LOGIN --role owner|member|client [--contact CONTACT] [--password-stdin]
    list     [--format table|json|csv]: every account
    token    LOGIN [--label L]: a new API token, printed once
    tokens   LOGIN [--format table|json|csv]: the account's API tokens
    revoke   LOGIN NUMBER: the token stops working at once
    disable  LOGIN: its sessions and tokens stop working at once
    passwd   LOGIN --password-stdin: set a new password
  
  See 'rapport user VERB --help' for the options of a verb.
  [2]
  $ rapport user --help
  usage: rapport user VERB ...
  
  the accounts of the server: the team (owner, member) and the client contacts
  who use the portal, their passwords and API tokens
  
  verbs:
    add      LOGIN --role owner|member|client [--contact CONTACT] [--password-stdin]
    list     [--format table|json|csv]: every account
    token    LOGIN [--label L]: a new API token, printed once
    tokens   LOGIN [--format table|json|csv]: the account's API tokens
    revoke   LOGIN NUMBER: the token stops working at once
    disable  LOGIN: its sessions and tokens stop working at once
    passwd   LOGIN --password-stdin: set a new password
  
  See 'rapport user VERB --help' for the options of a verb.
  $ rapport user add --help
  usage: rapport user add LOGIN --role owner|member|client [--contact CONTACT] [--password-stdin]
  
  add an account: LOGIN is 1 to 64 characters of a-z, 0-9, '.', '_', '-' and '@'.
  A client account is one of the client's contacts and sees only that client's
  engagements.  Without --password-stdin the account has no password: it cannot
  log in and works only with API tokens ('rapport user token')
  
  options:
    --role ROLE        owner (everything), member (every engagement) or client (the portal) [required]
    --contact CONTACT  for a client account: the contact it is (a number or e-mail address)
    --password-stdin   read the password from one line of stdin (8 to 1024 bytes)
    --json             machine-readable output
    --help             this help
  $ rapport user list --help
  usage: rapport user list [--format table|json|csv]
  
  every account, by login: its role, the client contact it is, whether it has a
  password and whether it is disabled
  
  options:
    --format FORMAT  table, json or csv (default: table)
    --json           machine-readable output
    --help           this help
  $ rapport user token --help
  usage: rapport user token LOGIN [--label L]
  
  make a new API token for the account and print it on stdout, once: only its
  hash is kept.  Scripts send it as 'Authorization: Bearer TOKEN'
  
  options:
    --label L  what the token is for, e.g. ci or backup (1 to 100 characters)
    --json     machine-readable output
    --help     this help
  $ rapport user disable --help
  usage: rapport user disable LOGIN
  
  disable the account: it cannot log in, and its sessions and API tokens stop
  working at once.  Its history stays
  
  options:
    --json  machine-readable output
    --help  this help
  $ rapport user passwd --help
  usage: rapport user passwd LOGIN --password-stdin
  
  set the account's password, read from one line of stdin; whoever is logged in
  with the old one is logged out
  
  options:
    --password-stdin  read the password from one line of stdin (8 to 1024 bytes) [required]
    --json            machine-readable output
    --help            this help
