/*
 * gen.c — rapport-bench-gen: fill a fresh database with an agency-scale
 * workspace for the benchmark.
 *
 *   rapport-bench-gen DB [--clients N] [--engagements N] [--actions N]
 *                        [--interactions N] [--seed S]
 *
 * Every record goes through the library (rp_record_add), so validation,
 * numbering and the audit trail are the real ones; records are grouped into
 * large transactions.  Values are pseudo-random but deterministic for a seed,
 * and dated around a fixed today (BENCH_TODAY).
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
#define BATCH	       20000  /* records per transaction */
#define PROGRESS_EVERY 100000 /* records between progress lines */

struct options {
	const char *path;
	long clients, engagements, actions, interactions;
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
	return (long)(rng() % (unsigned long long)n);
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

/* ---- dates and amounts ----------------------------------------------- */

static int32_t today;

static void date_text(int32_t days, char buf[RP_DATE_BUFSZ])
{
	rp_date_format(days, buf);
}

/* ---- adding records --------------------------------------------------- */

struct gen {
	struct rp_db *db;
	const struct rp_kind *k_client, *k_engagement, *k_action, *k_interaction;
	long done, total, in_batch;
	double start, last_report;
	long last_done;
};

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

static void input_add(struct gen *g, struct rp_input *in, const char *field, const char *value)
{
	if (rp_input_add(in, field, value)) {
		die(g, "out of memory");
	}
}

/* Count one added record: commit the batch when full, report progress. */
static void added(struct gen *g)
{
	double t;

	g->done++;
	if (++g->in_batch >= BATCH) {
		if (rp_db_commit(g->db) || rp_db_begin(g->db)) {
			die(g, "cannot commit a batch");
		}
		g->in_batch = 0;
	}
	if (g->done % PROGRESS_EVERY == 0) {
		t = now_seconds();
		fprintf(stderr, "%9ld / %ld records  %6.1f s  %8.0f records/s (last %ld: %.0f/s)\n",
			g->done, g->total, t - g->start, (double)g->done / (t - g->start),
			g->done - g->last_done,
			(double)(g->done - g->last_done) / (t - g->last_report));
		g->last_report = t;
		g->last_done = g->done;
	}
}

static void add(struct gen *g, const struct rp_kind *kind, const char *parent, struct rp_input *in)
{
	if (rp_record_add(g->db, kind, parent, in, NULL)) {
		char what[96];

		snprintf(what, sizeof(what), "cannot add a %s", kind->title);
		die(g, what);
	}
	rp_input_free(in);
	added(g);
}

static struct rp_input *input_new(struct gen *g)
{
	struct rp_input *in = rp_input_new();

