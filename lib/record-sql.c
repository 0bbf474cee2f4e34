/*
 * record-sql.c — how records map onto storage: the SQL built from a kind's
 * declaration (in the common subset of store.h), reading rows into records,
 * resolving references (slugs, numbers) and writing rows with their audit
 * event.
 *
 * Invariant: numbers come from the counter table, never from MAX(id), so a
 * removed record's number is never reused.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define PREFIX_COLS 5 /* id, parent id, parent slug, currency, client id */

/* ---- SQL from the declaration ---------------------------------------- */

const char *record_parent_column(const struct rp_kind *kind)
{
	switch (kind->parent) {
	case RP_PARENT_CLIENT:
		return "client_id";
	case RP_PARENT_ENGAGEMENT:
		return "engagement_id";
	case RP_PARENT_NONE:
		break;
	}
	return NULL;
}

static int build_select(const struct rp_kind *kind, bool brief, struct rp_buf *sql)
{
	size_t i;

	switch (kind->parent) {
	case RP_PARENT_ENGAGEMENT:
		rp_buf_puts(sql,
			    "SELECT t.\"id\", t.\"engagement_id\", p.\"slug\", p.\"currency\", "
			    "p.\"client_id\"");
		break;
	case RP_PARENT_CLIENT:
		rp_buf_puts(sql,
			    "SELECT t.\"id\", t.\"client_id\", p.\"slug\", NULL, t.\"client_id\"");
		break;
	case RP_PARENT_NONE:
		rp_buf_puts(sql, "SELECT t.\"id\", NULL, NULL, NULL, t.\"id\"");
		break;
	}
	for (i = 0; i < kind->nfields; i++) {
		if (brief && (kind->fields[i].flags & RP_F_BULKY)) {
			rp_buf_puts(sql, ", NULL");
		} else {
			rp_buf_printf(sql, ", t.\"%s\"", kind->fields[i].name);
		}
	}
	rp_buf_printf(sql, " FROM \"%s\" t", kind->table);
	if (kind->parent == RP_PARENT_ENGAGEMENT) {
		rp_buf_puts(sql,
			    " JOIN \"engagement\" p ON p.\"workspace_id\" = t.\"workspace_id\" "
			    "AND p.\"id\" = t.\"engagement_id\"");
	} else if (kind->parent == RP_PARENT_CLIENT) {
		rp_buf_puts(sql, " JOIN \"client\" p ON p.\"workspace_id\" = t.\"workspace_id\" "
				 "AND p.\"id\" = t.\"client_id\"");
	}
	return rp_buf_puts(sql, " WHERE t.\"workspace_id\" = ?");
}

/* The SELECT of `kind`, built once per handle into `cache`. */
static int cached_select(const struct rp_kind *kind, bool brief, char **cache, struct rp_buf *sql)
{
	const struct rp_kind *const *k = rp_kinds();
	size_t i;

	for (i = 0; k[i] && k[i] != kind; i++) {
	}
	if (i >= RP_MAX_KINDS || !k[i]) {
		return build_select(kind, brief, sql);
	}
	if (!cache[i]) {
		struct rp_buf b;

		rp_buf_init(&b);
		if (build_select(kind, brief, &b)) {
			rp_buf_release(&b);
			return RP_ENOMEM;
		}
		cache[i] = rp_buf_detach(&b);
		if (!cache[i]) {
			return RP_ENOMEM;
		}
	}
	return rp_buf_puts(sql, cache[i]);
}

int record_sql_select(struct rp_db *db, const struct rp_kind *kind, struct rp_buf *sql)
{
	return cached_select(kind, false, db->select_sql, sql);
}

int record_sql_select_brief(struct rp_db *db, const struct rp_kind *kind, struct rp_buf *sql)
{
	return cached_select(kind, true, db->select_brief_sql, sql);
}

/* Read the current row of a statement built by record_sql_select. */
int record_from_row(struct rp_db *db, const struct rp_kind *kind, struct store_stmt *st,
		    struct rp_record **out)
{
	const struct store_backend *be = db->be;
	struct rp_record *rec = record_alloc(kind);
	size_t i;
	int col;

	if (!rec) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rec->id = be->column_int(st, 0);
	rec->parent_id = be->column_null(st, 1) ? 0 : be->column_int(st, 1);
	rec->client_id = be->column_int(st, 4);
	if (record_dup_str(&rec->parent_slug,
			   be->column_null(st, 2) ? NULL : be->column_text(st, 2)) ||
	    record_dup_str(&rec->currency,
			   be->column_null(st, 3) ? NULL : be->column_text(st, 3))) {
		goto nomem;
	}
	for (i = 0; i < kind->nfields; i++) {
		col = PREFIX_COLS + (int)i;
		if (be->column_null(st, col)) {
			continue;
		}
		rec->v[i].null = false;
		if (field_is_int(kind->fields[i].type)) {
			rec->v[i].i = be->column_int(st, col);
		} else if (!(rec->v[i].s = strdup(be->column_text(st, col)))) {
			goto nomem;
		}
	}
	if (kind->parent == RP_PARENT_ENGAGEMENT) {
		rec->engagement_id = rec->parent_id;
	} else if (!strcmp(kind->name, "engagement")) {
		rec->engagement_id = rec->id;
		free(rec->currency);
		if (record_dup_str(&rec->currency, rp_record_str(rec, "currency"))) {
			goto nomem;
		}
	}
	*out = rec;
	return RP_OK;
nomem:
	rp_record_free(rec);
	return rp_db_fail(db, RP_ENOMEM, "out of memory");
}

