/*
 * user-io.h — what user.c shares with the export and the import: the rules
 * of a login and a token's label, and the accounts' part of the export
 * document (docs/export.md: "users" and "tokens").  Private to librapport.
 */
#ifndef RAPPORT_USER_IO_H
#define RAPPORT_USER_IO_H

#include "internal.h"

/* Whether `login` is 1-64 characters of a-z, 0-9, '.', '_', '-', '@'. */
bool user_login_valid(const char *login);
/* Whether `label` is 1-100 characters without control characters. */
bool user_label_valid(const char *label);

/* Fail with RP_EINVAL and the message "invalid export: " and the rest
 * (the import's refusals). */
int export_invalid(struct rp_db *db, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Add "users" and "tokens" to the document, in number order, with the
 * hashes as stored; sessions are left out. */
int user_io_export(struct rp_db *db, json_t *doc);

/*
 * Check the document's "users" and "tokens" lists before anything is
 * written: every member of its declared form, numbers in order, a client
 * account's contact in the document (`has_contact`), every token's account
 * in the list.  *last_user and *last_token are the highest numbers, for the
 * counters.  Messages start "invalid export: ".
 */
int user_io_check(struct rp_db *db, json_t *users, json_t *tokens,
		  bool (*has_contact)(void *arg, int64_t id), void *arg, int64_t *last_user,
		  int64_t *last_token);

/* Write checked lists as they are (after the records they name). */
int user_io_write(struct rp_db *db, json_t *users, json_t *tokens);

/* Remove the accounts, tokens and sessions of the workspace (an empty
 * workspace an import replaces). */
int user_io_clear(struct rp_db *db);

#endif
