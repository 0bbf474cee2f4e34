/*
 * rapport/kind.h — the declaration of every record kind: its fields, its
 * states and the verbs that move it between them.
 *
 * One table of these declarations drives validation, storage, listing, JSON,
 * the command line and (later) the API and the web forms, so that twenty-odd
 * record kinds share one implementation.  The declarations are constant data
 * owned by the library; callers only read them.
 */
#ifndef RAPPORT_KIND_H
#define RAPPORT_KIND_H

#include "rapport/buf.h"
#include "rapport/common.h"

enum rp_field_type {
	RP_T_TEXT,     /* free text, at most max bytes of UTF-8 */
	RP_T_INT,      /* a whole number within [min, max] */
	RP_T_MONEY,    /* minor units in the record's currency ("24000.50") */
	RP_T_DATE,     /* a civil date, YYYY-MM-DD */
	RP_T_TIME,     /* an instant in UTC, YYYY-MM-DDTHH:MM:SSZ */
	RP_T_BOOL,     /* yes/no */
	RP_T_ENUM,     /* one of `choices` */
	RP_T_CONTACT,  /* a contact of the engagement's client: number or e-mail */
	RP_T_DURATION, /* 1w, 2w, 1m, 6m, 1y or a number of days */
	RP_T_CURRENCY, /* an ISO 4217 code */
	RP_T_SLUG,     /* a short name: a-z, 0-9 and '-', not all digits */
	RP_T_EMAIL,    /* an e-mail address */
	RP_T_TRIGGER,  /* what makes a payment due: deliverable:ID or date:DATE */
};

/* Field flags. */
#define RP_F_REQUIRED	(1u << 0) /* must be given when the record is added */
#define RP_F_NOADD	(1u << 1) /* cannot be given at add (set by a verb) */
#define RP_F_NOEDIT	(1u << 2) /* cannot be changed by edit (set by a verb) */
#define RP_F_POSITIONAL (1u << 3) /* given as the argument after the parent */
#define RP_F_LIST	(1u << 4) /* shown as a column of the list table */
#define RP_F_MULTI	(1u << 5) /* the flag repeats; values are kept in order */
#define RP_F_SWITCH	(1u << 6) /* a boolean given as a bare flag (--signoff) */
#define RP_F_PERCENT	(1u << 7) /* money that also accepts N% of the value */
#define RP_F_SIGNED	(1u << 8) /* money that may be negative */
#define RP_F_BULKY	(1u << 9) /* large, and left out of a brief list */

struct rp_field {
	const char *name; /* column and JSON key */
	const char *flag; /* command-line flag without "--", NULL if none */
	enum rp_field_type type;
	unsigned flags;		    /* RP_F_* */
	int64_t min, max;	    /* RP_T_INT bounds; RP_T_TEXT maximum length */
	const char *const *choices; /* RP_T_ENUM values, NULL-terminated */
	const char *def;	    /* value at add when not given: a literal, "@today" or "@now" */
	const char *label;	    /* column heading */
	const char *help;	    /* one line for --help */
};

/* One flag of a verb, mapped onto a field of the record. */
struct rp_arg {
	const char *flag;
	const char *field;
	unsigned flags; /* RP_F_REQUIRED, RP_F_MULTI, RP_F_SWITCH */
	const char *help;
};

/* A field a verb sets by itself: value is a literal, "@today", "@now",
 * "@actor", or "@null". */
struct rp_stamp {
	const char *field;
	const char *value;
};

struct rp_db;
struct rp_record;
struct rp_input;

struct rp_transition {
	const char *verb;
	const char *help;
	unsigned from;		       /* bit i set: allowed from state i */
	int to;			       /* state entered; -1 leaves the state as it is */
	const struct rp_arg *args;     /* terminated by an entry with flag NULL */
	const struct rp_stamp *stamps; /* terminated by an entry with field NULL */
	/* Extra rules and consequences, run inside the transaction after the
	 * record was updated in memory and before it is written; `in` holds
	 * the verb's arguments.  NULL if none. */
	int (*effect)(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
};

enum rp_parent {
	RP_PARENT_NONE,
	RP_PARENT_CLIENT,
	RP_PARENT_ENGAGEMENT,
};

struct rp_kind {
	const char *name;  /* "deliverable", "change_request" */
	const char *noun;  /* command-line noun: "deliverable", "change" */
	const char *title; /* in messages: "deliverable", "change request" */
	const char *table;
	enum rp_parent parent;
	bool singleton;	  /* at most one per engagement, named by it */
	bool after_close; /* may still change once its engagement is closed */
	bool removable;	  /* "rm" is allowed */
	const struct rp_field *fields;
	size_t nfields;
	const char *const *states;		 /* NULL-terminated; NULL if stateless */
	unsigned locked;			 /* bit i set: edits refused in state i */
	const struct rp_transition *transitions; /* terminated by verb NULL */
	const char *summary;			 /* one line for --help */
	/* Rules that hold for every write of the kind (add, edit, verb), run
	 * before the record is stored; `before` is NULL for an add.  NULL if
	 * none. */
	int (*on_write)(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
};

/* Every kind, NULL-terminated, in the order of the documentation. */
RP_API const struct rp_kind *const *rp_kinds(void);
/* The kind named `name` (its name or its command-line noun), or NULL. */
RP_API const struct rp_kind *rp_kind_find(const char *name);
/* The field named `name`, or NULL. */
RP_API const struct rp_field *rp_kind_field(const struct rp_kind *kind, const char *name);
/* The index of field `name`, or -1. */
RP_API int rp_kind_field_index(const struct rp_kind *kind, const char *name);
/* The field whose command-line flag is `flag` (without "--"), or NULL. */
RP_API const struct rp_field *rp_kind_field_by_flag(const struct rp_kind *kind, const char *flag);
/* The verb `verb` of the kind, or NULL. */
RP_API const struct rp_transition *rp_kind_transition(const struct rp_kind *kind, const char *verb);
/* The index of state `state`, or -1. */
RP_API int rp_kind_state_index(const struct rp_kind *kind, const char *state);
/* Whether a field may be emptied after it was set: optional, editable and
 * without a default ("" clears it; an enum also takes "none"). */
RP_API bool rp_field_clearable(const struct rp_field *field);
/* Append to `out` the accepted form of a field's values, for messages and
 * help: "YYYY-MM-DD", "one of fixed, tm, retainer". */
RP_API int rp_field_form(const struct rp_field *field, struct rp_buf *out);

#endif
