/* planner.c -- the rule planner: splits actions into clauses, reads each
 * clause with the verb table (intents.c), and writes the model_output and
 * log phrase of a step. See planner.h and docs/planner.md.
 *
 * Splitting is lexical and cannot know that "and" in "get all product names
 * and prices" or "search for salt and pepper" joins words, not steps. So a
 * piece after "and" or a comma that starts with no verb is first joined to
 * the clause before it when that clause takes free text (search, type,
 * select, extract, login), or given that clause's verb ("get the title and
 * the url"); a clause missing its end is joined to the pieces after it
 * ("log in as alice and password secret"). A new sentence (a capital after
 * ". ", or what follows "?", "!" or a colon that opens a question or a
 * request) joins nothing before it. A clause nothing reads becomes a step
 * grounded in the page when it runs (intents_fallback: STEP_DO, or
 * EXTRACT_ANSWER for a question); so is one whose verb's reader wants
 * more, unless no step could act on it (intents_final). "it" is the last
 * thing named: an element, what a search found, what a clause grounded at
 * run time or a statement names ("I don't want the SMS reminder, so untick
 * it": the statement is then no step). A hint where the thing is ("(look
 * under Billing)", "It's on <url>") after a request becomes a step before
 * it. With a fallback planner (planner_parse_each) a clause nothing reads
 * is handed over at its place instead. */
#include "plan/planner.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plan/intents.h"
#include "plan/phrases.h"
#include "plan/shape.h"
#include "policy/urlpolicy.h"
#include "util/util.h"

/* Longest clause made by joining pieces, in bytes. */
#define MERGE_MAX 1000
/* Pieces a clause missing its end may take after it. */
#define MERGE_AHEAD 4
/* Most steps of one plan. */
#define MAX_STEPS 1000
/* Longest value quoted in a log phrase, in bytes. */
#define DESCRIBE_MAX 120

/* ---- clause splitting --------------------------------------------------- */

enum { SEP_NONE, SEP_SOFT, SEP_HARD };

/* Connectives that join clauses, as whole words, lower case. "then" and
 * its kin always end a step; "and" may join words inside one. */
static const struct joiner {
    const char *w;
    int sep;
} joiners[] = {{"and then", SEP_HARD}, {"after that", SEP_HARD}, {"afterwards", SEP_HARD},
               {"then", SEP_HARD},     {"and", SEP_SOFT},        {"but", SEP_SOFT}};

/* Length of the joiner at s (a word start), looking at most max bytes, or
 * 0. A joiner ends where the word does: at a space, a new line or a
 * punctuation mark ("and," "then."), never inside a word ("android"). */
static size_t joiner_at(const char *s, size_t max, int *sep)
{
    for (size_t i = 0; i < sizeof joiners / sizeof joiners[0]; i++) {
        size_t n = strlen(joiners[i].w);
        if (n <= max && strncasecmp(s, joiners[i].w, n) == 0 &&
            (n == max || !isalnum((unsigned char)s[n]))) {
            *sep = joiners[i].sep;
            return n;
        }
    }
    return 0;
}

typedef void (*piece_fn)(void *ud, const char *s, size_t n, int sep);

typedef struct splitter {
    piece_fn fn;
    void *ud;
    int pending; /* the strongest separator since the last piece */
} splitter;

static void emit_piece(splitter *sp, const char *s, size_t n, int sep)
{
    int kind = sep > sp->pending ? sep : sp->pending, j;
    for (;;) {
        while (n > 0 && isspace((unsigned char)*s))
            s++, n--;
        size_t len = joiner_at(s, n, &j);
        if (!len) break;
        if (j > kind) kind = j; /* a clause that starts with "then" or "and" */
        s += len;
        n -= len;
    }
    while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '.' || s[n - 1] == '!'))
        n--;
    if (n > 0) {
        sp->fn(sp->ud, s, n, kind);
        sp->pending = SEP_NONE;
    } else {
        sp->pending = kind;
    }
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

/* The separator at p, or SEP_NONE: new lines and "; " end a step; ", " and
 * a sentence's end (". ", "? ", "! ") may. A comma or dot inside a URL (no
 * space after it) is no separator. */
static int sep_at(const char *p)
{
    int space_after = isspace((unsigned char)p[1]) || !p[1];
    if (*p == '\n' || (*p == ';' && space_after)) return SEP_HARD;
    if (*p == ',' && space_after) return SEP_SOFT;
    if ((*p == '.' || *p == '?' || *p == '!') && p[1] && isspace((unsigned char)p[1]))
        return SEP_SOFT;
    return SEP_NONE;
}

/* A colon ends a clause when what follows asks or acts: "read the Setup
 * page: which version is required?", "<url>: who opens the stage?", not
 * "Email: a@b.io" or "open the following URL: <url>". */
static int colon_break(const char *rest)
{
    while (isspace((unsigned char)*rest))
        rest++;
    size_t n = strcspn(rest, "\n"), w = strcspn(rest, " \t\n");
    if (!n || memmem(rest, w, "://", 3) || !strncasecmp(rest, "www.", 4)) return 0;
    char *t = xstrndup(rest, n);
    int yes = intents_asks(t) || intents_has_verb(t);
    free(t);
    return yes;
}

/* Whether the n bytes at w are one of list's words, in any case. */
static int word_in(const char *w, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strlen(list[k]) == n && !strncasecmp(w, list[k], n)) return 1;
    return 0;
}

/* How many words the text [from, to) holds. */
static int count_words(const char *from, const char *to)
{
    int words = 0;
    for (const char *q = from; q < to; q++)
        words += !isspace((unsigned char)*q) && (q == from || isspace((unsigned char)q[-1]));
    return words;
}

/* "Appearance tab: widen the sidebar", "Billing section: ...": a colon
 * after a short name of a part of the page (a to whole [from, p)) ends
 * that clause, which opens the part, whatever verb the rest has. */
static int place_colon(const char *from, const char *p)
{
    static const char *const parts[] = {"tab", "section", "panel", "page", "screen", "step", NULL};
    const char *e = p;
    while (e > from && isspace((unsigned char)e[-1]))
        e--;
    const char *w = e;
    while (w > from && isalpha((unsigned char)w[-1]))
        w--;
    int words = count_words(from, e);
    return words >= 2 && words <= 4 && word_in(w, (size_t)(e - w), parts);
}

/* The ")" closing the "(" at p, on the same line, or NULL: parentheses
 * nest; an unclosed one closes nothing. */
static const char *paren_end(const char *p)
{
    int depth = 0;
    for (; *p && *p != '\n'; p++) {
        if (*p == '(') depth++;
        if (*p == ')' && --depth == 0) return p;
    }
    return NULL;
}

/* "Tuesday, 1 December 2026", "Fri, Jan 3": the comma after a weekday
 * that a date follows is part of that date, not a clause's end (p at the
 * comma, a the whole text). */
static int weekday_comma(const char *a, const char *p)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun", NULL};
    const char *w = p;
    while (w > a && isalpha((unsigned char)w[-1]))
        w--;
    if (w == p || (w > a && !isspace((unsigned char)w[-1]) && w[-1] != '(')) return 0;
    int is_day = word_in(w, (size_t)(p - w), days);
    const char *n = p + 1 + strspn(p + 1, " ");
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                         "aug", "sep", "oct", "nov", "dec", NULL};
    int month = 0;
    for (int k = 0; months[k] && !month; k++)
        month = !strncasecmp(n, months[k], 3);
    return is_day && (isdigit((unsigned char)*n) || month);
}

/* "what did Kim R. say about the night tour?": the period after a name's
 * initial (a capital alone after a word) that a lowercase word follows
 * ends no sentence (p at the period, a the whole text). */
static int initial_dot(const char *a, const char *p)
{
    return p - a >= 3 && isupper((unsigned char)p[-1]) && p[-2] == ' ' &&
           isalpha((unsigned char)p[-3]) && p[1] == ' ' && islower((unsigned char)p[2]);
}

/* "Dr. Amara Osei", "St. Ives": a title's dot before a name ends nothing */
static int title_dot(const char *a, const char *p)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "prof", "st", "mt", NULL};
    const char *w = p;
    while (w > a && isalpha((unsigned char)w[-1]))
        w--;
    if (w == p || (w > a && !isspace((unsigned char)w[-1]) && w[-1] != '(')) return 0;
    return p[1] == ' ' && isupper((unsigned char)p[2]) && word_in(w, (size_t)(p - w), titles);
}

/* "On which day and stage does Ola play?", "What time and where is it?":
 * an "and" after a question word and a noun or two joins what is asked,
 * not two requests ([s, p) the words before the "and"). */
static int wh_pair(const char *s, const char *p)
{
    static const char *const preps[] = {"on ", "in ", "at ",   "for ", "from ",
                                        "to ", "by ", "with ", NULL};
    static const char *const wh[] = {"which ", "what ", "whose ",    "who",
                                     "when",   "where", "how many ", NULL};
    while (s < p && isspace((unsigned char)*s))
        s++;
    for (int k = 0; preps[k]; k++)
        if (!strncasecmp(s, preps[k], strlen(preps[k]))) s += strlen(preps[k]);
    int asks = 0;
    for (int k = 0; wh[k] && !asks; k++)
        asks = !strncasecmp(s, wh[k], strlen(wh[k]));
    static const char *const aux[] = {"is",   "are", "was", "were", "do",    "does",   "did", "has",
                                      "have", "had", "can", "will", "would", "should", NULL};
    int words = 0, verb = 0;
    for (const char *q = s; q < p; q++) {
        if (isspace((unsigned char)*q) || (q > s && !isspace((unsigned char)q[-1]))) continue;
        size_t n = strcspn(q, " \t\n");
        words++;
        for (int k = 0; aux[k]; k++)
            verb |= n == strlen(aux[k]) && !strncasecmp(q, aux[k], n);
    }
    return asks && !verb && words <= 3 && !memchr(s, ',', (size_t)(p - s));
}

static size_t prefix_in(const char *w, const char *const *list);

/* "in the cart raise the quantity to 3 and check out": a place said first
 * and its verb without a comma between. The place ends at p when one to
 * three words follow "in the" (from start) and a verb the table knows
 * begins at p; "in the cart, raise ..." splits at its comma anyway. */
static int lead_place_break(const char *start, const char *p)
{
    static const char *const leads[] = {"in the ",    "on the ",   "inside the ", "within the ",
                                        "in my ",     "on my ",    "in your ",    "on your ",
                                        "under the ", "from the ", NULL};
    static const char *const joins[] = {"and then ", "then ",    "and ", "now ",
                                        "next ",     "finally ", NULL};
    start += strspn(start, " ");
    start += prefix_in(start, joins);
    size_t n = prefix_in(start, leads);
    if (!n || p <= start + n) return 0;
    /* a part of the page the agent reads in the clause itself ("in the
     * sidebar open 2025" is a path there); a page's address said with the
     * place ("in the sidebar of <url> open 2025") is read with it */
    static const char *const regions[] = {"sidebar", "menu",   "navigation", "nav",    "navbar",
                                          "header",  "footer", "toolbar",    "tree",   "panel",
                                          "section", "tab",    "frame",      "widget", NULL};
    int words = count_words(start + n, p);
    if (words < 1 || words > 3 || memmem(start, (size_t)(p - start), "://", 3)) return 0;
    for (const char *w = start + n; w < p;) { /* each word of the place */
        size_t len = strcspn(w, " \t\n");
        if (word_in(w, len, regions)) return 0;
        w += len;
        while (w < p && isspace((unsigned char)*w))
            w++;
    }
    /* the verb has words of its own before the clause ends: "On the
     * contacts list, what ..." names a list, it lists nothing; nor does
     * "On the contacts list at <url>, what ..." (its words: where it is) */
    size_t rest = strcspn(p, ",.;?!");
    if (!memchr(p, ' ', rest) || memmem(p, rest, "://", 3)) return 0;
    if (intents_has_verb(p)) return 1;
    /* "on the results limit the price to $200": a word the table does not
     * know, said as a command (a lower-case word, then what it acts on) */
    static const char *const objs[] = {"the ", "a ", "an ", "all ", "my ", "every ", NULL};
    size_t wl = strcspn(p, " ");
    if (wl < 3 || !islower((unsigned char)p[0]) || word_in(p, wl, regions)) return 0;
    for (size_t k = 0; k < wl; k++)
        if (!isalpha((unsigned char)p[k])) return 0;
    return prefix_in(p + wl + 1, objs) > 0;
}

/* "It's under Projects, 2026, Q2": the commas of a place said as a path
 * (the piece from start says where to look) part no clauses */
static int path_comma(const char *start)
{
    static const char *const leads[] = {
        "it's under ",  "it is under ", "it's in ", "it is in ", "look under ", "look in ",
        "(it's under ", "(it's in ",    "(under ",  "(in ",      NULL};
    start += strspn(start, " ");
    return prefix_in(start, leads) > 0;
}

/* "add 'Buy stamps', 'Post the parcel' and 'Call Jo'": a comma between
 * quoted texts lists them, one value (p at the comma) */
static int quoted_list_comma(const char *a, const char *p)
{
    int closed =
        (p > a && (p[-1] == '\'' || p[-1] == '"')) ||
        (p - a >= 3 && (!memcmp(p - 3, "\xe2\x80\x99", 3) || !memcmp(p - 3, "\xe2\x80\x9d", 3)));
    const char *q = p + 1 + strspn(p + 1, " ");
    return closed && (*q == '\'' || *q == '"' || !memcmp(q, "\xe2\x80\x98", 3) ||
                      !memcmp(q, "\xe2\x80\x9c", 3));
}

/* The quote that closes the single quote at p: one after a word's last
 * character and before a space, a mark or the end; NULL when none. */
static const char *single_quote_end(const char *p)
{
    for (const char *e = p + 1; (e = strchr(e, '\'')) != NULL; e++)
        if (e > p + 1 && e[-1] != ' ' && (!e[1] || strchr(" ,.;:!?)", e[1]))) return e;
    return NULL;
}

static void split_pieces(const char *a, piece_fn fn, void *ud)
{
    splitter sp = {fn, ud, SEP_NONE};
    const char *start = a, *p = a;
    int before = SEP_NONE, sep, j;
    while (*p) {
        const char *close;
        size_t q = quote_at(p, &close);
        if (q) { /* skip a quoted part whole; an unclosed quote runs to the end */
            const char *e = strstr(p + q, close);
            p = e ? e + strlen(close) : p + strlen(p);
            continue;
        }
        /* "with the text 'Be kind. Be specific.'": a single quote that
         * opens a word and closes one quotes too, sentences and all (an
         * apostrophe inside a word opens nothing) */
        const char *sq =
            *p == '\'' && (p == a || strchr(" (:", p[-1])) ? single_quote_end(p) : NULL;
        if (sq) {
            p = sq + 1;
            continue;
        }
        /* "(keep scrolling, it is further down)", "(10:00 both days)": a
         * remark in parentheses is part of its clause, commas and all */
        const char *shut = *p == '(' ? paren_end(p) : NULL;
        if (shut) {
            p = shut + 1;
            continue;
        }
        if (*p == ',' && (weekday_comma(a, p) || path_comma(start) || quoted_list_comma(a, p))) {
            p++;
            continue;
        }
        if (*p == '.' && (initial_dot(a, p) || title_dot(a, p))) {
            p++;
            continue;
        }
        if ((sep = sep_at(p)) != SEP_NONE ||
            (*p == ':' && isspace((unsigned char)p[1]) &&
             (colon_break(p + 1) || place_colon(start, p)) && (sep = SEP_SOFT))) {
            /* A question keeps its mark: "what is the title?" */
            emit_piece(&sp, start, (size_t)(p - start) + (*p == '?'), before);
            before = sep;
            start = ++p;
            continue;
        }
        size_t len;
        if (p > start && isspace((unsigned char)p[-1]) && !isspace((unsigned char)*p) &&
            lead_place_break(start, p)) {
            emit_piece(&sp, start, (size_t)(p - start), before);
            before = SEP_SOFT;
            start = p;
            continue;
        }
        /* "Go to <url> — what does the Kettle cost?": a spaced dash */
        if (p > a && isspace((unsigned char)p[-1]) &&
            (!strncmp(p, "\xe2\x80\x94", 3) || !strncmp(p, "\xe2\x80\x93", 3)) &&
            isspace((unsigned char)p[3])) {
            emit_piece(&sp, start, (size_t)(p - start), before);
            before = SEP_SOFT;
            start = p += 3;
            continue;
        }
        if ((p == a || isspace((unsigned char)p[-1])) && p > start &&
            (len = joiner_at(p, strlen(p), &j)) && !wh_pair(start, p)) {
            emit_piece(&sp, start, (size_t)(p - start), before);
            before = SEP_NONE; /* the joiner starts the next piece, which says its kind */
            start = p;
            p += len;
            continue;
        }
        p++;
    }
    emit_piece(&sp, start, (size_t)(p - start), before);
}

typedef struct split_ud {
    void (*fn)(void *ud, const char *clause, size_t len);
    void *ud;
} split_ud;

static void split_plain(void *ud, const char *s, size_t n, int sep)
{
    split_ud *u = ud;
    u->fn(u->ud, s, n);
}

void planner_split(const char *action, void (*fn)(void *ud, const char *clause, size_t len),
                   void *ud)
{
    split_ud u = {fn, ud};
    split_pieces(action, split_plain, &u);
}

/* ---- steps -------------------------------------------------------------- */

int planner_secret(const char *label)
{
    static const char *const secrets[] = {"password",      "pass", "passcode", "passphrase", "pwd",
                                          "pin",           "pw",   "secret",   "cvv",        "cvc",
                                          "security code", NULL};
    char *l = xstrdup(label ? label : "");
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int yes = 0;
    for (int k = 0; secrets[k] && !yes; k++)
        yes = strstr(l, secrets[k]) != NULL;
    free(l);
    return yes;
}

