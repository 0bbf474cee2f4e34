/*
 * api-meta.c — the API about itself and its accounts: the OpenAPI document,
 * who is asking (/api/v1/me) and, for the owner, the accounts and their API
 * tokens.
 *
 * Passwords and tokens pass through here only: a token is shown once in the
 * answer that makes it, and neither is ever written back in a response.  A
 * token is listed and revoked by its number, never by its hash.  Accounts and
 * tokens have the library's JSON (rp_user_json, rp_token_json), the same as
 * the command line's --json.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

int api_openapi_doc(struct request *rq, struct response *rs)
{
	(void)rq;
	rs->status = 200;
	rs->type = "application/json";
	rs->static_body = api_openapi;
	rs->static_len = strlen(api_openapi);
	return RP_OK;
}

int api_me(struct request *rq, struct response *rs)
{
	json_t *me = rp_user_json(&rq->user);

	/* A browser session needs its CSRF token for X-CSRF-Token. */
	if (me && rq->session) {
		json_object_set_new(me, "csrf_token", json_string(rq->csrf));
	}
	if (me) {
		json_object_set_new(me, "authenticated_by",
				    json_string(rq->by_token ? "token" : "session"));
	}
	return response_json(rs, 200, me);
}

int api_users_list(struct request *rq, struct response *rs)
{
	struct rp_user *users = NULL;
	size_t n = 0, i;
	json_t *items;
	int rc = rp_user_list(rq->db, &users, &n);

	if (rc) {
		return api_fail(rq, rs, rc, NULL);
	}
	items = json_array();
	for (i = 0; items && i < n; i++) {
		json_array_append_new(items, rp_user_json(&users[i]));
	}
	rp_user_list_free(users, n);
	return api_page_answer(rq, rs, items, NULL);
}

/* A member of the body that must be a string, or absent when optional. */
static int text_member(struct response *rs, json_t *body, const char *key, bool required,
		       const char *form, const char **out)
{
	json_t *v = json_object_get(body, key);

	*out = NULL;
	if (!v && !required) {
		return 0;
	}
	if (json_is_integer(v) && !strcmp(key, "contact")) {
		return 1; /* a contact's number: the caller formats it */
	}
	if (!json_is_string(v)) {
		api_invalid(rs, key, "%s %s (expected %s)", v ? "invalid" : "missing", key, form);
		return -1;
	}
	*out = json_string_value(v);
	return 0;
}

/* The member of `names` a failure's message is about ("... for role ("),
 * for messages that do not name their field on the handle. */
