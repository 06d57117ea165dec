/* test_shape.c -- unit tests for src/plan/shape.c: JSON templates read as
 * people write them, requests for "a clean JSON object", the "wait for this
 * element" sentence, and whole plans of the vendor MCP server's payloads
 * (@brightdata/browserai-mcp 1.9.4, server.js), which must become one
 * EXTRACT_SHAPE step each and never fail as "could not understand". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "plan/planner.h"
#include "plan/shape.h"
#include "util/util.h"

/* The vendor's words, as its server.js sends them. */
#define MCP_EXTRACT                                                                                \
    "Extract all clickable elements, input fields, buttons, and links from the page. Also get "    \
    "the complete HTML markup. Return the result as a JSON object with this exact format: "        \
    "{\"interactive_elements\": [\"element1\", \"element2\", ...], \"html_markup\": "              \
    "\"complete_html_string\"}. Do not add any extra text or formatting."
#define MCP_AFTER                                                                                  \
    "After performing the actions, extract all clickable elements, input fields, buttons, and "    \
    "links from the current page. Also get the complete HTML markup. Return the result as a JSON " \
    "object with this exact format: {\"interactive_elements\": [\"element1\", \"element2\", "      \
    "...], \"html_markup\": \"complete_html_string\"}. Do not add any extra text or formatting."
#define MCP_PAGE_INFO_1                                                                            \
    "Extract comprehensive page information including title, URL, meta description, meta "         \
    "keywords, and page structure"
#define MCP_PAGE_INFO_2                                                                            \
    "Return the page information as a JSON object with this exact format: {\"title\": "            \
    "\"page_title\", \"url\": \"current_url\", \"meta_description\": \"description\", "            \
    "\"meta_keywords\": \"keywords\", \"page_structure\": {\"headings\": [\"h1\", \"h2\", ...], "  \
    "\"forms\": [\"form1\", \"form2\", ...], \"images\": [\"img1\", \"img2\", ...]}}. Do not add " \
    "any extra text or formatting."
#define MCP_WAIT_1 "Wait up to 12 seconds for this element to appear: #results .row"
#define MCP_WAIT_2                                                                                 \
    "Once the element is found, extract all clickable elements, input fields, buttons, and links " \
    "from the current page. Also get the complete HTML markup. Return the result as a JSON "       \
    "object with this exact format: {\"interactive_elements\": [\"element1\", \"element2\", "      \
    "...], \"html_markup\": \"complete_html_string\", \"element_found\": true}. If timeout "       \
    "occurs, return {\"element_found\": false, \"error\": \"Element not found within timeout\"}."
#define MCP_CLEAN                                                                                  \
    "Return the extracted data as a clean JSON object. No additional text, explanations, or "      \
    "formatting. Just the JSON response as specified in the extraction instruction."

/* ---- templates ------------------------------------------------------------ */

/* read(text) gives want (NULL: nothing). */
static void want_read(char *(*read)(const char *), const char *text, const char *want)
{
    char *got = read(text);
    if (!want) {
        if (got) fail_msg("\"%s\": nothing expected, got %s", text ? text : "(null)", got);
        return;
    }
    if (!got || strcmp(got, want) != 0)
        fail_msg("\"%s\"\n  got  %s\n  want %s", text, got ? got : "(none)", want);
    free(got);
}

static void want_template(const char *text, const char *want)
{
    want_read(shape_template, text, want);
}

