/*
 * render.c — a test helper, never installed: renders a report model read from a JSON file in
 * one format on standard output, so that scripts (pages.sh) can print the HTML of hand-made
 * models without a database.
 *
 * usage: report-render text|md|html|json MODEL.json
 * Exit status: 0, 1 when the model does not follow the schema, 2 for a usage error or an
 * unreadable file, 3 when out of memory or the output cannot be written.
 */
#include <stdio.h>
#include <string.h>

#include "rapport/rapport.h"
#include "rapport/report.h"

int main(int argc, char **argv)
{
	enum rp_report_format fmt;
	json_error_t err;
	struct rp_buf out;
	json_t *model;
	int rc;

	if (argc != 3 || rp_report_format_parse(argv[1], &fmt)) {
		fprintf(stderr, "usage: report-render text|md|html|json MODEL.json\n");
		return 2;
	}
	model = json_load_file(argv[2], 0, &err);
	if (!model) {
		fprintf(stderr, "report-render: %s:%d: %s\n", argv[2], err.line, err.text);
		return 2;
	}
	rp_buf_init(&out);
	rc = rp_report_render(model, fmt, &out);
	json_decref(model);
	if (rc) {
		fprintf(stderr, "report-render: %s: %s\n", argv[2], rp_status_name(rc));
		rp_buf_release(&out);
		return rc == RP_EINVAL ? 1 : 3;
	}
	if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout)) {
		fprintf(stderr, "report-render: cannot write the output\n");
		rp_buf_release(&out);
		return 3;
	}
	rp_buf_release(&out);
	return 0;
}
