/*
 * ui-gate.c — the kickoff and close gates as checklists:
 * GET /engagements/SLUG/kickoff (and /close) lists every check of the
 * gate's phase, passed or not, with its findings and how to fix them; the
 * POST passes the gate, or overrides it with a written reason that the
 * audit trail keeps with the blockers.
 *
 * Which gate a request is about is read from its route's pattern, so one
 * pair of handlers serves both.
 */
#include <string.h>

#include "ui-kit.h"

struct gate {
	bool kickoff;
	enum rp_phase phase;
	const char *name;   /* "Kickoff gate" */
	const char *button; /* "Kick off" */
	const char *from;   /* the states the gate is passed from, for people */
};

static const struct gate gates[] = {
	{true, RP_PHASE_KICKOFF, "Kickoff gate", "Kick off", "draft"},
	{false, RP_PHASE_CLOSE, "Close gate", "Close the engagement", "closing or terminated"},
};

static const struct gate *gate_of(const struct request *rq)
{
	return strstr(rq->route->pattern, "/kickoff") ? &gates[0] : &gates[1];
}

static bool open_in(const struct gate *g, const char *state)
{
	if (g->kickoff) {
		return !strcmp(state, "draft");
	}
	return !strcmp(state, "closing") || !strcmp(state, "terminated");
}

static void checklist(struct rp_buf *b, const char *slug, const struct gate *g,
		      const struct rp_findings *f)
{
	const struct rp_check *const *c;
	size_t i;

	rp_buf_puts(b, "<ol class=\"checklist\">\n");
	for (c = rp_checks(); *c; c++) {
		enum rp_severity worst = RP_WARNING;
		bool fired = false;

		if ((*c)->phase != g->phase) {
			continue;
		}
		for (i = 0; i < f->count; i++) {
			if (f->items[i].check == *c) {
				fired = true;
				worst = f->items[i].severity == RP_BLOCKER ? RP_BLOCKER : worst;
			}
		}
		html_printf(b,
			    "<li class=\"%s\"><span class=\"mark\" aria-hidden=\"true\">%s</span>"
			    "<div><div class=\"check-line\"><code class=\"check-id\">%s</code> "
			    "<span>%s</span> ",
			    !fired		  ? "pass"
			    : worst == RP_BLOCKER ? "fail"
						  : "warn",
			    !fired		  ? "✓"
			    : worst == RP_BLOCKER ? "✗"
						  : "!",
			    (*c)->id, (*c)->summary);
		ui_badge(b, !fired ? "passed" : rp_severity_name(worst));
		rp_buf_puts(b, "</div>");
		for (i = 0; i < f->count; i++) {
			const struct rp_finding *it = &f->items[i];

			if (it->check != *c) {
				continue;
			}
			html_printf(b, "<p class=\"finding\">%s</p>", it->message);
			ui_finding_fix(b, slug, it);
		}
		rp_buf_puts(b, "</div></li>\n");
	}
	rp_buf_puts(b, "</ol>\n");
}

