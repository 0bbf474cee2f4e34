/*
 * cli.h — what the commands of the rapport program share: the invocation's
 * context, option parsing, output helpers and the command functions.
 *
 * Commands return an exit code (0 ok, 1 a gate found blockers, 2 usage or
 * bad input, 3 storage or system error) and print their own results; errors
 * are printed once, by cli_error or cli_fail.
 */
#ifndef RAPPORT_CLI_H
#define RAPPORT_CLI_H

#include <stdio.h>

#include "rapport/rapport.h"

enum {
	EXIT_OK = 0,
	EXIT_GATE = 1,
	EXIT_USAGE = 2,
	EXIT_SYSTEM = 3,
};

struct cli {
	struct rp_db *db;
	const char *db_path; /* --db as given, or NULL */
	const char *today;   /* --today or $RAPPORT_TODAY as given, or NULL */
	bool json;	     /* --json: machine output on stdout */
	bool color;	     /* a terminal, and NO_COLOR unset */
	char prog[128];	     /* "rapport deliverable add", for messages */
};

/* One command-line option of a command. */
struct cli_opt {
	const char *flag;	      /* without "--" */
	const char *key;	      /* input key (a field name); NULL: stored in *value */
	unsigned flags;		      /* RP_F_SWITCH, RP_F_MULTI, RP_F_REQUIRED */
	const struct rp_field *field; /* describes the accepted form; may be NULL */
	const char *help;
	const char **value; /* where an option without a key is stored */
	const char *metavar;
	const char *form; /* the accepted form when there is no field */
};

#define CLI_MAX_OPTS 64
#define CLI_MAX_POS  4

/* What cli_parse found. */
struct cli_args {
	const char *pos[CLI_MAX_POS];
	int npos;
	bool help;
};

/*
 * Parse argv (after the command words) against opts: "--flag value",
 * "--flag=value", switches "--flag" / "--no-flag", "--json" and "--help"
 * anywhere, positionals in order (at most maxpos).  Keyed options go into
 * `in`.  Returns 0 or EXIT_USAGE after printing the error.
 */
int cli_parse(struct cli *c, const struct cli_opt *opts, size_t nopts, int argc, char **argv,
	      struct rp_input *in, int maxpos, struct cli_args *out);

/* Print "error: ..." (formatted) to stderr and return `code`. */
int cli_error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Print the library's message for a failed call and return its exit code. */
int cli_fail(struct cli *c, int status);
/* The exit code of a library status. */
int cli_exit_code(int status);
/* Usage error about an argument, pointing at --help. */
int cli_usage(struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Print help: a usage line, a summary and the options. */
void cli_help(const struct cli *c, const char *usage, const char *summary,
	      const struct cli_opt *opts, size_t nopts);

/* Print a JSON value on stdout (indented, newline) and release it; a NULL
 * value means the library ran out of memory. */
int cli_print_json(json_t *value);

/* A table of text cells printed with aligned columns.  The cells live in
 * one growing buffer, so a table of a hundred thousand cells costs a few
 * allocations, not one per cell. */
struct cli_table {
	size_t ncols;
	size_t nrows; /* complete rows, the heading included */
	size_t fill;  /* cells in the row being filled */
	size_t cap;
	size_t *cells;	  /* offsets into text, row-major; row 0 is the heading */
	uint16_t *widths; /* each cell's width in characters */
	size_t *width;	  /* per column, in characters */
	struct rp_buf text;
	int state_col; /* coloured on a terminal; -1 if none */
};

void cli_table_init(struct cli_table *t, size_t ncols);
void cli_table_release(struct cli_table *t);
/* Add a cell (copied, cut to a readable width); rows fill left to right. */
int cli_table_add(struct cli_table *t, const char *text);
void cli_table_print(const struct cli *c, const struct cli_table *t, FILE *out);

/* Print one cell as a table would (cut at `max` characters), then pad it to
 * `width` characters and the gap between columns; width 0: no padding (the
 * last column).  `color` is an SGR code or NULL. */
void cli_cell_print(FILE *out, const char *text, size_t max, size_t width, const char *color);
#define CLI_CELL_MAX 40
#define CLI_LAST_MAX 100

/* The colour of a state for badges; NULL for none. */
const char *cli_state_color(const char *state);

/* Commands. */
int cmd_init(struct cli *c, int argc, char **argv);
int cmd_record(struct cli *c, const struct rp_kind *kind, int argc, char **argv);
int cmd_history(struct cli *c, int argc, char **argv);
int cmd_demo(struct cli *c, int argc, char **argv);
int cmd_lifecycle(struct cli *c, const char *verb, int argc, char **argv);
int cmd_check(struct cli *c, int argc, char **argv);
int cmd_kickoff(struct cli *c, int argc, char **argv);
int cmd_close(struct cli *c, int argc, char **argv);
int cmd_status(struct cli *c, int argc, char **argv);
int cmd_settings(struct cli *c, int argc, char **argv);
int cmd_report(struct cli *c, int argc, char **argv);
int cmd_serve(struct cli *c, int argc, char **argv);
int cmd_calendar(struct cli *c, int argc, char **argv);
int cmd_export(struct cli *c, int argc, char **argv);
int cmd_import(struct cli *c, int argc, char **argv);
int cmd_user(struct cli *c, int argc, char **argv);

#endif
