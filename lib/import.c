/*
 * import.c — loading an export (docs/export.md) into an empty workspace.
 *
 * The whole document is checked before anything is written: its format and
 * version, every record's values against its field's declaration, every
 * reference to a parent or a contact, the counters and the audit chain
 * (recomputed as audit.c computes it), and the accounts (user-io.c).  Then
 * the workspace, the settings, the rows under their original numbers, the
 * accounts and tokens, the counters and the audit trail go in as they are,
 * in one transaction, and every engagement's kept results are marked stale.
 *
 * Invariant: a refused import writes nothing.  The document is owned by
 * rp_import; the lists below borrow from it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "user-io.h"

/* A record's number and its parent's (client or engagement), for lookups. */
struct entry {
	int64_t id;
	int64_t parent;
};

struct kind_list {
	const struct rp_kind *kind;
	json_t *list; /* the document's array, or NULL when the kind is absent */
	struct entry *e;
	size_t n;
};

struct doc {
	json_t *root;
	json_t *workspace, *settings, *counters, *records, *audit, *head;
	json_t *users, *tokens; /* empty lists in a version 1 document */
	int64_t schema;		/* the database schema the document was exported from */
	int64_t last_user, last_token;
	struct kind_list kinds[RP_MAX_KINDS];
	size_t nkinds;
};

static const char zero_hash[RP_HASH_HEX] =
	"0000000000000000000000000000000000000000000000000000000000000000";

/* The fields a later schema added to a kind: a document exported before it
 * lacks them, and they import empty.  A new column of a record kind is one
 * row here and changes neither the document's version nor its shape. */
static const struct {
	const char *kind, *field;
	int64_t schema;
} added_fields[] = {
	{"client_request", "answer", 5},
};

/* Whether a document of schema `schema` holds `field` of `kind`. */
static bool doc_has_field(const struct doc *d, const struct rp_kind *kind, const char *field)
{
	size_t i;

	for (i = 0; i < sizeof(added_fields) / sizeof(added_fields[0]); i++) {
		if (!strcmp(added_fields[i].kind, kind->name) &&
		    !strcmp(added_fields[i].field, field)) {
			return d->schema >= added_fields[i].schema;
		}
	}
	return true;
}

/* The object's members must be exactly `keys` (NULL-terminated). */
static int check_keys(struct rp_db *db, json_t *obj, const char *const *keys, const char *where)
{
	const char *key;
	json_t *v;
	size_t i;

	if (!json_is_object(obj)) {
		return export_invalid(db, "%s is not an object", where);
	}
	json_object_foreach(obj, key, v)
	{
		for (i = 0; keys[i] && strcmp(keys[i], key); i++) {
		}
		if (!keys[i]) {
			return export_invalid(db, "%s has an unknown member '%s'", where, key);
		}
	}
	for (i = 0; keys[i]; i++) {
		if (!json_object_get(obj, keys[i])) {
			return export_invalid(db, "%s lacks '%s'", where, keys[i]);
		}
	}
	return RP_OK;
}

static struct kind_list *kind_list_of(struct doc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->nkinds; i++) {
		if (!strcmp(d->kinds[i].kind->name, name)) {
			return &d->kinds[i];
		}
	}
	return NULL;
}

/* The entry of record `id`, or NULL; lists are in number order. */
static const struct entry *find_entry(const struct kind_list *kl, int64_t id)
{
	size_t lo = 0, hi = kl ? kl->n : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (kl->e[mid].id == id) {
			return &kl->e[mid];
		}
		if (kl->e[mid].id < id) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return NULL;
}

static bool is_hash(const char *s)
{
	size_t i;

	for (i = 0; i < RP_HASH_HEX - 1; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) {
			return false;
		}
	}
	return s[i] == '\0';
}

/* ---- the head of the document ---------------------------------------- */

