/* Unit tests of the report renderers: hand-made models (the JSON files of tests/report: a typical
 * progress report, one with empty sections, a hostile one) rendered in every format and compared
 * byte for byte with tests/golden/report-*, the properties each format promises (text within 78
 * columns, Markdown tables with one cell per column, HTML with no markup from the model, JSON that
 * is the model), and the schema checks.
 *
 * The golden files are written, not compared, when RAPPORT_UPDATE_GOLDEN=1 is set:
 *   RAPPORT_UPDATE_GOLDEN=1 build/tests/unit/test-report-render
 * and then read and judged like any other change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmocka.h>

#include "rapport/report.h"

#ifndef RAPPORT_SOURCE_DIR
#error "RAPPORT_SOURCE_DIR names the source tree (set by tests/unit/meson.build)"
#endif

static const enum rp_report_format formats[] = {RP_FORMAT_TEXT, RP_FORMAT_MD, RP_FORMAT_HTML,
						RP_FORMAT_JSON};
static const char *const extensions[] = {"txt", "md", "html", "json"};

static json_t *load_model(const char *name)
{
	char path[512];
	json_error_t err;
	json_t *model;

	snprintf(path, sizeof(path), "%s/tests/report/%s.json", RAPPORT_SOURCE_DIR, name);
	model = json_load_file(path, JSON_PRESERVE_ORDER, &err);
	if (!model) {
		fail_msg("%s:%d: %s", path, err.line, err.text);
	}
	return model;
}

static json_t *parse(const char *text)
{
	json_error_t err;
	json_t *j = json_loads(text, 0, &err);

	if (!j) {
		fail_msg("bad test JSON: %s: %s", err.text, text);
	}
	return j;
}

static char *render(const json_t *model, enum rp_report_format fmt)
{
	struct rp_buf out;

	rp_buf_init(&out);
	assert_int_equal(rp_report_render(model, fmt, &out), RP_OK);
	return rp_buf_detach(&out);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct rp_buf b;
	char chunk[4096];
	size_t n;

	if (!f) {
		return NULL;
	}
	rp_buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		assert_int_equal(rp_buf_add(&b, chunk, n), RP_OK);
	}
	fclose(f);
	return rp_buf_detach(&b);
}

/* Compare with tests/golden/report-NAME.EXT, showing the first line that differs. */
static void golden(const char *name, const char *ext, const char *actual)
{
	const char *update = getenv("RAPPORT_UPDATE_GOLDEN");
	char path[512];
	char *expected;
	size_t line = 1, i = 0, start = 0;

	snprintf(path, sizeof(path), "%s/tests/golden/report-%s.%s", RAPPORT_SOURCE_DIR, name, ext);
	if (update && strcmp(update, "1") == 0) {
		FILE *f = fopen(path, "wb");

		assert_non_null(f);
		assert_int_equal(fwrite(actual, 1, strlen(actual), f), strlen(actual));
		assert_int_equal(fclose(f), 0);
		return;
	}
	expected = read_file(path);
	if (!expected) {
		fail_msg("no golden file %s (RAPPORT_UPDATE_GOLDEN=1 writes it)", path);
	}
	while (expected[i] && expected[i] == actual[i]) {
		if (expected[i] == '\n') {
			line++;
			start = i + 1;
		}
		i++;
	}
	if (expected[i] != actual[i]) {
		int el = (int)strcspn(expected + start, "\n"),
		    al = (int)strcspn(actual + start, "\n");

		print_error("%s differs at line %zu\n  expected: %.*s\n  actual:   %.*s\n", path,
			    line, el, expected + start, al, actual + start);
		free(expected);
		fail_msg("rendering differs from %s (RAPPORT_UPDATE_GOLDEN=1 rewrites it)", path);
	}
	free(expected);
}

/* Code points in len bytes of UTF-8. */
static size_t chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	}
	return n;
}

