/* notify.c -- see notify.h. One mutex and condition variable for the whole
 * process: wake-ups are rare compared with the work each one triggers. */
#include "util/notify.h"

#include <pthread.h>
#include <time.h>

#include "util/util.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static uint64_t generation;

static void init(void)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&cond, &a);
    pthread_condattr_destroy(&a);
}

uint64_t notify_gen(void)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    uint64_t g = generation;
    pthread_mutex_unlock(&lock);
    return g;
}

void notify_bump(void)
{
    pthread_once(&once, init);
    pthread_mutex_lock(&lock);
    generation++;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
}

uint64_t notify_wait(uint64_t gen, int timeout_ms)
{
    pthread_once(&once, init);
    struct timespec ts = util_deadline_ts(timeout_ms);
    pthread_mutex_lock(&lock);
    while (generation == gen)
        if (pthread_cond_timedwait(&cond, &lock, &ts) != 0) break;
    uint64_t g = generation;
    pthread_mutex_unlock(&lock);
    return g;
}
