/*
 * rapport/buf.h — a growable, always NUL-terminated byte buffer for SQL, JSON,
 * HTML and text, so that no code needs a fixed-size array for data.
 *
 * Invariant: after rp_buf_init() `data` is never NULL and data[len] == '\0'.
 * Appending returns RP_ENOMEM on allocation failure and leaves the buffer as
 * it was; a buffer that failed once stays usable.
 */
#ifndef RAPPORT_BUF_H
#define RAPPORT_BUF_H

#include <stdarg.h>

#include "rapport/common.h"

struct rp_buf {
	char *data;
	size_t len;
	size_t cap;
};

/* Prepare caller storage; never fails (an empty buffer points at a static ""). */
RP_API void rp_buf_init(struct rp_buf *b);
/* Free what the buffer holds and leave it empty and reusable. Accepts NULL. */
RP_API void rp_buf_release(struct rp_buf *b);
/* Forget the contents but keep the memory. */
RP_API void rp_buf_reset(struct rp_buf *b);
/* Append len bytes / a NUL-terminated string / formatted text. */
RP_API int rp_buf_add(struct rp_buf *b, const void *data, size_t len);
RP_API int rp_buf_puts(struct rp_buf *b, const char *s);
RP_API int rp_buf_putc(struct rp_buf *b, char c);
RP_API int rp_buf_printf(struct rp_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
RP_API int rp_buf_vprintf(struct rp_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Hand the contents to the caller (free() it) and leave the buffer empty;
 * returns NULL only when out of memory. */
RP_API char *rp_buf_detach(struct rp_buf *b);

#endif
