The health monitor, H-SIGNOFF: a deliverable submitted and waiting for
review longer than the agreed review time; H-PAYMENT: an invoiced payment
past due, a payment fallen due and not invoiced within the payment terms.

The engagement shop agreed 5 days for reviews and payment within 30 days;
payment 2 falls due when deliverable 1 is accepted, payment 3 with
deliverable 2.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport payment list shop
  ID  KIND       AMOUNT        TRIGGER          STATE      INVOICE  DUE
  1   upfront    6,000.00 EUR  date:2026-03-02  paid       INV-001  2026-04-01
  2   milestone  8,000.00 EUR  deliverable:1    scheduled  -        -
  3   final      6,000.00 EUR  deliverable:2    scheduled  -        -

H-SIGNOFF
---------

Submitted on 2026-03-10, deliverable 1 may wait for review until
2026-03-15; on 2026-03-16 it has waited too long.

  $ rapport --today 2026-03-09 deliverable start 1
  deliverable 1 is now in_progress
  $ rapport --today 2026-03-10 deliverable submit 1
  deliverable 1 is now submitted
  $ rapport --today 2026-03-15 check shop | grep H-SIGNOFF
  [1]
  $ rapport --today 2026-03-16 check shop | grep -A1 H-SIGNOFF
  shop: warning H-SIGNOFF: deliverable 1 'New checkout' was submitted on 2026-03-10 and has waited 6 days for review; the agreed review time is 5 days
    hint: rapport deliverable accept 1 --by CONTACT

A rejected deliverable waits for us, not for a review.

  $ rapport --today 2026-03-16 deliverable reject 1 --comment "The totals are wrong"
  deliverable 1 is now rejected
  $ rapport --today 2026-03-16 check shop | grep H-SIGNOFF
  [1]

Submitted again on 2026-03-18, it waits anew; with 10 days agreed for
reviews it may wait until 2026-03-28.

  $ rapport --today 2026-03-17 deliverable start 1 >/dev/null
  $ rapport --today 2026-03-18 deliverable submit 1 >/dev/null
  $ rapport engagement edit shop --review-days 10 >/dev/null
  $ rapport --today 2026-03-28 check shop | grep H-SIGNOFF
  [1]
  $ rapport --today 2026-03-29 check shop | grep H-SIGNOFF
  shop: warning H-SIGNOFF: deliverable 1 'New checkout' was submitted on 2026-03-18 and has waited 11 days for review; the agreed review time is 10 days

When the reviewer may no longer sign off, the sign-off must come from
someone who may: the hint asks for that contact (--by), since accepting
with the reviewer is refused.

  $ rapport contact add acme "Cleo Park" --email cleo@acme.example --signoff
  contact 3 added
  $ rapport contact edit 1 --no-signoff
  contact 1 updated
  $ rapport --today 2026-03-29 check shop | grep -A1 H-SIGNOFF
  shop: warning H-SIGNOFF: deliverable 1 'New checkout' was submitted on 2026-03-18 and has waited 11 days for review; the agreed review time is 10 days
    hint: rapport deliverable accept 1 --by CONTACT
  $ rapport --today 2026-03-29 deliverable accept 1
  error: contact 1 'Ana Lima' has no sign-off authority (grant it with 'rapport contact edit 1 --signoff')
  [2]
  $ rapport contact edit 1 --signoff
  contact 1 updated

The hint, typed, records the sign-off (by the reviewer) and ends it.

  $ rapport --today 2026-03-29 deliverable accept 1
  deliverable 1 is now accepted
  $ rapport --today 2026-03-29 check shop | grep H-SIGNOFF
  [1]

H-PAYMENT
---------

Accepting deliverable 1 made payment 2 due on 2026-03-29. It must be
invoiced within the payment terms (30 days, until 2026-04-28); on
2026-04-29 it is late.

  $ rapport --today 2026-03-29 payment list shop --state due
  ID  KIND       AMOUNT        TRIGGER        STATE  INVOICE  DUE
  2   milestone  8,000.00 EUR  deliverable:1  due    -        -
  $ rapport --today 2026-04-28 check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-04-29 check shop | grep -A1 H-PAYMENT
  shop: warning H-PAYMENT: payment 2 (8,000.00 EUR) fell due on 2026-03-29 and has not been invoiced for 31 days
    hint: rapport payment invoice 2 --number N

The hint, typed with a number, invoices it; the invoice is due 30 days
later (2026-05-29), and is late from the day after.

  $ rapport --today 2026-04-29 payment invoice 2 --number INV-002
  payment 2 is now invoiced
  $ rapport --today 2026-04-29 check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-05-29 check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-05-30 check shop | grep -A1 H-PAYMENT
  shop: warning H-PAYMENT: invoice INV-002 of payment 2 (8,000.00 EUR) is 1 day past due (due 2026-05-29)
    hint: rapport payment pay 2
  $ rapport --today 2026-05-30 payment pay 2
  payment 2 is now paid
  $ rapport --today 2026-05-30 check shop | grep H-PAYMENT
  [1]

A payment triggered by a date falls due on that date, with the same
terms: one due on 2026-03-20 is to be invoiced by 2026-04-19.

  $ rapport payment add shop --kind milestone --amount 1500 --trigger date:2026-03-20 --verify "The extra pages are live"
  payment 4 added
  $ rapport check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-04-19 check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-04-20 check shop | grep H-PAYMENT
  shop: warning H-PAYMENT: payment 4 (1,500.00 EUR) fell due on 2026-03-20 and has not been invoiced for 31 days

An invoice due on a date of its own is late from the day after that date,
whatever the terms; paid or written off, a payment is no signal.

  $ rapport --today 2026-04-20 payment invoice 4 --number INV-004 --due 2026-04-25
  payment 4 is now invoiced
  $ rapport --today 2026-04-26 check shop | grep H-PAYMENT
  shop: warning H-PAYMENT: invoice INV-004 of payment 4 (1,500.00 EUR) is 1 day past due (due 2026-04-25)
  $ rapport --today 2026-04-26 payment writeoff 4 --reason "Goodwill after the outage"
  payment 4 is now written_off
  $ rapport --today 2026-12-01 check shop | grep H-PAYMENT
  [1]

Without payment terms, a payment that fell due is to be invoiced the same
day.

  $ rapport engagement edit shop --payment-terms-days 0 >/dev/null
  $ rapport --today 2026-04-26 payment add shop --kind milestone --amount 500 --trigger date:2026-04-26 --verify "The report is sent"
  payment 5 added
  $ rapport --today 2026-04-26 check shop | grep H-PAYMENT
  [1]
  $ rapport --today 2026-04-27 check shop | grep H-PAYMENT
  shop: warning H-PAYMENT: payment 5 (500.00 EUR) fell due on 2026-04-26 and has not been invoiced for 1 day
