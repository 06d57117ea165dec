/* llm.c -- the LLM planner's chat-completions client. See llm.h.
 *
 * Three parts: the prompt (a fixed system message teaching the action set and
 * a user message describing the page), the action reader (a table of the
 * actions, each checked and turned into a step), and the HTTP exchange
 * (libcurl, one easy handle per call so threads never share one, with
 * retries for what is worth retrying). */
#include "plan/llm.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "util/util.h"

#define DEFAULT_TIMEOUT_MS 60000
#define BACKOFF_MS 500          /* first retry; doubles after */
#define RETRY_AFTER_MAX_MS 5000 /* a server's Retry-After is honored up to this */
#define MAX_URL 2048            /* bytes of a "navigate" URL */
#define MAX_TYPED 4096          /* bytes of typed text */
#define MAX_OPTION 512          /* bytes of an option name */
#define MAX_KEY 32              /* bytes of a key combination */
#define MAX_RESULT 65536        /* bytes of a "done" result */
#define MAX_FIELDS 20           /* fields of an "extract list" */
#define MAX_FIELD 64            /* bytes of one field name */
#define MAX_WAIT_S 30           /* seconds of one "wait" */
#define MAX_TARGET_TEXT 200     /* characters of an element's text kept in the step */
#define MAX_ECHO 8192           /* bytes of an invalid reply echoed back to the model */
#define MAX_SHOWN 40            /* characters of model text quoted in a reason */
#define MAX_CANDIDATES 32       /* {...} spans tried when looking for the action */

struct llm {
    char *endpoint; /* the full .../chat/completions URL */
    char *model;
    char *auth; /* "Authorization: Bearer <key>", or NULL; wiped on close */
    int timeout_ms;
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc;

/* curl_global_init is not safe to race with itself, and the handle may be
 * opened from any thread. */
static void curl_init(void)
{
    curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* ---- opening ------------------------------------------------------------- */

int llm_mode_parse(const char *s, llm_mode *out)
{
    static const char *const names[] = {"rules", "auto", "llm"};

    for (int i = 0; s && i < 3; i++) {
        if (strcasecmp(s, names[i]) == 0) {
            *out = (llm_mode)i;
            return 0;
        }
    }
    return -1;
}

/* The endpoint for url: itself when it already names .../chat/completions,
 * else url with "/chat/completions" appended (one slash between). NULL when
 * url is not http(s) with a host. */
static char *endpoint_of(const char *url)
{
    static const char suffix[] = "/chat/completions";
    size_t n = strlen(url);
    const char *host;

    if (strncasecmp(url, "http://", 7) == 0)
        host = url + 7;
    else if (strncasecmp(url, "https://", 8) == 0)
        host = url + 8;
    else
        return NULL;
    if (*host == '\0' || *host == '/') return NULL;
    for (const char *p = url; *p; p++)
        if (isspace((unsigned char)*p) || (unsigned char)*p < 0x20) return NULL;
    while (n > 0 && url[n - 1] == '/')
        n--;
    if (n >= sizeof suffix - 1 &&
        strncmp(url + n - (sizeof suffix - 1), suffix, sizeof suffix - 1) == 0)
        return xstrndup(url, n);
    return xasprintf("%.*s%s", (int)n, url, suffix);
}

int llm_open(const char *url, const char *model, const char *api_key, int timeout_ms, llm **out,
             char *err, size_t errlen)
{
    llm *l = NULL;
    char *endpoint = NULL;
    int rc = -1;

    pthread_once(&curl_once, curl_init);
    if (curl_init_rc != CURLE_OK) {
        snprintf(err, errlen, "LLM client: libcurl did not initialize: %s",
                 curl_easy_strerror(curl_init_rc));
        goto out;
    }
    if (!url || !(endpoint = endpoint_of(url))) {
        snprintf(err, errlen,
                 "LLM URL must be an http or https URL such as http://127.0.0.1:8000/v1");
        goto out;
    }
    if (!model || !*model) {
        snprintf(err, errlen, "LLM model name is empty; set BROWSERAI_LLM_MODEL");
        goto out;
    }
    if (api_key && strpbrk(api_key, "\r\n")) {
        /* A header injection; say so without echoing the key. */
        snprintf(err, errlen, "LLM API key contains a line break");
        goto out;
    }
    l = xcalloc(1, sizeof *l);
    l->endpoint = endpoint;
    endpoint = NULL;
    l->model = xstrdup(model);
    if (api_key && *api_key) l->auth = xasprintf("Authorization: Bearer %s", api_key);
    l->timeout_ms = timeout_ms > 0 ? timeout_ms : DEFAULT_TIMEOUT_MS;
    *out = l;
    rc = 0;
out:
    free(endpoint);
    return rc;
}

void llm_close(llm *l)
{
    if (!l) return;
    if (l->auth) explicit_bzero(l->auth, strlen(l->auth));
    free(l->auth);
    free(l->model);
    free(l->endpoint);
    free(l);
}

/* ---- text shown to the model --------------------------------------------- */

/* Append s to b the way the model is shown page text: runs of white space
 * and control characters as one space, trimmed, at most max characters (code
 * points, so UTF-8 is never cut inside a character), with '"' and '\\'
 * escaped when quote is set so quoted fields stay unambiguous. Returns 1 when
 * s was cut. */
static int clip(buf *b, const char *s, size_t max, int quote)
{
    size_t chars = 0;
    int space = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isspace(*p) || *p < 0x20 || *p == 0x7f) {
            space = chars > 0;
            continue;
        }
        if ((*p & 0xc0) != 0x80) { /* the first byte of a character */
            if (chars + (size_t)space >= max) return 1;
            if (space) {
                buf_append(b, " ", 1);
                chars++;
            }
            space = 0;
            chars++;
        }
        if (quote && (*p == '"' || *p == '\\')) buf_append(b, "\\", 1);
        buf_append(b, p, 1);
    }
    return 0;
}

