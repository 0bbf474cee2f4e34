/*
 * api-record.c — reading and writing records of every kind through the
 * API: lists, add, get, edit, remove and verbs, driven by the kind
 * declarations like the command line's generic commands, through the same
 * library calls (so the same validation, state rules and audit events).
 *
 * A write that carries If-Match reads the record, compares its ETag and
 * writes inside one transaction, so that of two editors holding the same
 * ETag only the first succeeds and the second gets 412.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"

#define REF_SIZE 32

/* --- lists ------------------------------------------------------------ */

/* One page of the records of `kind` under `parent`, in number order; the
 * cursor is the number of the last record of the previous page. */
static int list_page(struct request *rq, struct response *rs, const struct rp_kind *kind,
		     const char *parent)
{
	struct rp_record_list list = {NULL, 0};
	struct api_page page;
	json_t *items = NULL;
	char next[24];
	int64_t after;
	size_t i, f, n = 0;
	bool more = false;
	int rc;

	if (api_page_parse(rq, rs, &page) || (after = api_cursor_number(rs, &page)) < 0) {
		return RP_OK;
	}
	/* one more than the page, to know whether another follows */
	rc = rp_record_page(rq->db, kind, parent, request_query(rq, "state"), after, page.limit + 1,
			    &list);
	if (rc) {
		return api_fail(rq, rs, rc, rc == RP_EINVAL ? "state" : NULL);
	}
	items = json_array();
	for (i = 0; items && i < list.count; i++) {
		json_t *obj;

		if (n == page.limit) {
			more = true;
			break;
		}
		obj = rp_record_json(list.items[i]);
		for (f = 0; obj && f < kind->nfields; f++) {
			if (kind->fields[f].flags & RP_F_BULKY) {
				/* not in a list: read the record for it */
				json_object_del(obj, kind->fields[f].name);
			}
		}
		json_array_append_new(items, obj);
		snprintf(next, sizeof(next), "%lld", (long long)rp_record_id(list.items[i]));
		n++;
	}
	rp_record_list_release(&list);
	return api_page_answer(rq, rs, items, more ? next : NULL);
}

int api_clients_list(struct request *rq, struct response *rs)
{
	return list_page(rq, rs, rp_kind_find("client"), NULL);
}

int api_contacts_list(struct request *rq, struct response *rs)
{
	return list_page(rq, rs, rp_kind_find("contact"), rq->params[0]);
}

int api_kind_list(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = api_kind_of(rq->params[0]);

	if (!kind) {
		return response_problem(rs, 404, "not found", "no such collection", NULL);
	}
	return list_page(rq, rs, kind, NULL);
}

/* --- adding ----------------------------------------------------------- */

/* The reference of a record just added: its slug or number (the engagement
 * for a singleton). */
static void new_ref(const struct rp_kind *kind, const char *parent, int64_t id, char ref[REF_SIZE])
{
	snprintf(ref, REF_SIZE, "%lld", (long long)id);
	if (kind->singleton) {
		snprintf(ref, REF_SIZE, "%s", parent);
	}
}

/* The currency money of `kind` under engagement `eng` is kept in, or NULL. */
static const char *parent_currency(struct request *rq, const struct rp_kind *kind, const char *eng,
				   struct rp_record **holder)
{
	size_t i;

	if (kind->parent != RP_PARENT_ENGAGEMENT) {
		return NULL;
	}
	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].type == RP_T_MONEY) {
			break;
		}
	}
	if (i == kind->nfields || rp_record_get(rq->db, rp_kind_find("engagement"), eng, holder)) {
		return NULL; /* the add names a missing engagement itself */
	}
	return rp_record_currency(*holder);
}

/* Add a record of `kind` under `parent` from the body; `skip` names body
 * members that are not fields (the parent itself). */
static int add(struct request *rq, struct response *rs, const struct rp_kind *kind,
	       const char *parent, json_t *body, const char *const *skip)
{
	struct rp_input *in = rp_input_new();
	struct rp_record *eng = NULL;
	char ref[REF_SIZE];
	int64_t id = 0;
	int rc = RP_OK;

	if (!in) {
		response_problem(rs, 500, "internal error", "out of memory", NULL);
		goto out;
	}
	if (api_input(rs, kind, body, RP_F_NOADD, parent_currency(rq, kind, parent, &eng), skip,
		      in)) {
		goto out;
	}
	rc = rp_record_add(rq->db, kind, parent, in, &id);
	if (rc) {
		rc = api_fail(rq, rs, rc, NULL);
		goto out;
	}
	new_ref(kind, parent, id, ref);
	rc = api_record_ref(rq, rs, 201, kind, ref);
out:
	rp_record_free(eng);
	rp_input_free(in);
	return rc;
}

static int add_from_body(struct request *rq, struct response *rs, const struct rp_kind *kind,
			 const char *parent)
{
	/* no body adds with no fields: the library names what is missing */
	json_t *body = api_body(rq, rs, true);
	int rc;

	if (!body) {
		return RP_OK;
	}
	rc = add(rq, rs, kind, parent, body, NULL);
	json_decref(body);
	return rc;
}

