/* backend.h -- internal to src/store: what a store backend implements.
 *
 * store.c owns the public API; each call checks what every backend would
 * check and then goes through the handle's ops table, in the manner of
 * curl's protocol handlers. A backend embeds `struct store` as the first
 * member of its handle and fills one static `struct store_ops`. Callers
 * outside src/store never include this file. */
#ifndef BAI_STORE_BACKEND_H
#define BAI_STORE_BACKEND_H

#include <stdarg.h>

#include "store/store.h"

/* One entry per public call; the contract of each is the one of the store_*
 * function of the same name in store.h. Arguments arrive already checked by
 * store.c: s and the out-parameters are non-NULL, a task to insert has an
 * id and a project, a key an id and a hash, a setting a name; the project
 * list of `projects` is sorted by name without duplicates. */
struct store_ops {
    const char *name;
    void (*close)(store *s);
    /* store_stopping; NULL when calls never wait for a database */
    void (*stopping)(store *s);

    int (*task_insert)(store *s, const store_task *t, const store_limits *lim);
    int (*task_get)(store *s, const char *id, const char *const *projects, store_task *out);
    int (*task_list)(store *s, const store_task_filter *f, store_task **out, int *n);
    /* node: worker up to and including its last '/' (the whole worker
     * when it has none) */
    int (*task_claim)(store *s, const char *worker, const char *node, int64_t lease_ms,
                      int sessions_ok, store_task *out);
    int (*task_renew)(store *s, const char *id, const char *worker, int64_t lease_ms);
    int (*task_progress)(store *s, const char *id, const char *worker, const char *phrase);
    int (*task_release)(store *s, const char *id, const char *worker, const char *msg);
    /* store_task_end: st is finalized, failed or stopped; reason is NONE for
     * finalized and set for the others. */
    int (*task_finish)(store *s, const char *id, const char *worker, task_status st,
                       task_reason reason, const char *phrase, const char *error,
                       const char *result, const char *msg);
    /* store_task_end_claim: task_finish, then task_claim for next (node
     * its node), in one transaction; returns task_finish's code and sets
     * *claim_rc. NULL: store.c makes the two calls. */
    int (*task_finish_claim)(store *s, const char *id, const char *worker, task_status st,
                             task_reason reason, const char *phrase, const char *error,
                             const char *result, const char *msg, const char *next,
                             const char *node, int64_t lease_ms, int sessions_ok, store_task *out,
                             int *claim_rc);
    int (*task_await)(store *s, const char *id, const char *worker, const char *phrase,
                      const char *result, const char *msg);
    /* store_session_set: reason is set for failed and stopped. */
    int (*session_set)(store *s, const char *id, const char *worker, task_status st,
                       task_reason reason, const char *error, const char *msg, int if_idle);
    int (*task_cancel)(store *s, const char *id, const char *const *projects, const char *reason);
    int (*requeue_expired)(store *s, int max_attempts, int *n);
    int (*task_counts)(store *s, int64_t counts[TASK_STATUS_COUNT]);
    int (*key_loads)(store *s, store_key_load **out, int *n);
    int (*recent_duration)(store *s, task_type type, int step_count, int window, int64_t *ms);

    /* The writes a task's run makes take its claim, worker, NULL for none
     * (see Fencing in store.h). */
    int (*log_append)(store *s, const char *task_id, const char *worker, const char *line);
    int (*logs)(store *s, const char *task_id, int from, char ***lines, int *n);

    int (*result_put)(store *s, const char *task_id, const char *worker, const store_result *r);
    int (*results)(store *s, const char *task_id, int from, store_result **out, int *n);
    int (*results_truncate)(store *s, const char *task_id, const char *worker, int from);

    int (*artifact_put)(store *s, const char *task_id, const char *worker, const char *content_type,
                        const void *data, size_t len, char *id_out);
    int (*artifact_fill)(store *s, const char *id, const char *worker, const void *data,
                         size_t len);
    int (*artifact_get)(store *s, const char *id, void **data, size_t *len, char **content_type,
                        char **task_id);

    int (*key_insert)(store *s, const store_key *k);
    int (*key_get)(store *s, const char *id, store_key *out);
    int (*key_list)(store *s, store_key **out, int *n);
    int (*key_revoke)(store *s, const char *id);
    int (*key_count)(store *s, int *n);

    int (*projects)(store *s, const char *const *projects, store_project **out, int *n);
    int (*setting_get_or_put)(store *s, const char *name, const char *value, char **out);
    int (*job_lease)(store *s, const char *name, const char *holder, int64_t now, int64_t until);
    int (*sweep)(store *s, int64_t ended_before_ms, int64_t pending_before_ms, int *tasks,
                 int *artifacts);

    int (*saved_insert)(store *s, const store_saved *t);
    int (*saved_get)(store *s, const char *name, const char *const *projects, store_saved *out);
    int (*saved_list)(store *s, const store_saved_filter *f, store_saved **out, int *n);
    int (*saved_delete)(store *s, const char *name, const char *const *projects);
    int (*saved_due)(store *s, int64_t now, int limit, store_saved **out, int *n);
    int (*saved_fire)(store *s, const char *id, int64_t expected, int64_t next,
                      const store_task *run);
    int (*saved_runs)(store *s, const char *name, const char *const *projects, int limit,
                      store_task **out, int *n);

