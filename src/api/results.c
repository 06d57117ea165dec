/* results.c -- a task's step results and the artifacts they point to. */
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "api/render.h"
#include "util/notify.h"

void api_results_get(http_req *r)
{
    auth_who who;
    store_task t = {0};
    if (api_auth(r, &who) != 0) return;
    if (api_load_task(r, &who, &t) == 0) {
        json_t *o = render_results(CTX(r)->st, &t, api_url_for, r);
        if (o) http_reply_json(r, 200, o, NULL);
        else api_internal_error(r, "reading the results");
    }
    store_task_free(&t);
    auth_who_free(&who);
}

/* How long a request waits for an artifact still being captured: the last
 * step's capture follows its task's end by tens of milliseconds. */
#define ARTIFACT_WAIT_MS 15000

/* Read an artifact, waiting while it is reserved but not written yet
 * (woken by the worker's notify on this node, polled for other nodes'). */
static int artifact_wait(store *st, const char *id, void **data, size_t *len, char **ctype,
                         char **task_id)
{
    int64_t until = util_mono_ms() + ARTIFACT_WAIT_MS;
    for (;;) {
        uint64_t gen = notify_gen();
        int rc = store_artifact_get(st, id, data, len, ctype, task_id);
        if (rc != STORE_EPENDING) return rc;
        int64_t left = until - util_mono_ms();
        if (left <= 0) return rc;
        notify_wait(gen, left < 100 ? (int)left : 100);
    }
}

/* A signed URL works alone (for <img> tags); without one, an API key that
 * sees the artifact's project works too. Anything else is 401, whether or not
 * the artifact exists, so ids cannot be probed. */
void api_artifacts_get(http_req *r)
{
    api_ctx *c = CTX(r);
    const char *id = http_param(r, 0);
    void *data = NULL;
    size_t len = 0;
    char *ctype = NULL, *task_id = NULL;
    auth_who who = {0};
    int signed_ok = api_artifact_verify(c->artifact_key, id, http_query(r, "exp"),
                                        http_query(r, "sig")) == 0;
    if (!signed_ok && !http_header(r, "Authorization")) {
        http_reply_error(r, 401, "Unauthorized", NULL);
        return;
    }
    if (!signed_ok && api_auth(r, &who) != 0) return;

    int rc = util_id_valid(id) ? artifact_wait(c->st, id, &data, &len, &ctype, &task_id)
                               : STORE_ENOTFOUND;
    if (rc == STORE_OK && !signed_ok) {
        store_task t = {0};
        rc = store_task_get(c->st, task_id, (const char *const *)who.projects, &t);
        store_task_free(&t);
    }
    if (rc == STORE_OK) {
        /* A snapshot is a stranger's page served from our origin: the
         * sandbox keeps its scripts from acting as us (no script, no same
         * origin), while it still renders for a person to read. */
        const char *hdr[] = {"Cache-Control", "private, max-age=3600",
                             "Content-Security-Policy", "sandbox", NULL};
        http_reply_bytes(r, 200, ctype, data, len, hdr);
    } else if (rc == STORE_ENOTFOUND) {
        http_reply_error(r, 404, "Not found", NULL);
    } else if (rc == STORE_EPENDING) {
        const char *hdr[] = {"Retry-After", "1", NULL};
        http_reply_json(r, 503, json_pack("{s:s}", "error", "The artifact is still being captured"),
                        hdr);
    } else {
        api_internal_error(r, "reading the artifact");
    }
    free(data);
    free(ctype);
    free(task_id);
    auth_who_free(&who);
}
