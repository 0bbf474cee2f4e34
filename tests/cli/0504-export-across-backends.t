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
  $ . "$TESTDIR/fixtures/every-kind.sh" > /dev/null 2>&1 && echo ready
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
