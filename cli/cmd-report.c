/*
 * cmd-report.c — the reports on the command line: "rapport report progress
 * ENG" and "rapport report closeout ENG" print a report as text, Markdown,
 * HTML or JSON (--json alone means --format json) and, with --send, keep it
 * as sent and log the sending as an interaction by us; "report list ENG"
 * lists the reports sent, "report show ID" prints one exactly as it was
 * sent.
 *
 * With --send, stdout carries the stored copy itself (read back, byte for
 * byte) and one line on stderr says which report it became, so that
 * "rapport report progress ENG --send > report.html" keeps the same file
 * the client got.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *const verbs_help[][2] = {
	{"progress", "ENG [--format F] [--send [--to CONTACT]]: the progress report since the "
		     "last one sent"},
	{"closeout", "ENG [--format F] [--send [--to CONTACT]]: the close-out report"},
	{"list", "ENG [--format table|json|csv]: the reports sent"},
	{"show", "ID: a report sent, exactly as it was sent"},
};

static void report_help(FILE *out)
{
	size_t i;

	fprintf(out, "usage: rapport report VERB ...\n\n"
		     "progress and close-out reports, built from the engagement's records, printed "
		     "as\ntext, Markdown, HTML or JSON, and kept as sent\n\nverbs:\n");
	for (i = 0; i < sizeof(verbs_help) / sizeof(verbs_help[0]); i++) {
		fprintf(out, "  %-10s %s\n", verbs_help[i][0], verbs_help[i][1]);
	}
	fprintf(out, "\nSee 'rapport report VERB --help' for the options of a verb.\n");
}

/* The name of contact number `id` for people, or NULL. */
static char *contact_name(struct cli *c, int64_t id)
{
	struct rp_record *rec = NULL;
	char ref[24];
	char *name = NULL;

	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	if (!rp_record_get(c->db, rp_kind_find("contact"), ref, &rec)) {
		name = strdup(rp_record_str(rec, "name"));
	}
	rp_record_free(rec);
	return name;
}

/* Print a rendering as it is: it may hold anything but NUL bytes. */
static void print_body(const char *body, size_t len)
{
	fwrite(body, 1, len, stdout);
}

/* "rapport report progress|closeout ENG [...]" */
static int do_report(struct cli *c, enum rp_report_kind kind, int argc, char **argv)
{
	const char *format = NULL, *send = NULL, *to = NULL;
	const struct cli_opt opts[] = {
		{.flag = "format",
		 .value = &format,
		 .metavar = "FORMAT",
		 .form = "text, md, html or json",
		 .help = "text, md, html or json (default: text; json with --json)"},
		{.flag = "send",
		 .value = &send,
		 .flags = RP_F_SWITCH,
		 .help = "keep it as sent and log it as an interaction by us; its number goes to "
			 "stderr"},
		{.flag = "to",
		 .value = &to,
		 .metavar = "CONTACT",
		 .form = "a contact's number or e-mail address",
		 .help = "the client's contact it is addressed to (a number or e-mail address)"},
	};
	const size_t nopts = sizeof(opts) / sizeof(opts[0]);
	enum rp_report_format fmt = RP_FORMAT_TEXT;
	struct rp_record *rec = NULL;
	json_t *model = NULL;
	struct cli_args a;
	struct rp_buf out;
	char usage[256], ref[24];
	int64_t id = 0;
	int rc;

	rp_buf_init(&out);
	rc = cli_parse(c, opts, nopts, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		snprintf(usage, sizeof(usage),
			 "%s ENG [--format text|md|html|json] [--send [--to CONTACT]]", c->prog);
		cli_help(
			c, usage,
			kind == RP_REPORT_PROGRESS
				? "the one-page progress report, from the last one sent to today: "
				  "what was accomplished, the action items, what each side waits "
				  "for, the schedule, scope changes, invoices and other issues"
				: "the close-out report: required against delivered, the timeline, "
				  "the budget, every change, the close checklist, the documents "
				  "handed over, the client's view and the lessons learned",
			opts, nopts);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the engagement (ENG)");
	}
	if (format && rp_report_format_parse(format, &fmt)) {
		return cli_usage(
			c, "invalid format '%s' for --format (expected text, md, html or json)",
			format);
	}
	if (!format && c->json) {
		fmt = RP_FORMAT_JSON;
	}
	rp_db_use_flag_names(c->db, true);
	if (send && !strcmp(send, "yes")) {
		char *name = NULL;

		rc = rp_report_send(c->db, a.pos[0], kind, to, fmt, &id);
		snprintf(ref, sizeof(ref), "%lld", (long long)id);
		if (!rc) {
			rc = rp_record_get(c->db, rp_kind_find("report"), ref, &rec);
		}
		if (rc) {
			return cli_fail(c, rc);
		}
		print_body(rp_record_str(rec, "body"), strlen(rp_record_str(rec, "body")));
		fflush(stdout);
		if (!rp_record_is_null(rec, "to_contact")) {
			name = contact_name(c, rp_record_int(rec, "to_contact"));
		}
		fprintf(stderr, "sent: report %lld (%s, %s to %s)%s%s\n", (long long)id,
			rp_record_str(rec, "kind"), rp_record_str(rec, "period_from"),
			rp_record_str(rec, "period_to"), name ? " to " : "", name ? name : "");
		free(name);
		rp_record_free(rec);
		return EXIT_OK;
	}
	rc = rp_report_build(c->db, a.pos[0], kind, to, &model);
	if (rc) {
		return cli_fail(c, rc);
	}
	rc = rp_report_render(model, fmt, &out);
	json_decref(model);
	if (rc == RP_ENOTIMPL) {
		rc = cli_error(EXIT_USAGE,
			       "reports cannot be rendered as %s yet (try --format json)",
			       rp_report_format_name(fmt));
	} else if (rc == RP_ENOMEM) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (rc) {
		rc = cli_error(EXIT_SYSTEM, "the report cannot be rendered as %s",
			       rp_report_format_name(fmt));
	} else {
		print_body(out.data, out.len);
	}
	rp_buf_release(&out);
	return rc;
}

