/* internal.h -- what the files of http/ share: parked connections (park.c)
 * and the deadline of a request's headers (deadline.c). Not for handlers:
 * they see http.h only. */
#ifndef BAI_HTTP_INTERNAL_H
#define BAI_HTTP_INTERNAL_H

#include <microhttpd.h>
#include <stdint.h>

/* ---- parked connections (park.c) ---------------------------------------- */

/* A connection that waits for news without holding a thread: suspended in
 * libmicrohttpd, resumed by one waiter thread when notify's generation
 * moves, when its time is up, or when the server stops. */
typedef struct http_parking http_parking;

/* One parked connection; embedded in the request that parks, untouched by
 * its owner while parked. */
typedef struct http_parked {
    struct http_parked *prev, *next;
    struct MHD_Connection *conn;
    uint64_t gen;     /* resume once notify's generation differs */
    int64_t deadline; /* or at this util_mono_ms() */
    int linked;
} http_parked;

/* Start the waiter thread. Returns 0, or -1 when the thread cannot start. */
int http_park_start(http_parking **out);
/* Suspend conn until notify_gen() != gen or timeout_ms passes (at once when
 * the generation already moved, or after http_park_close). Only from a
 * libmicrohttpd callback of conn, on its thread; conn must not be parked. */
void http_park(http_parking *pk, http_parked *p, struct MHD_Connection *conn, uint64_t gen,
               int timeout_ms);
/* Resume every parked connection, make later http_park calls resume at
 * once, and stop the waiter thread. Before MHD_stop_daemon, which refuses
 * suspended connections. */
void http_park_close(http_parking *pk);
/* Free (after http_park_close and MHD_stop_daemon). Accepts NULL. */
void http_park_free(http_parking *pk);

/* ---- header deadlines (deadline.c) ------------------------------------- */

/* Connections that owe us a request's headers, oldest first, and a thread
 * that shuts down (shutdown(2); libmicrohttpd then sees the end and closes)
 * those past their deadline. A client trickling its headers byte by byte
 * resets libmicrohttpd's idle timer with every byte; this deadline holds. */
typedef struct http_deadlines http_deadlines;

/* One connection's entry (its libmicrohttpd socket context). */
typedef struct http_conn {
    struct http_conn *prev, *next;
    int fd;
    int64_t deadline;
    int linked;
} http_conn;

/* Start the thread with a deadline of seconds. seconds 0: no deadline, *out
 * NULL, and the calls below do nothing (as they do for a NULL c). Returns 0,
 * or -1. */
int http_deadlines_start(unsigned seconds, http_deadlines **out);
/* (Re)start c's clock: at a connection's start and after each reply. */
void http_deadline_arm(http_deadlines *d, http_conn *c);
/* Stop c's clock: its headers are in, or it closed. */
void http_deadline_disarm(http_deadlines *d, http_conn *c);
/* Stop the thread and free (after MHD_stop_daemon). Accepts NULL. */
void http_deadlines_stop(http_deadlines *d);

#endif
