/*
 * assets.h — the web UI's static files, embedded at build time by
 * scripts/embed-assets with their type and an ETag of their content.
 */
#ifndef RAPPORT_ASSETS_H
#define RAPPORT_ASSETS_H

#include <stddef.h>

struct asset {
	const char *name; /* "app.css" */
	const char *type;
	const char *data;
	size_t len;
	const char *etag; /* quoted, as sent */
};

/* Every asset, ending with a NULL name. */
extern const struct asset assets[];

#endif
