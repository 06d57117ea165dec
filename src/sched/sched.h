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
 * zone (NULL or "" = UTC): 0 and *next in ms; or -1 with the reason
 * in err, prefixed by the field it is about ("cron_settings: hour: 24 is out
 * of range 0-23", "timezone: unknown time zone \"Mars/Base\""), also when it
 * does not fire within ten years. */
int sched_next_run(const char *expr, const char *zone, int64_t now, int64_t *next, char *err,
                   size_t errlen);

/* One pass at time now (ms): fire every saved task due at or before now, at
 * most once each. *fired (may be NULL) is the number of runs this pass
 * inserted. A saved task whose schedule no longer reads (a zone file gone)
 * has its schedule turned off, with a line on stderr. Returns 0, or -1 when
 * the store failed (the next pass tries again). Any thread. */
int sched_tick(store *st, int64_t now, int *fired);

/* The retention sweep, once per cluster: when holder (this node's name)
 * wins the store's "retention" job lease (store_job_lease, held for
 * SCHED_RETENTION_LEASE_MS and renewed by each of its passes), delete the
 * tasks that ended more than days ago (days 0: none) and reserved artifacts
 * their worker never wrote (store_sweep). *tasks and *artifacts (may be
 * NULL) count what went. Returns 1 when this node swept, 0 when another
 * holds the job, -1 when the store failed. Any thread. */
#define SCHED_RETENTION_LEASE_MS (15 * 60 * 1000)
int sched_retention(store *st, const char *holder, long days, int64_t now, int *tasks,
                    int *artifacts);

typedef struct sched sched;

/* Start a thread that calls sched_tick every tick_ms (at least 10) at the
 * time clock(ud) says (the real time when clock is NULL), and bumps notify
 * (util/notify.h) when a pass fired runs, so idle slots take them at once.
 * Returns 0, or -1 with the reason in err. */
int sched_start(store *st, long tick_ms, sched_clock_fn clock, void *ud, sched **out, char *err,
                size_t errlen);

/* Make the thread run sched_retention as holder every_ms (at least a tick)
 * with days. Any thread. */
void sched_retention_every(sched *s, const char *holder, long days, long every_ms);

/* Stop the thread (it ends within a tick) and free. Accepts NULL. */
void sched_stop(sched *s);

#endif
