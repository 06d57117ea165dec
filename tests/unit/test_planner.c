/* test_planner.c -- unit tests for src/engine/planner: splitting an action
 * into clauses, assembling plans (clauses joined back where a split cut
 * words apart, repeats, "it"), refusals, planner_parse_clause, and the
 * model_output and log descriptions. The phrasings of every intent are
 * tables in test_planner_phrases.c. */
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
    for (int i = 0; i < cs->n; i++)
        free(cs->c[i]);
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
        for (int i = 0; i < cs.n; i++)
            fprintf(stderr, "  [%s]\n", cs.c[i]);
    }
    assert_int_equal(cs.n, n);
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        assert_string_equal(cs.c[i], va_arg(ap, const char *));
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
    split_is("open a.com and get the title and get the url",
             3,
             "open a.com",
             "get the title",
             "get the url");
}

static void test_split_punctuation(void **state)
{
    split_is("open a.com, then get the title", 2, "open a.com", "get the title");
    split_is("open a.com, and then get the title", 2, "open a.com", "get the title");
    split_is("go to a.com; get the url\nget the title",
             3,
             "go to a.com",
             "get the url",
             "get the title");
    split_is("open a.com;get the title", 1, "open a.com;get the title");
    split_is("open a.com\n\nget the title\n", 2, "open a.com", "get the title");
    split_is("open a.com\r\nget the title", 2, "open a.com", "get the title");
    split_is("open a.com,", 1, "open a.com");
    /* a colon after the name of a part of the page opens that part first,
     * whatever the verb after it; after other words it stays */
    split_is("Appearance tab: widen the sidebar to 300 px",
             2,
             "Appearance tab",
             "widen the sidebar to 300 px");
    split_is(
        "the Billing section: the card on file?", 2, "the Billing section", "the card on file?");
    split_is("Note: widen the sidebar", 1, "Note: widen the sidebar");
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
    split_is(
        "open \"a; b\nthen c\" and get the title", 2, "open \"a; b\nthen c\"", "get the title");
    /* Typographic double and single quotes. */
    split_is("open \xe2\x80\x9c"
             "a, b and c.com\xe2\x80\x9d",
             1,
             "open \xe2\x80\x9c"
             "a, b and c.com\xe2\x80\x9d");
    split_is("open \xe2\x80\x98"
             "a, then b\xe2\x80\x99 and get the title",
             2,
             "open \xe2\x80\x98"
             "a, then b\xe2\x80\x99",
             "get the title");
    /* An unclosed quote runs to the end. */
    split_is("type \"a, b and c", 1, "type \"a, b and c");
}

/* A remark in parentheses stays in its clause, commas and "and" too; an
 * unclosed one splits as plain words. */
static void test_split_parentheses(void **state)
{
    split_is("click Terms (keep scrolling, it is further down) and get the title",
             2,
             "click Terms (keep scrolling, it is further down)",
             "get the title");
    split_is("hire a van from 3 May to 6 May (10:00 both days), no extras",
             2,
             "hire a van from 3 May to 6 May (10:00 both days)",
             "no extras");
    split_is("book the room (the one with a view (not the yard), please); pay",
             2,
             "book the room (the one with a view (not the yard), please)",
             "pay");
    split_is("book it (a, then b", 2, "book it (a", "b");
}

/* The words a page reads for a step that opens an address first are the
 * request alone: the address and the word that points at it left out. */
