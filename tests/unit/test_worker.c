/* test_worker.c -- the worker, the task executor and the browser pool on
 * their unhappy paths, with fake pages and browsers (browser/page_impl.h,
 * browser_ops) and a real SQLite store whose ops are patched to stall or
 * fail on demand:
 *   - a stop decided about one task never lands on the slot's next task;
 *   - a lease lost while the worker is alive stops the task quietly;
 *   - a result row the store refuses fails the task with the reason;
 *   - the health probe kills a hung browser; retirement by memory and by
 *     page count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "browser/page_impl.h"
#include "browser/pool.h"
#include "config.h"
#include "store/backend.h"
#include "task/session.h"
#include "util/proc.h"
#include "util/util.h"
#include "worker/worker.h"

/* ---- a fake page: every call succeeds, until aborted ---------------------- */

typedef struct fpage {
    page base;
    atomic_int aborted;
} fpage;

static atomic_int pages_aborted;

static int fp_set_place(page *p, const char *tz, const char *locale, double lat, double lon,
                        char *err, size_t errlen)
{
    return 0;
}
static void fp_close(page *p)
{
    free(p);
}
static void fp_abort(page *p)
{
    atomic_store(&((fpage *)p)->aborted, 1);
    atomic_fetch_add(&pages_aborted, 1);
}
static int fp_alive(page *p)
{
    return 1;
}
static int fp_status(page *p, char *err, size_t errlen)
{
    if (!atomic_load(&((fpage *)p)->aborted)) return 0;
    snprintf(err, errlen, "aborted");
    return -1;
}
static int fp_navigate(page *p, const char *url, int timeout_ms, int *status, char *err,
                       size_t errlen)
{
    *status = 200;
    return fp_status(p, err, errlen);
}
static int fp_eval(page *p, const char *expr, int timeout_ms, json_t **out, char *err,
                   size_t errlen)
{
    if (out) *out = json_string("Fake page");
    return fp_status(p, err, errlen);
}
static int fp_screenshot(page *p, int full, const double *box, int timeout_ms, void **png,
                         size_t *len, char *err, size_t errlen)
{
    *png = xstrdup("\x89PNG");
    *len = 4;
    return fp_status(p, err, errlen);
}
static int fp_call(page *p, const char *method, json_t *params, int timeout_ms, json_t **out,
                   char *err, size_t errlen)
{
    json_decref(params);
    if (out) *out = json_object();
    return fp_status(p, err, errlen);
}
static int fp_settle(page *p, int nav_timeout_ms, int quiet_max_ms)
{
    char err[16];
    return fp_status(p, err, sizeof err);
}
static int fp_history(page *p, int delta, int timeout_ms, char *err, size_t errlen)
{
    return fp_status(p, err, errlen);
}
static int fp_html(page *p, int timeout_ms, char **html, char *err, size_t errlen)
{
    *html = xstrdup("<html></html>");
    return fp_status(p, err, errlen);
}
static json_t *fp_console(page *p)
{
    return json_array();
}
static json_t *fp_state(page *p, int timeout_ms)
{
    return json_pack("{s:s, s:s, s:[]}", "url", "about:blank", "title", "Fake page", "tabs");
}

static const page_ops fake_page_ops = {
    .set_place = fp_set_place,
    .close = fp_close,
    .abort = fp_abort,
    .alive = fp_alive,
    .navigate = fp_navigate,
    .eval = fp_eval,
    .agent_eval = fp_eval,
    .screenshot = fp_screenshot,
    .call = fp_call,
    .settle = fp_settle,
    .history = fp_history,
    .html = fp_html,
    .console_take = fp_console,
    .state = fp_state,
};

/* ---- a fake browser: hangs, grows or dies on demand ------------------------ */

typedef struct fbrowser {
    atomic_int hung, killed, closed;
    atomic_long rss_kib;
} fbrowser;

