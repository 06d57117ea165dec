/* evq.c -- the queue of DevTools events waiting for the dispatcher. See
 * cdp_evq in cdp.h. */
#include <stdlib.h>
#include <string.h>

#include "cdp/cdp.h"
#include "util/util.h"

struct cdp_event {
    json_t *msg;
    struct cdp_event *next;
};

/* Fetch.requestPaused holds a request in the browser until it is answered:
 * dropping one would leave the page waiting for it until its navigation
 * timed out. Such events are never dropped (the browser bounds how many
 * requests it keeps paused). */
static int must_keep(json_t *msg)
{
    const char *m = json_string_value(json_object_get(msg, "method"));
    return m && strncmp(m, "Fetch.", 6) == 0;
}

/* Unlink and free the oldest event that may be dropped; 0 when none may. */
static int drop_oldest(cdp_evq *q)
{
    struct cdp_event **pp = &q->head, *prev = NULL;
    while (*pp && must_keep((*pp)->msg)) {
        prev = *pp;
        pp = &(*pp)->next;
    }
    struct cdp_event *ev = *pp;
    if (!ev) return 0;
    *pp = ev->next;
    if (q->tail == ev) q->tail = prev;
    q->len--;
    q->dropped++;
    json_decref(ev->msg);
    free(ev);
    return 1;
}

void cdp_evq_push(cdp_evq *q, json_t *msg)
{
    if (q->len >= q->max && !drop_oldest(q) && !must_keep(msg)) {
        /* Full of events that must be kept: this one goes. */
        q->dropped++;
        json_decref(msg);
        return;
    }
    struct cdp_event *ev = xmalloc(sizeof *ev);
    ev->msg = msg;
    ev->next = NULL;
    if (q->tail)
        q->tail->next = ev;
    else
        q->head = ev;
    q->tail = ev;
    q->len++;
}

json_t *cdp_evq_pop(cdp_evq *q)
{
    struct cdp_event *ev = q->head;
    if (!ev) return NULL;
    q->head = ev->next;
    if (!q->head) q->tail = NULL;
    q->len--;
    json_t *msg = ev->msg;
    free(ev);
    return msg;
}

void cdp_evq_clear(cdp_evq *q)
{
    json_t *msg;
    while ((msg = cdp_evq_pop(q)))
        json_decref(msg);
}
