/*
 * report-progress.c — the model of the one-page progress report of seed
 * 003: what was accomplished since the last report, the current action
 * items, what each side is waiting for, the schedule against its baseline,
 * the scope changes, the current and pending invoices, the other issues,
 * and always the open question at the end.
 *
 * The client reads it: a risk appears only once it was disclosed to them,
 * with the alternatives we proposed; internal notes never appear.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* ---- rows placed in date order ----------------------------------------- */

struct dated {
	int32_t day;
	size_t seq;
	json_t *row;
};

struct dated_rows {
	struct dated *items;
	size_t count;
	size_t cap;
};

/* A new row (owned by the list until dated_flush) to be placed at `day`;
 * RP_NO_DATE sorts last. */
static json_t *dated_row(struct rm *m, struct dated_rows *d, int32_t day)
{
	json_t *row;

	if (m->status) {
		return NULL;
	}
	if (d->count == d->cap) {
		size_t cap = d->cap ? 2 * d->cap : 16;
		struct dated *grown = realloc(d->items, cap * sizeof(*grown));

		if (!grown) {
			rm_fail(m, RP_ENOMEM);
			return NULL;
		}
		d->items = grown;
		d->cap = cap;
	}
	row = json_object();
	if (!row) {
		rm_fail(m, RP_ENOMEM);
		return NULL;
	}
	d->items[d->count] = (struct dated){day == RP_NO_DATE ? INT32_MAX : day, d->count, row};
	d->count++;
	return row;
}

static int by_day(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;

	if (x->day != y->day) {
		return x->day < y->day ? -1 : 1;
	}
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Append the rows to the section in date order (ties in the order they
 * were made) and empty the list. */
static void dated_flush(struct rm *m, struct dated_rows *d, json_t *section)
{
	json_t *rows = section ? json_object_get(section, "rows") : NULL;
	size_t i;

	if (d->count) {
		qsort(d->items, d->count, sizeof(*d->items), by_day);
	}
	for (i = 0; i < d->count; i++) {
		if (!m->status && rows && json_array_append(rows, d->items[i].row)) {
			rm_fail(m, RP_ENOMEM);
		}
		json_decref(d->items[i].row);
	}
	free(d->items);
	memset(d, 0, sizeof(*d));
}

/* ---- accomplished ---------------------------------------------------- */

/* One thing done on `day`, if the day is in the period. */
static void done(struct rm *m, struct dated_rows *d, int32_t day, const char *what, const char *how,
		 const char *who)
{
	char when[RP_DATE_BUFSZ];
	json_t *row;

	if (!rm_in_period(m, day)) {
		return;
	}
	row = dated_row(m, d, day);
	rm_cellf(m, row, "what", "%s %s%s%s", what, how, who ? " by " : "", who ? who : "");
	rm_cell(m, row, "when", rm_day(day, when));
}

static void accomplished(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"what", "What"},
		{"when", "Date"},
		{NULL, NULL},
	};
	json_t *sec = rm_section(m, "accomplished", "Accomplished since the last report", cols,
				 "Nothing was completed in this period.");
	struct dated_rows d = {NULL, 0, 0};
	const struct rp_record_list *list;
	size_t i;

	list = rm_list(m, "deliverable");
	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];

		done(m, &d, record_day(r, "submitted_on"), rm_label(m, "Deliverable", r, "title"),
		     "submitted for review", NULL);
		if (rm_in(r, "accepted")) {
			done(m, &d, record_day(r, "delivered_on"),
			     rm_label(m, "Deliverable", r, "title"), "accepted",
			     rm_contact_of(m, r, "signed_off_by"));
		}
	}
	list = rm_list(m, "action");
	for (i = 0; i < list->count; i++) {
		done(m, &d, record_day(list->items[i], "done_on"),
		     rm_label(m, "Action item", list->items[i], "title"), "done", NULL);
	}
	list = rm_list(m, "request");
	for (i = 0; i < list->count; i++) {
		done(m, &d, record_day(list->items[i], "answered_at"),
		     rm_label(m, "Request", list->items[i], "text"), "answered", NULL);
	}
	list = rm_list(m, "promise");
	for (i = 0; i < list->count; i++) {
		done(m, &d, record_day(list->items[i], "kept_on"),
		     rm_label(m, "Promise", list->items[i], "text"), "kept", NULL);
	}
	list = rm_list(m, "document");
	for (i = 0; i < list->count; i++) {
		done(m, &d, record_day(list->items[i], "handed_over_on"),
		     rm_label(m, "Document", list->items[i], "title"), "handed over", NULL);
	}
	list = rm_list(m, "punch");
	for (i = 0; i < list->count; i++) {
		done(m, &d, record_day(list->items[i], "fixed_on"),
		     rm_label(m, "Punch-list item", list->items[i], "text"), "fixed", NULL);
	}
	/* only what the client was told of */
	list = rm_list(m, "risk");
	for (i = 0; i < list->count; i++) {
		if (!rp_record_is_null(list->items[i], "disclosed_on")) {
			done(m, &d, record_day(list->items[i], "closed_on"),
			     rm_label(m, "Issue", list->items[i], "text"), "resolved", NULL);
		}
	}
	dated_flush(m, &d, sec);
}

