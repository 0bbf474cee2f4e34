/*
 * calendar.c — the calendar feed (rapport/calendar.h): what falls due in the
 * workspace as one iCalendar object built with libical, which escapes and
 * folds the text and writes each value with its type.
 *
 * Invariants.  Every event is all-day (DTSTART;VALUE=DATE, DTEND the day
 * after), so no time zone is needed; the only instant, DTSTAMP, is in UTC.
 * A UID is "<kind>-<number>-<what>@<workspace>": the record, what its date
 * is, and the workspace's identity (the slug of its name and the instant it
 * was created, neither of which ever changes), so that the same fact keeps
 * its UID from one export to the next while its date moves.  An event's
 * SEQUENCE is the number of audit events of the records it derives from
 * minus one and its DTSTAMP the instant of the last of them; those counts
 * come from one grouped query over the audit trail (two for one
 * engagement), never from one query per event.  A recurring series is "its
 * first date plus k times the cadence" (cadence_rule says how the end of a
 * month is written).  The root component owns every property and
 * sub-component and is freed once; nothing here prints.
 */
#include <ctype.h>
#include <stdarg.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "rapport/calendar.h"

/* The audit events of one record: how many there are and when the last was
 * written. */
struct stamp {
	int kind; /* index into rp_kinds() */
	int64_t record;
	int64_t count;
	int64_t last;
};

/* The audit events an event derives from, added up. */
struct origin {
	int64_t count;
	int64_t last;
};

/* What the feed needs of an engagement beyond its record. */
struct eng {
	const struct rp_record *rec;
	const struct rp_record *client;
	int32_t last_real;   /* the last interaction that reached the client */
	int32_t last_report; /* the last progress report we sent */
	struct origin talks; /* the audit events of its interactions */
};

struct cal {
	struct rp_db *db;
	int32_t from, to;
	int alarm_days;
	bool oom; /* an allocation failed: libical's or a text's */
	icalcomponent *root;
	struct rp_buf domain; /* "@northwind-consulting-20260302t000000z.rapport" */
	struct rp_buf uid, summary, text;
	struct stamp *stamps;
	size_t nstamps;
	struct rp_record_list engs, clients;
	struct eng *e; /* parallel to engs.items */
};

/* ---- small helpers --------------------------------------------------- */

static int kind_index(const char *name)
{
	const struct rp_kind *const *k = rp_kinds();
	int i;

	for (i = 0; k[i]; i++) {
		if (!strcmp(k[i]->name, name)) {
			return i;
		}
	}
	return -1;
}

static const char *str_or(const struct rp_record *rec, const char *field, const char *dflt)
{
	const char *s = rp_record_str(rec, field);

	return s ? s : dflt;
}

/* Append formatted text to one of the event's texts; running out of memory
 * is remembered and reported once at the end. */
