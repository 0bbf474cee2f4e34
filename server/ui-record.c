/*
 * ui-record.c — the writes every record form posts to: add (or set an
 * engagement's singleton), edit, the kind's verbs and, for a removable kind
 * (client, contact), removal, under /records/KIND, and the edit page of a
 * record.
 *
 * A write that succeeds answers 303 to the page the record lives on, with a
 * flash message naming what happened; a refused one draws that page again
 * with the form open, the library's message and what was typed, under the
 * status the library's code maps to (422 for bad input, 409 for a state
 * that does not allow the verb).  A removal must be confirmed (a ticked box,
 * so that it works without the script); it answers 303 to the list the
 * record was on, since its own page is gone.
 */
#include <stdio.h>
#include <string.h>

#include "ui-kit.h"

/* The kind a /records/ URL names; the kept reports are not written here. */
static const struct rp_kind *kind_of(const char *name)
{
	const struct rp_kind *kind = rp_kind_find(name);

	return kind && strcmp(kind->name, "report") ? kind : NULL;
}

static bool has_add_fields(const struct rp_kind *kind)
{
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].flag && !(kind->fields[i].flags & RP_F_NOADD)) {
			return true;
		}
	}
	return false;
}

/* Draw again the page that holds the form that failed. */
static int show_failure(struct request *rq, struct response *rs, const struct rp_kind *kind,
			const char *parent, const char *ref, const struct ui_failure *fail)
{
	if (!strcmp(kind->name, "client")) {
		return fail->verb || fail->id ? ui_client_page(rq, rs, ref, fail)
					      : ui_clients_page(rq, rs, fail);
	}
	if (!strcmp(kind->name, "engagement")) {
		return fail->verb || fail->id ? ui_engagement_page(rq, rs, ref, fail)
					      : ui_new_page(rq, rs, fail);
	}
	if (kind->parent == RP_PARENT_CLIENT) {
		return ui_client_page(rq, rs, parent, fail);
	}
	return ui_engagement_page(rq, rs, parent, fail);
}

/* After a write: the flash message and the redirect to the record's page. */
static int done(struct request *rq, struct response *rs, const struct rp_kind *kind,
		const char *ref, const char *what)
{
	struct rp_record *rec = NULL;
	struct rp_buf msg, loc;
	char buf[24];
	int rc;

	rp_buf_init(&msg);
	rp_buf_init(&loc);
	rc = rp_record_get(rq->db, kind, ref, &rec);
	if (rc) {
		rc = ui_error_page(rq, rs, rc);
		goto out;
	}
	ui_name_of(&msg, rec);
	if (!strcmp(what, "moved") && rp_record_str(rec, "state")) {
		const char *p;

		rp_buf_puts(&msg, " is now ");
		for (p = rp_record_str(rec, "state"); *p; p++) {
			rp_buf_putc(&msg, *p == '_' ? ' ' : *p);
		}
	} else {
		rp_buf_printf(&msg, " %s", what);
	}
	/* A message reads as a sentence. */
	if (msg.data[0] >= 'a' && msg.data[0] <= 'z') {
		msg.data[0] = (char)(msg.data[0] - 'a' + 'A');
	}
	ui_home_of(&loc, kind, rp_record_parent(rec), ui_ref(rec, buf, sizeof(buf)));
	rc = page_redirect(rq, rs, loc.data, msg.data);
out:
	rp_record_free(rec);
	rp_buf_release(&msg);
	rp_buf_release(&loc);
	return rc;
}

int ui_record_add(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = kind_of(rq->params[0]);
	const char *parent = request_form(rq, "_parent");
	struct rp_input *in = NULL;
	struct ui_failure fail;
	char ref[24];
	int64_t id = 0;
	int rc;

	if (!kind) {
		return ui_not_found(rq, rs, "such kind of record");
	}
	if (kind->parent == RP_PARENT_NONE) {
		parent = NULL;
	} else if (!parent || !*parent) {
		return page_error(rq, rs, 422, "the form does not say where the record belongs");
	}
	in = ui_form_input(rq, kind, UI_ADD, NULL);
	if (!in) {
		return RP_ENOMEM;
	}
	if (kind->singleton && has_add_fields(kind)) {
		rc = rp_record_put(rq->db, kind, parent, in, &id);
	} else {
		rc = rp_record_add(rq->db, kind, parent, in, &id);
	}
	rp_input_free(in);
	if (rc) {
		ui_failure_of(&fail, rq, rc, kind, 0, NULL);
		rc = show_failure(rq, rs, kind, parent, NULL, &fail);
		ui_failure_release(&fail);
		return rc;
	}
	if (kind->singleton) {
		return done(rq, rs, kind, parent, "saved");
	}
	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	return done(rq, rs, kind, ref, "added");
}

/* The contacts and deliverables the forms of a record may offer. */
struct choices {
	struct rp_record_list contacts;
	struct rp_record_list deliverables;
	bool have_contacts;
};

