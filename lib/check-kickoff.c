/*
 * check-kickoff.c — the checks of the kickoff gate (K-*): what a draft
 * engagement must have written down before the work starts.  Each check
 * reads the engagement and its records through the context and reports one
 * finding per problem, on the record to fix, with the command that fixes it.
 *
 * Waived deliverables are out of scope, so no check asks anything of them;
 * written-off payments are no longer part of the schedule.  None of these
 * checks depends on the date.
 */
#include <stdio.h>
#include <string.h>

#include "check-ctx.h"

/* A finding on the engagement when its text field `field` (set with --`flag`)
 * is blank; `what` names what is missing. */
static int need_text(struct rp_check_ctx *ctx, const char *field, const char *flag,
		     const char *what)
{
	if (!rec_blank(ctx->eng, field)) {
		return RP_OK;
	}
	return ctx_find(ctx, ctx->check->severity, NULL,
			ctx_hint(ctx, "rapport engagement edit %s --%s \"...\"", ctx->slug, flag),
			"the engagement has no %s", what);
}

/* A finding on the engagement when its field `field` (set with --`flag` and
 * a value such as `example`) is empty. */
static int need_value(struct rp_check_ctx *ctx, const char *field, const char *flag,
		      const char *example, const char *what)
{
	if (!rp_record_is_null(ctx->eng, field)) {
		return RP_OK;
	}
	return ctx_find(
		ctx, ctx->check->severity, NULL,
		ctx_hint(ctx, "rapport engagement edit %s --%s %s", ctx->slug, flag, example),
		"the engagement has no %s", what);
}

/* Two related fields of the engagement: one finding naming those missing.
 * `what_a` and `what_b` complete "the engagement has no ...". */
static int need_pair(struct rp_check_ctx *ctx, const char *field_a, const char *flag_a,
		     const char *example_a, const char *what_a, const char *field_b,
		     const char *flag_b, const char *example_b, const char *what_b)
{
	bool a = rp_record_is_null(ctx->eng, field_a);
	bool b = rp_record_is_null(ctx->eng, field_b);

	if (a && b) {
		return ctx_find(ctx, ctx->check->severity, NULL,
				ctx_hint(ctx, "rapport engagement edit %s --%s %s --%s %s",
					 ctx->slug, flag_a, example_a, flag_b, example_b),
				"the engagement has no %s and no %s", what_a, what_b);
	}
	if (a) {
		return need_value(ctx, field_a, flag_a, example_a, what_a);
	}
	return need_value(ctx, field_b, flag_b, example_b, what_b);
}

/* The engagement's deliverables, NULL (with *rc set) when they cannot be
 * read. */
static const struct rp_record_list *deliverables(struct rp_check_ctx *ctx, int *rc)
{
	const struct rp_record_list *list = ctx_list(ctx, "deliverable");

	*rc = list ? RP_OK : ctx->status;
	return list;
}

int check_k_fit(struct rp_check_ctx *ctx)
{
	int rc;

	rc = need_text(ctx, "fit", "fit", "fit notes (shared goals, values, ways of working)");
	if (!rc && rec_blank(ctx->eng, "past_arrangements")) {
		rc = ctx_find(ctx, RP_WARNING, NULL,
			      ctx_hint(ctx,
				       "rapport engagement edit %s --past-arrangements \"...\"",
				       ctx->slug),
			      "the fit notes reference no similar past arrangement");
	}
	return rc;
}

int check_k_scope(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list;
	size_t i, in_scope = 0;
	int rc;

	list = deliverables(ctx, &rc);
	for (i = 0; list && !rc && i < list->count; i++) {
		const struct rp_record *d = list->items[i];

		if (rec_in(d, "waived")) {
			continue;
		}
		in_scope++;
		if (rec_blank(d, "accept")) {
			rc = ctx_find(ctx, ctx->check->severity, d,
				      ctx_hint(ctx,
					       "rapport deliverable edit %lld --accept \"...\"",
					       (long long)rp_record_id(d)),
				      "%s has no acceptance criteria", ctx_label(ctx, d));
		}
	}
	if (list && !rc && !in_scope) {
		rc = ctx_find(ctx, ctx->check->severity, NULL,
			      ctx_hint(ctx, "rapport deliverable add %s \"TITLE\" --accept \"...\"",
				       ctx->slug),
			      list->count ? "every deliverable is waived"
					  : "no deliverable is recorded");
	}
	return rc;
}

int check_k_change(struct rp_check_ctx *ctx)
{
	return need_text(ctx, "change_provisions", "change-provisions", "change provisions");
}

