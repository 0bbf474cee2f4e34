/*
 * check-deadline.c — the engagement's next deadline: the earliest date from
 * today on at which something falls due, and what it is, for the portfolio.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check-ctx.h"

/* The earliest candidate so far. */
struct next {
	int32_t day; /* RP_NO_DATE: none yet */
	struct rp_buf what;
};

/* Keep `day` and its description when it is from today on and earlier than
 * the candidate so far (on a tie the first one stays). */
static int consider(struct rp_check_ctx *ctx, struct next *n, int32_t day, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int consider(struct rp_check_ctx *ctx, struct next *n, int32_t day, const char *fmt, ...)
{
	va_list ap;
	int rc;

	if (day == RP_NO_DATE || day < ctx->today || (n->day != RP_NO_DATE && day >= n->day)) {
		return RP_OK;
	}
	n->day = day;
	rp_buf_reset(&n->what);
	va_start(ap, fmt);
	rc = rp_buf_vprintf(&n->what, fmt, ap);
	va_end(ap);
	return rc ? rp_db_fail(ctx->db, RP_ENOMEM, "out of memory") : RP_OK;
}

/* The day the next progress report is due (as H-REPORT counts it), or
 * RP_NO_DATE: without a cadence, or outside the states in which the work runs
 * (active, on hold, delivered). */
static int next_report(struct rp_check_ctx *ctx, int32_t *out)
{
	const char *state = rp_record_str(ctx->eng, "state");
	struct ctx_cadence c;
	int rc;

	*out = RP_NO_DATE;
	if (!state || !(rp_phases_of_state(state) & RP_PHASE_HEALTH)) {
		return RP_OK;
	}
	rc = ctx_cadence(ctx, "report_every", record_is_report, 1, &c);
	if (!rc) {
		*out = c.due;
	}
	return rc;
}

/* Consider field `field` of the records of `kind` in state `state` (NULL:
 * any state but those in `skip`), each described as "LABEL is due". */
static int consider_kind(struct rp_check_ctx *ctx, struct next *n, const char *kind,
			 const char *state, const char *const *skip, const char *field)
{
	const struct rp_record_list *list = ctx_list(ctx, kind);
	int rc = RP_OK;
	size_t i, j;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		bool skipped = state && !rec_in(rec, state);

		for (j = 0; skip && skip[j] && !skipped; j++) {
			skipped = rec_in(rec, skip[j]);
		}
		if (!skipped) {
			rc = consider(ctx, n, record_day(rec, field), "%s is due",
				      ctx_label(ctx, rec));
		}
	}
	return rc;
}

/*
 * The candidates: the due dates of deliverables not accepted or waived, of
 * invoices sent, of open promises and action items (waiting or not); the
 * next progress report while the work runs; the non-renewal deadline; the
 * next follow-up touch.  The result holds until the day after the date
 * found; one earlier than today is no deadline any more.
 */
/* Whether the engagement's work is over: closed, or ended early. */
static bool work_over(const struct rp_check_ctx *ctx)
{
	return rec_in(ctx->eng, "closed") || rec_in(ctx->eng, "terminated");
}

/* The deadlines of the work: deliverables, invoices, promises, action items,
 * the next progress report and, until the engagement closes, renewal. */
static int work_deadlines(struct rp_check_ctx *ctx, struct next *n)
{
	static const char *const closed_deliverable[] = {"accepted", "waived", NULL};
	const struct rp_record_list *list;
	int32_t day;
	size_t i;
	int rc;

	rc = consider_kind(ctx, n, "deliverable", NULL, closed_deliverable, "due");
	if (!rc) {
		list = ctx_list(ctx, "payment");
		rc = list ? RP_OK : ctx->status;
		for (i = 0; !rc && list && i < list->count; i++) {
			const struct rp_record *rec = list->items[i];
			const char *number = rp_record_str(rec, "invoice_number");

			if (rec_in(rec, "invoiced")) {
				rc = consider(ctx, n, record_day(rec, "due_on"),
					      "invoice %s is due", number ? number : "?");
			}
		}
	}
	if (!rc) {
		rc = consider_kind(ctx, n, "promise", "open", NULL, "due");
	}
	if (!rc) {
		rc = consider_kind(ctx, n, "action", "open", NULL, "due");
	}
	if (!rc) {
		rc = next_report(ctx, &day);
	}
	if (!rc) {
		rc = consider(ctx, n, day, "the progress report is due");
	}
	if (!rc && !rec_in(ctx->eng, "closing")) {
		rc = consider(ctx, n, ctx_renewal_deadline(ctx), "the non-renewal deadline");
	}
	return rc;
}

int check_next_deadline(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list;
	struct next n;
	size_t i;
	int rc;

	n.day = RP_NO_DATE;
	rp_buf_init(&n.what);
	/* once the work is over, only the stay-in-touch plan falls due */
	rc = work_over(ctx) ? RP_OK : work_deadlines(ctx, &n);
	if (!rc) {
		list = ctx_list(ctx, "followup");
		rc = list ? RP_OK : ctx->status;
		for (i = 0; !rc && list && i < list->count; i++) {
			rc = consider(ctx, &n, record_day(list->items[i], "next_on"),
				      "the next follow-up touch is due");
		}
	}
	if (!rc && n.day != RP_NO_DATE) {
		char *what = rp_buf_detach(&n.what);

		if (!what) {
			rc = rp_db_fail(ctx->db, RP_ENOMEM, "out of memory");
		} else {
			free(ctx->out->next_what);
			ctx->out->next_what = what;
			day_text(n.day, ctx->out->next_deadline);
			ctx_until(ctx, n.day + 1);
		}
	}
	rp_buf_release(&n.what);
	return rc;
}
