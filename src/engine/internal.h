/* internal.h -- what engine.c (slots, heartbeat, browser) and run.c (one
 * task's steps) share. */
#ifndef BAI_ENGINE_INTERNAL_H
#define BAI_ENGINE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "cdp/cdp.h"
#include "engine/engine.h"
#include "engine/page.h"
#include "util/util.h"

/* Why a running task must stop before its steps are done. */
typedef enum abort_reason {
    ABORT_NONE = 0,
    ABORT_CANCEL,   /* cancelled through the API: the store already says so */
    ABORT_TIMEOUT,  /* past its timeoutSeconds */
    ABORT_LOST,     /* our lease is gone: another worker may own it now */
    ABORT_SHUTDOWN  /* this node is stopping */
} abort_reason;

/* A shared Chromium, counted so a crashed one is closed only after the last
 * task using it let go. */
typedef struct browser_ref {
    cdp *c;
    int refs;
    int retired;
} browser_ref;

typedef struct slot {
    engine *e;
    int index;
    pthread_t thread;
    char worker[160];          /* "node/slot" as stored in leases */
    pthread_mutex_t mu;        /* guards the fields below */
    char task_id[UTIL_ID_LEN]; /* "" when idle */
    page *pg;                  /* the running task's page, for aborts */
    abort_reason abort;
    int64_t deadline;          /* monotonic ms */
    int64_t next_renew;        /* monotonic ms */
} slot;

struct engine {
    store *st;
    const config *cfg;
    char node[128];
    int nslots;
    slot *slots;
    pthread_t heartbeat;
    atomic_int stopping;       /* slots: claim no more */
    atomic_int hb_stopping;    /* heartbeat: set after the slots are done */
    atomic_int busy;
    pthread_mutex_t browser_mu;
    browser_ref *browser;
};

/* Run one claimed task to its end (engine.c calls this from a slot). */
void run_task(slot *s, store_task *t);

/* Borrow the shared browser, launching it when there is none or the last one
 * died. *launched tells whether this call started it. NULL with err on
 * failure. Give it back with engine_browser_put. */
browser_ref *engine_browser_get(engine *e, int *launched, char *err, size_t errlen);
void engine_browser_put(engine *e, browser_ref *b);

/* Stop the slot's task for reason (first reason wins). Any thread. */
void slot_abort(slot *s, abort_reason reason);
abort_reason slot_aborted(slot *s);

#endif
