/* store.c -- the backend-independent half of the store: names of statuses and
 * types, destructors of the structs the store fills, store_open's choice of
 * backend, and the public calls, which check their arguments once and then
 * go through the handle's ops table (backend.h). */
#include "store/store.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/backend.h"
#include "util/util.h"

/* ---- names -------------------------------------------------------------- */

static const char *const status_names[TASK_STATUS_COUNT] = {
    [TASK_QUEUED] = "queued", [TASK_RUNNING] = "running", [TASK_FINALIZED] = "finalized",
    [TASK_FAILED] = "failed", [TASK_STOPPED] = "stopped", [TASK_AWAITING] = "awaiting",
};

static const char *const type_names[TASK_TYPE_COUNT] = {
    [TASK_CRAWLER] = "crawler_automation",
    [TASK_SCRIPT] = "script_automation",
};

static const char *const reason_names[TASK_REASON_COUNT] = {
    [TASK_REASON_NONE] = "",
    [TASK_REASON_ERROR] = "error",
    [TASK_REASON_TIMEOUT] = "timeout",
    [TASK_REASON_STOPPED] = "stopped",
    [TASK_REASON_BROWSER] = "browser",
    [TASK_REASON_LOST] = "lost",
    [TASK_REASON_SESSION_LOST] = "session_lost",
};

/* The earlier status words, still taken by list filters. */
static const struct {
    const char *word;
    task_status status;
    task_reason reason;
} former_words[] = {
    {"completed", TASK_FINALIZED, TASK_REASON_NONE},
    {"cancelled", TASK_STOPPED, TASK_REASON_NONE},
    {"timed_out", TASK_FAILED, TASK_REASON_TIMEOUT},
};

static int name_index(const char *const *names, int count, const char *s)
{
    if (!s) return -1;
    for (int i = 0; i < count; i++)
        if (strcmp(names[i], s) == 0) return i;
    return -1;
}

const char *task_status_name(task_status s)
{
    if ((unsigned)s >= TASK_STATUS_COUNT) return "unknown";
    return status_names[s];
}

const char *task_type_name(task_type t)
{
    if ((unsigned)t >= TASK_TYPE_COUNT) return "unknown";
    return type_names[t];
}

const char *task_reason_name(task_reason r)
{
    if (r == TASK_REASON_NONE || (unsigned)r >= TASK_REASON_COUNT) return NULL;
    return reason_names[r];
}

int task_status_parse(const char *s)
{
    return name_index(status_names, TASK_STATUS_COUNT, s);
}

int task_type_parse(const char *s)
{
    if (s && strcmp(s, "natural_language") == 0) return TASK_CRAWLER;
    return name_index(type_names, TASK_TYPE_COUNT, s);
}

int task_reason_parse(const char *s)
{
    if (!s || !*s) return -1;
    return name_index(reason_names, TASK_REASON_COUNT, s);
}

int task_status_parse_filter(const char *s, task_reason *reason)
{
    int st = task_status_parse(s);
    *reason = TASK_REASON_NONE;
    if (st >= 0 || !s) return st;
    for (size_t i = 0; i < sizeof former_words / sizeof former_words[0]; i++)
        if (strcmp(former_words[i].word, s) == 0) {
            *reason = former_words[i].reason;
            return (int)former_words[i].status;
        }
    return -1;
}

int task_status_terminal(task_status s)
{
    return s == TASK_FINALIZED || s == TASK_FAILED || s == TASK_STOPPED;
}

int store_project_visible(const char *const *list, const char *project)
{
    if (!list) return 1;
    if (!project) return 0;
    for (; *list; list++)
        if (strcmp(*list, project) == 0) return 1;
    return 0;
}

/* ---- destructors -------------------------------------------------------- */

void store_task_free(store_task *t)
{
    if (!t) return;
    free(t->id);
    free(t->project);
    free(t->key_id);
    free(t->instructions);
    free(t->geo);
    free(t->script_id);
    free(t->progress);
    free(t->error);
    free(t->result);
    free(t->saved_task);
    free(t->worker);
    free(t->session);
    memset(t, 0, sizeof *t);
}

void store_task_list_free(store_task *tasks, int n)
{
    if (!tasks) return;
    for (int i = 0; i < n; i++)
        store_task_free(&tasks[i]);
    free(tasks);
}

