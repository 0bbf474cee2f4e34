/*
 * report-render.c — rp_report_render(): checks a report model against the schema of
 * docs/report-model.md, describes it as a struct report_view and hands it to the renderer of the
 * format asked for; the JSON format is the model itself.  Also the UTF-8 helpers the renderers
 * share.
 *
 * A model is checked completely before anything is drawn, so a renderer never meets a wrong
 * type, and the caller's buffer receives the whole rendering or nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report-render.h"

static int blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

/* A string member: absent or null is NULL (an error when required), anything but a string is
 * an error; an optional one that is blank counts as absent. */
static int view_str(const json_t *obj, const char *key, int required, const char **out)
{
	const json_t *j = json_object_get(obj, key);

	if (!j || json_is_null(j)) {
		*out = NULL;
		return required ? RP_EINVAL : RP_OK;
	}
	if (!json_is_string(j)) {
		return RP_EINVAL;
	}
	*out = json_string_value(j);
	if (!required && blank(*out)) {
		*out = NULL;
	}
	return RP_OK;
}

/* An optional array of strings (paragraphs, summary). */
static int view_strings(const json_t *obj, const char *key, const char ***out, size_t *n)
{
	const json_t *arr = json_object_get(obj, key);
	const char **list;
	size_t i, k = 0;

	*out = NULL;
	*n = 0;
	if (!arr || json_is_null(arr)) {
		return RP_OK;
	}
	if (!json_is_array(arr)) {
		return RP_EINVAL;
	}
	for (i = 0; i < json_array_size(arr); i++) {
		if (!json_is_string(json_array_get(arr, i))) {
			return RP_EINVAL;
		}
	}
	if (json_array_size(arr) == 0) {
		return RP_OK;
	}
	list = calloc(json_array_size(arr), sizeof(*list));
	if (!list) {
		return RP_ENOMEM;
	}
	for (i = 0; i < json_array_size(arr); i++) {
		const char *s = json_string_value(json_array_get(arr, i));

		if (!blank(s)) {
			list[k++] = s;
		}
	}
	*out = list;
	*n = k;
	return RP_OK;
}

/* Keep a string the view made, to be freed with it. */
static int view_own(struct report_view *v, char *s)
{
	char **grown;

	grown = realloc(v->owned, (v->nowned + 1) * sizeof(*grown));
	if (!grown) {
		free(s);
		return RP_ENOMEM;
	}
	v->owned = grown;
	v->owned[v->nowned++] = s;
	return RP_OK;
}

/* One cell: a string, an integer (shown in decimal), or nothing. */
static int view_cell(struct report_view *v, const json_t *row, const char *key, const char **out)
{
	const json_t *j = json_object_get(row, key);
	char num[32];
	char *s;

	if (!j || json_is_null(j)) {
		*out = "";
		return RP_OK;
	}
	if (json_is_string(j)) {
		*out = json_string_value(j);
		return RP_OK;
	}
	if (!json_is_integer(j)) {
		return RP_EINVAL;
	}
	snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(j));
	s = strdup(num);
	if (!s) {
		return RP_ENOMEM;
	}
	*out = s;
	return view_own(v, s);
}

static int view_section(struct report_view *v, const json_t *js, struct report_section *s)
{
	const json_t *cols, *rows;
	size_t i, c;
	int rc;

	if (!json_is_object(js)) {
		return RP_EINVAL;
	}
	if ((rc = view_str(js, "id", 0, &s->id)) || (rc = view_str(js, "title", 1, &s->title)) ||
	    (rc = view_str(js, "empty", 0, &s->empty)) ||
	    (rc = view_strings(js, "paragraphs", &s->paragraphs, &s->nparagraphs))) {
		return rc;
	}

	cols = json_object_get(js, "columns");
	if (cols && !json_is_null(cols)) {
		if (!json_is_array(cols) || json_array_size(cols) > REPORT_MAX_COLUMNS) {
			return RP_EINVAL;
		}
		if (json_array_size(cols) > 0) {
			s->columns = calloc(json_array_size(cols), sizeof(*s->columns));
			if (!s->columns) {
				return RP_ENOMEM;
			}
		}
		for (i = 0; i < json_array_size(cols); i++) {
			const json_t *col = json_array_get(cols, i);

			if (!json_is_object(col)) {
				return RP_EINVAL;
			}
			if ((rc = view_str(col, "key", 1, &s->columns[i].key)) ||
			    (rc = view_str(col, "label", 1, &s->columns[i].label))) {
				return rc;
			}
			s->ncolumns++;
		}
	}

	rows = json_object_get(js, "rows");
	if (!rows || json_is_null(rows)) {
		return RP_OK;
	}
	if (!json_is_array(rows)) {
		return RP_EINVAL;
	}
	for (i = 0; i < json_array_size(rows); i++) {
		if (!json_is_object(json_array_get(rows, i))) {
			return RP_EINVAL;
		}
	}
	if (json_array_size(rows) == 0 || s->ncolumns == 0) {
		/* No columns: the rows are not drawn, but a row must still be an object. */
		s->nrows = json_array_size(rows);
		return RP_OK;
	}
	s->cells = calloc(json_array_size(rows) * s->ncolumns, sizeof(*s->cells));
	if (!s->cells) {
		return RP_ENOMEM;
	}
	for (i = 0; i < json_array_size(rows); i++) {
		for (c = 0; c < s->ncolumns; c++) {
			rc = view_cell(v, json_array_get(rows, i), s->columns[c].key,
				       &s->cells[i * s->ncolumns + c]);
			if (rc) {
				return rc;
			}
		}
	}
	s->nrows = json_array_size(rows);
	return RP_OK;
}

