/*
 * health.c — each engagement's last check results, kept in the table
 * engagement_health so that the portfolio of a large workspace is one read
 * of one table, not a run of every check on every engagement.
 *
 * Invariant: every engagement has a row from the moment it is added, and a
 * row is used only while it is current: not marked dirty (every write to an
 * engagement's records, its client or the thresholds marks it), computed for
 * a day no later than today, today before its valid_until (the first day
 * on which a time-based finding may change) and now before its
 * valid_until_at (an instant within a day, for hour-based deadlines).
 * Anything else is recomputed before it is shown.  The row repeats what the
 * portfolio shows of the engagement (slug, title, client, state); all of
 * those come with a write that marks it dirty.
 */
#include <stdlib.h>
#include <string.h>

#include "check-ctx.h"

int health_touch(struct rp_db *db, const struct rp_record *rec)
{
	struct store_stmt *st = NULL;
	int rc;

	if (rec->engagement_id) {
		/* a new engagement gets its row here, stale from the start */
		rc = db_prepare(
			db,
			"INSERT INTO \"engagement_health\" (\"workspace_id\", \"engagement_id\", "
			"\"slug\", \"title\", \"client\", \"state\", \"phases\", \"score\", "
			"\"blockers\", \"warnings\", \"signals\", \"computed_on\", "
			"\"valid_until\", \"dirty\") VALUES (?, ?, '', '', '', '', 0, 100, 0, 0, "
			"'', '0000-01-01', '0000-01-01', 1) ON CONFLICT (\"workspace_id\", "
			"\"engagement_id\") DO UPDATE SET \"dirty\" = 1",
			&st);
		if (rc) {
			return rc;
		}
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, rec->engagement_id);
	} else if (rec->client_id) {
		/* a client's slug and its contacts' sign-off authority count in
		 * the client's engagements */
		rc = db_prepare(db,
				"UPDATE \"engagement_health\" SET \"dirty\" = 1 WHERE "
				"\"workspace_id\" = ? AND \"engagement_id\" IN (SELECT \"id\" FROM "
				"\"engagement\" WHERE \"workspace_id\" = ? AND \"client_id\" = ?)",
				&st);
		if (rc) {
			return rc;
		}
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, db->workspace);
		db->be->bind_int(st, 3, rec->client_id);
	} else {
		return RP_OK;
	}
	rc = db_step(db, st);
	db->be->finalize(st);
	return rc < 0 ? rc : RP_OK;
}

int health_touch_all(struct rp_db *db)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(
		db, "UPDATE \"engagement_health\" SET \"dirty\" = 1 WHERE \"workspace_id\" = ?",
		&st);

	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	rc = db_step(db, st);
	db->be->finalize(st);
	return rc < 0 ? rc : RP_OK;
}

/* The ids of the checks that fired, each once, those with a blocker first. */
static int signal_ids(const struct rp_findings *f, struct rp_buf *out)
{
	const struct rp_check *done[64];
	size_t ndone = 0, i, j;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < f->count; i++) {
			const struct rp_finding *it = &f->items[i];
			bool seen = false;

			if (pass == 0 && it->severity != RP_BLOCKER) {
				continue;
			}
			for (j = 0; j < ndone && !seen; j++) {
				seen = done[j] == it->check;
			}
			if (seen || ndone == sizeof(done) / sizeof(done[0])) {
				continue;
			}
			done[ndone++] = it->check;
			if (rp_buf_printf(out, "%s%s", out->len ? " " : "", it->check->id)) {
				return RP_ENOMEM;
			}
		}
	}
	return RP_OK;
}

