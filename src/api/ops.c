/* ops.c -- what operators and dashboards read: projects with counts,
 * /healthz, /metrics and the contract itself. */
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"
#include "metrics.h"

void api_projects_list(http_req *r)
{
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    store_project *ps = NULL;
    int n = 0;
    if (store_projects(CTX(r)->st, (const char *const *)who.projects, &ps, &n) != STORE_OK) {
        api_internal_error(r, "listing projects");
        auth_who_free(&who);
        return;
    }
    json_t *arr = json_array();
    for (int i = 0; i < n; i++) {
        json_t *counts = json_object();
        for (int s = 0; s < TASK_STATUS_COUNT; s++)
            json_object_set_new(counts, task_status_name((task_status)s),
                                json_integer(ps[i].counts[s]));
        json_array_append_new(arr, json_pack("{s:s, s:o}", "name", ps[i].name, "counts", counts));
    }
    store_project_list_free(ps, n);
    http_reply_json(r, 200, json_pack("{s:o}", "projects", arr), NULL);
    auth_who_free(&who);
}

void api_healthz(http_req *r)
{
    api_ctx *c = CTX(r);
    int64_t counts[TASK_STATUS_COUNT];
    int ok = store_task_counts(c->st, counts) == STORE_OK;
    json_t *o =
        json_pack("{s:s, s:b, s:I, s:i, s:i}", "status", ok ? "ok" : "degraded", "store", ok,
                  "uptime_s", (json_int_t)((util_now_ms() - c->started_ms) / 1000), "workers",
                  (int)c->cfg->workers, "busy", c->eng ? engine_busy(c->eng) : 0);
    http_reply_json(r, ok ? 200 : 503, o, NULL);
}

struct http_lines {
    buf *b;
    const char *node;
};

static void http_line(void *ud, const char *route, int status, uint64_t n)
{
    struct http_lines *l = ud;
    buf_printf(l->b, "browserai_http_requests_total{node=\"%s\",route=\"%s\",code=\"%d\"} %llu\n",
               l->node, route, status, (unsigned long long)n);
}

void api_metrics(http_req *r)
{
    api_ctx *c = CTX(r);
    int64_t counts[TASK_STATUS_COUNT] = {0};
    buf b = {0};
    if (store_task_counts(c->st, counts) != STORE_OK) {
        api_internal_error(r, "counting tasks");
        return;
    }
    buf_puts(&b, "# HELP browserai_tasks Tasks in the store by status.\n"
                 "# TYPE browserai_tasks gauge\n");
    for (int s = 0; s < TASK_STATUS_COUNT; s++)
        buf_printf(&b, "browserai_tasks{status=\"%s\"} %lld\n", task_status_name((task_status)s),
                   (long long)counts[s]);
    buf_printf(&b,
               "# HELP browserai_queue_depth Tasks waiting for a worker.\n"
               "# TYPE browserai_queue_depth gauge\nbrowserai_queue_depth %lld\n",
               (long long)counts[TASK_QUEUED]);
    /* The store's counts above are the cluster's; what follows is this
     * node's, labelled with its name. */
    buf_printf(&b,
               "# HELP browserai_node Nodes: this one, its role and worker slots.\n"
               "# TYPE browserai_node gauge\n"
               "browserai_node{node=\"%s\",role=\"%s\",slots=\"%d\"} 1\n",
               c->node, c->role ? c->role : "serve", c->eng ? (int)c->cfg->workers : 0);
    buf_printf(&b,
               "# HELP browserai_workers_busy Worker slots of this node running a task.\n"
               "# TYPE browserai_workers_busy gauge\nbrowserai_workers_busy{node=\"%s\"} %d\n",
               c->node, c->eng ? engine_busy(c->eng) : 0);
    int browsers = 0, prepared = 0;
    if (c->eng) engine_pool(c->eng, &browsers, &prepared);
    buf_printf(&b,
               "# HELP browserai_browsers Chromium processes of this node in service.\n"
               "# TYPE browserai_browsers gauge\nbrowserai_browsers{node=\"%s\"} %d\n"
               "# HELP browserai_pages_prepared Browser contexts opened ahead of the next "
               "tasks.\n# TYPE browserai_pages_prepared gauge\n"
               "browserai_pages_prepared{node=\"%s\"} %d\n",
               c->node, browsers, c->node, prepared);
    metrics_write_durations(&b);
    if (metrics_write_keys(&b, c->st, (int)c->cfg->running_per_key) != STORE_OK) {
        buf_free(&b);
        api_internal_error(r, "counting tasks per key");
        return;
    }
    buf_puts(&b, "# HELP browserai_http_requests_total HTTP replies by route and status.\n"
                 "# TYPE browserai_http_requests_total counter\n");
    struct http_lines lines = {&b, c->node};
    http_metrics_each(http_line, &lines);
    http_reply_bytes(r, 200, "text/plain; version=0.0.4; charset=utf-8", b.s, b.len, NULL);
    buf_free(&b);
}

static const http_route node_routes[] = {
    {"GET", "/healthz", api_healthz},
    {"GET", "/metrics", api_metrics},
    {NULL, NULL, NULL},
};

const http_route *api_node_routes(void)
{
    return node_routes;
}

void api_openapi(http_req *r)
{
    http_reply_bytes(r, 200, "application/yaml", api_openapi_yaml,
                     (size_t)(api_openapi_yaml_end - api_openapi_yaml), NULL);
}
