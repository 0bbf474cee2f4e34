/*
 * ui-history.c — the audit trail: GET /history for the workspace and
 * GET /engagements/SLUG/history for one engagement, newest first, PAGE_ROWS
 * events a page (?page=N), each with who, when, what and the fields it
 * changed (before → after).
 *
 * rp_history keeps the newest `limit` events, so page N asks for the newest
 * N pages and one more event, which says whether an older page exists.
 */
#include <stdlib.h>
#include <string.h>

#include "ui-kit.h"

#define PAGE_ROWS     50
#define PAGE_MAX      10000
#define CHANGES_SHOWN 6
#define VALUE_SHOWN   80

/* A field's value in an event's JSON, for people. */
static void value_text(struct rp_buf *out, const json_t *v)
{
	size_t i;
	json_t *item;

	if (!v || json_is_null(v)) {
		rp_buf_puts(out, "—");
	} else if (json_is_string(v)) {
		rp_buf_puts(out, json_string_value(v));
	} else if (json_is_integer(v)) {
		rp_buf_printf(out, "%lld", (long long)json_integer_value(v));
	} else if (json_is_boolean(v)) {
		rp_buf_puts(out, json_is_true(v) ? "yes" : "no");
	} else if (json_is_object(v) && json_object_get(v, "amount")) {
		rp_buf_printf(out, "%s %s", json_string_value(json_object_get(v, "amount")),
			      json_string_value(json_object_get(v, "currency")));
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, item)
		{
			if (i) {
				rp_buf_puts(out, "; ");
			}
			value_text(out, item);
		}
	} else {
		char *s = json_dumps(v, JSON_COMPACT);

		rp_buf_puts(out, s ? s : "");
		free(s);
	}
}

static void shown_value(struct rp_buf *b, const json_t *v)
{
	struct rp_buf t;

	rp_buf_init(&t);
	value_text(&t, v);
	if (t.len > VALUE_SHOWN) {
		/* cut at a character boundary of UTF-8 */
		size_t n = VALUE_SHOWN;

		while (n > 0 && ((unsigned char)t.data[n] & 0xC0) == 0x80) {
			n--;
		}
		t.data[n] = '\0';
		t.len = n;
		rp_buf_puts(&t, "…");
	}
	html_txt(b, t.data);
	rp_buf_release(&t);
}

/* The fields an event changed, "state: planned → submitted". */
static void changes(struct rp_buf *b, const struct rp_event *e)
{
	json_t *before = e->before ? json_loads(e->before, 0, NULL) : NULL;
	json_t *after = e->after ? json_loads(e->after, 0, NULL) : NULL;
	const char *key;
	json_t *v;
	int n = 0, more = 0;

	if (after && !before) {
		/* an add: what it is called is enough */
		static const char *const names[] = {"title",	   "name",   "text", "summary",
						    "description", "number", NULL};

		for (int i = 0; names[i]; i++) {
			if (json_is_string(json_object_get(after, names[i]))) {
				shown_value(b, json_object_get(after, names[i]));
				break;
			}
		}
	}
	json_object_foreach(after, key, v)
	{
		if (!before || json_equal(v, json_object_get(before, key))) {
			continue;
		}
		if (n++ >= CHANGES_SHOWN) {
			more++;
			continue;
		}
		html_printf(b, "<div class=\"change\"><span class=\"key\">%s</span> ", key);
		shown_value(b, json_object_get(before, key));
		rp_buf_puts(b, " → ");
		shown_value(b, v);
		rp_buf_puts(b, "</div>");
	}
	if (more) {
		html_printf(b, "<div class=\"muted\">and %d more</div>", more);
	}
	json_decref(before);
	json_decref(after);
}

static void event_row(struct rp_buf *b, const struct rp_event *e, bool with_engagement)
{
	const struct rp_kind *kind = rp_kind_find(e->kind);
	char at[RP_DATETIME_BUFSZ];

	rp_datetime_format(e->at, at);
	at[10] = ' ';
	at[16] = '\0';
	html_printf(b,
		    "<tr><td class=\"num muted\">%lld</td><td class=\"date\">%s</td><td>%s</td>"
		    "<td><span class=\"action\">%s</span> %s %lld",
		    (long long)e->seq, at, e->actor, e->action, kind ? kind->title : e->kind,
		    (long long)e->record);
	if (with_engagement && e->engagement) {
		rp_buf_puts(b, " <a class=\"muted\" href=\"/engagements/");
		html_url_arg(b, e->engagement);
		html_printf(b, "\">%s</a>", e->engagement);
	}
	rp_buf_puts(b, "</td><td class=\"changes\">");
	changes(b, e);
	rp_buf_puts(b, "</td></tr>\n");
}

int ui_history(struct request *rq, struct response *rs)
{
	const char *eng = rq->nparams ? rq->params[0] : NULL;
	struct rp_event_list list = {NULL, 0};
	struct rp_record *rec = NULL;
	struct rp_buf *b = &rs->body;
	long page = 1;
	size_t i, skip, top, shown;
	bool older;
	int rc;

	if (!ui_page_arg(rq, rs, PAGE_MAX, &page)) {
		return RP_OK;
	}
	if (eng) {
		rc = rp_record_get(rq->db, rp_kind_find("engagement"), eng, &rec);
		if (rc) {
			return ui_fail_page(rq, rs, rc, "such engagement");
		}
		eng = rp_record_str(rec, "slug");
	}
	rc = rp_history(rq->db, eng, (size_t)page * PAGE_ROWS + 1, &list);
	if (rc) {
		rp_record_free(rec);
		return ui_error_page(rq, rs, rc);
	}
	older = list.count > (size_t)page * PAGE_ROWS;
	/* newest first: the page ends (page - 1) pages before the newest event,
	 * and the oldest event of the list, when older, is the next page's */
	skip = (size_t)(page - 1) * PAGE_ROWS;
	top = list.count > skip ? list.count - skip : 0;
	shown = top - (older ? 1 : 0);
	shown = shown < PAGE_ROWS ? shown : PAGE_ROWS;
	page_begin(rq, rs, "Audit trail");
	if (rec) {
		ui_crumbs(b, eng, rp_record_str(rec, "title"));
	}
	rp_buf_puts(b,
		    "<header class=\"page-head\"><div><h1>Audit trail</h1><p class=\"sub\">Every "
		    "change, who made it and when (UTC); the trail is hash-chained.</p></div>"
		    "</header>\n");
	if (!shown) {
		rp_buf_puts(b, "<section class=\"card\"><p class=\"empty\">No event "
			       "here.</p></section>\n");
	} else {
		rp_buf_puts(b, "<div class=\"table-wrap\"><table class=\"history\">\n<thead><tr>"
			       "<th class=\"num\">#</th><th>When</th><th>Who</th><th>What</th>"
			       "<th>Changes</th></tr></thead>\n<tbody>\n");
		for (i = 0; i < shown; i++) {
			event_row(b, &list.items[top - 1 - i], !rec);
		}
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	if (page > 1 || older) {
		rp_buf_puts(b, "<nav class=\"pager\">");
		if (page > 1) {
			html_printf(b, "<a href=\"?page=%lld\">← Newer</a>", (long long)(page - 1));
		}
		if (older) {
			html_printf(b, "<a href=\"?page=%lld\">Older →</a>", (long long)(page + 1));
		}
		rp_buf_puts(b, "</nav>\n");
	}
	page_end(rq, rs);
	rp_event_list_release(&list);
	rp_record_free(rec);
	return RP_OK;
}
