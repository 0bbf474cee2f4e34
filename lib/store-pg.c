/*
 * store-pg.c — the PostgreSQL backend of store.h (libpq), for targets that
 * start with postgres:// or postgresql://.
 *
 * Statements: the common SQL subset's '?' placeholders become $1, $2, ...
 * once, when a statement is first prepared (quoted strings, quoted
 * identifiers and comments are skipped).  Prepared statements are cached by
 * their SQL text as server-side named statements ("rp1", "rp2", ...), one
 * round trip per execution afterwards; past the cache a statement runs
 * unnamed with its parameters (PQexecParams).  Parameters travel as text
 * with no declared type, so the server infers each from its context (a
 * parameter whose type cannot be inferred, such as `? IS NULL`, is written
 * CAST(? AS TEXT) by the domain code, which SQLite reads the same way).
 * A statement runs at its first step and its whole result is kept, so that
 * another statement can run while its rows are being read, as on SQLite.
 *
 * Transactions: a write transaction is READ COMMITTED and first takes a
 * transaction-scoped advisory lock of the database, so that writers queue
 * one after another as on SQLite (BEGIN IMMEDIATE): every read inside it
 * sees what the previous writer committed, the audit chain's head included,
 * and no update is lost.  A read transaction is REPEATABLE READ READ ONLY:
 * one consistent view without the lock.  Waiting for the lock is bounded
 * (lock_timeout); a timeout, a serialization failure or a deadlock is
 * RP_ECONFLICT with the server's message: reported, never swallowed.
 *
 * The schema version lives in the one-row table "rapport_schema", made by
 * the first set_version.  The library never prints: the server's notices
 * are dropped.
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

extern const struct store_migration store_pg_migrations[];

#define STMT_CACHE 256
/* The key of the advisory lock every write transaction takes: "rapport". */
#define WRITE_LOCK_KEY "7450586011799515764"
/* How long a writer waits for another before it gives up. */
#define LOCK_TIMEOUT "'30s'"

struct cached_stmt {
	char *sql; /* as the domain code wrote it: the cache key */
	char name[16];
	int nparams;
	bool lent;
};

struct store {
	PGconn *conn;
	char *err; /* the last failure's message, or NULL */
	struct cached_stmt cache[STMT_CACHE];
	size_t ncached;
};

struct store_stmt {
	struct store *s;
	struct cached_stmt *cached; /* NULL: run unnamed from `text` */
	char *text;		    /* the translated SQL when not cached */
	int nparams;
	char **params; /* text values; NULL is SQL NULL */
	PGresult *res;
	int row; /* the current row, -1 before the first */
	bool ran;
};

/* ---- messages and statuses ------------------------------------------- */

static int pg_set_err(struct store *s, const char *msg)
{
	size_t n;
	char *copy;

	if (!msg || !*msg) {
		msg = "unknown error";
	}
	/* libpq's messages end in a newline and may go on with hints and
	 * details on further lines: keep the first line. */
	n = strcspn(msg, "\n");
	copy = malloc(n + 1);
	if (!copy) {
		return RP_ENOMEM;
	}
	memcpy(copy, msg, n);
	copy[n] = '\0';
	free(s->err);
	s->err = copy;
	return RP_OK;
}

static int pg_status_of(struct store *s, const PGresult *res)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;

	if (pg_set_err(s, msg ? msg : PQerrorMessage(s->conn))) {
		return RP_ENOMEM;
	}
	if (!res && PQstatus(s->conn) != CONNECTION_OK) {
		return RP_ESTORE;
	}
	if (!state) {
		return RP_ESTORE;
	}
	/* integrity constraint violations: unique, foreign key, not null, check */
	if (!strncmp(state, "23", 2)) {
		return RP_ECONFLICT;
	}
	/* serialization failure, deadlock, lock wait timed out */
	if (!strcmp(state, "40001") || !strcmp(state, "40P01") || !strcmp(state, "55P03")) {
		return RP_ECONFLICT;
	}
	if (!strcmp(state, "53200")) {
		return RP_ENOMEM;
	}
	return RP_ESTORE;
}

