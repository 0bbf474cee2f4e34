/*
 * buf.c — the growable buffer of rapport/buf.h.  Capacity grows by doubling;
 * `data` points at a static empty string until the first append so that an
 * initialised buffer is always a valid C string.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rapport/buf.h"

static char buf_empty[1];

void rp_buf_init(struct rp_buf *b)
{
	b->data = buf_empty;
	b->len = 0;
	b->cap = 0;
}

void rp_buf_release(struct rp_buf *b)
{
	if (!b) {
		return;
	}
	if (b->cap) {
		free(b->data);
	}
	rp_buf_init(b);
}

void rp_buf_reset(struct rp_buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

static int buf_grow(struct rp_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len - 1) {
		return RP_ENOMEM;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return RP_OK;
	}
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	}
	p = b->cap ? realloc(b->data, cap) : malloc(cap);
	if (!p) {
		return RP_ENOMEM;
	}
	if (!b->cap) {
		p[0] = '\0';
	}
	b->data = p;
	b->cap = cap;
	return RP_OK;
}

int rp_buf_add(struct rp_buf *b, const void *data, size_t len)
{
	/* the common case, room to spare, without a call */
	if (len >= b->cap - b->len || !b->cap) {
		int rc = buf_grow(b, len);

		if (rc) {
			return rc;
		}
	}
	if (len) {
		memcpy(b->data + b->len, data, len);
	}
	b->len += len;
	b->data[b->len] = '\0';
	return RP_OK;
}

int rp_buf_puts(struct rp_buf *b, const char *s)
{
	return rp_buf_add(b, s, strlen(s));
}

int rp_buf_putc(struct rp_buf *b, char c)
{
	return rp_buf_add(b, &c, 1);
}

int rp_buf_vprintf(struct rp_buf *b, const char *fmt, va_list ap)
{
	size_t room = b->cap ? b->cap - b->len : 0;
	va_list copy;
	int n, rc;

	/* One pass when the text fits in the room left, two when it must grow. */
	va_copy(copy, ap);
	n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, copy);
	va_end(copy);
	if (n < 0) {
		if (room) {
			b->data[b->len] = '\0';
		}
		return RP_EINVAL;
	}
	if ((size_t)n < room) {
		b->len += (size_t)n;
		return RP_OK;
	}
	rc = buf_grow(b, (size_t)n);
	if (rc) {
		if (room) {
			b->data[b->len] = '\0';
		}
		return rc;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return RP_OK;
}

int rp_buf_printf(struct rp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = rp_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

char *rp_buf_detach(struct rp_buf *b)
{
	char *p;

	if (!b->cap) {
		p = malloc(1);
		if (p) {
			p[0] = '\0';
		}
		return p;
	}
	p = b->data;
	rp_buf_init(b);
	return p;
}
