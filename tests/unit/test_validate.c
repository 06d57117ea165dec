/* test_validate.c -- unit tests for src/api/validate: a CreateTaskRequest is
 * checked and normalized, every problem is one "field.path: reason" line,
 * project names, and the scriptId digest. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>
#include <openssl/evp.h>

#include "service/validate.h"
#include "util/util.h"

/* The documented defaults (docs/api/README.md, "Limits and bad input"). */
static const validate_limits defaults = {
    .max_instructions = 100,
    .max_action = 20000,
    .max_project = 64,
    .timeout_default = 300,
    .timeout_max = 600,
};

/* A valid body with one field replaced: each FIELD_* macro is the default. */
#define INSTR "\"instructions\":[{\"action\":\"open example.com\"}]"
#define GEO "\"geoLocation\":{\"country\":\"us\"}"
#define PROJ "\"project\":\"demo\""
#define TYPE "\"type\":\"crawler_automation\""
#define BODY(a, b, c, d) "{" a "," b "," c "," d "}"

/* ---- helpers ---------------------------------------------------------- */

static int run(const char *body, size_t len, const validate_limits *lim, task_req *out,
               json_t **details, const char **summary)
{
    *details = NULL;
    *summary = NULL;
    return validate_task(body, len, lim, out, details, summary);
}

/* Validates body, which must pass. */
static void ok(const char *body, task_req *out)
{
    json_t *d = NULL;
    const char *summary = NULL;
    int rc = run(body, strlen(body), &defaults, out, &d, &summary);
    if (rc != 0) {
        char *text = d ? json_dumps(d, 0) : NULL;
        fprintf(stderr, "unexpected failure for %s: %s\n", body, text ? text : "(none)");
        free(text);
        json_decref(d);
    }
    assert_int_equal(rc, 0);
}

/* True when some details line starts with prefix. */
static int has_line(json_t *details, const char *prefix)
{
    size_t i;
    json_t *line;
    json_array_foreach(details, i, line)
    {
        const char *s = json_string_value(line);
        if (s && strncmp(s, prefix, strlen(prefix)) == 0) return 1;
    }
    return 0;
}

/* Validates len bytes of body under lim, which must fail with summary and a
 * details line starting with prefix. On failure out must be left zeroed. */
static void fails_n(const char *body, size_t len, const validate_limits *lim,
                    const char *summary_want, const char *prefix)
{
    task_req out;
    json_t *d = NULL;
    const char *summary = NULL;

    memset(&out, 0x5a, sizeof out);
    assert_int_equal(run(body, len, lim, &out, &d, &summary), -1);
    assert_non_null(summary);
    assert_string_equal(summary, summary_want);
    assert_true(json_is_array(d));
    assert_true(json_array_size(d) >= 1);
    if (!has_line(d, prefix)) {
        char *text = json_dumps(d, 0);
        fprintf(stderr, "body %.*s: no line starting \"%s\" in %s\n", (int)len, body, prefix, text);
        free(text);
    }
    assert_true(has_line(d, prefix));
    assert_null(out.instructions);
    assert_null(out.geo);
    assert_null(out.project);
    json_decref(d);
}

static void fails(const char *body, const char *prefix)
{
    fails_n(body, strlen(body), &defaults, "Invalid request", prefix);
}

static void fails_json(const char *body, size_t len)
{
    fails_n(body, len, &defaults, "Invalid JSON", "body: invalid JSON");
}

/* ---- valid requests ---------------------------------------------------- */

static void test_minimal_normalized(void **state)
{
    task_req t;

    ok(BODY(INSTR, GEO, PROJ, TYPE), &t);
    assert_true(json_is_array(t.instructions));
    assert_int_equal(json_array_size(t.instructions), 1);
    json_t *item = json_array_get(t.instructions, 0);
    assert_true(json_is_object(item));
    assert_int_equal(json_object_size(item), 1);
    assert_string_equal(json_string_value(json_object_get(item, "action")), "open example.com");
    assert_true(json_is_object(t.geo));
    assert_string_equal(json_string_value(json_object_get(t.geo, "country")), "US");
    assert_int_equal(json_object_size(t.geo), 1);
    assert_string_equal(t.project, "demo");
    assert_int_equal(t.type, TASK_CRAWLER);
    assert_int_equal(t.inspect, 0);
    assert_int_equal(t.timeout_s, 300);
    task_req_free(&t);
    assert_null(t.instructions);
    task_req_free(&t); /* twice is harmless */
    task_req_free(NULL);
}

