/*
 * db.c — the database handle: where the database lives, opening it and
 * bringing its schema up to date, the workspace, the clock, the actor,
 * transactions and the message of the last failure.
 *
 * Invariant: while tx_depth > 0 a write transaction is open on the store;
 * tx_status holds the first failure inside it, so that the outermost commit
 * rolls back a transaction any part of which failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <errno.h>

#include "internal.h"

const char *rp_version(void)
{
	return RAPPORT_VERSION;
}

const char *rp_status_name(int status)
{
	switch (status) {
	case RP_OK:
		return "ok";
	case RP_EINVAL:
		return "invalid";
	case RP_ENOTFOUND:
		return "not found";
	case RP_ESTATE:
		return "wrong state";
	case RP_ECONFLICT:
		return "conflict";
	case RP_ESTORE:
		return "storage error";
	case RP_ENOMEM:
		return "out of memory";
	case RP_ENOWORKSPACE:
		return "no workspace";
	case RP_EGATE:
		return "gate closed";
	case RP_ENOTIMPL:
		return "not implemented";
	case RP_EAUTH:
		return "not authenticated";
	default:
		return "unknown";
	}
}

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

char *rp_db_default_path(const char *arg)
{
	struct rp_buf b;
	const char *env;

	if (arg && *arg) {
		return strdup(arg);
	}
	env = getenv("RAPPORT_DB");
	if (env && *env) {
		return strdup(env);
	}
	rp_buf_init(&b);
	env = getenv("XDG_DATA_HOME");
	if (env && *env == '/') {
		if (rp_buf_printf(&b, "%s/rapport/rapport.db", env)) {
			return NULL;
		}
		return rp_buf_detach(&b);
	}
	env = getenv("HOME");
	if (!env || !*env) {
		return NULL;
	}
	if (rp_buf_printf(&b, "%s/.local/share/rapport/rapport.db", env)) {
		return NULL;
	}
	return rp_buf_detach(&b);
}

const char *rp_db_errmsg(const struct rp_db *db)
{
	if (!db) {
		return "out of memory";
	}
	return db->err.len ? db->err.data : "no error";
}

const char *rp_db_errfield(const struct rp_db *db)
{
	return db ? db->errfield : NULL;
}

int rp_db_fail(struct rp_db *db, int status, const char *fmt, ...)
{
	va_list ap;

	rp_buf_reset(&db->err);
	db->errfield = db->pending_field;
	db->pending_field = NULL;
	va_start(ap, fmt);
	rp_buf_vprintf(&db->err, fmt, ap);
	va_end(ap);
	if (db->tx_depth > 0 && !db->tx_status) {
		db->tx_status = status;
	}
	return status;
}

int db_store_fail(struct rp_db *db, int status, const char *what)
{
	if (status == RP_ENOMEM) {
		return rp_db_fail(db, status, "out of memory");
	}
	return rp_db_fail(db, status, "%s: %s", what, db->be->errmsg(db->s));
}

void rp_db_use_flag_names(struct rp_db *db, bool on)
{
	db->flag_names = on;
}

void db_field_label(struct rp_db *db, const struct rp_field *f, const char *flag,
		    struct rp_buf *out)
{
	const char *name = flag ? flag : f->flag;

	/* Every label is written for a failure message: the next one names it. */
	db->pending_field = f->name;

	if (db->flag_names && name) {
		rp_buf_printf(out, "--%s", name);
	} else {
		rp_buf_puts(out, f->name);
	}
}

int rp_db_set_actor(struct rp_db *db, const char *actor)
{
	char *copy = xstrdup(actor && *actor ? actor : "unknown");

	if (!copy) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	free(db->actor);
	db->actor = copy;
	return RP_OK;
}

const char *rp_db_actor(const struct rp_db *db)
{
	return db->actor;
}