/* Terminal columns, for the characters the models use: CJK ideographs (U+4E00..U+9FFF, three
 * bytes starting 0xE4..0xE9) take two. */
static size_t columns(const char *s, size_t len)
{
	size_t i, n = chars(s, len);

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		n += c >= 0xe4 && c <= 0xe9;
	}
	return n;
}

/* The promises of the text format: lines of at most 78 columns, no trailing space, no control
 * character, no run of blank lines, a final newline. */
static void check_text(const char *text)
{
	const char *p = text;
	size_t lineno = 1;

	assert_true(strlen(text) > 0);
	assert_int_equal(text[strlen(text) - 1], '\n');
	assert_null(strstr(text, "\n\n\n"));
	while (*p) {
		size_t len = strcspn(p, "\n"), i;

		if (columns(p, len) > 78) {
			fail_msg("text line %zu is %zu columns wide: %.*s", lineno, columns(p, len),
				 (int)len, p);
		}
		if (len > 0 && p[len - 1] == ' ') {
			fail_msg("text line %zu ends in a space", lineno);
		}
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)p[i];

			assert_false(c < 0x20 || c == 0x7f);
		}
		p += len + (p[len] == '\n');
		lineno++;
	}
}

/* The cells of a pipe-table line: the '|' not escaped by a backslash, less one. */
static size_t md_cells(const char *line, size_t len)
{
	size_t i, pipes = 0, backslashes = 0;

	for (i = 0; i < len; i++) {
		if (line[i] == '|' && backslashes % 2 == 0) {
			pipes++;
		}
		backslashes = line[i] == '\\' ? backslashes + 1 : 0;
	}
	return pipes ? pipes - 1 : 0;
}

/* Every table of a Markdown rendering has as many cells in each row as in its header, and no
 * '<' is raw but those of the renderer's own <br>.  Returns the number of tables. */
static size_t check_md(const char *md)
{
	const char *p = md;
	size_t want = 0, tables = 0, backslashes = 0, i;

	while (*p) {
		size_t len = strcspn(p, "\n");

		if (len > 0 && p[0] == '|') {
			if (want == 0) {
				want = md_cells(p, len);
				tables++;
				assert_true(want > 0);
			}
			if (md_cells(p, len) != want) {
				fail_msg("a table row has %zu cells, not %zu: %.*s",
					 md_cells(p, len), want, (int)len, p);
			}
			assert_int_equal(p[len - 1], '|');
		} else {
			want = 0;
		}
		p += len + (p[len] == '\n');
	}
	for (i = 0; md[i]; i++) {
		if ((md[i] == '<' || md[i] == '`') && backslashes % 2 == 0 &&
		    strncmp(md + i, "<br>", 4) != 0) {
			fail_msg("a raw '%c' in Markdown: %.40s", md[i], md + i);
		}
		backslashes = md[i] == '\\' ? backslashes + 1 : 0;
	}
	return tables;
}

/* Every tag of an HTML rendering is one the renderer writes, with no attribute that could load
 * or run anything: the model put no markup on the page. */
