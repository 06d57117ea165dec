/* test_auth.c -- unit tests for src/auth: the Authorization header, making
 * keys and checking tokens against a real SQLite store (fresh per test, in
 * its own temporary directory), the bootstrap key, and project scoping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "auth/auth.h"
#include "store/store.h"
#include "util/util.h"

#define TOKEN_LEN (4 + AUTH_ID_LEN + 1 + AUTH_SECRET_LEN)

static const char crockford[] = "0123456789abcdefghjkmnpqrstvwxyz";

typedef struct fixture {
    char dir[64];
    char path[128];
    store *s;
} fixture;

static int setup(void **state)
{
    fixture *f = xcalloc(1, sizeof *f);
    char url[160], err[256] = "";

    snprintf(f->dir, sizeof f->dir, "/tmp/test_auth.XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    snprintf(url, sizeof url, "sqlite:%s", f->path);
    if (store_open(url, &f->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store_open: %s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    const char *suffix[] = {"", "-wal", "-shm"};
    char p[160];

    store_close(f->s);
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", f->path, suffix[i]);
        unlink(p);
    }
    rmdir(f->dir);
    free(f);
    return 0;
}

/* ---- the header --------------------------------------------------------- */

/* The token auth_parse_header finds in h, as a string ("" when none). */
static const char *token_of(const char *h)
{
    static char out[256];
    size_t len = 12345;
    const char *t = auth_parse_header(h, &len);

    if (!t) {
        assert_int_equal(len, 12345); /* untouched on failure */
        return NULL;
    }
    assert_true(len < sizeof out);
    memcpy(out, t, len);
    out[len] = '\0';
    return out;
}

static void test_header_accepted(void **state)
{
    assert_string_equal(token_of("apikey X"), "X");
    assert_string_equal(token_of("APIKEY X"), "X");
    assert_string_equal(token_of("ApiKey   X  "), "X");
    assert_string_equal(token_of("apikey\tX"), "X");
    assert_string_equal(token_of("apikey \t X\t \t"), "X");
    /* The token is case-sensitive and kept as given. */
    assert_string_equal(token_of("apikey AbC_dEf-123"), "AbC_dEf-123");
    assert_string_equal(token_of("apikey bai_0123456789ab_0123456789abcdefghjkmnpqrstvwx"),
                        "bai_0123456789ab_0123456789abcdefghjkmnpqrstvwx");
    /* The pointer is into the header. */
    const char *h = "apikey  tok";
    size_t len = 0;
    assert_ptr_equal(auth_parse_header(h, &len), h + 8);
    assert_int_equal(len, 3);
}

static void test_header_rejected(void **state)
{
    assert_null(token_of(NULL));
    assert_null(token_of(""));
    assert_null(token_of("apikey"));
    assert_null(token_of("apikey "));
    assert_null(token_of("apikey \t  "));
    assert_null(token_of("Bearer X"));
    assert_null(token_of("Basic dXNlcjpwYXNz"));
    assert_null(token_of("apikeyX"));
    assert_null(token_of("apike X"));
    assert_null(token_of(" apikey X"));
    assert_null(token_of("X"));
    assert_null(token_of("apikey a b"));
    assert_null(token_of("apikey a\tb"));
    assert_null(token_of("apikey a\x01"));
    assert_null(token_of("apikey \x01"));
    assert_null(token_of("apikey a\nb"));
    assert_null(token_of("apikey a\r"));
    assert_null(token_of("apikey a\x7f"));
    assert_null(token_of("apikey\nX"));
    assert_null(token_of("apikey\vX"));
}

/* ---- keys against a store -------------------------------------------- */

static void assert_token_shape(const char *t, const char *id)
{
    assert_int_equal(strlen(t), TOKEN_LEN);
    assert_memory_equal(t, "bai_", 4);
    assert_int_equal(t[4 + AUTH_ID_LEN], '_');
    assert_memory_equal(t + 4, id, AUTH_ID_LEN);
    assert_int_equal(strlen(id), AUTH_ID_LEN);
    for (int i = 4; i < TOKEN_LEN; i++)
        if (i != 4 + AUTH_ID_LEN) assert_non_null(memchr(crockford, t[i], 32));
}

static void test_key_create_and_check_all(void **state)
{
    fixture *f = *state;
    char *tok = NULL, id[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, NULL, &tok, id), 0);
    assert_non_null(tok);
    assert_token_shape(tok, id);

    memset(&who, 0x5a, sizeof who);
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), 0);
    assert_string_equal(who.key_id, id);
    assert_null(who.projects);
    assert_true(auth_may_see(&who, "anything"));
    assert_true(auth_may_see(&who, ""));
    auth_who_free(&who);

    /* The length is what counts, not a terminating NUL. */
    char longer[TOKEN_LEN + 8];
    memcpy(longer, tok, TOKEN_LEN);
    memcpy(longer + TOKEN_LEN, "garbage", 8);
    assert_int_equal(auth_check(f->s, NULL, longer, TOKEN_LEN, &who), 0);
    auth_who_free(&who);
    assert_int_equal(auth_check(f->s, NULL, longer, strlen(longer), &who), -1);
    free(tok);
}

