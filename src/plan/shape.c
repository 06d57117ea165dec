/* shape.c -- instructions that name the answer's shape (see shape.h).
 *
 * People (and the vendor's MCP server) write templates as examples, not as
 * JSON: ["element1", "element2", ...], a trailing comma, a bare word. The
 * reader below takes them as a person would and writes valid JSON. */
#include "plan/shape.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/util.h"

/* Longest template read, in bytes. */
#define SHAPE_TEMPLATE_MAX 8192
/* Longest wait a sentence may ask for, in ms. */
#define SHAPE_WAIT_MAX_MS 600000

/* ---- templates ------------------------------------------------------------ */

static void put_char(buf *out, char c)
{
    buf_append(out, &c, 1);
}

/* The end of the {...} block that opens at s (just past its closing
 * brace), skipping quoted parts, or NULL when it does not close. */
static const char *block_end(const char *s)
{
    int depth = 0;
    for (const char *p = s; *p && p - s < SHAPE_TEMPLATE_MAX; p++) {
        if (*p == '"' || *p == '\'') {
            char q = *p;
            for (p++; *p && *p != q; p++)
                if (*p == '\\' && p[1]) p++;
            if (!*p) return NULL;
        } else if (*p == '{' || *p == '[') {
            depth++;
        } else if (*p == '}' || *p == ']') {
            if (--depth == 0) return p + 1;
        }
    }
    return NULL;
}

/* Append a quoted string read at *p (its quote char q) as a JSON string. */
static void put_string(buf *out, const char **p, const char *end)
{
    char q = **p;
    put_char(out, '"');
    for ((*p)++; *p < end && **p != q; (*p)++) {
        if (**p == '\\' && *p + 1 < end) {
            put_char(out, **p);
            (*p)++;
        } else if (**p == '"') {
            put_char(out, '\\'); /* a double quote inside single quotes */
        }
        put_char(out, **p);
    }
    put_char(out, '"');
    if (*p < end) (*p)++;
}

static int bare_char(unsigned char c)
{
    return isalnum(c) || c == '_' || c == '-' || c == '+' || c == '.' || c >= 0x80;
}

/* A bare word: JSON's own words and numbers stay, others become strings. */
static void put_bare(buf *out, const char *w, size_t n)
{
    char *s = xstrndup(w, n), *end = NULL;
    strtod(s, &end);
    int number = end && *end == '\0' && n > 0 && (isdigit((unsigned char)*s) || *s == '-');
    if (number || !strcmp(s, "true") || !strcmp(s, "false") || !strcmp(s, "null")) {
        buf_puts(out, s);
    } else {
        json_t *j = json_string(s);
        char *q = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
        buf_puts(out, q ? q : "null");
        free(q);
        json_decref(j);
    }
    free(s);
}

/* The block [s, end) as JSON text: placeholders and trailing commas
 * dropped. -1 on a character no template holds. */
static int normalize(const char *s, const char *end, buf *out)
{
    int comma = 0; /* a comma waits for the value after it */
    const char *p = s;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (isspace(c)) {
            p++;
        } else if (!strncmp(p, "...", 3) || !strncmp(p, "\xe2\x80\xa6", 3)) {
            p += 3;
            while (p < end && *p == '.')
                p++;
        } else if (c == ',') {
            comma = 1, p++;
        } else if (c == '}' || c == ']') {
            comma = 0;
            put_char(out, (char)c), p++;
        } else {
            if (comma) put_char(out, ','), comma = 0;
            if (c == '{' || c == '[' || c == ':') {
                put_char(out, (char)c), p++;
            } else if (c == '"' || c == '\'') {
                put_string(out, &p, end);
            } else if (bare_char(c)) {
                const char *w = p;
                while (p < end && bare_char((unsigned char)*p) && strncmp(p, "...", 3) != 0)
                    p++;
                put_bare(out, w, (size_t)(p - w));
            } else {
                return -1;
            }
        }
    }
    return 0;
}

char *shape_template(const char *text)
{
    for (const char *p = text ? strchr(text, '{') : NULL; p; p = strchr(p + 1, '{')) {
        const char *end = block_end(p);
        if (!end) continue;
        buf b = {0};
        json_t *v = NULL;
        if (normalize(p, end, &b) == 0 && b.s) v = json_loads(b.s, 0, NULL);
        buf_free(&b);
        if (json_is_object(v) && json_object_size(v) > 0) {
            char *out = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
            json_decref(v);
            return out;
        }
        json_decref(v);
    }
    return NULL;
}

