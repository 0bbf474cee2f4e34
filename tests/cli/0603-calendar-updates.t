A calendar program that imports the feed again must update its events, not
add them twice: every event keeps its UID from one export to the next, and
its SEQUENCE and DTSTAMP follow the audit trail of the records it derives
from (SEQUENCE is the number of their audit events minus one, DTSTAMP the
instant of the last one).  An event derives from its own record, its
engagement and its client; a meeting or report series also from the
engagement's interactions; a birthday from the contact and the client.

  $ . "$TESTDIR/../calendar/fixture.sh"
  $ rapport calendar > v1.ics
  $ "$TESTDIR/../calendar/parse.py" --stamps v1.ics
  commitment-1-due 2026-03-10 3 2026-03-02T00:00:00Z
  commitment-3-due 2026-03-05 3 2026-03-02T00:00:00Z
  contact-1-birthday 1985-05-31 1 2025-11-03T00:00:00Z
  contact-2-birthday 1992-02-29 1 2025-11-03T00:00:00Z
  contact-3-birthday 1990-03-15 1 2025-11-03T00:00:00Z
  deliverable-1-due 2026-04-30 3 2026-03-02T00:00:00Z
  deliverable-2-due 2026-06-15 3 2026-03-02T00:00:00Z
  deliverable-4-due 2026-05-29 3 2026-03-02T00:00:00Z
  deliverable-5-due 2026-03-25 2 2026-02-02T00:00:00Z
  engagement-1-meetings 2026-03-09 3 2026-03-02T00:00:00Z
  engagement-1-notice-deadline 2026-06-01 2 2026-03-02T00:00:00Z
  engagement-1-renewal 2026-07-01 2 2026-03-02T00:00:00Z
  engagement-1-reports 2026-03-16 3 2026-03-02T00:00:00Z
  engagement-2-meetings 2026-03-02 4 2026-02-25T00:00:00Z
  engagement-2-notice-deadline 2026-08-02 2 2025-12-31T00:00:00Z
  engagement-2-renewal 2026-10-01 2 2025-12-31T00:00:00Z
  engagement-2-reports 2026-01-31 4 2026-02-25T00:00:00Z
  followup-1-touch 2026-04-30 3 2026-03-02T00:00:00Z
  followup-2-touch 2026-03-31 6 2026-02-02T00:00:00Z
  payment-1-due 2026-04-01 4 2026-03-02T00:00:00Z
  payment-3-trigger 2026-07-15 3 2026-03-02T00:00:00Z

Counted by hand for deliverable 1: its own "add", the engagement's "add"
and "kickoff", the client's "add": four events, SEQUENCE 3, the last on
2026-03-02.  For care's meetings: the engagement's "add" and "kickoff", the
client's "add", the call and the note: SEQUENCE 4, the last on 2026-02-25.
ical.js reads the same.

  $ "$TESTDIR/../calendar/parse.js" --stamps v1.ics | diff - <("$TESTDIR/../calendar/parse.py" --stamps v1.ics)
  $ rapport history shop | grep -c -e 'deliverable 1 ' -e 'engagement 1 '
  3

A new due date moves the event under the same UID, one SEQUENCE higher,
stamped with the change; nothing else changes.

  $ rapport --today 2026-03-05 deliverable edit 1 --due 2026-05-08
  deliverable 1 updated
  $ rapport --today 2026-03-05 calendar > v2.ics
  $ diff <("$TESTDIR/../calendar/parse.py" --stamps v1.ics) <("$TESTDIR/../calendar/parse.py" --stamps v2.ics)
  6c6
  < deliverable-1-due 2026-04-30 3 2026-03-02T00:00:00Z
  ---
  > deliverable-1-due 2026-05-08 4 2026-03-05T00:00:00Z
  [1]

