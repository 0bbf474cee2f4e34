The health score: 100 minus the weights of the signals that fire, each
signal counted once however many records it names, never below 0. And the
thresholds of the signals, set per workspace with "rapport settings NAME
VALUE": changing one makes a signal appear or disappear.

  $ . "$TESTDIR/fixtures/active.sh"

The score
---------

On 2026-03-20, with a report sent and a call that day, the engagement is
healthy. Adding one fact at a time, each signal takes its weight off the
score (the last line of "rapport check").

  $ rapport --today 2026-03-20 log shop "Progress report 1" --channel report --by us >/dev/null
  $ rapport --today 2026-03-20 log shop "Weekly call" --channel call --by us >/dev/null
  $ rapport --today 2026-03-20 check shop
  shop: health 100/100, 0 signals; next deadline 2026-04-03: the progress report is due

H-CLAUSE weighs 5:

  $ rapport clause add shop "The client owns the code after the final payment" --kind ip --risk high >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 95/100, 1 signal; next deadline 2026-04-03: the progress report is due

H-SLIP 10:

  $ rapport engagement edit shop --forecast-end 2026-07-14 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 85/100, 2 signals; next deadline 2026-04-03: the progress report is due

H-SCOPE 10, once for two change requests:

  $ rapport change add shop "Add PayPal" --cost 1000 >/dev/null
  $ rapport change add shop "Add gift cards" --cost 1000 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 75/100, 4 signals; next deadline 2026-04-03: the progress report is due

H-PROMISE 10, H-OVERDUE 10, H-SIGNOFF 10:

  $ rapport promise add shop "Send the test plan" --due 2026-03-10 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 65/100, 5 signals; next deadline 2026-04-03: the progress report is due
  $ rapport action add shop "Set up staging" --due 2026-03-10 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 55/100, 6 signals; next deadline 2026-04-03: the progress report is due
  $ rapport deliverable start 1 >/dev/null
  $ rapport deliverable submit 1 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 45/100, 7 signals; next deadline 2026-04-03: the progress report is due

H-REQUEST 15, H-PAYMENT 15, H-RENEWAL 15:

  $ rapport request add shop "Can we see a demo?" --at 2026-03-02T09:00 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 30/100, 8 signals; next deadline 2026-04-03: the progress report is due
  $ rapport payment add shop --kind milestone --amount 500 --trigger date:2026-02-01 --verify "Paid for the audit" >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 15/100, 9 signals; next deadline 2026-04-03: the progress report is due
  $ rapport engagement edit shop --renewal manual --renewal-date 2026-05-01 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 0/100, 10 signals; next deadline 2026-04-01: the non-renewal deadline

H-BADNEWS weighs 20, but the score stays at 0: 120 points lost.

  $ rapport risk add shop "The payment provider changes its API" --found 2026-03-02 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 0/100, 11 signals; next deadline 2026-04-01: the non-renewal deadline

So fixing the clause (5) leaves it at 0 (115 lost); telling the bad news
with an alternative (20) brings it to 5.

  $ rapport --today 2026-03-20 clause discuss 1 >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 0/100, 10 signals; next deadline 2026-04-01: the non-renewal deadline
  $ rapport --today 2026-03-20 risk disclose 1 --alternative "Switch to the new API now" >/dev/null
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 5/100, 9 signals; next deadline 2026-04-01: the non-renewal deadline

H-SILENCE 15, H-REPORT 10 and H-PROACTIVE 10, in a fresh workspace: the
kickoff meeting and two e-mails from the client on 2026-03-02, nothing
since.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport log shop "When do we start?" --channel email --by client >/dev/null
  $ rapport log shop "Who is our contact?" --channel email --by client >/dev/null
  $ rapport check shop | tail -1
  shop: health 90/100, 1 signal; next deadline 2026-03-16: the progress report is due
  $ rapport --today 2026-03-20 check shop | tail -1
  shop: health 65/100, 3 signals; next deadline 2026-04-30: deliverable 1 'New checkout' is due

The JSON has the same score, and one finding per record at fault.

  $ rapport --today 2026-03-20 --json check shop | python3 -c 'import json, sys
  > r = json.load(sys.stdin)
  > print(r["state"], r["phases"], r["score"], r["blockers"], r["warnings"])
  > for f in r["findings"]:
  >     print(f["check"], f["phase"], f["severity"], f["kind"], f["record"])'
  active ['health'] 65 0 3
  H-REPORT health warning engagement 1
  H-SILENCE health warning engagement 1
  H-PROACTIVE health warning engagement 1

The settings
------------

Each threshold has a default; the checks read them from the workspace.

  $ rapport settings
  NAME                   VALUE  DEFAULT  MEANING
  badnews_days           2      2        days before an undisclosed risk is bad news kept back
  proactive_percent      80     80       share of interactions we should initiate
  proactive_window_days  90     90       days of interactions the share is taken over
  renewal_days           60     60       days before the non-renewal deadline to talk renewal
  scope_growth_percent   20     20       approved changes above this share of the value
  undecided_change_days  7      7        days a change request may wait for a decision
  waiting_days           7      7        days an action item may wait on the client
  default_rfi_hours      48     48       response time when none was agreed
  default_review_days    7      7        review time when none was agreed

proactive_percent: 1 of 3 interactions ours is too few for 80%, enough for
30%.

  $ rapport check shop | grep -c H-PROACTIVE
  1
  $ rapport settings proactive_percent 30
  proactive_percent is now 30
  $ rapport check shop | grep -c H-PROACTIVE
  0
  [1]

