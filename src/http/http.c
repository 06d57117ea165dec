/* http.c -- libmicrohttpd glue: an epoll thread pool serving every
 * connection, bodies gathered under a hard limit, framing checks, route
 * matching with 404/405, replies counted for /metrics, parked requests and
 * streams (park.c), header deadlines (deadline.c). See http.h for the
 * contract. */
#include "http/http.h"

#include <arpa/inet.h>
#include <limits.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http/internal.h"
#include "util/notify.h"
#include "util/util.h"

struct http_server {
    struct MHD_Daemon *mhd;
    http_opts o;
    int port;
    char addr[256];        /* written once the daemon is up: see addr_ready */
    atomic_int addr_ready; /* release-stored after addr, since requests can
                              arrive before http_start returns */
    http_parking *park;
    http_deadlines *deadlines; /* NULL: no header deadline */
};

struct http_req {
    struct MHD_Connection *conn;
    http_server *srv;
    char *method;
    char *path;
    char *segs; /* path copy cut into segments */
    const http_route *route;
    const char *params[HTTP_MAX_PARAMS];
    buf body;
    int too_large;
    int answered;
    void (*again)(http_req *r); /* set while parked by http_wait */
    http_parked parked;         /* the request's or its stream's */
    void *state;                /* http_set_state */
    void (*free_state)(void *);
    char *base_url;
};

static atomic_int stopping;

/* ---- reply counters ---------------------------------------------------- */

#define METRIC_SLOTS 256
static struct {
    const char *route;
    int status;
    uint64_t n;
} metric[METRIC_SLOTS];
static int metric_used;
static pthread_mutex_t metric_lock = PTHREAD_MUTEX_INITIALIZER;

static void metric_count(const char *route, int status)
{
    pthread_mutex_lock(&metric_lock);
    for (int i = 0; i < metric_used; i++) {
        if (metric[i].status == status && strcmp(metric[i].route, route) == 0) {
            metric[i].n++;
            goto out;
        }
    }
    /* Routes come from the static table or a fixed word, so the label set is
     * bounded by routes x status codes; the cap is a last guard. */
    if (metric_used < METRIC_SLOTS) {
        metric[metric_used].route = route;
        metric[metric_used].status = status;
        metric[metric_used].n = 1;
        metric_used++;
    }
out:
    pthread_mutex_unlock(&metric_lock);
}

void http_metrics_each(void (*fn)(void *ud, const char *route, int status, uint64_t n), void *ud)
{
    pthread_mutex_lock(&metric_lock);
    for (int i = 0; i < metric_used; i++)
        fn(ud, metric[i].route, metric[i].status, metric[i].n);
    pthread_mutex_unlock(&metric_lock);
}

/* ---- accessors --------------------------------------------------------- */

void *http_ud(http_req *r)
{
    return r->srv->o.ud;
}
const char *http_method(http_req *r)
{
    return r->method;
}
const char *http_path(http_req *r)
{
    return r->path;
}
const char *http_param(http_req *r, int i)
{
    return i >= 0 && i < HTTP_MAX_PARAMS ? r->params[i] : NULL;
}
const char *http_route_pattern(http_req *r)
{
    return r->route ? r->route->pattern : "unmatched";
}

