/*
 * ui-new.c — GET and POST /engagements/new: a new engagement, for a client
 * picked from the list or a new one named on the same form.
 *
 * A new client and its engagement are one transaction: when the engagement
 * is refused, the client is not left behind, and the form comes back with
 * what was typed and the library's message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui-kit.h"

static void client_choice(struct request *rq, struct rp_buf *b, const struct ui_failure *fail)
{
	const char *chosen = fail ? request_form(rq, "client") : request_query(rq, "client");
	const char *name = fail ? request_form(rq, "client_name") : NULL;
	struct rp_record_list clients = {NULL, 0};
	size_t i;

	rp_record_list(rq->db, rp_kind_find("client"), NULL, NULL, &clients);
	rp_buf_puts(
		b,
		"<fieldset class=\"client-choice\"><legend>Client</legend>\n<div class=\"fields\">"
		"<label class=\"field\"><span class=\"name\">An existing client</span>"
		"<select name=\"client\"><option value=\"\">— a new client —</option>");
	for (i = 0; i < clients.count; i++) {
		const char *slug = rp_record_str(clients.items[i], "slug");

		html_printf(b, "<option value=\"%s\"%s>%s</option>", slug,
			    chosen && !strcmp(chosen, slug) ? " selected" : "",
			    rp_record_str(clients.items[i], "name"));
	}
	html_printf(b,
		    "</select></label>\n<label class=\"field\"><span class=\"name\">or a new "
		    "client's name</span><input name=\"client_name\" value=\"%s\" "
		    "maxlength=\"200\"><small>the organisation; it is added with the "
		    "engagement</small></label>\n</div></fieldset>\n",
		    name ? name : "");
	rp_record_list_release(&clients);
}

int ui_new_page(struct request *rq, struct response *rs, const struct ui_failure *fail)
{
	struct ui_ctx ctx = {.rq = rq, .fail = fail};
	struct rp_buf *b = &rs->body;

	page_begin(rq, rs, "New engagement");
	rp_buf_puts(b, "<nav class=\"crumbs\"><a href=\"/\">Portfolio</a></nav>\n"
		       "<header class=\"page-head\"><div><h1>New engagement</h1>\n"
		       "<p class=\"sub\">It starts as a draft; the kickoff gate says what it still "
		       "needs before it can go active.</p></div></header>\n"
		       "<section class=\"card\">\n"
		       "<form method=\"post\" action=\"/engagements/new\" class=\"record-form\">");
	page_csrf_field(rq, b);
	if (fail) {
		ui_failure_banner(b, fail);
	}
	client_choice(rq, b, fail);
	rp_buf_puts(b, "<fieldset><legend>Engagement</legend>\n");
	ui_fields(&ctx, b, rp_kind_find("engagement"), UI_ADD, NULL);
	rp_buf_puts(
		b, "</fieldset>\n<div class=\"form-actions\"><button type=\"submit\">Create the "
		   "engagement</button> <a class=\"button secondary\" href=\"/\">Cancel</a></div>\n"
		   "</form>\n</section>\n");
	page_end(rq, rs);
	if (fail) {
		rs->status = fail->status;
	}
	return RP_OK;
}

int ui_new(struct request *rq, struct response *rs)
{
	return ui_new_page(rq, rs, NULL);
}

int ui_create(struct request *rq, struct response *rs)
{
	const struct rp_kind *ck = rp_kind_find("client"), *ek = rp_kind_find("engagement");
	const char *client = request_form(rq, "client");
	const char *name = request_form(rq, "client_name");
	struct rp_record *rec = NULL;
	struct rp_input *in = NULL, *cin = NULL;
	struct ui_failure fail;
	struct rp_buf loc, msg;
	char *slug = NULL;
	int64_t id = 0;
	char ref[24];
	int rc;

	rp_buf_init(&loc);
	rp_buf_init(&msg);
	if ((!client || !*client) && (!name || !*name)) {
		fail = (struct ui_failure){.kind = ek,
					   .status = 422,
					   .message =
						   "choose a client, or give a new client's name"};
		rc = ui_new_page(rq, rs, &fail);
		goto out;
	}
	in = ui_form_input(rq, ek, UI_ADD, NULL);
	cin = rp_input_new();
	if (!in || !cin) {
		rc = RP_ENOMEM;
		goto out;
	}
	rc = rp_db_begin(rq->db);
	if (!rc && (!client || !*client)) {
		rc = rp_input_add(cin, "name", name);
		if (!rc) {
			rc = rp_record_add(rq->db, ck, NULL, cin, &id);
		}
		snprintf(ref, sizeof(ref), "%lld", (long long)id);
		if (!rc) {
			rc = rp_record_get(rq->db, ck, ref, &rec);
		}
		client = rec ? rp_record_str(rec, "slug") : NULL;
	}
	if (!rc) {
		rc = rp_record_add(rq->db, ek, client, in, &id);
	}
	if (!rc) {
		rc = rp_db_commit(rq->db);
	}
	if (rc) {
		ui_failure_of(&fail, rq, rc, ek, 0, NULL);
		rp_db_rollback(rq->db);
		rc = ui_new_page(rq, rs, &fail);
		ui_failure_release(&fail);
		goto out;
	}
	rp_record_free(rec);
	rec = NULL;
	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	rc = rp_record_get(rq->db, ek, ref, &rec);
	if (rc) {
		rc = ui_error_page(rq, rs, rc);
		goto out;
	}
	slug = strdup(rp_record_str(rec, "slug"));
	rp_buf_puts(&loc, "/engagements/");
	html_url_arg(&loc, slug);
	rp_buf_printf(&msg, "Engagement '%s' added as a draft", slug ? slug : "");
	rc = page_redirect(rq, rs, loc.data, msg.data);
out:
	free(slug);
	rp_record_free(rec);
	rp_input_free(in);
	rp_input_free(cin);
	rp_buf_release(&loc);
	rp_buf_release(&msg);
	return rc;
}
