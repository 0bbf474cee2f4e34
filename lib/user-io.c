/*
 * user-io.c — the accounts in the export document (docs/export.md): the
 * "users" and "tokens" lists, written from the tables as stored and read
 * back into them as they are, so that export, import and export again give
 * the same bytes.  Password and token hashes travel as hashes; sessions are
 * never exported.
 *
 * Invariant: each list is described once (struct column) and the export, the
 * check and the write all follow that description, so the three cannot
 * disagree on a member.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "user-io.h"

struct column {
	const char *name;
	bool integer; /* an integer, else text; both may be null */
};

static const struct column user_columns[] = {
	{"id", true},	       {"login", false},	 {"role", false},
	{"contact_id", true},  {"password_hash", false}, {"disabled", true},
	{"created_at", false},
};
static const struct column token_columns[] = {
	{"id", true},	       {"user_id", true},     {"label", false},
	{"token_hash", false}, {"created_at", false}, {"last_used", false},
};
#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

struct list_desc {
	const char *key;   /* in the document */
	const char *table; /* in the database */
	const struct column *cols;
	size_t ncols;
};

static const struct list_desc users_desc = {"users", "user", user_columns, NCOLS(user_columns)};
static const struct list_desc tokens_desc = {"tokens", "api_token", token_columns,
					     NCOLS(token_columns)};

/* ---- export ------------------------------------------------------------- */

static int export_list(struct rp_db *db, json_t *doc, const struct list_desc *ld)
{
	struct store_stmt *st = NULL;
	json_t *list = json_array();
	struct rp_buf sql;
	size_t i;
	int rc;

	rp_buf_init(&sql);
	rc = !list || json_object_set_new(doc, ld->key, list) ? RP_ENOMEM : RP_OK;
	for (i = 0; !rc && i < ld->ncols; i++) {
		rc = rp_buf_printf(&sql, "%s\"%s\"", i ? ", " : "SELECT ", ld->cols[i].name);
	}
	if (!rc) {
		rc = rp_buf_printf(&sql, " FROM \"%s\" WHERE \"workspace_id\" = ? ORDER BY \"id\"",
				   ld->table);
	}
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
		json_t *obj = json_object();

		rc = !obj || json_array_append_new(list, obj) ? RP_ENOMEM : RP_OK;
		for (i = 0; !rc && i < ld->ncols; i++) {
			int col = (int)i;
			json_t *v = db->be->column_null(st, col) ? json_null()
				    : ld->cols[i].integer
					    ? json_integer((json_int_t)db->be->column_int(st, col))
					    : json_string(db->be->column_text(st, col));

			rc = !v || json_object_set_new(obj, ld->cols[i].name, v) ? RP_ENOMEM
										 : RP_OK;
		}
		if (rc) {
			rc = rp_db_fail(db, RP_ENOMEM, "cannot export the %s: out of memory",
					ld->key);
			break;
		}
	}
	rc = rc == STORE_DONE ? RP_OK : rc;
out:
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

int user_io_export(struct rp_db *db, json_t *doc)
{
	int rc = export_list(db, doc, &users_desc);

	return rc ? rc : export_list(db, doc, &tokens_desc);
}

/* ---- check -------------------------------------------------------------- */

int export_invalid(struct rp_db *db, const char *fmt, ...)
{
	struct rp_buf b;
	va_list ap;
	int rc;

	rp_buf_init(&b);
	va_start(ap, fmt);
	rc = rp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	rc = rc ? rp_db_fail(db, RP_ENOMEM, "out of memory")
		: rp_db_fail(db, RP_EINVAL, "invalid export: %s", b.data);
	rp_buf_release(&b);
	return rc;
}

/* Exactly the described members, each an integer, text or null; numbers
 * from 1 in increasing order.  *id is the item's number. */
static int check_shape(struct rp_db *db, const struct list_desc *ld, json_t *obj, size_t i,
		       int64_t prev, int64_t *id)
{
	json_t *v;
	size_t k;

	if (!json_is_object(obj) || json_object_size(obj) != ld->ncols) {
		return export_invalid(db, "%s item %zu is not an object of %zu members", ld->key,
				      i + 1, ld->ncols);
	}
	for (k = 0; k < ld->ncols; k++) {
		v = json_object_get(obj, ld->cols[k].name);
		if (!v) {
			return export_invalid(db, "%s item %zu lacks '%s'", ld->key, i + 1,
					      ld->cols[k].name);
		}
		if (!json_is_null(v) &&
		    (ld->cols[k].integer ? !json_is_integer(v) : !json_is_string(v))) {
			return export_invalid(db, "%s item %zu: %s is not %s", ld->key, i + 1,
					      ld->cols[k].name,
					      ld->cols[k].integer ? "a whole number" : "text");
		}
	}
	v = json_object_get(obj, "id");
	if (!json_is_integer(v) || json_integer_value(v) <= prev) {
		return export_invalid(db, "%s item %zu has no 'id' above the one before it",
				      ld->key, i + 1);
	}
	*id = json_integer_value(v);
	return RP_OK;
}