int planner_dialog_answer(const char *clause, int *accept, char **text)
{
    static const char *const refs[] = {"alert",  "prompt",     "dialog",  "popup",
                                       "pop-up", "pop up",     "confirm", "confirmation",
                                       "js",     "javascript", "box",     NULL};
    static const char *const its[] = {"it", "that", "this", "them", NULL};
    static const char *const types[] = {"type", "enter", "write", "answer", "reply", "put", NULL};
    static const char *const presses[] = {"press",  "click",  "hit", "tap",
                                          "choose", "select", "say", NULL};
    static const char *const pressed_no[] = {"cancel", "no", NULL};
    static const char *const pressed_yes[] = {"ok", "okay", "yes", "accept", NULL};
    static const char *const nos[] = {"dismiss", "cancel", "decline", "reject", "close", NULL};
    static const char *const yeses[] = {"accept", "ok", "okay", "confirm", "agree", NULL};
    toks c;
    int rc = 0, n, ref = 0, it = 0;
    if (!clause) return 0;
    ph_tokenize(clause, &c);
    int i = 0;
    while (i < c.n && (n = ph_lead_filler(&c, i, c.n)) > 0)
        i += n;
    for (int k = i; k < c.n; k++) {
        ref = ref || ph_match_list(&c, k, c.n, refs, NULL);
        it = it || ph_match_list(&c, k, k + 1, its, NULL);
    }
    /* the dialog named, "it" in a few words, or the verb nearly alone */
    int named = ref || (it && c.n - i <= 5) || c.n - i <= 2;
    if (!named || c.too_long || i >= c.n) goto out;
    if (ph_match_list(&c, i, c.n, types, NULL)) { /* "type 'hello there' into it" */
        for (int k = i + 1; k < c.n && !rc; k++)
            if (c.t[k].quoted) {
                *accept = 1;
                *text = xstrndup(c.t[k].s, c.t[k].n);
                rc = 1;
            }
    } else if ((n = ph_match_list(&c, i, c.n, presses, NULL)) > 0) { /* "press OK" */
        if (ph_match_list(&c, i + n, c.n, pressed_no, NULL))
            *accept = 0, *text = NULL, rc = 1;
        else if (ph_match_list(&c, i + n, c.n, pressed_yes, NULL))
            *accept = 1, *text = NULL, rc = 1;
    } else if (ph_match_list(&c, i, c.n, nos, NULL)) {
        *accept = 0, *text = NULL, rc = 1;
    } else if (ph_match_list(&c, i, c.n, yeses, NULL)) {
        *accept = 1, *text = NULL, rc = 1;
    }
out:
    ph_toks_free(&c);
    return rc;
}

void plan_free(plan *p)
{
    if (!p) return;
    for (int i = 0; i < p->n; i++)
        step_free(&p->steps[i]);
    free(p->steps);
    memset(p, 0, sizeof *p);
}

/* ---- plans -------------------------------------------------------------- */

typedef struct piece {
    size_t from, to; /* offsets in the action */
    int sep;         /* what came before it: SEP_* */
} piece;

typedef struct pieces {
    piece *v;
    int n, cap;
    const char *base;
} pieces;

static void collect_piece(void *ud, const char *s, size_t n, int sep)
{
    pieces *ps = ud;
    ps->v = xgrow(ps->v, ps->n, &ps->cap, sizeof *ps->v);
    ps->v[ps->n++] = (piece){(size_t)(s - ps->base), (size_t)(s - ps->base) + n, sep};
}

/* A clause no intent read, when a fallback takes such clauses: it comes
 * before step at. */
typedef struct unread {
    int at;
    char *clause;
} unread;

typedef struct builder {
    plan *p;
    int cap;
    int fallback; /* unread clauses are collected, not errors */
    unread *un;
    int nun, capun;
    /* The clause before, in the same action: its steps and words. */
    int prev_first; /* index of its first step; -1: none */
    size_t prev_from;
    step_kind prev_kind;
    char prev_verb[64];
    char filler[64]; /* the first piece that asked for nothing, for the error */
    target ctx;      /* where the next clause acts ("on @sam's post, ..."), or empty */
    char ctx_clause[128];
    int ctx_soft;  /* ctx is what a "find" found: the next clause may not use it */
    int ctx_used;  /* ctx was given to a clause; it holds for those joined by "and" */
    target sought; /* with a soft ctx: the whole of what the find found */
    target found;  /* what an "until" waited for, or the thing a search or a
                      clause grounded at run time named (text borrowed) */
    char *thing;   /* the thing a clause grounded at run time named */
    int thing_at;  /* the step of a statement that named it ("I don't want
                      the SMS reminder"), dropped once "it" uses it; -1 */
    char *err;
    size_t errlen;
    int keep; /* steps before this one only gave a follow-up its context */
} builder;

/* The target of the last step before index end that names a thing: what
 * "it" refers to; after "click Load more until X shows", X; after "find
 * Mei Park" (a search), Mei Park; after a clause grounded at run time, the
 * thing its words name ("view invoice 2041", "I don't want the SMS
 * reminder"). */
static const target *last_target(builder *b, int end)
{
    b->thing_at = -1;
    for (int i = end - 1; i >= 0; i--) {
        const step *st = &b->p->steps[i];
        memset(&b->found, 0, sizeof b->found);
        if (st->until) {
            b->found.text = st->until;
            return &b->found;
        }
        if (target_named(&st->target)) return &st->target;
        /* "add 'Pick up kids at 3', then edit it": the entry added */
        if ((st->kind == STEP_SEARCH || (st->kind == STEP_TYPE && st->sub == TYPE_ENTER)) &&
            st->value) {
            b->found.text = st->value;
            return &b->found;
        }
        int statement = 0;
        char *thing =
            st->kind == STEP_DO && st->value ? intents_thing(st->value, &statement) : NULL;
        /* "find out which plan includes roaming and choose it" */
        if (!thing && st->kind == STEP_EXTRACT && st->sub == EXTRACT_ANSWER && st->value)
            thing = intents_answer_thing(st->value);
        if (thing) {
            free(b->thing);
            b->thing = thing;
            b->found.text = thing;
            b->thing_at = statement ? i : -1;
            return &b->found;
        }
    }
    return NULL;
}

/* Take the steps [from, to) out of the plan; those after keep their
 * order, the clause before and the fallback's clauses their places. */
static void remove_steps(builder *b, int from, int to)
{
    for (int i = from; i < to; i++)
        step_free(&b->p->steps[i]);
    memmove(&b->p->steps[from], &b->p->steps[to], (size_t)(b->p->n - to) * sizeof(step));
    b->p->n -= to - from;
    if (b->prev_first >= to) b->prev_first -= to - from;
    if (b->keep > from) b->keep -= (b->keep < to ? b->keep : to) - from;
    for (int k = 0; k < b->nun; k++) /* clauses for the fallback keep their places */
        if (b->un[k].at >= to) b->un[k].at -= to - from;
}

/* A statement that only named what "it" in the clause just read is ("I
 * don't want the SMS reminder, so untick it"): no step of its own. */
static void drop_statement(builder *b, int used)
{
    int at = b->thing_at;
    b->thing_at = -1;
    if (at < 0 || at >= b->prev_first || (!used && !b->thing)) return;
    for (int i = b->prev_first; i < b->p->n && !used; i++) {
        const target *t = &b->p->steps[i].target;
        used =
            (t->text && !strcmp(t->text, b->thing)) || (t->anchor && !strcmp(t->anchor, b->thing));
    }
    if (!used) return;
    remove_steps(b, at, at + 1);
}

/* Put st (taken over) into the plan at index at; the indices the builder
 * keeps of later steps follow it. */
static void insert_step(builder *b, int at, step *st, int un_from)
{
    plan *p = b->p;
    p->steps = xgrow(p->steps, p->n, &b->cap, sizeof *p->steps);
    memmove(&p->steps[at + 1], &p->steps[at], (size_t)(p->n - at) * sizeof(step));
    p->steps[at] = *st;
    p->n++;
    if (b->prev_first >= at) b->prev_first++;
    if (b->keep > at) b->keep++;
    if (b->thing_at >= at) b->thing_at++;
    for (int k = un_from; k < b->nun; k++) /* clauses for the fallback read after it */
        if (b->un[k].at >= at) b->un[k].at++;
}

static void push_step(builder *b, step *st)
{
    b->p->steps = xgrow(b->p->steps, b->p->n, &b->cap, sizeof *b->p->steps);
    b->p->steps[b->p->n++] = *st;
}

static void fail(builder *b, const char *clause, const char *hint)
{
    snprintf(b->err, b->errlen, "could not understand \"%s\"%s%s", clause,
             hint && *hint ? ": " : "", hint && *hint ? hint : "");
}

/* Does clause point back at its anchor ("cancel that hold", "this
 * booking")? 1 by a demonstrative, 2 by "the" (the kind of the thing
 * named before: "the add-on"), 0 when not. */
static int points_back(const char *clause, const char *anchor)
{
    /* "I don't want personal training anymore, cancel the add-on": the
     * thing the statement just named, too */
    static const char *const dems[] = {"that", "this", "those", "these", "the", NULL};
    for (int i = 0; dems[i]; i++) {
        char *w = xasprintf("%s %s", dems[i], anchor);
        const char *at = strcasestr(clause, w);
        int hit = at && (at == clause || !isalnum((unsigned char)at[-1])) &&
                  !isalnum((unsigned char)at[strlen(w)]);
        free(w);
        if (hit) return strcmp(dems[i], "the") ? 1 : 2;
    }
    return 0;
}

/* The words of v (parted by spaces and commas): how many are of a code's
 * shape (an e-mail address, letters and digits as "LS6" or "AB12", four
 * digits or more), and in *numbers how many hold a digit at all. */
static int word_shapes(const char *v, int *numbers)
{
    int codes = 0;
    *numbers = 0;
    for (const char *w = v; *w;) {
        size_t n = strcspn(w, " ,");
        int letters = 0, digits = 0, at = 0;
        for (size_t k = 0; k < n; k++) {
            letters += isalpha((unsigned char)w[k]) != 0;
            digits += isdigit((unsigned char)w[k]) != 0;
            at += w[k] == '@';
        }
        codes += (at && letters) || (letters && digits) || digits >= 4;
        *numbers += digits > 0;
        w += n;
        w += strspn(w, " ,");
    }
    return codes;
}

/* The words hold a value of a shape no prose has. */
static int code_like(const char *v)
{
    int numbers;
    return word_shapes(v, &numbers) > 0;
}

/* Words that hold several values, one of them of a code's shape ("reg
 * SN17 HAK on 2027-01-28"), not the name of one thing ("the 10:00 class") */
static int value_laden(const char *v)
{
    int numbers;
    return word_shapes(v, &numbers) > 0 && numbers >= 2;
}

/* Append the steps of r (consumed) for the words clause, which start at
 * offset from of the action. -1 when the plan would grow too long. */
/* The entries of a list said as one value: "milk, eggs and bread", "'Buy
 * stamps' and 'Post the parcel'" (with a comma, or each part quoted; "bread
 * and butter" alone is one). Their number (*out malloc'ed, each entry
 * too), or 0 when v is one entry. */
static int list_items(const char *v, char ***out)
{
    int n = 0, quoted = 1, comma = 0, cap = 0;
    char **items = NULL;
    const char *p = v;
    while (*p) {
        p += strspn(p, " ");
        if (!*p) break;
        const char *e;
        char q = *p == '"' || *p == '\'' ? *p : 0;
        if (q && (e = strchr(p + 1, q)) != NULL) {
            items = xgrow(items, n, &cap, sizeof *items);
            items[n++] = xstrndup(p + 1, (size_t)(e - p - 1));
            p = e + 1;
        } else {
            quoted = 0;
            /* to the next comma or " and " */
            e = p;
            while (*e && *e != ',' && strncasecmp(e, " and ", 5) != 0)
                e++;
            size_t len = (size_t)(e - p);
            while (len && p[len - 1] == ' ')
                len--;
            if (len) {
                items = xgrow(items, n, &cap, sizeof *items);
                items[n++] = xstrndup(p, len);
            }
            p = e;
        }
        p += strspn(p, " ");
        if (*p == ',') comma = 1, p++;
        p += strspn(p, " ");
        if (!strncasecmp(p, "and ", 4)) p += 4;
    }
    if (n < 2 || (!comma && !quoted)) {
        for (int k = 0; k < n; k++)
            free(items[k]);
        free(items);
        return 0;
    }
    *out = items;
    return n;
}

/* "add 'Buy stamps' and 'Post the parcel', and tick both off": "both"
 * (or "them", "all of them") after entries added by the clause before is
 * each of them: a step each, its words naming it ("tick 'Buy stamps'
 * off"), which the page reads. 1 when so (r consumed), 0 when not. */
static int each_added(builder *b, parsed *r, const char *clause, size_t from)
{
    int first = b->prev_first, n = b->p->n;
    if (r->has_pre || first < 0 || n - first < 2 ||
        (r->st.kind != STEP_CHECK && r->st.kind != STEP_UNCHECK && r->st.kind != STEP_CLICK &&
         r->st.kind != STEP_DO))
        return 0;
    for (int i = first; i < n; i++) {
        const step *s = &b->p->steps[i];
        if (s->kind != STEP_TYPE || s->sub != TYPE_ENTER || !s->value) return 0;
    }
    static const char *const alls[] = {"both of them", "all of them", "them both", "them all",
                                       "both",         "them",        NULL};
    toks c;
    ph_tokenize(clause, &c);
    int at = -1, len = 0;
    for (int k = 1; k < c.n && at < 0 && !c.too_long; k++)
        if (!c.t[k].quoted && (len = ph_match_list(&c, k, c.n, alls, NULL)) > 0) at = k;
    if (at < 0 || n - first + b->p->n > MAX_STEPS) {
        ph_toks_free(&c);
        return 0;
    }
    const char *a = c.t[at].from, *e = c.t[at + len - 1].to;
    b->prev_first = n;
    for (int i = first; i < n; i++) {
        const char *v = b->p->steps[i].value;
        char q = strchr(v, '\'') ? '"' : '\'';
        step st = {.kind = STEP_DO};
        st.value = xasprintf("%.*s%c%s%c%s", (int)(a - clause), clause, q, v, q, e);
        st.clause = xstrdup(st.value);
        push_step(b, &st);
    }
    ph_toks_free(&c);
    step_free(&r->st);
    b->prev_from = from;
    b->prev_kind = STEP_DO;
    return 1;
}

static int add_steps(builder *b, parsed *r, const char *clause, size_t from)
{
    if (each_added(b, r, clause, from)) return 0;
    /* "add 3 elements, then remove one of them": any of them, the first */
    static const char *const anyone[] = {
        "one of them",     "any of them", "either of them", "one of those",
        "any one of them", "any one",     "either one",     NULL};
    target *any = &r->st.target;
    for (int i = 0; any->anchor && anyone[i]; i++)
        if (!strcasecmp(any->anchor, anyone[i])) {
            free(any->anchor);
            free(any->anchor_role);
            any->anchor = any->anchor_role = NULL;
            any->prep = NULL;
            if (!any->ordinal) any->ordinal = 1;
        }
    int count = r->has_pre + r->repeat;
    if (b->p->n + count > MAX_STEPS) {
        char hint[64];
        snprintf(hint, sizeof hint, "the plan has more than %d steps", MAX_STEPS);
        fail(b, clause, hint);
        step_free(&r->st);
        step_free(&r->pre);
        return -1;
    }
    /* "find the Globex deal and mark it as won": the page reads the thing */
    const target *it = r->st.kind == STEP_DO && r->st.value ? last_target(b, b->p->n) : NULL;
    char *name = !it ? NULL
                 : it->text && it->anchor && !it->near
                     ? xasprintf("%s %s %s", it->text, it->prep ? it->prep : "of", it->anchor)
                     : xstrdup(it->text ? it->text : it->anchor);
    char *named = name ? intents_put_thing(r->st.value, name) : NULL;
    free(name);
    if (named) {
        free(r->st.value);
        r->st.value = named;
    }
    int statement = named ? b->thing_at : -1;
    /* "I don't need 'Klara and the Sun' anymore, cancel that hold": the
     * hold is the thing the statement named, which goes */
    int back = !named && r->st.kind == STEP_CLICK && r->st.target.anchor && !r->st.target.near
                   ? points_back(clause, r->st.target.anchor)
                   : 0;
    if (back && last_target(b, b->p->n) && b->thing_at >= 0 && b->thing) {
        /* "that hold" is the hold of the thing; "the add-on" the thing */
        char *a = back == 2 ? xstrdup(b->thing) : xasprintf("%s %s", r->st.target.anchor, b->thing);
        free(r->st.target.anchor);
        r->st.target.anchor = a;
        statement = b->thing_at;
    }
    /* "I've changed my mind about Orbital, cancel my hold on it": "it" in
     * the item the control is in is the thing the statement named */
    char *item = !named && !back && r->st.kind == STEP_CLICK && r->st.target.anchor &&
                         !r->st.target.near && last_target(b, b->p->n) && b->thing_at >= 0 &&
                         b->thing
                     ? intents_put_thing(r->st.target.anchor, b->thing)
                     : NULL;
    if (item) {
        free(r->st.target.anchor);
        r->st.target.anchor = item;
        statement = b->thing_at;
    }
    /* "My email is ana@x.io. Enter it in the email field": the value said */
    const step *said = b->p->n > 0 ? &b->p->steps[b->p->n - 1] : NULL;
    char *value = r->st.kind == STEP_TYPE && r->st.value && said && said->kind == STEP_DO &&
                          (!strcasecmp(r->st.value, "it") || !strcasecmp(r->st.value, "that") ||
                           !strcasecmp(r->st.value, "this"))
                      ? intents_stated_value(said->value)
                      : NULL;
    if (value) {
        free(r->st.value);
        r->st.value = value;
        b->thing_at = statement = b->p->n - 1;
    }
    b->prev_first = b->p->n;
    if (r->has_pre) {
        if (!r->pre.clause) r->pre.clause = xstrdup(clause);
        push_step(b, &r->pre);
    }
    /* "search <url> for a van at Porto": the page opens first, and the
     * words the page reads are the request alone */
    char *bare =
        (r->has_pre && r->pre.kind == STEP_NAVIGATE) || (r->st.kind == STEP_SEARCH && r->st.value2)
            ? intents_drop_url(clause)
            : NULL;
    r->st.clause = bare ? bare : xstrdup(clause);
    /* "Who directed The Quiet Orchard? Check its info": the words the
     * page reads name the thing "its" stands for, as the target does */
    const target *tg = &r->st.target;
    /* ... the thing itself where the anchor was made of the words around
     * "it" ("my hold on it": "hold on Orbital") */
    char *put = r->st.kind != STEP_DO && tg->anchor && !strcasestr(r->st.clause, tg->anchor)
                    ? intents_put_thing(r->st.clause, item && b->thing ? b->thing : tg->anchor)
                    : NULL;
    if (put) free(r->st.clause), r->st.clause = put;
    /* "book an interim service for reg SN17 HAK on 2027-01-28 in the
     * 10:00 slot": a control named with the values of a form is a request
     * of that form, which the page reads whole */
    if (r->st.kind == STEP_CLICK && r->st.target.anchor && value_laden(r->st.target.anchor)) {
        target_free(&r->st.target);
        r->st.kind = STEP_DO;
        r->st.value = xstrdup(r->st.clause);
    }
    for (int k = 1; k < r->repeat; k++) {
        step copy;
        step_copy(&copy, &r->st);
        push_step(b, &copy);
    }
    /* "add milk, eggs and bread", "add 'Buy stamps' and 'Post the
     * parcel'": into a list's one field, an entry each */
    char **items = NULL;
    int nitems = r->st.kind == STEP_TYPE && r->st.sub == TYPE_ENTER &&
                         !target_named(&r->st.target) && r->st.value
                     ? list_items(r->st.value, &items)
                     : 0;
    /* each with words of its own: the page reads a step's clause */
    for (int k = 0; k < nitems; k++) {
        step *e = &r->st, copy;
        if (k + 1 < nitems) {
            if (b->p->n + 1 >= MAX_STEPS) continue;
            step_copy(&copy, &r->st);
            e = &copy;
        }
        free(e->value);
        free(e->clause);
        e->value = items[k];
        e->clause = xasprintf("%s \"%s\"", *r->verb ? r->verb : "add", items[k]);
        items[k] = NULL;
        if (e == &copy) push_step(b, &copy);
    }
    for (int k = 0; k < nitems; k++)
        free(items[k]);
    free(items);
    push_step(b, &r->st);
    if (statement >= 0) b->thing_at = statement;
    drop_statement(b, statement >= 0);
    b->prev_from = from;
    b->prev_kind = r->st.kind;
    snprintf(b->prev_verb, sizeof b->prev_verb, "%s", r->verb);
    return 0;
}

