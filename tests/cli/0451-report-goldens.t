Both reports of the typical engagement (tests/report/typical-engagement.sh
on fixtures/active.sh), two weeks after its kickoff, in every format, byte
for byte as the golden files in tests/golden/ (regenerated on purpose only,
by tests/golden/update).

  $ . "$TESTDIR/fixtures/active.sh"
  $ . "$TESTDIR/../report/typical-engagement.sh"
  $ for kind in progress closeout; do
  >   for format in text md html json; do
  >     rapport --today 2026-03-16 report $kind shop --to 1 --format $format > $kind.$format
  >     cmp -s $kind.$format "$TESTDIR/../golden/$kind.$format" || echo "$kind.$format differs from tests/golden"
  >   done
  > done

The close-out's checklist counts every close check; nothing in the HTML is
a script.

  $ grep 'checks pass' closeout.text
  7 of 14 checks pass.
  $ grep -ci '<script' progress.html closeout.html
  progress.html:0
  closeout.html:0
  [1]
