/* test_cron.c -- src/sched: cron expressions (parsing, every error a user
 * can make, the next time in UTC and in zones with daylight time) and time
 * zones (TZif files, their footer rules, names). Zone files are Debian's
 * tzdata; glibc's own reading of them is the reference where one is needed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "sched/cron.h"
#include "sched/tz.h"

/* ---- helpers ------------------------------------------------------------ */

/* "2026-03-29T01:00:00Z" -> seconds since the epoch. */
static int64_t at(const char *iso)
{
    struct tm tm = {0};
    assert_non_null(strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm));
    return (int64_t)timegm(&tm);
}

static void iso(int64_t t, char out[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static cron parse_ok(const char *expr)
{
    cron c;
    char err[256] = "";
    if (cron_parse(expr, &c, err, sizeof err) != 0) fail_msg("\"%s\": %s", expr, err);
    return c;
}

static void parse_fails(const char *expr, const char *want)
{
    cron c;
    char err[256] = "";
    assert_int_equal(cron_parse(expr, &c, err, sizeof err), -1);
    if (!strstr(err, want)) fail_msg("\"%s\": error \"%s\" lacks \"%s\"", expr, err, want);
}

static tz *zone(const char *name)
{
    tz *z = NULL;
    char err[256] = "";
    if (tz_load(name, &z, err, sizeof err) != 0) fail_msg("%s: %s", name, err);
    return z;
}

/* The next firing of expr in zone after `after`, as ISO text. */
static void next_is(const char *expr, const char *zname, const char *after, const char *want)
{
    cron c = parse_ok(expr);
    tz *z = zone(zname);
    int64_t n = 0;
    char got[32];
    assert_int_equal(cron_next(&c, z, at(after), &n), 0);
    iso(n, got);
    if (strcmp(got, want) != 0)
        fail_msg("\"%s\" in %s after %s: %s, want %s", expr, zname, after, got, want);
    tz_free(z);
}

static uint64_t bits(const int *v, int n)
{
    uint64_t b = 0;
    for (int i = 0; i < n; i++)
        b |= (uint64_t)1 << v[i];
    return b;
}

/* ---- parsing ------------------------------------------------------------ */

static void test_parse_fields(void **state)
{
    cron c = parse_ok("* * * * *");
    assert_true(c.minute == ((uint64_t)1 << 60) - 1);
    assert_int_equal(c.hour, (1u << 24) - 1);
    assert_int_equal(c.mday, ((1u << 31) - 1) << 1);
    assert_int_equal(c.month, ((1u << 12) - 1) << 1);
    assert_int_equal(c.wday, 0x7f);
    assert_true(c.mday_any && c.wday_any);

    c = parse_ok("*/15 9-17/2 1,15 * mon-fri");
    assert_true(c.minute == bits((int[]){0, 15, 30, 45}, 4));
    assert_int_equal(c.hour, bits((int[]){9, 11, 13, 15, 17}, 5));
    assert_int_equal(c.mday, bits((int[]){1, 15}, 2));
    assert_int_equal(c.wday, bits((int[]){1, 2, 3, 4, 5}, 5));
    assert_false(c.mday_any || c.wday_any);

    c = parse_ok("5,10-12,58-59 0 * * *");
    assert_true(c.minute == bits((int[]){5, 10, 11, 12, 58, 59}, 6));

    /* "a/n" runs from a to the field's end. */
    c = parse_ok("10/20 * * * *");
    assert_true(c.minute == bits((int[]){10, 30, 50}, 3));
    c = parse_ok("0 0 */10 * *");
    assert_int_equal(c.mday, bits((int[]){1, 11, 21, 31}, 4));
    assert_true(c.mday_any); /* starts with "*": Vixie's rule */
}

static void test_parse_names(void **state)
{
    cron c = parse_ok("0 0 1 JAN,jul,Dec *");
    assert_int_equal(c.month, bits((int[]){1, 7, 12}, 3));
    c = parse_ok("0 0 1 feb-apr *");
    assert_int_equal(c.month, bits((int[]){2, 3, 4}, 3));
    c = parse_ok("0 0 * * SUN,sat");
    assert_int_equal(c.wday, bits((int[]){0, 6}, 2));
    c = parse_ok("0 0 * * Fri-Sun"); /* Sun is 7 at the end of a range */
    assert_int_equal(c.wday, bits((int[]){5, 6, 0}, 3));
    /* 0 and 7 are both Sunday. */
    assert_int_equal(parse_ok("0 0 * * 7").wday, 1);
    assert_int_equal(parse_ok("0 0 * * 0").wday, 1);
    assert_int_equal(parse_ok("0 0 * * 5-7").wday, bits((int[]){5, 6, 0}, 3));
    /* Spaces and tabs between fields, around the whole. */
    c = parse_ok("  0\t12  *   * *  ");
    assert_int_equal(c.hour, 1u << 12);
}

static void test_parse_macros(void **state)
{
    static const char *const pairs[][2] = {
        {"@yearly", "0 0 1 1 *"},
        {"@annually", "0 0 1 1 *"},
        {"@monthly", "0 0 1 * *"},
        {"@weekly", "0 0 * * 0"},
        {"@daily", "0 0 * * *"},
        {"@midnight", "0 0 * * *"},
        {"@hourly", "0 * * * *"},
        {"@DAILY", "0 0 * * *"},
        {" @hourly ", "0 * * * *"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        cron a = parse_ok(pairs[i][0]), b = parse_ok(pairs[i][1]);
        assert_memory_equal(&a, &b, sizeof a);
    }
}

static void test_parse_errors(void **state)
{
    const char *fields = "expected 5 fields (minute hour day-of-month month day-of-week)";
    parse_fails("", fields);
    parse_fails("   ", "got 0");
    parse_fails(NULL, "got 0");
    parse_fails("* * * *", "got 4");
    parse_fails("* * * * * *", "got 6");
    parse_fails("60 * * * *", "minute: 60 is out of range 0-59");
    parse_fails("* 24 * * *", "hour: 24 is out of range 0-23");
    parse_fails("* * 0 * *", "day-of-month: 0 is out of range 1-31");
    parse_fails("* * 32 * *", "day-of-month: 32 is out of range 1-31");
    parse_fails("* * * 0 *", "month: 0 is out of range 1-12");
    parse_fails("* * * 13 *", "month: 13 is out of range 1-12");
    parse_fails("* * * * 8", "day-of-week: 8 is out of range 0-7");
    parse_fails("99999999999999999999 * * * *", "minute:");
    parse_fails("5-2 * * * *", "minute: range 5-2 goes backwards");
    parse_fails("* * * dec-jan *", "month: range 12-1 goes backwards");
    parse_fails("*/0 * * * *", "minute: a step must be a number from 1 to 60");
    parse_fails("*/61 * * * *", "minute: a step must be a number from 1 to 60");
    parse_fails("*/ * * * *", "minute: a step must be");
    parse_fails("* */25 * * *", "hour: a step must be a number from 1 to 24");
    parse_fails("* * * foo *", "month: \"foo\" is not a number or a name");
    parse_fails("* * * * monday", "day-of-week: \"monday\" is not a number or a name");
    parse_fails("* * * jan-foo *", "month: \"foo\"");
    parse_fails("mon * * * *", "minute: \"mon\" is not a number");
    parse_fails("1,,2 * * * *", "minute: \"\" is not a number");
    parse_fails("1, * * * *", "minute:");
    parse_fails("1-* * * * *", "minute:");
    parse_fails("1x * * * *", "minute: unexpected \"x\"");
    parse_fails("-1 * * * *", "minute:");
    parse_fails("@reboot", "\"@reboot\" is not one of @yearly");
    parse_fails("@daily extra", "is not one of");
    parse_fails("@", "is not one of");
    /* Days no month named has: never fires. */
    parse_fails("0 0 30 2 *", "never fires");
    parse_fails("0 0 31 4,6,9,11 *", "never fires");
    parse_fails("0 0 31 apr *", "never fires");
    char long_expr[400];
    memset(long_expr, '1', sizeof long_expr - 1);
    long_expr[sizeof long_expr - 1] = '\0';
    parse_fails(long_expr, "longer than 256 characters");
    /* ...but a day that exists in leap years, or a weekday instead, is fine. */
    parse_ok("0 0 29 2 *");
    parse_ok("0 0 30 2 mon");
}

/* ---- the next time, UTC ------------------------------------------------- */

static void test_next_utc(void **state)
{
    next_is("* * * * *", "UTC", "2026-05-01T12:00:00Z", "2026-05-01T12:01:00Z");
    next_is("* * * * *", "UTC", "2026-05-01T12:00:59Z", "2026-05-01T12:01:00Z");
    next_is("0 * * * *", "UTC", "2026-05-01T12:00:00Z", "2026-05-01T13:00:00Z");
    next_is("@hourly", "UTC", "2026-05-01T23:59:00Z", "2026-05-02T00:00:00Z");
    next_is("30 2 * * *", "UTC", "2026-05-01T02:30:00Z", "2026-05-02T02:30:00Z");
    next_is("30 2 * * *", "UTC", "2026-05-01T02:29:59Z", "2026-05-01T02:30:00Z");
    /* Month and year ends. */
    next_is("@monthly", "UTC", "2026-01-31T10:00:00Z", "2026-02-01T00:00:00Z");
    next_is("@yearly", "UTC", "2026-06-15T00:00:00Z", "2027-01-01T00:00:00Z");
    next_is("0 0 31 * *", "UTC", "2026-04-01T00:00:00Z", "2026-05-31T00:00:00Z");
    next_is("59 23 31 12 *", "UTC", "2026-12-31T23:59:00Z", "2027-12-31T23:59:00Z");
    /* Leap days: 2028, then 2100 is no leap year. */
    next_is("0 0 29 2 *", "UTC", "2025-03-01T00:00:00Z", "2028-02-29T00:00:00Z");
    next_is("0 0 29 2 *", "UTC", "2096-03-01T00:00:00Z", "2104-02-29T00:00:00Z");
    /* Weekdays: 2026-05-01 is a Friday. */
    next_is("0 9 * * mon", "UTC", "2026-05-01T00:00:00Z", "2026-05-04T09:00:00Z");
    next_is("0 9 * * 1-5", "UTC", "2026-05-01T10:00:00Z", "2026-05-04T09:00:00Z");
    next_is("0 9 * * 0", "UTC", "2026-05-01T10:00:00Z", "2026-05-03T09:00:00Z");
    next_is("@weekly", "UTC", "2026-05-01T10:00:00Z", "2026-05-03T00:00:00Z");
    /* Both day fields restricted: either matches (the 13th or a Friday). */
    next_is("0 0 13 * 5", "UTC", "2026-05-01T10:00:00Z", "2026-05-08T00:00:00Z");
    next_is("0 0 13 * 5", "UTC", "2026-05-09T00:00:00Z", "2026-05-13T00:00:00Z");
    /* One starting with "*": both must match (odd days that are Mondays). */
    next_is("0 0 */2 * 1", "UTC", "2026-05-01T10:00:00Z", "2026-05-11T00:00:00Z");
    /* Far steps and lists. */
    next_is("*/20 */6 * * *", "UTC", "2026-05-01T06:41:00Z", "2026-05-01T12:00:00Z");
    next_is("0 12 1 1,7 *", "UTC", "2026-02-01T00:00:00Z", "2026-07-01T12:00:00Z");
}

/* Every minute from a start, checked by brute force against the fields. */
static int fires_at(const cron *c, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    int dm = c->mday >> tm.tm_mday & 1, dw = c->wday >> tm.tm_wday & 1;
    int day = !c->mday_any && !c->wday_any ? dm || dw : dm && dw;
    return tm.tm_sec == 0 && (c->minute >> tm.tm_min & 1) && (c->hour >> tm.tm_hour & 1) &&
           (c->month >> (tm.tm_mon + 1) & 1) && day;
}

static void test_next_brute_force(void **state)
{
    static const char *const exprs[] = {
        "*/7 * * * *",
        "13 */5 * * *",
        "0 0 * * 3",
        "15 3 1,15 * *",
        "0 0 13 * 5",
        "0 0 */2 * 1",
        "45 23 * * 6,0",
        "0 6-9 * 3-4 *",
        "10/25 1 * * *",
        "0 0 1 */3 *",
        "5 4 28-31 2 *",
        "0 0 * feb sun",
        "1 1 1 1 *",
    };
    tz *utc = zone("UTC");
    srand(7);
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        cron c = parse_ok(exprs[i]);
        for (int k = 0; k < 6; k++) {
            int64_t after =
                at("2026-01-01T00:00:00Z") + (int64_t)(rand() % 400) * 86400 + rand() % 86400;
            int64_t want = (after / 60 + 1) * 60;
            while (!fires_at(&c, want))
                want += 60;
            int64_t got = 0;
            assert_int_equal(cron_next(&c, utc, after, &got), 0);
            if (got != want) {
                char a[32], g[32], w[32];
                iso(after, a), iso(got, g), iso(want, w);
                fail_msg("\"%s\" after %s: %s, want %s", exprs[i], a, g, w);
            }
        }
    }
    tz_free(utc);
}

/* ---- the next time in zones --------------------------------------------- */

static void test_next_zones(void **state)
{
    /* New York: 09:00 is 14:00 UTC in winter, 13:00 in summer. */
    next_is("0 9 * * *", "America/New_York", "2026-01-10T00:00:00Z", "2026-01-10T14:00:00Z");
    next_is("0 9 * * *", "America/New_York", "2026-07-10T00:00:00Z", "2026-07-10T13:00:00Z");
    /* Kolkata, half an hour off: its midnight is 18:30 UTC the day before. */
    next_is("@daily", "Asia/Kolkata", "2026-05-01T12:00:00Z", "2026-05-01T18:30:00Z");
    /* Kathmandu, +05:45. */
    next_is("0 0 * * *", "Asia/Kathmandu", "2026-05-01T12:00:00Z", "2026-05-01T18:15:00Z");
    /* A day boundary that is not UTC's: Tokyo's Monday 08:00 is Sunday 23:00 UTC. */
    next_is("0 8 * * mon", "Asia/Tokyo", "2026-05-01T00:00:00Z", "2026-05-03T23:00:00Z");
}

/* Paris jumps from 02:00 to 03:00 on 2026-03-29 (01:00 UTC) and back from
 * 03:00 to 02:00 on 2026-10-25 (01:00 UTC). */
static void test_next_daylight_saving(void **state)
{
    /* Skipped 02:30 fires once, at the jump; the day after as usual. */
    next_is("30 2 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
    next_is("30 2 * * *", "Europe/Paris", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z");
    /* Every minute of the skipped hour collapses into the jump too. */
    next_is("*/15 2 * * *", "Europe/Paris", "2026-03-29T00:50:00Z", "2026-03-29T01:00:00Z");
    next_is("*/15 2 * * *", "Europe/Paris", "2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z");
    /* Times around the gap stay themselves. */
    next_is("59 1 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-29T00:59:00Z");
    next_is("0 3 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
    /* Repeated 02:30 fires at its first occurrence (00:30 UTC), not again. */
    next_is("30 2 * * *", "Europe/Paris", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z");
    next_is("30 2 * * *", "Europe/Paris", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
    /* In the second pass of the hour, its wall times are repeats: the next
     * firing is 03:00 CET. */
    next_is("*/15 * * * *", "Europe/Paris", "2026-10-25T00:50:00Z", "2026-10-25T02:00:00Z");
    next_is("*/15 * * * *", "Europe/Paris", "2026-10-25T01:20:00Z", "2026-10-25T02:00:00Z");
    /* Hourly: 02:00 CEST fired at 00:00 UTC; 02:00 CET is its repeat. */
    next_is("0 * * * *", "Europe/Paris", "2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z");
    /* New York: 02:00 skipped on 2026-03-08, 01:30 repeated on 2026-11-01. */
    next_is("0 2 * * *", "America/New_York", "2026-03-08T00:00:00Z", "2026-03-08T07:00:00Z");
    next_is("30 1 * * *", "America/New_York", "2026-11-01T00:00:00Z", "2026-11-01T05:30:00Z");
    next_is("30 1 * * *", "America/New_York", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z");
    /* Sydney, in the south: daylight time spans the new year. */
    next_is("0 12 1 1 *", "Australia/Sydney", "2026-06-01T00:00:00Z", "2027-01-01T01:00:00Z");
    next_is("0 12 1 7 *", "Australia/Sydney", "2026-01-01T00:00:00Z", "2026-07-01T02:00:00Z");
}

/* Past the last transition in the file, the footer's rule decides. */
static void test_next_far_future(void **state)
{
    next_is("0 12 1 7 *", "Europe/Paris", "2050-01-01T00:00:00Z", "2050-07-01T10:00:00Z");
    next_is("0 12 1 1 *", "Europe/Paris", "2050-06-01T00:00:00Z", "2051-01-01T11:00:00Z");
    next_is("0 12 1 1 *", "Australia/Sydney", "2060-06-01T00:00:00Z", "2061-01-01T01:00:00Z");
    next_is("30 2 * * *", "Europe/Paris", "2060-03-27T12:00:00Z", "2060-03-28T01:00:00Z");
}

/* ---- zones -------------------------------------------------------------- */

static void test_tz_names(void **state)
{
    assert_true(tz_name_valid("UTC"));
    assert_true(tz_name_valid("Europe/Paris"));
    assert_true(tz_name_valid("America/Argentina/Buenos_Aires"));
    assert_true(tz_name_valid("Etc/GMT+5"));
    assert_true(tz_name_valid("America/Port-au-Prince"));
    assert_false(tz_name_valid(NULL));
    assert_false(tz_name_valid(""));
    assert_false(tz_name_valid("../../etc/passwd"));
    assert_false(tz_name_valid("Europe/../../etc/passwd"));
    assert_false(tz_name_valid("/etc/passwd"));
    assert_false(tz_name_valid("Europe/"));
    assert_false(tz_name_valid("Europe//Paris"));
    assert_false(tz_name_valid(".hidden"));
    assert_false(tz_name_valid("Europe/Paris Time"));
    assert_false(tz_name_valid("Europe\\Paris"));
    char long_name[80];
    memset(long_name, 'a', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    assert_false(tz_name_valid(long_name));

    tz *z = NULL;
    char err[256] = "";
    assert_int_equal(tz_load("Mars/Olympus_Mons", &z, err, sizeof err), -1);
    assert_string_equal(err, "unknown time zone \"Mars/Olympus_Mons\"");
    assert_int_equal(tz_load("../etc/passwd", &z, err, sizeof err), -1);
    assert_non_null(strstr(err, "is not a time zone name"));
    assert_int_equal(tz_load("Europe", &z, err, sizeof err), -1); /* a folder */
    assert_int_equal(tz_load("UTC", &z, err, sizeof err), 0);
    assert_string_equal(tz_name(z), "UTC");
    assert_int_equal(tz_offset(z, 0), 0);
    tz_free(z);
    tz_free(NULL);
}

/* Our reading of zone files against glibc's, at many instants from 1900 to
 * 2100 (past 2037 through the footer rules). */
static void test_tz_against_libc(void **state)
{
    static const char *const names[] = {
        "Europe/Paris",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
        "America/Santiago",
        "Europe/Dublin",
        "Pacific/Chatham",
        "Africa/Casablanca",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",
        "Asia/Tehran",
        "America/Godthab",
    };
    srand(11);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        tz *z = zone(names[i]);
        setenv("TZ", names[i], 1);
        tzset();
        for (int k = 0; k < 3000; k++) {
            int64_t t = at("1900-01-01T00:00:00Z") +
                        (int64_t)((double)rand() / RAND_MAX * (200.0 * 365.25 * 86400));
            time_t tt = (time_t)t;
            struct tm tm;
            localtime_r(&tt, &tm);
            if (tz_offset(z, t) != tm.tm_gmtoff) {
                char a[32];
                iso(t, a);
                fail_msg("%s at %s: %d, libc %ld", names[i], a, tz_offset(z, t), tm.tm_gmtoff);
            }
        }
        tz_free(z);
    }
    unsetenv("TZ");
    tzset();
}

/* ---- TZif files made by hand -------------------------------------------- */

typedef struct tzif {
    unsigned char b[512];
    size_t n;
} tzif;

static void put32(tzif *f, uint32_t v)
{
    for (int i = 3; i >= 0; i--)
        f->b[f->n++] = (unsigned char)(v >> (i * 8));
}

static void put64(tzif *f, int64_t v)
{
    put32(f, (uint32_t)((uint64_t)v >> 32));
    put32(f, (uint32_t)v);
}

static void header(tzif *f, char version, uint32_t times, uint32_t types)
{
    memcpy(f->b + f->n, "TZif", 4);
    f->n += 4;
    f->b[f->n++] = (unsigned char)version;
    memset(f->b + f->n, 0, 15);
    f->n += 15;
    put32(f, 0); /* isut */
    put32(f, 0); /* isstd */
    put32(f, 0); /* leap */
    put32(f, times);
    put32(f, types);
    put32(f, 4); /* chars */
}

/* Types: offsets; one transition at t to type 1. */
static void block(tzif *f, int wide, int64_t t, const int32_t *offs, int ntypes, int times)
{
    if (times) {
        if (wide)
            put64(f, t);
        else
            put32(f, (uint32_t)t);
        f->b[f->n++] = 1;
    }
    for (int i = 0; i < ntypes; i++) {
        put32(f, (uint32_t)offs[i]);
        f->b[f->n++] = 0;
        f->b[f->n++] = 0;
    }
    memcpy(f->b + f->n, "AB\0\0", 4);
    f->n += 4;
}

static tz *parse_or_fail(const tzif *f, const char *want_err)
{
    tz *z = NULL;
    char err[256] = "";
    int rc = tz_parse("Test/Zone", f->b, f->n, &z, err, sizeof err);
    if (want_err) {
        assert_int_equal(rc, -1);
        if (!strstr(err, want_err)) fail_msg("error \"%s\" lacks \"%s\"", err, want_err);
        return NULL;
    }
    if (rc != 0) fail_msg("tz_parse: %s", err);
    return z;
}

static void test_tzif_version1(void **state)
{
    tzif f = {.n = 0};
    int32_t offs[2] = {3600, 7200};
    header(&f, 0, 1, 2);
    block(&f, 0, 1000000, offs, 2, 1);
    tz *z = parse_or_fail(&f, NULL);
    assert_int_equal(tz_offset(z, 0), 3600); /* before the first: type 0 */
    assert_int_equal(tz_offset(z, 999999), 3600);
    assert_int_equal(tz_offset(z, 1000000), 7200);
    assert_int_equal(tz_offset(z, INT64_C(5000000000)), 7200);
    assert_string_equal(tz_name(z), "Test/Zone");
    tz_free(z);
}

/* A version 2 file with no transitions: the footer alone decides. */
static tz *footer_zone(const char *footer, const char *want_err)
{
    tzif f = {.n = 0};
    int32_t offs[1] = {0};
    header(&f, '2', 0, 1);
    block(&f, 0, 0, offs, 1, 0);
    header(&f, '2', 0, 1);
    block(&f, 1, 0, offs, 1, 0);
    f.b[f.n++] = '\n';
    memcpy(f.b + f.n, footer, strlen(footer));
    f.n += strlen(footer);
    f.b[f.n++] = '\n';
    return parse_or_fail(&f, want_err);
}

static void test_tzif_footer_rules(void **state)
{
    tz *z = footer_zone("EST5EDT,M3.2.0,M11.1.0", NULL);
    assert_int_equal(tz_offset(z, at("2030-01-15T12:00:00Z")), -5 * 3600);
    assert_int_equal(tz_offset(z, at("2030-07-15T12:00:00Z")), -4 * 3600);
    /* 2030-03-10 02:00 EST = 07:00 UTC. */
    assert_int_equal(tz_offset(z, at("2030-03-10T06:59:59Z")), -5 * 3600);
    assert_int_equal(tz_offset(z, at("2030-03-10T07:00:00Z")), -4 * 3600);
    /* 2030-11-03 02:00 EDT = 06:00 UTC. */
    assert_int_equal(tz_offset(z, at("2030-11-03T05:59:59Z")), -4 * 3600);
    assert_int_equal(tz_offset(z, at("2030-11-03T06:00:00Z")), -5 * 3600);
    tz_free(z);

    z = footer_zone("<+0330>-3:30", NULL);
    assert_int_equal(tz_offset(z, 0), 12600);
    tz_free(z);
    z = footer_zone("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", NULL); /* Greenland: negative times */
    assert_int_equal(tz_offset(z, at("2030-01-15T12:00:00Z")), -3 * 3600);
    assert_int_equal(tz_offset(z, at("2030-07-15T12:00:00Z")), -2 * 3600);
    tz_free(z);
    /* Julian days: J60 is March 1 even in leap years; n counts Feb 29. */
    z = footer_zone("XST-1XDT,J60/0,J300/0", NULL);
    assert_int_equal(tz_offset(z, at("2032-02-29T12:00:00Z")), 3600);
    assert_int_equal(tz_offset(z, at("2032-03-01T12:00:00Z")), 7200);
    tz_free(z);
    z = footer_zone("XST-1XDT,59/0,299/0", NULL); /* day 59: Feb 29 in a leap year */
    assert_int_equal(tz_offset(z, at("2032-02-28T12:00:00Z")), 3600);
    assert_int_equal(tz_offset(z, at("2032-02-29T12:00:00Z")), 7200);
    tz_free(z);
    /* Daylight time without dates: the US rule. */
    z = footer_zone("EST5EDT", NULL);
    assert_int_equal(tz_offset(z, at("2030-07-15T12:00:00Z")), -4 * 3600);
    tz_free(z);
    /* An empty footer: the types alone. */
    z = footer_zone("", NULL);
    assert_int_equal(tz_offset(z, 0), 0);
    tz_free(z);

    footer_zone("E5", "not a TZ rule");
    footer_zone("EST", "not a TZ rule");
    footer_zone("EST5EDT,M13.1.0,M11.1.0", "not a TZ rule");
    footer_zone("EST5EDT,M3.6.0,M11.1.0", "not a TZ rule");
    footer_zone("EST5EDT,M3.2.7,M11.1.0", "not a TZ rule");
    footer_zone("EST5EDT,M3.2.0", "not a TZ rule");
    footer_zone("EST5EDT,J0,J100", "not a TZ rule");
    footer_zone("EST5EDT,M3.2.0/200,M11.1.0", "not a TZ rule");
    footer_zone("EST99", "not a TZ rule");
    footer_zone("<+03", "not a TZ rule");
}

static void test_tzif_broken(void **state)
{
    tzif f = {.n = 0};
    int32_t offs[2] = {3600, 7200};
    tz *z;
    char err[256];

    assert_int_equal(tz_parse("x", "", 0, &z, err, sizeof err), -1);
    assert_string_equal(err, "not a TZif file");
    assert_int_equal(tz_parse("x", "TZjf", 4, &z, err, sizeof err), -1);
    header(&f, 0, 1, 2);
    block(&f, 0, 1000000, offs, 2, 1);
    /* Every cut of a good file fails cleanly. */
    for (size_t n = 0; n < f.n; n++)
        assert_int_equal(tz_parse("x", f.b, n, &z, err, sizeof err), -1);
    /* No types. */
    tzif g = {.n = 0};
    header(&g, 0, 0, 0);
    parse_or_fail(&g, "header out of bounds");
    /* A transition to a type that does not exist. */
    tzif h = {.n = 0};
    header(&h, 0, 1, 2);
    block(&h, 0, 1000000, offs, 2, 1);
    h.b[44 + 4] = 9;
    parse_or_fail(&h, "out of order");
    /* A huge count. */
    tzif k = {.n = 0};
    header(&k, 0, 0xffffffu, 2);
    parse_or_fail(&k, "header out of bounds");
    /* A real file cut at every length stays safe (run under ASan in CI). */
    FILE *file = fopen("/usr/share/zoneinfo/Europe/Paris", "rb");
    assert_non_null(file);
    static unsigned char real[8192];
    size_t len = fread(real, 1, sizeof real, file);
    fclose(file);
    assert_true(len > 100);
    for (size_t n = 0; n + 1 < len; n += 7) {
        if (tz_parse("x", real, n, &z, err, sizeof err) == 0) tz_free(z);
    }
    assert_int_equal(tz_parse("x", real, len, &z, err, sizeof err), 0);
    tz_free(z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_fields),
        cmocka_unit_test(test_parse_names),
        cmocka_unit_test(test_parse_macros),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_next_utc),
        cmocka_unit_test(test_next_brute_force),
        cmocka_unit_test(test_next_zones),
        cmocka_unit_test(test_next_daylight_saving),
        cmocka_unit_test(test_next_far_future),
        cmocka_unit_test(test_tz_names),
        cmocka_unit_test(test_tz_against_libc),
        cmocka_unit_test(test_tzif_version1),
        cmocka_unit_test(test_tzif_footer_rules),
        cmocka_unit_test(test_tzif_broken),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
