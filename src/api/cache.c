/* cache.c -- the rendered JSON of ended tasks, for GET /api/v1/tasks/{id}.
 *
 * An ended task never changes again (nothing moves a task out of a final
 * state, on any node), so its GetTaskResponse can be kept and served as
 * bytes: no store read, no rendering. Clients poll tasks they already saw
 * end; dashboards re-read them. Direct-mapped by id: a newer entry simply
 * replaces an older one in its place, so memory stays bounded by
 * SLOTS * MAX_BODY however many tasks there are. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "api/internal.h"

#define SLOTS 1024
#define MAX_BODY 8192 /* larger replies (long logs) are not kept */

typedef struct entry {
    char id[UTIL_ID_LEN];
    char *project;
    char *body;
    size_t len;
} entry;

static entry slots[SLOTS];
static pthread_mutex_t locks[16] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER};

/* Ids end in 26 random base32 characters: their last bytes spread well. */
static unsigned place(const char *id)
{
    size_t n = strlen(id);
    unsigned h = 2166136261u;
    for (size_t i = n > 8 ? n - 8 : 0; i < n; i++)
        h = (h ^ (unsigned char)id[i]) * 16777619u;
    return h % SLOTS;
}

int api_cache_get(const char *id, const auth_who *who, char **body, size_t *len)
{
    if (!id) return 0;
    unsigned i = place(id);
    int rc = 0;
    pthread_mutex_lock(&locks[i % 16]);
    entry *e = &slots[i];
    if (e->body && !strcmp(e->id, id)) {
        if (auth_may_see(who, e->project)) {
            *body = xmalloc(e->len);
            memcpy(*body, e->body, e->len);
            *len = e->len;
            rc = 1;
        } else {
            rc = -1;
        }
    }
    pthread_mutex_unlock(&locks[i % 16]);
    return rc;
}

void api_cache_put(const store_task *t, const char *body, size_t len)
{
    if (!task_status_terminal(t->status) || len > MAX_BODY || strlen(t->id) >= UTIL_ID_LEN) return;
    char *copy = xmalloc(len), *project = xstrdup(t->project ? t->project : "");
    memcpy(copy, body, len);
    unsigned i = place(t->id);
    pthread_mutex_lock(&locks[i % 16]);
    entry *e = &slots[i];
    free(e->body);
    free(e->project);
    util_strlcpy(e->id, t->id, sizeof e->id);
    e->body = copy;
    e->project = project;
    e->len = len;
    pthread_mutex_unlock(&locks[i % 16]);
}
