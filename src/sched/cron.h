/* cron.h -- cron expressions and when they next fire.
 *
 * The standard five fields, "minute hour day-of-month month day-of-week":
 * each a comma list of "*", a number, a range "a-b", any of them with a
 * step "/n" ("a/n" runs from a to the field's end); months JAN-DEC and days
 * SUN-SAT by name (any case); day-of-week 0-7 with both 0 and 7 Sunday
 * (so "fri-sun" and "5-0" run to Sunday).
 * As in Vixie cron, when both day fields are restricted (neither starts
 * with "*") a day matches either; otherwise both. The names @yearly
 * (@annually), @monthly, @weekly, @daily (@midnight) and @hourly stand for
 * their usual expressions.
 *
 * Times are wall-clock times of a zone (tz.h). Where the clocks jump
 * forward, the wall times skipped fire once, at the jump; where they go
 * back, a wall time that happens twice fires at its first occurrence only.
 *
 * Pure functions: no I/O, no global state. */
#ifndef BAI_CRON_H
#define BAI_CRON_H

#include <stddef.h>
#include <stdint.h>

#include "sched/tz.h"

/* Longest expression taken. */
#define CRON_MAX 256

typedef struct cron {
    uint64_t minute;  /* bit i: minute i, 0-59 */
    uint32_t hour;    /* 0-23 */
    uint32_t mday;    /* 1-31 */
    uint16_t month;   /* 1-12 */
    uint8_t wday;     /* 0-6, Sunday 0 */
    uint8_t mday_any; /* the day-of-month field starts with "*" */
    uint8_t wday_any; /* the day-of-week field starts with "*" */
} cron;

/* Parse expr. Returns 0 and fills *out, or -1 with the reason in err
 * ("hour: 24 is out of range 0-23"; "expected 5 fields ..."), also for an
 * expression that can never fire ("0 0 30 2 *"). */
int cron_parse(const char *expr, cron *out, char *err, size_t errlen);

/* The first instant strictly after `after` (seconds since the epoch) at
 * which c fires on the wall clock of zone z, in *next (a whole minute of
 * that wall clock). Returns 0, or -1 when it does not fire within the next
 * ten years (only a February 29 schedule comes close: it fires every four
 * or eight years). */
int cron_next(const cron *c, const tz *z, int64_t after, int64_t *next);

#endif
