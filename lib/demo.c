/*
 * demo.c — the sample portfolio of "rapport demo": a consultancy's clients and
 * engagements in every state, dated relative to today, with the mess real
 * engagements have, all written through the public record API, and two
 * accounts for the server with the fixed passwords of demo.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/*
 * The demo tells each engagement's story in the order it happened: before
 * each write the clock is set to the day the step took place, so that what
 * the library stamps by itself (created, submitted, invoiced, waiting since,
 * the audit trail) tells the same story.  The first failure is kept in `rc`
 * and every later step is skipped, so that the story reads without a check
 * after each line; the failure's message is on the handle.
 */
struct demo {
	struct rp_db *db;
	int32_t today;	/* the real today, which every offset counts from */
	bool was_fixed; /* whether today was fixed before the demo moved it */
	int rc;		/* the first failure, RP_OK until then */
};

/* The day `offset` days from today as YYYY-MM-DD. */
static void day(const struct demo *d, int offset, char buf[RP_DATE_BUFSZ])
{
	rp_date_format(d->today + offset, buf);
}

/* A birthday in `year` that falls `offset` days from today. */
static void birthday(const struct demo *d, int year, int offset, char buf[RP_DATE_BUFSZ])
{
	int month, mday;

	rp_date_to_ymd(d->today + offset, NULL, &month, &mday);
	if (!rp_date_valid_ymd(year, month, mday)) {
		mday = 28; /* born on 29 February of a leap year that `year` is not */
	}
	rp_date_format(rp_date_from_ymd(year, month, mday), buf);
}

/* The trigger of a payment that falls due when deliverable `id` is accepted. */
static const char *on_accept(char buf[32], int64_t id)
{
	snprintf(buf, 32, "deliverable:%lld", (long long)id);
	return buf;
}

/*
 * The value a user would type for `value`: "@N" (N may be negative) is the
 * date N days from today, "@NTHH:MM" a time on that day, and "date:@N" a
 * payment trigger on that day; anything else is taken as it is.
 */
static const char *expand(const struct demo *d, const char *value, char *buf, size_t size)
{
	char date[RP_DATE_BUFSZ];
	const char *prefix = "";
	const char *at = value;
	char *rest;
	long offset;

	if (!strncmp(at, "date:", 5)) {
		prefix = "date:";
		at += 5;
	}
	if (at[0] != '@' || !(at[1] == '-' || at[1] == '+' || (at[1] >= '0' && at[1] <= '9'))) {
		return value;
	}
	offset = strtol(at + 1, &rest, 10);
	day(d, (int)offset, date);
	snprintf(buf, size, "%s%s%s", prefix, date, rest);
	return buf;
}

/* Move the clock to the day `offset` days from today. */
static int set_clock(struct demo *d, int offset)
{
	char date[RP_DATE_BUFSZ];

	day(d, offset, date);
	return rp_db_set_today(d->db, date);
}

/* Give the clock back as it was before the demo. */
static void restore_clock(struct demo *d)
{
	char date[RP_DATE_BUFSZ];

	if (d->was_fixed) {
		day(d, 0, date);
		rp_db_set_today(d->db, date);
	} else {
		rp_db_set_today(d->db, NULL);
	}
}

/*
 * One write on day `when`: add a record of `kind_name` under `ref` (verb
 * NULL) or apply `verb` to record `ref`, with the (field, value) pairs of `ap`
 * up to a NULL field.
 */
static int run(struct demo *d, int when, const char *kind_name, const char *ref, const char *verb,
	       int64_t *id, va_list ap)
{
	const struct rp_kind *kind = rp_kind_find(kind_name);
	struct rp_input *in = NULL;
	const char *field, *value;
	char buf[64];
	int rc;

	if (d->rc) {
		return d->rc;
	}
	if (!kind) {
		rc = rp_db_fail(d->db, RP_EINVAL, "no record kind '%s'", kind_name);
		goto out;
	}
	in = rp_input_new();
	if (!in) {
		rc = rp_db_fail(d->db, RP_ENOMEM, "out of memory");
		goto out;
	}
	while ((field = va_arg(ap, const char *))) {
		value = va_arg(ap, const char *);
		if (rp_input_add(in, field, expand(d, value, buf, sizeof(buf)))) {
			rc = rp_db_fail(d->db, RP_ENOMEM, "out of memory");
			goto out;
		}
	}
	rc = set_clock(d, when);
	if (rc) {
		goto out;
	}
	if (verb) {
		rc = rp_record_act(d->db, kind, ref, verb, in);
	} else {
		rc = rp_record_add(d->db, kind, ref, in, id);
	}
out:
	rp_input_free(in);
	d->rc = rc;
	return rc;
}

/* Add a record on day `when`; its number, or 0 after a failure. */
__attribute__((sentinel)) static int64_t add(struct demo *d, int when, const char *kind,
					     const char *parent, ...)
{
	int64_t id = 0;
	va_list ap;

	va_start(ap, parent);
	run(d, when, kind, parent, NULL, &id, ap);
	va_end(ap);
	return id;
}

/* Apply a verb to record number `id`. */
__attribute__((sentinel)) static void act(struct demo *d, int when, const char *kind, int64_t id,
					  const char *verb, ...)
{
	char ref[24];
	va_list ap;

	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	va_start(ap, verb);
	run(d, when, kind, ref, verb, NULL, ap);
	va_end(ap);
}

/* Apply a verb to an engagement or to a singleton of it, named by the slug. */
__attribute__((sentinel)) static void act_on(struct demo *d, int when, const char *kind,
					     const char *slug, const char *verb, ...)
{
	va_list ap;

	va_start(ap, verb);
	run(d, when, kind, slug, verb, NULL, ap);
	va_end(ap);
}

/* Set an engagement's state where no verb leads yet (kickoff, close). */
static void force(struct demo *d, int when, const char *slug, const char *state)
{
	if (d->rc) {
		return;
	}
	d->rc = set_clock(d, when);
	if (!d->rc) {
		d->rc = record_force_state(d->db, rp_kind_find("engagement"), slug, state);
	}
}

/* ---- clients and their people ------------------------------------------ */

