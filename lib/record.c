/*
 * record.c — the generic record layer: inputs, in-memory records, the SQL
 * built from a kind's declaration, and add / put / edit / remove / verbs /
 * get / list for every kind.
 *
 * Invariants: a write validates everything before it stores anything and
 * runs inside one transaction with its audit event, so a refused write leaves
 * no trace; a record in a locked state is never edited; numbers are never
 * reused (they come from the counter table, not from MAX(id)).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define PREFIX_COLS	 5 /* id, parent id, parent slug, currency, client id */
#define SLUG_MAX	 40
#define SHORT_TEXT_LIMIT 200 /* longer texts may span lines */

static const char *const reserved_slugs[] = {"add", "list", "show",  "edit",
					     "rm",  "help", "touch", NULL};

/* ---- inputs ---------------------------------------------------------- */

struct rp_input *rp_input_new(void)
{
	return calloc(1, sizeof(struct rp_input));
}

void rp_input_free(struct rp_input *in)
{
	size_t i;

	if (!in) {
		return;
	}
	for (i = 0; i < in->count; i++) {
		free(in->items[i].field);
		free(in->items[i].value);
	}
	free(in->items);
	free(in);
}

int rp_input_add(struct rp_input *in, const char *field, const char *value)
{
	struct rp_input_item *items;
	char *f, *v;

	if (in->count == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 8;

		items = realloc(in->items, cap * sizeof(*items));
		if (!items) {
			return RP_ENOMEM;
		}
		in->items = items;
		in->cap = cap;
	}
	f = strdup(field);
	v = strdup(value);
	if (!f || !v) {
		free(f);
		free(v);
		return RP_ENOMEM;
	}
	in->items[in->count].field = f;
	in->items[in->count].value = v;
	in->count++;
	return RP_OK;
}

const char *rp_input_get(const struct rp_input *in, const char *field)
{
	size_t i;

	for (i = in ? in->count : 0; i > 0; i--) {
		if (!strcmp(in->items[i - 1].field, field)) {
			return in->items[i - 1].value;
		}
	}
	return NULL;
}

bool rp_input_has(const struct rp_input *in, const char *field)
{
	return rp_input_get(in, field) != NULL;
}

/* ---- records in memory ----------------------------------------------- */

bool field_is_int(enum rp_field_type type)
{
	return type == RP_T_INT || type == RP_T_MONEY || type == RP_T_BOOL || type == RP_T_CONTACT;
}

struct rp_record *record_alloc(const struct rp_kind *kind)
{
	struct rp_record *rec = calloc(1, sizeof(*rec));
	size_t i;

	if (!rec) {
		return NULL;
	}
	rec->kind = kind;
	rec->v = calloc(kind->nfields, sizeof(*rec->v));
	if (!rec->v) {
		free(rec);
		return NULL;
	}
	for (i = 0; i < kind->nfields; i++) {
		rec->v[i].null = true;
	}
	return rec;
}

void rp_record_free(struct rp_record *rec)
{
	size_t i;

	if (!rec) {
		return;
	}
	for (i = 0; i < rec->kind->nfields; i++) {
		free(rec->v[i].s);
	}
	free(rec->v);
	free(rec->parent_slug);
	free(rec->currency);
	free(rec);
}

static int dup_str(char **dst, const char *src)
{
	*dst = NULL;
	if (src && !(*dst = strdup(src))) {
		return RP_ENOMEM;
	}
	return RP_OK;
}

struct rp_record *record_dup(const struct rp_record *rec)
{
	struct rp_record *copy = record_alloc(rec->kind);
	size_t i;

	if (!copy) {
		return NULL;
	}
	copy->id = rec->id;
	copy->parent_id = rec->parent_id;
	copy->client_id = rec->client_id;
	copy->engagement_id = rec->engagement_id;
	if (dup_str(&copy->parent_slug, rec->parent_slug) ||
	    dup_str(&copy->currency, rec->currency)) {
		rp_record_free(copy);
		return NULL;
	}
	for (i = 0; i < rec->kind->nfields; i++) {
		copy->v[i].null = rec->v[i].null;
		copy->v[i].i = rec->v[i].i;
		if (dup_str(&copy->v[i].s, rec->v[i].s)) {
			rp_record_free(copy);
			return NULL;
		}
	}
	return copy;
}

int record_set_text(struct rp_record *rec, int idx, const char *s)
{
	char *copy = strdup(s);

	if (!copy) {
		return RP_ENOMEM;
	}
	free(rec->v[idx].s);
	rec->v[idx].s = copy;
	rec->v[idx].null = false;
	return RP_OK;
}

void record_set_int(struct rp_record *rec, int idx, int64_t i)
{
	free(rec->v[idx].s);
	rec->v[idx].s = NULL;
	rec->v[idx].i = i;
	rec->v[idx].null = false;
}

void record_set_null(struct rp_record *rec, int idx)
{
	free(rec->v[idx].s);
	rec->v[idx].s = NULL;
	rec->v[idx].i = 0;
	rec->v[idx].null = true;
}

static bool value_equal(const struct rp_field *f, const struct rp_value *a,
			const struct rp_value *b)
{
	if (a->null || b->null) {
		return a->null == b->null;
	}
	if (field_is_int(f->type)) {
		return a->i == b->i;
	}
	return !strcmp(a->s, b->s);
}

/* ---- accessors ------------------------------------------------------- */

const struct rp_kind *rp_record_kind(const struct rp_record *rec)
{
	return rec->kind;
}

int64_t rp_record_id(const struct rp_record *rec)
{
	return rec->id;
}

const char *rp_record_parent(const struct rp_record *rec)
{
	return rec->parent_slug;
}

const char *rp_record_currency(const struct rp_record *rec)
{
	return rec->currency;
}

