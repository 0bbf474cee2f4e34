/*
 * ui-kit.h — what the team's pages (ui-*.c) share: the flash message that
 * survives a Post/Redirect/Get, state badges, links to records, and forms
 * generated from the record kinds' declarations (kind.h), so that every
 * kind is added, edited and moved through its states the same way.
 *
 * A failed write is not redirected: the page that holds the form is drawn
 * again with a `struct ui_failure` naming the form, so that the form shows
 * the library's message next to the field at fault and keeps what was
 * typed.  Everything here writes HTML through the escapers of html.c.
 */
#ifndef RAPPORT_UI_KIT_H
#define RAPPORT_UI_KIT_H

#include "server.h"

/* The form whose write failed, and why. */
struct ui_failure {
	const struct rp_kind *kind; /* the kind of the form */
	int64_t id;		    /* the record of an edit or verb form; 0 for an add form */
	const char *verb;	    /* the verb of a verb form ("remove" for a removal,
				     * "touch" for a stay-in-touch contact), or NULL */
	unsigned status;	    /* the HTTP status to answer with */
	const char *message;	    /* the library's message */
	const char *field;	    /* the field at fault, or NULL */
	char *own;		    /* the copies ui_failure_of made */
};

/* What the forms of one page may offer as choices. */
struct ui_ctx {
	struct request *rq;
	const struct rp_record_list *contacts;	   /* for contact fields; may be NULL */
	const struct rp_record_list *deliverables; /* for payment triggers; may be NULL */
	const struct ui_failure *fail;		   /* the form that failed, or NULL */
	unsigned seq;				   /* numbers the page's datalists */
};

/* --- ui-kit.c --- */

/* Under a finding of the checks: a link to where the team's pages put it
 * right, and its command-line hint (ui-fix.c). */
int ui_finding_fix(struct rp_buf *b, const char *slug, const struct rp_finding *it);
/* A state as a coloured badge. */
int ui_badge(struct rp_buf *b, const char *state);
/* A field's label for people: "Acceptance", "Client RFI". */
int ui_label(struct rp_buf *b, const char *label);
/* A health score as a coloured figure. */
int ui_score(struct rp_buf *b, int score);
/* The reference that names a record in its kind's URLs and library calls:
 * the slug of a client or an engagement, the engagement's slug for a
 * singleton, else the record's number (written into buf). */
const char *ui_ref(const struct rp_record *rec, char *buf, size_t size);
/* The page a record is shown on (with an #anchor for an engagement's
 * records), appended to b. */
int ui_home_of(struct rp_buf *b, const struct rp_kind *kind, const char *parent, const char *ref);
/* "deliverable 3 'Design'", "engagement 'website'": the record for people. */
int ui_name_of(struct rp_buf *b, const struct rp_record *rec);
/* The value of a field as people read it, or "—". */
int ui_value(struct rp_buf *b, const struct rp_record *rec, const struct rp_field *f);
/* What a failed library call answers a form with: its status, and copies of
 * the handle's message and field (the page drawn next may fail a lookup of
 * its own); release it with ui_failure_release. */
void ui_failure_of(struct ui_failure *fail, struct request *rq, int rc, const struct rp_kind *kind,
		   int64_t id, const char *verb);
void ui_failure_release(struct ui_failure *fail);
/* Whether `fail` is about this form. */
bool ui_failed_here(const struct ui_failure *fail, const struct rp_kind *kind, int64_t id,
		    const char *verb);
/* The message of a failure, as a banner. */
int ui_failure_banner(struct rp_buf *b, const struct ui_failure *fail);
/* The breadcrumbs of a page of engagement `slug`: Portfolio › its title. */
int ui_crumbs(struct rp_buf *b, const char *slug, const char *title);
/* The ?page=N of a paged list into *page (1 when absent); false, with the
 * 422 page drawn, when it is not a number from 1 to `max`. */
bool ui_page_arg(struct request *rq, struct response *rs, long max, long *page);
/* Draw a whole page that says what is not found (404). */
int ui_not_found(struct request *rq, struct response *rs, const char *what);
/* Draw the page that answers a failed lookup: 404 for an unknown or
 * malformed reference to `what`, else the library's message under the
 * status its code maps to. */
