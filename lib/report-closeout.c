/*
 * report-closeout.c — the model of the close-out report of seed 000: what
 * was required against what was delivered, the timeline against the
 * baseline, the budget (value, approved changes, invoiced, paid,
 * outstanding, payables), every change, the close checklist, the documents
 * handed over, the client's view (exit interview, testimonial) and the
 * lessons of our retrospective; it closes with thanks and the stay-in-touch
 * plan.
 *
 * The checklist is the close gate's own result (rp_check_run on the close
 * phase), so the report and "rapport check" never disagree; the one check
 * the report itself satisfies, C-REPORT, is shown as this report.
 */
#include <string.h>

#include "report.h"

/* "on time", "3 days late", "2 days early"; "" when a date is unknown. */
static const char *difference(int32_t actual, int32_t planned, char buf[RM_COUNT_BUFSZ])
{
	int64_t n = (int64_t)actual - planned;

	if (actual == RP_NO_DATE || planned == RP_NO_DATE) {
		buf[0] = '\0';
	} else if (!n) {
		snprintf(buf, RM_COUNT_BUFSZ, "on time");
	} else {
		snprintf(buf, RM_COUNT_BUFSZ, "%lld day%s %s", (long long)(n > 0 ? n : -n),
			 n == 1 || n == -1 ? "" : "s", n > 0 ? "late" : "early");
	}
	return buf;
}

/* ---- required and delivered ------------------------------------------- */

static void delivered(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"deliverable", "Deliverable"},
		{"acceptance", "Acceptance criteria"},
		{"outcome", "Outcome"},
		{"signed_off", "Signed off"},
		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "deliverable");
	json_t *sec = rm_section(m, "delivered", "Required and delivered", cols,
				 "No deliverables were recorded.");
	char day[RP_DATE_BUFSZ];
	size_t i, accepted = 0, waived = 0;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];
		const char *by = rm_contact_of(m, r, "signed_off_by");
		json_t *row = rm_row(m, sec);

		rm_cell(m, row, "deliverable", rp_record_str(r, "title"));
		rm_cell(m, row, "acceptance", rp_record_str(r, "accept"));
		if (rm_in(r, "accepted")) {
			accepted++;
			rm_cellf(m, row, "outcome", "accepted on %s",
				 rm_day(record_day(r, "delivered_on"), day));
		} else if (rm_in(r, "waived")) {
			waived++;
			rm_cellf(m, row, "outcome", "waived: %s", rp_record_str(r, "waive_reason"));
		} else if (rm_in(r, "rejected")) {
			rm_cellf(m, row, "outcome", "rejected on %s",
				 rm_day(record_day(r, "signed_off_on"), day));
		} else if (rm_in(r, "submitted")) {
			rm_cellf(m, row, "outcome", "submitted on %s, not yet accepted",
				 rm_day(record_day(r, "submitted_on"), day));
		} else {
			rm_cell(m, row, "outcome", "not delivered");
		}
		if ((rm_in(r, "accepted") || rm_in(r, "rejected")) && by) {
			rm_cellf(m, row, "signed_off", "%s on %s", by,
				 rm_day(record_day(r, "signed_off_on"), day));
		}
	}
	if (list->count && waived) {
		rm_para(m, sec, "%zu of %zu deliverable%s accepted, %zu waived.", accepted,
			list->count, list->count == 1 ? "" : "s", waived);
	} else if (list->count) {
		rm_para(m, sec, "%zu of %zu deliverable%s accepted.", accepted, list->count,
			list->count == 1 ? "" : "s");
	}
}

/* ---- the timeline ---------------------------------------------------- */

