/*
 * cmd-record.c — the commands of every record kind (client, contact,
 * engagement, deliverable, payment, ...), driven by the kind declarations of
 * librapport: add, list, show, edit, rm and the kind's verbs, with their
 * options, help and output derived from the fields.
 *
 * Special forms of CLI.md: "log ENG SUMMARY" adds an interaction; "retro
 * ENG", "exit ENG" and "followup ENG" set the engagement's singleton;
 * "testimonial request ENG" creates the testimonial.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum form { FORM_ADD, FORM_EDIT, FORM_PUT };

static const char *parent_word(const struct rp_kind *kind)
{
	switch (kind->parent) {
	case RP_PARENT_CLIENT:
		return "CLIENT";
	case RP_PARENT_ENGAGEMENT:
		return "ENG";
	case RP_PARENT_NONE:
		break;
	}
	return NULL;
}

static const struct rp_field *positional_field(const struct rp_kind *kind)
{
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].flags & RP_F_POSITIONAL) {
			return &kind->fields[i];
		}
	}
	return NULL;
}

static const char *metavar(const struct rp_field *f)
{
	switch (f->type) {
	case RP_T_DATE:
		return "DATE";
	case RP_T_TIME:
		return "DATETIME";
	case RP_T_MONEY:
		return (f->flags & RP_F_PERCENT) ? "AMOUNT|N%" : "AMOUNT";
	case RP_T_INT:
		return "N";
	case RP_T_CONTACT:
		return "CONTACT";
	case RP_T_DURATION:
		return "DURATION";
	case RP_T_ENUM:
	case RP_T_BOOL:
		return "WORD";
	case RP_T_CURRENCY:
		return "CUR";
	case RP_T_SLUG:
		return "SLUG";
	case RP_T_EMAIL:
		return "EMAIL";
	case RP_T_TRIGGER:
		return "TRIGGER";
	case RP_T_TEXT:
		break;
	}
	return "TEXT";
}

/* The options of a form: the fields the form may set. */
static size_t field_opts(const struct rp_kind *kind, enum form form, struct cli_opt *opts)
{
	unsigned forbidden = form == FORM_EDIT ? RP_F_NOEDIT : RP_F_NOADD;
	size_t i, n = 0;

	for (i = 0; i < kind->nfields && n < CLI_MAX_OPTS; i++) {
		const struct rp_field *f = &kind->fields[i];

		if (!f->flag || (f->flags & forbidden)) {
			continue;
		}
		opts[n] = (struct cli_opt){
			.flag = f->flag,
			.key = f->name,
			.flags = (f->flags & (RP_F_SWITCH | RP_F_MULTI)) |
				 (form == FORM_ADD && !(f->flags & RP_F_POSITIONAL)
					  ? (f->flags & RP_F_REQUIRED)
					  : 0),
			.field = f,
			.help = f->help,
			.metavar = metavar(f),
		};
		n++;
	}
	return n;
}

static void label_of(const struct rp_record *rec, struct rp_buf *b)
{
	const struct rp_kind *kind = rp_record_kind(rec);
	const char *slug = rp_record_str(rec, "slug");

	if (slug) {
		rp_buf_printf(b, "%s '%s'", kind->title, slug);
	} else if (kind->singleton) {
		rp_buf_printf(b, "%s of '%s'", kind->title, rp_record_parent(rec));
	} else {
		rp_buf_printf(b, "%s %lld", kind->title, (long long)rp_record_id(rec));
	}
}

/* After a write: the record as JSON, or one line saying what happened. */
static int report(struct cli *c, const struct rp_kind *kind, const char *ref, const char *what)
{
	struct rp_record *rec = NULL;
	struct rp_buf b;
	const char *state;
	int rc;

	rc = rp_record_get(c->db, kind, ref, &rec);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(rp_record_json(rec));
		rp_record_free(rec);
		return rc;
	}
	rp_buf_init(&b);
	label_of(rec, &b);
	state = rp_record_str(rec, "state");
	if (!strcmp(what, "moved") && state) {
		printf("%s is now %s\n", b.data, state);
	} else {
		printf("%s %s\n", b.data, what);
	}
	rp_buf_release(&b);
	rp_record_free(rec);
	return EXIT_OK;
}