static void test_script_type_and_items(void **state)
{
    task_req t;

    /* Items keep only "action"; order is kept; extra fields anywhere are ignored. */
    ok("{\"instructions\":[{\"action\":\"return 1\",\"x\":2},{\"action\":\"return 2\"}],"
       "\"geoLocation\":{\"country\":\"De\",\"region\":\"Bayern\"},\"project\":\"p\","
       "\"type\":\"script_automation\",\"extra\":{\"nested\":[1,2]},\"priority\":7}",
       &t);
    assert_int_equal(t.type, TASK_SCRIPT);
    assert_int_equal(json_array_size(t.instructions), 2);
    assert_int_equal(json_object_size(json_array_get(t.instructions, 0)), 1);
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(t.instructions, 0), "action")),
        "return 1");
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(t.instructions, 1), "action")),
        "return 2");
    assert_string_equal(json_string_value(json_object_get(t.geo, "country")), "DE");
    assert_null(json_object_get(t.geo, "region"));
    task_req_free(&t);
}

static void test_inspect(void **state)
{
    task_req t;

    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":true"), &t);
    assert_int_equal(t.inspect, 1);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":false"), &t);
    assert_int_equal(t.inspect, 0);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":null"), &t);
    assert_int_equal(t.inspect, 0);
    task_req_free(&t);
}

static void test_timeout(void **state)
{
    task_req t;

    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":1"), &t);
    assert_int_equal(t.timeout_s, 1);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":42"), &t);
    assert_int_equal(t.timeout_s, 42);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":600"), &t);
    assert_int_equal(t.timeout_s, 600);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":601"), &t);
    assert_int_equal(t.timeout_s, 600);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":9223372036854775807"), &t);
    assert_int_equal(t.timeout_s, 600);
    task_req_free(&t);
    ok(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":null"), &t);
    assert_int_equal(t.timeout_s, 300);
    task_req_free(&t);

    /* The default and the cap come from the limits given. */
    validate_limits lim = defaults;
    lim.timeout_default = 17;
    lim.timeout_max = 20;
    json_t *d = NULL;
    const char *summary;
    const char *body = BODY(INSTR, GEO, PROJ, TYPE);
    assert_int_equal(run(body, strlen(body), &lim, &t, &d, &summary), 0);
    assert_int_equal(t.timeout_s, 17);
    task_req_free(&t);
    body = BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":21");
    assert_int_equal(run(body, strlen(body), &lim, &t, &d, &summary), 0);
    assert_int_equal(t.timeout_s, 20);
    task_req_free(&t);
}

static void test_city_zipcode(void **state)
{
    task_req t;

    ok(BODY(INSTR,
            "\"geoLocation\":{\"country\":\"fr\",\"city\":\"Paris\",\"zipcode\":\"75001\"}",
            PROJ,
            TYPE),
       &t);
    assert_string_equal(json_string_value(json_object_get(t.geo, "country")), "FR");
    assert_string_equal(json_string_value(json_object_get(t.geo, "city")), "Paris");
    assert_string_equal(json_string_value(json_object_get(t.geo, "zipcode")), "75001");
    task_req_free(&t);

    /* null optional fields are as good as absent. */
    ok(BODY(INSTR,
            "\"geoLocation\":{\"country\":\"JP\",\"city\":null,\"zipcode\":null}",
            PROJ,
            TYPE),
       &t);
    assert_int_equal(json_object_size(t.geo), 1);
    task_req_free(&t);
}

static void test_project_ok(void **state)
{
    task_req t;

    ok(BODY(INSTR, GEO, "\"project\":\"My Project_1.2-x\"", TYPE), &t);
    assert_string_equal(t.project, "My Project_1.2-x");
    task_req_free(&t);

    char body[512], name[65];
    memset(name, 'a', 64);
    name[64] = '\0';
    snprintf(body, sizeof body, "{" INSTR "," GEO ",\"project\":\"%s\"," TYPE "}", name);
    ok(body, &t);
    assert_string_equal(t.project, name);
    task_req_free(&t);
}

