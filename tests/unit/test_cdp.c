/* test_cdp.c -- the CDP framer (pure) and the client against a real
 * headless Chromium (skipped when none is installed; BROWSERAI_CHROMIUM
 * overrides /usr/bin/chromium-headless-shell). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "cdp/cdp.h"
#include "util/util.h"

/* A bound on calls that should succeed, not a speed test: generous, since
 * the suite also runs under ThreadSanitizer on a loaded machine (an 8 MiB
 * reply once took longer than 10 s there). */
#define T_CALL_MS 60000

/* ---- framer ----------------------------------------------------------- */

typedef struct collected {
    char *msg[16];
    size_t n;
} collected;

static void collect(void *ud, const char *msg, size_t len)
{
    collected *col = ud;

    assert_int_equal(msg[len], '\0');
    assert_int_equal(strlen(msg), len);
    assert_true(col->n < 16);
    col->msg[col->n++] = xstrndup(msg, len);
}

static void collected_free(collected *col)
{
    size_t i;

    for (i = 0; i < col->n; i++)
        free(col->msg[i]);
    col->n = 0;
}

/* Feeds s (of n bytes, NULs included) in pieces of `step` bytes. */
static void feed_steps(cdp_framer *f, const char *s, size_t n, size_t step, collected *col)
{
    size_t off;

    for (off = 0; off < n; off += step)
        cdp_framer_feed(f, s + off, n - off < step ? n - off : step, collect, col);
}

static void test_framer_single(void **state)
{
    static const char in[] = "{\"id\":1,\"result\":{}}";
    cdp_framer f;
    collected col = {0};

    cdp_framer_init(&f, 0);
    cdp_framer_feed(&f, in, sizeof(in), collect, &col);
    assert_int_equal(col.n, 1);
    assert_string_equal(col.msg[0], in);
    assert_int_equal(f.dropped, 0);
    collected_free(&col);
    cdp_framer_free(&f);
}

static void test_framer_many_in_one_chunk(void **state)
{
    static const char in[] = "a\0bb\0ccc\0{}";
    cdp_framer f;
    collected col = {0};

    cdp_framer_init(&f, 0);
    /* sizeof - 1: the last message has no NUL yet */
    cdp_framer_feed(&f, in, sizeof(in) - 1, collect, &col);
    assert_int_equal(col.n, 3);
    assert_string_equal(col.msg[0], "a");
    assert_string_equal(col.msg[1], "bb");
    assert_string_equal(col.msg[2], "ccc");
    cdp_framer_feed(&f, "", 1, collect, &col);
    assert_int_equal(col.n, 4);
    assert_string_equal(col.msg[3], "{}");
    collected_free(&col);
    cdp_framer_free(&f);
}

static void test_framer_byte_by_byte(void **state)
{
    static const char in[] = "{\"method\":\"Page.loadEventFired\"}\0second";
    cdp_framer f;
    collected col = {0};

    cdp_framer_init(&f, 0);
    feed_steps(&f, in, sizeof(in), 1, &col);
    assert_int_equal(col.n, 2);
    assert_string_equal(col.msg[0], "{\"method\":\"Page.loadEventFired\"}");
    assert_string_equal(col.msg[1], "second");
    collected_free(&col);
    cdp_framer_free(&f);
}

static void test_framer_empty_skipped(void **state)
{
    static const char in[] = "\0\0x\0\0\0y";
    cdp_framer f;
    collected col = {0};
    size_t step;

    for (step = 1; step <= sizeof(in); step++) {
        cdp_framer_init(&f, 0);
        feed_steps(&f, in, sizeof(in), step, &col);
        assert_int_equal(col.n, 2);
        assert_string_equal(col.msg[0], "x");
        assert_string_equal(col.msg[1], "y");
        assert_int_equal(f.dropped, 0);
        collected_free(&col);
        cdp_framer_free(&f);
    }
}

