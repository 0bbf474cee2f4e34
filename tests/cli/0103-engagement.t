Engagements: the work for a client, with its terms.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added
  $ rapport client add "Globex"
  client 'globex' added

Every verb has its own help, which exits 0 and starts with the usage line;
the help of add names every term of the contract.

  $ rapport engagement --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport engagement VERB ...
  $ for v in add list show edit; do rapport engagement $v --help >help.txt || echo "exit $?"; head -1 help.txt; done
  usage: rapport engagement add CLIENT TITLE [options]
  usage: rapport engagement list [CLIENT] [options]
  usage: rapport engagement show SLUG
  usage: rapport engagement edit SLUG [options]
  $ rapport engagement add --help | grep -o -- '^  --[a-z-]*' | tr -d ' ' | paste -sd' '
  --title --slug --type --value --currency --start --end --forecast-end --objectives --success --change-provisions --resources --fit --past-arrangements --notice-days --renewal --renewal-date --payment-terms-days --rfi-hours --client-rfi-hours --review-days --report-every --meet-every --punch-days --json --help

An engagement with every term of CLI.md (the type is required).

  $ rapport engagement add acme "Website Relaunch" --type fixed --slug web --value 24000 --currency EUR \
  >   --start 2026-03-09 --end 2026-06-30 --forecast-end 2026-07-15 \
  >   --objectives "A faster, accessible site" --success "Conversion up 10% by Q3" \
  >   --change-provisions "New pages are change requests; copy edits are not" \
  >   --resources "On board: 2 developers; to bring on: a designer" \
  >   --fit "Shared goals: accessibility first; weekly demos" \
  >   --past-arrangements "Globex 2024 intranet: worked because of weekly demos" \
  >   --notice-days 30 --renewal manual --renewal-date 2026-12-31 \
  >   --payment-terms-days 14 --rfi-hours 24 --client-rfi-hours 48 --review-days 5 \
  >   --report-every 2w --meet-every 1w --punch-days 30
  engagement 'web' added

Show gives every field; money reads with thousands separators and its code.

  $ rapport engagement show web
  id                  1
  client              acme
  title               Website Relaunch
  slug                web
  type                fixed
  value               24,000.00 EUR
  currency            EUR
  baseline_start      2026-03-09
  baseline_end        2026-06-30
  forecast_end        2026-07-15
  state               draft
  objectives          A faster, accessible site
  success             Conversion up 10% by Q3
  change_provisions   New pages are change requests; copy edits are not
  resources           On board: 2 developers; to bring on: a designer
  fit                 Shared goals: accessibility first; weekly demos
  past_arrangements   Globex 2024 intranet: worked because of weekly demos
  notice_days         30
  renewal             manual
  renewal_date        2026-12-31
  payment_terms_days  14
  rfi_hours           24
  client_rfi_hours    48
  review_days         5
  report_every        2w
  meet_every          1w
  punch_days          30
  notice_given        -
  ended_on            -
  created_on          2026-03-02
  kicked_off_on       -
  kickoff_override    -
  closed_on           -
  close_override      -

In JSON, money is an object with the amount as a decimal string (never a
float) and the currency; unset terms are null.

  $ rapport engagement show web --json
  {
    "id": 1,
    "client": "acme",
    "title": "Website Relaunch",
    "slug": "web",
    "type": "fixed",
    "value": {
      "amount": "24000.00",
      "currency": "EUR"
    },
    "currency": "EUR",
    "baseline_start": "2026-03-09",
    "baseline_end": "2026-06-30",
    "forecast_end": "2026-07-15",
    "state": "draft",
    "objectives": "A faster, accessible site",
    "success": "Conversion up 10% by Q3",
    "change_provisions": "New pages are change requests; copy edits are not",
    "resources": "On board: 2 developers; to bring on: a designer",
    "fit": "Shared goals: accessibility first; weekly demos",
    "past_arrangements": "Globex 2024 intranet: worked because of weekly demos",
    "notice_days": 30,
    "renewal": "manual",
    "renewal_date": "2026-12-31",
    "payment_terms_days": 14,
    "rfi_hours": 24,
    "client_rfi_hours": 48,
    "review_days": 5,
    "report_every": "2w",
    "meet_every": "1w",
    "punch_days": 30,
    "notice_given": null,
    "ended_on": null,
    "created_on": "2026-03-02",
    "kicked_off_on": null,
    "kickoff_override": null,
    "closed_on": null,
    "close_override": null
  }