static void timeline(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"milestone", "Milestone"},
		{"baseline", "Baseline"},
		{"actual", "Actual"},
		{"difference", "Difference"},
		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "deliverable");
	json_t *sec = rm_section(m, "timeline", "Timeline", cols, "No dates were planned.");
	char day[RP_DATE_BUFSZ], diff[RM_COUNT_BUFSZ], count[RM_COUNT_BUFSZ];
	int32_t start = record_day(m->eng, "baseline_start"),
		kicked = record_day(m->eng, "kicked_off_on");
	int32_t end = record_day(m->eng, "baseline_end");
	int64_t days, cost;
	json_t *row;
	size_t i;

	if (start != RP_NO_DATE || kicked != RP_NO_DATE) {
		row = rm_row(m, sec);
		rm_cell(m, row, "milestone", "Start");
		rm_cell(m, row, "baseline", rm_day(start, day));
		rm_cell(m, row, "actual", rm_day(kicked, day));
		rm_cell(m, row, "difference", difference(kicked, start, diff));
	}
	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];
		int32_t due = record_day(r, "due");
		int32_t done = rm_in(r, "accepted") ? record_day(r, "delivered_on") : RP_NO_DATE;

		row = rm_row(m, sec);
		rm_cell(m, row, "milestone", rp_record_str(r, "title"));
		rm_cell(m, row, "baseline", rm_day(due, day));
		if (rm_in(r, "accepted")) {
			rm_cell(m, row, "actual", rm_day(done, day));
			rm_cell(m, row, "difference", difference(done, due, diff));
		} else {
			rm_cell(m, row, "actual", rm_in(r, "waived") ? "waived" : "not delivered");
		}
	}
	/* the period's end: a terminated engagement's end, else the day it closed, else
	 * today, as the report is usually sent before the close gate asks for it */
	row = rm_row(m, sec);
	rm_cell(m, row, "milestone", "End");
	rm_cell(m, row, "baseline", rm_day(end, day));
	rm_cell(m, row, "actual", rm_day(m->to, day));
	rm_cell(m, row, "difference", difference(m->to, end, diff));
	rm_approved(m, &days, &cost);
	if (days && end != RP_NO_DATE && days > -36500 && days < 36500) {
		rm_para(m, sec,
			"Approved changes moved the planned end by %s day%s, to %s; "
			"against it the work ended %s.",
			rm_delta(days, count), days == 1 || days == -1 ? "" : "s",
			rm_day(end + (int32_t)days, day),
			difference(m->to, end + (int32_t)days, diff));
	}
}

/* ---- the budget ------------------------------------------------------ */

static void budget_row(struct rm *m, json_t *sec, const char *item, const char *amount)
{
	json_t *row = rm_row(m, sec);

	rm_cell(m, row, "item", item);
	rm_cell(m, row, "amount", amount);
}

static void budget(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"item", "Item"},
		{"amount", "Amount"},
		{NULL, NULL},
	};
	const struct rp_record_list *pay = rm_list(m, "payment");
	const struct rp_record_list *bills = rm_list(m, "bill");
	json_t *sec = rm_section(m, "budget", "Budget", cols, "No money was recorded.");
	char money[RM_MONEY_BUFSZ], other[RM_MONEY_BUFSZ];
	int64_t value = rp_record_int(m->eng, "value"), days, changes, total;
	int64_t invoiced = 0, paid = 0, written = 0, unpaid = 0, pending = 0, scheduled = 0;
	int64_t billed = 0, owing = 0;
	size_t i, approved = 0;
	bool has_value = !rp_record_is_null(m->eng, "value");

	rm_approved(m, &days, &changes);
	for (i = 0; i < rm_list(m, "change")->count; i++) {
		approved += rm_in(rm_list(m, "change")->items[i], "approved");
	}
	for (i = 0; i < pay->count; i++) {
		const struct rp_record *p = pay->items[i];
		int64_t amount = rp_record_int(p, "amount");

		if (rm_in(p, "written_off")) {
			rm_add(&written, amount);
			continue;
		}
		rm_add(&scheduled, amount);
		if (rm_in(p, "paid")) {
			rm_add(&paid, amount);
			rm_add(&invoiced, rp_record_is_null(p, "invoiced_on") ? 0 : amount);
		} else if (rm_in(p, "invoiced")) {
			rm_add(&invoiced, amount);
			rm_add(&unpaid, amount);
		} else {
			rm_add(&pending, amount);
		}
	}
	for (i = 0; i < bills->count; i++) {
		rm_add(&billed, rp_record_int(bills->items[i], "amount"));
		if (!rm_in(bills->items[i], "paid")) {
			rm_add(&owing, rp_record_int(bills->items[i], "amount"));
		}
	}
	total = value;
	rm_add(&total, changes);
	if (has_value) {
		budget_row(m, sec, "Contract value", rm_money(m, value, money));
	}
	if (approved) {
		budget_row(m, sec, "Approved changes", rm_money_delta(m, changes, money));
		if (has_value) {
			budget_row(m, sec, "Value with approved changes",
				   rm_money(m, total, money));
		}
	}
	if (pay->count) {
		budget_row(m, sec, "Invoiced", rm_money(m, invoiced, money));
		budget_row(m, sec, "Paid", rm_money(m, paid, money));
		budget_row(m, sec, "Outstanding (invoiced, not yet paid)",
			   rm_money(m, unpaid, money));
		if (pending) {
			budget_row(m, sec, "Not yet invoiced", rm_money(m, pending, money));
		}
		if (written) {
			budget_row(m, sec, "Written off", rm_money(m, written, money));
		}
	}
	if (bills->count) {
		budget_row(m, sec, "Vendor bills", rm_money(m, billed, money));
		budget_row(m, sec, "Vendor bills not yet paid", rm_money(m, owing, money));
	}
	if (pay->count && !unpaid && !pending) {
		rm_para(m, sec, "Every payment is settled.");
	}
	if (has_value && pay->count) {
		rm_add(&scheduled, written);
		if (scheduled != total) {
			rm_para(m, sec,
				"The payments add up to %s, the value with approved changes "
				"to %s.",
				rm_money(m, scheduled, money), rm_money(m, total, other));
		}
	}
}

