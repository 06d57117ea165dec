/* run.c -- one task from claim to final state: plan the steps, open a fresh
 * browser context, run each step, record a result per step (with artifacts
 * for the last step, failing steps and every step under inspect), finish. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "task/task.h"
#include "plan/llm.h"
#include "plan/planner.h"
#include "policy/proxy.h"
#include "task/script.h"
#include "policy/urlpolicy.h"
#include "geo/geo.h"
#include "metrics.h"
#include "util/notify.h"

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
    store_log_append(r->e->st, r->t->id, b.s);
    buf_free(&b);
    notify_bump();
}

int run_time_left(run *r, int64_t cap)
{
    pthread_mutex_lock(&r->s->mu);
    int64_t left = r->s->deadline - util_mono_ms();
    pthread_mutex_unlock(&r->s->mu);
    if (left > cap) left = cap;
    return left < 1 ? 1 : (int)left;
}

void outcome_free(outcome *o)
{
    free(o->result);
    json_decref(o->element);
    free(o->png);
    memset(o, 0, sizeof *o);
}

/* ---- artifacts and results --------------------------------------------- */

static char *put_artifact(run *r, const char *ctype, const void *data, size_t len)
{
    char id[UTIL_ID_LEN];
    return store_artifact_put(r->e->st, r->t->id, ctype, data, len, id) == STORE_OK ? xstrdup(id)
                                                                                   : NULL;
}

#define CT_PNG "image/png"
#define CT_HTML "text/html; charset=utf-8"
#define CT_CONSOLE "application/json"

/* Screenshot, HTML and console of the page now. Each is written to the
 * reserved artifact id when one is given (write_to non-NULL), else stored
 * under a new id set in *ids. Best effort: what cannot be captured is left
 * out (a reserved id is given up). timeout_ms bounds each capture. */
static void capture_into(run *r, int timeout_ms, char *const write_to[3], char *ids[3])
{
    char err[256];
    void *png = NULL;
    size_t len = 0;
    char *html = NULL, *text = NULL;
    if (page_screenshot(r->pg, 0, NULL, timeout_ms, &png, &len, err, sizeof err) != CDP_OK)
        png = NULL;
    if (page_html(r->pg, timeout_ms, &html, err, sizeof err) != CDP_OK) html = NULL;
    json_t *console = page_console_take(r->pg);
    text = json_dumps(console, JSON_COMPACT);
    json_decref(console);
    const char *ctype[3] = {CT_PNG, CT_HTML, CT_CONSOLE};
    const void *data[3] = {png, html, text};
    size_t size[3] = {len, html ? strlen(html) : 0, text ? strlen(text) : 0};
    for (int i = 0; i < 3; i++) {
        if (write_to && write_to[i][0])
            store_artifact_fill(r->e->st, write_to[i], data[i], size[i]);
        else if (!write_to && data[i])
            ids[i] = put_artifact(r, ctype[i], data[i], size[i]);
    }
    free(png);
    free(html);
    free(text);
}

/* Screenshot, HTML and console of the page now, stored as artifacts; a
 * screenshot step's own image stands for the screenshot. */
static void capture(run *r, const outcome *o, store_result *res)
{
    char *ids[3] = {NULL, NULL, NULL};
    capture_into(r, run_time_left(r, 15000), NULL, ids);
    if (o->png) {
        free(ids[0]);
        ids[0] = put_artifact(r, CT_PNG, o->png, o->png_len);
    }
    res->screenshot_id = ids[0];
    res->html_id = ids[1];
    res->console_id = ids[2];
}

/* The artifacts of the row that ends the task: reserved now, captured by
 * capture_late() once the task is marked ended. The screenshot and HTML
 * take tens of milliseconds (a frame must be drawn); the task's result
 * need not wait for them, and a client fetching them waits instead
 * (results.c). The page is ours until then: it shows what it showed. */