proactive_window_days: over 10 days, on 2026-03-12 the interactions of
2026-03-02 are out of the window; a call of ours on 2026-03-11 is the only
one in it.

  $ rapport settings proactive_percent 80 >/dev/null
  $ rapport --today 2026-03-11 log shop "Weekly call" --channel call --by us >/dev/null
  $ rapport --today 2026-03-12 check shop | grep -c H-PROACTIVE
  1
  $ rapport settings proactive_window_days 10
  proactive_window_days is now 10
  $ rapport --today 2026-03-12 check shop | grep -c H-PROACTIVE
  0
  [1]

badnews_days: a risk found on 2026-03-02 is bad news kept back on
2026-03-05 with 2 days; with 5, not before 2026-03-08.

  $ rapport risk add shop "The designer starts late" >/dev/null
  $ rapport --today 2026-03-05 check shop | grep -c H-BADNEWS
  1
  $ rapport settings badnews_days 5
  badnews_days is now 5
  $ rapport --today 2026-03-05 check shop | grep -c H-BADNEWS
  0
  [1]
  $ rapport --today 2026-03-07 check shop | grep -c H-BADNEWS
  0
  [1]
  $ rapport --today 2026-03-08 check shop | grep -c H-BADNEWS
  1

waiting_days: an item waiting on the client since 2026-03-02 is flagged on
2026-03-06 with 3 days, not with 7.

  $ rapport action add shop "Product photos" --owner client --waiting-on input >/dev/null
  $ rapport --today 2026-03-06 check shop | grep -c H-OVERDUE
  0
  [1]
  $ rapport settings waiting_days 3 >/dev/null
  $ rapport --today 2026-03-06 check shop | grep -c H-OVERDUE
  1

undecided_change_days: a change proposed on 2026-03-02 is undecided too
long on 2026-03-10 with 7 days, not with 14.

  $ rapport change add shop "Add PayPal" --cost 2500 >/dev/null
  $ rapport --today 2026-03-10 check shop | grep -c "H-SCOPE.*decision"
  1
  $ rapport settings undecided_change_days 14 >/dev/null
  $ rapport --today 2026-03-10 check shop | grep -c "H-SCOPE.*decision"
  0
  [1]

scope_growth_percent: approved, the change adds 12.5% of the value: within
20%, not within 10%.

  $ rapport change approve 1 --by 1 >/dev/null
  $ rapport check shop | grep -c "H-SCOPE"
  0
  [1]
  $ rapport settings scope_growth_percent 10 >/dev/null
  $ rapport check shop | grep H-SCOPE
  shop: warning H-SCOPE: approved changes add 2,500.00 EUR, 13% of the value of 20,000.00 EUR; the limit is 10%

renewal_days: a renewal on 2026-06-30 with 30 days' notice is to be talked
about from 2026-04-01 with 60 days, only from 2026-05-01 with 30.

  $ rapport engagement edit shop --renewal auto --renewal-date 2026-06-30 >/dev/null
  $ rapport --today 2026-04-01 check shop | grep -c H-RENEWAL
  1
  $ rapport settings renewal_days 30 >/dev/null
  $ rapport --today 2026-04-01 check shop | grep -c H-RENEWAL
  0
  [1]
  $ rapport --today 2026-04-30 check shop | grep -c H-RENEWAL
  0
  [1]
  $ rapport --today 2026-05-01 check shop | grep -c H-RENEWAL
  1

default_rfi_hours applies only to an engagement that agreed no response
time: the 48 hours agreed by shop hold whatever the default.

  $ rapport request add shop "Can we see a demo?" --at 2026-03-02T00:00 >/dev/null
  $ rapport settings default_rfi_hours 24 >/dev/null
  $ rapport --today 2026-03-04 check shop | grep -c H-REQUEST
  0
  [1]
  $ rapport engagement edit shop --rfi-hours "" >/dev/null
  $ rapport --today 2026-03-04 check shop | grep H-REQUEST
  shop: warning H-REQUEST: request 1 'Can we see a demo?' has waited 48 hours for an answer; the agreed time is 24 hours

default_review_days likewise: shop agreed 5 days; without them, the
default (here 10) applies.

  $ rapport deliverable start 2 >/dev/null
  $ rapport deliverable submit 2 >/dev/null
  $ rapport --today 2026-03-08 check shop | grep -c H-SIGNOFF
  1
  $ rapport settings default_review_days 10 >/dev/null
  $ rapport --today 2026-03-08 check shop | grep -c H-SIGNOFF
  1
  $ rapport engagement edit shop --review-days "" >/dev/null
  $ rapport --today 2026-03-08 check shop | grep -c H-SIGNOFF
  0
  [1]
  $ rapport --today 2026-03-13 check shop | grep H-SIGNOFF
  shop: warning H-SIGNOFF: deliverable 2 'Product pages' was submitted on 2026-03-02 and has waited 11 days for review; the agreed review time is 10 days

A threshold out of range or unknown is refused and changes nothing.

  $ rapport settings badnews_days -1
  error: invalid number '-1' for badnews_days \(expected a whole number from \d+ to \d+\) (re)
  [2]
  $ rapport settings badnews_days two
  error: invalid number 'two' for badnews_days \(expected a whole number from \d+ to \d+\) (re)
  [2]
  $ rapport settings bad_news 3
  error: no setting 'bad_news' (see 'rapport settings')
  [2]
  $ rapport --json settings | grep badnews
    "badnews_days": 5,