static void say(struct cal *cal, struct rp_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void say(struct cal *cal, struct rp_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (rp_buf_vprintf(b, fmt, ap)) {
		cal->oom = true;
	}
	va_end(ap);
}

static struct icaltimetype ical_day(int32_t day)
{
	struct icaltimetype t = icaltime_null_date();

	rp_date_to_ymd(day, &t.year, &t.month, &t.day);
	return t;
}

static void origin_add(struct origin *o, const struct origin *more)
{
	o->count += more->count;
	if (more->last > o->last) {
		o->last = more->last;
	}
}

static int stamp_cmp(const void *a, const void *b)
{
	const struct stamp *x = a, *y = b;

	if (x->kind != y->kind) {
		return x->kind < y->kind ? -1 : 1;
	}
	return x->record < y->record ? -1 : x->record > y->record;
}

/* Add the audit events of record `id` of kind `kind` (a kind name). */
static void origin_of(const struct cal *cal, struct origin *o, const char *kind, int64_t id)
{
	struct stamp key = {.kind = kind_index(kind), .record = id};
	const struct stamp *s;

	if (!cal->nstamps) {
		return;
	}
	s = bsearch(&key, cal->stamps, cal->nstamps, sizeof(key), stamp_cmp);
	if (s) {
		struct origin more = {s->count, s->last};

		origin_add(o, &more);
	}
}

static int rec_id_cmp(const void *key, const void *item)
{
	int64_t id = *(const int64_t *)key;
	int64_t other = rp_record_id(*(const struct rp_record *const *)item);

	return id < other ? -1 : id > other;
}

/* The index of record number `id` in a list in number order, or -1. */
static ptrdiff_t list_index(const struct rp_record_list *list, int64_t id)
{
	struct rp_record *const *p;

	if (!list->count) {
		return -1;
	}
	p = bsearch(&id, list->items, list->count, sizeof(*list->items), rec_id_cmp);
	return p ? p - list->items : -1;
}

static const struct rp_record *list_find(const struct rp_record_list *list, int64_t id)
{
	ptrdiff_t i = list_index(list, id);

	return i < 0 ? NULL : list->items[i];
}

static struct eng *eng_find(struct cal *cal, int64_t id)
{
	ptrdiff_t i = list_index(&cal->engs, id);

	return i < 0 ? NULL : &cal->e[i];
}

/* ---- loading --------------------------------------------------------- */

/* The workspace's identity for UIDs: the slug of its name (ASCII letters and
 * digits, anything else a dash) and the instant it was created. */
static int load_domain(struct cal *cal)
{
	struct rp_db *db = cal->db;
	struct store_stmt *st = NULL;
	const char *p;
	bool dash = false;
	int rc;

	rc = db_prepare(db, "SELECT \"created_at\" FROM \"workspace\" WHERE \"id\" = ?", &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	rc = db_step(db, st);
	if (rc != STORE_ROW) {
		rc = rc < 0 ? rc : rp_db_fail(db, RP_ESTORE, "the workspace row is missing");
		goto out;
	}
	rc = rp_buf_putc(&cal->domain, '@');
	for (p = rp_workspace_name(db); !rc && *p; p++) {
		if (!isalnum((unsigned char)*p) || ((unsigned char)*p & 0x80)) {
			dash = true;
			continue;
		}
		if (dash && cal->domain.len > 1) {
			rc = rp_buf_putc(&cal->domain, '-');
		}
		rc = rc ? rc : rp_buf_putc(&cal->domain, (char)tolower((unsigned char)*p));
		dash = false;
	}
	if (!rc && cal->domain.len > 1) {
		rc = rp_buf_putc(&cal->domain, '-');
	}
	/* "2026-03-02T00:00:00Z" -> "20260302t000000z" */
	for (p = db->be->column_text(st, 0); !rc && *p; p++) {
		if (isalnum((unsigned char)*p)) {
			rc = rp_buf_putc(&cal->domain, (char)tolower((unsigned char)*p));
		}
	}
	rc = rc ? rc : rp_buf_puts(&cal->domain, ".rapport");
	if (rc) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
out:
	db->be->finalize(st);
	return rc;
}

/* The kinds whose audit events the feed counts: those its events derive
 * from.  Interactions are counted per engagement, the rest per record. */
#define STAMP_KINDS                                                                                \
	"\"kind\" IN ('client', 'contact', 'engagement', 'deliverable', 'payment', 'commitment', " \
	"'followup', 'interaction')"
#define STAMP_COLUMNS                                                                              \
	"SELECT \"kind\", CASE WHEN \"kind\" = 'interaction' THEN \"engagement_id\" ELSE "         \
	"\"record_id\" END AS \"r\", COUNT(*), MAX(\"at\") FROM \"audit\" "

/* Read the rows of a stamp query: a record's count and last instant, or for
 * "interaction" an engagement's. */
static int read_stamps(struct cal *cal, struct store_stmt *st, size_t *cap)
{
	struct rp_db *db = cal->db;
	int interaction = kind_index("interaction"), rc;

	while ((rc = db_step(db, st)) == STORE_ROW) {
		int kind = kind_index(db->be->column_text(st, 0));
		struct origin o = {db->be->column_int(st, 2), db->be->column_int(st, 3)};

		if (kind == interaction) {
			struct eng *e = eng_find(cal, db->be->column_int(st, 1));

			if (e) {
				origin_add(&e->talks, &o);
			}
			continue;
		}
		if (cal->nstamps == *cap) {
			size_t ncap = *cap ? *cap * 2 : 64;
			struct stamp *more = realloc(cal->stamps, ncap * sizeof(*more));

			if (!more) {
				return rp_db_fail(db, RP_ENOMEM, "out of memory");
			}
			cal->stamps = more;
			*cap = ncap;
		}
		cal->stamps[cal->nstamps++] = (struct stamp){
			.kind = kind,
			.record = db->be->column_int(st, 1),
			.count = o.count,
			.last = o.last,
		};
	}
	return rc < 0 ? rc : RP_OK;
}

/*
 * The audit events per record.  For the whole workspace one pass over the
 * trail: "+workspace_id" keeps the planner from walking the engagement index
 * and fetching every row at random, which is several times slower than
 * reading the table in order.  For one engagement its events through that
 * index, then those of its client and the client's contacts (the records of
 * no engagement).
 */
static int load_stamps(struct cal *cal, const struct eng *only)
{
	struct rp_db *db = cal->db;
	struct store_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	rc = db_prepare(db,
			only ? STAMP_COLUMNS "WHERE \"workspace_id\" = ? AND \"engagement_id\" = ? "
					     "AND " STAMP_KINDS " GROUP BY \"kind\", \"r\""
			     : STAMP_COLUMNS "WHERE +\"workspace_id\" = ? AND " STAMP_KINDS
					     " GROUP BY \"kind\", \"r\"",
			&st);
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		if (only) {
			db->be->bind_int(st, 2, rp_record_id(only->rec));
		}
		rc = read_stamps(cal, st, &cap);
		db->be->finalize(st);
		st = NULL;
	}
	if (!rc && only) {
		rc = db_prepare(
			db,
			STAMP_COLUMNS
			"WHERE \"workspace_id\" = ? AND \"engagement_id\" IS NULL AND "
			"((\"kind\" = 'client' AND \"record_id\" = ?) OR (\"kind\" = 'contact' "
			"AND \"record_id\" IN (SELECT \"id\" FROM \"contact\" WHERE "
			"\"workspace_id\" = ? AND \"client_id\" = ?))) GROUP BY \"kind\", \"r\"",
			&st);
		if (!rc) {
			db->be->bind_int(st, 1, db->workspace);
			db->be->bind_int(st, 2, only->rec->parent_id);
			db->be->bind_int(st, 3, db->workspace);
			db->be->bind_int(st, 4, only->rec->parent_id);
			rc = read_stamps(cal, st, &cap);
			db->be->finalize(st);
		}
	}
	if (!rc && cal->nstamps) {
		qsort(cal->stamps, cal->nstamps, sizeof(*cal->stamps), stamp_cmp);
	}
	return rc;
}

/* The last real interaction and the last report we sent, per engagement, in
 * one grouped query (dates are YYYY-MM-DD text, so MAX is the latest), as
 * H-SILENCE and H-REPORT count them; for the whole workspace read in table
 * order, as load_stamps does. */
static int load_talks(struct cal *cal, int64_t eng_id)
{
	struct rp_db *db = cal->db;
	struct store_stmt *st = NULL;
	int rc;

	rc = db_prepare(
		db,
		eng_id ? "SELECT \"engagement_id\", "
			 "MAX(CASE WHEN \"channel\" <> 'note' THEN \"date\" END), "
			 "MAX(CASE WHEN \"channel\" = 'report' AND \"initiated_by\" = 'us' "
			 "THEN \"date\" END) FROM \"interaction\" WHERE \"workspace_id\" = ? "
			 "AND \"engagement_id\" = ? GROUP BY \"engagement_id\""
		       : "SELECT \"engagement_id\", "
			 "MAX(CASE WHEN \"channel\" <> 'note' THEN \"date\" END), "
			 "MAX(CASE WHEN \"channel\" = 'report' AND \"initiated_by\" = 'us' "
			 "THEN \"date\" END) FROM \"interaction\" WHERE +\"workspace_id\" = ? "
			 "GROUP BY \"engagement_id\"",
		&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	if (eng_id) {
		db->be->bind_int(st, 2, eng_id);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		struct eng *e = eng_find(cal, db->be->column_int(st, 0));

		if (!e) {
			continue;
		}
		if (db->be->column_null(st, 1) ||
		    rp_date_parse(db->be->column_text(st, 1), &e->last_real)) {
			e->last_real = RP_NO_DATE;
		}
		if (db->be->column_null(st, 2) ||
		    rp_date_parse(db->be->column_text(st, 2), &e->last_report)) {
			e->last_report = RP_NO_DATE;
		}
	}
	db->be->finalize(st);
	return rc < 0 ? rc : RP_OK;
}

/* The engagements (all, or the one named) and their clients. */
static int load_engagements(struct cal *cal, const char *ref)
{
	const struct rp_kind *ek = rp_kind_find("engagement"), *ck = rp_kind_find("client");
	struct rp_db *db = cal->db;
	size_t i;
	int rc;

	if (ref) {
		struct rp_record *eng = NULL, *client = NULL;

		rc = rp_record_get(db, ek, ref, &eng);
		if (!rc) {
			rc = rp_record_get(db, ck, rp_record_parent(eng), &client);
		}
		cal->engs.items = calloc(1, sizeof(*cal->engs.items));
		cal->clients.items = calloc(1, sizeof(*cal->clients.items));
		if (!rc && (!cal->engs.items || !cal->clients.items)) {
			rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		}
		if (rc) {
			rp_record_free(eng);
			rp_record_free(client);
			return rc;
		}
		cal->engs.items[cal->engs.count++] = eng;
		cal->clients.items[cal->clients.count++] = client;
	} else {
		rc = rp_record_list(db, ek, NULL, NULL, &cal->engs);
		if (!rc) {
			rc = rp_record_list(db, ck, NULL, NULL, &cal->clients);
		}
		if (rc) {
			return rc;
		}
	}
	cal->e = calloc(cal->engs.count ? cal->engs.count : 1, sizeof(*cal->e));
	if (!cal->e) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	for (i = 0; i < cal->engs.count; i++) {
		struct eng *e = &cal->e[i];

		e->rec = cal->engs.items[i];
		e->client = list_find(&cal->clients, cal->engs.items[i]->parent_id);
		e->last_real = e->last_report = RP_NO_DATE;
	}
	return RP_OK;
}

/* ---- events ---------------------------------------------------------- */

/* Add `prop` to `comp`; a NULL property (libical ran out of memory) is
 * remembered and reported once at the end. */
static void put(struct cal *cal, icalcomponent *comp, icalproperty *prop)
{
	if (!comp || !prop) {
		cal->oom = true;
		if (prop) {
			icalproperty_free(prop);
		}
		return;
	}
	icalcomponent_add_property(comp, prop);
}

/*
 * Add an all-day event on `day` whose UID is cal->uid plus the workspace's
 * identity, with cal->summary and cal->text (the description), and, when
 * `rule` is not NULL, recurring by it.  Returns the event (owned by the
 * root) or NULL when memory ran out.
 */
static icalcomponent *add_event(struct cal *cal, int32_t day, const struct origin *o,
				const struct icalrecurrencetype *rule)
{
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	int64_t last = o->count ? o->last : rp_db_now(cal->db);

	if (!ev) {
		cal->oom = true;
		return NULL;
	}
	say(cal, &cal->uid, "%s", cal->domain.data);
	put(cal, ev, icalproperty_new_uid(cal->uid.data));
	put(cal, ev,
	    icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
		    (time_t)last, 0, icaltimezone_get_utc_timezone())));
	put(cal, ev, icalproperty_new_sequence(o->count > 1 ? (int)(o->count - 1) : 0));
	put(cal, ev, icalproperty_new_dtstart(ical_day(day)));
	put(cal, ev, icalproperty_new_dtend(ical_day(day + 1)));
	if (rule) {
		put(cal, ev, icalproperty_new_rrule(*rule));
	}
	put(cal, ev, icalproperty_new_summary(cal->summary.data));
	if (cal->text.len) {
		put(cal, ev, icalproperty_new_description(cal->text.data));
	}
	/* a date to keep in mind, not time taken */
	put(cal, ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	icalcomponent_add_component(cal->root, ev);
	return ev;
}

/*
 * The recurrence of "`start` plus k times `every`", with the day clamped to
 * the end of a shorter month as rp_date_add does, in the RRULE forms that
 * calendar programs agree on: a series on the 31st falls on the last day of
 * each month (BYMONTHDAY=-1), one on 29 February on the last day of
 * February.  A monthly series on the 29th or 30th skips the months without
 * that day, as RFC 5545 says: the clamped form ("the last of the days 28 to
 * 30", BYMONTHDAY with BYSETPOS) is not understood by every program (ical.js
 * ignores BYSETPOS there), and a feed that two programs read differently is
 * worse than one February without its date.  `until` (RP_NO_DATE: none) is the
 * last day a repetition may fall on.
 */
static struct icalrecurrencetype cadence_rule(const struct rp_duration *every, int32_t start,
					      int32_t until)
{
	struct icalrecurrencetype r;
	int year, month, day;

	icalrecurrencetype_clear(&r);
	rp_date_to_ymd(start, &year, &month, &day);
	r.interval = (short)every->count;
	switch (every->unit) {
	case RP_DAYS:
		r.freq = ICAL_DAILY_RECURRENCE;
		break;
	case RP_WEEKS:
		r.freq = ICAL_WEEKLY_RECURRENCE;
		break;
	case RP_MONTHS:
		r.freq = ICAL_MONTHLY_RECURRENCE;
		if (day == 31) {
			r.by_month_day[0] = -1;
			r.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
		}
		break;
	case RP_YEARS:
		r.freq = ICAL_YEARLY_RECURRENCE;
		if (month == 2 && day == 29) {
			r.by_month[0] = 2;
			r.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
			r.by_month_day[0] = -1;
			r.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
		}
		break;
	}
	if (until != RP_NO_DATE) {
		r.until = ical_day(until);
	}
	return r;
}

/* Start the texts of an event: reset the buffers and set the UID's left
 * part. */
static void begin(struct cal *cal, const char *kind, int64_t id, const char *what)
{
	rp_buf_reset(&cal->uid);
	rp_buf_reset(&cal->summary);
	rp_buf_reset(&cal->text);
	say(cal, &cal->uid, "%s-%lld-%s", kind, (long long)id, what);
}

/* " — Shop relaunch (Acme Corp)": which engagement a summary is about. */
static void about(struct cal *cal, const struct eng *e)
{
	say(cal, &cal->summary, " — %s", str_or(e->rec, "title", ""));
	if (e->client) {
		say(cal, &cal->summary, " (%s)", str_or(e->client, "name", ""));
	}
}

static bool in_window(const struct cal *cal, int32_t day)
{
	return day != RP_NO_DATE && day >= cal->from && day <= cal->to;
}

/* A series from `start` to `until` (RP_NO_DATE: endless) meets the window. */
static bool series_in_window(const struct cal *cal, int32_t start, int32_t until)
{
	return start <= cal->to && (until == RP_NO_DATE || until >= cal->from);
}

/* The origin of what comes from the engagement itself: it and its client. */
static struct origin eng_origin(const struct cal *cal, const struct eng *e)
{
	struct origin o = {0, 0};

	origin_of(cal, &o, "engagement", rp_record_id(e->rec));
	if (e->client) {
		origin_of(cal, &o, "client", rp_record_id(e->client));
	}
	return o;
}

/*
 * A cadence of an engagement whose work runs: the next date is one cadence
 * after the last interaction that `last` holds, or after the start (the
 * kickoff, else the baseline start, else the day it was recorded) when
 * there is none or the start is later, as the checks count; the series
 * ends on the forecast end, else the baseline end.
 */
static int add_cadence(struct cal *cal, const struct eng *e, const char *field, const char *what,
		       int32_t last)
{
	const struct rp_record *rec = e->rec;
	const char *slug = str_or(rec, "slug", "");
	char every_text[RP_DURATION_BUFSZ], on[RP_DATE_BUFSZ];
	struct icalrecurrencetype rule;
	struct rp_duration every;
	int32_t start, first, until;
	struct origin o;
	bool meeting = !strcmp(what, "meetings");

	if (!rp_record_str(rec, field) || rp_duration_parse(rp_record_str(rec, field), &every)) {
		return RP_OK;
	}
	start = engagement_start_day(rec);
	if (last == RP_NO_DATE || (start != RP_NO_DATE && start > last)) {
		last = RP_NO_DATE;
	}
	if (last == RP_NO_DATE && start == RP_NO_DATE) {
		return RP_OK;
	}
	first = rp_date_add(last != RP_NO_DATE ? last : start, &every, 1);
	until = record_day(rec, "forecast_end");
	until = until != RP_NO_DATE ? until : record_day(rec, "baseline_end");
	if ((until != RP_NO_DATE && first > until) || !series_in_window(cal, first, until)) {
		return RP_OK;
	}
	rp_duration_format(&every, every_text);
	rp_date_format(last != RP_NO_DATE ? last : start, on);
	begin(cal, "engagement", rp_record_id(rec), what);
	say(cal, &cal->summary, "%s", meeting ? "Meeting" : "Progress report due");
	about(cal, e);
	say(cal, &cal->text,
	    "%s every %s on engagement '%s', counted from %s on %s.\n"
	    "Log it with: rapport log %s \"...\" --channel %s --by us",
	    meeting ? "A meeting with the client is due" : "A progress report is due", every_text,
	    slug,
	    last == RP_NO_DATE ? "the start"
	    : meeting	       ? "the last contact"
			       : "the last report sent",
	    on, slug, meeting ? "meeting" : "report");
	o = eng_origin(cal, e);
	origin_add(&o, &e->talks);
	rule = cadence_rule(&every, first, until);
	return add_event(cal, first, &o, &rule) ? RP_OK : RP_ENOMEM;
}

/* The renewal date and the non-renewal notice deadline (the renewal date
 * minus the notice period, with an alarm) of an engagement that renews:
 * auto or manual renewal with a date, no notice of termination given, and
 * not closing or over. */
static int add_renewal(struct cal *cal, const struct eng *e)
{
	const struct rp_record *rec = e->rec;
	const char *slug = str_or(rec, "slug", "");
	int32_t renews = record_day(rec, "renewal_date"), deadline;
	int64_t notice = rp_record_int(rec, "notice_days");
	char on[RP_DATE_BUFSZ], by[RP_DATE_BUFSZ];
	bool automatic = record_is(rec, "renewal", "auto");
	icalcomponent *ev, *alarm;
	struct origin o = eng_origin(cal, e);

	if ((!automatic && !record_is(rec, "renewal", "manual")) || renews == RP_NO_DATE ||
	    !rp_record_is_null(rec, "notice_given") || record_is(rec, "state", "closing") ||
	    record_is(rec, "state", "closed") || record_is(rec, "state", "terminated")) {
		return RP_OK;
	}
	deadline = renews - (int32_t)notice;
	rp_date_format(renews, on);
	rp_date_format(deadline, by);
	if (in_window(cal, renews)) {
		begin(cal, "engagement", rp_record_id(rec), "renewal");
		say(cal, &cal->summary, "%s", automatic ? "Renews automatically" : "Renewal due");
		about(cal, e);
		say(cal, &cal->text,
		    "Engagement '%s' %s on %s; notice of non-renewal is due by %s "
		    "(%lld days before).",
		    slug, automatic ? "renews automatically" : "is up for renewal", on, by,
		    (long long)notice);
		if (!add_event(cal, renews, &o, NULL)) {
			return RP_ENOMEM;
		}
	}
	if (!in_window(cal, deadline)) {
		return RP_OK;
	}
	begin(cal, "engagement", rp_record_id(rec), "notice-deadline");
	say(cal, &cal->summary, "%s", "Non-renewal notice deadline");
	about(cal, e);
	say(cal, &cal->text,
	    "The last day to give notice of non-renewal of engagement '%s': it %s on "
	    "%s and the notice period is %lld days.\n"
	    "Log the renewal conversation with: rapport log %s \"...\" --channel call "
	    "--by us --topic renewal",
	    slug, automatic ? "renews automatically" : "is up for renewal", on, (long long)notice,
	    slug);
	ev = add_event(cal, deadline, &o, NULL);
	if (!ev) {
		return RP_ENOMEM;
	}
	alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
	if (!alarm) {
		return RP_ENOMEM;
	}
	rp_buf_reset(&cal->text);
	if (cal->alarm_days) {
		say(cal, &cal->text, "In %d day%s: %s", cal->alarm_days,
		    cal->alarm_days == 1 ? "" : "s", cal->summary.data);
	} else {
		say(cal, &cal->text, "Today: %s", cal->summary.data);
	}
	put(cal, alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	put(cal, alarm,
	    icalproperty_new_trigger(icaltriggertype_from_int(-cal->alarm_days * 86400)));
	put(cal, alarm, icalproperty_new_description(cal->text.data));
	icalcomponent_add_component(ev, alarm);
	return RP_OK;
}

/* The engagement of a record, unless its work is over (closed or ended
 * early): then nothing of it falls due but the follow-up plan. */
static const struct eng *working(struct cal *cal, const struct rp_record *rec)
{
	const struct eng *e = eng_find(cal, rec->engagement_id);

	if (!e || record_is(e->rec, "state", "closed") ||
	    record_is(e->rec, "state", "terminated")) {
		return NULL;
	}
	return e;
}

/* The origin of a record of an engagement: it, the engagement, the client. */
static struct origin rec_origin(const struct cal *cal, const struct eng *e,
				const struct rp_record *rec)
{
	struct origin o = eng_origin(cal, e);

	origin_of(cal, &o, rec->kind->name, rp_record_id(rec));
	return o;
}

/* A text's first line, for a summary. */
static void first_line(struct cal *cal, struct rp_buf *b, const char *text)
{
	say(cal, b, "%.*s", (int)strcspn(text, "\n"), text);
}

static int add_deliverables(struct cal *cal, const struct rp_record_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const struct eng *e = working(cal, rec);
		int32_t due = record_day(rec, "due");
		struct origin o;

		if (!e || !in_window(cal, due) || record_is(rec, "state", "accepted") ||
		    record_is(rec, "state", "waived")) {
			continue;
		}
		begin(cal, "deliverable", rp_record_id(rec), "due");
		say(cal, &cal->summary, "Deliverable due: %s", str_or(rec, "title", ""));
		about(cal, e);
		say(cal, &cal->text, "Deliverable %lld of engagement '%s' is %s.",
		    (long long)rp_record_id(rec), str_or(e->rec, "slug", ""),
		    str_or(rec, "state", ""));
		if (rp_record_str(rec, "accept")) {
			say(cal, &cal->text, "\nAcceptance criteria: %s",
			    rp_record_str(rec, "accept"));
		}
		o = rec_origin(cal, e, rec);
		if (!add_event(cal, due, &o, NULL)) {
			return RP_ENOMEM;
		}
	}
	return RP_OK;
}

/* "6,000.00 EUR" */
static void money(struct cal *cal, struct rp_buf *b, const struct rp_record *rec)
{
	const char *cur = rp_record_currency(rec);
	char num[RP_MONEY_BUFSZ];

	if (cur && !rp_money_format_grouped(rp_record_int(rec, "amount"), cur, num, sizeof(num))) {
		say(cal, b, "%s %s", num, cur);
	}
}

/* An invoice sent falls due on its due date; a payment scheduled on a date
 * falls due (to be invoiced) on that date. */
static int add_payments(struct cal *cal, const struct rp_record_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const struct eng *e = working(cal, rec);
		const char *trigger = rp_record_str(rec, "trigger");
		long long id = (long long)rp_record_id(rec);
		int32_t day = RP_NO_DATE;
		struct origin o;

		if (!e) {
			continue;
		}
		if (record_is(rec, "state", "invoiced")) {
			day = record_day(rec, "due_on");
			if (!in_window(cal, day)) {
				continue;
			}
			begin(cal, "payment", id, "due");
			say(cal, &cal->summary, "Payment due: invoice %s, ",
			    str_or(rec, "invoice_number", "?"));
			money(cal, &cal->summary, rec);
			say(cal, &cal->text,
			    "Payment %lld (%s) of engagement '%s' was invoiced as %s "
			    "and is due.\nRecord it with: rapport payment pay %lld",
			    id, str_or(rec, "kind", ""), str_or(e->rec, "slug", ""),
			    str_or(rec, "invoice_number", "?"), id);
		} else if (record_is(rec, "state", "scheduled") && trigger &&
			   !strncmp(trigger, "date:", 5) && !rp_date_parse(trigger + 5, &day) &&
			   in_window(cal, day)) {
			begin(cal, "payment", id, "trigger");
			say(cal, &cal->summary, "Payment falls due: %s ", str_or(rec, "kind", ""));
			money(cal, &cal->summary, rec);
			say(cal, &cal->text,
			    "Payment %lld (%s) of engagement '%s' falls due: invoice it "
			    "with: rapport payment invoice %lld --number N",
			    id, str_or(rec, "kind", ""), str_or(e->rec, "slug", ""), id);
			if (rp_record_str(rec, "verify")) {
				say(cal, &cal->text, "\nVerification: %s",
				    rp_record_str(rec, "verify"));
			}
		} else {
			continue;
		}
		about(cal, e);
		o = rec_origin(cal, e, rec);
		if (!add_event(cal, day, &o, NULL)) {
			return RP_ENOMEM;
		}
	}
	return RP_OK;
}

