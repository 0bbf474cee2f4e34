/*
 * cmd-export.c — "rapport export": the whole workspace as one JSON document
 * on stdout; "rapport import FILE|-": load such a document into an empty
 * workspace (the database is created if it is missing).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_export(struct cli *c, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = {
		{.flag = "format",
		 .value = &format,
		 .metavar = "FORMAT",
		 .help = "the format of the document: json (the only one)"},
	};
	struct cli_args a;
	struct rp_buf out;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport export [--format json]",
			 "the whole workspace as one JSON document on stdout: every record, the\n"
			 "settings and the audit trail (see docs/export.md)",
			 opts, 1);
		return EXIT_OK;
	}
	if (format && strcmp(format, "json")) {
		return cli_usage(c, "invalid format '%s' for --format (expected json)", format);
	}
	rp_buf_init(&out);
	rc = rp_export(c->db, &out);
	if (rc) {
		rp_buf_release(&out);
		return cli_fail(c, rc);
	}
	fwrite(out.data, 1, out.len, stdout);
	rp_buf_release(&out);
	return EXIT_OK;
}

/* Read all of `path` ("-": stdin), refusing more than the import accepts. */
static int read_input(const char *path, struct rp_buf *out)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char chunk[65536];
	size_t n;
	int rc = EXIT_OK;

	if (!f) {
		return cli_error(EXIT_USAGE, "cannot read '%s': %s", path, strerror(errno));
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (out->len + n > RP_IMPORT_MAX_BYTES) {
			rc = cli_error(EXIT_USAGE, "'%s' is too large to import (at most 1 GiB)",
				       path);
			break;
		}
		if (rp_buf_add(out, chunk, n)) {
			rc = cli_error(EXIT_SYSTEM, "out of memory");
			break;
		}
	}
	if (!rc && ferror(f)) {
		rc = cli_error(EXIT_SYSTEM, "cannot read '%s': %s", path, strerror(errno));
	}
	if (f != stdin) {
		fclose(f);
	}
	return rc;
}

int cmd_import(struct cli *c, int argc, char **argv)
{
	struct cli_args a;
	struct rp_buf in;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport import FILE|-",
			 "load an export (from FILE, or stdin for -) into an empty workspace, in\n"
			 "one transaction; merging into a workspace with records is not supported",
			 NULL, 0);
		return EXIT_OK;
	}
	if (a.npos != 1) {
		return cli_usage(c, "missing the file to import (a path, or - for stdin)");
	}
	rp_buf_init(&in);
	rc = read_input(a.pos[0], &in);
	if (!rc) {
		rc = rp_import(c->db, in.data, in.len);
		rc = rc ? cli_fail(c, rc) : EXIT_OK;
	}
	rp_buf_release(&in);
	if (rc) {
		return rc;
	}
	if (c->json) {
		return cli_print_json(
			json_pack("{s:s, s:b}", "name", rp_workspace_name(c->db), "imported", 1));
	}
	printf("imported workspace '%s'\n", rp_workspace_name(c->db));
	return EXIT_OK;
}
