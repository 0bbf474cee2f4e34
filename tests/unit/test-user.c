/* Unit tests of the accounts (lib/user.c): adding and validating accounts, password hashing,
 * logging in and its refusals, sessions that expire against the library's clock, API tokens,
 * client accounts scoped to their contact's client, and audit events without secrets. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"

#define PW "correct horse"

/* The stored password hash of `login`, or NULL; the caller frees it. */
static char *stored_hash(struct fx *fx, const char *login)
{
	struct store_stmt *st = NULL;
	char *hash = NULL;

	CHECK(fx->db,
	      db_prepare(fx->db, "SELECT \"password_hash\" FROM \"user\" WHERE \"login\" = ?", &st),
	      RP_OK);
	fx->db->be->bind_text(st, 1, login);
	if (db_step(fx->db, st) == STORE_ROW && !fx->db->be->column_null(st, 0)) {
		hash = strdup(fx->db->be->column_text(st, 0));
	}
	fx->db->be->finalize(st);
	return hash;
}

/* Whether any stored text of the database's audit trail contains `needle`. */
static bool audit_contains(struct fx *fx, const char *needle)
{
	struct rp_event_list list = {NULL, 0};
	bool found = false;

	CHECK(fx->db, rp_history(fx->db, NULL, 0, &list), RP_OK);
	for (size_t i = 0; i < list.count; i++) {
		const struct rp_event *e = &list.items[i];

		found |= (e->before && strstr(e->before, needle)) ||
			 (e->after && strstr(e->after, needle));
	}
	rp_event_list_release(&list);
	return found;
}

static void test_roles(void **state)
{
	enum rp_role r;

	(void)state;
	assert_int_equal(rp_role_parse("client", &r), RP_OK);
	assert_int_equal(r, RP_ROLE_CLIENT);
	assert_string_equal(rp_role_name(RP_ROLE_MEMBER), "member");
	assert_int_equal(rp_role_parse("Owner", &r), RP_EINVAL);
	assert_int_equal(rp_role_parse(NULL, &r), RP_EINVAL);
}

static void test_add_validates(void **state)
{
	struct fx *fx = *state;
	size_t events = count_events(fx);
	int64_t id = 0;

	CHECK(fx->db, rp_user_add(fx->db, "", "owner", NULL, NULL, NULL), RP_EINVAL);
	MSG_HAS(fx->db, "invalid login");
	CHECK(fx->db, rp_user_add(fx->db, "Ana", "owner", NULL, NULL, NULL), RP_EINVAL);
	CHECK(fx->db, rp_user_add(fx->db, "a b", "owner", NULL, NULL, NULL), RP_EINVAL);
	CHECK(fx->db,
	      rp_user_add(fx->db,
			  "a1234567890123456789012345678901234567890123456789012345678901234",
			  "owner", NULL, NULL, NULL),
	      RP_EINVAL);
	CHECK(fx->db, rp_user_add(fx->db, "ana", "boss", NULL, NULL, NULL), RP_EINVAL);
	MSG_HAS(fx->db, "expected owner, member or client");
	CHECK(fx->db, rp_user_add(fx->db, "ana", "client", NULL, NULL, NULL), RP_EINVAL);
	MSG_HAS(fx->db, "needs contact");
	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", "1", NULL, NULL), RP_EINVAL);
	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, "short", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "8 to 1024 bytes");
	assert_int_equal(count_events(fx), events);

	CHECK(fx->db, rp_user_add(fx->db, "ana.b-c_d@x", "owner", NULL, NULL, &id), RP_OK);
	assert_int_equal(id, 1);
	CHECK(fx->db, rp_user_add(fx->db, "ana.b-c_d@x", "member", NULL, NULL, NULL), RP_ECONFLICT);
	MSG_HAS(fx->db, "exists already");
	assert_int_equal(count_events(fx), events + 1);
}

