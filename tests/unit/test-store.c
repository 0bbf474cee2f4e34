/* Unit tests of the storage under librapport: the schema against the kind declarations,
 * migrations and schema versions, the engine's settings, transactions (nested, failed, rolled
 * back), the mapping of engine errors, opening and creating databases, and where the database
 * lives.  They run on SQLite files, and on PostgreSQL when the fixture is on a server
 * (fx_on_server); the few that differ say how. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "fixture.h"

static bool exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

/* Remove what a test may have left in the fixture's directory besides the database, then the
 * fixture. */
static int teardown(void **state)
{
	static const char *const names[] = {"other.db", "missing.db", "a/b/c.db", NULL};
	struct fx *fx = *state;
	char path[700];
	size_t i;

	if (fx && fx->db && fx_on_server()) {
		fx->db->be->exec(fx->db->s, "DROP SCHEMA IF EXISTS \"other\" CASCADE");
	}
	if (fx) {
		for (i = 0; names[i]; i++) {
			snprintf(path, sizeof(path), "%s/%s", fx->dir, names[i]);
			remove_files(path);
		}
		snprintf(path, sizeof(path), "%s/a/b", fx->dir);
		rmdir(path);
		snprintf(path, sizeof(path), "%s/a", fx->dir);
		rmdir(path);
	}
	return fx_teardown(state);
}

/* The first column of the first row of a query, as an integer. */
static int64_t query_int(struct fx *fx, const char *sql)
{
	const struct store_backend *be = fx->db->be;
	struct store_stmt *st = NULL;
	int64_t v;

	CHECK(fx->db, be->prepare(fx->db->s, sql, &st), RP_OK);
	CHECK(fx->db, be->step(st), STORE_ROW);
	v = be->column_int(st, 0);
	be->finalize(st);
	return v;
}

static char *query_text(struct fx *fx, const char *sql)
{
	const struct store_backend *be = fx->db->be;
	struct store_stmt *st = NULL;
	char *v;

	CHECK(fx->db, be->prepare(fx->db->s, sql, &st), RP_OK);
	CHECK(fx->db, be->step(st), STORE_ROW);
	v = strdup(be->column_text(st, 0));
	be->finalize(st);
	assert_non_null(v);
	return v;
}

/* A second database beside the fixture's: the file `name` in its directory, or on a server the
 * fixture's database with the empty schema "other" first in the search path. */
static void other_target(struct fx *fx, const char *name, char *buf, size_t size)
{
	if (!fx_on_server()) {
		snprintf(buf, size, "%s/%s", fx->dir, name);
		return;
	}
	CHECK(fx->db, fx->db->be->exec(fx->db->s, "CREATE SCHEMA IF NOT EXISTS \"other\""), RP_OK);
	snprintf(buf, size, "%s%soptions=-csearch_path%%3Dother", fx->path,
		 strchr(fx->path, '?') ? "&" : "?");
}

/* The schema version the store keeps. */
static int stored_version(struct fx *fx)
{
	int version = -1;

	CHECK(fx->db, fx->db->be->get_version(fx->db->s, &version), RP_OK);
	return version;
}

static int add_client(struct fx *fx, const char *name, int64_t *id)
{
	return add(fx, "client", NULL, id, "name", name, NULL);
}

static size_t count_clients(struct fx *fx)
{
	return count_records(fx, "client", NULL);
}

/* ---- the schema ------------------------------------------------------ */

struct columns {
	char *names[128];
	size_t count;
};

static void table_columns(struct fx *fx, const char *table, struct columns *out)
{
	const struct store_backend *be = fx->db->be;
	struct store_stmt *st = NULL;
	char sql[200];
	int rc;

	out->count = 0;
	if (fx_on_server()) {
		snprintf(sql, sizeof(sql),
			 "SELECT \"column_name\" FROM \"information_schema\".\"columns\" WHERE "
			 "\"table_schema\" = current_schema() AND \"table_name\" = '%s' ORDER BY "
			 "\"ordinal_position\"",
			 table);
	} else {
		snprintf(sql, sizeof(sql), "SELECT \"name\" FROM pragma_table_info('%s')", table);
	}
	CHECK(fx->db, be->prepare(fx->db->s, sql, &st), RP_OK);
	while ((rc = be->step(st)) == STORE_ROW) {
		assert_true(out->count < 128);
		out->names[out->count] = strdup(be->column_text(st, 0));
		assert_non_null(out->names[out->count]);
		out->count++;
	}
	assert_int_equal(rc, STORE_DONE);
	be->finalize(st);
}

