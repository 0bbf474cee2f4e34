/*
 * static.c — GET /static/{file}: the embedded style sheet, script and icon,
 * with an ETag so that a browser asks again cheaply (304), and cached for a
 * day.
 */
#include <microhttpd.h>
#include <string.h>

#include "assets.h"
#include "server.h"

int static_asset(struct request *rq, struct response *rs)
{
	const struct asset *a;
	const char *inm;

	for (a = assets; a->name; a++) {
		if (!strcmp(a->name, rq->params[0])) {
			break;
		}
	}
	if (!a->name) {
		return response_text(rs, 404, "not found\n");
	}
	response_header(rs, MHD_HTTP_HEADER_ETAG, a->etag);
	response_header(rs, MHD_HTTP_HEADER_CACHE_CONTROL, "public, max-age=86400");
	inm = request_header(rq, MHD_HTTP_HEADER_IF_NONE_MATCH);
	if (inm && strstr(inm, a->etag)) {
		rs->status = 304;
		return RP_OK;
	}
	rs->status = 200;
	rs->type = a->type;
	rs->static_body = a->data;
	rs->static_len = a->len;
	return RP_OK;
}