/* clip() plus "..." where the text was cut, so the model knows there is more. */
static void put_text(buf *b, const char *s, size_t max, int quote)
{
    if (clip(b, s, max, quote)) buf_puts(b, "...");
}

static const char *str_field(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) && json_string_length(v) > 0 ? json_string_value(v) : NULL;
}

/* An element's index: its "i", or its position in the list. */
static json_int_t element_index(json_t *el, size_t pos)
{
    json_t *i = json_object_get(el, "i");
    return json_is_integer(i) ? json_integer_value(i) : (json_int_t)pos;
}

static const char system_prompt[] =
    "You control a web browser to reach the user's goal, one action at a time. Each turn "
    "you see the goal, the current page (its URL, its title and its interactive elements, "
    "each with its index in brackets) and the steps taken so far with their results.\n"
    "Answer with exactly one JSON object: the next action, one of these, with no prose and "
    "no code fences:\n"
    "{\"action\":\"navigate\",\"url\":\"https://example.com\"}\n"
    "{\"action\":\"click\",\"element\":3}\n"
    "{\"action\":\"type\",\"element\":5,\"text\":\"what to type\",\"submit\":true}  "
    "(submit presses Enter after typing; optional)\n"
    "{\"action\":\"select\",\"element\":7,\"option\":\"visible option text\"}\n"
    "{\"action\":\"check\",\"element\":2} or {\"action\":\"uncheck\",\"element\":2}\n"
    "{\"action\":\"key\",\"key\":\"Enter\"}  (a key name like Enter, Tab, Escape, ArrowDown, "
    "optionally with modifiers: \"Control+a\")\n"
    "{\"action\":\"scroll\",\"direction\":\"down\"}  (down, up, top or bottom)\n"
    "{\"action\":\"hover\",\"element\":4}\n"
    "{\"action\":\"wait\",\"seconds\":2}  (at most 30)\n"
    "{\"action\":\"extract\",\"what\":\"text\",\"element\":6}  (what: text, links, table or "
    "list; element optional, the whole page when absent; for list also give "
    "\"fields\":[\"name\",\"price\"])\n"
    "{\"action\":\"done\",\"result\":\"the answer or information the goal asked for\"}\n"
    "{\"action\":\"fail\",\"reason\":\"why the goal cannot be reached\"}\n"
    "Rules: \"element\" is always an index from the current list, never a guess. Answer "
    "done as soon as the goal is reached, and fail when it cannot be reached.";

/* One line per element: [i] tag role=R "text" name="..." type=T
 * placeholder="..." href="..." value="..." in="where it is" checked
 * disabled expanded|collapsed. */
