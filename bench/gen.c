/*
 * gen.c — rapport-bench-gen: fill a fresh database with an agency-scale
 * workspace for the benchmark.
 *
 *   rapport-bench-gen DB [--clients N] [--engagements N] [--actions N]
 *                        [--interactions N] [--seed S] [--today YYYY-MM-DD]
 *
 * Every write goes through the library (rp_record_add, rp_record_act and the
 * kickoff gate), so validation, numbering, the gates and the audit trail are
 * the real ones; writes are grouped into large transactions.  Values are
 * pseudo-random but deterministic for a seed, and dated around a fixed today
 * (BENCH_TODAY unless --today): each write is made with the clock set to the
 * day it happened, so that stamps such as the kickoff date, the day a
 * deliverable was submitted or an invoice sent fall where they would.
 *
 * Engagement N (1-based) has the slug "eng-" followed by N in six digits
 * ("eng-025000"); client N has "client-" and five digits.  bench/run relies
 * on these.
 */
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rapport/rapport.h"

#define BENCH_TODAY    "2026-03-02"
#define BATCH	       20000   /* writes per transaction, unless --batch says otherwise */
#define PROGRESS_EVERY 100000  /* writes between progress lines */
#define OVERRIDE       "bench" /* the reason given to the kickoff gate */

struct options {
	const char *path;
	const char *today;
	long clients, engagements, actions, interactions;
	long batch;
	unsigned long long seed;
};

/* ---- pseudo-random values -------------------------------------------- */

static unsigned long long rng_state;

/* xorshift64*: small, fast and good enough for test data. */
static unsigned long long rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

/* A number in [0, n). */
static long pick(long n)
{
	return n > 0 ? (long)(rng() % (unsigned long long)n) : 0;
}

/* True with probability percent/100. */
static int chance(int percent)
{
	return pick(100) < percent;
}

#define N(a)	   ((long)(sizeof(a) / sizeof((a)[0])))
#define WORD(list) (list[pick(N(list))])

static const char *const company_first[] = {
	"Northwind",  "Blue Harbor", "Silverline", "Granite",	  "Evergreen",
	"Redwood",    "Lakeside",    "Summit",	   "Brightwater", "Ironbridge",
	"Copperleaf", "Westfield",   "Highland",   "Oakmont",	  "Riverside",
	"Clearview",  "Stonegate",   "Fairway",	   "Meridian",	  "Pinecrest",
};
static const char *const company_second[] = {
	"Logistics", "Health",	"Foods",     "Energy",	"Retail",  "Insurance", "Media",
	"Software",  "Banking", "Pharma",    "Travel",	"Telecom", "Motors",	"Textiles",
	"Chemicals", "Housing", "Education", "Airways", "Capital", "Analytics",
};
static const char *const company_suffix[] = {"Ltd", "GmbH", "Inc",   "AG",
					     "SA",  "BV",   "Group", "Partners"};
static const char *const industries[] = {
	"logistics", "healthcare",	   "food",    "energy",	       "retail", "insurance",
	"media",     "technology",	   "finance", "manufacturing", "public", "education",
	"travel",    "telecommunications",
};
static const char *const people[] = {"Ana",   "Ben",  "Chloe", "David", "Eva",	"Farid",
				     "Greta", "Hugo", "Ines",  "Jonas", "Kira", "Luis"};
static const char *const surnames[] = {"Adler",	  "Berg",    "Costa",  "Dahl",
				       "Eriksen", "Fischer", "Garcia", "Hansen",
				       "Ivanov",  "Jansen",  "Keller", "Lindqvist"};
static const char *const roles[] = {"project sponsor", "product owner", "head of IT",
				    "marketing lead", "procurement"};
static const char *const eng_verbs[] = {
	"Redesign",   "Migration of", "Audit of",  "Rollout of", "Support for",
	"Rebuild of", "Review of",    "Launch of", "Upgrade of", "Integration of",
};
static const char *const eng_objects[] = {
	"the customer portal", "the data warehouse",  "the mobile app",	  "the billing system",
	"the intranet",	       "the e-commerce shop", "the CRM",	  "the reporting suite",
	"the brand identity",  "the onboarding flow", "the API platform", "the support desk",
	"the analytics stack", "the booking engine",  "the website",
};
static const char *const deliverables[] = {
	"Discovery report", "Design concept",	 "Clickable prototype", "Pilot release",
	"Data migration",   "Integration tests", "Training material",	"Production release",
	"Handover package", "Analytics setup",
};
static const char *const action_verbs[] = {
	"Send",	   "Review", "Prepare", "Update", "Schedule", "Confirm", "Draft",
	"Collect", "Check",  "Fix",	"Test",	  "Approve",  "Share",	 "Follow up on",
};
static const char *const action_objects[] = {
	"the kickoff agenda", "the test plan",	     "the wireframes",	"the budget forecast",
	"the access rights",  "the release notes",   "the style guide", "the staging server",
	"the status report",  "the risk register",   "the data export", "the contract draft",
	"the invoice",	      "the meeting minutes", "the backlog",	"the security review",
};
static const char *const questions[] = {
	"Can we move the launch by a week?",
	"Which browsers are supported?",
	"Could you send the latest budget figures?",
	"Who on your side owns the data migration?",
	"Is the staging server available to our testers?",
	"Can the export include last year's orders?",
	"What do you need from us for the next sprint?",
	"Could you summarise the open decisions?",
};
static const char *const risk_texts[] = {
	"The client's API will not be ready before the pilot",
	"A key developer leaves the team next month",
	"The licence costs are higher than estimated",
	"The legacy data has far more duplicates than assumed",
	"The security review may delay the release",
	"The hosting contract ends before the migration is done",
};
static const char *const alternatives[] = {
	"Start the pilot on a mocked API and switch later",
	"Bring in a second developer from another team now",
	"Cut the optional modules from the first release",
	"Clean the data in two passes, the most used records first",
};
static const char *const promises[] = {
	"Send the revised timeline",   "Share the test results",
	"Get back about the estimate", "Send the meeting minutes",
	"Check the licence terms",     "Propose two dates for the workshop",
};
static const char *const changes[] = {
	"Add a second language to the site",
	"Include the archive in the migration",
	"Support single sign-on",
	"Extra reports for the board",
	"Drop the offline mode",
	"Two more training sessions",
};
static const char *const clause_kinds[] = {"termination", "liability", "ip", "payment",
					   "confidentiality"};