static void columns_release(struct columns *c)
{
	size_t i;

	for (i = 0; i < c->count; i++) {
		free(c->names[i]);
	}
	c->count = 0;
}

static bool has_column(const struct columns *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->count; i++) {
		if (!strcmp(c->names[i], name)) {
			return true;
		}
	}
	return false;
}

static void test_schema_matches_declarations(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	struct columns cols;
	size_t i, nkinds = 0;

	for (k = rp_kinds(); *k; k++) {
		const char *parent = (*k)->parent == RP_PARENT_CLIENT	    ? "client_id"
				     : (*k)->parent == RP_PARENT_ENGAGEMENT ? "engagement_id"
									    : NULL;

		nkinds++;
		table_columns(fx, (*k)->table, &cols);
		if (!cols.count) {
			fail_msg("kind %s: no table '%s'", (*k)->name, (*k)->table);
		}
		for (i = 0; i < (*k)->nfields; i++) {
			if (!has_column(&cols, (*k)->fields[i].name)) {
				fail_msg("kind %s: table '%s' has no column for field '%s'",
					 (*k)->name, (*k)->table, (*k)->fields[i].name);
			}
		}
		for (i = 0; i < cols.count; i++) {
			const char *c = cols.names[i];

			if (!strcmp(c, "workspace_id") || !strcmp(c, "id") ||
			    !strcmp(c, "client_id") || !strcmp(c, "engagement_id")) {
				continue;
			}
			if (!rp_kind_field(*k, c)) {
				fail_msg("kind %s: column '%s' of table '%s' is no declared field",
					 (*k)->name, c, (*k)->table);
			}
		}
		assert_true(has_column(&cols, "workspace_id"));
		assert_true(has_column(&cols, "id"));
		if (parent && !has_column(&cols, parent)) {
			fail_msg("kind %s: table '%s' has no column %s", (*k)->name, (*k)->table,
				 parent);
		}
		columns_release(&cols);
	}
	assert_true(nkinds >= 21);
	/* The audit trail and the counters have their tables too. */
	table_columns(fx, "audit", &cols);
	assert_true(has_column(&cols, "hash") && has_column(&cols, "prev_hash"));
	columns_release(&cols);
	table_columns(fx, "counter", &cols);
	assert_true(has_column(&cols, "last"));
	columns_release(&cols);
}

static void test_every_kind_stores_every_field(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	char sql[600];

	/* The SELECT the record layer builds from a declaration runs on every table. */
	for (k = rp_kinds(); *k; k++) {
		struct rp_record_list list = {NULL, 0};
		size_t i;
		int n;

		expect_rc(fx->db, rp_record_list(fx->db, *k, NULL, NULL, &list), RP_OK, (*k)->name,
			  __LINE__);
		rp_record_list_release(&list);
		n = snprintf(sql, sizeof(sql), "SELECT \"workspace_id\", \"id\"");
		for (i = 0; i < (*k)->nfields && n > 0 && (size_t)n < sizeof(sql); i++) {
			n += snprintf(sql + n, sizeof(sql) - (size_t)n, ", \"%s\"",
				      (*k)->fields[i].name);
		}
		assert_true(n > 0 && (size_t)n < sizeof(sql) - 64);
		snprintf(sql + n, sizeof(sql) - (size_t)n, " FROM \"%s\" LIMIT 0", (*k)->table);
		{
			struct store_stmt *st = NULL;

			expect_rc(fx->db, fx->db->be->prepare(fx->db->s, sql, &st), RP_OK,
				  (*k)->name, __LINE__);
			assert_int_equal(fx->db->be->step(st), STORE_DONE);
			fx->db->be->finalize(st);
		}
	}
}

