/* util.h -- small helpers every module uses: memory, strings, time, buffers,
 * hashing and identifiers.
 *
 * Memory: the x* allocators abort with a message on out-of-memory, as Redis
 * and h2o do. The defense against hostile sizes is the hard caps at the edges
 * (body limit, message limit), not a NULL check after every malloc.
 *
 * All functions here are thread-safe and keep no global mutable state, except
 * util_random(), which reads getrandom(2). */
#ifndef BAI_UTIL_H
#define BAI_UTIL_H

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* ---- memory ---------------------------------------------------------- */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s); /* xstrdup(NULL) returns NULL */
char *xstrndup(const char *s, size_t n);
/* Make room for element n of the growable array v (of elements of size
 * `size`, *cap allocated): returns v, reallocated to twice its size when
 * full. Use: v = xgrow(v, n, &cap, sizeof *v); v[n++] = x; */
void *xgrow(void *v, int n, int *cap, size_t size);
/* A freshly allocated, formatted string. The caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- strings --------------------------------------------------------- */
/* Copy src into dst of size dstlen, always NUL-terminated, truncating.
 * Returns strlen(src) so callers can detect truncation, like strlcpy. */
size_t util_strlcpy(char *dst, const char *src, size_t dstlen);
/* Parse a whole decimal integer in [min, max]. Returns 0 on success and sets
 * *out; -1 if s is empty, has other characters, or is out of range. */
int util_parse_long(const char *s, long min, long max, long *out);
/* True when s (of length len) is valid UTF-8 without NUL bytes. */
int util_utf8_valid(const char *s, size_t len);
/* Make NUL-terminated s valid UTF-8 in place: a sequence cut short at the
 * end is dropped, any other invalid byte becomes '?'. 1 when s changed. */
int util_utf8_scrub(char *s);

/* ---- time ------------------------------------------------------------ */
/* Wall clock in milliseconds since the Unix epoch. */
int64_t util_now_ms(void);
/* Monotonic clock in milliseconds, for deadlines and durations. */
int64_t util_mono_ms(void);
/* Format ms since epoch as RFC 3339 UTC with milliseconds,
 * "2026-11-28T21:00:00.123Z", into out (at least 25 bytes). */
#define UTIL_TIME_LEN 25
void util_time_fmt(int64_t ms, char out[UTIL_TIME_LEN]);
/* The CLOCK_MONOTONIC time ms milliseconds from now (negative counts as 0),
 * for pthread_cond_timedwait on condition variables set to that clock. */
struct timespec util_deadline_ts(int64_t ms);
/* Initialise c on util_deadline_ts's clock. Every condition variable of the
 * server is made here (make test checks it): on the default clock
 * (CLOCK_REALTIME) a monotonic deadline is decades past, a timed wait
 * returns at once, and its loop spins a core. */
void util_cond_init(pthread_cond_t *c);
/* Sleep for ms milliseconds. */
void util_sleep_ms(int64_t ms);

/* The cores this process may run on (its CPU affinity: a container's
 * cpuset, taskset), else the cores online; at least 1. */
long util_cores(void);

/* ---- growable byte buffer -------------------------------------------- */
/* A buffer that always keeps a NUL after its len bytes, so buf.s can be used
 * as a C string when the content is text. Zero-initialise ({0}) to start. */
typedef struct buf {
    char *s;
    size_t len;
    size_t cap;
} buf;

void buf_append(buf *b, const void *data, size_t len);
void buf_puts(buf *b, const char *s);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
void buf_reset(buf *b); /* len = 0, keeps the memory */
void buf_free(buf *b);  /* frees the memory, b is reusable */
/* Hand the string over to the caller (who frees it); b becomes empty. */
char *buf_steal(buf *b);

/* ---- randomness, hashing, identifiers -------------------------------- */
/* Fill p with n bytes from getrandom(2). Aborts if the kernel cannot. */
void util_random(void *p, size_t n);
/* SHA-256 of data as 64 lowercase hex characters plus NUL. */
#define UTIL_SHA256_HEX 65
void util_sha256_hex(const void *data, size_t len, char out[UTIL_SHA256_HEX]);
/* HMAC-SHA-256 of msg under key, as 64 lowercase hex characters plus NUL. */
void util_hmac_hex(const void *key, size_t keylen, const void *msg, size_t len,
                   char out[UTIL_SHA256_HEX]);
/* Constant-time equality of two byte strings of the same length n. */
int util_ct_equal(const void *a, const void *b, size_t n);

/* A new task identifier: 36 characters of lowercase Crockford base32, the
 * first 10 the creation time in ms (so ids sort by time) and the other 26
 * 130 random bits (so ids are unguessable). URL-safe. */
#define UTIL_ID_LEN 37
void util_new_id(char out[UTIL_ID_LEN]);
/* True when s has the shape util_new_id() produces. Cheap input check before
 * the store is asked. */
int util_id_valid(const char *s);
/* n random characters of lowercase Crockford base32 into out, NUL-terminated
 * (out has n + 1 bytes). */
void util_random_b32(char *out, size_t n);

/* Decode standard base64 (padding optional, no whitespace). Returns 0 with
 * *out (malloc'ed) and *out_len, or -1 for invalid input. */
int util_base64_decode(const char *in, size_t n, unsigned char **out, size_t *out_len);

#endif
