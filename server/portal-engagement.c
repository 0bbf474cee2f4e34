/*
 * portal-engagement.c — GET /portal/engagements/{slug}: one engagement as the
 * client sees it, and the same page shown again, with the message and the
 * values sent, when one of its forms was refused.
 *
 * Client-facing, and nothing else: the engagement's title, state, baseline
 * and forecast dates, objectives and success definition (agreed with them);
 * what we wait for from them (the progress report's "missing" rows that
 * are theirs, and their own open action items); the deliverables with due
 * date, state and sign-off (not estimates or assumptions: our costing);
 * the reports we sent them; their requests, what and when we answered.  Never
 * the value, health, checks, fit notes, risks, clauses or internal notes.
 */
#include <string.h>

#include "portal.h"

static void head(struct rp_buf *b, const struct rp_record *eng)
{
	html_printf(b, "<h1>%s</h1>\n<p class=\"portal-meta\">", rp_record_str(eng, "title"));
	portal_badge(b, "engagement", rp_record_str(eng, "state"));
	portal_labelled(b, eng, "baseline_start", " <span>Started ", "</span>");
	portal_labelled(b, eng, "baseline_end", " <span>Planned end ", "</span>");
	portal_labelled(b, eng, "forecast_end", " <span>Expected end ", "</span>");
	rp_buf_puts(b, "</p>\n");
}

static void agreed(struct rp_buf *b, const struct rp_record *eng)
{
	if (rp_record_is_null(eng, "objectives") && rp_record_is_null(eng, "success")) {
		return;
	}
	rp_buf_puts(b, "<section class=\"card portal-card\">\n<h2>What we agreed</h2>\n<dl "
		       "class=\"portal-dl\">");
	portal_labelled(b, eng, "objectives", "<dt>Objectives</dt><dd>", "</dd>");
	portal_labelled(b, eng, "success", "<dt>What success looks like</dt><dd>", "</dd>");
	rp_buf_puts(b, "</dl>\n</section>\n");
}

static void waiting_row(struct rp_buf *b, const char *what, const char *from, const char *since)
{
	html_printf(b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", what, from ? from : "",
		    since ? since : "");
}

/* What we wait for from them: the rows of the progress report's "missing"
 * section that are not ours, and their own open action items that wait on
 * nothing in particular (those that do are in the report's rows already). */