/* Drop the steps of the clause before (it is being read again, longer). */
static void drop_prev(builder *b)
{
    while (b->p->n > b->prev_first)
        step_free(&b->p->steps[--b->p->n]);
}

/* Read a[from, to) as one clause; on success replace the clause before
 * when replace is set. 1 when it was read, 0 when not, -1 on error. */
static int try_clause(builder *b, const char *a, size_t from, size_t to, int flags, int replace)
{
    parsed r;
    if (to - from > MERGE_MAX) return 0;
    char *text = xstrndup(a + from, to - from);
    int base = replace ? b->prev_first : b->p->n;
    int rc = 0;
    if (intents_parse(text, last_target(b, base), flags, &r) == 0) {
        if (replace) drop_prev(b);
        rc = add_steps(b, &r, text, from) == 0 ? 1 : -1;
    }
    free(text);
    return rc;
}

/* Clause kinds whose last words are free text, which "and" may continue. */
static int takes_text(step_kind k)
{
    return k == STEP_SEARCH || k == STEP_TYPE || k == STEP_SELECT || k == STEP_EXTRACT ||
           k == STEP_LOGIN || k == STEP_FILL;
}

static int names_element(step_kind k)
{
    return k == STEP_CLICK || k == STEP_CHECK || k == STEP_UNCHECK || k == STEP_HOVER;
}

/* A piece that may end a name cut at "and": "Save and Continue", "terms
 * and conditions". Short, or capitalized, or quoted. */
static int label_like(const char *text)
{
    int words = 0;
    for (const char *p = text; *p;) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p) break;
        words++;
        while (*p && !isspace((unsigned char)*p))
            p++;
    }
    return words <= 2 || isupper((unsigned char)text[0]) || text[0] == '"' ||
           (unsigned char)text[0] == 0xe2;
}

/* "Name: Ada, email: a@b.io, type: Tomato, message: hi": a piece that is
 * a label (up to three words) and its value after a colon, in a list whose
 * piece before has a colon too, is one more field of that list, though
 * its label is a verb ("type", "search", "note"). */
static int field_of_list(const char *a, const piece *prev, const char *text)
{
    size_t lab = strcspn(text, ":");
    if (!text[lab] || !isspace((unsigned char)text[lab + 1]) || !text[lab + 2]) return 0;
    int words = 1;
    for (size_t i = 0; i < lab; i++) {
        if (!isalpha((unsigned char)text[i]) && text[i] != ' ' && text[i] != '-') return 0;
        words += text[i] == ' ';
    }
    return lab > 0 && words <= 3 && memmem(a + prev->from, prev->to - prev->from, ": ", 2);
}

/* The piece ends with a role word that closes a name cut at "and": "the
 * terms and conditions box". */
static int ends_with_role(const char *text)
{
    toks c;
    const char *role = NULL;
    ph_tokenize(text, &c);
    int yes = c.n > 1 && ph_role_at_end(&c, 0, c.n, CTX_CHECK, &role) > 0 && role && *role;
    ph_toks_free(&c);
    return yes;
}

/* Read text with the verb of the clause before ("get the title and the
 * url" -> "get the url"). 1 when it was read, 0 when not, -1 on error. */
static int with_prev_verb(builder *b, const piece *pc, const char *text, int flags)
{
    parsed r;
    int rc = 0;
    if (!b->prev_verb[0]) return 0;
    char *m = xasprintf("%s %s", b->prev_verb, text);
    if (intents_parse(m, last_target(b, b->p->n), flags, &r) == 0)
        rc = add_steps(b, &r, text, pc->from) == 0 ? 1 : -1;
    free(m);
    return rc;
}

/* The text [from, to) of the clause before ends with a closing quote:
 * what it typed or searched for is whole ("search for "laptop" and ..."). */
static int quoted_end(const char *from, const char *to)
{
    while (to > from && (isspace((unsigned char)to[-1]) || to[-1] == ','))
        to--;
    if (to > from && (to[-1] == '"' || to[-1] == '\'')) return 1;
    return to - from >= 3 &&
           (memcmp(to - 3, "\xe2\x80\x9d", 3) == 0 || memcmp(to - 3, "\xe2\x80\x99", 3) == 0);
}

/* into's words are from's, then its own (before set) or its own, then
 * from's; from is taken out of the plan. */
static void merge_do(builder *b, int into, int from, int before)
{
    step *t = &b->p->steps[into], *f = &b->p->steps[from];
    const step *first = before ? f : t, *second = before ? t : f;
    size_t l = strlen(first->value);
    const char *dot = l && strchr(".!?", first->value[l - 1]) ? " " : ". ";
    char *v = xasprintf("%s%s%s", first->value, dot, second->value);
    char *c = first->clause && second->clause
                  ? xasprintf("%s%s%s", first->clause, dot, second->clause)
                  : NULL;
    free(t->value);
    t->value = v;
    if (c) free(t->clause), t->clause = c;
    remove_steps(b, from, from + 1);
}

/* "book a table for Friday at 19:00. We are 6 people.", "We are 5 people.
 * Book a trip on <url> ...": a statement of values next to a request the
 * page reads is part of it, for the same form (which a step of its own
 * would fill after the form was sent, or on another page). Steps from
 * first on, once the action is read. */
static void one_request(builder *b, int first)
{
    for (int i = first; i < b->p->n; i++) {
        const step *st = &b->p->steps[i];
        if (st->kind != STEP_DO || !st->value || !intents_statement(st->value)) continue;
        int j = i + 1;
        while (j < b->p->n && b->p->steps[j].kind == STEP_NAVIGATE)
            j++;
        if (j < b->p->n && b->p->steps[j].kind == STEP_DO && b->p->steps[j].value) {
            merge_do(b, j, i, 1);
            i--;
        } else if (i > first && b->p->steps[i - 1].kind == STEP_DO && b->p->steps[i - 1].value) {
            merge_do(b, i - 1, i, 0);
            i--;
        }
    }
}

/* The words hold a value a form takes: an e-mail address or a number. */
static int holds_value(const char *text)
{
    const char *at = strchr(text, '@');
    return (at && at > text && at[-1] != ' ') || strpbrk(text, "0123456789");
}

/* "choose Riverside Library, Media lab, tomorrow 10:00, 1 hour, 3 people,
 * card 2900 7777": a list that mixes options with values of other kinds
 * (a time, a count of people, a length) is one request of a form, which
 * the page reads as a whole; a step each would look for "3 people" among
 * the branches. The request said right after it joins it. Steps from
 * first on. */
static void one_list(builder *b, int first)
{
    for (int i = first; i < b->p->n; i++) {
        int j = i, valued = 0;
        for (; j < b->p->n; j++) {
            const step *st = &b->p->steps[j];
            if (st->kind != STEP_SELECT || !st->value || target_named(&st->target)) break;
            const char *v = st->value;
            int letters = 0;
            for (const char *p = v; *p; p++)
                letters |= isalpha((unsigned char)*p);
            valued += holds_value(v) && letters;
        }
        /* "choose A, B, tomorrow 10:00, 3 people": the values after the
         * options may have been read as a request of their own */
        int then = j < b->p->n && b->p->steps[j].kind == STEP_DO && b->p->steps[j].value &&
                   holds_value(b->p->steps[j].value);
        if (!(j - i >= 3 && valued && valued < j - i) && !(j - i >= 2 && then)) continue;
        step *st = &b->p->steps[i];
        char *v = xasprintf("choose %s", st->value);
        for (int k = i + 1; k < j; k++) {
            char *w = xasprintf("%s, %s", v, b->p->steps[k].value);
            free(v);
            v = w;
        }
        free(st->value);
        st->value = v;
        st->kind = STEP_DO;
        remove_steps(b, i + 1, j);
        const step *nx = i + 1 < b->p->n ? &b->p->steps[i + 1] : NULL;
        if (nx && nx->kind == STEP_DO && nx->value) { /* one list: a comma, no sentence */
            char *w = xasprintf("%s, %s", st->value, nx->value);
            free(st->value);
            st->value = w;
            remove_steps(b, i + 1, i + 2);
        }
    }
}

/* Steps of a form said as a person says them, read by the page as a
 * request (STEP_DO) rather than as the step the verb alone would be:
 * - "enter postcode LS6 2AB": a type with no field named, whose words are
 *   a field's name and then a value (a number or an address), names both;
 * - "enter the postcode, find the address and pick Flat 3": after a
 *   field filled, "the address" found is a lookup of the form (its "Find
 *   address" button), not the page's URL.
 * Steps from first on. */
static void form_words(builder *b, int first)
{
    for (int i = first; i < b->p->n; i++) {
        step *st = &b->p->steps[i];
        const char *v = st->value, *cl = st->clause;
        int named_value = st->kind == STEP_TYPE && !target_named(&st->target) && v && cl &&
                          isalpha((unsigned char)v[0]) && strchr(v, ' ') && code_like(v) &&
                          !strpbrk(cl, "\"'\xe2");
        int lookup = st->kind == STEP_EXTRACT && st->sub == EXTRACT_URL && cl && i > first &&
                     (b->p->steps[i - 1].kind == STEP_TYPE || b->p->steps[i - 1].kind == STEP_DO) &&
                     strcasestr(cl, "address") && !strcasestr(cl, "url") &&
                     !strcasestr(cl, "web") && !strcasestr(cl, "page") && !strcasestr(cl, "link");
        if (!named_value && !lookup) continue;
        free(st->value);
        st->value = xstrdup(cl);
        st->kind = STEP_DO;
        st->sub = 0;
    }
}

/* "Make an appointment. The dog is Pixel. She weighs 18 kilos. Book it.":
 * the requests the page reads right before a send said at the end are
 * one form's, read as one clause; a step each would send the form (and
 * close its dialog) before the rest was said. Steps from first on. */
static void one_form(builder *b, int first)
{
    for (int s = first; s < b->p->n; s++) {
        if (b->p->steps[s].kind != STEP_SUBMIT) continue;
        int a = s;
        while (a > first && b->p->steps[a - 1].kind == STEP_DO && b->p->steps[a - 1].value)
            a--;
        for (; s - a >= 2; s--)
            merge_do(b, a, a + 1, 0);
    }
}

/* "name Ines Costa", "email ines@costa.pt": a field's name in lower case,
 * then its value (a capital, a digit or an e-mail address) */
static int field_and_value(const char *text)
{
    const char *p = text;
    for (int w = 0; w < 2; w++) {
        size_t n = strcspn(p, " ");
        if (!n || !p[n]) return 0;
        for (size_t k = 0; k < n; k++)
            if (!islower((unsigned char)p[k]) && p[k] != '-') return 0;
        p += n + 1;
        if (isupper((unsigned char)*p) || isdigit((unsigned char)*p) || strchr(p, '@')) return 1;
    }
    return 0;
}

/* A piece after "and" or a comma, with no verb of its own: part of the
 * clause before. 1 when it was placed, 0 when not, -1 on error. */
static int join_previous(builder *b, const char *a, const piece *pc, const char *text, int field)
{
    int rc;
    const step *prev = &b->p->steps[b->p->n - 1];
    /* "pick Dr. Lukas Brandt, name Ines Costa": a field and its value
     * after an option is a request of its own, no more of the option */
    if (b->prev_kind == STEP_SELECT && field_and_value(text)) return 0;
    /* "type A into X and B into Y": the clause before was whole. */
    if ((b->prev_kind == STEP_TYPE || b->prev_kind == STEP_SELECT) && target_named(&prev->target) &&
        (rc = with_prev_verb(b, pc, text, 0)) != 0)
        return rc;
    /* "tick alpha, beta and gamma", "select alpha, beta and gamma": one box each */
    if ((b->prev_kind == STEP_CHECK || b->prev_kind == STEP_UNCHECK ||
         (b->prev_kind == STEP_SELECT && !target_named(&prev->target))) &&
        label_like(text) && !ends_with_role(text) && (rc = with_prev_verb(b, pc, text, 0)) != 0)
        return rc;
    /* "delete "A" and "B"", "save both "X" and "Y"": a name in quotes is
     * never part of the name before it; the verb acts on each */
    const char *close;
    if (names_element(b->prev_kind) && quote_at(text, &close) &&
        (rc = with_prev_verb(b, pc, text, 0)) != 0)
        return rc;
    /* "reserve the pod at <url> for Ana Lind, ana@x.example": a value after
     * a control's request is for the form it opens; the page reads both */
    if (names_element(b->prev_kind) && holds_value(text) &&
        (rc = try_clause(b, a, b->prev_from, pc->to, 0, 1)) != 0)
        return rc;
    if (takes_text(b->prev_kind) && !quoted_end(a + b->prev_from, a + pc->from) &&
        (rc = try_clause(b, a, b->prev_from, pc->to, INTENTS_STRICT, 1)) != 0)
        return rc;
    if (b->prev_kind == STEP_EXTRACT) return with_prev_verb(b, pc, text, INTENTS_STRICT);
    /* "fill in: name: Ada, type: Tomato": one more field of the list the
     * page reads */
    if (b->prev_kind == STEP_DO && field &&
        (rc = try_clause(b, a, b->prev_from, pc->to, 0, 1)) != 0)
        return rc;
    return 0;
}

static int sentence_start(const char *a, size_t from);

/* p starts with a word of firsts, then one of thens (each ending in a
 * space), any case */
static int starts_pair(const char *p, const char *const *firsts, const char *const *thens)
{
    for (int i = 0; firsts[i]; i++) {
        size_t n = strlen(firsts[i]);
        if (strncasecmp(p, firsts[i], n)) continue;
        for (int k = 0; thens[k]; k++)
            if (!strncasecmp(p + n, thens[k], strlen(thens[k]))) return 1;
    }
    return 0;
}

/* "who is a new patient", "which has a garden": a clause that says more of
 * what was just named (no question: it has no question mark) */
static int relative_clause(const char *text)
{
    static const char *const heads[] = {"who ", "which ", "that ", NULL};
    static const char *const verbs[] = {"is ",    "are ",   "was ",  "were ",  "has ", "have ",
                                        "needs ", "wants ", "will ", "would ", NULL};
    size_t l = strlen(text);
    return l && text[l - 1] != '?' && starts_pair(text, heads, verbs);
}

/* A clause missing its end ("log in as alice"): join the verb-less pieces
 * after it. Advances *k past the pieces used. */
static int join_forward(builder *b, const char *a, const pieces *ps, int *k)
{
    const piece *pc = &ps->v[*k];
    for (int j = *k + 1; j < ps->n && j <= *k + MERGE_AHEAD; j++) {
        const piece *nx = &ps->v[j];
        if (nx->sep != SEP_SOFT || sentence_start(a, nx->from)) break;
        char *t = xstrndup(a + nx->from, nx->to - nx->from);
        int verb = intents_has_verb(t) && !field_of_list(a, &ps->v[j - 1], t);
        free(t);
        if (verb) break;
        int rc = try_clause(b, a, pc->from, nx->to, 0, 0);
        if (rc != 0) {
            *k = j;
            return rc;
        }
    }
    return 0;
}

/* "on @sam's post, click Like": a clause that says where the next acts
 * (kept in b->ctx), or "on <url>, ..." (a navigation now). 1 when text is
 * such a clause, 0 when not, -1 on error. */
static int read_context(builder *b, const char *text)
{
    char *url = NULL;
    target t;
    if (intents_tab_place(text)) return 1; /* "in the new tab, ..." */
    if (intents_context(text, &t, &url) != 0) return 0;
    if (url) {
        parsed r = {.repeat = 1};
        r.st.kind = STEP_NAVIGATE;
        r.st.value = url;
        if (t.anchor) { /* "in the Advanced section of <url>, ...": open it there */
            r.pre = r.st;
            r.has_pre = 1;
            r.st = (step){.kind = STEP_DO, .value = xasprintf("open %s", t.anchor)};
            target_free(&t);
        }
        return add_steps(b, &r, text, b->prev_from) == 0 ? 1 : -1;
    }
    target_free(&b->ctx);
    b->ctx = t;
    b->ctx_soft = 0;
    b->ctx_used = 0;
    snprintf(b->ctx_clause, sizeof b->ctx_clause, "%s", text);
    return 1;
}

/* Give the steps of the clause just read the place the clause before it
 * named, where they name none. */
