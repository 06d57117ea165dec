/* test_sched.c -- saved tasks in the store (insert, names, visibility,
 * pages, delete, the compare-and-set that fires a run) and the scheduler on
 * a fake clock: a due run fires once, missed runs fire once on catch-up,
 * nothing fires twice across a restart, and two schedulers on one store
 * (two handles, two threads, as two server processes would be) fire each
 * run exactly once between them. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "sched/sched.h"
#include "store/store.h"
#include "util/util.h"

typedef struct fixture {
    char dir[64];
    char path[128];
    store *s;
} fixture;

static int setup(void **state)
{
    fixture *f = xcalloc(1, sizeof *f);
    char err[256] = "";

    snprintf(f->dir, sizeof f->dir, "/tmp/test_sched.XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->path, sizeof f->path, "%s/store.db", f->dir);
    if (store_open(f->path, &f->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store_open: %s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    const char *suffix[] = {"", "-wal", "-shm"};
    char p[160];

    store_close(f->s);
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", f->path, suffix[i]);
        unlink(p);
    }
    rmdir(f->dir);
    free(f);
    return 0;
}

/* "2026-05-01T12:00:00Z" -> ms since the epoch. */
static int64_t at(const char *iso)
{
    struct tm tm = {0};
    assert_non_null(strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm));
    return (int64_t)timegm(&tm) * 1000;
}

/* A saved task as the API stores it, scheduled from `now`. */
static void save(store *s, const char *id, const char *name, const char *project, const char *cron,
                 const char *zone, int64_t now)
{
    char err[256] = "";
    int64_t next = 0;
    assert_int_equal(sched_next_run(cron, zone, now, &next, err, sizeof err), 0);
    store_saved t = {.id = (char *)id,
                     .name = (char *)name,
                     .project = (char *)project,
                     .key_id = "k1",
                     .type = TASK_CRAWLER,
                     .instructions = "[{\"action\":\"open example.com\"}]",
                     .geo = "{\"country\":\"US\"}",
                     .timeout_s = 60,
                     .script_id = "sha256:00",
                     .step_count = 1,
                     .cron = (char *)cron,
                     .timezone = (char *)zone,
                     .created_ms = now,
                     .next_run_ms = next};
    assert_int_equal(store_saved_insert(s, &t), STORE_OK);
}

static int64_t next_of(store *s, const char *name)
{
    store_saved t = {0};
    assert_int_equal(store_saved_get(s, name, NULL, &t), STORE_OK);
    int64_t n = t.next_run_ms;
    store_saved_free(&t);
    return n;
}

/* Runs of a saved task, newest first; their count. */
static int runs_of(store *s, const char *name, store_task **out)
{
    store_task *v = NULL;
    int n = 0;
    assert_int_equal(store_saved_runs(s, name, NULL, 1000, &v, &n), STORE_OK);
    if (out)
        *out = v;
    else
        store_task_list_free(v, n);
    return n;
}

/* ---- the store ---------------------------------------------------------- */