static void test_framer_oversized_dropped(void **state)
{
    static const char in[] = "0123456789\0ok\0abcdefghijklmnop\0fine";
    cdp_framer f;
    collected col = {0};
    size_t step;

    /* Every split: in one chunk, byte by byte, and across chunk borders. */
    for (step = 1; step <= sizeof(in); step++) {
        cdp_framer_init(&f, 8);
        feed_steps(&f, in, sizeof(in), step, &col);
        assert_int_equal(col.n, 2);
        assert_string_equal(col.msg[0], "ok");
        assert_string_equal(col.msg[1], "fine");
        assert_int_equal(f.dropped, 2);
        assert_true(f.cap <= 9);
        collected_free(&col);
        cdp_framer_free(&f);
    }
}

static void test_framer_exact_limit(void **state)
{
    static const char in[] = "01234567\0"
                             "012345678\0"
                             "z";
    cdp_framer f;
    collected col = {0};
    size_t step;

    for (step = 1; step <= sizeof(in); step++) {
        cdp_framer_init(&f, 8);
        feed_steps(&f, in, sizeof(in), step, &col);
        assert_int_equal(col.n, 2);
        assert_string_equal(col.msg[0], "01234567");
        assert_string_equal(col.msg[1], "z");
        assert_int_equal(f.dropped, 1);
        collected_free(&col);
        cdp_framer_free(&f);
    }
}

static void test_framer_free_midway(void **state)
{
    cdp_framer f;
    collected col = {0};

    cdp_framer_init(&f, 0);
    cdp_framer_feed(&f, "partial", 7, collect, &col);
    assert_int_equal(col.n, 0);
    cdp_framer_free(&f);
    cdp_framer_free(NULL);
}

/* ---- helpers for the browser tests ------------------------------------- */

static const char *chromium_path(void)
{
    const char *p = getenv("BROWSERAI_CHROMIUM");

    if (!p || !*p) p = "/usr/bin/chromium-headless-shell";
    return access(p, X_OK) == 0 ? p : NULL;
}

#define NEED_CHROMIUM()                                                                            \
    do {                                                                                           \
        if (!chromium_path()) {                                                                    \
            skip();                                                                                \
        }                                                                                          \
    } while (0)

static cdp *launch(void)
{
    cdp_opts o = {.chromium = chromium_path(), .launch_timeout_ms = 30000};
    char err[256] = "";
    cdp *c = NULL;
    int64_t t0 = util_mono_ms();
    int rc = cdp_launch(&o, &c, err, sizeof(err));

    if (rc != CDP_OK) fail_msg("launch: %s", err);
    print_message(
        "launched chromium pid %d in %lld ms\n", (int)cdp_pid(c), (long long)(util_mono_ms() - t0));
    return c;
}

/* Calls and expects success; returns the result (caller decrefs). */
static json_t *call_ok(cdp *c, const char *session, const char *method, json_t *params)
{
    char err[512] = "";
    json_t *res = NULL;
    int rc = cdp_call(c, session, method, params, T_CALL_MS, &res, err, sizeof(err));

    if (rc != CDP_OK) fail_msg("%s: rc %d: %s", method, rc, err);
    return res;
}

/* The browser's --user-data-dir, read from its command line. */
static char *profile_of(pid_t pid)
{
    char path[64], cmd[16384];
    const char *flag = "--user-data-dir=";
    ssize_t n, i;
    int fd;

    snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
    fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    n = read(fd, cmd, sizeof(cmd) - 1);
    close(fd);
    if (n <= 0) return NULL;
    cmd[n] = '\0';
    for (i = 0; i < n; i += (ssize_t)strlen(cmd + i) + 1)
        if (strncmp(cmd + i, flag, strlen(flag)) == 0) return xstrdup(cmd + i + strlen(flag));
    return NULL;
}

/* Event recorder: a session handler that keeps the methods it saw. */
typedef struct recorder {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    char *methods[256];
    size_t n;
    char console[64];
    int sleep_ms; /* the handler sleeps this long (session_off test) */
    int inside, entered, left, bad;
    cdp *c; /* set: the handler itself calls cdp_call */
    const char *session;
    long long nested; /* the value the nested call returned */
} recorder;

static void recorder_init(recorder *r)
{
    memset(r, 0, sizeof(*r));
    pthread_mutex_init(&r->mu, NULL);
    pthread_cond_init(&r->cv, NULL);
}

