/* parse.c -- the gate's parsers of untrusted bytes (see gate.h): request
 * heads from browsers, response heads from the web, operator proxy URLs.
 *
 * Strict where leniency would let two readers disagree on the destination:
 * one request line, CRLF line ends, no obs-fold, no userinfo in the target,
 * a host of a closed character set. The host is what the gate resolves and
 * checks; what the destination server makes of the rest of the request is
 * its own affair, as every byte of this connection goes to that one
 * checked address. */
#include "gate/gate.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/util.h"

#define HEADERS_MAX 128
#define RESPONSE_HEAD_MAX (GATE_HEAD_MAX * 4)

static int bad(gate_request *r, int status, char *err, size_t errlen, const char *why)
{
    r->status = status;
    if (err && errlen) snprintf(err, errlen, "%s", why);
    return -1;
}

/* The end of the head (just past CRLFCRLF) within in[0..len), or 0. */
static size_t head_end(const char *in, size_t len)
{
    for (size_t i = 3; i < len; i++)
        if (in[i] == '\n' && in[i - 1] == '\r' && in[i - 2] == '\n' && in[i - 3] == '\r')
            return i + 1;
    return 0;
}

static int is_tchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

static int is_host_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_';
}

/* Parse "digits" s[0..n) as a port 1..65535. */
static int parse_port(const char *s, size_t n, int *port)
{
    long v = 0;
    if (n == 0 || n > 5) return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (v < 1 || v > 65535) return -1;
    *port = (int)v;
    return 0;
}

/* Split an authority "host[:port]" or "[v6][:port]" s[0..n) into host and
 * port (dflt when absent; -1 means the port is required). 0, or -1. */
static int parse_authority(const char *s, size_t n, int dflt, char *host, int *v6, int *port)
{
    const char *colon;
    size_t hl;

    *v6 = 0;
    if (n > 0 && s[0] == '[') {
        const char *close = memchr(s, ']', n);
        if (!close) return -1;
        hl = (size_t)(close - s - 1);
        if (hl == 0 || hl > 45) return -1;
        memcpy(host, s + 1, hl);
        host[hl] = '\0';
        unsigned char a[16];
        if (inet_pton(AF_INET6, host, a) != 1) return -1;
        *v6 = 1;
        colon = close + 1 < s + n ? close + 1 : NULL;
        if (colon && *colon != ':') return -1;
    } else {
        colon = memchr(s, ':', n);
        hl = colon ? (size_t)(colon - s) : n;
        if (hl == 0 || hl > GATE_HOST_MAX) return -1;
        for (size_t i = 0; i < hl; i++)
            if (!is_host_char((unsigned char)s[i])) return -1;
        memcpy(host, s, hl);
        host[hl] = '\0';
    }
    if (colon) return parse_port(colon + 1, (size_t)(s + n - colon - 1), port);
    if (dflt < 0) return -1;
    *port = dflt;
    return 0;
}

/* The request target of a non-CONNECT request: "http://authority/..." */
static int parse_absolute(const char *t, size_t n, gate_request *r)
{
    static const char http[] = "http://";
    size_t k = sizeof http - 1, end;

    if (n < k || strncasecmp(t, http, k) != 0) return -1;
    for (end = k; end < n && t[end] != '/' && t[end] != '?' && t[end] != '#'; end++)
        if (t[end] == '@' || t[end] == '\\') return -1; /* no userinfo, no WHATWG slashes */
    return parse_authority(t + k, end - k, 80, r->host, &r->v6, &r->port);
}

/* Whether the comma-separated header value v[0..n) lists token. */
static int lists_token(const char *v, size_t n, const char *token)
{
    size_t tl = strlen(token), i = 0;
    while (i < n) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
            i++;
        size_t s = i;
        while (i < n && v[i] != ',')
            i++;
        size_t e = i;
        while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t'))
            e--;
        if (e - s == tl && strncasecmp(v + s, token, tl) == 0) return 1;
    }
    return 0;
}

typedef struct header {
    const char *name, *value;
    size_t nlen, vlen;
    const char *line; /* the whole line, CRLF included */
    size_t llen;
} header;

/* Split the header lines of a head (from p to the blank line at end) into
 * hs. Returns the count, or -1 when a line is malformed or there are too
 * many. */
static int split_headers(const char *p, const char *end, header *hs, int max)
{
    int n = 0;
    while (p < end) {
        const char *eol = p;
        while (eol + 1 < end && !(eol[0] == '\r' && eol[1] == '\n'))
            eol++;
        if (eol + 1 >= end) return -1;
        if (eol == p) return n; /* the blank line */
        if (n == max) return -1;
        const char *colon = memchr(p, ':', (size_t)(eol - p));
        if (!colon || colon == p) return -1;
        for (const char *q = p; q < colon; q++)
            if (!is_tchar((unsigned char)*q)) return -1; /* obs-fold, spaces before ':' */
        for (const char *q = colon + 1; q < eol; q++)
            if ((unsigned char)*q < 0x20 && *q != '\t') return -1; /* bare CR, NUL, LF */
        const char *v = colon + 1, *ve = eol;
        while (v < ve && (*v == ' ' || *v == '\t'))
            v++;
        while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
            ve--;
        hs[n] = (header){p, v, (size_t)(colon - p), (size_t)(ve - v), p, (size_t)(eol + 2 - p)};
        n++;
        p = eol + 2;
    }
    return -1;
}

