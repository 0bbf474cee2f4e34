/*
 * rapport/demo.h — a small, realistic sample portfolio for a newcomer to
 * explore: several clients, engagements in every state, and the mess real
 * engagements have (an overdue request, an open purchase order, an
 * unreturned laptop, a risk not yet disclosed), and two accounts to log in
 * to the server with.
 */
#ifndef RAPPORT_DEMO_H
#define RAPPORT_DEMO_H

#include "rapport/db.h"

/*
 * The demo's accounts for "rapport serve", with fixed passwords that are
 * printed by "rapport demo": a sample, never a real workspace's.  The owner
 * sees everything; the client is Priya Nair, a contact of Acme Logistics,
 * who sees Acme's engagements (acme-routing, acme-warehouse) in the portal.
 */
#define RP_DEMO_OWNER_LOGIN	"owner"
#define RP_DEMO_OWNER_PASSWORD	"northwind-demo"
#define RP_DEMO_CLIENT_LOGIN	"priya"
#define RP_DEMO_CLIENT_PASSWORD "acme-demo"

/*
 * Fill the workspace with the demo portfolio, dated relative to today, in one
 * transaction.  RP_ECONFLICT if the workspace already holds clients.
 */
RP_API int rp_demo_fill(struct rp_db *db);

#endif
