/* gate.c -- the egress gate's listeners and event loop (see gate.h).
 *
 * One thread runs an epoll loop over every listener and connection. A
 * connection goes through these states:
 *
 *   HEAD       reading the request head from the client
 *   RESOLVING  a resolver thread looks up the destination, or the
 *              operator's proxy (phase), within resolve_timeout
 *   CONNECTING non-blocking connect to the checked address (or the
 *              operator's proxy), trying each checked address in turn
 *   HANDSHAKE  asking the operator's proxy to CONNECT (HTTP or SOCKS5)
 *   TUNNEL     bytes both ways; for plain requests the response head is
 *              rewritten first (Connection: close)
 *   CLOSING    writing an error reply, then closing
 *
 * The destination is decided once, from the request head, and every byte
 * the client sends afterwards goes to that checked address and nowhere
 * else. Timers are deadlines swept a few times a second. */
#include "gate/gate.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "gate/internal.h"
#include "policy/urlpolicy.h"
#include "util/util.h"

#define MAX_CONNS 1024
#define RESOLVERS 4
#define RESOLVE_QUEUE 512
#define BUF_CAP (64 * 1024) /* per direction */
#define TICK_MS 200
#define HANDSHAKE_MAX 1024 /* an operator proxy's reply head */

enum { EP_LISTEN, EP_CLIENT, EP_UP, EP_WAKE, EP_RESOLVED };
enum { S_HEAD, S_RESOLVING, S_CONNECTING, S_HANDSHAKE, S_TUNNEL, S_CLOSING };

typedef struct ep {
    int kind;
    void *p;
} ep;

typedef struct listener {
    ep tcp_ep, unix_ep;
    int tcp_fd, unix_fd;
    int port;
    char url[64];
    char *path;          /* unix socket, or NULL */
    char *upstream_text; /* the operator's URL, or NULL for direct */
    gate_upstream up;
} listener;

typedef struct bbuf {
    char *d;
    size_t off, len; /* pending bytes are d[off .. off+len) */
} bbuf;

typedef struct conn {
    gate *g;
    listener *l;
    uid_t uid;
    int state;
    ep cep, uep;
    int cfd, ufd;
    uint32_t cev, uev;  /* epoll interest now registered */
    int c_eof, u_eof;   /* no more bytes will come from that side */
    int u_shut, c_shut; /* we shut that side's write half */
    bbuf in;            /* client -> destination (the head first) */
    bbuf out;           /* destination -> client */
    bbuf hs;            /* reply bytes of the operator's proxy, or of the destination's head */
    gate_request req;
    gate_job *job;
    int phase; /* resolving: 0 the destination, 1 the operator's proxy */
    gate_addr dest[GATE_ADDRS_MAX];
    int ndest;
    gate_addr hop[GATE_ADDRS_MAX]; /* where we connect: dest, or the proxy's addresses */
    int nhop, next_hop;
    int hs_step;       /* which reply of the operator's proxy we wait for */
    size_t hs_pending; /* bytes at the front of c->in that are ours, not the client's */
    int resp_head;     /* the destination's response head is still to be rewritten */
    int64_t deadline;
    int dead; /* freed by conn_free(), reaped after the event batch */
    struct conn *prev, *next;
} conn;

struct gate {
    gate_opts o;
    int ep_fd, wake_fd, done_fd;
    ep wake_ep, done_ep;
    listener *ls;
    int nls;
    resolver *res;
    pthread_t thread;
    int started;
    pthread_mutex_t mu; /* guards stop and stats */
    int stopping;
    gate_stats st;
    conn *conns;
    conn *dead; /* conn_free()'d, their memory kept until conn_reap() */
    uid_t euid;
    char *dir;
};

/* ---- small helpers --------------------------------------------------------- */

static int64_t now_ms(void)
{
    return util_mono_ms();
}

static void close_fd(int *fd)
{
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* A connection's socket, out of the loop's epoll set, then closed. close()
 * alone leaves it in the set while another process holds a copy (a child
 * between its fork and its exec: a browser or a script runner starting),
 * and the set would go on reporting it with a pointer to the connection
 * freed after this batch. */
static void close_conn_fd(conn *c, int *fd)
{
    if (*fd >= 0) epoll_ctl(c->g->ep_fd, EPOLL_CTL_DEL, *fd, NULL);
    close_fd(fd);
}

static void bbuf_add(bbuf *b, const void *data, size_t n)
{
    if (!n) return;
    if (b->off && b->off + b->len + n > BUF_CAP) {
        memmove(b->d, b->d + b->off, b->len);
        b->off = 0;
    }
    size_t need = b->off + b->len + n;
    size_t cap = need > BUF_CAP ? need : BUF_CAP;
    if (!b->d)
        b->d = xmalloc(cap);
    else if (need > BUF_CAP)
        b->d = xrealloc(b->d, cap);
    memcpy(b->d + b->off + b->len, data, n);
    b->len += n;
}

static void bbuf_drop(bbuf *b, size_t n)
{
    b->off += n;
    b->len -= n;
    if (!b->len) b->off = 0;
}

static void bbuf_free(bbuf *b)
{
    free(b->d);
    memset(b, 0, sizeof *b);
}

/* Room to read into b without growing past BUF_CAP. */
static size_t bbuf_room(bbuf *b)
{
    if (!b->d) b->d = xmalloc(BUF_CAP);
    if (b->off && b->off + b->len >= BUF_CAP) {
        memmove(b->d, b->d + b->off, b->len);
        b->off = 0;
    }
    return b->off + b->len < BUF_CAP ? BUF_CAP - b->off - b->len : 0;
}

static void stat_add(gate *g, unsigned long *field)
{
    pthread_mutex_lock(&g->mu);
    (*field)++;
    pthread_mutex_unlock(&g->mu);
}

static void addr_text(const struct sockaddr *sa, char *out, size_t n, int *port)
{
    out[0] = '\0';
    *port = 0;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const void *)sa;
        inet_ntop(AF_INET, &in->sin_addr, out, (socklen_t)n);
        *port = ntohs(in->sin_port);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const void *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, out, (socklen_t)n);
        *port = ntohs(in6->sin6_port);
    }
}

