/* libFuzzer target: the egress gate's parsers of untrusted bytes -- request
 * heads from pages (and anything else that reaches the gate), the request
 * head it forwards, response heads from the web, operator proxy URLs. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gate/gate.h"
#include "util/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *in = (const char *)data;
    gate_request r;
    char err[256];
    if (gate_parse_request(in, size, &r, err, sizeof err) == 1 && !r.connect) {
        size_t n;
        char *fwd = gate_forward_head(in, &r, size & 1 ? "192.0.2.1:80" : NULL, NULL, &n);
        /* What is forwarded is itself a head the gate would parse. */
        if (n < 4 || memcmp(fwd + n - 4, "\r\n\r\n", 4) != 0) abort();
        free(fwd);
    }
    char *out;
    size_t outlen, used;
    int status;
    if (gate_response_head(in, size, &out, &outlen, &used, &status) == 1) {
        if (used > size || outlen < 4 || memcmp(out + outlen - 4, "\r\n\r\n", 4) != 0) abort();
        free(out);
    }
    char *text = xstrndup(in, size);
    gate_upstream u;
    gate_parse_upstream(text, &u, err, sizeof err);
    free(text);
    return 0;
}
