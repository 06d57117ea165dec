/* session.c -- the registry of parked session pages. See session.h. */
#include "task/session.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser/pool.h"
#include "task/run.h"
#include "util/notify.h"

typedef struct entry {
    char id[UTIL_ID_LEN]; /* "" when the place is free */
    char worker[176];
    page *pg;
    pool_browser *b;
    int in_use;
    int reserved;    /* held for a claim that may park a page here (pg NULL) */
    int doomed;      /* close when its user releases it */
    int64_t used_ms; /* monotonic: the end of its last use */
} entry;

struct session_reg {
    pthread_mutex_t mu; /* guards everything below */
    pthread_cond_t cv;  /* an entry was released */
    pool *browsers;
    int max;
    entry *v;
};

session_reg *session_reg_new(pool *browsers, int max)
{
    session_reg *g = xcalloc(1, sizeof *g);
    g->browsers = browsers;
    g->max = max < 1 ? 1 : max;
    g->v = xcalloc((size_t)g->max, sizeof *g->v);
    pthread_mutex_init(&g->mu, NULL);
    util_cond_init(&g->cv);
    return g;
}

void session_reg_free(session_reg *g)
{
    if (!g) return;
    for (int i = 0; i < g->max; i++)
        if (g->v[i].pg) pool_put(g->browsers, g->v[i].pg, g->v[i].b);
    pthread_cond_destroy(&g->cv);
    pthread_mutex_destroy(&g->mu);
    free(g->v);
    free(g);
}

/* mu held: the entry of id, or NULL. */
static entry *find(session_reg *g, const char *id)
{
    for (int i = 0; i < g->max; i++)
        if (g->v[i].id[0] && !strcmp(g->v[i].id, id)) return &g->v[i];
    return NULL;
}

/* mu held: the entry of a parked page (not a mere reservation), or NULL. */
static entry *find_page(session_reg *g, const char *id)
{
    entry *e = find(g, id);
    return e && e->pg ? e : NULL;
}

static int taken(const entry *e)
{
    return e->id[0] || e->reserved;
}

int session_count(session_reg *g)
{
    int n = 0;
    pthread_mutex_lock(&g->mu);
    for (int i = 0; i < g->max; i++)
        n += taken(&g->v[i]);
    pthread_mutex_unlock(&g->mu);
    return n;
}

int session_room(session_reg *g)
{
    return session_count(g) < g->max;
}

int session_reserve(session_reg *g)
{
    int place = -1;
    pthread_mutex_lock(&g->mu);
    for (int i = 0; i < g->max && place < 0; i++)
        if (!taken(&g->v[i])) {
            g->v[i].reserved = 1;
            place = i;
        }
    pthread_mutex_unlock(&g->mu);
    return place;
}

void session_bind(session_reg *g, int place, const char *id)
{
    pthread_mutex_lock(&g->mu);
    if (place >= 0 && place < g->max && g->v[place].reserved && !g->v[place].pg)
        util_strlcpy(g->v[place].id, id, sizeof g->v[place].id);
    pthread_mutex_unlock(&g->mu);
}

void session_unreserve(session_reg *g, int place)
{
    pthread_mutex_lock(&g->mu);
    if (place >= 0 && place < g->max && g->v[place].reserved && !g->v[place].pg)
        memset(&g->v[place], 0, sizeof g->v[place]);
    pthread_mutex_unlock(&g->mu);
}

int session_park(session_reg *g, const char *id, const char *worker, page *pg, pool_browser *b)
{
    pthread_mutex_lock(&g->mu);
    entry *e = find(g, id); /* the place reserved for this claim, if any */
    int parked = e && e->pg;
    for (int i = 0; !e && i < g->max; i++)
        if (!taken(&g->v[i])) e = &g->v[i];
    if (e && !parked) {
        *e = (entry){.pg = pg, .b = b, .in_use = 1, .used_ms = util_mono_ms()};
        util_strlcpy(e->id, id, sizeof e->id);
        util_strlcpy(e->worker, worker, sizeof e->worker);
    }
    pthread_mutex_unlock(&g->mu);
    return e && !parked ? 0 : -1;
}

int session_take(session_reg *g, const char *id, int wait_ms, page **pg, pool_browser **b,
                 char *worker, size_t n)
{
    int64_t until = util_mono_ms() + wait_ms;
    int rc = -1;
    pthread_mutex_lock(&g->mu);
    for (;;) {
        entry *e = find_page(g, id);
        if (!e || e->doomed) break;
        if (!e->in_use) {
            e->in_use = 1;
            *pg = e->pg;
            *b = e->b;
            util_strlcpy(worker, e->worker, n);
            rc = 0;
            break;
        }
        int64_t left = until - util_mono_ms();
        if (left <= 0) break;
        struct timespec ts = util_deadline_ts(left);
        pthread_cond_timedwait(&g->cv, &g->mu, &ts);
    }
    pthread_mutex_unlock(&g->mu);
    return rc;
}

/* mu held: forget e, handing its page and browser to the caller to close. */
static void forget(entry *e, page **pg, pool_browser **b)
{
    *pg = e->pg;
    *b = e->b;
    memset(e, 0, sizeof *e);
}

void session_release(session_reg *g, const char *id, int keep)
{
    page *pg = NULL;
    pool_browser *b = NULL;
    pthread_mutex_lock(&g->mu);
    entry *e = find(g, id);
    if (e && (!keep || e->doomed)) {
        forget(e, &pg, &b);
    } else if (e) {
        e->in_use = 0;
        e->used_ms = util_mono_ms();
    }
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->mu);
    if (pg || b) pool_put(g->browsers, pg, b);
}

