/* test_gate.c -- unit tests for src/gate: the request and response head
 * parsers, operator proxy URLs, and a live gate on loopback with a fake
 * resolver (DNS rebinding), fake destinations, a fake operator proxy, and
 * clients of other users. No traffic leaves loopback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gate/gate.h"
#include "util/util.h"

/* ---- parsers ------------------------------------------------------------ */

static int parse(const char *head, gate_request *r)
{
    char err[256];
    return gate_parse_request(head, strlen(head), r, err, sizeof err);
}

static void test_parse_connect(void **state)
{
    gate_request r;
    assert_int_equal(parse("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n"
                           "Proxy-Connection: keep-alive\r\n\r\n",
                           &r),
                     1);
    assert_true(r.connect);
    assert_string_equal(r.host, "example.com");
    assert_int_equal(r.port, 443);
    assert_false(r.v6);
    assert_int_equal(parse("CONNECT [::1]:8080 HTTP/1.1\r\n\r\n", &r), 1);
    assert_true(r.v6);
    assert_string_equal(r.host, "::1");
    assert_int_equal(r.port, 8080);
    /* a partial head waits for more */
    assert_int_equal(parse("CONNECT example.com:443 HTTP/1.1\r\nHost: x", &r), 0);
}

static void test_parse_absolute(void **state)
{
    gate_request r;
    assert_int_equal(parse("GET http://Example.com/a?b HTTP/1.1\r\nHost: example.com\r\n\r\n", &r),
                     1);
    assert_false(r.connect);
    assert_string_equal(r.host, "Example.com");
    assert_int_equal(r.port, 80);
    assert_int_equal(parse("POST http://127.0.0.1:8000 HTTP/1.0\r\n\r\nbody", &r), 1);
    assert_int_equal(r.port, 8000);
    assert_int_equal(r.head_len, strlen("POST http://127.0.0.1:8000 HTTP/1.0\r\n\r\n"));
    assert_int_equal(parse("GET http://[2001:db8::1]:81/ HTTP/1.1\r\n\r\n", &r), 1);
    assert_true(r.v6);
    assert_int_equal(parse("GET http://h/ HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\n"
                           "Upgrade: websocket\r\n\r\n",
                           &r),
                     1);
    assert_true(r.upgrade);
}

static void test_parse_refused(void **state)
{
    static const struct {
        const char *head;
        int status;
    } cases[] = {
        {"GET / HTTP/1.1\r\nHost: x\r\n\r\n", 405},
        {"GET * HTTP/1.1\r\n\r\n", 405},
        {"GET https://example.com/ HTTP/1.1\r\n\r\n", 400},
        {"GET ws://example.com/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://user@127.0.0.1/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://a\\@127.0.0.1/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://exa%6dple.com/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://[::1%25lo]/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://[::1/ HTTP/1.1\r\n\r\n", 400},
        {"GET http:///x HTTP/1.1\r\n\r\n", 400},
        {"GET http://h:0/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://h:65536/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://h:+80/ HTTP/1.1\r\n\r\n", 400},
        {"CONNECT example.com HTTP/1.1\r\n\r\n", 400},
        {"CONNECT example.com:443x HTTP/1.1\r\n\r\n", 400},
        {"CONNECT  example.com:443 HTTP/1.1\r\n\r\n", 400},
        {"CONNECT example.com:443 HTTP/2.0\r\n\r\n", 400},
        {"CONNECT example.com:443 HTTP/1.1 \r\n\r\n", 400},
        {"GET http://h/ HTTP/1.1\r\nX: a\r\n b\r\n\r\n", 400}, /* obs-fold */
        {"GET http://h/ HTTP/1.1\r\nX : a\r\n\r\n", 400},      /* space before ':' */
        {"GET http://h/ HTTP/1.1\r\nX: a\rb\r\n\r\n", 400},    /* bare CR */
        {"GET http://h/ HTTP/1.1\r\nnocolon\r\n\r\n", 400},
        {"G\x01T http://h/ HTTP/1.1\r\n\r\n", 400},
        {"GET http://h/\n HTTP/1.1\r\n\r\n", 400},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gate_request r;
        char err[256] = "";
        int rc = gate_parse_request(cases[i].head, strlen(cases[i].head), &r, err, sizeof err);
        if (rc != -1 || r.status != cases[i].status)
            fail_msg("case %zu: rc %d status %d (want -1, %d): %s",
                     i,
                     rc,
                     r.status,
                     cases[i].status,
                     err);
        assert_true(err[0] != '\0');
    }
    /* a head that never ends */
    char *big = xmalloc(GATE_HEAD_MAX + 10);
    memcpy(big, "GET http://h/ HTTP/1.1\r\nX: ", 27);
    memset(big + 27, 'a', GATE_HEAD_MAX - 17);
    gate_request r;
    char err[64];
    assert_int_equal(gate_parse_request(big, GATE_HEAD_MAX + 10, &r, err, sizeof err), -1);
    assert_int_equal(r.status, 431);
    free(big);
}

