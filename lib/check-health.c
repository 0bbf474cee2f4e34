/*
 * check-health.c — the health signals (H-*) of a running engagement, each
 * finding naming the record at fault, how late it is and the command that
 * fixes it, each check telling the context every later day on which its
 * result would change by time alone.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "check-ctx.h"

#define SECONDS_PER_DAY	 86400
#define SECONDS_PER_HOUR 3600
#define COUNT_BUFSZ	 32
#define MONEY_TEXT_BUFSZ (RP_MONEY_BUFSZ + 8)
#define DAYS_PER_YEAR	 365

/* ---- helpers --------------------------------------------------------- */

/* "1 day", "12 days": a number of days for a message, in caller storage. */
static const char *n_days(int64_t n, char buf[COUNT_BUFSZ])
{
	snprintf(buf, COUNT_BUFSZ, "%lld day%s", (long long)n, n == 1 ? "" : "s");
	return buf;
}

/* A time span in whole days from three days on, else in hours. */
static const char *span_text(int64_t seconds, char buf[COUNT_BUFSZ])
{
	int64_t hours = seconds / SECONDS_PER_HOUR;

	if (seconds >= 3 * SECONDS_PER_DAY) {
		return n_days(seconds / SECONDS_PER_DAY, buf);
	}
	if (hours < 1) {
		hours = 1;
	}
	snprintf(buf, COUNT_BUFSZ, "%lld hour%s", (long long)hours, hours == 1 ? "" : "s");
	return buf;
}

/* An amount of the engagement's currency: "15,000.00 EUR". */
static const char *money_text(const struct rp_check_ctx *ctx, int64_t minor,
			      char buf[MONEY_TEXT_BUFSZ])
{
	const char *cur = rp_record_str(ctx->eng, "currency");
	char num[RP_MONEY_BUFSZ];

	if (!cur || rp_money_format_grouped(minor, cur, num, sizeof(num))) {
		snprintf(buf, MONEY_TEXT_BUFSZ, "%lld", (long long)minor);
	} else {
		snprintf(buf, MONEY_TEXT_BUFSZ, "%s %s", num, cur);
	}
	return buf;
}

/* Whether `text` contains `word`, ignoring ASCII case. */
static bool mentions(const char *text, const char *word)
{
	size_t n = strlen(word);

	for (; text && *text; text++) {
		size_t i = 0;

		while (i < n && text[i] &&
		       tolower((unsigned char)text[i]) == tolower((unsigned char)word[i])) {
			i++;
		}
		if (i == n) {
			return true;
		}
	}
	return false;
}

/* ---- the signals ----------------------------------------------------- */

/*
 * H-REQUEST: an open client request is late once its received time plus the
 * agreed response hours (the engagement's rfi_hours, else the workspace's
 * default_rfi_hours) is before now.  A request not yet late may become late
 * on the day of its deadline, or at the latest on the next.
 */
int check_h_request(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "request");
	int64_t hours = rp_record_is_null(ctx->eng, "rfi_hours")
				? ctx_setting(ctx, "default_rfi_hours")
				: rp_record_int(ctx->eng, "rfi_hours");
	char waited[COUNT_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		int64_t at, deadline;

		if (!rec_in(rec, "open") ||
		    rp_datetime_parse(rp_record_str(rec, "received_at"), &at)) {
			continue;
		}
		deadline = at + hours * SECONDS_PER_HOUR;
		if (deadline >= ctx->now) {
			int32_t day = rp_datetime_date(deadline);

			/* late from the second after the deadline, maybe later today */
			ctx_until_at(ctx, deadline + 1);
			ctx_until(ctx, day);
			ctx_until(ctx, day + 1);
			continue;
		}
		rc = ctx_find(
			ctx, RP_WARNING, rec,
			ctx_hint(ctx, "rapport request answer %lld", (long long)rp_record_id(rec)),
			"%s has waited %s for an answer; the agreed time is %lld hour%s",
			ctx_label(ctx, rec), span_text(ctx->now - at, waited), (long long)hours,
			hours == 1 ? "" : "s");
	}
	return rc;
}