static void put_element(buf *b, json_t *el, size_t pos)
{
    const char *tag = str_field(el, "tag"), *role = str_field(el, "role");
    const char *text = str_field(el, "text"), *name = str_field(el, "name");
    static const char *const quoted[] = {"placeholder", "href", "value", "in"};

    buf_printf(b, "[%" JSON_INTEGER_FORMAT "] ", element_index(el, pos));
    put_text(b, tag ? tag : "element", LLM_MAX_TEXT, 0);
    if (role && (!tag || strcasecmp(role, tag) != 0)) {
        buf_puts(b, " role=");
        put_text(b, role, LLM_MAX_TEXT, 0);
    }
    if (text) {
        buf_puts(b, " \"");
        put_text(b, text, LLM_MAX_TEXT, 1);
        buf_puts(b, "\"");
    }
    if (name && (!text || strcmp(name, text) != 0)) {
        buf_puts(b, " name=\"");
        put_text(b, name, LLM_MAX_TEXT, 1);
        buf_puts(b, "\"");
    }
    if (str_field(el, "type")) {
        buf_puts(b, " type=");
        put_text(b, str_field(el, "type"), LLM_MAX_TEXT, 0);
    }
    for (size_t k = 0; k < sizeof quoted / sizeof quoted[0]; k++) {
        const char *v = str_field(el, quoted[k]);
        if (!v) continue;
        buf_printf(b, " %s=\"", quoted[k]);
        put_text(b, v, LLM_MAX_TEXT, 1);
        buf_puts(b, "\"");
    }
    if (json_is_true(json_object_get(el, "checked"))) buf_puts(b, " checked");
    if (json_is_true(json_object_get(el, "disabled"))) buf_puts(b, " disabled");
    json_t *ex = json_object_get(el, "expanded");
    if (json_is_boolean(ex)) buf_puts(b, json_is_true(ex) ? " expanded" : " collapsed");
    buf_puts(b, "\n");
}

static void put_elements(buf *b, json_t *elements)
{
    size_t pos, shown = 0, total = 0;
    json_t *el;

    buf_puts(b, "Interactive elements ([index] tag role \"text\" attributes):\n");
    json_array_foreach(elements, pos, el)
    {
        if (!json_is_object(el)) continue;
        total++;
        if (shown < LLM_MAX_ELEMENTS) {
            put_element(b, el, pos);
            shown++;
        }
    }
    if (total == 0) buf_puts(b, "(none)\n");
    if (total > shown) buf_printf(b, "(%zu more elements not shown)\n", total - shown);
}

/* v as one line: a string as is, anything else as compact JSON. */
static void put_value(buf *b, json_t *v, size_t max)
{
    if (json_is_string(v)) {
        put_text(b, json_string_value(v), max, 0);
        return;
    }
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    put_text(b, s ? s : "?", max, 0);
    free(s);
}

static void put_history(buf *b, json_t *history)
{
    size_t n = json_array_size(history);
    size_t first = n > LLM_MAX_HISTORY ? n - LLM_MAX_HISTORY : 0;

    if (n == 0) {
        buf_puts(b, "Steps so far: none, this is the first step.\n");
        return;
    }
    buf_puts(b, "Steps so far (oldest first):\n");
    if (first) buf_printf(b, "(%zu earlier steps not shown)\n", first);
    for (size_t i = first; i < n; i++) {
        json_t *e = json_array_get(history, i), *v;
        buf_printf(b, "%zu. ", i + 1);
        put_value(b, json_is_object(e) ? json_object_get(e, "action") : e, 300);
        if ((v = json_object_get(e, "error")) && !json_is_null(v)) {
            buf_puts(b, " -> error: ");
            put_value(b, v, 200);
        } else if ((v = json_object_get(e, "result")) && !json_is_null(v)) {
            buf_puts(b, " -> result: ");
            put_value(b, v, 200);
        } else {
            buf_puts(b, " -> ok");
        }
        buf_puts(b, "\n");
    }
}

/* The user message: the goal, the page and the history. Malloc'ed. */
static char *user_prompt(const char *goal, const char *url, const char *title, json_t *elements,
                         json_t *history)
{
    buf b = {0};

    buf_puts(&b, "Goal: ");
    put_text(&b, goal ? goal : "", 4000, 0);
    buf_puts(&b, "\nCurrent URL: ");
    put_text(&b, url && *url ? url : "(none: no page is open yet)", 1000, 0);
    buf_puts(&b, "\nPage title: ");
    put_text(&b, title ? title : "", 200, 0);
    buf_puts(&b, "\n\n");
    put_elements(&b, elements);
    buf_puts(&b, "\n");
    put_history(&b, history);
    buf_puts(&b, "\nAnswer with the next action as one JSON object.");
    return buf_steal(&b);
}

/* ---- reading the action --------------------------------------------------- */

/* One past the '}' closing the object that opens at s, skipping braces in
 * JSON strings; NULL when it never closes. */
static const char *object_end(const char *s)
{
    int depth = 0, in_string = 0;

    for (; *s; s++) {
        if (in_string) {
            if (*s == '\\' && s[1])
                s++;
            else if (*s == '"')
                in_string = 0;
        } else if (*s == '"') {
            in_string = 1;
        } else if (*s == '{') {
            depth++;
        } else if (*s == '}' && --depth == 0) {
            return s + 1;
        }
    }
    return NULL;
}

/* The first balanced {...} in content that parses as an object with an
 * "action" string: models wrap their JSON in fences or prose however told. */
