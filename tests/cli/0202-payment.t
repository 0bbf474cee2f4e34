Payments: the schedule (amounts or percentages of the engagement's value,
with a trigger and a verification), the effect of accepting a deliverable,
invoices and their due dates, receipts and write-offs. The fixture's
engagement website is worth 24000.00 EUR with net 30 days; retainer has no
value and net 14 days; other (client globex) is worth 1000.01 EUR.

  $ . "$TESTDIR/fixtures/base.sh"
  $ rapport deliverable add website "Design" --reviewer 1 >/dev/null
  $ rapport deliverable add website "Build" --reviewer 1 >/dev/null

Add payments with every option. A percentage is taken of the engagement's
value: 30% of 24000.00 is 7200.00.

  $ rapport payment add website --kind upfront --amount 30% --trigger date:2026-04-01 --verify "The contract is signed"
  payment 1 added
  $ rapport payment add website --kind milestone --amount 9600 --trigger deliverable:1 --verify "The mock-ups are approved"
  payment 2 added
  $ rapport payment add website --kind milestone --amount 1200.50 --trigger deliverable:1
  payment 3 added
  $ rapport payment add website --kind final --amount 20% --trigger deliverable:2 --verify "The site is live"
  payment 4 added
  $ rapport payment list website
  ID  KIND       AMOUNT        TRIGGER          STATE      INVOICE  DUE
  1   upfront    7,200.00 EUR  date:2026-04-01  scheduled  -        -
  2   milestone  9,600.00 EUR  deliverable:1    scheduled  -        -
  3   milestone  1,200.50 EUR  deliverable:1    scheduled  -        -
  4   final      4,800.00 EUR  deliverable:2    scheduled  -        -

Percentages round half away from zero to the cent: 33.33% of 1000.01 is
333.303333 -> 333.30, 0.05% of 1000.01 is 0.5000005 -> 0.50, 12.5% is
125.00125 -> 125.00, and 100% is the whole value.

  $ rapport payment add other --kind upfront --amount 33.33%
  payment 5 added
  $ rapport payment add other --kind milestone --amount 0.05%
  payment 6 added
  $ rapport payment add other --kind milestone --amount 12.5%
  payment 7 added
  $ rapport payment add other --kind final --amount 100%
  payment 8 added
  $ rapport payment list other
  ID  KIND       AMOUNT        TRIGGER  STATE      INVOICE  DUE
  5   upfront    333.30 EUR    -        scheduled  -        -
  6   milestone  0.50 EUR      -        scheduled  -        -
  7   milestone  125.00 EUR    -        scheduled  -        -
  8   final      1,000.01 EUR  -        scheduled  -        -

Percentages above 100%, with more than two decimals, or on an engagement
without a value are refused; so are amounts that are not more than zero.

  $ rapport history > before
  $ rapport payment add website --kind final --amount 101%
  error: invalid percentage '101%' for --amount (expected 0% to 100%, e.g. 30% or 12.5%)
  [2]
  $ rapport payment add website --kind final --amount 12.125%
  error: invalid percentage '12.125%' for --amount (expected 0% to 100%, e.g. 30% or 12.5%)
  [2]
  $ rapport payment add retainer --kind final --amount 10%
  error: '10%' needs the engagement's value, which is not set
  [2]
  $ rapport payment add website --kind final --amount 0%
  error: a payment's --amount must be more than zero
  [2]
  $ rapport payment add website --kind final --amount 0
  error: a payment's --amount must be more than zero
  [2]
  $ rapport payment add website --kind final --amount -100
  error: invalid amount '-100' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50, or a percentage of the value such as 30%)
  [2]
  $ rapport history | diff before -