static void recorder_free(recorder *r)
{
    size_t i;

    assert_int_equal(r->bad, 0);
    for (i = 0; i < r->n; i++)
        free(r->methods[i]);
    pthread_mutex_destroy(&r->mu);
    pthread_cond_destroy(&r->cv);
}

static void on_event(void *ud, const char *method, json_t *params)
{
    recorder *r = ud;
    json_t *arg0 = json_array_get(json_object_get(params, "args"), 0);

    /* No cmocka asserts here: this runs on the dispatcher thread. */
    pthread_mutex_lock(&r->mu);
    if (!method || !json_is_object(params)) r->bad++;
    r->inside = 1;
    r->entered++;
    if (r->n < 256) r->methods[r->n++] = xstrdup(method);
    if (method && strcmp(method, "Runtime.consoleAPICalled") == 0 &&
        json_string_value(json_object_get(arg0, "value")))
        util_strlcpy(
            r->console, json_string_value(json_object_get(arg0, "value")), sizeof(r->console));
    pthread_cond_broadcast(&r->cv);
    pthread_mutex_unlock(&r->mu);

    if (r->sleep_ms) util_sleep_ms(r->sleep_ms);
    if (r->c && method && strcmp(method, "Runtime.consoleAPICalled") == 0) {
        json_t *res = NULL;
        long long v = -1;
        if (cdp_call(r->c,
                     r->session,
                     "Runtime.evaluate",
                     json_pack("{s:s, s:b}", "expression", "6*7", "returnByValue", 1),
                     T_CALL_MS,
                     &res,
                     NULL,
                     0) == CDP_OK)
            v = json_integer_value(json_object_get(json_object_get(res, "result"), "value"));
        json_decref(res);
        pthread_mutex_lock(&r->mu);
        r->nested = v;
        pthread_mutex_unlock(&r->mu);
    }

    pthread_mutex_lock(&r->mu);
    r->inside = 0;
    r->left++;
    pthread_cond_broadcast(&r->cv);
    pthread_mutex_unlock(&r->mu);
}

static int recorder_saw(recorder *r, const char *method)
{
    size_t i;

    for (i = 0; i < r->n; i++)
        if (strcmp(r->methods[i], method) == 0) return 1;
    return 0;
}

/* Waits up to ms for method to be recorded. */
static int recorder_wait(recorder *r, const char *method, int ms)
{
    int64_t end = util_mono_ms() + ms;
    int seen;

    pthread_mutex_lock(&r->mu);
    while (!(seen = recorder_saw(r, method)) && util_mono_ms() < end) {
        pthread_mutex_unlock(&r->mu);
        util_sleep_ms(10);
        pthread_mutex_lock(&r->mu);
    }
    pthread_mutex_unlock(&r->mu);
    return seen;
}

/* A page in its own browser context, attached with a flat session. */
typedef struct page {
    char *context;
    char *target;
    char *session;
} page;

static void page_open(cdp *c, page *p)
{
    json_t *r;

    r = call_ok(c, NULL, "Target.createBrowserContext", json_pack("{s:b}", "disposeOnDetach", 1));
    p->context = xstrdup(json_string_value(json_object_get(r, "browserContextId")));
    json_decref(r);
    assert_non_null(p->context);

    r = call_ok(c,
                NULL,
                "Target.createTarget",
                json_pack("{s:s, s:s}", "url", "about:blank", "browserContextId", p->context));
    p->target = xstrdup(json_string_value(json_object_get(r, "targetId")));
    json_decref(r);
    assert_non_null(p->target);

    r = call_ok(c,
                NULL,
                "Target.attachToTarget",
                json_pack("{s:s, s:b}", "targetId", p->target, "flatten", 1));
    p->session = xstrdup(json_string_value(json_object_get(r, "sessionId")));
    json_decref(r);
    assert_non_null(p->session);
}

static void page_close(cdp *c, page *p)
{
    cdp_session_off(c, p->session);
    json_decref(call_ok(c,
                        NULL,
                        "Target.disposeBrowserContext",
                        json_pack("{s:s}", "browserContextId", p->context)));
    free(p->context);
    free(p->target);
    free(p->session);
}

static json_t *evaluate(const char *expr, int await)
{
    return json_pack(
        "{s:s, s:b, s:b}", "expression", expr, "returnByValue", 1, "awaitPromise", await);
}