/* ---- migrations ------------------------------------------------------ */

static int migration_count(const struct store_backend *be, int *latest)
{
	const struct store_migration *m;
	int n = 0, last = 0;

	for (m = be->migrations; m->version; m++) {
		assert_true(m->version > last); /* numbered in order */
		assert_non_null(m->sql);
		assert_non_null(m->name);
		last = m->version;
		n++;
	}
	*latest = last;
	return n;
}

static void test_migrations(void **state)
{
	struct fx *fx = *state;
	int latest = 0, n = migration_count(fx->db->be, &latest);

	assert_true(n >= 1);
	assert_int_equal(latest, n);
	assert_int_equal(rp_db_schema_version(fx->db), n);
	assert_int_equal(stored_version(fx), n);
	/* A second open finds everything done: nothing re-runs, data stays. */
	assert_int_equal(add_client(fx, "Acme", NULL), RP_OK);
	fx_reopen(fx);
	assert_int_equal(rp_db_schema_version(fx->db), n);
	assert_int_equal(stored_version(fx), n);
	assert_true(rp_workspace_exists(fx->db));
	assert_string_equal(rp_workspace_name(fx->db), "Test");
	assert_string_equal(rp_workspace_currency(fx->db), "EUR");
	assert_string_equal(rp_workspace_timezone(fx->db), "UTC");
	assert_int_equal(count_clients(fx), 1);
	assert_int_equal(count_events(fx), 1);
}

/* Both backends have the same migrations, number for number and name for name. */
static void test_migrations_of_both_backends(void **state)
{
	const struct store_migration *a = store_sqlite.migrations, *b = store_pg.migrations;

	(void)state;
	for (; a->version && b->version; a++, b++) {
		assert_int_equal(a->version, b->version);
		assert_string_equal(a->name, b->name);
	}
	if (a->version || b->version) {
		fail_msg("migration %d (%s) has no counterpart for the other backend",
			 a->version ? a->version : b->version, a->version ? a->name : b->name);
	}
}

static void test_newer_schema_refused(void **state)
{
	struct fx *fx = *state;
	const struct store_backend *be = fx->db->be;
	struct store *s = NULL;
	int latest = 0, version = -1;

	migration_count(be, &latest);
	CHECK(fx->db, be->set_version(fx->db->s, latest + 1), RP_OK);
	rp_db_close(fx->db);
	fx->db = NULL;
	assert_int_equal(rp_db_open(fx->path, 0, &fx->db), RP_ESTORE);
	assert_non_null(fx->db);
	if (!strstr(rp_db_errmsg(fx->db), "newer")) {
		fail_msg("message \"%s\" does not say the database is newer", rp_db_errmsg(fx->db));
	}
	rp_db_close(fx->db);
	fx->db = NULL;
	assert_int_equal(rp_db_open(fx->path, RP_OPEN_CREATE, &fx->db), RP_ESTORE);
	rp_db_close(fx->db);
	fx->db = NULL;
	/* The database was left as it was. */
	assert_int_equal(be->open(fx->path, false, &s), RP_OK);
	assert_int_equal(be->get_version(s, &version), RP_OK);
	assert_int_equal(version, latest + 1);
	/* Put back, so that the fixture's teardown finds a database it knows. */
	assert_int_equal(be->set_version(s, latest), RP_OK);
	be->close(s);
	CHECK(fx->db, rp_db_open(fx->path, 0, &fx->db), RP_OK);
}

/* ---- settings -------------------------------------------------------- */

/* PostgreSQL: a writer waits a bounded time for another, and every text column compares byte
 * by byte, as on SQLite. */
static void test_server_settings(struct fx *fx)
{
	char *timeout = query_text(fx, "SHOW lock_timeout");

	assert_string_equal(timeout, "30s");
	free(timeout);
	assert_int_equal(query_int(fx,
				   "SELECT count(*) FROM \"information_schema\".\"columns\" "
				   "WHERE \"table_schema\" = current_schema() AND "
				   "\"data_type\" = 'text' AND \"table_name\" <> 'rapport_schema' "
				   "AND \"collation_name\" IS DISTINCT FROM 'C'"),
			 0);
	assert_true(query_int(fx, "SELECT count(*) FROM \"information_schema\".\"columns\" "
				  "WHERE \"table_schema\" = current_schema() AND "
				  "\"collation_name\" = 'C'") > 100);
}

