/*
 * html.c — an escaper per output context, so that no string that is not a
 * literal reaches a page unescaped: text between tags, attribute values in
 * double quotes, and URL components.
 */
#include <stdarg.h>
#include <string.h>

#include "server.h"

int html_txt(struct rp_buf *b, const char *s)
{
	const char *run = s;
	int rc = RP_OK;

	if (!s) {
		return RP_OK;
	}
	for (; *s && !rc; s++) {
		const char *rep;

		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			continue;
		}
		rc = rp_buf_add(b, run, (size_t)(s - run));
		if (!rc) {
			rc = rp_buf_puts(b, rep);
		}
		run = s + 1;
	}
	return rc ? rc : rp_buf_puts(b, run);
}

int html_attr(struct rp_buf *b, const char *s)
{
	/* The text escaper covers both quotes, so it is safe in attributes. */
	return html_txt(b, s);
}

int html_url_arg(struct rp_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	int rc = RP_OK;

	if (!s) {
		return RP_OK;
	}
	for (; *s && !rc; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~') {
			rc = rp_buf_putc(b, (char)c);
		} else {
			char esc[3] = {'%', hex[c >> 4], hex[c & 15]};

			rc = rp_buf_add(b, esc, 3);
		}
	}
	return rc;
}

int html_printf(struct rp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc = RP_OK;

	va_start(ap, fmt);
	while (*fmt && !rc) {
		const char *pct = strchr(fmt, '%');

		if (!pct) {
			rc = rp_buf_puts(b, fmt);
			break;
		}
		rc = rp_buf_add(b, fmt, (size_t)(pct - fmt));
		fmt = pct + 1;
		if (rc) {
			break;
		}
		if (*fmt == 's') {
			rc = html_txt(b, va_arg(ap, const char *));
			fmt += 1;
		} else if (*fmt == 'd') {
			rc = rp_buf_printf(b, "%d", va_arg(ap, int));
			fmt += 1;
		} else if (*fmt == 'u') {
			rc = rp_buf_printf(b, "%u", va_arg(ap, unsigned));
			fmt += 1;
		} else if (!strncmp(fmt, "lld", 3)) {
			rc = rp_buf_printf(b, "%lld", va_arg(ap, long long));
			fmt += 3;
		} else if (!strncmp(fmt, "zu", 2)) {
			rc = rp_buf_printf(b, "%zu", va_arg(ap, size_t));
			fmt += 2;
		} else if (*fmt == '%') {
			rc = rp_buf_putc(b, '%');
			fmt += 1;
		} else {
			rc = RP_EINVAL; /* a conversion this escaper does not know */
		}
	}
	va_end(ap);
	return rc;
}

bool html_value(struct rp_buf *b, const struct rp_record *rec, const struct rp_field *f)
{
	struct rp_buf v;
	bool any;

	rp_buf_init(&v);
	rp_record_format(rec, f, &v);
	any = v.len > 0;
	if (f->type == RP_T_TIME && v.len == 20) {
		/* "2026-11-26T10:15:00Z" reads "2026-11-26 10:15 UTC" */
		v.data[10] = ' ';
		v.data[16] = '\0';
		html_printf(b, "%s UTC", v.data);
	} else if (any) {
		html_txt(b, v.data);
	}
	rp_buf_release(&v);
	return any;
}