static void test_password_hash(void **state)
{
	struct fx *fx = *state;
	struct rp_user u;
	char *hash;

	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, PW, NULL), RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "bob", "member", NULL, NULL, NULL), RP_OK);
	hash = stored_hash(fx, "ana");
	assert_non_null(hash);
	assert_int_equal(strncmp(hash, "$argon2id$", 10), 0);
	assert_null(strstr(hash, PW));
	assert_false(audit_contains(fx, hash));
	assert_false(audit_contains(fx, PW));
	free(hash);
	assert_null(stored_hash(fx, "bob"));

	rp_user_init(&u);
	CHECK(fx->db, rp_user_get(fx->db, "ana", &u), RP_OK);
	assert_true(u.has_password);
	assert_false(u.disabled);
	assert_int_equal(u.role, RP_ROLE_OWNER);
	assert_int_equal(u.contact, 0);
	assert_null(u.client_slug);
	assert_string_equal(u.created_at, "2026-03-02T00:00:00Z");
	rp_user_release(&u);
	CHECK(fx->db, rp_user_get(fx->db, "nobody", &u), RP_ENOTFOUND);
	MSG_HAS(fx->db, "no user 'nobody'");
}

static void test_login(void **state)
{
	struct fx *fx = *state;
	struct rp_user u, s;
	size_t events;
	char *token = NULL;

	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, PW, NULL), RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "bob", "member", NULL, NULL, NULL), RP_OK);
	events = count_events(fx);
	rp_user_init(&u);
	rp_user_init(&s);

	/* the same answer for a wrong password, an unknown login, no password */
	CHECK(fx->db, rp_session_new(fx->db, "ana", "wrong password", 3600, &token, NULL),
	      RP_EAUTH);
	MSG_HAS(fx->db, "wrong login or password");
	CHECK(fx->db, rp_session_new(fx->db, "nobody", PW, 3600, &token, NULL), RP_EAUTH);
	MSG_HAS(fx->db, "wrong login or password");
	CHECK(fx->db, rp_session_new(fx->db, "bob", "", 3600, &token, NULL), RP_EAUTH);
	CHECK(fx->db, rp_session_new(fx->db, "Not A Login", PW, 3600, &token, NULL), RP_EAUTH);
	assert_null(token);

	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 3600, &token, &u), RP_OK);
	assert_non_null(token);
	assert_int_equal(strncmp(token, "rps_", 4), 0);
	assert_int_equal(strlen(token), 4 + 43);
	assert_string_equal(u.login, "ana");
	CHECK(fx->db, rp_session_user(fx->db, token, &s), RP_OK);
	assert_string_equal(s.login, "ana");
	rp_user_release(&s);
	/* logging in leaves the audit trail alone */
	assert_int_equal(count_events(fx), events);

	CHECK(fx->db, rp_session_user(fx->db, "rps_forged", &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_user(fx->db, "rpt_wrongkind", &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_end(fx->db, token), RP_OK);
	CHECK(fx->db, rp_session_user(fx->db, token, &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_end(fx->db, token), RP_OK);
	free(token);
	rp_user_release(&u);
}

static void test_session_expiry(void **state)
{
	struct fx *fx = *state;
	struct rp_user s;
	char *old = NULL, *fresh = NULL;
	struct store_stmt *st = NULL;

	rp_user_init(&s);
	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, PW, NULL), RP_OK);
	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 86400, &old, NULL), RP_OK);
	CHECK(fx->db, rp_session_user(fx->db, old, &s), RP_OK);
	rp_user_release(&s);
	/* a day later to the second it has expired */
	CHECK(fx->db, rp_db_set_today(fx->db, "2026-03-03"), RP_OK);
	CHECK(fx->db, rp_session_user(fx->db, old, &s), RP_ENOTFOUND);
	MSG_HAS(fx->db, "expired");
	/* a new login clears the expired ones */
	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 86400, &fresh, NULL), RP_OK);
	CHECK(fx->db, db_prepare(fx->db, "SELECT count(*) FROM \"session\"", &st), RP_OK);
	assert_int_equal(db_step(fx->db, st), STORE_ROW);
	assert_int_equal(fx->db->be->column_int(st, 0), 1);
	fx->db->be->finalize(st);
	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 0, &old, NULL), RP_EINVAL);
	free(old);
	free(fresh);
}