static const char *const waiting_ons[] = {"resource", "approval", "review", "input"};
static const char *const channels[] = {"meeting", "call", "email", "report", "note"};
static const char *const topics[] = {"status",	 "scope",   "budget",  "schedule", "quality",
				     "staffing", "renewal", "invoice", "risk",	   "feedback"};
static const char *const summary_openers[] = {
	"Discussed", "Agreed on", "Walked through",    "Clarified", "Raised concerns about",
	"Presented", "Reviewed",  "Sent an update on",
};
static const char *const summary_tails[] = {
	"; next steps agreed.",	       "; the client wants a written summary.",
	"; no open questions.",	       "; follow-up meeting next week.",
	"; waiting for their answer.", "; they were happy with the progress.",
};

/* ---- the generator's state -------------------------------------------- */

/* What an engagement has come to by today. */
enum fate { F_DRAFT, F_ACTIVE, F_ON_HOLD, F_DELIVERED, F_CLOSING, F_TERMINATED, F_COUNT };

static const char *const fate_names[F_COUNT] = {"draft",     "active",	"on hold",
						"delivered", "closing", "terminated"};

enum tally {
	T_CLIENT,
	T_CONTACT,
	T_ENGAGEMENT,
	T_DELIVERABLE,
	T_PAYMENT,
	T_REQUEST,
	T_RISK,
	T_PROMISE,
	T_CHANGE,
	T_CLAUSE,
	T_ACTION,
	T_INTERACTION,
	T_VERB,
	T_COUNT
};

static const char *const tally_names[T_COUNT] = {
	"clients",
	"contacts",
	"engagements",
	"deliverables",
	"payments",
	"requests",
	"risks",
	"commitments",
	"change requests",
	"clauses",
	"action items",
	"interactions",
	"verbs (kickoff, state changes, sign-offs, invoices, ...)",
};

struct gen {
	struct rp_db *db;
	const struct rp_kind *k_client, *k_contact, *k_engagement, *k_deliverable, *k_payment,
		*k_request, *k_risk, *k_promise, *k_change, *k_clause, *k_action, *k_interaction;
	int64_t *signer; /* per client: a contact with sign-off authority */
	int64_t *other;	 /* per client: another contact */
	long tally[T_COUNT];
	long fates[F_COUNT];
	long done, in_batch, batch;
	double start, last_report;
	long last_done;
};

static int32_t today;

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(struct gen *g, const char *what)
{
	fprintf(stderr, "rapport-bench-gen: %s: %s\n", what,
		g && g->db ? rp_db_errmsg(g->db) : "out of memory");
	exit(1);
}

static const char *date_text(int32_t days, char buf[RP_DATE_BUFSZ])
{
	rp_date_format(days, buf);
	return buf;
}

static int32_t min_day(int32_t a, int32_t b)
{
	return a < b ? a : b;
}

static int32_t max_day(int32_t a, int32_t b)
{
	return a > b ? a : b;
}

/* A day in [from, to] (from when the range is empty). */
static int32_t day_between(int32_t from, int32_t to)
{
	return to <= from ? from : from + (int32_t)pick(to - from + 1);
}

/* Set the clock to `day` (never after today): the write that follows
 * happens on that day. */
static void on_day(struct gen *g, int32_t day)
{
	char buf[RP_DATE_BUFSZ];

	if (rp_db_set_today(g->db, date_text(min_day(day, today), buf))) {
		die(g, "cannot set the clock");
	}
}

/* ---- writing ---------------------------------------------------------- */

/* Count one write: commit the batch when full, report progress. */
static void written(struct gen *g, enum tally what)
{
	double t;

	g->tally[what]++;
	g->done++;
	if (++g->in_batch >= g->batch) {
		if (rp_db_commit(g->db) || rp_db_begin(g->db)) {
			die(g, "cannot commit a batch");
		}
		g->in_batch = 0;
	}
	if (g->done % PROGRESS_EVERY == 0) {
		t = now_seconds();
		fprintf(stderr, "%9ld writes  %6.1f s  %8.0f writes/s (last %ld: %.0f/s)\n",
			g->done, t - g->start, (double)g->done / (t - g->start),
			g->done - g->last_done,
			(double)(g->done - g->last_done) / (t - g->last_report));
		g->last_report = t;
		g->last_done = g->done;
	}
}