The list as JSON and CSV, and one payment shown as text and JSON.

  $ rapport payment list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "kind": "upfront",
      "amount": {
        "amount": "7200.00",
        "currency": "EUR"
      },
      "trigger": "date:2026-04-01",
      "verify": "The contract is signed",
      "state": "scheduled",
      "invoice_number": null,
      "triggered_on": null,
      "invoiced_on": null,
      "due_on": null,
      "paid_on": null,
      "writeoff_reason": null
    },
    {
      "id": 2,
      "engagement": "website",
      "kind": "milestone",
      "amount": {
        "amount": "9600.00",
        "currency": "EUR"
      },
      "trigger": "deliverable:1",
      "verify": "The mock-ups are approved",
      "state": "scheduled",
      "invoice_number": null,
      "triggered_on": null,
      "invoiced_on": null,
      "due_on": null,
      "paid_on": null,
      "writeoff_reason": null
    },
    {
      "id": 3,
      "engagement": "website",
      "kind": "milestone",
      "amount": {
        "amount": "1200.50",
        "currency": "EUR"
      },
      "trigger": "deliverable:1",
      "verify": null,
      "state": "scheduled",
      "invoice_number": null,
      "triggered_on": null,
      "invoiced_on": null,
      "due_on": null,
      "paid_on": null,
      "writeoff_reason": null
    },
    {
      "id": 4,
      "engagement": "website",
      "kind": "final",
      "amount": {
        "amount": "4800.00",
        "currency": "EUR"
      },
      "trigger": "deliverable:2",
      "verify": "The site is live",
      "state": "scheduled",
      "invoice_number": null,
      "triggered_on": null,
      "invoiced_on": null,
      "due_on": null,
      "paid_on": null,
      "writeoff_reason": null
    }
  ]
  $ rapport payment list website --format csv
  "id","engagement","kind","amount","trigger","verify","state","invoice_number","triggered_on","invoiced_on","due_on","paid_on","writeoff_reason"
  "1","website","upfront","7200.00","date:2026-04-01","The contract is signed","scheduled","","","","","",""
  "2","website","milestone","9600.00","deliverable:1","The mock-ups are approved","scheduled","","","","","",""
  "3","website","milestone","1200.50","deliverable:1","","scheduled","","","","","",""
  "4","website","final","4800.00","deliverable:2","The site is live","scheduled","","","","","",""
  $ rapport payment show 1
  id               1
  engagement       website
  kind             upfront
  amount           7,200.00 EUR
  trigger          date:2026-04-01
  verify           The contract is signed
  state            scheduled
  invoice_number   -
  triggered_on     -
  invoiced_on      -
  due_on           -
  paid_on          -
  writeoff_reason  -
  $ rapport payment show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "kind": "milestone",
    "amount": {
      "amount": "9600.00",
      "currency": "EUR"
    },
    "trigger": "deliverable:1",
    "verify": "The mock-ups are approved",
    "state": "scheduled",
    "invoice_number": null,
    "triggered_on": null,
    "invoiced_on": null,
    "due_on": null,
    "paid_on": null,
    "writeoff_reason": null
  }

A scheduled payment may be edited, e.g. its amount as a percentage again.

  $ rapport payment edit 3 --amount 5% --verify "The mock-ups are approved"
  payment 3 updated
  $ rapport payment show 3
  id               3
  engagement       website
  kind             milestone
  amount           1,200.00 EUR
  trigger          deliverable:1
  verify           The mock-ups are approved
  state            scheduled
  invoice_number   -
  triggered_on     -
  invoiced_on      -
  due_on           -
  paid_on          -
  writeoff_reason  -