static int group_setup(void **state)
{
    *state = chromium_path() ? launch() : NULL;
    return 0;
}

static int group_teardown(void **state)
{
    cdp_close(*state);
    return 0;
}

/* ---- tests on a shared browser ------------------------------------------- */

static void test_version(void **state)
{
    cdp *c = *state;
    json_t *r;
    const char *product;

    NEED_CHROMIUM();
    assert_true(cdp_alive(c));
    assert_true(cdp_pid(c) > 0);
    r = call_ok(c, NULL, "Browser.getVersion", NULL);
    product = json_string_value(json_object_get(r, "product"));
    assert_non_null(product);
    assert_true(strstr(product, "Chrome") != NULL);
    print_message("product %s\n", product);
    json_decref(r);
}

static void test_no_startup_window(void **state)
{
    cdp *c = *state;
    json_t *r, *infos;
    size_t i, pages = 0;

    NEED_CHROMIUM();
    r = call_ok(c, NULL, "Target.getTargets", NULL);
    infos = json_object_get(r, "targetInfos");
    for (i = 0; i < json_array_size(infos); i++) {
        const char *type = json_string_value(json_object_get(json_array_get(infos, i), "type"));
        if (type && strcmp(type, "page") == 0) pages++;
    }
    print_message("%zu targets, %zu pages at start\n", json_array_size(infos), pages);
    json_decref(r);
}

static void test_page_events(void **state)
{
    cdp *c = *state;
    recorder rec;
    page p;
    json_t *r;

    NEED_CHROMIUM();
    recorder_init(&rec);
    page_open(c, &p);
    cdp_session_on(c, p.session, on_event, &rec);
    json_decref(call_ok(c, p.session, "Page.enable", NULL));
    json_decref(call_ok(c, p.session, "Runtime.enable", NULL));
    r = call_ok(c,
                p.session,
                "Page.navigate",
                json_pack("{s:s}",
                          "url",
                          "data:text/html,<title>Hello%20CDP</title>"
                          "<script>console.log('hi')</script>"));
    assert_null(json_object_get(r, "errorText"));
    json_decref(r);
    assert_true(recorder_wait(&rec, "Page.loadEventFired", T_CALL_MS));
    assert_true(recorder_wait(&rec, "Runtime.consoleAPICalled", T_CALL_MS));
    pthread_mutex_lock(&rec.mu);
    assert_string_equal(rec.console, "hi");
    print_message("first events: %s, %s, %s\n",
                  rec.n > 0 ? rec.methods[0] : "-",
                  rec.n > 1 ? rec.methods[1] : "-",
                  rec.n > 2 ? rec.methods[2] : "-");
    pthread_mutex_unlock(&rec.mu);

    r = call_ok(c, p.session, "Runtime.evaluate", evaluate("document.title", 0));
    assert_string_equal(json_string_value(json_object_get(json_object_get(r, "result"), "value")),
                        "Hello CDP");
    json_decref(r);
    page_close(c, &p);
    recorder_free(&rec);
}

static void test_unknown_method(void **state)
{
    cdp *c = *state;
    char err[256] = "";
    json_t *res = (json_t *)1;

    NEED_CHROMIUM();
    assert_int_equal(
        cdp_call(c, NULL, "Nope.nothing", json_object(), T_CALL_MS, &res, err, sizeof(err)),
        CDP_EPROTO);
    assert_true(res == (json_t *)1); /* untouched on failure */
    assert_true(strlen(err) > 0);
    print_message("unknown method: %s\n", err);
    /* Bad params on a real method: an error too, and err/result optional. */
    assert_int_equal(
        cdp_call(
            c, NULL, "Target.createTarget", json_pack("{s:i}", "url", 5), T_CALL_MS, NULL, NULL, 0),
        CDP_EPROTO);
}