static int fill_clients(struct demo *d)
{
	char bday[RP_DATE_BUFSZ];

	add(d, -220, "client", NULL, "name", "Acme Logistics", "slug", "acme", "industry",
	    "logistics", "owner", "Maya Lindqvist", "status", "active", "tags",
	    "logistics,key-account", "notes",
	    "Family-owned freight forwarder with 14 depots in northern Germany; a client "
	    "since the 2024 yard-management project",
	    NULL);
	add(d, -220, "contact", "acme", "name", "Ingrid Halvorsen", "email",
	    "ingrid.halvorsen@acme-logistics.example", "phone", "+49 40 5550 1120", "role",
	    "Chief Operating Officer", "may_signoff", "yes", "portal", "yes", NULL);
	add(d, -220, "contact", "acme", "name", "Tom Becker", "email",
	    "tom.becker@acme-logistics.example", "role", "Head of IT", NULL);
	add(d, -130, "contact", "acme", "name", "Priya Nair", "email",
	    "priya.nair@acme-logistics.example", "phone", "+49 40 5550 1187", "role",
	    "Warehouse Operations Manager", "may_signoff", "yes", "portal", "yes", NULL);

	add(d, -110, "client", NULL, "name", "Brightside Health", "slug", "brightside", "industry",
	    "healthcare", "owner", "Jonas Albrecht", "status", "active", "tags",
	    "healthcare,public", "notes",
	    "Regional hospital group, five sites; patient-facing digital services", NULL);
	add(d, -110, "contact", "brightside", "name", "Amara Okafor", "email",
	    "amara.okafor@brightside-health.example", "phone", "+49 30 5550 7710", "role",
	    "Head of Digital Services", "may_signoff", "yes", "portal", "yes", NULL);
	add(d, -110, "contact", "brightside", "name", "Lukas Weber", "email",
	    "lukas.weber@brightside-health.example", "role", "Product Owner, Patient Portal", NULL);

	add(d, -160, "client", NULL, "name", "Cobalt Bank", "slug", "cobalt", "industry", "finance",
	    "owner", "Maya Lindqvist", "status", "active", "tags", "finance,regulated", "notes",
	    "Mid-sized private bank, head office in Frankfurt and a branch in London", NULL);
	add(d, -160, "contact", "cobalt", "name", "Hannah Schmidt", "email",
	    "hannah.schmidt@cobaltbank.example", "role", "Chief Information Officer", "may_signoff",
	    "yes", NULL);
	add(d, -160, "contact", "cobalt", "name", "Oliver Grant", "email",
	    "oliver.grant@cobaltbank.example", "phone", "+44 20 7946 0321", "role",
	    "Head of Regulatory Reporting, London", "may_signoff", "yes", "portal", "yes", NULL);
	add(d, -80, "contact", "cobalt", "name", "Rafael Ortiz", "email",
	    "rafael.ortiz@cobaltbank.example", "role", "Procurement Manager", NULL);

	birthday(d, 1971, 12, bday);
	add(d, -210, "client", NULL, "name", "Dunmore Press", "slug", "dunmore", "industry",
	    "publishing", "owner", "Jonas Albrecht", "status", "former", "tags", "publishing",
	    "notes", "Independent publisher of non-fiction; 12,000 titles in the back catalogue",
	    NULL);
	add(d, -210, "contact", "dunmore", "name", "Fiona Dunmore", "email",
	    "fiona@dunmorepress.example", "phone", "+353 1 555 0142", "role", "Publisher",
	    "birthday", bday, "may_signoff", "yes", "portal", "yes", NULL);
	add(d, -210, "contact", "dunmore", "name", "Niall Brennan", "email",
	    "niall.brennan@dunmorepress.example", "role", "Head of Digital", NULL);

	add(d, -8, "client", NULL, "name", "Elm Street Cafés", "slug", "elm-street", "industry",
	    "hospitality", "owner", "Maya Lindqvist", "status", "prospect", "notes",
	    "Three cafés in Hamburg; recommended to us by Priya Nair at Acme", NULL);
	add(d, -8, "contact", "elm-street", "name", "Sofia Marino", "email",
	    "sofia@elmstreetcafes.example", "phone", "+49 40 5550 3344", "role", "Owner",
	    "may_signoff", "yes", NULL);
	return d->rc;
}

/* ---- acme-routing: active and healthy ---------------------------------- */