/* ---- the policy on a resolved address -------------------------------------------- */

static int is_local(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET) {
        uint32_t a = ntohl(((const struct sockaddr_in *)(const void *)sa)->sin_addr.s_addr);
        return (a >> 24) == 127 || a == 0;
    }
    if (sa->sa_family == AF_INET6) {
        const unsigned char *a = ((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr.s6_addr;
        static const unsigned char zero[16], lo[16] = {[15] = 1};
        static const unsigned char mapped[12] = {[10] = 0xff, [11] = 0xff};
        return !memcmp(a, zero, 16) || !memcmp(a, lo, 16) ||
               (!memcmp(a, mapped, 12) && (a[12] == 127 || !memcmp(a + 12, zero, 4)));
    }
    return 0;
}

int gate_check_addr(const gate *g, const struct sockaddr *sa, char *err, size_t errlen)
{
    char text[INET6_ADDRSTRLEN], url[INET6_ADDRSTRLEN + 32];
    int port;
    addr_text(sa, text, sizeof text, &port);
    if (!text[0]) {
        snprintf(err, errlen, "refused: not an IPv4 or IPv6 address");
        return -1;
    }
    if (gate_port_restricted(port)) {
        snprintf(err, errlen, "refused: port %d is restricted (browsers never use it)", port);
        return -1;
    }
    if (is_local(sa))
        for (int i = 0; i < g->nls; i++)
            if (g->ls[i].port == port) {
                snprintf(err, errlen, "refused: %s:%d is the egress gate itself", text, port);
                return -1;
            }
    if (sa->sa_family == AF_INET6)
        snprintf(url, sizeof url, "http://[%s]:%d/", text, port);
    else
        snprintf(url, sizeof url, "http://%s:%d/", text, port);
    return urlpolicy_check(url, g->o.allow_private, 0, err, errlen) == 0 ? 0 : -1;
}

/* ---- connections --------------------------------------------------------------- */

static void watch(conn *c, int fd, ep *e, uint32_t *have, uint32_t want)
{
    if (fd < 0 || *have == want) return;
    struct epoll_event ev = {.events = want, .data.ptr = e};
    epoll_ctl(c->g->ep_fd, EPOLL_CTL_MOD, fd, &ev);
    *have = want;
}

/* Register interest in what each side can do in the current state. */
static void update(conn *c)
{
    uint32_t cw = 0, uw = 0;
    switch (c->state) {
    case S_HEAD:
        cw = EPOLLIN;
        break;
    case S_CONNECTING:
        uw = EPOLLOUT;
        break;
    case S_HANDSHAKE:
        uw = EPOLLIN | (c->hs_pending ? EPOLLOUT : 0);
        break;
    case S_TUNNEL:
        if (!c->c_eof && c->in.len < BUF_CAP) cw |= EPOLLIN;
        if (c->out.len) cw |= EPOLLOUT;
        if (!c->u_eof && c->out.len < BUF_CAP) uw |= EPOLLIN;
        if (c->in.len) uw |= EPOLLOUT;
        break;
    case S_CLOSING:
        cw = EPOLLOUT;
        break;
    default:
        break;
    }
    watch(c, c->cfd, &c->cep, &c->cev, cw);
    watch(c, c->ufd, &c->uep, &c->uev, uw);
}

static void conn_free(conn *c)
{
    gate *g = c->g;
    if (c->job) resolver_cancel(g->res, c->job);
    close_conn_fd(c, &c->cfd);
    close_conn_fd(c, &c->ufd);
    bbuf_free(&c->in);
    bbuf_free(&c->out);
    bbuf_free(&c->hs);
    if (c->prev)
        c->prev->next = c->next;
    else
        g->conns = c->next;
    if (c->next) c->next->prev = c->prev;
    pthread_mutex_lock(&g->mu);
    g->st.open--;
    pthread_mutex_unlock(&g->mu);
    /* Events of this batch may still point at c (its other side, or a
     * peer's event handled first freed it): keep the memory, marked dead,
     * until the batch is over. */
    c->dead = 1;
    c->prev = NULL;
    c->next = g->dead;
    g->dead = c;
}

/* Free the connections conn_free() marked dead. Loop thread, between batches. */
static void conn_reap(gate *g)
{
    while (g->dead) {
        conn *c = g->dead;
        g->dead = c->next;
        free(c);
    }
}

static const char *reason_phrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

/* Answer status with text, then close. Only before the tunnel began. */
static void reply_error(conn *c, int status, const char *text)
{
    char head[600], why[256];
    size_t tl = strlen(text);
    /* The reason again as a header, printable ASCII only (it can carry a
     * host name from the request): the crawler fails a navigation the gate
     * answered itself with it, as a browser fails one it could not make. */
    size_t wl = 0;
    for (const char *t = text; *t && wl < sizeof why - 1; t++)
        why[wl++] = *t >= 0x20 && *t < 0x7f ? *t : '?';
    why[wl] = '\0';
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: %zu\r\nConnection: close\r\nProxy-Connection: close\r\n"
                     "Cache-Control: no-store\r\nX-Browserai-Gate: refused\r\n"
                     "X-Browserai-Refused: %s\r\n\r\n",
                     status, reason_phrase(status), tl + 1, why);
    if (c->job) {
        resolver_cancel(c->g->res, c->job);
        c->job = NULL;
    }
    close_conn_fd(c, &c->ufd);
    c->uev = 0;
    bbuf_drop(&c->out, c->out.len);
    bbuf_add(&c->out, head, (size_t)n);
    bbuf_add(&c->out, text, tl);
    bbuf_add(&c->out, "\n", 1);
    c->state = S_CLOSING;
    c->deadline = now_ms() + 5000;
    update(c);
}

