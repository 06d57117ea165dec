/* deadline.c -- the deadline of a request's headers: see internal.h.
 *
 * Every deadline is "now + the same number of seconds", so appending keeps
 * the list sorted: arming, disarming and expiring are O(1), under one mutex,
 * and the thread sleeps until the oldest deadline. The thread only calls
 * shutdown(2) on the socket; libmicrohttpd reads the end and closes it as
 * usual. An entry leaves the list (under the mutex) before libmicrohttpd
 * closes its descriptor, so a number reused by a new connection is never
 * shut down by mistake. */
#include "http/internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

#include "util/util.h"

struct http_deadlines {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    http_conn *head, *tail;
    int64_t ms;
    int stop;
    pthread_t thread;
};

static void take_out(http_deadlines *d, http_conn *c)
{
    if (!c->linked) return;
    if (c->prev)
        c->prev->next = c->next;
    else
        d->head = c->next;
    if (c->next)
        c->next->prev = c->prev;
    else
        d->tail = c->prev;
    c->prev = c->next = NULL;
    c->linked = 0;
}

static void *watch_main(void *arg)
{
    http_deadlines *d = arg;
    pthread_mutex_lock(&d->mu);
    while (!d->stop) {
        int64_t now = util_mono_ms();
        while (d->head && d->head->deadline <= now) {
            http_conn *c = d->head;
            take_out(d, c);
            shutdown(c->fd, SHUT_RDWR);
        }
        if (d->head) {
            struct timespec ts = util_deadline_ts(d->head->deadline - now);
            pthread_cond_timedwait(&d->cv, &d->mu, &ts);
        } else {
            pthread_cond_wait(&d->cv, &d->mu);
        }
    }
    pthread_mutex_unlock(&d->mu);
    return NULL;
}

int http_deadlines_start(unsigned seconds, http_deadlines **out)
{
    *out = NULL;
    if (seconds == 0) return 0;
    http_deadlines *d = xcalloc(1, sizeof *d);
    util_cond_init(&d->cv);
    pthread_mutex_init(&d->mu, NULL);
    d->ms = (int64_t)seconds * 1000;
    if (pthread_create(&d->thread, NULL, watch_main, d) != 0) {
        pthread_cond_destroy(&d->cv);
        pthread_mutex_destroy(&d->mu);
        free(d);
        return -1;
    }
    *out = d;
    return 0;
}

void http_deadline_arm(http_deadlines *d, http_conn *c)
{
    if (!d || !c) return;
    pthread_mutex_lock(&d->mu);
    take_out(d, c);
    c->deadline = util_mono_ms() + d->ms;
    c->prev = d->tail;
    c->next = NULL;
    if (d->tail)
        d->tail->next = c;
    else
        d->head = c;
    d->tail = c;
    c->linked = 1;
    /* The thread sleeps until the oldest deadline, or for good when there
     * was none: only a new head needs waking it. */
    if (d->head == c) pthread_cond_signal(&d->cv);
    pthread_mutex_unlock(&d->mu);
}

void http_deadline_disarm(http_deadlines *d, http_conn *c)
{
    if (!d || !c) return;
    pthread_mutex_lock(&d->mu);
    take_out(d, c);
    pthread_mutex_unlock(&d->mu);
}

void http_deadlines_stop(http_deadlines *d)
{
    if (!d) return;
    pthread_mutex_lock(&d->mu);
    d->stop = 1;
    pthread_cond_signal(&d->cv);
    pthread_mutex_unlock(&d->mu);
    pthread_join(d->thread, NULL);
    pthread_cond_destroy(&d->cv);
    pthread_mutex_destroy(&d->mu);
    free(d);
}