static int view_build(struct report_view *v, const json_t *model)
{
	const json_t *format, *eng, *period, *sections;
	size_t i;
	int rc;

	if (!json_is_object(model)) {
		return RP_EINVAL;
	}
	format = json_object_get(model, "format");
	if (format && !(json_is_integer(format) && json_integer_value(format) == 1)) {
		return RP_EINVAL;
	}
	if ((rc = view_str(model, "kind", 0, &v->kind)) ||
	    (rc = view_str(model, "title", 1, &v->title)) ||
	    (rc = view_str(model, "workspace", 0, &v->workspace)) ||
	    (rc = view_str(model, "date", 1, &v->date)) ||
	    (rc = view_str(model, "to", 0, &v->to)) ||
	    (rc = view_str(model, "closing", 0, &v->closing)) ||
	    (rc = view_strings(model, "summary", &v->summary, &v->nsummary))) {
		return rc;
	}

	eng = json_object_get(model, "engagement");
	if (!json_is_object(eng)) {
		return RP_EINVAL;
	}
	if ((rc = view_str(eng, "title", 1, &v->engagement)) ||
	    (rc = view_str(eng, "client_name", 0, &v->client))) {
		return rc;
	}
	if (!v->client && (rc = view_str(eng, "client", 1, &v->client))) {
		return rc;
	}

	period = json_object_get(model, "period");
	if (period && !json_is_null(period)) {
		if (!json_is_object(period)) {
			return RP_EINVAL;
		}
		if ((rc = view_str(period, "from", 1, &v->from)) ||
		    (rc = view_str(period, "to", 1, &v->until))) {
			return rc;
		}
	}

	sections = json_object_get(model, "sections");
	if (!json_is_array(sections)) {
		return RP_EINVAL;
	}
	if (json_array_size(sections) > 0) {
		v->sections = calloc(json_array_size(sections), sizeof(*v->sections));
		if (!v->sections) {
			return RP_ENOMEM;
		}
	}
	for (i = 0; i < json_array_size(sections); i++) {
		/* Counted first so that release frees what a failing section allocated. */
		v->nsections++;
		rc = view_section(v, json_array_get(sections, i), &v->sections[i]);
		if (rc) {
			return rc;
		}
	}
	return RP_OK;
}

int report_view_init(struct report_view *v, const json_t *model)
{
	int rc;

	memset(v, 0, sizeof(*v));
	rc = view_build(v, model);
	if (rc) {
		report_view_release(v);
	}
	return rc;
}

void report_view_release(struct report_view *v)
{
	size_t i;

	if (!v) {
		return;
	}
	for (i = 0; i < v->nsections; i++) {
		free(v->sections[i].paragraphs);
		free(v->sections[i].columns);
		free(v->sections[i].cells);
	}
	free(v->sections);
	free(v->summary);
	for (i = 0; i < v->nowned; i++) {
		free(v->owned[i]);
	}
	free(v->owned);
	memset(v, 0, sizeof(*v));
}

uint32_t report_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = len - *i, n, k;
	uint32_t cp, min;

	if (p[0] < 0x80) {
		*i += 1;
		return p[0];
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		n = 2, cp = p[0] & 0x1f, min = 0x80;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		n = 3, cp = p[0] & 0x0f, min = 0x800;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		n = 4, cp = p[0] & 0x07, min = 0x10000;
	} else {
		goto bad;
	}
	if (left < n) {
		goto bad;
	}
	for (k = 1; k < n; k++) {
		if ((p[k] & 0xc0) != 0x80) {
			goto bad;
		}
		cp = (cp << 6) | (p[k] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
		goto bad;
	}
	*i += n;
	return cp;
bad:
	*i += 1;
	return 0xfffd;
}

int report_utf8_put(struct rp_buf *b, uint32_t cp)
{
	char u[4];

	if (cp < 0x80) {
		return rp_buf_putc(b, (char)cp);
	}
	if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		return rp_buf_add(b, u, 2);
	}
	if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		return rp_buf_add(b, u, 3);
	}
	u[0] = (char)(0xf0 | (cp >> 18));
	u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	u[3] = (char)(0x80 | (cp & 0x3f));
	return rp_buf_add(b, u, 4);
}

int report_is_control(uint32_t cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp < 0xa0);
}

struct cp_range {
	uint32_t lo, hi;
};

/* Marks drawn over the previous character: the common combining blocks, zero-width spaces and
 * joiners, variation selectors. */