int check_k_estimate(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list;
	size_t i;
	int rc;

	list = deliverables(ctx, &rc);
	for (i = 0; list && !rc && i < list->count; i++) {
		const struct rp_record *d = list->items[i];
		bool hours = !rp_record_is_null(d, "estimate_hours");
		bool assumptions = !rec_blank(d, "assumptions");
		long long id = (long long)rp_record_id(d);

		if (rec_in(d, "waived") || (hours && assumptions)) {
			continue;
		}
		if (!hours && !assumptions) {
			rc = ctx_find(ctx, ctx->check->severity, d,
				      ctx_hint(ctx,
					       "rapport deliverable edit %lld --estimate HOURS "
					       "--assume \"...\"",
					       id),
				      "%s has no estimate and no assumptions", ctx_label(ctx, d));
		} else if (!hours) {
			rc = ctx_find(
				ctx, ctx->check->severity, d,
				ctx_hint(ctx, "rapport deliverable edit %lld --estimate HOURS", id),
				"%s has assumptions but no estimate", ctx_label(ctx, d));
		} else {
			rc = ctx_find(
				ctx, ctx->check->severity, d,
				ctx_hint(ctx, "rapport deliverable edit %lld --assume \"...\"", id),
				"%s has an estimate without assumptions", ctx_label(ctx, d));
		}
	}
	return rc;
}

int check_k_resources(struct rp_check_ctx *ctx)
{
	return need_text(ctx, "resources", "resources", "resources on board or to bring on");
}

/* The last payment that can still be edited and can absorb `excess`, or
 * NULL. */
static const struct rp_record *editable_payment(const struct rp_record_list *list, int64_t excess)
{
	size_t i;

	for (i = list->count; i-- > 0;) {
		const struct rp_record *p = list->items[i];

		if ((rec_in(p, "scheduled") || rec_in(p, "due")) &&
		    rp_record_int(p, "amount") > excess) {
			return p;
		}
	}
	return NULL;
}

/*
 * For a fixed price the payments must add up to the value.  The hint adds
 * what is missing as a payment, or takes what is too much off the last
 * payment that can still change (else it raises the value to the sum).
 */
static int payments_match_value(struct rp_check_ctx *ctx, const struct rp_record_list *list,
				int64_t sum, size_t live)
{
	const char *cur = rp_record_str(ctx->eng, "currency");
	char total[RP_MONEY_BUFSZ], value[RP_MONEY_BUFSZ], fix[RP_MONEY_BUFSZ];
	int64_t v = rp_record_int(ctx->eng, "value");
	const struct rp_record *p = NULL;
	const char *hint;
	int rc;

	if (rp_record_is_null(ctx->eng, "value")) {
		return ctx_find(
			ctx, ctx->check->severity, NULL,
			ctx_hint(ctx, "rapport engagement edit %s --value AMOUNT", ctx->slug),
			"the engagement has no value to schedule payments against");
	}
	if (!live || sum == v) {
		return RP_OK;
	}
	if (sum < v) {
		rc = rp_money_format(v - sum, cur, fix, sizeof(fix));
	} else {
		p = editable_payment(list, sum - v);
		rc = rp_money_format(p ? rp_record_int(p, "amount") - (sum - v) : sum, cur, fix,
				     sizeof(fix));
	}
	if (rc || rp_money_format_grouped(sum, cur, total, sizeof(total)) ||
	    rp_money_format_grouped(v, cur, value, sizeof(value))) {
		return rp_db_fail(ctx->db, RP_EINVAL, "engagement '%s' has no valid currency",
				  ctx->slug);
	}
	if (sum < v) {
		hint = ctx_hint(ctx,
				"rapport payment add %s --kind milestone --amount %s "
				"--trigger deliverable:ID --verify \"...\"",
				ctx->slug, fix);
	} else if (p) {
		hint = ctx_hint(ctx, "rapport payment edit %lld --amount %s",
				(long long)rp_record_id(p), fix);
	} else {
		hint = ctx_hint(ctx, "rapport engagement edit %s --value %s", ctx->slug, fix);
	}
	return ctx_find(ctx, ctx->check->severity, NULL, hint,
			"the payments add up to %s %s, not the value %s %s", total, cur, value,
			cur);
}

