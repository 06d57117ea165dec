/* frame.c -- splits the byte stream Chromium writes on its fd 4 into
 * messages. Each message is one JSON text followed by a NUL byte.
 *
 * Pure code with no I/O, so it is unit-tested on its own. The reader thread
 * of cdp.c feeds it whatever read(2) returned; messages may arrive in pieces
 * of any size, several at once, or be larger than any sane limit (a
 * screenshot is tens of MiB of base64), so the buffer has a hard cap. */
#include "cdp/cdp.h"

#include <string.h>

#include "util/util.h"

#define FRAME_MAX_DEFAULT ((size_t)64 << 20)
/* Above this capacity the buffer is freed after each message: one huge
 * screenshot should not pin 64 MiB per browser for the rest of its life. */
#define FRAME_KEEP_CAP ((size_t)1 << 20)

void cdp_framer_init(cdp_framer *f, size_t max)
{
    memset(f, 0, sizeof(*f));
    f->max = max ? max : FRAME_MAX_DEFAULT;
}

void cdp_framer_free(cdp_framer *f)
{
    if (!f) return;
    free(f->buf);
    f->buf = NULL;
    f->len = f->cap = 0;
    f->skipping = 0;
}

/* Appends n bytes of a message in progress, or starts skipping it when it
 * would exceed the cap. The byte after len is kept for the NUL. */
static void frame_append(cdp_framer *f, const char *p, size_t n)
{
    if (f->skipping || n == 0) return;
    if (n > f->max - f->len) {
        f->skipping = 1;
        f->len = 0;
        return;
    }
    if (f->len + n + 1 > f->cap) {
        size_t cap = f->cap ? f->cap : 4096;
        while (cap < f->len + n + 1)
            cap *= 2;
        if (cap > f->max + 1) cap = f->max + 1;
        f->buf = xrealloc(f->buf, cap);
        f->cap = cap;
    }
    memcpy(f->buf + f->len, p, n);
    f->len += n;
}

/* A NUL ended the message in progress: deliver it, or count it dropped. */
static void frame_end(cdp_framer *f, void (*fn)(void *, const char *, size_t), void *ud)
{
    if (f->skipping) {
        f->skipping = 0;
        f->dropped++;
        return;
    }
    if (f->len == 0) return; /* empty message: nothing to parse */
    f->buf[f->len] = '\0';
    fn(ud, f->buf, f->len);
    f->len = 0;
    if (f->cap > FRAME_KEEP_CAP) {
        free(f->buf);
        f->buf = NULL;
        f->cap = 0;
    }
}

void cdp_framer_feed(cdp_framer *f, const char *data, size_t n,
                     void (*fn)(void *ud, const char *msg, size_t len), void *ud)
{
    while (n > 0) {
        const char *nul = memchr(data, '\0', n);
        size_t seg = nul ? (size_t)(nul - data) : n;

        if (!nul) {
            frame_append(f, data, seg);
            return;
        }
        if (f->len == 0 && !f->skipping) {
            /* Whole message inside this chunk, already NUL-terminated by
             * the stream itself: deliver it without copying. */
            if (seg > f->max)
                f->dropped++;
            else if (seg > 0)
                fn(ud, data, seg);
        } else {
            frame_append(f, data, seg);
            frame_end(f, fn, ud);
        }
        data += seg + 1;
        n -= seg + 1;
    }
}
