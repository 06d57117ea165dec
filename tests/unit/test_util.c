/* test_util.c -- unit tests for src/util: buffers, strings, time, hashing,
 * identifiers. */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/util.h"

static const char crockford[] = "0123456789abcdefghjkmnpqrstvwxyz";

/* ---- memory and strings ---------------------------------------------- */

static void test_xstr(void **state)
{
    char *s = xstrdup("hello"), *t = xstrndup("hello", 3), *u;

    assert_string_equal(s, "hello");
    assert_string_equal(t, "hel");
    assert_null(xstrdup(NULL));
    u = xasprintf("%s-%d", "x", 42);
    assert_string_equal(u, "x-42");
    free(s);
    free(t);
    free(u);
    u = xstrndup("ab", 10);
    assert_string_equal(u, "ab");
    free(u);
}

static void test_strlcpy(void **state)
{
    char d[6];

    assert_int_equal(util_strlcpy(d, "abc", sizeof d), 3);
    assert_string_equal(d, "abc");
    assert_int_equal(util_strlcpy(d, "abcdefgh", sizeof d), 8);
    assert_string_equal(d, "abcde");
    assert_int_equal(util_strlcpy(d, "", sizeof d), 0);
    assert_string_equal(d, "");
    d[0] = 'z';
    assert_int_equal(util_strlcpy(d, "abc", 0), 3);
    assert_int_equal(d[0], 'z');
}

