/* The fixture the unit tests of the database share: see fixture.h. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fixture.h"

/* ---- the database ---------------------------------------------------- */

void remove_files(const char *path)
{
	char side[800];

	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

bool fx_on_server(void)
{
	const char *url = getenv("RAPPORT_TEST_DB");

	return url && *url;
}

/* Empty the server database named by RAPPORT_TEST_DB: a fresh schema. */
static int fx_wipe(const char *url)
{
	const struct store_backend *be = store_backend_for(url);
	struct store *s = NULL;
	int rc;

	rc = be->open(url, true, &s);
	if (!rc) {
		rc = be->exec(
			s, "DROP SCHEMA IF EXISTS \"other\" CASCADE; DROP SCHEMA public CASCADE; "
			   "CREATE SCHEMA public");
	}
	if (rc) {
		print_error("cannot empty the test database: %s\n", be->errmsg(s));
	}
	be->close(s);
	return rc;
}

int fx_open(struct fx *fx)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(fx->dir, sizeof(fx->dir), "%s/rapport-unit-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(fx->dir)) {
		print_error("cannot make a temporary directory: %s\n", strerror(errno));
		return -1;
	}
	fx->db = NULL;
	if (fx_on_server()) {
		snprintf(fx->path, sizeof(fx->path), "%s", getenv("RAPPORT_TEST_DB"));
		if (fx_wipe(fx->path) != RP_OK) {
			rmdir(fx->dir);
			return -1;
		}
	} else {
		snprintf(fx->path, sizeof(fx->path), "%s/rapport.db", fx->dir);
	}
	if (rp_db_open(fx->path, RP_OPEN_CREATE, &fx->db) != RP_OK ||
	    rp_workspace_init(fx->db, "Test", "EUR", "UTC") != RP_OK ||
	    rp_db_set_today(fx->db, TODAY) != RP_OK) {
		print_error("cannot prepare the database: %s\n", rp_db_errmsg(fx->db));
		fx_close(fx);
		return -1;
	}
	return 0;
}

void fx_close(struct fx *fx)
{
	rp_db_close(fx->db);
	fx->db = NULL;
	if (!fx_on_server()) {
		remove_files(fx->path);
	}
	rmdir(fx->dir);
}

void fx_reopen(struct fx *fx)
{
	rp_db_close(fx->db);
	fx->db = NULL;
	CHECK(fx->db, rp_db_open(fx->path, 0, &fx->db), RP_OK);
	CHECK(fx->db, rp_db_set_today(fx->db, TODAY), RP_OK);
}

int fx_setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));

	if (!fx) {
		return -1;
	}
	if (fx_open(fx) != 0) {
		free(fx);
		return -1;
	}
	*state = fx;
	return 0;
}

int fx_teardown(void **state)
{
	struct fx *fx = *state;

	if (fx) {
		fx_close(fx);
		free(fx);
	}
	return 0;
}

/* ---- checks ---------------------------------------------------------- */

void expect_rc(struct rp_db *db, int rc, int want, const char *what, int line)
{
	if (rc != want) {
		fail_msg("line %d: %s: got %s (%d), expected %s (%d): %s", line, what,
			 rp_status_name(rc), rc, rp_status_name(want), want, rp_db_errmsg(db));
	}
}

void expect_msg(struct rp_db *db, const char *needle, const char *what, int line)
{
	if (!strstr(rp_db_errmsg(db), needle)) {
		fail_msg("line %d: %s: message \"%s\" does not contain \"%s\"", line, what,
			 rp_db_errmsg(db), needle);
	}
}

/* ---- records --------------------------------------------------------- */

const struct rp_kind *K(const char *name)
{
	const struct rp_kind *k = rp_kind_find(name);

	if (!k) {
		fail_msg("no kind '%s'", name);
	}
	return k;
}

struct rp_input *input_va(const char *first, va_list ap)
{
	struct rp_input *in = rp_input_new();
	const char *f, *v;

	assert_non_null(in);
	for (f = first; f; f = va_arg(ap, const char *)) {
		v = va_arg(ap, const char *);
		assert_int_equal(rp_input_add(in, f, v), RP_OK);
	}
	return in;
}

struct rp_input *input(const char *first, ...)
{
	struct rp_input *in;
	va_list ap;

	va_start(ap, first);
	in = input_va(first, ap);
	va_end(ap);
	return in;
}

/* An input of all the (field, value) pairs in `ap`, ending with NULL. */
static struct rp_input *input_rest(va_list ap)
{
	const char *first = va_arg(ap, const char *);

	return input_va(first, ap);
}

int add(struct fx *fx, const char *kind, const char *parent, int64_t *id, ...)
{
	struct rp_input *in;
	va_list ap;
	int rc;

	va_start(ap, id);
	in = input_rest(ap);
	va_end(ap);
	rc = rp_record_add(fx->db, K(kind), parent, in, id);
	rp_input_free(in);
	return rc;
}

int edit(struct fx *fx, const char *kind, const char *ref, ...)
{
	struct rp_input *in;
	va_list ap;
	int rc;

	va_start(ap, ref);
	in = input_rest(ap);
	va_end(ap);
	rc = rp_record_edit(fx->db, K(kind), ref, in);
	rp_input_free(in);
	return rc;
}

int act(struct fx *fx, const char *kind, const char *ref, const char *verb, ...)
{
	struct rp_input *in;
	va_list ap;
	int rc;

	va_start(ap, verb);
	in = input_rest(ap);
	va_end(ap);
	rc = rp_record_act(fx->db, K(kind), ref, verb, in);
	rp_input_free(in);
	return rc;
}

struct rp_record *get(struct fx *fx, const char *kind, const char *ref)
{
	struct rp_record *rec = NULL;

	CHECK(fx->db, rp_record_get(fx->db, K(kind), ref, &rec), RP_OK);
	return rec;
}

void assert_str_field(struct fx *fx, const char *kind, const char *ref, const char *field,
		      const char *want)
{
	struct rp_record *rec = get(fx, kind, ref);
	const char *have = rp_record_str(rec, field);

	if (want == NULL ? have != NULL : (have == NULL || strcmp(have, want) != 0)) {
		fail_msg("%s %s: %s is '%s', expected '%s'", kind, ref, field,
			 have ? have : "(null)", want ? want : "(null)");
	}
	rp_record_free(rec);
}

int64_t int_field(struct fx *fx, const char *kind, const char *ref, const char *field)
{
	struct rp_record *rec = get(fx, kind, ref);
	int64_t v = rp_record_int(rec, field);

	rp_record_free(rec);
	return v;
}

size_t count_records(struct fx *fx, const char *kind, const char *parent)
{
	struct rp_record_list list = {NULL, 0};
	size_t n;

	CHECK(fx->db, rp_record_list(fx->db, K(kind), parent, NULL, &list), RP_OK);
	n = list.count;
	rp_record_list_release(&list);
	return n;
}

size_t count_events(struct fx *fx)
{
	struct rp_event_list list = {NULL, 0};
	size_t n;

	CHECK(fx->db, rp_history(fx->db, NULL, 0, &list), RP_OK);
	n = list.count;
	rp_event_list_release(&list);
	return n;
}
