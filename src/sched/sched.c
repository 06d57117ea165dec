/* sched.c -- see sched.h. */
#include "sched/sched.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sched/cron.h"
#include "sched/tz.h"
#include "service/submit.h"
#include "util/notify.h"
#include "util/util.h"

/* Saved tasks read per pass; more due ones wait for the next pass. */
#define SAVED_DUE_BATCH 100

int sched_next_run(const char *expr, const char *zone, int64_t now, int64_t *next, char *err,
                   size_t errlen)
{
    char why[200];
    cron c;
    tz *z = NULL;
    int64_t at;

    if (cron_parse(expr, &c, why, sizeof why) != 0) {
        snprintf(err, errlen, "cron_settings: %s", why);
        return -1;
    }
    if (tz_load(zone && *zone ? zone : "UTC", &z, why, sizeof why) != 0) {
        snprintf(err, errlen, "timezone: %s", why);
        return -1;
    }
    /* cron works in whole seconds: the next run is after the current second. */
    int rc = cron_next(&c, z, now / 1000, &at);
    tz_free(z);
    if (rc != 0) {
        snprintf(err, errlen, "cron_settings: \"%s\" does not fire within ten years", expr);
        return -1;
    }
    *next = at * 1000;
    return 0;
}

/* Fire one due saved task: 1 when this pass inserted its run, 0 when
 * another scheduler had, -1 when the store failed. */
static int fire(store *st, const store_saved *t, int64_t now)
{
    char err[300];
    int64_t next = 0;

    if (sched_next_run(t->cron, t->timezone, now, &next, err, sizeof err) != 0) {
        /* Checked when it was saved, so the system changed (a zone file
         * gone): turn the schedule off rather than retry every pass. */
        fprintf(stderr, "browserai: saved task \"%s\": %s; its schedule is off\n", t->name, err);
        int rc = store_saved_fire(st, t->id, t->next_run_ms, 0, NULL);
        return rc == STORE_OK || rc == STORE_ECONFLICT ? 0 : -1;
    }
    store_task run;
    submit_row_of_saved(t, now, &run);
    int rc = store_saved_fire(st, t->id, t->next_run_ms, next, &run);
    store_task_free(&run);
    if (rc == STORE_OK) return 1;
    return rc == STORE_ECONFLICT ? 0 : -1;
}

int sched_tick(store *st, int64_t now, int *fired)
{
    store_saved *due = NULL;
    int n = 0, count = 0, failed = 0;

    if (fired) *fired = 0;
    if (store_saved_due(st, now, SAVED_DUE_BATCH, &due, &n) != STORE_OK) return -1;
    for (int i = 0; i < n; i++) {
        int rc = fire(st, &due[i], now);
        if (rc > 0) count++;
        if (rc < 0) failed = 1;
    }
    store_saved_list_free(due, n);
    if (fired) *fired = count;
    return failed ? -1 : 0;
}

/* ---- the thread ---------------------------------------------------------- */

struct sched {
    store *st;
    long tick_ms;
    sched_clock_fn clock;
    void *ud;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int stop; /* guarded by mu */
    /* The retention sweep, guarded by mu: off while every_ms is 0. */
    char holder[128];
    long days, every_ms;
    int64_t next_sweep; /* the thread's own */
    int64_t next_beat;  /* the thread's own, monotonic ms */
};

static int64_t real_clock(void *ud)
{
    (void)ud;
    return util_now_ms();
}

/* Wait tick_ms or until told to stop; 1 when stopping. */
static int sched_wait(sched *s)
{
    struct timespec until = util_deadline_ts(s->tick_ms);
    pthread_mutex_lock(&s->mu);
    while (!s->stop && pthread_cond_timedwait(&s->cv, &s->mu, &until) != ETIMEDOUT) {
    }
    int stop = s->stop;
    pthread_mutex_unlock(&s->mu);
    return stop;
}

int sched_retention(store *st, const char *holder, long days, int64_t now, int *tasks,
                    int *artifacts)
{
    int rc = store_job_lease(st, "retention", holder, SCHED_RETENTION_LEASE_MS);
    if (rc == STORE_ECONFLICT) return 0;
    if (rc != STORE_OK) return -1;
    int64_t before = days > 0 ? now - (int64_t)days * 86400000 : 0;
    return store_sweep(st, before, tasks, artifacts) == STORE_OK ? 1 : -1;
}

void sched_retention_every(sched *s, const char *holder, long days, long every_ms)
{
    pthread_mutex_lock(&s->mu);
    util_strlcpy(s->holder, holder, sizeof s->holder);
    s->days = days;
    s->every_ms = every_ms < s->tick_ms ? s->tick_ms : every_ms;
    pthread_mutex_unlock(&s->mu);
}

/* A retention pass when one is due. */
static void sched_sweep(sched *s, int64_t now)
{
    char holder[128];
    pthread_mutex_lock(&s->mu);
    long days = s->days, every = s->every_ms;
    memcpy(holder, s->holder, sizeof holder);
    pthread_mutex_unlock(&s->mu);
    if (every <= 0 || now < s->next_sweep) return;
    s->next_sweep = now + every;
    int tasks = 0, artifacts = 0;
    if (sched_retention(s->st, holder, days, now, &tasks, &artifacts) == 1 && tasks + artifacts > 0)
        printf("browserai: retention: removed %d task%s ended over %ld days ago and %d unwritten "
               "artifact%s\n",
               tasks, tasks == 1 ? "" : "s", days, artifacts, artifacts == 1 ? "" : "s");
    fflush(stdout);
}

static void *sched_main(void *arg)
{
    sched *s = arg;
    int failing = 0;
    while (!sched_wait(s)) {
        sched_sweep(s, s->clock(s->ud));
        /* Every serve node runs a scheduler, an API-only one no worker
         * heartbeat: this keeps its row alive (busy is the engine's). */
        if (util_mono_ms() >= s->next_beat) {
            store_node_beat(s->st, -1);
            s->next_beat = util_mono_ms() + STORE_NODE_BEAT_MS;
        }
        int fired = 0;
        int rc = sched_tick(s->st, s->clock(s->ud), &fired);
        if (fired > 0) notify_bump();
        /* Say so once when the store fails, and once when it is back. */
        if (rc != 0 && !failing) fprintf(stderr, "browserai: scheduler: the store failed\n");
        if (rc == 0 && failing) fprintf(stderr, "browserai: scheduler: the store is back\n");
        failing = rc != 0;
    }
    return NULL;
}

int sched_start(store *st, long tick_ms, sched_clock_fn clock, void *ud, sched **out, char *err,
                size_t errlen)
{
    sched *s = xcalloc(1, sizeof *s);

    s->st = st;
    s->tick_ms = tick_ms < 10 ? 10 : tick_ms;
    s->clock = clock ? clock : real_clock;
    s->ud = ud;
    pthread_mutex_init(&s->mu, NULL);
    util_cond_init(&s->cv);
    int rc = pthread_create(&s->thread, NULL, sched_main, s);
    if (rc != 0) {
        snprintf(err, errlen, "cannot start the scheduler thread: %s", strerror(rc));
        pthread_cond_destroy(&s->cv);
        pthread_mutex_destroy(&s->mu);
        free(s);
        return -1;
    }
    *out = s;
    return 0;
}

void sched_stop(sched *s)
{
    if (!s) return;
    pthread_mutex_lock(&s->mu);
    s->stop = 1;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}