static void test_action_length_code_points(void **state)
{
    validate_limits lim = defaults;
    task_req t;
    json_t *d = NULL;
    const char *summary;
    /* Five code points, 15 bytes: within a limit of 5 characters. */
    const char *body = BODY("\"instructions\":[{\"action\":\"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                            "\xe2\x82\xac\xe2\x82\xac\"}]",
                            GEO,
                            PROJ,
                            TYPE);

    lim.max_action = 5;
    assert_int_equal(run(body, strlen(body), &lim, &t, &d, &summary), 0);
    task_req_free(&t);
    /* The same as a \u escape. */
    body = BODY(
        "\"instructions\":[{\"action\":\"\\u20ac\\u20ac\\u20ac\\u20ac\\u20ac\"}]", GEO, PROJ, TYPE);
    assert_int_equal(run(body, strlen(body), &lim, &t, &d, &summary), 0);
    task_req_free(&t);
    /* Six code points: one too many. */
    body = BODY("\"instructions\":[{\"action\":\"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\"}]",
                GEO,
                PROJ,
                TYPE);
    fails_n(body,
            strlen(body),
            &lim,
            "Invalid request",
            "instructions[0].action: has 6 characters; the limit is 5");
    /* A 4-byte character (emoji) counts one too. */
    body = BODY("\"instructions\":[{\"action\":\"\xf0\x9f\x98\x80xxxx\"}]", GEO, PROJ, TYPE);
    assert_int_equal(run(body, strlen(body), &lim, &t, &d, &summary), 0);
    task_req_free(&t);
}

static void test_action_default_limit(void **state)
{
    /* 20,000 characters pass, 20,001 do not. */
    size_t n = 20001;
    buf b = {0};
    char *action = xcalloc(n + 1, 1);
    task_req t;

    memset(action, 'x', n - 1);
    buf_printf(&b, "{\"instructions\":[{\"action\":\"%s\"}]," GEO "," PROJ "," TYPE "}", action);
    ok(b.s, &t);
    task_req_free(&t);
    buf_reset(&b);
    action[n - 1] = 'x';
    buf_printf(&b, "{\"instructions\":[{\"action\":\"%s\"}]," GEO "," PROJ "," TYPE "}", action);
    fails(b.s, "instructions[0].action: has 20001 characters; the limit is 20000");
    buf_free(&b);
    free(action);
}

/* ---- invalid JSON ------------------------------------------------------ */

