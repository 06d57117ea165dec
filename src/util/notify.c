/* notify.c -- see notify.h. One mutex for the whole process: wake-ups are
 * rare compared with the work each one triggers. Unnamed waiters share one
 * condition variable; each named waiter has its own, so notify_queue()
 * wakes one thread alone. */
#include "util/notify.h"

#include <pthread.h>
#include <string.h>
#include <time.h>

#include "util/util.h"

enum { W_BUSY, W_ARMED, W_WAITING };

typedef struct waiter {
    char name[NOTIFY_NAME_LEN];
    int state;
    uint64_t woken;       /* notify_queue()s that reached it */
    uint64_t armed_woken; /* woken at the last notify_gen_as */
    uint64_t since;       /* when it began waiting, for notify_queue */
    pthread_cond_t cond;
} waiter;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static uint64_t generation;
static waiter waiters[NOTIFY_NAMES];
static int nwaiters;
static uint64_t wait_seq;
static int unnamed; /* a name did not fit: notify_queue leaves it to a bump */

static void init(void)
{
    util_cond_init(&cond);
}

/* The waiter of that name, added when add and there is room; under lock. */
static waiter *find(const char *name, int add)
{
    for (int i = 0; i < nwaiters; i++)
        if (!strcmp(waiters[i].name, name)) return &waiters[i];
    if (!add) return NULL;
    if (nwaiters == NOTIFY_NAMES || strlen(name) >= NOTIFY_NAME_LEN) {
        unnamed = 1;
        return NULL;
    }
    waiter *w = &waiters[nwaiters++];
    memcpy(w->name, name, strlen(name) + 1);
    w->state = W_BUSY;
    util_cond_init(&w->cond);
    return w;
}

/* The generation as the waiter name (NULL: unnamed) sees it; under lock.
 * With arm, a named waiter is armed from now. */
static uint64_t gen_of(const char *name, int arm, waiter **out)
{
    waiter *w = name ? find(name, 1) : NULL;
    if (w && arm) {
        w->state = W_ARMED;
        w->armed_woken = w->woken;
    }
    if (out) *out = w;
    return generation + (w ? w->woken : 0);
}

uint64_t notify_gen(void)
{
    return notify_gen_as(NULL);
}

uint64_t notify_gen_as(const char *name)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    uint64_t g = gen_of(name, 1, NULL);
    pthread_mutex_unlock(&lock);
    return g;
}

void notify_bump(void)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    generation++;
    pthread_cond_broadcast(&cond);
    for (int i = 0; i < nwaiters; i++)
        if (waiters[i].state == W_WAITING) pthread_cond_broadcast(&waiters[i].cond);
    pthread_mutex_unlock(&lock);
}

uint64_t notify_wait(uint64_t gen, int timeout_ms)
{
    return notify_wait_as(NULL, gen, timeout_ms);
}

uint64_t notify_wait_as(const char *name, uint64_t gen, int timeout_ms)
{
    pthread_once(&once, init);
    struct timespec ts = util_deadline_ts(timeout_ms);
    waiter *w;
    pthread_mutex_lock(&lock);
    uint64_t g = gen_of(name, 0, &w);
    if (w) {
        w->state = W_WAITING;
        w->since = ++wait_seq;
    }
    while (g == gen) {
        if (pthread_cond_timedwait(w ? &w->cond : &cond, &lock, &ts) != 0) break;
        g = gen_of(name, 0, NULL);
    }
    if (w) w->state = W_ARMED;
    g = gen_of(name, 0, NULL);
    pthread_mutex_unlock(&lock);
    return g;
}

int notify_busy(const char *name)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    waiter *w = find(name, 0);
    int woken = w && w->woken != w->armed_woken;
    if (w) w->state = W_BUSY;
    pthread_mutex_unlock(&lock);
    return woken;
}

/* Wake w (armed or waiting); under lock. */
static void wake(waiter *w)
{
    w->woken++;
    if (w->state == W_WAITING) pthread_cond_broadcast(&w->cond);
    w->state = W_ARMED; /* it claims next: the next notify_queue passes it by */
}

int notify_queue(void)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    waiter *best = NULL;
    for (int i = 0; i < nwaiters; i++) {
        if (waiters[i].state == W_ARMED) waiters[i].woken++;
        if (waiters[i].state == W_WAITING && (!best || waiters[i].since < best->since))
            best = &waiters[i];
    }
    if (best) wake(best);
    int rc = nwaiters == 0 || unnamed ? -1 : best != NULL;
    pthread_mutex_unlock(&lock);
    return rc;
}

int notify_waiting(void)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    int n = 0;
    for (int i = 0; i < nwaiters; i++)
        n += waiters[i].state == W_WAITING;
    pthread_mutex_unlock(&lock);
    return n;
}
