/*
 * table.c — aligned text tables for a terminal: cells are cut to a readable
 * width on a character boundary, control characters shown as spaces,
 * columns padded by their width in characters, and the state column
 * coloured on a terminal unless NO_COLOR is set.
 *
 * Invariant: every cell is a NUL-terminated string in t->text at the offset
 * t->cells[i]; t->width[k] is the widest cell of column k so far.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define CELL_MAX CLI_CELL_MAX /* characters shown of one cell */
#define LAST_MAX CLI_LAST_MAX /* of a cell in the last column, which has room */

void cli_table_init(struct cli_table *t, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->ncols = ncols;
	t->state_col = -1;
	rp_buf_init(&t->text);
}

void cli_table_release(struct cli_table *t)
{
	free(t->cells);
	free(t->widths);
	free(t->width);
	rp_buf_release(&t->text);
	memset(t, 0, sizeof(*t));
	t->state_col = -1;
}

static size_t utf8_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		n += ((unsigned char)*s & 0xc0) != 0x80;
	}
	return n;
}

/* Where a cell's text is cut: *len bytes of it are shown, *chars wide,
 * followed by "…" when *cut; *ctl when it holds control characters. */
static void cell_cut(const char *text, size_t max, size_t *len, size_t *chars, bool *cut, bool *ctl)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t n = 0, i, bytes = strlen(text);
	const char *p;

	/* Most cells are short printable ASCII: one cheap pass tells. */
	for (i = 0; i < bytes && t[i] - 0x20u < 0x60u; i++) {
	}
	*ctl = false;
	if (i == bytes) {
		*cut = bytes > max;
		*len = *cut ? max - 1 : bytes;
		*chars = *cut ? max : bytes;
		return;
	}
	for (i = 0; i < bytes && !*ctl; i++) {
		*ctl = t[i] < 0x20;
	}
	*cut = false;
	for (p = text; *p; p++) {
		if (((unsigned char)*p & 0xc0) == 0x80) {
			continue;
		}
		if (n == max - 1 && utf8_width(p) > 1) {
			*cut = true;
			break;
		}
		n++;
	}
	*len = (size_t)(p - text);
	*chars = n + (*cut ? 1 : 0);
}

/* Append a cell's text: at most `max` characters, control characters as
 * spaces, "…" where it was cut; *chars is its width.  One copy per cell:
 * tables of a portfolio run to hundreds of thousands of cells. */
static int put_cell(struct rp_buf *b, const char *text, size_t max, size_t *chars)
{
	size_t len, start = b->len, i;
	bool cut, ctl;
	int rc;

	cell_cut(text, max, &len, chars, &cut, &ctl);
	rc = rp_buf_add(b, text, len);
	for (i = start; !rc && ctl && i < b->len; i++) {
		if ((unsigned char)b->data[i] < 0x20) {
			b->data[i] = ' ';
		}
	}
	if (!rc && cut) {
		rc = rp_buf_puts(b, "\xe2\x80\xa6");
	}
	return rc ? rc : rp_buf_add(b, "", 1);
}

int cli_table_add(struct cli_table *t, const char *text)
{
	size_t used = t->nrows * t->ncols + t->fill, col = t->fill, chars;
	int rc;

	if (!t->width && !(t->width = calloc(t->ncols, sizeof(*t->width)))) {
		return RP_ENOMEM;
	}
	if (t->cap == used) {
		size_t ncap = t->cap ? t->cap * 2 : t->ncols * 16;
		size_t *cells = realloc(t->cells, ncap * sizeof(*cells));
		uint16_t *widths;

		if (!cells) {
			return RP_ENOMEM;
		}
		t->cells = cells;
		widths = realloc(t->widths, ncap * sizeof(*widths));
		if (!widths) {
			return RP_ENOMEM;
		}
		t->widths = widths;
		t->cap = ncap;
	}
	t->cells[used] = t->text.len;
	rc = put_cell(&t->text, text, col + 1 == t->ncols ? LAST_MAX : CELL_MAX, &chars);
	if (rc) {
		return rc;
	}
	t->widths[used] = (uint16_t)chars;
	if (chars > t->width[col]) {
		t->width[col] = chars;
	}
	if (++t->fill == t->ncols) {
		t->fill = 0;
		t->nrows++;
	}
	return RP_OK;
}

