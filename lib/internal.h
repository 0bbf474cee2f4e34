/*
 * internal.h — what the modules of librapport share and nobody else sees:
 * the layout of the handle, of records and of inputs, and the helpers for
 * statements, transactions, messages and the audit trail.
 */
#ifndef RAPPORT_INTERNAL_H
#define RAPPORT_INTERNAL_H

#include "rapport/rapport.h"
#include "store.h"

#define RP_MAX_KINDS 32

struct rp_db {
	const struct store_backend *be;
	struct store *s;
	struct rp_buf err;
	const char *errfield;	   /* the field the last failure names, or NULL */
	const char *pending_field; /* named by a label being written for a failure */
	bool flag_names;
	char *actor;
	bool today_fixed;
	int32_t today;
	int64_t workspace; /* 0 until a workspace exists */
	char *ws_name;
	char *ws_currency;
	char *ws_timezone;
	int schema_version;
	int tx_depth;
	int tx_status;			      /* the first failure inside the open transaction */
	bool tx_read;			      /* the open transaction only reads */
	bool tx_upgraded;		      /* a write runs inside the outermost read (depth 2) */
	bool request_view;		      /* rp_db_begin_request opened a read view */
	char *select_sql[RP_MAX_KINDS];	      /* built once per kind (record-sql.c) */
	char *select_brief_sql[RP_MAX_KINDS]; /* the same without bulky fields */
};

/* A field's value as stored: integer-like types use `i`, the rest `s`. */
struct rp_value {
	bool null;
	int64_t i;
	char *s;
};

struct rp_record {
	const struct rp_kind *kind;
	int64_t id;
	int64_t parent_id; /* client or engagement number; 0 for clients */
	char *parent_slug;
	char *currency;	       /* what money fields are in, or NULL */
	int64_t client_id;     /* whose contacts the CONTACT fields name */
	int64_t engagement_id; /* the engagement the record belongs to, or 0 */
	struct rp_value *v;    /* kind->nfields values */
};

struct rp_input_item {
	char *field;
	char *value;
};

struct rp_input {
	struct rp_input_item *items;
	size_t count;
	size_t cap;
};

/* Whether values of this type are kept as integers. */
bool field_is_int(enum rp_field_type type);

/* Messages.  The name of a field as the user knows it ("--value" on the
 * command line, "value" elsewhere); `flag` overrides the field's own flag
 * when a verb's argument names it differently. */
void db_field_label(struct rp_db *db, const struct rp_field *f, const char *flag,
		    struct rp_buf *out);
/* Fail with the backend's message added. */
int db_store_fail(struct rp_db *db, int status, const char *what);

/* Statements: prepare with the message set on failure. */
int db_prepare(struct rp_db *db, const char *sql, struct store_stmt **out);
/* Step and map a failure onto the handle's message. */
int db_step(struct rp_db *db, struct store_stmt *st);

/* Transactions around one write; tx_end commits (or rolls back when rc is
 * a failure) and returns the final status. */
int tx_begin(struct rp_db *db);
int tx_end(struct rp_db *db, int rc);

/* The next number of a record kind (or "audit") in the workspace. */
int db_next_number(struct rp_db *db, const char *kind, int64_t *out);

/* Records in memory (record.c). */
struct rp_record *record_alloc(const struct rp_kind *kind);
/* *dst = a copy of src (NULL stays NULL); RP_ENOMEM on failure. */
int record_dup_str(char **dst, const char *src);
bool record_value_equal(const struct rp_field *f, const struct rp_value *a,
			const struct rp_value *b);
/* A deep copy, or NULL when out of memory. */
struct rp_record *record_dup(const struct rp_record *rec);
int record_set_text(struct rp_record *rec, int idx, const char *s);
void record_set_int(struct rp_record *rec, int idx, int64_t i);
void record_set_null(struct rp_record *rec, int idx);
/* Values (field.c).  Parse `text` as the value of field idx, naming `flag`
 * in messages. */
int record_parse_field(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		       const char *flag);
/* Append a value to a multi-valued field (a JSON array of strings). */
int field_add_multi(struct rp_db *db, struct rp_record *rec, int idx, const char *text,
		    const char *flag);
/* Set a field to a declared default: a literal, "@today", "@now", "@actor"
 * or "@null". */
int field_apply_default(struct rp_db *db, struct rp_record *rec, int idx, const char *def);
int field_fail_missing(struct rp_db *db, const struct rp_field *f, const char *flag);
/* Apply an input to the fields not carrying a `forbidden` flag. */
int field_apply_input(struct rp_db *db, struct rp_record *rec, const struct rp_input *in,
		      unsigned forbidden);