static void test_disabled(void **state)
{
	struct fx *fx = *state;
	struct rp_user s;
	char *session = NULL, *token = NULL, *again = NULL;
	size_t events;

	rp_user_init(&s);
	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, PW, NULL), RP_OK);
	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 3600, &session, NULL), RP_OK);
	CHECK(fx->db, rp_user_token_new(fx->db, "ana", NULL, &token, NULL), RP_OK);
	CHECK(fx->db, rp_user_disable(fx->db, "ana"), RP_OK);
	events = count_events(fx);
	CHECK(fx->db, rp_user_disable(fx->db, "ana"), RP_OK);
	assert_int_equal(count_events(fx), events); /* nothing to write */
	CHECK(fx->db, rp_session_user(fx->db, session, &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_token_user(fx->db, token, &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_new(fx->db, "ana", PW, 3600, &again, NULL), RP_EAUTH);
	MSG_HAS(fx->db, "wrong login or password");
	CHECK(fx->db, rp_user_token_new(fx->db, "ana", NULL, &again, NULL), RP_ESTATE);
	CHECK(fx->db, rp_user_get(fx->db, "ana", &s), RP_OK);
	assert_true(s.disabled);
	rp_user_release(&s);
	CHECK(fx->db, rp_user_disable(fx->db, "nobody"), RP_ENOTFOUND);
	assert_null(again);
	free(session);
	free(token);
}

static void test_set_password(void **state)
{
	struct fx *fx = *state;
	struct rp_user s;
	char *session = NULL, *fresh = NULL;

	rp_user_init(&s);
	CHECK(fx->db, rp_user_add(fx->db, "bob", "member", NULL, NULL, NULL), RP_OK);
	CHECK(fx->db, rp_user_set_password(fx->db, "bob", "short"), RP_EINVAL);
	CHECK(fx->db, rp_user_set_password(fx->db, "nobody", PW), RP_ENOTFOUND);
	CHECK(fx->db, rp_user_set_password(fx->db, "bob", PW), RP_OK);
	CHECK(fx->db, rp_session_new(fx->db, "bob", PW, 3600, &session, NULL), RP_OK);
	CHECK(fx->db, rp_user_set_password(fx->db, "bob", "another password"), RP_OK);
	/* the old session ended with the old password */
	CHECK(fx->db, rp_session_user(fx->db, session, &s), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_new(fx->db, "bob", PW, 3600, &fresh, NULL), RP_EAUTH);
	CHECK(fx->db, rp_session_new(fx->db, "bob", "another password", 3600, &fresh, NULL), RP_OK);
	assert_false(audit_contains(fx, "another password"));
	assert_false(audit_contains(fx, "$argon2id$"));
	free(session);
	free(fresh);
}

static void test_tokens(void **state)
{
	struct fx *fx = *state;
	struct rp_user u;
	struct store_stmt *st = NULL;
	char *t1 = NULL, *t2 = NULL;
	size_t events;

	rp_user_init(&u);
	CHECK(fx->db, rp_user_add(fx->db, "ci", "member", NULL, NULL, NULL), RP_OK);
	events = count_events(fx);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", "two\nlines", &t1, NULL), RP_EINVAL);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", "", &t1, NULL), RP_EINVAL);
	CHECK(fx->db, rp_user_token_new(fx->db, "nobody", NULL, &t1, NULL), RP_ENOTFOUND);
	assert_int_equal(count_events(fx), events);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", "deploy", &t1, NULL), RP_OK);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", NULL, &t2, NULL), RP_OK);
	assert_int_equal(count_events(fx), events + 2);
	assert_int_equal(strncmp(t1, "rpt_", 4), 0);
	assert_int_equal(strlen(t1), 4 + 43);
	assert_string_not_equal(t1, t2);
	assert_false(audit_contains(fx, t1 + 4));

	CHECK(fx->db, rp_token_user(fx->db, t1, &u), RP_OK);
	assert_string_equal(u.login, "ci");
	rp_user_release(&u);
	CHECK(fx->db, rp_token_user(fx->db, "rpt_forged", &u), RP_ENOTFOUND);
	CHECK(fx->db, rp_token_user(fx->db, NULL, &u), RP_ENOTFOUND);
	/* a session token is no API token */
	CHECK(fx->db, rp_token_user(fx->db, "rps_forged", &u), RP_ENOTFOUND);

	/* only the hash is stored; the day of last use is noted once a day */
	CHECK(fx->db,
	      db_prepare(fx->db,
			 "SELECT \"token_hash\", \"last_used\", \"label\" FROM \"api_token\" "
			 "ORDER BY \"id\"",
			 &st),
	      RP_OK);
	assert_int_equal(db_step(fx->db, st), STORE_ROW);
	assert_int_equal(strlen(fx->db->be->column_text(st, 0)), 64);
	assert_null(strstr(t1, fx->db->be->column_text(st, 0)));
	assert_string_equal(fx->db->be->column_text(st, 1), TODAY);
	assert_string_equal(fx->db->be->column_text(st, 2), "deploy");
	assert_int_equal(db_step(fx->db, st), STORE_ROW);
	assert_true(fx->db->be->column_null(st, 1));
	fx->db->be->finalize(st);
	free(t1);
	free(t2);
}

