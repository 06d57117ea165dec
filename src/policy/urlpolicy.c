/* urlpolicy.c -- which URLs a task may visit.
 *
 * The host is extracted the way the browser's URL parser (WHATWG, as in
 * Chromium) would extract it for http and https, because the check is only
 * worth something if it looks at the host the browser will connect to:
 * tabs and newlines are dropped, backslashes count as slashes, the userinfo
 * ends at the last '@', the host is percent-decoded, full-width forms and
 * ideographic dots are mapped to ASCII, and a host that ends in a number is
 * an IPv4 address in any of the decimal / octal / hex / short forms that
 * inet_aton(3) accepts (http://2130706433/, http://0x7f.1/, http://127.1/).
 * Other compatibility characters that IDNA would fold into ASCII (circled or
 * mathematical digits, superscripts, ...) are refused outright rather than
 * mapped, as they have no business in a host name a person typed.
 *
 * With resolve = 0 host names other than "localhost" are not looked up, so
 * a name that resolves to a private address passes; callers that can block
 * pass resolve = 1. The check cannot see DNS answers that change between
 * the check and the browser's own lookup (DNS rebinding). */
#include "policy/urlpolicy.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "util/util.h"

#define URL_MAX 65536 /* longer URLs are refused */
#define HOST_MAX 1024 /* bytes of host after decoding */
#define SCHEME_MAX 32 /* longer schemes are cut in messages */

static const char allow_hint[] = "set BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 to allow it";

/* ---- address tables -------------------------------------------------- */

typedef struct v4_range {
    uint32_t net;
    int prefix;
    const char *reason;
} v4_range;

#define V4(a, b, c, d)                                                                             \
    (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 8) | (uint32_t)(d))

/* First match wins, so the more specific ranges come first. */
static const v4_range v4_ranges[] = {
    {V4(255, 255, 255, 255), 32, "broadcast"}, {V4(0, 0, 0, 0), 8, "unspecified"},
    {V4(10, 0, 0, 0), 8, "private"},           {V4(100, 64, 0, 0), 10, "carrier-grade NAT"},
    {V4(127, 0, 0, 0), 8, "loopback"},         {V4(169, 254, 0, 0), 16, "link-local"},
    {V4(172, 16, 0, 0), 12, "private"},        {V4(192, 0, 0, 0), 24, "reserved"},
    {V4(192, 0, 2, 0), 24, "documentation"},   {V4(192, 168, 0, 0), 16, "private"},
    {V4(198, 18, 0, 0), 15, "benchmarking"},   {V4(198, 51, 100, 0), 24, "documentation"},
    {V4(203, 0, 113, 0), 24, "documentation"}, {V4(224, 0, 0, 0), 4, "multicast"},
    {V4(240, 0, 0, 0), 4, "reserved"},
};

typedef struct v6_range {
    unsigned char net[16];
    int prefix;
    const char *reason; /* NULL: judge the embedded IPv4 address instead */
    int v4_at;          /* byte offset of the embedded IPv4 address */
} v6_range;

