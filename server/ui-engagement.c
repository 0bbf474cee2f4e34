/*
 * ui-engagement.c — GET /engagements/SLUG: one engagement on one page: its
 * state and health, the lifecycle buttons its state allows, the findings of
 * the checks of that state, its terms, and a section per record kind (the
 * records with their states and verbs, and a form to add one), the closeout
 * items and the reports sent.
 *
 * The page only reads; every form on it posts to the /records/ routes, the
 * gates, the reports or, under the follow-up plan, POST
 * /engagements/SLUG/touch (ui_touch, below: `rapport followup touch`),
 * which come back here.  After a refused write the page is drawn again with
 * that form open (struct ui_failure).
 */
#include <stdio.h>
#include <string.h>

#include "ui-kit.h"

/* The order the record sections are shown in: the work first. */
static const char *const sections[] = {
	"deliverable",	  "payment",	    "action_item", "client_request", "risk",
	"change_request", "interaction",    "commitment",  "clause",	     "document",
	"material",	  "purchase_order", "vendor_bill", "punch_item",     NULL,
};
static const char *const closeout[] = {"retrospective", "exit_interview", "testimonial", "followup",
				       NULL};

struct page {
	struct request *rq;
	struct rp_buf *b;
	const char *slug;
	struct rp_record *eng;
	struct rp_record *client;
	struct rp_record_list contacts;
	struct rp_record_list deliverables;
	struct ui_ctx ctx;
	bool closed;
};

/* "deliverable" -> "Deliverable" */
static int capitalised(struct rp_buf *b, const char *text)
{
	char first[2] = {text[0], '\0'};

	if (first[0] >= 'a' && first[0] <= 'z') {
		first[0] = (char)(first[0] - 'a' + 'A');
	}
	html_txt(b, first);
	return html_txt(b, text + 1);
}

/* "deliverable" -> "Deliverables" */
static int plural(struct rp_buf *b, const struct rp_kind *kind)
{
	capitalised(b, kind->title);
	return rp_buf_puts(b, "s");
}

static void head(struct page *p)
{
	struct rp_buf *b = p->b;
	const struct rp_kind *ek = rp_record_kind(p->eng);
	const char *type;

	rp_buf_puts(b, "<nav class=\"crumbs\"><a href=\"/\">Portfolio</a> <span>›</span> "
		       "<a href=\"/clients/");
	html_url_arg(b, rp_record_parent(p->eng));
	html_printf(b, "\">%s</a></nav>\n",
		    p->client ? rp_record_str(p->client, "name") : rp_record_parent(p->eng));
	html_printf(b, "<header class=\"page-head\">\n<div>\n<h1>%s</h1>\n<p class=\"sub\">",
		    rp_record_str(p->eng, "title"));
	type = rp_record_str(p->eng, "type");
	html_txt(b, !strcmp(type, "fixed") ? "Fixed price"
		    : !strcmp(type, "tm")  ? "Time and materials"
					   : "Retainer");
	if (!rp_record_is_null(p->eng, "value")) {
		rp_buf_puts(b, " · ");
		ui_value(b, p->eng, rp_kind_field(ek, "value"));
	}
	if (!rp_record_is_null(p->eng, "baseline_start") ||
	    !rp_record_is_null(p->eng, "baseline_end")) {
		rp_buf_puts(b, " · ");
		ui_value(b, p->eng, rp_kind_field(ek, "baseline_start"));
		rp_buf_puts(b, " → ");
		ui_value(b, p->eng, rp_kind_field(ek, "baseline_end"));
	}
	html_printf(b, " · <code>%s</code></p>\n</div>\n<div class=\"head-state\">", p->slug);
	ui_badge(b, rp_record_str(p->eng, "state"));
	rp_buf_puts(b, "</div>\n</header>\n");
}

