/* phrases.c -- the rule planner's vocabulary: tokens, fillers, numbers,
 * durations, ordinals, key names, role words and element targets. See
 * phrases.h. Each table is data: a synonym is one line. */
#include "plan/phrases.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "policy/urlpolicy.h"
#include "util/util.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- tokens ------------------------------------------------------------- */

/* Opening quotes, each with the closers accepted for it. Single quotes
 * double as apostrophes, so they quote only when a closer follows that
 * ends a word ("'Sign in' button", not "don't"). */
static const struct quote {
    const char *open;
    const char *close[3];
    int single;
} quotes[] = {
    {"\"", {"\"", "\xe2\x80\x9d", NULL}, 0},
    {"\xe2\x80\x9c", {"\xe2\x80\x9d", "\xe2\x80\x9c", "\""}, 0},
    {"\xe2\x80\x9e", {"\xe2\x80\x9c", "\xe2\x80\x9d", "\""}, 0},
    {"\xc2\xab", {"\xc2\xbb", NULL, NULL}, 0},
    {"\xe2\x80\x98", {"\xe2\x80\x99", NULL, NULL}, 1},
    {"'", {"'", "\xe2\x80\x99", NULL}, 1},
};

static int is_word_char(unsigned char ch)
{
    return isalnum(ch) || ch >= 0x80;
}

/* Where the quote opened at p closes: sets *close_at and *close_len, or
 * returns 0 when no closer qualifies. */
static int find_close(const struct quote *q, const char *p, const char **at, size_t *len)
{
    const char *best = NULL;
    size_t blen = 0;
    for (int k = 0; k < 3 && q->close[k]; k++) {
        size_t cl = strlen(q->close[k]);
        for (const char *e = strstr(p, q->close[k]); e; e = strstr(e + 1, q->close[k])) {
            if (q->single && is_word_char((unsigned char)e[cl])) continue;
            if (!best || e < best) best = e, blen = cl;
            break;
        }
    }
    *at = best;
    *len = blen;
    return best != NULL;
}

static int punct(char ch)
{
    return ch && strchr(".,;:?!)", ch) != NULL;
}

static void push(toks *c, int *cap, tok t)
{
    c->t = xgrow(c->t, c->n, cap, sizeof *c->t);
    c->t[c->n++] = t;
}

void ph_tokenize(const char *clause, toks *c)
{
    const char *p = clause;
    int cap = 0;
    memset(c, 0, sizeof *c);
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p) break;
        if (c->n >= PH_MAX_TOKENS) {
            c->too_long = 1;
            break;
        }
        tok t = {.from = p};
        const struct quote *q = NULL;
        for (size_t k = 0; k < COUNT(quotes) && !q; k++)
            if (strncmp(p, quotes[k].open, strlen(quotes[k].open)) == 0) q = &quotes[k];
        if (q) {
            const char *body = p + strlen(q->open), *e;
            size_t cl;
            if (find_close(q, body, &e, &cl)) {
                t.s = body, t.n = t.core = (size_t)(e - body), t.quoted = 1;
                p = e + cl;
            } else if (!q->single) { /* unclosed: to the end */
                size_t n = strlen(body);
                while (n > 0 && isspace((unsigned char)body[n - 1]))
                    n--;
                t.s = body, t.n = t.core = n, t.quoted = 1;
                p = body + strlen(body);
            } else {
                q = NULL;
            }
            if (q) {
                size_t k = 0;
                while (k < t.n && isspace((unsigned char)t.s[k]))
                    k++;
                if (k == t.n) c->empty_quote = 1;
                t.to = p;
                push(c, &cap, t);
                continue;
            }
        }
        const char *e = p;
        while (*e && !isspace((unsigned char)*e))
            e++;
        t.s = p, t.n = (size_t)(e - p), t.to = e;
        t.core = t.n;
        while (t.core > 0 && punct(t.s[t.core - 1])) {
            if (t.s[t.core - 1] == ')' && memchr(t.s, '(', t.core)) break; /* "alert(1)" */
            t.core--;
        }
        p = e;
        if (t.core == 0 && strspn(t.s, ".,;:?!") >= t.n) continue; /* bare punctuation */
        if (t.core == 0) t.core = t.n;
        push(c, &cap, t);
    }
}

void ph_toks_free(toks *c)
{
    if (!c) return;
    free(c->t);
    memset(c, 0, sizeof *c);
}

/* ---- matching words ----------------------------------------------------- */

/* The bytes s[0..n) are the table word w[0..wl), ignoring case; U+2019
 * in s matches "'" in w. */
static int word_eq(const char *s, size_t n, const char *w, size_t wl)
{
    size_t i = 0, k = 0;
    for (; k < wl; k++) {
        if (i >= n) return 0;
        if (w[k] == '\'' && n - i >= 3 && memcmp(s + i, "\xe2\x80\x99", 3) == 0) {
            i += 3;
            continue;
        }
        if (tolower((unsigned char)s[i]) != w[k]) return 0;
        i++;
    }
    return i == n;
}

int ph_is(const toks *c, int i, const char *w)
{
    return i >= 0 && i < c->n && !c->t[i].quoted && word_eq(c->t[i].s, c->t[i].core, w, strlen(w));
}

int ph_match(const toks *c, int i, int end, const char *phrase)
{
    int k = i;
    const char *w = phrase;
    if (i < 0) return 0;
    if (end > c->n) end = c->n;
    while (*w) {
        size_t wl = strcspn(w, " ");
        if (k >= end || c->t[k].quoted || !word_eq(c->t[k].s, c->t[k].core, w, wl)) return 0;
        /* Only the last word of a phrase may carry punctuation ("page,"). */
        if (w[wl] && c->t[k].core != c->t[k].n) return 0;
        k++;
        w += wl;
        if (*w == ' ') w++;
    }
    return k - i;
}

int ph_match_list(const toks *c, int i, int end, const char *const *list, int *which)
{
    int best = 0;
    for (int k = 0; list[k]; k++) {
        int n = ph_match(c, i, end, list[k]);
        if (n > best) {
            best = n;
            if (which) *which = k;
        }
    }
    return best;
}

int ph_words(const char *phrase)
{
    int n = 1;
    for (const char *p = phrase; *p; p++)
        n += *p == ' ';
    return n;
}

int ph_match_list_end(const toks *c, int i, int end, const char *const *list)
{
    int best = 0;
    for (int k = 0; list[k]; k++) {
        int w = ph_words(list[k]);
        if (end - w >= i && w > best && ph_match(c, end - w, end, list[k]) == w) best = w;
    }
    return best;
}

char *ph_text(const toks *c, int i, int j)
{
    if (j <= i) return xstrdup("");
    if (j == i + 1 && c->t[i].quoted) return xstrndup(c->t[i].s, c->t[i].n);
    const tok *a = &c->t[i], *b = &c->t[j - 1];
    const char *from = a->quoted ? a->from : a->s;
    const char *to = b->quoted ? b->to : b->s + b->core;
    /* "(keep the rest where they are)": the parenthesis the words opened
     * closes with them */
    int depth = 0;
    for (const char *p = from; p < to; p++)
        depth += (*p == '(') - (*p == ')');
    while (depth-- > 0 && !b->quoted && to < b->s + b->n && *to == ')')
        to++;
    return xstrndup(from, (size_t)(to - from));
}

int ph_capitalized(const toks *c, int i)
{
    return i < c->n && isupper((unsigned char)c->t[i].s[0]);
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && strncasecmp(w + n - k, suf, k) == 0;
}

char *ph_singular(const char *w, size_t n)
{
    char *s = xstrndup(w, n);
    for (size_t k = 0; k < n; k++)
        s[k] = (char)tolower((unsigned char)s[k]);
    if (n > 4 && ends_with(s, n, "ies")) {
        s[n - 3] = 'y', s[n - 2] = '\0';
    } else if (ends_with(s, n, "sses") || ends_with(s, n, "xes") || ends_with(s, n, "ches") ||
               ends_with(s, n, "shes") || ends_with(s, n, "uses")) {
        s[n - 2] = '\0';
    } else if (n > 2 && s[n - 1] == 's' && !ends_with(s, n, "ss") && !ends_with(s, n, "us") &&
               !ends_with(s, n, "is")) {
        s[n - 1] = '\0';
    }
    return s;
}

int ph_plural(const char *w, size_t n)
{
    char *s = ph_singular(w, n);
    int plural = strlen(s) != n;
    free(s);
    return plural;
}

/* ---- fillers ------------------------------------------------------------ */

/* Words before a request that change nothing. */
static const char *const lead_fillers[] = {"please",
                                           "hey",
                                           "hi",
                                           "hello",
                                           "hiya",
                                           "hey there",
                                           "hi there",
                                           "attempt to",
                                           "pls",
                                           "plz",
                                           "kindly",
                                           "now",
                                           "then",
                                           "next",
                                           "first",
                                           "firstly",
                                           "finally",
                                           "lastly",
                                           "also",
                                           "just",
                                           "simply",
                                           "and",
                                           "so",
                                           "ok",
                                           "okay",
                                           "alright",
                                           "once there",
                                           "once done",
                                           "when done",
                                           "after that",
                                           "afterwards",
                                           "after this",
                                           "can you",
                                           "could you",
                                           "would you",
                                           "will you",
                                           "can u",
                                           "could u",
                                           "you should",
                                           "you need to",
                                           "you must",
                                           "i want you to",
                                           "i need you to",
                                           "i'd like you to",
                                           "i would like you to",
                                           "i want to",
                                           "i would like to",
                                           "i'd like to",
                                           "i need to",
                                           "i wanna",
                                           "we need to",
                                           "we want to",
                                           "let's",
                                           "lets",
                                           "let us",
                                           "try to",
                                           "go ahead and",
                                           "make sure to",
                                           "be sure to",
                                           "remember to",
                                           "for me",
                                           "quickly",
                                           "step",
                                           "find",
                                           "locate",
                                           "->",
                                           "-",
                                           "*",
                                           "\xe2\x80\xa2",
                                           "\xe2\x80\x93",
                                           ">",
                                           NULL};

