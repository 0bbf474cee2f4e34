A generated workspace with every record kind, states moved by verbs, a
report sent, settings changed and hostile text (quotes, backslashes, line
breaks, markup, non-ASCII, 4000-character texts) survives export and import
byte for byte.

  $ . "$TESTDIR/fixtures/active.sh"
  $ long="$(printf 'x%.0s' $(seq 3990))"
  > hostile="He said \"hi\" \\ back\\slash <script>alert(1)</script> Grüße, 日本語, ☃ & 'quotes'"
  > multi="$(printf 'line one "quoted"\nline two \\ <b>bold</b>\n\tindented ünïcödé\n</script>')"
  > {
  >   rapport client add "$hostile" --slug hostile --notes "$multi" --tags "a,b" &&
  >   rapport client add "Long Co" --slug longco --notes "${long}1234567890" &&
  >   rapport contact add hostile "Zoë \"Z\" O'Neil <z>" --email zoe@hostile.example --signoff --portal &&
  >   rapport engagement add hostile "$hostile" --slug hostile-web --type tm --value 1234.56 --objectives "$multi" &&
  >   rapport action add shop "$hostile" --owner client --due 2026-03-06 --waiting-on input &&
  >   rapport action done 1 &&
  >   rapport change add shop "$multi" --cost 2500 --days 5 &&
  >   rapport request add shop "$hostile" --at 2026-03-01T09:30 &&
  >   rapport promise add shop "$hostile" --to ana@acme.example --due 2026-03-04 &&
  >   rapport risk add shop "$multi" --severity high --found 2026-02-25 &&
  >   rapport risk disclose 1 --alternative "$hostile" --alternative "Launch on staging first" &&
  >   rapport clause add shop "$long" --kind termination --risk high &&
  >   rapport document add shop "Ops manual <script>" --kind runbook --location https://wiki.example.com/ops &&
  >   rapport material add shop "Test laptops" --qty 3 --owner us &&
  >   rapport po add shop PO-1001 --vendor "Acme \"purchasing\"" --amount 5000 &&
  >   rapport bill add shop --vendor "Fonts\\Inc" --amount 45 --due 2026-03-15 &&
  >   rapport bill pay 1 &&
  >   rapport punch add shop "Footer link ☃ broken" --reported 2026-02-28 &&
  >   rapport deliverable submit 1 &&
  >   rapport deliverable accept 1 --by 1 --comment "$multi" &&
  >   rapport log shop "$multi" --channel email --by client &&
  >   rapport report progress shop --send &&
  >   rapport report progress shop --format html --send &&
  >   rapport settings waiting_days 10 &&
  >   rapport settings default_rfi_hours 72 &&
  >   rapport retro shop --well "$multi" --badly "$hostile" &&
  >   rapport exit shop --liked "$hostile" --rating 9 --refer yes &&
  >   rapport testimonial request shop &&
  >   rapport testimonial draft shop --text "$multi" &&
  >   rapport followup shop --every 6m &&
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
