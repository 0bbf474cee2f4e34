/*
 * audit.c — the hash-chained audit trail.
 *
 * Each event's hash is SHA-256 over a length-prefixed encoding of its fields
 * and the previous event's hash, so no field can bleed into another.  The
 * workspace row holds the chain's head (last sequence number and hash):
 * appending updates that row first, which serialises concurrent writers on
 * any backend and makes the head cheap to find.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char zero_hash[RP_HASH_HEX] =
	"0000000000000000000000000000000000000000000000000000000000000000";

static void put_field(struct rp_buf *b, const char *s)
{
	if (!s) {
		rp_buf_puts(b, "-;");
		return;
	}
	rp_buf_printf(b, "%zu:%s;", strlen(s), s);
}

static int event_hash(const struct rp_event *e, int64_t engagement_id, char out[RP_HASH_HEX])
{
	unsigned char digest[crypto_hash_sha256_BYTES];
	struct rp_buf b;
	int rc;

	rp_buf_init(&b);
	rp_buf_printf(&b, "rapport-audit-1;%lld;%lld;%lld;%lld;", (long long)e->seq,
		      (long long)e->at, (long long)e->record, (long long)engagement_id);
	put_field(&b, e->actor);
	put_field(&b, e->action);
	put_field(&b, e->kind);
	put_field(&b, e->before);
	put_field(&b, e->after);
	rc = rp_buf_puts(&b, e->prev);
	if (!rc) {
		crypto_hash_sha256(digest, (const unsigned char *)b.data, b.len);
		sodium_bin2hex(out, RP_HASH_HEX, digest, sizeof(digest));
	}
	rp_buf_release(&b);
	return rc;
}

int audit_event_hash(const struct rp_event *e, int64_t engagement_id, char out[RP_HASH_HEX])
{
	return event_hash(e, engagement_id, out);
}

static char *record_dump(const struct rp_record *rec)
{
	json_t *j;
	char *s;

	if (!rec) {
		return NULL;
	}
	j = rp_record_json(rec);
	if (!j) {
		return NULL;
	}
	s = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(j);
	return s;
}

int audit_append_event(struct rp_db *db, const char *action, const char *kind, int64_t record,
		       int64_t engagement_id, const char *before, const char *after)
{
	struct store_stmt *st = NULL;
	struct rp_event e;
	int rc;

	memset(&e, 0, sizeof(e));
	e.before = (char *)before;
	e.after = (char *)after;
	rc = db_prepare(
		db,
		"UPDATE \"workspace\" SET \"audit_seq\" = \"audit_seq\" + 1 WHERE \"id\" = ? "
		"RETURNING \"audit_seq\", \"audit_head\"",
		&st);
	if (rc) {
		goto out;
	}
	db->be->bind_int(st, 1, db->workspace);
	rc = db_step(db, st);
	if (rc != STORE_ROW) {
		rc = rc < 0 ? rc : rp_db_fail(db, RP_ESTORE, "the workspace row is missing");
		goto out;
	}
	e.seq = db->be->column_int(st, 0);
	snprintf(e.prev, sizeof(e.prev), "%s", db->be->column_text(st, 1));
	db->be->finalize(st);
	st = NULL;

	e.at = clock_now(db);
	e.actor = db->actor;
	e.action = (char *)action;
	e.kind = (char *)kind;
	e.record = record;
	rc = event_hash(&e, engagement_id, e.hash);
	if (rc) {
		rc = rp_db_fail(db, rc, "out of memory");
		goto out;
	}
	rc = db_prepare(
		db,
		"INSERT INTO \"audit\" (\"workspace_id\", \"seq\", \"at\", \"actor\", "
		"\"action\", \"kind\", \"record_id\", \"engagement_id\", \"before\", "
		"\"after\", \"prev_hash\", \"hash\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		&st);
	if (rc) {
		goto out;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, e.seq);
	db->be->bind_int(st, 3, e.at);
	db->be->bind_text(st, 4, e.actor);
	db->be->bind_text(st, 5, e.action);
	db->be->bind_text(st, 6, e.kind);
	db->be->bind_int(st, 7, e.record);
	if (engagement_id) {
		db->be->bind_int(st, 8, engagement_id);
	} else {
		db->be->bind_null(st, 8);
	}
	if (e.before) {
		db->be->bind_text(st, 9, e.before);
	} else {
		db->be->bind_null(st, 9);
	}
	if (e.after) {
		db->be->bind_text(st, 10, e.after);
	} else {
		db->be->bind_null(st, 10);
	}
	db->be->bind_text(st, 11, e.prev);
	db->be->bind_text(st, 12, e.hash);
	rc = db_step(db, st);
	if (rc < 0) {
		goto out;
	}
	db->be->finalize(st);
	st = NULL;
	rc = db_prepare(db, "UPDATE \"workspace\" SET \"audit_head\" = ? WHERE \"id\" = ?", &st);
	if (rc) {
		goto out;
	}
	db->be->bind_text(st, 1, e.hash);
	db->be->bind_int(st, 2, db->workspace);
	rc = db_step(db, st);
	rc = rc < 0 ? rc : RP_OK;
out:
	db->be->finalize(st);
	return rc;
}

int audit_append(struct rp_db *db, const char *action, const struct rp_record *before,
		 const struct rp_record *after)
{
	const struct rp_record *rec = after ? after : before;
	char *b = record_dump(before), *a = record_dump(after);
	int rc;

	if ((before && !b) || (after && !a)) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	} else {
		rc = audit_append_event(db, action, rec->kind->name, rec->id, rec->engagement_id, b,
					a);
	}
	free(b);
	free(a);
	return rc;
}

static char *col_dup(struct rp_db *db, struct store_stmt *st, int col, bool *oom)
{
	char *s;

	if (db->be->column_null(st, col)) {
		return NULL;
	}
	s = strdup(db->be->column_text(st, col));
	if (!s) {
		*oom = true;
	}
	return s;
}

static void event_release(struct rp_event *e)
{
	free(e->actor);
	free(e->action);
	free(e->kind);
	free(e->engagement);
	free(e->before);
	free(e->after);
}

void rp_event_list_release(struct rp_event_list *list)
{
	size_t i;

	if (!list) {
		return;
	}
	for (i = 0; i < list->count; i++) {
		event_release(&list->items[i]);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

/* The columns both readers below select. */
#define EVENT_COLUMNS                                                                              \
	"a.\"seq\", a.\"at\", a.\"actor\", a.\"action\", a.\"kind\", a.\"record_id\", "            \
	"e.\"slug\", a.\"before\", a.\"after\", a.\"prev_hash\", a.\"hash\", a.\"engagement_id\" " \
	"FROM \"audit\" a LEFT JOIN \"engagement\" e ON e.\"workspace_id\" = a.\"workspace_id\" "  \
	"AND e.\"id\" = a.\"engagement_id\" WHERE a.\"workspace_id\" = ?"

