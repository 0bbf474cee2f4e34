/*
 * portal.h — what the pages of the client portal (portal-*.c) share: the
 * data scope, the engagement page that failed forms are shown again on, and
 * small presentation helpers.
 *
 * Invariant: a portal handler reads a record only through portal_engagement
 * or portal_record, which answer RP_ENOTFOUND for anything that does not
 * belong to the visitor's own client, so that another client's records do
 * not exist for them (404), whatever id the URL carries.
 */
#ifndef RAPPORT_PORTAL_H
#define RAPPORT_PORTAL_H

#include "server.h"

/* --- data scope (portal-scope.c) --- */

/*
 * The engagement `slug` into *out when it belongs to the visitor's client;
 * RP_ENOTFOUND (with the same message as an unknown slug) when it does not.
 * The caller frees *out with rp_record_free.
 */
int portal_engagement(struct request *rq, const char *slug, struct rp_record **out);
/*
 * Record `ref` of kind `kind` into *out when its engagement belongs to the
 * visitor's client, else RP_ENOTFOUND.  `ref` must be a record number.
 */
int portal_record(struct request *rq, const char *kind, const char *ref, struct rp_record **out);

/* --- the handlers of portal.c's routes --- */

int portal_home(struct request *rq, struct response *rs);
int portal_engagement_get(struct request *rq, struct response *rs);
int portal_report_get(struct request *rq, struct response *rs);
int portal_accept(struct request *rq, struct response *rs);
int portal_reject(struct request *rq, struct response *rs);
int portal_request_add(struct request *rq, struct response *rs);
int portal_exit_put(struct request *rq, struct response *rs);
int portal_testimonial_approve(struct request *rq, struct response *rs);
int portal_testimonial_decline(struct request *rq, struct response *rs);

/* --- the engagement page (portal-engagement.c) --- */

/* A form that failed: shown again with the message and the values sent. */
struct portal_retry {
	const char *form;    /* the form's id: "reject-3", "request", "exit" */
	const char *message; /* why it failed, from the library */
	unsigned status;     /* 422, 409, ... */
};

/* The engagement page for `slug` (already in scope); `retry` may be NULL. */
int portal_engagement_page(struct request *rq, struct response *rs, const char *slug,
			   const struct portal_retry *retry);

/* --- sections of the engagement page --- */

/* Deliverables waiting for review, with accept and reject forms. */
int portal_section_review(struct request *rq, struct rp_buf *b, const struct rp_record *eng,
			  const struct portal_retry *retry);
/* The exit interview form and the testimonial, once the engagement ends. */
int portal_section_closing(struct request *rq, struct rp_buf *b, const struct rp_record *eng,
			   const struct portal_retry *retry);

/* Whether the client is asked for the exit interview: once the engagement
 * is closing, closed or terminated. */
bool portal_exit_open(const struct rp_record *eng);

/* --- presentation (portal-view.c) --- */

/* Append the field's value as people read it, escaped; nothing when empty.
 * Returns whether there was a value. */
bool portal_value(struct rp_buf *b, const struct rp_record *rec, const char *field);
/* Append `before` (markup, a literal), the field's value and `after`, when
 * the field holds a value; nothing otherwise. */
void portal_labelled(struct rp_buf *b, const struct rp_record *rec, const char *field,
		     const char *before, const char *after);
/* Two date fields as a period: "2026-11-12 – 2026-11-26". */
void portal_period(struct rp_buf *b, const struct rp_record *rec, const char *from, const char *to);
/* Whether text field `field` of `rec` holds exactly `value`. */
bool portal_is(const struct rp_record *rec, const char *field, const char *value);
/* A state badge with the client-facing name of `state` of kind `kind`. */
int portal_badge(struct rp_buf *b, const char *kind, const char *state);
/* The value a form field shows: what was sent when `form` is being shown
 * again, else the stored value (may be NULL).  Borrowed. */
const char *portal_form_value(struct request *rq, const struct portal_retry *retry,
			      const char *form, const char *field, const char *stored);
/* The retry's error, or else the flash the last redirect left (flash.c). */
int portal_flash(struct request *rq, struct response *rs, struct rp_buf *b,
		 const struct portal_retry *retry);
/* The name of contact `id` of the client (a list of contact records), or
 * NULL. */
const char *portal_contact_name(const struct rp_record_list *contacts, int64_t id);

#endif