static json_t *find_action(const char *content, char *err, size_t errlen)
{
    const char *p = strchr(content, '{');
    int objects = 0;

    for (int tries = 0; p && tries < MAX_CANDIDATES; tries++, p = strchr(p + 1, '{')) {
        const char *end = object_end(p);
        if (!end) continue;
        json_t *o = json_loadb(p, (size_t)(end - p), 0, NULL);
        if (json_is_object(o)) {
            objects++;
            if (json_is_string(json_object_get(o, "action"))) return o;
        }
        json_decref(o);
    }
    if (objects)
        snprintf(err, errlen, "the JSON object has no \"action\" string");
    else
        snprintf(err, errlen, "no JSON object in the reply");
    return NULL;
}

/* Quote model text in a reason, short and cut on a character boundary, so
 * the reason stays valid UTF-8 inside the correction message. */
static void reason_with(char *err, size_t errlen, const char *fmt, const char *text)
{
    buf b = {0};
    clip(&b, text, MAX_SHOWN, 0);
    snprintf(err, errlen, fmt, b.s ? b.s : "");
    buf_free(&b);
}

/* a[key] as a string of 1 to max bytes, copied into *dst. */
static int get_string(json_t *a, const char *key, size_t max, char **dst, char *err, size_t errlen)
{
    json_t *v = json_object_get(a, key);
    size_t n = json_string_length(v);

    if (!json_is_string(v) || n == 0) {
        snprintf(err, errlen, "\"%s\" must be a non-empty string", key);
        return -1;
    }
    if (n > max) {
        snprintf(err, errlen, "\"%s\" is longer than %zu bytes", key, max);
        return -1;
    }
    if (memchr(json_string_value(v), '\0', n)) {
        snprintf(err, errlen, "\"%s\" contains a NUL character", key);
        return -1;
    }
    *dst = xstrndup(json_string_value(v), n);
    return 0;
}

/* The planner's role word (planner.h, target.role) for an element, from its
 * ARIA role, else its tag, else an input's type. */
static const char *role_word(json_t *el)
{
    static const char *const by_role[][2] = {
        {"button", "button"},    {"link", "link"},           {"checkbox", "checkbox"},
        {"switch", "checkbox"},  {"radio", "radio"},         {"combobox", "dropdown"},
        {"listbox", "dropdown"}, {"searchbox", "searchbox"}, {"textbox", "field"},
        {"tab", "tab"},          {"img", "image"},           {"image", "image"},
        {"heading", "heading"},  {"menu", "menu"},           {"menuitem", "item"},
        {"option", "item"}};
    static const char *const by_tag[][2] = {
        {"a", "link"},     {"button", "button"}, {"select", "dropdown"}, {"textarea", "field"},
        {"img", "image"},  {"h1", "heading"},    {"h2", "heading"},      {"h3", "heading"},
        {"h4", "heading"}, {"h5", "heading"},    {"h6", "heading"}};
    static const char *const by_type[][2] = {
        {"search", "searchbox"}, {"checkbox", "checkbox"}, {"radio", "radio"}, {"submit", "button"},
        {"button", "button"},    {"reset", "button"},      {"image", "button"}};
    const char *role = str_field(el, "role"), *tag = str_field(el, "tag");
    const char *type = str_field(el, "type");
    size_t k;

    for (k = 0; role && k < sizeof by_role / sizeof by_role[0]; k++)
        if (strcasecmp(role, by_role[k][0]) == 0) return by_role[k][1];
    for (k = 0; tag && k < sizeof by_tag / sizeof by_tag[0]; k++)
        if (strcasecmp(tag, by_tag[k][0]) == 0) return by_tag[k][1];
    if (!tag || strcasecmp(tag, "input") != 0) return NULL;
    for (k = 0; type && k < sizeof by_type / sizeof by_type[0]; k++)
        if (strcasecmp(type, by_type[k][0]) == 0) return by_type[k][1];
    return "field";
}

/* The step's target from the element the model chose, so the step reads
 * well in logs and the rule locator could find the element again. */
static void fill_target(step *st, json_t *el)
{
    const char *text = str_field(el, "text");
    const char *role = role_word(el);

    if (!text) text = str_field(el, "name");
    if (!text) text = str_field(el, "placeholder");
    if (text) {
        buf b = {0};
        int cut = clip(&b, text, MAX_TARGET_TEXT, 0);
        if (b.len) {
            st->target.text = buf_steal(&b);
            st->target.exact = !cut;
        }
        buf_free(&b);
    }
    st->target.role = role ? xstrdup(role) : NULL;
}

/* How an action uses "element". */
enum { EL_NONE, EL_REQUIRED, EL_OPTIONAL };