static void test_template(void **state)
{
    (void)state;
    want_template(MCP_EXTRACT,
                  "{\"interactive_elements\":[\"element1\",\"element2\"],\"html_markup\":"
                  "\"complete_html_string\"}");
    want_template(MCP_PAGE_INFO_2,
                  "{\"title\":\"page_title\",\"url\":\"current_url\",\"meta_description\":"
                  "\"description\",\"meta_keywords\":\"keywords\",\"page_structure\":{"
                  "\"headings\":[\"h1\",\"h2\"],\"forms\":[\"form1\",\"form2\"],\"images\":["
                  "\"img1\",\"img2\"]}}");
    /* the first of two: the second says what a timeout returns */
    want_template(MCP_WAIT_2,
                  "{\"interactive_elements\":[\"element1\",\"element2\"],"
                  "\"html_markup\":\"complete_html_string\",\"element_found\":true}");
    /* numbers, bare words, single quotes, trailing commas, an ellipsis */
    want_template("format: {\"actions_completed\": 3, \"current_url\": actual_url,}",
                  "{\"actions_completed\":3,\"current_url\":\"actual_url\"}");
    want_template("like {'name': 'it''s', 'tags': ['a', \xe2\x80\xa6]}", NULL);
    want_template("like {'name': 'Ada', 'tags': ['a', \xe2\x80\xa6]}",
                  "{\"name\":\"Ada\",\"tags\":[\"a\"]}");
    want_template("{\"a\": \"x } y\", \"b\": {\"c\": null}}",
                  "{\"a\":\"x } y\",\"b\":{\"c\":null}}");
    /* no template: braces that hold no object, or none at all */
    want_template("click the {Save} button", NULL);
    want_template("return {} please", NULL);
    want_template("open {\"a\": 1", NULL);
    want_template("get the title", NULL);
    want_template(NULL, NULL);
}

static void test_asks_json(void **state)
{
    (void)state;
    assert_true(shape_asks_json(MCP_CLEAN));
    assert_true(shape_asks_json("return the title as JSON"));
    assert_true(shape_asks_json("give me a JSON object of the prices"));
    assert_false(shape_asks_json("Extract all product names and prices as JSON array"));
    assert_false(shape_asks_json("open jsonlint.com"));
    assert_false(shape_asks_json("get the title"));
}

static void want_words(const char *text, const char *want)
{
    want_read(shape_template_from_words, text, want);
}

static void test_from_words(void **state)
{
    (void)state;
    want_words("Get the page title and meta description",
               "{\"title\":null,\"meta_description\":null}");
    want_words(MCP_PAGE_INFO_1,
               "{\"title\":null,\"url\":null,\"meta_description\":null,"
               "\"meta_keywords\":null,\"page_structure\":null}");
    want_words("list the links and the images", "{\"links\":null,\"images\":null}");
    /* words inside other words name nothing */
    want_words(MCP_CLEAN, NULL);
    want_words("the curly informal platform", NULL);
    want_words("Get the price of the Brass Lamp", NULL);
}

static void test_wait_sentence(void **state)
{
    (void)state;
    char *what = NULL;
    int ms = 0;
    assert_int_equal(shape_wait_sentence(MCP_WAIT_1, &what, &ms), 0);
    assert_string_equal(what, "#results .row");
    assert_int_equal(ms, 12000);
    free(what);
    assert_int_equal(shape_wait_sentence(
                         "wait up to 500 ms for the element to appear: Results ready.", &what, &ms),
                     0);
    assert_string_equal(what, "Results ready");
    assert_int_equal(ms, 500);
    free(what);
    assert_int_equal(
        shape_wait_sentence("Wait for this element to appear: the Save button", &what, &ms), 0);
    assert_int_equal(ms, SHAPE_WAIT_DEFAULT_MS);
    free(what);
    assert_int_equal(
        shape_wait_sentence("Wait up to 99 minutes for this element to appear: x", &what, &ms), 0);
    assert_true(ms <= 600000);
    free(what);
    /* not this sentence: the planner's own waits */
    what = NULL;
    ms = -7;
    assert_int_equal(shape_wait_sentence("wait 2 seconds", &what, &ms), -1);
    assert_int_equal(shape_wait_sentence("wait for Results to appear", &what, &ms), -1);
    assert_int_equal(
        shape_wait_sentence("wait up to 5 s for this element to appear:  ", &what, &ms), -1);
    assert_null(what);
    assert_int_equal(ms, -7);
}

/* ---- reading actions ------------------------------------------------------ */

