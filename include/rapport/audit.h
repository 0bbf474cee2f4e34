/*
 * rapport/audit.h — the audit trail: every write appends one event (who,
 * when, what, the record's fields before and after) in the same transaction.
 *
 * Events are numbered from 1 per workspace and hash-chained: each event's
 * hash is SHA-256 over its own contents and the previous event's hash, so a
 * changed, removed or reordered event breaks the chain at that point.
 */
#ifndef RAPPORT_AUDIT_H
#define RAPPORT_AUDIT_H

#include <jansson.h>

#include "rapport/common.h"
#include "rapport/db.h"

#define RP_HASH_HEX 65 /* 64 hex digits and a NUL */

struct rp_event {
	int64_t seq;
	int64_t at; /* Unix seconds, UTC */
	char *actor;
	char *action;	  /* "add", "edit", "remove" or a verb ("accept") */
	char *kind;	  /* the record kind's name */
	int64_t record;	  /* the record's number */
	char *engagement; /* the engagement's slug, or NULL */
	char *before;	  /* the fields before, as JSON; NULL for "add" */
	char *after;	  /* the fields after, as JSON; NULL for "remove" */
	char prev[RP_HASH_HEX];
	char hash[RP_HASH_HEX];
};

struct rp_event_list {
	struct rp_event *items;
	size_t count;
};

/*
 * The events of the workspace, or of engagement `eng` (its slug) and its
 * records, oldest first; `limit` > 0 keeps only the newest `limit`.
 */
RP_API int rp_history(struct rp_db *db, const char *eng, size_t limit, struct rp_event_list *out);
/* The same, only the events numbered below `before` (0: every one): the
 * page of an API's cursor, read from the database a page at a time. */
RP_API int rp_history_page(struct rp_db *db, const char *eng, int64_t before, size_t limit,
			   struct rp_event_list *out);
RP_API void rp_event_list_release(struct rp_event_list *list);
/* One event as JSON, as `rapport history --json` and the API show it, with
 * its before and after states as objects.  A new reference, NULL when out of
 * memory. */
RP_API json_t *rp_event_json(const struct rp_event *e);

/*
 * Recompute the chain.  RP_OK when every event holds the hash of its
 * predecessor and its own hash matches its contents; RP_ECONFLICT when not,
 * with *bad_seq (if not NULL) set to the first event at fault.
 */
RP_API int rp_audit_verify(struct rp_db *db, int64_t *bad_seq);

#endif