static int waiting(struct request *rq, struct rp_buf *b, const struct rp_record *eng)
{
	const char *slug = rp_record_str(eng, "slug");
	struct rp_record_list acts = {NULL, 0};
	json_t *model = NULL, *sec, *row;
	const char *us, *them;
	struct rp_buf rows;
	size_t i, k;
	int rc;

	rp_buf_init(&rows);
	rc = rp_report_build(rq->db, slug, RP_REPORT_PROGRESS, NULL, &model);
	if (!rc) {
		rc = rp_record_list(rq->db, rp_kind_find("action"), slug, "open", &acts);
	}
	if (rc) {
		goto out;
	}
	us = json_string_value(json_object_get(model, "workspace"));
	them = json_string_value(
		json_object_get(json_object_get(model, "engagement"), "client_name"));
	json_array_foreach(json_object_get(model, "sections"), i, sec)
	{
		const char *id = json_string_value(json_object_get(sec, "id"));

		if (!id || strcmp(id, "missing")) {
			continue;
		}
		json_array_foreach(json_object_get(sec, "rows"), k, row)
		{
			const char *from = json_string_value(json_object_get(row, "from"));

			if (from && us && !strcmp(from, us)) {
				continue;
			}
			waiting_row(&rows, json_string_value(json_object_get(row, "what")), from,
				    json_string_value(json_object_get(row, "since")));
		}
	}
	for (i = 0; i < acts.count; i++) {
		const struct rp_record *a = acts.items[i];

		if (!portal_is(a, "owner", "client") || !rp_record_is_null(a, "waiting_on")) {
			continue;
		}
		html_printf(&rows, "<tr><td>%s", rp_record_str(a, "title"));
		portal_labelled(&rows, a, "due", " <span class=\"muted\">(by ", ")</span>");
		html_printf(&rows, "</td><td>%s</td><td>", them ? them : "");
		portal_value(&rows, a, "created_on");
		rp_buf_puts(&rows, "</td></tr>\n");
	}
	rp_buf_puts(b, "<section id=\"waiting\">\n<h2>What we are waiting for from you</h2>\n");
	if (!rows.len) {
		rp_buf_puts(b, "<p class=\"muted\">Nothing: we have all we need from you.</p>\n");
	} else {
		rp_buf_puts(b, "<div class=\"table-wrap\"><table>\n<thead><tr><th>What</th>"
			       "<th>From</th><th>Since</th></tr></thead>\n<tbody>\n");
		rp_buf_add(b, rows.data, rows.len);
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	rp_buf_puts(b, "</section>\n");
out:
	json_decref(model);
	rp_record_list_release(&acts);
	rp_buf_release(&rows);
	return rc;
}

static int deliverables(struct request *rq, struct rp_buf *b, const char *slug,
			const struct rp_record_list *contacts)
{
	struct rp_record_list list = {NULL, 0};
	size_t i;
	int rc = rp_record_list(rq->db, rp_kind_find("deliverable"), slug, NULL, &list);

	if (rc || !list.count) {
		goto out;
	}
	rp_buf_puts(b, "<section id=\"deliverables\">\n<h2>Deliverables</h2>\n<div "
		       "class=\"table-wrap\"><table>\n"
		       "<thead><tr><th>Deliverable</th><th>Due</th><th>State</th>"
		       "<th>Signed off</th><th>Comment</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < list.count; i++) {
		const struct rp_record *d = list.items[i];
		const char *by = portal_contact_name(contacts, rp_record_int(d, "signed_off_by"));

		html_printf(b, "<tr><td>%s</td><td class=\"portal-date\">",
			    rp_record_str(d, "title"));
		portal_value(b, d, "due");
		rp_buf_puts(b, "</td><td>");
		portal_badge(b, "deliverable", rp_record_str(d, "state"));
		rp_buf_puts(b, "</td><td>");
		if (portal_value(b, d, "signed_off_on") && by) {
			html_printf(b, " by %s", by);
		}
		rp_buf_puts(b, "</td><td>");
		portal_value(b, d, "signoff_comment");
		rp_buf_puts(b, "</td></tr>\n");
	}
	rp_buf_puts(b, "</tbody></table></div>\n</section>\n");
out:
	rp_record_list_release(&list);
	return rc;
}

static int reports(struct request *rq, struct rp_buf *b, const char *slug)
{
	struct rp_record_list list = {NULL, 0};
	size_t i;
	int rc = rp_record_list_brief(rq->db, rp_kind_find("report"), slug, NULL, &list);

	if (rc) {
		goto out;
	}
	rp_buf_puts(b, "<section id=\"reports\">\n<h2>Reports</h2>\n");
	if (!list.count) {
		rp_buf_puts(b,
			    "<p class=\"muted\">We have not sent a report yet.</p>\n</section>\n");
		goto out;
	}
	rp_buf_puts(b, "<div class=\"table-wrap\"><table>\n<thead><tr><th>Report</th>"
		       "<th>Period</th><th>Sent</th></tr></thead>\n<tbody>\n");
	/* Newest first: the latest report is the one they look for. */
	for (i = list.count; i-- > 0;) {
		const struct rp_record *r = list.items[i];

		html_printf(b, "<tr><td><a href=\"/portal/reports/%lld\">",
			    (long long)rp_record_id(r));
		portal_badge(b, "report", rp_record_str(r, "kind"));
		rp_buf_puts(b, "</a></td><td>");
		portal_period(b, r, "period_from", "period_to");
		rp_buf_puts(b, "</td><td>");
		portal_value(b, r, "sent_at");
		rp_buf_puts(b, "</td></tr>\n");
	}
	rp_buf_puts(b, "</tbody></table></div>\n</section>\n");
out:
	rp_record_list_release(&list);
	return rc;
}

static bool engagement_open(const struct rp_record *eng)
{
	return !portal_is(eng, "state", "closed") && !portal_is(eng, "state", "terminated");
}

static int requests(struct request *rq, struct rp_buf *b, const struct rp_record *eng,
		    const struct portal_retry *retry)
{
	const char *slug = rp_record_str(eng, "slug");
	struct rp_record_list list = {NULL, 0};
	size_t i;
	int rc = rp_record_list(rq->db, rp_kind_find("request"), slug, NULL, &list);

	if (rc) {
		goto out;
	}
	rp_buf_puts(b, "<section id=\"requests\">\n<h2>Your requests</h2>\n");
	if (list.count) {
		rp_buf_puts(b, "<div class=\"table-wrap\"><table>\n<thead><tr><th>Request</th>"
			       "<th>Received</th><th>State</th><th>Answered</th></tr></thead>\n"
			       "<tbody>\n");
	} else {
		rp_buf_puts(b, "<p class=\"muted\">You have not sent us a request here yet.</p>\n");
	}
	for (i = list.count; i-- > 0;) {
		const struct rp_record *r = list.items[i];

		html_printf(b, "<tr><td>%s", rp_record_str(r, "text"));
		/* our answer under their question, where they read it */
		portal_labelled(b, r, "answer",
				"<p class=\"portal-answer\"><span>Our answer</span> ", "</p>");
		rp_buf_puts(b, "</td><td class=\"portal-date\">");
		portal_value(b, r, "received_at");
		rp_buf_puts(b, "</td><td>");
		portal_badge(b, "client_request", rp_record_str(r, "state"));
		rp_buf_puts(b, "</td><td>");
		portal_value(b, r, "answered_at");
		rp_buf_puts(b, "</td></tr>\n");
	}
	if (list.count) {
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	if (engagement_open(eng)) {
		const char *text = portal_form_value(rq, retry, "request", "text", NULL);

		rp_buf_puts(b, "<form class=\"card portal-form\" method=\"post\" "
			       "action=\"/portal/engagements/");
		html_url_arg(b, slug);
		rp_buf_puts(b, "/requests\">\n");
		page_csrf_field(rq, b);
		html_printf(b,
			    "<label>Ask us something or request a change"
			    "<textarea name=\"text\" required maxlength=\"4000\">%s</textarea>"
			    "</label>\n<button type=\"submit\">Send request</button>\n</form>\n",
			    text ? text : "");
	}
	rp_buf_puts(b, "</section>\n");
out:
	rp_record_list_release(&list);
	return rc;
}

int portal_engagement_page(struct request *rq, struct response *rs, const char *slug,
			   const struct portal_retry *retry)
{
	struct rp_record *eng = NULL;
	struct rp_record_list contacts = {NULL, 0};
	struct rp_buf *b = &rs->body;
	int rc = portal_engagement(rq, slug, &eng);

	if (rc) {
		goto out;
	}
	slug = rp_record_str(eng, "slug");
	rc = rp_record_list(rq->db, rp_kind_find("contact"), rp_record_parent(eng), NULL,
			    &contacts);
	if (rc) {
		goto out;
	}
	page_begin(rq, rs, rp_record_str(eng, "title"));
	rp_buf_puts(b, "<p class=\"crumbs\"><a href=\"/portal\">Your engagements</a></p>\n");
	head(b, eng);
	portal_flash(rq, rs, b, retry);
	agreed(b, eng);
	rc = portal_section_review(rq, b, eng, retry);
	if (!rc) {
		rc = waiting(rq, b, eng);
	}
	if (!rc) {
		rc = reports(rq, b, slug);
	}
	if (!rc) {
		rc = deliverables(rq, b, slug, &contacts);
	}
	if (!rc) {
		rc = requests(rq, b, eng, retry);
	}
	if (!rc) {
		rc = portal_section_closing(rq, b, eng, retry);
	}
	if (rc) {
		goto out;
	}
	page_end(rq, rs);
	if (retry) {
		rs->status = retry->status;
	}
out:
	if (rc) {
		rc = page_error(rq, rs, http_status_of(rc),
				rc == RP_ENOTFOUND ? "There is no such page."
						   : "The page could not be shown.");
	}
	rp_record_free(eng);
	rp_record_list_release(&contacts);
	return rc;
}

int portal_engagement_get(struct request *rq, struct response *rs)
{
	return portal_engagement_page(rq, rs, rq->params[0], NULL);
}
