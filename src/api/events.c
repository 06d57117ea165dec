/* events.c -- GET /api/v1/tasks/{id}/events: the task's progress as
 * server-sent events.
 *
 * Events: "log" (one progress line), "step" (a TaskResult), "status" (the
 * GetTaskResponse whenever the status or phase changes) and "end" (the final
 * GetTaskResponse; then the stream closes). Every event's id is
 * "<logs sent>.<steps sent>", so a client reconnecting with Last-Event-ID
 * resumes exactly after what it saw. The stream re-reads the store on every
 * wake-up (local notify or a one-second tick), so it follows tasks run by
 * workers on other nodes too; between wake-ups it holds no thread (http.c
 * parks it). */
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "api/render.h"

typedef struct sse {
    store *st;
    char *id;
    int workers;
    int logs, steps; /* how many of each were sent */
    char *phase;     /* last status + phrase sent */
    int64_t last_write;
    char *base_url;
    char kid[AUTH_ID_LEN + 1]; /* the key the stream's artifact URLs are signed for */
    api_ctx *ctx;
} sse;

static void emit(sse *s, buf *out, const char *event, const char *data)
{
    buf_printf(out, "id: %d.%d\nevent: %s\n", s->logs, s->steps, event);
    /* A data field cannot hold a newline: each line gets its own field. */
    for (const char *p = data;;) {
        size_t n = strcspn(p, "\n");
        buf_puts(out, "data: ");
        buf_append(out, p, n);
        buf_puts(out, "\n");
        if (!p[n]) break;
        p += n + 1;
    }
    buf_puts(out, "\n");
}

static void emit_json(sse *s, buf *out, const char *event, json_t *o)
{
    char *text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    if (text) emit(s, out, event, text);
    free(text);
}

static char *sse_url(void *ud, const char *artifact_id)
{
    sse *s = ud;
    return api_artifact_url(s->ctx, s->base_url, artifact_id, s->kid);
}

/* One pass: send whatever is new. Returns 1 when the end was sent, -1 when
 * the task vanished or the store failed. */
static int catch_up(sse *s, buf *out)
{
    store_task t = {0};
    if (store_task_get(s->st, s->id, NULL, &t) != STORE_OK) return -1;
    char **lines = NULL;
    int n = 0;
    if (store_logs(s->st, s->id, s->logs, &lines, &n) == STORE_OK) {
        for (int i = 0; i < n; i++) {
            s->logs++;
            emit(s, out, "log", lines[i]);
        }
        store_strings_free(lines, n);
    }
    store_result *rs = NULL;
    if (store_results(s->st, s->id, s->steps, &rs, &n) == STORE_OK) {
        for (int i = 0; i < n; i++) {
            s->steps++;
            emit_json(s, out, "step", render_result(&rs[i], sse_url, s));
        }
        store_result_list_free(rs, n);
    }
    char *phrase = render_progress_phrase(&t);
    char *phase = xasprintf("%s %s", task_status_name(t.status), phrase);
    free(phrase);
    int rc = 0;
    if (!s->phase || strcmp(s->phase, phase) != 0) {
        free(s->phase);
        s->phase = phase;
        phase = NULL;
        json_t *o = render_task(s->st, &t, s->workers);
        if (o) emit_json(s, out, task_status_terminal(t.status) ? "end" : "status", o);
        rc = task_status_terminal(t.status);
    } else if (task_status_terminal(t.status)) {
        json_t *o = render_task(s->st, &t, s->workers);
        if (o) emit_json(s, out, "end", o);
        rc = 1;
    }
    free(phase);
    store_task_free(&t);
    return rc;
}

/* What is new since the last call, without waiting: nothing appended
 * parks the stream until news or the next tick (see http_reply_stream). */
static int sse_next(void *ud, buf *out)
{
    sse *s = ud;
    if (http_stopping()) return 1;
    int rc = catch_up(s, out);
    if (rc != 0 || out->len > 0) {
        s->last_write = util_mono_ms();
        return rc;
    }
    if (util_mono_ms() - s->last_write >= 15000) {
        /* A comment line keeps proxies and idle timers from closing us. */
        buf_puts(out, ": keep-alive\n\n");
        s->last_write = util_mono_ms();
    }
    return 0;
}

static void sse_done(void *ud)
{
    sse *s = ud;
    free(s->id);
    free(s->phase);
    free(s->base_url);
    free(s);
}

void api_tasks_events(http_req *r)
{
    auth_who who;
    store_task t = {0};
    if (api_auth(r, &who) != 0) return;
    if (api_load_task(r, &who, &t) != 0) goto out;
    sse *s = xcalloc(1, sizeof *s);
    s->ctx = CTX(r);
    s->st = CTX(r)->st;
    s->id = xstrdup(t.id);
    s->workers = api_workers(r);
    s->last_write = util_mono_ms();
    s->base_url = xstrdup(api_base_url(r));
    memcpy(s->kid, who.key_id, sizeof s->kid);
    const char *last = http_header(r, "Last-Event-ID");
    if (last) {
        char *dot = NULL;
        long a = strtol(last, &dot, 10), b = 0;
        if (dot && *dot == '.') b = strtol(dot + 1, NULL, 10);
        if (a > 0 && a < 1000000) s->logs = (int)a;
        if (b > 0 && b < 1000000) s->steps = (int)b;
    }
    http_reply_stream(r, "text/event-stream", sse_next, sse_done, s);
out:
    store_task_free(&t);
    auth_who_free(&who);
}
