/* results.c -- a task's step results and the artifacts they point to. */
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "api/render.h"
#include "util/notify.h"

typedef struct url_for {
    http_req *r;
    const auth_who *who;
} url_for;

/* render_results' URL maker: artifact URLs signed for the asking key. */
static char *artifact_url(void *ud, const char *artifact_id)
{
    url_for *u = ud;
    return api_artifact_url(CTX(u->r), api_base_url(u->r), artifact_id, u->who->key_id);
}

void api_results_get(http_req *r)
{
    auth_who who;
    store_task t = {0};
    if (api_auth(r, &who) != 0) return;
    if (api_load_task(r, &who, &t) == 0) {
        url_for u = {r, &who};
        json_t *o = render_results(CTX(r)->st, &t, artifact_url, &u);
        if (o)
            http_reply_json(r, 200, o, NULL);
        else
            api_internal_error(r, "reading the results");
    }
    store_task_free(&t);
    auth_who_free(&who);
}

/* How long a request waits for an artifact still being captured: the last
 * step's capture follows its task's end by tens of milliseconds. */
#define ARTIFACT_WAIT_MS 15000
/* A worker on this node wakes the waiting request at once (notify); one on
 * another node is noticed by asking again this often. */
#define ARTIFACT_POLL_MS 100

/* A request for an artifact, kept while it waits for the capture. */
typedef struct artifact_req {
    int64_t until; /* util_mono_ms() to give up at */
    auth_who who;  /* the key asking, or the key a signed URL was made for */
} artifact_req;

static void artifact_req_free(void *p)
{
    artifact_req *a = p;
    auth_who_free(&a->who);
    free(a);
}

/* Answer with the artifact, or park the request while it is reserved but
 * not written yet; runs again when woken (http_wait). */
static void artifact_answer(http_req *r)
{
    api_ctx *c = CTX(r);
    artifact_req *a = http_state(r);
    const char *id = http_param(r, 0);
    void *data = NULL;
    size_t len = 0;
    char *ctype = NULL, *task_id = NULL;
    uint64_t gen = notify_gen();
    int rc = util_id_valid(id) ? store_artifact_get(c->st, id, &data, &len, &ctype, &task_id)
                               : STORE_ENOTFOUND;
    int64_t left = a->until - util_mono_ms();
    if (rc == STORE_EPENDING && left > 0 && !http_stopping()) {
        http_wait(r, gen, left < ARTIFACT_POLL_MS ? (int)left : ARTIFACT_POLL_MS, artifact_answer);
        goto out;
    }
    if (rc == STORE_OK) {
        store_task t = {0};
        rc = store_task_get(c->st, task_id, (const char *const *)a->who.projects, &t);
        store_task_free(&t);
    }
    if (rc == STORE_OK) {
        /* A snapshot is a stranger's page served from our origin: the
         * sandbox keeps its scripts from acting as us (no script, no same
         * origin), while it still renders for a person to read. */
        const char *hdr[] = {"Cache-Control", "private, max-age=3600", "Content-Security-Policy",
                             "sandbox", NULL};
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
out:
    free(data);
    free(ctype);
    free(task_id);
}

/* A signed URL works alone (for <img> tags) while the key it was made for
 * is active and sees the artifact's project; without one, an API key that
 * sees the artifact's project works too. Anything else is 401, whether or not
 * the artifact exists, so ids cannot be probed. */
void api_artifacts_get(http_req *r)
{
    api_ctx *c = CTX(r);
    const char *id = http_param(r, 0), *kid = http_query(r, "kid");
    artifact_req *a = xcalloc(1, sizeof *a);
    http_set_state(r, a, artifact_req_free);
    a->until = util_mono_ms() + ARTIFACT_WAIT_MS;
    /* A signed URL without kid is the bootstrap key's, which sees all. */
    int signed_ok =
        api_artifact_verify(c, id, http_query(r, "exp"), kid, http_query(r, "sig")) == 0 &&
        (!kid || auth_key_active(c->st, kid, &a->who) == 0);
    if (!signed_ok && !http_header(r, "Authorization")) {
        http_reply_error(r, 401, "Unauthorized", NULL);
        return;
    }
    if (!signed_ok && api_auth(r, &a->who) != 0) return;
    artifact_answer(r);
}
