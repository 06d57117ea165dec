/* http.h -- the HTTP server: libmicrohttpd glue, request bodies with a hard
 * limit, route matching, JSON and event-stream replies.
 *
 * Threads: a few event-loop threads (libmicrohttpd's epoll thread pool) serve
 * every connection, so a handler must never wait there for news: a short
 * SQLite read is fine, waiting for a change is not. A handler that has to
 * wait parks its request (http_wait) and is called again when notify's
 * generation moves or its time is up; an event stream is parked the same way
 * between its events. No browser work ever runs on these threads.
 *
 * Connections: a limit in all and per client address, an idle timeout, and a
 * deadline for each request's headers (slowloris), all from http_opts.
 * Ambiguous framing (repeated Content-Length, Content-Length with
 * Transfer-Encoding, a Transfer-Encoding other than chunked) gets 400 and
 * the connection is closed.
 *
 * A handler receives an http_req and must answer exactly once with one of
 * the http_reply_* functions (or park it, and answer later). Replies are
 * counted for /metrics by the route pattern, never the concrete path, so the
 * label set stays bounded. */
#ifndef BAI_HTTP_H
#define BAI_HTTP_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "util/util.h"

#define HTTP_MAX_PARAMS 4

typedef struct http_req http_req;

/* One entry of a route table. pattern segments written "*" match any single
 * non-empty segment, which becomes a path parameter. */
typedef struct http_route {
    const char *method;  /* "GET", "POST", ... */
    const char *pattern; /* "/api/v1/tasks/ * /cancel" without the spaces */
    void (*handler)(http_req *r);
} http_route;

typedef struct http_server http_server;

typedef struct http_opts {
    const char *addr;         /* "host:port"; port 0 picks a free one */
    const http_route *routes; /* table, ended by an all-NULL entry */
    size_t body_limit;        /* bytes; larger bodies get 413 */
    void *ud;                 /* handed to handlers via http_ud() */
    /* Connections; 0 takes the default in brackets. */
    unsigned threads;        /* event-loop threads [one per core] */
    unsigned max_conns;      /* open connections in all [16384]; capped
                                by the open-file limit */
    unsigned max_per_client; /* open connections per client address
                                [no limit] */
    unsigned idle_timeout;   /* seconds a connection may send and take
                                nothing [no limit]; parked requests and
                                streams are exempt */
    unsigned header_timeout; /* seconds from the connection's start, or
                                its last reply, to a request's complete
                                headers [no limit] */
} http_opts;

/* Bind and start serving. Raises the soft open-file limit to the hard one
 * (a connection is a descriptor). On failure writes a reason into err. */
int http_start(const http_opts *o, http_server **out, char *err, size_t errlen);
/* The port actually bound (useful with port 0). */
int http_port(http_server *s);
/* Stop accepting, end parked requests and streams (their handlers see
 * http_stopping()), close every connection, free. Accepts NULL. */
void http_stop(http_server *s);
/* True once http_stop() has begun: long-running handlers should end. */
int http_stopping(void);

/* ---- for handlers ------------------------------------------------------ */
void *http_ud(http_req *r);
const char *http_method(http_req *r);
const char *http_path(http_req *r);
const char *http_route_pattern(http_req *r);
/* The i-th "*" segment of the matched route, or NULL. */
const char *http_param(http_req *r, int i);
/* A request header or query argument, or NULL. */
const char *http_header(http_req *r, const char *name);
const char *http_query(http_req *r, const char *name);
/* The request body (NUL-terminated; may contain NULs before len). */
const char *http_body(http_req *r, size_t *len);
/* "http://host:port" of the address the connection reached (never the
 * client's Host header), for absolute URLs in replies. Valid until the
 * reply. */
const char *http_base_url(http_req *r);

/* Reply with a JSON body. Steals body. Extra headers: NULL-terminated list of
 * name, value pairs (may be NULL). */
void http_reply_json(http_req *r, int status, json_t *body, const char *const *headers);
/* {"error": msg} plus "details": [...] when details is a non-empty array
 * (stolen; may be NULL). */
void http_reply_error(http_req *r, int status, const char *msg, json_t *details);
/* Reply with bytes of a content type. Copies data. */
void http_reply_bytes(http_req *r, int status, const char *ctype, const void *data, size_t len,
                      const char *const *headers);

/* An event stream. next() is called on a server thread whenever the client
 * can take more; it appends what there is now to out, without waiting, and
 * returns 0 to go on, 1 after its last bytes, -1 to abort. When it returns 0
 * with nothing appended the stream is parked: next() runs again once
 * notify's generation moves or a second passes (and at once when the server
 * stops). done() frees ud when the stream ends for any reason. A parked
 * stream does not count as idle. */
typedef int (*http_stream_next)(void *ud, buf *out);
void http_reply_stream(http_req *r, const char *ctype, http_stream_next next,
                       void (*done)(void *ud), void *ud);

/* ---- waiting without holding a thread ---------------------------------- */

/* Park the request instead of answering: the handler returns at once, and
 * again(r) runs later on a server thread, once notify_gen() differs from gen
 * (read it before looking at what you wait for), timeout_ms has passed, or
 * the server is stopping (http_stopping()), whichever comes first. again
 * answers or parks again. Call it from a handler or from again, at most once
 * per call. Other requests are served meanwhile. */
void http_wait(http_req *r, uint64_t gen, int timeout_ms, void (*again)(http_req *r));
/* State of a handler that parks, kept with the request: free_state(state)
 * runs when the request ends, answered or not (at most one state). */
void http_set_state(http_req *r, void *state, void (*free_state)(void *));
void *http_state(http_req *r);

/* Counters of replies, for /metrics: calls fn for each (route, status) with
 * its count. */
void http_metrics_each(void (*fn)(void *ud, const char *route, int status, uint64_t n), void *ud);

#endif