int rp_db_set_today(struct rp_db *db, const char *date)
{
	int32_t d;

	if (!date) {
		db->today_fixed = false;
		return RP_OK;
	}
	if (rp_date_parse(date, &d)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid date '%s' for today (expected YYYY-MM-DD)", date);
	}
	db->today_fixed = true;
	db->today = d;
	return RP_OK;
}

int32_t clock_today(const struct rp_db *db)
{
	time_t t;
	struct tm tm;

	if (db->today_fixed) {
		return db->today;
	}
	t = time(NULL);
	localtime_r(&t, &tm);
	return rp_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int64_t clock_now(const struct rp_db *db)
{
	if (db->today_fixed) {
		return (int64_t)db->today * 86400;
	}
	return (int64_t)time(NULL);
}

int32_t rp_db_today(const struct rp_db *db)
{
	return clock_today(db);
}

int64_t rp_db_now(const struct rp_db *db)
{
	return clock_now(db);
}

int db_prepare(struct rp_db *db, const char *sql, struct store_stmt **out)
{
	int rc = db->be->prepare(db->s, sql, out);

	if (rc) {
		return db_store_fail(db, rc == RP_ENOMEM ? rc : RP_ESTORE,
				     "cannot prepare a query");
	}
	return RP_OK;
}

int db_step(struct rp_db *db, struct store_stmt *st)
{
	int rc = db->be->step(st);

	if (rc < 0) {
		return db_store_fail(db, rc, "storage failed");
	}
	return rc;
}

/* End the backend's transaction: commit it, or roll it back when something
 * inside failed; the status of the whole. */
static int tx_finish(struct rp_db *db)
{
	int rc;

	if (db->tx_status) {
		db->be->rollback(db->s);
		return db->tx_status;
	}
	rc = db->be->commit(db->s);
	if (rc) {
		db->be->rollback(db->s);
		return db_store_fail(db, rc, "cannot commit");
	}
	return RP_OK;
}

/* Start the backend's transaction of the kind asked for. */
static int tx_start(struct rp_db *db, bool write)
{
	int rc = write ? db->be->begin(db->s) : db->be->begin_read(db->s);

	if (rc) {
		return db_store_fail(db, rc, "cannot start a transaction");
	}
	db->tx_read = !write;
	db->tx_status = RP_OK;
	return RP_OK;
}

/* A write inside the outermost read: the read ends (nothing in it needs
 * undoing) and the write gets a transaction of its own, which takes the write
 * lock and reads afresh; rp_db_commit opens a new read when it ends. */
static int tx_upgrade(struct rp_db *db)
{
	int rc;

	db->tx_status = RP_OK; /* a failed lookup in the read dooms no write */
	rc = tx_finish(db);
	if (rc) {
		db->tx_depth = 0;
		return rc;
	}
	rc = tx_start(db, true);
	if (rc) {
		db->tx_depth = 0;
		return rc;
	}
	db->tx_depth = 2;
	db->tx_upgraded = true;
	return RP_OK;
}

static int db_begin_as(struct rp_db *db, bool write)
{
	int rc;

	if (db->tx_depth > 0) {
		if (write && db->tx_read) {
			if (db->tx_depth > 1) {
				return rp_db_fail(db, RP_EINVAL,
						  "a write cannot start inside a nested read");
			}
			return tx_upgrade(db);
		}
		db->tx_depth++;
		return RP_OK;
	}
	rc = tx_start(db, write);
	if (!rc) {
		db->tx_depth = 1;
	}
	return rc;
}

int rp_db_begin(struct rp_db *db)
{
	return db_begin_as(db, true);
}

int rp_db_begin_read(struct rp_db *db)
{
	return db_begin_as(db, false);
}

/* The write inside the outermost read has ended: the read goes on in a new
 * view, which a failure of the write does not doom. */
static void tx_resume_read(struct rp_db *db)
{
	db->tx_upgraded = false;
	if (tx_start(db, false)) {
		db->tx_depth = 0;
	}
}

/* Whether leaving the current level ends a transaction of the backend. */
static bool tx_level_ends(const struct rp_db *db)
{
	return db->tx_depth == 1 || (db->tx_depth == 2 && db->tx_upgraded);
}

int rp_db_commit(struct rp_db *db)
{
	int rc;

	if (db->tx_depth <= 0) {
		return rp_db_fail(db, RP_EINVAL, "no transaction is open");
	}
	if (!tx_level_ends(db)) {
		db->tx_depth--;
		return db->tx_status;
	}
	rc = tx_finish(db);
	if (--db->tx_depth > 0) {
		tx_resume_read(db);
	}
	return rc;
}

void rp_db_rollback(struct rp_db *db)
{
	if (db->tx_depth <= 0) {
		return;
	}
	if (!tx_level_ends(db)) {
		db->tx_depth--;
		if (!db->tx_status) {
			db->tx_status = RP_ECONFLICT;
		}
		return;
	}
	db->be->rollback(db->s);
	if (--db->tx_depth > 0) {
		tx_resume_read(db);
	}
}

void rp_db_end_read(struct rp_db *db)
{
	if (db->tx_depth <= 0) {
		return;
	}
	if (!db->tx_read) {
		/* a write left open inside is undone, never committed here */
		rp_db_rollback(db);
		return;
	}
	db->tx_status = RP_OK; /* a failed lookup dooms nothing in a read */
	rp_db_commit(db);
}

int rp_db_begin_request(struct rp_db *db)
{
	int rc;

	if (!db->be->group_reads || db->tx_depth > 0) {
		return RP_OK;
	}
	rc = rp_db_begin_read(db);
	db->request_view = !rc;
	return rc;
}

void rp_db_end_request(struct rp_db *db)
{
	if (!db->request_view) {
		return;
	}
	db->request_view = false;
	/* the view is the outermost level: it ends with whatever is inside */
	while (db->tx_depth > 0) {
		rp_db_end_read(db);
	}
}

bool rp_db_in_transaction(const struct rp_db *db)
{
	return db->tx_depth > 0;
}

int tx_begin(struct rp_db *db)
{
	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	return rp_db_begin(db);
}

int tx_end(struct rp_db *db, int rc)
{
	if (rc) {
		if (!db->tx_status) {
			db->tx_status = rc;
		}
		rp_db_commit(db);
		return rc;
	}
	return rp_db_commit(db);
}

int db_next_number(struct rp_db *db, const char *kind, int64_t *out)
{
	struct store_stmt *st = NULL;
	int rc;

	rc = db_prepare(
		db,
		"INSERT INTO \"counter\" (\"workspace_id\", \"kind\", \"last\") VALUES (?, ?, 1) "
		"ON CONFLICT (\"workspace_id\", \"kind\") DO UPDATE SET \"last\" = "
		"\"counter\".\"last\" + 1 RETURNING \"last\"",
		&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_text(st, 2, kind);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		*out = db->be->column_int(st, 0);
		rc = RP_OK;
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ESTORE, "cannot number a new %s", kind);
	}
	db->be->finalize(st);
	return rc;
}

