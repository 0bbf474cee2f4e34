The engagement lifecycle: draft -> active (kickoff gate) -> delivered ->
closing -> closed (close gate), active <-> on_hold, and terminate as the
early end from draft, active, on_hold or delivered. The gates have their
own transcripts (0301 and on); here a new engagement stays in draft, and the
sample portfolio of "rapport demo" has an engagement in every state.

  $ . "$TESTDIR/fixtures/base.sh"

From draft, only terminate leads anywhere; every other move is refused with
the state the engagement is in and the states the move needs.

  $ rapport hold website
  error: engagement 'website' is draft; 'hold' is allowed only when it is active
  [2]
  $ rapport resume website
  error: engagement 'website' is draft; 'resume' is allowed only when it is on_hold
  [2]
  $ rapport deliver website
  error: engagement 'website' is draft; 'deliver' is allowed only when it is active
  [2]
  $ rapport closing website
  error: engagement 'website' is draft; 'closing' is allowed only when it is delivered
  [2]

A draft engagement that is not ready does not pass the kickoff gate (exit 1,
nothing written), and close needs an engagement that is closing or
terminated.

  $ rapport history > before
  $ rapport kickoff website 2>&1 | tail -1
  error: engagement 'website' did not pass the kickoff gate: 10 blockers (see 'rapport check website')
  $ rapport kickoff website >/dev/null 2>&1
  [1]
  $ rapport close website
  error: engagement 'website' is draft; 'close' is allowed only when it is closing, terminated
  [2]
  $ rapport history | diff before -

terminate needs the day notice was given and the last day; the end cannot
come before the notice. Refusals change nothing.

  $ rapport terminate website
  error: missing --notice-given (expected a date YYYY-MM-DD)
  [2]
  $ rapport terminate website --notice-given 2026-03-01
  error: missing --end (expected a date YYYY-MM-DD)
  [2]
  $ rapport terminate website --end 2026-04-30
  error: missing --notice-given (expected a date YYYY-MM-DD)
  [2]
  $ rapport terminate website --notice-given 2026-03-10 --end 2026-03-09
  error: the end (2026-03-09) is before the notice was given (2026-03-10)
  [2]
  $ rapport terminate website --notice-given 2026-03-01 --end 2026-04-31
  error: invalid date '2026-04-31' for --end (expected a date YYYY-MM-DD)
  [2]
  $ rapport terminate website --notice-given March --end 2026-04-30
  error: invalid date 'March' for --notice-given (expected a date YYYY-MM-DD)
  [2]
  $ rapport terminate nowhere --notice-given 2026-03-01 --end 2026-04-30
  error: no engagement 'nowhere'
  [2]
  $ rapport history | diff before -
  $ rapport --json engagement show website | grep -E '"(state|notice_given|ended_on)"'
    "state": "draft",
    "notice_given": null,
    "ended_on": null,

Terminating a draft engagement records both days; notice and end may fall
on the same day.

  $ rapport terminate website --notice-given 2026-03-01 --end 2026-04-30
  engagement 'website' is now terminated
  $ rapport --json engagement show website | grep -E '"(state|notice_given|ended_on)"'
    "state": "terminated",
    "notice_given": "2026-03-01",
    "ended_on": "2026-04-30",
  $ rapport history website | tail -1
  10   2026-03-02 00:00  tester  terminate  engagement 1  state: draft -> terminated; notice_given: - -> 2026-03-01; ended_on: - -> 2026-04-30
  $ rapport --json terminate retainer --notice-given 2026-03-02 --end 2026-03-02 | grep -E '"(slug|state|notice_given|ended_on)"'
    "slug": "retainer",
    "state": "terminated",
    "notice_given": "2026-03-02",
    "ended_on": "2026-03-02",
  $ rapport engagement list --state terminated
  ID  CLIENT  TITLE             SLUG      TYPE      VALUE          START       END         STATE
  1   acme    Website relaunch  website   fixed     24,000.00 EUR  2026-01-05  2026-06-30  terminated
  2   acme    Support retainer  retainer  retainer  -              -           -           terminated

A terminated engagement cannot be terminated again or moved anywhere.

  $ rapport terminate website --notice-given 2026-03-01 --end 2026-04-30
  error: engagement 'website' is terminated; 'terminate' is allowed only when it is draft, active, on_hold, delivered
  [2]
  $ rapport hold website
  error: engagement 'website' is terminated; 'hold' is allowed only when it is active
  [2]
  $ rapport resume website
  error: engagement 'website' is terminated; 'resume' is allowed only when it is on_hold
  [2]
  $ rapport deliver website
  error: engagement 'website' is terminated; 'deliver' is allowed only when it is active
  [2]
  $ rapport closing website
  error: engagement 'website' is terminated; 'closing' is allowed only when it is delivered
  [2]

The other states come from the sample portfolio, in a database of its own.

  $ rapport --db demo.db init >/dev/null
  $ rapport --db demo.db demo >/dev/null
  $ rapport --db demo.db --json engagement list | grep -E '"(slug|state)"'
      "slug": "acme-routing",
      "state": "active",
      "slug": "brightside-portal",
      "state": "active",
      "slug": "cobalt-kyc",
      "state": "on_hold",
      "slug": "cobalt-reporting",
      "state": "delivered",
      "slug": "acme-warehouse",
      "state": "closing",
      "slug": "dunmore-archive",
      "state": "closed",
      "slug": "dunmore-subscriptions",
      "state": "terminated",
      "slug": "elm-ordering",
      "state": "draft",

