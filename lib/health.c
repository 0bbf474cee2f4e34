/*
 * health.c — each engagement's last check results, kept in the table
 * engagement_health so that the portfolio of a large workspace is one read,
 * not a run of every check on every engagement.
 *
 * Invariant: a kept row is used only while it is current: not marked dirty
 * (every write to an engagement's records marks it, see health_touch), and
 * computed for a day no later than today and valid before its valid_until
 * (the first day on which a time-based finding may change).  Anything else
 * is recomputed before it is shown.
 */
#include <stdlib.h>
#include <string.h>

#include "check-ctx.h"

int health_touch(struct rp_db *db, const struct rp_record *rec)
{
	struct store_stmt *st = NULL;
	int rc;

	if (rec->engagement_id) {
		rc = db_prepare(db,
				"UPDATE \"engagement_health\" SET \"dirty\" = 1 WHERE "
				"\"workspace_id\" = ? AND \"engagement_id\" = ?",
				&st);
		if (rc) {
			return rc;
		}
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, rec->engagement_id);
	} else if (rec->client_id) {
		/* a contact's sign-off authority counts in its client's engagements */
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

/* The ids of the checks that fired, each once, blockers first. */
static int signal_ids(const struct rp_findings *f, struct rp_buf *out)
{
	int pass;
	size_t i, j;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < f->count; i++) {
			const struct rp_finding *it = &f->items[i];
			bool seen = false;

			if ((pass == 0) != (it->severity == RP_BLOCKER)) {
				continue;
			}
			for (j = 0; j < i && !seen; j++) {
				seen = f->items[j].check == it->check;
			}
			if (!seen &&
			    rp_buf_printf(out, "%s%s", out->len ? " " : "", it->check->id)) {
				return RP_ENOMEM;
			}
		}
	}
	return RP_OK;
}

/* Keep the results of one engagement. */
static int health_store(struct rp_db *db, int64_t eng, const struct rp_findings *f)
{
	struct store_stmt *st = NULL;
	char today[RP_DATE_BUFSZ], until[RP_DATE_BUFSZ];
	struct rp_buf ids;
	int rc;

	rp_buf_init(&ids);
	rc = signal_ids(f, &ids);
	if (rc) {
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
		"INSERT INTO \"engagement_health\" (\"workspace_id\", \"engagement_id\", "
		"\"phases\", \"score\", \"blockers\", \"warnings\", \"signals\", "
		"\"next_deadline\", \"next_what\", \"computed_on\", \"valid_until\", \"dirty\") "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (\"workspace_id\", "
		"\"engagement_id\") DO UPDATE SET \"phases\" = excluded.\"phases\", \"score\" = "
		"excluded.\"score\", \"blockers\" = excluded.\"blockers\", \"warnings\" = "
		"excluded.\"warnings\", \"signals\" = excluded.\"signals\", "
		"\"next_deadline\" = excluded.\"next_deadline\", "
		"\"next_what\" = excluded.\"next_what\", \"computed_on\" = "
		"excluded.\"computed_on\", \"valid_until\" = excluded.\"valid_until\", "
		"\"dirty\" = 0",
		&st);
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, eng);
		db->be->bind_int(st, 3, f->phases);
		db->be->bind_int(st, 4, f->score);
		db->be->bind_int(st, 5, f->blockers);
		db->be->bind_int(st, 6, f->warnings);
		db->be->bind_text(st, 7, ids.data);
		if (f->next_deadline[0]) {
			db->be->bind_text(st, 8, f->next_deadline);
			db->be->bind_text(st, 9, f->next_what ? f->next_what : "");
		} else {
			db->be->bind_null(st, 8);
			db->be->bind_null(st, 9);
		}
		db->be->bind_text(st, 10, today);
		db->be->bind_text(st, 11, until);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	rp_buf_release(&ids);
	return rc;
}

/* Recompute every engagement whose kept results are not current. */
static int health_refresh(struct rp_db *db)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	struct store_stmt *st = NULL;
	struct rp_findings f;
	struct rp_record *eng;
	char today[RP_DATE_BUFSZ];
	int64_t *ids = NULL, *grown;
	size_t n = 0, cap = 0, i;
	int rc;

	rp_date_format(clock_today(db), today);
	rc = db_prepare(
		db,
		"SELECT e.\"id\" FROM \"engagement\" e LEFT JOIN \"engagement_health\" h ON "
		"h.\"workspace_id\" = e.\"workspace_id\" AND h.\"engagement_id\" = e.\"id\" "
		"WHERE e.\"workspace_id\" = ? AND (h.\"engagement_id\" IS NULL OR h.\"dirty\" "
		"<> 0 OR h.\"valid_until\" <= ? OR h.\"computed_on\" > ?)",
		&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_text(st, 2, today);
	db->be->bind_text(st, 3, today);
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
	rc = n ? rp_db_begin(db) : RP_OK;
	for (i = 0; !rc && i < n; i++) {
		rc = record_query_one(db, kind, "t.\"id\" = ?", ids[i], &eng);
		if (rc) {
			rc = rc == RP_ENOTFOUND ? RP_OK : rc;
			continue;
		}
		rc = check_engagement(db, eng, rp_phases_of_state(rp_record_str(eng, "state")), &f);
		rp_record_free(eng);
		if (!rc) {
			rc = health_store(db, ids[i], &f);
			rp_findings_release(&f);
		}
	}
	free(ids);
	if (n) {
		if (rc) {
			rp_db_rollback(db);
			return rc;
		}
		return rp_db_commit(db);
	}
	return rc;
}