static void toolbar(struct page *p)
{
	static const char *const gates[] = {"kickoff", "close", NULL};
	struct rp_buf *b = p->b;
	const char *state = rp_record_str(p->eng, "state");

	rp_buf_puts(b, "<div class=\"toolbar\">\n<div class=\"lifecycle\">");
	if (!strcmp(state, "draft")) {
		rp_buf_puts(b, "<a class=\"button\" href=\"/engagements/");
		html_url_arg(b, p->slug);
		rp_buf_puts(b, "/kickoff\">Kickoff gate</a>");
	}
	if (!strcmp(state, "closing") || !strcmp(state, "terminated")) {
		rp_buf_puts(b, "<a class=\"button\" href=\"/engagements/");
		html_url_arg(b, p->slug);
		rp_buf_puts(b, "/close\">Close gate</a>");
	}
	ui_verb_forms(&p->ctx, b, p->eng, gates);
	rp_buf_puts(b, "</div>\n<div class=\"links\">");
	if (!p->closed) {
		rp_buf_puts(b, "<a class=\"button secondary\" href=\"/records/engagement/");
		html_url_arg(b, p->slug);
		rp_buf_puts(b, "\">Edit terms</a>");
	}
	rp_buf_puts(b, "<a class=\"button secondary\" href=\"/engagements/");
	html_url_arg(b, p->slug);
	rp_buf_puts(b, "/reports\">Reports</a><a class=\"button secondary\" href=\"/engagements/");
	html_url_arg(b, p->slug);
	rp_buf_puts(b, "/history\">History</a></div>\n</div>\n");
}

static void checks(struct page *p)
{
	struct rp_buf *b = p->b;
	struct rp_findings f;
	size_t i;

	rp_buf_puts(
		b,
		"<section class=\"card\" id=\"checks\">\n<div class=\"card-head\"><h2>Checks</h2>");
	if (rp_check_run(p->rq->db, p->slug, 0, &f)) {
		html_printf(b, "</div><p class=\"flash error\">%s</p></section>\n",
			    rp_db_errmsg(p->rq->db));
		return;
	}
	if (f.phases & RP_PHASE_HEALTH) {
		rp_buf_puts(b, "<span class=\"muted\">health</span> ");
		ui_score(b, f.score);
	}
	rp_buf_puts(b, "</div>\n");
	if (!f.phases) {
		rp_buf_puts(b,
			    "<p class=\"muted\">The engagement is closed: no checks apply.</p>\n");
	} else {
		html_printf(b,
			    "<p class=\"summary\">%s: <strong>%d</strong> blocker%s, "
			    "<strong>%d</strong> warning%s",
			    f.phases & RP_PHASE_KICKOFF ? "Kickoff gate"
			    : f.phases & RP_PHASE_CLOSE ? "Close gate"
							: "Health monitor",
			    f.blockers, f.blockers == 1 ? "" : "s", f.warnings,
			    f.warnings == 1 ? "" : "s");
		if (f.next_deadline[0]) {
			html_printf(b, " · next deadline <strong>%s</strong>: %s", f.next_deadline,
				    f.next_what ? f.next_what : "");
		}
		rp_buf_puts(b, "</p>\n");
	}
	if (f.count) {
		rp_buf_puts(b, "<ul class=\"findings\">\n");
	}
	for (i = 0; i < f.count; i++) {
		const struct rp_finding *it = &f.items[i];

		rp_buf_puts(b, "<li>");
		ui_badge(b, rp_severity_name(it->severity));
		html_printf(b, " <code class=\"check-id\">%s</code> <span>%s</span>", it->check->id,
			    it->message);
		ui_finding_fix(b, p->slug, it);
		rp_buf_puts(b, "</li>\n");
	}
	if (f.count) {
		rp_buf_puts(b, "</ul>\n");
	} else if (f.phases) {
		rp_buf_puts(b, "<p class=\"all-clear\">Nothing to fix.</p>\n");
	}
	rp_findings_release(&f);
	rp_buf_puts(b, "</section>\n");
}

static bool long_text(const struct rp_field *f)
{
	return f->type == RP_T_TEXT && f->max >= 1000;
}