A change to the engagement reaches every event that derives from it (its
title is in their summaries), and only those.

  $ rapport --today 2026-03-06 engagement edit shop --title "Shop relaunch 2026"
  engagement 'shop' updated
  $ rapport --today 2026-03-06 calendar > v3.ics
  $ diff <("$TESTDIR/../calendar/parse.py" --stamps v2.ics) <("$TESTDIR/../calendar/parse.py" --stamps v3.ics)
  1c1
  < commitment-1-due 2026-03-10 3 2026-03-02T00:00:00Z
  ---
  > commitment-1-due 2026-03-10 4 2026-03-06T00:00:00Z
  6,7c6,7
  < deliverable-1-due 2026-05-08 4 2026-03-05T00:00:00Z
  < deliverable-2-due 2026-06-15 3 2026-03-02T00:00:00Z
  ---
  > deliverable-1-due 2026-05-08 5 2026-03-06T00:00:00Z
  > deliverable-2-due 2026-06-15 4 2026-03-06T00:00:00Z
  10,13c10,13
  < engagement-1-meetings 2026-03-09 3 2026-03-02T00:00:00Z
  < engagement-1-notice-deadline 2026-06-01 2 2026-03-02T00:00:00Z
  < engagement-1-renewal 2026-07-01 2 2026-03-02T00:00:00Z
  < engagement-1-reports 2026-03-16 3 2026-03-02T00:00:00Z
  ---
  > engagement-1-meetings 2026-03-09 4 2026-03-06T00:00:00Z
  > engagement-1-notice-deadline 2026-06-01 3 2026-03-06T00:00:00Z
  > engagement-1-renewal 2026-07-01 3 2026-03-06T00:00:00Z
  > engagement-1-reports 2026-03-16 4 2026-03-06T00:00:00Z
  20,21c20,21
  < payment-1-due 2026-04-01 4 2026-03-02T00:00:00Z
  < payment-3-trigger 2026-07-15 3 2026-03-02T00:00:00Z
  ---
  > payment-1-due 2026-04-01 5 2026-03-06T00:00:00Z
  > payment-3-trigger 2026-07-15 4 2026-03-06T00:00:00Z
  [1]
  $ "$TESTDIR/../calendar/parse.py" --from 2026-03-01 --to 2026-03-31 v3.ics | grep -c '^  summary .*Shop relaunch 2026 (Acme Corp)'
  9

A call logged moves the meeting series, which counts from the last real
contact: care's next meeting was due 2026-03-02, ten days after the call of
2026-02-20; a call on 2026-03-04 makes it 2026-03-14.  An internal note
moves nothing (its audit event still raises the SEQUENCE).

  $ rapport --today 2026-03-07 log care "Note to self" --channel note --by us
  interaction 4 added
  $ rapport --today 2026-03-07 calendar | "$TESTDIR/../calendar/parse.py" --stamps - | grep engagement-2-meetings
  engagement-2-meetings 2026-03-02 5 2026-03-07T00:00:00Z
  $ rapport --today 2026-03-07 log care "Call about the new quarter" --channel call --by us --on 2026-03-04
  interaction 5 added
  $ rapport --today 2026-03-07 calendar | "$TESTDIR/../calendar/parse.py" --stamps - | grep engagement-2-meetings
  engagement-2-meetings 2026-03-14 6 2026-03-07T00:00:00Z

The follow-up plan after closing: its next touch moves when a real
interaction is logged (old's next touch was 2026-03-31; a call on
2026-03-12 makes it a month after the call), and the series with it.

  $ rapport --today 2026-03-12 log old "Coffee with Ana" --channel call --by us
  interaction 6 added
  $ rapport --today 2026-03-12 followup show old | grep next_on
  next_on        2026-04-12
  $ rapport --today 2026-03-12 calendar > v4.ics
  $ "$TESTDIR/../calendar/parse.py" --stamps v4.ics | grep followup-2
  followup-2-touch 2026-04-12 7 2026-03-12T00:00:00Z
  $ "$TESTDIR/../calendar/parse.js" --dates --from 2026-03-12 --to 2026-08-31 v4.ics | grep followup-2
  followup-2-touch 2026-04-12 2026-05-12 2026-06-12 2026-07-12 2026-08-12

What is done leaves the feed: an accepted deliverable, a kept promise, a
paid invoice.  The UIDs of the rest do not change.

  $ rapport --today 2026-03-12 deliverable submit 1 >/dev/null
  $ rapport --today 2026-03-12 deliverable accept 1 >/dev/null
  $ rapport --today 2026-03-12 promise keep 1 >/dev/null
  $ rapport --today 2026-03-12 payment pay 1 >/dev/null
  $ rapport --today 2026-03-12 calendar > v5.ics
  $ diff <("$TESTDIR/../calendar/parse.py" --stamps v4.ics | cut -d' ' -f1) \
  >   <("$TESTDIR/../calendar/parse.py" --stamps v5.ics | cut -d' ' -f1)
  1d0
  < commitment-1-due
  6d4
  < deliverable-1-due
  20d17
  < payment-1-due
  [1]
