/* Unit tests of the growable buffer: the empty initial state, growth over many appends, formatted
 * appends longer than any first guess, binary data, and the detach, reset and release life cycle.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "rapport/buf.h"

/* The invariant of buf.h: data is a C string of len bytes within cap. */
static void assert_valid(const struct rp_buf *b)
{
	assert_non_null(b->data);
	assert_int_equal(b->data[b->len], '\0');
	if (b->cap) {
		assert_true(b->len < b->cap);
	} else {
		assert_int_equal(b->len, 0);
	}
}

static void test_init_is_empty_string(void **state)
{
	struct rp_buf b;

	(void)state;
	memset(&b, 0x5a, sizeof(b));
	rp_buf_init(&b);
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	assert_valid(&b);
	/* Resetting and releasing an untouched buffer is harmless. */
	rp_buf_reset(&b);
	assert_string_equal(b.data, "");
	rp_buf_release(&b);
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	assert_int_equal(b.len, 0);
	rp_buf_release(NULL);
	/* Two untouched buffers do not share anything a write could reach. */
	{
		struct rp_buf c;

		rp_buf_init(&c);
		assert_int_equal(rp_buf_puts(&b, "x"), RP_OK);
		assert_string_equal(c.data, "");
		assert_string_equal(b.data, "x");
		rp_buf_release(&b);
		rp_buf_release(&c);
	}
}

static void test_empty_appends(void **state)
{
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(rp_buf_add(&b, "ignored", 0), RP_OK);
	assert_int_equal(rp_buf_puts(&b, ""), RP_OK);
	assert_int_equal(rp_buf_printf(&b, "%s", ""), RP_OK);
	assert_string_equal(b.data, "");
	assert_int_equal(b.len, 0);
	assert_valid(&b);
	rp_buf_release(&b);
}

