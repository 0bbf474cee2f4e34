Testimonials: asked for once per engagement, then drafted by us, approved
(with or without permission to publish) or declined by the client.

  $ . "$TESTDIR/fixtures/base.sh"

Nothing can happen before it is requested.

  $ rapport testimonial draft website --text "Great work"
  error: engagement 'website' has no testimonial yet
  [2]
  $ rapport testimonial approve website
  error: engagement 'website' has no testimonial yet
  [2]
  $ rapport testimonial show website
  error: engagement 'website' has no testimonial yet
  [2]

request, once.

  $ rapport testimonial request website
  testimonial of 'website' added
  $ rapport testimonial show website
  id            1
  engagement    website
  requested_on  2026-03-02
  state         requested
  text          -
  may_publish   -
  decided_on    -
  $ rapport testimonial request website
  error: testimonial of 'website' exists already
  [2]
  $ rapport testimonial show website --json
  {
    "id": 1,
    "engagement": "website",
    "requested_on": "2026-03-02",
    "state": "requested",
    "text": null,
    "may_publish": null,
    "decided_on": null
  }

draft needs --text and may be repeated while the client has not decided.

  $ rapport testimonial draft website
  error: missing --text (expected text of at most 4000 characters)
  [2]
  $ rapport testimonial draft website --text "Northwind delivered on time."
  testimonial of 'website' is now drafted
  $ rapport testimonial draft website --text "Northwind delivered our new site on time and on budget."
  testimonial of 'website' is now drafted
  $ rapport testimonial show website
  id            1
  engagement    website
  requested_on  2026-03-02
  state         drafted
  text          Northwind delivered our new site on time and on budget.
  may_publish   -
  decided_on    -

approve --publish records the permission; the decision is final.

  $ rapport testimonial approve website --publish
  testimonial of 'website' is now approved
  $ rapport testimonial show website --json
  {
    "id": 1,
    "engagement": "website",
    "requested_on": "2026-03-02",
    "state": "approved",
    "text": "Northwind delivered our new site on time and on budget.",
    "may_publish": true,
    "decided_on": "2026-03-02"
  }
  $ rapport testimonial approve website
  error: testimonial of 'website' is approved; 'approve' is allowed only when it is requested, drafted
  [2]
  $ rapport testimonial decline website
  error: testimonial of 'website' is approved; 'decline' is allowed only when it is requested, drafted
  [2]
  $ rapport testimonial draft website --text "Changed"
  error: testimonial of 'website' is approved; 'draft' is allowed only when it is requested, drafted
  [2]

Approval without --publish means we may not publish it: recorded as no,
not left unknown.

  $ rapport testimonial request retainer
  testimonial of 'retainer' added
  $ rapport testimonial approve retainer
  testimonial of 'retainer' is now approved
  $ rapport --json testimonial show retainer | grep may_publish
    "may_publish": false,

decline works straight from requested.

  $ rapport testimonial request other
  testimonial of 'other' added
  $ rapport testimonial decline other
  testimonial of 'other' is now declined
  $ rapport testimonial show other
  id            3
  engagement    other
  requested_on  2026-03-02
  state         declined
  text          -
  may_publish   -
  decided_on    2026-03-02
  $ rapport testimonial approve other --publish
  error: testimonial of 'other' is declined; 'approve' is allowed only when it is requested, drafted
  [2]
  $ rapport testimonial draft other --text "Please?"
  error: testimonial of 'other' is declined; 'draft' is allowed only when it is requested, drafted
  [2]

The list over all engagements, filtered by state, as JSON and CSV.

  $ rapport testimonial list
  ID  ENG       STATE
  1   website   approved
  2   retainer  approved
  3   other     declined
  $ rapport testimonial list --state declined
  ID  ENG    STATE
  3   other  declined
  $ rapport testimonial list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "requested_on": "2026-03-02",
      "state": "approved",
      "text": "Northwind delivered our new site on time and on budget.",
      "may_publish": true,
      "decided_on": "2026-03-02"
    }
  ]
  $ rapport testimonial list --format csv
  "id","engagement","requested_on","state","text","may_publish","decided_on"
  "1","website","2026-03-02","approved","Northwind delivered our new site on time and on budget.","yes","2026-03-02"
  "2","retainer","2026-03-02","approved","","no","2026-03-02"
  "3","other","2026-03-02","declined","","","2026-03-02"

The commands are request, draft, approve and decline; a bare engagement or
an unknown verb is an error and creates nothing.

  $ rapport engagement add acme "Intranet" --slug intranet --type tm >/dev/null
  $ rapport engagement add acme "Client portal" --slug portal --type tm >/dev/null
  $ rapport history > before
  $ rapport testimonial intranet
  error: 'intranet' is not a verb of 'rapport testimonial' (see 'rapport testimonial --help')
  [2]
  $ rapport testimonial edit website --text "x"
  error: 'edit' is not a verb of 'rapport testimonial' (see 'rapport testimonial --help')
  [2]
  $ rapport history | diff before -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport testimonial request portal --text "Hi"
  error: unknown option '--text' for 'rapport testimonial request' (see 'rapport testimonial request --help')
  [2]
  $ rapport testimonial request nowhere
  error: no engagement 'nowhere'
  [2]
  $ rapport testimonial draft nowhere --text "Hi"
  error: no engagement 'nowhere'
  [2]
  $ rapport testimonial draft portal --text "Hi"
  error: engagement 'portal' has no testimonial yet
  [2]
  $ rapport testimonial show portal
  error: engagement 'portal' has no testimonial yet
  [2]
  $ rapport history | diff before -
  $ rapport testimonial request portal >/dev/null
  $ rapport history > before
  $ rapport testimonial draft portal --text "$(printf 't%.0s' $(seq 4001))"
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport testimonial draft portal --text ""
  error: missing --text (expected text of at most 4000 characters)
  [2]
  $ rapport testimonial approve portal --publish yes
  error: unexpected argument 'yes' for 'rapport testimonial approve' (see 'rapport testimonial approve --help')
  [2]
  $ rapport testimonial list --state published
  error: invalid state 'published' (expected one of requested, drafted, approved, declined)
  [2]
  $ rapport history | diff before -
  $ rapport --json testimonial show portal | grep -v '"id"'
  {
    "engagement": "portal",
    "requested_on": "2026-03-02",
    "state": "requested",
    "text": null,
    "may_publish": null,
    "decided_on": null
  }
