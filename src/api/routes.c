/* routes.c -- the route table and what every handler shares: auth, loading a
 * visible task, the internal-error reply, artifact URL signing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/internal.h"
#include "api/render.h"

static const http_route routes[] = {
    {"POST", "/api/v1/tasks", api_tasks_create},
    {"GET", "/api/v1/tasks", api_tasks_list},
    {"GET", "/api/v1/tasks/*", api_tasks_get},
    {"POST", "/api/v1/tasks/*/cancel", api_tasks_cancel},
    {"POST", "/api/v1/tasks/*/command", api_tasks_command},
    {"POST", "/api/v1/tasks/*/instructions", api_tasks_instructions},
    {"GET", "/api/v1/tasks/*/events", api_tasks_events},
    {"GET", "/api/v1/results/*", api_results_get},
    {"GET", "/api/v1/artifacts/*", api_artifacts_get},
    {"GET", "/api/v1/projects", api_projects_list},
    {"GET", "/api/v1/nodes", api_nodes_list},
    {"POST", "/api/v1/saved_tasks", api_saved_create},
    {"GET", "/api/v1/saved_tasks", api_saved_list},
    {"GET", "/api/v1/saved_tasks/name/*", api_saved_get},
    {"DELETE", "/api/v1/saved_tasks/name/*", api_saved_delete},
    {"POST", "/api/v1/saved_tasks/name/*/run", api_saved_run},
    {"GET", "/api/v1/openapi.yaml", api_openapi},
    {"GET", "/healthz", api_healthz},
    {"GET", "/metrics", api_metrics},
    {"GET", "/", api_web_index},
    {"GET", "/ui/*", api_web_file},
    {NULL, NULL, NULL},
};

const http_route *api_routes(void)
{
    return routes;
}

int api_require_json(http_req *r)
{
    /* A missing Content-Type is taken as JSON so that the simplest clients
     * work. */
    const char *ct = http_header(r, "Content-Type");
    if (!ct) return 0;
    while (*ct == ' ')
        ct++;
    size_t n = strcspn(ct, "; ");
    if (n == 16 && strncasecmp(ct, "application/json", 16) == 0) return 0;
    http_reply_error(r, 415, "Unsupported media type",
                     json_pack("[s]", "Content-Type: must be application/json"));
    return -1;
}

int api_check_project(http_req *r, const auth_who *who, const char *project)
{
    if (auth_may_see(who, project)) return 0;
    char line[160];
    snprintf(line, sizeof line, "project: this API key may not use project \"%s\"", project);
    http_reply_error(r, 400, "Invalid request", json_pack("[s]", line));
    return -1;
}

int api_auth(http_req *r, auth_who *who)
{
    api_ctx *c = CTX(r);
    size_t len;
    const char *tok = auth_parse_header(http_header(r, "Authorization"), &len);
    if (tok && auth_check(c->st, *c->bootstrap_hash ? c->bootstrap_hash : NULL, tok, len, who) == 0)
        return 0;
    http_reply_error(r, 401, "Unauthorized", NULL);
    return -1;
}

void api_internal_error(http_req *r, const char *what)
{
    fprintf(stderr, "browserai: %s %s: %s failed\n", http_method(r), http_path(r), what);
    http_reply_error(r, 500, "Internal server error", NULL);
}

int api_load_task(http_req *r, const auth_who *who, store_task *t)
{
    const char *id = http_param(r, 0);
    /* Malformed ids cannot exist: answer without asking the store. */
    int rc = util_id_valid(id)
                 ? store_task_get(CTX(r)->st, id, (const char *const *)who->projects, t)
                 : STORE_ENOTFOUND;
    if (rc == STORE_OK) return 0;
    if (rc == STORE_ENOTFOUND)
        http_reply_error(r, 404, "Task not found", NULL);
    else
        api_internal_error(r, "reading the task");
    return -1;
}

int api_workers(http_req *r)
{
    return CTX(r)->cfg->workers > 0 ? (int)CTX(r)->cfg->workers : 1;
}

/* The characters of an API key id (util_random_b32). */
#define KEY_ID_CHARS "0123456789abcdefghjkmnpqrstvwxyz"

/* The signature binds the URL to the key it was made for: the key's id, or
 * the bootstrap key's hash, so that revoking the key (or replacing the
 * bootstrap key) ends its URLs. -1 when there is nothing to bind to. */
static int sign(const api_ctx *c, const char *id, const char *exp, const char *kid,
                char out[UTIL_SHA256_HEX])
{
    if (!kid || !*kid) {
        if (!*c->bootstrap_hash) return -1;
        kid = c->bootstrap_hash;
    } else if (strlen(kid) != AUTH_ID_LEN || strspn(kid, KEY_ID_CHARS) != AUTH_ID_LEN) {
        return -1;
    }
    char *msg = xasprintf("%s:%s:%s", id, exp, kid);
    util_hmac_hex(c->artifact_key, strlen(c->artifact_key), msg, strlen(msg), out);
    free(msg);
    return 0;
}

char *api_artifact_url(const api_ctx *c, const char *base, const char *id, const char *kid)
{
    char exp[32], sig[UTIL_SHA256_HEX];
    /* Round expiry up to the minute so repeated reads give the same URL,
     * which lets browsers cache the image. */
    long long e = (util_now_ms() / 1000 + c->cfg->artifact_ttl + 59) / 60 * 60;
    snprintf(exp, sizeof exp, "%lld", e);
    if (sign(c, id, exp, kid, sig) != 0) return NULL;
    if (kid && *kid)
        return xasprintf("%s/api/v1/artifacts/%s?exp=%s&kid=%s&sig=%s", base, id, exp, kid, sig);
    return xasprintf("%s/api/v1/artifacts/%s?exp=%s&sig=%s", base, id, exp, sig);
}

int api_artifact_verify(const api_ctx *c, const char *id, const char *exp, const char *kid,
                        const char *sig)
{
    long e;
    char want[UTIL_SHA256_HEX];
    if (!exp || !sig || strlen(sig) != UTIL_SHA256_HEX - 1 ||
        util_parse_long(exp, 0, 99999999999L, &e) != 0 || e < util_now_ms() / 1000 ||
        sign(c, id, exp, kid, want) != 0)
        return -1;
    return util_ct_equal(want, sig, UTIL_SHA256_HEX - 1) ? 0 : -1;
}

const char *api_base_url(http_req *r)
{
    api_ctx *c = CTX(r);
    return *c->cfg->public_url ? c->cfg->public_url : http_base_url(r);
}