static int bind_value(struct rp_db *db, struct store_stmt *st, int idx, const struct rp_field *f,
		      const struct rp_value *v)
{
	if (v->null) {
		return db->be->bind_null(st, idx);
	}
	if (field_is_int(f->type)) {
		return db->be->bind_int(st, idx, v->i);
	}
	return db->be->bind_text(st, idx, v->s);
}

/* Run a statement expected to produce no rows. */
static int db_run(struct rp_db *db, struct store_stmt *st, const char *what)
{
	int rc = db->be->step(st);

	if (rc < 0) {
		return db_store_fail(db, rc, what);
	}
	return RP_OK;
}

/* ---- resolving references -------------------------------------------- */

bool field_all_digits(const char *s)
{
	if (!*s) {
		return false;
	}
	for (; *s; s++) {
		if (!isdigit((unsigned char)*s)) {
			return false;
		}
	}
	return true;
}

int field_parse_number(const char *s, int64_t *out)
{
	int64_t n = 0;

	if (!field_all_digits(s) || strlen(s) > 15) {
		return RP_EINVAL;
	}
	for (; *s; s++) {
		n = n * 10 + (*s - '0');
	}
	if (n <= 0) {
		return RP_EINVAL;
	}
	*out = n;
	return RP_OK;
}

/* Find the number of a client or an engagement by slug (or number). */
int record_slug_lookup(struct rp_db *db, const char *table, const char *ref, int64_t *id)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	int64_t n;
	int rc;

	rp_buf_init(&sql);
	rc = rp_buf_printf(&sql, "SELECT \"id\" FROM \"%s\" WHERE \"workspace_id\" = ? AND %s",
			   table, field_parse_number(ref, &n) ? "\"slug\" = ?" : "\"id\" = ?");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		if (field_parse_number(ref, &n)) {
			db->be->bind_text(st, 2, ref);
		} else {
			db->be->bind_int(st, 2, n);
		}
		rc = db_step(db, st);
		if (rc == STORE_ROW) {
			*id = db->be->column_int(st, 0);
			rc = RP_OK;
		} else if (rc == STORE_DONE) {
			rc = rp_db_fail(db, RP_ENOTFOUND, "no %s '%s'", table, ref);
		}
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

/* One query, not a whole record: every write under an engagement resolves
 * it, so this is on the path of every bulk load. */
int engagement_resolve(struct rp_db *db, const char *ref, int64_t *id, char **slug, char **currency,
		       int64_t *client_id)
{
	struct store_stmt *st = NULL;
	int64_t n;
	bool by_number = field_parse_number(ref, &n) == RP_OK;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	rc = db_prepare(db,
			by_number ? "SELECT \"id\", \"slug\", \"currency\", \"client_id\" FROM "
				    "\"engagement\" WHERE \"workspace_id\" = ? AND \"id\" = ?"
				  : "SELECT \"id\", \"slug\", \"currency\", \"client_id\" FROM "
				    "\"engagement\" WHERE \"workspace_id\" = ? AND \"slug\" = ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	if (by_number) {
		db->be->bind_int(st, 2, n);
	} else {
		db->be->bind_text(st, 2, ref);
	}
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		*id = db->be->column_int(st, 0);
		*client_id = db->be->column_int(st, 3);
		if (record_dup_str(slug, db->be->column_text(st, 1)) ||
		    record_dup_str(currency, db->be->column_text(st, 2))) {
			free(*slug);
			*slug = NULL;
			rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		} else {
			rc = RP_OK;
		}
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ENOTFOUND, "no engagement '%s'", ref);
	}
	db->be->finalize(st);
	return rc;
}

/* Read one record by a WHERE clause on top of record_sql_select, whose one
 * parameter is `text` if not NULL, else `key`. */
static int query_one(struct rp_db *db, const struct rp_kind *kind, const char *where, int64_t key,
		     const char *text, struct rp_record **out)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	int rc;

	rp_buf_init(&sql);
	record_sql_select(db, kind, &sql);
	rc = rp_buf_printf(&sql, " AND %s", where);
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		if (text) {
			db->be->bind_text(st, 2, text);
		} else {
			db->be->bind_int(st, 2, key);
		}
		rc = db_step(db, st);
		if (rc == STORE_ROW) {
			rc = record_from_row(db, kind, st, out);
		} else if (rc == STORE_DONE) {
			rc = RP_ENOTFOUND;
		}
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

int record_query_one(struct rp_db *db, const struct rp_kind *kind, const char *where, int64_t key,
		     struct rp_record **out)
{
	return query_one(db, kind, where, key, NULL, out);
}