/* ---- the close checklist --------------------------------------------- */

static void checklist(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"check", "Check"},
		{"state", "State"},
		{"note", "Note"},
		{NULL, NULL},
	};
	const struct rp_check *const *c;
	json_t *sec = rm_section(m, "checklist", "Close checklist", cols, NULL);
	struct rp_findings f;
	size_t pass = 0, total = 0;
	int rc;

	if (m->status) {
		return;
	}
	rc = rp_check_run(m->db, m->slug, RP_PHASE_CLOSE, &f);
	if (rc) {
		rm_fail(m, rc);
		return;
	}
	for (c = rp_checks(); *c; c++) {
		const struct rp_finding *first = NULL;
		const char *s = (*c)->summary;
		size_t k, n = 0;
		json_t *row;

		if ((*c)->phase != RP_PHASE_CLOSE) {
			continue;
		}
		for (k = 0; k < f.count; k++) {
			if (f.items[k].check == *c) {
				first = first ? first : &f.items[k];
				n++;
			}
		}
		row = rm_row(m, sec);
		rm_cellf(m, row, "check", "%c%s",
			 s[0] >= 'a' && s[0] <= 'z' ? s[0] - 'a' + 'A' : s[0], s + 1);
		total++;
		/* sending this report is what the check asks for */
		if (!strcmp((*c)->id, "C-REPORT")) {
			rm_cell(m, row, "state", "pass");
			rm_cell(m, row, "note", "this report");
			pass++;
			continue;
		}
		if (!n) {
			rm_cell(m, row, "state", "pass");
			pass++;
			continue;
		}
		rm_cellf(m, row, "state", "%zu finding%s", n, n == 1 ? "" : "s");
		rm_cell(m, row, "note", first->message);
	}
	rm_para(m, sec, "%zu of %zu checks pass.", pass, total);
	rp_findings_release(&f);
}

/* ---- documents ------------------------------------------------------- */

static void documents(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"document", "Document"},
		{"handed_over", "Handed over"},
		{"acknowledged_by", "Acknowledged by"},
		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "document");
	json_t *sec = rm_section(m, "documents", "Handed-over documents", cols,
				 "No documents were handed over.");
	char day[RP_DATE_BUFSZ];
	struct rp_buf left;
	size_t i;

	rp_buf_init(&left);
	for (i = 0; i < list->count; i++) {
		const struct rp_record *d = list->items[i];
		const char *kind = rp_record_str(d, "kind");
		const char *by = rm_contact_of(m, d, "acknowledged_by");
		json_t *row;

		if (!rm_in(d, "handed_over") && !rm_in(d, "acknowledged")) {
			if (rp_buf_printf(&left, "%s'%s'", left.len ? ", " : "",
					  rp_record_str(d, "title"))) {
				rm_fail(m, RP_ENOMEM);
			}
			continue;
		}
		row = rm_row(m, sec);
		rm_cellf(m, row, "document", "%s%s%s%s", rp_record_str(d, "title"),
			 kind ? " (" : "", kind ? kind : "", kind ? ")" : "");
		rm_cell(m, row, "handed_over", rm_day(record_day(d, "handed_over_on"), day));
		if (rm_in(d, "acknowledged")) {
			rm_cellf(m, row, "acknowledged_by", "%s%son %s", by ? by : "",
				 by ? " " : "", rm_day(record_day(d, "acknowledged_on"), day));
		} else {
			rm_cell(m, row, "acknowledged_by", "not yet");
		}
	}
	if (left.len) {
		rm_para(m, sec, "Not handed over yet: %s.", left.data);
	}
	rp_buf_release(&left);
}

/* ---- the client's view and our lessons ------------------------------- */

static void answer(struct rm *m, json_t *sec, const char *question, const char *text)
{
	json_t *row;

	if (!text || !*text) {
		return;
	}
	row = rm_row(m, sec);
	rm_cell(m, row, "question", question);
	rm_cell(m, row, "answer", text);
}

static const struct rm_col qa_cols[] = {
	{"question", "Question"},
	{"answer", "Answer"},
	{NULL, NULL},
};

