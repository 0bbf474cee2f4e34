Time is an input of the health monitor like the records: the same facts
give no signal on one day and several on a later one, and the day alone
moves them (--today, here always given, never the clock).

On 2026-03-02, the day of the kickoff, the facts are: a request received
at 09:00 (48 hours to answer), a promise due on 2026-03-06, an action item
of ours due on 2026-03-09, a risk found that day and not yet told, a change
request proposed, a deliverable submitted for review (5 days), a renewal
on 2026-06-30 with 30 days' notice.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport --today 2026-03-02 request add shop "Can we see a demo?" --at 2026-03-02T09:00 >/dev/null
  $ rapport --today 2026-03-02 promise add shop "Send the demo link" --due 2026-03-06 >/dev/null
  $ rapport --today 2026-03-02 action add shop "Write the test plan" --owner us --due 2026-03-09 >/dev/null
  $ rapport --today 2026-03-02 risk add shop "The payment provider changes its API" >/dev/null
  $ rapport --today 2026-03-02 change add shop "Add PayPal" --cost 1000 >/dev/null
  $ rapport --today 2026-03-02 deliverable start 1 >/dev/null
  $ rapport --today 2026-03-02 deliverable submit 1 >/dev/null
  $ rapport --today 2026-03-02 engagement edit shop --renewal manual --renewal-date 2026-06-30 >/dev/null

Nothing is wrong on 2026-03-02; on 2026-03-20, with the same facts, eight
signals fire.

  $ rapport --today 2026-03-02 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-06: promise 1 'Send the demo link' is due
  $ rapport --today 2026-03-20 check shop
  shop: warning H-REQUEST: request 1 'Can we see a demo?' has waited 17 days for an answer; the agreed time is 48 hours
    hint: rapport request answer 1
  shop: warning H-REPORT: no progress report has been sent since the start on 2026-03-02; the first is 4 days overdue (reports are due every 2w)
    hint: rapport report progress shop --send
  shop: warning H-SILENCE: no interaction with the client for 18 days (the last on 2026-03-02); meetings are due every 1w
    hint: rapport log shop "..." --channel call --by us
  shop: warning H-BADNEWS: risk 1 'The payment provider changes its API' was found 18 days ago and the client has not been told
    hint: rapport risk disclose 1 --alternative "..."
  shop: warning H-PROMISE: promise 1 'Send the demo link' was due on 2026-03-06 and is 14 days late
    hint: rapport promise keep 1
  shop: warning H-OVERDUE: our action item 1 'Write the test plan' is 11 days past its expected date (2026-03-09)
    hint: rapport action update 1 --due DATE
  shop: warning H-SIGNOFF: deliverable 1 'New checkout' was submitted on 2026-03-02 and has waited 18 days for review; the agreed review time is 5 days
    hint: rapport deliverable accept 1 --by CONTACT
  shop: warning H-SCOPE: change request 1 'Add PayPal' has waited 18 days for the client's decision
    hint: rapport change approve 1 --by CONTACT
  shop: health 0/100, 8 signals; next deadline 2026-04-30: deliverable 1 'New checkout' is due

Day by day, each signal appears on the first day its rule is broken (the
score and the signals of "rapport --json check" on each day).

  $ for d in 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18; do
  >   rapport --today 2026-03-$d --json check shop | python3 -c 'import json, sys
  > r = json.load(sys.stdin)
  > print(sys.argv[1], r["score"], *sorted({f["check"] for f in r["findings"]}))' 2026-03-$d
  > done
  2026-03-02 100
  2026-03-03 100
  2026-03-04 100
  2026-03-05 65 H-BADNEWS H-REQUEST
  2026-03-06 65 H-BADNEWS H-REQUEST
  2026-03-07 55 H-BADNEWS H-PROMISE H-REQUEST
  2026-03-08 45 H-BADNEWS H-PROMISE H-REQUEST H-SIGNOFF
  2026-03-09 45 H-BADNEWS H-PROMISE H-REQUEST H-SIGNOFF
  2026-03-10 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-11 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-12 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-13 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-14 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-15 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-16 25 H-BADNEWS H-OVERDUE H-PROMISE H-REQUEST H-SCOPE H-SIGNOFF
  2026-03-17 0 H-BADNEWS H-OVERDUE H-PROMISE H-REPORT H-REQUEST H-SCOPE H-SIGNOFF H-SILENCE
  2026-03-18 0 H-BADNEWS H-OVERDUE H-PROMISE H-REPORT H-REQUEST H-SCOPE H-SIGNOFF H-SILENCE

Going back in time gives back the earlier answer: the day is not
remembered.

  $ rapport --today 2026-03-02 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-06: promise 1 'Send the demo link' is due

Some signals need a later day, and some end with time: the renewal must be
talked about from 2026-04-01 to its deadline 2026-05-31.

  $ for d in 2026-03-31 2026-04-01 2026-05-31 2026-06-01; do
  >   printf '%s ' $d; rapport --today $d check shop | grep -c H-RENEWAL || true
  > done
  2026-03-31 0
  2026-04-01 1
  2026-05-31 1
  2026-06-01 0

Checking is only reading: it changes no record and leaves no trace in the
history.

  $ rapport history > before
  $ rapport --today 2026-03-20 check shop >/dev/null
  $ rapport --today 2026-04-01 --json check shop >/dev/null
  $ rapport history | diff before -