void store_strings_free(char **v, int n)
{
    if (!v) return;
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void store_result_free(store_result *r)
{
    if (!r) return;
    free(r->model_output);
    free(r->result);
    free(r->state);
    free(r->metadata);
    free(r->screenshot_id);
    free(r->html_id);
    free(r->console_id);
    memset(r, 0, sizeof *r);
}

void store_result_list_free(store_result *r, int n)
{
    if (!r) return;
    for (int i = 0; i < n; i++)
        store_result_free(&r[i]);
    free(r);
}

void store_key_free(store_key *k)
{
    if (!k) return;
    free(k->id);
    free(k->hash);
    free(k->projects);
    memset(k, 0, sizeof *k);
}

void store_key_list_free(store_key *k, int n)
{
    if (!k) return;
    for (int i = 0; i < n; i++)
        store_key_free(&k[i]);
    free(k);
}

void store_node_free(store_node *n)
{
    if (!n) return;
    free(n->name);
    free(n->role);
    free(n->version);
    memset(n, 0, sizeof *n);
}

void store_node_list_free(store_node *v, int n)
{
    if (!v) return;
    for (int i = 0; i < n; i++)
        store_node_free(&v[i]);
    free(v);
}

void store_project_list_free(store_project *p, int n)
{
    if (!p) return;
    for (int i = 0; i < n; i++)
        free(p[i].name);
    free(p);
}

/* ---- open and close ----------------------------------------------------- */

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* A URL has a scheme of letters followed by "://"; anything else is a path,
 * so that a file name containing ':' still works. */
static int looks_like_url(const char *s)
{
    const char *p = s;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
        p++;
    return p > s && strncmp(p, "://", 3) == 0;
}

int store_open(const char *url, store **out, char *err, size_t errlen)
{
    const char *path = url;

    if (!url || !*url) {
        snprintf(err, errlen, "store: no store URL given");
        return STORE_EDB;
    }
    if (has_prefix(url, "postgres://") || has_prefix(url, "postgresql://"))
        return store_postgres_open(url, out, err, errlen);
    if (has_prefix(url, "sqlite:"))
        path = url + strlen("sqlite:");
    else if (looks_like_url(url)) {
        snprintf(err, errlen, "store: unknown store URL scheme in \"%s\"", url);
        return STORE_EDB;
    }
    if (!*path) {
        snprintf(err, errlen, "store: empty SQLite path in \"%s\"", url);
        return STORE_EDB;
    }
    return store_sqlite_open(path, out, err, errlen);
}

void store_stopping(store *s)
{
    if (s && s->ops->stopping) s->ops->stopping(s);
}

void store_close(store *s)
{
    if (s) s->ops->close(s);
}

/* ---- public calls ------------------------------------------------------- */

int store_task_insert(store *s, const store_task *t, int max_queued)
{
    store_limits lim = {.max_queued = max_queued};
    return store_task_insert_with(s, t, &lim);
}

int store_task_insert_with(store *s, const store_task *t, const store_limits *lim)
{
    if (!t->id || !t->project) {
        fprintf(stderr, "store: task_insert: a task needs an id and a project\n");
        return STORE_EDB;
    }
    return s->ops->task_insert(s, t, lim);
}

int store_task_get(store *s, const char *id, const char *const *projects, store_task *out)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->task_get(s, id, projects, out);
}

int store_task_list(store *s, const store_task_filter *f, store_task **out, int *n)
{
    return s->ops->task_list(s, f, out, n);
}

void store_set_running_per_key(store *s, int n)
{
    s->running_per_key = n > 0 ? n : 0;
}

int store_task_claim(store *s, const char *worker, int64_t lease_ms, store_task *out)
{
    return store_task_claim_with(s, worker, lease_ms, 1, out);
}

/* The node of worker: up to and including its last '/'. */
static int worker_node(const char *worker, char node[256])
{
    const char *slash = worker ? strrchr(worker, '/') : NULL;
    size_t n = slash ? (size_t)(slash - worker) + 1 : (worker ? strlen(worker) : 0);

    if (!worker || n >= 256) {
        fprintf(stderr, "store: task_claim: a worker name of at most 255 bytes is needed\n");
        return STORE_EDB;
    }
    memcpy(node, worker, n);
    node[n] = '\0';
    return STORE_OK;
}