static int check_head(struct rp_db *db, struct doc *d)
{
	/* version 1 had no accounts; version 2 added "users" and "tokens" */
	static const char *const top_keys_v1[] = {"format",	"version",  "schema",  "workspace",
						  "settings",	"counters", "records", "audit",
						  "audit_head", NULL};
	static const char *const top_keys[] = {"format",   "version",  "schema",     "workspace",
					       "settings", "counters", "records",    "users",
					       "tokens",   "audit",    "audit_head", NULL};
	static const char *const ws_keys[] = {"name", "currency", "timezone", "created_at", NULL};
	json_t *v;
	int64_t t;
	int rc;

	if (!json_is_object(d->root)) {
		return export_invalid(db, "the document is not a JSON object");
	}
	v = json_object_get(d->root, "format");
	if (!json_is_string(v) || strcmp(json_string_value(v), RP_EXPORT_FORMAT)) {
		return rp_db_fail(db, RP_EINVAL,
				  "not a rapport export (expected \"format\": \"%s\")",
				  RP_EXPORT_FORMAT);
	}
	v = json_object_get(d->root, "version");
	if (!json_is_integer(v) || json_integer_value(v) < 1) {
		return export_invalid(db, "'version' is not a positive whole number");
	}
	if (json_integer_value(v) > RP_EXPORT_VERSION) {
		return rp_db_fail(db, RP_EINVAL,
				  "the export is version %lld, newer than this rapport knows (%d); "
				  "upgrade rapport",
				  (long long)json_integer_value(v), RP_EXPORT_VERSION);
	}
	rc = check_keys(db, d->root, json_integer_value(v) == 1 ? top_keys_v1 : top_keys,
			"the document");
	if (rc) {
		return rc;
	}
	v = json_object_get(d->root, "schema");
	if (!json_is_integer(v) || json_integer_value(v) < 1) {
		return export_invalid(db, "'schema' is not a positive whole number");
	}
	if (json_integer_value(v) > db->schema_version) {
		return rp_db_fail(db, RP_EINVAL,
				  "the export comes from database schema %lld, newer than this "
				  "rapport knows (%d); upgrade rapport",
				  (long long)json_integer_value(v), db->schema_version);
	}
	d->schema = json_integer_value(v);
	d->workspace = json_object_get(d->root, "workspace");
	d->settings = json_object_get(d->root, "settings");
	d->counters = json_object_get(d->root, "counters");
	d->records = json_object_get(d->root, "records");
	d->audit = json_object_get(d->root, "audit");
	d->head = json_object_get(d->root, "audit_head");
	d->users = json_object_get(d->root, "users");
	d->tokens = json_object_get(d->root, "tokens");
	rc = check_keys(db, d->workspace, ws_keys, "'workspace'");
	if (rc) {
		return rc;
	}
	for (size_t i = 0; ws_keys[i]; i++) {
		if (!json_is_string(json_object_get(d->workspace, ws_keys[i]))) {
			return export_invalid(db, "workspace %s is not text", ws_keys[i]);
		}
	}
	if (rp_currency_exponent(json_string_value(json_object_get(d->workspace, "currency"))) <
	    0) {
		return export_invalid(db, "workspace currency '%s' is not an ISO 4217 code",
				      json_string_value(json_object_get(d->workspace, "currency")));
	}
	if (rp_datetime_parse(json_string_value(json_object_get(d->workspace, "created_at")), &t)) {
		return export_invalid(
			db,
			"workspace created_at '%s' is not a time (expected "
			"YYYY-MM-DDTHH:MM:SSZ)",
			json_string_value(json_object_get(d->workspace, "created_at")));
	}
	return RP_OK;
}

static int check_settings(struct rp_db *db, struct doc *d)
{
	struct rp_setting defs[RP_SETTINGS];
	const char *key;
	json_t *v;
	size_t i;
	int rc;

	if (!json_is_object(d->settings)) {
		return export_invalid(db, "'settings' is not an object");
	}
	rc = rp_settings_get(db, defs);
	if (rc) {
		return rc;
	}
	json_object_foreach(d->settings, key, v)
	{
		for (i = 0; i < RP_SETTINGS && strcmp(defs[i].name, key); i++) {
		}
		if (i == RP_SETTINGS) {
			return export_invalid(db, "no setting '%s'", key);
		}
		if (!json_is_integer(v) || json_integer_value(v) < defs[i].min ||
		    json_integer_value(v) > defs[i].max) {
			return export_invalid(db,
					      "setting %s is not a whole number from %lld to %lld",
					      key, (long long)defs[i].min, (long long)defs[i].max);
		}
	}
	return RP_OK;
}

/* ---- records ---------------------------------------------------------- */

/* Every list in number order, with each record's number and parent. */
static int index_records(struct rp_db *db, struct doc *d)
{
	const struct rp_kind *const *k;
	const char *key;
	size_t total = 0, i;
	json_t *v;

	if (!json_is_object(d->records)) {
		return export_invalid(db, "'records' is not an object");
	}
	json_object_foreach(d->records, key, v)
	{
		const struct rp_kind *kind = rp_kind_find(key);

		if (!kind || strcmp(kind->name, key)) {
			return export_invalid(db, "unknown record kind '%s'", key);
		}
		if (!json_is_array(v)) {
			return export_invalid(db, "records of %s are not a list", key);
		}
		total += json_array_size(v);
		if (total > RP_IMPORT_MAX_RECORDS) {
			return export_invalid(db, "more than %d records (the limit of one import)",
					      RP_IMPORT_MAX_RECORDS);
		}
	}
	for (k = rp_kinds(); *k && d->nkinds < RP_MAX_KINDS; k++) {
		struct kind_list *kl = &d->kinds[d->nkinds++];
		const char *pcol = record_parent_column(*k);
		json_t *rec;

		kl->kind = *k;
		kl->list = json_object_get(d->records, (*k)->name);
		if (!kl->list || !json_array_size(kl->list)) {
			continue;
		}
		kl->e = calloc(json_array_size(kl->list), sizeof(*kl->e));
		if (!kl->e) {
			return rp_db_fail(db, RP_ENOMEM, "out of memory");
		}
		json_array_foreach(kl->list, i, rec)
		{
			json_t *id = json_object_get(rec, "id");
			json_t *parent = pcol ? json_object_get(rec, pcol) : NULL;

			if (!json_is_object(rec) || !json_is_integer(id) ||
			    json_integer_value(id) < 1) {
				return export_invalid(db,
						      "%s number %zu in the list has no valid 'id'",
						      (*k)->name, i + 1);
			}
			if (kl->n && json_integer_value(id) <= kl->e[kl->n - 1].id) {
				return export_invalid(
					db, "%s %lld is out of number order or repeated",
					(*k)->name, (long long)json_integer_value(id));
			}
			if (pcol && (!json_is_integer(parent) || json_integer_value(parent) < 1)) {
				return export_invalid(db, "%s %lld has no valid '%s'", (*k)->name,
						      (long long)json_integer_value(id), pcol);
			}
			kl->e[kl->n].id = json_integer_value(id);
			kl->e[kl->n].parent = pcol ? json_integer_value(parent) : 0;
			kl->n++;
		}
	}
	return RP_OK;
}

