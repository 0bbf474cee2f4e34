/*
 * ui.c — the team's web pages: the route table.
 */
#include "server.h"

const struct route ui_routes[] = {
	{NULL, NULL, NULL, 0, REALM_UI, NULL},
};