static void apply_context(builder *b)
{
    if (!b->ctx.anchor && !b->ctx.anchor_role) return;
    for (int i = b->prev_first; i >= 0 && i < b->p->n; i++) {
        target *t = &b->p->steps[i].target;
        /* "in the support widget, type Hi": the field there */
        if (!target_named(t) && b->p->steps[i].kind == STEP_TYPE && !b->ctx_soft)
            t->role = xstrdup("field");
        /* "find the photos email from Carla and tell me the album password":
         * a question asked of what the find found (the agent reads it, or
         * opens it to read) */
        if (b->ctx_soft && b->p->steps[i].kind == STEP_EXTRACT &&
            b->p->steps[i].sub == EXTRACT_ANSWER && !target_named(t) && target_named(&b->sought)) {
            target_copy(t, &b->sought);
            continue;
        }
        if (t->anchor || t->anchor_role || !target_named(t)) continue;
        /* a find's context: for a control named in it, not for a new find */
        if (b->ctx_soft && (b->p->steps[i].kind == STEP_SCROLL || !t->text ||
                            (b->ctx.anchor && !strcmp(t->text, b->ctx.anchor))))
            continue;
        t->anchor = xstrdup(b->ctx.anchor);
        t->anchor_role = xstrdup(b->ctx.anchor_role);
        t->prep = b->ctx.prep;
        t->near = b->ctx.near;
    }
    /* "in the help widget, type Hi and send it": for both */
    if (!b->ctx_soft)
        b->ctx_used = 1;
    else
        target_free(&b->ctx);
}

/* "find the email from Izabel and click the trash icon": what a find
 * found is where the next clause acts, unless it says otherwise. */
static void found_context(builder *b)
{
    const step *st = &b->p->steps[b->p->n - 1];
    const target *t = &st->target;
    /* "find Nadia Okafor, then press Message": a name found (searched for,
     * or looked for on a page with no search box) is where too; so is what
     * "find" or "locate" scrolled to */
    int finding = st->kind == STEP_SEARCH
                      ? st->sub == SEARCH_FOUND
                      : !strcasecmp(b->prev_verb, "find") || !strcasecmp(b->prev_verb, "locate");
    int named = finding && st->kind == STEP_SEARCH && st->value && !st->value2 &&
                isupper((unsigned char)st->value[0]);
    if (!named &&
        (!finding || st->kind != STEP_SCROLL || st->sub != SCROLL_TO || (!t->text && !t->anchor)))
        return;
    target_free(&b->ctx);
    b->ctx.anchor = xstrdup(named ? st->value : t->anchor ? t->anchor : t->text);
    b->ctx.anchor_role = xstrdup(named ? NULL : t->anchor ? t->anchor_role : t->role);
    b->ctx.prep = "in";
    b->ctx_soft = 1;
    target_free(&b->sought);
    if (named)
        b->sought.text = xstrdup(st->value);
    else
        target_copy(&b->sought, t);
}

/* The piece at from is one word with a capital, after "and": "Continue" in
 * "click Save and Continue". */
static int one_capitalized(const char *a, size_t from, const char *text)
{
    while (from > 0 && isspace((unsigned char)a[from - 1]))
        from--;
    return isupper((unsigned char)text[0]) && !strpbrk(text, " \t") && from >= 4 &&
           !strncasecmp(a + from - 4, " and", 4);
}

/* Words a dot may end that end no sentence: "e.g. Oslo", "No. 5". */
static const char *const abbrevs[] = {
    "e.g", "i.e",    "eg", "ie", "no", "nr",  "st",  "mr",  "mrs", "ms",  "dr",  "prof", "vs",
    "etc", "approx", "jr", "sr", "mt", "ave", "inc", "ltd", "co",  "fig", "vol", "p",    NULL};

/* The piece at from starts a new sentence: a ! or ? (or a colon the
 * splitter broke at) ends the one before, or a dot after a word that is no
 * initial ("J. K. Rowling") or abbreviation, before a capital. */
static int sentence_start(const char *a, size_t from)
{
    size_t at = from;
    while (at > 0 && isspace((unsigned char)a[at - 1]))
        at--;
    if (at == 0 || !strchr(".!?:", a[at - 1])) return 0;
    if (a[at - 1] != '.') return 1;
    size_t w = at - 1;
    while (w > 0 && !isspace((unsigned char)a[w - 1]))
        w--;
    size_t wl = at - 1 - w;
    if (wl <= 1 || !isupper((unsigned char)a[from])) return 0;
    return !word_in(a + w, wl, abbrevs);
}

/* The piece [from, to) is a heading before a colon: "Task: ...". */
static int colon_ended(const char *a, size_t to)
{
    return a[to] == ':';
}

/* "when is the card payment due, and what is the minimum?": two questions
 * joined are asked as one, so the second is read about the same thing
 * (the answer holds both values). 1 when merged, 0 when not, -1 on error. */
static int one_question(builder *b, const char *a, const piece *pc, parsed *r)
{
    parsed m;
    char *words = xstrndup(a + pc->from, pc->to - pc->from);
    /* "..., and how many are on hand?": a second question, whatever reads it */
    int asks = r->st.kind == STEP_EXTRACT && (r->st.sub == EXTRACT_ANSWER || intents_asks(words));
    free(words);
    /* "how much does X cost and how many are left?": a count of "are" is
     * no reading; both are asked of the page, whatever read the first */
    const target *t = &r->st.target;
    static const char *const copulas[] = {"are", "is", "were", "was", "there", NULL};
    int weak = r->st.sub == EXTRACT_COUNT && !t->role && !t->anchor && t->text;
    for (int k = 0; weak && copulas[k]; k++)
        if (!strcasecmp(t->text, copulas[k])) weak = 2;
    char *before = b->prev_first >= 0 ? xstrndup(a + b->prev_from, pc->from - b->prev_from) : NULL;
    int prev_asks = (weak == 2 || r->st.sub == EXTRACT_ANSWER) && before && intents_asks(before);
    free(before);
    /* the question before, after the page it opened, if any */
    /* prev_first is -1 before any step: steps[-1] would be read */
    int lone = b->prev_first >= 0 &&
               (b->prev_first == b->p->n - 1 ||
                (b->prev_first == b->p->n - 2 && b->p->steps[b->prev_first].kind == STEP_NAVIGATE));
    if (!asks || r->has_pre || pc->sep != SEP_SOFT || sentence_start(a, pc->from) || b->p->n < 1 ||
        !lone || b->p->steps[b->p->n - 1].kind != STEP_EXTRACT ||
        (b->p->steps[b->p->n - 1].sub != EXTRACT_ANSWER && !prev_asks) ||
        pc->to - b->prev_from > MERGE_MAX)
        return 0;
    char *text = xstrndup(a + b->prev_from, pc->to - b->prev_from);
    int rc = 0;
    if (intents_fallback(text, NULL, &m) == 0 && m.st.kind == STEP_EXTRACT) {
        const target *was = &b->p->steps[b->p->n - 1].target;
        target_free(&m.st.target);
        if (b->p->steps[b->p->n - 1].sub == EXTRACT_ANSWER)
            target_copy(&m.st.target, was);
        else if (was->anchor && !was->near) /* "the status of order 7731 and when ..." */
            m.st.target.text = xstrdup(was->anchor);
        else if (was->text) /* "how much does the Kettle cost": about the Kettle */
            m.st.target.text = xstrdup(was->text);
        size_t from = b->prev_from;
        drop_prev(b);
        rc = add_steps(b, &m, text, from) == 0 ? 1 : -1;
    } else if (rc == 0) {
        step_free(&m.st), step_free(&m.pre);
    }
    free(text);
    return rc;
}

/* A clause no intent reads, grounded in the page when it runs: a question
 * is answered from the page, anything else is read against it (STEP_DO).
 * A clause with no verb after a STEP_DO continues it ("name Ada, email
 * a@b.io"). 1 when placed, 0 when not, -1 on error. */
static int ground_later(builder *b, const char *a, const piece *pc, const char *text, int cont)
{
    parsed r;
    memset(&r, 0, sizeof r);
    if (cont && b->prev_kind == STEP_DO && b->prev_first >= 0) {
        char *m = xstrndup(a + b->prev_from, pc->to - b->prev_from);
        int rc = 0;
        if (pc->to - b->prev_from <= MERGE_MAX &&
            intents_fallback(m, last_target(b, b->prev_first), &r) == 0 && r.st.kind == STEP_DO) {
            drop_prev(b);
            rc = add_steps(b, &r, m, b->prev_from) == 0 ? 1 : -1;
        } else if (rc == 0) {
            step_free(&r.st), step_free(&r.pre);
        }
        free(m);
        if (rc) return rc;
    }
    if (intents_fallback(text, last_target(b, b->p->n), &r) != 0) {
        if (!r.hint[0]) return 0;
        fail(b, text, r.hint); /* "upload the file": what no step does */
        return -1;
    }
    int rc = one_question(b, a, pc, &r);
    if (rc != 0)
        step_free(&r.st), step_free(&r.pre);
    else
        rc = add_steps(b, &r, text, pc->from) == 0 ? 1 : -1;
    if (rc == 1) apply_context(b);
    return rc;
}

/* "I was born on 2 July 1988. Fill in my date of birth": a field named
 * with no value takes the value the statement before gave, and the
 * statement is no step of its own. 1 when read, 0 when not, -1 on error. */
static int stated_value(builder *b, const char *text)
{
    static const char *const forms[] = {"%s with \"%s\"", "%s to \"%s\""};
    /* "<url>: I was born on ...": the page the statement's clause opened stays */
    int opened = b->prev_first >= 0 && b->prev_first == b->p->n - 2 &&
                 b->p->steps[b->prev_first].kind == STEP_NAVIGATE;
    const step *prev = b->prev_first >= 0 && (b->prev_first == b->p->n - 1 || opened)
                           ? &b->p->steps[b->p->n - 1]
                           : NULL;
    char *v =
        prev && prev->kind == STEP_DO && prev->clause ? intents_stated_value(prev->clause) : NULL;
    int rc = 0;
    for (size_t k = 0; v && k < sizeof forms / sizeof forms[0] && !rc; k++) {
        parsed r;
        char *m = xasprintf(forms[k], text, v);
        if (intents_parse(m, NULL, INTENTS_STRICT, &r) == 0) {
            if (r.st.kind == STEP_TYPE || r.st.kind == STEP_SELECT) {
                size_t from = b->prev_from;
                if (opened)
                    step_free(&b->p->steps[--b->p->n]);
                else
                    drop_prev(b);
                rc = add_steps(b, &r, text, from) == 0 ? 1 : -1;
            } else {
                step_free(&r.st), step_free(&r.pre);
            }
        }
        free(m);
    }
    free(v);
    return rc;
}

/* "what is the plan price? (look under Billing)", "which alerts are on?
 * It's in Notifications.", "what is X? It's on <url>": a hint after a
 * request is a step before it (after the page it opens, if any); a hint
 * before one is a step in its place. 1 when text was such a hint, 0 when
 * not, -1 on error. */
static int place_hint(builder *b, const char *text, size_t from, int here)
{
    char *place = NULL, *url = NULL;
    /* "Open the CSV. In the new tab, how many rows?": the task follows a
     * tab a step opens, so that place asks for no step */
    if (intents_tab_place(text)) return 1;
    int h = intents_hint(text, &place, &url);
    const step *last = b->p->n > 0 ? &b->p->steps[b->p->n - 1] : NULL;
    /* "Check availability for 2 adults. Use <url>.": the page of any request */
    if (h < 0 || (h == 1 && (b->prev_first < 0 || !last ||
                             (last->kind != STEP_EXTRACT && (place || !url))))) {
        free(place), free(url);
        return 0;
    }
    parsed r = {.repeat = 1};
    r.st.kind = place ? STEP_DO : STEP_NAVIGATE;
    r.st.value = place ? place : url;
    if (place && url) { /* "<url> (Billing tab): ...": the page, then the place */
        r.has_pre = 1;
        r.pre.kind = STEP_NAVIGATE;
        r.pre.value = url;
    }
    if (r.has_pre || b->prev_first < 0 || here) return add_steps(b, &r, text, from) == 0 ? 1 : -1;
    int at = b->prev_first;
    while (at >= 0 && at < b->p->n && b->p->steps[at].kind == STEP_NAVIGATE)
        at++;
    /* first, after a navigation, or a plan at its cap: in its place */
    if (at < 0 || at >= b->p->n || b->p->n + 1 > MAX_STEPS)
        return add_steps(b, &r, text, from) == 0 ? 1 : -1;
    r.st.clause = xstrdup(text);
    push_step(b, &r.st);
    step moved = b->p->steps[b->p->n - 1];
    memmove(&b->p->steps[at + 1], &b->p->steps[at], (size_t)(b->p->n - 1 - at) * sizeof(step));
    b->p->steps[at] = moved;
    for (int k = 0; k < b->nun; k++) /* clauses for the fallback keep their places */
        if (b->un[k].at > at) b->un[k].at++;
    return 1;
}

/* "read the Setup page: which version is required?": what is read before
 * a question is where to go, not the answer. The page's link instead, or
 * r unchanged. */
static void open_instead(const char *text, const target *prev, parsed *r)
{
    const char *v = r->verb[0] ? strcasestr(text, r->verb) : NULL;
    parsed o;
    if (r->st.kind != STEP_EXTRACT || r->st.sub != EXTRACT_TEXT || !target_named(&r->st.target) ||
        r->st.target.anchor || !v)
        return;
    char *m = xasprintf("open %s", v + strlen(r->verb));
    if (intents_parse(m, prev, 0, &o) == 0) {
        if (o.st.kind == STEP_CLICK && !o.has_pre) {
            step_free(&r->st);
            r->st = o.st;
            snprintf(r->verb, sizeof r->verb, "open");
        } else {
            step_free(&o.st), step_free(&o.pre);
        }
    }
    free(m);
}

/* "when is the card payment due, and what is the minimum?": a question
 * joined to one about a thing, naming none of its own, is about that
 * thing too. */
static void same_thing(builder *b, const char *a, const piece *pc, parsed *r)
{
    if (r->st.kind != STEP_EXTRACT || r->st.sub != EXTRACT_ANSWER || target_named(&r->st.target) ||
        pc->sep != SEP_SOFT || sentence_start(a, pc->from) || b->prev_first < 0 || r->has_pre)
        return;
    const step *prev = &b->p->steps[b->p->n - 1];
    if (prev->kind == STEP_EXTRACT && prev->sub != EXTRACT_ANSWER && prev->target.anchor &&
        !prev->target.near)
        r->st.target.text = xstrdup(prev->target.anchor);
}

/* np without a leading article: "the Bergen ferry" -> "Bergen ferry". */
static const char *bare_noun(const char *np)
{
    static const char *const arts[] = {"the ", "a ", "an ", NULL};
    for (int k = 0; arts[k]; k++)
        if (!strncasecmp(np, arts[k], strlen(arts[k]))) return np + strlen(arts[k]);
    return np;
}

/* The words of st with the thing they name replaced by np, a noun alone
 * ("what is the price of the Kettle?" and "the Toaster": "what is the
 * price of the Toaster?"), malloc'ed; NULL when np is no noun alone or st
 * names no thing its words hold. */
static char *swap_thing(const step *st, const char *np)
{
    int extend;
    char *noun = intents_follow_up(np, &extend), *out = NULL;
    const target *t = &st->target;
    const char *thing = t->anchor && !t->near ? t->anchor : t->text;
    const char *at = noun && thing && st->clause ? strcasestr(st->clause, thing) : NULL;
    if (at)
        out = xasprintf("%.*s%s%s", (int)(at - st->clause), st->clause, bare_noun(noun),
                        at + strlen(thing));
    free(noun);
    return out;
}

static int piece_has_verb(const char *a, const piece *pc)
{
    char *t = xstrndup(a + pc->from, pc->to - pc->from);
    int yes = intents_has_verb(t);
    free(t);
    return yes;
}

/* np names fields of a list's items: "the titles", "the names and
 * prices", not which items ("the cheapest three", "coursework and exam"). */
static int names_fields(const char *np)
{
    if (strncasecmp(np, "the ", 4) != 0) return 0;
    for (const char *w = np + 4; *w;) {
        size_t n = strcspn(w, " ,");
        if (n >= 4 && !strncasecmp(w + n - 3, "est", 3)) return 0;
        w += n;
        w += strspn(w, " ,");
    }
    size_t l = strlen(np);
    return l > 5 && tolower((unsigned char)np[l - 1]) == 's';
}

/* The thing a question is about: what the value is of ("the delivery date
 * of the Oak Desk"), or what an answer, price or count names; NULL for a
 * field of the page itself ("the title"). */
static const char *asked_thing(const step *q)
{
    const target *t = &q->target;
    if (t->anchor && !t->near) return t->anchor;
    return q->sub == EXTRACT_TEXT || q->sub == EXTRACT_LIST ? NULL : t->text;
}

/* "What is the delivery date of the Oak Desk? And the price?", "list the
 * course modules. Just the titles", "what are the fees? coursework and
 * exam please": a noun alone after a question asks the same of that
 * thing (a step more), or narrows the question (which it replaces). 1
 * when placed, 0 when not, -1 on error. */
/* The length of the entry of list (NULL-ended) that w starts with, or 0. */
static size_t prefix_in(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (!strncasecmp(w, list[k], strlen(list[k]))) return strlen(list[k]);
    return 0;
}

/* w past any of leads ("please ", "and ") said in a row at its start */
static const char *skip_leads(const char *w, const char *const *leads)
{
    for (int k = 0; leads[k];)
        if (!strncasecmp(w, leads[k], strlen(leads[k])))
            w += strlen(leads[k]), k = 0;
        else
            k++;
    return w;
}

/* "give me their start times", "tell me its author", "with their prices":
 * a request for fields of what the question before named, which the page
 * reads with that question (each item's name and those fields). */
static int their_fields(const char *text)
{
    static const char *const leads[] = {"please ", "and ",  "also ", "give ", "tell ",
                                        "show ",   "send ", "list ", "get ",  "me ",
                                        "us ",     "with ", "only ", "just ", NULL};
    const char *w = text + strspn(text, " ,;:");
    w = skip_leads(w, leads);
    /* "and who wrote it?" */
    static const char *const bylines[] = {
        "who wrote it",    "who posted it", "who sent it",   "who wrote them",
        "who posted them", "who made it",   "who shared it", NULL};
    if (prefix_in(w, bylines)) return 1;
    return !strncasecmp(w, "their ", 6) || !strncasecmp(w, "its ", 4) ||
           !strncasecmp(w, "each one's ", 11);
}