static void test_invalid_json(void **state)
{
    static const char *const bodies[] = {
        "",
        "{",
        "{\"instructions\": [}",
        "not json",
        "{\"a\":1,}",
        "{'a':1}",
        "{\"a\":1} trailing",
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        fails_json(bodies[i], strlen(bodies[i]));
}

static void test_invalid_utf8(void **state)
{
    /* A lone continuation byte, a truncated sequence, an overlong '/'. */
    static const char a[] =
        BODY("\"instructions\":[{\"action\":\"open \x80 x\"}]", GEO, PROJ, TYPE);
    static const char b[] = BODY(INSTR, GEO, "\"project\":\"ab\xc3\"", TYPE);
    static const char c[] = BODY(INSTR, GEO, "\"project\":\"\xc0\xaf\"", TYPE);
    static const char e[] = BODY(INSTR, GEO, PROJ, TYPE ",\"\xff\":1");

    fails_json(a, sizeof a - 1);
    fails_json(b, sizeof b - 1);
    fails_json(c, sizeof c - 1);
    fails_json(e, sizeof e - 1);
}

static void test_duplicate_keys(void **state)
{
    static const char a[] = BODY(INSTR, GEO, PROJ, TYPE ",\"project\":\"other\"");
    static const char b[] =
        BODY(INSTR, "\"geoLocation\":{\"country\":\"US\",\"country\":\"DE\"}", PROJ, TYPE);

    fails_json(a, sizeof a - 1);
    fails_json(b, sizeof b - 1);
}

static void test_embedded_nul(void **state)
{
    /* The length given is the body: a NUL byte inside is not the end. */
    static const char a[] = "{\"a\":1}\0{";
    fails_json(a, sizeof a - 1);
}

static void test_root_not_object(void **state)
{
    fails("[]", "body: must be a JSON object, not an array");
    fails("[{\"action\":\"x\"}]", "body: must be a JSON object, not an array");
    fails(" [1, 2] ", "body: must be a JSON object, not an array");
}

/* A scalar root is valid JSON (RFC 8259), so it is "Invalid request" with
 * the same line as an array, not "Invalid JSON". */
static void test_root_scalar(void **state)
{
    fails("\"hello\"", "body: must be a JSON object, not a string");
    fails("42", "body: must be a JSON object, not an integer");
    fails("4.5", "body: must be a JSON object, not a number");
    fails("true", "body: must be a JSON object, not a boolean");
    fails("null", "body: must be a JSON object, not null");
}

/* ---- instructions ------------------------------------------------------ */

static void test_instructions_errors(void **state)
{
    fails(BODY(GEO, PROJ, TYPE, "\"x\":1"), "instructions: is required");
    fails(BODY("\"instructions\":\"open a.com\"", GEO, PROJ, TYPE),
          "instructions: must be an array");
    fails(BODY("\"instructions\":{\"action\":\"open a.com\"}", GEO, PROJ, TYPE),
          "instructions: must be an array");
    fails(BODY("\"instructions\":null", GEO, PROJ, TYPE), "instructions: must be an array");
    fails(BODY("\"instructions\":[]", GEO, PROJ, TYPE),
          "instructions: must have at least one item");
    fails(BODY("\"instructions\":[\"open a.com\"]", GEO, PROJ, TYPE),
          "instructions[0]: must be an object");
    fails(BODY("\"instructions\":[{\"action\":\"a\"},[],{\"action\":\"b\"}]", GEO, PROJ, TYPE),
          "instructions[1]: must be an object");
    fails(BODY("\"instructions\":[{\"action\":\"a\"},null]", GEO, PROJ, TYPE),
          "instructions[1]: must be an object");
    fails(BODY("\"instructions\":[{\"act\":\"open a.com\"}]", GEO, PROJ, TYPE),
          "instructions[0].action: is required");
    fails(BODY("\"instructions\":[{\"action\":42}]", GEO, PROJ, TYPE),
          "instructions[0].action: must be a non-empty string");
    fails(BODY("\"instructions\":[{\"action\":null}]", GEO, PROJ, TYPE),
          "instructions[0].action: must be a non-empty string");
    fails(BODY("\"instructions\":[{\"action\":[\"x\"]}]", GEO, PROJ, TYPE),
          "instructions[0].action: must be a non-empty string");
    fails(BODY("\"instructions\":[{\"action\":\"\"}]", GEO, PROJ, TYPE),
          "instructions[0].action: must be a non-empty string");
    fails(BODY("\"instructions\":[{\"action\":\" \\t\\n \"}]", GEO, PROJ, TYPE),
          "instructions[0].action: must be a non-empty string");
}

static void test_instructions_each_item_reported(void **state)
{
    task_req t;
    json_t *d = NULL;
    const char *summary;
    const char *body =
        BODY("\"instructions\":[7,{\"action\":\"\"},{\"action\":\"ok\"},{}]", GEO, PROJ, TYPE);

    assert_int_equal(run(body, strlen(body), &defaults, &t, &d, &summary), -1);
    assert_true(has_line(d, "instructions[0]: "));
    assert_true(has_line(d, "instructions[1].action: "));
    assert_false(has_line(d, "instructions[2]"));
    assert_true(has_line(d, "instructions[3].action: is required"));
    json_decref(d);
}

static void test_instructions_limit(void **state)
{
    validate_limits lim = defaults;
    task_req t;
    json_t *d = NULL;
    const char *summary;
    const char *three = BODY("\"instructions\":[{\"action\":\"a\"},{\"action\":\"b\"},"
                             "{\"action\":\"c\"}]",
                             GEO,
                             PROJ,
                             TYPE);
    const char *four = BODY("\"instructions\":[{\"action\":\"a\"},{\"action\":\"b\"},"
                            "{\"action\":\"c\"},{\"action\":\"d\"}]",
                            GEO,
                            PROJ,
                            TYPE);

    lim.max_instructions = 3;
    assert_int_equal(run(three, strlen(three), &lim, &t, &d, &summary), 0);
    assert_int_equal(json_array_size(t.instructions), 3);
    task_req_free(&t);
    fails_n(
        four, strlen(four), &lim, "Invalid request", "instructions: has 4 items; the limit is 3");

    /* The documented default: 100 pass, 101 do not. */
    buf b = {0};
    buf_puts(&b, "{\"instructions\":[");
    for (int i = 0; i < 100; i++)
        buf_printf(&b, "%s{\"action\":\"get the title\"}", i ? "," : "");
    buf_puts(&b, "]," GEO "," PROJ "," TYPE "}");
    ok(b.s, &t);
    assert_int_equal(json_array_size(t.instructions), 100);
    task_req_free(&t);
    buf_reset(&b);
    buf_puts(&b, "{\"instructions\":[");
    for (int i = 0; i < 101; i++)
        buf_printf(&b, "%s{\"action\":\"get the title\"}", i ? "," : "");
    buf_puts(&b, "]," GEO "," PROJ "," TYPE "}");
    fails(b.s, "instructions: has 101 items; the limit is 100");
    buf_free(&b);
}

/* ---- geoLocation ------------------------------------------------------- */

static void test_geo_errors(void **state)
{
    fails(BODY(INSTR, PROJ, TYPE, "\"x\":1"), "geoLocation: is required");
    fails(BODY(INSTR, "\"geoLocation\":\"US\"", PROJ, TYPE), "geoLocation: must be an object");
    fails(BODY(INSTR, "\"geoLocation\":[\"US\"]", PROJ, TYPE), "geoLocation: must be an object");
    fails(BODY(INSTR, "\"geoLocation\":null", PROJ, TYPE), "geoLocation: must be an object");
    fails(BODY(INSTR, "\"geoLocation\":{}", PROJ, TYPE), "geoLocation.country: is required");
    fails(BODY(INSTR, "\"geoLocation\":{\"city\":\"Paris\"}", PROJ, TYPE),
          "geoLocation.country: is required");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":1}", PROJ, TYPE),
          "geoLocation.country: must be an ISO 3166-1 alpha-2 code string");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":null}", PROJ, TYPE),
          "geoLocation.country: must be an ISO 3166-1 alpha-2 code string");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"XX\"}", PROJ, TYPE),
          "geoLocation.country: \"XX\" is not an ISO 3166-1 alpha-2 code");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"USA\"}", PROJ, TYPE),
          "geoLocation.country: \"USA\" is not");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"\"}", PROJ, TYPE),
          "geoLocation.country: \"\" is not");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"U\"}", PROJ, TYPE),
          "geoLocation.country: \"U\" is not");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\" US\"}", PROJ, TYPE),
          "geoLocation.country: ");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"US\",\"city\":5}", PROJ, TYPE),
          "geoLocation.city: must be a string");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"US\",\"city\":{}}", PROJ, TYPE),
          "geoLocation.city: must be a string");
    fails(BODY(INSTR, "\"geoLocation\":{\"country\":\"US\",\"zipcode\":12345}", PROJ, TYPE),
          "geoLocation.zipcode: must be a string");
    /* A bad country and a bad city are both reported. */
    task_req t;
    json_t *d = NULL;
    const char *summary;
    const char *body =
        BODY(INSTR, "\"geoLocation\":{\"country\":\"ZZ\",\"city\":true}", PROJ, TYPE);
    assert_int_equal(run(body, strlen(body), &defaults, &t, &d, &summary), -1);
    assert_true(has_line(d, "geoLocation.country: "));
    assert_true(has_line(d, "geoLocation.city: "));
    json_decref(d);
}

