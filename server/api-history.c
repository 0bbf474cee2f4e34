/*
 * api-history.c — the audit trail and the calendar feed through the API
 * (and, by api_calendar_answer, through a subscription URL: feed.c).
 *
 * The trail is served newest first, a page at a time; the cursor is the
 * sequence number of the last event of the previous page, so pages stay
 * put while new events arrive.  Each event is shown as the command line's
 * "history --json" shows it, hashes included, so that a client can verify
 * the chain.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"

static int history(struct request *rq, struct response *rs, const char *eng)
{
	struct rp_event_list list = {NULL, 0};
	struct api_page page;
	json_t *items;
	char next[24];
	int64_t before;
	size_t i, n = 0;
	bool more = false;
	int rc;

	if (api_page_parse(rq, rs, &page) || (before = api_cursor_number(rs, &page)) < 0) {
		return RP_OK;
	}
	if (eng) {
		struct rp_record *rec = NULL;

		/* an unknown engagement is a 404, not an empty trail */
		rc = rp_record_get(rq->db, rp_kind_find("engagement"), eng, &rec);
		rp_record_free(rec);
		if (rc) {
			return api_fail(rq, rs, rc, NULL);
		}
	}
	if (page.cursor && !before) {
		return api_page_answer(rq, rs, json_array(), NULL); /* nothing is below 0 */
	}
	/* one more than the page, to know whether another follows */
	rc = rp_history_page(rq->db, eng, before, page.limit + 1, &list);
	if (rc) {
		return api_fail(rq, rs, rc, NULL);
	}
	items = json_array();
	for (i = list.count; items && i-- > 0;) {
		if (n == page.limit) {
			more = true;
			break;
		}
		json_array_append_new(items, rp_event_json(&list.items[i]));
		snprintf(next, sizeof(next), "%lld", (long long)list.items[i].seq);
		n++;
	}
	rp_event_list_release(&list);
	return api_page_answer(rq, rs, items, more ? next : NULL);
}

int api_history(struct request *rq, struct response *rs)
{
	return history(rq, rs, NULL);
}

int api_engagement_history(struct request *rq, struct response *rs)
{
	return history(rq, rs, rq->params[0]);
}

int api_calendar_answer(struct request *rq, struct response *rs, const char *eng)
{
	static const char *const names[] = {"from", "to"};
	int32_t today = rp_db_today(rq->db);
	int32_t days[2] = {today - RP_CALENDAR_DAYS_BEFORE, today + RP_CALENDAR_DAYS_AFTER};
	size_t i;
	int rc;

	for (i = 0; i < 2; i++) {
		const char *v = request_query(rq, names[i]);

		if (v && rp_date_parse(v, &days[i])) {
			return api_invalid(rs, names[i],
					   "invalid date '%s' for %s (expected "
					   "YYYY-MM-DD)",
					   v, names[i]);
		}
	}
	rc = rp_calendar(rq->db, eng, days[0], days[1], RP_CALENDAR_ALARM_DAYS, &rs->body);
	if (rc) {
		return api_fail(rq, rs, rc, NULL);
	}
	rs->status = 200;
	rs->type = "text/calendar; charset=utf-8";
	return RP_OK;
}

int api_calendar(struct request *rq, struct response *rs)
{
	return api_calendar_answer(rq, rs, NULL);
}

int api_engagement_calendar(struct request *rq, struct response *rs)
{
	return api_calendar_answer(rq, rs, rq->params[0]);
}