static atomic_int launches, closes, kills;
static fbrowser *last_launched;

static atomic_int launch_held;    /* a launch waits while this is set */
static atomic_int launch_waiting; /* a launch is waiting */

static int fb_launch(void *ud, void **b, char *err, size_t errlen)
{
    atomic_store(&launch_waiting, 1);
    while (atomic_load(&launch_held))
        util_sleep_ms(5);
    atomic_store(&launch_waiting, 0);
    atomic_fetch_add(&launches, 1);
    *b = last_launched = xcalloc(1, sizeof(fbrowser));
    return 0;
}
static int fb_open(void *b, int allow_private, const char *proxy, page **pg, char *err,
                   size_t errlen)
{
    fpage *p = xcalloc(1, sizeof *p);
    p->base.ops = &fake_page_ops;
    *pg = &p->base;
    return 0;
}
static int fb_alive(void *b)
{
    return !atomic_load(&((fbrowser *)b)->killed);
}
static int fb_probe(void *b, int timeout_ms)
{
    return atomic_load(&((fbrowser *)b)->hung) ? -1 : 0;
}
static long fb_rss(void *b)
{
    return atomic_load(&((fbrowser *)b)->rss_kib);
}
static pid_t fb_pid(void *b)
{
    return 4242;
}
static void fb_kill(void *b)
{
    atomic_fetch_add(&kills, 1);
    atomic_store(&((fbrowser *)b)->killed, 1);
}
static void fb_close(void *b)
{
    atomic_fetch_add(&closes, 1);
    free(b);
}

static const browser_ops fake_browser_ops = {
    fb_launch, fb_open, fb_alive, fb_probe, fb_rss, fb_pid, fb_kill, fb_close};

/* ---- a real store, with hooks ------------------------------------------- */

typedef struct world {
    char dir[64];
    store *st;
    config cfg;
    engine *e;
    struct store_ops ops; /* the store's ops with the hooks below */
    const struct store_ops *orig;
} world;

static world *W; /* the hooks' way back to the test */
static pthread_mutex_t hook_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t hook_cv = PTHREAD_COND_INITIALIZER;
static char claimed[8][UTIL_ID_LEN];
static int nclaimed;
/* Hooks' settings, per test. */
static char renew_wait_for[UTIL_ID_LEN]; /* renewing: wait until this is claimed */
static char renew_refuse[UTIL_ID_LEN];   /* renewing this: refused (another node has it) */
static int fail_result_index = -1;       /* this step's row is refused */

static int hook_claim(store *s, const char *worker, const char *node, int64_t lease_ms,
                      int sessions_ok, store_task *out)
{
    int rc = W->orig->task_claim(s, worker, node, lease_ms, sessions_ok, out);
    if (rc == STORE_OK) {
        pthread_mutex_lock(&hook_mu);
        if (nclaimed < 8) util_strlcpy(claimed[nclaimed++], out->id, UTIL_ID_LEN);
        pthread_cond_broadcast(&hook_cv);
        pthread_mutex_unlock(&hook_mu);
    }
    return rc;
}

static int was_claimed(const char *id)
{
    for (int i = 0; i < nclaimed; i++)
        if (!strcmp(claimed[i], id)) return 1;
    return 0;
}

/* Wait (at most ms) until task id is claimed. */
static int wait_claimed(const char *id, int ms)
{
    int64_t end = util_mono_ms() + ms;
    pthread_mutex_lock(&hook_mu);
    while (!was_claimed(id) && util_mono_ms() < end) {
        struct timespec ts = util_deadline_ts(50);
        pthread_cond_timedwait(&hook_cv, &hook_mu, &ts);
    }
    int ok = was_claimed(id);
    pthread_mutex_unlock(&hook_mu);
    return ok;
}

/* The claim is in the store before the slot begins its task: the
 * heartbeat sees the task once the slot is busy. (A slow build, such as
 * ThreadSanitizer's, took long enough for a first beat to find no task,
 * and the second only noted it instead of renewing.) */
