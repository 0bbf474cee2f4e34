/*
 * cmd-history.c — "rapport history [ENG]": the audit trail, oldest first,
 * with what each event changed; "--verify" recomputes the hash chain.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void value_text(json_t *v, struct rp_buf *b)
{
	char *s;

	if (!v || json_is_null(v)) {
		rp_buf_puts(b, "-");
	} else if (json_is_string(v)) {
		rp_buf_puts(b, json_string_value(v));
	} else if (json_is_object(v) && json_object_get(v, "amount")) {
		rp_buf_printf(b, "%s %s", json_string_value(json_object_get(v, "amount")),
			      json_string_value(json_object_get(v, "currency")));
	} else if ((s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY))) {
		rp_buf_puts(b, s);
		free(s);
	}
}

/* "state: submitted -> accepted; signed_off_on: - -> 2026-03-02" */
static void describe(const struct rp_event *e, struct rp_buf *b)
{
	json_t *before = e->before ? json_loads(e->before, 0, NULL) : NULL;
	json_t *after = e->after ? json_loads(e->after, 0, NULL) : NULL;
	const char *key, *name = NULL;
	json_t *v;
	int n = 0;

	if (!before || !after) {
		json_t *rec = after ? after : before;
		static const char *const names[] = {"title",   "name",	      "text",
						    "summary", "description", "number",
						    "vendor",  "login",	      NULL};

		for (int i = 0; rec && names[i] && !name; i++) {
			name = json_string_value(json_object_get(rec, names[i]));
		}
		if (name) {
			rp_buf_puts(b, name);
		} else if (rec && json_object_get(rec, "period_from")) {
			/* a report sent: its kind and period */
			rp_buf_printf(b, "%s report %s to %s",
				      json_string_value(json_object_get(rec, "kind")),
				      json_string_value(json_object_get(rec, "period_from")),
				      json_string_value(json_object_get(rec, "period_to")));
		} else if (rec && json_object_get(rec, "amount")) {
			/* a payment: its kind and amount */
			rp_buf_printf(b, "%s ", json_string_value(json_object_get(rec, "kind")));
			value_text(json_object_get(rec, "amount"), b);
		}
		goto out;
	}
	json_object_foreach(after, key, v)
	{
		json_t *old = json_object_get(before, key);

		if (old && json_equal(old, v)) {
			continue;
		}
		rp_buf_printf(b, "%s%s: ", n++ ? "; " : "", key);
		value_text(old, b);
		rp_buf_puts(b, " -> ");
		value_text(v, b);
	}
out:
	json_decref(before);
	json_decref(after);
}

static int verify(struct cli *c)
{
	int64_t bad = 0;
	int rc = rp_audit_verify(c->db, &bad);

	if (rc == RP_ECONFLICT) {
		if (c->json) {
			cli_print_json(
				json_pack("{s:b, s:I}", "intact", 0, "first_bad", (json_int_t)bad));
		}
		cli_error(EXIT_GATE, "%s", rp_db_errmsg(c->db));
		return EXIT_GATE;
	}
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return cli_print_json(json_pack("{s:b}", "intact", 1));
	}
	printf("the audit trail is intact\n");
	return EXIT_OK;
}

int cmd_history(struct cli *c, int argc, char **argv)
{
	const char *limit_text = NULL, *verify_flag = NULL;
	const struct cli_opt opts[] = {
		{.flag = "limit",
		 .value = &limit_text,
		 .metavar = "N",
		 .help = "only the newest N events"},
		{.flag = "verify",
		 .value = &verify_flag,
		 .flags = RP_F_SWITCH,
		 .help = "check the hash chain instead of listing"},
	};
	struct rp_event_list list = {NULL, 0};
	struct cli_table t;
	struct cli_args a;
	struct rp_buf b;
	char at[RP_DATETIME_BUFSZ], seq[24];
	unsigned long long limit = 0;
	size_t i;
	int rc;

	rc = cli_parse(c, opts, 2, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport history [ENG] [options]",
			 "the audit trail: who changed what, when, oldest first", opts, 2);
		return EXIT_OK;
	}
	if (verify_flag && !strcmp(verify_flag, "yes")) {
		return verify(c);
	}
	if (limit_text) {
		char *end;

		limit = strtoull(limit_text, &end, 10);
		if (*end || !*limit_text || limit == 0 || limit > 100000000) {
			return cli_usage(c,
					 "invalid number '%s' for --limit (expected a whole "
					 "number from 1)",
					 limit_text);
		}
	}
	rc = rp_history(c->db, a.npos ? a.pos[0] : NULL, (size_t)limit, &list);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		json_t *arr = json_array();

		for (i = 0; arr && i < list.count; i++) {
			if (json_array_append_new(arr, rp_event_json(&list.items[i]))) {
				json_decref(arr);
				arr = NULL;
			}
		}
		rp_event_list_release(&list);
		return cli_print_json(arr);
	}
	cli_table_init(&t, 6);
	rp_buf_init(&b);
	rc = cli_table_add(&t, "SEQ") | cli_table_add(&t, "WHEN") | cli_table_add(&t, "WHO") |
	     cli_table_add(&t, "ACTION") | cli_table_add(&t, "RECORD") | cli_table_add(&t, "WHAT");
	for (i = 0; !rc && i < list.count; i++) {
		const struct rp_event *e = &list.items[i];
		const struct rp_kind *kind = rp_kind_find(e->kind);

		snprintf(seq, sizeof(seq), "%lld", (long long)e->seq);
		rp_datetime_format(e->at, at);
		at[16] = '\0';
		at[10] = ' ';
		rp_buf_reset(&b);
		if (e->record) {
			rp_buf_printf(&b, "%s %lld", kind ? kind->title : e->kind,
				      (long long)e->record);
		} else {
			rp_buf_puts(&b, e->kind); /* not a record: the settings */
		}
		rc |= cli_table_add(&t, seq) | cli_table_add(&t, at) | cli_table_add(&t, e->actor) |
		      cli_table_add(&t, e->action) | cli_table_add(&t, b.data);
		rp_buf_reset(&b);
		if (e->engagement && strcmp(e->kind, "engagement")) {
			rp_buf_printf(&b, "[%s] ", e->engagement);
		}
		describe(e, &b);
		rc |= cli_table_add(&t, b.data);
	}
	if (rc) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (list.count) {
		cli_table_print(c, &t, stdout);
	}
	rp_buf_release(&b);
	cli_table_release(&t);
	rp_event_list_release(&list);
	return rc;
}