static int add_promises(struct cal *cal, const struct rp_record_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const struct eng *e = working(cal, rec);
		int32_t due = record_day(rec, "due");
		long long id = (long long)rp_record_id(rec);
		struct origin o;

		if (!e || !in_window(cal, due) || !record_is(rec, "state", "open")) {
			continue;
		}
		begin(cal, "commitment", id, "due");
		say(cal, &cal->summary, "%s", "Promise due: ");
		first_line(cal, &cal->summary, str_or(rec, "text", ""));
		about(cal, e);
		say(cal, &cal->text, "Promise %lld of engagement '%s', made on %s:\n%s\n", id,
		    str_or(e->rec, "slug", ""), str_or(rec, "made_on", "?"),
		    str_or(rec, "text", ""));
		say(cal, &cal->text, "Record it kept with: rapport promise keep %lld", id);
		o = rec_origin(cal, e, rec);
		if (!add_event(cal, due, &o, NULL)) {
			return RP_ENOMEM;
		}
	}
	return RP_OK;
}

/* The stay-in-touch plan: from its next date on its cadence, for good (a
 * touch logged moves the next date, and with it the series). */
static int add_followups(struct cal *cal, const struct rp_record_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const struct eng *e = eng_find(cal, rec->engagement_id);
		int32_t next = record_day(rec, "next_on");
		const char *slug;
		struct icalrecurrencetype rule;
		struct rp_duration every;
		struct origin o;

		if (!e || next == RP_NO_DATE || !rp_record_str(rec, "every") ||
		    rp_duration_parse(rp_record_str(rec, "every"), &every) ||
		    !series_in_window(cal, next, RP_NO_DATE)) {
			continue;
		}
		slug = str_or(e->rec, "slug", "");
		begin(cal, "followup", rp_record_id(rec), "touch");
		say(cal, &cal->summary, "%s", "Follow up");
		about(cal, e);
		say(cal, &cal->text,
		    "Stay in touch every %s after engagement '%s'; a call logged moves "
		    "the next date.\nLog it with: rapport followup touch %s \"...\"",
		    str_or(rec, "every", ""), slug, slug);
		if (rp_record_str(rec, "occasions")) {
			say(cal, &cal->text, "\nOccasions: %s", rp_record_str(rec, "occasions"));
		}
		o = rec_origin(cal, e, rec);
		rule = cadence_rule(&every, next, RP_NO_DATE);
		if (!add_event(cal, next, &o, &rule)) {
			return RP_ENOMEM;
		}
	}
	return RP_OK;
}