/* A question about items of a list by their place or their authors, which
 * the page reads whole: "what's the very last post in the feed and who
 * wrote it?", "tell me the last one", "find what Kim R. said about the
 * night tour". The question to ask (malloc'ed), or NULL. */
static char *list_question(const char *text)
{
    static const char *const leads[] = {"please ", "and ", "then ", "now ", NULL};
    static const char *const asks[] = {
        "what's the ",  "what is the ", "what was the ", "tell me the ", "show me the ",
        "give me the ", "read me the ", "read the ",     "get me the ",  NULL};
    static const char *const ends[] = {"last ", "final ", "bottom ", NULL};
    static const char *const finds[] = {"find out what ", "find what ", "tell me what ",
                                        "show me what ",  "see what ",  "read what ",
                                        "what did ",      NULL};
    static const char *const says[] = {
        " said about ",  " say about ", " says about ", " wrote about ", " posted about ",
        " write about ", NULL};
    const char *w = text + strspn(text, " ,;:");
    w = skip_leads(w, leads);
    for (int k = 0; finds[k]; k++) {
        if (strncasecmp(w, finds[k], strlen(finds[k]))) continue;
        for (int j = 0; says[j]; j++)
            if (strcasestr(w, says[j]))
                return !strncasecmp(w, "what ", 5) ? xstrdup(w) : xstrdup(strcasestr(w, "what "));
    }
    for (int k = 0; asks[k]; k++) {
        if (strncasecmp(w, asks[k], strlen(asks[k]))) continue;
        const char *x = w + strlen(asks[k]);
        if (!strncasecmp(x, "very ", 5)) x += 5;
        for (int j = 0; ends[j]; j++) {
            if (strncasecmp(x, ends[j], strlen(ends[j]))) continue;
            /* "the last item's price", "the last name of": a field, read as before */
            const char *noun = x + strlen(ends[j]);
            size_t n = strcspn(noun, " ,?.!");
            if ((n >= 2 && noun[n - 1] == 's' && noun[n - 2] == '\'') || strchr(noun, '\'') ||
                !strncasecmp(noun, "name", 4) || strstr(noun, " of "))
                return NULL;
            return xstrdup(w);
        }
    }
    return NULL;
}

static int follow_up(builder *b, const char *text, size_t from)
{
    int extend, rc = 0, at = b->p->n - 1;
    const step *q = at >= 0 ? &b->p->steps[at] : NULL;
    if (!q || q->kind != STEP_EXTRACT || !q->clause || q->sub == EXTRACT_SHAPE) return 0;
    /* "Is a lift out of order? Tell me which.": one question, read whole */
    if (q->sub == EXTRACT_ANSWER && q->value && intents_yes_no(q->value) &&
        intents_asks_back(text)) {
        step *qs = &b->p->steps[at];
        char *both = xasprintf("%s %s", qs->value, text);
        free(qs->value);
        qs->value = both;
        return 1;
    }
    char *np = intents_follow_up(text, &extend);
    if (!np && q->sub == EXTRACT_ANSWER && their_fields(text)) np = xstrdup(text), extend = 0;
    if (!np) return 0;
    const char *thing = asked_thing(q);
    char *m = NULL;
    parsed r;
    if (q->sub == EXTRACT_LIST && q->target.text && names_fields(np))
        m = xasprintf("list the %s of each %s", bare_noun(np), q->target.text);
    else if (extend && thing)
        m = xasprintf("what is the %s of %s?", bare_noun(np), thing);
    if (m && intents_parse(m, NULL, INTENTS_STRICT, &r) == 0) {
        if (r.st.kind != STEP_EXTRACT || r.has_pre)
            step_free(&r.st), step_free(&r.pre), free(m), m = NULL;
    } else {
        free(m), m = NULL;
    }
    if (!m) { /* the page reads both: the question and what follows it */
        memset(&r, 0, sizeof r);
        r.repeat = 1;
        r.st.kind = STEP_EXTRACT;
        r.st.sub = EXTRACT_ANSWER;
        const char *asked = q->value && q->sub == EXTRACT_ANSWER ? q->value : q->clause;
        size_t n = strlen(asked);
        r.st.value = extend && thing ? xasprintf("what is %s of %s?", np, thing)
                                     : xasprintf("%s%s %s", asked,
                                                 n && strchr("?.!", asked[n - 1]) ? "" : ",", text);
        if (thing && !extend)
            target_copy(&r.st.target, &q->target);
        else if (thing)
            r.st.target.text = xstrdup(thing);
    }
    if (!extend) remove_steps(b, at, at + 1); /* narrowed: asked once */
    rc = add_steps(b, &r, text, from) == 0 ? 1 : -1;
    free(m);
    free(np);
    return rc;
}

/* "..., but don't send it", "without confirming": a request the page
 * reads that is to stop before its form is sent. 1 when text says so. */
static int keeps_unsent(const char *text)
{
    static const char *const leads[] = {"but ", "and ", "then ", "just ", NULL};
    static const char *const nots[] = {"don't ", "dont ", "do not ", "never ", "without ", NULL};
    static const char *const verbs[] = {"send",   "submit",   "confirm", "book",  "pay", "order",
                                        "finish", "complete", "press",   "click", NULL};
    const char *p = skip_leads(text, leads);
    size_t neg = prefix_in(p, nots);
    if (!neg) return 0;
    p += neg;
    if (!strncasecmp(p, "actually ", 9)) p += 9;
    return prefix_in(p, verbs) > 0;
}

/* "..., pay by invoice", "paying with card 4111 ...": how a request the
 * page reads is paid is data of its form. 1 when text says so. */
static int pays_by(const char *text)
{
    static const char *const heads[] = {"pay by ",    "pay with ",    "pay via ",    "pay using ",
                                        "paying by ", "paying with ", "paying via ", NULL};
    return prefix_in(text, heads) > 0;
}

/* "Book it.", "confirm it" after a request the page read: "it" is the
 * form that request filled, sent with its button (the verb's, else its
 * own submit). The verb's length when text says so (*verb: where it
 * starts), else 0. */
static size_t sends_it(const char *text, const char **verb)
{
    static const char *const leads[] = {"please ", "then ", "and ", "now ", "just ", NULL};
    static const char *const verbs[] = {"book ",    "confirm ",  "request ",  "order ",
                                        "reserve ", "submit ",   "schedule ", "file ",
                                        "finish ",  "complete ", NULL};
    static const char *const objs[] = {"it", "this", "that", "them", NULL};
    const char *p = skip_leads(text, leads);
    size_t v = prefix_in(p, verbs), o = v ? prefix_in(p + v, objs) : 0;
    if (!o || strspn(p + v + o, ".!, ") != strlen(p + v + o)) return 0;
    *verb = p;
    return v - 1;
}

/* "The kayak at <url> is sold out: ...": the state of a thing the request
 * after the colon names by "it", or an address to open; no heading. */
static int stated_thing(const char *text)
{
    int statement = 0;
    char *thing = intents_thing(text, &statement);
    free(thing);
    return statement || strstr(text, "://") != NULL;
}

/* "Note: the gate code is 4411", "Note for the guide: first time": up to
 * four words and a colon, then a statement, no question. 1 when text
 * has that shape. */
static int lead_colon(const char *text)
{
    const char *p = text;
    for (int words = 0; words < 4; words++) {
        size_t n = 0;
        while (isalpha((unsigned char)p[n]))
            n++;
        if (!n) return 0;
        p += n;
        if (*p == ':') return p[1] == ' ' && !strchr(p, '?');
        if (*p != ' ') return 0;
        p++;
    }
    return 0;
}

/* "It's a grand piano.", "It is an upright.": a sentence that says what
 * the thing asked for is (the rules drop it as a reason given beside a
 * request). 1 when text opens so. */
static int says_what_it_is(const char *text)
{
    static const char *const leads[] = {"it's a ", "it is a ", "it's an ", "it is an ", NULL};
    return prefix_in(text, leads) > 0;
}

/* "Collect it from 14 Cardigan Road", "deliver them to 7 Elm St": where
 * the thing of the request before goes or comes from, with a value (a
 * number), is more data of its form */
static int it_with_value(const char *text)
{
    static const char *const its[] = {" it ", " them ", NULL};
    static const char *const preps[] = {"from ", "to ", "at ", "on ", "by ", NULL};
    const char *sp = strchr(text, ' ');
    return sp && strpbrk(text, "0123456789") && starts_pair(sp, its, preps);
}

/* The STEP_DO just read takes these words too ("..., but don't send it"). */
static void do_extend(builder *b, const char *text)
{
    step *st = &b->p->steps[b->p->n - 1];
    char *v = xasprintf("%s, %s", st->value, text);
    free(st->value);
    st->value = v;
    if (st->clause) {
        char *c = xasprintf("%s, %s", st->clause, text);
        free(st->clause);
        st->clause = c;
    }
}

/* "add these: 1. book flights 2. reserve hotel 3. rent a car", "put three
 * things on my list please: call the plumber, renew passport, and pay the
 * bill": the entries after the colon, put where the words held their
 * place ("these", "three things", "the following") or after the verb,
 * each quoted, so that the entries are read as a list ("put 'call the
 * plumber', 'renew passport' and 'pay the bill' on my list please").
 * Malloc'ed; NULL when a does not list entries so. */
static char *listed_after_colon(const char *a)
{
    static const char *const verbs[] = {"add", "put", "create", "jot", "include", "throw", NULL};
    static const char *const holders[] = {"these", "following", "them", NULL};
    static const char *const counts[] = {"two",  "three", "four", "five", "six", "seven", "eight",
                                         "nine", "ten",   "some", "few",  "2",   "3",     "4",
                                         "5",    "6",     "7",    "8",    "9",   "10",    NULL};
    static const char *const nouns[] = {"things", "items",   "tasks",     "todos",
                                        "to-dos", "entries", "reminders", "errands",
                                        "chores", "lines",   "notes",     NULL};
    const char *colon = a;
    while ((colon = strchr(colon, ':')) && colon[1] != ' ' && colon[1] != '\n')
        colon++;
    if (!colon) return NULL;
    int lines = colon[1] == '\n'; /* an entry a line, up to an empty line */
    /* the words before the colon: a verb of adding, and the words that
     * stand for the entries */
    const char *hold = NULL, *hold_end = NULL, *verb_end = NULL;
    for (const char *w = a; w < colon;) {
        w += strspn(w, " ,\n\t");
        size_t n = strcspn(w, " ,\n\t");
        if (w + n > colon) n = (size_t)(colon - w);
        if (!n) break;
        if (!verb_end && word_in(w, n, verbs)) verb_end = w + n;
        if (verb_end && !hold && (word_in(w, n, holders) || word_in(w, n, counts))) {
            const char *x = w + n, *y = x + strspn(x, " ");
            size_t m = strcspn(y, " ,:");
            if (y + m > colon) m = (size_t)(colon - y);
            if (m && (!strncasecmp(y, "new ", 4) || !strncasecmp(y, "more ", 5))) {
                y += strcspn(y, " ") + 1;
                m = strcspn(y, " ,:");
                if (y + m > colon) m = (size_t)(colon - y);
            }
            int noun = m && word_in(y, m, nouns);
            if (word_in(w, n, holders) || noun) {
                hold = w;
                hold_end = noun ? y + m : x;
                /* "the following", "a few things": the word before goes too */
                if (hold - a >= 4 && !strncasecmp(hold - 4, "the ", 4)) hold -= 4;
                if (hold - a >= 2 && !strncasecmp(hold - 2, "a ", 2)) hold -= 2;
            }
        }
        w += n;
    }
    if (!verb_end) return NULL;
    if (!hold) {
        if (colon != verb_end) return NULL; /* "add: milk, eggs" only */
        hold = hold_end = verb_end;
    }
    /* the entries: numbered ("1. a 2. b"), else parted by commas, "and"
     * or semicolons, up to the sentence's end */
    const char *p = colon + 2, *end;
    char *items[16];
    p += strspn(p, " ");
    int n = 0, numbered = isdigit((unsigned char)*p) && (p[1] == '.' || p[1] == ')') && p[2] == ' ';
    for (end = p; lines && *end && !(end[0] == '\n' && end[1] == '\n'); end++)
        ;
    for (; !lines && *end && *end != '\n'; end++) {
        if ((*end == '!' || *end == '?') && (!end[1] || end[1] == ' ')) break;
        if (*end == '.' && (!end[1] || end[1] == ' ') &&
            !(numbered && isdigit((unsigned char)end[-1]) && (end - p < 2 || end[-2] == ' ')) &&
            !(numbered && end[1] == ' ' && isdigit((unsigned char)end[2])))
            break;
    }
    for (const char *q = p; q < end && n < 16;) {
        q += strspn(q, lines ? " \n\t-*\xe2\x80\xa2" : " ,;");
        size_t num = strspn(q, "0123456789");
        if (num && (q[num] == '.' || q[num] == ')') && q[num + 1] == ' ') /* "1. ", "2) " */
            q += num + 1 + strspn(q + num + 1, " ");
        if (!numbered && !strncasecmp(q, "and ", 4)) q += 4;
        const char *e = q;
        while (e < end) {
            if (lines) {
                if (*e == '\n') break;
            } else if (numbered ? (e[0] == ' ' && isdigit((unsigned char)e[1]) &&
                                   (e[2] == '.' || e[2] == ')' ||
                                    (isdigit((unsigned char)e[2]) && (e[3] == '.' || e[3] == ')'))))
                                : (*e == ',' || *e == ';' || !strncasecmp(e, " and ", 5)))
                break;
            e++;
        }
        size_t len = (size_t)(e - q);
        while (len && strchr(" ,;.\r", q[len - 1]))
            len--;
        if (len >= 2 && (q[0] == '\'' || q[0] == '"') && q[len - 1] == q[0]) q++, len -= 2;
        if (len) items[n++] = xstrndup(q, len);
        q = e;
    }
    char *out = NULL;
    int words_ok = n >= 2;
    for (int k = 0; k < n && words_ok; k++) { /* entries, not sentences or fields */
        int spaces = 0;
        for (const char *x = items[k]; *x; x++)
            spaces += *x == ' ';
        words_ok = spaces < 8 && !strchr(items[k], '@') && !strchr(items[k], ':');
    }
    if (words_ok) {
        buf b = {0};
        buf_printf(&b, "%.*s", (int)(hold - a), a);
        if (hold == verb_end) buf_puts(&b, " ");
        for (int k = 0; k < n; k++) {
            char q = strchr(items[k], '\'') ? '"' : '\'';
            buf_printf(&b, "%s%c%s%c", k == 0 ? "" : k + 1 < n ? ", " : " and ", q, items[k], q);
        }
        const char *rest = hold_end;
        if (hold == verb_end) rest = colon + 1; /* nothing between the verb and the colon */
        buf_printf(&b, "%.*s%s", (int)(colon - rest > 0 ? colon - rest : 0), rest, end);
        out = buf_steal(&b);
    }
    for (int k = 0; k < n; k++)
        free(items[k]);
    return out;
}

/* Where the clause around [p, e) of a begins and ends: at a sentence's
 * end, a comma, "; ", " then " or " and ". */
static void clause_bounds(const char *a, const char *p, const char *e, const char **s,
                          const char **t)
{
    static const char *const marks[] = {". ", ", ", "; ", " then ", " and ", NULL};
    *s = a;
    *t = e + strlen(e);
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        for (const char *x = a; (x = strcasestr(x, marks[i])) && x + n <= p; x++)
            if (x + n > *s) *s = x + n;
        const char *y = strcasestr(e, marks[i]);
        if (y && y < *t) *t = y;
    }
}

/* "mark the first two as done", "delete the top 3 entries": the clause
 * once for each ("mark the first entry as done, then mark the second
 * entry as done"), each naming one entry by its place, as the page's
 * list orders them. Malloc'ed, or NULL when a says no such count. */
static char *spelled_ordinals(const char *a)
{
    static const char *const counts[] = {"two", "three", "four", "five", NULL};
    static const char *const ords[] = {"first", "second", "third", "fourth", "fifth"};
    static const char *const nouns[] = {"items", "entries", "todos", "to-dos",  "tasks",
                                        "ones",  "rows",    "lines", "of them", NULL};
    for (const char *p = a; (p = strcasestr(p, "the ")); p++) {
        if (p > a && isalnum((unsigned char)p[-1])) continue;
        const char *q = p + 4;
        if (!strncasecmp(q, "first ", 6))
            q += 6;
        else if (!strncasecmp(q, "top ", 4))
            q += 4;
        else
            continue;
        size_t wl = strcspn(q, " ,.;!?");
        int n = 0;
        for (int i = 0; counts[i] && !n; i++)
            if (word_in(q, wl, (const char *const[]){counts[i], NULL})) n = i + 2;
        if (!n && wl == 1 && *q >= '2' && *q <= '5') n = *q - '0';
        if (!n) continue;
        const char *e = q + wl;
        for (int i = 0; nouns[i]; i++) {
            size_t m = strlen(nouns[i]);
            if (*e == ' ' && !strncasecmp(e + 1, nouns[i], m) && !isalnum((unsigned char)e[1 + m]))
                e += 1 + m;
        }
        /* "the first two as done", "the first 3 off": the entries; "the
         * first two headlines" names things to read */
        static const char *const after[] = {"as",  "off",  "on",        "in",     "from", "to",
                                            "of",  "and",  "then",      "please", "for",  "done",
                                            "too", "from", "completed", NULL};
        const char *nx = e + (*e == ' ');
        if (isalnum((unsigned char)*e) || (*e == ' ' && !word_in(nx, strcspn(nx, " ,.;!?"), after)))
            continue;
        const char *s, *t;
        clause_bounds(a, p, e, &s, &t);
        /* "On <url> delete the first two": the request begins after the address */
        for (const char *u = s; (u = strstr(u, "://")) && u < p; u++)
            s = u + strcspn(u, " \n");
        s += strspn(s, " \n");
        static const char *const reads[] = {"get",   "what",    "which",  "list", "read", "show",
                                            "tell",  "extract", "return", "give", "find", "copy",
                                            "count", "how",     "who",    NULL};
        const char *v = s + strspn(s, " ");
        if (word_in(v, strcspn(v, " ,"), reads)) continue;
        /* what goes leaves the next one first */
        static const char *const goes[] = {"delete",  "remove",  "clear", "trash",
                                           "archive", "dismiss", NULL};
        int same = word_in(v, strcspn(v, " ,"), goes);
        buf b = {0};
        buf_printf(&b, "%.*s", (int)(s - a), a);
        for (int k = 0; k < n; k++)
            buf_printf(&b, "%s%.*sthe %s entry%.*s", k ? ", then " : "", (int)(p - s), s,
                       ords[same ? 0 : k], (int)(t - e), e);
        buf_puts(&b, t);
        return buf_steal(&b);
    }
    return NULL;
}

