/*
 * cmd-serve.c — "rapport serve": the JSON API, the team's web UI and the
 * client portal over the same library, until SIGTERM or SIGINT.
 *
 * The server opens its own database handles (one per worker thread), so the
 * command only resolves where the database is; "--routes" prints the route
 * table without serving.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "server.h"

int cmd_serve(struct cli *c, int argc, char **argv)
{
	const char *listen = "127.0.0.1:8080", *access_log = "-", *threads_text = NULL;
	const char *secure = NULL, *routes = NULL, *quiet = NULL;
	const struct cli_opt opts[] = {
		{.flag = "listen",
		 .value = &listen,
		 .metavar = "ADDR:PORT",
		 .help = "where to listen (default: 127.0.0.1:8080; port 0 picks a free one)"},
		{.flag = "access-log",
		 .value = &access_log,
		 .metavar = "FILE",
		 .help = "one line per request to FILE, '-' for stderr (the default) or 'off'"},
		{.flag = "threads",
		 .value = &threads_text,
		 .metavar = "N",
		 .help = "worker threads (default: one per core)"},
		{.flag = "secure-cookies",
		 .flags = RP_F_SWITCH,
		 .value = &secure,
		 .help = "mark cookies Secure: set it when a TLS proxy is in front"},
		{.flag = "routes",
		 .flags = RP_F_SWITCH,
		 .value = &routes,
		 .help = "print every route, who may use it and what it does, as JSON"},
		{.flag = "quiet",
		 .flags = RP_F_SWITCH,
		 .value = &quiet,
		 .help = "print nothing when serving starts"},
	};
	const size_t nopts = sizeof(opts) / sizeof(opts[0]);
	struct server_config cfg;
	struct cli_args a;
	char *path = NULL;
	int rc;

	rc = cli_parse(c, opts, nopts, argc, argv, NULL, 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport serve [--listen ADDR:PORT] [--access-log FILE] [--threads N]",
			 "serve the JSON API under /api/v1/, the team's web UI and the client\n"
			 "portal under /portal, until SIGTERM or SIGINT (requests in flight are\n"
			 "finished first); accounts are made with 'rapport user add'",
			 opts, nopts);
		return EXIT_OK;
	}
	if (routes) {
		return router_dump();
	}
	memset(&cfg, 0, sizeof(cfg));
	if (threads_text) {
		char *end;
		long n = strtol(threads_text, &end, 10);

		if (!*threads_text || *end || n < 1 || n > 64) {
			return cli_usage(c, "invalid number '%s' for --threads (expected 1 to 64)",
					 threads_text);
		}
		cfg.threads = (unsigned)n;
	}
	path = rp_db_default_path(c->db_path);
	if (!path) {
		return cli_error(EXIT_USAGE, "no database given: use --db PATH or set RAPPORT_DB");
	}
	cfg.db_path = path;
	cfg.today = c->today;
	cfg.listen = listen;
	cfg.secure_cookies = secure != NULL;
	cfg.access_log = strcmp(access_log, "off") ? access_log : NULL;
	cfg.quiet = quiet != NULL;
	rc = server_run(&cfg);
	free(path);
	return rc;
}