static int fill_acme_routing(struct demo *d)
{
	const char *eng = "acme-routing";
	int64_t discovery, mvp, rollout, upfront, milestone, id;
	char trig[32];

	add(d, -75, "engagement", "acme", "title", "Route planning platform", "slug", eng, "type",
	    "fixed", "value", "48000", "baseline_start", "@-60", "baseline_end", "@60",
	    "objectives",
	    "Cut empty kilometres by 10% and give dispatchers one screen to plan the next day's "
	    "routes for all depots",
	    "success",
	    "Dispatchers plan 90% of routes in the new planner; empty kilometres down 10% over a "
	    "quarter, measured from the telematics export",
	    "change_provisions",
	    "New depots, new vehicle types or a change of the telematics feed lead to a change "
	    "request; we estimate each within 3 working days and start only after Ingrid's "
	    "written approval",
	    "resources",
	    "On board: two engineers and a designer from Northwind, Acme's dispatch lead two days "
	    "a week. To bring on: a data engineer from Acme IT for the telematics feed in month 2",
	    "fit",
	    "Both sides value measurable outcomes and short feedback loops; weekly demo on "
	    "Thursdays, decisions in writing",
	    "past_arrangements",
	    "The 2024 yard-management project worked because Acme's dispatchers tested every "
	    "fortnight; an early invoicing dispute there taught us to tie payments to sign-off",
	    "notice_days", "30", "renewal", "manual", "renewal_date", "@50", "payment_terms_days",
	    "30", "rfi_hours", "24", "client_rfi_hours", "48", "review_days", "5", "report_every",
	    "2w", "meet_every", "1w", "punch_days", "30", NULL);
	id = add(d, -74, "clause", eng, "text",
		 "Either party may terminate with 30 days' written notice; work accepted until "
		 "then is "
		 "paid in full",
		 "kind", "termination", "risk", "low", NULL);
	act(d, -62, "clause", id, "discuss", NULL);
	add(d, -74, "clause", eng, "text",
	    "Acme owns the planner's source code once the final payment is made", "kind", "ip",
	    "risk", "none", NULL);
	discovery = add(d, -70, "deliverable", eng, "title", "Discovery report", "accept",
			"Current routing process, constraints of all 14 depots and target KPIs, "
			"reviewed with the dispatch leads",
			"estimate_hours", "60", "assumptions",
			"Two dispatchers per depot available for interviews", "due", "@-40",
			"reviewer", "ingrid.halvorsen@acme-logistics.example", NULL);
	mvp = add(d, -70, "deliverable", eng, "title", "Route optimiser MVP", "accept",
		  "Plans next-day routes for the Hamburg depot within 5 minutes, respecting driver "
		  "hours and vehicle capacity",
		  "estimate_hours", "320", "assumptions",
		  "Telematics export available daily as CSV; at most 40 vehicles per depot", "due",
		  "@20", "reviewer", "ingrid.halvorsen@acme-logistics.example", NULL);
	rollout = add(d, -70, "deliverable", eng, "title", "Dispatcher training and rollout",
		      "accept", "All 14 depots plan in the new tool; 28 dispatchers trained",
		      "estimate_hours", "120", "assumptions",
		      "Acme schedules the training sessions and frees the dispatchers for them",
		      "due", "@55", "reviewer", "priya.nair@acme-logistics.example", NULL);
	upfront = add(d, -70, "payment", eng, "kind", "upfront", "amount", "30%", "trigger",
		      "date:@-60", "verify", "Signed contract and the kickoff meeting held", NULL);
	milestone = add(d, -70, "payment", eng, "kind", "milestone", "amount", "30%", "trigger",
			on_accept(trig, discovery), "verify",
			"Ingrid signs the discovery report off in the portal", NULL);
	add(d, -70, "payment", eng, "kind", "final", "amount", "40%", "trigger",
	    on_accept(trig, rollout), "verify",
	    "All depots plan their routes in the new planner for two consecutive weeks", NULL);

	force(d, -60, eng, "active");
	act(d, -60, "payment", upfront, "invoice", "invoice_number", "INV-1031", NULL);
	act(d, -36, "payment", upfront, "pay", NULL);
	act(d, -58, "deliverable", discovery, "start", NULL);
	act(d, -42, "deliverable", discovery, "submit", NULL);
	act(d, -38, "deliverable", discovery, "accept", "signed_off_by",
	    "ingrid.halvorsen@acme-logistics.example", "signoff_comment",
	    "Clear and complete; the table of depot constraints is especially useful", NULL);
	act(d, -37, "payment", milestone, "invoice", "invoice_number", "INV-1044", NULL);
	act(d, -12, "payment", milestone, "pay", NULL);
	act(d, -36, "deliverable", mvp, "start", NULL);

	id = add(d, -25, "change_request", eng, "description",
		 "Add the Bremen cross-dock as a 15th depot", "cost", "2400", "days", "5",
		 "contingency", "new depot", NULL);
	act(d, -21, "change_request", id, "approve", "decided_by",
	    "ingrid.halvorsen@acme-logistics.example", NULL);

	id = add(d, -30, "action_item", eng, "title", "Connect the daily telematics CSV export",
		 "owner", "us", "due", "@5", "percent", "20", NULL);
	act(d, -3, "action_item", id, "update", "percent", "60", NULL);
	id = add(d, -28, "action_item", eng, "title", "Provide the driver-hours rules per depot",
		 "owner", "client", "due", "@-20", NULL);
	act(d, -19, "action_item", id, "done", NULL);
	add(d, -7, "action_item", eng, "title", "Schedule the dispatcher training sessions",
	    "owner", "client", "due", "@30", NULL);

	id = add(d, -9, "client_request", eng, "text",
		 "Can the planner send routes straight to the drivers' handhelds?", "received_at",
		 "@-9T10:15", NULL);
	act(d, -9, "client_request", id, "answer", "answered_at", "@-9T15:40", "answer",
	    "Not in the first release: drivers open the day's route in the telematics app, "
	    "which reads the planner's export every morning at 05:00. A direct push to the "
	    "handhelds is possible as a change request once the rollout is done",
	    NULL);
	id = add(d, -3, "client_request", eng, "text",
		 "Which browsers do the dispatch PCs need for the planner?", "received_at",
		 "@-3T08:50", NULL);
	act(d, -3, "client_request", id, "answer", "answered_at", "@-3T11:20", "answer",
	    "A current Chrome, Edge or Firefox (the last two versions); Internet Explorer is "
	    "not supported. A 1920x1080 screen is best for the map and route list side by side",
	    NULL);

	id = add(d, -14, "commitment", eng, "text", "Share the optimiser benchmark results",
		 "to_contact", "ingrid.halvorsen@acme-logistics.example", "due", "@-10", NULL);
	act(d, -11, "commitment", id, "keep", NULL);
	add(d, -2, "commitment", eng, "text", "Send Priya the revised rollout plan", "to_contact",
	    "priya.nair@acme-logistics.example", "due", "@3", NULL);

	id = add(d, -16, "risk", eng, "text",
		 "The telematics vendor changes its export format next quarter", "severity",
		 "medium", "found_on", "@-16", NULL);
	act(d, -15, "risk", id, "disclose", "alternatives",
	    "Build against the vendor's new API now (3 extra days)", "alternatives",
	    "Keep the CSV import and add a format check that alerts us", NULL);

	add(d, -28, "interaction", eng, "summary",
	    "Weekly demo: first optimiser runs on Hamburg data", "channel", "meeting",
	    "initiated_by", "us", "date", "@-28", NULL);
	add(d, -21, "interaction", eng, "summary",
	    "Weekly demo; Ingrid approved the Bremen cross-dock change", "channel", "meeting",
	    "initiated_by", "us", "date", "@-21", NULL);
	add(d, -20, "interaction", eng, "summary", "Progress report 3 sent", "channel", "report",
	    "initiated_by", "us", "date", "@-20", NULL);
	add(d, -14, "interaction", eng, "summary", "Weekly demo: driver-hours rules in the planner",
	    "channel", "meeting", "initiated_by", "us", "date", "@-14", NULL);
	add(d, -9, "interaction", eng, "summary", "Tom asked about exporting routes to handhelds",
	    "channel", "email", "initiated_by", "client", "date", "@-9", NULL);
	add(d, -7, "interaction", eng, "summary", "Weekly demo: the Bremen cross-dock planned",
	    "channel", "meeting", "initiated_by", "us", "date", "@-7", NULL);
	add(d, -6, "interaction", eng, "summary", "Progress report 4 sent", "channel", "report",
	    "initiated_by", "us", "date", "@-6", NULL);
	add(d, -2, "interaction", eng, "summary",
	    "Talked with Ingrid about extending the planner to the Polish depots next year",
	    "channel", "call", "initiated_by", "us", "date", "@-2", "topic", "renewal", NULL);

	add(d, -40, "document", eng, "title", "Solution architecture", "kind", "design", "location",
	    "https://wiki.northwind.example/acme/routing/architecture", NULL);
	id = add(d, -20, "document", eng, "title", "Dispatcher quick guide", "kind", "manual",
		 "location", "https://wiki.northwind.example/acme/routing/quick-guide", NULL);
	act(d, -5, "document", id, "current", NULL);
	return d->rc;
}

/* ---- brightside-portal: active and neglected --------------------------- */