static void test_client_scope(void **state)
{
	struct fx *fx = *state;
	struct rp_user *list = NULL;
	struct rp_user u;
	size_t n = 0;
	int64_t globex = 0;

	rp_user_init(&u);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", "slug", "acme", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, &globex, "name", "Globex", "slug", "globex", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "contact", "acme", NULL, "name", "Priya Nair", "email", "priya@acme.example",
		  NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "contact", "globex", NULL, "name", "Hank Scorpio", "email",
		  "hank@globex.example", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "contact", "acme", NULL, "name", "Hank's twin", "email",
		  "HANK@globex.example", NULL),
	      RP_OK);

	CHECK(fx->db, rp_user_add(fx->db, "priya", "client", "PRIYA@acme.example", PW, NULL),
	      RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "hank", "client", "2", NULL, NULL), RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "nobody", "client", "99", NULL, NULL), RP_EINVAL);
	MSG_HAS(fx->db, "no contact '99'");
	CHECK(fx->db, rp_user_add(fx->db, "twin", "client", "hank@globex.example", NULL, NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "ambiguous");

	CHECK(fx->db, rp_user_get(fx->db, "priya", &u), RP_OK);
	assert_int_equal(u.role, RP_ROLE_CLIENT);
	assert_int_equal(u.contact, 1);
	assert_int_equal(u.client, 1);
	assert_string_equal(u.client_slug, "acme");
	assert_string_equal(u.contact_name, "Priya Nair");
	rp_user_release(&u);

	CHECK(fx->db, rp_user_list(fx->db, &list, &n), RP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].login, "hank");
	assert_int_equal(list[0].client, globex);
	assert_string_equal(list[0].client_slug, "globex");
	assert_string_equal(list[1].login, "priya");
	rp_user_list_free(list, n);

	/* a contact with an account cannot be removed from under it */
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_ECONFLICT);
}

/* Set the contact's portal access (its "portal" field). */
static void set_portal(struct fx *fx, const char *contact, const char *value)
{
	struct rp_input *in = rp_input_new();

	assert_non_null(in);
	assert_int_equal(rp_input_add(in, "portal", value), RP_OK);
	CHECK(fx->db, rp_record_edit(fx->db, K("contact"), contact, in), RP_OK);
	rp_input_free(in);
}

/* A client contact whose contact record loses portal access cannot log in,
 * and their open session and tokens stop working at once; a team account
 * has no contact and is not affected. */
static void test_client_needs_portal_access(void **state)
{
	struct fx *fx = *state;
	struct rp_user u;
	char *session = NULL, *token = NULL, *refused = NULL;

	rp_user_init(&u);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", "slug", "acme", NULL), RP_OK);
	CHECK(fx->db,
	      add(fx, "contact", "acme", NULL, "name", "Priya Nair", "email", "priya@acme.example",
		  "portal", "yes", NULL),
	      RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "priya", "client", "1", PW, NULL), RP_OK);
	CHECK(fx->db, rp_user_token_new(fx->db, "priya", NULL, &token, NULL), RP_OK);
	CHECK(fx->db, rp_session_new(fx->db, "priya", PW, 3600, &session, NULL), RP_OK);
	CHECK(fx->db, rp_session_user(fx->db, session, &u), RP_OK);
	assert_true(u.may_log_in);
	rp_user_release(&u);

	set_portal(fx, "1", "no");
	CHECK(fx->db, rp_session_user(fx->db, session, &u), RP_ENOTFOUND);
	CHECK(fx->db, rp_token_user(fx->db, token, &u), RP_ENOTFOUND);
	CHECK(fx->db, rp_session_new(fx->db, "priya", PW, 3600, &refused, NULL), RP_EAUTH);
	assert_null(refused);
	CHECK(fx->db, rp_user_get(fx->db, "priya", &u), RP_OK);
	assert_false(u.disabled);
	assert_false(u.may_log_in);
	rp_user_release(&u);

	set_portal(fx, "1", "yes");
	CHECK(fx->db, rp_token_user(fx->db, token, &u), RP_OK);
	assert_string_equal(u.login, "priya");
	rp_user_release(&u);
	free(session);
	free(token);
}