/* Fail with the message a field's parser left, naming the record. */
static int bad_parsed(struct rp_db *db, const struct rp_kind *kind, int64_t id)
{
	char *msg = strdup(rp_db_errmsg(db));
	int rc;

	if (!msg) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	rc = export_invalid(db, "%s %lld: %s", kind->name, (long long)id, msg);
	free(msg);
	return rc;
}

static int check_trigger(struct rp_db *db, struct doc *d, const struct rp_record *rec,
			 const struct rp_field *f, const char *s)
{
	char canon[64];
	const struct entry *dlv;
	int64_t n;
	int32_t day;

	if (!strncmp(s, "date:", 5) && !rp_date_parse(s + 5, &day)) {
		rp_date_format(day, canon);
		if (!strcmp(canon, s + 5)) {
			return RP_OK;
		}
	} else if (!strncmp(s, "deliverable:", 12) && !field_parse_number(s + 12, &n)) {
		dlv = find_entry(kind_list_of(d, "deliverable"), n);
		snprintf(canon, sizeof(canon), "deliverable:%lld", (long long)n);
		if (!dlv || dlv->parent != rec->engagement_id) {
			return export_invalid(
				db,
				"%s %lld: %s names deliverable %lld, which is not in its "
				"engagement",
				rec->kind->name, (long long)rec->id, f->name, (long long)n);
		}
		if (!strcmp(canon, s)) {
			return RP_OK;
		}
	}
	return export_invalid(db,
			      "%s %lld: invalid trigger '%s' for %s (expected deliverable:ID or "
			      "date:YYYY-MM-DD)",
			      rec->kind->name, (long long)rec->id, s, f->name);
}

static int check_int(struct rp_db *db, struct doc *d, const struct rp_record *rec,
		     const struct rp_field *f, int64_t v)
{
	const char *kname = rec->kind->name;
	long long id = (long long)rec->id;
	const struct entry *c;

	switch (f->type) {
	case RP_T_INT:
		if (v < f->min || v > f->max) {
			return export_invalid(db, "%s %lld: %s is %lld (expected %lld to %lld)",
					      kname, id, f->name, (long long)v, (long long)f->min,
					      (long long)f->max);
		}
		break;
	case RP_T_BOOL:
		if (v != 0 && v != 1) {
			return export_invalid(db, "%s %lld: %s is %lld (expected 0 or 1)", kname,
					      id, f->name, (long long)v);
		}
		break;
	case RP_T_MONEY:
		if ((v < 0 && !(f->flags & RP_F_SIGNED)) || v > INT64_C(999999999999999) ||
		    v < -INT64_C(999999999999999)) {
			return export_invalid(db, "%s %lld: %s is %lld (expected %sminor units)",
					      kname, id, f->name, (long long)v,
					      (f->flags & RP_F_SIGNED) ? "" : "zero or more ");
		}
		break;
	case RP_T_CONTACT:
		c = find_entry(kind_list_of(d, "contact"), v);
		if (!c || c->parent != rec->client_id) {
			return export_invalid(
				db,
				"%s %lld: %s names contact %lld, which is not a contact of "
				"its client",
				kname, id, f->name, (long long)v);
		}
		break;
	default:
		break;
	}
	return RP_OK;
}

/* A multi-valued field: a JSON array of texts, kept as field_add_multi
 * writes it. */
