/*
 * cmd-init.c — "rapport init": create the database and its workspace.
 * Running it again on an initialised database changes nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_init(struct cli *c, int argc, char **argv)
{
	const char *name = NULL, *currency = NULL, *timezone = NULL;
	const struct cli_opt opts[] = {
		{.flag = "name",
		 .value = &name,
		 .metavar = "NAME",
		 .help = "your organisation's name (default: My workspace)"},
		{.flag = "currency",
		 .value = &currency,
		 .metavar = "CUR",
		 .help = "default currency, an ISO 4217 code (default: EUR)"},
		{.flag = "timezone",
		 .value = &timezone,
		 .metavar = "ZONE",
		 .help = "IANA time zone (default: $TZ, else UTC)"},
	};
	struct cli_args a;
	int rc;

	rc = cli_parse(c, opts, 3, argc, argv, NULL, 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport init [options]", "create the workspace", opts, 3);
		return EXIT_OK;
	}
	if (rp_workspace_exists(c->db)) {
		if (c->json) {
			return cli_print_json(
				json_pack("{s:s, s:s, s:s, s:b}", "name", rp_workspace_name(c->db),
					  "currency", rp_workspace_currency(c->db), "timezone",
					  rp_workspace_timezone(c->db), "created", 0));
		}
		printf("workspace '%s' exists already; nothing changed\n",
		       rp_workspace_name(c->db));
		return EXIT_OK;
	}
	if (!timezone) {
		timezone = getenv("TZ");
		if (!timezone || !*timezone || *timezone == ':') {
			timezone = "UTC";
		}
	}
	rc = rp_workspace_init(c->db, name ? name : "My workspace", currency ? currency : "EUR",
			       timezone);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return cli_print_json(json_pack("{s:s, s:s, s:s, s:b}", "name",
						rp_workspace_name(c->db), "currency",
						rp_workspace_currency(c->db), "timezone",
						rp_workspace_timezone(c->db), "created", 1));
	}
	printf("created workspace '%s' (%s, %s)\n", rp_workspace_name(c->db),
	       rp_workspace_currency(c->db), rp_workspace_timezone(c->db));
	return EXIT_OK;
}
