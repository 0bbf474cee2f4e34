Deliverables: adding them with every option, listing and showing them, and
the sign-off state machine planned -> in_progress -> submitted -> accepted |
rejected, with waive as the way out. The shared fixture gives client acme
with contacts 1 Ana (may sign off), 2 Bob (may not) and 3 Cleo (may sign
off), client globex with contact 4 Gus, and the engagement website.

  $ . "$TESTDIR/fixtures/base.sh"

Add a deliverable with every option; the reviewer is named by number or by
e-mail address (in any case).

  $ rapport deliverable add website "Design mock-ups" --accept "Client approves three screens" --estimate 40 --assume "Two review rounds" --due 2026-03-20 --reviewer 1
  deliverable 1 added
  $ rapport deliverable add website "Build the site" --reviewer BOB@ACME.EXAMPLE
  deliverable 2 added
  $ rapport deliverable add website --title "Launch"
  deliverable 3 added
  $ rapport --json deliverable add website "Training" --estimate 0
  {
    "id": 4,
    "engagement": "website",
    "title": "Training",
    "accept": null,
    "estimate_hours": 0,
    "assumptions": null,
    "due": null,
    "state": "planned",
    "reviewer": null,
    "submitted_on": null,
    "signed_off_by": null,
    "signed_off_on": null,
    "signoff_comment": null,
    "delivered_on": null,
    "waive_reason": null
  }

The list as a table, as JSON and as CSV; --state filters it, and without an
engagement every engagement's deliverables are listed.

  $ rapport deliverable list website
  ID  TITLE            DUE         STATE    REVIEWER
  1   Design mock-ups  2026-03-20  planned  1
  2   Build the site   -           planned  2
  3   Launch           -           planned  -
  4   Training         -           planned  -
  $ rapport deliverable list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "title": "Design mock-ups",
      "accept": "Client approves three screens",
      "estimate_hours": 40,
      "assumptions": "Two review rounds",
      "due": "2026-03-20",
      "state": "planned",
      "reviewer": 1,
      "submitted_on": null,
      "signed_off_by": null,
      "signed_off_on": null,
      "signoff_comment": null,
      "delivered_on": null,
      "waive_reason": null
    },
    {
      "id": 2,
      "engagement": "website",
      "title": "Build the site",
      "accept": null,
      "estimate_hours": null,
      "assumptions": null,
      "due": null,
      "state": "planned",
      "reviewer": 2,
      "submitted_on": null,
      "signed_off_by": null,
      "signed_off_on": null,
      "signoff_comment": null,
      "delivered_on": null,
      "waive_reason": null
    },
    {
      "id": 3,
      "engagement": "website",
      "title": "Launch",
      "accept": null,
      "estimate_hours": null,
      "assumptions": null,
      "due": null,
      "state": "planned",
      "reviewer": null,
      "submitted_on": null,
      "signed_off_by": null,
      "signed_off_on": null,
      "signoff_comment": null,
      "delivered_on": null,
      "waive_reason": null
    },
    {
      "id": 4,
      "engagement": "website",
      "title": "Training",
      "accept": null,
      "estimate_hours": 0,
      "assumptions": null,
      "due": null,
      "state": "planned",
      "reviewer": null,
      "submitted_on": null,
      "signed_off_by": null,
      "signed_off_on": null,
      "signoff_comment": null,
      "delivered_on": null,
      "waive_reason": null
    }
  ]
  $ rapport deliverable list website --format csv
  "id","engagement","title","accept","estimate_hours","assumptions","due","state","reviewer","submitted_on","signed_off_by","signed_off_on","signoff_comment","delivered_on","waive_reason"
  "1","website","Design mock-ups","Client approves three screens","40","Two review rounds","2026-03-20","planned","1","","","","","",""
  "2","website","Build the site","","","","","planned","2","","","","","",""
  "3","website","Launch","","","","","planned","","","","","","",""
  "4","website","Training","","0","","","planned","","","","","","",""
  $ rapport deliverable list website --state planned --format csv
  "id","engagement","title","accept","estimate_hours","assumptions","due","state","reviewer","submitted_on","signed_off_by","signed_off_on","signoff_comment","delivered_on","waive_reason"
  "1","website","Design mock-ups","Client approves three screens","40","Two review rounds","2026-03-20","planned","1","","","","","",""
  "2","website","Build the site","","","","","planned","2","","","","","",""
  "3","website","Launch","","","","","planned","","","","","","",""
  "4","website","Training","","0","","","planned","","","","","","",""
  $ rapport deliverable list
  ID  ENG      TITLE            DUE         STATE    REVIEWER
  1   website  Design mock-ups  2026-03-20  planned  1
  2   website  Build the site   -           planned  2
  3   website  Launch           -           planned  -
  4   website  Training         -           planned  -

