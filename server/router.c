/*
 * router.c — the route tables and matching a request to one of them.
 *
 * A pattern is a path whose segments are literals or {name} captures of one
 * non-empty segment; the first route whose pattern and method match wins.
 * The tables are constant; every route names who may use it and what it
 * does, which `rapport serve --routes` prints for the access-matrix test and
 * the OpenAPI check.  A capture named in secret_captures carries a
 * credential and never reaches the access log (router_log_path).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

const struct route base_routes[] = {
	{"GET", "/login", ui_login_page, ACCESS_ANON | ACCESS_ANY, REALM_UI, "the login form"},
	{"POST", "/login", ui_login, ACCESS_ANON | ACCESS_ANY, REALM_UI, "log in"},
	{"POST", "/logout", ui_logout, ACCESS_ANY, REALM_UI, "log out"},
	{"GET", "/static/{file}", NULL, ACCESS_ANON | ACCESS_ANY, REALM_STATIC,
	 "the style sheet, script and icon"},
	{"GET", "/calendar/{token}/rapport.ics", feed_calendar, ACCESS_ANON | ACCESS_ANY, REALM_API,
	 "the workspace's calendar feed, for a subscription by a team API token"},
	{NULL, NULL, NULL, 0, REALM_UI, NULL},
};

static const struct route *const tables[] = {base_routes, api_routes, ui_routes, portal_routes};

/* Captures that hold a credential: a calendar program can send its token
 * only in the URL, and logs must not keep it.  The first one of a pattern
 * is hidden. */
static const char *const secret_captures[] = {"token"};

static const char *seg_end(const char *s, int c)
{
	while (*s && *s != c) {
		s++;
	}
	return s;
}

/* Match `path` against `pattern`; captures go to rq when `rq` is not NULL. */
static bool match(const char *pattern, const char *path, struct request *rq)
{
	const char *p = pattern, *s = path;
	size_t n = 0;

	while (*p && *s) {
		if (*p != '/' || *s != '/') {
			return false;
		}
		p++;
		s++;
		const char *pend = seg_end(p, '/');
		const char *send = seg_end(s, '/');

		if (*p == '{') {
			if (send == s || n >= ROUTE_MAX_PARAMS) {
				return false;
			}
			if (rq) {
				free(rq->param_store[n]);
				rq->param_store[n] = strndup(s, (size_t)(send - s));
				rq->params[n] = rq->param_store[n];
				if (!rq->params[n]) {
					return false;
				}
			}
			n++;
		} else if (pend - p != send - s || memcmp(p, s, (size_t)(pend - p))) {
			return false;
		}
		p = pend;
		s = send;
	}
	if (*p || *s) {
		return false;
	}
	if (rq) {
		rq->nparams = n;
	}
	return true;
}

const struct route *router_match(struct request *rq, unsigned *status)
{
	size_t t;
	const struct route *r;
	bool path_known = false;

	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		for (r = tables[t]; r->method; r++) {
			if (!match(r->pattern, rq->path, NULL)) {
				continue;
			}
			path_known = true;
			if (strcmp(r->method, rq->method)) {
				continue;
			}
			if (!match(r->pattern, rq->path, rq)) {
				*status = 500;
				return NULL;
			}
			return r;
		}
	}
	*status = path_known ? 405 : 404;
	return NULL;
}

static bool secret_capture(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(secret_captures) / sizeof(secret_captures[0]); i++) {
		if (strlen(secret_captures[i]) == len && !memcmp(secret_captures[i], name, len)) {
			return true;
		}
	}
	return false;
}

/*
 * Where in `path` the secret capture of `pattern` is, when the path agrees
 * with the pattern up to and including that segment: *at and *len (without
 * the slash).  A path that goes on differently still counts, so that a
 * mistyped subscription URL does not put its token in the log either.
 */
static bool secret_segment(const char *pattern, const char *path, size_t *at, size_t *len)
{
	const char *p = pattern, *s = path;

	while (*p == '/' && *s == '/') {
		const char *pend = seg_end(p + 1, '/');
		const char *send = seg_end(s + 1, '/');

		if (p[1] == '{') {
			if (send == s + 1) {
				return false;
			}
			if (secret_capture(p + 2, (size_t)(pend - p - 3))) {
				*at = (size_t)(s + 1 - path);
				*len = (size_t)(send - s - 1);
				return true;
			}
		} else if (pend - p != send - s || memcmp(p, s, (size_t)(pend - p))) {
			return false;
		}
		p = pend;
		s = send;
	}
	return false;
}

int router_log_path(const struct request *rq, struct rp_buf *out)
{
	const char *path = rq->path;
	size_t t, at = 0, len = 0;
	const struct route *r;
	bool found = rq->route && secret_segment(rq->route->pattern, path, &at, &len);
	int rc;

	for (t = 0; !rq->route && !found && t < sizeof(tables) / sizeof(tables[0]); t++) {
		for (r = tables[t]; r->method && !found; r++) {
			found = secret_segment(r->pattern, path, &at, &len);
		}
	}
	if (!found) {
		return rp_buf_puts(out, path);
	}
	rc = rp_buf_add(out, path, at);
	if (!rc) {
		rc = rp_buf_puts(out, "\u2026");
	}
	if (!rc) {
		rc = rp_buf_puts(out, path + at + len);
	}
	return rc;
}

static json_t *access_json(unsigned access)
{
	json_t *a = json_array();

	if (access & ACCESS_ANON) {
		json_array_append_new(a, json_string("anonymous"));
	}
	if (access & ACCESS_OWNER) {
		json_array_append_new(a, json_string("owner"));
	}
	if (access & ACCESS_MEMBER) {
		json_array_append_new(a, json_string("member"));
	}
	if (access & ACCESS_CLIENT) {
		json_array_append_new(a, json_string("client"));
	}
	return a;
}

int router_dump(void)
{
	static const char *const realms[] = {"api", "ui", "portal", "static"};
	json_t *all = json_array();
	const struct route *r;
	size_t t;
	int rc;

	if (!all) {
		return 3;
	}
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		for (r = tables[t]; r->method; r++) {
			json_array_append_new(
				all, json_pack("{s:s, s:s, s:o, s:s, s:s}", "method", r->method,
					       "path", r->pattern, "access", access_json(r->access),
					       "realm", realms[r->realm], "summary", r->summary));
		}
	}
	rc = json_dumpf(all, stdout, JSON_INDENT(2)) || fputc('\n', stdout) == EOF;
	json_decref(all);
	return rc ? 3 : 0;
}
