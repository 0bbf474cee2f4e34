/*
 * ui-portfolio.c — GET /: the portfolio.  Every engagement (or those in one
 * state) with its client, state, health score, top signals and next
 * deadline, the worst first, as rp_portfolio_each walks them; a page holds
 * PAGE_ROWS of them and links to the next.
 *
 * The walk's strings live only during its callback, so the rows of a page
 * are copied there; the clients' names are looked up afterwards, for the
 * rows of the page only.
 */
#include <stdlib.h>
#include <string.h>

#include "ui-kit.h"

#define PAGE_ROWS     100
#define PAGE_MAX      100000
#define SIGNALS_SHOWN 4

/* A row of the page, copied out of the walk. */
struct row {
	char *slug, *title, *client, *state, *signals, *next_what;
	char next_deadline[11];
	int score, blockers;
};

struct walk {
	struct row rows[PAGE_ROWS];
	size_t count;
	long skip; /* rows before the page */
	long seen; /* rows walked */
	bool more; /* a row after the page exists */
};

static char *dup(const char *s)
{
	return strdup(s ? s : "");
}

static int keep(void *arg, const struct rp_portfolio_entry *e)
{
	struct walk *w = arg;
	struct row *r;

	if (w->seen++ < w->skip) {
		return 0;
	}
	if (w->count == PAGE_ROWS) {
		w->more = true;
		return 1; /* stop the walk */
	}
	r = &w->rows[w->count++];
	r->slug = dup(e->slug);
	r->title = dup(e->title);
	r->client = dup(e->client);
	r->state = dup(e->state);
	r->signals = dup(e->signals);
	r->next_what = dup(e->next_what);
	memcpy(r->next_deadline, e->next_deadline, sizeof(r->next_deadline));
	r->score = e->score;
	r->blockers = e->blockers;
	return r->slug && r->title && r->client && r->state && r->signals && r->next_what
		       ? 0
		       : RP_ENOMEM;
}

static void walk_release(struct walk *w)
{
	size_t i;

	for (i = 0; i < w->count; i++) {
		free(w->rows[i].slug);
		free(w->rows[i].title);
		free(w->rows[i].client);
		free(w->rows[i].state);
		free(w->rows[i].signals);
		free(w->rows[i].next_what);
	}
}

static void signals(struct rp_buf *b, const struct row *r)
{
	const char *s = r->signals;
	int n = 0;

	while (*s && n < SIGNALS_SHOWN) {
		size_t len = strcspn(s, " ");
		char id[32];

		if (len && len < sizeof(id)) {
			memcpy(id, s, len);
			id[len] = '\0';
			html_printf(b, "<span class=\"signal %s\">%s</span> ",
				    n < r->blockers ? "blocker" : "warning", id);
			n++;
		}
		s += len;
		s += strspn(s, " ");
	}
	if (*s) {
		rp_buf_puts(b, "<span class=\"muted small\">+ more</span>");
	}
	if (!*r->signals) {
		rp_buf_puts(b, "<span class=\"muted\">—</span>");
	}
}

static void draw_row(struct request *rq, struct rp_buf *b, const struct row *r)
{
	struct rp_record *client = NULL;

	rp_buf_puts(b, "<tr><td class=\"main\"><a href=\"/engagements/");
	html_url_arg(b, r->slug);
	html_printf(b, "\">%s</a><div class=\"muted small\">%s</div></td><td><a href=\"/clients/",
		    r->title, r->slug);
	html_url_arg(b, r->client);
	rp_record_get(rq->db, rp_kind_find("client"), r->client, &client);
	html_printf(b, "\">%s</a></td><td>", client ? rp_record_str(client, "name") : r->client);
	rp_record_free(client);
	ui_badge(b, r->state);
	rp_buf_puts(b, "</td><td class=\"num\">");
	ui_score(b, r->score);
	rp_buf_puts(b, "</td><td class=\"signals\">");
	signals(b, r);
	rp_buf_puts(b, "</td><td>");
	if (r->next_deadline[0]) {
		html_printf(b,
			    "<strong class=\"date\">%s</strong><div class=\"muted small\">%s</div>",
			    r->next_deadline, r->next_what);
	} else {
		rp_buf_puts(b, "<span class=\"muted\">—</span>");
	}
	rp_buf_puts(b, "</td></tr>\n");
}

