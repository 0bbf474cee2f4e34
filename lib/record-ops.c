/*
 * record-ops.c — the operations of the public record API: add, put, edit,
 * remove, verbs, get and list, each a single transaction that validates
 * everything before it stores anything.
 *
 * Invariant: a record in a locked state is never edited; a verb runs only
 * from the states its declaration allows.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- the operations -------------------------------------------------- */

/* Prepare an empty record under its parent, with its defaults. */
/* Once an engagement is closed its records are final, but for what comes
 * after closing: interactions, the retrospective, the exit interview, the
 * testimonial and the follow-up. */
static int check_engagement_open(struct rp_db *db, const struct rp_record *rec)
{
	struct store_stmt *st = NULL;
	int rc;

	if (rec->kind->parent != RP_PARENT_ENGAGEMENT || rec->kind->after_close) {
		return RP_OK;
	}
	rc = db_prepare(db,
			"SELECT \"state\" FROM \"engagement\" WHERE \"workspace_id\" = ? AND "
			"\"id\" = ?",
			&st);
	if (rc) {
		return rc;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->engagement_id);
	rc = db_step(db, st);
	if (rc == STORE_ROW) {
		rc = strcmp(db->be->column_text(st, 0), "closed")
			     ? RP_OK
			     : rp_db_fail(db, RP_ESTATE,
					  "engagement '%s' is closed; its %ss can no longer change",
					  rec->parent_slug, rec->kind->title);
	} else if (rc == STORE_DONE) {
		rc = rp_db_fail(db, RP_ENOTFOUND, "no engagement '%s'", rec->parent_slug);
	}
	db->be->finalize(st);
	return rc;
}

/* A client's number and slug from its slug or number. */
static int client_resolve(struct rp_db *db, const char *ref, int64_t *id, char **slug)
{
	struct rp_record *client = NULL;
	int rc = record_load(db, rp_kind_find("client"), ref, &client);

	if (!rc) {
		*id = client->id;
		rc = record_dup_str(slug, rp_record_str(client, "slug"));
		if (rc) {
			rc = rp_db_fail(db, rc, "out of memory");
		}
	}
	rp_record_free(client);
	return rc;
}

static int record_new_under(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			    struct rp_record **out)
{
	struct rp_record *rec = record_alloc(kind);
	size_t i;
	int rc = RP_OK;

	if (!rec) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (kind->parent == RP_PARENT_ENGAGEMENT) {
		if (!parent || !*parent) {
			rc = rp_db_fail(db, RP_EINVAL, "missing the engagement (its slug)");
		} else {
			rc = engagement_resolve(db, parent, &rec->parent_id, &rec->parent_slug,
						&rec->currency, &rec->client_id);
		}
		rec->engagement_id = rec->parent_id;
	} else if (kind->parent == RP_PARENT_CLIENT) {
		if (!parent || !*parent) {
			rc = rp_db_fail(db, RP_EINVAL, "missing the client (its slug)");
		} else {
			rc = client_resolve(db, parent, &rec->parent_id, &rec->parent_slug);
		}
		rec->client_id = rec->parent_id;
		if (!rc && !strcmp(kind->name, "engagement")) {
			rc = record_dup_str(&rec->currency, db->ws_currency);
			if (!rc) {
				rc = record_set_text(rec, rp_kind_field_index(kind, "currency"),
						     db->ws_currency);
			}
		}
	}
	for (i = 0; !rc && i < kind->nfields; i++) {
		if (kind->fields[i].def) {
			rc = field_apply_default(db, rec, (int)i, kind->fields[i].def);
		}
	}
	if (rc) {
		rp_record_free(rec);
		return rc == RP_ENOMEM ? rp_db_fail(db, rc, "out of memory") : rc;
	}
	*out = rec;
	return RP_OK;
}

static int singleton_exists(struct rp_db *db, const struct rp_kind *kind, int64_t eng,
			    struct rp_record **out)
{
	int rc = record_query_one(db, kind, "t.\"engagement_id\" = ?", eng, out);

	return rc;
}

