/*
 * report-text.c — the plain-text rendering of a report, for a terminal or an email body: lines
 * of at most REPORT_TEXT_WIDTH columns, the title block as aligned "label  value" lines,
 * underlined titles, tables in aligned columns.
 *
 * Widths are terminal columns: a code point is 0, 1 or 2 columns (report_cp_width), and text is
 * only ever broken between code points, at spaces where it can be and inside a word where the
 * word is wider than its column.  Control characters never reach the output (U+FFFD stands in
 * their place), and no line ends in a space.
 */
#include <stdlib.h>
#include <string.h>

#include "report-render.h"

#define GAP	    2  /* spaces between two table columns */
#define LABEL_WIDTH 12 /* the title block's label column */
#define SHORT_CELL  16 /* a cell at most this wide is not wrapped when it can be helped */

static int is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r';
}

/* The columns of len bytes of already clean text. */
static size_t text_width(const char *s, size_t len)
{
	size_t i = 0, w = 0;

	while (i < len) {
		w += (size_t)report_cp_width(report_utf8_next(s, len, &i));
	}
	return w;
}

struct wrap {
	struct rp_buf *out;
	size_t width;
	size_t col;    /* columns on the current line */
	size_t nlines; /* lines begun */
};

static int wrap_newline(struct wrap *w)
{
	w->col = 0;
	w->nlines++;
	return rp_buf_putc(w->out, '\n');
}

/* Place one word (clean text of ww columns) on the current line or the next, cutting it between
 * code points when no line could hold it. */
static int wrap_word(struct wrap *w, const struct rp_buf *word, size_t ww)
{
	size_t i = 0;
	int rc;

	if (w->col > 0 && w->col + 1 + ww <= w->width) {
		w->col += 1 + ww;
		if ((rc = rp_buf_putc(w->out, ' '))) {
			return rc;
		}
		return rp_buf_add(w->out, word->data, word->len);
	}
	if (w->col > 0 && (rc = wrap_newline(w))) {
		return rc;
	}
	while (i < word->len) {
		size_t start = i;
		uint32_t cp = report_utf8_next(word->data, word->len, &i);
		size_t cw = (size_t)report_cp_width(cp);

		if (w->col > 0 && w->col + cw > w->width && (rc = wrap_newline(w))) {
			return rc;
		}
		w->col += cw;
		if ((rc = rp_buf_add(w->out, word->data + start, i - start))) {
			return rc;
		}
	}
	return RP_OK;
}

/*
 * Append s broken into lines of at most `width` columns, joined by newlines without a final
 * one; *nlines receives their number (at least one).  The text's own newlines stay (but not
 * those before or after it); runs of spaces collapse into one and no line begins or ends with
 * one.
 */
static int wrap(const char *s, size_t width, struct rp_buf *out, size_t *nlines)
{
	struct wrap w = {out, width ? width : 1, 0, 1};
	struct rp_buf word;
	size_t len, i = 0, ww = 0;
	int rc = RP_OK;

	/* Blank lines around the text would only pad it. */
	s += strspn(s, " \t\r\n");
	len = strlen(s);
	while (len > 0 && strchr(" \t\r\n", s[len - 1])) {
		len--;
	}
	rp_buf_init(&word);
	while (i <= len) {
		uint32_t cp = i < len ? report_utf8_next(s, len, &i) : (i++, '\n');

		if (cp == '\n' || is_space(cp)) {
			if (word.len && (rc = wrap_word(&w, &word, ww))) {
				goto out;
			}
			rp_buf_reset(&word);
			ww = 0;
			if (cp == '\n' && i <= len && (rc = wrap_newline(&w))) {
				goto out;
			}
			continue;
		}
		if (report_is_control(cp)) {
			cp = 0xfffd;
		}
		ww += (size_t)report_cp_width(cp);
		if ((rc = report_utf8_put(&word, cp))) {
			goto out;
		}
	}
	*nlines = w.nlines;
out:
	rp_buf_release(&word);
	return rc;
}