static void choices_load(struct request *rq, const struct rp_record *rec, struct choices *c)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	struct rp_record *eng = NULL;
	const char *client = NULL;

	memset(c, 0, sizeof(*c));
	if (!strcmp(kind->name, "engagement")) {
		client = rp_record_parent(rec);
	} else if (kind->parent == RP_PARENT_ENGAGEMENT &&
		   !rp_record_get(rq->db, rp_kind_find("engagement"), rp_record_parent(rec),
				  &eng)) {
		client = rp_record_parent(eng);
		rp_record_list(rq->db, rp_kind_find("deliverable"), rp_record_parent(rec), NULL,
			       &c->deliverables);
	}
	if (client &&
	    !rp_record_list(rq->db, rp_kind_find("contact"), client, NULL, &c->contacts)) {
		c->have_contacts = true;
	}
	rp_record_free(eng);
}

static void choices_release(struct choices *c)
{
	rp_record_list_release(&c->contacts);
	rp_record_list_release(&c->deliverables);
}

int ui_edit_page(struct request *rq, struct response *rs, const struct rp_kind *kind,
		 const char *ref, const struct ui_failure *fail)
{
	struct rp_record *rec = NULL;
	struct ui_ctx ctx = {.rq = rq, .fail = fail};
	struct choices ch;
	struct rp_buf title, back;
	struct rp_buf *b = &rs->body;
	char buf[24];
	int rc;

	rc = rp_record_get(rq->db, kind, ref, &rec);
	if (rc) {
		return ui_fail_page(rq, rs, rc, kind->title);
	}
	choices_load(rq, rec, &ch);
	ctx.contacts = ch.have_contacts ? &ch.contacts : NULL;
	ctx.deliverables = &ch.deliverables;
	rp_buf_init(&title);
	rp_buf_init(&back);
	rp_buf_puts(&title, "Edit ");
	ui_name_of(&title, rec);
	ui_home_of(&back, kind, rp_record_parent(rec), ui_ref(rec, buf, sizeof(buf)));
	page_begin(rq, rs, title.data);
	html_printf(b, "<nav class=\"crumbs\"><a href=\"%s\">Back</a></nav>\n", back.data);
	html_printf(b, "<h1>%s</h1>\n", title.data);
	rp_buf_puts(b, "<section class=\"card\">\n");
	html_printf(b, "<form method=\"post\" action=\"/records/%s/", kind->name);
	html_url_arg(b, ui_ref(rec, buf, sizeof(buf)));
	rp_buf_puts(b, "\" class=\"record-form\">");
	page_csrf_field(rq, b);
	if (ui_failed_here(fail, kind, rp_record_id(rec), NULL)) {
		ui_failure_banner(b, fail);
	}
	ui_fields(&ctx, b, kind, UI_EDIT, rec);
	html_printf(b,
		    "<div class=\"form-actions\"><button type=\"submit\">Save</button> "
		    "<a class=\"button secondary\" href=\"%s\">Cancel</a></div>\n</form>\n",
		    back.data);
	rp_buf_puts(b, "<p class=\"muted\">An emptied field is cleared.</p>\n</section>\n");
	if (kind->removable) {
		rp_buf_puts(b, "<section class=\"card danger-zone\" id=\"remove\">\n"
			       "<div class=\"card-head\"><h2>Remove</h2></div>\n");
		if (ui_failed_here(fail, kind, rp_record_id(rec), "remove")) {
			ui_failure_banner(b, fail);
		}
		ui_remove_form(&ctx, b, rec, true);
		rp_buf_puts(b, "\n</section>\n");
	}
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
	rp_buf_release(&title);
	rp_buf_release(&back);
	choices_release(&ch);
	rp_record_free(rec);
	return RP_OK;
}

int ui_record_edit(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = kind_of(rq->params[0]);

	if (!kind) {
		return ui_not_found(rq, rs, "such kind of record");
	}
	return ui_edit_page(rq, rs, kind, rq->params[1], NULL);
}

int ui_record_save(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = kind_of(rq->params[0]);
	struct rp_record *rec = NULL;
	struct rp_input *in = NULL;
	struct ui_failure fail;
	char id[24];
	bool changed = false;
	size_t i;
	int rc;

	if (!kind) {
		return ui_not_found(rq, rs, "such kind of record");
	}
	rc = rp_record_get(rq->db, kind, rq->params[1], &rec);
	if (rc) {
		return ui_fail_page(rq, rs, rc, kind->title);
	}
	in = ui_form_input(rq, kind, UI_EDIT, rec);
	if (!in) {
		rc = RP_ENOMEM;
		goto out;
	}
	for (i = 0; i < kind->nfields; i++) {
		changed |= rp_input_has(in, kind->fields[i].name);
	}
	/* The number names the record even when the edit renames its slug. */
	snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(rec));
	if (!changed) {
		rc = done(rq, rs, kind, kind->singleton ? rq->params[1] : id, "is unchanged");
		goto out;
	}
	rc = rp_record_edit(rq->db, kind, kind->singleton ? rq->params[1] : id, in);
	if (rc) {
		ui_failure_of(&fail, rq, rc, kind, rp_record_id(rec), NULL);
		rc = ui_edit_page(rq, rs, kind, rq->params[1], &fail);
		ui_failure_release(&fail);
		goto out;
	}
	rc = done(rq, rs, kind, kind->singleton ? rq->params[1] : id, "updated");