static void test_read(void **state)
{
    (void)state;
    step st;
    assert_int_equal(shape_read(NULL, "click Save", NULL, &st), SHAPE_NONE);
    /* braces typed into a field are no template */
    assert_int_equal(shape_read(NULL, "type {\"a\": 1} into the Payload box", NULL, &st),
                     SHAPE_NONE);
    assert_int_equal(
        shape_read(NULL, "Get the title", "Enter {\"title\": \"x\"} in the JSON field", &st),
        SHAPE_NONE);
    assert_int_equal(shape_read(NULL, NULL, NULL, &st), SHAPE_NONE);
    /* the words before a template ask for the same thing */
    assert_int_equal(shape_read(NULL, MCP_PAGE_INFO_1, MCP_PAGE_INFO_2, &st), SHAPE_FOLD);
    assert_int_equal(shape_read(MCP_PAGE_INFO_1, MCP_PAGE_INFO_2, NULL, &st), SHAPE_STEP);
    assert_int_equal(st.kind, STEP_EXTRACT);
    assert_int_equal(st.sub, EXTRACT_SHAPE);
    assert_null(st.value2);
    step_free(&st);
    /* an action before a template that acts stays an action */
    assert_int_equal(shape_read(NULL, "click the Login button", MCP_EXTRACT, &st), SHAPE_NONE);
    assert_int_equal(shape_read(NULL, "Navigate to https://a.example/x", MCP_EXTRACT, &st),
                     SHAPE_NONE);
    /* a wait sentence folds into the shape after it */
    assert_int_equal(shape_read(NULL, MCP_WAIT_1, MCP_WAIT_2, &st), SHAPE_FOLD);
    assert_int_equal(shape_read(MCP_WAIT_1, MCP_WAIT_2, NULL, &st), SHAPE_STEP);
    assert_string_equal(st.value2, "#results .row");
    assert_int_equal(st.amount, 12000);
    step_free(&st);
    /* alone, it answers whether the element came */
    assert_int_equal(shape_read(NULL, MCP_WAIT_1, "click Save", &st), SHAPE_STEP);
    assert_string_equal(st.value, "{\"element_found\":true}");
    step_free(&st);
    /* "clean JSON" takes the keys the words before it name */
    assert_int_equal(shape_read(NULL, "Get the page title and meta description", MCP_CLEAN, &st),
                     SHAPE_FOLD);
    assert_int_equal(shape_read("Get the page title and meta description", MCP_CLEAN, NULL, &st),
                     SHAPE_STEP);
    assert_string_equal(st.value, "{\"title\":null,\"meta_description\":null}");
    step_free(&st);
    /* ... or wraps the extraction before it, which the planner reads */
    assert_int_equal(shape_read(NULL, "Get the price of the Brass Lamp", MCP_CLEAN, &st),
                     SHAPE_NONE);
    assert_int_equal(shape_read("Get the price of the Brass Lamp", MCP_CLEAN, NULL, &st),
                     SHAPE_STEP);
    assert_null(st.value);
    step_free(&st);
}

static void test_lead(void **state)
{
    (void)state;
    step st;
    const char *go = "Go to https://a.example/x and return the title as a JSON object with this "
                     "exact format: {\"title\": \"t\"}";
    assert_int_equal(shape_lead(go), strlen("Go to https://a.example/x"));
    assert_int_equal(shape_lead("Open a.example. Then return the title as JSON"),
                     strlen("Open a.example"));
    /* the words before ask for the same data, or there are none */
    assert_int_equal(shape_lead(MCP_EXTRACT), 0);
    assert_int_equal(shape_lead(MCP_AFTER), 0);
    assert_int_equal(shape_lead(MCP_WAIT_2), 0);
    assert_int_equal(shape_lead(MCP_PAGE_INFO_2), 0);
    assert_int_equal(shape_lead(MCP_CLEAN), 0);
    assert_int_equal(shape_lead("Wait up to 5 seconds for this element to appear: the answer box"),
                     0);
    assert_int_equal(shape_lead("click Save"), 0);
    assert_int_equal(shape_lead(NULL), 0);
    /* the keys come from the request's words, not the address's */
    assert_int_equal(
        shape_read(NULL, "Go to https://a.example/links and return the title as JSON", NULL, &st),
        SHAPE_STEP);
    assert_string_equal(st.value, "{\"title\":null}");
    step_free(&st);
}

