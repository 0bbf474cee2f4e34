/*
 * cmd-user.c — "rapport user": the accounts of the server.  "user add"
 * makes an account for the team (owner, member) or for a client's contact
 * (the portal), "user list" shows them, "user token" makes an API token and
 * prints it once, "user tokens" lists an account's tokens (never a hash),
 * "user revoke" revokes one, "user disable" stops an account, "user passwd"
 * sets its password.
 *
 * A password is only ever read from stdin (--password-stdin), one line, so
 * that it never shows in the process list or the shell's history; the
 * buffer that held it is wiped before the command ends.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <csv.h>

#include "cli.h"

static const char *const verbs_help[][2] = {
	{"add", "LOGIN --role owner|member|client [--contact CONTACT] [--password-stdin]"},
	{"list", "[--format table|json|csv]: every account"},
	{"token", "LOGIN [--label L]: a new API token, printed once"},
	{"tokens", "LOGIN [--format table|json|csv]: the account's API tokens"},
	{"revoke", "LOGIN NUMBER: the token stops working at once"},
	{"disable", "LOGIN: its sessions and tokens stop working at once"},
	{"passwd", "LOGIN --password-stdin: set a new password"},
};

static void user_help(FILE *out)
{
	size_t i;

	fprintf(out,
		"usage: rapport user VERB ...\n\n"
		"the accounts of the server: the team (owner, member) and the client contacts\n"
		"who use the portal, their passwords and API tokens\n\nverbs:\n");
	for (i = 0; i < sizeof(verbs_help) / sizeof(verbs_help[0]); i++) {
		fprintf(out, "  %-8s %s\n", verbs_help[i][0], verbs_help[i][1]);
	}
	fprintf(out, "\nSee 'rapport user VERB --help' for the options of a verb.\n");
}

/* One line of stdin without its line end, into *out (the caller wipes and
 * frees it); exit 2 naming --password-stdin when it is not a password. */
static int read_password(char **out)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);

	if (n > 0 && line[n - 1] == '\n') {
		line[--n] = '\0';
	}
	if (n > 0 && line[n - 1] == '\r') {
		line[--n] = '\0';
	}
	if (n < RP_PASSWORD_MIN || n > RP_PASSWORD_MAX) {
		if (line) {
			explicit_bzero(line, cap);
		}
		free(line);
		return cli_error(EXIT_USAGE,
				 "invalid password for --password-stdin (expected one line of %d "
				 "to %d bytes on stdin)",
				 RP_PASSWORD_MIN, RP_PASSWORD_MAX);
	}
	*out = line;
	return EXIT_OK;
}

