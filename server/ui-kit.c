/*
 * ui-kit.c — small pieces every team page uses: badges, labels, references
 * and links to records, and what a refused write answers with.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui-kit.h"

int ui_badge(struct rp_buf *b, const char *state)
{
	struct rp_buf text;
	const char *p;
	int rc;

	if (!state) {
		return RP_OK;
	}
	/* "in_progress" reads "in progress"; the class keeps the name. */
	rp_buf_init(&text);
	for (p = state; *p; p++) {
		rp_buf_putc(&text, *p == '_' ? ' ' : *p);
	}
	rc = html_printf(b, "<span class=\"badge st-%s\">%s</span>", state, text.data);
	rp_buf_release(&text);
	return rc;
}

int ui_label(struct rp_buf *b, const char *label)
{
	static const char *const upper[] = {"RFI", "PO", "ID", NULL};
	struct rp_buf out;
	const char *p = label;
	int rc, i;
	bool first = true;

	rp_buf_init(&out);
	while (*p) {
		size_t n = strcspn(p, " ");
		bool keep = false;

		for (i = 0; upper[i]; i++) {
			keep |= strlen(upper[i]) == n && !strncmp(p, upper[i], n);
		}
		for (size_t k = 0; k < n; k++) {
			char c = p[k];

			if (!keep && !(first && k == 0) && c >= 'A' && c <= 'Z') {
				c = (char)(c - 'A' + 'a');
			}
			rp_buf_putc(&out, c);
		}
		first = false;
		p += n;
		while (*p == ' ') {
			rp_buf_putc(&out, *p++);
		}
	}
	rc = html_txt(b, out.data);
	rp_buf_release(&out);
	return rc;
}

int ui_score(struct rp_buf *b, int score)
{
	return html_printf(b, "<span class=\"score %s\">%d</span>",
			   score >= 80	 ? "good"
			   : score >= 50 ? "fair"
					 : "poor",
			   score);
}

const char *ui_ref(const struct rp_record *rec, char *buf, size_t size)
{
	const struct rp_kind *kind = rp_record_kind(rec);

	if (rp_kind_field(kind, "slug")) {
		return rp_record_str(rec, "slug");
	}
	if (kind->singleton) {
		return rp_record_parent(rec);
	}
	snprintf(buf, size, "%lld", (long long)rp_record_id(rec));
	return buf;
}

int ui_home_of(struct rp_buf *b, const struct rp_kind *kind, const char *parent, const char *ref)
{
	if (!strcmp(kind->name, "client")) {
		rp_buf_puts(b, "/clients/");
		return html_url_arg(b, ref);
	}
	if (!strcmp(kind->name, "engagement")) {
		rp_buf_puts(b, "/engagements/");
		return html_url_arg(b, ref);
	}
	if (kind->parent == RP_PARENT_CLIENT) {
		rp_buf_puts(b, "/clients/");
		return html_url_arg(b, parent);
	}
	rp_buf_puts(b, "/engagements/");
	html_url_arg(b, parent);
	return rp_buf_printf(b, "#%s", kind->name);
}

int ui_name_of(struct rp_buf *b, const struct rp_record *rec)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *title = NULL;
	size_t i;

	if (rp_kind_field(kind, "slug")) {
		return rp_buf_printf(b, "%s '%s'", kind->title, rp_record_str(rec, "slug"));
	}
	if (kind->singleton) {
		return rp_buf_printf(b, "the %s", kind->title);
	}
	for (i = 0; i < kind->nfields && !title; i++) {
		if (kind->fields[i].flags & RP_F_POSITIONAL) {
			title = rp_record_str(rec, kind->fields[i].name);
		}
	}
	if (title && strlen(title) <= 60) {
		return rp_buf_printf(b, "%s %lld '%s'", kind->title, (long long)rp_record_id(rec),
				     title);
	}
	return rp_buf_printf(b, "%s %lld", kind->title, (long long)rp_record_id(rec));
}

int ui_value(struct rp_buf *b, const struct rp_record *rec, const struct rp_field *f)
{
	if (!html_value(b, rec, f)) {
		return rp_buf_puts(b, "<span class=\"muted\">—</span>");
	}
	return RP_OK;
}

void ui_failure_of(struct ui_failure *fail, struct request *rq, int rc, const struct rp_kind *kind,
		   int64_t id, const char *verb)
{
	struct rp_buf b;
	size_t msg_len;

	fail->kind = kind;
	fail->id = id;
	fail->verb = verb;
	fail->status = http_status_of(rc);
	fail->message = "the change was refused";
	fail->field = NULL;
	fail->own = NULL;
	/* one allocation: the message, a NUL, the field */
	rp_buf_init(&b);
	rp_buf_puts(&b, rp_db_errmsg(rq->db));
	msg_len = b.len;
	rp_buf_putc(&b, '\0');
	if (rp_db_errfield(rq->db)) {
		rp_buf_puts(&b, rp_db_errfield(rq->db));
	}
	fail->own = rp_buf_detach(&b);
	if (fail->own) {
		fail->message = fail->own;
		fail->field = fail->own[msg_len + 1] ? fail->own + msg_len + 1 : NULL;
	}
}

void ui_failure_release(struct ui_failure *fail)
{
	free(fail->own);
	fail->own = NULL;
}

bool ui_failed_here(const struct ui_failure *fail, const struct rp_kind *kind, int64_t id,
		    const char *verb)
{
	if (!fail || fail->kind != kind || fail->id != id) {
		return false;
	}
	return verb ? fail->verb && !strcmp(fail->verb, verb) : !fail->verb;
}

int ui_failure_banner(struct rp_buf *b, const struct ui_failure *fail)
{
	return html_printf(b, "<p class=\"flash error\" role=\"alert\">%s</p>\n",
			   fail->message && *fail->message ? fail->message
							   : "the change was refused");
}

int ui_crumbs(struct rp_buf *b, const char *slug, const char *title)
{
	rp_buf_puts(b, "<nav class=\"crumbs\"><a href=\"/\">Portfolio</a> <span>›</span> "
		       "<a href=\"/engagements/");
	html_url_arg(b, slug);
	return html_printf(b, "\">%s</a></nav>\n", title);
}

bool ui_page_arg(struct request *rq, struct response *rs, long max, long *page)
{
	const char *arg = request_query(rq, "page");
	char *end;

	*page = 1;
	if (!arg) {
		return true;
	}
	*page = strtol(arg, &end, 10);
	if (!*arg || *end || *page < 1 || *page > max) {
		page_error(rq, rs, 422, "invalid page (expected a number from 1)");
		return false;
	}
	return true;
}

int ui_not_found(struct request *rq, struct response *rs, const char *what)
{
	struct rp_buf m;
	int rc;

	rp_buf_init(&m);
	rp_buf_printf(&m, "There is no %s here.", what);
	rc = page_error(rq, rs, 404, m.data);
	rp_buf_release(&m);
	return rc;
}

int ui_fail_page(struct request *rq, struct response *rs, int rc, const char *what)
{
	if (rc == RP_ENOTFOUND || rc == RP_EINVAL) {
		return ui_not_found(rq, rs, what);
	}
	return ui_error_page(rq, rs, rc);
}

int ui_error_page(struct request *rq, struct response *rs, int rc)
{
	return page_error(rq, rs, http_status_of(rc), rp_db_errmsg(rq->db));
}
