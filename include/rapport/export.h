/*
 * rapport/export.h — the whole workspace as one JSON document, and loading
 * such a document into an empty workspace.
 *
 * The document (docs/export.md) holds the stored values of every record,
 * the settings, the number counters and the audit trail verbatim, so that an
 * export loaded elsewhere and exported again is byte for byte the same.
 * Derived data (each engagement's kept check results) is left out and
 * recomputed after an import.
 */
#ifndef RAPPORT_EXPORT_H
#define RAPPORT_EXPORT_H

#include "rapport/buf.h"
#include "rapport/common.h"
#include "rapport/db.h"

#define RP_EXPORT_FORMAT  "rapport-export"
#define RP_EXPORT_VERSION 2 /* the newest version of the document this library reads */

/* Limits on what rp_import accepts. */
#define RP_IMPORT_MAX_BYTES   ((size_t)1 << 30) /* 1 GiB */
#define RP_IMPORT_MAX_RECORDS 1000000		/* records of all kinds together */
#define RP_IMPORT_MAX_EVENTS  10000000		/* audit events */

/*
 * Append the workspace as a JSON document (indented, keys in a fixed order,
 * ending in a newline) to `out`.  The same stored data always gives the same
 * bytes.  RP_ENOWORKSPACE when the database holds no workspace.
 */
RP_API int rp_export(struct rp_db *db, struct rp_buf *out);

/*
 * Load the document `json` (`len` bytes, not necessarily NUL-terminated)
 * into the database, which must hold no workspace or an empty one (no
 * records, no audit events).  Everything is checked before anything is
 * written, and everything is written in one transaction: on failure nothing
 * changed.  Returns RP_EINVAL for a malformed document, one of a newer
 * version or schema, a value its field does not accept, a missing parent or
 * a broken audit trail; RP_ECONFLICT when the workspace is not empty
 * (merging is not supported); RP_ESTORE when the storage fails.
 */
RP_API int rp_import(struct rp_db *db, const char *json, size_t len);

#endif
