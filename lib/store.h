/*
 * store.h — the private storage interface under librapport: a backend opens
 * a database, runs its own dialect's migrations, and executes parameterised
 * statements written in the common SQL subset both backends understand
 * (placeholders are '?', identifiers double-quoted, RETURNING for new keys,
 * ON CONFLICT for upserts).  Domain code talks only to this interface and
 * never names a dialect.
 *
 * Statuses are the RP_* codes; a backend maps its own errors onto them
 * (a unique or foreign-key violation is RP_ECONFLICT, and so is a write
 * that could not get its turn among concurrent writers; anything else that
 * goes wrong in the engine RP_ESTORE) and keeps its message for errmsg.
 *
 * Write transactions are serialised: a backend takes its write lock when
 * the transaction begins, before anything is read, so that nothing a
 * writer reads changes under it (the audit chain's head included).
 */
#ifndef RAPPORT_STORE_H
#define RAPPORT_STORE_H

#include "rapport/common.h"

struct store;
struct store_stmt;

enum store_step {
	STORE_DONE = 0,
	STORE_ROW = 1,
};

/* One numbered migration: applied in order, each in its own transaction. */
struct store_migration {
	int version;
	const char *name;
	const char *sql;
};

struct store_backend {
	const char *name;
	/* Whether a target is a file path (made on create, its directory too). */
	bool files;
	/* Whether reads are cheaper grouped in one read transaction than each
	 * in its own: on SQLite each statement outside a transaction takes and
	 * drops the WAL-index lock; on PostgreSQL a BEGIN and a COMMIT cost
	 * more than the implicit transaction of each statement. */
	bool group_reads;
	/* Whether this backend serves `target` (a path, a URL). */
	bool (*accepts)(const char *target);
	/* Open; on failure *out may still be set so the message can be read.
	 * Without `create`, a target that holds no rapport database yet is
	 * RP_ENOWORKSPACE (a backend of files leaves that to db.c). */
	int (*open)(const char *target, bool create, struct store **out);
	void (*close)(struct store *s);
	const char *(*errmsg)(const struct store *s);
	/* Run one or more statements without parameters or rows. */
	int (*exec)(struct store *s, const char *sql);
	int (*prepare)(struct store *s, const char *sql, struct store_stmt **out);
	/* Parameters count from 1. */
	int (*bind_int)(struct store_stmt *st, int idx, int64_t v);
	int (*bind_text)(struct store_stmt *st, int idx, const char *v);
	int (*bind_null)(struct store_stmt *st, int idx);
	/* STORE_ROW, STORE_DONE or a negative status. */
	int (*step)(struct store_stmt *st);
	/* Columns count from 0. */
	bool (*column_null)(struct store_stmt *st, int col);
	int64_t (*column_int)(struct store_stmt *st, int col);
	const char *(*column_text)(struct store_stmt *st, int col);
	int (*reset)(struct store_stmt *st);
	void (*finalize)(struct store_stmt *st);
	/* A write transaction that takes its lock at once. */
	int (*begin)(struct store *s);
	/* A read transaction: one consistent view, no write lock. */
	int (*begin_read)(struct store *s);
	int (*commit)(struct store *s);
	int (*rollback)(struct store *s);
	int (*get_version)(struct store *s, int *version);
	int (*set_version)(struct store *s, int version);
	const struct store_migration *migrations; /* ends with version 0 */
};

/* The backend that serves `target`, or NULL. */
const struct store_backend *store_backend_for(const char *target);

extern const struct store_backend store_sqlite;
extern const struct store_backend store_pg;

#endif