static const char *str(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* An instant in the one form the library writes. */
static bool is_instant(const char *s)
{
	char canon[RP_DATETIME_BUFSZ];
	int64_t t;

	if (!s || rp_datetime_parse(s, &t)) {
		return false;
	}
	rp_datetime_format(t, canon);
	return !strcmp(canon, s);
}

static bool is_day(const char *s)
{
	char canon[RP_DATE_BUFSZ];
	int32_t d;

	if (!s || rp_date_parse(s, &d)) {
		return false;
	}
	rp_date_format(d, canon);
	return !strcmp(canon, s);
}

/* An Argon2id string as crypto_pwhash_str writes it: printable, short. */
static bool is_pwhash(const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n && s[i] > 0x20 && s[i] < 0x7f; i++) {
	}
	return i == n && n < 128 && !strncmp(s, "$argon2id$", 10);
}

static bool is_sha256_hex(const char *s)
{
	size_t i;

	for (i = 0; s[i] && ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')); i++) {
	}
	return i == 64 && !s[i];
}

static int check_user(struct rp_db *db, json_t *u, int64_t id,
		      bool (*has_contact)(void *arg, int64_t id), void *arg)
{
	json_t *contact = json_object_get(u, "contact_id"), *v;
	enum rp_role role;
	long long n = (long long)id;

	if (!user_login_valid(str(u, "login"))) {
		return export_invalid(
			db,
			"user %lld: invalid login (expected 1 to 64 characters of a-z, 0-9, "
			"'.', '_', '-' and '@')",
			n);
	}
	if (rp_role_parse(str(u, "role"), &role)) {
		return export_invalid(db, "user %lld: role is not owner, member or client", n);
	}
	if (role == RP_ROLE_CLIENT &&
	    (json_is_null(contact) || !has_contact(arg, json_integer_value(contact)))) {
		return export_invalid(db, "user %lld: contact_id names no contact in the export",
				      n);
	}
	if (role != RP_ROLE_CLIENT && !json_is_null(contact)) {
		return export_invalid(db, "user %lld: contact_id must be null for the %s role", n,
				      str(u, "role"));
	}
	v = json_object_get(u, "password_hash");
	if (!json_is_null(v) && !is_pwhash(json_string_value(v))) {
		return export_invalid(db, "user %lld: password_hash is not an Argon2id hash", n);
	}
	v = json_object_get(u, "disabled");
	if (!json_is_integer(v) || (json_integer_value(v) != 0 && json_integer_value(v) != 1)) {
		return export_invalid(db, "user %lld: disabled is not 0 or 1", n);
	}
	if (!is_instant(str(u, "created_at"))) {
		return export_invalid(
			db, "user %lld: created_at is not a time (expected YYYY-MM-DDTHH:MM:SSZ)",
			n);
	}
	return RP_OK;
}

/* Whether user number `id` is in the checked list (in number order). */
static bool has_user(json_t *users, int64_t id)
{
	size_t lo = 0, hi = json_array_size(users);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int64_t at = json_integer_value(json_object_get(json_array_get(users, mid), "id"));

		if (at == id) {
			return true;
		}
		if (at < id) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return false;
}

static int check_token(struct rp_db *db, json_t *users, json_t *t, int64_t id)
{
	json_t *v = json_object_get(t, "user_id");
	long long n = (long long)id;

	if (!json_is_integer(v) || !has_user(users, json_integer_value(v))) {
		return export_invalid(db, "token %lld: user_id names no user in the export", n);
	}
	v = json_object_get(t, "label");
	if (!json_is_null(v) && !user_label_valid(json_string_value(v))) {
		return export_invalid(
			db, "token %lld: label is not 1 to 100 characters on one line", n);
	}
	if (!str(t, "token_hash") || !is_sha256_hex(str(t, "token_hash"))) {
		return export_invalid(db, "token %lld: token_hash is not 64 hexadecimal digits", n);
	}
	if (!is_instant(str(t, "created_at"))) {
		return export_invalid(
			db, "token %lld: created_at is not a time (expected YYYY-MM-DDTHH:MM:SSZ)",
			n);
	}
	v = json_object_get(t, "last_used");
	if (!json_is_null(v) && !is_day(json_string_value(v))) {
		return export_invalid(
			db, "token %lld: last_used is not a date (expected YYYY-MM-DD)", n);
	}
	return RP_OK;
}

