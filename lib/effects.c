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
	if (rc || !rp_record_is_null(rec, "due_on")) {
		return rc;
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
	(void)in;
	if (strcmp(rp_record_str(rec, "answered_at"), rp_record_str(rec, "received_at")) < 0) {
		return rp_db_fail(
			db, RP_EINVAL, "the answer (%s) is before the request arrived (%s)",
			rp_record_str(rec, "answered_at"), rp_record_str(rec, "received_at"));
	}
	return RP_OK;
}

int effect_touch(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	struct rp_input *log = rp_input_new();
	const char *channel = rp_input_get(in, "channel");
	struct rp_duration every;
	int rc;

	if (!log) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = rp_input_add(log, "summary", rp_input_get(in, "summary"));
	if (!rc) {
		rc = rp_input_add(log, "channel", channel ? channel : "call");
	}
	if (!rc) {
		rc = rp_input_add(log, "initiated_by", "us");
	}
	if (!rc) {
		rc = rp_input_add(log, "date", rp_record_str(rec, "last_touch_on"));
	}
	if (rc) {
		rp_input_free(log);
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = rp_record_add(db, rp_kind_find("interaction"), rec->parent_slug, log, NULL);
	rp_input_free(log);
	if (rc) {
		return rc;
	}
	rp_duration_parse(rp_record_str(rec, "every"), &every);
	return set_date(rec, "next_on", rp_date_add(get_date(rec, "last_touch_on"), &every, 1));
}

/* An e-mail address names one contact of a client (it is how a contact is
 * referred to); a birthday lies in the past. */
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

int followup_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before)
{
	struct rp_duration every;

	(void)before;
	if (!rp_record_is_null(rec, "next_on")) {
		return RP_OK;
	}
	rp_duration_parse(rp_record_str(rec, "every"), &every);
	return set_date(rec, "next_on", rp_date_add(clock_today(db), &every, 1));
}
