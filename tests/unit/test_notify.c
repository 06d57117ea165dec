/* test_notify.c -- named waiters (util/notify.h): a queued task wakes one
 * idle slot, not all; a slot in the middle of a claim claims again; and,
 * on PostgreSQL (BROWSERAI_TEST_PG, as test_store), tasks queued at once
 * reach as many idle slots of two nodes, every one through a wake-up and
 * none through its poll.
 *
 * The waits here last far longer than any wake-up takes (WAIT_MS), standing
 * in for the slots' poll: a wake-up that is lost shows as a wait that ran
 * out, not as a slow test that passes. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <libpq-fe.h>

#include "store/store.h"
#include "util/notify.h"
#include "util/util.h"
#include "pgdb.h"

#define WAIT_MS 30000
#define MAX_SLOTS 8

/* ---- waiting threads ------------------------------------------------------ */

typedef struct sleeper {
    char name[32];
    pthread_t thread;
    int woken, timed_out; /* under mu */
} sleeper;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *sleeper_main(void *arg)
{
    sleeper *s = arg;
    uint64_t gen = notify_gen_as(s->name);
    int timed_out = notify_wait_as(s->name, gen, WAIT_MS) == gen;
    pthread_mutex_lock(&mu);
    s->woken = 1;
    s->timed_out = timed_out;
    pthread_mutex_unlock(&mu);
    return NULL;
}

/* Until n named waiters wait, or WAIT_MS (they are starting: this is no
 * timing); how many wait then. */
static int until_waiting(int n)
{
    int64_t end = util_mono_ms() + WAIT_MS;
    while (notify_waiting() != n && util_mono_ms() < end)
        util_sleep_ms(5);
    return notify_waiting();
}

static int count_woken(sleeper *v, int n)
{
    int k = 0;
    pthread_mutex_lock(&mu);
    for (int i = 0; i < n; i++)
        k += v[i].woken;
    pthread_mutex_unlock(&mu);
    return k;
}

/* Until k of v have woken, or WAIT_MS. */
static void until_woken(sleeper *v, int n, int k)
{
    int64_t end = util_mono_ms() + WAIT_MS;
    while (count_woken(v, n) < k && util_mono_ms() < end)
        util_sleep_ms(5);
}

static void start(sleeper *v, int n, const char *prefix)
{
    for (int i = 0; i < n; i++) {
        memset(&v[i], 0, sizeof v[i]);
        snprintf(v[i].name, sizeof v[i].name, "%s/%d", prefix, i);
        assert_int_equal(pthread_create(&v[i].thread, NULL, sleeper_main, &v[i]), 0);
    }
}

static void join(sleeper *v, int n)
{
    for (int i = 0; i < n; i++) {
        pthread_join(v[i].thread, NULL);
        assert_false(v[i].timed_out);
        notify_busy(v[i].name); /* as a slot that took a task */
    }
}

/* ---- the rules ------------------------------------------------------------- */

/* Before any slot waits under a name, a queued task is left to a bump: the
 * caller wakes every waiter, as before. (First: the names are for good.) */
static void test_queue_without_names(void **state)
{
    assert_int_equal(notify_queue(), -1);
}

/* A queued task wakes one idle slot; the next, another. */
static void test_queue_wakes_one(void **state)
{
    sleeper v[4];
    start(v, 4, "one");
    assert_int_equal(until_waiting(4), 4);
    assert_int_equal(notify_queue(), 1);
    until_woken(v, 4, 1);
    assert_int_equal(count_woken(v, 4), 1);
    /* The others still sleep: a wake-up for them would come at once. */
    assert_int_equal(until_waiting(3), 3);
    assert_int_equal(notify_queue(), 1);
    assert_int_equal(notify_queue(), 1);
    assert_int_equal(notify_queue(), 1);
    until_woken(v, 4, 4);
    join(v, 4);
    /* None waits: nobody to wake. */
    assert_int_equal(notify_queue(), 0);
}

/* The slot that waited longest goes first. */
static void test_queue_oldest_first(void **state)
{
    sleeper v[2];
    start(v, 1, "old");
    assert_int_equal(until_waiting(1), 1);
    start(v + 1, 1, "new");
    assert_int_equal(until_waiting(2), 2);
    assert_int_equal(notify_queue(), 1);
    until_woken(v, 2, 1);
    assert_int_equal(count_woken(v, 2), 1);
    assert_true(v[0].woken);
    assert_int_equal(notify_queue(), 1);
    until_woken(v, 2, 2);
    join(v, 2);
}

/* A slot in the middle of a claim (armed) when a task is queued claims
 * again instead of waiting: its claim may have looked before the task was
 * there. Had it taken a task, it passes the wake-up on. */
static void test_armed_claims_again(void **state)
{
    uint64_t gen = notify_gen_as("armed/0");
    assert_int_equal(notify_queue(), 0); /* nobody waits, but it is reached */
    assert_int_not_equal(notify_wait_as("armed/0", gen, WAIT_MS), gen);

    gen = notify_gen_as("armed/0");
    assert_int_equal(notify_busy("armed/0"), 0); /* nothing came meanwhile */
    gen = notify_gen_as("armed/0");
    notify_queue();
    assert_int_equal(notify_busy("armed/0"), 1); /* pass it on */
    /* Busy, it is not reached: the next idle one is. */
    assert_int_equal(notify_queue(), 0);
    gen = notify_gen_as("armed/0");
    assert_int_equal(notify_busy("armed/0"), 0);
    (void)gen;
}

