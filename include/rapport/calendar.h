/*
 * rapport/calendar.h — the calendar feed: what falls due, as iCalendar
 * (RFC 5545) that any calendar program can import or subscribe to.
 *
 * The feed holds all-day events only: the meeting and report cadences of the
 * engagements whose work runs (recurring until the engagement's end), the
 * due dates of open deliverables, payments and promises, the renewal date
 * and the non-renewal notice deadline (with an alarm), the follow-up plan's
 * cadence and the contacts' birthdays (yearly).  Every event keeps its UID
 * across exports; its SEQUENCE and DTSTAMP follow the audit trail of the
 * records it comes from, so that a re-import updates instead of duplicating.
 * docs/calendar.md describes every event and each choice made.
 */
#ifndef RAPPORT_CALENDAR_H
#define RAPPORT_CALENDAR_H

#include "rapport/buf.h"
#include "rapport/common.h"
#include "rapport/db.h"

/* The default window of dated events: from 30 days before today to one
 * year after it. */
#define RP_CALENDAR_DAYS_BEFORE 30
#define RP_CALENDAR_DAYS_AFTER	365
/* How many days before the non-renewal notice deadline its alarm fires by
 * default, and the accepted range. */
#define RP_CALENDAR_ALARM_DAYS	   14
#define RP_CALENDAR_ALARM_DAYS_MAX 365

/*
 * Append to `out` the calendar of the workspace, or of engagement `eng` (its
 * slug; NULL for all) and its client's contacts, as iCalendar text with CRLF
 * line endings.
 *
 * `from` and `to` (days since 1970-01-01, both included) limit the events
 * of a single date; a recurring event is written whole, with its RRULE,
 * when its series overlaps the window.  `alarm_days` (0 to
 * RP_CALENDAR_ALARM_DAYS_MAX) is how many days before the non-renewal notice
 * deadline its alarm fires.
 *
 * Returns RP_OK; RP_ENOTFOUND for an unknown engagement; RP_EINVAL when
 * `from` is after `to` or `alarm_days` is out of range; RP_ESTORE or
 * RP_ENOMEM.  The message is on the handle.  On failure `out` is left as it
 * was.
 */
RP_API int rp_calendar(struct rp_db *db, const char *eng, int32_t from, int32_t to, int alarm_days,
		       struct rp_buf *out);

#endif