static void refuse(conn *c, const char *why)
{
    gate *g = c->g;
    char target[GATE_HOST_MAX + 16];
    snprintf(target, sizeof target, c->req.v6 ? "[%s]:%d" : "%s:%d", c->req.host, c->req.port);
    stat_add(g, &g->st.refused);
    if (g->o.on_refuse) g->o.on_refuse(g->o.refuse_ud, c->uid, target, why);
    reply_error(c, 403, why);
}

static void start_tunnel(conn *c);
static void try_connect(conn *c);
static void handshake_send(conn *c);

/* Hand host to a resolver thread: phase 0 the destination, 1 the
 * operator's proxy. */
static void lookup(conn *c, const char *host, int port, int phase)
{
    gate *g = c->g;
    c->phase = phase;
    c->job = resolver_submit(g->res, host, port, c);
    if (!c->job) {
        reply_error(c, 503, "the gate is too busy resolving names");
        return;
    }
    stat_add(g, &g->st.resolves);
    c->state = S_RESOLVING;
    c->deadline = now_ms() + g->o.resolve_timeout_ms;
    update(c);
}

/* The addresses of host: a literal's at once (returns 1 with *n), a
 * name's from a resolver thread (returns 0; resolved() goes on). */
static int addresses(conn *c, const char *host, int port, int phase, gate_addr *out, int *n)
{
    unsigned char b[16];
    if (inet_pton(AF_INET, host, b) == 1 || inet_pton(AF_INET6, host, b) == 1) {
        *n = gate_getaddrinfo(NULL, host, port, out, GATE_ADDRS_MAX);
        return 1;
    }
    lookup(c, host, port, phase);
    return 0;
}

/* The destination's addresses are known: check every one, then go. */
static void destination_known(conn *c)
{
    gate *g = c->g;
    char err[512];
    unsigned char lit[16];
    int literal = c->req.v6 || inet_pton(AF_INET, c->req.host, lit) == 1;
    for (int i = 0; i < c->ndest; i++)
        if (gate_check_addr(g, (struct sockaddr *)&c->dest[i].sa, err, sizeof err) != 0) {
            if (literal || strncmp(err, "refused: ", 9) != 0) {
                refuse(c, err);
            } else {
                /* Say which name led there. */
                char msg[700];
                snprintf(msg, sizeof msg, "refused: %s resolves to an address that is refused (%s)",
                         c->req.host, err + 9);
                refuse(c, msg);
            }
            return;
        }
    if (c->l->upstream_text) {
        /* The operator's proxy: allowed by the operator, not checked. */
        if (!addresses(c, c->l->up.host, c->l->up.port, 1, c->hop, &c->nhop)) return;
    } else {
        memcpy(c->hop, c->dest, sizeof c->hop);
        c->nhop = c->ndest;
    }
    c->next_hop = 0;
    try_connect(c);
}

/* A literal address needs no lookup; a name goes to a resolver thread. */
static void head_parsed(conn *c)
{
    if (!addresses(c, c->req.host, c->req.port, 0, c->dest, &c->ndest)) return;
    if (c->ndest < 1)
        reply_error(c, 400, "not a valid address");
    else
        destination_known(c);
}

static void resolved(conn *c, gate_job *j)
{
    c->job = NULL;
    if (j->n < 1) {
        char msg[GATE_HOST_MAX + 64];
        snprintf(msg, sizeof msg, "refused: cannot resolve %s", j->host);
        if (c->phase == 0)
            refuse(c, msg);
        else
            reply_error(c, 502, "the operator's proxy does not resolve");
        return;
    }
    if (c->phase == 0) {
        memcpy(c->dest, j->addrs, sizeof c->dest);
        c->ndest = j->n;
        destination_known(c);
    } else {
        memcpy(c->hop, j->addrs, sizeof c->hop);
        c->nhop = j->n;
        c->next_hop = 0;
        try_connect(c);
    }
}

