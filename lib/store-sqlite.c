/*
 * store-sqlite.c — the SQLite backend of store.h: one file, WAL journal with
 * synchronous=FULL (an acknowledged write survives a crash), foreign keys on,
 * a busy timeout so that two processes queue instead of failing.
 *
 * The schema version is SQLite's user_version.  Write transactions are
 * BEGIN IMMEDIATE so that the write lock is taken before anything is read.
 *
 * Prepared statements are cached by their SQL text: the record layer builds
 * the same few statements again and again (a bulk load adds millions of
 * records), and preparing costs more than running them.  A cached statement
 * is lent to one user at a time and reset when it comes back.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

extern const struct store_migration store_sqlite_migrations[];

#define STMT_CACHE 64

struct cached_stmt {
	char *sql;
	sqlite3_stmt *st;
	bool lent;
};

struct store {
	sqlite3 *db;
	struct cached_stmt cache[STMT_CACHE];
	size_t ncached;
};

struct store_stmt {
	sqlite3_stmt *st;
	struct store *s;
	struct cached_stmt *cached; /* NULL when not from the cache */
};

static int sq_status(struct store *s, int rc)
{
	(void)s;
	switch (rc & 0xff) {
	case SQLITE_OK:
		return RP_OK;
	case SQLITE_CONSTRAINT:
		return RP_ECONFLICT;
	case SQLITE_NOMEM:
		return RP_ENOMEM;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return RP_ECONFLICT;
	default:
		return RP_ESTORE;
	}
}

static bool sq_accepts(const char *target)
{
	return strncmp(target, "postgres://", 11) != 0 && strncmp(target, "postgresql://", 13) != 0;
}

static int sq_exec(struct store *s, const char *sql)
{
	return sq_status(s, sqlite3_exec(s->db, sql, NULL, NULL, NULL));
}

/* SQLite counts every allocation under one process-wide mutex for
 * sqlite3_memory_used(), which nothing here reads; a server's threads would
 * queue on it.  It can only be turned off before SQLite starts: when the
 * program started it already, the counting stays. */
