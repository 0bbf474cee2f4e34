/*
 * kinds.c — the declaration of every record kind of PRODUCT.md: fields,
 * states, verbs.  This table is the single description that validation,
 * storage, listing, JSON and the command line are driven by; the schema in
 * sql/ must hold a column for every field (a unit test checks it).
 *
 * Verb effects (payments falling due when a deliverable is accepted, a
 * follow-up touch logging an interaction, ...) live in effects.c.
 */
#include <string.h>

#include "internal.h"
#include "effects.h"

#define LONG_TEXT  4000
#define SHORT_TEXT 200

#define S(i)	   (1u << (i))
#define NFIELDS(a) (sizeof(a) / sizeof((a)[0]))

/* Field declarations, most common shapes. */
#define TEXT(n, fl, f, mx, lbl, h)                                                                 \
	{                                                                                          \
		.name = n, .flag = fl, .type = RP_T_TEXT, .flags = f, .max = mx, .label = lbl,     \
		.help = h                                                                          \
	}
#define TYPED(n, fl, t, f, lbl, h)                                                                 \
	{                                                                                          \
		.name = n, .flag = fl, .type = t, .flags = f, .label = lbl, .help = h              \
	}
#define INT(n, fl, f, lo, hi, lbl, h)                                                              \
	{                                                                                          \
		.name = n, .flag = fl, .type = RP_T_INT, .flags = f, .min = lo, .max = hi,         \
		.label = lbl, .help = h                                                            \
	}
#define ENUM(n, fl, f, ch, d, lbl, h)                                                              \
	{                                                                                          \
		.name = n, .flag = fl, .type = RP_T_ENUM, .flags = f, .choices = ch, .def = d,     \
		.label = lbl, .help = h                                                            \
	}
#define STAMP_DATE(n, lbl, h) TYPED(n, NULL, RP_T_DATE, RP_F_NOADD | RP_F_NOEDIT, lbl, h)
#define STATE(ch, d)                                                                               \
	ENUM("state", NULL, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, ch, d, "STATE", "the state")
#define CREATED(n)                                                                                 \
	{                                                                                          \
		.name = n, .type = RP_T_DATE, .flags = RP_F_NOADD | RP_F_NOEDIT, .def = "@today",  \
		.label = "CREATED", .help = "when it was recorded"                                 \
	}
#define END_ARGS                                                                                   \
	{                                                                                          \
		.flag = NULL                                                                       \
	}
#define END_STAMPS                                                                                 \
	{                                                                                          \
		.field = NULL                                                                      \
	}

/* ---- client ---------------------------------------------------------- */

static const char *const client_statuses[] = {"prospect", "active", "former", NULL};

static const struct rp_field client_fields[] = {
	TEXT("name", "name", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "NAME",
	     "the organisation's name"),
	TYPED("slug", "slug", RP_T_SLUG, RP_F_LIST, "SLUG",
	      "short name used on the command line (default: from the name)"),
	TEXT("industry", "industry", RP_F_LIST, SHORT_TEXT, "INDUSTRY", "the client's industry"),
	TEXT("owner", "owner", RP_F_LIST, SHORT_TEXT, "OWNER",
	     "who owns the relationship on our side"),
	ENUM("status", "status", RP_F_LIST, client_statuses, "prospect", "STATUS",
	     "prospect, active or former"),
	TEXT("tags", "tags", 0, SHORT_TEXT, "TAGS", "comma-separated tags"),
	TEXT("notes", "notes", 0, LONG_TEXT, "NOTES", "free notes"),
};

static const struct rp_kind kind_client = {
	.name = "client",
	.noun = "client",
	.title = "client",
	.table = "client",
	.parent = RP_PARENT_NONE,
	.removable = true,
	.fields = client_fields,
	.nfields = NFIELDS(client_fields),
	.summary = "the organisations we work for",
};

/* ---- contact --------------------------------------------------------- */

static const struct rp_field contact_fields[] = {
	TEXT("name", "name", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "NAME",
	     "the person's name"),
	TYPED("email", "email", RP_T_EMAIL, RP_F_LIST, "EMAIL", "e-mail address"),
	TEXT("phone", "phone", 0, 50, "PHONE", "phone number"),
	TEXT("role", "role", RP_F_LIST, SHORT_TEXT, "ROLE", "their role at the client"),
	TYPED("birthday", "birthday", RP_T_DATE, 0, "BIRTHDAY", "date of birth, for a greeting"),
	{.name = "may_signoff",
	 .flag = "signoff",
	 .type = RP_T_BOOL,
	 .flags = RP_F_SWITCH | RP_F_LIST,
	 .def = "no",
	 .label = "SIGN-OFF",
	 .help = "may sign off deliverables"},
	{.name = "portal",
	 .flag = "portal",
	 .type = RP_T_BOOL,
	 .flags = RP_F_SWITCH,
	 .def = "no",
	 .label = "PORTAL",
	 .help = "has access to the client portal"},
};

static const struct rp_kind kind_contact = {
	.name = "contact",
	.noun = "contact",
	.title = "contact",
	.table = "contact",
	.parent = RP_PARENT_CLIENT,
	.removable = true,
	.fields = contact_fields,
	.nfields = NFIELDS(contact_fields),
	.summary = "people at a client",
	.on_write = contact_on_write,
};

/* ---- engagement ------------------------------------------------------ */

static const char *const eng_types[] = {"fixed", "tm", "retainer", NULL};
static const char *const eng_states[] = {"draft",   "active", "on_hold",    "delivered",
					 "closing", "closed", "terminated", NULL};
enum { ENG_DRAFT, ENG_ACTIVE, ENG_ON_HOLD, ENG_DELIVERED, ENG_CLOSING, ENG_CLOSED, ENG_TERMINATED };
static const char *const renewals[] = {"auto", "manual", "none", NULL};