bool rp_record_is_null(const struct rp_record *rec, const char *name)
{
	int i = rp_kind_field_index(rec->kind, name);

	return i < 0 || rec->v[i].null;
}

int64_t rp_record_int(const struct rp_record *rec, const char *name)
{
	int i = rp_kind_field_index(rec->kind, name);

	return i < 0 || rec->v[i].null ? 0 : rec->v[i].i;
}

const char *rp_record_str(const struct rp_record *rec, const char *name)
{
	int i = rp_kind_field_index(rec->kind, name);

	return i < 0 || rec->v[i].null ? NULL : rec->v[i].s;
}

void record_label(const struct rp_record *rec, struct rp_buf *out)
{
	const char *slug = rp_record_str(rec, "slug");

	if (slug) {
		rp_buf_printf(out, "%s '%s'", rec->kind->title, slug);
	} else if (rec->kind->singleton) {
		rp_buf_printf(out, "%s of '%s'", rec->kind->title, rec->parent_slug);
	} else {
		rp_buf_printf(out, "%s %lld", rec->kind->title, (long long)rec->id);
	}
}

/* ---- SQL from the declaration ---------------------------------------- */

static const char *parent_column(const struct rp_kind *kind)
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

static int sql_select(const struct rp_kind *kind, struct rp_buf *sql)
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
		rp_buf_printf(sql, ", t.\"%s\"", kind->fields[i].name);
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

/* Read the current row of a statement built by sql_select. */
static int record_from_row(struct rp_db *db, const struct rp_kind *kind, struct store_stmt *st,
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
	if (dup_str(&rec->parent_slug, be->column_null(st, 2) ? NULL : be->column_text(st, 2)) ||
	    dup_str(&rec->currency, be->column_null(st, 3) ? NULL : be->column_text(st, 3))) {
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
		if (dup_str(&rec->currency, rp_record_str(rec, "currency"))) {
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

static bool all_digits(const char *s)
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

static int parse_number(const char *s, int64_t *out)
{
	int64_t n = 0;

	if (!all_digits(s) || strlen(s) > 15) {
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
static int slug_lookup(struct rp_db *db, const char *table, const char *ref, int64_t *id)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	int64_t n;
	int rc;

	rp_buf_init(&sql);
	rc = rp_buf_printf(&sql, "SELECT \"id\" FROM \"%s\" WHERE \"workspace_id\" = ? AND %s",
			   table, parse_number(ref, &n) ? "\"slug\" = ?" : "\"id\" = ?");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		if (parse_number(ref, &n)) {
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

int engagement_resolve(struct rp_db *db, const char *ref, int64_t *id, char **slug, char **currency,
		       int64_t *client_id)
{
	struct rp_record *eng = NULL;
	int rc = record_load(db, rp_kind_find("engagement"), ref, &eng);

	if (rc) {
		return rc;
	}
	*id = eng->id;
	*client_id = eng->client_id;
	if (dup_str(slug, rp_record_str(eng, "slug")) ||
	    dup_str(currency, rp_record_str(eng, "currency"))) {
		free(*slug);
		rp_record_free(eng);
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rp_record_free(eng);
	return RP_OK;
}

/* Read one record by a WHERE clause on top of sql_select. */
static int record_query_one(struct rp_db *db, const struct rp_kind *kind, const char *where,
			    int64_t key, struct rp_record **out)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	int rc;

	rp_buf_init(&sql);
	sql_select(kind, &sql);
	rc = rp_buf_printf(&sql, " AND %s", where);
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, key);
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
		rc = slug_lookup(db, kind->table, ref, &key);
		if (rc) {
			return rc;
		}
	} else if (parse_number(ref, &key)) {
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

/* ---- parsing and validating values ----------------------------------- */

static int fail_value(struct rp_db *db, const struct rp_field *f, const char *flag,
		      const char *what, const char *text)
{
	struct rp_buf name, form;
	int rc;

	rp_buf_init(&name);
	rp_buf_init(&form);
	db_field_label(db, f, flag, &name);
	rp_field_form(f, &form);
	rc = rp_db_fail(db, RP_EINVAL, "invalid %s '%s' for %s (expected %s)", what, text,
			name.data, form.data);
	rp_buf_release(&name);
	rp_buf_release(&form);
	return rc;
}

/* Valid UTF-8 without control characters other than tab and newline. */
static bool text_clean(const char *s, bool multiline)
{
	const unsigned char *p = (const unsigned char *)s;
	int extra;

	while (*p) {
		if (*p < 0x80) {
			if ((*p < 0x20 && !(multiline && (*p == '\n' || *p == '\t'))) ||
			    *p == 0x7f) {
				return false;
			}
			p++;
			continue;
		}
		if ((*p & 0xe0) == 0xc0 && *p >= 0xc2) {
			extra = 1;
		} else if ((*p & 0xf0) == 0xe0) {
			extra = 2;
		} else if ((*p & 0xf8) == 0xf0 && *p <= 0xf4) {
			extra = 3;
		} else {
			return false;
		}
		for (p++; extra > 0; extra--, p++) {
			if ((*p & 0xc0) != 0x80) {
				return false;
			}
		}
	}
	return true;
}

static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		n += ((unsigned char)*s & 0xc0) != 0x80;
	}
	return n;
}

static bool slug_valid(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > SLUG_MAX || s[0] == '-' || s[n - 1] == '-' || all_digits(s)) {
		return false;
	}
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		      s[i] == '-')) {
			return false;
		}
	}
	for (i = 0; reserved_slugs[i]; i++) {
		if (!strcmp(s, reserved_slugs[i])) {
			return false;
		}
	}
	return true;
}

