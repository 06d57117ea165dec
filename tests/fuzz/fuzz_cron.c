/* libFuzzer target: cron expressions (cron_settings comes from API clients)
 * and, from the same bytes, TZif zone data. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sched/cron.h"
#include "sched/tz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char expr[CRON_MAX + 64], err[300];
    size_t n = size < sizeof expr - 1 ? size : sizeof expr - 1;
    memcpy(expr, data, n);
    expr[n] = '\0';
    cron c;
    tz *z = NULL;
    static tz *utc;
    if (!utc && tz_load("UTC", &utc, err, sizeof err) != 0) return 0;
    if (cron_parse(expr, &c, err, sizeof err) == 0) {
        int64_t next;
        cron_next(&c, utc, 1767225600 + (int64_t)size * 86413, &next);
    }
    if (tz_parse("Fuzz/Zone", data, size, &z, err, sizeof err) == 0) {
        tz_offset(z, 0);
        tz_offset(z, INT64_C(4102444800));
        tz_free(z);
    }
    return 0;
}