int store_task_claim_with(store *s, const char *worker, int64_t lease_ms, int sessions_ok,
                          store_task *out)
{
    char node[256];
    if (worker_node(worker, node) != STORE_OK) return STORE_EDB;
    return s->ops->task_claim(s, worker, node, lease_ms, sessions_ok, out);
}

int store_task_renew(store *s, const char *id, const char *worker, int64_t lease_ms)
{
    if (!id || !worker) return STORE_ECONFLICT;
    return s->ops->task_renew(s, id, worker, lease_ms);
}

int store_task_release(store *s, const char *id, const char *worker, const char *msg)
{
    if (!id || !worker) return STORE_ECONFLICT;
    return s->ops->task_release(s, id, worker, msg);
}

/* Text the store keeps is valid UTF-8: PostgreSQL refuses anything else,
 * and the API could not render it as JSON. A message cut to a buffer's size
 * can end inside a character (an agent's error quoting an emoji), so what
 * comes in is repaired here, for every caller; a copy (in *own, to free)
 * only when it needs one. */
static const char *utf8_in(const char *text, char **own)
{
    *own = NULL;
    if (!text || util_utf8_valid(text, strlen(text))) return text;
    *own = xstrdup(text);
    util_utf8_scrub(*own);
    return *own;
}

/* Frees what utf8_in() copied. */
static void utf8_done(char **own, int n)
{
    for (int i = 0; i < n; i++)
        free(own[i]);
}

int store_task_progress(store *s, const char *id, const char *worker, const char *phrase)
{
    if (!id || !worker) return STORE_ECONFLICT;
    char *own[1];
    int rc = s->ops->task_progress(s, id, worker, utf8_in(phrase, &own[0]));
    utf8_done(own, 1);
    return rc;
}

/* The reason stored with status st: none unless failed or stopped, and
 * then one (error or stopped when the caller gave none). */
static task_reason end_reason(task_status st, task_reason reason)
{
    if (st != TASK_FAILED && st != TASK_STOPPED) return TASK_REASON_NONE;
    if (reason == TASK_REASON_NONE || (unsigned)reason >= TASK_REASON_COUNT)
        return st == TASK_FAILED ? TASK_REASON_ERROR : TASK_REASON_STOPPED;
    return reason;
}

int store_task_end(store *s, const char *id, const char *worker, task_status st, task_reason reason,
                   const char *phrase, const char *error, const char *result, const char *msg)
{
    if (st != TASK_FINALIZED && st != TASK_FAILED && st != TASK_STOPPED) {
        /* A caller bug, not a state of the row: say so loudly. */
        fprintf(stderr, "store: task_end: status %d is not terminal\n", (int)st);
        return STORE_EDB;
    }
    reason = end_reason(st, reason);
    if (!id || !worker) return STORE_ECONFLICT;
    char *own[4];
    int rc = s->ops->task_finish(s, id, worker, st, reason, utf8_in(phrase, &own[0]),
                                 utf8_in(error, &own[1]), utf8_in(result, &own[2]),
                                 utf8_in(msg, &own[3]));
    utf8_done(own, 4);
    return rc;
}

int store_task_end_claim(store *s, const char *id, const char *worker, task_status st,
                         task_reason reason, const char *phrase, const char *error,
                         const char *result, const char *msg, const char *next, int64_t lease_ms,
                         int sessions_ok, store_task *out, int *claim_rc)
{
    char node[256];
    if (!s->ops->task_finish_claim || !id || !worker ||
        (st != TASK_FINALIZED && st != TASK_FAILED && st != TASK_STOPPED) ||
        worker_node(next, node) != STORE_OK) {
        int rc = store_task_end(s, id, worker, st, reason, phrase, error, result, msg);
        *claim_rc = store_task_claim_with(s, next, lease_ms, sessions_ok, out);
        return rc;
    }
    char *own[4];
    int rc = s->ops->task_finish_claim(s, id, worker, st, end_reason(st, reason),
                                       utf8_in(phrase, &own[0]), utf8_in(error, &own[1]),
                                       utf8_in(result, &own[2]), utf8_in(msg, &own[3]), next, node,
                                       lease_ms, sessions_ok, out, claim_rc);
    utf8_done(own, 4);
    return rc;
}

