/*
 * auth.c — who is asking and whether the form is theirs: Bearer tokens,
 * session cookies, CSRF tokens, the login and logout pages and the login
 * rate limiter.
 *
 * The CSRF token of a logged-in visitor is a keyed hash of their session
 * token under the server's secret, so it needs no storage and dies with the
 * session; an anonymous visitor (the login form) gets a random token in a
 * cookie of its own and must send it back in the form (double submit).
 * Cookies are HttpOnly and SameSite=Lax, and Secure behind TLS.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server.h"

#define SESSION_COOKIE "rapport_session"
#define CSRF_COOKIE    "rapport_csrf"
#define SESSION_TTL_S  (12 * 3600)

/* Failed logins allowed per address and login before it must wait. */
#define LIMIT_FREE_TRIES 5
#define LIMIT_SLOTS	 1024
#define LIMIT_WINDOW_S	 (15 * 60)
#define LIMIT_MAX_WAIT_S (15 * 60)

static void hex32(const unsigned char bin[32], char out[65])
{
	sodium_bin2hex(out, 65, bin, 32);
}

static bool is_hex64(const char *s)
{
	size_t i;

	for (i = 0; i < 64; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) {
			return false;
		}
	}
	return s[64] == '\0';
}

static void csrf_of_session(struct request *rq)
{
	unsigned char mac[32];

	crypto_generichash(mac, sizeof(mac), (const unsigned char *)rq->session,
			   strlen(rq->session), server_secret(rq->srv), 32);
	hex32(mac, rq->csrf);
}

static void csrf_for_visitor(struct request *rq)
{
	const char *have = request_cookie(rq, CSRF_COOKIE);
	unsigned char rnd[32];
	char cookie[160];

	if (have && is_hex64(have)) {
		memcpy(rq->csrf, have, 65);
		return;
	}
	randombytes_buf(rnd, sizeof(rnd));
	hex32(rnd, rq->csrf);
	snprintf(cookie, sizeof(cookie), CSRF_COOKIE "=%s; Path=/; HttpOnly; SameSite=Lax%s",
		 rq->csrf, server_config(rq->srv)->secure_cookies ? "; Secure" : "");
	free(rq->set_cookie);
	rq->set_cookie = strdup(cookie);
}

void auth_identify(struct request *rq)
{
	const char *authz = request_header(rq, MHD_HTTP_HEADER_AUTHORIZATION);
	const char *cookie;

	if (authz && !strncasecmp(authz, "Bearer ", 7)) {
		if (!rp_token_user(rq->db, authz + 7, &rq->user)) {
			rq->by_token = true;
		}
		return;
	}
	cookie = request_cookie(rq, SESSION_COOKIE);
	if (cookie && *cookie && !rp_session_user(rq->db, cookie, &rq->user)) {
		rq->session = strdup(cookie);
		if (rq->session) {
			csrf_of_session(rq);
			return;
		}
		rp_user_release(&rq->user);
		rp_user_init(&rq->user);
	}
	csrf_for_visitor(rq);
}

bool auth_csrf_ok(struct request *rq)
{
	const char *sent;

	if (rq->by_token) {
		return true;
	}
	if (!rq->csrf[0]) {
		return false;
	}
	sent = request_header(rq, "X-CSRF-Token");
	if (!sent) {
		sent = request_form(rq, "_csrf");
	}
	return sent && strlen(sent) == 64 && !sodium_memcmp(sent, rq->csrf, 64);
}

unsigned auth_access(const struct request *rq)
{
	if (!rq->user.id || rq->user.disabled) {
		return ACCESS_ANON;
	}
	switch (rq->user.role) {
	case RP_ROLE_OWNER:
		return ACCESS_OWNER;
	case RP_ROLE_MEMBER:
		return ACCESS_MEMBER;
	case RP_ROLE_CLIENT:
		return ACCESS_CLIENT;
	}
	return ACCESS_ANON;
}