Accepting deliverable 1 makes exactly the scheduled payments triggered by it
due, stamped with the day of the trigger; the others stay scheduled.

  $ rapport deliverable submit 1 >/dev/null
  $ rapport deliverable accept 1
  deliverable 1 is now accepted
  $ rapport payment list website
  ID  KIND       AMOUNT        TRIGGER          STATE      INVOICE  DUE
  1   upfront    7,200.00 EUR  date:2026-04-01  scheduled  -        -
  2   milestone  9,600.00 EUR  deliverable:1    due        -        -
  3   milestone  1,200.00 EUR  deliverable:1    due        -        -
  4   final      4,800.00 EUR  deliverable:2    scheduled  -        -
  $ rapport payment show 2
  id               2
  engagement       website
  kind             milestone
  amount           9,600.00 EUR
  trigger          deliverable:1
  verify           The mock-ups are approved
  state            due
  invoice_number   -
  triggered_on     2026-03-02
  invoiced_on      -
  due_on           -
  paid_on          -
  writeoff_reason  -
  $ rapport history | tail -3
  22   2026-03-02 00:00  tester  due     payment 2      [website] state: scheduled -> due; triggered_on: - -> 2026-03-02
  23   2026-03-02 00:00  tester  due     payment 3      [website] state: scheduled -> due; triggered_on: - -> 2026-03-02
  24   2026-03-02 00:00  tester  accept  deliverable 1  [website] state: submitted -> accepted; signed_off_by: - -> 1; signed_off_on: - -> 2026-03-02; deli…

Rejecting a deliverable makes nothing due.

  $ rapport deliverable submit 2 >/dev/null
  $ rapport deliverable reject 2 --comment "Broken links"
  deliverable 2 is now rejected
  $ rapport payment list website --state due
  ID  KIND       AMOUNT        TRIGGER        STATE  INVOICE  DUE
  2   milestone  9,600.00 EUR  deliverable:1  due    -        -
  3   milestone  1,200.00 EUR  deliverable:1  due    -        -

Invoicing needs a number; the due date is the invoice date plus the
engagement's payment terms (30 days here), unless --due is given.

  $ rapport payment invoice 2
  error: missing --number (expected text of at most 100 characters)
  [2]
  $ rapport payment invoice 2 --number INV-001
  payment 2 is now invoiced
  $ rapport payment show 2
  id               2
  engagement       website
  kind             milestone
  amount           9,600.00 EUR
  trigger          deliverable:1
  verify           The mock-ups are approved
  state            invoiced
  invoice_number   INV-001
  triggered_on     2026-03-02
  invoiced_on      2026-03-02
  due_on           2026-04-01
  paid_on          -
  writeoff_reason  -
  $ rapport payment invoice 3 --number INV-002 --due 2026-03-20
  payment 3 is now invoiced
  $ rapport payment show 3 --json
  {
    "id": 3,
    "engagement": "website",
    "kind": "milestone",
    "amount": {
      "amount": "1200.00",
      "currency": "EUR"
    },
    "trigger": "deliverable:1",
    "verify": "The mock-ups are approved",
    "state": "invoiced",
    "invoice_number": "INV-002",
    "triggered_on": "2026-03-02",
    "invoiced_on": "2026-03-02",
    "due_on": "2026-03-20",
    "paid_on": null,
    "writeoff_reason": null
  }

The payment terms of the engagement count (net 14 for retainer), from the
day of the invoice.

  $ rapport payment add retainer --kind milestone --amount 1500 >/dev/null
  $ rapport --today 2026-03-10 payment invoice 9 --number R-001
  payment 9 is now invoiced
  $ rapport payment show 9
  id               9
  engagement       retainer
  kind             milestone
  amount           1,500.00 EUR
  trigger          -
  verify           -
  state            invoiced
  invoice_number   R-001
  triggered_on     -
  invoiced_on      2026-03-10
  due_on           2026-03-24
  paid_on          -
  writeoff_reason  -

An invoice number is used once; a payment is invoiced once; an invoiced
payment is locked.

  $ rapport payment invoice 1 --number INV-001
  error: invoice number 'INV-001' is used by payment 2 already
  [2]
  $ rapport payment invoice 2 --number INV-003
  error: payment 2 is invoiced; 'invoice' is allowed only when it is scheduled, due
  [2]
  $ rapport payment edit 2 --amount 1
  error: payment 2 is invoiced and locked; it can no longer be changed
  [2]

