/*
 * report-model.c — the public report calls (rp_report_build, rp_report_send)
 * and what the progress and close-out models share: loading the engagement
 * and its records once, the period a report covers, values formatted for
 * people, and the calls that add sections, rows and paragraphs.
 *
 * Building only reads; its result depends on the records and on today
 * alone, never on the real clock when today is fixed.  Sending writes the
 * kept report and the interaction that logs it in one transaction.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report.h"

static const char *const kind_names[] = {"progress", "closeout"};
static const char *const format_names[] = {"text", "md", "html", "json"};

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

const char *rp_report_kind_name(enum rp_report_kind kind)
{
	return (unsigned)kind < NELEMS(kind_names) ? kind_names[kind] : NULL;
}

const char *rp_report_format_name(enum rp_report_format fmt)
{
	return (unsigned)fmt < NELEMS(format_names) ? format_names[fmt] : NULL;
}

int rp_report_format_parse(const char *name, enum rp_report_format *out)
{
	size_t i;

	for (i = 0; name && i < NELEMS(format_names); i++) {
		if (!strcmp(name, format_names[i])) {
			*out = (enum rp_report_format)i;
			return RP_OK;
		}
	}
	return RP_EINVAL;
}

/* ---- the builder ----------------------------------------------------- */

int rm_fail(struct rm *m, int status)
{
	if (!m->status && status) {
		m->status = status;
		if (status == RP_ENOMEM) {
			rp_db_fail(m->db, RP_ENOMEM, "out of memory");
		}
	}
	return m->status;
}

static int kind_index(const struct rp_kind *kind)
{
	const struct rp_kind *const *k = rp_kinds();
	int i;

	for (i = 0; k[i] && i < RP_MAX_KINDS; i++) {
		if (k[i] == kind) {
			return i;
		}
	}
	return -1;
}

const struct rp_record_list *rm_list(struct rm *m, const char *name)
{
	static const struct rp_record_list none = {NULL, 0};
	const struct rp_kind *kind = rp_kind_find(name);
	int i = kind ? kind_index(kind) : -1;
	int rc;

	if (i < 0) {
		rm_fail(m, rp_db_fail(m->db, RP_EINVAL, "no record kind '%s'", name));
		return &none;
	}
	if (!m->loaded[i] && !m->status) {
		rc = rp_record_list_brief(m->db, kind,
					  kind->parent == RP_PARENT_CLIENT
						  ? rp_record_str(m->client, "slug")
						  : m->slug,
					  NULL, &m->lists[i]);
		if (rc) {
			rm_fail(m, rc);
			return &none;
		}
		m->loaded[i] = true;
	}
	return m->loaded[i] ? &m->lists[i] : &none;
}

const char *rm_contact(struct rm *m, int64_t id)
{
	const struct rp_record_list *list = rm_list(m, "contact");
	size_t i;

	for (i = 0; i < list->count; i++) {
		if (rp_record_id(list->items[i]) == id) {
			return rp_record_str(list->items[i], "name");
		}
	}
	return NULL;
}

const char *rm_contact_of(struct rm *m, const struct rp_record *rec, const char *field)
{
	return rp_record_is_null(rec, field) ? NULL : rm_contact(m, rp_record_int(rec, field));
}

bool rm_in(const struct rp_record *rec, const char *state)
{
	return record_is(rec, "state", state);
}

bool rm_in_period(const struct rm *m, int32_t day)
{
	return day != RP_NO_DATE && day >= m->from && day <= m->to;
}

/* ---- values for people ----------------------------------------------- */

const char *rm_day(int32_t day, char buf[RP_DATE_BUFSZ])
{
	if (day == RP_NO_DATE) {
		buf[0] = '\0';
	} else {
		rp_date_format(day, buf);
	}
	return buf;
}

/* An amount with the currency, preceded by `sign`. */
static const char *money_text(const struct rm *m, const char *sign, int64_t minor,
			      char buf[RM_MONEY_BUFSZ])
{
	char num[RP_MONEY_BUFSZ];

	if (!m->currency || rp_money_format_grouped(minor, m->currency, num, sizeof(num))) {
		snprintf(buf, RM_MONEY_BUFSZ, "%s%lld", sign, (long long)minor);
	} else {
		snprintf(buf, RM_MONEY_BUFSZ, "%s%s %s", sign, num, m->currency);
	}
	return buf;
}

const char *rm_money(const struct rm *m, int64_t minor, char buf[RM_MONEY_BUFSZ])
{
	return money_text(m, "", minor, buf);
}