static void test_saved_crud(void **state)
{
    fixture *f = *state;
    int64_t now = at("2026-05-01T12:00:00Z");
    store_saved t = {0};

    save(f->s, "s-0001", "daily report", "alpha", "0 9 * * *", "Europe/Paris", now);
    assert_int_equal(store_saved_get(f->s, "daily report", NULL, &t), STORE_OK);
    assert_string_equal(t.id, "s-0001");
    assert_string_equal(t.name, "daily report");
    assert_string_equal(t.project, "alpha");
    assert_string_equal(t.key_id, "k1");
    assert_int_equal(t.type, TASK_CRAWLER);
    assert_string_equal(t.instructions, "[{\"action\":\"open example.com\"}]");
    assert_string_equal(t.geo, "{\"country\":\"US\"}");
    assert_int_equal(t.timeout_s, 60);
    assert_string_equal(t.script_id, "sha256:00");
    assert_int_equal(t.step_count, 1);
    assert_string_equal(t.cron, "0 9 * * *");
    assert_string_equal(t.timezone, "Europe/Paris");
    assert_int_equal(t.created_ms, now);
    /* 09:00 in Paris on May 2 (summer time) is 07:00 UTC. */
    assert_int_equal(t.next_run_ms, at("2026-05-02T07:00:00Z"));
    assert_int_equal(t.last_run_ms, 0);
    store_saved_free(&t);

    /* One name per store (the account): another project does not help. */
    store_saved dup = {.id = "s-0002",
                       .name = "daily report",
                       .project = "beta",
                       .type = TASK_CRAWLER,
                       .instructions = "[]",
                       .geo = "{}",
                       .cron = "@daily",
                       .timezone = "UTC",
                       .created_ms = now};
    assert_int_equal(store_saved_insert(f->s, &dup), STORE_ECONFLICT);
    /* Names are exact: case and spaces count. */
    dup.name = "Daily report";
    assert_int_equal(store_saved_insert(f->s, &dup), STORE_OK);

    /* Visibility: a key scoped to beta sees its own only. */
    const char *beta[] = {"beta", NULL};
    assert_int_equal(store_saved_get(f->s, "daily report", beta, &t), STORE_ENOTFOUND);
    assert_int_equal(store_saved_get(f->s, "Daily report", beta, &t), STORE_OK);
    store_saved_free(&t);
    assert_int_equal(store_saved_get(f->s, "nope", NULL, &t), STORE_ENOTFOUND);
    assert_int_equal(store_saved_get(f->s, NULL, NULL, &t), STORE_ENOTFOUND);

    /* Delete: invisible is missing; then gone; its name is free again. */
    assert_int_equal(store_saved_delete(f->s, "daily report", beta), STORE_ENOTFOUND);
    assert_int_equal(store_saved_delete(f->s, "daily report", NULL), STORE_OK);
    assert_int_equal(store_saved_delete(f->s, "daily report", NULL), STORE_ENOTFOUND);
    assert_int_equal(store_saved_get(f->s, "daily report", NULL, &t), STORE_ENOTFOUND);
    save(f->s, "s-0003", "daily report", "alpha", "@hourly", "UTC", now);

    /* Its project is known to the store now. */
    store_project *ps = NULL;
    int np = 0;
    assert_int_equal(store_projects(f->s, NULL, &ps, &np), STORE_OK);
    assert_int_equal(np, 2);
    assert_string_equal(ps[0].name, "alpha");
    assert_string_equal(ps[1].name, "beta");
    store_project_list_free(ps, np);
    store_saved_free(NULL);
    store_saved_list_free(NULL, 0);
}

