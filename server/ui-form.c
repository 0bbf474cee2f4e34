/*
 * ui-form.c — forms and tables generated from the record kinds'
 * declarations (kind.h): a field's type picks its input (a date picker, a
 * select of the enum's choices or of the client's contacts, a number with
 * its bounds), its flags say whether it is required and whether an add or
 * an edit may set it, its help becomes the hint under it; a record's state
 * picks the verbs offered, each with the inputs of its arguments.
 *
 * The browser's checks (required, min, max) are a convenience: the library
 * validates every write again and its message is what a refused form shows.
 */
#include <stdio.h>
#include <string.h>

#include "ui-kit.h"

#define LONG_TEXT_MIN 1000 /* a text field this long is a textarea */

static bool settable(const struct rp_field *f, enum ui_form_mode mode)
{
	return f->flag && !(f->flags & (mode == UI_ADD ? RP_F_NOADD : RP_F_NOEDIT));
}

/* The value of a field in the form an input takes it back. */
static void raw_value(const struct rp_record *rec, const struct rp_field *f, struct rp_buf *out)
{
	char m[RP_MONEY_BUFSZ];
	const char *s;

	if (rp_record_is_null(rec, f->name)) {
		return;
	}
	switch (f->type) {
	case RP_T_MONEY:
		if (!rp_money_format(rp_record_int(rec, f->name), rp_record_currency(rec), m,
				     sizeof(m))) {
			rp_buf_puts(out, m);
		}
		return;
	case RP_T_BOOL:
		rp_buf_puts(out, rp_record_int(rec, f->name) ? "yes" : "no");
		return;
	case RP_T_INT:
	case RP_T_CONTACT:
		rp_buf_printf(out, "%lld", (long long)rp_record_int(rec, f->name));
		return;
	case RP_T_TIME:
		/* what a datetime-local input shows: YYYY-MM-DDTHH:MM */
		s = rp_record_str(rec, f->name);
		rp_buf_add(out, s, strlen(s) < 16 ? strlen(s) : 16);
		return;
	default:
		break;
	}
	if (f->flags & RP_F_MULTI) {
		rp_record_format(rec, f, out);
	} else {
		rp_buf_puts(out, rp_record_str(rec, f->name));
	}
}

struct rp_input *ui_form_input(struct request *rq, const struct rp_kind *kind,
			       enum ui_form_mode mode, const struct rp_record *rec)
{
	struct rp_input *in = rp_input_new();
	struct rp_buf cur;
	size_t i;
	int rc = in ? RP_OK : RP_ENOMEM;

	rp_buf_init(&cur);
	for (i = 0; !rc && i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];
		const char *v = settable(f, mode) ? request_form(rq, f->name) : NULL;

		if (!v) {
			continue;
		}
		if (mode == UI_ADD || !rec) {
			rc = *v ? rp_input_add(in, f->name, v) : RP_OK;
			continue;
		}
		/* An edit sends what changed: an emptied field clears it. */
		rp_buf_reset(&cur);
		raw_value(rec, f, &cur);
		if (strcmp(cur.data, v)) {
			rc = rp_input_add(in, f->name, v);
		}
	}
	rp_buf_release(&cur);
	if (rc) {
		rp_input_free(in);
		return NULL;
	}
	return in;
}

struct rp_input *ui_verb_input(struct request *rq, const struct rp_transition *t)
{
	struct rp_input *in = rp_input_new();
	const struct rp_arg *a;
	int rc = in ? RP_OK : RP_ENOMEM;

	for (a = t->args; !rc && a && a->flag; a++) {
		const char *v = request_form(rq, a->field);

		if (v && *v) {
			rc = rp_input_add(in, a->field, v);
		}
	}
	if (rc) {
		rp_input_free(in);
		return NULL;
	}
	return in;
}

static int option(struct rp_buf *b, const char *value, const char *text, const char *current)
{
	return html_printf(b, "<option value=\"%s\"%s>%s</option>", value,
			   current && !strcmp(current, value) ? " selected" : "", text);
}

