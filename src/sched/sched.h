/* sched.h -- the scheduler of saved tasks: each due run fires exactly once.
 *
 * Every node that serves the API runs one. A pass reads the saved tasks
 * whose next run is due and, for each, works out the first run after now
 * (runs missed while no scheduler ran are not made up one by one: a single
 * run stands for all of them) and asks the store to fire it.
 * store_saved_fire() inserts the run as a queued task and moves the saved
 * task's next run from the value this pass read to the new one in one
 * transaction, a compare-and-set: of several schedulers that read the same
 * due run (nodes sharing a store, a restart racing an old process), exactly
 * one inserts it; the store decides, not the clocks.
 *
 * Time comes from a clock the caller may replace, so tests run schedules on
 * a fake clock. */
#ifndef BAI_SCHED_H
#define BAI_SCHED_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* Milliseconds since the epoch. */
typedef int64_t (*sched_clock_fn)(void *ud);

/* The first run strictly after now (ms) of the cron expression expr in the
 * zone tzname (NULL or "" = UTC): 0 and *next in ms; or -1 with the reason
 * in err, prefixed by the field it is about ("cron_settings: hour: 24 is out
 * of range 0-23", "timezone: unknown time zone \"Mars/Base\""), also when it
 * does not fire within ten years. */
int sched_next_run(const char *expr, const char *tzname, int64_t now, int64_t *next, char *err,
                   size_t errlen);

/* One pass at time now (ms): fire every saved task due at or before now, at
 * most once each. *fired (may be NULL) is the number of runs this pass
 * inserted. A saved task whose schedule no longer reads (a zone file gone)
 * has its schedule turned off, with a line on stderr. Returns 0, or -1 when
 * the store failed (the next pass tries again). Any thread. */
int sched_tick(store *st, int64_t now, int *fired);

typedef struct sched sched;

/* Start a thread that calls sched_tick every tick_ms (at least 10) at the
 * time clock(ud) says (the real time when clock is NULL), and bumps notify
 * (util/notify.h) when a pass fired runs, so idle slots take them at once.
 * Returns 0, or -1 with the reason in err. */
int sched_start(store *st, long tick_ms, sched_clock_fn clock, void *ud, sched **out, char *err,
                size_t errlen);

/* Stop the thread (it ends within a tick) and free. Accepts NULL. */
void sched_stop(sched *s);

#endif