static char *col_dup(struct rp_db *db, struct store_stmt *st, int col, bool *oom)
{
	char *s;

	if (db->be->column_null(st, col)) {
		return NULL;
	}
	s = strdup(db->be->column_text(st, col));
	*oom |= !s;
	return s;
}

void rp_portfolio_release(struct rp_portfolio *p)
{
	size_t i;

	if (!p) {
		return;
	}
	for (i = 0; i < p->count; i++) {
		struct rp_portfolio_entry *e = &p->items[i];

		free(e->slug);
		free(e->title);
		free(e->client);
		free(e->state);
		free(e->signals);
		free(e->next_what);
	}
	free(p->items);
	p->items = NULL;
	p->count = 0;
}

int rp_portfolio(struct rp_db *db, const char *state, struct rp_portfolio *out)
{
	struct rp_portfolio list = {NULL, 0};
	struct store_stmt *st = NULL;
	size_t cap = 0;
	bool oom = false;
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
	rc = db_prepare(
		db,
		state ? "SELECT e.\"slug\", e.\"title\", c.\"slug\", e.\"state\", h.\"score\", "
			"h.\"blockers\", h.\"warnings\", h.\"signals\", "
			"h.\"next_deadline\", h.\"next_what\" FROM \"engagement_health\" h JOIN "
			"\"engagement\" e ON e.\"workspace_id\" = h.\"workspace_id\" AND e.\"id\" "
			"= h.\"engagement_id\" JOIN \"client\" c ON c.\"workspace_id\" = "
			"e.\"workspace_id\" AND c.\"id\" = e.\"client_id\" WHERE "
			"h.\"workspace_id\" "
			"= ? AND e.\"state\" = ? ORDER BY h.\"score\", h.\"engagement_id\""
		      : "SELECT e.\"slug\", e.\"title\", c.\"slug\", e.\"state\", h.\"score\", "
			"h.\"blockers\", h.\"warnings\", h.\"signals\", "
			"h.\"next_deadline\", h.\"next_what\" FROM \"engagement_health\" h JOIN "
			"\"engagement\" e ON e.\"workspace_id\" = h.\"workspace_id\" AND e.\"id\" "
			"= h.\"engagement_id\" JOIN \"client\" c ON c.\"workspace_id\" = "
			"e.\"workspace_id\" AND c.\"id\" = e.\"client_id\" WHERE "
			"h.\"workspace_id\" "
			"= ? ORDER BY h.\"score\", h.\"engagement_id\"",
		&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	if (state) {
		db->be->bind_text(st, 2, state);
	}
	while (!oom && (rc = db_step(db, st)) == STORE_ROW) {
		struct rp_portfolio_entry *e;

		if (list.count == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct rp_portfolio_entry *items =
				realloc(list.items, ncap * sizeof(*items));

			if (!items) {
				oom = true;
				break;
			}
			list.items = items;
			cap = ncap;
		}
		e = &list.items[list.count++];
		memset(e, 0, sizeof(*e));
		e->slug = col_dup(db, st, 0, &oom);
		e->title = col_dup(db, st, 1, &oom);
		e->client = col_dup(db, st, 2, &oom);
		e->state = col_dup(db, st, 3, &oom);
		e->score = (int)db->be->column_int(st, 4);
		e->blockers = (int)db->be->column_int(st, 5);
		e->warnings = (int)db->be->column_int(st, 6);
		e->signals = col_dup(db, st, 7, &oom);
		if (!db->be->column_null(st, 8)) {
			snprintf(e->next_deadline, sizeof(e->next_deadline), "%s",
				 db->be->column_text(st, 8));
		}
		e->next_what = col_dup(db, st, 9, &oom);
	}
	db->be->finalize(st);
	if (oom) {
		rp_portfolio_release(&list);
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (rc != STORE_DONE) {
		rp_portfolio_release(&list);
		return rc;
	}
	*out = list;
	return RP_OK;
}
