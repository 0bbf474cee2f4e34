/*
 * api-json.c — the JSON API's common work: naming kinds in paths, reading a
 * JSON body into the library's text input, answering a record with its
 * ETag, comparing If-Match, and cutting lists into pages.
 *
 * Input is turned into text exactly as a user of the command line would
 * type it and validated by the library alone; this file only refuses what
 * cannot be text (an object where a value belongs, an unknown member), and
 * names the member when it does.
 */
#include <microhttpd.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

int api_collection(const struct rp_kind *kind, struct rp_buf *out)
{
	const char *p;
	int rc = 0;

	for (p = kind->name; *p; p++) {
		rc |= rp_buf_putc(out, *p == '_' ? '-' : *p);
	}
	if (!kind->singleton) {
		rc |= rp_buf_putc(out, 's');
	}
	return rc ? RP_ENOMEM : RP_OK;
}

const struct rp_kind *api_kind_of(const char *name)
{
	const struct rp_kind *const *k;
	struct rp_buf b;
	bool found = false;

	rp_buf_init(&b);
	for (k = rp_kinds(); *k && !found; k++) {
		rp_buf_reset(&b);
		found = !api_collection(*k, &b) && !strcmp(b.data, name);
	}
	rp_buf_release(&b);
	return found ? k[-1] : NULL;
}

int api_fail(struct request *rq, struct response *rs, int rc, const char *field)
{
	const char *f = rp_db_errfield(rq->db);

	response_problem(rs, http_status_of(rc), rp_status_name(rc), rp_db_errmsg(rq->db),
			 f ? f : field);
	return RP_OK;
}

int api_invalid(struct response *rs, const char *field, const char *fmt, ...)
{
	struct rp_buf b;
	va_list ap;

	rp_buf_init(&b);
	va_start(ap, fmt);
	rp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	response_problem(rs, 422, rp_status_name(RP_EINVAL), b.data, field);
	rp_buf_release(&b);
	return RP_OK;
}

json_t *api_body(struct request *rq, struct response *rs, bool optional)
{
	char err[200];
	json_t *v;

	if (optional && !rq->body.len) {
		return json_object();
	}
	v = request_json(rq, err, sizeof(err));
	if (!v) {
		response_problem(rs, 400, "malformed request", err, NULL);
	}
	return v;
}

/* One scalar JSON value as the text a user would type; false if it is not
 * a scalar. */
static bool scalar_text(json_t *v, struct rp_buf *out)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		return !rp_buf_add(out, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		return !rp_buf_printf(out, "%lld", (long long)json_integer_value(v));
	case JSON_REAL:
		return !rp_buf_printf(out, "%.15g", json_real_value(v));
	case JSON_TRUE:
		return !rp_buf_puts(out, "yes");
	case JSON_FALSE:
		return !rp_buf_puts(out, "no");
	case JSON_NULL:
		return true; /* "" clears the field */
	default:
		return false;
	}
}

static int expected(struct response *rs, const char *key, const struct rp_field *f,
		    const char *what)
{
	struct rp_buf form;

	rp_buf_init(&form);
	if (f) {
		rp_field_form(f, &form);
	} else {
		rp_buf_puts(&form, "text");
	}
	api_invalid(rs, key, "invalid %s for %s (expected %s)", what, key, form.data);
	rp_buf_release(&form);
	return -1;
}

/* Money given as {"amount": "24000.50", "currency": "EUR"}: the amount goes
 * to the field; a currency must be the record's, or becomes the record's
 * when it has none yet (`*currency_out`). */
static int money_object(struct response *rs, const char *key, const struct rp_field *f, json_t *v,
			const char *currency, const char **currency_out, struct rp_buf *out)
{
	json_t *amount = json_object_get(v, "amount");
	json_t *cur = json_object_get(v, "currency");
	size_t n = json_object_size(v);

	if (!amount || n != 1u + (cur != NULL) ||
	    (!json_is_string(amount) && !json_is_number(amount))) {
		return expected(rs, key, f, "money");
	}
	if (cur && !json_is_string(cur)) {
		return api_invalid(rs, key, "invalid currency for %s (expected an ISO 4217 code)",
				   key),
		       -1;
	}
	if (cur && currency && strcmp(json_string_value(cur), currency)) {
		return api_invalid(rs, key, "%s is kept in %s, not in %s", key, currency,
				   json_string_value(cur)),
		       -1;
	}
	if (cur && !currency) {
		*currency_out = json_string_value(cur);
	}
	return scalar_text(amount, out) ? 0 : -1;
}