int check_k_payment(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "payment");
	const char *type = rp_record_str(ctx->eng, "type");
	int64_t sum = 0;
	size_t i, live = 0;
	int rc = RP_OK;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *p = list->items[i];
		bool trigger = !rec_blank(p, "trigger"), verify = !rec_blank(p, "verify");
		long long id = (long long)rp_record_id(p);

		if (rec_in(p, "written_off")) {
			continue;
		}
		live++;
		/* an absurd schedule saturates rather than wraps: it still differs */
		if (__builtin_add_overflow(sum, rp_record_int(p, "amount"), &sum)) {
			sum = INT64_MAX;
		}
		if (!trigger && !verify) {
			rc = ctx_find(ctx, ctx->check->severity, p,
				      ctx_hint(ctx,
					       "rapport payment edit %lld --trigger deliverable:ID "
					       "--verify \"...\"",
					       id),
				      "%s has no trigger and no verification", ctx_label(ctx, p));
		} else if (!trigger) {
			rc = ctx_find(ctx, ctx->check->severity, p,
				      ctx_hint(ctx,
					       "rapport payment edit %lld --trigger deliverable:ID",
					       id),
				      "%s has no trigger", ctx_label(ctx, p));
		} else if (!verify) {
			rc = ctx_find(
				ctx, ctx->check->severity, p,
				ctx_hint(ctx, "rapport payment edit %lld --verify \"...\"", id),
				"%s has no verification", ctx_label(ctx, p));
		}
	}
	if (!rc && !live) {
		rc = ctx_find(ctx, ctx->check->severity, NULL,
			      ctx_hint(ctx,
				       "rapport payment add %s --kind final --amount AMOUNT "
				       "--trigger deliverable:ID --verify \"...\"",
				       ctx->slug),
			      "no payment is scheduled");
	}
	if (!rc && type && !strcmp(type, "fixed")) {
		rc = payments_match_value(ctx, list, sum, live);
	}
	return rc;
}

int check_k_rfi(struct rp_check_ctx *ctx)
{
	char hours[24];

	snprintf(hours, sizeof(hours), "%lld", (long long)ctx_setting(ctx, "default_rfi_hours"));
	return need_pair(ctx, "rfi_hours", "rfi-hours", hours,
			 "agreed response time for the client's requests", "client_rfi_hours",
			 "client-rfi-hours", hours,
			 "agreed response time for our requests to the client");
}

/* The reviewer of deliverable `d` must exist and may sign off. */
static int check_reviewer(struct rp_check_ctx *ctx, const struct rp_record *d)
{
	long long id = (long long)rp_record_id(d);
	struct rp_record *c = NULL;
	struct rp_buf who;
	char ref[24];
	int rc;

	if (rp_record_is_null(d, "reviewer")) {
		return ctx_find(
			ctx, ctx->check->severity, d,
			ctx_hint(ctx, "rapport deliverable edit %lld --reviewer CONTACT", id),
			"%s has no reviewer", ctx_label(ctx, d));
	}
	snprintf(ref, sizeof(ref), "%lld", (long long)rp_record_int(d, "reviewer"));
	rc = rp_record_get(ctx->db, rp_kind_find("contact"), ref, &c);
	if (rc == RP_ENOTFOUND) {
		return ctx_find(
			ctx, ctx->check->severity, d,
			ctx_hint(ctx, "rapport deliverable edit %lld --reviewer CONTACT", id),
			"%s names contact %s as reviewer, who does not exist", ctx_label(ctx, d),
			ref);
	}
	if (rc || rp_record_int(c, "may_signoff")) {
		rp_record_free(c);
		return rc;
	}
	/* two names in one message: the contact's is copied out of the scratch */
	rp_buf_init(&who);
	rc = rp_buf_puts(&who, ctx_label(ctx, c));
	if (!rc) {
		rc = ctx_find(ctx, ctx->check->severity, c,
			      ctx_hint(ctx, "rapport contact edit %s --signoff", ref),
			      "%s, the reviewer of %s, has no sign-off authority", who.data,
			      ctx_label(ctx, d));
	}
	rp_buf_release(&who);
	rp_record_free(c);
	return rc;
}

int check_k_signoff(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list;
	size_t i;
	int rc;

	list = deliverables(ctx, &rc);
	for (i = 0; list && !rc && i < list->count; i++) {
		if (!rec_in(list->items[i], "waived")) {
			rc = check_reviewer(ctx, list->items[i]);
		}
	}
	return rc;
}

int check_k_success(struct rp_check_ctx *ctx)
{
	return need_text(ctx, "success", "success", "success definition");
}

int check_k_punch(struct rp_check_ctx *ctx)
{
	return need_value(ctx, "punch_days", "punch-days", "DAYS",
			  "punch-list window after delivery");
}

int check_k_cadence(struct rp_check_ctx *ctx)
{
	return need_pair(ctx, "report_every", "report-every", "DURATION", "report cadence",
			 "meet_every", "meet-every", "DURATION", "meeting cadence");
}

int check_k_terms(struct rp_check_ctx *ctx)
{
	const char *renewal = rp_record_str(ctx->eng, "renewal");
	int rc;

	rc = need_value(ctx, "notice_days", "notice-days", "DAYS", "notice period");
	if (!rc) {
		rc = need_value(ctx, "renewal", "renewal", "manual --renewal-date DATE",
				"renewal terms");
	}
	if (!rc && renewal && strcmp(renewal, "none") &&
	    rp_record_is_null(ctx->eng, "renewal_date")) {
		rc = ctx_find(
			ctx, ctx->check->severity, NULL,
			ctx_hint(ctx, "rapport engagement edit %s --renewal-date DATE", ctx->slug),
			"the engagement renews (%s) but has no renewal date", renewal);
	}
	return rc;
}