static void test_forward_head(void **state)
{
    const char *head = "GET http://example.com:8080/a/b?c=1 HTTP/1.1\r\nHost: example.com:8080\r\n"
                       "Proxy-Connection: keep-alive\r\nProxy-Authorization: Basic eA==\r\n"
                       "Connection: keep-alive\r\nKeep-Alive: 5\r\nAccept: */*\r\n\r\n";
    gate_request r;
    assert_int_equal(parse(head, &r), 1);
    size_t n;
    char *out = gate_forward_head(head, &r, NULL, NULL, &n);
    assert_string_equal(out,
                        "GET /a/b?c=1 HTTP/1.1\r\nHost: example.com:8080\r\nAccept: */*\r\n"
                        "Connection: close\r\n\r\n");
    assert_int_equal(n, strlen(out));
    free(out);

    head = "GET http://h?q HTTP/1.1\r\n\r\n";
    assert_int_equal(parse(head, &r), 1);
    out = gate_forward_head(head, &r, NULL, NULL, &n);
    assert_string_equal(out, "GET /?q HTTP/1.1\r\nHost: h:80\r\nConnection: close\r\n\r\n");
    free(out);
    /* to an operator's proxy: absolute-form, to the checked address */
    out = gate_forward_head(head, &r, "192.0.2.1:80", "Proxy-Authorization: Basic eA==\r\n", &n);
    assert_string_equal(out,
                        "GET http://192.0.2.1:80/?q HTTP/1.1\r\nHost: h:80\r\n"
                        "Proxy-Authorization: Basic eA==\r\nConnection: close\r\n\r\n");
    free(out);

    head =
        "GET http://h/ws HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
    assert_int_equal(parse(head, &r), 1);
    out = gate_forward_head(head, &r, NULL, NULL, &n);
    assert_string_equal(out,
                        "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\n\r\n");
    free(out);
}