/*
 * H-REPORT: the next progress report is due one report cadence after the
 * last interaction on the "report" channel that we sent, or after the
 * start (kickoff, else baseline start, else the day it was recorded) when
 * none was sent since, and overdue from the day after.  Without a
 * cadence there is nothing to be late for (K-CADENCE asks for one).
 */
int check_h_report(struct rp_check_ctx *ctx)
{
	char every_text[RP_DURATION_BUFSZ], on[RP_DATE_BUFSZ], late[COUNT_BUFSZ];
	struct ctx_cadence c;
	const char *hint;
	int rc;

	rc = ctx_cadence(ctx, "report_every", record_is_report, 1, &c);
	if (rc || c.due == RP_NO_DATE) {
		return rc;
	}
	ctx_until(ctx, c.due + 1);
	if (c.due >= ctx->today) {
		return RP_OK;
	}
	rp_duration_format(&c.every, every_text);
	n_days(ctx->today - c.due, late);
	hint = ctx_hint(ctx, "rapport report progress %s --send", ctx->slug);
	if (c.last == RP_NO_DATE) {
		return ctx_find(ctx, RP_WARNING, NULL, hint,
				"no progress report has been sent since the start on %s; the first "
				"is %s overdue (reports are due every %s)",
				day_text(c.from, on), late, every_text);
	}
	return ctx_find(ctx, RP_WARNING, NULL, hint,
			"the progress report is %s overdue: the last was sent on %s and reports "
			"are due every %s",
			late, day_text(c.last, on), every_text);
}

/*
 * H-SILENCE: the client has heard nothing for longer than twice the meeting
 * cadence when the last real interaction (anything but a note, whoever
 * started it; the start if later) plus twice the cadence is before today.
 * Without a meeting cadence, no signal (K-CADENCE asks for one).
 */
int check_h_silence(struct rp_check_ctx *ctx)
{
	char every_text[RP_DURATION_BUFSZ], on[RP_DATE_BUFSZ], quiet[COUNT_BUFSZ];
	struct ctx_cadence c;
	const char *hint;
	int rc;

	rc = ctx_cadence(ctx, "meet_every", rec_is_real, 2, &c);
	if (rc || c.due == RP_NO_DATE) {
		return rc;
	}
	ctx_until(ctx, c.due + 1);
	if (c.due >= ctx->today) {
		return RP_OK;
	}
	rp_duration_format(&c.every, every_text);
	n_days(ctx->today - c.from, quiet);
	hint = ctx_hint(ctx, "rapport log %s \"...\" --channel call --by us", ctx->slug);
	if (c.last == RP_NO_DATE) {
		return ctx_find(
			ctx, RP_WARNING, NULL, hint,
			"no interaction with the client is logged since the start on %s, %s "
			"ago; meetings are due every %s",
			day_text(c.from, on), quiet, every_text);
	}
	return ctx_find(ctx, RP_WARNING, NULL, hint,
			"no interaction with the client for %s (the last on %s); meetings are due "
			"every %s",
			quiet, day_text(c.last, on), every_text);
}

/*
 * H-PROACTIVE: of the real interactions (not notes) dated within the last
 * proactive_window_days days (date > today - window), at least
 * proactive_percent percent are initiated by us; none at all is left to
 * H-SILENCE.  The share changes when an interaction leaves the window (on
 * its date plus the window) or, dated ahead, enters it.
 */
int check_h_proactive(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "interaction");
	int32_t window = (int32_t)ctx_setting(ctx, "proactive_window_days");
	int64_t percent = ctx_setting(ctx, "proactive_percent");
	int64_t total = 0, ours = 0, shown;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		int32_t day = record_day(rec, "date");

		if (day == RP_NO_DATE || !rec_is_real(rec)) {
			continue;
		}
		if (day > ctx->today) {
			ctx_until(ctx, day);
			continue;
		}
		if (day <= ctx->today - window) {
			continue;
		}
		ctx_until(ctx, day + window);
		total++;
		if (record_is(rec, "initiated_by", "us")) {
			ours++;
		}
	}
	if (!total || ours * 100 >= percent * total) {
		return RP_OK;
	}
	/* rounded, but never shown as reaching the aim it misses */
	shown = (ours * 200 + total) / (total * 2);
	if (shown >= percent) {
		shown = ours * 100 / total;
	}
	return ctx_find(
		ctx, RP_WARNING, NULL,
		ctx_hint(ctx, "rapport log %s \"...\" --channel call --by us", ctx->slug),
		"%lld of the last %lld interaction%s in %d days %s ours (%lld%%); aim for at "
		"least %lld%%",
		(long long)ours, (long long)total, total == 1 ? "" : "s", (int)window,
		total == 1 ? "was" : "were", (long long)shown, (long long)percent);
}