static int fill_brightside_portal(struct demo *d)
{
	const char *eng = "brightside-portal";
	const char *amara = "amara.okafor@brightside-health.example";
	int64_t research, booking, audit, labs, first, second, id;

	add(d, -105, "engagement", "brightside", "title", "Patient portal redesign", "slug", eng,
	    "type", "tm", "value", "90000", "baseline_start", "@-100", "baseline_end", "@30",
	    "forecast_end", "@55", "objectives",
	    "Patients book appointments, see lab results and message their care team online "
	    "instead of calling the five sites",
	    "success",
	    "40% of appointments booked online within three months of launch; phone volume at the "
	    "booking desks down by a quarter",
	    "change_provisions",
	    "New regulatory requirements or a change of the hospital's EHR interface lead to a "
	    "change request, estimated within a week and approved by Amara",
	    "resources",
	    "On board: three engineers, a UX designer and an accessibility specialist. To bring "
	    "on: a test patient panel organised by Brightside",
	    "fit",
	    "Shared goal of fewer phone calls for patients and staff; Brightside works in monthly "
	    "release trains and expects written decisions",
	    "past_arrangements",
	    "Our 2023 clinic booking app for Havel Kliniken slipped when the EHR vendor changed "
	    "its API; we now ask for the interface contract up front",
	    "notice_days", "30", "renewal", "manual", "renewal_date", "@40", "payment_terms_days",
	    "30", "rfi_hours", "24", "client_rfi_hours", "72", "review_days", "5", "report_every",
	    "2w", "meet_every", "1w", "punch_days", "30", NULL);
	add(d, -104, "clause", eng, "text",
	    "Brightside may terminate for convenience with 14 days' notice; work in progress at "
	    "that date is not paid",
	    "kind", "termination", "risk", "high", NULL);
	research = add(d, -100, "deliverable", eng, "title", "UX research and patient journeys",
		       "accept", "Twelve patient interviews, journey maps for booking and results",
		       "estimate_hours", "120", "assumptions",
		       "Brightside recruits the interview patients", "due", "@-75", "reviewer",
		       amara, NULL);
	booking = add(d, -100, "deliverable", eng, "title", "Appointment booking flow", "accept",
		      "Patients book, move and cancel appointments at all five sites; works with "
		      "the EHR calendar in real time",
		      "estimate_hours", "400", "assumptions",
		      "The EHR vendor's test system is available from week 4", "due", "@-10",
		      "reviewer", amara, NULL);
	audit = add(d, -100, "deliverable", eng, "title", "Accessibility audit (WCAG 2.2 AA)",
		    "accept", "Audit report with every finding fixed or scheduled",
		    "estimate_hours", "60", "assumptions",
		    "Audit of the booking and results pages only", "due", "@-20", "reviewer", amara,
		    NULL);
	labs = add(d, -100, "deliverable", eng, "title", "Lab results view", "accept",
		   "Patients see released lab results with reference ranges and a plain-language "
		   "explanation",
		   "estimate_hours", "240", "assumptions",
		   "Results are released through the EHR's FHIR interface", "due", "@15",
		   "reviewer", amara, NULL);

	first = add(d, -100, "payment", eng, "kind", "milestone", "amount", "15000", "trigger",
		    "date:@-70", "verify", "Time sheets of the first month approved by Amara",
		    NULL);
	second = add(d, -100, "payment", eng, "kind", "milestone", "amount", "15000", "trigger",
		     "date:@-45", "verify", "Time sheets of the second month approved by Amara",
		     NULL);
	add(d, -100, "payment", eng, "kind", "milestone", "amount", "15000", "trigger", "date:@-10",
	    "verify", "Time sheets of the third month approved by Amara", NULL);
	add(d, -100, "payment", eng, "kind", "final", "amount", "45000", "trigger", "date:@30",
	    "verify", "The portal live at all five sites", NULL);

	force(d, -100, eng, "active");
	act(d, -96, "deliverable", research, "start", NULL);
	act(d, -80, "deliverable", research, "submit", NULL);
	act(d, -76, "deliverable", research, "accept", "signed_off_by", amara, NULL);
	act(d, -75, "deliverable", booking, "start", NULL);
	act(d, -68, "payment", first, "invoice", "invoice_number", "INV-1028", NULL);
	act(d, -40, "payment", first, "pay", NULL);
	act(d, -45, "payment", second, "invoice", "invoice_number", "INV-1036", NULL);
	act(d, -20, "deliverable", audit, "submit", NULL);
	act(d, -15, "deliverable", audit, "reject", "signed_off_by", amara, "signoff_comment",
	    "Screen-reader tests of the booking flow are missing; please add NVDA and VoiceOver "
	    "results",
	    NULL);
	act(d, -12, "deliverable", booking, "submit", NULL);
	act(d, -30, "deliverable", labs, "start", NULL);

	add(d, -10, "change_request", eng, "description",
	    "Move the booking flow to version 3 of the EHR appointment API", "cost", "8500", "days",
	    "12", "contingency", "change of the EHR interface", NULL);

	add(d, -25, "action_item", eng, "title", "Deliver the lab results view to staging", "owner",
	    "us", "due", "@-6", "percent", "70", NULL);
	add(d, -12, "action_item", eng, "title", "Send the EHR test credentials for the lab system",
	    "owner", "client", "due", "@-5", "waiting_on", "input", NULL);
	add(d, -4, "action_item", eng, "title", "Approve the new colour palette", "owner", "client",
	    "due", "@3", "waiting_on", "approval", NULL);

	id = add(d, -30, "client_request", eng, "text",
		 "Can we have the recordings of the usability tests?", "received_at", "@-30T14:00",
		 NULL);
	act(d, -28, "client_request", id, "answer", "answered_at", "@-28T10:05", "answer",
	    "Yes: the recordings of all eight sessions are in the shared project folder under "
	    "Research/Usability, with the consent forms; the participants agreed to internal "
	    "use only",
	    NULL);
	add(d, -4, "client_request", eng, "text",
	    "Why are some patients logged out of the portal after five minutes?", "received_at",
	    "@-4T09:30", NULL);

	add(d, -17, "commitment", eng, "text",
	    "Send Amara the revised timeline for the booking flow", "to_contact", amara, "due",
	    "@-3", NULL);

	add(d, -5, "risk", eng, "text",
	    "Our lead frontend developer leaves at the end of the month; the lab results view "
	    "will slip by two to three weeks",
	    "severity", "high", "found_on", "@-5", NULL);

	add(d, -40, "interaction", eng, "summary", "Monthly steering meeting with Amara and Lukas",
	    "channel", "meeting", "initiated_by", "us", "date", "@-40", NULL);
	add(d, -36, "interaction", eng, "summary", "Progress report 5 sent", "channel", "report",
	    "initiated_by", "us", "date", "@-36", NULL);
	add(d, -32, "interaction", eng, "summary",
	    "Lukas asked when the booking flow is ready to test", "channel", "email",
	    "initiated_by", "client", "date", "@-32", NULL);
	add(d, -27, "interaction", eng, "summary", "Lukas called about the slipping timeline",
	    "channel", "call", "initiated_by", "client", "date", "@-27", NULL);
	add(d, -22, "interaction", eng, "summary", "Amara chased the accessibility audit",
	    "channel", "email", "initiated_by", "client", "date", "@-22", NULL);
	add(d, -17, "interaction", eng, "summary",
	    "Amara asked for a meeting about the timeline; we promised a revised plan", "channel",
	    "meeting", "initiated_by", "client", "date", "@-17", NULL);

	add(d, -60, "document", eng, "title", "Portal design system", "kind", "design", "location",
	    "https://design.northwind.example/brightside", NULL);
	return d->rc;
}

/* ---- cobalt-kyc: on hold ----------------------------------------------- */

static int fill_cobalt_kyc(struct demo *d)
{
	const char *eng = "cobalt-kyc";
	const char *hannah = "hannah.schmidt@cobaltbank.example";
	int64_t map, model, upfront, id;
	char trig[32];

	add(d, -78, "engagement", "cobalt", "title", "KYC process review", "slug", eng, "type",
	    "fixed", "value", "36000", "baseline_start", "@-70", "baseline_end", "@20",
	    "forecast_end", "@60", "objectives",
	    "Halve the time to onboard a business customer without weakening the KYC checks",
	    "success",
	    "A target operating model that compliance accepts, with onboarding time measured at "
	    "under 5 days in a pilot",
	    "change_provisions",
	    "Findings of the internal audit or new BaFin guidance lead to a change request, "
	    "approved by Hannah",
	    "resources",
	    "On board: a senior consultant and a process analyst. To bring on: Cobalt's "
	    "compliance lead for two workshops",
	    "fit", "Cobalt wants evidence over opinion; fortnightly steering with the CIO",
	    "past_arrangements", "First engagement with Cobalt's head office", "notice_days", "60",
	    "renewal", "none", "payment_terms_days", "45", "rfi_hours", "48", "client_rfi_hours",
	    "72", "review_days", "10", "report_every", "2w", "meet_every", "2w", "punch_days", "14",
	    NULL);
	id = add(d, -76, "clause", eng, "text",
		 "Cobalt may suspend the work for up to 60 days without compensation", "kind",
		 "other", "risk", "high", NULL);
	act(d, -72, "clause", id, "discuss", NULL);
	map = add(d, -72, "deliverable", eng, "title", "Current-state process map", "accept",
		  "Every onboarding step with its owner, system and average time", "estimate_hours",
		  "80", "assumptions", "Access to the onboarding team for a week", "due", "@-40",
		  "reviewer", hannah, NULL);
	model = add(d, -72, "deliverable", eng, "title", "Target operating model", "accept",
		    "Future process, roles and systems; accepted by compliance", "estimate_hours",
		    "160", "assumptions", "Two workshops with compliance", "due", "@10", "reviewer",
		    hannah, NULL);
	upfront = add(d, -72, "payment", eng, "kind", "upfront", "amount", "40%", "trigger",
		      "date:@-70", "verify", "Signed contract", NULL);
	add(d, -72, "payment", eng, "kind", "final", "amount", "60%", "trigger",
	    on_accept(trig, model), "verify", "Hannah signs off the target operating model", NULL);

	force(d, -70, eng, "active");
	act(d, -69, "payment", upfront, "invoice", "invoice_number", "INV-1027", NULL);
	act(d, -50, "payment", upfront, "pay", NULL);
	act(d, -68, "deliverable", map, "start", NULL);
	act(d, -45, "deliverable", map, "submit", NULL);
	act(d, -41, "deliverable", map, "accept", "signed_off_by", hannah, "signoff_comment",
	    "Agreed in the steering meeting", NULL);
	act(d, -40, "deliverable", model, "start", NULL);

	add(d, -15, "interaction", eng, "summary",
	    "Hannah asked to pause until the internal audit of onboarding closes", "channel",
	    "meeting", "initiated_by", "client", "date", "@-15", NULL);
	act_on(d, -14, "engagement", eng, "hold", NULL);
	add(d, -14, "interaction", eng, "summary",
	    "Put on hold; target operating model 40% done, team moved to other work", "channel",
	    "note", "initiated_by", "us", "date", "@-14", NULL);
	add(d, -14, "action_item", eng, "title",
	    "Confirm the restart date after the internal audit", "owner", "client", "due", "@7",
	    "waiting_on", "approval", NULL);
	add(d, -7, "interaction", eng, "summary", "Checked with Rafael on the audit's timeline",
	    "channel", "email", "initiated_by", "us", "date", "@-7", NULL);
	return d->rc;
}

