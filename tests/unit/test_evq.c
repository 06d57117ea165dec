/* test_evq.c -- the DevTools event queue: bounded, dropping the oldest
 * events first, but never a Fetch.requestPaused (the browser holds that
 * request until it is answered: dropping it left the page waiting until its
 * navigation timed out). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include "cdp/cdp.h"

static json_t *ev(const char *method, int n)
{
    return json_pack("{s:s, s:{s:i}}", "method", method, "params", "n", n);
}

static int n_of(json_t *msg)
{
    return (int)json_integer_value(json_object_get(json_object_get(msg, "params"), "n"));
}

/* Past max, the oldest ordinary events go and the newest stay, in order. */
static void test_bounded_drops_oldest(void **state)
{
    cdp_evq q = {.max = 100};
    for (int i = 0; i < 1000; i++)
        cdp_evq_push(&q, ev("Network.dataReceived", i));
    assert_int_equal(q.len, 100);
    assert_int_equal(q.dropped, 900);
    for (int i = 900; i < 1000; i++) {
        json_t *m = cdp_evq_pop(&q);
        assert_non_null(m);
        assert_int_equal(n_of(m), i);
        json_decref(m);
    }
    assert_null(cdp_evq_pop(&q));
}

/* A flood of events around paused requests: every Fetch event survives, in
 * order, whatever else is dropped. */
static void test_fetch_never_dropped(void **state)
{
    cdp_evq q = {.max = 50};
    int fetches = 0;
    for (int i = 0; i < 10000; i++) {
        if (i % 97 == 0) {
            cdp_evq_push(&q, ev("Fetch.requestPaused", i));
            fetches++;
        } else {
            cdp_evq_push(&q, ev("Network.requestWillBeSent", i));
        }
    }
    int seen = 0, last = -1;
    json_t *m;
    while ((m = cdp_evq_pop(&q))) {
        const char *method = json_string_value(json_object_get(m, "method"));
        if (!strcmp(method, "Fetch.requestPaused")) {
            assert_true(n_of(m) > last);
            last = n_of(m);
            seen++;
        }
        json_decref(m);
    }
    assert_int_equal(seen, fetches);
}

/* A queue full of Fetch events takes more Fetch events past max, and
 * refuses the others. */
static void test_full_of_fetch(void **state)
{
    cdp_evq q = {.max = 10};
    for (int i = 0; i < 20; i++)
        cdp_evq_push(&q, ev("Fetch.requestPaused", i));
    cdp_evq_push(&q, ev("Page.frameNavigated", 99));
    assert_int_equal(q.len, 20);
    assert_int_equal(q.dropped, 1);
    cdp_evq_clear(&q);
    assert_int_equal(q.len, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bounded_drops_oldest),
        cmocka_unit_test(test_fetch_never_dropped),
        cmocka_unit_test(test_full_of_fetch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