/* Add the value(s) of member `key` for field `f` (NULL: plain text) as
 * input named `name`. */
static int put_value(struct response *rs, const char *key, const struct rp_field *f, bool multi,
		     json_t *v, const char *currency, const char **currency_out, const char *name,
		     struct rp_input *in)
{
	struct rp_buf b;
	size_t i;
	json_t *e;
	int rc = 0;

	rp_buf_init(&b);
	if (json_is_array(v)) {
		if (!multi) {
			rc = expected(rs, key, f, "list");
			goto out;
		}
		if (!json_array_size(v)) {
			rc = rp_input_add(in, name, "");
		}
		json_array_foreach(v, i, e)
		{
			rp_buf_reset(&b);
			if (!scalar_text(e, &b) || json_is_null(e)) {
				rc = expected(rs, key, f, "value in the list");
				goto out;
			}
			rc = rp_input_add(in, name, b.data);
			if (rc) {
				break;
			}
		}
		goto out;
	}
	if (json_is_object(v) && f && f->type == RP_T_MONEY) {
		rc = money_object(rs, key, f, v, currency, currency_out, &b);
	} else if (!scalar_text(v, &b)) {
		rc = expected(rs, key, f, "value");
	}
	if (!rc) {
		rc = rp_input_add(in, name, b.data);
	}
out:
	if (rc > 0 || rc == RP_ENOMEM) {
		response_problem(rs, 500, "internal error", "out of memory", NULL);
		rc = -1;
	}
	rp_buf_release(&b);
	return rc ? -1 : 0;
}

static bool skipped(const char *key, const char *const *skip)
{
	for (; skip && *skip; skip++) {
		if (!strcmp(key, *skip)) {
			return true;
		}
	}
	return false;
}

int api_input(struct response *rs, const struct rp_kind *kind, json_t *body, unsigned forbidden,
	      const char *currency, const char *const *skip, struct rp_input *in)
{
	const char *key, *new_currency = NULL;
	const struct rp_field *cur = rp_kind_field(kind, "currency");
	json_t *v;

	json_object_foreach(body, key, v)
	{
		const struct rp_field *f = rp_kind_field(kind, key);

		if (skipped(key, skip)) {
			continue;
		}
		if (!f) {
			return api_invalid(rs, key, "unknown field '%s' for a record of kind %s",
					   key, kind->name),
			       -1;
		}
		if (f->flags & forbidden & RP_F_NOADD) {
			return api_invalid(rs, key, "%s is set by a verb, not when a %s is added",
					   key, kind->title),
			       -1;
		}
		if (f->flags & forbidden) {
			return api_invalid(rs, key, "%s cannot be changed by an edit", key), -1;
		}
		if (put_value(rs, key, f, f->flags & RP_F_MULTI, v, currency, &new_currency, key,
			      in)) {
			return -1;
		}
	}
	/* {"value": {"amount": .., "currency": "USD"}} on a new engagement */
	if (new_currency && cur && !(cur->flags & forbidden) &&
	    !json_object_get(body, "currency") && rp_input_add(in, "currency", new_currency)) {
		return response_problem(rs, 500, "internal error", "out of memory", NULL), -1;
	}
	if (new_currency && (!cur || (cur->flags & forbidden))) {
		return api_invalid(rs, NULL, "amounts of a %s cannot name their currency here",
				   kind->title),
		       -1;
	}
	return 0;
}

