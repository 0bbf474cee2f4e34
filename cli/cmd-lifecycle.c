/*
 * cmd-lifecycle.c — the engagement's lifecycle commands at the top level
 * ("rapport hold ENG"), which are the engagement's verbs under a shorter
 * name.  The gated ones (kickoff, close) come with the checks.
 */
#include <string.h>

#include "cli.h"

int cmd_lifecycle(struct cli *c, const char *verb, int argc, char **argv)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	char *args[64];
	int i;

	if (argc + 1 > (int)(sizeof(args) / sizeof(args[0]))) {
		return cli_error(EXIT_USAGE, "too many arguments");
	}
	/* "rapport hold ENG" is "rapport engagement hold ENG". */
	args[0] = (char *)verb;
	for (i = 0; i < argc; i++) {
		args[i + 1] = argv[i];
	}
	strcpy(c->prog, "rapport");
	return cmd_record(c, kind, argc + 1, args);
}
