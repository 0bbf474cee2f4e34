Documents: drafted, made current, handed over to the client and
acknowledged by one of the client's contacts.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option.

  $ rapport document add website "Operations manual" --kind runbook --location https://wiki.example.com/ops
  document 1 added
  $ rapport document add website "Design system"
  document 2 added
  $ rapport --json document add website "Architecture overview" --kind design --location docs/architecture.md
  {
    "id": 3,
    "engagement": "website",
    "title": "Architecture overview",
    "kind": "design",
    "location": "docs/architecture.md",
    "state": "draft",
    "handed_over_on": null,
    "acknowledged_by": null,
    "acknowledged_on": null
  }

  $ rapport document list website
  ID  TITLE                  KIND     LOCATION                      STATE
  1   Operations manual      runbook  https://wiki.example.com/ops  draft
  2   Design system          -        -                             draft
  3   Architecture overview  design   docs/architecture.md          draft
  $ rapport document list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "title": "Operations manual",
      "kind": "runbook",
      "location": "https://wiki.example.com/ops",
      "state": "draft",
      "handed_over_on": null,
      "acknowledged_by": null,
      "acknowledged_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "title": "Design system",
      "kind": null,
      "location": null,
      "state": "draft",
      "handed_over_on": null,
      "acknowledged_by": null,
      "acknowledged_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "title": "Architecture overview",
      "kind": "design",
      "location": "docs/architecture.md",
      "state": "draft",
      "handed_over_on": null,
      "acknowledged_by": null,
      "acknowledged_on": null
    }
  ]
  $ rapport document list website --format csv
  "id","engagement","title","kind","location","state","handed_over_on","acknowledged_by","acknowledged_on"
  "1","website","Operations manual","runbook","https://wiki.example.com/ops","draft","","",""
  "2","website","Design system","","","draft","","",""
  "3","website","Architecture overview","design","docs/architecture.md","draft","","",""
  $ rapport document show 1
  id               1
  engagement       website
  title            Operations manual
  kind             runbook
  location         https://wiki.example.com/ops
  state            draft
  handed_over_on   -
  acknowledged_by  -
  acknowledged_on  -
  $ rapport document show 3 --json
  {
    "id": 3,
    "engagement": "website",
    "title": "Architecture overview",
    "kind": "design",
    "location": "docs/architecture.md",
    "state": "draft",
    "handed_over_on": null,
    "acknowledged_by": null,
    "acknowledged_on": null
  }

A document may be edited.

  $ rapport document edit 2 --kind guide --location https://wiki.example.com/design
  document 2 updated
  $ rapport document show 2
  id               2
  engagement       website
  title            Design system
  kind             guide
  location         https://wiki.example.com/design
  state            draft
  handed_over_on   -
  acknowledged_by  -
  acknowledged_on  -

The order is draft -> current -> handed_over -> acknowledged; each step
refuses the others, naming the state the document is in.

  $ rapport document handover 1
  error: document 1 is draft; 'handover' is allowed only when it is current
  [2]
  $ rapport document ack 1 --by 1
  error: document 1 is draft; 'ack' is allowed only when it is handed_over
  [2]
  $ rapport document current 1
  document 1 is now current
  $ rapport document current 1
  error: document 1 is current; 'current' is allowed only when it is draft
  [2]
  $ rapport document ack 1 --by 1
  error: document 1 is current; 'ack' is allowed only when it is handed_over
  [2]
  $ rapport document handover 1
  document 1 is now handed_over
  $ rapport document show 1
  id               1
  engagement       website
  title            Operations manual
  kind             runbook
  location         https://wiki.example.com/ops
  state            handed_over
  handed_over_on   2026-03-02
  acknowledged_by  -
  acknowledged_on  -
  $ rapport document handover 1
  error: document 1 is handed_over; 'handover' is allowed only when it is current
  [2]
  $ rapport document current 1
  error: document 1 is handed_over; 'current' is allowed only when it is draft
  [2]

ack takes --by, a contact of the engagement's client (number or e-mail).

  $ rapport document ack 1 --by 4
  error: no contact '4' at this client for --by (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport document ack 1 --by ana@acme.example
  document 1 is now acknowledged
  $ rapport document show 1
  id               1
  engagement       website
  title            Operations manual
  kind             runbook
  location         https://wiki.example.com/ops
  state            acknowledged
  handed_over_on   2026-03-02
  acknowledged_by  1
  acknowledged_on  2026-03-02
  $ rapport document show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "title": "Operations manual",
    "kind": "runbook",
    "location": "https://wiki.example.com/ops",
    "state": "acknowledged",
    "handed_over_on": "2026-03-02",
    "acknowledged_by": 1,
    "acknowledged_on": "2026-03-02"
  }
  $ rapport document ack 1 --by 1
  error: document 1 is acknowledged; 'ack' is allowed only when it is handed_over
  [2]
  $ rapport document current 2
  document 2 is now current
  $ rapport document handover 2
  document 2 is now handed_over
  $ rapport document ack 2
  document 2 is now acknowledged
  $ rapport document show 2
  id               2
  engagement       website
  title            Design system
  kind             guide
  location         https://wiki.example.com/design
  state            acknowledged
  handed_over_on   2026-03-02
  acknowledged_by  -
  acknowledged_on  2026-03-02
  $ rapport document list website --state draft
  ID  TITLE                  KIND    LOCATION              STATE
  3   Architecture overview  design  docs/architecture.md  draft
  $ rapport document list website --state acknowledged --format csv
  "id","engagement","title","kind","location","state","handed_over_on","acknowledged_by","acknowledged_on"
  "1","website","Operations manual","runbook","https://wiki.example.com/ops","acknowledged","2026-03-02","1","2026-03-02"
  "2","website","Design system","guide","https://wiki.example.com/design","acknowledged","2026-03-02","","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport document add website ""
  error: --title must not be empty
  [2]
  $ rapport document add website "$(printf 'd%.0s' $(seq 201))"
  error: --title is too long (201 characters; at most 200)
  [2]
  $ rapport document add website "Test plan" --kind "$(printf 'k%.0s' $(seq 101))"
  error: --kind is too long (101 characters; at most 100)
  [2]
  $ rapport document add website "Test plan" --location "$(printf 'l%.0s' $(seq 1001))"
  error: --location is too long (1001 characters; at most 1000)
  [2]
  $ rapport document add nowhere "Test plan"
  error: no engagement 'nowhere'
  [2]
  $ rapport document current 99
  error: no document 99
  [2]
  $ rapport document ack 3 --by nobody@acme.example
  error: document 3 is draft; 'ack' is allowed only when it is handed_over
  [2]
  $ rapport document list website --state final
  error: invalid state 'final' (expected one of draft, current, handed_over, acknowledged)
  [2]
  $ rapport document publish 3
  error: 'publish' is not a verb of 'rapport document' (see 'rapport document --help')
  [2]
  $ rapport history | diff before -
