/*
 * api-engagement.c — the engagement as a whole through the API: the
 * portfolio, its checks, the kickoff and close gates and the lifecycle
 * verbs.
 *
 * A gate that finds blockers answers 409 with the findings in the problem
 * ("findings"), so a client sees what to fix without a second request; an
 * "override" reason passes it anyway and is kept in the audit trail.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

/* --- the portfolio ---------------------------------------------------- */

struct portfolio_walk {
	json_t *items;
	size_t skip;  /* entries before the page */
	size_t limit; /* entries on the page */
	size_t seen;
	bool more;
};

static json_t *signals_json(const char *signals)
{
	json_t *arr = json_array();
	const char *p = signals, *end;

	while (arr && p && *p) {
		end = strchr(p, ' ');
		if (!end) {
			end = p + strlen(p);
		}
		if (end > p) {
			json_array_append_new(arr, json_stringn(p, (size_t)(end - p)));
		}
		p = *end ? end + 1 : end;
	}
	return arr;
}

static int portfolio_entry(void *arg, const struct rp_portfolio_entry *e)
{
	struct portfolio_walk *w = arg;
	struct rp_buf href;

	if (w->seen++ < w->skip) {
		return 0;
	}
	if (json_array_size(w->items) == w->limit) {
		w->more = true;
		return 1;
	}
	rp_buf_init(&href);
	rp_buf_puts(&href, "/api/v1/engagements/");
	html_url_arg(&href, e->slug);
	json_array_append_new(
		w->items,
		json_pack("{s:s, s:s, s:s, s:s, s:i, s:i, s:i, s:o, s:o, s:s}", "slug", e->slug,
			  "title", e->title, "client", e->client, "state", e->state, "score",
			  e->score, "blockers", e->blockers, "warnings", e->warnings, "signals",
			  signals_json(e->signals), "next_deadline",
			  e->next_deadline[0] ? json_pack("{s:s, s:s?}", "date", e->next_deadline,
							  "what", e->next_what)
					      : json_null(),
			  "href", href.data));
	rp_buf_release(&href);
	return 0;
}

int api_portfolio(struct request *rq, struct response *rs)
{
	struct portfolio_walk w = {0};
	struct api_page page;
	const char *state = request_query(rq, "state");
	char next[24];
	int64_t skip;
	int rc;

	if (api_page_parse(rq, rs, &page) || (skip = api_cursor_number(rs, &page)) < 0) {
		return RP_OK;
	}
	if (state && rp_kind_state_index(rp_kind_find("engagement"), state) < 0) {
		return api_invalid(rs, "state",
				   "invalid state '%s' (expected one of draft, active, on_hold, "
				   "delivered, closing, closed, terminated)",
				   state);
	}
	w.items = json_array();
	w.skip = (size_t)skip;
	w.limit = page.limit;
	rc = rp_portfolio_each(rq->db, state, portfolio_entry, &w);
	if (rc < 0) {
		json_decref(w.items);
		return api_fail(rq, rs, rc, NULL);
	}
	snprintf(next, sizeof(next), "%zu", w.skip + w.limit);
	return api_page_answer(rq, rs, w.items, w.more ? next : NULL);
}

/* --- checks and gates ------------------------------------------------- */

/* Answer the findings of `phases` (0: those of the state) on engagement
 * `slug`. */
static int findings(struct request *rq, struct response *rs, const char *slug, unsigned phases)
{
	struct rp_record *eng = NULL;
	struct rp_findings f;
	int rc = rp_record_get(rq->db, rp_kind_find("engagement"), slug, &eng);

	if (!rc) {
		rc = rp_check_run(rq->db, slug, phases, &f);
	}
	if (rc) {
		rp_record_free(eng);
		return api_fail(rq, rs, rc, NULL);
	}
	response_json(
		rs, 200,
		rp_findings_json(rp_record_str(eng, "slug"), rp_record_str(eng, "state"), &f));
	rp_findings_release(&f);
	rp_record_free(eng);
	return RP_OK;
}

