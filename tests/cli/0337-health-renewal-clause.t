The health monitor, H-RENEWAL: the non-renewal deadline (the renewal date
minus the notice period) within 60 days and no renewal conversation
logged; H-CLAUSE: a high-risk clause not yet discussed with the client.

  $ . "$TESTDIR/fixtures/active.sh"

H-RENEWAL
---------

The engagement shop does not renew: no signal, whatever the day.

  $ rapport --today 2026-05-15 check shop | grep H-RENEWAL
  [1]

Renewing by hand on 2026-06-30 with 30 days' notice, the non-renewal
deadline is 2026-05-31. The renewal must be talked about from 60 days
before it: not on 2026-03-31, from 2026-04-01, up to the deadline itself.

  $ rapport engagement edit shop --renewal manual --renewal-date 2026-06-30 >/dev/null
  $ rapport --today 2026-03-31 check shop | grep H-RENEWAL
  [1]
  $ rapport --today 2026-04-01 check shop | grep -A1 H-RENEWAL
  shop: warning H-RENEWAL: the non-renewal deadline is 2026-05-31, in 60 days (renewal on 2026-06-30, 30 days' notice), and no renewal conversation is logged
    hint: rapport log shop "..." --channel call --by us --topic renewal
  $ rapport --today 2026-05-30 check shop | grep H-RENEWAL
  shop: warning H-RENEWAL: the non-renewal deadline is 2026-05-31, in 1 day (renewal on 2026-06-30, 30 days' notice), and no renewal conversation is logged
  $ rapport --today 2026-05-31 check shop | grep H-RENEWAL
  shop: warning H-RENEWAL: the non-renewal deadline is 2026-05-31, today (renewal on 2026-06-30, 30 days' notice), and no renewal conversation is logged

After the deadline there is nothing left to decide.

  $ rapport --today 2026-06-01 check shop | grep H-RENEWAL
  [1]

The non-renewal deadline is the engagement's next deadline (here with the
report and the meetings overdue as well).

  $ rapport --today 2026-05-20 check shop | tail -1
  shop: health 60/100, 3 signals; next deadline 2026-05-31: the non-renewal deadline

Renewing automatically is the same.

  $ rapport engagement edit shop --renewal auto >/dev/null
  $ rapport --today 2026-04-01 check shop | grep -c H-RENEWAL
  1

The hint, typed, logs a renewal conversation and ends the signal.

  $ rapport --today 2026-04-10 log shop "Renewal: Ana wants another year" --channel call --by us --topic renewal
  interaction 2 added
  $ rapport --today 2026-04-10 check shop | grep H-RENEWAL
  [1]
  $ rapport --today 2026-05-31 check shop | grep H-RENEWAL
  [1]

A meeting or call whose summary mentions renewing counts too, without a
topic; an e-mail needs the topic.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport engagement edit shop --renewal manual --renewal-date 2026-06-30 >/dev/null
  $ rapport --today 2026-04-10 log shop "Asked whether Acme plans to RENEW the support" --channel email --by us
  interaction 2 added
  $ rapport --today 2026-04-10 check shop | grep -c H-RENEWAL
  1
  $ rapport --today 2026-04-10 log shop "Ana: we will probably renew" --channel call --by client
  interaction 3 added
  $ rapport --today 2026-04-10 check shop | grep H-RENEWAL
  [1]

A conversation about the renewal of a year ago does not count for this
one: only those from a year before the renewal date on.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport engagement edit shop --renewal manual --renewal-date 2026-06-30 >/dev/null
  $ rapport --today 2026-04-10 log shop "Renewal talk" --channel meeting --by us --topic renewal --on 2025-06-29
  interaction 2 added
  $ rapport --today 2026-04-10 check shop | grep -c H-RENEWAL
  1
  $ rapport --today 2026-04-10 log shop "Renewal talk" --channel meeting --by us --topic renewal --on 2025-06-30
  interaction 3 added
  $ rapport --today 2026-04-10 check shop | grep H-RENEWAL
  [1]

An internal note is no conversation with the client, whatever its topic.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport engagement edit shop --renewal manual --renewal-date 2026-06-30 >/dev/null
  $ rapport --today 2026-04-10 log shop "Renewal: ask Ana next week" --channel note --by us --topic renewal
  interaction 2 added
  $ rapport --today 2026-04-10 check shop | grep -c H-RENEWAL
  1

H-CLAUSE
--------

A clause of high risk to the client must be discussed with them; one of
low or no risk need not.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport clause add shop "Liability is capped at the fees paid" --kind liability --risk low
  clause 1 added
  $ rapport clause add shop "Either party may end the contract with 30 days' notice" --kind termination
  clause 2 added
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport clause add shop "The client owns the code only after the final payment" --kind ip --risk high
  clause 3 added
  $ rapport check shop
  shop: warning H-CLAUSE: clause 3 'The client owns the code only after the ...' puts the client at high risk and has not been discussed with them
    hint: rapport clause discuss 3
  shop: health 95/100, 1 signal; next deadline 2026-03-16: the progress report is due

Time does not move it.

  $ rapport --today 2027-01-01 check shop | grep -c H-CLAUSE
  1

The hint, typed, records the discussion and ends it.

  $ rapport clause discuss 3
  clause 3 is now discussed
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