/* ---- words ---------------------------------------------------------------- */

static char *lower(const char *s)
{
    char *l = xstrdup(s ? s : "");
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

/* The first place w is a word of l, or NULL: whole, or with a plural's
 * "s" ("links"), never inside another word ("formatting", "curl"). */
static const char *word_at(const char *l, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(l, w); p; p = strstr(p + 1, w)) {
        const char *e = p + n + (p[n] == 's');
        if ((p == l || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)*e)) return p;
    }
    return NULL;
}

static int starts_with_any(const char *l, const char *const *words)
{
    while (isspace((unsigned char)*l))
        l++;
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (!strncmp(l, *words, n) && !isalnum((unsigned char)l[n])) return 1;
    }
    return 0;
}

int shape_asks_json(const char *text)
{
    static const char *const verbs[] = {"return", "respond", "reply",  "output", "give",
                                        "format", "provide", "answer", "send",   NULL};
    char *l = lower(text);
    int yes = word_at(l, "json") && (strstr(l, "json object") || starts_with_any(l, verbs));
    free(l);
    return yes;
}

/* The page facts words may name, and the key each becomes. */
static const struct fact {
    const char *words, *key;
} facts[] = {
    {"interactive element", "interactive_elements"},
    {"clickable element", "interactive_elements"},
    {"html", "html_markup"},
    {"markup", "html_markup"},
    {"meta description", "meta_description"},
    {"meta keyword", "meta_keywords"},
    {"page structure", "page_structure"},
    {"title", "title"},
    {"url", "url"},
    {"heading", "headings"},
    {"link", "links"},
    {"button", "buttons"},
    {"input", "inputs"},
    {"form", "forms"},
    {"image", "images"},
};

char *shape_template_from_words(const char *text)
{
    char *l = lower(text);
    const char *at[sizeof facts / sizeof facts[0]];
    size_t n = sizeof facts / sizeof facts[0];
    for (size_t i = 0; i < n; i++)
        at[i] = word_at(l, facts[i].words);
    /* "meta description" is no "description"; "html markup" one key */
    json_t *o = json_object();
    for (;;) { /* keys in the order the words name them */
        size_t best = n;
        for (size_t i = 0; i < n; i++)
            if (at[i] && (best == n || at[i] < at[best])) best = i;
        if (best == n) break;
        at[best] = NULL;
        if (!json_object_get(o, facts[best].key))
            json_object_set_new(o, facts[best].key, json_null());
    }
    char *out = json_object_size(o) ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    free(l);
    return out;
}

/* Words that ask for data, first in an action ("Extract ...", "Get ...",
 * "After performing the actions, extract ..."), with no address in it. */
static int asks_data(const char *text)
{
    static const char *const verbs[] = {"extract", "get",    "collect", "gather",   "find",
                                        "list",    "read",   "scrape",  "retrieve", "fetch",
                                        "grab",    "return", "capture", "obtain",   NULL};
    char *l = lower(text);
    const char *p = l;
    if (!strncmp(p, "after ", 6) || !strncmp(p, "once ", 5)) { /* "After X, extract" */
        const char *c = strchr(p, ',');
        p = c ? c + 1 : p;
    }
    int yes = starts_with_any(p, verbs) && !strstr(l, "://") && !word_at(l, "www");
    free(l);
    return yes;
}

/* ---- waiting -------------------------------------------------------------- */

static int unit_ms(const char *u)
{
    if (!strncmp(u, "ms", 2) || !strncmp(u, "milli", 5)) return 1;
    if (!strncmp(u, "min", 3)) return 60000;
    return 1000;
}

int shape_wait_sentence(const char *text, char **what, int *ms)
{
    char *l = lower(text);
    const char *appear = strstr(l, "appear"), *colon = appear ? strchr(appear, ':') : NULL;
    int rc = -1;
    if (starts_with_any(l, (const char *const[]){"wait", NULL}) && word_at(l, "element") && colon) {
        long t = SHAPE_WAIT_DEFAULT_MS;
        const char *up = strstr(l, "up to ");
        if (up && up < appear) {
            char *end = NULL;
            double v = strtod(up + 6, &end);
            while (end && isspace((unsigned char)*end))
                end++;
            if (end && end != up + 6 && v >= 0) t = (long)(v * unit_ms(end));
        }
        const char *w = text + (colon + 1 - l);
        while (isspace((unsigned char)*w))
            w++;
        size_t n = strlen(w);
        while (n > 0 && (isspace((unsigned char)w[n - 1]) || w[n - 1] == '.'))
            n--;
        if (n > 0) {
            *what = xstrndup(w, n);
            *ms = (int)(t > SHAPE_WAIT_MAX_MS ? SHAPE_WAIT_MAX_MS : t);
            rc = 0;
        }
    }
    free(l);
    return rc;
}