int record_load(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		struct rp_record **out)
{
	int64_t key;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	if (!ref || !*ref) {
		return rp_db_fail(db, RP_EINVAL, "missing the %s to act on", kind->title);
	}
	if (kind->singleton) {
		char *slug = NULL, *cur = NULL;
		int64_t client;

		rc = engagement_resolve(db, ref, &key, &slug, &cur, &client);
		free(slug);
		free(cur);
		if (rc) {
			return rc;
		}
		rc = record_query_one(db, kind, "t.\"engagement_id\" = ?", key, out);
		if (rc == RP_ENOTFOUND) {
			return rp_db_fail(db, rc, "engagement '%s' has no %s yet", ref,
					  kind->title);
		}
		return rc;
	}
	if (rp_kind_field(kind, "slug")) {
		/* By slug or number in one query: every read of an engagement
		 * by the API and the pages starts here. */
		bool by_number = field_parse_number(ref, &key) == RP_OK;

		rc = query_one(db, kind, by_number ? "t.\"id\" = ?" : "t.\"slug\" = ?", key,
			       by_number ? NULL : ref, out);
		if (rc == RP_ENOTFOUND) {
			return rp_db_fail(db, rc, "no %s '%s'", kind->table, ref);
		}
		return rc;
	}
	if (field_parse_number(ref, &key)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid %s number '%s' (expected a number such as 3)",
				  kind->title, ref);
	}
	rc = record_query_one(db, kind, "t.\"id\" = ?", key, out);
	if (rc == RP_ENOTFOUND) {
		return rp_db_fail(db, rc, "no %s %s", kind->title, ref);
	}
	return rc;
}

/* ---- writing --------------------------------------------------------- */

/* The row of a record that carries its number already. */
static int insert_row(struct rp_db *db, const struct rp_record *rec)
{
	const struct rp_kind *kind = rec->kind;
	const char *pcol = record_parent_column(kind);
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	size_t i;
	int rc, col;

	rp_buf_init(&sql);
	rp_buf_printf(&sql, "INSERT INTO \"%s\" (\"workspace_id\", \"id\"", kind->table);
	if (pcol) {
		rp_buf_printf(&sql, ", \"%s\"", pcol);
	}
	for (i = 0; i < kind->nfields; i++) {
		rp_buf_printf(&sql, ", \"%s\"", kind->fields[i].name);
	}
	rp_buf_puts(&sql, ") VALUES (?, ?");
	if (pcol) {
		rp_buf_puts(&sql, ", ?");
	}
	for (i = 0; i < kind->nfields; i++) {
		rp_buf_puts(&sql, ", ?");
	}
	rc = rp_buf_puts(&sql, ")");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		col = 1;
		db->be->bind_int(st, col++, db->workspace);
		db->be->bind_int(st, col++, rec->id);
		if (pcol) {
			db->be->bind_int(st, col++, rec->parent_id);
		}
		for (i = 0; i < kind->nfields; i++) {
			bind_value(db, st, col++, &kind->fields[i], &rec->v[i]);
		}
		rc = db_run(db, st, "cannot store the record");
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

int record_store_raw(struct rp_db *db, const struct rp_record *rec)
{
	return insert_row(db, rec);
}

int record_store_insert(struct rp_db *db, struct rp_record *rec)
{
	int rc;

	rc = db_next_number(db, rec->kind->name, &rec->id);
	if (rc) {
		return rc;
	}
	if (!strcmp(rec->kind->name, "engagement")) {
		rec->engagement_id = rec->id;
	} else if (rec->kind->parent == RP_PARENT_NONE) {
		rec->client_id = rec->id;
	}
	rc = insert_row(db, rec);
	if (!rc) {
		rc = audit_append(db, "add", NULL, rec);
	}
	if (!rc) {
		rc = health_touch(db, rec);
	}
	return rc;
}

int record_store_update(struct rp_db *db, struct rp_record *rec, const struct rp_record *before,
			const char *action)
{
	const struct rp_kind *kind = rec->kind;
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	size_t i;
	int rc, col;

	rp_buf_init(&sql);
	rp_buf_printf(&sql, "UPDATE \"%s\" SET ", kind->table);
	for (i = 0; i < kind->nfields; i++) {
		rp_buf_printf(&sql, "%s\"%s\" = ?", i ? ", " : "", kind->fields[i].name);
	}
	rc = rp_buf_puts(&sql, " WHERE \"workspace_id\" = ? AND \"id\" = ?");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		col = 1;
		for (i = 0; i < kind->nfields; i++) {
			bind_value(db, st, col++, &kind->fields[i], &rec->v[i]);
		}
		db->be->bind_int(st, col++, db->workspace);
		db->be->bind_int(st, col++, rec->id);
		rc = db_run(db, st, "cannot store the record");
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	if (!rc) {
		rc = audit_append(db, action, before, rec);
	}
	if (!rc) {
		rc = health_touch(db, rec);
	}
	return rc;
}