const char *rm_money_delta(const struct rm *m, int64_t minor, char buf[RM_MONEY_BUFSZ])
{
	return money_text(m, minor > 0 ? "+" : "", minor, buf);
}

const char *rm_delta(int64_t days, char buf[RM_COUNT_BUFSZ])
{
	snprintf(buf, RM_COUNT_BUFSZ, "%s%lld", days > 0 ? "+" : "", (long long)days);
	return buf;
}

const char *rm_ndays(int64_t days, char buf[RM_COUNT_BUFSZ])
{
	snprintf(buf, RM_COUNT_BUFSZ, "%lld day%s", (long long)days, days == 1 ? "" : "s");
	return buf;
}

const char *rm_every(const char *duration, char buf[RM_COUNT_BUFSZ])
{
	static const char *const units[] = {"day", "week", "month", "year"};
	struct rp_duration d;

	if (!duration || rp_duration_parse(duration, &d) || (unsigned)d.unit >= NELEMS(units)) {
		snprintf(buf, RM_COUNT_BUFSZ, "every %s", duration ? duration : "");
	} else if (d.count == 1) {
		snprintf(buf, RM_COUNT_BUFSZ, "every %s", units[d.unit]);
	} else {
		snprintf(buf, RM_COUNT_BUFSZ, "every %d %ss", d.count, units[d.unit]);
	}
	return buf;
}

void rm_add(int64_t *sum, int64_t value)
{
	if (__builtin_add_overflow(*sum, value, sum)) {
		*sum = value > 0 ? INT64_MAX : INT64_MIN;
	}
}

/* ---- building the model ---------------------------------------------- */

/* Append a string to an array; nothing after a failure. */
static void push_string(struct rm *m, json_t *arr, const char *text)
{
	if (m->status || !arr) {
		return;
	}
	if (json_array_append_new(arr, json_string(text))) {
		rm_fail(m, RP_ENOMEM);
	}
}

static void set_new(struct rm *m, json_t *obj, const char *key, json_t *value)
{
	if (m->status || !obj) {
		json_decref(value);
		return;
	}
	if (!value || json_object_set_new(obj, key, value)) {
		rm_fail(m, RP_ENOMEM);
	}
}

json_t *rm_section(struct rm *m, const char *id, const char *title, const struct rm_col *cols,
		   const char *empty)
{
	json_t *sec, *columns;
	size_t i;

	if (m->status) {
		return NULL;
	}
	sec = json_object();
	if (!sec || json_array_append_new(m->sections, sec)) {
		rm_fail(m, RP_ENOMEM);
		return NULL;
	}
	set_new(m, sec, "id", json_string(id));
	set_new(m, sec, "title", json_string(title));
	set_new(m, sec, "paragraphs", json_array());
	columns = json_array();
	set_new(m, sec, "columns", columns);
	for (i = 0; !m->status && cols && cols[i].key; i++) {
		if (json_array_append_new(columns, json_pack("{s:s, s:s}", "key", cols[i].key,
							     "label", cols[i].label))) {
			rm_fail(m, RP_ENOMEM);
		}
	}
	set_new(m, sec, "rows", json_array());
	if (empty) {
		set_new(m, sec, "empty", json_string(empty));
	}
	return m->status ? NULL : sec;
}

json_t *rm_row(struct rm *m, json_t *section)
{
	json_t *row;

	if (m->status || !section) {
		return NULL;
	}
	row = json_object();
	if (!row || json_array_append_new(json_object_get(section, "rows"), row)) {
		rm_fail(m, RP_ENOMEM);
		return NULL;
	}
	return row;
}

void rm_cell(struct rm *m, json_t *row, const char *key, const char *value)
{
	if (m->status || !row || !value || !*value) {
		return;
	}
	set_new(m, row, key, json_string(value));
}

/* Format into scratch space; NULL after a failure. */
static const char *vformat(struct rm *m, const char *fmt, va_list ap)
{
	rp_buf_reset(&m->scratch);
	if (rp_buf_vprintf(&m->scratch, fmt, ap)) {
		rm_fail(m, RP_ENOMEM);
		return NULL;
	}
	return m->scratch.data;
}

void rm_cellf(struct rm *m, json_t *row, const char *key, const char *fmt, ...)
{
	const char *text;
	va_list ap;

	if (m->status || !row) {
		return;
	}
	va_start(ap, fmt);
	text = vformat(m, fmt, ap);
	va_end(ap);
	rm_cell(m, row, key, text);
}

