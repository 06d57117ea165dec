/* render.h -- the JSON shapes of the contract (GetTaskResponse, TaskResult,
 * GetResultsResponse), built from store rows. Shared by the HTTP API and the
 * `browserai run` command so both print exactly the same documents. */
#ifndef BAI_RENDER_H
#define BAI_RENDER_H

#include <jansson.h>
#include <stdint.h>

#include "store/store.h"

/* Makes the absolute URL of an artifact (malloc'ed), e.g. a signed HTTP URL
 * or a file path. */
typedef char *(*render_url_fn)(void *ud, const char *artifact_id);

/* A date-time string, or JSON null for ms == 0. */
json_t *render_time(int64_t ms);

/* When the task will likely be done, in ms since the epoch (0 = unknown):
 * its completion time once ended; else from the mean of recent durations of
 * similar tasks, the time it has run, and, while queued, its place in the
 * queue shared by `workers` slots. */
int64_t render_estimate(store *st, const store_task *t, int workers);

/* The progress.status phrase: stored for running and ended tasks, computed
 * ("queued (position 3)") for queued ones. Malloc'ed. */
char *render_progress_phrase(const store_task *t);

/* GetTaskResponse of t, with its logs read from st. NULL if the store fails. */
json_t *render_task(store *st, const store_task *t, int workers);

/* One TaskResult. */
/* A task's result for the API: its text, or the JSON object itself when a
 * crawler task answered in a JSON shape; null before it has one. */
json_t *render_task_result(const store_task *t);
json_t *render_result(const store_result *r, render_url_fn url, void *ud);

/* GetResultsResponse of t with its results read from st. NULL if the store
 * fails. */
json_t *render_results(store *st, const store_task *t, render_url_fn url, void *ud);

#endif
