/* tasks.c -- create, list, read and stop tasks (the stop command and the
 * cancel route, one action). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "api/render.h"
#include "service/submit.h"
#include "util/notify.h"

/* Pages one node keeps parked for sessions. */
static int sessions_per_node(http_req *r)
{
    const config *cfg = CTX(r)->cfg;
    return cfg->sessions_per_node > 0 ? (int)cfg->sessions_per_node : api_workers(r) * 4;
}

/* 429 with Retry-After for a limit the insert ran into: 1 when rc was one. */
static int reply_limit(http_req *r, int rc)
{
    const config *cfg = CTX(r)->cfg;
    char line[200];
    const char *error;
    if (rc == STORE_EFULL) {
        error = "Too many queued tasks";
        snprintf(line, sizeof line,
                 "this API key already has %ld queued tasks, the limit; retry when some have "
                 "started",
                 cfg->max_queued);
    } else if (rc == STORE_ELIMIT) {
        error = "Too many open sessions";
        snprintf(line, sizeof line,
                 "this API key already has %ld open sessions (awaitable tasks not ended), the "
                 "limit; stop one or let it close when idle",
                 cfg->sessions_per_key);
    } else if (rc == STORE_EBUSY) {
        error = "Too many open sessions";
        snprintf(line, sizeof line,
                 "this server already holds %d open sessions, as many browser pages as it keeps "
                 "for sessions; retry when one has ended",
                 sessions_per_node(r));
    } else {
        return 0;
    }
    const char *hdr[] = {"Retry-After", "5", NULL};
    http_reply_json(r, 429, json_pack("{s:s, s:[s]}", "error", error, "details", line), hdr);
    return 1;
}

/* A follow-up's session could not take it: 409 (ended: with its status; or
 * not a session) or 404. */
static void reply_not_open(http_req *r, const char *session, int rc)
{
    store_task t = {0};
    if (rc == STORE_ENOTFOUND || store_task_get(CTX(r)->st, session, NULL, &t) != STORE_OK)
        http_reply_error(r, 404, "Task not found", NULL);
    else if (rc == STORE_EKIND)
        http_reply_error(r, 409, "Task is not a live session",
                         json_pack("[s]", "only a task created with \"awaitable\": true takes "
                                          "more instructions"));
    else
        http_reply_json(r, 409,
                        json_pack("{s:s, s:s, s:s}", "error", "Session already ended", "status",
                                  task_status_name(t.status), "session", t.id),
                        NULL);
    store_task_free(&t);
}

void api_insert_task(http_req *r, const store_task *t)
{
    api_ctx *c = CTX(r);
    store_limits lim = {.max_queued = (int)c->cfg->max_queued};
    if (t->awaitable && !t->session) {
        lim.sessions_per_key = (int)c->cfg->sessions_per_key;
        /* With the workers in this process, it holds every session. */
        lim.sessions_open = c->eng ? sessions_per_node(r) : 0;
    }
    int rc = submit_queue_with(c->st, t, &lim);
    if (reply_limit(r, rc)) return;
    if (t->session && (rc == STORE_ENOTFOUND || rc == STORE_ECONFLICT || rc == STORE_EKIND)) {
        reply_not_open(r, t->session, rc);
        return;
    }
    if (rc != STORE_OK) {
        api_internal_error(r, "storing the task");
        return;
    }

    /* Answer from the stored row: a fast worker may already run it. */
    store_task cur = {0};
    if (store_task_get(c->st, t->id, NULL, &cur) != STORE_OK) {
        api_internal_error(r, "reading the new task");
        return;
    }
    json_t *geo = cur.geo ? json_loads(cur.geo, 0, NULL) : NULL;
    json_t *o =
        json_pack("{s:s, s:s, s:s, s:o, s:o, s:o}", "executionId", cur.id, "scriptType",
                  task_type_name(cur.type), "status", task_status_name(cur.status), "geoLocation",
                  geo ? geo : json_object(), "started", render_time(cur.started_ms),
                  "estimatedCompletion", render_time(render_estimate(c->st, &cur, api_workers(r))));
    json_object_set_new(o, "scriptId", json_string(cur.script_id ? cur.script_id : ""));
    json_object_set_new(o, "project", json_string(cur.project));
    json_object_set_new(o, "savedTask", cur.saved_task ? json_string(cur.saved_task) : json_null());
    json_object_set_new(o, "awaitable", json_boolean(cur.awaitable));
    json_object_set_new(o, "session", cur.session ? json_string(cur.session) : json_null());
    char loc[64];
    snprintf(loc, sizeof loc, "/api/v1/tasks/%s", cur.id);
    store_task_free(&cur);
    const char *hdr[] = {"Location", loc, NULL};
    http_reply_json(r, 201, o, hdr);
}

