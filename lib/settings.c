/*
 * settings.c — the workspace's thresholds for the checks, with the defaults
 * PRODUCT.md gives.  A setting not stored has its default.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "rapport/check.h"

static const struct rp_setting defaults[RP_SETTINGS] = {
	{"badnews_days", 2, 2, 0, 365, "days before an undisclosed risk is bad news kept back"},
	{"proactive_percent", 80, 80, 0, 100, "share of interactions we should initiate"},
	{"proactive_window_days", 90, 90, 1, 3650, "days of interactions the share is taken over"},
	{"renewal_days", 60, 60, 0, 3650, "days before the non-renewal deadline to talk renewal"},
	{"scope_growth_percent", 20, 20, 0, 1000, "approved changes above this share of the value"},
	{"undecided_change_days", 7, 7, 0, 365, "days a change request may wait for a decision"},
	{"waiting_days", 7, 7, 0, 365, "days an action item may wait on the client"},
	{"default_rfi_hours", 48, 48, 1, 8760, "response time when none was agreed"},
	{"default_review_days", 7, 7, 0, 365, "review time when none was agreed"},
};

int rp_settings_get(struct rp_db *db, struct rp_setting out[RP_SETTINGS])
{
	struct store_stmt *st = NULL;
	size_t i;
	int rc;

	memcpy(out, defaults, sizeof(defaults));
	if (!db->workspace) {
		return RP_OK;
	}
	rc = db_prepare(
		db, "SELECT \"name\", \"value\" FROM \"setting\" WHERE \"workspace_id\" = ?", &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		for (i = 0; i < RP_SETTINGS; i++) {
			if (!strcmp(out[i].name, db->be->column_text(st, 0))) {
				out[i].value = db->be->column_int(st, 1);
			}
		}
	}
	db->be->finalize(st);
	return rc == STORE_DONE ? RP_OK : rc;
}

int rp_setting_set(struct rp_db *db, const char *name, const char *value)
{
	struct rp_setting now[RP_SETTINGS];
	struct store_stmt *st = NULL;
	char before[96], after[96];
	char *end;
	long long v;
	size_t i;
	int rc;

	for (i = 0; i < RP_SETTINGS && strcmp(defaults[i].name, name); i++) {
	}
	if (i == RP_SETTINGS) {
		return rp_db_fail(db, RP_EINVAL, "no setting '%s' (see 'rapport settings')", name);
	}
	v = strtoll(value, &end, 10);
	if (!*value || *end || v < defaults[i].min || v > defaults[i].max) {
		return rp_db_fail(
			db, RP_EINVAL,
			"invalid number '%s' for %s (expected a whole number from %lld to "
			"%lld)",
			value, name, (long long)defaults[i].min, (long long)defaults[i].max);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = rp_settings_get(db, now);
	if (!rc && now[i].value == v) {
		return tx_end(db, RP_OK); /* no change, no event */
	}
	if (!rc) {
		rc = db_prepare(
			db,
			"INSERT INTO \"setting\" (\"workspace_id\", \"name\", \"value\") "
			"VALUES (?, ?, ?) ON CONFLICT (\"workspace_id\", \"name\") DO UPDATE "
			"SET \"value\" = excluded.\"value\"",
			&st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_text(st, 2, name);
		db->be->bind_int(st, 3, v);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
		db->be->finalize(st);
	}
	if (!rc) {
		snprintf(before, sizeof(before), "{\"%s\":%lld}", name, (long long)now[i].value);
		snprintf(after, sizeof(after), "{\"%s\":%lld}", name, v);
		rc = audit_append_event(db, "set", "setting", 0, 0, before, after);
	}
	if (!rc) {
		rc = health_touch_all(db);
	}
	return tx_end(db, rc);
}
