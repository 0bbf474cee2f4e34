/*
 * rapport/record.h — adding, reading, listing, editing and moving records of
 * any kind through their states, driven by the declarations of kind.h.
 *
 * Input arrives as text (field name, value), exactly as a user typed it; the
 * library parses and validates it against the field's declaration and names
 * the field and the accepted form when it refuses.  Every write is one
 * transaction together with its audit event; a refused write changes nothing.
 */
#ifndef RAPPORT_RECORD_H
#define RAPPORT_RECORD_H

#include <jansson.h>

#include "rapport/common.h"
#include "rapport/db.h"
#include "rapport/kind.h"

/* Text input for a write: (field, value) pairs in the order given. */
struct rp_input;

/* A new empty input, or NULL when out of memory. */
RP_API struct rp_input *rp_input_new(void);
RP_API void rp_input_free(struct rp_input *in);
/* Append a value for `field` (copied).  Giving a field twice keeps both
 * values for RP_F_MULTI fields; for others the last one wins. */
RP_API int rp_input_add(struct rp_input *in, const char *field, const char *value);
/* Whether the input names `field`. */
RP_API bool rp_input_has(const struct rp_input *in, const char *field);
/* The (last) value given for `field`, or NULL.  Borrowed. */
RP_API const char *rp_input_get(const struct rp_input *in, const char *field);

/* A record read from storage: owned by the caller, freed with rp_record_free. */
struct rp_record;

/*
 * Add a record of `kind` under `parent` (a client slug for contacts and
 * engagements, an engagement slug for the rest, NULL for clients).  On
 * success *id_out (if not NULL) is the record's number.
 */
RP_API int rp_record_add(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			 const struct rp_input *in, int64_t *id_out);
/*
 * Set the fields of a singleton (retrospective, exit interview, follow-up)
 * of engagement `eng`, creating it if it does not exist yet.
 */
RP_API int rp_record_put(struct rp_db *db, const struct rp_kind *kind, const char *eng,
			 const struct rp_input *in, int64_t *id_out);
/* Change fields of record `ref` (its number, or slug for clients and
 * engagements, or the engagement's slug for singletons). */
RP_API int rp_record_edit(struct rp_db *db, const struct rp_kind *kind, const char *ref,
			  const struct rp_input *in);
/* Remove record `ref`; RP_ECONFLICT if other records still refer to it. */
RP_API int rp_record_remove(struct rp_db *db, const struct rp_kind *kind, const char *ref);
/*
 * Apply verb `verb` (accept, invoice, ...) to record `ref` with the verb's
 * arguments.  RP_ESTATE, with a message naming the current state and the
 * states the verb is allowed from, when the state does not allow it.
 */
RP_API int rp_record_act(struct rp_db *db, const struct rp_kind *kind, const char *ref,
			 const char *verb, const struct rp_input *in);

/* Read record `ref` into *out. */
RP_API int rp_record_get(struct rp_db *db, const struct rp_kind *kind, const char *ref,
			 struct rp_record **out);
RP_API void rp_record_free(struct rp_record *rec);

/* What a list returns. */
struct rp_record_list {
	struct rp_record **items;
	size_t count;
};

/*
 * The records of `kind` under `parent` (an engagement or client slug; NULL
 * lists them all), in number order; `state` (may be NULL) keeps only those in
 * that state.  The caller frees the list with rp_record_list_release.
 */
RP_API int rp_record_list(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			  const char *state, struct rp_record_list *out);
/* The same list with the large fields (RP_F_BULKY: a report's body) read as
 * NULL, for what shows or counts records but never reads those. */
RP_API int rp_record_list_brief(struct rp_db *db, const struct rp_kind *kind, const char *parent,
				const char *state, struct rp_record_list *out);
/* One page of the brief list: the records numbered after `after` (0: from
 * the first), at most `limit` of them (0: all), read from the database a
 * page at a time (an API's cursor). */
RP_API int rp_record_page(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			  const char *state, int64_t after, size_t limit,
			  struct rp_record_list *out);
RP_API void rp_record_list_release(struct rp_record_list *list);

RP_API const struct rp_kind *rp_record_kind(const struct rp_record *rec);
RP_API int64_t rp_record_id(const struct rp_record *rec);
/* The parent's slug, or NULL for a client. */
RP_API const char *rp_record_parent(const struct rp_record *rec);
/* The currency money fields are in, or NULL for kinds without money. */
RP_API const char *rp_record_currency(const struct rp_record *rec);
/* Whether field `name` holds no value. */
RP_API bool rp_record_is_null(const struct rp_record *rec, const char *name);
/* The stored integer of an integer-like field (int, money in minor units,
 * bool, contact number); 0 when null. */
RP_API int64_t rp_record_int(const struct rp_record *rec, const char *name);
/* The stored text of a text-like field; NULL when null.  Borrowed. */
RP_API const char *rp_record_str(const struct rp_record *rec, const char *name);
/* Append the field's value formatted for people ("24,000.00 EUR", "yes");
 * nothing when null. */
RP_API int rp_record_format(const struct rp_record *rec, const struct rp_field *field,
			    struct rp_buf *out);
/*
 * The record as a JSON object (a new reference, NULL when out of memory):
 * "id", the parent ("client" or "engagement" slug), then every field by
 * name; money as {"amount": "24000.00", "currency": "EUR"}, dates as
 * "YYYY-MM-DD", instants as "YYYY-MM-DDTHH:MM:SSZ", multi-valued fields as
 * arrays, empty fields as null.
 */
RP_API json_t *rp_record_json(const struct rp_record *rec);

#endif
