/* Unit tests for the money module: currency exponents, strict amount parsing at the int64
 * boundaries, plain and grouped formatting, percentage parsing and exact rounding. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "rapport/money.h"

static void parse_ok(const char *text, const char *currency, int64_t expected)
{
	int64_t v = INT64_C(0x5a5a5a5a);

	if (rp_money_parse(text, currency, &v) != RP_OK) {
		fail_msg("rp_money_parse(\"%s\", %s) failed", text, currency);
	}
	assert_int_equal(v, expected);
}

static void parse_bad(const char *text, const char *currency)
{
	int64_t v = 4242;

	if (rp_money_parse(text, currency, &v) != RP_EINVAL) {
		fail_msg("rp_money_parse(\"%s\", %s) accepted", text, currency);
	}
	assert_int_equal(v, 4242);
}

static void format_is(int64_t minor, const char *currency, const char *plain, const char *grouped)
{
	char buf[RP_MONEY_BUFSZ];

	assert_int_equal(rp_money_format(minor, currency, buf, sizeof(buf)), RP_OK);
	assert_string_equal(buf, plain);
	assert_int_equal(rp_money_format_grouped(minor, currency, buf, sizeof(buf)), RP_OK);
	assert_string_equal(buf, grouped);
}

static void percent_ok(const char *text, int32_t expected)
{
	int32_t bp = -7;

	if (rp_percent_parse(text, &bp) != RP_OK) {
		fail_msg("rp_percent_parse(\"%s\") failed", text);
	}
	assert_int_equal(bp, expected);
}

static void percent_bad(const char *text)
{
	int32_t bp = -7;

	if (rp_percent_parse(text, &bp) != RP_EINVAL) {
		fail_msg("rp_percent_parse(\"%s\") accepted", text);
	}
	assert_int_equal(bp, -7);
}

static void percent_of_is(int64_t value, int32_t bp, int64_t expected)
{
	int64_t out = 0;

	assert_int_equal(rp_money_percent_of(value, bp, &out), RP_OK);
	assert_int_equal(out, expected);
}

static void test_exponents(void **state)
{
	(void)state;
	assert_int_equal(rp_currency_exponent("EUR"), 2);
	assert_int_equal(rp_currency_exponent("USD"), 2);
	assert_int_equal(rp_currency_exponent("GBP"), 2);
	assert_int_equal(rp_currency_exponent("CHF"), 2);
	assert_int_equal(rp_currency_exponent("JPY"), 0);
	assert_int_equal(rp_currency_exponent("KRW"), 0);
	assert_int_equal(rp_currency_exponent("ISK"), 0);
	assert_int_equal(rp_currency_exponent("XOF"), 0);
	assert_int_equal(rp_currency_exponent("BHD"), 3);
	assert_int_equal(rp_currency_exponent("KWD"), 3);
	assert_int_equal(rp_currency_exponent("TND"), 3);
	assert_int_equal(rp_currency_exponent("CLF"), 4);
	assert_int_equal(rp_currency_exponent("UYW"), 4);
	assert_int_equal(rp_currency_exponent("AED"), 2);
	assert_int_equal(rp_currency_exponent("ZAR"), 2);
	assert_int_equal(rp_currency_exponent("XXY"), -1);
	assert_int_equal(rp_currency_exponent("XXX"), -1);
	assert_int_equal(rp_currency_exponent("XAU"), -1);
	assert_int_equal(rp_currency_exponent("eur"), -1);
	assert_int_equal(rp_currency_exponent("Eur"), -1);
	assert_int_equal(rp_currency_exponent("EU"), -1);
	assert_int_equal(rp_currency_exponent("EURO"), -1);
	assert_int_equal(rp_currency_exponent("EUR "), -1);
	assert_int_equal(rp_currency_exponent(""), -1);
	assert_int_equal(rp_currency_exponent(NULL), -1);
}

static void test_parse_valid(void **state)
{
	(void)state;
	parse_ok("24000", "EUR", 2400000);
	parse_ok("24000.5", "EUR", 2400050);
	parse_ok("24000.50", "EUR", 2400050);
	parse_ok("-12.30", "EUR", -1230);
	parse_ok("-0.50", "EUR", -50);
	parse_ok("0", "EUR", 0);
	parse_ok("-0", "EUR", 0);
	parse_ok("0.00", "EUR", 0);
	parse_ok("+5", "EUR", 500);
	parse_ok("007.01", "EUR", 701);
	parse_ok("100", "JPY", 100);
	parse_ok("-100", "KRW", -100);
	parse_ok("1.5", "BHD", 1500);
	parse_ok("1.234", "KWD", 1234);
	parse_ok("-0.001", "BHD", -1);
	parse_ok("1.2345", "CLF", 12345);
}

static void test_parse_invalid(void **state)
{
	(void)state;
	parse_bad("", "EUR");
	parse_bad("-", "EUR");
	parse_bad("+", "EUR");
	parse_bad(".", "EUR");
	parse_bad(".5", "EUR");
	parse_bad("5.", "EUR");
	parse_bad("1.234", "EUR");
	parse_bad("100.5", "JPY");
	parse_bad("100.", "JPY");
	parse_bad("100.0", "KRW");
	parse_bad("1.2345", "BHD");
	parse_bad("1,000", "EUR");
	parse_bad("1 000", "EUR");
	parse_bad(" 12", "EUR");
	parse_bad("12 ", "EUR");
	parse_bad("1e3", "EUR");
	parse_bad("0x10", "EUR");
	parse_bad("--5", "EUR");
	parse_bad("+-5", "EUR");
	parse_bad("1.2.3", "EUR");
	parse_bad("12", "XXY");
	parse_bad("12", "eur");
	parse_bad("12", "");
	parse_bad("12", NULL);
	parse_bad(NULL, "EUR");
	assert_int_equal(rp_money_parse("12", "EUR", NULL), RP_EINVAL);
}

static void test_parse_limits(void **state)
{
	(void)state;
	parse_ok("9223372036854775807", "JPY", INT64_MAX);
	parse_ok("-9223372036854775808", "JPY", INT64_MIN);
	parse_ok("0009223372036854775807", "JPY", INT64_MAX);
	parse_bad("9223372036854775808", "JPY");
	parse_bad("-9223372036854775809", "JPY");
	parse_bad("99999999999999999999", "JPY");
	parse_ok("92233720368547758.07", "EUR", INT64_MAX);
	parse_ok("-92233720368547758.08", "EUR", INT64_MIN);
	parse_bad("92233720368547758.08", "EUR");
	parse_bad("92233720368547759", "EUR");
	parse_ok("999999999999999.999", "BHD", INT64_C(999999999999999999));
	parse_bad("9223372036854775.808", "BHD");
}

static void test_format(void **state)
{
	(void)state;
	format_is(2400000, "EUR", "24000.00", "24,000.00");
	format_is(-50, "EUR", "-0.50", "-0.50");
	format_is(-5, "EUR", "-0.05", "-0.05");
	format_is(0, "EUR", "0.00", "0.00");
	format_is(100, "EUR", "1.00", "1.00");
	format_is(99999, "EUR", "999.99", "999.99");
	format_is(100000, "EUR", "1000.00", "1,000.00");
	format_is(-123456789, "EUR", "-1234567.89", "-1,234,567.89");
	format_is(1500, "JPY", "1500", "1,500");
	format_is(0, "JPY", "0", "0");
	format_is(-999, "KRW", "-999", "-999");
	format_is(1000000, "KRW", "1000000", "1,000,000");
	format_is(1, "BHD", "0.001", "0.001");
	format_is(-1234567, "KWD", "-1234.567", "-1,234.567");
	format_is(12345, "CLF", "1.2345", "1.2345");
	format_is(INT64_MAX, "EUR", "92233720368547758.07", "92,233,720,368,547,758.07");
	format_is(INT64_MIN, "EUR", "-92233720368547758.08", "-92,233,720,368,547,758.08");
	format_is(INT64_MIN, "JPY", "-9223372036854775808", "-9,223,372,036,854,775,808");
	format_is(INT64_MIN, "CLF", "-922337203685477.5808", "-922,337,203,685,477.5808");
}

static void test_format_errors(void **state)
{
	char buf[64];

	(void)state;
	memset(buf, 'x', sizeof(buf));
	assert_int_equal(rp_money_format(1, "XXY", buf, sizeof(buf)), RP_EINVAL);
	assert_int_equal(rp_money_format(1, "eur", buf, sizeof(buf)), RP_EINVAL);
	assert_int_equal(rp_money_format(1, NULL, buf, sizeof(buf)), RP_EINVAL);
	assert_int_equal(rp_money_format(1, "EUR", buf, RP_MONEY_BUFSZ - 1), RP_EINVAL);
	assert_int_equal(rp_money_format_grouped(1, "EUR", buf, RP_MONEY_BUFSZ - 1), RP_EINVAL);
	assert_int_equal(rp_money_format_grouped(1, "XXY", buf, sizeof(buf)), RP_EINVAL);
	assert_int_equal(rp_money_format(1, "EUR", NULL, sizeof(buf)), RP_EINVAL);
	assert_int_equal(buf[0], 'x');
	assert_int_equal(rp_money_format(1, "EUR", buf, RP_MONEY_BUFSZ), RP_OK);
	assert_string_equal(buf, "0.01");
}

/* Format then parse back in currencies of every exponent used (0, 2, 3, 4). */
static void round_trip(int64_t minor)
{
	static const char *const currencies[] = {"EUR", "JPY", "BHD", "CLF"};
	char buf[RP_MONEY_BUFSZ];
	int64_t back;
	size_t i;

	for (i = 0; i < sizeof(currencies) / sizeof(currencies[0]); i++) {
		assert_int_equal(rp_money_format(minor, currencies[i], buf, sizeof(buf)), RP_OK);
		assert_int_equal(rp_money_parse(buf, currencies[i], &back), RP_OK);
		assert_int_equal(back, minor);
	}
}