static void test_timeout(void **state)
{
    cdp *c = *state;
    char err[256] = "";
    page p;
    json_t *r;

    NEED_CHROMIUM();
    page_open(c, &p);
    assert_int_equal(cdp_call(c,
                              p.session,
                              "Runtime.evaluate",
                              evaluate("new Promise(r => setTimeout(r, 300))", 1),
                              1,
                              NULL,
                              err,
                              sizeof(err)),
                     CDP_ETIMEOUT);
    assert_string_equal(err, "Runtime.evaluate: no reply within 1 ms");
    /* The late reply arrives while nobody waits for it: dropped quietly. */
    util_sleep_ms(500);
    r = call_ok(c, p.session, "Runtime.evaluate", evaluate("1+1", 0));
    assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "result"), "value")), 2);
    json_decref(r);
    page_close(c, &p);
}

typedef struct slow_call {
    cdp *c;
    const char *session;
    int rc;
    int64_t ms;
    char err[256];
} slow_call;

static void *slow_call_main(void *arg)
{
    slow_call *s = arg;
    int64_t t0 = util_mono_ms();

    s->rc = cdp_call(s->c,
                     s->session,
                     "Runtime.evaluate",
                     evaluate("new Promise(r => setTimeout(r, 20000))", 1),
                     T_CALL_MS,
                     NULL,
                     s->err,
                     sizeof(s->err));
    s->ms = util_mono_ms() - t0;
    return NULL;
}

static void test_abort(void **state)
{
    cdp *c = *state;
    slow_call s = {0};
    pthread_t t;
    page p;
    char err[256];
    int64_t t0;

    NEED_CHROMIUM();
    page_open(c, &p);
    s.c = c;
    s.session = p.session;
    assert_int_equal(pthread_create(&t, NULL, slow_call_main, &s), 0);
    util_sleep_ms(200);
    t0 = util_mono_ms();
    cdp_session_abort(c, p.session);
    pthread_join(t, NULL);
    assert_int_equal(s.rc, CDP_EABORT);
    assert_string_equal(s.err, "aborted");
    assert_true(util_mono_ms() - t0 < 1000);

    /* Later calls on that session fail at once; other sessions work. */
    assert_int_equal(
        cdp_call(
            c, p.session, "Runtime.evaluate", evaluate("1", 0), T_CALL_MS, NULL, err, sizeof(err)),
        CDP_EABORT);
    json_decref(call_ok(c, NULL, "Browser.getVersion", NULL));
    /* cdp_session_off ends the abort. */
    cdp_session_off(c, p.session);
    json_decref(call_ok(c, p.session, "Runtime.evaluate", evaluate("1", 0)));
    page_close(c, &p);

    /* Abort and off on sessions that never had a handler. */
    cdp_session_abort(c, "no-such-session");
    cdp_session_off(c, "no-such-session");
    cdp_session_off(c, "never-seen");
}

static void *session_off_main(void *arg)
{
    void **a = arg;

    cdp_session_off(a[0], a[1]);
    return NULL;
}

static void test_session_off_waits_for_handler(void **state)
{
    cdp *c = *state;
    recorder rec;
    page p;
    pthread_t t;
    void *args[2];
    int left, entered;

    NEED_CHROMIUM();
    recorder_init(&rec);
    rec.sleep_ms = 400;
    page_open(c, &p);
    cdp_session_on(c, p.session, on_event, &rec);
    json_decref(call_ok(c, p.session, "Runtime.enable", NULL));
    json_decref(call_ok(c, p.session, "Runtime.evaluate", evaluate("console.log('x')", 0)));

    pthread_mutex_lock(&rec.mu);
    while (!rec.inside)
        pthread_cond_wait(&rec.cv, &rec.mu);
    pthread_mutex_unlock(&rec.mu);
    /* The handler sleeps now; off from another thread must wait for it. */
    args[0] = c;
    args[1] = p.session;
    assert_int_equal(pthread_create(&t, NULL, session_off_main, args), 0);
    pthread_join(t, NULL);
    pthread_mutex_lock(&rec.mu);
    assert_int_equal(rec.inside, 0);
    entered = rec.entered;
    pthread_mutex_unlock(&rec.mu);

    /* And it never runs again for that session. */
    json_decref(call_ok(c, p.session, "Runtime.evaluate", evaluate("console.log('y')", 0)));
    util_sleep_ms(300);
    pthread_mutex_lock(&rec.mu);
    assert_int_equal(rec.entered, entered);
    left = rec.left;
    pthread_mutex_unlock(&rec.mu);
    assert_int_equal(left, entered);
    page_close(c, &p);
    recorder_free(&rec);
}

