/*
 * feed.c — the calendar subscription: GET /calendar/{token}/rapport.ics
 * answers the whole workspace's iCalendar feed to whoever holds an API
 * token of a team account, because calendar programs subscribe to a URL
 * and cannot send an Authorization header.
 *
 * Invariants: the token in the path is the only credential looked at (the
 * route admits everyone and this handler decides); every refusal — an
 * unknown or revoked token, a disabled account, a client contact's token —
 * is the same bare 404, so the answer tells nothing about whether a token
 * exists.  The token never reaches the access log (router_log_path) and the
 * answer sets no cookie and is not cached (the default Cache-Control).
 */
#include <stdlib.h>

#include "api.h"

int feed_calendar(struct request *rq, struct response *rs)
{
	struct rp_user owner;
	int rc;

	/* calendar programs keep no cookies: the CSRF cookie an anonymous
	 * visitor gets would only be noise in a feed */
	free(rq->set_cookie);
	rq->set_cookie = NULL;
	rp_user_init(&owner);
	rc = rp_token_user(rq->db, rq->params[0], &owner);
	if (rc == RP_ENOTFOUND || (!rc && owner.role == RP_ROLE_CLIENT)) {
		/* a client-scoped feed is not supported: a contact's token is no key */
		rc = response_problem(rs, 404, "not found", NULL, NULL);
		goto out;
	}
	if (rc) {
		rc = api_fail(rq, rs, rc, NULL);
		goto out;
	}
	rc = api_calendar_answer(rq, rs, NULL);
out:
	rp_user_release(&owner);
	return rc;
}