static void test_response_head(void **state)
{
    const char *resp = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n"
                       "Content-Length: 2\r\n\r\nhi";
    char *out;
    size_t outlen, used;
    int status;
    assert_int_equal(gate_response_head(resp, strlen(resp), &out, &outlen, &used, &status), 1);
    assert_int_equal(status, 200);
    assert_int_equal(used, strlen(resp) - 2);
    assert_string_equal(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n");
    free(out);
    assert_int_equal(gate_response_head("HTTP/1.1 20", 11, &out, &outlen, &used, &status), 0);
    assert_int_equal(gate_response_head("SSH-2.0-x\r\n", 11, &out, &outlen, &used, &status), -1);
    assert_int_equal(
        gate_response_head("HTTP/1.1 2x0 OK\r\n\r\n", 19, &out, &outlen, &used, &status), -1);
}

static void test_upstream_urls(void **state)
{
    gate_upstream u;
    char err[256];
    assert_int_equal(gate_parse_upstream("http://10.0.0.5:3128", &u, err, sizeof err), 0);
    assert_false(u.socks);
    assert_string_equal(u.host, "10.0.0.5");
    assert_int_equal(u.port, 3128);
    assert_string_equal(u.user, "");
    assert_int_equal(
        gate_parse_upstream("http://us%40r:p%3Ass@proxy.example:8080/", &u, err, sizeof err), 0);
    assert_string_equal(u.user, "us@r");
    assert_string_equal(u.pass, "p:ss");
    assert_string_equal(u.host, "proxy.example");
    assert_int_equal(gate_parse_upstream("socks5://[::1]:1080", &u, err, sizeof err), 0);
    assert_true(u.socks);
    assert_string_equal(u.host, "::1");
    assert_int_equal(gate_parse_upstream("proxy:3128", &u, err, sizeof err), 0);
    assert_int_equal(gate_parse_upstream("https://proxy:3128", &u, err, sizeof err), -1);
    assert_int_equal(gate_parse_upstream("http://proxy:3128/path", &u, err, sizeof err), -1);
    assert_int_equal(gate_parse_upstream("http://a%0d%0a:b@proxy:1", &u, err, sizeof err), -1);
    assert_int_equal(gate_parse_upstream("", &u, err, sizeof err), -1);
}

static void test_restricted_ports(void **state)
{
    assert_true(gate_port_restricted(25));
    assert_true(gate_port_restricted(22));
    assert_true(gate_port_restricted(0));
    assert_false(gate_port_restricted(80));
    assert_false(gate_port_restricted(443));
    assert_false(gate_port_restricted(3478));
}

/* ---- a live gate ------------------------------------------------------------ */

/* A destination on addr (host order IPv4): counts requests, answers each
 * with its own name, closes. */
typedef struct site {
    int fd, port;
    const char *name;
    int hits;
    char last[2048];
    int stop;
    int proxy; /* 1: an HTTP proxy, 2: a SOCKS5 proxy (remember the request, then be the site) */
    pthread_t t;
    pthread_mutex_t mu;
} site;

static int listen_on(uint32_t addr, int port, int *got)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a = {
        .sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(addr)};
    if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 16) < 0) {
        close(fd);
        return -1;
    }
    socklen_t al = sizeof a;
    getsockname(fd, (struct sockaddr *)&a, &al);
    *got = ntohs(a.sin_port);
    return fd;
}

/* Read one head from fd into out (NUL-terminated). */
static int read_head(int fd, char *out, size_t cap)
{
    size_t n = 0;
    while (n + 1 < cap) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 3000) <= 0) break;
        ssize_t k = read(fd, out + n, 1);
        if (k <= 0) break;
        n += (size_t)k;
        out[n] = '\0';
        if (n >= 4 && !memcmp(out + n - 4, "\r\n\r\n", 4)) return (int)n;
    }
    out[n] = '\0';
    return -1;
}

static int read_n(int fd, unsigned char *b, size_t n)
{
    size_t got = 0;
    while (got < n) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 3000) <= 0) return -1;
        ssize_t k = read(fd, b + got, n - got);
        if (k <= 0) return -1;
        got += (size_t)k;
    }
    return 0;
}

/* The SOCKS5 side of a fake proxy: user/password "bob"/"pw" required; the
 * requested address is kept in s->last as "a.b.c.d:port". */
