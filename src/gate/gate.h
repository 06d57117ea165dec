/* gate.h -- the egress gate: the one way out of every browser the server
 * runs (crawler Chromium and script runners alike).
 *
 * An HTTP proxy of ours that every browser is pointed at
 * (--proxy-server=http://127.0.0.1:PORT, --proxy-bypass-list=<-loopback>,
 * so loopback goes through it too). For each request it
 *   - reads the head: CONNECT host:port (https, wss, ws: Chromium tunnels
 *     every WebSocket) or an absolute-form request (GET http://host/...);
 *   - resolves the host ONCE, on a resolver thread, within a time bound;
 *   - applies the URL policy (policy/urlpolicy.h) to every address it got:
 *     no loopback, private, link-local, CGNAT or reserved address unless
 *     private networks are allowed (or the exact address:port is on the
 *     operator's BROWSERAI_ALLOW_ADDRESSES list);
 *   - connects to that same, checked address (never resolving again), or
 *     answers 403 with the reason;
 *   - then moves bytes both ways. Plain requests are sent origin-form with
 *     "Connection: close" and the reply is marked "Connection: close", so
 *     the browser never sends a second request (to another host) down a
 *     connection whose destination was checked for the first; a 101 reply
 *     (WebSocket upgrade) turns the connection into a tunnel.
 * Nothing the browser does can pick the address instead of the gate: DNS
 * rebinding has no second lookup to rebind, and a name cannot be checked as
 * public and then connected to as private.
 *
 * Listeners. One per route out: index 0 connects directly; each operator
 * proxy (BROWSERAI_PROXY_<CC>) gets a listener of its own that chains
 * behind it (the gate checks and resolves the destination, connects to the
 * operator's proxy -- allowed by the operator, so not checked -- and asks
 * it to CONNECT to the checked address). A browser context picks its
 * country by picking the listener's URL; Chromium cannot send proxy
 * credentials from --proxy-server or Target.createBrowserContext, so a port
 * per route is what selects it. Each listener is a loopback TCP port (for
 * the crawler's Chromium) and, when socket_dir is set, a unix socket (for
 * script runners, whose network namespace has no route to the host's
 * loopback: their broker bridges to the socket by path).
 *
 * Who may connect. Any local process can reach 127.0.0.1, and a gate that
 * serves anyone is an open proxy into the operator's paid proxies (and,
 * with private networks allowed, into the private network). Chromium cannot
 * present a secret to a proxy it was given on the command line, so the
 * gate asks the kernel instead: a TCP client's socket owner is looked up
 * with NETLINK_SOCK_DIAG, a unix client's with SO_PEERCRED, and only the
 * server's own uid and the configured runner uid range are served. Others
 * get their connection closed without a byte. Root, which can read any
 * process's memory anyway, is not a boundary we can draw.
 *
 * Threads: one event-loop thread (epoll) per gate moves every byte; a small
 * pool of resolver threads runs getaddrinfo with a bound (a lookup that
 * outlives it is answered 504 and its result dropped when it comes). All
 * functions of this header may be called from any thread; gate_stop() must
 * not race with other calls on the same handle. */
#ifndef BAI_GATE_H
#define BAI_GATE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>

/* ---- request heads (pure, unit-tested, fuzzed) ------------------------- */

#define GATE_HEAD_MAX 16384 /* a longer request head is answered 431 */
#define GATE_HOST_MAX 253

typedef struct gate_request {
    int connect;                  /* CONNECT host:port: a tunnel */
    int upgrade;                  /* "Connection: upgrade" with "Upgrade:" */
    char host[GATE_HOST_MAX + 1]; /* a name, or an address (IPv6 unbracketed) */
    int v6;                       /* host was a bracketed IPv6 literal */
    int port;
    size_t head_len; /* bytes of the head, blank line included */
    int status;      /* when invalid: the status to answer */
} gate_request;

/* Parse the request head at in[0..len). Returns 1 when the head is
 * complete and valid (*r filled), 0 when more bytes are needed, -1 when it
 * is invalid or too long (r->status: 400, 405 for a request that is not for
 * a proxy, 431, 501; err says why). Only CONNECT and absolute-form http://
 * targets are accepted; hosts are names of letters, digits, '-', '_' and
 * '.', dotted IPv4 forms, or bracketed IPv6 without a zone. */
int gate_parse_request(const char *in, size_t len, gate_request *r, char *err, size_t errlen);

/* The head to send on for a parsed non-CONNECT request: hop-by-hop and
 * proxy headers removed, "Host" added when missing, extra (header lines,
 * each ending in CRLF; may be NULL) added, and "Connection: close" (or
 * "Connection: Upgrade" when r->upgrade). The target is origin-form
 * ("/path?query") when authority is NULL, for the destination itself; else
 * absolute-form "http://<authority>/path?query", for an operator's proxy,
 * with authority the checked address. Returns a malloc'ed buffer of
 * *outlen bytes. */