static int check_multi(struct rp_db *db, struct rp_record *chk, int idx, const char *s)
{
	json_t *arr = json_loads(s, JSON_REJECT_DUPLICATES, NULL), *item;
	size_t i;
	int rc = RP_OK;

	if (!json_is_array(arr)) {
		rc = export_invalid(db, "%s %lld: %s is not a list of texts", chk->kind->name,
				    (long long)chk->id, chk->kind->fields[idx].name);
		goto out;
	}
	json_array_foreach(arr, i, item)
	{
		if (!json_is_string(item)) {
			rc = export_invalid(db, "%s %lld: %s is not a list of texts",
					    chk->kind->name, (long long)chk->id,
					    chk->kind->fields[idx].name);
			goto out;
		}
		if (field_add_multi(db, chk, idx, json_string_value(item), NULL)) {
			rc = bad_parsed(db, chk->kind, chk->id);
			goto out;
		}
	}
	if (chk->v[idx].null || strcmp(chk->v[idx].s, s)) {
		rc = export_invalid(db, "%s %lld: %s is not in its stored form", chk->kind->name,
				    (long long)chk->id, chk->kind->fields[idx].name);
	}
out:
	json_decref(arr);
	return rc;
}

static int check_text(struct rp_db *db, struct doc *d, struct rp_record *chk, int idx,
		      const char *s)
{
	const struct rp_field *f = &chk->kind->fields[idx];

	if (f->type == RP_T_TRIGGER) {
		return check_trigger(db, d, chk, f, s);
	}
	if (f->flags & RP_F_MULTI) {
		return check_multi(db, chk, idx, s);
	}
	if (record_parse_field(db, chk, idx, s, NULL)) {
		return bad_parsed(db, chk->kind, chk->id);
	}
	/* free text is kept as given (its parser trims it); every other type
	 * must come in the one form its parser writes */
	if (f->type != RP_T_TEXT && (chk->v[idx].null || strcmp(chk->v[idx].s, s))) {
		return export_invalid(db, "%s %lld: '%s' for %s is not in its stored form",
				      chk->kind->name, (long long)chk->id, s, f->name);
	}
	return RP_OK;
}

