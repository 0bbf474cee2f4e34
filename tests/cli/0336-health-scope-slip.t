The health monitor, H-SCOPE: change requests undecided for over a week;
approved changes above 20% of the baseline value. H-SLIP: the forecast end
later than the baseline end.

The engagement shop is worth 20,000.00 EUR and ends on 2026-06-30.

  $ . "$TESTDIR/fixtures/active.sh"

H-SCOPE
-------

A change request proposed on 2026-03-02 may wait a week for the client's
decision (until 2026-03-09); on 2026-03-10 it has waited too long.

  $ rapport change add shop "Add PayPal to the checkout" --cost 2500 --days 5
  change request 1 added
  $ rapport --today 2026-03-09 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport --today 2026-03-10 check shop
  shop: warning H-SCOPE: change request 1 'Add PayPal to the checkout' has waited 8 days for the client's decision
    hint: rapport change approve 1 --by CONTACT
  shop: health 90/100, 1 signal; next deadline 2026-03-16: the progress report is due

The hint, typed with a contact, records the decision; a refusal is a
decision too.

  $ rapport --today 2026-03-10 change approve 1 --by 1
  change request 1 is now approved
  $ rapport --today 2026-03-10 change add shop "Add a loyalty programme" --cost 9000
  change request 2 added
  $ rapport --today 2026-03-10 change reject 2 --by 1
  change request 2 is now rejected
  $ rapport --today 2026-04-01 check shop | grep H-SCOPE
  [1]

Approved changes may add up to 20% of the value (4,000.00 EUR) and not a
cent more; rejected and undecided ones do not count.

  $ rapport --today 2026-04-01 change add shop "Add gift cards" --cost 1500
  change request 3 added
  $ rapport --today 2026-04-01 change approve 3 --by 1
  change request 3 is now approved
  $ rapport --today 2026-04-01 change add shop "Add vouchers" --cost 0.01
  change request 4 added
  $ rapport --today 2026-04-01 check shop | grep H-SCOPE
  [1]
  $ rapport --today 2026-04-01 change approve 4 --by 1
  change request 4 is now approved
  $ rapport --today 2026-04-01 check shop | grep -A1 H-SCOPE
  shop: warning H-SCOPE: approved changes add 4,000.01 EUR, 21% of the value of 20,000.00 EUR; the limit is 20%
    hint: rapport log shop "Re-planned the grown scope with the client" --channel meeting --by us

A change that reduces the cost counts against the others.

  $ rapport --today 2026-04-01 change add shop "Drop the wish list" --cost -500
  change request 5 added
  $ rapport --today 2026-04-01 change approve 5 --by 1
  change request 5 is now approved
  $ rapport --today 2026-04-01 check shop | grep H-SCOPE
  [1]

Raising the value does not hide the growth (the changes count against the
value as it is): the signal stays while the scope stays grown, and its
hint asks for a re-plan with the client.

  $ rapport --today 2026-04-01 change add shop "Add a second language" --cost 3000
  change request 6 added
  $ rapport --today 2026-04-01 change approve 6 --by 1
  change request 6 is now approved
  $ rapport --today 2026-04-01 check shop | grep H-SCOPE
  shop: warning H-SCOPE: approved changes add 6,500.01 EUR, 33% of the value of 20,000.00 EUR; the limit is 20%
  $ rapport engagement edit shop --value 26500.01 >/dev/null
  $ rapport --today 2026-04-01 check shop | grep -c H-SCOPE
  1

H-SLIP
------

A forecast end on the baseline end is no slip; a later one is.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport engagement edit shop --forecast-end 2026-06-30 >/dev/null
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport engagement edit shop --forecast-end 2026-06-15 >/dev/null
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due
  $ rapport engagement edit shop --forecast-end 2026-07-14 >/dev/null
  $ rapport check shop
  shop: warning H-SLIP: the forecast end 2026-07-14 is 14 days after the baseline end 2026-06-30
    hint: rapport change add shop "..." --days 14
  shop: health 90/100, 1 signal; next deadline 2026-03-16: the progress report is due

The passing of time does not move it.

  $ rapport --today 2026-12-01 check shop | grep -c H-SLIP
  1

The hint, typed, asks the client for the time in a change request; once
the client approves it, the two weeks are agreed and the forecast no
longer slips.

  $ rapport change add shop "Two more weeks for the product pages" --days 14
  change request 1 added
  $ rapport change approve 1 --by 1
  change request 1 is now approved
  $ rapport check shop | grep H-SLIP
  [1]
