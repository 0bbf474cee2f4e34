/*
 * report-md.c — the GitHub-flavoured Markdown rendering of a report: a `#` title, the title
 * block as a list, `##` sections, paragraphs and pipe tables.
 *
 * No user string can become markup: md_text() puts a backslash before every character that
 * could open inline markup or a table cell, and before what could open a block at the start of
 * a line (a list, a heading underline); the only markup is the renderer's own literals.  How a
 * newline inside a string comes out depends on where the string stands: a hard line break in a
 * paragraph, `<br>` in a table cell, a space in a heading or the title block.
 *
 * One thing escaping cannot stop: GitHub's autolink extension still turns a plain URL or e-mail
 * address in the text into a link (it works on the text after unescaping), a link that goes
 * where its text says.
 */
#include <string.h>

#include "report-render.h"

enum md_ctx {
	MD_LINE, /* a heading, a title-block value: one line */
	MD_PARA, /* a paragraph: its lines become hard breaks */
	MD_CELL, /* a table cell: its lines are joined with <br> */
};

/* Characters that open or close inline markup anywhere (emphasis, code, links, HTML, entities,
 * strikethrough, math, table cells, headings): always escaped. */
static int md_special(uint32_t cp)
{
	return cp != 0 && cp < 0x80 && strchr("\\`*_[]<>|~&#$", (int)cp);
}

/* Escape one line (no newline in it, no space around it).  At the start of a paragraph line a
 * '-', '+' or '=' could begin a list or underline a heading, and digits followed by '.' or ')'
 * an ordered list: the first such character is escaped too. */
static int md_line(struct rp_buf *out, const char *s, size_t len, int line_start)
{
	size_t i = 0, digits = 0;
	int rc = RP_OK;

	while (digits < len && s[digits] >= '0' && s[digits] <= '9') {
		digits++;
	}

	if (line_start && len > 0 && strchr("-+=", s[0])) {
		if ((rc = rp_buf_putc(out, '\\'))) {
			return rc;
		}
	}
	while (i < len && !rc) {
		size_t at = i;
		uint32_t cp = report_utf8_next(s, len, &i);

		if (report_is_control(cp) || cp == '\t') {
			cp = report_is_control(cp) ? 0xfffd : ' ';
		}
		if (md_special(cp) || (line_start && digits > 0 && at == digits && digits < len &&
				       (cp == '.' || cp == ')'))) {
			rc = rp_buf_putc(out, '\\');
		}
		if (!rc) {
			rc = report_utf8_put(out, cp);
		}
	}
	return rc;
}

/* A user string in context: trimmed, its empty lines dropped, each line escaped. */
static int md_text(struct rp_buf *out, const char *s, enum md_ctx ctx)
{
	const char *sep = ctx == MD_PARA ? "\\\n" : ctx == MD_CELL ? "<br>" : " ";
	int rc = RP_OK, first = 1;

	while (*s && !rc) {
		const char *line = s;
		size_t len = strcspn(s, "\n");

		s += len;
		s += *s == '\n';
		while (len > 0 && strchr(" \t\r", line[0])) {
			line++;
			len--;
		}
		while (len > 0 && strchr(" \t\r", line[len - 1])) {
			len--;
		}
		if (len == 0) {
			continue;
		}
		if (!first) {
			rc = rp_buf_puts(out, sep);
		}
		if (!rc) {
			rc = md_line(out, line, len, ctx == MD_PARA);
		}
		first = 0;
	}
	return rc;
}

/* Whether a string has anything to show. */
static int md_blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

static int md_paragraph(struct rp_buf *out, const char *s, const char *wrap)
{
	int rc;

	if (md_blank(s)) {
		return RP_OK;
	}
	if ((rc = rp_buf_putc(out, '\n')) || (rc = rp_buf_puts(out, wrap)) ||
	    (rc = md_text(out, s, MD_PARA)) || (rc = rp_buf_puts(out, wrap))) {
		return rc;
	}
	return rp_buf_putc(out, '\n');
}

