Punch-list items: fixes after delivery, reported on a day (today by
default) and fixed; a fixed item is locked.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option.

  $ rapport punch add website "Footer link to the imprint is broken" --reported 2026-02-28
  punch-list item 1 added
  $ rapport punch add website "Typo on the About page"
  punch-list item 2 added
  $ rapport --json punch add website "Logo blurry on retina screens" --reported 2026-03-01
  {
    "id": 3,
    "engagement": "website",
    "text": "Logo blurry on retina screens",
    "reported_on": "2026-03-01",
    "state": "open",
    "fixed_on": null
  }

  $ rapport punch list website
  ID  FIX                                   REPORTED    STATE  FIXED
  1   Footer link to the imprint is broken  2026-02-28  open   -
  2   Typo on the About page                2026-03-02  open   -
  3   Logo blurry on retina screens         2026-03-01  open   -
  $ rapport punch list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "text": "Footer link to the imprint is broken",
      "reported_on": "2026-02-28",
      "state": "open",
      "fixed_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "text": "Typo on the About page",
      "reported_on": "2026-03-02",
      "state": "open",
      "fixed_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "text": "Logo blurry on retina screens",
      "reported_on": "2026-03-01",
      "state": "open",
      "fixed_on": null
    }
  ]
  $ rapport punch list website --format csv
  "id","engagement","text","reported_on","state","fixed_on"
  "1","website","Footer link to the imprint is broken","2026-02-28","open",""
  "2","website","Typo on the About page","2026-03-02","open",""
  "3","website","Logo blurry on retina screens","2026-03-01","open",""
  $ rapport punch show 1
  id           1
  engagement   website
  text         Footer link to the imprint is broken
  reported_on  2026-02-28
  state        open
  fixed_on     -
  $ rapport punch show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "Typo on the About page",
    "reported_on": "2026-03-02",
    "state": "open",
    "fixed_on": null
  }

An open item may be edited.

  $ rapport punch edit 2 --text "Typo in the About page heading" --reported 2026-03-01
  punch-list item 2 updated
  $ rapport punch show 2
  id           2
  engagement   website
  text         Typo in the About page heading
  reported_on  2026-03-01
  state        open
  fixed_on     -

fix stamps the day; a fixed item cannot be fixed again or edited.

  $ rapport punch fix 1
  punch-list item 1 is now fixed
  $ rapport punch show 1
  id           1
  engagement   website
  text         Footer link to the imprint is broken
  reported_on  2026-02-28
  state        fixed
  fixed_on     2026-03-02
  $ rapport punch show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "text": "Footer link to the imprint is broken",
    "reported_on": "2026-02-28",
    "state": "fixed",
    "fixed_on": "2026-03-02"
  }
  $ rapport punch fix 1
  error: punch-list item 1 is fixed; 'fix' is allowed only when it is open
  [2]
  $ rapport punch edit 1 --text "Footer link"
  error: punch-list item 1 is fixed and locked; it can no longer be changed
  [2]
  $ rapport punch list website --state open
  ID  FIX                             REPORTED    STATE  FIXED
  2   Typo in the About page heading  2026-03-01  open   -
  3   Logo blurry on retina screens   2026-03-01  open   -
  $ rapport punch list website --state fixed --format csv
  "id","engagement","text","reported_on","state","fixed_on"
  "1","website","Footer link to the imprint is broken","2026-02-28","fixed","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport punch add website "Menu overlaps" --reported 2026/02/28
  error: invalid date '2026/02/28' for --reported (expected a date YYYY-MM-DD)
  [2]
  $ rapport punch add website "Menu overlaps" --reported 2026-02-29
  error: invalid date '2026-02-29' for --reported (expected a date YYYY-MM-DD)
  [2]
  $ rapport punch add website "$(printf 'p%.0s' $(seq 4001))"
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport punch add website ""
  error: --text must not be empty
  [2]
  $ rapport punch add website
  error: missing --text (expected text of at most 4000 characters)
  [2]
  $ rapport punch add nowhere "Menu overlaps"
  error: no engagement 'nowhere'
  [2]
  $ rapport punch fix 99
  error: no punch-list item 99
  [2]
  $ rapport punch fix 0
  error: invalid punch-list item number '0' (expected a number such as 3)
  [2]
  $ rapport punch fix -1
  error: invalid punch-list item number '-1' (expected a number such as 3)
  [2]
  $ rapport punch fix 2 --on 2026-03-01
  error: unknown option '--on' for 'rapport punch fix' (see 'rapport punch fix --help')
  [2]
  $ rapport punch list website --state done
  error: invalid state 'done' (expected one of open, fixed)
  [2]
  $ rapport history | diff before -