static struct rp_input *input_new(struct gen *g)
{
	struct rp_input *in = rp_input_new();

	if (!in) {
		die(g, "out of memory");
	}
	return in;
}

static void put(struct gen *g, struct rp_input *in, const char *field, const char *value)
{
	if (rp_input_add(in, field, value)) {
		die(g, "out of memory");
	}
}

static void put_date(struct gen *g, struct rp_input *in, const char *field, int32_t day)
{
	char buf[RP_DATE_BUFSZ];

	put(g, in, field, date_text(day, buf));
}

static void put_num(struct gen *g, struct rp_input *in, const char *field, long n)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%ld", n);
	put(g, in, field, buf);
}

/* Add a record (on the clock's day); its number. */
static int64_t add(struct gen *g, const struct rp_kind *kind, const char *parent,
		   struct rp_input *in, enum tally what)
{
	int64_t id = 0;

	if (rp_record_add(g->db, kind, parent, in, &id)) {
		char msg[96];

		snprintf(msg, sizeof(msg), "cannot add a %s", kind->title);
		die(g, msg);
	}
	rp_input_free(in);
	written(g, what);
	return id;
}

/* Apply `verb` to record number `id` (or the engagement `ref`) on `day`;
 * `in` (may be NULL) holds the verb's arguments and is freed. */
static void act(struct gen *g, const struct rp_kind *kind, int64_t id, const char *ref,
		const char *verb, struct rp_input *in, int32_t day)
{
	char num[24];

	if (!ref) {
		snprintf(num, sizeof(num), "%lld", (long long)id);
		ref = num;
	}
	on_day(g, day);
	if (rp_record_act(g->db, kind, ref, verb, in)) {
		char msg[96];

		snprintf(msg, sizeof(msg), "cannot %s %s %s", verb, kind->title, ref);
		die(g, msg);
	}
	rp_input_free(in);
	written(g, T_VERB);
}

/* A verb with one argument. */
static struct rp_input *arg1(struct gen *g, const char *field, const char *value)
{
	struct rp_input *in = input_new(g);

	put(g, in, field, value);
	return in;
}

/* ---- clients and their people ---------------------------------------- */

static void add_client(struct gen *g, long n)
{
	struct rp_input *in = input_new(g);
	char name[128], slug[32], email[96];
	int k;

	snprintf(name, sizeof(name), "%s %s %s %ld", WORD(company_first), WORD(company_second),
		 WORD(company_suffix), n);
	snprintf(slug, sizeof(slug), "client-%05ld", n);
	on_day(g, today - 3 * 365 - (int32_t)pick(365));
	put(g, in, "name", name);
	put(g, in, "slug", slug);
	put(g, in, "industry", WORD(industries));
	put(g, in, "owner", WORD(people));
	put(g, in, "status", chance(80) ? "active" : chance(50) ? "former" : "prospect");
	if (chance(30)) {
		put(g, in, "tags", chance(50) ? "key-account" : "referral,smb");
	}
	add(g, g->k_client, NULL, in, T_CLIENT);

	/* two people: the sponsor, who signs off, and someone to promise
	 * things to */
	for (k = 0; k < 2; k++) {
		const char *first = WORD(people), *last = WORD(surnames);

		in = input_new(g);
		snprintf(name, sizeof(name), "%s %s", first, last);
		snprintf(email, sizeof(email), "%s.%s.%d@%s.example", first, last, k + 1, slug);
		for (char *p = email; *p; p++) {
			*p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		}
		put(g, in, "name", name);
		put(g, in, "email", email);
		put(g, in, "role", k ? WORD(roles) : "project sponsor");
		if (!k) {
			put(g, in, "may_signoff", "yes");
		}
		(k ? g->other : g->signer)[n] = add(g, g->k_contact, slug, in, T_CONTACT);
	}
}

/* ---- engagements ------------------------------------------------------ */

static enum fate pick_fate(void)
{
	long r = pick(100);

	return r < 4	? F_DRAFT
	       : r < 76 ? F_ACTIVE
	       : r < 82 ? F_ON_HOLD
	       : r < 90 ? F_DELIVERED
	       : r < 95 ? F_CLOSING
			: F_TERMINATED;
}

/* One engagement as it is planned and as it went. */
struct eng {
	long n;
	long client;
	char slug[32];
	char client_slug[32];
	enum fate fate;
	const char *type;
	int32_t created, start, end, kickoff, last; /* last: the last day of work so far */
	int terms, review;			    /* payment terms, review days */
	int report_days;			    /* the report cadence in days */
	long rfi;				    /* our response time in hours */
	int64_t dlv[3];
	int32_t dlv_due[3];
	int ndlv;
};

/* The dates of the engagement by its fate: running ones around today,
 * finished ones in the past, drafts about to start. */