static void sq_configure(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

static int sq_open(const char *target, bool create, struct store **out)
{
	static pthread_once_t configured = PTHREAD_ONCE_INIT;
	struct store *s;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	int rc;

	pthread_once(&configured, sq_configure);
	s = calloc(1, sizeof(*s));
	if (!s) {
		return RP_ENOMEM;
	}
	*out = s;
	if (create) {
		flags |= SQLITE_OPEN_CREATE;
	}
	rc = sqlite3_open_v2(target, &s->db, flags, NULL);
	if (rc != SQLITE_OK) {
		return s->db ? RP_ESTORE : RP_ENOMEM;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	rc = sq_exec(s, "PRAGMA journal_mode=WAL;"
			"PRAGMA synchronous=FULL;"
			"PRAGMA foreign_keys=ON;"
			"PRAGMA cache_size=-32768;"
			"PRAGMA mmap_size=2147418112;");
	return rc;
}

static void sq_close(struct store *s)
{
	size_t i;

	if (!s) {
		return;
	}
	for (i = 0; i < s->ncached; i++) {
		sqlite3_finalize(s->cache[i].st);
		free(s->cache[i].sql);
	}
	sqlite3_close(s->db);
	free(s);
}

static const char *sq_errmsg(const struct store *s)
{
	if (!s || !s->db) {
		return "out of memory";
	}
	return sqlite3_errmsg(s->db);
}

static int sq_prepare(struct store *s, const char *sql, struct store_stmt **out)
{
	struct store_stmt *st = calloc(1, sizeof(*st));
	struct cached_stmt *c = NULL;
	size_t i;
	int rc;

	if (!st) {
		return RP_ENOMEM;
	}
	st->s = s;
	for (i = 0; i < s->ncached; i++) {
		if (!s->cache[i].lent && !strcmp(s->cache[i].sql, sql)) {
			c = &s->cache[i];
			break;
		}
	}
	if (c) {
		c->lent = true;
		st->st = c->st;
		st->cached = c;
		*out = st;
		return RP_OK;
	}
	rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->st, NULL);
	if (rc != SQLITE_OK) {
		free(st);
		return sq_status(s, rc);
	}
	if (s->ncached < STMT_CACHE) {
		c = &s->cache[s->ncached];
		c->sql = strdup(sql);
		if (c->sql) {
			c->st = st->st;
			c->lent = true;
			st->cached = c;
			s->ncached++;
		}
	}
	*out = st;
	return RP_OK;
}

static int sq_bind_int(struct store_stmt *st, int idx, int64_t v)
{
	return sq_status(st->s, sqlite3_bind_int64(st->st, idx, v));
}

static int sq_bind_text(struct store_stmt *st, int idx, const char *v)
{
	return sq_status(st->s, sqlite3_bind_text(st->st, idx, v, -1, SQLITE_TRANSIENT));
}

static int sq_bind_null(struct store_stmt *st, int idx)
{
	return sq_status(st->s, sqlite3_bind_null(st->st, idx));
}

static int sq_step(struct store_stmt *st)
{
	int rc = sqlite3_step(st->st);

	if (rc == SQLITE_ROW) {
		return STORE_ROW;
	}
	if (rc == SQLITE_DONE) {
		return STORE_DONE;
	}
	return sq_status(st->s, rc);
}

static bool sq_column_null(struct store_stmt *st, int col)
{
	return sqlite3_column_type(st->st, col) == SQLITE_NULL;
}

static int64_t sq_column_int(struct store_stmt *st, int col)
{
	return sqlite3_column_int64(st->st, col);
}

static const char *sq_column_text(struct store_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(st->st, col);
}

static int sq_reset(struct store_stmt *st)
{
	sqlite3_reset(st->st);
	return sq_status(st->s, sqlite3_clear_bindings(st->st));
}

static void sq_finalize(struct store_stmt *st)
{
	if (!st) {
		return;
	}
	if (st->cached) {
		sqlite3_reset(st->st);
		sqlite3_clear_bindings(st->st);
		st->cached->lent = false;
	} else {
		sqlite3_finalize(st->st);
	}
	free(st);
}

/* A statement without parameters or rows, from the cache: the transaction
 * verbs run several times per request in a server. */
static int sq_run(struct store *s, const char *sql)
{
	struct store_stmt *st = NULL;
	int rc = sq_prepare(s, sql, &st);

	if (rc) {
		return rc;
	}
	rc = sq_step(st);
	sq_finalize(st);
	return rc == STORE_DONE || rc == STORE_ROW ? RP_OK : rc;
}

static int sq_begin(struct store *s)
{
	return sq_run(s, "BEGIN IMMEDIATE");
}

static int sq_begin_read(struct store *s)
{
	return sq_run(s, "BEGIN DEFERRED");
}

static int sq_commit(struct store *s)
{
	return sq_run(s, "COMMIT");
}

static int sq_rollback(struct store *s)
{
	if (sqlite3_get_autocommit(s->db)) {
		return RP_OK;
	}
	return sq_run(s, "ROLLBACK");
}

static int sq_get_version(struct store *s, int *version)
{
	struct store_stmt *st;
	int rc = sq_prepare(s, "PRAGMA user_version", &st);

	if (rc) {
		return rc;
	}
	rc = sq_step(st);
	if (rc == STORE_ROW) {
		*version = (int)sq_column_int(st, 0);
		rc = RP_OK;
	} else if (rc == STORE_DONE) {
		rc = RP_ESTORE;
	}
	sq_finalize(st);
	return rc;
}

static int sq_set_version(struct store *s, int version)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "PRAGMA user_version=%d", version);
	return sq_exec(s, sql);
}

const struct store_backend store_sqlite = {
	.name = "sqlite",
	.files = true,
	.group_reads = true,
	.accepts = sq_accepts,
	.open = sq_open,
	.close = sq_close,
	.errmsg = sq_errmsg,
	.exec = sq_exec,
	.prepare = sq_prepare,
	.bind_int = sq_bind_int,
	.bind_text = sq_bind_text,
	.bind_null = sq_bind_null,
	.step = sq_step,
	.column_null = sq_column_null,
	.column_int = sq_column_int,
	.column_text = sq_column_text,
	.reset = sq_reset,
	.finalize = sq_finalize,
	.begin = sq_begin,
	.begin_read = sq_begin_read,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.get_version = sq_get_version,
	.set_version = sq_set_version,
	.migrations = store_sqlite_migrations,
};
