/*
 * cmd-check.c — the checks on the command line: "rapport check ENG", the
 * gates "rapport kickoff ENG" and "rapport close ENG", the portfolio
 * "rapport status" and the thresholds "rapport settings".
 *
 * Findings print like a compiler's: one line per finding naming the check
 * and the record at fault, then how to fix it.  Blockers make the exit
 * status 1.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void print_findings(const char *slug, const struct rp_findings *f, FILE *out)
{
	size_t i;

	for (i = 0; i < f->count; i++) {
		const struct rp_finding *it = &f->items[i];

		fprintf(out, "%s: %s %s: %s\n", slug, rp_severity_name(it->severity), it->check->id,
			it->message);
		if (it->hint) {
			fprintf(out, "  hint: %s\n", it->hint);
		}
	}
}

static void print_summary(const char *slug, const struct rp_findings *f, FILE *out)
{
	if (!f->phases) {
		fprintf(out, "%s: closed: no checks apply (use --all to run them all)\n", slug);
		return;
	}
	if (f->phases == RP_PHASE_HEALTH) {
		fprintf(out, "%s: health %d/100, %d signal%s", slug, f->score, f->warnings,
			f->warnings == 1 ? "" : "s");
	} else {
		fprintf(out, "%s: %s%s%s: %d blocker%s, %d warning%s", slug,
			f->phases & RP_PHASE_KICKOFF ? "kickoff" : "",
			(f->phases & RP_PHASE_KICKOFF) && (f->phases & ~RP_PHASE_KICKOFF) ? "+"
											  : "",
			f->phases == RP_PHASE_ALL    ? "health+close"
			: f->phases & RP_PHASE_CLOSE ? "close"
						     : "",
			f->blockers, f->blockers == 1 ? "" : "s", f->warnings,
			f->warnings == 1 ? "" : "s");
	}
	if (f->next_deadline[0]) {
		fprintf(out, "; next deadline %s: %s", f->next_deadline,
			f->next_what ? f->next_what : "");
	}
	fputc('\n', out);
}

int cmd_check(struct cli *c, int argc, char **argv)
{
	const char *all = NULL;
	const struct cli_opt opts[] = {
		{.flag = "all",
		 .value = &all,
		 .flags = RP_F_SWITCH,
		 .help = "run every phase's checks, not only those of the engagement's state"},
	};
	struct rp_record *eng = NULL;
	struct rp_findings f;
	struct cli_args a;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport check ENG [--all]",
			 "the findings of the gate or monitor for the engagement's state: kickoff "
			 "in "
			 "draft, health while active, on hold or delivered, close in closing or "
			 "terminated",
			 opts, 1);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the engagement (ENG)");
	}
	rc = rp_record_get(c->db, rp_kind_find("engagement"), a.pos[0], &eng);
	if (!rc) {
		rc = rp_check_run(c->db, a.pos[0], all && !strcmp(all, "yes") ? RP_PHASE_ALL : 0,
				  &f);
	}
	if (rc) {
		rp_record_free(eng);
		return cli_fail(c, rc);
	}
	if (c->json) {
		cli_print_json(rp_findings_json(rp_record_str(eng, "slug"),
						rp_record_str(eng, "state"), &f));
	} else {
		print_findings(rp_record_str(eng, "slug"), &f, stdout);
		print_summary(rp_record_str(eng, "slug"), &f, stdout);
	}
	rc = f.blockers ? EXIT_GATE : EXIT_OK;
	rp_findings_release(&f);
	rp_record_free(eng);
	return rc;
}

/* "rapport kickoff ENG" and "rapport close ENG". */
static int gate(struct cli *c, bool kickoff, int argc, char **argv)
{
	const char *override = NULL;
	const struct cli_opt opts[] = {
		{.flag = "override",
		 .value = &override,
		 .metavar = "REASON",
		 .form = "the reason, in words",
		 .help = "pass the gate despite its blockers; the reason is kept in the audit "
			 "trail"},
	};
	struct rp_record *eng = NULL;
	struct rp_findings f;
	struct cli_args a;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(
			c,
			kickoff ? "rapport kickoff ENG [--override REASON]"
				: "rapport close ENG [--override REASON]",
			kickoff ? "make a draft engagement active once the kickoff gate passes"
				: "close an engagement (closing or terminated) once the close gate "
				  "passes",
			opts, 1);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the engagement (ENG)");
	}
	rc = kickoff ? rp_engagement_kickoff(c->db, a.pos[0], override, &f)
		     : rp_engagement_close(c->db, a.pos[0], override, &f);
	if (rc == RP_EGATE) {
		if (c->json && !rp_record_get(c->db, rp_kind_find("engagement"), a.pos[0], &eng)) {
			cli_print_json(rp_findings_json(rp_record_str(eng, "slug"),
							rp_record_str(eng, "state"), &f));
			rp_record_free(eng);
			eng = NULL;
		} else if (!c->json) {
			print_findings(a.pos[0], &f, stdout);
		}
		rp_findings_release(&f);
		return cli_fail(c, rc);
	}
	rp_findings_release(&f);
	if (rc) {
		return cli_fail(c, rc);
	}
	rc = rp_record_get(c->db, rp_kind_find("engagement"), a.pos[0], &eng);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(rp_record_json(eng));
	} else {
		const char *why =
			rp_record_str(eng, kickoff ? "kickoff_override" : "close_override");

		printf("engagement '%s' is now %s%s%s%s\n", rp_record_str(eng, "slug"),
		       rp_record_str(eng, "state"), override && why ? " (gate overridden: " : "",
		       override && why ? why : "", override && why ? ")" : "");
	}
	rp_record_free(eng);
	return rc;
}