static int check_record(struct rp_db *db, struct doc *d, struct kind_list *kl, json_t *obj,
			bool *taken)
{
	const struct rp_kind *kind = kl->kind;
	const char *pcol = record_parent_column(kind);
	int64_t id = json_integer_value(json_object_get(obj, "id"));
	struct rp_record *chk = NULL;
	const struct entry *parent = NULL;
	const char *key;
	json_t *v;
	size_t i;
	int rc = RP_OK;

	json_object_foreach(obj, key, v)
	{
		if (strcmp(key, "id") && (!pcol || strcmp(key, pcol)) &&
		    (rp_kind_field_index(kind, key) < 0 || !doc_has_field(d, kind, key))) {
			return export_invalid(db, "%s %lld has an unknown field '%s'", kind->name,
					      (long long)id, key);
		}
	}
	for (i = 0; i < kind->nfields; i++) {
		if (!json_object_get(obj, kind->fields[i].name) &&
		    doc_has_field(d, kind, kind->fields[i].name)) {
			return export_invalid(db, "%s %lld lacks the field '%s'", kind->name,
					      (long long)id, kind->fields[i].name);
		}
	}
	chk = record_alloc(kind);
	if (!chk) {
		return rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	chk->id = id;
	if (kind->parent == RP_PARENT_CLIENT) {
		chk->parent_id = chk->client_id = find_entry(kl, id)->parent;
		parent = find_entry(kind_list_of(d, "client"), chk->parent_id);
		if (!strcmp(kind->name, "engagement")) {
			chk->engagement_id = id;
		}
	} else if (kind->parent == RP_PARENT_ENGAGEMENT) {
		chk->parent_id = chk->engagement_id = find_entry(kl, id)->parent;
		parent = find_entry(kind_list_of(d, "engagement"), chk->parent_id);
		if (parent) {
			chk->client_id = parent->parent;
		}
	} else {
		chk->client_id = id;
	}
	if (pcol && !parent) {
		rc = export_invalid(db, "%s %lld belongs to %s %lld, which is not in the export",
				    kind->name, (long long)id,
				    kind->parent == RP_PARENT_CLIENT ? "client" : "engagement",
				    (long long)chk->parent_id);
		goto out;
	}
	if (kind->singleton) {
		size_t at = (size_t)(parent - kind_list_of(d, "engagement")->e);

		if (taken[at]) {
			rc = export_invalid(db, "engagement %lld has more than one %s",
					    (long long)chk->parent_id, kind->title);
			goto out;
		}
		taken[at] = true;
	}
	for (i = 0; i < kind->nfields && !rc; i++) {
		const struct rp_field *f = &kind->fields[i];

		v = json_object_get(obj, f->name);
		if (!v || json_is_null(v)) { /* absent: a field of a later schema */
			if (f->flags & RP_F_REQUIRED) {
				rc = export_invalid(db, "%s %lld: %s must not be empty", kind->name,
						    (long long)id, f->name);
			}
		} else if (field_is_int(f->type)) {
			rc = json_is_integer(v)
				     ? check_int(db, d, chk, f, json_integer_value(v))
				     : export_invalid(db, "%s %lld: %s is not a whole number",
						      kind->name, (long long)id, f->name);
		} else {
			rc = json_is_string(v)
				     ? check_text(db, d, chk, (int)i, json_string_value(v))
				     : export_invalid(db, "%s %lld: %s is not text", kind->name,
						      (long long)id, f->name);
		}
	}
out:
	rp_record_free(chk);
	return rc;
}

static int check_records(struct rp_db *db, struct doc *d)
{
	struct kind_list *engagements = kind_list_of(d, "engagement");
	bool *taken = NULL;
	size_t i, j;
	json_t *obj;
	int rc = RP_OK;

	for (i = 0; i < d->nkinds && !rc; i++) {
		struct kind_list *kl = &d->kinds[i];

		if (!kl->n) {
			continue;
		}
		if (kl->kind->singleton) {
			taken = calloc(engagements->n + 1, sizeof(*taken));
			if (!taken) {
				return rp_db_fail(db, RP_ENOMEM, "out of memory");
			}
		}
		json_array_foreach(kl->list, j, obj)
		{
			rc = check_record(db, d, kl, obj, taken);
			if (rc) {
				break;
			}
		}
		free(taken);
		taken = NULL;
	}
	return rc;
}

/* The counter of accounts or tokens covers the highest number. */
static int check_counter(struct rp_db *db, struct doc *d, const char *kind, int64_t last)
{
	json_t *v = json_object_get(d->counters, kind);

	if (last && (!v || json_integer_value(v) < last)) {
		return export_invalid(db, "the counter of %s is below its highest number, %lld",
				      kind, (long long)last);
	}
	return RP_OK;
}

/* Whether contact `id` is in the document (user_io_check asks). */
static bool doc_has_contact(void *arg, int64_t id)
{
	return find_entry(kind_list_of(arg, "contact"), id) != NULL;
}

/* The accounts: version 1 documents have none. */
static int check_users(struct rp_db *db, struct doc *d)
{
	if (!d->users && !d->tokens) {
		return RP_OK;
	}
	return user_io_check(db, d->users, d->tokens, doc_has_contact, d, &d->last_user,
			     &d->last_token);
}

static int check_counters(struct rp_db *db, struct doc *d)
{
	const char *key;
	json_t *v;
	size_t i;

	if (!json_is_object(d->counters)) {
		return export_invalid(db, "'counters' is not an object");
	}
	json_object_foreach(d->counters, key, v)
	{
		if (!kind_list_of(d, key) && strcmp(key, "user") && strcmp(key, "token")) {
			return export_invalid(db, "a counter of unknown kind '%s'", key);
		}
		if (!json_is_integer(v) || json_integer_value(v) < 0) {
			return export_invalid(db, "the counter of %s is not a whole number", key);
		}
	}
	for (i = 0; i < d->nkinds; i++) {
		const struct kind_list *kl = &d->kinds[i];

		v = json_object_get(d->counters, kl->kind->name);
		if (kl->n && (!v || json_integer_value(v) < kl->e[kl->n - 1].id)) {
			return export_invalid(db,
					      "the counter of %s is below its highest number, %lld",
					      kl->kind->name, (long long)kl->e[kl->n - 1].id);
		}
	}
	if (check_counter(db, d, "user", d->last_user)) {
		return RP_EINVAL;
	}
	return check_counter(db, d, "token", d->last_token);
}

/* ---- the audit trail -------------------------------------------------- */

static const char *const event_keys[] = {"seq",	  "at",	       "actor",		"action",
					 "kind",  "record",    "engagement_id", "before",
					 "after", "prev_hash", "hash",		NULL};

/* An event of the document as audit.c sees one; strings are borrowed. */
static int event_of(struct rp_db *db, json_t *obj, size_t i, struct rp_event *e, int64_t *eng)
{
	json_t *v;
	int rc;
	char where[64];

	snprintf(where, sizeof(where), "audit event %zu", i + 1);
	rc = check_keys(db, obj, event_keys, where);
	if (rc) {
		return rc;
	}
	memset(e, 0, sizeof(*e));
	if (!json_is_integer(json_object_get(obj, "seq")) ||
	    !json_is_integer(json_object_get(obj, "at")) ||
	    !json_is_integer(json_object_get(obj, "record")) ||
	    !json_is_string(json_object_get(obj, "actor")) ||
	    !json_is_string(json_object_get(obj, "action")) ||
	    !json_is_string(json_object_get(obj, "kind")) ||
	    !json_is_string(json_object_get(obj, "prev_hash")) ||
	    !json_is_string(json_object_get(obj, "hash"))) {
		return export_invalid(db, "%s has a member of the wrong type", where);
	}
	e->seq = json_integer_value(json_object_get(obj, "seq"));
	e->at = json_integer_value(json_object_get(obj, "at"));
	e->record = json_integer_value(json_object_get(obj, "record"));
	e->actor = (char *)json_string_value(json_object_get(obj, "actor"));
	e->action = (char *)json_string_value(json_object_get(obj, "action"));
	e->kind = (char *)json_string_value(json_object_get(obj, "kind"));
	v = json_object_get(obj, "engagement_id");
	if (json_is_integer(v) && json_integer_value(v) > 0) {
		*eng = json_integer_value(v);
	} else if (json_is_null(v)) {
		*eng = 0;
	} else {
		return export_invalid(db, "%s has an invalid engagement_id", where);
	}
	v = json_object_get(obj, "before");
	if (!json_is_null(v) && !json_is_string(v)) {
		return export_invalid(db, "%s has an invalid 'before'", where);
	}
	e->before = (char *)json_string_value(v);
	v = json_object_get(obj, "after");
	if (!json_is_null(v) && !json_is_string(v)) {
		return export_invalid(db, "%s has an invalid 'after'", where);
	}
	e->after = (char *)json_string_value(v);
	if (!is_hash(json_string_value(json_object_get(obj, "prev_hash"))) ||
	    !is_hash(json_string_value(json_object_get(obj, "hash")))) {
		return export_invalid(db, "%s has a hash that is not 64 hexadecimal digits", where);
	}
	memcpy(e->prev, json_string_value(json_object_get(obj, "prev_hash")), RP_HASH_HEX);
	memcpy(e->hash, json_string_value(json_object_get(obj, "hash")), RP_HASH_HEX);
	return RP_OK;
}

static int check_audit(struct rp_db *db, struct doc *d)
{
	static const char *const head_keys[] = {"seq", "hash", NULL};
	char prev[RP_HASH_HEX], hash[RP_HASH_HEX];
	struct rp_event e;
	int64_t eng = 0;
	json_t *obj, *v;
	size_t i;
	int rc;

	if (!json_is_array(d->audit)) {
		return export_invalid(db, "'audit' is not a list");
	}
	if (json_array_size(d->audit) > RP_IMPORT_MAX_EVENTS) {
		return export_invalid(db, "more than %d audit events (the limit of one import)",
				      RP_IMPORT_MAX_EVENTS);
	}
	memcpy(prev, zero_hash, sizeof(prev));
	json_array_foreach(d->audit, i, obj)
	{
		rc = event_of(db, obj, i, &e, &eng);
		if (rc) {
			return rc;
		}
		rc = audit_event_hash(&e, eng, hash);
		if (rc) {
			return rp_db_fail(db, RP_ENOMEM, "out of memory");
		}
		if (e.seq != (int64_t)i + 1 || strcmp(e.prev, prev) || strcmp(e.hash, hash)) {
			return export_invalid(db, "the audit trail is broken at event %zu", i + 1);
		}
		memcpy(prev, hash, sizeof(prev));
	}
	rc = check_keys(db, d->head, head_keys, "'audit_head'");
	if (rc) {
		return rc;
	}
	v = json_object_get(d->head, "seq");
	if (!json_is_integer(v) || json_integer_value(v) != (json_int_t)i ||
	    !json_is_string(json_object_get(d->head, "hash")) ||
	    strcmp(json_string_value(json_object_get(d->head, "hash")), prev)) {
		return export_invalid(
			db, "the audit trail is broken: 'audit_head' is not its last event");
	}
	return RP_OK;
}

/* ---- writing ---------------------------------------------------------- */

static int exec1(struct rp_db *db, const char *sql)
{
	struct store_stmt *st = NULL;
	int rc = db_prepare(db, sql, &st);

	if (!rc) {
		db->be->bind_int(st, 1, db->workspace);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* The workspace must be missing or empty; an empty one is replaced. */
static int clear_empty_workspace(struct rp_db *db)
{
	const struct rp_kind *const *k;
	struct store_stmt *st = NULL;
	struct rp_buf sql;
	bool oom;
	int rc = RP_OK;

	if (!db->workspace) {
		return RP_OK;
	}
	rp_buf_init(&sql);
	oom = rp_buf_puts(&sql, "SELECT \"audit_seq\" FROM \"workspace\" WHERE \"id\" = ?") != 0;
	for (k = rp_kinds(); *k; k++) {
		oom |= rp_buf_printf(&sql,
				     " UNION ALL SELECT 1 FROM (SELECT 1 FROM \"%s\" WHERE "
				     "\"workspace_id\" = ? LIMIT 1) t",
				     (*k)->table) != 0;
	}
	if (oom) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
	}
	if (!rc) {
		rc = db_prepare(db, sql.data, &st);
	}
	if (!rc) {
		int n = 1;

		db->be->bind_int(st, n++, db->workspace);
		for (k = rp_kinds(); *k; k++) {
			db->be->bind_int(st, n++, db->workspace);
		}
		while ((rc = db_step(db, st)) == STORE_ROW) {
			if (db->be->column_int(st, 0) != 0) {
				rc = rp_db_fail(db, RP_ECONFLICT,
						"the workspace is not empty; import needs an empty "
						"one (merging into a workspace is not supported)");
				break;
			}
		}
		rc = rc == STORE_DONE ? RP_OK : rc;
	}
	db->be->finalize(st);
	rp_buf_release(&sql);
	if (!rc) {
		rc = exec1(db, "DELETE FROM \"setting\" WHERE \"workspace_id\" = ?");
	}
	if (!rc) {
		rc = exec1(db, "DELETE FROM \"counter\" WHERE \"workspace_id\" = ?");
	}
	if (!rc) {
		rc = exec1(db, "DELETE FROM \"engagement_health\" WHERE \"workspace_id\" = ?");
	}
	if (!rc) {
		rc = user_io_clear(db);
	}
	if (!rc) {
		rc = exec1(db, "DELETE FROM \"workspace\" WHERE \"id\" = ?");
	}
	if (!rc) {
		db->workspace = 0;
	}
	return rc;
}

static int write_workspace(struct rp_db *db, struct doc *d)
{
	struct store_stmt *st = NULL;
	int rc;

	rc = rp_workspace_init(db, json_string_value(json_object_get(d->workspace, "name")),
			       json_string_value(json_object_get(d->workspace, "currency")),
			       json_string_value(json_object_get(d->workspace, "timezone")));
	if (rc) {
		char *msg = strdup(rp_db_errmsg(db));

		rc = msg ? export_invalid(db, "%s", msg)
			 : rp_db_fail(db, RP_ENOMEM, "out of memory");
		free(msg);
		return rc;
	}
	rc = db_prepare(db,
			"UPDATE \"workspace\" SET \"created_at\" = ?, \"audit_seq\" = ?, "
			"\"audit_head\" = ? WHERE \"id\" = ?",
			&st);
	if (!rc) {
		db->be->bind_text(st, 1,
				  json_string_value(json_object_get(d->workspace, "created_at")));
		db->be->bind_int(st, 2, json_integer_value(json_object_get(d->head, "seq")));
		db->be->bind_text(st, 3, json_string_value(json_object_get(d->head, "hash")));
		db->be->bind_int(st, 4, db->workspace);
		rc = db_step(db, st);
		rc = rc < 0 ? rc : RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* Name/value pairs into a table of (workspace_id, name, value). */
static int write_pairs(struct rp_db *db, json_t *obj, const char *sql)
{
	struct store_stmt *st = NULL;
	const char *key;
	json_t *v;
	int rc;

	rc = db_prepare(db, sql, &st);
	if (rc) {
		return rc;
	}
	json_object_foreach(obj, key, v)
	{
		db->be->reset(st);
		db->be->bind_int(st, 1, db->workspace);
		db->be->bind_text(st, 2, key);
		db->be->bind_int(st, 3, json_integer_value(v));
		rc = db_step(db, st);
		if (rc < 0) {
			break;
		}
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* A record from its checked object: the values exactly as they are. */
static struct rp_record *record_of(const struct rp_kind *kind, json_t *obj)
{
	const char *pcol = record_parent_column(kind);
	struct rp_record *rec = record_alloc(kind);
	size_t i;

	if (!rec) {
		return NULL;
	}
	rec->id = json_integer_value(json_object_get(obj, "id"));
	rec->parent_id = pcol ? json_integer_value(json_object_get(obj, pcol)) : 0;
	if (kind->parent == RP_PARENT_NONE) {
		rec->client_id = rec->id;
	} else if (kind->parent == RP_PARENT_CLIENT) {
		rec->client_id = rec->parent_id;
	} else {
		rec->engagement_id = rec->parent_id;
	}
	if (!strcmp(kind->name, "engagement")) {
		rec->engagement_id = rec->id;
	}
	for (i = 0; i < kind->nfields; i++) {
		json_t *v = json_object_get(obj, kind->fields[i].name);

		if (json_is_integer(v)) {
			record_set_int(rec, (int)i, json_integer_value(v));
		} else if (json_is_string(v) &&
			   record_set_text(rec, (int)i, json_string_value(v))) {
			rp_record_free(rec);
			return NULL;
		}
	}
	return rec;
}

static int write_records(struct rp_db *db, struct doc *d)
{
	size_t i, j;
	json_t *obj;
	int rc = RP_OK;

	for (i = 0; i < d->nkinds && !rc; i++) {
		const struct kind_list *kl = &d->kinds[i];
		bool engagement = !strcmp(kl->kind->name, "engagement");

		if (!kl->n) {
			continue;
		}
		json_array_foreach(kl->list, j, obj)
		{
			struct rp_record *rec = record_of(kl->kind, obj);

			if (!rec) {
				return rp_db_fail(db, RP_ENOMEM, "out of memory");
			}
			rc = record_store_raw(db, rec);
			/* derived results are not exported: each engagement starts
			 * with its kept results stale */
			if (!rc && engagement) {
				rc = health_touch(db, rec);
			}
			rp_record_free(rec);
			if (rc) {
				break;
			}
		}
	}
	return rc;
}

static int write_audit(struct rp_db *db, struct doc *d)
{
	struct store_stmt *st = NULL;
	json_t *obj, *v;
	size_t i;
	int rc;

	rc = db_prepare(db,
			"INSERT INTO \"audit\" (\"workspace_id\", \"seq\", \"at\", \"actor\", "
			"\"action\", \"kind\", \"record_id\", \"engagement_id\", \"before\", "
			"\"after\", \"prev_hash\", \"hash\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			"?, ?)",
			&st);
	if (rc) {
		return rc;
	}
	json_array_foreach(d->audit, i, obj)
	{
		static const char *const cols[] = {"seq",   "at",	 "actor",	  "action",
						   "kind",  "record",	 "engagement_id", "before",
						   "after", "prev_hash", "hash",	  NULL};
		int n;

		db->be->reset(st);
		db->be->bind_int(st, 1, db->workspace);
		for (n = 0; cols[n]; n++) {
			v = json_object_get(obj, cols[n]);
			if (json_is_integer(v)) {
				db->be->bind_int(st, n + 2, json_integer_value(v));
			} else if (json_is_string(v)) {
				db->be->bind_text(st, n + 2, json_string_value(v));
			} else {
				db->be->bind_null(st, n + 2);
			}
		}
		rc = db_step(db, st);
		if (rc < 0) {
			break;
		}
		rc = RP_OK;
	}
	db->be->finalize(st);
	return rc;
}

/* What the handle knew of the workspace before the import, to restore it
 * when the import is rolled back. */
struct saved_ws {
	int64_t id;
	char *name, *currency, *timezone;
};

static void restore_workspace(struct rp_db *db, struct saved_ws *s)
{
	free(db->ws_name);
	free(db->ws_currency);
	free(db->ws_timezone);
	db->workspace = s->id;
	db->ws_name = s->name;
	db->ws_currency = s->currency;
	db->ws_timezone = s->timezone;
	memset(s, 0, sizeof(*s));
}

static int write_all(struct rp_db *db, struct doc *d)
{
	struct saved_ws saved = {db->workspace, NULL, NULL, NULL};
	int rc;

	if (record_dup_str(&saved.name, db->ws_name) ||
	    record_dup_str(&saved.currency, db->ws_currency) ||
	    record_dup_str(&saved.timezone, db->ws_timezone)) {
		rc = rp_db_fail(db, RP_ENOMEM, "out of memory");
		goto out;
	}
	rc = rp_db_begin(db);
	if (rc) {
		goto out;
	}
	rc = clear_empty_workspace(db);
	if (!rc) {
		rc = write_workspace(db, d);
	}
	if (!rc) {
		rc = write_pairs(db, d->settings,
				 "INSERT INTO \"setting\" (\"workspace_id\", \"name\", \"value\") "
				 "VALUES (?, ?, ?)");
	}
	if (!rc) {
		rc = write_records(db, d);
	}
	if (!rc && d->users) {
		rc = user_io_write(db, d->users, d->tokens);
	}
	if (!rc) {
		rc = write_pairs(db, d->counters,
				 "INSERT INTO \"counter\" (\"workspace_id\", \"kind\", \"last\") "
				 "VALUES (?, ?, ?)");
	}
	if (!rc) {
		rc = write_audit(db, d);
	}
	rc = tx_end(db, rc);
	if (rc) {
		restore_workspace(db, &saved);
	}
out:
	free(saved.name);
	free(saved.currency);
	free(saved.timezone);
	return rc;
}

int rp_import(struct rp_db *db, const char *json, size_t len)
{
	struct doc d;
	json_error_t err;
	bool flag_names = db->flag_names;
	size_t i;
	int rc;

	memset(&d, 0, sizeof(d));
	if (len > RP_IMPORT_MAX_BYTES) {
		return rp_db_fail(db, RP_EINVAL, "the export is too large (at most 1 GiB)");
	}
	d.root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
	if (!d.root) {
		return rp_db_fail(db, RP_EINVAL,
				  "invalid export: not valid JSON at line %d, column %d: %s",
				  err.line, err.column, err.text);
	}
	/* messages name fields as the document does */
	db->flag_names = false;
	rc = check_head(db, &d);
	if (!rc) {
		rc = check_settings(db, &d);
	}
	if (!rc) {
		rc = index_records(db, &d);
	}
	if (!rc) {
		rc = check_records(db, &d);
	}
	if (!rc) {
		rc = check_users(db, &d);
	}
	if (!rc) {
		rc = check_counters(db, &d);
	}
	if (!rc) {
		rc = check_audit(db, &d);
	}
	db->flag_names = flag_names;
	if (!rc) {
		rc = write_all(db, &d);
	}
	for (i = 0; i < d.nkinds; i++) {
		free(d.kinds[i].e);
	}
	json_decref(d.root);
	return rc;
}
