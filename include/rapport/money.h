/* Money amounts as int64_t minor units tagged with an ISO 4217 currency code, with exact integer
 * parsing, formatting and percentage arithmetic and no floating point. Nothing is allocated and no
 * argument pointer is kept after a call returns. */
#ifndef RAPPORT_MONEY_H
#define RAPPORT_MONEY_H

#include "rapport/common.h"

/* Enough for any formatted amount (grouped or not) and its terminating NUL. */
#define RP_MONEY_BUFSZ 32

/*
 * rp_currency_exponent - number of minor-unit digits of an ISO 4217 currency.
 * @code: NUL-terminated currency code, exactly three upper-case ASCII letters ("EUR"); may be NULL.
 *
 * Returns the exponent (EUR 2, JPY 0, BHD 3, CLF 4 ...), or -1 if @code is NULL, malformed, not
 * an active ISO 4217 code, or a code without a minor unit (precious metals, XDR, XTS, XXX ...).
 */
RP_API int rp_currency_exponent(const char *code);

/*
 * rp_money_parse - parse a plain decimal amount into minor units of a currency.
 * @text: NUL-terminated amount: optional '+' or '-', one or more digits, then optionally '.'
 *        followed by one to exponent digits ("24000", "24000.5", "-12.30", "+5"). No grouping
 *        separators, exponent notation or whitespace; a currency with exponent 0 takes no '.'.
 * @currency: ISO 4217 code, see rp_currency_exponent().
 * @minor_out: receives the amount in minor units; written only on success.
 *
 * The value must fit in int64_t minor units (so at most 19 significant digits); INT64_MIN is
 * accepted. Returns RP_OK, or RP_EINVAL for a NULL argument, an unknown currency, malformed
 * text, too many decimals or overflow.
 */
RP_API int rp_money_parse(const char *text, const char *currency, int64_t *minor_out);

/*
 * rp_money_format - format minor units as a plain decimal with exactly the currency's digits.
 * @minor: amount in minor units; any int64_t value, including INT64_MIN.
 * @currency: ISO 4217 code, see rp_currency_exponent().
 * @buf: caller-owned buffer receiving the NUL-terminated text ("24000.00", "-0.50", "1500");
 *       written only on success.
 * @size: size of @buf in bytes; must be at least RP_MONEY_BUFSZ.
 *
 * Returns RP_OK, or RP_EINVAL for a NULL argument, an unknown currency or a too small @size.
 */
RP_API int rp_money_format(int64_t minor, const char *currency, char *buf, size_t size);

/*
 * rp_money_format_grouped - like rp_money_format(), with the integer digits grouped by
 * thousands with ',' for display ("24,000.00", "-1,234,567"). Same parameters and return codes.
 */
RP_API int rp_money_format_grouped(int64_t minor, const char *currency, char *buf, size_t size);

/*
 * rp_percent_parse - parse a percentage into basis points (1% = 100 bp).
 * @text: NUL-terminated text: one or more digits, optionally '.' and one or two digits, then a
 *        mandatory '%' ("30%", "12.5%", "0.25%", "100%"). No sign, no whitespace.
 * @basis_points_out: receives 0..10000; written only on success.
 *
 * Returns RP_OK, or RP_EINVAL for a NULL argument, malformed text or a value above 100%.
 */
RP_API int rp_percent_parse(const char *text, int32_t *basis_points_out);

/*
 * rp_money_percent_of - compute value * basis_points / 10000 exactly, rounded half away from
 * zero to the minor unit.
 * @value_minor: any int64_t amount in minor units; the result never overflows.
 * @basis_points: 0..10000.
 * @out: receives the result; written only on success.
 *
 * Returns RP_OK, or RP_EINVAL if @out is NULL or @basis_points is outside 0..10000.
 */
RP_API int rp_money_percent_of(int64_t value_minor, int32_t basis_points, int64_t *out);

#endif /* RAPPORT_MONEY_H */
