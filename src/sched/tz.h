/* tz.h -- time zones: the UTC offset in force at an instant, read from the
 * system's TZif files (RFC 8536, /usr/share/zoneinfo, Debian's tzdata).
 *
 * The scheduler needs "what does the wall clock read in Europe/Paris at
 * instant t" without touching the process-wide TZ of libc (setenv + tzset
 * is not thread-safe), so zones are parsed here into plain values: the
 * transitions of the file, then its footer's POSIX TZ rule (RFC 8536 3.3,
 * "CET-1CEST,M3.5.0,M10.5.0/3") for instants after the last transition.
 * Leap seconds are ignored (the "right/" zones read as their plain ones).
 *
 * A loaded zone is immutable: any thread may read it. */
#ifndef BAI_TZ_H
#define BAI_TZ_H

#include <stddef.h>
#include <stdint.h>

typedef struct tz tz;

/* Longest zone name taken ("America/Argentina/ComodRivadavia" is 32). */
#define TZ_NAME_MAX 64

/* True when name has the shape of a zone name: 1-64 characters of letters,
 * digits, '_', '-', '+' in '/'-separated parts, none empty or starting with
 * '.'; so it can never leave the zone folder. Says nothing of whether the
 * zone exists. */
int tz_name_valid(const char *name);

/* Load the zone name ("UTC" needs no file) from the zone folder
 * (/usr/share/zoneinfo). Returns 0 and a zone for tz_free, or -1 with a
 * reason in err ("unknown time zone \"Mars/Base\""). */
int tz_load(const char *name, tz **out, char *err, size_t errlen);

/* Parse TZif bytes (the contents of a zone file) into a zone called name.
 * Pure. Returns 0, or -1 with a reason in err. */
int tz_parse(const char *name, const void *data, size_t len, tz **out, char *err, size_t errlen);

/* The zone's name as loaded. */
const char *tz_name(const tz *z);

/* Seconds east of UTC in force at t (seconds since the epoch). */
int32_t tz_offset(const tz *z, int64_t t);

/* Accepts NULL. */
void tz_free(tz *z);

#endif