static void plan_dates(struct eng *e)
{
	switch (e->fate) {
	case F_DRAFT:
		e->start = today - 30 + (int32_t)pick(150);
		e->end = e->start + 60 + (int32_t)pick(480);
		e->created = today - (int32_t)pick(45);
		break;
	case F_ACTIVE:
	case F_ON_HOLD:
		e->start = today - 14 - (int32_t)pick(540);
		e->end = e->start + 90 + (int32_t)pick(630);
		break;
	case F_DELIVERED:
	case F_CLOSING:
		e->start = today - 120 - (int32_t)pick(780);
		e->end = e->start + 60 + (int32_t)pick(480);
		if (e->end > today - 5) {
			e->end = today - 5 - (int32_t)pick(30);
		}
		break;
	default: /* terminated */
		e->start = today - 60 - (int32_t)pick(900);
		e->end = e->start + 90 + (int32_t)pick(540);
		break;
	}
	if (e->fate != F_DRAFT) {
		e->created = e->start - 7 - (int32_t)pick(30);
		e->kickoff = e->start;
	}
	switch (e->fate) {
	case F_DRAFT:
		e->last = e->created;
		break;
	case F_ACTIVE:
	case F_ON_HOLD:
		e->last = today;
		break;
	default:
		e->last = min_day(today, max_day(e->end, e->start + 30));
		break;
	}
}

static void add_engagement(struct gen *g, struct eng *e)
{
	static const char *const types[] = {"fixed", "tm", "retainer"};
	static const char *const cadences[] = {"1w", "2w", "1m"};
	struct rp_input *in = input_new(g);
	char title[160], value[32];
	bool prepared = chance(70); /* the kickoff homework done */
	long amount;
	int i;

	e->type = types[pick(3)];
	snprintf(title, sizeof(title), "%s %s", WORD(eng_verbs), WORD(eng_objects));
	put(g, in, "title", title);
	put(g, in, "slug", e->slug);
	put(g, in, "type", e->type);
	if (!strcmp(e->type, "retainer")) {
		amount = 2000 + pick(19) * 500; /* a month's fee */
	} else {
		amount = 5000 + pick(396) * 500; /* 5,000 to 202,500 */
	}
	if (chance(20)) {
		snprintf(value, sizeof(value), "%ld.%02ld", amount, pick(100));
	} else {
		snprintf(value, sizeof(value), "%ld", amount);
	}
	put(g, in, "value", value);
	put_date(g, in, "baseline_start", e->start);
	put_date(g, in, "baseline_end", e->end);
	if ((e->fate == F_ACTIVE || e->fate == F_ON_HOLD) &&
	    (e->end < today ? chance(60) : chance(10))) {
		/* running late */
		put_date(g, in, "forecast_end", max_day(e->end, today) + 7 + (int32_t)pick(120));
	}
	e->terms = chance(70) ? 30 : 14;
	put_num(g, in, "payment_terms_days", e->terms);
	i = (int)pick(3);
	put(g, in, "report_every", cadences[i]);
	e->report_days = i == 0 ? 7 : i == 1 ? 14 : 30;
	if (chance(75)) {
		put(g, in, "meet_every", cadences[pick(3)]);
	}
	e->rfi = 0;
	if (chance(50)) {
		e->rfi = chance(50) ? 24 : 8;
		put_num(g, in, "rfi_hours", e->rfi);
		put(g, in, "client_rfi_hours", "48");
	}
	e->review = 7; /* the workspace's default */
	if (chance(60)) {
		e->review = chance(50) ? 5 : 10;
		put_num(g, in, "review_days", e->review);
	}
	if (!strcmp(e->type, "retainer")) {
		put(g, in, "notice_days", "30");
		put(g, in, "renewal", chance(70) ? "auto" : "manual");
		put_date(g, in, "renewal_date", e->end);
	} else if (prepared) {
		put(g, in, "notice_days", "14");
		put(g, in, "renewal", "none");
	}
	if (chance(25)) {
		put(g, in, "objectives",
		    "Reduce the time customers wait for an answer and make the work "
		    "measurable for the board.");
	}
	if (prepared) {
		put(g, in, "success", "The board signs off the new process by the end date.");
		put(g, in, "change_provisions",
		    "Changes of scope are estimated and approved in writing before work starts.");
		put(g, in, "resources",
		    "A project lead and two developers; a designer from month two.");
		put(g, in, "fit", "Shared goal: measurable results; weekly demos suit both teams.");
		if (chance(50)) {
			put(g, in, "past_arrangements", "Similar to the portal rebuild of 2024.");
		}
		put_num(g, in, "punch_days", 30);
	}
	on_day(g, e->created);
	add(g, g->k_engagement, e->client_slug, in, T_ENGAGEMENT);
}