/* The widest line of s when nothing forces a break (its max-content width) and, when `word` is
 * not NULL, its widest word (its min-content width). */
static int measure(const char *s, size_t *line, size_t *word)
{
	struct rp_buf b;
	size_t n, start = 0, wstart = 0, i;
	int rc;

	rp_buf_init(&b);
	rc = wrap(s, SIZE_MAX, &b, &n);
	if (rc) {
		goto out;
	}
	*line = 0;
	if (word) {
		*word = 0;
	}
	for (i = 0; i <= b.len; i++) {
		if (i == b.len || b.data[i] == '\n' || b.data[i] == ' ') {
			size_t ww = text_width(b.data + wstart, i - wstart);

			if (word && ww > *word) {
				*word = ww;
			}
			wstart = i + 1;
		}
		if (i == b.len || b.data[i] == '\n') {
			size_t lw = text_width(b.data + start, i - start);

			*line = lw > *line ? lw : *line;
			start = i + 1;
		}
	}
out:
	rp_buf_release(&b);
	return rc;
}

/* Append one finished line without its trailing spaces. */
static int put_line(struct rp_buf *out, const char *s, size_t len)
{
	int rc;

	while (len > 0 && s[len - 1] == ' ') {
		len--;
	}
	if ((rc = rp_buf_add(out, s, len))) {
		return rc;
	}
	return rp_buf_putc(out, '\n');
}

static int put_repeat(struct rp_buf *out, char c, size_t n)
{
	int rc = RP_OK;

	while (n-- > 0 && !rc) {
		rc = rp_buf_putc(out, c);
	}
	return rc;
}

/* One blank line between two blocks, none before the first. */
static int separate(struct rp_buf *out)
{
	return out->len ? rp_buf_putc(out, '\n') : RP_OK;
}

/* A paragraph: wrapped to the page, every line indented by `indent` columns; the first begins
 * with `first` (a label) in that indent when given. */
static int paragraph(struct rp_buf *out, const char *s, const char *first, size_t indent)
{
	struct rp_buf b, line;
	size_t n, i, start = 0;
	int rc;

	rp_buf_init(&b);
	rp_buf_init(&line);
	if ((rc = wrap(s, REPORT_TEXT_WIDTH - indent, &b, &n))) {
		goto out;
	}
	for (i = 0; i <= b.len; i++) {
		if (i < b.len && b.data[i] != '\n') {
			continue;
		}
		rp_buf_reset(&line);
		if (start == 0 && first) {
			rc = rp_buf_printf(&line, "%-*s", (int)indent, first);
		} else {
			rc = put_repeat(&line, ' ', indent);
		}
		if (rc || (rc = rp_buf_add(&line, b.data + start, i - start)) ||
		    (rc = put_line(out, line.data, line.len))) {
			goto out;
		}
		start = i + 1;
	}
out:
	rp_buf_release(&b);
	rp_buf_release(&line);
	return rc;
}

/* A title underlined with `rule` as wide as its widest line. */
static int title(struct rp_buf *out, const char *s, char rule)
{
	size_t w;
	int rc;

	if ((rc = measure(s, &w, NULL)) || (rc = paragraph(out, s, NULL, 0))) {
		return rc;
	}
	w = w < REPORT_TEXT_WIDTH ? w : REPORT_TEXT_WIDTH;
	if ((rc = put_repeat(out, rule, w ? w : 1))) {
		return rc;
	}
	return rp_buf_putc(out, '\n');
}

/*
 * Share the page among the columns as a browser lays out a table: each column wants its widest
 * line (max) and needs its widest word (min).  When all maxima fit, each column gets its max;
 * otherwise each gets its min and the room left is shared in proportion to what each still
 * wants, so that long descriptions wrap while dates and amounts stay whole.  A min is capped at
 * an equal share of the page, so that a very long word is cut rather than pushing the others
 * off; every column is at least 2 wide, so that a wide character always fits.
 */