int api_clients_add(struct request *rq, struct response *rs)
{
	return add_from_body(rq, rs, rp_kind_find("client"), NULL);
}

int api_contacts_add(struct request *rq, struct response *rs)
{
	return add_from_body(rq, rs, rp_kind_find("contact"), rq->params[0]);
}

int api_engagement_add(struct request *rq, struct response *rs)
{
	static const char *const skip[] = {"client", NULL};
	json_t *body = api_body(rq, rs, false);
	json_t *client;
	int rc = RP_OK;

	if (!body) {
		return RP_OK;
	}
	client = json_object_get(body, "client");
	if (!json_is_string(client) || !*json_string_value(client)) {
		api_invalid(rs, "client", "missing client (expected the client's slug)");
	} else {
		rc = add(rq, rs, rp_kind_find("engagement"), json_string_value(client), body, skip);
	}
	json_decref(body);
	return rc;
}

/* --- the engagement's records ----------------------------------------- */

/* The kind of {kind} under an engagement, or NULL after a 404. */
static const struct rp_kind *child_kind(struct response *rs, const char *name)
{
	const struct rp_kind *kind = api_kind_of(name);

	if (!kind || kind->parent != RP_PARENT_ENGAGEMENT) {
		response_problem(rs, 404, "not found", "an engagement has no such records", NULL);
		return NULL;
	}
	return kind;
}

int api_children_list(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = child_kind(rs, rq->params[1]);

	if (!kind) {
		return RP_OK;
	}
	if (kind->singleton) {
		return api_record_ref(rq, rs, 200, kind, rq->params[0]);
	}
	return list_page(rq, rs, kind, rq->params[0]);
}

int api_children_add(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = child_kind(rs, rq->params[1]);

	if (!kind) {
		return RP_OK;
	}
	if (!strcmp(kind->name, "report")) {
		return response_problem(rs, 405, "method not allowed",
					"a report is kept by sending it: POST "
					"/api/v1/engagements/{slug}/reports/progress or closeout",
					NULL);
	}
	return add_from_body(rq, rs, kind, rq->params[0]);
}

/* --- writes under If-Match -------------------------------------------- */

/*
 * Open the write transaction, read record `ref` and compare its ETag with
 * If-Match.  Returns 0 with the transaction open and *cur the record (the
 * caller's); non-zero when the request is answered (nothing left open).
 */
static int guard(struct request *rq, struct response *rs, const struct rp_kind *kind,
		 const char *ref, struct rp_record **cur)
{
	char etag[API_ETAG_SIZE];
	json_t *obj;
	int rc = rp_db_begin(rq->db);

	if (rc) {
		api_fail(rq, rs, rc, NULL);
		return -1;
	}
	rc = rp_record_get(rq->db, kind, ref, cur);
	if (rc) {
		rp_db_rollback(rq->db);
		api_fail(rq, rs, rc, NULL);
		return -1;
	}
	obj = rp_record_json(*cur);
	api_etag(obj, etag);
	json_decref(obj);
	if (!api_if_match(rq, rs, etag)) {
		rp_db_rollback(rq->db);
		rp_record_free(*cur);
		*cur = NULL;
		return -1;
	}
	return 0;
}

/* Finish a guarded write whose library call returned `rc`: commit, then
 * answer the record as it is now (named by `ref`; NULL: it is gone, 204),
 * or the failure. */
static int finish(struct request *rq, struct response *rs, int rc, const struct rp_kind *kind,
		  const char *ref)
{
	if (rc) {
		rp_db_rollback(rq->db);
		return api_fail(rq, rs, rc, NULL);
	}
	rc = rp_db_commit(rq->db);
	if (rc) {
		return api_fail(rq, rs, rc, NULL);
	}
	if (!ref) {
		rs->status = 204;
		return RP_OK;
	}
	return api_record_ref(rq, rs, 200, kind, ref);
}

/* An edit (`verb` NULL) or a verb applied to record `ref`, under If-Match. */
static int change(struct request *rq, struct response *rs, const struct rp_kind *kind,
		  const char *ref, const char *verb)
{
	const struct rp_transition *t = verb ? rp_kind_transition(kind, verb) : NULL;
	json_t *body = api_body(rq, rs, verb != NULL);
	struct rp_input *in = rp_input_new();
	struct rp_record *cur = NULL;
	char id[REF_SIZE];
	int rc = RP_OK;

	if (!body || !in) {
		if (!in) {
			response_problem(rs, 500, "internal error", "out of memory", NULL);
		}
		goto out;
	}
	if (verb && !t) {
		response_problem(rs, 404, "not found", "no such verb", NULL);
		goto out;
	}
	if (guard(rq, rs, kind, ref, &cur)) {
		goto out;
	}
	if (t ? api_verb_input(rs, kind, t, body, in)
	      : api_input(rs, kind, body, RP_F_NOEDIT, rp_record_currency(cur), NULL, in)) {
		rp_db_rollback(rq->db);
		goto out;
	}
	/* the number still names it when an edit renames its slug */
	new_ref(kind, ref, rp_record_id(cur), id);
	rc = finish(rq, rs,
		    t ? rp_record_act(rq->db, kind, ref, verb, in)
		      : rp_record_edit(rq->db, kind, ref, in),
		    kind, id);
out:
	rp_record_free(cur);
	rp_input_free(in);
	json_decref(body);
	return rc;
}