/* Connect to the next address of c->hop (all checked, or the operator's). */
static void try_connect(conn *c)
{
    gate *g = c->g;
    close_conn_fd(c, &c->ufd);
    c->uev = 0;
    while (c->next_hop < c->nhop) {
        gate_addr *a = &c->hop[c->next_hop++];
        int fd = socket(a->sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) continue;
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(fd, (struct sockaddr *)&a->sa, a->len) < 0 && errno != EINPROGRESS) {
            close(fd);
            continue;
        }
        c->ufd = fd;
        struct epoll_event ev = {.events = 0, .data.ptr = &c->uep};
        epoll_ctl(g->ep_fd, EPOLL_CTL_ADD, fd, &ev);
        c->state = S_CONNECTING;
        c->deadline = now_ms() + g->o.connect_timeout_ms;
        update(c);
        return;
    }
    reply_error(c, 502,
                c->l->upstream_text ? "cannot connect to the operator's proxy"
                                    : "cannot connect to the destination");
}

/* The TCP connection is up: talk to the operator's proxy, or begin. */
static void connected(conn *c)
{
    /* A plain request goes to an HTTP proxy as a plain proxy request. */
    if (!c->l->upstream_text || (!c->l->up.socks && !c->req.connect)) {
        start_tunnel(c);
        return;
    }
    c->state = S_HANDSHAKE;
    c->hs_step = 0;
    bbuf_drop(&c->hs, c->hs.len);
    c->deadline = now_ms() + c->g->o.connect_timeout_ms;
    handshake_send(c);
}

/* ---- the operator's proxy ------------------------------------------------------------ */

static char *base64(const char *s)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = strlen(s), o = 0;
    char *out = xmalloc(n / 3 * 4 + 5);
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)(unsigned char)s[i] << 16;
        if (i + 1 < n) v |= (uint32_t)(unsigned char)s[i + 1] << 8;
        if (i + 2 < n) v |= (unsigned char)s[i + 2];
        out[o++] = tab[(v >> 18) & 63];
        out[o++] = tab[(v >> 12) & 63];
        out[o++] = i + 1 < n ? tab[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? tab[v & 63] : '=';
    }
    out[o] = '\0';
    return out;
}

/* "Proxy-Authorization: Basic ...\r\n" for the operator's proxy, or NULL. */
static char *proxy_auth(const gate_upstream *u)
{
    if (!u->user[0]) return NULL;
    char *cred = xasprintf("%s:%s", u->user, u->pass);
    char *enc = base64(cred);
    char *line = xasprintf("Proxy-Authorization: Basic %s\r\n", enc);
    free(enc);
    free(cred);
    return line;
}

/* "ip:port" or "[ip]:port" of the first checked address: only that one is
 * handed to the operator's proxy. */
static void checked_authority(conn *c, char *out, size_t n)
{
    char ip[INET6_ADDRSTRLEN];
    int port;
    addr_text((struct sockaddr *)&c->dest[0].sa, ip, sizeof ip, &port);
    snprintf(out, n, c->dest[0].sa.ss_family == AF_INET6 ? "[%s]:%d" : "%s:%d", ip, port);
}

/* The pending handshake bytes go first in c->in, before the client's. */
static void prepend(bbuf *b, const void *data, size_t n)
{
    bbuf tmp = {0};
    bbuf_add(&tmp, data, n);
    bbuf_add(&tmp, b->d ? b->d + b->off : "", b->len);
    bbuf_free(b);
    *b = tmp;
}

/* What the handshake writes first. The client's own bytes wait in c->in
 * behind; hs_pending counts how much of c->in is ours. */
static void handshake_send(conn *c)
{
    gate_upstream *u = &c->l->up;
    if (!u->socks) {
        char dest[INET6_ADDRSTRLEN + 16];
        char *auth = proxy_auth(u);
        checked_authority(c, dest, sizeof dest);
        buf b = {0};
        buf_printf(&b, "CONNECT %s HTTP/1.1\r\nHost: %s\r\n%s\r\n", dest, dest, auth ? auth : "");
        free(auth);
        c->hs_step = 1;
        prepend(&c->in, b.s, b.len);
        c->hs_pending = b.len;
        buf_free(&b);
    } else {
        unsigned char greet[4] = {5, 1, 0, 0};
        size_t n = 3;
        if (u->user[0]) {
            greet[1] = 2;
            greet[3] = 2;
            n = 4;
        }
        c->hs_step = 10;
        prepend(&c->in, greet, n);
        c->hs_pending = n;
    }
    update(c);
}

static void socks_request(conn *c)
{
    gate_addr *d = &c->dest[0];
    unsigned char req[22];
    size_t n = 0;
    req[n++] = 5;
    req[n++] = 1;
    req[n++] = 0;
    if (d->sa.ss_family == AF_INET) {
        struct sockaddr_in *in = (void *)&d->sa;
        req[n++] = 1;
        memcpy(req + n, &in->sin_addr, 4);
        n += 4;
        memcpy(req + n, &in->sin_port, 2);
    } else {
        struct sockaddr_in6 *in6 = (void *)&d->sa;
        req[n++] = 4;
        memcpy(req + n, &in6->sin6_addr, 16);
        n += 16;
        memcpy(req + n, &in6->sin6_port, 2);
    }
    n += 2;
    prepend(&c->in, req, n);
    c->hs_pending = n;
    c->hs_step = 12;
}

