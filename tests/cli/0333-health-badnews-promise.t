The health monitor, H-BADNEWS: a risk found more than 2 days ago and not
disclosed to the client, or disclosed without an alternative; H-PROMISE: a
commitment past its due date.

  $ . "$TESTDIR/fixtures/active.sh"

H-BADNEWS
---------

A risk found today may wait two days for the client to hear of it: found on
2026-03-02, it is no signal on 2026-03-04 and one on 2026-03-05.

  $ rapport risk add shop "The payment provider retires its old API in May" --severity high
  risk 1 added
  $ rapport --today 2026-03-04 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport --today 2026-03-05 check shop
  shop: warning H-BADNEWS: risk 1 'The payment provider retires its old API...' was found 3 days ago and the client has not been told
    hint: rapport risk disclose 1 --alternative "..."
  shop: health 80/100, 1 signal; next deadline 2026-03-16: the progress report is due

Disclosed without an alternative, it is still bad news told without a way
out.

  $ rapport --today 2026-03-05 risk disclose 1
  risk 1 is now disclosed
  $ rapport --today 2026-03-05 check shop
  shop: warning H-BADNEWS: risk 1 'The payment provider retires its old API...' was disclosed to the client on 2026-03-05 without an alternative
    hint: rapport risk propose 1 --alternative "..."
  shop: health 80/100, 1 signal; next deadline 2026-03-16: the progress report is due

The hint, typed, proposes one and clears it.

  $ rapport --today 2026-03-05 risk propose 1 --alternative "Move to the new API in April"
  risk 1 updated
  $ rapport --today 2026-03-05 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

A risk disclosed with an alternative at once is no signal at all, and
neither is a closed one; a risk found long ago (--found) is late at once.

  $ rapport risk add shop "The designer may start late" --found 2026-02-20
  risk 2 added
  $ rapport check shop | grep -A1 H-BADNEWS
  shop: warning H-BADNEWS: risk 2 'The designer may start late' was found 10 days ago and the client has not been told
    hint: rapport risk disclose 2 --alternative "..."
  $ rapport risk disclose 2 --alternative "Start with the developers' mock-ups" --alternative "Hire a freelancer"
  risk 2 is now disclosed
  $ rapport risk add shop "The hosting contract may lapse" --found 2026-02-20
  risk 3 added
  $ rapport risk close 3
  risk 3 is now closed
  $ rapport --today 2026-06-01 check shop | grep H-BADNEWS
  [1]

Several risks at fault are one signal, counted once in the score.

  $ rapport risk add shop "The photos arrive late" --found 2026-02-25
  risk 4 added
  $ rapport risk add shop "The load tests show slow pages" --found 2026-02-26
  risk 5 added
  $ rapport risk disclose 5
  risk 5 is now disclosed
  $ rapport check shop
  shop: warning H-BADNEWS: risk 4 'The photos arrive late' was found 5 days ago and the client has not been told
    hint: rapport risk disclose 4 --alternative "..."
  shop: warning H-BADNEWS: risk 5 'The load tests show slow pages' was disclosed to the client on 2026-03-02 without an alternative
    hint: rapport risk propose 5 --alternative "..."
  shop: health 80/100, 2 signals; next deadline 2026-03-16: the progress report is due

H-PROMISE
---------

A promise is kept on time through its due day and broken from the day
after; the hint, typed, keeps it.

  $ rapport promise add shop "Send Ana the test plan" --to 1 --due 2026-03-10
  promise 1 added
  $ rapport --today 2026-03-10 check shop | grep H-PROMISE
  [1]
  $ rapport --today 2026-03-11 check shop | grep -A1 H-PROMISE
  shop: warning H-PROMISE: promise 1 'Send Ana the test plan' was due on 2026-03-10 and is 1 day late
    hint: rapport promise keep 1
  $ rapport --today 2026-03-20 check shop | grep H-PROMISE
  shop: warning H-PROMISE: promise 1 'Send Ana the test plan' was due on 2026-03-10 and is 10 days late
  $ rapport --today 2026-03-20 promise keep 1
  promise 1 is now kept
  $ rapport --today 2026-03-20 check shop | grep H-PROMISE
  [1]

An open promise due ahead is the next deadline, not a signal.

  $ rapport promise add shop "Call Bob back about the fonts" --due 2026-03-04
  promise 2 added
  $ rapport check shop | grep -E "H-PROMISE|next deadline"
  shop: health 80/100, 2 signals; next deadline 2026-03-04: promise 2 'Call Bob back about the fonts' is due