int api_engagement_checks(struct request *rq, struct response *rs)
{
	const char *all = request_query(rq, "all");

	if (all && strcmp(all, "true") && strcmp(all, "false")) {
		return api_invalid(rs, "all", "invalid value '%s' for all (expected true or false)",
				   all);
	}
	return findings(rq, rs, rq->params[0], all && !strcmp(all, "true") ? RP_PHASE_ALL : 0);
}

int api_kickoff_findings(struct request *rq, struct response *rs)
{
	return findings(rq, rs, rq->params[0], RP_PHASE_KICKOFF);
}

int api_close_findings(struct request *rq, struct response *rs)
{
	return findings(rq, rs, rq->params[0], RP_PHASE_CLOSE);
}

/* POST a gate: {"override": "reason"} is optional.  Under If-Match the
 * engagement's ETag is compared in the gate's transaction. */
static int gate(struct request *rq, struct response *rs, bool kickoff)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	const char *slug = rq->params[0];
	json_t *body = api_body(rq, rs, true), *override, *problem, *cur;
	struct rp_record *eng = NULL;
	struct rp_findings f = {0};
	char etag[API_ETAG_SIZE], id[24];
	int rc = RP_OK;

	if (!body) {
		goto out;
	}
	override = json_object_get(body, "override");
	if ((override && !json_is_string(override)) ||
	    json_object_size(body) != (override ? 1u : 0u)) {
		api_invalid(rs, override ? "override" : NULL,
			    "a gate takes only {\"override\": \"the reason, in words\"}");
		goto out;
	}
	rc = rp_db_begin(rq->db);
	if (!rc) {
		rc = rp_record_get(rq->db, kind, slug, &eng);
	}
	if (rc) {
		rp_db_rollback(rq->db);
		rc = api_fail(rq, rs, rc, NULL);
		goto out;
	}
	cur = rp_record_json(eng);
	api_etag(cur, etag);
	json_decref(cur);
	if (!api_if_match(rq, rs, etag)) {
		rp_db_rollback(rq->db);
		goto out;
	}
	snprintf(id, sizeof(id), "%lld", (long long)rp_record_id(eng));
	rc = kickoff ? rp_engagement_kickoff(rq->db, slug, json_string_value(override), &f)
		     : rp_engagement_close(rq->db, slug, json_string_value(override), &f);
	if (rc) {
		rp_db_rollback(rq->db);
	} else {
		rc = rp_db_commit(rq->db);
	}
	if (rc == RP_EGATE) {
		response_problem(rs, 409, rp_status_name(rc), rp_db_errmsg(rq->db), NULL);
		problem = json_loadb(rs->body.data, rs->body.len, 0, NULL);
		if (problem) {
			json_object_set_new(problem, "findings",
					    rp_findings_json(rp_record_str(eng, "slug"),
							     rp_record_str(eng, "state"), &f));
			response_json(rs, 409, problem);
			rs->type = "application/problem+json";
		}
		rc = RP_OK;
		goto out;
	}
	rc = rc ? api_fail(rq, rs, rc, NULL) : api_record_ref(rq, rs, 200, kind, id);
out:
	rp_findings_release(&f);
	rp_record_free(eng);
	json_decref(body);
	return rc;
}

int api_kickoff(struct request *rq, struct response *rs)
{
	return gate(rq, rs, true);
}

int api_close(struct request *rq, struct response *rs)
{
	return gate(rq, rs, false);
}

/* --- the lifecycle ---------------------------------------------------- */

static int lifecycle(struct request *rq, struct response *rs, const char *verb)
{
	return api_act(rq, rs, rp_kind_find("engagement"), rq->params[0], verb);
}

int api_hold(struct request *rq, struct response *rs)
{
	return lifecycle(rq, rs, "hold");
}

int api_resume(struct request *rq, struct response *rs)
{
	return lifecycle(rq, rs, "resume");
}

int api_deliver(struct request *rq, struct response *rs)
{
	return lifecycle(rq, rs, "deliver");
}

int api_closing(struct request *rq, struct response *rs)
{
	return lifecycle(rq, rs, "closing");
}

int api_terminate(struct request *rq, struct response *rs)
{
	return lifecycle(rq, rs, "terminate");
}