/*
 * H-BADNEWS: an open risk found more than badnews_days days ago (found_on +
 * badnews_days < today) has not been told to the client; a disclosed risk
 * without any alternative was told without a way out.
 */
int check_h_badnews(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "risk");
	int32_t limit = (int32_t)ctx_setting(ctx, "badnews_days");
	char ago[COUNT_BUFSZ], on[RP_DATE_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		long long id = (long long)rp_record_id(rec);
		const char *alt = rp_record_str(rec, "alternatives");
		int32_t found = record_day(rec, "found_on");
		int32_t told = record_day(rec, "disclosed_on");

		if (rec_in(rec, "open") && found != RP_NO_DATE) {
			ctx_until(ctx, found + limit + 1);
			if (found + limit >= ctx->today) {
				continue;
			}
			rc = ctx_find(ctx, RP_WARNING, rec,
				      ctx_hint(ctx,
					       "rapport risk disclose %lld --alternative \"...\"",
					       id),
				      "%s was found %s ago and the client has not been told",
				      ctx_label(ctx, rec), n_days(ctx->today - found, ago));
		} else if (rec_in(rec, "disclosed") && (!alt || !strcmp(alt, "[]"))) {
			rc = ctx_find(ctx, RP_WARNING, rec,
				      ctx_hint(ctx,
					       "rapport risk propose %lld --alternative \"...\"",
					       id),
				      "%s was disclosed to the client%s%s without an alternative",
				      ctx_label(ctx, rec), told != RP_NO_DATE ? " on " : "",
				      told != RP_NO_DATE ? day_text(told, on) : "");
		}
	}
	return rc;
}

/* H-PROMISE: an open commitment is broken from the day after it was due. */
int check_h_promise(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "promise");
	char late[COUNT_BUFSZ], on[RP_DATE_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		int32_t due = record_day(rec, "due");

		if (!rec_in(rec, "open") || due == RP_NO_DATE) {
			continue;
		}
		ctx_until(ctx, due + 1);
		if (due >= ctx->today) {
			continue;
		}
		rc = ctx_find(
			ctx, RP_WARNING, rec,
			ctx_hint(ctx, "rapport promise keep %lld", (long long)rp_record_id(rec)),
			"%s was due on %s and is %s late", ctx_label(ctx, rec), day_text(due, on),
			n_days(ctx->today - due, late));
	}
	return rc;
}

/* What an action item waits for, said as coming from the client. */
static const char *waiting_text(const char *waiting_on)
{
	if (!strcmp(waiting_on, "input")) {
		return "the client's input";
	}
	if (!strcmp(waiting_on, "approval")) {
		return "the client's approval";
	}
	if (!strcmp(waiting_on, "review")) {
		return "the client's review";
	}
	if (!strcmp(waiting_on, "resource")) {
		return "a resource from the client";
	}
	return "the client";
}

/*
 * H-OVERDUE: an open action item that waits on nothing is overdue from the
 * day after its expected date, whoever owns it.  One that waits (on the
 * client's input, approval, review or a resource) is flagged once it has
 * waited more than waiting_days days (waiting_since + waiting_days < today);
 * while it waits its own date is on hold, so it is not also reported late.
 */