void rm_para(struct rm *m, json_t *section, const char *fmt, ...)
{
	const char *text;
	va_list ap;

	if (m->status || (section == NULL && !m->summary)) {
		return;
	}
	va_start(ap, fmt);
	text = vformat(m, fmt, ap);
	va_end(ap);
	if (text) {
		push_string(m, section ? json_object_get(section, "paragraphs") : m->summary, text);
	}
}

void rm_closing(struct rm *m, const char *fmt, ...)
{
	const char *text;
	va_list ap;

	if (m->status) {
		return;
	}
	va_start(ap, fmt);
	text = vformat(m, fmt, ap);
	va_end(ap);
	if (text) {
		set_new(m, m->model, "closing", json_string(text));
	}
}

const char *rm_label(struct rm *m, const char *what, const struct rp_record *rec, const char *field)
{
	const char *text = rp_record_str(rec, field);

	rp_buf_reset(&m->label);
	if (rp_buf_printf(&m->label, "%s %lld", what, (long long)rp_record_id(rec)) ||
	    (text && rp_buf_printf(&m->label, " '%s'", text))) {
		rm_fail(m, RP_ENOMEM);
	}
	return m->label.data;
}

/* ---- the changes, in both reports ------------------------------------ */

void rm_approved(struct rm *m, int64_t *days, int64_t *cost)
{
	const struct rp_record_list *list = rm_list(m, "change");
	size_t i;

	*days = 0;
	*cost = 0;
	for (i = 0; i < list->count; i++) {
		if (rm_in(list->items[i], "approved")) {
			rm_add(days, rp_record_int(list->items[i], "days"));
			rm_add(cost, rp_record_int(list->items[i], "cost"));
		}
	}
}

void rm_changes(struct rm *m, const char *title, const char *empty)
{
	static const struct rm_col cols[] = {
		{"change", "Change"},	  {"cost", "Cost"}, {"days", "Days"},
		{"decision", "Decision"}, {NULL, NULL},
	};
	const struct rp_record_list *list = rm_list(m, "change");
	json_t *sec = rm_section(m, "changes", title, cols, empty);
	char money[RM_MONEY_BUFSZ], day[RP_DATE_BUFSZ], count[RM_COUNT_BUFSZ];
	int64_t days, cost;
	size_t i, approved = 0, open = 0;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *c = list->items[i];
		const char *by = rm_contact_of(m, c, "decided_by");
		json_t *row = rm_row(m, sec);

		rm_cell(m, row, "change", rp_record_str(c, "description"));
		if (!rp_record_is_null(c, "cost")) {
			rm_cell(m, row, "cost", rm_money_delta(m, rp_record_int(c, "cost"), money));
		}
		if (!rp_record_is_null(c, "days")) {
			rm_cell(m, row, "days", rm_delta(rp_record_int(c, "days"), count));
		}
		rm_day(record_day(c, "decided_on"), day);
		if (rm_in(c, "proposed")) {
			open++;
			rm_cellf(m, row, "decision", "awaiting a decision since %s",
				 rm_day(record_day(c, "proposed_on"), day));
		} else {
			approved += rm_in(c, "approved");
			rm_cellf(m, row, "decision", "%s%s%s%s%s", rp_record_str(c, "state"),
				 by ? " by " : "", by ? by : "", day[0] ? " on " : "", day);
		}
	}
	rm_approved(m, &days, &cost);
	if (approved) {
		rm_para(m, sec, "Approved changes in total: %s, %s day%s.",
			rm_money_delta(m, cost, money), rm_delta(days, count),
			days == 1 || days == -1 ? "" : "s");
	}
	if (open) {
		rm_para(m, sec, "%zu change%s await%s a decision.", open, open == 1 ? "" : "s",
			open == 1 ? "s" : "");
	}
}

/* ---- opening a report ------------------------------------------------ */

/* The day of the last progress report sent: kept by rp_report_send, or
 * logged by us on the "report" channel (what the health monitor counts),
 * a close-out report excepted. */
static int32_t last_progress(struct rm *m)
{
	const struct rp_record_list *list = rm_list(m, "interaction");
	int32_t last = RP_NO_DATE, day;
	size_t i;

	for (i = 0; i < list->count; i++) {
		const struct rp_record *rec = list->items[i];

		day = record_day(rec, "date");
		if (record_is_report(rec) && !record_is(rec, "topic", "closeout") &&
		    day != RP_NO_DATE && day > last) {
			last = day;
		}
	}
	list = rm_list(m, "report");
	for (i = 0; i < list->count; i++) {
		day = record_day(list->items[i], "sent_at");
		if (record_is(list->items[i], "kind", "progress") && day != RP_NO_DATE &&
		    day > last) {
			last = day;
		}
	}
	return last;
}