/* "1.", "2)", "(3)", "4:" list markers. */
static int list_marker(const toks *c, int i)
{
    const tok *t = &c->t[i];
    size_t k = t->s[0] == '(' ? 1 : 0, d = 0;
    if (t->quoted) return 0;
    while (k < t->n && isdigit((unsigned char)t->s[k]))
        k++, d++;
    /* lists run to tens at most: "555" after a comma is a value (a card's
     * security code), not the 555th step */
    if (d == 0 || d > 2) return 0;
    return k == t->n || (k + 1 == t->n && strchr(".):", t->s[k]));
}

int ph_lead_filler(const toks *c, int i, int end)
{
    static const char *const joins[] = {"and", "then", "&", "or", NULL};
    if (i >= end) return 0;
    /* a bare number before "and" is a value cut off at its comma ("...,
     * 2 and save the card"), not a marker */
    if (list_marker(c, i))
        return !(strspn(c->t[i].s, "0123456789") == c->t[i].n &&
                 ph_match_list(c, i + 1, end, joins, NULL));
    /* "try logging in as ...": the logging in ("try the promo code" is
     * the code's own verb) */
    const tok *n = i + 1 < end ? &c->t[i + 1] : NULL;
    if (n && !n->quoted && ph_is(c, i, "try") && n->core > 4 &&
        !strncasecmp(n->s + n->core - 3, "ing", 3))
        return 1;
    return ph_match_list(c, i, end, lead_fillers, NULL);
}

/* Words after a request that change nothing. */
static const char *const tail_fillers[] = {"please",
                                           "pls",
                                           "plz",
                                           "for me",
                                           "thanks",
                                           "thank you",
                                           "thx",
                                           "now",
                                           "right now",
                                           "immediately",
                                           "right away",
                                           "quickly",
                                           "again",
                                           "as well",
                                           "instead",
                                           "too",
                                           "if possible",
                                           "if you can",
                                           "if you could",
                                           "on the page",
                                           "on this page",
                                           "on the current page",
                                           "on the web page",
                                           "on the webpage",
                                           "on the screen",
                                           "on screen",
                                           "on this screen",
                                           "in the browser",
                                           "in this tab",
                                           "in the current tab",
                                           NULL};

int ph_trim_tail(const toks *c, int i, int end)
{
    int n;
    while (end > i && (n = ph_match_list_end(c, i, end, tail_fillers)) > 0 && end - n > i) {
        /* "click Buy now", "click Try again": after a name, part of it */
        if (n == 1 && ph_capitalized(c, end - 2)) break;
        end -= n;
    }
    return end;
}

int ph_only_filler(const toks *c, int i, int end, int tail_only)
{
    int n;
    while (i < end && ((!tail_only && (n = ph_lead_filler(c, i, end)) > 0) ||
                       (n = ph_match_list(c, i, end, tail_fillers, NULL)) > 0))
        i += n;
    return i >= end;
}

/* ---- numbers and durations ---------------------------------------------- */

static int clause_number(const toks *c, int i, int end, double *v);

static const struct {
    const char *w;
    double v;
} number_words[] = {
    {"a couple of", 2},
    {"a couple", 2},
    {"couple of", 2},
    {"a few", 3},
    {"few", 3},
    {"several", 3},
    {"half a", 0.5},
    {"half an", 0.5},
    {"a half", 0.5},
    {"half", 0.5},
    {"a", 1},
    {"an", 1},
    {"one", 1},
    {"two", 2},
    {"three", 3},
    {"four", 4},
    {"five", 5},
    {"six", 6},
    {"seven", 7},
    {"eight", 8},
    {"nine", 9},
    {"ten", 10},
    {"eleven", 11},
    {"twelve", 12},
    {"fifteen", 15},
    {"twenty", 20},
    {"thirty", 30},
    {"forty", 40},
    {"fifty", 50},
    {"sixty", 60},
    {"ninety", 90},
    {"a hundred", 100},
    {"one hundred", 100},
    {"hundred", 100},
    {"a thousand", 1000},
    {"one thousand", 1000},
    {"thousand", 1000},
};

/* Leading digits of a word ("500", "1.5", "500px"): their value, and the
 * length they cover in *len (0: not a number). */
static double leading_number(const char *s, size_t n, size_t *len)
{
    size_t k = 0, d = 0, dots = 0;
    char tmp[32];
    while (k < n && (isdigit((unsigned char)s[k]) ||
                     (s[k] == '.' && !dots && k + 1 < n && isdigit((unsigned char)s[k + 1])))) {
        if (s[k] == '.')
            dots++;
        else
            d++;
        k++;
    }
    *len = 0;
    if (d == 0 || d > 9 || k >= sizeof tmp) return 0;
    memcpy(tmp, s, k);
    tmp[k] = '\0';
    *len = k;
    return strtod(tmp, NULL);
}

static int clause_number(const toks *c, int i, int end, double *v)
{
    return ph_number(c, i, end, 1, v);
}

int ph_number(const toks *c, int i, int end, int want_words, double *v)
{
    if (i >= end || c->t[i].quoted) return 0;
    size_t len;
    double d = leading_number(c->t[i].s, c->t[i].core, &len);
    if (len && len == c->t[i].core) {
        *v = d;
        return 1;
    }
    if (!want_words) return 0;
    int best = 0;
    for (size_t k = 0; k < COUNT(number_words); k++) {
        int n = ph_match(c, i, end, number_words[k].w);
        if (n > best) best = n, *v = number_words[k].v;
    }
    return best;
}

static const struct {
    const char *w;
    long ms;
} time_units[] = {
    {"milliseconds", 1}, {"millisecond", 1}, {"millis", 1},     {"msecs", 1},    {"msec", 1},
    {"ms", 1},           {"seconds", 1000},  {"second", 1000},  {"secs", 1000},  {"sec", 1000},
    {"s", 1000},         {"minutes", 60000}, {"minute", 60000}, {"mins", 60000}, {"min", 60000},
    {"hours", 3600000},  {"hour", 3600000},  {"hrs", 3600000},  {"hr", 3600000}, {"h", 3600000},
};

/* Durations said without a number. */
static const struct {
    const char *w;
    long ms;
} time_phrases[] = {
    {"a moment", 1000},        {"a few moments", 3000},   {"a bit", 1000},
    {"a little", 1000},        {"a little bit", 1000},    {"a little while", 3000},
    {"a while", 5000},         {"a short while", 2000},   {"a sec", 1000},
    {"a second or two", 2000}, {"a moment or two", 2000},
};

static long unit_of(const char *s, size_t n)
{
    for (size_t k = 0; k < COUNT(time_units); k++)
        if (word_eq(s, n, time_units[k].w, strlen(time_units[k].w))) return time_units[k].ms;
    return 0;
}

static long clamp_ms(double v)
{
    return v > 1e9 ? 1000000000L : v < 0 ? 0 : (long)(v + 0.5);
}

int ph_duration(const toks *c, int i, int end, long unit_ms, long *ms)
{
    int by_phrase = 0, by_number = 0;
    long phrase_ms = 0, number_ms = 0;
    for (size_t k = 0; k < COUNT(time_phrases); k++) {
        int n = ph_match(c, i, end, time_phrases[k].w);
        if (n > by_phrase) by_phrase = n, phrase_ms = time_phrases[k].ms;
    }
    if (i < end && !c->t[i].quoted) {
        size_t len;
        double v = leading_number(c->t[i].s, c->t[i].core, &len);
        long u;
        if (len && len < c->t[i].core) { /* "2s", "500ms": number and unit in one word */
            if ((u = unit_of(c->t[i].s + len, c->t[i].core - len)))
                by_number = 1, number_ms = clamp_ms(v * (double)u);
        } else {
            int n = ph_number(c, i, end, 1, &v);
            if (n && i + n < end && !c->t[i + n].quoted &&
                (u = unit_of(c->t[i + n].s, c->t[i + n].core)))
                by_number = n + 1, number_ms = clamp_ms(v * (double)u);
            else if (unit_ms && ph_number(c, i, end, 0, &v) == 1) /* digits without a unit */
                by_number = 1, number_ms = clamp_ms(v * (double)unit_ms);
        }
    }
    if (by_number && by_number >= by_phrase) {
        *ms = number_ms;
        return by_number;
    }
    if (by_phrase) *ms = phrase_ms;
    return by_phrase;
}

/* Counts said without "times" after a number. */
static const struct {
    const char *w;
    int n;
} repeats[] = {
    {"twice", 2},          {"thrice", 3},        {"once", 1},
    {"once more", 1},      {"one more time", 1}, {"a couple of times", 2},
    {"a couple times", 2}, {"a few times", 3},   {"several times", 3},
    {"two more times", 2}, {"repeatedly", 3},
};

int ph_repeat(const toks *c, int i, int end, int *at)
{
    for (size_t k = 0; k < COUNT(repeats); k++) {
        int w = 1;
        for (const char *p = repeats[k].w; *p; p++)
            w += *p == ' ';
        if (end - w > i && ph_match(c, end - w, end, repeats[k].w) == w) {
            *at = end - w;
            return repeats[k].n;
        }
    }
    if (!ph_is(c, end - 1, "times") && !ph_is(c, end - 1, "time")) return 0;
    int k = end - 1;
    if (ph_is(c, k - 1, "more")) k--;
    for (int s = k - 1; s >= k - 3 && s > i; s--) {
        double v;
        if (clause_number(c, s, k, &v) == k - s && v >= 1 && v == (double)(long)v) {
            *at = s;
            return v > 1000000 ? 1000000 : (int)v;
        }
    }
    return 0;
}

static const char *const pixel_units[] = {"pixels", "pixel", "px", NULL};