/* The reference that names a record just added. */
static void ref_of_new(const struct rp_kind *kind, const char *parent, int64_t id, char *buf,
		       size_t size, struct rp_db *db)
{
	struct rp_record *rec = NULL;

	if (kind->singleton) {
		snprintf(buf, size, "%s", parent);
		return;
	}
	snprintf(buf, size, "%lld", (long long)id);
	if (rp_kind_field(kind, "slug") && !rp_record_get(db, kind, buf, &rec)) {
		snprintf(buf, size, "%s", rp_record_str(rec, "slug"));
		rp_record_free(rec);
	}
}

/* "rapport deliverable add ENG TITLE [options]" */
static void usage_line(struct cli *c, const char *first, const struct rp_field *posf, char *buf,
		       size_t size)
{
	size_t n;

	n = (size_t)snprintf(buf, size, "%s%s%s", c->prog, first ? " " : "", first ? first : "");
	if (posf && n < size) {
		n += (size_t)snprintf(buf + n, size - n, " ");
		for (const char *p = posf->name; *p && n + 1 < size; p++) {
			buf[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
		}
		buf[n] = '\0';
	}
	if (n < size) {
		snprintf(buf + n, size - n, " [options]");
	}
}

static int do_add(struct cli *c, const struct rp_kind *kind, enum form form, int argc, char **argv)
{
	struct cli_opt opts[CLI_MAX_OPTS];
	const struct rp_field *posf = form == FORM_ADD ? positional_field(kind) : NULL;
	const char *pw = parent_word(kind);
	struct rp_input *in = rp_input_new();
	struct cli_args a;
	char usage[256], ref[128];
	size_t nopts = field_opts(kind, form, opts);
	int maxpos = (pw ? 1 : 0) + (posf ? 1 : 0);
	int64_t id = 0;
	int rc;

	if (!in) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	rc = cli_parse(c, opts, nopts, argc, argv, in, maxpos, &a);
	if (rc) {
		goto out;
	}
	if (a.help) {
		usage_line(c, pw, posf, usage, sizeof(usage));
		cli_help(c, usage, kind->summary, opts, nopts);
		goto out;
	}
	if (pw && a.npos < 1) {
		rc = cli_usage(c, "missing the %s's slug (%s)",
			       kind->parent == RP_PARENT_CLIENT ? "client" : "engagement", pw);
		goto out;
	}
	if (posf && a.npos == maxpos) {
		if (rp_input_has(in, posf->name)) {
			rc = cli_usage(c, "the %s is given twice (as an argument and as --%s)",
				       posf->name, posf->flag);
			goto out;
		}
		if (rp_input_add(in, posf->name, a.pos[maxpos - 1])) {
			rc = cli_error(EXIT_SYSTEM, "out of memory");
			goto out;
		}
	}
	rp_db_use_flag_names(c->db, true);
	if (form == FORM_PUT) {
		rc = rp_record_put(c->db, kind, pw ? a.pos[0] : NULL, in, &id);
	} else {
		rc = rp_record_add(c->db, kind, pw ? a.pos[0] : NULL, in, &id);
	}
	if (rc) {
		rc = cli_fail(c, rc);
		goto out;
	}
	ref_of_new(kind, pw ? a.pos[0] : NULL, id, ref, sizeof(ref), c->db);
	rc = report(c, kind, ref, form == FORM_PUT ? "saved" : "added");
out:
	rp_input_free(in);
	return rc;
}

static const char *ref_word(const struct rp_kind *kind)
{
	if (kind->singleton) {
		return "ENG";
	}
	return rp_kind_field(kind, "slug") ? "SLUG" : "ID";
}

static int do_edit(struct cli *c, const struct rp_kind *kind, int argc, char **argv)
{
	struct cli_opt opts[CLI_MAX_OPTS];
	struct rp_input *in = rp_input_new();
	struct cli_args a;
	char usage[256];
	size_t nopts = field_opts(kind, FORM_EDIT, opts);
	struct rp_record *rec = NULL;
	char ref[32];
	int rc;

	if (!in) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	rc = cli_parse(c, opts, nopts, argc, argv, in, 1, &a);
	if (rc) {
		goto out;
	}
	if (a.help) {
		usage_line(c, ref_word(kind), NULL, usage, sizeof(usage));
		cli_help(c, usage, "change fields; an empty value clears an optional one", opts,
			 nopts);
		goto out;
	}
	if (a.npos < 1) {
		rc = cli_usage(c, "missing the %s to edit (%s)", kind->title, ref_word(kind));
		goto out;
	}
	rp_db_use_flag_names(c->db, true);
	/* The number names the record even when the edit renames its slug. */
	rc = rp_record_get(c->db, kind, a.pos[0], &rec);
	if (!rc) {
		snprintf(ref, sizeof(ref), "%lld", (long long)rp_record_id(rec));
		rc = rp_record_edit(c->db, kind, a.pos[0], in);
	}
	if (rc) {
		rc = cli_fail(c, rc);
		goto out;
	}
	rc = report(c, kind, kind->singleton ? a.pos[0] : ref, "updated");
out:
	rp_record_free(rec);
	rp_input_free(in);
	return rc;
}

static int do_act(struct cli *c, const struct rp_kind *kind, const struct rp_transition *t,
		  int argc, char **argv)
{
	struct cli_opt opts[CLI_MAX_OPTS];
	const struct rp_arg *arg, *posarg = NULL;
	struct rp_input *in = rp_input_new();
	struct cli_args a;
	char usage[256];
	size_t nopts = 0;
	int rc;

	if (!in) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	for (arg = t->args; arg && arg->flag; arg++) {
		const struct rp_field *f = arg->field ? rp_kind_field(kind, arg->field) : NULL;

		if (arg->flags & RP_F_POSITIONAL) {
			posarg = arg;
			continue;
		}
		opts[nopts++] = (struct cli_opt){
			.flag = arg->flag,
			.key = arg->field ? arg->field : arg->flag,
			.flags = arg->flags,
			.field = f,
			.help = arg->help,
			.metavar = f ? metavar(f) : "TEXT",
		};
	}
	rc = cli_parse(c, opts, nopts, argc, argv, in, posarg ? 2 : 1, &a);
	if (rc) {
		goto out;
	}
	if (a.help) {
		snprintf(usage, sizeof(usage), "%s %s%s%s [options]", c->prog, ref_word(kind),
			 posarg ? " " : "", posarg ? "TEXT" : "");
		cli_help(c, usage, t->help, opts, nopts);
		goto out;
	}
	if (a.npos < 1) {
		rc = cli_usage(c, "missing the %s (%s)", kind->title, ref_word(kind));
		goto out;
	}
	if (posarg) {
		if (a.npos < 2) {
			rc = cli_usage(c, "missing the %s", posarg->flag);
			goto out;
		}
		if (rp_input_add(in, posarg->flag, a.pos[1])) {
			rc = cli_error(EXIT_SYSTEM, "out of memory");
			goto out;
		}
	}
	rp_db_use_flag_names(c->db, true);
	rc = rp_record_act(c->db, kind, a.pos[0], t->verb, in);
	if (rc) {
		rc = cli_fail(c, rc);
		goto out;
	}
	rc = report(c, kind, a.pos[0], t->to >= 0 ? "moved" : "updated");
out:
	rp_input_free(in);
	return rc;
}

static int do_rm(struct cli *c, const struct rp_kind *kind, int argc, char **argv)
{
	struct rp_record *rec = NULL;
	struct rp_buf b;
	struct cli_args a;
	char usage[256];
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		snprintf(usage, sizeof(usage), "%s %s", c->prog, ref_word(kind));
		cli_help(c, usage, "remove it, if nothing refers to it", NULL, 0);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the %s to remove (%s)", kind->title, ref_word(kind));
	}
	rc = rp_record_get(c->db, kind, a.pos[0], &rec);
	if (!rc) {
		rc = rp_record_remove(c->db, kind, a.pos[0]);
	}
	if (rc) {
		rp_record_free(rec);
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(rp_record_json(rec));
	} else {
		rp_buf_init(&b);
		label_of(rec, &b);
		printf("%s removed\n", b.data);
		rp_buf_release(&b);
	}
	rp_record_free(rec);
	return rc;
}

