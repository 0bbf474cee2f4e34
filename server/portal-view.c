/*
 * portal-view.c — how the portal words things for the client: the names of
 * states as a client reads them, field values, form values kept after a
 * refusal, and the flash after a form.
 *
 * Invariant: every value reaches the page through an escaper, the flash
 * of a redirect too (flash.c).
 */
#include <string.h>

#include "portal.h"

struct state_name {
	const char *kind;
	const char *state;
	const char *label; /* what the client reads */
	const char *tone;  /* a badge class of app.css */
};

static const struct state_name state_names[] = {
	{"engagement", "draft", "In preparation", ""},
	{"engagement", "active", "In progress", "active"},
	{"engagement", "on_hold", "On hold", "hold"},
	{"engagement", "delivered", "Delivered", "ok"},
	{"engagement", "closing", "Wrapping up", "warn"},
	{"engagement", "closed", "Completed", "ok"},
	{"engagement", "terminated", "Ended", ""},
	{"deliverable", "planned", "Planned", ""},
	{"deliverable", "in_progress", "In progress", ""},
	{"deliverable", "submitted", "Awaiting your review", "submitted"},
	{"deliverable", "accepted", "Accepted", "accepted"},
	{"deliverable", "rejected", "Changes requested", "rejected"},
	{"deliverable", "waived", "Dropped from scope", ""},
	{"client_request", "open", "Open", "warn"},
	{"client_request", "answered", "Answered", "ok"},
	{"testimonial", "requested", "Requested", "warn"},
	{"testimonial", "drafted", "Draft for your approval", "warn"},
	{"testimonial", "approved", "Approved", "ok"},
	{"testimonial", "declined", "Declined", ""},
	{"report", "progress", "Progress report", ""},
	{"report", "closeout", "Close-out report", ""},
};

static const struct state_name *state_find(const char *kind, const char *state)
{
	size_t i;

	for (i = 0; state && i < sizeof(state_names) / sizeof(state_names[0]); i++) {
		if (!strcmp(state_names[i].kind, kind) && !strcmp(state_names[i].state, state)) {
			return &state_names[i];
		}
	}
	return NULL;
}

int portal_badge(struct rp_buf *b, const char *kind, const char *state)
{
	const struct state_name *s = state_find(kind, state);

	if (!s) {
		return html_printf(b, "<span class=\"badge\">%s</span>", state ? state : "");
	}
	if (!*s->tone) {
		return html_printf(b, "<span class=\"badge\">%s</span>", s->label);
	}
	return html_printf(b, "<span class=\"badge %s\">%s</span>", s->tone, s->label);
}

bool portal_is(const struct rp_record *rec, const char *field, const char *value)
{
	const char *s = rp_record_str(rec, field);

	return s && !strcmp(s, value);
}

bool portal_value(struct rp_buf *b, const struct rp_record *rec, const char *field)
{
	const struct rp_field *f = rp_kind_field(rp_record_kind(rec), field);

	return f && !rp_record_is_null(rec, field) && html_value(b, rec, f);
}

void portal_labelled(struct rp_buf *b, const struct rp_record *rec, const char *field,
		     const char *before, const char *after)
{
	if (rp_record_is_null(rec, field)) {
		return;
	}
	rp_buf_puts(b, before);
	portal_value(b, rec, field);
	rp_buf_puts(b, after);
}

void portal_period(struct rp_buf *b, const struct rp_record *rec, const char *from, const char *to)
{
	portal_value(b, rec, from);
	rp_buf_puts(b, " – ");
	portal_value(b, rec, to);
}

const char *portal_form_value(struct request *rq, const struct portal_retry *retry,
			      const char *form, const char *field, const char *stored)
{
	if (retry && !strcmp(retry->form, form)) {
		return request_form(rq, field);
	}
	return stored;
}

int portal_flash(struct request *rq, struct response *rs, struct rp_buf *b,
		 const struct portal_retry *retry)
{
	if (retry) {
		return html_printf(b, "<p class=\"flash error\" role=\"alert\">%s</p>\n",
				   retry->message);
	}
	return page_flash(rq, rs, b);
}

const char *portal_contact_name(const struct rp_record_list *contacts, int64_t id)
{
	size_t i;

	for (i = 0; i < contacts->count; i++) {
		if (rp_record_id(contacts->items[i]) == id) {
			return rp_record_str(contacts->items[i], "name");
		}
	}
	return NULL;
}
