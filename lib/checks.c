/*
 * checks.c — the table of checks and the engine that runs them on one
 * engagement: each check reads the engagement's records through the context
 * (each kind loaded once per run), reports findings, and says from which
 * day its result may change by time alone, so that results can be kept
 * until then (health.c).
 *
 * The score is 100 minus the weights of the checks that fired, each check
 * counted once however many records it names, and never below 0.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-ctx.h"

#define K(id, sev, w, fn, seed, summary)                                                           \
	{                                                                                          \
		id, RP_PHASE_KICKOFF, sev, w, summary, seed, fn                                    \
	}
#define H(id, w, fn, seed, summary)                                                                \
	{                                                                                          \
		id, RP_PHASE_HEALTH, RP_WARNING, w, summary, seed, fn                              \
	}
#define C(id, sev, w, fn, seed, summary)                                                           \
	{                                                                                          \
		id, RP_PHASE_CLOSE, sev, w, summary, seed, fn                                      \
	}

static const struct rp_check checks[] = {
	K("K-FIT", RP_BLOCKER, 10, check_k_fit, "004",
	  "fit notes: shared goals, values, ways of working (warning if no past arrangement is "
	  "referenced)"),
	K("K-SCOPE", RP_BLOCKER, 10, check_k_scope, "004",
	  "at least one deliverable, each with acceptance criteria"),
	K("K-CHANGE", RP_BLOCKER, 10, check_k_change, "004",
	  "change provisions written into the scope of work"),
	K("K-ESTIMATE", RP_BLOCKER, 10, check_k_estimate, "004",
	  "an estimate with assumptions on every deliverable"),
	K("K-RESOURCES", RP_WARNING, 5, check_k_resources, "004",
	  "the resources on board and those to bring on"),
	K("K-PAYMENT", RP_BLOCKER, 10, check_k_payment, "004",
	  "a payment schedule: for fixed price the payments add up to the value; every payment "
	  "has a trigger and a verification"),
	K("K-RFI", RP_BLOCKER, 10, check_k_rfi, "004",
	  "agreed response times for requests for information"),
	K("K-SIGNOFF", RP_BLOCKER, 10, check_k_signoff, "004",
	  "a reviewer with sign-off authority for every deliverable"),
	K("K-SUCCESS", RP_BLOCKER, 10, check_k_success, "004", "a success definition"),
	K("K-PUNCH", RP_BLOCKER, 10, check_k_punch, "004", "a punch-list window after delivery"),
	K("K-CADENCE", RP_BLOCKER, 10, check_k_cadence, "003",
	  "a report cadence and a meeting cadence"),
	K("K-TERMS", RP_BLOCKER, 10, check_k_terms, "002", "a notice period and renewal terms"),

	H("H-REQUEST", 15, check_h_request, "003",
	  "a client request unanswered past the agreed response time"),
	H("H-REPORT", 10, check_h_report, "003", "the progress report is overdue for its cadence"),
	H("H-SILENCE", 15, check_h_silence, "003",
	  "no interaction for longer than twice the meeting cadence"),
	H("H-PROACTIVE", 10, check_h_proactive, "003",
	  "fewer than 80% of the last 90 days' interactions initiated by us"),
	H("H-BADNEWS", 20, check_h_badnews, "003",
	  "a risk found more than 2 days ago and not disclosed, or disclosed without an "
	  "alternative"),
	H("H-PROMISE", 10, check_h_promise, "003", "a commitment past its due date"),
	H("H-OVERDUE", 10, check_h_overdue, "003",
	  "an action item past its expected date; one waiting on the client for over a week"),
	H("H-SIGNOFF", 10, check_h_signoff, "004",
	  "a deliverable submitted and waiting for review longer than the agreed review time"),
	H("H-PAYMENT", 15, check_h_payment, "004",
	  "an invoiced payment past due; a triggered payment not yet invoiced"),
	H("H-SCOPE", 10, check_h_scope, "003",
	  "change requests undecided for over a week; approved changes above 20% of the baseline "
	  "value"),
	H("H-SLIP", 10, check_h_slip, "003", "forecast end later than the baseline end"),
	H("H-RENEWAL", 15, check_h_renewal, "003",
	  "the non-renewal deadline within 60 days and no renewal conversation logged"),
	H("H-CLAUSE", 5, check_h_clause, "003",
	  "a high-risk clause not yet discussed with the client"),

	C("C-DELIVERED", RP_BLOCKER, 10, check_c_delivered, "000",
	  "every deliverable accepted or waived with a reason"),
	C("C-PUNCH", RP_BLOCKER, 10, check_c_punch, "004", "every punch-list item fixed"),
	C("C-PO", RP_BLOCKER, 10, check_c_po, "000", "no open purchase order"),
	C("C-PENDING", RP_BLOCKER, 10, check_c_pending, "000",
	  "no open client request, change request, action item or commitment"),
	C("C-MATERIAL", RP_BLOCKER, 10, check_c_material, "001", "all excess materials returned"),
	C("C-PAYABLE", RP_BLOCKER, 10, check_c_payable, "001",
	  "every vendor bill paid (accounts payable reconciled)"),
	C("C-PAID", RP_BLOCKER, 10, check_c_paid, "000",
	  "every payment paid or written off, the final payment included"),
	C("C-DOCS", RP_BLOCKER, 10, check_c_docs, "000",
	  "every document current and handed over, acknowledged by the client"),
	C("C-REPORT", RP_BLOCKER, 10, check_c_report, "000",
	  "a close-out report generated and sent"),
	C("C-EXIT", RP_BLOCKER, 10, check_c_exit, "002", "an exit interview recorded"),
	C("C-TESTIMONIAL", RP_WARNING, 5, check_c_testimonial, "002",
	  "a testimonial asked for (its answer recorded)"),
	C("C-FOLLOWUP", RP_BLOCKER, 10, check_c_followup, "002", "a stay-in-touch plan scheduled"),
	C("C-NOTICE", RP_BLOCKER, 10, check_c_notice, "002",
	  "if terminated early: notice given at least the notice period before the end"),
	C("C-RETRO", RP_WARNING, 5, check_c_retro, "001", "a retrospective held"),
};

#define NCHECKS (sizeof(checks) / sizeof(checks[0]))

static const struct rp_check *check_list[NCHECKS + 1];

const struct rp_check *const *rp_checks(void)
{
	size_t i;

	/* Filling a table of constant pointers twice is harmless. */
	for (i = 0; i < NCHECKS; i++) {
		check_list[i] = &checks[i];
	}
	check_list[NCHECKS] = NULL;
	return check_list;
}

