/* pool.c -- the browser pool and the pages prepared ahead. See pool.h. */
#include "browser/pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser/page_impl.h"
#include "cdp/cdp.h"
#include "util/util.h"

#define SPARE_RETRY_MS 5000

/* A browser, counted so a retired one is closed only after the last page
 * using it let go. */
struct pool_browser {
    void *b;
    int refs;
    int retired;      /* no new pages: dead, hung, too big or old */
    int pages;        /* pages opened on it so far */
    page_place place; /* of the last page put back: the next prepared page's */
};

/* A page prepared ahead in the context of one configured proxy. */
typedef struct spare {
    const char *proxy;
    page *pg; /* NULL: taken or not made yet */
    pool_browser *b;
    int64_t retry_at; /* after a failure to make it, monotonic ms */
} spare;

/* A slot's page for its next task (the slot's thread only). */
typedef struct ready {
    page *pg;
    pool_browser *b;
} ready;

struct pool {
    pool_opts o;
    pthread_mutex_t mu;       /* guards places, launching, and every refs/retired/pages */
    pthread_cond_t launched;  /* a launch ended */
    pool_browser **places;    /* the browser in service at each place, or NULL */
    int *launching;           /* a slot is launching this place's browser */
    ready *ready;             /* one per slot */
    pthread_mutex_t spare_mu; /* guards spares[].pg and .b */
    spare *spares;
    int nspares;
    atomic_int prepared;
    atomic_int stopping;
    _Atomic int64_t last_use; /* a page last taken or given back (monotonic ms), 0: never */
    pthread_t health;
};

/* ---- Chromium, the default browser ---------------------------------------- */

static int cdp_launch_op(void *ud, void **b, char *err, size_t errlen)
{
    const pool_opts *po = ud;
    cdp_opts o = {.chromium = po->chromium,
                  .extra_args = po->chromium_args,
                  .launch_timeout_ms = 30000,
                  .memory_mib = po->memory_mib,
                  .uid_lo = po->uid_lo,
                  .uid_hi = po->uid_hi};
    cdp *c = NULL;
    if (cdp_launch(&o, &c, err, errlen) != CDP_OK) return -1;
    *b = c;
    return 0;
}

static int cdp_open_op(void *b, int allow_private, const char *proxy, page **pg, char *err,
                       size_t errlen)
{
    return page_open(b, allow_private, proxy, pg, err, errlen) == CDP_OK ? 0 : -1;
}

static int cdp_alive_op(void *b)
{
    return cdp_alive(b);
}

static int cdp_probe_op(void *b, int timeout_ms)
{
    char err[256];
    return cdp_alive(b) && cdp_call(b, NULL, "Browser.getVersion", NULL, timeout_ms, NULL, err,
                                    sizeof err) == CDP_ETIMEOUT
               ? -1
               : 0;
}

static long cdp_rss_op(void *b)
{
    return cdp_rss_kib(b);
}
static pid_t cdp_pid_op(void *b)
{
    return cdp_pid(b);
}
static void cdp_kill_op(void *b)
{
    cdp_kill(b);
}
static void cdp_close_op(void *b)
{
    cdp_close(b);
}

static const browser_ops chromium_ops = {
    cdp_launch_op, cdp_open_op, cdp_alive_op, cdp_probe_op,
    cdp_rss_op,    cdp_pid_op,  cdp_kill_op,  cdp_close_op,
};

/* ---- browsers ------------------------------------------------------------ */

/* mu held: retire place's browser. Returns it when it must be closed now
 * (no page uses it), for the caller to close after unlocking. */
static pool_browser *retire_locked(pool *p, int place)
{
    pool_browser *b = p->places[place];
    if (!b) return NULL;
    b->retired = 1;
    p->places[place] = NULL;
    return b->refs == 0 ? b : NULL;
}

static void browser_close(pool *p, pool_browser *b)
{
    if (!b) return;
    p->o.ops->close(b->b);
    free(b);
}

/* Borrow the browser of place, launching one when there is none in
 * service. Only the launching slot waits on the launch; other slots of the
 * place wait for its outcome, not for the lock. NULL with err on failure. */
