/*
 * portal-report.c — GET /portal/reports/{id}: a report exactly as we sent
 * it, ready to print.
 *
 * An HTML report is a standalone page with its own inline <style>: it is
 * served as stored under a policy of its own that allows inline styles and
 * nothing else (no script, no form, no frame, nothing fetched).  A report
 * sent as text, Markdown or JSON is shown in the portal's frame, verbatim.
 */
#include <string.h>

#include "portal.h"

#define REPORT_CSP                                                                                 \
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "       \
	"frame-ancestors 'none'; base-uri 'none'"

int portal_report_get(struct request *rq, struct response *rs)
{
	struct rp_record *r = NULL;
	const char *body;
	int rc = portal_record(rq, "report", rq->params[0], &r);

	if (rc) {
		rc = page_error(rq, rs, http_status_of(rc),
				rc == RP_ENOTFOUND ? "There is no such report."
						   : "The report could not be shown.");
		goto out;
	}
	body = rp_record_str(r, "body");
	if (portal_is(r, "format", "html")) {
		rp_buf_reset(&rs->body);
		rc = rp_buf_puts(&rs->body, body ? body : "");
		if (!rc) {
			rc = response_header(rs, "Content-Security-Policy", REPORT_CSP);
		}
		rs->status = 200;
		rs->type = "text/html; charset=utf-8";
		goto out;
	}
	page_begin(rq, rs, "Report");
	rp_buf_puts(&rs->body, "<p class=\"crumbs\"><a href=\"/portal/engagements/");
	html_url_arg(&rs->body, rp_record_parent(r));
	rp_buf_puts(&rs->body, "\">Back to the engagement</a></p>\n<pre class=\"portal-report\">");
	html_txt(&rs->body, body);
	rp_buf_puts(&rs->body, "</pre>\n");
	rc = page_end(rq, rs);
out:
	rp_record_free(r);
	return rc;
}
