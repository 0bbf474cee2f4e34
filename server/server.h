/*
 * server.h — what the parts of `rapport serve` share: one request and its
 * response, the route table, authentication, the escapers and the page
 * layout.
 *
 * A request is handled by exactly one worker thread, which borrows a
 * database handle from the pool for the time of the request; nothing here
 * is global but the server's configuration, read-only once serving starts,
 * and the login rate limiter, which has its own lock.  A handler fills the
 * response and returns 0; it never writes to the connection itself.
 */
#ifndef RAPPORT_SERVER_H
#define RAPPORT_SERVER_H

#include <jansson.h>

#include "rapport/rapport.h"

struct MHD_Connection;
struct server;

/* Who may use a route: a bit per role, plus the anonymous visitor. */
#define ACCESS_ANON   (1u << 0)
#define ACCESS_OWNER  (1u << 1)
#define ACCESS_MEMBER (1u << 2)
#define ACCESS_CLIENT (1u << 3)
#define ACCESS_TEAM   (ACCESS_OWNER | ACCESS_MEMBER)
#define ACCESS_ANY    (ACCESS_TEAM | ACCESS_CLIENT)

/* Where a route belongs: it decides how a refusal looks (problem details
 * for the API, a login redirect or an HTML page for the web). */
enum realm {
	REALM_API,
	REALM_UI,
	REALM_PORTAL,
	REALM_STATIC,
};

#define ROUTE_MAX_PARAMS 4
#define FORM_MAX_FIELDS	 64

/* One name=value pair of a form or a query string, decoded. */
struct form_field {
	char *name;
	char *value;
};

struct form {
	struct form_field fields[FORM_MAX_FIELDS];
	size_t count;
};

struct header {
	char *name;
	char *value;
};

#define RESPONSE_MAX_HEADERS 12

struct response {
	unsigned status;
	const char *type; /* Content-Type; borrowed, a literal */
	struct rp_buf body;
	struct header headers[RESPONSE_MAX_HEADERS];
	size_t nheaders;
	/* A static body (an embedded asset) sent instead of `body`. */
	const char *static_body;
	size_t static_len;
};

struct route;

struct request {
	struct server *srv;
	struct MHD_Connection *conn;
	const char *method; /* "GET", "POST", ...; HEAD is served as GET */
	bool head;
	char *path;			      /* decoded path, without the query string */
	const char *params[ROUTE_MAX_PARAMS]; /* the route's {captures}, in order */
	char *param_store[ROUTE_MAX_PARAMS];
	size_t nparams;
	struct rp_buf body; /* the request body as received */
	bool body_too_large;
	struct form *form; /* the urlencoded body, once parsed (a form is 1 KiB:
			    * only requests that read one pay for it) */
	bool form_parsed;
	const struct route *route;
	struct rp_db *db; /* this request's handle, from the pool */
	/* Who is asking: user.id == 0 for an anonymous visitor. */
	struct rp_user user;
	bool by_token;	    /* authenticated with a Bearer token (no CSRF) */
	char *session;	    /* the session token of the cookie, if valid */
	char csrf[65];	    /* the CSRF token forms of this visitor must carry */
	char *set_cookie;   /* a CSRF cookie to set for an anonymous visitor */
	char remote[64];    /* the peer's address, for the log and the limiter */
	int64_t started_us; /* monotonic, for the access log */
};

typedef int (*route_fn)(struct request *rq, struct response *rs);

struct route {
	const char *method; /* "GET", "POST", "PUT", "PATCH", "DELETE" */
	/* "/api/v1/engagements/{slug}"; {name} matches one segment.  A capture
	 * named {token} holds a credential: the access log shows it as "…". */
	const char *pattern;
	route_fn fn;
	unsigned access; /* ACCESS_* bits of the roles that may use it */
	enum realm realm;
	const char *summary; /* one line: what it does (OpenAPI summary) */
};

/* The route tables, each ending with a NULL method: the base (login,
 * assets: router.c), the API (api.c), the team's pages (ui.c) and the
 * portal (portal.c).  router_match looks through them in that order. */
extern const struct route base_routes[];
extern const struct route api_routes[];
extern const struct route ui_routes[];
extern const struct route portal_routes[];

/*
 * Find the route for method and path; fills rq->params.  Returns the route,
 * or NULL with *status 404 (no such path) or 405 (path known, method not).
 */
const struct route *router_match(struct request *rq, unsigned *status);

/* Append the request's path to `out` as the access log shows it: the
 * segments of secret captures ({token}) replaced by "…". */
int router_log_path(const struct request *rq, struct rp_buf *out);

/* Print the route table as JSON on stdout (`rapport serve --routes`). */
int router_dump(void);

/* --- server configuration (serve.c) --- */

struct server_config {
	const char *db_path;
	const char *today;	/* fixed day for every handle, or NULL */
	const char *listen;	/* ADDR:PORT */
	bool secure_cookies;	/* behind TLS: cookies get Secure */
	const char *access_log; /* a file, "-" for stderr, NULL for none */
	unsigned threads;	/* worker threads; 0: the number of cores */
	bool quiet;
};

/* Serve until SIGTERM or SIGINT; returns an exit code. */
int server_run(const struct server_config *cfg);

/* The server's configuration, for handlers. */
const struct server_config *server_config(const struct server *srv);
/* The secret the server keys its CSRF tokens with (32 bytes). */
const unsigned char *server_secret(const struct server *srv);

