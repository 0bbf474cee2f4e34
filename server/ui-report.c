/*
 * ui-report.c — an engagement's reports: the list of those sent and the
 * forms to send one (GET /engagements/SLUG/reports), the progress or
 * close-out report as of today, printable (GET .../reports/KIND), sending
 * it (POST .../reports/KIND) and a report exactly as it was sent
 * (GET .../reports/sent/ID).
 *
 * A report's HTML is the library's standalone page with its own inline
 * <style>: it is served with a Content-Security-Policy that allows that
 * style and nothing else (no script, no form, no frame), replacing the
 * default one of serve.c for that response only.
 */
#include <stdio.h>
#include <string.h>

#include "ui-kit.h"

#define REPORT_CSP                                                                                 \
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "       \
	"frame-ancestors 'none'; base-uri 'none'"

static int kind_of(const char *name, enum rp_report_kind *out)
{
	if (!strcmp(name, "progress")) {
		*out = RP_REPORT_PROGRESS;
	} else if (!strcmp(name, "closeout")) {
		*out = RP_REPORT_CLOSEOUT;
	} else {
		return RP_ENOTFOUND;
	}
	return RP_OK;
}

static const char *contact_name(const struct rp_record_list *contacts, int64_t id)
{
	size_t i;

	for (i = 0; i < contacts->count; i++) {
		if (rp_record_id(contacts->items[i]) == id) {
			return rp_record_str(contacts->items[i], "name");
		}
	}
	return NULL;
}

static void send_form(struct request *rq, struct rp_buf *b, const char *slug, const char *kind,
		      const char *title, const char *about, const struct rp_record_list *contacts)
{
	size_t i;

	html_printf(b, "<div class=\"report-card\"><h2>%s</h2><p class=\"muted\">%s</p>\n", title,
		    about);
	rp_buf_puts(b, "<p><a class=\"button secondary\" href=\"/engagements/");
	html_url_arg(b, slug);
	html_printf(b, "/reports/%s\">Preview and print</a></p>\n", kind);
	rp_buf_puts(b, "<form method=\"post\" action=\"/engagements/");
	html_url_arg(b, slug);
	html_printf(b, "/reports/%s\" class=\"inline-form\">", kind);
	page_csrf_field(rq, b);
	rp_buf_puts(b, "<label>To <select name=\"to\"><option value=\"\">—</option>");
	for (i = 0; i < contacts->count; i++) {
		html_printf(b, "<option value=\"%lld\">%s</option>",
			    (long long)rp_record_id(contacts->items[i]),
			    rp_record_str(contacts->items[i], "name"));
	}
	rp_buf_puts(b, "</select></label><label>As <select name=\"format\">"
		       "<option value=\"html\">HTML</option><option value=\"text\">text</option>"
		       "<option value=\"md\">Markdown</option></select></label>"
		       "<button type=\"submit\">Send</button></form>\n</div>\n");
}