void api_tasks_create(http_req *r)
{
    api_ctx *c = CTX(r);
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    task_req req = {0};
    json_t *details = NULL;
    const char *summary = NULL;

    if (api_require_json(r) != 0) goto out;
    size_t len;
    const char *body = http_body(r, &len);
    validate_limits lim = {c->cfg->max_instructions, c->cfg->max_action, c->cfg->max_project,
                           c->cfg->task_timeout, c->cfg->task_timeout_max};
    if (validate_task(body, len, &lim, &req, &details, &summary) != 0) {
        http_reply_error(r, 400, summary, details);
        goto out;
    }
    if (api_check_project(r, &who, req.project) != 0) goto out;

    store_task t;
    submit_row_of_request(&req, who.key_id, &t);
    t.awaitable = req.awaitable;
    api_insert_task(r, &t);
    store_task_free(&t);
out:
    task_req_free(&req);
    auth_who_free(&who);
}

void api_tasks_instructions(http_req *r)
{
    api_ctx *c = CTX(r);
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    task_req req = {0};
    json_t *details = NULL;
    const char *summary = NULL;
    store_task session = {0};

    /* Who may not see the session learns nothing of it, not even that the
     * body was wrong. */
    if (api_load_task(r, &who, &session) != 0) goto out;
    if (session.session) { /* a follow-up's id names its session */
        char *id = xstrdup(session.session);
        store_task_free(&session);
        int rc = store_task_get(c->st, id, (const char *const *)who.projects, &session);
        free(id);
        if (rc != STORE_OK) {
            http_reply_error(r, 404, "Task not found", NULL);
            goto out;
        }
    }
    if (api_require_json(r) != 0) goto out;
    size_t len;
    const char *body = http_body(r, &len);
    validate_limits lim = {c->cfg->max_instructions, c->cfg->max_action, c->cfg->max_project,
                           c->cfg->task_timeout, c->cfg->task_timeout_max};
    if (validate_followup(body, len, &lim, &req, &details, &summary) != 0) {
        http_reply_error(r, 400, summary, details);
        goto out;
    }
    store_task t;
    submit_row_of_followup(&session, &req, who.key_id, &t);
    api_insert_task(r, &t);
    store_task_free(&t);
out:
    store_task_free(&session);
    task_req_free(&req);
    auth_who_free(&who);
}

void api_tasks_get(http_req *r)
{
    auth_who who;
    store_task t = {0};
    char *body = NULL;
    size_t len = 0;
    if (api_auth(r, &who) != 0) return;
    int kept = api_cache_get(http_param(r, 0), &who, &body, &len);
    if (kept > 0) {
        http_reply_bytes(r, 200, "application/json", body, len, NULL);
    } else if (kept < 0) {
        http_reply_error(r, 404, "Task not found", NULL);
    } else if (api_load_task(r, &who, &t) == 0) {
        json_t *o = render_task(CTX(r)->st, &t, api_workers(r));
        body = o ? json_dumps(o, JSON_COMPACT) : NULL;
        json_decref(o);
        if (body) {
            api_cache_put(&t, body, strlen(body));
            http_reply_bytes(r, 200, "application/json", body, strlen(body), NULL);
        } else {
            api_internal_error(r, "reading the logs");
        }
    }
    free(body);
    store_task_free(&t);
    auth_who_free(&who);
}

