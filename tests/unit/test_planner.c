/* test_planner.c -- unit tests for src/engine/planner: splitting an action
 * into clauses, the navigate / get title / get URL intents in their common
 * phrasings, refusals, and the model_output and log descriptions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "engine/planner.h"
#include "util/util.h"

/* ---- planner_split ------------------------------------------------------ */

#define MAX_CLAUSES 16

typedef struct clauses {
    int n;
    char *c[MAX_CLAUSES];
} clauses;

static void collect(void *ud, const char *clause, size_t len)
{
    clauses *cs = ud;
    assert_true(len > 0);
    assert_true(cs->n < MAX_CLAUSES);
    cs->c[cs->n++] = xstrndup(clause, len);
}

static void clauses_free(clauses *cs)
{
    for (int i = 0; i < cs->n; i++) free(cs->c[i]);
    cs->n = 0;
}

/* Splits action and checks the clauses are exactly the n strings given. */
static void split_is(const char *action, int n, ...)
{
    clauses cs = {0};
    va_list ap;

    planner_split(action, collect, &cs);
    if (cs.n != n) {
        fprintf(stderr, "split \"%s\": %d clauses:\n", action, cs.n);
        for (int i = 0; i < cs.n; i++) fprintf(stderr, "  [%s]\n", cs.c[i]);
    }
    assert_int_equal(cs.n, n);
    va_start(ap, n);
    for (int i = 0; i < n; i++) assert_string_equal(cs.c[i], va_arg(ap, const char *));
    va_end(ap);
    clauses_free(&cs);
}

static void test_split_and(void **state)
{
    split_is("Open example.com and get the title", 2, "Open example.com", "get the title");
    split_is("open a.com AND get the title", 2, "open a.com", "get the title");
    split_is("open a.com and then get the title", 2, "open a.com", "get the title");
    split_is("open a.com then get the title", 2, "open a.com", "get the title");
    split_is("open a.com after that get the title", 2, "open a.com", "get the title");
    split_is("open a.com afterwards get the title", 2, "open a.com", "get the title");
    split_is("open a.com and get the title and get the url", 3, "open a.com", "get the title",
             "get the url");
}

static void test_split_punctuation(void **state)
{
    split_is("open a.com, then get the title", 2, "open a.com", "get the title");
    split_is("open a.com, and then get the title", 2, "open a.com", "get the title");
    split_is("go to a.com; get the url\nget the title", 3, "go to a.com", "get the url",
             "get the title");
    split_is("open a.com;get the title", 1, "open a.com;get the title");
    split_is("open a.com\n\nget the title\n", 2, "open a.com", "get the title");
    split_is("open a.com\r\nget the title", 2, "open a.com", "get the title");
    split_is("open a.com,", 1, "open a.com");
}

static void test_split_trim(void **state)
{
    split_is("Open example.com.", 1, "Open example.com");
    split_is("  get the title!  ", 1, "get the title");
    split_is("open a.com. Then get the title.", 2, "open a.com", "get the title");
    split_is("what is the title?", 1, "what is the title?");
}

static void test_split_quotes(void **state)
{
    split_is("open \"a, b and c.com\"", 1, "open \"a, b and c.com\"");
    split_is("open \"a; b\nthen c\" and get the title", 2, "open \"a; b\nthen c\"",
             "get the title");
    /* Typographic double and single quotes. */
    split_is("open \xe2\x80\x9c" "a, b and c.com\xe2\x80\x9d", 1,
             "open \xe2\x80\x9c" "a, b and c.com\xe2\x80\x9d");
    split_is("open \xe2\x80\x98" "a, then b\xe2\x80\x99 and get the title", 2,
             "open \xe2\x80\x98" "a, then b\xe2\x80\x99", "get the title");
    /* An unclosed quote runs to the end. */
    split_is("type \"a, b and c", 1, "type \"a, b and c");
}