static void filters(struct request *rq, struct rp_buf *b, const char *state)
{
	const struct rp_field *f = rp_kind_field(rp_kind_find("engagement"), "state");
	size_t i;

	(void)rq;
	rp_buf_puts(b, "<nav class=\"filters\" aria-label=\"Filter by state\">");
	rp_buf_puts(b, state ? "<a href=\"/\">All</a>"
			     : "<a href=\"/\" aria-current=\"true\">All</a>");
	for (i = 0; f->choices[i]; i++) {
		struct rp_buf text;
		const char *p;

		rp_buf_init(&text);
		for (p = f->choices[i]; *p; p++) {
			rp_buf_putc(&text, *p == '_' ? ' ' : *p);
		}
		html_printf(b, "<a href=\"/?state=%s\"", f->choices[i]);
		if (state && !strcmp(state, f->choices[i])) {
			rp_buf_puts(b, " aria-current=\"true\"");
		}
		html_printf(b, ">%s</a>", text.data);
		rp_buf_release(&text);
	}
	rp_buf_puts(b, "</nav>\n");
}

int ui_portfolio(struct request *rq, struct response *rs)
{
	const char *state = request_query(rq, "state");
	const struct rp_kind *ek = rp_kind_find("engagement");
	struct rp_buf *b = &rs->body;
	struct walk *w = NULL;
	long page = 1;
	size_t i;
	int attention = 0, rc;

	if (state && !*state) {
		state = NULL;
	}
	if (state && rp_kind_state_index(ek, state) < 0) {
		return page_error(rq, rs, 422,
				  "unknown state for the filter (expected draft, active, on_hold, "
				  "delivered, closing, closed or terminated)");
	}
	if (!ui_page_arg(rq, rs, PAGE_MAX, &page)) {
		return RP_OK;
	}
	w = calloc(1, sizeof(*w));
	if (!w) {
		return RP_ENOMEM;
	}
	w->skip = (page - 1) * PAGE_ROWS;
	rc = rp_portfolio_each(rq->db, state, keep, w);
	if (rc && rc != 1) {
		rc = rc == RP_ENOMEM ? rc : ui_error_page(rq, rs, rc);
		goto out;
	}
	for (i = 0; i < w->count; i++) {
		attention += w->rows[i].score < 50 || w->rows[i].blockers > 0;
	}
	page_begin(rq, rs, "Portfolio");
	page_flash(rq, rs, &rs->body);
	rp_buf_puts(
		b,
		"<header class=\"page-head\">\n<div><h1>Portfolio</h1>\n"
		"<p class=\"sub\">Every engagement, the one that needs attention first.</p></div>\n"
		"<div><a class=\"button\" href=\"/engagements/new\">New engagement</a></div>\n"
		"</header>\n");
	filters(rq, b, state);
	if (!w->count) {
		rp_buf_puts(
			b,
			"<section class=\"card empty-state\"><p>No engagement here yet.</p>"
			"<p><a class=\"button\" href=\"/engagements/new\">Add the first one</a></p>"
			"</section>\n");
	} else {
		html_printf(b, "<p class=\"muted\">%d of the %zu shown need%s attention.</p>\n",
			    attention, w->count, attention == 1 ? "s" : "");
		rp_buf_puts(b, "<div class=\"table-wrap\"><table class=\"portfolio\">\n<thead><tr>"
			       "<th>Engagement</th><th>Client</th><th>State</th>"
			       "<th class=\"num\">Health</th><th>Signals</th><th>Next deadline</th>"
			       "</tr></thead>\n<tbody>\n");
		for (i = 0; i < w->count; i++) {
			draw_row(rq, b, &w->rows[i]);
		}
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	if (page > 1 || w->more) {
		rp_buf_puts(b, "<nav class=\"pager\">");
		if (page > 1) {
			html_printf(b, "<a href=\"/?page=%lld%s%s\">← Previous</a>",
				    (long long)(page - 1), state ? "&amp;state=" : "",
				    state ? state : "");
		}
		if (w->more) {
			html_printf(b, "<a href=\"/?page=%lld%s%s\">Next →</a>",
				    (long long)(page + 1), state ? "&amp;state=" : "",
				    state ? state : "");
		}
		rp_buf_puts(b, "</nav>\n");
	}
	rc = page_end(rq, rs);
out:
	walk_release(w);
	free(w);
	return rc;
}
