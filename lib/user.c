/*
 * user.c — the accounts of a workspace, their API tokens and their login
 * sessions (include/rapport/user.h).
 *
 * Invariants: a password is kept only as its Argon2id string and a token only
 * as the SHA-256 hex of the whole token, prefix included; a token is handed to
 * the caller once and never stored.  Adding an account, disabling it, setting
 * its password and making a token are each one transaction with its audit
 * event, whose before/after name the account by login and never hold a hash
 * or a token (events are exported and shown by "rapport history").  Logging
 * in and out and a token's last use are not audited.
 */
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "rapport/user.h"
#include "user-io.h"

#define TOKEN_BYTES    32
#define TOKEN_PREFIX   "rpt_" /* an API token */
#define SESSION_PREFIX "rps_" /* a login session */
#define LOGIN_MAX      64
#define LABEL_MAX      100
#define HASH_HEX       (crypto_hash_sha256_BYTES * 2 + 1)

/*
 * A login that does not exist, or has no password, is checked against this
 * hash all the same (made once with crypto_pwhash_str and the same limits as
 * every password, of a random password nobody knows), so that a wrong login
 * takes as long as a wrong password.
 */
static const char dummy_hash[crypto_pwhash_STRBYTES] =
	"$argon2id$v=19$m=65536,t=2,p=1$TWKdSll0aeWTWmZV78BJWA$"
	"bIiWsG3jF8ygLcBZluCqBfd8aUrj7kxwxdIQNdSw7bI";

static const char *const role_names[] = {"owner", "member", "client"};

const char *rp_role_name(enum rp_role role)
{
	return (unsigned)role < 3 ? role_names[role] : "unknown";
}

int rp_role_parse(const char *name, enum rp_role *out)
{
	for (int i = 0; name && i < 3; i++) {
		if (!strcmp(name, role_names[i])) {
			*out = (enum rp_role)i;
			return RP_OK;
		}
	}
	return RP_EINVAL;
}

void rp_user_init(struct rp_user *u)
{
	memset(u, 0, sizeof(*u));
}

void rp_user_release(struct rp_user *u)
{
	if (!u) {
		return;
	}
	free(u->login);
	free(u->client_slug);
	free(u->contact_name);
	free(u->created_at);
	rp_user_init(u);
}

void rp_user_list_free(struct rp_user *users, size_t count)
{
	for (size_t i = 0; users && i < count; i++) {
		rp_user_release(&users[i]);
	}
	free(users);
}

/* ---- checks and hashing ------------------------------------------------- */

/* The name of an argument in messages: its flag on the command line. */
static const char *label_of(const struct rp_db *db, const char *flag, const char *name)
{
	return db->flag_names ? flag : name;
}

static int need_sodium(struct rp_db *db)
{
	if (sodium_init() < 0) {
		return rp_db_fail(db, RP_ESTORE, "cannot start libsodium");
	}
	return RP_OK;
}

bool user_login_valid(const char *login)
{
	size_t n = login ? strlen(login) : 0;

	return n >= 1 && n <= LOGIN_MAX &&
	       strspn(login, "abcdefghijklmnopqrstuvwxyz0123456789._-@") == n;
}

bool user_label_valid(const char *label)
{
	size_t n = strlen(label), i;

	for (i = 0; i < n && (unsigned char)label[i] >= 0x20 && label[i] != 0x7f; i++) {
	}
	return n >= 1 && n <= LABEL_MAX && i == n;
}

static int check_login(struct rp_db *db, const char *login)
{
	if (!user_login_valid(login)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid login '%s' (expected 1 to %d characters of a-z, 0-9, "
				  "'.', '_', '-' and '@')",
				  login ? login : "", LOGIN_MAX);
	}
	return RP_OK;
}