static void check_html(const char *html)
{
	static const char *const tags[] = {
		"!doctype", "html",  "head", "meta", "title", "style",	"body", "main",	   "header",
		"h1",	    "h2",    "p",    "dl",   "div",   "dt",	"dd",	"section", "table",
		"thead",    "tbody", "tr",   "th",   "td",    "footer", "wbr",
	};
	static const char *const attrs[] = {" on", "src=", "href=", "style=", "\n"};
	const char *p = html, *style_end;
	size_t k;

	assert_true(strncmp(html, "<!doctype html>\n", 16) == 0);
	assert_non_null(strstr(html, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(html, "script-src 'none'"));
	style_end = strstr(html, "</style>");
	assert_non_null(style_end);
	while ((p = strchr(p, '<')) != NULL) {
		const char *name = p + 1 + (p[1] == '/');
		size_t len = strspn(name, "!abcdefghijklmnopqrstuvwxyz0123456789");
		const char *end = strchr(p, '>');
		int known = 0;

		assert_non_null(end);
		for (k = 0; k < sizeof(tags) / sizeof(tags[0]); k++) {
			known |= strlen(tags[k]) == len && strncmp(tags[k], name, len) == 0;
		}
		if (!known) {
			fail_msg("an unexpected tag in HTML: %.40s", p);
		}
		for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++) {
			const char *hit = strstr(p, attrs[k]);

			if (hit && hit < end) {
				fail_msg("a suspicious attribute in HTML: %.*s", (int)(end - p + 1),
					 p);
			}
		}
		/* The style sheet is a constant of the renderer: skip it. */
		p = strncmp(p, "<style>", 7) == 0 ? style_end + 1 : end;
	}
	p = html;
	while ((p = strchr(p, '<')) != NULL) {
		assert_true(strncasecmp(p, "<script", 7) != 0);
		p++;
	}
}

static void check_all(const char *name, int compare)
{
	json_t *model = load_model(name);
	size_t f;

	for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		char *out = render(model, formats[f]);

		switch (formats[f]) {
		case RP_FORMAT_TEXT:
			check_text(out);
			break;
		case RP_FORMAT_MD:
			check_md(out);
			break;
		case RP_FORMAT_HTML:
			check_html(out);
			break;
		case RP_FORMAT_JSON:
			break;
		}
		if (compare) {
			golden(name, extensions[f], out);
		}
		free(out);
	}
	json_decref(model);
}

static void test_typical(void **state)
{
	json_t *model = load_model("typical");
	char *md;

	(void)state;
	check_all("typical", 1);
	/* All seven sections drawn as tables in Markdown. */
	md = render(model, RP_FORMAT_MD);
	assert_int_equal(check_md(md), 7);
	free(md);
	json_decref(model);
}

static void test_empty_sections(void **state)
{
	json_t *model = load_model("empty");
	char *text, *html;

	(void)state;
	check_all("empty", 1);
	text = render(model, RP_FORMAT_TEXT);
	/* The empty sentences stand instead of tables; a section without one has its title only;
	 * "to" is null and the client is named by its slug. */
	assert_non_null(strstr(text, "Nothing was completed in this period."));
	assert_non_null(strstr(text, "No deliverables are recorded yet"));
	assert_non_null(strstr(text, "Other issues\n------------\n\nIs there anything"));
	assert_null(strstr(text, "\nTo "));
	assert_non_null(strstr(text, "\nClient      globex\n"));
	html = render(model, RP_FORMAT_HTML);
	assert_null(strstr(html, "<table>"));
	assert_non_null(strstr(html, "<p class=\"empty\">No action items are open.</p>"));
	free(text);
	free(html);
	json_decref(model);
}

