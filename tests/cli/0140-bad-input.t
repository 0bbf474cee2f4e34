Bad input is refused with exit 2 and a message naming the field and the
form it accepts, and nothing is written: the audit trail counts the same
number of events before and after each group.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added
  $ rapport contact add acme "Jane Doe" --email jane@acme.example --signoff
  contact 1 added
  $ rapport engagement add acme "Website Relaunch" --type fixed --slug web --value 24000 --start 2026-03-09 --end 2026-06-30
  engagement 'web' added
  $ rapport engagement add acme "Support" --type retainer --slug support --value 1500000 --currency JPY
  engagement 'support' added
  $ rapport history | wc -l
  5

Dates that do not exist, or are not written YYYY-MM-DD.

  $ rapport engagement add acme "X" --type fixed --start 2026-02-30
  error: invalid date '2026-02-30' for --start (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement add acme "X" --type fixed --end 2026-04-31
  error: invalid date '2026-04-31' for --end (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement add acme "X" --type fixed --renewal-date 2027-02-29
  error: invalid date '2027-02-29' for --renewal-date (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement edit web --forecast-end 2026-13-01
  error: invalid date '2026-13-01' for --forecast-end (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement add acme "X" --type fixed --start 2026-3-9
  error: invalid date '2026-3-9' for --start (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement add acme "X" --type fixed --start 09/03/2026
  error: invalid date '09/03/2026' for --start (expected a date YYYY-MM-DD)
  [2]
  $ rapport contact add acme "X" --birthday 1981-02-29
  error: invalid date '1981-02-29' for --birthday (expected a date YYYY-MM-DD)
  [2]
  $ rapport history | wc -l
  5

Amounts: not a number, more decimals than the currency has, thousands
separators, exponents.

  $ rapport engagement add acme "X" --type fixed --value abc
  error: invalid amount 'abc' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport engagement add acme "X" --type fixed --value 12.345
  error: invalid amount '12.345' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport engagement edit web --value 12.345
  error: invalid amount '12.345' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport engagement add acme "X" --type fixed --value 1,000
  error: invalid amount '1,000' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport engagement add acme "X" --type fixed --value 1e3
  error: invalid amount '1e3' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport engagement add acme "X" --type fixed --value 99999999999999999999
  error: invalid amount '99999999999999999999' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport history | wc -l
  5

A currency without minor units takes whole amounts only, and the message
says so rather than offering "24000.50" as an example.

  $ rapport engagement add acme "X" --type retainer --currency JPY --value 100.5
  error: invalid amount '100\.5' for --value .*JPY.* (re)
  [2]
  $ rapport engagement edit support --value 100.5
  error: invalid amount '100\.5' for --value .*JPY.* (re)
  [2]
  $ rapport engagement show support | grep '^value'
  value               1,500,000 JPY

Unknown engagements and clients.

  $ rapport engagement show nope
  error: no engagement 'nope'
  [2]
  $ rapport engagement edit nope --value 1
  error: no engagement 'nope'
  [2]
  $ rapport engagement add nope "X" --type fixed
  error: no client 'nope'
  [2]
  $ rapport contact add nope "X"
  error: no client 'nope'
  [2]
  $ rapport contact list nope
  error: no client 'nope'
  [2]
  $ rapport client edit nope --industry Retail
  error: no client 'nope'
  [2]
  $ rapport client rm nope
  error: no client 'nope'
  [2]
  $ rapport deliverable add nope "Design"
  error: no engagement 'nope'
  [2]
  $ rapport payment add nope --kind upfront --amount 10%
  error: no engagement 'nope'
  [2]
  $ rapport history nope
  error: no engagement 'nope'
  [2]
  $ rapport history | wc -l
  5

Text longer than its limit: 200 characters for names and titles, 4000 for
long text, 50 for a phone number.

  $ rapport client add "$(printf 'x%.0s' $(seq 1 201))"
  error: --name is too long (201 characters; at most 200)
  [2]
  $ rapport client add "Fine" --industry "$(printf 'x%.0s' $(seq 1 201))"
  error: --industry is too long (201 characters; at most 200)
  [2]
  $ rapport engagement add acme "$(printf 'x%.0s' $(seq 1 201))" --type fixed
  error: --title is too long (201 characters; at most 200)
  [2]
  $ rapport engagement edit web --objectives "$(printf 'x%.0s' $(seq 1 4001))"
  error: --objectives is too long (4001 characters; at most 4000)
  [2]
  $ rapport contact add acme "X" --phone "$(printf '1%.0s' $(seq 1 51))"
  error: --phone is too long (51 characters; at most 50)
  [2]
  $ rapport history | wc -l
  5

Exactly at the limit is fine.

  $ rapport client add "$(printf 'x%.0s' $(seq 1 200))" --slug long
  client 'long' added
  $ rapport client rm long > /dev/null
  $ rapport history | wc -l
  7

A percentage of the value above 100, below 0, or on an engagement without
a value.

  $ rapport payment add web --kind upfront --amount 101%
  error: invalid percentage '101%' for --amount (expected 0% to 100%, e.g. 30% or 12.5%)
  [2]
  $ rapport payment add web --kind upfront --amount -1%
  error: invalid percentage '-1%' for --amount (expected 0% to 100%, e.g. 30% or 12.5%)
  [2]
  $ rapport engagement add acme "No Value" --type tm --slug novalue
  engagement 'novalue' added
  $ rapport payment add novalue --kind upfront --amount 30%
  error: '30%' needs the engagement's value, which is not set
  [2]
  $ rapport payment list web
  $ rapport history | wc -l
  8

Whole numbers out of their range, negative, or not whole.

  $ rapport engagement add acme "X" --type fixed --notice-days -5
  error: invalid number '-5' for --notice-days (expected a whole number from 0 to 3650)
  [2]
  $ rapport engagement edit web --notice-days -1
  error: invalid number '-1' for --notice-days (expected a whole number from 0 to 3650)
  [2]
  $ rapport engagement add acme "X" --type fixed --notice-days 1.5
  error: invalid number '1.5' for --notice-days (expected a whole number from 0 to 3650)
  [2]
  $ rapport engagement add acme "X" --type fixed --payment-terms-days 366
  error: invalid number '366' for --payment-terms-days (expected a whole number from 0 to 365)
  [2]
  $ rapport engagement add acme "X" --type fixed --rfi-hours 0
  error: invalid number '0' for --rfi-hours (expected a whole number from 1 to 8760)
  [2]
  $ rapport engagement add acme "X" --type fixed --client-rfi-hours 8761
  error: invalid number '8761' for --client-rfi-hours (expected a whole number from 1 to 8760)
  [2]
  $ rapport engagement add acme "X" --type fixed --review-days x
  error: invalid number 'x' for --review-days (expected a whole number from 0 to 365)
  [2]
  $ rapport engagement add acme "X" --type fixed --punch-days 3651
  error: invalid number '3651' for --punch-days (expected a whole number from 0 to 3650)
  [2]
  $ rapport history | wc -l
  8

Durations other than 1w, 2w, 1m, 6m, 1y or a number of days.

  $ rapport engagement add acme "X" --type fixed --report-every 3x
  error: invalid duration '3x' for --report-every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport engagement add acme "X" --type fixed --meet-every 0
  error: invalid duration '0' for --meet-every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport engagement edit web --meet-every fortnightly
  error: invalid duration 'fortnightly' for --meet-every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport history | wc -l
  8

E-mail addresses that are not addresses.

  $ rapport contact add acme "X" --email not-an-email
  error: invalid e-mail address 'not-an-email' for --email (expected an e-mail address such as ana@example.com)
  [2]
  $ rapport contact add acme "X" --email "ana@"
  error: invalid e-mail address 'ana@' for --email (expected an e-mail address such as ana@example.com)
  [2]
  $ rapport contact add acme "X" --email "ana smith@acme.example"
  error: invalid e-mail address 'ana smith@acme.example' for --email (expected an e-mail address such as ana@example.com)
  [2]
  $ rapport contact edit 1 --email "@acme.example"
  error: invalid e-mail address '@acme.example' for --email (expected an e-mail address such as ana@example.com)
  [2]
  $ rapport history | wc -l
  8

Slugs: lower-case letters, digits and '-', at most 40, not only digits.

  $ rapport client add "X" --slug "Bad Slug"
  error: invalid slug 'Bad Slug' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport client add "X" --slug 123
  error: invalid slug '123' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport client add "X" --slug -lead
  error: invalid slug '-lead' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport client add "X" --slug under_score
  error: invalid slug 'under_score' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport client add "X" --slug "$(printf 'a%.0s' $(seq 1 41))"
  error: invalid slug 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport engagement add acme "X" --type fixed --slug "Web"
  error: invalid slug 'Web' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]
  $ rapport engagement edit web --slug "web site"
  error: invalid slug 'web site' for --slug (expected lower-case letters, digits and '-', at most 40, not only digits)
  [2]

A slug cannot be a word the command line or the web UI uses itself: an
engagement "new" could not be opened at /engagements/new.

  $ rapport engagement add acme "X" --type fixed --slug new
  error: --slug cannot be a word rapport uses itself (add, list, show, edit, rm, help, touch, new)
  [2]
  $ rapport client edit acme --slug list
  error: --slug cannot be a word rapport uses itself (add, list, show, edit, rm, help, touch, new)
  [2]
  $ rapport history | wc -l
  8

Currencies that ISO 4217 does not know.

  $ rapport engagement add acme "X" --type fixed --currency XYZ
  error: invalid currency 'XYZ' for --currency (expected an ISO 4217 code such as EUR)
  [2]
  $ rapport engagement add acme "X" --type fixed --currency EURO
  error: invalid currency 'EURO' for --currency (expected an ISO 4217 code such as EUR)
  [2]
  $ rapport engagement add acme "X" --type fixed --currency 978
  error: invalid currency '978' for --currency (expected an ISO 4217 code such as EUR)
  [2]
  $ rapport history | wc -l
  8

Words outside a field's list.

  $ rapport engagement add acme "X" --type fixed-price
  error: invalid value 'fixed-price' for --type (expected one of fixed, tm, retainer)
  [2]
  $ rapport engagement edit web --type hourly
  error: invalid value 'hourly' for --type (expected one of fixed, tm, retainer)
  [2]
  $ rapport engagement add acme "X" --type fixed --renewal yearly
  error: invalid value 'yearly' for --renewal (expected one of auto, manual, none)
  [2]
  $ rapport client add "X" --status Active
  error: invalid value 'Active' for --status (expected one of prospect, active, former)
  [2]
  $ rapport payment add web --kind deposit --amount 10%
  error: invalid value 'deposit' for --kind (expected one of upfront, milestone, final)
  [2]
  $ rapport engagement list --state open
  error: invalid state 'open' (expected one of draft, active, on_hold, delivered, closing, closed, terminated)
  [2]
  $ rapport history | wc -l
  8

An edit with one good field and one bad one changes neither.

  $ rapport engagement edit web --objectives "Launch by June" --value abc
  error: invalid amount 'abc' for --value (expected an amount of zero or more in EUR with at most 2 decimals, e.g. 24000.50)
  [2]
  $ rapport contact edit 1 --role "Boss" --birthday 2026-02-30
  error: invalid date '2026-02-30' for --birthday (expected a date YYYY-MM-DD)
  [2]
  $ rapport engagement show web | grep '^objectives'
  objectives          -
  $ rapport contact show 1 | grep '^role'
  role         -
  $ rapport history | wc -l
  8

Record numbers that are not numbers.

  $ rapport contact show jane
  error: invalid contact number 'jane' (expected a number such as 3)
  [2]
  $ rapport contact edit 0 --role CTO
  error: invalid contact number '0' (expected a number such as 3)
  [2]
  $ rapport contact rm -1
  error: invalid contact number '-1' (expected a number such as 3)
  [2]
  $ rapport history | wc -l
  8

A name may not hold control characters; the message says so, instead of
claiming the name is too long.

  $ rapport client add "$(printf 'Tab\tName')"
  error: .*--name.*(control|tab|line break).* (re)
  [2]
  $ rapport client add "$(printf 'Two\nLines')"
  error: .*--name.*(control|tab|line break).* (re)
  [2]

A name given twice, as the argument and as --name, is ambiguous and refused.

  $ rapport client add "Acme West" --name "Acme East"
  error: .*--name.* (re)
  [2]
  $ rapport client list --format csv | tr -d '\r' | cut -d, -f2
  "name"
  "Acme"

A birthday cannot lie in the future.

  $ rapport contact add acme "Not Born Yet" --birthday 2027-01-01
  error: invalid date '2027-01-01' for --birthday (it is in the future)
  [2]

An empty label in the domain is not an address either.

  $ rapport contact add acme "X" --email "ana@acme..example"
  error: invalid e-mail address 'ana@acme..example' for --email (expected an e-mail address such as ana@example.com)
  [2]

After all of this the trail is still intact, and the records are as they were.

  $ rapport history --verify
  the audit trail is intact
  $ rapport history | wc -l
  8
  $ rapport contact list
  ID  CLIENT  NAME      EMAIL              ROLE  SIGN-OFF
  1   acme    Jane Doe  jane@acme.example  -     yes
  $ rapport engagement list
  ID  CLIENT  TITLE             SLUG     TYPE      VALUE          START       END         STATE
  1   acme    Website Relaunch  web      fixed     24,000.00 EUR  2026-03-09  2026-06-30  draft
  2   acme    Support           support  retainer  1,500,000 JPY  -           -           draft
  3   acme    No Value          novalue  tm        -              -           -           draft
