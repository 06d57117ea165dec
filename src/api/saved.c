/* saved.c -- saved tasks: the vendor's POST /saved_tasks, GET /saved_tasks
 * and GET /saved_tasks/name/{name} (the paths and fields its n8n node
 * sends), and ours: DELETE /saved_tasks/name/{name} and run now, POST
 * /saved_tasks/name/{name}/run. A saved task is a CreateTaskRequest with a
 * name and a cron schedule (cron_settings, in UTC unless timezone says
 * otherwise); the scheduler (sched/sched.h) turns each due run into an
 * ordinary task whose savedTask is that name. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "api/render.h"
#include "sched/sched.h"
#include "sched/tz.h"
#include "service/submit.h"

#define SAVED_NAME_MAX 100 /* characters */
#define SAVED_RUNS_SHOWN 10

/* A saved task's name is a path segment the vendor's n8n node sends as it
 * is: printable, without the characters that would end or escape it. */
static int name_ok(const char *s)
{
    size_t n = 0;
    int seen = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f || strchr("/\\?#%", *p)) return 0;
        if (!isspace(*p)) seen = 1;
        n += (*p & 0xC0) != 0x80;
    }
    return seen && n <= SAVED_NAME_MAX;
}

/* Append s as a path segment: unreserved characters as they are, the rest
 * percent-encoded (a name may hold spaces and UTF-8). */
static void path_escape(buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isalnum(*p) || strchr("-._~", *p))
            buf_append(b, (const char *)p, 1);
        else
            buf_printf(b, "%%%02X", *p);
    }
}

static void problem(json_t *details, const char *line)
{
    json_array_append_new(details, json_string(line));
}

/* The fields a saved task has beyond a task: name, cron_settings,
 * timezone. Appends a line per problem; on success fills t's. */
static void check_schedule(json_t *root, store_saved *t, json_t *details)
{
    char err[300];
    const char *name = json_string_value(json_object_get(root, "name"));
    if (!json_object_get(root, "name"))
        problem(details, "name: is required");
    else if (!name || !name_ok(name))
        problem(details, "name: must be 1-100 printable characters without / \\ ? # or %");
    else
        t->name = xstrdup(name);

    json_t *tzv = json_object_get(root, "timezone");
    const char *zone = "UTC";
    if (tzv && !json_is_null(tzv)) {
        zone = json_string_value(tzv);
        tz *z = NULL;
        if (!zone) {
            problem(details, "timezone: must be a time zone name like \"Europe/Paris\"");
            zone = NULL;
        } else if (tz_load(zone, &z, err, sizeof err) != 0) {
            char *line = xasprintf("timezone: %s", err);
            problem(details, line);
            free(line);
            zone = NULL;
        }
        tz_free(z);
    }
    json_t *cv = json_object_get(root, "cron_settings");
    const char *expr = json_string_value(cv);
    if (!cv) {
        problem(details, "cron_settings: is required (a cron expression such as \"0 9 * * *\")");
    } else if (!expr) {
        problem(details,
                "cron_settings: must be a string (a cron expression such as \"0 9 * * *\")");
    } else if (sched_next_run(expr, zone ? zone : "UTC", util_now_ms(), &t->next_run_ms, err,
                              sizeof err) != 0) {
        /* A zone already reported above is not blamed on the expression. */
        if (zone || strncmp(err, "timezone:", 9) != 0) problem(details, err);
    } else {
        t->cron = xstrdup(expr);
    }
    if (zone) t->timezone = xstrdup(zone);
}

static json_t *render_saved(const store_saved *t)
{
    json_t *instr = t->instructions ? json_loads(t->instructions, 0, NULL) : NULL;
    json_t *geo = t->geo ? json_loads(t->geo, 0, NULL) : NULL;
    return json_pack(
        "{s:s, s:s, s:s, s:s, s:o, s:o, s:b, s:i, s:s, s:s, s:o, s:o, s:o}", "id", t->id, "name",
        t->name, "project", t->project, "type", task_type_name(t->type), "instructions",
        instr ? instr : json_array(), "geoLocation", geo ? geo : json_object(), "inspect",
        t->inspect, "timeoutSeconds", t->timeout_s, "cron_settings", t->cron, "timezone",
        t->timezone ? t->timezone : "UTC", "created", render_time(t->created_ms), "nextRun",
        render_time(t->next_run_ms), "lastRun", render_time(t->last_run_ms));
}

