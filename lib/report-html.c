/*
 * report-html.c — the HTML rendering of a report: one complete, self-contained page meant to
 * be printed (or saved as PDF) on one A4 or Letter sheet, with its style sheet embedded
 * (web/report.css) and a Content-Security-Policy that allows no script and no other resource.
 *
 * Every string of the model reaches the page through an escaper for its context, as in cgit:
 * html_txt() for element content, html_cell_txt() for a table cell's, html_title_txt() for the
 * <title>, html_attr() for attribute values; the only unescaped bytes are string literals and
 * the embedded style sheet.
 */
#include <string.h>

#include "report-render.h"

/* Longest run of characters without a break opportunity in a table cell: a longer word gets a
 * <wbr> after every WORD_RUN characters, so that it wraps without letting the browser squeeze
 * the other columns (which `overflow-wrap: anywhere` would do to the whole table). */
#define WORD_RUN 24

/* Cells of at most this many characters never wrap (see html_cell). */
#define SHORT_CELL 16

enum html_ctx {
	HTML_TEXT,  /* element content */
	HTML_CELL,  /* a table cell's content: <wbr> in long words */
	HTML_TITLE, /* the <title>, where no tag is allowed */
	HTML_ATTR,  /* an attribute value between double quotes */
};

/* All escapers: the five characters with a meaning in HTML become references, control
 * characters become U+FFFD; in an attribute, newlines and tabs become references too, so that
 * the value survives attribute normalisation. */
static int html_escape(struct rp_buf *out, const char *s, size_t len, enum html_ctx ctx)
{
	size_t i = 0, run = 0;
	int rc = RP_OK;

	while (i < len && !rc) {
		uint32_t cp = report_utf8_next(s, len, &i);

		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
			run = 0;
		} else if (ctx == HTML_CELL && ++run > WORD_RUN) {
			run = 1;
			rc = rp_buf_puts(out, "<wbr>");
		}
		if (rc) {
			break;
		}
		switch (cp) {
		case '&':
			rc = rp_buf_puts(out, "&amp;");
			break;
		case '<':
			rc = rp_buf_puts(out, "&lt;");
			break;
		case '>':
			rc = rp_buf_puts(out, "&gt;");
			break;
		case '"':
			rc = rp_buf_puts(out, "&quot;");
			break;
		case '\'':
			rc = rp_buf_puts(out, "&#39;");
			break;
		case '\n':
			if (ctx == HTML_ATTR) {
				rc = rp_buf_puts(out, "&#10;");
			} else {
				rc = rp_buf_putc(out, ctx == HTML_TITLE ? ' ' : '\n');
			}
			break;
		case '\t':
			rc = ctx == HTML_ATTR ? rp_buf_puts(out, "&#9;") : rp_buf_putc(out, ' ');
			break;
		default:
			rc = report_utf8_put(out, report_is_control(cp) ? 0xfffd : cp);
			break;
		}
	}
	return rc;
}

/* Trim s to what it shows: no space or newline before or after. */
static size_t html_trim(const char **s)
{
	size_t len;

	*s += strspn(*s, " \t\r\n");
	len = strlen(*s);
	while (len > 0 && strchr(" \t\r\n", (*s)[len - 1])) {
		len--;
	}
	return len;
}

/* Element content.  The string is trimmed; its own newlines stay and show as line breaks
 * (the style sheet sets `white-space: pre-line` wherever user text appears). */
static int html_txt(struct rp_buf *out, const char *s)
{
	size_t len = html_trim(&s);

	return html_escape(out, s, len, HTML_TEXT);
}

/* A table cell's content: as html_txt(), with break opportunities in long words. */
static int html_cell_txt(struct rp_buf *out, const char *s)
{
	size_t len = html_trim(&s);

	return html_escape(out, s, len, HTML_CELL);
}

/* The text of the <title> element: escaped, on one line, without markup. */
static int html_title_txt(struct rp_buf *out, const char *s)
{
	size_t len = html_trim(&s);

	return html_escape(out, s, len, HTML_TITLE);
}

/* An attribute value, to be written between double quotes. */
static int html_attr(struct rp_buf *out, const char *s)
{
	return html_escape(out, s, strlen(s), HTML_ATTR);
}