static int record_add_locked(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			     const struct rp_input *in, int64_t *id_out)
{
	struct rp_record *rec = NULL, *other = NULL;
	int rc;

	rc = record_new_under(db, kind, parent, &rec);
	if (!rc) {
		rc = check_engagement_open(db, rec);
	}
	if (rc) {
		rp_record_free(rec);
		return rc;
	}
	if (kind->singleton) {
		rc = singleton_exists(db, kind, rec->engagement_id, &other);
		if (!rc) {
			struct rp_buf label;

			rp_buf_init(&label);
			record_label(other, &label);
			rc = rp_db_fail(db, RP_ECONFLICT, "%s exists already", label.data);
			rp_buf_release(&label);
			goto out;
		}
		if (rc != RP_ENOTFOUND) {
			goto out;
		}
	}
	rc = field_apply_input(db, rec, in, RP_F_NOADD);
	if (!rc) {
		rc = field_check_slug(db, rec);
	}
	if (!rc) {
		rc = field_check_required(db, rec);
	}
	if (!rc && kind->on_write) {
		rc = kind->on_write(db, rec, NULL);
	}
	if (!rc) {
		rc = record_store_insert(db, rec);
	}
	if (!rc && id_out) {
		*id_out = rec->id;
	}
out:
	rp_record_free(other);
	rp_record_free(rec);
	return rc;
}

int rp_record_add(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		  const struct rp_input *in, int64_t *id_out)
{
	int rc = tx_begin(db);

	if (rc) {
		return rc;
	}
	return tx_end(db, record_add_locked(db, kind, parent, in, id_out));
}

static int refuse_locked(struct rp_db *db, const struct rp_record *rec)
{
	struct rp_buf label;
	const char *state = rp_record_str(rec, "state");
	int rc;

	rp_buf_init(&label);
	record_label(rec, &label);
	rc = rp_db_fail(db, RP_ESTATE, "%s is %s and locked; %s", label.data, state,
			!strcmp(rec->kind->name, "deliverable")
				? "changing it needs a change request"
				: "it can no longer be changed");
	rp_buf_release(&label);
	return rc;
}

static bool is_locked(const struct rp_record *rec)
{
	int st;

	if (!rec->kind->states) {
		return false;
	}
	st = rp_kind_state_index(rec->kind, rp_record_str(rec, "state"));
	return st >= 0 && (rec->kind->locked & (1u << st));
}

static int record_edit_loaded(struct rp_db *db, struct rp_record *rec, const struct rp_input *in,
			      unsigned forbidden)
{
	struct rp_record *before = NULL;
	bool changed = false;
	size_t i;
	int rc;

	if (is_locked(rec)) {
		return refuse_locked(db, rec);
	}
	rc = check_engagement_open(db, rec);
	if (rc) {
		return rc;
	}
	before = record_dup(rec);
	if (!before) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = field_apply_input(db, rec, in, forbidden);
	if (!rc) {
		rc = field_check_slug(db, rec);
	}
	if (!rc) {
		rc = field_check_required(db, rec);
	}
	if (!rc && rec->kind->on_write) {
		rc = rec->kind->on_write(db, rec, before);
	}
	for (i = 0; !rc && i < rec->kind->nfields; i++) {
		changed |= !record_value_equal(&rec->kind->fields[i], &rec->v[i], &before->v[i]);
	}
	if (!rc && changed) {
		rc = record_store_update(db, rec, before, "edit");
	}
	rp_record_free(before);
	return rc;
}