A currency without minor units (JPY) shows no decimals, in text and JSON;
the slug comes from the title.

  $ rapport engagement add globex "Support Retainer" --type retainer --value 1500000 --currency JPY
  engagement 'support-retainer' added
  $ rapport engagement show support-retainer | grep -E '^(value|currency) '
  value               1,500,000 JPY
  currency            JPY
  $ rapport engagement show support-retainer --json | grep -A3 '"value"'
    "value": {
      "amount": "1500000",
      "currency": "JPY"
    },

Durations: a number of days is accepted for a cadence and shown as such.

  $ rapport engagement add acme "Security Audit" --type tm --value 9000.50 --currency USD --report-every 10 --meet-every 1m
  engagement 'security-audit' added
  $ rapport engagement show security-audit | grep -E '^(value|report_every|meet_every) '
  value               9,000.50 USD
  report_every        10d
  meet_every          1m

The title gives the slug when none is given (the first engagement took
'web', so 'website-relaunch' is still free); a taken slug is refused.

  $ rapport engagement add globex "Website Relaunch" --type tm
  engagement 'website-relaunch' added
  $ rapport engagement add globex "Intranet" --type tm --slug web
  error: slug 'web' is taken by another engagement
  [2]

The list is a table of all engagements, or of one client's.

  $ rapport engagement list
  ID  CLIENT  TITLE             SLUG              TYPE      VALUE          START       END         STATE
  1   acme    Website Relaunch  web               fixed     24,000.00 EUR  2026-03-09  2026-06-30  draft
  2   globex  Support Retainer  support-retainer  retainer  1,500,000 JPY  -           -           draft
  3   acme    Security Audit    security-audit    tm        9,000.50 USD   -           -           draft
  4   globex  Website Relaunch  website-relaunch  tm        -              -           -           draft
  $ rapport engagement list acme
  ID  TITLE             SLUG            TYPE   VALUE          START       END         STATE
  1   Website Relaunch  web             fixed  24,000.00 EUR  2026-03-09  2026-06-30  draft
  3   Security Audit    security-audit  tm     9,000.50 USD   -           -           draft
  $ rapport engagement list nope
  error: no client 'nope'
  [2]

The list in JSON carries the same money objects; --format json is the same
as --json.

  $ rapport engagement list globex --json
  [
    {
      "id": 2,
      "client": "globex",
      "title": "Support Retainer",
      "slug": "support-retainer",
      "type": "retainer",
      "value": {
        "amount": "1500000",
        "currency": "JPY"
      },
      "currency": "JPY",
      "baseline_start": null,
      "baseline_end": null,
      "forecast_end": null,
      "state": "draft",
      "objectives": null,
      "success": null,
      "change_provisions": null,
      "resources": null,
      "fit": null,
      "past_arrangements": null,
      "notice_days": null,
      "renewal": null,
      "renewal_date": null,
      "payment_terms_days": null,
      "rfi_hours": null,
      "client_rfi_hours": null,
      "review_days": null,
      "report_every": null,
      "meet_every": null,
      "punch_days": null,
      "notice_given": null,
      "ended_on": null,
      "created_on": "2026-03-02",
      "kicked_off_on": null,
      "kickoff_override": null,
      "closed_on": null,
      "close_override": null
    },
    {
      "id": 4,
      "client": "globex",
      "title": "Website Relaunch",
      "slug": "website-relaunch",
      "type": "tm",
      "value": null,
      "currency": "EUR",
      "baseline_start": null,
      "baseline_end": null,
      "forecast_end": null,
      "state": "draft",
      "objectives": null,
      "success": null,
      "change_provisions": null,
      "resources": null,
      "fit": null,
      "past_arrangements": null,
      "notice_days": null,
      "renewal": null,
      "renewal_date": null,
      "payment_terms_days": null,
      "rfi_hours": null,
      "client_rfi_hours": null,
      "review_days": null,
      "report_every": null,
      "meet_every": null,
      "punch_days": null,
      "notice_given": null,
      "ended_on": null,
      "created_on": "2026-03-02",
      "kicked_off_on": null,
      "kickoff_override": null,
      "closed_on": null,
      "close_override": null
    }
  ]
  $ rapport engagement list globex --format json | cmp - <(rapport engagement list globex --json) && echo same
  same