out:
	rp_input_free(in);
	rp_record_free(rec);
	return rc;
}

int ui_record_act(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = kind_of(rq->params[0]);
	const struct rp_transition *t = kind ? rp_kind_transition(kind, rq->params[2]) : NULL;
	struct rp_record *rec = NULL;
	struct rp_input *in = NULL;
	struct ui_failure fail;
	char parent[128];
	int rc;

	if (!t) {
		return ui_not_found(rq, rs, "such action");
	}
	rc = rp_record_get(rq->db, kind, rq->params[1], &rec);
	if (rc) {
		return ui_fail_page(rq, rs, rc, kind->title);
	}
	snprintf(parent, sizeof(parent), "%s", rp_record_parent(rec) ? rp_record_parent(rec) : "");
	in = ui_verb_input(rq, t);
	if (!in) {
		rc = RP_ENOMEM;
		goto out;
	}
	rc = rp_record_act(rq->db, kind, rq->params[1], t->verb, in);
	if (rc) {
		ui_failure_of(&fail, rq, rc, kind, rp_record_id(rec), t->verb);
		rc = show_failure(rq, rs, kind, parent, rq->params[1], &fail);
		ui_failure_release(&fail);
		goto out;
	}
	rc = done(rq, rs, kind, rq->params[1], t->to >= 0 ? "moved" : "updated");
out:
	rp_input_free(in);
	rp_record_free(rec);
	return rc;
}

/* Draw again the page whose remove form was refused: the edit page when it
 * came from there, else the page the record is shown on. */
static int removal_refused(struct request *rq, struct response *rs, const struct rp_record *rec,
			   const struct ui_failure *fail)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *from = request_form(rq, "_from");

	if (from && !strcmp(from, "edit")) {
		return ui_edit_page(rq, rs, kind, rq->params[1], fail);
	}
	return show_failure(rq, rs, kind, rp_record_parent(rec), rq->params[1], fail);
}

/* After a removal: the list the record was on, with a flash naming it. */
static int removed(struct request *rq, struct response *rs, const struct rp_kind *kind,
		   const char *parent, const char *name)
{
	struct rp_buf msg, loc;
	int rc;

	rp_buf_init(&msg);
	rp_buf_init(&loc);
	rp_buf_printf(&msg, "%s removed", name);
	if (msg.data[0] >= 'a' && msg.data[0] <= 'z') {
		msg.data[0] = (char)(msg.data[0] - 'a' + 'A');
	}
	if (kind->parent != RP_PARENT_NONE) {
		ui_home_of(&loc, kind, parent, NULL);
	} else {
		rp_buf_puts(&loc, strcmp(kind->name, "client") ? "/" : "/clients");
	}
	rc = page_redirect(rq, rs, loc.data, msg.data);
	rp_buf_release(&msg);
	rp_buf_release(&loc);
	return rc;
}

int ui_record_remove(struct request *rq, struct response *rs)
{
	static const char unconfirmed[] = "tick 'yes, remove it' to confirm the removal";
	const struct rp_kind *kind = kind_of(rq->params[0]);
	const char *confirm = request_form(rq, "confirm");
	struct rp_record *rec = NULL;
	struct ui_failure fail = {0};
	struct rp_buf name;
	int rc;

	/* Only a removable kind has this action, as the API's DELETE. */
	if (!kind || !kind->removable) {
		return ui_not_found(rq, rs, "such action");
	}
	rc = rp_record_get(rq->db, kind, rq->params[1], &rec);
	if (rc) {
		return ui_fail_page(rq, rs, rc, kind->title);
	}
	rp_buf_init(&name);
	ui_name_of(&name, rec);
	if (!confirm || strcmp(confirm, "yes")) {
		fail = (struct ui_failure){.kind = kind,
					   .id = rp_record_id(rec),
					   .verb = "remove",
					   .status = 422,
					   .message = unconfirmed,
					   .field = "confirm"};
		rc = removal_refused(rq, rs, rec, &fail);
		goto out;
	}
	rc = rp_record_remove(rq->db, kind, rq->params[1]);
	if (rc) {
		ui_failure_of(&fail, rq, rc, kind, rp_record_id(rec), "remove");
		rc = removal_refused(rq, rs, rec, &fail);
		goto out;
	}
	rc = removed(rq, rs, kind, rp_record_parent(rec), name.data);
out:
	ui_failure_release(&fail);
	rp_buf_release(&name);
	rp_record_free(rec);
	return rc;
}