static void wait_begun(world *w)
{
    int64_t end = util_mono_ms() + 5000;
    while (!engine_busy(w->e) && util_mono_ms() < end)
        util_sleep_ms(1);
}

static int hook_renew(store *s, const char *id, const char *worker, int64_t lease_ms)
{
    /* The renewal spans the slot's next claim: the window of defect 1. */
    if (renew_wait_for[0] && strcmp(id, renew_wait_for) != 0) wait_claimed(renew_wait_for, 10000);
    if (!strcmp(id, renew_refuse)) return STORE_ECONFLICT;
    return W->orig->task_renew(s, id, worker, lease_ms);
}

static int hook_result_put(store *s, const char *task_id, const char *worker, const store_result *r)
{
    if (r->index == fail_result_index) return STORE_EDB;
    return W->orig->result_put(s, task_id, worker, r);
}

static void world_start(world *w, const char *lease)
{
    memset(w, 0, sizeof *w);
    W = w;
    nclaimed = 0;
    renew_wait_for[0] = renew_refuse[0] = '\0';
    fail_result_index = -1;
    atomic_store(&pages_aborted, 0);
    snprintf(w->dir, sizeof w->dir, "/tmp/bai-worker-XXXXXX");
    assert_non_null(mkdtemp(w->dir));
    char path[128], err[256] = "";
    snprintf(path, sizeof path, "%s/t.db", w->dir);
    assert_int_equal(store_sqlite_open(path, &w->st, err, sizeof err), STORE_OK);
    w->orig = w->st->ops;
    w->ops = *w->orig;
    w->ops.task_claim = hook_claim;
    w->ops.task_renew = hook_renew;
    w->ops.result_put = hook_result_put;
    w->st->ops = &w->ops;
    char *argv[] = {"test",
                    "--workers",
                    "1",
                    "--lease",
                    (char *)lease,
                    "--max-attempts",
                    "1",
                    "--planner",
                    "rules",
                    "--data-dir",
                    w->dir,
                    NULL};
    int nargs = 0, help = 0;
    assert_int_equal(config_load(&w->cfg, CFG_SERVE, 11, argv, &nargs, &help, err, sizeof err), 0);
    engine_opts o = {.st = w->st,
                     .cfg = &w->cfg,
                     .node = "test",
                     .browser_ops = &fake_browser_ops,
                     .no_scripts = 1,
                     .no_heartbeat = 1};
    assert_int_equal(engine_start_with(&o, &w->e, err, sizeof err), 0);
}

static void world_stop(world *w)
{
    engine_stop(w->e, 0);
    store_close(w->st);
    config_free(&w->cfg);
    proc_rm_tree(w->dir);
}

/* Queue a crawler task of one instruction per action; its id into id. */
static void submit(world *w, const char *actions_json, char id[UTIL_ID_LEN])
{
    store_task t = {0};
    util_new_id(id);
    t.id = id;
    t.project = "p";
    t.type = TASK_CRAWLER;
    t.instructions = (char *)actions_json;
    t.geo = "{\"country\":\"US\"}";
    t.timeout_s = 60;
    t.step_count = 1;
    t.created_ms = util_now_ms();
    assert_int_equal(store_task_insert(w->st, &t, 100), STORE_OK);
}

/* The task's status once it is no longer queued or running (waits at most
 * ms), or TASK_RUNNING. */
static task_status wait_end(world *w, const char *id, int ms, store_task *out)
{
    int64_t end = util_mono_ms() + ms;
    for (;;) {
        store_task t = {0};
        assert_int_equal(store_task_get(w->st, id, NULL, &t), STORE_OK);
        task_status st = t.status;
        if ((st != TASK_QUEUED && st != TASK_RUNNING) || util_mono_ms() >= end) {
            if (out)
                *out = t;
            else
                store_task_free(&t);
            return st;
        }
        store_task_free(&t);
        util_sleep_ms(20);
    }
}