/* Birthdays recur yearly from the day of birth (29 February falls on the
 * 28th in other years). */
static int add_birthdays(struct cal *cal, const struct rp_record_list *list)
{
	static const struct rp_duration year = {1, RP_YEARS};
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const struct rp_record *client = list_find(&cal->clients, rec->parent_id);
		int32_t born = record_day(rec, "birthday");
		struct icalrecurrencetype rule;
		struct origin o = {0, 0};

		if (born == RP_NO_DATE || !series_in_window(cal, born, RP_NO_DATE)) {
			continue;
		}
		begin(cal, "contact", rp_record_id(rec), "birthday");
		say(cal, &cal->summary, "Birthday: %s", str_or(rec, "name", ""));
		if (client) {
			say(cal, &cal->summary, " (%s)", str_or(client, "name", ""));
			origin_of(cal, &o, "client", rp_record_id(client));
		}
		say(cal, &cal->text, "A greeting for %s", str_or(rec, "name", ""));
		if (rp_record_str(rec, "role")) {
			say(cal, &cal->text, ", %s", rp_record_str(rec, "role"));
		}
		if (rp_record_str(rec, "email")) {
			say(cal, &cal->text, " <%s>", rp_record_str(rec, "email"));
		}
		say(cal, &cal->text, ".");
		origin_of(cal, &o, "contact", rp_record_id(rec));
		rule = cadence_rule(&year, born, RP_NO_DATE);
		if (!add_event(cal, born, &o, &rule)) {
			return RP_ENOMEM;
		}
	}
	return RP_OK;
}