Show one, as text and as JSON (the global --json works too).

  $ rapport deliverable show 1
  id               1
  engagement       website
  title            Design mock-ups
  accept           Client approves three screens
  estimate_hours   40
  assumptions      Two review rounds
  due              2026-03-20
  state            planned
  reviewer         1
  submitted_on     -
  signed_off_by    -
  signed_off_on    -
  signoff_comment  -
  delivered_on     -
  waive_reason     -
  $ rapport deliverable show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "title": "Design mock-ups",
    "accept": "Client approves three screens",
    "estimate_hours": 40,
    "assumptions": "Two review rounds",
    "due": "2026-03-20",
    "state": "planned",
    "reviewer": 1,
    "submitted_on": null,
    "signed_off_by": null,
    "signed_off_on": null,
    "signoff_comment": null,
    "delivered_on": null,
    "waive_reason": null
  }
  $ rapport --json deliverable show 2
  {
    "id": 2,
    "engagement": "website",
    "title": "Build the site",
    "accept": null,
    "estimate_hours": null,
    "assumptions": null,
    "due": null,
    "state": "planned",
    "reviewer": 2,
    "submitted_on": null,
    "signed_off_by": null,
    "signed_off_on": null,
    "signoff_comment": null,
    "delivered_on": null,
    "waive_reason": null
  }

Edit while it is planned; an empty value clears an optional field.

  $ rapport deliverable edit 2 --accept "All pages pass the checklist" --estimate 120 --due 2026-05-15
  deliverable 2 updated
  $ rapport deliverable edit 4 --estimate ""
  deliverable 4 updated
  $ rapport deliverable show 4
  id               4
  engagement       website
  title            Training
  accept           -
  estimate_hours   -
  assumptions      -
  due              -
  state            planned
  reviewer         -
  submitted_on     -
  signed_off_by    -
  signed_off_on    -
  signoff_comment  -
  delivered_on     -
  waive_reason     -
  $ rapport deliverable edit 4
  error: nothing to change (give at least one field)
  [2]
  $ rapport deliverable edit 4 --title ""
  error: --title must not be empty
  [2]

Accepting or rejecting needs a submitted deliverable; the refusal names the
current state and the allowed ones.

  $ rapport deliverable accept 1
  error: deliverable 1 is planned; 'accept' is allowed only when it is submitted
  [2]
  $ rapport deliverable reject 1 --comment "Too dark"
  error: deliverable 1 is planned; 'reject' is allowed only when it is submitted
  [2]
  $ rapport deliverable start 1
  deliverable 1 is now in_progress
  $ rapport deliverable start 1
  error: deliverable 1 is in_progress; 'start' is allowed only when it is planned, rejected
  [2]
  $ rapport deliverable submit 1
  deliverable 1 is now submitted
  $ rapport deliverable submit 1
  error: deliverable 1 is submitted; 'submit' is allowed only when it is planned, in_progress, rejected
  [2]

