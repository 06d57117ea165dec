/* store_bench.c -- submit -> claim -> finish round trips through the store,
 * from worker processes, as nodes sharing a store make them. See bench.h. */
#include "bench/bench.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "util/notify.h"
#include "util/util.h"

#define MAX_WORKERS 64

static int64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

typedef struct bench_opts {
    const char *store;
    long workers, tasks;
} bench_opts;

static int bench_args(int argc, char **argv, bench_opts *o)
{
    for (int i = 0; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--store"))
            o->store = argv[i + 1];
        else if (!strcmp(argv[i], "--workers") &&
                 util_parse_long(argv[i + 1], 1, MAX_WORKERS, &o->workers) == 0) {
        } else if (!strcmp(argv[i], "--tasks") &&
                   util_parse_long(argv[i + 1], 1, 10000000, &o->tasks) == 0) {
        } else
            return -1;
    }
    return o->store && o->workers > 0 && o->tasks > 0 && argc % 2 == 0 ? 0 : -1;
}

/* True once the submitter closed its end of done (it has queued them all). */
static int submitter_done(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    return poll(&p, 1, 0) > 0;
}

/* Wakes the worker's waits when the submitter is done, so the last claims
 * come at once and not at the end of a slot's wait. */
static void *done_watch(void *arg)
{
    struct pollfd p = {.fd = (int)(intptr_t)arg, .events = POLLIN};
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
    notify_bump();
    return NULL;
}

/* A worker: claim and finish until the queue is empty after the submitter
 * is done; the latencies (microseconds, int64) of the claims go to out
 * (after the first, a claim is one call with the end of the task before,
 * and its time includes that end). */
static int bench_worker(const bench_opts *o, int index, int done_fd, int out_fd)
{
    char err[256], name[64], slot[48];
    store *st;
    pthread_t watch;
    if (store_open(o->store, &st, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "bench-store: worker %d: %s\n", index, err);
        return 1;
    }
    if (pthread_create(&watch, NULL, done_watch, (void *)(intptr_t)done_fd) != 0) return 1;
    pthread_detach(watch);
    /* As a slot waits (worker.c), named: PostgreSQL's listener wakes one
     * idle slot of the process per queued task, else it claims again after
     * a second; SQLite has no wake-up across processes, so a short poll. */
    int wait_ms = strncmp(o->store, "postgres", 8) ? 2 : 1000;
    snprintf(slot, sizeof slot, "bench:%d/0", (int)getpid());
    /* A worker that ends a task claims its next in the same call
     * (store_task_end_claim: one commit less); held: the name holding t. */
    store_task t = {0};
    char held[64] = "";
    int rc = STORE_OK;
    for (uint64_t n = 1; rc == STORE_OK; n++) {
        snprintf(name, sizeof name, "%s#%llu", slot, (unsigned long long)n);
        uint64_t gen = notify_gen_as(slot);
        int64_t t0 = mono_us();
        if (held[0]) {
            store_task next = {0};
            if (store_task_end_claim(st, t.id, held, TASK_FINALIZED, TASK_REASON_NONE, "done", NULL,
                                     NULL, NULL, name, 60000, 1, &next, &rc) != STORE_OK)
                rc = STORE_EDB;
            store_task_free(&t);
            t = next;
            held[0] = '\0';
        } else
            rc = store_task_claim(st, name, 60000, &t);
        if (rc == STORE_EEMPTY) {
            if (!submitter_done(done_fd)) {
                notify_wait_as(slot, gen, wait_ms);
                rc = STORE_OK;
                continue;
            }
            /* The submitter is done: a claim after that still empty ends it. */
            t0 = mono_us();
            if ((rc = store_task_claim(st, name, 60000, &t)) == STORE_EEMPTY) {
                rc = STORE_OK;
                break;
            }
        }
        int64_t us = mono_us() - t0;
        if (rc != STORE_OK || write(out_fd, &us, sizeof us) != (ssize_t)sizeof us) rc = STORE_EDB;
        snprintf(held, sizeof held, "%s", name);
    }
    store_task_free(&t);
    store_close(st);
    return rc == STORE_OK ? 0 : 1;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Read every latency the workers send until they all close out. */
static int64_t *read_latencies(int fd, long *n)
{
    size_t cap = 1024, got = 0;
    int64_t *v = xmalloc(cap * sizeof *v);
    for (;;) {
        if (got == cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
        ssize_t r = read(fd, &v[got], sizeof *v);
        if (r == (ssize_t)sizeof *v)
            got++;
        else if (r < 0 && errno == EINTR)
            continue;
        else
            break;
    }
    *n = (long)got;
    return v;
}

int bench_store_main(int argc, char **argv)
{
    bench_opts o = {0};
    char err[256];
    store *st;
    int done[2], lat[2];
    pid_t pids[MAX_WORKERS];
    if (bench_args(argc, argv, &o) != 0) {
        fprintf(stderr, "usage: browserai bench-store --store URL --workers N --tasks M\n");
        return 2;
    }
    if (pipe(done) != 0 || pipe(lat) != 0) return 1;
    fflush(stdout);
    for (long i = 0; i < o.workers; i++) {
        if ((pids[i] = fork()) == 0) {
            close(done[1]);
            close(lat[0]);
            _exit(bench_worker(&o, (int)i, done[0], lat[1]));
        }
    }
    close(done[0]);
    close(lat[1]);
    /* Opened after the fork: no child inherits a connection. */
    if (store_open(o.store, &st, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "bench-store: %s\n", err);
        close(done[1]);
        return 1;
    }
    int64_t t0 = mono_us();
    for (long i = 0; i < o.tasks; i++) {
        char id[UTIL_ID_LEN];
        util_new_id(id);
        store_task t = {.id = id,
                        .project = "bench",
                        .key_id = "",
                        .type = TASK_CRAWLER,
                        .instructions = "[{\"action\":\"open example.com\"}]",
                        .step_count = 1,
                        .timeout_s = 60,
                        .created_ms = util_now_ms()};
        if (store_task_insert(st, &t, 0) != STORE_OK) {
            fprintf(stderr, "bench-store: an insert failed\n");
            break;
        }
    }
    close(done[1]);
    long n = 0;
    int64_t *v = read_latencies(lat[0], &n);
    int failed = 0;
    for (long i = 0; i < o.workers; i++) {
        int status = 0;
        waitpid(pids[i], &status, 0);
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    double secs = (double)(mono_us() - t0) / 1e6;
    qsort(v, (size_t)n, sizeof *v, cmp_i64);
    printf("{\"backend\":\"%s\",\"workers\":%ld,\"tasks\":%ld,\"done\":%ld,\"seconds\":%.3f,"
           "\"per_s\":%.0f,\"claim_p50_ms\":%.3f,\"claim_p99_ms\":%.3f}\n",
           strncmp(o.store, "postgres", 8) ? "sqlite" : "postgresql", o.workers, o.tasks, n, secs,
           secs > 0 ? (double)n / secs : 0, n ? (double)v[n / 2] / 1000 : 0,
           n ? (double)v[(n * 99) / 100] / 1000 : 0);
    free(v);
    close(lat[0]);
    store_close(st);
    return failed || n != o.tasks;
}
