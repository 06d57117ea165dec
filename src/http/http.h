/* http.h -- the HTTP server: libmicrohttpd glue, request bodies with a hard
 * limit, route matching, JSON and event-stream replies.
 *
 * Threads: libmicrohttpd runs one thread per connection, so a handler may
 * block (a short SQLite read, an event stream waiting for news) without
 * holding up any other client. No browser work ever runs on these threads.
 *
 * A handler receives an http_req and must answer exactly once with one of
 * the http_reply_* functions. Replies are counted for /metrics by the route
 * pattern, never the concrete path, so the label set stays bounded. */
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
    const char *method;   /* "GET", "POST", ... */
    const char *pattern;  /* "/api/v1/tasks/ * /cancel" without the spaces */
    void (*handler)(http_req *r);
} http_route;

typedef struct http_server http_server;

typedef struct http_opts {
    const char *addr;              /* "host:port"; port 0 picks a free one */
    const http_route *routes;      /* table, ended by an all-NULL entry */
    size_t body_limit;             /* bytes; larger bodies get 413 */
    void *ud;                      /* handed to handlers via http_ud() */
} http_opts;

/* Bind and start serving. On failure writes a reason into err. */
int http_start(const http_opts *o, http_server **out, char *err, size_t errlen);
/* The port actually bound (useful with port 0). */
int http_port(http_server *s);
/* Stop accepting, wait for connection threads (event streams notice within
 * a second), free. Accepts NULL. */
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
/* "http://host:port" as the client addressed us (Host header), for absolute
 * URLs in replies. Valid until the reply. */
const char *http_base_url(http_req *r);

/* Reply with a JSON body. Steals body. Extra headers: NULL-terminated list of
 * name, value pairs (may be NULL). */
void http_reply_json(http_req *r, int status, json_t *body, const char *const *headers);
/* {"error": msg} plus "details": [...] when details is a non-empty array
 * (stolen; may be NULL). */
void http_reply_error(http_req *r, int status, const char *msg, json_t *details);
/* Reply with bytes of a content type. Copies data. */
void http_reply_bytes(http_req *r, int status, const char *ctype, const void *data,
                      size_t len, const char *const *headers);

/* An event stream. next() is called on the connection's thread whenever the
 * client can take more; it appends to out (may block up to about a second
 * waiting for news) and returns 0 to go on, 1 after its last bytes, -1 to
 * abort. done() frees ud when the stream ends for any reason. */
typedef int (*http_stream_next)(void *ud, buf *out);
void http_reply_stream(http_req *r, const char *ctype, http_stream_next next,
                       void (*done)(void *ud), void *ud);

/* Counters of replies, for /metrics: calls fn for each (route, status) with
 * its count. */
void http_metrics_each(void (*fn)(void *ud, const char *route, int status, uint64_t n),
                       void *ud);

#endif
