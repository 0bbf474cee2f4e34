/*
 * check-close.c — the checks of the close gate (C-*): nothing left open with
 * the client, with vendors or in our own books, and the goodbye done well.
 * Each check reports one finding per record still in a state the gate does
 * not pass, on that record, with the verb that moves it on; what is missing
 * altogether is reported on the engagement.  None of them depends on the
 * date.
 */
#include <string.h>

#include "check-ctx.h"

/* A state a record must not be left in at closing. */
struct open_state {
	const char *state;
	const char *what; /* said after the record's name: "is still open" */
	const char *verb; /* the verb that moves it on */
	const char *args; /* the verb's arguments after the number, or "" */
};

/*
 * Report every record of `kind` whose state is one of `states` (ended by a
 * NULL state), in number order.
 */
static int report_open(struct rp_check_ctx *ctx, const char *kind, const struct open_state *states)
{
	const struct rp_record_list *list = ctx_list(ctx, kind);
	const struct open_state *s;
	size_t i;
	int rc = RP_OK;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];

		for (s = states; s->state && !rec_in(rec, s->state); s++) {
		}
		if (!s->state) {
			continue;
		}
		rc = ctx_find(ctx, ctx->check->severity, rec,
			      ctx_hint(ctx, "rapport %s %s %lld%s", rp_record_kind(rec)->noun,
				       s->verb, (long long)rp_record_id(rec), s->args),
			      "%s %s", ctx_label(ctx, rec), s->what);
	}
	return rc;
}

/* A finding on the engagement when it has no record of `kind` (a
 * singleton: the exit interview, the follow-up plan, ...); `hint` is
 * formatted. */
static int need_one(struct rp_check_ctx *ctx, const char *kind, const char *hint, const char *what)
{
	const struct rp_record_list *list = ctx_list(ctx, kind);

	if (!list) {
		return ctx->status;
	}
	if (list->count) {
		return RP_OK;
	}
	return ctx_find(ctx, ctx->check->severity, NULL, hint, "%s", what);
}

int check_c_delivered(struct rp_check_ctx *ctx)
{
	/* accepted and waived pass; waiving always records its reason */
	static const struct open_state states[] = {
		{"planned", "was never delivered, neither accepted nor waived", "waive",
		 " --reason \"...\""},
		{"in_progress", "is still in progress, neither accepted nor waived", "waive",
		 " --reason \"...\""},
		{"submitted", "is submitted and not yet accepted", "accept", ""},
		{"rejected", "was rejected and not resubmitted or waived", "waive",
		 " --reason \"...\""},
		{NULL, NULL, NULL, NULL},
	};

	return report_open(ctx, "deliverable", states);
}

int check_c_punch(struct rp_check_ctx *ctx)
{
	static const struct open_state states[] = {
		{"open", "is not fixed", "fix", ""},
		{NULL, NULL, NULL, NULL},
	};

	return report_open(ctx, "punch_item", states);
}

int check_c_po(struct rp_check_ctx *ctx)
{
	static const struct open_state states[] = {
		{"open", "is still open", "fulfil", ""},
		{"fulfilled", "is fulfilled but not closed", "close", ""},
		{NULL, NULL, NULL, NULL},
	};

	return report_open(ctx, "purchase_order", states);
}

int check_c_pending(struct rp_check_ctx *ctx)
{
	static const struct open_state requests[] = {
		{"open", "is not answered", "answer", ""},
		{NULL, NULL, NULL, NULL},
	};
	static const struct open_state changes[] = {
		{"proposed", "is still proposed, not decided (approve or reject it)", "approve",
		 ""},
		{NULL, NULL, NULL, NULL},
	};
	static const struct open_state actions[] = {
		{"open", "is still open", "done", ""},
		{NULL, NULL, NULL, NULL},
	};
	static const struct open_state promises[] = {
		{"open", "is not kept", "keep", ""},
		{NULL, NULL, NULL, NULL},
	};
	int rc;

	rc = report_open(ctx, "client_request", requests);
	if (!rc) {
		rc = report_open(ctx, "change_request", changes);
	}
	if (!rc) {
		rc = report_open(ctx, "action_item", actions);
	}
	if (!rc) {
		rc = report_open(ctx, "commitment", promises);
	}
	return rc;
}