static void show_line(const char *key, const char *value, size_t width)
{
	const char *p;

	printf("%-*s  ", (int)width, key);
	for (p = value; *p; p++) {
		putchar(*p);
		if (*p == '\n' && p[1]) {
			printf("%-*s  ", (int)width, "");
		}
	}
	putchar('\n');
}

static int do_show(struct cli *c, const struct rp_kind *kind, int argc, char **argv)
{
	struct rp_record *rec = NULL;
	struct cli_args a;
	struct rp_buf b;
	char usage[256], id[24];
	size_t i, width = 10;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		snprintf(usage, sizeof(usage), "%s %s", c->prog, ref_word(kind));
		cli_help(c, usage, "every field of the record", NULL, 0);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the %s to show (%s)", kind->title, ref_word(kind));
	}
	rc = rp_record_get(c->db, kind, a.pos[0], &rec);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(rp_record_json(rec));
		rp_record_free(rec);
		return rc;
	}
	for (i = 0; i < kind->nfields; i++) {
		if (strlen(kind->fields[i].name) > width) {
			width = strlen(kind->fields[i].name);
		}
	}
	rp_buf_init(&b);
	snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(rec));
	show_line("id", id, width);
	if (kind->parent != RP_PARENT_NONE) {
		show_line(kind->parent == RP_PARENT_CLIENT ? "client" : "engagement",
			  rp_record_parent(rec), width);
	}
	for (i = 0; i < kind->nfields; i++) {
		rp_buf_reset(&b);
		rp_record_format(rec, &kind->fields[i], &b);
		show_line(kind->fields[i].name, b.len ? b.data : "-", width);
	}
	rp_buf_release(&b);
	rp_record_free(rec);
	return EXIT_OK;
}

