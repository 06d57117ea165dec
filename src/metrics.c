/* metrics.c -- see metrics.h. A fixed-bucket histogram, cumulative as
 * Prometheus expects. */
#include "metrics.h"

#include <pthread.h>

static const double bounds[] = {0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600};
#define NB (sizeof bounds / sizeof bounds[0])
static unsigned long long counts[NB + 1];
static double sum;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void metrics_task_duration(double s)
{
    size_t i = 0;
    while (i < NB && s > bounds[i])
        i++;
    pthread_mutex_lock(&lock);
    counts[i]++;
    sum += s;
    pthread_mutex_unlock(&lock);
}

void metrics_write_durations(buf *out)
{
    unsigned long long c[NB + 1], cum = 0;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i <= NB; i++)
        c[i] = counts[i];
    double s = sum;
    pthread_mutex_unlock(&lock);
    buf_puts(out,
             "# HELP browserai_task_duration_seconds Run time of tasks finished by this node.\n"
             "# TYPE browserai_task_duration_seconds histogram\n");
    for (size_t i = 0; i < NB; i++) {
        cum += c[i];
        buf_printf(out, "browserai_task_duration_seconds_bucket{le=\"%g\"} %llu\n", bounds[i], cum);
    }
    cum += c[NB];
    buf_printf(out, "browserai_task_duration_seconds_bucket{le=\"+Inf\"} %llu\n", cum);
    buf_printf(out, "browserai_task_duration_seconds_sum %.3f\n", s);
    buf_printf(out, "browserai_task_duration_seconds_count %llu\n", cum);
}
