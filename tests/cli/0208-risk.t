Risks: bad news we found, when we disclosed it to the client with the
alternatives we propose (--alternative, repeatable, kept as a list), and
when it was over.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; the severity defaults to medium and the day found to
today.

  $ rapport risk add website "The hosting provider may be late" --severity high --found 2026-02-25
  risk 1 added
  $ rapport risk add website "The designer is on leave in April"
  risk 2 added
  $ rapport --json risk add website "Fonts need a new licence" --severity low
  {
    "id": 3,
    "engagement": "website",
    "text": "Fonts need a new licence",
    "severity": "low",
    "found_on": "2026-03-02",
    "state": "open",
    "disclosed_on": null,
    "alternatives": null,
    "closed_on": null
  }

  $ rapport risk list website
  ID  RISK                               SEVERITY  FOUND       STATE  DISCLOSED
  1   The hosting provider may be late   high      2026-02-25  open   -
  2   The designer is on leave in April  medium    2026-03-02  open   -
  3   Fonts need a new licence           low       2026-03-02  open   -
  $ rapport risk list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "text": "The hosting provider may be late",
      "severity": "high",
      "found_on": "2026-02-25",
      "state": "open",
      "disclosed_on": null,
      "alternatives": null,
      "closed_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "text": "The designer is on leave in April",
      "severity": "medium",
      "found_on": "2026-03-02",
      "state": "open",
      "disclosed_on": null,
      "alternatives": null,
      "closed_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "text": "Fonts need a new licence",
      "severity": "low",
      "found_on": "2026-03-02",
      "state": "open",
      "disclosed_on": null,
      "alternatives": null,
      "closed_on": null
    }
  ]
  $ rapport risk list website --format csv
  "id","engagement","text","severity","found_on","state","disclosed_on","alternatives","closed_on"
  "1","website","The hosting provider may be late","high","2026-02-25","open","","",""
  "2","website","The designer is on leave in April","medium","2026-03-02","open","","",""
  "3","website","Fonts need a new licence","low","2026-03-02","open","","",""
  $ rapport risk show 1
  id            1
  engagement    website
  text          The hosting provider may be late
  severity      high
  found_on      2026-02-25
  state         open
  disclosed_on  -
  alternatives  -
  closed_on     -

An open risk may be edited.

  $ rapport risk edit 2 --severity high --text "The lead designer is on leave in April"
  risk 2 updated
  $ rapport risk show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "The lead designer is on leave in April",
    "severity": "high",
    "found_on": "2026-03-02",
    "state": "open",
    "disclosed_on": null,
    "alternatives": null,
    "closed_on": null
  }

disclose records the day (today, or --on) and every alternative, in order.

  $ rapport risk disclose 1 --alternative "Use a second host" --alternative "Launch on staging first" --on 2026-02-27
  risk 1 is now disclosed
  $ rapport risk show 1
  id            1
  engagement    website
  text          The hosting provider may be late
  severity      high
  found_on      2026-02-25
  state         disclosed
  disclosed_on  2026-02-27
  alternatives  Use a second host; Launch on staging first
  closed_on     -
  $ rapport risk show 1 --json
  {
    "id": 1,
    "engagement": "website",
    "text": "The hosting provider may be late",
    "severity": "high",
    "found_on": "2026-02-25",
    "state": "disclosed",
    "disclosed_on": "2026-02-27",
    "alternatives": [
      "Use a second host",
      "Launch on staging first"
    ],
    "closed_on": null
  }
  $ rapport risk disclose 2 --alternative "Bring in a freelancer"
  risk 2 is now disclosed
  $ rapport risk show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "The lead designer is on leave in April",
    "severity": "high",
    "found_on": "2026-03-02",
    "state": "disclosed",
    "disclosed_on": "2026-03-02",
    "alternatives": [
      "Bring in a freelancer"
    ],
    "closed_on": null
  }
  $ rapport risk list website --state disclosed --format csv
  "id","engagement","text","severity","found_on","state","disclosed_on","alternatives","closed_on"
  "1","website","The hosting provider may be late","high","2026-02-25","disclosed","2026-02-27","Use a second host; Launch on staging first",""
  "2","website","The lead designer is on leave in April","high","2026-03-02","disclosed","2026-03-02","Bring in a freelancer",""

A disclosed risk cannot be disclosed again; close works from open or
disclosed, and a closed risk is locked.

  $ rapport risk disclose 1 --alternative "Another idea"
  error: risk 1 is disclosed; 'disclose' is allowed only when it is open
  [2]
  $ rapport risk close 1
  risk 1 is now closed
  $ rapport risk show 1
  id            1
  engagement    website
  text          The hosting provider may be late
  severity      high
  found_on      2026-02-25
  state         closed
  disclosed_on  2026-02-27
  alternatives  Use a second host; Launch on staging first
  closed_on     2026-03-02
  $ rapport risk close 3
  risk 3 is now closed
  $ rapport risk close 1
  error: risk 1 is closed; 'close' is allowed only when it is open, disclosed
  [2]
  $ rapport risk disclose 3 --alternative "Buy it"
  error: risk 3 is closed; 'disclose' is allowed only when it is open
  [2]
  $ rapport risk edit 1 --severity low
  error: risk 1 is closed and locked; it can no longer be changed
  [2]
  $ rapport risk list website
  ID  RISK                                    SEVERITY  FOUND       STATE      DISCLOSED
  1   The hosting provider may be late        high      2026-02-25  closed     2026-02-27
  2   The lead designer is on leave in April  high      2026-03-02  disclosed  2026-03-02
  3   Fonts need a new licence                low       2026-03-02  closed     -

Bad news may be disclosed without an alternative (the health monitor flags
such a disclosure later), but a risk cannot be disclosed before it was
found, nor on a day still to come.

  $ rapport risk add website "The API rate limits are low" --found 2026-02-26 >/dev/null
  $ rapport risk add website "The staging server is slow" --found 2026-02-26 >/dev/null
  $ rapport history > before
  $ rapport risk disclose 4 --alternative "Cache the responses" --on 2026-02-20
  error: invalid date '2026-02-20' for --on (it is before when it was found, 2026-02-26)
  [2]
  $ rapport risk disclose 4 --alternative "Cache the responses" --on 2026-03-03
  error: invalid date '2026-03-03' for --on (it is in the future)
  [2]
  $ rapport history | diff before -
  $ rapport risk show 4
  id            4
  engagement    website
  text          The API rate limits are low
  severity      medium
  found_on      2026-02-26
  state         open
  disclosed_on  -
  alternatives  -
  closed_on     -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport risk add website "Budget cut" --severity critical
  error: invalid value 'critical' for --severity (expected one of low, medium, high)
  [2]
  $ rapport risk add website "Budget cut" --found 2026-02-30
  error: invalid date '2026-02-30' for --found (expected a date YYYY-MM-DD)
  [2]
  $ rapport risk add website "$(printf 'r%.0s' $(seq 4001))"
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport risk add nowhere "Budget cut"
  error: no engagement 'nowhere'
  [2]
  $ rapport risk disclose 5 --alternative "$(printf 'a%.0s' $(seq 4001))"
  error: --alternative is too long (4001 characters; at most 4000)
  [2]
  $ rapport risk disclose 5 --alternative "More memory" --on 2026-13-01
  error: invalid date '2026-13-01' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport risk disclose 99 --alternative "Cache the responses"
  error: no risk 99
  [2]
  $ rapport risk close 99
  error: no risk 99
  [2]
  $ rapport risk list website --state gone
  error: invalid state 'gone' (expected one of open, disclosed, closed)
  [2]
  $ rapport history | diff before -
