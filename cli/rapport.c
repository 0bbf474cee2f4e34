/*
 * rapport.c — the rapport program: global options, the table of commands,
 * opening the database once for the commands that need it, and turning the
 * outcome into an exit code (0 ok, 1 a gate found blockers, 2 usage or bad
 * input, 3 storage or system error).  Output on stdout is checked for write
 * errors at the end, so a full disk is never a silent success.
 */
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <unistd.h>

#include "cli.h"

enum {
	NEEDS_DB = 1 << 0,   /* opens the database */
	CREATES_DB = 1 << 1, /* may create it */
	NOUN = 1 << 2,	     /* a record noun: without a verb it prints help */
};

struct command {
	const char *name;
	int (*fn)(struct cli *c, int argc, char **argv);
	unsigned flags;
	const char *summary;
};

static bool wants_help(int argc, char **argv);

static int cmd_version(struct cli *c, int argc, char **argv)
{
	(void)c;
	(void)argc;
	(void)argv;
	printf("rapport %s\n", rp_version());
	return EXIT_OK;
}

static int cmd_help(struct cli *c, int argc, char **argv);

/* Record commands are one generic command per kind; these thunks name it. */
#define RECORD_CMD(noun)                                                                           \
	static int cmd_##noun(struct cli *c, int argc, char **argv)                                \
	{                                                                                          \
		return cmd_record(c, rp_kind_find(#noun), argc, argv);                             \
	}
RECORD_CMD(client)
RECORD_CMD(contact)
RECORD_CMD(engagement)
RECORD_CMD(deliverable)
RECORD_CMD(payment)
RECORD_CMD(change)
RECORD_CMD(action)
RECORD_CMD(request)
RECORD_CMD(promise)
RECORD_CMD(log)
RECORD_CMD(risk)
RECORD_CMD(clause)
RECORD_CMD(document)
RECORD_CMD(material)
RECORD_CMD(po)
RECORD_CMD(bill)
RECORD_CMD(punch)
RECORD_CMD(retro)
RECORD_CMD(exit)
RECORD_CMD(testimonial)
RECORD_CMD(followup)

#define LIFECYCLE_CMD(verb)                                                                        \
	static int cmd_##verb(struct cli *c, int argc, char **argv)                                \
	{                                                                                          \
		return cmd_lifecycle(c, #verb, argc, argv);                                        \
	}
LIFECYCLE_CMD(hold)
LIFECYCLE_CMD(resume)
LIFECYCLE_CMD(deliver)
LIFECYCLE_CMD(closing)
LIFECYCLE_CMD(terminate)

static const struct command commands[] = {
	{"init", cmd_init, NEEDS_DB | CREATES_DB, "create the workspace"},
	{"client", cmd_client, NEEDS_DB | NOUN, "the organisations we work for"},
	{"contact", cmd_contact, NEEDS_DB | NOUN, "people at a client"},
	{"engagement", cmd_engagement, NEEDS_DB | NOUN, "the work for a client, with its terms"},
	{"deliverable", cmd_deliverable, NEEDS_DB | NOUN, "deliverables, acceptance and sign-off"},
	{"payment", cmd_payment, NEEDS_DB | NOUN, "the payment schedule, invoices and receipts"},
	{"change", cmd_change, NEEDS_DB | NOUN, "change requests"},
	{"action", cmd_action, NEEDS_DB | NOUN, "action items: who does what by when"},
	{"request", cmd_request, NEEDS_DB | NOUN, "the client's requests and our answers"},
	{"promise", cmd_promise, NEEDS_DB | NOUN, "what we promised and by when"},
	{"log", cmd_log, NEEDS_DB | NOUN, "log a meeting, call, e-mail, report or note"},
	{"risk", cmd_risk, NEEDS_DB | NOUN, "bad news, its disclosure and alternatives"},
	{"clause", cmd_clause, NEEDS_DB | NOUN, "contract clauses and their risk"},
	{"document", cmd_document, NEEDS_DB | NOUN, "documentation to hand over"},
	{"material", cmd_material, NEEDS_DB | NOUN, "equipment and supplies held"},
	{"po", cmd_po, NEEDS_DB | NOUN, "purchase orders"},
	{"bill", cmd_bill, NEEDS_DB | NOUN, "vendor bills (accounts payable)"},
	{"punch", cmd_punch, NEEDS_DB | NOUN, "punch-list items after delivery"},
	{"retro", cmd_retro, NEEDS_DB | NOUN, "our retrospective"},
	{"exit", cmd_exit, NEEDS_DB | NOUN, "the client's exit interview"},
	{"testimonial", cmd_testimonial, NEEDS_DB | NOUN, "the testimonial we asked for"},
	{"followup", cmd_followup, NEEDS_DB | NOUN, "the stay-in-touch plan after closing"},
	{"hold", cmd_hold, NEEDS_DB, "put an active engagement on hold"},
	{"resume", cmd_resume, NEEDS_DB, "resume an engagement on hold"},
	{"deliver", cmd_deliver, NEEDS_DB, "mark an engagement's work delivered"},
	{"closing", cmd_closing, NEEDS_DB, "start closing a delivered engagement"},
	{"terminate", cmd_terminate, NEEDS_DB, "end an engagement early"},
	{"history", cmd_history, NEEDS_DB, "the audit trail"},
	{"demo", cmd_demo, NEEDS_DB | CREATES_DB,
	 "fill an empty workspace with a sample portfolio"},
	{"check", cmd_check, NEEDS_DB, "the findings of the gate or monitor for an engagement"},
	{"kickoff", cmd_kickoff, NEEDS_DB, "pass the kickoff gate: draft to active"},
	{"close", cmd_close, NEEDS_DB, "pass the close gate: closing to closed"},
	{"status", cmd_status, NEEDS_DB, "the portfolio, the worst health first"},
	{"settings", cmd_settings, NEEDS_DB, "the thresholds of the checks"},
	{"report", cmd_report, NEEDS_DB | NOUN, "progress and close-out reports, kept as sent"},
	{"calendar", cmd_calendar, NEEDS_DB, "the calendar feed as iCalendar"},
	{"export", cmd_export, NEEDS_DB, "the whole workspace as one JSON document"},
	{"import", cmd_import, NEEDS_DB | CREATES_DB, "load an export into an empty workspace"},
	{"serve", cmd_serve, 0, "the web UI, the JSON API and the client portal"},
	{"user", cmd_user, NEEDS_DB | NOUN, "accounts of the server: passwords, API tokens"},
	{"version", cmd_version, 0, "print the version"},
	{"help", cmd_help, 0, "this help"},
};

static void usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage: rapport [--db PATH] [--today YYYY-MM-DD] [--json] [--as USER] "
		     "COMMAND [ARGS]\n\n"
		     "rapport keeps client engagements healthy: it records each engagement and\n"
		     "tells you what you owe the client next.\n\ncommands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].summary);
	}
	fprintf(out, "\nglobal options:\n"
		     "  --db PATH          the database (default: $RAPPORT_DB, else\n"
		     "                     $XDG_DATA_HOME/rapport/rapport.db)\n"
		     "  --today DATE       fix today's date (also $RAPPORT_TODAY)\n"
		     "  --json             machine-readable output on stdout\n"
		     "  --as USER          who the audit trail names (default: $USER)\n"
		     "\nSee 'rapport COMMAND --help' for a command's verbs and options.\n");
}

static const struct command *find_command(const char *name);

/* "rapport help COMMAND" is "rapport COMMAND --help". */
static int cmd_help(struct cli *c, int argc, char **argv)
{
	const struct command *cmd = argc > 0 ? find_command(argv[0]) : NULL;
	char *args[] = {(char *)"--help", NULL};

	if (argc > 0 && !cmd) {
		return cli_error(EXIT_USAGE, "'%s' is not a rapport command (see 'rapport --help')",
				 argv[0]);
	}
	if (!cmd || cmd->fn == cmd_help) {
		usage(stdout);
		return EXIT_OK;
	}
	snprintf(c->prog, sizeof(c->prog), "rapport %s", cmd->name);
	return cmd->fn(c, 1, args);
}

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (!strcmp(commands[i].name, name)) {
			return &commands[i];
		}
	}
	return NULL;
}