int check_h_overdue(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "action");
	int32_t limit = (int32_t)ctx_setting(ctx, "waiting_days");
	char late[COUNT_BUFSZ], on[RP_DATE_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		const char *waiting_on = rp_record_str(rec, "waiting_on");
		long long id = (long long)rp_record_id(rec);
		int32_t due = record_day(rec, "due");
		int32_t since = record_day(rec, "waiting_since");

		if (!rec_in(rec, "open")) {
			continue;
		}
		if (waiting_on) {
			if (since == RP_NO_DATE) {
				continue;
			}
			ctx_until(ctx, since + limit + 1);
			if (since + limit >= ctx->today) {
				continue;
			}
			rc = ctx_find(
				ctx, RP_WARNING, rec,
				ctx_hint(ctx, "rapport action update %lld --waiting-on none", id),
				"%s has been waiting on %s for %s (since %s)", ctx_label(ctx, rec),
				waiting_text(waiting_on), n_days(ctx->today - since, late),
				day_text(since, on));
			continue;
		}
		if (due == RP_NO_DATE) {
			continue;
		}
		ctx_until(ctx, due + 1);
		if (due >= ctx->today) {
			continue;
		}
		rc = ctx_find(ctx, RP_WARNING, rec,
			      ctx_hint(ctx, "rapport action update %lld --due DATE", id),
			      "%s %s is %s past its expected date (%s)",
			      record_is(rec, "owner", "client") ? "the client's" : "our",
			      ctx_label(ctx, rec), n_days(ctx->today - due, late),
			      day_text(due, on));
	}
	return rc;
}

/*
 * H-SIGNOFF: a submitted deliverable has waited too long for review once
 * submitted_on plus the review time (the engagement's review_days, else the
 * workspace's default_review_days) is before today.
 */
int check_h_signoff(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "deliverable");
	int32_t review = (int32_t)(rp_record_is_null(ctx->eng, "review_days")
					   ? ctx_setting(ctx, "default_review_days")
					   : rp_record_int(ctx->eng, "review_days"));
	char waited[COUNT_BUFSZ], agreed[COUNT_BUFSZ], on[RP_DATE_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		int32_t submitted = record_day(rec, "submitted_on");
		long long id = (long long)rp_record_id(rec);

		if (!rec_in(rec, "submitted") || submitted == RP_NO_DATE) {
			continue;
		}
		ctx_until(ctx, submitted + review + 1);
		if (submitted + review >= ctx->today) {
			continue;
		}
		rc = ctx_find(ctx, RP_WARNING, rec,
			      /* whoever signs off: the reviewer may have lost the authority */
			      ctx_hint(ctx, "rapport deliverable accept %lld --by CONTACT", id),
			      "%s was submitted on %s and has waited %s for review; the agreed "
			      "review time is %s",
			      ctx_label(ctx, rec), day_text(submitted, on),
			      n_days(ctx->today - submitted, waited), n_days(review, agreed));
	}
	return rc;
}

/* The date of a "date:YYYY-MM-DD" trigger, or RP_NO_DATE. */
static int32_t trigger_date(const struct rp_record *rec)
{
	const char *t = rp_record_str(rec, "trigger");
	int32_t day;

	if (!t || strncmp(t, "date:", 5) || rp_date_parse(t + 5, &day)) {
		return RP_NO_DATE;
	}
	return day;
}

/*
 * H-PAYMENT: an invoiced payment is late from the day after its due_on.  A
 * payment that fell due (its deliverable accepted: triggered_on; or, still
 * scheduled, the date of its "date:" trigger) must be invoiced within the
 * payment terms (payment_terms_days, none: 0): it is flagged once that date
 * plus the terms is before today.
 */