/* ---- cobalt-reporting: delivered, in GBP, punch list open -------------- */

static int fill_cobalt_reporting(struct demo *d)
{
	const char *eng = "cobalt-reporting";
	const char *oliver = "oliver.grant@cobaltbank.example";
	int64_t lineage, corep, dashboard, archive, upfront, milestone, final, id;
	char trig[32];

	add(d, -155, "engagement", "cobalt", "title", "Regulatory reporting automation", "slug",
	    eng, "type", "fixed", "value", "62000", "currency", "GBP", "baseline_start", "@-150",
	    "baseline_end", "@-15", "objectives",
	    "Produce the London branch's COREP returns from the ledger without spreadsheets",
	    "success", "Two quarterly returns filed from the new pipeline with no manual fixes",
	    "change_provisions",
	    "Changes of the PRA templates or of the ledger's chart of accounts lead to a change "
	    "request, approved by Oliver",
	    "resources",
	    "On board: two data engineers and a reporting analyst. To bring on: Cobalt's ledger "
	    "administrator for the data lineage",
	    "fit", "Oliver's team works in two-week sprints, as we do; one shared backlog",
	    "past_arrangements", "The KYC review for the head office", "notice_days", "30",
	    "renewal", "none", "payment_terms_days", "30", "rfi_hours", "24", "client_rfi_hours",
	    "48", "review_days", "7", "report_every", "2w", "meet_every", "1w", "punch_days", "30",
	    NULL);
	lineage = add(d, -150, "deliverable", eng, "title", "Data lineage map", "accept",
		      "Every COREP cell traced to its ledger accounts", "estimate_hours", "100",
		      "assumptions", "Read access to the ledger", "due", "@-115", "reviewer",
		      oliver, NULL);
	corep = add(d, -150, "deliverable", eng, "title", "Automated COREP returns", "accept",
		    "The quarter's returns generated and reconciled to the filed ones",
		    "estimate_hours", "380", "assumptions",
		    "Templates stay as published for the year", "due", "@-35", "reviewer", oliver,
		    NULL);
	dashboard = add(d, -150, "deliverable", eng, "title", "Reconciliation dashboard", "accept",
			"Differences between returns and ledger shown per cell, with drill-down",
			"estimate_hours", "120", "assumptions", "Runs on Cobalt's Power BI tenant",
			"due", "@-15", "reviewer", oliver, NULL);
	archive = add(d, -150, "deliverable", eng, "title", "Legacy report archive migration",
		      "accept", "Ten years of filed returns searchable in the new store",
		      "estimate_hours", "60", "assumptions", "Archive exports readable as CSV",
		      "due", "@-20", "reviewer", oliver, NULL);
	upfront = add(d, -150, "payment", eng, "kind", "upfront", "amount", "25%", "trigger",
		      "date:@-150", "verify", "Signed contract", NULL);
	milestone = add(d, -150, "payment", eng, "kind", "milestone", "amount", "35%", "trigger",
			on_accept(trig, corep), "verify",
			"Oliver signs off the generated returns of the quarter", NULL);
	final = add(d, -150, "payment", eng, "kind", "final", "amount", "40%", "trigger",
		    on_accept(trig, dashboard), "verify",
		    "The reporting team reconciles a quarter in the dashboard alone", NULL);

	force(d, -150, eng, "active");
	act(d, -149, "payment", upfront, "invoice", "invoice_number", "INV-1012", NULL);
	act(d, -125, "payment", upfront, "pay", NULL);
	act(d, -145, "deliverable", lineage, "start", NULL);
	act(d, -118, "deliverable", lineage, "submit", NULL);
	act(d, -116, "deliverable", lineage, "accept", "signed_off_by", oliver, NULL);
	act(d, -110, "deliverable", corep, "start", NULL);
	act(d, -60, "deliverable", archive, "waive", "waive_reason",
	    "Cobalt keeps the legacy archive read-only; agreed in the steering meeting", NULL);
	act(d, -40, "deliverable", corep, "submit", NULL);
	act(d, -35, "deliverable", corep, "accept", "signed_off_by", oliver, "signoff_comment",
	    "Reconciles to the filed returns to the penny", NULL);
	act(d, -34, "payment", milestone, "invoice", "invoice_number", "INV-1040", NULL);
	act(d, -6, "payment", milestone, "pay", NULL);
	act(d, -30, "deliverable", dashboard, "start", NULL);
	act(d, -16, "deliverable", dashboard, "submit", NULL);
	act(d, -13, "deliverable", dashboard, "accept", "signed_off_by", oliver, NULL);
	act_on(d, -12, "engagement", eng, "deliver", NULL);
	act(d, -12, "payment", final, "invoice", "invoice_number", "INV-1049", NULL);

	id = add(d, -10, "punch_item", eng, "text", "Typo in the COREP cover sheet", "reported_on",
		 "@-10", NULL);
	act(d, -8, "punch_item", id, "fix", NULL);
	add(d, -9, "punch_item", eng, "text",
	    "Dashboard totals differ from the ledger by rounding on FX rows", "reported_on", "@-9",
	    NULL);
	add(d, -7, "punch_item", eng, "text", "Export button missing on the quarterly view",
	    "reported_on", "@-7", NULL);

	add(d, -20, "document", eng, "title", "Operations runbook", "kind", "runbook", "location",
	    "https://wiki.northwind.example/cobalt/reporting/runbook", NULL);
	id = add(d, -20, "document", eng, "title", "User guide for the reporting team", "kind",
		 "manual", "location", "https://wiki.northwind.example/cobalt/reporting/guide",
		 NULL);
	act(d, -14, "document", id, "current", NULL);
	act(d, -11, "document", id, "handover", NULL);

	add(d, -12, "interaction", eng, "summary", "Delivery walkthrough with Oliver's team",
	    "channel", "meeting", "initiated_by", "us", "date", "@-12", NULL);
	add(d, -7, "interaction", eng, "summary", "Oliver reported the missing export button",
	    "channel", "email", "initiated_by", "client", "date", "@-7", NULL);
	add(d, -5, "interaction", eng, "summary", "Progress report: punch list and final invoice",
	    "channel", "report", "initiated_by", "us", "date", "@-5", NULL);
	return d->rc;
}

