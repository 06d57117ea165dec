/* test_geo.c -- unit tests for src/geo: the ISO 3166-1 country table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "geo/geo.h"

static void test_count(void **state)
{
    assert_int_equal(geo_country_count(), 249);
    assert_non_null(geo_country_at(0));
    assert_non_null(geo_country_at(248));
    assert_null(geo_country_at(249));
    assert_null(geo_country_at(-1));
    assert_string_equal(geo_country_at(0)->code, "AD");
    assert_string_equal(geo_country_at(248)->code, "ZW");
}

static void test_find_case(void **state)
{
    const geo_country *a = geo_country_find("us");
    const geo_country *b = geo_country_find("US");
    const geo_country *c = geo_country_find("uS");

    assert_non_null(a);
    assert_ptr_equal(a, b);
    assert_ptr_equal(a, c);
}

static void test_find_unknown(void **state)
{
    assert_null(geo_country_find("XX"));
    assert_null(geo_country_find("ZZ"));
    assert_null(geo_country_find("XK")); /* Kosovo: user-assigned, not ISO */
    assert_null(geo_country_find("UK")); /* reserved, not assigned */
    assert_null(geo_country_find(""));
    assert_null(geo_country_find("U"));
    assert_null(geo_country_find("USA"));
    assert_null(geo_country_find("U "));
    assert_null(geo_country_find("1A"));
    assert_null(geo_country_find(NULL));
}

static void expect(const char *code, const char *name, const char *capital,
                   double lat, double lon, const char *tz, const char *locale)
{
    const geo_country *c = geo_country_find(code);

    assert_non_null(c);
    assert_string_equal(c->code, code);
    assert_string_equal(c->name, name);
    assert_string_equal(c->capital, capital);
    assert_true(c->lat > lat - 0.1 && c->lat < lat + 0.1);
    assert_true(c->lon > lon - 0.1 && c->lon < lon + 0.1);
    assert_string_equal(c->timezone, tz);
    assert_string_equal(c->locale, locale);
}

static void test_values(void **state)
{
    expect("US", "United States", "Washington", 38.90, -77.04,
           "America/New_York", "en-US");
    expect("GB", "United Kingdom", "London", 51.51, -0.13, "Europe/London",
           "en-GB");
    expect("JP", "Japan", "Tokyo", 35.68, 139.65, "Asia/Tokyo", "ja-JP");
    expect("DE", "Germany", "Berlin", 52.52, 13.40, "Europe/Berlin", "de-DE");
    expect("BR", "Brazil", "Bras\xc3\xadlia", -15.79, -47.88,
           "America/Sao_Paulo", "pt-BR");
    expect("IN", "India", "New Delhi", 28.61, 77.21, "Asia/Kolkata", "hi-IN");
    expect("FR", "France", "Paris", 48.86, 2.35, "Europe/Paris", "fr-FR");
    expect("AU", "Australia", "Canberra", -35.28, 149.13, "Australia/Sydney",
           "en-AU");
    expect("MX", "Mexico", "Mexico City", 19.43, -99.13, "America/Mexico_City",
           "es-MX");
    expect("CN", "China", "Beijing", 39.90, 116.41, "Asia/Shanghai", "zh-CN");
    expect("EG", "Egypt", "Cairo", 30.04, 31.24, "Africa/Cairo", "ar-EG");
}

static void test_territories(void **state)
{
    static const char *const codes[] = {"PR", "GU", "HK", "MO", "TW", "PS",
                                        "AQ", "BV", "HM", "UM", "AX", "SJ"};
    size_t i;

    for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
        assert_non_null(geo_country_find(codes[i]));
}

static void test_sorted_unique(void **state)
{
    int i, n = geo_country_count();

    for (i = 0; i < n; i++) {
        const geo_country *c = geo_country_at(i);
        assert_int_equal(strlen(c->code), 2);
        assert_true(c->code[0] >= 'A' && c->code[0] <= 'Z');
        assert_true(c->code[1] >= 'A' && c->code[1] <= 'Z');
        if (i > 0)
            assert_true(strcmp(geo_country_at(i - 1)->code, c->code) < 0);
        /* the binary search finds every entry */
        assert_ptr_equal(geo_country_find(c->code), c);
    }
}

static void test_fields(void **state)
{
    int i, n = geo_country_count();

    for (i = 0; i < n; i++) {
        const geo_country *c = geo_country_at(i);
        const char *dash;
        assert_non_null(c->name);
        assert_true(c->name[0] != '\0');
        assert_non_null(c->capital);
        assert_true(c->capital[0] != '\0');
        assert_non_null(strchr(c->timezone, '/'));
        assert_null(strchr(c->timezone, ' '));
        assert_true(c->lat >= -90.0 && c->lat <= 90.0);
        assert_true(c->lon >= -180.0 && c->lon <= 180.0);
        /* locale: language "-" REGION */
        dash = strchr(c->locale, '-');
        assert_non_null(dash);
        assert_true(dash - c->locale >= 2 && dash - c->locale <= 3);
        assert_int_equal(strlen(dash + 1), 2);
        assert_true(dash[1] >= 'A' && dash[1] <= 'Z');
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count),
        cmocka_unit_test(test_find_case),
        cmocka_unit_test(test_find_unknown),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_territories),
        cmocka_unit_test(test_sorted_unique),
        cmocka_unit_test(test_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
