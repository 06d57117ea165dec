/* run.h -- internal to src/task: one task's run, as its executors share it.
 *
 * task.c owns the run's life and what both executors need (log lines, time
 * left, stops, result rows, artifacts, the end); crawl.c and actions.c run
 * crawler tasks on a page, script.c runs script tasks in a runner. Callers
 * outside src/task never include this file. */
#ifndef BAI_TASK_RUN_H
#define BAI_TASK_RUN_H

#include <jansson.h>
#include <sys/types.h>

#include "browser/page.h"
#include "geo/geo.h"
#include "task/task.h"

typedef struct step step;

typedef struct run {
    const task_env *env;
    task_ctl *ctl;
    uint64_t gen; /* our claim: stops we make name it */
    const char *worker;
    int slot;
    store_task *t;
    page *pg;
    struct pool_browser *b;  /* pg's browser, for pool_put */
    char *extracted;         /* the last extraction: the task's result */
    int64_t started;         /* monotonic ms */
    int ref;                 /* >= 0: act on this agent element (the LLM chose it)
                                instead of locating the step's target */
    int on_opened_tab;       /* the task acts on a tab the page opened (actions.c,
                                crawl.c): "go back" there returns to its opener */
    int acts_later;          /* a later step of the plan acts on the page (crawl.c):
                                a form the page refused now may be sent again */
    const char *next_clause; /* the next step's words (crawl.c), or NULL: "accept the
                                alert" after a click says how its dialog is answered */
    int dialog_answered;     /* the step before answered a JavaScript dialog (actions.c) */
    /* This step pressed a button that sends a form, and the step before
     * did (crawl.c): "then send it" after a step that filled and sent the
     * form finds the form gone, and is done. */
    int form_sent, sent_before;
    /* The artifacts of the row that ends the task, reserved in the store
     * and captured once the task is marked ended ("" when none). */
    char late_shot[UTIL_ID_LEN], late_html[UTIL_ID_LEN], late_console[UTIL_ID_LEN];
    /* Live sessions (session.c): pg belongs to the node's registry (a
     * parked page, or one taken for a follow-up), and is given back to it
     * at the end, kept or closed; the session's parked claim; whether the
     * task went awaiting. */
    int registered, keep, awaited;
    char session_worker[176];
    /* The parts of the app this step opened to find where its words fit
     * (actions.c, find_way): their names, a JSON array, for the step only. */
    json_t *ways;
} run;

/* ---- the run's context (task.c) ----------------------------------------- */

/* Append a progress log line to the task (printf-style). */
void run_log(run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Set the task's progress phrase and log it. */
void run_progress(run *r, const char *phrase);

/* Milliseconds left before the task's deadline, capped at cap, at least 1. */
int run_time_left(run *r, int64_t cap);

/* Why the task was stopped (ABORT_NONE: it was not). */
abort_reason run_stopped(run *r);

/* Stop our own task for why (a step ran into the deadline). */
void run_stop(run *r, abort_reason why);

/* Register the page or the runner group a stop must reach (NULL / 0 to
 * forget it). Returns the reason the task was stopped before, if it was:
 * the page was aborted (or the group killed) here already. */
abort_reason run_hold_page(run *r, page *pg);
abort_reason run_hold_group(run *r, pid_t pgid);

/* Where the task's geoLocation says it is: its city's place when the city
 * table has it, else its country's capital's (the US when it names no
 * country). Logs which. */
void run_place(run *r, geo_place *p);

/* The proxy of the task's country (see policy/proxy.h), or NULL. */
const char *run_proxy(run *r);

/* ---- result rows (task.c) ------------------------------------------------ */

/* Store an artifact of the task: its new id (malloc'ed), or NULL when the
 * store failed (logged). */
char *run_artifact_put(run *r, const char *ctype, const void *data, size_t len);

/* Fill in row res's index, times and metadata (started at t0_ms, error or
 * NULL) and store it; res's other fields are the caller's, and freed here.
 * Returns 0, or -1 with err when the store refused it: the step failed. */
int run_row_put(run *r, store_result *res, int index, int64_t t0_ms, const char *error, char *err,
                size_t errlen);

/* ---- the end (task.c) ----------------------------------------------------- */

/* End the task in the store as st (finalized, failed or stopped) for
 * reason (TASK_REASON_NONE when finalized), with error (or NULL) and
 * r->extracted as its result. */
void run_finish(run *r, task_status st, task_reason why, const char *error);

/* The task was stopped for why: hand it back (shutdown), or say the error
 * it must end with (timeout): 1 with err, or 0 when it ends silently
 * (cancelled: the store says so already; lost: another worker runs it). */
int run_stop_error(run *r, abort_reason why, char *err, size_t errlen);

/* ---- live sessions (session.c) -------------------------------------------- */

/* A follow-up's page: the one its session parked on this node, taken from
 * the registry into r->pg. 0, or -1 when the task was failed here (the
 * page is not on this node). */
int session_enter(run *r);

/* The task's instructions all ran well and it is awaitable: keep the page
 * (a session's first run parks it) and mark the task awaiting. Ends the
 * task finalized when the page cannot be kept. */
void session_await(run *r);

/* After a follow-up or a parked first run, once its late captures are
 * taken: decide the session's state (a follow-up that did not go awaiting:
 * the session awaits again, or ends when the page was aborted, died or the
 * follow-up asked for no more) and give the page back to the registry. */
void session_leave(run *r);

/* ---- the executors ------------------------------------------------------- */

/* A crawler task: plan, take a page, run the steps (crawl.c). */
void crawl_run(run *r);

/* What a step did: its result text (or an error), the element it acted on,
 * and the image a screenshot step took. */
typedef struct outcome {
    char *result; /* malloc'ed */
    char err[1024];
    json_t *element; /* {"tag","text","selector","box"} or NULL */
    void *png;       /* a screenshot step's image, malloc'ed */
    size_t png_len;
    int acted; /* the step acted and the page did not take it (a dropdown
                  that still shows its old choice): no other reading of
                  its words is tried */
} outcome;

void outcome_free(outcome *o);

/* Run one step on r's page (actions.c). Returns 0, or -1 with o->err. */
int actions_run(run *r, const step *st, outcome *o);

/* After the task's last step st, which asked for a change ("stop sending
 * me the newsletter", "change my pickup library to Riverside") and sent no
 * form: press the one button that saves the form holding what the steps
 * acted on, when its values now differ from those it loaded with (the
 * agent's saveFor). Logged; a failure to save is logged, not fatal. */
void actions_save(run *r, const step *st);

/* A script task, in a runner (script.c). */
void script_run(run *r);

#endif
