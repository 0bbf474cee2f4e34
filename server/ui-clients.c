/*
 * ui-clients.c — the clients: GET /clients lists them with a form to add
 * one; GET /clients/SLUG shows one client with its contacts (and a form to
 * add one) and its engagements, and offers to remove the client and each
 * contact.  The forms post to the /records/ routes.
 */
#include <string.h>

#include "ui-kit.h"

int ui_clients_page(struct request *rq, struct response *rs, const struct ui_failure *fail)
{
	const struct rp_kind *ck = rp_kind_find("client");
	struct rp_record_list list = {NULL, 0};
	struct ui_ctx ctx = {.rq = rq, .fail = fail};
	struct rp_buf *b = &rs->body;
	size_t i;
	int rc;

	rc = rp_record_list(rq->db, ck, NULL, NULL, &list);
	if (rc) {
		return ui_error_page(rq, rs, rc);
	}
	page_begin(rq, rs, "Clients");
	page_flash(rq, rs, &rs->body);
	rp_buf_puts(b, "<header class=\"page-head\"><div><h1>Clients</h1><p class=\"sub\">The "
		       "organisations we work for, and the people there.</p></div></header>\n");
	if (!list.count) {
		rp_buf_puts(b, "<section class=\"card\"><p class=\"empty\">No client "
			       "yet.</p></section>\n");
	} else {
		rp_buf_puts(
			b,
			"<div class=\"table-wrap\"><table>\n<thead><tr><th>Client</th>"
			"<th>Industry</th><th>Status</th><th>Owner</th></tr></thead>\n<tbody>\n");
	}
	for (i = 0; i < list.count; i++) {
		const struct rp_record *c = list.items[i];

		rp_buf_puts(b, "<tr><td class=\"main\"><a href=\"/clients/");
		html_url_arg(b, rp_record_str(c, "slug"));
		html_printf(b, "\">%s</a><div class=\"muted small\">%s</div></td><td>",
			    rp_record_str(c, "name"), rp_record_str(c, "slug"));
		ui_value(b, c, rp_kind_field(ck, "industry"));
		rp_buf_puts(b, "</td><td>");
		ui_badge(b, rp_record_str(c, "status"));
		rp_buf_puts(b, "</td><td>");
		ui_value(b, c, rp_kind_field(ck, "owner"));
		rp_buf_puts(b, "</td></tr>\n");
	}
	if (list.count) {
		rp_buf_puts(b, "</tbody></table></div>\n");
	}
	rp_buf_puts(b, "<section class=\"card\">\n");
	ui_add_form(&ctx, b, ck, NULL, NULL, "Add a client");
	rp_buf_puts(b, "</section>\n");
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
	rp_record_list_release(&list);
	return RP_OK;
}

int ui_clients(struct request *rq, struct response *rs)
{
	return ui_clients_page(rq, rs, NULL);
}

static void engagements(struct rp_buf *b, const struct rp_record_list *list)
{
	const struct rp_kind *ek = rp_kind_find("engagement");
	size_t i;

	if (!list->count) {
		rp_buf_puts(b, "<p class=\"empty\">No engagement yet.</p>\n");
		return;
	}
	rp_buf_puts(b, "<div class=\"table-wrap\"><table>\n<thead><tr><th>Engagement</th>"
		       "<th>State</th><th class=\"num\">Value</th><th>Start</th><th>End</th></tr>"
		       "</thead>\n<tbody>\n");
	for (i = 0; i < list->count; i++) {
		const struct rp_record *e = list->items[i];

		rp_buf_puts(b, "<tr><td class=\"main\"><a href=\"/engagements/");
		html_url_arg(b, rp_record_str(e, "slug"));
		html_printf(b, "\">%s</a></td><td>", rp_record_str(e, "title"));
		ui_badge(b, rp_record_str(e, "state"));
		rp_buf_puts(b, "</td><td class=\"num\">");
		ui_value(b, e, rp_kind_field(ek, "value"));
		rp_buf_puts(b, "</td><td>");
		ui_value(b, e, rp_kind_field(ek, "baseline_start"));
		rp_buf_puts(b, "</td><td>");
		ui_value(b, e, rp_kind_field(ek, "baseline_end"));
		rp_buf_puts(b, "</td></tr>\n");
	}
	rp_buf_puts(b, "</tbody></table></div>\n");
}