/* A cell that a spreadsheet could take for a formula gets a leading quote. */
static void csv_cell(FILE *out, const char *text, bool guard, bool first)
{
	struct rp_buf b;

	rp_buf_init(&b);
	if (guard && text[0] && strchr("=+-@\t\r", text[0])) {
		rp_buf_putc(&b, '\'');
	}
	rp_buf_puts(&b, text);
	if (!first) {
		fputc(',', out);
	}
	csv_fwrite(out, b.data, b.len);
	rp_buf_release(&b);
}

static int list_csv(const struct rp_kind *kind, const struct rp_record_list *list)
{
	struct rp_buf b;
	size_t r, i;

	rp_buf_init(&b);
	csv_cell(stdout, "id", false, true);
	if (kind->parent != RP_PARENT_NONE) {
		csv_cell(stdout, kind->parent == RP_PARENT_CLIENT ? "client" : "engagement", false,
			 false);
	}
	for (i = 0; i < kind->nfields; i++) {
		csv_cell(stdout, kind->fields[i].name, false, false);
	}
	fputs("\r\n", stdout);
	for (r = 0; r < list->count; r++) {
		const struct rp_record *rec = list->items[r];
		char id[24];

		snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(rec));
		csv_cell(stdout, id, false, true);
		if (kind->parent != RP_PARENT_NONE) {
			csv_cell(stdout, rp_record_parent(rec), true, false);
		}
		for (i = 0; i < kind->nfields; i++) {
			const struct rp_field *f = &kind->fields[i];

			rp_buf_reset(&b);
			if (f->type == RP_T_MONEY && !rp_record_is_null(rec, f->name)) {
				char m[RP_MONEY_BUFSZ];

				rp_money_format(rp_record_int(rec, f->name),
						rp_record_currency(rec), m, sizeof(m));
				rp_buf_puts(&b, m);
			} else {
				rp_record_format(rec, f, &b);
			}
			csv_cell(stdout, b.data, f->type == RP_T_TEXT || f->type == RP_T_EMAIL,
				 false);
		}
		fputs("\r\n", stdout);
	}
	rp_buf_release(&b);
	return EXIT_OK;
}

