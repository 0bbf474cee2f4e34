/*
 * report.h — what the two report models share (report-model.c): the
 * engagement and its records, loaded once per build; the people and
 * organisations a report names; values formatted for people; and the calls
 * that add sections, rows, cells and paragraphs to the model of
 * docs/report-model.md.
 *
 * Invariant: a builder keeps the first failure (out of memory, storage) in
 * `status`, and every helper does nothing once it is set, so that the code
 * of a report reads straight through and is checked once, at the end.
 * Everything a builder hands out is borrowed from it.
 */
#ifndef RAPPORT_LIB_REPORT_H
#define RAPPORT_LIB_REPORT_H

#include "internal.h"

#define RM_MONEY_BUFSZ (RP_MONEY_BUFSZ + 8) /* "+1,234.56 EUR" */
#define RM_COUNT_BUFSZ 48		    /* "+12 days", "3 findings" */

/* A column of a section's table: the row key and its heading. */
struct rm_col {
	const char *key;
	const char *label;
};

struct rm {
	struct rp_db *db;
	enum rp_report_kind kind;
	struct rp_record *eng;
	struct rp_record *client;
	const char *slug;     /* the engagement's */
	const char *us;	      /* the workspace's name: who sends the report */
	const char *them;     /* the client's name */
	const char *currency; /* the engagement's */
	const char *to_name;  /* the contact addressed, or NULL */
	int64_t to_id;	      /* their number, or 0 */
	int32_t today;
	int32_t from, to; /* the period the report covers */
	json_t *model;
	json_t *summary;  /* borrowed from the model */
	json_t *sections; /* borrowed from the model */
	struct rp_record_list lists[RP_MAX_KINDS];
	bool loaded[RP_MAX_KINDS];
	struct rp_buf scratch; /* rm_cellf, rm_para, rm_closing */
	struct rp_buf label;   /* rm_label */
	int status;
};

/* Record the first failure; returns m->status. */
int rm_fail(struct rm *m, int status);

/* The engagement's records of `kind` (name or noun; contacts are the
 * client's), in number order.  Never NULL: on failure an empty list, with
 * the status kept. */
const struct rp_record_list *rm_list(struct rm *m, const char *kind);
/* The name of the client's contact `id`, or NULL. */
const char *rm_contact(struct rm *m, int64_t id);
/* The name of the contact in a contact field, or NULL when it is empty. */
const char *rm_contact_of(struct rm *m, const struct rp_record *rec, const char *field);

/* Whether the record is in state `state`. */
bool rm_in(const struct rp_record *rec, const char *state);
/* Whether `day` lies within the report's period. */
bool rm_in_period(const struct rm *m, int32_t day);

/* Values for people, in caller storage: a day as YYYY-MM-DD ("" for
 * RP_NO_DATE); an amount of the engagement's currency ("24,000.00 EUR");
 * a signed number of days ("+5", "-3", "0"); "1 day", "12 days". */
const char *rm_day(int32_t day, char buf[RP_DATE_BUFSZ]);
const char *rm_money(const struct rm *m, int64_t minor, char buf[RM_MONEY_BUFSZ]);
/* The same with a sign for a change: "+2,000.00 EUR", "-500.00 EUR". */
const char *rm_money_delta(const struct rm *m, int64_t minor, char buf[RM_MONEY_BUFSZ]);
const char *rm_delta(int64_t days, char buf[RM_COUNT_BUFSZ]);
const char *rm_ndays(int64_t days, char buf[RM_COUNT_BUFSZ]);
/* "every 6 months", "every week" for a duration such as "6m", "1w"; the
 * text as it is when it does not parse. */
const char *rm_every(const char *duration, char buf[RM_COUNT_BUFSZ]);
/* Add without overflowing: the sum saturates at the int64_t range. */
void rm_add(int64_t *sum, int64_t value);

/*
 * Building the model.  rm_section appends a section with its columns
 * (terminated by a NULL key) and the sentence that stands for an empty
 * table (may be NULL); rm_row appends a row to it; rm_cell sets a row's
 * cell, leaving it out when the text is NULL or empty; rm_para adds a
 * paragraph to a section (NULL: to the report's summary).  The returned
 * objects are borrowed; NULL after a failure, which the other calls accept.
 */
json_t *rm_section(struct rm *m, const char *id, const char *title, const struct rm_col *cols,
		   const char *empty);
json_t *rm_row(struct rm *m, json_t *section);
void rm_cell(struct rm *m, json_t *row, const char *key, const char *value);
void rm_cellf(struct rm *m, json_t *row, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void rm_para(struct rm *m, json_t *section, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The report's closing line. */
void rm_closing(struct rm *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "Deliverable 3 'Routing API'": a record named for a sentence of the
 * report, in space of its own (so it may be an argument of rm_cellf) valid
 * until the next call. */
const char *rm_label(struct rm *m, const char *what, const struct rp_record *rec,
		     const char *field);

/* The "changes" section of both reports: every change request with its
 * cost, days and decision, and the totals of the approved ones. */
void rm_changes(struct rm *m, const char *title, const char *empty);
/* The sum of the approved changes' days and cost. */
void rm_approved(struct rm *m, int64_t *days, int64_t *cost);

/* The sections, summary and closing of each report. */
void report_progress(struct rm *m);
void report_closeout(struct rm *m);

#endif