static void client_view(struct rm *m)
{
	const struct rp_record_list *exits = rm_list(m, "exit");
	const struct rp_record_list *testimonials = rm_list(m, "testimonial");
	json_t *sec = rm_section(m, "client", "The client's view", qa_cols,
				 "No exit interview or testimonial was recorded.");
	char day[RP_DATE_BUFSZ], num[RM_COUNT_BUFSZ];

	if (exits->count) {
		const struct rp_record *e = exits->items[0];

		answer(m, sec, "Exit interview held on", rm_day(record_day(e, "held_on"), day));
		answer(m, sec, "What did you like?", rp_record_str(e, "liked"));
		answer(m, sec, "What did you dislike?", rp_record_str(e, "disliked"));
		answer(m, sec, "What could we improve?", rp_record_str(e, "improve"));
		if (!rp_record_is_null(e, "rating")) {
			snprintf(num, sizeof(num), "%lld of 10",
				 (long long)rp_record_int(e, "rating"));
			answer(m, sec, "How would you rate our work?", num);
		}
		if (!rp_record_is_null(e, "would_refer")) {
			answer(m, sec, "Would you refer us?",
			       rp_record_int(e, "would_refer") ? "yes" : "no");
		}
	}
	if (testimonials->count) {
		const struct rp_record *t = testimonials->items[0];
		json_t *row = rm_row(m, sec);

		rm_cell(m, row, "question", "Testimonial");
		rm_day(record_day(t, "decided_on"), day);
		if (rm_in(t, "approved")) {
			rm_cellf(m, row, "answer", "approved on %s, %s", day,
				 rp_record_int(t, "may_publish") ? "may be published"
								 : "not for publication");
		} else if (rm_in(t, "declined")) {
			rm_cellf(m, row, "answer", "declined on %s", day);
		} else if (rm_in(t, "drafted")) {
			rm_cell(m, row, "answer", "drafted, awaiting approval");
		} else {
			rm_cellf(m, row, "answer", "asked for on %s",
				 rm_day(record_day(t, "requested_on"), day));
		}
		answer(m, sec, "The testimonial", rp_record_str(t, "text"));
	}
}

static void lessons(struct rm *m)
{
	const struct rp_record_list *list = rm_list(m, "retro");
	json_t *sec =
		rm_section(m, "lessons", "Lessons learned", qa_cols, "No retrospective was held.");
	char day[RP_DATE_BUFSZ];

	if (list->count) {
		const struct rp_record *r = list->items[0];

		answer(m, sec, "Retrospective held on", rm_day(record_day(r, "held_on"), day));
		answer(m, sec, "What went well?", rp_record_str(r, "went_well"));
		answer(m, sec, "What went badly?", rp_record_str(r, "went_badly"));
		answer(m, sec, "How did the team do?", rp_record_str(r, "team"));
	}
}

/* ---- summary and closing --------------------------------------------- */

static void summary(struct rm *m)
{
	const struct rp_record_list *list = rm_list(m, "deliverable");
	const struct rp_record_list *pay = rm_list(m, "payment");
	char from[RP_DATE_BUFSZ], to[RP_DATE_BUFSZ], paid_text[RM_MONEY_BUFSZ];
	char due_text[RM_MONEY_BUFSZ];
	int64_t paid = 0, due = 0;
	size_t i, accepted = 0, required = 0;

	rm_para(m, NULL, "%s for %s ran from %s to %s.", rp_record_str(m->eng, "title"), m->them,
		rm_day(m->from, from), rm_day(m->to, to));
	for (i = 0; i < list->count; i++) {
		required += !rm_in(list->items[i], "waived");
		accepted += rm_in(list->items[i], "accepted");
	}
	for (i = 0; i < pay->count; i++) {
		if (!rm_in(pay->items[i], "written_off")) {
			rm_add(&due, rp_record_int(pay->items[i], "amount"));
		}
		if (rm_in(pay->items[i], "paid")) {
			rm_add(&paid, rp_record_int(pay->items[i], "amount"));
		}
	}
	if (required && pay->count) {
		rm_para(m, NULL, "%zu of %zu required deliverable%s accepted; %s of %s paid.",
			accepted, required, required == 1 ? "" : "s", rm_money(m, paid, paid_text),
			rm_money(m, due, due_text));
	} else if (required) {
		rm_para(m, NULL, "%zu of %zu required deliverable%s accepted.", accepted, required,
			required == 1 ? "" : "s");
	}
}

static void closing(struct rm *m)
{
	const struct rp_record_list *list = rm_list(m, "followup");
	char every[RM_COUNT_BUFSZ], next[RP_DATE_BUFSZ];

	if (!list->count) {
		rm_closing(m, "Thank you for working with us.");
		return;
	}
	rm_every(rp_record_str(list->items[0], "every"), every);
	rm_day(record_day(list->items[0], "next_on"), next);
	rm_closing(m, "Thank you for working with us. We will stay in touch %s%s%s.", every,
		   next[0] ? ", next on " : "", next);
}

void report_closeout(struct rm *m)
{
	summary(m);
	delivered(m);
	timeline(m);
	budget(m);
	rm_changes(m, "Changes", "There were no changes.");
	checklist(m);
	documents(m);
	client_view(m);
	lessons(m);
	closing(m);
}