const struct rp_check *rp_check_find(const char *id)
{
	size_t i;

	for (i = 0; i < NCHECKS; i++) {
		if (!strcmp(checks[i].id, id)) {
			return &checks[i];
		}
	}
	return NULL;
}

const char *rp_phase_name(enum rp_phase phase)
{
	switch (phase) {
	case RP_PHASE_KICKOFF:
		return "kickoff";
	case RP_PHASE_HEALTH:
		return "health";
	case RP_PHASE_CLOSE:
		return "close";
	}
	return "unknown";
}

const char *rp_severity_name(enum rp_severity sev)
{
	return sev == RP_BLOCKER ? "blocker" : "warning";
}

unsigned rp_phases_of_state(const char *state)
{
	if (!strcmp(state, "draft")) {
		return RP_PHASE_KICKOFF;
	}
	if (!strcmp(state, "active") || !strcmp(state, "on_hold") || !strcmp(state, "delivered")) {
		return RP_PHASE_HEALTH;
	}
	if (!strcmp(state, "closing") || !strcmp(state, "terminated")) {
		return RP_PHASE_CLOSE;
	}
	return 0;
}

/* ---- the context ----------------------------------------------------- */

static int kind_index(const struct rp_kind *kind)
{
	const struct rp_kind *const *k = rp_kinds();
	int i;

	for (i = 0; k[i]; i++) {
		if (k[i] == kind) {
			return i < RP_MAX_KINDS ? i : -1;
		}
	}
	return -1;
}

const struct rp_record_list *ctx_list(struct rp_check_ctx *ctx, const char *name)
{
	const struct rp_kind *kind = rp_kind_find(name);
	int i = kind ? kind_index(kind) : -1;

	if (i < 0) {
		ctx->status = rp_db_fail(ctx->db, RP_EINVAL, "no record kind '%s'", name);
		return NULL;
	}
	if (!ctx->loaded[i]) {
		ctx->status = rp_record_list_brief(ctx->db, kind, ctx->slug, NULL, &ctx->lists[i]);
		if (ctx->status) {
			return NULL;
		}
		ctx->loaded[i] = true;
	}
	return &ctx->lists[i];
}

int64_t ctx_setting(const struct rp_check_ctx *ctx, const char *name)
{
	size_t i;

	for (i = 0; i < RP_SETTINGS; i++) {
		if (!strcmp(ctx->settings[i].name, name)) {
			return ctx->settings[i].value;
		}
	}
	return 0;
}