int api_act(struct request *rq, struct response *rs, const struct rp_kind *kind, const char *ref,
	    const char *verb)
{
	return change(rq, rs, kind, ref, verb);
}

static int remove_record(struct request *rq, struct response *rs, const struct rp_kind *kind,
			 const char *ref)
{
	struct rp_record *cur = NULL;

	if (guard(rq, rs, kind, ref, &cur)) {
		return RP_OK;
	}
	rp_record_free(cur);
	return finish(rq, rs, rp_record_remove(rq->db, kind, ref), kind, NULL);
}

int api_client_get(struct request *rq, struct response *rs)
{
	return api_record_ref(rq, rs, 200, rp_kind_find("client"), rq->params[0]);
}

int api_client_edit(struct request *rq, struct response *rs)
{
	return change(rq, rs, rp_kind_find("client"), rq->params[0], NULL);
}

int api_client_remove(struct request *rq, struct response *rs)
{
	return remove_record(rq, rs, rp_kind_find("client"), rq->params[0]);
}

int api_engagement_get(struct request *rq, struct response *rs)
{
	return api_record_ref(rq, rs, 200, rp_kind_find("engagement"), rq->params[0]);
}

int api_engagement_edit(struct request *rq, struct response *rs)
{
	return change(rq, rs, rp_kind_find("engagement"), rq->params[0], NULL);
}

/* --- singletons ------------------------------------------------------- */

int api_singleton_put(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = child_kind(rs, rq->params[1]);
	struct rp_record *cur = NULL;
	struct rp_input *in = NULL;
	json_t *body = NULL;
	int rc = RP_OK;
	bool exists;

	if (!kind) {
		goto out;
	}
	if (!kind->singleton) {
		response_problem(rs, 405, "method not allowed",
				 "PUT sets a singleton (retrospective, exit interview, follow-up); "
				 "add a record with POST",
				 NULL);
		goto out;
	}
	body = api_body(rq, rs, false);
	in = rp_input_new();
	if (!body || !in) {
		if (!in) {
			response_problem(rs, 500, "internal error", "out of memory", NULL);
		}
		goto out;
	}
	/* A failed read would fail the transaction: look before opening it. */
	exists = !rp_record_get(rq->db, kind, rq->params[0], &cur);
	rp_record_free(cur);
	cur = NULL;
	if (!exists && !api_if_match(rq, rs, NULL)) {
		goto out;
	}
	if (exists && guard(rq, rs, kind, rq->params[0], &cur)) {
		goto out;
	}
	if (api_input(rs, kind, body, exists ? RP_F_NOEDIT : RP_F_NOADD, NULL, NULL, in)) {
		if (exists) {
			rp_db_rollback(rq->db);
		}
		goto out;
	}
	if (exists) {
		rc = finish(rq, rs, rp_record_put(rq->db, kind, rq->params[0], in, NULL), kind,
			    rq->params[0]);
		goto out;
	}
	rc = rp_record_put(rq->db, kind, rq->params[0], in, NULL);
	rc = rc ? api_fail(rq, rs, rc, NULL) : api_record_ref(rq, rs, 201, kind, rq->params[0]);
out:
	rp_record_free(cur);
	rp_input_free(in);
	json_decref(body);
	return rc;
}

int api_singleton_act(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = child_kind(rs, rq->params[1]);

	if (!kind) {
		return RP_OK;
	}
	if (!kind->singleton) {
		return response_problem(rs, 404, "not found",
					"verbs of records are under /api/v1/{kind}/{id}/{verb}",
					NULL);
	}
	return api_act(rq, rs, kind, rq->params[0], rq->params[2]);
}

/* --- any record by its number ----------------------------------------- */

/* The kind of /api/v1/{kind}/{id}, or NULL after a 404: singletons live
 * under their engagement. */
static const struct rp_kind *item_kind(struct response *rs, const char *name)
{
	const struct rp_kind *kind = api_kind_of(name);

	if (!kind || kind->singleton) {
		response_problem(rs, 404, "not found", "no such collection", NULL);
		return NULL;
	}
	return kind;
}

int api_item_get(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = item_kind(rs, rq->params[0]);

	return kind ? api_record_ref(rq, rs, 200, kind, rq->params[1]) : RP_OK;
}

int api_item_edit(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = item_kind(rs, rq->params[0]);

	return kind ? change(rq, rs, kind, rq->params[1], NULL) : RP_OK;
}

int api_item_remove(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = item_kind(rs, rq->params[0]);

	return kind ? remove_record(rq, rs, kind, rq->params[1]) : RP_OK;
}

int api_item_act(struct request *rq, struct response *rs)
{
	const struct rp_kind *kind = item_kind(rs, rq->params[0]);

	return kind ? api_act(rq, rs, kind, rq->params[1], rq->params[2]) : RP_OK;
}