static bool email_valid(const char *s)
{
	const char *at = strchr(s, '@');
	const char *p;

	if (!at || at == s || strchr(at + 1, '@') || strlen(s) > 254) {
		return false;
	}
	p = strchr(at + 1, '.');
	if (!p || p == at + 1 || p[1] == '\0' || s[strlen(s) - 1] == '.') {
		return false;
	}
	for (p = s; *p; p++) {
		if ((unsigned char)*p <= ' ' || *p == ',' || *p == ';' || *p == '<' || *p == '>') {
			return false;
		}
	}
	return true;
}

static int engagement_value(struct rp_db *db, int64_t eng, bool *has, int64_t *value)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(db,
			    "SELECT \"value\" FROM \"engagement\" WHERE \"workspace_id\" = ? AND "
			    "\"id\" = ?",
			    &st);

	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, eng);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		*has = !db->be->column_null(st, 0);
		*value = db->be->column_int(st, 0);
		rc = RP_OK;
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ENOTFOUND, "no engagement %lld", (long long)eng);
	}
	db->be->finalize(st);
	return rc;
}

static int parse_money(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		       const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	size_t n = strlen(text);
	int64_t minor, value = 0;
	int32_t bp;
	bool has = false;
	int rc;

	if (!rec->currency) {
		return rp_db_fail(db, RP_EINVAL, "no currency is known for %s", f->name);
	}
	if ((f->flags & RP_F_PERCENT) && n > 0 && text[n - 1] == '%') {
		if (rp_percent_parse(text, &bp)) {
			struct rp_buf name;

			rp_buf_init(&name);
			db_field_label(db, f, flag, &name);
			rc = rp_db_fail(db, RP_EINVAL,
					"invalid percentage '%s' for %s (expected 0%% to 100%%, "
					"e.g. 30%% or 12.5%%)",
					text, name.data);
			rp_buf_release(&name);
			return rc;
		}
		rc = engagement_value(db, rec->engagement_id, &has, &value);
		if (rc) {
			return rc;
		}
		if (!has) {
			return rp_db_fail(db, RP_EINVAL,
					  "'%s' needs the engagement's value, which is not set",
					  text);
		}
		if (rp_money_percent_of(value, bp, &minor)) {
			return fail_value(db, f, flag, "amount", text);
		}
		record_set_int(rec, idx, minor);
		return RP_OK;
	}
	if (rp_money_parse(text, rec->currency, &minor)) {
		return fail_value(db, f, flag, "amount", text);
	}
	record_set_int(rec, idx, minor);
	return RP_OK;
}

static int parse_contact(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
			 const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	struct store_stmt *st = NULL;
	int64_t n;
	bool by_number = parse_number(text, &n) == RP_OK;
	int rc;

	rc = db_prepare(db,
			by_number ? "SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND "
				    "\"client_id\" = ? AND \"id\" = ?"
				  : "SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND "
				    "\"client_id\" = ? AND lower(\"email\") = lower(?)",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->client_id);
	if (by_number) {
		db->be->bind_int(st, 3, n);
	} else {
		db->be->bind_text(st, 3, text);
	}
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		record_set_int(rec, idx, db->be->column_int(st, 0));
		rc = RP_OK;
	} else if (rc == STORE_DONE) {
		struct rp_buf name;

		rp_buf_init(&name);
		db_field_label(db, f, flag, &name);
		rc = rp_db_fail(db, RP_EINVAL,
				"no contact '%s' at this client for %s (expected a number or "
				"e-mail address from 'rapport contact list')",
				text, name.data);
		rp_buf_release(&name);
	}
	db->be->finalize(st);
	return rc;
}

static int parse_trigger(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
			 const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	struct rp_record *dlv = NULL;
	struct rp_buf canon;
	int32_t day;
	int rc;

	rp_buf_init(&canon);
	if (!strncmp(text, "date:", 5) && !rp_date_parse(text + 5, &day)) {
		rc = record_set_text(rec, idx, text);
	} else if (!strncmp(text, "deliverable:", 12)) {
		rc = record_load(db, rp_kind_find("deliverable"), text + 12, &dlv);
		if (rc == RP_EINVAL) {
			rc = fail_value(db, f, flag, "trigger", text);
		} else if (!rc && dlv->engagement_id != rec->engagement_id) {
			rc = rp_db_fail(
				db, RP_EINVAL,
				"deliverable %s belongs to engagement '%s', not to this one",
				text + 12, dlv->parent_slug);
		} else if (!rc) {
			rp_buf_printf(&canon, "deliverable:%lld", (long long)dlv->id);
			rc = record_set_text(rec, idx, canon.data);
		}
	} else {
		rc = fail_value(db, f, flag, "trigger", text);
	}
	rp_record_free(dlv);
	rp_buf_release(&canon);
	return rc;
}

static int parse_int(const char *text, int64_t *out)
{
	const char *p = text;
	bool neg = false;
	int64_t n = 0;

	if (*p == '-' || *p == '+') {
		neg = *p == '-';
		p++;
	}
	if (!all_digits(p) || strlen(p) > 12) {
		return RP_EINVAL;
	}
	for (; *p; p++) {
		n = n * 10 + (*p - '0');
	}
	*out = neg ? -n : n;
	return RP_OK;
}

