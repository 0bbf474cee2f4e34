/*
 * serve.c — libmicrohttpd glue: the daemon in epoll mode with a thread pool,
 * the limits, the pool of database handles, one dispatch per request, the
 * security headers, the access log and a clean stop on SIGTERM.
 *
 * Invariants: each request borrows one database handle for its dispatch and
 * returns it as soon as the response is built (before a byte is queued), with
 * a GET's read view ended and whatever transaction the dispatch left open
 * rolled back; requests in flight are counted so that a stop waits for them
 * to finish.
 */
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "server.h"

/* Limits on what a visitor controls. */
#define BODY_MAX	     (1024 * 1024) /* request body */
#define CONNECTION_MEMORY    (32 * 1024)   /* request line and headers */
#define CONNECTION_LIMIT     1024
#define CONNECTION_TIMEOUT_S 30
#define STOP_GRACE_S	     10
#define POOL_MAX	     64

struct server {
	struct server_config cfg;
	unsigned char secret[32];
	pthread_mutex_t pool_lock;
	struct rp_db *pool[POOL_MAX];
	size_t npool;
	FILE *log;
	pthread_mutex_t log_lock;
	atomic_int in_flight;
};

static volatile sig_atomic_t stopping;

const struct server_config *server_config(const struct server *srv)
{
	return &srv->cfg;
}

const unsigned char *server_secret(const struct server *srv)
{
	return srv->secret;
}

static int64_t monotonic_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int pool_open(struct server *srv, struct rp_db **out)
{
	struct rp_db *db = NULL;
	int rc = rp_db_open(srv->cfg.db_path, 0, &db);

	if (!rc && srv->cfg.today) {
		rc = rp_db_set_today(db, srv->cfg.today);
	}
	if (rc) {
		if (!srv->cfg.quiet) {
			fprintf(stderr, "error: %s\n", db ? rp_db_errmsg(db) : "out of memory");
		}
		rp_db_close(db);
		return rc ? rc : RP_ENOMEM;
	}
	rp_db_use_flag_names(db, false);
	*out = db;
	return RP_OK;
}

/* Borrow a handle: one from the pool, or a new one when all are busy. */
static int pool_get(struct server *srv, struct rp_db **out)
{
	struct rp_db *db = NULL;

	pthread_mutex_lock(&srv->pool_lock);
	if (srv->npool) {
		db = srv->pool[--srv->npool];
	}
	pthread_mutex_unlock(&srv->pool_lock);
	if (db) {
		*out = db;
		return RP_OK;
	}
	return pool_open(srv, out);
}

static void pool_put(struct server *srv, struct rp_db *db)
{
	if (!db) {
		return;
	}
	/* A handler that failed half-way must not leave a transaction open. */
	while (rp_db_in_transaction(db)) {
		rp_db_rollback(db);
	}
	rp_db_set_actor(db, NULL);
	pthread_mutex_lock(&srv->pool_lock);
	if (srv->npool < POOL_MAX) {
		srv->pool[srv->npool++] = db;
		db = NULL;
	}
	pthread_mutex_unlock(&srv->pool_lock);
	rp_db_close(db);
}

static void request_free(struct request *rq)
{
	size_t i;

	if (!rq) {
		return;
	}
	for (i = 0; i < ROUTE_MAX_PARAMS; i++) {
		free(rq->param_store[i]);
	}
	free(rq->path);
	free(rq->session);
	free(rq->set_cookie);
	rp_buf_release(&rq->body);
	if (rq->form) {
		form_release(rq->form);
		free(rq->form);
	}
	rp_user_release(&rq->user);
	free(rq);
}

static const char *const security_headers[][2] = {
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "same-origin"},
	{"X-Frame-Options", "DENY"},
	{"Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; "
				    "img-src 'self' data:; form-action 'self'; "
				    "frame-ancestors 'none'; base-uri 'none'"},
	{"Cache-Control", "no-store"},
};

/* The path as the log shows it: a byte that could end the line or the
 * quoted field (a control character, '"', '\\') as \\xHH, so that a request
 * cannot forge log lines. */
