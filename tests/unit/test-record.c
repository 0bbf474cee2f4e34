/* Unit tests of the record layer: validation of every kind's fields through add, edit and verbs,
 * contact and trigger references, money, slugs, the state machine and locks of every kind driven
 * by the declarations, verb effects, singletons, removal and record numbering. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"

/* The shared fixture and what generated records need besides. */
struct record_fx {
	struct fx fx;	 /* first: the tests' state is this struct fx, which fx_teardown frees */
	int serial;	 /* numbers free text, slugs and emails apart */
	int64_t contact; /* a contact of client acme who may sign off */
};

/* The record fixture a test's struct fx belongs to. */
static struct record_fx *rfx(struct fx *fx)
{
	return (struct record_fx *)fx;
}

static int open_fixture(void **state, bool base)
{
	struct record_fx *r = calloc(1, sizeof(*r));
	struct fx *fx;

	if (!r) {
		return -1;
	}
	fx = &r->fx;
	if (fx_open(fx) != 0) {
		free(r);
		return -1;
	}
	rp_db_use_flag_names(fx->db, true);
	*state = fx;
	if (!base) {
		return 0;
	}
	/* acme (Ana may sign off, Cleo may not), globex (Bob), engagement web of acme. */
	if (add(fx, "client", NULL, NULL, "name", "Acme", NULL) ||
	    add(fx, "client", NULL, NULL, "name", "Globex", NULL) ||
	    add(fx, "contact", "acme", &r->contact, "name", "Ana", "email", "ana@example.com",
		"may_signoff", "yes", NULL) ||
	    add(fx, "contact", "globex", NULL, "name", "Bob", "email", "bob@example.com",
		"may_signoff", "yes", NULL) ||
	    add(fx, "contact", "acme", NULL, "name", "Cleo", "email", "cleo@example.com", NULL) ||
	    add(fx, "engagement", "acme", NULL, "title", "Web", "type", "fixed", "value", "24000",
		"payment_terms_days", "30", NULL)) {
		print_error("cannot fill the database: %s\n", rp_db_errmsg(fx->db));
		return -1;
	}
	return 0;
}

static int setup_base(void **state)
{
	return open_fixture(state, true);
}

static int setup_bare(void **state)
{
	return open_fixture(state, false);
}

/* ---- records of any kind, from the declarations ---------------------- */

/* A valid value of a field's type (unique for free text). */
static const char *gen_value(struct fx *fx, const struct rp_field *f, char *buf, size_t size)
{
	int64_t n;

	switch (f->type) {
	case RP_T_TEXT:
		snprintf(buf, size, "v%d", ++rfx(fx)->serial);
		return buf;
	case RP_T_INT:
		n = f->min > 1 ? f->min : (f->max >= 1 ? 1 : f->min);
		snprintf(buf, size, "%lld", (long long)n);
		return buf;
	case RP_T_MONEY:
		return "100";
	case RP_T_DATE:
		return TODAY;
	case RP_T_TIME:
		return TODAY "T12:00";
	case RP_T_BOOL:
		return "yes";
	case RP_T_ENUM:
		return f->choices[0];
	case RP_T_CONTACT:
		snprintf(buf, size, "%lld", (long long)rfx(fx)->contact);
		return buf;
	case RP_T_DURATION:
		return "2w";
	case RP_T_CURRENCY:
		return "EUR";
	case RP_T_SLUG:
		snprintf(buf, size, "s-%d", ++rfx(fx)->serial);
		return buf;
	case RP_T_EMAIL:
		snprintf(buf, size, "p%d@example.com", ++rfx(fx)->serial);
		return buf;
	case RP_T_TRIGGER:
		return "date:2026-04-01";
	}
	fail_msg("field %s has an unknown type", f->name);
	return NULL;
}

/* The required fields of a kind with valid values, except `skip`. */
static struct rp_input *minimal_input(struct fx *fx, const struct rp_kind *kind, const char *skip)
{
	struct rp_input *in = rp_input_new();
	char buf[64];
	size_t i;

	assert_non_null(in);
	for (i = 0; i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];

		if (!(f->flags & RP_F_REQUIRED) || (f->flags & RP_F_NOADD) ||
		    (skip && !strcmp(skip, f->name))) {
			continue;
		}
		assert_int_equal(rp_input_add(in, f->name, gen_value(fx, f, buf, sizeof(buf))),
				 RP_OK);
	}
	return in;
}

/* A new engagement of acme; its slug goes to `slug`. */
static void make_engagement(struct fx *fx, char *slug, size_t size)
{
	struct rp_input *in = minimal_input(fx, K("engagement"), NULL);
	struct rp_record *rec = NULL;
	char ref[32];
	int64_t id = 0;

	CHECK(fx->db, rp_record_add(fx->db, K("engagement"), "acme", in, &id), RP_OK);
	rp_input_free(in);
	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	rec = get(fx, "engagement", ref);
	snprintf(slug, size, "%s", rp_record_str(rec, "slug"));
	rp_record_free(rec);
}

/* The parent a new record of `kind` goes under: a fresh engagement for
 * singletons, so that each can have one. */
static const char *parent_for(struct fx *fx, const struct rp_kind *kind, char *buf, size_t size)
{
	switch (kind->parent) {
	case RP_PARENT_NONE:
		return NULL;
	case RP_PARENT_CLIENT:
		return "acme";
	case RP_PARENT_ENGAGEMENT:
		if (kind->singleton) {
			make_engagement(fx, buf, size);
			return buf;
		}
		return "web";
	}
	return NULL;
}

/* Create a minimal valid record of any kind; `ref` receives how to name it. */
static void make_record(struct fx *fx, const struct rp_kind *kind, char *ref, size_t size)
{
	struct rp_input *in;
	char parent_buf[64];
	const char *parent = parent_for(fx, kind, parent_buf, sizeof(parent_buf));
	int64_t id = 0;

	in = minimal_input(fx, kind, NULL);
	expect_rc(fx->db, rp_record_add(fx->db, kind, parent, in, &id), RP_OK, kind->name,
		  __LINE__);
	rp_input_free(in);
	if (kind->singleton) {
		snprintf(ref, size, "%s", parent);
	} else {
		snprintf(ref, size, "%lld", (long long)id);
	}
}

static void force_state(struct fx *fx, const struct rp_kind *kind, const char *ref, const char *st)
{
	expect_rc(fx->db, record_force_state(fx->db, kind, ref, st), RP_OK, st, __LINE__);
}

/* The arguments of a verb with valid values, except `skip` (a field or a flag). */
static struct rp_input *verb_input(struct fx *fx, const struct rp_kind *kind,
				   const struct rp_transition *t, const char *skip)
{
	struct rp_input *in = rp_input_new();
	const struct rp_arg *a;
	char buf[64];

	assert_non_null(in);
	for (a = t->args; a && a->flag; a++) {
		const char *key = a->field ? a->field : a->flag;

		if (skip && !strcmp(skip, key)) {
			continue;
		}
		if (a->field) {
			const struct rp_field *f = rp_kind_field(kind, a->field);

			assert_non_null(f);
			assert_int_equal(rp_input_add(in, key,
						      (a->flags & RP_F_SWITCH)
							      ? "yes"
							      : gen_value(fx, f, buf, sizeof(buf))),
					 RP_OK);
		} else if (a->flags & RP_F_REQUIRED) {
			snprintf(buf, sizeof(buf), "v%d", ++rfx(fx)->serial);
			assert_int_equal(rp_input_add(in, key, buf), RP_OK);
		}
	}
	return in;
}

/* How a message names a field with flag names on. */
static void label_of(const struct rp_field *f, const char *flag, struct rp_buf *out)
{
	rp_buf_reset(out);
	if (flag || f->flag) {
		rp_buf_printf(out, "--%s", flag ? flag : f->flag);
	} else {
		rp_buf_puts(out, f->name);
	}
}

/* ---- required fields and arguments ----------------------------------- */