/* ---- acme-warehouse: closing, with leftovers --------------------------- */

static int fill_acme_warehouse(struct demo *d)
{
	const char *eng = "acme-warehouse";
	const char *priya = "priya.nair@acme-logistics.example";
	int64_t app, rollout, upfront, final, id;
	char trig[32];

	add(d, -130, "engagement", "acme", "title", "Warehouse scanner rollout", "slug", eng,
	    "type", "fixed", "value", "28000", "baseline_start", "@-120", "baseline_end", "@-30",
	    "objectives", "Replace paper goods-in lists with handheld scanners in three warehouses",
	    "success", "No paper lists at goods-in; receiving errors down by half",
	    "change_provisions",
	    "Additional warehouses or scanner models lead to a change request approved by Priya",
	    "resources",
	    "On board: one engineer and a trainer. To bring on: Acme's warehouse "
	    "shift leads for the pilot",
	    "fit", "Practical, hands-on team on both sides; pilots before rollouts",
	    "past_arrangements", "The yard-management project with the same operations team",
	    "notice_days", "30", "renewal", "none", "payment_terms_days", "30", "rfi_hours", "24",
	    "client_rfi_hours", "48", "review_days", "5", "report_every", "2w", "meet_every", "2w",
	    "punch_days", "30", NULL);
	app = add(d, -120, "deliverable", eng, "title", "Scanner app for goods-in", "accept",
		  "Scans pallet labels and delivery notes; works offline for a shift",
		  "estimate_hours", "200", "assumptions", "Acme supplies six test handhelds", "due",
		  "@-60", "reviewer", priya, NULL);
	rollout = add(d, -120, "deliverable", eng, "title", "Rollout to three warehouses", "accept",
		      "All goods-in shifts in three warehouses working with scanners for a week",
		      "estimate_hours", "90", "assumptions", "Shift leads trained in the pilot",
		      "due", "@-35", "reviewer", priya, NULL);
	upfront = add(d, -120, "payment", eng, "kind", "upfront", "amount", "50%", "trigger",
		      "date:@-120", "verify", "Signed contract", NULL);
	final = add(d, -120, "payment", eng, "kind", "final", "amount", "50%", "trigger",
		    on_accept(trig, rollout), "verify",
		    "A week of goods-in on scanners in all three warehouses", NULL);

	force(d, -120, eng, "active");
	act(d, -119, "payment", upfront, "invoice", "invoice_number", "INV-1010", NULL);
	act(d, -95, "payment", upfront, "pay", NULL);
	act(d, -110, "deliverable", app, "start", NULL);
	act(d, -64, "deliverable", app, "submit", NULL);
	act(d, -60, "deliverable", app, "accept", "signed_off_by", priya, NULL);
	act(d, -58, "deliverable", rollout, "start", NULL);
	act(d, -38, "deliverable", rollout, "submit", NULL);
	act(d, -36, "deliverable", rollout, "accept", "signed_off_by", priya, "signoff_comment",
	    "The night shift loves it", NULL);
	act_on(d, -35, "engagement", eng, "deliver", NULL);
	act(d, -20, "payment", final, "invoice", "invoice_number", "INV-1046", NULL);

	id = add(d, -115, "material", eng, "description",
		 "Handheld scanners for testing (Zebra TC52)", "quantity", "6", "owner", "client",
		 NULL);
	act(d, -30, "material", id, "return", NULL);
	id = add(d, -115, "material", eng, "description",
		 "Client laptop (ThinkPad T14) for VPN access", "owner", "client", NULL);
	act(d, -10, "material", id, "excess", NULL);

	add(d, -118, "purchase_order", eng, "number", "PO-ACME-4471", "vendor", "Acme Logistics",
	    "amount", "28000", NULL);
	id = add(d, -100, "purchase_order", eng, "number", "NW-PO-0087", "vendor",
		 "ScanTech Supplies", "amount", "1850", NULL);
	act(d, -80, "purchase_order", id, "fulfil", NULL);
	act(d, -40, "purchase_order", id, "close", NULL);

	id = add(d, -50, "vendor_bill", eng, "vendor", "Deutsche Bahn business travel", "amount",
		 "412.80", "due", "@-36", NULL);
	act(d, -40, "vendor_bill", id, "pay", NULL);
	add(d, -35, "vendor_bill", eng, "vendor", "ScanTech Supplies", "amount", "1850", "due",
	    "@-5", NULL);

	id = add(d, -25, "punch_item", eng, "text",
		 "Goods-in screen freezes when a pallet label is damaged", "reported_on", "@-25",
		 NULL);
	act(d, -18, "punch_item", id, "fix", NULL);

	id = add(d, -40, "document", eng, "title", "Warehouse rollout checklist", "kind",
		 "checklist", "location", "https://wiki.northwind.example/acme/warehouse/rollout",
		 NULL);
	act(d, -35, "document", id, "current", NULL);
	act(d, -25, "document", id, "handover", NULL);
	act(d, -20, "document", id, "ack", "acknowledged_by", priya, NULL);
	id = add(d, -30, "document", eng, "title", "Scanner app admin guide", "kind", "manual",
		 "location", "https://wiki.northwind.example/acme/warehouse/admin-guide", NULL);
	act(d, -12, "document", id, "current", NULL);
	act(d, -9, "document", id, "handover", NULL);

	act_on(d, -10, "engagement", eng, "closing", NULL);
	add(d, -10, "interaction", eng, "summary", "Close-out planning with Priya", "channel",
	    "meeting", "initiated_by", "us", "date", "@-10", NULL);
	add(d, -10, "action_item", eng, "title", "Return the client laptop to Acme IT", "owner",
	    "us", "due", "@-2", NULL);
	add(d, -3, "interaction", eng, "summary",
	    "Asked Priya to acknowledge the admin guide and to close PO-ACME-4471", "channel",
	    "email", "initiated_by", "us", "date", "@-3", NULL);
	return d->rc;
}

/* ---- dunmore-archive: closed cleanly, stay in touch -------------------- */