static const struct rp_field engagement_fields[] = {
	TEXT("title", "title", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "TITLE",
	     "what the engagement is"),
	TYPED("slug", "slug", RP_T_SLUG, RP_F_LIST, "SLUG",
	      "short name used on the command line (default: from the title)"),
	ENUM("type", "type", RP_F_REQUIRED | RP_F_LIST, eng_types, NULL, "TYPE",
	     "fixed price, time and materials or retainer"),
	TYPED("value", "value", RP_T_MONEY, RP_F_LIST, "VALUE", "contract value"),
	TYPED("currency", "currency", RP_T_CURRENCY, RP_F_NOEDIT, "CURRENCY",
	      "ISO 4217 code (default: the workspace's)"),
	TYPED("baseline_start", "start", RP_T_DATE, RP_F_LIST, "START", "baseline start"),
	TYPED("baseline_end", "end", RP_T_DATE, RP_F_LIST, "END", "baseline end"),
	TYPED("forecast_end", "forecast-end", RP_T_DATE, 0, "FORECAST", "forecast end"),
	STATE(eng_states, "draft"),
	TEXT("objectives", "objectives", 0, LONG_TEXT, "OBJECTIVES", "the client's objectives"),
	TEXT("success", "success", 0, LONG_TEXT, "SUCCESS", "what success looks like"),
	TEXT("change_provisions", "change-provisions", 0, LONG_TEXT, "CHANGES",
	     "which events lead to changes and how they are handled"),
	TEXT("resources", "resources", 0, LONG_TEXT, "RESOURCES",
	     "resources on board and to bring on"),
	TEXT("fit", "fit", 0, LONG_TEXT, "FIT", "shared goals, values and ways of working"),
	TEXT("past_arrangements", "past-arrangements", 0, LONG_TEXT, "PAST",
	     "similar past arrangements and why they worked or not"),
	INT("notice_days", "notice-days", 0, 0, 3650, "NOTICE", "notice period in days"),
	ENUM("renewal", "renewal", 0, renewals, NULL, "RENEWAL", "auto, manual or none"),
	TYPED("renewal_date", "renewal-date", RP_T_DATE, 0, "RENEWS", "renewal date"),
	INT("payment_terms_days", "payment-terms-days", 0, 0, 365, "NET",
	    "payment terms: days from invoice to due"),
	INT("rfi_hours", "rfi-hours", 0, 1, 8760, "RFI",
	    "hours within which we answer the client's requests"),
	INT("client_rfi_hours", "client-rfi-hours", 0, 1, 8760, "CLIENT RFI",
	    "hours within which the client answers ours"),
	INT("review_days", "review-days", 0, 0, 365, "REVIEW",
	    "days the client takes to review an interim deliverable"),
	TYPED("report_every", "report-every", RP_T_DURATION, 0, "REPORTS",
	      "progress report cadence"),
	TYPED("meet_every", "meet-every", RP_T_DURATION, 0, "MEETINGS", "meeting cadence"),
	INT("punch_days", "punch-days", 0, 0, 3650, "PUNCH",
	    "punch-list window after delivery, in days"),
	STAMP_DATE("notice_given", "NOTICE GIVEN", "when notice of termination was given"),
	STAMP_DATE("ended_on", "ENDED", "when the engagement ended"),
	CREATED("created_on"),
	STAMP_DATE("kicked_off_on", "KICKED OFF", "when it passed the kickoff gate"),
	TEXT("kickoff_override", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "KICKOFF OVERRIDE",
	     "why the kickoff gate was overridden, and its blockers"),
	STAMP_DATE("closed_on", "CLOSED", "when it passed the close gate"),
	TEXT("close_override", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "CLOSE OVERRIDE",
	     "why the close gate was overridden, and its blockers"),
};

static const struct rp_arg terminate_args[] = {
	{"notice-given", "notice_given", RP_F_REQUIRED, "when notice was given"},
	{"end", "ended_on", RP_F_REQUIRED, "the last day of the engagement"},
	END_ARGS,
};

static const struct rp_arg kickoff_args[] = {
	{"override", "kickoff_override", 0, "pass the gate despite its blockers, for this reason"},
	END_ARGS,
};
static const struct rp_arg close_args[] = {
	{"override", "close_override", 0, "pass the gate despite its blockers, for this reason"},
	END_ARGS,
};
static const struct rp_stamp kickoff_stamps[] = {{"kicked_off_on", "@today"}, END_STAMPS};
static const struct rp_stamp close_eng_stamps[] = {{"closed_on", "@today"}, END_STAMPS};

static const struct rp_transition engagement_verbs[] = {
	{"kickoff", "pass the kickoff gate: the engagement becomes active", S(ENG_DRAFT),
	 ENG_ACTIVE, kickoff_args, kickoff_stamps, effect_kickoff_gate},
	{"hold", "put an active engagement on hold", S(ENG_ACTIVE), ENG_ON_HOLD, NULL, NULL, NULL},
	{"resume", "resume an engagement on hold", S(ENG_ON_HOLD), ENG_ACTIVE, NULL, NULL, NULL},
	{"deliver", "mark the work delivered", S(ENG_ACTIVE), ENG_DELIVERED, NULL, NULL, NULL},
	{"closing", "start closing a delivered engagement", S(ENG_DELIVERED), ENG_CLOSING, NULL,
	 NULL, NULL},
	{"close", "pass the close gate: the engagement is closed",
	 S(ENG_CLOSING) | S(ENG_TERMINATED), ENG_CLOSED, close_args, close_eng_stamps,
	 effect_close_gate},
	{"terminate", "end the engagement early",
	 S(ENG_DRAFT) | S(ENG_ACTIVE) | S(ENG_ON_HOLD) | S(ENG_DELIVERED), ENG_TERMINATED,
	 terminate_args, NULL, effect_terminate},
	{NULL},
};

static const struct rp_kind kind_engagement = {
	.name = "engagement",
	.noun = "engagement",
	.title = "engagement",
	.table = "engagement",
	.parent = RP_PARENT_CLIENT,
	.fields = engagement_fields,
	.nfields = NFIELDS(engagement_fields),
	.states = eng_states,
	.locked = S(ENG_CLOSED),
	.transitions = engagement_verbs,
	.summary = "the work for a client, with its terms",
	.on_write = engagement_on_write,
};

/* ---- deliverable ----------------------------------------------------- */

static const char *const dlv_states[] = {"planned",  "in_progress", "submitted", "accepted",
					 "rejected", "waived",	    NULL};
enum { DLV_PLANNED, DLV_IN_PROGRESS, DLV_SUBMITTED, DLV_ACCEPTED, DLV_REJECTED, DLV_WAIVED };

static const struct rp_field deliverable_fields[] = {
	TEXT("title", "title", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "TITLE",
	     "what is delivered"),
	TEXT("accept", "accept", 0, LONG_TEXT, "ACCEPTANCE", "acceptance criteria"),
	INT("estimate_hours", "estimate", 0, 0, 1000000, "HOURS", "estimate in hours"),
	TEXT("assumptions", "assume", 0, LONG_TEXT, "ASSUMPTIONS", "the estimate's assumptions"),
	TYPED("due", "due", RP_T_DATE, RP_F_LIST, "DUE", "due date"),
	STATE(dlv_states, "planned"),
	TYPED("reviewer", "reviewer", RP_T_CONTACT, RP_F_LIST, "REVIEWER",
	      "the contact who signs it off"),
	STAMP_DATE("submitted_on", "SUBMITTED", "when it was submitted for review"),
	TYPED("signed_off_by", NULL, RP_T_CONTACT, RP_F_NOADD | RP_F_NOEDIT, "SIGNED OFF BY",
	      "who accepted or rejected it"),
	STAMP_DATE("signed_off_on", "SIGNED OFF", "when it was accepted or rejected"),
	TEXT("signoff_comment", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "COMMENT",
	     "the reviewer's comment"),
	STAMP_DATE("delivered_on", "DELIVERED", "when it was accepted"),
	TEXT("waive_reason", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "WAIVED BECAUSE",
	     "why it was waived"),
};

