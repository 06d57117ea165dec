/* validate.h -- checks a CreateTaskRequest and normalizes it.
 *
 * Every problem found becomes one line "field.path: reason" so a client sees
 * all its mistakes at once, not one per round trip. Pure: no I/O. */
#ifndef BAI_VALIDATE_H
#define BAI_VALIDATE_H

#include <jansson.h>
#include <stddef.h>

#include "store/store.h"

typedef struct validate_limits {
    long max_instructions;
    long max_action;  /* characters (code points) per action */
    long max_project; /* characters per project name */
    long timeout_default, timeout_max;
} validate_limits;

typedef struct task_req {
    json_t *instructions; /* [{"action": "..."}], new reference */
    char *project;
    task_type type;
    json_t *geo; /* {"country":"US", ...}, new reference */
    int inspect;
    int timeout_s; /* effective: default when absent, capped at max */
    int awaitable; /* keep the page after the instructions (a live session) */
    int awaitable_given;
} task_req;

void task_req_free(task_req *t);

/* Parse and check body. Returns 0 and fills *out; or -1 and sets *details to
 * a JSON array of problem lines (new reference) and *summary to the error
 * word ("Invalid JSON" or "Invalid request"). */
int validate_task(const char *body, size_t len, const validate_limits *lim, task_req *out,
                  json_t **details, const char **summary);

/* Check the body of POST /tasks/{id}/instructions: the create body, of
 * which only instructions is required and awaitable, inspect and
 * timeoutSeconds are read (the session fixes project, type and
 * geoLocation; given ones are ignored). As validate_task otherwise. */
int validate_followup(const char *body, size_t len, const validate_limits *lim, task_req *out,
                      json_t **details, const char **summary);

/* True when name is a valid project name under max characters. */
int validate_project(const char *name, long max);

/* "sha256:" + hex digest of the task's type and its actions, each trimmed
 * and with runs of white space folded to one space, joined by newlines.
 * out must hold 72 bytes. */
#define SCRIPT_ID_LEN 72
void validate_script_id(task_type type, json_t *instructions, char out[SCRIPT_ID_LEN]);

#endif