/* The calendar's own properties. */
static void add_header(struct cal *cal, const struct rp_record *only)
{
	icalproperty *p;

	put(cal, cal->root, icalproperty_new_version("2.0"));
	put(cal, cal->root, icalproperty_new_prodid("-//rapport//rapport calendar feed//EN"));
	put(cal, cal->root, icalproperty_new_calscale("GREGORIAN"));
	rp_buf_reset(&cal->text);
	say(cal, &cal->text, "%s", rp_workspace_name(cal->db));
	if (only) {
		say(cal, &cal->text, ": %s", str_or(only, "title", ""));
	}
	/* RFC 7986's NAME, and the older X-WR-CALNAME that more programs read,
	 * typed TEXT so that readers unescape it as they do NAME */
	put(cal, cal->root, icalproperty_new_name(cal->text.data));
	p = icalproperty_new(ICAL_X_PROPERTY);
	if (p) {
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalproperty_set_value(p, icalvalue_new_text(cal->text.data));
	}
	put(cal, cal->root, p);
	/* all dates are all-day; the zone tells a program how the workspace
	 * sees them */
	p = icalproperty_new_x(rp_workspace_timezone(cal->db));
	if (p) {
		icalproperty_set_x_name(p, "X-WR-TIMEZONE");
	}
	put(cal, cal->root, p);
}

