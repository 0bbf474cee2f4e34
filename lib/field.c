/*
 * field.c — parsing and validating a field's value from text, as the user
 * typed it, against its declaration; messages name the field and the
 * accepted form.  Also the rules over a whole record: required fields,
 * defaults, slugs.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define SLUG_MAX	 40
#define SHORT_TEXT_LIMIT 200 /* longer texts may span lines */

/* Words a slug cannot be: the command line's verbs, and "new", which names
 * the web UI's page for a new engagement. */
static const char *const reserved_slugs[] = {"add",  "list",  "show", "edit", "rm",
					     "help", "touch", "new",  NULL};

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

/* Valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF) without
 * control characters other than tab and newline. */
static bool text_clean(const char *s, bool multiline)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp, min;
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
		if ((*p & 0xe0) == 0xc0) {
			extra = 1;
			cp = *p & 0x1f;
			min = 0x80;
		} else if ((*p & 0xf0) == 0xe0) {
			extra = 2;
			cp = *p & 0x0f;
			min = 0x800;
		} else if ((*p & 0xf8) == 0xf0) {
			extra = 3;
			cp = *p & 0x07;
			min = 0x10000;
		} else {
			return false;
		}
		for (p++; extra > 0; extra--, p++) {
			if ((*p & 0xc0) != 0x80) {
				return false;
			}
			cp = (cp << 6) | (*p & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
		    (cp >= 0x80 && cp < 0xa0)) {
			return false;
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

static bool slug_reserved(const char *s)
{
	size_t i;

	for (i = 0; reserved_slugs[i]; i++) {
		if (!strcmp(s, reserved_slugs[i])) {
			return true;
		}
	}
	return false;
}

static bool slug_valid(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > SLUG_MAX || s[0] == '-' || s[n - 1] == '-' || field_all_digits(s)) {
		return false;
	}
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		      s[i] == '-')) {
			return false;
		}
	}
	return !slug_reserved(s);
}