static void wipe(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

/* Print the account `login` as --json asks; 0 or an exit code. */
static int print_user_json(struct cli *c, const char *login)
{
	struct rp_user u;
	int rc;

	rp_user_init(&u);
	rc = rp_user_get(c->db, login, &u);
	rc = rc ? cli_fail(c, rc) : cli_print_json(rp_user_json(&u));
	rp_user_release(&u);
	return rc;
}

/* ---- user add ---------------------------------------------------------- */

static int do_add(struct cli *c, int argc, char **argv)
{
	const char *role = NULL, *contact = NULL, *from_stdin = NULL;
	const struct cli_opt opts[] = {
		{.flag = "role",
		 .value = &role,
		 .flags = RP_F_REQUIRED,
		 .metavar = "ROLE",
		 .form = "owner, member or client",
		 .help = "owner (everything), member (every engagement) or client (the portal)"},
		{.flag = "contact",
		 .value = &contact,
		 .metavar = "CONTACT",
		 .form = "a contact's number or e-mail address",
		 .help = "for a client account: the contact it is (a number or e-mail address)"},
		{.flag = "password-stdin",
		 .value = &from_stdin,
		 .flags = RP_F_SWITCH,
		 .help = "read the password from one line of stdin (8 to 1024 bytes)"},
	};
	const size_t nopts = sizeof(opts) / sizeof(opts[0]);
	struct cli_args a;
	char *password = NULL;
	int rc;

	rc = cli_parse(c, opts, nopts, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(
			c,
			"rapport user add LOGIN --role owner|member|client [--contact CONTACT] "
			"[--password-stdin]",
			"add an account: LOGIN is 1 to 64 characters of a-z, 0-9, '.', '_', '-' "
			"and '@'.\nA client account is one of the client's contacts and sees only "
			"that client's\nengagements.  Without --password-stdin the account has no "
			"password: it cannot\nlog in and works only with API tokens ('rapport user "
			"token')",
			opts, nopts);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	if (from_stdin && !strcmp(from_stdin, "yes")) {
		rc = read_password(&password);
		if (rc) {
			return rc;
		}
	}
	rp_db_use_flag_names(c->db, true);
	rc = rp_user_add(c->db, a.pos[0], role, contact, password, NULL);
	wipe(password);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return print_user_json(c, a.pos[0]);
	}
	printf("user '%s' added (%s%s)\n", a.pos[0], role,
	       password ? "" : ", no password: API tokens only");
	return EXIT_OK;
}

/* ---- user list --------------------------------------------------------- */

/* A CSV cell; text a spreadsheet could take for a formula gets a quote. */
static void csv_cell(FILE *out, const char *text, bool first)
{
	if (!first) {
		fputc(',', out);
	}
	if (strchr("=+-@", text[0]) && text[0]) {
		char *guarded = malloc(strlen(text) + 2);

		if (guarded) {
			guarded[0] = '\'';
			strcpy(guarded + 1, text);
			csv_fwrite(out, guarded, strlen(guarded));
			free(guarded);
			return;
		}
	}
	csv_fwrite(out, text, strlen(text));
}

/*
 * How an account list or a token list prints, in one place for both: the
 * headings, and each row's cells (NULL for nothing: "-" in the table, an
 * empty field in CSV; the table cuts instants to their day), or its JSON.
 */
#define LIST_MAX_COLS 8

struct list_shape {
	size_t ncols;
	const char *const *table_head;
	const char *const *csv_head;
	unsigned day_cols; /* bit k: column k is an instant the table shows as a day */
	/* item i's cells; `num` is room for a number the cells may point at */
	void (*row)(const void *items, size_t i, const char **cells, char num[24]);
	json_t *(*json)(const void *items, size_t i, const char *login);
};

static int print_csv(const struct list_shape *s, const void *items, size_t n)
{
	const char *cells[LIST_MAX_COLS];
	char num[24];
	size_t i, k;

	for (k = 0; k < s->ncols; k++) {
		csv_cell(stdout, s->csv_head[k], k == 0);
	}
	fputs("\r\n", stdout);
	for (i = 0; i < n; i++) {
		s->row(items, i, cells, num);
		for (k = 0; k < s->ncols; k++) {
			csv_cell(stdout, cells[k] ? cells[k] : "", k == 0);
		}
		fputs("\r\n", stdout);
	}
	return EXIT_OK;
}

static int print_table(struct cli *c, const struct list_shape *s, const void *items, size_t n)
{
	const char *cells[LIST_MAX_COLS];
	struct cli_table t;
	char num[24], day[11];
	size_t i, k;
	int rc = 0;

	cli_table_init(&t, s->ncols);
	for (k = 0; k < s->ncols; k++) {
		rc |= cli_table_add(&t, s->table_head[k]);
	}
	for (i = 0; i < n; i++) {
		s->row(items, i, cells, num);
		for (k = 0; k < s->ncols; k++) {
			if (cells[k] && (s->day_cols >> k & 1u)) {
				snprintf(day, sizeof(day), "%s", cells[k]);
				cells[k] = day;
			}
			rc |= cli_table_add(&t, cells[k] ? cells[k] : "-");
		}
	}
	if (rc) {
		rc = cli_error(EXIT_SYSTEM, "out of memory");
	} else if (n) {
		cli_table_print(c, &t, stdout);
	}
	cli_table_release(&t);
	return rc;
}

static int print_json_list(const struct list_shape *s, const void *items, size_t n,
			   const char *login)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < n; i++) {
		if (json_array_append_new(arr, s->json(items, i, login))) {
			json_decref(arr);
			arr = NULL;
		}
	}
	return cli_print_json(arr);
}