/* --- requests (request.c) --- */

/* A request header, or NULL.  Borrowed. */
const char *request_header(struct request *rq, const char *name);
/* A query-string argument, or NULL.  Borrowed. */
const char *request_query(struct request *rq, const char *name);
/* A cookie, or NULL.  Borrowed. */
const char *request_cookie(struct request *rq, const char *name);
/* A field of the urlencoded form body, or NULL.  Borrowed. */
const char *request_form(struct request *rq, const char *name);
/* The form body, parsed on first use; RP_EINVAL for a malformed body. */
int request_parse_form(struct request *rq);
/* Decode an application/x-www-form-urlencoded string into `form`. */
int form_parse(const char *s, size_t len, struct form *form);
void form_release(struct form *form);
/* The body as a JSON value (new reference); NULL with a message in `err`
 * (at least 160 bytes) when it is not JSON. */
json_t *request_json(struct request *rq, char *err, size_t errlen);

/* --- responses (response.c) --- */

void response_init(struct response *rs);
void response_release(struct response *rs);
/* Add a header (copied); RP_ENOMEM or RP_EINVAL when full. */
int response_header(struct response *rs, const char *name, const char *value);
/* Serialise `value` (consumed) as the body with status and JSON type. */
int response_json(struct response *rs, unsigned status, json_t *value);
/*
 * An RFC 9457 problem: status, a short title, the detail (a library message
 * or NULL) and the field at fault (NULL if none), as
 * application/problem+json.
 */
int response_problem(struct response *rs, unsigned status, const char *title, const char *detail,
		     const char *field);
/* The problem that answers a library status, with the handle's message. */
int response_status(struct response *rs, struct request *rq, int status);
/* The HTTP status a library status maps to (the one place that maps). */
unsigned http_status_of(int status);
/* A 303 redirect to `location` (after a form post). */
int response_redirect(struct response *rs, const char *location);
/* Plain text with a status. */
int response_text(struct response *rs, unsigned status, const char *text);

/* --- authentication (auth.c) --- */

/* Who is asking: the Bearer token or the session cookie; sets rq->user,
 * rq->session, rq->csrf.  Never fails the request: a bad credential just
 * leaves the visitor anonymous (API routes then answer 401). */
void auth_identify(struct request *rq);
/* Whether an unsafe request carries the visitor's CSRF token (form field
 * "_csrf" or header X-CSRF-Token); requests by token need none. */
bool auth_csrf_ok(struct request *rq);
/* The role bit (ACCESS_*) of the visitor. */
unsigned auth_access(const struct request *rq);
/* Whether the visitor may see engagement `slug` (team: all; client
 * contact: their client's). */
bool auth_may_see_client(const struct request *rq, const char *client_slug);

/* POST /login and /logout, the login page: auth.c. */
int ui_login_page(struct request *rq, struct response *rs);
int ui_login(struct request *rq, struct response *rs);
int ui_logout(struct request *rq, struct response *rs);

/* GET /calendar/{token}/rapport.ics, the calendar subscription: feed.c. */
int feed_calendar(struct request *rq, struct response *rs);

/* Login rate limiting: whether `key` (address and login) may try now;
 * when not, *retry_after is the seconds to wait. */
bool limiter_allow(const char *key, int64_t now, unsigned *retry_after);
/* Record a failed attempt for `key`. */
void limiter_fail(const char *key, int64_t now);
/* Forget `key` after a successful login. */
void limiter_clear(const char *key);

/* --- static assets (static.c) --- */

int static_asset(struct request *rq, struct response *rs);

/* --- HTML (html.c): an escaper per output context --- */

/* Text between tags: & < > " ' escaped. */
int html_txt(struct rp_buf *b, const char *s);
/* An attribute value inside double quotes. */
int html_attr(struct rp_buf *b, const char *s);
/* One component of a URL (path segment or query value), percent-encoded. */
int html_url_arg(struct rp_buf *b, const char *s);
/* A record's field formatted for people (rp_record_format) as escaped
 * text, an instant as "2026-11-26 10:15 UTC"; whether anything was written
 * (nothing for an empty field). */
bool html_value(struct rp_buf *b, const struct rp_record *rec, const struct rp_field *f);
/* Formatted text where every %s argument is escaped as text: use only
 * %s, %d, %lld, %u, %zu and %%. */
int html_printf(struct rp_buf *b, const char *fmt, ...);

/* --- the page layout (ui-layout.c) --- */

/* Start an HTML page: doctype, head with title, the style sheet, the top
 * bar (for the team or the portal) and the opening of <main>. */
int page_begin(struct request *rq, struct response *rs, const char *title);
/* Close <main> and the page; sets the HTML content type and status 200. */
int page_end(struct request *rq, struct response *rs);
/* A hidden input with the visitor's CSRF token, for every form. */
int page_csrf_field(struct request *rq, struct rp_buf *b);
/* A whole page that says why a request failed (404, 422, ...). */
int page_error(struct request *rq, struct response *rs, unsigned status, const char *message);

/* --- the message after a form (flash.c) --- */

/* Answer a form post with a 303 to `location` and, unless NULL, a message
 * for the next page (kept in a short-lived cookie). */
int page_redirect(struct request *rq, struct response *rs, const char *location, const char *flash);
/* Add to `b` the message the last redirect left, if any, and forget it. */
int page_flash(struct request *rq, struct response *rs, struct rp_buf *b);

#endif