static int fill_dunmore_archive(struct demo *d)
{
	const char *eng = "dunmore-archive";
	const char *fiona = "fiona@dunmorepress.example";
	int64_t inventory, catalogue, search, upfront, milestone, final, id;
	char trig[32];

	add(d, -205, "engagement", "dunmore", "title", "Digital archive migration", "slug", eng,
	    "type", "fixed", "value", "40000", "baseline_start", "@-200", "baseline_end", "@-70",
	    "objectives",
	    "Move the back catalogue from microfiche and folders into a searchable "
	    "digital archive",
	    "success",
	    "Every title findable by ISBN, author and subject; editors stop asking the "
	    "archivist",
	    "change_provisions",
	    "Titles found outside the inventory or new metadata fields lead to a change request "
	    "approved by Fiona",
	    "resources",
	    "On board: a data engineer and a librarian. To bring on: a scanning "
	    "bureau for the originals",
	    "fit", "Small team, direct decisions by the publisher; monthly on-site days",
	    "past_arrangements", "Similar archive work for a university press in 2023",
	    "notice_days", "30", "renewal", "none", "payment_terms_days", "14", "rfi_hours", "24",
	    "client_rfi_hours", "48", "review_days", "10", "report_every", "1m", "meet_every", "2w",
	    "punch_days", "30", NULL);
	inventory = add(d, -200, "deliverable", eng, "title", "Archive inventory", "accept",
			"Every title with its medium and condition listed", "estimate_hours", "80",
			"assumptions", "Access to the cellar archive", "due", "@-170", "reviewer",
			fiona, NULL);
	catalogue = add(d, -200, "deliverable", eng, "title",
			"Migrated back catalogue (12,000 titles)", "accept",
			"All inventoried titles scanned, described and loaded", "estimate_hours",
			"300", "assumptions", "The scanning bureau handles 1,000 titles a week",
			"due", "@-90", "reviewer", fiona, NULL);
	search = add(d, -200, "deliverable", eng, "title", "Search and metadata service", "accept",
		     "Search by ISBN, author and subject in under a second", "estimate_hours",
		     "140", "assumptions", "Runs on Dunmore's hosting", "due", "@-75", "reviewer",
		     fiona, NULL);
	upfront = add(d, -200, "payment", eng, "kind", "upfront", "amount", "30%", "trigger",
		      "date:@-200", "verify", "Signed contract", NULL);
	milestone = add(d, -200, "payment", eng, "kind", "milestone", "amount", "30%", "trigger",
			on_accept(trig, catalogue), "verify",
			"Fiona finds ten titles of her choice in the archive", NULL);
	final = add(d, -200, "payment", eng, "kind", "final", "amount", "40%", "trigger",
		    on_accept(trig, search), "verify",
		    "The editors use the search instead of asking the archivist", NULL);

	force(d, -200, eng, "active");
	act(d, -199, "payment", upfront, "invoice", "invoice_number", "INV-1003", NULL);
	act(d, -190, "payment", upfront, "pay", NULL);
	act(d, -195, "deliverable", inventory, "start", NULL);
	act(d, -172, "deliverable", inventory, "submit", NULL);
	act(d, -170, "deliverable", inventory, "accept", "signed_off_by", fiona, NULL);
	act(d, -165, "deliverable", catalogue, "start", NULL);
	act(d, -93, "deliverable", catalogue, "submit", NULL);
	act(d, -90, "deliverable", catalogue, "accept", "signed_off_by", fiona, NULL);
	act(d, -89, "payment", milestone, "invoice", "invoice_number", "INV-1021", NULL);
	act(d, -78, "payment", milestone, "pay", NULL);
	act(d, -120, "deliverable", search, "start", NULL);
	act(d, -80, "deliverable", search, "submit", NULL);
	act(d, -76, "deliverable", search, "accept", "signed_off_by", fiona, "signoff_comment",
	    "Our editors found the 1962 Yeats edition in seconds", NULL);
	act_on(d, -75, "engagement", eng, "deliver", NULL);
	act(d, -75, "payment", final, "invoice", "invoice_number", "INV-1025", NULL);
	act(d, -62, "payment", final, "pay", NULL);

	id = add(d, -190, "material", eng, "description",
		 "External drives for the scanned originals", "quantity", "4", "owner", "client",
		 NULL);
	act(d, -70, "material", id, "excess", NULL);
	act(d, -58, "material", id, "return", NULL);
	id = add(d, -198, "purchase_order", eng, "number", "DP-2025-118", "vendor", "Dunmore Press",
		 "amount", "40000", NULL);
	act(d, -62, "purchase_order", id, "fulfil", NULL);
	act(d, -45, "purchase_order", id, "close", NULL);
	id = add(d, -100, "vendor_bill", eng, "vendor", "Scan & Index Services Ltd", "amount",
		 "5200", "due", "@-70", NULL);
	act(d, -72, "vendor_bill", id, "pay", NULL);
	id = add(d, -70, "punch_item", eng, "text", "ISBNs with an X check digit are rejected",
		 "reported_on", "@-70", NULL);
	act(d, -66, "punch_item", id, "fix", NULL);

	id = add(d, -90, "document", eng, "title", "Archive operations manual", "kind", "manual",
		 "location", "https://wiki.northwind.example/dunmore/archive/operations", NULL);
	act(d, -70, "document", id, "current", NULL);
	act(d, -60, "document", id, "handover", NULL);
	act(d, -55, "document", id, "ack", "acknowledged_by", fiona, NULL);
	id = add(d, -90, "document", eng, "title", "Metadata schema", "kind", "reference",
		 "location", "https://wiki.northwind.example/dunmore/archive/schema", NULL);
	act(d, -70, "document", id, "current", NULL);
	act(d, -60, "document", id, "handover", NULL);
	act(d, -55, "document", id, "ack", "acknowledged_by", fiona, NULL);

	act_on(d, -60, "engagement", eng, "closing", NULL);
	add(d, -80, "interaction", eng, "summary", "Demo of the search service to the editors",
	    "channel", "meeting", "initiated_by", "us", "date", "@-80", NULL);
	add(d, -60, "interaction", eng, "summary", "Handover meeting with Fiona and Niall",
	    "channel", "meeting", "initiated_by", "us", "date", "@-60", NULL);
	add(d, -35, "retrospective", eng, "went_well",
	    "Weekly batches with the scanning bureau kept the migration predictable", "went_badly",
	    "We underestimated the titles outside the inventory (about 400)", "team",
	    "Strong work by the librarian; the data engineer was stretched across two clients",
	    "held_on", "@-35", NULL);
	add(d, -32, "exit_interview", eng, "held_on", "@-32", "liked",
	    "Clear weekly updates and no surprises on the invoices", "disliked",
	    "The inventory took longer than planned", "improve",
	    "Involve the editors earlier in the search design", "rating", "9", "would_refer", "yes",
	    NULL);
	add(d, -32, "interaction", eng, "summary", "Exit interview with Fiona", "channel",
	    "meeting", "initiated_by", "us", "date", "@-32", NULL);
	add(d, -31, "interaction", eng, "summary", "Close-out report sent to Fiona", "channel",
	    "report", "initiated_by", "us", "date", "@-31", NULL);
	add(d, -32, "testimonial", eng, NULL);
	act_on(d, -31, "testimonial", eng, "draft", "text",
	       "Northwind turned forty years of folders into an archive our editors actually use. "
	       "Weekly updates, no surprises.",
	       NULL);
	act_on(d, -28, "testimonial", eng, "approve", "may_publish", "yes", NULL);
	add(d, -30, "followup", eng, "every", "6m", "occasions",
	    "Fiona's birthday; the Frankfurt Book Fair in October", NULL);
	/* a real interaction is a touch: the next date moves */
	add(d, -5, "interaction", eng, "summary",
	    "Congratulated Fiona on the new season's catalogue; she may need help with e-books",
	    "channel", "email", "initiated_by", "us", "date", "@-5", NULL);
	force(d, -30, eng, "closed");
	return d->rc;
}

/* ---- dunmore-subscriptions: terminated early --------------------------- */