int ph_pixels(const toks *c, int i, int end, long *px)
{
    if (i >= end || c->t[i].quoted) return 0;
    size_t len;
    double v = leading_number(c->t[i].s, c->t[i].core, &len);
    if (!len) return 0;
    if (len < c->t[i].core) {
        if (!word_eq(c->t[i].s + len, c->t[i].core - len, "px", 2)) return 0;
        *px = clamp_ms(v);
        return 1;
    }
    *px = clamp_ms(v);
    return 1 + ph_match_list(c, i + 1, end, pixel_units, NULL);
}

/* ---- ordinals ----------------------------------------------------------- */

static const struct {
    const char *w;
    int n;
} ordinal_words[] = {
    {"second to last", -2}, {"second-to-last", -2}, {"second from last", -2},
    {"next to last", -2},   {"next-to-last", -2},   {"last but one", -2},
    {"penultimate", -2},    {"very last", -1},      {"last", -1},
    {"final", -1},          {"very first", 1},      {"first", 1},
    {"second", 2},          {"third", 3},           {"fourth", 4},
    {"fifth", 5},           {"sixth", 6},           {"seventh", 7},
    {"eighth", 8},          {"ninth", 9},           {"tenth", 10},
    {"eleventh", 11},       {"twelfth", 12},
};

/* Labels that begin with an ordinal word but count nothing: "fill in Last
 * name" types into the field labeled "Last name", not the last "name". */
static const char *const ordinal_labels[] = {"first name",          "last name",  "second name",
                                             "first names",         "last names", "last updated",
                                             "first class",         "last login", "last modified",
                                             "first and last name", NULL};

/* "1st", "22nd", "3rd", "10th". */
static int numeric_ordinal(const tok *t, int *ord)
{
    size_t len;
    double v;
    if (t->quoted) return 0;
    v = leading_number(t->s, t->core, &len);
    if (!len || t->core != len + 2 || v < 1 || v > 999 || v != (int)v) return 0;
    const char *suf = t->s + len;
    static const char *const sufs[] = {"st", "nd", "rd", "th"};
    for (size_t k = 0; k < COUNT(sufs); k++)
        if (strncasecmp(suf, sufs[k], 2) == 0) {
            *ord = (int)v;
            return 1;
        }
    return 0;
}

int ph_ordinal(const toks *c, int i, int end, int *ord)
{
    if (i >= end) return 0;
    if (numeric_ordinal(&c->t[i], ord)) return 1;
    int best = 0;
    for (size_t k = 0; k < COUNT(ordinal_words); k++) {
        int n = ph_match(c, i, end, ordinal_words[k].w);
        if (n > best) best = n, *ord = ordinal_words[k].n;
    }
    return best;
}

/* ---- keys --------------------------------------------------------------- */

/* Key names as people say them -> KeyboardEvent.key. */
static const struct {
    const char *w;
    const char *key;
} key_names[] = {
    {"enter", "Enter"},
    {"return", "Enter"},
    {"tab", "Tab"},
    {"escape", "Escape"},
    {"esc", "Escape"},
    {"space", " "},
    {"spacebar", " "},
    {"space bar", " "},
    {"backspace", "Backspace"},
    {"back space", "Backspace"},
    {"delete", "Delete"},
    {"del", "Delete"},
    {"insert", "Insert"},
    {"down", "ArrowDown"},
    {"down arrow", "ArrowDown"},
    {"arrow down", "ArrowDown"},
    {"arrowdown", "ArrowDown"},
    {"up", "ArrowUp"},
    {"up arrow", "ArrowUp"},
    {"arrow up", "ArrowUp"},
    {"arrowup", "ArrowUp"},
    {"left", "ArrowLeft"},
    {"left arrow", "ArrowLeft"},
    {"arrow left", "ArrowLeft"},
    {"arrowleft", "ArrowLeft"},
    {"right", "ArrowRight"},
    {"right arrow", "ArrowRight"},
    {"arrow right", "ArrowRight"},
    {"arrowright", "ArrowRight"},
    {"page down", "PageDown"},
    {"pagedown", "PageDown"},
    {"pgdn", "PageDown"},
    {"pg dn", "PageDown"},
    {"page up", "PageUp"},
    {"pageup", "PageUp"},
    {"pgup", "PageUp"},
    {"pg up", "PageUp"},
    {"home", "Home"},
    {"end", "End"},
    {"f1", "F1"},
    {"f2", "F2"},
    {"f3", "F3"},
    {"f4", "F4"},
    {"f5", "F5"},
    {"f6", "F6"},
    {"f7", "F7"},
    {"f8", "F8"},
    {"f9", "F9"},
    {"f10", "F10"},
    {"f11", "F11"},
    {"f12", "F12"},
};

static const struct {
    const char *w;
    const char *mod;
} modifier_names[] = {
    {"ctrl", "Control"}, {"control", "Control"}, {"ctl", "Control"}, {"shift", "Shift"},
    {"alt", "Alt"},      {"option", "Alt"},      {"opt", "Alt"},     {"cmd", "Meta"},
    {"command", "Meta"}, {"meta", "Meta"},       {"win", "Meta"},    {"windows", "Meta"},
    {"super", "Meta"},
};

#define MAX_KEY_PARTS 8

typedef struct part {
    const char *s;
    size_t n;
} part;

/* The words of [i, end) cut at "+" (and at "-" after a modifier:
 * "ctrl-a"), without "the", "key", "keys" and "button" around them. */
static int key_parts(const toks *c, int i, int end, part *parts)
{
    int np = 0;
    if ((ph_is(c, i, "the") || ph_is(c, i, "a")) && end - i > 1) i++;
    if (ph_is(c, end - 1, "key") || ph_is(c, end - 1, "keys") || ph_is(c, end - 1, "button")) end--;
    if (ph_is(c, i, "key")) i++;
    for (int k = i; k < end; k++) {
        const char *s = c->t[k].s;
        size_t n = c->t[k].quoted ? c->t[k].n : c->t[k].core;
        if (n == 1 && s[0] == '+' && end - i > 1) continue; /* "ctrl + a" */
        while (n > 0) {
            size_t cut = 0;
            while (cut < n && s[cut] != '+')
                cut++;
            if (cut == n && n > 2) { /* "ctrl-a" */
                const char *dash = memchr(s, '-', n);
                if (dash && dash > s && dash + 1 < s + n)
                    for (size_t m = 0; m < COUNT(modifier_names); m++)
                        if (word_eq(s, (size_t)(dash - s), modifier_names[m].w,
                                    strlen(modifier_names[m].w)))
                            cut = (size_t)(dash - s);
            }
            if (cut == 0 && n == 1) cut = 1; /* the "+" key itself */
            if (cut > 0) {
                if (np == MAX_KEY_PARTS) return -1;
                parts[np++] = (part){s, cut};
            }
            if (cut >= n) break;
            s += cut + 1;
            n -= cut + 1;
        }
    }
    return np;
}

static const char *modifier_of(part p)
{
    for (size_t m = 0; m < COUNT(modifier_names); m++)
        if (word_eq(p.s, p.n, modifier_names[m].w, strlen(modifier_names[m].w)))
            return modifier_names[m].mod;
    return NULL;
}

/* The key named by parts[0..np): one or two words ("down arrow"). */
static const char *key_of(const part *parts, int np)
{
    char tmp[32];
    if (np < 1 || np > 2) return NULL;
    if (np == 2) {
        if (parts[0].n + parts[1].n + 1 >= sizeof tmp) return NULL;
        memcpy(tmp, parts[0].s, parts[0].n);
        tmp[parts[0].n] = ' ';
        memcpy(tmp + parts[0].n + 1, parts[1].s, parts[1].n);
        tmp[parts[0].n + 1 + parts[1].n] = '\0';
    } else {
        if (parts[0].n >= sizeof tmp) return NULL;
        memcpy(tmp, parts[0].s, parts[0].n);
        tmp[parts[0].n] = '\0';
    }
    for (size_t k = 0; k < COUNT(key_names); k++)
        if (word_eq(tmp, strlen(tmp), key_names[k].w, strlen(key_names[k].w)))
            return key_names[k].key;
    return NULL;
}

/* One character (one UTF-8 sequence). */
static int one_char(part p)
{
    if (p.n == 0) return 0;
    unsigned char ch = (unsigned char)p.s[0];
    size_t len = ch < 0x80 ? 1 : ch >= 0xf0 ? 4 : ch >= 0xe0 ? 3 : ch >= 0xc0 ? 2 : 0;
    return len == p.n && !(ch < 0x80 && isspace(ch));
}

int ph_key(const toks *c, int i, int end, char **key, char **mods)
{
    part parts[MAX_KEY_PARTS];
    int np = key_parts(c, i, end, parts), m = 0;
    buf b = {0};
    if (np <= 0) return -1;
    while (m < np && modifier_of(parts[m])) {
        buf_printf(&b, "%s%s", m ? "+" : "", modifier_of(parts[m]));
        m++;
    }
    const char *named = key_of(parts + m, np - m);
    if (m == np && m == 1) { /* a modifier alone: "press shift" */
        *key = buf_steal(&b);
        *mods = NULL;
        return 0;
    }
    if (!named && !(np - m == 1 && one_char(parts[m]))) {
        buf_free(&b);
        return -1;
    }
    if (named) {
        *key = xstrdup(named);
    } else {
        *key = xstrndup(parts[m].s, parts[m].n);
        if (m > 0) (*key)[0] = (char)tolower((unsigned char)(*key)[0]);
    }
    *mods = m ? buf_steal(&b) : NULL;
    buf_free(&b);
    return 0;
}

/* ---- role words --------------------------------------------------------- */

/* Role words -> target.role. ctx 0: in every context; otherwise only for
 * those verbs (and such entries come first, so they win). role "": the word
 * names no role and is only dropped ("the cart icon" -> "cart"). */
