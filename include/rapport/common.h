/*
 * rapport/common.h — what every public header of librapport shares: the
 * export marker and the one space of status codes.
 *
 * A fallible function returns RP_OK or one of the negative RP_E* codes below;
 * the detailed message is kept on the database handle (rp_db_errmsg).
 */
#ifndef RAPPORT_COMMON_H
#define RAPPORT_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RP_API __attribute__((visibility("default")))

enum rp_status {
	RP_OK = 0,
	RP_EINVAL = -1,	      /* bad input: a field, a flag or a value is wrong */
	RP_ENOTFOUND = -2,    /* the named record does not exist */
	RP_ESTATE = -3,	      /* the record's state does not allow the change */
	RP_ECONFLICT = -4,    /* the change collides with another record or writer */
	RP_ESTORE = -5,	      /* the storage failed (I/O, corruption, schema) */
	RP_ENOMEM = -6,	      /* out of memory */
	RP_ENOWORKSPACE = -7, /* the database holds no workspace yet */
	RP_EGATE = -8,	      /* a gate found blockers */
	RP_ENOTIMPL = -9,     /* not implemented yet */
	RP_EAUTH = -10,	      /* wrong credentials or a disabled account */
};

/* A short, stable name for a status code ("invalid", "not found", ...). */
RP_API const char *rp_status_name(int status);

#endif
