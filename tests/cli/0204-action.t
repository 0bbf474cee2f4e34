Action items: who does what by when, how far along it is and what it waits
for. update records progress; done closes it at 100%.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option (the owner defaults to us); waiting on something
starts the clock of waiting_since.

  $ rapport action add website "Send the brand assets" --owner client --due 2026-03-10 --waiting-on input
  action item 1 added
  $ rapport action add website "Write the page copy" --owner us --due 2026-03-20
  action item 2 added
  $ rapport action add website "Book the launch venue"
  action item 3 added
  $ rapport --json action add website "Review the sitemap" --owner client --waiting-on review
  {
    "id": 4,
    "engagement": "website",
    "title": "Review the sitemap",
    "owner": "client",
    "state": "open",
    "due": null,
    "percent": null,
    "waiting_on": "review",
    "waiting_since": "2026-03-02",
    "created_on": "2026-03-02",
    "done_on": null
  }

  $ rapport action list website
  ID  TITLE                  OWNER   STATE  DUE         %  WAITING ON
  1   Send the brand assets  client  open   2026-03-10  -  input
  2   Write the page copy    us      open   2026-03-20  -  -
  3   Book the launch venue  us      open   -           -  -
  4   Review the sitemap     client  open   -           -  review
  $ rapport action list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "title": "Send the brand assets",
      "owner": "client",
      "state": "open",
      "due": "2026-03-10",
      "percent": null,
      "waiting_on": "input",
      "waiting_since": "2026-03-02",
      "created_on": "2026-03-02",
      "done_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "title": "Write the page copy",
      "owner": "us",
      "state": "open",
      "due": "2026-03-20",
      "percent": null,
      "waiting_on": null,
      "waiting_since": null,
      "created_on": "2026-03-02",
      "done_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "title": "Book the launch venue",
      "owner": "us",
      "state": "open",
      "due": null,
      "percent": null,
      "waiting_on": null,
      "waiting_since": null,
      "created_on": "2026-03-02",
      "done_on": null
    },
    {
      "id": 4,
      "engagement": "website",
      "title": "Review the sitemap",
      "owner": "client",
      "state": "open",
      "due": null,
      "percent": null,
      "waiting_on": "review",
      "waiting_since": "2026-03-02",
      "created_on": "2026-03-02",
      "done_on": null
    }
  ]
  $ rapport action list website --format csv
  "id","engagement","title","owner","state","due","percent","waiting_on","waiting_since","created_on","done_on"
  "1","website","Send the brand assets","client","open","2026-03-10","","input","2026-03-02","2026-03-02",""
  "2","website","Write the page copy","us","open","2026-03-20","","","","2026-03-02",""
  "3","website","Book the launch venue","us","open","","","","","2026-03-02",""
  "4","website","Review the sitemap","client","open","","","review","2026-03-02","2026-03-02",""
  $ rapport action show 1
  id             1
  engagement     website
  title          Send the brand assets
  owner          client
  state          open
  due            2026-03-10
  percent        -
  waiting_on     input
  waiting_since  2026-03-02
  created_on     2026-03-02
  done_on        -
  $ rapport action show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "title": "Write the page copy",
    "owner": "us",
    "state": "open",
    "due": "2026-03-20",
    "percent": null,
    "waiting_on": null,
    "waiting_since": null,
    "created_on": "2026-03-02",
    "done_on": null
  }

update sets the percentage, the expected date and what it waits on. A new
reason for waiting restarts waiting_since; the same one keeps it; "none"
clears both.

  $ rapport --today 2026-03-05 action update 1 --waiting-on approval
  action item 1 updated
  $ rapport action show 1
  id             1
  engagement     website
  title          Send the brand assets
  owner          client
  state          open
  due            2026-03-10
  percent        -
  waiting_on     approval
  waiting_since  2026-03-05
  created_on     2026-03-02
  done_on        -
  $ rapport --today 2026-03-07 action update 1 --waiting-on approval --percent 20
  action item 1 updated
  $ rapport action show 1
  id             1
  engagement     website
  title          Send the brand assets
  owner          client
  state          open
  due            2026-03-10
  percent        20
  waiting_on     approval
  waiting_since  2026-03-05
  created_on     2026-03-02
  done_on        -
  $ rapport action update 1 --waiting-on none
  action item 1 updated
  $ rapport action show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "title": "Send the brand assets",
    "owner": "client",
    "state": "open",
    "due": "2026-03-10",
    "percent": 20,
    "waiting_on": null,
    "waiting_since": null,
    "created_on": "2026-03-02",
    "done_on": null
  }
  $ rapport action update 2 --percent 50 --due 2026-03-25
  action item 2 updated
  $ rapport action show 2
  id             2
  engagement     website
  title          Write the page copy
  owner          us
  state          open
  due            2026-03-25
  percent        50
  waiting_on     -
  waiting_since  -
  created_on     2026-03-02
  done_on        -

