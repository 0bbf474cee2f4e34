/*
 * ui-layout.c — the frame every HTML page shares: the head, the top bar
 * (the team's navigation or the portal's), the CSRF field of forms and the
 * error page.
 */
#include "server.h"

int page_begin(struct request *rq, struct response *rs, const char *title)
{
	struct rp_buf *b = &rs->body;
	unsigned access = auth_access(rq);

	rp_buf_reset(b);
	rp_buf_puts(b,
		    "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
	html_printf(b, "<title>%s · rapport</title>\n", title);
	rp_buf_puts(b, "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
		       "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">\n"
		       "<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n"
		       "<header class=\"topbar\">\n");
	if (access & ACCESS_TEAM) {
		html_printf(b, "<a class=\"brand\" href=\"/\">rapport</a>\n<nav>"
			       "<a href=\"/\">Portfolio</a>"
			       "<a href=\"/engagements/new\">New engagement</a>"
			       "<a href=\"/clients\">Clients</a>"
			       "<a href=\"/history\">Audit trail</a></nav>\n");
	} else if (access == ACCESS_CLIENT) {
		html_printf(b, "<a class=\"brand\" href=\"/portal\">rapport</a>\n<nav>"
			       "<a href=\"/portal\">Your engagements</a></nav>\n");
	} else {
		rp_buf_puts(b, "<a class=\"brand\" href=\"/\">rapport</a>\n");
	}
	if (rq->user.id) {
		html_printf(b,
			    "<form class=\"whoami\" method=\"post\" action=\"/logout\">"
			    "<span>%s</span>",
			    rq->user.contact_name ? rq->user.contact_name : rq->user.login);
		page_csrf_field(rq, b);
		rp_buf_puts(b, "<button type=\"submit\" class=\"link\">Log out</button></form>\n");
	}
	return rp_buf_puts(b, "</header>\n<main>\n");
}

int page_end(struct request *rq, struct response *rs)
{
	(void)rq;
	rs->status = 200;
	rs->type = "text/html; charset=utf-8";
	return rp_buf_puts(&rs->body, "</main>\n</body>\n</html>\n");
}

int page_csrf_field(struct request *rq, struct rp_buf *b)
{
	return html_printf(b, "<input type=\"hidden\" name=\"_csrf\" value=\"%s\">", rq->csrf);
}

int page_error(struct request *rq, struct response *rs, unsigned status, const char *message)
{
	page_begin(rq, rs, status == 404 ? "Not found" : "Error");
	html_printf(&rs->body, "<section class=\"error-page\">\n<h1>%s</h1>\n<p>%s</p>\n",
		    status == 404 ? "Not found" : "Something went wrong", message);
	rp_buf_puts(&rs->body, "<p><a href=\"/\">Back to the start</a></p>\n</section>\n");
	page_end(rq, rs);
	rs->status = status;
	return RP_OK;
}
