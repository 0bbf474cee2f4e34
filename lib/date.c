/* Proleptic Gregorian calendar arithmetic on day numbers and Unix seconds, with strict parsers
 * and formatters; intermediate values are int64_t so no input can cause overflow. */
#include "rapport/date.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#define SECONDS_PER_DAY 86400
/* Day numbers of 0000-01-01 and 9999-12-31, the range with a four-digit year. */
#define FIRST_4DIGIT_DAY (-719528)
#define LAST_4DIGIT_DAY	 2932896
/* Steps beyond these bounds move any date out of the int32_t range, so results saturate. */
#define MAX_DAY_STEPS	(INT64_C(1) << 33)
#define MAX_MONTH_STEPS INT64_C(200000000)
#define MAX_YEAR_STEPS	INT64_C(20000000)

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if (a % b != 0 && (a < 0) != (b < 0)) {
		q--;
	}
	return q;
}

static int32_t saturate32(int64_t v)
{
	if (v > INT32_MAX) {
		return INT32_MAX;
	}
	if (v < INT32_MIN) {
		return INT32_MIN;
	}
	return (int32_t)v;
}

static bool is_leap(int64_t year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int month_length(int64_t year, int month)
{
	static const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && is_leap(year)) {
		return 29;
	}
	return lengths[month - 1];
}

/* Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil, 400-year eras). */
static int64_t days_from_civil(int64_t year, int64_t month, int64_t day)
{
	int64_t era;
	int64_t yoe;
	int64_t doy;
	int64_t doe;

	year -= month <= 2;
	era = floor_div(year, 400);
	yoe = year - era * 400;
	doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Inverse of days_from_civil(); month is 1..12 and day 1..31. */
static void civil_from_days(int64_t days, int64_t *year, int *month, int *day)
{
	int64_t z = days + 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = yoe + era * 400 + (m <= 2);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Read exactly n digits; stops at the first non-digit, so it never reads past a NUL. */
static bool read_digits(const char *s, int n, int *out)
{
	int v = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (!is_digit(s[i])) {
			return false;
		}
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

static void write_digits(char *s, int64_t v, int n)
{
	while (n-- > 0) {
		s[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* Parse and validate the "YYYY-MM-DD" at the start of s, ignoring what follows. */
static int parse_date_prefix(const char *s, int32_t *days_out)
{
	int year;
	int month;
	int day;

	if (!read_digits(s, 4, &year) || s[4] != '-' || !read_digits(s + 5, 2, &month) ||
	    s[7] != '-' || !read_digits(s + 8, 2, &day) || !rp_date_valid_ymd(year, month, day)) {
		return RP_EINVAL;
	}
	*days_out = (int32_t)days_from_civil(year, month, day);
	return RP_OK;
}

/* Write "YYYY-MM-DD" (ten characters, no NUL) for a day in the four-digit year range. */
static void put_date(char *s, int64_t days)
{
	int64_t year;
	int month;
	int day;

	if (days < FIRST_4DIGIT_DAY || days > LAST_4DIGIT_DAY) {
		memcpy(s, "0000-00-00", 10);
		return;
	}
	civil_from_days(days, &year, &month, &day);
	write_digits(s, year, 4);
	s[4] = '-';
	write_digits(s + 5, month, 2);
	s[7] = '-';
	write_digits(s + 8, day, 2);
}

int32_t rp_date_from_ymd(int year, int month, int day)
{
	return saturate32(days_from_civil(year, month, day));
}

void rp_date_to_ymd(int32_t days, int *year, int *month, int *day)
{
	int64_t y;
	int m;
	int d;

	civil_from_days(days, &y, &m, &d);
	if (year) {
		*year = (int)y;
	}
	if (month) {
		*month = m;
	}
	if (day) {
		*day = d;
	}
}

bool rp_date_valid_ymd(int year, int month, int day)
{
	return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
	       day <= month_length(year, month);
}

int rp_date_parse(const char *text, int32_t *days_out)
{
	int32_t days;

	if (!text || !days_out || parse_date_prefix(text, &days) != RP_OK || text[10] != '\0') {
		return RP_EINVAL;
	}
	*days_out = days;
	return RP_OK;
}

void rp_date_format(int32_t days, char buf[RP_DATE_BUFSZ])
{
	if (!buf) {
		return;
	}
	put_date(buf, days);
	buf[10] = '\0';
}

int rp_datetime_parse(const char *text, int64_t *unix_out)
{
	const char *p;
	int32_t days;
	int hour = 0;
	int minute = 0;
	int second = 0;

	if (!text || !unix_out || parse_date_prefix(text, &days) != RP_OK) {
		return RP_EINVAL;
	}
	p = text + 10;
	if (*p == 'T' || *p == ' ') {
		if (!read_digits(p + 1, 2, &hour) || p[3] != ':' ||
		    !read_digits(p + 4, 2, &minute)) {
			return RP_EINVAL;
		}
		p += 6;
		if (*p == ':') {
			if (!read_digits(p + 1, 2, &second)) {
				return RP_EINVAL;
			}
			p += 3;
		}
		if (hour > 23 || minute > 59 || second > 59) {
			return RP_EINVAL;
		}
	}
	if (*p == 'Z') {
		p++;
	}
	if (*p != '\0') {
		return RP_EINVAL;
	}
	*unix_out = (int64_t)days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
	return RP_OK;
}

void rp_datetime_format(int64_t unix_seconds, char buf[RP_DATETIME_BUFSZ])
{
	int64_t days = floor_div(unix_seconds, SECONDS_PER_DAY);
	int64_t rem = unix_seconds % SECONDS_PER_DAY;

	if (!buf) {
		return;
	}
	if (rem < 0) {
		rem += SECONDS_PER_DAY;
	}
	if (days < FIRST_4DIGIT_DAY || days > LAST_4DIGIT_DAY) {
		rem = 0;
	}
	put_date(buf, days);
	buf[10] = 'T';
	write_digits(buf + 11, rem / 3600, 2);
	buf[13] = ':';
	write_digits(buf + 14, rem / 60 % 60, 2);
	buf[16] = ':';
	write_digits(buf + 17, rem % 60, 2);
	buf[19] = 'Z';
	buf[20] = '\0';
}

int32_t rp_datetime_date(int64_t unix_seconds)
{
	return saturate32(floor_div(unix_seconds, SECONDS_PER_DAY));
}

int rp_duration_parse(const char *text, struct rp_duration *out)
{
	const char *p = text;
	enum rp_duration_unit unit;
	int count = 0;
	int limit;

	if (!text || !out || !is_digit(*p)) {
		return RP_EINVAL;
	}
	for (; is_digit(*p); p++) {
		count = count * 10 + (*p - '0');
		if (count > 3650) {
			return RP_EINVAL;
		}
	}
	switch (*p) {
	case '\0':
	case 'd':
		unit = RP_DAYS;
		limit = 3650;
		break;
	case 'w':
		unit = RP_WEEKS;
		limit = 520;
		break;
	case 'm':
		unit = RP_MONTHS;
		limit = 120;
		break;
	case 'y':
		unit = RP_YEARS;
		limit = 10;
		break;
	default:
		return RP_EINVAL;
	}
	if (*p != '\0') {
		p++;
	}
	if (*p != '\0' || count < 1 || count > limit) {
		return RP_EINVAL;
	}
	out->count = count;
	out->unit = unit;
	return RP_OK;
}

void rp_duration_format(const struct rp_duration *d, char buf[RP_DURATION_BUFSZ])
{
	char letter;

	if (!buf) {
		return;
	}
	if (!d) {
		buf[0] = '\0';
		return;
	}
	switch (d->unit) {
	case RP_DAYS:
		letter = 'd';
		break;
	case RP_WEEKS:
		letter = 'w';
		break;
	case RP_MONTHS:
		letter = 'm';
		break;
	case RP_YEARS:
		letter = 'y';
		break;
	default:
		letter = '?';
		break;
	}
	snprintf(buf, RP_DURATION_BUFSZ, "%d%c", d->count, letter);
}

int32_t rp_date_add(int32_t days, const struct rp_duration *d, int times)
{
	int64_t steps;
	int64_t months;
	int64_t year;
	int month;
	int day;

	if (!d) {
		return days;
	}
	steps = (int64_t)d->count * times;
	switch (d->unit) {
	case RP_DAYS:
	case RP_WEEKS:
		if (steps > MAX_DAY_STEPS || steps < -MAX_DAY_STEPS) {
			return steps > 0 ? INT32_MAX : INT32_MIN;
		}
		return saturate32(days + steps * (d->unit == RP_WEEKS ? 7 : 1));
	case RP_MONTHS:
	case RP_YEARS:
		if (d->unit == RP_YEARS) {
			if (steps > MAX_YEAR_STEPS || steps < -MAX_YEAR_STEPS) {
				return steps > 0 ? INT32_MAX : INT32_MIN;
			}
			steps *= 12;
		}
		if (steps > MAX_MONTH_STEPS || steps < -MAX_MONTH_STEPS) {
			return steps > 0 ? INT32_MAX : INT32_MIN;
		}
		civil_from_days(days, &year, &month, &day);
		months = year * 12 + (month - 1) + steps;
		year = floor_div(months, 12);
		month = (int)(months - year * 12) + 1;
		if (day > month_length(year, month)) {
			day = month_length(year, month);
		}
		return saturate32(days_from_civil(year, month, day));
	}
	return days;
}

int rp_duration_days(const struct rp_duration *d)
{
	int64_t factor;
	int64_t total;

	if (!d) {
		return 0;
	}
	switch (d->unit) {
	case RP_DAYS:
		factor = 1;
		break;
	case RP_WEEKS:
		factor = 7;
		break;
	case RP_MONTHS:
		factor = 30;
		break;
	case RP_YEARS:
		factor = 365;
		break;
	default:
		return 0;
	}
	total = d->count * factor;
	if (total > INT_MAX) {
		return INT_MAX;
	}
	if (total < INT_MIN) {
		return INT_MIN;
	}
	return (int)total;
}
