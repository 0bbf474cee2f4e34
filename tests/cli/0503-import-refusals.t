"rapport import" checks the whole document before it writes anything, and
writes it in one transaction: a refused import leaves the database as it
was.  Bad input exits 2.

  $ . "$TESTDIR/fixtures/base.sh"
  $ rapport deliverable add website "Design" --accept "Approved mock-ups" --due 2026-04-10 > /dev/null
  $ rapport payment add website --kind milestone --amount 30% --trigger deliverable:1 > /dev/null
  $ rapport export > w.json
  $ rpdb copy "$RAPPORT_DB" before

A workspace with records is never merged into.

  $ rapport import w.json
  error: the workspace is not empty; import needs an empty one (merging into a workspace is not supported)
  [2]
  $ rapport export | cmp - w.json

A workspace that is empty but had a setting changed has history: refused
too.

  $ rpdb new set
  $ rapport --db "$(rpdb target set)" init > /dev/null
  $ rapport --db "$(rpdb target set)" settings waiting_days 9 > /dev/null
  $ rapport --db "$(rpdb target set)" export > set.json
  $ rapport --db "$(rpdb target set)" import w.json
  error: the workspace is not empty; import needs an empty one (merging into a workspace is not supported)
  [2]
  $ rapport --db "$(rpdb target set)" export | cmp - set.json

Documents that are not exports, or not whole.

  $ rpdb new new
  $ printf '{"format": "rapport-export", "version": 1,' > broken.json
  $ rapport --db "$(rpdb target new)" import broken.json
  error: invalid export: not valid JSON at line 1, column 42: string or '}' expected near end of file
  [2]
  $ head -c 2000 w.json > truncated.json
  $ rapport --db "$(rpdb target new)" import truncated.json
  error: invalid export: not valid JSON at line \d+, column \d+: .* (re)
  [2]
  $ printf '' | rapport --db "$(rpdb target new)" import -
  error: invalid export: not valid JSON at line 1, column 0: '[' or '{' expected near end of file
  [2]
  $ echo '[1, 2]' | rapport --db "$(rpdb target new)" import -
  error: invalid export: the document is not a JSON object
  [2]
  $ echo '{"format": "something-else", "version": 1}' | rapport --db "$(rpdb target new)" import -
  error: not a rapport export (expected "format": "rapport-export")
  [2]
  $ rapport --db "$(rpdb target new)" import missing.json
  error: cannot read 'missing.json': No such file or directory
  [2]

A newer version of the document, or of the database schema.

  $ sed 's/"version": 2,/"version": 3,/' w.json > v3.json
  $ rapport --db "$(rpdb target new)" import v3.json
  error: the export is version 3, newer than this rapport knows (2); upgrade rapport
  [2]
  $ sed 's/"schema": 5,/"schema": 99,/' w.json > s99.json
  $ rapport --db "$(rpdb target new)" import s99.json
  error: the export comes from database schema 99, newer than this rapport knows (5); upgrade rapport
  [2]