int cmd_kickoff(struct cli *c, int argc, char **argv)
{
	return gate(c, true, argc, argv);
}

int cmd_close(struct cli *c, int argc, char **argv)
{
	return gate(c, false, argc, argv);
}

static int status_json(void *arg, const struct rp_portfolio_entry *e)
{
	json_t *obj = json_pack(
		"{s:s, s:s, s:s, s:s, s:i, s:i, s:i, s:s, s:o}", "engagement", e->slug, "title",
		e->title, "client", e->client, "state", e->state, "score", e->score, "blockers",
		e->blockers, "warnings", e->warnings, "signals", e->signals, "next_deadline",
		e->next_deadline[0]
			? json_pack("{s:s, s:s?}", "date", e->next_deadline, "what", e->next_what)
			: json_null());

	return obj && !json_array_append_new(arg, obj) ? RP_OK : RP_ENOMEM;
}

struct status_rows {
	struct cli_table table;
	struct rp_buf next;
};

static int status_row(void *arg, const struct rp_portfolio_entry *e)
{
	struct status_rows *rows = arg;
	char score[8], *p = score + sizeof(score) - 1;
	int rc, n = e->score < 0 ? 0 : e->score;

	/* a score is 0 to 100: no printf per line */
	*p = '\0';
	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n && p > score);
	rp_buf_reset(&rows->next);
	if (e->next_deadline[0]) {
		rc = rp_buf_puts(&rows->next, e->next_deadline);
		rc |= rp_buf_putc(&rows->next, ' ');
		rc |= rp_buf_puts(&rows->next, e->next_what ? e->next_what : "");
		if (rc) {
			return RP_ENOMEM;
		}
	}
	return cli_table_add(&rows->table, e->slug) | cli_table_add(&rows->table, e->client) |
	       cli_table_add(&rows->table, e->state) | cli_table_add(&rows->table, p) |
	       cli_table_add(&rows->table, *e->signals ? e->signals : "-") |
	       cli_table_add(&rows->table, rows->next.len ? rows->next.data : "-");
}