static int read_element(json_t *a, json_t *elements, int use, step *st, int *element, char *err,
                        size_t errlen)
{
    json_t *v = json_object_get(a, "element"), *el;
    size_t pos;

    *element = -1;
    if (use == EL_NONE || (use == EL_OPTIONAL && (!v || json_is_null(v)))) return 0;
    if (!v) {
        snprintf(err, errlen, "\"element\" is required: the index of an element from the list");
        return -1;
    }
    if (!json_is_integer(v)) {
        snprintf(err, errlen, "\"element\" must be an integer index from the list");
        return -1;
    }
    /* Indices are ints for the caller; the page numbers its elements from 0. */
    if (json_integer_value(v) >= 0 && json_integer_value(v) <= INT_MAX) {
        json_array_foreach(elements, pos, el)
        {
            if (json_is_object(el) && element_index(el, pos) == json_integer_value(v)) {
                fill_target(st, el);
                *element = (int)json_integer_value(v);
                return 0;
            }
        }
    }
    snprintf(err, errlen, "element %" JSON_INTEGER_FORMAT " is not in the list",
             json_integer_value(v));
    return -1;
}

static int read_navigate(json_t *a, step *st, char *err, size_t errlen)
{
    if (get_string(a, "url", MAX_URL, &st->value, err, errlen) != 0) return -1;
    for (const char *p = st->value; *p; p++) {
        if (isspace((unsigned char)*p) || (unsigned char)*p < 0x20) {
            snprintf(err, errlen, "\"url\" must be one URL without spaces");
            return -1;
        }
    }
    return 0;
}

static int read_type(json_t *a, step *st, char *err, size_t errlen)
{
    json_t *submit = json_object_get(a, "submit");

    if (get_string(a, "text", MAX_TYPED, &st->value, err, errlen) != 0) return -1;
    if (submit && !json_is_boolean(submit) && !json_is_null(submit)) {
        snprintf(err, errlen, "\"submit\" must be true or false");
        return -1;
    }
    st->sub = json_is_true(submit) ? LLM_TYPE_SUBMIT : 0;
    return 0;
}

static int read_select(json_t *a, step *st, char *err, size_t errlen)
{
    return get_string(a, "option", MAX_OPTION, &st->value, err, errlen);
}

/* "Control+Shift+t": the key last, the modifiers before it. */
static int read_key(json_t *a, step *st, char *err, size_t errlen)
{
    static const char *const modifiers[] = {"Control", "Shift", "Alt", "Meta"};
    char *plus;

    if (get_string(a, "key", MAX_KEY, &st->value, err, errlen) != 0) return -1;
    plus = strrchr(st->value, '+');
    if (!plus || plus == st->value || plus[1] == '\0') return 0; /* "+" is a key too */
    for (char *m = st->value; m < plus;) {
        size_t n = strcspn(m, "+"), k;
        for (k = 0; k < 4; k++)
            if (strlen(modifiers[k]) == n && strncasecmp(m, modifiers[k], n) == 0) break;
        if (k == 4) {
            reason_with(err, errlen,
                        "\"%s\" is not a key name with Control, Shift, Alt or "
                        "Meta modifiers",
                        st->value);
            return -1;
        }
        m += n + 1;
    }
    st->value2 = xstrndup(st->value, (size_t)(plus - st->value));
    memmove(st->value, plus + 1, strlen(plus + 1) + 1);
    return 0;
}