static int db_migrate(struct rp_db *db)
{
	const struct store_migration *m;
	int latest = 0, rc;

	for (m = db->be->migrations; m->version; m++) {
		latest = m->version;
	}
	rc = db->be->get_version(db->s, &db->schema_version);
	if (rc) {
		return db_store_fail(db, RP_ESTORE, "cannot read the schema version");
	}
	if (db->schema_version > latest) {
		return rp_db_fail(
			db, RP_ESTORE,
			"database schema version %d is newer than this rapport knows (%d); "
			"upgrade rapport",
			db->schema_version, latest);
	}
	for (m = db->be->migrations; m->version; m++) {
		if (m->version <= db->schema_version) {
			continue;
		}
		/* Another process may have migrated since the version was read:
		 * read it again under the write lock. */
		rc = db->be->begin(db->s);
		if (!rc) {
			rc = db->be->get_version(db->s, &db->schema_version);
		}
		if (!rc && m->version > db->schema_version) {
			rc = db->be->exec(db->s, m->sql);
			if (!rc) {
				rc = db->be->set_version(db->s, m->version);
			}
		}
		if (!rc) {
			rc = db->be->commit(db->s);
		}
		if (rc) {
			rp_db_fail(db, RP_ESTORE, "migration %d (%s) failed: %s", m->version,
				   m->name, db->be->errmsg(db->s));
			db->be->rollback(db->s);
			return RP_ESTORE;
		}
		if (m->version > db->schema_version) {
			db->schema_version = m->version;
		}
	}
	return RP_OK;
}