int record_parse_field(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		       const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	char buf[RP_DATETIME_BUFSZ + RP_DURATION_BUFSZ];
	struct rp_buf name;
	struct rp_duration dur;
	int64_t n, t;
	int32_t day;
	size_t i;
	int rc;

	if (!*text && !(f->flags & RP_F_REQUIRED) && f->type != RP_T_TEXT) {
		record_set_null(rec, idx);
		return RP_OK;
	}
	switch (f->type) {
	case RP_T_TEXT:
		if (!text_clean(text, f->max > SHORT_TEXT_LIMIT)) {
			return fail_value(db, f, flag, "text", "...");
		}
		if ((int64_t)utf8_chars(text) > f->max) {
			rp_buf_init(&name);
			db_field_label(db, f, flag, &name);
			rc = rp_db_fail(db, RP_EINVAL,
					"%s is too long (%zu characters; at most %lld)", name.data,
					utf8_chars(text), (long long)f->max);
			rp_buf_release(&name);
			return rc;
		}
		if (!*text) {
			if (f->flags & RP_F_REQUIRED) {
				rp_buf_init(&name);
				db_field_label(db, f, flag, &name);
				rc = rp_db_fail(db, RP_EINVAL, "%s must not be empty", name.data);
				rp_buf_release(&name);
				return rc;
			}
			record_set_null(rec, idx);
			return RP_OK;
		}
		return record_set_text(rec, idx, text);
	case RP_T_INT:
		if (parse_int(text, &n) || n < f->min || n > f->max) {
			return fail_value(db, f, flag, "number", text);
		}
		record_set_int(rec, idx, n);
		return RP_OK;
	case RP_T_MONEY:
		return parse_money(db, rec, idx, text, flag);
	case RP_T_DATE:
		if (rp_date_parse(text, &day)) {
			return fail_value(db, f, flag, "date", text);
		}
		return record_set_text(rec, idx, text);
	case RP_T_TIME:
		if (rp_datetime_parse(text, &t)) {
			return fail_value(db, f, flag, "time", text);
		}
		rp_datetime_format(t, buf);
		return record_set_text(rec, idx, buf);
	case RP_T_BOOL:
		if (!strcmp(text, "yes") || !strcmp(text, "true") || !strcmp(text, "1")) {
			record_set_int(rec, idx, 1);
		} else if (!strcmp(text, "no") || !strcmp(text, "false") || !strcmp(text, "0")) {
			record_set_int(rec, idx, 0);
		} else {
			return fail_value(db, f, flag, "value", text);
		}
		return RP_OK;
	case RP_T_ENUM:
		for (i = 0; f->choices[i]; i++) {
			if (!strcmp(f->choices[i], text)) {
				return record_set_text(rec, idx, text);
			}
		}
		if (!strcmp(text, "none") && !(f->flags & RP_F_REQUIRED)) {
			record_set_null(rec, idx);
			return RP_OK;
		}
		return fail_value(db, f, flag, "value", text);
	case RP_T_CONTACT:
		return parse_contact(db, rec, idx, text, flag);
	case RP_T_DURATION:
		if (rp_duration_parse(text, &dur)) {
			return fail_value(db, f, flag, "duration", text);
		}
		rp_duration_format(&dur, buf);
		return record_set_text(rec, idx, buf);
	case RP_T_CURRENCY:
		if (strlen(text) != 3) {
			return fail_value(db, f, flag, "currency", text);
		}
		for (i = 0; i < 3; i++) {
			buf[i] = (char)toupper((unsigned char)text[i]);
		}
		buf[3] = '\0';
		if (rp_currency_exponent(buf) < 0) {
			return fail_value(db, f, flag, "currency", text);
		}
		rc = record_set_text(rec, idx, buf);
		if (!rc && !strcmp(rec->kind->name, "engagement")) {
			free(rec->currency);
			rc = dup_str(&rec->currency, buf);
		}
		return rc;
	case RP_T_SLUG:
		if (!slug_valid(text)) {
			return fail_value(db, f, flag, "slug", text);
		}
		return record_set_text(rec, idx, text);
	case RP_T_EMAIL:
		if (!email_valid(text)) {
			return fail_value(db, f, flag, "e-mail address", text);
		}
		return record_set_text(rec, idx, text);
	case RP_T_TRIGGER:
		return parse_trigger(db, rec, idx, text, flag);
	}
	return rp_db_fail(db, RP_EINVAL, "field %s has an unknown type", f->name);
}

/* Append a value to a multi-valued field, kept as a JSON array of strings. */
static int record_add_multi(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
			    const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	json_t *arr = NULL;
	char *dump = NULL;
	int rc;

	if (!*text || !text_clean(text, false) || (int64_t)utf8_chars(text) > f->max) {
		return fail_value(db, f, flag, "text", text);
	}
	arr = rec->v[idx].null ? json_array() : json_loads(rec->v[idx].s, 0, NULL);
	if (!arr || json_array_append_new(arr, json_string(text)) ||
	    !(dump = json_dumps(arr, JSON_COMPACT))) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = record_set_text(rec, idx, dump);
out:
	free(dump);
	json_decref(arr);
	return rc;
}

static int apply_default(struct rp_db *db, struct rp_record *rec, int idx, const char *def)
{
	char buf[RP_DATETIME_BUFSZ];

	if (!strcmp(def, "@today")) {
		rp_date_format(clock_today(db), buf);
		return record_set_text(rec, idx, buf);
	}
	if (!strcmp(def, "@now")) {
		rp_datetime_format(clock_now(db), buf);
		return record_set_text(rec, idx, buf);
	}
	if (!strcmp(def, "@actor")) {
		return record_set_text(rec, idx, db->actor);
	}
	if (!strcmp(def, "@null")) {
		record_set_null(rec, idx);
		return RP_OK;
	}
	return record_parse_field(db, rec, idx, def, NULL);
}

static int fail_missing(struct rp_db *db, const struct rp_field *f, const char *flag)
{
	struct rp_buf name, form;
	int rc;

	rp_buf_init(&name);
	rp_buf_init(&form);
	db_field_label(db, f, flag, &name);
	rp_field_form(f, &form);
	rc = rp_db_fail(db, RP_EINVAL, "missing %s (expected %s)", name.data, form.data);
	rp_buf_release(&name);
	rp_buf_release(&form);
	return rc;
}

/*
 * Apply the input's values to the fields that `allowed` lets through.  A
 * field given that is not allowed is refused by name.
 */