/* The deliverables and the payment schedule, as agreed before kickoff. */
static void add_scope(struct gen *g, struct eng *e)
{
	char trigger[40];
	struct rp_input *in;
	int i;

	e->ndlv = 1 + (int)pick(3);
	for (i = 0; i < e->ndlv; i++) {
		in = input_new(g);
		/* due dates spread over the baseline */
		e->dlv_due[i] = e->start +
				(int32_t)((long)(e->end - e->start) * (i + 1) / e->ndlv) -
				(int32_t)pick(10);
		e->dlv_due[i] = max_day(e->dlv_due[i], e->start + 14);
		put(g, in, "title", WORD(deliverables));
		if (chance(90)) {
			put(g, in, "accept", "Reviewed and approved by the sponsor in a demo.");
		}
		put_num(g, in, "estimate_hours", 20 + pick(300));
		if (chance(80)) {
			put(g, in, "assumptions",
			    "Access to the test systems from the first week.");
		}
		put_date(g, in, "due", e->dlv_due[i]);
		if (chance(95)) {
			put_num(g, in, "reviewer", (long)g->signer[e->client]);
		}
		e->dlv[i] = add(g, g->k_deliverable, e->slug, in, T_DELIVERABLE);
	}
	if (!strcmp(e->type, "fixed")) {
		static const char *const kinds[] = {"upfront", "milestone", "final"};
		static const char *const shares[] = {"30%", "40%", "30%"};

		for (i = 0; i < 3; i++) {
			in = input_new(g);
			put(g, in, "kind", kinds[i]);
			put(g, in, "amount", shares[i]);
			if (i == 1) {
				snprintf(trigger, sizeof(trigger), "deliverable:%lld",
					 (long long)e->dlv[0]);
			} else {
				snprintf(trigger, sizeof(trigger), "date:");
				date_text(i ? e->end : e->start, trigger + 5);
			}
			put(g, in, "trigger", trigger);
			if (chance(85)) {
				put(g, in, "verify", "The client confirms in writing.");
			}
			add(g, g->k_payment, e->slug, in, T_PAYMENT);
		}
	} else {
		/* time and materials, retainers: billed by the month */
		for (i = 0; i < 2; i++) {
			in = input_new(g);
			put(g, in, "kind", i ? "milestone" : "upfront");
			put(g, in, "amount", strcmp(e->type, "retainer") ? "25%" : "100%");
			snprintf(trigger, sizeof(trigger), "date:");
			date_text(e->start + 30 * i, trigger + 5);
			put(g, in, "trigger", trigger);
			put(g, in, "verify", "The monthly timesheet is approved.");
			add(g, g->k_payment, e->slug, in, T_PAYMENT);
		}
	}
	if (chance(30)) {
		in = input_new(g);
		put(g, in, "text", "Either party may end the agreement with the notice period.");
		put(g, in, "kind", WORD(clause_kinds));
		put(g, in, "risk", chance(40) ? "high" : "low");
		add(g, g->k_clause, e->slug, in, T_CLAUSE);
	}
}

/* Invoice a payment that fell due on `day`, and perhaps see it paid. */
static void bill(struct gen *g, struct eng *e, int64_t id, int32_t day, int *invoices)
{
	char number[40];
	int32_t invoiced = day + (int32_t)pick(6), paid;

	if (invoiced > today || !chance(88)) {
		return;
	}
	snprintf(number, sizeof(number), "INV-%06ld-%d", e->n, ++*invoices);
	act(g, g->k_payment, id, NULL, "invoice", arg1(g, "invoice_number", number), invoiced);
	paid = invoiced + e->terms - 10 + (int32_t)pick(25);
	if (paid <= today && chance(85)) {
		act(g, g->k_payment, id, NULL, "pay", NULL, paid);
	}
}

/* What happened since kickoff: sign-offs, invoices, the client's requests,
 * risks, promises and changes. */