static int log_escape(const char *s, struct rp_buf *out)
{
	int rc = RP_OK;

	for (; *s && !rc; s++) {
		unsigned char c = (unsigned char)*s;

		rc = c < 0x20 || c == 0x7f || c == '"' || c == '\\'
			     ? rp_buf_printf(out, "\\x%02x", c)
			     : rp_buf_putc(out, (char)c);
	}
	return rc;
}

static void log_access(struct server *srv, struct request *rq, unsigned status, size_t bytes)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	struct rp_buf raw, path;

	if (!srv->log) {
		return;
	}
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	/* a token in the path (a calendar subscription) stays out of the log */
	rp_buf_init(&raw);
	rp_buf_init(&path);
	if (rq->path && (router_log_path(rq, &raw) || log_escape(raw.data, &path))) {
		rp_buf_reset(&path);
	}
	pthread_mutex_lock(&srv->log_lock);
	fprintf(srv->log, "%s %s %s \"%s %s\" %u %zu %.3fms\n", stamp, rq->remote,
		rq->user.id ? rq->user.login : "-", rq->method, path.len ? path.data : "-", status,
		bytes, (double)(monotonic_us() - rq->started_us) / 1000.0);
	fflush(srv->log);
	pthread_mutex_unlock(&srv->log_lock);
	rp_buf_release(&raw);
	rp_buf_release(&path);
}

/* Whether the handler set header `name` itself (it then wins over ours). */
static bool has_header(const struct response *rs, const char *name)
{
	size_t i;

	for (i = 0; i < rs->nheaders; i++) {
		if (!strcasecmp(rs->headers[i].name, name)) {
			return true;
		}
	}
	return false;
}

static enum MHD_Result send_response(struct request *rq, struct response *rs)
{
	struct MHD_Response *r;
	enum MHD_Result ret;
	size_t i, len;
	bool is_static = rs->static_body != NULL;

	if (is_static) {
		len = rs->static_len;
		r = MHD_create_response_from_buffer(len, (void *)rs->static_body,
						    MHD_RESPMEM_PERSISTENT);
	} else {
		len = rs->body.len;
		if (len) {
			char *data = rp_buf_detach(&rs->body);

			r = data ? MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE)
				 : NULL;
			if (!r) {
				free(data);
			}
		} else {
			r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
		}
	}
	if (!r) {
		return MHD_NO;
	}
	for (i = 0; i < sizeof(security_headers) / sizeof(security_headers[0]); i++) {
		if (!has_header(rs, security_headers[i][0])) {
			MHD_add_response_header(r, security_headers[i][0], security_headers[i][1]);
		}
	}
	if (rs->type) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, rs->type);
	}
	for (i = 0; i < rs->nheaders; i++) {
		MHD_add_response_header(r, rs->headers[i].name, rs->headers[i].value);
	}
	if (rq->set_cookie) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_SET_COOKIE, rq->set_cookie);
	}
	if (stopping) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
	}
	ret = MHD_queue_response(rq->conn, rs->status, r);
	MHD_destroy_response(r);
	log_access(rq->srv, rq, rs->status, len);
	return ret;
}

/* A refusal in the realm's own form. */
static void refuse(struct request *rq, struct response *rs, unsigned status, const char *title)
{
	enum realm realm = rq->route ? rq->route->realm : REALM_UI;

	if (!strncmp(rq->path, "/api/", 5)) {
		realm = REALM_API;
	}
	rp_buf_reset(&rs->body);
	if (realm == REALM_API || realm == REALM_STATIC) {
		response_problem(rs, status, title, NULL, NULL);
	} else {
		page_error(rq, rs, status, title);
	}
}

