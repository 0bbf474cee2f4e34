A generated workspace with every record kind, states moved by verbs, a
report sent, settings changed and hostile text (quotes, backslashes, line
breaks, markup, non-ASCII, 4000-character texts) survives export and import
byte for byte.

  $ . "$TESTDIR/fixtures/active.sh"

The accounts and tokens travel too (with the hostile text the fixture sets
as a token's label, hence in the same command).

  $ . "$TESTDIR/fixtures/every-kind.sh" > /dev/null 2>&1 && {
  >   echo "$hostile" | rapport user add ana@acme.example --role client --contact ana@acme.example --password-stdin &&
  >   rapport user token ana@acme.example --label "$hostile" &&
  >   rapport user add ops --role member &&
  >   rapport user token ops &&
  >   rapport user disable ops
  > } > /dev/null 2>&1 && echo ready
  ready

Every kind there is has at least one record in the export.

  $ rapport export > g.json
  $ python3 -c 'import json; d = json.load(open("g.json")); print(sorted(k for k, v in d["records"].items() if not v)); print(len(d["records"]), d["settings"])'
  []
  22 {'default_rfi_hours': 72, 'waiting_days': 10}

The accounts and API tokens come with their hashes, never a token.

  $ python3 -c 'import json; d = json.load(open("g.json")); print([(u["login"], u["role"], u["contact_id"], u["disabled"], (u["password_hash"] or "")[:10]) for u in d["users"]]); print([(t["id"], t["user_id"], len(t["token_hash"])) for t in d["tokens"]])'
  [('ana@acme.example', 'client', 1, 0, '$argon2id$'), ('ops', 'member', None, 1, '')]
  [(1, 1, 64), (2, 2, 64)]
  $ grep -c 'rpt_' g.json
  0
  [1]

The JSON is plain ASCII; the text comes back exactly.

  $ LC_ALL=C grep -c '[^ -~]' g.json
  0
  [1]
  $ python3 -c 'import json; d = json.load(open("g.json")); print(d["records"]["client"][1]["name"]); print(len(d["records"]["clause"][0]["text"]), len(d["records"]["client"][2]["notes"]))'
  He said "hi" \ back\slash <script>alert(1)</script> Grüße, 日本語, ☃ & 'quotes'
  3990 4000

The round trip, from a file and from stdin.

  $ rapport --db copy.db import g.json
  imported workspace 'Northwind Consulting'
  $ rapport --db copy.db export | cmp - g.json
  $ rapport --db copy.db history --verify
  the audit trail is intact
  $ rapport export | rapport --db copy2.db import - > /dev/null
  $ rapport --db copy2.db export | cmp - g.json
  $ rapport --db copy.db client show hostile > a.txt
  $ rapport client show hostile > b.txt
  $ cmp a.txt b.txt
  $ rapport --db copy.db report list shop | cmp - <(rapport report list shop)
  $ rapport --db copy.db status | cmp - <(rapport status)
  $ rapport --db copy.db settings | cmp - <(rapport settings)