/* The status of a finished command; clears `res` unless `keep`. */
static int pg_check(struct store *s, PGresult *res, bool keep)
{
	ExecStatusType t = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	int rc = RP_OK;

	if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK) {
		rc = pg_status_of(s, res);
	}
	if (rc || !keep) {
		PQclear(res);
	}
	return rc;
}

static void pg_ignore_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* ---- connection ------------------------------------------------------- */

static bool pg_accepts(const char *target)
{
	return !strncmp(target, "postgres://", 11) || !strncmp(target, "postgresql://", 13);
}

static int pg_exec(struct store *s, const char *sql)
{
	return pg_check(s, PQexec(s->conn, sql), false);
}

/* Whether the schema of rapport exists in the database. */
static int pg_has_schema(struct store *s, bool *has)
{
	PGresult *res = PQexec(s->conn, "SELECT to_regclass('\"rapport_schema\"') IS NOT NULL");
	int rc = pg_check(s, res, true);

	if (rc) {
		return rc;
	}
	*has = PQntuples(res) == 1 && !strcmp(PQgetvalue(res, 0, 0), "t");
	PQclear(res);
	return RP_OK;
}

static int pg_open(const char *target, bool create, struct store **out)
{
	struct store *s;
	bool has = false;
	int rc;

	s = calloc(1, sizeof(*s));
	if (!s) {
		return RP_ENOMEM;
	}
	*out = s;
	s->conn = PQconnectdb(target);
	if (!s->conn) {
		return RP_ENOMEM;
	}
	if (PQstatus(s->conn) != CONNECTION_OK) {
		pg_set_err(s, PQerrorMessage(s->conn));
		return RP_ESTORE;
	}
	PQsetNoticeProcessor(s->conn, pg_ignore_notice, NULL);
	if (PQsetClientEncoding(s->conn, "UTF8") != 0) {
		pg_set_err(s, PQerrorMessage(s->conn));
		return RP_ESTORE;
	}
	rc = pg_exec(s, "SET client_min_messages = warning; SET lock_timeout = " LOCK_TIMEOUT ";"
			"SET application_name = 'rapport'");
	if (rc) {
		return rc;
	}
	if (!create) {
		rc = pg_has_schema(s, &has);
		if (!rc && !has) {
			pg_set_err(s, "no rapport schema in the database");
			rc = RP_ENOWORKSPACE;
		}
	}
	return rc;
}

static void pg_close(struct store *s)
{
	size_t i;

	if (!s) {
		return;
	}
	for (i = 0; i < s->ncached; i++) {
		free(s->cache[i].sql);
	}
	PQfinish(s->conn);
	free(s->err);
	free(s);
}

static const char *pg_errmsg(const struct store *s)
{
	if (!s) {
		return "out of memory";
	}
	if (s->err) {
		return s->err;
	}
	if (!s->conn) {
		return "out of memory";
	}
	return "no error";
}

/* ---- statements ------------------------------------------------------- */

/* `sql` with each '?' outside quotes and comments replaced by $n; the count
 * in *nparams.  NULL when out of memory. */
static char *pg_translate(const char *sql, int *nparams)
{
	size_t len = strlen(sql), cap = len * 2 + 1, n = 0;
	char *out = malloc(cap);
	const char *p = sql;
	int count = 0;

	if (!out) {
		return NULL;
	}
	while (*p) {
		if (*p == '\'' || *p == '"') {
			char q = *p;

			out[n++] = *p++;
			while (*p) {
				if (*p == q && p[1] == q) {
					out[n++] = *p++;
				} else if (*p == q) {
					break;
				}
				out[n++] = *p++;
			}
			if (*p) {
				out[n++] = *p++;
			}
		} else if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n') {
				out[n++] = *p++;
			}
		} else if (*p == '?') {
			/* room for "$n" and the rest of the text as it is */
			char num[16];
			int w = snprintf(num, sizeof(num), "$%d", ++count);

			if (n + (size_t)w + strlen(p) >= cap) {
				char *grown;

				cap = cap * 2 + (size_t)w;
				grown = realloc(out, cap);
				if (!grown) {
					free(out);
					return NULL;
				}
				out = grown;
			}
			memcpy(out + n, num, (size_t)w);
			n += (size_t)w;
			p++;
		} else {
			out[n++] = *p++;
		}
	}
	out[n] = '\0';
	*nparams = count;
	return out;
}