const char *ctx_label(struct rp_check_ctx *ctx, const struct rp_record *rec)
{
	static const char *const names[] = {"title",   "name",	 "text",   "description",
					    "summary", "number", "vendor", NULL};
	const char *name = NULL;
	size_t i;

	rp_buf_reset(&ctx->label);
	record_label(rec, &ctx->label);
	for (i = 0; names[i] && !name; i++) {
		name = rp_record_str(rec, names[i]);
	}
	if (name && rec->kind != ctx->eng->kind) {
		size_t len = strlen(name), cut = len > 40 ? 40 : len;

		/* whole characters only */
		while (cut < len && ((unsigned char)name[cut] & 0xc0) == 0x80) {
			cut--;
		}
		rp_buf_printf(&ctx->label, " '%.*s%s'", (int)cut, name, cut < len ? "..." : "");
	}
	return ctx->label.data;
}

const char *ctx_hint(struct rp_check_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	rp_buf_reset(&ctx->hint);
	va_start(ap, fmt);
	rp_buf_vprintf(&ctx->hint, fmt, ap);
	va_end(ap);
	return ctx->hint.data;
}

void ctx_until(struct rp_check_ctx *ctx, int32_t day)
{
	if (day > ctx->today && day < ctx->out->valid_until) {
		ctx->out->valid_until = day;
	}
}

void ctx_until_at(struct rp_check_ctx *ctx, int64_t when)
{
	if (when > ctx->now && when < ctx->out->valid_until_at) {
		ctx->out->valid_until_at = when;
	}
}

int ctx_find(struct rp_check_ctx *ctx, enum rp_severity sev, const struct rp_record *rec,
	     const char *hint, const char *fmt, ...)
{
	struct rp_findings *f = ctx->out;
	struct rp_finding *item;
	struct rp_buf msg;
	va_list ap;

	if (f->count == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		struct rp_finding *items = realloc(f->items, cap * sizeof(*items));

		if (!items) {
			return rp_db_fail(ctx->db, RP_ENOMEM, "out of memory");
		}
		f->items = items;
		f->cap = cap;
	}
	rp_buf_init(&msg);
	va_start(ap, fmt);
	rp_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	item = &f->items[f->count];
	memset(item, 0, sizeof(*item));
	item->check = ctx->check;
	item->severity = sev;
	item->record = rec ? rec->id : ctx->eng->id;
	item->kind = strdup(rec ? rec->kind->name : "engagement");
	item->hint = hint ? strdup(hint) : NULL;
	item->message = rp_buf_detach(&msg);
	if (!item->kind || !item->message || (hint && !item->hint)) {
		free(item->kind);
		free(item->hint);
		free(item->message);
		return rp_db_fail(ctx->db, RP_ENOMEM, "out of memory");
	}
	f->count++;
	return RP_OK;
}

bool rec_blank(const struct rp_record *rec, const char *field)
{
	const char *s = rp_record_str(rec, field);

	return !s || !*s;
}

bool rec_in(const struct rp_record *rec, const char *state)
{
	const char *s = rp_record_str(rec, "state");

	return s && !strcmp(s, state);
}

bool rec_is_real(const struct rp_record *rec)
{
	return !record_is(rec, "channel", "note");
}

int ctx_cadence(struct rp_check_ctx *ctx, const char *field,
		bool (*match)(const struct rp_record *), int times, struct ctx_cadence *out)
{
	const char *every = rp_record_str(ctx->eng, field);
	const struct rp_record_list *list;
	int32_t start = engagement_start_day(ctx->eng);
	size_t i;

	out->last = out->from = out->due = RP_NO_DATE;
	if (!every || rp_duration_parse(every, &out->every)) {
		return RP_OK;
	}
	list = ctx_list(ctx, "interaction");
	if (!list) {
		return ctx->status;
	}
	for (i = 0; i < list->count; i++) {
		int32_t day = record_day(list->items[i], "date");

		if (day != RP_NO_DATE && day > out->last && match(list->items[i])) {
			out->last = day;
		}
	}
	/* talks before the work began set no rhythm */
	if (start != RP_NO_DATE && start > out->last) {
		out->last = RP_NO_DATE;
	}
	out->from = out->last != RP_NO_DATE ? out->last : start;
	if (out->from != RP_NO_DATE) {
		out->due = rp_date_add(out->from, &out->every, times);
	}
	return RP_OK;
}