static int list_table(struct cli *c, const struct rp_kind *kind, const struct rp_record_list *list,
		      bool with_parent)
{
	struct cli_table t;
	struct rp_buf b;
	size_t r, i, ncols = 1 + (with_parent ? 1 : 0);
	char id[24];
	int rc = 0;

	for (i = 0; i < kind->nfields; i++) {
		ncols += (kind->fields[i].flags & RP_F_LIST) != 0;
	}
	cli_table_init(&t, ncols);
	rp_buf_init(&b);
	rc |= cli_table_add(&t, "ID");
	if (with_parent) {
		rc |= cli_table_add(&t, parent_word(kind));
	}
	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].flags & RP_F_LIST) {
			if (!strcmp(kind->fields[i].name, "state")) {
				t.state_col = (int)t.fill;
			}
			rc |= cli_table_add(&t, kind->fields[i].label);
		}
	}
	for (r = 0; r < list->count; r++) {
		const struct rp_record *rec = list->items[r];

		snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(rec));
		rc |= cli_table_add(&t, id);
		if (with_parent) {
			rc |= cli_table_add(&t, rp_record_parent(rec));
		}
		for (i = 0; i < kind->nfields; i++) {
			if (!(kind->fields[i].flags & RP_F_LIST)) {
				continue;
			}
			rp_buf_reset(&b);
			rp_record_format(rec, &kind->fields[i], &b);
			rc |= cli_table_add(&t, b.len ? b.data : "-");
		}
	}
	if (rc) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (list->count) {
		cli_table_print(c, &t, stdout);
	}
	rp_buf_release(&b);
	cli_table_release(&t);
	return rc;
}

static int do_list(struct cli *c, const struct rp_kind *kind, int argc, char **argv)
{
	const char *state = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{.flag = "state",
		 .value = &state,
		 .metavar = "STATE",
		 .field = kind->states ? rp_kind_field(kind, "state") : NULL,
		 .help = "only records in this state"},
		{.flag = "format",
		 .value = &format,
		 .metavar = "FORMAT",
		 .form = "table, json or csv",
		 .help = "table, json or csv (default: table)"},
	};
	struct rp_record_list list = {NULL, 0};
	const char *pw = parent_word(kind);
	struct cli_args a;
	/* Without states, --format is the only option. */
	const struct cli_opt *o = kind->states ? opts : opts + 1;
	size_t nopts = kind->states ? 2 : 1;
	char usage[256];
	size_t r;
	int rc;

	rc = cli_parse(c, o, nopts, argc, argv, NULL, pw ? 1 : 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		snprintf(usage, sizeof(usage), "%s%s%s%s [options]", c->prog, pw ? " [" : "",
			 pw ? pw : "", pw ? "]" : "");
		cli_help(c, usage, kind->summary, o, nopts);
		return EXIT_OK;
	}
	if (format && strcmp(format, "table") && strcmp(format, "json") && strcmp(format, "csv")) {
		return cli_usage(c,
				 "invalid format '%s' for --format (expected table, json or csv)",
				 format);
	}
	rc = rp_record_list(c->db, kind, a.npos ? a.pos[0] : NULL, state, &list);
	if (rc) {
		return cli_fail(c, rc);
	}
	if ((format && !strcmp(format, "json")) || (!format && c->json)) {
		json_t *arr = json_array();

		for (r = 0; arr && r < list.count; r++) {
			if (json_array_append_new(arr, rp_record_json(list.items[r]))) {
				json_decref(arr);
				arr = NULL;
			}
		}
		rc = cli_print_json(arr);
	} else if (format && !strcmp(format, "csv")) {
		rc = list_csv(kind, &list);
	} else {
		rc = list_table(c, kind, &list, pw && !a.npos);
	}
	rp_record_list_release(&list);
	return rc;
}