static pool_browser *browser_get(pool *p, int place, int *launched, char *err, size_t errlen)
{
    pool_browser *b;
    *launched = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        b = p->places[place];
        if (b && (!p->o.ops->alive(b->b) || b->retired || b->pages >= p->o.max_pages)) {
            pool_browser *gone = retire_locked(p, place);
            if (gone) {
                pthread_mutex_unlock(&p->mu);
                browser_close(p, gone);
                pthread_mutex_lock(&p->mu);
            }
            continue;
        }
        if (b || !p->launching[place]) break;
        pthread_cond_wait(&p->launched, &p->mu);
    }
    if (!b) {
        p->launching[place] = 1;
        pthread_mutex_unlock(&p->mu);
        void *nb = NULL;
        int ok = p->o.ops->launch(p->o.ud, &nb, err, errlen) == 0;
        pthread_mutex_lock(&p->mu);
        p->launching[place] = 0;
        pthread_cond_broadcast(&p->launched);
        if (ok) {
            b = xcalloc(1, sizeof *b);
            b->b = nb;
            p->places[place] = b; /* empty: only a launcher fills it */
            *launched = 1;
        }
    }
    if (b) {
        b->refs++;
        b->pages++;
    }
    pthread_mutex_unlock(&p->mu);
    return b;
}

/* Let go of b; the last page of a retired browser closes it. */
static void browser_put(pool *p, pool_browser *b)
{
    if (!b) return;
    pthread_mutex_lock(&p->mu);
    int close_now = --b->refs == 0 && b->retired;
    pthread_mutex_unlock(&p->mu);
    if (close_now) browser_close(p, b);
}

/* Whether to keep browsers and pages ready (pool_opts.cold_after_ms). */
static int warm(pool *p)
{
    if (p->o.cold_after_ms == 0) return 1;
    int64_t t = atomic_load(&p->last_use);
    return p->o.cold_after_ms > 0 && t && util_mono_ms() - t < p->o.cold_after_ms;
}

static int in_service(pool *p, pool_browser *b)
{
    pthread_mutex_lock(&p->mu);
    int ok = !b->retired && p->o.ops->alive(b->b);
    pthread_mutex_unlock(&p->mu);
    return ok;
}

static int open_page(pool *p, int place, const char *proxy, page **pg, pool_browser **b,
                     int *launched, char *err, size_t errlen)
{
    *b = browser_get(p, place, launched, err, errlen);
    if (!*b) return -1;
    const char *via = proxy && p->o.route ? p->o.route(p->o.route_ud, proxy) : proxy;
    if (p->o.ops->open_page((*b)->b, p->o.allow_private, via, pg, err, errlen) != 0) {
        browser_put(p, *b);
        *b = NULL;
        return -1;
    }
    return 0;
}

/* pool_put without the use it stands for: a prepared page let go. */
static void page_put(pool *p, page *pg, pool_browser *b)
{
    if (pg && b && pg->place.set) {
        pthread_mutex_lock(&p->mu);
        b->place = pg->place;
        pthread_mutex_unlock(&p->mu);
    }
    page_close(pg);
    browser_put(p, b);
}

void pool_put(pool *p, page *pg, pool_browser *b)
{
    atomic_store(&p->last_use, util_mono_ms()); /* warm for cold_after_ms after a task's end */
    page_put(p, pg, b);
}

/* Give a page prepared ahead the place of the last page put back in its
 * browser: most tasks come from the place the one before came from, and
 * theirs then starts with its place set (page_set_place() of the same
 * place does nothing). One that fails is left to the task, which sets its
 * own place and says why it could not. */
static void place_ahead(pool *p, page *pg, pool_browser *b)
{
    pthread_mutex_lock(&p->mu);
    page_place pl = b->place;
    pthread_mutex_unlock(&p->mu);
    char err[256];
    if (pl.set) page_set_place(pg, pl.tz, pl.locale, pl.lat, pl.lon, err, sizeof err);
}

/* ---- pages prepared ahead --------------------------------------------------
 *
 * Opening a context and its tab costs a renderer start and a few round
 * trips (~100 ms): done while no task waits. */

static void drop_prepared(pool *p, page **pg, pool_browser **b)
{
    atomic_fetch_sub(&p->prepared, 1);
    page_put(p, *pg, *b);
    *pg = NULL;
    *b = NULL;
}

