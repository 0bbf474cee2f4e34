/*
 * api.c — the JSON API's route table under /api/v1/.
 *
 * Literal routes come before the generic ones ({kind} is any record kind's
 * collection), since the first match wins.  Every route here is described
 * in docs/openapi.json; tests/api/openapi-check fails when the two differ.
 * The team (owner, member) uses the API; a client contact uses the portal,
 * so for them every data route answers 404 (serve.c) and only /api/v1/me
 * and the OpenAPI document exist.
 */
#include "api.h"

#define T ACCESS_TEAM
#define O ACCESS_OWNER
#define E "/api/v1/engagements/{slug}"
#define ROUTE(m, p, fn, a, s)                                                                      \
	{                                                                                          \
		m, p, fn, a, REALM_API, s                                                          \
	}

const struct route api_routes[] = {
	ROUTE("GET", "/api/v1/openapi.json", api_openapi_doc, ACCESS_ANON | ACCESS_ANY,
	      "the OpenAPI 3.1 description of this API"),
	ROUTE("GET", "/api/v1/me", api_me, ACCESS_ANY, "the account making the request"),
	ROUTE("GET", "/api/v1/users", api_users_list, O, "every account"),
	ROUTE("POST", "/api/v1/users", api_users_add, O, "add an account"),
	ROUTE("POST", "/api/v1/users/{login}/disable", api_user_disable, O,
	      "disable an account: its sessions and tokens stop working"),
	ROUTE("GET", "/api/v1/users/{login}/tokens", api_user_tokens, O,
	      "an account's API tokens that still work, by number (never a token itself)"),
	ROUTE("POST", "/api/v1/users/{login}/tokens", api_user_token, O,
	      "a new API token for an account, shown once"),
	ROUTE("DELETE", "/api/v1/users/{login}/tokens/{id}", api_user_token_revoke, O,
	      "revoke an account's API token: it stops working at once"),

	ROUTE("GET", "/api/v1/clients", api_clients_list, T, "the clients"),
	ROUTE("POST", "/api/v1/clients", api_clients_add, T, "add a client"),
	ROUTE("GET", "/api/v1/clients/{client}", api_client_get, T, "a client"),
	ROUTE("PATCH", "/api/v1/clients/{client}", api_client_edit, T, "change a client"),
	ROUTE("DELETE", "/api/v1/clients/{client}", api_client_remove, T,
	      "remove a client nothing refers to"),
	ROUTE("GET", "/api/v1/clients/{client}/contacts", api_contacts_list, T,
	      "a client's contacts"),
	ROUTE("POST", "/api/v1/clients/{client}/contacts", api_contacts_add, T,
	      "add a contact to a client"),

	ROUTE("GET", "/api/v1/engagements", api_portfolio, T,
	      "the portfolio: every engagement with its health, worst first"),
	ROUTE("POST", "/api/v1/engagements", api_engagement_add, T, "add an engagement"),
	ROUTE("GET", E, api_engagement_get, T, "an engagement"),
	ROUTE("PATCH", E, api_engagement_edit, T, "change an engagement's fields"),
	ROUTE("GET", E "/checks", api_engagement_checks, T,
	      "the findings of the checks for the engagement's state"),
	ROUTE("GET", E "/kickoff", api_kickoff_findings, T, "the kickoff gate's findings"),
	ROUTE("POST", E "/kickoff", api_kickoff, T,
	      "pass the kickoff gate (409 with the findings when blocked)"),
	ROUTE("GET", E "/close", api_close_findings, T, "the close gate's findings"),
	ROUTE("POST", E "/close", api_close, T,
	      "pass the close gate (409 with the findings when blocked)"),
	ROUTE("POST", E "/hold", api_hold, T, "put an active engagement on hold"),
	ROUTE("POST", E "/resume", api_resume, T, "resume an engagement on hold"),
	ROUTE("POST", E "/deliver", api_deliver, T, "mark the work delivered"),
	ROUTE("POST", E "/closing", api_closing, T, "start closing a delivered engagement"),
	ROUTE("POST", E "/terminate", api_terminate, T, "end the engagement early"),
	ROUTE("GET", E "/reports/{report}", api_report_render, T,
	      "render a progress or close-out report as of today"),
	ROUTE("POST", E "/reports/{report}", api_report_send, T,
	      "send a report: keep its rendering and log it"),
	ROUTE("GET", E "/history", api_engagement_history, T,
	      "the audit trail of the engagement, newest first"),
	ROUTE("GET", E "/calendar.ics", api_engagement_calendar, T,
	      "the engagement's calendar feed (iCalendar)"),
	ROUTE("GET", E "/{kind}", api_children_list, T,
	      "the engagement's records of a kind, or its singleton"),
	ROUTE("POST", E "/{kind}", api_children_add, T, "add a record of a kind to the engagement"),
	ROUTE("PUT", E "/{kind}", api_singleton_put, T,
	      "set the fields of a singleton (retrospective, exit interview, follow-up)"),
	ROUTE("POST", E "/{kind}/{verb}", api_singleton_act, T,
	      "apply a verb to a singleton (the testimonial's draft, approve, decline)"),

	ROUTE("GET", "/api/v1/history", api_history, T, "the audit trail, newest first"),
	ROUTE("GET", "/api/v1/calendar.ics", api_calendar, T,
	      "the workspace's calendar feed (iCalendar)"),
	ROUTE("GET", "/api/v1/{kind}", api_kind_list, T, "every record of a kind"),
	ROUTE("GET", "/api/v1/{kind}/{id}", api_item_get, T, "a record"),
	ROUTE("PATCH", "/api/v1/{kind}/{id}", api_item_edit, T, "change a record's fields"),
	ROUTE("DELETE", "/api/v1/{kind}/{id}", api_item_remove, T,
	      "remove a record nothing refers to"),
	ROUTE("POST", "/api/v1/{kind}/{id}/{verb}", api_item_act, T,
	      "apply a verb: move the record to its next state"),
	{NULL, NULL, NULL, 0, REALM_API, NULL},
};
