/* Unit tests of the audit trail: one event per record written (with its actor, action and the
 * record before and after), numbering from 1, the hash chain and its verification after each
 * kind of tampering, and reading the history of the workspace or of one engagement. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"

/* A portfolio: clients acme and globex, contact 1 (Ana, may sign off), engagements web and
 * app of acme with a deliverable each, payment 1 of web triggered by deliverable 1.
 * 9 events. */
static void fill(struct fx *fx)
{
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Globex", NULL), RP_OK);
	CHECK(fx->db,
	      add(fx, "contact", "acme", NULL, "name", "Ana", "email", "ana@example.com",
		  "may_signoff", "yes", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "Web", "type", "fixed", "value", "24000",
		  NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", "App", "type", "tm", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "Site", "reviewer", "1", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "deliverable", "app", NULL, "title", "Build", NULL), RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "30%", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	CHECK(fx->db, edit(fx, "client", "globex", "industry", "Energy", NULL), RP_OK);
}

static void history(struct fx *fx, const char *eng, size_t limit, struct rp_event_list *out)
{
	out->items = NULL;
	out->count = 0;
	CHECK(fx->db, rp_history(fx->db, eng, limit, out), RP_OK);
}

/* A copy of the newest event. */
struct last {
	int64_t seq, record, at;
	char actor[64], action[64], kind[64], engagement[64];
	char *before, *after;
	char prev[RP_HASH_HEX], hash[RP_HASH_HEX];
};

static void last_event(struct fx *fx, struct last *e)
{
	struct rp_event_list list;
	const struct rp_event *ev;

	history(fx, NULL, 1, &list);
	assert_int_equal(list.count, 1);
	ev = &list.items[0];
	e->seq = ev->seq;
	e->record = ev->record;
	e->at = ev->at;
	snprintf(e->actor, sizeof(e->actor), "%s", ev->actor ? ev->actor : "(null)");
	snprintf(e->action, sizeof(e->action), "%s", ev->action);
	snprintf(e->kind, sizeof(e->kind), "%s", ev->kind);
	snprintf(e->engagement, sizeof(e->engagement), "%s",
		 ev->engagement ? ev->engagement : "(null)");
	e->before = ev->before ? strdup(ev->before) : NULL;
	e->after = ev->after ? strdup(ev->after) : NULL;
	memcpy(e->prev, ev->prev, sizeof(e->prev));
	memcpy(e->hash, ev->hash, sizeof(e->hash));
	rp_event_list_release(&list);
}

static void last_release(struct last *e)
{
	free(e->before);
	free(e->after);
	e->before = e->after = NULL;
}

/* A string member of a JSON text. */
static void json_member_is(const char *text, const char *key, const char *want)
{
	json_error_t err;
	json_t *j = json_loads(text, 0, &err);
	const char *have;

	if (!j) {
		fail_msg("not JSON (%s): %s", err.text, text);
	}
	have = json_string_value(json_object_get(j, key));
	if (!have || strcmp(have, want)) {
		fail_msg("%s is '%s', expected '%s' in %s", key, have ? have : "(none)", want,
			 text);
	}
	json_decref(j);
}

static bool is_hex64(const char *s)
{
	return strlen(s) == 64 && strspn(s, "0123456789abcdef") == 64;
}

/* ---- one event per write --------------------------------------------- */

static void test_add_edit_remove(void **state)
{
	struct fx *fx = *state;
	static const char zero[] =
		"0000000000000000000000000000000000000000000000000000000000000000";
	struct last e;
	char prev[RP_HASH_HEX];

	assert_int_equal(count_events(fx), 0);
	CHECK(fx->db, rp_db_set_actor(fx->db, "ana"), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", NULL), RP_OK);
	assert_int_equal(count_events(fx), 1);
	last_event(fx, &e);
	assert_int_equal(e.seq, 1);
	assert_string_equal(e.actor, "ana");
	assert_string_equal(e.action, "add");
	assert_string_equal(e.kind, "client");
	assert_int_equal(e.record, 1);
	assert_string_equal(e.engagement, "(null)");
	assert_int_equal(e.at, rp_db_now(fx->db));
	assert_null(e.before);
	assert_non_null(e.after);
	json_member_is(e.after, "name", "Acme");
	json_member_is(e.after, "slug", "acme");
	assert_string_equal(e.prev, zero);
	assert_true(is_hex64(e.hash));
	memcpy(prev, e.hash, sizeof(prev));
	last_release(&e);

	CHECK(fx->db, rp_db_set_actor(fx->db, "bob"), RP_OK);
	CHECK(fx->db, edit(fx, "client", "acme", "name", "Acme Corp", NULL), RP_OK);
	assert_int_equal(count_events(fx), 2);
	last_event(fx, &e);
	assert_int_equal(e.seq, 2);
	assert_string_equal(e.actor, "bob");
	assert_string_equal(e.action, "edit");
	assert_string_equal(e.kind, "client");
	assert_non_null(e.before);
	assert_non_null(e.after);
	json_member_is(e.before, "name", "Acme");
	json_member_is(e.after, "name", "Acme Corp");
	assert_string_equal(e.prev, prev);
	memcpy(prev, e.hash, sizeof(prev));
	last_release(&e);

	CHECK(fx->db, rp_db_set_actor(fx->db, NULL), RP_OK);
	CHECK(fx->db, add(fx, "contact", "acme", NULL, "name", "Ana", NULL), RP_OK);
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_OK);
	assert_int_equal(count_events(fx), 4);
	last_event(fx, &e);
	assert_int_equal(e.seq, 4);
	assert_string_equal(e.actor, "unknown");
	assert_string_equal(e.action, "remove");
	assert_string_equal(e.kind, "contact");
	assert_int_equal(e.record, 1);
	assert_non_null(e.before);
	assert_null(e.after);
	json_member_is(e.before, "name", "Ana");
	json_member_is(e.before, "client", "acme");
	last_release(&e);

	/* A verb is its own action; the engagement is named. */
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", "Web", "type", "fixed", NULL),
	      RP_OK);
	last_event(fx, &e);
	assert_string_equal(e.engagement, "web");
	assert_string_equal(e.kind, "engagement");
	last_release(&e);
	CHECK(fx->db,
	      act(fx, "engagement", "web", "terminate", "notice_given", TODAY, "ended_on", TODAY,
		  NULL),
	      RP_OK);
	assert_int_equal(count_events(fx), 6);
	last_event(fx, &e);
	assert_string_equal(e.action, "terminate");
	assert_string_equal(e.engagement, "web");
	json_member_is(e.before, "state", "draft");
	json_member_is(e.after, "state", "terminated");
	json_member_is(e.after, "ended_on", TODAY);
	last_release(&e);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
}

static void test_cascades_and_failures(void **state)
{
	struct fx *fx = *state;
	struct rp_event_list list;
	size_t n;

	fill(fx);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "final", "amount", "1", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "1", "submit", NULL), RP_OK);
	n = count_events(fx);
	/* Accepting changes the deliverable and both payments it triggers: three events. */
	CHECK(fx->db, act(fx, "deliverable", "1", "accept", NULL), RP_OK);
	history(fx, NULL, 3, &list);
	assert_int_equal(list.count, 3);
	assert_int_equal(count_events(fx), n + 3);
	{
		size_t i, dues = 0, accepts = 0;

		for (i = 0; i < list.count; i++) {
			const struct rp_event *ev = &list.items[i];

			assert_int_equal(ev->seq, (int64_t)(n + 1 + i));
			assert_string_equal(ev->engagement, "web");
			if (!strcmp(ev->kind, "payment")) {
				dues++;
				json_member_is(ev->before, "state", "scheduled");
				json_member_is(ev->after, "state", "due");
			} else {
				accepts++;
				assert_string_equal(ev->kind, "deliverable");
				assert_string_equal(ev->action, "accept");
				json_member_is(ev->after, "state", "accepted");
			}
		}
		assert_int_equal(dues, 2);
		assert_int_equal(accepts, 1);
	}
	rp_event_list_release(&list);
	/* An interaction moves the follow-up plan: two events. */
	CHECK(fx->db, add(fx, "followup", "web", NULL, "every", "1m", NULL), RP_OK);
	n = count_events(fx);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "hello", "channel", "call",
		  "initiated_by", "us", NULL),
	      RP_OK);
	assert_int_equal(count_events(fx), n + 2);
	/* Refused writes and edits that change nothing append nothing. */
	n = count_events(fx);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "101%", NULL),
	      RP_EINVAL);
	CHECK(fx->db, act(fx, "deliverable", "1", "accept", NULL), RP_ESTATE);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "x", "channel", "fax", "initiated_by",
		  "us", NULL),
	      RP_EINVAL);
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_ECONFLICT);
	CHECK(fx->db, edit(fx, "client", "acme", "name", "Acme", NULL), RP_OK);
	assert_int_equal(count_events(fx), n);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
}

