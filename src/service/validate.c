/* validate.c -- see validate.h. */
#include "service/validate.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "geo/geo.h"
#include "util/util.h"

void task_req_free(task_req *t)
{
    if (!t) return;
    json_decref(t->instructions);
    json_decref(t->geo);
    free(t->project);
    memset(t, 0, sizeof *t);
}

static void problem(json_t *details, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(json_t *details, const char *fmt, ...)
{
    buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    json_array_append_new(details, json_string(b.s));
    buf_free(&b);
}

/* Characters (UTF-8 code points) in a valid UTF-8 string. */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s)) return 0;
    return 1;
}

int validate_project(const char *name, long max)
{
    size_t n = strlen(name);
    if (n == 0 || (long)n > max || blank(name)) return 0;
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("_-. ", *p)) return 0;
    return 1;
}

static const char *json_kind(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
        return "an integer";
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    default:
        return "null";
    }
}

static json_t *check_instructions(json_t *v, const validate_limits *lim, json_t *details)
{
    if (!v) {
        problem(details, "instructions: is required");
        return NULL;
    }
    if (!json_is_array(v)) {
        problem(details, "instructions: must be an array of {\"action\": string}, not %s",
                json_kind(v));
        return NULL;
    }
    size_t n = json_array_size(v);
    if (n == 0) {
        problem(details, "instructions: must have at least one item");
        return NULL;
    }
    if ((long)n > lim->max_instructions) {
        problem(details, "instructions: has %zu items; the limit is %ld", n, lim->max_instructions);
        return NULL;
    }
    json_t *out = json_array();
    size_t before = json_array_size(details), i;
    json_t *item;
    json_array_foreach(v, i, item)
    {
        json_t *a = json_is_object(item) ? json_object_get(item, "action") : NULL;
        if (!json_is_object(item)) {
            problem(details, "instructions[%zu]: must be an object with an \"action\" string", i);
        } else if (!a) {
            problem(details, "instructions[%zu].action: is required", i);
        } else if (!json_is_string(a) || blank(json_string_value(a))) {
            problem(details, "instructions[%zu].action: must be a non-empty string", i);
        } else if ((long)chars(json_string_value(a)) > lim->max_action) {
            problem(details, "instructions[%zu].action: has %zu characters; the limit is %ld", i,
                    chars(json_string_value(a)), lim->max_action);
        } else {
            json_array_append_new(out, json_pack("{s:O}", "action", a));
        }
    }
    if (json_array_size(details) != before) {
        json_decref(out);
        return NULL;
    }
    return out;
}

static json_t *check_geo(json_t *v, json_t *details)
{
    if (!v) {
        problem(details, "geoLocation: is required");
        return NULL;
    }
    if (!json_is_object(v)) {
        problem(details, "geoLocation: must be an object like {\"country\": \"US\"}, not %s",
                json_kind(v));
        return NULL;
    }
    json_t *out = json_object();
    int ok = 1;
    json_t *c = json_object_get(v, "country");
    const geo_country *gc = NULL;
    if (!c) {
        problem(details, "geoLocation.country: is required");
        ok = 0;
    } else if (!json_is_string(c)) {
        problem(details, "geoLocation.country: must be an ISO 3166-1 alpha-2 code string, not %s",
                json_kind(c));
        ok = 0;
    } else if (!(gc = geo_country_find(json_string_value(c)))) {
        problem(details, "geoLocation.country: \"%.16s\" is not an ISO 3166-1 alpha-2 code",
                json_string_value(c));
        ok = 0;
    } else {
        json_object_set_new(out, "country", json_string(gc->code));
    }
    static const char *const optional[] = {"city", "zipcode"};
    for (int i = 0; i < 2; i++) {
        json_t *f = json_object_get(v, optional[i]);
        if (!f || json_is_null(f)) continue;
        if (!json_is_string(f) || chars(json_string_value(f)) > 200) {
            problem(details, "geoLocation.%s: must be a string of at most 200 characters",
                    optional[i]);
            ok = 0;
        } else if (!blank(json_string_value(f))) {
            json_object_set(out, optional[i], f);
        }
    }
    if (!ok) {
        json_decref(out);
        return NULL;
    }
    return out;
}