static int name_is(const header *h, const char *name)
{
    return h->nlen == strlen(name) && strncasecmp(h->name, name, h->nlen) == 0;
}

int gate_parse_request(const char *in, size_t len, gate_request *r, char *err, size_t errlen)
{
    header hs[HEADERS_MAX];
    memset(r, 0, sizeof *r);
    size_t end = head_end(in, len < GATE_HEAD_MAX ? len : GATE_HEAD_MAX);
    if (!end) {
        if (len >= GATE_HEAD_MAX) return bad(r, 431, err, errlen, "the request head is too long");
        return 0;
    }
    /* request-line = method SP request-target SP HTTP-version CRLF */
    const char *line_end = memchr(in, '\r', end);
    const char *sp1 = memchr(in, ' ', (size_t)(line_end - in));
    if (!sp1 || sp1 == in) return bad(r, 400, err, errlen, "a malformed request line");
    for (const char *q = in; q < sp1; q++)
        if (!is_tchar((unsigned char)*q)) return bad(r, 400, err, errlen, "a malformed method");
    const char *target = sp1 + 1;
    const char *sp2 = memchr(target, ' ', (size_t)(line_end - target));
    if (!sp2 || sp2 == target || line_end - sp2 != 9 || strncmp(sp2 + 1, "HTTP/1.", 7) != 0 ||
        (sp2[8] != '0' && sp2[8] != '1') || line_end[1] != '\n')
        return bad(r, 400, err, errlen, "a malformed request line");
    for (const char *q = target; q < sp2; q++)
        if ((unsigned char)*q <= 0x20 || (unsigned char)*q == 0x7f)
            return bad(r, 400, err, errlen, "a malformed request target");
    size_t mlen = (size_t)(sp1 - in), tlen = (size_t)(sp2 - target);
    r->connect = mlen == 7 && strncmp(in, "CONNECT", 7) == 0;
    if (r->connect) {
        if (parse_authority(target, tlen, -1, r->host, &r->v6, &r->port) != 0)
            return bad(r, 400, err, errlen, "CONNECT wants host:port");
    } else if (target[0] == '/' || target[0] == '*') {
        return bad(r, 405, err, errlen, "this is a proxy: it serves CONNECT and http:// URLs only");
    } else if (parse_absolute(target, tlen, r) != 0) {
        return bad(r, 400, err, errlen, "only http:// URLs with a valid host are served");
    }
    int n = split_headers(line_end + 2, in + end, hs, HEADERS_MAX);
    if (n < 0) return bad(r, 400, err, errlen, "a malformed header");
    int conn_upgrade = 0, has_upgrade = 0;
    for (int i = 0; i < n; i++) {
        if (name_is(&hs[i], "connection") && lists_token(hs[i].value, hs[i].vlen, "upgrade"))
            conn_upgrade = 1;
        if (name_is(&hs[i], "upgrade") && hs[i].vlen) has_upgrade = 1;
    }
    r->upgrade = !r->connect && conn_upgrade && has_upgrade;
    r->head_len = end;
    return 1;
}