Edits made with python3: each breaks one rule.

  $ edit() {
  >   python3 -c 'import json, sys; d = json.load(open("w.json")); exec(sys.argv[1]); json.dump(d, open(sys.argv[2], "w"), indent=2)' "$1" "$2"
  > }
  > edit 'd["records"]["deliverable"][0]["due"] = "2026-02-30"' bad-date.json
  > edit 'd["records"]["engagement"][0]["type"] = "barter"' bad-enum.json
  > edit 'd["records"]["deliverable"][0]["title"] = "two\u0007bells"' bad-text.json
  > edit 'd["records"]["client"][0]["notes"] = "n" * 4001' too-long.json
  > edit 'd["records"]["engagement"][0]["value"] = "24000.00"' bad-money.json
  > edit 'd["records"]["widget"] = []' bad-kind.json
  > edit 'd["records"]["client"][0]["colour"] = "red"' bad-field.json
  > edit 'del d["records"]["client"][0]["notes"]' no-field.json
  > edit 'd["records"]["deliverable"][0]["engagement_id"] = 42' no-parent.json
  > edit 'd["records"]["contact"][0]["client_id"] = 9' no-client.json
  > edit 'd["records"]["deliverable"][0]["reviewer"] = 4' other-contact.json
  > edit 'd["records"]["payment"][0]["trigger"] = "deliverable:7"' bad-trigger.json
  > edit 'd["records"]["client"].append(dict(d["records"]["client"][0]))' repeated.json
  > edit 'd["counters"]["deliverable"] = 0' low-counter.json
  > edit 'd["settings"]["waiting_days"] = 100000' bad-setting.json
  > edit 'd["audit"][3]["hash"] = "f" * 64' bad-hash.json
  > edit 'd["audit"][2]["actor"] = "mallory"' bad-event.json
  > edit 'd["audit"].pop()' short-trail.json
  > edit 'd["audit"][1]["prev_hash"] = "0" * 64' bad-prev.json
  $ for f in bad-date bad-enum bad-text too-long bad-money bad-kind bad-field no-field no-parent \
  >          no-client other-contact bad-trigger repeated low-counter bad-setting bad-hash \
  >          bad-event short-trail bad-prev; do
  >   rapport --db "$(rpdb target new)" import $f.json; echo "exit $?"
  > done
  error: invalid export: deliverable 1: invalid date '2026-02-30' for due (expected a date YYYY-MM-DD)
  exit 2
  error: invalid export: engagement 1: invalid value 'barter' for type (expected one of fixed, tm, retainer)
  exit 2
  error: invalid export: deliverable 1: invalid text for title: only printable UTF-8 text on one line is allowed
  exit 2
  error: invalid export: client 1: notes is too long (4001 characters; at most 4000)
  exit 2
  error: invalid export: engagement 1: value is not a whole number
  exit 2
  error: invalid export: unknown record kind 'widget'
  exit 2
  error: invalid export: client 1 has an unknown field 'colour'
  exit 2
  error: invalid export: client 1 lacks the field 'notes'
  exit 2
  error: invalid export: deliverable 1 belongs to engagement 42, which is not in the export
  exit 2
  error: invalid export: contact 1 belongs to client 9, which is not in the export
  exit 2
  error: invalid export: deliverable 1: reviewer names contact 4, which is not a contact of its client
  exit 2
  error: invalid export: payment 1: trigger names deliverable 7, which is not in its engagement
  exit 2
  error: invalid export: client 1 is out of number order or repeated
  exit 2
  error: invalid export: the counter of deliverable is below its highest number, 1
  exit 2
  error: invalid export: setting waiting_days is not a whole number from 0 to 365
  exit 2
  error: invalid export: the audit trail is broken at event 4
  exit 2
  error: invalid export: the audit trail is broken at event 3
  exit 2
  error: invalid export: the audit trail is broken: 'audit_head' is not its last event
  exit 2
  error: invalid export: the audit trail is broken at event 2
  exit 2

None of them wrote anything: the new database holds no workspace, the old
one is as it was.

  $ rapport --db "$(rpdb target new)" status
  error: no workspace in this database yet (run 'rapport init')
  [2]
  $ rpdb sql new 'SELECT count(*) FROM workspace; SELECT count(*) FROM audit; SELECT count(*) FROM client'
  0
  0
  0
  $ rpdb dump before > before.sql
  $ rpdb dump "$RAPPORT_DB" | cmp - before.sql

A failure while writing rolls everything back too: two clients with the
same slug pass the checks of the document but not the store.

  $ edit() {
  >   python3 -c 'import json, sys; d = json.load(open("w.json")); exec(sys.argv[1]); json.dump(d, open(sys.argv[2], "w"), indent=2)' "$1" "$2"
  > }
  > edit 'd["records"]["client"][1]["slug"] = "acme"' same-slug.json
  $ rapport --db "$(rpdb target new)" import same-slug.json
  error: cannot store the record: .* (re)
  [2]
  $ rpdb sql new 'SELECT count(*) FROM workspace; SELECT count(*) FROM client'
  0
  0

The untouched document still imports.

  $ rapport --db "$(rpdb target new)" import w.json
  imported workspace 'Northwind Consulting'
  $ rapport --db "$(rpdb target new)" export | cmp - w.json