int check_h_payment(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "payment");
	int32_t terms = (int32_t)rp_record_int(ctx->eng, "payment_terms_days");
	char late[COUNT_BUFSZ], on[RP_DATE_BUFSZ], amount[MONEY_TEXT_BUFSZ];
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		long long id = (long long)rp_record_id(rec);
		int32_t day = RP_NO_DATE;

		money_text(ctx, rp_record_int(rec, "amount"), amount);
		if (rec_in(rec, "invoiced")) {
			day = record_day(rec, "due_on");
			if (day == RP_NO_DATE) {
				continue;
			}
			ctx_until(ctx, day + 1);
			if (day >= ctx->today) {
				continue;
			}
			rc = ctx_find(
				ctx, RP_WARNING, rec, ctx_hint(ctx, "rapport payment pay %lld", id),
				"invoice %s of payment %lld (%s) is %s past due (due %s)",
				rec_blank(rec, "invoice_number")
					? "?"
					: rp_record_str(rec, "invoice_number"),
				id, amount, n_days(ctx->today - day, late), day_text(day, on));
			continue;
		}
		if (rec_in(rec, "due")) {
			day = record_day(rec, "triggered_on");
		} else if (rec_in(rec, "scheduled")) {
			day = trigger_date(rec);
		}
		if (day == RP_NO_DATE) {
			continue;
		}
		ctx_until(ctx, day + terms + 1);
		if (day + terms >= ctx->today) {
			continue;
		}
		rc = ctx_find(ctx, RP_WARNING, rec,
			      ctx_hint(ctx, "rapport payment invoice %lld --number N", id),
			      "payment %lld (%s) fell due on %s and has not been invoiced for %s",
			      id, amount, day_text(day, on), n_days(ctx->today - day, late));
	}
	return rc;
}

/*
 * H-SCOPE: a proposed change request is undecided too long once proposed_on
 * plus undecided_change_days is before today.  The approved changes have
 * grown the scope too far when their costs add up to more than
 * scope_growth_percent percent of the engagement's value (only with a value:
 * sum * 100 > value * percent).
 */
int check_h_scope(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "change");
	int32_t limit = (int32_t)ctx_setting(ctx, "undecided_change_days");
	int64_t percent = ctx_setting(ctx, "scope_growth_percent");
	int64_t value = rp_record_int(ctx->eng, "value");
	char waited[COUNT_BUFSZ], added[MONEY_TEXT_BUFSZ], base[MONEY_TEXT_BUFSZ];
	int64_t sum = 0;
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];
		int32_t proposed = record_day(rec, "proposed_on");

		if (rec_in(rec, "approved")) {
			sum += rp_record_int(rec, "cost");
		}
		if (!rec_in(rec, "proposed") || proposed == RP_NO_DATE) {
			continue;
		}
		ctx_until(ctx, proposed + limit + 1);
		if (proposed + limit >= ctx->today) {
			continue;
		}
		rc = ctx_find(ctx, RP_WARNING, rec,
			      ctx_hint(ctx, "rapport change approve %lld --by CONTACT",
				       (long long)rp_record_id(rec)),
			      "%s has waited %s for the client's decision", ctx_label(ctx, rec),
			      n_days(ctx->today - proposed, waited));
	}
	if (rc || value <= 0 || sum * 100 <= value * percent) {
		return rc;
	}
	/* rounded up: a share above the limit never reads as the limit.  The
	 * signal stays while the scope stays grown: it asks for a re-plan with
	 * the client, which no field records. */
	return ctx_find(ctx, RP_WARNING, NULL,
			ctx_hint(ctx,
				 "rapport log %s \"Re-planned the grown scope with the client\" "
				 "--channel meeting --by us",
				 ctx->slug),
			"approved changes add %s, %lld%% of the value of %s; the limit is %lld%%",
			money_text(ctx, sum, added), (long long)((sum * 100 + value - 1) / value),
			money_text(ctx, value, base), (long long)percent);
}

/*
 * H-SLIP: the forecast end is later than the baseline end moved by the
 * schedule impact (days) of the approved change requests: a slip the client
 * agreed to through a change is no slip.
 */
int check_h_slip(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "change");
	int32_t baseline = record_day(ctx->eng, "baseline_end");
	int32_t forecast = record_day(ctx->eng, "forecast_end");
	char b[RP_DATE_BUFSZ], f[RP_DATE_BUFSZ], late[COUNT_BUFSZ];
	int64_t moved = 0;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	if (baseline == RP_NO_DATE || forecast == RP_NO_DATE) {
		return RP_OK;
	}
	for (i = 0; i < list->count; i++) {
		if (rec_in(list->items[i], "approved")) {
			moved += rp_record_int(list->items[i], "days");
		}
	}
	baseline += (int32_t)moved;
	if (forecast <= baseline) {
		return RP_OK;
	}
	return ctx_find(ctx, RP_WARNING, NULL,
			ctx_hint(ctx, "rapport change add %s \"...\" --days %d", ctx->slug,
				 (int)(forecast - baseline)),
			"the forecast end %s is %s after the %s end %s", day_text(forecast, f),
			n_days(forecast - baseline, late), moved ? "agreed" : "baseline",
			day_text(baseline, b));
}