const char *cli_state_color(const char *state)
{
	static const struct {
		const char *state;
		const char *color;
	} colors[] = {
		{"active", "32"},    {"accepted", "32"},     {"paid", "32"},
		{"done", "32"},	     {"answered", "32"},     {"kept", "32"},
		{"approved", "32"},  {"fixed", "32"},	     {"returned", "32"},
		{"closed", "2"},     {"acknowledged", "32"}, {"handed_over", "36"},
		{"discussed", "32"}, {"fulfilled", "36"},    {"submitted", "36"},
		{"invoiced", "36"},  {"in_progress", "36"},  {"due", "33"},
		{"on_hold", "33"},   {"proposed", "33"},     {"excess", "33"},
		{"disclosed", "33"}, {"closing", "33"},	     {"delivered", "36"},
		{"rejected", "31"},  {"terminated", "31"},   {"disputed", "31"},
		{"unpaid", "33"},    {"written_off", "31"},  {"declined", "31"},
		{"open", "33"},
	};
	size_t i;

	for (i = 0; i < sizeof(colors) / sizeof(colors[0]); i++) {
		if (!strcmp(colors[i].state, state)) {
			return colors[i].color;
		}
	}
	return NULL;
}

static void pad(FILE *out, size_t n)
{
	static const char spaces[] = "                                                  ";

	while (n > 0) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;

		fwrite(spaces, 1, k, out);
		n -= k;
	}
}

void cli_cell_print(FILE *out, const char *text, size_t max, size_t width, const char *color)
{
	size_t len, chars, i, from = 0;
	bool cut, ctl;

	cell_cut(text, max, &len, &chars, &cut, &ctl);
	if (color) {
		fprintf(out, "\033[%sm", color);
	}
	for (i = 0; ctl && i < len; i++) {
		if ((unsigned char)text[i] < 0x20) {
			fwrite(text + from, 1, i - from, out);
			fputc(' ', out);
			from = i + 1;
		}
	}
	fwrite(text + from, 1, len - from, out);
	if (cut) {
		fputs("\xe2\x80\xa6", out);
	}
	if (color) {
		fputs("\033[0m", out);
	}
	if (width) {
		pad(out, width + 2 > chars ? width + 2 - chars : 0);
	}
}

void cli_table_print(const struct cli *c, const struct cli_table *t, FILE *out)
{
	static const char spaces[] = "                                                  ";
	struct rp_buf line;
	size_t r, k, i, end, w, gap;

	/* Lines are built in memory and written a block at a time: a portfolio
	 * table has hundreds of thousands of cells. */
	rp_buf_init(&line);
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->ncols; k++) {
			i = r * t->ncols + k;
			const char *cell = t->text.data + t->cells[i];
			const char *color = NULL;

			/* each cell ends with its NUL, just before the next cell */
			end = i + 1 < t->nrows * t->ncols ? t->cells[i + 1] - 1 : t->text.len - 1;
			if (c->color && r > 0 && (int)k == t->state_col) {
				color = cli_state_color(cell);
			}
			if (c->color && r == 0) {
				color = "1";
			}
			if (color) {
				rp_buf_printf(&line, "\033[%sm%s\033[0m", color, cell);
			} else {
				rp_buf_add(&line, cell, end - t->cells[i]);
			}
			if (k + 1 == t->ncols) {
				break;
			}
			w = t->widths[i];
			for (gap = t->width[k] + 2 - w; gap > 0; gap -= w) {
				w = gap < sizeof(spaces) - 1 ? gap : sizeof(spaces) - 1;
				rp_buf_add(&line, spaces, w);
			}
		}
		rp_buf_putc(&line, '\n');
		if (line.len >= 1 << 16 || r + 1 == t->nrows) {
			fwrite(line.data, 1, line.len, out);
			rp_buf_reset(&line);
		}
	}
	rp_buf_release(&line);
}
