/* worker.h -- worker slots that claim tasks from the store and run them.
 *
 * Each slot is a thread: claim a task with a lease, run it (task/task.h),
 * claim the next. A heartbeat thread renews the leases of running tasks,
 * enforces their deadlines, notices tasks cancelled elsewhere, and re-queues
 * tasks whose worker died (expired leases), so several nodes can share one
 * store. The browsers the slots' crawler tasks use are in browser/pool.h. */
#ifndef BAI_WORKER_H
#define BAI_WORKER_H

#include <stddef.h>

#include "browser/pool.h"
#include "config.h"
#include "store/store.h"

typedef struct engine engine;

/* Start cfg->workers slots (0 is allowed: the heartbeat still re-queues
 * expired tasks). node names this process in worker ids and logs. The engine
 * borrows st and cfg, which must outlive it. */
int engine_start(store *st, const config *cfg, const char *node, engine **out, char *err,
                 size_t errlen);

/* engine_start with the seams tests use: fake browsers, a fast health
 * check, no script runners. */
typedef struct engine_opts {
    store *st;
    const config *cfg;
    const char *node;
    const browser_ops *browser_ops; /* NULL: Chromium */
    void *browser_ud;
    int health_every_ms, probe_ms; /* 0: the defaults (5 s) */
    int no_scripts;                /* start no script runners */
    int no_heartbeat;              /* no heartbeat thread: the test calls
                                      engine_heartbeat_once */
} engine_opts;
int engine_start_with(const engine_opts *o, engine **out, char *err, size_t errlen);

/* Stop claiming; tasks still running after grace_ms are aborted and handed
 * back to the queue (their lease is released so another node, or this one
 * restarted, takes them at once). Then free. Accepts NULL. */
void engine_stop(engine *e, int grace_ms);

/* Tell the engine a task was cancelled through this node's API, so a slot
 * running it stops now rather than at its next lease renewal. */
void engine_cancelled(engine *e, const char *task_id);

/* Number of slots busy right now. */
int engine_busy(engine *e);

/* Browsers running, and pages prepared ahead for the next tasks. */
void engine_pool(engine *e, int *browsers, int *prepared);

/* One round of the heartbeat's lease and deadline work, now, on the calling
 * thread: for an engine started with no_heartbeat (tests place a renewal
 * exactly). */
void engine_heartbeat_once(engine *e);

#endif