static void column_widths(size_t *min, size_t *max, size_t n, size_t *width)
{
	size_t avail = REPORT_TEXT_WIDTH - GAP * (n - 1), cap = avail / n, total = 0, span = 0;
	size_t extra, given = 0, c;

	for (c = 0; c < n; c++) {
		max[c] = max[c] > 2 ? max[c] : 2;
		min[c] = min[c] < cap ? min[c] : cap;
		min[c] = min[c] > 2 ? min[c] : 2;
		min[c] = min[c] < max[c] ? min[c] : max[c];
		total += max[c];
		span += max[c] - min[c];
		given += min[c];
	}
	if (total <= avail) {
		memcpy(width, max, n * sizeof(*width));
		return;
	}
	extra = avail - given;
	for (c = 0; c < n; c++) {
		width[c] = min[c] + extra * (max[c] - min[c]) / span;
		given += width[c] - min[c];
	}
	/* What rounding down left over goes one column each to those still wanting more. */
	for (c = 0; given < avail; c = (c + 1) % n) {
		if (width[c] < max[c]) {
			width[c]++;
			given++;
		}
	}
}

/* One table row: each cell wrapped in its column, drawn side by side. */
static int table_row(struct rp_buf *out, const char *const *cells, const size_t *width, size_t n,
		     size_t *height)
{
	struct rp_buf *wrapped, line;
	size_t *pos, c, k, lines = 1;
	int rc = RP_ENOMEM;

	rp_buf_init(&line);
	wrapped = calloc(n, sizeof(*wrapped));
	pos = calloc(n, sizeof(*pos));
	if (!wrapped || !pos) {
		goto out;
	}
	for (c = 0; c < n; c++) {
		rp_buf_init(&wrapped[c]);
	}
	for (c = 0; c < n; c++) {
		size_t nl;

		if ((rc = wrap(cells[c], width[c], &wrapped[c], &nl))) {
			goto out;
		}
		lines = nl > lines ? nl : lines;
	}
	for (k = 0; k < lines; k++) {
		rp_buf_reset(&line);
		for (c = 0; c < n; c++) {
			const char *s = wrapped[c].data + pos[c];
			const char *nlp = memchr(s, '\n', wrapped[c].len - pos[c]);
			size_t len = nlp ? (size_t)(nlp - s) : wrapped[c].len - pos[c];

			if ((rc = rp_buf_add(&line, s, len))) {
				goto out;
			}
			pos[c] += nlp ? len + 1 : len;
			if (c + 1 < n &&
			    (rc = put_repeat(&line, ' ', width[c] - text_width(s, len) + GAP))) {
				goto out;
			}
		}
		if ((rc = put_line(out, line.data, line.len))) {
			goto out;
		}
	}
	*height = lines;
	rc = RP_OK;
out:
	if (wrapped) {
		for (c = 0; c < n; c++) {
			rp_buf_release(&wrapped[c]);
		}
	}
	free(wrapped);
	free(pos);
	rp_buf_release(&line);
	return rc;
}

/* A table: the header, a rule under each column, the rows; when any row takes more than one
 * line, a blank line between rows keeps them apart. */
