/*
 * effects.c — what particular verbs do beyond moving a record's state:
 * sign-off authority, payments falling due when their deliverable is
 * accepted, invoice due dates from the payment terms, a follow-up touch
 * logging a real interaction.  Each runs inside the verb's transaction, so a
 * refusal here leaves nothing written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "effects.h"

static int field_idx(const struct rp_record *rec, const char *name)
{
	return rp_kind_field_index(rec->kind, name);
}

static int set_date(struct rp_record *rec, const char *name, int32_t day)
{
	char buf[RP_DATE_BUFSZ];

	rp_date_format(day, buf);
	return record_set_text(rec, field_idx(rec, name), buf);
}

static int32_t get_date(const struct rp_record *rec, const char *name)
{
	int32_t day = 0;

	rp_date_parse(rp_record_str(rec, name), &day);
	return day;
}

/* Refuse a date in the future: what it records has happened. */
static int date_not_future(struct rp_db *db, const struct rp_record *rec, const char *field,
			   const char *flag)
{
	const char *v = rp_record_str(rec, field);

	if (v && get_date(rec, field) > clock_today(db)) {
		return rp_db_fail(db, RP_EINVAL, "invalid date '%s' for %s%s (it is in the future)",
				  v, db->flag_names ? "--" : "", db->flag_names ? flag : field);
	}
	return RP_OK;
}

/* Refuse a date before another of the record's dates. */
static int date_not_before(struct rp_db *db, const struct rp_record *rec, const char *field,
			   const char *flag, const char *other, const char *other_name)
{
	const char *v = rp_record_str(rec, field), *o = rp_record_str(rec, other);

	if (v && o && strncmp(v, o, 10) < 0) {
		return rp_db_fail(
			db, RP_EINVAL, "invalid date '%s' for %s%s (it is before %s, %.10s)", v,
			db->flag_names ? "--" : "", db->flag_names ? flag : field, other_name, o);
	}
	return RP_OK;
}

int effect_pay(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	(void)in;
	return date_not_future(db, rec, "paid_on", "on");
}

int effect_disclose(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	int rc;

	(void)in;
	rc = date_not_future(db, rec, "disclosed_on", "on");
	if (!rc) {
		rc = date_not_before(db, rec, "disclosed_on", "on", "found_on",
				     "when it was found");
	}
	return rc;
}

/* A time we recorded has happened: not after now, and with a fixed day not
 * after that day. */
static int time_not_future(struct rp_db *db, const struct rp_record *rec, const char *field,
			   const char *flag)
{
	const char *at = rp_record_str(rec, field);
	int64_t t;

	if (!at || rp_datetime_parse(at, &t)) {
		return RP_OK;
	}
	if (db->today_fixed ? rp_datetime_date(t) > clock_today(db) : t > clock_now(db)) {
		return rp_db_fail(db, RP_EINVAL, "invalid time '%s' for %s%s (it is in the future)",
				  at, db->flag_names ? "--" : "", db->flag_names ? flag : field);
	}
	return RP_OK;
}

int request_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	(void)before;
	return time_not_future(db, rec, "received_at", "at");
}

/* A risk is found on a day that has come. */
int risk_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	(void)before;
	return date_not_future(db, rec, "found_on", "found");
}

/* Purchase order numbers name one order within an engagement. */
int po_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	struct store_stmt *st = NULL;
	int rc;

	(void)before;
	rc = db_prepare(db,
			"SELECT \"id\" FROM \"purchase_order\" WHERE \"workspace_id\" = ? AND "
			"\"engagement_id\" = ? AND \"number\" = ? AND \"id\" <> ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->engagement_id);
	db->be->bind_text(st, 3, rp_record_str(rec, "number"));
	db->be->bind_int(st, 4, rec->id);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = rp_db_fail(db, RP_ECONFLICT, "purchase order %lld has the number '%s' already",
				(long long)db->be->column_int(st, 0), rp_record_str(rec, "number"));
	} else if (rc == STORE_DONE) {
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

int effect_terminate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	(void)in;
	if (strcmp(rp_record_str(rec, "ended_on"), rp_record_str(rec, "notice_given")) < 0) {
		return rp_db_fail(db, RP_EINVAL, "the end (%s) is before the notice was given (%s)",
				  rp_record_str(rec, "ended_on"),
				  rp_record_str(rec, "notice_given"));
	}
	return RP_OK;
}

/* Whether contact `id` may sign off; fails when it may not. */
static int check_signoff_authority(struct rp_db *db, int64_t id)
{
	struct rp_record *contact = NULL;
	char ref[24];
	int rc;

	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	rc = record_load(db, rp_kind_find("contact"), ref, &contact);
	if (rc) {
		return rc;
	}
	if (!rp_record_int(contact, "may_signoff")) {
		rc = rp_db_fail(db, RP_EINVAL,
				"contact %lld '%s' has no sign-off authority (grant it with "
				"'rapport contact edit %lld --signoff')",
				(long long)id, rp_record_str(contact, "name"), (long long)id);
	}
	rp_record_free(contact);
	return rc;
}