static const struct role_word {
    const char *w;
    const char *role;
    int ctx;
    int listed; /* a thing in a list: "the 2nd result" is the 2nd link */
} role_words[] = {
    {"box", "checkbox", CTX_CHECK, 0},
    {"search", "searchbox", CTX_FIELD, 0},
    {"menu", "dropdown", CTX_SELECT, 0},
    {"list", "dropdown", CTX_SELECT, 0},
    {"page", "", CTX_NAV, 0},
    {"webpage", "", CTX_NAV, 0},
    {"screen", "", CTX_NAV, 0},
    {"button", "button", 0, 0},
    {"btn", "button", 0, 0},
    {"link", "link", 0, 0},
    {"hyperlink", "link", 0, 0},
    {"search bar", "searchbox", 0, 0},
    {"search box", "searchbox", 0, 0},
    {"searchbox", "searchbox", 0, 0},
    {"searchbar", "searchbox", 0, 0},
    {"search field", "searchbox", 0, 0},
    {"search input", "searchbox", 0, 0},
    {"search input field", "searchbox", 0, 0},
    {"search text box", "searchbox", 0, 0},
    {"text box", "field", 0, 0},
    {"textbox", "field", 0, 0},
    {"text field", "field", 0, 0},
    {"text input", "field", 0, 0},
    {"input field", "field", 0, 0},
    {"input box", "field", 0, 0},
    {"input", "field", 0, 0},
    {"field", "field", 0, 0},
    {"form field", "field", 0, 0},
    {"entry field", "field", 0, 0},
    {"box", "field", 0, 0},
    {"textarea", "field", 0, 0},
    {"text area", "field", 0, 0},
    {"dropdown", "dropdown", 0, 0},
    {"drop-down", "dropdown", 0, 0},
    {"drop down", "dropdown", 0, 0},
    {"dropdown menu", "dropdown", 0, 0},
    {"drop-down menu", "dropdown", 0, 0},
    {"drop down menu", "dropdown", 0, 0},
    {"dropdown list", "dropdown", 0, 0},
    {"drop-down list", "dropdown", 0, 0},
    {"select box", "dropdown", 0, 0},
    {"select menu", "dropdown", 0, 0},
    {"select list", "dropdown", 0, 0},
    {"select", "dropdown", 0, 0},
    {"selector", "dropdown", 0, 0},
    {"combo box", "dropdown", 0, 0},
    {"combobox", "dropdown", 0, 0},
    {"list box", "dropdown", 0, 0},
    {"listbox", "dropdown", 0, 0},
    {"checkbox", "checkbox", 0, 0},
    {"check box", "checkbox", 0, 0},
    {"check-box", "checkbox", 0, 0},
    {"tickbox", "checkbox", 0, 0},
    {"tick box", "checkbox", 0, 0},
    {"switch", "checkbox", 0, 0},
    {"toggle", "checkbox", 0, 0},
    {"toggle switch", "checkbox", 0, 0},
    {"radio button", "radio", 0, 0},
    {"radio", "radio", 0, 0},
    {"radio option", "radio", 0, 0},
    {"tab", "tab", 0, 0},
    {"sub-tab", "tab", 0, 0},
    {"subtab", "tab", 0, 0},
    {"image", "image", 0, 0},
    {"picture", "image", 0, 0},
    {"photo", "image", 0, 0},
    {"img", "image", 0, 0},
    {"heading", "heading", 0, 0},
    {"headline", "heading", 0, 0},
    {"subheading", "heading", 0, 0},
    {"h1", "heading", 0, 0},
    {"h2", "heading", 0, 0},
    {"h3", "heading", 0, 0},
    {"paragraph", "paragraph", 0, 0},
    {"menu item", "item", 0, 0},
    {"menu option", "item", 0, 0},
    {"menu entry", "item", 0, 0},
    {"menu", "menu", 0, 0},
    {"spinner", "spinbutton", 0, 0},
    {"spin button", "spinbutton", 0, 0},
    {"spinbutton", "spinbutton", 0, 0},
    {"stepper", "spinbutton", 0, 0},
    {"number input", "spinbutton", 0, 0},
    {"number field", "spinbutton", 0, 0},
    {"numeric field", "spinbutton", 0, 0},
    {"slider", "slider", 0, 0},
    {"range slider", "slider", 0, 0},
    {"range input", "slider", 0, 0},
    {"tree item", "treeitem", 0, 0},
    {"tree node", "treeitem", 0, 0},
    {"row", "row", 0, 0},
    {"table row", "row", 0, 0},
    {"cell", "cell", 0, 0},
    {"frame", "frame", 0, 0},
    {"iframe", "frame", 0, 0},
    {"tooltip", "tooltip", 0, 0},
    {"tool tip", "tooltip", 0, 0},
    {"info bubble", "tooltip", 0, 0},
    {"bubble", "tooltip", 0, 0},
    {"popover", "tooltip", 0, 0},
    {"alert", "alert", 0, 0},
    {"toast", "alert", 0, 0},
    {"flash message", "alert", 0, 0},
    {"error message", "alert", 0, 0},
    {"success message", "alert", 0, 0},
    {"status message", "alert", 0, 0},
    {"message", "alert", CTX_READ, 0},
    {"warning", "alert", CTX_READ, 0},
    {"error", "alert", CTX_READ, 0},
    {"option", "", CTX_CHECK, 0},
    {"choice", "", CTX_CHECK, 0},
    {"suggestion", "option", 0, 1},
    {"option", "option", 0, 1},
    {"choice", "option", 0, 1},
    {"accordion", "expandable", 0, 0},
    {"collapsible", "expandable", 0, 0},
    {"collapsible section", "expandable", 0, 0},
    {"accordion section", "expandable", 0, 0},
    /* Things in a list: with an ordinal and no name, the nth item of the page's
     * main repeated list (search results, products), found by the agent. */
    {"search result", "item", 0, 1},
    {"result", "item", 0, 1},
    {"item", "item", 0, 1},
    {"product", "item", 0, 1},
    {"entry", "item", 0, 1},
    {"article", "item", 0, 1},
    {"post", "item", 0, 1},
    {"story", "item", 0, 1},
    {"video", "item", 0, 1},
    {"listing", "item", 0, 1},
    /* Words that name no role. */
    {"icon", "", 0, 0},
    {"element", "", 0, 0},
    {"section", "", 0, 0},
    {"area", "", 0, 0},
    {"label", "", 0, 0},
    {"text", "", 0, 0},
    {"one", "", 0, 0},
    {"thing", "", 0, 0},
    {"panel", "", 0, 0},
};

/* The words at c[at, at+w) are the role phrase r, the last one perhaps in
 * the plural ("boxes", "checkboxes", "text fields"). */
static int role_words_at(const toks *c, int at, int end, const char *r, int w)
{
    if (ph_match(c, at, end, r) == w) return 1;
    if (at + w > end) return 0;
    const tok *t = &c->t[at + w - 1];
    if (t->quoted || !ph_plural(t->s, t->core)) return 0;
    const char *last = strrchr(r, ' ');
    if (last) {
        char *head = xstrndup(r, (size_t)(last - r));
        int ok = ph_match(c, at, at + w - 1, head) == w - 1;
        free(head);
        if (!ok) return 0;
    }
    char *sg = ph_singular(t->s, t->core);
    int eq = !strcmp(sg, last ? last + 1 : r);
    free(sg);
    return eq;
}

static int role_match_listed(const toks *c, int i, int end, int ctx, const char **role, int at_end,
                             int *listed)
{
    int best = 0;
    for (size_t k = 0; k < COUNT(role_words); k++) {
        const struct role_word *r = &role_words[k];
        if (r->ctx && !(r->ctx & ctx)) continue;
        int w = ph_words(r->w);
        if (w <= best) continue;
        int at = at_end ? end - w : i;
        if (at < i || !role_words_at(c, at, end, r->w, w)) continue;
        if (!at_end && c->t[at + w - 1].core != c->t[at + w - 1].n && at + w < end) continue;
        best = w;
        *role = r->role;
        if (listed) *listed = r->listed;
    }
    return best;
}

/* "the photos email", "the images folder": a role word in the plural before
 * a word of its own names no role but what kind of thing that is (the word
 * at c[at-1] ends the role's words). A list of names after it ("the boxes
 * alpha and beta") and a box's names keep the role. */
static int role_modifies(const toks *c, int at, int end, int ctx)
{
    const tok *r = &c->t[at - 1], *next = &c->t[at];
    if (at >= end || (ctx & CTX_CHECK) || r->quoted || !ph_plural(r->s, r->core)) return 0;
    if (next->quoted || ph_capitalized(c, at) || isdigit((unsigned char)next->s[0])) return 0;
    for (int k = at; k < end; k++)
        if (ph_is(c, k, "and") || ph_is(c, k, "or") || c->t[k].core != c->t[k].n) return 0;
    return 1;
}

static int role_match(const toks *c, int i, int end, int ctx, const char **role, int at_end)
{
    return role_match_listed(c, i, end, ctx, role, at_end, NULL);
}

int ph_role_at(const toks *c, int i, int end, int ctx, const char **role)
{
    return role_match(c, i, end, ctx, role, 0);
}

int ph_role_at_end(const toks *c, int i, int end, int ctx, const char **role)
{
    return role_match(c, i, end, ctx, role, 1);
}

static const char *const determiners[] = {"the", "a",  "an",   "on",  "onto", "upon",
                                          "at",  "my", "your", "our", "very", NULL};
static const char *const pronouns[] = {"it",       "that",         "this",         "them",
                                       "that one", "this one",     "the same",     "the same one",
                                       "there",    "that element", "this element", "him",
                                       "her",      "those",        "these",        NULL};