static const struct rp_arg accept_args[] = {
	{"by", "signed_off_by", 0, "the contact who signs it off (default: the reviewer)"},
	{"comment", "signoff_comment", 0, "their comment"},
	END_ARGS,
};
static const struct rp_arg reject_args[] = {
	{"by", "signed_off_by", 0, "the contact who rejects it (default: the reviewer)"},
	{"comment", "signoff_comment", RP_F_REQUIRED, "what must change"},
	END_ARGS,
};
static const struct rp_arg waive_args[] = {
	{"reason", "waive_reason", RP_F_REQUIRED, "why it is no longer required"},
	END_ARGS,
};
static const struct rp_stamp submit_stamps[] = {{"submitted_on", "@today"}, END_STAMPS};
static const struct rp_stamp accept_stamps[] = {
	{"signed_off_on", "@today"}, {"delivered_on", "@today"}, END_STAMPS};
static const struct rp_stamp reject_stamps[] = {{"signed_off_on", "@today"}, END_STAMPS};

static const struct rp_transition deliverable_verbs[] = {
	{"start", "start work on it", S(DLV_PLANNED) | S(DLV_REJECTED), DLV_IN_PROGRESS, NULL, NULL,
	 NULL},
	{"submit", "submit it for the client's review",
	 S(DLV_PLANNED) | S(DLV_IN_PROGRESS) | S(DLV_REJECTED), DLV_SUBMITTED, NULL, submit_stamps,
	 NULL},
	{"accept", "record the client's acceptance (locks it)", S(DLV_SUBMITTED), DLV_ACCEPTED,
	 accept_args, accept_stamps, effect_signoff},
	{"reject", "record the client's rejection", S(DLV_SUBMITTED), DLV_REJECTED, reject_args,
	 reject_stamps, effect_signoff},
	{"waive", "drop it from the scope, with a reason",
	 S(DLV_PLANNED) | S(DLV_IN_PROGRESS) | S(DLV_SUBMITTED) | S(DLV_REJECTED), DLV_WAIVED,
	 waive_args, NULL, NULL},
	{NULL},
};

static const struct rp_kind kind_deliverable = {
	.name = "deliverable",
	.noun = "deliverable",
	.title = "deliverable",
	.table = "deliverable",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = deliverable_fields,
	.nfields = NFIELDS(deliverable_fields),
	.states = dlv_states,
	.locked = S(DLV_ACCEPTED) | S(DLV_WAIVED),
	.transitions = deliverable_verbs,
	.summary = "what we deliver, its acceptance criteria and sign-off",
};

/* ---- payment --------------------------------------------------------- */

static const char *const pay_kinds[] = {"upfront", "milestone", "final", NULL};
static const char *const pay_states[] = {"scheduled", "due",	     "invoiced",
					 "paid",      "written_off", NULL};
enum { PAY_SCHEDULED, PAY_DUE, PAY_INVOICED, PAY_PAID, PAY_WRITTEN_OFF };

static const struct rp_field payment_fields[] = {
	ENUM("kind", "kind", RP_F_REQUIRED | RP_F_LIST, pay_kinds, NULL, "KIND",
	     "upfront, milestone or final"),
	TYPED("amount", "amount", RP_T_MONEY, RP_F_REQUIRED | RP_F_PERCENT | RP_F_LIST, "AMOUNT",
	      "an amount, or N% of the engagement's value"),
	TYPED("trigger", "trigger", RP_T_TRIGGER, RP_F_LIST, "TRIGGER",
	      "what makes it due: deliverable:ID or date:DATE"),
	TEXT("verify", "verify", 0, LONG_TEXT, "VERIFICATION",
	     "what the client will see, hear and experience when the trigger has happened"),
	STATE(pay_states, "scheduled"),
	TEXT("invoice_number", NULL, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, 100, "INVOICE",
	     "the invoice number"),
	STAMP_DATE("triggered_on", "TRIGGERED", "when its trigger happened"),
	STAMP_DATE("invoiced_on", "INVOICED", "when it was invoiced"),
	{.name = "due_on",
	 .type = RP_T_DATE,
	 .flags = RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST,
	 .label = "DUE",
	 .help = "when payment is due"},
	STAMP_DATE("paid_on", "PAID", "when it was paid"),
	TEXT("writeoff_reason", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "WRITTEN OFF BECAUSE",
	     "why it was written off"),
};

static const struct rp_arg invoice_args[] = {
	{"number", "invoice_number", RP_F_REQUIRED, "the invoice number"},
	{"due", "due_on", 0, "when it is due (default: today plus the payment terms)"},
	END_ARGS,
};
static const struct rp_arg pay_args[] = {
	{"on", "paid_on", 0, "when it was paid (default: today)"},
	END_ARGS,
};
static const struct rp_arg writeoff_args[] = {
	{"reason", "writeoff_reason", RP_F_REQUIRED, "why it will not be paid"},
	END_ARGS,
};
static const struct rp_stamp invoice_stamps[] = {{"invoiced_on", "@today"}, END_STAMPS};
static const struct rp_stamp pay_stamps[] = {{"paid_on", "@today"}, END_STAMPS};

static const struct rp_transition payment_verbs[] = {
	{"invoice", "record the invoice sent", S(PAY_SCHEDULED) | S(PAY_DUE), PAY_INVOICED,
	 invoice_args, invoice_stamps, effect_invoice},
	{"pay", "record the payment received", S(PAY_SCHEDULED) | S(PAY_DUE) | S(PAY_INVOICED),
	 PAY_PAID, pay_args, pay_stamps, effect_pay},
	{"writeoff", "give up on it, with a reason",
	 S(PAY_SCHEDULED) | S(PAY_DUE) | S(PAY_INVOICED), PAY_WRITTEN_OFF, writeoff_args, NULL,
	 NULL},
	{NULL},
};

static const struct rp_kind kind_payment = {
	.name = "payment",
	.noun = "payment",
	.title = "payment",
	.table = "payment",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = payment_fields,
	.nfields = NFIELDS(payment_fields),
	.states = pay_states,
	.locked = S(PAY_INVOICED) | S(PAY_PAID) | S(PAY_WRITTEN_OFF),
	.transitions = payment_verbs,
	.summary = "the payment schedule: triggers, invoices, receipts",
	.on_write = payment_on_write,
};