static void test_geo_country_long_value_clipped(void **state)
{
    /* A huge country string is not echoed back whole. */
    buf b = {0};
    task_req t;
    json_t *d = NULL;
    const char *summary;
    char big[1001];

    memset(big, 'Q', 1000);
    big[1000] = '\0';
    buf_printf(&b, "{" INSTR ",\"geoLocation\":{\"country\":\"%s\"}," PROJ "," TYPE "}", big);
    assert_int_equal(run(b.s, b.len, &defaults, &t, &d, &summary), -1);
    assert_true(has_line(d, "geoLocation.country: \"QQQQ"));
    assert_true(strlen(json_string_value(json_array_get(d, 0))) < 200);
    json_decref(d);
    buf_free(&b);
}

/* ---- project, type, inspect, timeoutSeconds ---------------------------- */

static void test_project_errors(void **state)
{
    const char *msg = "project: must be 1-64 characters";

    fails(BODY(INSTR, GEO, TYPE, "\"x\":1"), "project: is required");
    fails(BODY(INSTR, GEO, "\"project\":\"\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"   \"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"a/b\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"\xc3\xbcmlaut\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"\\u00fcmlaut\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"tab\\there\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":\"x\\ny\"", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":42", TYPE), msg);
    fails(BODY(INSTR, GEO, "\"project\":null", TYPE), msg);

    char body[512], name[66];
    memset(name, 'a', 65);
    name[65] = '\0';
    snprintf(body, sizeof body, "{" INSTR "," GEO ",\"project\":\"%s\"," TYPE "}", name);
    fails(body, msg);
}

