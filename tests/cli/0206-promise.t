Promises: what we said we would do ("I'll get back to you"), to whom and by
when; keep records that we did. --due is required.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; --to is a contact of the engagement's client.

  $ rapport promise add website "Send the revised quote" --to ana@acme.example --due 2026-03-04
  promise 1 added
  $ rapport promise add website "Call back about hosting" --due 2026-03-03
  promise 2 added
  $ rapport --json promise add website "Share the test plan" --to 3 --due 2026-03-09
  {
    "id": 3,
    "engagement": "website",
    "text": "Share the test plan",
    "to_contact": 3,
    "due": "2026-03-09",
    "state": "open",
    "made_on": "2026-03-02",
    "kept_on": null
  }

  $ rapport promise list website
  ID  PROMISE                  TO  DUE         STATE
  1   Send the revised quote   1   2026-03-04  open
  2   Call back about hosting  -   2026-03-03  open
  3   Share the test plan      3   2026-03-09  open
  $ rapport promise list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "text": "Send the revised quote",
      "to_contact": 1,
      "due": "2026-03-04",
      "state": "open",
      "made_on": "2026-03-02",
      "kept_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "text": "Call back about hosting",
      "to_contact": null,
      "due": "2026-03-03",
      "state": "open",
      "made_on": "2026-03-02",
      "kept_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "text": "Share the test plan",
      "to_contact": 3,
      "due": "2026-03-09",
      "state": "open",
      "made_on": "2026-03-02",
      "kept_on": null
    }
  ]
  $ rapport promise list website --format csv
  "id","engagement","text","to_contact","due","state","made_on","kept_on"
  "1","website","Send the revised quote","1","2026-03-04","open","2026-03-02",""
  "2","website","Call back about hosting","","2026-03-03","open","2026-03-02",""
  "3","website","Share the test plan","3","2026-03-09","open","2026-03-02",""
  $ rapport promise show 1
  id          1
  engagement  website
  text        Send the revised quote
  to_contact  1
  due         2026-03-04
  state       open
  made_on     2026-03-02
  kept_on     -
  $ rapport promise show 3 --json
  {
    "id": 3,
    "engagement": "website",
    "text": "Share the test plan",
    "to_contact": 3,
    "due": "2026-03-09",
    "state": "open",
    "made_on": "2026-03-02",
    "kept_on": null
  }

An open promise may be edited.

  $ rapport promise edit 2 --due 2026-03-05 --to 2
  promise 2 updated
  $ rapport promise show 2
  id          2
  engagement  website
  text        Call back about hosting
  to_contact  2
  due         2026-03-05
  state       open
  made_on     2026-03-02
  kept_on     -

keep stamps the day; a kept promise cannot be kept again or edited.

  $ rapport promise keep 1
  promise 1 is now kept
  $ rapport promise show 1
  id          1
  engagement  website
  text        Send the revised quote
  to_contact  1
  due         2026-03-04
  state       kept
  made_on     2026-03-02
  kept_on     2026-03-02
  $ rapport promise keep 1
  error: promise 1 is kept; 'keep' is allowed only when it is open
  [2]
  $ rapport promise edit 1 --due 2026-03-10
  error: promise 1 is kept and locked; it can no longer be changed
  [2]
  $ rapport promise list website --state open
  ID  PROMISE                  TO  DUE         STATE
  2   Call back about hosting  2   2026-03-05  open
  3   Share the test plan      3   2026-03-09  open
  $ rapport promise list website --state kept --format csv
  "id","engagement","text","to_contact","due","state","made_on","kept_on"
  "1","website","Send the revised quote","1","2026-03-04","kept","2026-03-02","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport promise add website "Send the invoice"
  error: missing --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport promise add website "Send the invoice" --due ""
  error: invalid date '' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport promise add website "Send the invoice" --due 03/04/2026
  error: invalid date '03/04/2026' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport promise add website "Send the invoice" --due 2026-03-04 --to 4
  error: no contact '4' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport promise add website "Send the invoice" --due 2026-03-04 --to carl@acme.example
  error: no contact 'carl@acme.example' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport promise add website "$(printf 'p%.0s' $(seq 4001))" --due 2026-03-04
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport promise add nowhere "Send the invoice" --due 2026-03-04
  error: no engagement 'nowhere'
  [2]
  $ rapport promise edit 2 --due ""
  error: invalid date '' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport promise edit 2 --text ""
  error: --text must not be empty
  [2]
  $ rapport promise keep 99
  error: no promise 99
  [2]
  $ rapport promise keep 2 --on 2026-03-01
  error: unknown option '--on' for 'rapport promise keep' (see 'rapport promise keep --help')
  [2]
  $ rapport promise list website --state broken
  error: invalid state 'broken' (expected one of open, kept)
  [2]
  $ rapport history | diff before -