static void run_engagement(struct gen *g, struct eng *e)
{
	struct rp_record_list pays = {NULL, 0};
	struct rp_input *in;
	char when[RP_DATETIME_BUFSZ];
	int32_t accepted0 = 0, day;
	int invoices = 0, i, n;
	size_t k;

	/* deliverables: worked on, submitted, signed off */
	for (i = 0; i < e->ndlv; i++) {
		int32_t due = e->dlv_due[i], submitted, signed_off;

		if (due - 30 > e->last) {
			continue; /* not started */
		}
		if (due - 7 > e->last) {
			act(g, g->k_deliverable, e->dlv[i], NULL, "start", NULL,
			    max_day(e->kickoff, due - 30));
			continue; /* in progress */
		}
		submitted = max_day(e->kickoff, min_day(due, e->last) - (int32_t)pick(6));
		act(g, g->k_deliverable, e->dlv[i], NULL, "submit", NULL, submitted);
		signed_off = submitted + (int32_t)pick(e->review + 6);
		if (signed_off > today || !chance(85)) {
			continue; /* waiting for review */
		}
		in = input_new(g);
		put_num(g, in, "signed_off_by", (long)g->signer[e->client]);
		if (chance(8)) {
			put(g, in, "signoff_comment", "The export misses last year's orders.");
			act(g, g->k_deliverable, e->dlv[i], NULL, "reject", in, signed_off);
			continue;
		}
		act(g, g->k_deliverable, e->dlv[i], NULL, "accept", in, signed_off);
		if (i == 0) {
			accepted0 = signed_off;
		}
	}

	/* the payments that fell due: by date, or by the first deliverable */
	on_day(g, today);
	if (rp_record_list(g->db, g->k_payment, e->slug, NULL, &pays)) {
		die(g, "cannot list the payments");
	}
	for (k = 0; k < pays.count; k++) {
		const char *trigger = rp_record_str(pays.items[k], "trigger");
		int64_t id = rp_record_id(pays.items[k]);

		if (trigger && !strncmp(trigger, "date:", 5) && !rp_date_parse(trigger + 5, &day) &&
		    day <= e->last) {
			bill(g, e, id, day, &invoices);
		} else if (accepted0 && trigger && !strncmp(trigger, "deliverable:", 12)) {
			bill(g, e, id, accepted0, &invoices);
		}
	}
	rp_record_list_release(&pays);

	/* the client's requests of the last weeks, most answered */
	n = (int)pick(3);
	for (i = 0; i < n; i++) {
		int64_t at =
			((int64_t)day_between(max_day(e->kickoff, e->last - 30), e->last) * 86400 +
			 (8 + pick(10)) * 3600 + pick(60) * 60);
		int64_t answer = at + (1 + pick(e->rfi ? e->rfi * 2 : 96)) * 3600;
		int64_t id;

		in = input_new(g);
		put(g, in, "text", WORD(questions));
		rp_datetime_format(at, when);
		put(g, in, "received_at", when);
		on_day(g, rp_datetime_date(at));
		id = add(g, g->k_request, e->slug, in, T_REQUEST);
		if (rp_datetime_date(answer) <= today && chance(75)) {
			rp_datetime_format(answer, when);
			act(g, g->k_request, id, NULL, "answer", arg1(g, "answered_at", when),
			    rp_datetime_date(answer));
		}
	}

	/* risks: most told to the client with a way out */
	n = chance(45) + chance(15);
	for (i = 0; i < n; i++) {
		int32_t found = day_between(max_day(e->kickoff, e->last - 60), e->last);
		int64_t id;
		long r = pick(100);

		in = input_new(g);
		put(g, in, "text", WORD(risk_texts));
		put(g, in, "severity", chance(30) ? "high" : "medium");
		put_date(g, in, "found_on", found);
		on_day(g, found);
		id = add(g, g->k_risk, e->slug, in, T_RISK);
		day = found + (int32_t)pick(5);
		if (day > today || r >= 75) {
			continue; /* still open */
		}
		if (r < 25) {
			act(g, g->k_risk, id, NULL, "close", NULL, day);
			continue;
		}
		act(g, g->k_risk, id, NULL, "disclose",
		    r < 65 ? arg1(g, "alternatives", WORD(alternatives)) : NULL, day);
	}

	/* what we promised, most of it kept */
	n = (int)pick(3);
	for (i = 0; i < n; i++) {
		int32_t made = day_between(max_day(e->kickoff, e->last - 30), e->last);
		int32_t due = made + 2 + (int32_t)pick(21);
		int64_t id;

		in = input_new(g);
		put(g, in, "text", WORD(promises));
		if (chance(60)) {
			put_num(g, in, "to_contact", (long)g->other[e->client]);
		}
		put_date(g, in, "due", due);
		on_day(g, made);
		id = add(g, g->k_promise, e->slug, in, T_PROMISE);
		day = due - 3 + (int32_t)pick(5);
		if (day <= today && chance(75)) {
			act(g, g->k_promise, id, NULL, "keep", NULL, max_day(made, day));
		}
	}

	/* most running engagements report on time: the last report */
	if ((e->fate == F_ACTIVE || e->fate == F_ON_HOLD) && chance(75)) {
		day = max_day(e->kickoff, today - (int32_t)pick(e->report_days));
		in = input_new(g);
		put(g, in, "summary", "Progress report sent");
		put(g, in, "channel", "report");
		put(g, in, "initiated_by", "us");
		put_date(g, in, "date", day);
		put(g, in, "topic", "status");
		on_day(g, day);
		add(g, g->k_interaction, e->slug, in, T_INTERACTION);
	}

	/* now and then a change of scope */
	if (chance(25)) {
		int32_t proposed = day_between(max_day(e->kickoff, e->last - 60), e->last);
		int64_t id;
		long r = pick(100);

		in = input_new(g);
		put(g, in, "description", WORD(changes));
		put_num(g, in, "cost", 1000 + pick(20) * 500);
		put_num(g, in, "days", pick(30));
		on_day(g, proposed);
		id = add(g, g->k_change, e->slug, in, T_CHANGE);
		day = proposed + 1 + (int32_t)pick(12);
		if (day <= today && r < 70) {
			in = input_new(g);
			put_num(g, in, "decided_by", (long)g->signer[e->client]);
			act(g, g->k_change, id, NULL, r < 55 ? "approve" : "reject", in, day);
		}
	}
}