/* Headers that are about the hop to us, not the request. */
static int hop_by_hop(const header *h)
{
    static const char *const names[] = {
        "connection", "proxy-connection", "keep-alive", "proxy-authorization", "proxy-authenticate",
        "te",         "trailer",          "upgrade"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (name_is(h, names[i])) return 1;
    return 0;
}

char *gate_forward_head(const char *in, const gate_request *r, const char *authority,
                        const char *extra, size_t *outlen)
{
    header hs[HEADERS_MAX];
    buf out = {0};
    const char *line_end = memchr(in, '\r', r->head_len);
    const char *sp1 = memchr(in, ' ', (size_t)(line_end - in));
    const char *target = sp1 + 1;
    const char *sp2 = memchr(target, ' ', (size_t)(line_end - target));
    /* origin-form: the target from the first '/' after "http://host", or "/" */
    const char *path = target + 7;
    while (path < sp2 && *path != '/' && *path != '?')
        path++;
    buf_append(&out, in, (size_t)(target - in));
    if (authority) buf_printf(&out, "http://%s", authority);
    if (path == sp2 || *path == '?') buf_puts(&out, "/");
    buf_append(&out, path, (size_t)(sp2 - path));
    buf_append(&out, sp2, (size_t)(line_end + 2 - sp2));
    int n = split_headers(line_end + 2, in + r->head_len, hs, HEADERS_MAX), host = 0;
    for (int i = 0; i < n; i++) {
        if (name_is(&hs[i], "host")) host = 1;
        if (hop_by_hop(&hs[i]) && !(r->upgrade && name_is(&hs[i], "upgrade"))) continue;
        buf_append(&out, hs[i].line, hs[i].llen);
    }
    if (!host) {
        if (r->v6)
            buf_printf(&out, "Host: [%s]:%d\r\n", r->host, r->port);
        else
            buf_printf(&out, "Host: %s:%d\r\n", r->host, r->port);
    }
    if (extra) buf_puts(&out, extra);
    buf_puts(&out, r->upgrade ? "Connection: Upgrade\r\n\r\n" : "Connection: close\r\n\r\n");
    *outlen = out.len;
    return buf_steal(&out);
}

int gate_response_head(const char *in, size_t len, char **out, size_t *outlen, size_t *consumed,
                       int *status)
{
    header hs[HEADERS_MAX];
    size_t end = head_end(in, len < RESPONSE_HEAD_MAX ? len : RESPONSE_HEAD_MAX);
    if (!end) {
        /* Not a head we can read, or not yet: a status line starts "HTTP/1.". */
        size_t k = len < 7 ? len : 7;
        if (strncmp(in, "HTTP/1.", k) != 0 || len >= RESPONSE_HEAD_MAX) return -1;
        return 0;
    }
    const char *line_end = memchr(in, '\r', end);
    if (line_end - in < 12 || strncmp(in, "HTTP/1.", 7) != 0 || in[8] != ' ' || line_end[1] != '\n')
        return -1;
    int code = 0;
    for (int i = 9; i < 12; i++) {
        if (in[i] < '0' || in[i] > '9') return -1;
        code = code * 10 + (in[i] - '0');
    }
    int n = split_headers(line_end + 2, in + end, hs, HEADERS_MAX);
    if (n < 0) return -1;
    buf o = {0};
    buf_append(&o, in, (size_t)(line_end + 2 - in));
    for (int i = 0; i < n; i++) {
        if (name_is(&hs[i], "connection") || name_is(&hs[i], "proxy-connection") ||
            name_is(&hs[i], "keep-alive"))
            continue;
        buf_append(&o, hs[i].line, hs[i].llen);
    }
    buf_puts(&o, "Connection: close\r\n\r\n");
    *outlen = o.len;
    *out = buf_steal(&o);
    *consumed = end;
    *status = code;
    return 1;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int decode_userinfo(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '%') {
            if (i + 2 >= n || hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) return -1;
            c = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
            i += 2;
        }
        if (o + 1 >= cap || c == 0 || c == '\r' || c == '\n') return -1;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return 0;
}

int gate_parse_upstream(const char *url, gate_upstream *u, char *err, size_t errlen)
{
    const char *s = url, *sep;
    memset(u, 0, sizeof *u);
    if (!url || !*url) goto bad;
    sep = strstr(s, "://");
    if (sep) {
        size_t n = (size_t)(sep - s);
        if (n == 4 && !strncasecmp(s, "http", 4))
            u->socks = 0;
        else if ((n == 6 && !strncasecmp(s, "socks5", 6)) ||
                 (n == 7 && !strncasecmp(s, "socks5h", 7)))
            u->socks = 1;
        else {
            if (err)
                snprintf(err, errlen, "proxy %s: only http:// and socks5:// proxies are supported",
                         url);
            return -1;
        }
        s = sep + 3;
    }
    size_t n = strcspn(s, "/?#");
    if (s[n] && strcmp(s + n, "/") != 0) goto bad;
    const char *at = NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '@') at = s + i;
    if (at) {
        const char *colon = memchr(s, ':', (size_t)(at - s));
        size_t ul = colon ? (size_t)(colon - s) : (size_t)(at - s);
        if (decode_userinfo(s, ul, u->user, sizeof u->user) != 0) goto bad;
        if (colon &&
            decode_userinfo(colon + 1, (size_t)(at - colon - 1), u->pass, sizeof u->pass) != 0)
            goto bad;
        n -= (size_t)(at + 1 - s);
        s = at + 1;
    }
    int v6;
    if (parse_authority(s, n, u->socks ? 1080 : 80, u->host, &v6, &u->port) != 0) goto bad;
    return 0;
bad:
    if (err) snprintf(err, errlen, "proxy %s: not a proxy URL (http://host:port)", url ? url : "");
    return -1;
}

/* Chromium's kRestrictedPorts (net/base/port_util.cc). */
static const unsigned short restricted[] = {
    1,    7,    9,    11,   13,   15,   17,   19,   20,   21,   22,   23,    25,   37,
    42,   43,   53,   69,   77,   79,   87,   95,   101,  102,  103,  104,   109,  110,
    111,  113,  115,  117,  119,  123,  135,  137,  139,  143,  161,  179,   389,  427,
    465,  512,  513,  514,  515,  526,  530,  531,  532,  540,  548,  554,   556,  563,
    587,  601,  636,  989,  990,  993,  995,  1719, 1720, 1723, 2049, 3659,  4045, 4190,
    5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
};

int gate_port_restricted(int port)
{
    for (size_t i = 0; i < sizeof restricted / sizeof restricted[0]; i++)
        if (restricted[i] == port) return 1;
    return port <= 0 || port > 65535;
}
