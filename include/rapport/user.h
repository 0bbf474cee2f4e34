/*
 * rapport/user.h — the accounts of a workspace and how they prove who they
 * are: people of the team (owner, member) and client contacts who use the
 * portal, their passwords, login sessions and API tokens.
 *
 * Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str);
 * session and API tokens are random, handed out once and kept only as hashes,
 * so that a copy of the database lets nobody in.  Adding, disabling and
 * changing an account are audited writes like any other; logging in and out
 * only touch the session table and leave the audit trail alone.
 */
#ifndef RAPPORT_USER_H
#define RAPPORT_USER_H

#include <jansson.h>

#include "rapport/common.h"
#include "rapport/db.h"

enum rp_role {
	RP_ROLE_OWNER,	/* everything, including accounts */
	RP_ROLE_MEMBER, /* every engagement, no accounts */
	RP_ROLE_CLIENT, /* the portal, for the engagements of one client */
};

/* "owner", "member" or "client". */
RP_API const char *rp_role_name(enum rp_role role);
/* Parse a role name; RP_EINVAL (message on nothing: the caller names the
 * field) when it is none of the three. */
RP_API int rp_role_parse(const char *name, enum rp_role *out);

/* An account as read from storage; caller storage, released with
 * rp_user_release. */
struct rp_user {
	int64_t id;
	char *login;
	enum rp_role role;
	int64_t contact;    /* a client contact's number; 0 for the team */
	int64_t client;	    /* that contact's client id; 0 for the team */
	char *client_slug;  /* that client's slug; NULL for the team */
	char *contact_name; /* that contact's name; NULL for the team */
	bool disabled;
	/* Not disabled, and for a client contact: their contact record still
	 * has portal access.  Logins, sessions and tokens need it. */
	bool may_log_in;
	bool has_password;
	char *created_at; /* YYYY-MM-DDTHH:MM:SSZ */
};

RP_API void rp_user_init(struct rp_user *u);
/* Free what the account holds; accepts NULL. */
RP_API void rp_user_release(struct rp_user *u);

/* Longest accepted password, in bytes; the shortest is 8. */
#define RP_PASSWORD_MIN 8
#define RP_PASSWORD_MAX 1024

/*
 * Add an account.  `login` is 1-64 characters of a-z, 0-9, '.', '_', '-',
 * '@'; `role` a role name; `contact` (a contact's number or e-mail address)
 * is required for the client role and refused for the others; `password`
 * may be NULL for an account that only uses API tokens.  RP_EINVAL names
 * the field and the accepted form; RP_ECONFLICT if the login is taken.
 * Audited.  On success *id_out (if not NULL) is the account's number.
 */
RP_API int rp_user_add(struct rp_db *db, const char *login, const char *role, const char *contact,
		       const char *password, int64_t *id_out);
/* Read the account `login` into *out; RP_ENOTFOUND if there is none. */
RP_API int rp_user_get(struct rp_db *db, const char *login, struct rp_user *out);
/* Every account, in login order: *out is an array of *count accounts the
 * caller frees with rp_user_list_free. */
RP_API int rp_user_list(struct rp_db *db, struct rp_user **out, size_t *count);
RP_API void rp_user_list_free(struct rp_user *users, size_t count);
/* Disable the account: its sessions end and its tokens stop working at once.
 * Audited; disabling a disabled account is not an error and writes nothing. */
RP_API int rp_user_disable(struct rp_db *db, const char *login);
/* Set a new password (RP_PASSWORD_MIN..RP_PASSWORD_MAX bytes); the
 * account's sessions end.  Audited. */
RP_API int rp_user_set_password(struct rp_db *db, const char *login, const char *password);

/*
 * Make a new API token for `login`, named `label` (may be NULL).  *token_out
 * is the token, shown once (the caller frees it); only its hash is kept.
 * *id_out (if not NULL) is the token's number, which names it to
 * rp_user_token_revoke.  Audited.
 */
RP_API int rp_user_token_new(struct rp_db *db, const char *login, const char *label,
			     char **token_out, int64_t *id_out);

/* An API token as listed: what names it, never its hash.  Caller storage,
 * freed with rp_token_list_free. */
struct rp_token {
	int64_t id;	  /* its number, counted per workspace, never reused */
	char *label;	  /* NULL when it has none */
	char *created_at; /* YYYY-MM-DDTHH:MM:SSZ */
	char *last_used;  /* YYYY-MM-DD, the day it was last used; NULL if never */
};

/* The API tokens of `login` not revoked (revoked ones are gone; none works
 * while the account is disabled), in number order: *out is an array of
 * *count tokens the caller frees with rp_token_list_free (NULL when there
 * are none).  RP_ENOTFOUND names the login when there is no such account. */
RP_API int rp_user_tokens(struct rp_db *db, const char *login, struct rp_token **out,
			  size_t *count);
/* Free a list from rp_user_tokens; accepts NULL. */
RP_API void rp_token_list_free(struct rp_token *tokens, size_t count);
/*
 * Revoke token `number` of `login`: it stops working at once and leaves the
 * list; its number is not reused.  RP_ENOTFOUND names the login when there
 * is no such account, and the number when the account has no such token.
 * Audited ("revoke", kind "token"): the event holds the login and the
 * label, never a hash.
 */
RP_API int rp_user_token_revoke(struct rp_db *db, const char *login, int64_t number);
/* The account an API token belongs to; RP_ENOTFOUND when the token is
 * unknown or its account may not log in (see may_log_in). */
/* An account as JSON (id, login, role, contact, contact_name, client,
 * has_password, disabled, created_at), as the CLI and the API show it; NULL
 * when out of memory. */
RP_API json_t *rp_user_json(const struct rp_user *u);
/* A token of the account `login` as listed (id, login, label, created_at,
 * last_used): what names it, never its hash. */
RP_API json_t *rp_token_json(const struct rp_token *t, const char *login);

RP_API int rp_token_user(struct rp_db *db, const char *token, struct rp_user *out);

/*
 * Log in: check `password` against the account's hash and open a session
 * lasting `ttl_seconds`.  RP_EAUTH for an unknown login, a wrong password or
 * a disabled account — one answer for all three, and the same time taken,
 * so that logins cannot be probed.  On success *token_out is the session
 * token (the caller frees it) and *user (if not NULL) the account.
 */
RP_API int rp_session_new(struct rp_db *db, const char *login, const char *password,
			  int64_t ttl_seconds, char **token_out, struct rp_user *user);
/* The account of a live session; RP_ENOTFOUND when the token is unknown,
 * expired or its account may not log in. */
RP_API int rp_session_user(struct rp_db *db, const char *token, struct rp_user *out);
/* End a session (log out).  Ending an unknown session is not an error. */
RP_API int rp_session_end(struct rp_db *db, const char *token);

#endif