const char *http_header(http_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *http_query(http_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_body(http_req *r, size_t *len)
{
    if (len) *len = r->body.len;
    return r->body.s ? r->body.s : "";
}

/* The address the connection reached, as host:port text; the server's own
 * address when it cannot be read. Never the Host header: that is the
 * client's text, and a URL built from it would point where the client (or
 * whoever wrote the link it followed) chose. */
static void local_addr(http_req *r, char *out, size_t outlen)
{
    const union MHD_ConnectionInfo *fd =
        MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CONNECTION_FD);
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    char host[INET6_ADDRSTRLEN];
    http_server *s = r->srv;
    snprintf(out, outlen, "%s",
             atomic_load_explicit(&s->addr_ready, memory_order_acquire) ? s->addr : s->o.addr);
    if (!fd || getsockname(fd->connect_fd, (struct sockaddr *)&ss, &len) != 0) return;
    if (ss.ss_family == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
        snprintf(out, outlen, "%s:%d", host, ntohs(a->sin_port));
    } else if (ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
        snprintf(out, outlen, "[%s]:%d", host, ntohs(a->sin6_port));
    }
}

const char *http_base_url(http_req *r)
{
    if (!r->base_url) {
        char addr[300];
        local_addr(r, addr, sizeof addr);
        r->base_url = xasprintf("http://%s", addr);
    }
    return r->base_url;
}

/* ---- replies ----------------------------------------------------------- */

static void queue(http_req *r, int status, struct MHD_Response *res, const char *const *headers)
{
    int cache = 0;
    if (headers)
        for (int i = 0; headers[i] && headers[i + 1]; i += 2) {
            MHD_add_response_header(res, headers[i], headers[i + 1]);
            cache |= !strcasecmp(headers[i], "Cache-Control");
        }
    /* API answers change from one moment to the next. */
    if (!cache) MHD_add_response_header(res, "Cache-Control", "no-store");
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    MHD_queue_response(r->conn, (unsigned)status, res);
    MHD_destroy_response(res);
    r->answered = 1;
    metric_count(http_route_pattern(r), status);
}

void http_reply_bytes(http_req *r, int status, const char *ctype, const void *data, size_t len,
                      const char *const *headers)
{
    struct MHD_Response *res =
        MHD_create_response_from_buffer(len, (void *)data, MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(res, "Content-Type", ctype);
    queue(r, status, res, headers);
}

void http_reply_json(http_req *r, int status, json_t *body, const char *const *headers)
{
    char *text = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    if (!text) text = xstrdup("{\"error\":\"Internal server error\"}");
    struct MHD_Response *res =
        MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(res, "Content-Type", "application/json");
    queue(r, status, res, headers);
}

void http_reply_error(http_req *r, int status, const char *msg, json_t *details)
{
    json_t *body = json_pack("{s:s}", "error", msg);
    if (details && json_array_size(details) > 0)
        json_object_set_new(body, "details", details);
    else
        json_decref(details);
    http_reply_json(r, status, body, NULL);
}

/* How long a stream with nothing to send sleeps before asking again, if no
 * news wakes it first: changes made by other nodes show within this. */
#define STREAM_TICK_MS 1000

typedef struct stream {
    http_req *r; /* lives until the response is done */
    http_stream_next next;
    void (*done)(void *ud);
    void *ud;
    buf pending;
    size_t off;
    int finished;
} stream;

static ssize_t stream_read(void *cls, uint64_t pos, char *out, size_t max)
{
    stream *st = cls;
    while (st->off == st->pending.len) {
        if (st->finished) return MHD_CONTENT_READER_END_OF_STREAM;
        buf_reset(&st->pending);
        st->off = 0;
        uint64_t gen = notify_gen();
        int rc = st->next(st->ud, &st->pending);
        if (rc < 0) return MHD_CONTENT_READER_END_WITH_ERROR;
        if (rc > 0) {
            st->finished = 1;
        } else if (st->pending.len == 0) {
            /* Nothing new. Returning 0 alone would have libmicrohttpd call
             * again at once, a busy loop: sleep until news instead. */
            http_park(st->r->srv->park, &st->r->parked, st->r->conn, gen, STREAM_TICK_MS);
            return 0;
        }
    }
    size_t n = st->pending.len - st->off;
    if (n > max) n = max;
    memcpy(out, st->pending.s + st->off, n);
    st->off += n;
    return (ssize_t)n;
}

static void stream_free(void *cls)
{
    stream *st = cls;
    if (st->done) st->done(st->ud);
    buf_free(&st->pending);
    free(st);
}

void http_reply_stream(http_req *r, const char *ctype, http_stream_next next,
                       void (*done)(void *ud), void *ud)
{
    stream *st = xcalloc(1, sizeof *st);
    st->r = r;
    st->next = next;
    st->done = done;
    st->ud = ud;
    struct MHD_Response *res = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16 * 1024,
                                                                 stream_read, st, stream_free);
    MHD_add_response_header(res, "Content-Type", ctype);
    /* Proxies such as nginx would otherwise hold events back. */
    MHD_add_response_header(res, "X-Accel-Buffering", "no");
    queue(r, 200, res, NULL);
}

/* ---- parked requests --------------------------------------------------- */

void http_wait(http_req *r, uint64_t gen, int timeout_ms, void (*again)(http_req *r))
{
    r->again = again;
    http_park(r->srv->park, &r->parked, r->conn, gen, timeout_ms);
}

void http_set_state(http_req *r, void *state, void (*free_state)(void *))
{
    r->state = state;
    r->free_state = free_state;
}

void *http_state(http_req *r)
{
    return r->state;
}

/* Call a handler, or the again of a parked one, and make sure it answered
 * or parked. */
static void run_handler(http_req *r, void (*handler)(http_req *r))
{
    r->again = NULL;
    handler(r);
    if (!r->answered && !r->again) http_reply_error(r, 500, "Internal server error", NULL);
}

/* ---- routing ----------------------------------------------------------- */

/* Does path (already cut into segs) match pattern? Fills params. */
static int route_match(const char *pattern, char **segs, int nseg, const char **params)
{
    int np = 0, i = 0;
    const char *p = pattern;
    if (!strcmp(pattern, "/")) return nseg == 0; /* the root has no segment */
    while (*p == '/') {
        p++;
        size_t len = strcspn(p, "/");
        if (i >= nseg) return 0;
        if (len == 1 && *p == '*') {
            if (np >= HTTP_MAX_PARAMS) return 0;
            params[np++] = segs[i];
        } else if (strlen(segs[i]) != len || memcmp(segs[i], p, len) != 0) {
            return 0;
        }
        i++;
        p += len;
    }
    return i == nseg;
}

static void dispatch(http_req *r)
{
    const http_route *routes = r->srv->o.routes;
    char *segv[16];
    int nseg = 0;
    size_t plen = strlen(r->path);
    /* "/a/b/" and "/a/b" name the same resource. */
    r->segs = xstrdup(r->path);
    if (plen > 1 && r->segs[plen - 1] == '/') r->segs[plen - 1] = '\0';
    for (char *save = NULL, *s = strtok_r(r->segs, "/", &save); s; s = strtok_r(NULL, "/", &save)) {
        if (nseg == 16) {
            nseg = -1;
            break;
        }
        segv[nseg++] = s;
    }

    buf allow = {0};
    const char *params[HTTP_MAX_PARAMS];
    for (int i = 0; nseg >= 0 && routes[i].method; i++) {
        memset(params, 0, sizeof params);
        if (!route_match(routes[i].pattern, segv, nseg, params)) continue;
        if (strcmp(routes[i].method, r->method) == 0 ||
            (strcmp(r->method, "HEAD") == 0 && strcmp(routes[i].method, "GET") == 0)) {
            r->route = &routes[i];
            memcpy(r->params, params, sizeof params);
            buf_free(&allow);
            run_handler(r, routes[i].handler);
            return;
        }
        if (allow.len) buf_puts(&allow, ", ");
        buf_puts(&allow, routes[i].method);
    }
    if (allow.len) {
        const char *hdr[] = {"Allow", allow.s, NULL};
        json_t *body = json_pack("{s:s}", "error", "Method not allowed");
        http_reply_json(r, 405, body, hdr);
    } else {
        http_reply_error(r, 404, "Not found", NULL);
    }
    buf_free(&allow);
}

/* ---- request framing --------------------------------------------------- */

/* What the headers say about the body's length. libmicrohttpd 0.9.75 reads
 * the first Content-Length and ignores the others, and takes any
 * Transfer-Encoding as "length unknown": a proxy in front of us may read the
 * same bytes another way, and what it takes for a body we would answer as a
 * request of its own (smuggling). */
typedef struct framing {
    int content_length;    /* Content-Length headers seen */
    int transfer_encoding; /* Transfer-Encoding headers seen */
    int chunked;           /* the last one said exactly "chunked" */
} framing;

static enum MHD_Result count_framing(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value)
{
    framing *f = cls;
    if (!strcasecmp(key, "Content-Length")) {
        f->content_length++;
    } else if (!strcasecmp(key, "Transfer-Encoding")) {
        f->transfer_encoding++;
        f->chunked = value && !strcasecmp(value, "chunked");
    }
    return MHD_YES;
}

/* Is the body's length unambiguous? One Content-Length, or one
 * "Transfer-Encoding: chunked", or neither. */
static int framing_ok(struct MHD_Connection *conn)
{
    framing f = {0};
    MHD_get_connection_values(conn, MHD_HEADER_KIND, count_framing, &f);
    if (f.content_length > 1 || f.transfer_encoding > 1) return 0;
    if (f.transfer_encoding && (f.content_length || !f.chunked)) return 0;
    return 1;
}

/* 400 and close: the bytes after these headers cannot be trusted to be a
 * body, nor to be the next request. */
static void reply_bad_framing(http_req *r)
{
    const char *hdr[] = {"Connection", "close", NULL};
    json_t *body = json_pack("{s:s,s:[s]}", "error", "Bad request", "details",
                             "headers: ambiguous body length (repeated Content-Length, "
                             "Content-Length with Transfer-Encoding, or a Transfer-Encoding "
                             "other than chunked)");
    http_reply_json(r, 400, body, hdr);
}

/* ---- libmicrohttpd callbacks ------------------------------------------ */

/* The largest refused body read to its end rather than cut off. */
#define DRAIN_MAX (32L << 20)

static void reply_too_large(http_req *r)
{
    char line[96];
    snprintf(line, sizeof line, "body: larger than the limit of %zu bytes", r->srv->o.body_limit);
    http_reply_error(r, 413, "Request body too large", json_pack("[s]", line));
}

/* The connection's entry for header deadlines (its socket context). */
static http_conn *conn_entry(struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *i =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return i ? i->socket_context : NULL;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    http_server *srv = cls;
    http_req *r = *con_cls;
    if (!r) {
        r = xcalloc(1, sizeof *r);
        r->conn = conn;
        r->srv = srv;
        r->method = xstrdup(method);
        r->path = xstrdup(url);
        *con_cls = r;
        http_deadline_disarm(srv->deadlines, conn_entry(conn));
        if (!framing_ok(conn)) {
            reply_bad_framing(r);
            return MHD_YES;
        }
        /* An announced oversized body: a client waiting for "100 Continue"
         * hears the refusal before it sends a byte. One sending at once
         * would have its upload cut off, and the reset of a socket closed
         * with its data unread can destroy our answer before the client
         * reads it: a body of a sane size is read and dropped (as chunked
         * ones are, below) and then refused. */
        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
        const char *expect = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Expect");
        long n;
        if (cl && util_parse_long(cl, 0, LONG_MAX, &n) == 0 && (size_t)n > srv->o.body_limit) {
            if ((expect && !strcasecmp(expect, "100-continue")) || n > DRAIN_MAX)
                reply_too_large(r);
            else
                r->too_large = 1;
        }
        return MHD_YES;
    }
    if (*upload_size > 0) {
        /* A chunked body that grows past the limit is read and dropped, so
         * the client still gets a clean 413 at its end. */
        if (r->body.len + *upload_size > srv->o.body_limit) r->too_large = 1;
        if (!r->too_large) buf_append(&r->body, upload, *upload_size);
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->answered) return MHD_YES;
    if (r->again)
        run_handler(r, r->again); /* resumed after http_wait */
    else if (r->too_large)
        reply_too_large(r);
    else
        dispatch(r);
    return MHD_YES;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode code)
{
    http_server *srv = cls;
    http_req *r = *con_cls;
    /* A keep-alive connection now owes us the next request's headers. */
    if (code == MHD_REQUEST_TERMINATED_COMPLETED_OK)
        http_deadline_arm(srv->deadlines, conn_entry(conn));
    if (!r) return;
    if (r->free_state) r->free_state(r->state);
    free(r->method);
    free(r->path);
    free(r->segs);
    free(r->base_url);
    buf_free(&r->body);
    free(r);
    *con_cls = NULL;
}

static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    http_server *srv = cls;
    http_conn *c = *socket_context;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *fd =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (!srv->deadlines || !fd) return;
        c = xcalloc(1, sizeof *c);
        c->fd = fd->connect_fd;
        *socket_context = c;
        http_deadline_arm(srv->deadlines, c);
    } else if (c) {
        http_deadline_disarm(srv->deadlines, c);
        free(c);
        *socket_context = NULL;
    }
}