static const struct cli_opt format_opt = {
	.flag = "format",
	.metavar = "FORMAT",
	.form = "table, json or csv",
	.help = "table, json or csv (default: table)",
};

/*
 * The list verbs: parse [--format] and `maxpos` positionals (help: `usage`
 * and `summary`), then fetch(c, a.pos, &items, &n) reads the list, shape
 * prints it as --format asks (--json alone: JSON) and release frees it.
 */
static int list_verb(struct cli *c, int argc, char **argv, int maxpos, const char *usage,
		     const char *summary, const struct list_shape *shape,
		     int (*fetch)(struct cli *c, const char *const *pos, void **items, size_t *n),
		     void (*release)(void *items, size_t n))
{
	const char *format = NULL;
	struct cli_opt opts[] = {format_opt};
	struct cli_args a;
	void *items = NULL;
	size_t n = 0;
	int rc;

	opts[0].value = &format;
	rc = cli_parse(c, opts, 1, argc, argv, NULL, maxpos, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, usage, summary, opts, 1);
		return EXIT_OK;
	}
	if (a.npos < maxpos) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	if (format && strcmp(format, "table") && strcmp(format, "json") && strcmp(format, "csv")) {
		return cli_usage(c,
				 "invalid format '%s' for --format (expected table, json or csv)",
				 format);
	}
	rc = fetch(c, a.pos, &items, &n);
	if (rc) {
		return cli_fail(c, rc);
	}
	if ((format && !strcmp(format, "json")) || (!format && c->json)) {
		rc = print_json_list(shape, items, n, maxpos ? a.pos[0] : NULL);
	} else if (format && !strcmp(format, "csv")) {
		rc = print_csv(shape, items, n);
	} else {
		rc = print_table(c, shape, items, n);
	}
	release(items, n);
	return rc;
}

static const char *user_state(const struct rp_user *u)
{
	return u->disabled ? "disabled" : "active";
}

static void user_row(const void *items, size_t i, const char **cells, char num[24])
{
	const struct rp_user *u = (const struct rp_user *)items + i;

	(void)num;
	cells[0] = u->login;
	cells[1] = rp_role_name(u->role);
	cells[2] = u->client_slug;
	cells[3] = u->contact_name;
	cells[4] = u->has_password ? "yes" : "no";
	cells[5] = user_state(u);
	cells[6] = u->created_at;
}

static json_t *user_item_json(const void *items, size_t i, const char *login)
{
	(void)login;
	return rp_user_json((const struct rp_user *)items + i);
}

static const char *const user_table_head[] = {"LOGIN",	  "ROLE",  "CLIENT", "CONTACT",
					      "PASSWORD", "STATE", "CREATED"};
static const char *const user_csv_head[] = {"login",	"role",	 "client",    "contact",
					    "password", "state", "created_at"};
static const struct list_shape user_shape = {
	.ncols = 7,
	.table_head = user_table_head,
	.csv_head = user_csv_head,
	.day_cols = 1u << 6,
	.row = user_row,
	.json = user_item_json,
};

static int fetch_users(struct cli *c, const char *const *pos, void **items, size_t *n)
{
	struct rp_user *users = NULL;
	int rc = rp_user_list(c->db, &users, n);

	(void)pos;
	*items = users;
	return rc;
}

static void release_users(void *items, size_t n)
{
	rp_user_list_free(items, n);
}

static int do_list(struct cli *c, int argc, char **argv)
{
	return list_verb(c, argc, argv, 0, "rapport user list [--format table|json|csv]",
			 "every account, by login: its role, the client contact it is, whether it "
			 "has a\npassword and whether it is disabled",
			 &user_shape, fetch_users, release_users);
}