static void test_handler_may_call(void **state)
{
    cdp *c = *state;
    recorder rec;
    page p;

    NEED_CHROMIUM();
    recorder_init(&rec);
    page_open(c, &p);
    rec.c = c;
    rec.session = p.session;
    cdp_session_on(c, p.session, on_event, &rec);
    json_decref(call_ok(c, p.session, "Runtime.enable", NULL));
    json_decref(call_ok(c, p.session, "Runtime.evaluate", evaluate("console.log('n')", 0)));
    /* Other events (executionContextCreated) come first; wait for the
     * handler run of the console event to finish its nested call. */
    pthread_mutex_lock(&rec.mu);
    while (rec.nested == 0 || rec.inside)
        pthread_cond_wait(&rec.cv, &rec.mu);
    pthread_mutex_unlock(&rec.mu);
    cdp_session_off(c, p.session);
    assert_int_equal(rec.nested, 42);
    page_close(c, &p);
    recorder_free(&rec);
}

typedef struct worker {
    cdp *c;
    const char *session;
    int base, ok;
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;
    char expr[64];
    int i;

    for (i = 0; i < 50; i++) {
        json_t *r = NULL;
        snprintf(expr, sizeof(expr), "%d + %d", w->base, i);
        if (cdp_call(
                w->c, w->session, "Runtime.evaluate", evaluate(expr, 0), T_CALL_MS, &r, NULL, 0) ==
                CDP_OK &&
            json_integer_value(json_object_get(json_object_get(r, "result"), "value")) ==
                w->base + i)
            w->ok++;
        json_decref(r);
    }
    return NULL;
}

static void test_concurrent_calls(void **state)
{
    cdp *c = *state;
    worker w[4];
    pthread_t t[4];
    page p;
    int i;

    NEED_CHROMIUM();
    page_open(c, &p);
    for (i = 0; i < 4; i++) {
        w[i] = (worker){c, p.session, i * 1000, 0};
        assert_int_equal(pthread_create(&t[i], NULL, worker_main, &w[i]), 0);
    }
    for (i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(w[i].ok, 50);
    }
    page_close(c, &p);
}

/* A batch: every call sent at once, each outcome in its own entry, the
 * first failure returned; calls on the page and on the browser alike. */
static void test_batch(void **state)
{
    cdp *c = *state;
    char err[3][256] = {"", "", ""};
    json_t *ver = NULL, *val = NULL, *bad = (json_t *)1;
    page p;

    NEED_CHROMIUM();
    page_open(c, &p);
    cdp_batch b[3] = {
        {.session = p.session,
         .method = "Runtime.evaluate",
         .params = evaluate("new Promise(r => setTimeout(() => r(6 * 7), 100))", 1),
         .result = &val,
         .err = err[0],
         .errlen = sizeof err[0]},
        {.method = "Browser.getVersion", .result = &ver, .err = err[1], .errlen = sizeof err[1]},
        {.method = "Nope.nothing", .result = &bad, .err = err[2], .errlen = sizeof err[2]},
    };
    assert_int_equal(cdp_calls(c, b, 3, T_CALL_MS), CDP_EPROTO);
    assert_int_equal(b[0].rc, CDP_OK);
    assert_int_equal(b[1].rc, CDP_OK);
    assert_int_equal(b[2].rc, CDP_EPROTO);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(val, "result"), "value")),
                     42);
    assert_non_null(json_string_value(json_object_get(ver, "product")));
    assert_true(bad == (json_t *)1); /* untouched on failure */
    assert_true(strlen(err[2]) > 0);
    assert_null(b[0].params); /* taken */
    json_decref(val);
    json_decref(ver);

    /* All well: CDP_OK; and a batch on a dead handle fails every call. */
    cdp_batch one = {.method = "Browser.getVersion"};
    assert_int_equal(cdp_calls(c, &one, 1, T_CALL_MS), CDP_OK);
    cdp_batch gone[2] = {{.method = "Browser.getVersion"},
                         {.method = "Target.getTargets", .params = json_object()}};
    assert_int_equal(cdp_calls(NULL, gone, 2, T_CALL_MS), CDP_EDEAD);
    assert_int_equal(gone[1].rc, CDP_EDEAD);
    page_close(c, &p);
}

