/*
 * portal-home.c — GET /portal: the engagements of the visitor's client, each
 * with its state, its dates and how many deliverables wait for their review.
 *
 * Client-facing here: an engagement's title, state and baseline dates; not
 * its value, health or any note of ours.
 */
#include "portal.h"

static int engagement_card(struct request *rq, struct rp_buf *b, const struct rp_record *eng)
{
	const char *slug = rp_record_str(eng, "slug");
	struct rp_record_list waiting = {NULL, 0};
	int rc;

	rc = rp_record_list(rq->db, rp_kind_find("deliverable"), slug, "submitted", &waiting);
	if (rc) {
		goto out;
	}
	rp_buf_puts(b, "<li class=\"card portal-eng\">\n<h2><a href=\"/portal/engagements/");
	html_url_arg(b, slug);
	html_printf(b, "\">%s</a></h2>\n<p>", rp_record_str(eng, "title"));
	portal_badge(b, "engagement", rp_record_str(eng, "state"));
	if (!rp_record_is_null(eng, "baseline_start") || !rp_record_is_null(eng, "baseline_end")) {
		rp_buf_puts(b, " <span class=\"muted\">");
		portal_period(b, eng, "baseline_start", "baseline_end");
		rp_buf_puts(b, "</span>");
	}
	rp_buf_puts(b, "</p>\n");
	if (waiting.count) {
		html_printf(b, "<p class=\"portal-attention\">%zu %s awaiting your review</p>\n",
			    waiting.count, waiting.count == 1 ? "deliverable" : "deliverables");
	}
	rp_buf_puts(b, "</li>\n");
out:
	rp_record_list_release(&waiting);
	return rc;
}

int portal_home(struct request *rq, struct response *rs)
{
	struct rp_record_list engs = {NULL, 0};
	struct rp_buf *b = &rs->body;
	size_t i;
	int rc = RP_OK;

	if (rq->user.client_slug) {
		rc = rp_record_list(rq->db, rp_kind_find("engagement"), rq->user.client_slug, NULL,
				    &engs);
		if (rc) {
			rc = page_error(rq, rs, http_status_of(rc), rp_db_errmsg(rq->db));
			goto out;
		}
	}
	page_begin(rq, rs, "Your engagements");
	html_printf(b, "<h1>Welcome, %s</h1>\n",
		    rq->user.contact_name ? rq->user.contact_name : rq->user.login);
	if (!engs.count) {
		rp_buf_puts(b, "<p class=\"muted\">There is no engagement to show yet.</p>\n");
	} else {
		rp_buf_puts(b, "<p class=\"muted\">Your engagements with us: open one to see its "
			       "reports, review deliverables and send us a request.</p>\n"
			       "<ul class=\"portal-list\">\n");
	}
	for (i = 0; i < engs.count && !rc; i++) {
		rc = engagement_card(rq, b, engs.items[i]);
	}
	if (engs.count) {
		rp_buf_puts(b, "</ul>\n");
	}
	if (rc) {
		rc = page_error(rq, rs, http_status_of(rc), rp_db_errmsg(rq->db));
		goto out;
	}
	page_end(rq, rs);
out:
	rp_record_list_release(&engs);
	return rc;
}