/* ---- report list ----------------------------------------------------- */

static const char *const list_fields[] = {"kind",    "period_from", "period_to",
					  "sent_at", "to_contact",  "format"};
#define NLIST_FIELDS (sizeof(list_fields) / sizeof(list_fields[0]))

/* A CSV cell.  The listed fields are dates, numbers and words of a fixed
 * set, never free text, so none needs the guard against formulas. */
static void csv_cell(FILE *out, const char *text, bool first)
{
	if (!first) {
		fputc(',', out);
	}
	csv_fwrite(out, text, strlen(text));
}

/* "2026-03-16T09:30:00Z" -> "2026-03-16 09:30" */
static void sent_text(const char *at, char *buf, size_t size)
{
	snprintf(buf, size, "%.10s %.5s", at ? at : "", at && strlen(at) > 11 ? at + 11 : "");
}

static int list_table(struct cli *c, const struct rp_record_list *list)
{
	struct cli_table t;
	char cell[64];
	size_t r;
	int rc = 0;

	cli_table_init(&t, 6);
	rc |= cli_table_add(&t, "ID");
	rc |= cli_table_add(&t, "KIND");
	rc |= cli_table_add(&t, "PERIOD");
	rc |= cli_table_add(&t, "SENT");
	rc |= cli_table_add(&t, "TO");
	rc |= cli_table_add(&t, "FORMAT");
	for (r = 0; r < list->count; r++) {
		const struct rp_record *rec = list->items[r];
		char *name = rp_record_is_null(rec, "to_contact")
				     ? NULL
				     : contact_name(c, rp_record_int(rec, "to_contact"));

		snprintf(cell, sizeof(cell), "%lld", (long long)rp_record_id(rec));
		rc |= cli_table_add(&t, cell);
		rc |= cli_table_add(&t, rp_record_str(rec, "kind"));
		snprintf(cell, sizeof(cell), "%s to %s", rp_record_str(rec, "period_from"),
			 rp_record_str(rec, "period_to"));
		rc |= cli_table_add(&t, cell);
		sent_text(rp_record_str(rec, "sent_at"), cell, sizeof(cell));
		rc |= cli_table_add(&t, cell);
		rc |= cli_table_add(&t, name ? name : "-");
		rc |= cli_table_add(&t, rp_record_str(rec, "format"));
		free(name);
	}
	if (rc) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (list->count) {
		cli_table_print(c, &t, stdout);
	}
	cli_table_release(&t);
	return rc;
}