/* Every event, in a fixed order: per engagement its cadences and renewal,
 * then deliverables, payments, promises, follow-ups and birthdays, each in
 * number order. */
static int build(struct cal *cal, const char *eng)
{
	static const char *const kinds[] = {"deliverable", "payment", "commitment", "followup",
					    "contact"};
	static int (*const adders[])(struct cal *, const struct rp_record_list *) = {
		add_deliverables, add_payments, add_promises, add_followups, add_birthdays};
	struct rp_record_list list = {NULL, 0};
	size_t i;
	int rc = RP_OK;

	for (i = 0; !rc && i < cal->engs.count; i++) {
		const struct eng *e = &cal->e[i];
		const char *state = rp_record_str(e->rec, "state");

		if (state && (rp_phases_of_state(state) & RP_PHASE_HEALTH)) {
			rc = add_cadence(cal, e, "meet_every", "meetings", e->last_real);
			rc = rc ? rc
				: add_cadence(cal, e, "report_every", "reports", e->last_report);
		}
		rc = rc ? rc : add_renewal(cal, e);
	}
	for (i = 0; !rc && i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const char *parent = eng;

		if (eng && !strcmp(kinds[i], "contact")) {
			parent = rp_record_parent(cal->engs.items[0]);
		}
		rc = rp_record_list(cal->db, rp_kind_find(kinds[i]), parent, NULL, &list);
		rc = rc ? rc : adders[i](cal, &list);
		rp_record_list_release(&list);
	}
	if (rc == RP_ENOMEM || (!rc && cal->oom)) {
		rc = rp_db_fail(cal->db, RP_ENOMEM, "out of memory");
	}
	return rc;
}