static int socks_accept(site *s, int c)
{
    unsigned char b[32];
    if (read_n(c, b, 2) != 0 || b[0] != 5 || read_n(c, b + 2, b[1]) != 0 || !memchr(b + 2, 2, b[1]))
        return -1;
    if (write(c, "\x05\x02", 2) != 2 || read_n(c, b, 2) != 0 || read_n(c, b + 2, b[1] + 1u) != 0)
        return -1;
    size_t ul = b[1], pl = b[2 + ul];
    char user[64] = "", pass[64] = "";
    memcpy(user, b + 2, ul);
    if (read_n(c, (unsigned char *)pass, pl) != 0 || strcmp(user, "bob") || strcmp(pass, "pw"))
        return -1;
    if (write(c, "\x01\x00", 2) != 2 || read_n(c, b, 10) != 0 || b[0] != 5 || b[1] != 1 ||
        b[3] != 1)
        return -1;
    pthread_mutex_lock(&s->mu);
    snprintf(s->last, sizeof s->last, "%d.%d.%d.%d:%d", b[4], b[5], b[6], b[7], b[8] << 8 | b[9]);
    pthread_mutex_unlock(&s->mu);
    return write(c, "\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10) == 10 ? 0 : -1;
}

static void *site_main(void *arg)
{
    site *s = arg;
    for (;;) {
        struct pollfd p = {s->fd, POLLIN, 0};
        int r = poll(&p, 1, 50);
        pthread_mutex_lock(&s->mu);
        int stop = s->stop;
        pthread_mutex_unlock(&s->mu);
        if (stop) break;
        if (r <= 0) continue;
        int c = accept(s->fd, NULL, NULL);
        if (c < 0) continue;
        char head[2048];
        if (s->proxy == 2 && socks_accept(s, c) != 0) {
            close(c);
            continue;
        }
        if (read_head(c, head, sizeof head) > 0) {
            if (s->proxy == 1) {
                pthread_mutex_lock(&s->mu);
                util_strlcpy(s->last, head, sizeof s->last);
                pthread_mutex_unlock(&s->mu);
            }
            if (s->proxy && !strncmp(head, "CONNECT ", 8)) {
                const char ok[] = "HTTP/1.1 200 OK\r\n\r\n";
                if (write(c, ok, sizeof ok - 1) < 0 || read_head(c, head, sizeof head) < 0) {
                    close(c);
                    continue;
                }
            }
            pthread_mutex_lock(&s->mu);
            s->hits++;
            if (!s->proxy) util_strlcpy(s->last, head, sizeof s->last);
            pthread_mutex_unlock(&s->mu);
            char resp[256];
            int n = snprintf(
                resp,
                sizeof resp,
                "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\nConnection: keep-alive\r\n\r\n%s",
                strlen(s->name),
                s->name);
            if (write(c, resp, (size_t)n) < 0) { /* the test will notice */
            }
        }
        close(c);
    }
    return NULL;
}

static site *site_start(uint32_t addr, int port, const char *name)
{
    site *s = xcalloc(1, sizeof *s);
    s->name = name;
    s->fd = listen_on(addr, port, &s->port);
    if (s->fd < 0) {
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_create(&s->t, NULL, site_main, s);
    return s;
}

static int site_hits(site *s)
{
    pthread_mutex_lock(&s->mu);
    int h = s->hits;
    pthread_mutex_unlock(&s->mu);
    return h;
}

static void site_stop(site *s)
{
    if (!s) return;
    pthread_mutex_lock(&s->mu);
    s->stop = 1;
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->t, NULL);
    close(s->fd);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

/* A resolver that answers each lookup with the next address of a list:
 * 127.0.0.1 first, then 127.0.0.2 (rebinding). */
typedef struct fake_dns {
    pthread_mutex_t mu;
    int calls;
    uint32_t answers[4];
    int nanswers;
    int delay_ms;
} fake_dns;

static int fake_resolve(void *ud, const char *host, int port, gate_addr *out, int max)
{
    fake_dns *d = ud;
    if (d->delay_ms) util_sleep_ms(d->delay_ms);
    pthread_mutex_lock(&d->mu);
    int i = d->calls++;
    uint32_t a = d->answers[i < d->nanswers ? i : d->nanswers - 1];
    pthread_mutex_unlock(&d->mu);
    if (strcmp(host, "nowhere.test") == 0) return -1;
    struct sockaddr_in *in = (struct sockaddr_in *)&out[0].sa;
    memset(&out[0], 0, sizeof out[0]);
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    in->sin_addr.s_addr = htonl(a);
    out[0].len = sizeof *in;
    return 1;
}

static int port_of(const char *url)
{
    const char *c = strrchr(url, ':');
    return c ? atoi(c + 1) : 0;
}

/* Send req to the gate at port, read everything until it closes. */
static char *ask(int port, const char *req)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    buf b = {0};
    if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0 && write(fd, req, strlen(req)) >= 0) {
        char chunk[4096];
        for (;;) {
            struct pollfd p = {fd, POLLIN, 0};
            if (poll(&p, 1, 5000) <= 0) break;
            ssize_t n = read(fd, chunk, sizeof chunk);
            if (n <= 0) break;
            buf_append(&b, chunk, (size_t)n);
        }
    }
    close(fd);
    if (!b.s) buf_puts(&b, "");
    return buf_steal(&b);
}

/* Ask the gate at port for the request made of fmt and arg; the reply must
 * hold each needle (up to two; NULL ends). */
static void expect(int port, const char *fmt, int arg, const char *needle, const char *needle2)
{
    char req[512];
    snprintf(req, sizeof req, fmt, arg);
    char *r = ask(port, req);
    if (!strstr(r, needle) || (needle2 && !strstr(r, needle2)))
        fail_msg("%s: the reply lacks \"%s\"%s%s: %s",
                 req,
                 needle,
                 needle2 ? " or " : "",
                 needle2 ? needle2 : "",
                 r);
    free(r);
}

