Change requests: proposed with their cost and schedule impact, then approved
or rejected by a contact of the client; a decided change is locked.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; a cost may be negative (the change saves money), and
so may the schedule impact.

  $ rapport change add website "Add a blog section" --cost 2400.50 --days 10 --contingency "New requirement from marketing"
  change request 1 added
  $ rapport change add website "Drop the newsletter" --cost -500 --days -3
  change request 2 added
  $ rapport change add website "Rename the menu items"
  change request 3 added
  $ rapport --json change add website "Move the launch party"
  {
    "id": 4,
    "engagement": "website",
    "description": "Move the launch party",
    "cost": null,
    "days": null,
    "contingency": null,
    "state": "proposed",
    "proposed_on": "2026-03-02",
    "decided_by": null,
    "decided_on": null
  }

List as a table, JSON and CSV; show as text and JSON.

  $ rapport change list website
  ID  CHANGE                 COST          DAYS  STATE
  1   Add a blog section     2,400.50 EUR  10    proposed
  2   Drop the newsletter    -500.00 EUR   -3    proposed
  3   Rename the menu items  -             -     proposed
  4   Move the launch party  -             -     proposed
  $ rapport change list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "description": "Add a blog section",
      "cost": {
        "amount": "2400.50",
        "currency": "EUR"
      },
      "days": 10,
      "contingency": "New requirement from marketing",
      "state": "proposed",
      "proposed_on": "2026-03-02",
      "decided_by": null,
      "decided_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "description": "Drop the newsletter",
      "cost": {
        "amount": "-500.00",
        "currency": "EUR"
      },
      "days": -3,
      "contingency": null,
      "state": "proposed",
      "proposed_on": "2026-03-02",
      "decided_by": null,
      "decided_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "description": "Rename the menu items",
      "cost": null,
      "days": null,
      "contingency": null,
      "state": "proposed",
      "proposed_on": "2026-03-02",
      "decided_by": null,
      "decided_on": null
    },
    {
      "id": 4,
      "engagement": "website",
      "description": "Move the launch party",
      "cost": null,
      "days": null,
      "contingency": null,
      "state": "proposed",
      "proposed_on": "2026-03-02",
      "decided_by": null,
      "decided_on": null
    }
  ]
  $ rapport change list website --format csv
  "id","engagement","description","cost","days","contingency","state","proposed_on","decided_by","decided_on"
  "1","website","Add a blog section","2400.50","10","New requirement from marketing","proposed","2026-03-02","",""
  "2","website","Drop the newsletter","-500.00","-3","","proposed","2026-03-02","",""
  "3","website","Rename the menu items","","","","proposed","2026-03-02","",""
  "4","website","Move the launch party","","","","proposed","2026-03-02","",""
  $ rapport change show 1
  id           1
  engagement   website
  description  Add a blog section
  cost         2,400.50 EUR
  days         10
  contingency  New requirement from marketing
  state        proposed
  proposed_on  2026-03-02
  decided_by   -
  decided_on   -
  $ rapport change show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "description": "Drop the newsletter",
    "cost": {
      "amount": "-500.00",
      "currency": "EUR"
    },
    "days": -3,
    "contingency": null,
    "state": "proposed",
    "proposed_on": "2026-03-02",
    "decided_by": null,
    "decided_on": null
  }

A proposed change may be edited.

  $ rapport change edit 1 --cost 2500 --contingency "Marketing asked for it"
  change request 1 updated
  $ rapport change edit 3 --days 2
  change request 3 updated
  $ rapport change show 1
  id           1
  engagement   website
  description  Add a blog section
  cost         2,500.00 EUR
  days         10
  contingency  Marketing asked for it
  state        proposed
  proposed_on  2026-03-02
  decided_by   -
  decided_on   -