/* ---- whole plans of the vendor's tools ------------------------------------ */

/* Plan the actions (NULL-terminated) and check the steps' kinds: "s" for
 * the shape step, "x" for any other step. */
static void want_plan(const char *kinds, ...)
{
    va_list ap;
    json_t *a = json_array();
    va_start(ap, kinds);
    for (const char *s; (s = va_arg(ap, const char *)) != NULL;)
        json_array_append_new(a, json_pack("{s:s}", "action", s));
    va_end(ap);
    plan p;
    char err[512] = "";
    if (planner_parse(a, &p, err, sizeof err) != 0) fail_msg("plan failed: %s", err);
    json_decref(a);
    char got[64] = "";
    for (int i = 0; i < p.n && i < 63; i++)
        got[i] = p.steps[i].kind == STEP_EXTRACT && p.steps[i].sub == EXTRACT_SHAPE ? 's' : 'x';
    plan_free(&p);
    if (strcmp(got, kinds) != 0) fail_msg("steps %s, want %s", got, kinds);
}

static void test_vendor_plans(void **state)
{
    (void)state;
    /* start_new_session */
    want_plan("xs", "Go to http://127.0.0.1:8080/shop.html", MCP_EXTRACT, NULL);
    /* its pause is a time, not a text to wait for */
    step st;
    assert_int_equal(
        planner_parse_clause("Wait 2 seconds for the page to update after the interaction", &st),
        0);
    assert_int_equal(st.kind, STEP_WAIT);
    assert_int_equal(st.sub, WAIT_TIME);
    assert_int_equal(st.amount, 2000);
    step_free(&st);
    /* interact_and_extract_in_session */
    want_plan("xxs",
              "Click the Send button",
              "Wait 2 seconds for the page to update after the interaction",
              MCP_AFTER,
              NULL);
    /* extract_from_session */
    want_plan("s", "Get the page title and meta description", MCP_CLEAN, NULL);
    /* wait_for_element */
    want_plan("s", MCP_WAIT_1, MCP_WAIT_2, NULL);
    /* navigate_to_url */
    want_plan("xs",
              "Navigate to http://127.0.0.1:8080/about.html",
              "After navigation completes, extract all clickable elements, input fields, buttons, "
              "and links from the page. Also get the complete HTML markup and current URL. Return "
              "the result as a JSON object with this exact format: {\"interactive_elements\": "
              "[\"element1\", \"element2\", ...], \"html_markup\": \"complete_html_string\", "
              "\"current_url\": \"actual_url\"}. Do not add any extra text or formatting.",
              NULL);
    /* an address and the request in one action */
    want_plan("xs",
              "Open http://127.0.0.1:8080/shop.html and return the title as a JSON object with "
              "this exact format: {\"title\": \"t\"}",
              NULL);
    /* get_page_info */
    want_plan("s", MCP_PAGE_INFO_1, MCP_PAGE_INFO_2, NULL);
    /* batch_actions */
    want_plan("xxxs",
              "Type hello into the Message field",
              "Wait 1 seconds before next action",
              "Click Send",
              "After completing all actions, extract all clickable elements, input fields, "
              "buttons, and links from the final page. Also get the complete HTML markup. Return "
              "the result as a JSON object with this exact format: {\"interactive_elements\": "
              "[\"element1\", \"element2\", ...], \"html_markup\": \"complete_html_string\", "
              "\"actions_completed\": 2}. Do not add any extra text or formatting.",
              NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_template),
        cmocka_unit_test(test_asks_json),
        cmocka_unit_test(test_from_words),
        cmocka_unit_test(test_wait_sentence),
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_lead),
        cmocka_unit_test(test_vendor_plans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