static void test_key_two_are_different(void **state)
{
    fixture *f = *state;
    char *a = NULL, *b = NULL, ida[AUTH_ID_LEN + 1], idb[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, NULL, &a, ida), 0);
    assert_int_equal(auth_key_create(f->s, NULL, &b, idb), 0);
    assert_string_not_equal(a, b);
    assert_string_not_equal(ida, idb);
    assert_int_equal(auth_check(f->s, NULL, b, strlen(b), &who), 0);
    assert_string_equal(who.key_id, idb);
    auth_who_free(&who);

    /* a's id with b's secret: a real id, the wrong secret. */
    char mixed[TOKEN_LEN + 1];
    memcpy(mixed, a, 4 + AUTH_ID_LEN + 1);
    memcpy(mixed + 4 + AUTH_ID_LEN + 1, b + 4 + AUTH_ID_LEN + 1, AUTH_SECRET_LEN + 1);
    assert_int_equal(auth_check(f->s, NULL, mixed, strlen(mixed), &who), -1);
    free(a);
    free(b);
}

static void test_key_scoped(void **state)
{
    fixture *f = *state;
    const char *const projects[] = {"alpha", "beta two", NULL};
    char *tok = NULL, id[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, projects, &tok, id), 0);
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), 0);
    assert_string_equal(who.key_id, id);
    assert_non_null(who.projects);
    assert_string_equal(who.projects[0], "alpha");
    assert_string_equal(who.projects[1], "beta two");
    assert_null(who.projects[2]);
    assert_true(auth_may_see(&who, "alpha"));
    assert_true(auth_may_see(&who, "beta two"));
    assert_false(auth_may_see(&who, "gamma"));
    assert_false(auth_may_see(&who, "Alpha"));
    assert_false(auth_may_see(&who, "alph"));
    assert_false(auth_may_see(&who, "beta"));
    assert_false(auth_may_see(&who, ""));
    auth_who_free(&who);
    assert_null(who.projects);
    auth_who_free(&who); /* twice is harmless */
    auth_who_free(NULL);
    free(tok);
}

static void test_key_scoped_to_nothing(void **state)
{
    /* An empty list means no project, never "all". */
    fixture *f = *state;
    const char *const none[] = {NULL};
    char *tok = NULL, id[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, none, &tok, id), 0);
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), 0);
    assert_non_null(who.projects);
    assert_null(who.projects[0]);
    assert_false(auth_may_see(&who, "alpha"));
    auth_who_free(&who);
    free(tok);
}

static void test_store_holds_only_hash(void **state)
{
    fixture *f = *state;
    const char *const projects[] = {"p", NULL};
    char *tok = NULL, id[AUTH_ID_LEN + 1], hex[UTIL_SHA256_HEX];
    store_key k = {0};

    assert_int_equal(auth_key_create(f->s, projects, &tok, id), 0);
    assert_int_equal(store_key_get(f->s, id, &k), STORE_OK);
    assert_string_equal(k.id, id);
    assert_non_null(k.hash);
    assert_string_not_equal(k.hash, tok);
    assert_null(strstr(k.hash, tok + 4 + AUTH_ID_LEN + 1)); /* not even the secret */
    util_sha256_hex(tok, strlen(tok), hex);
    assert_string_equal(k.hash, hex);
    assert_int_equal(k.revoked_ms, 0);
    assert_true(k.created_ms > 0);
    assert_non_null(k.projects);
    assert_null(strstr(k.projects, tok + 4 + AUTH_ID_LEN + 1));
    store_key_free(&k);
    free(tok);
}

static void test_changed_token_fails(void **state)
{
    fixture *f = *state;
    char *tok = NULL, id[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, NULL, &tok, id), 0);
    /* Change each character in turn: every position matters. */
    for (int i = 0; i < TOKEN_LEN; i++) {
        char bad[TOKEN_LEN + 1];
        memcpy(bad, tok, sizeof bad);
        bad[i] = bad[i] == 'a' ? 'b' : 'a';
        assert_int_equal(auth_check(f->s, NULL, bad, strlen(bad), &who), -1);
        assert_null(who.projects);
    }
    /* Too short, too long, other case. */
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok) - 1, &who), -1);
    char *longer = xasprintf("%sx", tok);
    assert_int_equal(auth_check(f->s, NULL, longer, strlen(longer), &who), -1);
    free(longer);
    char upper[TOKEN_LEN + 1];
    for (int i = 0; i <= TOKEN_LEN; i++)
        upper[i] = (char)(tok[i] >= 'a' && tok[i] <= 'z' ? tok[i] - 32 : tok[i]);
    assert_int_equal(auth_check(f->s, NULL, upper, strlen(upper), &who), -1);
    /* Still good afterwards. */
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), 0);
    auth_who_free(&who);
    free(tok);
}

