/* resolve.c -- the gate's resolver threads (see internal.h).
 *
 * getaddrinfo(3) cannot be cancelled or given a deadline, so it runs here,
 * off the loop; the loop gives each lookup a deadline of its own and
 * cancels the job when it passes. The pool is reference-counted (the gate
 * and each thread) so a thread stuck in a lookup at stop time may finish
 * later without touching freed memory or a reused descriptor. */
#include "gate/internal.h"

#include <netdb.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/util.h"

struct resolver {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    gate_resolve_fn fn;
    void *ud;
    int notify_fd;
    int refs;
    int stopping;
    int queued, max_jobs;
    gate_job *qhead, *qtail; /* waiting for a thread */
    gate_job *dhead, *dtail; /* finished, waiting for the loop */
};

static void unlink_job(gate_job **head, gate_job **tail, gate_job *j)
{
    gate_job *prev = NULL;
    for (gate_job *x = *head; x; prev = x, x = x->next) {
        if (x != j) continue;
        if (prev)
            prev->next = x->next;
        else
            *head = x->next;
        if (*tail == x) *tail = prev;
        x->next = NULL;
        return;
    }
}

static void append_job(gate_job **head, gate_job **tail, gate_job *j)
{
    j->next = NULL;
    if (*tail)
        (*tail)->next = j;
    else
        *head = j;
    *tail = j;
}

/* Drop one reference; the last frees. Called with mu held; unlocks. */
static void unref_unlock(resolver *r)
{
    int last = --r->refs == 0;
    pthread_mutex_unlock(&r->mu);
    if (!last) return;
    pthread_mutex_destroy(&r->mu);
    pthread_cond_destroy(&r->cv);
    free(r);
}

static void *resolver_main(void *arg)
{
    resolver *r = arg;
    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (!r->stopping && !r->qhead)
            pthread_cond_wait(&r->cv, &r->mu);
        if (r->stopping) break;
        gate_job *j = r->qhead;
        unlink_job(&r->qhead, &r->qtail, j);
        r->queued--;
        j->running = 1;
        pthread_mutex_unlock(&r->mu);
        j->n = r->fn(r->ud, j->host, j->port, j->addrs, GATE_ADDRS_MAX);
        pthread_mutex_lock(&r->mu);
        j->running = 0;
        j->finished = 1;
        if (j->cancelled || r->stopping) {
            resolver_free(j);
            continue;
        }
        append_job(&r->dhead, &r->dtail, j);
        uint64_t one = 1;
        if (write(r->notify_fd, &one, sizeof one) < 0) { /* the counter is full: it is awake */
        }
    }
    unref_unlock(r);
    return NULL;
}

resolver *resolver_start(int nthreads, int max_jobs, gate_resolve_fn fn, void *ud, int notify_fd,
                         char *err, size_t errlen)
{
    resolver *r = xcalloc(1, sizeof *r);
    pthread_mutex_init(&r->mu, NULL);
    util_cond_init(&r->cv);
    r->fn = fn ? fn : gate_getaddrinfo;
    r->ud = ud;
    r->notify_fd = notify_fd;
    r->max_jobs = max_jobs;
    r->refs = 1;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&a, 256 * 1024);
    for (int i = 0; i < nthreads; i++) {
        pthread_t t;
        pthread_mutex_lock(&r->mu);
        r->refs++;
        pthread_mutex_unlock(&r->mu);
        if (pthread_create(&t, &a, resolver_main, r) != 0) {
            pthread_mutex_lock(&r->mu);
            r->refs--;
            pthread_mutex_unlock(&r->mu);
            pthread_attr_destroy(&a);
            snprintf(err, errlen, "cannot start the gate's resolver threads");
            resolver_stop(r);
            return NULL;
        }
    }
    pthread_attr_destroy(&a);
    return r;
}

gate_job *resolver_submit(resolver *r, const char *host, int port, void *owner)
{
    pthread_mutex_lock(&r->mu);
    if (r->queued >= r->max_jobs || r->stopping) {
        pthread_mutex_unlock(&r->mu);
        return NULL;
    }
    gate_job *j = xcalloc(1, sizeof *j);
    util_strlcpy(j->host, host, sizeof j->host);
    j->port = port;
    j->owner = owner;
    append_job(&r->qhead, &r->qtail, j);
    r->queued++;
    pthread_cond_signal(&r->cv);
    pthread_mutex_unlock(&r->mu);
    return j;
}

gate_job *resolver_done(resolver *r)
{
    pthread_mutex_lock(&r->mu);
    gate_job *j = r->dhead;
    if (j) unlink_job(&r->dhead, &r->dtail, j);
    pthread_mutex_unlock(&r->mu);
    return j;
}

void resolver_free(gate_job *j)
{
    free(j);
}

void resolver_cancel(resolver *r, gate_job *j)
{
    if (!j) return;
    pthread_mutex_lock(&r->mu);
    if (j->running) {
        j->cancelled = 1; /* its thread frees it */
    } else if (j->finished) {
        unlink_job(&r->dhead, &r->dtail, j);
        free(j);
    } else {
        unlink_job(&r->qhead, &r->qtail, j);
        r->queued--;
        free(j);
    }
    pthread_mutex_unlock(&r->mu);
}

void resolver_stop(resolver *r)
{
    if (!r) return;
    pthread_mutex_lock(&r->mu);
    r->stopping = 1;
    for (gate_job *j = r->qhead, *next; j; j = next) {
        next = j->next;
        free(j);
    }
    for (gate_job *j = r->dhead, *next; j; j = next) {
        next = j->next;
        free(j);
    }
    r->qhead = r->qtail = r->dhead = r->dtail = NULL;
    pthread_cond_broadcast(&r->cv);
    unref_unlock(r);
}

int gate_getaddrinfo(void *ud, const char *host, int port, gate_addr *out, int max)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, NULL, &hints, &res) != 0 || !res) return -1;
    int n = 0;
    for (struct addrinfo *ai = res; ai && n < max; ai = ai->ai_next) {
        if ((ai->ai_family != AF_INET && ai->ai_family != AF_INET6) ||
            ai->ai_addrlen > sizeof out[n].sa)
            continue;
        memcpy(&out[n].sa, ai->ai_addr, ai->ai_addrlen);
        out[n].len = ai->ai_addrlen;
        if (ai->ai_family == AF_INET)
            ((struct sockaddr_in *)(void *)&out[n].sa)->sin_port = htons((uint16_t)port);
        else
            ((struct sockaddr_in6 *)(void *)&out[n].sa)->sin6_port = htons((uint16_t)port);
        n++;
    }
    freeaddrinfo(res);
    return n > 0 ? n : -1;
}