/* libmicrohttpd logs every refused connection: a flood of them must not
 * become a flood of log lines. At most LOG_BURST lines per LOG_WINDOW_MS. */
#define LOG_BURST 20
#define LOG_WINDOW_MS 10000

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    static int64_t window;
    static unsigned lines, dropped;
    int64_t now = util_mono_ms();
    pthread_mutex_lock(&mu);
    if (now - window >= LOG_WINDOW_MS) {
        if (dropped) fprintf(stderr, "browserai: http: (%u more messages not shown)\n", dropped);
        window = now;
        lines = dropped = 0;
    }
    if (lines++ < LOG_BURST) {
        fputs("browserai: http: ", stderr);
        vfprintf(stderr, fmt, ap);
    } else {
        dropped++;
    }
    pthread_mutex_unlock(&mu);
}

/* ---- start and stop ---------------------------------------------------- */

static int parse_addr(const char *addr, struct sockaddr_storage *ss, socklen_t *sslen, char *err,
                      size_t errlen)
{
    char host[256];
    const char *colon = strrchr(addr, ':');
    if (!colon || colon == addr) {
        snprintf(err, errlen, "address \"%s\" is not host:port", addr);
        return -1;
    }
    size_t hl = (size_t)(colon - addr);
    if (addr[0] == '[' && hl >= 2 && addr[hl - 1] == ']') {
        addr++;
        hl -= 2;
    }
    if (hl >= sizeof host) hl = sizeof host - 1;
    memcpy(host, addr, hl);
    host[hl] = '\0';
    long port;
    if (util_parse_long(colon + 1, 0, 65535, &port) != 0) {
        snprintf(err, errlen, "port \"%s\" is not a number from 0 to 65535", colon + 1);
        return -1;
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC,
                             .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE},
                    *ai = NULL;
    int rc = getaddrinfo(host, NULL, &hints, &ai);
    if (rc != 0) {
        snprintf(err, errlen, "cannot resolve \"%s\": %s", host, gai_strerror(rc));
        return -1;
    }
    memcpy(ss, ai->ai_addr, ai->ai_addrlen);
    *sslen = ai->ai_addrlen;
    freeaddrinfo(ai);
    if (ss->ss_family == AF_INET)
        ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
    else
        ((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
    return 0;
}

/* Connections when http_opts leaves it to us, and descriptors kept for
 * everything else (store, browsers, runners, logs). */
#define DEFAULT_CONNS 16384
#define FD_RESERVE 256
/* Bytes of each connection's memory pool: request headers, the read buffer
 * and the reply's headers. Above 32 KiB libmicrohttpd maps it (mmap), so a
 * connection that has sent nothing yet costs no resident memory for it (a
 * pool from malloc costs a page at once: 4.7 KiB a connection in all, against
 * 0.6). Not more: the whole pool is zeroed after every request, some 9% of
 * a cached GET's CPU at this size. */
#define POOL_BYTES (36 * 1024)

/* A connection is a descriptor: raise the soft limit to the hard one and
 * cap the connection count under it. */
static unsigned conn_limit(unsigned want)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0) return want;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    rlim_t room = rl.rlim_cur > 2 * FD_RESERVE ? rl.rlim_cur - FD_RESERVE : rl.rlim_cur / 2;
    if (rl.rlim_cur != RLIM_INFINITY && want > room) {
        fprintf(stderr, "browserai: http: at most %lu connections (the open-file limit is %lu)\n",
                (unsigned long)room, (unsigned long)rl.rlim_cur);
        return (unsigned)room;
    }
    return want;
}