static void test_validate_project(void **state)
{
    assert_true(validate_project("a", 64));
    assert_true(validate_project("My Project_1.2-x", 64));
    assert_true(validate_project("abc", 3));
    assert_false(validate_project("abcd", 3));
    assert_false(validate_project("", 64));
    assert_false(validate_project(" ", 64));
    assert_false(validate_project("\t", 64));
    assert_false(validate_project("a/b", 64));
    assert_false(validate_project("a\\b", 64));
    assert_false(validate_project("a:b", 64));
    assert_false(validate_project("\xc3\xbcmlaut", 64));
    assert_false(validate_project("caf\xc3\xa9", 64));
    assert_false(validate_project("a\tb", 64));
    assert_false(validate_project("a\nb", 64));
    assert_true(validate_project("..", 2)); /* only allowed characters */
}

static void test_type_errors(void **state)
{
    const char *msg = "type: must be \"crawler_automation\" (or its other name "
                      "\"natural_language\") or \"script_automation\"";

    fails(BODY(INSTR, GEO, PROJ, "\"x\":1"), "type: is required");
    fails(BODY(INSTR, GEO, PROJ, "\"type\":\"crawler\""), msg);
    fails(BODY(INSTR, GEO, PROJ, "\"type\":\"\""), msg);
    fails(BODY(INSTR, GEO, PROJ, "\"type\":\"CRAWLER_AUTOMATION\""), msg);
    fails(BODY(INSTR, GEO, PROJ, "\"type\":0"), msg);
    fails(BODY(INSTR, GEO, PROJ, "\"type\":null"), msg);
    fails(BODY(INSTR, GEO, PROJ, "\"type\":\"NATURAL_LANGUAGE\""), msg);
}

/* The vendor's "natural_language" is crawler_automation by another name: the
 * same type, hence the same scriptId for the same instructions. */
static void test_natural_language(void **state)
{
    task_req a, b;
    char ida[SCRIPT_ID_LEN], idb[SCRIPT_ID_LEN];

    ok(BODY(INSTR, GEO, PROJ, "\"type\":\"natural_language\""), &a);
    ok(BODY(INSTR, GEO, PROJ, TYPE), &b);
    assert_int_equal(a.type, TASK_CRAWLER);
    assert_string_equal(task_type_name(a.type), "crawler_automation");
    validate_script_id(a.type, a.instructions, ida);
    validate_script_id(b.type, b.instructions, idb);
    assert_string_equal(ida, idb);
    task_req_free(&a);
    task_req_free(&b);
}

static void test_inspect_errors(void **state)
{
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":\"yes\""),
          "inspect: must be true or false, not a string");
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":1"),
          "inspect: must be true or false, not an integer");
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"inspect\":\"true\""), "inspect: must be true or false");
}

