/* libFuzzer target: the script runner's frame codec (task/script.c), which
 * reads what a runner -- a script's process, perhaps escaped -- writes to
 * the server. The byte stream is fed in chunks whose sizes come from the
 * input, under a limit from the input.
 *
 * Checks: a frame taken is a NUL-terminated copy of exactly the bytes its
 * length prefix announced, never over the limit; a prefix over the limit is
 * refused before its body is read; every frame taken re-encodes to the
 * bytes it came from; the buffer never holds more than was fed. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "task/script.h"

static size_t prefix(const uint8_t *p)
{
    return ((size_t)p[0] << 24) | ((size_t)p[1] << 16) | ((size_t)p[2] << 8) | (size_t)p[3];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3) return 0;
    script_framer f;
    size_t chunk = (size_t)data[0] % 31 + 1, max = ((size_t)data[1] << 4) % 4096 + 1;
    size_t fed = 3, taken = 3; /* offsets in data of what was fed and what became frames */
    script_framer_init(&f, data[2] & 1 ? max : 0);
    if (!(data[2] & 1)) max = SCRIPT_FRAME_MAX;
    while (fed < size) {
        size_t n = size - fed < chunk ? size - fed : chunk;
        script_framer_feed(&f, data + fed, n);
        fed += n;
        for (;;) {
            char *body = NULL;
            size_t len = 0;
            int rc = script_framer_next(&f, &body, &len);
            if (rc == 0) break;
            if (rc < 0) {
                /* refused: only for a complete prefix over the limit */
                if (fed - taken < 4 || prefix(data + taken) <= max) abort();
                goto out;
            }
            if (len > max || body[len] != '\0' || prefix(data + taken) != len ||
                memcmp(body, data + taken + 4, len) != 0)
                abort();
            size_t elen = 0;
            unsigned char *enc = script_frame_encode(body, len, &elen);
            if (!enc || elen != len + 4 || memcmp(enc, data + taken, elen) != 0) abort();
            free(enc);
            free(body);
            taken += 4 + len;
        }
        if (f.len != fed - taken) abort();
    }
out:
    script_framer_free(&f);
    return 0;
}