int rp_record_edit(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		   const struct rp_input *in)
{
	struct rp_record *rec = NULL;
	int rc;

	if (!in || !in->count) {
		return rp_db_fail(db, RP_EINVAL, "nothing to change (give at least one field)");
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (!rc) {
		rc = record_edit_loaded(db, rec, in, RP_F_NOEDIT);
	}
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_put(struct rp_db *db, const struct rp_kind *kind, const char *eng,
		  const struct rp_input *in, int64_t *id_out)
{
	struct rp_record *rec = NULL;
	char *slug = NULL, *cur = NULL;
	int64_t eng_id, client;
	int rc;

	if (!kind->singleton) {
		return rp_db_fail(db, RP_EINVAL, "a %s is not kept once per engagement",
				  kind->title);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	/* A quiet probe: a failure reported on the handle would doom the
	 * transaction, and "not there yet" is no failure here. */
	rc = engagement_resolve(db, eng, &eng_id, &slug, &cur, &client);
	if (!rc) {
		rc = record_query_one(db, kind, "t.\"engagement_id\" = ?", eng_id, &rec);
	}
	if (rc == RP_ENOTFOUND && !slug) {
		/* the engagement itself is missing: the message is set */
	} else if (rc == RP_ENOTFOUND) {
		rc = record_add_locked(db, kind, eng, in, id_out);
	} else if (!rc) {
		rc = record_edit_loaded(db, rec, in, RP_F_NOADD);
		if (!rc && id_out) {
			*id_out = rec->id;
		}
	}
	free(slug);
	free(cur);
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_remove(struct rp_db *db, const struct rp_kind *kind, const char *ref)
{
	struct rp_record *rec = NULL;
	struct store_stmt *st = NULL;
	struct rp_buf sql, label;
	int rc;

	if (!kind->removable) {
		return rp_db_fail(db, RP_EINVAL, "a %s cannot be removed", kind->title);
	}
	rp_buf_init(&sql);
	rp_buf_init(&label);
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (rc) {
		goto out;
	}
	rp_buf_printf(&sql, "DELETE FROM \"%s\" WHERE \"workspace_id\" = ? AND \"id\" = ?",
		      kind->table);
	rc = db_prepare(db, sql.data, &st);
	if (rc) {
		goto out;
	}
	db->be->bind_int(st, 1, db->workspace);
	db->be->bind_int(st, 2, rec->id);
	rc = db->be->step(st);
	if (rc == RP_ECONFLICT) {
		record_label(rec, &label);
		rc = rp_db_fail(db, RP_ECONFLICT, "cannot remove %s: other records refer to it",
				label.data);
		goto out;
	}
	if (rc < 0) {
		rc = db_store_fail(db, rc, "cannot remove the record");
		goto out;
	}
	rc = audit_append(db, "remove", rec, NULL);
	if (!rc) {
		rc = health_touch(db, rec);
	}
out:
	db->be->finalize(st);
	rp_buf_release(&sql);
	rp_buf_release(&label);
	rp_record_free(rec);
	return tx_end(db, rc);
}

static int refuse_state(struct rp_db *db, const struct rp_record *rec,
			const struct rp_transition *t)
{
	struct rp_buf label, allowed;
	int i, n = 0, rc;

	rp_buf_init(&label);
	rp_buf_init(&allowed);
	record_label(rec, &label);
	for (i = 0; rec->kind->states[i]; i++) {
		if (t->from & (1u << i)) {
			rp_buf_printf(&allowed, "%s%s", n++ ? ", " : "", rec->kind->states[i]);
		}
	}
	rc = rp_db_fail(db, RP_ESTATE, "%s is %s; '%s' is allowed only when it is %s", label.data,
			rp_record_str(rec, "state"), t->verb, n ? allowed.data : "never");
	rp_buf_release(&label);
	rp_buf_release(&allowed);
	return rc;
}

static int apply_verb_args(struct rp_db *db, struct rp_record *rec, const struct rp_transition *t,
			   const struct rp_input *in)
{
	const struct rp_arg *a;
	const struct rp_stamp *s;
	size_t i;
	int idx, rc;

	for (i = 0; in && i < in->count; i++) {
		for (a = t->args; a && a->flag; a++) {
			if ((a->field && !strcmp(a->field, in->items[i].field)) ||
			    (!a->field && !strcmp(a->flag, in->items[i].field))) {
				break;
			}
		}
		if (!a || !a->flag) {
			return rp_db_fail(db, RP_EINVAL, "'%s' takes no %s", t->verb,
					  in->items[i].field);
		}
		if (!a->field) {
			continue; /* for the verb's effect */
		}
		idx = rp_kind_field_index(rec->kind, a->field);
		if (a->flags & RP_F_MULTI) {
			rc = field_add_multi(db, rec, idx, in->items[i].value, a->flag);
		} else if (a->flags & RP_F_SWITCH) {
			rc = record_parse_field(db, rec, idx, in->items[i].value, a->flag);
		} else if (!*in->items[i].value && (a->flags & RP_F_REQUIRED)) {
			rc = field_fail_missing(db, &rec->kind->fields[idx], a->flag);
		} else {
			rc = record_parse_field(db, rec, idx, in->items[i].value, a->flag);
		}
		if (!rc && (a->flags & RP_F_REQUIRED) && rec->v[idx].null) {
			/* blanks are trimmed away: a required reason must say something */
			rc = field_fail_missing(db, &rec->kind->fields[idx], a->flag);
		}
		if (rc) {
			return rc;
		}
	}
	for (a = t->args; a && a->flag; a++) {
		if ((a->flags & RP_F_REQUIRED) &&
		    !rp_input_get(in, a->field ? a->field : a->flag)) {
			if (a->field) {
				return field_fail_missing(db, rp_kind_field(rec->kind, a->field),
							  a->flag);
			}
			return rp_db_fail(db, RP_EINVAL, "missing %s%s", db->flag_names ? "--" : "",
					  a->flag);
		}
	}
	for (s = t->stamps; s && s->field; s++) {
		if (rp_input_get(in, s->field)) {
			continue;
		}
		rc = field_apply_default(db, rec, rp_kind_field_index(rec->kind, s->field),
					 s->value);
		if (rc) {
			return rc;
		}
	}
	return RP_OK;
}

/* A verb that only changes fields needs at least one of them. */
static int nothing_to_change(struct rp_db *db, const struct rp_transition *t)
{
	const struct rp_arg *a;
	struct rp_buf list;
	int rc;

	rp_buf_init(&list);
	for (a = t->args; a->flag; a++) {
		rp_buf_printf(&list, "%s%s%s", list.len ? ", " : "", db->flag_names ? "--" : "",
			      a->flag);
	}
	rc = rp_db_fail(db, RP_EINVAL, "nothing to change (give at least one of %s)", list.data);
	rp_buf_release(&list);
	return rc;
}

int rp_record_act(struct rp_db *db, const struct rp_kind *kind, const char *ref, const char *verb,
		  const struct rp_input *in)
{
	const struct rp_transition *t = rp_kind_transition(kind, verb);
	struct rp_record *rec = NULL, *before = NULL;
	int rc, st;

	if (!t) {
		return rp_db_fail(db, RP_EINVAL, "a %s has no verb '%s'", kind->title, verb);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (!rc) {
		rc = check_engagement_open(db, rec);
	}
	if (!rc && t->to < 0 && t->args && (!in || !in->count)) {
		rc = nothing_to_change(db, t);
	}
	if (rc) {
		goto out;
	}
	if (kind->states) {
		st = rp_kind_state_index(kind, rp_record_str(rec, "state"));
		if (st < 0 || !(t->from & (1u << st))) {
			rc = refuse_state(db, rec, t);
			goto out;
		}
	}
	before = record_dup(rec);
	if (!before) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = apply_verb_args(db, rec, t, in);
	if (!rc && t->to >= 0) {
		rc = record_set_text(rec, rp_kind_field_index(kind, "state"), kind->states[t->to]);
	}
	if (!rc && t->effect) {
		rc = t->effect(db, rec, in);
	}
	if (!rc && kind->on_write) {
		rc = kind->on_write(db, rec, before);
	}
	if (!rc) {
		rc = record_store_update(db, rec, before, verb);
	}
out:
	rp_record_free(before);
	rp_record_free(rec);
	return tx_end(db, rc);
}

int record_force_state(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		       const char *state)
{
	struct rp_record *rec = NULL, *before = NULL;
	int rc;

	if (rp_kind_state_index(kind, state) < 0) {
		return rp_db_fail(db, RP_EINVAL, "a %s has no state '%s'", kind->title, state);
	}
	rc = tx_begin(db);
	if (rc) {
		return rc;
	}
	rc = record_load(db, kind, ref, &rec);
	if (!rc && !(before = record_dup(rec))) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (!rc) {
		rc = record_set_text(rec, rp_kind_field_index(kind, "state"), state);
	}
	if (!rc) {
		rc = record_store_update(db, rec, before, "set-state");
	}
	rp_record_free(before);
	rp_record_free(rec);
	return tx_end(db, rc);
}

int rp_record_get(struct rp_db *db, const struct rp_kind *kind, const char *ref,
		  struct rp_record **out)
{
	return record_load(db, kind, ref, out);
}

void rp_record_list_release(struct rp_record_list *list)
{
	size_t i;

	if (!list) {
		return;
	}
	for (i = 0; i < list->count; i++) {
		rp_record_free(list->items[i]);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

/* The records of `kind` (under `parent`, in `state`) numbered after
 * `after`, in number order, at most `limit` of them (0: all). */
static int record_list(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		       const char *state, int64_t after, size_t limit, bool brief,
		       struct rp_record_list *out)
{
	struct store_stmt *st = NULL;
	struct rp_record_list list = {NULL, 0};
	struct rp_record *rec;
	struct rp_buf sql;
	size_t cap = 0;
	int64_t pid = 0;
	char *slug = NULL, *cur = NULL;
	int rc, col;

	if (!db->workspace) {
		return rp_db_fail(db, RP_ENOWORKSPACE,
				  "no workspace here yet (run 'rapport init')");
	}
	if (state && kind->states && rp_kind_state_index(kind, state) < 0) {
		struct rp_buf form;

		rp_buf_init(&form);
		rp_field_form(rp_kind_field(kind, "state"), &form);
		rc = rp_db_fail(db, RP_EINVAL, "invalid state '%s' (expected %s)", state,
				form.data);
		rp_buf_release(&form);
		return rc;
	}
	if (parent && kind->parent == RP_PARENT_ENGAGEMENT) {
		int64_t client;

		rc = engagement_resolve(db, parent, &pid, &slug, &cur, &client);
		free(slug);
		free(cur);
		if (rc) {
			return rc;
		}
	} else if (parent && kind->parent == RP_PARENT_CLIENT) {
		rc = record_slug_lookup(db, "client", parent, &pid);
		if (rc) {
			return rc;
		}
	}
	rp_buf_init(&sql);
	if (brief) {
		record_sql_select_brief(db, kind, &sql);
	} else {
		record_sql_select(db, kind, &sql);
	}
	if (pid) {
		rp_buf_printf(&sql, " AND t.\"%s\" = ?", record_parent_column(kind));
	}
	if (state && kind->states) {
		rp_buf_puts(&sql, " AND t.\"state\" = ?");
	}
	if (after > 0) {
		rp_buf_puts(&sql, " AND t.\"id\" > ?");
	}
	rp_buf_puts(&sql, " ORDER BY t.\"id\"");
	rc = limit ? rp_buf_puts(&sql, " LIMIT ?") : RP_OK;
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (rc) {
		goto out;
	}
	col = 1;
	db->be->bind_int(st, col++, db->workspace);
	if (pid) {
		db->be->bind_int(st, col++, pid);
	}
	if (state && kind->states) {
		db->be->bind_text(st, col++, state);
	}
	if (after > 0) {
		db->be->bind_int(st, col++, after);
	}
	if (limit) {
		db->be->bind_int(st, col++, (int64_t)limit);
	}
	while ((rc = db_step(db, st)) == STORE_ROW) {
		if (list.count == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct rp_record **items = realloc(list.items, ncap * sizeof(*items));

			if (!items) {
				rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
				goto out;
			}
			list.items = items;
			cap = ncap;
		}
		rc = record_from_row(db, kind, st, &rec);
		if (rc) {
			goto out;
		}
		list.items[list.count++] = rec;
	}
	if (rc == STORE_DONE) {
		rc = RP_OK;
		*out = list;
		list.items = NULL;
		list.count = 0;
	}
out:
	db->be->finalize(st);
	rp_buf_release(&sql);
	rp_record_list_release(&list);
	return rc;
}

int rp_record_list(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		   const char *state, struct rp_record_list *out)
{
	return record_list(db, kind, parent, state, 0, 0, false, out);
}

int rp_record_list_brief(struct rp_db *db, const struct rp_kind *kind, const char *parent,
			 const char *state, struct rp_record_list *out)
{
	return record_list(db, kind, parent, state, 0, 0, true, out);
}

int rp_record_page(struct rp_db *db, const struct rp_kind *kind, const char *parent,
		   const char *state, int64_t after, size_t limit, struct rp_record_list *out)
{
	return record_list(db, kind, parent, state, after, limit, true, out);
}