static const v6_range v6_ranges[] = {
    {{0}, 128, "unspecified", 0},
    {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128, "loopback", 0},
    /* IPv4-mapped ::ffff:0:0/96 and the deprecated IPv4-compatible ::/96 */
    {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96, NULL, 12},
    {{0}, 96, NULL, 12},
    /* NAT64 64:ff9b::/96 */
    {{0, 0x64, 0xff, 0x9b}, 96, NULL, 12},
    {{0xfc}, 7, "private", 0},
    {{0xfe, 0x80}, 10, "link-local", 0},
    {{0xfe, 0xc0}, 10, "private", 0},
    {{0xff}, 8, "multicast", 0},
    {{0x20, 0x01, 0x0d, 0xb8}, 32, "documentation", 0},
    {{0x3f, 0xff}, 20, "documentation", 0},
    /* Teredo hides its IPv4 address; ORCHID is not routable. */
    {{0x20, 0x01, 0x00, 0x00}, 32, "reserved", 0},
    {{0x20, 0x01, 0x00, 0x10}, 28, "reserved", 0},
    {{0x20, 0x01, 0x00, 0x20}, 28, "reserved", 0},
    /* 6to4 2002::/16 carries an IPv4 address in bytes 2-5 */
    {{0x20, 0x02}, 16, NULL, 2},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The reason word when the IPv4 address a (host order) is not public. */
static const char *v4_reason(uint32_t a)
{
    size_t i;

    for (i = 0; i < COUNT(v4_ranges); i++) {
        int p = v4_ranges[i].prefix;
        uint32_t mask = p == 0 ? 0 : 0xffffffffu << (32 - p);
        if ((a & mask) == v4_ranges[i].net) return v4_ranges[i].reason;
    }
    return NULL;
}

static int v6_match(const unsigned char *a, const unsigned char *net, int prefix)
{
    int full = prefix / 8, rest = prefix % 8;

    if (memcmp(a, net, (size_t)full) != 0) return 0;
    if (rest == 0) return 1;
    return ((a[full] ^ net[full]) & (0xff << (8 - rest)) & 0xff) == 0;
}

static uint32_t v4_at(const unsigned char *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

/* The reason word when the IPv6 address a is not public. Only global
 * unicast (2000::/3) outside the special ranges is public. */
static const char *v6_reason(const unsigned char a[16])
{
    size_t i;

    for (i = 0; i < COUNT(v6_ranges); i++) {
        const v6_range *r = &v6_ranges[i];
        if (!v6_match(a, r->net, r->prefix)) continue;
        if (r->reason) return r->reason;
        return v4_reason(v4_at(a + r->v4_at));
    }
    if ((a[0] & 0xe0) != 0x20) return "reserved";
    return NULL;
}

static const char *sockaddr_reason(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        return v4_reason(ntohl(in->sin_addr.s_addr));
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        return v6_reason(in6->sin6_addr.s6_addr);
    }
    return "unsupported";
}

/* ---- the operator's exceptions ---------------------------------------- */

#define ALLOWED_MAX 64

/* Exact address:port pairs let through although their address is not
 * public (BROWSERAI_ALLOW_ADDRESSES). IPv4 addresses are kept IPv4-mapped,
 * so one comparison serves both families. Set before any thread checks. */
typedef struct allowed_addr {
    unsigned char a[16];
    int port;
} allowed_addr;

static allowed_addr allowed[ALLOWED_MAX];
static int nallowed;

static void v4_mapped(uint32_t a, unsigned char out[16])
{
    memset(out, 0, 16);
    out[10] = out[11] = 0xff;
    out[12] = (unsigned char)(a >> 24);
    out[13] = (unsigned char)(a >> 16);
    out[14] = (unsigned char)(a >> 8);
    out[15] = (unsigned char)a;
}

static int is_allowed(const unsigned char a[16], int port)
{
    for (int i = 0; i < nallowed; i++)
        if (allowed[i].port == port && memcmp(allowed[i].a, a, 16) == 0) return 1;
    return 0;
}

static int sockaddr_allowed(const struct sockaddr *sa, int port)
{
    unsigned char a[16];
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        v4_mapped(ntohl(in->sin_addr.s_addr), a);
        return is_allowed(a, port);
    }
    if (sa->sa_family == AF_INET6)
        return is_allowed(((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr.s6_addr, port);
    return 0;
}

int urlpolicy_allow_addresses(const char *list, char *err, size_t errlen)
{
    char item[80];
    const char *p = list ? list : "";
    nallowed = 0;
    while (*p) {
        size_t n = strcspn(p, ", \t");
        if (n == 0) {
            p++;
            continue;
        }
        allowed_addr x;
        const char *colon;
        long port;
        if (n >= sizeof item) goto bad;
        memcpy(item, p, n);
        item[n] = '\0';
        colon = strrchr(item, ':');
        if (!colon || util_parse_long(colon + 1, 1, 65535, &port) != 0) goto bad;
        item[colon - item] = '\0';
        if (item[0] == '[' && colon > item + 1 && colon[-1] == ']') {
            item[colon - item - 1] = '\0';
            if (inet_pton(AF_INET6, item + 1, x.a) != 1) goto bad;
        } else {
            struct in_addr in;
            if (inet_pton(AF_INET, item, &in) != 1) goto bad;
            v4_mapped(ntohl(in.s_addr), x.a);
        }
        x.port = (int)port;
        if (nallowed == ALLOWED_MAX) {
            snprintf(err, errlen, "BROWSERAI_ALLOW_ADDRESSES: at most %d addresses", ALLOWED_MAX);
            nallowed = 0;
            return -1;
        }
        allowed[nallowed++] = x;
        p += n;
    }
    return 0;
bad:
    snprintf(err, errlen,
             "BROWSERAI_ALLOW_ADDRESSES: \"%.*s\" is not an address:port (127.0.0.1:8000, "
             "[::1]:8000)",
             (int)strcspn(p, ", \t"), p);
    nallowed = 0;
    return -1;
}

/* ---- messages -------------------------------------------------------- */

static int fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (err && errlen > 0) {
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static const char *article(const char *word)
{
    return strchr("aeiou", word[0]) ? "an" : "a";
}

/* ---- host text ------------------------------------------------------- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decode s[0..n) into out (cap bytes). Invalid escapes stay as
 * they are (and are then refused as a forbidden '%'). -1 when too long. */
static int percent_decode(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    size_t i, o = 0;

    for (i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            c = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
            i += 2;
        }
        if (o + 1 >= cap) return -1;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    *outlen = o;
    return 0;
}

/* Decode one UTF-8 code point at s (n bytes left, already validated).
 * Returns its length. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xe0) {
        *cp = ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
        return 2;
    }
    if (s[0] < 0xf0) {
        *cp = ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
          ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    return 4;
}

typedef struct cp_range {
    uint32_t lo, hi;
} cp_range;

/* Code points IDNA deletes from host names. */
static const cp_range ignorable[] = {
    {0x00ad, 0x00ad}, {0x034f, 0x034f},   {0x061c, 0x061c},   {0x180b, 0x180f},
    {0x200b, 0x200f}, {0x202a, 0x202e},   {0x2060, 0x206f},   {0xfe00, 0xfe0f},
    {0xfeff, 0xfeff}, {0x1bca0, 0x1bca3}, {0xe0000, 0xe0fff},
};

/* Compatibility characters IDNA folds into ASCII letters, digits or dots
 * (beyond the full-width forms, which are mapped here). Refused. */
static const cp_range foldable[] = {
    {0x00aa, 0x00aa},   {0x00b2, 0x00b3},   {0x00b9, 0x00ba}, {0x00bc, 0x00be}, {0x017f, 0x017f},
    {0x02b0, 0x02ff},   {0x1d2c, 0x1dbf},   {0x2024, 0x2024}, {0x2070, 0x209f}, {0x2100, 0x218f},
    {0x2460, 0x24ff},   {0x2776, 0x2793},   {0x3200, 0x33ff}, {0xfe50, 0xfe6f}, {0xff00, 0xffef},
    {0x1d400, 0x1d7ff}, {0x1f100, 0x1f1ff},
};

static int in_ranges(uint32_t cp, const cp_range *r, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return 1;
    return 0;
}

/* Map one code point of a host to what the browser would use: ASCII
 * lower-cased, full-width ASCII to ASCII, ideographic dots to '.'. Returns
 * the ASCII byte, 0 to drop it, -1 to keep it as is (an IDN letter), -2 when
 * it is a compatibility character that could disguise an address. */
static int map_host_cp(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? (int)(cp + 32) : (int)cp;
    if (cp == 0x3002 || cp == 0xff0e || cp == 0xff61) return '.';
    if (cp >= 0xff01 && cp <= 0xff5e) return map_host_cp(cp - 0xfee0);
    if (in_ranges(cp, ignorable, COUNT(ignorable))) return 0;
    if (in_ranges(cp, foldable, COUNT(foldable))) return -2;
    return -1;
}

/* Percent-decode and map the raw host s[0..n) into out. Returns 0, or -1
 * with a message. *idn is set when non-ASCII letters remain. */
static int host_decode(const char *s, size_t n, int allow_private, char *out, size_t cap, int *idn,
                       char *err, size_t errlen)
{
    char tmp[HOST_MAX];
    size_t len, i = 0, o = 0;

    *idn = 0;
    if (percent_decode(s, n, tmp, sizeof tmp, &len) != 0)
        return fail(err, errlen, "refused: the host name is too long");
    if (!util_utf8_valid(tmp, len))
        return fail(err, errlen, "refused: the host name is not valid UTF-8");
    while (i < len) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)tmp + i, &cp);
        int m = map_host_cp(cp);
        if (m == -2 && !allow_private)
            return fail(err, errlen,
                        "refused: the host name %s contains look-alike "
                        "characters that can disguise an address; type it in "
                        "plain ASCII",
                        tmp);
        if (o + k + 1 > cap) return fail(err, errlen, "refused: the host name is too long");
        if (m > 0) {
            out[o++] = (char)m;
        } else if (m < 0) {
            memcpy(out + o, tmp + i, k);
            o += k;
            *idn = 1;
        }
        i += k;
    }
    out[o] = '\0';
    return 0;
}