char *gate_forward_head(const char *in, const gate_request *r, const char *authority,
                        const char *extra, size_t *outlen);

/* Rewrite a response head at in[0..len) so the client closes after it:
 * Connection, Proxy-Connection and Keep-Alive headers dropped,
 * "Connection: close" added. Returns 1 with a malloc'ed *out (*outlen
 * bytes) and *consumed (bytes of in the head took), 0 when more bytes are
 * needed, -1 when in does not start with a valid head of at most
 * GATE_HEAD_MAX * 4 bytes (the caller passes the bytes on unchanged).
 * *status gets the status code when 1. */
int gate_response_head(const char *in, size_t len, char **out, size_t *outlen, size_t *consumed,
                       int *status);

/* An operator proxy URL: http://[user:pass@]host:port or socks5://...
 * (socks5h too). 0, or -1 with err. */
typedef struct gate_upstream {
    int socks; /* 0: HTTP CONNECT; 1: SOCKS5 */
    char host[GATE_HOST_MAX + 1];
    int port;
    char user[256], pass[256]; /* "" when none */
} gate_upstream;

int gate_parse_upstream(const char *url, gate_upstream *u, char *err, size_t errlen);

/* Whether the gate refuses port as a destination whatever the address:
 * Chromium's own list of restricted ports (SMTP, IRC, ...), which a browser
 * never connects to, so a tunnel there is abuse. */
int gate_port_restricted(int port);

/* ---- the gate ------------------------------------------------------------ */

typedef struct gate gate;

typedef struct gate_addr {
    struct sockaddr_storage sa;
    socklen_t len;
} gate_addr;

#define GATE_ADDRS_MAX 16

/* A resolver: the addresses of host (port already set in each), at most
 * max. Returns how many (>= 1), or -1 when the name does not resolve. May
 * block; runs on a resolver thread. The default is getaddrinfo(3). */
typedef int (*gate_resolve_fn)(void *ud, const char *host, int port, gate_addr *out, int max);

/* Told about each refused request (on the loop thread; keep it short). */
typedef void (*gate_refuse_fn)(void *ud, uid_t uid, const char *target, const char *reason);

typedef struct gate_opts {
    int allow_private;            /* BROWSERAI_ALLOW_PRIVATE_NETWORKS */
    const char *const *upstreams; /* NULL-terminated operator proxy URLs; may be NULL */
    const char *socket_dir;       /* a folder for the unix sockets; NULL: none */
    uid_t uid_lo, uid_hi;         /* besides our own euid, who may connect (lo > hi: none) */
    int max_conns;                /* 0: 1024 */
    int head_timeout_ms;          /* 0: 30 s to send a request head */
    int resolve_timeout_ms;       /* 0: 10 s */
    int connect_timeout_ms;       /* 0: 15 s */
    int idle_timeout_ms;          /* 0: 10 min without a byte either way */
    gate_resolve_fn resolve;      /* NULL: getaddrinfo */
    void *resolve_ud;
    gate_refuse_fn on_refuse; /* may be NULL */
    void *refuse_ud;
} gate_opts;

/* Start a gate: its listeners (127.0.0.1, a free port each; unix sockets
 * socket_dir/gate-<i>.sock, mode 0666, access decided by the peer's uid),
 * its loop and resolver threads. Every upstream must parse. On failure
 * returns -1 with err, and nothing is left running. */
int gate_start(const gate_opts *o, gate **out, char *err, size_t errlen);

/* Close every listener and connection, stop the loop, remove the unix
 * sockets, free. Resolver threads still inside getaddrinfo finish on their
 * own and exit. Accepts NULL. */
void gate_stop(gate *g);

/* "http://127.0.0.1:PORT": the listener that goes out through upstream
 * (NULL or "": directly). NULL when upstream is not one the gate was
 * started with. Valid until gate_stop. */
const char *gate_proxy_url(const gate *g, const char *upstream);

/* The unix socket path of the same listener, or NULL (no socket_dir, or an
 * unknown upstream). Valid until gate_stop. */
const char *gate_socket_path(const gate *g, const char *upstream);

typedef struct gate_stats {
    unsigned long accepted; /* connections served */
    unsigned long denied;   /* connections closed for their peer's uid */
    unsigned long refused;  /* requests answered 403 by the policy */
    unsigned long resolves; /* lookups started */
    int open;               /* connections now */
} gate_stats;

void gate_get_stats(gate *g, gate_stats *s);

/* Check one resolved destination with the URL policy (and the gate's own
 * rules: restricted ports, the gate's own listeners). 0, or -1 with a
 * "refused: ..." reason in err. Thread-safe. */
int gate_check_addr(const gate *g, const struct sockaddr *sa, char *err, size_t errlen);

#endif