/* Whether a model's name (a report kind, a column key, a section id) is a plain identifier:
 * only those become a class or an id, so that one cannot split into several. */
static int html_ident(const char *name)
{
	return name && *name && !name[strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_-")];
}

static int html_name_attr(struct rp_buf *out, const char *attr, const char *prefix,
			  const char *name)
{
	int rc;

	if (!html_ident(name)) {
		return RP_OK;
	}
	if ((rc = rp_buf_printf(out, " %s=\"%s", attr, prefix)) || (rc = html_attr(out, name))) {
		return rc;
	}
	return rp_buf_putc(out, '"');
}

/*
 * A table cell, classed by its column's key ("c-amount") so that the style sheet can align
 * numbers.  A short value on one line (a date, an amount, a status) is also classed "nw" and
 * never wraps: however long the other cells of the table are, its column keeps its width.
 */
static int html_cell(struct rp_buf *out, const char *tag, const char *key, const char *text)
{
	const char *t = text;
	size_t len = html_trim(&t), i = 0, n = 0;
	int ident = html_ident(key), nowrap, rc;

	while (i < len && n <= SHORT_CELL) {
		n += report_utf8_next(t, len, &i) == '\n' ? SHORT_CELL + 1 : 1;
	}
	nowrap = n > 0 && n <= SHORT_CELL;
	if ((rc = rp_buf_printf(out, "<%s", tag))) {
		return rc;
	}
	if ((ident || nowrap) &&
	    ((rc = rp_buf_puts(out, " class=\"")) ||
	     (ident && ((rc = rp_buf_puts(out, "c-")) || (rc = html_attr(out, key)))) ||
	     (nowrap && (rc = rp_buf_puts(out, ident ? " nw" : "nw"))) ||
	     (rc = rp_buf_putc(out, '"')))) {
		return rc;
	}
	if ((rc = rp_buf_putc(out, '>')) || (rc = html_cell_txt(out, text))) {
		return rc;
	}
	return rp_buf_printf(out, "</%s>", tag);
}

/* <tag>text</tag> on a line of its own; `tag` and `attrs` are literals. */
static int html_elem(struct rp_buf *out, const char *tag, const char *attrs, const char *text)
{
	int rc;

	if ((rc = rp_buf_printf(out, "<%s%s>", tag, attrs)) || (rc = html_txt(out, text))) {
		return rc;
	}
	return rp_buf_printf(out, "</%s>\n", tag);
}

static int html_meta(struct rp_buf *out, const char *label, const char *value, const char *value2)
{
	int rc;

	if (!value) {
		return RP_OK;
	}
	if ((rc = rp_buf_printf(out, "<div><dt>%s</dt><dd>", label)) ||
	    (rc = html_txt(out, value))) {
		return rc;
	}
	if (value2 && ((rc = rp_buf_puts(out, " &ndash; ")) || (rc = html_txt(out, value2)))) {
		return rc;
	}
	return rp_buf_puts(out, "</dd></div>\n");
}

static int html_head(struct rp_buf *out, const struct report_view *v)
{
	int rc;

	if ((rc = rp_buf_puts(out,
			      "<!doctype html>\n"
			      "<html lang=\"en\">\n"
			      "<head>\n"
			      "<meta charset=\"utf-8\">\n"
			      "<meta http-equiv=\"Content-Security-Policy\" content=\""
			      "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; "
			      "img-src data:; base-uri 'none'; form-action 'none'\">\n"
			      "<meta name=\"viewport\" content=\"width=device-width, "
			      "initial-scale=1\">\n"
			      "<title>")) ||
	    (rc = html_title_txt(out, v->title)) || (rc = rp_buf_puts(out, ": ")) ||
	    (rc = html_title_txt(out, v->engagement)) ||
	    (rc = rp_buf_puts(out, "</title>\n<style>\n")) || (rc = rp_buf_puts(out, report_css)) ||
	    (rc = rp_buf_puts(out, "</style>\n</head>\n"))) {
		return rc;
	}
	return RP_OK;
}

static int html_masthead(struct rp_buf *out, const struct report_view *v)
{
	int rc;

	if ((rc = rp_buf_puts(out, "<header>\n"))) {
		return rc;
	}
	if (v->workspace && (rc = html_elem(out, "p", " class=\"sender\"", v->workspace))) {
		return rc;
	}
	if ((rc = html_elem(out, "h1", "", v->title)) ||
	    (rc = html_elem(out, "p", " class=\"subject\"", v->engagement)) ||
	    (rc = rp_buf_puts(out, "<dl class=\"meta\">\n")) ||
	    (rc = html_meta(out, "Client", v->client, NULL)) ||
	    (rc = html_meta(out, "Period", v->from, v->until)) ||
	    (rc = html_meta(out, "Date", v->date, NULL)) ||
	    (rc = html_meta(out, "To", v->to, NULL)) ||
	    (rc = rp_buf_puts(out, "</dl>\n</header>\n"))) {
		return rc;
	}
	return RP_OK;
}

static int html_table(struct rp_buf *out, const struct report_section *s)
{
	size_t r, c;
	int rc;

	if ((rc = rp_buf_puts(out, "<table>\n<thead>\n<tr>"))) {
		return rc;
	}
	for (c = 0; c < s->ncolumns; c++) {
		if ((rc = html_cell(out, "th", s->columns[c].key, s->columns[c].label))) {
			return rc;
		}
	}
	if ((rc = rp_buf_puts(out, "</tr>\n</thead>\n<tbody>\n"))) {
		return rc;
	}
	for (r = 0; r < s->nrows; r++) {
		if ((rc = rp_buf_puts(out, "<tr>"))) {
			return rc;
		}
		for (c = 0; c < s->ncolumns; c++) {
			if ((rc = html_cell(out, "td", s->columns[c].key,
					    s->cells[r * s->ncolumns + c]))) {
				return rc;
			}
		}
		if ((rc = rp_buf_puts(out, "</tr>\n"))) {
			return rc;
		}
	}
	return rp_buf_puts(out, "</tbody>\n</table>\n");
}

static int html_section(struct rp_buf *out, const struct report_section *s)
{
	size_t i;
	int rc;

	if ((rc = rp_buf_puts(out, "<section")) || (rc = html_name_attr(out, "id", "", s->id)) ||
	    (rc = rp_buf_puts(out, ">\n")) || (rc = html_elem(out, "h2", "", s->title))) {
		return rc;
	}
	for (i = 0; i < s->nparagraphs; i++) {
		if ((rc = html_elem(out, "p", "", s->paragraphs[i]))) {
			return rc;
		}
	}
	if (report_section_has_table(s)) {
		rc = html_table(out, s);
	} else if (s->nrows == 0 && s->empty) {
		rc = html_elem(out, "p", " class=\"empty\"", s->empty);
	}
	return rc ? rc : rp_buf_puts(out, "</section>\n");
}

int report_render_html(const struct report_view *v, struct rp_buf *out)
{
	size_t i;
	int rc;

	if ((rc = html_head(out, v)) || (rc = rp_buf_puts(out, "<body")) ||
	    (rc = html_name_attr(out, "class", "report-", v->kind)) ||
	    (rc = rp_buf_puts(out, ">\n<main>\n")) || (rc = html_masthead(out, v))) {
		return rc;
	}
	if (v->nsummary) {
		if ((rc = rp_buf_puts(out, "<section class=\"summary\">\n"))) {
			return rc;
		}
		for (i = 0; i < v->nsummary; i++) {
			if ((rc = html_elem(out, "p", "", v->summary[i]))) {
				return rc;
			}
		}
		if ((rc = rp_buf_puts(out, "</section>\n"))) {
			return rc;
		}
	}
	for (i = 0; i < v->nsections; i++) {
		if ((rc = html_section(out, &v->sections[i]))) {
			return rc;
		}
	}
	if (v->closing && ((rc = rp_buf_puts(out, "<footer>\n")) ||
			   (rc = html_elem(out, "p", " class=\"closing\"", v->closing)) ||
			   (rc = rp_buf_puts(out, "</footer>\n")))) {
		return rc;
	}
	return rp_buf_puts(out, "</main>\n</body>\n</html>\n");
}