static void test_hostile(void **state)
{
	json_t *model = load_model("hostile");
	char *text, *md, *html;
	const char *p;
	size_t letters = 0;

	(void)state;
	check_all("hostile", 1);
	text = render(model, RP_FORMAT_TEXT);
	md = render(model, RP_FORMAT_MD);
	html = render(model, RP_FORMAT_HTML);

	/* Non-ASCII names pass through every format unchanged. */
	assert_non_null(strstr(text, "Zoë Ðurić 北京"));
	assert_non_null(strstr(md, "Zoë Ðurić 北京"));
	assert_non_null(strstr(html, "Zoë Ðurić 北京"));

	/* The 2,000-character word is cut into lines of its column, no character lost. */
	for (p = text; *p; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] == '\n')) {
		size_t run = strspn(p, "Sabcdefghijklmnopqrstuvwxyz");

		letters += run >= 20 ? run : 0;
	}
	assert_int_equal(letters, 2000);

	/* Markdown: three tables of the right width, the markup characters escaped. */
	assert_int_equal(check_md(md), 3);
	assert_non_null(strstr(md, "| cell \\| with \\| pipes | line one<br>line two |"));
	assert_non_null(strstr(md, "\\*emphasis\\* \\*\\*strong\\*\\* \\~\\~strike\\~\\~"));
	assert_non_null(
		strstr(md, "\n\\# not a heading\\\n\\- not a list\\\n1\\. not ordered\\\n"));
	assert_non_null(strstr(md, "\n\\`\\`\\`\\\n"));

	/* HTML: the strings are text, in elements and attributes alike. */
	assert_non_null(strstr(html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt; report</h1>"));
	assert_non_null(strstr(html, "<title>&lt;script&gt;alert(1)&lt;/script&gt; report: "));
	assert_non_null(
		strstr(html, "&quot;Northwind&quot; &amp; &#39;Sons&#39; &lt;Consulting&gt;"));
	assert_non_null(strstr(html, "&amp;amp; stays &amp;amp;"));
	/* A section id and a column key that are not plain names become no attribute. */
	assert_null(strstr(html, "onclick"));
	assert_null(strstr(html, "<svg"));
	assert_non_null(strstr(html, "<section id=\"names\">"));
	free(text);
	free(md);
	free(html);
	json_decref(model);
}

/* The JSON format is the model itself: indented, ASCII, in its order, newline-terminated. */
static void test_json_is_the_model(void **state)
{
	const char *names[] = {"typical", "empty", "hostile"};
	size_t n, i;

	(void)state;
	for (n = 0; n < 3; n++) {
		json_t *model = load_model(names[n]), *back;
		char *out = render(model, RP_FORMAT_JSON);

		assert_true(strncmp(out, "{\n  \"format\": 1,\n  \"kind\": ", 27) == 0);
		assert_int_equal(out[strlen(out) - 1], '\n');
		for (i = 0; out[i]; i++) {
			assert_true((unsigned char)out[i] < 0x80);
		}
		back = parse(out);
		assert_true(json_equal(model, back));
		json_decref(back);
		free(out);
		json_decref(model);
	}
}

/* Output is appended, and only on success. */
static void test_appends_only_on_success(void **state)
{
	json_t *good = load_model("empty"), *bad = parse("{\"title\": 1}");
	struct rp_buf out;
	size_t f;

	(void)state;
	for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		rp_buf_init(&out);
		assert_int_equal(rp_buf_puts(&out, "before\n"), RP_OK);
		assert_int_equal(rp_report_render(bad, formats[f], &out), RP_EINVAL);
		assert_string_equal(out.data, "before\n");
		assert_int_equal(rp_report_render(good, formats[f], &out), RP_OK);
		assert_true(strncmp(out.data, "before\n", 7) == 0);
		assert_true(out.len > 100);
		rp_buf_release(&out);
	}
	json_decref(good);
	json_decref(bad);
}

#define MINIMAL                                                                                    \
	"\"title\": \"R\", \"engagement\": {\"title\": \"E\", \"client\": \"c\"}, \"date\": "      \
	"\"2026-01-01\""

