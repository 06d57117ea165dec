/* run.c -- one task from claim to final state: plan the steps, open a fresh
 * browser context, run each step, record a result per step (with artifacts
 * for the last step, failing steps and every step under inspect), finish. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine/internal.h"
#include "engine/planner.h"
#include "engine/urlpolicy.h"
#include "geo/geo.h"
#include "metrics.h"
#include "util/notify.h"

typedef struct run {
    slot *s;
    engine *e;
    store_task *t;
    page *pg;
    char *extracted;     /* the last extraction: the task's result */
    int64_t started;     /* monotonic ms */
} run;

static void tlog(run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tlog(run *r, const char *fmt, ...)
{
    char ts[UTIL_TIME_LEN];
    buf b = {0};
    util_time_fmt(util_now_ms(), ts);
    buf_printf(&b, "%s ", ts);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    store_log_append(r->e->st, r->t->id, b.s);
    buf_free(&b);
    notify_bump();
}

/* Time left before the task's deadline, capped at cap ms, at least 1. */
static int time_left(run *r, int64_t cap)
{
    pthread_mutex_lock(&r->s->mu);
    int64_t left = r->s->deadline - util_mono_ms();
    pthread_mutex_unlock(&r->s->mu);
    if (left > cap) left = cap;
    return left < 1 ? 1 : (int)left;
}

/* ---- steps ------------------------------------------------------------- */

/* A step's outcome: the result text, or an error. */
typedef struct outcome {
    char *result;
    char err[512];
} outcome;

static int step_navigate(run *r, const step *st, outcome *o)
{
    char *url = urlpolicy_normalize(st->arg);
    int status = 0, rc = -1;
    if (!url) {
        snprintf(o->err, sizeof o->err, "\"%s\" is not a URL", st->arg);
        return -1;
    }
    if (urlpolicy_check(url, (int)r->e->cfg->allow_private, 1, o->err, sizeof o->err) != 0)
        goto out;
    if (page_navigate(r->pg, url, time_left(r, r->e->cfg->nav_timeout * 1000), &status, o->err,
                      sizeof o->err) != CDP_OK)
        goto out;
    o->result = status ? xasprintf("opened %s (HTTP %d)", url, status)
                       : xasprintf("opened %s", url);
    rc = 0;
out:
    free(url);
    return rc;
}

static int step_eval_string(run *r, const char *expr, outcome *o)
{
    json_t *v = NULL;
    if (page_eval(r->pg, expr, time_left(r, 10000), &v, o->err, sizeof o->err) != CDP_OK)
        return -1;
    o->result = xstrdup(json_is_string(v) ? json_string_value(v) : "");
    json_decref(v);
    free(r->extracted);
    r->extracted = xstrdup(o->result);
    return 0;
}

static int step_title(run *r, const step *st, outcome *o)
{
    return step_eval_string(r, "document.title", o);
}

static int step_url(run *r, const step *st, outcome *o)
{
    return step_eval_string(r, "location.href", o);
}

static int (*const step_fn[STEP_KIND_COUNT])(run *, const step *, outcome *) = {
    [STEP_NAVIGATE] = step_navigate,
    [STEP_GET_TITLE] = step_title,
    [STEP_GET_URL] = step_url,
};

/* ---- artifacts and results --------------------------------------------- */

/* Screenshot, HTML and console of the page now, stored as artifacts. Best
 * effort: a page too broken to capture still gets its result row. */
static void capture(run *r, store_result *res)
{
    char id[UTIL_ID_LEN], err[256];
    void *png = NULL;
    size_t len = 0;
    char *html = NULL;
    if (page_screenshot(r->pg, time_left(r, 15000), &png, &len, err, sizeof err) == CDP_OK &&
        store_artifact_put(r->e->st, r->t->id, "image/png", png, len, id) == STORE_OK)
        res->screenshot_id = xstrdup(id);
    free(png);
    if (page_html(r->pg, time_left(r, 10000), &html, err, sizeof err) == CDP_OK &&
        store_artifact_put(r->e->st, r->t->id, "text/html; charset=utf-8", html, strlen(html),
                           id) == STORE_OK)
        res->html_id = xstrdup(id);
    free(html);
    json_t *console = page_console_take(r->pg);
    char *text = json_dumps(console, JSON_COMPACT);
    json_decref(console);
    if (text && store_artifact_put(r->e->st, r->t->id, "application/json", text, strlen(text),
                                   id) == STORE_OK)
        res->console_id = xstrdup(id);
    free(text);
}

static void record(run *r, int index, const step *st, const outcome *o, int64_t t0_ms,
                   int with_artifacts)
{
    int64_t t1 = util_now_ms();
    char a[UTIL_TIME_LEN], b[UTIL_TIME_LEN];
    util_time_fmt(t0_ms, a);
    util_time_fmt(t1, b);
    store_result res = {.index = index, .insert_ms = t1};
    res.model_output = planner_model_output(st);
    res.result = o->err[0] ? NULL : xstrdup(o->result);
    json_t *state = page_state(r->pg, time_left(r, 5000));
    res.state = json_dumps(state, JSON_COMPACT);
    json_decref(state);
    json_t *meta = json_pack("{s:s, s:s, s:I, s:i, s:o}", "step_start", a, "step_end", b,
                             "duration_ms", (json_int_t)(t1 - t0_ms), "attempt", r->t->attempts,
                             "error", o->err[0] ? json_string(o->err) : json_null());
    res.metadata = json_dumps(meta, JSON_COMPACT);
    json_decref(meta);
    if (with_artifacts) capture(r, &res);
    store_result_put(r->e->st, r->t->id, &res);
    free(res.model_output);
    free(res.result);
    free(res.state);
    free(res.metadata);
    free(res.screenshot_id);
    free(res.html_id);
    free(res.console_id);
    notify_bump();
}

/* ---- the task ---------------------------------------------------------- */

static void finish(run *r, task_status st, const char *error)
{
    double secs = (double)(util_mono_ms() - r->started) / 1000.0;
    char phrase[160], msg[700], ts[UTIL_TIME_LEN];
    util_time_fmt(util_now_ms(), ts);
    if (st == TASK_COMPLETED) snprintf(phrase, sizeof phrase, "completed in %.1f s", secs);
    else snprintf(phrase, sizeof phrase, "%s after %.1f s", task_status_name(st), secs);
    if (error) snprintf(msg, sizeof msg, "%s %s: %s", ts, phrase, error);
    else snprintf(msg, sizeof msg, "%s %s", ts, phrase);
    if (store_task_finish(r->e->st, r->t->id, r->s->worker, st, phrase, error, r->extracted,
                          msg) == STORE_OK)
        metrics_task_duration(secs);
    notify_bump();
}

/* The error a stopped task ends with, or NULL when it must end silently
 * (cancelled: the store says so already; lost or shutting down: another
 * worker will run it). */
static int abort_outcome(run *r, abort_reason why, char *err, size_t errlen)
{
    if (why == ABORT_SHUTDOWN) {
        /* Back to the queue now: another node, or this one restarted, runs
         * it without waiting for the lease to expire. */
        char ts[UTIL_TIME_LEN], *msg;
        util_time_fmt(util_now_ms(), ts);
        msg = xasprintf("%s worker %s is stopping; task handed back to the queue", ts,
                        r->s->worker);
        store_task_release(r->e->st, r->t->id, r->s->worker, msg);
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

static void run_steps(run *r, plan *p)
{
    char err[512] = "";
    int failed = 0;
    for (int i = 0; i < p->n && !failed; i++) {
        const step *st = &p->steps[i];
        char *desc = planner_describe(st);
        char *phrase = xasprintf("step %d/%d: %s", i + 1, p->n, desc);
        store_task_progress(r->e->st, r->t->id, r->s->worker, phrase);
        tlog(r, "%s", phrase);
        free(phrase);
        free(desc);

        outcome o = {0};
        int64_t t0 = util_now_ms();
        failed = step_fn[st->kind](r, st, &o) != 0;
        /* A step whose wait ran into the task's deadline failed because of
         * the deadline: that is a timeout, whoever noticed first. */
        if (failed && time_left(r, 2) < 2) slot_abort(r->s, ABORT_TIMEOUT);
        abort_reason why = slot_aborted(r->s);
        if (why != ABORT_NONE) {
            if (abort_outcome(r, why, err, sizeof err)) {
                snprintf(o.err, sizeof o.err, "%s", err);
                record(r, i, st, &o, t0, 0);
                finish(r, TASK_TIMED_OUT, err);
            }
            free(o.result);
            return;
        }
        record(r, i, st, &o, t0, failed || i == p->n - 1 || r->t->inspect);
        if (failed) snprintf(err, sizeof err, "step %d (%s): %s", i + 1, st->clause, o.err);
        free(o.result);
    }
    if (failed) {
        finish(r, TASK_FAILED, err);
        return;
    }
    if (!r->extracted) {
        /* Nothing was extracted: the contract makes the title the result. */
        json_t *v = NULL;
        if (page_eval(r->pg, "document.title", time_left(r, 5000), &v, NULL, 0) == CDP_OK &&
            json_is_string(v))
            r->extracted = xstrdup(json_string_value(v));
        json_decref(v);
    }
    finish(r, TASK_COMPLETED, NULL);
}

/* Time zone, locale and coordinates of the task's geoLocation. A city is
 * not looked up yet: the country's capital stands in, and the log says so. */
static int set_place(run *r)
{
    char err[512];
    json_t *geo = json_loads(r->t->geo ? r->t->geo : "{}", 0, NULL);
    const geo_country *c = geo_country_find(json_string_value(json_object_get(geo, "country")));
    const char *city = json_string_value(json_object_get(geo, "city"));
    int rc = 0;
    if (!c) c = geo_country_find("US");
    if (page_set_place(r->pg, c->timezone, c->locale, c->lat, c->lon, err, sizeof err) != CDP_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "could not set the place (%s): %s", c->code, err);
        finish(r, TASK_FAILED, msg);
        rc = -1;
    } else if (city && strcasecmp(city, c->capital) != 0) {
        tlog(r, "place: %s (%s, %s); city \"%s\" is not in the table, using %s's coordinates",
             c->name, c->timezone, c->locale, city, c->capital);
    } else {
        tlog(r, "place: %s, %s (%s, %s)", c->capital, c->name, c->timezone, c->locale);
    }
    json_decref(geo);
    return rc;
}

void run_task(slot *s, store_task *t)
{
    engine *e = s->e;
    run r = {.s = s, .e = e, .t = t, .started = util_mono_ms()};
    char err[512];
    plan p = {0};
    browser_ref *b = NULL;

    tlog(&r, "started by worker %s (attempt %d of %ld)", s->worker, t->attempts,
         e->cfg->max_attempts);
    if (t->attempts > 1) store_results_truncate(e->st, t->id, 0); /* start clean */
    if (t->type != TASK_CRAWLER) {
        finish(&r, TASK_FAILED, "script_automation tasks are not supported by this server yet");
        return;
    }
    json_t *instr = json_loads(t->instructions, 0, NULL);
    int rc = planner_parse(instr, &p, err, sizeof err);
    json_decref(instr);
    if (rc != 0) {
        finish(&r, TASK_FAILED, err);
        return;
    }
    tlog(&r, "plan: %d step%s", p.n, p.n == 1 ? "" : "s");

    int launched = 0;
    int64_t t0 = util_mono_ms();
    b = engine_browser_get(e, &launched, err, sizeof err);
    if (!b) {
        tlog(&r, "launching browser failed: %s", err);
        finish(&r, TASK_FAILED, err);
        goto out;
    }
    if (launched) tlog(&r, "launched browser in %lld ms", (long long)(util_mono_ms() - t0));
    if (page_open(b->c, (int)e->cfg->allow_private, &r.pg, err, sizeof err) != CDP_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "could not open a browser context: %s", err);
        finish(&r, TASK_FAILED, msg);
        goto out;
    }
    pthread_mutex_lock(&s->mu);
    s->pg = r.pg;
    abort_reason early = s->abort;
    pthread_mutex_unlock(&s->mu);
    if (early != ABORT_NONE) page_abort(r.pg); /* aborted while we were opening */
    if (set_place(&r) != 0) goto out;
    tlog(&r, "opened a fresh browser context");
    run_steps(&r, &p);
out:
    pthread_mutex_lock(&s->mu);
    s->pg = NULL;
    pthread_mutex_unlock(&s->mu);
    page_close(r.pg);
    engine_browser_put(e, b);
    plan_free(&p);
    free(r.extracted);
}