static int contact_select(struct ui_ctx *ctx, struct rp_buf *b, const char *name, const char *value,
			  bool required)
{
	const struct rp_record_list *l = ctx->contacts;
	char id[24];
	size_t i;

	html_printf(b, "<select name=\"%s\"%s>", name, required ? " required" : "");
	option(b, "", "—", value);
	for (i = 0; i < l->count; i++) {
		struct rp_buf text;

		rp_buf_init(&text);
		snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(l->items[i]));
		rp_buf_printf(&text, "%s%s", rp_record_str(l->items[i], "name"),
			      rp_record_int(l->items[i], "may_signoff") ? " (may sign off)" : "");
		option(b, id, text.data, value);
		rp_buf_release(&text);
	}
	return rp_buf_puts(b, "</select>");
}

/* A datalist of suggestions for a free-text input; returns its number. */
static unsigned datalist(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_field *f)
{
	static const char *const durations[] = {"1w", "2w", "1m", "3m", "6m", "1y", NULL};
	const struct rp_record_list *d = ctx->deliverables;
	unsigned n = ++ctx->seq;
	size_t i;

	rp_buf_printf(b, "<datalist id=\"dl-%u\">", n);
	if (f->type == RP_T_DURATION) {
		for (i = 0; durations[i]; i++) {
			html_printf(b, "<option value=\"%s\"></option>", durations[i]);
		}
	}
	for (i = 0; f->type == RP_T_TRIGGER && d && i < d->count; i++) {
		html_printf(b, "<option value=\"deliverable:%lld\">%s</option>",
			    (long long)rp_record_id(d->items[i]),
			    rp_record_str(d->items[i], "title"));
	}
	rp_buf_puts(b, "</datalist>");
	return n;
}

/* The input for field `f` under form name `name`. */
static int field_input(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_field *f,
		       const char *name, const char *value, bool required, bool is_switch)
{
	const char *req = required ? " required" : "";
	size_t i;

	if (is_switch) {
		return html_printf(b, "<input type=\"checkbox\" name=\"%s\" value=\"yes\"%s>", name,
				   value && !strcmp(value, "yes") ? " checked" : "");
	}
	switch (f->type) {
	case RP_T_ENUM:
	case RP_T_BOOL:
		html_printf(b, "<select name=\"%s\"%s>", name, req);
		if (!required) {
			option(b, "", "—", value);
		}
		if (f->type == RP_T_BOOL) {
			option(b, "yes", "yes", value);
			option(b, "no", "no", value);
		}
		for (i = 0; f->type == RP_T_ENUM && f->choices[i]; i++) {
			struct rp_buf text;
			const char *p;

			rp_buf_init(&text);
			for (p = f->choices[i]; *p; p++) {
				rp_buf_putc(&text, *p == '_' ? ' ' : *p);
			}
			option(b, f->choices[i], text.data, value);
			rp_buf_release(&text);
		}
		return rp_buf_puts(b, "</select>");
	case RP_T_CONTACT:
		if (ctx->contacts) {
			return contact_select(ctx, b, name, value, required);
		}
		return html_printf(b, "<input name=\"%s\" value=\"%s\"%s>", name, value, req);
	case RP_T_INT:
		return html_printf(b,
				   "<input type=\"number\" name=\"%s\" value=\"%s\" min=\"%lld\" "
				   "max=\"%lld\" step=\"1\"%s>",
				   name, value, (long long)f->min, (long long)f->max, req);
	case RP_T_DATE:
		return html_printf(b, "<input type=\"date\" name=\"%s\" value=\"%s\"%s>", name,
				   value, req);
	case RP_T_TIME:
		return html_printf(b, "<input type=\"datetime-local\" name=\"%s\" value=\"%s\"%s>",
				   name, value, req);
	case RP_T_MONEY:
		return html_printf(b,
				   "<input name=\"%s\" value=\"%s\" inputmode=\"decimal\" "
				   "placeholder=\"%s\"%s>",
				   name, value,
				   f->flags & RP_F_PERCENT ? "24000.50 or 30%" : "24000.50", req);
	case RP_T_EMAIL:
		return html_printf(b, "<input type=\"email\" name=\"%s\" value=\"%s\"%s>", name,
				   value, req);
	case RP_T_DURATION:
	case RP_T_TRIGGER: {
		unsigned n = datalist(ctx, b, f);

		return html_printf(
			b, "<input name=\"%s\" value=\"%s\" list=\"dl-%u\" placeholder=\"%s\"%s>",
			name, value, n,
			f->type == RP_T_DURATION ? "2w" : "deliverable:ID or date:YYYY-MM-DD", req);
	}
	case RP_T_CURRENCY:
		return html_printf(b,
				   "<input name=\"%s\" value=\"%s\" maxlength=\"3\" "
				   "placeholder=\"EUR\" class=\"short\"%s>",
				   name, value, req);
	case RP_T_SLUG:
		return html_printf(b,
				   "<input name=\"%s\" value=\"%s\" maxlength=\"40\" "
				   "pattern=\"[a-z0-9\\-]+\" placeholder=\"from the name\"%s>",
				   name, value, req);
	case RP_T_TEXT:
		if (f->max >= LONG_TEXT_MIN) {
			return html_printf(b, "<textarea name=\"%s\" rows=\"3\"%s>%s</textarea>",
					   name, req, value);
		}
		return html_printf(b, "<input name=\"%s\" value=\"%s\" maxlength=\"%lld\"%s>", name,
				   value, (long long)f->max, req);
	}
	return RP_OK;
}