/* ---- the tests --------------------------------------------------------------- */

/* Defect 1: the heartbeat renews task A's lease; the renewal spans the
 * slot's end of A and its claim of B, then fails (A is over). The stop it
 * decides is about A: B must run to its end, not be dropped as lost. */
static void test_stop_names_its_claim(void **state)
{
    world w;
    world_start(&w, "1");
    char a[UTIL_ID_LEN], b[UTIL_ID_LEN];
    submit(&w, "[{\"action\":\"wait 1 second\"}]", a);
    util_sleep_ms(2); /* B after A in the queue */
    submit(&w, "[{\"action\":\"wait 1 second\"}]", b);
    assert_true(wait_claimed(a, 5000));
    wait_begun(&w);
    util_strlcpy(renew_wait_for, b, sizeof renew_wait_for);
    engine_heartbeat_once(w.e); /* sees A's claim */
    util_sleep_ms(400);         /* past lease/3: A is due for renewal */
    engine_heartbeat_once(w.e); /* renews A, returns once B was claimed */
    assert_true(was_claimed(b));
    store_task t = {0};
    assert_int_equal(wait_end(&w, b, 10000, &t), TASK_FINALIZED);
    assert_null(t.error);
    store_task_free(&t);
    assert_int_equal(wait_end(&w, a, 1000, NULL), TASK_FINALIZED);
    world_stop(&w);
}

/* A lease lost while the worker lives (another node took the task): the
 * task stops at once and quietly; this worker writes no end for it. */
static void test_lease_lost(void **state)
{
    world w;
    world_start(&w, "1");
    char a[UTIL_ID_LEN];
    submit(&w, "[{\"action\":\"wait 20 seconds\"}]", a);
    assert_true(wait_claimed(a, 5000));
    wait_begun(&w);
    util_strlcpy(renew_refuse, a, sizeof renew_refuse);
    engine_heartbeat_once(w.e);
    util_sleep_ms(400);
    int64_t t0 = util_mono_ms();
    engine_heartbeat_once(w.e);
    while (engine_busy(w.e) > 0 && util_mono_ms() - t0 < 5000)
        util_sleep_ms(20);
    assert_int_equal(engine_busy(w.e), 0); /* the slot let go of it */
    assert_true(atomic_load(&pages_aborted) >= 1);
    store_task t = {0};
    assert_int_equal(store_task_get(w.st, a, NULL, &t), STORE_OK);
    assert_int_equal(t.status, TASK_RUNNING); /* the other node's to end */
    store_task_free(&t);
    world_stop(&w);
}

/* A result row the store refuses (step 2 of 3): the task fails, saying
 * which step's result was lost, and runs no further step. */
static void test_store_write_fails(void **state)
{
    world w;
    world_start(&w, "5");
    fail_result_index = 1;
    char a[UTIL_ID_LEN];
    submit(&w,
           "[{\"action\":\"wait 1 second\"},{\"action\":\"wait 1 second\"},"
           "{\"action\":\"wait 1 second\"}]",
           a);
    store_task t = {0};
    assert_int_equal(wait_end(&w, a, 10000, &t), TASK_FAILED);
    assert_non_null(t.error);
    assert_non_null(strstr(t.error, "could not record step 2"));
    store_task_free(&t);
    store_result *rows = NULL;
    int n = 0;
    assert_int_equal(store_results(w.st, a, 0, &rows, &n), STORE_OK);
    assert_int_equal(n, 1); /* step 1's row; step 3 never ran */
    for (int i = 0; i < n; i++)
        store_result_free(&rows[i]);
    free(rows);
    world_stop(&w);
}

/* ---- the pool --------------------------------------------------------------- */

