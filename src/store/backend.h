/* backend.h -- internal to src/store: what a store backend implements.
 *
 * store.c owns the public API; each call checks what every backend would
 * check and then goes through the handle's ops table, in the manner of
 * curl's protocol handlers. A backend embeds `struct store` as the first
 * member of its handle and fills one static `struct store_ops`. Callers
 * outside src/store never include this file. */
#ifndef BAI_STORE_BACKEND_H
#define BAI_STORE_BACKEND_H

#include "store/store.h"

/* One entry per public call; the contract of each is the one of the store_*
 * function of the same name in store.h. Arguments arrive already checked by
 * store.c: s and the out-parameters are non-NULL. */
struct store_ops {
    const char *name;
    void (*close)(store *s);

    int (*task_insert)(store *s, const store_task *t, int max_queued);
    int (*task_get)(store *s, const char *id, const char *const *projects, store_task *out);
    int (*task_list)(store *s, const store_task_filter *f, store_task **out, int *n);
    int (*task_claim)(store *s, const char *worker, int64_t lease_ms, store_task *out);
    int (*task_renew)(store *s, const char *id, const char *worker, int64_t lease_ms);
    int (*task_progress)(store *s, const char *id, const char *worker, const char *phrase);
    int (*task_release)(store *s, const char *id, const char *worker, const char *msg);
    /* store_task_end: st is finalized, failed or stopped; reason is NONE for
     * finalized and set for the others. */
    int (*task_finish)(store *s, const char *id, const char *worker, task_status st,
                       task_reason reason, const char *phrase, const char *error,
                       const char *result, const char *msg);
    int (*task_cancel)(store *s, const char *id, const char *const *projects, const char *reason);
    int (*requeue_expired)(store *s, int max_attempts, int *n);
    int (*task_counts)(store *s, int64_t counts[TASK_STATUS_COUNT]);
    int (*recent_duration)(store *s, task_type type, int step_count, int window, int64_t *ms);

    int (*log_append)(store *s, const char *task_id, const char *line);
    int (*logs)(store *s, const char *task_id, int from, char ***lines, int *n);

    int (*result_put)(store *s, const char *task_id, const store_result *r);
    int (*results)(store *s, const char *task_id, int from, store_result **out, int *n);
    int (*results_truncate)(store *s, const char *task_id, int from);

    int (*artifact_put)(store *s, const char *task_id, const char *content_type, const void *data,
                        size_t len, char *id_out);
    int (*artifact_fill)(store *s, const char *id, const void *data, size_t len);
    int (*artifact_get)(store *s, const char *id, void **data, size_t *len, char **content_type,
                        char **task_id);

    int (*key_insert)(store *s, const store_key *k);
    int (*key_get)(store *s, const char *id, store_key *out);
    int (*key_list)(store *s, store_key **out, int *n);
    int (*key_revoke)(store *s, const char *id);
    int (*key_count)(store *s, int *n);

    int (*projects)(store *s, const char *const *projects, store_project **out, int *n);
    int (*setting_get_or_put)(store *s, const char *name, const char *value, char **out);

    int (*saved_insert)(store *s, const store_saved *t);
    int (*saved_get)(store *s, const char *name, const char *const *projects, store_saved *out);
    int (*saved_list)(store *s, const store_saved_filter *f, store_saved **out, int *n);
    int (*saved_delete)(store *s, const char *name, const char *const *projects);
    int (*saved_due)(store *s, int64_t now, int limit, store_saved **out, int *n);
    int (*saved_fire)(store *s, const char *id, int64_t expected, int64_t next,
                      const store_task *run);
    int (*saved_runs)(store *s, const char *name, const char *const *projects, int limit,
                      store_task **out, int *n);
};

struct store {
    const struct store_ops *ops;
};

/* True when project is in the NULL-terminated list, or when list is NULL
 * (the caller sees every project). */
int store_project_visible(const char *const *list, const char *project);

/* The SQLite backend (sqlite.c). path is a file name; on failure a reason is
 * written into err. */
int store_sqlite_open(const char *path, store **out, char *err, size_t errlen);

#endif