static void add_engagement_life(struct gen *g, long n, long clients)
{
	struct rp_findings findings;
	struct eng e;
	struct rp_input *in;

	memset(&e, 0, sizeof(e));
	e.n = n;
	e.client = 1 + pick(clients); /* a few engagements each, at random */
	snprintf(e.slug, sizeof(e.slug), "eng-%06ld", n);
	snprintf(e.client_slug, sizeof(e.client_slug), "client-%05ld", e.client);
	e.fate = pick_fate();
	plan_dates(&e);
	add_engagement(g, &e);
	add_scope(g, &e);
	g->fates[e.fate]++;
	if (e.fate == F_DRAFT) {
		return;
	}

	/* through the kickoff gate: an override, recorded like any other */
	on_day(g, e.kickoff);
	if (rp_engagement_kickoff(g->db, e.slug, OVERRIDE, &findings)) {
		rp_findings_release(&findings);
		die(g, "cannot kick off an engagement");
	}
	rp_findings_release(&findings);
	written(g, T_VERB);

	run_engagement(g, &e);

	switch (e.fate) {
	case F_ON_HOLD:
		act(g, g->k_engagement, 0, e.slug, "hold", NULL,
		    max_day(e.kickoff, today - (int32_t)pick(45)));
		break;
	case F_DELIVERED:
	case F_CLOSING:
		act(g, g->k_engagement, 0, e.slug, "deliver", NULL, e.end);
		if (e.fate == F_CLOSING) {
			act(g, g->k_engagement, 0, e.slug, "closing", NULL,
			    e.end + 7 + (int32_t)pick(21));
		}
		break;
	case F_TERMINATED: {
		int32_t notice = min_day(today, day_between(e.kickoff + 30, min_day(e.end, today)));

		in = input_new(g);
		put_date(g, in, "notice_given", notice);
		put_date(g, in, "ended_on", notice + 14 + (int32_t)pick(30));
		act(g, g->k_engagement, 0, e.slug, "terminate", in, notice);
		break;
	}
	default:
		break;
	}
}

/* ---- the day-to-day: action items and interactions -------------------- */

static void eng_slug(long engagements, char buf[32])
{
	snprintf(buf, 32, "eng-%06ld", 1 + pick(engagements));
}

static void add_action(struct gen *g, long engagements)
{
	struct rp_input *in = input_new(g);
	char eng[32], title[160], pct[8];
	int32_t created = today - (int32_t)pick(30);

	eng_slug(engagements, eng);
	snprintf(title, sizeof(title), "%s %s", WORD(action_verbs), WORD(action_objects));
	put(g, in, "title", title);
	put(g, in, "owner", chance(65) ? "us" : "client");
	if (chance(90)) {
		/* open items are mostly not yet due */
		put_date(g, in, "due", max_day(created, today - 10 + (int32_t)pick(70)));
	}
	if (chance(40)) {
		snprintf(pct, sizeof(pct), "%ld", pick(10) * 10);
		put(g, in, "percent", pct);
	}
	if (chance(10)) {
		put(g, in, "waiting_on", WORD(waiting_ons)); /* since the day it was added */
	}
	on_day(g, created);
	add(g, g->k_action, eng, in, T_ACTION);
}

static void add_interaction(struct gen *g, long engagements)
{
	struct rp_input *in = input_new(g);
	const char *topic = WORD(topics);
	char eng[32], summary[200];
	int32_t day = today - (int32_t)pick(365);

	eng_slug(engagements, eng);
	snprintf(summary, sizeof(summary), "%s %s%s", WORD(summary_openers), topic,
		 WORD(summary_tails));
	put(g, in, "summary", summary);
	put(g, in, "channel", WORD(channels));
	put(g, in, "initiated_by", chance(75) ? "us" : "client");
	put_date(g, in, "date", day);
	if (chance(70)) {
		put(g, in, "topic", topic);
	}
	on_day(g, day);
	add(g, g->k_interaction, eng, in, T_INTERACTION);
}

/* ---- the command line ------------------------------------------------ */

static void usage(void)
{
	fprintf(stderr, "usage: rapport-bench-gen DB [--clients N] [--engagements N] "
			"[--actions N] [--interactions N] [--seed S] [--today YYYY-MM-DD] "
			"[--batch N]\n");
	exit(2);
}

static long parse_count(const char *flag, const char *text, long min)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(text, &end, 10);
	if (errno || end == text || *end || n < min || n > 100000000L) {
		fprintf(stderr, "rapport-bench-gen: invalid number '%s' for %s\n", text, flag);
		exit(2);
	}
	return n;
}

static void parse_args(int argc, char **argv, struct options *o)
{
	int i;

	o->path = NULL;
	o->today = BENCH_TODAY;
	o->clients = 10000;
	o->engagements = 50000;
	o->actions = 1000000;
	o->interactions = 1000000;
	o->seed = 20260302;
	o->batch = BATCH;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		long *dst = NULL;

		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage();
		}
		if (a[0] != '-') {
			if (o->path) {
				usage();
			}
			o->path = a;
			continue;
		}
		if (i + 1 >= argc) {
			usage();
		}
		if (!strcmp(a, "--clients")) {
			dst = &o->clients;
		} else if (!strcmp(a, "--engagements")) {
			dst = &o->engagements;
		} else if (!strcmp(a, "--actions")) {
			dst = &o->actions;
		} else if (!strcmp(a, "--interactions")) {
			dst = &o->interactions;
		} else if (!strcmp(a, "--seed")) {
			o->seed = (unsigned long long)parse_count(a, argv[++i], 0);
			continue;
		} else if (!strcmp(a, "--batch")) {
			/* PostgreSQL keeps every version of the workspace row that
			 * one transaction writes: thousands of writes in one make
			 * each next one slower */
			o->batch = parse_count(a, argv[++i], 1);
			continue;
		} else if (!strcmp(a, "--today")) {
			o->today = argv[++i];
			continue;
		} else {
			usage();
		}
		*dst = parse_count(a, argv[++i], 0);
	}
	if (!o->path) {
		usage();
	}
	if ((o->engagements || o->actions || o->interactions) && !o->clients) {
		fprintf(stderr, "rapport-bench-gen: engagements need at least one client\n");
		exit(2);
	}
	if ((o->actions || o->interactions) && !o->engagements) {
		fprintf(stderr, "rapport-bench-gen: action items and interactions need at "
				"least one engagement\n");
		exit(2);
	}
}