static void terms(struct page *p)
{
	static const char *const shown_elsewhere[] = {"title", "slug", "state", "type", NULL};
	const struct rp_kind *ek = rp_record_kind(p->eng);
	struct rp_buf *b = p->b;
	size_t i, k;
	int pass;

	rp_buf_puts(b, "<section class=\"card\" id=\"terms\">\n<div class=\"card-head\">"
		       "<h2>Terms</h2></div>\n");
	/* the figures and dates first, the notes after them */
	for (pass = 0; pass < 2; pass++) {
		rp_buf_puts(b, pass ? "<dl class=\"terms notes\">\n" : "<dl class=\"terms\">\n");
		for (i = 0; i < ek->nfields; i++) {
			const struct rp_field *f = &ek->fields[i];
			bool skip = long_text(f) != (pass == 1);

			for (k = 0; shown_elsewhere[k]; k++) {
				skip |= !strcmp(shown_elsewhere[k], f->name);
			}
			/* a stamp nobody set yet says nothing */
			if (skip ||
			    ((f->flags & RP_F_NOEDIT) && rp_record_is_null(p->eng, f->name))) {
				continue;
			}
			html_printf(b, "<div><dt title=\"%s\">", f->help);
			ui_label(b, f->label);
			rp_buf_puts(b, "</dt><dd>");
			ui_value(b, p->eng, f);
			rp_buf_puts(b, "</dd></div>\n");
		}
		rp_buf_puts(b, "</dl>\n");
	}
	rp_buf_puts(b, "</section>\n");
}

static void toc(struct page *p, const size_t *counts)
{
	struct rp_buf *b = p->b;
	size_t i;

	rp_buf_puts(b, "<nav class=\"toc\" aria-label=\"Sections\">");
	for (i = 0; sections[i]; i++) {
		html_printf(b, "<a href=\"#%s\">", sections[i]);
		plural(b, rp_kind_find(sections[i]));
		if (counts[i]) {
			html_printf(b, " <span class=\"count\">%zu</span>", counts[i]);
		}
		rp_buf_puts(b, "</a>");
	}
	rp_buf_puts(b,
		    "<a href=\"#closeout\">Closeout</a><a href=\"#reports\">Reports</a></nav>\n");
}

static void section(struct page *p, const struct rp_kind *kind, const struct rp_record_list *list)
{
	struct rp_buf *b = p->b;
	struct rp_buf title;

	html_printf(b, "<section class=\"card%s\" id=\"%s\">\n<div class=\"card-head\"><h2>",
		    list->count ? "" : " compact", kind->name);
	plural(b, kind);
	html_printf(b, "</h2><span class=\"muted\">%s</span></div>\n", kind->summary);
	/* a refused verb or edit of one of the records */
	if (p->ctx.fail && p->ctx.fail->kind == kind && p->ctx.fail->id) {
		ui_failure_banner(b, p->ctx.fail);
	}
	if (list->count) {
		ui_record_table(&p->ctx, b, list);
	} else {
		html_printf(b, "<p class=\"empty\">None yet.</p>\n");
	}
	if (!p->closed || kind->after_close) {
		rp_buf_init(&title);
		rp_buf_printf(&title, "Add %s %s", strchr("aeiou", kind->title[0]) ? "an" : "a",
			      kind->title);
		ui_add_form(&p->ctx, b, kind, p->slug, NULL, title.data);
		rp_buf_release(&title);
	}
	rp_buf_puts(b, "</section>\n");
}

/* Under the follow-up plan: log a contact by us, as `rapport followup
 * touch` does (POST /engagements/SLUG/touch). */
