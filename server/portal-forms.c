/*
 * portal-forms.c — what a client contact does in the portal: accept or
 * reject a deliverable, raise a request, answer the exit interview, approve
 * or decline the testimonial.
 *
 * Each goes through the library exactly as the command line does, so the
 * same validation, state rules and audit events apply; the core has set the
 * audit actor to the contact's login, and a sign-off is recorded as by the
 * contact (signed_off_by).  On success: a redirect back to the engagement
 * page with a flash (Post/Redirect/Get); on refusal: the engagement page
 * again with the library's message and the values sent, and the status
 * that answers the library's (422 for bad input, 409 for a state).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "portal.h"

/* Answer a form: `rc` is the library's status for it; on success back to
 * the engagement's `anchor` with the flash `done`. */
static int finish(struct request *rq, struct response *rs, int rc, const char *slug,
		  const char *form, const char *done, const char *anchor)
{
	struct portal_retry retry = {form, NULL, 0};
	struct rp_buf loc;
	char *message;

	if (rc == RP_ENOTFOUND) {
		return page_error(rq, rs, 404, "There is no such page.");
	}
	if (!rc) {
		rp_buf_init(&loc);
		rp_buf_puts(&loc, "/portal/engagements/");
		html_url_arg(&loc, slug);
		rp_buf_printf(&loc, "#%s", anchor);
		rc = page_redirect(rq, rs, loc.data, done);
		rp_buf_release(&loc);
		return rc;
	}
	/* The page reads records again, which may replace the handle's
	 * message: keep the one that says why the form was refused. */
	message = strdup(rp_db_errmsg(rq->db));
	if (!message) {
		return RP_ENOMEM;
	}
	retry.message = message;
	retry.status = http_status_of(rc);
	rc = portal_engagement_page(rq, rs, slug, &retry);
	free(message);
	return rc;
}

/* A form field's value, or NULL when it was not sent or left empty. */
static const char *given(struct request *rq, const char *name)
{
	const char *v = request_form(rq, name);

	return v && *v ? v : NULL;
}

static int add(struct rp_input *in, const char *field, const char *value)
{
	return value ? rp_input_add(in, field, value) : RP_OK;
}

/* Accept or reject deliverable params[0] as the visitor's sign-off. */
static int signoff(struct request *rq, struct response *rs, const char *verb, const char *done)
{
	struct rp_record *d = NULL;
	struct rp_input *in = NULL;
	char by[24], form[40], *slug = NULL;
	int rc = portal_record(rq, "deliverable", rq->params[0], &d);

	if (rc) {
		return finish(rq, rs, rc, NULL, NULL, NULL, NULL);
	}
	slug = strdup(rp_record_parent(d));
	in = rp_input_new();
	if (!slug || !in) {
		rc = RP_ENOMEM;
		goto out;
	}
	snprintf(by, sizeof(by), "%lld", (long long)rq->user.contact);
	snprintf(form, sizeof(form), "%s-%s", verb, rq->params[0]);
	rc = rp_input_add(in, "signed_off_by", by);
	if (!rc) {
		rc = add(in, "signoff_comment", given(rq, "comment"));
	}
	/* The library refuses a rejection without a comment too, naming the
	 * field as the API does; a client reads this instead. */
	if (!rc && !strcmp(verb, "reject") && !given(rq, "comment")) {
		rc = rp_db_fail(rq->db, RP_EINVAL,
				"please say what must change before you send it");
	}
	if (!rc) {
		rc = rp_record_act(rq->db, rp_kind_find("deliverable"), rq->params[0], verb, in);
	}
	rc = finish(rq, rs, rc, slug, form, done, "deliverables");
out:
	rp_record_free(d);
	rp_input_free(in);
	free(slug);
	return rc;
}

int portal_accept(struct request *rq, struct response *rs)
{
	return signoff(rq, rs, "accept", "Thank you: the deliverable is accepted.");
}

int portal_reject(struct request *rq, struct response *rs)
{
	return signoff(rq, rs, "reject",
		       "Thank you: we have your comments and will come back with a revised "
		       "version.");
}

/*
 * Run `write` on engagement params[0] (in scope) with the fields `names` of
 * the form, then answer as `finish` does.
 */
static int engagement_form(struct request *rq, struct response *rs, const char *const *names,
			   const char *form, const char *done, const char *anchor,
			   int (*write)(struct rp_db *db, const struct rp_record *eng,
					struct rp_input *in))
{
	struct rp_record *eng = NULL;
	struct rp_input *in = NULL;
	const char *slug;
	int rc = portal_engagement(rq, rq->params[0], &eng);

	if (rc) {
		return finish(rq, rs, rc, NULL, NULL, NULL, NULL);
	}
	slug = rp_record_str(eng, "slug");
	in = rp_input_new();
	if (!in) {
		rc = RP_ENOMEM;
		goto out;
	}
	for (; *names && !rc; names++) {
		rc = add(in, *names, request_form(rq, *names));
	}
	if (!rc) {
		rc = write(rq->db, eng, in);
	}
	rc = finish(rq, rs, rc, slug, form, done, anchor);
out:
	rp_record_free(eng);
	rp_input_free(in);
	return rc;
}

static int request_write(struct rp_db *db, const struct rp_record *eng, struct rp_input *in)
{
	return rp_record_add(db, rp_kind_find("request"), rp_record_str(eng, "slug"), in, NULL);
}

int portal_request_add(struct request *rq, struct response *rs)
{
	static const char *const names[] = {"text", NULL};

	return engagement_form(rq, rs, names, "request",
			       "Your request is with us; we will answer it within the agreed time.",
			       "requests", request_write);
}

static int exit_write(struct rp_db *db, const struct rp_record *eng, struct rp_input *in)
{
	/* The library takes an exit interview at any time (the team may hold
	 * it early); the client is asked only at the end. */
	if (!portal_exit_open(eng)) {
		return rp_db_fail(db, RP_ESTATE,
				  "the exit interview opens once the engagement is wrapping up");
	}
	return rp_record_put(db, rp_kind_find("exit_interview"), rp_record_str(eng, "slug"), in,
			     NULL);
}

int portal_exit_put(struct request *rq, struct response *rs)
{
	static const char *const names[] = {"liked",  "disliked",    "improve",
					    "rating", "would_refer", NULL};

	return engagement_form(rq, rs, names, "exit", "Thank you for your feedback.", "exit",
			       exit_write);
}

static int approve_write(struct rp_db *db, const struct rp_record *eng, struct rp_input *in)
{
	return rp_record_act(db, rp_kind_find("testimonial"), rp_record_str(eng, "slug"), "approve",
			     in);
}

static int decline_write(struct rp_db *db, const struct rp_record *eng, struct rp_input *in)
{
	return rp_record_act(db, rp_kind_find("testimonial"), rp_record_str(eng, "slug"), "decline",
			     in);
}

int portal_testimonial_approve(struct request *rq, struct response *rs)
{
	/* The checkbox is sent (as yes) only when ticked; the verb's stamp
	 * makes it no otherwise. */
	static const char *const names[] = {"may_publish", NULL};

	return engagement_form(rq, rs, names, "testimonial",
			       "Thank you for approving the testimonial.", "testimonial",
			       approve_write);
}

int portal_testimonial_decline(struct request *rq, struct response *rs)
{
	static const char *const names[] = {NULL};

	return engagement_form(rq, rs, names, "testimonial",
			       "Noted: we will not use the testimonial.", "testimonial",
			       decline_write);
}
