/* test_proxy.c -- unit tests for src/engine/proxy.c: which proxy a task's
 * country gets, and the list of configured proxies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "policy/proxy.h"

static int reset(void **state)
{
    (void)state;
    extern char **environ;
    /* Drop every BROWSERAI_* the test runner may have inherited. */
    for (;;) {
        char **e = environ;
        while (*e && strncmp(*e, "BROWSERAI_", 10) != 0)
            e++;
        if (!*e) break;
        char name[256];
        size_t n = strcspn(*e, "=");
        if (n >= sizeof name) n = sizeof name - 1;
        memcpy(name, *e, n);
        name[n] = '\0';
        unsetenv(name);
    }
    return 0;
}

static void test_none(void **state)
{
    (void)state;
    int n = -1;
    assert_null(proxy_for("DE"));
    assert_null(proxy_for(NULL));
    const char **all = proxy_all(&n);
    assert_int_equal(n, 0);
    free(all);
}

static void test_country_then_default(void **state)
{
    (void)state;
    setenv("BROWSERAI_PROXY_DE", "http://de:1", 1);
    assert_string_equal(proxy_for("DE"), "http://de:1");
    assert_string_equal(proxy_for("de"), "http://de:1"); /* codes are case-blind */
    assert_null(proxy_for("FR"));
    setenv("BROWSERAI_PROXY_DEFAULT", "http://any:2", 1);
    assert_string_equal(proxy_for("FR"), "http://any:2");
    assert_string_equal(proxy_for(NULL), "http://any:2");
    assert_string_equal(proxy_for("DE"), "http://de:1");
    /* Not a country code: never a country's variable. */
    assert_string_equal(proxy_for("DEFAULT"), "http://any:2");
    assert_string_equal(proxy_for("D"), "http://any:2");
    assert_string_equal(proxy_for("1E"), "http://any:2");
    setenv("BROWSERAI_PROXY_FR", "", 1); /* empty: not set */
    assert_string_equal(proxy_for("FR"), "http://any:2");
}

static void test_all_distinct(void **state)
{
    (void)state;
    setenv("BROWSERAI_PROXY_DE", "http://a:1", 1);
    setenv("BROWSERAI_PROXY_AT", "http://a:1", 1); /* the same proxy twice */
    setenv("BROWSERAI_PROXY_US", "http://b:2", 1);
    setenv("BROWSERAI_PROXY_DEFAULT", "http://c:3", 1);
    setenv("BROWSERAI_PROXY_FR", "", 1);                  /* empty */
    setenv("BROWSERAI_PROXY_SOMETHING", "http://x:9", 1); /* not ours */
    setenv("BROWSERAI_PROXY_xx", "http://y:9", 1);        /* not a code */
    int n;
    const char **all = proxy_all(&n);
    assert_int_equal(n, 3);
    int a = 0, b = 0, c = 0;
    for (int i = 0; i < n; i++) {
        a += !strcmp(all[i], "http://a:1");
        b += !strcmp(all[i], "http://b:2");
        c += !strcmp(all[i], "http://c:3");
    }
    assert_int_equal(a + b + c, 3);
    assert_true(a == 1 && b == 1 && c == 1);
    free(all);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_none, reset),
        cmocka_unit_test_setup(test_country_then_default, reset),
        cmocka_unit_test_setup(test_all_distinct, reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
