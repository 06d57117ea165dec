/* libFuzzer target: the rule planner on arbitrary instruction text. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "engine/planner.h"
#include "util/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = xstrndup((const char *)data, size);
    json_t *instr = json_pack("[{s:s?}]", "action", util_utf8_valid(text, size) ? text : NULL);
    plan p;
    char err[512];
    if (instr && planner_parse(instr, &p, err, sizeof err) == 0) {
        for (int i = 0; i < p.n; i++) {
            free(planner_model_output(&p.steps[i]));
            free(planner_describe(&p.steps[i]));
        }
        plan_free(&p);
    }
    json_decref(instr);
    free(text);
    return 0;
}