/* Bytes from the operator's proxy during the handshake (in c->hs). Returns
 * 1 when it is done, 0 when more are needed, -1 on refusal. */
static int handshake_read(conn *c)
{
    const unsigned char *p = (const unsigned char *)c->hs.d + c->hs.off;
    size_t n = c->hs.len;
    gate_upstream *u = &c->l->up;
    switch (c->hs_step) {
    case 1: { /* HTTP: "HTTP/1.x 200 ..." head */
        char *out;
        size_t outlen, used;
        int status;
        int rc = gate_response_head((const char *)p, n, &out, &outlen, &used, &status);
        if (rc == 0 && n < HANDSHAKE_MAX) return 0;
        if (rc != 1) return -1;
        free(out);
        bbuf_drop(&c->hs, used);
        return status >= 200 && status < 300 ? 1 : -1;
    }
    case 10: /* SOCKS5 method choice */
        if (n < 2) return 0;
        if (p[0] != 5 || (p[1] != 0 && !(p[1] == 2 && u->user[0]))) return -1;
        bbuf_drop(&c->hs, 2);
        if (p[1] == 2) {
            unsigned char a[515];
            size_t ul = strlen(u->user), pl = strlen(u->pass), k = 0;
            if (ul > 255 || pl > 255) return -1;
            a[k++] = 1;
            a[k++] = (unsigned char)ul;
            memcpy(a + k, u->user, ul);
            k += ul;
            a[k++] = (unsigned char)pl;
            memcpy(a + k, u->pass, pl);
            k += pl;
            prepend(&c->in, a, k);
            c->hs_pending = k;
            c->hs_step = 11;
        } else {
            socks_request(c);
        }
        return 0;
    case 11: /* SOCKS5 user/password answer */
        if (n < 2) return 0;
        if (p[1] != 0) return -1;
        bbuf_drop(&c->hs, 2);
        socks_request(c);
        return 0;
    case 12: { /* SOCKS5 CONNECT reply */
        if (n < 5) return 0;
        if (p[0] != 5 || p[1] != 0) return -1;
        size_t need = p[3] == 1 ? 10 : p[3] == 4 ? 22 : p[3] == 3 ? (size_t)7 + p[4] : 0;
        if (!need) return -1;
        if (n < need) return 0;
        bbuf_drop(&c->hs, need);
        return 1;
    }
    default:
        return -1;
    }
}

/* ---- the tunnel ------------------------------------------------------------------------- */

static void start_tunnel(conn *c)
{
    gate *g = c->g;
    const char *head = c->in.d + c->in.off;
    size_t rest = c->in.len - c->req.head_len;
    if (c->req.connect) {
        static const char ok[] = "HTTP/1.1 200 Connection established\r\n\r\n";
        bbuf_add(&c->out, ok, sizeof ok - 1);
        bbuf_drop(&c->in, c->req.head_len);
    } else {
        size_t fl;
        char dest[INET6_ADDRSTRLEN + 16], *auth = NULL, *fwd;
        if (c->l->upstream_text && !c->l->up.socks) {
            checked_authority(c, dest, sizeof dest);
            auth = proxy_auth(&c->l->up);
            fwd = gate_forward_head(head, &c->req, dest, auth, &fl);
        } else {
            fwd = gate_forward_head(head, &c->req, NULL, NULL, &fl);
        }
        free(auth);
        bbuf tmp = {0};
        bbuf_add(&tmp, fwd, fl);
        bbuf_add(&tmp, head + c->req.head_len, rest);
        free(fwd);
        bbuf_free(&c->in);
        c->in = tmp;
        c->resp_head = 1;
    }
    /* Bytes the operator's proxy sent past its handshake belong to the client. */
    if (c->hs.len && !c->resp_head) {
        bbuf_add(&c->out, c->hs.d + c->hs.off, c->hs.len);
        bbuf_drop(&c->hs, c->hs.len);
    }
    c->state = S_TUNNEL;
    c->deadline = now_ms() + g->o.idle_timeout_ms;
    update(c);
}

/* Destination bytes of a plain request, in c->hs until its head is read. */
static void response_bytes(conn *c)
{
    char *out;
    size_t outlen, used;
    int status;
    int rc = gate_response_head(c->hs.d + c->hs.off, c->hs.len, &out, &outlen, &used, &status);
    if (rc == 0 && !c->u_eof) return;
    if (rc == 1 && !(status == 101 && c->req.upgrade)) {
        bbuf_add(&c->out, out, outlen);
        bbuf_drop(&c->hs, used);
    }
    if (rc == 1) free(out);
    bbuf_add(&c->out, c->hs.d + c->hs.off, c->hs.len);
    bbuf_drop(&c->hs, c->hs.len);
    c->resp_head = 0;
}

/* Write up to max of the bytes pending in b to fd. Returns how many are
 * written, or -1 on a hard error. */
static ssize_t flush_some(int fd, bbuf *b, size_t max)
{
    size_t done = 0;
    while (done < max && b->len) {
        size_t want = max - done < b->len ? max - done : b->len;
        ssize_t n = send(fd, b->d + b->off, want, MSG_NOSIGNAL);
        if (n > 0) {
            bbuf_drop(b, (size_t)n);
            done += (size_t)n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) break;
        return -1;
    }
    return (ssize_t)done;
}

