/*
 * record.c — records in memory: allocation, copies, typed values, the
 * accessors of the public API and the presentations (people, JSON).
 *
 * Invariant: rec->v holds kind->nfields values; a null value owns no string;
 * integer-like types (field_is_int) keep their value in `i`, the rest in `s`.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

int record_dup_str(char **dst, const char *src)
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
	if (record_dup_str(&copy->parent_slug, rec->parent_slug) ||
	    record_dup_str(&copy->currency, rec->currency)) {
		rp_record_free(copy);
		return NULL;
	}
	for (i = 0; i < rec->kind->nfields; i++) {
		copy->v[i].null = rec->v[i].null;
		copy->v[i].i = rec->v[i].i;
		if (record_dup_str(&copy->v[i].s, rec->v[i].s)) {
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

bool record_value_equal(const struct rp_field *f, const struct rp_value *a,
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

int32_t record_day(const struct rp_record *rec, const char *field)
{
	const char *s = rp_record_str(rec, field);
	int32_t day;
	int64_t t;

	if (!s) {
		return RP_NO_DATE;
	}
	if (!rp_date_parse(s, &day)) {
		return day;
	}
	return rp_datetime_parse(s, &t) ? RP_NO_DATE : rp_datetime_date(t);
}

bool record_is(const struct rp_record *rec, const char *field, const char *value)
{
	const char *s = rp_record_str(rec, field);

	return s && !strcmp(s, value);
}

int32_t engagement_start_day(const struct rp_record *eng)
{
	int32_t day = record_day(eng, "kicked_off_on");

	if (day == RP_NO_DATE) {
		day = record_day(eng, "baseline_start");
	}
	return day != RP_NO_DATE ? day : record_day(eng, "created_on");
}

bool record_is_report(const struct rp_record *rec)
{
	return record_is(rec, "channel", "report") && record_is(rec, "initiated_by", "us");
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