static void touch_form(struct page *p, const struct rp_record *plan)
{
	static const char *const names[] = {"summary", "channel", "date"};
	const struct rp_kind *log = rp_kind_find("interaction");
	bool failed =
		ui_failed_here(p->ctx.fail, rp_record_kind(plan), rp_record_id(plan), "touch");
	struct rp_buf *b = p->b;
	char today[RP_DATE_BUFSZ];
	const char *defaults[] = {"", "call", today};
	size_t i;

	rp_date_format(rp_db_today(p->rq->db), today);
	html_printf(b, "<details class=\"add\"%s><summary>Log a stay-in-touch contact</summary>\n",
		    failed ? " open" : "");
	rp_buf_puts(b, "<form method=\"post\" action=\"/engagements/");
	html_url_arg(b, p->slug);
	rp_buf_puts(b, "/touch\" class=\"record-form\">");
	page_csrf_field(p->rq, b);
	rp_buf_puts(b, "\n<div class=\"fields\">\n");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const struct rp_field *f = rp_kind_field(log, names[i]);
		const char *typed = failed ? request_form(p->rq, names[i]) : NULL;

		ui_field(&p->ctx, b, f, typed ? typed : defaults[i],
			 (f->flags & RP_F_REQUIRED) != 0, failed);
	}
	rp_buf_puts(b, "</div>\n<div class=\"form-actions\"><button type=\"submit\">Log it</button>"
		       "</div>\n</form>\n</details>\n");
}

static void singleton(struct page *p, const struct rp_kind *kind)
{
	struct rp_buf *b = p->b;
	struct rp_record *rec = NULL;
	bool fields = false;
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		fields |= kind->fields[i].flag && !(kind->fields[i].flags & RP_F_NOADD);
	}
	rp_record_get(p->rq->db, kind, p->slug, &rec);
	html_printf(b, "<div class=\"closeout-item\" id=\"%s\">\n<h3>", kind->name);
	capitalised(b, kind->title);
	rp_buf_puts(b, " ");
	if (rec && rp_record_str(rec, "state")) {
		ui_badge(b, rp_record_str(rec, "state"));
	} else if (!rec) {
		rp_buf_puts(b, "<span class=\"badge st-missing\">not yet</span>");
	}
	html_printf(b, "</h3>\n<p class=\"muted\">%s</p>\n", kind->summary);
	if (p->ctx.fail && p->ctx.fail->kind == kind && p->ctx.fail->verb) {
		ui_failure_banner(b, p->ctx.fail);
	}
	if (rec) {
		rp_buf_puts(b, "<dl class=\"facts\">");
		for (i = 0; i < kind->nfields; i++) {
			const struct rp_field *f = &kind->fields[i];

			if (rp_record_is_null(rec, f->name) || !strcmp(f->name, "state")) {
				continue;
			}
			rp_buf_puts(b, "<div><dt>");
			ui_label(b, f->label);
			rp_buf_puts(b, "</dt><dd>");
			ui_value(b, rec, f);
			rp_buf_puts(b, "</dd></div>");
		}
		rp_buf_puts(b, "</dl>\n<div class=\"row-actions\">");
		ui_verb_forms(&p->ctx, b, rec, NULL);
		rp_buf_puts(b, "</div>\n");
		if (!strcmp(kind->name, "followup")) {
			touch_form(p, rec);
		}
	}
	if (fields) {
		ui_add_form(&p->ctx, b, kind, p->slug, rec, rec ? "Edit" : "Record it");
	} else if (!rec) {
		html_printf(b, "<form method=\"post\" action=\"/records/%s\">", kind->name);
		page_csrf_field(p->rq, b);
		html_printf(
			b,
			"<input type=\"hidden\" name=\"_parent\" value=\"%s\">"
			"<button type=\"submit\" class=\"secondary\">Ask for it</button></form>\n",
			p->slug);
	}
	rp_buf_puts(b, "</div>\n");
	rp_record_free(rec);
}

