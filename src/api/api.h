/* api.h -- the handlers of the contract (docs/api/openapi.yaml) and their
 * route table.
 *
 * Seed endpoints: POST /api/v1/tasks, GET /api/v1/tasks/{id},
 * GET /api/v1/results/{id}. Vendor endpoints its own clients use: the stop
 * command (POST /api/v1/tasks/{id}/command) and saved tasks (saved.c).
 * Extensions: task list, cancel, SSE events,
 * signed artifacts, projects, /healthz, /metrics, /api/v1/openapi.yaml.
 * Handlers run on libmicrohttpd's connection threads and share one api_ctx,
 * which is read-only after start. */
#ifndef BAI_API_H
#define BAI_API_H

#include "config.h"
#include "http/http.h"
#include "store/store.h"
#include "util/util.h"
#include "worker/worker.h"

typedef struct api_ctx {
    store *st;
    const config *cfg;
    engine *eng;                          /* NULL on an API-only node */
    char bootstrap_hash[UTIL_SHA256_HEX]; /* "" when no bootstrap key */
    char *artifact_key;                   /* HMAC key of artifact URLs */
    int64_t started_ms;
    char node[128];   /* this node's name, /metrics' node label */
    const char *role; /* "serve", "api" (no workers) or "worker" */
} api_ctx;

/* The route table (ended by an all-NULL entry); http_ud() is the api_ctx. */
const http_route *api_routes(void);
/* The routes of a worker node that was given an address: /healthz and
 * /metrics only (ended by an all-NULL entry). */
const http_route *api_node_routes(void);

/* Signed URL of an artifact: base + /api/v1/artifacts/ID?exp=..[&kid=..]&sig=..
 * valid for the configured TTL, for API key kid ("" or NULL: the bootstrap
 * key). The signature covers the key, so the URL stops working when the key
 * is revoked (api_artifact_verify + auth_key_active). Malloc'ed; NULL when
 * kid is not a key id, or is empty without a bootstrap key. */
char *api_artifact_url(const api_ctx *c, const char *base, const char *id, const char *kid);
/* 0 when sig is the valid signature of id, exp and kid (as made by
 * api_artifact_url) and exp is in the future. The caller still checks that
 * key kid is active and sees the artifact. */
int api_artifact_verify(const api_ctx *c, const char *id, const char *exp, const char *kid,
                        const char *sig);

/* The contract, embedded at build time. */
extern const char api_openapi_yaml[];
extern const char api_openapi_yaml_end[];

#endif
