Purchase orders: a number, the vendor (or client) and an amount; open ->
fulfilled -> closed, or closed straight away.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option.

  $ rapport po add website PO-1001 --vendor "Acme purchasing" --amount 5000
  purchase order 1 added
  $ rapport po add website PO-1002
  purchase order 2 added
  $ rapport --json po add website PO-1003 --vendor "Print shop" --amount 249.90
  {
    "id": 3,
    "engagement": "website",
    "number": "PO-1003",
    "vendor": "Print shop",
    "amount": {
      "amount": "249.90",
      "currency": "EUR"
    },
    "state": "open"
  }

  $ rapport po list website
  ID  PO       VENDOR           AMOUNT        STATE
  1   PO-1001  Acme purchasing  5,000.00 EUR  open
  2   PO-1002  -                -             open
  3   PO-1003  Print shop       249.90 EUR    open
  $ rapport po list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "number": "PO-1001",
      "vendor": "Acme purchasing",
      "amount": {
        "amount": "5000.00",
        "currency": "EUR"
      },
      "state": "open"
    },
    {
      "id": 2,
      "engagement": "website",
      "number": "PO-1002",
      "vendor": null,
      "amount": null,
      "state": "open"
    },
    {
      "id": 3,
      "engagement": "website",
      "number": "PO-1003",
      "vendor": "Print shop",
      "amount": {
        "amount": "249.90",
        "currency": "EUR"
      },
      "state": "open"
    }
  ]
  $ rapport po list website --format csv
  "id","engagement","number","vendor","amount","state"
  "1","website","PO-1001","Acme purchasing","5000.00","open"
  "2","website","PO-1002","","","open"
  "3","website","PO-1003","Print shop","249.90","open"
  $ rapport po show 1
  id          1
  engagement  website
  number      PO-1001
  vendor      Acme purchasing
  amount      5,000.00 EUR
  state       open
  $ rapport po show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "number": "PO-1002",
    "vendor": null,
    "amount": null,
    "state": "open"
  }

An open order may be edited.

  $ rapport po edit 2 --vendor "Globex hardware" --amount 1200
  purchase order 2 updated
  $ rapport po show 2
  id          2
  engagement  website
  number      PO-1002
  vendor      Globex hardware
  amount      1,200.00 EUR
  state       open

fulfil and close; a closed order is locked.

  $ rapport po fulfil 1
  purchase order 1 is now fulfilled
  $ rapport po fulfil 1
  error: purchase order 1 is fulfilled; 'fulfil' is allowed only when it is open
  [2]
  $ rapport po close 1
  purchase order 1 is now closed
  $ rapport po show 1
  id          1
  engagement  website
  number      PO-1001
  vendor      Acme purchasing
  amount      5,000.00 EUR
  state       closed
  $ rapport po close 1
  error: purchase order 1 is closed; 'close' is allowed only when it is open, fulfilled
  [2]
  $ rapport po fulfil 1
  error: purchase order 1 is closed; 'fulfil' is allowed only when it is open
  [2]
  $ rapport po edit 1 --amount 4000
  error: purchase order 1 is closed and locked; it can no longer be changed
  [2]
  $ rapport po close 2
  purchase order 2 is now closed
  $ rapport po fulfil 2
  error: purchase order 2 is closed; 'fulfil' is allowed only when it is open
  [2]
  $ rapport po list website --state open
  ID  PO       VENDOR      AMOUNT      STATE
  3   PO-1003  Print shop  249.90 EUR  open
  $ rapport po list website --state closed --format csv
  "id","engagement","number","vendor","amount","state"
  "1","website","PO-1001","Acme purchasing","5000.00","closed"
  "2","website","PO-1002","Globex hardware","1200.00","closed"

A purchase order number is used once, and its amount cannot be negative.

  $ rapport history > before
  $ rapport po add website PO-1001
  error: .*PO-1001.* (re)
  [2]
  $ rapport po add website PO-1004 --amount -5
  error: .*--amount.* (re)
  [2]
  $ rapport history | diff before -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport po add website ""
  error: --number must not be empty
  [2]
  $ rapport po add website
  error: missing --number (expected text of at most 100 characters)
  [2]
  $ rapport po add website "$(printf '9%.0s' $(seq 101))"
  error: --number is too long (101 characters; at most 100)
  [2]
  $ rapport po add website PO-1005 --amount 1.234
  error: invalid amount '1.234' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport po add website PO-1005 --amount "5 000"
  error: invalid amount '5 000' for --amount (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport po add website PO-1005 --vendor "$(printf 'v%.0s' $(seq 201))"
  error: --vendor is too long (201 characters; at most 200)
  [2]
  $ rapport po add nowhere PO-1005
  error: no engagement 'nowhere'
  [2]
  $ rapport po fulfil 99
  error: no purchase order 99
  [2]
  $ rapport po close 99
  error: no purchase order 99
  [2]
  $ rapport po list website --state cancelled
  error: invalid state 'cancelled' (expected one of open, fulfilled, closed)
  [2]
  $ rapport history | diff before -
  $ rapport po list website --format table
  ID  PO       VENDOR           AMOUNT        STATE
  1   PO-1001  Acme purchasing  5,000.00 EUR  closed
  2   PO-1002  Globex hardware  1,200.00 EUR  closed
  3   PO-1003  Print shop       249.90 EUR    open
