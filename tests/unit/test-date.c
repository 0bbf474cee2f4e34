/* Unit tests for the date module: calendar validity and leap years, strict date and datetime
 * parsing, round trips over two centuries, durations and month-end clamping in date_add. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <limits.h>
#include <string.h>
#include <cmocka.h>

#include "rapport/date.h"

static void date_ok(const char *text, int32_t expected)
{
	int32_t days = 12345;

	if (rp_date_parse(text, &days) != RP_OK) {
		fail_msg("rp_date_parse(\"%s\") failed", text);
	}
	assert_int_equal(days, expected);
}

static void date_bad(const char *text)
{
	int32_t days = 12345;

	if (rp_date_parse(text, &days) != RP_EINVAL) {
		fail_msg("rp_date_parse(\"%s\") accepted", text);
	}
	assert_int_equal(days, 12345);
}

static void datetime_ok(const char *text, int64_t expected)
{
	int64_t t = 12345;

	if (rp_datetime_parse(text, &t) != RP_OK) {
		fail_msg("rp_datetime_parse(\"%s\") failed", text);
	}
	assert_int_equal(t, expected);
}

static void datetime_bad(const char *text)
{
	int64_t t = 12345;

	if (rp_datetime_parse(text, &t) != RP_EINVAL) {
		fail_msg("rp_datetime_parse(\"%s\") accepted", text);
	}
	assert_int_equal(t, 12345);
}

static void datetime_format_is(int64_t t, const char *expected)
{
	char buf[RP_DATETIME_BUFSZ];

	rp_datetime_format(t, buf);
	assert_string_equal(buf, expected);
}

static void duration_ok(const char *text, int count, enum rp_duration_unit unit,
			const char *canonical)
{
	struct rp_duration d = {-1, RP_YEARS};
	char buf[RP_DURATION_BUFSZ];

	if (rp_duration_parse(text, &d) != RP_OK) {
		fail_msg("rp_duration_parse(\"%s\") failed", text);
	}
	assert_int_equal(d.count, count);
	assert_int_equal(d.unit, unit);
	rp_duration_format(&d, buf);
	assert_string_equal(buf, canonical);
}

static void duration_bad(const char *text)
{
	struct rp_duration d = {-1, RP_YEARS};

	if (rp_duration_parse(text, &d) != RP_EINVAL) {
		fail_msg("rp_duration_parse(\"%s\") accepted", text);
	}
	assert_int_equal(d.count, -1);
	assert_int_equal(d.unit, RP_YEARS);
}

/* date + times * (count unit), both dates given as text. */
static void add_is(const char *start, int count, enum rp_duration_unit unit, int times,
		   const char *expected)
{
	struct rp_duration d = {count, unit};
	char buf[RP_DATE_BUFSZ];
	int32_t days;

	assert_int_equal(rp_date_parse(start, &days), RP_OK);
	rp_date_format(rp_date_add(days, &d, times), buf);
	if (strcmp(buf, expected) != 0) {
		fail_msg("%s + %d * %d/%d = %s, expected %s", start, times, count, (int)unit, buf,
			 expected);
	}
}

static void test_leap_years(void **state)
{
	(void)state;
	assert_true(rp_date_valid_ymd(2000, 2, 29));
	assert_true(rp_date_valid_ymd(2024, 2, 29));
	assert_true(rp_date_valid_ymd(2400, 2, 29));
	assert_false(rp_date_valid_ymd(1900, 2, 29));
	assert_false(rp_date_valid_ymd(2100, 2, 29));
	assert_false(rp_date_valid_ymd(2023, 2, 29));
	assert_true(rp_date_valid_ymd(2023, 2, 28));
	assert_false(rp_date_valid_ymd(2024, 2, 30));
	assert_true(rp_date_valid_ymd(2026, 1, 31));
	assert_false(rp_date_valid_ymd(2026, 4, 31));
	assert_true(rp_date_valid_ymd(2026, 4, 30));
	assert_false(rp_date_valid_ymd(2026, 0, 1));
	assert_false(rp_date_valid_ymd(2026, 13, 1));
	assert_false(rp_date_valid_ymd(2026, 1, 0));
	assert_false(rp_date_valid_ymd(2026, 1, 32));
	assert_false(rp_date_valid_ymd(2026, -1, 1));
	assert_true(rp_date_valid_ymd(1900, 1, 1));
	assert_false(rp_date_valid_ymd(1899, 12, 31));
	assert_true(rp_date_valid_ymd(9999, 12, 31));
	assert_false(rp_date_valid_ymd(10000, 1, 1));
	assert_int_equal(rp_date_from_ymd(2024, 3, 1) - rp_date_from_ymd(2024, 2, 28), 2);
	assert_int_equal(rp_date_from_ymd(2100, 3, 1) - rp_date_from_ymd(2100, 2, 28), 1);
	assert_int_equal(rp_date_from_ymd(2000, 3, 1) - rp_date_from_ymd(2000, 2, 28), 2);
	assert_int_equal(rp_date_from_ymd(1900, 3, 1) - rp_date_from_ymd(1900, 2, 28), 1);
}

