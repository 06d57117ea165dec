/* test_geo.c -- unit tests for src/geo: the ISO 3166-1 country table, the
 * city table and finding the place of a (country, city). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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

static void expect(const char *code, const char *name, const char *capital, double lat, double lon,
                   const char *tz, const char *locale)
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
    expect("US", "United States", "Washington", 38.90, -77.04, "America/New_York", "en-US");
    expect("GB", "United Kingdom", "London", 51.51, -0.13, "Europe/London", "en-GB");
    expect("JP", "Japan", "Tokyo", 35.68, 139.65, "Asia/Tokyo", "ja-JP");
    expect("DE", "Germany", "Berlin", 52.52, 13.40, "Europe/Berlin", "de-DE");
    expect("BR", "Brazil", "Bras\xc3\xadlia", -15.79, -47.88, "America/Sao_Paulo", "pt-BR");
    expect("IN", "India", "New Delhi", 28.61, 77.21, "Asia/Kolkata", "hi-IN");
    expect("FR", "France", "Paris", 48.86, 2.35, "Europe/Paris", "fr-FR");
    expect("AU", "Australia", "Canberra", -35.28, 149.13, "Australia/Sydney", "en-AU");
    expect("MX", "Mexico", "Mexico City", 19.43, -99.13, "America/Mexico_City", "es-MX");
    expect("CN", "China", "Beijing", 39.90, 116.41, "Asia/Shanghai", "zh-CN");
    expect("EG", "Egypt", "Cairo", 30.04, 31.24, "Africa/Cairo", "ar-EG");
}

static void test_territories(void **state)
{
    static const char *const codes[] = {
        "PR", "GU", "HK", "MO", "TW", "PS", "AQ", "BV", "HM", "UM", "AX", "SJ"};
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
        if (i > 0) assert_true(strcmp(geo_country_at(i - 1)->code, c->code) < 0);
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

/* ---- places: the city table and geo_place_find ------------------------- */

/* The place of (code, city), asserting whether it was found. */
static geo_place place(const char *code, const char *city, int found)
{
    geo_place p;

    assert_non_null(geo_country_find(code));
    assert_int_equal(geo_place_find(geo_country_find(code), city, &p), found);
    return p;
}

static void near(const geo_place *p, double lat, double lon)
{
    assert_true(p->lat > lat - 0.1 && p->lat < lat + 0.1);
    assert_true(p->lon > lon - 0.1 && p->lon < lon + 0.1);
}

static void test_place_city(void **state)
{
    geo_place p = place("US", "Chicago", 1);

    assert_string_equal(p.city, "Chicago");
    assert_string_equal(p.timezone, "America/Chicago");
    assert_string_equal(p.locale, "en-US");
    near(&p, 41.85, -87.65);
}

static void test_place_own_zone(void **state)
{
    static const struct {
        const char *code, *city, *tz;
    } want[] = {
        {"US", "Los Angeles", "America/Los_Angeles"},
        {"US", "Denver", "America/Denver"},
        {"US", "Phoenix", "America/Phoenix"},
        {"US", "Honolulu", "Pacific/Honolulu"},
        {"RU", "Yekaterinburg", "Asia/Yekaterinburg"},
        {"RU", "Vladivostok", "Asia/Vladivostok"},
        {"BR", "Manaus", "America/Manaus"},
        {"AU", "Perth", "Australia/Perth"},
        {"CA", "Vancouver", "America/Vancouver"},
        {"MX", "Tijuana", "America/Tijuana"},
        {"ID", "Makassar", "Asia/Makassar"},
        {"ES", "Las Palmas", "Atlantic/Canary"},
    };
    size_t i;

    for (i = 0; i < sizeof want / sizeof want[0]; i++) {
        geo_place p = place(want[i].code, want[i].city, 1);
        assert_string_equal(p.timezone, want[i].tz);
    }
}

static void test_place_locale(void **state)
{
    assert_string_equal(place("CA", "Montreal", 1).locale, "fr-CA");
    assert_string_equal(place("CA", "Toronto", 1).locale, "en-CA");
    assert_string_equal(place("CH", "Geneva", 1).locale, "fr-CH");
    assert_string_equal(place("ES", "Barcelona", 1).locale, "es-ES");
}

/* Each spelling finds the row named want. */
static void same(const char *code, const char *want, const char *const *spellings, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        geo_place p = place(code, spellings[i], 1);
        assert_string_equal(p.city, want);
    }
}

#define SAME(code, want, ...)                                                                      \
    do {                                                                                           \
        static const char *const s_[] = {__VA_ARGS__};                                             \
        same(code, want, s_, sizeof s_ / sizeof s_[0]);                                            \
    } while (0)