void api_tasks_list(http_req *r)
{
    api_ctx *c = CTX(r);
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    json_t *details = json_array();
    store_task_filter f = {
        .projects = (const char *const *)who.projects, .status = -1, .limit = 50};
    const char *q;
    long n;
    if ((q = http_query(r, "limit"))) {
        if (util_parse_long(q, 1, 200, &n) == 0)
            f.limit = (int)n;
        else
            json_array_append_new(details,
                                  json_string("limit: must be a whole number from 1 to 200"));
    }
    if ((q = http_query(r, "status"))) {
        f.status = task_status_parse_filter(q, &f.reason);
        if (f.status < 0)
            json_array_append_new(details,
                                  json_string("status: must be one of queued, running, awaiting, "
                                              "finalized, failed, stopped (or the earlier "
                                              "completed, cancelled, timed_out)"));
    }
    if ((q = http_query(r, "project")) && *q) f.project = q;
    if ((q = http_query(r, "cursor")) && *q) {
        if (util_id_valid(q))
            f.before_id = q;
        else
            json_array_append_new(details, json_string("cursor: is not a cursor from nextCursor"));
    }
    if (json_array_size(details) > 0) {
        http_reply_error(r, 400, "Invalid request", details);
        auth_who_free(&who);
        return;
    }
    json_decref(details);

    store_task *ts = NULL;
    int count = 0;
    /* One row more than asked tells whether another page follows. */
    f.limit++;
    if (store_task_list(c->st, &f, &ts, &count) != STORE_OK) {
        api_internal_error(r, "listing tasks");
        auth_who_free(&who);
        return;
    }
    json_t *arr = json_array();
    int shown = count < f.limit ? count : f.limit - 1;
    for (int i = 0; i < shown; i++) {
        json_t *o = render_task(c->st, &ts[i], api_workers(r));
        if (o) json_array_append_new(arr, o);
    }
    json_t *next = count == f.limit ? json_string(ts[shown - 1].id) : json_null();
    store_task_list_free(ts, count);
    http_reply_json(r, 200, json_pack("{s:o, s:o}", "tasks", arr, "nextCursor", next), NULL);
    auth_who_free(&who);
}

/* Stop the task named by path parameter 0 and answer with it: 200 and the
 * task, 409 with its status when it had already ended, 404. */
static void stop_task(http_req *r, const auth_who *who)
{
    api_ctx *c = CTX(r);
    store_task t = {0};
    if (api_load_task(r, who, &t) != 0) return;
    int rc =
        store_task_cancel(c->st, t.id, (const char *const *)who->projects, "stopped by request");
    if (rc == STORE_ECONFLICT) {
        /* Re-read: it ended between our read and the stop. */
        store_task_free(&t);
        store_task_get(c->st, http_param(r, 0), NULL, &t);
        http_reply_json(r, 409,
                        json_pack("{s:s, s:s}", "error", "Task already ended", "status",
                                  task_status_name(t.status)),
                        NULL);
        goto out;
    }
    if (rc != STORE_OK) {
        if (rc == STORE_ENOTFOUND)
            http_reply_error(r, 404, "Task not found", NULL);
        else
            api_internal_error(r, "stopping the task");
        goto out;
    }
    if (c->eng) engine_cancelled(c->eng, t.id);
    notify_bump();
    store_task_free(&t);
    if (store_task_get(c->st, http_param(r, 0), NULL, &t) != STORE_OK) {
        api_internal_error(r, "reading the task");
        goto out;
    }
    json_t *o = render_task(c->st, &t, api_workers(r));
    if (o)
        http_reply_json(r, 200, o, NULL);
    else
        api_internal_error(r, "reading the logs");
out:
    store_task_free(&t);
}

void api_tasks_cancel(http_req *r)
{
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    stop_task(r, &who);
    auth_who_free(&who);
}

/* The commands of POST /tasks/{id}/command; the vendor's clients send
 * "stop". */
static const struct {
    const char *name;
    void (*run)(http_req *r, const auth_who *who);
} commands[] = {
    {"stop", stop_task},
};

void api_tasks_command(http_req *r)
{
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    size_t len;
    const char *body = http_body(r, &len);
    json_t *root = NULL;
    if (api_require_json(r) != 0) goto out;
    json_error_t jerr;
    root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!json_is_object(root)) {
        http_reply_error(
            r, 400, root ? "Invalid request" : "Invalid JSON",
            json_pack("[s]", "body: must be a JSON object like {\"command\": \"stop\"}"));
        goto out;
    }
    const char *name = json_string_value(json_object_get(root, "command"));
    for (size_t i = 0; name && i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0) {
            commands[i].run(r, &who);
            goto out;
        }
    buf known = {0};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        buf_printf(&known, "%s\"%s\"", i ? ", " : "", commands[i].name);
    char *line = xasprintf("command: %s; the known commands are %s",
                           name ? "is not a known command" : "is required (a string)", known.s);
    http_reply_error(r, 400, "Invalid request", json_pack("[s]", line));
    free(line);
    buf_free(&known);
out:
    json_decref(root);
    auth_who_free(&who);
}