Rejection needs a comment and someone with sign-off authority: by default
the reviewer, else --by. Bob may not sign off, Gus works for another client.

  $ rapport deliverable reject 1
  error: missing --comment (expected text of at most 4000 characters)
  [2]
  $ rapport deliverable reject 1 --by 2 --comment "Too dark"
  error: contact 2 'Bob Stone' has no sign-off authority (grant it with 'rapport contact edit 2 --signoff')
  [2]
  $ rapport deliverable reject 1 --by 4 --comment "Too dark"
  error: no contact '4' at this client for --by (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport deliverable reject 1 --by nobody@acme.example --comment "Too dark"
  error: no contact 'nobody@acme.example' at this client for --by (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport deliverable reject 1 --comment "Too dark"
  deliverable 1 is now rejected
  $ rapport deliverable show 1
  id               1
  engagement       website
  title            Design mock-ups
  accept           Client approves three screens
  estimate_hours   40
  assumptions      Two review rounds
  due              2026-03-20
  state            rejected
  reviewer         1
  submitted_on     2026-03-02
  signed_off_by    1
  signed_off_on    2026-03-02
  signoff_comment  Too dark
  delivered_on     -
  waive_reason     -

A rejected deliverable goes back to work (start) or straight to review
(submit); accepting it records who and when, and the deliverable date.

  $ rapport deliverable start 1
  deliverable 1 is now in_progress
  $ rapport deliverable submit 1
  deliverable 1 is now submitted
  $ rapport deliverable accept 1 --by cleo@acme.example --comment "Lovely"
  deliverable 1 is now accepted
  $ rapport deliverable show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "title": "Design mock-ups",
    "accept": "Client approves three screens",
    "estimate_hours": 40,
    "assumptions": "Two review rounds",
    "due": "2026-03-20",
    "state": "accepted",
    "reviewer": 1,
    "submitted_on": "2026-03-02",
    "signed_off_by": 3,
    "signed_off_on": "2026-03-02",
    "signoff_comment": "Lovely",
    "delivered_on": "2026-03-02",
    "waive_reason": null
  }

An accepted deliverable is locked: no edit (that needs a change request), no
verb leads out of it.

  $ rapport deliverable edit 1 --title "Design mock-ups v2"
  error: deliverable 1 is accepted and locked; changing it needs a change request
  [2]
  $ rapport deliverable accept 1
  error: deliverable 1 is accepted; 'accept' is allowed only when it is submitted
  [2]
  $ rapport deliverable reject 1 --comment "Changed our mind"
  error: deliverable 1 is accepted; 'reject' is allowed only when it is submitted
  [2]
  $ rapport deliverable waive 1 --reason "No longer needed"
  error: deliverable 1 is accepted; 'waive' is allowed only when it is planned, in_progress, submitted, rejected
  [2]
  $ rapport deliverable start 1
  error: deliverable 1 is accepted; 'start' is allowed only when it is planned, rejected
  [2]
  $ rapport deliverable submit 1
  error: deliverable 1 is accepted; 'submit' is allowed only when it is planned, in_progress, rejected
  [2]

A reviewer without sign-off authority cannot accept; someone who has it can.

  $ rapport deliverable submit 2
  deliverable 2 is now submitted
  $ rapport deliverable accept 2
  error: contact 2 'Bob Stone' has no sign-off authority (grant it with 'rapport contact edit 2 --signoff')
  [2]
  $ rapport deliverable accept 2 --by 1
  deliverable 2 is now accepted
  $ rapport deliverable show 2
  id               2
  engagement       website
  title            Build the site
  accept           All pages pass the checklist
  estimate_hours   120
  assumptions      -
  due              2026-05-15
  state            accepted
  reviewer         2
  submitted_on     2026-03-02
  signed_off_by    1
  signed_off_on    2026-03-02
  signoff_comment  -
  delivered_on     2026-03-02
  waive_reason     -

Without a reviewer, --by is needed.

  $ rapport deliverable submit 3
  deliverable 3 is now submitted
  $ rapport deliverable accept 3
  error: deliverable 3 has no reviewer: say who signs off with --by CONTACT
  [2]

Waiving needs a reason; a waived deliverable is locked too.

  $ rapport deliverable waive 3
  error: missing --reason (expected text of at most 4000 characters)
  [2]
  $ rapport deliverable waive 3 --reason "Client launches it themselves"
  deliverable 3 is now waived
  $ rapport deliverable show 3
  id               3
  engagement       website
  title            Launch
  accept           -
  estimate_hours   -
  assumptions      -
  due              -
  state            waived
  reviewer         -
  submitted_on     2026-03-02
  signed_off_by    -
  signed_off_on    -
  signoff_comment  -
  delivered_on     -
  waive_reason     Client launches it themselves
  $ rapport deliverable edit 3 --due 2026-06-01
  error: deliverable 3 is waived and locked; changing it needs a change request
  [2]
  $ rapport deliverable start 3
  error: deliverable 3 is waived; 'start' is allowed only when it is planned, rejected
  [2]
  $ rapport deliverable waive 4 --reason "Covered by the manual"
  deliverable 4 is now waived
  $ rapport deliverable list website
  ID  TITLE            DUE         STATE     REVIEWER
  1   Design mock-ups  2026-03-20  accepted  1
  2   Build the site   2026-05-15  accepted  2
  3   Launch           -           waived    -
  4   Training         -           waived    -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport deliverable add website "Copy" --due 2026-02-30
  error: invalid date '2026-02-30' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport deliverable add website "Copy" --due tomorrow
  error: invalid date 'tomorrow' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport deliverable add website "Copy" --estimate 1.5
  error: invalid number '1.5' for --estimate (expected a whole number from 0 to 1000000)
  [2]
  $ rapport deliverable add website "Copy" --estimate -1
  error: invalid number '-1' for --estimate (expected a whole number from 0 to 1000000)
  [2]
  $ rapport deliverable add website "Copy" --estimate 1000001
  error: invalid number '1000001' for --estimate (expected a whole number from 0 to 1000000)
  [2]
  $ rapport deliverable add website "$(printf 'x%.0s' $(seq 201))"
  error: --title is too long (201 characters; at most 200)
  [2]
  $ rapport deliverable add website "Copy" --accept "$(printf 'x%.0s' $(seq 4001))"
  error: --accept is too long (4001 characters; at most 4000)
  [2]
  $ rapport deliverable add website ""
  error: --title must not be empty
  [2]
  $ rapport deliverable add website
  error: missing --title (expected text of at most 200 characters)
  [2]
  $ rapport deliverable add nowhere "Copy"
  error: no engagement 'nowhere'
  [2]
  $ rapport deliverable add website "Copy" --reviewer 4
  error: no contact '4' at this client for --reviewer (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport deliverable add website "Copy" --colour red
  error: unknown option '--colour' for 'rapport deliverable add' (see 'rapport deliverable add --help')
  [2]
  $ rapport deliverable add website "Copy" "More"
  error: unexpected argument 'More' for 'rapport deliverable add' (see 'rapport deliverable add --help')
  [2]
  $ rapport deliverable edit 99 --title "Copy"
  error: no deliverable 99
  [2]
  $ rapport deliverable start 99
  error: no deliverable 99
  [2]
  $ rapport deliverable show 99
  error: no deliverable 99
  [2]
  $ rapport deliverable start first
  error: invalid deliverable number 'first' (expected a number such as 3)
  [2]
  $ rapport deliverable list website --state done
  error: invalid state 'done' (expected one of planned, in_progress, submitted, accepted, rejected, waived)
  [2]
  $ rapport deliverable list website --format xml
  error: invalid format 'xml' for --format (expected table, json or csv) (see 'rapport deliverable list --help')
  [2]
  $ rapport deliverable list nowhere
  error: no engagement 'nowhere'
  [2]
  $ rapport deliverable finish 2
  error: 'finish' is not a verb of 'rapport deliverable' (see 'rapport deliverable --help')
  [2]
  $ rapport history | diff before -

A title of exactly 200 characters (not bytes) is accepted.

  $ rapport deliverable add website "$(printf 'é%.0s' $(seq 200))"
  deliverable 5 added