static void test_split_words_and_urls(void **state)
{
    /* "and" only as a whole word. */
    split_is("open android.com", 1, "open android.com");
    split_is("open android.com and get the title", 2, "open android.com", "get the title");
    split_is("open brand.com", 1, "open brand.com");
    split_is("open thenextweb.com", 1, "open thenextweb.com");
    split_is("open example.com/andthen", 1, "open example.com/andthen");
    /* A comma inside a URL (no space after it) does not split. */
    split_is("open https://a.com/x,y and get the title", 2, "open https://a.com/x,y",
             "get the title");
    split_is("open https://a.com/?q=1,2;3", 1, "open https://a.com/?q=1,2;3");
}

static void test_split_empty(void **state)
{
    split_is("", 0);
    split_is("   ", 0);
    split_is(" \n\t \n", 0);
    split_is(", ; ,", 0);
    split_is("and", 0);
    split_is("...", 0);
}

/* The contract joins steps by "and", "then" and new lines; a joiner at the
 * end of a line, or "and then" opening an action, is still only a joiner. */
static void test_split_joiner_at_line_end(void **state)
{
    split_is("open a.com and\nget the title", 2, "open a.com", "get the title");
    split_is("open a.com and\r\nget the title", 2, "open a.com", "get the title");
    split_is("open a.com then\nget the title", 2, "open a.com", "get the title");
    split_is("open a.com and then\nget the title", 2, "open a.com", "get the title");
    split_is("and then get the title", 1, "get the title");
    split_is("and then", 0);
}

/* ---- planner_parse ------------------------------------------------------ */

static json_t *instr(int n, ...)
{
    json_t *a = json_array();
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        json_array_append_new(a, json_pack("{s:s}", "action", va_arg(ap, const char *)));
    va_end(ap);
    return a;
}

/* Parses one action, which must give exactly one step of kind k (and arg,
 * when arg is non-NULL). */
static void one_step(const char *action, step_kind k, const char *arg)
{
    json_t *a = instr(1, action);
    plan p;
    char err[256] = "";
    int rc = planner_parse(a, &p, err, sizeof err);

    if (rc != 0) fprintf(stderr, "\"%s\": %s\n", action, err);
    assert_int_equal(rc, 0);
    assert_int_equal(p.n, 1);
    if (p.steps[0].kind != k) fprintf(stderr, "\"%s\": kind %d\n", action, p.steps[0].kind);
    assert_int_equal(p.steps[0].kind, k);
    if (arg) {
        assert_non_null(p.steps[0].arg);
        assert_string_equal(p.steps[0].arg, arg);
    }
    assert_non_null(p.steps[0].clause);
    plan_free(&p);
    json_decref(a);
}

/* Parses one action, which must be refused with exactly want. */
static void refused(const char *action, const char *want)
{
    json_t *a = instr(1, action);
    plan p;
    char err[256] = "";

    memset(&p, 0x5a, sizeof p);
    if (planner_parse(a, &p, err, sizeof err) == 0) {
        fprintf(stderr, "\"%s\" was accepted (%d steps)\n", action, p.n);
        plan_free(&p);
        fail();
    }
    assert_string_equal(err, want);
    assert_int_equal(p.n, 0);
    assert_null(p.steps);
    json_decref(a);
}

static void test_parse_navigate(void **state)
{
    one_step("open example.com", STEP_NAVIGATE, "example.com");
    one_step("go to https://example.com/x?y=1", STEP_NAVIGATE, "https://example.com/x?y=1");
    one_step("visit www.example.com", STEP_NAVIGATE, "www.example.com");
    one_step("navigate to example.com", STEP_NAVIGATE, "example.com");
    one_step("browse to example.com", STEP_NAVIGATE, "example.com");
    one_step("head to example.com", STEP_NAVIGATE, "example.com");
    one_step("please open example.com", STEP_NAVIGATE, "example.com");
    one_step("Open the website example.com", STEP_NAVIGATE, "example.com");
    one_step("load http://localhost:8080/", STEP_NAVIGATE, "http://localhost:8080/");
    one_step("OPEN example.com", STEP_NAVIGATE, "example.com");
    one_step("Go To example.com/path", STEP_NAVIGATE, "example.com/path");
    one_step("open example.com.", STEP_NAVIGATE, "example.com");
    one_step("open http://127.0.0.1:9000/page", STEP_NAVIGATE, "http://127.0.0.1:9000/page");
    /* A written scheme is a navigation; the URL policy refuses it later. */
    one_step("open file:///etc/passwd", STEP_NAVIGATE, "file:///etc/passwd");
    one_step("go to javascript:alert(1)", STEP_NAVIGATE, "javascript:alert(1)");
    /* Found by fuzz_planner: a host ending the text, right after a dot. */
    one_step("go to e.chop", STEP_NAVIGATE, "e.chop");
    one_step("open a.b-", STEP_NAVIGATE, "a.b-");
}

