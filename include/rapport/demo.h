/*
 * rapport/demo.h — a small, realistic sample portfolio for a newcomer to
 * explore: several clients, engagements in every state, and the mess real
 * engagements have (an overdue request, an open purchase order, an
 * unreturned laptop, a risk not yet disclosed).
 */
#ifndef RAPPORT_DEMO_H
#define RAPPORT_DEMO_H

#include "rapport/db.h"

/*
 * Fill the workspace with the demo portfolio, dated relative to today, in one
 * transaction.  RP_ECONFLICT if the workspace already holds clients.
 */
RP_API int rp_demo_fill(struct rp_db *db);

#endif