/* ---- user token, tokens, revoke ---------------------------------------- */

static int do_token(struct cli *c, int argc, char **argv)
{
	const char *label = NULL;
	const struct cli_opt opts[] = {
		{.flag = "label",
		 .value = &label,
		 .metavar = "L",
		 .form = "1 to 100 characters",
		 .help = "what the token is for, e.g. ci or backup (1 to 100 characters)"},
	};
	struct cli_args a;
	char *token = NULL;
	int64_t id = 0;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport user token LOGIN [--label L]",
			 "make a new API token for the account and print it on stdout, once: only "
			 "its\nhash is kept.  Scripts send it as 'Authorization: Bearer TOKEN'",
			 opts, 1);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	rp_db_use_flag_names(c->db, true);
	rc = rp_user_token_new(c->db, a.pos[0], label, &token, &id);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		rc = cli_print_json(json_pack("{s:I, s:s, s:s?, s:s}", "id", (json_int_t)id,
					      "login", a.pos[0], "label", label, "token", token));
	} else {
		printf("%s\n", token);
		fflush(stdout);
		fprintf(stderr,
			"a new API token for '%s', token %lld: keep it now, it is not shown "
			"again\n",
			a.pos[0], (long long)id);
	}
	wipe(token);
	return rc;
}

static void token_row(const void *items, size_t i, const char **cells, char num[24])
{
	const struct rp_token *t = (const struct rp_token *)items + i;

	snprintf(num, 24, "%lld", (long long)t->id);
	cells[0] = num;
	cells[1] = t->label;
	cells[2] = t->created_at;
	cells[3] = t->last_used;
}

static json_t *token_json(const void *items, size_t i, const char *login)
{
	const struct rp_token *t = (const struct rp_token *)items + i;

	return rp_token_json(t, login);
}

static const char *const token_table_head[] = {"ID", "LABEL", "CREATED", "LAST USED"};
static const char *const token_csv_head[] = {"id", "label", "created_at", "last_used"};
static const struct list_shape token_shape = {
	.ncols = 4,
	.table_head = token_table_head,
	.csv_head = token_csv_head,
	.day_cols = 1u << 2,
	.row = token_row,
	.json = token_json,
};

static int fetch_tokens(struct cli *c, const char *const *pos, void **items, size_t *n)
{
	struct rp_token *tokens = NULL;
	int rc = rp_user_tokens(c->db, pos[0], &tokens, n);

	*items = tokens;
	return rc;
}

static void release_tokens(void *items, size_t n)
{
	rp_token_list_free(items, n);
}

static int do_tokens(struct cli *c, int argc, char **argv)
{
	return list_verb(c, argc, argv, 1, "rapport user tokens LOGIN [--format table|json|csv]",
			 "the account's API tokens not revoked, by number: the label, the day "
			 "it was\nmade and the day it was last used.  A token itself is never "
			 "shown again; revoke\none with 'rapport user revoke LOGIN NUMBER'",
			 &token_shape, fetch_tokens, release_tokens);
}

static int do_revoke(struct cli *c, int argc, char **argv)
{
	struct cli_args a;
	const char *text;
	char *end = NULL;
	long long number;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 2, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport user revoke LOGIN NUMBER",
			 "revoke the account's API token NUMBER (see 'rapport user tokens LOGIN'): "
			 "it stops\nworking at once, calendar subscriptions by it included.  The "
			 "account and its\nother tokens stay",
			 NULL, 0);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	if (a.npos < 2) {
		return cli_usage(c, "missing the token's number (NUMBER)");
	}
	text = a.pos[1];
	errno = 0;
	number = strtoll(text, &end, 10);
	if (!isdigit((unsigned char)text[0]) || *end || errno || number < 1) {
		return cli_usage(c,
				 "invalid token number '%s' for NUMBER (expected a number from "
				 "'rapport user tokens %s', such as 3)",
				 text, a.pos[0]);
	}
	rc = rp_user_token_revoke(c->db, a.pos[0], (int64_t)number);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return cli_print_json(json_pack("{s:s, s:I, s:b}", "login", a.pos[0], "id",
						(json_int_t)number, "revoked", 1));
	}
	printf("token %lld of '%s' revoked\n", number, a.pos[0]);
	return EXIT_OK;
}