static void test_numbered_from_one(void **state)
{
	struct fx *fx = *state;
	struct rp_event_list list;
	size_t i;

	fill(fx);
	history(fx, NULL, 0, &list);
	assert_int_equal(list.count, 9);
	for (i = 0; i < list.count; i++) {
		assert_int_equal(list.items[i].seq, (int64_t)i + 1);
		if (i > 0) {
			assert_string_equal(list.items[i].prev, list.items[i - 1].hash);
		}
		assert_true(is_hex64(list.items[i].hash));
	}
	rp_event_list_release(&list);
	/* The numbering goes on after a reopen. */
	fx_reopen(fx);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Initech", NULL), RP_OK);
	history(fx, NULL, 0, &list);
	assert_int_equal(list.count, 10);
	assert_int_equal(list.items[9].seq, 10);
	assert_string_equal(list.items[9].prev, list.items[8].hash);
	rp_event_list_release(&list);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
}

/* ---- verification ---------------------------------------------------- */

static void exec_sql(struct fx *fx, const char *sql)
{
	if (fx->db->be->exec(fx->db->s, sql) != RP_OK) {
		fail_msg("%s: %s", sql, fx->db->be->errmsg(fx->db->s));
	}
}

static void expect_broken_at(struct fx *fx, int64_t k, const char *what)
{
	int64_t bad = -1;
	int rc = rp_audit_verify(fx->db, &bad);

	if (rc != RP_ECONFLICT || bad != k) {
		fail_msg("%s: verify returned %s with event %lld, expected conflict at %lld", what,
			 rp_status_name(rc), (long long)bad, (long long)k);
	}
	/* Also without asking where. */
	assert_int_equal(rp_audit_verify(fx->db, NULL), RP_ECONFLICT);
}