Approve and reject, with or without --by (a contact of this client).

  $ rapport change approve 1 --by 1
  change request 1 is now approved
  $ rapport change show 1
  id           1
  engagement   website
  description  Add a blog section
  cost         2,500.00 EUR
  days         10
  contingency  Marketing asked for it
  state        approved
  proposed_on  2026-03-02
  decided_by   1
  decided_on   2026-03-02
  $ rapport change reject 2 --by bob@acme.example
  change request 2 is now rejected
  $ rapport change show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "description": "Drop the newsletter",
    "cost": {
      "amount": "-500.00",
      "currency": "EUR"
    },
    "days": -3,
    "contingency": null,
    "state": "rejected",
    "proposed_on": "2026-03-02",
    "decided_by": 2,
    "decided_on": "2026-03-02"
  }
  $ rapport change approve 3
  change request 3 is now approved
  $ rapport change list website --state proposed
  ID  CHANGE                 COST  DAYS  STATE
  4   Move the launch party  -     -     proposed
  $ rapport change list website --state approved --format csv
  "id","engagement","description","cost","days","contingency","state","proposed_on","decided_by","decided_on"
  "1","website","Add a blog section","2500.00","10","Marketing asked for it","approved","2026-03-02","1","2026-03-02"
  "3","website","Rename the menu items","","2","","approved","2026-03-02","","2026-03-02"

A decided change cannot be decided again or edited; the message names the
state it is in and the state the verb needs.

  $ rapport change approve 1
  error: change request 1 is approved; 'approve' is allowed only when it is proposed
  [2]
  $ rapport change reject 1
  error: change request 1 is approved; 'reject' is allowed only when it is proposed
  [2]
  $ rapport change approve 2 --by 1
  error: change request 2 is rejected; 'approve' is allowed only when it is proposed
  [2]
  $ rapport change edit 1 --cost 1
  error: change request 1 is approved and locked; it can no longer be changed
  [2]
  $ rapport change edit 2 --description "Keep the newsletter"
  error: change request 2 is rejected and locked; it can no longer be changed
  [2]

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport change approve 4 --by 4
  error: no contact '4' at this client for --by (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport change approve 4 --by nobody@acme.example
  error: no contact 'nobody@acme.example' at this client for --by (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport change add website "More pages" --cost 12.345
  error: invalid amount '12.345' for --cost (expected an amount in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport change add website "More pages" --cost lots
  error: invalid amount 'lots' for --cost (expected an amount in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport change add website "More pages" --days 3651
  error: invalid number '3651' for --days (expected a whole number from -3650 to 3650)
  [2]
  $ rapport change add website "More pages" --days 1.5
  error: invalid number '1.5' for --days (expected a whole number from -3650 to 3650)
  [2]
  $ rapport change add website "More pages" --contingency "$(printf 'c%.0s' $(seq 201))"
  error: --contingency is too long (201 characters; at most 200)
  [2]
  $ rapport change add website "$(printf 'c%.0s' $(seq 4001))"
  error: --description is too long (4001 characters; at most 4000)
  [2]
  $ rapport change add website
  error: missing --description (expected text of at most 4000 characters)
  [2]
  $ rapport change add nowhere "More pages"
  error: no engagement 'nowhere'
  [2]
  $ rapport change approve 99
  error: no change request 99
  [2]
  $ rapport change reject 0
  error: invalid change request number '0' (expected a number such as 3)
  [2]
  $ rapport change show 99
  error: no change request 99
  [2]
  $ rapport change list website --state pending
  error: invalid state 'pending' (expected one of proposed, approved, rejected)
  [2]
  $ rapport change withdraw 4
  error: 'withdraw' is not a verb of 'rapport change' (see 'rapport change --help')
  [2]
  $ rapport history | diff before -
  $ rapport change list website
  ID  CHANGE                 COST          DAYS  STATE
  1   Add a blog section     2,500.00 EUR  10    approved
  2   Drop the newsletter    -500.00 EUR   -3    rejected
  3   Rename the menu items  -             2     approved
  4   Move the launch party  -             -     proposed