static void capture_reserve(run *r, const outcome *o, store_result *res)
{
    if (!page_alive(r->pg)) { /* nothing to wait for: record what there is */
        capture(r, o, res);
        return;
    }
    char *late[3] = {r->late_shot, r->late_html, r->late_console};
    const char *ctype[3] = {CT_PNG, CT_HTML, CT_CONSOLE};
    char **ids[3] = {&res->screenshot_id, &res->html_id, &res->console_id};
    for (int i = 0; i < 3; i++) {
        if (i == 0 && o->png) { /* a screenshot step's own image */
            *ids[i] = put_artifact(r, CT_PNG, o->png, o->png_len);
            continue;
        }
        if (store_artifact_put(r->e->st, r->t->id, ctype[i], NULL, 0, late[i]) == STORE_OK)
            *ids[i] = xstrdup(late[i]);
        else
            late[i][0] = '\0';
    }
}

/* Capture what capture_reserve() reserved, if anything. */
static void capture_late(run *r)
{
    char *late[3] = {r->late_shot, r->late_html, r->late_console};
    if (!late[0][0] && !late[1][0] && !late[2][0]) return;
    /* The task has ended: the heartbeat must not renew its lease (and, told
     * it is gone, abort the page) nor time it out; a fixed bound holds. */
    pthread_mutex_lock(&r->s->mu);
    r->s->task_id[0] = '\0';
    pthread_mutex_unlock(&r->s->mu);
    capture_into(r, 15000, late, NULL);
    for (int i = 0; i < 3; i++) late[i][0] = '\0';
    notify_bump();
}

/* A result row's artifacts: none, captured now, or reserved now and
 * captured after the task is marked ended (the row that ends it). */
typedef enum artifacts { ART_NONE, ART_NOW, ART_LATE } artifacts;

/* The contract: the last step always has its artifacts (a failing one ends
 * the task, so it is the last), and with inspect every step has them. */
static artifacts artifacts_for(run *r, int ends_task)
{
    return ends_task ? ART_LATE : r->t->inspect ? ART_NOW : ART_NONE;
}

/* Store step index's result row. model_output: the planner's decision as
 * JSON text (the rule planner's rendering of st when NULL). */