int check_c_material(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "material");
	size_t i;
	int rc = RP_OK;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *m = list->items[i];
		const char *owner = rp_record_str(m, "owner");
		const char *what;

		if (rec_in(m, "excess")) {
			what = "is excess and not returned";
		} else if (rec_in(m, "in_use") && owner && !strcmp(owner, "client")) {
			what = "belongs to the client and is not returned";
		} else {
			continue;
		}
		rc = ctx_find(
			ctx, ctx->check->severity, m,
			ctx_hint(ctx, "rapport material return %lld", (long long)rp_record_id(m)),
			"%s %s", ctx_label(ctx, m), what);
	}
	return rc;
}

int check_c_payable(struct rp_check_ctx *ctx)
{
	static const struct open_state states[] = {
		{"unpaid", "is not paid", "pay", ""},
		{"disputed", "is disputed and not settled", "pay", ""},
		{NULL, NULL, NULL, NULL},
	};

	return report_open(ctx, "vendor_bill", states);
}

int check_c_paid(struct rp_check_ctx *ctx)
{
	static const struct open_state states[] = {
		{"scheduled", "is neither paid nor written off", "pay", ""},
		{"due", "is due and not paid", "pay", ""},
		{"invoiced", "is invoiced and not paid", "pay", ""},
		{NULL, NULL, NULL, NULL},
	};
	return report_open(ctx, "payment", states);
}

int check_c_docs(struct rp_check_ctx *ctx)
{
	static const struct open_state states[] = {
		{"draft", "is a draft: not made current, handed over or acknowledged", "current",
		 ""},
		{"current", "is current but not handed over or acknowledged", "handover", ""},
		{"handed_over", "is handed over but not acknowledged by the client", "ack",
		 " --by CONTACT"},
		{NULL, NULL, NULL, NULL},
	};

	return report_open(ctx, "document", states);
}

int check_c_report(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "report");
	size_t i;

	if (!list) {
		return ctx->status;
	}
	/* a close-out report counts once it was sent, and it is kept as sent */
	for (i = 0; i < list->count; i++) {
		const char *kind = rp_record_str(list->items[i], "kind");

		if (kind && !strcmp(kind, "closeout")) {
			return RP_OK;
		}
	}
	return ctx_find(ctx, ctx->check->severity, NULL,
			ctx_hint(ctx, "rapport report closeout %s --send", ctx->slug),
			"no close-out report was sent");
}

int check_c_exit(struct rp_check_ctx *ctx)
{
	return need_one(ctx, "exit_interview",
			ctx_hint(ctx,
				 "rapport exit %s --liked \"...\" --disliked \"...\" "
				 "--improve \"...\"",
				 ctx->slug),
			"no exit interview is recorded");
}

int check_c_testimonial(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "testimonial");
	const struct rp_record *t;

	if (!list) {
		return ctx->status;
	}
	if (!list->count) {
		return need_one(ctx, "testimonial",
				ctx_hint(ctx, "rapport testimonial request %s", ctx->slug),
				"no testimonial was asked for");
	}
	t = list->items[0];
	if (rec_in(t, "approved") || rec_in(t, "declined")) {
		return RP_OK;
	}
	return ctx_find(ctx, ctx->check->severity, t,
			ctx_hint(ctx, "rapport testimonial approve %s --publish", ctx->slug),
			"%s was asked for, no answer is recorded", ctx_label(ctx, t));
}

int check_c_followup(struct rp_check_ctx *ctx)
{
	return need_one(ctx, "followup",
			ctx_hint(ctx, "rapport followup %s --every DURATION", ctx->slug),
			"no stay-in-touch plan is scheduled");
}

int check_c_notice(struct rp_check_ctx *ctx)
{
	int32_t given = record_day(ctx->eng, "notice_given");
	int32_t end = record_day(ctx->eng, "ended_on");
	int64_t period = rp_record_int(ctx->eng, "notice_days");
	char given_text[RP_DATE_BUFSZ], end_text[RP_DATE_BUFSZ];

	/* only an engagement ended early has these; without a period any notice is enough */
	if (given == RP_NO_DATE || end == RP_NO_DATE ||
	    rp_record_is_null(ctx->eng, "notice_days") || (int64_t)given + period <= end) {
		return RP_OK;
	}
	return ctx_find(ctx, ctx->check->severity, NULL,
			ctx_hint(ctx, "rapport close %s --override \"...\"", ctx->slug),
			"notice was given on %s, %lld days before the end on %s; the notice "
			"period is %lld days",
			day_text(given, given_text), (long long)end - given,
			day_text(end, end_text), (long long)period);
}

int check_c_retro(struct rp_check_ctx *ctx)
{
	return need_one(ctx, "retrospective",
			ctx_hint(ctx,
				 "rapport retro %s --well \"...\" --badly \"...\" --team \"...\"",
				 ctx->slug),
			"no retrospective was held");
}
