/* Money parsing, formatting and percentage arithmetic on int64_t minor units of ISO 4217
 * currencies; every computation is exact integer arithmetic and never overflows silently. */
#include "rapport/money.h"

#include <string.h>

struct currency {
	char code[4];
	int exponent;
};

/*
 * Active codes of ISO 4217 list one (2025), sorted, with their minor-unit digits. Codes whose
 * minor unit is "N.A." (precious metals, bond units, XDR, XSU, XUA, XTS, XXX) are left out.
 */
static const struct currency currencies[] = {
	{"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"ANG", 2}, {"AOA", 2}, {"ARS", 2},
	{"AUD", 2}, {"AWG", 2}, {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2},
	{"BHD", 3}, {"BIF", 0}, {"BMD", 2}, {"BND", 2}, {"BOB", 2}, {"BOV", 2}, {"BRL", 2},
	{"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2}, {"BZD", 2}, {"CAD", 2}, {"CDF", 2},
	{"CHE", 2}, {"CHF", 2}, {"CHW", 2}, {"CLF", 4}, {"CLP", 0}, {"CNY", 2}, {"COP", 2},
	{"COU", 2}, {"CRC", 2}, {"CUC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0},
	{"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2},
	{"FJD", 2}, {"FKP", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2},
	{"GNF", 0}, {"GTQ", 2}, {"GYD", 2}, {"HKD", 2}, {"HNL", 2}, {"HTG", 2}, {"HUF", 2},
	{"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"IRR", 2}, {"ISK", 0}, {"JMD", 2},
	{"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2}, {"KHR", 2}, {"KMF", 0}, {"KPW", 2},
	{"KRW", 0}, {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2}, {"LBP", 2}, {"LKR", 2},
	{"LRD", 2}, {"LSL", 2}, {"LYD", 3}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2}, {"MKD", 2},
	{"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2},
	{"MXN", 2}, {"MXV", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2},
	{"NOK", 2}, {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2}, {"PGK", 2},
	{"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2},
	{"RUB", 2}, {"RWF", 0}, {"SAR", 2}, {"SBD", 2}, {"SCR", 2}, {"SDG", 2}, {"SEK", 2},
	{"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SOS", 2}, {"SRD", 2}, {"SSP", 2}, {"STN", 2},
	{"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2}, {"TMT", 2}, {"TND", 3},
	{"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2}, {"UGX", 0},
	{"USD", 2}, {"USN", 2}, {"UYI", 0}, {"UYU", 2}, {"UYW", 4}, {"UZS", 2}, {"VED", 2},
	{"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAF", 0}, {"XCD", 2}, {"XCG", 2},
	{"XOF", 0}, {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2},
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Append a decimal digit to *acc; false (and *acc untouched) if the result would exceed limit. */
static bool push_digit(uint64_t *acc, int digit, uint64_t limit)
{
	if (*acc > (limit - (uint64_t)digit) / 10) {
		return false;
	}
	*acc = *acc * 10 + (uint64_t)digit;
	return true;
}

int rp_currency_exponent(const char *code)
{
	size_t i;

	if (!code || !is_upper(code[0]) || !is_upper(code[1]) || !is_upper(code[2]) ||
	    code[3] != '\0') {
		return -1;
	}
	for (i = 0; i < sizeof(currencies) / sizeof(currencies[0]); i++) {
		if (memcmp(currencies[i].code, code, 3) == 0) {
			return currencies[i].exponent;
		}
	}
	return -1;
}

int rp_money_parse(const char *text, const char *currency, int64_t *minor_out)
{
	int exponent = rp_currency_exponent(currency);
	const char *p = text;
	bool negative = false;
	uint64_t magnitude = 0;
	uint64_t limit;
	int decimals = 0;

	if (exponent < 0 || !text || !minor_out) {
		return RP_EINVAL;
	}
	if (*p == '+' || *p == '-') {
		negative = *p == '-';
		p++;
	}
	limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	if (!is_digit(*p)) {
		return RP_EINVAL;
	}
	for (; is_digit(*p); p++) {
		if (!push_digit(&magnitude, *p - '0', limit)) {
			return RP_EINVAL;
		}
	}
	if (*p == '.') {
		p++;
		if (!is_digit(*p)) {
			return RP_EINVAL;
		}
		for (; is_digit(*p); p++) {
			if (decimals == exponent || !push_digit(&magnitude, *p - '0', limit)) {
				return RP_EINVAL;
			}
			decimals++;
		}
	}
	if (*p != '\0') {
		return RP_EINVAL;
	}
	for (; decimals < exponent; decimals++) {
		if (!push_digit(&magnitude, 0, limit)) {
			return RP_EINVAL;
		}
	}
	if (!negative) {
		*minor_out = (int64_t)magnitude;
	} else if (magnitude > (uint64_t)INT64_MAX) {
		*minor_out = INT64_MIN;
	} else {
		*minor_out = -(int64_t)magnitude;
	}
	return RP_OK;
}

/* Shared body of the two formatters; the text is built backwards in a local buffer. */
static int format_money(int64_t minor, const char *currency, char *buf, size_t size, bool grouped)
{
	int exponent = rp_currency_exponent(currency);
	char tmp[RP_MONEY_BUFSZ];
	char *p = tmp + sizeof(tmp);
	uint64_t magnitude;
	int digits = 0;
	int i;

	if (exponent < 0 || !buf || size < RP_MONEY_BUFSZ) {
		return RP_EINVAL;
	}
	magnitude = minor < 0 ? (uint64_t)0 - (uint64_t)minor : (uint64_t)minor;
	*--p = '\0';
	for (i = 0; i < exponent; i++) {
		*--p = (char)('0' + magnitude % 10);
		magnitude /= 10;
	}
	if (exponent > 0) {
		*--p = '.';
	}
	do {
		if (grouped && digits > 0 && digits % 3 == 0) {
			*--p = ',';
		}
		*--p = (char)('0' + magnitude % 10);
		magnitude /= 10;
		digits++;
	} while (magnitude != 0);
	if (minor < 0) {
		*--p = '-';
	}
	memcpy(buf, p, (size_t)(tmp + sizeof(tmp) - p));
	return RP_OK;
}

int rp_money_format(int64_t minor, const char *currency, char *buf, size_t size)
{
	return format_money(minor, currency, buf, size, false);
}

int rp_money_format_grouped(int64_t minor, const char *currency, char *buf, size_t size)
{
	return format_money(minor, currency, buf, size, true);
}

int rp_percent_parse(const char *text, int32_t *basis_points_out)
{
	const char *p = text;
	int32_t whole = 0;
	int32_t fraction = 0;
	int decimals = 0;

	if (!text || !basis_points_out || !is_digit(*p)) {
		return RP_EINVAL;
	}
	for (; is_digit(*p); p++) {
		whole = whole * 10 + (*p - '0');
		if (whole > 100) {
			return RP_EINVAL;
		}
	}
	if (*p == '.') {
		p++;
		if (!is_digit(*p)) {
			return RP_EINVAL;
		}
		for (; is_digit(*p); p++) {
			if (decimals == 2) {
				return RP_EINVAL;
			}
			fraction = fraction * 10 + (*p - '0');
			decimals++;
		}
		if (decimals == 1) {
			fraction *= 10;
		}
	}
	if (p[0] != '%' || p[1] != '\0' || whole * 100 + fraction > 10000) {
		return RP_EINVAL;
	}
	*basis_points_out = whole * 100 + fraction;
	return RP_OK;
}

int rp_money_percent_of(int64_t value_minor, int32_t basis_points, int64_t *out)
{
	int64_t high;
	int64_t low;
	int64_t result;
	int64_t remainder;

	if (!out || basis_points < 0 || basis_points > 10000) {
		return RP_EINVAL;
	}
	/*
	 * value = high * 10000 + low with |low| < 10000 and low of the sign of value, so
	 * value * bp / 10000 = high * bp + low * bp / 10000. |high * bp| <= |value| and
	 * |low * bp| < 10^8, so nothing overflows; the exact remainder is low * bp % 10000.
	 */
	high = value_minor / 10000;
	low = value_minor % 10000;
	result = high * basis_points + low * basis_points / 10000;
	remainder = low * basis_points % 10000;
	/* The rounded magnitude never exceeds |value|, since bp == 10000 leaves no remainder. */
	if (remainder >= 5000) {
		result++;
	} else if (remainder <= -5000) {
		result--;
	}
	*out = result;
	return RP_OK;
}