static int fill_dunmore_subscriptions(struct demo *d)
{
	const char *eng = "dunmore-subscriptions";
	const char *fiona = "fiona@dunmorepress.example";
	int64_t dashboard, campaign, month[5], last;
	int i;

	add(d, -165, "engagement", "dunmore", "title", "Reader subscriptions retainer", "slug", eng,
	    "type", "retainer", "value", "24000", "baseline_start", "@-160", "baseline_end", "@20",
	    "objectives", "Grow paying newsletter subscribers and keep the ones they have",
	    "success", "Churn below 3% a month", "change_provisions",
	    "The monthly hours are fixed; extra work is a change request approved by Fiona",
	    "resources", "On board: a growth analyst, two days a week", "fit",
	    "Fiona knew us from the archive work; monthly review of the numbers",
	    "past_arrangements", "The archive migration for the same team", "notice_days", "30",
	    "renewal", "auto", "renewal_date", "@20", "payment_terms_days", "14", "rfi_hours", "48",
	    "client_rfi_hours", "72", "review_days", "5", "report_every", "1m", "meet_every", "1m",
	    "punch_days", "0", NULL);
	dashboard =
		add(d, -160, "deliverable", eng, "title", "Subscriber churn dashboard", "accept",
		    "Monthly churn by cohort and acquisition channel", "estimate_hours", "40",
		    "assumptions", "Export from the newsletter platform", "due", "@-120",
		    "reviewer", fiona, NULL);
	campaign = add(d, -160, "deliverable", eng, "title", "Win-back e-mail campaign", "accept",
		       "Three-mail sequence live for lapsed subscribers", "estimate_hours", "30",
		       "assumptions", "Dunmore writes the copy", "due", "@-30", "reviewer", fiona,
		       NULL);
	/* Six monthly fees of 4,000, invoiced at the start of each month. */
	for (i = 0; i < 5; i++) {
		char trigger[32];

		snprintf(trigger, sizeof(trigger), "date:@%d", -160 + 30 * i);
		month[i] = add(d, -160, "payment", eng, "kind", i ? "milestone" : "upfront",
			       "amount", "4000", "trigger", trigger, "verify",
			       "The month's hours report sent to Fiona", NULL);
	}
	last = add(d, -160, "payment", eng, "kind", "final", "amount", "4000", "trigger",
		   "date:@-10", "verify", "The last month's hours report sent to Fiona", NULL);

	force(d, -160, eng, "active");
	for (i = 0; i < 5; i++) {
		char number[16];

		snprintf(number, sizeof(number), "INV-%d", 1005 + 6 * i);
		act(d, -160 + 30 * i, "payment", month[i], "invoice", "invoice_number", number,
		    NULL);
		act(d, -150 + 30 * i, "payment", month[i], "pay", NULL);
	}
	act(d, -150, "deliverable", dashboard, "start", NULL);
	act(d, -125, "deliverable", dashboard, "submit", NULL);
	act(d, -121, "deliverable", dashboard, "accept", "signed_off_by", fiona, NULL);
	act(d, -60, "deliverable", campaign, "start", NULL);

	add(d, -40, "interaction", eng, "summary",
	    "Fiona gave notice: the marketing budget was cut for the rest of the year", "channel",
	    "meeting", "initiated_by", "client", "date", "@-40", NULL);
	act_on(d, -40, "engagement", eng, "terminate", "notice_given", "@-40", "ended_on", "@-10",
	       NULL);
	add(d, -12, "interaction", eng, "summary",
	    "Last monthly review; handed the churn dashboard over to Niall", "channel", "call",
	    "initiated_by", "us", "date", "@-12", NULL);
	act(d, -10, "payment", last, "writeoff", "writeoff_reason",
	    "The engagement ended early; the month after the notice period was not worked", NULL);
	return d->rc;
}

/* ---- elm-ordering: a draft not ready for kickoff ----------------------- */

static int fill_elm_ordering(struct demo *d)
{
	const char *eng = "elm-ordering";

	/* Missing: change provisions, response times, renewal terms and the
	 * punch-list window; the payments do not add up to the value; the
	 * training has no acceptance criteria, estimate or reviewer. */
	add(d, -6, "engagement", "elm-street", "title", "Online ordering pilot", "slug", eng,
	    "type", "fixed", "value", "12000", "baseline_start", "@14", "baseline_end", "@75",
	    "objectives", "Guests order and pay ahead at two cafés; shorter queues at lunch",
	    "success", "A fifth of lunch orders placed online after two months", "resources",
	    "On board: one engineer. To bring on: a designer for the menu pages", "fit",
	    "Sofia wants to start small and learn; decisions on the spot", "notice_days", "14",
	    "payment_terms_days", "14", "report_every", "2w", "meet_every", "2w", NULL);
	add(d, -5, "deliverable", eng, "title", "Ordering web app for two cafés", "accept",
	    "Guests order and pay ahead; orders print in the kitchen", "estimate_hours", "140",
	    "assumptions", "The cafés' card terminal provider offers an online API", "due", "@60",
	    "reviewer", "sofia@elmstreetcafes.example", NULL);
	add(d, -5, "deliverable", eng, "title", "Staff training", "due", "@70", NULL);
	add(d, -5, "payment", eng, "kind", "upfront", "amount", "50%", "trigger", "date:@14",
	    "verify", "Signed proposal", NULL);

	add(d, -6, "interaction", eng, "summary",
	    "First meeting with Sofia at the Elm Street café; Priya at Acme recommended us",
	    "channel", "meeting", "initiated_by", "client", "date", "@-6", NULL);
	add(d, -2, "interaction", eng, "summary", "Sent Sofia the draft proposal", "channel",
	    "email", "initiated_by", "us", "date", "@-2", NULL);
	add(d, -2, "action_item", eng, "title", "Complete the proposal: payment schedule and terms",
	    "owner", "us", "due", "@2", NULL);
	add(d, -2, "commitment", eng, "text", "Send Sofia two references from hospitality clients",
	    "to_contact", "sofia@elmstreetcafes.example", "due", "@4", NULL);
	return d->rc;
}

/* ---- accounts for the server ------------------------------------------ */

/* An owner of the team, and Priya Nair at Acme, the reviewer of
 * acme-routing, for the client portal; their passwords are in demo.h. */
static int fill_accounts(struct demo *d)
{
	if (!d->rc) {
		d->rc = set_clock(d, 0);
	}
	if (!d->rc) {
		d->rc = rp_user_add(d->db, RP_DEMO_OWNER_LOGIN, "owner", NULL,
				    RP_DEMO_OWNER_PASSWORD, NULL);
	}
	if (!d->rc) {
		d->rc = rp_user_add(d->db, RP_DEMO_CLIENT_LOGIN, "client",
				    "priya.nair@acme-logistics.example", RP_DEMO_CLIENT_PASSWORD,
				    NULL);
	}
	return d->rc;
}

/* The portfolio, client by client, engagement by engagement, then the
 * accounts. */
static int (*const steps[])(struct demo *d) = {
	fill_clients,	      fill_acme_routing,	  fill_brightside_portal,
	fill_cobalt_kyc,      fill_cobalt_reporting,	  fill_acme_warehouse,
	fill_dunmore_archive, fill_dunmore_subscriptions, fill_elm_ordering,
	fill_accounts,
};

int rp_demo_fill(struct rp_db *db)
{
	struct rp_record_list clients = {NULL, 0};
	struct demo d = {db, clock_today(db), db->today_fixed, RP_OK};
	size_t i;
	int rc;

	rc = rp_db_begin(db);
	if (rc) {
		return rc;
	}
	rc = rp_record_list(db, rp_kind_find("client"), NULL, NULL, &clients);
	if (!rc && clients.count) {
		rc = rp_db_fail(db, RP_ECONFLICT,
				"the workspace holds clients already; the demo needs an empty one");
	}
	rp_record_list_release(&clients);
	if (rc) {
		goto out;
	}
	for (i = 0; !rc && i < sizeof(steps) / sizeof(steps[0]); i++) {
		rc = steps[i](&d);
	}
out:
	restore_clock(&d);
	if (rc) {
		rp_db_rollback(db);
		return rc;
	}
	return rp_db_commit(db);
}
