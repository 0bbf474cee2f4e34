/*
 * check-ctx.h — what a check function sees while it runs on one engagement:
 * the engagement, its records (each kind loaded once per run), today, the
 * workspace's thresholds, and the calls that report a finding and the next
 * day on which the result may change by time alone.
 *
 * A check reads; it never writes.  The functions of the table live in
 * check-kickoff.c, check-health.c and check-close.c.
 */
#ifndef RAPPORT_CHECK_CTX_H
#define RAPPORT_CHECK_CTX_H

#include "internal.h"
#include "rapport/check.h"

struct rp_check_ctx {
	struct rp_db *db;
	const struct rp_check *check; /* the check running */
	const struct rp_record *eng;
	const char *slug; /* the engagement's */
	int32_t today;
	int64_t now;
	struct rp_setting settings[RP_SETTINGS];
	struct rp_findings *out;
	struct rp_record_list lists[RP_MAX_KINDS];
	bool loaded[RP_MAX_KINDS];
	struct rp_buf label; /* scratch for ctx_label */
	struct rp_buf hint;  /* scratch for ctx_hint */
	int status;	     /* why the last ctx_list returned NULL */
};

/* The engagement's records of `kind` (a kind name or noun), in number order;
 * NULL when they cannot be read (the status is in ctx->status, the message
 * on the handle). */
const struct rp_record_list *ctx_list(struct rp_check_ctx *ctx, const char *kind);
/* A threshold by name. */
int64_t ctx_setting(const struct rp_check_ctx *ctx, const char *name);

/*
 * Report a finding of the running check about `rec` (NULL: the engagement):
 * `hint` says how to fix it (may be NULL), the message is formatted.
 */
int ctx_find(struct rp_check_ctx *ctx, enum rp_severity sev, const struct rp_record *rec,
	     const char *hint, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* "deliverable 12 'Homepage design'": a record named for a message (valid
 * until the next call). */
const char *ctx_label(struct rp_check_ctx *ctx, const struct rp_record *rec);
/* A hint formatted into scratch space (valid until the next call). */
const char *ctx_hint(struct rp_check_ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The result of this run may change on `day` by time alone (days after
 * today count; earlier ones are ignored). */
void ctx_until(struct rp_check_ctx *ctx, int32_t day);
/* The result may change at instant `when` (Unix seconds; an hour-based
 * deadline): kept results are used only before it. */
void ctx_until_at(struct rp_check_ctx *ctx, int64_t when);

/* Whether a text field is empty. */
bool rec_blank(const struct rp_record *rec, const char *field);
/* Whether the record's state is `state`. */
bool rec_in(const struct rp_record *rec, const char *state);
/* A real interaction: anything but an internal note reached the client. */
bool rec_is_real(const struct rp_record *rec);

/* A cadence of the engagement (report_every, meet_every) and where it
 * stands: the last interaction that counts (RP_NO_DATE when none since the
 * start), the day it counts from (that, else the start), and the day
 * `times` cadences after it.  One computation for the signals, the next
 * deadline and anything else that must agree with them. */
struct ctx_cadence {
	struct rp_duration every;
	int32_t last, from, due; /* RP_NO_DATE when there is no cadence or no start */
};
int ctx_cadence(struct rp_check_ctx *ctx, const char *field,
		bool (*match)(const struct rp_record *), int times, struct ctx_cadence *out);
/* The non-renewal deadline (the renewal date minus the notice period) of an
 * engagement that renews, or RP_NO_DATE; one ended early by notice renews no
 * more. */
int32_t ctx_renewal_deadline(const struct rp_check_ctx *ctx);
/* A date as text in caller storage. */
const char *day_text(int32_t day, char buf[RP_DATE_BUFSZ]);

/* Run the checks of `phases` on a loaded engagement (checks.c). */
int check_engagement(struct rp_db *db, const struct rp_record *eng, unsigned phases,
		     struct rp_findings *out);

/* The checks (the table is in checks.c). */
int check_k_fit(struct rp_check_ctx *ctx);
int check_k_scope(struct rp_check_ctx *ctx);
int check_k_change(struct rp_check_ctx *ctx);
int check_k_estimate(struct rp_check_ctx *ctx);
int check_k_resources(struct rp_check_ctx *ctx);
int check_k_payment(struct rp_check_ctx *ctx);
int check_k_rfi(struct rp_check_ctx *ctx);
int check_k_signoff(struct rp_check_ctx *ctx);
int check_k_success(struct rp_check_ctx *ctx);
int check_k_punch(struct rp_check_ctx *ctx);
int check_k_cadence(struct rp_check_ctx *ctx);
int check_k_terms(struct rp_check_ctx *ctx);

int check_h_request(struct rp_check_ctx *ctx);
int check_h_report(struct rp_check_ctx *ctx);
int check_h_silence(struct rp_check_ctx *ctx);
int check_h_proactive(struct rp_check_ctx *ctx);
int check_h_badnews(struct rp_check_ctx *ctx);
int check_h_promise(struct rp_check_ctx *ctx);
int check_h_overdue(struct rp_check_ctx *ctx);
int check_h_signoff(struct rp_check_ctx *ctx);
int check_h_payment(struct rp_check_ctx *ctx);
int check_h_scope(struct rp_check_ctx *ctx);
int check_h_slip(struct rp_check_ctx *ctx);
int check_h_renewal(struct rp_check_ctx *ctx);
int check_h_clause(struct rp_check_ctx *ctx);

int check_c_delivered(struct rp_check_ctx *ctx);
int check_c_punch(struct rp_check_ctx *ctx);
int check_c_po(struct rp_check_ctx *ctx);
int check_c_pending(struct rp_check_ctx *ctx);
int check_c_material(struct rp_check_ctx *ctx);
int check_c_payable(struct rp_check_ctx *ctx);
int check_c_paid(struct rp_check_ctx *ctx);
int check_c_docs(struct rp_check_ctx *ctx);
int check_c_report(struct rp_check_ctx *ctx);
int check_c_exit(struct rp_check_ctx *ctx);
int check_c_testimonial(struct rp_check_ctx *ctx);
int check_c_followup(struct rp_check_ctx *ctx);
int check_c_notice(struct rp_check_ctx *ctx);
int check_c_retro(struct rp_check_ctx *ctx);

/* The next deadline of the engagement: the earliest date from today on at
 * which something falls due (check-deadline.c). */
int check_next_deadline(struct rp_check_ctx *ctx);

#endif