int cmd_status(struct cli *c, int argc, char **argv)
{
	const char *state = NULL;
	const struct cli_opt opts[] = {
		{.flag = "state",
		 .value = &state,
		 .metavar = "STATE",
		 .field = rp_kind_field(rp_kind_find("engagement"), "state"),
		 .help = "only engagements in this state"},
	};
	struct status_rows rows;
	struct cli_args a;
	json_t *arr;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 0, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport status [--state S]",
			 "every engagement with its state, score, top signals and next deadline, "
			 "the worst first",
			 opts, 1);
		return EXIT_OK;
	}
	if (c->json) {
		arr = json_array();
		if (!arr) {
			return cli_error(EXIT_SYSTEM, "out of memory");
		}
		rc = rp_portfolio_each(c->db, state, status_json, arr);
		if (rc) {
			json_decref(arr);
			return rc == RP_ENOMEM ? cli_error(EXIT_SYSTEM, "out of memory")
					       : cli_fail(c, rc);
		}
		return cli_print_json(arr);
	}
	cli_table_init(&rows.table, 6);
	rows.table.state_col = 2;
	rp_buf_init(&rows.next);
	rc = cli_table_add(&rows.table, "ENGAGEMENT") | cli_table_add(&rows.table, "CLIENT") |
	     cli_table_add(&rows.table, "STATE") | cli_table_add(&rows.table, "SCORE") |
	     cli_table_add(&rows.table, "SIGNALS") | cli_table_add(&rows.table, "NEXT DEADLINE");
	if (!rc) {
		rc = rp_portfolio_each(c->db, state, status_row, &rows);
	}
	if (rc == RP_ENOMEM) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (rc) {
		rc = cli_fail(c, rc);
	} else if (rows.table.nrows > 1) {
		cli_table_print(c, &rows.table, stdout);
	}
	rp_buf_release(&rows.next);
	cli_table_release(&rows.table);
	return rc;
}

int cmd_settings(struct cli *c, int argc, char **argv)
{
	struct rp_setting s[RP_SETTINGS];
	struct cli_table t;
	struct cli_args a;
	char v[24], d[24];
	size_t i;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 2, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport settings [NAME VALUE]",
			 "the thresholds of the checks; with NAME VALUE, set one", NULL, 0);
		return EXIT_OK;
	}
	if (a.npos == 1) {
		return cli_usage(c, "missing the value of '%s'", a.pos[0]);
	}
	if (a.npos == 2) {
		rc = rp_setting_set(c->db, a.pos[0], a.pos[1]);
		if (rc) {
			return cli_fail(c, rc);
		}
	}
	rc = rp_settings_get(c->db, s);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		json_t *obj = json_object();

		for (i = 0; obj && i < RP_SETTINGS; i++) {
			json_object_set_new(obj, s[i].name, json_integer(s[i].value));
		}
		return cli_print_json(obj);
	}
	if (a.npos == 2) {
		printf("%s is now %s\n", a.pos[0], a.pos[1]);
		return EXIT_OK;
	}
	cli_table_init(&t, 4);
	rc = cli_table_add(&t, "NAME") | cli_table_add(&t, "VALUE") | cli_table_add(&t, "DEFAULT") |
	     cli_table_add(&t, "MEANING");
	for (i = 0; !rc && i < RP_SETTINGS; i++) {
		snprintf(v, sizeof(v), "%lld", (long long)s[i].value);
		snprintf(d, sizeof(d), "%lld", (long long)s[i].def);
		rc |= cli_table_add(&t, s[i].name) | cli_table_add(&t, v) | cli_table_add(&t, d) |
		      cli_table_add(&t, s[i].help);
	}
	if (!rc) {
		cli_table_print(c, &t, stdout);
	}
	cli_table_release(&t);
	return rc ? cli_error(EXIT_SYSTEM, "out of memory") : EXIT_OK;
}
