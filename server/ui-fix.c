/*
 * ui-fix.c — where on the team's pages a check's finding is put right.
 *
 * A finding names the record at fault (or the engagement itself) and a
 * command-line hint, "rapport NOUN VERB ...", whose noun says which kind of
 * record the fix touches even when the record is still missing ("rapport
 * payment add ENG ...").  The page shows a link to where that is done in
 * the browser (the section of those records on the engagement page, the
 * engagement's edit page, the reports) and the hint beneath it, for those
 * who script.
 */
#include <string.h>

#include "ui-kit.h"

/* The word after "rapport " in `hint`, into word (empty when none). */
static void hint_noun(const char *hint, char *word, size_t size)
{
	static const char prefix[] = "rapport ";
	size_t n = 0;

	word[0] = '\0';
	if (!hint || strncmp(hint, prefix, sizeof(prefix) - 1)) {
		return;
	}
	hint += sizeof(prefix) - 1;
	while (hint[n] && hint[n] != ' ' && n + 1 < size) {
		n++;
	}
	memcpy(word, hint, n);
	word[n] = '\0';
}

/* The kind whose command-line noun is `noun`, or NULL. */
static const struct rp_kind *kind_of_noun(const char *noun)
{
	const struct rp_kind *const *k;

	for (k = rp_kinds(); *k; k++) {
		if ((*k)->noun && !strcmp((*k)->noun, noun)) {
			return *k;
		}
	}
	return NULL;
}

static const char *article(const char *title)
{
	return strchr("aeiou", title[0]) ? "an" : "a";
}

int ui_finding_fix(struct rp_buf *b, const char *slug, const struct rp_finding *it)
{
	const struct rp_kind *kind = NULL;
	char noun[32];
	bool is_add;

	hint_noun(it->hint, noun, sizeof(noun));
	is_add = it->hint && strstr(it->hint, " add ") != NULL;
	rp_buf_puts(b, "<div class=\"fix\">");
	if (!strcmp(noun, "engagement")) {
		rp_buf_puts(b, "<a href=\"/records/engagement/");
		html_url_arg(b, slug);
		rp_buf_puts(b, "\">Edit the engagement</a>");
	} else if (!strcmp(noun, "report")) {
		rp_buf_puts(b, "<a href=\"/engagements/");
		html_url_arg(b, slug);
		rp_buf_puts(b, "/reports\">Go to the reports</a>");
	} else if ((kind = kind_of_noun(noun)) != NULL && kind->parent == RP_PARENT_ENGAGEMENT) {
		rp_buf_puts(b, "<a href=\"/engagements/");
		html_url_arg(b, slug);
		html_printf(b, "#%s\">", kind->name);
		if (kind->singleton) {
			html_printf(b, "Go to the %s", kind->title);
		} else if (is_add || strcmp(it->kind, kind->name) || it->record <= 0) {
			html_printf(b, "Add %s %s", article(kind->title), kind->title);
		} else {
			html_printf(b, "Go to %s %lld", kind->title, (long long)it->record);
		}
		rp_buf_puts(b, "</a>");
	}
	if (it->hint) {
		html_printf(b, "<div class=\"hint\">%s</div>", it->hint);
	}
	return rp_buf_puts(b, "</div>");
}