    int (*node_put)(store *s, const store_node *n, int keep_busy, int64_t gone_before_ms);
    int (*node_list)(store *s, int64_t seen_after_ms, store_node **out, int *n);
};

struct store {
    const struct store_ops *ops;
    int running_per_key; /* store_set_running_per_key; 0: no limit */
    /* store_node_self's: the row store_node_beat writes (name "" for none) */
    char self_name[128], self_role[16], self_version[32];
    int64_t self_started_ms;
    int self_slots;
};

/* True when project is in the NULL-terminated list, or when list is NULL
 * (the caller sees every project). */
int store_project_visible(const char *const *list, const char *project);

/* ---- what the backends share (store.c) ---------------------------------- */

/* The columns of a task, a step result and a key, in the order the
 * store_*_from_row functions read them from column 0. */
#define STORE_TASK_COLS                                                                            \
    "id, project, key_id, type, status, instructions, geo, inspect, timeout_s, script_id, "        \
    "step_count, created_ms, started_ms, completed_ms, progress, error, result, attempts, "        \
    "worker, lease_until_ms, failure_reason, saved_task, awaitable, session, parked"
#define STORE_RESULT_COLS                                                                          \
    "idx, model_output, result, state, metadata, screenshot_id, html_id, console_id, insert_ms"
#define STORE_KEY_COLS "id, hash, projects, created_ms, revoked_ms"
#define STORE_NODE_COLS "name, role, slots, busy, version, started_ms, seen_ms"
#define STORE_SAVED_COLS                                                                           \
    "id, name, project, key_id, type, instructions, geo, inspect, timeout_s, script_id, "          \
    "step_count, cron, timezone, created_ms, next_run_ms, last_run_ms"

/* One row of a backend's result, read through its getters: text is NULL
 * for SQL NULL (and valid until the row moves on), i64 is 0 for it. */
typedef struct store_row {
    void *res; /* the backend's statement or result */
    int row;   /* the row's number in it, where the backend needs one */
    const char *(*text)(const struct store_row *r, int col);
    int64_t (*i64)(const struct store_row *r, int col);
} store_row;

/* Fill a zeroed struct from a row of STORE_*_COLS; the strings are copies. */
void store_task_from_row(store_task *t, const store_row *r);
void store_result_from_row(store_result *res, const store_row *r);
void store_key_from_row(store_key *k, const store_row *r);
void store_saved_from_row(store_saved *t, const store_row *r);
void store_node_from_row(store_node *n, const store_row *r);

/* select (up to its WHERE clause, which has `taken` parameters) followed by
 * the conditions of f (f->limit > 0, a non-empty project list), newest
 * first: the SELECT of store_task_list, of saved tasks, of a saved task's
 * runs. Its parameters are "?" or, with dollar, "$<taken + 1>", ...;
 * store_list_params hands their values in that order to the backend's
 * binders (q is the backend's query). malloc'ed. */
#define STORE_LIST_TASKS "SELECT " STORE_TASK_COLS " FROM tasks WHERE 1 = 1"
#define STORE_LIST_SAVED "SELECT " STORE_SAVED_COLS " FROM saved_tasks WHERE 1 = 1"
/* A saved task's runs: its name is the first parameter, written param. */
#define STORE_LIST_RUNS(param) "SELECT " STORE_TASK_COLS " FROM tasks WHERE saved_task = " param
char *store_list_sql(const char *select, const store_task_filter *f, int dollar, int taken);
void store_list_params(const store_task_filter *f, void *q, void (*text)(void *q, const char *v),
                       void (*num)(void *q, int64_t v));

/* A log line: "<RFC 3339 time of now> <formatted message>", malloc'ed. */
char *store_log_line(int64_t now, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *store_log_vline(int64_t now, const char *fmt, va_list ap);
/* A new task's first log line, "<created> queued (N instructions)" (and
 * which saved task it is a run of), malloc'ed. */
char *store_line_queued(const store_task *t);
/* How a follow-up ends with its session's end *st: as it, but one that
 * never ran to its end is not finalized (failed, saying so). */
void store_followup_end(task_status *st, task_reason *reason, const char **error);
/* The progress phrase of a task ended with its session as st. */
void store_session_phrase(char *out, size_t n, task_status st, task_reason reason);

/* The error of a task failed after its worker was lost `attempts` times. */
void store_lost_reason(char *out, size_t n, int attempts);

/* The SQLite backend (sqlite.c). path is a file name; on failure a reason is
 * written into err. */
int store_sqlite_open(const char *path, store **out, char *err, size_t errlen);

/* The PostgreSQL backend (postgres.c). url is the whole postgres:// or
 * postgresql:// URL, handed to libpq; on failure a reason (without the URL,
 * which may hold a password) is written into err. */
int store_postgres_open(const char *url, store **out, char *err, size_t errlen);

#endif