/* Whether `rec` is a conversation about renewal: topic "renewal", or a
 * meeting or call whose summary mentions renewing (any case). */
static bool is_renewal_talk(const struct rp_record *rec)
{
	const char *topic = rp_record_str(rec, "topic");

	if (record_is(rec, "channel", "note")) {
		return false; /* an internal note is no conversation with the client */
	}
	if (topic && !strcasecmp(topic, "renewal")) {
		return true;
	}
	return (record_is(rec, "channel", "meeting") || record_is(rec, "channel", "call")) &&
	       mentions(rp_record_str(rec, "summary"), "renew");
}

/*
 * H-RENEWAL: with renewal "auto" or "manual" and a renewal date, the
 * non-renewal deadline is the renewal date minus notice_days (none: 0).
 * From renewal_days days before it until it passes (today <= deadline and
 * deadline - today <= renewal_days), a renewal conversation must be logged:
 * one dated on or after the renewal date minus a year.  An engagement ended
 * early by notice renews no more.
 */
int check_h_renewal(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list;
	int32_t renewal, deadline, window = (int32_t)ctx_setting(ctx, "renewal_days");
	char d[RP_DATE_BUFSZ], r[RP_DATE_BUFSZ], left[COUNT_BUFSZ + 8];
	size_t i;

	deadline = ctx_renewal_deadline(ctx);
	if (deadline == RP_NO_DATE) {
		return RP_OK;
	}
	renewal = record_day(ctx->eng, "renewal_date");
	ctx_until(ctx, deadline - window);
	ctx_until(ctx, deadline + 1);
	if (ctx->today > deadline || deadline - ctx->today > window) {
		return RP_OK;
	}
	list = ctx_list(ctx, "interaction");
	if (!list) {
		return ctx->status;
	}
	for (i = 0; i < list->count; i++) {
		int32_t day = record_day(list->items[i], "date");

		if (day != RP_NO_DATE && day >= renewal - DAYS_PER_YEAR &&
		    is_renewal_talk(list->items[i])) {
			return RP_OK;
		}
	}
	if (deadline == ctx->today) {
		snprintf(left, sizeof(left), "today");
	} else {
		char n[COUNT_BUFSZ];

		snprintf(left, sizeof(left), "in %s", n_days(deadline - ctx->today, n));
	}
	return ctx_find(
		ctx, RP_WARNING, NULL,
		ctx_hint(ctx, "rapport log %s \"...\" --channel call --by us --topic renewal",
			 ctx->slug),
		"the non-renewal deadline is %s, %s (renewal on %s, %lld days' notice), and "
		"no renewal conversation is logged",
		day_text(deadline, d), left, day_text(renewal, r),
		(long long)rp_record_int(ctx->eng, "notice_days"));
}

/* H-CLAUSE: a clause of high risk to the client still undiscussed. */
int check_h_clause(struct rp_check_ctx *ctx)
{
	const struct rp_record_list *list = ctx_list(ctx, "clause");
	int rc = RP_OK;
	size_t i;

	if (!list) {
		return ctx->status;
	}
	for (i = 0; !rc && i < list->count; i++) {
		const struct rp_record *rec = list->items[i];

		if (!rec_in(rec, "undiscussed") || !record_is(rec, "risk", "high")) {
			continue;
		}
		rc = ctx_find(
			ctx, RP_WARNING, rec,
			ctx_hint(ctx, "rapport clause discuss %lld", (long long)rp_record_id(rec)),
			"%s puts the client at high risk and has not been discussed with them",
			ctx_label(ctx, rec));
	}
	return rc;
}
