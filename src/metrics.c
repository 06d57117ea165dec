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

int metrics_write_keys(buf *out, store *st, int running_per_key)
{
    store_key_load *l = NULL;
    int n = 0, rc = store_key_loads(st, &l, &n);

    if (rc != STORE_OK) return rc;
    buf_printf(out,
               "# HELP browserai_running_per_key_limit Tasks one API key may have running at "
               "once (0 = no limit).\n# TYPE browserai_running_per_key_limit gauge\n"
               "browserai_running_per_key_limit %d\n",
               running_per_key);
    buf_puts(out, "# HELP browserai_key_tasks Running and queued tasks of each API key.\n"
                  "# TYPE browserai_key_tasks gauge\n");
    for (int i = 0; i < n; i++) {
        buf_printf(out, "browserai_key_tasks{key=\"%s\",status=\"running\"} %lld\n", l[i].key_id,
                   (long long)l[i].running);
        buf_printf(out, "browserai_key_tasks{key=\"%s\",status=\"queued\"} %lld\n", l[i].key_id,
                   (long long)l[i].queued);
    }
    store_key_load_free(l, n);
    return STORE_OK;
}