/* ---- change request -------------------------------------------------- */

static const char *const change_states[] = {"proposed", "approved", "rejected", NULL};
enum { CHG_PROPOSED, CHG_APPROVED, CHG_REJECTED };

static const struct rp_field change_fields[] = {
	TEXT("description", "description", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT,
	     "CHANGE", "what changes"),
	TYPED("cost", "cost", RP_T_MONEY, RP_F_LIST | RP_F_SIGNED, "COST",
	      "cost impact (negative reduces it)"),
	INT("days", "days", RP_F_LIST, -3650, 3650, "DAYS", "schedule impact in days"),
	TEXT("contingency", "contingency", 0, SHORT_TEXT, "CONTINGENCY",
	     "which contingency of the change provisions it falls under"),
	STATE(change_states, "proposed"),
	CREATED("proposed_on"),
	TYPED("decided_by", NULL, RP_T_CONTACT, RP_F_NOADD | RP_F_NOEDIT, "DECIDED BY",
	      "the contact who decided"),
	STAMP_DATE("decided_on", "DECIDED", "when it was decided"),
};

static const struct rp_arg decide_args[] = {
	{"by", "decided_by", 0, "the contact who decided"},
	END_ARGS,
};
static const struct rp_stamp decide_stamps[] = {{"decided_on", "@today"}, END_STAMPS};