static const struct rp_kind *need_kind(const char *name)
{
	const struct rp_kind *k = rp_kind_find(name);

	if (!k) {
		fprintf(stderr, "rapport-bench-gen: no record kind '%s'\n", name);
		exit(1);
	}
	return k;
}

int main(int argc, char **argv)
{
	struct options o;
	struct gen g;
	struct stat sb;
	double elapsed;
	long i, most, records = 0;
	int t;

	parse_args(argc, argv, &o);
#ifdef __GLIBC__
	/*
	 * Every write statement inside a transaction opens and releases an
	 * SQLite statement savepoint, whose memory sits at the top of the heap;
	 * with glibc's default trim threshold each release gives it back to the
	 * kernel (brk) and the next statement faults it in again, which costs
	 * about a third of the run.  Keep the heap instead.
	 */
	mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
	mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
	if (stat(o.path, &sb) == 0) {
		fprintf(stderr, "rapport-bench-gen: '%s' exists already; remove it first\n",
			o.path);
		return 1;
	}
	memset(&g, 0, sizeof(g));
	/* Zero is a fixed point of xorshift; mix the seed so that 0 works too. */
	rng_state = (o.seed ^ 0x9e3779b97f4a7c15ULL) | 1;

	g.k_client = need_kind("client");
	g.k_contact = need_kind("contact");
	g.k_engagement = need_kind("engagement");
	g.k_deliverable = need_kind("deliverable");
	g.k_payment = need_kind("payment");
	g.k_request = need_kind("client_request");
	g.k_risk = need_kind("risk");
	g.k_promise = need_kind("commitment");
	g.k_change = need_kind("change_request");
	g.k_clause = need_kind("clause");
	g.k_action = need_kind("action_item");
	g.k_interaction = need_kind("interaction");
	g.signer = calloc((size_t)o.clients + 1, sizeof(*g.signer));
	g.other = calloc((size_t)o.clients + 1, sizeof(*g.other));
	if (!g.signer || !g.other) {
		die(NULL, "out of memory");
	}
	g.start = g.last_report = now_seconds();
	g.batch = o.batch;

	if (rp_db_open(o.path, RP_OPEN_CREATE, &g.db)) {
		die(&g, "cannot open the database");
	}
	if (rp_db_set_today(g.db, o.today) || rp_db_set_actor(g.db, "bench")) {
		die(&g, "cannot set up the handle");
	}
	today = rp_db_today(g.db);
	on_day(&g, today - 4 * 365);
	if (rp_workspace_init(g.db, "Agency benchmark", "EUR", "Europe/Berlin")) {
		die(&g, "cannot create the workspace");
	}
	fprintf(stderr,
		"rapport-bench-gen: %ld clients, %ld engagements, %ld action items, "
		"%ld interactions into %s (today is %s)\n",
		o.clients, o.engagements, o.actions, o.interactions, o.path, o.today);

	if (rp_db_begin(g.db)) {
		die(&g, "cannot start a transaction");
	}
	for (i = 1; i <= o.clients; i++) {
		add_client(&g, i);
	}
	for (i = 1; i <= o.engagements; i++) {
		add_engagement_life(&g, i, o.clients);
	}
	/* Action items and interactions interleaved, as they happen. */
	most = o.actions > o.interactions ? o.actions : o.interactions;
	for (i = 0; i < most; i++) {
		if (i < o.actions) {
			add_action(&g, o.engagements);
		}
		if (i < o.interactions) {
			add_interaction(&g, o.engagements);
		}
	}
	if (rp_db_commit(g.db)) {
		die(&g, "cannot commit the last batch");
	}
	rp_db_close(g.db);
	free(g.signer);
	free(g.other);

	elapsed = now_seconds() - g.start;
	fprintf(stderr, "rapport-bench-gen: engagements by state: ");
	for (t = 0; t < F_COUNT; t++) {
		fprintf(stderr, "%s%ld %s", t ? ", " : "", g.fates[t], fate_names[t]);
	}
	fprintf(stderr, "\nrapport-bench-gen: written: ");
	for (t = 0; t < T_COUNT; t++) {
		fprintf(stderr, "%s%ld %s", t ? ", " : "", g.tally[t], tally_names[t]);
		records += t == T_VERB ? 0 : g.tally[t];
	}
	fprintf(stderr,
		"\nrapport-bench-gen: done: %ld records and %ld verbs (%ld writes) in %.1f s "
		"(%.0f writes/s)\n",
		records, g.tally[T_VERB], g.done, elapsed,
		elapsed > 0 ? (double)g.done / elapsed : 0.0);
	return 0;
}
