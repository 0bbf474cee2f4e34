The stay-in-touch plan: "rapport followup ENG --every DURATION [--next
DATE]" sets the cadence (once per engagement; running it again updates it),
and "rapport followup touch ENG SUMMARY" logs a contact initiated by us
(a call unless --channel says otherwise) and moves the next date to the
day of the touch plus the cadence.

  $ . "$TESTDIR/fixtures/base.sh"

There is no plan to touch before one is set, and --every is required.

  $ rapport followup touch website "Hello"
  error: engagement 'website' has no follow-up yet
  [2]
  $ rapport followup show website
  error: engagement 'website' has no follow-up yet
  [2]
  $ rapport followup website
  error: missing --every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]

Without --next, the next date is today plus the cadence.

  $ rapport followup website --every 6m
  follow-up of 'website' saved
  $ rapport followup show website
  id             1
  engagement     website
  every          6m
  next_on        2026-09-02
  occasions      -
  last_touch_on  -
  $ rapport followup website --every 2w --next 2026-04-01 --occasions "Ana's birthday in May"
  follow-up of 'website' saved
  $ rapport followup show website --json
  {
    "id": 1,
    "engagement": "website",
    "every": "2w",
    "next_on": "2026-04-01",
    "occasions": "Ana's birthday in May",
    "last_touch_on": null
  }

A number of days is a cadence too.

  $ rapport followup retainer --every 45
  follow-up of 'retainer' saved
  $ rapport followup show retainer
  id             2
  engagement     retainer
  every          45d
  next_on        2026-04-16
  occasions      -
  last_touch_on  -

The list as a table, JSON and CSV.

  $ rapport followup list
  ID  ENG       EVERY  NEXT        LAST TOUCH
  1   website   2w     2026-04-01  -
  2   retainer  45d    2026-04-16  -
  $ rapport followup list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "every": "2w",
      "next_on": "2026-04-01",
      "occasions": "Ana's birthday in May",
      "last_touch_on": null
    }
  ]
  $ rapport followup list --format csv
  "id","engagement","every","next_on","occasions","last_touch_on"
  "1","website","2w","2026-04-01","Ana's birthday in May",""
  "2","retainer","45d","2026-04-16","",""

A touch logs an interaction by us and moves the next date.

  $ rapport --today 2026-03-20 followup touch website "Called Ana about next year"
  follow-up of 'website' touched
  $ rapport followup show website
  id             1
  engagement     website
  every          2w
  next_on        2026-04-03
  occasions      Ana's birthday in May
  last_touch_on  2026-03-20
  $ rapport --today 2026-03-25 followup touch website "Sent the yearly card" --channel email --on 2026-03-25
  follow-up of 'website' touched
  $ rapport followup show website --json
  {
    "id": 1,
    "engagement": "website",
    "every": "2w",
    "next_on": "2026-04-08",
    "occasions": "Ana's birthday in May",
    "last_touch_on": "2026-03-25"
  }
  $ rapport log list website
  ID  SUMMARY                     CHANNEL  BY  DATE        TOPIC
  1   Called Ana about next year  call     us  2026-03-20  -
  2   Sent the yearly card        email    us  2026-03-25  -
  $ rapport history website | tail -2
  15   2026-03-25 00:00  tester  touch   follow-up 1    [website] next_on: 2026-04-03 -> 2026-04-08; last_touch_on: 2026-03-20 -> 2026-03-25
  16   2026-03-25 00:00  tester  add     interaction 2  [website] Sent the yearly card

A touch recorded late, dated before the last one, is logged but does not
move the plan back.

  $ rapport --today 2026-03-25 followup touch website "Forgot to log this chat" --on 2026-03-05
  follow-up of 'website' touched
  $ rapport log list website --format csv
  "id","engagement","summary","channel","initiated_by","date","topic"
  "1","website","Called Ana about next year","call","us","2026-03-20",""
  "2","website","Sent the yearly card","email","us","2026-03-25",""
  "3","website","Forgot to log this chat","call","us","2026-03-05",""
  $ rapport --json followup show website | grep -E '"(next_on|last_touch_on)"'
    "next_on": "2026-04-08",
    "last_touch_on": "2026-03-25"

The next date counts from the last real interaction, so a meeting logged
with "rapport log" resets it too.

  $ rapport --today 2026-04-05 log website "Lunch with Ana" --channel meeting --by us --on 2026-04-05
  interaction 4 added
  $ rapport --json followup show website | grep '"next_on"'
    "next_on": "2026-04-19",

A new cadence counts from the last touch as well.

  $ rapport followup other --every 1m
  follow-up of 'other' saved
  $ rapport --today 2026-03-10 followup touch other "Call with Gus"
  follow-up of 'other' touched
  $ rapport --json followup show other | grep '"next_on"'
    "next_on": "2026-04-10",
  $ rapport followup other --every 3m
  follow-up of 'other' saved
  $ rapport followup show other --json | grep '"next_on"'
    "next_on": "2026-06-10",

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport followup website --every 3x
  error: invalid duration '3x' for --every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport followup website --every 0
  error: invalid duration '0' for --every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport followup website --every ""
  error: invalid duration '' for --every (expected 1w, 2w, 1m, 6m, 1y or a number of days)
  [2]
  $ rapport followup website --every 2w --next 2026-02-30
  error: invalid date '2026-02-30' for --next (expected a date YYYY-MM-DD)
  [2]
  $ rapport followup website --occasions "$(printf 'o%.0s' $(seq 201))"
  error: --occasions is too long (201 characters; at most 200)
  [2]
  $ rapport followup nowhere --every 6m
  error: no engagement 'nowhere'
  [2]
  $ rapport followup touch website
  error: missing the summary (SUMMARY) (see 'rapport followup touch --help')
  [2]
  $ rapport followup touch website "Coffee" --channel fax
  error: invalid value 'fax' for --channel (expected one of meeting, call, email, report, note)
  [2]
  $ rapport followup touch website "Coffee" --on 2026-13-01
  error: invalid date '2026-13-01' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport followup touch website "$(printf 's%.0s' $(seq 4001))"
  error: --summary is too long (4001 characters; at most 4000)
  [2]
  $ rapport followup touch nowhere "Coffee"
  error: no engagement 'nowhere'
  [2]
  $ rapport followup touch globex "Coffee"
  error: no engagement 'globex'
  [2]
  $ rapport history | diff before -
