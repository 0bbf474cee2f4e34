/*
 * rapport/db.h — the database handle: opening a workspace's storage, the
 * clock, the actor named in the audit trail, transactions and errors.
 *
 * A struct rp_db is owned by one thread at a time.  Every fallible call
 * returns RP_OK or a negative RP_E* status and leaves a message naming the
 * field and the accepted form on the handle (rp_db_errmsg).
 */
#ifndef RAPPORT_DB_H
#define RAPPORT_DB_H

#include "rapport/common.h"

struct rp_db;

/* Options of rp_db_open. */
#define RP_OPEN_CREATE (1u << 0) /* create the database file if it is missing */

/*
 * Resolve where the database lives: `arg` (from --db) if given, else
 * $RAPPORT_DB, else $XDG_DATA_HOME/rapport/rapport.db, else
 * $HOME/.local/share/rapport/rapport.db.  Returns a string the caller frees,
 * or NULL when no location can be found or memory runs out.
 */
RP_API char *rp_db_default_path(const char *arg);

/*
 * Open the storage named by `target` (a file path), bring its schema up to
 * date and load its workspace.  On success *out is a handle to close with
 * rp_db_close.  On failure *out is still set (unless memory ran out) so that
 * rp_db_errmsg can tell why; close it too.  Returns RP_ESTORE when the file
 * cannot be opened or its schema is newer than this program, RP_ENOWORKSPACE
 * when it is missing and RP_OPEN_CREATE was not given.
 */
RP_API int rp_db_open(const char *target, unsigned flags, struct rp_db **out);
/* Close the handle, rolling back an open transaction.  Accepts NULL. */
RP_API void rp_db_close(struct rp_db *db);

/* The message of the last failure, lower-case, without a full stop. */
RP_API const char *rp_db_errmsg(const struct rp_db *db);
/* The name of the field the last failure is about (as in kind.h and the
 * JSON of records), or NULL when it is not about one field. */
RP_API const char *rp_db_errfield(const struct rp_db *db);
/* Set the message of a failure and return `status`, for code that reports
 * through the handle (commands of the CLI, the server). */
RP_API int rp_db_fail(struct rp_db *db, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Name fields in messages by their command-line flags ("--value") instead of
 * their field names ("value").  Off by default. */
RP_API void rp_db_use_flag_names(struct rp_db *db, bool on);

/* The user named in audit events; NULL or "" means "unknown". */
RP_API int rp_db_set_actor(struct rp_db *db, const char *actor);
RP_API const char *rp_db_actor(const struct rp_db *db);

/*
 * Fix "today" (YYYY-MM-DD) for every date computation, as --today and
 * RAPPORT_TODAY do; NULL restores the real clock.  With a fixed day, "now"
 * is that day at 00:00:00 UTC so that results are reproducible.
 */
RP_API int rp_db_set_today(struct rp_db *db, const char *date);
/* Today as days since 1970-01-01, and now as Unix seconds. */
RP_API int32_t rp_db_today(const struct rp_db *db);
RP_API int64_t rp_db_now(const struct rp_db *db);

/*
 * Create the workspace (name, default currency, IANA time zone) in a fresh
 * database.  RP_ECONFLICT if it exists already; RP_EINVAL for a bad
 * currency or an empty name.
 */
RP_API int rp_workspace_init(struct rp_db *db, const char *name, const char *currency,
			     const char *timezone);
/* Whether the database holds a workspace; its name, currency and time zone
 * (borrowed, valid until the handle is closed). */
RP_API bool rp_workspace_exists(const struct rp_db *db);
RP_API const char *rp_workspace_name(const struct rp_db *db);
RP_API const char *rp_workspace_currency(const struct rp_db *db);
RP_API const char *rp_workspace_timezone(const struct rp_db *db);
/* The schema version of the open database. */
RP_API int rp_db_schema_version(const struct rp_db *db);

/*
 * Group several writes into one transaction (a bulk load, a command that
 * writes twice).  Calls nest: only the outermost commit writes.  A failed
 * write inside marks the transaction failed and rp_db_commit then rolls it
 * back and returns the failure.
 */
RP_API int rp_db_begin(struct rp_db *db);
RP_API int rp_db_commit(struct rp_db *db);
RP_API void rp_db_rollback(struct rp_db *db);

/*
 * A read view: everything read until rp_db_end_read sees one consistent
 * state, and pays for one transaction instead of one per statement (a
 * server's request).  A write inside it (rp_db_begin, or a call that
 * writes) ends the view, runs in a write transaction of its own and opens a
 * new view when it ends, so it never runs under the read's lock or snapshot;
 * a write inside a read that is itself nested in another is refused
 * (RP_EINVAL).  A failed lookup inside the view dooms nothing.
 */
RP_API int rp_db_begin_read(struct rp_db *db);
/* End the innermost read level (rp_db_commit does too); a write left open
 * inside it is rolled back, never committed. */
RP_API void rp_db_end_read(struct rp_db *db);
/*
 * The reads of one request (a server's GET): where each statement outside a
 * transaction pays for a read transaction of its own (SQLite, whose every
 * transaction takes the WAL-index lock), they share one read view, as in
 * rp_db_begin_read; where an explicit transaction costs statements of its
 * own (PostgreSQL's BEGIN and COMMIT), they run as they come.  So a request
 * may not count on one view.  rp_db_end_request ends only what
 * rp_db_begin_request began.
 */
RP_API int rp_db_begin_request(struct rp_db *db);
RP_API void rp_db_end_request(struct rp_db *db);
/* Whether a transaction or a read view is open (a pool of handles makes
 * sure none is left open between two users). */
RP_API bool rp_db_in_transaction(const struct rp_db *db);

#endif