static void test_required_fields(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	struct rp_buf label, form;
	char parent_buf[64], what[128];
	size_t i, n = 0;

	rp_buf_init(&label);
	rp_buf_init(&form);
	for (k = rp_kinds(); *k; k++) {
		const char *parent = NULL;

		for (i = 0; i < (*k)->nfields; i++) {
			const struct rp_field *f = &(*k)->fields[i];
			struct rp_input *in;
			size_t before;

			if (!(f->flags & RP_F_REQUIRED) || (f->flags & RP_F_NOADD)) {
				continue;
			}
			if (!parent) {
				parent = parent_for(fx, *k, parent_buf, sizeof(parent_buf));
			}
			before = count_events(fx);
			in = minimal_input(fx, *k, f->name);
			snprintf(what, sizeof(what), "%s without %s", (*k)->name, f->name);
			expect_rc(fx->db, rp_record_add(fx->db, *k, parent, in, NULL), RP_EINVAL,
				  what, __LINE__);
			rp_input_free(in);
			label_of(f, NULL, &label);
			rp_buf_reset(&form);
			rp_field_form(f, &form);
			expect_msg(fx->db, label.data, what, __LINE__);
			expect_msg(fx->db, form.data, what, __LINE__);
			assert_int_equal(count_events(fx), before);
			n++;
		}
	}
	assert_true(n >= 20);

	/* The example of the documentation, word for word. */
	CHECK(fx->db, add(fx, "payment", "web", NULL, "amount", "100", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--kind");
	MSG_HAS(fx->db, "one of upfront, milestone, final");
	/* Without flag names, the field's own name. */
	rp_db_use_flag_names(fx->db, false);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "amount", "100", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "missing kind");
	assert_null(strstr(rp_db_errmsg(fx->db), "--"));
	rp_db_use_flag_names(fx->db, true);
	/* An empty required text is refused too. */
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", "", "type", "tm", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--title");
	/* An empty required enum or money is refused. */
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "", "amount", "100", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--kind");
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--amount");
	rp_buf_release(&label);
	rp_buf_release(&form);
}

static void test_required_verb_args(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	const struct rp_transition *t;
	const struct rp_arg *a;
	struct rp_buf label;
	char ref[64], what[160];
	size_t n = 0;
	int s;

	rp_buf_init(&label);
	for (k = rp_kinds(); *k; k++) {
		for (t = (*k)->transitions; t && t->verb; t++) {
			for (a = t->args; a && a->flag; a++) {
				struct rp_input *in;

				if (!(a->flags & RP_F_REQUIRED)) {
					continue;
				}
				if ((*k)->states && !t->from) {
					continue;
				}
				make_record(fx, *k, ref, sizeof(ref));
				for (s = 0; (*k)->states && !(t->from & (1u << s)); s++) {
				}
				if ((*k)->states) {
					force_state(fx, *k, ref, (*k)->states[s]);
				}
				in = verb_input(fx, *k, t, a->field ? a->field : a->flag);
				snprintf(what, sizeof(what), "%s %s without %s", (*k)->name,
					 t->verb, a->flag);
				expect_rc(fx->db, rp_record_act(fx->db, *k, ref, t->verb, in),
					  RP_EINVAL, what, __LINE__);
				rp_input_free(in);
				rp_buf_reset(&label);
				rp_buf_printf(&label, "--%s", a->flag);
				expect_msg(fx->db, label.data, what, __LINE__);
				n++;
			}
		}
	}
	assert_true(n >= 5);
	rp_buf_release(&label);
}

/* ---- values ---------------------------------------------------------- */

static void test_dates(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {"2026-02-30",	 "2026-02-29", "2026-13-01",
					  "2026-00-10",	 "2026-3-2",   "02-03-2026",
					  "2026-03-02x", "tomorrow",   NULL};
	int64_t id = 0;
	size_t i;

	for (i = 0; bad[i]; i++) {
		CHECK(fx->db,
		      add(fx, "deliverable", "web", NULL, "title", "D", "due", bad[i], NULL),
		      RP_EINVAL);
		MSG_HAS(fx->db, "--due");
		MSG_HAS(fx->db, "YYYY-MM-DD");
	}
	assert_int_equal(count_records(fx, "deliverable", "web"), 0);
	CHECK(fx->db, add(fx, "deliverable", "web", &id, "title", "D", "due", "2028-02-29", NULL),
	      RP_OK);
	assert_int_equal(id, 1);
	assert_str_field(fx, "deliverable", "1", "due", "2028-02-29");
	/* Edit and verbs check dates the same way. */
	CHECK(fx->db, edit(fx, "deliverable", "1", "due", "2026-02-30", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--due");
	assert_str_field(fx, "deliverable", "1", "due", "2028-02-29");
	CHECK(fx->db, edit(fx, "deliverable", "1", "due", "", NULL), RP_OK);
	assert_str_field(fx, "deliverable", "1", "due", NULL);
	CHECK(fx->db,
	      act(fx, "engagement", "web", "terminate", "notice_given", TODAY, "ended_on",
		  "2026-02-30", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--end");
	assert_str_field(fx, "engagement", "web", "state", "draft");
	CHECK(fx->db,
	      act(fx, "engagement", "web", "terminate", "notice_given", TODAY, "ended_on",
		  "2026-03-01", NULL),
	      RP_EINVAL);
	assert_str_field(fx, "engagement", "web", "state", "draft");
	CHECK(fx->db, add(fx, "clause", "web", NULL, "text", "C", "kind", "ip", NULL), RP_OK);
	CHECK(fx->db, act(fx, "clause", "1", "discuss", "discussed_on", "2026-04-31", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--on");
	/* Instants. */
	CHECK(fx->db,
	      add(fx, "client_request", "web", NULL, "text", "Q", "received_at", "2026-03-02T25:00",
		  NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--at");
	CHECK(fx->db,
	      add(fx, "client_request", "web", NULL, "text", "Q", "received_at", "2026-03-02T09:30",
		  NULL),
	      RP_OK);
	assert_str_field(fx, "client_request", "1", "received_at", "2026-03-02T09:30:00Z");
}

static void test_amounts(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {"24,000", "12.345", "1e5",  "abc", " 5",    "5 ",
					  "1.2.3",  "--5",    "0x10", ".",   "EUR 5", NULL};
	static const char *const bad_int[] = {"3651", "-1", "1.5", "x", "12a", "+", "1 ", NULL};
	struct rp_record *rec;
	size_t i;

	for (i = 0; bad[i]; i++) {
		CHECK(fx->db, edit(fx, "engagement", "web", "value", bad[i], NULL), RP_EINVAL);
		MSG_HAS(fx->db, "--value");
		MSG_HAS(fx->db, "amount");
	}
	assert_int_equal(int_field(fx, "engagement", "web", "value"), 2400000);
	CHECK(fx->db, edit(fx, "engagement", "web", "value", "24000.5", NULL), RP_OK);
	assert_int_equal(int_field(fx, "engagement", "web", "value"), 2400050);
	CHECK(fx->db, edit(fx, "engagement", "web", "value", "", NULL), RP_OK);
	rec = get(fx, "engagement", "web");
	assert_true(rp_record_is_null(rec, "value"));
	rp_record_free(rec);
	/* A payment must be more than zero. */
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "0", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--amount");
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "-5", NULL),
	      RP_EINVAL);
	assert_int_equal(count_records(fx, "payment", "web"), 0);
	/* Whole numbers and their bounds. */
	for (i = 0; bad_int[i]; i++) {
		CHECK(fx->db, edit(fx, "engagement", "web", "notice_days", bad_int[i], NULL),
		      RP_EINVAL);
		MSG_HAS(fx->db, "--notice-days");
		MSG_HAS(fx->db, "a whole number from 0 to 3650");
	}
	CHECK(fx->db, edit(fx, "engagement", "web", "notice_days", "3650", NULL), RP_OK);
	assert_int_equal(int_field(fx, "engagement", "web", "notice_days"), 3650);
	CHECK(fx->db, edit(fx, "engagement", "web", "notice_days", "0", NULL), RP_OK);
	assert_int_equal(int_field(fx, "engagement", "web", "notice_days"), 0);
	/* Booleans. */
	CHECK(fx->db, edit(fx, "contact", "3", "may_signoff", "maybe", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--signoff");
	MSG_HAS(fx->db, "yes or no");
	/* Durations. */
	CHECK(fx->db, edit(fx, "engagement", "web", "report_every", "fortnight", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--report-every");
	CHECK(fx->db, edit(fx, "engagement", "web", "report_every", "14", NULL), RP_OK);
	assert_str_field(fx, "engagement", "web", "report_every", "14d");
	/* E-mail addresses. */
	CHECK(fx->db, edit(fx, "contact", "3", "email", "cleo-at-example", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--email");
	assert_str_field(fx, "contact", "3", "email", "cleo@example.com");
}

static void fill(char *buf, const char *unit, int times)
{
	size_t n = strlen(unit);
	int i;

	for (i = 0; i < times; i++) {
		memcpy(buf + (size_t)i * n, unit, n);
	}
	buf[(size_t)times * n] = '\0';
}

static void test_text_length(void **state)
{
	struct fx *fx = *state;
	char text[1024];
	int64_t id = 0;

	fill(text, "a", 201);
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", text, "type", "tm", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--title");
	MSG_HAS(fx->db, "too long");
	fill(text, "a", 200);
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", text, "slug", "long-a", "type", "tm",
		  NULL),
	      RP_OK);
	assert_str_field(fx, "engagement", "long-a", "title", text);
	/* Characters, not bytes: 200 two-byte characters are 400 bytes. */
	fill(text, "\xc3\xa9", 200);
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", text, "slug", "long-e", "type", "tm",
		  NULL),
	      RP_OK);
	assert_str_field(fx, "engagement", "long-e", "title", text);
	fill(text, "\xf0\x9f\x98\x80", 200);
	CHECK(fx->db, edit(fx, "engagement", "long-e", "title", text, NULL), RP_OK);
	assert_str_field(fx, "engagement", "long-e", "title", text);
	fill(text, "\xc3\xa9", 201);
	CHECK(fx->db, edit(fx, "engagement", "long-e", "title", text, NULL), RP_EINVAL);
	MSG_HAS(fx->db, "too long");
	fill(text, "\xf0\x9f\x98\x80", 200);
	assert_str_field(fx, "engagement", "long-e", "title", text);
	/* A field of another length (the phone, 50). */
	fill(text, "1", 51);
	CHECK(fx->db, add(fx, "contact", "acme", &id, "name", "Dan", "phone", text, NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--phone");
	/* Verb arguments are checked too (a reason of at most 4000). */
	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D", NULL), RP_OK);
	{
		char *big = malloc(4002);

		assert_non_null(big);
		memset(big, 'r', 4001);
		big[4001] = '\0';
		CHECK(fx->db, act(fx, "deliverable", "1", "waive", "waive_reason", big, NULL),
		      RP_EINVAL);
		big[4000] = '\0';
		CHECK(fx->db, act(fx, "deliverable", "1", "waive", "waive_reason", big, NULL),
		      RP_OK);
		free(big);
	}
}

static void test_text_control_chars(void **state)
{
	struct fx *fx = *state;
	static const char *const bad_short[] = {"a\x01b",      "a\x1b[31m", "a\x7f", "tab\there",
						"line\nbreak", "cr\rhere",  NULL};
	size_t i;

	for (i = 0; bad_short[i]; i++) {
		CHECK(fx->db, edit(fx, "client", "acme", "industry", bad_short[i], NULL),
		      RP_EINVAL);
		MSG_HAS(fx->db, "--industry");
	}
	assert_str_field(fx, "client", "acme", "industry", NULL);
	/* Long texts may span lines and hold tabs, but no other control characters. */
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "line\nbreak\tand tab", NULL), RP_OK);
	assert_str_field(fx, "client", "acme", "notes", "line\nbreak\tand tab");
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "bell\a", NULL), RP_EINVAL);
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "cr\rhere", NULL), RP_EINVAL);
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "esc\x1b[0m", NULL), RP_EINVAL);
	assert_str_field(fx, "client", "acme", "notes", "line\nbreak\tand tab");
	/* Multi-valued texts (a risk's alternatives) too. */
	CHECK(fx->db, add(fx, "risk", "web", NULL, "text", "R", NULL), RP_OK);
	CHECK(fx->db, act(fx, "risk", "1", "disclose", "alternatives", "a\x02", NULL), RP_EINVAL);
	assert_str_field(fx, "risk", "1", "state", "open");
}

static void test_text_utf8_malformed(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {
		"\xff",		    /* never in UTF-8 */
		"a\xfe",	    /* never in UTF-8 */
		"\x80",		    /* a lone continuation byte */
		"caf\xc3",	    /* truncated at the end */
		"caf\xc3(",	    /* a lead byte without its continuation */
		"\xe2\x82",	    /* truncated three-byte sequence */
		"\xc0\xaf",	    /* overlong two-byte '/' */
		"\xc1\xbf",	    /* overlong two-byte */
		"\xf5\x80\x80\x80", /* beyond U+10FFFF by its lead byte */
		NULL,
	};
	size_t i;

	for (i = 0; bad[i]; i++) {
		CHECK(fx->db, edit(fx, "client", "acme", "notes", bad[i], NULL), RP_EINVAL);
		MSG_HAS(fx->db, "--notes");
	}
	assert_str_field(fx, "client", "acme", "notes", NULL);
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "caf\xc3\xa9 \xe2\x82\xac", NULL), RP_OK);
}

