/*
 * cmd-calendar.c — "rapport calendar [ENG]": the calendar feed as iCalendar
 * on stdout, for a calendar program to import (docs/calendar.md).
 *
 * The window of dated events defaults to 30 days before today up to one year
 * after it; the non-renewal notice deadline's alarm to 14 days before it.
 * iCalendar is already machine output, so --json changes nothing here.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A date option: YYYY-MM-DD, or the default when not given. */
static int date_opt(struct cli *c, const char *flag, const char *text, int32_t dflt, int32_t *out)
{
	if (!text) {
		*out = dflt;
		return 0;
	}
	if (rp_date_parse(text, out)) {
		return cli_usage(c, "invalid date '%s' for --%s (expected YYYY-MM-DD)", text, flag);
	}
	return 0;
}

int cmd_calendar(struct cli *c, int argc, char **argv)
{
	const char *from_text = NULL, *to_text = NULL, *alarm_text = NULL;
	const struct cli_opt opts[] = {
		{.flag = "from",
		 .value = &from_text,
		 .metavar = "DATE",
		 .help = "the first day of dated events (default: 30 days before today)"},
		{.flag = "to",
		 .value = &to_text,
		 .metavar = "DATE",
		 .help = "the last day of dated events (default: one year after today)"},
		{.flag = "alarm-days",
		 .value = &alarm_text,
		 .metavar = "N",
		 .help = "days before the non-renewal notice deadline its alarm fires "
			 "(default: 14)"},
	};
	const size_t nopts = sizeof(opts) / sizeof(opts[0]);
	struct cli_args a;
	struct rp_buf out;
	int32_t today, from, to;
	long alarm = RP_CALENDAR_ALARM_DAYS;
	int rc;

	rc = cli_parse(c, opts, nopts, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport calendar [ENG] [--from DATE] [--to DATE] [--alarm-days N]",
			 "what falls due, as iCalendar on stdout for a calendar program: meetings\n"
			 "and progress reports on their cadence, due dates, renewal and notice\n"
			 "deadlines, follow-ups and birthdays, as all-day events of the workspace\n"
			 "or of one engagement and its client's contacts; recurring events are\n"
			 "written whole, dated ones only within the window; --json changes nothing",
			 opts, nopts);
		return EXIT_OK;
	}
	today = rp_db_today(c->db);
	rc = date_opt(c, "from", from_text, today - RP_CALENDAR_DAYS_BEFORE, &from);
	if (!rc) {
		rc = date_opt(c, "to", to_text, today + RP_CALENDAR_DAYS_AFTER, &to);
	}
	if (rc) {
		return rc;
	}
	if (alarm_text) {
		char *end;

		alarm = strtol(alarm_text, &end, 10);
		if (alarm_text[0] < '0' || alarm_text[0] > '9' || *end ||
		    alarm > RP_CALENDAR_ALARM_DAYS_MAX) {
			return cli_usage(c,
					 "invalid number '%s' for --alarm-days (expected a whole "
					 "number from 0 to %d)",
					 alarm_text, RP_CALENDAR_ALARM_DAYS_MAX);
		}
	}
	rp_db_use_flag_names(c->db, true);
	rp_buf_init(&out);
	rc = rp_calendar(c->db, a.npos ? a.pos[0] : NULL, from, to, (int)alarm, &out);
	if (rc) {
		rp_buf_release(&out);
		return cli_fail(c, rc);
	}
	fwrite(out.data, 1, out.len, stdout);
	rp_buf_release(&out);
	return EXIT_OK;
}
