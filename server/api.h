/*
 * api.h — what the parts of the JSON API (server/api-*.c) share: the
 * handlers of the route table in api.c, and the helpers of api-json.c that
 * turn a JSON body into library input, a record into a response with its
 * ETag, and a list into pages.
 *
 * Every handler answers through these helpers so that errors are always RFC
 * 9457 problems naming the field, and every record answered carries the
 * ETag that a later write's If-Match is compared with.
 */
#ifndef RAPPORT_API_H
#define RAPPORT_API_H

#include "server.h"

/* The OpenAPI document (docs/openapi.json), embedded at build time. */
extern const char api_openapi[];

/* --- helpers (api-json.c) --- */

/* Rows per page when the request names none, and the most it may ask. */
#define API_LIMIT_DEFAULT 50
#define API_LIMIT_MAX	  500

/* An ETag: a quoted hash of the record's JSON. */
#define API_ETAG_SIZE 36

/* The kind whose collection is named `name` in a path ("deliverables",
 * "change-requests"; a singleton by its singular: "exit-interview"), or
 * NULL. */
const struct rp_kind *api_kind_of(const char *name);
/* Append the collection name of a kind to `out`. */
int api_collection(const struct rp_kind *kind, struct rp_buf *out);

/* Answer with the problem for library status `rc`; `field` names the field
 * when the library did not (may be NULL).  Returns RP_OK: the request is
 * answered. */
int api_fail(struct request *rq, struct response *rs, int rc, const char *field);
/* A 422 problem about `field`, with a formatted detail.  Returns RP_OK. */
int api_invalid(struct response *rs, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The JSON object of the body (a new reference).  An empty body is an empty
 * object when `optional`; otherwise, and for malformed JSON, the request is
 * answered 400 and NULL returned. */
json_t *api_body(struct request *rq, struct response *rs, bool optional);

/*
 * Turn the members of `body` into text input for a write of `kind`:
 * strings as they are, numbers and booleans as text, null as "" (clears),
 * arrays for multi-valued fields, money as "24000.50" or {"amount",
 * "currency"} (the currency must be `currency` when that is not NULL).
 * Fields carrying `forbidden` flags are refused.  Members named in `skip`
 * (NULL-terminated, may be NULL) are left for the caller.  On failure the
 * request is answered 422 naming the member and -1 returned.
 */
int api_input(struct response *rs, const struct rp_kind *kind, json_t *body, unsigned forbidden,
	      const char *currency, const char *const *skip, struct rp_input *in);
/* The same for the arguments of verb `t`: a member is an argument's field
 * name or its command-line flag ("reason" for "waive_reason"). */
int api_verb_input(struct response *rs, const struct rp_kind *kind, const struct rp_transition *t,
		   json_t *body, struct rp_input *in);

/* The ETag of a record's JSON into `out`. */
void api_etag(const json_t *rec, char out[API_ETAG_SIZE]);
/* Whether the request's If-Match (if any) matches `etag` (NULL: no such
 * record); when not, the request is answered 412 and false returned. */
bool api_if_match(struct request *rq, struct response *rs, const char *etag);

/* Answer with a record as JSON, with its ETag; `status` 200 or 201 (then
 * with a Location).  A GET whose If-None-Match matches gets 304. */
int api_record(struct request *rq, struct response *rs, unsigned status, struct rp_record *rec);
/* Read record `ref` of `kind` and answer with it (api_record). */
int api_record_ref(struct request *rq, struct response *rs, unsigned status,
		   const struct rp_kind *kind, const char *ref);

/* A page of a list: how many rows and after which cursor. */
struct api_page {
	size_t limit;
	const char *cursor; /* NULL: from the start */
};
/* Read ?limit= and ?cursor=; answers 422 and returns -1 when they are bad. */
int api_page_parse(struct request *rq, struct response *rs, struct api_page *page);
/* The cursor as a whole number >= 0 (0 when there is none); -1 when it is
 * not one (the request is then answered 422). */
int64_t api_cursor_number(struct response *rs, const struct api_page *page);
/* Answer {"items": [...], "next": URL or null} with a Link header when there
 * is a next page (`next_cursor` not NULL).  Consumes `items`. */
int api_page_answer(struct request *rq, struct response *rs, json_t *items,
		    const char *next_cursor);

/* --- handlers --- */

/* api-meta.c */
int api_openapi_doc(struct request *rq, struct response *rs);
int api_me(struct request *rq, struct response *rs);
int api_users_list(struct request *rq, struct response *rs);
int api_users_add(struct request *rq, struct response *rs);
int api_user_disable(struct request *rq, struct response *rs);
int api_user_token(struct request *rq, struct response *rs);
int api_user_tokens(struct request *rq, struct response *rs);
int api_user_token_revoke(struct request *rq, struct response *rs);

/* api-record.c */
int api_clients_list(struct request *rq, struct response *rs);
int api_clients_add(struct request *rq, struct response *rs);
int api_client_get(struct request *rq, struct response *rs);
int api_client_edit(struct request *rq, struct response *rs);
int api_client_remove(struct request *rq, struct response *rs);
int api_contacts_list(struct request *rq, struct response *rs);
int api_contacts_add(struct request *rq, struct response *rs);
int api_children_list(struct request *rq, struct response *rs);
int api_children_add(struct request *rq, struct response *rs);
int api_singleton_put(struct request *rq, struct response *rs);
int api_singleton_act(struct request *rq, struct response *rs);
int api_kind_list(struct request *rq, struct response *rs);
int api_item_get(struct request *rq, struct response *rs);
int api_item_edit(struct request *rq, struct response *rs);
int api_item_remove(struct request *rq, struct response *rs);
int api_item_act(struct request *rq, struct response *rs);
/* Apply verb `verb` to record `ref` under If-Match and answer with it. */
int api_act(struct request *rq, struct response *rs, const struct rp_kind *kind, const char *ref,
	    const char *verb);

/* api-engagement.c */
int api_portfolio(struct request *rq, struct response *rs);
int api_engagement_add(struct request *rq, struct response *rs);
int api_engagement_get(struct request *rq, struct response *rs);
int api_engagement_edit(struct request *rq, struct response *rs);
int api_engagement_checks(struct request *rq, struct response *rs);
int api_kickoff_findings(struct request *rq, struct response *rs);
int api_kickoff(struct request *rq, struct response *rs);
int api_close_findings(struct request *rq, struct response *rs);
int api_close(struct request *rq, struct response *rs);
int api_hold(struct request *rq, struct response *rs);
int api_resume(struct request *rq, struct response *rs);
int api_deliver(struct request *rq, struct response *rs);
int api_closing(struct request *rq, struct response *rs);
int api_terminate(struct request *rq, struct response *rs);

/* api-report.c */
int api_report_render(struct request *rq, struct response *rs);
int api_report_send(struct request *rq, struct response *rs);

/* api-history.c */
int api_history(struct request *rq, struct response *rs);
int api_engagement_history(struct request *rq, struct response *rs);
int api_calendar(struct request *rq, struct response *rs);
int api_engagement_calendar(struct request *rq, struct response *rs);
/* Answer with the feed of the workspace (`eng` NULL) or of one engagement,
 * with the command line's default window; ?from= and ?to= (YYYY-MM-DD)
 * change it.  Whoever calls it has checked that the visitor may see it. */
int api_calendar_answer(struct request *rq, struct response *rs, const char *eng);

#endif