/* ---- user disable, passwd ---------------------------------------------- */

/* The verbs that name one account and take no option but --json. */
static int do_disable(struct cli *c, int argc, char **argv)
{
	struct rp_user u;
	struct cli_args a;
	bool was;
	int rc;

	rc = cli_parse(c, NULL, 0, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport user disable LOGIN",
			 "disable the account: it cannot log in, and its sessions and API tokens "
			 "stop\nworking at once.  Its history stays",
			 NULL, 0);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	rp_user_init(&u);
	rc = rp_user_get(c->db, a.pos[0], &u);
	was = u.disabled;
	rp_user_release(&u);
	if (!rc) {
		rc = rp_user_disable(c->db, a.pos[0]);
	}
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return print_user_json(c, a.pos[0]);
	}
	printf(was ? "user '%s' was disabled already\n" : "user '%s' disabled\n", a.pos[0]);
	return EXIT_OK;
}

static int do_passwd(struct cli *c, int argc, char **argv)
{
	const char *from_stdin = NULL;
	const struct cli_opt opts[] = {
		{.flag = "password-stdin",
		 .value = &from_stdin,
		 .flags = RP_F_SWITCH | RP_F_REQUIRED,
		 .help = "read the password from one line of stdin (8 to 1024 bytes)"},
	};
	struct cli_args a;
	char *password = NULL;
	int rc;

	rc = cli_parse(c, opts, 1, argc, argv, NULL, 1, &a);
	if (rc) {
		return rc;
	}
	if (a.help) {
		cli_help(c, "rapport user passwd LOGIN --password-stdin",
			 "set the account's password, read from one line of stdin; whoever is "
			 "logged in\nwith the old one is logged out",
			 opts, 1);
		return EXIT_OK;
	}
	if (a.npos < 1) {
		return cli_usage(c, "missing the account's login (LOGIN)");
	}
	if (!from_stdin || strcmp(from_stdin, "yes")) {
		return cli_usage(c, "missing option '--password-stdin' (the password is read "
				    "from stdin)");
	}
	rc = read_password(&password);
	if (rc) {
		return rc;
	}
	rp_db_use_flag_names(c->db, true);
	rc = rp_user_set_password(c->db, a.pos[0], password);
	wipe(password);
	if (rc) {
		return cli_fail(c, rc);
	}
	if (c->json) {
		return print_user_json(c, a.pos[0]);
	}
	printf("password of '%s' set\n", a.pos[0]);
	return EXIT_OK;
}

int cmd_user(struct cli *c, int argc, char **argv)
{
	static const struct {
		const char *verb;
		int (*fn)(struct cli *c, int argc, char **argv);
	} verbs[] = {
		{"add", do_add},       {"list", do_list},     {"token", do_token},
		{"tokens", do_tokens}, {"revoke", do_revoke}, {"disable", do_disable},
		{"passwd", do_passwd},
	};
	size_t len = strlen(c->prog), i;
	const char *verb;

	if (argc < 1) {
		user_help(stderr);
		return EXIT_USAGE;
	}
	verb = argv[0];
	if (!strcmp(verb, "--help") || !strcmp(verb, "-h") || !strcmp(verb, "help")) {
		user_help(stdout);
		return EXIT_OK;
	}
	for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++) {
		if (!strcmp(verb, verbs[i].verb)) {
			snprintf(c->prog + len, sizeof(c->prog) - len, " %s", verb);
			return verbs[i].fn(c, argc - 1, argv + 1);
		}
	}
	return cli_usage(c, "'%s' is not a verb of '%s'", verb, c->prog);
}