static int gate_page(struct request *rq, struct response *rs, const struct ui_failure *fail)
{
	const struct gate *g = gate_of(rq);
	struct rp_record *eng = NULL;
	struct rp_buf *b = &rs->body;
	struct rp_findings f;
	const char *slug, *state;
	int rc;

	rc = rp_record_get(rq->db, rp_kind_find("engagement"), rq->params[0], &eng);
	if (rc) {
		return ui_fail_page(rq, rs, rc, "such engagement");
	}
	slug = rp_record_str(eng, "slug");
	state = rp_record_str(eng, "state");
	rc = rp_check_run(rq->db, slug, g->phase, &f);
	if (rc) {
		rp_record_free(eng);
		return ui_error_page(rq, rs, rc);
	}
	page_begin(rq, rs, g->name);
	ui_crumbs(b, slug, rp_record_str(eng, "title"));
	html_printf(b, "<header class=\"page-head\"><div><h1>%s</h1>\n", g->name);
	html_printf(b, "<p class=\"sub\">%s</p></div><div class=\"head-state\">",
		    g->kickoff ? "The engagement goes active only when the ideal customer "
				 "checklist is satisfied by recorded facts."
			       : "The engagement closes only when nothing is left hanging.");
	ui_badge(b, state);
	rp_buf_puts(b, "</div></header>\n");
	if (fail) {
		ui_failure_banner(b, fail);
	}
	html_printf(b,
		    "<section class=\"card gate %s\">\n<p class=\"summary\"><strong>%d</strong> "
		    "blocker%s, <strong>%d</strong> warning%s</p>\n",
		    f.blockers ? "blocked" : "clear", f.blockers, f.blockers == 1 ? "" : "s",
		    f.warnings, f.warnings == 1 ? "" : "s");
	checklist(b, slug, g, &f);
	rp_buf_puts(b, "</section>\n<section class=\"card\">\n");
	if (!open_in(g, state)) {
		html_printf(b,
			    "<p>The engagement is %s: the %s applies to an engagement that is "
			    "%s.</p>\n",
			    state, g->kickoff ? "kickoff gate" : "close gate", g->from);
	} else {
		html_printf(b, "<form method=\"post\" action=\"/engagements/");
		html_url_arg(b, slug);
		html_printf(b, "/%s\" class=\"gate-form\">", g->kickoff ? "kickoff" : "close");
		page_csrf_field(rq, b);
		if (!f.blockers) {
			html_printf(b,
				    "<p>Every blocker is cleared.</p><button type=\"submit\" "
				    "class=\"big\">%s</button>",
				    g->button);
		} else {
			html_printf(
				b,
				"<p>The gate is blocked. Fix the blockers above, or pass it "
				"anyway with a written reason: the reason and the blockers "
				"are kept in the audit trail.</p>"
				"<label class=\"field wide\"><span class=\"name\">Reason for the "
				"override<abbr title=\"required\">*</abbr></span>"
				"<textarea name=\"override\" rows=\"3\" "
				"required></textarea></label>"
				"<button type=\"submit\" class=\"danger\">Override and %s</button>",
				g->kickoff ? "kick off" : "close");
		}
		rp_buf_puts(b, "</form>\n");
	}
	rp_buf_puts(b, "</section>\n");
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
	rp_findings_release(&f);
	rp_record_free(eng);
	return RP_OK;
}

int ui_gate(struct request *rq, struct response *rs)
{
	return gate_page(rq, rs, NULL);
}

int ui_gate_pass(struct request *rq, struct response *rs)
{
	const struct gate *g = gate_of(rq);
	const char *override = request_form(rq, "override");
	struct rp_record *eng = NULL;
	struct ui_failure fail;
	struct rp_findings f;
	struct rp_buf loc, msg;
	int rc;

	if (override && !override[strspn(override, " \t\r\n")]) {
		override = NULL;
	}
	rc = g->kickoff ? rp_engagement_kickoff(rq->db, rq->params[0], override, &f)
			: rp_engagement_close(rq->db, rq->params[0], override, &f);
	rp_findings_release(&f);
	if (rc == RP_ENOTFOUND) {
		return ui_not_found(rq, rs, "such engagement");
	}
	if (rc) {
		ui_failure_of(&fail, rq, rc, rp_kind_find("engagement"), 0,
			      g->kickoff ? "kickoff" : "close");
		rc = gate_page(rq, rs, &fail);
		ui_failure_release(&fail);
		return rc;
	}
	rc = rp_record_get(rq->db, rp_kind_find("engagement"), rq->params[0], &eng);
	if (rc) {
		return ui_error_page(rq, rs, rc);
	}
	rp_buf_init(&loc);
	rp_buf_init(&msg);
	rp_buf_puts(&loc, "/engagements/");
	html_url_arg(&loc, rp_record_str(eng, "slug"));
	rp_buf_printf(&msg, "Engagement '%s' is now %s%s", rp_record_str(eng, "slug"),
		      rp_record_str(eng, "state"), override ? " (gate overridden)" : "");
	rc = page_redirect(rq, rs, loc.data, msg.data);
	rp_buf_release(&loc);
	rp_buf_release(&msg);
	rp_record_free(eng);
	return rc;
}
