/*
 * user-json.c — an account and an API token as JSON, the one shape the
 * command line's --json and the API both show.  Neither ever carries a
 * password hash or a token's hash.
 */
#include <jansson.h>

#include "rapport/user.h"

json_t *rp_user_json(const struct rp_user *u)
{
	return json_pack("{s:I, s:s, s:s, s:o, s:s?, s:s?, s:b, s:b, s:s?}", "id",
			 (json_int_t)u->id, "login", u->login, "role", rp_role_name(u->role),
			 "contact", u->contact ? json_integer((json_int_t)u->contact) : json_null(),
			 "contact_name", u->contact_name, "client", u->client_slug, "has_password",
			 u->has_password, "disabled", u->disabled, "created_at", u->created_at);
}

json_t *rp_token_json(const struct rp_token *t, const char *login)
{
	return json_pack("{s:I, s:s, s:s?, s:s, s:s?}", "id", (json_int_t)t->id, "login", login,
			 "label", t->label, "created_at", t->created_at, "last_used", t->last_used);
}
