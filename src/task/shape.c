/* shape.c -- an EXTRACT_SHAPE step: JSON of the shape the instructions
 * asked for, each key filled from the page by what its name means.
 *
 * The page's side (browser/agent/23-shape.js, window.__bai.shape) knows
 * what a key's words mean; this side waits for an element first when the
 * words asked for one, logs the keys nothing filled, and makes the JSON
 * the step's and the task's result. */
#include "task/shape.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/step.h"

/* One call into the page. */
#define SHAPE_CALL_MS 15000
/* Between two looks for an awaited element. */
#define SHAPE_POLL_MS 250

/* window.__bai.fn(args) (args: a JSON array, stolen) into *out (new
 * reference). -1 with o->err when the call failed or the agent refused. */
static int shape_call(run *r, const char *fn, json_t *args, json_t **out, outcome *o)
{
    char *a = json_dumps(args, JSON_COMPACT);
    json_decref(args);
    char *expr = xasprintf("window.__bai.%s.apply(window.__bai, %s)", fn, a ? a : "[]");
    json_t *v = NULL;
    int rc =
        page_agent_eval(r->pg, expr, run_time_left(r, SHAPE_CALL_MS), &v, o->err, sizeof o->err);
    free(expr);
    free(a);
    if (rc != CDP_OK) return -1;
    if (!json_is_object(v) || json_is_false(json_object_get(v, "ok"))) {
        const char *e = json_string_value(json_object_get(v, "error"));
        snprintf(o->err, sizeof o->err, "%s", e ? e : "the page gave no answer");
        json_decref(v);
        return -1;
    }
    *out = v;
    return 0;
}

/* Wait up to ms (and the task's time left) for the element what names:
 * 1 when it showed, 0 when not, -1 when the task was stopped. */
static int wait_element(run *r, const char *what, int ms, outcome *o)
{
    int64_t t0 = util_mono_ms(), until = t0 + run_time_left(r, ms);
    for (;;) {
        json_t *v = NULL;
        if (shape_call(r, "shapeFind", json_pack("[s]", what), &v, o) == 0 &&
            json_is_true(json_object_get(v, "found"))) {
            json_decref(v);
            run_log(r, "\"%.200s\" appeared after %.1f s", what,
                    (double)(util_mono_ms() - t0) / 1000.0);
            return 1;
        }
        json_decref(v);
        if (run_stopped(r) != ABORT_NONE) {
            snprintf(o->err, sizeof o->err, "aborted");
            return -1;
        }
        if (util_mono_ms() + SHAPE_POLL_MS >= until) break;
        util_sleep_ms(SHAPE_POLL_MS);
    }
    run_log(r, "\"%.200s\" did not appear within %.1f s: element_found is false", what,
            (double)(util_mono_ms() - t0) / 1000.0);
    o->err[0] = '\0';
    return 0;
}

/* No template ("Return the extracted data as a clean JSON object"): the
 * last extraction as an object: itself when it is one, else {"data": it}. */
static json_t *last_as_object(run *r)
{
    json_t *v = r->extracted ? json_loads(r->extracted, JSON_DECODE_ANY, NULL) : NULL;
    if (json_is_object(v)) return v;
    if (!v) v = r->extracted ? json_string(r->extracted) : json_null();
    return json_pack("{s:o}", "data", v ? v : json_null());
}

int shape_run(run *r, const step *st, outcome *o)
{
    json_t *tpl = st->value ? json_loads(st->value, 0, NULL) : NULL, *res = NULL, *value;
    int found = -1; /* no element awaited */
    if (st->value2 && (found = wait_element(r, st->value2, st->amount, o)) < 0) {
        json_decref(tpl);
        return -1;
    }
    if (!json_is_object(tpl)) {
        json_decref(tpl);
        value = last_as_object(r);
    } else {
        json_t *ctx = json_pack("{s:o}", "found", found < 0 ? json_null() : json_boolean(found));
        int rc = shape_call(r, "shape", json_pack("[o, o]", tpl, ctx), &res, o);
        if (rc != 0) return -1;
        size_t i;
        json_t *k;
        json_array_foreach(json_object_get(res, "unfilled"), i, k)
            run_log(r, "shape: nothing on the page fills \"%s\"; it is null", json_string_value(k));
        value = json_incref(json_object_get(res, "value"));
        json_decref(res);
    }
    o->result = json_dumps(value, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(value);
    if (!o->result) {
        snprintf(o->err, sizeof o->err, "shape: the answer could not be written as JSON");
        return -1;
    }
    free(r->extracted);
    r->extracted = xstrdup(o->result);
    return 0;
}