static const struct rp_transition change_verbs[] = {
	{"approve", "record the client's approval", S(CHG_PROPOSED), CHG_APPROVED, decide_args,
	 decide_stamps, NULL},
	{"reject", "record the client's refusal", S(CHG_PROPOSED), CHG_REJECTED, decide_args,
	 decide_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_change = {
	.name = "change_request",
	.noun = "change",
	.title = "change request",
	.table = "change_request",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = change_fields,
	.nfields = NFIELDS(change_fields),
	.states = change_states,
	.locked = S(CHG_APPROVED) | S(CHG_REJECTED),
	.transitions = change_verbs,
	.summary = "changes of scope with their cost and schedule impact",
};

/* ---- action item ----------------------------------------------------- */

static const char *const owners_us_client[] = {"us", "client", NULL};
static const char *const action_states[] = {"open", "done", NULL};
static const char *const waiting_ons[] = {"resource", "approval", "review", "input", NULL};
enum { ACT_OPEN, ACT_DONE };

static const struct rp_field action_fields[] = {
	TEXT("title", "title", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "TITLE",
	     "what is to be done"),
	ENUM("owner", "owner", RP_F_LIST, owners_us_client, "us", "OWNER", "us or client"),
	STATE(action_states, "open"),
	TYPED("due", "due", RP_T_DATE, RP_F_LIST, "DUE", "expected completion"),
	INT("percent", "percent", RP_F_LIST, 0, 100, "%", "percent complete"),
	ENUM("waiting_on", "waiting-on", RP_F_LIST, waiting_ons, NULL, "WAITING ON",
	     "resource, approval, review, input or none"),
	STAMP_DATE("waiting_since", "WAITING SINCE", "since when it waits"),
	CREATED("created_on"),
	STAMP_DATE("done_on", "DONE", "when it was done"),
};

static const struct rp_arg update_args[] = {
	{"percent", "percent", 0, "percent complete"},
	{"due", "due", 0, "expected completion"},
	{"waiting-on", "waiting_on", 0, "resource, approval, review, input or none"},
	END_ARGS,
};
static const struct rp_stamp done_stamps[] = {
	{"done_on", "@today"}, {"percent", "100"}, {"waiting_on", "@null"}, END_STAMPS};

static const struct rp_transition action_verbs[] = {
	{"update", "record progress", S(ACT_OPEN), -1, update_args, NULL, NULL},
	{"done", "mark it done", S(ACT_OPEN), ACT_DONE, NULL, done_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_action = {
	.name = "action_item",
	.noun = "action",
	.title = "action item",
	.table = "action_item",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = action_fields,
	.nfields = NFIELDS(action_fields),
	.states = action_states,
	.locked = S(ACT_DONE),
	.transitions = action_verbs,
	.summary = "who does what by when, and what it waits for",
	.on_write = action_on_write,
};

/* ---- client request -------------------------------------------------- */

static const char *const request_states[] = {"open", "answered", NULL};
enum { REQ_OPEN, REQ_ANSWERED };

static const struct rp_field request_fields[] = {
	TEXT("text", "text", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT, "REQUEST",
	     "what the client asked"),
	{.name = "received_at",
	 .flag = "at",
	 .type = RP_T_TIME,
	 .flags = RP_F_LIST,
	 .def = "@now",
	 .label = "RECEIVED",
	 .help = "when it arrived (default: now)"},
	STATE(request_states, "open"),
	TYPED("answered_at", NULL, RP_T_TIME, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, "ANSWERED",
	      "when we answered"),
	/* not a list column: the request's text already is, and two long texts
	 * side by side would cut both; show, JSON and the portal carry it */
	TEXT("answer", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "ANSWER", "what we answered"),
};

static const struct rp_arg answer_args[] = {
	{"at", "answered_at", 0, "when we answered (default: now)"},
	{"text", "answer", 0, "what we answered"},
	END_ARGS,
};
static const struct rp_stamp answer_stamps[] = {{"answered_at", "@now"}, END_STAMPS};

static const struct rp_transition request_verbs[] = {
	{"answer", "record our answer", S(REQ_OPEN), REQ_ANSWERED, answer_args, answer_stamps,
	 effect_answer},
	{NULL},
};

static const struct rp_kind kind_request = {
	.name = "client_request",
	.noun = "request",
	.title = "request",
	.table = "client_request",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = request_fields,
	.nfields = NFIELDS(request_fields),
	.states = request_states,
	.locked = S(REQ_ANSWERED),
	.transitions = request_verbs,
	.summary = "the client's requests and questions, and what and when we answered",
	.on_write = request_on_write,
};

/* ---- commitment ------------------------------------------------------ */

static const char *const promise_states[] = {"open", "kept", NULL};
enum { PRM_OPEN, PRM_KEPT };

static const struct rp_field promise_fields[] = {
	TEXT("text", "text", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT, "PROMISE",
	     "what we promised"),
	TYPED("to_contact", "to", RP_T_CONTACT, RP_F_LIST, "TO", "the contact we promised it to"),
	TYPED("due", "due", RP_T_DATE, RP_F_REQUIRED | RP_F_LIST, "DUE", "by when"),
	STATE(promise_states, "open"),
	CREATED("made_on"),
	STAMP_DATE("kept_on", "KEPT", "when we kept it"),
};

static const struct rp_stamp keep_stamps[] = {{"kept_on", "@today"}, END_STAMPS};

static const struct rp_transition promise_verbs[] = {
	{"keep", "record that we kept it", S(PRM_OPEN), PRM_KEPT, NULL, keep_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_promise = {
	.name = "commitment",
	.noun = "promise",
	.title = "promise",
	.table = "commitment",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = promise_fields,
	.nfields = NFIELDS(promise_fields),
	.states = promise_states,
	.locked = S(PRM_KEPT),
	.transitions = promise_verbs,
	.summary = "what we promised (\"I'll get back to you\") and by when",
};

/* ---- interaction ----------------------------------------------------- */

static const char *const channels[] = {"meeting", "call", "email", "report", "note", NULL};

static const struct rp_field interaction_fields[] = {
	TEXT("summary", "summary", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT,
	     "SUMMARY", "what was said"),
	ENUM("channel", "channel", RP_F_REQUIRED | RP_F_LIST, channels, NULL, "CHANNEL",
	     "meeting, call, email, report or note"),
	ENUM("initiated_by", "by", RP_F_REQUIRED | RP_F_LIST, owners_us_client, NULL, "BY",
	     "who initiated it: us or client"),
	{.name = "date",
	 .flag = "on",
	 .type = RP_T_DATE,
	 .flags = RP_F_LIST,
	 .def = "@today",
	 .label = "DATE",
	 .help = "when it happened (default: today)"},
	TEXT("topic", "topic", RP_F_LIST, 100, "TOPIC", "what it was about, e.g. renewal"),
};

static const struct rp_kind kind_interaction = {
	.after_close = true,
	.name = "interaction",
	.noun = "log",
	.title = "interaction",
	.table = "interaction",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = interaction_fields,
	.nfields = NFIELDS(interaction_fields),
	.summary = "meetings, calls, e-mails, reports and notes",
	.on_write = interaction_on_write,
};

/* ---- risk ------------------------------------------------------------ */

static const char *const severities[] = {"low", "medium", "high", NULL};
static const char *const risk_states[] = {"open", "disclosed", "closed", NULL};
enum { RSK_OPEN, RSK_DISCLOSED, RSK_CLOSED };

static const struct rp_field risk_fields[] = {
	TEXT("text", "text", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT, "RISK",
	     "the bad news"),
	ENUM("severity", "severity", RP_F_LIST, severities, "medium", "SEVERITY",
	     "low, medium or high"),
	{.name = "found_on",
	 .flag = "found",
	 .type = RP_T_DATE,
	 .flags = RP_F_LIST,
	 .def = "@today",
	 .label = "FOUND",
	 .help = "when we found it (default: today)"},
	STATE(risk_states, "open"),
	TYPED("disclosed_on", NULL, RP_T_DATE, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, "DISCLOSED",
	      "when we told the client"),
	TEXT("alternatives", NULL, RP_F_NOADD | RP_F_NOEDIT | RP_F_MULTI, LONG_TEXT, "ALTERNATIVES",
	     "the alternatives we proposed"),
	STAMP_DATE("closed_on", "CLOSED", "when it was closed"),
};

static const struct rp_arg disclose_args[] = {
	{"alternative", "alternatives", RP_F_MULTI,
	 "an alternative we propose (without one, the health monitor flags the disclosure)"},
	{"on", "disclosed_on", 0, "when we told the client (default: today)"},
	END_ARGS,
};
static const struct rp_arg propose_args[] = {
	{"alternative", "alternatives", RP_F_MULTI | RP_F_REQUIRED,
	 "an alternative we propose (repeatable)"},
	END_ARGS,
};
static const struct rp_stamp disclose_stamps[] = {{"disclosed_on", "@today"}, END_STAMPS};
static const struct rp_stamp close_stamps[] = {{"closed_on", "@today"}, END_STAMPS};

static const struct rp_transition risk_verbs[] = {
	{"disclose", "record that we told the client, with the alternatives", S(RSK_OPEN),
	 RSK_DISCLOSED, disclose_args, disclose_stamps, effect_disclose},
	{"propose", "propose another alternative for a disclosed risk", S(RSK_DISCLOSED), -1,
	 propose_args, NULL, NULL},
	{"close", "the risk is over", S(RSK_OPEN) | S(RSK_DISCLOSED), RSK_CLOSED, NULL,
	 close_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_risk = {
	.name = "risk",
	.noun = "risk",
	.title = "risk",
	.table = "risk",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = risk_fields,
	.nfields = NFIELDS(risk_fields),
	.states = risk_states,
	.locked = S(RSK_CLOSED),
	.transitions = risk_verbs,
	.summary = "bad news: found, disclosed with alternatives, closed",
	.on_write = risk_on_write,
};

/* ---- clause ---------------------------------------------------------- */

static const char *const clause_kinds[] = {"termination", "renewal",	     "payment", "liability",
					   "ip",	  "confidentiality", "other",	NULL};
static const char *const clause_risks[] = {"none", "low", "high", NULL};
static const char *const clause_states[] = {"undiscussed", "discussed", NULL};
enum { CLS_UNDISCUSSED, CLS_DISCUSSED };

static const struct rp_field clause_fields[] = {
	TEXT("text", "text", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT, "CLAUSE",
	     "the clause"),
	ENUM("kind", "kind", RP_F_REQUIRED | RP_F_LIST, clause_kinds, NULL, "KIND",
	     "termination, renewal, payment, liability, ip, confidentiality or other"),
	ENUM("risk", "risk", RP_F_LIST, clause_risks, "none", "RISK",
	     "risk to the client: none, low or high"),
	STATE(clause_states, "undiscussed"),
	TYPED("discussed_on", NULL, RP_T_DATE, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, "DISCUSSED",
	      "when we discussed it with the client"),
};

static const struct rp_arg discuss_args[] = {
	{"on", "discussed_on", 0, "when (default: today)"},
	END_ARGS,
};
static const struct rp_stamp discuss_stamps[] = {{"discussed_on", "@today"}, END_STAMPS};

static const struct rp_transition clause_verbs[] = {
	{"discuss", "record that we discussed it with the client", S(CLS_UNDISCUSSED),
	 CLS_DISCUSSED, discuss_args, discuss_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_clause = {
	.name = "clause",
	.noun = "clause",
	.title = "clause",
	.table = "clause",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = clause_fields,
	.nfields = NFIELDS(clause_fields),
	.states = clause_states,
	.transitions = clause_verbs,
	.summary = "contract clauses and their risk to the client",
};

/* ---- document -------------------------------------------------------- */

static const char *const doc_states[] = {"draft", "current", "handed_over", "acknowledged", NULL};
enum { DOC_DRAFT, DOC_CURRENT, DOC_HANDED_OVER, DOC_ACKNOWLEDGED };

static const struct rp_field document_fields[] = {
	TEXT("title", "title", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT, "TITLE",
	     "the document"),
	TEXT("kind", "kind", RP_F_LIST, 100, "KIND", "what kind: manual, runbook, design ..."),
	TEXT("location", "location", RP_F_LIST, 1000, "LOCATION", "where it is (a URL or a path)"),
	STATE(doc_states, "draft"),
	STAMP_DATE("handed_over_on", "HANDED OVER", "when it was handed over"),
	TYPED("acknowledged_by", NULL, RP_T_CONTACT, RP_F_NOADD | RP_F_NOEDIT, "ACKNOWLEDGED BY",
	      "the contact who acknowledged it"),
	STAMP_DATE("acknowledged_on", "ACKNOWLEDGED", "when it was acknowledged"),
};

static const struct rp_arg ack_args[] = {
	{"by", "acknowledged_by", 0, "the contact who acknowledged it"},
	END_ARGS,
};
static const struct rp_stamp handover_stamps[] = {{"handed_over_on", "@today"}, END_STAMPS};
static const struct rp_stamp ack_stamps[] = {{"acknowledged_on", "@today"}, END_STAMPS};

static const struct rp_transition document_verbs[] = {
	{"current", "mark it current", S(DOC_DRAFT), DOC_CURRENT, NULL, NULL, NULL},
	{"handover", "hand it over to the client", S(DOC_CURRENT), DOC_HANDED_OVER, NULL,
	 handover_stamps, NULL},
	{"ack", "record the client's acknowledgement", S(DOC_HANDED_OVER), DOC_ACKNOWLEDGED,
	 ack_args, ack_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_document = {
	.name = "document",
	.noun = "document",
	.title = "document",
	.table = "document",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = document_fields,
	.nfields = NFIELDS(document_fields),
	.states = doc_states,
	.transitions = document_verbs,
	.summary = "documentation to keep current and hand over",
};

/* ---- material -------------------------------------------------------- */

static const char *const material_owners[] = {"client", "us", NULL};
static const char *const material_states[] = {"in_use", "excess", "returned", NULL};
enum { MAT_IN_USE, MAT_EXCESS, MAT_RETURNED };

static const struct rp_field material_fields[] = {
	TEXT("description", "description", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, SHORT_TEXT,
	     "MATERIAL", "the equipment or supplies"),
	{.name = "quantity",
	 .flag = "qty",
	 .type = RP_T_INT,
	 .flags = RP_F_LIST,
	 .min = 1,
	 .max = 1000000,
	 .def = "1",
	 .label = "QTY",
	 .help = "how many"},
	ENUM("owner", "owner", RP_F_LIST, material_owners, "client", "OWNED BY", "client or us"),
	STATE(material_states, "in_use"),
	STAMP_DATE("returned_on", "RETURNED", "when it was returned"),
};

static const struct rp_stamp return_stamps[] = {{"returned_on", "@today"}, END_STAMPS};

static const struct rp_transition material_verbs[] = {
	{"excess", "no longer needed: to be returned", S(MAT_IN_USE), MAT_EXCESS, NULL, NULL, NULL},
	{"return", "record that it was returned", S(MAT_IN_USE) | S(MAT_EXCESS), MAT_RETURNED, NULL,
	 return_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_material = {
	.name = "material",
	.noun = "material",
	.title = "material",
	.table = "material",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = material_fields,
	.nfields = NFIELDS(material_fields),
	.states = material_states,
	.locked = S(MAT_RETURNED),
	.transitions = material_verbs,
	.summary = "equipment and supplies held for the engagement",
};

/* ---- purchase order -------------------------------------------------- */

static const char *const po_states[] = {"open", "fulfilled", "closed", NULL};
enum { PO_OPEN, PO_FULFILLED, PO_CLOSED };

static const struct rp_field po_fields[] = {
	TEXT("number", "number", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, 100, "PO",
	     "the purchase order number"),
	TEXT("vendor", "vendor", RP_F_LIST, SHORT_TEXT, "VENDOR", "vendor or client"),
	TYPED("amount", "amount", RP_T_MONEY, RP_F_LIST, "AMOUNT", "the order's amount"),
	STATE(po_states, "open"),
};

static const struct rp_transition po_verbs[] = {
	{"fulfil", "the order was fulfilled", S(PO_OPEN), PO_FULFILLED, NULL, NULL, NULL},
	{"close", "close the order", S(PO_OPEN) | S(PO_FULFILLED), PO_CLOSED, NULL, NULL, NULL},
	{NULL},
};

static const struct rp_kind kind_po = {
	.name = "purchase_order",
	.noun = "po",
	.title = "purchase order",
	.table = "purchase_order",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = po_fields,
	.nfields = NFIELDS(po_fields),
	.states = po_states,
	.locked = S(PO_CLOSED),
	.transitions = po_verbs,
	.summary = "purchase orders to fulfil and close",
	.on_write = po_on_write,
};

/* ---- vendor bill ----------------------------------------------------- */

static const char *const bill_states[] = {"unpaid", "paid", "disputed", NULL};
enum { BILL_UNPAID, BILL_PAID, BILL_DISPUTED };

static const struct rp_field bill_fields[] = {
	TEXT("vendor", "vendor", RP_F_REQUIRED | RP_F_LIST, SHORT_TEXT, "VENDOR", "who billed us"),
	TYPED("amount", "amount", RP_T_MONEY, RP_F_REQUIRED | RP_F_LIST, "AMOUNT", "the amount"),
	TYPED("due", "due", RP_T_DATE, RP_F_LIST, "DUE", "when it is due"),
	STATE(bill_states, "unpaid"),
	STAMP_DATE("paid_on", "PAID", "when we paid it"),
};

static const struct rp_transition bill_verbs[] = {
	{"pay", "record that we paid it", S(BILL_UNPAID) | S(BILL_DISPUTED), BILL_PAID, NULL,
	 pay_stamps, NULL},
	{"dispute", "we dispute it", S(BILL_UNPAID), BILL_DISPUTED, NULL, NULL, NULL},
	{NULL},
};

static const struct rp_kind kind_bill = {
	.name = "vendor_bill",
	.noun = "bill",
	.title = "bill",
	.table = "vendor_bill",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = bill_fields,
	.nfields = NFIELDS(bill_fields),
	.states = bill_states,
	.locked = S(BILL_PAID),
	.transitions = bill_verbs,
	.summary = "accounts payable for the engagement",
};

/* ---- punch-list item ------------------------------------------------- */

static const char *const punch_states[] = {"open", "fixed", NULL};
enum { PUNCH_OPEN, PUNCH_FIXED };

static const struct rp_field punch_fields[] = {
	TEXT("text", "text", RP_F_REQUIRED | RP_F_POSITIONAL | RP_F_LIST, LONG_TEXT, "FIX",
	     "what needs fixing"),
	{.name = "reported_on",
	 .flag = "reported",
	 .type = RP_T_DATE,
	 .flags = RP_F_LIST,
	 .def = "@today",
	 .label = "REPORTED",
	 .help = "when it was reported (default: today)"},
	STATE(punch_states, "open"),
	TYPED("fixed_on", NULL, RP_T_DATE, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, "FIXED",
	      "when it was fixed"),
};

static const struct rp_stamp fix_stamps[] = {{"fixed_on", "@today"}, END_STAMPS};

static const struct rp_transition punch_verbs[] = {
	{"fix", "record the fix", S(PUNCH_OPEN), PUNCH_FIXED, NULL, fix_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_punch = {
	.name = "punch_item",
	.noun = "punch",
	.title = "punch-list item",
	.table = "punch_item",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = punch_fields,
	.nfields = NFIELDS(punch_fields),
	.states = punch_states,
	.locked = S(PUNCH_FIXED),
	.transitions = punch_verbs,
	.summary = "fixes after delivery",
};

/* ---- retrospective --------------------------------------------------- */

static const struct rp_field retro_fields[] = {
	TEXT("went_well", "well", 0, LONG_TEXT, "WENT WELL", "what went well"),
	TEXT("went_badly", "badly", 0, LONG_TEXT, "WENT BADLY", "what went badly"),
	TEXT("team", "team", 0, LONG_TEXT, "TEAM", "the team's evaluation"),
	{.name = "held_on",
	 .flag = "on",
	 .type = RP_T_DATE,
	 .def = "@today",
	 .label = "HELD",
	 .help = "when it was held (default: today)"},
};

static const struct rp_kind kind_retro = {
	.after_close = true,
	.name = "retrospective",
	.noun = "retro",
	.title = "retrospective",
	.table = "retrospective",
	.parent = RP_PARENT_ENGAGEMENT,
	.singleton = true,
	.fields = retro_fields,
	.nfields = NFIELDS(retro_fields),
	.summary = "our own lessons: what went well and badly",
};

/* ---- exit interview -------------------------------------------------- */

static const struct rp_field exit_fields[] = {
	{.name = "held_on",
	 .flag = "on",
	 .type = RP_T_DATE,
	 .def = "@today",
	 .label = "HELD",
	 .help = "when it was held (default: today)"},
	TEXT("liked", "liked", 0, LONG_TEXT, "LIKED", "what the client liked"),
	TEXT("disliked", "disliked", 0, LONG_TEXT, "DISLIKED", "what the client disliked"),
	TEXT("improve", "improve", 0, LONG_TEXT, "COULD IMPROVE", "what we could improve"),
	INT("rating", "rating", 0, 0, 10, "RATING", "the client's rating, 0 to 10"),
	TYPED("would_refer", "refer", RP_T_BOOL, 0, "WOULD REFER", "would refer us: yes or no"),
};

static const struct rp_kind kind_exit = {
	.after_close = true,
	.name = "exit_interview",
	.noun = "exit",
	.title = "exit interview",
	.table = "exit_interview",
	.parent = RP_PARENT_ENGAGEMENT,
	.singleton = true,
	.fields = exit_fields,
	.nfields = NFIELDS(exit_fields),
	.summary = "the client's view at the end",
};

/* ---- testimonial ----------------------------------------------------- */

static const char *const testimonial_states[] = {"requested", "drafted", "approved", "declined",
						 NULL};
enum { TST_REQUESTED, TST_DRAFTED, TST_APPROVED, TST_DECLINED };

static const struct rp_field testimonial_fields[] = {
	CREATED("requested_on"),
	STATE(testimonial_states, "requested"),
	TEXT("text", NULL, RP_F_NOADD | RP_F_NOEDIT, LONG_TEXT, "TEXT", "the testimonial"),
	TYPED("may_publish", NULL, RP_T_BOOL, RP_F_NOADD | RP_F_NOEDIT, "MAY PUBLISH",
	      "whether we may publish it"),
	STAMP_DATE("decided_on", "DECIDED", "when the client decided"),
};

static const struct rp_arg draft_args[] = {
	{"text", "text", RP_F_REQUIRED, "the text we propose"},
	END_ARGS,
};
static const struct rp_arg approve_args[] = {
	{"publish", "may_publish", RP_F_SWITCH, "the client allows us to publish it"},
	END_ARGS,
};

static const struct rp_stamp approve_stamps[] = {
	{"decided_on", "@today"}, {"may_publish", "no"}, END_STAMPS};

static const struct rp_transition testimonial_verbs[] = {
	{"draft", "record the text we drafted for the client", S(TST_REQUESTED) | S(TST_DRAFTED),
	 TST_DRAFTED, draft_args, NULL, NULL},
	{"approve", "the client approved it", S(TST_REQUESTED) | S(TST_DRAFTED), TST_APPROVED,
	 approve_args, approve_stamps, NULL},
	{"decline", "the client declined", S(TST_REQUESTED) | S(TST_DRAFTED), TST_DECLINED, NULL,
	 decide_stamps, NULL},
	{NULL},
};

static const struct rp_kind kind_testimonial = {
	.after_close = true,
	.name = "testimonial",
	.noun = "testimonial",
	.title = "testimonial",
	.table = "testimonial",
	.parent = RP_PARENT_ENGAGEMENT,
	.singleton = true,
	.fields = testimonial_fields,
	.nfields = NFIELDS(testimonial_fields),
	.states = testimonial_states,
	.transitions = testimonial_verbs,
	.summary = "the testimonial we asked for and the client's answer",
};

/* ---- follow-up ------------------------------------------------------- */

static const struct rp_field followup_fields[] = {
	TYPED("every", "every", RP_T_DURATION, RP_F_REQUIRED | RP_F_LIST, "EVERY",
	      "how often to get in touch"),
	TYPED("next_on", "next", RP_T_DATE, RP_F_LIST, "NEXT",
	      "the next touch (default: today plus the cadence)"),
	TEXT("occasions", "occasions", 0, SHORT_TEXT, "OCCASIONS",
	     "occasions to get in touch, e.g. birthdays"),
	TYPED("last_touch_on", NULL, RP_T_DATE, RP_F_NOADD | RP_F_NOEDIT | RP_F_LIST, "LAST TOUCH",
	      "the last touch"),
};

static const struct rp_kind kind_followup = {
	.after_close = true,
	.name = "followup",
	.noun = "followup",
	.title = "follow-up",
	.table = "followup",
	.parent = RP_PARENT_ENGAGEMENT,
	.singleton = true,
	.fields = followup_fields,
	.nfields = NFIELDS(followup_fields),
	.summary = "the stay-in-touch plan after closing",
	.on_write = followup_on_write,
};

/* ---- report ---------------------------------------------------------- */

/* A report as it was sent (report-model.c): written once, in the same
 * transaction as the interaction that logs the sending, and never changed.
 * The command line reaches it through "rapport report", not the generic
 * record commands. */
static const char *const report_kinds[] = {"progress", "closeout", NULL};
static const char *const report_formats[] = {"text", "md", "html", "json", NULL};

#define REPORT_BODY_MAX 1000000

static const struct rp_field report_fields[] = {
	ENUM("kind", NULL, RP_F_REQUIRED | RP_F_NOEDIT | RP_F_LIST, report_kinds, NULL, "KIND",
	     "progress or closeout"),
	TYPED("period_from", NULL, RP_T_DATE, RP_F_REQUIRED | RP_F_NOEDIT | RP_F_LIST, "FROM",
	      "the first day the report covers"),
	TYPED("period_to", NULL, RP_T_DATE, RP_F_REQUIRED | RP_F_NOEDIT | RP_F_LIST, "UNTIL",
	      "the last day the report covers"),
	{.name = "sent_at",
	 .type = RP_T_TIME,
	 .flags = RP_F_NOEDIT | RP_F_LIST,
	 .def = "@now",
	 .label = "SENT",
	 .help = "when it was sent"},
	TYPED("to_contact", "to", RP_T_CONTACT, RP_F_NOEDIT | RP_F_LIST, "TO",
	      "the contact it was sent to"),
	ENUM("format", "format", RP_F_REQUIRED | RP_F_NOEDIT | RP_F_LIST, report_formats, NULL,
	     "FORMAT", "text, md, html or json"),
	TEXT("body", NULL, RP_F_REQUIRED | RP_F_NOEDIT | RP_F_BULKY, REPORT_BODY_MAX, "BODY",
	     "the rendering as sent, byte for byte"),
};

static const struct rp_kind kind_report = {
	.after_close = true,
	.name = "report",
	.noun = "report",
	.title = "report",
	.table = "report",
	.parent = RP_PARENT_ENGAGEMENT,
	.fields = report_fields,
	.nfields = NFIELDS(report_fields),
	.summary = "progress and close-out reports as sent",
};

/* ---- the table ------------------------------------------------------- */

static const struct rp_kind *const all_kinds[] = {
	&kind_client,
	&kind_contact,
	&kind_engagement,
	&kind_deliverable,
	&kind_payment,
	&kind_change,
	&kind_action,
	&kind_request,
	&kind_promise,
	&kind_interaction,
	&kind_risk,
	&kind_clause,
	&kind_document,
	&kind_material,
	&kind_po,
	&kind_bill,
	&kind_punch,
	&kind_retro,
	&kind_exit,
	&kind_testimonial,
	&kind_followup,
	&kind_report,
	NULL,
};

const struct rp_kind *const *rp_kinds(void)
{
	return all_kinds;
}

const struct rp_kind *rp_kind_find(const char *name)
{
	size_t i;

	for (i = 0; all_kinds[i]; i++) {
		if (!strcmp(all_kinds[i]->name, name) || !strcmp(all_kinds[i]->noun, name)) {
			return all_kinds[i];
		}
	}
	return NULL;
}

int rp_kind_field_index(const struct rp_kind *kind, const char *name)
{
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		if (!strcmp(kind->fields[i].name, name)) {
			return (int)i;
		}
	}
	return -1;
}

const struct rp_field *rp_kind_field(const struct rp_kind *kind, const char *name)
{
	int i = rp_kind_field_index(kind, name);

	return i < 0 ? NULL : &kind->fields[i];
}

const struct rp_field *rp_kind_field_by_flag(const struct rp_kind *kind, const char *flag)
{
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		if (kind->fields[i].flag && !strcmp(kind->fields[i].flag, flag)) {
			return &kind->fields[i];
		}
	}
	return NULL;
}

const struct rp_transition *rp_kind_transition(const struct rp_kind *kind, const char *verb)
{
	const struct rp_transition *t;

	for (t = kind->transitions; t && t->verb; t++) {
		if (!strcmp(t->verb, verb)) {
			return t;
		}
	}
	return NULL;
}

int rp_kind_state_index(const struct rp_kind *kind, const char *state)
{
	int i;

	for (i = 0; kind->states && kind->states[i]; i++) {
		if (!strcmp(kind->states[i], state)) {
			return i;
		}
	}
	return -1;
}

bool rp_field_clearable(const struct rp_field *f)
{
	return !(f->flags & (RP_F_REQUIRED | RP_F_NOEDIT)) && !f->def;
}

int rp_field_form(const struct rp_field *f, struct rp_buf *out)
{
	bool none = false;
	size_t i;

	switch (f->type) {
	case RP_T_TEXT:
		return rp_buf_printf(out, "text of at most %lld characters", (long long)f->max);
	case RP_T_INT:
		return rp_buf_printf(out, "a whole number from %lld to %lld", (long long)f->min,
				     (long long)f->max);
	case RP_T_MONEY:
		return rp_buf_puts(out, f->flags & RP_F_PERCENT
						? "an amount such as 24000 or 24000.50, or a "
						  "percentage of the value such as 30%"
						: "an amount such as 24000 or 24000.50");
	case RP_T_DATE:
		return rp_buf_puts(out, "a date YYYY-MM-DD");
	case RP_T_TIME:
		return rp_buf_puts(out, "a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM in UTC");
	case RP_T_BOOL:
		return rp_buf_puts(out, "yes or no");
	case RP_T_ENUM:
		rp_buf_puts(out, "one of ");
		for (i = 0; f->choices[i]; i++) {
			rp_buf_printf(out, "%s%s", i ? ", " : "", f->choices[i]);
			none |= !strcmp(f->choices[i], "none");
		}
		/* an optional field is cleared with "none" */
		return none || !rp_field_clearable(f) ? RP_OK : rp_buf_puts(out, " or none");
	case RP_T_CONTACT:
		return rp_buf_puts(out, "a contact's number or e-mail address");
	case RP_T_DURATION:
		return rp_buf_puts(out, "1w, 2w, 1m, 6m, 1y or a number of days");
	case RP_T_CURRENCY:
		return rp_buf_puts(out, "an ISO 4217 code such as EUR");
	case RP_T_SLUG:
		return rp_buf_puts(out, "lower-case letters, digits and '-', at most 40, not only "
					"digits");
	case RP_T_EMAIL:
		return rp_buf_puts(out, "an e-mail address such as ana@example.com");
	case RP_T_TRIGGER:
		return rp_buf_puts(out, "deliverable:ID or date:YYYY-MM-DD");
	}
	return RP_OK;
}
