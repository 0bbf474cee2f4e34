/*
 * cmd-demo.c — "rapport demo": create the workspace if needed and fill it
 * with the sample portfolio of the library's demo module, and print the
 * demo accounts' logins and passwords for the server.
 */
#include "cli.h"

int cmd_demo(struct cli *c, int argc, char **argv)
{
	struct rp_record_list list = {NULL, 0};
	struct cli_args a;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport demo",
			 "fill an empty workspace with a realistic sample portfolio (created if "
			 "missing)\nand two accounts for 'rapport serve', whose demo passwords it "
			 "prints",
			 NULL, 0);
		return EXIT_OK;
	}
	if (!rp_workspace_exists(c->db)) {
		rc = rp_workspace_init(c->db, "Northwind Consulting", "EUR", "Europe/Berlin");
		if (rc) {
			return cli_fail(c, rc);
		}
	}
	rc = rp_demo_fill(c->db);
	if (rc) {
		return cli_fail(c, rc);
	}
	rc = rp_record_list(c->db, rp_kind_find("engagement"), NULL, NULL, &list);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(json_pack(
			"{s:s, s:i, s:[{s:s, s:s, s:s}, {s:s, s:s, s:s}]}", "workspace",
			rp_workspace_name(c->db), "engagements", (int)list.count, "accounts",
			"login", RP_DEMO_OWNER_LOGIN, "password", RP_DEMO_OWNER_PASSWORD, "role",
			"owner", "login", RP_DEMO_CLIENT_LOGIN, "password", RP_DEMO_CLIENT_PASSWORD,
			"role", "client"));
	} else {
		printf("filled workspace '%s' with %zu sample engagements; try 'rapport engagement "
		       "list'\n"
		       "accounts for 'rapport serve' (demo passwords, not for real use):\n"
		       "  %-6s password %-15s the team's owner\n"
		       "  %-6s password %-15s Priya Nair at Acme Logistics, in the client portal\n",
		       rp_workspace_name(c->db), list.count, RP_DEMO_OWNER_LOGIN,
		       RP_DEMO_OWNER_PASSWORD, RP_DEMO_CLIENT_LOGIN, RP_DEMO_CLIENT_PASSWORD);
	}
	rp_record_list_release(&list);
	return rc;
}