static void test_parse_long(void **state)
{
    long v = 7;

    assert_int_equal(util_parse_long("0", 0, 10, &v), 0);
    assert_int_equal(v, 0);
    assert_int_equal(util_parse_long("42", 0, 100, &v), 0);
    assert_int_equal(v, 42);
    assert_int_equal(util_parse_long("-5", -10, 10, &v), 0);
    assert_int_equal(v, -5);
    assert_int_equal(util_parse_long("10", 0, 10, &v), 0);
    assert_int_equal(v, 10);
    v = 7;
    assert_int_equal(util_parse_long("11", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("-1", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("", 0, 10, &v), -1);
    assert_int_equal(util_parse_long(NULL, 0, 10, &v), -1);
    assert_int_equal(util_parse_long(" 1", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("1 ", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("+1", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("-", -10, 10, &v), -1);
    assert_int_equal(util_parse_long("abc", 0, 10, &v), -1);
    assert_int_equal(util_parse_long("12a", 0, 100, &v), -1);
    assert_int_equal(util_parse_long("0x10", 0, 100, &v), -1);
    assert_int_equal(util_parse_long("99999999999999999999999", 0, 1L << 62, &v), -1);
    assert_int_equal(util_parse_long("-99999999999999999999999", -(1L << 62), 0, &v), -1);
    assert_int_equal(v, 7); /* untouched on failure */
    assert_int_equal(util_parse_long("9223372036854775807", 0, 9223372036854775807L, &v), 0);
    assert_true(v == 9223372036854775807L);
}

static void test_utf8_valid(void **state)
{
    static const struct {
        const char *s;
        size_t len;
        int ok;
    } cases[] = {
        {"", 0, 1},
        {"plain ascii", 11, 1},
        {"h\xc3\xa9llo", 6, 1},             /* é */
        {"\xe6\x97\xa5\xe6\x9c\xac", 6, 1}, /* 日本 */
        {"\xf0\x9f\x98\x80", 4, 1},         /* U+1F600 */
        {"\xf4\x8f\xbf\xbf", 4, 1},         /* U+10FFFF */
        {"\xef\xbf\xbf", 3, 1},             /* U+FFFF */
        {"\xed\x9f\xbf", 3, 1},             /* U+D7FF */
        {"a\0b", 3, 0},                     /* NUL */
        {"\xc0\x80", 2, 0},                 /* overlong NUL */
        {"\xc1\xbf", 2, 0},                 /* overlong */
        {"\xe0\x80\xaf", 3, 0},             /* overlong '/' */
        {"\xe0\x9f\xbf", 3, 0},             /* overlong U+07FF */
        {"\xf0\x8f\xbf\xbf", 4, 0},         /* overlong U+FFFF */
        {"\xed\xa0\x80", 3, 0},             /* surrogate U+D800 */
        {"\xed\xbf\xbf", 3, 0},             /* surrogate U+DFFF */
        {"\xf4\x90\x80\x80", 4, 0},         /* U+110000 */
        {"\xf5\x80\x80\x80", 4, 0},
        {"\x80", 1, 0},     /* lone continuation */
        {"\xe6\x97", 2, 0}, /* truncated */
        {"\xc3", 1, 0},
        {"\xc3\x28", 2, 0}, /* bad continuation */
        {"\xff", 1, 0},
        {"\xfe", 1, 0},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (util_utf8_valid(cases[i].s, cases[i].len) != cases[i].ok) fail_msg("utf8 case %zu", i);
    }
    /* Length bounds the check: the bad byte after len is not looked at. */
    assert_true(util_utf8_valid("ab\xff", 2));
}

/* A message cut to a buffer's size ends inside a character: the cut
 * character goes, other bad bytes become '?', valid text is untouched. */
static void test_utf8_scrub(void **state)
{
    static const struct {
        const char *in, *out;
        int changed;
    } cases[] = {
        {"closest: <button> \"\xf0\x9f\x97\x91\"", "closest: <button> \"\xf0\x9f\x97\x91\"", 0},
        {"closest: <button> \"\xf0\x9f\x97", "closest: <button> \"", 1}, /* cut in a 4-byte one */
        {"caf\xc3", "caf", 1},                                           /* cut in a 2-byte one */
        {"a\xff"
         "b",
         "a?b",
         1},                     /* a stray byte */
        {"\xe6\x97x", "??x", 1}, /* not at the end: no cut, each bad byte marked */
        {"\x80", "?", 1},
        {"", "", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[64];
        util_strlcpy(text, cases[i].in, sizeof text);
        assert_int_equal(util_utf8_scrub(text), cases[i].changed);
        assert_string_equal(text, cases[i].out);
        assert_true(util_utf8_valid(text, strlen(text)));
    }
}

/* ---- time ------------------------------------------------------------ */

static void test_time_fmt(void **state)
{
    char out[UTIL_TIME_LEN];

    util_time_fmt(0, out);
    assert_string_equal(out, "1970-01-01T00:00:00.000Z");
    util_time_fmt(1700000000123LL, out);
    assert_string_equal(out, "2023-11-14T22:13:20.123Z");
    util_time_fmt(1795899600123LL, out);
    assert_string_equal(out, "2026-11-28T21:00:00.123Z");
    util_time_fmt(951782400007LL, out); /* leap day 2000 */
    assert_string_equal(out, "2000-02-29T00:00:00.007Z");
    util_time_fmt(-1, out);
    assert_string_equal(out, "1969-12-31T23:59:59.999Z");
    util_time_fmt(253402300799999LL, out);
    assert_string_equal(out, "9999-12-31T23:59:59.999Z");
    assert_int_equal(strlen(out), UTIL_TIME_LEN - 1);
}

static void test_clocks(void **state)
{
    int64_t now = util_now_ms(), m0 = util_mono_ms(), m1;

    assert_true(now > 1577836800000LL); /* after 2020 */
    util_sleep_ms(5);
    m1 = util_mono_ms();
    assert_true(m1 - m0 >= 5);
    util_sleep_ms(0);
    util_sleep_ms(-3);
}

/* A timed wait on a util_cond_init variable until util_deadline_ts(ms)
 * lasts ms. On the default clock it returned at once, and pool_take's loop
 * (a script task waiting for its runner) spun a core. */
static void test_cond_timed_wait_lasts_until_its_deadline(void **state)
{
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c;
    util_cond_init(&c);
    pthread_mutex_lock(&mu);
    int64_t t0 = util_mono_ms();
    struct timespec ts = util_deadline_ts(60);
    int rc;
    do
        rc = pthread_cond_timedwait(&c, &mu, &ts);
    while (rc == 0); /* a spurious wake-up */
    int64_t waited = util_mono_ms() - t0;
    pthread_mutex_unlock(&mu);
    pthread_cond_destroy(&c);
    assert_int_equal(rc, ETIMEDOUT);
    assert_true(waited >= 59);
}

/* ---- buffers --------------------------------------------------------- */

static void test_buf_basic(void **state)
{
    buf b = {0};
    char *s;

    buf_append(&b, "", 0);
    assert_non_null(b.s);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.s, "");
    buf_puts(&b, "hello");
    buf_append(&b, ", world", 7);
    buf_printf(&b, " %d%c", 42, '!');
    assert_int_equal(b.len, strlen("hello, world 42!"));
    assert_string_equal(b.s, "hello, world 42!");
    buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.s, "");
    buf_puts(&b, "x");
    s = buf_steal(&b);
    assert_string_equal(s, "x");
    assert_null(b.s);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    free(s);
    buf_free(&b);
    buf_free(&b); /* twice is fine */
}

static void test_buf_steal_empty(void **state)
{
    buf b = {0};
    char *s = buf_steal(&b);

    assert_non_null(s);
    assert_string_equal(s, "");
    free(s);
    buf_reset(&b); /* on a never-used buffer */
    assert_null(b.s);
}

static void test_buf_growth(void **state)
{
    buf b = {0};
    size_t i;

    for (i = 0; i < 10000; i++)
        buf_append(&b, "0123456789", 10);
    assert_int_equal(b.len, 100000);
    assert_int_equal(b.s[b.len], '\0');
    assert_true(b.cap > b.len);
    assert_memory_equal(b.s + 99990, "0123456789", 10);
    buf_reset(&b);
    buf_printf(&b, "%5000s|", "x");
    assert_int_equal(b.len, 5001);
    assert_int_equal(b.s[4999], 'x');
    assert_int_equal(b.s[5000], '|');
    assert_int_equal(b.s[5001], '\0');
    buf_free(&b);
    assert_null(b.s);
    buf_puts(&b, "again"); /* reusable after free */
    assert_string_equal(b.s, "again");
    buf_free(&b);
}

static void test_buf_binary(void **state)
{
    buf b = {0};

    buf_append(&b, "a\0b", 3);
    assert_int_equal(b.len, 3);
    assert_memory_equal(b.s, "a\0b", 4);
    buf_free(&b);
}

/* ---- hashing --------------------------------------------------------- */

static void test_sha256(void **state)
{
    char out[UTIL_SHA256_HEX];

    util_sha256_hex("abc", 3, out);
    assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    util_sha256_hex("", 0, out);
    assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    util_sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, out);
    assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_hmac(void **state)
{
    char out[UTIL_SHA256_HEX];
    unsigned char key[20];

    /* RFC 4231 test case 2 */
    util_hmac_hex("Jefe", 4, "what do ya want for nothing?", 28, out);
    assert_string_equal(out, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    /* RFC 4231 test case 1 */
    memset(key, 0x0b, sizeof key);
    util_hmac_hex(key, sizeof key, "Hi There", 8, out);
    assert_string_equal(out, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    /* Empty key and message must not crash. */
    util_hmac_hex("", 0, "", 0, out);
    assert_int_equal(strlen(out), 64);
}

static void test_ct_equal(void **state)
{
    assert_true(util_ct_equal("abcdef", "abcdef", 6));
    assert_false(util_ct_equal("abcdef", "abcdeg", 6));
    assert_false(util_ct_equal("xbcdef", "abcdef", 6));
    assert_true(util_ct_equal("abc", "abd", 2));
    assert_true(util_ct_equal("", "", 0));
}

/* ---- identifiers ----------------------------------------------------- */

static int64_t id_time(const char *id)
{
    int64_t t = 0;
    int i;

    for (i = 0; i < 10; i++)
        t = t * 32 + (strchr(crockford, id[i]) - crockford);
    return t;
}

static void test_id_shape(void **state)
{
    char id[UTIL_ID_LEN];
    int64_t before = util_now_ms(), after;
    size_t i;

    util_new_id(id);
    after = util_now_ms();
    assert_int_equal(strlen(id), 36);
    for (i = 0; i < 36; i++)
        assert_non_null(strchr(crockford, id[i]));
    assert_true(util_id_valid(id));
    assert_true(id_time(id) >= before && id_time(id) <= after);
}

static void test_id_order(void **state)
{
    char a[UTIL_ID_LEN], b[UTIL_ID_LEN];

    util_new_id(a);
    util_sleep_ms(3);
    util_new_id(b);
    assert_true(strcmp(a, b) < 0);
    assert_true(memcmp(a, b, 10) < 0);
}

static int cmp_ids(const void *x, const void *y)
{
    return strcmp((const char *)x, (const char *)y);
}

static void test_id_unique(void **state)
{
    enum { N = 10000 };
    char(*ids)[UTIL_ID_LEN] = malloc(sizeof *ids * N);
    int i;

    assert_non_null(ids);
    for (i = 0; i < N; i++)
        util_new_id(ids[i]);
    qsort(ids, N, sizeof *ids, cmp_ids);
    for (i = 1; i < N; i++)
        assert_true(strcmp(ids[i - 1], ids[i]) < 0);
    free(ids);
}

static void test_id_valid(void **state)
{
    assert_true(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz0000"));
    assert_false(util_id_valid(NULL));
    assert_false(util_id_valid(""));
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000"));   /* 35 */
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz00000")); /* 37 */
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000i"));
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000l"));
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000o"));
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000u"));
    assert_false(util_id_valid("0123456789ABCDEFGHJKMNPQRSTVWXYZ0000"));
    assert_false(util_id_valid("0123456789abcdefghjkmnpqrstvwxyz000-"));
    assert_false(util_id_valid("../../etc/passwd0000000000000000000"));
}

static void test_random_b32(void **state)
{
    char a[65], b[65];
    size_t i;

    util_random_b32(a, 64);
    util_random_b32(b, 64);
    assert_int_equal(strlen(a), 64);
    for (i = 0; i < 64; i++)
        assert_non_null(strchr(crockford, a[i]));
    assert_string_not_equal(a, b);
    util_random_b32(a, 0);
    assert_string_equal(a, "");
    util_random(b, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xstr),
        cmocka_unit_test(test_strlcpy),
        cmocka_unit_test(test_parse_long),
        cmocka_unit_test(test_utf8_valid),
        cmocka_unit_test(test_utf8_scrub),
        cmocka_unit_test(test_time_fmt),
        cmocka_unit_test(test_clocks),
        cmocka_unit_test(test_cond_timed_wait_lasts_until_its_deadline),
        cmocka_unit_test(test_buf_basic),
        cmocka_unit_test(test_buf_steal_empty),
        cmocka_unit_test(test_buf_growth),
        cmocka_unit_test(test_buf_binary),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_hmac),
        cmocka_unit_test(test_ct_equal),
        cmocka_unit_test(test_id_shape),
        cmocka_unit_test(test_id_order),
        cmocka_unit_test(test_id_unique),
        cmocka_unit_test(test_id_valid),
        cmocka_unit_test(test_random_b32),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
