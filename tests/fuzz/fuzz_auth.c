/* libFuzzer target: reading the Authorization header. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "auth/auth.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *h = xstrndup((const char *)data, size);
    size_t len = 0;
    const char *tok = auth_parse_header(h, &len);
    /* The token lies inside the header and holds no blank. */
    if (tok && (tok < h || tok + len > h + strlen(h) || memchr(tok, ' ', len))) __builtin_trap();
    free(h);
    return 0;
}