static int same_proxy(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

void pool_prepare(pool *p, int slot)
{
    ready *r = &p->ready[slot];
    char err[256];
    int launched;
    int hot = warm(p);
    if (r->pg && (!hot || !in_service(p, r->b))) drop_prepared(p, &r->pg, &r->b);
    if (r->pg || !hot || atomic_load(&p->stopping)) return;
    if (open_page(p, slot % p->o.browsers, p->o.default_proxy, &r->pg, &r->b, &launched, err,
                  sizeof err) != 0) {
        r->pg = NULL; /* the task will try again, and say why */
        return;
    }
    place_ahead(p, r->pg, r->b);
    atomic_fetch_add(&p->prepared, 1);
}

/* Take the spare page of proxy when one is ready in a browser in service. */
static int spare_take(pool *p, const char *proxy, page **pg, pool_browser **b)
{
    int got = 0;
    pthread_mutex_lock(&p->spare_mu);
    for (int i = 0; i < p->nspares && !got; i++) {
        spare *sp = &p->spares[i];
        if (!sp->pg || !same_proxy(sp->proxy, proxy) || !in_service(p, sp->b)) continue;
        *pg = sp->pg;
        *b = sp->b;
        sp->pg = NULL;
        sp->b = NULL;
        got = 1;
        atomic_fetch_sub(&p->prepared, 1);
    }
    pthread_mutex_unlock(&p->spare_mu);
    return got;
}

/* Make the spares that were taken or went stale, or let them all go when
 * the pool went cold (health thread). */
static void spares_refill(pool *p)
{
    int hot = warm(p);
    for (int i = 0; i < p->nspares && !atomic_load(&p->stopping); i++) {
        spare *sp = &p->spares[i];
        page *stale = NULL;
        pool_browser *stale_b = NULL;
        pthread_mutex_lock(&p->spare_mu);
        if (sp->pg && (!hot || !in_service(p, sp->b))) {
            stale = sp->pg;
            stale_b = sp->b;
            sp->pg = NULL;
            sp->b = NULL;
        }
        int need = hot && !sp->pg && util_mono_ms() >= sp->retry_at;
        pthread_mutex_unlock(&p->spare_mu);
        if (stale) drop_prepared(p, &stale, &stale_b);
        if (!need) continue;
        page *pg;
        pool_browser *b;
        int launched;
        char err[256];
        if (open_page(p, i % p->o.browsers, sp->proxy, &pg, &b, &launched, err, sizeof err) != 0) {
            sp->retry_at = util_mono_ms() + SPARE_RETRY_MS; /* the task will say why */
            continue;
        }
        pthread_mutex_lock(&p->spare_mu);
        sp->pg = pg;
        sp->b = b;
        atomic_fetch_add(&p->prepared, 1);
        pthread_mutex_unlock(&p->spare_mu);
    }
}

int pool_take(pool *p, int slot, const char *proxy, page **pg, pool_browser **b, int *launched,
              int *prepared, char *err, size_t errlen)
{
    ready *r = &p->ready[slot];
    atomic_store(&p->last_use, util_mono_ms());
    *launched = 0;
    *prepared = 1;
    if (r->pg && same_proxy(proxy, p->o.default_proxy) && in_service(p, r->b)) {
        *pg = r->pg;
        *b = r->b;
        r->pg = NULL;
        r->b = NULL;
        atomic_fetch_sub(&p->prepared, 1);
        return 0;
    }
    if (!same_proxy(proxy, p->o.default_proxy) && spare_take(p, proxy, pg, b)) return 0;
    /* The slot's own page, when it did not fit, stays for the next task. */
    *prepared = 0;
    return open_page(p, slot % p->o.browsers, proxy, pg, b, launched, err, errlen);
}

/* ---- health ---------------------------------------------------------------- */

/* Probe each browser: one that does not answer in time is killed (its
 * tasks fail with a clear reason and the next ones get a new browser); one
 * past the memory limit is retired gracefully. */
void pool_health_check(pool *p)
{
    for (int i = 0; i < p->o.browsers; i++) {
        pthread_mutex_lock(&p->mu);
        pool_browser *b = p->places[i];
        if (b) b->refs++;
        pthread_mutex_unlock(&p->mu);
        if (!b) continue;
        int hung = p->o.ops->alive(b->b) && p->o.ops->probe(b->b, p->o.probe_ms) != 0;
        long rss_mib = p->o.ops->rss_kib(b->b) / 1024;
        if (hung) {
            fprintf(stderr, "browserai: browser %d (pid %d) did not answer in %d ms; killing it\n",
                    i, (int)p->o.ops->pid(b->b), p->o.probe_ms);
            p->o.ops->kill(b->b);
        }
        pool_browser *gone = NULL;
        pthread_mutex_lock(&p->mu);
        if ((hung || rss_mib > p->o.max_rss_mib) && p->places[i] == b) {
            if (!hung)
                fprintf(stderr, "browserai: browser %d uses %ld MiB (limit %ld); replacing it\n", i,
                        rss_mib, p->o.max_rss_mib);
            retire_locked(p, i); /* we hold a reference: never closed here */
        }
        if (--b->refs == 0 && b->retired) gone = b;
        pthread_mutex_unlock(&p->mu);
        browser_close(p, gone);
    }
}

/* A cold pool closes the browsers no page uses (health thread); the slots
 * let their prepared pages go in pool_prepare. */
static void close_idle(pool *p)
{
    if (warm(p)) return;
    for (int i = 0; i < p->o.browsers; i++) {
        pthread_mutex_lock(&p->mu);
        pool_browser *gone = p->places[i] && !p->places[i]->refs ? retire_locked(p, i) : NULL;
        pthread_mutex_unlock(&p->mu);
        if (!gone) continue;
        if (p->o.cold_after_ms > 0)
            fprintf(stderr, "browserai: no browser task for %ld s: closing browser %d (pid %d)\n",
                    p->o.cold_after_ms / 1000, i, (int)p->o.ops->pid(gone->b));
        browser_close(p, gone);
    }
}

static void *health_main(void *arg)
{
    pool *p = arg;
    int64_t next = util_mono_ms() + p->o.health_every_ms;
    while (!atomic_load(&p->stopping)) {
        if (util_mono_ms() >= next) {
            pool_health_check(p);
            next = util_mono_ms() + p->o.health_every_ms;
        }
        spares_refill(p);
        close_idle(p);
        util_sleep_ms(100);
    }
    return NULL;
}

/* ---- start and stop ----------------------------------------------------- */

pool *pool_start(const pool_opts *o)
{
    pool *p = xcalloc(1, sizeof *p);
    p->o = *o;
    if (!p->o.ops) {
        p->o.ops = &chromium_ops;
        p->o.ud = &p->o;
    }
    if (p->o.browsers < 1) p->o.browsers = 1;
    if (p->o.health_every_ms <= 0) p->o.health_every_ms = 5000;
    if (p->o.probe_ms <= 0) p->o.probe_ms = 5000;
    pthread_mutex_init(&p->mu, NULL);
    util_cond_init(&p->launched);
    pthread_mutex_init(&p->spare_mu, NULL);
    p->places = xcalloc((size_t)p->o.browsers, sizeof *p->places);
    p->launching = xcalloc((size_t)p->o.browsers, sizeof *p->launching);
    p->ready = xcalloc((size_t)(p->o.slots > 0 ? p->o.slots : 1), sizeof *p->ready);
    p->spares = xcalloc((size_t)(o->nproxies > 0 ? o->nproxies : 1), sizeof *p->spares);
    for (int i = 0; i < o->nproxies; i++)
        if (!same_proxy(o->proxies[i], o->default_proxy))
            p->spares[p->nspares++].proxy = o->proxies[i];
    pthread_create(&p->health, NULL, health_main, p);
    return p;
}

void pool_stop(pool *p)
{
    if (!p) return;
    atomic_store(&p->stopping, 1);
    pthread_join(p->health, NULL);
    for (int i = 0; i < p->o.slots; i++)
        if (p->ready[i].pg) drop_prepared(p, &p->ready[i].pg, &p->ready[i].b);
    for (int i = 0; i < p->nspares; i++)
        if (p->spares[i].pg) drop_prepared(p, &p->spares[i].pg, &p->spares[i].b);
    for (int i = 0; i < p->o.browsers; i++) {
        pthread_mutex_lock(&p->mu);
        pool_browser *gone = retire_locked(p, i);
        pthread_mutex_unlock(&p->mu);
        browser_close(p, gone);
    }
    free(p->places);
    free(p->launching);
    free(p->ready);
    free(p->spares);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->launched);
    pthread_mutex_destroy(&p->spare_mu);
    free(p);
}

void pool_counts(pool *p, int *browsers, int *prepared)
{
    *browsers = 0;
    pthread_mutex_lock(&p->mu);
    for (int i = 0; i < p->o.browsers; i++)
        *browsers += p->places[i] && p->o.ops->alive(p->places[i]->b);
    pthread_mutex_unlock(&p->mu);
    *prepared = atomic_load(&p->prepared);
}