/* Write what is pending to fd. -1 on a hard error. */
static int flush(int fd, bbuf *b)
{
    return flush_some(fd, b, b->len) < 0 ? -1 : 0;
}

/* Read what fd has into b (or into hs when hs_mode). 1 at EOF, -1 on error. */
static int fill(int fd, bbuf *b)
{
    for (;;) {
        size_t room = bbuf_room(b);
        if (!room) return 0;
        ssize_t n = recv(fd, b->d + b->off + b->len, room, 0);
        if (n > 0) {
            b->len += (size_t)n;
            continue;
        }
        if (n == 0) return 1;
        if (errno == EAGAIN || errno == EINTR) return 0;
        return -1;
    }
}

/* One round of moving bytes in the tunnel; frees c when it is over. */
static void pump(conn *c, uint32_t cev, uint32_t uev)
{
    int rc;
    /* Errors end the tunnel; a hang-up means that side can take no more. */
    if ((cev | uev) & EPOLLERR) goto done;
    if ((cev & EPOLLHUP) && c->c_eof) goto done;
    if ((uev & EPOLLHUP) && c->u_eof) c->u_shut = 1;
    if ((cev & (EPOLLIN | EPOLLHUP | EPOLLERR)) && !c->c_eof) {
        rc = fill(c->cfd, &c->in);
        if (rc < 0) goto done;
        if (rc > 0) c->c_eof = 1;
    }
    if ((uev & (EPOLLIN | EPOLLHUP | EPOLLERR)) && !c->u_eof) {
        rc = fill(c->ufd, c->resp_head ? &c->hs : &c->out);
        if (rc < 0) goto done;
        if (rc > 0) c->u_eof = 1;
    }
    if (c->resp_head) response_bytes(c);
    if (flush(c->ufd, &c->in) < 0 || flush(c->cfd, &c->out) < 0) goto done;
    if (c->c_eof && !c->in.len && !c->u_shut) {
        shutdown(c->ufd, SHUT_WR);
        c->u_shut = 1;
    }
    if (c->u_eof && !c->out.len && !c->resp_head && !c->c_shut) {
        shutdown(c->cfd, SHUT_WR);
        c->c_shut = 1;
    }
    /* A plain request is over when the destination is: the client must not
     * send another (it was told Connection: close). */
    if ((c->u_shut && c->c_shut) || (c->u_eof && c->c_shut && !c->req.connect && !c->req.upgrade))
        goto done;
    c->deadline = now_ms() + c->g->o.idle_timeout_ms;
    update(c);
    return;
done:
    conn_free(c);
}

/* ---- events ------------------------------------------------------------------------- */

static int uid_allowed(gate *g, uid_t uid)
{
    return uid == g->euid ||
           (g->o.uid_lo <= g->o.uid_hi && uid >= g->o.uid_lo && uid <= g->o.uid_hi);
}

static void on_accept(gate *g, listener *l, int lfd)
{
    for (int k = 0; k < 64; k++) {
        int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) return;
        uid_t uid = (uid_t)-1;
        if (gate_peer_uid(fd, -1, &uid) != 0 || !uid_allowed(g, uid)) {
            stat_add(g, &g->st.denied);
            close(fd);
            continue;
        }
        pthread_mutex_lock(&g->mu);
        int full = g->st.open >= g->o.max_conns;
        if (!full) {
            g->st.open++;
            g->st.accepted++;
        }
        pthread_mutex_unlock(&g->mu);
        if (full) {
            static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                       "Connection: close\r\n\r\n";
            if (send(fd, busy, sizeof busy - 1, MSG_NOSIGNAL | MSG_DONTWAIT) < 0) { /* gone */
            }
            close(fd);
            continue;
        }
        if (lfd == l->tcp_fd) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        conn *c = xcalloc(1, sizeof *c);
        c->g = g;
        c->l = l;
        c->uid = uid;
        c->cfd = fd;
        c->ufd = -1;
        c->cep = (ep){EP_CLIENT, c};
        c->uep = (ep){EP_UP, c};
        c->state = S_HEAD;
        c->deadline = now_ms() + g->o.head_timeout_ms;
        c->next = g->conns;
        if (g->conns) g->conns->prev = c;
        g->conns = c;
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &c->cep};
        epoll_ctl(g->ep_fd, EPOLL_CTL_ADD, fd, &ev);
        c->cev = EPOLLIN;
    }
}

static void on_head_bytes(conn *c)
{
    char err[256];
    int rc = fill(c->cfd, &c->in);
    if (rc != 0) {
        conn_free(c);
        return;
    }
    int p = gate_parse_request(c->in.d + c->in.off, c->in.len, &c->req, err, sizeof err);
    if (p == 0) {
        if (c->in.len >= GATE_HEAD_MAX) reply_error(c, 431, "the request head is too long");
        return;
    }
    if (p < 0) {
        reply_error(c, c->req.status, err);
        return;
    }
    c->cev = 0; /* a fresh registration below: stop reading the client for now */
    struct epoll_event ev = {.events = 0, .data.ptr = &c->cep};
    epoll_ctl(c->g->ep_fd, EPOLL_CTL_MOD, c->cfd, &ev);
    if (gate_port_restricted(c->req.port)) {
        char msg[96];
        snprintf(msg, sizeof msg, "refused: port %d is restricted (browsers never use it)",
                 c->req.port);
        refuse(c, msg);
        return;
    }
    head_parsed(c);
}