static void test_round_trip(void **state)
{
	int64_t v;

	(void)state;
	for (v = -100000; v <= 100000; v++) {
		round_trip(v);
	}
	round_trip(123456789);
	round_trip(-987654321);
	round_trip(INT64_MAX);
	round_trip(INT64_MAX - 1);
	round_trip(INT64_MIN);
	round_trip(INT64_MIN + 1);
}

static void test_percent_parse(void **state)
{
	(void)state;
	percent_ok("30%", 3000);
	percent_ok("12.5%", 1250);
	percent_ok("0.25%", 25);
	percent_ok("0.01%", 1);
	percent_ok("100%", 10000);
	percent_ok("100.0%", 10000);
	percent_ok("100.00%", 10000);
	percent_ok("0%", 0);
	percent_ok("0.0%", 0);
	percent_ok("99.99%", 9999);
	percent_ok("007%", 700);
	percent_bad("101%");
	percent_bad("100.01%");
	percent_bad("1000%");
	percent_bad("99999999999999999999%");
	percent_bad("-1%");
	percent_bad("+1%");
	percent_bad("abc%");
	percent_bad("%");
	percent_bad("");
	percent_bad("30");
	percent_bad("30%%");
	percent_bad("30% ");
	percent_bad(" 30%");
	percent_bad("30 %");
	percent_bad("12.345%");
	percent_bad("12.%");
	percent_bad(".5%");
	percent_bad("1,5%");
	percent_bad(NULL);
	assert_int_equal(rp_percent_parse("30%", NULL), RP_EINVAL);
}