static void test_place_case_space_accents(void **state)
{
    SAME("US", "Chicago", "chicago", "CHICAGO", "  Chicago\t", "chi-ca-go");
    SAME("BR",
         "S\xc3\xa3o Paulo",
         "Sao Paulo",
         "S\xc3\xa3o Paulo",
         "SAO PAULO",
         "S\xc3\x83O PAULO",
         "Sa\xcc\x83o Paulo" /* decomposed: a + combining tilde */,
         "Sao-Paulo");
    SAME("CH", "Zurich", "Z\xc3\xbcrich", "ZURICH", "Z\xc3\x9cRICH", "Zuerich");
    SAME("CO", "Bogot\xc3\xa1", "Bogota", "bogot\xc3\xa1");
    SAME("PL", "\xc5\x81\xc3\xb3\x64\xc5\xba", "Lodz", "LODZ");
    SAME("TR", "Diyarbak\xc4\xb1r", "Diyarbakir", "DIYARBAKIR");
    SAME("TR", "Istanbul", "\xc4\xb0stanbul", "istanbul");
    SAME("RO", "Timi\xc8\x99oara", "Timisoara", "Timi\xc5\x9foara" /* cedilla, not comma */);
    SAME("VN", "Da Nang", "\xc4\x90\xc3\xa0 N\xe1\xba\xb5ng", "Danang");
    SAME("VN", "Ho Chi Minh City", "H\xe1\xbb\x93 Ch\xc3\xad Minh", "Saigon", "HCMC");
    SAME("CA", "St. John's", "St Johns", "st. john\xe2\x80\x99s", "Saint John's");
}

static void test_place_aliases(void **state)
{
    SAME("US", "New York", "New York City", "NYC", "new york", "Brooklyn");
    SAME("RU",
         "Saint Petersburg",
         "St. Petersburg",
         "St Petersburg",
         "Saint-Petersburg",
         "Sankt-Peterburg",
         "Leningrad");
    SAME("IN", "Mumbai", "Bombay");
    SAME("IN", "Kolkata", "Calcutta");
    SAME("IN", "Chennai", "Madras");
    SAME("IN", "Bengaluru", "Bangalore");
    SAME("DE", "Frankfurt", "Frankfurt am Main");
    SAME("DE", "Munich", "M\xc3\xbcnchen", "Muenchen", "Munchen");
    SAME("DE", "Cologne", "K\xc3\xb6ln", "Koln", "Koeln");
    SAME("PT", "Porto", "Oporto");
    /* capitals and their other names */
    SAME("US", "Washington", "Washington", "Washington, D.C.", "Washington DC", "washington d.c.");
    SAME("MX", "Mexico City", "Ciudad de M\xc3\xa9xico", "CDMX", "Mexico City");
    SAME("UA", "Kyiv", "Kiev", "KYIV");
    SAME("IT", "Rome", "Roma");
    SAME("CN", "Beijing", "Peking");
    SAME("IN", "New Delhi", "Delhi");
    SAME("JP", "Tokyo", "Tokyo", "T\xc5\x8dky\xc5\x8d");
}

static void test_place_capital(void **state)
{
    int i, n = geo_country_count();
    geo_place p;

    /* no city, or a blank one: the capital, as asked */
    p = place("JP", NULL, 1);
    assert_string_equal(p.city, "Tokyo");
    assert_string_equal(place("JP", "", 1).city, "Tokyo");
    assert_string_equal(place("JP", "  \t", 1).city, "Tokyo");
    /* every country's capital is found under its own name */
    for (i = 0; i < n; i++) {
        const geo_country *c = geo_country_at(i);
        assert_int_equal(geo_place_find(c, c->capital, &p), 1);
        assert_ptr_equal(p.city, c->capital);
        assert_string_equal(p.timezone, c->timezone);
        assert_string_equal(p.locale, c->locale);
        assert_true(p.lat == c->lat && p.lon == c->lon);
    }
}

static void test_place_wrong_country(void **state)
{
    geo_place p = place("US", "Paris", 0);

    assert_string_equal(p.city, "Washington");
    assert_string_equal(p.timezone, "America/New_York");
    assert_string_equal(place("CA", "Chicago", 0).city, "Ottawa");
    assert_string_equal(place("CN", "Tokyo", 0).city, "Beijing");
    assert_string_equal(place("PK", "Mumbai", 0).city, "Islamabad");
    /* a name two countries share finds each country's own city */
    p = place("ES", "Valencia", 1);
    near(&p, 39.47, -0.38);
    p = place("VE", "Valencia", 1);
    near(&p, 10.16, -68.01);
}

static void test_place_unknown(void **state)
{
    char longname[300];
    geo_place p = place("BR", "Nowhereville", 0);

    /* the capital stands in */
    assert_string_equal(p.city, "Bras\xc3\xadlia");
    assert_string_equal(p.timezone, "America/Sao_Paulo");
    assert_string_equal(p.locale, "pt-BR");
    near(&p, -15.79, -47.88);
    place("BR", "???", 0);          /* no letters: names no city */
    place("BR", "\xff\xfe\xc3", 0); /* not UTF-8 */
    place("US", "Chicag", 0);       /* no prefix matching */
    place("US", "Chicago Heights", 0);
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    place("US", longname, 0);
}

