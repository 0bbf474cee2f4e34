Every list comes as a table, as JSON or as CSV (--format table|json|csv).

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)

Empty lists: JSON is an empty array, CSV is the header alone.

  $ rapport client list --json
  []
  $ rapport client list --format csv | tr -d '\r'
  "id","name","slug","industry","owner","status","tags","notes"
  $ rapport contact list --format json
  []
  $ rapport engagement list --format csv | tr -d '\r' | cut -d, -f1-5
  "id","client","title","slug","type"

Records with awkward text: commas, double quotes, a line break, and a value
that a spreadsheet would run as a formula.

  $ rapport client add 'Smith, Jones & "Partners"' --slug sj --notes "$(printf 'line one\nline two')"
  client 'sj' added
  $ rapport client add "Equals Ltd" --slug eq --industry "=SUM(A1:A9)"
  client 'eq' added
  $ rapport client add "Zoë Café" --slug zoe --owner "Jürgen"
  client 'zoe' added

--format table is the default; the columns line up even with accented letters.

  $ rapport client list --format table | cmp - <(rapport client list) && echo same
  same
  $ rapport client list
  ID  NAME                       SLUG  INDUSTRY     OWNER   STATUS
  1   Smith, Jones & "Partners"  sj    -            -       prospect
  2   Equals Ltd                 eq    =SUM(A1:A9)  -       prospect
  3   Zoë Café                   zoe   -            Jürgen  prospect

CSV follows RFC 4180: every field quoted, quotes doubled, line breaks kept
inside the quotes, records ended by CRLF; formulas are defused with a
leading apostrophe.

  $ rapport client list --format csv | tr -d '\r'
  "id","name","slug","industry","owner","status","tags","notes"
  "1","Smith, Jones & ""Partners""","sj","","","prospect","","line one
  line two"
  "2","Equals Ltd","eq","'=SUM(A1:A9)","","prospect","",""
  "3","Zoë Café","zoe","","Jürgen","prospect","",""
  $ rapport client list --format csv | grep -c $'\r$'
  4

JSON keeps the text exactly, escaped as JSON requires; --format json and
--json give the same.

  $ rapport client list --format json | grep -E '"(name|industry|notes)"'
      "name": "Smith, Jones & \"Partners\"",
      "industry": null,
      "notes": "line one\nline two"
      "name": "Equals Ltd",
      "industry": "=SUM(A1:A9)",
      "notes": null
      "name": "Zo\u00EB Caf\u00E9",
      "industry": null,
      "notes": null
  $ rapport client list --format json | cmp - <(rapport client list --json) && echo same
  same
  $ rapport client list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
  3

Contacts and engagements take the same formats.

  $ rapport contact add sj "Ann Smith" --email ann@sj.example --phone "+44 20 7946 0000"
  contact 1 added
  $ rapport engagement add sj "Tax Review" --type tm --value 1200.5
  engagement 'tax-review' added
  $ rapport contact list sj --format csv | tr -d '\r'
  "id","client","name","email","phone","role","birthday","may_signoff","portal"
  "1","sj","Ann Smith","ann@sj.example","'+44 20 7946 0000","","","no","no"
  $ rapport contact list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["phone"])'
  +44 20 7946 0000
  $ rapport engagement list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["value"])'
  {'amount': '1200.50', 'currency': 'EUR'}
  $ rapport engagement list --format csv | tr -d '\r' | cut -d, -f1-7
  "id","client","title","slug","type","value","currency"
  "1","sj","Tax Review","tax-review","tm","1200.50","EUR"

A long cell is shortened in the table only; JSON and CSV keep it whole.

  $ rapport engagement add sj "$(printf 'Very long title %.0s' 1 2 3 4)end" --type tm --slug long
  engagement 'long' added
  $ rapport engagement list sj
  ID  TITLE                                     SLUG        TYPE  VALUE         START  END  STATE
  1   Tax Review                                tax-review  tm    1,200.50 EUR  -      -    draft
  2   Very long title Very long title Very lo…  long        tm    -             -      -    draft
  $ rapport engagement list sj --json | grep '"title"'
      "title": "Tax Review",
      "title": "Very long title Very long title Very long title Very long title end",

An unknown format is refused with the accepted ones listed.

  $ rapport client list --format xml
  error: invalid format 'xml' for --format (expected table, json or csv) (see 'rapport client list --help')
  [2]
  $ rapport contact list --format yaml
  error: invalid format 'yaml' for --format (expected table, json or csv) (see 'rapport contact list --help')
  [2]
  $ rapport engagement list --format
  error: option '--format' needs a value (table, json or csv) (see 'rapport engagement list --help')
  [2]