edit changes any field while the item is open.

  $ rapport action edit 3 --title "Book the launch venue and catering" --owner client --due 2026-04-01
  action item 3 updated
  $ rapport action show 3
  id             3
  engagement     website
  title          Book the launch venue and catering
  owner          client
  state          open
  due            2026-04-01
  percent        -
  waiting_on     -
  waiting_since  -
  created_on     2026-03-02
  done_on        -

done sets the percentage to 100, clears what it waited on and stamps the
day; a done item is locked.

  $ rapport action done 2
  action item 2 is now done
  $ rapport action show 2
  id             2
  engagement     website
  title          Write the page copy
  owner          us
  state          done
  due            2026-03-25
  percent        100
  waiting_on     -
  waiting_since  -
  created_on     2026-03-02
  done_on        2026-03-02
  $ rapport action done 4
  action item 4 is now done
  $ rapport action show 4 --json
  {
    "id": 4,
    "engagement": "website",
    "title": "Review the sitemap",
    "owner": "client",
    "state": "done",
    "due": null,
    "percent": 100,
    "waiting_on": null,
    "waiting_since": null,
    "created_on": "2026-03-02",
    "done_on": "2026-03-02"
  }
  $ rapport action done 2
  error: action item 2 is done; 'done' is allowed only when it is open
  [2]
  $ rapport action update 2 --percent 10
  error: action item 2 is done; 'update' is allowed only when it is open
  [2]
  $ rapport action edit 2 --title "Rewrite the page copy"
  error: action item 2 is done and locked; it can no longer be changed
  [2]
  $ rapport action list website --state open
  ID  TITLE                               OWNER   STATE  DUE         %   WAITING ON
  1   Send the brand assets               client  open   2026-03-10  20  -
  3   Book the launch venue and catering  client  open   2026-04-01  -   -
  $ rapport action list website --state done --format csv
  "id","engagement","title","owner","state","due","percent","waiting_on","waiting_since","created_on","done_on"
  "2","website","Write the page copy","us","done","2026-03-25","100","","","2026-03-02","2026-03-02"
  "4","website","Review the sitemap","client","done","","100","","","2026-03-02","2026-03-02"

An update that changes nothing is refused and leaves no trace in the
history.

  $ rapport history > before
  $ rapport action update 1
  error: nothing to change (give at least one of --percent, --due, --waiting-on)
  [2]
  $ rapport history | diff before -

Bad input is refused with exit 2 and writes nothing. --waiting-on accepts
"none", so its error message says so.

  $ rapport history > before
  $ rapport action update 1 --waiting-on lunch
  error: invalid value 'lunch' for --waiting-on (expected one of resource, approval, review, input or none)
  [2]
  $ rapport action update 1 --percent 101
  error: invalid number '101' for --percent (expected a whole number from 0 to 100)
  [2]
  $ rapport action update 1 --percent -1
  error: invalid number '-1' for --percent (expected a whole number from 0 to 100)
  [2]
  $ rapport action update 1 --percent half
  error: invalid number 'half' for --percent (expected a whole number from 0 to 100)
  [2]
  $ rapport action update 1 --due 2026-02-29
  error: invalid date '2026-02-29' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport action update 99 --percent 10
  error: no action item 99
  [2]
  $ rapport action done 99
  error: no action item 99
  [2]
  $ rapport action add website "Print flyers" --owner them
  error: invalid value 'them' for --owner (expected one of us, client)
  [2]
  $ rapport action add website "Print flyers" --waiting-on money
  error: invalid value 'money' for --waiting-on (expected one of resource, approval, review, input or none)
  [2]
  $ rapport action add website "Print flyers" --due 2026-3-1
  error: invalid date '2026-3-1' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport action add website "$(printf 'a%.0s' $(seq 201))"
  error: --title is too long (201 characters; at most 200)
  [2]
  $ rapport action add nowhere "Print flyers"
  error: no engagement 'nowhere'
  [2]
  $ rapport action add website "Print flyers" --bogus
  error: unknown option '--bogus' for 'rapport action add' (see 'rapport action add --help')
  [2]
  $ rapport action list website --state late
  error: invalid state 'late' (expected one of open, done)
  [2]
  $ rapport history | diff before -