int32_t ctx_renewal_deadline(const struct rp_check_ctx *ctx)
{
	int32_t day = record_day(ctx->eng, "renewal_date");

	if (!(record_is(ctx->eng, "renewal", "auto") || record_is(ctx->eng, "renewal", "manual")) ||
	    day == RP_NO_DATE || !rp_record_is_null(ctx->eng, "notice_given")) {
		return RP_NO_DATE;
	}
	return day - (int32_t)rp_record_int(ctx->eng, "notice_days");
}

const char *day_text(int32_t day, char buf[RP_DATE_BUFSZ])
{
	rp_date_format(day, buf);
	return buf;
}

/* ---- running --------------------------------------------------------- */

void rp_findings_release(struct rp_findings *f)
{
	size_t i;

	if (!f) {
		return;
	}
	for (i = 0; i < f->count; i++) {
		free(f->items[i].kind);
		free(f->items[i].message);
		free(f->items[i].hint);
	}
	free(f->items);
	free(f->next_what);
	memset(f, 0, sizeof(*f));
}

/* Run the table on a loaded engagement. */
int check_engagement(struct rp_db *db, const struct rp_record *eng, unsigned phases,
		     struct rp_findings *out)
{
	struct rp_check_ctx ctx;
	size_t i, before;
	int rc, lost = 0;

	memset(out, 0, sizeof(*out));
	memset(&ctx, 0, sizeof(ctx));
	out->valid_until = INT32_MAX;
	out->valid_until_at = INT64_MAX;
	out->phases = phases;
	ctx.db = db;
	ctx.eng = eng;
	ctx.slug = rp_record_str(eng, "slug");
	ctx.today = clock_today(db);
	ctx.now = clock_now(db);
	ctx.out = out;
	rp_buf_init(&ctx.label);
	rp_buf_init(&ctx.hint);
	rc = rp_settings_get(db, ctx.settings);
	for (i = 0; !rc && i < NCHECKS; i++) {
		if (!(checks[i].phase & phases)) {
			continue;
		}
		ctx.check = &checks[i];
		before = out->count;
		rc = checks[i].run(&ctx);
		if (!rc && out->count > before) {
			lost += checks[i].weight;
		}
	}
	if (!rc) {
		rc = check_next_deadline(&ctx);
	}
	for (i = 0; i < (size_t)RP_MAX_KINDS; i++) {
		rp_record_list_release(&ctx.lists[i]);
	}
	rp_buf_release(&ctx.label);
	rp_buf_release(&ctx.hint);
	if (rc) {
		rp_findings_release(out);
		return rc;
	}
	for (i = 0; i < out->count; i++) {
		if (out->items[i].severity == RP_BLOCKER) {
			out->blockers++;
		} else {
			out->warnings++;
		}
	}
	out->score = lost >= 100 ? 0 : 100 - lost;
	return RP_OK;
}

int rp_check_run(struct rp_db *db, const char *ref, unsigned phases, struct rp_findings *out)
{
	struct rp_record *eng = NULL;
	int rc;

	rc = record_load(db, rp_kind_find("engagement"), ref, &eng);
	if (rc) {
		return rc;
	}
	if (!phases) {
		phases = rp_phases_of_state(rp_record_str(eng, "state"));
	}
	rc = check_engagement(db, eng, phases, out);
	rp_record_free(eng);
	return rc;
}

json_t *rp_findings_json(const char *eng, const char *state, const struct rp_findings *f)
{
	json_t *list = json_array(), *phases = json_array();
	unsigned p;
	size_t i;

	for (p = RP_PHASE_KICKOFF; p <= RP_PHASE_CLOSE; p <<= 1) {
		if (f->phases & p) {
			json_array_append_new(phases, json_string(rp_phase_name(p)));
		}
	}
	for (i = 0; list && i < f->count; i++) {
		const struct rp_finding *it = &f->items[i];

		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s, s:I, s:s, s:s?}",
						      "check", it->check->id, "phase",
						      rp_phase_name(it->check->phase), "severity",
						      rp_severity_name(it->severity), "kind",
						      it->kind, "record", (json_int_t)it->record,
						      "message", it->message, "hint", it->hint));
	}
	return json_pack("{s:s, s:s, s:o, s:i, s:i, s:i, s:o, s:o}", "engagement", eng, "state",
			 state, "phases", phases, "score", f->score, "blockers", f->blockers,
			 "warnings", f->warnings, "next_deadline",
			 f->next_deadline[0] ? json_pack("{s:s, s:s?}", "date", f->next_deadline,
							 "what", f->next_what)
					     : json_null(),
			 "findings", list);
}