static void on_conn_event(conn *c, int up, uint32_t events)
{
    /* A client that hung up while we resolve or connect for it: nothing
     * left to do (epoll reports hang-ups even when nothing is watched). */
    if (!up && (events & (EPOLLHUP | EPOLLERR)) && c->state != S_TUNNEL && c->state != S_HEAD) {
        conn_free(c);
        return;
    }
    switch (c->state) {
    case S_HEAD:
        if (!up) on_head_bytes(c);
        return;
    case S_CONNECTING: {
        if (!up) return;
        int e = 0;
        socklen_t el = sizeof e;
        if (getsockopt(c->ufd, SOL_SOCKET, SO_ERROR, &e, &el) < 0 || e != 0) {
            try_connect(c);
            return;
        }
        connected(c);
        return;
    }
    case S_HANDSHAKE: {
        if (!up) return;
        if (c->hs_pending) {
            /* Write only the handshake's own bytes, not the client's behind them. */
            ssize_t wr = flush_some(c->ufd, &c->in, c->hs_pending);
            if (wr < 0) {
                reply_error(c, 502, "the operator's proxy closed the connection");
                return;
            }
            c->hs_pending -= (size_t)wr;
        }
        if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            int rc = fill(c->ufd, &c->hs);
            int h = c->hs_pending == 0 ? handshake_read(c) : 0;
            if (h < 0 || (rc != 0 && h == 0)) {
                reply_error(c, 502, "the operator's proxy refused the connection");
                return;
            }
            if (h > 0) {
                start_tunnel(c);
                return;
            }
        }
        watch(c, c->ufd, &c->uep, &c->uev, EPOLLIN | (c->hs_pending ? EPOLLOUT : 0));
        return;
    }
    case S_TUNNEL:
        pump(c, up ? 0 : events, up ? events : 0);
        return;
    case S_CLOSING:
        if (up) return;
        if (flush(c->cfd, &c->out) < 0 || !c->out.len) conn_free(c);
        return;
    default:
        return;
    }
}

static void on_resolved(gate *g)
{
    uint64_t v;
    if (read(g->done_fd, &v, sizeof v) < 0) { /* spurious */
    }
    gate_job *j;
    while ((j = resolver_done(g->res))) {
        conn *c = j->owner;
        resolved(c, j);
        resolver_free(j);
    }
}

static void sweep(gate *g)
{
    int64_t now = now_ms();
    for (conn *c = g->conns, *next; c; c = next) {
        next = c->next;
        if (now < c->deadline) continue;
        switch (c->state) {
        case S_RESOLVING:
            reply_error(c, 504,
                        c->phase == 0 ? "refused: the name did not resolve in time"
                                      : "the operator's proxy did not resolve in time");
            break;
        case S_CONNECTING:
        case S_HANDSHAKE:
            reply_error(c, 504, "the connection did not open in time");
            break;
        default:
            conn_free(c);
        }
    }
}

static void *loop_main(void *arg)
{
    gate *g = arg;
    struct epoll_event evs[64];
    int64_t next_sweep = now_ms() + TICK_MS;
    for (;;) {
        int n = epoll_wait(g->ep_fd, evs, 64, TICK_MS);
        for (int i = 0; i < n; i++) {
            ep *e = evs[i].data.ptr;
            if (e->kind == EP_WAKE) goto out;
            if (e->kind == EP_RESOLVED) {
                on_resolved(g);
            } else if (e->kind == EP_LISTEN) {
                listener *l = e->p;
                on_accept(g, l, e == &l->tcp_ep ? l->tcp_fd : l->unix_fd);
            } else if (!((conn *)e->p)->dead) {
                on_conn_event(e->p, e->kind == EP_UP, evs[i].events);
            }
        }
        conn_reap(g);
        if (now_ms() >= next_sweep) {
            sweep(g);
            conn_reap(g);
            next_sweep = now_ms() + TICK_MS;
        }
    }
out:
    while (g->conns)
        conn_free(g->conns);
    conn_reap(g);
    return NULL;
}

/* ---- start and stop ------------------------------------------------------------------ */

static int listen_tcp(gate *g, listener *l, char *err, size_t errlen)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof a;
    l->tcp_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (l->tcp_fd < 0 || bind(l->tcp_fd, (struct sockaddr *)&a, sizeof a) < 0 ||
        listen(l->tcp_fd, 512) < 0 || getsockname(l->tcp_fd, (struct sockaddr *)&a, &al) < 0) {
        snprintf(err, errlen, "the egress gate cannot listen on 127.0.0.1: %s", strerror(errno));
        return -1;
    }
    l->port = ntohs(a.sin_port);
    snprintf(l->url, sizeof l->url, "http://127.0.0.1:%d", l->port);
    l->tcp_ep = (ep){EP_LISTEN, l};
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &l->tcp_ep};
    return epoll_ctl(g->ep_fd, EPOLL_CTL_ADD, l->tcp_fd, &ev);
}