int ui_client_page(struct request *rq, struct response *rs, const char *slug,
		   const struct ui_failure *fail)
{
	const struct rp_kind *ck = rp_kind_find("client");
	struct rp_record_list contacts = {NULL, 0}, engs = {NULL, 0};
	struct rp_record *client = NULL;
	struct ui_ctx ctx = {.rq = rq, .fail = fail};
	struct rp_buf *b = &rs->body;
	int rc;

	rc = rp_record_get(rq->db, ck, slug, &client);
	if (rc) {
		return ui_fail_page(rq, rs, rc, "such client");
	}
	slug = rp_record_str(client, "slug");
	rc = rp_record_list(rq->db, rp_kind_find("contact"), slug, NULL, &contacts);
	if (!rc) {
		rc = rp_record_list(rq->db, rp_kind_find("engagement"), slug, NULL, &engs);
	}
	if (rc) {
		rc = ui_error_page(rq, rs, rc);
		goto out;
	}
	page_begin(rq, rs, rp_record_str(client, "name"));
	page_flash(rq, rs, &rs->body);
	html_printf(b,
		    "<nav class=\"crumbs\"><a href=\"/clients\">Clients</a></nav>\n"
		    "<header class=\"page-head\"><div><h1>%s</h1><p class=\"sub\">",
		    rp_record_str(client, "name"));
	ui_value(b, client, rp_kind_field(ck, "industry"));
	rp_buf_puts(b, " · owner ");
	ui_value(b, client, rp_kind_field(ck, "owner"));
	html_printf(b, " · <code>%s</code></p></div><div class=\"head-state\">", slug);
	ui_badge(b, rp_record_str(client, "status"));
	rp_buf_puts(b, " <a class=\"button secondary\" href=\"/records/client/");
	html_url_arg(b, slug);
	rp_buf_puts(b, "\">Edit</a>");
	ui_remove_form(&ctx, b, client, false);
	rp_buf_puts(b, "</div></header>\n");
	/* a refused removal of the client itself */
	if (fail && fail->kind == ck) {
		ui_failure_banner(b, fail);
	}
	if (!rp_record_is_null(client, "notes")) {
		html_printf(b, "<section class=\"card\"><p class=\"notes\">%s</p></section>\n",
			    rp_record_str(client, "notes"));
	}
	rp_buf_puts(
		b,
		"<section class=\"card\" id=\"contacts\"><div class=\"card-head\"><h2>Contacts"
		"</h2><span class=\"muted\">who may sign off, who uses the portal</span></div>\n");
	/* a refused verb or removal of one of the contacts */
	if (fail && fail->kind != ck && fail->id) {
		ui_failure_banner(b, fail);
	}
	if (contacts.count) {
		ui_record_table(&ctx, b, &contacts);
	} else {
		rp_buf_puts(b, "<p class=\"empty\">No contact yet.</p>\n");
	}
	ui_add_form(&ctx, b, rp_kind_find("contact"), slug, NULL, "Add a contact");
	rp_buf_puts(b, "</section>\n<section class=\"card\" id=\"engagements\"><div "
		       "class=\"card-head\"><h2>Engagements</h2><a class=\"button secondary\" "
		       "href=\"/engagements/new?client=");
	html_url_arg(b, slug);
	rp_buf_puts(b, "\">New engagement</a></div>\n");
	engagements(b, &engs);
	rp_buf_puts(b, "</section>\n");
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
out:
	rp_record_list_release(&contacts);
	rp_record_list_release(&engs);
	rp_record_free(client);
	return rc;
}

int ui_client(struct request *rq, struct response *rs)
{
	return ui_client_page(rq, rs, rq->params[0], NULL);
}