static void test_parse_title(void **state)
{
    one_step("get the title", STEP_GET_TITLE, NULL);
    one_step("Get the page title", STEP_GET_TITLE, NULL);
    one_step("what is the title?", STEP_GET_TITLE, NULL);
    one_step("return the title of the page", STEP_GET_TITLE, NULL);
    one_step("extract the title", STEP_GET_TITLE, NULL);
    one_step("read the title", STEP_GET_TITLE, NULL);
    one_step("get title", STEP_GET_TITLE, NULL);
    one_step("then get the title.", STEP_GET_TITLE, NULL);
}

static void test_parse_url(void **state)
{
    one_step("get the url", STEP_GET_URL, NULL);
    one_step("get the current URL", STEP_GET_URL, NULL);
    one_step("return the URL of the page", STEP_GET_URL, NULL);
}

static void test_parse_refused(void **state)
{
    refused("frobnicate the widget", "could not understand \"frobnicate the widget\"");
    refused("open the login page", "could not understand \"open the login page\"");
    refused("get the title of the second product",
            "could not understand \"get the title of the second product\"");
    refused("open", "could not understand \"open\"");
    refused("get the", "could not understand \"get the\"");
    /* The clause named is the one not understood, trimmed. */
    refused("open a.com and frobnicate the widget.",
            "could not understand \"frobnicate the widget\"");
}

static void test_parse_refused_later_instruction(void **state)
{
    json_t *a = instr(3, "open a.com", "get the title", "dance a little");
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), -1);
    assert_string_equal(err, "could not understand \"dance a little\"");
    assert_int_equal(p.n, 0);
    assert_null(p.steps);
    json_decref(a);
}

static void test_parse_empty(void **state)
{
    json_t *a = instr(1, "  ");
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), -1);
    assert_int_equal(strncmp(err, "could not understand", 20), 0);
    json_decref(a);
    a = json_array();
    assert_int_equal(planner_parse(a, &p, err, sizeof err), -1);
    json_decref(a);
}

static void test_parse_many_in_order(void **state)
{
    json_t *a = instr(3, "Open example.com and get the title", "get the url",
                      "go to b.org, then read the title; what is the url?");
    plan p;
    char err[256] = "";
    static const step_kind want[] = {STEP_NAVIGATE, STEP_GET_TITLE, STEP_GET_URL,
                                     STEP_NAVIGATE, STEP_GET_TITLE, STEP_GET_URL};
    static const char *const clause[] = {"Open example.com", "get the title",  "get the url",
                                         "go to b.org",      "read the title", "what is the url?"};

    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 6);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(p.steps[i].kind, want[i]);
        assert_string_equal(p.steps[i].clause, clause[i]);
    }
    assert_string_equal(p.steps[0].arg, "example.com");
    assert_string_equal(p.steps[3].arg, "b.org");
    plan_free(&p);
    assert_int_equal(p.n, 0);
    plan_free(&p); /* twice is harmless */
    plan_free(NULL);
    json_decref(a);
}

static void test_parse_many_steps_grow(void **state)
{
    /* More steps than the first allocation. */
    buf b = {0};
    for (int i = 0; i < 40; i++) buf_printf(&b, "%sget the title", i ? " and " : "");
    json_t *a = instr(1, b.s);
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 40);
    for (int i = 0; i < 40; i++) assert_int_equal(p.steps[i].kind, STEP_GET_TITLE);
    plan_free(&p);
    json_decref(a);
    buf_free(&b);
}

/* ---- model_output and describe ------------------------------------------ */

