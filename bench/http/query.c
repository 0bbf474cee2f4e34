/*
 * query.c — rapport-bench-query: how long the work behind GET
 * /api/v1/engagements/SLUG takes in-process, without HTTP: read the
 * engagement (rp_record_get), turn it into JSON (rp_record_json) and dump
 * it as the server dumps a response (two-space indent, fields in order).
 *
 *   rapport-bench-query DB SLUG [--runs N] [--today YYYY-MM-DD]
 *
 * One handle, opened once, as a worker of the server borrows one; a warm-up
 * of a tenth of the runs first, so that the pages and the prepared
 * statements are in place, then every call timed on its own.  It prints one
 * line of key=value pairs: the runs, the median, mean, 99th percentile and
 * minimum and maximum in milliseconds, and the size of the JSON in bytes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rapport/rapport.h"

#define RUNS_DEFAULT 10000
#define RUNS_MAX     10000000

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static int dump_cb(const char *buffer, size_t size, void *data)
{
	return rp_buf_add(data, buffer, size) ? -1 : 0;
}

/* One call: the engagement's JSON into `out`, as the API answers it. */
static int engagement_json(struct rp_db *db, const struct rp_kind *kind, const char *slug,
			   struct rp_buf *out)
{
	struct rp_record *rec = NULL;
	json_t *j = NULL;
	int rc;

	rp_buf_reset(out);
	rc = rp_record_get(db, kind, slug, &rec);
	if (rc) {
		goto out;
	}
	rc = RP_ENOMEM;
	j = rp_record_json(rec);
	if (!j || json_dump_callback(j, dump_cb, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) ||
	    rp_buf_putc(out, '\n')) {
		goto out;
	}
	rc = RP_OK;
out:
	json_decref(j);
	rp_record_free(rec);
	return rc;
}

int main(int argc, char **argv)
{
	const char *path = NULL, *slug = NULL, *today = NULL;
	const struct rp_kind *kind = rp_kind_find("engagement");
	struct rp_db *db = NULL;
	struct rp_buf out;
	double *t = NULL, sum = 0;
	long runs = RUNS_DEFAULT, i;
	int code = 2, rc;

	rp_buf_init(&out);
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
			char *end;

			errno = 0;
			runs = strtol(argv[++i], &end, 10);
			if (!*argv[i] || *end || errno || runs < 1 || runs > RUNS_MAX) {
				fprintf(stderr,
					"error: invalid number '%s' for --runs (expected 1 to "
					"%d)\n",
					argv[i], RUNS_MAX);
				goto out;
			}
		} else if (!strcmp(argv[i], "--today") && i + 1 < argc) {
			today = argv[++i];
		} else if (!path && argv[i][0] != '-') {
			path = argv[i];
		} else if (!slug && argv[i][0] != '-') {
			slug = argv[i];
		} else {
			path = NULL;
			break;
		}
	}
	if (!path || !slug) {
		fprintf(stderr,
			"usage: rapport-bench-query DB SLUG [--runs N] [--today YYYY-MM-DD]\n");
		goto out;
	}
	code = 3;
	t = calloc((size_t)runs, sizeof(*t));
	if (!t || !kind) {
		fprintf(stderr, "error: out of memory\n");
		goto out;
	}
	rc = rp_db_open(path, 0, &db);
	if (!rc && today) {
		rc = rp_db_set_today(db, today);
	}
	if (rc) {
		fprintf(stderr, "error: %s\n", db ? rp_db_errmsg(db) : "out of memory");
		goto out;
	}
	rp_db_use_flag_names(db, false);
	/* The warm-up calls come first and are not kept. */
	for (i = -(runs / 10 + 1); i < runs; i++) {
		double t0 = now_ms();

		rc = engagement_json(db, kind, slug, &out);
		if (rc) {
			fprintf(stderr, "error: %s\n",
				rc == RP_ENOMEM ? "out of memory" : rp_db_errmsg(db));
			goto out;
		}
		if (i >= 0) {
			t[i] = now_ms() - t0;
			sum += t[i];
		}
	}
	qsort(t, (size_t)runs, sizeof(*t), cmp_double);
	printf("runs=%ld median_ms=%.4f mean_ms=%.4f p99_ms=%.4f min_ms=%.4f max_ms=%.4f "
	       "bytes=%zu\n",
	       runs, runs % 2 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2,
	       sum / (double)runs, t[(size_t)((double)runs * 0.99)], t[0], t[runs - 1], out.len);
	code = 0;
out:
	rp_db_close(db);
	rp_buf_release(&out);
	free(t);
	return code;
}