static int list_csv(const struct rp_record_list *list)
{
	const struct rp_kind *kind = rp_kind_find("report");
	struct rp_buf b;
	char id[24];
	size_t r, i;

	rp_buf_init(&b);
	csv_cell(stdout, "id", true);
	csv_cell(stdout, "engagement", false);
	for (i = 0; i < NLIST_FIELDS; i++) {
		csv_cell(stdout, list_fields[i], false);
	}
	fputs("\r\n", stdout);
	for (r = 0; r < list->count; r++) {
		snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(list->items[r]));
		csv_cell(stdout, id, true);
		csv_cell(stdout, rp_record_parent(list->items[r]), false);
		for (i = 0; i < NLIST_FIELDS; i++) {
			rp_buf_reset(&b);
			rp_record_format(list->items[r], rp_kind_field(kind, list_fields[i]), &b);
			csv_cell(stdout, b.data, false);
		}
		fputs("\r\n", stdout);
	}
	rp_buf_release(&b);
	return EXIT_OK;
}

/* Every field but the body, which "report show" prints. */
static int list_json(const struct rp_record_list *list)
{
	json_t *arr = json_array();
	size_t r;

	for (r = 0; arr && r < list->count; r++) {
		json_t *obj = rp_record_json(list->items[r]);

		if (!obj || json_object_del(obj, "body") || json_array_append_new(arr, obj)) {
			json_decref(arr);
			arr = NULL;
		}
	}
	return cli_print_json(arr);
}

static int do_list(struct cli *c, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = {
		{.flag = "format",
		 .value = &format,
		 .metavar = "FORMAT",
		 .form = "table, json or csv",
		 .help = "table, json or csv (default: table)"},
	};
	struct rp_record_list list = {NULL, 0};
	struct rp_record *eng = NULL;
	struct cli_args a;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport report list ENG [--format table|json|csv]",
			 "the reports sent for the engagement, oldest first (their text: 'rapport "
			 "report show ID')",
			 opts, 1);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the engagement (ENG)");
	}
	if (format && strcmp(format, "table") && strcmp(format, "json") && strcmp(format, "csv")) {
		return cli_usage(c,
				 "invalid format '%s' for --format (expected table, json or csv)",
				 format);
	}
	rc = rp_record_get(c->db, rp_kind_find("engagement"), a.pos[0], &eng);
	rp_record_free(eng);
	if (!rc) {
		rc = rp_record_list(c->db, rp_kind_find("report"), a.pos[0], NULL, &list);
	}
	if (rc) {
		return cli_fail(c, rc);
	}
	if ((format && !strcmp(format, "json")) || (!format && c->json)) {
		rc = list_json(&list);
	} else if (format && !strcmp(format, "csv")) {
		rc = list_csv(&list);
	} else {
		rc = list_table(c, &list);
	}
	rp_record_list_release(&list);
	return rc;
}

/* ---- report show ----------------------------------------------------- */

static int do_show(struct cli *c, int argc, char **argv)
{
	struct rp_record *rec = NULL;
	struct cli_args a;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport report show ID",
			 "a report exactly as it was sent, byte for byte (with --json: the kept "
			 "record, its text in \"body\")",
			 NULL, 0);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the report (ID)");
	}
	rc = rp_record_get(c->db, rp_kind_find("report"), a.pos[0], &rec);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(rp_record_json(rec));
	} else {
		print_body(rp_record_str(rec, "body"), strlen(rp_record_str(rec, "body")));
	}
	rp_record_free(rec);
	return rc;
}

int cmd_report(struct cli *c, int argc, char **argv)
{
	size_t len = strlen(c->prog);
	const char *verb;

	if (argc < 1) {
		report_help(stderr);
		return EXIT_USAGE;
	}
	verb = argv[0];
	if (!strcmp(verb, "--help") || !strcmp(verb, "-h") || !strcmp(verb, "help")) {
		report_help(stdout);
		return EXIT_OK;
	}
	snprintf(c->prog + len, sizeof(c->prog) - len, " %s", verb);
	if (!strcmp(verb, "progress")) {
		return do_report(c, RP_REPORT_PROGRESS, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "closeout")) {
		return do_report(c, RP_REPORT_CLOSEOUT, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "list")) {
		return do_list(c, argc - 1, argv + 1);
	}
	if (!strcmp(verb, "show")) {
		return do_show(c, argc - 1, argv + 1);
	}
	c->prog[len] = '\0';
	return cli_usage(c, "'%s' is not a verb of '%s'", verb, c->prog);
}