/* "the button labeled Save": what comes after names the element. */
static const char *const connectors[] = {
    "labeled",     "labelled",         "named",          "called",         "titled",
    "entitled",    "that says",        "which says",     "saying",         "that reads",
    "which reads", "reading",          "with the text",  "with text",      "with the label",
    "with label",  "with the name",    "with name",      "with the title", "with title",
    "containing",  "that contains",    "which contains", "marked",         "showing",
    "that shows",  "with the caption", "with caption",   "with the word",  "with the words",
    NULL};
/* Where an element is, at the end of its name: dropped. */
static const char *const location_tails[] = {"below",
                                             "above",
                                             "here",
                                             "at the top",
                                             "at the bottom",
                                             "at the top of the page",
                                             "at the bottom of the page",
                                             "on the left",
                                             "on the right",
                                             "on the top",
                                             "on top",
                                             "in a new tab",
                                             "in a new window",
                                             "in a new browser tab",
                                             "of the new tab",
                                             "in the new tab",
                                             "on the new tab",
                                             "in the new window",
                                             "of the new window",
                                             "on the new page",
                                             "of the new page",
                                             "in the new page",
                                             "on the page",
                                             "of the page",
                                             "on this page",
                                             "on the screen",
                                             "that appears",
                                             "which appears",
                                             "that shows",
                                             "that shows up",
                                             "that pops up",
                                             "that comes up",
                                             "that is shown",
                                             "that is displayed",
                                             "that gets displayed",
                                             "that appeared",
                                             NULL};
/* "the link that opens in a new tab": state "newtab". */
static const char *const newtab_tails[] = {
    "that opens in a new tab", "that opens a new tab",       "which opens in a new tab",
    "which opens a new tab",   "that opens in a new window", "which opens in a new window",
    "that opens a new window", "which opens a new window",   "opening a new tab",
    "opening in a new tab",    "that will open a new tab",   "which will open a new tab",
    "that launches a new tab", "with target _blank",         NULL};
/* Kinds of thing that are no role, after a name: "the Documents folder". */
static const char *const kind_tails[] = {"folder", "node", "directory", "subfolder", "dir", NULL};
/* Messages, after the words of their subject: "the photos email". */
static const char *const message_kinds[] = {"email", "e-mail", "mail", "message", "thread", NULL};
/* Kinds of thing that are no role, before a name: "the file report.pdf". */
static const char *const kind_nouns[] = {"file",   "folder",   "directory", "document", "user",
                                         "task",   "note",     "contact",   "person",   "customer",
                                         "member", "project",  "record",    "entry",    "to-do",
                                         "todo",   "employee", "account",   "page",     NULL};
static const char *const containers[] = {
    "list",       "results",        "search results", "result list", "grid",        "carousel",
    "table",      "header",         "footer",         "nav",         "navbar",      "nav bar",
    "navigation", "navigation bar", "menu",           "main menu",   "top menu",    "sidebar",
    "side bar",   "top bar",        "toolbar",        "modal",       "dialog",      "popup",
    "pop-up",     "banner",         "form",           "page header", "page footer", NULL};
static const char *const container_preps[] = {"in",    "inside", "within", "on",
                                              "under", "from",   NULL};

/* ---- anchors: "the trash icon of the email from Izabel" ----------------- */

/* How a target relates to another thing, and whether it is beside it
 * (near) rather than inside it; some name the anchor's kind ("row"). */
static const struct anchor_prep {
    const char *w;
    int near;
    const char *role;
} anchor_preps[] = {
    {"in the row of", 0, "row"},
    {"in the same row as", 0, "row"},
    {"on the row of", 0, "row"},
    {"in the row for", 0, "row"},
    {"in the row with", 0, "row"},
    {"in the line of", 0, "row"},
    {"of", 0, NULL},
    {"in", 0, NULL},
    {"inside", 0, NULL},
    {"inside of", 0, NULL},
    {"within", 0, NULL},
    {"from", 0, NULL},
    {"for", 0, NULL},
    {"on", 0, NULL},
    {"by", 0, NULL},
    {"via", 0, NULL},
    {"through", 0, NULL},
    {"under", 0, NULL},
    {"belonging to", 0, NULL},
    {"that belongs to", 0, NULL},
    {"next to", 1, NULL},
    {"right next to", 1, NULL},
    {"beside", 1, NULL},
    {"near", 1, NULL},
    {"close to", 1, NULL},
    {"to the right of", 1, NULL},
    {"right of", 1, NULL},
    {"to the left of", 1, NULL},
    {"left of", 1, NULL},
    {"below", 1, NULL},
    {"beneath", 1, NULL},
    {"above", 1, NULL},
    {"alongside", 1, NULL},
    {"just below", 1, NULL},
    {"just above", 1, NULL},
};
/* "the popup with its x": the second thing is in the first. */
static const char *const instrument_preps[] = {"with its", "using its",  "via its",
                                               "by its",   "with their", NULL};
/* Words before the preposition that say nothing more ("shown next to"). */
static const char *const shown_words[] = {"shown",   "displayed", "listed",  "written",  "located",
                                          "placed",  "found",     "that is", "which is", "that's",
                                          "sitting", "appearing", "visible", NULL};
/* Words that open a phrase naming one thing. */
static const char *const anchor_dets[] = {"the",   "a",   "an",   "this",  "that", "these",
                                          "those", "his", "her",  "their", "its",  "my",
                                          "your",  "our", "each", "every", NULL};
/* Words between a kind and its name: "the note called Groceries". */
static const char *const name_links[] = {"called",   "named",    "titled", "labeled",
                                         "labelled", "entitled", "saying", NULL};
/* Nouns that say what kind of thing an anchor is. */
static const char *const anchor_nouns[] = {
    "row",      "line",    "record",  "email",        "e-mail",       "mail",    "message",
    "post",     "tweet",   "comment", "card",         "item",         "entry",   "product",
    "result",   "listing", "article", "story",        "user",         "contact", "person",
    "profile",  "order",   "list",    "table",        "tree",         "menu",    "footer",
    "header",   "sidebar", "navbar",  "nav",          "navigation",   "dialog",  "popup",
    "pop-up",   "modal",   "form",    "section",      "panel",        "toolbar", "frame",
    "iframe",   "banner",  "box",     "window",       "widget",       "area",    "column",
    "grid",     "folder",  "thread",  "conversation", "notification", "review",  "task",
    "todo",     "to-do",   "ticket",  "issue",        "invoice",      "account", "customer",
    "employee", "member",  "file",    "page",         "feed",         "chat",    "tab",
    NULL};
/* Words inside an anchor phrase between its kind and its name. */
static const char *const anchor_links[] = {
    "from",      "by",      "of",         "for",       "with",  "named",
    "called",    "titled",  "labeled",    "labelled",  "about", "containing",
    "that says", "sent by", "written by", "posted by", NULL};

static int possessive_tok(const tok *t)
{
    static const char *const not_possessive[] = {"it's",   "that's", "let's", "what's", "there's",
                                                 "here's", "he's",   "she's", "who's",  NULL};
    size_t n = t->core;
    if (t->quoted || n < 3) return 0;
    for (int k = 0; not_possessive[k]; k++)
        if (word_eq(t->s, n, not_possessive[k], strlen(not_possessive[k]))) return 0;
    return (t->s[n - 2] == '\'' && tolower((unsigned char)t->s[n - 1]) == 's') ||
           (n >= 5 && memcmp(t->s + n - 4, "\xe2\x80\x99", 3) == 0 &&
            tolower((unsigned char)t->s[n - 1]) == 's');
}

/* The token's text without a possessive "'s". Malloc'ed. */
static char *unpossessed(const toks *c, int i, int j)
{
    char *s = ph_text(c, i, j);
    size_t n = strlen(s);
    if (n > 2 && s[n - 2] == '\'' && tolower((unsigned char)s[n - 1]) == 's')
        s[n - 2] = '\0';
    else if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0)
        s[n - 4] = '\0';
    return s;
}

/* Lower case, singular noun of token k ("Emails" -> "email"). */
static char *noun_of(const toks *c, int k)
{
    return ph_singular(c->t[k].s, c->t[k].core);
}

/* Superlatives: the item of a list whose value is the least or the most
 * ("the cheapest product": state "min:price"). */
static const struct {
    const char *w;
    const char *state;
} superlatives[] = {
    {"cheapest", "min:price"},       {"least expensive", "min:price"},
    {"lowest priced", "min:price"},  {"lowest-priced", "min:price"},
    {"most expensive", "max:price"}, {"priciest", "max:price"},
    {"dearest", "max:price"},        {"highest priced", "max:price"},
    {"highest rated", "max:rating"}, {"best rated", "max:rating"},
    {"top rated", "max:rating"},     {"top-rated", "max:rating"},
    {"best-rated", "max:rating"},    {"highest-rated", "max:rating"},
    {"lowest rated", "min:rating"},  {"worst rated", "min:rating"},
    {"newest", "max:date"},          {"latest", "max:date"},
    {"most recent", "max:date"},     {"oldest", "min:date"},
    {"earliest", "min:date"},
};
/* "with the highest rating": the field follows. */
static const struct {
    const char *w;
    const char *dir;
} extremes[] = {
    {"highest", "max"}, {"most", "max"},     {"largest", "max"},
    {"biggest", "max"}, {"greatest", "max"}, {"lowest", "min"},
    {"fewest", "min"},  {"least", "min"},    {"smallest", "min"},
};

