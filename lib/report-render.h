/*
 * report-render.h — what the report renderers share: the checked view of a report model
 * (docs/report-model.md), the UTF-8 helpers every renderer measures and cleans text with, and
 * one entry point per format.  rp_report_render() in report-render.c checks the model once,
 * builds the view and hands it to the renderer of the format asked for.
 *
 * Invariants: a view only exists for a model that follows the schema, so renderers never check
 * types; optional strings that are blank (only spaces and newlines) are left out of the view,
 * so a renderer never draws an empty paragraph; every string in a view is borrowed from the model
 * (or from the view's own `owned` list) and lives as long as both; a renderer only appends to its
 * buffer and returns RP_OK or RP_ENOMEM.
 */
#ifndef RAPPORT_REPORT_RENDER_H
#define RAPPORT_REPORT_RENDER_H

#include <jansson.h>

#include "rapport/buf.h"
#include "rapport/common.h"

#include "rapport/report.h"

/* Limits on what a model may hold, so that every layout stays drawable. */
#define REPORT_MAX_COLUMNS 16

/* Limits of the plain-text layout, in terminal columns. */
#define REPORT_TEXT_WIDTH 78

struct report_column {
	const char *key;
	const char *label;
};

struct report_section {
	const char *id; /* or NULL */
	const char *title;
	const char **paragraphs;
	size_t nparagraphs;
	struct report_column *columns;
	size_t ncolumns;
	const char **cells; /* nrows * ncolumns, row by row; "" for a missing or null cell */
	size_t nrows;
	const char *empty; /* or NULL */
};

struct report_view {
	const char *kind;	/* or NULL */
	const char *title;	/* the report's */
	const char *workspace;	/* the sender, or NULL */
	const char *engagement; /* the engagement's title */
	const char *client;	/* the client's name (or slug) */
	const char *from;	/* the period, or both NULL */
	const char *until;
	const char *date;
	const char *to; /* or NULL */
	const char **summary;
	size_t nsummary;
	struct report_section *sections;
	size_t nsections;
	const char *closing;
	char **owned; /* strings the view made (numbers turned into text) */
	size_t nowned;
};

/* Check `model` against the schema and describe it in `v`.  RP_OK, RP_EINVAL, RP_ENOMEM; on
 * failure `v` is left empty (releasing it is harmless). */
int report_view_init(struct report_view *v, const json_t *model);
void report_view_release(struct report_view *v);

/* Whether a section draws its table (it has columns and rows). */
static inline int report_section_has_table(const struct report_section *s)
{
	return s->ncolumns > 0 && s->nrows > 0;
}

/* Decode the code point at s[*i] (len bytes in all), advancing *i; a malformed sequence gives
 * U+FFFD and advances one byte. */
uint32_t report_utf8_next(const char *s, size_t len, size_t *i);
/* Append one code point as UTF-8. */
int report_utf8_put(struct rp_buf *b, uint32_t cp);
/* Whether a code point is a control character no output may carry (C0 but tab and newline,
 * DEL, C1).  Renderers put U+FFFD in its place. */
int report_is_control(uint32_t cp);
/* The columns a code point takes on a terminal: 0 (combining), 1 or 2 (wide, East Asian). */
int report_cp_width(uint32_t cp);

/* The style sheet of the HTML page (web/report.css, embedded at build time). */
extern const char report_css[];

int report_render_text(const struct report_view *v, struct rp_buf *out);
int report_render_md(const struct report_view *v, struct rp_buf *out);
int report_render_html(const struct report_view *v, struct rp_buf *out);

#endif