static void test_token_list_revoke(void **state)
{
	struct fx *fx = *state;
	struct rp_token *list = NULL;
	struct rp_user u;
	char *t1 = NULL, *t2 = NULL, *other = NULL;
	int64_t n1 = 0, n2 = 0, n3 = 0;
	size_t n = 0, events;

	rp_user_init(&u);
	CHECK(fx->db, rp_user_add(fx->db, "ci", "member", NULL, NULL, NULL), RP_OK);
	CHECK(fx->db, rp_user_add(fx->db, "ana", "owner", NULL, NULL, NULL), RP_OK);
	CHECK(fx->db, rp_user_tokens(fx->db, "ci", &list, &n), RP_OK);
	assert_int_equal(n, 0);
	rp_token_list_free(list, n);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", "calendar", &t1, &n1), RP_OK);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", NULL, &t2, &n2), RP_OK);
	CHECK(fx->db, rp_user_token_new(fx->db, "ana", NULL, &other, &n3), RP_OK);
	assert_int_equal(n1, 1);
	assert_int_equal(n2, 2);
	assert_int_equal(n3, 3);
	CHECK(fx->db, rp_token_user(fx->db, t1, &u), RP_OK); /* notes the day of use */
	rp_user_release(&u);

	CHECK(fx->db, rp_user_tokens(fx->db, "ci", &list, &n), RP_OK);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].id, 1);
	assert_string_equal(list[0].label, "calendar");
	assert_string_equal(list[0].last_used, TODAY);
	assert_int_equal(list[1].id, 2);
	assert_null(list[1].label);
	assert_null(list[1].last_used);
	assert_non_null(list[1].created_at);
	rp_token_list_free(list, n);
	CHECK(fx->db, rp_user_tokens(fx->db, "nobody", &list, &n), RP_ENOTFOUND);

	/* refusals write nothing; another account's token is not this one's */
	events = count_events(fx);
	CHECK(fx->db, rp_user_token_revoke(fx->db, "ci", 9), RP_ENOTFOUND);
	assert_non_null(strstr(rp_db_errmsg(fx->db), "no token 9 of user 'ci'"));
	CHECK(fx->db, rp_user_token_revoke(fx->db, "ci", n3), RP_ENOTFOUND);
	CHECK(fx->db, rp_user_token_revoke(fx->db, "nobody", 1), RP_ENOTFOUND);
	assert_int_equal(count_events(fx), events);

	CHECK(fx->db, rp_user_token_revoke(fx->db, "ci", n1), RP_OK);
	assert_int_equal(count_events(fx), events + 1);
	CHECK(fx->db, rp_token_user(fx->db, t1, &u), RP_ENOTFOUND);
	CHECK(fx->db, rp_token_user(fx->db, t2, &u), RP_OK);
	rp_user_release(&u);
	CHECK(fx->db, rp_user_token_revoke(fx->db, "ci", n1), RP_ENOTFOUND);
	CHECK(fx->db, rp_user_tokens(fx->db, "ci", &list, &n), RP_OK);
	assert_int_equal(n, 1);
	assert_int_equal(list[0].id, 2);
	rp_token_list_free(list, n);
	assert_true(audit_contains(fx, "\"label\":\"calendar\""));
	assert_false(audit_contains(fx, t1 + 4));

	/* a revoked number is not handed out again */
	free(t1);
	CHECK(fx->db, rp_user_token_new(fx->db, "ci", NULL, &t1, &n1), RP_OK);
	assert_int_equal(n1, 4);
	free(t1);
	free(t2);
	free(other);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles),
		cmocka_unit_test_setup_teardown(test_add_validates, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_password_hash, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_login, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_session_expiry, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_disabled, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_set_password, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_tokens, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_client_scope, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_client_needs_portal_access, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_token_list_revoke, fx_setup, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