static int reports_page(struct request *rq, struct response *rs, const struct ui_failure *fail)
{
	const struct rp_kind *rk = rp_kind_find("report");
	struct rp_record_list sent = {NULL, 0}, contacts = {NULL, 0};
	struct rp_record *eng = NULL;
	struct rp_buf *b = &rs->body;
	const char *slug;
	size_t i;
	int rc;

	rc = rp_record_get(rq->db, rp_kind_find("engagement"), rq->params[0], &eng);
	if (rc == RP_ENOTFOUND) {
		return ui_not_found(rq, rs, "such engagement");
	}
	if (!rc) {
		rc = rp_record_list_brief(rq->db, rk, rp_record_str(eng, "slug"), NULL, &sent);
	}
	if (rc) {
		rp_record_free(eng);
		return ui_error_page(rq, rs, rc);
	}
	slug = rp_record_str(eng, "slug");
	rp_record_list(rq->db, rp_kind_find("contact"), rp_record_parent(eng), NULL, &contacts);
	page_begin(rq, rs, "Reports");
	page_flash(rq, rs, &rs->body);
	ui_crumbs(b, slug, rp_record_str(eng, "title"));
	rp_buf_puts(b, "<header class=\"page-head\"><div><h1>Reports</h1>"
		       "<p class=\"sub\">Sending a report keeps it as sent and logs it as an "
		       "interaction we initiated.</p></div></header>\n");
	if (fail) {
		ui_failure_banner(b, fail);
	}
	rp_buf_puts(b, "<section class=\"card report-cards\">\n");
	send_form(rq, b, slug, "progress", "Progress report",
		  "One page since the last report: what was done, the action items, what each "
		  "side waits for, the schedule, scope changes and invoices.",
		  &contacts);
	send_form(rq, b, slug, "closeout", "Close-out report",
		  "Required against delivered, the timeline, the budget, every change, the close "
		  "checklist and the lessons learned.",
		  &contacts);
	rp_buf_puts(b, "</section>\n<section class=\"card\"><div "
		       "class=\"card-head\"><h2>Sent</h2></div>\n");
	if (!sent.count) {
		rp_buf_puts(b, "<p class=\"empty\">No report sent yet.</p>\n");
	} else {
		rp_buf_puts(b,
			    "<div class=\"table-wrap\"><table>\n<thead><tr><th class=\"num\">#</th>"
			    "<th>Report</th><th>Period</th><th>Sent</th><th>To</th><th>Format</th>"
			    "</tr></thead>\n<tbody>\n");
	}
	for (i = sent.count; i-- > 0;) {
		const struct rp_record *r = sent.items[i];
		const char *to = rp_record_is_null(r, "to_contact")
					 ? NULL
					 : contact_name(&contacts, rp_record_int(r, "to_contact"));

		html_printf(b,
			    "<tr><td class=\"num muted\">%lld</td><td class=\"main\"><a "
			    "href=\"/engagements/",
			    (long long)rp_record_id(r));
		html_url_arg(b, slug);
		html_printf(b, "/reports/sent/%lld\">%s</a></td><td>%s – %s</td><td>",
			    (long long)rp_record_id(r),
			    !strcmp(rp_record_str(r, "kind"), "progress") ? "Progress report"
									  : "Close-out report",
			    rp_record_str(r, "period_from"), rp_record_str(r, "period_to"));
		ui_value(b, r, rp_kind_field(rk, "sent_at"));
		html_printf(b, "</td><td>%s</td><td>%s</td></tr>\n", to ? to : "—",
			    rp_record_str(r, "format"));
	}
	if (sent.count) {
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	rp_buf_puts(b, "</section>\n");
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
	rp_record_list_release(&contacts);
	rp_record_list_release(&sent);
	rp_record_free(eng);
	return RP_OK;
}

int ui_reports(struct request *rq, struct response *rs)
{
	return reports_page(rq, rs, NULL);
}

/* A report's rendering as the whole response, under the report's CSP. */
static int serve_rendering(struct response *rs, const char *format, const char *body, size_t len)
{
	rp_buf_reset(&rs->body);
	rs->status = 200;
	if (!strcmp(format, "html")) {
		rs->type = "text/html; charset=utf-8";
		response_header(rs, "Content-Security-Policy", REPORT_CSP);
	} else if (!strcmp(format, "json")) {
		rs->type = "application/json";
	} else {
		rs->type = "text/plain; charset=utf-8";
	}
	return rp_buf_add(&rs->body, body, len);
}

int ui_report_view(struct request *rq, struct response *rs)
{
	enum rp_report_kind kind;
	json_t *model = NULL;
	struct rp_buf out;
	int rc;

	if (kind_of(rq->params[1], &kind)) {
		return ui_not_found(rq, rs, "such report");
	}
	rc = rp_report_build(rq->db, rq->params[0], kind, NULL, &model);
	if (rc) {
		return ui_fail_page(rq, rs, rc, "such engagement");
	}
	rp_buf_init(&out);
	rc = rp_report_render(model, RP_FORMAT_HTML, &out);
	json_decref(model);
	if (!rc) {
		rc = serve_rendering(rs, "html", out.data, out.len);
	} else {
		rc = page_error(rq, rs, 500, "the report cannot be rendered");
	}
	rp_buf_release(&out);
	return rc;
}

int ui_report_send(struct request *rq, struct response *rs)
{
	const char *to = request_form(rq, "to");
	const char *format = request_form(rq, "format");
	enum rp_report_format fmt;
	enum rp_report_kind kind;
	struct ui_failure fail;
	struct rp_buf loc, msg;
	int64_t id = 0;
	int rc;

	if (kind_of(rq->params[1], &kind)) {
		return ui_not_found(rq, rs, "such report");
	}
	/* the form always says the format: a post without one is no send */
	if (!format || rp_report_format_parse(format, &fmt)) {
		fail = (struct ui_failure){.status = 422,
					   .message = "invalid format (expected html, text or md)"};
		return reports_page(rq, rs, &fail);
	}
	rc = rp_report_send(rq->db, rq->params[0], kind, to && *to ? to : NULL, fmt, &id);
	if (rc == RP_ENOTFOUND && !strstr(rp_db_errmsg(rq->db), "contact")) {
		return ui_not_found(rq, rs, "such engagement");
	}
	if (rc) {
		ui_failure_of(&fail, rq, rc, rp_kind_find("report"), 0, NULL);
		rc = reports_page(rq, rs, &fail);
		ui_failure_release(&fail);
		return rc;
	}
	rp_buf_init(&loc);
	rp_buf_init(&msg);
	rp_buf_puts(&loc, "/engagements/");
	html_url_arg(&loc, rq->params[0]);
	rp_buf_puts(&loc, "/reports");
	rp_buf_printf(&msg, "%s report sent (report %lld); it is logged as an interaction",
		      kind == RP_REPORT_PROGRESS ? "Progress" : "Close-out", (long long)id);
	rc = page_redirect(rq, rs, loc.data, msg.data);
	rp_buf_release(&loc);
	rp_buf_release(&msg);
	return rc;
}

int ui_report_sent(struct request *rq, struct response *rs)
{
	struct rp_record *r = NULL;
	const char *body;
	int rc;

	rc = rp_record_get(rq->db, rp_kind_find("report"), rq->params[1], &r);
	if (rc == RP_ENOTFOUND || (!rc && strcmp(rp_record_parent(r), rq->params[0]))) {
		rp_record_free(r);
		return ui_not_found(rq, rs, "such report");
	}
	if (rc) {
		return ui_error_page(rq, rs, rc);
	}
	body = rp_record_str(r, "body");
	rc = serve_rendering(rs, rp_record_str(r, "format"), body, strlen(body));
	rp_record_free(r);
	return rc;
}
