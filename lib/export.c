/*
 * export.c — the workspace as one JSON document (docs/export.md): the
 * workspace row, the stored settings, the counters, every record's stored
 * values by kind in number order, the accounts and API tokens with their
 * hashes (user-io.c), and the audit trail verbatim.
 *
 * Invariant: the document depends only on the stored data, never on the
 * clock, and its keys come in a fixed order, so that exporting the same data
 * twice (or after an import) gives the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "user-io.h"

/* A new JSON string, or NULL (jansson refuses text that is not UTF-8). */
static json_t *col_string(struct rp_db *db, struct store_stmt *st, int col)
{
	if (db->be->column_null(st, col)) {
		return json_null();
	}
	return json_string(db->be->column_text(st, col));
}

/* Add a new value to an object; a NULL value means it could not be made. */
static int put(json_t *obj, const char *key, json_t *value)
{
	if (!value || json_object_set_new(obj, key, value)) {
		return RP_ENOMEM;
	}
	return RP_OK;
}

static int fail_value(struct rp_db *db, int rc, const char *what)
{
	if (rc == RP_ENOMEM) {
		return rp_db_fail(
			db, rc, "cannot export %s: out of memory or text that is not UTF-8", what);
	}
	return rc;
}

static int export_workspace(struct rp_db *db, json_t *doc, json_t **head)
{
	struct store_stmt *st = NULL;
	json_t *ws;
	int rc;

	rc = db_prepare(db,
			"SELECT \"name\", \"currency\", \"timezone\", \"created_at\", "
			"\"audit_seq\", \"audit_head\" FROM \"workspace\" WHERE \"id\" = ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		ws = json_object();
		rc = put(doc, "workspace", ws);
		if (!rc) {
			rc = put(ws, "name", col_string(db, st, 0));
		}
		if (!rc) {
			rc = put(ws, "currency", col_string(db, st, 1));
		}
		if (!rc) {
			rc = put(ws, "timezone", col_string(db, st, 2));
		}
		if (!rc) {
			rc = put(ws, "created_at", col_string(db, st, 3));
		}
		if (!rc) {
			*head = json_pack("{s:I, s:s}", "seq",
					  (json_int_t)db->be->column_int(st, 4), "hash",
					  db->be->column_text(st, 5));
			rc = *head ? RP_OK : RP_ENOMEM;
		}
		rc = fail_value(db, rc, "the workspace");
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ESTORE, "the workspace row is missing");
	}
	db->be->finalize(st);
	return rc;
}

/* Name/value pairs of a table, in name order, as one object. */
static int export_pairs(struct rp_db *db, json_t *doc, const char *key, const char *sql)
{
	struct store_stmt *st = NULL;
	json_t *obj = json_object();
	int rc;

	rc = put(doc, key, obj);
	if (rc) {
		return fail_value(db, rc, key);
	}
	rc = db_prepare(db, sql, &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		rc = put(obj, db->be->column_text(st, 0),
			 json_integer((json_int_t)db->be->column_int(st, 1)));
		if (rc) {
			rc = fail_value(db, rc, key);
			break;
		}
	}
	db->be->finalize(st);
	return rc == STORE_DONE ? RP_OK : rc;
}

/* A record as stored: its number, its parent's number, every field. */
static json_t *record_stored_json(const struct rp_record *rec)
{
	const struct rp_kind *kind = rec->kind;
	const char *pcol = record_parent_column(kind);
	json_t *obj = json_object();
	size_t i;
	int rc;

	rc = put(obj, "id", json_integer((json_int_t)rec->id));
	if (!rc && pcol) {
		rc = put(obj, pcol, json_integer((json_int_t)rec->parent_id));
	}
	for (i = 0; !rc && i < kind->nfields; i++) {
		const struct rp_value *v = &rec->v[i];
		json_t *j;

		if (v->null) {
			j = json_null();
		} else if (field_is_int(kind->fields[i].type)) {
			j = json_integer((json_int_t)v->i);
		} else {
			j = json_string(v->s);
		}
		rc = put(obj, kind->fields[i].name, j);
	}
	if (rc) {
		json_decref(obj);
		return NULL;
	}
	return obj;
}

