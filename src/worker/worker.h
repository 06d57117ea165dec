/* engine.h -- worker slots that claim tasks from the store and run them in
 * Chromium.
 *
 * Each slot is a thread: claim a task with a lease, run its steps in a fresh
 * browser context, record logs, results and artifacts, finish it. A
 * heartbeat thread renews the leases of running tasks, enforces their
 * deadlines, notices tasks cancelled elsewhere, and re-queues tasks whose
 * worker died (expired leases), so several nodes can share one store. */
#ifndef BAI_ENGINE_H
#define BAI_ENGINE_H

#include <stddef.h>

#include "config.h"
#include "store/store.h"

typedef struct engine engine;

/* Start cfg->workers slots (0 is allowed: the heartbeat still re-queues
 * expired tasks). node names this process in worker ids and logs. The engine
 * borrows st and cfg, which must outlive it. */
int engine_start(store *st, const config *cfg, const char *node, engine **out, char *err,
                 size_t errlen);

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

#endif