static void test_verify_intact(void **state)
{
	struct fx *fx = *state;
	int64_t bad = 77;

	CHECK(fx->db, rp_audit_verify(fx->db, &bad), RP_OK);
	fill(fx);
	CHECK(fx->db, rp_audit_verify(fx->db, &bad), RP_OK);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
}

/* Every column of event k, changed one at a time and put back. */
static void test_verify_changed_field(void **state)
{
	struct fx *fx = *state;
	static const struct {
		const char *column;
		const char *change;
	} cases[] = {
		{"actor", "'mallory'"},
		{"action", "'remove'"},
		{"kind", "'contact'"},
		{"record_id", "\"record_id\" + 1"},
		{"engagement_id", "coalesce(\"engagement_id\", 0) + 1"},
		{"before", "coalesce(\"before\", '{}') || ' '"},
		{"after", "replace(\"after\", 'Web', 'Wob')"},
		{"at", "\"at\" + 1"},
		{"prev_hash",
		 "(CASE WHEN substr(\"prev_hash\", 1, 1) = 'f' THEN 'e' ELSE 'f' END) || "
		 "substr(\"prev_hash\", 2)"},
		{"hash", "(CASE WHEN substr(\"hash\", 1, 1) = 'f' THEN 'e' ELSE 'f' END) || "
			 "substr(\"hash\", 2)"},
	};
	const struct store_backend *be;
	const int64_t k = 4; /* the engagement web */
	struct rp_buf restore;
	char sql[300], *saved;
	size_t i;

	rp_buf_init(&restore);
	fill(fx);
	be = fx->db->be;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct store_stmt *st = NULL;

		/* the value as an SQL literal, to put it back */
		snprintf(sql, sizeof(sql), "SELECT %s(\"%s\") FROM \"audit\" WHERE \"seq\" = %lld",
			 fx_on_server() ? "quote_nullable" : "quote", cases[i].column,
			 (long long)k);
		CHECK(fx->db, be->prepare(fx->db->s, sql, &st), RP_OK);
		assert_int_equal(be->step(st), STORE_ROW);
		saved = strdup(be->column_text(st, 0));
		be->finalize(st);
		assert_non_null(saved);
		snprintf(sql, sizeof(sql), "UPDATE \"audit\" SET \"%s\" = %s WHERE \"seq\" = %lld",
			 cases[i].column, cases[i].change, (long long)k);
		exec_sql(fx, sql);
		expect_broken_at(fx, k, cases[i].column);
		rp_buf_reset(&restore);
		assert_int_equal(
			rp_buf_printf(&restore,
				      "UPDATE \"audit\" SET \"%s\" = %s WHERE \"seq\" = %lld",
				      cases[i].column, saved, (long long)k),
			RP_OK);
		free(saved);
		exec_sql(fx, restore.data);
		CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
	}
	rp_buf_release(&restore);
	/* The first event and the last one are checked too. */
	exec_sql(fx, "UPDATE \"audit\" SET \"actor\" = 'x' WHERE \"seq\" = 1");
	expect_broken_at(fx, 1, "first event");
	exec_sql(fx, "UPDATE \"audit\" SET \"actor\" = 'unknown' WHERE \"seq\" = 1");
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
	exec_sql(fx, "UPDATE \"audit\" SET \"after\" = replace(\"after\", 'Energy', 'Oil') "
		     "WHERE \"seq\" = 9");
	expect_broken_at(fx, 9, "last event");
}

