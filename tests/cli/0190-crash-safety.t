An acknowledged write survives a crash of the process at any moment
(PRODUCT.md): writers are killed with SIGKILL at moments spread over their
run, some before their transaction committed and some after; every write whose
process said it succeeded is there afterwards, the database is intact and
so is the audit chain.

  $ rapport init >/dev/null
  $ rapport client add Acme >/dev/null
  $ rapport engagement add acme Web --type tm >/dev/null
  $ "$TESTDIR/../crash/kill-writers.sh" 40 2>/dev/null
  acknowledged writes: some
  killed writers: some
  acknowledged but missing: 0
  $ rapport history --verify
  the audit trail is intact
  $ rpdb check "$RAPPORT_DB"
  ok