static void set_period(struct rm *m)
{
	int32_t start = engagement_start_day(m->eng), last;

	if (m->kind == RP_REPORT_PROGRESS) {
		last = last_progress(m);
		m->to = m->today;
		m->from =
			last != RP_NO_DATE && (start == RP_NO_DATE || last >= start) ? last : start;
	} else {
		m->to = record_day(m->eng, "ended_on");
		if (m->to == RP_NO_DATE) {
			m->to = record_day(m->eng, "closed_on");
		}
		if (m->to == RP_NO_DATE) {
			m->to = m->today;
		}
		m->from = start;
	}
	/* a start still ahead (a draft) gives an empty period, never a reversed one */
	if (m->from == RP_NO_DATE || m->from > m->to) {
		m->from = m->to;
	}
}

/* The contact a report is addressed to: a number or e-mail address of one
 * of the client's contacts. */
static int resolve_to(struct rm *m, const char *ref)
{
	const struct rp_field *f = rp_kind_field(rp_kind_find("report"), "to_contact");
	int rc = field_find_contact(m->db, f, NULL, rp_record_id(m->client), ref, &m->to_id);

	if (!rc) {
		m->to_name = rm_contact(m, m->to_id);
	}
	return rc;
}

static void rm_release(struct rm *m)
{
	size_t i;

	for (i = 0; i < RP_MAX_KINDS; i++) {
		if (m->loaded[i]) {
			rp_record_list_release(&m->lists[i]);
		}
	}
	rp_record_free(m->eng);
	rp_record_free(m->client);
	json_decref(m->model);
	rp_buf_release(&m->scratch);
	rp_buf_release(&m->label);
	memset(m, 0, sizeof(*m));
}

/* The head of the model, before the sections. */
static void model_head(struct rm *m)
{
	char from[RP_DATE_BUFSZ], to[RP_DATE_BUFSZ], today[RP_DATE_BUFSZ], value[RM_MONEY_BUFSZ];
	const bool closeout = m->kind == RP_REPORT_CLOSEOUT;

	m->model = json_object();
	m->summary = json_array();
	m->sections = json_array();
	if (!m->model || !m->summary || !m->sections) {
		json_decref(m->summary);
		json_decref(m->sections);
		m->summary = m->sections = NULL;
		rm_fail(m, RP_ENOMEM);
		return;
	}
	set_new(m, m->model, "format", json_integer(1));
	set_new(m, m->model, "kind", json_string(rp_report_kind_name(m->kind)));
	set_new(m, m->model, "title",
		json_string(closeout ? "Close-out report" : "Progress report"));
	set_new(m, m->model, "workspace", json_string(m->us ? m->us : ""));
	set_new(m, m->model, "engagement",
		json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s?}", "slug", m->slug, "title",
			  rp_record_str(m->eng, "title"), "client",
			  rp_record_str(m->client, "slug"), "client_name", m->them, "state",
			  rp_record_str(m->eng, "state"), "type", rp_record_str(m->eng, "type"),
			  "value",
			  rp_record_is_null(m->eng, "value")
				  ? NULL
				  : rm_money(m, rp_record_int(m->eng, "value"), value)));
	set_new(m, m->model, "period",
		json_pack("{s:s, s:s}", "from", rm_day(m->from, from), "to", rm_day(m->to, to)));
	set_new(m, m->model, "date", json_string(rm_day(m->today, today)));
	set_new(m, m->model, "to", m->to_name ? json_string(m->to_name) : json_null());
	/* the model owns them from here; the builder keeps borrowed pointers */
	json_incref(m->summary);
	json_incref(m->sections);
	set_new(m, m->model, "summary", m->summary);
	set_new(m, m->model, "sections", m->sections);
	json_decref(m->summary);
	json_decref(m->sections);
	if (m->status) {
		m->summary = m->sections = NULL;
	}
}