/* Byte sequences that look like UTF-8 by their shape but are not UTF-8 (RFC 3629):
 * overlong forms, UTF-16 surrogates and code points beyond U+10FFFF. */
static void test_text_utf8_noncanonical(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {
		"\xe0\x80\xaf",	    /* overlong three-byte '/' */
		"\xe0\x9f\xbf",	    /* overlong three-byte U+07FF */
		"\xed\xa0\x80",	    /* surrogate U+D800 */
		"\xed\xbf\xbf",	    /* surrogate U+DFFF */
		"\xf0\x80\x80\xaf", /* overlong four-byte '/' */
		"\xf4\x90\x80\x80", /* U+110000 */
		NULL,
	};
	char what[64];
	size_t i;

	for (i = 0; bad[i]; i++) {
		snprintf(what, sizeof(what), "invalid UTF-8 sequence #%zu", i);
		expect_rc(fx->db, edit(fx, "client", "acme", "notes", bad[i], NULL), RP_EINVAL,
			  what, __LINE__);
	}
	assert_str_field(fx, "client", "acme", "notes", NULL);
	/* The limits themselves are valid. */
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "\xed\x9f\xbf\xee\x80\x80", NULL), RP_OK);
	CHECK(fx->db, edit(fx, "client", "acme", "notes", "\xf4\x8f\xbf\xbf", NULL), RP_OK);
}

