/*
 * table.c — aligned text tables for a terminal: cells are cut to a readable
 * width on a character boundary, line breaks shown as spaces, columns padded
 * by their width in characters, and the state column coloured on a terminal
 * unless NO_COLOR is set.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define CELL_MAX 40  /* characters shown of one cell */
#define LAST_MAX 100 /* of a cell in the last column, which has room */

void cli_table_init(struct cli_table *t, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->ncols = ncols;
	t->state_col = -1;
}

void cli_table_release(struct cli_table *t)
{
	size_t i;

	for (i = 0; i < t->nrows * t->ncols + t->fill; i++) {
		free(t->cells[i]);
	}
	free(t->cells);
	memset(t, 0, sizeof(*t));
}

static size_t utf8_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		n += ((unsigned char)*s & 0xc0) != 0x80;
	}
	return n;
}

/* A cell's text: at most `max` characters, control characters as
 * spaces, "…" where it was cut. */
static char *cell_text(const char *text, size_t max)
{
	struct rp_buf b;
	size_t chars = 0;
	const char *p;

	rp_buf_init(&b);
	for (p = text; *p; p++) {
		unsigned char ch = (unsigned char)*p;

		if ((ch & 0xc0) != 0x80) {
			if (chars == max - 1 && utf8_width(p) > 1) {
				rp_buf_puts(&b, "\xe2\x80\xa6");
				break;
			}
			chars++;
		}
		rp_buf_putc(&b, ch < 0x20 ? ' ' : (char)ch);
	}
	return rp_buf_detach(&b);
}

int cli_table_add(struct cli_table *t, const char *text)
{
	size_t used = t->nrows * t->ncols;
	char *cell;

	if (t->cap == used + t->fill) {
		size_t ncap = t->cap ? t->cap * 2 : t->ncols * 16;
		char **cells = realloc(t->cells, ncap * sizeof(*cells));

		if (!cells) {
			return RP_ENOMEM;
		}
		t->cells = cells;
		t->cap = ncap;
	}
	cell = cell_text(text, t->fill + 1 == t->ncols ? LAST_MAX : CELL_MAX);
	if (!cell) {
		return RP_ENOMEM;
	}
	t->cells[used + t->fill] = cell;
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

void cli_table_print(const struct cli *c, const struct cli_table *t, FILE *out)
{
	size_t *width = calloc(t->ncols, sizeof(*width));
	size_t r, k, w;

	if (!width) {
		return;
	}
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->ncols; k++) {
			w = utf8_width(t->cells[r * t->ncols + k]);
			if (w > width[k]) {
				width[k] = w;
			}
		}
	}
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->ncols; k++) {
			const char *cell = t->cells[r * t->ncols + k];
			const char *color = NULL;
			bool last = k + 1 == t->ncols;

			if (c->color && r > 0 && (int)k == t->state_col) {
				color = cli_state_color(cell);
			}
			if (c->color && r == 0) {
				color = "1";
			}
			if (color) {
				fprintf(out, "\033[%sm%s\033[0m", color, cell);
			} else {
				fputs(cell, out);
			}
			if (!last) {
				for (w = utf8_width(cell); w < width[k] + 2; w++) {
					fputc(' ', out);
				}
			}
		}
		fputc('\n', out);
	}
	free(width);
}