static bool is_verb(const struct rp_kind *kind, const char *word);

static void noun_help(struct cli *c, const struct rp_kind *kind, FILE *out)
{
	const struct rp_transition *t;
	const char *pw = parent_word(kind);
	const struct rp_field *posf = positional_field(kind);

	fprintf(out, "usage: %s VERB ...\n\n%s\n\nverbs:\n", c->prog, kind->summary);
	if (kind->singleton) {
		if (strcmp(kind->noun, "testimonial")) {
			fprintf(out, "  %-10s %s\n", "ENG", "set its fields (created if missing)");
		}
	} else {
		bool log = !strcmp(kind->noun, "log");
		struct rp_buf args;

		/* "rapport log ENG SUMMARY" has no "add" */
		rp_buf_init(&args);
		if (pw && !log) {
			rp_buf_printf(&args, "%s%s", pw, posf ? " " : "");
		}
		for (const char *p = posf ? posf->name : ""; *p; p++) {
			rp_buf_putc(&args, (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p));
		}
		fprintf(out, "  %-10s %s%s[options]\n", log ? pw : "add", args.data,
			args.len ? " " : "");
		rp_buf_release(&args);
	}
	if (!strcmp(kind->noun, "testimonial")) {
		fprintf(out, "  %-10s %s\n", "request", "ENG: ask the client for a testimonial");
	}
	fprintf(out, "  %-10s %s%s%s%s[--format F]\n", "list", pw ? "[" : "", pw ? pw : "",
		pw ? "] " : "", kind->states ? "[--state S] " : "");
	fprintf(out, "  %-10s %s\n", "show", ref_word(kind));
	if (is_verb(kind, "edit")) {
		fprintf(out, "  %-10s %s [options]\n", "edit", ref_word(kind));
	}
	if (!strcmp(kind->noun, "followup")) {
		fprintf(out, "  %-10s %s\n", "touch",
			"ENG SUMMARY: log a stay-in-touch contact; the next date moves");
	}
	if (kind->removable) {
		fprintf(out, "  %-10s %s\n", "rm", ref_word(kind));
	}
	for (t = kind->transitions; t && t->verb; t++) {
		fprintf(out, "  %-10s %s: %s\n", t->verb, ref_word(kind), t->help);
	}
	fprintf(out, "\nSee '%s VERB --help' for the options of a verb.\n", c->prog);
}

static bool has_settable_fields(const struct rp_kind *kind, unsigned forbidden);

static bool is_verb(const struct rp_kind *kind, const char *word)
{
	return !strcmp(word, "list") || !strcmp(word, "show") ||
	       (!kind->singleton && !strcmp(word, "add")) ||
	       (!strcmp(word, "edit") && has_settable_fields(kind, RP_F_NOEDIT)) ||
	       (!strcmp(kind->noun, "followup") && !strcmp(word, "touch")) ||
	       (kind->removable && !strcmp(word, "rm")) || rp_kind_transition(kind, word) ||
	       (!strcmp(kind->noun, "testimonial") && !strcmp(word, "request"));
}

/* A word that is a verb of some record kind, so never an engagement's slug
 * in "rapport retro ENG". */
static bool is_any_verb(const char *word)
{
	const struct rp_kind *const *k;

	if (!strcmp(word, "add") || !strcmp(word, "edit") || !strcmp(word, "rm")) {
		return true;
	}
	for (k = rp_kinds(); *k; k++) {
		if (rp_kind_transition(*k, word)) {
			return true;
		}
	}
	return false;
}

/* Whether any field can be set on a form that forbids `forbidden`. */
static bool has_settable_fields(const struct rp_kind *kind, unsigned forbidden)
{
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].flag && !(kind->fields[i].flags & forbidden)) {
			return true;
		}
	}
	return false;
}