static bool wants_help(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			return true;
		}
	}
	return false;
}

/* Open the database for a command; returns 0 or an exit code. */
static int open_db(struct cli *c, const struct command *cmd, const char *db_arg, const char *today,
		   const char *actor)
{
	char *path = rp_db_default_path(db_arg);
	int rc;

	if (!path) {
		return cli_error(EXIT_USAGE, "no database given: use --db PATH or set RAPPORT_DB");
	}
	rc = rp_db_open(path, (cmd->flags & CREATES_DB) ? RP_OPEN_CREATE : 0, &c->db);
	free(path);
	if (!c->db) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	if (rc) {
		return cli_fail(c, rc == RP_ENOWORKSPACE ? RP_ENOWORKSPACE : rc);
	}
	if (today && rp_db_set_today(c->db, today)) {
		return cli_fail(c, RP_EINVAL);
	}
	if (rp_db_set_actor(c->db, actor)) {
		return cli_fail(c, RP_ENOMEM);
	}
	if (!(cmd->flags & CREATES_DB) && !rp_workspace_exists(c->db)) {
		return cli_error(EXIT_USAGE,
				 "no workspace in this database yet (run 'rapport init')");
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct cli c;
	const struct command *cmd;
	const char *db_arg = NULL, *actor = getenv("USER"), *no_color = getenv("NO_COLOR");
	const char *today = getenv("RAPPORT_TODAY");
	int i, rc;

	memset(&c, 0, sizeof(c));
	c.color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
	const char *today_from = "RAPPORT_TODAY";

	if (today && !*today) {
		today = NULL;
	}
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		const char **dst = NULL;

		if (!strcmp(a, "--json")) {
			c.json = true;
			continue;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return EXIT_OK;
		}
		if (!strcmp(a, "--version")) {
			return cmd_version(&c, 0, NULL);
		}
		if (!strcmp(a, "--db")) {
			dst = &db_arg;
		} else if (!strcmp(a, "--today")) {
			dst = &today;
			today_from = "--today";
		} else if (!strcmp(a, "--as")) {
			dst = &actor;
		} else if (!strncmp(a, "--db=", 5)) {
			db_arg = a + 5;
			continue;
		} else if (!strncmp(a, "--today=", 8)) {
			today = a + 8;
			today_from = "--today";
			continue;
		} else if (!strncmp(a, "--as=", 5)) {
			actor = a + 5;
			continue;
		} else {
			return cli_error(EXIT_USAGE, "unknown option '%s' (see 'rapport --help')",
					 a);
		}
		if (i + 1 >= argc) {
			return cli_error(EXIT_USAGE,
					 "option '%s' needs a value (see 'rapport --help')", a);
		}
		*dst = argv[++i];
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!actor || !*actor) {
		/* no $USER (cron, containers): the account's name */
		struct passwd *pw = actor ? NULL : getpwuid(getuid());

		actor = actor ? actor : pw ? pw->pw_name : NULL;
	}
	if (actor && !*actor && actor != getenv("USER")) {
		return cli_error(EXIT_USAGE, "empty user for --as (expected a name such as ana)");
	}
	cmd = find_command(argv[i]);
	if (!cmd) {
		return cli_error(EXIT_USAGE, "'%s' is not a rapport command (see 'rapport --help')",
				 argv[i]);
	}
	snprintf(c.prog, sizeof(c.prog), "rapport %s", cmd->name);
	c.db_path = db_arg;
	c.today = today;
	if (today) {
		int32_t d;

		if (rp_date_parse(today, &d)) {
			return cli_error(EXIT_USAGE,
					 "invalid date '%s' for %s (expected YYYY-MM-DD)", today,
					 today_from);
		}
	}
	/* Help needs no database. */
	if ((cmd->flags & NEEDS_DB) && !wants_help(argc - i - 1, argv + i + 1) &&
	    !((cmd->flags & NOUN) && (argc - i == 1 || !strcmp(argv[i + 1], "help")))) {
		rc = open_db(&c, cmd, db_arg, today, actor);
		if (rc) {
			rp_db_close(c.db);
			return rc;
		}
	}
	rc = cmd->fn(&c, argc - i - 1, argv + i + 1);
	rp_db_close(c.db);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		return cli_error(EXIT_SYSTEM, "cannot write the output");
	}
	return rc;
}
