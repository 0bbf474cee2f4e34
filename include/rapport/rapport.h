/*
 * rapport/rapport.h — librapport, the library under the rapport command line
 * and server.  Including this header brings in the whole public API.
 */
#ifndef RAPPORT_RAPPORT_H
#define RAPPORT_RAPPORT_H

#include "rapport/common.h"
#include "rapport/buf.h"
#include "rapport/money.h"
#include "rapport/date.h"
#include "rapport/db.h"
#include "rapport/kind.h"
#include "rapport/record.h"
#include "rapport/audit.h"
#include "rapport/check.h"
#include "rapport/demo.h"
#include "rapport/calendar.h"
#include "rapport/report.h"
#include "rapport/export.h"
#include "rapport/user.h"

/* The library's version, "MAJOR.MINOR.PATCH". */
RP_API const char *rp_version(void);

#endif
