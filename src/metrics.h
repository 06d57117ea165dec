/* metrics.h -- in-process counters for /metrics that the store cannot
 * answer: how long this node's tasks took. (Task counts and queue depth come
 * from the store, request counts from http.) Thread-safe. */
#ifndef BAI_METRICS_H
#define BAI_METRICS_H

#include "util/util.h"

/* Record one finished task's run time. */
void metrics_task_duration(double seconds);
/* Append the histogram in Prometheus text format. */
void metrics_write_durations(buf *out);

#endif
