A workspace moves between the backends without losing anything (PRODUCT.md,
Storage): exported from one, imported into the other and exported again, it
is the same document byte for byte.  This runs on both backends, so the
generated workspace goes from SQLite to PostgreSQL in one run and back in
the other; the sample portfolio goes both ways in each.

The sample portfolio, made on SQLite, through PostgreSQL and back.

  $ rapport --db "$(rpdb target --sqlite demo)" demo > /dev/null
  $ rapport --db "$(rpdb target --sqlite demo)" export > s.json
  $ rpdb new --pg demo
  $ rapport --db "$(rpdb target --sqlite demo)" export | rapport --db "$(rpdb target --pg demo)" import -
  imported workspace 'Northwind Consulting'
  $ rapport --db "$(rpdb target --pg demo)" export | cmp - s.json
  $ rapport --db "$(rpdb target --pg demo)" history --verify
  the audit trail is intact
  $ rapport --db "$(rpdb target --pg demo)" export | rapport --db "$(rpdb target --sqlite back)" import - > /dev/null
  $ rapport --db "$(rpdb target --sqlite back)" export | cmp - s.json

Made on PostgreSQL, the sample portfolio is the same document as made on
SQLite but for the salted hashes of the demo accounts' passwords, and it
comes back from SQLite unchanged; so do the portfolio and the checks,
whichever backend computes them.

  $ rpdb new --pg made
  $ rapport --db "$(rpdb target --pg made)" demo > /dev/null
  $ rapport --db "$(rpdb target --pg made)" export > p.json
  $ unsalted() {
  >   python3 -c 'import json, sys
  > d = json.load(open(sys.argv[1]))
  > for u in d["users"]:
  >     u["password_hash"] = "(salted)" if u["password_hash"] else None
  > print(json.dumps(d, indent=1, ensure_ascii=True))' "$1"
  > }
  > unsalted p.json | cmp - <(unsalted s.json) && grep -c '"password_hash": "\$argon2' p.json
  2
  $ rapport --db "$(rpdb target --pg made)" export | rapport --db "$(rpdb target --sqlite made)" import - > /dev/null
  $ rapport --db "$(rpdb target --sqlite made)" export | cmp - p.json
  $ rapport --db "$(rpdb target --pg made)" status | cmp - <(rapport --db "$(rpdb target --sqlite demo)" status)
  $ for e in acme-routing brightside-portal cobalt-kyc elm-ordering dunmore-archive; do
  >   rapport --db "$(rpdb target --pg made)" --json check $e | cmp - <(rapport --db "$(rpdb target --sqlite demo)" --json check $e)
  > done

The generated workspace of tests/cli/0502-export-every-kind.t (every record
kind, hostile text), made on this run's backend, moves to the other one.

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
  >   rapport followup shop --every 6m
  > } > /dev/null 2>&1 && echo ready
  ready
  $ rapport export > g.json
  $ rpdb new --other copy
  $ rapport export | rapport --db "$(rpdb target --other copy)" import -
  imported workspace 'Northwind Consulting'
  $ rapport --db "$(rpdb target --other copy)" export | cmp - g.json
  $ rapport --db "$(rpdb target --other copy)" history --verify
  the audit trail is intact
  $ rapport --db "$(rpdb target --other copy)" client show hostile | cmp - <(rapport client show hostile)
  $ rapport --db "$(rpdb target --other copy)" report list shop | cmp - <(rapport report list shop)
  $ rapport --db "$(rpdb target --other copy)" status | cmp - <(rapport status)