/* Events a and b trade places (their numbers stay where they were). */
static void swap_events(struct fx *fx, int64_t a, int64_t b)
{
	char sql[300];

	snprintf(sql, sizeof(sql),
		 "UPDATE \"audit\" SET \"seq\" = -1 WHERE \"seq\" = %lld;"
		 "UPDATE \"audit\" SET \"seq\" = %lld WHERE \"seq\" = %lld;"
		 "UPDATE \"audit\" SET \"seq\" = %lld WHERE \"seq\" = -1;",
		 (long long)a, (long long)a, (long long)b, (long long)b);
	exec_sql(fx, sql);
}

static void test_verify_swapped(void **state)
{
	struct fx *fx = *state;

	fill(fx);
	swap_events(fx, 3, 7);
	expect_broken_at(fx, 3, "swap 3 and 7");
	swap_events(fx, 3, 7);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
	/* Neighbours. */
	swap_events(fx, 5, 6);
	expect_broken_at(fx, 5, "swap 5 and 6");
}

static void test_verify_deleted(void **state)
{
	struct fx *fx = *state;

	fill(fx);
	exec_sql(fx, "DELETE FROM \"audit\" WHERE \"seq\" = 5");
	expect_broken_at(fx, 5, "event 5 deleted");
	/* Renumbering the rest does not hide it: the chain breaks where the gap was. */
	exec_sql(fx, "UPDATE \"audit\" SET \"seq\" = \"seq\" - 1 WHERE \"seq\" > 5");
	expect_broken_at(fx, 5, "event 5 deleted and the rest renumbered");
}

static void test_verify_deleted_first(void **state)
{
	struct fx *fx = *state;

	fill(fx);
	exec_sql(fx, "DELETE FROM \"audit\" WHERE \"seq\" = 1");
	expect_broken_at(fx, 1, "event 1 deleted");
}

static void test_verify_truncated(void **state)
{
	struct fx *fx = *state;

	fill(fx);
	/* The newest events removed from the end of the trail. */
	exec_sql(fx, "DELETE FROM \"audit\" WHERE \"seq\" = 9");
	expect_broken_at(fx, 9, "last event deleted");
	exec_sql(fx, "DELETE FROM \"audit\" WHERE \"seq\" >= 7");
	expect_broken_at(fx, 7, "last three events deleted");
}

static void test_verify_forged_append(void **state)
{
	struct fx *fx = *state;

	fill(fx);
	exec_sql(fx, "INSERT INTO \"audit\" (\"workspace_id\", \"seq\", \"at\", \"actor\", "
		     "\"action\", \"kind\", \"record_id\", \"engagement_id\", \"before\", "
		     "\"after\", \"prev_hash\", \"hash\") SELECT 1, 10, \"at\", 'mallory', 'add', "
		     "'client', 9, NULL, NULL, '{}', \"hash\", \"hash\" FROM \"audit\" WHERE "
		     "\"seq\" = 9");
	expect_broken_at(fx, 10, "forged event appended");
}