static void dispatch(struct request *rq, struct response *rs)
{
	unsigned status = 404;
	unsigned access;
	int rc;

	if (rq->body_too_large) {
		refuse(rq, rs, 413, "request body too large");
		return;
	}
	rq->route = router_match(rq, &status);
	if (!rq->route) {
		refuse(rq, rs, status, status == 405 ? "method not allowed" : "not found");
		if (status == 405) {
			response_header(rs, "Allow", "GET, HEAD, POST, PUT, PATCH, DELETE");
		}
		return;
	}
	if (rq->route->realm == REALM_STATIC) {
		static_asset(rq, rs);
		return;
	}
	rc = pool_get(rq->srv, &rq->db);
	if (rc) {
		refuse(rq, rs, 503, "the database is not available");
		return;
	}
	/* A reading request's statements share one read transaction where that
	 * is cheaper (SQLite); a write inside gets its own. */
	if (!strcmp(rq->method, "GET") && rp_db_begin_request(rq->db)) {
		refuse(rq, rs, 503, "the database is not available");
		return;
	}
	auth_identify(rq);
	access = auth_access(rq);
	if (!(rq->route->access & access)) {
		if (access == ACCESS_ANON) {
			if (rq->route->realm == REALM_API) {
				response_problem(rs, 401, "authentication required", NULL, NULL);
				response_header(rs, "WWW-Authenticate", "Bearer realm=\"rapport\"");
			} else {
				struct rp_buf loc;

				rp_buf_init(&loc);
				rp_buf_puts(&loc, "/login?next=");
				html_url_arg(&loc, rq->path);
				response_redirect(rs, loc.data);
				rp_buf_release(&loc);
			}
			return;
		}
		/* What a role may not use does not exist for it. */
		refuse(rq, rs, 404, "not found");
		return;
	}
	if (strcmp(rq->method, "GET") && !auth_csrf_ok(rq)) {
		refuse(rq, rs, 403, "the form is stale or forged: reload the page and try again");
		return;
	}
	if (rq->user.id) {
		rp_db_set_actor(rq->db, rq->user.login);
	}
	rc = rq->route->fn(rq, rs);
	if (rc && !rs->status) {
		refuse(rq, rs, 500, "internal error");
	}
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct server *srv = cls;
	struct request *rq = *con_cls;
	struct response rs;
	enum MHD_Result ret;

	(void)version;
	if (!rq) {
		const union MHD_ConnectionInfo *ci;

		rq = calloc(1, sizeof(*rq));
		if (!rq) {
			return MHD_NO;
		}
		rq->srv = srv;
		rq->conn = conn;
		rq->started_us = monotonic_us();
		rq->head = !strcmp(method, "HEAD");
		rq->method = rq->head ? "GET" : method;
		rq->path = strdup(url);
		rp_buf_init(&rq->body);
		rp_user_init(&rq->user);
		snprintf(rq->remote, sizeof(rq->remote), "-");
		ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		if (ci && ci->client_addr) {
			const struct sockaddr *sa = ci->client_addr;

			if (sa->sa_family == AF_INET) {
				inet_ntop(AF_INET,
					  &((const struct sockaddr_in *)(const void *)sa)->sin_addr,
					  rq->remote, sizeof(rq->remote));
			} else if (sa->sa_family == AF_INET6) {
				inet_ntop(
					AF_INET6,
					&((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
					rq->remote, sizeof(rq->remote));
			}
		}
		*con_cls = rq;
		atomic_fetch_add(&srv->in_flight, 1);
		if (!rq->path) {
			return MHD_NO;
		}
		return MHD_YES;
	}
	if (*upload_size) {
		if (rq->body.len + *upload_size > BODY_MAX) {
			rq->body_too_large = true;
		} else if (rp_buf_add(&rq->body, upload, *upload_size)) {
			return MHD_NO;
		}
		*upload_size = 0;
		return MHD_YES;
	}
	response_init(&rs);
	dispatch(rq, &rs);
	/* The response is whole: the handle serves the next request already. */
	if (rq->db) {
		rp_db_end_request(rq->db);
	}
	pool_put(srv, rq->db);
	rq->db = NULL;
	if (!rs.status) {
		rs.status = 500;
	}
	ret = send_response(rq, &rs);
	response_release(&rs);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct server *srv = cls;
	struct request *rq = *con_cls;

	(void)conn;
	(void)toe;
	if (!rq) {
		return;
	}
	pool_put(srv, rq->db);
	rq->db = NULL;
	request_free(rq);
	*con_cls = NULL;
	atomic_fetch_sub(&srv->in_flight, 1);
}

static void on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static int parse_listen(const char *listen, struct sockaddr_in *sa)
{
	const char *colon = strrchr(listen, ':');
	char host[64];
	char *end;
	long port;

	if (!colon || (size_t)(colon - listen) >= sizeof(host)) {
		return -1;
	}
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (!colon[1] || *end || port < 0 || port > 65535) {
		return -1;
	}
	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, *host ? host : "127.0.0.1", &sa->sin_addr) != 1) {
		return -1;
	}
	return 0;
}