static int listen_unix(gate *g, listener *l, int i, char *err, size_t errlen)
{
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    l->path = xasprintf("%s/gate-%d.sock", g->o.socket_dir, i);
    if (strlen(l->path) >= sizeof a.sun_path) {
        snprintf(err, errlen, "the egress gate's socket path %s is too long", l->path);
        return -1;
    }
    memcpy(a.sun_path, l->path, strlen(l->path) + 1);
    unlink(l->path);
    l->unix_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (l->unix_fd < 0 || bind(l->unix_fd, (struct sockaddr *)&a, sizeof a) < 0 ||
        chmod(l->path, 0666) < 0 || listen(l->unix_fd, 512) < 0) {
        snprintf(err, errlen, "the egress gate cannot listen on %s: %s", l->path, strerror(errno));
        return -1;
    }
    l->unix_ep = (ep){EP_LISTEN, l};
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &l->unix_ep};
    return epoll_ctl(g->ep_fd, EPOLL_CTL_ADD, l->unix_fd, &ev);
}

static int add_fd(gate *g, int fd, ep *e, int kind)
{
    *e = (ep){kind, g};
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = e};
    return epoll_ctl(g->ep_fd, EPOLL_CTL_ADD, fd, &ev);
}

int gate_start(const gate_opts *o, gate **out, char *err, size_t errlen)
{
    gate *g = xcalloc(1, sizeof *g);
    int n = 0;
    g->o = *o;
    g->o.upstreams = NULL;
    g->euid = geteuid();
    g->ep_fd = g->wake_fd = g->done_fd = -1;
    pthread_mutex_init(&g->mu, NULL);
    if (!g->o.max_conns) g->o.max_conns = MAX_CONNS;
    if (!g->o.head_timeout_ms) g->o.head_timeout_ms = 30000;
    if (!g->o.resolve_timeout_ms) g->o.resolve_timeout_ms = 10000;
    if (!g->o.connect_timeout_ms) g->o.connect_timeout_ms = 15000;
    if (!g->o.idle_timeout_ms) g->o.idle_timeout_ms = 600000;
    while (o->upstreams && o->upstreams[n])
        n++;
    g->ls = xcalloc((size_t)n + 1, sizeof *g->ls);
    g->nls = n + 1;
    for (int i = 0; i < g->nls; i++) {
        g->ls[i].tcp_fd = g->ls[i].unix_fd = -1;
        if (i == 0) continue;
        g->ls[i].upstream_text = xstrdup(o->upstreams[i - 1]);
        if (gate_parse_upstream(o->upstreams[i - 1], &g->ls[i].up, err, errlen) != 0) goto fail;
    }
    g->ep_fd = epoll_create1(EPOLL_CLOEXEC);
    g->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    g->done_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (g->ep_fd < 0 || g->wake_fd < 0 || g->done_fd < 0 ||
        add_fd(g, g->wake_fd, &g->wake_ep, EP_WAKE) < 0 ||
        add_fd(g, g->done_fd, &g->done_ep, EP_RESOLVED) < 0) {
        snprintf(err, errlen, "the egress gate cannot start: %s", strerror(errno));
        goto fail;
    }
    for (int i = 0; i < g->nls; i++) {
        if (listen_tcp(g, &g->ls[i], err, errlen) != 0) goto fail;
        if (o->socket_dir && listen_unix(g, &g->ls[i], i, err, errlen) != 0) goto fail;
    }
    g->res = resolver_start(RESOLVERS, RESOLVE_QUEUE, o->resolve, o->resolve_ud, g->done_fd, err,
                            errlen);
    if (!g->res) goto fail;
    if (pthread_create(&g->thread, NULL, loop_main, g) != 0) {
        snprintf(err, errlen, "the egress gate cannot start its thread");
        goto fail;
    }
    g->started = 1;
    *out = g;
    return 0;
fail:
    gate_stop(g);
    return -1;
}

void gate_stop(gate *g)
{
    if (!g) return;
    if (g->started) {
        uint64_t one = 1;
        if (write(g->wake_fd, &one, sizeof one) < 0) { /* full: it wakes anyway */
        }
        pthread_join(g->thread, NULL);
    }
    resolver_stop(g->res);
    for (int i = 0; i < g->nls; i++) {
        listener *l = &g->ls[i];
        close_fd(&l->tcp_fd);
        close_fd(&l->unix_fd);
        if (l->path) unlink(l->path);
        free(l->path);
        free(l->upstream_text);
    }
    free(g->ls);
    close_fd(&g->ep_fd);
    close_fd(&g->wake_fd);
    close_fd(&g->done_fd);
    pthread_mutex_destroy(&g->mu);
    free(g);
}

static const listener *find_listener(const gate *g, const char *upstream)
{
    if (!g) return NULL;
    if (!upstream || !*upstream) return &g->ls[0];
    for (int i = 1; i < g->nls; i++)
        if (!strcmp(g->ls[i].upstream_text, upstream)) return &g->ls[i];
    return NULL;
}

const char *gate_proxy_url(const gate *g, const char *upstream)
{
    const listener *l = find_listener(g, upstream);
    return l ? l->url : NULL;
}

const char *gate_socket_path(const gate *g, const char *upstream)
{
    const listener *l = find_listener(g, upstream);
    return l ? l->path : NULL;
}

void gate_get_stats(gate *g, gate_stats *s)
{
    pthread_mutex_lock(&g->mu);
    *s = g->st;
    pthread_mutex_unlock(&g->mu);
}