/* The index of s in the NULL-terminated names, or -1. */
static int name_index(const char *const *names, const char *s)
{
    for (int i = 0; s && names[i]; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

static int read_scroll(json_t *a, step *st, char *err, size_t errlen)
{
    static const char *const names[] = {"down", "up", "bottom", "top", NULL};
    static const int subs[] = {SCROLL_DOWN, SCROLL_UP, SCROLL_BOTTOM, SCROLL_TOP};
    int i = name_index(names, json_string_value(json_object_get(a, "direction")));

    if (i < 0) {
        snprintf(err, errlen, "\"direction\" must be \"down\", \"up\", \"top\" or \"bottom\"");
        return -1;
    }
    st->sub = subs[i];
    st->amount = 0;
    return 0;
}

static int read_wait(json_t *a, step *st, char *err, size_t errlen)
{
    json_t *v = json_object_get(a, "seconds");
    double s = json_number_value(v);

    if (!json_is_number(v) || !(s > 0) || s > MAX_WAIT_S) {
        snprintf(err, errlen, "\"seconds\" must be a number above 0 and at most %d", MAX_WAIT_S);
        return -1;
    }
    st->sub = WAIT_TIME;
    st->amount = (int)(s * 1000 + 0.5);
    return 0;
}

static int read_fields(json_t *a, step *st, char *err, size_t errlen)
{
    json_t *v = json_object_get(a, "fields"), *f;
    size_t n = json_array_size(v), k;

    if (!json_is_array(v) || n == 0 || n > MAX_FIELDS) {
        snprintf(err, errlen, "\"fields\" must be a list of 1 to %d field names for a list",
                 MAX_FIELDS);
        return -1;
    }
    json_array_foreach(v, k, f)
    {
        if (!json_is_string(f) || json_string_length(f) == 0 || json_string_length(f) > MAX_FIELD ||
            strlen(json_string_value(f)) != json_string_length(f)) {
            snprintf(err, errlen, "\"fields\" must hold non-empty names of at most %d bytes",
                     MAX_FIELD);
            return -1;
        }
    }
    st->fields = xcalloc(n + 1, sizeof *st->fields);
    json_array_foreach(v, k, f) st->fields[k] = xstrdup(json_string_value(f));
    return 0;
}

static int read_extract(json_t *a, step *st, char *err, size_t errlen)
{
    static const char *const names[] = {"text", "links", "table", "list", NULL};
    static const int subs[] = {EXTRACT_TEXT, EXTRACT_LINKS, EXTRACT_TABLE, EXTRACT_LIST};
    int i = name_index(names, json_string_value(json_object_get(a, "what")));

    if (i < 0) {
        snprintf(err, errlen, "\"what\" must be \"text\", \"links\", \"table\" or \"list\"");
        return -1;
    }
    st->sub = subs[i];
    return subs[i] == EXTRACT_LIST ? read_fields(a, st, err, errlen) : 0;
}

/* The result the goal asked for: text as is, anything structured as JSON. */
static int read_done(json_t *a, step *st, char *err, size_t errlen)
{
    json_t *v = json_object_get(a, "result");

    if (!v || json_is_null(v))
        st->value = xstrdup("");
    else if (json_is_string(v))
        st->value = xstrndup(json_string_value(v), json_string_length(v));
    else
        st->value = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!st->value || strlen(st->value) > MAX_RESULT) {
        snprintf(err, errlen, "\"result\" is longer than %d bytes", MAX_RESULT);
        return -1;
    }
    return 0;
}

static int read_fail(json_t *a, step *st, char *err, size_t errlen)
{
    json_t *v = json_object_get(a, "reason");

    if (v && !json_is_null(v) && !json_is_string(v)) {
        snprintf(err, errlen, "\"reason\" must be a string");
        return -1;
    }
    if (json_string_length(v) > MAX_RESULT) {
        snprintf(err, errlen, "\"reason\" is longer than %d bytes", MAX_RESULT);
        return -1;
    }
    st->value = json_string_length(v) > 0 ? xstrdup(json_string_value(v))
                                          : xstrdup("the model gave up without a reason");
    return 0;
}

typedef int (*action_reader)(json_t *a, step *st, char *err, size_t errlen);

/* The fixed action set: its name, the step it becomes, how it names an
 * element, the reader of its other fields, and what it says of the goal. */
static const struct action {
    const char *name;
    step_kind kind;
    int element;
    action_reader read;
    int done;
} actions[] = {
    {"navigate", STEP_NAVIGATE, EL_NONE, read_navigate, LLM_ACT},
    {"click", STEP_CLICK, EL_REQUIRED, NULL, LLM_ACT},
    {"type", STEP_TYPE, EL_REQUIRED, read_type, LLM_ACT},
    {"select", STEP_SELECT, EL_REQUIRED, read_select, LLM_ACT},
    {"check", STEP_CHECK, EL_REQUIRED, NULL, LLM_ACT},
    {"uncheck", STEP_UNCHECK, EL_REQUIRED, NULL, LLM_ACT},
    {"key", STEP_KEY, EL_NONE, read_key, LLM_ACT},
    {"scroll", STEP_SCROLL, EL_NONE, read_scroll, LLM_ACT},
    {"hover", STEP_HOVER, EL_REQUIRED, NULL, LLM_ACT},
    {"wait", STEP_WAIT, EL_NONE, read_wait, LLM_ACT},
    {"extract", STEP_EXTRACT, EL_OPTIONAL, read_extract, LLM_ACT},
    {"done", STEP_KIND_COUNT, EL_NONE, read_done, LLM_DONE},
    {"fail", STEP_KIND_COUNT, EL_NONE, read_fail, LLM_FAIL},
};

int llm_parse_action(const char *content, json_t *elements, step *out, int *done, int *element,
                     char *err, size_t errlen)
{
    step st = {0};
    json_t *a = find_action(content ? content : "", err, errlen);
    const struct action *act = NULL;
    const char *name;
    int el = -1, rc = -1;

    if (!a) goto out;
    name = json_string_value(json_object_get(a, "action"));
    for (size_t k = 0; k < sizeof actions / sizeof actions[0]; k++)
        if (strcmp(name, actions[k].name) == 0) act = &actions[k];
    if (!act) {
        reason_with(err, errlen, "unknown action \"%s\"", name);
        goto out;
    }
    st.kind = act->kind;
    if (read_element(a, elements, act->element, &st, &el, err, errlen) != 0) goto out;
    if (act->read && act->read(a, &st, err, errlen) != 0) goto out;
    st.clause = json_dumps(a, JSON_COMPACT);
    *out = st;
    *done = act->done;
    *element = el;
    rc = 0;
out:
    if (rc != 0) step_free(&st); /* the step is the caller's only on success */
    json_decref(a);
    return rc;
}

/* ---- the HTTP exchange ----------------------------------------------------- */

typedef struct reply {
    buf body;
    int too_big;
    long status;
    curl_off_t retry_after_s;
} reply;

enum { POST_OK, POST_RETRY, POST_FAIL };

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    reply *r = ud;
    size_t len = size * n;

    if (r->body.len + len > LLM_MAX_REPLY) {
        r->too_big = 1;
        return 0; /* aborts the transfer with CURLE_WRITE_ERROR */
    }
    buf_append(&r->body, p, len);
    return len;
}

