/* planner.c -- the rule planner's first version: clause splitting and a
 * table of intents. See planner.h. */
#include "engine/planner.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine/urlpolicy.h"
#include "util/util.h"

/* ---- clause splitting --------------------------------------------------- */

/* Connectives that join clauses, as whole words, lower case. */
static const char *const joiners[] = {"and then", "after that", "afterwards", "then", "and",
                                      NULL};

/* Length of the joiner at s (a word start), looking at most max bytes, or
 * 0. A joiner ends where the word does: at a space, a new line or a
 * punctuation mark ("and," "then."), never inside a word ("android"). */
static size_t joiner_at(const char *s, size_t max)
{
    for (int i = 0; joiners[i]; i++) {
        size_t n = strlen(joiners[i]);
        if (n <= max && strncasecmp(s, joiners[i], n) == 0 &&
            (n == max || !isalnum((unsigned char)s[n])))
            return n;
    }
    return 0;
}

static void emit_clause(const char *s, size_t n, void (*fn)(void *, const char *, size_t),
                        void *ud)
{
    for (;;) {
        while (n > 0 && isspace((unsigned char)*s)) s++, n--;
        size_t j = joiner_at(s, n);
        if (!j) break;
        s += j; /* a clause that starts with "then" or "and" */
        n -= j;
    }
    while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '.' || s[n - 1] == '!'))
        n--;
    if (n > 0) fn(ud, s, n);
}

/* Quote characters, as UTF-8 byte strings: straight and typographic. */
static size_t quote_at(const char *s, const char **close)
{
    static const char *const pairs[][2] = {
        {"\"", "\""}, {"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"\xe2\x80\x98", "\xe2\x80\x99"}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        size_t n = strlen(pairs[i][0]);
        if (strncmp(s, pairs[i][0], n) == 0) {
            *close = pairs[i][1];
            return n;
        }
    }
    return 0;
}

void planner_split(const char *a, void (*fn)(void *ud, const char *clause, size_t len),
                   void *ud)
{
    const char *start = a, *p = a;
    while (*p) {
        const char *close;
        size_t q = quote_at(p, &close);
        if (q) { /* skip a quoted part whole; an unclosed quote runs to the end */
            const char *e = strstr(p + q, close);
            p = e ? e + strlen(close) : p + strlen(p);
            continue;
        }
        /* ", " and "; " split; a comma inside a URL (no space after) does not. */
        if (*p == '\n' || ((*p == ',' || *p == ';') && (isspace((unsigned char)p[1]) || !p[1]))) {
            emit_clause(start, (size_t)(p - start), fn, ud);
            start = ++p;
            continue;
        }
        size_t j;
        if ((p == a || isspace((unsigned char)p[-1])) && (j = joiner_at(p, strlen(p))) &&
            p > start) {
            emit_clause(start, (size_t)(p - start), fn, ud);
            start = p;
            p += j;
            continue;
        }
        p++;
    }
    emit_clause(start, (size_t)(p - start), fn, ud);
}

/* ---- intents ------------------------------------------------------------ */

/* Words people put around a request that change nothing. */
static const char *const fillers[] = {"please", "now", "first", "next", "finally", "also",
                                      "kindly", "just", "then", NULL};

static int word_is(const char *w, size_t n, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0) return 1;
    return 0;
}

/* Skip leading filler words; returns the rest. */
static const char *skip_fillers(const char *s)
{
    for (;;) {
        while (isspace((unsigned char)*s)) s++;
        size_t n = strcspn(s, " \t,");
        if (!n || !word_is(s, n, fillers)) return s;
        s += n;
    }
}

/* If s starts with one of the phrases (whole words), return what follows. */
static const char *after_phrase(const char *s, const char *const *phrases)
{
    for (int i = 0; phrases[i]; i++) {
        size_t n = strlen(phrases[i]);
        if (strncasecmp(s, phrases[i], n) == 0 && (isspace((unsigned char)s[n]) || !s[n])) {
            s += n;
            while (isspace((unsigned char)*s)) s++;
            return s;
        }
    }
    return NULL;
}

/* "file:...", "about:blank", "javascript:..." (letters, then a colon that is
 * not a port's). */
static int has_scheme(const char *s)
{
    size_t n = 0;
    while (isalpha((unsigned char)s[n]) || (n > 0 && s[n] && strchr("+-.", s[n]))) n++;
    return n > 0 && s[n] == ':' && !isdigit((unsigned char)s[n + 1]);
}

static const char *const nav_verbs[] = {
    "navigate to", "browse to", "head to", "head over to", "go over to", "go to", "goto",
    "open up", "open", "visit", "load", "navigate", "browse", NULL};
static const char *const nav_nouns[] = {"the website", "the site", "the page", "the url",
                                        "website", "site", "page", "url", NULL};

static int parse_navigate(const char *rest, step *st)
{
    const char *r = after_phrase(rest, nav_verbs);
    if (!r) return 0;
    const char *r2 = after_phrase(r, nav_nouns);
    if (r2) r = r2;
    /* A URL is one token; "open the login page" is not one. A written scheme
     * ("file:///etc/passwd") makes it a URL whatever its host: the URL policy,
     * not the parser, decides whether it may be visited. */
    char *url = urlpolicy_normalize(r);
    if (!url) return 0;
    const char *host = strstr(url, "://");
    host = host ? host + 3 : url;
    int scheme = strncasecmp(r, "http", 4) != 0 && has_scheme(r);
    if (!scheme && !strchr(host, '.') && strncasecmp(host, "localhost", 9) != 0 &&
        !strchr(host, ':') && !strchr(host, '[')) {
        free(url);
        return 0;
    }
    free(url);
    st->kind = STEP_NAVIGATE;
    st->arg = xstrdup(r);
    return 1;
}

