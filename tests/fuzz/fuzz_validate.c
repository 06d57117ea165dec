/* libFuzzer target: CreateTaskRequest validation of arbitrary bodies. */
#include <stddef.h>
#include <stdint.h>

#include "service/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    validate_limits lim = {100, 20000, 64, 120, 600};
    task_req req;
    json_t *details = NULL;
    const char *summary;
    if (validate_task((const char *)data, size, &lim, &req, &details, &summary) == 0) {
        char id[SCRIPT_ID_LEN];
        validate_script_id(req.type, req.instructions, id);
        task_req_free(&req);
    } else {
        json_decref(details);
    }
    return 0;
}
