/* internal.h -- what the files of http/ share: parked connections
 * (park.c). Not for handlers: they see http.h only. */
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
    uint64_t gen;                  /* resume once notify's generation differs */
    int64_t deadline;              /* or at this util_mono_ms() */
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

#endif