static void test_saved_list_pages(void **state)
{
    fixture *f = *state;
    int64_t now = at("2026-05-01T12:00:00Z");
    char id[16], name[16];
    store_saved *v = NULL;
    int n = 0;

    for (int i = 0; i < 7; i++) {
        snprintf(id, sizeof id, "s-%04d", i);
        snprintf(name, sizeof name, "job %d", i);
        save(f->s, id, name, i % 2 ? "odd" : "even", "@hourly", "UTC", now);
    }
    store_saved_filter flt = {.limit = 3};
    assert_int_equal(store_saved_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(v[0].id, "s-0006"); /* newest first */
    assert_string_equal(v[2].id, "s-0004");
    flt.before_id = "s-0004";
    store_saved_list_free(v, n);
    assert_int_equal(store_saved_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(v[0].id, "s-0003");
    store_saved_list_free(v, n);

    const char *odd[] = {"odd", NULL}, *none[] = {NULL};
    store_saved_filter scoped = {.projects = odd, .limit = 100};
    assert_int_equal(store_saved_list(f->s, &scoped, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    for (int i = 0; i < n; i++)
        assert_string_equal(v[i].project, "odd");
    store_saved_list_free(v, n);
    store_saved_filter one = {.project = "even", .limit = 100};
    assert_int_equal(store_saved_list(f->s, &one, &v, &n), STORE_OK);
    assert_int_equal(n, 4);
    store_saved_list_free(v, n);
    store_saved_filter nothing = {.projects = none, .limit = 100};
    assert_int_equal(store_saved_list(f->s, &nothing, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
}

/* The compare-and-set: only the caller that names the next run it read
 * fires it; the run and the move happen together. */
static void test_saved_fire_cas(void **state)
{
    fixture *f = *state;
    int64_t now = at("2026-05-01T12:00:00Z"), due = at("2026-05-01T13:00:00Z");
    store_task run = {.id = "t-run1",
                      .project = "p",
                      .key_id = "k1",
                      .type = TASK_CRAWLER,
                      .instructions = "[{\"action\":\"x\"}]",
                      .geo = "{}",
                      .step_count = 1,
                      .created_ms = due,
                      .saved_task = "hourly"};
    store_saved *v = NULL;
    int n = 0;

    save(f->s, "s-0001", "hourly", "p", "@hourly", "UTC", now);
    assert_int_equal(next_of(f->s, "hourly"), due);
    assert_int_equal(store_saved_due(f->s, due - 1, 10, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_saved_due(f->s, due, 10, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    store_saved_list_free(v, n);

    /* A stale expectation changes nothing and inserts nothing. */
    assert_int_equal(store_saved_fire(f->s, "s-0001", due - 1000, due + 3600000, &run),
                     STORE_ECONFLICT);
    assert_int_equal(runs_of(f->s, "hourly", NULL), 0);
    store_task g = {0};
    assert_int_equal(store_task_get(f->s, "t-run1", NULL, &g), STORE_ENOTFOUND);

    assert_int_equal(store_saved_fire(f->s, "s-0001", due, due + 3600000, &run), STORE_OK);
    assert_int_equal(next_of(f->s, "hourly"), due + 3600000);
    /* The same again: the first won. */
    run.id = "t-run2";
    assert_int_equal(store_saved_fire(f->s, "s-0001", due, due + 3600000, &run), STORE_ECONFLICT);

    store_task *runs = NULL;
    assert_int_equal(runs_of(f->s, "hourly", &runs), 1);
    assert_string_equal(runs[0].id, "t-run1");
    assert_string_equal(runs[0].saved_task, "hourly");
    assert_int_equal(runs[0].status, TASK_QUEUED);
    store_task_list_free(runs, 1);
    store_saved t = {0};
    assert_int_equal(store_saved_get(f->s, "hourly", NULL, &t), STORE_OK);
    assert_int_equal(t.last_run_ms, due);
    store_saved_free(&t);
    /* The run is an ordinary task, with a first log line naming its source. */
    char **lines = NULL;
    assert_int_equal(store_logs(f->s, "t-run1", 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_non_null(strstr(lines[0], "Z queued (1 instruction), a run of saved task \"hourly\""));
    store_strings_free(lines, n);
    assert_int_equal(store_task_get(f->s, "t-run1", NULL, &g), STORE_OK);
    assert_string_equal(g.saved_task, "hourly");
    store_task_free(&g);

    /* Without a run, only the schedule moves (0: off, never due again). */
    assert_int_equal(store_saved_fire(f->s, "s-0001", due + 3600000, 0, NULL), STORE_OK);
    assert_int_equal(next_of(f->s, "hourly"), 0);
    assert_int_equal(store_saved_due(f->s, INT64_MAX, 10, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    /* A deleted saved task cannot fire. */
    assert_int_equal(store_saved_delete(f->s, "hourly", NULL), STORE_OK);
    assert_int_equal(store_saved_fire(f->s, "s-0001", 0, 1, NULL), STORE_ECONFLICT);
    /* Its runs stay, still naming it. */
    assert_int_equal(runs_of(f->s, "hourly", NULL), 1);
    /* Runs are scoped like tasks. */
    const char *other[] = {"other", NULL};
    assert_int_equal(store_saved_runs(f->s, "hourly", other, 10, &runs, &n), STORE_OK);
    assert_int_equal(n, 0);
}

/* ---- the scheduler on a fake clock --------------------------------------- */

static void test_next_run_errors(void **state)
{
    char err[256];
    int64_t next = 0;
    int64_t now = at("2026-05-01T12:00:00Z");

    assert_int_equal(sched_next_run("0 24 * * *", "UTC", now, &next, err, sizeof err), -1);
    assert_string_equal(err, "cron_settings: hour: 24 is out of range 0-23");
    assert_int_equal(sched_next_run("@daily", "Mars/Base", now, &next, err, sizeof err), -1);
    assert_string_equal(err, "timezone: unknown time zone \"Mars/Base\"");
    assert_int_equal(sched_next_run("@daily", NULL, now, &next, err, sizeof err), 0);
    assert_int_equal(next, at("2026-05-02T00:00:00Z"));
    assert_int_equal(sched_next_run("@daily", "", now + 999, &next, err, sizeof err), 0);
    assert_int_equal(next, at("2026-05-02T00:00:00Z"));
    /* Strictly after: at 00:00:00.000 exactly, the next day's. */
    assert_int_equal(
        sched_next_run("@daily", "UTC", at("2026-05-02T00:00:00Z"), &next, err, sizeof err), 0);
    assert_int_equal(next, at("2026-05-03T00:00:00Z"));
}

static void test_tick_fires_once(void **state)
{
    fixture *f = *state;
    int64_t t0 = at("2026-05-01T12:02:00Z");
    int fired = -1;

    save(f->s, "s-0001", "five", "p", "*/5 * * * *", "UTC", t0);
    assert_int_equal(next_of(f->s, "five"), at("2026-05-01T12:05:00Z"));
    /* Not yet due. */
    assert_int_equal(sched_tick(f->s, at("2026-05-01T12:04:59Z"), &fired), 0);
    assert_int_equal(fired, 0);
    /* Due: once, however often the clock says so. */
    assert_int_equal(sched_tick(f->s, at("2026-05-01T12:05:00Z"), &fired), 0);
    assert_int_equal(fired, 1);
    assert_int_equal(sched_tick(f->s, at("2026-05-01T12:05:00Z"), &fired), 0);
    assert_int_equal(fired, 0);
    assert_int_equal(sched_tick(f->s, at("2026-05-01T12:09:59Z"), &fired), 0);
    assert_int_equal(fired, 0);
    assert_int_equal(next_of(f->s, "five"), at("2026-05-01T12:10:00Z"));
    assert_int_equal(sched_tick(f->s, at("2026-05-01T12:10:01Z"), &fired), 0);
    assert_int_equal(fired, 1);
    store_task *runs = NULL;
    assert_int_equal(runs_of(f->s, "five", &runs), 2);
    /* Ids follow the real clock, the runs' times the fake one. */
    store_task *last = runs[0].created_ms > runs[1].created_ms ? &runs[0] : &runs[1];
    assert_int_equal(last->created_ms, at("2026-05-01T12:10:01Z"));
    assert_string_equal(last->project, "p");
    assert_string_equal(last->key_id, "k1");
    assert_string_equal(last->instructions, "[{\"action\":\"open example.com\"}]");
    assert_int_equal(last->step_count, 1);
    assert_int_equal(last->timeout_s, 60);
    store_task_list_free(runs, 2);
}

/* Down for an hour and a half: the twelve-odd runs missed fire as one, and
 * the next run is the first one after now. */
static void test_catch_up_once(void **state)
{
    fixture *f = *state;
    int fired = 0;

    save(f->s, "s-0001", "five", "p", "*/5 * * * *", "UTC", at("2026-05-01T12:02:00Z"));
    assert_int_equal(sched_tick(f->s, at("2026-05-01T13:33:20Z"), &fired), 0);
    assert_int_equal(fired, 1);
    assert_int_equal(next_of(f->s, "five"), at("2026-05-01T13:35:00Z"));
    assert_int_equal(sched_tick(f->s, at("2026-05-01T13:34:00Z"), &fired), 0);
    assert_int_equal(fired, 0);
    assert_int_equal(runs_of(f->s, "five", NULL), 1);
}

/* A restart (the store closed and opened again, a new scheduler) neither
 * repeats a run nor loses one. */
static void test_restart(void **state)
{
    fixture *f = *state;
    char err[256];
    int fired = 0;

    save(f->s, "s-0001", "hourly", "p", "@hourly", "UTC", at("2026-05-01T12:30:00Z"));
    assert_int_equal(sched_tick(f->s, at("2026-05-01T13:00:00Z"), &fired), 0);
    assert_int_equal(fired, 1);
    store_close(f->s);
    assert_int_equal(store_open(f->path, &f->s, err, sizeof err), STORE_OK);
    /* The old process's clock said 13:00 too. */
    assert_int_equal(sched_tick(f->s, at("2026-05-01T13:00:00Z"), &fired), 0);
    assert_int_equal(fired, 0);
    store_close(f->s);
    /* Down over 14:00 and 15:00: one catch-up run when it comes back. */
    assert_int_equal(store_open(f->path, &f->s, err, sizeof err), STORE_OK);
    assert_int_equal(sched_tick(f->s, at("2026-05-01T15:10:00Z"), &fired), 0);
    assert_int_equal(fired, 1);
    assert_int_equal(runs_of(f->s, "hourly", NULL), 2);
    assert_int_equal(next_of(f->s, "hourly"), at("2026-05-01T16:00:00Z"));
}

/* Two schedulers, each with its own store handle on the one file and its
 * own thread, tick through the same three hours of a fake clock minute by
 * minute, racing within each minute (a barrier keeps their clocks
 * together, as real clocks are): every due run fires exactly once between
 * them. */
typedef struct racer {
    const char *path;
    int64_t start;
    int minutes;
    pthread_barrier_t *minute;
    int fired;
    int failed;
} racer;

static void *race(void *arg)
{
    racer *r = arg;
    store *s = NULL;
    char err[256];
    /* A failed open still takes part in the barrier, so the other ends. */
    if (store_open(r->path, &s, err, sizeof err) != STORE_OK) r->failed = 1;
    for (int m = 0; m <= r->minutes; m++) {
        int fired = 0;
        pthread_barrier_wait(r->minute);
        /* Both see each minute, a few ms apart, as two clocks would. */
        if (s && sched_tick(s, r->start + (int64_t)m * 60000 + (m % 3), &fired) != 0) r->failed = 1;
        r->fired += fired;
    }
    store_close(s);
    return NULL;
}

static void test_two_schedulers_exactly_once(void **state)
{
    fixture *f = *state;
    int64_t start = at("2026-05-01T12:00:30Z");
    pthread_barrier_t minute;

    pthread_barrier_init(&minute, NULL, 2);
    save(f->s, "s-0001", "seven", "p", "*/7 * * * *", "UTC", start);
    save(f->s, "s-0002", "hourly", "p", "@hourly", "UTC", start);
    save(f->s, "s-0003", "each", "p", "* * * * *", "UTC", start);
    racer a = {f->path, start, 180, &minute, 0, 0}, b = a;
    pthread_t ta, tb;
    pthread_create(&ta, NULL, race, &a);
    pthread_create(&tb, NULL, race, &b);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    pthread_barrier_destroy(&minute);
    assert_false(a.failed || b.failed);
    /* 12:00:30 to 15:00:32: minutes 12:07, 12:14... (*7 restarts each
     * hour: 0,7,...,56), three hours of them; hourly 13, 14, 15; every
     * minute from 12:01 to 15:00. */
    int sevens = runs_of(f->s, "seven", NULL), hours = runs_of(f->s, "hourly", NULL);
    int each = runs_of(f->s, "each", NULL);
    assert_int_equal(sevens, 8 + 9 + 9 + 1);
    assert_int_equal(hours, 3);
    assert_int_equal(each, 180);
    assert_int_equal(a.fired + b.fired, sevens + hours + each);
    fprintf(stderr, "# runs fired by scheduler A: %d, by B: %d\n", a.fired, b.fired);
    /* No minute has two runs of "each". */
    store_task *runs = NULL;
    int n = runs_of(f->s, "each", &runs);
    static char seen[200];
    for (int i = 0; i < n; i++) {
        int64_t m = (runs[i].created_ms - start) / 60000;
        assert_true(m >= 0 && m < 200);
        assert_false(seen[m]);
        seen[m] = 1;
    }
    store_task_list_free(runs, n);
}

/* A schedule that no longer reads (its zone gone from the system) is turned
 * off instead of failing every pass. */
static void test_broken_schedule_off(void **state)
{
    fixture *f = *state;
    int64_t now = at("2026-05-01T12:00:00Z");
    int fired = 0;
    store_saved t = {.id = "s-0001",
                     .name = "lost zone",
                     .project = "p",
                     .type = TASK_CRAWLER,
                     .instructions = "[]",
                     .geo = "{}",
                     .cron = "@hourly",
                     .timezone = "Mars/Base",
                     .created_ms = now,
                     .next_run_ms = now};
    assert_int_equal(store_saved_insert(f->s, &t), STORE_OK);
    assert_int_equal(sched_tick(f->s, now, &fired), 0);
    assert_int_equal(fired, 0);
    assert_int_equal(next_of(f->s, "lost zone"), 0);
    assert_int_equal(runs_of(f->s, "lost zone", NULL), 0);
}

/* The thread: it asks the injected clock and fires what is due. */
static _Atomic int64_t fake_now;

static int64_t fake_clock(void *ud)
{
    (void)ud;
    return atomic_load(&fake_now);
}

static void test_thread(void **state)
{
    fixture *f = *state;
    sched *s = NULL;
    char err[256];

    atomic_store(&fake_now, at("2026-05-01T12:00:00Z"));
    save(f->s, "s-0001", "hourly", "p", "@hourly", "UTC", atomic_load(&fake_now));
    assert_int_equal(sched_start(f->s, 10, fake_clock, NULL, &s, err, sizeof err), 0);
    util_sleep_ms(100);
    assert_int_equal(runs_of(f->s, "hourly", NULL), 0);
    atomic_store(&fake_now, at("2026-05-01T13:00:00Z"));
    for (int i = 0; i < 200 && runs_of(f->s, "hourly", NULL) == 0; i++)
        util_sleep_ms(10);
    util_sleep_ms(100); /* and no second one */
    assert_int_equal(runs_of(f->s, "hourly", NULL), 1);
    int64_t t0 = util_now_ms();
    sched_stop(s);
    assert_true(util_now_ms() - t0 < 1000);
    sched_stop(NULL);
}

/* The retention sweep runs on one node: the one holding the job's lease;
 * a second node's pass does nothing while that lease runs. */
static void test_retention_once(void **state)
{
    fixture *f = *state;
    int tasks = -1, artifacts = -1;
    int64_t now = util_now_ms();

    assert_int_equal(sched_retention(f->s, "a:1", 30, now, &tasks, &artifacts), 1);
    assert_int_equal(tasks, 0);
    assert_int_equal(artifacts, 0);
    assert_int_equal(sched_retention(f->s, "b:2", 30, now, NULL, NULL), 0);
    assert_int_equal(sched_retention(f->s, "a:1", 0, now, NULL, NULL), 1); /* renews its own */
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_saved_crud),
        T(test_saved_list_pages),
        T(test_saved_fire_cas),
        cmocka_unit_test(test_next_run_errors),
        T(test_tick_fires_once),
        T(test_catch_up_once),
        T(test_restart),
        T(test_two_schedulers_exactly_once),
        T(test_broken_schedule_off),
        T(test_thread),
        T(test_retention_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
