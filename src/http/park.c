/* park.c -- connections that wait without a thread: see internal.h.
 *
 * One list of parked connections under one mutex, and one waiter thread
 * that sleeps in notify_wait() for at most TICK_MS and resumes those whose
 * generation moved or whose time is up. The tick bounds how late a timeout
 * fires; a change on this node resumes its waiters at once. With nothing
 * parked the thread sleeps until something is. */
#include "http/internal.h"

#include <pthread.h>
#include <stdlib.h>

#include "util/notify.h"
#include "util/util.h"

#define TICK_MS 50

struct http_parking {
    pthread_mutex_t mu;
    pthread_cond_t cv; /* signalled when the list stops being empty */
    http_parked *head;
    int closed; /* http_park_close has begun */
    int thread_started;
    pthread_t waiter;
};

static void unlink_parked(http_parking *pk, http_parked *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        pk->head = p->next;
    if (p->next) p->next->prev = p->prev;
    p->prev = p->next = NULL;
    p->linked = 0;
}

/* Resume the parked connections due now (all of them when all is set).
 * Called with mu held. */
static void resume_due(http_parking *pk, uint64_t gen, int all)
{
    int64_t now = util_mono_ms();
    for (http_parked *p = pk->head, *next; p; p = next) {
        next = p->next;
        if (all || p->gen != gen || p->deadline <= now) {
            unlink_parked(pk, p);
            MHD_resume_connection(p->conn);
        }
    }
}

static void *waiter_main(void *arg)
{
    http_parking *pk = arg;
    uint64_t gen = notify_gen();
    pthread_mutex_lock(&pk->mu);
    while (!pk->closed) {
        if (!pk->head) {
            pthread_cond_wait(&pk->cv, &pk->mu);
            /* Entries parked meanwhile carry the generation they saw:
             * compare with the one now, not the one before the sleep. */
            gen = notify_gen();
            continue;
        }
        resume_due(pk, gen, 0);
        pthread_mutex_unlock(&pk->mu);
        gen = notify_wait(gen, TICK_MS);
        pthread_mutex_lock(&pk->mu);
    }
    resume_due(pk, gen, 1);
    pthread_mutex_unlock(&pk->mu);
    return NULL;
}

int http_park_start(http_parking **out)
{
    http_parking *pk = xcalloc(1, sizeof *pk);
    pthread_mutex_init(&pk->mu, NULL);
    util_cond_init(&pk->cv);
    if (pthread_create(&pk->waiter, NULL, waiter_main, pk) != 0) {
        http_park_free(pk);
        return -1;
    }
    pk->thread_started = 1;
    *out = pk;
    return 0;
}

void http_park(http_parking *pk, http_parked *p, struct MHD_Connection *conn, uint64_t gen,
               int timeout_ms)
{
    /* Suspended first, listed after: the waiter may resume it the moment it
     * is listed, and a resume must follow the suspend it undoes. */
    MHD_suspend_connection(conn);
    pthread_mutex_lock(&pk->mu);
    /* The generation read under mu: a bump after this wakes the waiter,
     * whose next pass sees p->gen differ. */
    if (pk->closed || gen != notify_gen()) {
        pthread_mutex_unlock(&pk->mu);
        MHD_resume_connection(conn);
        return;
    }
    p->conn = conn;
    p->gen = gen;
    p->deadline = util_mono_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    if (!pk->head) pthread_cond_signal(&pk->cv);
    p->prev = NULL;
    p->next = pk->head;
    if (pk->head) pk->head->prev = p;
    pk->head = p;
    p->linked = 1;
    pthread_mutex_unlock(&pk->mu);
}

void http_park_close(http_parking *pk)
{
    if (!pk) return;
    pthread_mutex_lock(&pk->mu);
    pk->closed = 1;
    resume_due(pk, 0, 1);
    pthread_cond_signal(&pk->cv);
    pthread_mutex_unlock(&pk->mu);
    if (pk->thread_started) pthread_join(pk->waiter, NULL);
    pk->thread_started = 0;
}

void http_park_free(http_parking *pk)
{
    if (!pk) return;
    http_park_close(pk);
    pthread_cond_destroy(&pk->cv);
    pthread_mutex_destroy(&pk->mu);
    free(pk);
}