/* ---- action items ---------------------------------------------------- */

/* "approval" -> "an approval": what an action item waits for. */
static const char *waiting_for(const char *what)
{
	if (!what) {
		return NULL;
	}
	if (!strcmp(what, "resource")) {
		return "a resource";
	}
	if (!strcmp(what, "approval")) {
		return "an approval";
	}
	if (!strcmp(what, "review")) {
		return "a review";
	}
	return what; /* "input" */
}

static void actions(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"item", "Action item"}, {"owner", "Owner"}, {"status", "Status"},
		{"due", "Expected"},	 {"done", "Done"},   {NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "action");
	json_t *sec =
		rm_section(m, "actions", "Current action items", cols, "No action items are open.");
	char day[RP_DATE_BUFSZ];
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *a = list->items[i];
		int32_t due = record_day(a, "due");
		const char *wait = waiting_for(rp_record_str(a, "waiting_on"));
		json_t *row;

		if (!rm_in(a, "open")) {
			continue;
		}
		row = rm_row(m, sec);
		rm_cell(m, row, "item", rp_record_str(a, "title"));
		rm_cell(m, row, "owner", record_is(a, "owner", "client") ? m->them : m->us);
		if (wait) {
			rm_cellf(m, row, "status", "waiting for %s", wait);
		} else if (due != RP_NO_DATE && due < m->today) {
			rm_cell(m, row, "status", "overdue");
		} else {
			rm_cell(m, row, "status",
				rp_record_int(a, "percent") > 0 ? "in progress" : "not started");
		}
		rm_cell(m, row, "due", rm_day(due, day));
		rm_cellf(m, row, "done", "%lld%%", (long long)rp_record_int(a, "percent"));
	}
}

/* ---- who owes whom --------------------------------------------------- */

/* One thing owed since `since` by `from`: prefix, the record, suffix. */
static void owed(struct rm *m, struct dated_rows *d, int32_t since, const char *from,
		 const char *prefix, const char *label, const char *suffix)
{
	char day[RP_DATE_BUFSZ];
	json_t *row = dated_row(m, d, since);

	rm_cellf(m, row, "what", "%s%s%s", prefix, label, suffix);
	rm_cell(m, row, "from", from);
	rm_cell(m, row, "since", rm_day(since, day));
}