/* ---- reading an action ---------------------------------------------------- */

/* Where the request for JSON starts in action (*req: its first word
 * that returns or names JSON, or the template's brace) and how much before
 * it is another request (*lead: 0 when the words before ask for the same
 * data, "Extract all links. Return them as ..."). "Go to x and return ..."
 * -> lead is "Go to x". */
static void split_request(const char *action, size_t *lead, size_t *req)
{
    static const char *const verbs[] = {"return", "respond", "reply",  "output", "give",
                                        "format", "provide", "answer", "json",   NULL};
    char *l = lower(action);
    const char *q = strchr(l, '{');
    for (const char *const *v = verbs; *v; v++) {
        const char *at = word_at(l, *v);
        if (at && (!q || at < q)) q = at;
    }
    size_t e = q ? (size_t)(q - l) : 0;
    *req = e;
    for (;;) { /* "X, and then return": X */
        while (e > 0 && (isspace((unsigned char)l[e - 1]) || strchr(".,;:", l[e - 1])))
            e--;
        if (e >= 4 && !strncmp(l + e - 4, "then", 4) &&
            (e == 4 || isspace((unsigned char)l[e - 5])))
            e -= 4;
        else if (e >= 3 && !strncmp(l + e - 3, "and", 3) &&
                 (e == 3 || isspace((unsigned char)l[e - 4])))
            e -= 3;
        else
            break;
    }
    char *pre = xstrndup(action, e);
    *lead = e > 0 && !asks_data(pre) ? e : 0;
    if (!*lead) *req = 0;
    free(pre);
    free(l);
}

size_t shape_lead(const char *action)
{
    size_t lead = 0, req = 0;
    char *what = NULL;
    int ms;
    if (action && shape_wait_sentence(action, &what, &ms) != 0) split_request(action, &lead, &req);
    free(what);
    return lead;
}

/* The template an action gives for its answer: none when the action
 * types the braces somewhere ("type {"a": 1} into the Payload box"). */
static char *answer_template(const char *action)
{
    static const char *const typing[] = {"type", "enter", "fill",   "paste",  "write", "input",
                                         "put",  "set",   "search", "insert", NULL};
    char *l = lower(action);
    int types = starts_with_any(l, typing);
    free(l);
    return types ? NULL : shape_template(action);
}

/* The action gives a template or asks for JSON. */
static int shape_request(const char *text)
{
    if (!text) return 0;
    char *t = answer_template(text);
    int yes = t != NULL || shape_asks_json(text);
    free(t);
    return yes;
}

/* The words of prev fold into a request for JSON after them: they ask for
 * data and the request either gives its template or takes their keys. */
static int folds_into(const char *prev, const char *next)
{
    if (!next || !asks_data(prev)) return 0;
    char *t = answer_template(next);
    int yes = t != NULL;
    free(t);
    if (!yes && shape_asks_json(next)) {
        t = shape_template_from_words(prev);
        yes = t != NULL;
        free(t);
    }
    return yes;
}

enum shape_reading shape_read(const char *prev, const char *action, const char *next, step *st)
{
    char *what = NULL, *tpl;
    int ms = 0;
    size_t lead = 0, req = 0;
    memset(st, 0, sizeof *st);
    if (!action) return SHAPE_NONE;
    if (shape_wait_sentence(action, &what, &ms) == 0) {
        if (shape_request(next)) {
            free(what);
            return SHAPE_FOLD;
        }
        tpl = xstrdup("{\"element_found\":true}");
    } else if ((tpl = answer_template(action)) == NULL &&
               !shape_asks_json(action + (split_request(action, &lead, &req), req))) {
        return folds_into(action, next) ? SHAPE_FOLD : SHAPE_NONE;
    } else {
        split_request(action, &lead, &req);
        if (!tpl) tpl = shape_template_from_words(action + req);
        if (!tpl && prev && folds_into(prev, action)) tpl = shape_template_from_words(prev);
        if (prev) shape_wait_sentence(prev, &what, &ms);
    }
    st->kind = STEP_EXTRACT;
    st->sub = EXTRACT_SHAPE;
    st->value = tpl;
    st->value2 = what;
    st->amount = what ? ms : 0;
    st->clause = xstrdup(action + req);
    return SHAPE_STEP;
}
