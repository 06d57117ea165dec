/* crawl.c -- a crawler task from claim to final state: plan the steps, take
 * a fresh browser context, run each step, record a result per step (with
 * artifacts for the last step, failing steps and every step under inspect),
 * finish. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser/pool.h"
#include "plan/llm.h"
#include "plan/planner.h"
#include "policy/urlpolicy.h"
#include "task/run.h"
#include "util/notify.h"

void outcome_free(outcome *o)
{
    free(o->result);
    json_decref(o->element);
    free(o->png);
    memset(o, 0, sizeof *o);
}

/* ---- artifacts and results --------------------------------------------- */

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
            store_artifact_fill(r->env->st, write_to[i], r->worker, data[i], size[i]);
        else if (!write_to && data[i])
            ids[i] = run_artifact_put(r, ctype[i], data[i], size[i]);
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
        ids[0] = run_artifact_put(r, CT_PNG, o->png, o->png_len);
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
            *ids[i] = run_artifact_put(r, CT_PNG, o->png, o->png_len);
            continue;
        }
        if (store_artifact_put(r->env->st, r->t->id, r->worker, ctype[i], NULL, 0, late[i]) ==
            STORE_OK)
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
    task_ctl_end(r->ctl);
    capture_into(r, 15000, late, NULL);
    for (int i = 0; i < 3; i++)
        late[i][0] = '\0';
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
 * JSON text (the rule planner's rendering of st when NULL). Returns 0, or
 * -1 with o->err set when the store refused the row: the step failed. */
static int record(run *r, int index, const step *st, const char *model_output, outcome *o,
                  int64_t t0_ms, artifacts when)
{
    store_result res = {.result = NULL};
    res.model_output = model_output ? xstrdup(model_output) : planner_model_output(st);
    res.result = o->err[0] ? NULL : xstrdup(o->result);
    json_t *state = page_state(r->pg, run_time_left(r, 5000));
    if (o->element) json_object_set(state, "interacted_element", o->element);
    res.state = json_dumps(state, JSON_COMPACT);
    json_decref(state);
    if (when == ART_NOW)
        capture(r, o, &res);
    else if (when == ART_LATE)
        capture_reserve(r, o, &res);
    else if (o->png)
        res.screenshot_id = run_artifact_put(r, CT_PNG, o->png, o->png_len);
    return run_row_put(r, &res, index, t0_ms, o->err[0] ? o->err : NULL, o->err, sizeof o->err);
}

/* ---- the task ---------------------------------------------------------- */

/* One unit of work: a step the rules read, or a goal handed to the LLM. */
typedef struct item {
    step st;
    char *goal; /* non-NULL: an instruction (or clause) for the LLM */
} item;

typedef struct work {
    item *v;
    int n, cap;
    int results;        /* result rows written so far (history_index) */
    char err[1024];     /* why the task failed */
    task_reason reason; /* and how (error, or browser) */
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

/* The instructions of a follow-up's session (its first task's), parsed,
 * or NULL for a task that is no follow-up or when they cannot be read. */
static json_t *session_instructions(run *r)
{
    store_task s;
    json_t *v = NULL;
    if (!r->t->session || store_task_get(r->env->st, r->t->session, NULL, &s) != 0) return NULL;
    if (s.instructions) v = json_loads(s.instructions, 0, NULL);
    store_task_free(&s);
    return v;
}

/* Turn the instructions into work under the planner mode: rules read what
 * they can; with an LLM configured, "auto" hands it the clauses the rules
 * cannot read and "llm" every instruction whole. */
static int plan_work(run *r, work *w)
{
    json_t *instr = json_loads(r->t->instructions, 0, NULL), *before = NULL;
    int llm_all = r->env->llm && !strcmp(r->env->cfg->planner, "llm");
    int rc = 0;
    if (!r->env->llm) {
        /* The rule planner alone: its own errors carry hints. A follow-up
         * may point back to its session's instructions ("Just the titles",
         * "And the price?", "which camera took it?"). */
        plan p;
        before = session_instructions(r);
        if ((rc = planner_parse_after(before, instr, &p, w->err, sizeof w->err)) == 0) {
            for (int i = 0; i < p.n; i++)
                work_add(w)->st = p.steps[i];
            free(p.steps);
        }
    } else if (llm_all) {
        size_t i;
        json_t *it;
        json_array_foreach(instr, i, it)
        {
            const char *a = json_string_value(json_object_get(it, "action"));
            if (a) work_add(w)->goal = xstrdup(a);
        }
    } else {
        rc = planner_parse_each(instr, on_step, on_unread, w, w->err, sizeof w->err);
    }
    json_decref(instr);
    json_decref(before);
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
    if (failed && run_time_left(r, 2) < 2) run_stop(r, ABORT_TIMEOUT);
    abort_reason why = run_stopped(r);
    if (why == ABORT_NONE) return 0;
    char err[512];
    if (run_stop_error(r, why, err, sizeof err)) {
        snprintf(o->err, sizeof o->err, "%s", err);
        record(r, index, st, model_output, o, t0, ART_NONE);
        run_finish(r, TASK_FAILED, TASK_REASON_TIMEOUT, err);
    }
    return 1;
}

/* Between steps: a tab the page opened late (a handler's timer or fetch
 * after the click's own wait) is where the task goes on, and a tab the
 * page closed (a popup done with its work) leaves it on the tab before. */
static void catch_up_tabs(run *r)
{
    char url[1024] = "", err[256] = "";
    int rc = page_follow_new_tab(r->pg, run_time_left(r, 5000), url, sizeof url, err, sizeof err);
    if (rc > 0) r->on_opened_tab = rc == 1;
    if (rc == 1) run_log(r, "the page opened a new tab: moved to it (%s)", url);
    if (rc == 2) run_log(r, "the page closed its tab: back on %s", url);
    if (rc > 0)
        page_settle(r->pg, run_time_left(r, r->env->cfg->nav_timeout * 1000),
                    run_time_left(r, 1500));
}

/* Run one step the rules read. Returns 0, -1 when it failed (w->err set),
 * 1 when the task was stopped. */
static int run_step(run *r, work *w, const step *st, int last)
{
    if (w->results > 0) catch_up_tabs(r);
    char *desc = planner_describe(st);
    char *phrase = xasprintf("step %d/%d: %s", w->results + 1, w->n, desc);
    run_progress(r, phrase);
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
        w->reason = TASK_REASON_BROWSER;
    }
    if (stop_now(r, w->results, st, NULL, &o, t0, failed)) {
        outcome_free(&o);
        return 1;
    }
    if (record(r, w->results++, st, NULL, &o, t0, artifacts_for(r, failed || last)) != 0)
        failed = 1;
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
    for (long k = 0; k < r->env->cfg->llm_max_steps; k++) {
        json_t *els = NULL, *url = NULL, *title = NULL;
        outcome o = {.result = NULL};
        step st = {0};
        int done = 0, element = -1;
        char *raw = NULL;
        page_agent_eval(r->pg, "window.__bai.interactive(150)", run_time_left(r, 10000), &els, NULL,
                        0);
        page_eval(r->pg, "location.href", run_time_left(r, 5000), &url, NULL, 0);
        page_eval(r->pg, "document.title", run_time_left(r, 5000), &title, NULL, 0);
        int64_t t0 = util_now_ms();
        int failed = llm_next_action(r->env->llm, goal, json_string_value(url),
                                     json_string_value(title), json_is_array(els) ? els : NULL,
                                     history, &st, &done, &element, &raw, o.err, sizeof o.err) != 0;
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
            if (record(r, w->results++, &st, raw, &o, t0, artifacts_for(r, failed || last)) != 0)
                failed = 1;
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
            run_progress(r, phrase);
            free(phrase);
            free(desc);
            r->ref = element;
            failed = actions_run(r, &st, &o) != 0;
            r->ref = -1;
            if (!failed && st.kind == STEP_TYPE && st.sub == LLM_TYPE_SUBMIT)
                failed = page_key(r->pg, "Enter", NULL, run_time_left(r, 10000), o.err,
                                  sizeof o.err) != CDP_OK;
        }
        int lost_row = 0;
        if (stop_now(r, w->results, &st, raw, &o, t0, failed)) {
            rc = 1;
        } else if (record(r, w->results++, &st, raw ? raw : "{}", &o, t0,
                          failed || r->t->inspect ? ART_NOW : ART_NONE) != 0) {
            /* The store lost the row: the task cannot end well. */
            snprintf(w->err, sizeof w->err, "\"%s\": %s", goal, o.err);
            lost_row = 1;
        } else {
            /* A failed action is not the end: the LLM tries another. */
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
        if (rc == 1 || fails >= 3 || lost_row) goto out;
    }
    snprintf(w->err, sizeof w->err, "\"%s\": the LLM did not finish within %ld steps", goal,
             r->env->cfg->llm_max_steps);
out:
    json_decref(history);
    return rc;
}

static void run_work(run *r, work *w)
{
    int rc = 0;
    for (int i = 0; i < w->n && rc == 0; i++) {
        int last = i == w->n - 1;
        r->acts_later = 0;
        r->sent_before = r->form_sent;
        r->form_sent = 0;
        for (int j = i + 1; j < w->n && !r->acts_later; j++)
            r->acts_later = w->v[j].goal || w->v[j].st.kind != STEP_EXTRACT;
        r->next_clause = i + 1 < w->n && !w->v[i + 1].goal ? w->v[i + 1].st.clause : NULL;
        rc = w->v[i].goal ? run_goal(r, w, w->v[i].goal, last) : run_step(r, w, &w->v[i].st, last);
    }
    r->next_clause = NULL; /* w's, which goes */
    if (rc == 1) return;
    if (rc != 0) {
        run_finish(r, TASK_FAILED, w->reason, w->err);
        return;
    }
    if (w->n && !w->v[w->n - 1].goal) actions_save(r, &w->v[w->n - 1].st);
    if (!r->extracted) {
        /* Nothing was extracted: the contract makes the title the result. */
        json_t *v = NULL;
        if (page_eval(r->pg, "document.title", run_time_left(r, 5000), &v, NULL, 0) == CDP_OK &&
            json_is_string(v))
            r->extracted = xstrdup(json_string_value(v));
        json_decref(v);
    }
    if (r->t->awaitable)
        session_await(r); /* the page stays for the session's next instructions */
    else
        run_finish(r, TASK_FINALIZED, TASK_REASON_NONE, NULL);
}

/* A fresh page for a task that continues no session: from the pool, in a
 * context placed where the task's geoLocation says. 0, or -1 when the task
 * was failed here. */
static int open_page(run *r)
{
    char err[512];
    int launched = 0, prepared = 0;
    int64_t t0 = util_mono_ms();
    const char *proxy = run_proxy(r);
    geo_place place;
    run_place(r, &place);
    /* Twice at most: a prepared page whose browser died since is only found
     * out when first used; the second page comes from a new browser. */
    for (int attempt = 0;; attempt++) {
        if (pool_take(r->env->browsers, r->slot, proxy, &r->pg, &r->b, &launched, &prepared, err,
                      sizeof err) != 0) {
            char msg[600];
            snprintf(msg, sizeof msg, "could not open a browser context: %s", err);
            run_finish(r, TASK_FAILED, TASK_REASON_BROWSER, msg);
            return -1;
        }
        if (launched) run_log(r, "launched a browser in %lld ms", (long long)(util_mono_ms() - t0));
        char why[400];
        /* A page that has its place already sends nothing to set it: its
         * browser's death since is seen from the page itself. */
        int set = page_set_place(r->pg, place.timezone, place.locale, place.lat, place.lon, why,
                                 sizeof why);
        if (set == CDP_OK && page_alive(r->pg)) break;
        if (set == CDP_OK) snprintf(why, sizeof why, "its browser is gone");
        snprintf(err, sizeof err, "could not set the place (%s): %s", place.city, why);
        if (attempt == 1 || page_alive(r->pg)) {
            run_finish(r, TASK_FAILED, TASK_REASON_BROWSER, err);
            return -1;
        }
        pool_put(r->env->browsers, r->pg, r->b);
        r->pg = NULL;
        r->b = NULL;
    }
    if (proxy) run_log(r, "traffic goes through the proxy configured for this country");
    if (prepared)
        run_log(r, "opened a fresh browser context (prepared ahead)");
    else
        run_log(r, "opened a fresh browser context in %lld ms", (long long)(util_mono_ms() - t0));
    return 0;
}

void crawl_run(run *r)
{
    work w = {.reason = TASK_REASON_ERROR};

    if (plan_work(r, &w) != 0) {
        run_finish(r, TASK_FAILED, TASK_REASON_ERROR, w.err);
        work_free(&w);
        return;
    }
    int goals = 0;
    for (int i = 0; i < w.n; i++)
        goals += w.v[i].goal != NULL;
    if (goals)
        run_log(r, "plan: %d step%s, %d for the LLM", w.n, w.n == 1 ? "" : "s", goals);
    else
        run_log(r, "plan: %d step%s", w.n, w.n == 1 ? "" : "s");

    /* A follow-up runs on its session's page, as the last run left it. */
    if ((r->t->session ? session_enter(r) : open_page(r)) != 0) goto out;
    run_hold_page(r, r->pg); /* a stop from now on aborts the page */
    run_work(r, &w);
    capture_late(r);
    session_leave(r); /* a session's page goes back to the node's registry */
out:
    run_hold_page(r, NULL);
    pool_put(r->env->browsers, r->pg, r->b);
    r->pg = NULL;
    r->b = NULL;
    work_free(&w);
}