	if (!in) {
		die(g, "out of memory");
	}
	return in;
}

static void add_client(struct gen *g, long n)
{
	struct rp_input *in = input_new(g);
	char name[128], slug[32];

	snprintf(name, sizeof(name), "%s %s %s %ld", WORD(company_first), WORD(company_second),
		 WORD(company_suffix), n);
	snprintf(slug, sizeof(slug), "client-%05ld", n);
	input_add(g, in, "name", name);
	input_add(g, in, "slug", slug);
	input_add(g, in, "industry", WORD(industries));
	input_add(g, in, "owner", WORD(people));
	input_add(g, in, "status", chance(80) ? "active" : chance(50) ? "former" : "prospect");
	if (chance(30)) {
		input_add(g, in, "tags", chance(50) ? "key-account" : "referral,smb");
	}
	add(g, g->k_client, NULL, in);
}

static void add_engagement(struct gen *g, long n, long clients)
{
	static const char *const types[] = {"fixed", "tm", "retainer"};
	static const char *const cadences[] = {"1w", "2w", "1m"};
	struct rp_input *in = input_new(g);
	char title[160], slug[32], client[32], value[32], date[RP_DATE_BUFSZ];
	const char *type = types[pick(3)];
	int32_t start = today - 3 * 365 + (int32_t)pick(3 * 365 + 90);
	int32_t end = start + 30 + (int32_t)pick(540);
	long amount;

	/* Clients have a few engagements each, at random. */
	snprintf(client, sizeof(client), "client-%05ld", 1 + pick(clients));
	snprintf(title, sizeof(title), "%s %s", WORD(eng_verbs), WORD(eng_objects));
	snprintf(slug, sizeof(slug), "eng-%06ld", n);
	input_add(g, in, "title", title);
	input_add(g, in, "slug", slug);
	input_add(g, in, "type", type);
	if (!strcmp(type, "retainer")) {
		amount = 2000 + pick(19) * 500; /* a month's fee */
	} else {
		amount = 5000 + pick(396) * 500; /* 5,000 to 202,500 */
	}
	if (chance(20)) {
		snprintf(value, sizeof(value), "%ld.%02ld", amount, pick(100));
	} else {
		snprintf(value, sizeof(value), "%ld", amount);
	}
	input_add(g, in, "value", value);
	date_text(start, date);
	input_add(g, in, "baseline_start", date);
	date_text(end, date);
	input_add(g, in, "baseline_end", date);
	input_add(g, in, "payment_terms_days", chance(70) ? "30" : "14");
	input_add(g, in, "report_every", cadences[pick(3)]);
	if (chance(60)) {
		input_add(g, in, "meet_every", cadences[pick(3)]);
	}
	if (!strcmp(type, "retainer")) {
		input_add(g, in, "notice_days", "30");
		input_add(g, in, "renewal", chance(70) ? "auto" : "manual");
		date_text(end, date);
		input_add(g, in, "renewal_date", date);
	}
	if (chance(50)) {
		input_add(g, in, "rfi_hours", "24");
		input_add(g, in, "client_rfi_hours", "48");
	}
	if (chance(25)) {
		input_add(g, in, "objectives",
			  "Reduce the time customers wait for an answer and make the work "
			  "measurable for the board.");
	}
	add(g, g->k_engagement, client, in);
}

static void eng_slug(long engagements, char buf[32])
{
	snprintf(buf, 32, "eng-%06ld", 1 + pick(engagements));
}

static void add_action(struct gen *g, long engagements)
{
	struct rp_input *in = input_new(g);
	char eng[32], title[160], date[RP_DATE_BUFSZ], pct[8];

	eng_slug(engagements, eng);
	snprintf(title, sizeof(title), "%s %s", WORD(action_verbs), WORD(action_objects));
	input_add(g, in, "title", title);
	input_add(g, in, "owner", chance(65) ? "us" : "client");
	if (chance(90)) {
		date_text(today - 60 + (int32_t)pick(121), date);
		input_add(g, in, "due", date);
	}
	if (chance(40)) {
		snprintf(pct, sizeof(pct), "%ld", pick(10) * 10);
		input_add(g, in, "percent", pct);
	}
	if (chance(15)) {
		input_add(g, in, "waiting_on", WORD(waiting_ons));
	}
	add(g, g->k_action, eng, in);
}

static void add_interaction(struct gen *g, long engagements)
{
	struct rp_input *in = input_new(g);
	const char *topic = WORD(topics);
	char eng[32], summary[200], date[RP_DATE_BUFSZ];

	eng_slug(engagements, eng);
	snprintf(summary, sizeof(summary), "%s %s%s", WORD(summary_openers), topic,
		 WORD(summary_tails));
	input_add(g, in, "summary", summary);
	input_add(g, in, "channel", WORD(channels));
	input_add(g, in, "initiated_by", chance(60) ? "us" : "client");
	date_text(today - (int32_t)pick(365), date);
	input_add(g, in, "date", date);
	if (chance(70)) {
		input_add(g, in, "topic", topic);
	}
	add(g, g->k_interaction, eng, in);
}

/* ---- the command line ------------------------------------------------ */

static void usage(void)
{
	fprintf(stderr, "usage: rapport-bench-gen DB [--clients N] [--engagements N] "
			"[--actions N] [--interactions N] [--seed S]\n");
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
	o->clients = 10000;
	o->engagements = 50000;
	o->actions = 1000000;
	o->interactions = 1000000;
	o->seed = 20260302;
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

int main(int argc, char **argv)
{
	struct options o;
	struct gen g;
	struct stat sb;
	double elapsed;
	long i, most;

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

	g.k_client = rp_kind_find("client");
	g.k_engagement = rp_kind_find("engagement");
	g.k_action = rp_kind_find("action_item");
	g.k_interaction = rp_kind_find("interaction");
	g.total = o.clients + o.engagements + o.actions + o.interactions;
	g.start = g.last_report = now_seconds();

	if (rp_db_open(o.path, RP_OPEN_CREATE, &g.db)) {
		die(&g, "cannot open the database");
	}
	if (rp_db_set_today(g.db, BENCH_TODAY) || rp_db_set_actor(g.db, "bench")) {
		die(&g, "cannot set up the handle");
	}
	today = rp_db_today(g.db);
	if (rp_workspace_init(g.db, "Agency benchmark", "EUR", "Europe/Berlin")) {
		die(&g, "cannot create the workspace");
	}
	fprintf(stderr,
		"rapport-bench-gen: %ld clients, %ld engagements, %ld action items, "
		"%ld interactions into %s\n",
		o.clients, o.engagements, o.actions, o.interactions, o.path);

	if (rp_db_begin(g.db)) {
		die(&g, "cannot start a transaction");
	}
	for (i = 1; i <= o.clients; i++) {
		add_client(&g, i);
	}
	for (i = 1; i <= o.engagements; i++) {
		add_engagement(&g, i, o.clients);
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

	elapsed = now_seconds() - g.start;
	fprintf(stderr,
		"rapport-bench-gen: done: %ld clients, %ld engagements, %ld action items, "
		"%ld interactions (%ld records) in %.1f s (%.0f records/s)\n",
		o.clients, o.engagements, o.actions, o.interactions, g.done, elapsed,
		elapsed > 0 ? (double)g.done / elapsed : 0.0);
	return 0;
}
