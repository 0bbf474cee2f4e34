Vendor bills: what we owe for the engagement. unpaid -> paid, or disputed
first; a paid bill is locked.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; --vendor and --amount are required.

  $ rapport bill add website --vendor "Hosting Ltd" --amount 120.00 --due 2026-03-15
  bill 1 added
  $ rapport bill add website --vendor "Fonts Inc" --amount 45
  bill 2 added
  $ rapport --json bill add website --vendor "Stock photos" --amount 89.99 --due 2026-04-01
  {
    "id": 3,
    "engagement": "website",
    "vendor": "Stock photos",
    "amount": {
      "amount": "89.99",
      "currency": "EUR"
    },
    "due": "2026-04-01",
    "state": "unpaid",
    "paid_on": null
  }

  $ rapport bill list website
  ID  VENDOR        AMOUNT      DUE         STATE
  1   Hosting Ltd   120.00 EUR  2026-03-15  unpaid
  2   Fonts Inc     45.00 EUR   -           unpaid
  3   Stock photos  89.99 EUR   2026-04-01  unpaid
  $ rapport bill list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "vendor": "Hosting Ltd",
      "amount": {
        "amount": "120.00",
        "currency": "EUR"
      },
      "due": "2026-03-15",
      "state": "unpaid",
      "paid_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "vendor": "Fonts Inc",
      "amount": {
        "amount": "45.00",
        "currency": "EUR"
      },
      "due": null,
      "state": "unpaid",
      "paid_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "vendor": "Stock photos",
      "amount": {
        "amount": "89.99",
        "currency": "EUR"
      },
      "due": "2026-04-01",
      "state": "unpaid",
      "paid_on": null
    }
  ]
  $ rapport bill list website --format csv
  "id","engagement","vendor","amount","due","state","paid_on"
  "1","website","Hosting Ltd","120.00","2026-03-15","unpaid",""
  "2","website","Fonts Inc","45.00","","unpaid",""
  "3","website","Stock photos","89.99","2026-04-01","unpaid",""
  $ rapport bill show 1
  id          1
  engagement  website
  vendor      Hosting Ltd
  amount      120.00 EUR
  due         2026-03-15
  state       unpaid
  paid_on     -
  $ rapport bill show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "vendor": "Fonts Inc",
    "amount": {
      "amount": "45.00",
      "currency": "EUR"
    },
    "due": null,
    "state": "unpaid",
    "paid_on": null
  }

An unpaid bill may be edited.

  $ rapport bill edit 2 --amount 54.50 --due 2026-03-31
  bill 2 updated
  $ rapport bill show 2
  id          2
  engagement  website
  vendor      Fonts Inc
  amount      54.50 EUR
  due         2026-03-31
  state       unpaid
  paid_on     -

dispute, then pay; or pay straight away.

  $ rapport bill dispute 1
  bill 1 is now disputed
  $ rapport bill dispute 1
  error: bill 1 is disputed; 'dispute' is allowed only when it is unpaid
  [2]
  $ rapport bill show 1
  id          1
  engagement  website
  vendor      Hosting Ltd
  amount      120.00 EUR
  due         2026-03-15
  state       disputed
  paid_on     -
  $ rapport bill pay 1
  bill 1 is now paid
  $ rapport bill show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "vendor": "Hosting Ltd",
    "amount": {
      "amount": "120.00",
      "currency": "EUR"
    },
    "due": "2026-03-15",
    "state": "paid",
    "paid_on": "2026-03-02"
  }
  $ rapport bill pay 1
  error: bill 1 is paid; 'pay' is allowed only when it is unpaid, disputed
  [2]
  $ rapport bill dispute 1
  error: bill 1 is paid; 'dispute' is allowed only when it is unpaid
  [2]
  $ rapport bill edit 1 --amount 100
  error: bill 1 is paid and locked; it can no longer be changed
  [2]
  $ rapport bill pay 2
  bill 2 is now paid
  $ rapport bill list website --state unpaid
  ID  VENDOR        AMOUNT     DUE         STATE
  3   Stock photos  89.99 EUR  2026-04-01  unpaid
  $ rapport bill list website --state paid --format csv
  "id","engagement","vendor","amount","due","state","paid_on"
  "1","website","Hosting Ltd","120.00","2026-03-15","paid","2026-03-02"
  "2","website","Fonts Inc","54.50","2026-03-31","paid","2026-03-02"

A bill's amount cannot be negative.

  $ rapport history > before
  $ rapport bill add website --vendor "Refund Co" --amount -3
  error: .*--amount.* (re)
  [2]
  $ rapport history | diff before -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport bill add website --amount 45
  error: missing --vendor (expected text of at most 200 characters)
  [2]
  $ rapport bill add website --vendor "Fonts Inc"
  error: missing --amount (expected an amount such as 24000 or 24000.50)
  [2]
  $ rapport bill add website --vendor "Fonts Inc" --amount 4.999
  error: invalid amount '4.999' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport bill add website --vendor "Fonts Inc" --amount 45 --due 2026-00-10
  error: invalid date '2026-00-10' for --due (expected a date YYYY-MM-DD)
  [2]
  $ rapport bill add website --vendor "$(printf 'v%.0s' $(seq 201))" --amount 45
  error: --vendor is too long (201 characters; at most 200)
  [2]
  $ rapport bill add website "Fonts Inc" --amount 45
  error: unexpected argument 'Fonts Inc' for 'rapport bill add' (see 'rapport bill add --help')
  [2]
  $ rapport bill add nowhere --vendor "Fonts Inc" --amount 45
  error: no engagement 'nowhere'
  [2]
  $ rapport bill pay 99
  error: no bill 99
  [2]
  $ rapport bill dispute 99
  error: no bill 99
  [2]
  $ rapport bill pay 3 --on 2026-03-01
  error: unknown option '--on' for 'rapport bill pay' (see 'rapport bill pay --help')
  [2]
  $ rapport bill list website --state overdue
  error: invalid state 'overdue' (expected one of unpaid, paid, disputed)
  [2]
  $ rapport history | diff before -
  $ rapport bill list website --format table
  ID  VENDOR        AMOUNT      DUE         STATE
  1   Hosting Ltd   120.00 EUR  2026-03-15  paid
  2   Fonts Inc     54.50 EUR   2026-03-31  paid
  3   Stock photos  89.99 EUR   2026-04-01  unpaid