static void test_enums(void **state)
{
	struct fx *fx = *state;

	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "X", "type", "fixed-price", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--type");
	MSG_HAS(fx->db, "one of fixed, tm, retainer");
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", "X", "type", "Fixed", NULL),
	      RP_EINVAL);
	/* "none" is no value for a required enum. */
	CHECK(fx->db, add(fx, "engagement", "acme", NULL, "title", "X", "type", "none", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--type");
	assert_int_equal(count_records(fx, "engagement", NULL), 1);
	CHECK(fx->db, edit(fx, "engagement", "web", "renewal", "auto", NULL), RP_OK);
	assert_str_field(fx, "engagement", "web", "renewal", "auto");
	CHECK(fx->db, edit(fx, "engagement", "web", "renewal", "sometimes", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "one of auto, manual, none");
	/* "none" is one of the renewals; for an action's wait it clears the field. */
	CHECK(fx->db, edit(fx, "engagement", "web", "renewal", "none", NULL), RP_OK);
	assert_str_field(fx, "engagement", "web", "renewal", "none");
	CHECK(fx->db,
	      add(fx, "action_item", "web", NULL, "title", "A", "waiting_on", "input", NULL),
	      RP_OK);
	assert_str_field(fx, "action_item", "1", "waiting_on", "input");
	CHECK(fx->db, edit(fx, "action_item", "1", "waiting_on", "none", NULL), RP_OK);
	assert_str_field(fx, "action_item", "1", "waiting_on", NULL);
	CHECK(fx->db, edit(fx, "action_item", "1", "waiting_on", "nothing", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--waiting-on");
	/* Defaults apply when not given. */
	CHECK(fx->db, add(fx, "clause", "web", NULL, "text", "T", "kind", "liability", NULL),
	      RP_OK);
	assert_str_field(fx, "clause", "1", "risk", "none");
	assert_str_field(fx, "clause", "1", "state", "undiscussed");
	CHECK(fx->db, add(fx, "clause", "web", NULL, "text", "T", "kind", "warranty", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--kind");
	/* The state is set by verbs only. */
	CHECK(fx->db,
	      add(fx, "clause", "web", NULL, "text", "T", "kind", "ip", "state", "discussed", NULL),
	      RP_EINVAL);
	CHECK(fx->db, edit(fx, "clause", "1", "state", "discussed", NULL), RP_EINVAL);
	assert_str_field(fx, "clause", "1", "state", "undiscussed");
}

static void test_contact_refs(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {"2", "bob@example.com", "99", "nobody@example.com", "0",
					  NULL};
	size_t i;

	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D1", "reviewer", "1", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "deliverable", "1", "reviewer"), 1);
	CHECK(fx->db,
	      add(fx, "deliverable", "web", NULL, "title", "D2", "reviewer", "CLEO@Example.COM",
		  NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "deliverable", "2", "reviewer"), 3);
	/* A contact of another client (by number or e-mail) or of nobody. */
	for (i = 0; bad[i]; i++) {
		CHECK(fx->db,
		      add(fx, "deliverable", "web", NULL, "title", "D", "reviewer", bad[i], NULL),
		      RP_EINVAL);
		MSG_HAS(fx->db, "--reviewer");
		CHECK(fx->db, edit(fx, "deliverable", "1", "reviewer", bad[i], NULL), RP_EINVAL);
	}
	assert_int_equal(count_records(fx, "deliverable", "web"), 2);
	assert_int_equal(int_field(fx, "deliverable", "1", "reviewer"), 1);
	/* Verb arguments: a change decided by Bob of globex is refused. */
	CHECK(fx->db, add(fx, "change_request", "web", NULL, "description", "More", NULL), RP_OK);
	CHECK(fx->db, act(fx, "change_request", "1", "approve", "decided_by", "2", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--by");
	assert_str_field(fx, "change_request", "1", "state", "proposed");
	CHECK(fx->db,
	      act(fx, "change_request", "1", "approve", "decided_by", "ana@example.com", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "change_request", "1", "decided_by"), 1);
	assert_str_field(fx, "change_request", "1", "decided_on", TODAY);
	/* Promises name contacts too. */
	CHECK(fx->db,
	      add(fx, "commitment", "web", NULL, "text", "P", "due", "2026-03-09", "to_contact",
		  "bob@example.com", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--to");
}

static void test_triggers(void **state)
{
	struct fx *fx = *state;
	char other[64];

	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D", NULL), RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	assert_str_field(fx, "payment", "1", "trigger", "deliverable:1");
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "date:2026-05-01", NULL),
	      RP_OK);
	assert_str_field(fx, "payment", "2", "trigger", "date:2026-05-01");
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "date:2026-02-30", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--trigger");
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "deliverable:x", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--trigger");
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "soon", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "deliverable:ID or date:YYYY-MM-DD");
	/* A deliverable of another engagement. */
	make_engagement(fx, other, sizeof(other));
	CHECK(fx->db, add(fx, "deliverable", other, NULL, "title", "Other", NULL), RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "deliverable:2", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "deliverable 2");
	assert_int_equal(count_records(fx, "payment", "web"), 2);
}

static void test_percent_payments(void **state)
{
	struct fx *fx = *state;
	struct rp_record *rec;
	char bare[64];
	json_t *j;

	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "upfront", "amount", "30%", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "payment", "1", "amount"), 720000);
	rec = get(fx, "payment", "1");
	assert_string_equal(rp_record_currency(rec), "EUR");
	j = rp_record_json(rec);
	assert_non_null(j);
	assert_string_equal(
		json_string_value(json_object_get(json_object_get(j, "amount"), "amount")),
		"7200.00");
	json_decref(j);
	rp_record_free(rec);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "12.5%", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "payment", "2", "amount"), 300000);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "100%", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "payment", "3", "amount"), 2400000);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "101%", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--amount");
	MSG_HAS(fx->db, "101%");
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "-5%", NULL),
	      RP_EINVAL);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "0%", NULL),
	      RP_EINVAL);
	CHECK(fx->db, edit(fx, "payment", "1", "amount", "40%", NULL), RP_OK);
	assert_int_equal(int_field(fx, "payment", "1", "amount"), 960000);
	/* Percentages only where declared: an engagement's value is an amount. */
	CHECK(fx->db, edit(fx, "engagement", "web", "value", "30%", NULL), RP_EINVAL);
	/* No value, no percentage. */
	make_engagement(fx, bare, sizeof(bare));
	CHECK(fx->db, add(fx, "payment", bare, NULL, "kind", "upfront", "amount", "30%", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "value");
	assert_int_equal(count_records(fx, "payment", bare), 0);
	assert_int_equal(count_records(fx, "payment", "web"), 3);
}

static void test_zero_decimal_currency(void **state)
{
	struct fx *fx = *state;
	struct rp_record *rec;
	json_t *j, *v;

	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "Tokyo", "type", "fixed", "value",
		  "1500000", "currency", "JPY", NULL),
	      RP_OK);
	rec = get(fx, "engagement", "tokyo");
	assert_int_equal(rp_record_int(rec, "value"), 1500000);
	assert_string_equal(rp_record_str(rec, "currency"), "JPY");
	assert_string_equal(rp_record_currency(rec), "JPY");
	j = rp_record_json(rec);
	v = json_object_get(j, "value");
	assert_string_equal(json_string_value(json_object_get(v, "amount")), "1500000");
	assert_string_equal(json_string_value(json_object_get(v, "currency")), "JPY");
	json_decref(j);
	rp_record_free(rec);
	CHECK(fx->db, edit(fx, "engagement", "tokyo", "value", "1500000.5", NULL), RP_EINVAL);
	CHECK(fx->db, edit(fx, "engagement", "tokyo", "value", "1500000.00", NULL), RP_EINVAL);
	/* Payments are in the engagement's currency. */
	CHECK(fx->db, add(fx, "payment", "tokyo", NULL, "kind", "upfront", "amount", "100", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "payment", "1", "amount"), 100);
	CHECK(fx->db, add(fx, "payment", "tokyo", NULL, "kind", "final", "amount", "30%", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "payment", "2", "amount"), 450000);
	rec = get(fx, "payment", "2");
	assert_string_equal(rp_record_currency(rec), "JPY");
	rp_record_free(rec);
	/* Three decimals, lower-case code. */
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "Manama", "type", "tm", "currency",
		  "bhd", "value", "1.234", NULL),
	      RP_OK);
	assert_int_equal(int_field(fx, "engagement", "manama", "value"), 1234);
	assert_str_field(fx, "engagement", "manama", "currency", "BHD");
	/* Unknown codes; the currency cannot change after the fact. */
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "X", "type", "tm", "currency", "EURO",
		  NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "--currency");
	CHECK(fx->db,
	      add(fx, "engagement", "acme", NULL, "title", "X", "type", "tm", "currency", "XAU",
		  NULL),
	      RP_EINVAL);
	CHECK(fx->db, edit(fx, "engagement", "tokyo", "currency", "EUR", NULL), RP_EINVAL);
	assert_str_field(fx, "engagement", "tokyo", "currency", "JPY");
	/* The workspace's currency by default. */
	assert_str_field(fx, "engagement", "web", "currency", "EUR");
}