/* One labelled input with its hint, and the failure's message when it is
 * about this field. */
static int labelled(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_field *f,
		    const char *name, const char *label, const char *help, const char *value,
		    bool required, bool is_switch, bool failed)
{
	bool bad = failed && ctx->fail->field && !strcmp(ctx->fail->field, f->name);
	bool wide = f->type == RP_T_TEXT && f->max >= LONG_TEXT_MIN;

	html_printf(b, "<label class=\"field%s%s%s\"><span class=\"name\">", wide ? " wide" : "",
		    bad ? " invalid" : "", is_switch ? " switch" : "");
	ui_label(b, label);
	if (required) {
		rp_buf_puts(b, "<abbr title=\"required\">*</abbr>");
	}
	rp_buf_puts(b, "</span>");
	field_input(ctx, b, f, name, value, required, is_switch);
	if (bad) {
		html_printf(b, "<small class=\"error\">%s</small>", ctx->fail->message);
	} else if (help) {
		html_printf(b, "<small>%s</small>", help);
	}
	return rp_buf_puts(b, "</label>\n");
}

int ui_field(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_field *f, const char *value,
	     bool required, bool failed)
{
	return labelled(ctx, b, f, f->name, f->label, f->help, value, required, false, failed);
}

int ui_fields(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_kind *kind,
	      enum ui_form_mode mode, const struct rp_record *rec)
{
	bool failed = ui_failed_here(ctx->fail, kind,
				     mode == UI_EDIT && rec ? rp_record_id(rec) : 0, NULL);
	struct rp_buf v;
	size_t i;

	rp_buf_init(&v);
	rp_buf_puts(b, "<div class=\"fields\">\n");
	for (i = 0; i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];
		bool required = mode == UI_ADD && (f->flags & RP_F_REQUIRED);

		if (!settable(f, mode)) {
			continue;
		}
		rp_buf_reset(&v);
		if (failed) {
			const char *typed = request_form(ctx->rq, f->name);

			rp_buf_puts(&v, typed ? typed : "");
		} else if (rec) {
			raw_value(rec, f, &v);
		} else if (f->def && f->def[0] != '@') {
			rp_buf_puts(&v, f->def);
		}
		labelled(ctx, b, f, f->name, f->label, f->help, v.data, required, false, failed);
	}
	rp_buf_release(&v);
	return rp_buf_puts(b, "</div>\n");
}