static void test_timeout_errors(void **state)
{
    const char *msg = "timeoutSeconds: must be a whole number of seconds, at least 1";

    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":0"), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":-1"), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":1.5"), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":10.0"), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":\"10\""), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":true"), msg);
    fails(BODY(INSTR, GEO, PROJ, TYPE ",\"timeoutSeconds\":-9223372036854775808"), msg);
}

static void test_many_problems(void **state)
{
    task_req t;
    json_t *d = NULL;
    const char *summary;
    const char *body = "{\"instructions\":[],\"geoLocation\":{\"country\":\"XX\"},"
                       "\"project\":\"a/b\",\"type\":\"crawler_automation\"}";

    assert_int_equal(run(body, strlen(body), &defaults, &t, &d, &summary), -1);
    assert_string_equal(summary, "Invalid request");
    assert_true(json_array_size(d) >= 3);
    assert_true(has_line(d, "instructions: "));
    assert_true(has_line(d, "geoLocation.country: "));
    assert_true(has_line(d, "project: "));
    json_decref(d);

    /* Everything wrong at once: one line per field. */
    body = "{\"instructions\":5,\"geoLocation\":[],\"project\":\"\",\"type\":\"x\","
           "\"inspect\":\"y\",\"timeoutSeconds\":0}";
    assert_int_equal(run(body, strlen(body), &defaults, &t, &d, &summary), -1);
    assert_int_equal(json_array_size(d), 6);
    const char *prefixes[] = {
        "instructions: ", "geoLocation: ", "project: ", "type: ", "inspect: ", "timeoutSeconds: "};
    for (int i = 0; i < 6; i++)
        assert_true(has_line(d, prefixes[i]));
    json_decref(d);

    /* An empty object: the four required fields. */
    body = "{}";
    assert_int_equal(run(body, strlen(body), &defaults, &t, &d, &summary), -1);
    assert_int_equal(json_array_size(d), 4);
    assert_true(has_line(d, "instructions: is required"));
    assert_true(has_line(d, "geoLocation: is required"));
    assert_true(has_line(d, "project: is required"));
    assert_true(has_line(d, "type: is required"));
    json_decref(d);
}

/* ---- scriptId ---------------------------------------------------------- */

static json_t *actions(int n, ...)
{
    json_t *a = json_array();
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        json_array_append_new(a, json_pack("{s:s}", "action", va_arg(ap, const char *)));
    va_end(ap);
    return a;
}

static void script_id(task_type type, json_t *instr, char out[SCRIPT_ID_LEN])
{
    memset(out, 'Z', SCRIPT_ID_LEN);
    validate_script_id(type, instr, out);
    json_decref(instr);
}

/* "sha256:" + hex SHA-256 of s, computed with OpenSSL directly. */
static void expected_id(const char *s, char out[SCRIPT_ID_LEN])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;

    assert_int_equal(EVP_Digest(s, strlen(s), md, &mdlen, EVP_sha256(), NULL), 1);
    assert_int_equal(mdlen, 32);
    memcpy(out, "sha256:", 7);
    for (unsigned int i = 0; i < mdlen; i++)
        snprintf(out + 7 + 2 * i, 3, "%02x", md[i]);
}

static void test_script_id_shape(void **state)
{
    char a[SCRIPT_ID_LEN], b[SCRIPT_ID_LEN];

    script_id(TASK_CRAWLER, actions(2, "open a.com", "get the title"), a);
    script_id(TASK_CRAWLER, actions(2, "open a.com", "get the title"), b);
    assert_string_equal(a, b);
    assert_int_equal(strlen(a), 71);
    assert_memory_equal(a, "sha256:", 7);
    for (int i = 7; i < 71; i++)
        assert_non_null(strchr("0123456789abcdef", a[i]));
}

static void test_script_id_known(void **state)
{
    char got[SCRIPT_ID_LEN], want[SCRIPT_ID_LEN];

    expected_id("crawler_automation\nopen a.com\nget the title", want);
    script_id(TASK_CRAWLER, actions(2, "open a.com", "get the title"), got);
    assert_string_equal(got, want);
    /* The same, written untidily. */
    script_id(TASK_CRAWLER, actions(2, "  open \t a.com\n", "get   the\r\ntitle "), got);
    assert_string_equal(got, want);

    expected_id("script_automation\nreturn 1", want);
    script_id(TASK_SCRIPT, actions(1, "\n\treturn    1;\n"), got);
    assert_string_not_equal(got, want); /* only white space is folded */
    script_id(TASK_SCRIPT, actions(1, "\n\treturn    1\n"), got);
    assert_string_equal(got, want);
}