Payment received: today by default, or --on.

  $ rapport payment pay 2 --on 2026-02-27
  payment 2 is now paid
  $ rapport payment pay 3
  payment 3 is now paid
  $ rapport payment show 2
  id               2
  engagement       website
  kind             milestone
  amount           9,600.00 EUR
  trigger          deliverable:1
  verify           The mock-ups are approved
  state            paid
  invoice_number   INV-001
  triggered_on     2026-03-02
  invoiced_on      2026-03-02
  due_on           2026-04-01
  paid_on          2026-02-27
  writeoff_reason  -
  $ rapport payment pay 2
  error: payment 2 is paid; 'pay' is allowed only when it is scheduled, due, invoiced
  [2]
  $ rapport payment invoice 2 --number INV-005
  error: payment 2 is paid; 'invoice' is allowed only when it is scheduled, due
  [2]
  $ rapport payment writeoff 2 --reason "Paid twice?"
  error: payment 2 is paid; 'writeoff' is allowed only when it is scheduled, due, invoiced
  [2]
  $ rapport payment edit 2 --kind final
  error: payment 2 is paid and locked; it can no longer be changed
  [2]

A due date before the invoice date is refused, and so is a payment received
on a day still to come; neither changes the payment.

  $ rapport payment invoice 6 --number INV-004 --due 2026-02-01
  error: .*due.*before.* (re)
  [2]
  $ rapport payment pay 7 --on 2026-12-31
  error: .*2026-12-31.* (re)
  [2]
  $ rapport payment list other --format csv
  "id","engagement","kind","amount","trigger","verify","state","invoice_number","triggered_on","invoiced_on","due_on","paid_on","writeoff_reason"
  "5","other","upfront","333.30","","","scheduled","","","","","",""
  "6","other","milestone","0.50","","","scheduled","","","","","",""
  "7","other","milestone","125.00","","","scheduled","","","","","",""
  "8","other","final","1000.01","","","scheduled","","","","","",""

Writing off needs a reason; a written-off payment is final.

  $ rapport payment writeoff 4
  error: missing --reason (expected text of at most 4000 characters)
  [2]
  $ rapport payment writeoff 4 --reason "Client went bankrupt"
  payment 4 is now written_off
  $ rapport payment show 4
  id               4
  engagement       website
  kind             final
  amount           4,800.00 EUR
  trigger          deliverable:2
  verify           The site is live
  state            written_off
  invoice_number   -
  triggered_on     -
  invoiced_on      -
  due_on           -
  paid_on          -
  writeoff_reason  Client went bankrupt
  $ rapport payment pay 4
  error: payment 4 is written_off; 'pay' is allowed only when it is scheduled, due, invoiced
  [2]
  $ rapport payment invoice 4 --number INV-006
  error: payment 4 is written_off; 'invoice' is allowed only when it is scheduled, due
  [2]
  $ rapport payment writeoff 4 --reason "Again"
  error: payment 4 is written_off; 'writeoff' is allowed only when it is scheduled, due, invoiced
  [2]

A scheduled payment can be paid or written off without an invoice.

  $ rapport payment pay 1
  payment 1 is now paid
  $ rapport payment writeoff 5 --reason "Waived as a discount"
  payment 5 is now written_off
  $ rapport payment list website
  ID  KIND       AMOUNT        TRIGGER          STATE        INVOICE  DUE
  1   upfront    7,200.00 EUR  date:2026-04-01  paid         -        -
  2   milestone  9,600.00 EUR  deliverable:1    paid         INV-001  2026-04-01
  3   milestone  1,200.00 EUR  deliverable:1    paid         INV-002  2026-03-20
  4   final      4,800.00 EUR  deliverable:2    written_off  -        -
  $ rapport payment list website --state paid --format csv
  "id","engagement","kind","amount","trigger","verify","state","invoice_number","triggered_on","invoiced_on","due_on","paid_on","writeoff_reason"
  "1","website","upfront","7200.00","date:2026-04-01","The contract is signed","paid","","","","","2026-03-02",""
  "2","website","milestone","9600.00","deliverable:1","The mock-ups are approved","paid","INV-001","2026-03-02","2026-03-02","2026-04-01","2026-02-27",""
  "3","website","milestone","1200.00","deliverable:1","The mock-ups are approved","paid","INV-002","2026-03-02","2026-03-02","2026-03-20","2026-03-02",""