static void test_growth(void **state)
{
	struct rp_buf b;
	size_t i, n = 100000, last_cap = 0, grew = 0;

	(void)state;
	rp_buf_init(&b);
	for (i = 0; i < n; i++) {
		assert_int_equal(rp_buf_putc(&b, (char)('a' + i % 26)), RP_OK);
		if (b.cap != last_cap) {
			grew++;
			last_cap = b.cap;
		}
	}
	assert_int_equal(b.len, n);
	assert_valid(&b);
	assert_int_equal(strlen(b.data), n);
	for (i = 0; i < n; i++) {
		if (b.data[i] != (char)('a' + i % 26)) {
			fail_msg("byte %zu is '%c'", i, b.data[i]);
		}
	}
	/* Geometric growth: a handful of reallocations, not one per byte. */
	assert_true(grew < 40);
	rp_buf_release(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");

	/* Chunks of varying size, some bigger than everything before them. */
	rp_buf_init(&b);
	{
		char chunk[5000];
		size_t total = 0, k;

		for (k = 1; k < 5000; k += 333) {
			memset(chunk, (int)('A' + k % 26), k);
			assert_int_equal(rp_buf_add(&b, chunk, k), RP_OK);
			total += k;
			assert_int_equal(b.len, total);
			assert_valid(&b);
			assert_int_equal(b.data[total - 1], (char)('A' + k % 26));
			assert_int_equal(b.data[total - k], (char)('A' + k % 26));
		}
	}
	rp_buf_release(&b);
}

static void test_binary(void **state)
{
	static const char bytes[] = {'a', '\0', 'b', '\xff', '\0'};
	struct rp_buf b;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(rp_buf_add(&b, bytes, sizeof(bytes)), RP_OK);
	assert_int_equal(b.len, sizeof(bytes));
	assert_memory_equal(b.data, bytes, sizeof(bytes));
	assert_valid(&b);
	assert_int_equal(rp_buf_putc(&b, '\0'), RP_OK);
	assert_int_equal(b.len, sizeof(bytes) + 1);
	assert_int_equal(rp_buf_puts(&b, "z"), RP_OK);
	assert_int_equal(b.len, sizeof(bytes) + 2);
	assert_int_equal(b.data[sizeof(bytes) + 1], 'z');
	assert_valid(&b);
	rp_buf_release(&b);
}

static int vappend(struct rp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int vappend(struct rp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = rp_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

static void test_printf(void **state)
{
	struct rp_buf b;
	char *big;
	size_t i, n = 70000;

	(void)state;
	big = malloc(n + 1);
	assert_non_null(big);
	for (i = 0; i < n; i++) {
		big[i] = (char)('0' + i % 10);
	}
	big[n] = '\0';
	rp_buf_init(&b);
	assert_int_equal(rp_buf_printf(&b, "[%s]", big), RP_OK);
	assert_int_equal(b.len, n + 2);
	assert_int_equal(b.data[0], '[');
	assert_memory_equal(b.data + 1, big, n);
	assert_int_equal(b.data[n + 1], ']');
	assert_valid(&b);
	/* Appends after what is there, across another growth. */
	assert_int_equal(rp_buf_printf(&b, "%d-%s-%lld", 42, big, (long long)INT64_MAX), RP_OK);
	assert_int_equal(b.len, n + 2 + 3 + n + 1 + 19);
	assert_memory_equal(b.data + n + 2, "42-", 3);
	assert_memory_equal(b.data + n + 5, big, n);
	assert_string_equal(b.data + 2 * n + 5, "-9223372036854775807");
	assert_valid(&b);
	/* Small appends just below and at the capacity. */
	rp_buf_reset(&b);
	while (b.len + 1 < b.cap - 1) {
		assert_int_equal(rp_buf_printf(&b, "%c", 'x'), RP_OK);
	}
	assert_int_equal(rp_buf_printf(&b, "%s", "yz"), RP_OK);
	assert_valid(&b);
	assert_int_equal(b.data[b.len - 1], 'z');
	assert_int_equal(b.data[b.len - 2], 'y');
	/* The va_list form. */
	rp_buf_reset(&b);
	assert_int_equal(vappend(&b, "%s=%u;", "k", 7u), RP_OK);
	assert_int_equal(vappend(&b, "%.3s", big), RP_OK);
	assert_string_equal(b.data, "k=7;012");
	rp_buf_release(&b);
	free(big);
}

static void test_reset_keeps_memory(void **state)
{
	struct rp_buf b;
	size_t cap;
	char *data;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(rp_buf_puts(&b, "some text that will be forgotten"), RP_OK);
	cap = b.cap;
	data = b.data;
	rp_buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	assert_int_equal(b.cap, cap);
	assert_ptr_equal(b.data, data);
	assert_int_equal(rp_buf_puts(&b, "new"), RP_OK);
	assert_string_equal(b.data, "new");
	assert_ptr_equal(b.data, data);
	rp_buf_release(&b);
}

static void test_detach(void **state)
{
	struct rp_buf b;
	char *s;

	(void)state;
	rp_buf_init(&b);
	assert_int_equal(rp_buf_puts(&b, "hello, "), RP_OK);
	assert_int_equal(rp_buf_printf(&b, "%s", "world"), RP_OK);
	s = rp_buf_detach(&b);
	assert_non_null(s);
	assert_string_equal(s, "hello, world");
	/* The buffer is empty and independent of what it gave away. */
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	assert_string_equal(b.data, "");
	assert_ptr_not_equal(b.data, s);
	assert_int_equal(rp_buf_puts(&b, "again"), RP_OK);
	assert_string_equal(b.data, "again");
	assert_string_equal(s, "hello, world");
	free(s);
	rp_buf_release(&b);
	/* An empty buffer gives away an empty string the caller can free. */
	rp_buf_init(&b);
	s = rp_buf_detach(&b);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	/* Also once it had memory and was reset. */
	assert_int_equal(rp_buf_puts(&b, "x"), RP_OK);
	rp_buf_reset(&b);
	s = rp_buf_detach(&b);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	assert_string_equal(b.data, "");
	rp_buf_release(&b);
}

static void test_release_and_reuse(void **state)
{
	struct rp_buf b;
	int round;

	(void)state;
	rp_buf_init(&b);
	for (round = 0; round < 3; round++) {
		assert_int_equal(rp_buf_printf(&b, "round %d", round), RP_OK);
		assert_valid(&b);
		rp_buf_release(&b);
		assert_int_equal(b.len, 0);
		assert_int_equal(b.cap, 0);
		assert_string_equal(b.data, "");
	}
	rp_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_is_empty_string),
		cmocka_unit_test(test_empty_appends),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_reset_keeps_memory),
		cmocka_unit_test(test_detach),
		cmocka_unit_test(test_release_and_reuse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