bool auth_may_see_client(const struct request *rq, const char *client_slug)
{
	unsigned a = auth_access(rq);

	if (a & ACCESS_TEAM) {
		return true;
	}
	return a == ACCESS_CLIENT && rq->user.client_slug && client_slug &&
	       !strcmp(rq->user.client_slug, client_slug);
}

/* --- the login rate limiter ------------------------------------------- */

static int64_t now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

struct limit_slot {
	unsigned char key[16]; /* a hash of address and login */
	int64_t first;	       /* start of the window */
	int64_t until;	       /* no tries before this */
	unsigned failures;
	bool used;
};

static struct limit_slot slots[LIMIT_SLOTS];
static pthread_mutex_t limit_lock = PTHREAD_MUTEX_INITIALIZER;

static void limit_key(const char *key, unsigned char out[16])
{
	crypto_generichash(out, 16, (const unsigned char *)key, strlen(key), NULL, 0);
}

/* The slot of `key`, or a free or the oldest one when `create`. */
static struct limit_slot *limit_find(const unsigned char k[16], bool create, int64_t now)
{
	struct limit_slot *free_slot = NULL, *oldest = NULL, *target;
	size_t i;

	for (i = 0; i < LIMIT_SLOTS; i++) {
		struct limit_slot *s = &slots[i];

		if (s->used && now - s->first > LIMIT_WINDOW_S && now >= s->until) {
			s->used = false; /* its window is over */
		}
		if (s->used && !memcmp(s->key, k, 16)) {
			return s;
		}
		if (!s->used) {
			free_slot = free_slot ? free_slot : s;
		} else if (!oldest || s->first < oldest->first) {
			oldest = s;
		}
	}
	if (!create) {
		return NULL;
	}
	target = free_slot ? free_slot : oldest;
	memset(target, 0, sizeof(*target));
	memcpy(target->key, k, 16);
	target->first = now;
	target->used = true;
	return target;
}

bool limiter_allow(const char *key, int64_t now, unsigned *retry_after)
{
	unsigned char k[16];
	struct limit_slot *s;
	bool ok = true;

	limit_key(key, k);
	pthread_mutex_lock(&limit_lock);
	s = limit_find(k, false, now);
	if (s && now < s->until) {
		*retry_after = (unsigned)(s->until - now);
		ok = false;
	}
	pthread_mutex_unlock(&limit_lock);
	return ok;
}

void limiter_fail(const char *key, int64_t now)
{
	unsigned char k[16];
	struct limit_slot *s;

	limit_key(key, k);
	pthread_mutex_lock(&limit_lock);
	s = limit_find(k, true, now);
	s->failures++;
	if (s->failures >= LIMIT_FREE_TRIES) {
		/* 30 s after the fifth failure, doubling, at most 15 minutes */
		unsigned extra = s->failures - LIMIT_FREE_TRIES;
		int64_t wait = extra >= 5 ? LIMIT_MAX_WAIT_S : (int64_t)30 << extra;

		s->until = now + (wait > LIMIT_MAX_WAIT_S ? LIMIT_MAX_WAIT_S : wait);
	}
	pthread_mutex_unlock(&limit_lock);
}

void limiter_clear(const char *key)
{
	unsigned char k[16];
	struct limit_slot *s;

	limit_key(key, k);
	pthread_mutex_lock(&limit_lock);
	s = limit_find(k, false, now_s());
	if (s) {
		s->used = false;
	}
	pthread_mutex_unlock(&limit_lock);
}

/* --- the login and logout pages --------------------------------------- */

/* Where to go after logging in: a local path only, never another site. */
static const char *safe_next(const char *next, const struct rp_user *u)
{
	if (next && next[0] == '/' && next[1] != '/' && next[1] != '\\' &&
	    strncmp(next, "/login", 6)) {
		return next;
	}
	return u->role == RP_ROLE_CLIENT ? "/portal" : "/";
}