hold and resume move an active engagement back and forth; deliver and
closing follow; each refuses the wrong starting state.

  $ rapport --db demo.db hold acme-routing
  engagement 'acme-routing' is now on_hold
  $ rapport --db demo.db hold acme-routing
  error: engagement 'acme-routing' is on_hold; 'hold' is allowed only when it is active
  [2]
  $ rapport --db demo.db deliver acme-routing
  error: engagement 'acme-routing' is on_hold; 'deliver' is allowed only when it is active
  [2]
  $ rapport --db demo.db closing acme-routing
  error: engagement 'acme-routing' is on_hold; 'closing' is allowed only when it is delivered
  [2]
  $ rapport --db demo.db resume acme-routing
  engagement 'acme-routing' is now active
  $ rapport --db demo.db resume acme-routing
  error: engagement 'acme-routing' is active; 'resume' is allowed only when it is on_hold
  [2]
  $ rapport --db demo.db closing acme-routing
  error: engagement 'acme-routing' is active; 'closing' is allowed only when it is delivered
  [2]
  $ rapport --db demo.db deliver acme-routing
  engagement 'acme-routing' is now delivered
  $ rapport --db demo.db deliver acme-routing
  error: engagement 'acme-routing' is delivered; 'deliver' is allowed only when it is active
  [2]
  $ rapport --db demo.db hold acme-routing
  error: engagement 'acme-routing' is delivered; 'hold' is allowed only when it is active
  [2]
  $ rapport --db demo.db closing acme-routing
  engagement 'acme-routing' is now closing
  $ rapport --db demo.db closing acme-routing
  error: engagement 'acme-routing' is closing; 'closing' is allowed only when it is delivered
  [2]
  $ rapport --db demo.db history acme-routing --limit 4 | tail -4 | awk '{print $5, $8, $9, $10, $11}'
  hold state: active -> on_hold
  resume state: on_hold -> active
  deliver state: active -> delivered
  closing state: delivered -> closing

A closing engagement can no longer be terminated or put on hold.

  $ rapport --db demo.db terminate acme-routing --notice-given 2026-03-01 --end 2026-03-31
  error: engagement 'acme-routing' is closing; 'terminate' is allowed only when it is draft, active, on_hold, delivered
  [2]
  $ rapport --db demo.db hold acme-warehouse
  error: engagement 'acme-warehouse' is closing; 'hold' is allowed only when it is active
  [2]
  $ rapport --db demo.db deliver acme-warehouse
  error: engagement 'acme-warehouse' is closing; 'deliver' is allowed only when it is active
  [2]

terminate works from active, on_hold and delivered.

  $ rapport --db demo.db terminate brightside-portal --notice-given 2026-03-01 --end 2026-03-31
  engagement 'brightside-portal' is now terminated
  $ rapport --db demo.db terminate cobalt-kyc --notice-given 2026-03-01 --end 2026-03-31
  engagement 'cobalt-kyc' is now terminated
  warning: C-NOTICE: notice was given on 2026-03-01, 30 days before the end on 2026-03-31; the notice period is 60 days
  $ rapport --db demo.db terminate cobalt-reporting --notice-given 2026-03-02 --end 2026-03-02
  engagement 'cobalt-reporting' is now terminated
  warning: C-NOTICE: notice was given on 2026-03-02, 0 days before the end on 2026-03-02; the notice period is 30 days
  $ rapport --db demo.db --json engagement list --state terminated | grep '"slug"'
      "slug": "brightside-portal",
      "slug": "cobalt-kyc",
      "slug": "cobalt-reporting",
      "slug": "dunmore-subscriptions",

A closed engagement is final and locked: no move, no edit, and no new
records under it.

  $ rapport --db demo.db history > before
  $ rapport --db demo.db terminate dunmore-archive --notice-given 2026-03-01 --end 2026-03-31
  error: engagement 'dunmore-archive' is closed; 'terminate' is allowed only when it is draft, active, on_hold, delivered
  [2]
  $ rapport --db demo.db hold dunmore-archive
  error: engagement 'dunmore-archive' is closed; 'hold' is allowed only when it is active
  [2]
  $ rapport --db demo.db resume dunmore-archive
  error: engagement 'dunmore-archive' is closed; 'resume' is allowed only when it is on_hold
  [2]
  $ rapport --db demo.db closing dunmore-archive
  error: engagement 'dunmore-archive' is closed; 'closing' is allowed only when it is delivered
  [2]
  $ rapport --db demo.db engagement edit dunmore-archive --title "Archive"
  error: engagement 'dunmore-archive' is closed and locked; it can no longer be changed
  [2]
  $ rapport --db demo.db deliverable add dunmore-archive "One more thing"
  error: .*dunmore-archive.*closed.* (re)
  [2]
  $ rapport --db demo.db punch add dunmore-archive "Late fix"
  error: .*dunmore-archive.*closed.* (re)
  [2]
  $ rapport --db demo.db history | diff before -