static void reports(struct page *p)
{
	struct rp_buf *b = p->b;
	struct rp_record_list sent = {NULL, 0};
	size_t i;

	rp_buf_puts(
		b,
		"<section class=\"card\" id=\"reports\">\n<div class=\"card-head\"><h2>Reports</h2>"
		"<span class=\"muted\">progress and close-out reports as sent</span></div>\n");
	rp_record_list_brief(p->rq->db, rp_kind_find("report"), p->slug, NULL, &sent);
	if (!sent.count) {
		rp_buf_puts(b, "<p class=\"empty\">No report sent yet.</p>\n");
	} else {
		rp_buf_puts(b, "<ul class=\"plain\">\n");
	}
	for (i = sent.count; i-- > 0;) {
		const struct rp_record *r = sent.items[i];

		rp_buf_puts(b, "<li><a href=\"/engagements/");
		html_url_arg(b, p->slug);
		html_printf(
			b,
			"/reports/sent/%lld\">%s report, %s to %s</a> <span class=\"muted\">sent ",
			(long long)rp_record_id(r), rp_record_str(r, "kind"),
			rp_record_str(r, "period_from"), rp_record_str(r, "period_to"));
		ui_value(b, r, rp_kind_field(rp_record_kind(r), "sent_at"));
		rp_buf_puts(b, "</span></li>\n");
	}
	if (sent.count) {
		rp_buf_puts(b, "</ul>\n");
	}
	rp_record_list_release(&sent);
	rp_buf_puts(b, "<p><a class=\"button secondary\" href=\"/engagements/");
	html_url_arg(b, p->slug);
	rp_buf_puts(b, "/reports\">Preview and send a report</a></p>\n</section>\n");
}

int ui_engagement_page(struct request *rq, struct response *rs, const char *slug,
		       const struct ui_failure *fail)
{
	const struct rp_kind *ek = rp_kind_find("engagement");
	struct rp_record_list lists[sizeof(sections) / sizeof(sections[0])];
	size_t counts[sizeof(sections) / sizeof(sections[0])] = {0};
	struct page p;
	size_t i;
	int rc;

	memset(&p, 0, sizeof(p));
	memset(lists, 0, sizeof(lists));
	rc = rp_record_get(rq->db, ek, slug, &p.eng);
	if (rc) {
		return ui_fail_page(rq, rs, rc, "such engagement");
	}
	p.rq = rq;
	p.b = &rs->body;
	p.slug = rp_record_str(p.eng, "slug");
	p.closed = !strcmp(rp_record_str(p.eng, "state"), "closed");
	rp_record_get(rq->db, rp_kind_find("client"), rp_record_parent(p.eng), &p.client);
	rp_record_list(rq->db, rp_kind_find("contact"), rp_record_parent(p.eng), NULL, &p.contacts);
	p.ctx = (struct ui_ctx){.rq = rq, .contacts = &p.contacts, .fail = fail};
	for (i = 0; sections[i]; i++) {
		rc = rp_record_list(rq->db, rp_kind_find(sections[i]), p.slug, NULL, &lists[i]);
		if (rc) {
			goto out;
		}
		counts[i] = lists[i].count;
	}
	p.ctx.deliverables = &lists[0];
	page_begin(rq, rs, rp_record_str(p.eng, "title"));
	page_flash(rq, rs, &rs->body);
	head(&p);
	if (fail && fail->kind == ek) {
		ui_failure_banner(p.b, fail);
	}
	toolbar(&p);
	checks(&p);
	terms(&p);
	toc(&p, counts);
	/* the kinds with records first, then the empty ones side by side */
	for (i = 0; sections[i]; i++) {
		if (lists[i].count) {
			section(&p, rp_kind_find(sections[i]), &lists[i]);
		}
	}
	rp_buf_puts(p.b, "<div class=\"empty-kinds\">\n");
	for (i = 0; sections[i]; i++) {
		if (!lists[i].count) {
			section(&p, rp_kind_find(sections[i]), &lists[i]);
		}
	}
	rp_buf_puts(p.b, "</div>\n");
	rp_buf_puts(p.b, "<section class=\"card\" id=\"closeout\">\n<div class=\"card-head\">"
			 "<h2>Closeout</h2><span class=\"muted\">what the close gate asks for at "
			 "the end</span></div>\n<div class=\"closeout\">\n");
	for (i = 0; closeout[i]; i++) {
		singleton(&p, rp_kind_find(closeout[i]));
	}
	rp_buf_puts(p.b, "</div>\n</section>\n");
	reports(&p);
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
out:
	for (i = 0; sections[i]; i++) {
		rp_record_list_release(&lists[i]);
	}
	rp_record_list_release(&p.contacts);
	rp_record_free(p.client);
	rp_record_free(p.eng);
	return rc;
}

