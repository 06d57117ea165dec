/* render.c -- see render.h. */
#include "api/render.h"

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

json_t *render_time(int64_t ms)
{
    if (ms <= 0) return json_null();
    char t[UTIL_TIME_LEN];
    util_time_fmt(ms, t);
    return json_string(t);
}

int64_t render_estimate(store *st, const store_task *t, int workers)
{
    if (task_status_terminal(t->status)) return t->completed_ms;
    int64_t mean = 0, now = util_now_ms();
    /* A live session between instructions: what it was asked is done. */
    if (t->status == TASK_AWAITING) return t->completed_ms ? t->completed_ms : now;
    if (store_recent_duration(st, t->type, t->step_count, 20, &mean) != STORE_OK || mean <= 0)
        return 0;
    if (t->status == TASK_RUNNING) {
        int64_t eta = t->started_ms + mean;
        /* Running longer than usual: the honest guess is "soon", not the past. */
        return eta > now ? eta : now + mean / 10 + 100;
    }
    if (workers < 1) workers = 1;
    int64_t rounds = (t->queue_position + workers - 1) / workers; /* waves ahead of it */
    return now + (rounds + 1) * mean;
}

char *render_progress_phrase(const store_task *t)
{
    if (t->status == TASK_QUEUED) {
        if (t->queue_position > 0) return xasprintf("queued (position %d)", t->queue_position);
        return xstrdup("queued");
    }
    return xstrdup(t->progress && *t->progress ? t->progress : task_status_name(t->status));
}

static json_t *json_text_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* A task's result: its text, or the JSON object itself when a crawler task
 * answered in a JSON shape (task/shape.c), so clients such as the vendor's
 * MCP server hand on the object, not a string holding it. */
json_t *render_task_result(const store_task *t)
{
    if (t->type == TASK_CRAWLER && t->result && t->result[0] == '{') {
        json_t *v = json_loads(t->result, 0, NULL);
        if (json_is_object(v)) return v;
        json_decref(v);
    }
    return json_text_or_null(t->result);
}

json_t *render_task(store *st, const store_task *t, int workers)
{
    char **lines = NULL;
    int n = 0;
    if (store_logs(st, t->id, 0, &lines, &n) != STORE_OK) return NULL;
    json_t *logs = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(logs, json_string(lines[i]));
    store_strings_free(lines, n);

    json_t *geo = t->geo ? json_loads(t->geo, 0, NULL) : NULL;
    char *phrase = render_progress_phrase(t);
    json_t *o =
        json_pack("{s:s, s:s, s:s, s:s, s:{s:s, s:o}, s:o, s:o, s:s, s:o, s:o, s:o}", "executionId",
                  t->id, "scriptId", t->script_id ? t->script_id : "", "scriptType",
                  task_type_name(t->type), "status", task_status_name(t->status), "progress",
                  "status", phrase, "logs", logs, "started", render_time(t->started_ms),
                  "estimatedCompletion", render_time(render_estimate(st, t, workers)), "project",
                  t->project ? t->project : "", "created", render_time(t->created_ms), "completed",
                  render_time(t->completed_ms), "error", json_text_or_null(t->error));
    free(phrase);
    /* Extensions: what was asked, so a task can be read without its POST. */
    if (geo) json_object_set_new(o, "geoLocation", geo);
    json_t *instr = t->instructions ? json_loads(t->instructions, 0, NULL) : NULL;
    if (instr) json_object_set_new(o, "instructions", instr);
    json_object_set_new(o, "inspect", json_boolean(t->inspect));
    json_object_set_new(o, "timeoutSeconds", json_integer(t->timeout_s));
    json_object_set_new(o, "result", render_task_result(t));
    json_object_set_new(o, "failureReason", json_text_or_null(task_reason_name(t->reason)));
    json_object_set_new(o, "savedTask", json_text_or_null(t->saved_task));
    json_object_set_new(o, "awaitable", json_boolean(t->awaitable));
    json_object_set_new(o, "session", json_text_or_null(t->session));
    return o;
}

json_t *render_result(const store_result *r, render_url_fn url, void *ud)
{
    json_t *meta = r->metadata ? json_loads(r->metadata, 0, NULL) : NULL;
    if (!json_is_object(meta)) {
        json_decref(meta);
        meta = json_object();
    }
    const char *ids[3] = {r->screenshot_id, r->html_id, r->console_id};
    json_t *urls[3];
    for (int i = 0; i < 3; i++) {
        char *u = ids[i] ? url(ud, ids[i]) : NULL;
        urls[i] = json_text_or_null(u);
        free(u);
    }
    return json_pack("{s:o, s:o, s:o, s:o, s:i, s:o, s:o, s:o, s:o}", "model_output",
                     json_text_or_null(r->model_output), "result", json_text_or_null(r->result),
                     "state", json_text_or_null(r->state), "metadata", meta, "history_index",
                     r->index, "screenshot_url", urls[0], "html_url", urls[1], "console_url",
                     urls[2], "insert_ts", render_time(r->insert_ms));
}

json_t *render_results(store *st, const store_task *t, render_url_fn url, void *ud)
{
    store_result *rs = NULL;
    int n = 0;
    if (store_results(st, t->id, 0, &rs, &n) != STORE_OK) return NULL;
    json_t *arr = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(arr, render_result(&rs[i], url, ud));
    store_result_list_free(rs, n);
    return json_pack("{s:s, s:s, s:o, s:o, s:o, s:o}", "executionId", t->id, "status",
                     task_status_name(t->status), "started", render_time(t->started_ms),
                     "completed", render_time(t->completed_ms), "result", render_task_result(t),
                     "results", arr);
}
