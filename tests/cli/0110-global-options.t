Global options: where the database is, what day it is, who acts, and the
shape of the output.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added

--db names the database and wins over RAPPORT_DB.

  $ rapport --db other.db init --name "Other Shop"
  created workspace 'Other Shop' (EUR, UTC)
  $ rapport --db other.db client add "Globex"
  client 'globex' added
  $ rapport --db other.db client list
  ID  NAME    SLUG    INDUSTRY  OWNER  STATUS
  1   Globex  globex  -         -      prospect
  $ rapport client list
  ID  NAME  SLUG  INDUSTRY  OWNER  STATUS
  1   Acme  acme  -         -      prospect

RAPPORT_DB alone names the database too.

  $ RAPPORT_DB=third.db rapport init --name "Third"
  created workspace 'Third' (EUR, UTC)
  $ test -f third.db && echo exists
  exists

With neither, the database is rapport/rapport.db under $XDG_DATA_HOME ...

  $ env -u RAPPORT_DB rapport init --name "Default"
  created workspace 'Default' (EUR, UTC)
  $ test -f home/.local/share/rapport/rapport.db && echo exists
  exists
  $ env -u RAPPORT_DB XDG_DATA_HOME="$PWD/xdg" rapport init --name "Elsewhere"
  created workspace 'Elsewhere' (EUR, UTC)
  $ test -f xdg/rapport/rapport.db && echo exists
  exists

... and under $HOME/.local/share when XDG_DATA_HOME is unset or empty.

  $ env -u RAPPORT_DB -u XDG_DATA_HOME HOME="$PWD/h2" rapport init --name "Home"
  created workspace 'Home' (EUR, UTC)
  $ test -f h2/.local/share/rapport/rapport.db && echo exists
  exists
  $ env -u RAPPORT_DB XDG_DATA_HOME= HOME="$PWD/h3" rapport init --name "Home"
  created workspace 'Home' (EUR, UTC)
  $ test -f h3/.local/share/rapport/rapport.db && echo exists
  exists

--today fixes the date that records and the audit trail carry; it wins over
RAPPORT_TODAY, which the test harness sets to 2026-03-02.

  $ rapport engagement add acme "Audit" --type tm
  engagement 'audit' added
  $ rapport engagement show audit | grep created_on
  created_on          2026-03-02
  $ rapport --today 2026-04-01 engagement add acme "Follow-up" --type tm
  engagement 'follow-up' added
  $ rapport engagement show follow-up | grep created_on
  created_on          2026-04-01
  $ RAPPORT_TODAY=2026-05-10 rapport engagement add acme "Third" --type tm
  engagement 'third' added
  $ rapport history --limit 3
  SEQ  WHEN              WHO     ACTION  RECORD        WHAT
  2    2026-03-02 00:00  tester  add     engagement 1  Audit
  3    2026-04-01 00:00  tester  add     engagement 2  Follow-up
  4    2026-05-10 00:00  tester  add     engagement 3  Third

A date that does not exist is refused, from the option or from the
environment; the message names where the bad date came from.

  $ rapport --today 2026-02-30 client add "Never"
  error: invalid date '2026-02-30' for --today (expected YYYY-MM-DD)
  [2]
  $ RAPPORT_TODAY=2026-13-01 rapport client add "Never"
  error: invalid date '2026-13-01' .*RAPPORT_TODAY.* (re)
  [2]
  $ RAPPORT_TODAY=yesterday rapport client list
  error: invalid date 'yesterday' .*RAPPORT_TODAY.* (re)
  [2]
  $ rapport client list
  ID  NAME  SLUG  INDUSTRY  OWNER  STATUS
  1   Acme  acme  -         -      prospect

--as names the actor in the audit trail; by default it is $USER.

  $ rapport --as alice client add "Initech"
  client 'initech' added
  $ rapport client edit initech --industry Software
  client 'initech' updated
  $ rapport history --limit 2
  SEQ  WHEN              WHO     ACTION  RECORD    WHAT
  5    2026-03-02 00:00  alice   add     client 2  Initech
  6    2026-03-02 00:00  tester  edit    client 2  industry: - -> Software
  $ rapport history --json --limit 2 | grep '"actor"'
      "actor": "alice",
      "actor": "tester",

--json goes before the command or after it, with the same result.

  $ rapport --json client show acme > before.json
  $ rapport client show acme --json > after.json
  $ cmp before.json after.json && echo same
  same
  $ cat after.json
  {
    "id": 1,
    "name": "Acme",
    "slug": "acme",
    "industry": null,
    "owner": null,
    "status": "prospect",
    "tags": null,
    "notes": null
  }
  $ rapport --json engagement list acme | cmp - <(rapport engagement list acme --json) && echo same
  same

--json also makes add and edit print the record as written.

  $ rapport --json client add "Umbrella" --industry Pharma
  {
    "id": 3,
    "name": "Umbrella",
    "slug": "umbrella",
    "industry": "Pharma",
    "owner": null,
    "status": "prospect",
    "tags": null,
    "notes": null
  }
  $ rapport client edit umbrella --status active --json | grep status
    "status": "active",

Tables carry no escape codes when stdout is not a terminal ...

  $ rapport engagement list | grep -c $'\e'
  0
  [1]

... and on a terminal only while NO_COLOR is unset or empty.

  $ script -qec "rapport engagement list" /dev/null | grep -q $'\e\\[' && echo coloured
  coloured
  $ NO_COLOR=1 script -qec "rapport engagement list" /dev/null | grep -c $'\e'
  0
  [1]
  $ NO_COLOR= script -qec "rapport engagement list" /dev/null | grep -q $'\e\\[' && echo coloured
  coloured

Global options are refused when their value is missing.

  $ rapport --db
  error: option '--db' needs a value (see 'rapport --help')
  [2]
  $ rapport --today
  error: option '--today' needs a value (see 'rapport --help')
  [2]
  $ rapport --as
  error: option '--as' needs a value (see 'rapport --help')
  [2]

A global option without a command shows the usage on stderr and exits 2.

  $ rapport --today 2026-04-01 2>&1 >/dev/null | head -1
  usage: rapport [--db PATH] [--today YYYY-MM-DD] [--json] [--as USER] COMMAND [ARGS]
  $ rapport --today 2026-04-01 2>/dev/null
  [2]

An empty --as would leave the audit trail without a name: it is refused.

  $ rapport --as "" client add "Nobody"
  error: .*--as.* (re)
  [2]
  $ rapport client show nobody
  error: no client 'nobody'
  [2]
