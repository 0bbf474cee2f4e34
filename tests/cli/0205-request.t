Client requests: what the client asked and when, and what and when we answered.
Times are UTC; --at takes a date or a date and time. With the clock fixed,
"now" is the start of the fixed day.

  $ . "$TESTDIR/fixtures/base.sh"

Add with and without --at.

  $ rapport request add website "Can we see the staging site?" --at 2026-03-01T09:30
  request 1 added
  $ rapport request add website "Which fonts do you use?" --at 2026-02-27
  request 2 added
  $ rapport request add website "Status of the copy?"
  request 3 added
  $ rapport --json request add website "Is hosting included?" --at 2026-02-28T16:45
  {
    "id": 4,
    "engagement": "website",
    "text": "Is hosting included?",
    "received_at": "2026-02-28T16:45:00Z",
    "state": "open",
    "answered_at": null,
    "answer": null
  }

  $ rapport request list website
  ID  REQUEST                       RECEIVED              STATE  ANSWERED
  1   Can we see the staging site?  2026-03-01T09:30:00Z  open   -
  2   Which fonts do you use?       2026-02-27T00:00:00Z  open   -
  3   Status of the copy?           2026-03-02T00:00:00Z  open   -
  4   Is hosting included?          2026-02-28T16:45:00Z  open   -
  $ rapport request list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "text": "Can we see the staging site?",
      "received_at": "2026-03-01T09:30:00Z",
      "state": "open",
      "answered_at": null,
      "answer": null
    },
    {
      "id": 2,
      "engagement": "website",
      "text": "Which fonts do you use?",
      "received_at": "2026-02-27T00:00:00Z",
      "state": "open",
      "answered_at": null,
      "answer": null
    },
    {
      "id": 3,
      "engagement": "website",
      "text": "Status of the copy?",
      "received_at": "2026-03-02T00:00:00Z",
      "state": "open",
      "answered_at": null,
      "answer": null
    },
    {
      "id": 4,
      "engagement": "website",
      "text": "Is hosting included?",
      "received_at": "2026-02-28T16:45:00Z",
      "state": "open",
      "answered_at": null,
      "answer": null
    }
  ]
  $ rapport request list website --format csv
  "id","engagement","text","received_at","state","answered_at","answer"
  "1","website","Can we see the staging site?","2026-03-01T09:30:00Z","open","",""
  "2","website","Which fonts do you use?","2026-02-27T00:00:00Z","open","",""
  "3","website","Status of the copy?","2026-03-02T00:00:00Z","open","",""
  "4","website","Is hosting included?","2026-02-28T16:45:00Z","open","",""
  $ rapport request show 1
  id           1
  engagement   website
  text         Can we see the staging site?
  received_at  2026-03-01T09:30:00Z
  state        open
  answered_at  -
  answer       -
  $ rapport request show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "Which fonts do you use?",
    "received_at": "2026-02-27T00:00:00Z",
    "state": "open",
    "answered_at": null,
    "answer": null
  }

An open request may be edited.

  $ rapport request edit 3 --text "Status of the page copy?"
  request 3 updated
  $ rapport request show 3
  id           3
  engagement   website
  text         Status of the page copy?
  received_at  2026-03-02T00:00:00Z
  state        open
  answered_at  -
  answer       -

An answer cannot come before the request arrived.

  $ rapport history > before
  $ rapport request answer 1 --at 2026-03-01T09:29
  error: the answer (2026-03-01T09:29:00Z) is before the request arrived (2026-03-01T09:30:00Z)
  [2]
  $ rapport request answer 2 --at 2026-02-26
  error: the answer (2026-02-26T00:00:00Z) is before the request arrived (2026-02-27T00:00:00Z)
  [2]
  $ rapport history | diff before -

answer with --at, or now by default; the same minute as the request is fine.

  $ rapport request answer 1 --at 2026-03-01T11:15
  request 1 is now answered
  $ rapport request answer 2
  request 2 is now answered
  $ rapport request answer 4 --at 2026-02-28T16:45
  request 4 is now answered
  $ rapport request show 1
  id           1
  engagement   website
  text         Can we see the staging site?
  received_at  2026-03-01T09:30:00Z
  state        answered
  answered_at  2026-03-01T11:15:00Z
  answer       -
  $ rapport request show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "Which fonts do you use?",
    "received_at": "2026-02-27T00:00:00Z",
    "state": "answered",
    "answered_at": "2026-03-02T00:00:00Z",
    "answer": null
  }
  $ rapport request list website --state open
  ID  REQUEST                   RECEIVED              STATE  ANSWERED
  3   Status of the page copy?  2026-03-02T00:00:00Z  open   -
  $ rapport request list website --state answered --format csv
  "id","engagement","text","received_at","state","answered_at","answer"
  "1","website","Can we see the staging site?","2026-03-01T09:30:00Z","answered","2026-03-01T11:15:00Z",""
  "2","website","Which fonts do you use?","2026-02-27T00:00:00Z","answered","2026-03-02T00:00:00Z",""
  "4","website","Is hosting included?","2026-02-28T16:45:00Z","answered","2026-02-28T16:45:00Z",""

