history --verify finds any change made to the audit trail behind rapport's
back, names the first event at fault and exits 1.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added
  $ rapport client add "Globex"
  client 'globex' added
  $ rapport engagement add acme "Website Relaunch" --type fixed --slug web --value 24000
  engagement 'web' added
  $ rapport engagement edit web --value 26000
  engagement 'web' updated
  $ rapport client edit globex --industry Retail
  client 'globex' updated
  $ rapport history --verify
  the audit trail is intact
  $ rpdb copy "$RAPPORT_DB" pristine

Someone rewrites who made event 2.

  $ rpdb sql "$RAPPORT_DB" "UPDATE audit SET actor='mallory' WHERE seq=2"
  $ rapport history --verify
  error: the audit trail is broken at event 2
  [1]
  $ rapport --json history --verify
  {
    "intact": false,
    "first_bad": 2
  }
  error: the audit trail is broken at event 2
  [1]
  $ rapport history web --verify
  error: the audit trail is broken at event 2
  [1]

Later writes do not mend the break.

  $ rapport client add "Initech"
  client 'initech' added
  $ rapport history --verify
  error: the audit trail is broken at event 2
  [1]

The untouched copy is still intact.

  $ rapport --db "$(rpdb target pristine)" history --verify
  the audit trail is intact

A change to the recorded values of an event is found too.

  $ rpdb copy pristine t1
  $ rpdb sql t1 "UPDATE audit SET after=replace(after, '26000', '16000') WHERE seq=4"
  $ rapport --db "$(rpdb target t1)" history --verify
  error: the audit trail is broken at event 4
  [1]

Deleting an event in the middle leaves a gap, reported at the missing event.

  $ rpdb copy pristine t2
  $ rpdb sql t2 "DELETE FROM audit WHERE seq=3"
  $ rapport --db "$(rpdb target t2)" history --verify
  error: the audit trail is broken at event 3
  [1]

Deleting the last event is found as well: the workspace remembers how far
the trail went.

  $ rpdb copy pristine t3
  $ rpdb sql t3 "DELETE FROM audit WHERE seq=(SELECT max(seq) FROM audit)"
  $ rapport --db "$(rpdb target t3)" history --verify
  error: the audit trail is broken: it ends at event 4 but the workspace's last event is 5
  [1]
  $ rapport --db "$(rpdb target t3)" history --limit 1
  SEQ  WHEN              WHO     ACTION  RECORD        WHAT
  4    2026-03-02 00:00  tester  edit    engagement 1  value: 24000.00 EUR -> 26000.00 EUR

Even when the remembered count is rolled back with it, the missing last
event is found, and the message does not contradict itself (it must not
say the trail "ends at event N but the last event is N").

  $ rpdb copy pristine t4
  $ rpdb sql t4 "DELETE FROM audit WHERE seq=(SELECT max(seq) FROM audit); UPDATE workspace SET audit_seq=audit_seq-1"
  $ rapport --db "$(rpdb target t4)" history --verify
  error: the audit trail is broken(?!.*ends at event (\d+) but the workspace's last event is \1\b).* (re)
  [1]

Emptying the trail is not an intact trail.

  $ rpdb copy pristine t5
  $ rpdb sql t5 "DELETE FROM audit"
  $ rapport --db "$(rpdb target t5)" history --verify
  error: the audit trail is broken: it ends at event 0 but the workspace's last event is 5
  [1]
