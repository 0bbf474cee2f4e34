The feed read by two independent iCalendar parsers, ical.js (npm, the
version pinned in package.json) and Debian's python3-icalendar (with
python3-dateutil's rrule for the recurrences): both print the same
normalised listing (tests/calendar/parse.js and parse.py), recurrences
expanded in a window included, and both agree with the dates that
tests/calendar/expect.py computes from the facts alone (the records as
"rapport --json ... list" shows them, and the rules of docs/calendar.md),
and with the next deadlines of "rapport check".

  $ . "$TESTDIR/../calendar/fixture.sh"
  $ rapport calendar > feed.ics

The whole listing, every property the parsers read (unescaped text as JSON
strings, the alarms, the RRULE in one canonical order) and the dates each
event falls on in 2026, is the same from both.

  $ "$TESTDIR/../calendar/parse.py" --from 2026-01-01 --to 2026-12-31 feed.ics > py.txt
  $ "$TESTDIR/../calendar/parse.js" --from 2026-01-01 --to 2026-12-31 feed.ics > js.txt
  $ diff py.txt js.txt && wc -l < py.txt
  202

One event as the parsers read it: the monthly progress reports of care,
none sent since the kickoff on 2025-12-31, so the first was due on
2026-01-31; a series on the 31st falls on the last day of each month, as
"a month after" does in rapport (2026-01-31 plus a month is 2026-02-28),
until the forecast end 2026-09-30.

  $ grep -A 11 '^event engagement-2-reports' py.txt
  event engagement-2-reports@northwind-consulting-20251103t000000z.rapport
    dtstart 2026-01-31 date
    dtend 2026-02-01 date
    stamp 2026-02-25T00:00:00Z
    sequence 4
    rule FREQ=MONTHLY;INTERVAL=1;UNTIL=2026-09-30;BYMONTHDAY=-1
    summary "Progress report due — Care; support, \\ and more (Smith, Jones; Partners \\ Co \"Ltd\")"
    description "A progress report is due every 1m on engagement 'care', counted from the start on 2025-12-31.\nLog it with: rapport log care \"...\" --channel report --by us"
    transp TRANSPARENT
    dates 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30
  event engagement-2-renewal@northwind-consulting-20251103t000000z.rapport
    dtstart 2026-10-01 date

Every event's dates in the default window (2026-01-31 to 2027-03-02), from
the facts and from each parser's expansion of the feed:

  $ "$TESTDIR/../calendar/expect.py" --from 2026-01-31 --to 2027-03-02 > expect.txt
  $ "$TESTDIR/../calendar/parse.py" --dates --from 2026-01-31 --to 2027-03-02 feed.ics | diff expect.txt -
  $ "$TESTDIR/../calendar/parse.js" --dates --from 2026-01-31 --to 2027-03-02 feed.ics | diff expect.txt -
  $ cat expect.txt
  commitment-1-due 2026-03-10
  commitment-3-due 2026-03-05
  contact-1-birthday 2026-05-31
  contact-2-birthday 2026-02-28 2027-02-28
  contact-3-birthday 2026-03-15
  deliverable-1-due 2026-04-30
  deliverable-2-due 2026-06-15
  deliverable-4-due 2026-05-29
  deliverable-5-due 2026-03-25
  engagement-1-meetings 2026-03-09 2026-03-16 2026-03-23 2026-03-30 2026-04-06 2026-04-13 2026-04-20 2026-04-27 2026-05-04 2026-05-11 2026-05-18 2026-05-25 2026-06-01 2026-06-08 2026-06-15 2026-06-22 2026-06-29
  engagement-1-notice-deadline 2026-06-01
  engagement-1-renewal 2026-07-01
  engagement-1-reports 2026-03-16 2026-03-30 2026-04-13 2026-04-27 2026-05-11 2026-05-25 2026-06-08 2026-06-22
  engagement-2-meetings 2026-03-02 2026-03-12 2026-03-22 2026-04-01 2026-04-11 2026-04-21 2026-05-01 2026-05-11 2026-05-21 2026-05-31 2026-06-10 2026-06-20 2026-06-30 2026-07-10 2026-07-20 2026-07-30 2026-08-09 2026-08-19 2026-08-29 2026-09-08 2026-09-18 2026-09-28
  engagement-2-notice-deadline 2026-08-02
  engagement-2-renewal 2026-10-01
  engagement-2-reports 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30
  followup-1-touch 2026-04-30 2026-05-30 2026-06-30 2026-07-30 2026-08-30 2026-09-30 2026-10-30 2026-11-30 2026-12-30 2027-01-30
  followup-2-touch 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31 2027-01-31 2027-02-28
  payment-1-due 2026-04-01
  payment-3-trigger 2026-07-15