static int check_password(struct rp_db *db, const char *password)
{
	size_t n = strlen(password);

	if (n < RP_PASSWORD_MIN || n > RP_PASSWORD_MAX) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid password for %s (expected %d to %d bytes)",
				  label_of(db, "--password-stdin", "password"), RP_PASSWORD_MIN,
				  RP_PASSWORD_MAX);
	}
	return RP_OK;
}

static int check_label(struct rp_db *db, const char *label)
{
	if (!user_label_valid(label)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid label for %s (expected 1 to %d characters on one line)",
				  label_of(db, "--label", "label"), LABEL_MAX);
	}
	return RP_OK;
}

/* Check a new password and hash it (slow: before any write lock). */
static int hash_password(struct rp_db *db, const char *password, char out[crypto_pwhash_STRBYTES])
{
	int rc = check_password(db, password);

	if (!rc) {
		rc = need_sodium(db);
	}

	if (!rc &&
	    crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
			      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		rc = rp_db_fail(db, RP_ENOMEM, "cannot hash the password: out of memory");
	}
	return rc;
}

static void token_hash(const char *token, char out[HASH_HEX])
{
	unsigned char digest[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(digest, (const unsigned char *)token, strlen(token));
	sodium_bin2hex(out, HASH_HEX, digest, sizeof(digest));
}

/* A new random token with its prefix, and its hash. */
static int token_make(struct rp_db *db, const char *prefix, char **token, char hash[HASH_HEX])
{
	unsigned char raw[TOKEN_BYTES];
	char b64[sodium_base64_ENCODED_LEN(TOKEN_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
	struct rp_buf b;
	int rc = need_sodium(db);

	if (rc) {
		return rc;
	}
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(b64, sizeof(b64), raw, sizeof(raw),
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
	rp_buf_init(&b);
	if (rp_buf_printf(&b, "%s%s", prefix, b64) || !(*token = rp_buf_detach(&b))) {
		rp_buf_release(&b);
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	sodium_memzero(b64, sizeof(b64));
	token_hash(*token, hash);
	return RP_OK;
}

/* ---- reading accounts --------------------------------------------------- */

/* The columns user_from_row reads, and the joins that name a client
 * contact's client; column 10 is the caller's extra column. */
#define USER_COLUMNS                                                                               \
	"u.\"id\", u.\"login\", u.\"role\", u.\"contact_id\", k.\"id\", k.\"slug\", c.\"name\", "  \
	"u.\"disabled\", CASE WHEN u.\"password_hash\" IS NULL THEN 0 ELSE 1 END, "                \
	"u.\"created_at\", CASE WHEN u.\"role\" <> 'client' OR c.\"portal\" <> 0 THEN 1 ELSE 0 "   \
	"END"
#define USER_JOINS                                                                                 \
	" LEFT JOIN \"contact\" c ON c.\"workspace_id\" = u.\"workspace_id\" AND c.\"id\" = "      \
	"u.\"contact_id\" LEFT JOIN \"client\" k ON k.\"workspace_id\" = c.\"workspace_id\" AND "  \
	"k.\"id\" = c.\"client_id\""

static int dup_col(struct rp_db *db, struct store_stmt *st, int col, char **out)
{
	if (db->be->column_null(st, col)) {
		*out = NULL;
		return RP_OK;
	}
	*out = strdup(db->be->column_text(st, col));
	return *out ? RP_OK : RP_ENOMEM;
}

static int user_from_row(struct rp_db *db, struct store_stmt *st, struct rp_user *u)
{
	int rc;

	rp_user_init(u);
	u->id = db->be->column_int(st, 0);
	rc = dup_col(db, st, 1, &u->login);
	if (!rc && rp_role_parse(db->be->column_text(st, 2), &u->role)) {
		rc = rp_db_fail(db, RP_ESTORE, "user %lld has an unknown role '%s'",
				(long long)u->id, db->be->column_text(st, 2));
	}
	u->contact = db->be->column_null(st, 3) ? 0 : db->be->column_int(st, 3);
	u->client = db->be->column_null(st, 4) ? 0 : db->be->column_int(st, 4);
	if (!rc) {
		rc = dup_col(db, st, 5, &u->client_slug);
	}
	if (!rc) {
		rc = dup_col(db, st, 6, &u->contact_name);
	}
	u->disabled = db->be->column_int(st, 7) != 0;
	u->has_password = db->be->column_int(st, 8) != 0;
	if (!rc) {
		rc = dup_col(db, st, 9, &u->created_at);
	}
	u->may_log_in = !u->disabled && db->be->column_int(st, 10) != 0;
	if (rc) {
		rp_user_release(u);
		return rc == RP_ENOMEM ? rp_db_fail(db, rc, "out of memory") : rc;
	}
	return RP_OK;
}

/*
 * The one account `sql` selects (USER_COLUMNS, then an optional extra column
 * copied to *extra) with the workspace, `key` and, if `now` >= 0, the clock
 * bound.  RP_ENOTFOUND without a message when there is none.
 */
static int user_one(struct rp_db *db, const char *sql, const char *key, int64_t now,
		    struct rp_user *out, char **extra)
{
	struct store_stmt *st = NULL;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	rc = db_prepare(db, sql, &st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_text(st, 2, key);
	if (now >= 0) {
		db->be->bind_int(st, 3, now);
	}
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = extra && dup_col(db, st, 11, extra)
			     ? rp_db_fail(db, RP_ENOMEM, "out of memory")
			     : RP_OK;
		if (!rc) {
			rc = user_from_row(db, st, out);
		}
		if (rc && extra) {
			free(*extra);
			*extra = NULL;
		}
	} else if (rc == STORE_DONE) {
		rc = RP_ENOTFOUND;
	}
	db->be->finalize(st);
	return rc;
}

/* The account `login` with its password hash (NULL when it has none). */
static int user_by_login(struct rp_db *db, const char *login, struct rp_user *out, char **hash)
{
	return user_one(db,
			"SELECT " USER_COLUMNS ", u.\"password_hash\" FROM \"user\" u" USER_JOINS
			" WHERE u.\"workspace_id\" = ? AND u.\"login\" = ?",
			login, -1, out, hash);
}

static int no_user(struct rp_db *db, const char *login)
{
	return rp_db_fail(db, RP_ENOTFOUND, "no user '%s' (see 'rapport user list')", login);
}

int rp_user_get(struct rp_db *db, const char *login, struct rp_user *out)
{
	char *hash = NULL;
	int rc = user_by_login(db, login, out, &hash);

	free(hash);
	return rc == RP_ENOTFOUND ? no_user(db, login) : rc;
}

int rp_user_list(struct rp_db *db, struct rp_user **out, size_t *count)
{
	struct store_stmt *st = NULL;
	struct rp_user *list = NULL;
	size_t n = 0, cap = 0;
	int rc;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	rc = db_prepare(db,
			"SELECT " USER_COLUMNS " FROM \"user\" u" USER_JOINS
			" WHERE u.\"workspace_id\" = ? ORDER BY u.\"login\"",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct rp_user *grown = realloc(list, ncap * sizeof(*grown));

			if (!grown) {
				rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
				break;
			}
			list = grown;
			cap = ncap;
		}
		rc = user_from_row(db, st, &list[n]);
		if (rc) {
			break;
		}
		n++;
	}
	db->be->finalize(st);
	if (rc != STORE_DONE) {
		rp_user_list_free(list, n);
		return rc;
	}
	*out = list;
	*count = n;
	return RP_OK;
}

/* ---- writing accounts --------------------------------------------------- */

/* Append an audit event of an account; `before`/`after` are packed objects
 * (NULL for none), taken over. */
static int audit_user(struct rp_db *db, const char *action, const char *kind, int64_t id,
		      json_t *before, json_t *after)
{
	char *b = before ? json_dumps(before, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
	char *a = after ? json_dumps(after, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
	int rc;

	if ((before && !b) || (after && !a) || (!before && !after)) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	} else {
		rc = audit_append_event(db, action, kind, id, 0, b, a);
	}
	json_decref(before);
	json_decref(after);
	free(b);
	free(a);
	return rc;
}

/* What --contact names, for messages about it. */
static const struct rp_field contact_field = {
	.name = "contact", .flag = "contact", .type = RP_T_CONTACT};

static int check_role_contact(struct rp_db *db, const char *role, const char *contact,
			      enum rp_role *r)
{
	if (rp_role_parse(role, r)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid role '%s' for %s (expected owner, member or client)",
				  role ? role : "", label_of(db, "--role", "role"));
	}
	if (*r == RP_ROLE_CLIENT && (!contact || !*contact)) {
		return rp_db_fail(db, RP_EINVAL,
				  "a client account needs %s (a contact's number or e-mail "
				  "address)",
				  label_of(db, "--contact", "contact"));
	}
	if (*r != RP_ROLE_CLIENT && contact) {
		return rp_db_fail(db, RP_EINVAL,
				  "%s is for client accounts only (the %s role is for the team)",
				  label_of(db, "--contact", "contact"), role);
	}
	return RP_OK;
}

static int insert_user(struct rp_db *db, int64_t id, const char *login, enum rp_role role,
		       int64_t contact, const char *hash)
{
	struct store_stmt *st = NULL;
	char at[RP_DATETIME_BUFSZ];
	int rc;

	rc = db_prepare(db,
			"INSERT INTO \"user\" (\"workspace_id\", \"id\", \"login\", \"role\", "
			"\"contact_id\", \"password_hash\", \"disabled\", \"created_at\") VALUES "
			"(?, ?, ?, ?, ?, ?, 0, ?)",
			&st);
	if (rc) {
		return rc;
	}
	rp_datetime_format(clock_now(db), at);
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, id);
	db->be->bind_text(st, 3, login);
	db->be->bind_text(st, 4, rp_role_name(role));
	if (contact) {
		db->be->bind_int(st, 5, contact);
	} else {
		db->be->bind_null(st, 5);
	}
	if (hash) {
		db->be->bind_text(st, 6, hash);
	} else {
		db->be->bind_null(st, 6);
	}
	db->be->bind_text(st, 7, at);
	rc = db_step(db, st);
	db->be->finalize(st);
	return rc < 0 ? rc : RP_OK;
}

int rp_user_add(struct rp_db *db, const char *login, const char *role, const char *contact,
		const char *password, int64_t *id_out)
{
	char hash[crypto_pwhash_STRBYTES];
	struct rp_user u;
	enum rp_role r = RP_ROLE_OWNER;
	int64_t id = 0, contact_id = 0;
	int rc;

	rp_user_init(&u);
	rc = check_login(db, login);
	if (!rc) {
		rc = check_role_contact(db, role, contact, &r);
	}
	if (!rc && password) {
		rc = hash_password(db, password, hash);
	}
	if (rc) {
		return rc;
	}
	rc = tx_begin(db);
	if (rc) {
		goto out;
	}
	if (contact) {
		rc = field_find_contact(db, &contact_field, NULL, 0, contact, &contact_id);
	}
	if (!rc) {
		/* a lookup that finds nothing leaves the transaction alone */
		rc = user_by_login(db, login, &u, NULL);
		rc = rc == RP_ENOTFOUND ? RP_OK
		     : rc		? rc
			  : rp_db_fail(db, RP_ECONFLICT, "user '%s' exists already", login);
	}
	if (!rc) {
		rc = db_next_number(db, "user", &id);
	}
	if (!rc) {
		rc = insert_user(db, id, login, r, contact_id, password ? hash : NULL);
	}
	if (!rc) {
		rc = audit_user(db, "add", "user", id, NULL,
				json_pack("{s:s, s:s, s:o, s:b}", "login", login, "role",
					  rp_role_name(r), "contact",
					  contact_id ? json_integer(contact_id) : json_null(),
					  "has_password", password != NULL));
	}
	rc = tx_end(db, rc);
	if (!rc && id_out) {
		*id_out = id;
	}
out:
	rp_user_release(&u);
	sodium_memzero(hash, sizeof(hash));
	return rc;
}

/* Run one statement that writes, its parameters bound in this order: `set`
 * (a value to store) when not NULL, the workspace, then `key` (a token's
 * hash) when not NULL, else `id` (an account's or a token's number, an
 * instant). */
static int exec_write(struct rp_db *db, const char *sql, const char *set, const char *key,
		      int64_t id)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(db, sql, &st);
	int col = 1;

	if (!rc) {
		if (set) {
			db->be->bind_text(st, col++, set);
		}
		db->be->bind_int(st, col++, db->workspace);
		if (key) {
			db->be->bind_text(st, col, key);
		} else {
			db->be->bind_int(st, col, id);
		}
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

int rp_user_disable(struct rp_db *db, const char *login)
{
	struct rp_user u;
	int rc;

	rp_user_init(&u);
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = rp_user_get(db, login, &u);
	if (!rc && u.disabled) {
		rp_user_release(&u);
		return tx_end(db, RP_OK); /* no change, no event */
	}
	if (!rc) {
		rc = exec_write(
			db,
			"UPDATE \"user\" SET \"disabled\" = 1 WHERE \"workspace_id\" = ? AND "
			"\"id\" = ?",
			NULL, NULL, u.id);
	}
	if (!rc) {
		rc = exec_write(
			db,
			"DELETE FROM \"session\" WHERE \"workspace_id\" = ? AND \"user_id\" "
			"= ?",
			NULL, NULL, u.id);
	}
	if (!rc) {
		rc = audit_user(db, "disable", "user", u.id,
				json_pack("{s:s, s:b}", "login", login, "disabled", 0),
				json_pack("{s:s, s:b}", "login", login, "disabled", 1));
	}
	rp_user_release(&u);
	return tx_end(db, rc);
}

int rp_user_set_password(struct rp_db *db, const char *login, const char *password)
{
	char hash[crypto_pwhash_STRBYTES];
	struct rp_user u;
	int rc;

	rp_user_init(&u);
	rc = hash_password(db, password, hash);
	if (rc) {
		return rc;
	}
	rc = tx_begin(db);
	if (rc) {
		goto out;
	}
	rc = rp_user_get(db, login, &u);
	if (!rc) {
		rc = exec_write(db,
				"UPDATE \"user\" SET \"password_hash\" = ? WHERE "
				"\"workspace_id\" = ? AND \"id\" = ?",
				hash, NULL, u.id);
	}
	/* whoever logged in with the old password is logged out */
	if (!rc) {
		rc = exec_write(
			db,
			"DELETE FROM \"session\" WHERE \"workspace_id\" = ? AND \"user_id\" "
			"= ?",
			NULL, NULL, u.id);
	}
	if (!rc) {
		rc = audit_user(db, "passwd", "user", u.id,
				json_pack("{s:s, s:s}", "login", login, "password",
					  u.has_password ? "set" : "none"),
				json_pack("{s:s, s:s}", "login", login, "password", "changed"));
	}
	rc = tx_end(db, rc);
out:
	rp_user_release(&u);
	sodium_memzero(hash, sizeof(hash));
	return rc;
}

/* ---- API tokens --------------------------------------------------------- */

int rp_user_token_new(struct rp_db *db, const char *login, const char *label, char **token_out,
		      int64_t *id_out)
{
	char hash[HASH_HEX], at[RP_DATETIME_BUFSZ];
	struct store_stmt *st = NULL;
	struct rp_user u;
	char *token = NULL;
	int64_t id = 0;
	int rc;

	rp_user_init(&u);
	rc = label ? check_label(db, label) : RP_OK;
	if (rc) {
		return rc;
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = rp_user_get(db, login, &u);
	if (!rc && u.disabled) {
		rc = rp_db_fail(db, RP_ESTATE, "user '%s' is disabled; it cannot have new tokens",
				login);
	}
	if (!rc) {
		rc = db_next_number(db, "token", &id);
	}
	if (!rc) {
		rc = token_make(db, TOKEN_PREFIX, &token, hash);
	}
	if (!rc) {
		rc = db_prepare(
			db,
			"INSERT INTO \"api_token\" (\"workspace_id\", \"id\", \"user_id\", "
			"\"label\", \"token_hash\", \"created_at\") VALUES (?, ?, ?, ?, ?, ?)",
			&st);
	}
	if (!rc) {
		rp_datetime_format(clock_now(db), at);
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, id);
		db->be->bind_int(st, 3, u.id);
		if (label) {
			db->be->bind_text(st, 4, label);
		} else {
			db->be->bind_null(st, 4);
		}
		db->be->bind_text(st, 5, hash);
		db->be->bind_text(st, 6, at);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	if (!rc) {
		rc = audit_user(db, "add", "token", id, NULL,
				json_pack("{s:s, s:s?}", "login", login, "label", label));
	}
	rc = tx_end(db, rc);
	rp_user_release(&u);
	if (rc) {
		free(token);
		return rc;
	}
	*token_out = token;
	if (id_out) {
		*id_out = id;
	}
	return RP_OK;
}

/* Note the day a token was last used, at most once a day, so that using a
 * token stays a read on most requests.  Best effort: a failure to note it
 * does not refuse the token. */
static void token_note_use(struct rp_db *db, const char *hash, const char *last_used)
{
	char today[RP_DATE_BUFSZ];

	rp_date_format(clock_today(db), today);
	if (last_used && !strcmp(last_used, today)) {
		return;
	}
	if (rp_db_begin(db)) {
		return;
	}
	tx_end(db,
	       exec_write(db,
			  "UPDATE \"api_token\" SET \"last_used\" = ? WHERE \"workspace_id\" = ? "
			  "AND \"token_hash\" = ?",
			  today, hash, 0));
}

int rp_token_user(struct rp_db *db, const char *token, struct rp_user *out)
{
	char hash[HASH_HEX] = "";
	char *last_used = NULL;
	struct rp_user u;
	int rc = RP_ENOTFOUND;

	if (token && !strncmp(token, TOKEN_PREFIX, strlen(TOKEN_PREFIX))) {
		token_hash(token, hash);
		rc = user_one(
			db,
			"SELECT " USER_COLUMNS ", t.\"last_used\" FROM \"api_token\" t JOIN "
			"\"user\" u ON u.\"workspace_id\" = t.\"workspace_id\" AND u.\"id\" = "
			"t.\"user_id\"" USER_JOINS
			" WHERE t.\"workspace_id\" = ? AND t.\"token_hash\" = ?",
			hash, -1, &u, &last_used);
	}
	if (!rc && !u.may_log_in) {
		rp_user_release(&u);
		rc = RP_ENOTFOUND;
	}
	if (rc == RP_ENOTFOUND) {
		free(last_used);
		return rp_db_fail(db, rc, "unknown token, or its account is disabled");
	}
	if (!rc) {
		token_note_use(db, hash, last_used);
		*out = u;
	}
	free(last_used);
	return rc;
}

void rp_token_list_free(struct rp_token *tokens, size_t count)
{
	for (size_t i = 0; tokens && i < count; i++) {
		free(tokens[i].label);
		free(tokens[i].created_at);
		free(tokens[i].last_used);
	}
	free(tokens);
}

/* Read the rows of `st` (id, label, created_at, last_used) into a list. */
static int token_rows(struct rp_db *db, struct store_stmt *st, struct rp_token **out, size_t *count)
{
	struct rp_token *list = NULL;
	size_t n = 0, cap = 0;
	int rc;

	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			struct rp_token *grown = realloc(list, ncap * sizeof(*grown));

			if (!grown) {
				rc = RP_ENOMEM;
				break;
			}
			list = grown;
			cap = ncap;
		}
		memset(&list[n], 0, sizeof(list[n]));
		list[n].id = db->be->column_int(st, 0);
		n++;
		if (dup_col(db, st, 1, &list[n - 1].label) ||
		    dup_col(db, st, 2, &list[n - 1].created_at) ||
		    dup_col(db, st, 3, &list[n - 1].last_used)) {
			rc = RP_ENOMEM;
			break;
		}
	}
	if (rc != STORE_DONE) {
		rp_token_list_free(list, n);
		return rc == RP_ENOMEM ? rp_db_fail(db, rc, "out of memory") : rc;
	}
	*out = list;
	*count = n;
	return RP_OK;
}

int rp_user_tokens(struct rp_db *db, const char *login, struct rp_token **out, size_t *count)
{
	struct store_stmt *st = NULL;
	struct rp_user u;
	int rc;

	rp_user_init(&u);
	rc = rp_user_get(db, login, &u);
	if (!rc) {
		rc = db_prepare(db,
				"SELECT \"id\", \"label\", \"created_at\", \"last_used\" FROM "
				"\"api_token\" WHERE \"workspace_id\" = ? AND \"user_id\" = ? "
				"ORDER BY \"id\"",
				&st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_int(st, 2, u.id);
		rc = token_rows(db, st, out, count);
	}
	db->be->finalize(st);
	rp_user_release(&u);
	return rc;
}

/* The label of token `number` of account `user` into *label (NULL when it
 * has none); RP_ENOTFOUND without a message when the account has no such
 * token. */
static int token_label(struct rp_db *db, int64_t user, int64_t number, char **label)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(db,
			    "SELECT \"label\" FROM \"api_token\" WHERE \"workspace_id\" = ? AND "
			    "\"user_id\" = ? AND \"id\" = ?",
			    &st);

	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, user);
	db->be->bind_int(st, 3, number);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = dup_col(db, st, 0, label) ? rp_db_fail(db, RP_ENOMEM, "out of memory") : RP_OK;
	} else if (rc == STORE_DONE) {
		rc = RP_ENOTFOUND;
	}
	db->be->finalize(st);
	return rc;
}

int rp_user_token_revoke(struct rp_db *db, const char *login, int64_t number)
{
	struct rp_user u;
	char *label = NULL;
	int rc;

	rp_user_init(&u);
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = rp_user_get(db, login, &u);
	if (!rc) {
		rc = token_label(db, u.id, number, &label);
		if (rc == RP_ENOTFOUND) {
			rc = rp_db_fail(db, rc,
					"no token %lld of user '%s' (see 'rapport user tokens %s')",
					(long long)number, login, login);
		}
	}
	if (!rc) {
		rc = exec_write(
			db, "DELETE FROM \"api_token\" WHERE \"workspace_id\" = ? AND \"id\" = ?",
			NULL, NULL, number);
	}
	if (!rc) {
		rc = audit_user(db, "revoke", "token", number,
				json_pack("{s:s, s:s?}", "login", login, "label", label), NULL);
	}
	free(label);
	rp_user_release(&u);
	return tx_end(db, rc);
}

/* ---- sessions ----------------------------------------------------------- */

static int fail_auth(struct rp_db *db)
{
	return rp_db_fail(db, RP_EAUTH, "wrong login or password");
}

int rp_session_new(struct rp_db *db, const char *login, const char *password, int64_t ttl_seconds,
		   char **token_out, struct rp_user *user)
{
	char hash[HASH_HEX];
	struct store_stmt *st = NULL;
	struct rp_user u;
	char *pwhash = NULL, *token = NULL;
	bool ok = false;
	int64_t now = clock_now(db);
	int rc;

	rp_user_init(&u);
	if (ttl_seconds < 1) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid session time %lld (expected seconds from 1)",
				  (long long)ttl_seconds);
	}
	rc = need_sodium(db);
	if (!rc && !password) {
		password = "";
	}
	if (!rc) {
		rc = check_login(db, login) ? RP_ENOTFOUND : user_by_login(db, login, &u, &pwhash);
	}
	if (rc && rc != RP_ENOTFOUND) {
		goto out;
	}
	/* one Argon2id verification whatever the login, so that an unknown
	 * login, one without a password and a wrong password take the same time */
	ok = crypto_pwhash_str_verify(pwhash ? pwhash : dummy_hash, password, strlen(password)) ==
	     0;
	if (rc || !pwhash || !ok || !u.may_log_in) {
		rc = fail_auth(db);
		goto out;
	}
	rc = tx_begin(db);
	if (rc) {
		goto out;
	}
	rc = exec_write(
		db, "DELETE FROM \"session\" WHERE \"workspace_id\" = ? AND \"expires_at\" <= ?",
		NULL, NULL, now);
	if (!rc) {
		rc = token_make(db, SESSION_PREFIX, &token, hash);
	}
	if (!rc) {
		rc = db_prepare(
			db,
			"INSERT INTO \"session\" (\"workspace_id\", \"token_hash\", "
			"\"user_id\", \"created_at\", \"expires_at\") VALUES (?, ?, ?, ?, ?)",
			&st);
	}
	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_text(st, 2, hash);
		db->be->bind_int(st, 3, u.id);
		db->be->bind_int(st, 4, now);
		db->be->bind_int(st, 5,
				 now > INT64_MAX - ttl_seconds ? INT64_MAX : now + ttl_seconds);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	rc = tx_end(db, rc);
	if (!rc) {
		*token_out = token;
		token = NULL;
		if (user) {
			*user = u;
			rp_user_init(&u);
		}
	}