static void test_big_message(void **state)
{
    cdp *c = *state;
    page p;
    json_t *r;
    const char *s;

    NEED_CHROMIUM();
    page_open(c, &p);
    /* 8 MiB in one reply: many reads and a growing framer buffer. */
    r = call_ok(c, p.session, "Runtime.evaluate", evaluate("'x'.repeat(8 << 20)", 0));
    s = json_string_value(json_object_get(json_object_get(r, "result"), "value"));
    assert_non_null(s);
    assert_int_equal(strlen(s), 8 << 20);
    json_decref(r);
    page_close(c, &p);
}

/* ---- tests with a browser of their own ----------------------------------- */

static void test_kill9_and_close(void **state)
{
    cdp *c;
    pid_t pid;
    char *profile;
    char err[256] = "";
    slow_call s = {0};
    pthread_t t;
    page p;
    int64_t t0;
    struct stat sb;

    NEED_CHROMIUM();
    c = launch();
    pid = cdp_pid(c);
    profile = profile_of(pid);
    assert_non_null(profile);
    assert_int_equal(stat(profile, &sb), 0);

    /* A call blocked when the browser dies returns at once. */
    page_open(c, &p);
    s.c = c;
    s.session = p.session;
    assert_int_equal(pthread_create(&t, NULL, slow_call_main, &s), 0);
    util_sleep_ms(200);
    t0 = util_mono_ms();
    assert_int_equal(kill(pid, SIGKILL), 0);
    pthread_join(t, NULL);
    assert_int_equal(s.rc, CDP_EDEAD);
    assert_string_equal(s.err, "browser is gone");
    assert_true(util_mono_ms() - t0 < 2000);

    assert_int_equal(
        cdp_call(c, NULL, "Browser.getVersion", NULL, T_CALL_MS, NULL, err, sizeof(err)),
        CDP_EDEAD);
    assert_false(cdp_alive(c));
    free(p.context);
    free(p.target);
    free(p.session);

    cdp_close(c);
    assert_int_equal(kill(-pid, 0), -1);
    assert_int_equal(errno, ESRCH);
    assert_int_equal(stat(profile, &sb), -1);
    free(profile);
}

static void test_close_kills_group(void **state)
{
    cdp *c;
    pid_t pid;
    char *profile;
    page p;
    struct stat sb;

    NEED_CHROMIUM();
    c = launch();
    pid = cdp_pid(c);
    profile = profile_of(pid);
    assert_non_null(profile);
    page_open(c, &p); /* so there is a renderer in the group too */
    free(p.context);
    free(p.target);
    free(p.session);
    cdp_close(c);
    assert_int_equal(kill(-pid, 0), -1);
    assert_int_equal(errno, ESRCH);
    assert_int_equal(stat(profile, &sb), -1);
    free(profile);
    cdp_close(NULL);
}

static void test_launch_missing(void **state)
{
    cdp_opts o = {.chromium = "/nonexistent/chromium", .launch_timeout_ms = 5000};
    char err[256] = "";
    cdp *c = (cdp *)1;

    assert_int_equal(cdp_launch(&o, &c, err, sizeof(err)), CDP_ELAUNCH);
    assert_true(c == (cdp *)1);
    assert_string_equal(err, "cannot start the browser: /nonexistent/chromium not found");

    o.chromium = NULL;
    assert_int_equal(cdp_launch(&o, &c, err, sizeof(err)), CDP_ELAUNCH);
    assert_string_equal(err, "no chromium path given");
}

static void test_launch_not_executable(void **state)
{
    cdp_opts o = {.chromium = "/etc/hostname", .launch_timeout_ms = 5000};
    char err[256] = "";
    cdp *c = NULL;

    assert_int_equal(cdp_launch(&o, &c, err, sizeof(err)), CDP_ELAUNCH);
    assert_null(c);
    assert_non_null(strstr(err, "cannot start the browser (/etc/hostname): execve: "));
}