typedef struct world {
    site *a, *b; /* 127.0.0.1:P and 127.0.0.2:P */
    fake_dns dns;
    gate *g;
} world;

static void world_start(world *w, int allow_private, const char *const *upstreams)
{
    memset(w, 0, sizeof *w);
    w->a = site_start(0x7f000001, 0, "site-a");
    assert_non_null(w->a);
    w->b = site_start(0x7f000002, w->a->port, "site-b");
    assert_non_null(w->b);
    pthread_mutex_init(&w->dns.mu, NULL);
    w->dns.answers[0] = 0x7f000001;
    w->dns.answers[1] = 0x7f000002;
    w->dns.nanswers = 2;
    gate_opts o = {.allow_private = allow_private,
                   .upstreams = upstreams,
                   .uid_lo = 1,
                   .uid_hi = 0,
                   .resolve = fake_resolve,
                   .resolve_ud = &w->dns,
                   .resolve_timeout_ms = 500};
    char err[256];
    if (gate_start(&o, &w->g, err, sizeof err) != 0) fail_msg("gate_start: %s", err);
}

/* The same world behind a gate started with other options. */
static void world_regate(world *w, gate_opts o)
{
    gate_stop(w->g);
    o.resolve = fake_resolve;
    o.resolve_ud = &w->dns;
    char err[256];
    if (gate_start(&o, &w->g, err, sizeof err) != 0) fail_msg("gate_start: %s", err);
}

static void world_stop(world *w)
{
    gate_stop(w->g);
    site_stop(w->a);
    site_stop(w->b);
    pthread_mutex_destroy(&w->dns.mu);
}

static void test_live_policy(void **state)
{
    world w;
    world_start(&w, 0, NULL);
    int gp = port_of(gate_proxy_url(w.g, NULL));
    const char *forbidden = "HTTP/1.1 403 ";
    expect(gp,
           "GET http://127.0.0.1:%d/ HTTP/1.1\r\nHost: x\r\n\r\n",
           w.a->port,
           forbidden,
           "loopback");
    expect(gp, "CONNECT [::1]:%d HTTP/1.1\r\n\r\n", w.a->port, forbidden, NULL);
    /* a name that resolves to loopback */
    expect(gp, "CONNECT localhost:%d HTTP/1.1\r\n\r\n", w.a->port, forbidden, NULL);
    expect(gp,
           "GET http://nowhere.test:%d/ HTTP/1.1\r\n\r\n",
           w.a->port,
           forbidden,
           "cannot resolve nowhere.test");
    assert_int_equal(site_hits(w.a) + site_hits(w.b), 0);
    gate_stats st;
    gate_get_stats(w.g, &st);
    assert_int_equal(st.refused, 4);
    world_stop(&w);
}

/* The name is looked up once per request, and the gate connects to what
 * that lookup gave: a second answer (127.0.0.2) is never used for it. */
static void test_live_resolves_once(void **state)
{
    world w;
    world_start(&w, 1, NULL);
    int gp = port_of(gate_proxy_url(w.g, NULL));
    char req[256];
    snprintf(req,
             sizeof req,
             "GET http://rebind.test:%d/x HTTP/1.1\r\nHost: rebind.test\r\n"
             "Proxy-Connection: keep-alive\r\n\r\n",
             w.a->port);
    char *r = ask(gp, req);
    assert_non_null(strstr(r, "HTTP/1.1 200 OK\r\n"));
    assert_non_null(strstr(r, "Connection: close\r\n"));
    assert_null(strstr(r, "keep-alive"));
    assert_non_null(strstr(r, "site-a"));
    free(r);
    assert_int_equal(w.dns.calls, 1);
    assert_int_equal(site_hits(w.a), 1);
    assert_int_equal(site_hits(w.b), 0);
    /* the destination got an origin-form request */
    assert_int_equal(strncmp(w.a->last, "GET /x HTTP/1.1\r\n", 17), 0);
    /* a tunnel */
    snprintf(
        req, sizeof req, "CONNECT 127.0.0.1:%d HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n", w.a->port);
    r = ask(gp, req);
    assert_non_null(strstr(r, "HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK"));
    free(r);
    /* the gate itself is no destination */
    expect(gp, "GET http://127.0.0.1:%d/ HTTP/1.1\r\n\r\n", gp, "egress gate itself", NULL);
    expect(gp, "CONNECT 127.0.0.1:%d HTTP/1.1\r\n\r\n", 25, "HTTP/1.1 403 ", "restricted");
    expect(gp, "GET / HTTP/1.1\r\nHost: x%d\r\n\r\n", 1, "HTTP/1.1 405 ", NULL);
    world_stop(&w);
}