out:
	if (pwhash) {
		sodium_memzero(pwhash, strlen(pwhash));
	}
	free(pwhash);
	free(token);
	rp_user_release(&u);
	return rc;
}

int rp_session_user(struct rp_db *db, const char *token, struct rp_user *out)
{
	char hash[HASH_HEX];
	struct rp_user u;
	int rc = RP_ENOTFOUND;

	if (token && !strncmp(token, SESSION_PREFIX, strlen(SESSION_PREFIX))) {
		token_hash(token, hash);
		rc = user_one(db,
			      "SELECT " USER_COLUMNS " FROM \"session\" s JOIN \"user\" u ON "
			      "u.\"workspace_id\" = s.\"workspace_id\" AND u.\"id\" = "
			      "s.\"user_id\"" USER_JOINS
			      " WHERE s.\"workspace_id\" = ? AND s.\"token_hash\" = ? AND "
			      "s.\"expires_at\" > ?",
			      hash, clock_now(db), &u, NULL);
	}
	if (!rc && !u.may_log_in) {
		rp_user_release(&u);
		rc = RP_ENOTFOUND;
	}
	if (rc == RP_ENOTFOUND) {
		return rp_db_fail(db, rc, "unknown or expired session");
	}
	if (!rc) {
		*out = u;
	}
	return rc;
}

int rp_session_end(struct rp_db *db, const char *token)
{
	char hash[HASH_HEX];
	int rc;

	if (!token) {
		return db->workspace ? RP_OK
				     : rp_db_fail(db, RP_ENOWORKSPACE,
						  "no workspace here yet (run 'rapport init')");
	}
	token_hash(token, hash);
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = exec_write(db,
			"DELETE FROM \"session\" WHERE \"workspace_id\" = ? AND \"token_hash\" = ?",
			NULL, hash, 0);
	return tx_end(db, rc);
}