int ph_superlative(const toks *c, int i, int end, char **state)
{
    int n, a = i + (ph_is(c, i, "the") ? 1 : 0);
    for (size_t k = 0; k < COUNT(superlatives); k++)
        if ((n = ph_match(c, a, end, superlatives[k].w)) > 0) {
            if (!strcmp(superlatives[k].state + 4, "date") && a + n < end &&
                (ph_is(c, end - 1, "date") || ph_is(c, end - 1, "time"))) {
                /* "the latest delivery date": that date */
                char *f = ph_text(c, a + n, end);
                *state = xasprintf("%.4s%s", superlatives[k].state, f);
                free(f);
                for (char *p = *state; *p; p++)
                    if (*p == ' ') *p = '_';
                return end - i;
            }
            *state = xstrdup(superlatives[k].state);
            return a - i + n;
        }
    for (size_t k = 0; k < COUNT(extremes); k++)
        if (ph_is(c, a, extremes[k].w) && a + 1 < end) {
            /* the field in one word: "star_rating"; "likes" -> "like" */
            char *field = ph_singular(c->t[end - 1].s, c->t[end - 1].core);
            char *f = end - a - 1 > 1 ? ph_text(c, a + 1, end) : NULL;
            *state = xasprintf("%s:%s", extremes[k].dir, f ? f : field);
            for (char *p = *state; *p; p++)
                if (*p == ' ') *p = '_';
            free(field);
            free(f);
            return end - i;
        }
    return 0;
}

/* A token that names one thing: quoted, capitalized, or with a dot, a
 * digit, _ or @ in it ("report.pdf", "Documents", "#7731"). */
static int name_like(const tok *t)
{
    if (t->quoted || isupper((unsigned char)t->s[0])) return 1;
    for (size_t k = 0; k < t->core; k++)
        if (isdigit((unsigned char)t->s[k]) || strchr("._@#", t->s[k])) return 1;
    return 0;
}

/* The first token in [i, end) that is the word w, unquoted, or -1. */
static int find_word_tok(const toks *c, int i, int end, const char *w)
{
    for (int k = i; k < end; k++)
        if (ph_is(c, k, w)) return k;
    return -1;
}

/* A superlative in [*i, *end): "the cheapest lamp" (moves *i past it) or
 * "the product with the highest rating" (moves *end to "with"). The
 * state, or NULL. */
static char *superlative_span(const toks *c, int *i, int *end)
{
    char *sup = NULL;
    int n, wk = find_word_tok(c, *i + 1, *end, "with");
    if (wk > *i && ph_superlative(c, wk + 1, *end, &sup) == *end - wk - 1) {
        *end = wk;
        return sup;
    }
    free(sup);
    sup = NULL;
    /* "the Latest News" is a name */
    if ((n = ph_superlative(c, *i, *end, &sup)) > 0 && *i + n < *end && !c->t[*i + n].quoted &&
        !(*i > 0 && ph_capitalized(c, *i)) && !ph_capitalized(c, *i + n)) {
        *i += n;
        return sup;
    }
    free(sup);
    return NULL;
}

static int is_anchor_noun(const toks *c, int k)
{
    if (c->t[k].quoted || (k > 0 && ph_capitalized(c, k))) return 0; /* "the Widget": a name */
    char *n = noun_of(c, k);
    int yes = 0;
    for (int j = 0; anchor_nouns[j] && !yes; j++)
        yes = !strcmp(anchor_nouns[j], n);
    free(n);
    return yes;
}

/* Containers said after the thing that only say where it is listed:
 * ""Call mom" from the list", "the second item in the table". */
static const char *const listed_in[] = {"list", "table", "grid",    "page", "screen",
                                        "app",  "site",  "website", NULL};
static const char *const listed_links[] = {"from", "in", "on", "within", "inside", "of", NULL};

static void anchor_of(const toks *c, int i, int end, target *t);

void ph_anchor(const toks *c, int i, int end, target *t)
{
    int n, m, which = -1;
    free(t->anchor);
    free(t->anchor_role);
    t->anchor = t->anchor_role = NULL;
    while ((n = ph_match_list(c, i, end, anchor_dets, NULL)) > 0 && i + n < end)
        i += n;
    if (i >= end) return;
    for (m = i + 1; m + 1 < end; m++) {
        if (!(n = ph_match_list(c, m, end, listed_links, NULL))) continue;
        int d = m + n;
        while (d < end - 1 && ph_match_list(c, d, d + 1, anchor_dets, NULL))
            d++;
        if (d == end - 1 && !c->t[d].quoted && ph_match_list(c, d, end, listed_in, &which)) {
            end = m;
            break;
        }
        which = -1;
    }
    /* "in the confirmation", "in the prompt": the open dialog */
    static const char *const dialog_names[] = {
        "confirmation",        "confirmation prompt", "confirm prompt",      "prompt",
        "confirmation popup",  "confirmation dialog", "confirmation box",    "confirm dialog",
        "confirmation window", "confirmation modal",  "confirmation pop-up", NULL};
    if (ph_match_list(c, i, end, dialog_names, NULL) == end - i) {
        t->anchor_role = xstrdup("dialog");
        return;
    }
    anchor_of(c, i, end, t);
    /* a list or table bounds the search; the page says nothing */
    if (which >= 0 && which <= 2 && !t->anchor_role) t->anchor_role = xstrdup(listed_in[which]);
}

static void anchor_of(const toks *c, int i, int end, target *t)
{
    int n, m, ord;
    if (ph_ordinal(c, i, end, &ord) > 0 && end - i >= 2) { /* "the first product": its words */
        t->anchor = ph_text(c, i, end);
        return;
    }
    /* "the row where Name is Bob": Bob's row */
    int wh = find_word_tok(c, i + 1, end, "where");
    if (wh > i) {
        int is = -1;
        for (m = wh + 1; m < end - 1 && is < 0; m++)
            if (ph_is(c, m, "is") || ph_is(c, m, "equals") || ph_is(c, m, "=")) is = m;
        if (is > wh) {
            if (is_anchor_noun(c, wh - 1)) t->anchor_role = noun_of(c, wh - 1);
            t->anchor = ph_text(c, is + 1, end);
            return;
        }
    }
    /* ""Milk" from the cart", ""Q3 plan" in the list": the name; where it
     * is adds nothing that the name does not say */
    if (c->t[i].quoted && i + 2 < end && ph_match_list(c, i + 1, i + 2, container_preps, NULL)) {
        t->anchor = ph_text(c, i, i + 1);
        return;
    }
    /* "the task "Pay rent"", "the note called Groceries": the name */
    int nm = -1, nl = 0;
    for (m = i + 1; m < end && nm < 0; m++)
        if ((n = ph_match_list(c, m, end, name_links, NULL)) && m + n < end) nm = m, nl = n;
    if (nm < 0 && end - i >= 2 && c->t[end - 1].quoted && !c->t[end - 2].quoted) nm = end - 1;
    if (nm > i) {
        if (is_anchor_noun(c, nm - 1)) t->anchor_role = noun_of(c, nm - 1);
        t->anchor = ph_text(c, nm + nl, end);
        return;
    }
    char *sup = superlative_span(c, &i, &end);
    if (!sup) { /* "add the cheapest to the cart": no noun */
        if (ph_superlative(c, i, end, &sup) == end - i)
            i = end;
        else
            free(sup), sup = NULL;
    }
    if (sup) { /* "the cheapest lamp": "min:price lamp" */
        char *noun = ph_text(c, i, end);
        t->anchor = *noun ? xasprintf("%s %s", sup, noun) : xstrdup(sup);
        free(noun);
        free(sup);
        return;
    }
    for (m = i; m < end - 1; m++) /* "@sam's post" */
        if (possessive_tok(&c->t[m])) {
            t->anchor = unpossessed(c, i, m + 1);
            if (is_anchor_noun(c, end - 1)) t->anchor_role = noun_of(c, end - 1);
            return;
        }
    for (m = i + 1; m < end; m++) /* "the email from Izabel" */
        if ((n = ph_match_list(c, m, end, anchor_links, NULL)) && m + n < end &&
            is_anchor_noun(c, m - 1)) {
            t->anchor_role = noun_of(c, m - 1);
            while (m + n < end && ph_match_list(c, m + n, m + n + 1, anchor_dets, NULL))
                n++;
            t->anchor = ph_text(c, m + n, end);
            return;
        }
    if (is_anchor_noun(c, end - 1)) { /* "the folder tree", "the footer" */
        int e = end - 1;
        /* "the dialog box", "the message box": the kind is the word before */
        if (e > i && ph_is(c, e, "box") && is_anchor_noun(c, e - 1)) e--;
        t->anchor_role = noun_of(c, e);
        if (e > i) t->anchor = ph_text(c, i, e);
        return;
    }
    t->anchor = ph_text(c, i, end);
}

/* The words at [k, end) can name one thing another is in: "the ...", a
 * quoted name, a number or @handle, a Name, a possessive. Near
 * prepositions take anything. */
static int anchor_ok(const toks *c, int k, int end, int near)
{
    if (k >= end) return 0;
    if (near) return 1;
    if (c->t[k].quoted || ph_match_list(c, k, end, anchor_dets, NULL)) return 1;
    if (ph_capitalized(c, k)) return 1;
    for (int j = k; j < end; j++) {
        const tok *t = &c->t[j];
        if (possessive_tok(t) || t->s[0] == '@' || t->s[0] == '#') return 1;
        for (size_t x = 0; x < t->core; x++)
            if (isdigit((unsigned char)t->s[x])) return 1;
    }
    return 0;
}

/* Only ordinals and determiners in [i, k): "the first of the links" keeps
 * its "of". */
static int names_nothing(const toks *c, int i, int k)
{
    int ord, n;
    while (i < k) {
        if ((n = ph_ordinal(c, i, k, &ord)) > 0 ||
            (n = ph_match_list(c, i, k, determiners, NULL)) > 0)
            i += n;
        else
            return 0;
    }
    return 1;
}

/* Split [i, *end) at the first preposition that relates the target to an
 * anchor ("the Like button on @sam's post", "the balance next to
 * Credits"), or at a possessive ("Omar's phone number"), before lim.
 * Fills t's anchor, sets *i / *end to the target's own words; 0 when
 * there is no anchor. */
