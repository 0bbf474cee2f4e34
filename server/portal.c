/*
 * portal.c — the client portal's route table under /portal: the pages and
 * forms of a client contact (portal-*.c).
 *
 * Every route is for the client role only: to the team these paths do not
 * exist (404).  Which records a contact may see is decided per request in
 * portal-scope.c, never by the ids of the URL.
 */
#include "portal.h"

const struct route portal_routes[] = {
	{"GET", "/portal", portal_home, ACCESS_CLIENT, REALM_PORTAL, "the client's engagements"},
	{"GET", "/portal/engagements/{slug}", portal_engagement_get, ACCESS_CLIENT, REALM_PORTAL,
	 "one engagement as the client sees it: reports, reviews, requests, what we wait for"},
	{"GET", "/portal/reports/{id}", portal_report_get, ACCESS_CLIENT, REALM_PORTAL,
	 "a report as it was sent, printable"},
	{"POST", "/portal/deliverables/{id}/accept", portal_accept, ACCESS_CLIENT, REALM_PORTAL,
	 "accept a deliverable (the contact's sign-off)"},
	{"POST", "/portal/deliverables/{id}/reject", portal_reject, ACCESS_CLIENT, REALM_PORTAL,
	 "reject a deliverable with a comment (the contact's sign-off)"},
	{"POST", "/portal/engagements/{slug}/requests", portal_request_add, ACCESS_CLIENT,
	 REALM_PORTAL, "raise a request"},
	{"POST", "/portal/engagements/{slug}/exit", portal_exit_put, ACCESS_CLIENT, REALM_PORTAL,
	 "answer the exit interview"},
	{"POST", "/portal/engagements/{slug}/testimonial/approve", portal_testimonial_approve,
	 ACCESS_CLIENT, REALM_PORTAL, "approve the testimonial"},
	{"POST", "/portal/engagements/{slug}/testimonial/decline", portal_testimonial_decline,
	 ACCESS_CLIENT, REALM_PORTAL, "decline the testimonial"},
	{NULL, NULL, NULL, 0, REALM_PORTAL, NULL},
};