static int apply_input(struct rp_db *db, struct rp_record *rec, const struct rp_input *in,
		       unsigned forbidden)
{
	const struct rp_kind *kind = rec->kind;
	int idx, rc, cur;
	size_t i;

	/* The currency first: money fields are parsed in it. */
	cur = rp_kind_field_index(kind, "currency");
	for (i = 0; in && i < in->count; i++) {
		if (cur >= 0 && !strcmp(in->items[i].field, "currency") &&
		    !(kind->fields[cur].flags & forbidden)) {
			rc = record_parse_field(db, rec, cur, in->items[i].value, NULL);
			if (rc) {
				return rc;
			}
		}
	}
	for (i = 0; in && i < in->count; i++) {
		idx = rp_kind_field_index(kind, in->items[i].field);
		if (idx < 0 || (kind->fields[idx].flags & forbidden)) {
			return rp_db_fail(db, RP_EINVAL, "%s cannot be set here",
					  in->items[i].field);
		}
		if (idx == cur) {
			continue;
		}
		if (kind->fields[idx].flags & RP_F_MULTI) {
			rc = record_add_multi(db, rec, idx, in->items[i].value, NULL);
		} else {
			rc = record_parse_field(db, rec, idx, in->items[i].value, NULL);
		}
		if (rc) {
			return rc;
		}
	}
	return RP_OK;
}

static int check_required(struct rp_db *db, const struct rp_record *rec)
{
	size_t i;

	for (i = 0; i < rec->kind->nfields; i++) {
		if ((rec->kind->fields[i].flags & RP_F_REQUIRED) && rec->v[i].null) {
			return fail_missing(db, &rec->kind->fields[i], NULL);
		}
	}
	return RP_OK;
}

static int slug_taken(struct rp_db *db, const struct rp_kind *kind, const char *slug, int64_t self,
		      bool *taken)
{
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	int rc;

	rp_buf_init(&sql);
	rc = rp_buf_printf(&sql,
			   "SELECT \"id\" FROM \"%s\" WHERE \"workspace_id\" = ? AND \"slug\" = ? "
			   "AND \"id\" <> ?",
			   kind->table);
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_text(st, 2, slug);
		db->be->bind_int(st, 3, self);
		rc = db_step(db, st);
		if (rc >= 0) {
			*taken = rc == STORE_ROW;
			rc = RP_OK;
		}
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	return rc;
}

/* A slug from the record's name: lower-case words joined by '-', made unique
 * with a number when it is taken. */
static int derive_slug(struct rp_db *db, struct rp_record *rec, int idx)
{
	const char *src = rp_record_str(rec, rp_kind_field(rec->kind, "name") ? "name" : "title");
	struct rp_buf base, cand;
	bool taken = true, dash = false;
	const char *p;
	int n, rc = RP_OK;

	rp_buf_init(&base);
	rp_buf_init(&cand);
	for (p = src ? src : ""; *p && base.len < SLUG_MAX - 4; p++) {
		if (isalnum((unsigned char)*p) && !((unsigned char)*p & 0x80)) {
			if (dash && base.len) {
				rp_buf_putc(&base, '-');
			}
			rp_buf_putc(&base, (char)tolower((unsigned char)*p));
			dash = false;
		} else {
			dash = true;
		}
	}
	if (!base.len || all_digits(base.data) || !slug_valid(base.data)) {
		rp_buf_printf(&base, "%s%s", base.len ? "-" : "", rec->kind->noun);
	}
	for (n = 1; taken && !rc; n++) {
		rp_buf_reset(&cand);
		rc = n == 1 ? rp_buf_puts(&cand, base.data)
			    : rp_buf_printf(&cand, "%s-%d", base.data, n);
		if (!rc) {
			rc = slug_taken(db, rec->kind, cand.data, rec->id, &taken);
		}
	}
	if (!rc) {
		rc = record_set_text(rec, idx, cand.data);
	}
	rp_buf_release(&base);
	rp_buf_release(&cand);
	return rc;
}

static int check_slug(struct rp_db *db, struct rp_record *rec)
{
	int idx = rp_kind_field_index(rec->kind, "slug");
	bool taken = false;
	int rc;

	if (idx < 0) {
		return RP_OK;
	}
	if (rec->v[idx].null) {
		return derive_slug(db, rec, idx);
	}
	rc = slug_taken(db, rec->kind, rec->v[idx].s, rec->id, &taken);
	if (!rc && taken) {
		rc = rp_db_fail(db, RP_ECONFLICT, "slug '%s' is taken by another %s", rec->v[idx].s,
				rec->kind->title);
	}
	return rc;
}

/* ---- writing --------------------------------------------------------- */