static int md_field(struct rp_buf *out, const char *label, const char *value)
{
	int rc;

	if (!value) {
		return RP_OK;
	}
	if ((rc = rp_buf_printf(out, "- **%s:** ", label)) || (rc = md_text(out, value, MD_LINE))) {
		return rc;
	}
	return rp_buf_putc(out, '\n');
}

static int md_cell(struct rp_buf *out, const char *s)
{
	int rc;

	if ((rc = rp_buf_puts(out, "| ")) || (rc = md_text(out, s, MD_CELL))) {
		return rc;
	}
	return rp_buf_putc(out, ' ');
}

/* A pipe table: every row has exactly one cell per column, as md_text() escapes every '|'. */
static int md_table(struct rp_buf *out, const struct report_section *s)
{
	size_t c, r;
	int rc;

	if ((rc = rp_buf_putc(out, '\n'))) {
		return rc;
	}
	for (c = 0; c < s->ncolumns; c++) {
		if ((rc = md_cell(out, s->columns[c].label))) {
			return rc;
		}
	}
	if ((rc = rp_buf_puts(out, "|\n"))) {
		return rc;
	}
	for (c = 0; c < s->ncolumns; c++) {
		if ((rc = rp_buf_puts(out, "| --- "))) {
			return rc;
		}
	}
	if ((rc = rp_buf_puts(out, "|\n"))) {
		return rc;
	}
	for (r = 0; r < s->nrows; r++) {
		for (c = 0; c < s->ncolumns; c++) {
			if ((rc = md_cell(out, s->cells[r * s->ncolumns + c]))) {
				return rc;
			}
		}
		if ((rc = rp_buf_puts(out, "|\n"))) {
			return rc;
		}
	}
	return RP_OK;
}

static int md_section(struct rp_buf *out, const struct report_section *s)
{
	size_t i;
	int rc;

	if ((rc = rp_buf_puts(out, "\n## ")) || (rc = md_text(out, s->title, MD_LINE)) ||
	    (rc = rp_buf_putc(out, '\n'))) {
		return rc;
	}
	for (i = 0; i < s->nparagraphs; i++) {
		if ((rc = md_paragraph(out, s->paragraphs[i], ""))) {
			return rc;
		}
	}
	if (report_section_has_table(s)) {
		return md_table(out, s);
	}
	if (s->nrows == 0 && s->empty) {
		return md_paragraph(out, s->empty, "*");
	}
	return RP_OK;
}

int report_render_md(const struct report_view *v, struct rp_buf *out)
{
	size_t i;
	int rc;

	if ((rc = rp_buf_puts(out, "# ")) || (rc = md_text(out, v->title, MD_LINE)) ||
	    (rc = rp_buf_puts(out, "\n\n")) || (rc = md_field(out, "Engagement", v->engagement)) ||
	    (rc = md_field(out, "Client", v->client))) {
		return rc;
	}
	if (v->from) {
		if ((rc = rp_buf_puts(out, "- **Period:** ")) ||
		    (rc = md_text(out, v->from, MD_LINE)) || (rc = rp_buf_puts(out, " to ")) ||
		    (rc = md_text(out, v->until, MD_LINE)) || (rc = rp_buf_putc(out, '\n'))) {
			return rc;
		}
	}
	if ((rc = md_field(out, "Date", v->date)) || (rc = md_field(out, "To", v->to)) ||
	    (rc = md_field(out, "From", v->workspace))) {
		return rc;
	}
	for (i = 0; i < v->nsummary; i++) {
		if ((rc = md_paragraph(out, v->summary[i], ""))) {
			return rc;
		}
	}
	for (i = 0; i < v->nsections; i++) {
		if ((rc = md_section(out, &v->sections[i]))) {
			return rc;
		}
	}
	if (v->closing) {
		return md_paragraph(out, v->closing, "");
	}
	return RP_OK;
}