/* Rebinding with the policy on: the one lookup says private, so nothing is
 * connected, whatever a later lookup would say. */
static void test_live_rebinding_refused(void **state)
{
    world w;
    world_start(&w, 0, NULL);
    w.dns.answers[0] = 0x7f000002;
    w.dns.nanswers = 1;
    int gp = port_of(gate_proxy_url(w.g, NULL));
    expect(gp,
           "CONNECT rebind.test:%d HTTP/1.1\r\n\r\n",
           w.a->port,
           "HTTP/1.1 403 ",
           "rebind.test resolves to");
    assert_int_equal(site_hits(w.a) + site_hits(w.b), 0);
    world_stop(&w);
}

static void test_live_resolve_timeout(void **state)
{
    world w;
    world_start(&w, 1, NULL);
    w.dns.delay_ms = 1500;
    int gp = port_of(gate_proxy_url(w.g, NULL));
    int64_t t0 = util_mono_ms();
    char *r = ask(gp, "CONNECT slow.test:80 HTTP/1.1\r\n\r\n");
    assert_non_null(strstr(r, "HTTP/1.1 504 "));
    assert_true(util_mono_ms() - t0 < 1400);
    free(r);
    util_sleep_ms(1600); /* let the resolver thread finish before the world goes */
    world_stop(&w);
}

/* A world behind an operator proxy (mode 1 HTTP, 2 SOCKS5) at the URL made
 * of fmt and its port, kept in up. */
static site *proxy_world(world *w, int mode, const char *name, const char *fmt, char *up, size_t n)
{
    site *proxy = site_start(0x7f000001, 0, name);
    assert_non_null(proxy);
    proxy->proxy = mode;
    snprintf(up, n, fmt, proxy->port);
    const char *ups[] = {up, NULL};
    world_start(w, 1, ups);
    return proxy;
}

/* An operator proxy: the gate resolves and checks, then asks the proxy to
 * CONNECT to the checked address, with the proxy's credentials. */
static void test_live_upstream(void **state)
{
    world w;
    char up[128];
    site *proxy =
        proxy_world(&w, 1, "via-proxy", "http://alice:s3cret@127.0.0.1:%d", up, sizeof up);
    const char *url = gate_proxy_url(w.g, up);
    assert_non_null(url);
    assert_string_not_equal(url, gate_proxy_url(w.g, NULL));
    assert_null(gate_proxy_url(w.g, "http://other:1"));
    /* a plain request: absolute-form, to the checked address, the name kept in Host */
    expect(port_of(url),
           "GET http://rebind.test:%d/p HTTP/1.1\r\nHost: rebind.test\r\n\r\n",
           w.a->port,
           "via-proxy",
           NULL);
    char want[128];
    snprintf(want,
             sizeof want,
             "GET http://127.0.0.1:%d/p HTTP/1.1\r\nHost: rebind.test\r\n",
             w.a->port);
    assert_int_equal(strncmp(proxy->last, want, strlen(want)), 0);
    assert_non_null(strstr(proxy->last, "Proxy-Authorization: Basic YWxpY2U6czNjcmV0\r\n"));
    /* a tunnel: CONNECT to the checked address (the second lookup, 127.0.0.2: a fresh one) */
    expect(port_of(url),
           "CONNECT rebind.test:%d HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n",
           w.a->port,
           "HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK",
           "via-proxy");
    snprintf(want, sizeof want, "CONNECT 127.0.0.2:%d HTTP/1.1\r\n", w.a->port);
    assert_int_equal(strncmp(proxy->last, want, strlen(want)), 0);
    assert_non_null(strstr(proxy->last, "Proxy-Authorization: Basic YWxpY2U6czNjcmV0\r\n"));
    assert_int_equal(site_hits(w.a) + site_hits(w.b), 0);
    world_stop(&w);
    site_stop(proxy);
}

