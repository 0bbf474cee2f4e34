/*
 * portal-scope.c — the one place the portal decides whether a record is the
 * visitor's to see: a record belongs to an engagement, an engagement to a
 * client, and only the visitor's own client's engagements exist for them.
 *
 * Invariant: a record outside the visitor's scope and a record that does
 * not exist give the same answer (RP_ENOTFOUND, the same message), so that
 * ids cannot be probed.
 */
#include <string.h>

#include "portal.h"

static int not_found(struct request *rq)
{
	return rp_db_fail(rq->db, RP_ENOTFOUND, "no such page");
}

int portal_engagement(struct request *rq, const char *slug, struct rp_record **out)
{
	struct rp_record *eng = NULL;
	int rc = rp_record_get(rq->db, rp_kind_find("engagement"), slug, &eng);

	if (rc) {
		goto out;
	}
	if (!auth_may_see_client(rq, rp_record_parent(eng))) {
		rc = not_found(rq);
		goto out;
	}
	*out = eng;
	eng = NULL;
out:
	rp_record_free(eng);
	return rc == RP_ENOTFOUND ? not_found(rq) : rc;
}

int portal_record(struct request *rq, const char *kind, const char *ref, struct rp_record **out)
{
	const struct rp_kind *k = rp_kind_find(kind);
	struct rp_record *rec = NULL, *eng = NULL;
	int rc;

	/* A number only: a singleton's or an engagement's slug is not a
	 * record reference here. */
	if (!k || !*ref || strspn(ref, "0123456789") != strlen(ref) || strlen(ref) > 18) {
		return not_found(rq);
	}
	rc = rp_record_get(rq->db, k, ref, &rec);
	if (rc) {
		goto out;
	}
	rc = portal_engagement(rq, rp_record_parent(rec), &eng);
	if (rc) {
		goto out;
	}
	*out = rec;
	rec = NULL;
out:
	rp_record_free(rec);
	rp_record_free(eng);
	return rc == RP_ENOTFOUND ? not_found(rq) : rc;
}
