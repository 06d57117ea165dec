/* libFuzzer target: splitting a byte stream into CDP messages, fed in
 * chunks whose sizes come from the input itself. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cdp/cdp.h"

static void on_msg(void *ud, const char *msg, size_t len)
{
    size_t *total = ud;
    /* The framer promises a NUL-terminated message of len bytes. */
    if (msg[len] != '\0' || memchr(msg, '\0', len)) __builtin_trap();
    *total += len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    cdp_framer f;
    size_t total = 0, chunk = (size_t)data[0] % 17 + 1;
    cdp_framer_init(&f, (size_t)data[1] % 64 + 1);
    for (size_t off = 2; off < size; off += chunk) {
        size_t n = size - off < chunk ? size - off : chunk;
        cdp_framer_feed(&f, (const char *)data + off, n, on_msg, &total);
    }
    cdp_framer_free(&f);
    return 0;
}