static int pg_prepare(struct store *s, const char *sql, struct store_stmt **out)
{
	struct store_stmt *st = calloc(1, sizeof(*st));
	struct cached_stmt *c = NULL;
	char *text = NULL;
	size_t i;
	int rc = RP_OK;

	if (!st) {
		return RP_ENOMEM;
	}
	st->s = s;
	st->row = -1;
	for (i = 0; i < s->ncached; i++) {
		if (!s->cache[i].lent && !strcmp(s->cache[i].sql, sql)) {
			c = &s->cache[i];
			break;
		}
	}
	if (!c) {
		text = pg_translate(sql, &st->nparams);
		if (!text) {
			rc = RP_ENOMEM;
			goto out;
		}
		if (s->ncached < STMT_CACHE) {
			c = &s->cache[s->ncached];
			snprintf(c->name, sizeof(c->name), "rp%zu", s->ncached + 1);
			rc = pg_check(s, PQprepare(s->conn, c->name, text, 0, NULL), false);
			if (rc) {
				c = NULL;
				goto out;
			}
			c->sql = strdup(sql);
			if (!c->sql) {
				/* The server keeps the statement; the name is
				 * reused by the next one prepared. */
				pg_exec(s, "DEALLOCATE ALL");
				s->ncached = 0;
				c = NULL;
				rc = RP_ENOMEM;
				goto out;
			}
			c->nparams = st->nparams;
			s->ncached++;
		} else {
			/* Past the cache: have the server check it now, as
			 * preparing does on SQLite, then run it unnamed. */
			rc = pg_check(s, PQprepare(s->conn, "", text, 0, NULL), false);
			if (rc) {
				goto out;
			}
			st->text = text;
			text = NULL;
		}
	}
	if (c) {
		c->lent = true;
		st->cached = c;
		st->nparams = c->nparams;
	}
	if (st->nparams > 0) {
		st->params = calloc((size_t)st->nparams, sizeof(*st->params));
		if (!st->params) {
			if (c) {
				c->lent = false;
			}
			rc = RP_ENOMEM;
			goto out;
		}
	}
out:
	free(text);
	if (rc) {
		free(st->text);
		free(st);
		return rc;
	}
	*out = st;
	return RP_OK;
}

static int pg_bind(struct store_stmt *st, int idx, char *value, bool null)
{
	if (idx < 1 || idx > st->nparams) {
		free(value);
		pg_set_err(st->s, "parameter number out of range");
		return RP_ESTORE;
	}
	if (!value && !null) {
		return RP_ENOMEM;
	}
	free(st->params[idx - 1]);
	st->params[idx - 1] = value;
	return RP_OK;
}

static int pg_bind_int(struct store_stmt *st, int idx, int64_t v)
{
	char num[24];

	snprintf(num, sizeof(num), "%lld", (long long)v);
	return pg_bind(st, idx, strdup(num), false);
}

static int pg_bind_text(struct store_stmt *st, int idx, const char *v)
{
	return pg_bind(st, idx, strdup(v), false);
}

static int pg_bind_null(struct store_stmt *st, int idx)
{
	return pg_bind(st, idx, NULL, true);
}

static int pg_step(struct store_stmt *st)
{
	struct store *s = st->s;
	const char *const *params = (const char *const *)st->params;
	PGresult *res;
	int rc;

	if (!st->ran) {
		st->ran = true;
		if (st->cached) {
			res = PQexecPrepared(s->conn, st->cached->name, st->nparams, params, NULL,
					     NULL, 0);
		} else {
			res = PQexecParams(s->conn, st->text, st->nparams, NULL, params, NULL, NULL,
					   0);
		}
		rc = pg_check(s, res, true);
		if (rc) {
			return rc;
		}
		st->res = res;
	}
	if (!st->res || st->row + 1 >= PQntuples(st->res)) {
		return STORE_DONE;
	}
	st->row++;
	return STORE_ROW;
}