static int split_anchor(const toks *c, int *i, int *end, int lim, target *t)
{
    int n, which = 0;
    for (int k = *i + 1; k < lim; k++) { /* "the popup with its x" */
        if ((n = ph_match_list(c, k, lim, instrument_preps, NULL)) && k + n < lim) {
            ph_anchor(c, *i, k, t);
            t->prep = "in";
            *i = k + n;
            return 1;
        }
    }
    for (int k = *i + 1; k < lim; k++) {
        if (c->t[k].quoted) continue;
        n = 0;
        for (size_t p = 0; p < COUNT(anchor_preps); p++) {
            int m = ph_match(c, k, lim, anchor_preps[p].w);
            if (m > n) n = m, which = (int)p;
        }
        if (!n || !anchor_ok(c, k + n, lim, anchor_preps[which].near)) continue;
        int left = k - ph_match_list_end(c, *i, k, shown_words);
        if (left <= *i || names_nothing(c, *i, left)) continue;
        ph_anchor(c, k + n, lim, t);
        if (!t->anchor && !t->anchor_role) continue;
        t->prep = anchor_preps[which].w;
        if (anchor_preps[which].role) { /* "in the row of order 7731": in the "order 7731" row */
            if (!t->anchor_role) t->anchor_role = xstrdup(anchor_preps[which].role);
            t->prep = "in";
        }
        t->near = anchor_preps[which].near;
        *end = left;
        return 1;
    }
    for (int k = *i; k < lim - 1; k++) { /* "Omar's phone number" */
        if (!possessive_tok(&c->t[k]) || names_nothing(c, *i, k + 1)) continue;
        t->anchor = unpossessed(c, *i, k + 1);
        t->prep = "of";
        *i = k + 1;
        return 1;
    }
    return 0;
}

/* ---- targets ------------------------------------------------------------ */

/* Words before a target that make it every match. */
static const char *const quantifiers[] = {"all of the",  "all the", "all",   "both of the",
                                          "both the",    "both",    "every", "each",
                                          "each of the", NULL};
/* Possessives that point back to the thing before: "his phone number". */
static const char *const back_possessives[] = {"his", "her", "its", "their", NULL};
/* States an element is named by ("the collapsed section"). */
static const struct {
    const char *w;
    const char *state;
} state_words[] = {
    {"collapsed", "collapsed"}, {"expanded", "expanded"},     {"checked", "checked"},
    {"ticked", "checked"},      {"unchecked", "unchecked"},   {"unticked", "unchecked"},
    {"selected", "selected"},   {"unselected", "unselected"}, {"disabled", "disabled"},
    {"enabled", "enabled"},     {"empty", "empty"},           {"blank", "empty"},
    {"filled", "filled"},       {"required", "required"},     {"active", "active"},
    {"highlighted", "active"},  {"closed", "collapsed"},
};
/* Words after a quoted role word that make it the kind: "a "radio" widget". */
static const char *const widget_words[] = {"widget", "element", "control", "input", "one", NULL};
/* "the suggestion that begins with Por": the name's start follows. */
static const char *const prefix_connectors[] = {"that begins with",
                                                "that starts with",
                                                "which begins with",
                                                "which starts with",
                                                "beginning with",
                                                "starting with",
                                                "that start with",
                                                "that begin with",
                                                "begins with",
                                                "starts with",
                                                "whose name starts with",
                                                "whose name begins with",
                                                "whose text starts with",
                                                NULL};

/* Drop "in the footer", "at the top" and the like after a name. */
static int trim_location(const toks *c, int i, int end)
{
    for (;;) {
        int n = ph_match_list_end(c, i, end, location_tails);
        if (n && end - n > i) {
            end -= n;
            continue;
        }
        n = ph_match_list_end(c, i, end, containers);
        if (n) { /* "in the footer", "on the cookie banner" */
            int k = end - n, cut = -1;
            for (int j = k - 1; j > i && j >= k - 3 && cut < 0; j--)
                if (ph_match_list(c, j, j + 1, container_preps, NULL)) cut = j;
            if (cut > i) {
                end = cut;
                continue;
            }
        }
        return end;
    }
}

/* "result number 3", "item #2", "link no. 4", "result 2": the number
 * after a name. */
static int trailing_number(const toks *c, int i, int end, int *ord)
{
    double v;
    const char *role;
    if (end - i == 2 && ph_role_at(c, i, i + 1, CTX_CLICK, &role) == 1 && *role &&
        ph_number(c, i + 1, end, 0, &v) == 1 && v >= 1 && v <= 999 && v == (double)(int)v) {
        *ord = (int)v;
        return end - 1;
    }
    if (end - i >= 3 &&
        (ph_is(c, end - 2, "number") || ph_is(c, end - 2, "no") || ph_is(c, end - 2, "nr")) &&
        ph_number(c, end - 1, end, 0, &v) == 1 && v >= 1 && v <= 999) {
        *ord = (int)v;
        return end - 2;
    }
    const tok *t = &c->t[end - 1];
    if (end - i >= 2 && !t->quoted && t->s[0] == '#' && t->core > 1) {
        size_t len;
        v = leading_number(t->s + 1, t->core - 1, &len);
        if (len == t->core - 1 && v >= 1 && v <= 999) {
            *ord = (int)v;
            return end - 1;
        }
    }
    return end;
}

/* A role word in [i, end) other than at token skip: the first real role,
 * else "" when only role-less words ("option") are there. */
static const char *role_anywhere(const toks *c, int i, int end, int skip, int ctx)
{
    const char *found = NULL, *r = NULL;
    for (int k = i; k < end; k++) {
        if (k == skip) continue;
        int lim = skip > k ? skip : end;
        if (role_match(c, k, lim, ctx, &r, 0)) {
            if (*r) return r;
            if (!found) found = r;
        }
    }
    return found;
}

static int find_connector(const toks *c, int i, int end, int *len)
{
    for (int k = i; k < end; k++) {
        int n = ph_match_list(c, k, end, connectors, NULL);
        if (n && k + n < end) {
            *len = n;
            return k;
        }
    }
    return -1;
}

/* "the Your Feed tab": a capitalized "Your" inside a clause starts a name. */
static int name_word(const toks *c, int i)
{
    return i > 0 && ph_capitalized(c, i) &&
           (ph_is(c, i, "my") || ph_is(c, i, "your") || ph_is(c, i, "our"));
}

static int find_prefix_connector(const toks *c, int i, int end, int *len)
{
    for (int k = i; k < end; k++) {
        int n = ph_match_list(c, k, end, prefix_connectors, NULL);
        if (n && k + n < end) {
            *len = n;
            return k;
        }
    }
    return -1;
}

/* A state word at i, lower case ("the collapsed section"): tokens used. */
static int state_at(const toks *c, int i, int end, const char **state)
{
    if (i >= end || c->t[i].quoted || ph_capitalized(c, i)) return 0;
    for (size_t k = 0; k < COUNT(state_words); k++)
        if (ph_is(c, i, state_words[k].w)) {
            *state = state_words[k].state;
            return 1;
        }
    return 0;
}

