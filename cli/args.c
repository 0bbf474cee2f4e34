/*
 * args.c — option parsing and error reporting for every command, so that
 * all commands accept options the same way and refuse bad ones with the same
 * words: the option named, the accepted form, a pointer to --help, exit 2.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_error(int code, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout); /* keep the order of output and errors in one stream */
	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return code;
}

int cli_usage(struct cli *c, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see '%s --help')\n", c->prog);
	return EXIT_USAGE;
}

int cli_exit_code(int status)
{
	switch (status) {
	case RP_OK:
		return EXIT_OK;
	case RP_EGATE:
		return EXIT_GATE;
	case RP_EINVAL:
	case RP_ENOTFOUND:
	case RP_ESTATE:
	case RP_ECONFLICT:
	case RP_ENOWORKSPACE:
	case RP_ENOTIMPL:
	case RP_EAUTH:
		return EXIT_USAGE;
	default:
		return EXIT_SYSTEM;
	}
}

int cli_fail(struct cli *c, int status)
{
	return cli_error(cli_exit_code(status), "%s", rp_db_errmsg(c->db));
}

static const struct cli_opt *find_opt(const struct cli_opt *opts, size_t nopts, const char *flag,
				      size_t len)
{
	size_t i;

	for (i = 0; i < nopts; i++) {
		if (strlen(opts[i].flag) == len && !strncmp(opts[i].flag, flag, len)) {
			return &opts[i];
		}
	}
	return NULL;
}

static int store_opt(struct cli *c, const struct cli_opt *o, const char *value, struct rp_input *in)
{
	if (o->key) {
		if (rp_input_add(in, o->key, value)) {
			return cli_error(EXIT_SYSTEM, "out of memory");
		}
	} else if (o->value) {
		*o->value = value;
	}
	(void)c;
	return 0;
}

static void opt_form(const struct cli_opt *o, struct rp_buf *b)
{
	if (o->field) {
		rp_field_form(o->field, b);
	} else {
		rp_buf_puts(b, o->form ? o->form : "a value");
	}
}

int cli_parse(struct cli *c, const struct cli_opt *opts, size_t nopts, int argc, char **argv,
	      struct rp_input *in, int maxpos, struct cli_args *out)
{
	bool only_pos = false;
	int i, rc;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < argc; i++) {
		const char *arg = argv[i], *eq, *name, *value = NULL;
		const struct cli_opt *o;
		size_t len;
		bool negated = false;

		if (only_pos || arg[0] != '-' || arg[1] != '-' || arg[2] == '\0') {
			if (!only_pos && !strcmp(arg, "--")) {
				only_pos = true;
				continue;
			}
			if (!only_pos && arg[0] == '-' && arg[1] != '\0' && arg[1] != '-' &&
			    !(arg[1] >= '0' && arg[1] <= '9')) {
				if (!strcmp(arg, "-h")) {
					out->help = true;
					continue;
				}
				return cli_usage(c, "unknown option '%s' for '%s'", arg, c->prog);
			}
			if (out->npos >= maxpos) {
				return cli_usage(c, "unexpected argument '%s' for '%s'", arg,
						 c->prog);
			}
			out->pos[out->npos++] = arg;
			continue;
		}
		name = arg + 2;
		eq = strchr(name, '=');
		len = eq ? (size_t)(eq - name) : strlen(name);
		if (len == 4 && !strncmp(name, "json", 4) && !eq) {
			c->json = true;
			continue;
		}
		if (len == 4 && !strncmp(name, "help", 4) && !eq) {
			out->help = true;
			continue;
		}
		o = find_opt(opts, nopts, name, len);
		if (!o && len > 3 && !strncmp(name, "no-", 3)) {
			o = find_opt(opts, nopts, name + 3, len - 3);
			if (o && !(o->flags & RP_F_SWITCH)) {
				o = NULL;
			}
			negated = o != NULL;
		}
		if (!o) {
			return cli_usage(c, "unknown option '--%.*s' for '%s'", (int)len, name,
					 c->prog);
		}
		if (o->flags & RP_F_SWITCH) {
			if (eq) {
				return cli_usage(c, "option '--%s' takes no value", o->flag);
			}
			rc = store_opt(c, o, negated ? "no" : "yes", in);
			if (rc) {
				return rc;
			}
			continue;
		}
		if (eq) {
			value = eq + 1;
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			struct rp_buf form;

			rp_buf_init(&form);
			opt_form(o, &form);
			rc = cli_usage(c, "option '--%s' needs a value (%s)", o->flag, form.data);
			rp_buf_release(&form);
			return rc;
		}
		rc = store_opt(c, o, value, in);
		if (rc) {
			return rc;
		}
	}
	if (out->help) {
		return 0;
	}
	for (size_t k = 0; k < nopts; k++) {
		if ((opts[k].flags & RP_F_REQUIRED) && !opts[k].key && opts[k].value &&
		    !*opts[k].value) {
			return cli_usage(c, "missing option '--%s'", opts[k].flag);
		}
	}
	return 0;
}

void cli_help(const struct cli *c, const char *usage, const char *summary,
	      const struct cli_opt *opts, size_t nopts)
{
	struct rp_buf left, form;
	size_t i, width = 0;

	printf("usage: %s\n", usage);
	if (summary) {
		printf("\n%s\n", summary);
	}
	(void)c;
	rp_buf_init(&left);
	rp_buf_init(&form);
	for (i = 0; i < nopts; i++) {
		size_t w = strlen(opts[i].flag) + 2 +
			   ((opts[i].flags & RP_F_SWITCH) && opts[i].key ? 5 : 0);

		if (!(opts[i].flags & RP_F_SWITCH)) {
			w += 1 + strlen(opts[i].metavar ? opts[i].metavar : "VALUE");
		}
		if (w > width) {
			width = w;
		}
	}
	if (width > 28) {
		width = 28;
	}
	printf("\noptions:\n");
	for (i = 0; i < nopts; i++) {
		const struct cli_opt *o = &opts[i];

		rp_buf_reset(&left);
		rp_buf_reset(&form);
		rp_buf_printf(&left, (o->flags & RP_F_SWITCH) && o->key ? "--[no-]%s" : "--%s",
			      o->flag);
		if (!(o->flags & RP_F_SWITCH)) {
			rp_buf_printf(&left, " %s", o->metavar ? o->metavar : "VALUE");
		}
		if (o->field && !(o->flags & RP_F_SWITCH)) {
			rp_field_form(o->field, &form);
		}
		printf("  %-*s  %s%s%s%s%s%s\n", (int)width, left.data, o->help ? o->help : "",
		       form.len ? " (" : "", form.data, form.len ? ")" : "",
		       (o->flags & RP_F_REQUIRED) ? " [required]" : "",
		       (o->flags & RP_F_MULTI) ? " [repeatable]" : "");
	}
	printf("  %-*s  %s\n", (int)width, "--json", "machine-readable output");
	printf("  %-*s  %s\n", (int)width, "--help", "this help");
	rp_buf_release(&left);
	rp_buf_release(&form);
}

int cli_print_json(json_t *value)
{
	if (!value) {
		return cli_error(EXIT_SYSTEM, "out of memory");
	}
	json_dumpf(value, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII);
	fputc('\n', stdout);
	json_decref(value);
	return EXIT_OK;
}