/* Models that break the schema are refused in every format, and nothing is written. */
static void test_schema(void **state)
{
	static const char *const bad[] = {
		"[]",
		"{\"engagement\": {\"title\": \"E\", \"client\": \"c\"}, \"date\": \"d\", "
		"\"sections\": []}",
		"{\"format\": 2, " MINIMAL ", \"sections\": []}",
		"{\"format\": \"1\", " MINIMAL ", \"sections\": []}",
		"{" MINIMAL "}",
		"{" MINIMAL ", \"sections\": {}}",
		"{" MINIMAL ", \"sections\": [1]}",
		"{" MINIMAL ", \"sections\": [{}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": 1}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"paragraphs\": [1]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"paragraphs\": \"p\"}]}",
		"{" MINIMAL
		", \"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"a\"}]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"columns\": [\"a\"]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"a\", "
		"\"label\": \"A\"}], \"rows\": [[\"x\"]]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"a\", "
		"\"label\": \"A\"}], \"rows\": [{\"a\": {\"b\": 1}}]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"a\", "
		"\"label\": \"A\"}], \"rows\": [{\"a\": 1.5}]}]}",
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"empty\": false}]}",
		"{" MINIMAL ", \"sections\": [], \"summary\": \"s\"}",
		"{" MINIMAL ", \"sections\": [], \"to\": 7}",
		"{" MINIMAL ", \"sections\": [], \"period\": {\"from\": \"a\"}}",
		"{" MINIMAL ", \"sections\": [], \"closing\": []}",
		"{\"title\": \"R\", \"engagement\": {\"title\": \"E\"}, \"date\": \"d\", "
		"\"sections\": []}",
		"{\"title\": \"R\", \"engagement\": \"E\", \"date\": \"d\", \"sections\": []}",
	};
	struct rp_buf out;
	json_t *model;
	size_t i, f;

	(void)state;
	rp_buf_init(&out);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		model = parse(bad[i]);
		for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
			if (rp_report_render(model, formats[f], &out) != RP_EINVAL) {
				fail_msg("accepted in format %zu: %s", f, bad[i]);
			}
			assert_int_equal(out.len, 0);
		}
		json_decref(model);
	}
	/* Too many columns to draw. */
	{
		json_t *cols = json_array(), *s;

		model = parse("{" MINIMAL ", \"sections\": [{\"title\": \"T\"}]}");
		s = json_array_get(json_object_get(model, "sections"), 0);
		for (i = 0; i < 17; i++) {
			json_array_append_new(cols,
					      json_pack("{s:s, s:s}", "key", "k", "label", "L"));
		}
		json_object_set_new(s, "columns", cols);
		assert_int_equal(rp_report_render(model, RP_FORMAT_TEXT, &out), RP_EINVAL);
		json_array_remove(cols, 0);
		assert_int_equal(rp_report_render(model, RP_FORMAT_TEXT, &out), RP_OK);
		json_decref(model);
	}
	/* No model, an unknown format. */
	rp_buf_reset(&out);
	assert_int_equal(rp_report_render(NULL, RP_FORMAT_JSON, &out), RP_EINVAL);
	model = parse("{" MINIMAL ", \"sections\": []}");
	assert_int_equal(rp_report_render(model, (enum rp_report_format)99, &out), RP_EINVAL);
	assert_int_equal(rp_report_render(model, RP_FORMAT_JSON, NULL), RP_EINVAL);
	assert_int_equal(out.len, 0);
	json_decref(model);
	rp_buf_release(&out);
}

/* What the schema leaves open: the least a model must hold, integer cells, missing keys, rows
 * without columns, blank optional strings. */
static void test_schema_latitude(void **state)
{
	json_t *model;
	char *text, *md, *html;
	size_t f;

	(void)state;
	model = parse("{" MINIMAL ", \"sections\": []}");
	for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		free(render(model, formats[f]));
	}
	text = render(model, RP_FORMAT_TEXT);
	assert_string_equal(text, "R\n=\n\nEngagement  E\nClient      c\nDate        2026-01-01\n");
	free(text);
	json_decref(model);

	model = parse(
		"{" MINIMAL ", \"to\": \"  \", \"closing\": \"\\n\", \"summary\": [\"\", \" \"],"
		"\"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"n\", \"label\": "
		"\"N\"}, {\"key\": \"m\", \"label\": \"M\"}], \"rows\": [{\"n\": -42}, {\"m\": "
		"null, \"n\": \"x\"}]}, {\"title\": \"U\", \"rows\": [{}], \"empty\": \"E\"}]}");
	text = render(model, RP_FORMAT_TEXT);
	md = render(model, RP_FORMAT_MD);
	html = render(model, RP_FORMAT_HTML);
	check_text(text);
	assert_int_equal(check_md(md), 1);
	check_html(html);
	assert_non_null(strstr(text, "\nN    M\n---  --\n-42\nx\n\nU\n-\n"));
	assert_non_null(strstr(md, "| -42 |  |\n| x |  |\n"));
	assert_non_null(strstr(html, "<td class=\"c-n nw\">-42</td><td class=\"c-m\"></td>"));
	/* Rows without columns draw nothing, not even the empty sentence. */
	assert_null(strstr(text, "\nE\n"));
	assert_null(strstr(html, "<footer>"));
	assert_null(strstr(md, "**To:**"));
	free(text);
	free(md);
	free(html);
	json_decref(model);
}

