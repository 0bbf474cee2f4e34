The HTML report prints on one page, on A4 and on Letter alike, for a typical
engagement (ten action items, three deliverables, two changes, three
invoices) and for a hostile one (markup in every string, quotes, pipes,
stars and backticks, a 2,000-character word, non-ASCII names).
tests/report/pages.sh renders the hand-made models of tests/report with the
report-render helper of the build tree and prints them with headless
chromium; pdfinfo counts the pages.

  $ sh "$TESTDIR/../report/pages.sh" typical hostile
  typical: A4 1, Letter 1
  hostile: A4 1, Letter 1

A report with nothing to show is one page too.

  $ sh "$TESTDIR/../report/pages.sh" empty
  empty: A4 1, Letter 1

And the progress report that "rapport report progress" builds for the
typical engagement of tests/report/typical-engagement.sh (three
deliverables, ten action items, two changes, three payments), as it is
sent to the client.

  $ . "$TESTDIR/fixtures/active.sh"
  $ . "$TESTDIR/../report/typical-engagement.sh"
  $ rapport --today 2026-03-16 report progress shop --to 1 --format html > progress.html
  $ sh "$TESTDIR/../report/pages.sh" progress.html
  progress: A4 1, Letter 1