int user_io_check(struct rp_db *db, json_t *users, json_t *tokens,
		  bool (*has_contact)(void *arg, int64_t id), void *arg, int64_t *last_user,
		  int64_t *last_token)
{
	int64_t id = 0;
	json_t *obj;
	size_t i;
	int rc;

	*last_user = *last_token = 0;
	if (!json_is_array(users) || !json_is_array(tokens)) {
		return export_invalid(db, "'users' and 'tokens' are not lists");
	}
	if (json_array_size(users) + json_array_size(tokens) > RP_IMPORT_MAX_RECORDS) {
		return export_invalid(db,
				      "more than %d accounts and tokens (the limit of one import)",
				      RP_IMPORT_MAX_RECORDS);
	}
	json_array_foreach(users, i, obj)
	{
		rc = check_shape(db, &users_desc, obj, i, id, &id);
		if (!rc) {
			rc = check_user(db, obj, id, has_contact, arg);
		}
		if (rc) {
			return rc;
		}
	}
	*last_user = id;
	id = 0;
	json_array_foreach(tokens, i, obj)
	{
		rc = check_shape(db, &tokens_desc, obj, i, id, &id);
		if (!rc) {
			rc = check_token(db, users, obj, id);
		}
		if (rc) {
			return rc;
		}
	}
	*last_token = id;
	return RP_OK;
}

/* ---- write -------------------------------------------------------------- */

static int write_list(struct rp_db *db, json_t *list, const struct list_desc *ld)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	json_t *obj;
	size_t i, k;
	bool oom;
	int rc = RP_OK;

	if (!json_array_size(list)) {
		return RP_OK;
	}
	rp_buf_init(&sql);
	oom = rp_buf_printf(&sql, "INSERT INTO \"%s\" (\"workspace_id\"", ld->table) != 0;
	for (k = 0; k < ld->ncols; k++) {
		oom |= rp_buf_printf(&sql, ", \"%s\"", ld->cols[k].name) != 0;
	}
	oom |= rp_buf_puts(&sql, ") VALUES (?") != 0;
	for (k = 0; k < ld->ncols; k++) {
		oom |= rp_buf_puts(&sql, ", ?") != 0;
	}
	if (oom || rp_buf_putc(&sql, ')')) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	json_array_foreach(list, i, obj)
	{
		if (rc) {
			break;
		}
		db->be->reset(st);
		db->be->bind_int(st, 1, db->workspace);
		for (k = 0; k < ld->ncols; k++) {
			json_t *v = json_object_get(obj, ld->cols[k].name);
			int at = (int)k + 2;

			if (json_is_integer(v)) {
				db->be->bind_int(st, at, json_integer_value(v));
			} else if (json_is_string(v)) {
				db->be->bind_text(st, at, json_string_value(v));
			} else {
				db->be->bind_null(st, at);
			}
		}
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

int user_io_write(struct rp_db *db, json_t *users, json_t *tokens)
{
	int rc = write_list(db, users, &users_desc);

	return rc ? rc : write_list(db, tokens, &tokens_desc);
}

int user_io_clear(struct rp_db *db)
{
	static const char *const sql[] = {
		"DELETE FROM \"session\" WHERE \"workspace_id\" = ?",
		"DELETE FROM \"api_token\" WHERE \"workspace_id\" = ?",
		"DELETE FROM \"user\" WHERE \"workspace_id\" = ?",
	};
	struct store_stmt *st = NULL;
	int rc = RP_OK;

	for (size_t i = 0; !rc && i < NCOLS(sql); i++) {
		rc = db_prepare(db, sql[i], &st);
		if (!rc) {
			db->be->bind_int(st, 1, db->workspace);
			rc = db_step(db, st);
			rc = rc < 0 ? rc : RP_OK;
		}
		db->be->finalize(st);
		st = NULL;
	}
	return rc;
}