int ui_engagement(struct request *rq, struct response *rs)
{
	return ui_engagement_page(rq, rs, rq->params[0], NULL);
}

/* The interaction a stay-in-touch form asks for: by us, a call unless it
 * says otherwise, on the day it names (else today, the library's default).
 * An empty field is left out, so that the library names what is missing. */
static struct rp_input *touch_input(struct request *rq)
{
	static const char *const fields[] = {"summary", "channel", "date"};
	struct rp_input *in = rp_input_new();
	const char *channel = request_form(rq, "channel");
	int rc = in ? RP_OK : RP_ENOMEM;
	size_t i;

	for (i = 0; !rc && i < sizeof(fields) / sizeof(fields[0]); i++) {
		const char *v = request_form(rq, fields[i]);

		if (v && *v) {
			rc = rp_input_add(in, fields[i], v);
		}
	}
	if (!rc && (!channel || !*channel)) {
		rc = rp_input_add(in, "channel", "call");
	}
	if (!rc) {
		rc = rp_input_add(in, "initiated_by", "us");
	}
	if (rc) {
		rp_input_free(in);
		return NULL;
	}
	return in;
}

/* After a touch: back to the plan, with the date it now names. */
static int touched(struct request *rq, struct response *rs, const char *slug)
{
	struct rp_record *plan = NULL;
	struct rp_buf msg, loc;
	const char *channel = request_form(rq, "channel");
	int rc;

	rp_buf_init(&msg);
	rp_buf_init(&loc);
	rp_buf_printf(&msg, "Stay-in-touch %s logged", channel && *channel ? channel : "call");
	if (!rp_record_get(rq->db, rp_kind_find("followup"), slug, &plan) &&
	    rp_record_str(plan, "next_on")) {
		rp_buf_printf(&msg, "; the next touch is due on %s",
			      rp_record_str(plan, "next_on"));
	}
	rp_buf_puts(&loc, "/engagements/");
	html_url_arg(&loc, slug);
	rp_buf_puts(&loc, "#followup");
	rc = page_redirect(rq, rs, loc.data, msg.data);
	rp_record_free(plan);
	rp_buf_release(&msg);
	rp_buf_release(&loc);
	return rc;
}

int ui_touch(struct request *rq, struct response *rs)
{
	const struct rp_kind *plan_kind = rp_kind_find("followup");
	struct rp_record *eng = NULL, *plan = NULL;
	struct rp_input *in = NULL;
	struct ui_failure fail = {0};
	const char *slug;
	int rc;

	rc = rp_record_get(rq->db, rp_kind_find("engagement"), rq->params[0], &eng);
	if (rc) {
		return ui_fail_page(rq, rs, rc, "such engagement");
	}
	slug = rp_record_str(eng, "slug");
	/* A touch moves the plan: without one there is nothing to keep. */
	rc = rp_record_get(rq->db, plan_kind, slug, &plan);
	if (rc == RP_ENOTFOUND) {
		ui_failure_of(&fail, rq, rc, plan_kind, 0, "touch");
		fail.status = 422;
		rc = ui_engagement_page(rq, rs, slug, &fail);
		goto out;
	}
	if (rc) {
		rc = ui_error_page(rq, rs, rc);
		goto out;
	}
	in = touch_input(rq);
	if (!in) {
		rc = RP_ENOMEM;
		goto out;
	}
	rc = rp_record_add(rq->db, rp_kind_find("interaction"), slug, in, NULL);
	if (rc) {
		ui_failure_of(&fail, rq, rc, plan_kind, rp_record_id(plan), "touch");
		rc = ui_engagement_page(rq, rs, slug, &fail);
		goto out;
	}
	rc = touched(rq, rs, slug);
out:
	ui_failure_release(&fail);
	rp_input_free(in);
	rp_record_free(plan);
	rp_record_free(eng);
	return rc;
}
