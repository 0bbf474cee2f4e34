/*
 * request.c — reading a request: headers, query arguments, cookies, the
 * urlencoded form body and the JSON body.
 *
 * Everything returned is borrowed from libmicrohttpd or from the request and
 * lives as long as the request.  Form bodies are decoded once, with a limit
 * on the number of fields.
 */
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

const char *request_header(struct request *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, name);
}

const char *request_query(struct request *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *request_cookie(struct request *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->conn, MHD_COOKIE_KIND, name);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

/* Decode s[0..len) ('+' is a space, %XX a byte) into a new string. */
static char *url_decode(const char *s, size_t len)
{
	char *out = malloc(len + 1), *o = out;
	size_t i;

	if (!out) {
		return NULL;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '+') {
			*o++ = ' ';
		} else if (s[i] == '%' && i + 2 < len && hexval(s[i + 1]) >= 0 &&
			   hexval(s[i + 2]) >= 0) {
			*o++ = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else if (s[i] == '%') {
			free(out);
			return NULL;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	if (strlen(out) != (size_t)(o - out)) {
		/* a NUL byte inside a value is never meant */
		free(out);
		return NULL;
	}
	return out;
}

void form_release(struct form *form)
{
	size_t i;

	for (i = 0; i < form->count; i++) {
		free(form->fields[i].name);
		free(form->fields[i].value);
	}
	form->count = 0;
}

int form_parse(const char *s, size_t len, struct form *form)
{
	const char *end = s + len;

	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		const char *pair_end = amp ? amp : end;
		const char *eq = memchr(s, '=', (size_t)(pair_end - s));
		struct form_field *f;

		if (pair_end == s) {
			s = pair_end + 1;
			continue;
		}
		if (form->count == FORM_MAX_FIELDS) {
			return RP_EINVAL;
		}
		f = &form->fields[form->count];
		f->name = url_decode(s, (size_t)((eq ? eq : pair_end) - s));
		f->value = eq ? url_decode(eq + 1, (size_t)(pair_end - eq - 1)) : strdup("");
		if (!f->name || !f->value) {
			free(f->name);
			free(f->value);
			return RP_EINVAL;
		}
		form->count++;
		s = pair_end + 1;
	}
	return RP_OK;
}

int request_parse_form(struct request *rq)
{
	const char *type = request_header(rq, MHD_HTTP_HEADER_CONTENT_TYPE);
	int rc;

	if (rq->form_parsed) {
		return RP_OK;
	}
	rq->form_parsed = true;
	if (type && strncmp(type, "application/x-www-form-urlencoded", 33)) {
		return RP_EINVAL;
	}
	rq->form = calloc(1, sizeof(*rq->form));
	if (!rq->form) {
		return RP_ENOMEM;
	}
	rc = form_parse(rq->body.data, rq->body.len, rq->form);
	if (rc) {
		form_release(rq->form);
	}
	return rc;
}

const char *request_form(struct request *rq, const char *name)
{
	size_t i;

	if (request_parse_form(rq) || !rq->form) {
		return NULL;
	}
	for (i = rq->form->count; i-- > 0;) {
		if (!strcmp(rq->form->fields[i].name, name)) {
			return rq->form->fields[i].value;
		}
	}
	return NULL;
}

json_t *request_json(struct request *rq, char *err, size_t errlen)
{
	json_error_t e;
	json_t *v;

	if (!rq->body.len) {
		snprintf(err, errlen, "the request has no body (expected a JSON object)");
		return NULL;
	}
	v = json_loadb(rq->body.data, rq->body.len, JSON_REJECT_DUPLICATES, &e);
	if (!v) {
		snprintf(err, errlen, "invalid JSON at line %d, column %d: %s", e.line, e.column,
			 e.text);
		return NULL;
	}
	if (!json_is_object(v)) {
		json_decref(v);
		snprintf(err, errlen, "the body is not a JSON object");
		return NULL;
	}
	return v;
}
