/* util.c -- small helpers every module uses: memory, strings, time, buffers,
 * hashing and identifiers. See util.h for the contracts. */
#include "util/util.h"

#include <errno.h>
#include <sched.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

/* Crockford base32, lowercase: no i, l, o, u. */
static const char b32_alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

#define ID_TIME_CHARS 10
#define ID_RAND_CHARS 26

/* ---- memory ---------------------------------------------------------- */

static void oom(void)
{
    fputs("browserai: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom();
    return q;
}

char *xstrdup(const char *s)
{
    if (!s) return NULL;
    return xstrndup(s, strlen(s));
}

void *xgrow(void *v, int n, int *cap, size_t size)
{
    if (n < *cap) return v;
    *cap = *cap ? *cap * 2 : 8;
    return xrealloc(v, (size_t)*cap * size);
}

char *xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    buf b = {0};
    va_list ap;

    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return buf_steal(&b);
}

/* ---- strings --------------------------------------------------------- */

size_t util_strlcpy(char *dst, const char *src, size_t dstlen)
{
    size_t len = strlen(src);

    if (dstlen > 0) {
        size_t n = len < dstlen - 1 ? len : dstlen - 1;
        memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return len;
}

int util_parse_long(const char *s, long min, long max, long *out)
{
    char *end = NULL;
    long v;

    /* strtol accepts leading spaces and a '+'; a whole decimal does not. */
    if (!s || !*s || !(*s == '-' || (*s >= '0' && *s <= '9'))) return -1;
    if (*s == '-' && !(s[1] >= '0' && s[1] <= '9')) return -1;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max) return -1;
    *out = v;
    return 0;
}

/* Length of the UTF-8 sequence that starts at s (at most len bytes), or 0
 * when it is invalid: overlong, surrogate, above U+10FFFF, truncated, NUL. */
static size_t utf8_seq_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    size_t n, i;
    uint32_t cp, min;

    if (c == 0) return 0;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        cp = c & 0x1f;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        cp = c & 0x0f;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len < n) return 0;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
}

int util_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        size_t n = utf8_seq_len(p + i, len - i);
        if (n == 0) return 0;
        i += n;
    }
    return 1;
}

int util_utf8_scrub(char *s)
{
    unsigned char *p = (unsigned char *)s;
    size_t len = strlen(s), i = 0;
    int changed = 0;

    while (i < len) {
        size_t n = utf8_seq_len(p + i, len - i);
        if (n) {
            i += n;
            continue;
        }
        /* A sequence cut short at the end (a byte-counted truncation) is
         * dropped; a stray byte elsewhere becomes '?'. */
        size_t want = p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : p[i] >= 0xc2 ? 2 : 0;
        int cut = want && len - i < want;
        for (size_t k = i + 1; cut && k < len; k++)
            if ((p[k] & 0xc0) != 0x80) cut = 0;
        if (cut) {
            p[i] = '\0';
            return 1;
        }
        p[i++] = '?';
        changed = 1;
    }
    return changed;
}

/* ---- time ------------------------------------------------------------ */