static void test_slugs(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {"Acme",
					  "a_b",
					  "-ab",
					  "ab-",
					  "12",
					  "a b",
					  "add",
					  "list",
					  "rm",
					  "help",
					  "\xc3\xa9t\xc3\xa9",
					  NULL};
	struct rp_record *rec;
	const char *slug;
	char longest[64];
	size_t i;

	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Acme", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "ACME", NULL), RP_OK);
	assert_str_field(fx, "client", "1", "slug", "acme");
	assert_str_field(fx, "client", "2", "slug", "acme-2");
	assert_str_field(fx, "client", "3", "slug", "acme-3");
	CHECK(fx->db,
	      add(fx, "client", NULL, NULL, "name", "M\xc3\xbcller & S\xc3\xb6hne, GmbH", NULL),
	      RP_OK);
	rec = get(fx, "client", "4");
	slug = rp_record_str(rec, "slug");
	assert_true(*slug && strspn(slug, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(slug));
	assert_true(slug[0] != '-' && slug[strlen(slug) - 1] != '-');
	rp_record_free(rec);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "2026", NULL), RP_OK);
	assert_str_field(fx, "client", "5", "slug", "2026-client");
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Help", NULL), RP_OK);
	assert_str_field(fx, "client", "6", "slug", "help-client");
	/* Explicit slugs. */
	for (i = 0; bad[i]; i++) {
		CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "B", "slug", bad[i], NULL),
		      RP_EINVAL);
		MSG_HAS(fx->db, "--slug");
	}
	memset(longest, 'x', 41);
	longest[41] = '\0';
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "B", "slug", longest, NULL), RP_EINVAL);
	longest[40] = '\0';
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "B", "slug", longest, NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "B", "slug", "acme-2", NULL),
	      RP_ECONFLICT);
	MSG_HAS(fx->db, "acme-2");
	CHECK(fx->db, edit(fx, "client", "acme", "slug", "acme-2", NULL), RP_ECONFLICT);
	CHECK(fx->db, edit(fx, "client", "acme", "slug", "acme", NULL), RP_OK);
	CHECK(fx->db, edit(fx, "client", "acme", "slug", "acme-corp", NULL), RP_OK);
	assert_str_field(fx, "client", "1", "slug", "acme-corp");
	/* Records are found by slug or number. */
	assert_str_field(fx, "client", "acme-corp", "name", "Acme");
	/* Engagement slugs are their own namespace. */
	CHECK(fx->db, add(fx, "engagement", "acme-corp", NULL, "title", "Acme", "type", "tm", NULL),
	      RP_OK);
	assert_str_field(fx, "engagement", "1", "slug", "acme");
	CHECK(fx->db, add(fx, "engagement", "acme-2", NULL, "title", "Acme", "type", "tm", NULL),
	      RP_OK);
	assert_str_field(fx, "engagement", "2", "slug", "acme-2");
	assert_int_equal(count_records(fx, "client", NULL), 7);
}

/* ---- states ---------------------------------------------------------- */

static void test_state_machine(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	const struct rp_transition *t;
	struct rp_record *rec;
	char ref[64], what[160], want[128];
	size_t n_ok = 0, n_refused = 0, events;
	int s, i;

	for (k = rp_kinds(); *k; k++) {
		const char *const *states = (*k)->states;

		if (!states) {
			continue;
		}
		for (t = (*k)->transitions; t && t->verb; t++) {
			for (s = 0; states[s]; s++) {
				struct rp_input *in;
				int rc;

				make_record(fx, *k, ref, sizeof(ref));
				force_state(fx, *k, ref, states[s]);
				in = verb_input(fx, *k, t, NULL);
				events = count_events(fx);
				snprintf(what, sizeof(what), "%s %s from %s", (*k)->name, t->verb,
					 states[s]);
				rc = rp_record_act(fx->db, *k, ref, t->verb, in);
				rp_input_free(in);
				if (t->from & (1u << s)) {
					expect_rc(fx->db, rc, RP_OK, what, __LINE__);
					assert_true(count_events(fx) > events);
					n_ok++;
				} else {
					expect_rc(fx->db, rc, RP_ESTATE, what, __LINE__);
					snprintf(want, sizeof(want), " is %s;", states[s]);
					expect_msg(fx->db, want, what, __LINE__);
					snprintf(want, sizeof(want), "'%s' is allowed only when",
						 t->verb);
					expect_msg(fx->db, want, what, __LINE__);
					for (i = 0; states[i]; i++) {
						if (t->from & (1u << i)) {
							expect_msg(fx->db, states[i], what,
								   __LINE__);
						}
					}
					if (count_events(fx) != events) {
						fail_msg("%s: refused but audited", what);
					}
					n_refused++;
				}
				rec = NULL;
				expect_rc(fx->db, rp_record_get(fx->db, *k, ref, &rec), RP_OK, what,
					  __LINE__);
				if ((t->from & (1u << s)) && t->to >= 0) {
					snprintf(want, sizeof(want), "%s", states[t->to]);
				} else {
					snprintf(want, sizeof(want), "%s", states[s]);
				}
				if (strcmp(rp_record_str(rec, "state"), want)) {
					fail_msg("%s: state is %s, expected %s", what,
						 rp_record_str(rec, "state"), want);
				}
				rp_record_free(rec);
			}
		}
	}
	assert_true(n_ok >= 30);
	assert_true(n_refused >= 60);
}

/* A field that edit may change: a text if there is one. */
static const struct rp_field *editable_field(const struct rp_kind *kind, unsigned forbidden)
{
	const struct rp_field *any = NULL;
	size_t i;

	for (i = 0; i < kind->nfields; i++) {
		const struct rp_field *f = &kind->fields[i];

		if ((f->flags & forbidden) || f->type == RP_T_SLUG || f->type == RP_T_CURRENCY) {
			continue;
		}
		if (f->type == RP_T_TEXT) {
			return f;
		}
		if (!any) {
			any = f;
		}
	}
	return any;
}

static void test_locked_states(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	struct rp_input *in;
	char ref[64], what[160], want[128], buf[64];
	size_t n_locked = 0, n_open = 0;
	int s;

	for (k = rp_kinds(); *k; k++) {
		const struct rp_field *f = editable_field(*k, RP_F_NOEDIT);
		const char *value;

		if (!(*k)->states) {
			continue;
		}
		for (s = 0; (*k)->states[s]; s++) {
			bool locked = (*k)->locked & (1u << s);
			struct rp_record *rec;

			if (!locked && !f) {
				continue;
			}
			make_record(fx, *k, ref, sizeof(ref));
			force_state(fx, *k, ref, (*k)->states[s]);
			value = gen_value(fx, f ? f : &(*k)->fields[0], buf, sizeof(buf));
			in = rp_input_new();
			assert_int_equal(
				rp_input_add(in, f ? f->name : (*k)->fields[0].name, value), RP_OK);
			snprintf(what, sizeof(what), "edit %s in %s", (*k)->name, (*k)->states[s]);
			if (locked) {
				expect_rc(fx->db, rp_record_edit(fx->db, *k, ref, in), RP_ESTATE,
					  what, __LINE__);
				snprintf(want, sizeof(want), " is %s and locked", (*k)->states[s]);
				expect_msg(fx->db, want, what, __LINE__);
				n_locked++;
			} else {
				expect_rc(fx->db, rp_record_edit(fx->db, *k, ref, in), RP_OK, what,
					  __LINE__);
				n_open++;
			}
			rp_input_free(in);
			rec = NULL;
			expect_rc(fx->db, rp_record_get(fx->db, *k, ref, &rec), RP_OK, what,
				  __LINE__);
			if (f && f->type == RP_T_TEXT) {
				const char *have = rp_record_str(rec, f->name);
				bool changed = have && !strcmp(have, value);

				if (changed == locked) {
					fail_msg("%s: %s is '%s'", what, f->name,
						 have ? have : "(null)");
				}
			}
			rp_record_free(rec);
		}
	}
	assert_true(n_locked >= 15);
	assert_true(n_open >= 20);
}