static void test_clause_without_address(void **state)
{
    static const struct {
        const char *say, *clause;
    } rows[] = {
        {"search http://127.0.0.1:8080/ for a van at Porto, 3 to 6 May",
         "search for a van at Porto, 3 to 6 May"},
        {"Book me into the Wednesday evening Spin at http://127.0.0.1:8080/t (not the morning one)",
         "Book me into the Wednesday evening Spin (not the morning one)"},
        {"please reserve the twin room on http://127.0.0.1:8080/r for Ana Lind, ana@x.example",
         "please reserve the twin room for Ana Lind, ana@x.example"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        json_t *a = json_pack("[{s:s}]", "action", rows[i].say);
        plan p;
        char err[256];
        assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
        assert_true(p.n >= 1);
        assert_string_equal(p.steps[p.n - 1].clause, rows[i].clause);
        plan_free(&p);
        json_decref(a);
    }
}

/* A session's follow-up read after the instructions that ran before it:
 * only its own steps, pointing back to theirs. */
static void test_parse_after(void **state)
{
    static const struct {
        const char *before, *say, *steps;
    } rows[] = {
        {"open http://127.0.0.1:8080/c and list the course modules",
         "Just the titles",
         "list title of each course module"},
        {"list the products", "only the names and prices.", "list name, price of each product"},
        {"what is the delivery date of the Oak Desk?",
         "and the price?",
         "get the price of \"Oak Desk\""},
        {"how much does the Kettle cost?",
         "What about the colour?",
         "answer \"what is the colour of Kettle?\" about \"Kettle\""},
        {"what is the price of the Kettle?", "I mean the Toaster", "get the price of \"Toaster\""},
        {"when does the Oslo ferry leave?",
         "sorry, I meant the Bergen ferry",
         "answer \"when does the Bergen ferry leave?\" about \"Bergen ferry\""},
        {"open the photo Sunset",
         "tell me which camera took it",
         "answer \"tell me which camera took it\" about the \"Sunset\" image"},
        {"http://127.0.0.1:8080/b", "how many cards are there?", "count \"cards\""},
        {"click", "get the title", "get the title"}, /* a context nothing reads: none */
        {NULL, "get the title", "get the title"},
        {"get the title",
         "nothing else, thanks",
         "could not understand \"nothing else\": the instructions hold no step"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        json_t *ctx = rows[i].before ? json_pack("[{s:s}]", "action", rows[i].before) : NULL;
        json_t *a = json_pack("[{s:s}]", "action", rows[i].say);
        plan p;
        char err[256] = "";
        buf b = {0};
        if (planner_parse_after(ctx, a, &p, err, sizeof err) != 0) {
            buf_puts(&b, err);
        } else {
            for (int k = 0; k < p.n; k++) {
                char *d = planner_describe(&p.steps[k]);
                buf_printf(&b, "%s%s", k ? "; " : "", d);
                free(d);
            }
            plan_free(&p);
        }
        char *got = buf_steal(&b);
        if (strcmp(got, rows[i].steps) != 0)
            fprintf(stderr,
                    "after \"%s\", \"%s\":\n  got  %s\n  want %s\n",
                    rows[i].before,
                    rows[i].say,
                    got,
                    rows[i].steps);
        assert_string_equal(got, rows[i].steps);
        free(got);
        json_decref(a);
        json_decref(ctx);
    }
}

/* A statement of the person's or words that only say where to look, before
 * the request, are context (DO_HINT: tried, and when nothing fits, not
 * fatal), by both ways in: a new task and one after a session's steps. The
 * request itself is no hint. */
static void test_context_hints(void **state)
{
    static const struct {
        const char *say, *context; /* the words of the one step that is context */
    } rows[] = {
        {"We moved house last week. Update my address on http://127.0.0.1:8080/p to 4 Elm Road.",
         "We moved house last week"},
        {"Based on my order history at http://127.0.0.1:8080/o, what was my biggest May order?",
         "Based on my order history"},
        {"My old flat was sold. Change my address on http://127.0.0.1:8080/p to 4 Elm Road.",
         "My old flat was sold"},
        {"Among my saved recipes on http://127.0.0.1:8080/s, which one takes longest?",
         "Among my saved recipes"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        for (int after = 0; after < 2; after++) {
            json_t *a = json_pack("[{s:s}]", "action", rows[i].say);
            json_t *ctx =
                after ? json_pack("[{s:s}]", "action", "open http://127.0.0.1:8080/") : NULL;
            plan p;
            char err[256] = "";
            int rc = after ? planner_parse_after(ctx, a, &p, err, sizeof err)
                           : planner_parse(a, &p, err, sizeof err);
            assert_int_equal(rc, 0);
            int hints = 0;
            for (int k = 0; k < p.n; k++) {
                if (p.steps[k].kind != STEP_DO || p.steps[k].sub != DO_HINT) continue;
                assert_string_equal(p.steps[k].value, rows[i].context);
                hints++;
            }
            if (hints != 1)
                fprintf(
                    stderr, "\"%s\" (%s): %d hints\n", rows[i].say, after ? "after" : "new", hints);
            assert_int_equal(hints, 1);
            assert_true(p.n >= 3); /* the page, the context, the request */
            plan_free(&p);
            json_decref(a);
            json_decref(ctx);
        }
    }
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
    split_is(
        "open https://a.com/x,y and get the title", 2, "open https://a.com/x,y", "get the title");
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

/* Sentences split too: "Open a.com. Click Login." A dot inside a word
 * (a URL, "1.5") does not. */
static void test_split_sentences(void **state)
{
    split_is("Open a.com. Click Login.", 2, "Open a.com", "Click Login");
    split_is("what is the title? get the url", 2, "what is the title?", "get the url");
    split_is("wait 1.5 seconds", 1, "wait 1.5 seconds");
    split_is("type \"Hi. Bye.\" into the box", 1, "type \"Hi. Bye.\" into the box");
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

static plan parse_ok(const char *action)
{
    json_t *a = instr(1, action);
    plan p;
    char err[256] = "";
    int rc = planner_parse(a, &p, err, sizeof err);
    if (rc != 0) fprintf(stderr, "\"%s\": %s\n", action, err);
    assert_int_equal(rc, 0);
    json_decref(a);
    return p;
}

/* Parses one action, which must give exactly one step of kind k (and
 * value, when value is non-NULL). */
static void one_step(const char *action, step_kind k, int sub, const char *value)
{
    plan p = parse_ok(action);
    assert_int_equal(p.n, 1);
    if (p.steps[0].kind != k) fprintf(stderr, "\"%s\": kind %d\n", action, p.steps[0].kind);
    assert_int_equal(p.steps[0].kind, k);
    assert_int_equal(p.steps[0].sub, sub);
    if (value) {
        assert_non_null(p.steps[0].value);
        assert_string_equal(p.steps[0].value, value);
    }
    assert_non_null(p.steps[0].clause);
    plan_free(&p);
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

/* The steps of action, each as planner_describe says it, joined by "; ". */
static void plan_is(const char *action, const char *want)
{
    plan p = parse_ok(action);
    buf b = {0};
    for (int i = 0; i < p.n; i++) {
        char *d = planner_describe(&p.steps[i]);
        buf_printf(&b, "%s%s", i ? "; " : "", d);
        free(d);
    }
    if (strcmp(b.s ? b.s : "", want) != 0)
        fprintf(stderr, "\"%s\":\n  got  %s\n  want %s\n", action, b.s, want);
    assert_string_equal(b.s ? b.s : "", want);
    buf_free(&b);
    plan_free(&p);
}

/* A place said first, then a question after a comma: the question has no
 * step before it to join ("On the team page at <url>, which role does Omar
 * have?" read steps[-1] of an empty plan and crashed the server). */
static void test_question_after_place(void **state)
{
    (void)state;
    plan_is("On the team page at http://127.0.0.1:8080/team, which role does Omar have?",
            "open http://127.0.0.1:8080/team; answer \"which role does Omar have?\"");
    plan p = parse_ok("On the contacts list, what stage is Lee in?");
    assert_int_equal(p.steps[p.n - 1].sub, EXTRACT_ANSWER);
    plan_free(&p);
    p = parse_ok("At http://127.0.0.1:8080/, what is the total, and when is it due?");
    assert_true(p.n >= 2);
    assert_int_equal(p.steps[0].kind, STEP_NAVIGATE);
    plan_free(&p);
}

static void test_parse_navigate(void **state)
{
    one_step("open example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("go to https://example.com/x?y=1", STEP_NAVIGATE, 0, "https://example.com/x?y=1");
    one_step("visit www.example.com", STEP_NAVIGATE, 0, "www.example.com");
    one_step("navigate to example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("browse to example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("head to example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("please open example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("Open the website example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("load http://localhost:8080/", STEP_NAVIGATE, 0, "http://localhost:8080/");
    one_step("OPEN example.com", STEP_NAVIGATE, 0, "example.com");
    one_step("Go To example.com/path", STEP_NAVIGATE, 0, "example.com/path");
    one_step("open example.com.", STEP_NAVIGATE, 0, "example.com");
    one_step("open http://127.0.0.1:9000/page", STEP_NAVIGATE, 0, "http://127.0.0.1:9000/page");
    /* A written scheme is a navigation; the URL policy refuses it later. */
    one_step("open file:///etc/passwd", STEP_NAVIGATE, 0, "file:///etc/passwd");
    one_step("go to javascript:alert(1)", STEP_NAVIGATE, 0, "javascript:alert(1)");
    /* Found by fuzz_planner: a host ending the text, right after a dot. */
    one_step("go to e.chop", STEP_NAVIGATE, 0, "e.chop");
    one_step("open a.b-", STEP_NAVIGATE, 0, "a.b-");
    /* The value is the address as typed, without quotes or brackets. */
    one_step("open \"example.com\"", STEP_NAVIGATE, 0, "example.com");
    one_step("open <https://example.com>", STEP_NAVIGATE, 0, "https://example.com");
}

static void test_parse_title(void **state)
{
    one_step("get the title", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("Get the page title", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("what is the title?", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("return the title of the page", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("extract the title", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("read the title", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("get title", STEP_EXTRACT, EXTRACT_TITLE, NULL);
    one_step("then get the title.", STEP_EXTRACT, EXTRACT_TITLE, NULL);
}

static void test_parse_url(void **state)
{
    one_step("get the url", STEP_EXTRACT, EXTRACT_URL, NULL);
    one_step("get the current URL", STEP_EXTRACT, EXTRACT_URL, NULL);
    one_step("return the URL of the page", STEP_EXTRACT, EXTRACT_URL, NULL);
}

/* What the first version refused now means what a person means. */
static void test_parse_no_longer_refused(void **state)
{
    plan p = parse_ok("open the login page");
    assert_int_equal(p.n, 1);
    assert_int_equal(p.steps[0].kind, STEP_CLICK);
    assert_string_equal(p.steps[0].target.text, "login");
    assert_string_equal(p.steps[0].target.role, "link");
    plan_free(&p);
    p = parse_ok("get the title of the second product");
    assert_int_equal(p.steps[0].kind, STEP_EXTRACT);
    assert_int_equal(p.steps[0].sub, EXTRACT_TEXT);
    assert_null(p.steps[0].target.text);
    assert_string_equal(p.steps[0].target.role, "item");
    assert_int_equal(p.steps[0].target.ordinal, 2);
    plan_free(&p);
}

static void test_parse_refused(void **state)
{
    refused("open", "could not understand \"open\": say which page to open, e.g. open example.com");
    refused("get the", "could not understand \"get the\": say what to get, e.g. get the title");
    /* The clause named is the one refused, trimmed, as written. */
    refused("open a.com and upload the file cv.pdf.",
            "could not understand \"upload the file cv.pdf\": uploading files is not supported");
    refused("Open a.com, then Upload The Widget!",
            "could not understand \"Upload The Widget\": uploading files is not supported");
    refused("click the login button and click",
            "could not understand \"click\": say what to click");
    /* No word at all */
    refused("open a.com and 12345", "could not understand \"12345\"");
    /* An action of only polite words names itself. */
    refused("thanks", "could not understand \"thanks\": the instructions hold no step");
}

static void test_parse_refused_later_instruction(void **state)
{
    json_t *a = instr(3, "open a.com", "get the title", "drag the slider a little");
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), -1);
    assert_string_equal(err,
                        "could not understand \"drag the slider a little\": say where to move "
                        "it, e.g. move the slider to 3");
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
    assert_int_equal(strncmp(err, "could not understand", 20), 0);
    json_decref(a);
    /* Items without an action string are skipped, as the validator
     * refuses them before. */
    a = json_pack("[{s:i}, {s:s}]", "action", 5, "action", "get the title");
    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 1);
    plan_free(&p);
    json_decref(a);
}

static void test_parse_many_in_order(void **state)
{
    json_t *a = instr(3,
                      "Open example.com and get the title",
                      "get the url",
                      "go to b.org, then read the title; what is the url?");
    plan p;
    char err[256] = "";
    static const int want[][2] = {{STEP_NAVIGATE, 0},
                                  {STEP_EXTRACT, EXTRACT_TITLE},
                                  {STEP_EXTRACT, EXTRACT_URL},
                                  {STEP_NAVIGATE, 0},
                                  {STEP_EXTRACT, EXTRACT_TITLE},
                                  {STEP_EXTRACT, EXTRACT_URL}};
    static const char *const clause[] = {"Open example.com",
                                         "get the title",
                                         "get the url",
                                         "go to b.org",
                                         "read the title",
                                         "what is the url?"};

    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 6);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(p.steps[i].kind, want[i][0]);
        assert_int_equal(p.steps[i].sub, want[i][1]);
        assert_string_equal(p.steps[i].clause, clause[i]);
    }
    assert_string_equal(p.steps[0].value, "example.com");
    assert_string_equal(p.steps[3].value, "b.org");
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
    for (int i = 0; i < 40; i++)
        buf_printf(&b, "%sget the title", i ? " and " : "");
    json_t *a = instr(1, b.s);
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 40);
    for (int i = 0; i < 40; i++) {
        assert_int_equal(p.steps[i].kind, STEP_EXTRACT);
        assert_int_equal(p.steps[i].sub, EXTRACT_TITLE);
    }
    plan_free(&p);
    json_decref(a);
    buf_free(&b);
}

/* A plan has a hard cap on its steps. */
static void test_parse_too_many_steps(void **state)
{
    buf b = {0};
    for (int i = 0; i < 60; i++)
        buf_printf(&b, "%spress tab 20 times", i ? " and " : "");
    json_t *a = instr(1, b.s);
    plan p;
    char err[256] = "";

    assert_int_equal(planner_parse(a, &p, err, sizeof err), -1);
    assert_string_equal(err,
                        "could not understand \"press tab 20 times\": the plan has more "
                        "than 1000 steps");
    assert_int_equal(p.n, 0);
    json_decref(a);
    buf_free(&b);
}

/* Several clauses per action: "and", "then", "after that", commas, new
 * lines, sentences, numbered lists. */
static void test_plans(void **state)
{
    plan_is("Open amazon.com and search for AirPods",
            "open https://amazon.com; search for \"AirPods\"");
    plan_is("open example.com, type \"laptop\" into the search bar, press Enter and then click "
            "the first result",
            "open https://example.com; type \"laptop\" into the search box; press Enter; click "
            "the 1st item");
    plan_is("First, open example.com. Then click \"Login\".",
            "open https://example.com; click \"Login\"");
    plan_is("1. Go to example.com\n2. Click Login\n3. Take a screenshot",
            "open https://example.com; click \"Login\"; take a screenshot");
    plan_is("go to example.com after that get the title",
            "open https://example.com; get the title");
    plan_is("open example.com. wait 2 seconds. take a screenshot.",
            "open https://example.com; wait 2 s; take a screenshot");
    plan_is("click on the search icon, type \"shoes\" and hit enter",
            "click \"search\"; type \"shoes\"; press Enter");
    plan_is("go back to the previous page and refresh", "go back; reload the page");
    plan_is("Open example.com. Thanks!", "open https://example.com");
    plan_is("click Back and Next", "click \"Back and Next\"");
}

/* Splitting at "and" and commas cuts some clauses apart; the planner puts
 * them together again. */
static void test_plans_joined(void **state)
{
    plan_is("search for salt and pepper", "search for \"salt and pepper\"");
    plan_is("type rock and roll into the search box", "type \"rock and roll\" into the search box");
    plan_is("select Black and White from the Color dropdown",
            "select \"Black and White\" in the \"Color\" dropdown");
    plan_is("get all product names and prices", "list name, price of each product");
    plan_is("get the name, price and rating of every product",
            "list name, price, rating of each product");
    plan_is("log in with username alice and password secret", "log in as \"alice\"");
    plan_is("log in as alice, password secret", "log in as \"alice\"");
    plan_is("check the terms and conditions box", "check the \"terms and conditions\" checkbox");
    plan_is("click Save and Continue", "click \"Save and Continue\"");
    plan_is("search for books by J. K. Rowling", "search for \"books by J. K. Rowling\"");
    /* A verb-less piece after an extraction reuses its verb. */
    plan_is("get the title and the url", "get the title; get the URL");
    plan_is("get the title, the url and all links", "get the title; get the URL; get all links");
}

/* "twice", "3 times", "3 pages", and a login's site. */
static void test_plans_repeat(void **state)
{
    plan_is("press tab 3 times", "press Tab; press Tab; press Tab");
    plan_is("click the \"Next\" button twice",
            "click the \"Next\" button; click the \"Next\" button");
    plan_is("go back twice", "go back; go back");
    plan_is("scroll down 2 pages", "scroll down; scroll down");
    plan_is("log into example.com as alice with password secret",
            "open https://example.com; log in as \"alice\"");
    /* Not a repetition: the count belongs to the words typed. */
    plan_is("type hello 3 times", "type \"hello 3 times\"");
    plan_is("search for multiplication 3 times", "search for \"multiplication 3 times\"");
    refused("press tab 50 times", "could not understand \"press tab 50 times\": at most 20 times");
}

/* "it", "that", "its": the element the step before named. */
static void test_plans_pronouns(void **state)
{
    plan_is("click the login button and click it again",
            "click the \"login\" button; click the \"login\" button");
    plan_is("find the contact link and hover over it",
            "scroll to the \"contact\" link; hover over the \"contact\" link");
    plan_is("click the first result and get its price",
            "click the 1st item; get the price of the 1st item");
    plan_is("click the email field, then type \"a@b.c\" into it",
            "click the \"email\" field; type \"a@b.c\" into the \"email\" field");
    /* Across instructions too. */
    json_t *a = instr(2, "hover over the Account menu", "click it");
    plan p;
    char err[256] = "";
    assert_int_equal(planner_parse(a, &p, err, sizeof err), 0);
    assert_int_equal(p.n, 2);
    assert_int_equal(p.steps[1].kind, STEP_CLICK);
    assert_string_equal(p.steps[1].target.text, "Account");
    assert_string_equal(p.steps[1].target.role, "menu");
    assert_string_equal(p.steps[1].clause, "click it");
    plan_free(&p);
    json_decref(a);
    refused("click it",
            "could not understand \"click it\": say what \"it\" is: no step before "
            "names an element");
}

/* ---- planner_parse_each -------------------------------------------------- */

static void each_step(void *ud, step *st)
{
    char *d = planner_describe(st);
    buf_printf(ud, "%s[%s]", ((buf *)ud)->len ? " " : "", d);
    free(d);
    step_free(st); /* the callee owns it */
}

static void each_unread(void *ud, const char *clause)
{
    buf_printf(ud, "%s<%s>", ((buf *)ud)->len ? " " : "", clause);
}

/* The steps and unread clauses of instructions, in order: "[step] <clause>". */
static char *each(json_t *instructions, int fallback, int *rc)
{
    buf b = {0};
    char err[256] = "";
    *rc = planner_parse_each(
        instructions, each_step, fallback ? each_unread : NULL, &b, err, sizeof err);
    if (*rc != 0) buf_printf(&b, "error: %s", err);
    return buf_steal(&b);
}

/* With a fallback (the LLM), what the rules cannot read is handed over at
 * its place; the rest is read exactly as planner_parse reads it. */
static void test_parse_each(void **state)
{
    int rc;
    json_t *a = instr(3,
                      "First, open a.com, get the title and then frobnicate the widget",
                      "search for salt and pepper, press tab twice",
                      "dance a little and click the Buy button and click it again");
    char *got = each(a, 1, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got,
                        "[open https://a.com] [get the title] <frobnicate the widget> "
                        "[search for \"salt and pepper\"] [press Tab] [press Tab] "
                        "<dance a little> [click the \"Buy\" button] [click the \"Buy\" "
                        "button]");
    free(got);
    /* Without one, an unread clause is grounded in the page when it runs,
     * as planner_parse does. */
    got = each(a, 0, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got,
                        "[open https://a.com] [get the title] [do \"frobnicate the widget\"] "
                        "[search for \"salt and pepper\"] [press Tab] [press Tab] "
                        "[do \"dance a little\"] [click the \"Buy\" button] [click the \"Buy\" "
                        "button]");
    free(got);
    json_decref(a);
    /* Only unread clauses: all for the fallback. */
    a = instr(1, "frobnicate the widget");
    got = each(a, 1, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(got, "<frobnicate the widget>");
    free(got);
    json_decref(a);
    /* Nothing at all is still an error. */
    a = instr(1, "  ");
    got = each(a, 1, &rc);
    assert_int_equal(rc, -1);
    free(got);
    json_decref(a);
}

/* ---- planner_parse_clause ------------------------------------------------ */

static void test_parse_clause(void **state)
{
    step st;
    char err[256];

    memset(&st, 0x5a, sizeof st);
    assert_int_equal(planner_parse_clause("  click the \"Sign in\" button. ", &st), 0);
    assert_int_equal(st.kind, STEP_CLICK);
    assert_string_equal(st.target.text, "Sign in");
    assert_string_equal(st.target.role, "button");
    assert_int_equal(st.target.exact, 1);
    assert_string_equal(st.clause, "click the \"Sign in\" button");
    step_free(&st);
    assert_null(st.clause);
    step_free(&st); /* zeroed: harmless */
    step_free(NULL);

    memset(&st, 0x5a, sizeof st);
    assert_int_equal(planner_parse_clause("frobnicate", &st), -1);
    assert_null(st.clause);
    assert_null(st.value);
    assert_int_equal(planner_parse_clause_err("click", &st, err, sizeof err), -1);
    assert_string_equal(err, "could not understand \"click\": say what to click");
    assert_int_equal(planner_parse_clause_err("dance", &st, err, sizeof err), -1);
    assert_string_equal(err, "could not understand \"dance\"");
    assert_int_equal(planner_parse_clause_err("click", &st, NULL, 0), -1);
    /* No step before: "it" names nothing. */
    assert_int_equal(planner_parse_clause("click it", &st), -1);
    /* One clause gives one step: the main one. */
    assert_int_equal(planner_parse_clause("log into example.com as a with password b", &st), 0);
    assert_int_equal(st.kind, STEP_LOGIN);
    step_free(&st);
}

/* ---- model_output and describe ------------------------------------------ */

static json_t *model(const char *action, int index)
{
    plan p = parse_ok(action);
    json_error_t jerr;
    assert_true(index < p.n);
    char *text = planner_model_output(&p.steps[index]);
    json_t *o = json_loads(text, 0, &jerr);
    if (!json_is_object(o)) fprintf(stderr, "model_output of \"%s\": %s\n", action, text);
    assert_true(json_is_object(o));
    assert_string_equal(json_string_value(json_object_get(o, "planner")), "rules");
    assert_string_equal(json_string_value(json_object_get(o, "action")),
                        planner_action_name(p.steps[index].kind));
    free(text);
    plan_free(&p);
    return o;
}

static const char *jstr(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* model_output of action's step index is exactly want. */
static void model_is(const char *action, int index, const char *want)
{
    plan p = parse_ok(action);
    char *text = planner_model_output(&p.steps[index]);
    if (strcmp(text, want) != 0)
        fprintf(stderr, "\"%s\":\n  got  %s\n  want %s\n", action, text, want);
    assert_string_equal(text, want);
    free(text);
    plan_free(&p);
}

static void test_model_output(void **state)
{
    json_t *o = model("open example.com and get the title and get the url", 0);
    assert_string_equal(jstr(o, "action"), "navigate");
    assert_string_equal(jstr(o, "url"), "https://example.com");
    json_decref(o);
    o = model("open example.com and get the title and get the url", 1);
    assert_string_equal(jstr(o, "action"), "extract");
    assert_string_equal(jstr(o, "what"), "title");
    json_decref(o);
    o = model("open example.com and get the title and get the url", 2);
    assert_string_equal(jstr(o, "what"), "url");
    json_decref(o);

    /* Quotes or angle brackets around the URL are not part of it. */
    static const char *const quoted[] = {"open \"example.com\"",
                                         "open 'example.com'",
                                         "open <https://example.com>",
                                         ("open \xe2\x80\x9c"
                                          "example.com\xe2\x80\x9d")};
    for (size_t i = 0; i < sizeof quoted / sizeof quoted[0]; i++)
        model_is(quoted[i],
                 0,
                 "{\"action\":\"navigate\",\"url\":\"https://example.com\",\"planner\":\"rules\"}");

    /* The contract's own example. */
    model_is("click the Search button",
             0,
             "{\"action\":\"click\",\"target\":\"Search button\",\"planner\":\"rules\"}");
    model_is("click the second result",
             0,
             "{\"action\":\"click\",\"target\":\"2nd item\",\"planner\":\"rules\"}");
    model_is("click the last link",
             0,
             "{\"action\":\"click\",\"target\":\"last link\",\"planner\":\"rules\"}");
    model_is("click on Sign in",
             0,
             "{\"action\":\"click\",\"target\":\"Sign in\",\"planner\":\"rules\"}");
    model_is("go back", 0, "{\"action\":\"back\",\"planner\":\"rules\"}");
    model_is("go forward", 0, "{\"action\":\"forward\",\"planner\":\"rules\"}");
    model_is("refresh the page", 0, "{\"action\":\"reload\",\"planner\":\"rules\"}");
    model_is("search \"usb hub\" on example.com",
             0,
             "{\"action\":\"search\",\"query\":\"usb hub\",\"site\":\"example.com\","
             "\"planner\":\"rules\"}");
    model_is("type \"alice\" into the username field",
             0,
             "{\"action\":\"type\",\"text\":\"alice\",\"target\":\"username field\","
             "\"planner\":\"rules\"}");
    model_is(
        "enter x in the search box",
        0,
        "{\"action\":\"type\",\"text\":\"x\",\"target\":\"search box\",\"planner\":\"rules\"}");
    model_is("type hello", 0, "{\"action\":\"type\",\"text\":\"hello\",\"planner\":\"rules\"}");
    model_is("select \"Blue\" from the Color dropdown",
             0,
             "{\"action\":\"select\",\"option\":\"Blue\",\"target\":\"Color dropdown\","
             "\"planner\":\"rules\"}");
    model_is("check \"I agree\"",
             0,
             "{\"action\":\"check\",\"target\":\"I agree\",\"planner\":\"rules\"}");
    model_is("uncheck the newsletter box",
             0,
             "{\"action\":\"uncheck\",\"target\":\"newsletter checkbox\",\"planner\":\"rules\"}");
    model_is("press ctrl+a", 0, "{\"action\":\"key\",\"key\":\"Control+a\",\"planner\":\"rules\"}");
    model_is("press Enter", 0, "{\"action\":\"key\",\"key\":\"Enter\",\"planner\":\"rules\"}");
    model_is("submit the form", 0, "{\"action\":\"submit\",\"planner\":\"rules\"}");
    model_is("scroll down 500 pixels",
             0,
             "{\"action\":\"scroll\",\"direction\":\"down\",\"amount\":500,\"planner\":\"rules\"}");
    model_is("scroll to the bottom",
             0,
             "{\"action\":\"scroll\",\"direction\":\"bottom\",\"planner\":\"rules\"}");
    model_is("scroll to \"Reviews\"",
             0,
             "{\"action\":\"scroll\",\"direction\":\"to\",\"target\":\"Reviews\",\"planner\":"
             "\"rules\"}");
    model_is("hover over the Account menu",
             0,
             "{\"action\":\"hover\",\"target\":\"Account menu\",\"planner\":\"rules\"}");
    model_is("wait 2 seconds",
             0,
             "{\"action\":\"wait\",\"what\":\"time\",\"amount\":2000,\"planner\":\"rules\"}");
    model_is("wait for \"Results\" to appear",
             0,
             "{\"action\":\"wait\",\"what\":\"text\",\"text\":\"Results\",\"planner\":\"rules\"}");
    model_is("wait until the page loads",
             0,
             "{\"action\":\"wait\",\"what\":\"load\",\"planner\":\"rules\"}");
    model_is(
        "get all product names and prices",
        0,
        "{\"action\":\"extract\",\"what\":\"list\",\"target\":\"product\",\"fields\":[\"name\","
        "\"price\"],\"planner\":\"rules\"}");
    model_is("extract the second table",
             0,
             "{\"action\":\"extract\",\"what\":\"table\",\"target\":\"2nd "
             "table\",\"planner\":\"rules\"}");
    model_is(
        "get the price of \"Widget\"",
        0,
        "{\"action\":\"extract\",\"what\":\"price\",\"target\":\"Widget\",\"planner\":\"rules\"}");
    model_is("take a full-page screenshot",
             0,
             "{\"action\":\"screenshot\",\"what\":\"full page\",\"planner\":\"rules\"}");
    model_is("screenshot the header",
             0,
             "{\"action\":\"screenshot\",\"what\":\"element\",\"target\":\"header\",\"planner\":"
             "\"rules\"}");
    model_is(
        "log in as \"alice\" with password \"secret\"",
        0,
        "{\"action\":\"login\",\"user\":\"alice\",\"password\":\"***\",\"planner\":\"rules\"}");

    assert_string_equal(planner_action_name(STEP_NAVIGATE), "navigate");
    assert_string_equal(planner_action_name(STEP_EXTRACT), "extract");
    assert_string_equal(planner_action_name(STEP_LOGIN), "login");
    assert_string_equal(planner_action_name(STEP_KIND_COUNT), "unknown");
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

    plan_is("click the Login button", "click the \"Login\" button");
    plan_is("type \"alice\" into the username field", "type \"alice\" into the \"username\" field");
    plan_is("clear the search box", "clear the search box");
    plan_is("press space", "press Space");
    plan_is("wait 500 ms", "wait 500 ms");
    plan_is("take a screenshot of the pricing table", "take a screenshot of \"pricing table\"");
    /* Long values are cut in log lines, at a character boundary. */
    buf b = {0};
    buf_puts(&b, "type \"");
    for (int i = 0; i < 100; i++)
        buf_puts(&b, "\xc3\xa9");
    buf_puts(&b, "\"");
    p = parse_ok(b.s);
    d = planner_describe(&p.steps[0]);
    assert_true(strlen(d) < 140);
    assert_non_null(strstr(d, "...\""));
    assert_true(util_utf8_valid(d, strlen(d)));
    free(d);
    plan_free(&p);
    buf_free(&b);
}

/* Passwords never reach model_output or the logs. */
static void test_password_masked(void **state)
{
    static const char *const logins[] = {"log in as \"alice\" with password \"s3cr3t-pw\"",
                                         "login with alice / s3cr3t-pw",
                                         "sign in as bob@example.com using password s3cr3t-pw",
                                         "log in with username alice and password s3cr3t-pw",
                                         "log into example.com as alice with password s3cr3t-pw"};
    for (size_t i = 0; i < sizeof logins / sizeof logins[0]; i++) {
        plan p = parse_ok(logins[i]);
        int found = 0;
        for (int k = 0; k < p.n; k++) {
            char *m = planner_model_output(&p.steps[k]), *d = planner_describe(&p.steps[k]);
            assert_null(strstr(m, "s3cr3t-pw"));
            assert_null(strstr(d, "s3cr3t-pw"));
            if (p.steps[k].kind == STEP_LOGIN) {
                found = 1;
                assert_string_equal(p.steps[k].value2, "s3cr3t-pw");
                assert_non_null(strstr(m, "\"password\":\"***\""));
            }
            free(m);
            free(d);
        }
        assert_true(found);
        plan_free(&p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_and),
        cmocka_unit_test(test_split_punctuation),
        cmocka_unit_test(test_split_trim),
        cmocka_unit_test(test_split_quotes),
        cmocka_unit_test(test_split_words_and_urls),
        cmocka_unit_test(test_split_parentheses),
        cmocka_unit_test(test_clause_without_address),
        cmocka_unit_test(test_parse_after),
        cmocka_unit_test(test_split_empty),
        cmocka_unit_test(test_split_joiner_at_line_end),
        cmocka_unit_test(test_split_sentences),
        cmocka_unit_test(test_question_after_place),
        cmocka_unit_test(test_parse_navigate),
        cmocka_unit_test(test_parse_title),
        cmocka_unit_test(test_parse_url),
        cmocka_unit_test(test_parse_no_longer_refused),
        cmocka_unit_test(test_parse_refused),
        cmocka_unit_test(test_parse_refused_later_instruction),
        cmocka_unit_test(test_parse_empty),
        cmocka_unit_test(test_parse_many_in_order),
        cmocka_unit_test(test_parse_many_steps_grow),
        cmocka_unit_test(test_parse_too_many_steps),
        cmocka_unit_test(test_plans),
        cmocka_unit_test(test_plans_joined),
        cmocka_unit_test(test_plans_repeat),
        cmocka_unit_test(test_plans_pronouns),
        cmocka_unit_test(test_parse_each),
        cmocka_unit_test(test_parse_clause),
        cmocka_unit_test(test_context_hints),
        cmocka_unit_test(test_model_output),
        cmocka_unit_test(test_describe),
        cmocka_unit_test(test_password_masked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
