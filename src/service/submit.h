/* submit.h -- the one way work enters the queue. A validated request
 * (validate.h) or a saved task becomes a task row here, and a row is queued
 * here: the API's create and run-now, the scheduler and `browserai run` all
 * submit through these calls, so a task looks the same whoever made it. */
#ifndef BAI_SUBMIT_H
#define BAI_SUBMIT_H

#include "service/validate.h"
#include "store/store.h"

/* The queued task a validated request asks for, made now by key key_id (""
 * for none), with a new id. Strings are copies: release with
 * store_task_free. */
void submit_row_of_request(const task_req *req, const char *key_id, store_task *out);

/* A follow-up of session (a task made awaitable) that a validated
 * follow-up request asks for, made now by key key_id: the session's
 * project, type and geoLocation, the request's instructions, inspect and
 * timeout; awaitable unless the request says false (the session stays
 * open after it). Strings are copies: release with store_task_free. */
void submit_row_of_followup(const store_task *session, const task_req *req, const char *key_id,
                            store_task *out);

/* A run of saved task t, made at now, with a new id. Strings are copies:
 * release with store_task_free. */
void submit_row_of_saved(const store_saved *t, int64_t now, store_task *out);

/* Queue t and wake this process's idle slots. max_queued: the key's limit
 * of queued tasks (0: none). Returns a STORE_* code (STORE_EFULL when the
 * key is at its limit). */
int submit_queue(store *st, const store_task *t, int max_queued);
/* submit_queue under every limit lim gives (store_task_insert_with). */
int submit_queue_with(store *st, const store_task *t, const store_limits *lim);

#endif