/* Keep the results of one engagement. */
static int health_store(struct rp_db *db, const struct rp_record *eng, const struct rp_findings *f)
{
	struct store_stmt *st = NULL;
	char today[RP_DATE_BUFSZ], until[RP_DATE_BUFSZ];
	struct rp_buf ids;
	int rc;

	rp_buf_init(&ids);
	rc = signal_ids(f, &ids);
	if (rc) {
		rp_buf_release(&ids);
		return rp_db_fail(db, rc, "out of memory");
	}
	rp_date_format(clock_today(db), today);
	if (f->valid_until == INT32_MAX) {
		strcpy(until, "9999-12-31");
	} else {
		rp_date_format(f->valid_until, until);
	}
	rc = db_prepare(
		db,
		"UPDATE \"engagement_health\" SET \"slug\" = ?, \"title\" = ?, \"client\" = ?, "
		"\"state\" = ?, \"phases\" = ?, \"score\" = ?, \"blockers\" = ?, \"warnings\" = "
		"?, \"signals\" = ?, \"next_deadline\" = ?, \"next_what\" = ?, \"computed_on\" "
		"= ?, \"valid_until\" = ?, \"valid_until_at\" = ?, \"dirty\" = 0 WHERE "
		"\"workspace_id\" = ? AND "
		"\"engagement_id\" = ?",
		&st);
	if (!rc) {
		db->be->bind_text(st, 1, rp_record_str(eng, "slug"));
		db->be->bind_text(st, 2, rp_record_str(eng, "title"));
		db->be->bind_text(st, 3, rp_record_parent(eng));
		db->be->bind_text(st, 4, rp_record_str(eng, "state"));
		db->be->bind_int(st, 5, f->phases);
		db->be->bind_int(st, 6, f->score);
		db->be->bind_int(st, 7, f->blockers);
		db->be->bind_int(st, 8, f->warnings);
		db->be->bind_text(st, 9, ids.data);
		if (f->next_deadline[0]) {
			db->be->bind_text(st, 10, f->next_deadline);
			db->be->bind_text(st, 11, f->next_what ? f->next_what : "");
		} else {
			db->be->bind_null(st, 10);
			db->be->bind_null(st, 11);
		}
		db->be->bind_text(st, 12, today);
		db->be->bind_text(st, 13, until);
		db->be->bind_int(st, 14, f->valid_until_at);
		db->be->bind_int(st, 15, db->workspace);
		db->be->bind_int(st, 16, eng->id);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	rp_buf_release(&ids);
	return rc;
}

/* The engagements whose kept results are not current (each index-served). */
static int stale_ids(struct rp_db *db, int64_t **out, size_t *count)
{
	struct store_stmt *st = NULL;
	char today[RP_DATE_BUFSZ];
	int64_t *ids = NULL, *grown;
	size_t n = 0, cap = 0;
	int rc;

	rp_date_format(clock_today(db), today);
	rc = db_prepare(
		db,
		"SELECT \"engagement_id\" FROM \"engagement_health\" WHERE \"workspace_id\" = ? "
		"AND \"dirty\" = 1 UNION SELECT \"engagement_id\" FROM \"engagement_health\" "
		"WHERE \"workspace_id\" = ? AND \"valid_until\" <= ? UNION SELECT "
		"\"engagement_id\" FROM \"engagement_health\" WHERE \"workspace_id\" = ? AND "
		"\"computed_on\" > ? UNION SELECT \"engagement_id\" FROM \"engagement_health\" "
		"WHERE \"workspace_id\" = ? AND \"valid_until_at\" <= ?",
		&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, db->workspace);
	db->be->bind_text(st, 3, today);
	db->be->bind_int(st, 4, db->workspace);
	db->be->bind_text(st, 5, today);
	db->be->bind_int(st, 6, db->workspace);
	db->be->bind_int(st, 7, clock_now(db));
	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			grown = realloc(ids, cap * sizeof(*ids));
			if (!grown) {
				rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
				break;
			}
			ids = grown;
		}
		ids[n++] = db->be->column_int(st, 0);
	}
	db->be->finalize(st);
	if (rc != STORE_DONE) {
		free(ids);
		return rc;
	}
	*out = ids;
	*count = n;
	return RP_OK;
}

/* Recompute every engagement whose kept results are not current, in one
 * transaction. */
static int health_refresh(struct rp_db *db)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	struct rp_findings f;
	struct rp_record *eng;
	int64_t *ids = NULL;
	size_t n = 0, i;
	int rc;

	rc = stale_ids(db, &ids, &n);
	if (rc || !n) {
		free(ids);
		return rc;
	}
	rc = rp_db_begin(db);
	for (i = 0; !rc && i < n; i++) {
		rc = record_query_one(db, kind, "t.\"id\" = ?", ids[i], &eng);
		if (rc) {
			rc = rp_db_fail(db, rc, "cannot read engagement %lld", (long long)ids[i]);
			break;
		}
		rc = check_engagement(db, eng, rp_phases_of_state(rp_record_str(eng, "state")), &f);
		if (!rc) {
			rc = health_store(db, eng, &f);
			rp_findings_release(&f);
		}
		rp_record_free(eng);
	}
	free(ids);
	if (rc) {
		rp_db_rollback(db);
		return rc;
	}
	return rp_db_commit(db);
}

int rp_portfolio_each(struct rp_db *db, const char *state,
		      int (*fn)(void *arg, const struct rp_portfolio_entry *e), void *arg)
{
	const struct store_backend *be = db->be;
	struct store_stmt *st = NULL;
	struct rp_portfolio_entry e;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	if (state && rp_kind_state_index(rp_kind_find("engagement"), state) < 0) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid state '%s' (expected one of draft, active, on_hold, "
				  "delivered, closing, closed, terminated)",
				  state);
	}
	rc = health_refresh(db);
	if (rc) {
		return rc;
	}
	/* served by the covering index engagement_health_portfolio */
	rc = db_prepare(db,
			"SELECT \"slug\", \"title\", \"client\", \"state\", \"score\", "
			"\"blockers\", \"warnings\", \"signals\", \"next_deadline\", \"next_what\" "
			"FROM \"engagement_health\" WHERE \"workspace_id\" = ? AND (CAST(? AS "
			"TEXT) IS NULL OR "
			"\"state\" = ?) ORDER BY \"score\", \"engagement_id\"",
			&st);
	if (rc) {
		return rc;
	}
	be->bind_int(st, 1, db->workspace);
	if (state) {
		be->bind_text(st, 2, state);
		be->bind_text(st, 3, state);
	} else {
		be->bind_null(st, 2);
		be->bind_null(st, 3);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		memset(&e, 0, sizeof(e));
		e.slug = be->column_text(st, 0);
		e.title = be->column_text(st, 1);
		e.client = be->column_text(st, 2);
		e.state = be->column_text(st, 3);
		e.score = (int)be->column_int(st, 4);
		e.blockers = (int)be->column_int(st, 5);
		e.warnings = (int)be->column_int(st, 6);
		e.signals = be->column_text(st, 7);
		if (!be->column_null(st, 8)) {
			snprintf(e.next_deadline, sizeof(e.next_deadline), "%s",
				 be->column_text(st, 8));
		}
		e.next_what = be->column_null(st, 9) ? NULL : be->column_text(st, 9);
		rc = fn(arg, &e);
		if (rc) {
			break;
		}
	}
	be->finalize(st);
	return rc == STORE_DONE ? RP_OK : rc;
}