int ui_fail_page(struct request *rq, struct response *rs, int rc, const char *what);
/* Draw the page of a failed library call: its message under its status. */
int ui_error_page(struct request *rq, struct response *rs, int rc);

/* --- ui-form.c --- */

enum ui_form_mode {
	UI_ADD,	 /* a new record (or a singleton's fields) */
	UI_EDIT, /* the editable fields of a record */
};

/* The input of a form post for a record of `kind`: every field the mode
 * allows that was given a value (an add) or whose value changed (an edit,
 * against `rec`).  NULL when out of memory. */
struct rp_input *ui_form_input(struct request *rq, const struct rp_kind *kind,
			       enum ui_form_mode mode, const struct rp_record *rec);
/* The input of a verb's form post: its arguments. */
struct rp_input *ui_verb_input(struct request *rq, const struct rp_transition *t);
/* The fields of a record form for `kind` (add or edit), without the <form>
 * element; values come from the failed post, the record, or the defaults. */
int ui_fields(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_kind *kind,
	      enum ui_form_mode mode, const struct rp_record *rec);
/* A whole add form for `kind` under `parent`, folded in a <details>; for a
 * singleton that exists, `rec` fills it in. */
int ui_add_form(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_kind *kind,
		const char *parent, const struct rp_record *rec, const char *title);
/* The forms of the verbs a record's state allows (a button, or a folded
 * form when the verb takes arguments); `skip` names verbs not to offer. */
int ui_verb_forms(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record *rec,
		  const char *const *skip);
/* One labelled input for field `f` of a kind, under its own name, with its
 * hint, or the failure's message when `failed` and the failure names it. */
int ui_field(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_field *f, const char *value,
	     bool required, bool failed);
/* The form that removes a record of a removable kind (nothing for another
 * kind): a required "yes, remove it" box, so that one click does not
 * remove, and a danger button.  Folded in a <details> on the record's own
 * page; on its edit page (`edit_page`) shown open, and a refusal comes back
 * there. */
int ui_remove_form(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record *rec,
		   bool edit_page);
/* A table of records of one kind with their states and verbs. */
int ui_record_table(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record_list *list);

/* --- the pages, drawn again with a failure after a refused write --- */

int ui_engagement_page(struct request *rq, struct response *rs, const char *slug,
		       const struct ui_failure *fail);
int ui_client_page(struct request *rq, struct response *rs, const char *slug,
		   const struct ui_failure *fail);
int ui_clients_page(struct request *rq, struct response *rs, const struct ui_failure *fail);
int ui_new_page(struct request *rq, struct response *rs, const struct ui_failure *fail);
int ui_edit_page(struct request *rq, struct response *rs, const struct rp_kind *kind,
		 const char *ref, const struct ui_failure *fail);

/* --- the handlers of the route table (ui.c) --- */

int ui_portfolio(struct request *rq, struct response *rs);
int ui_engagement(struct request *rq, struct response *rs);
int ui_new(struct request *rq, struct response *rs);
int ui_create(struct request *rq, struct response *rs);
int ui_gate(struct request *rq, struct response *rs);
int ui_gate_pass(struct request *rq, struct response *rs);
int ui_reports(struct request *rq, struct response *rs);
int ui_report_view(struct request *rq, struct response *rs);
int ui_report_send(struct request *rq, struct response *rs);
int ui_report_sent(struct request *rq, struct response *rs);
int ui_history(struct request *rq, struct response *rs);
int ui_clients(struct request *rq, struct response *rs);
int ui_client(struct request *rq, struct response *rs);
int ui_record_add(struct request *rq, struct response *rs);
int ui_record_edit(struct request *rq, struct response *rs);
int ui_record_save(struct request *rq, struct response *rs);
int ui_record_act(struct request *rq, struct response *rs);
int ui_record_remove(struct request *rq, struct response *rs);
int ui_touch(struct request *rq, struct response *rs);

#endif
