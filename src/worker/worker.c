/* engine.c -- worker slots, the heartbeat that keeps leases and deadlines,
 * and the shared browser. See engine.h; one task's steps are in run.c. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "task/task.h"
#include "plan/llm.h"
#include "policy/proxy.h"
#include "task/script.h"
#include "util/notify.h"

/* How often the heartbeat looks at deadlines and cancellations: the bound
 * on how late a timeout fires. */
#define HEARTBEAT_MS 200

/* ---- the browser pool -------------------------------------------------
 *
 * nbrowsers long-lived Chromium processes; slot i uses place i % nbrowsers.
 * Each task gets a fresh context in it. A browser that died, stopped
 * answering the health probe, grew past the memory limit or served its
 * quota of pages is retired: no new pages go to it, a new one takes its
 * place, and it is closed when its last page is. */

static void browser_release_locked(browser_ref *b)
{
    if (b->refs == 0 && b->retired) {
        cdp_close(b->c);
        free(b);
    }
}

static void browser_retire_locked(engine *e, int place)
{
    browser_ref *b = e->browsers[place];
    if (!b) return;
    b->retired = 1;
    e->browsers[place] = NULL;
    browser_release_locked(b);
}

/* Borrow the browser of place, launching one when there is none in service.
 * NULL with err on failure. */
static browser_ref *browser_get(engine *e, int place, int *launched, char *err, size_t errlen)
{
    *launched = 0;
    pthread_mutex_lock(&e->browser_mu);
    browser_ref *b = e->browsers[place];
    if (b && (!cdp_alive(b->c) || b->retired || b->pages >= e->cfg->browser_max_pages)) {
        browser_retire_locked(e, place);
        b = NULL;
    }
    if (!b) {
        cdp *c = NULL;
        cdp_opts o = {.chromium = e->cfg->chromium, .launch_timeout_ms = 30000};
        /* Launching under the lock makes other slots of this place wait for
         * this browser instead of starting browsers of their own. */
        if (cdp_launch(&o, &c, err, errlen) == CDP_OK) {
            b = xcalloc(1, sizeof *b);
            b->c = c;
            e->browsers[place] = b;
            *launched = 1;
        }
    }
    if (b) {
        b->refs++;
        b->pages++;
    }
    pthread_mutex_unlock(&e->browser_mu);
    return b;
}

void engine_browser_put(engine *e, browser_ref *b)
{
    if (!b) return;
    pthread_mutex_lock(&e->browser_mu);
    b->refs--;
    browser_release_locked(b);
    pthread_mutex_unlock(&e->browser_mu);
}

static int in_service(engine *e, browser_ref *b)
{
    pthread_mutex_lock(&e->browser_mu);
    int ok = !b->retired && cdp_alive(b->c);
    pthread_mutex_unlock(&e->browser_mu);
    return ok;
}

static int open_page(engine *e, int place, const char *proxy, page **pg, browser_ref **b,
                     int *launched, char *err, size_t errlen)
{
    *b = browser_get(e, place, launched, err, errlen);
    if (!*b) return -1;
    if (page_open((*b)->c, (int)e->cfg->allow_private, proxy, pg, err, errlen) != CDP_OK) {
        engine_browser_put(e, *b);
        *b = NULL;
        return -1;
    }
    return 0;
}

/* ---- pages prepared ahead ----------------------------------------------
 *
 * Opening a context and its tab costs a renderer start and a few round
 * trips (~100 ms): done while no task waits. Each slot keeps one page for
 * its next task, in the default proxy's context (usually none). A proxy is
 * fixed when its context is made, so each other proxy the operator
 * configured gets one spare page of its own, shared by all slots and
 * refilled by the health thread: a country's task starts as fast as any. */

/* Close a prepared page that will serve no task. */
static void page_drop(engine *e, page **pg, browser_ref **b)
{
    atomic_fetch_sub(&e->prepared, 1);
    page_close(*pg);
    engine_browser_put(e, *b);
    *pg = NULL;
    *b = NULL;
}