int ui_add_form(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_kind *kind,
		const char *parent, const struct rp_record *rec, const char *title)
{
	bool failed = ui_failed_here(ctx->fail, kind, 0, NULL);

	html_printf(b, "<details class=\"add\"%s><summary>%s</summary>\n", failed ? " open" : "",
		    title);
	html_printf(b, "<form method=\"post\" action=\"/records/%s\" class=\"record-form\">",
		    kind->name);
	page_csrf_field(ctx->rq, b);
	if (parent) {
		html_printf(b, "<input type=\"hidden\" name=\"_parent\" value=\"%s\">", parent);
	}
	rp_buf_puts(b, "\n");
	if (failed) {
		ui_failure_banner(b, ctx->fail);
	}
	ui_fields(ctx, b, kind, UI_ADD, rec);
	html_printf(b, "<div class=\"form-actions\"><button type=\"submit\">%s</button></div>\n",
		    kind->singleton ? "Save" : "Add");
	return rp_buf_puts(b, "</form>\n</details>\n");
}

/* How a verb reads on a button. */
static const char *verb_label(const char *verb)
{
	static const char *const labels[][2] = {
		{"writeoff", "Write off"},
		{"handover", "Hand over"},
		{"ack", "Acknowledged"},
		{"closing", "Start closing"},
		{"current", "Mark current"},
		{"excess", "Mark excess"},
		{"keep", "Kept"},
		{"fix", "Fixed"},
		{"done", "Done"},
		{"return", "Returned"},
		{"fulfil", "Fulfilled"},
		{"pay", "Paid"},
		{"answer", "Answered"},
		{"discuss", "Discussed"},
		{"hold", "Put on hold"},
		{"deliver", "Delivered"},
	};
	size_t i;

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		if (!strcmp(labels[i][0], verb)) {
			return labels[i][1];
		}
	}
	return NULL;
}

static int verb_text(struct rp_buf *b, const char *verb)
{
	const char *label = verb_label(verb);
	char first[2] = {verb[0], '\0'};

	if (label) {
		return html_txt(b, label);
	}
	if (first[0] >= 'a' && first[0] <= 'z') {
		first[0] = (char)(first[0] - 'a' + 'A');
	}
	html_txt(b, first);
	return html_txt(b, verb + 1);
}

static bool destructive(const char *verb)
{
	static const char *const verbs[] = {"terminate", "writeoff", "reject", "waive",
					    "decline",	 "dispute",  NULL};
	size_t i;

	for (i = 0; verbs[i]; i++) {
		if (!strcmp(verbs[i], verb)) {
			return true;
		}
	}
	return false;
}

static int verb_form(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record *rec,
		     const struct rp_transition *t, const char *ref)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	bool failed = ui_failed_here(ctx->fail, kind, rp_record_id(rec), t->verb);
	const struct rp_arg *a;

	if (!t->args || !t->args->flag) {
		html_printf(b, "<form method=\"post\" action=\"/records/%s/", kind->name);
		html_url_arg(b, ref);
		html_printf(b, "/%s\" class=\"verb-button\"", t->verb);
		if (destructive(t->verb)) {
			html_printf(b, " data-confirm=\"%s?\"", t->help);
		}
		rp_buf_puts(b, ">");
		page_csrf_field(ctx->rq, b);
		html_printf(b, "<button type=\"submit\" class=\"small secondary\" title=\"%s\">",
			    t->help);
		verb_text(b, t->verb);
		return rp_buf_puts(b, "</button></form>");
	}
	rp_buf_printf(b, "<details class=\"verb\"%s><summary>", failed ? " open" : "");
	verb_text(b, t->verb);
	html_printf(b, "</summary><form method=\"post\" action=\"/records/%s/", kind->name);
	html_url_arg(b, ref);
	html_printf(b, "/%s\" class=\"verb-form\">", t->verb);
	page_csrf_field(ctx->rq, b);
	html_printf(b, "<p class=\"muted\">%s</p>", t->help);
	for (a = t->args; a->flag; a++) {
		const struct rp_field *f = rp_kind_field(kind, a->field);
		const char *typed = failed ? request_form(ctx->rq, a->field) : NULL;

		if (!f) {
			continue;
		}
		labelled(ctx, b, f, a->field, a->flag, a->help, typed ? typed : "",
			 (a->flags & RP_F_REQUIRED) != 0, (a->flags & RP_F_SWITCH) != 0, failed);
	}
	html_printf(b, "<button type=\"submit\" class=\"small%s\">",
		    destructive(t->verb) ? " danger" : "");
	verb_text(b, t->verb);
	return rp_buf_puts(b, "</button></form></details>");
}