/* Payments triggered by an accepted deliverable fall due today. */
static int trigger_payments(struct rp_db *db, const struct rp_record *dlv)
{
	const struct rp_kind *kind = rp_kind_find("payment");
	struct rp_record_list list = {NULL, 0};
	struct rp_record *before;
	char trigger[40];
	size_t i;
	int rc;

	snprintf(trigger, sizeof(trigger), "deliverable:%lld", (long long)dlv->id);
	rc = rp_record_list(db, kind, dlv->parent_slug, "scheduled", &list);
	for (i = 0; !rc && i < list.count; i++) {
		struct rp_record *pay = list.items[i];
		const char *t = rp_record_str(pay, "trigger");

		if (!t || strcmp(t, trigger)) {
			continue;
		}
		before = record_dup(pay);
		if (!before) {
			rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
			break;
		}
		rc = record_set_text(pay, field_idx(pay, "state"), "due");
		if (!rc) {
			rc = set_date(pay, "triggered_on", clock_today(db));
		}
		if (!rc) {
			rc = record_store_update(db, pay, before, "due");
		}
		rp_record_free(before);
	}
	rp_record_list_release(&list);
	return rc;
}

int effect_signoff(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	int by = field_idx(rec, "signed_off_by");
	int rc;

	(void)in;
	if (rec->v[by].null) {
		if (rp_record_is_null(rec, "reviewer")) {
			return rp_db_fail(
				db, RP_EINVAL,
				"deliverable %lld has no reviewer: say who signs off with "
				"%sby CONTACT",
				(long long)rec->id, db->flag_names ? "--" : "");
		}
		record_set_int(rec, by, rp_record_int(rec, "reviewer"));
	}
	rc = check_signoff_authority(db, rec->v[by].i);
	if (rc) {
		return rc;
	}
	if (!strcmp(rp_record_str(rec, "state"), "accepted")) {
		return trigger_payments(db, rec);
	}
	return RP_OK;
}

static int invoice_number_taken(struct rp_db *db, const struct rp_record *rec)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(db,
			    "SELECT \"id\" FROM \"payment\" WHERE \"workspace_id\" = ? AND "
			    "\"invoice_number\" = ? AND \"id\" <> ?",
			    &st);

	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_text(st, 2, rp_record_str(rec, "invoice_number"));
	db->be->bind_int(st, 3, rec->id);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = rp_db_fail(
			db, RP_ECONFLICT, "invoice number '%s' is used by payment %lld already",
			rp_record_str(rec, "invoice_number"), (long long)db->be->column_int(st, 0));
	} else if (rc == STORE_DONE) {
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

int effect_invoice(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	struct rp_record *eng = NULL;
	int64_t terms = 0;
	int rc;

	(void)in;
	rc = invoice_number_taken(db, rec);
	if (rc) {
		return rc;
	}
	if (!rp_record_is_null(rec, "due_on")) {
		return date_not_before(db, rec, "due_on", "due", "invoiced_on", "the invoice date");
	}
	rc = record_load(db, rp_kind_find("engagement"), rec->parent_slug, &eng);
	if (rc) {
		return rc;
	}
	terms = rp_record_int(eng, "payment_terms_days");
	rp_record_free(eng);
	return set_date(rec, "due_on", get_date(rec, "invoiced_on") + (int32_t)terms);
}

int effect_answer(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	int rc = time_not_future(db, rec, "answered_at", "at");

	(void)in;
	if (rc) {
		return rc;
	}
	if (strcmp(rp_record_str(rec, "answered_at"), rp_record_str(rec, "received_at")) < 0) {
		return rp_db_fail(
			db, RP_EINVAL, "the answer (%s) is before the request arrived (%s)",
			rp_record_str(rec, "answered_at"), rp_record_str(rec, "received_at"));
	}
	return RP_OK;
}

/* A real interaction (anything but an internal note) is a touch: the
 * follow-up plan, if the engagement has one, counts its next date from the
 * latest of them. */
int interaction_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	const struct rp_kind *kind = rp_kind_find("followup");
	struct rp_record *plan = NULL, *was = NULL;
	const char *date = rp_record_str(rec, "date");
	const char *last;
	struct rp_duration every;
	int rc;

	rc = date_not_future(db, rec, "date", "on");
	if (rc) {
		return rc;
	}
	if (!strcmp(rp_record_str(rec, "channel"), "note") ||
	    (before && !strcmp(rp_record_str(before, "date"), date))) {
		return RP_OK;
	}
	rc = record_query_one(db, kind, "t.\"engagement_id\" = ?", rec->engagement_id, &plan);
	if (rc == RP_ENOTFOUND) {
		return RP_OK;
	}
	if (rc) {
		return rp_db_fail(db, rc, "cannot read the follow-up plan");
	}
	last = rp_record_str(plan, "last_touch_on");
	if (last && strcmp(date, last) <= 0) {
		goto out;
	}
	was = record_dup(plan);
	if (!was) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rp_duration_parse(rp_record_str(plan, "every"), &every);
	rc = record_set_text(plan, field_idx(plan, "last_touch_on"), date);
	if (!rc) {
		rc = set_date(plan, "next_on",
			      rp_date_add(get_date(plan, "last_touch_on"), &every, 1));
	}
	if (!rc) {
		rc = record_store_update(db, plan, was, "touch");
	}
out:
	rp_record_free(was);
	rp_record_free(plan);
	return rc;
}

