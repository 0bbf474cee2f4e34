Exit codes: 0 ok, 1 a check found a problem, 2 usage or bad input (nothing
written), 3 storage or system error.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added
  $ rapport engagement add acme "Website Relaunch" --type fixed --slug web
  engagement 'web' added

0: success, and help or version asked for.

  $ rapport client list > /dev/null
  $ rapport --help | head -1
  usage: rapport [--db PATH] [--today YYYY-MM-DD] [--json] [--as USER] COMMAND [ARGS]
  $ rapport help | head -1
  usage: rapport [--db PATH] [--today YYYY-MM-DD] [--json] [--as USER] COMMAND [ARGS]
  $ rapport version
  rapport 0.1.0
  $ rapport --help > /dev/null
  $ rapport client help > /dev/null

2: a command that does not exist, or a verb that does not.

  $ rapport frobnicate
  error: 'frobnicate' is not a rapport command (see 'rapport --help')
  [2]
  $ rapport client frob
  error: 'frob' is not a verb of 'rapport client' (see 'rapport client --help')
  [2]
  $ rapport engagement delete web
  error: 'delete' is not a verb of 'rapport engagement' (see 'rapport engagement --help')
  [2]

2: a command or verb called without what it needs.

  $ rapport 2>&1 | head -1
  usage: rapport [--db PATH] [--today YYYY-MM-DD] [--json] [--as USER] COMMAND [ARGS]
  $ rapport 2>/dev/null
  [2]
  $ rapport client 2>&1 | head -1
  usage: rapport client VERB ...
  $ rapport client 2>/dev/null
  [2]
  $ rapport client show
  error: missing the client to show (SLUG) (see 'rapport client show --help')
  [2]
  $ rapport contact add acme
  error: missing --name (expected text of at most 200 characters)
  [2]
  $ rapport engagement add acme
  error: missing --title (expected text of at most 200 characters)
  [2]
  $ rapport engagement add acme "No Type"
  error: missing --type (expected one of fixed, tm, retainer)
  [2]

2: an unknown option, before or after the command.

  $ rapport --verbose client list
  error: unknown option '--verbose' (see 'rapport --help')
  [2]
  $ rapport client list --verbose
  error: unknown option '--verbose' for 'rapport client list' (see 'rapport client list --help')
  [2]
  $ rapport engagement add acme "X" --type fixed --colour blue
  error: unknown option '--colour' for 'rapport engagement add' (see 'rapport engagement add --help')
  [2]

2: an option without its value, at the end or followed by another option.

  $ rapport client add "Globex" --industry
  error: option '--industry' needs a value (text of at most 200 characters) (see 'rapport client add --help')
  [2]
  $ rapport engagement add acme "X" --type
  error: option '--type' needs a value (one of fixed, tm, retainer) (see 'rapport engagement add --help')
  [2]
  $ rapport engagement list --state
  error: option '--state' needs a value (one of draft, active, on_hold, delivered, closing, closed, terminated) (see 'rapport engagement list --help')
  [2]
  $ rapport engagement list --format
  error: option '--format' needs a value (table, json or csv) (see 'rapport engagement list --help')
  [2]

2: an argument too many.

  $ rapport client add "Globex" "Corp"
  error: unexpected argument 'Corp' for 'rapport client add' (see 'rapport client add --help')
  [2]
  $ rapport client list acme
  error: unexpected argument 'acme' for 'rapport client list' (see 'rapport client list --help')
  [2]
  $ rapport client show acme web
  error: unexpected argument 'web' for 'rapport client show' (see 'rapport client show --help')
  [2]
  $ rapport engagement show web extra
  error: unexpected argument 'extra' for 'rapport engagement show' (see 'rapport engagement show --help')
  [2]
  $ rapport contact show 1 2
  error: unexpected argument '2' for 'rapport contact show' (see 'rapport contact show --help')
  [2]
  $ rapport history web extra
  error: unexpected argument 'extra' for 'rapport history' (see 'rapport history --help')
  [2]

None of the refused commands above wrote anything.

  $ rapport history | wc -l
  3

1: a check or a gate that finds blockers (nothing is written); a check that
finds none, and the portfolio, exit 0.

  $ rapport check web > /dev/null
  [1]
  $ rapport kickoff web > /dev/null 2>&1
  [1]
  $ rapport history | wc -l
  3
  $ rapport check web --all > /dev/null
  [1]
  $ rapport status > /dev/null

2: the server refuses a bad address or thread count before it opens
anything, naming the option and the accepted form.

  $ rapport serve --listen localhost
  error: invalid address 'localhost' for --listen (expected ADDR:PORT, e.g. 127.0.0.1:8080)
  [2]
  $ rapport serve --threads 0
  error: invalid number '0' for --threads (expected 1 to 64) (see 'rapport serve --help')
  [2]
  $ rapport engagement show web | grep state
  state               draft

"rapport COMMAND --help works everywhere" (CLI.md), the server's included.

  $ rapport serve --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport serve .* (re)

  $ rapport check --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport check .* (re)
  $ rapport status --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport status.* (re)

1: a check that finds a problem, here a broken audit trail.

  $ rapport history --verify
  the audit trail is intact
  $ rpdb sql "$RAPPORT_DB" "UPDATE audit SET actor='mallory' WHERE seq=1"
  $ rapport history --verify
  error: the audit trail is broken at event 1
  [1]

3: the database cannot be opened: a directory, or a file that is not a
database.

  $ mkdir adir
  $ rapport --db adir client list
  error: cannot open 'adir': unable to open database file
  [3]
  $ echo "not a database" > junk.db
  $ rapport --db junk.db client list
  error: cannot open 'junk.db': file is not a database
  [3]
  $ rapport --db junk.db init
  error: cannot open 'junk.db': file is not a database
  [3]
  $ cat junk.db
  not a database

2 when there is no workspace to work on: the user has to run init first.

  $ rapport --db missing.db client list
  error: no rapport database at 'missing.db' (run 'rapport init')
  [2]
  $ test -e missing.db
  [1]