static void missing(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"what", "What"},
		{"from", "From"},
		{"since", "Since"},
		{NULL, NULL},
	};
	static const char *const wants[] = {"resource",	     "A resource for ", "approval",
					    "Approval for ", "review",		"Review for ",
					    "input",	     "Input for "};
	json_t *sec = rm_section(m, "missing", "What we are waiting for", cols,
				 "Nothing is outstanding on either side.");
	struct dated_rows theirs = {NULL, 0, 0}, ours = {NULL, 0, 0};
	const struct rp_record_list *list;
	char day[RP_DATE_BUFSZ], due[RP_DATE_BUFSZ + 8];
	size_t i, k, n_theirs, n_ours;

	/* what the client owes: reviews, decisions, approvals, inputs */
	list = rm_list(m, "deliverable");
	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];
		const char *who = rm_contact_of(m, r, "reviewer");

		if (rm_in(r, "submitted")) {
			owed(m, &theirs, record_day(r, "submitted_on"), who ? who : m->them,
			     "Review of ", rm_label(m, "deliverable", r, "title"), "");
		}
	}
	list = rm_list(m, "change");
	for (i = 0; i < list->count; i++) {
		if (rm_in(list->items[i], "proposed")) {
			owed(m, &theirs, record_day(list->items[i], "proposed_on"), m->them,
			     "Decision on ", rm_label(m, "change", list->items[i], "description"),
			     "");
		}
	}
	list = rm_list(m, "action");
	for (i = 0; i < list->count; i++) {
		const struct rp_record *a = list->items[i];
		const char *want = rp_record_str(a, "waiting_on");

		if (!rm_in(a, "open") || !want) {
			continue;
		}
		for (k = 0; k + 1 < sizeof(wants) / sizeof(wants[0]); k += 2) {
			if (!strcmp(want, wants[k])) {
				owed(m, &theirs, record_day(a, "waiting_since"), m->them,
				     wants[k + 1], rm_label(m, "action item", a, "title"), "");
			}
		}
	}
	list = rm_list(m, "document");
	for (i = 0; i < list->count; i++) {
		if (rm_in(list->items[i], "handed_over")) {
			owed(m, &theirs, record_day(list->items[i], "handed_over_on"), m->them,
			     "Acknowledgement of ",
			     rm_label(m, "document", list->items[i], "title"), "");
		}
	}
	/* what we owe them: answers and kept promises */
	list = rm_list(m, "request");
	for (i = 0; i < list->count; i++) {
		if (rm_in(list->items[i], "open")) {
			owed(m, &ours, record_day(list->items[i], "received_at"), m->us,
			     "Our answer to ", rm_label(m, "request", list->items[i], "text"), "");
		}
	}
	list = rm_list(m, "promise");
	for (i = 0; i < list->count; i++) {
		const struct rp_record *p = list->items[i];

		if (rm_in(p, "open")) {
			snprintf(due, sizeof(due), ", due %s", rm_day(record_day(p, "due"), day));
			owed(m, &ours, record_day(p, "made_on"), m->us, "",
			     rm_label(m, "Promise", p, "text"), due);
		}
	}
	n_theirs = theirs.count;
	n_ours = ours.count;
	dated_flush(m, &theirs, sec);
	dated_flush(m, &ours, sec);
	if (n_theirs || n_ours) {
		rm_para(m, sec, "%s: %zu item%s; %s: %zu item%s.", m->them, n_theirs,
			n_theirs == 1 ? "" : "s", m->us, n_ours, n_ours == 1 ? "" : "s");
	}
}

/* ---- the schedule ---------------------------------------------------- */

/* The end of the engagement: its baseline, the baseline moved by the
 * approved changes' days, and the forecast (the recorded one, else the
 * moved baseline).  RP_NO_DATE where unknown. */
static void end_dates(struct rm *m, int32_t *baseline, int32_t *moved, int32_t *forecast,
		      int64_t *days)
{
	int64_t cost;

	rm_approved(m, days, &cost);
	*baseline = record_day(m->eng, "baseline_end");
	*moved = *baseline;
	if (*baseline != RP_NO_DATE && *days > -3650 * 10 && *days < 3650 * 10) {
		*moved = *baseline + (int32_t)*days;
	}
	*forecast = record_day(m->eng, "forecast_end");
	if (*forecast == RP_NO_DATE) {
		*forecast = *moved;
	}
}

/* Where a deliverable stands, for the client: done, waiting on them, or
 * ours and perhaps late. */
static void deliverable_status(struct rm *m, json_t *row, const struct rp_record *r)
{
	char day[RP_DATE_BUFSZ], late[RM_COUNT_BUFSZ];
	int32_t due = record_day(r, "due");

	if (rm_in(r, "accepted")) {
		rm_cellf(m, row, "status", "accepted on %s",
			 rm_day(record_day(r, "delivered_on"), day));
		return;
	}
	if (rm_in(r, "waived")) {
		rm_cell(m, row, "status", "waived");
		return;
	}
	if (rm_in(r, "submitted")) {
		rm_cellf(m, row, "status", "submitted on %s, awaiting review",
			 rm_day(record_day(r, "submitted_on"), day));
		return;
	}
	late[0] = '\0';
	if (due != RP_NO_DATE && due < m->today) {
		rm_ndays(m->today - due, late);
	}
	if (rm_in(r, "rejected")) {
		rm_cellf(m, row, "status", "rejected on %s, being reworked%s%s%s",
			 rm_day(record_day(r, "signed_off_on"), day), late[0] ? "; " : "", late,
			 late[0] ? " overdue" : "");
	} else if (late[0]) {
		rm_cellf(m, row, "status", "%s overdue", late);
	} else {
		rm_cell(m, row, "status", rm_in(r, "in_progress") ? "in progress" : "planned");
	}
}