int session_close(session_reg *g, const char *id)
{
    page *pg = NULL;
    pool_browser *b = NULL;
    pthread_mutex_lock(&g->mu);
    entry *e = find(g, id);
    if (e && !e->pg) {
        /* Only reserved: no page yet. Its claim's run was stopped too, and
         * gives the place up itself. */
    } else if (e && e->in_use) {
        e->doomed = 1;
        /* Its user may be blocked in a call: make that call return. */
        if (e->pg) page_abort(e->pg);
    } else if (e) {
        forget(e, &pg, &b);
    }
    pthread_mutex_unlock(&g->mu);
    if (pg || b) pool_put(g->browsers, pg, b);
    return e != NULL;
}

session_info *session_list(session_reg *g, int *n)
{
    pthread_mutex_lock(&g->mu);
    session_info *v = xcalloc((size_t)g->max, sizeof *v);
    int count = 0;
    int64_t now = util_mono_ms();
    for (int i = 0; i < g->max; i++) {
        entry *e = &g->v[i];
        if (!e->pg || e->doomed) continue;
        memcpy(v[count].id, e->id, sizeof v[count].id);
        memcpy(v[count].worker, e->worker, sizeof v[count].worker);
        v[count].in_use = e->in_use;
        v[count].idle_ms = e->in_use ? 0 : now - e->used_ms;
        count++;
    }
    pthread_mutex_unlock(&g->mu);
    *n = count;
    return v;
}

/* ---- a task's side (run.h) ------------------------------------------------ */

/* How long a follow-up waits for its page while the run before it
 * finishes its late captures. */
#define TAKE_WAIT_MS 20000

int session_enter(run *r)
{
    session_reg *g = r->env->sessions;
    if (g && session_take(g, r->t->session, TAKE_WAIT_MS, &r->pg, &r->b, r->session_worker,
                          sizeof r->session_worker) == 0) {
        r->registered = 1;
        r->keep = 1;
        run_log(r, "continues session %s on its page", r->t->session);
        return 0;
    }
    run_finish(r, TASK_FAILED, TASK_REASON_SESSION_LOST,
               "the page of session is not on this node any more (its node restarted or the "
               "session was closed)");
    return -1;
}

void session_await(run *r)
{
    session_reg *g = r->env->sessions;
    char ts[UTIL_TIME_LEN], *msg;
    util_time_fmt(util_now_ms(), ts);
    if (!r->t->session) {
        if (!g || session_park(g, r->t->id, r->worker, r->pg, r->b) != 0) {
            run_log(r, "this node holds as many sessions as it may; the page is not kept");
            run_finish(r, TASK_FINALIZED, TASK_REASON_NONE, NULL);
            return;
        }
        r->registered = 1;
        util_strlcpy(r->session_worker, r->worker, sizeof r->session_worker);
    }
    double secs = (double)(util_mono_ms() - r->started) / 1000.0;
    msg = xasprintf("%s done in %.1f s; the session awaits instructions", ts, secs);
    int rc = store_task_await(r->env->st, r->t->id, r->worker, "awaiting instructions",
                              r->extracted, msg);
    free(msg);
    r->awaited = rc == STORE_OK;
    r->keep = r->awaited;
    notify_bump();
}

/* The session's end when its follow-up stopped it or lost its page: 1 with
 * *st, *why and err set, 0 when the session goes on. */
static int session_ends(run *r, task_status *st, task_reason *why, char *err, size_t n)
{
    abort_reason stop = run_stopped(r);
    *why = TASK_REASON_ERROR;
    *st = TASK_FAILED;
    if (stop == ABORT_CANCEL) {
        *st = TASK_STOPPED;
        *why = TASK_REASON_STOPPED;
        snprintf(err, n, "its follow-up %s was stopped, which aborted the page", r->t->id);
    } else if (stop == ABORT_TIMEOUT) {
        snprintf(err, n, "its follow-up %s timed out, which aborted the page", r->t->id);
    } else if (stop == ABORT_SHUTDOWN) {
        *why = TASK_REASON_SESSION_LOST;
        snprintf(err, n, "the node holding the session's page stopped");
    } else if (!page_alive(r->pg)) {
        *why = TASK_REASON_BROWSER;
        snprintf(err, n, "the session's browser page died during follow-up %s", r->t->id);
    } else if (!r->t->awaitable) {
        *st = TASK_FINALIZED;
        snprintf(err, n, "closed after follow-up %s (awaitable false)", r->t->id);
    } else {
        return 0;
    }
    return 1;
}

void session_leave(run *r)
{
    if (!r->registered) return;
    const char *id = r->t->session ? r->t->session : r->t->id;
    if (r->t->session && !r->awaited && run_stopped(r) != ABORT_LOST) {
        task_status st;
        task_reason why;
        char err[256], ts[UTIL_TIME_LEN];
        util_time_fmt(util_now_ms(), ts);
        if (session_ends(r, &st, &why, err, sizeof err)) {
            char *msg = xasprintf("%s session %s: %s", ts, task_status_name(st), err);
            store_session_set(r->env->st, id, r->session_worker, st, why,
                              st == TASK_FINALIZED ? NULL : err, msg, 0);
            free(msg);
            r->keep = 0;
        } else {
            r->keep = store_session_set(r->env->st, id, r->session_worker, TASK_AWAITING,
                                        TASK_REASON_NONE, NULL, NULL, 0) == STORE_OK;
        }
        notify_bump();
    } else if (r->t->session && run_stopped(r) == ABORT_LOST) {
        r->keep = 0;
    }
    session_release(r->env->sessions, id, r->keep);
    r->pg = NULL;
    r->b = NULL;
    r->registered = 0;
}
