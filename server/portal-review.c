/*
 * portal-review.c — the deliverables waiting for the client's review, each
 * with its acceptance criteria and the forms to accept it or to ask for
 * changes with a comment.
 *
 * Client-facing: title, acceptance criteria (agreed with them), due date and
 * the day it was submitted.  The forms are offered only to a contact with
 * sign-off authority; the others see who reviews it.
 */
#include <stdio.h>

#include "portal.h"

static void review_forms(struct request *rq, struct rp_buf *b, const struct rp_record *d,
			 const struct portal_retry *retry)
{
	long long id = (long long)rp_record_id(d);
	char accept_id[32], reject_id[32];
	const char *accept_comment, *reject_comment;

	snprintf(accept_id, sizeof(accept_id), "accept-%lld", id);
	snprintf(reject_id, sizeof(reject_id), "reject-%lld", id);
	accept_comment = portal_form_value(rq, retry, accept_id, "comment", NULL);
	reject_comment = portal_form_value(rq, retry, reject_id, "comment", NULL);

	rp_buf_puts(b, "<div class=\"portal-decide\">\n");
	html_printf(b, "<form method=\"post\" action=\"/portal/deliverables/%lld/accept\">\n", id);
	page_csrf_field(rq, b);
	html_printf(b,
		    "<label>Comment (optional)<textarea name=\"comment\" maxlength=\"4000\">"
		    "%s</textarea></label>\n"
		    "<button type=\"submit\" data-confirm=\"Accept this deliverable? Once "
		    "accepted it is final.\">Accept</button>\n</form>\n",
		    accept_comment ? accept_comment : "");
	html_printf(b, "<form method=\"post\" action=\"/portal/deliverables/%lld/reject\">\n", id);
	page_csrf_field(rq, b);
	html_printf(b,
		    "<label>What must change<textarea name=\"comment\" required "
		    "maxlength=\"4000\">%s</textarea></label>\n"
		    "<button type=\"submit\" class=\"secondary\">Request changes</button>\n"
		    "</form>\n</div>\n",
		    reject_comment ? reject_comment : "");
}

int portal_section_review(struct request *rq, struct rp_buf *b, const struct rp_record *eng,
			  const struct portal_retry *retry)
{
	struct rp_record_list list = {NULL, 0}, contacts = {NULL, 0};
	struct rp_record *me = NULL;
	char ref[24];
	bool may_signoff;
	size_t i;
	int rc;

	rc = rp_record_list(rq->db, rp_kind_find("deliverable"), rp_record_str(eng, "slug"),
			    "submitted", &list);
	if (rc || !list.count) {
		goto out;
	}
	snprintf(ref, sizeof(ref), "%lld", (long long)rq->user.contact);
	rc = rp_record_get(rq->db, rp_kind_find("contact"), ref, &me);
	if (!rc) {
		rc = rp_record_list(rq->db, rp_kind_find("contact"), rp_record_parent(eng), NULL,
				    &contacts);
	}
	if (rc) {
		goto out;
	}
	may_signoff = rp_record_int(me, "may_signoff") != 0;
	rp_buf_puts(b, "<section id=\"review\">\n<h2>Waiting for your review</h2>\n");
	for (i = 0; i < list.count; i++) {
		const struct rp_record *d = list.items[i];
		const char *reviewer = portal_contact_name(&contacts, rp_record_int(d, "reviewer"));

		html_printf(b,
			    "<article class=\"card portal-review\" id=\"deliverable-%lld\">\n"
			    "<h3>%s</h3>\n<p class=\"muted\">Submitted ",
			    (long long)rp_record_id(d), rp_record_str(d, "title"));
		portal_value(b, d, "submitted_on");
		portal_labelled(b, d, "due", " · due ", "");
		if (reviewer) {
			html_printf(b, " · reviewer %s", reviewer);
		}
		rp_buf_puts(b, "</p>\n");
		portal_labelled(b, d, "accept", "<p><strong>Acceptance criteria:</strong> ",
				"</p>\n");
		if (may_signoff) {
			review_forms(rq, b, d, retry);
		} else {
			html_printf(b, "<p class=\"muted\">%s will review it.</p>\n",
				    reviewer ? reviewer : "A contact with sign-off authority");
		}
		rp_buf_puts(b, "</article>\n");
	}
	rp_buf_puts(b, "</section>\n");
out:
	rp_record_list_release(&list);
	rp_record_list_release(&contacts);
	rp_record_free(me);
	return rc;
}
