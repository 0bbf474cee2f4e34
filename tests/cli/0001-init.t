rapport init creates the workspace once; a second run changes nothing.

  $ rapport init --name "Northwind Consulting" --currency EUR --timezone Europe/Berlin
  created workspace 'Northwind Consulting' (EUR, Europe/Berlin)
  $ rapport init
  workspace 'Northwind Consulting' exists already; nothing changed
  $ rapport --json init
  {
    "name": "Northwind Consulting",
    "currency": "EUR",
    "timezone": "Europe/Berlin",
    "created": false
  }

Commands other than init need a workspace.

  $ rapport --db other.db client list
  error: no rapport database at 'other.db' (run 'rapport init')
  [2]
  $ test -e other.db
  [1]

Bad input to init is refused and creates nothing.

  $ rapport --db fresh.db init --currency EURO
  error: invalid currency 'EURO' (expected an ISO 4217 code such as EUR)
  [2]
  $ rapport --db fresh.db client list
  error: no workspace in this database yet (run 'rapport init')
  [2]
