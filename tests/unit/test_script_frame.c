/* test_script_frame.c -- unit tests for the frame codec of src/engine/script:
 * the 4-byte big-endian length + JSON frames the server and a script runner
 * exchange, and the base64 of the screenshots inside them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "task/script.h"
#include "util/util.h"

static void test_encode(void **state)
{
    size_t len = 0;
    unsigned char *f = script_frame_encode("{\"a\":1}", 7, &len);
    assert_int_equal(len, 11);
    assert_memory_equal(f, "\0\0\0\7{\"a\":1}", 11);
    free(f);
    f = script_frame_encode("", 0, &len);
    assert_int_equal(len, 4);
    assert_memory_equal(f, "\0\0\0\0", 4);
    free(f);
}

/* Encode, feed back, read: the same body comes out. */
static void test_round_trip(void **state)
{
    size_t big_len = 300000, len;
    char *big = malloc(big_len);
    for (size_t i = 0; i < big_len; i++)
        big[i] = (char)('a' + i % 26);
    unsigned char *f = script_frame_encode(big, big_len, &len);
    assert_int_equal(len, big_len + 4);
    assert_int_equal(f[0], 0);
    assert_int_equal(f[1], (300000 >> 16) & 0xff);
    assert_int_equal(f[2], (300000 >> 8) & 0xff);
    assert_int_equal(f[3], 300000 & 0xff);

    script_framer fr;
    script_framer_init(&fr, 0);
    script_framer_feed(&fr, f, len);
    char *body = NULL;
    size_t blen = 0;
    assert_int_equal(script_framer_next(&fr, &body, &blen), 1);
    assert_int_equal(blen, big_len);
    assert_memory_equal(body, big, big_len);
    assert_int_equal(body[blen], '\0');
    free(body);
    assert_int_equal(script_framer_next(&fr, &body, &blen), 0);
    script_framer_free(&fr);
    free(f);
    free(big);
}

/* Frames arrive in pieces of any size, several in one read. */
static void test_split_and_joined(void **state)
{
    const char *bodies[] = {"{\"type\":\"ready\"}",
                            "",
                            "{\"type\":\"log\",\"text\":\"x\"}",
                            "{\"type\":\"done\",\"ok\":true}"};
    unsigned char stream[256];
    size_t n = 0;
    for (size_t i = 0; i < 4; i++) {
        size_t len;
        unsigned char *f = script_frame_encode(bodies[i], strlen(bodies[i]), &len);
        memcpy(stream + n, f, len);
        n += len;
        free(f);
    }
    for (size_t piece = 1; piece <= n; piece++) {
        script_framer fr;
        script_framer_init(&fr, 0);
        size_t got = 0;
        for (size_t off = 0; off < n; off += piece) {
            size_t k = n - off < piece ? n - off : piece;
            script_framer_feed(&fr, stream + off, k);
            char *body;
            size_t blen;
            while (script_framer_next(&fr, &body, &blen) == 1) {
                assert_true(got < 4);
                assert_int_equal(blen, strlen(bodies[got]));
                assert_string_equal(body, bodies[got]);
                free(body);
                got++;
            }
        }
        assert_int_equal(got, 4);
        script_framer_free(&fr);
    }
}

/* A header that announces more than the limit is refused before the body
 * arrives (no allocation of its size); within the limit it is waited for. */
static void test_limit(void **state)
{
    script_framer fr;
    script_framer_init(&fr, 16);
    char *body;
    size_t blen;
    script_framer_feed(&fr, "\0\0\0\x11", 4);
    assert_int_equal(script_framer_next(&fr, &body, &blen), -1);
    script_framer_free(&fr);

    script_framer_init(&fr, 16);
    script_framer_feed(&fr, "\0\0\0\x10", 4);
    assert_int_equal(script_framer_next(&fr, &body, &blen), 0);
    script_framer_feed(&fr, "0123456789abcdef", 16);
    assert_int_equal(script_framer_next(&fr, &body, &blen), 1);
    assert_string_equal(body, "0123456789abcdef");
    free(body);
    script_framer_free(&fr);

    /* The default limit: SCRIPT_FRAME_MAX. */
    script_framer_init(&fr, 0);
    script_framer_feed(&fr, "\xff\xff\xff\xff", 4);
    assert_int_equal(script_framer_next(&fr, &body, &blen), -1);
    script_framer_free(&fr);
}

static void test_partial_header(void **state)
{
    script_framer fr;
    script_framer_init(&fr, 0);
    char *body;
    size_t blen;
    assert_int_equal(script_framer_next(&fr, &body, &blen), 0);
    script_framer_feed(&fr, "\0\0", 2);
    assert_int_equal(script_framer_next(&fr, &body, &blen), 0);
    script_framer_feed(&fr, "\0\2{}", 4);
    assert_int_equal(script_framer_next(&fr, &body, &blen), 1);
    assert_string_equal(body, "{}");
    free(body);
    script_framer_free(&fr);
    script_framer_free(&fr); /* twice is fine */
}

static void b64(const char *in, const char *want, size_t want_len)
{
    unsigned char *out = NULL;
    size_t len = 0;
    assert_int_equal(util_base64_decode(in, strlen(in), &out, &len), 0);
    assert_int_equal(len, want_len);
    assert_memory_equal(out, want, want_len);
    free(out);
}

static void test_base64(void **state)
{
    b64("", "", 0);
    b64("aGk=", "hi", 2);
    b64("aGk", "hi", 2);
    b64("aGVsbG8=", "hello", 5);
    b64("aGVsbG8h", "hello!", 6);
    b64("iVBORw0KGgo=", "\x89PNG\r\n\x1a\n", 8);
    b64("AP8A/w==", "\0\xff\0\xff", 4);
    b64("+/+/", "\xfb\xff\xbf", 3);
    unsigned char *out = NULL;
    size_t len = 0;
    const char *bad[] = {"a", "aGk*", "aG k", "aGk===", "a\nb="};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (util_base64_decode(bad[i], strlen(bad[i]), &out, &len) != -1)
            fail_msg("\"%s\" decoded", bad[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encode),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_split_and_joined),
        cmocka_unit_test(test_limit),
        cmocka_unit_test(test_partial_header),
        cmocka_unit_test(test_base64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