/* The browser's environment holds none of the server's secrets (its API
 * key, the LLM's key, what the operator exported as a token), and its HOME
 * is its own profile. */
static void test_launch_scrubbed_env(void **state)
{
    setenv("BROWSERAI_API_KEY", "bai_secret_key_that_must_not_leak", 1);
    setenv("BROWSERAI_LLM_API_KEY", "sk-secret-llm-key", 1);
    setenv("SOME_OPERATOR_TOKEN", "operator-secret", 1);
    cdp *c = launch();
    unsetenv("BROWSERAI_API_KEY");
    unsetenv("BROWSERAI_LLM_API_KEY");
    unsetenv("SOME_OPERATOR_TOKEN");
    char path[64], env[65536];
    snprintf(path, sizeof path, "/proc/%d/environ", (int)cdp_pid(c));
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n = fread(env, 1, sizeof env - 1, f);
    fclose(f);
    for (size_t i = 0; i < n; i++)
        if (env[i] == '\0') env[i] = '\n';
    env[n] = '\0';
    assert_null(strstr(env, "secret"));
    assert_null(strstr(env, "BROWSERAI_"));
    assert_non_null(strstr(env, "HOME=/"));
    assert_non_null(strstr(env, "browserai-chromium-"));
    cdp_close(c);
}

static void test_launch_exits(void **state)
{
    cdp_opts o = {.chromium = "/bin/false", .launch_timeout_ms = 5000};
    char err[256] = "";
    cdp *c = NULL;

    assert_int_equal(cdp_launch(&o, &c, err, sizeof(err)), CDP_ELAUNCH);
    assert_null(c);
    assert_non_null(strstr(err, "chromium exited with status 1 at startup"));
}

static void test_launch_silent(void **state)
{
    char dir[] = "/tmp/test_cdp_XXXXXX", script[64];
    cdp_opts o = {.chromium = script, .launch_timeout_ms = 300};
    char err[256] = "";
    cdp *c = NULL;
    FILE *f;
    int64_t t0;

    assert_non_null(mkdtemp(dir));
    snprintf(script, sizeof(script), "%s/silent", dir);
    f = fopen(script, "w");
    assert_non_null(f);
    /* Starts, keeps the pipe open, never answers. */
    fputs("#!/bin/sh\nexec sleep 30\n", f);
    fclose(f);
    assert_int_equal(chmod(script, 0700), 0);

    t0 = util_mono_ms();
    assert_int_equal(cdp_launch(&o, &c, err, sizeof(err)), CDP_ELAUNCH);
    assert_true(util_mono_ms() - t0 < 3000);
    assert_string_equal(err, "chromium did not answer: Browser.getVersion: no reply within 300 ms");
    unlink(script);
    rmdir(dir);
}

int main(void)
{
    /* One group, so tests/run.sh sees one summary line. The shared browser
     * of the group is not used by the framer and "own browser" tests. */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_framer_single),
        cmocka_unit_test(test_framer_many_in_one_chunk),
        cmocka_unit_test(test_framer_byte_by_byte),
        cmocka_unit_test(test_framer_empty_skipped),
        cmocka_unit_test(test_framer_oversized_dropped),
        cmocka_unit_test(test_framer_exact_limit),
        cmocka_unit_test(test_framer_free_midway),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_no_startup_window),
        cmocka_unit_test(test_page_events),
        cmocka_unit_test(test_unknown_method),
        cmocka_unit_test(test_timeout),
        cmocka_unit_test(test_abort),
        cmocka_unit_test(test_session_off_waits_for_handler),
        cmocka_unit_test(test_handler_may_call),
        cmocka_unit_test(test_concurrent_calls),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_big_message),
        cmocka_unit_test(test_kill9_and_close),
        cmocka_unit_test(test_close_kills_group),
        cmocka_unit_test(test_launch_missing),
        cmocka_unit_test(test_launch_not_executable),
        cmocka_unit_test(test_launch_exits),
        cmocka_unit_test(test_launch_scrubbed_env),
        cmocka_unit_test(test_launch_silent),
    };

    /* Required of every program using cdp (see cdp.c). */
    signal(SIGPIPE, SIG_IGN);
    return cmocka_run_group_tests_name("cdp", tests, group_setup, group_teardown);
}