int record_store_insert(struct rp_db *db, struct rp_record *rec)
{
	const struct rp_kind *kind = rec->kind;
	const char *pcol = parent_column(kind);
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	size_t i;
	int rc, col;

	rc = db_next_number(db, kind->name, &rec->id);
	if (rc) {
		return rc;
	}
	if (!strcmp(kind->name, "engagement")) {
		rec->engagement_id = rec->id;
	} else if (kind->parent == RP_PARENT_NONE) {
		rec->client_id = rec->id;
	}
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
	if (!rc) {
		rc = audit_append(db, "add", NULL, rec);
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
	return rc;
}

/* ---- the operations -------------------------------------------------- */

/* Prepare an empty record under its parent, with its defaults. */
static int record_new_under(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			    struct rp_record **out)
{
	struct rp_record *rec = record_alloc(kind);
	size_t i;
	int rc = RP_OK;

	if (!rec) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (kind->parent == RP_PARENT_ENGAGEMENT) {
		if (!parent || !*parent) {
			rc = rp_db_fail(db, RP_EINVAL, "missing the engagement (its slug)");
		} else {
			rc = engagement_resolve(db, parent, &rec->parent_id, &rec->parent_slug,
						&rec->currency, &rec->client_id);
		}
		rec->engagement_id = rec->parent_id;
	} else if (kind->parent == RP_PARENT_CLIENT) {
		if (!parent || !*parent) {
			rc = rp_db_fail(db, RP_EINVAL, "missing the client (its slug)");
		} else {
			rc = slug_lookup(db, "client", parent, &rec->parent_id);
		}
		rec->client_id = rec->parent_id;
		if (!rc) {
			rc = dup_str(&rec->parent_slug, parent);
		}
		if (!rc && !strcmp(kind->name, "engagement")) {
			rc = dup_str(&rec->currency, db->ws_currency);
			if (!rc) {
				rc = record_set_text(rec, rp_kind_field_index(kind, "currency"),
						     db->ws_currency);
			}
		}
	}
	for (i = 0; !rc && i < kind->nfields; i++) {
		if (kind->fields[i].def) {
			rc = apply_default(db, rec, (int)i, kind->fields[i].def);
		}
	}
	if (rc) {
		rp_record_free(rec);
		return rc == RP_ENOMEM ? rp_db_fail(db, rc, "out of memory") : rc;
	}
	*out = rec;
	return RP_OK;
}

static int singleton_exists(struct rp_db *db, const struct rp_kind *kind, int64_t eng,
			    struct rp_record **out)
{
	int rc = record_query_one(db, kind, "t.\"engagement_id\" = ?", eng, out);

	return rc;
}

static int record_add_locked(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			     const struct rp_input *in, int64_t *id_out)
{
	struct rp_record *rec = NULL, *other = NULL;
	int rc;

	rc = record_new_under(db, kind, parent, &rec);
	if (rc) {
		return rc;
	}
	if (kind->singleton) {
		rc = singleton_exists(db, kind, rec->engagement_id, &other);
		if (!rc) {
			struct rp_buf label;

			rp_buf_init(&label);
			record_label(other, &label);
			rc = rp_db_fail(db, RP_ECONFLICT, "%s exists already", label.data);
			rp_buf_release(&label);
			goto out;
		}
		if (rc != RP_ENOTFOUND) {
			goto out;
		}
	}
	rc = apply_input(db, rec, in, RP_F_NOADD);
	if (!rc) {
		rc = check_slug(db, rec);
	}
	if (!rc) {
		rc = check_required(db, rec);
	}
	if (!rc && kind->on_write) {
		rc = kind->on_write(db, rec, NULL);
	}
	if (!rc) {
		rc = record_store_insert(db, rec);
	}
	if (!rc && id_out) {
		*id_out = rec->id;
	}
out:
	rp_record_free(other);
	rp_record_free(rec);
	return rc;
}

int rp_record_add(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		  const struct rp_input *in, int64_t *id_out)
{
	int rc = tx_begin(db);

	if (rc) {
		return rc;
	}
	return tx_end(db, record_add_locked(db, kind, parent, in, id_out));
}

static int refuse_locked(struct rp_db *db, const struct rp_record *rec)
{
	struct rp_buf label;
	const char *state = rp_record_str(rec, "state");
	int rc;

	rp_buf_init(&label);
	record_label(rec, &label);
	rc = rp_db_fail(db, RP_ESTATE, "%s is %s and locked; %s", label.data, state,
			!strcmp(rec->kind->name, "deliverable")
				? "changing it needs a change request"
				: "it can no longer be changed");
	rp_buf_release(&label);
	return rc;
}

static bool is_locked(const struct rp_record *rec)
{
	int st;

	if (!rec->kind->states) {
		return false;
	}
	st = rp_kind_state_index(rec->kind, rp_record_str(rec, "state"));
	return st >= 0 && (rec->kind->locked & (1u << st));
}

static int record_edit_loaded(struct rp_db *db, struct rp_record *rec, const struct rp_input *in,
			      unsigned forbidden)
{
	struct rp_record *before = NULL;
	bool changed = false;
	size_t i;
	int rc;

	if (is_locked(rec)) {
		return refuse_locked(db, rec);
	}
	before = record_dup(rec);
	if (!before) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = apply_input(db, rec, in, forbidden);
	if (!rc) {
		rc = check_slug(db, rec);
	}
	if (!rc) {
		rc = check_required(db, rec);
	}
	if (!rc && rec->kind->on_write) {
		rc = rec->kind->on_write(db, rec, before);
	}
	for (i = 0; !rc && i < rec->kind->nfields; i++) {
		changed |= !value_equal(&rec->kind->fields[i], &rec->v[i], &before->v[i]);
	}
	if (!rc && changed) {
		rc = record_store_update(db, rec, before, "edit");
	}
	rp_record_free(before);
	return rc;
}

int rp_record_edit(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		   const struct rp_input *in)
{
	struct rp_record *rec = NULL;
	int rc;

	if (!in || !in->count) {
		return rp_db_fail(db, RP_EINVAL, "nothing to change (give at least one field)");
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (!rc) {
		rc = record_edit_loaded(db, rec, in, RP_F_NOEDIT);
	}
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_put(struct rp_db *db, const struct rp_kind *kind, const char *eng,
		  const struct rp_input *in, int64_t *id_out)
{
	struct rp_record *rec = NULL;
	int rc;

	if (!kind->singleton) {
		return rp_db_fail(db, RP_EINVAL, "a %s is not kept once per engagement",
				  kind->title);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, eng, &rec);
	if (rc == RP_ENOTFOUND) {
		rc = record_add_locked(db, kind, eng, in, id_out);
	} else if (!rc) {
		rc = record_edit_loaded(db, rec, in, RP_F_NOADD);
		if (!rc && id_out) {
			*id_out = rec->id;
		}
	}
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_remove(struct rp_db *db, const struct rp_kind *kind, const char *ref)
{
	struct rp_record *rec = NULL;
	struct store_stmt *st = NULL;
	struct rp_buf sql, label;
	int rc;

	if (!kind->removable) {
		return rp_db_fail(db, RP_EINVAL, "a %s cannot be removed", kind->title);
	}
	rp_buf_init(&sql);
	rp_buf_init(&label);
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (rc) {
		goto out;
	}
	rp_buf_printf(&sql, "DELETE FROM \"%s\" WHERE \"workspace_id\" = ? AND \"id\" = ?",
		      kind->table);
	rc = db_prepare(db, sql.data, &st);
	if (rc) {
		goto out;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->id);
	rc = db->be->step(st);
	if (rc == RP_ECONFLICT) {
		record_label(rec, &label);
		rc = rp_db_fail(db, RP_ECONFLICT, "cannot remove %s: other records refer to it",
				label.data);
		goto out;
	}
	if (rc < 0) {
		rc = db_store_fail(db, rc, "cannot remove the record");
		goto out;
	}
	rc = audit_append(db, "remove", rec, NULL);
out:
	db->be->finalize(st);
	rp_buf_release(&sql);
	rp_buf_release(&label);
	rp_record_free(rec);
	return tx_end(db, rc);
}

static int refuse_state(struct rp_db *db, const struct rp_record *rec,
			const struct rp_transition *t)
{
	struct rp_buf label, allowed;
	int i, n = 0, rc;

	rp_buf_init(&label);
	rp_buf_init(&allowed);
	record_label(rec, &label);
	for (i = 0; rec->kind->states[i]; i++) {
		if (t->from & (1u << i)) {
			rp_buf_printf(&allowed, "%s%s", n++ ? ", " : "", rec->kind->states[i]);
		}
	}
	rc = rp_db_fail(db, RP_ESTATE, "%s is %s; '%s' is allowed only when it is %s", label.data,
			rp_record_str(rec, "state"), t->verb, n ? allowed.data : "never");
	rp_buf_release(&label);
	rp_buf_release(&allowed);
	return rc;
}

static int apply_verb_args(struct rp_db *db, struct rp_record *rec, const struct rp_transition *t,
			   const struct rp_input *in)
{
	const struct rp_arg *a;
	const struct rp_stamp *s;
	size_t i;
	int idx, rc;

	for (i = 0; in && i < in->count; i++) {
		for (a = t->args; a && a->flag; a++) {
			if ((a->field && !strcmp(a->field, in->items[i].field)) ||
			    (!a->field && !strcmp(a->flag, in->items[i].field))) {
				break;
			}
		}
		if (!a || !a->flag) {
			return rp_db_fail(db, RP_EINVAL, "'%s' takes no %s", t->verb,
					  in->items[i].field);
		}
		if (!a->field) {
			continue; /* for the verb's effect */
		}
		idx = rp_kind_field_index(rec->kind, a->field);
		if (a->flags & RP_F_MULTI) {
			rc = record_add_multi(db, rec, idx, in->items[i].value, a->flag);
		} else if (a->flags & RP_F_SWITCH) {
			rc = record_parse_field(db, rec, idx, in->items[i].value, a->flag);
		} else if (!*in->items[i].value && (a->flags & RP_F_REQUIRED)) {
			rc = fail_missing(db, &rec->kind->fields[idx], a->flag);
		} else {
			rc = record_parse_field(db, rec, idx, in->items[i].value, a->flag);
		}
		if (rc) {
			return rc;
		}
	}
	for (a = t->args; a && a->flag; a++) {
		if ((a->flags & RP_F_REQUIRED) &&
		    !rp_input_get(in, a->field ? a->field : a->flag)) {
			if (a->field) {
				return fail_missing(db, rp_kind_field(rec->kind, a->field),
						    a->flag);
			}
			return rp_db_fail(db, RP_EINVAL, "missing %s%s", db->flag_names ? "--" : "",
					  a->flag);
		}
	}
	for (s = t->stamps; s && s->field; s++) {
		if (rp_input_get(in, s->field)) {
			continue;
		}
		rc = apply_default(db, rec, rp_kind_field_index(rec->kind, s->field), s->value);
		if (rc) {
			return rc;
		}
	}
	return RP_OK;
}

int rp_record_act(struct rp_db *db, const struct rp_kind *kind, const char *ref, const char *verb,
		  const struct rp_input *in)
{
	const struct rp_transition *t = rp_kind_transition(kind, verb);
	struct rp_record *rec = NULL, *before = NULL;
	int rc, st;

	if (!t) {
		return rp_db_fail(db, RP_EINVAL, "a %s has no verb '%s'", kind->title, verb);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (rc) {
		goto out;
	}
	if (kind->states) {
		st = rp_kind_state_index(kind, rp_record_str(rec, "state"));
		if (st < 0 || !(t->from & (1u << st))) {
			rc = refuse_state(db, rec, t);
			goto out;
		}
	}
	before = record_dup(rec);
	if (!before) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = apply_verb_args(db, rec, t, in);
	if (!rc && t->to >= 0) {
		rc = record_set_text(rec, rp_kind_field_index(kind, "state"), kind->states[t->to]);
	}
	if (!rc && t->effect) {
		rc = t->effect(db, rec, in);
	}
	if (!rc && kind->on_write) {
		rc = kind->on_write(db, rec, before);
	}
	if (!rc) {
		rc = record_store_update(db, rec, before, verb);
	}
out:
	rp_record_free(before);
	rp_record_free(rec);
	return tx_end(db, rc);
}

int record_force_state(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		       const char *state)
{
	struct rp_record *rec = NULL, *before = NULL;
	int rc;

	if (rp_kind_state_index(kind, state) < 0) {
		return rp_db_fail(db, RP_EINVAL, "a %s has no state '%s'", kind->title, state);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (!rc && !(before = record_dup(rec))) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (!rc) {
		rc = record_set_text(rec, rp_kind_field_index(kind, "state"), state);
	}
	if (!rc) {
		rc = record_store_update(db, rec, before, "set-state");
	}
	rp_record_free(before);
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_get(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		  struct rp_record **out)
{
	return record_load(db, kind, ref, out);
}

void rp_record_list_release(struct rp_record_list *list)
{
	size_t i;

	if (!list) {
		return;
	}
	for (i = 0; i < list->count; i++) {
		rp_record_free(list->items[i]);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

int rp_record_list(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		   const char *state, struct rp_record_list *out)
{
	struct store_stmt *st = NULL;
	struct rp_record_list list = {NULL, 0};
	struct rp_record *rec;
	struct rp_buf sql;
	size_t cap = 0;
	int64_t pid = 0;
	char *slug = NULL, *cur = NULL;
	int rc, col;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	if (state && kind->states && rp_kind_state_index(kind, state) < 0) {
		struct rp_buf form;

		rp_buf_init(&form);
		rp_field_form(rp_kind_field(kind, "state"), &form);
		rc = rp_db_fail(db, RP_EINVAL, "invalid state '%s' (expected %s)", state,
				form.data);
		rp_buf_release(&form);
		return rc;
	}
	if (parent && kind->parent == RP_PARENT_ENGAGEMENT) {
		int64_t client;

		rc = engagement_resolve(db, parent, &pid, &slug, &cur, &client);
		free(slug);
		free(cur);
		if (rc) {
			return rc;
		}
	} else if (parent && kind->parent == RP_PARENT_CLIENT) {
		rc = slug_lookup(db, "client", parent, &pid);
		if (rc) {
			return rc;
		}
	}
	rp_buf_init(&sql);
	sql_select(kind, &sql);
	if (pid) {
		rp_buf_printf(&sql, " AND t.\"%s\" = ?", parent_column(kind));
	}
	if (state && kind->states) {
		rp_buf_puts(&sql, " AND t.\"state\" = ?");
	}
	rc = rp_buf_puts(&sql, " ORDER BY t.\"id\"");
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (rc) {
		goto out;
	}
	col = 1;
	db->be->bind_int(st, col++, db->workspace);
	if (pid) {
		db->be->bind_int(st, col++, pid);
	}
	if (state && kind->states) {
		db->be->bind_text(st, col++, state);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (list.count == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct rp_record **items = realloc(list.items, ncap * sizeof(*items));

			if (!items) {
				rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
				goto out;
			}
			list.items = items;
			cap = ncap;
		}
		rc = record_from_row(db, kind, st, &rec);
		if (rc) {
			goto out;
		}
		list.items[list.count++] = rec;
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
	rp_record_list_release(&list);
	return rc;
}

/* ---- presenting ------------------------------------------------------ */

int rp_record_format(const struct rp_record *rec, const struct rp_field *f, struct rp_buf *out)
{
	int idx = (int)(f - rec->kind->fields);
	const struct rp_value *v = &rec->v[idx];
	char buf[RP_MONEY_BUFSZ];
	json_t *arr, *item;
	size_t i;

	if (v->null) {
		return RP_OK;
	}
	switch (f->type) {
	case RP_T_MONEY:
		if (!rec->currency ||
		    rp_money_format_grouped(v->i, rec->currency, buf, sizeof(buf))) {
			return rp_buf_printf(out, "%lld", (long long)v->i);
		}
		return rp_buf_printf(out, "%s %s", buf, rec->currency);
	case RP_T_BOOL:
		return rp_buf_puts(out, v->i ? "yes" : "no");
	case RP_T_INT:
	case RP_T_CONTACT:
		return rp_buf_printf(out, "%lld", (long long)v->i);
	default:
		break;
	}
	if (f->flags & RP_F_MULTI) {
		arr = json_loads(v->s, 0, NULL);
		json_array_foreach(arr, i, item)
		{
			rp_buf_printf(out, "%s%s", i ? "; " : "", json_string_value(item));
		}
		json_decref(arr);
		return RP_OK;
	}
	return rp_buf_puts(out, v->s);
}

static json_t *value_json(const struct rp_record *rec, size_t idx)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	const struct rp_value *v = &rec->v[idx];
	char buf[RP_MONEY_BUFSZ];

	if (v->null) {
		return json_null();
	}
	switch (f->type) {
	case RP_T_MONEY:
		if (!rec->currency || rp_money_format(v->i, rec->currency, buf, sizeof(buf))) {
			return NULL;
		}
		return json_pack("{s:s, s:s}", "amount", buf, "currency", rec->currency);
	case RP_T_BOOL:
		return json_boolean(v->i);
	case RP_T_INT:
	case RP_T_CONTACT:
		return json_integer(v->i);
	default:
		break;
	}
	if (f->flags & RP_F_MULTI) {
		return json_loads(v->s, 0, NULL);
	}
	return json_string(v->s);
}

json_t *rp_record_json(const struct rp_record *rec)
{
	json_t *obj = json_object();
	size_t i;

	if (!obj || json_object_set_new(obj, "id", json_integer(rec->id))) {
		goto fail;
	}
	if (rec->kind->parent != RP_PARENT_NONE &&
	    json_object_set_new(obj,
				rec->kind->parent == RP_PARENT_CLIENT ? "client" : "engagement",
				json_string(rec->parent_slug))) {
		goto fail;
	}
	for (i = 0; i < rec->kind->nfields; i++) {
		json_t *v = value_json(rec, i);

		if (!v || json_object_set_new(obj, rec->kind->fields[i].name, v)) {
			goto fail;
		}
	}
	return obj;
fail:
	json_decref(obj);
	return NULL;
}