int server_run(const struct server_config *cfg)
{
	struct server *srv = NULL;
	struct MHD_Daemon *d = NULL;
	struct sockaddr_in sa;
	struct sigaction act;
	struct rp_db *probe = NULL;
	const union MHD_DaemonInfo *info;
	unsigned threads = cfg->threads;
	char name[256];
	int code = 3, waited;

	if (parse_listen(cfg->listen, &sa)) {
		fprintf(stderr,
			"error: invalid address '%s' for --listen (expected ADDR:PORT, "
			"e.g. 127.0.0.1:8080)\n",
			cfg->listen);
		return 2;
	}
	if (sodium_init() < 0) {
		fprintf(stderr, "error: libsodium cannot start\n");
		return 3;
	}
	srv = calloc(1, sizeof(*srv));
	if (!srv) {
		fprintf(stderr, "error: out of memory\n");
		return 3;
	}
	srv->cfg = *cfg;
	randombytes_buf(srv->secret, sizeof(srv->secret));
	pthread_mutex_init(&srv->pool_lock, NULL);
	pthread_mutex_init(&srv->log_lock, NULL);
	if (cfg->access_log && !strcmp(cfg->access_log, "-")) {
		srv->log = stderr;
	} else if (cfg->access_log) {
		srv->log = fopen(cfg->access_log, "a");
		if (!srv->log) {
			fprintf(stderr, "error: cannot open '%s' for --access-log: %s\n",
				cfg->access_log, strerror(errno));
			code = 2;
			goto out;
		}
	}
	/* Fail now, not on the first request, if the database is unusable. */
	if (pool_open(srv, &probe)) {
		goto out;
	}
	snprintf(name, sizeof(name), "%s", rp_workspace_name(probe));
	pool_put(srv, probe);
	if (!threads) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		threads = n > 0 ? (unsigned)n : 1;
	}
	memset(&act, 0, sizeof(act));
	act.sa_handler = on_signal;
	sigaction(SIGTERM, &act, NULL);
	sigaction(SIGINT, &act, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG, 0,
			     NULL, NULL, on_request, srv, MHD_OPTION_SOCK_ADDR,
			     (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, threads,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONNECTION_TIMEOUT_S,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY,
			     MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
			     MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "error: cannot listen on '%s': %s\n", cfg->listen,
			strerror(errno ? errno : EADDRINUSE));
		goto out;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	if (!cfg->quiet) {
		char addr[INET_ADDRSTRLEN];

		inet_ntop(AF_INET, &sa.sin_addr, addr, sizeof(addr));
		printf("rapport serving %s at http://%s:%u/ (%u threads)\n", name, addr,
		       info ? info->port : 0, threads);
		fflush(stdout);
	}
	/* The signal may land on any thread: look for it rather than wait. */
	while (!stopping) {
		usleep(50000);
	}
	/* Stop taking new connections, let the requests in flight finish. */
	MHD_quiesce_daemon(d);
	for (waited = 0; atomic_load(&srv->in_flight) > 0 && waited < STOP_GRACE_S * 100;
	     waited++) {
		usleep(10000);
	}
	code = 0;
out:
	if (d) {
		MHD_stop_daemon(d);
	}
	while (srv->npool) {
		rp_db_close(srv->pool[--srv->npool]);
	}
	if (srv->log && srv->log != stderr) {
		fclose(srv->log);
	}
	pthread_mutex_destroy(&srv->pool_lock);
	pthread_mutex_destroy(&srv->log_lock);
	free(srv);
	return code;
}
