/*
 * portal-closing.c — the end of an engagement as the client takes part in
 * it: the exit interview form (once the engagement is closing or over) and
 * the testimonial we asked for, to approve or decline.
 *
 * Client-facing: every field of the exit interview (it is their own view)
 * and the testimonial's text, state and whether we may publish it.  Our
 * retrospective stays internal and is never shown here.
 */
#include <stdio.h>
#include <string.h>

#include "portal.h"

/* A singleton of the engagement, or NULL when it has none yet. */
static int singleton(struct request *rq, const char *kind, const char *slug, struct rp_record **out)
{
	int rc = rp_record_get(rq->db, rp_kind_find(kind), slug, out);

	if (rc == RP_ENOTFOUND) {
		*out = NULL;
		return RP_OK;
	}
	return rc;
}

bool portal_exit_open(const struct rp_record *eng)
{
	return portal_is(eng, "state", "closing") || portal_is(eng, "state", "closed") ||
	       portal_is(eng, "state", "terminated");
}

static void textarea(struct request *rq, struct rp_buf *b, const struct portal_retry *retry,
		     const struct rp_record *rec, const char *field, const char *label)
{
	const char *v =
		portal_form_value(rq, retry, "exit", field, rec ? rp_record_str(rec, field) : NULL);

	html_printf(b, "<label>%s<textarea name=\"%s\" maxlength=\"4000\">%s</textarea></label>\n",
		    label, field, v ? v : "");
}

static void choice(struct rp_buf *b, const char *value, const char *label, const char *current)
{
	html_printf(b, "<option value=\"%s\"%s>%s</option>", value,
		    current && !strcmp(current, value) ? " selected" : "", label);
}

static void exit_form(struct request *rq, struct rp_buf *b, const char *slug,
		      const struct rp_record *ex, const struct portal_retry *retry)
{
	char stored[24] = "", n[4];
	const char *rating, *refer;
	int i;

	if (ex && !rp_record_is_null(ex, "rating")) {
		snprintf(stored, sizeof(stored), "%lld", (long long)rp_record_int(ex, "rating"));
	}
	rating = portal_form_value(rq, retry, "exit", "rating", stored);
	refer = portal_form_value(rq, retry, "exit", "would_refer",
				  !ex || rp_record_is_null(ex, "would_refer")
					  ? NULL
					  : (rp_record_int(ex, "would_refer") ? "yes" : "no"));

	rp_buf_puts(b, "<section class=\"card portal-card\" id=\"exit\">\n<h2>Your view of our "
		       "work</h2>\n");
	rp_buf_puts(b, ex ? "<p class=\"muted\">Thank you for your answers; you can still change "
			    "them.</p>\n"
			  : "<p class=\"muted\">A few questions as we wrap up: your answers help "
			    "us do better.</p>\n");
	rp_buf_puts(b, "<form class=\"portal-form\" method=\"post\" action=\"/portal/engagements/");
	html_url_arg(b, slug);
	rp_buf_puts(b, "/exit\">\n");
	page_csrf_field(rq, b);
	textarea(rq, b, retry, ex, "liked", "What did you like?");
	textarea(rq, b, retry, ex, "disliked", "What did you not like?");
	textarea(rq, b, retry, ex, "improve", "What could we improve?");
	rp_buf_puts(b, "<label>How would you rate our work, from 0 to 10?<select name=\"rating\">");
	choice(b, "", "—", rating);
	for (i = 10; i >= 0; i--) {
		snprintf(n, sizeof(n), "%d", i);
		choice(b, n, n, rating);
	}
	rp_buf_puts(b, "</select></label>\n<label>Would you recommend us?<select "
		       "name=\"would_refer\">");
	choice(b, "", "—", refer);
	choice(b, "yes", "Yes", refer);
	choice(b, "no", "No", refer);
	rp_buf_puts(b, "</select></label>\n<button type=\"submit\">Send your answers</button>\n"
		       "</form>\n</section>\n");
}

static void testimonial(struct request *rq, struct rp_buf *b, const char *slug,
			const struct rp_record *t)
{
	bool open = portal_is(t, "state", "requested") || portal_is(t, "state", "drafted");

	rp_buf_puts(b, "<section class=\"card portal-card\" "
		       "id=\"testimonial\">\n<h2>Testimonial</h2>\n<p>");
	portal_badge(b, "testimonial", rp_record_str(t, "state"));
	rp_buf_puts(b, "</p>\n");
	portal_labelled(b, t, "text", "<blockquote class=\"portal-quote\">", "</blockquote>\n");
	if (rp_record_is_null(t, "text") && open) {
		rp_buf_puts(b, "<p>We would be grateful for a few words about working with us; we "
			       "will send you a draft to approve.</p>\n");
	}
	if (portal_is(t, "state", "approved")) {
		rp_buf_puts(b, rp_record_int(t, "may_publish")
				       ? "<p class=\"muted\">You approved it and allowed us to "
					 "publish it.</p>\n"
				       : "<p class=\"muted\">You approved it for our own use; we "
					 "will not publish it.</p>\n");
	}
	if (!open) {
		rp_buf_puts(b, "</section>\n");
		return;
	}
	rp_buf_puts(b, "<div class=\"portal-decide\">\n<form method=\"post\" "
		       "action=\"/portal/engagements/");
	html_url_arg(b, slug);
	rp_buf_puts(b, "/testimonial/approve\">\n");
	page_csrf_field(rq, b);
	rp_buf_puts(b,
		    "<label class=\"portal-check\"><input type=\"checkbox\" name=\"may_publish\" "
		    "value=\"yes\"> You may publish it</label>\n"
		    "<button type=\"submit\">Approve</button>\n</form>\n"
		    "<form method=\"post\" action=\"/portal/engagements/");
	html_url_arg(b, slug);
	rp_buf_puts(b, "/testimonial/decline\">\n");
	page_csrf_field(rq, b);
	rp_buf_puts(b, "<button type=\"submit\" class=\"secondary\">Decline</button>\n</form>\n"
		       "</div>\n</section>\n");
}

int portal_section_closing(struct request *rq, struct rp_buf *b, const struct rp_record *eng,
			   const struct portal_retry *retry)
{
	const char *slug = rp_record_str(eng, "slug");
	struct rp_record *ex = NULL, *t = NULL;
	int rc = singleton(rq, "exit_interview", slug, &ex);

	if (!rc) {
		rc = singleton(rq, "testimonial", slug, &t);
	}
	if (rc) {
		goto out;
	}
	if (portal_exit_open(eng)) {
		exit_form(rq, b, slug, ex, retry);
	}
	if (t) {
		testimonial(rq, b, slug, t);
	}
out:
	rp_record_free(ex);
	rp_record_free(t);
	return rc;
}
