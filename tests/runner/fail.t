Self-test for tests/run: most commands here fail on purpose.

  $ echo actual
  expected
  $ rapport fail
  rapport fail
  rapport: failing on purpose

A failure does not stop the file:

  $ echo still runs
  still runs
  $ echo 123; echo wrong
  \d+ (re)
  right
  $ sleep 30
  $ echo '$ not a command'; echo '[2]'

  stray expected output outside a command
