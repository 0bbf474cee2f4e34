"rapport calendar [ENG]" writes the calendar feed as iCalendar (RFC 5545) on
stdout: all-day events for what falls due, built with libical.  The golden
files in tests/golden/ hold the feed of the fixed workspace of
tests/calendar/fixture.sh (read its head for every fact and date) and are
compared byte for byte; tests/golden/update regenerates them, on purpose
only.

  $ rapport calendar --help
  usage: rapport calendar [ENG] [--from DATE] [--to DATE] [--alarm-days N]
  
  what falls due, as iCalendar on stdout for a calendar program: meetings
  and progress reports on their cadence, due dates, renewal and notice
  deadlines, follow-ups and birthdays, as all-day events of the workspace
  or of one engagement and its client's contacts; recurring events are
  written whole, dated ones only within the window; --json changes nothing
  
  options:
    --from DATE     the first day of dated events (default: 30 days before today)
    --to DATE       the last day of dated events (default: one year after today)
    --alarm-days N  days before the non-renewal notice deadline its alarm fires (default: 14)
    --json          machine-readable output
    --help          this help
  $ rapport help calendar | head -1
  usage: rapport calendar [ENG] [--from DATE] [--to DATE] [--alarm-days N]

An empty workspace has an empty calendar: its name and time zone, no event.
Lines end in CRLF, as RFC 5545 wants.

  $ rapport init --name "Northwind Consulting" --currency EUR --timezone Europe/Berlin
  created workspace 'Northwind Consulting' (EUR, Europe/Berlin)
  $ rapport calendar | tr -d '\r'
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//rapport//rapport calendar feed//EN
  CALSCALE:GREGORIAN
  NAME:Northwind Consulting
  X-WR-CALNAME;VALUE=TEXT:Northwind Consulting
  X-WR-TIMEZONE:Europe/Berlin
  END:VCALENDAR
  $ rapport calendar | od -c | head -1
  0000000   B   E   G   I   N   :   V   C   A   L   E   N   D   A   R  \r

Bad input is refused with exit 2, naming the option and the form, and
nothing is written on stdout.

  $ rapport calendar --from 2026-02-30
  error: invalid date '2026-02-30' for --from (expected YYYY-MM-DD) (see 'rapport calendar --help')
  [2]
  $ rapport calendar --to tomorrow
  error: invalid date 'tomorrow' for --to (expected YYYY-MM-DD) (see 'rapport calendar --help')
  [2]
  $ rapport calendar --from 2026-05-01 --to 2026-04-30
  error: the calendar's window ends on 2026-04-30, before it starts on 2026-05-01 (expected --from on or before --to)
  [2]
  $ rapport calendar --from 2027-06-01
  error: the calendar's window ends on 2027-03-02, before it starts on 2027-06-01 (expected --from on or before --to)
  [2]
  $ rapport calendar --alarm-days 366
  error: invalid number '366' for --alarm-days (expected a whole number from 0 to 365) (see 'rapport calendar --help')
  [2]
  $ rapport calendar --alarm-days -1
  error: invalid number '-1' for --alarm-days (expected a whole number from 0 to 365) (see 'rapport calendar --help')
  [2]
  $ rapport calendar --alarm-days " 7"
  error: invalid number ' 7' for --alarm-days (expected a whole number from 0 to 365) (see 'rapport calendar --help')
  [2]
  $ rapport calendar --alarm-days
  error: option '--alarm-days' needs a value (a value) (see 'rapport calendar --help')
  [2]
  $ rapport calendar nope
  error: no engagement 'nope'
  [2]
  $ rapport calendar nope 2>/dev/null | wc -c
  0
  $ rapport calendar a b
  error: unexpected argument 'b' for 'rapport calendar' (see 'rapport calendar --help')
  [2]
  $ rapport calendar --weekly
  error: unknown option '--weekly' for 'rapport calendar' (see 'rapport calendar --help')
  [2]

Without a workspace there is nothing to export.

  $ rapport --db other.db calendar
  error: no rapport database at 'other.db' (run 'rapport init')
  [2]

The fixed workspace, as of 2026-03-02 (the default window runs from
2026-01-31 to 2027-03-02).  Its feed is the golden file, byte for byte; so
is one engagement's with a window and an alarm of its own.

  $ rpdb reset "$RAPPORT_DB" && . "$TESTDIR/../calendar/fixture.sh"
  $ rapport calendar > feed.ics && cmp feed.ics "$TESTDIR/../golden/calendar.ics"
  $ rapport calendar care --from 2026-03-01 --to 2026-12-31 --alarm-days 30 > care.ics
  $ cmp care.ics "$TESTDIR/../golden/calendar-care.ics"

Exporting again changes nothing: every UID, DTSTAMP and SEQUENCE comes from
stored facts, none from the clock.

  $ rapport calendar | cmp - feed.ics
  $ rapport --today 2026-03-09 calendar --from 2026-01-31 --to 2027-03-02 | cmp - feed.ics

Every line holds at most 75 octets (libical folds longer ones, never inside
a UTF-8 character), and the file is valid UTF-8.

  $ /usr/bin/python3 "$TESTDIR/../calendar/parse.py" --lint feed.ics
  lines ok
  $ /usr/bin/python3 "$TESTDIR/../calendar/parse.py" --lint care.ics
  lines ok

