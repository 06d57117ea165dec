/* task.h -- running one claimed task to its end, and the hold the worker
 * keeps on it while it runs.
 *
 * A worker slot (worker/) claims a task and calls task_run() on its own
 * thread; task_run plans it, takes a page from the browser pool (or a script
 * runner), runs its steps, records a result row per step and finishes it in
 * the store. Other threads stop it through its task_ctl: the heartbeat (a
 * deadline passed, the lease was lost), the API (cancel), shutdown. Every
 * stop names the claim it was decided for (its generation), so a stop that
 * was meant for one task never lands on the next task the slot claimed. */
#ifndef BAI_TASK_H
#define BAI_TASK_H

#include <stdint.h>

#include "config.h"
#include "store/store.h"
#include "util/util.h"

/* Why a running task must stop before its steps are done. */
typedef enum abort_reason {
    ABORT_NONE = 0,
    ABORT_CANCEL,  /* cancelled through the API: the store already says so */
    ABORT_TIMEOUT, /* past its timeoutSeconds */
    ABORT_LOST,    /* our lease is gone: another worker may own it now */
    ABORT_SHUTDOWN /* this node is stopping */
} abort_reason;

/* ---- the worker's hold on a running task (any thread) ------------------ */

typedef struct task_ctl task_ctl;

task_ctl *task_ctl_new(void);
void task_ctl_free(task_ctl *c); /* accepts NULL; no task may be running */

/* A task was claimed: returns its claim generation, new with every claim.
 * deadline: monotonic ms past which it is timed out. Slot thread. */
uint64_t task_ctl_begin(task_ctl *c, const char *task_id, int64_t deadline);

/* The task has ended (its end is in the store, or it was handed back):
 * nothing is left to renew, time out or stop. */
void task_ctl_end(task_ctl *c);

/* The running task's generation, id and deadline: 1, or 0 when none runs. */
int task_ctl_current(task_ctl *c, uint64_t *gen, char id[UTIL_ID_LEN], int64_t *deadline);

/* Stop the task of claim gen for why, if it still runs and was not stopped
 * already (the first reason wins): its page's calls fail at once and a
 * script runner is killed. Returns 1 when this call stopped it. */
int task_ctl_stop(task_ctl *c, uint64_t gen, abort_reason why);

/* The same, for the running task whose id is task_id. */
int task_ctl_stop_id(task_ctl *c, const char *task_id, abort_reason why);

/* ---- running a task (the slot thread) ---------------------------------- */

struct llm;
struct script_pool;
struct pool;
struct session_reg;

/* What a node gives its tasks; borrowed, outliving every task. */
typedef struct task_env {
    store *st;
    const config *cfg;
    struct llm *llm;              /* NULL: the rule planner alone */
    struct script_pool *scripts;  /* runners of script tasks; NULL: none */
    struct pool *browsers;        /* pages of crawler tasks */
    struct session_reg *sessions; /* pages parked for live sessions; NULL: none kept */
} task_env;

/* Run claimed task t to its end: finished in the store, or handed back
 * (shutdown), or left to its lease (lost). worker names the lease holder
 * ("node/slot"); slot picks the pool's page prepared for this slot. ctl
 * must have been begun for t; task_run ends it. */
void task_run(const task_env *env, task_ctl *ctl, const char *worker, int slot, store_task *t);

#endif