int contact_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	const char *email = rp_record_str(rec, "email");
	const char *birthday = rp_record_str(rec, "birthday");
	struct store_stmt *st = NULL;
	int rc;

	(void)before;
	if (birthday && get_date(rec, "birthday") > clock_today(db)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid date '%s' for %sbirthday (it is in the future)",
				  birthday, db->flag_names ? "--" : "");
	}
	if (!email) {
		return RP_OK;
	}
	rc = db_prepare(db,
			"SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND "
			"\"client_id\" = ? AND lower(\"email\") = lower(?) AND \"id\" <> ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->client_id);
	db->be->bind_text(st, 3, email);
	db->be->bind_int(st, 4, rec->id);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = rp_db_fail(db, RP_ECONFLICT,
				"contact %lld of this client has the e-mail address '%s' already",
				(long long)db->be->column_int(st, 0), email);
	} else if (rc == STORE_DONE) {
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* The baseline and the forecast end after the start. */
int engagement_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	const char *start = rp_record_str(rec, "baseline_start");
	static const struct {
		const char *field, *flag;
	} ends[] = {{"baseline_end", "end"}, {"forecast_end", "forecast-end"}};
	size_t i;

	(void)before;
	for (i = 0; start && i < sizeof(ends) / sizeof(ends[0]); i++) {
		const char *end = rp_record_str(rec, ends[i].field);

		if (end && strcmp(end, start) < 0) {
			return rp_db_fail(db, RP_EINVAL,
					  "invalid date '%s' for %s%s (it is before the start, %s)",
					  end, db->flag_names ? "--" : "",
					  db->flag_names ? ends[i].flag : ends[i].field, start);
		}
	}
	return RP_OK;
}

int payment_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	(void)before;
	if (rp_record_int(rec, "amount") <= 0) {
		return rp_db_fail(db, RP_EINVAL, "a payment's %samount must be more than zero",
				  db->flag_names ? "--" : "");
	}
	return RP_OK;
}

int action_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	const char *now = rp_record_str(rec, "waiting_on");
	const char *was = before ? rp_record_str(before, "waiting_on") : NULL;

	if (!now) {
		record_set_null(rec, field_idx(rec, "waiting_since"));
		return RP_OK;
	}
	if (!was || strcmp(was, now)) {
		return set_date(rec, "waiting_since", clock_today(db));
	}
	(void)db;
	return RP_OK;
}

/* A new plan starts from the engagement's last real interaction. */
static int last_interaction(struct rp_db *db, struct rp_record *plan)
{
	struct store_stmt *st = NULL;
	int rc;

	rc = db_prepare(db,
			"SELECT max(\"date\") FROM \"interaction\" WHERE \"workspace_id\" = ? AND "
			"\"engagement_id\" = ? AND \"channel\" <> 'note'",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, plan->engagement_id);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = db->be->column_null(st, 0)
			     ? RP_OK
			     : record_set_text(plan, field_idx(plan, "last_touch_on"),
					       db->be->column_text(st, 0));
	} else if (rc == STORE_DONE) {
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* The plan follows the latest touch: a touch dated before the last one is
 * logged but moves nothing; a new cadence counts from the last touch. */
int followup_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	const char *was = before ? rp_record_str(before, "last_touch_on") : NULL;
	const char *now = rp_record_str(rec, "last_touch_on");
	struct rp_duration every;
	int32_t from;
	int rc;

	if (was && now && strcmp(now, was) < 0) {
		rc = record_set_text(rec, field_idx(rec, "last_touch_on"), was);
		if (!rc) {
			rc = record_set_text(rec, field_idx(rec, "next_on"),
					     rp_record_str(before, "next_on"));
		}
		return rc;
	}
	if (before &&
	    !record_value_equal(rp_kind_field(rec->kind, "every"), &rec->v[field_idx(rec, "every")],
				&before->v[field_idx(rec, "every")]) &&
	    record_value_equal(rp_kind_field(rec->kind, "next_on"),
			       &rec->v[field_idx(rec, "next_on")],
			       &before->v[field_idx(rec, "next_on")])) {
		record_set_null(rec, field_idx(rec, "next_on"));
	}
	if (!before && !now) {
		rc = last_interaction(db, rec);
		if (rc) {
			return rc;
		}
		now = rp_record_str(rec, "last_touch_on");
	}
	if (!rp_record_is_null(rec, "next_on")) {
		return RP_OK;
	}
	rp_duration_parse(rp_record_str(rec, "every"), &every);
	from = now ? get_date(rec, "last_touch_on") : clock_today(db);
	return set_date(rec, "next_on", rp_date_add(from, &every, 1));
}