static void test_percent_of(void **state)
{
	int64_t out = 77;

	(void)state;
	percent_of_is(100001, 3000, 30000); /* 30% of 1000.01 = 300.003 */
	percent_of_is(10000, 3333, 3333);   /* 33.33% of 100.00 */
	percent_of_is(1, 5000, 1);	    /* 0.005 rounds away from zero */
	percent_of_is(-1, 5000, -1);	    /* -0.005 likewise */
	percent_of_is(3, 5000, 2);	    /* 1.5 -> 2 */
	percent_of_is(-3, 5000, -2);	    /* -1.5 -> -2 */
	percent_of_is(5, 1000, 1);	    /* 0.5 -> 1 */
	percent_of_is(-5, 1000, -1);	    /* -0.5 -> -1 */
	percent_of_is(4, 1000, 0);	    /* 0.4 -> 0 */
	percent_of_is(-4, 1000, 0);	    /* -0.4 -> 0 */
	percent_of_is(6, 1000, 1);	    /* 0.6 -> 1 */
	percent_of_is(-6, 1000, -1);	    /* -0.6 -> -1 */
	percent_of_is(-100001, 3000, -30000);
	percent_of_is(123456, 0, 0);
	percent_of_is(123456, 10000, 123456);
	percent_of_is(-123456, 10000, -123456);
	percent_of_is(0, 1234, 0);
	percent_of_is(INT64_MAX, 10000, INT64_MAX);
	percent_of_is(INT64_MIN, 10000, INT64_MIN);
	percent_of_is(INT64_MAX, 0, 0);
	/* 9223372036854775807 * 5000 / 10000 = 4611686018427387903.5 */
	percent_of_is(INT64_MAX, 5000, INT64_C(4611686018427387904));
	percent_of_is(INT64_MIN, 5000, INT64_C(-4611686018427387904));
	/* 9223372036854775807 * 9999 / 10000 = 9222449699651090329.4193 */
	percent_of_is(INT64_MAX, 9999, INT64_C(9222449699651090329));
	/* -9223372036854775808 * 9999 / 10000 = -9222449699651090330.4192 */
	percent_of_is(INT64_MIN, 9999, INT64_C(-9222449699651090330));
	/* 9223372036854775807 * 9998 / 10000 = 9221527362447404851.8386, rounds up */
	percent_of_is(INT64_MAX, 9998, INT64_C(9221527362447404852));
	percent_of_is(INT64_MIN, 9998, INT64_C(-9221527362447404853));
	/* 9223372036854775807 * 1 / 10000 = 922337203685477.5807 */
	percent_of_is(INT64_MAX, 1, INT64_C(922337203685478));
	percent_of_is(INT64_MIN + 1, 1, INT64_C(-922337203685478));
	assert_int_equal(rp_money_percent_of(100, -1, &out), RP_EINVAL);
	assert_int_equal(rp_money_percent_of(100, 10001, &out), RP_EINVAL);
	assert_int_equal(rp_money_percent_of(100, INT32_MIN, &out), RP_EINVAL);
	assert_int_equal(out, 77);
	assert_int_equal(rp_money_percent_of(100, 100, NULL), RP_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exponents),     cmocka_unit_test(test_parse_valid),
		cmocka_unit_test(test_parse_invalid), cmocka_unit_test(test_parse_limits),
		cmocka_unit_test(test_format),	      cmocka_unit_test(test_format_errors),
		cmocka_unit_test(test_round_trip),    cmocka_unit_test(test_percent_parse),
		cmocka_unit_test(test_percent_of),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