static int db_load_workspace(struct rp_db *db)
{
	struct store_stmt *st = NULL;
	int rc;

	rc = db_prepare(db,
			"SELECT \"id\", \"name\", \"currency\", \"timezone\" FROM \"workspace\" "
			"ORDER BY \"id\" LIMIT 1",
			&st);
	if (rc) {
		return rc;
	}
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		free(db->ws_name);
		free(db->ws_currency);
		free(db->ws_timezone);
		db->workspace = db->be->column_int(st, 0);
		db->ws_name = xstrdup(db->be->column_text(st, 1));
		db->ws_currency = xstrdup(db->be->column_text(st, 2));
		db->ws_timezone = xstrdup(db->be->column_text(st, 3));
		rc = db->ws_name && db->ws_currency && db->ws_timezone
			     ? RP_OK
			     : rp_db_fail(db, RP_ENOMEM, "out of memory");
	} else if (rc == STORE_DONE) {
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* Create the directories above a database file, as `mkdir -p` would. */
static int db_make_parents(const char *path)
{
	char *copy = strdup(path), *p;
	int rc = 0;

	if (!copy) {
		return -1;
	}
	for (p = copy + 1; *p; p++) {
		if (*p != '/') {
			continue;
		}
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			rc = -1;
		}
		*p = '/';
	}
	free(copy);
	return rc;
}

/* The backend that serves `target`, or NULL. */
const struct store_backend *store_backend_for(const char *target)
{
	if (store_pg.accepts(target)) {
		return &store_pg;
	}
	if (store_sqlite.accepts(target)) {
		return &store_sqlite;
	}
	return NULL;
}

/* `target` as messages show it: a URL's password left out. */
static int db_target_shown(const char *target, struct rp_buf *out)
{
	const char *scheme = strstr(target, "://"), *at, *colon, *slash;

	if (!scheme) {
		return rp_buf_puts(out, target);
	}
	at = strchr(scheme + 3, '@');
	colon = strchr(scheme + 3, ':');
	slash = strchr(scheme + 3, '/');
	if (!at || !colon || colon > at || (slash && slash < at)) {
		return rp_buf_puts(out, target);
	}
	return rp_buf_printf(out, "%.*s:***%s", (int)(colon - target), target, at);
}

int rp_db_open(const char *target, unsigned flags, struct rp_db **out)
{
	struct rp_db *db;
	struct rp_buf shown;
	struct stat sb;
	bool create = flags & RP_OPEN_CREATE;
	int rc;

	db = calloc(1, sizeof(*db));
	if (!db) {
		return RP_ENOMEM;
	}
	*out = db;
	rp_buf_init(&db->err);
	rp_buf_init(&shown);
	if (rp_db_set_actor(db, NULL) || db_target_shown(target, &shown)) {
		rc = RP_ENOMEM;
		goto out;
	}
	db->be = store_backend_for(target);
	if (!db->be) {
		rc = rp_db_fail(db, RP_ESTORE, "no storage backend for '%s'", shown.data);
		goto out;
	}
	if (db->be->files && stat(target, &sb) != 0) {
		if (!create) {
			rc = rp_db_fail(db, RP_ENOWORKSPACE,
					"no rapport database at '%s' (run 'rapport init')",
					shown.data);
			goto out;
		}
		if (db_make_parents(target) != 0) {
			rc = rp_db_fail(db, RP_ESTORE, "cannot create the directory of '%s': %s",
					shown.data, strerror(errno));
			goto out;
		}
	}
	rc = db->be->open(target, create, &db->s);
	if (rc == RP_ENOWORKSPACE) {
		rc = rp_db_fail(db, rc, "no rapport database at '%s' (run 'rapport init')",
				shown.data);
		goto out;
	}
	if (rc) {
		rc = rp_db_fail(db, rc == RP_ENOMEM ? rc : RP_ESTORE, "cannot open '%s': %s",
				shown.data, db->be->errmsg(db->s));
		goto out;
	}
	rc = db_migrate(db);
	if (!rc) {
		rc = db_load_workspace(db);
	}
out:
	rp_buf_release(&shown);
	return rc;
}

