/*
 * cmd-lifecycle.c — the engagement's lifecycle commands at the top level
 * ("rapport hold ENG"), which are the engagement's verbs under a shorter
 * name.  After a termination the notice is checked against the notice
 * period (C-NOTICE), so a short notice is said at once.
 */
#include <string.h>

#include "cli.h"

static void notice_warning(struct cli *c, const char *eng)
{
	struct rp_findings f;
	size_t i;

	if (rp_check_run(c->db, eng, RP_PHASE_CLOSE, &f)) {
		return;
	}
	for (i = 0; i < f.count; i++) {
		if (!strcmp(f.items[i].check->id, "C-NOTICE")) {
			fflush(stdout);
			fprintf(stderr, "warning: %s: %s\n", f.items[i].check->id,
				f.items[i].message);
		}
	}
	rp_findings_release(&f);
}

int cmd_lifecycle(struct cli *c, const char *verb, int argc, char **argv)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	char *args[64];
	int i, rc;

	if (argc + 1 > (int)(sizeof(args) / sizeof(args[0]))) {
		return cli_error(EXIT_USAGE, "too many arguments");
	}
	/* "rapport hold ENG" is "rapport engagement hold ENG". */
	args[0] = (char *)verb;
	for (i = 0; i < argc; i++) {
		args[i + 1] = argv[i];
	}
	strcpy(c->prog, "rapport");
	rc = cmd_record(c, kind, argc + 1, args);
	if (!rc && !strcmp(verb, "terminate") && c->db && argc > 0 && argv[0][0] != '-') {
		notice_warning(c, argv[0]);
	}
	return rc;
}