static plan parse_ok(const char *action)
{
    json_t *a = instr(1, action);
    plan p;
    char err[256] = "";
    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    json_decref(a);
    return p;
}

static void test_model_output(void **state)
{
    plan p = parse_ok("open example.com and get the title and get the url");
    json_error_t jerr;

    assert_int_equal(p.n, 3);
    char *text = planner_model_output(&p.steps[0]);
    json_t *o = json_loads(text, 0, &jerr);
    assert_true(json_is_object(o));
    assert_string_equal(json_string_value(json_object_get(o, "action")), "navigate");
    assert_string_equal(json_string_value(json_object_get(o, "planner")), "rules");
    assert_string_equal(json_string_value(json_object_get(o, "url")), "https://example.com");
    json_decref(o);
    free(text);

    text = planner_model_output(&p.steps[1]);
    o = json_loads(text, 0, &jerr);
    assert_true(json_is_object(o));
    assert_string_equal(json_string_value(json_object_get(o, "action")), "extract");
    assert_string_equal(json_string_value(json_object_get(o, "planner")), "rules");
    assert_string_equal(json_string_value(json_object_get(o, "target")), "title");
    json_decref(o);
    free(text);

    text = planner_model_output(&p.steps[2]);
    o = json_loads(text, 0, &jerr);
    assert_string_equal(json_string_value(json_object_get(o, "action")), "extract");
    assert_string_equal(json_string_value(json_object_get(o, "planner")), "rules");
    assert_string_equal(json_string_value(json_object_get(o, "target")), "url");
    json_decref(o);
    free(text);

    /* Quotes or angle brackets around the URL are not part of it. */
    static const char *const quoted[] = {"open \"example.com\"", "open 'example.com'",
                                         "open <https://example.com>",
                                         "open \xe2\x80\x9c" "example.com\xe2\x80\x9d"};
    for (size_t i = 0; i < sizeof quoted / sizeof quoted[0]; i++) {
        plan q = parse_ok(quoted[i]);
        assert_int_equal(q.n, 1);
        assert_int_equal(q.steps[0].kind, STEP_NAVIGATE);
        text = planner_model_output(&q.steps[0]);
        assert_string_equal(text,
                            "{\"action\":\"navigate\",\"url\":\"https://example.com\","
                            "\"planner\":\"rules\"}");
        free(text);
        plan_free(&q);
    }

    assert_string_equal(planner_action_name(STEP_NAVIGATE), "navigate");
    assert_string_equal(planner_action_name(STEP_GET_TITLE), "extract");
    assert_string_equal(planner_action_name(STEP_GET_URL), "extract");
    plan_free(&p);
}

static void test_describe(void **state)
{
    plan p = parse_ok("open https://example.com, go to example.org/x, get the title, get the url");
    char *d;

    assert_int_equal(p.n, 4);
    d = planner_describe(&p.steps[0]);
    assert_string_equal(d, "open https://example.com");
    free(d);
    d = planner_describe(&p.steps[1]);
    assert_string_equal(d, "open https://example.org/x");
    free(d);
    d = planner_describe(&p.steps[2]);
    assert_string_equal(d, "get the title");
    free(d);
    d = planner_describe(&p.steps[3]);
    assert_string_equal(d, "get the URL");
    free(d);
    plan_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_and),
        cmocka_unit_test(test_split_punctuation),
        cmocka_unit_test(test_split_trim),
        cmocka_unit_test(test_split_quotes),
        cmocka_unit_test(test_split_words_and_urls),
        cmocka_unit_test(test_split_empty),
        cmocka_unit_test(test_split_joiner_at_line_end),
        cmocka_unit_test(test_parse_navigate),
        cmocka_unit_test(test_parse_title),
        cmocka_unit_test(test_parse_url),
        cmocka_unit_test(test_parse_refused),
        cmocka_unit_test(test_parse_refused_later_instruction),
        cmocka_unit_test(test_parse_empty),
        cmocka_unit_test(test_parse_many_in_order),
        cmocka_unit_test(test_parse_many_steps_grow),
        cmocka_unit_test(test_model_output),
        cmocka_unit_test(test_describe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