static void record(run *r, int index, const step *st, const char *model_output,
                   const outcome *o, int64_t t0_ms, artifacts when)
{
    int64_t t1 = util_now_ms();
    char a[UTIL_TIME_LEN], b[UTIL_TIME_LEN];
    util_time_fmt(t0_ms, a);
    util_time_fmt(t1, b);
    store_result res = {.index = index, .insert_ms = t1};
    res.model_output = model_output ? xstrdup(model_output) : planner_model_output(st);
    res.result = o->err[0] ? NULL : xstrdup(o->result);
    json_t *state = page_state(r->pg, run_time_left(r, 5000));
    if (o->element) json_object_set(state, "interacted_element", o->element);
    res.state = json_dumps(state, JSON_COMPACT);
    json_decref(state);
    json_t *meta = json_pack("{s:s, s:s, s:I, s:i, s:o}", "step_start", a, "step_end", b,
                             "duration_ms", (json_int_t)(t1 - t0_ms), "attempt", r->t->attempts,
                             "error", o->err[0] ? json_string(o->err) : json_null());
    res.metadata = json_dumps(meta, JSON_COMPACT);
    json_decref(meta);
    if (when == ART_NOW) capture(r, o, &res);
    else if (when == ART_LATE) capture_reserve(r, o, &res);
    else if (o->png) res.screenshot_id = put_artifact(r, CT_PNG, o->png, o->png_len);
    store_result_put(r->e->st, r->t->id, &res);
    store_result_free(&res);
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

/* One unit of work: a step the rules read, or a goal handed to the LLM. */
typedef struct item {
    step st;
    char *goal;     /* non-NULL: an instruction (or clause) for the LLM */
} item;

typedef struct work {
    item *v;
    int n, cap;
    int results;    /* result rows written so far (history_index) */
    char err[1024]; /* why the task failed */
} work;

static void work_free(work *w)
{
    for (int i = 0; i < w->n; i++) {
        step_free(&w->v[i].st);
        free(w->v[i].goal);
    }
    free(w->v);
}

static item *work_add(work *w)
{
    w->v = xgrow(w->v, w->n, &w->cap, sizeof *w->v);
    memset(&w->v[w->n], 0, sizeof w->v[w->n]);
    return &w->v[w->n++];
}

static void on_step(void *ud, step *st)
{
    work_add(ud)->st = *st;
}

static void on_unread(void *ud, const char *clause)
{
    work_add(ud)->goal = xstrdup(clause);
}

/* Turn the instructions into work under the planner mode: rules read what
 * they can; with an LLM configured, "auto" hands it the clauses the rules
 * cannot read and "llm" every instruction whole. */
static int plan_work(run *r, work *w)
{
    json_t *instr = json_loads(r->t->instructions, 0, NULL);
    int llm_all = r->e->llm && !strcmp(r->e->cfg->planner, "llm");
    int rc = 0;
    if (!r->e->llm) {
        /* The rule planner alone: its own errors carry hints. */
        plan p;
        if ((rc = planner_parse(instr, &p, w->err, sizeof w->err)) == 0) {
            for (int i = 0; i < p.n; i++) work_add(w)->st = p.steps[i];
            free(p.steps);
        }
    } else if (llm_all) {
        size_t i;
        json_t *it;
        json_array_foreach(instr, i, it) {
            const char *a = json_string_value(json_object_get(it, "action"));
            if (a) work_add(w)->goal = xstrdup(a);
        }
    } else {
        rc = planner_parse_each(instr, on_step, on_unread, w, w->err, sizeof w->err);
    }
    json_decref(instr);
    if (rc == 0 && w->n == 0) {
        snprintf(w->err, sizeof w->err, "could not understand \"\": the instructions hold no step");
        rc = -1;
    }
    return rc;
}

/* After a failed or aborted step: 1 when the task must stop now (it was
 * finished here, or ends silently), 0 to go on. */
static int stop_now(run *r, int index, const step *st, const char *model_output, outcome *o,
                    int64_t t0, int failed)
{
    /* A step whose wait ran into the task's deadline failed because of the
     * deadline: that is a timeout, whoever noticed first. */
    if (failed && run_time_left(r, 2) < 2) slot_abort(r->s, ABORT_TIMEOUT);
    abort_reason why = slot_aborted(r->s);
    if (why == ABORT_NONE) return 0;
    char err[512];
    if (abort_outcome(r, why, err, sizeof err)) {
        snprintf(o->err, sizeof o->err, "%s", err);
        record(r, index, st, model_output, o, t0, ART_NONE);
        finish(r, TASK_TIMED_OUT, err);
    }
    return 1;
}

/* Run one step the rules read. Returns 0, -1 when it failed (w->err set),
 * 1 when the task was stopped. */
static int run_step(run *r, work *w, const step *st, int last)
{
    char *desc = planner_describe(st);
    char *phrase = xasprintf("step %d/%d: %s", w->results + 1, w->n, desc);
    store_task_progress(r->e->st, r->t->id, r->s->worker, phrase);
    run_log(r, "%s", phrase);
    free(phrase);
    free(desc);
    outcome o = {.result = NULL};
    int64_t t0 = util_now_ms();
    r->ref = -1;
    int failed = actions_run(r, st, &o) != 0;
    if (failed && !page_alive(r->pg)) {
        /* Say what happened, not what a dead pipe made of it. */
        char was[sizeof o.err];
        snprintf(was, sizeof was, "%s", o.err);
        snprintf(o.err, sizeof o.err, "the browser crashed or was killed during this step (%s)",
                 was);
    }
    if (stop_now(r, w->results, st, NULL, &o, t0, failed)) {
        outcome_free(&o);
        return 1;
    }
    record(r, w->results++, st, NULL, &o, t0, artifacts_for(r, failed || last));
    if (failed) snprintf(w->err, sizeof w->err, "step %d (%s): %s", w->results, st->clause, o.err);
    outcome_free(&o);
    return failed ? -1 : 0;
}

/* Let the LLM work toward goal: show it the page, run the action it picks,
 * tell it what happened, until it says done or fail, within the step
 * budget. Returns as run_step does. */
static int run_goal(run *r, work *w, const char *goal, int last)
{
    json_t *history = json_array();
    int rc = -1, fails = 0;
    run_log(r, "asking the LLM: \"%s\"", goal);
    for (long k = 0; k < r->e->cfg->llm_max_steps; k++) {
        json_t *els = NULL, *url = NULL, *title = NULL;
        outcome o = {.result = NULL};
        step st = {0};
        int done = 0, element = -1;
        char *raw = NULL;
        page_agent_eval(r->pg, "window.__bai.interactive(150)", run_time_left(r, 10000), &els,
                        NULL, 0);
        page_eval(r->pg, "location.href", run_time_left(r, 5000), &url, NULL, 0);
        page_eval(r->pg, "document.title", run_time_left(r, 5000), &title, NULL, 0);
        int64_t t0 = util_now_ms();
        int failed = llm_next_action(r->e->llm, goal, json_string_value(url),
                                     json_string_value(title), json_is_array(els) ? els : NULL,
                                     history, &st, &done, &element, &raw, o.err,
                                     sizeof o.err) != 0;
        json_decref(els);
        json_decref(url);
        json_decref(title);
        if (!failed && done != LLM_ACT) {
            if (done == LLM_FAIL) {
                snprintf(o.err, sizeof o.err, "the LLM gave up: %s", st.value ? st.value : "");
                failed = 1;
            } else {
                o.result = xstrdup(st.value ? st.value : "");
                if (*o.result) {
                    free(r->extracted);
                    r->extracted = xstrdup(o.result);
                }
            }
            st.kind = STEP_EXTRACT; /* renders as a step without browser action */
            record(r, w->results++, &st, raw, &o, t0, artifacts_for(r, failed || last));
            if (failed) snprintf(w->err, sizeof w->err, "\"%s\": %s", goal, o.err);
            rc = failed ? -1 : 0;
            step_free(&st);
            free(raw);
            outcome_free(&o);
            goto out;
        }
        if (!failed) {
            char *desc = planner_describe(&st);
            char *phrase = xasprintf("step %d: %s (LLM)", w->results + 1, desc);
            store_task_progress(r->e->st, r->t->id, r->s->worker, phrase);
            run_log(r, "%s", phrase);
            free(phrase);
            free(desc);
            r->ref = element;
            failed = actions_run(r, &st, &o) != 0;
            r->ref = -1;
            if (!failed && st.kind == STEP_TYPE && st.sub == LLM_TYPE_SUBMIT)
                failed = page_key(r->pg, "Enter", NULL, run_time_left(r, 10000), o.err,
                                  sizeof o.err) != CDP_OK;
        }
        if (stop_now(r, w->results, &st, raw, &o, t0, failed)) {
            rc = 1;
        } else {
            /* A failed action is not the end: the LLM tries another. */
            record(r, w->results++, &st, raw ? raw : "{}", &o, t0,
                   failed || r->t->inspect ? ART_NOW : ART_NONE);
            json_t *act = st.clause ? json_loads(st.clause, 0, NULL) : NULL;
            json_array_append_new(history, json_pack("{s:o, s:s}", "action",
                                                     act ? act : json_string(raw ? raw : ""),
                                                     failed ? "error" : "result",
                                                     failed ? o.err : (o.result ? o.result : "")));
            fails = failed ? fails + 1 : 0;
            if (fails >= 3) snprintf(w->err, sizeof w->err, "\"%s\": %s", goal, o.err);
        }
        step_free(&st);
        free(raw);
        outcome_free(&o);
        if (rc == 1 || fails >= 3) goto out;
    }
    snprintf(w->err, sizeof w->err, "\"%s\": the LLM did not finish within %ld steps", goal,
             r->e->cfg->llm_max_steps);
out:
    json_decref(history);
    return rc;
}

static void run_work(run *r, work *w)
{
    int rc = 0;
    for (int i = 0; i < w->n && rc == 0; i++) {
        int last = i == w->n - 1;
        rc = w->v[i].goal ? run_goal(r, w, w->v[i].goal, last) : run_step(r, w, &w->v[i].st, last);
    }
    if (rc == 1) return;
    if (rc != 0) {
        finish(r, TASK_FAILED, w->err);
        return;
    }
    if (!r->extracted) {
        /* Nothing was extracted: the contract makes the title the result. */
        json_t *v = NULL;
        if (page_eval(r->pg, "document.title", run_time_left(r, 5000), &v, NULL, 0) == CDP_OK &&
            json_is_string(v))
            r->extracted = xstrdup(json_string_value(v));
        json_decref(v);
    }
    finish(r, TASK_COMPLETED, NULL);
}

/* The proxy of the task's country (see proxy.h). */
static const char *task_proxy(const store_task *t)
{
    json_t *geo = json_loads(t->geo ? t->geo : "{}", 0, NULL);
    const char *p = proxy_for(json_string_value(json_object_get(geo, "country")));
    json_decref(geo);
    return p;
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

void run_task(slot *s, store_task *t)
{
    engine *e = s->e;
    run r = {.s = s, .e = e, .t = t, .started = util_mono_ms(), .ref = -1};
    char err[512];
    work w = {0};
    browser_ref *b = NULL;

    run_log(&r, "started by worker %s (attempt %d of %ld)", s->worker, t->attempts,
         e->cfg->max_attempts);
    if (t->attempts > 1) store_results_truncate(e->st, t->id, 0); /* start clean */
    if (t->type == TASK_SCRIPT) {
        script_run(&r);
        free(r.extracted);
        return;
    }
    if (plan_work(&r, &w) != 0) {
        finish(&r, TASK_FAILED, w.err);
        work_free(&w);
        return;
    }
    int goals = 0;
    for (int i = 0; i < w.n; i++) goals += w.v[i].goal != NULL;
    if (goals) run_log(&r, "plan: %d step%s, %d for the LLM", w.n, w.n == 1 ? "" : "s", goals);
    else run_log(&r, "plan: %d step%s", w.n, w.n == 1 ? "" : "s");

    int launched = 0, prepared = 0;
    int64_t t0 = util_mono_ms();
    const char *proxy = task_proxy(t);
    geo_place place;
    run_place(&r, &place);
    /* Twice at most: a prepared page whose browser died since is only found
     * out when first used; the second page comes from a new browser. */
    for (int attempt = 0;; attempt++) {
        if (slot_take_page(s, proxy, &r.pg, &b, &launched, &prepared, err, sizeof err) != 0) {
            char msg[600];
            snprintf(msg, sizeof msg, "could not open a browser context: %s", err);
            finish(&r, TASK_FAILED, msg);
            goto out;
        }
        if (launched)
            run_log(&r, "launched a browser in %lld ms", (long long)(util_mono_ms() - t0));
        char why[400];
        if (page_set_place(r.pg, place.timezone, place.locale, place.lat, place.lon, why,
                           sizeof why) == CDP_OK)
            break;
        snprintf(err, sizeof err, "could not set the place (%s): %s", place.city, why);
        if (attempt == 1 || page_alive(r.pg)) {
            finish(&r, TASK_FAILED, err);
            goto out;
        }
        page_close(r.pg);
        engine_browser_put(e, b);
        r.pg = NULL;
        b = NULL;
    }
    if (proxy) run_log(&r, "traffic goes through the proxy configured for this country");
    pthread_mutex_lock(&s->mu);
    s->pg = r.pg;
    abort_reason early = s->abort;
    pthread_mutex_unlock(&s->mu);
    if (early != ABORT_NONE) page_abort(r.pg); /* aborted while we were opening */
    if (prepared) run_log(&r, "opened a fresh browser context (prepared ahead)");
    else run_log(&r, "opened a fresh browser context in %lld ms", (long long)(util_mono_ms() - t0));
    run_work(&r, &w);
    capture_late(&r);
out:
    pthread_mutex_lock(&s->mu);
    s->pg = NULL;
    pthread_mutex_unlock(&s->mu);
    page_close(r.pg);
    engine_browser_put(e, b);
    work_free(&w);
    free(r.extracted);
}

/* ---- for script.c ------------------------------------------------------- */

void run_finish(run *r, task_status st, const char *error) { finish(r, st, error); }

int run_abort_error(run *r, abort_reason why, char *err, size_t errlen)
{
    return abort_outcome(r, why, err, errlen);
}

const char *run_proxy(const store_task *t) { return task_proxy(t); }