Payments already invoiced, paid or written off keep their state when their
deliverable is accepted later; only the scheduled one falls due.

  $ rapport deliverable add website "Launch" --reviewer 3 >/dev/null
  $ rapport payment add website --kind milestone --amount 100 --trigger deliverable:3 >/dev/null
  $ rapport payment add website --kind milestone --amount 200 --trigger deliverable:3 >/dev/null
  $ rapport payment add website --kind milestone --amount 300 --trigger deliverable:3 >/dev/null
  $ rapport payment add website --kind final --amount 400 --trigger deliverable:3 >/dev/null
  $ rapport payment invoice 10 --number INV-100 >/dev/null
  $ rapport payment pay 11 >/dev/null
  $ rapport payment writeoff 12 --reason "Included in the launch package" >/dev/null
  $ rapport deliverable submit 3 >/dev/null
  $ rapport deliverable accept 3
  deliverable 3 is now accepted
  $ rapport payment list website --format csv | cut -d, -f1,5,7,9
  "id","trigger","state","triggered_on"
  "1","date:2026-04-01","paid",""
  "2","deliverable:1","paid","2026-03-02"
  "3","deliverable:1","paid","2026-03-02"
  "4","deliverable:2","written_off",""
  "10","deliverable:3","invoiced",""
  "11","deliverable:3","paid",""
  "12","deliverable:3","written_off",""
  "13","deliverable:3","due","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport payment add website --kind deposit --amount 100
  error: invalid value 'deposit' for --kind (expected one of upfront, milestone, final)
  [2]
  $ rapport payment add website --amount 100
  error: missing --kind (expected one of upfront, milestone, final)
  [2]
  $ rapport payment add website --kind final
  error: missing --amount (expected an amount such as 24000 or 24000.50, or a percentage of the value such as 30%)
  [2]
  $ rapport payment add website --kind final --amount 12.345
  error: invalid amount '12.345' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50, or a percentage of the value such as 30%)
  [2]
  $ rapport payment add website --kind final --amount 1,000
  error: invalid amount '1,000' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50, or a percentage of the value such as 30%)
  [2]
  $ rapport payment add website --kind final --amount ten
  error: invalid amount 'ten' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50, or a percentage of the value such as 30%)
  [2]
  $ rapport payment add website --kind final --amount 100 --trigger soon
  error: invalid trigger 'soon' for --trigger (expected deliverable:ID or date:YYYY-MM-DD)
  [2]
  $ rapport payment add website --kind final --amount 100 --trigger date:2026-02-30
  error: invalid trigger 'date:2026-02-30' for --trigger (expected deliverable:ID or date:YYYY-MM-DD)
  [2]
  $ rapport payment add website --kind final --amount 100 --trigger deliverable:99
  error: no deliverable 99
  [2]
  $ rapport payment add other --kind final --amount 100 --trigger deliverable:1
  error: deliverable 1 belongs to engagement 'website', not to this one
  [2]
  $ rapport payment add website --kind final --amount 100 --verify "$(printf 'v%.0s' $(seq 4001))"
  error: --verify is too long (4001 characters; at most 4000)
  [2]
  $ rapport payment add nowhere --kind final --amount 100
  error: no engagement 'nowhere'
  [2]
  $ rapport payment invoice 99 --number INV-099
  error: no payment 99
  [2]
  $ rapport payment invoice 8 --number "$(printf 'n%.0s' $(seq 101))"
  error: --number is too long (101 characters; at most 100)
  [2]
  $ rapport payment invoice 8 --number INV-010 --due 2026-04-31
  error: invalid date '2026-04-31' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport payment pay 8 --on 01/04/2026
  error: invalid date '01/04/2026' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport payment writeoff 8 --reason ""
  error: missing --reason (expected text of at most 4000 characters)
  [2]
  $ rapport payment list website --state overdue
  error: invalid state 'overdue' (expected one of scheduled, due, invoiced, paid, written_off)
  [2]
  $ rapport history | diff before -