int field_check_required(struct rp_db *db, const struct rp_record *rec);
/* Derive a missing slug, or check a given one is free. */
int field_check_slug(struct rp_db *db, struct rp_record *rec);
bool field_all_digits(const char *s);
/* The number of the contact named by `text` (its number or e-mail address)
 * at client `client_id`, or at any client when it is 0, for field `f`; a
 * message naming the field when there is none, or several share the
 * e-mail address. */
int field_find_contact(struct rp_db *db, const struct rp_field *f, const char *flag,
		       int64_t client_id, const char *text, int64_t *id);
/* A record number: digits only, positive. */
int field_parse_number(const char *s, int64_t *out);

/* Storage of records (record-sql.c). */
const char *record_parent_column(const struct rp_kind *kind);
/* SELECT of a kind's rows with their parent, ending in "WHERE workspace = ?". */
int record_sql_select(struct rp_db *db, const struct rp_kind *kind, struct rp_buf *sql);
/* The same, with NULL read for the fields marked RP_F_BULKY. */
int record_sql_select_brief(struct rp_db *db, const struct rp_kind *kind, struct rp_buf *sql);
int record_from_row(struct rp_db *db, const struct rp_kind *kind, struct store_stmt *st,
		    struct rp_record **out);
/* One record by an extra WHERE clause with one integer parameter;
 * RP_ENOTFOUND (without a message) when there is none. */
int record_query_one(struct rp_db *db, const struct rp_kind *kind, const char *where, int64_t key,
		     struct rp_record **out);
/* The number of a client or engagement by slug or number. */
int record_slug_lookup(struct rp_db *db, const char *table, const char *ref, int64_t *id);
/* Load a record by its reference inside the current transaction. */
int record_load(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		struct rp_record **out);
/* Write a changed record and its audit event (action is the verb). */
int record_store_update(struct rp_db *db, struct rp_record *rec, const struct rp_record *before,
			const char *action);
/* Add a record built in memory: numbers it, inserts it, audits it. */
int record_store_insert(struct rp_db *db, struct rp_record *rec);
/* Insert a record's row under the number and parent it already carries,
 * without numbering, audit event or health mark (imports). */
int record_store_raw(struct rp_db *db, const struct rp_record *rec);
/* Resolve an engagement by slug (or number) into its id, currency, client. */
int engagement_resolve(struct rp_db *db, const char *ref, int64_t *id, char **slug, char **currency,
		       int64_t *client_id);
/* A date field as days since 1970 (an instant's UTC date), or RP_NO_DATE
 * when it is empty. */
#define RP_NO_DATE INT32_MIN
int32_t record_day(const struct rp_record *rec, const char *field);
/* Whether a text or enum field is exactly `value`. */
bool record_is(const struct rp_record *rec, const char *field, const char *value);
/* The day an engagement started, which cadences count from: the kickoff,
 * else the baseline start, else the day it was recorded. */
int32_t engagement_start_day(const struct rp_record *eng);
/* Whether an interaction is a progress report: on the report channel, sent
 * by us (a report the client sends is not ours to owe). */
bool record_is_report(const struct rp_record *rec);
/* A label for messages: "deliverable 3", "engagement 'acme-web'". */
void record_label(const struct rp_record *rec, struct rp_buf *out);
/* Set the state without the rules of a verb (the demo, imports). */
int record_force_state(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		       const char *state);

/* The audit trail: append one event for a write inside the transaction;
 * before/after are JSON texts (NULL for none). */
int audit_append_event(struct rp_db *db, const char *action, const char *kind, int64_t record,
		       int64_t engagement_id, const char *before, const char *after);
/* The hash of an event as the chain holds it (e->prev is the previous
 * event's hash), for code that checks a trail before it is stored. */
int audit_event_hash(const struct rp_event *e, int64_t engagement_id, char out[RP_HASH_HEX]);
/* The same for a record's write. */
int audit_append(struct rp_db *db, const char *action, const struct rp_record *before,
		 const struct rp_record *after);

/* Derived results (health.c): mark an engagement's kept results stale after
 * a write to `rec`; mark all stale (a threshold changed). */
int health_touch(struct rp_db *db, const struct rp_record *rec);
int health_touch_all(struct rp_db *db);

/* The clock. */
int32_t clock_today(const struct rp_db *db);
int64_t clock_now(const struct rp_db *db);

#endif
