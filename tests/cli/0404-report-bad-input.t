The report command's help, and its refusals: bad input exits 2 with a
message naming the option or the record at fault, and nothing is written.

  $ . "$TESTDIR/fixtures/base.sh"
  $ rapport history > before

Help, everywhere, without a database.

  $ rapport report --help
  usage: rapport report VERB ...
  
  progress and close-out reports, built from the engagement's records, printed as
  text, Markdown, HTML or JSON, and kept as sent
  
  verbs:
    progress   ENG [--format F] [--send [--to CONTACT]]: the progress report since the last one sent
    closeout   ENG [--format F] [--send [--to CONTACT]]: the close-out report
    list       ENG [--format table|json|csv]: the reports sent
    show       ID: a report sent, exactly as it was sent
  
  See 'rapport report VERB --help' for the options of a verb.
  $ rapport help report | cmp - <(rapport report --help)
  $ RAPPORT_DB=/nonexistent/r.db rapport report progress --help
  usage: rapport report progress ENG [--format text|md|html|json] [--send [--to CONTACT]]
  
  the one-page progress report, from the last one sent to today: what was accomplished, the action items, what each side waits for, the schedule, scope changes, invoices and other issues
  
  options:
    --format FORMAT  text, md, html or json (default: text; json with --json)
    --send           keep it as sent and log it as an interaction by us; its number goes to stderr
    --to CONTACT     the client's contact it is addressed to (a number or e-mail address)
    --json           machine-readable output
    --help           this help
  $ rapport report closeout --help | head -1
  usage: rapport report closeout ENG [--format text|md|html|json] [--send [--to CONTACT]]
  $ rapport report list --help
  usage: rapport report list ENG [--format table|json|csv]
  
  the reports sent for the engagement, oldest first (their text: 'rapport report show ID')
  
  options:
    --format FORMAT  table, json or csv (default: table)
    --json           machine-readable output
    --help           this help
  $ rapport report show --help
  usage: rapport report show ID
  
  a report exactly as it was sent, byte for byte (with --json: the kept record, its text in "body")
  
  options:
    --json  machine-readable output
    --help  this help
  $ rapport report
  usage: rapport report VERB ...
  
  progress and close-out reports, built from the engagement's records, printed as
  text, Markdown, HTML or JSON, and kept as sent
  
  verbs:
    progress   ENG [--format F] [--send [--to CONTACT]]: the progress report since the last one sent
    closeout   ENG [--format F] [--send [--to CONTACT]]: the close-out report
    list       ENG [--format table|json|csv]: the reports sent
    show       ID: a report sent, exactly as it was sent
  
  See 'rapport report VERB --help' for the options of a verb.
  [2]

An unknown format, engagement or contact. A contact must be one of the
engagement's client's: Gus works at Globex, not at Acme.

  $ rapport report progress website --format pdf
  error: invalid format 'pdf' for --format (expected text, md, html or json) (see 'rapport report progress --help')
  [2]
  $ rapport report progress website --format
  error: option '--format' needs a value (text, md, html or json) (see 'rapport report progress --help')
  [2]
  $ rapport report closeout nope
  error: no engagement 'nope'
  [2]
  $ rapport report progress website --to 4
  error: no contact '4' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport report progress website --to gus@globex.example
  error: no contact 'gus@globex.example' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport report progress website --to nobody
  error: no contact 'nobody' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport report progress website --send --to 9 --format json
  error: no contact '9' at this client for --to (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport report progress website --send --format pdf
  error: invalid format 'pdf' for --format (expected text, md, html or json) (see 'rapport report progress --help')
  [2]
  $ rapport report closeout nope --send
  error: no engagement 'nope'
  [2]

Missing or extra arguments, unknown options and verbs. A kept report is
never edited or removed: the record commands do not reach it.

  $ rapport report progress
  error: missing the engagement (ENG) (see 'rapport report progress --help')
  [2]
  $ rapport report progress website other
  error: unexpected argument 'other' for 'rapport report progress' (see 'rapport report progress --help')
  [2]
  $ rapport report progress website --sent
  error: unknown option '--sent' for 'rapport report progress' (see 'rapport report progress --help')
  [2]
  $ rapport report progress website --send=yes
  error: option '--send' takes no value (see 'rapport report progress --help')
  [2]
  $ rapport report weekly website
  error: 'weekly' is not a verb of 'rapport report' (see 'rapport report --help')
  [2]
  $ rapport report edit 1
  error: 'edit' is not a verb of 'rapport report' (see 'rapport report --help')
  [2]
  $ rapport report rm 1
  error: 'rm' is not a verb of 'rapport report' (see 'rapport report --help')
  [2]

Listing and showing: an unknown engagement, format or report.

  $ rapport report list
  error: missing the engagement (ENG) (see 'rapport report list --help')
  [2]
  $ rapport report list nope
  error: no engagement 'nope'
  [2]
  $ rapport report list website --format xml
  error: invalid format 'xml' for --format (expected table, json or csv) (see 'rapport report list --help')
  [2]
  $ rapport report show
  error: missing the report (ID) (see 'rapport report show --help')
  [2]
  $ rapport report show 1
  error: no report 1
  [2]
  $ rapport report show first
  error: invalid report number 'first' (expected a number such as 3)
  [2]

None of it wrote anything.

  $ rapport history | diff before -
  $ rapport report list website
  $ rapport log list website