int ui_verb_forms(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record *rec,
		  const char *const *skip)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *state = rp_record_str(rec, "state");
	int idx = state ? rp_kind_state_index(kind, state) : -1;
	const struct rp_transition *t;
	char buf[24];
	const char *ref = ui_ref(rec, buf, sizeof(buf));

	for (t = kind->transitions; t && t->verb; t++) {
		bool skipped = false;

		for (size_t i = 0; skip && skip[i]; i++) {
			skipped |= !strcmp(skip[i], t->verb);
		}
		if (skipped || (idx >= 0 && !(t->from & (1u << idx)))) {
			continue;
		}
		verb_form(ctx, b, rec, t, ref);
	}
	return RP_OK;
}

int ui_remove_form(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record *rec,
		   bool edit_page)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	bool failed = ui_failed_here(ctx->fail, kind, rp_record_id(rec), "remove");
	bool bad = failed && ctx->fail->field && !strcmp(ctx->fail->field, "confirm");
	struct rp_buf name;
	char buf[24];

	if (!kind->removable) {
		return RP_OK;
	}
	rp_buf_init(&name);
	ui_name_of(&name, rec);
	if (!edit_page) {
		rp_buf_printf(b, "<details class=\"verb remove\"%s><summary>Remove</summary>",
			      failed ? " open" : "");
	}
	html_printf(b, "<form method=\"post\" action=\"/records/%s/", kind->name);
	html_url_arg(b, ui_ref(rec, buf, sizeof(buf)));
	html_printf(b, "/remove\" class=\"%s\">", edit_page ? "remove-form" : "verb-form");
	page_csrf_field(ctx->rq, b);
	if (edit_page) {
		rp_buf_puts(b, "<input type=\"hidden\" name=\"_from\" value=\"edit\">");
	}
	html_printf(b,
		    "<p class=\"muted\">Remove %s for good: it cannot be undone, and anything "
		    "that still refers to it stops the removal.</p>",
		    name.data);
	html_printf(b,
		    "<label class=\"field switch%s\"><input type=\"checkbox\" name=\"confirm\" "
		    "value=\"yes\" required><span class=\"name\">Yes, remove it</span>",
		    bad ? " invalid" : "");
	if (bad) {
		html_printf(b, "<small class=\"error\">%s</small>", ctx->fail->message);
	}
	html_printf(b,
		    "</label>\n<button type=\"submit\" class=\"danger%s\">Remove</button></form>",
		    edit_page ? "" : " small");
	if (!edit_page) {
		rp_buf_puts(b, "</details>");
	}
	rp_buf_release(&name);
	return RP_OK;
}

/* Whether an edit form has anything to offer for the record. */
static bool editable(const struct rp_record *rec)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *state = rp_record_str(rec, "state");
	int idx = state ? rp_kind_state_index(kind, state) : -1;
	size_t i;

	if (idx >= 0 && (kind->locked & (1u << idx))) {
		return false;
	}
	for (i = 0; i < kind->nfields; i++) {
		if (settable(&kind->fields[i], UI_EDIT)) {
			return true;
		}
	}
	return false;
}

/* Under a row's main cell, the texts its verbs wrote (our answer to a
 * request, the reviewer's comment, why it was waived): as columns they
 * would crowd the table, yet they say why the record reads as it does. */