static void schedule(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"milestone", "Milestone"},
		{"baseline", "Baseline"},
		{"forecast", "Forecast"},
		{"status", "Status"},
		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "deliverable");
	json_t *sec = rm_section(m, "schedule", "Schedule", cols, "No milestones are planned.");
	char day[RP_DATE_BUFSZ], count[RM_COUNT_BUFSZ];
	int32_t baseline, moved, forecast;
	int64_t days;
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];
		int32_t due = record_day(r, "due");
		json_t *row = rm_row(m, sec);

		rm_cell(m, row, "milestone", rp_record_str(r, "title"));
		rm_cell(m, row, "baseline", rm_day(due, day));
		if (rm_in(r, "accepted")) {
			rm_cell(m, row, "forecast", rm_day(record_day(r, "delivered_on"), day));
		} else if (!rm_in(r, "waived") && due != RP_NO_DATE && due >= m->today) {
			rm_cell(m, row, "forecast", rm_day(due, day));
		}
		deliverable_status(m, row, r);
	}
	end_dates(m, &baseline, &moved, &forecast, &days);
	if (baseline != RP_NO_DATE || forecast != RP_NO_DATE) {
		json_t *row = rm_row(m, sec);

		rm_cell(m, row, "milestone", "End of the engagement");
		rm_cell(m, row, "baseline", rm_day(baseline, day));
		rm_cell(m, row, "forecast", rm_day(forecast, day));
		if (baseline != RP_NO_DATE && forecast != moved) {
			rm_cellf(m, row, "status", "%s %s",
				 rm_ndays(forecast > moved ? forecast - moved : moved - forecast,
					  count),
				 forecast > moved ? "late" : "early");
		} else if (baseline != RP_NO_DATE) {
			rm_cell(m, row, "status", "on schedule");
		}
	}
	if (days && baseline != RP_NO_DATE) {
		rm_para(m, sec, "Approved changes move the end by %s day%s, to %s.",
			rm_delta(days, count), days == 1 || days == -1 ? "" : "s",
			rm_day(moved, day));
	}
}

/* ---- invoices -------------------------------------------------------- */

/* "Milestone payment: New checkout", "Upfront payment: 2026-03-02". */
static void payment_name(struct rm *m, json_t *row, const struct rp_record *p)
{
	const char *kind = rp_record_str(p, "kind") ? rp_record_str(p, "kind") : "payment";
	const char *trigger = rp_record_str(p, "trigger");
	const char *what = NULL;
	const struct rp_record_list *list;
	int64_t id;
	size_t i;

	if (trigger && !strncmp(trigger, "date:", 5)) {
		what = trigger + 5;
	} else if (trigger && !strncmp(trigger, "deliverable:", 12)) {
		id = strtoll(trigger + 12, NULL, 10);
		list = rm_list(m, "deliverable");
		for (i = 0; i < list->count; i++) {
			if (rp_record_id(list->items[i]) == id) {
				what = rp_record_str(list->items[i], "title");
			}
		}
	}
	rm_cellf(m, row, "payment", "%c%s payment%s%s",
		 kind[0] >= 'a' && kind[0] <= 'z' ? kind[0] - 'a' + 'A' : kind[0], kind + 1,
		 what ? ": " : "", what ? what : "");
}