/* The server's own words from an error body: OpenAI's {"error":{"message"}},
 * the {"error":"..."} some servers send, or the body's text. */
static void server_message(const buf *body, char *out, size_t outlen)
{
    json_t *j = body->len ? json_loadb(body->s, body->len, 0, NULL) : NULL;
    json_t *e = json_object_get(j, "error");
    const char *msg = str_field(e, "message");
    buf b = {0};

    if (!msg) msg = json_is_string(e) ? json_string_value(e) : NULL;
    if (!msg) msg = str_field(j, "message");
    if (!msg && !j && body->len) msg = body->s;
    if (msg) put_text(&b, msg, 300, 0);
    util_strlcpy(out, b.len && util_utf8_valid(b.s, b.len) ? b.s : "(no message)", outlen);
    buf_free(&b);
    json_decref(j);
}

/* What a finished transfer means: a 2xx reply, something worth another
 * attempt (408, 429, 5xx, timeouts, connection trouble), or a failure. */
static int classify(const llm *l, CURLcode cc, reply *r, const char *curl_err, char *err,
                    size_t errlen)
{
    char msg[320];

    if (cc == CURLE_OK && r->status >= 200 && r->status < 300) return POST_OK;
    if (cc == CURLE_OK) {
        server_message(&r->body, msg, sizeof msg);
        snprintf(err, errlen, "LLM server answered HTTP %ld: %s", r->status, msg);
        return r->status == 408 || r->status == 429 || r->status >= 500 ? POST_RETRY : POST_FAIL;
    }
    if (r->too_big || cc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(err, errlen, "LLM reply is larger than %d bytes", LLM_MAX_REPLY);
        return POST_FAIL;
    }
    if (cc == CURLE_OPERATION_TIMEDOUT) {
        snprintf(err, errlen, "LLM request timed out after %d ms", l->timeout_ms);
        return POST_RETRY;
    }
    snprintf(err, errlen, "LLM request failed: %s", *curl_err ? curl_err : curl_easy_strerror(cc));
    switch (cc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return POST_RETRY;
    default:
        return POST_FAIL;
    }
}

/* One POST of body to the endpoint; the reply lands in *r. */
static int post(const llm *l, const char *body, reply *r, char *err, size_t errlen)
{
    CURL *c = curl_easy_init();
    struct curl_slist *h = NULL, *t;
    char curl_err[CURL_ERROR_SIZE] = "";
    static const char *const headers[] = {"Content-Type: application/json",
                                          "Accept: application/json",
                                          "Expect:" /* no 100-continue round trip */};
    int rc = POST_FAIL;

    snprintf(err, errlen, "LLM client: out of memory in libcurl");
    if (!c) goto out;
    for (size_t k = 0; k < 3 + (size_t)(l->auth != NULL); k++) {
        if (!(t = curl_slist_append(h, k < 3 ? headers[k] : l->auth))) goto out;
        h = t;
    }
    curl_easy_setopt(c, CURLOPT_URL, l->endpoint);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); /* SIGALRM timeouts are not thread-safe */
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(body));
    curl_easy_setopt(c, CURLOPT_USERAGENT, "browserai");
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)l->timeout_ms);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                     (long)(l->timeout_ms < 10000 ? l->timeout_ms : 10000));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)LLM_MAX_REPLY);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, curl_err);
    CURLcode cc = curl_easy_perform(c);
    if (cc == CURLE_OK) {
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
        curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &r->retry_after_s);
    }
    rc = classify(l, cc, r, curl_err, err, errlen);
out:
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    return rc;
}

/* choices[0].message.content of a chat.completion, malloc'ed into *content
 * ("" when the message has no text, which the caller treats as an invalid
 * action). -1 when the body is not a chat completion at all. */