/*
 * "rapport followup touch ENG SUMMARY": a stay-in-touch contact is a real
 * interaction, logged by us; logging it moves the plan's next date.
 */
static int do_touch(struct cli *c, int argc, char **argv)
{
	const struct rp_kind *log = rp_kind_find("interaction");
	const struct rp_kind *plan = rp_kind_find("followup");
	const struct cli_opt opts[] = {
		{.flag = "channel",
		 .key = "channel",
		 .field = rp_kind_field(log, "channel"),
		 .metavar = "WORD",
		 .help = "how (default: call)"},
		{.flag = "on",
		 .key = "date",
		 .field = rp_kind_field(log, "date"),
		 .metavar = "DATE",
		 .help = "when (default: today)"},
	};
	struct rp_input *in = rp_input_new();
	struct rp_record *rec = NULL;
	struct cli_args a;
	int rc;

	if (!in) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	rc = cli_parse(c, opts, 2, argc, argv, in, 2, &a);
	if (rc) {
		goto out;
	}
	if (a.help) {
		cli_help(c, "rapport followup touch ENG SUMMARY [options]",
			 "log a stay-in-touch contact by us; the plan's next date moves", opts, 2);
		goto out;
	}
	if (a.npos < 2) {
		rc = cli_usage(c, "missing the %s",
			       a.npos ? "summary (SUMMARY)" : "engagement (ENG)");
		goto out;
	}
	rc = rp_record_get(c->db, plan, a.pos[0], &rec);
	if (rc) {
		rc = cli_fail(c, rc);
		goto out;
	}
	if ((!rp_input_has(in, "channel") && rp_input_add(in, "channel", "call")) ||
	    rp_input_add(in, "initiated_by", "us") || rp_input_add(in, "summary", a.pos[1])) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
		goto out;
	}
	rp_db_use_flag_names(c->db, true);
	rc = rp_record_add(c->db, log, a.pos[0], in, NULL);
	if (rc) {
		rc = cli_fail(c, rc);
		goto out;
	}
	rc = report(c, plan, a.pos[0], "touched");
out:
	rp_record_free(rec);
	rp_input_free(in);
	return rc;
}

int cmd_record(struct cli *c, const struct rp_kind *kind, int argc, char **argv)
{
	const struct rp_transition *t;
	size_t len = strlen(c->prog);
	const char *verb;

	if (argc < 1) {
		noun_help(c, kind, stderr);
		return EXIT_USAGE;
	}
	verb = argv[0];
	if (!strcmp(verb, "--help") || !strcmp(verb, "-h") || !strcmp(verb, "help")) {
		noun_help(c, kind, stdout);
		return EXIT_OK;
	}
	/* "log ENG SUMMARY", "retro ENG", "followup ENG --every 6m" */
	if (!is_verb(kind, verb) && !is_any_verb(verb) &&
	    ((kind->singleton && has_settable_fields(kind, RP_F_NOADD)) ||
	     !strcmp(kind->noun, "log"))) {
		return do_add(c, kind, kind->singleton ? FORM_PUT : FORM_ADD, argc, argv);
	}
	snprintf(c->prog + len, sizeof(c->prog) - len, " %s", verb);
	if (!strcmp(kind->noun, "followup") && !strcmp(verb, "touch")) {
		return do_touch(c, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "add") || !strcmp(verb, "request")) {
		return do_add(c, kind, FORM_ADD, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "list")) {
		return do_list(c, kind, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "show")) {
		return do_show(c, kind, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "edit") && is_verb(kind, verb)) {
		return do_edit(c, kind, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "rm")) {
		return do_rm(c, kind, argc - 1, argv + 1);
	}
	t = rp_kind_transition(kind, verb);
	if (t) {
		return do_act(c, kind, t, argc - 1, argv + 1);
	}
	c->prog[len] = '\0';
	return cli_usage(c, "'%s' is not a verb of '%s'", verb, c->prog);
}