static void verb_texts(struct rp_buf *b, const struct rp_record *rec)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const unsigned by_verb = RP_F_NOADD | RP_F_NOEDIT;
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];

		if (f->type != RP_T_TEXT || (f->flags & by_verb) != by_verb ||
		    (f->flags & (RP_F_LIST | RP_F_MULTI)) || rp_record_is_null(rec, f->name)) {
			continue;
		}
		rp_buf_puts(b, "<p class=\"verb-text\"><span>");
		ui_label(b, f->label);
		rp_buf_puts(b, "</span> ");
		ui_value(b, rec, f);
		rp_buf_puts(b, "</p>");
	}
}

int ui_record_table(struct ui_ctx *ctx, struct rp_buf *b, const struct rp_record_list *list)
{
	const struct rp_kind *kind;
	size_t r, i;
	char buf[24];

	if (!list->count) {
		return RP_OK;
	}
	kind = rp_record_kind(list->items[0]);
	rp_buf_puts(b, "<div class=\"table-wrap\"><table class=\"records\">\n<thead><tr><th "
		       "class=\"num\">#</th>");
	for (i = 0; i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];

		if ((f->flags & RP_F_LIST) && strcmp(f->name, "state")) {
			rp_buf_puts(b, f->type == RP_T_MONEY ? "<th class=\"num\">" : "<th>");
			ui_label(b, f->label);
			rp_buf_puts(b, "</th>");
		}
	}
	rp_buf_puts(b, kind->states ? "<th>State</th>" : "");
	rp_buf_puts(b, "<th class=\"actions\"><span "
		       "class=\"sr-only\">Actions</span></th></tr></thead>\n<tbody>\n");
	for (r = 0; r < list->count; r++) {
		const struct rp_record *rec = list->items[r];
		const char *ref = ui_ref(rec, buf, sizeof(buf));
		bool first = true;

		html_printf(b, "<tr id=\"%s-%lld\"><td class=\"num muted\">%lld</td>", kind->name,
			    (long long)rp_record_id(rec), (long long)rp_record_id(rec));
		for (i = 0; i < kind->nfields; i++) {
			const struct rp_field *f = &kind->fields[i];

			if (!(f->flags & RP_F_LIST) || !strcmp(f->name, "state")) {
				continue;
			}
			rp_buf_puts(b, f->type == RP_T_MONEY ? "<td class=\"num\">"
				       : first		     ? "<td class=\"main\">"
				       : f->type == RP_T_DATE || f->type == RP_T_TIME
					       ? "<td class=\"date\">"
					       : "<td>");
			if (f->type == RP_T_CONTACT && ctx->contacts &&
			    !rp_record_is_null(rec, f->name)) {
				int64_t id = rp_record_int(rec, f->name);
				const char *name = NULL;

				for (size_t c = 0; c < ctx->contacts->count && !name; c++) {
					if (rp_record_id(ctx->contacts->items[c]) == id) {
						name = rp_record_str(ctx->contacts->items[c],
								     "name");
					}
				}
				if (name) {
					html_txt(b, name);
				} else {
					ui_value(b, rec, f);
				}
			} else {
				ui_value(b, rec, f);
			}
			if (first) {
				verb_texts(b, rec);
				first = false;
			}
			rp_buf_puts(b, "</td>");
		}
		if (kind->states) {
			rp_buf_puts(b, "<td>");
			ui_badge(b, rp_record_str(rec, "state"));
			rp_buf_puts(b, "</td>");
		}
		rp_buf_puts(b, "<td class=\"actions\"><div class=\"row-actions\">");
		if (editable(rec)) {
			html_printf(b, "<a class=\"button small secondary\" href=\"/records/%s/",
				    kind->name);
			html_url_arg(b, ref);
			rp_buf_puts(b, "\">Edit</a>");
		}
		ui_verb_forms(ctx, b, rec, NULL);
		ui_remove_form(ctx, b, rec, false);
		rp_buf_puts(b, "</div></td></tr>\n");
	}
	return rp_buf_puts(b, "</tbody>\n</table></div>\n");
}