int store_task_await(store *s, const char *id, const char *worker, const char *phrase,
                     const char *result, const char *msg)
{
    if (!id || !worker) return STORE_ECONFLICT;
    char *own[3];
    int rc = s->ops->task_await(s, id, worker, utf8_in(phrase, &own[0]), utf8_in(result, &own[1]),
                                utf8_in(msg, &own[2]));
    utf8_done(own, 3);
    return rc;
}

int store_session_set(store *s, const char *id, const char *worker, task_status st,
                      task_reason reason, const char *error, const char *msg, int if_idle)
{
    if (st != TASK_AWAITING && !task_status_terminal(st)) {
        fprintf(stderr, "store: session_set: status %d is neither awaiting nor an end\n", (int)st);
        return STORE_EDB;
    }
    reason = end_reason(st, reason);
    if (!id || !worker) return STORE_ECONFLICT;
    char *own[2];
    int rc = s->ops->session_set(s, id, worker, st, reason, utf8_in(error, &own[0]),
                                 utf8_in(msg, &own[1]), if_idle);
    utf8_done(own, 2);
    return rc;
}

int store_task_cancel(store *s, const char *id, const char *const *projects, const char *reason)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->task_cancel(s, id, projects, reason ? reason : "stopped by request");
}

int store_requeue_expired(store *s, int max_attempts, int *n)
{
    int dummy;
    /* max_attempts < 1 would fail tasks that never got a try. */
    return s->ops->requeue_expired(s, max_attempts < 1 ? 1 : max_attempts, n ? n : &dummy);
}

int store_task_counts(store *s, int64_t counts[TASK_STATUS_COUNT])
{
    return s->ops->task_counts(s, counts);
}

int store_key_loads(store *s, store_key_load **out, int *n)
{
    return s->ops->key_loads(s, out, n);
}

void store_key_load_free(store_key_load *l, int n)
{
    for (int i = 0; l && i < n; i++)
        free(l[i].key_id);
    free(l);
}

int store_recent_duration(store *s, task_type type, int step_count, int window, int64_t *ms)
{
    return s->ops->recent_duration(s, type, step_count, window < 1 ? 1 : window, ms);
}

int store_log_append(store *s, const char *task_id, const char *worker, const char *line)
{
    if (!task_id) return STORE_ENOTFOUND;
    char *own[1];
    int rc = s->ops->log_append(s, task_id, worker, utf8_in(line ? line : "", &own[0]));
    utf8_done(own, 1);
    return rc;
}

int store_logs(store *s, const char *task_id, int from, char ***lines, int *n)
{
    return s->ops->logs(s, task_id ? task_id : "", from < 0 ? 0 : from, lines, n);
}

int store_result_put(store *s, const char *task_id, const char *worker, const store_result *r)
{
    if (!task_id) return STORE_ENOTFOUND;
    char *own[4];
    store_result clean = *r;
    clean.model_output = (char *)utf8_in(r->model_output, &own[0]);
    clean.result = (char *)utf8_in(r->result, &own[1]);
    clean.state = (char *)utf8_in(r->state, &own[2]);
    clean.metadata = (char *)utf8_in(r->metadata, &own[3]);
    int rc = s->ops->result_put(s, task_id, worker, &clean);
    utf8_done(own, 4);
    return rc;
}

int store_results(store *s, const char *task_id, int from, store_result **out, int *n)
{
    return s->ops->results(s, task_id ? task_id : "", from < 0 ? 0 : from, out, n);
}

int store_results_truncate(store *s, const char *task_id, const char *worker, int from)
{
    if (!task_id) return STORE_OK;
    return s->ops->results_truncate(s, task_id, worker, from < 0 ? 0 : from);
}

int store_artifact_put(store *s, const char *task_id, const char *worker, const char *content_type,
                       const void *data, size_t len, char *id_out)
{
    return s->ops->artifact_put(s, task_id, worker, content_type, data, len, id_out);
}

int store_artifact_fill(store *s, const char *id, const char *worker, const void *data, size_t len)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->artifact_fill(s, id, worker, data, len);
}

int store_artifact_get(store *s, const char *id, void **data, size_t *len, char **content_type,
                       char **task_id)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->artifact_get(s, id, data, len, content_type, task_id);
}

int store_key_insert(store *s, const store_key *k)
{
    if (!k->id || !k->hash) {
        fprintf(stderr, "store: key_insert: a key needs an id and a hash\n");
        return STORE_EDB;
    }
    return s->ops->key_insert(s, k);
}

int store_key_get(store *s, const char *id, store_key *out)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->key_get(s, id, out);
}

