/*
 * input.c — the text input of a write: (field, value) pairs as the user gave
 * them, in order, parsed only when the write is validated.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- inputs ---------------------------------------------------------- */

struct rp_input *rp_input_new(void)
{
	return calloc(1, sizeof(struct rp_input));
}

void rp_input_free(struct rp_input *in)
{
	size_t i;

	if (!in) {
		return;
	}
	for (i = 0; i < in->count; i++) {
		free(in->items[i].field);
		free(in->items[i].value);
	}
	free(in->items);
	free(in);
}

int rp_input_add(struct rp_input *in, const char *field, const char *value)
{
	struct rp_input_item *items;
	char *f, *v;

	if (in->count == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 8;

		items = realloc(in->items, cap * sizeof(*items));
		if (!items) {
			return RP_ENOMEM;
		}
		in->items = items;
		in->cap = cap;
	}
	f = strdup(field);
	v = strdup(value);
	if (!f || !v) {
		free(f);
		free(v);
		return RP_ENOMEM;
	}
	in->items[in->count].field = f;
	in->items[in->count].value = v;
	in->count++;
	return RP_OK;
}

const char *rp_input_get(const struct rp_input *in, const char *field)
{
	size_t i;

	for (i = in ? in->count : 0; i > 0; i--) {
		if (!strcmp(in->items[i - 1].field, field)) {
			return in->items[i - 1].value;
		}
	}
	return NULL;
}

bool rp_input_has(const struct rp_input *in, const char *field)
{
	return rp_input_get(in, field) != NULL;
}
