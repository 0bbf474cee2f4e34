The health monitor, H-REQUEST: a client request unanswered past the agreed
response time. Facts go in as records, the findings come out of "rapport
check"; time is an input like any other (--today).

The engagement shop was kicked off on 2026-03-02; requests are to be
answered within 48 hours. Nothing is wrong today.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

A request received on 2026-03-02 at 10:00 is due for an answer 48 hours
later. It is not late on 2026-03-04 and late on 2026-03-05.

  $ rapport request add shop "Can customers pay with PayPal?" --at 2026-03-02T10:00
  request 1 added
  $ rapport --today 2026-03-04 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

Late, its wait must read as longer than the agreed 48 hours (it is 62
hours, not "2 days").

  $ rapport --today 2026-03-05 check shop
  shop: warning H-REQUEST: request 1 'Can customers pay with PayPal\?' has waited (62 hours|2 days 14 hours|3 days) for an answer; the agreed time is 48 hours (re)
    hint: rapport request answer 1
  shop: health 85/100, 1 signal; next deadline 2026-03-16: the progress report is due

A long wait reads in days; a request received on a day without a time
arrived at midnight.

  $ rapport request add shop "Which browsers must the shop support?" --at 2026-02-20
  request 2 added
  $ rapport --today 2026-03-05 check shop | grep -A1 "request 2"
  shop: warning H-REQUEST: request 2 'Which browsers must the shop support?' has waited 13 days for an answer; the agreed time is 48 hours
    hint: rapport request answer 2

Two late requests are one signal, counted once in the score.

  $ rapport --today 2026-03-05 check shop | tail -1
  shop: health 85/100, 2 signals; next deadline 2026-03-16: the progress report is due

The hints, typed, answer them; an answered request is no signal, however
late the answer came.

  $ rapport --today 2026-03-05 request answer 1
  request 1 is now answered
  $ rapport --today 2026-03-05 request answer 2
  request 2 is now answered
  $ rapport --today 2026-03-05 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport --today 2026-06-01 check shop | grep H-REQUEST
  [1]

The agreed response time is the engagement's: with 72 hours agreed, a
request received at midnight on 2026-03-05 is still in time on 2026-03-08
and late on 2026-03-09.

  $ rapport engagement edit shop --rfi-hours 72 >/dev/null
  $ rapport --today 2026-03-05 request add shop "Can we see the new checkout?"
  request 3 added
  $ rapport --today 2026-03-08 check shop | grep H-REQUEST
  [1]
  $ rapport --today 2026-03-09 check shop | grep H-REQUEST
  shop: warning H-REQUEST: request 3 'Can we see the new checkout?' has waited 4 days for an answer; the agreed time is 72 hours

Without an agreed time, the workspace's default applies (48 hours; see
0339 for changing it).

  $ rapport engagement edit shop --rfi-hours "" >/dev/null
  $ rapport --today 2026-03-07 check shop | grep H-REQUEST
  [1]
  $ rapport --today 2026-03-08 check shop | grep H-REQUEST
  shop: warning H-REQUEST: request 3 'Can we see the new checkout?' has waited 3 days for an answer; the agreed time is 48 hours
