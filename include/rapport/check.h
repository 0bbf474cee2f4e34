/*
 * rapport/check.h — the checks of PRODUCT.md: the kickoff gate (K-*), the
 * health monitor (H-*) and the close gate (C-*), the gates themselves, the
 * workspace's thresholds and the portfolio view.
 *
 * The checks are one table of constant declarations owned by the library.
 * A finding names the record at fault and carries a hint saying how to fix
 * it, the way a compiler reports.
 */
#ifndef RAPPORT_CHECK_H
#define RAPPORT_CHECK_H

#include <jansson.h>

#include "rapport/common.h"
#include "rapport/db.h"

enum rp_phase {
	RP_PHASE_KICKOFF = 1 << 0,
	RP_PHASE_HEALTH = 1 << 1,
	RP_PHASE_CLOSE = 1 << 2,
};
#define RP_PHASE_ALL (RP_PHASE_KICKOFF | RP_PHASE_HEALTH | RP_PHASE_CLOSE)

enum rp_severity {
	RP_BLOCKER,
	RP_WARNING,
};

struct rp_check_ctx;

/* One check of the table. */
struct rp_check {
	const char *id; /* "K-SCOPE" */
	enum rp_phase phase;
	enum rp_severity severity; /* a finding may be milder (K-FIT's warning) */
	int weight;		   /* points it takes off the score when it fires */
	const char *summary;	   /* "at least one deliverable, each with acceptance criteria" */
	const char *seed;	   /* the article it comes from: "004" */
	int (*run)(struct rp_check_ctx *ctx);
};

/* Every check, NULL-terminated, in the order of PRODUCT.md. */
RP_API const struct rp_check *const *rp_checks(void);
/* The check named `id`, or NULL. */
RP_API const struct rp_check *rp_check_find(const char *id);
RP_API const char *rp_phase_name(enum rp_phase phase);	   /* "kickoff", "health", "close" */
RP_API const char *rp_severity_name(enum rp_severity sev); /* "blocker", "warning" */

struct rp_finding {
	const struct rp_check *check;
	enum rp_severity severity;
	char *kind;	/* the record kind at fault ("deliverable"), or "engagement" */
	int64_t record; /* its number */
	char *message;	/* "deliverable 12 'Homepage design' has no acceptance criteria" */
	char *hint;	/* "rapport deliverable edit 12 --accept \"...\"" */
};

/* What a run of the checks found for one engagement. */
struct rp_findings {
	struct rp_finding *items;
	size_t count;
	size_t cap;
	unsigned phases; /* the phases that ran */
	int score;	 /* 100 minus the weights of the checks that fired, at least 0 */
	int blockers;
	int warnings;
	char next_deadline[11]; /* YYYY-MM-DD, or "" */
	char *next_what;	/* what falls due then, or NULL */
	int32_t valid_until;	/* the first day the result may change by time alone */
	int64_t valid_until_at; /* the first instant it may change within a day (an
				 * hour-based deadline), Unix seconds; INT64_MAX if none */
};

/* The phases that apply to an engagement in `state`: kickoff in draft, health
 * while active, on hold or delivered, close in closing or terminated. */
RP_API unsigned rp_phases_of_state(const char *state);

/*
 * Run the checks of `phases` (0: those of the engagement's state) on
 * engagement `eng` as of today.  The caller releases *out with
 * rp_findings_release.
 */
RP_API int rp_check_run(struct rp_db *db, const char *eng, unsigned phases,
			struct rp_findings *out);
RP_API void rp_findings_release(struct rp_findings *f);
/*
 * The findings of engagement `eng` (in `state`) as JSON, as `rapport check
 * --json` and the API show them: the phases run, the score, the counts, the
 * next deadline and every finding.  A new reference, NULL when out of memory.
 */
RP_API json_t *rp_findings_json(const char *eng, const char *state, const struct rp_findings *f);

/*
 * The gates.  Kickoff moves a draft engagement to active, close moves a
 * closing or terminated one to closed, when their checks find no blocker;
 * otherwise they return RP_EGATE and leave the findings in *out (which the
 * caller releases either way).  A non-empty `override` passes the gate
 * anyway and is kept, with the blockers, in the audit trail.
 */
RP_API int rp_engagement_kickoff(struct rp_db *db, const char *eng, const char *override,
				 struct rp_findings *out);
RP_API int rp_engagement_close(struct rp_db *db, const char *eng, const char *override,
			       struct rp_findings *out);

/* The workspace's thresholds, by name, with their defaults:
 *   badnews_days 2, proactive_percent 80, renewal_days 60,
 *   scope_growth_percent 20, undecided_change_days 7, waiting_days 7,
 *   proactive_window_days 90, default_rfi_hours 48, default_review_days 7. */
struct rp_setting {
	const char *name;
	int64_t value;
	int64_t def;
	int64_t min, max;
	const char *help;
};
/* The settings (copied into *out, which holds RP_SETTINGS entries). */
#define RP_SETTINGS 9
RP_API int rp_settings_get(struct rp_db *db, struct rp_setting out[RP_SETTINGS]);
/* Set a threshold; RP_EINVAL for an unknown name or a value out of range. */
RP_API int rp_setting_set(struct rp_db *db, const char *name, const char *value);

/* One line of the portfolio; its strings are borrowed (see rp_portfolio_each). */
struct rp_portfolio_entry {
	const char *slug;
	const char *title;
	const char *client;
	const char *state;
	int score;
	int blockers;
	int warnings;
	const char *signals; /* the ids of the checks that fired, blockers first, space-separated */
	char next_deadline[11];
	const char *next_what; /* NULL when there is no next deadline */
};

/*
 * Every engagement (in `state`, if not NULL) with its score, signals and
 * next deadline, the worst score first, one at a time: `fn` gets each entry
 * (valid during the call) in order and stops the walk by returning non-zero,
 * which rp_portfolio_each then returns.  Results are kept per engagement and
 * recomputed only for those whose records changed or whose time-based
 * findings may have moved since, and nothing is copied, so this stays fast
 * at any size.
 */
RP_API int rp_portfolio_each(struct rp_db *db, const char *state,
			     int (*fn)(void *arg, const struct rp_portfolio_entry *e), void *arg);

#endif