static void test_accept_triggers_payments(void **state)
{
	struct fx *fx = *state;
	size_t events;

	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D1", "reviewer", "1", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D2", "reviewer", "1", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "100", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "200", "trigger",
		  "deliverable:2", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "milestone", "amount", "300", "trigger",
		  "date:2026-03-02", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "final", "amount", "400", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "500", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "final", "amount", "600", "trigger",
		  "deliverable:1", NULL),
	      RP_OK);
	force_state(fx, K("payment"), "6", "written_off");
	CHECK(fx->db, act(fx, "deliverable", "1", "submit", NULL), RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "2", "submit", NULL), RP_OK);
	/* Someone without sign-off authority cannot accept; nothing changes. */
	events = count_events(fx);
	CHECK(fx->db, act(fx, "deliverable", "1", "accept", "signed_off_by", "3", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "sign-off");
	assert_int_equal(count_events(fx), events);
	assert_str_field(fx, "payment", "1", "state", "scheduled");
	/* The reviewer accepts: payments 1 and 4 fall due, no other. */
	CHECK(fx->db, act(fx, "deliverable", "1", "accept", "signoff_comment", "fine", NULL),
	      RP_OK);
	assert_int_equal(count_events(fx), events + 3);
	assert_str_field(fx, "deliverable", "1", "state", "accepted");
	assert_str_field(fx, "deliverable", "1", "delivered_on", TODAY);
	assert_str_field(fx, "deliverable", "1", "signed_off_on", TODAY);
	assert_int_equal(int_field(fx, "deliverable", "1", "signed_off_by"), 1);
	assert_str_field(fx, "payment", "1", "state", "due");
	assert_str_field(fx, "payment", "1", "triggered_on", TODAY);
	assert_str_field(fx, "payment", "4", "state", "due");
	assert_str_field(fx, "payment", "2", "state", "scheduled");
	assert_str_field(fx, "payment", "2", "triggered_on", NULL);
	assert_str_field(fx, "payment", "3", "state", "scheduled");
	assert_str_field(fx, "payment", "5", "state", "scheduled");
	assert_str_field(fx, "payment", "6", "state", "written_off");
	/* A rejection does not trigger anything. */
	CHECK(fx->db, act(fx, "deliverable", "2", "reject", "signoff_comment", "redo", NULL),
	      RP_OK);
	assert_str_field(fx, "payment", "2", "state", "scheduled");
	/* Without a reviewer, someone must be named. */
	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D3", NULL), RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "3", "submit", NULL), RP_OK);
	CHECK(fx->db, act(fx, "deliverable", "3", "accept", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--by");
	CHECK(fx->db,
	      act(fx, "deliverable", "3", "accept", "signed_off_by", "ana@example.com", NULL),
	      RP_OK);
}

static void test_invoice_due_date(void **state)
{
	struct fx *fx = *state;
	char bare[64];

	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "upfront", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "payment", "1", "invoice", "invoice_number", "INV-1", NULL), RP_OK);
	assert_str_field(fx, "payment", "1", "state", "invoiced");
	assert_str_field(fx, "payment", "1", "invoice_number", "INV-1");
	assert_str_field(fx, "payment", "1", "invoiced_on", TODAY);
	assert_str_field(fx, "payment", "1", "due_on", "2026-04-01");
	/* An explicit due date wins over the terms. */
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db,
	      act(fx, "payment", "2", "invoice", "invoice_number", "INV-2", "due_on", "2026-05-15",
		  NULL),
	      RP_OK);
	assert_str_field(fx, "payment", "2", "due_on", "2026-05-15");
	/* Other terms. */
	CHECK(fx->db, edit(fx, "engagement", "web", "payment_terms_days", "14", NULL), RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "payment", "3", "invoice", "invoice_number", "INV-3", NULL), RP_OK);
	assert_str_field(fx, "payment", "3", "due_on", "2026-03-16");
	/* No terms: due on the day of the invoice. */
	make_engagement(fx, bare, sizeof(bare));
	CHECK(fx->db, add(fx, "payment", bare, NULL, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "payment", "4", "invoice", "invoice_number", "INV-4", NULL), RP_OK);
	assert_str_field(fx, "payment", "4", "due_on", TODAY);
	/* An invoiced payment is locked. */
	CHECK(fx->db, edit(fx, "payment", "1", "verify", "x", NULL), RP_ESTATE);
}

static void test_invoice_number_unique(void **state)
{
	struct fx *fx = *state;
	char other[64];
	size_t events;

	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "upfront", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "payment", "1", "invoice", "invoice_number", "INV-7", NULL), RP_OK);
	events = count_events(fx);
	CHECK(fx->db, act(fx, "payment", "2", "invoice", "invoice_number", "INV-7", NULL),
	      RP_ECONFLICT);
	MSG_HAS(fx->db, "INV-7");
	assert_int_equal(count_events(fx), events);
	assert_str_field(fx, "payment", "2", "state", "scheduled");
	assert_str_field(fx, "payment", "2", "invoice_number", NULL);
	/* Unique across the workspace, not only the engagement. */
	make_engagement(fx, other, sizeof(other));
	CHECK(fx->db, add(fx, "payment", other, NULL, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, act(fx, "payment", "3", "invoice", "invoice_number", "INV-7", NULL),
	      RP_ECONFLICT);
	CHECK(fx->db, act(fx, "payment", "2", "invoice", "invoice_number", "INV-8", NULL), RP_OK);
	/* The number is required and not empty. */
	CHECK(fx->db, act(fx, "payment", "3", "invoice", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--number");
	CHECK(fx->db, act(fx, "payment", "3", "invoice", "invoice_number", "", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "--number");
	assert_str_field(fx, "payment", "3", "state", "scheduled");
}

/* ---- singletons ------------------------------------------------------ */

static void test_singletons(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	char eng[64], eng2[64], buf[64], what[128];
	size_t n = 0;

	for (k = rp_kinds(); *k; k++) {
		const struct rp_field *f = editable_field(*k, RP_F_NOADD);
		struct rp_input *in;
		int64_t id = 0, id2 = 0, id3 = 0;

		if (!(*k)->singleton) {
			continue;
		}
		n++;
		snprintf(what, sizeof(what), "%s", (*k)->name);
		make_engagement(fx, eng, sizeof(eng));
		in = minimal_input(fx, *k, NULL);
		expect_rc(fx->db, rp_record_add(fx->db, *k, eng, in, &id), RP_OK, what, __LINE__);
		expect_rc(fx->db, rp_record_add(fx->db, *k, eng, in, NULL), RP_ECONFLICT, what,
			  __LINE__);
		expect_msg(fx->db, "exists already", what, __LINE__);
		rp_input_free(in);
		assert_int_equal(count_records(fx, (*k)->name, eng), 1);
		/* put updates the one there is. */
		in = rp_input_new();
		if (f) {
			assert_int_equal(
				rp_input_add(in, f->name, gen_value(fx, f, buf, sizeof(buf))),
				RP_OK);
		}
		expect_rc(fx->db, rp_record_put(fx->db, *k, eng, in, &id2), RP_OK, what, __LINE__);
		assert_int_equal(id2, id);
		if (f && f->type == RP_T_TEXT) {
			assert_str_field(fx, (*k)->name, eng, f->name, buf);
		}
		rp_input_free(in);
		assert_int_equal(count_records(fx, (*k)->name, eng), 1);
		/* put creates it where there is none yet. */
		make_engagement(fx, eng2, sizeof(eng2));
		in = minimal_input(fx, *k, NULL);
		expect_rc(fx->db, rp_record_put(fx->db, *k, eng2, in, &id3), RP_OK, what, __LINE__);
		rp_input_free(in);
		assert_true(id3 > id);
		assert_int_equal(count_records(fx, (*k)->name, eng2), 1);
		assert_int_equal(count_records(fx, (*k)->name, NULL), 2);
	}
	assert_int_equal(n, 4);
	/* put is only for singletons. */
	CHECK(fx->db, rp_record_put(fx->db, K("deliverable"), "web", NULL, NULL), RP_EINVAL);
	/* A singleton is named by its engagement. */
	CHECK(fx->db, add(fx, "retrospective", "web", NULL, "went_well", "a lot", NULL), RP_OK);
	assert_str_field(fx, "retrospective", "web", "went_well", "a lot");
	assert_str_field(fx, "retrospective", "web", "held_on", TODAY);
	CHECK(fx->db, edit(fx, "retrospective", "web", "went_badly", "little", NULL), RP_OK);
	assert_str_field(fx, "retrospective", "web", "went_badly", "little");
	assert_str_field(fx, "retrospective", "web", "went_well", "a lot");
}

/* ---- removal, failures, numbers -------------------------------------- */

static void test_remove_referenced(void **state)
{
	struct fx *fx = *state;
	struct rp_record *rec = NULL;
	size_t events;

	CHECK(fx->db, add(fx, "deliverable", "web", NULL, "title", "D", "reviewer", "1", NULL),
	      RP_OK);
	events = count_events(fx);
	/* Ana reviews a deliverable. */
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_ECONFLICT);
	MSG_HAS(fx->db, "contact 1");
	/* acme has an engagement and contacts; globex has a contact. */
	CHECK(fx->db, rp_record_remove(fx->db, K("client"), "acme"), RP_ECONFLICT);
	MSG_HAS(fx->db, "client 'acme'");
	CHECK(fx->db, rp_record_remove(fx->db, K("client"), "globex"), RP_ECONFLICT);
	assert_int_equal(count_events(fx), events);
	assert_int_equal(count_records(fx, "contact", NULL), 3);
	assert_int_equal(count_records(fx, "client", NULL), 2);
	/* Unreferenced records go. */
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "2"), RP_OK);
	CHECK(fx->db, rp_record_remove(fx->db, K("client"), "globex"), RP_OK);
	assert_int_equal(count_events(fx), events + 2);
	CHECK(fx->db, rp_record_get(fx->db, K("client"), "globex", &rec), RP_ENOTFOUND);
	CHECK(fx->db, rp_record_get(fx->db, K("contact"), "2", &rec), RP_ENOTFOUND);
	/* Once the reference is gone, the contact can go. */
	CHECK(fx->db, edit(fx, "deliverable", "1", "reviewer", "", NULL), RP_OK);
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_OK);
	/* Kinds that are not removable; records that do not exist. */
	CHECK(fx->db, rp_record_remove(fx->db, K("engagement"), "web"), RP_EINVAL);
	CHECK(fx->db, rp_record_remove(fx->db, K("deliverable"), "1"), RP_EINVAL);
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "42"), RP_ENOTFOUND);
	assert_int_equal(count_records(fx, "engagement", NULL), 1);
}