static pool *pool_for_test_cold(long max_pages, long max_rss_mib, long cold_after_ms)
{
    pool_opts o = {.ops = &fake_browser_ops,
                   .cold_after_ms = cold_after_ms,
                   .browsers = 1,
                   .slots = 1,
                   .max_pages = max_pages,
                   .max_rss_mib = max_rss_mib,
                   .health_every_ms = 3600 * 1000, /* the test runs the check */
                   .probe_ms = 100};
    atomic_store(&launches, 0);
    atomic_store(&closes, 0);
    atomic_store(&kills, 0);
    return pool_start(&o);
}

static pool *pool_for_test(long max_pages, long max_rss_mib)
{
    return pool_for_test_cold(max_pages, max_rss_mib, 0);
}

static void take(pool *p, page **pg, pool_browser **b)
{
    int launched, prepared;
    char err[256];
    assert_int_equal(pool_take(p, 0, NULL, pg, b, &launched, &prepared, err, sizeof err), 0);
}

/* The browser that stops answering the probe is killed and replaced. */
static void test_health_kills_hung_browser(void **state)
{
    pool *p = pool_for_test(1000, 100000);
    page *pg;
    pool_browser *b;
    take(p, &pg, &b);
    assert_int_equal(atomic_load(&launches), 1);
    fbrowser *fb = last_launched;
    atomic_store(&fb->hung, 1);
    pool_health_check(p);
    assert_int_equal(atomic_load(&kills), 1);
    assert_int_equal(atomic_load(&closes), 0); /* our page still holds it */
    pool_put(p, pg, b);
    assert_int_equal(atomic_load(&closes), 1); /* the last page let go */
    take(p, &pg, &b);
    assert_int_equal(atomic_load(&launches), 2);
    pool_put(p, pg, b);
    pool_stop(p);
    assert_int_equal(atomic_load(&closes), 2);
}

/* Past the memory limit: retired (no new pages), closed after its last. */
static void test_retire_by_memory(void **state)
{
    pool *p = pool_for_test(1000, 100);
    page *pg1, *pg2;
    pool_browser *b1, *b2;
    take(p, &pg1, &b1);
    fbrowser *fb = last_launched;
    atomic_store(&fb->rss_kib, 200 * 1024);
    pool_health_check(p);
    assert_int_equal(atomic_load(&kills), 0);
    take(p, &pg2, &b2);
    assert_int_equal(atomic_load(&launches), 2);
    assert_true(b1 != b2);
    assert_int_equal(atomic_load(&closes), 0);
    pool_put(p, pg1, b1);
    assert_int_equal(atomic_load(&closes), 1);
    pool_put(p, pg2, b2);
    pool_stop(p);
}

/* A browser serves max_pages pages, then a new one takes its place. */
static void test_retire_by_page_count(void **state)
{
    pool *p = pool_for_test(2, 100000);
    page *pg;
    pool_browser *b;
    for (int i = 0; i < 5; i++) {
        take(p, &pg, &b);
        pool_put(p, pg, b);
    }
    assert_int_equal(atomic_load(&launches), 3); /* pages 1-2, 3-4, 5 */
    assert_int_equal(atomic_load(&closes), 2);
    pool_stop(p);
    assert_int_equal(atomic_load(&closes), 3);
}

static void *take_thread(void *arg)
{
    page *pg;
    pool_browser *b;
    take(arg, &pg, &b);
    pool_put(arg, pg, b);
    return NULL;
}

static atomic_int counted;

static void *count_thread(void *arg)
{
    int browsers, prepared;
    pool_counts(arg, &browsers, &prepared);
    atomic_store(&counted, 1);
    return NULL;
}

/* Defect 3: a launch (up to 30 s) held the pool's one lock, stalling every
 * other slot's page checks, task ends and /metrics. Now the count answers
 * while a launch is still under way (before the fix it waited for it). */