/* Every row of the city table, and the names it answers to. */
static void test_cities_rows(void **state)
{
    int i, n = geo_city_count();

    assert_true(n >= 400);
    assert_non_null(geo_city_at(0));
    assert_null(geo_city_at(n));
    assert_null(geo_city_at(-1));
    for (i = 0; i < n; i++) {
        const geo_city *t = geo_city_at(i);
        const geo_country *c = geo_country_find(t->country);
        assert_non_null(c);
        assert_string_equal(c->code, t->country);
        assert_true(t->name[0] != '\0');
        assert_true(t->lat >= -90.0 && t->lat <= 90.0);
        assert_true(t->lon >= -180.0 && t->lon <= 180.0);
        assert_false(t->lat == 0.0 && t->lon == 0.0);
        /* grouped by country, as the file says */
        if (i > 0) assert_true(strcmp(geo_city_at(i - 1)->country, t->country) <= 0);
        if (t->locale) {
            const char *dash = strchr(t->locale, '-');
            assert_non_null(dash);
            assert_int_equal(strlen(dash + 1), 2);
            assert_string_equal(dash + 1, t->country);
        }
        if (t->aliases[0] != '\0') {
            size_t len = strlen(t->aliases);
            assert_true(t->aliases[0] != '|' && t->aliases[len - 1] != '|');
            assert_null(strstr(t->aliases, "||"));
        }
    }
}

/* No two rows of a country, and no row and its country's capital, answer
 * to the same name (after folding): each name finds its own row. This also
 * rules out duplicate (country, name) rows. */
static void test_cities_names_unique(void **state)
{
    int i, n = geo_city_count();

    for (i = 0; i < n; i++) {
        const geo_city *t = geo_city_at(i);
        const geo_country *c = geo_country_find(t->country);
        const char *a = t->aliases;
        geo_place p;
        assert_int_equal(geo_place_find(c, t->name, &p), 1);
        if (p.city != t->name) fail_msg("%s \"%s\" finds \"%s\"", t->country, t->name, p.city);
        assert_true(p.lat == t->lat && p.lon == t->lon);
        assert_string_equal(p.timezone, t->timezone);
        assert_string_equal(p.locale, t->locale ? t->locale : c->locale);
        while (*a) {
            char alias[128];
            size_t len = strcspn(a, "|");
            assert_true(len < sizeof alias);
            memcpy(alias, a, len);
            alias[len] = '\0';
            assert_int_equal(geo_place_find(c, alias, &p), 1);
            if (p.city != t->name)
                fail_msg("%s \"%s\" (of %s) finds \"%s\"", t->country, alias, t->name, p.city);
            a += a[len] ? len + 1 : len;
        }
    }
}

/* Whether zone.tab (its text) lists zone tz for country cc. */
static int zone_tab_has(const char *tab, const char *cc, const char *tz)
{
    const char *line = tab;
    size_t tzlen = strlen(tz);

    /* lines are "CC<tab>coordinates<tab>zone[<tab>comment]" */
    while (line) {
        const char *zone =
            strncmp(line, cc, 2) == 0 && line[2] == '\t' ? strchr(line + 3, '\t') : NULL;
        if (zone && strncmp(zone + 1, tz, tzlen) == 0 && strchr("\t\n", zone[1 + tzlen])) return 1;
        line = strchr(line, '\n');
        if (line) line++;
    }
    return 0;
}

/* Every city's zone exists in the tz database, and is one of its country's. */
static void test_cities_zones(void **state)
{
    static char tab[64 * 1024];
    FILE *f = fopen("/usr/share/zoneinfo/zone.tab", "r");
    size_t len;
    int i, n = geo_city_count();

    if (!f) skip(); /* no tzdata on this machine: nothing to check against */
    len = fread(tab, 1, sizeof tab - 1, f);
    fclose(f);
    assert_true(len > 0 && len < sizeof tab - 1);
    tab[len] = '\0';
    for (i = 0; i < n; i++) {
        const geo_city *t = geo_city_at(i);
        char path[256];
        struct stat st;
        snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", t->timezone);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            fail_msg("%s %s: no zone %s", t->country, t->name, t->timezone);
        if (!zone_tab_has(tab, t->country, t->timezone))
            fail_msg(
                "%s %s: zone.tab has no %s for %s", t->country, t->name, t->timezone, t->country);
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
        cmocka_unit_test(test_place_city),
        cmocka_unit_test(test_place_own_zone),
        cmocka_unit_test(test_place_locale),
        cmocka_unit_test(test_place_case_space_accents),
        cmocka_unit_test(test_place_aliases),
        cmocka_unit_test(test_place_capital),
        cmocka_unit_test(test_place_wrong_country),
        cmocka_unit_test(test_place_unknown),
        cmocka_unit_test(test_cities_rows),
        cmocka_unit_test(test_cities_names_unique),
        cmocka_unit_test(test_cities_zones),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
