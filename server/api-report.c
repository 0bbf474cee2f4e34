/*
 * api-report.c — the progress and close-out reports through the API:
 * rendered as of today in any format (GET), or sent (POST), which keeps the
 * rendering as a report record and logs the sending, in one transaction.
 * The reports sent are the engagement's "reports" collection
 * (api-record.c); one report with its body is /api/v1/reports/{id}.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"

/* A rendered HTML report carries its own style sheet inline. */
#define REPORT_CSP                                                                                 \
	"default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "        \
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

static const char *const content_types[] = {
	[RP_FORMAT_TEXT] = "text/plain; charset=utf-8",
	[RP_FORMAT_MD] = "text/markdown; charset=utf-8",
	[RP_FORMAT_HTML] = "text/html; charset=utf-8",
	[RP_FORMAT_JSON] = "application/json",
};

/* A failure of building or sending: the contact is "to" here. */
static int report_fail(struct request *rq, struct response *rs, int rc)
{
	const char *field = rp_db_errfield(rq->db);

	if (field && !strcmp(field, "to_contact")) {
		field = "to";
	}
	return response_problem(rs, http_status_of(rc), rp_status_name(rc), rp_db_errmsg(rq->db),
				field);
}

/* The report kind of {report}, or -1 after a 404. */
static int report_kind(struct response *rs, const char *name, enum rp_report_kind *out)
{
	if (!strcmp(name, "progress")) {
		*out = RP_REPORT_PROGRESS;
	} else if (!strcmp(name, "closeout")) {
		*out = RP_REPORT_CLOSEOUT;
	} else {
		response_problem(rs, 404, "not found", "the reports are 'progress' and 'closeout'",
				 NULL);
		return -1;
	}
	return 0;
}

/* The format named `name` (NULL: `def`), or -1 after a 422. */
static int report_format(struct response *rs, const char *name, enum rp_report_format def,
			 enum rp_report_format *out)
{
	*out = def;
	if (name && rp_report_format_parse(name, out)) {
		api_invalid(rs, "format", "invalid format '%s' (expected text, md, html or json)",
			    name);
		return -1;
	}
	return 0;
}

int api_report_render(struct request *rq, struct response *rs)
{
	enum rp_report_kind kind;
	enum rp_report_format fmt;
	json_t *model = NULL;
	int rc;

	if (report_kind(rs, rq->params[1], &kind) ||
	    report_format(rs, request_query(rq, "format"), RP_FORMAT_JSON, &fmt)) {
		return RP_OK;
	}
	rc = rp_report_build(rq->db, rq->params[0], kind, request_query(rq, "to"), &model);
	if (rc) {
		return report_fail(rq, rs, rc);
	}
	if (fmt == RP_FORMAT_JSON) {
		return response_json(rs, 200, model);
	}
	rc = rp_report_render(model, fmt, &rs->body);
	json_decref(model);
	if (rc) {
		rp_buf_reset(&rs->body);
		return response_problem(rs, http_status_of(rc), rp_status_name(rc),
					"the report cannot be rendered in this format", "format");
	}
	rs->status = 200;
	rs->type = content_types[fmt];
	if (fmt == RP_FORMAT_HTML) {
		response_header(rs, "Content-Security-Policy", REPORT_CSP);
	}
	return RP_OK;
}

int api_report_send(struct request *rq, struct response *rs)
{
	json_t *body = api_body(rq, rs, true), *format, *to;
	enum rp_report_kind kind;
	enum rp_report_format fmt;
	const char *key;
	json_t *v;
	char ref[24];
	int64_t id = 0;
	int rc = RP_OK;

	if (!body || report_kind(rs, rq->params[1], &kind)) {
		goto out;
	}
	json_object_foreach(body, key, v)
	{
		if (strcmp(key, "format") && strcmp(key, "to")) {
			api_invalid(rs, key, "a report is sent with only 'format' and 'to'");
			goto out;
		}
		if (!json_is_string(v) && !(json_is_integer(v) && !strcmp(key, "to"))) {
			api_invalid(rs, key, "invalid %s (expected %s)", key,
				    strcmp(key, "to") ? "text, md, html or json"
						      : "a contact's number or e-mail address");
			goto out;
		}
	}
	format = json_object_get(body, "format");
	to = json_object_get(body, "to");
	if (report_format(rs, json_string_value(format), RP_FORMAT_HTML, &fmt)) {
		goto out;
	}
	snprintf(ref, sizeof(ref), "%lld", (long long)json_integer_value(to));
	rc = rp_report_send(rq->db, rq->params[0], kind,
			    json_is_integer(to) ? ref : json_string_value(to), fmt, &id);
	if (rc) {
		rc = report_fail(rq, rs, rc);
		goto out;
	}
	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	rc = api_record_ref(rq, rs, 201, rp_kind_find("report"), ref);
out:
	json_decref(body);
	return rc;
}