static void test_known_days(void **state)
{
	int y;
	int m;
	int d;
	char buf[RP_DATE_BUFSZ];

	(void)state;
	assert_int_equal(rp_date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(rp_date_from_ymd(1969, 12, 31), -1);
	assert_int_equal(rp_date_from_ymd(1900, 1, 1), -25567);
	assert_int_equal(rp_date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(rp_date_from_ymd(2024, 2, 29), 19782);
	assert_int_equal(rp_date_from_ymd(2026, 11, 26), 20783);
	assert_int_equal(rp_date_from_ymd(2100, 12, 31), 47846);
	assert_int_equal(rp_date_from_ymd(9999, 12, 31), 2932896);
	assert_int_equal(rp_date_from_ymd(1, 1, 1), -719162);
	rp_date_to_ymd(0, &y, &m, &d);
	assert_int_equal(y, 1970);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	rp_date_to_ymd(-1, &y, &m, &d);
	assert_int_equal(y, 1969);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
	rp_date_to_ymd(19782, &y, NULL, NULL);
	assert_int_equal(y, 2024);
	rp_date_format(0, buf);
	assert_string_equal(buf, "1970-01-01");
	rp_date_format(-719162, buf);
	assert_string_equal(buf, "0001-01-01");
	rp_date_format(2932896, buf);
	assert_string_equal(buf, "9999-12-31");
	rp_date_format(2932897, buf);
	assert_string_equal(buf, "0000-00-00");
	rp_date_format(INT32_MIN, buf);
	assert_string_equal(buf, "0000-00-00");
	rp_date_format(INT32_MAX, buf);
	assert_string_equal(buf, "0000-00-00");
	rp_date_to_ymd(INT32_MIN, &y, &m, &d);
	assert_int_equal(rp_date_from_ymd(y, m, d), INT32_MIN);
	rp_date_to_ymd(INT32_MAX, &y, &m, &d);
	assert_int_equal(rp_date_from_ymd(y, m, d), INT32_MAX);
}

static void test_round_trip(void **state)
{
	static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int32_t expected = -25567;
	char buf[RP_DATE_BUFSZ];
	char text[RP_DATE_BUFSZ];
	int32_t parsed;
	int y;
	int m;
	int d;
	int yy;
	int mm;
	int dd;
	int len;

	(void)state;
	for (y = 1900; y <= 2100; y++) {
		for (m = 1; m <= 12; m++) {
			len = lengths[m - 1];
			if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
				len = 29;
			}
			for (d = 1; d <= len; d++) {
				assert_true(rp_date_valid_ymd(y, m, d));
				assert_int_equal(rp_date_from_ymd(y, m, d), expected);
				rp_date_to_ymd(expected, &yy, &mm, &dd);
				assert_int_equal(yy, y);
				assert_int_equal(mm, m);
				assert_int_equal(dd, d);
				rp_date_format(expected, buf);
				text[0] = (char)('0' + y / 1000);
				text[1] = (char)('0' + y / 100 % 10);
				text[2] = (char)('0' + y / 10 % 10);
				text[3] = (char)('0' + y % 10);
				text[4] = '-';
				text[5] = (char)('0' + m / 10);
				text[6] = (char)('0' + m % 10);
				text[7] = '-';
				text[8] = (char)('0' + d / 10);
				text[9] = (char)('0' + d % 10);
				text[10] = '\0';
				assert_string_equal(buf, text);
				assert_int_equal(rp_date_parse(buf, &parsed), RP_OK);
				assert_int_equal(parsed, expected);
				expected++;
			}
			assert_false(rp_date_valid_ymd(y, m, len + 1));
		}
	}
	assert_int_equal(expected, 47847);
}

static void test_date_parse(void **state)
{
	(void)state;
	date_ok("1970-01-01", 0);
	date_ok("2024-02-29", 19782);
	date_ok("2000-02-29", rp_date_from_ymd(2000, 2, 29));
	date_ok("1900-01-01", -25567);
	date_ok("9999-12-31", 2932896);
	date_bad("2026-02-30");
	date_bad("2026-02-29");
	date_bad("2100-02-29");
	date_bad("1900-02-29");
	date_bad("2026-13-01");
	date_bad("2026-00-01");
	date_bad("2026-01-00");
	date_bad("2026-01-32");
	date_bad("2026-04-31");
	date_bad("2026-2-3");
	date_bad("2026-02-3");
	date_bad("2026-02-03x");
	date_bad("2026-02-03 ");
	date_bad(" 2026-02-03");
	date_bad("2026-02-03T00:00");
	date_bad("2026/02/03");
	date_bad("2026-02");
	date_bad("20260203");
	date_bad("+026-02-03");
	date_bad("-026-02-03");
	date_bad("2026-+2-03");
	date_bad("1899-12-31");
	date_bad("0000-01-01");
	date_bad("");
	date_bad(NULL);
	assert_int_equal(rp_date_parse("2026-02-03", NULL), RP_EINVAL);
}

static void test_datetime_parse(void **state)
{
	const int64_t day = 1795651200; /* 2026-11-26T00:00:00Z */

	(void)state;
	datetime_ok("1970-01-01", 0);
	datetime_ok("1970-01-01T00:00:00Z", 0);
	datetime_ok("2026-11-26", day);
	datetime_ok("2026-11-26Z", day);
	datetime_ok("2026-11-26T09:05", day + 9 * 3600 + 5 * 60);
	datetime_ok("2026-11-26T09:05Z", day + 9 * 3600 + 5 * 60);
	datetime_ok("2026-11-26 09:05", day + 9 * 3600 + 5 * 60);
	datetime_ok("2026-11-26 09:05Z", day + 9 * 3600 + 5 * 60);
	datetime_ok("2026-11-26T09:05:07", day + 9 * 3600 + 5 * 60 + 7);
	datetime_ok("2026-11-26 09:05:07Z", day + 9 * 3600 + 5 * 60 + 7);
	datetime_ok("2026-11-26T23:59:59Z", day + 86399);
	datetime_ok("2026-11-26T00:00", day);
	datetime_ok("1969-12-31T23:59:59", -1);
	datetime_ok("1900-01-01T00:00:00Z", INT64_C(-2208988800));
	datetime_ok("9999-12-31T23:59:59Z", INT64_C(253402300799));
	datetime_bad("2026-11-26T24:00");
	datetime_bad("2026-11-26T10:60");
	datetime_bad("2026-11-26T10:00:60");
	datetime_bad("2026-11-26T9:05");
	datetime_bad("2026-11-26T09:5");
	datetime_bad("2026-11-26T09");
	datetime_bad("2026-11-26T");
	datetime_bad("2026-11-26 ");
	datetime_bad("2026-11-26T09:05:");
	datetime_bad("2026-11-26T09:05:7");
	datetime_bad("2026-11-26T09:05:07.5");
	datetime_bad("2026-11-26T09:05:07+01:00");
	datetime_bad("2026-11-26T09:05ZZ");
	datetime_bad("2026-11-26t09:05");
	datetime_bad("2026-11-26T09:05z");
	datetime_bad("2026-11-26X09:05");
	datetime_bad("2026-11-26  09:05");
	datetime_bad("2026-11-26T09-05");
	datetime_bad("2026-02-30T00:00");
	datetime_bad("Z");
	datetime_bad("");
	datetime_bad(NULL);
	assert_int_equal(rp_datetime_parse("2026-11-26", NULL), RP_EINVAL);
}

static void test_datetime_format(void **state)
{
	char text[RP_DATETIME_BUFSZ];
	int64_t t;
	int64_t back;

	(void)state;
	datetime_format_is(0, "1970-01-01T00:00:00Z");
	datetime_format_is(1795683900, "2026-11-26T09:05:00Z");
	datetime_format_is(-1, "1969-12-31T23:59:59Z");
	datetime_format_is(-86400, "1969-12-31T00:00:00Z");
	datetime_format_is(-86401, "1969-12-30T23:59:59Z");
	datetime_format_is(INT64_C(-2208988800), "1900-01-01T00:00:00Z");
	datetime_format_is(INT64_C(253402300799), "9999-12-31T23:59:59Z");
	datetime_format_is(INT64_C(253402300800), "0000-00-00T00:00:00Z");
	datetime_format_is(INT64_MAX, "0000-00-00T00:00:00Z");
	datetime_format_is(INT64_MIN, "0000-00-00T00:00:00Z");
	for (t = INT64_C(-2208988800); t < INT64_C(4200000000); t += 7777777) {
		rp_datetime_format(t, text);
		assert_int_equal(rp_datetime_parse(text, &back), RP_OK);
		assert_int_equal(back, t);
	}
}

static void test_datetime_date(void **state)
{
	(void)state;
	assert_int_equal(rp_datetime_date(0), 0);
	assert_int_equal(rp_datetime_date(86399), 0);
	assert_int_equal(rp_datetime_date(86400), 1);
	assert_int_equal(rp_datetime_date(-1), -1);
	assert_int_equal(rp_datetime_date(-86399), -1);
	assert_int_equal(rp_datetime_date(-86400), -1);
	assert_int_equal(rp_datetime_date(-86401), -2);
	assert_int_equal(rp_datetime_date(INT64_C(-2208988800)), -25567);
	assert_int_equal(rp_datetime_date(INT64_C(-2208988801)), -25568);
	assert_int_equal(rp_datetime_date(1795683900), 20783);
	assert_int_equal(rp_datetime_date(INT64_MAX), INT32_MAX);
	assert_int_equal(rp_datetime_date(INT64_MIN), INT32_MIN);
}

static void test_duration_parse(void **state)
{
	(void)state;
	duration_ok("14", 14, RP_DAYS, "14d");
	duration_ok("14d", 14, RP_DAYS, "14d");
	duration_ok("1w", 1, RP_WEEKS, "1w");
	duration_ok("2w", 2, RP_WEEKS, "2w");
	duration_ok("1m", 1, RP_MONTHS, "1m");
	duration_ok("6m", 6, RP_MONTHS, "6m");
	duration_ok("1y", 1, RP_YEARS, "1y");
	duration_ok("1", 1, RP_DAYS, "1d");
	duration_ok("3650d", 3650, RP_DAYS, "3650d");
	duration_ok("3650", 3650, RP_DAYS, "3650d");
	duration_ok("520w", 520, RP_WEEKS, "520w");
	duration_ok("120m", 120, RP_MONTHS, "120m");
	duration_ok("10y", 10, RP_YEARS, "10y");
	duration_bad("3651d");
	duration_bad("3651");
	duration_bad("521w");
	duration_bad("121m");
	duration_bad("11y");
	duration_bad("99999999999999999999d");
	duration_bad("0");
	duration_bad("0d");
	duration_bad("0y");
	duration_bad("-1w");
	duration_bad("+1w");
	duration_bad("1x");
	duration_bad("1W");
	duration_bad("1D");
	duration_bad("w");
	duration_bad("d");
	duration_bad("1.5m");
	duration_bad("1 m");
	duration_bad(" 1m");
	duration_bad("1m ");
	duration_bad("1mm");
	duration_bad("1dw");
	duration_bad("");
	duration_bad(NULL);
	assert_int_equal(rp_duration_parse("1w", NULL), RP_EINVAL);
}

static void test_duration_format_days(void **state)
{
	struct rp_duration d;
	char buf[RP_DURATION_BUFSZ];

	(void)state;
	d.count = INT_MIN;
	d.unit = RP_MONTHS;
	rp_duration_format(&d, buf);
	assert_string_equal(buf, "-2147483648m");
	rp_duration_format(NULL, buf);
	assert_string_equal(buf, "");
	d.unit = RP_DAYS;
	d.count = 14;
	assert_int_equal(rp_duration_days(&d), 14);
	d.unit = RP_WEEKS;
	d.count = 2;
	assert_int_equal(rp_duration_days(&d), 14);
	d.unit = RP_MONTHS;
	d.count = 6;
	assert_int_equal(rp_duration_days(&d), 180);
	d.unit = RP_YEARS;
	d.count = 10;
	assert_int_equal(rp_duration_days(&d), 3650);
	d.count = INT_MAX;
	assert_int_equal(rp_duration_days(&d), INT_MAX);
	d.count = INT_MIN;
	assert_int_equal(rp_duration_days(&d), INT_MIN);
	assert_int_equal(rp_duration_days(NULL), 0);
}

static void test_date_add(void **state)
{
	struct rp_duration d = {1, RP_MONTHS};

	(void)state;
	add_is("2026-01-31", 1, RP_MONTHS, 1, "2026-02-28");
	add_is("2024-01-31", 1, RP_MONTHS, 1, "2024-02-29");
	add_is("2026-01-31", 1, RP_MONTHS, 2, "2026-03-31");
	add_is("2026-01-31", 2, RP_MONTHS, 1, "2026-03-31");
	add_is("2026-03-31", 1, RP_MONTHS, 1, "2026-04-30");
	add_is("2026-03-31", 1, RP_MONTHS, -1, "2026-02-28");
	add_is("2024-03-31", 1, RP_MONTHS, -1, "2024-02-29");
	add_is("2026-01-15", 1, RP_MONTHS, -1, "2025-12-15");
	add_is("2026-01-15", 13, RP_MONTHS, -1, "2024-12-15");
	add_is("2026-12-31", 1, RP_MONTHS, 1, "2027-01-31");
	add_is("2026-11-30", 3, RP_MONTHS, 1, "2027-02-28");
	add_is("2026-05-31", 6, RP_MONTHS, 1, "2026-11-30");
	add_is("2026-01-31", 1, RP_MONTHS, 0, "2026-01-31");
	add_is("2024-02-29", 1, RP_YEARS, 1, "2025-02-28");
	add_is("2024-02-29", 4, RP_YEARS, 1, "2028-02-29");
	add_is("2024-02-29", 1, RP_YEARS, -1, "2023-02-28");
	add_is("2024-02-29", 1, RP_YEARS, 4, "2028-02-29");
	add_is("2000-02-29", 100, RP_YEARS, 1, "2100-02-28");
	add_is("2026-11-26", 14, RP_DAYS, 1, "2026-12-10");
	add_is("2026-11-26", 14, RP_DAYS, -1, "2026-11-12");
	add_is("2026-12-25", 1, RP_WEEKS, 1, "2027-01-01");
	add_is("2026-01-01", 2, RP_WEEKS, -3, "2025-11-20");
	add_is("2024-02-28", 1, RP_DAYS, 1, "2024-02-29");
	add_is("2100-02-28", 1, RP_DAYS, 1, "2100-03-01");
	add_is("1970-01-01", 1, RP_DAYS, -1, "1969-12-31");
	add_is("2026-01-31", 1, RP_MONTHS, INT_MIN, "0000-00-00");
	assert_int_equal(rp_date_add(100, NULL, 5), 100);
	assert_int_equal(rp_date_add(0, &d, INT_MAX), INT32_MAX);
	assert_int_equal(rp_date_add(0, &d, 1200), rp_date_from_ymd(2070, 1, 1));
	d.count = INT_MAX;
	d.unit = RP_DAYS;
	assert_int_equal(rp_date_add(0, &d, INT_MAX), INT32_MAX);
	assert_int_equal(rp_date_add(0, &d, INT_MIN), INT32_MIN);
	assert_int_equal(rp_date_add(INT32_MAX, &d, 1), INT32_MAX);
	d.unit = RP_YEARS;
	assert_int_equal(rp_date_add(0, &d, INT_MAX), INT32_MAX);
	assert_int_equal(rp_date_add(0, &d, -1), INT32_MIN);
	d.unit = RP_MONTHS;
	assert_int_equal(rp_date_add(0, &d, -1), INT32_MIN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_years),	     cmocka_unit_test(test_known_days),
		cmocka_unit_test(test_round_trip),	     cmocka_unit_test(test_date_parse),
		cmocka_unit_test(test_datetime_parse),	     cmocka_unit_test(test_datetime_format),
		cmocka_unit_test(test_datetime_date),	     cmocka_unit_test(test_duration_parse),
		cmocka_unit_test(test_duration_format_days), cmocka_unit_test(test_date_add),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