int api_verb_input(struct response *rs, const struct rp_kind *kind, const struct rp_transition *t,
		   json_t *body, struct rp_input *in)
{
	const struct rp_arg *a;
	const char *key, *unused = NULL;
	json_t *v;

	json_object_foreach(body, key, v)
	{
		for (a = t->args; a && a->flag; a++) {
			if ((a->field && !strcmp(a->field, key)) || !strcmp(a->flag, key)) {
				break;
			}
		}
		if (!a || !a->flag) {
			struct rp_buf names;

			rp_buf_init(&names);
			for (a = t->args; a && a->flag; a++) {
				rp_buf_printf(&names, "%s%s", names.len ? ", " : "",
					      a->field ? a->field : a->flag);
			}
			api_invalid(rs, key, "'%s' takes no %s (expected %s)", t->verb, key,
				    names.len ? names.data : "no members");
			rp_buf_release(&names);
			return -1;
		}
		if (put_value(rs, key, a->field ? rp_kind_field(kind, a->field) : NULL,
			      a->flags & RP_F_MULTI, v, NULL, &unused,
			      a->field ? a->field : a->flag, in)) {
			return -1;
		}
	}
	return 0;
}

/* The ETag of a body as response_json writes it. */
static void etag_of_text(const char *text, size_t len, char out[API_ETAG_SIZE])
{
	unsigned char h[16];
	char hex[33];

	crypto_generichash(h, sizeof(h), (const unsigned char *)text, len, NULL, 0);
	sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
	snprintf(out, API_ETAG_SIZE, "\"%s\"", hex);
}

void api_etag(const json_t *rec, char out[API_ETAG_SIZE])
{
	struct response tmp;

	/* the same bytes a GET answers, so that a GET hashes what it sends */
	response_init(&tmp);
	response_json(&tmp, 200, json_incref((json_t *)rec));
	etag_of_text(tmp.body.data, tmp.body.len, out);
	response_release(&tmp);
}

/* Whether a list of entity tags (If-Match, If-None-Match) names `etag`. */
static bool etag_listed(const char *list, const char *etag, bool weak_ok)
{
	size_t n = strlen(etag);
	const char *p = list;

	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',') {
			p++;
		}
		if (*p == '*') {
			return true;
		}
		if (weak_ok && !strncmp(p, "W/", 2)) {
			p += 2;
		}
		if (!strncmp(p, etag, n) && (p[n] == '\0' || p[n] == ',' || p[n] == ' ')) {
			return true;
		}
		while (*p && *p != ',') {
			p++;
		}
	}
	return false;
}

bool api_if_match(struct request *rq, struct response *rs, const char *etag)
{
	const char *want = request_header(rq, MHD_HTTP_HEADER_IF_MATCH);

	if (!want || (etag && etag_listed(want, etag, false))) {
		return true;
	}
	response_problem(rs, 412, "precondition failed",
			 etag ? "the record changed since it was read: read it again (its ETag "
				"is no longer the one in If-Match)"
			      : "the record does not exist yet, so If-Match cannot match",
			 NULL);
	if (etag) {
		response_header(rs, MHD_HTTP_HEADER_ETAG, etag);
	}
	return false;
}

/* Where a record lives in the API. */
static void location_of(const struct rp_record *rec, struct rp_buf *b)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *slug = rp_record_str(rec, "slug");

	rp_buf_puts(b, "/api/v1/");
	if (kind->singleton) {
		rp_buf_puts(b, "engagements/");
		html_url_arg(b, rp_record_parent(rec));
		rp_buf_putc(b, '/');
		api_collection(kind, b);
		return;
	}
	api_collection(kind, b);
	rp_buf_putc(b, '/');
	if (slug) {
		html_url_arg(b, slug);
	} else {
		rp_buf_printf(b, "%lld", (long long)rp_record_id(rec));
	}
}

