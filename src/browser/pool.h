/* pool.h -- the browser pool: long-lived browsers that serve the worker
 * slots, and pages prepared ahead of the tasks that will use them.
 *
 * n browsers; slot i uses place i % n. Each task gets a fresh context (a
 * page) in its place's browser. A browser that died, stopped answering the
 * health probe, grew past the memory limit or served its quota of pages is
 * retired: no new pages go to it, a new one takes its place, and it is
 * closed when its last page is. Each slot keeps one page ready for its next
 * task, in the default proxy's context; every other configured proxy keeps
 * one spare page, shared by the slots and refilled by the pool's health
 * thread, since Chromium fixes a context's proxy when it is made.
 *
 * Warm and cold: with cold_after_ms set, the pool prepares nothing and
 * launches no browser until a task takes a page, and cold_after_ms after
 * the last page was taken or given back it lets its prepared pages go and
 * closes the browsers no page uses. An idle Chromium with a page per slot
 * holds ~200 MiB and costs ~1.5 CPU s to start: a node that serves only
 * the API or script tasks (their runners have browsers of their own) never
 * starts one.
 *
 * Threads: pool_take, pool_prepare and pool_put are called by slot
 * threads (pool_take and pool_prepare for the slot's own index only);
 * pool_counts by any thread. Browsers are launched and closed outside the
 * pool's lock: a slow launch delays only the slots that wait for it. */
#ifndef BAI_POOL_H
#define BAI_POOL_H

#include <stddef.h>
#include <sys/types.h>

#include "browser/page.h"

/* What the pool needs of a browser. The default is Chromium over DevTools
 * (cdp.h); tests give fakes that hang, die or grow on demand. */
typedef struct browser_ops {
    /* Start one; 0 with *b, or -1 with err. */
    int (*launch)(void *ud, void **b, char *err, size_t errlen);
    /* A fresh context and tab (see page_open). */
    int (*open_page)(void *b, int allow_private, const char *proxy, page **pg, char *err,
                     size_t errlen);
    int (*alive)(void *b);
    /* Answer a trivial command within timeout_ms: 0, or -1 (hung). */
    int (*probe)(void *b, int timeout_ms);
    long (*rss_kib)(void *b);
    pid_t (*pid)(void *b);
    void (*kill)(void *b);  /* the whole process group, now */
    void (*close)(void *b); /* and free */
} browser_ops;

typedef struct pool_opts {
    const browser_ops *ops;           /* NULL: Chromium */
    void *ud;                         /* for ops->launch */
    const char *chromium;             /* the default ops' executable */
    const char *const *chromium_args; /* and its extra flags (the egress gate's), or NULL */
    /* A context's proxy as the browser must be given it: the egress gate's
     * route through the operator's proxy (NULL: the proxy as it is). */
    const char *(*route)(void *route_ud, const char *proxy);
    void *route_ud;
    int browsers; /* places (>= 1) */
    int slots;    /* slots that keep a page ready */
    int allow_private;
    long max_pages;             /* pages per browser before it is retired */
    long max_rss_mib;           /* memory per browser before it is retired */
    long memory_mib;            /* its renderers' memory before the largest is killed (cdp_opts) */
    uid_t uid_lo, uid_hi;       /* as root, each browser runs as a user of this range (cdp_opts) */
    const char *default_proxy;  /* the slots' ready pages' proxy, or NULL */
    const char *const *proxies; /* other proxies that keep a spare page */
    int nproxies;
    /* 0: warm from the start, always; > 0: warm only within this many ms
     * of the last page taken or given back; < 0: never prepare ahead, and
     * close a browser as soon as no page uses it. */
    long cold_after_ms;
    int health_every_ms; /* 0: 5000 */
    int probe_ms;        /* 0: 5000 */
} pool_opts;

typedef struct pool pool;
typedef struct pool_browser pool_browser; /* a page's browser, for pool_put */

/* Start the pool and its health thread. Launches nothing yet. Copies o
 * (the strings it points to must outlive the pool). */
pool *pool_start(const pool_opts *o);

/* Close every page and browser and free. Accepts NULL. The slots must be
 * done with their pages. */
void pool_stop(pool *p);

/* Open slot's next page now, while no task waits on it; replace one whose
 * browser left service. The page gets the place of the last page put back
 * in its browser (page_set_place), most tasks coming from where the one
 * before came from. Idle time of the slot's thread. */
void pool_prepare(pool *p, int slot);

/* A page for slot's next task, in a fresh context using proxy (NULL:
 * direct): one prepared ahead when one fits, else a new one. *b is its
 * browser (give both back with pool_put); *launched tells whether a browser
 * was started for it, *prepared whether it was made ahead. 0, or -1 with
 * err. */
int pool_take(pool *p, int slot, const char *proxy, page **pg, pool_browser **b, int *launched,
              int *prepared, char *err, size_t errlen);

/* Close pg (NULL allowed) and let go of its browser b (NULL allowed). */
void pool_put(pool *p, page *pg, pool_browser *b);

/* Browsers in service, and pages prepared ahead. */
void pool_counts(pool *p, int *browsers, int *prepared);

/* Run the health check once now (tests; the health thread runs it every
 * health_every_ms). */
void pool_health_check(pool *p);

#endif