static int read_content(const buf *body, char **content, char *err, size_t errlen)
{
    json_t *j = json_loadb(body->s ? body->s : "", body->len, 0, NULL);
    json_t *msg = json_object_get(json_array_get(json_object_get(j, "choices"), 0), "message");
    json_t *text = json_object_get(msg, "content");

    if (!json_is_object(msg)) {
        snprintf(err, errlen,
                 "LLM server reply has no choices[0].message "
                 "(is the URL a chat-completions endpoint?)");
        json_decref(j);
        return -1;
    }
    *content = json_is_string(text) ? xstrdup(json_string_value(text)) : xstrdup("");
    json_decref(j);
    return 0;
}

/* Wait before the next attempt: the server's Retry-After when it sent one
 * (capped so a worker is not parked for long), else a doubling backoff. */
static int64_t backoff_ms(int attempt, curl_off_t retry_after_s)
{
    if (retry_after_s > 0)
        return retry_after_s * 1000 < RETRY_AFTER_MAX_MS ? (int64_t)retry_after_s * 1000
                                                         : RETRY_AFTER_MAX_MS;
    return (int64_t)BACKOFF_MS << attempt;
}

/* POST the conversation and return the reply's text (malloc'ed), retrying
 * what is worth retrying. */
static int chat(const llm *l, json_t *messages, char **content, char *err, size_t errlen)
{
    json_t *req = json_pack("{s:s, s:O, s:i, s:{s:s}}", "model", l->model, "messages", messages,
                            "temperature", 0, "response_format", "type", "json_object");
    char *body = req ? json_dumps(req, JSON_COMPACT) : NULL;
    char msg[512];
    int rc = -1;

    if (!body) {
        snprintf(err, errlen, "LLM client: could not encode the request");
        goto out;
    }
    for (int attempt = 0;; attempt++) {
        reply r = {0};
        int res = post(l, body, &r, msg, sizeof msg);
        if (res == POST_OK) rc = read_content(&r.body, content, err, errlen);
        curl_off_t wait_s = r.retry_after_s;
        buf_free(&r.body);
        if (res == POST_OK) break;
        if (res == POST_FAIL || attempt == LLM_HTTP_RETRIES) {
            if (attempt > 0)
                snprintf(err, errlen, "%s (%d attempts)", msg, attempt + 1);
            else
                util_strlcpy(err, msg, errlen);
            break;
        }
        util_sleep_ms(backoff_ms(attempt, wait_s));
    }
out:
    free(body);
    json_decref(req);
    return rc;
}

/* Append {role, content} to messages; content is cut to max bytes on a
 * character boundary. */
static void add_message(json_t *messages, const char *role, const char *content, size_t max)
{
    size_t n = strlen(content);

    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)content[n] & 0xc0) == 0x80)
            n--;
    }
    json_t *s = json_stringn(content, n);
    if (!s) s = json_string("(unreadable text)");
    json_array_append_new(messages, json_pack("{s:s, s:o}", "role", role, "content", s));
}

int llm_next_action(llm *l, const char *goal, const char *url, const char *title, json_t *elements,
                    json_t *history, step *out, int *done, int *element, char **raw, char *err,
                    size_t errlen)
{
    char *prompt = user_prompt(goal, url, title, elements, history);
    char *content = NULL;
    json_t *messages = json_array();
    char why[256];
    int rc = -1;

    if (!util_utf8_valid(prompt, strlen(prompt))) {
        snprintf(err, errlen, "LLM prompt is not valid UTF-8 (goal, URL or title)");
        goto out;
    }
    add_message(messages, "system", system_prompt, sizeof system_prompt);
    add_message(messages, "user", prompt, strlen(prompt));
    for (int attempt = 0;; attempt++) {
        if (chat(l, messages, &content, err, errlen) != 0) goto out;
        if (llm_parse_action(content, elements, out, done, element, why, sizeof why) == 0) {
            *raw = content;
            content = NULL;
            rc = 0;
            goto out;
        }
        if (attempt == LLM_ACTION_RETRIES) {
            snprintf(err, errlen, "LLM reply was not a valid action (%d attempts): %s", attempt + 1,
                     why);
            goto out;
        }
        /* Show the model its own reply and what was wrong with it: a
         * correction converges faster than asking again from scratch. */
        add_message(messages, "assistant", content, MAX_ECHO);
        char *fix = xasprintf("Your reply was not a valid action: %s. Answer with exactly one "
                              "JSON object, one of the actions listed, and nothing else.",
                              why);
        add_message(messages, "user", fix, strlen(fix));
        free(fix);
        free(content);
        content = NULL;
    }
out:
    free(prompt);
    free(content);
    json_decref(messages);
    return rc;
}