int api_record(struct request *rq, struct response *rs, unsigned status, struct rp_record *rec)
{
	json_t *obj = rp_record_json(rec);
	char etag[API_ETAG_SIZE];
	const char *inm;
	struct rp_buf loc;

	if (!obj) {
		return response_problem(rs, 500, "internal error", "out of memory", NULL), RP_OK;
	}
	if (response_json(rs, status, obj)) {
		return RP_OK; /* answered 500 */
	}
	etag_of_text(rs->body.data, rs->body.len, etag);
	inm = request_header(rq, MHD_HTTP_HEADER_IF_NONE_MATCH);
	if (status == 200 && !strcmp(rq->method, "GET") && inm && etag_listed(inm, etag, true)) {
		rp_buf_reset(&rs->body);
		rs->status = 304;
		rs->type = NULL;
		return response_header(rs, MHD_HTTP_HEADER_ETAG, etag);
	}
	response_header(rs, MHD_HTTP_HEADER_ETAG, etag);
	if (status == 201) {
		rp_buf_init(&loc);
		location_of(rec, &loc);
		response_header(rs, MHD_HTTP_HEADER_LOCATION, loc.data);
		rp_buf_release(&loc);
	}
	return RP_OK;
}

int api_record_ref(struct request *rq, struct response *rs, unsigned status,
		   const struct rp_kind *kind, const char *ref)
{
	struct rp_record *rec = NULL;
	int rc = rp_record_get(rq->db, kind, ref, &rec);

	if (rc) {
		return api_fail(rq, rs, rc, NULL);
	}
	rc = api_record(rq, rs, status, rec);
	rp_record_free(rec);
	return rc;
}

int api_page_parse(struct request *rq, struct response *rs, struct api_page *page)
{
	const char *limit = request_query(rq, "limit");
	char *end;
	unsigned long n;

	page->limit = API_LIMIT_DEFAULT;
	page->cursor = request_query(rq, "cursor");
	if (limit) {
		n = strtoul(limit, &end, 10);
		if (!*limit || *end || limit[0] == '-' || limit[0] == '+' || n < 1 ||
		    n > API_LIMIT_MAX) {
			return api_invalid(rs, "limit",
					   "invalid limit '%s' (expected a whole number from 1 "
					   "to %d)",
					   limit, API_LIMIT_MAX),
			       -1;
		}
		page->limit = n;
	}
	if (page->cursor && !*page->cursor) {
		page->cursor = NULL;
	}
	return 0;
}

int64_t api_cursor_number(struct response *rs, const struct api_page *page)
{
	const char *p;
	long long n;

	if (!page->cursor) {
		return 0;
	}
	for (p = page->cursor; *p; p++) {
		if (*p < '0' || *p > '9' || p - page->cursor > 17) {
			api_invalid(rs, "cursor",
				    "invalid cursor '%s' (expected the cursor of a 'next' link)",
				    page->cursor);
			return -1;
		}
	}
	n = atoll(page->cursor);
	return n;
}

static enum MHD_Result copy_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *value)
{
	struct rp_buf *b = cls;

	(void)kind;
	if (!strcmp(key, "cursor")) {
		return MHD_YES;
	}
	rp_buf_putc(b, b->len && strchr(b->data, '?') ? '&' : '?');
	html_url_arg(b, key);
	if (value) {
		rp_buf_putc(b, '=');
		html_url_arg(b, value);
	}
	return MHD_YES;
}

int api_page_answer(struct request *rq, struct response *rs, json_t *items, const char *next_cursor)
{
	json_t *obj = json_object();
	struct rp_buf next, link;

	rp_buf_init(&next);
	rp_buf_init(&link);
	if (next_cursor) {
		rp_buf_puts(&next, rq->path);
		MHD_get_connection_values(rq->conn, MHD_GET_ARGUMENT_KIND, copy_arg, &next);
		rp_buf_putc(&next, strchr(next.data, '?') ? '&' : '?');
		rp_buf_puts(&next, "cursor=");
		html_url_arg(&next, next_cursor);
		rp_buf_printf(&link, "<%s>; rel=\"next\"", next.data);
	}
	if (obj) {
		json_object_set_new(obj, "items", items ? items : json_array());
		json_object_set_new(obj, "next",
				    next_cursor ? json_string(next.data) : json_null());
	} else {
		json_decref(items);
	}
	response_json(rs, 200, obj);
	if (next_cursor) {
		response_header(rs, "Link", link.data);
	}
	rp_buf_release(&next);
	rp_buf_release(&link);
	return RP_OK;
}