int ph_target(const toks *c, int i, int end, int ctx, target *t, int *pronoun)
{
    int n, det = 0, ord = 0, q = -1, a, b, listed = 0, prefix = 0;
    const char *role = NULL, *state = NULL;

    memset(t, 0, sizeof *t);
    *pronoun = 0;
    if (end - i == 1 && ph_match_list(c, i, end, determiners, NULL)) return -1; /* "click on" */
    if (i < end && ph_match(c, i, end, "on") == 1 && end - i > 1) i++;
    if (i < end && ph_match_list(c, i, end, pronouns, NULL) == end - i) {
        *pronoun = 1;
        return 0;
    }
    if ((n = ph_match_list(c, i, end, back_possessives, NULL)) && i + n < end) {
        *pronoun = 2; /* "his phone number": of the thing before */
        i += n;
    }
    if ((n = ph_match_list(c, i, end, quantifiers, NULL)) && i + n < end) {
        t->all = 1; /* "both boxes", "all the checkboxes" */
        i += n;
    }
    while ((n = ph_match_list(c, i, end, determiners, NULL)) > 0 && i + n < end && !name_word(c, i))
        i += n, det = 1;
    if (ph_is(c, i, "the") || ph_is(c, i, "a") || ph_is(c, i, "an")) i++, det = 1;
    /* "the little info icon": how it looks is no word of its name */
    if ((ph_is(c, i, "little") || ph_is(c, i, "tiny")) && i + 1 < end && !c->t[i].quoted) i++;
    if ((n = ph_match_list_end(c, i, end, newtab_tails)) && end - n > i) {
        end -= n;
        t->state = xstrdup("newtab");
    }
    while ((n = ph_match_list_end(c, i, end, location_tails)) && end - n > i)
        end -= n;
    /* an anchor, but not inside the words a connector quotes ("the
     * button labeled Made in Italy") */
    int cutn = 0, cut = find_connector(c, i, end, &cutn);
    if (cut < 0 && (cut = find_prefix_connector(c, i, end, &cutn)) >= 0) prefix = 1;
    int own_end = end;
    if (split_anchor(c, &i, &own_end, cut >= 0 ? cut : end, t) && cut >= 0 && own_end <= cut) {
        /* "the button in the dialog labeled OK": the name follows the anchor */
        const char *r0 = role_anywhere(c, i, own_end, -1, ctx);
        int a0 = cut + cutn + (ph_is(c, cut + cutn, "the") ? 1 : 0);
        if (a0 < end) {
            t->text = ph_text(c, a0, end);
            t->exact = end == a0 + 1 && c->t[a0].quoted && !prefix;
            t->prefix = prefix;
        }
        if (r0 && *r0) t->role = xstrdup(r0);
        return target_named(t) ? 0 : -1;
    }
    prefix = 0;
    end = own_end;
    while ((n = ph_match_list(c, i, end, determiners, NULL)) > 0 && i + n < end && !name_word(c, i))
        i += n, det = 1;
    end = trim_location(c, i, end);
    /* An ordinal word written with a capital inside the clause ("fill in
     * Last name"), or one that starts a known label, is part of a name. */
    int label = ph_match_list(c, i, end, ordinal_labels, NULL) > 0 ||
                (i > 0 && i + 1 < end && ph_capitalized(c, i) && !c->t[i].quoted &&
                 ph_ordinal(c, i, end, &ord) == 1 && !numeric_ordinal(&c->t[i], &ord));
    ord = 0;
    if (!label && (n = ph_ordinal(c, i, end, &ord)) > 0) {
        i += n;
        if (ph_match(c, i, end, "of the") == 2) i += 2; /* "the first of the links" */
    } else if (ph_is(c, i, "top") &&
               role_match_listed(c, i + 1, end, ctx, &role, 0, &listed) == end - i - 1 && listed) {
        ord = 1, i++; /* "the top result", not "the Top Stories link" */
    } else if (end > i) {
        end = trailing_number(c, i, end, &ord);
    }
    t->ordinal = ord;
    char *sup = ord ? NULL : superlative_span(c, &i, &end);
    if (sup) {
        free(t->state);
        t->state = sup;
    }
    if (t->state) {
        /* a superlative said it */
    } else if ((n = state_at(c, i, end, &state)) && (i + n < end || !det || ord)) {
        t->state = xstrdup(state);
        i += n;
    } else if (n && ph_role_at(c, i + n, end, ctx, &role) == end - i - n) {
        t->state = xstrdup(state);
        i += n;
    }
    /* "the file report.pdf", "the folder Documents": the name */
    /* "the file notes": a file's one-word name, not "the file name" */
    static const char *const file_kinds[] = {"file", "folder", "directory", "document", NULL};
    static const char *const file_parts[] = {
        "name",      "size",     "type",     "path",   "date",  "list",    "upload",
        "manager",   "tree",     "browser",  "picker", "input", "field",   "format",
        "extension", "explorer", "system",   "menu",   "owner", "preview", "names",
        "icon",      "chooser",  "selector", NULL};
    const char *r0;
    if (end - i >= 2 && ph_match_list(c, i, i + 1, kind_nouns, NULL) &&
        (name_like(&c->t[i + 1]) ||
         (end - i == 2 && ph_match_list(c, i, i + 1, file_kinds, NULL) &&
          !ph_match_list(c, i + 1, end, file_parts, NULL) && !ph_role_at(c, i + 1, end, ctx, &r0))))
        i++;
    role = NULL;
    if (i >= end) return ord || t->state || t->anchor || t->anchor_role ? 0 : -1;
    for (int k = i; k < end && q < 0; k++)
        if (c->t[k].quoted) q = k;
    a = i, b = end;
    if (q >= 0) { /* the role word next to the name: "the link "Docs"", ""Docs" link",
                     "the box labeled "Remember me"" */
        int before = q - ph_match_list_end(c, i, q, connectors);
        int pb = q - ph_match_list_end(c, i, q, prefix_connectors);
        if (pb < q) before = pb, prefix = 1;
        if (!ph_role_at_end(c, i, before, ctx, &role) && !ph_role_at(c, q + 1, end, ctx, &role))
            role = NULL;
        a = q, b = q + 1;
        /* "a "radio" widget": a role word quoted is the kind, not a name */
        const char *qr = NULL;
        if (!role && q + 1 < end && ph_role_at(c, q, q + 1, ctx, &qr) == 1 && qr && *qr &&
            ph_match_list(c, q + 1, end, widget_words, NULL) == end - q - 1) {
            role = qr;
            a = b;
        }
    } else if ((q = find_connector(c, i, end, &n)) >= 0 ||
               ((q = find_prefix_connector(c, i, end, &n)) >= 0 && (prefix = 1))) {
        role = role_anywhere(c, i, q, -1, ctx);
        a = q + n;
        if (ph_is(c, a, "the")) a++;
        q = -1;
    } else if ((n = role_match_listed(c, i, end, ctx, &role, 1, &listed)) > 0) {
        b = end - n;
        /* "click Menu": a lone capitalized role word is a name. */
        if (a == b && !det && !ord && ph_capitalized(c, a)) role = NULL, b = end;
        /* "read the article": a thing in a list, but no list is meant. */
        else if (a == b && !ord && listed && (ctx & CTX_READ))
            role = NULL, b = end;
    } else if ((n = ph_role_at(c, i, end, ctx, &role)) > 0 && *role &&
               !role_modifies(c, i + n, end, ctx) &&
               (det || (i + n < end && (c->t[i + n].quoted || ph_capitalized(c, i + n) ||
                                        isdigit((unsigned char)c->t[i + n].s[0]))))) {
        a = i + n; /* "the link Docs", "the link to Pricing", "button ONE" */
        if (ph_is(c, a, "to") || ph_is(c, a, "for")) a++;
    } else {
        role = NULL; /* a role word that names no role here: "photos email" */
    }
    /* "the value in the Amount column": Amount */
    if (b - a >= 4 && ph_is(c, b - 1, "column") &&
        (n = ph_match_list(c, a, b,
                           (const char *const[]){"value in the", "cell in the", "entry in the",
                                                 "data in the", "number in the", "text in the",
                                                 NULL},
                           NULL)) &&
        a + n < b - 1)
        a += n;
    if (b - a >= 2 && ph_is(c, b - 1, "column") && !c->t[b - 2].quoted)
        b--; /* "the Price column" */
    /* "the Documents folder", "the Animals node": the name */
    if (b - a >= 2 && ph_match_list(c, b - 1, b, kind_tails, NULL) && !ph_is(c, b - 2, "new")) b--;
    /* "open the photos email from Carla": a message by its subject's words
     * (not to read: "get the support email" is an address) */
    else if (b - a >= 2 && !(ctx & (CTX_READ | CTX_FIELD)) &&
             ph_match_list(c, b - 1, b, message_kinds, NULL) && !ph_is(c, b - 2, "new") &&
             !c->t[b - 2].quoted)
        b--;
    if (a < b) {
        t->text = ph_text(c, a, b);
        t->exact = b == a + 1 && c->t[a].quoted && !prefix;
        t->prefix = prefix;
        if (!*t->text) {
            free(t->text);
            t->text = NULL;
        }
    }
    if (role && *role) t->role = xstrdup(role);
    /* "the radio widget": the kind says it all */
    if (t->role && t->text && !t->exact && ph_match_list(c, a, b, widget_words, NULL) == b - a) {
        free(t->text);
        t->text = NULL;
    }
    if (!target_named(t)) return -1;
    return 0;
}

int ph_url_like(const toks *c, int i, int end)
{
    if (end != i + 1 || i < 0 || i >= c->n) return 0;
    char *typed = ph_url_text(c, i);
    char *url = urlpolicy_normalize(typed);
    int ok = 0;
    if (url && *typed) {
        /* A written scheme ("file:///etc/passwd") makes it a URL whatever
         * its host: the URL policy, not the parser, decides whether it may
         * be visited. */
        size_t k = 0;
        while (isalpha((unsigned char)typed[k]) || (k > 0 && typed[k] && strchr("+-.", typed[k])))
            k++;
        int scheme = k > 0 && typed[k] == ':' && !isdigit((unsigned char)typed[k + 1]);
        const char *host = strstr(url, "://");
        host = host ? host + 3 : url;
        size_t hl = strcspn(host, "/?#");
        ok = scheme || memchr(host, '.', hl) || strncasecmp(host, "localhost", 9) == 0 ||
             memchr(host, ':', hl) || memchr(host, '[', hl);
        /* "e.g." or "..." are not hosts: a dot must sit between letters or digits. */
        if (ok && !scheme) {
            const char *dot = memchr(host, '.', hl);
            if (dot && (dot == host || !is_word_char((unsigned char)dot[-1]))) ok = 0;
        }
        /* "(10:00 both days)": a host starts with a letter or digit */
        if (ok && !scheme && !isalnum((unsigned char)host[0]) && host[0] != '[') ok = 0;
        /* "20:00", "9:30", "16:9", "3.5", "1.2.3": a time, a ratio, a
         * number or a version, never a host (an IPv4 address has 4 parts) */
        if (ok && !scheme) {
            size_t hn = strcspn(host, ":/?#"), dots = 0, k2 = 0;
            for (; k2 < hn && (isdigit((unsigned char)host[k2]) || host[k2] == '.'); k2++)
                dots += host[k2] == '.';
            if (hn > 0 && k2 == hn && dots != 3) ok = 0;
        }
        /* "report.pdf", "notes.txt": a file's name, not a host */
        if (ok && !scheme && !memchr(host, ':', hl) && !strchr(typed, '/')) {
            static const char *const files[] = {
                "pdf", "txt",  "doc", "docx", "xls",  "xlsx", "csv",  "png", "jpg", "jpeg",
                "gif", "svg",  "zip", "md",   "json", "xml",  "html", "htm", "mp3", "mp4",
                "ppt", "pptx", "js",  "css",  "py",   "c",    "h",    "log", NULL};
            const char *ext = memrchr(host, '.', hl);
            for (int f = 0; ext && files[f]; f++)
                if (strlen(files[f]) == (size_t)(host + hl - ext - 1) &&
                    !strncasecmp(ext + 1, files[f], strlen(files[f])))
                    ok = 0;
        }
    }
    free(url);
    free(typed);
    return ok;
}

char *ph_url_text(const toks *c, int i)
{
    const tok *t = &c->t[i];
    const char *s = t->s;
    size_t n = t->quoted ? t->n : t->core;
    static const char opens[] = "<([", closes[] = ">)]";
    const char *o = n ? strchr(opens, s[0]) : NULL, *e = n ? strchr(closes, s[n - 1]) : NULL;
    if (n >= 2 && o && e && o - opens == e - closes) s++, n -= 2;
    /* "(<url>, Specs tab)", "(see <url>)": a bracket of the words around it */
    else if (o && *o && !memchr(s, closes[o - opens], n))
        s++, n--;
    else if (e && *e && !memchr(s, opens[e - closes], n))
        n--;
    return xstrndup(s, n);
}
