/* metrics.h -- in-process counters for /metrics that the store cannot
 * answer: how long this node's tasks took; and the fairness lines, each
 * key's load read from the store. (Task counts and queue depth come from
 * the store, request counts from http.) Thread-safe. */
#ifndef BAI_METRICS_H
#define BAI_METRICS_H

#include "store/store.h"
#include "util/util.h"

/* Record one finished task's run time. */
void metrics_task_duration(double seconds);
/* Append the histogram in Prometheus text format. */
void metrics_write_durations(buf *out);
/* Append each key's running and queued tasks in the store (labelled with
 * the key's id, never its token; "" for tasks of the bootstrap key or the
 * CLI) and the running limit per key (0 = none). Reads the store: never on
 * a thread that must not block. Returns the store's error, appending
 * nothing on failure. */
int metrics_write_keys(buf *out, store *st, int running_per_key);

#endif