void api_saved_create(http_req *r)
{
    api_ctx *c = CTX(r);
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    task_req req = {0};
    store_saved t = {0};
    json_t *details = NULL, *root = NULL;
    const char *summary = "Invalid request";
    size_t len;
    const char *body = http_body(r, &len);

    if (api_require_json(r) != 0) goto out;
    root = json_loadb(body, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, NULL);
    validate_limits lim = {c->cfg->max_instructions, c->cfg->max_action, c->cfg->max_project,
                           c->cfg->task_timeout, c->cfg->task_timeout_max};
    /* The task's fields as POST /tasks checks them, then the schedule's:
     * every problem in one answer. */
    if (validate_task(body, len, &lim, &req, &details, &summary) != 0 && !json_is_object(root)) {
        http_reply_error(r, 400, summary, details);
        details = NULL;
        goto out;
    }
    if (!details) details = json_array();
    check_schedule(root, &t, details);
    if (json_array_size(details) > 0) {
        http_reply_error(r, 400, "Invalid request", details);
        details = NULL;
        goto out;
    }
    if (api_check_project(r, &who, req.project) != 0) goto out;
    char id[UTIL_ID_LEN], script_id[SCRIPT_ID_LEN];
    util_new_id(id);
    validate_script_id(req.type, req.instructions, script_id);
    t.id = xstrdup(id);
    t.project = xstrdup(req.project);
    t.key_id = xstrdup(who.key_id);
    t.type = req.type;
    t.instructions = json_dumps(req.instructions, JSON_COMPACT);
    t.geo = json_dumps(req.geo, JSON_COMPACT);
    t.inspect = req.inspect;
    t.timeout_s = req.timeout_s;
    t.script_id = xstrdup(script_id);
    t.step_count = (int)json_array_size(req.instructions);
    t.created_ms = util_now_ms();
    int rc = store_saved_insert(c->st, &t);
    if (rc == STORE_ECONFLICT) {
        char *line = xasprintf("name: a saved task called \"%s\" exists already", t.name);
        http_reply_error(r, 409, "Saved task name already exists", json_pack("[s]", line));
        free(line);
        goto out;
    }
    if (rc != STORE_OK) {
        api_internal_error(r, "storing the saved task");
        goto out;
    }
    buf loc = {0};
    buf_puts(&loc, "/api/v1/saved_tasks/name/");
    path_escape(&loc, t.name);
    const char *hdr[] = {"Location", loc.s, NULL};
    http_reply_json(r, 201, render_saved(&t), hdr);
    buf_free(&loc);
out:
    json_decref(details);
    json_decref(root);
    store_saved_free(&t);
    task_req_free(&req);
    auth_who_free(&who);
}