static const struct cp_range zero_width[] = {
	{0x0300, 0x036f}, {0x0483, 0x0489}, {0x0591, 0x05bd},	{0x0610, 0x061a}, {0x064b, 0x065f},
	{0x0e31, 0x0e31}, {0x0e34, 0x0e3a}, {0x0e47, 0x0e4e},	{0x1ab0, 0x1aff}, {0x1dc0, 0x1dff},
	{0x200b, 0x200f}, {0x202a, 0x202e}, {0x2060, 0x2064},	{0x20d0, 0x20ff}, {0xfe00, 0xfe0f},
	{0xfe20, 0xfe2f}, {0xfeff, 0xfeff}, {0xe0100, 0xe01ef},
};

/* East Asian wide and fullwidth characters and emoji, which terminals draw two columns wide. */
static const struct cp_range wide[] = {
	{0x1100, 0x115f},   {0x231a, 0x231b},	{0x2329, 0x232a},   {0x23e9, 0x23ec},
	{0x23f0, 0x23f0},   {0x23f3, 0x23f3},	{0x25fd, 0x25fe},   {0x2614, 0x2615},
	{0x2648, 0x2653},   {0x267f, 0x267f},	{0x2693, 0x2693},   {0x26a1, 0x26a1},
	{0x26aa, 0x26ab},   {0x26bd, 0x26be},	{0x26c4, 0x26c5},   {0x26ce, 0x26ce},
	{0x26d4, 0x26d4},   {0x26ea, 0x26ea},	{0x26f2, 0x26f3},   {0x26f5, 0x26f5},
	{0x26fa, 0x26fa},   {0x26fd, 0x26fd},	{0x2705, 0x2705},   {0x270a, 0x270b},
	{0x2728, 0x2728},   {0x274c, 0x274c},	{0x274e, 0x274e},   {0x2753, 0x2755},
	{0x2757, 0x2757},   {0x2795, 0x2797},	{0x27b0, 0x27b0},   {0x27bf, 0x27bf},
	{0x2b1b, 0x2b1c},   {0x2b50, 0x2b50},	{0x2b55, 0x2b55},   {0x2e80, 0x303e},
	{0x3041, 0x33ff},   {0x3400, 0x4dbf},	{0x4e00, 0x9fff},   {0xa000, 0xa4cf},
	{0xa960, 0xa97f},   {0xac00, 0xd7a3},	{0xf900, 0xfaff},   {0xfe10, 0xfe19},
	{0xfe30, 0xfe6f},   {0xff00, 0xff60},	{0xffe0, 0xffe6},   {0x16fe0, 0x16fe4},
	{0x17000, 0x18cff}, {0x1b000, 0x1b2ff}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf},
	{0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f251}, {0x1f300, 0x1f64f},
	{0x1f680, 0x1f6ff}, {0x1f7e0, 0x1f7eb}, {0x1f90c, 0x1f9ff}, {0x1fa70, 0x1faff},
	{0x20000, 0x2fffd}, {0x30000, 0x3fffd},
};

static int in_ranges(uint32_t cp, const struct cp_range *r, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < r[mid].lo) {
			hi = mid;
		} else if (cp > r[mid].hi) {
			lo = mid + 1;
		} else {
			return 1;
		}
	}
	return 0;
}

int report_cp_width(uint32_t cp)
{
	if (cp < 0x300) {
		return 1;
	}
	if (in_ranges(cp, zero_width, sizeof(zero_width) / sizeof(zero_width[0]))) {
		return 0;
	}
	if (in_ranges(cp, wide, sizeof(wide) / sizeof(wide[0]))) {
		return 2;
	}
	return 1;
}

/* The model itself, as the other formats' common source: indented, ASCII, in its own order. */
static int render_json(const json_t *model, struct rp_buf *out)
{
	char *s = json_dumps(model, JSON_INDENT(2) | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
	int rc;

	if (!s) {
		return RP_ENOMEM;
	}
	rc = rp_buf_puts(out, s);
	if (!rc) {
		rc = rp_buf_putc(out, '\n');
	}
	free(s);
	return rc;
}

int rp_report_render(const json_t *model, enum rp_report_format fmt, struct rp_buf *out)
{
	struct report_view v;
	struct rp_buf tmp;
	int rc;

	if (!model || !out) {
		return RP_EINVAL;
	}
	rc = report_view_init(&v, model);
	if (rc) {
		return rc;
	}
	rp_buf_init(&tmp);
	switch (fmt) {
	case RP_FORMAT_TEXT:
		rc = report_render_text(&v, &tmp);
		break;
	case RP_FORMAT_MD:
		rc = report_render_md(&v, &tmp);
		break;
	case RP_FORMAT_HTML:
		rc = report_render_html(&v, &tmp);
		break;
	case RP_FORMAT_JSON:
		rc = render_json(model, &tmp);
		break;
	default:
		rc = RP_EINVAL;
		break;
	}
	if (!rc) {
		rc = rp_buf_add(out, tmp.data, tmp.len);
	}
	rp_buf_release(&tmp);
	report_view_release(&v);
	return rc;
}