static const char *member_named(struct request *rq, const char *const *names)
{
	const char *msg = rp_db_errmsg(rq->db), *p;

	for (; *names; names++) {
		size_t n = strlen(*names);

		for (p = strstr(msg, *names); p; p = strstr(p + 1, *names)) {
			if ((p == msg || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
				return *names;
			}
		}
	}
	return NULL;
}

int api_users_add(struct request *rq, struct response *rs)
{
	static const char *const members[] = {"login", "role", "contact", "password", NULL};
	json_t *body = api_body(rq, rs, false), *v;
	const char *login, *role, *contact, *password, *key;
	char number[24];
	struct rp_user u;
	size_t i;
	int rc = RP_OK, c;

	rp_user_init(&u);
	if (!body) {
		goto out;
	}
	json_object_foreach(body, key, v)
	{
		for (i = 0; members[i] && strcmp(members[i], key); i++) {
		}
		if (!members[i]) {
			api_invalid(rs, key,
				    "an account has no field '%s' (expected login, role, "
				    "contact, password)",
				    key);
			goto out;
		}
	}
	if (text_member(rs, body, "login", true, "1 to 64 of a-z, 0-9, '.', '_', '-', '@'",
			&login) ||
	    text_member(rs, body, "role", true, "owner, member or client", &role) ||
	    (c = text_member(rs, body, "contact", false, "a contact's number or e-mail address",
			     &contact)) < 0 ||
	    text_member(rs, body, "password", false, "8 to 1024 bytes", &password)) {
		goto out;
	}
	if (c == 1) {
		snprintf(number, sizeof(number), "%lld",
			 (long long)json_integer_value(json_object_get(body, "contact")));
		contact = number;
	}
	rc = rp_user_add(rq->db, login, role, contact, password, NULL);
	if (!rc) {
		rc = rp_user_get(rq->db, login, &u);
	}
	if (rc) {
		rc = api_fail(rq, rs, rc, rc == RP_ECONFLICT ? "login" : member_named(rq, members));
		goto out;
	}
	rc = response_json(rs, 201, rp_user_json(&u));
out:
	rp_user_release(&u);
	json_decref(body);
	return rc;
}

int api_user_disable(struct request *rq, struct response *rs)
{
	struct rp_user u;
	int rc = rp_user_disable(rq->db, rq->params[0]);

	rp_user_init(&u);
	if (!rc) {
		rc = rp_user_get(rq->db, rq->params[0], &u);
	}
	rc = rc ? api_fail(rq, rs, rc, NULL) : response_json(rs, 200, rp_user_json(&u));
	rp_user_release(&u);
	return rc;
}

int api_user_token(struct request *rq, struct response *rs)
{
	json_t *body = api_body(rq, rs, true), *label;
	char *token = NULL;
	int64_t id = 0;
	int rc = RP_OK;

	if (!body) {
		return RP_OK;
	}
	label = json_object_get(body, "label");
	if ((label && !json_is_string(label)) || json_object_size(body) != (label ? 1u : 0u)) {
		api_invalid(rs, label ? "label" : NULL,
			    "a token takes only {\"label\": \"what it is for\"}");
		goto out;
	}
	rc = rp_user_token_new(rq->db, rq->params[0], json_string_value(label), &token, &id);
	if (rc) {
		rc = api_fail(rq, rs, rc, NULL);
		goto out;
	}
	rc = response_json(rs, 201,
			   json_pack("{s:I, s:s, s:s?, s:s}", "id", (json_int_t)id, "login",
				     rq->params[0], "label", json_string_value(label), "token",
				     token));
	sodium_memzero(token, strlen(token));
out:
	free(token);
	json_decref(body);
	return rc;
}

int api_user_tokens(struct request *rq, struct response *rs)
{
	struct rp_token *tokens = NULL;
	size_t n = 0, i;
	json_t *items;
	int rc = rp_user_tokens(rq->db, rq->params[0], &tokens, &n);

	if (rc) {
		return api_fail(rq, rs, rc, rc == RP_ENOTFOUND ? "login" : NULL);
	}
	items = json_array();
	for (i = 0; items && i < n; i++) {
		if (json_array_append_new(items, rp_token_json(&tokens[i], rq->params[0]))) {
			json_decref(items);
			items = NULL;
		}
	}
	rp_token_list_free(tokens, n);
	if (!items) {
		return response_problem(rs, 500, "internal error", "out of memory", NULL), RP_OK;
	}
	return api_page_answer(rq, rs, items, NULL);
}

/* The token number in `text` (a whole number from 1), or -1 when it is not
 * one (the request is then answered 422 naming "id"). */
static int64_t token_number(struct response *rs, const char *text, const char *login)
{
	const char *p;
	int64_t n = 0;

	/* at most 18 digits: the number cannot overflow */
	for (p = text; *p >= '0' && *p <= '9' && p - text < 18; p++) {
		n = n * 10 + (*p - '0');
	}
	if (*p || n < 1) {
		api_invalid(rs, "id",
			    "invalid token number '%s' for id (expected a number from "
			    "GET /api/v1/users/%s/tokens, such as 3)",
			    text, login);
		return -1;
	}
	return n;
}

int api_user_token_revoke(struct request *rq, struct response *rs)
{
	int64_t number = token_number(rs, rq->params[1], rq->params[0]);
	struct rp_user u;
	int rc;

	if (number < 0) {
		return RP_OK;
	}
	/* The account first, so that a 404 names the login or the token. */
	rp_user_init(&u);
	rc = rp_user_get(rq->db, rq->params[0], &u);
	rp_user_release(&u);
	if (rc) {
		return api_fail(rq, rs, rc, rc == RP_ENOTFOUND ? "login" : NULL);
	}
	rc = rp_user_token_revoke(rq->db, rq->params[0], number);
	if (rc) {
		return api_fail(rq, rs, rc, rc == RP_ENOTFOUND ? "id" : NULL);
	}
	rs->status = 204;
	return RP_OK;
}