void api_saved_list(http_req *r)
{
    api_ctx *c = CTX(r);
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    json_t *details = json_array();
    store_saved_filter f = {.projects = (const char *const *)who.projects, .limit = 50};
    const char *q;
    long n;
    if ((q = http_query(r, "limit"))) {
        if (util_parse_long(q, 1, 200, &n) == 0)
            f.limit = (int)n;
        else
            problem(details, "limit: must be a whole number from 1 to 200");
    }
    if ((q = http_query(r, "project")) && *q) f.project = q;
    if ((q = http_query(r, "cursor")) && *q) {
        if (util_id_valid(q))
            f.before_id = q;
        else
            problem(details, "cursor: is not a cursor from nextCursor");
    }
    if (json_array_size(details) > 0) {
        http_reply_error(r, 400, "Invalid request", details);
        auth_who_free(&who);
        return;
    }
    json_decref(details);
    store_saved *v = NULL;
    int count = 0;
    f.limit++; /* one more than asked tells whether another page follows */
    if (store_saved_list(c->st, &f, &v, &count) != STORE_OK) {
        api_internal_error(r, "listing saved tasks");
        auth_who_free(&who);
        return;
    }
    json_t *arr = json_array();
    int shown = count < f.limit ? count : f.limit - 1;
    for (int i = 0; i < shown; i++)
        json_array_append_new(arr, render_saved(&v[i]));
    json_t *next = count == f.limit ? json_string(v[shown - 1].id) : json_null();
    store_saved_list_free(v, count);
    http_reply_json(r, 200, json_pack("{s:o, s:o}", "savedTasks", arr, "nextCursor", next), NULL);
    auth_who_free(&who);
}

/* Load the saved task named by path parameter 0, visible to who; on
 * failure replies (404 or 500) and returns -1. */
static int load_saved(http_req *r, const auth_who *who, store_saved *t)
{
    int rc = store_saved_get(CTX(r)->st, http_param(r, 0), (const char *const *)who->projects, t);
    if (rc == STORE_OK) return 0;
    if (rc == STORE_ENOTFOUND)
        http_reply_error(r, 404, "Saved task not found", NULL);
    else
        api_internal_error(r, "reading the saved task");
    return -1;
}

/* One run in a saved task's lastRuns: the task's state without its logs. */
static json_t *render_run(const store_task *t)
{
    return json_pack(
        "{s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o}", "executionId", t->id, "status",
        task_status_name(t->status), "failureReason",
        task_reason_name(t->reason) ? json_string(task_reason_name(t->reason)) : json_null(),
        "created", render_time(t->created_ms), "started", render_time(t->started_ms), "completed",
        render_time(t->completed_ms), "error", t->error ? json_string(t->error) : json_null(),
        "result", render_task_result(t));
}

void api_saved_get(http_req *r)
{
    auth_who who;
    store_saved t = {0};
    store_task *runs = NULL;
    int n = 0;
    if (api_auth(r, &who) != 0) return;
    if (load_saved(r, &who, &t) != 0) goto out;
    if (store_saved_runs(CTX(r)->st, t.name, (const char *const *)who.projects, SAVED_RUNS_SHOWN,
                         &runs, &n) != STORE_OK) {
        api_internal_error(r, "reading the saved task's runs");
        goto out;
    }
    json_t *o = render_saved(&t), *arr = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(arr, render_run(&runs[i]));
    json_object_set_new(o, "lastRuns", arr);
    http_reply_json(r, 200, o, NULL);
out:
    store_task_list_free(runs, n);
    store_saved_free(&t);
    auth_who_free(&who);
}

void api_saved_delete(http_req *r)
{
    auth_who who;
    store_saved t = {0};
    if (api_auth(r, &who) != 0) return;
    if (load_saved(r, &who, &t) != 0) goto out;
    int rc = store_saved_delete(CTX(r)->st, t.name, (const char *const *)who.projects);
    if (rc == STORE_ENOTFOUND)
        http_reply_error(r, 404, "Saved task not found", NULL);
    else if (rc != STORE_OK)
        api_internal_error(r, "deleting the saved task");
    else
        http_reply_json(r, 200, render_saved(&t), NULL);
out:
    store_saved_free(&t);
    auth_who_free(&who);
}

void api_saved_run(http_req *r)
{
    auth_who who;
    store_saved t = {0};
    if (api_auth(r, &who) != 0) return;
    if (load_saved(r, &who, &t) != 0) goto out;
    store_task run;
    submit_row_of_saved(&t, util_now_ms(), &run);
    /* Run now by whoever asks, not by the key that saved it. */
    free(run.key_id);
    run.key_id = xstrdup(who.key_id);
    api_insert_task(r, &run);
    store_task_free(&run);
out:
    store_saved_free(&t);
    auth_who_free(&who);
}