An answered request cannot be answered again, nor edited.

  $ rapport request answer 1
  error: request 1 is answered; 'answer' is allowed only when it is open
  [2]
  $ rapport request answer 2 --at 2026-03-05
  error: request 2 is answered; 'answer' is allowed only when it is open
  [2]
  $ rapport request edit 1 --text "Staging?"
  error: request 1 is answered and locked; it can no longer be changed
  [2]

A request cannot arrive after today.

  $ rapport history > before
  $ rapport request add website "From the future" --at 2026-04-01T09:00
  error: .*2026-04-01.* (re)
  [2]
  $ rapport history | diff before -

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport request add website "Phone number?" --at 2026-03-01T9:30
  error: invalid time '2026-03-01T9:30' for --at (expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC)
  [2]
  $ rapport request add website "Phone number?" --at 2026-03-01T24:00
  error: invalid time '2026-03-01T24:00' for --at (expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC)
  [2]
  $ rapport request add website "Phone number?" --at yesterday
  error: invalid time 'yesterday' for --at (expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC)
  [2]
  $ rapport request add website "Phone number?" --at 2026-03-01 09:30
  error: unexpected argument '09:30' for 'rapport request add' (see 'rapport request add --help')
  [2]
  $ rapport request add website "$(printf 'r%.0s' $(seq 4001))"
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport request add website ""
  error: --text must not be empty
  [2]
  $ rapport request add nowhere "Phone number?"
  error: no engagement 'nowhere'
  [2]
  $ rapport request answer 3 --at 2026-03-02T25:00
  error: invalid time '2026-03-02T25:00' for --at (expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC)
  [2]
  $ rapport request answer 99
  error: no request 99
  [2]
  $ rapport request answer x3
  error: invalid request number 'x3' (expected a number such as 3)
  [2]
  $ rapport request list website --state closed
  error: invalid state 'closed' (expected one of open, answered)
  [2]
  $ rapport history | diff before -
  $ rapport request list website --format table
  ID  REQUEST                       RECEIVED              STATE     ANSWERED
  1   Can we see the staging site?  2026-03-01T09:30:00Z  answered  2026-03-01T11:15:00Z
  2   Which fonts do you use?       2026-02-27T00:00:00Z  answered  2026-03-02T00:00:00Z
  3   Status of the page copy?      2026-03-02T00:00:00Z  open      -
  4   Is hosting included?          2026-02-28T16:45:00Z  answered  2026-02-28T16:45:00Z

What we answered: --text keeps it with the request (trimmed, lines kept);
without it the answer stays empty, as above.  It is not a list column.

  $ rapport request add website "Can the footer link to the imprint?" --at 2026-03-01T10:00
  request 5 added
  $ rapport history > before
  $ rapport request answer 5 --text "$(printf 'r%.0s' $(seq 4001))"
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport request answer 5 --text "$(printf 'Yes\001')"
  error: invalid text for --text: only printable UTF-8 text, tabs and line breaks are allowed
  [2]
  $ rapport request answer 5 --text
  error: .*--text.* (re)
  [2]
  $ rapport history | diff before -
  $ rapport request show 5 --json | grep -E '"(state|answer)"'
    "state": "open",
    "answer": null
  $ rapport request answer 5 --at 2026-03-01T12:30 --text "  Yes: the imprint is linked from every page's footer.
  > Live on staging now.  "
  request 5 is now answered
  $ rapport request show 5
  id           5
  engagement   website
  text         Can the footer link to the imprint?
  received_at  2026-03-01T10:00:00Z
  state        answered
  answered_at  2026-03-01T12:30:00Z
  answer       Yes: the imprint is linked from every page's footer.
               Live on staging now.
  $ rapport --json request show 5
  {
    "id": 5,
    "engagement": "website",
    "text": "Can the footer link to the imprint?",
    "received_at": "2026-03-01T10:00:00Z",
    "state": "answered",
    "answered_at": "2026-03-01T12:30:00Z",
    "answer": "Yes: the imprint is linked from every page's footer.\nLive on staging now."
  }
  $ rapport history | tail -1 | grep -o 'answer: .*'
  answer: - -> Yes: the im…
  $ rapport request list website --state answered
  ID  REQUEST                              RECEIVED              STATE     ANSWERED
  1   Can we see the staging site?         2026-03-01T09:30:00Z  answered  2026-03-01T11:15:00Z
  2   Which fonts do you use?              2026-02-27T00:00:00Z  answered  2026-03-02T00:00:00Z
  4   Is hosting included?                 2026-02-28T16:45:00Z  answered  2026-02-28T16:45:00Z
  5   Can the footer link to the imprint?  2026-03-01T10:00:00Z  answered  2026-03-01T12:30:00Z
  $ rapport request answer --help
  usage: rapport request answer ID [options]
  
  record our answer
  
  options:
    --at DATETIME  when we answered (default: now) (a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC)
    --text TEXT    what we answered (text of at most 4000 characters)
    --json         machine-readable output
    --help         this help

Only the verb sets it: an open request's edit does not take it.

  $ rapport request edit 3 --answer "Changed"
  error: unknown option '--answer' for 'rapport request edit' (see 'rapport request edit --help')
  [2]
