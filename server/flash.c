/*
 * flash.c — the message a page shows once after a form, on the team's pages
 * and in the portal alike (Post/Redirect/Get): the answer to the form sets
 * it in a cookie that lives a minute, and the page the answer redirects to
 * shows it and clears it.
 *
 * The message is only ever shown escaped, and a visitor can only set it for
 * themselves, so it cannot carry someone else's words.
 */
#include <string.h>

#include "server.h"

#define FLASH_COOKIE "rapport_flash"
#define FLASH_TTL_S  60

static int flash_cookie(struct request *rq, struct response *rs, const char *value, int max_age)
{
	struct rp_buf c;
	int rc;

	rp_buf_init(&c);
	rp_buf_puts(&c, FLASH_COOKIE "=");
	html_url_arg(&c, value);
	rp_buf_printf(&c, "; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s", max_age,
		      server_config(rq->srv)->secure_cookies ? "; Secure" : "");
	rc = response_header(rs, "Set-Cookie", c.data);
	rp_buf_release(&c);
	return rc;
}

int page_redirect(struct request *rq, struct response *rs, const char *location, const char *flash)
{
	int rc = response_redirect(rs, location);

	if (!rc && flash) {
		rc = flash_cookie(rq, rs, flash, FLASH_TTL_S);
	}
	return rc;
}

int page_flash(struct request *rq, struct response *rs, struct rp_buf *b)
{
	const char *raw = request_cookie(rq, FLASH_COOKIE);
	struct form f;
	struct rp_buf s;
	int rc = RP_OK;

	if (!raw || !*raw) {
		return RP_OK;
	}
	memset(&f, 0, sizeof(f));
	rp_buf_init(&s);
	rp_buf_puts(&s, "m=");
	rp_buf_puts(&s, raw);
	if (!form_parse(s.data, s.len, &f) && f.count == 1 && *f.fields[0].value) {
		rc = html_printf(b, "<p class=\"flash ok\" role=\"status\">%s</p>\n",
				 f.fields[0].value);
	}
	form_release(&f);
	rp_buf_release(&s);
	flash_cookie(rq, rs, "", 0);
	return rc;
}
