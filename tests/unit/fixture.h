/* The fixture the unit tests of the database share: a fresh workspace in a private temporary
 * directory, checks that name the failing call and its line, and short ways to write, read and
 * count records.  When RAPPORT_TEST_DB names a PostgreSQL database (tests/run --backend pg),
 * the workspace is made there instead, in a schema emptied for each test. */
#ifndef RAPPORT_TESTS_FIXTURE_H
#define RAPPORT_TESTS_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* The date the fixture's database takes as today. */
#define TODAY "2026-03-02"

struct fx {
	char dir[512];	/* a private directory, for the database and any other file */
	char path[600]; /* the database in it, or the server database's URL */
	struct rp_db *db;
};

/* ---- the database ---------------------------------------------------- */

/* Whether the tests run on a database server (RAPPORT_TEST_DB) rather than on files. */
bool fx_on_server(void);

/* Make the directory and the database in it, with workspace "Test" (EUR, UTC) and today set to
 * TODAY.  Returns 0, or -1 with the reason printed and nothing left behind. */
int fx_open(struct fx *fx);

/* Close the database and remove its files and the directory (which must hold nothing else). */
void fx_close(struct fx *fx);

/* Close the database and open it again, with today set to TODAY again. */
void fx_reopen(struct fx *fx);

/* cmocka setup and teardown for tests whose state is a struct fx. */
int fx_setup(void **state);
int fx_teardown(void **state);

/* Remove a database file and its SQLite companions (-wal, -shm). */
void remove_files(const char *path);

/* ---- checks ---------------------------------------------------------- */

/* Fail unless `rc` is `want`, naming `what`, the line and the handle's message. */
void expect_rc(struct rp_db *db, int rc, int want, const char *what, int line);

#define CHECK(db, call, want) expect_rc((db), (call), (want), #call, __LINE__)

/* Fail unless the handle's message contains `needle`. */
void expect_msg(struct rp_db *db, const char *needle, const char *what, int line);

#define MSG_HAS(db, needle) expect_msg((db), (needle), "message", __LINE__)

/* ---- records --------------------------------------------------------- */

/* The kind called `name`; fails the test if there is none. */
const struct rp_kind *K(const char *name);

/* An input of (field, value) pairs ending with NULL: the first field, then the rest in `ap`. */
struct rp_input *input_va(const char *first, va_list ap);

/* An input of (field, value) pairs ending with NULL. */
struct rp_input *input(const char *first, ...);

/* Add, edit or act on a record with (field, value) pairs ending with NULL; each returns the
 * status.  add stores the new record's number in `id` unless it is NULL. */
int add(struct fx *fx, const char *kind, const char *parent, int64_t *id, ...);
int edit(struct fx *fx, const char *kind, const char *ref, ...);
int act(struct fx *fx, const char *kind, const char *ref, const char *verb, ...);

/* A record, which must exist; free it with rp_record_free. */
struct rp_record *get(struct fx *fx, const char *kind, const char *ref);

/* Fail unless a text field of a record is `want` (NULL: no value). */
void assert_str_field(struct fx *fx, const char *kind, const char *ref, const char *field,
		      const char *want);

/* An integer field of a record. */
int64_t int_field(struct fx *fx, const char *kind, const char *ref, const char *field);

/* How many records of a kind there are, under `parent` if it is not NULL. */
size_t count_records(struct fx *fx, const char *kind, const char *parent);

/* How many events the workspace's history holds. */
size_t count_events(struct fx *fx);

#endif