static void test_failed_write_leaves_nothing(void **state)
{
	struct fx *fx = *state;
	struct rp_input *in;
	size_t events;
	int64_t id = 0;

	CHECK(fx->db, add(fx, "payment", "web", &id, "kind", "upfront", "amount", "100", NULL),
	      RP_OK);
	assert_int_equal(id, 1);
	CHECK(fx->db, act(fx, "payment", "1", "invoice", "invoice_number", "A-1", NULL), RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", &id, "kind", "final", "amount", "100", NULL),
	      RP_OK);
	CHECK(fx->db, add(fx, "followup", "web", NULL, "every", "1m", NULL), RP_OK);
	events = count_events(fx);

	/* Refused by validation, by an effect, by state, by a nested write. */
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "101%", NULL),
	      RP_EINVAL);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "bogus", "amount", "1", NULL),
	      RP_EINVAL);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "0", NULL),
	      RP_EINVAL);
	CHECK(fx->db, add(fx, "payment", "nowhere", NULL, "kind", "final", "amount", "1", NULL),
	      RP_ENOTFOUND);
	CHECK(fx->db, act(fx, "payment", "2", "invoice", "invoice_number", "A-1", NULL),
	      RP_ECONFLICT);
	CHECK(fx->db, act(fx, "payment", "1", "invoice", "invoice_number", "A-9", NULL), RP_ESTATE);
	CHECK(fx->db, edit(fx, "payment", "1", "verify", "x", NULL), RP_ESTATE);
	CHECK(fx->db, add(fx, "followup", "web", NULL, "every", "2w", NULL), RP_ECONFLICT);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "hi", "channel", "pigeon",
		  "initiated_by", "us", NULL),
	      RP_EINVAL);
	CHECK(fx->db, edit(fx, "payment", "2", "amount", "10", "kind", "weekly", NULL), RP_EINVAL);
	assert_int_equal(count_events(fx), events);
	assert_int_equal(count_records(fx, "payment", "web"), 2);
	assert_int_equal(count_records(fx, "interaction", "web"), 0);
	assert_int_equal(int_field(fx, "payment", "2", "amount"), 10000);
	assert_str_field(fx, "payment", "2", "kind", "final");
	assert_str_field(fx, "payment", "2", "state", "scheduled");
	assert_str_field(fx, "followup", "web", "last_touch_on", NULL);
	assert_str_field(fx, "followup", "web", "every", "1m");

	/* A group of writes one of which fails leaves nothing either. */
	CHECK(fx->db, rp_db_begin(fx->db), RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "5", NULL), RP_OK);
	CHECK(fx->db, add(fx, "payment", "web", NULL, "kind", "final", "amount", "x", NULL),
	      RP_EINVAL);
	CHECK(fx->db, rp_db_commit(fx->db), RP_EINVAL);
	assert_int_equal(count_events(fx), events);
	assert_int_equal(count_records(fx, "payment", "web"), 2);

	/* The next write works and takes the next number. */
	in = input("kind", "final", "amount", "7", NULL);
	CHECK(fx->db, rp_record_add(fx->db, K("payment"), "web", in, &id), RP_OK);
	rp_input_free(in);
	assert_int_equal(id, 3);
	assert_int_equal(count_events(fx), events + 1);
}

static void test_numbers_never_reused(void **state)
{
	struct fx *fx = *state;
	int64_t id = 0;

	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "One", NULL), RP_OK);
	assert_int_equal(id, 1);
	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "Two", NULL), RP_OK);
	assert_int_equal(id, 2);
	CHECK(fx->db, rp_record_remove(fx->db, K("client"), "2"), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "Three", NULL), RP_OK);
	assert_int_equal(id, 3);
	CHECK(fx->db, rp_record_remove(fx->db, K("client"), "three"), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "Four", NULL), RP_OK);
	assert_int_equal(id, 4);
	/* A refused add takes no number. */
	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "", NULL), RP_EINVAL);
	CHECK(fx->db, add(fx, "client", NULL, &id, "name", "Five", NULL), RP_OK);
	assert_int_equal(id, 5);
	/* Each kind counts on its own. */
	CHECK(fx->db, add(fx, "contact", "one", &id, "name", "Ana", NULL), RP_OK);
	assert_int_equal(id, 1);
	CHECK(fx->db, rp_record_remove(fx->db, K("contact"), "1"), RP_OK);
	CHECK(fx->db, add(fx, "contact", "one", &id, "name", "Ana", NULL), RP_OK);
	assert_int_equal(id, 2);
	assert_int_equal(count_records(fx, "client", NULL), 3);
}

static void test_numbers_per_kind(void **state)
{
	struct fx *fx = *state;
	const struct rp_kind *const *k;
	char ref[64], want[32];

	for (k = rp_kinds(); *k; k++) {
		if ((*k)->parent != RP_PARENT_ENGAGEMENT) {
			continue;
		}
		make_record(fx, *k, ref, sizeof(ref));
		if (!(*k)->singleton) {
			if (strcmp(ref, "1")) {
				fail_msg("the first %s is number %s", (*k)->name, ref);
			}
			make_record(fx, *k, ref, sizeof(ref));
			if (strcmp(ref, "2")) {
				fail_msg("the second %s is number %s", (*k)->name, ref);
			}
		} else {
			struct rp_record *rec = NULL;

			expect_rc(fx->db, rp_record_get(fx->db, *k, ref, &rec), RP_OK, (*k)->name,
				  __LINE__);
			snprintf(want, sizeof(want), "%lld", (long long)rp_record_id(rec));
			rp_record_free(rec);
			if (strcmp(want, "1")) {
				fail_msg("the first %s is number %s", (*k)->name, want);
			}
		}
	}
}

/* ---- other rules of edit and verbs ----------------------------------- */

