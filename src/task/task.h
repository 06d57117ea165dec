/* internal.h -- what engine.c (slots, heartbeat, browser) and run.c (one
 * task's steps) share. */
#ifndef BAI_ENGINE_INTERNAL_H
#define BAI_ENGINE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>

#include "cdp/cdp.h"
#include "worker/worker.h"
#include "browser/page.h"
#include "geo/geo.h"
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
    int retired;     /* no new pages: dead, hung, too big or old */
    int pages;       /* pages opened on it so far */
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
    /* A page opened ahead of the next task (slot thread only), and the
     * browser it lives in. */
    page *ready;
    browser_ref *ready_b;      /* its context uses engine.default_proxy */
    pid_t script_pgid;         /* a script task's runner, for aborts (0: none) */
} slot;

/* A page prepared ahead in the context of one configured proxy (engine.c). */
typedef struct spare {
    const char *proxy;
    page *pg;                  /* NULL: taken or not made yet */
    browser_ref *b;
    int64_t retry_at;          /* after a failure to make it, monotonic ms */
} spare;

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
    atomic_int prepared;       /* pages ready ahead: the slots' and spares */
    pthread_t health;          /* probes browsers, retires hung or big ones */
    pthread_mutex_t browser_mu;
    int nbrowsers;
    browser_ref **browsers;    /* the current browser of each pool place */
    const char *default_proxy; /* BROWSERAI_PROXY_DEFAULT, or NULL */
    pthread_mutex_t spare_mu;  /* guards spares[].pg and .b */
    int nspares;
    spare *spares;             /* one per other configured proxy */
    struct llm *llm;           /* NULL unless an LLM is configured */
    struct script_pool *scripts; /* runners of script_automation tasks */
};

/* Run one claimed task to its end (engine.c calls this from a slot). */
void run_task(slot *s, store_task *t);

/* ---- one task's run, shared by run.c and actions.c ---------------------- */

typedef struct step step;

typedef struct run {
    slot *s;
    engine *e;
    store_task *t;
    page *pg;
    char *extracted;     /* the last extraction: the task's result */
    int64_t started;     /* monotonic ms */
    int ref;             /* >= 0: act on this agent element (the LLM chose it)
                            instead of locating the step's target */
    /* The artifacts of the row that ends the task, reserved in the store
     * and captured once the task is marked ended ("" when none). */
    char late_shot[UTIL_ID_LEN], late_html[UTIL_ID_LEN], late_console[UTIL_ID_LEN];
} run;

/* What a step did: its result text (or an error), the element it acted on,
 * and the image a screenshot step took. */
typedef struct outcome {
    char *result;        /* malloc'ed */
    char err[1024];
    json_t *element;     /* {"tag","text","selector","box"} or NULL */
    void *png;           /* a screenshot step's image, malloc'ed */
    size_t png_len;
} outcome;

void outcome_free(outcome *o);

/* Run one step on r's page. Returns 0, or -1 with o->err set. */
int actions_run(run *r, const step *st, outcome *o);

/* Milliseconds left before the task's deadline, capped at cap, at least 1. */
int run_time_left(run *r, int64_t cap);

/* Where the task's geoLocation says it is: its city's place when the city
 * table has it, else its country's capital's (the US when it names no
 * country). Logs which. */
void run_place(run *r, geo_place *p);

/* Append a progress log line to the task (printf-style). */
void run_log(run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A page for slot s's next task, in a fresh context using proxy (NULL:
 * direct): one prepared ahead when one fits (its browser still in service),
 * else a new one. *b is the browser it lives in (give back with
 * engine_browser_put after page_close); *launched tells whether a browser
 * was started for it, *prepared whether it was made ahead. Returns 0, or -1
 * with err. */
int slot_take_page(slot *s, const char *proxy, page **pg, browser_ref **b, int *launched,
                   int *prepared, char *err, size_t errlen);
void engine_browser_put(engine *e, browser_ref *b);

/* For script.c (a script task's run): finish the task (as crawler tasks
 * end); the error a stop for why ends the task with (1), or 0 when it ends
 * silently (cancelled, lost, handed back); the proxy of the task's country. */
void run_finish(run *r, task_status st, const char *error);
int run_abort_error(run *r, abort_reason why, char *err, size_t errlen);
const char *run_proxy(const store_task *t);

/* Stop the slot's task for reason (first reason wins). Any thread. */
void slot_abort(slot *s, abort_reason reason);
abort_reason slot_aborted(slot *s);

#endif