static int same_proxy(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* Open the slot's next page now, while no task waits on it; replace one
 * whose browser left service, so a crash costs idle time, not a task's. */
static void slot_prepare(slot *s)
{
    engine *e = s->e;
    char err[256];
    int launched;
    if (s->ready && !in_service(e, s->ready_b)) page_drop(e, &s->ready, &s->ready_b);
    if (s->ready || atomic_load(&e->stopping)) return;
    if (open_page(e, s->index % e->nbrowsers, e->default_proxy, &s->ready, &s->ready_b, &launched,
                  err, sizeof err) != 0)
        s->ready = NULL; /* the task will try again, and say why */
    else
        atomic_fetch_add(&e->prepared, 1);
}

/* Take the spare page of proxy when one is ready in a browser in service. */
static int spare_take(engine *e, const char *proxy, page **pg, browser_ref **b)
{
    int got = 0;
    pthread_mutex_lock(&e->spare_mu);
    for (int i = 0; i < e->nspares && !got; i++) {
        spare *sp = &e->spares[i];
        if (!sp->pg || !same_proxy(sp->proxy, proxy) || !in_service(e, sp->b)) continue;
        *pg = sp->pg;
        *b = sp->b;
        sp->pg = NULL;
        sp->b = NULL;
        got = 1;
        atomic_fetch_sub(&e->prepared, 1);
    }
    pthread_mutex_unlock(&e->spare_mu);
    return got;
}

#define SPARE_RETRY_MS 5000

/* Make the spares that were taken or went stale (health thread). */
static void spares_refill(engine *e)
{
    for (int i = 0; i < e->nspares && !atomic_load(&e->stopping); i++) {
        spare *sp = &e->spares[i];
        page *stale = NULL;
        browser_ref *stale_b = NULL;
        pthread_mutex_lock(&e->spare_mu);
        if (sp->pg && !in_service(e, sp->b)) {
            stale = sp->pg;
            stale_b = sp->b;
            sp->pg = NULL;
            sp->b = NULL;
        }
        int need = !sp->pg && util_mono_ms() >= sp->retry_at;
        pthread_mutex_unlock(&e->spare_mu);
        if (stale) page_drop(e, &stale, &stale_b);
        if (!need) continue;
        page *pg;
        browser_ref *b;
        int launched;
        char err[256];
        if (open_page(e, i % e->nbrowsers, sp->proxy, &pg, &b, &launched, err, sizeof err) != 0) {
            sp->retry_at = util_mono_ms() + SPARE_RETRY_MS; /* the task will say why */
            continue;
        }
        pthread_mutex_lock(&e->spare_mu);
        sp->pg = pg;
        sp->b = b;
        atomic_fetch_add(&e->prepared, 1);
        pthread_mutex_unlock(&e->spare_mu);
    }
}

/* The spares: every configured proxy but the default (the slots' own pages
 * use that one), at most cfg->prepared_proxies of them. */
static void spares_init(engine *e)
{
    int n;
    const char **all = proxy_all(&n);
    e->default_proxy = proxy_for(NULL);
    e->spares = xcalloc((size_t)(n ? n : 1), sizeof *e->spares);
    for (int i = 0; i < n && e->nspares < e->cfg->prepared_proxies; i++)
        if (!same_proxy(all[i], e->default_proxy)) e->spares[e->nspares++].proxy = all[i];
    free(all);
    pthread_mutex_init(&e->spare_mu, NULL);
}

static void spares_free(engine *e)
{
    for (int i = 0; i < e->nspares; i++)
        if (e->spares[i].pg) page_drop(e, &e->spares[i].pg, &e->spares[i].b);
    free(e->spares);
    pthread_mutex_destroy(&e->spare_mu);
}

int slot_take_page(slot *s, const char *proxy, page **pg, browser_ref **b, int *launched,
                   int *prepared, char *err, size_t errlen)
{
    engine *e = s->e;
    *launched = 0;
    *prepared = 1;
    if (s->ready && same_proxy(proxy, e->default_proxy) && in_service(e, s->ready_b)) {
        *pg = s->ready;
        *b = s->ready_b;
        s->ready = NULL;
        s->ready_b = NULL;
        atomic_fetch_sub(&e->prepared, 1);
        return 0;
    }
    if (!same_proxy(proxy, e->default_proxy) && spare_take(e, proxy, pg, b)) return 0;
    /* The slot's own page, when it did not fit, stays for the next task. */
    *prepared = 0;
    return open_page(e, s->index % e->nbrowsers, proxy, pg, b, launched, err, errlen);
}

/* ---- health ------------------------------------------------------------ */

#define HEALTH_EVERY_MS 5000
#define HEALTH_PROBE_MS 5000

/* Probe each browser: one that does not answer in time is killed (its
 * tasks fail with a clear reason and the next ones get a new browser); one
 * past the memory limit is retired gracefully. */
static void health_check(engine *e)
{
    for (int i = 0; i < e->nbrowsers; i++) {
        pthread_mutex_lock(&e->browser_mu);
        browser_ref *b = e->browsers[i];
        if (b) b->refs++;
        pthread_mutex_unlock(&e->browser_mu);
        if (!b) continue;
        char err[256];
        int hung = cdp_alive(b->c) && cdp_call(b->c, NULL, "Browser.getVersion", NULL,
                                               HEALTH_PROBE_MS, NULL, err, sizeof err) ==
                                          CDP_ETIMEOUT;
        long rss_mib = cdp_rss_kib(b->c) / 1024;
        if (hung) {
            fprintf(stderr, "browserai: browser %d (pid %d) did not answer in %d ms; killing it\n",
                    i, (int)cdp_pid(b->c), HEALTH_PROBE_MS);
            cdp_kill(b->c);
        }
        pthread_mutex_lock(&e->browser_mu);
        if ((hung || rss_mib > e->cfg->browser_max_rss) && e->browsers[i] == b) {
            if (!hung)
                fprintf(stderr, "browserai: browser %d uses %ld MiB (limit %ld); replacing it\n",
                        i, rss_mib, e->cfg->browser_max_rss);
            browser_retire_locked(e, i);
        }
        b->refs--;
        browser_release_locked(b);
        pthread_mutex_unlock(&e->browser_mu);
    }
}

static void *health_main(void *arg)
{
    engine *e = arg;
    int64_t next = util_mono_ms() + HEALTH_EVERY_MS;
    while (!atomic_load(&e->hb_stopping)) {
        if (util_mono_ms() >= next) {
            health_check(e);
            next = util_mono_ms() + HEALTH_EVERY_MS;
        }
        spares_refill(e);
        util_sleep_ms(100);
    }
    return NULL;
}

/* ---- aborts ------------------------------------------------------------ */

void slot_abort(slot *s, abort_reason reason)
{
    pthread_mutex_lock(&s->mu);
    if (s->task_id[0] && s->abort == ABORT_NONE) {
        s->abort = reason;
        if (s->pg) page_abort(s->pg);
        if (s->script_pgid > 0) kill(-s->script_pgid, SIGKILL); /* a script task's runner */
    }
    pthread_mutex_unlock(&s->mu);
}

abort_reason slot_aborted(slot *s)
{
    pthread_mutex_lock(&s->mu);
    abort_reason r = s->abort;
    pthread_mutex_unlock(&s->mu);
    return r;
}

void engine_cancelled(engine *e, const char *task_id)
{
    for (int i = 0; i < e->nslots; i++) {
        slot *s = &e->slots[i];
        pthread_mutex_lock(&s->mu);
        int match = strcmp(s->task_id, task_id) == 0;
        pthread_mutex_unlock(&s->mu);
        if (match) slot_abort(s, ABORT_CANCEL);
    }
}

int engine_busy(engine *e) { return atomic_load(&e->busy); }

void engine_pool(engine *e, int *browsers, int *prepared)
{
    *browsers = 0;
    pthread_mutex_lock(&e->browser_mu);
    for (int i = 0; i < e->nbrowsers; i++) *browsers += e->browsers[i] && cdp_alive(e->browsers[i]->c);
    pthread_mutex_unlock(&e->browser_mu);
    *prepared = atomic_load(&e->prepared);
}

/* ---- slots ------------------------------------------------------------- */

static void *slot_main(void *arg)
{
    slot *s = arg;
    engine *e = s->e;
    while (!atomic_load(&e->stopping)) {
        slot_prepare(s);
        uint64_t gen = notify_gen();
        store_task t = {0};
        int rc = store_task_claim(e->st, s->worker, e->cfg->lease * 1000, &t);
        if (rc == STORE_EEMPTY || rc != STORE_OK) {
            /* Woken by a new task here; other nodes' tasks are seen within
             * a second. */
            notify_wait(gen, rc == STORE_EEMPTY ? 1000 : 2000);
            continue;
        }
        atomic_fetch_add(&e->busy, 1);
        pthread_mutex_lock(&s->mu);
        util_strlcpy(s->task_id, t.id, sizeof s->task_id);
        s->abort = ABORT_NONE;
        s->deadline = util_mono_ms() + (int64_t)t.timeout_s * 1000;
        s->next_renew = util_mono_ms() + e->cfg->lease * 1000 / 3;
        pthread_mutex_unlock(&s->mu);

        run_task(s, &t);

        pthread_mutex_lock(&s->mu);
        s->task_id[0] = '\0';
        s->pg = NULL;
        pthread_mutex_unlock(&s->mu);
        atomic_fetch_sub(&e->busy, 1);
        store_task_free(&t);
        notify_bump();
    }
    if (s->ready) page_drop(e, &s->ready, &s->ready_b);
    return NULL;
}

/* ---- heartbeat --------------------------------------------------------- */

static void heartbeat_slot(engine *e, slot *s, int64_t now)
{
    char id[UTIL_ID_LEN];
    int renew;
    pthread_mutex_lock(&s->mu);
    util_strlcpy(id, s->task_id, sizeof id);
    int64_t deadline = s->deadline;
    renew = id[0] && now >= s->next_renew;
    if (renew) s->next_renew = now + e->cfg->lease * 1000 / 3;
    pthread_mutex_unlock(&s->mu);
    if (!id[0]) return;
    if (now >= deadline) slot_abort(s, ABORT_TIMEOUT);
    if (!renew) return;
    int rc = store_task_renew(e->st, id, s->worker, e->cfg->lease * 1000);
    if (rc == STORE_ECONFLICT) {
        store_task t = {0};
        int cancelled = store_task_get(e->st, id, NULL, &t) == STORE_OK &&
                        t.status == TASK_CANCELLED;
        store_task_free(&t);
        slot_abort(s, cancelled ? ABORT_CANCEL : ABORT_LOST);
    }
}

static void *heartbeat_main(void *arg)
{
    engine *e = arg;
    int64_t next_reap = 0;
    /* Runs until the slots are done, so leases stay renewed and deadlines
     * enforced during a shutdown's grace period. */
    while (!atomic_load(&e->hb_stopping)) {
        int64_t now = util_mono_ms();
        for (int i = 0; i < e->nslots; i++) heartbeat_slot(e, &e->slots[i], now);
        if (now >= next_reap) {
            /* Any node may re-queue any expired task: a dead node's work is
             * picked up by whoever is alive. */
            int n = 0;
            if (store_requeue_expired(e->st, (int)e->cfg->max_attempts, &n) == STORE_OK && n > 0)
                notify_bump();
            next_reap = now + e->cfg->lease * 1000 / 2;
        }
        util_sleep_ms(HEARTBEAT_MS);
    }
    return NULL;
}

/* ---- start and stop ---------------------------------------------------- */

int engine_start(store *st, const config *cfg, const char *node, engine **out, char *err,
                 size_t errlen)
{
    engine *e = xcalloc(1, sizeof *e);
    e->st = st;
    e->cfg = cfg;
    util_strlcpy(e->node, node, sizeof e->node);
    pthread_mutex_init(&e->browser_mu, NULL);
    e->nbrowsers = cfg->browsers > 0 ? (int)cfg->browsers : 1;
    e->browsers = xcalloc((size_t)e->nbrowsers, sizeof *e->browsers);
    e->nslots = (int)cfg->workers;
    e->slots = xcalloc((size_t)(e->nslots ? e->nslots : 1), sizeof *e->slots);
    for (int i = 0; i < e->nslots; i++) {
        slot *s = &e->slots[i];
        s->e = e;
        s->index = i;
        snprintf(s->worker, sizeof s->worker, "%s/%d", node, i);
        pthread_mutex_init(&s->mu, NULL);
    }
    if (*cfg->llm_url && strcmp(cfg->planner, "rules") != 0 &&
        llm_open(cfg->llm_url, cfg->llm_model, cfg->llm_api_key, (int)cfg->llm_timeout * 1000,
                 &e->llm, err, errlen) != 0) {
        free(e->browsers);
        free(e->slots);
        free(e);
        return -1;
    }
    if (pthread_create(&e->heartbeat, NULL, heartbeat_main, e) != 0) {
        snprintf(err, errlen, "cannot start the heartbeat thread");
        llm_close(e->llm);
        free(e->browsers);
        free(e->slots);
        free(e);
        return -1;
    }
    spares_init(e);
    pthread_create(&e->health, NULL, health_main, e);
    if (e->nslots > 0) e->scripts = script_pool_start(cfg);
    for (int i = 0; i < e->nslots; i++)
        pthread_create(&e->slots[i].thread, NULL, slot_main, &e->slots[i]);
    *out = e;
    return 0;
}

void engine_stop(engine *e, int grace_ms)
{
    if (!e) return;
    atomic_store(&e->stopping, 1);
    notify_bump();
    int64_t until = util_mono_ms() + grace_ms;
    while (atomic_load(&e->busy) > 0 && util_mono_ms() < until) util_sleep_ms(50);
    /* Tasks still running go back to the queue (run.c releases them). */
    for (int i = 0; i < e->nslots; i++) slot_abort(&e->slots[i], ABORT_SHUTDOWN);
    for (int i = 0; i < e->nslots; i++) pthread_join(e->slots[i].thread, NULL);
    script_pool_stop(e->scripts);
    atomic_store(&e->hb_stopping, 1);
    pthread_join(e->heartbeat, NULL);
    pthread_join(e->health, NULL);
    spares_free(e);
    for (int i = 0; i < e->nbrowsers; i++) browser_retire_locked(e, i);
    free(e->browsers);
    for (int i = 0; i < e->nslots; i++) pthread_mutex_destroy(&e->slots[i].mu);
    pthread_mutex_destroy(&e->browser_mu);
    llm_close(e->llm);
    free(e->slots);
    free(e);
}
