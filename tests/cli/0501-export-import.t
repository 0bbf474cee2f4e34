"rapport export" writes the whole workspace as one JSON document;
"rapport import" loads it into an empty workspace.  Export, import and
export again gives the same bytes.  The demo workspace moves whole.

  $ rapport --db a.db demo > /dev/null
  $ rapport --db a.db export > a.json
  $ head -12 a.json
  {
    "format": "rapport-export",
    "version": 2,
    "schema": 5,
    "workspace": {
      "name": "Northwind Consulting",
      "currency": "EUR",
      "timezone": "Europe/Berlin",
      "created_at": "2026-03-02T00:00:00Z"
    },
    "settings": {},
    "counters": {
  $ tail -c 1 a.json | od -An -c
    \n
  $ rapport --db a.db export --format json | cmp - a.json

Records come as stored: numbers, parents by number, money in minor units.

  $ python3 -c 'import json, sys; d = json.load(open("a.json")); print(list(d)); print(d["records"]["payment"][0]["amount"], d["records"]["deliverable"][0]["engagement_id"], d["audit_head"]["seq"] == len(d["audit"]))'
  ['format', 'version', 'schema', 'workspace', 'settings', 'counters', 'records', 'users', 'tokens', 'audit', 'audit_head']
  1440000 1 True

The round trip: import into a new database, export again, same bytes.

  $ rapport --db b.db import a.json
  imported workspace 'Northwind Consulting'
  $ rapport --db b.db export | cmp - a.json
  $ rapport --db b.db history --verify
  the audit trail is intact

The imported workspace looks the same to every command; its kept check
results were rebuilt from the records.

  $ rapport --db a.db status > a.status
  $ rapport --db b.db status > b.status
  $ cmp a.status b.status
  $ for e in $(python3 -c 'import json; print(" ".join(e["slug"] for e in json.load(open("a.json"))["records"]["engagement"]))'); do
  >   rapport --db a.db check "$e" --all > a.check; echo "$e $?"; rapport --db b.db check "$e" --all > b.check; cmp a.check b.check || echo "$e differs"
  > done | sort -u | wc -l
  8
  $ rapport --db b.db history | cmp - <(rapport --db a.db history)

From stdin, as "rapport export | rapport --db OTHER import -" moves a
workspace.

  $ rapport --db a.db export | rapport --db c.db import -
  imported workspace 'Northwind Consulting'
  $ rapport --db c.db export | cmp - a.json
  $ rapport --db c.db history --verify
  the audit trail is intact

An empty workspace (just initialised) is replaced by the import.

  $ rapport --db d.db init --name "Placeholder" > /dev/null
  $ rapport --db d.db --json import a.json
  {
    "name": "Northwind Consulting",
    "imported": true
  }
  $ rapport --db d.db export | cmp - a.json

After an import the workspace goes on: new records get the next numbers.

  $ rapport --db b.db client add "Newco" --slug newco
  client 'newco' added
  $ rapport --db b.db client show newco --json | grep '"id"'
    "id": 6,
  $ rapport --db b.db history --verify
  the audit trail is intact

An export from schema 4, before a request kept our answer, lacks the
field: it imports with the answers empty, and exports again in the new
schema.  Schema 4 with the field, or schema 5 without it, is refused.

  $ old() {
  >   python3 -c 'import json, sys; d = json.load(open("a.json")); exec(sys.argv[1]); json.dump(d, open(sys.argv[2], "w"), indent=2)' "$1" "$2"
  > }
  > old 'd["schema"] = 4
  > for r in d["records"]["client_request"]: del r["answer"]' s4.json
  > old 'd["schema"] = 4' s4-answer.json
  > old 'del d["records"]["client_request"][0]["answer"]' s5-none.json
  $ rapport --db f.db import s4.json
  imported workspace 'Northwind Consulting'
  $ rapport --db f.db request show 1 | grep -E '^(state|answer) '
  state        answered
  answer       -
  $ rapport --db f.db export | python3 -c 'import json, sys; d = json.load(sys.stdin); a = json.load(open("a.json")); print(d["schema"], [r["answer"] for r in d["records"]["client_request"]]); [r.update(answer=None) for r in a["records"]["client_request"]]; print(d == a)'
  5 [None, None, None, None]
  True
  $ rapport --db f.db history --verify
  the audit trail is intact
  $ rapport --db g.db import s4-answer.json
  error: invalid export: client_request 1 has an unknown field 'answer'
  [2]
  $ rapport --db g.db import s5-none.json
  error: invalid export: client_request 1 lacks the field 'answer'
  [2]

Help, and the only format there is.

  $ rapport export --help
  usage: rapport export [--format json]
  
  the whole workspace as one JSON document on stdout: every record, the
  settings and the audit trail (see docs/export.md)
  
  options:
    --format FORMAT  the format of the document: json (the only one)
    --json           machine-readable output
    --help           this help
  $ rapport import --help
  usage: rapport import FILE|-
  
  load an export (from FILE, or stdin for -) into an empty workspace, in
  one transaction; merging into a workspace with records is not supported
  
  options:
    --json  machine-readable output
    --help  this help
  $ rapport --db a.db export --format csv
  error: invalid format 'csv' for --format (expected json) (see 'rapport export --help')
  [2]
  $ rapport --db a.db import
  error: missing the file to import (a path, or - for stdin) (see 'rapport import --help')
  [2]
  $ rapport --db e.db export
  error: no rapport database at 'e.db' (run 'rapport init')
  [2]
