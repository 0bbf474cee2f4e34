/* Civil dates as int32_t days since 1970-01-01 (proleptic Gregorian), instants as int64_t Unix
 * seconds read in UTC, and calendar durations; text forms are strict ISO 8601 subsets. Nothing is
 * allocated and no argument pointer is kept after a call returns. */
#ifndef RAPPORT_DATE_H
#define RAPPORT_DATE_H

#include "rapport/common.h"

#define RP_DATE_BUFSZ	  11 /* "YYYY-MM-DD" + NUL */
#define RP_DATETIME_BUFSZ 21 /* "YYYY-MM-DDTHH:MM:SSZ" + NUL */
#define RP_DURATION_BUFSZ 16 /* "<count><unit>" + NUL for any int count */

/*
 * rp_date_from_ymd - days since 1970-01-01 of a civil date.
 * @year, @month, @day: a valid date; not validated (see rp_date_valid_ymd()). Out-of-range
 * input gives an unspecified result (saturated to the int32_t range) but no undefined behaviour.
 */
RP_API int32_t rp_date_from_ymd(int year, int month, int day);

/*
 * rp_date_to_ymd - civil date of a day number; inverse of rp_date_from_ymd().
 * @days: any int32_t value.
 * @year, @month, @day: receive the date (month 1..12, day 1..31); each may be NULL.
 */
RP_API void rp_date_to_ymd(int32_t days, int *year, int *month, int *day);

/*
 * rp_date_valid_ymd - whether year-month-day is a real Gregorian date in years 1900..9999
 * (month 1..12, day within the month's length, leap years included). Returns true or false.
 */
RP_API bool rp_date_valid_ymd(int year, int month, int day);

/*
 * rp_date_parse - parse a strict "YYYY-MM-DD" date.
 * @text: NUL-terminated, exactly ten characters of digits and dashes, forming a date accepted
 *        by rp_date_valid_ymd().
 * @days_out: receives days since 1970-01-01; written only on success.
 *
 * Returns RP_OK, or RP_EINVAL for a NULL argument, malformed text or an invalid date.
 */
RP_API int rp_date_parse(const char *text, int32_t *days_out);

/*
 * rp_date_format - write a day number as "YYYY-MM-DD".
 * @days: day number; dates outside years 0000..9999 are written as "0000-00-00".
 * @buf: caller-owned buffer of at least RP_DATE_BUFSZ bytes, always NUL-terminated; may be NULL
 *       (nothing is written).
 */
RP_API void rp_date_format(int32_t days, char buf[RP_DATE_BUFSZ]);

/*
 * rp_datetime_parse - parse an instant given in UTC.
 * @text: NUL-terminated "YYYY-MM-DD" (midnight), "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS",
 *        with ' ' allowed instead of 'T', each optionally followed by 'Z'. The date follows
 *        rp_date_parse(); hours are 00..23, minutes and seconds 00..59, always two digits.
 * @unix_out: receives Unix seconds; written only on success.
 *
 * Returns RP_OK, or RP_EINVAL for a NULL argument or malformed or out-of-range text.
 */
RP_API int rp_datetime_parse(const char *text, int64_t *unix_out);

/*
 * rp_datetime_format - write an instant as "YYYY-MM-DDTHH:MM:SSZ" in UTC.
 * @unix_seconds: any value; instants outside years 0000..9999 are written as
 *                "0000-00-00T00:00:00Z".
 * @buf: caller-owned buffer of at least RP_DATETIME_BUFSZ bytes, always NUL-terminated; may be
 *       NULL (nothing is written).
 */
RP_API void rp_datetime_format(int64_t unix_seconds, char buf[RP_DATETIME_BUFSZ]);

/*
 * rp_datetime_date - the UTC civil date of an instant, rounding towards the past for negative
 * instants (-1 is 1969-12-31). Returns days since 1970-01-01, saturated to the int32_t range.
 */
RP_API int32_t rp_datetime_date(int64_t unix_seconds);

enum rp_duration_unit { RP_DAYS, RP_WEEKS, RP_MONTHS, RP_YEARS };

struct rp_duration {
	int count;
	enum rp_duration_unit unit;
};

/*
 * rp_duration_parse - parse a duration such as "14", "14d", "2w", "6m", "1y".
 * @text: NUL-terminated decimal count followed by an optional unit letter d, w, m or y (days if
 *        omitted). The count must be 1..3650 days, 1..520 weeks, 1..120 months or 1..10 years.
 * @out: receives the duration; written only on success.
 *
 * Returns RP_OK, or RP_EINVAL for a NULL argument, malformed text or a count out of range.
 */
RP_API int rp_duration_parse(const char *text, struct rp_duration *out);

/*
 * rp_duration_format - write the canonical text of a duration, always with its unit letter
 * ("14d", "2w", "1m", "1y"; '?' for an unknown unit).
 * @d: the duration; if NULL an empty string is written.
 * @buf: caller-owned buffer of at least RP_DURATION_BUFSZ bytes, always NUL-terminated; may be
 *       NULL (nothing is written).
 */
RP_API void rp_duration_format(const struct rp_duration *d, char buf[RP_DURATION_BUFSZ]);

/*
 * rp_date_add - add @times times a duration to a date.
 * @days: the start date.
 * @d: the duration; if NULL or of an unknown unit, @days is returned unchanged.
 * @times: multiplier, may be zero or negative.
 *
 * Days and weeks move by whole days. Months and years move the calendar month and clamp the
 * day to the length of the target month (2026-01-31 + 1m = 2026-02-28, 2024-02-29 + 1y =
 * 2025-02-28). Returns the new date, saturated to the int32_t range.
 */
RP_API int32_t rp_date_add(int32_t days, const struct rp_duration *d, int times);

/*
 * rp_duration_days - approximate length in days for comparisons and thresholds: count times
 * 1 (d), 7 (w), 30 (m) or 365 (y). Returns the length, saturated to the int range; 0 if @d is
 * NULL or of an unknown unit.
 */
RP_API int rp_duration_days(const struct rp_duration *d);

#endif /* RAPPORT_DATE_H */
