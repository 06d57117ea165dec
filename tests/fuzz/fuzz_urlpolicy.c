/* libFuzzer target: URL normalization and the URL policy, without DNS. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "policy/urlpolicy.h"
#include "util/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = xstrndup((const char *)data, size), err[512];
    char *url = urlpolicy_normalize(text);
    urlpolicy_check(text, 0, 0, err, sizeof err);
    urlpolicy_check(text, 1, 0, err, sizeof err);
    if (url) urlpolicy_check(url, 0, 0, err, sizeof err);
    urlpolicy_ip_private(text);
    free(url);
    free(text);
    return 0;
}