static int64_t clock_ms(clockid_t id)
{
    struct timespec ts;

    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t util_now_ms(void)
{
    return clock_ms(CLOCK_REALTIME);
}

int64_t util_mono_ms(void)
{
    return clock_ms(CLOCK_MONOTONIC);
}

/* Write v as exactly width decimal digits at p (v fits in width digits). */
static void put_digits(char *p, int v, int width)
{
    while (width-- > 0) {
        p[width] = (char)('0' + v % 10);
        v /= 10;
    }
}

void util_time_fmt(int64_t ms, char out[UTIL_TIME_LEN])
{
    /* Floor division, so instants before 1970 keep a positive ms part. */
    int64_t sec = ms / 1000, rem = ms % 1000;
    struct tm tm;
    time_t t;
    int year;

    if (rem < 0) {
        rem += 1000;
        sec -= 1;
    }
    t = (time_t)sec;
    if (!gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900) {
        util_strlcpy(out, "0000-00-00T00:00:00.000Z", UTIL_TIME_LEN);
        return;
    }
    year = tm.tm_year + 1900;
    memcpy(out, "0000-00-00T00:00:00.000Z", UTIL_TIME_LEN);
    put_digits(out, year, 4);
    put_digits(out + 5, tm.tm_mon + 1, 2);
    put_digits(out + 8, tm.tm_mday, 2);
    put_digits(out + 11, tm.tm_hour, 2);
    put_digits(out + 14, tm.tm_min, 2);
    put_digits(out + 17, tm.tm_sec, 2);
    put_digits(out + 20, (int)rem, 3);
}

void util_cond_init(pthread_cond_t *c)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

struct timespec util_deadline_ts(int64_t ms)
{
    struct timespec ts;
    if (ms < 0) ms = 0;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += (time_t)(ms / 1000);
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

void util_sleep_ms(int64_t ms)
{
    struct timespec ts;

    if (ms <= 0) return;
    ts.tv_sec = (time_t)(ms / 1000);
    ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

long util_cores(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* ---- growable byte buffer -------------------------------------------- */

/* Make room for extra more bytes plus the NUL. */
static void buf_grow(buf *b, size_t extra)
{
    size_t need, cap;

    if (extra > SIZE_MAX - b->len - 1) oom();
    need = b->len + extra + 1;
    if (b->s && need <= b->cap) return;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    b->s = xrealloc(b->s, cap);
    b->cap = cap;
}

void buf_append(buf *b, const void *data, size_t len)
{
    buf_grow(b, len);
    if (len) memcpy(b->s + b->len, data, len);
    b->len += len;
    b->s[b->len] = '\0';
}

void buf_puts(buf *b, const char *s)
{
    buf_append(b, s, strlen(s));
}

void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_vprintf(buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    int n;

    va_copy(ap2, ap);
    n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        buf_grow(b, 0);
        b->s[b->len] = '\0';
        return;
    }
    buf_grow(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_reset(buf *b)
{
    b->len = 0;
    if (b->s) b->s[0] = '\0';
}

void buf_free(buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = 0;
    b->cap = 0;
}

char *buf_steal(buf *b)
{
    char *s = b->s ? b->s : xstrdup("");

    b->s = NULL;
    b->len = 0;
    b->cap = 0;
    return s;
}

/* ---- randomness, hashing, identifiers -------------------------------- */

void util_random(void *p, size_t n)
{
    unsigned char *q = p;

    while (n > 0) {
        ssize_t r = getrandom(q, n, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            fputs("browserai: getrandom failed\n", stderr);
            abort();
        }
        q += r;
        n -= (size_t)r;
    }
}

static void hex_encode(const unsigned char *in, size_t n, char *out)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < n; i++) {
        out[2 * i] = hex[in[i] >> 4];
        out[2 * i + 1] = hex[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}

void util_sha256_hex(const void *data, size_t len, char out[UTIL_SHA256_HEX])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;

    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32) {
        fputs("browserai: SHA-256 failed\n", stderr);
        abort();
    }
    hex_encode(md, 32, out);
}

void util_hmac_hex(const void *key, size_t keylen, const void *msg, size_t len,
                   char out[UTIL_SHA256_HEX])
{
    static const unsigned char empty = 0;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;

    if (keylen > INT_MAX ||
        !HMAC(EVP_sha256(), keylen ? key : &empty, (int)keylen, len ? msg : &empty, len, md,
              &mdlen) ||
        mdlen != 32) {
        fputs("browserai: HMAC-SHA-256 failed\n", stderr);
        abort();
    }
    hex_encode(md, 32, out);
}

int util_ct_equal(const void *a, const void *b, size_t n)
{
    return CRYPTO_memcmp(a, b, n) == 0;
}

void util_random_b32(char *out, size_t n)
{
    unsigned char r[64];
    size_t i = 0;

    /* 256 is a multiple of 32, so the low 5 bits of a byte are uniform. */
    while (i < n) {
        size_t k = n - i < sizeof r ? n - i : sizeof r, j;
        util_random(r, k);
        for (j = 0; j < k; j++)
            out[i + j] = b32_alphabet[r[j] & 31];
        i += k;
    }
    out[n] = '\0';
}

void util_new_id(char out[UTIL_ID_LEN])
{
    uint64_t t = (uint64_t)util_now_ms();
    int i;

    for (i = ID_TIME_CHARS - 1; i >= 0; i--) {
        out[i] = b32_alphabet[t & 31];
        t >>= 5;
    }
    util_random_b32(out + ID_TIME_CHARS, ID_RAND_CHARS);
}

int util_id_valid(const char *s)
{
    size_t i;

    if (!s) return 0;
    for (i = 0; i < UTIL_ID_LEN - 1; i++) {
        if (s[i] == '\0' || !strchr(b32_alphabet, s[i])) return 0;
    }
    return s[i] == '\0';
}

/* ---- base64 ------------------------------------------------------------- */

static int b64val(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

int util_base64_decode(const char *in, size_t n, unsigned char **out, size_t *out_len)
{
    for (int pad = 0; pad < 2 && n > 0 && in[n - 1] == '='; pad++)
        n--;
    if (n % 4 == 1) return -1;
    unsigned char *o = xmalloc(n / 4 * 3 + 3);
    size_t k = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = b64val((unsigned char)in[i]);
        if (v < 0) {
            free(o);
            return -1;
        }
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            o[k++] = (unsigned char)(acc >> bits);
        }
    }
    *out = o;
    *out_len = k;
    return 0;
}
