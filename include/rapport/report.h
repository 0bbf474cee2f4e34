/*
 * rapport/report.h — the progress report (seed 003) and the close-out report
 * (seed 000): built from an engagement's records as one model, rendered by
 * one renderer per format, and kept as sent.
 *
 * The model is a JSON object following docs/report-model.md; every value in
 * it is already formatted for people ("24,000.00 EUR", "2026-11-26") and
 * comes from the records, so a renderer escapes it for its output.  Building
 * reads only: for a fixed today (rp_db_set_today) the same records give the
 * same model, byte for byte.
 */
#ifndef RAPPORT_REPORT_H
#define RAPPORT_REPORT_H

#include <jansson.h>

#include "rapport/buf.h"
#include "rapport/common.h"
#include "rapport/db.h"

enum rp_report_kind {
	RP_REPORT_PROGRESS, /* "progress": since the last progress report sent */
	RP_REPORT_CLOSEOUT, /* "closeout": the whole engagement, at its end */
};

enum rp_report_format {
	RP_FORMAT_TEXT, /* "text": plain text for a terminal or an e-mail */
	RP_FORMAT_MD,	/* "md": Markdown */
	RP_FORMAT_HTML, /* "html": a standalone HTML page */
	RP_FORMAT_JSON, /* "json": the model itself */
};

/* "progress", "closeout"; NULL for a value out of range. */
RP_API const char *rp_report_kind_name(enum rp_report_kind kind);
/* "text", "md", "html", "json"; NULL for a value out of range. */
RP_API const char *rp_report_format_name(enum rp_report_format fmt);
/* The format named `name` into *out (written only on success); RP_EINVAL
 * for an unknown name. */
RP_API int rp_report_format_parse(const char *name, enum rp_report_format *out);

/*
 * Build the model of a report on engagement `eng` (its slug) as of today.
 * `to_contact` names the contact the report is addressed to (a contact
 * number or e-mail address of the engagement's client), or is NULL: the
 * model's "to" is then null.
 *
 * A progress report covers the days from the last progress report sent
 * (kept by rp_report_send, or logged on the "report" channel by us), else
 * the kickoff, else the baseline start, else the day the engagement was
 * recorded, to today.  A close-out report covers the engagement from its
 * start to its end (the end of a terminated engagement, else the day it
 * was closed, else today).
 *
 * On success *model_out is a new reference the caller releases with
 * json_decref.  Returns RP_ENOTFOUND for an unknown engagement, RP_EINVAL
 * for a contact that is not the client's, RP_ENOMEM, RP_ESTORE; the message
 * is on the handle.
 */
RP_API int rp_report_build(struct rp_db *db, const char *eng, enum rp_report_kind kind,
			   const char *to_contact, json_t **model_out);

/*
 * Render a model (as rp_report_build made it) in format `fmt`, appending the
 * rendering to `out` only on success.  Returns RP_OK, RP_EINVAL for a model
 * that does not follow the schema or an unknown format, RP_ENOMEM.  Needs no
 * database, so it sets no message: the caller words the failure.
 */
RP_API int rp_report_render(const json_t *model, enum rp_report_format fmt, struct rp_buf *out);

/*
 * Send a report: build it (as rp_report_build), render it in `fmt` and, in
 * one transaction, keep the rendering as a "report" record of the
 * engagement (kind, period, sent_at now, to_contact, format, body) and log
 * an interaction initiated by us on the "report" channel with topic
 * "progress" or "closeout" and a summary such as "Progress report
 * 2026-11-12 to 2026-11-26 sent to Priya Shah"; both writes are audited.
 * The logged interaction is what the health monitor counts as a progress
 * report sent (H-REPORT, H-PROACTIVE); the close gate's C-REPORT looks for
 * a kept close-out report.  Nothing is written unless everything succeeds.
 *
 * On success *id_out (if not NULL) is the new report's number; read it back
 * with rp_record_get(db, rp_kind_find("report"), ...), its "body" field
 * holding the rendering byte for byte.  Returns the codes of
 * rp_report_build and rp_report_render (with a message on the handle).
 */
RP_API int rp_report_send(struct rp_db *db, const char *eng, enum rp_report_kind kind,
			  const char *to_contact, enum rp_report_format fmt, int64_t *id_out);

#endif