static void test_edit_rules(void **state)
{
	struct fx *fx = *state;
	struct rp_input *in = rp_input_new();
	size_t events;

	CHECK(fx->db, rp_record_edit(fx->db, K("engagement"), "web", in), RP_EINVAL);
	CHECK(fx->db, rp_record_edit(fx->db, K("engagement"), "web", NULL), RP_EINVAL);
	rp_input_free(in);
	CHECK(fx->db, edit(fx, "engagement", "web", "colour", "red", NULL), RP_EINVAL);
	MSG_HAS(fx->db, "colour");
	CHECK(fx->db, edit(fx, "engagement", "web", "ended_on", TODAY, NULL), RP_EINVAL);
	CHECK(fx->db,
	      add(fx, "payment", "web", NULL, "kind", "final", "amount", "1", "due_on", TODAY,
		  NULL),
	      RP_EINVAL);
	CHECK(fx->db, edit(fx, "engagement", "nowhere", "title", "x", NULL), RP_ENOTFOUND);
	CHECK(fx->db, edit(fx, "deliverable", "abc", "title", "x", NULL), RP_EINVAL);
	CHECK(fx->db, edit(fx, "deliverable", "7", "title", "x", NULL), RP_ENOTFOUND);
	/* An edit that changes nothing writes nothing. */
	events = count_events(fx);
	CHECK(fx->db, edit(fx, "engagement", "web", "title", "Web", NULL), RP_OK);
	assert_int_equal(count_events(fx), events);
	/* Unknown verbs and arguments a verb does not take. */
	CHECK(fx->db, act(fx, "engagement", "web", "explode", NULL), RP_EINVAL);
	CHECK(fx->db,
	      act(fx, "engagement", "web", "terminate", "notice_given", TODAY, "ended_on", TODAY,
		  "title", "x", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "takes no");
	assert_str_field(fx, "engagement", "web", "state", "draft");
	assert_int_equal(count_events(fx), events);
	/* An action item records since when it waits. */
	CHECK(fx->db,
	      add(fx, "action_item", "web", NULL, "title", "A", "waiting_on", "review", NULL),
	      RP_OK);
	assert_str_field(fx, "action_item", "1", "waiting_since", TODAY);
	CHECK(fx->db, act(fx, "action_item", "1", "done", NULL), RP_OK);
	assert_str_field(fx, "action_item", "1", "waiting_on", NULL);
	assert_str_field(fx, "action_item", "1", "waiting_since", NULL);
	assert_int_equal(int_field(fx, "action_item", "1", "percent"), 100);
	assert_str_field(fx, "action_item", "1", "done_on", TODAY);
	/* A request is answered after it arrived. */
	CHECK(fx->db,
	      add(fx, "client_request", "web", NULL, "text", "Q", "received_at", "2026-03-02T10:00",
		  NULL),
	      RP_OK);
	CHECK(fx->db,
	      act(fx, "client_request", "1", "answer", "answered_at", "2026-03-02T09:00", NULL),
	      RP_EINVAL);
	CHECK(fx->db,
	      act(fx, "client_request", "1", "answer", "answered_at", "2026-03-02T11:00", NULL),
	      RP_OK);
	assert_str_field(fx, "client_request", "1", "answered_at", "2026-03-02T11:00:00Z");
}

/* A real interaction is a touch: the follow-up plan counts its next date
 * from the latest one; notes and older interactions move nothing. */
/* A brief list reads a report's body as NULL and everything else as the full list does. */
static void test_brief_list(void **state)
{
	struct fx *fx = *state;
	struct rp_record_list full = {NULL, 0}, brief = {NULL, 0};
	const struct rp_kind *kind = K("report");
	size_t i;

	CHECK(fx->db,
	      add(fx, "report", "web", NULL, "kind", "progress", "period_from", "2026-02-01",
		  "period_to", "2026-02-27", "format", "md", "body", "# Progress\n\nAll on track.",
		  NULL),
	      RP_OK);
	CHECK(fx->db, rp_record_list(fx->db, kind, "web", NULL, &full), RP_OK);
	CHECK(fx->db, rp_record_list_brief(fx->db, kind, "web", NULL, &brief), RP_OK);
	assert_int_equal(full.count, 1);
	assert_int_equal(brief.count, 1);
	assert_string_equal(rp_record_str(full.items[0], "body"), "# Progress\n\nAll on track.");
	assert_null(rp_record_str(brief.items[0], "body"));
	for (i = 0; i < kind->nfields; i++) {
		const char *name = kind->fields[i].name;
		const char *a = rp_record_str(full.items[0], name);
		const char *b = rp_record_str(brief.items[0], name);

		if (!(kind->fields[i].flags & RP_F_BULKY)) {
			assert_true((!a && !b) || (a && b && !strcmp(a, b)));
		}
	}
	assert_int_equal(rp_record_id(brief.items[0]), rp_record_id(full.items[0]));
	rp_record_list_release(&full);
	rp_record_list_release(&brief);
}

/* The numbers of a page of `kind` (under `parent`) after `after`, at most `limit`, written
 * "1 2" into buf. */
static const char *page_ids(struct fx *fx, const char *kind, const char *parent, int64_t after,
			    size_t limit, char *buf, size_t size)
{
	struct rp_record_list page = {NULL, 0};
	size_t i, n = 0;

	CHECK(fx->db, rp_record_page(fx->db, K(kind), parent, NULL, after, limit, &page), RP_OK);
	buf[0] = '\0';
	for (i = 0; i < page.count && n < size; i++) {
		n += (size_t)snprintf(buf + n, size - n, "%s%lld", i ? " " : "",
				      (long long)rp_record_id(page.items[i]));
	}
	rp_record_list_release(&page);
	return buf;
}

/* A page of a list: the records numbered after the cursor, at most the limit, in order. */
static void test_record_page(void **state)
{
	struct fx *fx = *state;
	char ids[64];

	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Initech", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Umbrella", NULL), RP_OK);
	CHECK(fx->db, add(fx, "client", NULL, NULL, "name", "Hooli", NULL), RP_OK);
	assert_string_equal(page_ids(fx, "client", NULL, 0, 2, ids, sizeof(ids)), "1 2");
	assert_string_equal(page_ids(fx, "client", NULL, 2, 2, ids, sizeof(ids)), "3 4");
	assert_string_equal(page_ids(fx, "client", NULL, 4, 2, ids, sizeof(ids)), "5");
	assert_string_equal(page_ids(fx, "client", NULL, 5, 2, ids, sizeof(ids)), "");
	assert_string_equal(page_ids(fx, "client", NULL, 0, 0, ids, sizeof(ids)), "1 2 3 4 5");
	/* under a parent: acme's contacts (Ana 1, Cleo 3) after the first */
	assert_string_equal(page_ids(fx, "contact", "acme", 1, 0, ids, sizeof(ids)), "3");
}

static void test_touch(void **state)
{
	struct fx *fx = *state;
	size_t events;

	CHECK(fx->db, add(fx, "followup", "web", NULL, "every", "2w", NULL), RP_OK);
	assert_str_field(fx, "followup", "web", "next_on", "2026-03-16");
	events = count_events(fx);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "caught up", "channel", "call",
		  "initiated_by", "us", "date", "2026-02-27", NULL),
	      RP_OK);
	assert_int_equal(count_events(fx), events + 2);
	assert_str_field(fx, "followup", "web", "last_touch_on", "2026-02-27");
	assert_str_field(fx, "followup", "web", "next_on", "2026-03-13");
	events = count_events(fx);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "memo", "channel", "note",
		  "initiated_by", "us", NULL),
	      RP_OK);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "old call", "channel", "call",
		  "initiated_by", "client", "date", "2026-02-01", NULL),
	      RP_OK);
	assert_int_equal(count_events(fx), events + 2);
	assert_str_field(fx, "followup", "web", "last_touch_on", "2026-02-27");
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "lunch", "channel", "meeting",
		  "initiated_by", "client", NULL),
	      RP_OK);
	assert_str_field(fx, "followup", "web", "last_touch_on", TODAY);
	assert_str_field(fx, "followup", "web", "next_on", "2026-03-16");
	/* what has not happened yet cannot be logged */
	events = count_events(fx);
	CHECK(fx->db,
	      add(fx, "interaction", "web", NULL, "summary", "soon", "channel", "call",
		  "initiated_by", "us", "date", "2026-03-03", NULL),
	      RP_EINVAL);
	MSG_HAS(fx->db, "future");
	assert_int_equal(count_events(fx), events);
	assert_int_equal(count_records(fx, "interaction", "web"), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_required_fields, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_required_verb_args, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_dates, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_amounts, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_text_length, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_text_control_chars, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_text_utf8_malformed, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_text_utf8_noncanonical, setup_base,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_enums, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_contact_refs, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_triggers, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_percent_payments, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_zero_decimal_currency, setup_base,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_slugs, setup_bare, fx_teardown),
		cmocka_unit_test_setup_teardown(test_state_machine, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_locked_states, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_accept_triggers_payments, setup_base,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_invoice_due_date, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_invoice_number_unique, setup_base,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_singletons, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_remove_referenced, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_failed_write_leaves_nothing, setup_base,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_numbers_never_reused, setup_bare, fx_teardown),
		cmocka_unit_test_setup_teardown(test_numbers_per_kind, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_edit_rules, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_touch, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_brief_list, setup_base, fx_teardown),
		cmocka_unit_test_setup_teardown(test_record_page, setup_base, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