int rp_calendar(struct rp_db *db, const char *eng, int32_t from, int32_t to, int alarm_days,
		struct rp_buf *out)
{
	struct cal cal;
	char *ics = NULL;
	int rc;

	memset(&cal, 0, sizeof(cal));
	cal.db = db;
	cal.from = from;
	cal.to = to;
	cal.alarm_days = alarm_days;
	rp_buf_init(&cal.domain);
	rp_buf_init(&cal.uid);
	rp_buf_init(&cal.summary);
	rp_buf_init(&cal.text);
	if (!db->workspace) {
		rc = rp_db_fail(db, RP_ENOWORKSPACE, "no workspace here yet (run 'rapport init')");
		goto out;
	}
	if (from > to) {
		char a[RP_DATE_BUFSZ], b[RP_DATE_BUFSZ];

		rp_date_format(from, a);
		rp_date_format(to, b);
		rc = rp_db_fail(
			db, RP_EINVAL,
			"the calendar's window ends on %s, before it starts on %s (expected "
			"%sfrom on or before %sto)",
			b, a, db->flag_names ? "--" : "", db->flag_names ? "--" : "");
		goto out;
	}
	if (alarm_days < 0 || alarm_days > RP_CALENDAR_ALARM_DAYS_MAX) {
		rc = rp_db_fail(db, RP_EINVAL,
				"invalid number of days %d for %s (expected a whole number from 0 "
				"to %d)",
				alarm_days, db->flag_names ? "--alarm-days" : "alarm_days",
				RP_CALENDAR_ALARM_DAYS_MAX);
		goto out;
	}
	rc = load_domain(&cal);
	rc = rc ? rc : load_engagements(&cal, eng);
	rc = rc ? rc : load_stamps(&cal, eng ? &cal.e[0] : NULL);
	rc = rc ? rc : load_talks(&cal, eng ? rp_record_id(cal.engs.items[0]) : 0);
	if (rc) {
		goto out;
	}
	/* a library reports; it never aborts on libical's behalf */
	icalerror_set_errors_are_fatal(0);
	cal.root = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	if (!cal.root) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	add_header(&cal, eng ? cal.engs.items[0] : NULL);
	rc = build(&cal, eng ? rp_record_str(cal.engs.items[0], "slug") : NULL);
	if (rc) {
		goto out;
	}
	ics = icalcomponent_as_ical_string_r(cal.root);
	if (!ics || rp_buf_puts(out, ics)) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
out:
	free(ics);
	if (cal.root) {
		icalcomponent_free(cal.root);
	}
	rp_record_list_release(&cal.engs);
	rp_record_list_release(&cal.clients);
	free(cal.e);
	free(cal.stamps);
	rp_buf_release(&cal.domain);
	rp_buf_release(&cal.uid);
	rp_buf_release(&cal.summary);
	rp_buf_release(&cal.text);
	return rc;
}