int store_key_list(store *s, store_key **out, int *n)
{
    return s->ops->key_list(s, out, n);
}

int store_key_revoke(store *s, const char *id)
{
    if (!id) return STORE_ENOTFOUND;
    return s->ops->key_revoke(s, id);
}

int store_key_count(store *s, int *n)
{
    return s->ops->key_count(s, n);
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The list sorted by name without duplicates, as the result must be;
 * NULL-terminated. */
static const char **sorted_names(const char *const *list)
{
    size_t count = 0, out = 0;
    const char **v;

    while (list[count])
        count++;
    v = xcalloc(count + 1, sizeof *v);
    memcpy(v, list, count * sizeof *v);
    qsort(v, count, sizeof *v, cmp_str);
    for (size_t i = 0; i < count; i++)
        if (out == 0 || strcmp(v[out - 1], v[i]) != 0) v[out++] = v[i];
    v[out] = NULL;
    return v;
}

int store_projects(store *s, const char *const *projects, store_project **out, int *n)
{
    const char **names = projects ? sorted_names(projects) : NULL;
    int rc = s->ops->projects(s, names, out, n);

    free(names);
    return rc;
}

void store_node_self(store *s, const char *name, const char *role, const char *version,
                     int64_t started_ms, int slots)
{
    util_strlcpy(s->self_name, name ? name : "", sizeof s->self_name);
    util_strlcpy(s->self_role, role ? role : "", sizeof s->self_role);
    util_strlcpy(s->self_version, version ? version : "", sizeof s->self_version);
    s->self_started_ms = started_ms;
    s->self_slots = slots;
}

int store_node_beat(store *s, int busy)
{
    int64_t now = util_now_ms();
    store_node n = {.name = s->self_name,
                    .role = s->self_role,
                    .slots = s->self_slots,
                    .busy = busy < 0 ? 0 : busy,
                    .version = s->self_version,
                    .started_ms = s->self_started_ms,
                    .seen_ms = now};

    if (!*s->self_name) return STORE_OK;
    return s->ops->node_put(s, &n, busy < 0, now - STORE_NODE_GONE_MS);
}

int store_node_put(store *s, const store_node *n, int keep_busy, int64_t gone_before_ms)
{
    if (!n->name || !*n->name || !n->role || !n->version) return STORE_EDB;
    return s->ops->node_put(s, n, keep_busy, gone_before_ms);
}

int store_node_list(store *s, int64_t seen_after_ms, store_node **out, int *n)
{
    *out = NULL;
    *n = 0;
    return s->ops->node_list(s, seen_after_ms, out, n);
}

int store_job_lease(store *s, const char *job, const char *holder, int64_t ttl_ms)
{
    char name[128];
    int64_t now = util_now_ms();

    if (!job || !holder || !*holder || strchr(holder, ' ')) {
        fprintf(stderr, "store: job_lease: a job and a holder without spaces are needed\n");
        return STORE_EDB;
    }
    snprintf(name, sizeof name, "job:%s", job);
    return s->ops->job_lease(s, name, holder, now, now + (ttl_ms > 0 ? ttl_ms : 0));
}

int store_sweep(store *s, int64_t ended_before_ms, int *tasks, int *artifacts)
{
    int t = 0, a = 0;
    int rc = s->ops->sweep(s, ended_before_ms, util_now_ms() - STORE_ARTIFACT_PENDING_MS, &t, &a);

    if (rc == STORE_OK && tasks) *tasks = t;
    if (rc == STORE_OK && artifacts) *artifacts = a;
    return rc;
}

int store_setting_get_or_put(store *s, const char *name, const char *value, char **out)
{
    if (!name) return STORE_ENOTFOUND;
    return s->ops->setting_get_or_put(s, name, value ? value : "", out);
}

/* ---- what the backends share -------------------------------------------- */

static char *row_str(const store_row *r, int col)
{
    return xstrdup(r->text(r, col));
}

static int row_int(const store_row *r, int col)
{
    return (int)r->i64(r, col);
}

void store_task_from_row(store_task *t, const store_row *r)
{
    int reason = task_reason_parse(r->text(r, 20));

    t->id = row_str(r, 0);
    t->project = row_str(r, 1);
    t->key_id = row_str(r, 2);
    t->type = (task_type)row_int(r, 3);
    t->status = (task_status)row_int(r, 4);
    t->instructions = row_str(r, 5);
    t->geo = row_str(r, 6);
    t->inspect = row_int(r, 7);
    t->timeout_s = row_int(r, 8);
    t->script_id = row_str(r, 9);
    t->step_count = row_int(r, 10);
    t->created_ms = r->i64(r, 11);
    t->started_ms = r->i64(r, 12);
    t->completed_ms = r->i64(r, 13);
    t->progress = row_str(r, 14);
    t->error = row_str(r, 15);
    t->result = row_str(r, 16);
    t->attempts = row_int(r, 17);
    t->worker = row_str(r, 18);
    t->lease_until_ms = r->i64(r, 19);
    t->reason = reason < 0 ? TASK_REASON_NONE : (task_reason)reason;
    t->saved_task = row_str(r, 21);
    t->awaitable = row_int(r, 22);
    t->session = row_str(r, 23);
    t->parked = row_int(r, 24);
}

void store_result_from_row(store_result *res, const store_row *r)
{
    res->index = row_int(r, 0);
    res->model_output = row_str(r, 1);
    res->result = row_str(r, 2);
    res->state = row_str(r, 3);
    res->metadata = row_str(r, 4);
    res->screenshot_id = row_str(r, 5);
    res->html_id = row_str(r, 6);
    res->console_id = row_str(r, 7);
    res->insert_ms = r->i64(r, 8);
}

void store_key_from_row(store_key *k, const store_row *r)
{
    k->id = row_str(r, 0);
    k->hash = row_str(r, 1);
    k->projects = row_str(r, 2);
    k->created_ms = r->i64(r, 3);
    k->revoked_ms = r->i64(r, 4);
}

void store_node_from_row(store_node *n, const store_row *r)
{
    n->name = row_str(r, 0);
    n->role = row_str(r, 1);
    n->slots = (int)r->i64(r, 2);
    n->busy = (int)r->i64(r, 3);
    n->version = row_str(r, 4);
    n->started_ms = r->i64(r, 5);
    n->seen_ms = r->i64(r, 6);
}

/* Append sql and the next parameter: "?", or "$n" with dollar. */
static void list_clause(buf *b, const char *sql, int dollar, int *n)
{
    buf_puts(b, sql);
    if (dollar)
        buf_printf(b, "$%d", ++*n);
    else
        buf_puts(b, "?");
}

void store_saved_from_row(store_saved *t, const store_row *r)
{
    t->id = row_str(r, 0);
    t->name = row_str(r, 1);
    t->project = row_str(r, 2);
    t->key_id = row_str(r, 3);
    t->type = (task_type)row_int(r, 4);
    t->instructions = row_str(r, 5);
    t->geo = row_str(r, 6);
    t->inspect = row_int(r, 7);
    t->timeout_s = row_int(r, 8);
    t->script_id = row_str(r, 9);
    t->step_count = row_int(r, 10);
    t->cron = row_str(r, 11);
    t->timezone = row_str(r, 12);
    t->created_ms = r->i64(r, 13);
    t->next_run_ms = r->i64(r, 14);
    t->last_run_ms = r->i64(r, 15);
}

char *store_list_sql(const char *select, const store_task_filter *f, int dollar, int taken)
{
    buf b = {0};
    int n = taken;

    buf_puts(&b, select);
    if (f->projects) {
        for (int i = 0; f->projects[i]; i++)
            list_clause(&b, i ? ", " : " AND project IN (", dollar, &n);
        buf_puts(&b, ")");
    }
    if (f->project) list_clause(&b, " AND project = ", dollar, &n);
    if (f->status >= 0) list_clause(&b, " AND status = ", dollar, &n);
    if (task_reason_name(f->reason)) list_clause(&b, " AND failure_reason = ", dollar, &n);
    if (f->before_id) list_clause(&b, " AND id < ", dollar, &n);
    list_clause(&b, " ORDER BY id DESC LIMIT ", dollar, &n);
    return buf_steal(&b);
}

void store_list_params(const store_task_filter *f, void *q, void (*text)(void *q, const char *v),
                       void (*num)(void *q, int64_t v))
{
    if (f->projects)
        for (int i = 0; f->projects[i]; i++)
            text(q, f->projects[i]);
    if (f->project) text(q, f->project);
    if (f->status >= 0) num(q, f->status);
    if (task_reason_name(f->reason)) text(q, task_reason_name(f->reason));
    if (f->before_id) text(q, f->before_id);
    num(q, f->limit);
}

char *store_log_vline(int64_t now, const char *fmt, va_list ap)
{
    char ts[UTIL_TIME_LEN];
    buf line = {0};

    util_time_fmt(now, ts);
    buf_puts(&line, ts);
    buf_puts(&line, " ");
    buf_vprintf(&line, fmt, ap);
    return buf_steal(&line);
}

char *store_log_line(int64_t now, const char *fmt, ...)
{
    va_list ap;
    char *line;

    va_start(ap, fmt);
    line = store_log_vline(now, fmt, ap);
    va_end(ap);
    return line;
}

char *store_line_queued(const store_task *t)
{
    const char *s = t->step_count == 1 ? "" : "s";

    if (t->saved_task)
        return store_log_line(t->created_ms,
                              "queued (%d instruction%s), a run of saved task \"%s\"",
                              t->step_count, s, t->saved_task);
    return store_log_line(t->created_ms, "queued (%d instruction%s)", t->step_count, s);
}

void store_followup_end(task_status *st, task_reason *reason, const char **error)
{
    if (*st != TASK_FINALIZED) return;
    *st = TASK_FAILED;
    *reason = TASK_REASON_ERROR;
    *error = "its session closed before it ran";
}

void store_session_phrase(char *out, size_t n, task_status st, task_reason reason)
{
    if (reason == TASK_REASON_SESSION_LOST)
        snprintf(out, n, "failed (session lost)");
    else
        snprintf(out, n, "%s (its session ended)", task_status_name(st));
}

void store_lost_reason(char *out, size_t n, int attempts)
{
    snprintf(out, n, "worker lost %d time%s (last: lease expired)", attempts,
             attempts == 1 ? "" : "s");
}

/* ---- saved tasks -------------------------------------------------------- */

void store_saved_free(store_saved *t)
{
    if (!t) return;
    free(t->id);
    free(t->name);
    free(t->project);
    free(t->key_id);
    free(t->instructions);
    free(t->geo);
    free(t->script_id);
    free(t->cron);
    free(t->timezone);
    memset(t, 0, sizeof *t);
}

void store_saved_list_free(store_saved *v, int n)
{
    if (!v) return;
    for (int i = 0; i < n; i++)
        store_saved_free(&v[i]);
    free(v);
}

int store_saved_insert(store *s, const store_saved *t)
{
    if (!t->id || !t->name || !t->project || !t->cron) {
        fprintf(stderr, "store: saved_insert: a saved task needs an id, a name, a project and a "
                        "schedule\n");
        return STORE_EDB;
    }
    return s->ops->saved_insert(s, t);
}

int store_saved_get(store *s, const char *name, const char *const *projects, store_saved *out)
{
    if (!name) return STORE_ENOTFOUND;
    return s->ops->saved_get(s, name, projects, out);
}

int store_saved_list(store *s, const store_saved_filter *f, store_saved **out, int *n)
{
    if ((f->projects && !f->projects[0]) || f->limit <= 0) {
        *out = NULL;
        *n = 0;
        return STORE_OK;
    }
    return s->ops->saved_list(s, f, out, n);
}

int store_saved_delete(store *s, const char *name, const char *const *projects)
{
    if (!name) return STORE_ENOTFOUND;
    return s->ops->saved_delete(s, name, projects);
}

int store_saved_due(store *s, int64_t now, int limit, store_saved **out, int *n)
{
    return s->ops->saved_due(s, now, limit < 1 ? 1 : limit, out, n);
}

int store_saved_fire(store *s, const char *id, int64_t expected, int64_t next,
                     const store_task *run)
{
    if (!id) return STORE_ECONFLICT;
    if (run && (!run->id || !run->project)) {
        fprintf(stderr, "store: saved_fire: a run needs an id and a project\n");
        return STORE_EDB;
    }
    return s->ops->saved_fire(s, id, expected, next < 0 ? 0 : next, run);
}

int store_saved_runs(store *s, const char *name, const char *const *projects, int limit,
                     store_task **out, int *n)
{
    if (!name || (projects && !projects[0]) || limit <= 0) {
        *out = NULL;
        *n = 0;
        return STORE_OK;
    }
    return s->ops->saved_runs(s, name, projects, limit, out, n);
}