Read by hand: shop's meetings are weekly from the last contact on
2026-03-02, its reports fortnightly from the kickoff the same day, both until
its end on 2026-06-30; care's meetings every 10 days from the call on
2026-02-20 (the note of 2026-02-25 does not count), until 2026-09-30; the
notice deadlines are the renewal dates less 30 and 60 days; Bob's birthday
on the leap day falls on 2026-02-28 and 2027-02-28; care's follow-up on the
30th has no February date (2027-02 is skipped), old's on the 31st falls on
each month's last day.

Longer and other windows, each feed written for its window: the series of
the 29 February birthday over leap years, and windows that cut series.

  $ for w in "1990-01-01 2030-12-31" "2026-03-02 2026-03-02" "2026-07-01 2026-09-30" "2027-01-01 2028-12-31"; do
  >   set -- $w
  >   rapport calendar --from $1 --to $2 > w.ics
  >   e=$("$TESTDIR/../calendar/expect.py" --from $1 --to $2)
  >   p=$("$TESTDIR/../calendar/parse.py" --dates --from $1 --to $2 w.ics)
  >   j=$("$TESTDIR/../calendar/parse.js" --dates --from $1 --to $2 w.ics)
  >   [ "$e" = "$p" ] && [ "$p" = "$j" ] && echo "$1 $2: $(echo "$e" | wc -l) events agree" || diff <(echo "$e") <(echo "$p") <(echo "$j")
  > done
  1990-01-01 2030-12-31: 22 events agree
  2026-03-02 2026-03-02: 5 events agree
  2026-07-01 2026-09-30: 10 events agree
  2027-01-01 2028-12-31: 6 events agree
  $ rapport calendar --from 1990-01-01 --to 2030-12-31 | "$TESTDIR/../calendar/parse.py" --dates --from 1990-01-01 --to 2030-12-31 - | grep contact-2
  contact-2-birthday 1992-02-29 1993-02-28 1994-02-28 1995-02-28 1996-02-29 1997-02-28 1998-02-28 1999-02-28 2000-02-29 2001-02-28 2002-02-28 2003-02-28 2004-02-29 2005-02-28 2006-02-28 2007-02-28 2008-02-29 2009-02-28 2010-02-28 2011-02-28 2012-02-29 2013-02-28 2014-02-28 2015-02-28 2016-02-29 2017-02-28 2018-02-28 2019-02-28 2020-02-29 2021-02-28 2022-02-28 2023-02-28 2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29 2029-02-28 2030-02-28

rapport's own idea of what falls due next: the next deadline that "rapport
check" gives each engagement is the first date of the matching event from
today on (tests/calendar/next.py prints the former, parse.py --first the
latter).

  $ "$TESTDIR/../calendar/next.py" shop
  2026-03-10 promise 1 'Send the staging URL' is due
  $ "$TESTDIR/../calendar/parse.py" --first commitment-1-due --from 2026-03-02 --to 2027-03-02 feed.ics
  2026-03-10
  $ "$TESTDIR/../calendar/next.py" care
  2026-03-05 promise 3 'Call back about "the invoice", the refun...' is due
  $ "$TESTDIR/../calendar/parse.py" --first commitment-3-due --from 2026-03-02 --to 2027-03-02 feed.ics
  2026-03-05
  $ "$TESTDIR/../calendar/next.py" launch
  2026-03-25 deliverable 5 'Teaser' is due
  $ "$TESTDIR/../calendar/parse.py" --first deliverable-5-due --from 2026-03-02 --to 2027-03-02 feed.ics
  2026-03-25
  $ "$TESTDIR/../calendar/next.py" old
  2026-03-31 the next follow-up touch is due
  $ "$TESTDIR/../calendar/parse.js" --first followup-2-touch --from 2026-03-02 --to 2027-03-02 feed.ics
  2026-03-31

With the promise kept, shop's next deadline is its progress report, which
the report series starts with; a report sent on 2026-03-10 moves both to
two weeks later.

  $ rapport promise keep 1 >/dev/null
  $ "$TESTDIR/../calendar/next.py" shop
  2026-03-16 the progress report is due
  $ rapport calendar | "$TESTDIR/../calendar/parse.js" --first engagement-1-reports --from 2026-03-02 --to 2027-03-02 -
  2026-03-16
  $ rapport --today 2026-03-10 log shop "Progress report" --channel report --by us
  interaction 4 added
  $ "$TESTDIR/../calendar/next.py" shop --today 2026-03-10
  2026-03-24 the progress report is due
  $ rapport --today 2026-03-10 calendar > feed.ics
  $ "$TESTDIR/../calendar/parse.py" --first engagement-1-reports --from 2026-03-10 --to 2027-03-10 feed.ics
  2026-03-24

And every date still agrees with the facts, in that feed's default window.

  $ diff <("$TESTDIR/../calendar/expect.py" --from 2026-02-08 --to 2027-03-10) \
  >   <("$TESTDIR/../calendar/parse.js" --dates --from 2026-02-08 --to 2027-03-10 feed.ics)