static bool pg_column_null(struct store_stmt *st, int col)
{
	return PQgetisnull(st->res, st->row, col) != 0;
}

static int64_t pg_column_int(struct store_stmt *st, int col)
{
	const char *v = PQgetvalue(st->res, st->row, col);

	/* booleans come back as 't' and 'f'; SQLite has them as 1 and 0 */
	if (!strcmp(v, "t")) {
		return 1;
	}
	return strtoll(v, NULL, 10);
}

static const char *pg_column_text(struct store_stmt *st, int col)
{
	if (PQgetisnull(st->res, st->row, col)) {
		return NULL;
	}
	return PQgetvalue(st->res, st->row, col);
}

static int pg_reset(struct store_stmt *st)
{
	int i;

	PQclear(st->res);
	st->res = NULL;
	st->row = -1;
	st->ran = false;
	for (i = 0; i < st->nparams; i++) {
		free(st->params[i]);
		st->params[i] = NULL;
	}
	return RP_OK;
}

static void pg_finalize(struct store_stmt *st)
{
	if (!st) {
		return;
	}
	pg_reset(st);
	if (st->cached) {
		st->cached->lent = false;
	}
	free(st->params);
	free(st->text);
	free(st);
}

/* ---- transactions and the schema version ------------------------------ */

static int pg_begin(struct store *s)
{
	return pg_exec(s, "BEGIN ISOLATION LEVEL READ COMMITTED;"
			  "SELECT pg_advisory_xact_lock(" WRITE_LOCK_KEY ")");
}

static int pg_begin_read(struct store *s)
{
	return pg_exec(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

static int pg_commit(struct store *s)
{
	PGresult *res = PQexec(s->conn, "COMMIT");
	int rc = pg_check(s, res, true);

	if (rc) {
		return rc;
	}
	/* COMMIT of a transaction that failed rolls it back and says so */
	if (!strcmp(PQcmdStatus(res), "ROLLBACK")) {
		rc = pg_set_err(s, "the transaction failed and was rolled back") ? RP_ENOMEM
										 : RP_ESTORE;
	}
	PQclear(res);
	return rc;
}

static int pg_rollback(struct store *s)
{
	if (PQtransactionStatus(s->conn) == PQTRANS_IDLE) {
		return RP_OK;
	}
	return pg_exec(s, "ROLLBACK");
}

static int pg_get_version(struct store *s, int *version)
{
	PGresult *res;
	bool has = false;
	int rc = pg_has_schema(s, &has);

	if (rc) {
		return rc;
	}
	if (!has) {
		*version = 0;
		return RP_OK;
	}
	res = PQexec(s->conn, "SELECT max(\"version\") FROM \"rapport_schema\"");
	rc = pg_check(s, res, true);
	if (rc) {
		return rc;
	}
	*version = PQntuples(res) == 1 ? atoi(PQgetvalue(res, 0, 0)) : 0;
	PQclear(res);
	return RP_OK;
}

static int pg_set_version(struct store *s, int version)
{
	char sql[200];

	snprintf(sql, sizeof(sql),
		 "CREATE TABLE IF NOT EXISTS \"rapport_schema\" (\"version\" integer NOT NULL);"
		 "DELETE FROM \"rapport_schema\";"
		 "INSERT INTO \"rapport_schema\" (\"version\") VALUES (%d)",
		 version);
	return pg_exec(s, sql);
}

const struct store_backend store_pg = {
	.name = "postgresql",
	.files = false,
	.group_reads = false,
	.accepts = pg_accepts,
	.open = pg_open,
	.close = pg_close,
	.errmsg = pg_errmsg,
	.exec = pg_exec,
	.prepare = pg_prepare,
	.bind_int = pg_bind_int,
	.bind_text = pg_bind_text,
	.bind_null = pg_bind_null,
	.step = pg_step,
	.column_null = pg_column_null,
	.column_int = pg_column_int,
	.column_text = pg_column_text,
	.reset = pg_reset,
	.finalize = pg_finalize,
	.begin = pg_begin,
	.begin_read = pg_begin_read,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.get_version = pg_get_version,
	.set_version = pg_set_version,
	.migrations = store_pg_migrations,
};