/* WHATWG forbidden host code points (plus '%', left by bad escapes). */
static int host_has_forbidden(const char *h)
{
    for (; *h; h++) {
        unsigned char c = (unsigned char)*h;
        if (c <= 0x20 || c == 0x7f || strchr("#%/:<>?@[\\]^|", c)) return 1;
    }
    return 0;
}

/* True when the last label of h (one trailing dot ignored) is a number,
 * in which case the browser parses h as an IPv4 address. */
static int ends_in_number(const char *h)
{
    size_t n = strlen(h), start, i;

    if (n > 0 && h[n - 1] == '.') n--;
    start = n;
    while (start > 0 && h[start - 1] != '.')
        start--;
    if (start == n) return 0;
    if (n - start >= 2 && h[start] == '0' && h[start + 1] == 'x') {
        for (i = start + 2; i < n; i++)
            if (hexval(h[i]) < 0) return 0;
        return 1;
    }
    for (i = start; i < n; i++)
        if (h[i] < '0' || h[i] > '9') return 0;
    return 1;
}

static int is_localhost(const char *h)
{
    size_t n = strlen(h);
    static const char lh[] = "localhost";
    size_t ln = sizeof lh - 1;

    if (n > 0 && h[n - 1] == '.') n--;
    if (n < ln || strncmp(h + n - ln, lh, ln) != 0) return 0;
    return n == ln || h[n - ln - 1] == '.';
}