static int rm_build(struct rm *m, struct rp_db *db, const char *eng, enum rp_report_kind kind,
		    const char *to_contact)
{
	int rc;

	memset(m, 0, sizeof(*m));
	m->db = db;
	m->kind = kind;
	rp_buf_init(&m->scratch);
	rp_buf_init(&m->label);
	if (!db) {
		return RP_EINVAL;
	}
	if (!rp_report_kind_name(kind)) {
		return rp_db_fail(db, RP_EINVAL, "unknown report kind %d", (int)kind);
	}
	if (!eng || !*eng) {
		return rp_db_fail(db, RP_EINVAL, "missing the engagement (its slug)");
	}
	rc = rp_record_get(db, rp_kind_find("engagement"), eng, &m->eng);
	if (!rc) {
		rc = rp_record_get(db, rp_kind_find("client"), rp_record_parent(m->eng),
				   &m->client);
	}
	if (rc) {
		return rc;
	}
	m->slug = rp_record_str(m->eng, "slug");
	m->us = rp_workspace_name(db);
	m->them = rp_record_str(m->client, "name");
	m->currency = rp_record_str(m->eng, "currency");
	m->today = rp_db_today(db);
	if (to_contact) {
		rc = resolve_to(m, to_contact);
		if (rc) {
			return rc;
		}
	}
	set_period(m);
	model_head(m);
	if (kind == RP_REPORT_PROGRESS) {
		report_progress(m);
	} else {
		report_closeout(m);
	}
	return m->status;
}

int rp_report_build(struct rp_db *db, const char *eng, enum rp_report_kind kind,
		    const char *to_contact, json_t **model_out)
{
	struct rm m;
	int rc = rm_build(&m, db, eng, kind, to_contact);

	if (!rc && model_out) {
		*model_out = json_incref(m.model);
	}
	rm_release(&m);
	return rc;
}

/* ---- sending --------------------------------------------------------- */

static int render_fail(struct rp_db *db, int rc, enum rp_report_format fmt)
{
	const char *name = rp_report_format_name(fmt);

	switch (rc) {
	case RP_ENOTIMPL:
		return rp_db_fail(db, rc,
				  "reports cannot be rendered as %s yet (try --format json)", name);
	case RP_ENOMEM:
		return rp_db_fail(db, rc, "out of memory");
	default:
		if (!name) {
			return rp_db_fail(db, RP_EINVAL, "unknown report format %d", (int)fmt);
		}
		return rp_db_fail(db, rc, "the report cannot be rendered as %s", name);
	}
}

int rp_report_send(struct rp_db *db, const char *eng, enum rp_report_kind kind,
		   const char *to_contact, enum rp_report_format fmt, int64_t *id_out)
{
	struct rp_input *rep = rp_input_new(), *log = rp_input_new();
	char from[RP_DATE_BUFSZ], to[RP_DATE_BUFSZ], num[24];
	struct rp_buf body, summary;
	int64_t id = 0;
	struct rm m;
	int rc;

	rp_buf_init(&body);
	rp_buf_init(&summary);
	rc = rm_build(&m, db, eng, kind, to_contact);
	if (rc) {
		goto out;
	}
	if (!rep || !log) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = rp_report_render(m.model, fmt, &body);
	if (rc) {
		rc = render_fail(db, rc, fmt);
		goto out;
	}
	rm_day(m.from, from);
	rm_day(m.to, to);
	snprintf(num, sizeof(num), "%lld", (long long)m.to_id);
	if (rp_buf_printf(&summary, "%s %s to %s sent to %s",
			  kind == RP_REPORT_PROGRESS ? "Progress report" : "Close-out report", from,
			  to, m.to_name ? m.to_name : m.them) ||
	    rp_input_add(rep, "kind", rp_report_kind_name(kind)) ||
	    rp_input_add(rep, "period_from", from) || rp_input_add(rep, "period_to", to) ||
	    (m.to_id && rp_input_add(rep, "to_contact", num)) ||
	    rp_input_add(rep, "format", rp_report_format_name(fmt)) ||
	    rp_input_add(rep, "body", body.data) || rp_input_add(log, "summary", summary.data) ||
	    rp_input_add(log, "channel", "report") || rp_input_add(log, "initiated_by", "us") ||
	    rp_input_add(log, "topic", rp_report_kind_name(kind))) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = rp_db_begin(db);
	if (rc) {
		goto out;
	}
	rc = rp_record_add(db, rp_kind_find("report"), m.slug, rep, &id);
	if (!rc) {
		rc = rp_record_add(db, rp_kind_find("interaction"), m.slug, log, NULL);
	}
	if (rc) {
		rp_db_rollback(db);
		goto out;
	}
	rc = rp_db_commit(db);
	if (!rc && id_out) {
		*id_out = id;
	}
out:
	rm_release(&m);
	rp_buf_release(&body);
	rp_buf_release(&summary);
	rp_input_free(rep);
	rp_input_free(log);
	return rc;
}