static int export_kind(struct rp_db *db, const struct rp_kind *kind, json_t *list)
{
	struct store_stmt *st = NULL;
	struct rp_record *rec = NULL;
	struct rp_buf sql;
	int rc;

	rp_buf_init(&sql);
	record_sql_select(db, kind, &sql);
	rc = rp_buf_puts(&sql, " ORDER BY t.\"id\"");
	if (rc) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = db_prepare(db, sql.data, &st);
	if (rc) {
		goto out;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		json_t *j;

		rc = record_from_row(db, kind, st, &rec);
		if (rc) {
			goto out;
		}
		j = record_stored_json(rec);
		if (!j || json_array_append_new(list, j)) {
			rc = rp_db_fail(db, RP_ENOMEM,
					"cannot export %s %lld: out of memory or text that is not "
					"UTF-8",
					kind->title, (long long)rec->id);
			goto out;
		}
		rp_record_free(rec);
		rec = NULL;
	}
	rc = rc == STORE_DONE ? RP_OK : rc;
out:
	rp_record_free(rec);
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

static int export_records(struct rp_db *db, json_t *doc)
{
	const struct rp_kind *const *k;
	json_t *records = json_object();
	int rc;

	rc = put(doc, "records", records);
	for (k = rp_kinds(); !rc && *k; k++) {
		json_t *list = json_array();

		rc = put(records, (*k)->name, list);
		if (!rc) {
			rc = export_kind(db, *k, list);
		} else {
			rc = fail_value(db, rc, "the records");
		}
	}
	return fail_value(db, rc, "the records");
}

static int export_audit(struct rp_db *db, json_t *doc)
{
	struct store_stmt *st = NULL;
	json_t *list = json_array();
	int rc;

	rc = put(doc, "audit", list);
	if (rc) {
		return fail_value(db, rc, "the audit trail");
	}
	rc = db_prepare(db,
			"SELECT \"seq\", \"at\", \"actor\", \"action\", \"kind\", \"record_id\", "
			"\"engagement_id\", \"before\", \"after\", \"prev_hash\", \"hash\" FROM "
			"\"audit\" WHERE \"workspace_id\" = ? ORDER BY \"seq\"",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		json_t *e = json_object();

		rc = json_array_append_new(list, e) ? RP_ENOMEM : RP_OK;
		if (!rc) {
			rc = put(e, "seq", json_integer((json_int_t)db->be->column_int(st, 0)));
		}
		if (!rc) {
			rc = put(e, "at", json_integer((json_int_t)db->be->column_int(st, 1)));
		}
		if (!rc) {
			rc = put(e, "actor", col_string(db, st, 2));
		}
		if (!rc) {
			rc = put(e, "action", col_string(db, st, 3));
		}
		if (!rc) {
			rc = put(e, "kind", col_string(db, st, 4));
		}
		if (!rc) {
			rc = put(e, "record", json_integer((json_int_t)db->be->column_int(st, 5)));
		}
		if (!rc) {
			rc = put(e, "engagement_id",
				 db->be->column_null(st, 6)
					 ? json_null()
					 : json_integer((json_int_t)db->be->column_int(st, 6)));
		}
		if (!rc) {
			rc = put(e, "before", col_string(db, st, 7));
		}
		if (!rc) {
			rc = put(e, "after", col_string(db, st, 8));
		}
		if (!rc) {
			rc = put(e, "prev_hash", col_string(db, st, 9));
		}
		if (!rc) {
			rc = put(e, "hash", col_string(db, st, 10));
		}
		if (rc) {
			rc = fail_value(db, rc, "the audit trail");
			break;
		}
	}
	db->be->finalize(st);
	return rc == STORE_DONE ? RP_OK : rc;
}

static int dump_to_buf(const char *data, size_t size, void *arg)
{
	return rp_buf_add(arg, data, size) ? -1 : 0;
}

int rp_export(struct rp_db *db, struct rp_buf *out)
{
	json_t *doc = NULL, *head = NULL;
	size_t start = out->len;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	doc = json_pack("{s:s, s:i, s:i}", "format", RP_EXPORT_FORMAT, "version", RP_EXPORT_VERSION,
			"schema", db->schema_version);
	if (!doc) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	/* one read transaction, so that the parts agree with each other */
	rc = rp_db_begin_read(db);
	if (rc) {
		goto out;
	}
	rc = export_workspace(db, doc, &head);
	if (!rc) {
		rc = export_pairs(db, doc, "settings",
				  "SELECT \"name\", \"value\" FROM \"setting\" WHERE "
				  "\"workspace_id\" = ? ORDER BY \"name\"");
	}
	if (!rc) {
		rc = export_pairs(db, doc, "counters",
				  "SELECT \"kind\", \"last\" FROM \"counter\" WHERE "
				  "\"workspace_id\" = ? ORDER BY \"kind\"");
	}
	if (!rc) {
		rc = export_records(db, doc);
	}
	if (!rc) {
		rc = user_io_export(db, doc);
	}
	if (!rc) {
		rc = export_audit(db, doc);
	}
	if (!rc) {
		rc = json_object_set_new(doc, "audit_head", head);
		head = NULL;
		rc = rc ? rp_db_fail(db, RP_ENOMEM, "out of memory") : RP_OK;
	}
	/* nothing was written: the commit only ends the read */
	rc = tx_end(db, rc);
	if (rc) {
		goto out;
	}
	if (json_dump_callback(doc, dump_to_buf, out,
			       JSON_INDENT(2) | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER) ||
	    rp_buf_putc(out, '\n')) {
		if (out->len > start) {
			out->len = start;
			out->data[start] = '\0';
		}
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
out:
	json_decref(head);
	json_decref(doc);
	return rc;
}