/* A SOCKS5 operator proxy: user and password, CONNECT to the checked address. */
static void test_live_socks(void **state)
{
    world w;
    char up[128];
    site *proxy = proxy_world(&w, 2, "via-socks", "socks5://bob:pw@127.0.0.1:%d", up, sizeof up);
    int gp = port_of(gate_proxy_url(w.g, up));
    expect(gp,
           "GET http://rebind.test:%d/p HTTP/1.1\r\nHost: rebind.test\r\n\r\n",
           w.a->port,
           "via-socks",
           NULL);
    char want[64];
    snprintf(want, sizeof want, "127.0.0.1:%d", w.a->port);
    assert_string_equal(proxy->last, want);
    assert_int_equal(site_hits(w.a) + site_hits(w.b), 0);
    world_stop(&w);
    site_stop(proxy);
}

/* Another user's process is not served; one in the configured range is. */
static void test_live_other_users(void **state)
{
    if (geteuid() != 0) skip();
    world w;
    world_start(&w, 1, NULL);
    int gp = port_of(gate_proxy_url(w.g, NULL));
    for (int round = 0; round < 2; round++) {
        pid_t pid = fork();
        if (pid == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0) _exit(3);
            char req[128];
            snprintf(req, sizeof req, "GET http://127.0.0.1:%d/ HTTP/1.1\r\n\r\n", w.a->port);
            char *r = ask(gp, req);
            _exit(strstr(r, "site-a") ? 0 : r[0] ? 2 : 1);
        }
        int st;
        waitpid(pid, &st, 0);
        assert_true(WIFEXITED(st));
        if (round == 0) {
            assert_int_equal(WEXITSTATUS(st), 1); /* closed without a byte */
            world_regate(&w, (gate_opts){.allow_private = 1, .uid_lo = 65534, .uid_hi = 65534});
            gp = port_of(gate_proxy_url(w.g, NULL));
        } else {
            assert_int_equal(WEXITSTATUS(st), 0);
        }
    }
    world_stop(&w);
}

/* The unix socket of a listener serves the same way. */
static void test_live_unix_socket(void **state)
{
    char dir[] = "/tmp/test-gate-XXXXXX";
    assert_non_null(mkdtemp(dir));
    world w;
    world_start(&w, 1, NULL);
    world_regate(&w, (gate_opts){.allow_private = 1, .socket_dir = dir, .uid_lo = 1, .uid_hi = 0});
    const char *path = gate_socket_path(w.g, NULL);
    assert_non_null(path);
    struct stat sb;
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0666);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    util_strlcpy(a.sun_path, path, sizeof a.sun_path);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    char req[128], got[512];
    snprintf(req, sizeof req, "GET http://127.0.0.1:%d/ HTTP/1.1\r\n\r\n", w.a->port);
    assert_true(write(fd, req, strlen(req)) > 0);
    size_t n = 0;
    ssize_t k;
    while (n + 1 < sizeof got && (k = read(fd, got + n, sizeof got - 1 - n)) > 0)
        n += (size_t)k;
    got[n] = '\0';
    close(fd);
    assert_non_null(strstr(got, "site-a"));
    world_stop(&w);
    assert_int_not_equal(access(path, F_OK), 0); /* removed at stop */
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_connect),
        cmocka_unit_test(test_parse_absolute),
        cmocka_unit_test(test_parse_refused),
        cmocka_unit_test(test_forward_head),
        cmocka_unit_test(test_response_head),
        cmocka_unit_test(test_upstream_urls),
        cmocka_unit_test(test_restricted_ports),
        cmocka_unit_test(test_live_policy),
        cmocka_unit_test(test_live_resolves_once),
        cmocka_unit_test(test_live_rebinding_refused),
        cmocka_unit_test(test_live_resolve_timeout),
        cmocka_unit_test(test_live_upstream),
        cmocka_unit_test(test_live_socks),
        cmocka_unit_test(test_live_other_users),
        cmocka_unit_test(test_live_unix_socket),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
