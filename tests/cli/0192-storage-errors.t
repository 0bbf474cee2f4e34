The storage fails with a clear message and exit 3, and never shows a
password (PRODUCT.md, Storage).  The same on both backends: a server that
cannot be reached, a database without the schema of rapport (no workspace
yet, exit 2, as a missing file on SQLite) and a schema newer than this
rapport.

  $ rapport --db postgres://rapport:secret@127.0.0.1:1/nowhere client list
  error: cannot open 'postgres://rapport:***@127.0.0.1:1/nowhere': connection to server at "127.0.0.1", port 1 failed: Connection refused
  [3]
  $ rapport --db postgresql://127.0.0.1:1/nowhere init
  error: cannot open 'postgresql://127.0.0.1:1/nowhere': connection to server at "127.0.0.1", port 1 failed: Connection refused
  [3]

An empty database is no workspace until "rapport init" makes one there.

  $ rpdb new empty
  $ rapport --db "$(rpdb target empty)" client list
  error: no rapport database at '.*' \(run 'rapport init'\) (re)
  [2]
  $ rapport --db "$(rpdb target empty)" init --name "Team"
  created workspace 'Team' (EUR, UTC)
  $ rapport --db "$(rpdb target empty)" client add "Acme" > /dev/null
  $ rapport --db "$(rpdb target empty)" client list
  ID  NAME  SLUG  INDUSTRY  OWNER  STATUS
  1   Acme  acme  -         -      prospect

A schema newer than this rapport is refused, whatever the command, and the
database is left as it was.

  $ rpdb set-version empty 999
  $ rapport --db "$(rpdb target empty)" client list
  error: database schema version 999 is newer than this rapport knows \(\d+\); upgrade rapport (re)
  [3]
  $ rapport --db "$(rpdb target empty)" init
  error: database schema version 999 is newer than this rapport knows \(\d+\); upgrade rapport (re)
  [3]
  $ rpdb sql empty "SELECT name FROM client"
  Acme
