The health monitor, H-REPORT: the progress report overdue for its cadence;
H-SILENCE: no interaction with the client for longer than twice the
meeting cadence.

The engagement shop was kicked off on 2026-03-02 with a kickoff meeting; a
progress report is due every 2 weeks and a meeting every week.

  $ . "$TESTDIR/fixtures/active.sh"

H-REPORT
--------

The first report is due two weeks after the kickoff, on 2026-03-16 (the
next deadline), and overdue from the day after.

  $ rapport --today 2026-03-16 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport --today 2026-03-17 check shop | grep -A1 H-REPORT
  shop: warning H-REPORT: no progress report has been sent since the start on 2026-03-02; the first is 1 day overdue (reports are due every 2w)
    hint: rapport report progress shop --send

The hint, typed, sends the report (kept, and logged as an interaction on
the "report" channel by us) and so ends the signal.

  $ rapport --today 2026-03-17 report progress shop --send >/dev/null
  sent: report 1 (progress, 2026-03-02 to 2026-03-17)
  $ rapport --today 2026-03-17 check shop | grep H-REPORT
  [1]
  $ rapport log show 2 | grep -E '^(summary|channel|initiated_by|date|topic) '
  summary       Progress report 2026-03-02 to 2026-03-17 sent to Acme Corp
  channel       report
  initiated_by  us
  date          2026-03-17
  topic         progress

A report sent some other way and logged on the "report" channel counts as
sent too; the next is due two weeks after it.

  $ rapport --today 2026-03-17 log shop "Progress report 1" --channel report --by us >/dev/null
  $ rapport --today 2026-03-17 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-31: the progress report is due
  $ rapport --today 2026-03-31 check shop | grep H-REPORT
  [1]
  $ rapport --today 2026-04-01 check shop | grep -A1 H-REPORT
  shop: warning H-REPORT: the progress report is 1 day overdue: the last was sent on 2026-03-17 and reports are due every 2w
    hint: rapport report progress shop --send

Another channel is no report.

  $ rapport --today 2026-04-01 log shop "Status e-mail" --channel email --by us >/dev/null
  $ rapport --today 2026-04-01 check shop | grep H-REPORT
  shop: warning H-REPORT: the progress report is 1 day overdue: the last was sent on 2026-03-17 and reports are due every 2w

Nor is a report the client sent us: the progress report is ours to send.

  $ rapport --today 2026-04-01 log shop "Acme's own status report" --channel report --by client >/dev/null
  $ rapport --today 2026-04-01 check shop | grep H-REPORT
  shop: warning H-REPORT: the progress report is 1 day overdue: the last was sent on 2026-03-17 and reports are due every 2w

H-SILENCE
---------

Meetings are due every week: the client may go two weeks without hearing
from us (until 2026-03-16), not longer.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport --today 2026-03-16 check shop | grep H-SILENCE
  [1]
  $ rapport --today 2026-03-17 check shop | grep -A1 H-SILENCE
  shop: warning H-SILENCE: no interaction with the client for 15 days (the last on 2026-03-02); meetings are due every 1w
    hint: rapport log shop "..." --channel call --by us

An internal note reaches nobody: it does not break the silence.

  $ rapport --today 2026-03-10 log shop "Thought about the checkout" --channel note --by us
  interaction 2 added
  $ rapport --today 2026-03-17 check shop | grep H-SILENCE
  shop: warning H-SILENCE: no interaction with the client for 15 days (the last on 2026-03-02); meetings are due every 1w

Any real interaction does, whoever started it: an e-mail from the client on
2026-03-10 keeps the engagement quiet until 2026-03-24.

  $ rapport --today 2026-03-10 log shop "Question about the photos" --channel email --by client
  interaction 3 added
  $ rapport --today 2026-03-24 check shop | grep H-SILENCE
  [1]
  $ rapport --today 2026-03-25 check shop | grep -A1 H-SILENCE
  shop: warning H-SILENCE: no interaction with the client for 15 days (the last on 2026-03-10); meetings are due every 1w
    hint: rapport log shop "..." --channel call --by us

The hint, typed, ends it.

  $ rapport --today 2026-03-25 log shop "Weekly call" --channel call --by us
  interaction 4 added
  $ rapport --today 2026-03-25 check shop | grep H-SILENCE
  [1]

The cadence is the engagement's: with a meeting every month, two months
may pass.

  $ rapport engagement edit shop --meet-every 1m >/dev/null
  $ rapport --today 2026-05-25 check shop | grep H-SILENCE
  [1]
  $ rapport --today 2026-05-26 check shop | grep H-SILENCE
  shop: warning H-SILENCE: no interaction with the client for 62 days (the last on 2026-03-25); meetings are due every 1m

Without a meeting cadence there is nothing to be silent against; without a
report cadence, no report to be late.

  $ rapport engagement edit shop --meet-every "" --report-every "" >/dev/null
  $ rapport --today 2026-09-01 check shop | grep -E "H-(SILENCE|REPORT)"
  [1]
