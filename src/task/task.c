/* task.c -- a task's run: the hold the worker keeps on it, and what both
 * executors share (log, time left, stops, result rows, the end). See
 * task.h and run.h. */
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "plan/planner.h"
#include "policy/proxy.h"
#include "task/run.h"
#include "util/notify.h"

/* ---- the hold on a running task ----------------------------------------- */

struct task_ctl {
    pthread_mutex_t mu;        /* guards everything below */
    uint64_t gen;              /* claim generation: one more per claim */
    char task_id[UTIL_ID_LEN]; /* "" when idle or once the task ended */
    abort_reason abort;
    int64_t deadline; /* monotonic ms */
    page *pg;         /* what a stop must reach */
    pid_t pgid;
};

task_ctl *task_ctl_new(void)
{
    task_ctl *c = xcalloc(1, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    return c;
}

void task_ctl_free(task_ctl *c)
{
    if (!c) return;
    pthread_mutex_destroy(&c->mu);
    free(c);
}

uint64_t task_ctl_begin(task_ctl *c, const char *task_id, int64_t deadline)
{
    pthread_mutex_lock(&c->mu);
    uint64_t gen = ++c->gen;
    util_strlcpy(c->task_id, task_id, sizeof c->task_id);
    c->abort = ABORT_NONE;
    c->deadline = deadline;
    c->pg = NULL;
    c->pgid = 0;
    pthread_mutex_unlock(&c->mu);
    return gen;
}

void task_ctl_end(task_ctl *c)
{
    pthread_mutex_lock(&c->mu);
    c->task_id[0] = '\0';
    pthread_mutex_unlock(&c->mu);
}

int task_ctl_current(task_ctl *c, uint64_t *gen, char id[UTIL_ID_LEN], int64_t *deadline)
{
    pthread_mutex_lock(&c->mu);
    int running = c->task_id[0] != '\0';
    if (running) {
        *gen = c->gen;
        util_strlcpy(id, c->task_id, UTIL_ID_LEN);
        *deadline = c->deadline;
    }
    pthread_mutex_unlock(&c->mu);
    return running;
}

/* mu held: stop the running task now. */
static int stop_locked(task_ctl *c, abort_reason why)
{
    if (!c->task_id[0] || c->abort != ABORT_NONE) return 0;
    c->abort = why;
    if (c->pg) page_abort(c->pg);
    if (c->pgid > 0) kill(-c->pgid, SIGKILL); /* a script task's runner */
    return 1;
}

int task_ctl_stop(task_ctl *c, uint64_t gen, abort_reason why)
{
    pthread_mutex_lock(&c->mu);
    int stopped = c->gen == gen && stop_locked(c, why);
    pthread_mutex_unlock(&c->mu);
    return stopped;
}

int task_ctl_stop_id(task_ctl *c, const char *task_id, abort_reason why)
{
    pthread_mutex_lock(&c->mu);
    int stopped = !strcmp(c->task_id, task_id) && stop_locked(c, why);
    pthread_mutex_unlock(&c->mu);
    return stopped;
}

/* ---- the run's context ---------------------------------------------------- */

void run_log(run *r, const char *fmt, ...)
{
    char ts[UTIL_TIME_LEN];
    buf b = {0};
    util_time_fmt(util_now_ms(), ts);
    buf_printf(&b, "%s ", ts);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    store_log_append(r->env->st, r->t->id, r->worker, b.s);
    buf_free(&b);
    notify_bump();
}

void run_progress(run *r, const char *phrase)
{
    store_task_progress(r->env->st, r->t->id, r->worker, phrase);
    run_log(r, "%s", phrase);
}

int run_time_left(run *r, int64_t cap)
{
    pthread_mutex_lock(&r->ctl->mu);
    int64_t left = r->ctl->deadline - util_mono_ms();
    pthread_mutex_unlock(&r->ctl->mu);
    if (left > cap) left = cap;
    return left < 1 ? 1 : (int)left;
}

abort_reason run_stopped(run *r)
{
    pthread_mutex_lock(&r->ctl->mu);
    abort_reason why = r->ctl->gen == r->gen ? r->ctl->abort : ABORT_LOST;
    pthread_mutex_unlock(&r->ctl->mu);
    return why;
}

void run_stop(run *r, abort_reason why)
{
    task_ctl_stop(r->ctl, r->gen, why);
}

abort_reason run_hold_page(run *r, page *pg)
{
    pthread_mutex_lock(&r->ctl->mu);
    r->ctl->pg = pg;
    abort_reason why = r->ctl->abort;
    pthread_mutex_unlock(&r->ctl->mu);
    if (pg && why != ABORT_NONE) page_abort(pg); /* stopped while it was opened */
    return why;
}

abort_reason run_hold_group(run *r, pid_t pgid)
{
    pthread_mutex_lock(&r->ctl->mu);
    r->ctl->pgid = pgid;
    abort_reason why = r->ctl->abort;
    pthread_mutex_unlock(&r->ctl->mu);
    if (pgid > 0 && why != ABORT_NONE) kill(-pgid, SIGKILL);
    return why;
}

void run_place(run *r, geo_place *p)
{
    json_t *geo = json_loads(r->t->geo ? r->t->geo : "{}", 0, NULL);
    const geo_country *c = geo_country_find(json_string_value(json_object_get(geo, "country")));
    const char *city = json_string_value(json_object_get(geo, "city"));
    if (!c) c = geo_country_find("US");
    if (geo_place_find(c, city, p))
        run_log(r, "place: %s, %s (%s, %s)", p->city, c->name, p->timezone, p->locale);
    else
        run_log(r, "place: %s (%s, %s); city \"%s\" is not in the table, using %s's coordinates",
                c->name, p->timezone, p->locale, city, c->capital);
    json_decref(geo);
}

const char *run_proxy(run *r)
{
    json_t *geo = json_loads(r->t->geo ? r->t->geo : "{}", 0, NULL);
    const char *p = proxy_for(json_string_value(json_object_get(geo, "country")));
    json_decref(geo);
    return p;
}

/* ---- result rows ------------------------------------------------------- */

char *run_artifact_put(run *r, const char *ctype, const void *data, size_t len)
{
    char id[UTIL_ID_LEN];
    if (store_artifact_put(r->env->st, r->t->id, r->worker, ctype, data, len, id) == STORE_OK)
        return xstrdup(id);
    fprintf(stderr, "browserai: task %s: could not store a %s artifact of %zu bytes\n", r->t->id,
            ctype, len);
    return NULL;
}

int run_row_put(run *r, store_result *res, int index, int64_t t0_ms, const char *error, char *err,
                size_t errlen)
{
    int64_t t1 = util_now_ms();
    char a[UTIL_TIME_LEN], b[UTIL_TIME_LEN];
    util_time_fmt(t0_ms, a);
    util_time_fmt(t1, b);
    res->index = index;
    res->insert_ms = t1;
    /* An error cut to its buffer can end inside a character: jansson takes
     * only valid UTF-8. */
    char *why = error ? xstrdup(error) : NULL;
    if (why) util_utf8_scrub(why);
    json_t *meta = json_pack("{s:s, s:s, s:I, s:i, s:o}", "step_start", a, "step_end", b,
                             "duration_ms", (json_int_t)(t1 - t0_ms), "attempt", r->t->attempts,
                             "error", why ? json_string(why) : json_null());
    free(why);
    res->metadata = json_dumps(meta, JSON_COMPACT);
    json_decref(meta);
    int rc = store_result_put(r->env->st, r->t->id, r->worker, res);
    store_result_free(res);
    notify_bump();
    if (rc == STORE_OK) return 0;
    /* A task whose step rows are missing must not end as a success. */
    snprintf(err, errlen, "the store could not record step %d's result (%s)", index + 1,
             rc == STORE_EDB ? "database error; see the server's log" : "refused");
    return -1;
}

/* ---- the end ------------------------------------------------------------ */

void run_finish(run *r, task_status st, task_reason why, const char *error)
{
    double secs = (double)(util_mono_ms() - r->started) / 1000.0;
    char phrase[160], msg[700], ts[UTIL_TIME_LEN];
    util_time_fmt(util_now_ms(), ts);
    if (st == TASK_FINALIZED)
        snprintf(phrase, sizeof phrase, "completed in %.1f s", secs);
    else
        snprintf(phrase, sizeof phrase, "%s after %.1f s", task_status_name(st), secs);
    if (error)
        snprintf(msg, sizeof msg, "%s %s: %s", ts, phrase, error);
    else
        snprintf(msg, sizeof msg, "%s %s", ts, phrase);
    int rc =
        store_task_end(r->env->st, r->t->id, r->worker, st, why, phrase, error, r->extracted, msg);
    if (rc == STORE_OK)
        metrics_task_duration(secs);
    else if (rc != STORE_ECONFLICT) /* the lease will expire and the task run again */
        fprintf(stderr, "browserai: task %s: could not record its end (%s)\n", r->t->id, phrase);
    notify_bump();
}

int run_stop_error(run *r, abort_reason why, char *err, size_t errlen)
{
    if (why == ABORT_SHUTDOWN) {
        /* Back to the queue now: another node, or this one restarted, runs
         * it without waiting for the lease to expire. */
        char ts[UTIL_TIME_LEN], *msg;
        util_time_fmt(util_now_ms(), ts);
        msg = xasprintf("%s worker %s is stopping; task handed back to the queue", ts, r->worker);
        store_task_release(r->env->st, r->t->id, r->worker, msg);
        free(msg);
        notify_bump();
        return 0;
    }
    if (why == ABORT_TIMEOUT) {
        snprintf(err, errlen, "the task ran longer than its limit of %d s (timeoutSeconds)",
                 r->t->timeout_s);
        return 1;
    }
    return 0;
}

/* ---- the task ------------------------------------------------------------- */

void task_run(const task_env *env, task_ctl *ctl, const char *worker, int slot, store_task *t)
{
    pthread_mutex_lock(&ctl->mu);
    uint64_t gen = ctl->gen;
    pthread_mutex_unlock(&ctl->mu);
    run r = {.env = env,
             .ctl = ctl,
             .gen = gen,
             .worker = worker,
             .slot = slot,
             .t = t,
             .started = util_mono_ms(),
             .ref = -1};
    run_log(&r, "started by worker %s (attempt %d of %ld)", worker, t->attempts,
            env->cfg->max_attempts);
    if (t->attempts > 1) store_results_truncate(env->st, t->id, worker, 0); /* start clean */
    if (t->type == TASK_SCRIPT)
        script_run(&r);
    else
        crawl_run(&r);
    free(r.extracted);
    task_ctl_end(ctl);
}