static void test_script_id_whitespace(void **state)
{
    char a[SCRIPT_ID_LEN], b[SCRIPT_ID_LEN];

    script_id(TASK_CRAWLER, actions(1, "open  a.com\n"), a);
    script_id(TASK_CRAWLER, actions(1, "open a.com"), b);
    assert_string_equal(a, b);
    script_id(TASK_CRAWLER, actions(1, "\t open\ta.com  "), a);
    assert_string_equal(a, b);
    /* Case and words matter. */
    script_id(TASK_CRAWLER, actions(1, "Open a.com"), a);
    assert_string_not_equal(a, b);
    script_id(TASK_CRAWLER, actions(1, "opena.com"), a);
    assert_string_not_equal(a, b);
}

static void test_script_id_type_and_order(void **state)
{
    char a[SCRIPT_ID_LEN], b[SCRIPT_ID_LEN];

    script_id(TASK_CRAWLER, actions(1, "open a.com"), a);
    script_id(TASK_SCRIPT, actions(1, "open a.com"), b);
    assert_string_not_equal(a, b);

    script_id(TASK_CRAWLER, actions(2, "open a.com", "get the title"), a);
    script_id(TASK_CRAWLER, actions(2, "get the title", "open a.com"), b);
    assert_string_not_equal(a, b);

    /* Splitting an action in two is a different script than joining it. */
    script_id(TASK_CRAWLER, actions(2, "open a.com", "get the title"), a);
    script_id(TASK_CRAWLER, actions(1, "open a.com get the title"), b);
    assert_string_not_equal(a, b);
}

static void test_script_id_from_validated(void **state)
{
    /* The normalized request from validate_task feeds the digest as-is. */
    task_req t;
    char got[SCRIPT_ID_LEN], want[SCRIPT_ID_LEN];

    ok("{\"instructions\":[{\"action\":\" open  a.com \"},{\"action\":\"get the title\"}],"
       "\"geoLocation\":{\"country\":\"US\"},\"project\":\"p\",\"type\":\"crawler_automation\"}",
       &t);
    validate_script_id(t.type, t.instructions, got);
    expected_id("crawler_automation\nopen a.com\nget the title", want);
    assert_string_equal(got, want);
    task_req_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_minimal_normalized),
        cmocka_unit_test(test_script_type_and_items),
        cmocka_unit_test(test_inspect),
        cmocka_unit_test(test_timeout),
        cmocka_unit_test(test_city_zipcode),
        cmocka_unit_test(test_project_ok),
        cmocka_unit_test(test_action_length_code_points),
        cmocka_unit_test(test_action_default_limit),
        cmocka_unit_test(test_invalid_json),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_duplicate_keys),
        cmocka_unit_test(test_embedded_nul),
        cmocka_unit_test(test_root_not_object),
        cmocka_unit_test(test_root_scalar),
        cmocka_unit_test(test_instructions_errors),
        cmocka_unit_test(test_instructions_each_item_reported),
        cmocka_unit_test(test_instructions_limit),
        cmocka_unit_test(test_geo_errors),
        cmocka_unit_test(test_geo_country_long_value_clipped),
        cmocka_unit_test(test_project_errors),
        cmocka_unit_test(test_validate_project),
        cmocka_unit_test(test_type_errors),
        cmocka_unit_test(test_natural_language),
        cmocka_unit_test(test_inspect_errors),
        cmocka_unit_test(test_timeout_errors),
        cmocka_unit_test(test_many_problems),
        cmocka_unit_test(test_script_id_shape),
        cmocka_unit_test(test_script_id_known),
        cmocka_unit_test(test_script_id_whitespace),
        cmocka_unit_test(test_script_id_type_and_order),
        cmocka_unit_test(test_script_id_from_validated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