static void test_revoked_fails(void **state)
{
    fixture *f = *state;
    char *tok = NULL, *other = NULL, id[AUTH_ID_LEN + 1], oid[AUTH_ID_LEN + 1];
    auth_who who;

    assert_int_equal(auth_key_create(f->s, NULL, &tok, id), 0);
    assert_int_equal(auth_key_create(f->s, NULL, &other, oid), 0);
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), 0);
    auth_who_free(&who);
    assert_int_equal(store_key_revoke(f->s, id), STORE_OK);
    assert_int_equal(auth_check(f->s, NULL, tok, strlen(tok), &who), -1);
    assert_null(who.projects);
    /* Other keys are untouched. */
    assert_int_equal(auth_check(f->s, NULL, other, strlen(other), &who), 0);
    assert_string_equal(who.key_id, oid);
    auth_who_free(&who);
    free(tok);
    free(other);
}

static void test_unknown_tokens_fail(void **state)
{
    fixture *f = *state;
    auth_who who;
    static const char *const bad[] = {
        "bai_0123456789ab_0123456789abcdefghjkmnpqrstvwx", /* right shape, no such key */
        "not-a-bai-token",
        "bai_",
        "bai__",
        "x",
        "",
        "bai_0123456789ab-0123456789abcdefghjkmnpqrstvwx",
        "bai_0123456789ab_0123456789abcdefghjkmnpqrstvwxyz",
    };
    char *tok = NULL, id[AUTH_ID_LEN + 1];

    assert_int_equal(auth_key_create(f->s, NULL, &tok, id), 0); /* the store is not empty */
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(auth_check(f->s, NULL, bad[i], strlen(bad[i]), &who), -1);
    /* A random token of the right shape. */
    char rnd[AUTH_SECRET_LEN + 1], rid[AUTH_ID_LEN + 1];
    util_random_b32(rid, AUTH_ID_LEN);
    util_random_b32(rnd, AUTH_SECRET_LEN);
    char *t = xasprintf("bai_%s_%s", rid, rnd);
    assert_int_equal(auth_check(f->s, NULL, t, strlen(t), &who), -1);
    free(t);
    free(tok);
}

static void test_bootstrap(void **state)
{
    fixture *f = *state;
    const char *boot = "operator secret with spaces";
    char hash[UTIL_SHA256_HEX];
    auth_who who;

    util_sha256_hex(boot, strlen(boot), hash);
    memset(&who, 0x5a, sizeof who);
    assert_int_equal(auth_check(f->s, hash, boot, strlen(boot), &who), 0);
    assert_string_equal(who.key_id, "");
    assert_null(who.projects);
    assert_true(auth_may_see(&who, "any project"));
    auth_who_free(&who);

    /* Without the hash configured, the same string is nobody. */
    assert_int_equal(auth_check(f->s, NULL, boot, strlen(boot), &who), -1);
    /* A near miss fails. */
    assert_int_equal(auth_check(f->s, hash, boot, strlen(boot) - 1, &who), -1);
    assert_int_equal(auth_check(f->s, hash, "Operator secret with spaces", strlen(boot), &who), -1);

    /* A bootstrap string shaped like a bai token works too. */
    const char *shaped = "bai_0123456789ab_0123456789abcdefghjkmnpqrstvwx";
    util_sha256_hex(shaped, strlen(shaped), hash);
    assert_int_equal(auth_check(f->s, hash, shaped, strlen(shaped), &who), 0);
    assert_string_equal(who.key_id, "");
    assert_null(who.projects);

    /* Store keys still work with a bootstrap hash set. */
    char *tok = NULL, id[AUTH_ID_LEN + 1];
    assert_int_equal(auth_key_create(f->s, NULL, &tok, id), 0);
    assert_int_equal(auth_check(f->s, hash, tok, strlen(tok), &who), 0);
    assert_string_equal(who.key_id, id);
    auth_who_free(&who);
    free(tok);
}

static void test_may_see_plain(void **state)
{
    char *list[] = {"a", "b", NULL};
    auth_who all = {.key_id = "", .projects = NULL};
    auth_who some = {.key_id = "k", .projects = list};

    assert_true(auth_may_see(&all, "a"));
    assert_true(auth_may_see(&all, "zzz"));
    assert_true(auth_may_see(&some, "a"));
    assert_true(auth_may_see(&some, "b"));
    assert_false(auth_may_see(&some, "c"));
    assert_false(auth_may_see(&some, "a "));
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_accepted),
        cmocka_unit_test(test_header_rejected),
        T(test_key_create_and_check_all),
        T(test_key_two_are_different),
        T(test_key_scoped),
        T(test_key_scoped_to_nothing),
        T(test_store_holds_only_hash),
        T(test_changed_token_fails),
        T(test_revoked_fails),
        T(test_unknown_tokens_fail),
        T(test_bootstrap),
        cmocka_unit_test(test_may_see_plain),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
