/*
 * gate.c — the kickoff and close gates: an engagement moves from draft to
 * active, or from closing (or terminated) to closed, only when the checks
 * of that gate find no blocker, or when the user overrides the gate with a
 * written reason, which the audit trail keeps together with the blockers it
 * overrode.
 */
#include <string.h>

#include "check-ctx.h"
#include "effects.h"

/* Run the gate's checks on the engagement being moved; refuse it, or note
 * which blockers an override passes. */
static int gate(struct rp_db *db, struct rp_record *rec, unsigned phase, const char *override_field)
{
	int idx = rp_kind_field_index(rec->kind, override_field);
	const char *reason = rp_record_str(rec, override_field);
	struct rp_findings f;
	struct rp_buf text;
	size_t i;
	int rc;

	rc = check_engagement(db, rec, phase, &f);
	if (rc) {
		return rc;
	}
	if (f.blockers && !reason) {
		rc = rp_db_fail(
			db, RP_EGATE,
			"engagement '%s' did not pass the %s gate: %d blocker%s (see 'rapport "
			"check %s')",
			rp_record_str(rec, "slug"), rp_phase_name(phase), f.blockers,
			f.blockers == 1 ? "" : "s", rp_record_str(rec, "slug"));
	} else if (reason && !f.blockers) {
		/* nothing to override: the gate passed on its own */
		record_set_null(rec, idx);
	} else if (reason) {
		rp_buf_init(&text);
		rp_buf_printf(&text, "%s (overriding", reason);
		for (i = 0; i < f.count; i++) {
			if (f.items[i].severity == RP_BLOCKER &&
			    (i == 0 || f.items[i - 1].check != f.items[i].check)) {
				rp_buf_printf(&text, " %s", f.items[i].check->id);
			}
		}
		rc = rp_buf_puts(&text, ")");
		rc = rc ? rp_db_fail(db, rc, "out of memory")
			: record_set_text(rec, idx, text.data);
		rp_buf_release(&text);
	}
	rp_findings_release(&f);
	return rc;
}

int effect_kickoff_gate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	(void)in;
	return gate(db, rec, RP_PHASE_KICKOFF, "kickoff_override");
}

int effect_close_gate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in)
{
	(void)in;
	return gate(db, rec, RP_PHASE_CLOSE, "close_override");
}

/* Move the engagement through the gate; when the gate refuses, report its
 * findings. */
static int pass(struct rp_db *db, const char *eng, const char *verb, unsigned phase,
		const char *override, struct rp_findings *out)
{
	const struct rp_kind *kind = rp_kind_find("engagement");
	struct rp_input *in = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (override && strspn(override, " \t\r\n") == strlen(override)) {
		return rp_db_fail(db, RP_EINVAL,
				  "an override needs a reason (expected --override \"why\")");
	}
	if (override) {
		in = rp_input_new();
		if (!in ||
		    rp_input_add(in,
				 strcmp(verb, "kickoff") ? "close_override" : "kickoff_override",
				 override)) {
			rp_input_free(in);
			return rp_db_fail(db, RP_ENOMEM, "out of memory");
		}
	}
	rc = rp_record_act(db, kind, eng, verb, in);
	rp_input_free(in);
	if (rc == RP_EGATE) {
		/* the verb's effect ran the gate; the findings are for the caller,
		 * and running them again leaves the refusal's message as it was */
		int found = rp_check_run(db, eng, phase, out);

		return found ? found : rc;
	}
	return rc;
}

int rp_engagement_kickoff(struct rp_db *db, const char *eng, const char *override,
			  struct rp_findings *out)
{
	return pass(db, eng, "kickoff", RP_PHASE_KICKOFF, override, out);
}

int rp_engagement_close(struct rp_db *db, const char *eng, const char *override,
			struct rp_findings *out)
{
	return pass(db, eng, "close", RP_PHASE_CLOSE, override, out);
}