/* "I've got the seed trays and the slug pellets, tick them off", "add milk
 * and eggs, then tick them off": "them" is the things the clause before
 * lists; the clause with them said ("tick off the seed trays and the slug
 * pellets"), malloc'ed, or NULL. */
static char *them_named(const char *a, size_t from, const char *text)
{
    static const char *const leads[] = {
        "i've got ",  "i have got ",  "i have ",         "i got ",
        "we've got ", "we have ",     "i've bought ",    "i bought ",
        "we bought ", "i picked up ", "i've picked up ", "add ",
        "put ",       "i've added ",  "i added ",        NULL};
    static const char *const prons[] = {"them", "those", "these", "both", NULL};
    const char *pr = NULL;
    size_t pl = 0;
    for (int k = 0; prons[k] && !pr; k++) {
        size_t n = strlen(prons[k]);
        for (const char *p = strcasestr(text, prons[k]); p && !pr; p = strcasestr(p + 1, prons[k]))
            if ((p == text || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
                pr = p, pl = n;
    }
    if (!pr || pr == text) return NULL; /* a verb comes first: "tick them off" */
    /* the last lead before this clause, to the clause's own start */
    const char *list = NULL;
    for (const char *p = a; p < a + from; p++)
        for (int k = 0; leads[k]; k++)
            if ((p == a || !isalnum((unsigned char)p[-1])) &&
                !strncasecmp(p, leads[k], strlen(leads[k])))
                list = p + strlen(leads[k]);
    if (!list || list >= a + from) return NULL;
    size_t n = (size_t)(a + from - list);
    while (n && strchr(" ,.;:", list[n - 1]))
        n--;
    if (n >= 5 && !strncasecmp(list + n - 5, " then", 5)) n -= 5;
    while (n && strchr(" ,.;:", list[n - 1]))
        n--;
    char *l = xstrndup(list, n), *out = NULL;
    if (strstr(l, " and ") && !strpbrk(l, "\"'") && n < 120) {
        /* "tick them off": the particle before the things ("tick off the ...") */
        const char *after = pr + pl;
        int off = !strncasecmp(after, " off", 4) && !isalnum((unsigned char)after[4]);
        out = xasprintf("%.*s%s%s%s", (int)(pr - text), text, off ? "off " : "", l,
                        off ? after + 4 : after);
    }
    free(l);
    return out;
}

/* "can you untick it?", "could you add milk, please?": a request said as a
 * question is a request; its mark goes ("can you tell me the price?"
 * still asks). */
static void polite_request(char *text)
{
    static const char *const leads[] = {"can you ", "could you ", "would you ", "will you ",
                                        "can u ",   "could u ",   NULL};
    static const char *const tells[] = {"tell ",  "show ", "give ",        "let ",         "find ",
                                        "check ", "see ",  "say ",         "list ",        "get ",
                                        "look ",  "help ", "please tell ", "please show ", NULL};
    size_t n = strlen(text), lead = prefix_in(text, leads);
    if (!lead || n <= lead || text[n - 1] != '?' || prefix_in(text + lead, tells)) return;
    text[n - 1] = '\0';
    if (intents_asks(text + lead)) text[n - 1] = '?';
}

/* "what's the name that shows up under the third picture when you hover
 * it?": the hover first, then the question without its "when" ("hover
 * over the third picture, then what's the name that shows up under the
 * third picture?"). "it" is the last thing the question names with "the".
 * Malloc'ed, or NULL when a asks nothing so. */
static char *hover_first(const char *a)
{
    static const char *const whens[] = {
        " when you hover", " when i hover",   " if you hover",        " once you hover",
        " when hovering",  " after hovering", " when you mouse over", NULL};
    const char *w = NULL;
    size_t wl = 0;
    for (int i = 0; whens[i] && !w; i++)
        if ((w = strcasestr(a, whens[i]))) wl = strlen(whens[i]);
    if (!w) return NULL;
    const char *t = w + wl;
    t += strspn(t, " ");
    if (!strncasecmp(t, "over ", 5))
        t += 5;
    else if (!strncasecmp(t, "on ", 3))
        t += 3;
    size_t tl = strcspn(t, "?.!");
    while (tl && t[tl - 1] == ' ')
        tl--;
    if (t[tl + strspn(t + tl, "?.! ")]) return NULL; /* more words after it: not this */
    /* the question's start: its wh-word */
    static const char *const asks[] = {"what", "which", "who", "how", "tell me", NULL};
    const char *q = NULL;
    for (int i = 0; asks[i]; i++) {
        const char *x = strcasestr(a, asks[i]);
        if (x && x < w && (x == a || !isalnum((unsigned char)x[-1])) && (!q || x < q)) q = x;
    }
    if (!q) return NULL;
    /* a thing named after "hover" is the agent's to hover as it reads */
    if (!(tl == 0 || (tl == 2 && !strncasecmp(t, "it", 2)) ||
          (tl == 4 && !strncasecmp(t, "them", 4))))
        return NULL;
    const char *the = NULL;
    for (const char *x = q; (x = strcasestr(x, " the ")) && x < w; x++)
        the = x + 1;
    if (!the) return NULL;
    /* the question keeps no place of the thing ("that shows up under the
     * third picture": "that shows up") */
    static const char *const preps[] = {"under ", "below ", "beneath ", "beside ", "next to ",
                                        "over ",  "on ",    "of ",      "above ",  NULL};
    const char *cut = the;
    for (int i = 0; preps[i]; i++) {
        size_t n = strlen(preps[i]);
        if ((size_t)(the - q) > n && !strncasecmp(the - n, preps[i], n) && the[-n - 1] == ' ')
            cut = the - n - 1;
    }
    return xasprintf("%.*shover over %.*s, then %.*s?", (int)(q - a), a, (int)(w - the), the,
                     (int)(cut - q), q);
}

/* "clear whatever is in the editor", "delete everything in the notes
 * box": the field itself is cleared ("clear the editor"). */
static void whatever_in(char *text)
{
    static const char *const verbs[] = {"clear ", "empty ", "erase ", "wipe ", NULL};
    static const char *const alls[] = {"out whatever is in ",
                                       "whatever is in ",
                                       "whatever's in ",
                                       "out everything in ",
                                       "everything in ",
                                       "anything in ",
                                       "all the text in ",
                                       "all text in ",
                                       "the text in ",
                                       "whatever text is in ",
                                       NULL};
    for (char *w = text; *w; w++) {
        if (w > text && w[-1] != ' ') continue;
        size_t v = prefix_in(w, verbs), n = v ? prefix_in(w + v, alls) : 0;
        if (n) {
            memmove(w + v, w + v + n, strlen(w + v + n) + 1);
            return;
        }
    }
}

static int parse_action(builder *b, const char *a)
{
    /* the words said another way first, each read as the whole action */
    static char *(*const rewrites[])(const char *) = {hover_first, spelled_ordinals,
                                                      listed_after_colon};
    for (size_t k = 0; k < sizeof rewrites / sizeof rewrites[0]; k++) {
        char *again = rewrites[k](a);
        if (again) {
            int rc = parse_action(b, again);
            free(again);
            return rc;
        }
    }
    pieces ps = {.base = a};
    int rc = 0;
    split_pieces(a, collect_piece, &ps);
    b->prev_first = -1;
    int first = b->p->n, retract = 0;
    for (int k = 0; k < ps.n && rc == 0; k++) {
        const piece *pc = &ps.v[k];
        char *text = xstrndup(a + pc->from, pc->to - pc->from);
        parsed r;
        int done = 0;
        polite_request(text);
        whatever_in(text);
        char *named = k > 0 ? them_named(a, pc->from, text) : NULL;
        if (named) { /* read whole, as if said so: a step for each thing */
            free(text);
            rc = parse_action(b, named);
            free(named);
            continue;
        }
        if (b->p->n > first && b->prev_kind == STEP_DO &&
            b->p->steps[b->p->n - 1].kind == STEP_DO && b->p->steps[b->p->n - 1].value &&
            (keeps_unsent(text) || it_with_value(text) ||
             (pays_by(text) && strpbrk(b->p->steps[b->p->n - 1].value, "@0123456789")))) {
            do_extend(b, text); /* the page's form filled, not sent */
            free(text);
            continue;
        }
        /* "set the title to Foo and save it": the change saved */
        step_kind pk = b->p->n > first ? b->p->steps[b->p->n - 1].kind : STEP_KIND_COUNT;
        if ((pk == STEP_TYPE || pk == STEP_SELECT || pk == STEP_CHECK || pk == STEP_UNCHECK ||
             pk == STEP_FILL) &&
            intents_save_it(text)) {
            parsed sr = {.repeat = 1};
            sr.st.kind = STEP_CLICK;
            sr.st.target.text = xstrdup("save");
            rc = add_steps(b, &sr, text, pc->from);
            free(text);
            continue;
        }
        const char *v = NULL;
        size_t verb =
            b->p->n > first && b->p->steps[b->p->n - 1].kind == STEP_DO ? sends_it(text, &v) : 0;
        if (verb) { /* "Book it." after the request that filled the form */
            parsed sr = {.repeat = 1};
            sr.st.kind = STEP_SUBMIT;
            sr.st.target.text = xstrndup(v, verb);
            rc = add_steps(b, &sr, text, pc->from);
            free(text);
            continue;
        }
        /* "Book a tuning visit. It's a grand piano.": data of the form the
         * request opened, a step the page reads (one clause with the request
         * when a send follows) */
        if (b->p->n > first && b->p->steps[b->p->n - 1].kind == STEP_DO &&
            sentence_start(a, pc->from) && says_what_it_is(text)) {
            parsed d = {0};
            if (intents_fallback(text, NULL, &d) == 0 && d.st.kind == STEP_DO) {
                rc = add_steps(b, &d, text, pc->from);
                free(text);
                continue;
            }
            step_free(&d.st), step_free(&d.pre);
        }
        if (intents_only_filler(text, k == ps.n - 1)) { /* "First," "Next:", "Thanks!" */
            if (!b->filler[0]) snprintf(b->filler, sizeof b->filler, "%s", text);
            free(text);
            continue;
        }
        /* "no, the blue one": what follows corrects the request before */
        if (b->p->n > 0 && k + 1 < ps.n && ps.v[k + 1].sep == SEP_SOFT &&
            !sentence_start(a, ps.v[k + 1].from) && intents_retraction(text)) {
            retract = 1;
            free(text);
            continue;
        }
        /* "I mean how many of its items are done": the request before is
         * replaced (its page kept), once this one is read */
        size_t fix = intents_correction(text);
        int correcting = fix > 0 || retract, fix_from = -1, fix_to = b->p->n;
        retract = 0;
        if (correcting) {
            fix_from = b->prev_first >= 0 ? b->prev_first : b->p->n - 1;
            while (fix_from >= 0 && fix_from < fix_to &&
                   b->p->steps[fix_from].kind == STEP_NAVIGATE)
                fix_from++;
            char *rest = xstrdup(text + fix);
            free(text);
            text = rest;
            /* "I meant the Bergen ferry": the request before, about it */
            char *again = fix_from >= 0 && fix_from < fix_to
                              ? swap_thing(&b->p->steps[fix_to - 1], text)
                              : NULL;
            if (again) free(text), text = again;
        }
        if (b->ctx_used &&
            (pc->sep != SEP_SOFT || sentence_start(a, pc->from))) { /* "then", ". " */
            target_free(&b->ctx);
            b->ctx_used = 0;
        }
        if ((done = place_hint(b, text, pc->from, 0)) != 0) {
            free(text);
            if (done < 0) rc = -1;
            continue;
        }
        /* a noun alone after a question: asked of the same thing, or
         * narrowing it ("And the price?", "Just the titles.") */
        if (!correcting &&
            (b->prev_first < 0 || sentence_start(a, pc->from) || text[strlen(text) - 1] == '?')) {
            int last = k; /* "coursework and exam please": one noun phrase */
            while (last + 1 < ps.n && last + 1 <= k + MERGE_AHEAD &&
                   ps.v[last + 1].sep == SEP_SOFT && !sentence_start(a, ps.v[last + 1].from) &&
                   !piece_has_verb(a, &ps.v[last + 1]))
                last++;
            char *np = xstrndup(a + pc->from, ps.v[last].to - pc->from);
            done = follow_up(b, np, pc->from);
            free(np);
            if (done != 0) {
                k = last;
                free(text);
                if (done < 0) rc = -1;
                continue;
            }
        }
        /* "request it for Kofi Mensah, kofi@x.example, who is a new
         * patient": a clause about the person or thing just named is more
         * of the request the page reads, not a question */
        if (!correcting && pc->sep == SEP_SOFT && b->p->n > first && b->prev_kind == STEP_DO &&
            b->p->steps[b->p->n - 1].kind == STEP_DO && b->p->steps[b->p->n - 1].value &&
            !sentence_start(a, pc->from) && relative_clause(text)) {
            do_extend(b, text);
            free(text);
            continue;
        }
        int field = k > 0 && field_of_list(a, &ps.v[k - 1], text);
        /* "...; on the results limit the price": the words after a place
         * said for them act there, not on the clause before the place */
        int placed = (b->ctx.anchor || b->ctx.anchor_role) && !b->ctx_used && !b->ctx_soft;
        int cont = !correcting && pc->sep == SEP_SOFT && b->prev_first >= 0 && !placed &&
                   (!intents_has_verb(text) || field) && !sentence_start(a, pc->from);
        if (cont) done = join_previous(b, a, pc, text, field);
        /* "click Save and Continue": a capitalized word goes on the name */
        if (!correcting && !cont && pc->sep == SEP_SOFT && b->prev_first >= 0 &&
            b->prev_kind == STEP_CLICK && !sentence_start(a, pc->from) &&
            one_capitalized(a, pc->from, text))
            done = try_clause(b, a, b->prev_from, pc->to, 0, 1);
        char *lq = !done && !correcting ? list_question(text) : NULL;
        /* "..., then tell me the last post and who wrote it": asked with it */
        while (lq && k + 1 < ps.n && ps.v[k + 1].sep == SEP_SOFT) {
            char *nx = xstrndup(a + ps.v[k + 1].from, ps.v[k + 1].to - ps.v[k + 1].from);
            int with = their_fields(nx);
            if (with) {
                char *both = xasprintf("%s and %s", lq, nx + strspn(nx, " ,;"));
                free(lq);
                lq = both;
                k++;
            }
            free(nx);
            if (!with) break;
        }
        if (lq) {
            memset(&r, 0, sizeof r);
            r.repeat = 1;
            r.st.kind = STEP_EXTRACT;
            r.st.sub = EXTRACT_ANSWER;
            r.st.value = lq;
            done = add_steps(b, &r, text, pc->from) == 0 ? 1 : -1;
            if (done < 0) rc = -1;
        }
        if (!done) {
            if (intents_parse(text, last_target(b, b->p->n), 0, &r) == 0) {
                parsed d = {0};
                /* "Make an appointment. Note: ...": a note for the form
                 * that request opened, not a reading of the page */
                if (r.st.kind == STEP_EXTRACT && b->p->n > first &&
                    b->p->steps[b->p->n - 1].kind == STEP_DO && lead_colon(text) &&
                    intents_fallback(text, NULL, &d) == 0 && d.st.kind == STEP_DO) {
                    step_free(&r.st), step_free(&r.pre);
                    r = d;
                } else {
                    step_free(&d.st), step_free(&d.pre);
                }
                if (colon_ended(a, pc->to)) open_instead(text, last_target(b, b->p->n), &r);
                same_thing(b, a, pc, &r);
                if ((done = one_question(b, a, pc, &r)) != 0)
                    step_free(&r.st), step_free(&r.pre);
                else
                    done = add_steps(b, &r, text, pc->from) == 0 ? 1 : -1;
                if (done == 1) apply_context(b);
                if (done == 1) found_context(b);
            } else {
                if (cont && names_element(b->prev_kind) && label_like(text))
                    done = try_clause(b, a, b->prev_from, pc->to, 0, 1);
                /* "click the Save button and the Close button" */
                /* "... and then the file index.js": the verb before, again */
                if (!done &&
                    (cont ||
                     (pc->sep == SEP_HARD && b->prev_first >= 0 && !intents_has_verb(text))) &&
                    names_element(b->prev_kind) && !strncasecmp(text, "the ", 4))
                    done = with_prev_verb(b, pc, text, 0);
                if (!done) done = join_forward(b, a, &ps, &k);
                /* "On <url>, in the Advanced section, which region is set?" */
                if (!done && k + 1 < ps.n && ps.v[k + 1].sep == SEP_SOFT) {
                    char *next = xstrndup(a + ps.v[k + 1].from, ps.v[k + 1].to - ps.v[k + 1].from);
                    char *aside = xasprintf("(%s)", text);
                    if (intents_asks(next) && !intents_has_verb(text))
                        done = place_hint(b, aside, pc->from, 1);
                    free(aside);
                    free(next);
                }
                if (!done && k + 1 < ps.n) done = read_context(b, text);
                /* "Question: who ...?": a heading before a colon */
                if (!done && k + 1 < ps.n && colon_ended(a, pc->to) && !intents_has_verb(text) &&
                    !stated_thing(text)) {
                    free(text);
                    continue;
                }
                if (!done && r.hint[0]) done = stated_value(b, text);
                /* "Use <url> to request ...": the address opens, the rest is read */
                if (!done && !b->fallback &&
                    (!r.hint[0] || !intents_final(text, r.hint) || intents_asks(text) ||
                     strstr(text, "://")))
                    done = ground_later(b, a, pc, text, cont);
                if (!done && b->fallback) { /* for the fallback, at its place */
                    b->un = xgrow(b->un, b->nun, &b->capun, sizeof *b->un);
                    b->un[b->nun++] = (unread){b->p->n, xstrdup(text)};
                    b->prev_first = -1; /* nothing joins across it */
                    done = 1;
                }
                if (!done) fail(b, text, r.hint);
            }
        }
        if (done != 1) rc = -1;
        if (done == 1 && fix_from >= 0 && fix_from < fix_to && fix_to < b->p->n &&
            (b->p->steps[fix_to - 1].kind == STEP_EXTRACT) ==
                (b->p->steps[b->p->n - 1].kind == STEP_EXTRACT))
            remove_steps(b, fix_from, fix_to);
        free(text);
    }
    free(ps.v);
    if (rc == 0) one_list(b, first);
    if (rc == 0) form_words(b, first);
    if (rc == 0) one_request(b, first);
    if (rc == 0) one_form(b, first);
    if (rc == 0 && !b->ctx_soft && !b->ctx_used && (b->ctx.anchor || b->ctx.anchor_role)) {
        fail(b, b->ctx_clause, "say what to do there, e.g. on @sam's post, click Like");
        rc = -1;
    }
    target_free(&b->ctx);
    target_free(&b->sought);
    b->ctx_used = 0;
    return rc;
}

/* The action of instructions[i], or NULL (i may be out of range). */
static const char *action_at(json_t *instructions, size_t i)
{
    return json_string_value(json_object_get(json_array_get(instructions, i), "action"));
}

/* Read each action of instructions onto the plan. 0, or -1 with b->err. */
/* The action's own reading already signs in with the account it says
 * ("log in as alice with password secret, then ..."), not with a word
 * beside it ("log in (email jo@x.io, ...)" read "email" as the account). */
static int logs_in(const char *a, const char *account)
{
    plan p = {0};
    char err[256];
    builder t = {.p = &p, .err = err, .errlen = sizeof err, .prev_first = -1, .thing_at = -1};
    int yes = 0;
    if (parse_action(&t, a) == 0)
        for (int i = 0; i < p.n && !yes; i++)
            yes = p.steps[i].kind == STEP_LOGIN && p.steps[i].value && p.steps[i].value2 &&
                  !strcmp(p.steps[i].value, account);
    plan_free(&p);
    free(t.thing);
    return yes;
}

/* A written address that no step of the action's (from index first on)
 * opens, lost by a reading that kept only the request around it ("I want a
 * floor lamp. Locate it on <url> (it's further down) and put it in my
 * cart", "On <url> add two mugs to my cart"), opens before them, and leaves
 * the words read at run time. An address typed into a field is a value,
 * and the page already open is not opened again. */
static void address_kept(builder *b, const char *a, int first, int un_from)
{
    plan *p = b->p;
    char *url = first < p->n ? intents_first_url(a) : NULL;
    if (!url) return;
    int opened = 0, last = -1;
    for (int k = 0; k < first; k++)
        if (p->steps[k].kind == STEP_NAVIGATE) last = k;
    opened = last >= 0 && p->steps[last].value && !strcmp(p->steps[last].value, url);
    for (int k = first; k < p->n && !opened; k++) {
        const step *st = &p->steps[k];
        if (st->kind == STEP_SEARCH && st->value2) opened = 1;
        if (st->kind == STEP_NAVIGATE) opened = 1;
        if (st->kind == STEP_NAVIGATE) continue;
        if (st->kind != STEP_DO && st->kind != STEP_EXTRACT && st->value && strstr(st->value, url))
            opened = 1;
        for (int f = 0; st->values && st->values[f] && !opened; f++)
            opened = strstr(st->values[f], url) != NULL;
    }
    for (int k = first; k < p->n && !opened; k++) {
        step *st = &p->steps[k];
        char *bare =
            (st->kind == STEP_DO || st->kind == STEP_EXTRACT) && st->value && strstr(st->value, url)
                ? intents_drop_url(st->value)
                : NULL;
        if (bare) free(st->value), st->value = bare;
    }
    if (!opened)
        insert_step(b, first, &(step){.kind = STEP_NAVIGATE, .value = url, .clause = xstrdup(url)},
                    un_from);
    else
        free(url);
}

static int parse_list(builder *b, json_t *instructions)
{
    size_t i;
    json_t *item;
    int rc = 0;
    json_array_foreach(instructions, i, item)
    {
        const char *a = json_string_value(json_object_get(item, "action"));
        step sh; /* a JSON template or a wait for an element: shape.h */
        enum shape_reading sr =
            shape_read(action_at(instructions, i - 1), a, action_at(instructions, i + 1), &sh);
        char *lead = sr == SHAPE_STEP ? xstrndup(a, shape_lead(a)) : NULL;
        if (lead && *lead) rc = parse_action(b, lead); /* "Go to x and return ..." */
        free(lead);
        if (sr == SHAPE_STEP && rc == 0) push_step(b, &sh);
        if (sr == SHAPE_STEP && rc != 0) step_free(&sh);
        /* an account and password said beside the request: sign in first */
        char *account = NULL;
        char *said = a && sr == SHAPE_NONE ? intents_login_said(a, &account) : NULL;
        if (said && logs_in(a, account)) free(said), said = NULL;
        free(account);
        int first = b->p->n, un_from = b->nun;
        if (rc == 0 && a && sr == SHAPE_NONE) rc = parse_action(b, said ? said : a);
        if (rc == 0 && a && sr == SHAPE_NONE) address_kept(b, a, first, un_from);
        free(said);
        if (rc != 0) break;
    }
    return rc;
}

/* The step acts on what a question before it finds ("choose it", "add it
 * to the cart"): its words point back and say no way to look ("open it",
 * "hover it", "check the Specs tab"). Such a step stays after the
 * question; a statement or a way ("The date is on the application form",
 * "Her bio shows when you hover her name") may go before it as a hint. */
static int acts_on_answer(const step *st)
{
    const char *w = st->kind == STEP_DO && st->value ? st->value : st->clause;
    static const char *const backs[] = {"it", "them", NULL};
    if (!w || intents_way_verb(w) || intents_statement(w) || !strncasecmp(w, "you ", 4)) return 0;
    toks c;
    ph_tokenize(w, &c);
    int back = 0;
    for (int k = 1; k < c.n && !back; k++)
        back = !c.t[k].quoted && ph_match_list(&c, k, k + 1, backs, NULL);
    ph_toks_free(&c);
    return back;
}

/* The step st, a way to the answer of the question q, made a hint read
 * at run time (DO_HINT) with "it" and "its" the question's thing ("What
 * exposure was used for the northern lights photo? Open it in a new tab":
 * open northern lights photo; "How spicy is the lamb curry? See its menu
 * card": see the menu card of lamb curry). */
static void hint_about(step *st, const step *q)
{
    if (!st->clause) return;
    const char *thing = asked_thing(q);
    char *subj = thing || !q->value ? NULL : intents_question_subject(q->value);
    const char *who = thing ? bare_noun(thing) : subj;
    char *cl = xstrdup(st->clause);
    /* the words run: a clause read already ("open Its menu card") or the clause */
    const char *w = st->kind == STEP_DO && st->value ? st->value : cl;
    const char *it = who ? strcasestr(w, "open it") : NULL,
               *its = who ? strcasestr(w, "its ") : NULL;
    char *v = it && (!it[7] || it[7] == ' ' || it[7] == ',' || it[7] == '.')
                  ? xasprintf("%.*sopen %s%s", (int)(it - w), w, who, it + 7)
              : its && (its == w || its[-1] == ' ')
                  ? xasprintf("%.*sthe %s of %s", (int)(its - w), w, its + 4, who)
                  : xstrdup(w);
    free(subj);
    step_free(st);
    *st = (step){.kind = STEP_DO, .value = v, .clause = cl, .sub = DO_HINT};
}

/* "Which units does Year 9 Chemistry have? <url>": an address said after
 * the request is where it happens. A new task's browser starts on a blank
 * page, so steps before the first navigation could do nothing: that
 * navigation goes first. */
static void address_first(builder *b)
{
    plan *p = b->p;
    if (p->n < 2 || p->steps[0].kind == STEP_NAVIGATE || b->nun) return;
    int k = 1;
    while (k < p->n && p->steps[k].kind != STEP_NAVIGATE)
        k++;
    if (k >= p->n || !p->steps[k].value || !p->steps[k].clause) return;
    /* "What is the fuel policy? It's in the terms on <url>", "when is X?
     * (hover the bubble on <url>)": questions before any page are asked
     * after the steps that bring it (the page, the place or move the
     * later clauses say), before the next question */
    int asks = 1;
    for (int q = 0; q < k && asks; q++)
        asks = p->steps[q].kind == STEP_EXTRACT;
    int j = k + 1;
    while (j < p->n && p->steps[j].kind != STEP_EXTRACT)
        j++;
    /* "... which plan includes roaming on <url>, and choose it": a step
     * that acts on what the question finds is no way to its answer */
    for (int m = k + 1; m < j && asks; m++)
        asks = !acts_on_answer(&p->steps[m]);
    if (asks) {
        for (int m = k + 1; m < j; m++)
            if (p->steps[m].kind == STEP_DO) hint_about(&p->steps[m], &p->steps[0]);
        step *qs = xmalloc((size_t)k * sizeof(step));
        memcpy(qs, p->steps, (size_t)k * sizeof(step));
        memmove(&p->steps[0], &p->steps[k], (size_t)(j - k) * sizeof(step));
        memcpy(&p->steps[j - k], qs, (size_t)k * sizeof(step));
        free(qs);
        return;
    }
    /* "I don't want personal training anymore, cancel the add-on at
     * <url>": the steps before the address act on its page too, whatever
     * its clause says besides */
    step nav = p->steps[k];
    memmove(&p->steps[1], &p->steps[0], (size_t)k * sizeof(step));
    p->steps[0] = nav;
}

/* "What exposure was used for the northern lights photo at <url>? Open it
 * in a new tab to see the details.": a question the page is open for,
 * then only moves (clicks, hovers, clauses read at run time) and no other
 * question, says how to get to its answer: the moves go first, as hints
 * (DO_HINT: one that finds nothing it fits leaves the looking to the
 * question), and the question last. */
static void question_last(builder *b)
{
    plan *p = b->p;
    int q = 0;
    while (q < p->n && p->steps[q].kind == STEP_NAVIGATE)
        q++;
    if (q == 0 || q >= p->n || p->steps[q].kind != STEP_EXTRACT || b->nun) return;
    int e = q;
    while (e < p->n && p->steps[e].kind == STEP_EXTRACT)
        e++;
    if (e >= p->n || p->n - e > 3) return;
    /* "..., which plan includes roaming? Choose it.": a move that acts on
     * what the question finds comes after it */
    for (int k = e; k < p->n; k++) {
        step_kind kd = p->steps[k].kind;
        if ((kd != STEP_CLICK && kd != STEP_DO && kd != STEP_HOVER) || !p->steps[k].clause ||
            acts_on_answer(&p->steps[k]))
            return;
    }
    /* "open it": the thing the question names */
    for (int k = e; k < p->n; k++)
        hint_about(&p->steps[k], &p->steps[q]);
    int nq = e - q;
    step *qs = xmalloc((size_t)nq * sizeof(step));
    memcpy(qs, &p->steps[q], (size_t)nq * sizeof(step));
    memmove(&p->steps[q], &p->steps[e], (size_t)(p->n - e) * sizeof(step));
    memcpy(&p->steps[p->n - nq], qs, (size_t)nq * sizeof(step));
    free(qs);
}

/* "We moved house last week. Update my address ...", "Based on my order
 * history, what was ...": a statement of the person's or words that only
 * say where to look, before the request, are its context. They are tried
 * (what they name may open the place, a value in them may fill a field),
 * and when nothing fits they leave the request to the steps after
 * (DO_HINT), rather than fail the task before it. */
static void context_hints(builder *b)
{
    plan *p = b->p;
    for (int k = b->keep; k < p->n; k++) {
        step *st = &p->steps[k];
        if (st->kind != STEP_DO || st->sub != DO_PLAIN || !st->value) continue;
        /* "You may need to scroll down, more load as you go": the writer's
         * guess at the way, wherever it is said, tried for what it says */
        const char *way = intents_advice(st->value);
        if (way) {
            char *v = xstrdup(way);
            free(st->value);
            st->value = v;
            st->sub = DO_HINT;
            continue;
        }
        if (k + 1 == p->n) break;
        /* "We have three bedrooms. We also have a cat. Send it.": the
         * statements are the data of the form sent after them, each a
         * value that must find its field */
        /* ... and a value said ("My new phone is 07700 900123. Click
         * Save."), when a button that saves follows */
        int value = strpbrk(st->value, "0123456789@\"") != NULL, sent = 0;
        for (int j = k + 1; j < p->n && !sent; j++)
            sent = p->steps[j].kind == STEP_SUBMIT || (value && p->steps[j].kind == STEP_CLICK &&
                                                       intents_sends(p->steps[j].target.text));
        if (!sent && !intents_obliged(st->value) &&
            (intents_statement(st->value) || intents_frame(st->value)))
            st->sub = DO_HINT;
    }
}

/* The plan's steps put in the order they run (a new task's browser starts
 * on a blank page; a session's page is open: fresh 0), its context marked. */
static void order_plan(builder *b, int fresh)
{
    if (fresh) address_first(b);
    if (fresh) question_last(b);
    context_hints(b);
}

static int parse_all(builder *b, json_t *instructions)
{
    memset(b->p, 0, sizeof *b->p);
    int rc = parse_list(b, instructions);
    if (rc == 0) order_plan(b, 1);
    if (rc == 0 && b->p->n == 0 && b->nun == 0) {
        snprintf(b->err, b->errlen, "could not understand \"%s\": the instructions hold no step",
                 b->filler);
        rc = -1;
    }
    if (rc != 0) plan_free(b->p);
    return rc;
}

int planner_parse(json_t *instructions, plan *out, char *err, size_t errlen)
{
    builder b = {.p = out, .err = err, .errlen = errlen, .prev_first = -1, .thing_at = -1};
    int rc = parse_all(&b, instructions);
    free(b.thing);
    return rc;
}

int planner_parse_after(json_t *context, json_t *instructions, plan *out, char *err, size_t errlen)
{
    builder b = {.p = out, .err = err, .errlen = errlen, .prev_first = -1, .thing_at = -1};
    memset(out, 0, sizeof *out);
    if (context && parse_list(&b, context) != 0) { /* no context, rather than none at all */
        plan_free(out);
        free(b.thing);
        return planner_parse(instructions, out, err, errlen);
    }
    b.keep = out->n;
    int rc = parse_list(&b, instructions);
    if (rc == 0) order_plan(&b, !context);
    free(b.thing);
    if (rc == 0 && out->n == b.keep) {
        snprintf(err, errlen, "could not understand \"%s\": the instructions hold no step",
                 b.filler);
        rc = -1;
    }
    if (rc != 0) {
        plan_free(out);
        return rc;
    }
    for (int i = 0; i < b.keep; i++)
        step_free(&out->steps[i]);
    memmove(out->steps, out->steps + b.keep, (size_t)(out->n - b.keep) * sizeof(step));
    out->n -= b.keep;
    return 0;
}

int planner_parse_each(json_t *instructions, void (*on_step)(void *ud, step *st),
                       void (*on_unread)(void *ud, const char *clause), void *ud, char *err,
                       size_t errlen)
{
    plan p;
    builder b = {.p = &p,
                 .err = err,
                 .errlen = errlen,
                 .prev_first = -1,
                 .fallback = on_unread != NULL,
                 .thing_at = -1};
    int rc = parse_all(&b, instructions), u = 0;
    free(b.thing);
    for (int i = 0; rc == 0 && i <= p.n; i++) {
        for (; u < b.nun && b.un[u].at == i; u++)
            on_unread(ud, b.un[u].clause);
        if (i < p.n) on_step(ud, &p.steps[i]); /* the callee owns it now */
    }
    for (int k = 0; k < b.nun; k++)
        free(b.un[k].clause);
    free(b.un);
    if (rc == 0) free(p.steps);
    return rc;
}

/* The clause trimmed of spaces and a final "." or "!", as the splitter
 * would give it. */
static char *trimmed(const char *clause)
{
    size_t n;
    while (isspace((unsigned char)*clause))
        clause++;
    n = strlen(clause);
    while (n > 0 &&
           (isspace((unsigned char)clause[n - 1]) || clause[n - 1] == '.' || clause[n - 1] == '!'))
        n--;
    return xstrndup(clause, n);
}

int planner_parse_clause_err(const char *clause, step *st, char *err, size_t errlen)
{
    parsed r;
    char *text = trimmed(clause ? clause : "");
    memset(st, 0, sizeof *st);
    if (intents_parse(text, NULL, 0, &r) != 0) {
        if (err && errlen)
            snprintf(err, errlen, "could not understand \"%s\"%s%s", text, r.hint[0] ? ": " : "",
                     r.hint);
        free(text);
        return -1;
    }
    step_free(&r.pre);
    *st = r.st;
    st->clause = text;
    return 0;
}

int planner_parse_clause(const char *clause, step *st)
{
    return planner_parse_clause_err(clause, st, NULL, 0);
}

/* ---- names, model_output and log phrases -------------------------------- */

static const char *const kind_action[STEP_KIND_COUNT] = {[STEP_NAVIGATE] = "navigate",
                                                         [STEP_BACK] = "back",
                                                         [STEP_FORWARD] = "forward",
                                                         [STEP_RELOAD] = "reload",
                                                         [STEP_SEARCH] = "search",
                                                         [STEP_CLICK] = "click",
                                                         [STEP_TYPE] = "type",
                                                         [STEP_SELECT] = "select",
                                                         [STEP_CHECK] = "check",
                                                         [STEP_UNCHECK] = "uncheck",
                                                         [STEP_KEY] = "key",
                                                         [STEP_SUBMIT] = "submit",
                                                         [STEP_SCROLL] = "scroll",
                                                         [STEP_HOVER] = "hover",
                                                         [STEP_WAIT] = "wait",
                                                         [STEP_EXTRACT] = "extract",
                                                         [STEP_SCREENSHOT] = "screenshot",
                                                         [STEP_LOGIN] = "login",
                                                         [STEP_FILL] = "fill",
                                                         [STEP_TAB] = "tab",
                                                         [STEP_DO] = "do"};

const char *planner_action_name(step_kind k)
{
    return (unsigned)k < STEP_KIND_COUNT ? kind_action[k] : "unknown";
}

static const char *const scroll_names[] = {[SCROLL_DOWN] = "down",
                                           [SCROLL_UP] = "up",
                                           [SCROLL_BOTTOM] = "bottom",
                                           [SCROLL_TOP] = "top",
                                           [SCROLL_TO] = "to"};
static const char *const wait_names[] = {
    [WAIT_TIME] = "time", [WAIT_TEXT] = "text", [WAIT_LOAD] = "load", [WAIT_GONE] = "gone"};
static const char *const extract_names[] = {
    [EXTRACT_TITLE] = "title", [EXTRACT_URL] = "url",     [EXTRACT_TEXT] = "text",
    [EXTRACT_LINKS] = "links", [EXTRACT_TABLE] = "table", [EXTRACT_LIST] = "list",
    [EXTRACT_PRICE] = "price", [EXTRACT_COUNT] = "count", [EXTRACT_ANSWER] = "answer",
    [EXTRACT_SHAPE] = "shape"};

static const char *sub_name(const char *const *names, size_t count, int sub)
{
    return sub >= 0 && (size_t)sub < count ? names[sub] : "?";
}
#define SUB_NAME(names, sub) sub_name(names, sizeof names / sizeof names[0], sub)

/* How a role reads in a phrase. */
static const char *role_words(const char *role)
{
    static const char *const words[][2] = {
        {"searchbox", "search box"}, {"radio", "radio button"}, {"item", "item"},
        {"spinbutton", "spinner"},   {"treeitem", "tree item"}, {"expandable", "section"}};
    for (size_t i = 0; role && i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(role, words[i][0])) return words[i][1];
    return role;
}

static void ordinal_words(buf *b, int ord)
{
    if (ord == -1)
        buf_puts(b, "last");
    else if (ord == -2)
        buf_puts(b, "second-to-last");
    else if (ord < 0)
        buf_printf(b, "%dth from last", -ord);
    else {
        int t = ord % 100, u = ord % 10;
        const char *suf = (t >= 11 && t <= 13) ? "th"
                          : u == 1             ? "st"
                          : u == 2             ? "nd"
                          : u == 3             ? "rd"
                                               : "th";
        buf_printf(b, "%d%s", ord, suf);
    }
}

/* At most DESCRIBE_MAX bytes of s, cut at a character boundary. */
static void put_clipped(buf *b, const char *s)
{
    size_t n = strlen(s);
    if (n <= DESCRIBE_MAX) {
        buf_puts(b, s);
        return;
    }
    n = DESCRIBE_MAX;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    buf_append(b, s, n);
    buf_puts(b, "...");
}

/* A superlative state ("min:price", "max:star_rating"), or NULL. */
static const char *extreme_of(const char *state)
{
    return state && (!strncmp(state, "min:", 4) || !strncmp(state, "max:", 4)) ? state : NULL;
}

/* A state said after the noun: a superlative, "newtab". */
static const char *state_after(const char *state)
{
    return extreme_of(state) || (state && !strcmp(state, "newtab")) ? state : NULL;
}

/* "min:price" -> " with the lowest price"; "newtab" -> " that opens a new tab" */
static void extreme_words(buf *b, const char *state)
{
    if (!strcmp(state, "newtab")) {
        buf_puts(b, " that opens a new tab");
        return;
    }
    size_t n = strlen(state);
    int date = n >= 8 && (!strcmp(state + n - 4, "date") || !strcmp(state + n - 4, "time"));
    buf_printf(b, " with the %s ",
               state[1] == 'i' ? (date ? "earliest" : "lowest") : (date ? "latest" : "highest"));
    for (const char *p = state + 4; *p; p++)
        buf_printf(b, "%c", *p == '_' ? ' ' : *p);
}

/* An anchor: its words, or "the lamp with the highest price" for a
 * superlative one ("max:price lamp"). */
static void anchor_words(buf *b, const char *anchor, int quote)
{
    const char *sp = strchr(anchor, ' ');
    if (extreme_of(anchor)) {
        char *state = sp ? xstrndup(anchor, (size_t)(sp - anchor)) : xstrdup(anchor);
        buf_printf(b, "the %s", sp ? sp + 1 : "one");
        extreme_words(b, state);
        free(state);
        return;
    }
    if (quote) buf_puts(b, "\"");
    if (quote)
        put_clipped(b, anchor);
    else
        buf_puts(b, anchor);
    if (quote) buf_puts(b, "\"");
}

/* "2nd Buy button", "Sign in", "search box": a target for model_output.
 * noun names the thing when no role does ("2nd table"). */
static char *target_phrase(const target *t, const char *noun)
{
    buf b = {0};
    if (t->all) buf_puts(&b, "every");
    if (t->ordinal) {
        if (b.len) buf_puts(&b, " ");
        ordinal_words(&b, t->ordinal);
    }
    if (t->state && !state_after(t->state)) buf_printf(&b, "%s%s", b.len ? " " : "", t->state);
    if (t->text) {
        if (b.len) buf_puts(&b, " ");
        buf_puts(&b, t->text);
        if (t->prefix) buf_puts(&b, "...");
    }
    if (t->role) {
        if (b.len) buf_puts(&b, " ");
        buf_puts(&b, role_words(t->role));
    } else if (!t->text || strcmp(noun, "element") != 0) {
        buf_printf(&b, "%s%s", b.len ? " " : "", noun);
    }
    if (state_after(t->state)) extreme_words(&b, t->state);
    if (t->anchor || t->anchor_role) {
        buf_printf(&b, " %s", t->prep ? t->prep : "in");
        if (t->anchor) {
            buf_puts(&b, " ");
            anchor_words(&b, t->anchor, 0);
        }
        if (t->anchor_role) buf_printf(&b, " %s", t->anchor_role);
    }
    return buf_steal(&b);
}

/* "the \"Login\" button", "\"Sign in\"", "the 2nd link": a target in a log
 * phrase; noun as in target_phrase. */
static void describe_noun(buf *b, const target *t, const char *noun)
{
    int named = strcmp(noun, "element") != 0;
    if (t->all)
        buf_puts(b, "every ");
    else if (t->role || t->ordinal || t->state || named)
        buf_puts(b, "the ");
    if (t->ordinal) {
        ordinal_words(b, t->ordinal);
        buf_puts(b, " ");
    }
    if (t->state && !state_after(t->state)) buf_printf(b, "%s ", t->state);
    if (t->text) {
        buf_puts(b, "\"");
        put_clipped(b, t->text);
        buf_puts(b, t->prefix ? "...\"" : "\"");
        if (t->role) buf_puts(b, " ");
    }
    if (t->role)
        buf_puts(b, role_words(t->role));
    else if (!t->text || named)
        buf_printf(b, "%s%s", t->text ? " " : "", noun);
    if (state_after(t->state)) extreme_words(b, t->state);
    if (t->anchor || t->anchor_role) {
        buf_printf(b, " %s ", t->prep ? t->prep : "in");
        if (t->anchor_role) buf_puts(b, "the ");
        if (t->anchor) anchor_words(b, t->anchor, 1);
        if (t->anchor_role) buf_printf(b, "%s%s", t->anchor ? " " : "", t->anchor_role);
    }
}

static void describe_target(buf *b, const target *t)
{
    describe_noun(b, t, "element");
}

static void set_str(json_t *o, const char *key, const char *value)
{
    json_t *v = value ? json_string(value) : NULL;
    if (v) json_object_set_new(o, key, v);
}

static void set_target_noun(json_t *o, const target *t, const char *noun)
{
    if (!target_named(t)) return;
    char *p = target_phrase(t, noun);
    set_str(o, "target", p);
    free(p);
}

static void set_target(json_t *o, const target *t)
{
    set_target_noun(o, t, "element");
}

static void model_fields(json_t *o, const step *s)
{
    switch (s->kind) {
    case STEP_NAVIGATE: {
        char *url = urlpolicy_normalize(s->value);
        set_str(o, "url", url ? url : s->value);
        free(url);
        break;
    }
    case STEP_SEARCH:
        set_str(o, "query", s->value);
        set_str(o, "site", s->value2);
        break;
    case STEP_TYPE:
        set_str(o, "text", s->value);
        set_target(o, &s->target);
        if (s->sub == TYPE_ENTER) json_object_set_new(o, "enter", json_true());
        break;
    case STEP_SELECT:
        set_str(o, "option", s->value);
        set_target(o, &s->target);
        break;
    case STEP_KEY: {
        char *k = s->value2 ? xasprintf("%s+%s", s->value2, s->value) : xstrdup(s->value);
        set_str(o, "key", k);
        free(k);
        break;
    }
    case STEP_SCROLL:
        set_str(o, "direction", SUB_NAME(scroll_names, s->sub));
        if (s->amount > 0) json_object_set_new(o, "amount", json_integer(s->amount));
        set_target(o, &s->target);
        break;
    case STEP_WAIT:
        set_str(o, "what", SUB_NAME(wait_names, s->sub));
        if (s->amount) json_object_set_new(o, "amount", json_integer(s->amount));
        if (s->sub == WAIT_TEXT || s->sub == WAIT_GONE) set_str(o, "text", s->target.text);
        break;
    case STEP_EXTRACT:
        set_str(o, "what", SUB_NAME(extract_names, s->sub));
        set_target_noun(o, &s->target, s->sub == EXTRACT_TABLE ? "table" : "element");
        if (s->sub == EXTRACT_ANSWER) set_str(o, "question", s->value);
        if (s->sub == EXTRACT_SHAPE) set_str(o, "template", s->value);
        if (s->fields) {
            json_t *f = json_array();
            for (char **p = s->fields; *p; p++)
                json_array_append_new(f, json_string(*p));
            json_object_set_new(o, "fields", f);
        }
        break;
    case STEP_SCREENSHOT:
        set_str(o, "what",
                target_named(&s->target) ? "element"
                : s->sub == 1            ? "full page"
                                         : "viewport");
        set_target(o, &s->target);
        break;
    case STEP_LOGIN: /* never the password: results are read by many */
        set_str(o, "user", s->value);
        set_str(o, "password", "***");
        break;
    case STEP_FILL: {
        json_t *f = json_object();
        for (int k = 0; s->fields && s->fields[k] && s->values && s->values[k]; k++)
            json_object_set_new(f, s->fields[k],
                                json_string(planner_secret(s->fields[k]) ? "***" : s->values[k]));
        json_object_set_new(o, "fields", f);
        set_str(o, "then", s->value);
        break;
    }
    case STEP_TAB:
        json_object_set_new(o, "tab", json_integer(s->amount));
        break;
    case STEP_DO:
        set_str(o, "clause", s->value);
        break;
    default:
        set_target(o, &s->target);
        if (s->sub == CLICK_DOUBLE && s->kind == STEP_CLICK)
            json_object_set_new(o, "double", json_true());
        if (s->sub == CLICK_RIGHT && s->kind == STEP_CLICK)
            json_object_set_new(o, "button", json_string("right"));
        break;
    }
    if (s->kind == STEP_EXTRACT && s->sub == EXTRACT_COUNT) set_str(o, "qualifier", s->value);
    if (s->kind == STEP_SCROLL && s->sub == SCROLL_BOTTOM && s->amount < 0)
        set_str(o, "until", "end");
    set_str(o, "until", s->until);
}

char *planner_model_output(const step *s)
{
    json_t *o = json_object();
    set_str(o, "action", planner_action_name(s->kind));
    model_fields(o, s);
    set_str(o, "planner", "rules");
    char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    return text ? text : xstrdup("{\"planner\":\"rules\"}");
}

static void describe_quoted(buf *b, const char *prefix, const char *value)
{
    buf_puts(b, prefix);
    buf_puts(b, "\"");
    put_clipped(b, value ? value : "");
    buf_puts(b, "\"");
}

static void describe_extract(buf *b, const step *s)
{
    int t = target_named(&s->target);
    switch (s->sub) {
    case EXTRACT_TITLE:
        buf_puts(b, "get the title");
        return;
    case EXTRACT_URL:
        buf_puts(b, "get the URL");
        return;
    case EXTRACT_TEXT:
        buf_puts(b, t ? "get the text of " : "get the page text");
        break;
    case EXTRACT_LINKS:
        buf_puts(b, t ? "get all links in " : "get all links");
        break;
    case EXTRACT_TABLE:
        buf_puts(b, "get ");
        describe_noun(b, &s->target, "table");
        return;
    case EXTRACT_PRICE:
        buf_puts(b, t ? "get the price of " : "get the price");
        break;
    case EXTRACT_COUNT:
        buf_puts(b, "count ");
        if (s->target.role && !s->target.text)
            buf_printf(b, "every %s", role_words(s->target.role));
        else if (t)
            describe_target(b, &s->target);
        else
            buf_puts(b, "them");
        if (s->value) describe_quoted(b, " (", s->value), buf_puts(b, ")");
        return;
    case EXTRACT_ANSWER:
        describe_quoted(b, "answer ", s->value);
        if (t) buf_puts(b, " about ");
        break;
    case EXTRACT_SHAPE:
        describe_quoted(b, "answer as JSON ", s->value);
        return;
    case EXTRACT_LIST:
        buf_puts(b, "list ");
        for (char **f = s->fields; f && *f; f++)
            buf_printf(b, "%s%s", f == s->fields ? "" : ", ", *f);
        if (s->target.text) buf_printf(b, " of each %s", s->target.text);
        return;
    default:
        buf_puts(b, "extract");
        return;
    }
    if (t) describe_target(b, &s->target);
}

static void describe_scroll(buf *b, const step *s)
{
    switch (s->sub) {
    case SCROLL_DOWN:
        buf_puts(b, "scroll down");
        break;
    case SCROLL_UP:
        buf_puts(b, "scroll up");
        break;
    case SCROLL_BOTTOM:
        buf_puts(b, s->amount < 0 ? "scroll until nothing more loads" : "scroll to the bottom");
        return;
    case SCROLL_TOP:
        buf_puts(b, "scroll to the top");
        return;
    default:
        buf_puts(b, "scroll to ");
        describe_target(b, &s->target);
        return;
    }
    if (s->amount) buf_printf(b, " %d px", s->amount);
}

static void describe_ms(buf *b, int ms)
{
    if (ms % 1000 == 0)
        buf_printf(b, "%d s", ms / 1000);
    else
        buf_printf(b, "%d ms", ms);
}

static void describe_wait(buf *b, const step *s)
{
    if (s->sub == WAIT_TIME) {
        buf_puts(b, "wait ");
        describe_ms(b, s->amount);
        return;
    }
    if (s->sub == WAIT_LOAD) {
        buf_puts(b, "wait for the page to load");
    } else if (s->sub == WAIT_GONE) {
        describe_quoted(b, "wait until ", s->target.text);
        buf_puts(b, " is gone");
    } else {
        describe_quoted(b, "wait for ", s->target.text);
    }
    if (s->amount > 0) { /* the time limit the words gave */
        buf_puts(b, " (up to ");
        describe_ms(b, s->amount);
        buf_puts(b, ")");
    }
}

static void describe_step(buf *b, const step *s)
{
    switch (s->kind) {
    case STEP_NAVIGATE: {
        char *url = urlpolicy_normalize(s->value);
        buf_puts(b, "open ");
        put_clipped(b, url ? url : s->value ? s->value : "");
        free(url);
        break;
    }
    case STEP_BACK:
        buf_puts(b, "go back");
        break;
    case STEP_FORWARD:
        buf_puts(b, "go forward");
        break;
    case STEP_RELOAD:
        buf_puts(b, "reload the page");
        break;
    case STEP_SEARCH:
        describe_quoted(b, "search for ", s->value);
        if (s->value2) buf_printf(b, " on %s", s->value2);
        break;
    case STEP_TYPE:
        if (s->value && !*s->value && target_named(&s->target)) {
            buf_puts(b, "clear ");
        } else {
            describe_quoted(b, "type ", s->value);
            if (target_named(&s->target)) buf_puts(b, " into ");
        }
        if (target_named(&s->target)) describe_target(b, &s->target);
        if (s->sub == TYPE_ENTER) buf_puts(b, " and press Enter");
        break;
    case STEP_SELECT:
        describe_quoted(b, "select ", s->value);
        if (target_named(&s->target)) buf_puts(b, " in ");
        if (target_named(&s->target)) describe_target(b, &s->target);
        if (s->value2) buf_printf(b, " (%s)", s->value2);
        break;
    case STEP_KEY:
        buf_printf(b, "press %s%s%s", s->value2 ? s->value2 : "", s->value2 ? "+" : "",
                   s->value && !strcmp(s->value, " ") ? "Space"
                   : s->value                         ? s->value
                                                      : "");
        break;
    case STEP_SUBMIT:
        buf_puts(b, s->target.text ? "send it" : "submit the form");
        break;
    case STEP_SCROLL:
        describe_scroll(b, s);
        break;
    case STEP_WAIT:
        describe_wait(b, s);
        break;
    case STEP_EXTRACT:
        describe_extract(b, s);
        break;
    case STEP_SCREENSHOT:
        buf_puts(b, s->sub == 1 ? "take a full-page screenshot" : "take a screenshot");
        if (target_named(&s->target)) buf_puts(b, " of ");
        if (target_named(&s->target)) describe_target(b, &s->target);
        break;
    case STEP_LOGIN:
        describe_quoted(b, "log in as ", s->value);
        break; /* not the password */
    case STEP_FILL:
        buf_puts(b, "fill in ");
        for (int k = 0; s->fields && s->fields[k] && s->values && s->values[k]; k++) {
            buf_printf(b, "%s\"", k ? ", " : "");
            put_clipped(b, s->fields[k]);
            buf_puts(b, "\" with ");
            if (planner_secret(s->fields[k]))
                buf_puts(b, "***");
            else
                describe_quoted(b, "", s->values[k]);
        }
        if (s->value) describe_quoted(b, " and click ", s->value);
        break;
    case STEP_TAB:
        buf_puts(b, "switch to the ");
        if (s->amount < 0)
            buf_puts(b, "newest");
        else
            ordinal_words(b, s->amount);
        buf_puts(b, " tab");
        break;
    case STEP_DO:
        describe_quoted(b, "do ", s->value);
        break;
    default: /* click, check, uncheck, hover */
        buf_puts(b, s->kind == STEP_HOVER                             ? "hover over "
                    : s->kind == STEP_CLICK && s->sub == CLICK_DOUBLE ? "double-click"
                    : s->kind == STEP_CLICK && s->sub == CLICK_RIGHT
                        ? "right-click"
                        : planner_action_name(s->kind));
        if (s->kind != STEP_HOVER) buf_puts(b, " ");
        describe_target(b, &s->target);
        break;
    }
    if (s->until) describe_quoted(b, " until ", s->until);
    if (s->until) buf_puts(b, " shows");
}

char *planner_describe(const step *s)
{
    buf b = {0};
    describe_step(&b, s);
    return buf_steal(&b);
}
