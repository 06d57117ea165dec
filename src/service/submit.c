/* submit.c -- see submit.h. */
#include "service/submit.h"

#include <string.h>

#include "util/notify.h"
#include "util/util.h"

/* A new id, owned by the row. */
static char *new_id(void)
{
    char id[UTIL_ID_LEN];
    util_new_id(id);
    return xstrdup(id);
}

/* The row of instructions req sends, as the key key_id, in project, of type,
 * placed at geo (JSON text, taken over). */
static void row_of(const task_req *req, const char *key_id, const char *project, task_type type,
                   char *geo, store_task *out)
{
    char script_id[SCRIPT_ID_LEN];
    validate_script_id(type, req->instructions, script_id);
    *out = (store_task){.id = new_id(),
                        .project = xstrdup(project),
                        .key_id = xstrdup(key_id ? key_id : ""),
                        .type = type,
                        .status = TASK_QUEUED,
                        .instructions = json_dumps(req->instructions, JSON_COMPACT),
                        .geo = geo,
                        .inspect = req->inspect,
                        .timeout_s = req->timeout_s,
                        .script_id = xstrdup(script_id),
                        .step_count = (int)json_array_size(req->instructions),
                        .created_ms = util_now_ms()};
}

void submit_row_of_request(const task_req *req, const char *key_id, store_task *out)
{
    row_of(req, key_id, req->project, req->type, json_dumps(req->geo, JSON_COMPACT), out);
}

/* A follow-up runs in its session's project, type and place. */
void submit_row_of_followup(const store_task *session, const task_req *req, const char *key_id,
                            store_task *out)
{
    row_of(req, key_id, session->project, session->type, xstrdup(session->geo), out);
    out->awaitable = req->awaitable_given ? req->awaitable : 1;
    out->session = xstrdup(session->id);
}

void submit_row_of_saved(const store_saved *t, int64_t now, store_task *out)
{
    *out = (store_task){.id = new_id(),
                        .project = xstrdup(t->project),
                        .key_id = xstrdup(t->key_id ? t->key_id : ""),
                        .type = t->type,
                        .status = TASK_QUEUED,
                        .instructions = xstrdup(t->instructions),
                        .geo = xstrdup(t->geo),
                        .inspect = t->inspect,
                        .timeout_s = t->timeout_s,
                        .script_id = xstrdup(t->script_id),
                        .step_count = t->step_count,
                        .created_ms = now,
                        .saved_task = xstrdup(t->name)};
}

int submit_queue(store *st, const store_task *t, int max_queued)
{
    store_limits lim = {.max_queued = max_queued};
    return submit_queue_with(st, t, &lim);
}

int submit_queue_with(store *st, const store_task *t, const store_limits *lim)
{
    int rc = store_task_insert_with(st, t, lim);
    if (rc == STORE_OK) notify_bump();
    return rc;
}