static void test_launch_outside_lock(void **state)
{
    pool *p = pool_for_test(1000, 100000);
    atomic_store(&launch_held, 1);
    atomic_store(&counted, 0);
    pthread_t t, c;
    pthread_create(&t, NULL, take_thread, p);
    while (!atomic_load(&launch_waiting))
        util_sleep_ms(5);
    pthread_create(&c, NULL, count_thread, p);
    for (int i = 0; i < 1000 && !atomic_load(&counted); i++)
        util_sleep_ms(10);
    int answered = atomic_load(&counted);
    atomic_store(&launch_held, 0); /* let the launch finish either way */
    pthread_join(t, NULL);
    pthread_join(c, NULL);
    assert_true(answered);
    pool_stop(p);
}

/* The session registry holds places for claims that may open a session, so
 * a node's slots never park more pages than it may hold; a place given up
 * (the task did not park) is free again. */
/* A pool with cold_after_ms launches nothing until a page is taken, keeps
 * a page ready while warm, and when a task has not come for that long lets
 * the page go and closes the browser; the next task launches a new one. */
static void test_cold_pool(void **state)
{
    pool *p = pool_for_test_cold(1000, 100000, 300);
    int browsers, prepared;
    pool_prepare(p, 0);
    util_sleep_ms(150);
    assert_int_equal(atomic_load(&launches), 0); /* nothing before the first task */
    page *pg;
    pool_browser *b;
    take(p, &pg, &b);
    assert_int_equal(atomic_load(&launches), 1);
    pool_put(p, pg, b);
    pool_prepare(p, 0); /* warm: the next task's page */
    pool_counts(p, &browsers, &prepared);
    assert_int_equal(browsers, 1);
    assert_int_equal(prepared, 1);
    util_sleep_ms(400); /* cold now */
    pool_prepare(p, 0); /* the slot lets its page go... */
    for (int i = 0; i < 100 && atomic_load(&closes) == 0; i++)
        util_sleep_ms(10); /* ...and the health thread closes the browser */
    pool_counts(p, &browsers, &prepared);
    assert_int_equal(browsers, 0);
    assert_int_equal(prepared, 0);
    assert_int_equal(atomic_load(&closes), 1);
    take(p, &pg, &b);
    assert_int_equal(atomic_load(&launches), 2);
    pool_put(p, pg, b);
    pool_stop(p);
}

static void test_session_places(void **state)
{
    (void)state;
    session_reg *g = session_reg_new(NULL, 2);
    int a = session_reserve(g), b = session_reserve(g);
    assert_true(a >= 0 && b >= 0 && a != b);
    assert_int_equal(session_reserve(g), -1);
    assert_false(session_room(g));
    session_bind(g, a, "0000000000aaaaaaaaaaaaaaaaaaaaaaaaaa");
    /* Reserved, not parked: no follow-up may take it, the heartbeat sees none. */
    page *pg = NULL;
    pool_browser *pb = NULL;
    char worker[32];
    assert_int_equal(
        session_take(g, "0000000000aaaaaaaaaaaaaaaaaaaaaaaaaa", 0, &pg, &pb, worker, sizeof worker),
        -1);
    int n = -1;
    free(session_list(g, &n));
    assert_int_equal(n, 0);
    session_unreserve(g, a);
    assert_true(session_room(g));
    assert_int_equal(session_count(g), 1);
    session_unreserve(g, b);
    session_unreserve(g, -1); /* no place: nothing */
    assert_int_equal(session_count(g), 0);
    session_reg_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stop_names_its_claim),
        cmocka_unit_test(test_lease_lost),
        cmocka_unit_test(test_store_write_fails),
        cmocka_unit_test(test_health_kills_hung_browser),
        cmocka_unit_test(test_retire_by_memory),
        cmocka_unit_test(test_retire_by_page_count),
        cmocka_unit_test(test_launch_outside_lock),
        cmocka_unit_test(test_cold_pool),
        cmocka_unit_test(test_session_places),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