/* The fields a follow-up reads too: inspect, timeoutSeconds, awaitable. */
static void check_options(json_t *root, const validate_limits *lim, task_req *out, json_t *d)
{
    json_t *insp = json_object_get(root, "inspect");
    if (insp && !json_is_boolean(insp) && !json_is_null(insp))
        problem(d, "inspect: must be true or false, not %s", json_kind(insp));
    else
        out->inspect = json_is_true(insp);

    json_t *aw = json_object_get(root, "awaitable");
    if (aw && !json_is_boolean(aw) && !json_is_null(aw))
        problem(d, "awaitable: must be true or false, not %s", json_kind(aw));
    out->awaitable = json_is_true(aw);
    out->awaitable_given = json_is_boolean(aw);

    json_t *to = json_object_get(root, "timeoutSeconds");
    out->timeout_s = (int)lim->timeout_default;
    if (to && !json_is_null(to)) {
        if (!json_is_integer(to) || json_integer_value(to) < 1)
            problem(d, "timeoutSeconds: must be a whole number of seconds, at least 1");
        else
            out->timeout_s = json_integer_value(to) > lim->timeout_max
                                 ? (int)lim->timeout_max
                                 : (int)json_integer_value(to);
    }
}

/* The body as a JSON object, or NULL with its problem in d. */
static json_t *load_object(const char *body, size_t len, json_t *d, const char **summary)
{
    json_error_t jerr;
    *summary = "Invalid request";
    /* jansson rejects invalid UTF-8 itself; JSON_REJECT_DUPLICATES keeps one
     * meaning per field. */
    json_t *root = json_loadb(body, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (!root) {
        problem(d, "body: invalid JSON: %s (line %d, column %d)", jerr.text, jerr.line,
                jerr.column);
        *summary = "Invalid JSON";
        return NULL;
    }
    if (!json_is_object(root)) {
        problem(d, "body: must be a JSON object, not %s", json_kind(root));
        json_decref(root);
        return NULL;
    }
    return root;
}

int validate_followup(const char *body, size_t len, const validate_limits *lim, task_req *out,
                      json_t **details, const char **summary)
{
    json_t *d = json_array();
    memset(out, 0, sizeof *out);
    json_t *root = load_object(body, len, d, summary);
    if (root) {
        out->instructions = check_instructions(json_object_get(root, "instructions"), lim, d);
        check_options(root, lim, out, d);
    }
    json_decref(root);
    if (json_array_size(d) == 0) {
        json_decref(d);
        return 0;
    }
    task_req_free(out);
    *details = d;
    return -1;
}

int validate_task(const char *body, size_t len, const validate_limits *lim, task_req *out,
                  json_t **details, const char **summary)
{
    json_t *d = json_array();
    memset(out, 0, sizeof *out);
    json_t *root = load_object(body, len, d, summary);
    if (!root) goto fail;
    out->instructions = check_instructions(json_object_get(root, "instructions"), lim, d);
    out->geo = check_geo(json_object_get(root, "geoLocation"), d);

    json_t *p = json_object_get(root, "project");
    if (!p)
        problem(d, "project: is required");
    else if (!json_is_string(p) || !validate_project(json_string_value(p), lim->max_project))
        problem(d, "project: must be 1-%ld characters of letters, digits, _ - . and space",
                lim->max_project);
    else
        out->project = xstrdup(json_string_value(p));

    json_t *t = json_object_get(root, "type");
    int type = json_is_string(t) ? task_type_parse(json_string_value(t)) : -1;
    if (!t)
        problem(d, "type: is required");
    else if (type < 0)
        problem(d, "type: must be \"crawler_automation\" (or its other name "
                   "\"natural_language\") or \"script_automation\"");
    else
        out->type = (task_type)type;

    check_options(root, lim, out, d);
    if (out->awaitable && type == TASK_SCRIPT)
        problem(d, "awaitable: a live session runs instructions in natural language; "
                   "script_automation tasks cannot be awaitable");
    if (json_array_size(d) > 0) goto fail;
    json_decref(root);
    json_decref(d);
    return 0;
fail:
    json_decref(root);
    task_req_free(out);
    *details = d;
    return -1;
}

void validate_script_id(task_type type, json_t *instructions, char out[SCRIPT_ID_LEN])
{
    buf b = {0};
    buf_puts(&b, task_type_name(type));
    size_t i;
    json_t *item;
    json_array_foreach(instructions, i, item)
    {
        const char *s = json_string_value(json_object_get(item, "action"));
        buf_puts(&b, "\n");
        int space = 0;
        for (; s && isspace((unsigned char)*s); s++) {
        }
        for (; s && *s; s++) {
            if (isspace((unsigned char)*s)) {
                space = 1;
                continue;
            }
            if (space) buf_puts(&b, " ");
            space = 0;
            buf_append(&b, s, 1);
        }
    }
    char hex[UTIL_SHA256_HEX];
    util_sha256_hex(b.s, b.len, hex);
    snprintf(out, SCRIPT_ID_LEN, "sha256:%s", hex);
    buf_free(&b);
}