static int event_from_row(struct rp_db *db, struct store_stmt *st, struct rp_event *e,
			  int64_t *engagement_id)
{
	bool oom = false;

	memset(e, 0, sizeof(*e));
	e->seq = db->be->column_int(st, 0);
	e->at = db->be->column_int(st, 1);
	e->actor = col_dup(db, st, 2, &oom);
	e->action = col_dup(db, st, 3, &oom);
	e->kind = col_dup(db, st, 4, &oom);
	e->record = db->be->column_int(st, 5);
	e->engagement = col_dup(db, st, 6, &oom);
	e->before = col_dup(db, st, 7, &oom);
	e->after = col_dup(db, st, 8, &oom);
	snprintf(e->prev, sizeof(e->prev), "%s", db->be->column_text(st, 9));
	snprintf(e->hash, sizeof(e->hash), "%s", db->be->column_text(st, 10));
	*engagement_id = db->be->column_null(st, 11) ? 0 : db->be->column_int(st, 11);
	if (oom) {
		event_release(e);
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	return RP_OK;
}

int rp_history(struct rp_db *db, const char *eng, size_t limit, struct rp_event_list *out)
{
	return rp_history_page(db, eng, 0, limit, out);
}

int rp_history_page(struct rp_db *db, const char *eng, int64_t before, size_t limit,
		    struct rp_event_list *out)
{
	struct rp_event_list list = {NULL, 0};
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	char *slug = NULL, *cur = NULL;
	int64_t eng_id = 0, client, ignored;
	size_t cap = 0;
	int rc, col;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	if (eng) {
		rc = engagement_resolve(db, eng, &eng_id, &slug, &cur, &client);
		free(slug);
		free(cur);
		if (rc) {
			return rc;
		}
	}
	rp_buf_init(&sql);
	rp_buf_puts(&sql, "SELECT * FROM (SELECT " EVENT_COLUMNS);
	if (eng_id) {
		rp_buf_puts(&sql, " AND a.\"engagement_id\" = ?");
	}
	if (before > 0) {
		rp_buf_puts(&sql, " AND a.\"seq\" < ?");
	}
	rp_buf_puts(&sql, " ORDER BY a.\"seq\" DESC");
	if (limit) {
		rp_buf_printf(&sql, " LIMIT %zu", limit);
	}
	rc = rp_buf_puts(&sql, ") ev ORDER BY 1");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (rc) {
		goto out;
	}
	col = 1;
	db->be->bind_int(st, col++, db->workspace);
	if (eng_id) {
		db->be->bind_int(st, col++, eng_id);
	}
	if (before > 0) {
		db->be->bind_int(st, col++, before);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (list.count == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct rp_event *items = realloc(list.items, ncap * sizeof(*items));

			if (!items) {
				rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
				goto out;
			}
			list.items = items;
			cap = ncap;
		}
		rc = event_from_row(db, st, &list.items[list.count], &ignored);
		if (rc) {
			goto out;
		}
		list.count++;
	}
	if (rc == STORE_DONE) {
		rc = RP_OK;
		*out = list;
		list.items = NULL;
		list.count = 0;
	}
out:
	db->be->finalize(st);
	rp_buf_release(&sql);
	rp_event_list_release(&list);
	return rc;
}

/* The workspace row names the last event: events removed from the end of
 * the trail show as a head the trail no longer reaches. */
static int verify_head(struct rp_db *db, int64_t last, const char *last_hash, int64_t *bad_seq)
{
	struct store_stmt *st = NULL;
	int rc;

	rc = db_prepare(db,
			"SELECT \"audit_seq\", \"audit_head\" FROM \"workspace\" WHERE \"id\" = ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		int64_t seq = db->be->column_int(st, 0);

		rc = RP_OK;
		if (seq != last || strcmp(db->be->column_text(st, 1), last_hash)) {
			if (bad_seq) {
				*bad_seq = last + 1;
			}
			rc = seq == last
				     ? rp_db_fail(
					       db, RP_ECONFLICT,
					       "the audit trail is broken at event %lld: it is not "
					       "the last event the workspace recorded",
					       (long long)last)
				     : rp_db_fail(db, RP_ECONFLICT,
						  "the audit trail is broken: it ends at event "
						  "%lld but "
						  "the workspace's last event is %lld",
						  (long long)last, (long long)seq);
		}
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ESTORE, "the workspace row is missing");
	}
	db->be->finalize(st);
	return rc;
}