/* ---- reading the history --------------------------------------------- */

static void test_history_of_engagement(void **state)
{
	struct fx *fx = *state;
	struct rp_event_list list;
	size_t i;

	fill(fx);
	CHECK(fx->db, act(fx, "deliverable", "1", "submit", NULL), RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "1", "accept", NULL), RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "2", "start", NULL), RP_OK);
	/* web: its add, deliverable 1, payment 1, submit, accept, the payment falling due. */
	history(fx, "web", 0, &list);
	assert_int_equal(list.count, 6);
	for (i = 0; i < list.count; i++) {
		assert_non_null(list.items[i].engagement);
		assert_string_equal(list.items[i].engagement, "web");
		if (i > 0) {
			assert_true(list.items[i].seq > list.items[i - 1].seq);
		}
	}
	assert_string_equal(list.items[0].kind, "engagement");
	assert_string_equal(list.items[0].action, "add");
	rp_event_list_release(&list);
	/* app: its add, deliverable 2, start. */
	history(fx, "app", 0, &list);
	assert_int_equal(list.count, 3);
	for (i = 0; i < list.count; i++) {
		assert_string_equal(list.items[i].engagement, "app");
	}
	rp_event_list_release(&list);
	/* By number too. */
	history(fx, "2", 0, &list);
	assert_int_equal(list.count, 3);
	rp_event_list_release(&list);
	/* The workspace's history holds everything, clients included. */
	history(fx, NULL, 0, &list);
	assert_int_equal(list.count, 13);
	assert_null(list.items[0].engagement);
	rp_event_list_release(&list);
	list.count = 99;
	CHECK(fx->db, rp_history(fx->db, "nowhere", 0, &list), RP_ENOTFOUND);
	rp_event_list_release(NULL);
}

static void test_history_limit(void **state)
{
	struct fx *fx = *state;
	struct rp_event_list list;
	size_t i;

	fill(fx);
	history(fx, NULL, 3, &list);
	assert_int_equal(list.count, 3);
	for (i = 0; i < 3; i++) {
		assert_int_equal(list.items[i].seq, (int64_t)(7 + i));
	}
	rp_event_list_release(&list);
	history(fx, NULL, 1, &list);
	assert_int_equal(list.count, 1);
	assert_int_equal(list.items[0].seq, 9);
	rp_event_list_release(&list);
	history(fx, NULL, 100, &list);
	assert_int_equal(list.count, 9);
	assert_int_equal(list.items[0].seq, 1);
	assert_int_equal(list.items[8].seq, 9);
	rp_event_list_release(&list);
	/* web's events are 4, 6 and 8: the newest two, oldest first. */
	history(fx, "web", 2, &list);
	assert_int_equal(list.count, 2);
	assert_int_equal(list.items[0].seq, 6);
	assert_int_equal(list.items[1].seq, 8);
	assert_string_equal(list.items[1].kind, "payment");
	rp_event_list_release(&list);
}

/* A page of the trail: the newest events below a sequence number, oldest first. */
static void test_history_page(void **state)
{
	struct fx *fx = *state;
	struct rp_event_list list;

	fill(fx);
	CHECK(fx->db, rp_history_page(fx->db, NULL, 7, 3, &list), RP_OK);
	assert_int_equal(list.count, 3);
	assert_int_equal(list.items[0].seq, 4);
	assert_int_equal(list.items[2].seq, 6);
	rp_event_list_release(&list);
	CHECK(fx->db, rp_history_page(fx->db, NULL, 3, 10, &list), RP_OK);
	assert_int_equal(list.count, 2);
	assert_int_equal(list.items[0].seq, 1);
	rp_event_list_release(&list);
	/* web's events are 4, 6 and 8: below 8, the newest one is 6 */
	CHECK(fx->db, rp_history_page(fx->db, "web", 8, 1, &list), RP_OK);
	assert_int_equal(list.count, 1);
	assert_int_equal(list.items[0].seq, 6);
	rp_event_list_release(&list);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_edit_remove, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascades_and_failures, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_numbered_from_one, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_intact, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_changed_field, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_swapped, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_deleted, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_deleted_first, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_truncated, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_verify_forged_append, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_of_engagement, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_limit, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_page, fx_setup, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
