/*
 * ui.c — the team's web pages: the route table.  Every page is for the team
 * (owner and member); a client contact gets 404 for all of them, which the
 * dispatch in serve.c does before a handler runs.  Each handler lives in the
 * ui-<page>.c file of its page; the record forms of every kind post to the
 * generic /records/ routes (ui-record.c).
 */
#include "ui-kit.h"

const struct route ui_routes[] = {
	{"GET", "/", ui_portfolio, ACCESS_TEAM, REALM_UI,
	 "the portfolio: every engagement, the worst health first"},
	{"GET", "/engagements/new", ui_new, ACCESS_TEAM, REALM_UI,
	 "the form for a new engagement (and client)"},
	{"POST", "/engagements/new", ui_create, ACCESS_TEAM, REALM_UI,
	 "create an engagement, and its client if new"},
	{"GET", "/engagements/{slug}", ui_engagement, ACCESS_TEAM, REALM_UI,
	 "an engagement: terms, checks and every record, with their forms"},
	{"GET", "/engagements/{slug}/kickoff", ui_gate, ACCESS_TEAM, REALM_UI,
	 "the kickoff gate as a checklist"},
	{"POST", "/engagements/{slug}/kickoff", ui_gate_pass, ACCESS_TEAM, REALM_UI,
	 "pass the kickoff gate (or override it with a reason)"},
	{"GET", "/engagements/{slug}/close", ui_gate, ACCESS_TEAM, REALM_UI,
	 "the close gate as a checklist"},
	{"POST", "/engagements/{slug}/close", ui_gate_pass, ACCESS_TEAM, REALM_UI,
	 "pass the close gate (or override it with a reason)"},
	{"GET", "/engagements/{slug}/reports", ui_reports, ACCESS_TEAM, REALM_UI,
	 "the reports sent for an engagement, and sending a new one"},
	{"GET", "/engagements/{slug}/reports/{report}", ui_report_view, ACCESS_TEAM, REALM_UI,
	 "the progress or close-out report as of today, printable"},
	{"POST", "/engagements/{slug}/reports/{report}", ui_report_send, ACCESS_TEAM, REALM_UI,
	 "send the progress or close-out report: keep it and log it"},
	{"GET", "/engagements/{slug}/reports/sent/{id}", ui_report_sent, ACCESS_TEAM, REALM_UI,
	 "a report exactly as it was sent"},
	{"POST", "/engagements/{slug}/touch", ui_touch, ACCESS_TEAM, REALM_UI,
	 "log a stay-in-touch contact by us, which moves the follow-up plan's next date"},
	{"GET", "/engagements/{slug}/history", ui_history, ACCESS_TEAM, REALM_UI,
	 "the audit trail of an engagement"},
	{"GET", "/history", ui_history, ACCESS_TEAM, REALM_UI, "the audit trail, newest first"},
	{"GET", "/clients", ui_clients, ACCESS_TEAM, REALM_UI, "the clients, and adding one"},
	{"GET", "/clients/{client}", ui_client, ACCESS_TEAM, REALM_UI,
	 "a client with its contacts and engagements"},
	{"POST", "/records/{kind}", ui_record_add, ACCESS_TEAM, REALM_UI,
	 "add a record of a kind (or set an engagement's singleton)"},
	{"GET", "/records/{kind}/{ref}", ui_record_edit, ACCESS_TEAM, REALM_UI,
	 "the edit form of a record"},
	{"POST", "/records/{kind}/{ref}", ui_record_save, ACCESS_TEAM, REALM_UI,
	 "change the fields of a record"},
	/* The first matching route wins (router.c), so this one must come before
	 * the verbs': "remove" is no kind's verb (the command line's is "rm"),
	 * and a kind that ever declared one would have it shadowed here. */
	{"POST", "/records/{kind}/{ref}/remove", ui_record_remove, ACCESS_TEAM, REALM_UI,
	 "remove a record of a removable kind (client, contact)"},
	{"POST", "/records/{kind}/{ref}/{verb}", ui_record_act, ACCESS_TEAM, REALM_UI,
	 "move a record through its states with one of its verbs"},
	{NULL, NULL, NULL, 0, REALM_UI, NULL},
};
