/*
 * response.c — building a response: headers, JSON bodies, RFC 9457 problem
 * details, redirects, and the one mapping of library statuses to HTTP.
 *
 * A response owns its body and header copies until serve.c hands them to
 * libmicrohttpd; a status of 0 means "not answered yet".
 */
#include <stdlib.h>
#include <string.h>

#include "server.h"

void response_init(struct response *rs)
{
	memset(rs, 0, sizeof(*rs));
	rp_buf_init(&rs->body);
}

void response_release(struct response *rs)
{
	size_t i;

	for (i = 0; i < rs->nheaders; i++) {
		free(rs->headers[i].name);
		free(rs->headers[i].value);
	}
	rs->nheaders = 0;
	rp_buf_release(&rs->body);
}

int response_header(struct response *rs, const char *name, const char *value)
{
	struct header *h;

	if (rs->nheaders == RESPONSE_MAX_HEADERS) {
		return RP_EINVAL;
	}
	h = &rs->headers[rs->nheaders];
	h->name = strdup(name);
	h->value = strdup(value);
	if (!h->name || !h->value) {
		free(h->name);
		free(h->value);
		return RP_ENOMEM;
	}
	rs->nheaders++;
	return RP_OK;
}

static int dump_cb(const char *buffer, size_t size, void *data)
{
	return rp_buf_add(data, buffer, size) ? -1 : 0;
}

int response_json(struct response *rs, unsigned status, json_t *value)
{
	int rc = RP_ENOMEM;

	rp_buf_reset(&rs->body);
	if (value &&
	    !json_dump_callback(value, dump_cb, &rs->body, JSON_COMPACT | JSON_PRESERVE_ORDER) &&
	    !rp_buf_putc(&rs->body, '\n')) {
		rc = RP_OK;
	}
	json_decref(value);
	if (rc) {
		rp_buf_reset(&rs->body);
		rs->status = 500;
		rs->type = "text/plain; charset=utf-8";
		rp_buf_puts(&rs->body, "out of memory\n");
		return rc;
	}
	rs->status = status;
	rs->type = "application/json";
	return RP_OK;
}

int response_problem(struct response *rs, unsigned status, const char *title, const char *detail,
		     const char *field)
{
	json_t *p = json_pack("{s:s, s:s, s:i}", "type", "about:blank", "title", title, "status",
			      (int)status);
	int rc;

	if (p && detail) {
		json_object_set_new(p, "detail", json_string(detail));
	}
	if (p && field) {
		json_object_set_new(p, "field", json_string(field));
	}
	rc = response_json(rs, status, p);
	if (!rc) {
		rs->type = "application/problem+json";
	}
	return rc;
}

unsigned http_status_of(int status)
{
	switch (status) {
	case RP_OK:
		return 200;
	case RP_EINVAL:
		return 422;
	case RP_ENOTFOUND:
		return 404;
	case RP_ESTATE:
	case RP_ECONFLICT:
	case RP_EGATE:
		return 409;
	case RP_EAUTH:
		return 401;
	case RP_ENOTIMPL:
		return 501;
	case RP_ENOWORKSPACE:
	case RP_ESTORE:
		return 503;
	default:
		return 500;
	}
}

int response_status(struct response *rs, struct request *rq, int status)
{
	unsigned http = http_status_of(status);

	return response_problem(rs, http, rp_status_name(status), rp_db_errmsg(rq->db),
				rp_db_errfield(rq->db));
}

int response_redirect(struct response *rs, const char *location)
{
	rp_buf_reset(&rs->body);
	rs->status = 303;
	rs->type = "text/plain; charset=utf-8";
	rp_buf_puts(&rs->body, "see other\n");
	return response_header(rs, "Location", location);
}

int response_text(struct response *rs, unsigned status, const char *text)
{
	rp_buf_reset(&rs->body);
	rs->status = status;
	rs->type = "text/plain; charset=utf-8";
	return rp_buf_puts(&rs->body, text);
}