/* Tables share the 78 columns: narrow columns keep their width, the others wrap; a word wider
 * than its column is cut between characters; wide characters count two columns. */
static void test_text_tables(void **state)
{
	json_t *model, *rows, *s;
	char *text;
	size_t i;
	static const char *const wide =
		"北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京北京"
		"北京北京北京北京北京北京北京北京北京北京";

	(void)state;
	model = parse(
		"{" MINIMAL ", \"sections\": [{\"title\": \"T\", \"columns\": [{\"key\": \"a\", "
		"\"label\": \"Description\"}, {\"key\": \"b\", \"label\": \"Due\"}, {\"key\": "
		"\"c\", \"label\": \"Note\"}]}]}");
	s = json_array_get(json_object_get(model, "sections"), 0);
	rows = json_array();
	json_array_append_new(
		rows,
		json_pack("{s:s, s:s, s:s}", "a",
			  "A description long enough to need two or three lines in its column, "
			  "because it goes on and on.",
			  "b", "2026-12-01", "c", wide));
	json_array_append_new(rows,
			      json_pack("{s:s, s:s, s:s}", "a",
					"Averyveryverylongwordwithoutanyspaceatallthatmustbecut"
					"somewhereinthemiddle",
					"b", "2026-12-02", "c", "ok\nsecond line"));
	json_object_set_new(s, "rows", rows);
	text = render(model, RP_FORMAT_TEXT);
	check_text(text);
	/* The date column stays whole on every row. */
	assert_non_null(strstr(text, "2026-12-01"));
	assert_non_null(strstr(text, "2026-12-02"));
	/* The header and the rule line up with the widths. */
	assert_non_null(strstr(text, "\nDescription"));
	assert_non_null(strstr(text, "  ----------  "));
	/* Wide characters: every line holds at most 78 columns (checked), and none was split. */
	for (i = 0; text[i]; i++) {
		unsigned char c = (unsigned char)text[i];

		assert_false(c == 0xef && (unsigned char)text[i + 1] == 0xbf &&
			     (unsigned char)text[i + 2] == 0xbd);
	}
	free(text);
	json_decref(model);

	/* A paragraph of one 2,000-character word: 25 full lines and the rest. */
	model = parse("{" MINIMAL ", \"sections\": [{\"title\": \"T\"}]}");
	s = json_array_get(json_object_get(model, "sections"), 0);
	{
		char word[2001];

		memset(word, 'w', 2000);
		word[2000] = '\0';
		json_object_set_new(s, "paragraphs", json_pack("[s]", word));
	}
	text = render(model, RP_FORMAT_TEXT);
	check_text(text);
	{
		const char *p = strstr(text, "\nwww");
		size_t n = 0;

		assert_non_null(p);
		for (p++; *p == 'w'; p += 79) {
			n++;
			if (n <= 25) {
				assert_int_equal(strspn(p, "w"), 78);
				assert_int_equal(p[78], '\n');
			} else {
				assert_int_equal(strspn(p, "w"), 50);
				break;
			}
		}
		assert_int_equal(n, 26);
	}
	free(text);
	json_decref(model);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typical),
		cmocka_unit_test(test_empty_sections),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_json_is_the_model),
		cmocka_unit_test(test_appends_only_on_success),
		cmocka_unit_test(test_schema),
		cmocka_unit_test(test_schema_latitude),
		cmocka_unit_test(test_text_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
