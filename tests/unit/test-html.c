/* Unit tests of the server's pure parts: the escaper of each HTML output
 * context against hostile text, decoding urlencoded forms (malformed input
 * refused, limits kept), and matching paths to routes (captures, 404, 405).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "server.h"

static void test_text_escapes_markup(void **state)
{
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(html_txt(&b, "<script>alert('x') & \"y\"</script>"), 0);
	assert_string_equal(b.data,
			    "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
	rp_buf_reset(&b);
	assert_int_equal(html_txt(&b, NULL), 0);
	assert_string_equal(b.data, "");
	rp_buf_release(&b);
}

static void test_attr_cannot_break_out(void **state)
{
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(html_attr(&b, "x\" onmouseover=\"alert(1)' y"), 0);
	assert_null(strchr(b.data, '"'));
	assert_null(strchr(b.data, '\''));
	rp_buf_release(&b);
}

static void test_url_arg_encodes_all_but_unreserved(void **state)
{
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(html_url_arg(&b, "a b/c?d=e&f#g%\xc3\xa9-_.~"), 0);
	assert_string_equal(b.data, "a%20b%2Fc%3Fd%3De%26f%23g%25%C3%A9-_.~");
	rp_buf_release(&b);
}

static void test_printf_escapes_strings_only(void **state)
{
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(html_printf(&b, "<td>%s</td><td>%d %lld %zu %u%%</td>", "<b>", -3,
				     (long long)1 << 40, (size_t)7, 9u),
			 0);
	assert_string_equal(b.data, "<td>&lt;b&gt;</td><td>-3 1099511627776 7 9%</td>");
	rp_buf_reset(&b);
	/* a conversion it does not know is refused, not passed to printf */
	assert_int_equal(html_printf(&b, "%x", 5), RP_EINVAL);
	rp_buf_release(&b);
}

static void test_form_decodes_plus_and_percent(void **state)
{
	struct form f;
	const char *body = "name=Acme+Logistics&note=50%25+off%21&empty=&flag&_csrf=ab";

	(void)state;
	memset(&f, 0, sizeof(f));
	assert_int_equal(form_parse(body, strlen(body), &f), 0);
	assert_int_equal(f.count, 5);
	assert_string_equal(f.fields[0].name, "name");
	assert_string_equal(f.fields[0].value, "Acme Logistics");
	assert_string_equal(f.fields[1].value, "50% off!");
	assert_string_equal(f.fields[2].value, "");
	assert_string_equal(f.fields[3].name, "flag");
	assert_string_equal(f.fields[3].value, "");
	form_release(&f);
}

static void test_form_refuses_malformed(void **state)
{
	struct form f;
	static const char *const bad[] = {"a=%zz", "a=%4", "a=%", "a=x%00y"};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&f, 0, sizeof(f));
		assert_int_equal(form_parse(bad[i], strlen(bad[i]), &f), RP_EINVAL);
		form_release(&f);
	}
}

static void test_form_limits_fields(void **state)
{
	struct rp_buf b;
	struct form f;
	int i;

	(void)state;
	rp_buf_init(&b);
	for (i = 0; i <= FORM_MAX_FIELDS; i++) {
		rp_buf_printf(&b, "f%d=v&", i);
	}
	memset(&f, 0, sizeof(f));
	assert_int_equal(form_parse(b.data, b.len, &f), RP_EINVAL);
	form_release(&f);
	rp_buf_release(&b);
}

static void match(const char *method, const char *path, unsigned want_status,
		  const char *want_pattern, const char *want_param)
{
	struct request rq;
	const struct route *r;
	unsigned status = 0;
	size_t i;

	memset(&rq, 0, sizeof(rq));
	rq.method = method;
	rq.path = (char *)path;
	r = router_match(&rq, &status);
	if (want_pattern) {
		assert_non_null(r);
		assert_string_equal(r->pattern, want_pattern);
		if (want_param) {
			assert_string_equal(rq.params[0], want_param);
		}
	} else {
		assert_null(r);
		assert_int_equal(status, want_status);
	}
	for (i = 0; i < ROUTE_MAX_PARAMS; i++) {
		free(rq.param_store[i]);
	}
}

static void test_router_matches_and_refuses(void **state)
{
	(void)state;
	match("GET", "/login", 0, "/login", NULL);
	match("POST", "/login", 0, "/login", NULL);
	match("GET", "/static/app.css", 0, "/static/{file}", "app.css");
	match("DELETE", "/login", 405, NULL, NULL);
	match("GET", "/static/", 404, NULL, NULL);
	match("GET", "/static/a/b", 404, NULL, NULL);
	match("GET", "/no/such/page", 404, NULL, NULL);
	match("GET", "/login/", 404, NULL, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_escapes_markup),
		cmocka_unit_test(test_attr_cannot_break_out),
		cmocka_unit_test(test_url_arg_encodes_all_but_unreserved),
		cmocka_unit_test(test_printf_escapes_strings_only),
		cmocka_unit_test(test_form_decodes_plus_and_percent),
		cmocka_unit_test(test_form_refuses_malformed),
		cmocka_unit_test(test_form_limits_fields),
		cmocka_unit_test(test_router_matches_and_refuses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