static int login_form(struct request *rq, struct response *rs, unsigned status, const char *message,
		      const char *login)
{
	const char *next = request_query(rq, "next");
	struct rp_buf *b = &rs->body;

	if (!next) {
		next = request_form(rq, "next");
	}
	page_begin(rq, rs, "Log in");
	rp_buf_puts(b, "<section class=\"login\">\n<h1>Log in to rapport</h1>\n");
	if (message) {
		html_printf(b, "<p class=\"flash error\" role=\"alert\">%s</p>\n", message);
	}
	rp_buf_puts(b, "<form method=\"post\" action=\"/login\">\n");
	page_csrf_field(rq, b);
	if (next) {
		rp_buf_puts(b, "<input type=\"hidden\" name=\"next\" value=\"");
		html_attr(b, next);
		rp_buf_puts(b, "\">\n");
	}
	rp_buf_puts(b, "<label>Login <input name=\"login\" autocomplete=\"username\" required "
		       "autofocus value=\"");
	html_attr(b, login ? login : "");
	rp_buf_puts(b, "\"></label>\n<label>Password <input name=\"password\" type=\"password\" "
		       "autocomplete=\"current-password\" required></label>\n"
		       "<button type=\"submit\">Log in</button>\n</form>\n</section>\n");
	page_end(rq, rs);
	rs->status = status;
	return RP_OK;
}

int ui_login_page(struct request *rq, struct response *rs)
{
	if (rq->user.id) {
		return response_redirect(rs, safe_next(request_query(rq, "next"), &rq->user));
	}
	return login_form(rq, rs, 200, NULL, NULL);
}

int ui_login(struct request *rq, struct response *rs)
{
	const char *login = request_form(rq, "login");
	const char *password = request_form(rq, "password");
	struct rp_user u;
	struct rp_buf key, cookie;
	char *token = NULL;
	unsigned wait = 0;
	int64_t now = now_s();
	int rc;

	if (!login || !*login || !password || !*password) {
		return login_form(rq, rs, 422, "Enter your login and password.", login);
	}
	rp_buf_init(&key);
	rp_buf_init(&cookie);
	rp_user_init(&u);
	rp_buf_printf(&key, "%s\n%s", rq->remote, login);
	if (!limiter_allow(key.data, now, &wait)) {
		char msg[128], after[24];

		snprintf(msg, sizeof(msg), "Too many failed logins: try again in %u seconds.",
			 wait);
		snprintf(after, sizeof(after), "%u", wait);
		login_form(rq, rs, 429, msg, login);
		response_header(rs, "Retry-After", after);
		goto out;
	}
	rc = rp_session_new(rq->db, login, password, SESSION_TTL_S, &token, &u);
	if (rc == RP_EAUTH) {
		limiter_fail(key.data, now);
		login_form(rq, rs, 401, "Wrong login or password.", login);
		goto out;
	}
	if (rc) {
		page_error(rq, rs, http_status_of(rc), rp_db_errmsg(rq->db));
		goto out;
	}
	limiter_clear(key.data);
	rp_buf_printf(&cookie, SESSION_COOKIE "=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s",
		      token, SESSION_TTL_S,
		      server_config(rq->srv)->secure_cookies ? "; Secure" : "");
	response_redirect(rs, safe_next(request_form(rq, "next"), &u));
	response_header(rs, MHD_HTTP_HEADER_SET_COOKIE, cookie.data);
out:
	if (token) {
		sodium_memzero(token, strlen(token));
	}
	free(token);
	rp_user_release(&u);
	rp_buf_release(&key);
	rp_buf_release(&cookie);
	return RP_OK;
}

int ui_logout(struct request *rq, struct response *rs)
{
	char cookie[128];

	if (rq->session) {
		rp_session_end(rq->db, rq->session);
	}
	snprintf(cookie, sizeof(cookie),
		 SESSION_COOKIE "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax%s",
		 server_config(rq->srv)->secure_cookies ? "; Secure" : "");
	response_redirect(rs, "/login");
	return response_header(rs, MHD_HTTP_HEADER_SET_COOKIE, cookie);
}