CSV has one header and one row per engagement, with the amount as a plain
decimal and its currency in its own column.

  $ rapport engagement list acme --format csv | tr -d '\r' | cut -d, -f1-7
  "id","client","title","slug","type","value","currency"
  "1","acme","Website Relaunch","web","fixed","24000.00","EUR"
  "3","acme","Security Audit","security-audit","tm","9000.50","USD"

--state filters by lifecycle state; an unknown state is refused with the
accepted ones listed.

  $ rapport engagement list --state draft | wc -l
  5
  $ rapport engagement list --state active --json
  []
  $ rapport engagement list acme --state draft --format csv | tr -d '\r' | cut -d, -f4
  "slug"
  "web"
  "security-audit"
  $ rapport engagement list --state paused
  error: invalid state 'paused' (expected one of draft, active, on_hold, delivered, closing, closed, terminated)
  [2]

Edit changes terms; the slug can be renamed, after which the old one is unknown.

  $ rapport engagement edit security-audit --slug sec-audit --value 9500 --title "Security audit 2026"
  engagement 'sec-audit' updated
  $ rapport engagement show sec-audit | grep -E '^(title|slug|value) '
  title               Security audit 2026
  slug                sec-audit
  value               9,500.00 USD
  $ rapport engagement show security-audit
  error: no engagement 'security-audit'
  [2]

An empty value clears an optional term; the type and the title cannot be cleared.

  $ rapport engagement edit web --objectives "" --notice-days "" --renewal "" --renewal-date "" --forecast-end ""
  engagement 'web' updated
  $ rapport engagement show web | grep -E '^(objectives|notice_days|renewal|renewal_date|forecast_end) '
  forecast_end        -
  objectives          -
  notice_days         -
  renewal             -
  renewal_date        -
  $ rapport engagement edit web --type ""
  error: invalid value '' for --type (expected one of fixed, tm, retainer)
  [2]
  $ rapport engagement edit web --title ""
  error: --title must not be empty
  [2]
  $ rapport engagement edit web
  error: nothing to change (give at least one field)
  [2]
  $ rapport engagement edit nope --value 1
  error: no engagement 'nope'
  [2]

The same title again gets a numbered slug.

  $ rapport engagement add acme "Website Relaunch" --type fixed
  engagement 'website-relaunch-2' added

The value of a JPY engagement takes no decimals on edit either, and the
message says why.

  $ rapport engagement edit support-retainer --value 100.5
  error: invalid amount '100\.5' for --value .*JPY.* (re)
  [2]

Edits are in the audit trail of the engagement, field by field.

  $ rapport history web
  SEQ  WHEN              WHO     ACTION  RECORD        WHAT
  3    2026-03-02 00:00  tester  add     engagement 1  Website Relaunch
  8    2026-03-02 00:00  tester  edit    engagement 1  forecast_end: 2026-07-15 -> -; objectives: A faster, accessible site -> -; notice_days: 30 -> -; re…

A baseline end before the baseline start is refused, on add and on edit,
and nothing is changed.

  $ rapport engagement add acme "Backwards" --type fixed --start 2026-05-01 --end 2026-04-01
  error: invalid date '2026-04-01' for --end (it is before the start, 2026-05-01)
  [2]
  $ rapport engagement edit web --end 2026-03-01
  error: invalid date '2026-03-01' for --end (it is before the start, 2026-03-09)
  [2]
  $ rapport engagement show web | grep -E '^baseline_'
  baseline_start      2026-03-09
  baseline_end        2026-06-30

A contract value cannot be negative.

  $ rapport engagement add acme "Refund" --type fixed --value -5
  error: invalid amount '-5' for --value .* (re)
  [2]
  $ rapport engagement list acme --format csv | tr -d '\r' | cut -d, -f4
  "slug"
  "web"
  "sec-audit"
  "website-relaunch-2"