static const char *const read_verbs[] = {
    "get me", "give me", "tell me", "show me", "what is", "what's", "whats", "get", "extract",
    "read", "return", "print", "show", "fetch", "grab", "find", "output", "report", NULL};
/* Words between the verb and the thing that add nothing. */
static const char *const read_fillers[] = {"the", "page", "page's", "current", "its", "this",
                                           "website's", "site's", "document", "document's",
                                           NULL};
static const char *const tail_fillers[] = {"of", "the", "this", "that", "page", "website", "site",
                                           "document", "tab", "is", NULL};

/* "get the title (of the page)" -> the noun "title". */
static int parse_read(const char *rest, step *st)
{
    const char *r = after_phrase(rest, read_verbs);
    if (!r) return 0;
    for (;;) {
        size_t n = strcspn(r, " \t");
        if (!n || !word_is(r, n, read_fillers)) break;
        r += n;
        while (isspace((unsigned char)*r)) r++;
    }
    size_t n = strcspn(r, " \t?");
    static const struct {
        const char *word;
        step_kind kind;
    } nouns[] = {{"title", STEP_GET_TITLE}, {"url", STEP_GET_URL},
                 {"address", STEP_GET_URL}, {"link", STEP_GET_URL}};
    for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
        if (strlen(nouns[i].word) != n || strncasecmp(r, nouns[i].word, n) != 0) continue;
        /* Only filler may follow ("of the page"), or the clause means more. */
        const char *t = r + n;
        for (;;) {
            while (isspace((unsigned char)*t) || *t == '?') t++;
            size_t m = strcspn(t, " \t?");
            if (!m) break;
            if (!word_is(t, m, tail_fillers)) return 0;
            t += m;
        }
        st->kind = nouns[i].kind;
        return 1;
    }
    return 0;
}

static const struct intent {
    const char *name;
    int (*parse)(const char *rest, step *st);
} intents[] = {
    {"navigate", parse_navigate},
    {"extract", parse_read},
};

static const char *const kind_action[STEP_KIND_COUNT] = {
    [STEP_NAVIGATE] = "navigate", [STEP_GET_TITLE] = "extract", [STEP_GET_URL] = "extract"};

const char *planner_action_name(step_kind k) { return kind_action[k]; }

typedef struct parse_state {
    plan *p;
    int cap;
    int failed;
    char *err;
    size_t errlen;
} parse_state;

static void on_clause(void *ud, const char *clause, size_t len)
{
    parse_state *ps = ud;
    if (ps->failed) return;
    char *text = xstrndup(clause, len);
    step st = {0};
    const char *rest = skip_fillers(text);
    int ok = 0;
    for (size_t i = 0; !ok && i < sizeof intents / sizeof intents[0]; i++)
        ok = intents[i].parse(rest, &st);
    if (!ok) {
        snprintf(ps->err, ps->errlen, "could not understand \"%s\"", text);
        ps->failed = 1;
        free(text);
        return;
    }
    st.clause = text;
    ps->p->steps = xgrow(ps->p->steps, ps->p->n, &ps->cap, sizeof *ps->p->steps);
    ps->p->steps[ps->p->n++] = st;
}

int planner_parse(json_t *instructions, plan *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    parse_state ps = {.p = out, .err = err, .errlen = errlen};
    size_t i;
    json_t *item;
    json_array_foreach(instructions, i, item) {
        const char *a = json_string_value(json_object_get(item, "action"));
        if (a) planner_split(a, on_clause, &ps);
        if (ps.failed) break;
    }
    if (!ps.failed && out->n == 0) {
        snprintf(err, errlen, "could not understand \"\": the instructions hold no step");
        ps.failed = 1;
    }
    if (ps.failed) {
        plan_free(out);
        return -1;
    }
    return 0;
}

void plan_free(plan *p)
{
    if (!p) return;
    for (int i = 0; i < p->n; i++) {
        free(p->steps[i].arg);
        free(p->steps[i].clause);
    }
    free(p->steps);
    memset(p, 0, sizeof *p);
}

char *planner_model_output(const step *s)
{
    json_t *o = json_pack("{s:s}", "action", planner_action_name(s->kind));
    if (s->kind == STEP_NAVIGATE) {
        char *url = urlpolicy_normalize(s->arg);
        json_object_set_new(o, "url", json_string(url ? url : s->arg));
        free(url);
    } else {
        json_object_set_new(o, "target", json_string(s->kind == STEP_GET_TITLE ? "title" : "url"));
    }
    json_object_set_new(o, "planner", json_string("rules"));
    char *text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return text;
}

char *planner_describe(const step *s)
{
    switch (s->kind) {
    case STEP_NAVIGATE: {
        char *url = urlpolicy_normalize(s->arg);
        char *d = xasprintf("open %s", url ? url : s->arg);
        free(url);
        return d;
    }
    case STEP_GET_TITLE: return xstrdup("get the title");
    case STEP_GET_URL: return xstrdup("get the URL");
    default: return xstrdup(s->clause);
    }
}