/* Every bump still wakes every waiter, named or not. */
static void test_bump_wakes_all(void **state)
{
    sleeper v[3];
    start(v, 3, "bump");
    assert_int_equal(until_waiting(3), 3);
    uint64_t gen = notify_gen();
    notify_bump();
    assert_int_not_equal(notify_wait(gen, WAIT_MS), gen);
    until_woken(v, 3, 3);
    join(v, 3);
}

/* ---- on PostgreSQL: two nodes ------------------------------------------------ */

typedef struct slot {
    store *st;
    char name[32];
    pthread_t thread;
    int claimed, polls; /* the slot thread's until joined */
    char task[UTIL_ID_LEN];
} slot;

/* Claim as a worker slot does (worker.c), until one task is taken; a wait
 * that runs out is a poll this test counts. */
static void *slot_main(void *arg)
{
    slot *s = arg;
    for (unsigned n = 1; !s->claimed; n++) {
        char worker[48];
        store_task t = {0};
        snprintf(worker, sizeof worker, "%s#%u", s->name, n);
        uint64_t gen = notify_gen_as(s->name);
        int rc = store_task_claim(s->st, worker, 60000, &t);
        if (rc == STORE_OK) {
            s->claimed = 1;
            util_strlcpy(s->task, t.id, sizeof s->task);
        } else if (notify_wait_as(s->name, gen, WAIT_MS) == gen) {
            s->polls++;
        }
        store_task_free(&t);
    }
    return NULL;
}

/* The process's own database (pgdb.h), a URL naming it. */
static char pg_db[64], pg_store_url[1024];

static int pg_setup(void **state)
{
    return pgdb_create("test_notify", pg_db, sizeof pg_db, pg_store_url, sizeof pg_store_url);
}

static int pg_teardown(void **state)
{
    pgdb_drop(pg_db);
    return 0;
}

/* N tasks queued at once, N idle slots on two nodes (each node a store
 * handle with its own listener): every slot takes one task, woken by a
 * notification, none by its poll. */
static void test_pg_tasks_reach_idle_slots(void **state)
{
    enum { PER_NODE = 3, N = 2 * PER_NODE };
    store *nodes[2], *api;
    slot v[N];
    char err[256];

    for (int i = 0; i < 2; i++)
        assert_int_equal(store_open(pg_store_url, &nodes[i], err, sizeof err), STORE_OK);
    assert_int_equal(store_open(pg_store_url, &api, err, sizeof err), STORE_OK);
    int base = notify_waiting();
    for (int i = 0; i < N; i++) {
        memset(&v[i], 0, sizeof v[i]);
        v[i].st = nodes[i / PER_NODE];
        snprintf(v[i].name, sizeof v[i].name, "node%d/%d", i / PER_NODE, i % PER_NODE);
        assert_int_equal(pthread_create(&v[i].thread, NULL, slot_main, &v[i]), 0);
    }
    assert_int_equal(until_waiting(base + N), base + N); /* each found nothing */
    for (int i = 0; i < N; i++) {
        char id[UTIL_ID_LEN];
        util_new_id(id);
        store_task t = {.id = id,
                        .project = "p",
                        .key_id = "",
                        .type = TASK_CRAWLER,
                        .instructions = "[{\"action\":\"open example.com\"}]",
                        .step_count = 1,
                        .timeout_s = 60,
                        .created_ms = util_now_ms(),
                        .progress = "queued"};
        assert_int_equal(store_task_insert(api, &t, 0), STORE_OK);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(v[i].thread, NULL);
        assert_true(v[i].claimed);
        assert_int_equal(v[i].polls, 0);
        for (int j = 0; j < i; j++)
            assert_string_not_equal(v[i].task, v[j].task);
    }
    store_close(api);
    for (int i = 0; i < 2; i++)
        store_close(nodes[i]);
}

static void test_pg_missing(void **state)
{
    skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_queue_without_names),
        cmocka_unit_test(test_queue_wakes_one),
        cmocka_unit_test(test_queue_oldest_first),
        cmocka_unit_test(test_armed_claims_again),
        cmocka_unit_test(test_bump_wakes_all),
    };
    const struct CMUnitTest pg_tests[] = {cmocka_unit_test(test_pg_tasks_reach_idle_slots)};
    const struct CMUnitTest pg_missing[] = {cmocka_unit_test(test_pg_missing)};
    int failed = cmocka_run_group_tests_name("notify", tests, NULL, NULL);
    if (getenv("BROWSERAI_TEST_PG"))
        failed +=
            cmocka_run_group_tests_name("notify on PostgreSQL", pg_tests, pg_setup, pg_teardown);
    else
        failed += cmocka_run_group_tests_name("notify on PostgreSQL", pg_missing, NULL, NULL);
    return failed;
}