static void test_pragmas(void **state)
{
	struct fx *fx = *state;
	char *mode;

	if (fx_on_server()) {
		test_server_settings(fx);
		return;
	}
	mode = query_text(fx, "PRAGMA journal_mode");

	assert_string_equal(mode, "wal");
	free(mode);
	assert_int_equal(query_int(fx, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query_int(fx, "PRAGMA synchronous"), 2);
	/* The same after reopening. */
	fx_reopen(fx);
	mode = query_text(fx, "PRAGMA journal_mode");
	assert_string_equal(mode, "wal");
	free(mode);
	assert_int_equal(query_int(fx, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query_int(fx, "PRAGMA synchronous"), 2);
}

static void test_engine_errors(void **state)
{
	struct fx *fx = *state;
	const struct store_backend *be = fx->db->be;
	struct store_stmt *st = NULL;

	assert_int_equal(add_client(fx, "Acme", NULL), RP_OK);
	/* A unique violation and a foreign-key violation are conflicts. */
	assert_int_equal(be->exec(fx->db->s, "INSERT INTO \"client\" (\"workspace_id\", \"id\", "
					     "\"name\", \"slug\", \"status\") VALUES (1, 1, 'X', "
					     "'x', 'prospect')"),
			 RP_ECONFLICT);
	assert_int_equal(be->exec(fx->db->s, "INSERT INTO \"client\" (\"workspace_id\", \"id\", "
					     "\"name\", \"slug\", \"status\") VALUES (1, 2, 'X', "
					     "'acme', 'prospect')"),
			 RP_ECONFLICT);
	assert_int_equal(be->exec(fx->db->s, "INSERT INTO \"contact\" (\"workspace_id\", \"id\", "
					     "\"client_id\", \"name\") VALUES (1, 1, 99, 'Ana')"),
			 RP_ECONFLICT);
	assert_int_equal(query_int(fx, "SELECT count(*) FROM \"contact\""), 0);
	/* Anything else that goes wrong is a storage error with the engine's message. */
	assert_int_equal(be->exec(fx->db->s, "SELEKT 1"), RP_ESTORE);
	assert_non_null(strstr(be->errmsg(fx->db->s), "syntax"));
	assert_int_equal(be->prepare(fx->db->s, "SELECT * FROM \"nowhere\"", &st), RP_ESTORE);
	/* Statements bind, step and reset. */
	CHECK(fx->db, be->prepare(fx->db->s, "SELECT ? + 1, ?, ?", &st), RP_OK);
	assert_int_equal(be->bind_int(st, 1, 41), RP_OK);
	assert_int_equal(be->bind_text(st, 2, "t"), RP_OK);
	assert_int_equal(be->bind_null(st, 3), RP_OK);
	assert_int_equal(be->step(st), STORE_ROW);
	assert_int_equal(be->column_int(st, 0), 42);
	assert_string_equal(be->column_text(st, 1), "t");
	assert_true(be->column_null(st, 2));
	assert_false(be->column_null(st, 1));
	assert_int_equal(be->step(st), STORE_DONE);
	assert_int_equal(be->reset(st), RP_OK);
	assert_int_equal(be->step(st), STORE_ROW);
	assert_true(be->column_null(st, 0)); /* bindings were cleared */
	be->finalize(st);
}

/* ---- transactions ---------------------------------------------------- */

static void test_rollback_leaves_nothing(void **state)
{
	struct fx *fx = *state;
	int64_t id = 0;

	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Acme", NULL), RP_OK);
	CHECK(fx->db, add_client(fx, "Globex", NULL), RP_OK);
	assert_int_equal(count_clients(fx), 2);
	rp_db_rollback(fx->db);
	assert_int_equal(count_clients(fx), 0);
	assert_int_equal(count_events(fx), 0);
	assert_int_equal(query_int(fx, "SELECT \"audit_seq\" FROM \"workspace\""), 0);
	/* The handle is usable afterwards; the trail is intact. */
	CHECK(fx->db, add_client(fx, "Initech", &id), RP_OK);
	assert_int_equal(count_clients(fx), 1);
	assert_int_equal(count_events(fx), 1);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
	/* Nothing rolled back survives a reopen either. */
	fx_reopen(fx);
	assert_int_equal(count_clients(fx), 1);
	/* A rollback without a transaction does nothing; a commit is refused. */
	rp_db_rollback(fx->db);
	CHECK(fx->db, rp_db_commit(fx->db), RP_EINVAL);
	assert_int_equal(count_clients(fx), 1);
}

static void test_nested_transactions(void **state)
{
	struct fx *fx = *state;

	/* Both levels commit: everything is written once the outer one commits. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "One", NULL), RP_OK);
	CHECK(fx->db, rp_db_commit(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Two", NULL), RP_OK);
	CHECK(fx->db, rp_db_commit(fx->db), RP_OK);
	assert_int_equal(count_clients(fx), 2);
	assert_int_equal(count_events(fx), 2);

	/* A failure inside rolls back the whole, including what an inner level committed. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Three", NULL), RP_OK);
	CHECK(fx->db, rp_db_commit(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Four", NULL), RP_OK);
	CHECK(fx->db, add_client(fx, "", NULL), RP_EINVAL);
	CHECK(fx->db, rp_db_commit(fx->db), RP_EINVAL);
	assert_int_equal(count_clients(fx), 2);
	assert_int_equal(count_events(fx), 2);

	/* An inner rollback dooms the outer transaction. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Six", NULL), RP_OK);
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Seven", NULL), RP_OK);
	rp_db_rollback(fx->db);
	assert_int_not_equal(rp_db_commit(fx->db), RP_OK);
	assert_int_equal(count_clients(fx), 2);
	assert_int_equal(count_events(fx), 2);

	/* The handle recovers: a new transaction commits. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Eight", NULL), RP_OK);
	CHECK(fx->db, rp_db_commit(fx->db), RP_OK);
	assert_int_equal(count_clients(fx), 3);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);
	fx_reopen(fx);
	assert_int_equal(count_clients(fx), 3);
	assert_int_equal(count_events(fx), 3);
}

/* A read view sees one state; a write inside it runs in a transaction of its own, after which
 * the view goes on and sees it; a failed lookup or write inside dooms nothing; a write inside a
 * nested read is refused. */
static void test_read_view(void **state)
{
	struct fx *fx = *state;
	struct fx second = *fx;
	struct rp_record *rec = NULL;

	CHECK(fx->db, add_client(fx, "Acme", NULL), RP_OK);
	second.db = NULL;
	CHECK(second.db, rp_db_open(fx->path, 0, &second.db), RP_OK);

	CHECK(fx->db, rp_db_begin_read(fx->db), RP_OK);
	assert_true(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 1);
	/* Another handle's write after the view's first read is not in the view. */
	CHECK(second.db, add_client(&second, "Globex", NULL), RP_OK);
	assert_int_equal(count_clients(fx), 1);
	assert_int_equal(rp_record_get(fx->db, K("client"), "nobody", &rec), RP_ENOTFOUND);
	/* A write inside sees everything, and so does the view after it. */
	CHECK(fx->db, add_client(fx, "Initech", NULL), RP_OK);
	assert_true(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 3);
	CHECK(fx->db, add_client(fx, "", NULL), RP_EINVAL);
	assert_true(rp_db_in_transaction(fx->db));
	CHECK(fx->db, add_client(fx, "Umbrella", NULL), RP_OK);
	/* A write transaction begun inside and rolled back leaves nothing; the view goes on. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Hooli", NULL), RP_OK);
	rp_db_rollback(fx->db);
	assert_true(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 4);
	rp_db_end_read(fx->db);
	assert_false(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 4);
	assert_int_equal(count_events(fx), 4);
	CHECK(fx->db, rp_audit_verify(fx->db, NULL), RP_OK);

	/* A write inside a nested read is refused and writes nothing. */
	CHECK(fx->db, rp_db_begin_read(fx->db), RP_OK);
	CHECK(fx->db, rp_db_begin_read(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Nested", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "nested read");
	rp_db_end_read(fx->db);
	rp_db_end_read(fx->db);
	assert_false(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 4);
	rp_db_close(second.db);
}

/* A request's reads share one read view where that is cheaper (SQLite) and run as they come on
 * PostgreSQL; ending the request ends only what beginning it opened. */
static void test_request_reads(void **state)
{
	struct fx *fx = *state;

	CHECK(fx->db, rp_db_begin_request(fx->db), RP_OK);
	assert_int_equal(rp_db_in_transaction(fx->db), !fx_on_server());
	assert_int_equal(count_clients(fx), 0);
	CHECK(fx->db, add_client(fx, "Acme", NULL), RP_OK);
	assert_int_equal(rp_db_in_transaction(fx->db), !fx_on_server());
	rp_db_end_request(fx->db);
	assert_false(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 1);
	/* A write left open inside the request is undone when the request ends, not committed. */
	CHECK(fx->db, rp_db_begin_request(fx->db), RP_OK);
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Left open", NULL), RP_OK);
	rp_db_end_request(fx->db);
	if (!fx_on_server()) {
		assert_false(rp_db_in_transaction(fx->db));
		assert_int_equal(count_clients(fx), 1);
	} else {
		/* no view on PostgreSQL: the write is the caller's to end */
		assert_true(rp_db_in_transaction(fx->db));
		rp_db_rollback(fx->db);
	}
	/* A write transaction open when the request begins is neither joined nor ended by it. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, rp_db_begin_request(fx->db), RP_OK);
	rp_db_end_request(fx->db);
	assert_true(rp_db_in_transaction(fx->db));
	CHECK(fx->db, add_client(fx, "Globex", NULL), RP_OK);
	CHECK(fx->db, rp_db_commit(fx->db), RP_OK);
	assert_false(rp_db_in_transaction(fx->db));
	assert_int_equal(count_clients(fx), 2);
	assert_int_equal(count_events(fx), 2);
}

static void test_close_rolls_back(void **state)
{
	struct fx *fx = *state;

	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add_client(fx, "Acme", NULL), RP_OK);
	rp_db_close(fx->db);
	fx->db = NULL;
	CHECK(fx->db, rp_db_open(fx->path, 0, &fx->db), RP_OK);
	assert_int_equal(count_clients(fx), 0);
	assert_int_equal(count_events(fx), 0);
	rp_db_close(NULL);
}

/* ---- opening --------------------------------------------------------- */

/* PostgreSQL: a database without the schema of rapport is no workspace until created; a
 * server that cannot be reached is a storage error whose message names it without its
 * password. */
static void test_open_missing_on_server(struct fx *fx)
{
	struct rp_db *db = NULL;
	char url[800];

	other_target(fx, "", url, sizeof(url));
	assert_int_equal(rp_db_open(url, 0, &db), RP_ENOWORKSPACE);
	MSG_HAS(db, "no rapport database at 'postgres");
	MSG_HAS(db, "run 'rapport init'");
	rp_db_close(db);
	db = NULL;
	assert_int_equal(rp_db_open(url, RP_OPEN_CREATE, &db), RP_OK);
	assert_false(rp_workspace_exists(db));
	rp_db_close(db);
	db = NULL;
	assert_int_equal(rp_db_open(url, 0, &db), RP_OK);
	rp_db_close(db);
	db = NULL;
	assert_int_equal(rp_db_open("postgres://someone:secret@127.0.0.1:1/nowhere", 0, &db),
			 RP_ESTORE);
	MSG_HAS(db, "cannot open 'postgres://someone:***@127.0.0.1:1/nowhere': ");
	if (strstr(rp_db_errmsg(db), "secret")) {
		fail_msg("message \"%s\" shows the password", rp_db_errmsg(db));
	}
	rp_db_close(db);
}

static void test_open_missing(void **state)
{
	struct fx *fx = *state;
	struct rp_db *db = NULL;
	char path[700];

	if (fx_on_server()) {
		test_open_missing_on_server(fx);
		return;
	}
	snprintf(path, sizeof(path), "%s/missing.db", fx->dir);
	assert_int_equal(rp_db_open(path, 0, &db), RP_ENOWORKSPACE);
	assert_non_null(db);
	assert_non_null(strstr(rp_db_errmsg(db), "missing.db"));
	rp_db_close(db);
	assert_false(exists(path));
	/* With RP_OPEN_CREATE the file and the directories above it are made. */
	snprintf(path, sizeof(path), "%s/a/b/c.db", fx->dir);
	db = NULL;
	assert_int_equal(rp_db_open(path, 0, &db), RP_ENOWORKSPACE);
	rp_db_close(db);
	snprintf(path, sizeof(path), "%s/a", fx->dir);
	assert_false(exists(path));
	snprintf(path, sizeof(path), "%s/a/b/c.db", fx->dir);
	db = NULL;
	assert_int_equal(rp_db_open(path, RP_OPEN_CREATE, &db), RP_OK);
	assert_true(exists(path));
	/* A new file holds no workspace: writes are refused until there is one. */
	assert_false(rp_workspace_exists(db));
	assert_null(rp_workspace_name(db));
	{
		struct rp_input *in = rp_input_new();
		struct rp_record_list list = {NULL, 0};
		struct rp_event_list events = {NULL, 0};

		assert_int_equal(rp_input_add(in, "name", "Acme"), RP_OK);
		assert_int_equal(rp_record_add(db, rp_kind_find("client"), NULL, in, NULL),
				 RP_ENOWORKSPACE);
		rp_input_free(in);
		assert_int_equal(rp_record_list(db, rp_kind_find("client"), NULL, NULL, &list),
				 RP_ENOWORKSPACE);
		assert_int_equal(rp_history(db, NULL, 0, &events), RP_ENOWORKSPACE);
		assert_int_equal(rp_audit_verify(db, NULL), RP_ENOWORKSPACE);
	}
	rp_db_close(db);
}

static void test_workspace_init(void **state)
{
	struct fx *fx = *state;
	struct rp_db *db = NULL;
	char path[800];
	char name[202];

	CHECK(fx->db, rp_workspace_init(fx->db, "Again", "EUR", "UTC"), RP_ECONFLICT);
	other_target(fx, "other.db", path, sizeof(path));
	assert_int_equal(rp_db_open(path, RP_OPEN_CREATE, &db), RP_OK);
	assert_int_equal(rp_workspace_init(db, "", "EUR", "UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, NULL, "EUR", "UTC"), RP_EINVAL);
	memset(name, 'n', 201);
	name[201] = '\0';
	assert_int_equal(rp_workspace_init(db, name, "EUR", "UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "EURO", "UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "XXX", "UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", NULL, "UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "EUR", "../etc/passwd"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "EUR", "/UTC"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "EUR", "Europe/Ber lin"), RP_EINVAL);
	assert_int_equal(rp_workspace_init(db, "W", "EUR", ""), RP_EINVAL);
	assert_false(rp_workspace_exists(db));
	assert_int_equal(rp_workspace_init(db, "W", "JPY", "Asia/Tokyo"), RP_OK);
	assert_true(rp_workspace_exists(db));
	assert_string_equal(rp_workspace_currency(db), "JPY");
	assert_string_equal(rp_workspace_timezone(db), "Asia/Tokyo");
	rp_db_close(db);
	db = NULL;
	assert_int_equal(rp_db_open(path, 0, &db), RP_OK);
	assert_string_equal(rp_workspace_name(db), "W");
	assert_string_equal(rp_workspace_currency(db), "JPY");
	rp_db_close(db);
}

static void test_today_and_actor(void **state)
{
	struct fx *fx = *state;

	assert_int_equal(rp_db_today(fx->db), rp_date_from_ymd(2026, 3, 2));
	assert_int_equal(rp_db_now(fx->db), (int64_t)rp_date_from_ymd(2026, 3, 2) * 86400);
	CHECK(fx->db, rp_db_set_today(fx->db, "2026-02-30"), RP_EINVAL);
	assert_int_equal(rp_db_today(fx->db), rp_date_from_ymd(2026, 3, 2));
	CHECK(fx->db, rp_db_set_today(fx->db, NULL), RP_OK);
	assert_true(rp_db_today(fx->db) > rp_date_from_ymd(2020, 1, 1));
	assert_string_equal(rp_db_actor(fx->db), "unknown");
	CHECK(fx->db, rp_db_set_actor(fx->db, "ana"), RP_OK);
	assert_string_equal(rp_db_actor(fx->db), "ana");
	CHECK(fx->db, rp_db_set_actor(fx->db, ""), RP_OK);
	assert_string_equal(rp_db_actor(fx->db), "unknown");
	assert_string_equal(rp_db_errmsg(NULL), "out of memory");
	assert_int_equal(rp_db_fail(fx->db, RP_ENOTFOUND, "no %s", "thing"), RP_ENOTFOUND);
	assert_string_equal(rp_db_errmsg(fx->db), "no thing");
}

/* ---- where the database lives ---------------------------------------- */

struct saved_env {
	char *value[4];
};

static const char *const env_names[4] = {"RAPPORT_DB", "XDG_DATA_HOME", "HOME", NULL};

static void env_save(struct saved_env *s)
{
	size_t i;

	for (i = 0; env_names[i]; i++) {
		const char *v = getenv(env_names[i]);

		s->value[i] = v ? strdup(v) : NULL;
	}
}

static void env_restore(struct saved_env *s)
{
	size_t i;

	for (i = 0; env_names[i]; i++) {
		if (s->value[i]) {
			setenv(env_names[i], s->value[i], 1);
		} else {
			unsetenv(env_names[i]);
		}
		free(s->value[i]);
	}
}

static void path_is(const char *arg, const char *want)
{
	char *p = rp_db_default_path(arg);

	if (!want) {
		if (p) {
			fail_msg("expected no path, got '%s'", p);
		}
		return;
	}
	if (!p || strcmp(p, want)) {
		fail_msg("expected '%s', got '%s'", want, p ? p : "(null)");
	}
	free(p);
}

static void test_default_path(void **state)
{
	struct saved_env saved;

	(void)state;
	env_save(&saved);
	setenv("RAPPORT_DB", "/env/rapport.db", 1);
	setenv("XDG_DATA_HOME", "/xdg", 1);
	setenv("HOME", "/home/u", 1);
	path_is("given.db", "given.db");
	path_is("/abs/given.db", "/abs/given.db");
	path_is(NULL, "/env/rapport.db");
	path_is("", "/env/rapport.db");
	unsetenv("RAPPORT_DB");
	path_is(NULL, "/xdg/rapport/rapport.db");
	setenv("RAPPORT_DB", "", 1);
	path_is(NULL, "/xdg/rapport/rapport.db");
	unsetenv("XDG_DATA_HOME");
	path_is(NULL, "/home/u/.local/share/rapport/rapport.db");
	setenv("XDG_DATA_HOME", "", 1);
	path_is(NULL, "/home/u/.local/share/rapport/rapport.db");
	/* The XDG specification ignores relative paths. */
	setenv("XDG_DATA_HOME", "relative", 1);
	path_is(NULL, "/home/u/.local/share/rapport/rapport.db");
	unsetenv("XDG_DATA_HOME");
	unsetenv("HOME");
	path_is(NULL, NULL);
	path_is("given.db", "given.db");
	setenv("HOME", "", 1);
	path_is(NULL, NULL);
	env_restore(&saved);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_schema_matches_declarations, fx_setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_every_kind_stores_every_field, fx_setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_migrations, fx_setup, teardown),
		cmocka_unit_test(test_migrations_of_both_backends),
		cmocka_unit_test_setup_teardown(test_newer_schema_refused, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_pragmas, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_engine_errors, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_rollback_leaves_nothing, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_nested_transactions, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_view, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_request_reads, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_close_rolls_back, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_missing, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_workspace_init, fx_setup, teardown),
		cmocka_unit_test_setup_teardown(test_today_and_actor, fx_setup, teardown),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