/* Parse h as an IPv4 address the way inet_aton(3) does, one trailing dot
 * allowed. Returns 0 and sets *addr (host order), or -1. */
static int parse_v4(const char *h, uint32_t *addr)
{
    char tmp[64];
    size_t n = strlen(h);
    struct in_addr in;

    if (n > 0 && h[n - 1] == '.') n--;
    if (n == 0 || n >= sizeof tmp) return -1;
    memcpy(tmp, h, n);
    tmp[n] = '\0';
    /* inet_aton tolerates trailing junk after a space; hosts have none. */
    if (strpbrk(tmp, " \t\n") || inet_aton(tmp, &in) == 0) return -1;
    *addr = ntohl(in.s_addr);
    return 0;
}

/* ---- URL parsing ----------------------------------------------------- */

typedef struct url_parts {
    char scheme[SCHEME_MAX + 1];
    const char *host; /* raw host, into the work copy */
    size_t hostlen;
    int bracketed;
    const char *port;
    size_t portlen;
} url_parts;

/* Copy url the way the browser reads it: leading and trailing C0 controls
 * and spaces trimmed, tabs and newlines removed. Caller frees. */
static char *url_clean(const char *url)
{
    size_t n = strlen(url), i, o = 0;
    char *s;

    while (n > 0 && (unsigned char)url[n - 1] <= 0x20)
        n--;
    while (n > 0 && (unsigned char)*url <= 0x20) {
        url++;
        n--;
    }
    s = xmalloc(n + 1);
    for (i = 0; i < n; i++)
        if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') s[o++] = url[i];
    s[o] = '\0';
    return s;
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a "scheme:" prefix of s (not counting the ':'), or 0. */
static size_t scheme_len(const char *s)
{
    size_t i = 1;

    if (!is_alpha((unsigned char)s[0])) return 0;
    while (is_alpha((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
           s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i : 0;
}

static int parse_scheme(const char *s, url_parts *u, const char **rest, char *err, size_t errlen)
{
    size_t n = scheme_len(s), i;

    if (n == 0)
        return fail(err, errlen,
                    "refused: not an absolute URL; it must start with "
                    "http:// or https://");
    for (i = 0; i < n && i < SCHEME_MAX; i++)
        u->scheme[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    u->scheme[i] = '\0';
    if (n > SCHEME_MAX || (strcmp(u->scheme, "http") != 0 && strcmp(u->scheme, "https") != 0))
        return fail(err, errlen,
                    "refused: %s: URLs are not allowed; only http and https "
                    "URLs are",
                    u->scheme);
    *rest = s + n + 1;
    return 0;
}

/* Split the authority after "scheme:" into host and port. */
static int parse_authority(const char *s, url_parts *u, char *err, size_t errlen)
{
    const char *end, *at, *p, *hostend;

    while (*s == '/' || *s == '\\')
        s++;
    end = s + strcspn(s, "/\\?#");
    at = NULL;
    for (p = s; p < end; p++)
        if (*p == '@') at = p;
    if (at) s = at + 1;
    if (*s == '[') {
        hostend = memchr(s, ']', (size_t)(end - s));
        if (!hostend) return fail(err, errlen, "refused: unterminated [ in the host");
        u->host = s + 1;
        u->hostlen = (size_t)(hostend - s - 1);
        u->bracketed = 1;
        p = hostend + 1;
        if (p < end && *p != ':') return fail(err, errlen, "refused: junk after ] in the host");
    } else {
        p = memchr(s, ':', (size_t)(end - s));
        if (!p) p = end;
        u->host = s;
        u->hostlen = (size_t)(p - s);
        u->bracketed = 0;
    }
    u->port = p < end ? p + 1 : end;
    u->portlen = (size_t)(end - u->port);
    if (u->hostlen == 0) return fail(err, errlen, "refused: the URL has no host");
    return 0;
}

static int check_port(const url_parts *u, char *err, size_t errlen)
{
    long v = 0;
    size_t i;

    for (i = 0; i < u->portlen; i++) {
        if (u->port[i] < '0' || u->port[i] > '9')
            return fail(err, errlen, "refused: the port is not a number");
        v = v * 10 + (u->port[i] - '0');
        if (v > 65535) return fail(err, errlen, "refused: the port is out of range");
    }
    return 0;
}

/* ---- the checks ------------------------------------------------------ */

static int refuse_reason(const char *shown, const char *canon, const char *reason, char *err,
                         size_t errlen)
{
    if (canon && strcmp(shown, canon) != 0)
        return fail(err, errlen, "refused: %s (%s) is %s %s address; %s", shown, canon,
                    article(reason), reason, allow_hint);
    return fail(err, errlen, "refused: %s is %s %s address; %s", shown, article(reason), reason,
                allow_hint);
}

static int check_v6_literal(const url_parts *u, int allow_private, int port, char *err,
                            size_t errlen)
{
    char raw[INET6_ADDRSTRLEN + 8], canon[INET6_ADDRSTRLEN], shown[80];
    unsigned char a[16];
    const char *reason;

    if (u->hostlen >= sizeof raw) return fail(err, errlen, "refused: invalid IPv6 address");
    memcpy(raw, u->host, u->hostlen);
    raw[u->hostlen] = '\0';
    if (inet_pton(AF_INET6, raw, a) != 1)
        return fail(err, errlen, "refused: [%s] is not a valid IPv6 address", raw);
    reason = v6_reason(a);
    if (!reason || allow_private || is_allowed(a, port)) return 0;
    inet_ntop(AF_INET6, a, canon, sizeof canon);
    snprintf(shown, sizeof shown, "[%s]", canon);
    return refuse_reason(shown, NULL, reason, err, errlen);
}

static int check_v4_literal(const char *host, int allow_private, int port, char *err, size_t errlen)
{
    uint32_t a;
    struct in_addr in;
    char canon[INET_ADDRSTRLEN];
    unsigned char mapped[16];
    const char *reason;

    if (parse_v4(host, &a) != 0)
        return fail(err, errlen, "refused: %s is not a valid IPv4 address", host);
    reason = v4_reason(a);
    v4_mapped(a, mapped);
    if (!reason || allow_private || is_allowed(mapped, port)) return 0;
    in.s_addr = htonl(a);
    inet_ntop(AF_INET, &in, canon, sizeof canon);
    return refuse_reason(host, canon, reason, err, errlen);
}

/* How long a name may take to resolve, and how long a verdict is kept. A
 * page asks about the same few hosts for every sub-resource: without the
 * cache each request would wait for the system's resolver again. */
#define RESOLVE_MS 5000
#define VERDICT_MS 30000
#define VERDICTS 128

typedef struct verdict {
    char host[256];
    int idn, port;
    int rc;
    char err[300];
    int64_t until; /* monotonic ms */
} verdict;

static verdict verdicts[VERDICTS];
static unsigned verdict_next;
static pthread_mutex_t verdict_mu = PTHREAD_MUTEX_INITIALIZER;

static int verdict_find(const char *host, int idn, int port, char *err, size_t errlen, int *rc)
{
    int found = 0;
    int64_t now = util_mono_ms();
    pthread_mutex_lock(&verdict_mu);
    for (int i = 0; i < VERDICTS && !found; i++) {
        verdict *v = &verdicts[i];
        if (v->until > now && v->idn == idn && v->port == port && !strcmp(v->host, host)) {
            *rc = v->rc;
            if (v->rc) snprintf(err, errlen, "%s", v->err);
            found = 1;
        }
    }
    pthread_mutex_unlock(&verdict_mu);
    return found;
}

static void verdict_keep(const char *host, int idn, int port, int rc, const char *err)
{
    if (strlen(host) >= sizeof verdicts[0].host) return;
    pthread_mutex_lock(&verdict_mu);
    verdict *v = &verdicts[verdict_next++ % VERDICTS];
    util_strlcpy(v->host, host, sizeof v->host);
    v->idn = idn;
    v->port = port;
    v->rc = rc;
    util_strlcpy(v->err, rc ? err : "", sizeof v->err);
    v->until = util_mono_ms() + VERDICT_MS;
    pthread_mutex_unlock(&verdict_mu);
}

/* getaddrinfo within RESOLVE_MS: 0 with *res, or -1. A lookup still under
 * way at the bound is cancelled; one the resolver cannot cancel any more
 * keeps its request, which is left to it (a rare, bounded leak, where
 * freeing would be a use after free). */
static int resolve_bounded(const char *host, const struct addrinfo *hints, struct addrinfo **res)
{
    struct gaicb *req = xcalloc(1, sizeof *req);
    req->ar_name = xstrdup(host);
    req->ar_request = hints;
    struct gaicb *list[1] = {req};
    if (getaddrinfo_a(GAI_NOWAIT, list, 1, NULL) != 0) {
        free((char *)req->ar_name);
        free(req);
        return -1;
    }
    int64_t end = util_mono_ms() + RESOLVE_MS;
    int rc;
    while ((rc = gai_error(req)) == EAI_INPROGRESS && util_mono_ms() < end) {
        struct timespec ts = {0, 20 * 1000000};
        gai_suspend((const struct gaicb *const *)list, 1, &ts);
    }
    if (rc == EAI_INPROGRESS && gai_cancel(req) != EAI_CANCELED) return -1;
    *res = rc == 0 ? req->ar_result : NULL;
    if (rc != 0 && req->ar_result) freeaddrinfo(req->ar_result);
    free((char *)req->ar_name);
    free(req);
    return rc == 0 && *res ? 0 : -1;
}

static int check_resolved(const char *host, int idn, int port, char *err, size_t errlen)
{
    struct addrinfo hints, *res = NULL, *ai;
    int rc = 0;

    if (verdict_find(host, idn, port, err, errlen, &rc)) return rc;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (idn) hints.ai_flags |= AI_IDN;
    if (resolve_bounded(host, &hints, &res) != 0) {
        /* Not kept: the next request asks again. */
        return fail(err, errlen, "refused: cannot resolve %s", host);
    }
    for (ai = res; ai; ai = ai->ai_next) {
        const char *reason = sockaddr_reason(ai->ai_addr);
        char addr[INET6_ADDRSTRLEN] = "?";
        if (!reason || sockaddr_allowed(ai->ai_addr, port)) continue;
        getnameinfo(ai->ai_addr, ai->ai_addrlen, addr, sizeof addr, NULL, 0, NI_NUMERICHOST);
        rc = fail(err, errlen, "refused: %s resolves to %s, %s %s address; %s", host, addr,
                  article(reason), reason, allow_hint);
        break;
    }
    freeaddrinfo(res);
    verdict_keep(host, idn, port, rc, err);
    return rc;
}

/* The port the URL connects to: its own, or its scheme's. */
static int url_port(const url_parts *u)
{
    int port = 0;
    for (size_t i = 0; i < u->portlen; i++)
        port = port * 10 + (u->port[i] - '0');
    if (u->portlen) return port;
    return strcmp(u->scheme, "https") == 0 ? 443 : 80;
}

static int check_host(const url_parts *u, int allow_private, int resolve, char *err, size_t errlen)
{
    char host[HOST_MAX];
    int idn, port = url_port(u);

    if (u->bracketed) return check_v6_literal(u, allow_private, port, err, errlen);
    if (host_decode(u->host, u->hostlen, allow_private, host, sizeof host, &idn, err, errlen) != 0)
        return -1;
    if (host[0] == '\0' || strcmp(host, ".") == 0)
        return fail(err, errlen, "refused: the URL has no host");
    if (host_has_forbidden(host))
        return fail(err, errlen, "refused: the host name %s is not valid", host);
    if (ends_in_number(host)) return check_v4_literal(host, allow_private, port, err, errlen);
    if (allow_private) return 0;
    if (is_localhost(host)) return refuse_reason(host, NULL, "loopback", err, errlen);
    if (resolve) return check_resolved(host, idn, port, err, errlen);
    return 0;
}

int urlpolicy_check(const char *url, int allow_private, int resolve, char *err, size_t errlen)
{
    url_parts u;
    const char *rest = NULL;
    char *work = NULL;
    int rc = -1;

    if (err && errlen > 0) err[0] = '\0';
    if (!url || strlen(url) > URL_MAX) {
        rc = fail(err, errlen, url ? "refused: the URL is too long" : "refused: no URL");
        goto out;
    }
    work = url_clean(url);
    if (work[0] == '\0') {
        rc = fail(err, errlen, "refused: the URL is empty");
        goto out;
    }
    memset(&u, 0, sizeof u);
    if (parse_scheme(work, &u, &rest, err, errlen) != 0 ||
        parse_authority(rest, &u, err, errlen) != 0 || check_port(&u, err, errlen) != 0)
        goto out;
    rc = check_host(&u, allow_private, resolve, err, errlen);
out:
    free(work);
    return rc;
}

int urlpolicy_ip_private(const char *text)
{
    char tmp[INET6_ADDRSTRLEN + 8];
    unsigned char a6[16];
    uint32_t a4;
    size_t n;

    if (!text) return -1;
    n = strlen(text);
    if (n >= 2 && text[0] == '[' && text[n - 1] == ']') {
        text++;
        n -= 2;
    }
    if (n == 0 || n >= sizeof tmp) return -1;
    memcpy(tmp, text, n);
    tmp[n] = '\0';
    if (inet_pton(AF_INET6, tmp, a6) == 1) return v6_reason(a6) != NULL;
    if (ends_in_number(tmp) && parse_v4(tmp, &a4) == 0) return v4_reason(a4) != NULL;
    return -1;
}

/* ---- normalization --------------------------------------------------- */

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Pairs of quotes people put around URLs. */
static const char *const quote_pairs[][2] = {
    {"\"", "\""},
    {"'", "'"},
    {"`", "`"},
    {"<", ">"},
    {"\xe2\x80\x9c", "\xe2\x80\x9d"}, /* “ ” */
    {"\xe2\x80\x98", "\xe2\x80\x99"}, /* ‘ ’ */
};

/* One pass of trimming over s[*b..*e); returns 1 when something changed. */
static int trim_once(const char *s, size_t *b, size_t *e)
{
    size_t i, b0 = *b, e0 = *e;

    while (*b < *e && is_space((unsigned char)s[*b]))
        (*b)++;
    while (*e > *b && is_space((unsigned char)s[*e - 1]))
        (*e)--;
    while (*e > *b && (s[*e - 1] == '.' || s[*e - 1] == ','))
        (*e)--;
    for (i = 0; i < COUNT(quote_pairs); i++) {
        size_t lo = strlen(quote_pairs[i][0]), lc = strlen(quote_pairs[i][1]);
        if (*e - *b >= lo + lc && memcmp(s + *b, quote_pairs[i][0], lo) == 0 &&
            memcmp(s + *e - lc, quote_pairs[i][1], lc) == 0) {
            *b += lo;
            *e -= lc;
            break;
        }
    }
    return *b != b0 || *e != e0;
}

/* True when s starts with "host:port" rather than "scheme:". */
static int looks_like_host_port(const char *s, size_t n)
{
    size_t i = n + 1, d = 0;

    while (s[i] >= '0' && s[i] <= '9') {
        i++;
        d++;
    }
    return d > 0 && (s[i] == '\0' || s[i] == '/' || s[i] == '?' || s[i] == '#');
}

char *urlpolicy_normalize(const char *text)
{
    size_t b = 0, e, i, n;
    char *s, *out;

    if (!text) return NULL;
    e = strlen(text);
    while (trim_once(text, &b, &e))
        ;
    if (b == e) return NULL;
    for (i = b; i < e; i++)
        if (is_space((unsigned char)text[i])) return NULL;
    s = xstrndup(text + b, e - b);
    n = scheme_len(s);
    if (n > 0 && (strncmp(s + n, "://", 3) == 0 || !looks_like_host_port(s, n))) return s;
    if (strncmp(s, "//", 2) == 0)
        out = xasprintf("https:%s", s);
    else
        out = xasprintf("https://%s", s);
    free(s);
    return out;
}