static void invoices(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"payment", "Payment"}, {"amount", "Amount"}, {"status", "Status"},
		{"due", "Due"},		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "payment");
	json_t *sec =
		rm_section(m, "invoices", "Invoices", cols, "No invoices are current or pending.");
	char day[RP_DATE_BUFSZ], money[RM_MONEY_BUFSZ];
	int64_t unpaid = 0, pending = 0;
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *p = list->items[i];
		int32_t due = record_day(p, "due_on");
		const char *number = rp_record_str(p, "invoice_number");
		json_t *row;

		/* paid before this period, or given up on: no longer current */
		if (rm_in(p, "written_off") ||
		    (rm_in(p, "paid") && !rm_in_period(m, record_day(p, "paid_on")))) {
			continue;
		}
		row = rm_row(m, sec);
		payment_name(m, row, p);
		rm_cell(m, row, "amount", rm_money(m, rp_record_int(p, "amount"), money));
		if (rm_in(p, "paid")) {
			rm_cellf(m, row, "status", "%s%s%spaid on %s", number ? "invoice " : "",
				 number ? number : "", number ? " " : "",
				 rm_day(record_day(p, "paid_on"), day));
		} else if (rm_in(p, "invoiced")) {
			rm_add(&unpaid, rp_record_int(p, "amount"));
			rm_cellf(m, row, "status", "invoice %s sent on %s%s", number ? number : "",
				 rm_day(record_day(p, "invoiced_on"), day),
				 due != RP_NO_DATE && due < m->today ? ", overdue" : "");
		} else {
			rm_add(&pending, rp_record_int(p, "amount"));
			rm_cell(m, row, "status", rm_in(p, "due") ? "to be invoiced" : "scheduled");
		}
		rm_cell(m, row, "due", rm_day(due, day));
	}
	if (unpaid) {
		rm_para(m, sec, "Invoiced and not yet paid: %s.", rm_money(m, unpaid, money));
	}
	if (pending) {
		rm_para(m, sec, "Still to invoice: %s.", rm_money(m, pending, money));
	}
}

/* ---- other issues ---------------------------------------------------- */

static void issues(struct rm *m)
{
	static const struct rm_col cols[] = {
		{"issue", "Issue"},
		{"alternatives", "Alternatives we propose"},
		{NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "risk");
	const struct rp_field *alt = rp_kind_field(rp_kind_find("risk"), "alternatives");
	json_t *sec = rm_section(m, "issues", "Other issues", cols, "No other issues.");
	struct rp_buf b;
	size_t i;

	rp_buf_init(&b);
	for (i = 0; i < list->count; i++) {
		const struct rp_record *r = list->items[i];
		json_t *row;

		/* an undisclosed risk is ours to break first, not the report's */
		if (!rm_in(r, "disclosed")) {
			continue;
		}
		row = rm_row(m, sec);
		rm_cell(m, row, "issue", rp_record_str(r, "text"));
		rp_buf_reset(&b);
		if (rp_record_format(r, alt, &b)) {
			rm_fail(m, RP_ENOMEM);
		}
		rm_cell(m, row, "alternatives", b.data);
	}
	rp_buf_release(&b);
}

/* ---- the summary ----------------------------------------------------- */

static void summary(struct rm *m)
{
	const struct rp_record_list *list = rm_list(m, "deliverable");
	char day[RP_DATE_BUFSZ], planned[RP_DATE_BUFSZ], count[RM_COUNT_BUFSZ];
	int32_t baseline, moved, forecast;
	size_t i, accepted = 0, open = 0, total = 0;
	int64_t days;

	for (i = 0; i < list->count; i++) {
		total += !rm_in(list->items[i], "waived");
		accepted += rm_in(list->items[i], "accepted");
	}
	list = rm_list(m, "action");
	for (i = 0; i < list->count; i++) {
		open += rm_in(list->items[i], "open");
	}
	if (total && open) {
		rm_para(m, NULL, "%zu of %zu deliverable%s accepted; %zu action item%s open.",
			accepted, total, total == 1 ? "" : "s", open, open == 1 ? "" : "s");
	} else if (total) {
		rm_para(m, NULL, "%zu of %zu deliverable%s accepted; no action item is open.",
			accepted, total, total == 1 ? "" : "s");
	} else if (open) {
		rm_para(m, NULL, "%zu action item%s open.", open, open == 1 ? "" : "s");
	}
	end_dates(m, &baseline, &moved, &forecast, &days);
	if (baseline == RP_NO_DATE || forecast == RP_NO_DATE) {
		return;
	}
	rm_day(moved, planned);
	if (forecast == moved) {
		rm_para(m, NULL, "The work is on schedule to end on %s.", planned);
	} else {
		rm_para(m, NULL, "The work is forecast to end on %s, %s %s than planned (%s).",
			rm_day(forecast, day),
			rm_ndays(forecast > moved ? forecast - moved : moved - forecast, count),
			forecast > moved ? "later" : "earlier", planned);
	}
}

void report_progress(struct rm *m)
{
	summary(m);
	accomplished(m);
	actions(m);
	missing(m);
	schedule(m);
	rm_changes(m, "Scope changes", "No scope changes.");
	invoices(m);
	issues(m);
	rm_closing(m, "Is there anything else we should discuss?");
}
