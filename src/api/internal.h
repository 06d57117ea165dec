/* internal.h -- helpers shared by the handler files of api/. */
#ifndef BAI_API_INTERNAL_H
#define BAI_API_INTERNAL_H

#include "api/api.h"
#include "auth/auth.h"

#define CTX(r) ((api_ctx *)http_ud(r))

/* Authenticate; on failure replies 401 {"error":"Unauthorized"} and
 * returns -1. */
int api_auth(http_req *r, auth_who *who);

/* Load the task named by path parameter 0, visible to who; on failure
 * replies (404 "Task not found" or 500) and returns -1. */
int api_load_task(http_req *r, const auth_who *who, store_task *t);

/* Unless who may use project, replies 400 naming it and returns -1. */
int api_check_project(http_req *r, const auth_who *who, const char *project);

/* Unless the request's Content-Type is JSON (or missing), replies 415 and
 * returns -1. */
int api_require_json(http_req *r);

/* Insert t (a new queued task) under the key's queue limit (and, for a new
 * session, the session limits) and answer 201 with the CreateTaskResponse
 * and Location; or 429 with Retry-After, or 500. A follow-up (t->session)
 * whose session ended or is none: 409; gone: 404. Borrows t. */
void api_insert_task(http_req *r, const store_task *t);

/* 500 {"error":"Internal server error"}; the reason goes to the server log. */
void api_internal_error(http_req *r, const char *what);

/* Slots serving the queue, for estimates. */
int api_workers(http_req *r);

/* The rendered GetTaskResponse of ended tasks (cache.c). get: 1 with a
 * copy of the body (malloc'ed) when id is kept and who may see it, -1 when
 * kept but not visible to who, 0 when not kept. put: keep t's body if t has
 * ended (anything else is ignored). Thread-safe. */
int api_cache_get(const char *id, const auth_who *who, char **body, size_t *len);
void api_cache_put(const store_task *t, const char *body, size_t len);

/* The base of URLs handed back: BROWSERAI_PUBLIC_URL, else the address the
 * request reached (never its Host header). Owned by r. */
const char *api_base_url(http_req *r);

void api_tasks_create(http_req *r);
void api_tasks_list(http_req *r);
void api_tasks_get(http_req *r);
void api_tasks_cancel(http_req *r);
void api_tasks_command(http_req *r);
void api_tasks_instructions(http_req *r);
/* Saved tasks (saved.c). */
void api_saved_create(http_req *r);
void api_saved_list(http_req *r);
void api_saved_get(http_req *r);
void api_saved_delete(http_req *r);
void api_saved_run(http_req *r);
void api_tasks_events(http_req *r);
void api_results_get(http_req *r);
void api_artifacts_get(http_req *r);
void api_projects_list(http_req *r);
/* The nodes sharing the store (nodes.c). */
void api_nodes_list(http_req *r);
void api_healthz(http_req *r);
void api_metrics(http_req *r);
void api_openapi(http_req *r);
/* The dashboard (web.c): GET / and GET /ui/{file}. */
void api_web_index(http_req *r);
void api_web_file(http_req *r);

#endif