What the feed holds, one line per event, and the workspace's identity after
the "@" of each UID: the slug of its name and the instant it was created.
(The two notice deadlines' UIDs are longer than a line: libical folds them
right after "UID:".)

  $ grep -a '^UID' feed.ics | tr -d '\r'
  UID:engagement-1-meetings@northwind-consulting-20251103t000000z.rapport
  UID:engagement-1-reports@northwind-consulting-20251103t000000z.rapport
  UID:engagement-1-renewal@northwind-consulting-20251103t000000z.rapport
  UID:
  UID:engagement-2-meetings@northwind-consulting-20251103t000000z.rapport
  UID:engagement-2-reports@northwind-consulting-20251103t000000z.rapport
  UID:engagement-2-renewal@northwind-consulting-20251103t000000z.rapport
  UID:
  UID:deliverable-1-due@northwind-consulting-20251103t000000z.rapport
  UID:deliverable-2-due@northwind-consulting-20251103t000000z.rapport
  UID:deliverable-4-due@northwind-consulting-20251103t000000z.rapport
  UID:deliverable-5-due@northwind-consulting-20251103t000000z.rapport
  UID:payment-1-due@northwind-consulting-20251103t000000z.rapport
  UID:payment-3-trigger@northwind-consulting-20251103t000000z.rapport
  UID:commitment-1-due@northwind-consulting-20251103t000000z.rapport
  UID:commitment-3-due@northwind-consulting-20251103t000000z.rapport
  UID:followup-1-touch@northwind-consulting-20251103t000000z.rapport
  UID:followup-2-touch@northwind-consulting-20251103t000000z.rapport
  UID:contact-1-birthday@northwind-consulting-20251103t000000z.rapport
  UID:contact-2-birthday@northwind-consulting-20251103t000000z.rapport
  UID:contact-3-birthday@northwind-consulting-20251103t000000z.rapport

Deadlines and cadences alike are all-day events: every date is a DATE, no
event has a time, so none needs a time zone; the one instant, DTSTAMP, is
in UTC.

  $ grep -a -c 'DTSTART;VALUE=DATE:' feed.ics
  21
  $ grep -a -c 'DTEND;VALUE=DATE:' feed.ics
  21
  $ grep -a -E '^(DTSTART|DTEND)[:;]' feed.ics | grep -a -v VALUE=DATE
  [1]
  $ grep -a '^DTSTAMP' feed.ics | grep -a -c -v 'T000000Z'
  0
  [1]

The window limits the dated events only: a series is written whole, with its
RRULE, when it meets the window.  Deliverable 6, due 2027-06-01, is after
the default window and comes with a longer one; in July 2026 only what
falls in July, the series running then and the birthdays remain.

  $ rapport calendar | grep -a -c 'deliverable-6'
  0
  [1]
  $ rapport calendar --to 2027-12-31 | grep -a -c 'deliverable-6'
  1
  $ rapport calendar --from 2026-07-01 --to 2026-07-31 | tr -d '\r' | grep '^UID:.' | cut -d@ -f1
  UID:engagement-1-renewal
  UID:engagement-2-meetings
  UID:engagement-2-reports
  UID:payment-3-trigger
  UID:followup-1-touch
  UID:followup-2-touch
  UID:contact-1-birthday
  UID:contact-2-birthday
  UID:contact-3-birthday

One engagement: its events and the birthdays of its client's contacts.

  $ rapport calendar shop | /usr/bin/python3 "$TESTDIR/../calendar/parse.py" --dates \
  >   --from 2026-03-01 --to 2026-03-31 -
  commitment-1-due 2026-03-10
  contact-1-birthday -
  contact-2-birthday -
  deliverable-1-due -
  deliverable-2-due -
  engagement-1-meetings 2026-03-09 2026-03-16 2026-03-23 2026-03-30
  engagement-1-notice-deadline -
  engagement-1-renewal -
  engagement-1-reports 2026-03-16 2026-03-30
  payment-1-due -
  payment-3-trigger -
  $ rapport calendar 1 | cmp - <(rapport calendar shop)

The non-renewal notice deadline carries an alarm, 14 days before by
default; --alarm-days moves it (0: on the day).

  $ rapport calendar shop | tr -d '\r' | sed -n '/^BEGIN:VALARM/,/^END:VALARM/p'
  BEGIN:VALARM
  ACTION:DISPLAY
  TRIGGER:-P2W
  DESCRIPTION:In 14 days: Non-renewal notice deadline — Shop relaunch 
   (Acme Corp)
  END:VALARM
  $ rapport calendar shop --alarm-days 1 | grep -a -A1 '^TRIGGER' | tr -d '\r'
  TRIGGER:-P1D
  DESCRIPTION:In 1 day: Non-renewal notice deadline — Shop relaunch (Acme 
  $ rapport calendar shop --alarm-days 0 | grep -a -A1 '^TRIGGER' | tr -d '\r'
  TRIGGER:PT0S
  DESCRIPTION:Today: Non-renewal notice deadline — Shop relaunch (Acme 

--json changes nothing: iCalendar is already the machine format.

  $ rapport --json calendar | cmp - feed.ics