int rp_audit_verify(struct rp_db *db, int64_t *bad_seq)
{
	struct store_stmt *st = NULL;
	char prev[RP_HASH_HEX], hash[RP_HASH_HEX];
	struct rp_event e;
	int64_t expect = 1, eng;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	memcpy(prev, zero_hash, sizeof(prev));
	rc = db_prepare(db, "SELECT " EVENT_COLUMNS " ORDER BY a.\"seq\"", &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		rc = event_from_row(db, st, &e, &eng);
		if (rc) {
			break;
		}
		rc = event_hash(&e, eng, hash);
		if (!rc && (e.seq != expect || strcmp(e.prev, prev) || strcmp(e.hash, hash))) {
			if (bad_seq) {
				*bad_seq = e.seq != expect ? expect : e.seq;
			}
			rc = rp_db_fail(db, RP_ECONFLICT, "the audit trail is broken at event %lld",
					(long long)(e.seq != expect ? expect : e.seq));
		}
		memcpy(prev, e.hash, sizeof(prev));
		event_release(&e);
		if (rc) {
			break;
		}
		expect++;
	}
	db->be->finalize(st);
	if (rc == STORE_DONE) {
		rc = verify_head(db, expect - 1, prev, bad_seq);
	}
	return rc;
}

json_t *rp_event_json(const struct rp_event *e)
{
	char at[RP_DATETIME_BUFSZ];

	rp_datetime_format(e->at, at);
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:I, s:s?, s:o, s:o, s:s, s:s}", "seq",
			 (json_int_t)e->seq, "at", at, "actor", e->actor, "action", e->action,
			 "kind", e->kind, "record", (json_int_t)e->record, "engagement",
			 e->engagement, "before",
			 e->before ? json_loads(e->before, 0, NULL) : json_null(), "after",
			 e->after ? json_loads(e->after, 0, NULL) : json_null(), "prev_hash",
			 e->prev, "hash", e->hash);
}