static unsigned pool_threads(unsigned want)
{
    return want ? want : (unsigned)util_cores();
}

static void server_free(http_server *s)
{
    http_park_free(s->park);
    http_deadlines_stop(s->deadlines);
    free(s);
}

int http_start(const http_opts *o, http_server **out, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t sslen;
    if (parse_addr(o->addr, &ss, &sslen, err, errlen) != 0) return -1;

    http_server *s = xcalloc(1, sizeof *s);
    s->o = *o;
    if (http_park_start(&s->park) != 0 ||
        http_deadlines_start(o->header_timeout, &s->deadlines) != 0) {
        snprintf(err, errlen, "cannot start the HTTP server's threads");
        server_free(s);
        return -1;
    }
    /* libmicrohttpd warns about a pool of one thread (it is no pool): one
     * event loop is asked for without the option. */
    unsigned threads = pool_threads(o->threads);
    struct MHD_OptionItem pool[] = {
        {threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t)threads, NULL},
        {MHD_OPTION_END, 0, NULL}};
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG;
    if (ss.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    atomic_store(&stopping, 0);
    s->mhd = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, s, MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, s, MHD_OPTION_ARRAY, pool,
        MHD_OPTION_CONNECTION_LIMIT, conn_limit(o->max_conns ? o->max_conns : DEFAULT_CONNS),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, o->max_per_client, MHD_OPTION_CONNECTION_TIMEOUT,
        o->idle_timeout, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)POOL_BYTES,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, 4096u, MHD_OPTION_THREAD_STACK_SIZE, (size_t)(256 * 1024),
        MHD_OPTION_END);
    if (!s->mhd) {
        snprintf(err, errlen, "cannot listen on %s (in use, or not an address of this machine)",
                 o->addr);
        server_free(s);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : 0;
    /* The address as clients reach it, with the real port. */
    const char *colon = strrchr(o->addr, ':');
    snprintf(s->addr, sizeof s->addr, "%.*s:%d", (int)(colon - o->addr), o->addr, s->port);
    atomic_store_explicit(&s->addr_ready, 1, memory_order_release);
    *out = s;
    return 0;
}

int http_port(http_server *s)
{
    return s->port;
}

int http_stopping(void)
{
    return atomic_load(&stopping);
}

void http_stop(http_server *s)
{
    if (!s) return;
    atomic_store(&stopping, 1);
    /* libmicrohttpd refuses to stop with suspended connections: wake every
     * parked one first (their handlers see http_stopping() and end). */
    http_park_close(s->park);
    MHD_stop_daemon(s->mhd);
    server_free(s);
}