static bool email_valid(const char *s)
{
	const char *at = strchr(s, '@');
	const char *p;

	if (!at || at == s || strchr(at + 1, '@') || strlen(s) > 254) {
		return false;
	}
	p = strchr(at + 1, '.');
	if (!p || p == at + 1 || p[1] == '\0' || s[strlen(s) - 1] == '.' || strstr(s, "..") ||
	    at[-1] == '.' || *s == '.') {
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

/* The accepted form of an amount depends on the currency's decimals. */
static int fail_amount(struct rp_db *db, const struct rp_record *rec, const struct rp_field *f,
		       const char *flag, const char *text)
{
	int digits = rp_currency_exponent(rec->currency);
	struct rp_buf name;
	int rc;

	rp_buf_init(&name);
	db_field_label(db, f, flag, &name);
	rc = rp_db_fail(
		db, RP_EINVAL, "invalid amount '%s' for %s (expected %s%s in %s%s, e.g. %s%s%s)",
		text, name.data,
		(f->flags & RP_F_SIGNED) ? "an amount" : "an amount of zero or more", "",
		rec->currency,
		digits == 0   ? ", which has no decimals"
		: digits == 1 ? " with at most 1 decimal"
		: digits == 2 ? " with at most 2 decimals"
			      : " with at most 3 decimals",
		digits == 0   ? "24000"
		: digits == 1 ? "24000.5"
		: digits == 2 ? "24000.50"
			      : "24000.500",
		(f->flags & RP_F_PERCENT) ? ", or a percentage of the value such as 30%" : "", "");
	rp_buf_release(&name);
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
	if (rp_money_parse(text, rec->currency, &minor) ||
	    (minor < 0 && !(f->flags & RP_F_SIGNED))) {
		return fail_amount(db, rec, f, flag, text);
	}
	record_set_int(rec, idx, minor);
	return RP_OK;
}

int field_find_contact(struct rp_db *db, const struct rp_field *f, const char *flag,
		       int64_t client_id, const char *text, int64_t *id)
{
	struct store_stmt *st = NULL;
	struct rp_buf name;
	int64_t n;
	bool by_number = field_parse_number(text, &n) == RP_OK;
	int rc, found = 0;

	/* One statement per case, so that each stays a cached prepared one:
	 * by number or by e-mail address, at one client or at any. */
	static const char *const sql[2][2] = {
		{"SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND "
		 "lower(\"email\") = lower(?) LIMIT 2",
		 "SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND \"id\" = ?"},
		{"SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND "
		 "lower(\"email\") = lower(?) AND \"client_id\" = ? LIMIT 2",
		 "SELECT \"id\" FROM \"contact\" WHERE \"workspace_id\" = ? AND \"id\" = ? AND "
		 "\"client_id\" = ?"},
	};

	rc = db_prepare(db, sql[client_id != 0][by_number], &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	if (by_number) {
		db->be->bind_int(st, 2, n);
	} else {
		db->be->bind_text(st, 2, text);
	}
	if (client_id) {
		db->be->bind_int(st, 3, client_id);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		*id = db->be->column_int(st, 0);
		found++;
	}
	db->be->finalize(st);
	if (rc != STORE_DONE) {
		return rc;
	}
	if (found == 1) {
		return RP_OK;
	}
	rp_buf_init(&name);
	db_field_label(db, f, flag, &name);
	rc = found ? rp_db_fail(db, RP_EINVAL,
				"contact '%s' for %s is ambiguous (several contacts have that "
				"e-mail address; give the contact's number)",
				text, name.data)
		   : rp_db_fail(db, RP_EINVAL,
				"no contact '%s'%s for %s (expected a number or e-mail address "
				"from 'rapport contact list')",
				text, client_id ? " at this client" : "", name.data);
	rp_buf_release(&name);
	return rc;
}

static int parse_contact(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
			 const char *flag)
{
	int64_t id;
	int rc = field_find_contact(db, &rec->kind->fields[idx], flag, rec->client_id, text, &id);

	if (!rc) {
		record_set_int(rec, idx, id);
	}
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
	if (!field_all_digits(p) || strlen(p) > 12) {
		return RP_EINVAL;
	}
	for (; *p; p++) {
		n = n * 10 + (*p - '0');
	}
	*out = neg ? -n : n;
	return RP_OK;
}

/* "<prefix><the field's name><suffix>" */
static int fail_field(struct rp_db *db, const struct rp_field *f, const char *flag,
		      const char *prefix, const char *suffix)
{
	struct rp_buf name;
	int rc;

	rp_buf_init(&name);
	db_field_label(db, f, flag, &name);
	rc = rp_db_fail(db, RP_EINVAL, "%s%s%s", prefix, name.data, suffix);
	rp_buf_release(&name);
	return rc;
}

/* "--slug cannot be a word rapport uses itself (add, list, ...)" */
static int fail_reserved_slug(struct rp_db *db, const struct rp_field *f, const char *flag)
{
	struct rp_buf words;
	size_t i;
	int rc;

	rp_buf_init(&words);
	rp_buf_puts(&words, " cannot be a word rapport uses itself (");
	for (i = 0; reserved_slugs[i]; i++) {
		rp_buf_printf(&words, "%s%s", i ? ", " : "", reserved_slugs[i]);
	}
	rp_buf_putc(&words, ')');
	rc = fail_field(db, f, flag, "", words.data);
	rp_buf_release(&words);
	return rc;
}

/* Printable UTF-8, one line unless `multiline`, within the field's length;
 * empty text passes (the caller decides what empty means). */
static int check_text(struct rp_db *db, const struct rp_field *f, const char *flag,
		      const char *text, bool multiline)
{
	size_t chars = utf8_chars(text);
	char detail[64];

	if (!text_clean(text, multiline)) {
		return fail_field(
			db, f, flag, "invalid text for ",
			multiline ? ": only printable UTF-8 text, tabs and line breaks are allowed"
				  : ": only printable UTF-8 text on one line is allowed");
	}
	if ((int64_t)chars > f->max) {
		snprintf(detail, sizeof(detail), " is too long (%zu characters; at most %lld)",
			 chars, (long long)f->max);
		return fail_field(db, f, flag, "", detail);
	}
	return RP_OK;
}

/* Text is kept without blanks around it. */
static int parse_text(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		      const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	size_t len;
	char *copy;
	int rc;

	while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r') {
		text++;
	}
	len = strlen(text);
	while (len > 0 && strchr(" \t\n\r", text[len - 1])) {
		len--;
	}
	copy = strndup(text, len);
	if (!copy) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = check_text(db, f, flag, copy, f->max > SHORT_TEXT_LIMIT);
	if (rc) {
		/* refused */
	} else if (!*copy && (f->flags & RP_F_REQUIRED)) {
		rc = fail_field(db, f, flag, "", " must not be empty");
	} else if (!*copy) {
		record_set_null(rec, idx);
	} else {
		rc = record_set_text(rec, idx, copy);
	}
	free(copy);
	return rc;
}

int record_parse_field(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		       const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	char buf[RP_DATETIME_BUFSZ + RP_DURATION_BUFSZ];
	struct rp_duration dur;
	int64_t n, t;
	int32_t day;
	size_t i;
	int rc;

	if (!*text && rp_field_clearable(f) && f->type != RP_T_TEXT && f->type != RP_T_SLUG) {
		record_set_null(rec, idx);
		return RP_OK;
	}
	switch (f->type) {
	case RP_T_TEXT:
		return parse_text(db, rec, idx, text, flag);
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
		if (!strcmp(text, "none") && rp_field_clearable(f)) {
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
			rc = record_dup_str(&rec->currency, buf);
		}
		return rc;
	case RP_T_SLUG:
		if (!*text) {
			return fail_field(db, f, flag, "", " must not be empty");
		}
		if (slug_reserved(text)) {
			return fail_reserved_slug(db, f, flag);
		}
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
int field_add_multi(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		    const char *flag)
{
	const struct rp_field *f = &rec->kind->fields[idx];
	json_t *arr = NULL;
	char *dump = NULL;
	int rc;

	rc = check_text(db, f, flag, text, false);
	if (rc) {
		return rc;
	}
	if (!*text) {
		return fail_field(db, f, flag, "", " must not be empty");
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

int field_apply_default(struct rp_db *db, struct rp_record *rec, int idx, const char *def)
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

int field_fail_missing(struct rp_db *db, const struct rp_field *f, const char *flag)
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
int field_apply_input(struct rp_db *db, struct rp_record *rec, const struct rp_input *in,
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
			rc = field_add_multi(db, rec, idx, in->items[i].value, NULL);
		} else {
			rc = record_parse_field(db, rec, idx, in->items[i].value, NULL);
		}
		if (rc) {
			return rc;
		}
	}
	return RP_OK;
}

int field_check_required(struct rp_db *db, const struct rp_record *rec)
{
	size_t i;

	for (i = 0; i < rec->kind->nfields; i++) {
		if ((rec->kind->fields[i].flags & RP_F_REQUIRED) && rec->v[i].null) {
			return field_fail_missing(db, &rec->kind->fields[i], NULL);
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
/* The ASCII letters of a Latin-1 letter U+00C0..U+00FF, given the second
 * byte of its UTF-8 form (0x80..0xbf after 0xc3): "Müller" -> "muller". */
static const char *latin1_ascii(unsigned char second)
{
	static const char *const map[64] = {
		"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
		"d", "n", "o", "o", "o", "o", "o",  "",	 "o", "u", "u", "u", "u", "y", "th", "ss",
		"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
		"d", "n", "o", "o", "o", "o", "o",  "",	 "o", "u", "u", "u", "u", "y", "th", "y",
	};

	return map[second & 0x3f];
}

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
		const char *ascii = NULL;
		char one[2] = {0, 0};

		if (isalnum((unsigned char)*p) && !((unsigned char)*p & 0x80)) {
			one[0] = (char)tolower((unsigned char)*p);
			ascii = one;
		} else if ((unsigned char)p[0] == 0xc3 && ((unsigned char)p[1] & 0xc0) == 0x80) {
			ascii = latin1_ascii((unsigned char)p[1]);
			p++;
		}
		if (!ascii || !*ascii) {
			dash = true;
			continue;
		}
		if (dash && base.len) {
			rp_buf_putc(&base, '-');
		}
		rp_buf_puts(&base, ascii);
		dash = false;
	}
	if (!base.len || field_all_digits(base.data) || !slug_valid(base.data)) {
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

int field_check_slug(struct rp_db *db, struct rp_record *rec)
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