void rp_db_close(struct rp_db *db)
{
	if (!db) {
		return;
	}
	if (db->s) {
		if (db->tx_depth > 0) {
			db->be->rollback(db->s);
		}
		db->be->close(db->s);
	}
	for (size_t i = 0; i < RP_MAX_KINDS; i++) {
		free(db->select_sql[i]);
		free(db->select_brief_sql[i]);
	}
	rp_buf_release(&db->err);
	free(db->actor);
	free(db->ws_name);
	free(db->ws_currency);
	free(db->ws_timezone);
	free(db);
}

int rp_db_schema_version(const struct rp_db *db)
{
	return db->schema_version;
}

bool rp_workspace_exists(const struct rp_db *db)
{
	return db->workspace != 0;
}

const char *rp_workspace_name(const struct rp_db *db)
{
	return db->ws_name;
}

const char *rp_workspace_currency(const struct rp_db *db)
{
	return db->ws_currency;
}

const char *rp_workspace_timezone(const struct rp_db *db)
{
	return db->ws_timezone;
}

/* An IANA zone name: "UTC" or Area/Location made of letters, digits, '_',
 * '-', '+' and '/'; whether the zone exists is the calendar's business. */
static bool timezone_valid(const char *tz)
{
	const char *p;

	if (!*tz || strlen(tz) > 64 || *tz == '/' || strstr(tz, "..")) {
		return false;
	}
	for (p = tz; *p; p++) {
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || strchr("_-+/", *p))) {
			return false;
		}
	}
	return true;
}

int rp_workspace_init(struct rp_db *db, const char *name, const char *currency,
		      const char *timezone)
{
	struct store_stmt *st = NULL;
	int rc;

	if (db->workspace) {
		return rp_db_fail(db, RP_ECONFLICT, "workspace '%s' exists already", db->ws_name);
	}
	if (!name || !*name || strlen(name) > 200) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid workspace name (expected 1 to 200 characters)");
	}
	if (!currency || rp_currency_exponent(currency) < 0) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid currency '%s' (expected an ISO 4217 code such as EUR)",
				  currency ? currency : "");
	}
	if (!timezone || !timezone_valid(timezone)) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid time zone '%s' (expected an IANA name such as "
				  "Europe/Berlin or UTC)",
				  timezone ? timezone : "");
	}
	rc = rp_db_begin(db);
	if (rc) {
		return rc;
	}
	rc = db_prepare(
		db,
		"INSERT INTO \"workspace\" (\"id\", \"name\", \"currency\", \"timezone\", "
		"\"created_at\", \"audit_seq\", \"audit_head\") VALUES (1, ?, ?, ?, ?, 0, ?)",
		&st);
	if (!rc) {
		char at[RP_DATETIME_BUFSZ];

		rp_datetime_format(clock_now(db), at);
		db->be->bind_text(st, 1, name);
		db->be->bind_text(st, 2, currency);
		db->be->bind_text(st, 3, timezone);
		db->be->bind_text(st, 4, at);
		db->be->bind_text(
			st, 5, "0000000000000000000000000000000000000000000000000000000000000000");
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	rc = tx_end(db, rc);
	if (rc) {
		return rc;
	}
	return db_load_workspace(db);
}