static int table(struct rp_buf *out, const struct report_section *s)
{
	size_t n = s->ncolumns, *min, *max, *width, *ends, c, r, h, start;
	const char **labels;
	struct rp_buf rows;
	int rc = RP_ENOMEM, tall = 0;

	rp_buf_init(&rows);
	min = calloc(n, sizeof(*min));
	max = calloc(n, sizeof(*max));
	width = calloc(n, sizeof(*width));
	labels = calloc(n, sizeof(*labels));
	ends = calloc(s->nrows, sizeof(*ends));
	if (!min || !max || !width || !labels || !ends) {
		goto out;
	}
	for (c = 0; c < n; c++) {
		labels[c] = s->columns[c].label;
		if ((rc = measure(labels[c], &max[c], &min[c]))) {
			goto out;
		}
		min[c] = max[c] <= SHORT_CELL ? max[c] : min[c];
		for (r = 0; r < s->nrows; r++) {
			size_t line, word;

			if ((rc = measure(s->cells[r * n + c], &line, &word))) {
				goto out;
			}
			/* A short value (a date, an amount, a status) reads best whole. */
			word = line <= SHORT_CELL ? line : word;
			max[c] = line > max[c] ? line : max[c];
			min[c] = word > min[c] ? word : min[c];
		}
	}
	column_widths(min, max, n, width);

	if ((rc = table_row(out, labels, width, n, &h))) {
		goto out;
	}
	for (c = 0; c < n; c++) {
		if ((rc = put_repeat(&rows, '-', width[c])) ||
		    (c + 1 < n && (rc = put_repeat(&rows, ' ', GAP)))) {
			goto out;
		}
	}
	if ((rc = put_line(out, rows.data, rows.len))) {
		goto out;
	}
	/* Whether rows need blank lines between them is known only once all are drawn. */
	rp_buf_reset(&rows);
	for (r = 0; r < s->nrows; r++) {
		if ((rc = table_row(&rows, s->cells + r * n, width, n, &h))) {
			goto out;
		}
		ends[r] = rows.len;
		tall |= h > 1;
	}
	for (r = 0, start = 0; r < s->nrows; start = ends[r], r++) {
		if ((tall && r > 0 && (rc = rp_buf_putc(out, '\n'))) ||
		    (rc = rp_buf_add(out, rows.data + start, ends[r] - start))) {
			goto out;
		}
	}
out:
	free(min);
	free(max);
	free(width);
	free(labels);
	free(ends);
	rp_buf_release(&rows);
	return rc;
}

static int field(struct rp_buf *out, const char *label, const char *value)
{
	return value ? paragraph(out, value, label, LABEL_WIDTH) : RP_OK;
}

static int section(struct rp_buf *out, const struct report_section *s)
{
	size_t i;
	int rc;

	if ((rc = separate(out)) || (rc = title(out, s->title, '-'))) {
		return rc;
	}
	for (i = 0; i < s->nparagraphs; i++) {
		if ((rc = separate(out)) || (rc = paragraph(out, s->paragraphs[i], NULL, 0))) {
			return rc;
		}
	}
	if (report_section_has_table(s)) {
		if ((rc = separate(out)) || (rc = table(out, s))) {
			return rc;
		}
	} else if (s->nrows == 0 && s->empty) {
		if ((rc = separate(out)) || (rc = paragraph(out, s->empty, NULL, 0))) {
			return rc;
		}
	}
	return RP_OK;
}

int report_render_text(const struct report_view *v, struct rp_buf *out)
{
	struct rp_buf period;
	size_t i;
	int rc;

	rp_buf_init(&period);
	if ((rc = title(out, v->title, '=')) || (rc = separate(out)) ||
	    (rc = field(out, "Engagement", v->engagement)) ||
	    (rc = field(out, "Client", v->client))) {
		goto out;
	}
	if (v->from) {
		if ((rc = rp_buf_printf(&period, "%s to %s", v->from, v->until)) ||
		    (rc = field(out, "Period", period.data))) {
			goto out;
		}
	}
	if ((rc = field(out, "Date", v->date)) || (rc = field(out, "To", v->to)) ||
	    (rc = field(out, "From", v->workspace))) {
		goto out;
	}
	for (i = 0; i < v->nsummary; i++) {
		if ((rc = separate(out)) || (rc = paragraph(out, v->summary[i], NULL, 0))) {
			goto out;
		}
	}
	for (i = 0; i < v->nsections; i++) {
		if ((rc = section(out, &v->sections[i]))) {
			goto out;
		}
	}
	if (v->closing) {
		if ((rc = separate(out)) || (rc = paragraph(out, v->closing, NULL, 0))) {
			goto out;
		}
	}
out:
	rp_buf_release(&period);
	return rc;
}
