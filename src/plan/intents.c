/* intents.c -- the rule planner's verbs and the readers of each intent.
 *
 * A clause is: polite words, a verb phrase from the table below, and the
 * rest, which the verb's reader turns into the step's fields. The longest
 * verb phrase is tried first; when its reader refuses the words, shorter
 * ones are tried ("return to X" is a navigation, "return the title" an
 * extraction). See intents.h and docs/planner.md. */
#include "plan/intents.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plan/phrases.h"
#include "util/util.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* What a reader sees. */
typedef struct rd {
    const toks *c;
    int i, end;       /* the words after the verb */
    int vfrom, vto;   /* the verb's words */
    int arg;          /* the verb's argument in the table */
    const char *text; /* the verb's fixed target text, or NULL */
    int flags;        /* INTENTS_* */
    int pronoun;      /* the step's target was "it" */
    parsed *out;
} rd;

static step *st_of(rd *r)
{
    return &r->out->st;
}

static int hint(rd *r, const char *h)
{
    snprintf(r->out->hint, sizeof r->out->hint, "%s", h);
    return -1;
}

/* Read [i, end) into the step's target; h is the hint when nothing is named. */
static int drop_refrain(const toks *c, int i, int end);

static int read_target(rd *r, int i, int end, int ctx, const char *h)
{
    int pron = 0;
    target *t = &st_of(r)->target;
    target_free(t);
    end = drop_refrain(r->c, i, end);
    if (i >= end || ph_target(r->c, i, end, ctx, t, &pron) != 0) {
        target_free(t);
        return hint(r, h);
    }
    if (pron) r->pronoun = pron;
    return 0;
}

static int role_is(const target *t, const char *role)
{
    return t->role && !strcmp(t->role, role);
}

/* First token in (i, end) that is one of the words, unquoted; -1 if none. */
static int find_word(const toks *c, int i, int end, const char *const *words, int *len)
{
    for (int k = i; k < end; k++) {
        int n = ph_match_list(c, k, end, words, NULL);
        if (n) {
            if (len) *len = n;
            return k;
        }
    }
    return -1;
}

static int last_word(const toks *c, int i, int end, const char *const *words, int *len)
{
    for (int k = end - 1; k >= i; k--) {
        int n = ph_match_list(c, k, end, words, NULL);
        if (n) {
            if (len) *len = n;
            return k;
        }
    }
    return -1;
}

/* Drop phrases of list at the end of [i, end) while something is left. */
static int strip_tail(const toks *c, int i, int end, const char *const *list)
{
    int n;
    while ((n = ph_match_list_end(c, i, end, list)) > 0 && end - n > i)
        end -= n;
    return end;
}

/* Drop phrases of list at i while something is left after them. */
static int strip_lead(const toks *c, int i, int end, const char *const *list)
{
    int n;
    while ((n = ph_match_list(c, i, end, list, NULL)) > 0 && i + n < end)
        i += n;
    return i;
}

static const char *const articles[] = {"the", "a", "an", NULL};
/* Words before a noun that say whose or which it is. */
static const char *const owners[] = {"the",  "my",    "our",   "a",    "an", "this",
                                     "that", "these", "those", "your", NULL};

/* The clause from its verb on, read against the page when it runs
 * (STEP_DO): words a rule would read too narrowly ("set up £300 to Tax
 * Office", "fill in first name Ana"). */
static int read_ground(rd *r)
{
    step *st = st_of(r);
    target_free(&st->target);
    st->kind = STEP_DO;
    st->value = ph_text(r->c, r->vfrom, r->end);
    return 0;
}

/* ---- navigate and history ----------------------------------------------- */

/* Token k is a web address as written: a scheme, www. or a port. */
static int strong_url(const toks *c, int k)
{
    const tok *t = &c->t[k];
    if (t->quoted || !ph_url_like(c, k, k + 1)) return 0;
    char *u = ph_url_text(c, k);
    int yes = !strncasecmp(u, "http://", 7) || !strncasecmp(u, "https://", 8) ||
              !strncasecmp(u, "www.", 4) || strchr(u, ':') != NULL;
    free(u);
    return yes;
}

static const char *const nav_nouns[] = {"the website",
                                        "the web site",
                                        "the site",
                                        "the url",
                                        "the web page",
                                        "the webpage",
                                        "the page at",
                                        "the address",
                                        "website",
                                        "site",
                                        "url",
                                        "webpage",
                                        "the homepage of",
                                        "the home page of",
                                        "the homepage at",
                                        "homepage of",
                                        "the link",
                                        NULL};
static const char *const nav_tabs[] = {
    "in a new tab",   "in a new window", "in the same tab",    "in this tab",
    "in the browser", "in your browser", "in the current tab", NULL};
static const char *const nav_tails[] = {"website", "site", "homepage", "home page", NULL};

/* The last word of a page's own description ("the Acme shop at <url>"). */
static const char *const page_words[] = {
    "page",     "site",      "website",   "homepage", "shop",    "store",  "webshop",
    "app",      "portal",    "dashboard", "url",      "address", "link",   "form",
    "blog",     "wiki",      "platform",  "service",  "tool",    "system", "demo",
    "instance", "it",        "this",      "there",    "here",    "one",    "version",
    "frontend", "interface", "browser",   "tab",      "window",  NULL};

/* "open the Spring term on <url>", "open 2025 in the sidebar of <url>":
 * the words before the address (at k) name a thing on that page, not the
 * page: their text, or NULL when they describe the page ("the Acme shop
 * at <url>") or say words of its address ("the timetable at .../timetable"). */
static char *nav_thing(const toks *c, int i, int k)
{
    static const char *const before_url[] = {"on",  "at",    "from", "in", "of",
                                             "via", "using", "to",   NULL};
    int j = k;
    if (j > i && ph_match_list(c, j - 1, j, before_url, NULL)) j--;
    /* "in the sidebar of <url>": where on the page, said with the page */
    while (j > i && (ph_is(c, j - 1, "the") || ph_is(c, j - 1, "a")))
        j--;
    if (j <= i || ph_match_list(c, j - 1, j, page_words, NULL)) return NULL;
    char *url = ph_url_text(c, k), *low = xstrdup(url);
    for (char *p = low; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int named = 1;
    for (int w = i; w < j && named; w++) {
        if (ph_is(c, w, "the") || ph_is(c, w, "a") || ph_is(c, w, "my") || ph_is(c, w, "our"))
            continue;
        char *t = ph_text(c, w, w + 1);
        for (char *p = t; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        named = strlen(t) >= 3 && strstr(low, t) != NULL;
        free(t);
    }
    free(url), free(low);
    return named ? NULL : ph_text(c, i, j);
}

/* Objects of "go to" that are places on the page, not pages. */
static const struct {
    const char *w;
    step_kind kind;
    int sub;
} nav_places[] = {
    {"the top", STEP_SCROLL, SCROLL_TOP},
    {"top", STEP_SCROLL, SCROLL_TOP},
    {"the very top", STEP_SCROLL, SCROLL_TOP},
    {"the top of the page", STEP_SCROLL, SCROLL_TOP},
    {"the bottom", STEP_SCROLL, SCROLL_BOTTOM},
    {"bottom", STEP_SCROLL, SCROLL_BOTTOM},
    {"the very bottom", STEP_SCROLL, SCROLL_BOTTOM},
    {"the bottom of the page", STEP_SCROLL, SCROLL_BOTTOM},
    {"the end of the page", STEP_SCROLL, SCROLL_BOTTOM},
    {"the footer", STEP_SCROLL, SCROLL_BOTTOM},
    {"the previous page", STEP_BACK, 0},
    {"previous page", STEP_BACK, 0},
};

/* Tabs of the browser, not of the page: "the new tab", "the original
 * window", "the first tab" after "back". which: 1.., -1 the newest, 0 the
 * one before. */
static const struct {
    const char *w;
    int which;
    int plain; /* says "browser tab" even without "back" */
} tab_words[] = {
    {"new", -1, 1},    {"newly opened", -1, 1}, {"newest", -1, 1},  {"latest", -1, 1},
    {"opened", -1, 1}, {"other", 0, 1},         {"previous", 0, 1}, {"original", 1, 1},
    {"main", 1, 1},    {"initial", 1, 1},       {"first", 1, 0},    {"second", 2, 0},
    {"third", 3, 0},   {"last", -1, 0},         {"old", 1, 1},
};
static const char *const tab_nouns[] = {"tab", "window", "browser tab", "browser window", NULL};

/* [i, end) names a tab of the browser; back: the verb said "back". */
static int browser_tab(const toks *c, int i, int end, int back, int *which)
{
    i += ph_match_list(c, i, end, articles, NULL);
    int n = ph_match_list_end(c, i, end, tab_nouns);
    if (!n || end - n <= i) return 0;
    int window = !ph_is(c, end - 1, "tab");
    for (size_t k = 0; k < COUNT(tab_words); k++)
        if (ph_match(c, i, end - n, tab_words[k].w) == end - n - i &&
            (tab_words[k].plain || back || window)) {
            *which = tab_words[k].which;
            return 1;
        }
    return 0;
}

static int read_tab(rd *r, int i, int back)
{
    int which;
    if (!browser_tab(r->c, i, r->end, back, &which)) return 1;
    st_of(r)->kind = STEP_TAB;
    st_of(r)->amount = which;
    return 0;
}

/* How a page is reached, which is no part of its name: "go to the Deals
 * page using the navigation", "open Billing from the top menu". */
static const char *const nav_ways[] = {"using the navigation",
                                       "using the navigation bar",
                                       "using the nav",
                                       "using the nav bar",
                                       "using the navbar",
                                       "using the menu",
                                       "using the top menu",
                                       "using the main menu",
                                       "using the sidebar",
                                       "using the links",
                                       "from the navigation",
                                       "from the nav",
                                       "from the navbar",
                                       "from the menu",
                                       "from the top menu",
                                       "from the main menu",
                                       "from the sidebar",
                                       "in the navigation",
                                       "in the navigation bar",
                                       "in the nav",
                                       "in the navbar",
                                       "in the nav bar",
                                       "in the top menu",
                                       "in the main menu",
                                       "in the top navigation",
                                       "via the navigation",
                                       "via the nav",
                                       "via the menu",
                                       "via the top menu",
                                       "through the navigation",
                                       "through the menu",
                                       "with the navigation",
                                       NULL};

static int read_nav(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end;
    step *st = st_of(r);
    if (i >= end) return hint(r, "say which page to open, e.g. open example.com");
    int tabby = ph_is(c, r->vfrom, "switch") || ph_is(c, r->vfrom, "return") ||
                ph_is(c, r->vfrom, "go") || ph_is(c, r->vfrom, "move");
    int back = ph_is(c, r->vfrom, "return");
    for (int k = r->vfrom; k < r->vto; k++)
        back |= ph_is(c, k, "back");
    if (tabby && read_tab(r, i, back) == 0) return 0;
    end = strip_tail(c, i, end, nav_ways);
    end = strip_tail(c, i, end, nav_tabs);
    int j = i + ph_match_list(c, i, end, nav_nouns, NULL);
    int e = strip_tail(c, j, end, nav_tails);
    if (ph_url_like(c, j, e)) {
        st->kind = STEP_NAVIGATE;
        st->value = ph_url_text(c, j);
        return 0;
    }
    /* "visit the site at <url>", "open the following URL: <url>",
     * "navigate your browser to <url>": a written address ends it */
    if (e - 1 > i && strong_url(c, e - 1)) {
        char *thing = nav_thing(c, i, e - 1);
        if (thing) { /* "open the Spring term on <url>": there, then that */
            r->out->has_pre = 1;
            r->out->pre.kind = STEP_NAVIGATE;
            r->out->pre.value = ph_url_text(c, e - 1);
            st->kind = STEP_DO;
            st->value = xasprintf("open %s", thing);
            free(thing);
            return 0;
        }
        st->kind = STEP_NAVIGATE;
        st->value = ph_url_text(c, e - 1);
        return 0;
    }
    for (size_t k = 0; k < COUNT(nav_places); k++)
        if (ph_match(c, i, end, nav_places[k].w) == end - i) {
            st->kind = nav_places[k].kind;
            st->sub = nav_places[k].sub;
            return 0;
        }
    double v;
    if (end - i == 2 && ph_is(c, i, "page") && ph_number(c, i + 1, end, 0, &v) == 1) {
        st->kind = STEP_CLICK; /* "go to page 2": the pager's link "2" */
        st->target.text = ph_text(c, i + 1, end);
        st->target.role = xstrdup("link");
        return 0;
    }
    /* Not a web address: a link, tab or section of this page, as a person
     * means "go to the login page". */
    if (read_target(r, i, end, CTX_NAV, "say which page to open, e.g. open example.com") != 0)
        return -1;
    if (!st->target.role && !st->target.state && !st->target.all && r->pronoun != 1)
        st->target.role = xstrdup("link");
    st->kind = STEP_CLICK;
    return 0;
}

static const char *const history_rest[] = {"a page",
                                           "one page",
                                           "to the previous page",
                                           "to previous page",
                                           "to the last page",
                                           "the page",
                                           "this page",
                                           "page",
                                           "the browser",
                                           "the tab",
                                           "the current page",
                                           "the site",
                                           "the website",
                                           "the results",
                                           "the search results",
                                           "in history",
                                           "in the browser",
                                           "in browser history",
                                           "in the history",
                                           "it",
                                           "once",
                                           "one step",
                                           "a step",
                                           NULL};

/* "go back instead of paying": a step of the page's flow undone, not the
 * browser's history. */
static const char *const mind_changes[] = {"instead of", "instead",    "without", "rather than",
                                           "and don't",  "and do not", NULL};

/* A date's first word: "3", "May", "Friday", "2026-05-04". */
static int date_word(const toks *c, int k, int end)
{
    static const char *const days[] = {
        "jan",      "feb",      "mar",      "apr",    "may",      "jun",       "jul",
        "aug",      "sep",      "sept",     "oct",    "nov",      "dec",       "january",
        "february", "march",    "april",    "june",   "july",     "august",    "september",
        "october",  "november", "december", "monday", "tuesday",  "wednesday", "thursday",
        "friday",   "saturday", "sunday",   "today",  "tomorrow", "next",      NULL};
    return k < end && !c->t[k].quoted &&
           (isdigit((unsigned char)c->t[k].s[0]) || ph_match_list(c, k, k + 1, days, NULL));
}

/* "back on May 4", "back by Friday", "return on 10 June", "return 10
 * June": a return date, not "go back" or "return the title". */
static int return_date(const toks *c, int pos, int end)
{
    static const char *const date_preps[] = {"on", "by", "in", "at", "the", NULL};
    static const char *const returns[] = {"return", "returning", NULL};
    if (ph_is(c, pos, "back")) /* "back on 4 May", "back 21 February 2027" */
        return pos + 2 <= end &&
               (ph_match_list(c, pos + 1, end, date_preps, NULL) || date_word(c, pos + 1, end));
    if (!ph_match_list(c, pos, pos + 1, returns, NULL)) return 0;
    int k = pos + 1 + (ph_match_list(c, pos + 1, end, date_preps, NULL) > 0);
    return date_word(c, k, end);
}

static int read_history(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end;
    step *st = st_of(r);
    st->kind = (step_kind)r->arg;
    if (st->kind != STEP_RELOAD && ph_is(c, i, "to") && ph_url_like(c, i + 1, end)) {
        st->kind = STEP_NAVIGATE; /* "go back to example.com" */
        st->value = ph_url_text(c, i + 1);
        return 0;
    }
    if (st->kind == STEP_BACK && ph_is(c, i, "to") && read_tab(r, i + 1, 1) == 0) return 0;
    if (st->kind == STEP_BACK && ph_is(c, i, "to") && i + 1 < end) return 0;
    double v;
    int n = ph_number(c, i, end, 1, &v);
    if (n && st->kind != STEP_RELOAD && i + n < end && v >= 1 && v <= INTENTS_MAX_REPEAT) {
        static const char *const units[] = {"pages", "page", "steps", "step", "times", NULL};
        int u = ph_match_list(c, i + n, end, units, NULL);
        if (u) {
            r->out->repeat = (int)v;
            i += n + u;
        }
    }
    while (i < end && (n = ph_match_list(c, i, end, history_rest, NULL)) > 0)
        i += n;
    if (st->kind == STEP_BACK && ph_match_list(c, i, end, mind_changes, NULL)) {
        st->kind = STEP_CLICK; /* "go back instead of paying": the form's Back */
        st->target.text = xstrdup("Back");
        st->target.role = xstrdup("button");
        return 0;
    }
    if (i < end) return hint(r, "say \"go back\", \"go forward\" or \"reload the page\"");
    return 0;
}

/* ---- search and find ---------------------------------------------------- */

/* Site names people search on without writing a web address. */
static const struct {
    const char *w;
    const char *site;
} site_names[] = {
    {"google", "google.com"}, {"bing", "bing.com"},       {"duckduckgo", "duckduckgo.com"},
    {"amazon", "amazon.com"}, {"youtube", "youtube.com"}, {"wikipedia", "wikipedia.org"},
    {"ebay", "ebay.com"},     {"github", "github.com"},   {"reddit", "reddit.com"},
    {"yahoo", "yahoo.com"},   {"etsy", "etsy.com"},       {"walmart", "walmart.com"},
};
static const char *const search_tails[] = {"using the search bar",
                                           "using the search box",
                                           "using the search field",
                                           "with the search bar",
                                           "with the search box",
                                           "in the search bar",
                                           "in the search box",
                                           "in the search field",
                                           "into the search bar",
                                           "into the search box",
                                           "on the site",
                                           "on the website",
                                           "on this site",
                                           "on this website",
                                           "on the web",
                                           "online",
                                           "in the site",
                                           "on it",
                                           "there",
                                           NULL};
static const char *const site_preps[] = {"on",  "at",   "in",     "from", "using",
                                         "via", "with", "within", NULL};
static const char *const this_site[] = {"the site",  "the website", "the page",
                                        "this site", "this page",   "this website",
                                        "the web",   "it",          NULL};

/* Token k names a site to search on: a web address or a known name. */
static char *site_at(const toks *c, int k, int end)
{
    if (k >= end) return NULL;
    if (ph_url_like(c, k, k + 1)) return ph_url_text(c, k);
    for (size_t s = 0; s < COUNT(site_names); s++)
        if (ph_is(c, k, site_names[s].w)) return xstrdup(site_names[s].site);
    return NULL;
}

static int read_search(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n, k;
    step *st = st_of(r);
    char *site = NULL;
    /* "search example.com for X", "search on Amazon for X", "search the site for X" */
    if ((n = ph_match_list(c, i, end, this_site, NULL)) && ph_is(c, i + n, "for")) {
        i += n + 1;
    } else {
        k = ph_is(c, i, "on") || ph_is(c, i, "at") ? i + 1 : i;
        if (ph_is(c, k + 1, "for") && (site = site_at(c, k, end))) i = k + 2;
    }
    if (ph_is(c, i, "for")) i++; /* "google for X" */
    for (;;) {
        int e = strip_tail(c, i, end, search_tails);
        char *s2;
        if (e != end) {
            end = e;
        } else if (!site && end - 2 > i && ph_match_list(c, end - 2, end - 1, site_preps, NULL) &&
                   (s2 = site_at(c, end - 1, end))) {
            site = s2; /* "search X on example.com" */
            end -= 2;
        } else {
            break;
        }
    }
    if (i >= end) {
        free(site);
        return hint(r, "say what to search for");
    }
    if (!site && r->arg == 1) site = xstrdup("google.com"); /* "google X" */
    st->kind = STEP_SEARCH;
    st->sub = r->arg == 2 ? SEARCH_FOUND : SEARCH_BOX;
    st->value = ph_text(c, i, end);
    st->value2 = site;
    /* "find Nadia Okafor (she is further down)": a remark with no value
     * is no part of what is searched for */
    char *aside = strstr(st->value, " (");
    size_t len = strlen(st->value);
    if (aside && st->value[len - 1] == ')' && !(end - i == 1 && c->t[i].quoted) &&
        !strpbrk(aside, "0123456789")) /* "(2026)" is a value */
        *aside = '\0';
    return 0;
}

/* How ex_read may read a plural: EX_LISTS reads "the prices" as a list; without
 * it only "all prices" is one (after "find", "usb hubs" is a search). */
enum { EX_QUANT = 1, EX_LISTS = 2 };
static int ex_read(rd *r, int i, int end, int mode);

static int read_find(rd *r)
{
    step *st = st_of(r);
    int flags = r->flags;
    if (r->i >= r->end) return hint(r, "say what to find");
    r->flags |= INTENTS_STRICT;
    int rc = ex_read(r, r->i, r->end, 0);
    r->flags = flags;
    if (rc == 0) return 0;
    step_free(st);
    r->pronoun = 0;
    /* "find the contact link": an element of this page; else a search. */
    /* "find flights from Oslo to Rome": things to search for, by slots */
    const tok *w = &r->c->t[r->i];
    int things = !w->quoted && !ph_capitalized(r->c, r->i) && ph_plural(w->s, w->core) &&
                 r->i + 1 < r->end &&
                 ph_match_list(r->c, r->i + 1, r->end,
                               (const char *const[]){"from", "to", "on", "for", "between", "under",
                                                     "in", "near", NULL},
                               NULL);
    if (!things && read_target(r, r->i, r->end, CTX_CLICK, "say what to find") == 0 &&
        (st->target.role || st->target.ordinal || st->target.anchor || st->target.anchor_role)) {
        st->kind = STEP_SCROLL;
        st->sub = SCROLL_TO;
        return 0;
    }
    step_free(st);
    r->pronoun = 0;
    r->i = strip_lead(r->c, r->i, r->end, articles);
    r->arg = 2; /* found, not searched for, on a page with no search box */
    return read_search(r);
}

static int read_locate(rd *r)
{
    if (read_target(r, r->i, r->end, CTX_CLICK, "say what to find on the page") != 0) return -1;
    st_of(r)->kind = STEP_SCROLL;
    st_of(r)->sub = SCROLL_TO;
    return 0;
}

/* ---- click, press, hover ------------------------------------------------ */

/* Why a person clicks, after what they click: "to continue". */
static const char *const purposes[] = {
    "to continue", "to proceed",  "to submit",   "to confirm", "to search", "to log in",
    "to login",    "to sign in",  "to open",     "to see",     "to view",   "to go",
    "to finish",   "to complete", "to start",    "to save",    "to expand", "to close",
    "to send",     "to apply",    "to accept",   "to move",    "to select", "to show",
    "to load",     "so that",     "in order to", "to edit",    "to rename", "to change",
    "to modify",   "to reveal",   "to play",     "to enable",  "to toggle", "to delete",
    "to find out", "to read",     "to check",    "to learn",   "to know",   NULL};

/* The end of [i, end) without a purpose ("click Next to continue"). */
static int drop_purpose(const toks *c, int i, int end)
{
    int k = find_word(c, i + 1, end, purposes, NULL);
    return k > i ? k : end;
}

/* What not to do, said after what to do: "close it with the X without
 * renaming", "choose Edit rather than confirming", ", without accepting
 * anything". A gerund (or "anything") follows the word, so "the Save
 * instead of Cancel" is no such tail. */
static const char *const refrains[] = {"without", "rather than", "instead of", NULL};

static int refrain_at(const toks *c, int k, int end)
{
    int n = ph_match_list(c, k, end, refrains, NULL);
    if (!n || k + n >= end || c->t[k + n].quoted) return 0;
    const tok *w = &c->t[k + n];
    return ph_is(c, k + n, "anything") ||
           (w->core > 4 && !strncasecmp(w->s + w->core - 3, "ing", 3));
}

/* The end of [i, end) before such a tail. */
static int drop_refrain(const toks *c, int i, int end)
{
    for (int k = i + 1; k < end; k++)
        if (refrain_at(c, k, end)) return k;
    return end;
}

static const char *const click_into[] = {"into", "in to", "inside", "in", NULL};

static int read_click(rd *r)
{
    int i = r->i, n = ph_match_list(r->c, r->i, r->end, click_into, NULL);
    if (n && i + n < r->end) i += n; /* "click into the second text input" */
    if (read_target(r, i, drop_purpose(r->c, i, r->end), CTX_CLICK, "say what to click") != 0)
        return -1;
    st_of(r)->kind = STEP_CLICK;
    st_of(r)->sub = r->arg;
    /* "right-click in the dashed box": a box is an area there, no field */
    target *t = &st_of(r)->target;
    if (r->arg == CLICK_RIGHT && t->role && !strcmp(t->role, "field")) {
        free(t->role);
        t->role = NULL;
        if (!t->text) t->text = xstrdup("box");
    }
    return 0;
}

/* "expand the section below", "collapse the FAQ": what the words name,
 * or what is collapsed (expanded) when they name nothing more. */
static int read_expand(rd *r)
{
    step *st = st_of(r);
    const char *state = r->arg ? "collapsed" : "expanded";
    st->kind = STEP_CLICK;
    if (r->i < r->end && read_target(r, r->i, r->end, CTX_CLICK, "say what to expand") == 0 &&
        (st->target.text || r->pronoun)) {
        if (!st->target.text && !st->target.state && !r->pronoun) st->target.state = xstrdup(state);
        return 0;
    }
    r->out->hint[0] = '\0';
    target_free(&st->target);
    st->target.state = xstrdup(state); /* "expand the section", "expand" */
    return 0;
}

/* "delete the message from Tomas", "like @sam's post", "remove the
 * checkbox": the control the verb names, in the thing the words name;
 * "... with its bin icon" names the control itself. */
static const char *const instruments[] = {
    "with its",        "using its",          "via its",  "by clicking its", "by clicking on its",
    "by clicking the", "by clicking on the", "with the", "using the",       NULL};

static int read_control(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n = 0;
    step *st = st_of(r);
    st->kind = STEP_CLICK;
    if (i >= end || ph_only_filler(c, i, end, 1)) { /* "confirm", "continue": its button */
        st->target.text = r->text ? xstrdup(r->text) : ph_text(c, r->vfrom, r->vto);
        return 0;
    }
    int k = find_word(c, i + 1, end, instruments, &n);
    /* "rent the scooter with the highest charge": which one, not what with */
    static const char *const most[] = {"highest",  "lowest",   "most",    "least",    "fewest",
                                       "best",     "worst",    "biggest", "smallest", "largest",
                                       "latest",   "newest",   "oldest",  "earliest", "longest",
                                       "shortest", "cheapest", "fullest", NULL};
    if (k > i && k + n < end && ph_match_list(c, k + n, end, most, NULL)) k = -1;
    for (int q = i + 1; q < end; q++) /* "reply to it with "thanks"": a text to write */
        if (c->t[q].quoted && (ph_is(c, q - 1, "with") || ph_is(c, q - 1, "saying")))
            return read_ground(r);
    if (k > i && k + n < end) {
        if (read_target(r, k + n, end, CTX_CLICK, "say which control to use") != 0) return -1;
    } else {
        k = end;
        st->target.text = r->text ? xstrdup(r->text) : ph_text(c, r->vfrom, r->vto);
    }
    int pron = 0;
    target obj;
    int in =
        ph_match_list(c, i, k, (const char *const[]){"in", "on", "inside", "within", NULL}, NULL);
    if (ph_is(c, i, "for") && i + 1 < k) i++; /* "pay for them" */
    if (ph_target(c, i, k, CTX_CLICK, &obj, &pron) == 0 && pron == 1) {
        r->pronoun = 3; /* "delete it": in the thing before, if one was named */
    } else {
        ph_anchor(c, i + in, k, &st->target); /* "confirm in the dialog" */
        st->target.prep = in ? "in" : "of";
    }
    target_free(&obj);
    return 0;
}

/* "use the search box to type X": the rest, acting on that element. */
static int read_use(rd *r)
{
    const toks *c = r->c;
    int k = -1, pron;
    for (int j = r->i + 1; j < r->end - 1 && k < 0; j++)
        if (ph_is(c, j, "to")) k = j;
    if (k < 0) return hint(r, "say what to do with it, e.g. use the search box to type X");
    char *rest = xstrndup(c->t[k + 1].from, (size_t)(c->t[r->end - 1].to - c->t[k + 1].from));
    parsed sub;
    int rc = intents_parse(rest, NULL, r->flags, &sub);
    free(rest);
    if (rc != 0) return hint(r, sub.hint[0] ? sub.hint : "say what to do with it");
    step_free(&sub.pre);
    *st_of(r) = sub.st;
    r->out->repeat = sub.repeat;
    if (k == r->i + 1 && strong_url(c, r->i)) { /* "use <url> to book a table" */
        r->out->has_pre = 1;
        r->out->pre.kind = STEP_NAVIGATE;
        r->out->pre.value = ph_url_text(c, r->i);
        return 0;
    }
    if (!target_named(&st_of(r)->target)) {
        target_free(&st_of(r)->target);
        if (ph_target(c, r->i, k, CTX_CLICK | CTX_FIELD, &st_of(r)->target, &pron) != 0) {
            step_free(st_of(r));
            return hint(r, "say which element to use");
        }
    }
    return 0;
}

/* "move the slider to 3", "set the spinner to 4": a value for a slider or
 * spinner (or any field the words name). */
static int read_move(rd *r)
{
    const toks *c = r->c;
    int k = last_word(c, r->i + 1, r->end, (const char *const[]){"to", NULL}, NULL);
    step *st = st_of(r);
    if (k < 0 && r->i < r->end && !ph_is(c, r->vfrom, "drag") && !ph_is(c, r->vfrom, "move") &&
        !ph_is(c, r->vfrom, "slide"))
        return read_ground(r); /* "decrease the quantity": the page's own control */
    if (k < 0 || k + 1 >= r->end) return hint(r, "say where to move it, e.g. move the slider to 3");
    if (read_target(r, r->i, k, CTX_FIELD, "say what to move") != 0) return -1;
    double v;
    if (!role_is(&st->target, "slider") && !role_is(&st->target, "spinbutton") &&
        ph_number(c, k + 1, r->end, 0, &v) != r->end - k - 1) {
        /* "move the Globex card to Won": a status the page sets its own way */
        target_free(&st->target);
        st->kind = STEP_DO;
        st->value = ph_text(c, r->vfrom, r->end);
        return 0;
    }
    st->kind = STEP_TYPE;
    st->value = ph_text(c, k + 1, r->end);
    return 0;
}

static int read_press(rd *r)
{
    step *st = st_of(r);
    int end = drop_purpose(r->c, r->i, r->end);
    if (r->i >= r->end) return hint(r, "say which key or button to press");
    if (ph_key(r->c, r->i, end, &st->value, &st->value2) == 0) {
        st->kind = STEP_KEY; /* "press Enter to submit" */
        return 0;
    }
    /* "press the Escape key in the input box": that field clicked into
     * first, then the key */
    static const char *const ins[] = {"in", "into", "inside", "on", "in to", NULL};
    for (int k = r->i + 1, n, pron = 0; k + 1 < end; k++) {
        if (!(n = ph_match_list(r->c, k, end, ins, NULL)) || k + n >= end ||
            ph_key(r->c, r->i, k, &st->value, &st->value2) != 0)
            continue;
        step *pre = &r->out->pre;
        if (ph_target(r->c, k + n, end, CTX_CLICK, &pre->target, &pron) != 0 || pron) {
            target_free(&pre->target);
            free(st->value), st->value = NULL;
            free(st->value2), st->value2 = NULL;
            break;
        }
        pre->kind = STEP_CLICK;
        r->out->has_pre = 1;
        st->kind = STEP_KEY;
        return 0;
    }
    if (read_target(r, r->i, end, CTX_CLICK, "say which key or button to press") != 0) return -1;
    st->kind = STEP_CLICK;
    return 0;
}

/* A verb that names its button: "log out", "add to cart". */
static int read_click_named(rd *r)
{
    step *st = st_of(r);
    st->kind = STEP_CLICK;
    st->target.text = r->text ? xstrdup(r->text) : ph_text(r->c, r->vfrom, r->vto);
    return 0;
}

/* "check out", "checkout": the control so named; "check out the guest in
 * room 12", "check in Ana Ruiz": that thing's own Check out or Check in
 * (a row's action, a dialog it opens), grounded when it runs. */
static int read_check_inout(rd *r)
{
    if (r->i >= r->end) return read_click_named(r);
    /* "check in the settings whether dark mode is on": a look, not Check in */
    if (find_word(r->c, r->i, r->end, (const char *const[]){"whether", "if", "that", NULL}, NULL) >=
        0)
        return -1;
    step *st = st_of(r);
    st->kind = STEP_DO;
    st->value = ph_text(r->c, r->vfrom, r->end);
    return 0;
}

/* "send it", "send the message": the button that sends the field just
 * typed into (its form's submit, a chat box's button), else a Send button. */
static int read_send(rd *r)
{
    static const char *const sent[] = {
        "it",          "this",      "the message", "the reply",
        "the comment", "the form",  "my message",  "the chat message",
        "that",        "the email", "the note",    "off",
        NULL};
    step *st = st_of(r);
    if (r->i < r->end && ph_match_list(r->c, r->i, r->end, sent, NULL) != r->end - r->i)
        return hint(r, "say \"send it\" after typing the message");
    st->kind = STEP_SUBMIT;
    st->target.text = xstrdup("Send");
    return 0;
}

static const char *const closable[] = {"popup",
                                       "pop-up",
                                       "pop up",
                                       "modal",
                                       "dialog",
                                       "dialog box",
                                       "banner",
                                       "cookie banner",
                                       "cookie popup",
                                       "cookie notice",
                                       "cookie dialog",
                                       "overlay",
                                       "notification",
                                       "alert",
                                       "message",
                                       "ad",
                                       "advert",
                                       "advertisement",
                                       "newsletter popup",
                                       "chat",
                                       "chat window",
                                       "sidebar",
                                       "menu",
                                       "drawer",
                                       "panel",
                                       NULL};
static const char *const unclosable[] = {
    "tab",      "window",     "browser",     "browser window",     "the tab",
    "this tab", "the window", "the browser", "the browser window", NULL};

static int read_close(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end;
    if (i >= end) return hint(r, "say what to close");
    if (ph_match_list(c, i, end, unclosable, NULL) == end - i)
        return hint(r, "closing tabs or windows is not supported");
    i = strip_lead(c, i, end, articles);
    if (ph_match_list_end(c, i, end, closable)) { /* its close button */
        st_of(r)->kind = STEP_CLICK;
        st_of(r)->target.text = xstrdup("Close");
        st_of(r)->target.role = xstrdup("button");
        return 0;
    }
    return read_click(r);
}

/* "get rid of the ad popup": its close button; "get rid of the old
 * draft": a removal, which the page reads (its Delete, Remove, ...). */
static int read_rid(rd *r)
{
    int i = strip_lead(r->c, r->i, r->end, articles);
    if (r->i < r->end && ph_match_list_end(r->c, i, r->end, closable)) return read_close(r);
    return read_ground(r);
}

static const char *const hover_leads[] = {"over", "on", "onto", "above", "to", "at", NULL};

static int read_hover(rd *r)
{
    int i = r->i + ph_match_list(r->c, r->i, r->end, hover_leads, NULL);
    /* "hover the ⓘ to see the limit" */
    if (read_target(r, i, drop_purpose(r->c, i, r->end), CTX_CLICK, "say what to hover over") != 0)
        return -1;
    st_of(r)->kind = STEP_HOVER;
    return 0;
}

/* "sort by price": the option in the page's sort dropdown. */
/* The order a sort asks for: value2 "descending" for these. */
static const char *const descending[] = {
    "descending",           "in descending order", "highest first", "largest first",
    "newest first",         "from high to low",    "high to low",   "z to a",
    "most expensive first", "biggest first",       "latest first",  NULL};
static const char *const ascending[] = {
    "ascending",        "in ascending order", "lowest first", "smallest first", "oldest first",
    "from low to high", "low to high",        "a to z",       "cheapest first", NULL};

/* "sort by price", "sort the table by price, highest first": the page's
 * sort dropdown, or the column's header (executor). */
static int read_sort(rd *r)
{
    const toks *c = r->c;
    step *st = st_of(r);
    int i = r->i, end = r->end, n;
    if (!ph_is(c, r->vto - 1, "by")) { /* "sort the table by price" */
        int k = find_word(c, i, end, (const char *const[]){"by", NULL}, NULL);
        if (k < 0) return hint(r, "say what to sort by");
        i = k + 1;
    }
    if ((n = ph_match_list_end(c, i, end, descending)) && end - n > i) {
        end -= n;
        st->value2 = xstrdup("descending");
    } else if ((n = ph_match_list_end(c, i, end, ascending)) && end - n > i) {
        end -= n;
    }
    /* "by the due column with the biggest amount first" */
    int w = find_word(c, i + 1, end, (const char *const[]){"with", NULL}, NULL);
    if (w > i && ph_is(c, end - 1, "first") && end - w >= 3) {
        static const char *const big[] = {"the biggest",  "the largest", "the highest", "the most",
                                          "the greatest", "the newest",  "the latest",  "biggest",
                                          "largest",      "highest",     "most",        "newest",
                                          "latest",       NULL};
        if (ph_match_list(c, w + 1, end, big, NULL)) st->value2 = xstrdup("descending");
        end = w;
    }
    if (i < end && ph_is(c, i, "the")) i++;
    if (end - i >= 2 && (ph_is(c, end - 1, "column") || ph_is(c, end - 1, "header"))) end--;
    if (i >= end) return hint(r, "say what to sort by");
    st->kind = STEP_SELECT;
    st->value = ph_text(c, i, end);
    st->target.text = xstrdup("Sort");
    st->target.role = xstrdup("dropdown");
    return 0;
}

static const char *const carts[] = {
    "cart", "the cart", "my cart", "basket",        "the basket",        "my basket",
    "bag",  "the bag",  "my bag",  "shopping cart", "the shopping cart", "my shopping cart",
    NULL};

/* "add the first item to the cart": the page's add-to-cart button. */
/* What is added: "a new to-do called", "a task:", "an item named". */
static const char *const item_nouns[] = {"to-do", "todo",     "to do", "task", "item", "entry",
                                         "note",  "reminder", "line",  "row",  "tag",  NULL};
static const char *const item_leads[] = {"a", "an", "the", "new", "a new", "another", NULL};
static const char *const item_names[] = {
    "called", "named", "titled", "saying", "that says", "with the text", "reading", ":", NULL};
/* "to my to-do list", "on the shopping list", "onto the list", "to the
 * todos": the list an entry goes on, at the end of [i, end). Its length
 * in tokens, or 0. */
static int list_tail(const toks *c, int i, int end)
{
    static const char *const nouns[] = {"list",  "todos", "to-dos",        "to-do's", "to dos",
                                        "tasks", "items", "list of tasks", NULL};
    static const char *const kinds[] = {"to-do",   "todo",    "to do",   "task", "shopping",
                                        "grocery", "packing", "reading", NULL};
    static const char *const dets[] = {"the", "my", "our", "your", "this", NULL};
    static const char *const preps[] = {"to", "on", "onto", "in", "into", NULL};
    int k = end - ph_match_list_end(c, i, end, nouns);
    if (k == end) return 0;
    k -= ph_match_list_end(c, i, k, kinds);
    k -= ph_match_list_end(c, i, k, dets);
    int p = ph_match_list_end(c, i, k, preps);
    return p && k - p > i ? end - (k - p) : 0;
}

/* "add Buy milk", "add a to-do called Buy milk", "create a new task
 * Call mom": a new item, typed into the field that takes it and entered;
 * "add the item to the cart": the page's add-to-cart button. */
static int read_add(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n = ph_match_list_end(c, i, end, carts);
    if (n && ph_is(c, end - n - 1, "to")) {
        st_of(r)->kind = STEP_CLICK;
        st_of(r)->target.text = xstrdup("Add to cart");
        int pron = 0; /* "add the Widget to the cart": its button */
        target obj;
        /* "add 3 butter croissants to the basket": that many of the thing,
         * its quantity set first */
        double count = 0;
        int cn = ph_number(c, i, end - n - 1, 1, &count);
        if (cn && count >= 2 && count <= 99 && count == (int)count && i + cn < end - n - 1) {
            step *q = &r->out->pre;
            q->kind = STEP_TYPE;
            q->value = xasprintf("%d", (int)count);
            q->target.text = xstrdup("quantity");
            ph_anchor(c, i + cn, end - n - 1, &q->target);
            q->target.prep = "of";
            /* its own words: the page reads the quantity, not the adding */
            q->clause = xasprintf("set the quantity of %s to %d",
                                  q->target.anchor ? q->target.anchor : "it", (int)count);
            r->out->has_pre = 1;
            i += cn;
        }
        if (end - n - 1 > i && ph_target(c, i, end - n - 1, CTX_CLICK, &obj, &pron) == 0 && !pron &&
            obj.text && strcasecmp(obj.text, "item") && strcasecmp(obj.text, "product")) {
            ph_anchor(c, i, end - n - 1, &st_of(r)->target);
            st_of(r)->target.prep = "of";
        } else if (pron == 1) {
            r->pronoun = 3; /* "set its quantity to 2 and add it to the basket": the thing's */
        }
        target_free(&obj);
        return 0;
    }
    int e0 = end - list_tail(c, i, end), k;
    /* "add a note to it saying fragile": a new thing on an item, which the
     * page's form makes */
    static const char *const new_things[] = {"a", "an", "another", "some", NULL};
    static const char *const persons[] = {"me", "us", "him", "her", "them", "myself", NULL};
    if (e0 == end && (k = last_word(c, i + 1, end, (const char *const[]){"to", NULL}, NULL)) > i &&
        k + 1 < end &&
        (ph_match_list(c, i, k, persons, NULL) == k - i || /* "add me to the waitlist" */
         (ph_match_list(c, i, k, new_things, NULL) &&
          (end - k > 4 ||
           ph_match_list(c, k + 1, end, (const char *const[]){"it", "them", NULL}, NULL)))))
        return read_ground(r);
    if (e0 == end && (k = last_word(c, i + 1, end, (const char *const[]){"to", NULL}, NULL)) > i &&
        k + 1 < end) { /* "add the Widget to the wishlist": that button, on the Widget */
        int d = k + 1 + ph_match_list(c, k + 1, end, item_leads, NULL);
        char *to = ph_text(c, d, end);
        st_of(r)->kind = STEP_CLICK;
        st_of(r)->target.text = xasprintf("Add to %s", to);
        free(to);
        ph_anchor(c, i, k, &st_of(r)->target);
        st_of(r)->target.prep = "of";
        return 0;
    }
    end = e0;
    /* "add one more bag of coffee", "add 2 extra cartons of milk", "add
     * another bag of rice": more of a thing the page lists (its stepper),
     * not new text */
    static const char *const mores[] = {"more", "extra", NULL};
    static const char *const units[] = {
        "bag",     "bags", "can",   "cans",   "pack",    "packs",   "packet", "packets", "bottle",
        "bottles", "box",  "boxes", "carton", "cartons", "jar",     "jars",   "loaf",    "tin",
        "tins",    "unit", "units", "piece",  "pieces",  "portion", NULL};
    double nmore;
    int nw = ph_number(c, i, end, 1, &nmore);
    if (!c->t[i].quoted &&
        ((nw && ph_match_list(c, i + nw, end, mores, NULL) && i + nw + 1 < end) ||
         (ph_is(c, i, "another") && ph_match_list(c, i + 1, end, units, NULL))))
        return read_ground(r);
    if (end - i == 2 && ph_is(c, i, "the") && !c->t[i + 1].quoted && !ph_capitalized(c, i + 1)) {
        char *noun = ph_text(c, i + 1, end); /* "create the issue": its button */
        st_of(r)->kind = STEP_CLICK;
        st_of(r)->target.text =
            xasprintf("%.*s %s", (int)c->t[r->vfrom].core, c->t[r->vfrom].s, noun);
        st_of(r)->target.text[0] = (char)toupper((unsigned char)st_of(r)->target.text[0]);
        free(noun);
        return 0;
    }
    int j = i + ph_match_list(c, i, end, item_leads, NULL);
    if ((n = ph_match_list(c, j, end, item_nouns, NULL)) && j + n < end) {
        j += n;
        j += ph_match_list(c, j, end, item_names, NULL);
        i = j;
    }
    if (i >= end) return hint(r, "say what to add, e.g. add \"Buy milk\"");
    /* "add the airport transfer": a thing the page offers (a box, an
     * extra), which the page reads; new text is said without "the" */
    if (ph_is(c, i, "the") && !c->t[i].quoted && end - i >= 2) return read_ground(r);
    st_of(r)->kind = STEP_TYPE;
    st_of(r)->sub = TYPE_ENTER;
    st_of(r)->value = ph_text(c, i, end);
    return 0;
}

static int read_register(rd *r);

static int read_submit(rd *r)
{
    st_of(r)->kind = STEP_SUBMIT;
    /* "submit the form with name Ada, email a@b.c": fill it, then submit */
    if (find_word(r->c, r->i, r->end, (const char *const[]){"with", "using", NULL}, NULL) >= r->i)
        return read_register(r);
    /* "submit a gas meter reading of 13877": what is sent, with its data,
     * is the form's request (a field for the number, a choice for the gas) */
    for (int k = r->i; k < r->end; k++) {
        const tok *t = &r->c->t[k];
        size_t d = strspn(t->s, "0123456789"); /* "the 2nd form" is no data */
        int ordinal = d && d + 2 == t->core && strchr("snrt", tolower((unsigned char)t->s[d]));
        if (t->quoted || memchr(t->s, '@', t->n) ||
            (strcspn(t->s, "0123456789") < t->n && !ordinal))
            return read_ground(r);
    }
    return 0;
}

/* ---- type, fill, set, clear --------------------------------------------- */

static const char *const strong_preps[] = {"into", "inside", "onto", "in to", "inside of", NULL};
static const char *const weak_preps[] = {"in", "on", "at", "as", "for", "under", "within", NULL};
static const char *const field_dets[] = {"the", "a",    "an",   "my", "your",
                                         "our", "this", "that", NULL};
static const char *const value_nouns[] = {"the text",   "the word",    "the words",  "the value",
                                          "the phrase", "the string",  "the number", "the query",
                                          "the term",   "the letters", "text",       "the code",
                                          "the digits", "the date",    "the time",   NULL};

/* Where the value ends and the field begins in "type V into F": the last
 * preposition that introduces a field. "into" always does; "in", "as",
 * "for" only before "the ...", a role word or a quoted name, or after a
 * quoted value, so "type best pizza in town" keeps its words. any: every
 * preposition does ("put X in Y"). Returns the index, or -1. */
static int split_prep(const toks *c, int i, int end, int any, int *len)
{
    const char *role;
    /* "into" first: "type X into the box inside the iframe" */
    for (int j = end - 1; j > i; j--)
        if (ph_is(c, j, "into") && j + 1 < end) {
            *len = 1;
            return j;
        }
    for (int j = end - 1; j > i; j--) {
        int n = ph_match_list(c, j, end, strong_preps, NULL);
        if (n && j + n < end) {
            *len = n;
            return j;
        }
    }
    /* the first weak one that names a field: "enter 03/03/2016 as the
     * date in the textbox"; with any, the last one ("put X in Y") */
    for (int x = i + 1; x < end; x++) {
        int j = any ? end + i - x : x;
        int n = ph_match_list(c, j, end, weak_preps, NULL);
        if (!n || j + n >= end) continue;
        int f = j + n;
        /* "type hello in Email": one word typed into a short name;
         * "enter Flaky test as title": a one-word field after "as" */
        int one_word = (j == i + 1 && end - f <= 3) ||
                       (ph_is(c, j, "as") && end - f == 1 && !c->t[f].quoted &&
                        !ph_match_list(c, f, end,
                                       (const char *const[]){"well", "usual", "before", "always",
                                                             "needed", "is", NULL},
                                       NULL));
        if (any || one_word || c->t[f].quoted || ph_match_list(c, f, end, field_dets, NULL) ||
            (ph_role_at_end(c, f, end, CTX_FIELD, &role) && *role)) {
            *len = n;
            return j;
        }
    }
    return -1;
}

/* The value to type from [i, end), without "the text" before it. */
static int set_value(rd *r, int i, int end)
{
    i = strip_lead(r->c, i, end, value_nouns);
    if (i >= end) return hint(r, "say what to type");
    free(st_of(r)->value);
    st_of(r)->value = ph_text(r->c, i, end);
    return 0;
}

enum { TYPE_ENTERKEY = 1, TYPE_ANYPREP = 2 };

static int generic_fields(const toks *c, int i, int end);

/* [i, end) is "an item that starts with X" (or "something beginning with
 * X"): the step types X. 0 when it is, else 1. */
static int suggestion_start(rd *r, int i, int end)
{
    static const char *const things[] = {
        "an item",   "a word", "an entry", "something",    "a value",    "an option", "a city",
        "a country", "a name", "one",      "a suggestion", "an element", NULL};
    static const char *const begins[] = {"that starts with",
                                         "that begins with",
                                         "starting with",
                                         "beginning with",
                                         "which starts with",
                                         "which begins with",
                                         NULL};
    const toks *c = r->c;
    int n = ph_match_list(c, i, end, things, NULL), m;
    if (!n || !(m = ph_match_list(c, i + n, end, begins, NULL)) || i + n + m >= end) return 1;
    int e = i + n + m + 1; /* the start is one word or a quoted text */
    st_of(r)->kind = STEP_TYPE;
    st_of(r)->value = ph_text(c, i + n + m, e);
    return 0;
}
static int read_pairs(rd *r, int i, int end, int need);

static int read_type(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n;
    step *st = st_of(r);
    if (i >= end) {
        if (!(r->arg & TYPE_ENTERKEY)) return hint(r, "say what to type");
        st->kind = STEP_KEY; /* "enter" alone: the key */
        st->value = xstrdup("Enter");
        return 0;
    }
    if ((ph_is(c, end - 1, "key") || ph_is(c, end - 1, "keys")) &&
        ph_key(c, i, end, &st->value, &st->value2) == 0) {
        st->kind = STEP_KEY; /* "type the Enter key" */
        return 0;
    }
    const char *role;
    /* "put milk, eggs and bread on my list": entries, as "add" makes them */
    if ((r->arg & TYPE_ANYPREP) && list_tail(c, i, end)) return read_add(r);
    if (ph_match_list(c, i, end, strong_preps, NULL)) return hint(r, "say what to type");
    int k = split_prep(c, i, end, r->arg & TYPE_ANYPREP, &n);
    int at = i + ph_match_list(c, i, end, weak_preps, NULL);
    if (k < 0 && ph_match_list(c, at, end, field_dets, NULL) &&
        ph_role_at_end(c, at, end, CTX_FIELD, &role) &&
        (!strcmp(role, "field") || !strcmp(role, "searchbox")))
        return hint(r, "say what to type"); /* "type in the search box" */
    if (k < 0 && (r->arg & TYPE_ANYPREP))
        return hint(r, "say where to put it, e.g. put bob in the name field");
    if (k < 0 && end - i >= 3 && c->t[end - 1].quoted && !c->t[end - 2].quoted &&
        ph_match_list(c, i, end, field_dets, NULL) &&
        !ph_match_list(c, i, end, value_nouns, NULL)) {
        st->kind = STEP_TYPE; /* "enter the password "secret"" */
        st->value = ph_text(c, end - 1, end);
        return read_target(r, i, end - 1, CTX_FIELD, "say which field to type into");
    }
    /* "enter an item that starts with Por": the start typed, the suggestion picked */
    if (suggestion_start(r, i, k < 0 ? end : k) == 0) {
        if (k >= 0 && read_target(r, k + n, end, CTX_FIELD, "say which field to type into") != 0)
            return -1;
        r->out->has_pre = 1;
        r->out->pre = *st;
        memset(st, 0, sizeof *st);
        st->kind = STEP_CLICK;
        st->target.text = xstrdup(r->out->pre.value);
        st->target.role = xstrdup("option");
        st->target.prefix = 1;
        return 0;
    }
    /* "put user jo and pass k9 in the fields": a form's fields, each by its label */
    if (k >= 0 && generic_fields(c, k + n, end) && read_pairs(r, i, k, 1) == 0) return 0;
    if (set_value(r, i, k < 0 ? end : k) != 0) return -1;
    st->kind = STEP_TYPE;
    if (k >= 0 && read_target(r, k + n, end, CTX_FIELD, "say which field to type into") != 0)
        return -1;
    if (k >= 0 && generic_fields(c, k + n, end)) st->target.all = 1; /* "type x into the boxes" */
    if (k >= 0 && st->target.all && k - i >= 2 && c->t[k - 1].quoted) {
        free(st->value); /* "the password "xyz" into both fields": the text */
        st->value = ph_text(c, k - 1, k);
    }
    /* "the code 7Q into both boxes": the boxes are the code's */
    if (k >= 0 && st->target.all && !st->target.text && ph_is(c, i, "the") && k - i >= 3 &&
        !ph_match_list(c, i, k, value_nouns, NULL))
        st->target.text = ph_text(c, i + 1, i + 2);
    else if (k >= 0 && st->target.all && !st->target.text &&
             (n = ph_match_list(c, i, k, value_nouns, NULL)) && ph_is(c, i, "the") && n == 2 &&
             !ph_is(c, i + 1, "text") && !ph_is(c, i + 1, "value"))
        st->target.text = ph_text(c, i + 1, i + 2);
    return 0;
}

static const char *const fill_with[] = {"with", "using", NULL};

static int read_fill(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n;
    step *st = st_of(r);
    if (i >= end)
        return hint(r, "say which field to fill and with what, e.g. fill Email with a@b.c");
    int k = find_word(c, i + 1, end, fill_with, &n);
    if (k > i && generic_fields(c, i, k)) /* "fill in the form with name Ada, email a@b.c" */
        return read_pairs(r, k + n, end, 1);
    if (k > i) { /* "fill F with V" */
        if (set_value(r, k + n, end) != 0) return -1;
        st->kind = STEP_TYPE;
        return read_target(r, i, k, CTX_FIELD, "say which field to fill");
    }
    if ((k = find_word(c, i + 1, end, (const char *const[]){"as", NULL}, &n)) > i && k + n < end) {
        if (set_value(r, k + n, end) != 0) return -1; /* "fill in your name as Ada" */
        st->kind = STEP_TYPE;
        return read_target(r, i, k, CTX_FIELD, "say which field to fill");
    }
    k = split_prep(c, i, end, 1, &n); /* "fill V in F" */
    const char *role = NULL;
    if (k < 0 && end - i >= 2 && !ph_match_list(c, i, end, owners, NULL) && !ph_is(c, i, "in") &&
        !ph_is(c, i, "out") && !ph_role_at_end(c, i, end, CTX_FIELD, &role))
        return read_ground(r); /* "fill in first name Ana": the page splits them */
    if (k < 0) return hint(r, "say what to type, e.g. fill Email with a@b.c");
    if (set_value(r, i, k) != 0) return -1;
    st->kind = STEP_TYPE;
    return read_target(r, k + n, end, CTX_FIELD, "say which field to fill");
}

static const char *const set_to[] = {"to", "=", NULL};
static const char *const on_words[] = {"on",      "checked", "true",     "yes",
                                       "enabled", "ticked",  "selected", NULL};
static const char *const off_words[] = {"off",      "unchecked", "false",      "no",
                                        "disabled", "unticked",  "unselected", NULL};

static int read_set(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n;
    step *st = st_of(r);
    int k = find_word(c, i + 1, end, set_to, &n);
    if (k < 0 && end - i >= 2 && end - i <= 4 &&
        (c->t[end - 1].quoted || ph_capitalized(c, end - 1) ||
         isdigit((unsigned char)c->t[end - 1].s[0])))
        k = end - 1, n = 0; /* "..., severity Critical": a field, then its value */
    if (k < 0 || k + n >= end) return hint(r, "say what to set it to, e.g. set Quantity to 3");
    if (read_target(r, i, k, CTX_FIELD | CTX_SELECT, "say what to set") != 0) return -1;
    if (role_is(&st->target, "checkbox") || role_is(&st->target, "radio")) {
        if (ph_match_list(c, k + n, end, on_words, NULL) == end - k - n)
            st->kind = STEP_CHECK;
        else if (ph_match_list(c, k + n, end, off_words, NULL) == end - k - n)
            st->kind = STEP_UNCHECK;
        else
            return hint(r, "say on or off");
        return 0;
    }
    st->kind = role_is(&st->target, "dropdown") ? STEP_SELECT : STEP_TYPE;
    return set_value(r, k + n, end);
}

static int read_clear(rd *r)
{
    step *st = st_of(r);
    if (read_target(r, r->i, r->end, CTX_FIELD, "say which field to clear") != 0) return -1;
    if (role_is(&st->target, "checkbox")) {
        st->kind = STEP_UNCHECK;
        return 0;
    }
    st->kind = STEP_TYPE; /* typing nothing empties the field */
    st->value = xstrdup("");
    return 0;
}

/* ---- select and check --------------------------------------------------- */

static const char *const select_from[] = {"from", "out of", NULL};
static const char *const select_in[] = {"in", "on", "under", "within", "for", "inside", "as", NULL};
static const char *const select_all[] = {
    "all", "all text", "all the text", "everything", "all of it", "all of the text", NULL};
static const char *const click_roles[] = {
    "button",   "link",  "tab",       "image",      "heading",   "menu",
    "item",     "field", "searchbox", "dropdown",   "paragraph", "option",
    "treeitem", "row",   "cell",      "expandable", NULL};
/* Things that take a value rather than an option: "select 4 with the spinner". */
static const char *const value_roles[] = {"slider", "spinbutton", "field", "searchbox", NULL};
static const char *const select_with[] = {"with", "using", NULL};

/* "02/16/2016", "2016-02-16", "7:45 PM": a date or a time. */
static int date_like(const char *v)
{
    int digits = 0, seps = 0;
    for (const char *p = v; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        else if (strchr("/-.:", *p))
            seps++;
        else if (!isspace((unsigned char)*p) && !strchr("apmAPM", *p))
            return 0;
    }
    return digits >= 3 && seps >= 1;
}
static const char *const starts[] = {"begins", "starts", "beginning", "starting",
                                     "begin",  "start",  NULL};

static int role_in(const target *t, const char *const *roles)
{
    for (int k = 0; t->role && roles[k]; k++)
        if (!strcmp(t->role, roles[k])) return 1;
    return 0;
}

static int read_select(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n = 0, pron;
    step *st = st_of(r);
    if (i >= end) return hint(r, "say which option to select");
    if (ph_match_list(c, i, end, select_all, NULL) == end - i) {
        st->kind = STEP_KEY; /* "select all": Ctrl+A */
        st->value = xstrdup("a");
        st->value2 = xstrdup("Control");
        return 0;
    }
    if (ph_match_list(c, i, end, select_from, NULL))
        return hint(r, "say which option to select"); /* "select from the dropdown" */
    int k = last_word(c, i + 1, end, select_from, &n);
    if (k < 0) k = last_word(c, i + 1, end, select_in, &n);
    if (k < 0) k = last_word(c, i + 1, end, select_with, &n);
    if (k > i && ph_match_list(c, k - 1, k, starts, NULL)) k = -1; /* "begins with Por" */
    if (k > i && k + n < end) {                                    /* "select V from D" */
        target v;
        if (ph_target(c, i, k, CTX_SELECT, &v, &pron) != 0 || (!v.text && !v.role)) {
            target_free(&v);
            return hint(r, "say the option's text, e.g. select \"Blue\" from the Color dropdown");
        }
        if (!v.text) { /* "select the first item in the list": that item */
            st->kind = STEP_CLICK;
            st->target = v;
            return 0;
        }
        st->kind = STEP_SELECT;
        st->value = v.text;
        v.text = NULL;
        target_free(&v);
        if (read_target(r, k + n, end, CTX_SELECT | CTX_FIELD,
                        "say which dropdown to select from") != 0)
            return -1;
        /* "select 4 with the spinner", "choose 3 on the slider", "select
         * 02/16/2016 as the date": a value, not an option */
        if (role_in(&st->target, value_roles) || (!st->target.role && date_like(st->value)))
            st->kind = STEP_TYPE;
        else if (ph_is(c, k, "with") || ph_is(c, k, "using"))
            return hint(r, "say the option's text, e.g. select \"Blue\" from the Color dropdown");
        return 0;
    }
    if (read_target(r, i, end, CTX_SELECT, "say which option to select") != 0) return -1;
    if (role_is(&st->target, "checkbox") || role_is(&st->target, "radio")) {
        st->kind = STEP_CHECK;
    } else if (role_is(&st->target, "option") && st->target.text && !st->target.prefix &&
               !st->target.ordinal && !st->target.anchor) {
        st->kind = STEP_SELECT; /* "choose the option Large" */
        st->value = st->target.text;
        st->target.text = NULL;
        target_free(&st->target);
    } else if (r->pronoun || role_in(&st->target, click_roles) || !st->target.text ||
               st->target.prefix || (st->target.role && st->target.ordinal) ||
               (st->target.state &&
                (!strncmp(st->target.state, "min", 3) || !strncmp(st->target.state, "max", 3)))) {
        st->kind = STEP_CLICK; /* "select the first result", "choose the cheapest flight" */
    } else {
        st->kind = STEP_SELECT; /* "choose Express shipping" */
        st->value = st->target.text;
        st->target.text = NULL;
        target_free(&st->target);
    }
    return 0;
}

static const char *const condition_words[] = {"that", "if", "whether", "for", "to see", NULL};

enum { CHECK_OFF = 0, CHECK_ON = 1, CHECK_VERB = 2 };
/* "mark X as done" checks X's box; "as not done" unchecks it. */
static const char *const done_as[] = {
    "as done",     "as complete",      "as completed",  "as finished",    "as checked", "as read",
    "as resolved", "as not done",      "as incomplete", "as uncompleted", "as undone",  "as active",
    "as unread",   "as not completed", "as open",       "done",           "complete",   "completed",
    NULL};
static const char *const undone_as[] = {"as not done",      "as incomplete", "as uncompleted",
                                        "as undone",        "as active",     "as unread",
                                        "as not completed", "as open",       NULL};
static const char *const every_box[] = {"all",       "everything",    "all of them", "them all",
                                        "every one", "all the boxes", "all boxes",   NULL};

/* "turn it off", "switch it on": the thing before, as a box. */
static int read_check_it(rd *r)
{
    if (r->i < r->end && !ph_only_filler(r->c, r->i, r->end, 1)) return -1;
    st_of(r)->kind = r->arg == CHECK_OFF ? STEP_UNCHECK : STEP_CHECK;
    r->pronoun = 1;
    return 0;
}

static int read_check(rd *r)
{
    step *st = st_of(r);
    const char *what = r->arg == CHECK_OFF ? "say what to uncheck" : "say what to check";
    if (r->i >= r->end) return hint(r, what);
    if (r->arg == CHECK_VERB) {
        if (ph_match_list(r->c, r->i, r->end, condition_words, NULL))
            return hint(r, "checking a condition is not supported; say what to click, type or get");
        int flags = r->flags;
        r->flags |= INTENTS_STRICT; /* "check the price of X" reads it */
        int rc = ex_read(r, r->i, r->end, 0);
        r->flags = flags;
        if (rc == 0) return 0;
        step_free(st);
        r->out->hint[0] = '\0';
        r->pronoun = 0;
    }
    st->kind = r->arg == CHECK_OFF ? STEP_UNCHECK : STEP_CHECK;
    int n = 0, k = find_word(r->c, r->i, r->end, done_as, &n);
    if (k >= r->i && k + n == r->end &&
        (ph_is(r->c, k, "as") || k > r->i)) { /* "mark Buy milk as done" */
        int undone = ph_match_list(r->c, k, r->end, undone_as, NULL) == n;
        st->kind = (r->arg == CHECK_OFF) != undone ? STEP_UNCHECK : STEP_CHECK;
        st->target.role = xstrdup("checkbox");
        if (k == r->i || ph_match_list(r->c, r->i, k, every_box, NULL) == k - r->i) {
            st->target.all = 1; /* "mark all as complete" */
            return 0;
        }
        ph_anchor(r->c, r->i, k, &st->target);
        st->target.prep = "of";
        return 0;
    }
    if (ph_match_list(r->c, r->i, r->end, every_box, NULL) == r->end - r->i) {
        st->target.role = xstrdup("checkbox"); /* "tick all", "uncheck everything" */
        st->target.all = 1;
        return 0;
    }
    /* "tick the box so I get an sms": why is no part of its name */
    static const char *const so_that[] = {"so i", "so we", "so that", "so it", "so they", NULL};
    int end = r->end, why = find_word(r->c, r->i + 1, r->end, so_that, NULL);
    if (why > r->i) end = why;
    if (read_target(r, r->i, end, CTX_CHECK, what) != 0) return -1;
    /* "check the Saturday line-up": "check" also means look at; with no
     * word that says a box, the page decides (a box so named is ticked, a
     * tab or section so named opened) */
    const target *t = &st->target;
    if (r->arg == CHECK_VERB && ph_is(r->c, r->i, "the") && !t->role && !t->exact && !t->all &&
        !t->ordinal && !t->anchor && !r->pronoun && t->text && strchr(t->text, ' ')) {
        char *words = ph_text(r->c, r->i, r->end);
        target_free(&st->target);
        st->kind = STEP_DO;
        st->value = xasprintf("open %s", words);
        free(words);
    }
    return 0;
}

/* ---- scroll ------------------------------------------------------------- */

static const char *const scroll_objects[] = {"the page", "the window",   "the screen",     "page",
                                             "the view", "the document", "the whole page", NULL};
static const char *const dir_down[] = {"down",         "downward", "downwards",
                                       "further down", "lower",    NULL};
static const char *const dir_up[] = {"up",         "upward", "upwards", "back up",
                                     "further up", "higher", NULL};
static const char *const dir_side[] = {"left", "right", "sideways", "horizontally", NULL};
static const char *const scroll_to[] = {"to",
                                        "until",
                                        "till",
                                        "til",
                                        "toward",
                                        "towards",
                                        "down to",
                                        "up to",
                                        "until you see",
                                        "till you see",
                                        "until i see",
                                        "until you reach",
                                        "until you find",
                                        "down until",
                                        "down till",
                                        "up until",
                                        NULL};
static const char *const bottoms[] = {
    "the bottom", "bottom",          "the very bottom",        "the end",
    "end",        "the very end",    "the bottom of the page", "the end of the page",
    "the footer", "the page bottom", "the bottom of the list", NULL};
static const char *const tops[] = {"the top",
                                   "top",
                                   "the very top",
                                   "the start",
                                   "the beginning",
                                   "the top of the page",
                                   "the start of the page",
                                   "the beginning of the page",
                                   "the page top",
                                   "the header",
                                   "the top of the list",
                                   NULL};
static const char *const seen_tails[] = {
    "is visible", "becomes visible", "appears",      "shows up",  "is shown", "comes into view",
    "is in view", "is on screen",    "is displayed", "into view", "in view",  NULL};
static const struct {
    const char *w;
    long px;
} scroll_sizes[] = {
    {"a bit", 300},         {"a little", 300},    {"a little bit", 300}, {"slightly", 300},
    {"some", 300},          {"a tad", 300},       {"a lot", 2000},       {"far", 2000},
    {"a page", 0},          {"one page", 0},      {"a screen", 0},       {"one screen", 0},
    {"a screenful", 0},     {"one screenful", 0}, {"a full page", 0},    {"half a page", 400},
    {"half a screen", 400},
};
#define MAX_SCROLL_PX 100000

/* "until X is visible", "to the Reviews section": where to scroll. */
static int scroll_target(rd *r, int i, int end)
{
    step *st = st_of(r);
    if (ph_match_list(r->c, i, end, bottoms, NULL) == end - i) {
        st->sub = SCROLL_BOTTOM;
        /* "scroll until the end": again, until nothing more loads */
        for (int k = r->i; k < i; k++)
            if (ph_is(r->c, k, "until") || ph_is(r->c, k, "till") || ph_is(r->c, k, "til"))
                st->amount = -1;
        if (r->arg) st->amount = -1;
        return 0;
    }
    if (ph_match_list(r->c, i, end, tops, NULL) == end - i) {
        st->sub = SCROLL_TOP;
        return 0;
    }
    end = strip_tail(r->c, i, end, seen_tails);
    st->sub = SCROLL_TO;
    return read_target(r, i, end, CTX_CLICK, "say where to scroll");
}

static int read_scroll(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n, all = 0;
    step *st = st_of(r);
    long px;
    double v;
    st->kind = STEP_SCROLL;
    st->sub = SCROLL_DOWN;
    i += ph_match_list(c, i, end, scroll_objects, NULL);
    if ((n = ph_match(c, i, end, "all the way"))) i += n, all = 1;
    if (ph_is(c, i, "back") && ph_match_list(c, i + 1, end, scroll_to, NULL))
        i++; /* "back to the top" */
    if ((n = ph_match_list(c, i, end, dir_down, NULL)))
        i += n;
    else if ((n = ph_match_list(c, i, end, dir_up, NULL)))
        i += n, st->sub = SCROLL_UP;
    else if (ph_match_list(c, i, end, dir_side, NULL))
        return hint(r, "only up, down, to the top or bottom, or to an element");
    if ((n = ph_match(c, i, end, "all the way"))) i += n, all = 1;
    i += ph_match_list(c, i, end, scroll_objects, NULL);
    if (end - 2 > i && ph_match(c, end - 2, end, "into view") == 2)
        return scroll_target(r, i, end - 2); /* "scroll Reviews into view" */
    if ((n = ph_match_list(c, i, end, scroll_to, NULL))) {
        if (i + n >= end) return hint(r, "say where to scroll");
        return scroll_target(r, i + n, end);
    }
    if (ph_is(c, i, "by")) i++;
    static const char *const pages[] = {"pages", "screens", "screenfuls", "page", "screen", NULL};
    int best = 0;
    if ((n = ph_number(c, i, end, 1, &v)) && v >= 1 && v <= INTENTS_MAX_REPEAT &&
        (best = ph_match_list(c, i + n, end, pages, NULL))) {
        r->out->repeat = (int)v; /* "scroll down 3 pages": a screenful each */
        i += n + best;
    } else if ((n = ph_pixels(c, i, end, &px))) {
        st->amount = px > MAX_SCROLL_PX ? MAX_SCROLL_PX : (int)px;
        i += n;
    } else {
        for (size_t k = 0; k < COUNT(scroll_sizes); k++)
            if ((n = ph_match(c, i, end, scroll_sizes[k].w)) > best)
                best = n, st->amount = (int)scroll_sizes[k].px;
        i += best;
    }
    i += ph_match_list(c, i, end, scroll_objects, NULL);
    if (i < end) {
        if ((n = ph_match_list(c, i, end, scroll_to, NULL)) && i + n < end)
            return scroll_target(r, i + n, end); /* "scroll down a bit to X" */
        return hint(r, "say up, down, to the top or bottom, or to an element");
    }
    if (all) st->sub = st->sub == SCROLL_UP ? SCROLL_TOP : SCROLL_BOTTOM;
    if (r->arg && st->sub == SCROLL_DOWN && !st->amount) st->sub = SCROLL_BOTTOM, st->amount = -1;
    return 0;
}

/* ---- wait --------------------------------------------------------------- */

static const char *const wait_leads[] = {
    "for",    "until",   "till",          "til",        "'til",          "up to",       "about",
    "around", "roughly", "approximately", "another",    "an additional", "at least",    "at most",
    "just",   "some",    "for about",     "for around", "for up to",     "for another", NULL};
static const char *const wait_after[] = {"before continuing",
                                         "before going on",
                                         "before the next step",
                                         "before the next action",
                                         "before next action",
                                         "before proceeding",
                                         "then",
                                         "or so",
                                         "more",
                                         "longer",
                                         "to let it load",
                                         "to let the page load",
                                         "after the interaction",
                                         "for the page to update",
                                         "for the page to load",
                                         "for the page to settle",
                                         NULL};
static const char *const appear_tails[] = {"to appear",
                                           "appears",
                                           "appear",
                                           "to show up",
                                           "shows up",
                                           "to show",
                                           "shows",
                                           "is shown",
                                           "to be shown",
                                           "to be visible",
                                           "is visible",
                                           "becomes visible",
                                           "to become visible",
                                           "to be displayed",
                                           "is displayed",
                                           "to display",
                                           "displays",
                                           "to exist",
                                           "exists",
                                           "is present",
                                           "to be present",
                                           "to be there",
                                           "is there",
                                           "to come up",
                                           "comes up",
                                           "pops up",
                                           "to pop up",
                                           "has appeared",
                                           "to load",
                                           "loads",
                                           "has loaded",
                                           "is loaded",
                                           "to be loaded",
                                           "to finish loading",
                                           "finishes loading",
                                           "to render",
                                           "is rendered",
                                           "to be rendered",
                                           "to be clickable",
                                           "is clickable",
                                           "to be ready",
                                           "is ready",
                                           "to be enabled",
                                           "is enabled",
                                           "to be available",
                                           "is available",
                                           "on the page",
                                           "on screen",
                                           "to appear on the page",
                                           "appears on the page",
                                           NULL};
static const char *const gone_tails[] = {
    "to disappear", "disappears",           "to go away", "goes away", "is gone", "to vanish",
    "vanishes",     "to be hidden",         "is hidden",  "to close",  "closes",  "to be removed",
    "is removed",   "is no longer visible", NULL};
static const char *const text_nouns[] = {
    "the text", "the word",         "the words",          "the message", "the phrase",
    "text",     "a message saying", "the message saying", "the label",   NULL};
static const char *const load_subjects[] = {"the page",
                                            "page",
                                            "it",
                                            "the site",
                                            "the website",
                                            "website",
                                            "site",
                                            "everything",
                                            "the document",
                                            "document",
                                            "the app",
                                            "the web page",
                                            "the webpage",
                                            "this page",
                                            "the new page",
                                            "the next page",
                                            "the whole page",
                                            "the entire page",
                                            "the full page",
                                            "the browser",
                                            "the tab",
                                            "the page content",
                                            "the content",
                                            NULL};
static const char *const load_words[] = {"load",     "loads",    "loaded",  "loading", "ready",
                                         "idle",     "settle",   "settles", "settled", "navigation",
                                         "pageload", "navigate", NULL};
static const char *const load_glue[] = {
    "to",      "has",        "have",     "is",        "be",  "finish",  "finishes",  "finished",
    "fully",   "completely", "complete", "completes", "the", "network", "done",      "become",
    "becomes", "stop",       "stops",    "stopped",   "and", "up",      "to finish", NULL};

/* "the page to load", "it is fully loaded", "page load", "navigation". */
static int is_load(const toks *c, int i, int end)
{
    int saw = 0, n;
    i += ph_match_list(c, i, end, load_subjects, NULL);
    while (i < end) {
        if ((n = ph_match_list(c, i, end, load_words, NULL)))
            saw = 1;
        else if (!(n = ph_match_list(c, i, end, load_glue, NULL)))
            return 0;
        i += n;
    }
    return saw;
}

/* What comes after "wait for" / "wait until": the page loading, or a text. */
static int wait_condition(rd *r, int i, int end)
{
    const toks *c = r->c;
    step *st = st_of(r);
    if (i >= end) return hint(r, "say what to wait for");
    if (is_load(c, i, end)) {
        st->sub = WAIT_LOAD;
        return 0;
    }
    /* "until the spinner is gone": what it names, until it no longer shows */
    int gone = ph_match_list_end(c, i, end, gone_tails) > 0;
    end = strip_tail(c, i, end, gone ? gone_tails : appear_tails);
    i = strip_lead(c, i, end, text_nouns);
    st->sub = gone ? WAIT_GONE : WAIT_TEXT;
    if (read_target(r, i, end, CTX_CLICK, "say what to wait for") != 0) return -1;
    if (r->pronoun) return hint(r, "say which text to wait for");
    if (!st->target.text) { /* "wait for the search box": its words */
        st->target.text = ph_text(c, strip_lead(c, i, end, articles), end);
        free(st->target.role);
        st->target.role = NULL;
        st->target.ordinal = 0;
    }
    return 0;
}

enum { WAIT_PLAIN = 0, WAIT_NEEDS_OBJECT = 1 };

static int read_wait(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n;
    step *st = st_of(r);
    long ms = 0;
    double v;
    st->kind = STEP_WAIT;
    if (i >= end) {
        if (r->arg == WAIT_NEEDS_OBJECT) return hint(r, "say how long to wait");
        st->sub = WAIT_TIME; /* "wait": a moment */
        st->amount = 1000;
        return 0;
    }
    int cond = ph_is(c, i, "for") || ph_is(c, i, "until") || ph_is(c, i, "till");
    i = strip_lead(c, i, end, wait_leads);
    if (ph_match_list(c, i, end, wait_leads, NULL) == end - i)
        return hint(r, "say how long to wait, or what to wait for");
    /* A bare number is seconds when small ("wait 3"), else ms ("wait 500"). */
    if ((n = ph_duration(c, i, end, 1000, &ms)) == 1 && ph_number(c, i, end, 0, &v) == 1 &&
        v >= 100)
        ms = (long)v;
    if (n) {
        end = strip_tail(c, i + n, end, wait_after);
        if (i + n < end && ph_match_list(c, i + n, end, wait_after, NULL) == end - i - n)
            end = i + n;
        st->amount = (int)(ms > INTENTS_MAX_WAIT_MS ? INTENTS_MAX_WAIT_MS : ms);
        i += n;
        if (i >= end) {
            st->sub = WAIT_TIME;
            return 0;
        }
        /* "wait up to 10 seconds for X": amount is then the time limit */
        if ((n = ph_match_list(c, i, end, wait_leads, NULL))) return wait_condition(r, i + n, end);
        if (r->arg == WAIT_NEEDS_OBJECT && ph_is(c, i, "to")) {
            st->sub = WAIT_TIME; /* "give the page 3 seconds to load" */
            return 0;
        }
        if (r->arg == WAIT_NEEDS_OBJECT) return read_ground(r); /* "give it 4 stars" */
        return hint(r, "say how long to wait, or what to wait for");
    }
    if (!cond && r->arg == WAIT_NEEDS_OBJECT)
        return read_ground(r); /* "give it 4 stars": no wait at all */
    /* "pause my membership for 3 months", "pause the video": a thing to
     * act on, not something to wait for */
    if (!cond && ph_match_list(c, i, end,
                               (const char *const[]){"my", "our", "your", "his", "her", "their",
                                                     "the", "this", NULL},
                               NULL))
        return read_ground(r);
    return wait_condition(r, i, end);
}

static int read_let(rd *r)
{
    if (!is_load(r->c, r->i, r->end)) return hint(r, "say \"let the page load\"");
    st_of(r)->kind = STEP_WAIT;
    st_of(r)->sub = WAIT_LOAD;
    return 0;
}

/* ---- screenshot --------------------------------------------------------- */

static const char *const shot_nouns[] = {
    "screenshot",     "screen shot", "screen-shot", "screengrab",  "screen grab",
    "screen capture", "screencap",   "snapshot",    "screenshots", NULL};
/* Also screenshots after "take" and "capture", not after "get". */
static const char *const shot_nouns_loose[] = {"picture", "image",   "photo",        "pic",
                                               "shot",    "capture", "print screen", NULL};
static const char *const full_words[] = {
    "full-page",   "full page",     "fullpage", "whole-page",  "whole page",  "entire-page",
    "entire page", "complete page", "full",     "full-length", "full length", "long",
    "scrolling",   "entire",        "whole",    NULL};
static const char *const view_subjects[] = {"the page",
                                            "this page",
                                            "the current page",
                                            "the screen",
                                            "the viewport",
                                            "the visible area",
                                            "the visible page",
                                            "the window",
                                            "the browser",
                                            "the browser window",
                                            "the site",
                                            "the website",
                                            "the web page",
                                            "the webpage",
                                            "the current view",
                                            "the view",
                                            "it",
                                            "page",
                                            "screen",
                                            "what is visible",
                                            "what's visible",
                                            "the result",
                                            "the results",
                                            NULL};
static const char *const full_subjects[] = {"the whole page",
                                            "the entire page",
                                            "the full page",
                                            "the complete page",
                                            "the whole site",
                                            "the whole website",
                                            "the entire website",
                                            "the whole thing",
                                            "everything",
                                            "whole page",
                                            "entire page",
                                            "full page",
                                            "the page in full",
                                            "the whole web page",
                                            "the entire screen",
                                            "the full length of the page",
                                            NULL};
static const char *const shot_leads[] = {"a", "an", "the", "me", "one", "us", NULL};

/* What a screenshot shows: [i, end) after "of". */
static int shot_subject(rd *r, int i, int end, int full)
{
    step *st = st_of(r);
    st->kind = STEP_SCREENSHOT;
    st->sub = full;
    if (ph_is(r->c, end - 1, "fully") || ph_match(r->c, end - 2, end, "in full") == 2) {
        st->sub = 1;
        end -= ph_is(r->c, end - 1, "fully") ? 1 : 2;
    }
    if (i >= end || ph_match_list(r->c, i, end, view_subjects, NULL) == end - i) return 0;
    if (ph_match_list(r->c, i, end, full_subjects, NULL) == end - i) {
        st->sub = 1;
        return 0;
    }
    return read_target(r, i, end, CTX_CLICK | CTX_READ, "say what to take a screenshot of");
}

/* "a full-page screenshot of the header": returns 0 and fills the step, 1
 * when the words are no screenshot, -1 on a refusal. loose: also
 * "picture", "image". */
static int shot_phrase(rd *r, int i, int end, int loose, int need_noun)
{
    const toks *c = r->c;
    int n, full = 0;
    i += ph_match_list(c, i, end, shot_leads, NULL);
    if ((n = ph_match_list(c, i, end, full_words, NULL))) i += n, full = 1;
    n = ph_match_list(c, i, end, shot_nouns, NULL);
    if (!n && loose) n = ph_match_list(c, i, end, shot_nouns_loose, NULL);
    if (!n && need_noun) return 1;
    i += n;
    if (ph_is(c, i, "of") || ph_is(c, i, "showing")) i++;
    return shot_subject(r, i, end, full);
}

static int read_shot(rd *r)
{
    int i = r->i;
    if (ph_is(r->c, i, "of")) i++;
    return shot_subject(r, i, r->end, r->arg);
}

static int read_take(rd *r)
{
    int rc = shot_phrase(r, r->i, r->end, 1, 1);
    return rc == 1 ? hint(r, "say what to take, e.g. take a screenshot") : rc;
}

static int read_capture(rd *r)
{
    const toks *c = r->c;
    int rc = shot_phrase(r, r->i, r->end, 1, 1);
    if (rc != 1) return rc;
    int i = r->i + ph_match_list(c, r->i, r->end, full_words, NULL);
    if (ph_match_list(c, i, r->end, view_subjects, NULL) == r->end - i ||
        ph_match_list(c, i, r->end, full_subjects, NULL) == r->end - i)
        return shot_phrase(r, r->i, r->end, 1, 0); /* "capture the (whole) page" */
    int flags = r->flags;
    r->flags |= INTENTS_STRICT; /* "capture the title" reads it */
    rc = ex_read(r, r->i, r->end, 0);
    r->flags = flags;
    if (rc == 0) return 0;
    step_free(st_of(r));
    r->out->hint[0] = '\0';
    r->pronoun = 0;
    return shot_phrase(r, r->i, r->end, 1, 0);
}

/* ---- extract ------------------------------------------------------------ */

static const char *const ex_leads[] = {
    "me",        "us",     "out",        "back",        "to me",       "for me",   "the",
    "a",         "an",     "current",    "this",        "its",         "page's",   "the page's",
    "website's", "site's", "document's", "the current", "this page's", "the full", NULL};
static const char *const ex_quant[] = {"all of the",
                                       "all the",
                                       "all",
                                       "every",
                                       "each",
                                       "each of the",
                                       "every one of the",
                                       "a list of",
                                       "a list of all",
                                       "a list of the",
                                       "list of",
                                       "the list of",
                                       "the full list of",
                                       "a list of every",
                                       NULL};
static const char *const page_tails[] = {"of the page",
                                         "of this page",
                                         "of the current page",
                                         "on the page",
                                         "on this page",
                                         "of the site",
                                         "of the website",
                                         "of the tab",
                                         "of the document",
                                         "of the web page",
                                         "of the webpage",
                                         "from the page",
                                         "from this page",
                                         "in the page",
                                         "here",
                                         "as rows",
                                         "as a list",
                                         "as a list of rows",
                                         "as json",
                                         "as text",
                                         "as a table",
                                         "in json",
                                         "in json format",
                                         "in the browser",
                                         "of the current tab",
                                         "of the open page",
                                         "shown",
                                         "displayed",
                                         "currently",
                                         "right now",
                                         "is",
                                         "are",
                                         "please",
                                         NULL};

/* Nouns that are the whole request. */
static const struct {
    const char *w;
    int sub;
} ex_nouns[] = {
    {"title", EXTRACT_TITLE},
    {"page title", EXTRACT_TITLE},
    {"tab title", EXTRACT_TITLE},
    {"document title", EXTRACT_TITLE},
    {"site title", EXTRACT_TITLE},
    {"website title", EXTRACT_TITLE},
    {"title tag", EXTRACT_TITLE},
    {"page name", EXTRACT_TITLE},
    {"name of the page", EXTRACT_TITLE},
    {"url", EXTRACT_URL},
    {"page url", EXTRACT_URL},
    {"full url", EXTRACT_URL},
    {"address", EXTRACT_URL},
    {"web address", EXTRACT_URL},
    {"page address", EXTRACT_URL},
    {"url address", EXTRACT_URL},
    {"location", EXTRACT_URL},
    {"link", EXTRACT_URL},
    {"page link", EXTRACT_URL},
    {"href", EXTRACT_URL},
    {"address of the page", EXTRACT_URL},
    {"link to the page", EXTRACT_URL},
    {"text", EXTRACT_TEXT},
    {"page text", EXTRACT_TEXT},
    {"text content", EXTRACT_TEXT},
    {"content", EXTRACT_TEXT},
    {"contents", EXTRACT_TEXT},
    {"page content", EXTRACT_TEXT},
    {"page contents", EXTRACT_TEXT},
    {"body", EXTRACT_TEXT},
    {"body text", EXTRACT_TEXT},
    {"whole page", EXTRACT_TEXT},
    {"entire page", EXTRACT_TEXT},
    {"page", EXTRACT_TEXT},
    {"whole text", EXTRACT_TEXT},
    {"everything", EXTRACT_TEXT},
    {"visible text", EXTRACT_TEXT},
    {"main content", EXTRACT_TEXT},
    {"main text", EXTRACT_TEXT},
    {"full text", EXTRACT_TEXT},
    {"page's text", EXTRACT_TEXT},
    {"text on the page", EXTRACT_TEXT},
    {"links", EXTRACT_LINKS},
    {"hyperlinks", EXTRACT_LINKS},
    {"link urls", EXTRACT_LINKS},
    {"urls", EXTRACT_LINKS},
    {"anchors", EXTRACT_LINKS},
    {"link list", EXTRACT_LINKS},
    {"hrefs", EXTRACT_LINKS},
    {"link texts", EXTRACT_LINKS},
    {"links and their urls", EXTRACT_LINKS},
    {"table", EXTRACT_TABLE},
    {"tables", EXTRACT_TABLE},
    {"table data", EXTRACT_TABLE},
    {"table contents", EXTRACT_TABLE},
    {"table content", EXTRACT_TABLE},
    {"table rows", EXTRACT_TABLE},
    {"rows", EXTRACT_TABLE},
    {"data table", EXTRACT_TABLE},
    {"tabular data", EXTRACT_TABLE},
    {"price", EXTRACT_PRICE},
    {"total price", EXTRACT_PRICE},
    {"current price", EXTRACT_PRICE},
};
/* After "all" / "every", these mean every link. */
static const char *const link_words[] = {"link",      "links",      "url",  "urls",
                                         "hyperlink", "hyperlinks", "href", "hrefs",
                                         "anchor",    "anchors",    NULL};
static const char *const of_words[] = {"of",     "in",  "from",  "on", "inside",
                                       "within", "for", "under", NULL};
static const char *const text_heads[] = {
    "text", "content", "contents", "wording", "words", "value",    "inner text", "body",
    "copy", "title",   "name",     "heading", "label", "headline", "caption",    NULL};
static const char *const price_heads[] = {"price", "cost",        "current price", "sale price",
                                          "total", "total price", "amount",        NULL};
static const char *const table_heads[] = {"data",   "rows",    "cells", "contents", "content",
                                          "values", "entries", "text",  NULL};
static const char *const url_heads[] = {"url",      "link",        "href",   "address",
                                        "link url", "destination", "target", NULL};
static const char *const count_heads[] = {"number", "count",    "total number",
                                          "amount", "how many", NULL};
static const char *const table_words[] = {"table", "tables", NULL};
static const char *const price_tails[] = {"price", "cost", "prices", NULL};
static const char *const shown_in[] = {"written in",
                                       "written on",
                                       "written at",
                                       "shown in",
                                       "shown on",
                                       "displayed in",
                                       "displayed on",
                                       "said in",
                                       "written inside",
                                       "shown inside",
                                       "displayed inside",
                                       "written within",
                                       "shown at",
                                       "displayed at",
                                       "written under",
                                       "in",
                                       "inside",
                                       "on",
                                       "under",
                                       NULL};

/* Words of a list request that name what each item has. */
static const char *const field_nouns[] = {
    "name",      "title",    "price",    "cost",         "author",     "date",
    "rating",    "link",     "url",      "href",         "image",      "description",
    "summary",   "text",     "score",    "category",     "brand",      "size",
    "color",     "colour",   "sku",      "id",           "email",      "phone",
    "address",   "location", "salary",   "company",      "headline",   "subtitle",
    "tag",       "status",   "stock",    "availability", "quantity",   "discount",
    "time",      "duration", "view",     "like",         "star",       "heading",
    "label",     "value",    "type",     "model",        "year",       "city",
    "country",   "language", "genre",    "publisher",    "isbn",       "vote",
    "point",     "comment",  "username", "number",       "code",       "rank",
    "position",  "source",   "snippet",  "caption",      "content",    "body",
    "excerpt",   "platform", "version",  "count",        "percentage", "change",
    "volume",    "symbol",   "ticker",   "weight",       "material",   "seller",
    "condition", "shipping", "delivery", "subject",      "sender",     "phone number",
    "thumbnail", "photo",    "picture",  "detail",       "feature",    "specification",
    "spec",      NULL};
static const char *const list_joins[] = {"and",        "&",         "plus",    "as well as",
                                         "along with", "and their", "and its", NULL};
static const char *const list_leads[] = {"the", "their", "its", "each", "all", "every", "of", NULL};
static const char *const list_of[] = {"of", "for", "from", "across", "in", "on", NULL};
static const char *const container_leads[] = {
    "all", "every", "each", "the", "all the", "each of the", "every single", "a", NULL};

#define MAX_FIELDS 16

static int is_field_noun(const char *singular)
{
    for (int k = 0; field_nouns[k]; k++)
        if (!strcmp(field_nouns[k], singular)) return 1;
    return 0;
}

/* Lower-case, singular words of [i, end) joined by spaces ("search
 * results" -> "search result"). Quoted texts stay as written. */
static char *noun_phrase(const toks *c, int i, int end)
{
    buf b = {0};
    for (int k = i; k < end; k++) {
        const tok *t = &c->t[k];
        size_t n = t->quoted ? t->n : t->core;
        if (!t->quoted && n >= 2 && t->s[n - 2] == '\'' &&
            tolower((unsigned char)t->s[n - 1]) == 's')
            n -= 2; /* "product's" */
        else if (!t->quoted && n >= 4 && memcmp(t->s + n - 4, "\xe2\x80\x99", 3) == 0 &&
                 tolower((unsigned char)t->s[n - 1]) == 's')
            n -= 4;
        char *w = k == end - 1 && !t->quoted ? ph_singular(t->s, n) : NULL;
        if (!w) {
            w = xstrndup(t->s, n);
            if (!t->quoted)
                for (char *p = w; *p; p++)
                    *p = (char)tolower((unsigned char)*p);
        }
        buf_printf(&b, "%s%s", k > i ? " " : "", w);
        free(w);
    }
    return buf_steal(&b);
}

static int possessive(const tok *t)
{
    size_t n = t->core;
    if (t->quoted || n < 3) return 0;
    return (t->s[n - 2] == '\'' && tolower((unsigned char)t->s[n - 1]) == 's') ||
           (n >= 5 && memcmp(t->s + n - 4, "\xe2\x80\x99", 3) == 0 &&
            tolower((unsigned char)t->s[n - 1]) == 's');
}

/* The token ends with a comma: a list goes on ("names, prices and ..."). */
static int comma_after(const tok *t)
{
    return !t->quoted && t->n > t->core && t->s[t->core] == ',';
}

/* A request for a list, cut in pieces: "all product names and prices of
 * the shop" -> conjuncts "product names", "prices". */
typedef struct list_req {
    int cut[MAX_FIELDS][2]; /* the conjuncts, as token ranges */
    int n;
    int quant;       /* "all", "every", "each" */
    int plural;      /* the first conjunct is plural: "the names and ..." */
    int many;        /* the container after "of" is plural: "of the products" */
    char *container; /* "product", or NULL */
} list_req;

static int quantifier(const toks *c, int i)
{
    return ph_is(c, i, "all") || ph_is(c, i, "every") || ph_is(c, i, "each");
}

/* The words after "of" / "for" name the container: "... of all products". */
static int list_container(const toks *c, int i, int end, list_req *lr)
{
    int n = 0, k = find_word(c, i + 1, end, list_of, &n);
    if (k <= i || k + n >= end) return end;
    int a = k + n;
    if (quantifier(c, a)) lr->quant = 1;
    a = strip_lead(c, a, end, container_leads);
    lr->container = noun_phrase(c, a, end);
    lr->many = !c->t[end - 1].quoted && ph_plural(c->t[end - 1].s, c->t[end - 1].core);
    return k;
}

/* Cut [i, end) at "and", "&" and commas into lr->cut. -1 when it is no
 * list of fields. */
static int list_cut(const toks *c, int i, int end, list_req *lr)
{
    int n;
    for (int a = i; a < end;) {
        int b = a, next;
        while (b < end && !ph_match_list(c, b, end, list_joins, NULL) && !comma_after(&c->t[b]))
            b++;
        if (b >= end)
            next = end;
        else if (comma_after(&c->t[b]))
            next = ++b; /* "names, prices": the comma's word is in */
        else
            next = b + ph_match_list(c, b, end, list_joins, NULL);
        /* "names and prices and the title": "the" and one thing is no
         * field of a list but a request of its own. */
        if (lr->n > 0 && ph_is(c, a, "the") && b - a >= 2 && !c->t[b - 1].quoted &&
            !ph_plural(c->t[b - 1].s, c->t[b - 1].core))
            return -1;
        int lead = a;
        while ((n = ph_match_list(c, lead, b, list_leads, NULL)) && lead + n < b) {
            if (quantifier(c, lead)) lr->quant = 1;
            lead += n;
        }
        for (int j = lead; j < b; j++) /* fields are words, not "/" or "-" */
            if (!c->t[j].quoted && (unsigned char)c->t[j].s[0] < 0x80 &&
                !isalnum((unsigned char)c->t[j].s[0]))
                return -1;
        if (lead < b) {
            if (lr->n == MAX_FIELDS) return -1;
            lr->cut[lr->n][0] = lead, lr->cut[lr->n][1] = b;
            /* A list starts with plural words ("the names and prices"), so
             * "the title and the links" stays two requests. */
            const tok *t = &c->t[b - 1];
            if (lr->n == 0 && !t->quoted && ph_plural(t->s, t->core)) lr->plural = 1;
            lr->n++;
        }
        a = next;
    }
    return lr->n > 0 ? 0 : -1;
}

/* The fields of the conjuncts (fields[], NULL-terminated), taking the
 * container from "product names" or "each product's name" when no "of"
 * named it. */
static void list_fields(const toks *c, list_req *lr, char **fields)
{
    int nf = 0;
    for (int j = lr->cut[0][0]; j < lr->cut[0][1] - 1 && !lr->container; j++)
        if (possessive(&c->t[j])) {
            lr->container = noun_phrase(c, lr->cut[0][0], j + 1);
            lr->cut[0][0] = j + 1;
        }
    for (int f = 0; f < lr->n; f++) {
        int a = lr->cut[f][0], b = lr->cut[f][1];
        if (f == 0 && !lr->container && b - a > 1) {
            char *last = ph_singular(c->t[b - 1].s, c->t[b - 1].core);
            int field = lr->n > 1 || is_field_noun(last);
            free(last);
            if (field) {
                lr->container = noun_phrase(c, a, b - 1); /* "product names" */
                a = b - 1;
            }
        }
        char *w = noun_phrase(c, a, b);
        if (f == 0 && lr->n == 1 && !lr->container && !is_field_noun(w)) {
            lr->container = w; /* "all products": each item's text */
            w = xstrdup("text");
        }
        fields[nf++] = w;
    }
    fields[nf] = NULL;
}

/* "all product names and prices", "the name and price of every product",
 * "each article's title and author": EXTRACT_LIST. 0 when it fits. */
static int ex_list(rd *r, int i, int end, int quant)
{
    const toks *c = r->c;
    step *st = st_of(r);
    list_req lr = {.quant = quant};
    char *fields[MAX_FIELDS + 1];
    end = list_container(c, i, end, &lr);
    /* A list needs many things: "all", plural words, or "of the products";
     * "the Widget's price" is one. */
    if (list_cut(c, i, end, &lr) != 0 || !(lr.quant || lr.plural || lr.many)) {
        free(lr.container);
        return -1;
    }
    list_fields(c, &lr, fields);
    st->kind = STEP_EXTRACT;
    st->sub = EXTRACT_LIST;
    st->fields = xcalloc((size_t)lr.n + 1, sizeof *st->fields);
    memcpy(st->fields, fields, (size_t)lr.n * sizeof *fields);
    st->target.text = lr.container;
    return 0;
}

/* The step reads one element's text, price or table: [i, end) names it. */
static int ex_target(rd *r, int sub, int i, int end, int optional)
{
    step *st = st_of(r);
    st->kind = STEP_EXTRACT;
    st->sub = sub;
    if (i >= end && optional) return 0;
    return read_target(r, i, end, CTX_CLICK | CTX_READ, "say what to read");
}

/* Drop "'s" from the target's text ("Widget's price" -> "Widget"). */
static void drop_possessive(target *t)
{
    size_t n = t->text ? strlen(t->text) : 0;
    if (n > 2 && t->text[n - 2] == '\'' && (t->text[n - 1] == 's' || t->text[n - 1] == 'S'))
        t->text[n - 2] = '\0';
    else if (n > 4 && memcmp(t->text + n - 4, "\xe2\x80\x99", 3) == 0 && t->text[n - 1] == 's')
        t->text[n - 4] = '\0';
}

/* Where the thing counted ends and what is said of it begins: "how many
 * to-dos | are left", "the number of items | in the cart". */
static const char *const count_breaks[] = {
    "are",       "is",    "were",  "was",       "have", "has",  "do",   "does",  "can",   "remain",
    "remaining", "left",  "in",    "on",        "at",   "with", "that", "which", "shown", "listed",
    "displayed", "there", "still", "currently", "of",   "you",  "i",    "we",    NULL};
static const char *const count_glue[] = {"are",  "is",    "were",      "there",  "do",
                                         "does", "still", "currently", "remain", NULL};

/* Kinds of control a count may be of ("how many checkboxes are checked");
 * other nouns are counted by their words. */
static const char *const counted_roles[] = {"checkbox", "radio", "button", "link",     "tab",
                                            "field",    "image", "row",    "dropdown", NULL};

/* "how many to-dos are left": EXTRACT_COUNT of what [i, end) names, with
 * the words after it as its qualifier ("left"). */
static int count_of(rd *r, int i, int end)
{
    const toks *c = r->c;
    step *st = st_of(r);
    i = strip_lead(c, i, end, articles);
    int m = i + 1;
    while (m < end && !ph_match_list(c, m, end, count_breaks, NULL))
        m++;
    st->kind = STEP_EXTRACT;
    st->sub = EXTRACT_COUNT;
    if (read_target(r, i, m, CTX_CLICK, "say what to count") != 0) return -1;
    if (st->target.role &&
        !role_in(&st->target, counted_roles)) { /* "items", "messages": the words */
        target_free(&st->target);
        st->target.text = ph_text(c, i, m);
    }
    int q = m;
    while (q < end && ph_match_list(c, q, end, count_glue, NULL))
        q += ph_match_list(c, q, end, count_glue, NULL);
    if (q < end) st->value = ph_text(c, q, end);
    return 0;
}

static int read_count(rd *r)
{
    int i = r->i + ph_match(r->c, r->i, r->end, "the number of");
    if (i >= r->end) return hint(r, "say what to count, e.g. how many items are in the cart");
    return count_of(r, i, r->end);
}

/* A name that is a role word alone ("frame" of "the second frame's") is
 * that role. */
static void role_of_name(target *t)
{
    toks c;
    const char *role = NULL;
    if (!t->text || t->role) return;
    ph_tokenize(t->text, &c);
    if (c.n && ph_role_at(&c, 0, c.n, CTX_CLICK | CTX_READ, &role) == c.n && role && *role) {
        free(t->text);
        t->text = NULL;
        t->role = xstrdup(role);
    }
    ph_toks_free(&c);
}

/* "<head> of X": the text, title, price or table of something. 1 when
 * head is none of those. */
static int ex_of(rd *r, int i, int k, int n, int end)
{
    const toks *c = r->c;
    int x = k + n;
    if (ph_plural(c->t[k - 1].s, c->t[k - 1].core) && !ph_match_list(c, i, k, text_heads, NULL))
        return 1; /* "the names of all products": a list */
    if (ph_match_list(c, i, k, table_heads, NULL) == k - i &&
        ph_match_list_end(c, x, end, table_words)) {
        int e = end - ph_match_list_end(c, x, end, table_words);
        while (x < e && ph_match_list(c, x, e, articles, NULL))
            x++;
        return ex_target(r, EXTRACT_TABLE, x, e, 1);
    }
    if (ph_match_list(c, i, k, text_heads, NULL) == k - i)
        return ex_target(r, EXTRACT_TEXT, x, end, 0);
    if (ph_match_list(c, i, k, price_heads, NULL) == k - i)
        return ex_target(r, EXTRACT_PRICE, x, end, 0);
    if (ph_match_list(c, i, k, url_heads, NULL) == k - i)
        return hint(r, "reading one link's address is not supported; \"get all links\" lists "
                       "every link with its address");
    if (ph_match_list(c, i, k, count_heads, NULL) == k - i) return count_of(r, x, end);
    return 1;
}

static const char *const say_tails[] = {"say",     "says",     "show",     "shows",   "read",
                                        "reads",   "display",  "displays", "contain", "contains",
                                        "say now", "says now", NULL};

/* [i, end) names one thing by an anchor ("the balance next to Credits",
 * "the status in the row of #7733"): its text. 0 when it does. */
static int ex_anchored(rd *r, int i, int end)
{
    target t;
    int pron = 0, ok = 0;
    for (int k = i; k < end; k++) /* "the names and prices of every product": a list */
        if (quantifier(r->c, k) || comma_after(&r->c->t[k]) || ph_is(r->c, k, "and")) return 1;
    if (ph_match_list_end(r->c, i, end, price_tails)) return 1; /* "the Widget's price" */
    if (ph_target(r->c, i, end, CTX_CLICK | CTX_READ, &t, &pron) == 0 &&
        (t.anchor || t.anchor_role) && t.text && !ph_plural(t.text, strlen(t.text)))
        ok = 1;
    target_free(&t);
    return ok ? ex_target(r, EXTRACT_TEXT, i, end, 0) : 1;
}

/* Read [i, end) after an extraction verb: what to get. mode: EX_QUANT
 * when the verb says "all" ("list"), EX_LISTS when plurals make lists. */
static int ex_read(rd *r, int i, int end, int mode)
{
    const toks *c = r->c;
    step *st = st_of(r);
    int n, rc, quant = mode & EX_QUANT;
    /* "the message that appears": the message */
    if ((n = ph_match_list_end(c, i, end, seen_tails)) && end - n - 1 > i &&
        (ph_is(c, end - n - 1, "that") || ph_is(c, end - n - 1, "which")))
        end -= n + 1;
    if ((ph_is(c, i, "its") || ph_is(c, i, "their")) && i + 1 < end) { /* "get its price" */
        int sub = ph_match_list(c, i + 1, end, price_heads, NULL) == end - i - 1  ? EXTRACT_PRICE
                  : ph_match_list(c, i + 1, end, text_heads, NULL) == end - i - 1 ? EXTRACT_TEXT
                                                                                  : -1;
        if (sub >= 0) {
            st->kind = STEP_EXTRACT;
            st->sub = sub;
            r->pronoun = 1;
            return 0;
        }
    }
    if ((n = ph_match_list(c, i, end, shown_in, NULL)) && i + n < end) /* "written in the footer" */
        return ex_target(r, EXTRACT_TEXT, i + n, end, 0);
    if (ph_is(c, i, "what") && (n = ph_match_list_end(c, i + 1, end, say_tails)) && end - n > i + 1)
        return ex_target(r, EXTRACT_TEXT, i + 1, end - n, 0); /* "what the info bubble says" */
    i = strip_lead(c, i, end, ex_leads);
    if ((n = ph_match_list(c, i, end, ex_quant, NULL)) && i + n < end) i += n, quant = 1;
    i = strip_lead(c, i, end, ex_leads);
    end = strip_tail(c, i, end, page_tails);
    if (i >= end || ph_match_list(c, i, end, ex_leads, NULL) == end - i)
        return hint(r, "say what to get, e.g. get the title");
    if ((rc = shot_phrase(r, i, end, 0, 1)) != 1) return rc; /* "get a screenshot" */
    if (quant && ph_match_list(c, i, end, link_words, NULL) == end - i) {
        st->kind = STEP_EXTRACT;
        st->sub = EXTRACT_LINKS;
        return 0;
    }
    for (size_t k = 0; k < COUNT(ex_nouns); k++)
        if (ph_match(c, i, end, ex_nouns[k].w) == end - i) {
            st->kind = STEP_EXTRACT;
            st->sub = ex_nouns[k].sub;
            return 0;
        }
    /* "links in the footer": the links of a part of the page. */
    if ((n = ph_match_list(c, i, end, link_words, NULL)) && n < end - i &&
        ph_plural(c->t[i + n - 1].s, c->t[i + n - 1].core) &&
        ph_match_list(c, i + n, end, of_words, NULL))
        return ex_target(r, EXTRACT_LINKS, i + n + 1, end, 1);
    int k = find_word(c, i + 1, end, of_words, &n);
    if (k > i && k + n < end && (rc = ex_of(r, i, k, n, end)) != 1) return rc;
    /* "the balance shown next to Credits": one value, by its anchor */
    if (!quant && !(r->flags & INTENTS_STRICT) && ex_anchored(r, i, end) == 0) return 0;
    if ((quant || (mode & EX_LISTS)) && ex_list(r, i, end, quant) == 0) return 0;
    if ((n = ph_match_list_end(c, i, end, table_words)))
        return ex_target(r, EXTRACT_TABLE, i, end - n, 1); /* "the pricing table" */
    if (end - i >= 2 && possessive(&c->t[end - 2]) &&
        ph_match_list(c, end - 1, end, text_heads, NULL)) {
        if (ex_target(r, EXTRACT_TEXT, i, end - 1, 0) != 0)
            return -1; /* "the second frame's text" */
        drop_possessive(&st->target);
        role_of_name(&st->target);
        return 0;
    }
    if (ph_match_list_end(c, i, end, price_tails) && end - 1 > i) { /* "the Widget's price" */
        if (ex_target(r, EXTRACT_PRICE, i, end - 1, 0) != 0) return -1;
        drop_possessive(&st->target);
        return 0;
    }
    if (r->flags & INTENTS_STRICT) return hint(r, "say what to get, e.g. get the title");
    /* Anything else names an element: its text ("read the intro heading"). */
    return ex_target(r, EXTRACT_TEXT, i, end, 0);
}

enum { EX_PLAIN = 0, EX_ALL = 1 };

/* "copy its link", "copy the link to the message": the item's Copy link
 * control (a page's own address is "get the URL"). */
static int copy_link(rd *r)
{
    static const char *const links[] = {"its link",       "the link",     "link",
                                        "its url",        "its address",  "a link",
                                        "the link to it", "a link to it", NULL};
    const toks *c = r->c;
    int n = ph_match_list(c, r->i, r->end, links, NULL);
    if (!ph_is(c, r->vfrom, "copy") || r->vto != r->vfrom + 1 || !n) return 1;
    step *st = st_of(r);
    st->kind = STEP_CLICK;
    st->target.text = xstrdup("Copy link");
    if (ph_is(c, r->i, "its") || (n > 2 && ph_is(c, r->i + n - 1, "it")))
        r->pronoun = 3; /* in the thing before */
    else if (r->i + n < r->end)
        ph_anchor(c, ph_is(c, r->i + n, "of") || ph_is(c, r->i + n, "to") ? r->i + n + 1 : r->i + n,
                  r->end, &st->target);
    if (st->target.anchor) st->target.prep = "of";
    return 0;
}

static int read_extract(rd *r)
{
    /* "show me only remote jobs", "show just the open ones": a filter the
     * page offers, not a reading */
    int at = r->i + (r->i < r->end && ph_is(r->c, r->i, "me"));
    if (ph_is(r->c, r->vfrom, "show") && at < r->end &&
        (ph_is(r->c, at, "only") || ph_is(r->c, at, "just")))
        return 1;
    int got = copy_link(r);
    if (got != 1) return got;
    static const char *const asks[] = {"who",      "when", "where", "which", "how many",
                                       "how much", "what", "whose", NULL};
    /* "tell me who closed AP-093": the question */
    if (r->i < r->end && ph_match_list(r->c, r->i, r->end, asks, NULL)) {
        char *q =
            xstrndup(r->c->t[r->i].from, (size_t)(r->c->t[r->end - 1].to - r->c->t[r->i].from));
        parsed sub;
        int rc = intents_parse(q, NULL, r->flags, &sub);
        free(q);
        if (rc == 0 && sub.st.kind == STEP_EXTRACT && !sub.has_pre) {
            *st_of(r) = sub.st;
            return 0;
        }
        if (rc == 0) step_free(&sub.st), step_free(&sub.pre);
    }
    int rc = ex_read(r, r->i, r->end, EX_LISTS | (r->arg == EX_ALL ? EX_QUANT : 0));
    step *st = st_of(r);
    /* "tell me what time it starts", "... what day she suggests": a
     * question put as a clause (its subject a person or "it"), asked whole
     * as other questions are, not a list of "what time it start" */
    static const char *const subjects[] = {"it", "she", "he", "they", "we", "i", "you", NULL};
    if (rc == 0 && st->kind == STEP_EXTRACT && st->sub == EXTRACT_LIST &&
        ph_match_list(r->c, r->i, r->end, asks, NULL) &&
        find_word(r->c, r->i + 1, r->end, subjects, NULL) > r->i) {
        step_free(st);
        return 1;
    }
    /* "save profile", "save the changes": a Save button, not a reading */
    if (rc == 0 && st->kind == STEP_EXTRACT && ph_is(r->c, r->vfrom, "save") &&
        r->vto == r->vfrom + 1 && !r->pronoun &&
        (st->sub == EXTRACT_TEXT || st->sub == EXTRACT_LIST)) {
        int i = strip_lead(r->c, r->i, r->end, owners);
        /* "save "Late goal ..."", "save both "A" and ...", "save the 30th
         * one": that item's Save */
        int q = i + (ph_is(r->c, i, "both") && i + 1 < r->end);
        int item = st->target.ordinal || (q < r->end && r->c->t[q].quoted);
        step_free(st);
        if (item) return read_control(r);
        st->kind = STEP_CLICK;
        st->target.text = i < r->end ? ph_text(r->c, r->vfrom, r->end) : NULL;
        if (i > r->i && i < r->end) { /* "save the changes" -> "save changes" */
            char *rest = ph_text(r->c, i, r->end);
            free(st->target.text);
            st->target.text =
                xasprintf("%.*s %s", (int)r->c->t[r->vfrom].n, r->c->t[r->vfrom].s, rest);
            free(rest);
        }
        if (!st->target.text) return hint(r, "say what to get, e.g. get the title");
    }
    return rc;
}

static const char *const cost_tails[] = {"cost",     "costs",          "sell for",   "sells for",
                                         "go for",   "goes for",       "retail for", "retails for",
                                         "cost now", "currently cost", NULL};

/* "how much is the Widget", "how much does X cost", "what does X cost";
 * and "what does the banner say". */
static int read_price(rd *r)
{
    int end = r->end, n;
    if (r->arg && (n = ph_match_list_end(r->c, r->i, end, say_tails)) && end - n > r->i)
        return ex_target(r, EXTRACT_TEXT, r->i, end - n, 0);
    n = ph_match_list_end(r->c, r->i, end, cost_tails);
    if (!n && r->arg) return hint(r, "say \"what does X cost\"");
    end -= n;
    if (ex_target(r, EXTRACT_PRICE, r->i, end, 0) != 0)
        return hint(r, "say which item's price to get");
    return 0;
}

/* ---- several fields at once --------------------------------------------- */

/* Words that name a form's fields as a whole: "the fields", "the form". */
static const char *const form_words[] = {
    "form",         "fields",         "boxes",        "inputs",
    "text fields",  "text boxes",     "input fields", "form fields",
    "details",      "blanks",         "textboxes",    "entries",
    "login form",   "sign up form",   "signup form",  "registration form",
    "contact form", "the form below", "form below",   NULL};

static int generic_fields(const toks *c, int i, int end)
{
    i = strip_lead(c, i, end,
                   (const char *const[]){"the", "all", "all the", "these", "those", NULL});
    return i < end && ph_match_list(c, i, end, form_words, NULL) == end - i;
}

/* Labels of several words that forms use. */
static const char *const form_labels[] = {"first name",
                                          "last name",
                                          "full name",
                                          "user name",
                                          "email address",
                                          "e-mail address",
                                          "e mail",
                                          "phone number",
                                          "mobile number",
                                          "zip code",
                                          "postal code",
                                          "post code",
                                          "date of birth",
                                          "birth date",
                                          "company name",
                                          "street address",
                                          "credit card",
                                          "card number",
                                          "security code",
                                          "confirm password",
                                          "repeat password",
                                          "job title",
                                          "country code",
                                          "middle name",
                                          "display name",
                                          "screen name",
                                          "home address",
                                          "phone no",
                                          NULL};
/* "name is Ada", "name: Ada", "name = Ada" */
static const char *const pair_glue[] = {"is", "=", ":", "of", "to", "should be", "equal to", NULL};
/* "Ada as the name", "Admin for role" */
static const char *const pair_rev[] = {"as", "for", NULL};
static const char *const pair_leads[] = {"with", "and",   "the", "my", "a",
                                         "an",   "using", "as",  NULL};

static void set_pair(const toks *c, int la, int lb, int va, int vb, char **label, char **value)
{
    la = strip_lead(c, la, lb, articles);
    *label = ph_text(c, la, lb);
    *value = ph_text(c, va, vb);
}

/* One label and its value, in [a, b): "name Ada", "email is a@b.c",
 * "Admin as the role", "password "x y"", "Name: Ada". 0 (both malloc'ed)
 * or -1. */
static int read_pair(const toks *c, int a, int b, char **label, char **value)
{
    int n;
    a = strip_lead(c, a, b, pair_leads);
    if (b - a < 2) return -1;
    for (int m = a + 1; m < b - 1 && m <= a + 3; m++) {
        if ((n = ph_match_list(c, m, b, pair_glue, NULL)) && m + n < b) {
            set_pair(c, a, m, m + n, b, label, value);
            return 0;
        }
        if ((n = ph_match_list(c, m, b, pair_rev, NULL)) && m + n < b &&
            (ph_match_list(c, m + n, b, articles, NULL) || b - m - n <= 2)) {
            set_pair(c, m + n, b, a, m, label, value);
            return 0;
        }
    }
    for (int m = a; m < b - 1; m++) /* "Name: Ada" */
        if (!c->t[m].quoted && c->t[m].core < c->t[m].n && c->t[m].s[c->t[m].core] == ':') {
            set_pair(c, a, m + 1, m + 1, b, label, value);
            return 0;
        }
    if (c->t[b - 1].quoted) { /* "the password "x y"" */
        set_pair(c, a, b - 1, b - 1, b, label, value);
        return 0;
    }
    n = ph_match_list(c, a, b, form_labels, NULL);
    if (!n) n = 1;
    if (a + n >= b) return -1;
    set_pair(c, a, a + n, a + n, b, label, value);
    return 0;
}

#define MAX_PAIRS 16

static const char *const pair_joins[] = {"and", "&", "plus", "and also", NULL};

/* "name Ada, email a@b.c and role Admin": a STEP_FILL of at least need
 * pairs. */
static int read_pairs(rd *r, int i, int end, int need)
{
    const toks *c = r->c;
    char *labels[MAX_PAIRS + 1], *vals[MAX_PAIRS + 1];
    int np = 0, ok = 1;
    for (int a = i; a < end && ok;) {
        int b = a, next;
        while (b < end && !comma_after(&c->t[b]) &&
               !(b > a && ph_match_list(c, b, end, pair_joins, NULL)))
            b++;
        if (b < end && comma_after(&c->t[b]))
            next = ++b;
        else
            next = b + (b < end ? ph_match_list(c, b, end, pair_joins, NULL) : 0);
        if (np == MAX_PAIRS || read_pair(c, a, b, &labels[np], &vals[np]) != 0)
            ok = 0;
        else
            np++;
        a = next;
    }
    if (!ok || np < need) {
        for (int k = 0; k < np; k++)
            free(labels[k]), free(vals[k]);
        return hint(r, "say each field and its value, e.g. fill in the form with name Ada, "
                       "email ada@example.com");
    }
    step *st = st_of(r);
    st->kind = STEP_FILL;
    st->fields = xcalloc((size_t)np + 1, sizeof *st->fields);
    st->values = xcalloc((size_t)np + 1, sizeof *st->values);
    memcpy(st->fields, labels, (size_t)np * sizeof *labels);
    memcpy(st->values, vals, (size_t)np * sizeof *vals);
    return 0;
}

/* "register with name Ada, email a@b.c": the form, then its button. */
static int read_register(rd *r)
{
    step *st = st_of(r);
    int i = r->i, n;
    /* "publish an article with title X, ...": the thing made, then its fields */
    int k = find_word(r->c, i, r->end, (const char *const[]){"with", "using", NULL}, &n);
    if (k >= i && k - i <= 4 && (k == i || ph_match_list(r->c, i, k, item_leads, NULL))) i = k;
    if (i >= r->end || (i == r->i && ph_match_list(r->c, i, r->end, item_leads, NULL)))
        return read_click_named(r); /* "publish the article": its button */
    i += ph_match_list(r->c, i, r->end, (const char *const[]){"with", "using", "as", NULL}, NULL);
    if (read_pairs(r, i, r->end, 1) != 0) return -1;
    st->value = r->text ? xstrdup(r->text) : ph_text(r->c, r->vfrom, r->vto);
    return 0;
}

/* "post a comment saying Nice post", "leave a review: Great": the text
 * into the field the noun names, then the button that posts it. */
static int read_comment(rd *r)
{
    static const char *const saying[] = {"saying",        "that says", "which says", "reading", ":",
                                         "with the text", "with",      "of",         NULL};
    const toks *c = r->c;
    step *st = st_of(r);
    int i = r->i + ph_match_list(r->c, r->i, r->end, saying, NULL);
    if (i >= r->end) return hint(r, "say what to write, e.g. post a comment saying Nice post");
    st->kind = STEP_FILL;
    st->fields = xcalloc(2, sizeof *st->fields);
    st->values = xcalloc(2, sizeof *st->values);
    st->fields[0] = ph_singular(c->t[r->vto - 1].s, c->t[r->vto - 1].core); /* "comment" */
    st->values[0] = ph_text(c, i, r->end);
    st->value = xstrdup(r->text ? r->text : "Post");
    return 0;
}

/* "replace it with hello", "replace the city with Paris" */
static int read_replace(rd *r)
{
    int n, k = find_word(r->c, r->i + 1, r->end, fill_with, &n);
    if (k < 0 || k + n >= r->end) return hint(r, "say what to replace it with");
    if (set_value(r, k + n, r->end) != 0) return -1;
    st_of(r)->kind = STEP_TYPE;
    return read_target(r, r->i, k, CTX_FIELD, "say what to replace");
}

/* ---- questions ---------------------------------------------------------- */

/* A word of a question and the value of a thing it asks for. */
typedef struct field_word {
    const char *w;
    const char *field;
} field_word;

/* What a question word asks of a thing: "who wrote X" is X's author. */
static const field_word question_fields[] = {
    {"wrote", "author"},         {"authored", "author"},
    {"writes", "author"},        {"posted", "author"},
    {"published", "author"},     {"created", "author"},
    {"made", "author"},          {"added", "author"},
    {"sent", "sender"},          {"emailed", "sender"},
    {"owns", "owner"},           {"is assigned to", "assignee"},
    {"is assigned", "assignee"}, {"was assigned", "assignee"},
    {"handles", "assignee"},
};
static const field_word when_fields[] = {
    {"due", "due date"},
    {"posted", "date"},
    {"published", "date"},
    {"created", "date"},
    {"added", "date"},
    {"written", "date"},
    {"updated", "updated"},
    {"modified", "updated"},
    {"shipped", "shipped"},
    {"delivered", "delivery date"},
    {"expire", "expiry date"},
    {"expires", "expiry date"},
    {"start", "start"},
    {"starts", "start"},
    {"end", "end"},
    {"ends", "end"},
    {"open", "opens"},
    {"opens", "opens"},
    {"close", "closes"},
    {"closes", "closes"},
    {"renew", "renewal date"},
    {"renewed", "renewal date"},
    {"sent", "date"},
    {"received", "date"},
};
static const char *const be_words[] = {"is",   "was", "are",  "were", "did",
                                       "does", "do",  "will", NULL};

/* Pronouns that name the thing of the step before: "how much was it?". */
static const char *const it_words[] = {"it", "that", "this", "them", "its", "they", NULL};

static int ask_value(rd *r, const char *field, int i, int end)
{
    step *st = st_of(r);
    st->kind = STEP_EXTRACT;
    st->sub = EXTRACT_TEXT;
    st->target.text = xstrdup(field);
    i = strip_lead(r->c, i, end, articles);
    if (i >= end) return hint(r, "say of what, e.g. who wrote \"Spring notes\"");
    if (i + 1 == end && ph_match_list(r->c, i, end, it_words, NULL)) {
        r->pronoun = 2; /* "when was it posted?": the thing before */
        return 0;
    }
    ph_anchor(r->c, i, end, &st->target);
    st->target.prep = "of";
    return 0;
}

/* "who wrote Spring notes?", "who is the owner of ticket 41?" */
static int read_who(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n = 0, k;
    if (i >= end) return hint(r, "say what to ask, e.g. who wrote \"Spring notes\"");
    if (ph_match_list(c, i, end, be_words, NULL) && ph_is(c, i + 1, "the") &&
        (k = find_word(c, i + 2, end, (const char *const[]){"of", "for", NULL}, &n)) > i + 2) {
        char *field = ph_text(c, i + 2, k); /* "who is the owner of X" */
        int rc = ask_value(r, field, k + n, end);
        free(field);
        return rc;
    }
    for (size_t q = 0; q < COUNT(question_fields); q++)
        if ((n = ph_match(c, i, end, question_fields[q].w)) > 0)
            return ask_value(r, question_fields[q].field, i + n, end);
    const tok *v = &c->t[i];
    if (i + 1 < end && !v->quoted && v->core > 4 && !strncasecmp(v->s + v->core - 2, "ed", 2)) {
        char *field = xasprintf("%.*s by", (int)v->core, v->s); /* "who closed X": "closed by" */
        for (char *p = field; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        int rc = ask_value(r, field, i + 1, end);
        free(field);
        return rc;
    }
    return hint(r, "say what to ask, e.g. who wrote \"Spring notes\"");
}

/* Verbs between what is asked and the thing: "which customer placed order 7". */
static const char *const question_verbs[] = {
    "placed",     "made",           "wrote",   "created",  "posted", "sent",
    "owns",       "submitted",      "ordered", "bought",   "opened", "filed",
    "raised",     "reported",       "booked",  "uploaded", "added",  "published",
    "belongs to", "is assigned to", "handles", "manages",  NULL};

/* "which laptop is the cheapest?", "which post has the most likes?",
 * "which is the newest article?": the name of the item the superlative
 * picks. */
static int read_which(rd *r)
{
    static const char *const links[] = {"is",  "was",  "has",   "have", "had",
                                        "got", "gets", "costs", "cost", NULL};
    const toks *c = r->c;
    int i = r->i, end = r->end, n = 0;
    int k = find_word(c, i, end, links, &n);
    char *state = NULL;
    if (k == i) /* "which is the cheapest laptop" */
        return ex_target(r, EXTRACT_TEXT, k + n, end, 0);
    if (k < 0 || ph_superlative(c, k + n, end, &state) != end - k - n) {
        free(state);
        state = NULL;
        /* "which one costs the most": a price */
        int w = k < 0 ? end : k + n + ph_is(c, k + n, "the");
        if (w + 1 == end && ph_is(c, k, "cost") + ph_is(c, k, "costs") &&
            (ph_is(c, w, "most") || ph_is(c, w, "least")))
            state = xstrdup(ph_is(c, w, "most") ? "max:price" : "min:price");
        else if (k < 0 && (k = find_word(c, i + 1, end, question_verbs, &n)) > i && k + n < end) {
            char *field = ph_text(c, i, k); /* "which customer placed order 7" */
            int rc = ask_value(r, field, k + n, end);
            free(field);
            return rc;
        } else
            return hint(r, "say which one to find, e.g. which laptop is the cheapest?");
    }
    int rc = ph_is(c, i, "one") && k == i + 1 ? 0 : ex_target(r, EXTRACT_TEXT, i, k, 0);
    step *st = st_of(r);
    if (rc == 0 && (!st->target.text || !st->target.role)) {
        st->kind = STEP_EXTRACT;
        st->sub = EXTRACT_TEXT;
        if (!st->target.text && !st->target.role) st->target.role = xstrdup("item");
        free(st->target.state);
        st->target.state = state;
        return 0;
    }
    free(state);
    return rc ? rc : hint(r, "say which one to find, e.g. which laptop is the cheapest?");
}

/* "when is the Garden report due?", "when was Spring notes posted?" */
/* The end of the thing a question with an auxiliary names, without the
 * verb after it: "does the Oslo ferry leave" -> "the Oslo ferry", "was the
 * sheet last modified" -> "the sheet", "did the report get approved" ->
 * "the report". base: the auxiliary takes a bare verb (do, does, did,
 * will, can). */
static int thing_end(const toks *c, int i, int end, int base)
{
    static const char *const links[] = {"last", "first", "ever",    "again", "recently",
                                        "get",  "got",   "be",      "been",  "being",
                                        "most", "just",  "finally", NULL};
    int k = end;
    while (k > i + 1 && !c->t[k - 1].quoted && !ph_capitalized(c, k - 1) &&
           ((c->t[k - 1].core > 3 && !strncasecmp(c->t[k - 1].s + c->t[k - 1].core - 2, "ed", 2)) ||
            ph_match_list(c, k - 1, k, links, NULL)))
        k--;
    if (k == end && base && k > i + 1 && !c->t[k - 1].quoted && !ph_capitalized(c, k - 1) &&
        !isdigit((unsigned char)c->t[k - 1].s[0]))
        k--; /* "when does the ferry leave" */
    return k;
}

static int read_when(rd *r)
{
    static const char *const bare[] = {"did", "does", "do", "will", "can", NULL};
    const toks *c = r->c;
    int i = r->i, end = r->end, base = ph_match_list(c, i, end, bare, NULL) > 0;
    i += ph_match_list(c, i, end, be_words, NULL);
    for (size_t q = 0; q < COUNT(when_fields); q++) {
        int w = ph_words(when_fields[q].w);
        if (end - w > i && ph_match(c, end - w, end, when_fields[q].w) == w)
            return ask_value(r, when_fields[q].field, i, thing_end(c, i, end - w, 0));
    }
    return ask_value(r, "date", i, thing_end(c, i, end, base)); /* "when is the meetup" */
}

/* "where is the Lisbon store?", "where does Omar live?" */
static int read_where(rd *r)
{
    static const char *const tails[] = {"located", "based", "held",   "live", "lives",
                                        "work",    "works", "stored", "kept", NULL};
    int i = r->i + ph_match_list(r->c, r->i, r->end, be_words, NULL);
    return ask_value(r, "location", i, strip_tail(r->c, i, r->end, tails));
}

/* ---- login -------------------------------------------------------------- */

static const char *const user_labels[] = {"username",
                                          "user name",
                                          "user",
                                          "email",
                                          "e-mail",
                                          "email address",
                                          "e-mail address",
                                          "login",
                                          "login name",
                                          "account",
                                          "user id",
                                          "userid",
                                          "id",
                                          "name",
                                          "the username",
                                          "the user name",
                                          "the user",
                                          "the email",
                                          "the email address",
                                          "my username",
                                          "my email",
                                          "the login",
                                          "the account",
                                          "my user name",
                                          NULL};
static const char *const pass_labels[] = {"password",    "pass",      "passcode", "pw",
                                          "pwd",         "pass word", "passwd",   "the password",
                                          "my password", NULL};
static const char *const label_glue[] = {"is", "of", "=", ":", NULL};
static const char *const login_glue[] = {
    "with",           "using", "and",  "credentials", "the credentials",
    "my credentials", ",",     "then", "via",         NULL};
static const char *const login_places[] = {
    "to my account",  "to the account", "into my account", "into the account", "to the site",
    "to the website", "to it",          "on the site",     "on the website",   "my account",
    "here",           "to the page",    "into the site",   "into the website", NULL};
static const char *const site_into[] = {"to", "into", "on", "at", NULL};

/* The value at k (a quoted text or one word as written): without the
 * brackets and the punctuation that close the clause around it. */
static char *login_value(const toks *c, int k)
{
    const tok *t = &c->t[k];
    if (t->quoted) return xstrndup(t->s, t->n);
    const char *s = t->s;
    size_t n = t->n;
    while (n > 1 && (*s == '(' || *s == '['))
        s++, n--;
    while (n > 1 && strchr(",;)]", s[n - 1]))
        n--;
    /* "... password river-88." at a sentence's end */
    if (n > 1 && s[n - 1] == '.' && (k + 1 >= c->n || ph_capitalized(c, k + 1))) n--;
    return xstrndup(s, n);
}

static int read_login(rd *r)
{
    const toks *c = r->c;
    int i = r->i, end = r->end, n, user = -1, pass = -1, site = -1, bare_user = 0;
    step *st = st_of(r);
    if ((n = ph_match_list(c, i, end, site_into, NULL)) && ph_url_like(c, i + n, i + n + 1))
        site = i + n, i += n + 1;
    else if (ph_url_like(c, i, i + 1))
        site = i, i++; /* "log into example.com as ..." */
    while (i < end) {
        if ((n = ph_match_list(c, i, end, login_places, NULL))) {
            i += n;
        } else if (ph_is(c, i, "as") && i + 1 < end) {
            i++; /* "as user alice" */
            if ((n = ph_match_list(c, i, end, user_labels, NULL)) && i + n < end) i += n;
            user = i++;
        } else if ((n = ph_match_list(c, i, end, pass_labels, NULL)) && i + n < end) {
            i += n;
            i += ph_match_list(c, i, end, label_glue, NULL);
            if (i >= end) break;
            pass = i++;
        } else if ((n = ph_match_list(c, i, end, user_labels, NULL)) && i + n < end) {
            i += n;
            i += ph_match_list(c, i, end, label_glue, NULL);
            if (i >= end) break;
            user = i++;
        } else if ((ph_is(c, i, "/") || ph_is(c, i, ":")) && i + 1 < end && user >= 0) {
            pass = i + 1, i += 2;
        } else if ((n = ph_match_list(c, i, end, login_glue, NULL))) {
            i += n;
        } else if (user < 0) {
            user = i++, bare_user = 1;
        } else if (pass < 0) {
            pass = i++;
        } else {
            return hint(r, "say the user name and password, e.g. log in as alice with password "
                           "secret");
        }
    }
    if (user < 0 && r->i >= r->end) return read_click_named(r); /* "... and log in": its button */
    if (user < 0)
        return hint(r, "say the user name and password, e.g. log in as alice with password secret");
    if (pass < 0) {
        if (bare_user && site < 0) { /* "sign in with Google": its button */
            st->kind = STEP_CLICK;
            st->target.text = ph_text(c, r->vfrom, r->end);
            return 0;
        }
        return hint(r, "say the password, e.g. log in as alice with password secret");
    }
    st->kind = STEP_LOGIN;
    st->value = login_value(c, user);
    st->value2 = login_value(c, pass);
    if (site >= 0) {
        r->out->has_pre = 1;
        r->out->pre.kind = STEP_NAVIGATE;
        r->out->pre.value = ph_url_text(c, site);
    }
    return 0;
}

/* ---- credentials said apart from a login ------------------------------ */

/* "favourite X on <url> (login: jo@x.io, pw river-88)", "— my login is jo@x.io
 * with password p", "once you're logged in as jo@x.io (password p), ...":
 * the account and password said beside the request, which a person reads
 * as "sign in first". Only where the words say logging in and nothing of
 * making an account or changing a password. */
static const char *const login_words[] = {
    "log in",    "login",   "log into",  "log on",    "logon",      "sign in",    "signin",
    "sign into", "sign on", "logged in", "signed in", "logging in", "signing in", NULL};
static const char *const login_nouns[] = {
    "my login",   "the login", "login",   "my credentials", "credentials", "creds",
    "my account", "account",   "details", "my details",     NULL};
static const char *const login_ties[] = {"as",  "with", "using", "via",   "is", "are",
                                         "and", "my",   "the",   "first", NULL};
static const char *const login_leads[] = {"once you're",
                                          "once you are",
                                          "when you're",
                                          "after you're",
                                          "once logged in",
                                          "you'll need to",
                                          "you will need",
                                          "you need to",
                                          "you'll have to",
                                          "you have to",
                                          "need to",
                                          "please",
                                          "then",
                                          "first",
                                          "be sure to",
                                          "make sure to",
                                          NULL};
static const char *const login_not[] = {"sign up",
                                        "signup",
                                        "register",
                                        "registration",
                                        "create an account",
                                        "create account",
                                        "new account",
                                        "change my password",
                                        "change the password",
                                        "reset",
                                        "new password",
                                        "forgot",
                                        NULL};

static const char *cred_quote(const char *v)
{
    return strchr(v, '"') ? "'" : "\"";
}

char *intents_login_said(const char *text, char **account)
{
    /* brackets as spaces, so "(login:" is the word "login"; the same
     * length, so each token's place is the text's */
    char *flat = xstrdup(text);
    for (char *p = flat; *p; p++)
        if (*p == '(' || *p == ')') *p = ' ';
    toks c;
    ph_tokenize(flat, &c);
    char *out = NULL, *user = NULL, *pass = NULL;
    int asks = 0, pw = -1, pv = -1, u = -1, n;
    for (int k = 0; k < c.n; k++) {
        if (ph_match_list(&c, k, c.n, login_not, NULL)) goto done;
        asks = asks || ph_match_list(&c, k, c.n, login_words, NULL) ||
               ph_match_list(&c, k, c.n, login_nouns, NULL) || ph_is(&c, k, "pw") ||
               ph_is(&c, k, "pwd");
    }
    if (!asks || c.too_long) goto done;
    for (int k = 0; k < c.n && pv < 0; k++) {
        if ((n = ph_match_list(&c, k, c.n, pass_labels, NULL)) > 0 && k + n < c.n) {
            int j = k + n + ph_match_list(&c, k + n, c.n, label_glue, NULL);
            if (j < c.n && !ph_is(&c, j, "to") && !ph_is(&c, j, "for")) pw = k, pv = j;
        } else if (ph_is(&c, k, "/") && k > 0 && k + 1 < c.n &&
                   memchr(c.t[k - 1].s, '@', c.t[k - 1].n)) {
            pw = k, pv = k + 1, u = k - 1; /* "jo@x.io / river-88" */
        }
    }
    if (pv < 0) goto done;
    /* the account: an address before the password, else the word after
     * "as", "user", "email" */
    for (int k = pw - 1; k >= 0 && k >= pw - 12 && u < 0; k--)
        if (!c.t[k].quoted && memchr(c.t[k].s, '@', c.t[k].n)) u = k;
    for (int k = pw - 1; k > 0 && k >= pw - 12 && u < 0; k--)
        if (ph_is(&c, k - 1, "as") || ph_match_list_end(&c, 0, k, user_labels) > 0) u = k;
    if (u < 0 || u >= pw) goto done;
    /* "enter user bob and password pw1 in the form": a form filled, as said */
    static const char *const fills[] = {"enter", "type", "fill in", "fill", "input", "put", NULL};
    /* the words that say it: "my login is", "once you're logged in as" */
    int first = u, last = pv, grew = 1, verb = 0;
    while (grew && first > 0) {
        grew = 0;
        const char *const *lists[] = {user_labels, login_ties, login_words, login_nouns,
                                      login_leads};
        for (size_t l = 0; l < sizeof lists / sizeof *lists && !grew; l++)
            if ((n = ph_match_list_end(&c, 0, first, lists[l])) > 0) {
                verb = verb || lists[l] == login_words;
                first -= n, grew = 1;
            }
    }
    if (first > 0 && ph_match_list_end(&c, 0, first, fills) > 0) goto done;
    if (last + 1 < c.n && ph_is(&c, last + 1, "first")) last++;
    user = login_value(&c, u);
    pass = login_value(&c, pv);
    size_t a = (size_t)(c.t[first].from - flat), b = (size_t)(c.t[last].to - flat);
    /* the brackets around it go with it */
    size_t a0 = a, b0 = b;
    while (a0 > 0 && text[a0 - 1] == ' ')
        a0--;
    if (a0 > 0 && text[a0 - 1] == '(') a = a0 - 1;
    while (text[b0] == ' ')
        b0++;
    if (text[b0] == ')') b = b0 + 1;
    char *rest = xasprintf("%.*s%s", (int)a, text, text + b);
    const char *qu = cred_quote(user), *qp = cred_quote(pass);
    /* a login said without them ("sign in to <url> (jo@x.io / p) and ..."):
     * they join it, after its address */
    toks r;
    ph_tokenize(rest, &r);
    int at = -1;
    for (int k = 0; k < r.n && at < 0 && !verb; k++)
        if ((n = ph_match_list(&r, k, r.n, login_words, NULL)) > 0) {
            at = k + n;
            int m = ph_match_list(&r, at, r.n, site_into, NULL);
            if (at + m < r.n && ph_url_like(&r, at + m, at + m + 1)) at += m + 1;
        }
    if (at > 0) {
        size_t off = (size_t)(r.t[at - 1].to - rest);
        out = xasprintf("%.*s as %s%s%s with password %s%s%s%s", (int)off, rest, qu, user, qu, qp,
                        pass, qp, rest + off);
    } else {
        const char *tail = rest + strspn(rest, " ,;:-");
        /* "<url> try logging in as ...": the page first, then the login */
        size_t ul = strcspn(tail, " ");
        const char *page = "", *cut = "";
        if (ul && r.n && ph_url_like(&r, 0, 1) && !strncmp(tail, r.t[0].s, ul)) {
            page = xstrndup(tail, ul);
            cut = ", ";
            tail += ul + strspn(tail + ul, " ,;:-");
        }
        /* "try logging in as ... and tell me the error": the try was the
         * logging in */
        const char *how = "log in"; /* "try logging in": a refusal is read, no failure */
        if (!strncasecmp(tail, "try", 3) && (tail[3] == ' ' || tail[3] == ',' || !tail[3])) {
            const char *after = tail + 3 + strspn(tail + 3, " ");
            if (!*after || *after == ',' || !strncasecmp(after, "and ", 4)) {
                tail = after + strspn(after, " ,");
                how = "try logging in";
            }
        }
        if (!strncasecmp(tail, "and ", 4)) tail += 4;
        if (!*tail || ph_only_filler(&r, 0, r.n, 1))
            out = xasprintf("%s%s%s as %s%s%s with password %s%s%s", page, cut, how, qu, user, qu,
                            qp, pass, qp);
        else
            out = xasprintf("%s%s%s as %s%s%s with password %s%s%s, then %s", page, cut, how, qu,
                            user, qu, qp, pass, qp, tail);
        if (*page) free((char *)page);
    }
    ph_toks_free(&r);
    free(rest);
    *account = user;
    user = NULL;
done:
    free(user);
    free(pass);
    ph_toks_free(&c);
    free(flat);
    return out;
}

/* ---- the verb table ----------------------------------------------------- */

/* Every verb and phrasing the planner knows, one per line. The longest
 * phrase at the start of a clause wins; on refusal shorter ones get their
 * turn. arg is the reader's; text a fixed target text for read_click_named. */
static const struct verb {
    const char *words;
    int (*read)(rd *r);
    int arg;
    const char *text;
} verbs[] = {
    /* navigate */
    {"open", read_nav, 0, NULL},
    {"open up", read_nav, 0, NULL},
    {"go to", read_nav, 0, NULL},
    {"goto", read_nav, 0, NULL},
    {"go over to", read_nav, 0, NULL},
    {"go on to", read_nav, 0, NULL},
    {"visit", read_nav, 0, NULL},
    {"navigate to", read_nav, 0, NULL},
    {"navigate", read_nav, 0, NULL},
    {"load", read_nav, 0, NULL},
    {"load up", read_nav, 0, NULL},
    {"browse to", read_nav, 0, NULL},
    {"browse", read_nav, 0, NULL},
    {"head to", read_nav, 0, NULL},
    {"head over to", read_nav, 0, NULL},
    {"take me to", read_nav, 0, NULL},
    {"bring me to", read_nav, 0, NULL},
    {"bring up", read_nav, 0, NULL},
    {"pull up", read_nav, 0, NULL},
    {"launch", read_nav, 0, NULL},
    {"access", read_nav, 0, NULL},
    {"jump to", read_nav, 0, NULL},
    {"switch to", read_nav, 0, NULL},
    {"switch back to", read_nav, 0, NULL},
    {"go back to", read_nav, 0, NULL},
    {"move to", read_nav, 0, NULL},
    {"return back to", read_nav, 0, NULL},
    {"proceed to", read_nav, 0, NULL},
    {"continue to", read_nav, 0, NULL},
    {"return to", read_nav, 0, NULL},
    {"surf to", read_nav, 0, NULL},
    {"point the browser to", read_nav, 0, NULL},
    {"point the browser at", read_nav, 0, NULL},
    /* history */
    {"go back", read_history, STEP_BACK, NULL},
    {"back", read_history, STEP_BACK, NULL},
    {"navigate back", read_history, STEP_BACK, NULL},
    {"step back", read_history, STEP_BACK, NULL},
    {"use the back button", read_history, STEP_BACK, NULL},
    {"use the browser's back button", read_history, STEP_BACK, NULL},
    {"use the browser back button", read_history, STEP_BACK, NULL},
    {"click the browser's back button", read_history, STEP_BACK, NULL},
    {"click the browser back button", read_history, STEP_BACK, NULL},
    {"press the browser's back button", read_history, STEP_BACK, NULL},
    {"press the browser back button", read_history, STEP_BACK, NULL},
    {"hit the browser's back button", read_history, STEP_BACK, NULL},
    {"go forward", read_history, STEP_FORWARD, NULL},
    {"go forwards", read_history, STEP_FORWARD, NULL},
    {"forward", read_history, STEP_FORWARD, NULL},
    {"navigate forward", read_history, STEP_FORWARD, NULL},
    {"reload", read_history, STEP_RELOAD, NULL},
    {"refresh", read_history, STEP_RELOAD, NULL},
    {"hard refresh", read_history, STEP_RELOAD, NULL},
    {"hard reload", read_history, STEP_RELOAD, NULL},
    {"re-load", read_history, STEP_RELOAD, NULL},
    /* search */
    {"search for", read_search, 0, NULL},
    {"search", read_search, 0, NULL},
    {"search up", read_search, 0, NULL},
    {"look up", read_search, 0, NULL},
    {"lookup", read_search, 0, NULL},
    {"look for", read_search, 2, NULL},
    {"query", read_search, 0, NULL},
    {"query for", read_search, 0, NULL},
    {"do a search for", read_search, 0, NULL},
    {"perform a search for", read_search, 0, NULL},
    {"run a search for", read_search, 0, NULL},
    {"make a search for", read_search, 0, NULL},
    {"google", read_search, 1, NULL}, /* 1: on google.com; 2: SEARCH_FOUND */
    {"find", read_find, 0, NULL},
    {"locate", read_locate, 0, NULL},
    /* click */
    {"click", read_click, 0, NULL},
    {"click on", read_click, 0, NULL},
    {"click at", read_click, 0, NULL},
    {"click onto", read_click, 0, NULL},
    {"tap", read_press, 0, NULL},
    {"tap on", read_click, 0, NULL},
    {"press", read_press, 0, NULL},
    {"press on", read_click, 0, NULL},
    {"hit", read_press, 0, NULL},
    {"push", read_press, 0, NULL},
    {"double click", read_click, CLICK_DOUBLE, NULL},
    {"double-click", read_click, CLICK_DOUBLE, NULL},
    {"doubleclick", read_click, CLICK_DOUBLE, NULL},
    {"double click on", read_click, CLICK_DOUBLE, NULL},
    {"double-click on", read_click, CLICK_DOUBLE, NULL},
    {"dbl-click", read_click, CLICK_DOUBLE, NULL},
    {"right click", read_click, CLICK_RIGHT, NULL},
    {"right-click", read_click, CLICK_RIGHT, NULL},
    {"right click on", read_click, CLICK_RIGHT, NULL},
    {"right-click on", read_click, CLICK_RIGHT, NULL},
    {"context click", read_click, CLICK_RIGHT, NULL},
    {"context-click", read_click, CLICK_RIGHT, NULL},
    {"keep clicking", read_click, 0, NULL},
    {"keep clicking on", read_click, 0, NULL},
    {"continue clicking", read_click, 0, NULL},
    {"keep pressing", read_press, 0, NULL},
    {"keep hitting", read_press, 0, NULL},
    {"load more", read_click_named, 0, "Load more"},
    {"keep loading more", read_click_named, 0, "Load more"},
    {"keep loading", read_click_named, 0, "Load more"},
    {"continue loading", read_click_named, 0, "Load more"},
    {"show more", read_click_named, 0, "Show more"},
    {"see more", read_click_named, 0, "See more"},
    {"view more", read_click_named, 0, "View more"},
    /* a control the verb names, on a thing: "delete the message from Tomas" */
    {"delete", read_control, 0, NULL},
    {"remove", read_control, 0, NULL},
    {"trash", read_control, 0, NULL},
    {"archive", read_control, 0, NULL},
    {"edit", read_control, 0, NULL},
    {"like", read_control, 0, NULL},
    {"unlike", read_control, 0, NULL},
    {"favorite", read_control, 0, NULL},
    {"favourite", read_control, 0, NULL},
    {"star", read_control, 0, NULL},
    {"share", read_control, 0, NULL},
    {"reply to", read_control, 0, "Reply"},
    {"retweet", read_control, 0, NULL},
    {"upvote", read_control, 0, NULL},
    {"downvote", read_control, 0, NULL},
    {"bookmark", read_control, 0, NULL},
    {"pin", read_control, 0, NULL},
    {"unpin", read_control, 0, NULL},
    {"restock", read_control, 0, NULL},
    {"book", read_control, 0, NULL},
    {"pay", read_control, 0, NULL},
    {"pay for", read_control, 0, "Pay"},
    {"approve", read_control, 0, NULL},
    {"assign", read_control, 0, NULL},
    {"unfollow", read_control, 0, NULL},
    {"subscribe to", read_control, 0, "Subscribe"},
    {"unsubscribe from", read_control, 0, "Unsubscribe"},
    {"block", read_control, 0, NULL},
    {"unblock", read_control, 0, NULL},
    {"mute", read_control, 0, NULL},
    {"unmute", read_control, 0, NULL},
    {"flag", read_control, 0, NULL},
    {"hide", read_control, 0, NULL},
    {"vote for", read_control, 0, "Vote"},
    {"duplicate", read_control, 0, NULL},
    {"download", read_control, 0, NULL},
    {"cancel", read_control, 0, NULL},
    {"confirm", read_control, 0, NULL},
    {"resolve", read_control, 0, NULL},
    {"reopen", read_control, 0, NULL},
    {"refund", read_control, 0, NULL},
    {"ship", read_control, 0, NULL},
    {"buy", read_control, 0, NULL},
    {"purchase", read_control, 0, NULL},
    {"reserve", read_control, 0, NULL},
    {"invite", read_control, 0, NULL},
    {"snooze", read_control, 0, NULL},
    {"retry", read_control, 0, NULL},
    {"restore", read_control, 0, NULL},
    {"accept", read_control, 0, NULL},
    {"rename", read_control, 0, NULL},
    {"complete", read_control, 0, NULL},
    {"export", read_control, 0, NULL},
    {"import", read_control, 0, NULL},
    {"apply", read_control, 0, NULL},
    {"leave", read_control, 0, NULL},
    {"subscribe", read_control, 0, NULL},
    {"clone", read_control, 0, NULL},
    {"fork", read_control, 0, NULL},
    {"merge", read_control, 0, NULL},
    {"watch", read_control, 0, NULL},
    {"translate", read_control, 0, NULL},
    {"undo", read_control, 0, NULL},
    {"redo", read_control, 0, NULL},
    {"reset", read_control, 0, NULL},
    {"vote", read_control, 0, NULL},
    {"review", read_control, 0, NULL},
    {"unassign", read_control, 0, NULL},
    {"finish", read_control, 0, NULL},
    {"stop", read_control, 0, NULL},
    {"resume", read_control, 0, NULL},
    {"play", read_control, 0, NULL},
    {"skip", read_control, 0, NULL},
    {"reject", read_control, 0, NULL},
    {"deny", read_control, 0, NULL},
    {"ignore", read_control, 0, NULL},
    {"acknowledge", read_control, 0, NULL},
    {"deactivate", read_control, 0, NULL},
    {"lock", read_control, 0, NULL},
    {"unlock", read_control, 0, NULL},
    {"sync", read_control, 0, NULL},
    {"connect", read_control, 0, NULL},
    {"disconnect", read_control, 0, NULL},
    {"kick", read_control, 0, NULL},
    {"ban", read_control, 0, NULL},
    {"promote", read_control, 0, NULL},
    {"demote", read_control, 0, NULL},
    {"verify", read_control, 0, NULL},
    {"validate", read_control, 0, NULL},
    {"preview", read_control, 0, NULL},
    {"continue", read_control, 0, NULL},
    {"proceed", read_control, 0, NULL},
    {"agree", read_control, 0, NULL},
    {"claim", read_control, 0, NULL},
    {"redeem", read_control, 0, NULL},
    {"donate", read_control, 0, NULL},
    {"sell", read_control, 0, NULL},
    {"bid", read_control, 0, NULL},
    {"rent", read_control, 0, NULL},
    {"hire", read_control, 0, NULL},
    {"notify", read_control, 0, NULL},
    {"remind", read_control, 0, NULL},
    {"reschedule", read_control, 0, NULL},
    {"postpone", read_control, 0, NULL},
    {"decline", read_control, 0, NULL},
    {"join", read_control, 0, NULL},
    {"rsvp to", read_control, 0, "RSVP"},
    {"use", read_use, 0, NULL},
    {"move", read_move, 0, NULL},
    {"slide", read_move, 0, NULL},
    {"drag", read_move, 0, NULL},
    {"adjust", read_move, 0, NULL},
    {"increase", read_move, 0, NULL},
    {"decrease", read_move, 0, NULL},
    {"raise", read_move, 0, NULL},
    {"reduce", read_move, 0, NULL},
    {"lower", read_move, 0, NULL},
    {"replace", read_replace, 0, NULL},
    {"post a comment", read_comment, 0, "Post"},
    {"add a comment", read_comment, 0, "Post"},
    {"write a comment", read_comment, 0, "Post"},
    {"leave a comment", read_comment, 0, "Post"},
    {"post a reply", read_comment, 0, "Reply"},
    {"write a reply", read_comment, 0, "Reply"},
    {"leave a review", read_comment, 0, "Submit"},
    {"write a review", read_comment, 0, "Submit"},
    {"post a review", read_comment, 0, "Submit"},
    {"register", read_register, 0, "Register"},
    {"publish", read_register, 0, "Publish"},
    {"post", read_register, 0, "Post"},
    {"enroll", read_register, 0, "Enroll"},
    {"create an account", read_register, 0, "Create account"},
    {"create account", read_register, 0, "Create account"},
    {"follow", read_click, 0, NULL},
    {"activate", read_click, 0, NULL},
    {"trigger", read_click, 0, NULL},
    {"expand", read_expand, 1, NULL},
    {"collapse", read_expand, 0, NULL},
    {"focus", read_click, 0, NULL},
    {"focus on", read_click, 0, NULL},
    {"toggle", read_click, 0, NULL},
    {"close", read_close, 0, NULL},
    {"dismiss", read_close, 0, NULL},
    {"get rid of", read_rid, 0, NULL},
    {"log out", read_click_named, 0, NULL},
    {"logout", read_click_named, 0, NULL},
    {"log off", read_click_named, 0, NULL},
    {"sign out", read_click_named, 0, NULL},
    {"signout", read_click_named, 0, NULL},
    {"sign off", read_click_named, 0, NULL},
    {"sign up", read_register, 0, NULL},
    {"signup", read_register, 0, NULL},
    {"check out", read_check_inout, 0, NULL},
    {"checkout", read_check_inout, 0, NULL},
    {"check in", read_check_inout, 0, NULL},
    {"checkin", read_check_inout, 0, NULL},
    {"add to cart", read_click_named, 0, NULL},
    {"add to basket", read_click_named, 0, NULL},
    {"add to bag", read_click_named, 0, NULL},
    {"accept cookies", read_click_named, 0, "Accept"},
    {"accept the cookies", read_click_named, 0, "Accept"},
    {"accept all cookies", read_click_named, 0, "Accept all"},
    {"reject cookies", read_click_named, 0, "Reject"},
    {"reject all cookies", read_click_named, 0, "Reject all"},
    {"decline cookies", read_click_named, 0, "Decline"},
    /* type */
    {"type", read_type, 0, NULL},
    {"start typing", read_type, 0, NULL},
    {"begin typing", read_type, 0, NULL},
    {"type in", read_type, 0, NULL},
    {"type out", read_type, 0, NULL},
    {"enter", read_type, TYPE_ENTERKEY, NULL},
    {"input", read_type, 0, NULL},
    {"write", read_type, 0, NULL},
    {"key in", read_type, 0, NULL},
    {"insert", read_type, 0, NULL},
    {"paste", read_type, 0, NULL},
    {"put", read_type, TYPE_ANYPREP, NULL},
    {"fill", read_fill, 0, NULL},
    {"fill in", read_fill, 0, NULL},
    {"fill out", read_fill, 0, NULL},
    {"set", read_set, 0, NULL},
    {"set up", read_ground, 0, NULL},
    {"change", read_set, 0, NULL},
    {"update", read_set, 0, NULL},
    {"switch", read_set, 0, NULL},
    {"clear", read_clear, 0, NULL},
    {"empty", read_clear, 0, NULL},
    {"erase", read_clear, 0, NULL},
    /* select */
    {"select", read_select, 0, NULL},
    {"choose", read_select, 0, NULL},
    {"pick", read_select, 0, NULL},
    {"pick out", read_select, 0, NULL},
    {"opt for", read_select, 0, NULL},
    {"go with", read_select, 0, NULL},
    /* check */
    {"check", read_check, CHECK_VERB, NULL},
    {"tick", read_check, CHECK_ON, NULL},
    {"tick off", read_check, CHECK_ON, NULL},
    {"check off", read_check, CHECK_ON, NULL},
    {"cross off", read_check, CHECK_ON, NULL},
    {"mark", read_check, CHECK_ON, NULL},
    {"enable", read_check, CHECK_ON, NULL},
    {"turn on", read_check, CHECK_ON, NULL},
    {"switch on", read_check, CHECK_ON, NULL},
    {"toggle on", read_check, CHECK_ON, NULL},
    {"agree to", read_check, CHECK_ON, NULL},
    {"opt in to", read_check, CHECK_ON, NULL},
    {"opt into", read_check, CHECK_ON, NULL},
    {"uncheck", read_check, CHECK_OFF, NULL},
    {"turn it off", read_check_it, CHECK_OFF, NULL},
    {"switch it off", read_check_it, CHECK_OFF, NULL},
    {"turn them off", read_check_it, CHECK_OFF, NULL},
    {"turn it on", read_check_it, CHECK_ON, NULL},
    {"switch it on", read_check_it, CHECK_ON, NULL},
    {"turn them on", read_check_it, CHECK_ON, NULL},
    {"un-check", read_check, CHECK_OFF, NULL},
    {"untick", read_check, CHECK_OFF, NULL},
    {"un-tick", read_check, CHECK_OFF, NULL},
    {"unmark", read_check, CHECK_OFF, NULL},
    {"disable", read_check, CHECK_OFF, NULL},
    {"turn off", read_check, CHECK_OFF, NULL},
    {"switch off", read_check, CHECK_OFF, NULL},
    {"toggle off", read_check, CHECK_OFF, NULL},
    {"deselect", read_check, CHECK_OFF, NULL},
    {"de-select", read_check, CHECK_OFF, NULL},
    {"unselect", read_check, CHECK_OFF, NULL},
    {"opt out of", read_check, CHECK_OFF, NULL},
    /* "stop sending me the newsletter": the box that asks for it, off */
    {"stop sending me", read_check, CHECK_OFF, NULL},
    {"stop sending", read_check, CHECK_OFF, NULL},
    {"stop emailing me", read_check, CHECK_OFF, NULL},
    {"stop texting me", read_check, CHECK_OFF, NULL},
    {"start sending me", read_check, CHECK_ON, NULL},
    {"sort by", read_sort, 0, NULL},
    {"sort", read_sort, 0, NULL},
    {"order by", read_sort, 0, NULL},
    {"add", read_add, 0, NULL},
    /* submit */
    {"submit", read_submit, 0, NULL},
    {"send", read_send, 0, NULL},
    {"send the form", read_submit, 0, NULL},
    /* scroll */
    {"scroll", read_scroll, 0, NULL},
    {"keep scrolling", read_scroll, 1, NULL},
    /* hover */
    {"hover", read_hover, 0, NULL},
    {"hover over", read_hover, 0, NULL},
    {"mouse over", read_hover, 0, NULL},
    {"mouseover", read_hover, 0, NULL},
    {"mouse-over", read_hover, 0, NULL},
    {"move the mouse to", read_hover, 0, NULL},
    {"move the mouse over", read_hover, 0, NULL},
    {"move mouse to", read_hover, 0, NULL},
    {"move mouse over", read_hover, 0, NULL},
    {"move your mouse to", read_hover, 0, NULL},
    {"move your mouse over", read_hover, 0, NULL},
    {"move the cursor to", read_hover, 0, NULL},
    {"move the cursor over", read_hover, 0, NULL},
    {"move cursor to", read_hover, 0, NULL},
    {"move cursor over", read_hover, 0, NULL},
    {"move the pointer to", read_hover, 0, NULL},
    {"move the pointer over", read_hover, 0, NULL},
    {"put the mouse over", read_hover, 0, NULL},
    {"put the mouse on", read_hover, 0, NULL},
    {"put the cursor over", read_hover, 0, NULL},
    {"put the cursor on", read_hover, 0, NULL},
    {"hover the mouse over", read_hover, 0, NULL},
    {"hover your mouse over", read_hover, 0, NULL},
    {"point to", read_hover, 0, NULL},
    {"point at", read_hover, 0, NULL},
    {"point the mouse at", read_hover, 0, NULL},
    /* wait */
    {"wait", read_wait, WAIT_PLAIN, NULL},
    {"await", read_wait, WAIT_PLAIN, NULL},
    {"pause", read_wait, WAIT_PLAIN, NULL},
    {"sleep", read_wait, WAIT_PLAIN, NULL},
    {"hold on", read_wait, WAIT_PLAIN, NULL},
    {"hang on", read_wait, WAIT_PLAIN, NULL},
    {"delay", read_wait, WAIT_PLAIN, NULL},
    {"give it", read_wait, WAIT_NEEDS_OBJECT, NULL},
    {"give the page", read_wait, WAIT_NEEDS_OBJECT, NULL},
    {"let", read_let, 0, NULL},
    /* extract */
    {"get", read_extract, EX_PLAIN, NULL},
    {"get me", read_extract, EX_PLAIN, NULL},
    {"extract", read_extract, EX_PLAIN, NULL},
    {"read", read_extract, EX_PLAIN, NULL},
    {"read out", read_extract, EX_PLAIN, NULL},
    {"return", read_extract, EX_PLAIN, NULL},
    {"show", read_extract, EX_PLAIN, NULL},
    {"show me", read_extract, EX_PLAIN, NULL},
    {"print", read_extract, EX_PLAIN, NULL},
    {"print out", read_extract, EX_PLAIN, NULL},
    {"tell me", read_extract, EX_PLAIN, NULL},
    {"what is", read_extract, EX_PLAIN, NULL},
    {"what's", read_extract, EX_PLAIN, NULL},
    {"whats", read_extract, EX_PLAIN, NULL},
    {"what are", read_extract, EX_PLAIN, NULL},
    {"what're", read_extract, EX_PLAIN, NULL},
    {"give me", read_extract, EX_PLAIN, NULL},
    {"fetch", read_extract, EX_PLAIN, NULL},
    {"grab", read_extract, EX_PLAIN, NULL},
    {"output", read_extract, EX_PLAIN, NULL},
    {"report", read_extract, EX_PLAIN, NULL},
    {"collect", read_extract, EX_PLAIN, NULL},
    {"scrape", read_extract, EX_PLAIN, NULL},
    {"copy", read_extract, EX_PLAIN, NULL},
    {"retrieve", read_extract, EX_PLAIN, NULL},
    {"pull", read_extract, EX_PLAIN, NULL},
    {"save", read_extract, EX_PLAIN, NULL},
    {"record", read_extract, EX_PLAIN, NULL},
    {"note", read_extract, EX_PLAIN, NULL},
    {"display", read_extract, EX_PLAIN, NULL},
    {"find out", read_extract, EX_PLAIN, NULL},
    {"obtain", read_extract, EX_PLAIN, NULL},
    {"list", read_extract, EX_ALL, NULL},
    {"enumerate", read_extract, EX_ALL, NULL},
    {"how much is", read_price, 0, NULL},
    {"how much are", read_price, 0, NULL},
    {"how much does", read_price, 0, NULL},
    {"how much do", read_price, 0, NULL},
    {"how much for", read_price, 0, NULL},
    {"what does", read_price, 1, NULL},
    {"what do", read_price, 1, NULL},
    {"how many", read_count, 0, NULL},
    {"who", read_who, 0, NULL},
    {"when", read_when, 0, NULL},
    {"which", read_which, 0, NULL},
    {"where", read_where, 0, NULL},
    {"count", read_count, 0, NULL},
    {"count up", read_count, 0, NULL},
    /* screenshot */
    {"screenshot", read_shot, 0, NULL},
    {"screen shot", read_shot, 0, NULL},
    {"screengrab", read_shot, 0, NULL},
    {"snapshot", read_shot, 0, NULL},
    {"full-page screenshot", read_shot, 1, NULL},
    {"full page screenshot", read_shot, 1, NULL},
    {"take", read_take, 0, NULL},
    {"make", read_take, 0, NULL},
    {"snap", read_take, 0, NULL},
    {"create", read_take, 0, NULL},
    {"create", read_add, 0, NULL},
    {"capture", read_capture, 0, NULL},
    /* login */
    {"log in", read_login, 0, NULL},
    {"login", read_login, 0, NULL},
    {"log into", read_login, 0, NULL},
    {"log on", read_login, 0, NULL},
    {"logon", read_login, 0, NULL},
    {"sign in", read_login, 0, NULL},
    {"signin", read_login, 0, NULL},
    {"sign into", read_login, 0, NULL},
    {"sign on", read_login, 0, NULL},
    {"authenticate", read_login, 0, NULL},
};

/* ---- a verb alone ------------------------------------------------------- */

static int longest_verb(const toks *c, int pos, int end);
static int skip_fillers(const toks *c, int i, int end);

/* Readers whose verb alone names no control ("click", "type", "get",
 * "open"): such a verb alone is refused, not pressed. */
static int generic_reader(int (*read)(rd *r))
{
    static int (*const generic[])(rd * r) = {
        read_click, read_press,  read_type,  read_fill, read_set,    read_select,  read_check,
        read_hover, read_scroll, read_wait,  read_nav,  read_take,   read_capture, read_shot,
        read_move,  read_use,    read_clear, read_let,  read_count,  read_who,     read_which,
        read_when,  read_where,  read_price, read_find, read_locate, read_history, read_extract};
    for (size_t k = 0; k < COUNT(generic); k++)
        if (generic[k] == read) return 1;
    return 0;
}

/* Verbs of generic readers that name a button all the same: "save". */
static const char *const control_anyway[] = {"save", NULL};
/* Words after a bare verb that add nothing: "confirm it", "pay for them". */
static const char *const bare_tails[] = {"it",     "them",     "this",     "that",
                                         "for it", "for them", "for this", "for that",
                                         "now",    "please",   NULL};
/* A verb that ends in one of these wants an object ("search for"). */
static const char *const open_ends[] = {"for",  "to", "at", "with",  "into",
                                        "from", "of", "by", "about", NULL};

/* [i, end) is one verb that names a control ("save", "Save.", "save)",
 * "search", "pay for them", "check out"): its words, malloc'ed, or NULL. */
static char *bare_control(const toks *c, int i, int end)
{
    int n = longest_verb(c, i, end);
    if (!n) return NULL;
    int rest = i + n;
    if (rest < end && ph_match_list(c, rest, end, bare_tails, NULL) == end - rest) rest = end;
    if (rest != end || ph_match_list_end(c, i, i + n, open_ends)) return NULL;
    for (size_t v = 0; v < COUNT(verbs); v++) {
        if (ph_match(c, i, i + n, verbs[v].words) != n) continue;
        if (generic_reader(verbs[v].read) && ph_match_list(c, i, i + n, control_anyway, NULL) != n)
            return NULL;
    }
    return ph_text(c, i, i + n);
}

/* Words alone that are a button's name, though polite words elsewhere:
 * "Next.", "OK", "Yes". */
static const char *const answer_words[] = {"next", "ok", "okay", "yes", "no", "done", NULL};

/* Refusals that stand even with a page to read the words against: what no
 * step does, and a generic verb with nothing to act on. */
static const char *const final_hints[] = {"not supported",
                                          "say what to click",
                                          "say which option",
                                          "say what to type",
                                          "only up, down",
                                          "say the password",
                                          "say what \"it\" is",
                                          "at most",
                                          "the quotes are empty",
                                          "the clause is too long",
                                          "say which key or button",
                                          "say what to hover",
                                          "say where to scroll",
                                          "say how long to wait",
                                          "say which page to open",
                                          "say what to check",
                                          "say what to uncheck",
                                          "say what to get",
                                          "say what to search for",
                                          "say where to move it",
                                          NULL};

int intents_final(const char *clause, const char *hint)
{
    toks c;
    int yes = 0;
    for (int k = 0; hint && final_hints[k] && !yes; k++)
        yes = strstr(hint, final_hints[k]) != NULL;
    if (!yes) return 0;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    /* "put me on the waitlist for it" with nothing named before: "it" is
     * what the open page is about, which the page reads; "click it" alone
     * says nothing to act on */
    if (strstr(hint, "say what \"it\" is") && end - i > 3) {
        ph_toks_free(&c);
        return 0;
    }
    char *name = c.too_long ? NULL : bare_control(&c, i, end);
    ph_toks_free(&c);
    free(name);
    return name == NULL;
}

/* ---- a clause ----------------------------------------------------------- */

/* The longest verb length at token pos (0: none). */
static int longest_verb(const toks *c, int pos, int end)
{
    int best = 0;
    for (size_t v = 0; v < COUNT(verbs); v++) {
        int n = ph_match(c, pos, end, verbs[v].words);
        if (n > best) best = n;
    }
    return best;
}

/* Kinds a trailing "3 times" may repeat. */
static int repeatable(const step *st)
{
    /* "add the base layer in Heather twice": the grounded action, twice */
    return st->kind == STEP_KEY || st->kind == STEP_CLICK || st->kind == STEP_DO ||
           st->kind == STEP_BACK || st->kind == STEP_FORWARD ||
           (st->kind == STEP_SCROLL && st->sub != SCROLL_TO);
}

/* "https://example.com" or "www.example.com" alone: open it. */
static int bare_url(const toks *c, int pos, int end)
{
    if (end != pos + 1 || c->t[pos].quoted || !ph_url_like(c, pos, end)) return 0;
    return strncasecmp(c->t[pos].s, "http://", 7) == 0 ||
           strncasecmp(c->t[pos].s, "https://", 8) == 0 || strncasecmp(c->t[pos].s, "www.", 4) == 0;
}

/* "I need the phone number of the depot", "we'd like to know the
 * opening hours for Sunday" ("know" alone once "I'd like to" is gone):
 * the question they stand for ("what is the phone number of the
 * depot?"), or NULL (a "when", "how" question is one already). The thing needed is a value (a
 * number, a time, a price ...): "I need the form for renewals" asks for no value. */
static char *needed_value(const toks *c, int i, int end)
{
    static const char *const needs[] = {"i need to know",
                                        "we need to know",
                                        "i'd like to know",
                                        "i would like to know",
                                        "we'd like to know",
                                        "i want to know",
                                        "i need",
                                        "we need",
                                        "i'm after",
                                        "i am after",
                                        "i'd like",
                                        "i would like",
                                        "we'd like",
                                        "know",
                                        NULL};
    static const char *const values[] = {
        "number", "phone",  "address", "email",    "code",    "reference", "hours",   "time",
        "times",  "date",   "price",   "prices",   "cost",    "fee",       "fees",    "total",
        "status", "rate",   "balance", "id",       "amount",  "deadline",  "name",    "size",
        "weight", "length", "limit",   "postcode", "contact", "details",   "opening", NULL};
    int n = ph_match_list(c, i, end, needs, NULL);
    if (!n || i + n >= end || c->t[i + n].quoted) return NULL;
    int k = i + n;
    if (!ph_is(c, k, "the") && !ph_is(c, k, "our") && !ph_is(c, k, "my")) return NULL;
    for (int j = k + 2; j + 1 < end; j++) {
        if (!ph_is(c, j, "of") && !ph_is(c, j, "for")) continue;
        if (!ph_match_list(c, j - 1, j, values, NULL)) return NULL;
        char *np = ph_text(c, k, end), *q = xasprintf("what is %s?", np);
        free(np);
        return q;
    }
    return NULL;
}

/* Try the verbs at pos, longest first. 0 on success; -1 (hint kept). */
static int try_verbs(const toks *c, int pos, int end, int flags, parsed *out, int *pronoun)
{
    char first_hint[sizeof out->hint] = "";
    for (int len = longest_verb(c, pos, end); len > 0; len--) {
        for (size_t v = 0; v < COUNT(verbs); v++) {
            if (ph_match(c, pos, end, verbs[v].words) != len) continue;
            rd r = {.c = c,
                    .i = pos + len,
                    .end = end,
                    .vfrom = pos,
                    .vto = pos + len,
                    .arg = verbs[v].arg,
                    .text = verbs[v].text,
                    .flags = flags,
                    .out = out};
            memset(&out->st, 0, sizeof out->st);
            out->repeat = 1;
            out->hint[0] = '\0';
            if (verbs[v].read(&r) == 0) {
                char *verb = ph_text(c, pos, pos + len);
                snprintf(out->verb, sizeof out->verb, "%s", verb);
                free(verb);
                *pronoun = r.pronoun;
                return 0;
            }
            if (!first_hint[0]) snprintf(first_hint, sizeof first_hint, "%s", out->hint);
            step_free(&out->st);
            step_free(&out->pre);
            out->has_pre = 0;
        }
    }
    snprintf(out->hint, sizeof out->hint, "%s", first_hint);
    return -1;
}

/* "start removing Bob", "begin deleting": the verb of the gerund, as a
 * clause of its own (malloc'ed), or NULL. */
static char *gerund_clause(const toks *c, int pos, int end)
{
    static const char *const starts_to[] = {"start", "begin", "go ahead and start", NULL};
    int n = ph_match_list(c, pos, end, starts_to, NULL), k = pos + n;
    /* "try logging in as ...": the lead filler "try" was passed over */
    int tried = !n && pos > 0 && ph_is(c, pos - 1, "try");
    if ((!n && !tried) || k >= end || longest_verb(c, pos, end) > n || c->t[k].quoted ||
        c->t[k].core < 5 || strncasecmp(c->t[k].s + c->t[k].core - 3, "ing", 3) != 0)
        return NULL;
    size_t stem = c->t[k].core - 3;
    const char *w = c->t[k].s, *rest = k + 1 < end ? c->t[k + 1].from : "";
    const char *tail = c->t[end - 1].to;
    /* "removing" -> remove, "adding" -> add, "cancelling" -> cancel */
    char *tries[3] = {xasprintf("%.*se", (int)stem, w), xasprintf("%.*s", (int)stem, w),
                      stem > 2 && w[stem - 1] == w[stem - 2] ? xasprintf("%.*s", (int)stem - 1, w)
                                                             : NULL};
    char *found = NULL;
    for (int t = 0; t < 3 && !found; t++) {
        if (!tries[t]) continue;
        /* the verb may be of several words: "logging in" is "log in" */
        char *whole = xasprintf("%s %.*s", tries[t], (int)(tail - rest), rest);
        toks v;
        ph_tokenize(whole, &v);
        if (v.n >= 1 && longest_verb(&v, 0, v.n) >= 1) found = whole, whole = NULL;
        ph_toks_free(&v);
        free(whole);
    }
    for (int t = 0; t < 3; t++)
        free(tries[t]);
    return found;
}

static int parse_words(const toks *c, int end, int flags, parsed *out, int *pronoun)
{
    char *g = gerund_clause(c, skip_fillers(c, 0, end), end);
    if (g) {
        toks gc;
        ph_tokenize(g, &gc);
        int rc = parse_words(&gc, gc.n, flags, out, pronoun);
        ph_toks_free(&gc);
        free(g);
        if (rc == 0) return 0;
    }
    char last_hint[sizeof out->hint] = "";
    for (int pos = 0; pos < end;) {
        if (longest_verb(c, pos, end) && !return_date(c, pos, end)) {
            if (try_verbs(c, pos, end, flags, out, pronoun) == 0) return 0;
            if (out->hint[0]) snprintf(last_hint, sizeof last_hint, "%s", out->hint);
        }
        if (bare_url(c, pos, end)) {
            out->st.kind = STEP_NAVIGATE;
            out->st.value = ph_url_text(c, pos);
            out->repeat = 1;
            return 0;
        }
        int n = ph_lead_filler(c, pos, end);
        if (!n) break;
        pos += n;
    }
    snprintf(out->hint, sizeof out->hint, "%s", last_hint);
    return -1;
}

enum { NO_REPEAT = 1 << 8, NO_REWRITE = 1 << 9 };

/* The target is a control a verb names ("Pay", "Save"), not a thing that
 * holds controls: "pay for them, then confirm it" confirms, in nothing. */
static int names_control(const target *t)
{
    if (!t->text || t->anchor || t->anchor_role || (t->role && strcmp(t->role, "button") != 0))
        return 0;
    toks c;
    ph_tokenize(t->text, &c);
    int yes =
        c.n > 0 && !c.too_long &&
        (longest_verb(&c, 0, c.n) == c.n || ph_match_list(&c, 0, c.n, answer_words, NULL) == c.n);
    ph_toks_free(&c);
    return yes;
}

/* One clause as written, after the rewrites below. */
static int parse_clause(const char *clause, const target *prev, int flags, parsed *out)
{
    toks c;
    int rc = -1, at = 0, rep = 0, pronoun = 0;
    memset(out, 0, sizeof *out);
    out->repeat = 1;
    ph_tokenize(clause, &c);
    if (c.too_long) {
        snprintf(out->hint, sizeof out->hint, "the clause is too long (over %d words)",
                 PH_MAX_TOKENS);
        goto out;
    }
    if (c.empty_quote) {
        snprintf(out->hint, sizeof out->hint, "the quotes are empty");
        goto out;
    }
    int end = ph_trim_tail(&c, 0, c.n);
    if (!(flags & NO_REPEAT) && (rep = ph_repeat(&c, 0, end, &at)) > 0) {
        if (rep > INTENTS_MAX_REPEAT) {
            snprintf(out->hint, sizeof out->hint, "at most %d times", INTENTS_MAX_REPEAT);
            goto out;
        }
        end = at;
    }
    /* "look up where locker L-7 is", "find out what locker sits beside the
     * showers": a question asked through a verb of finding, not a search
     * or a scroll */
    static const char *const finding[] = {"look up", "find out", "figure out", "work out", NULL};
    static const char *const opens[] = {"what", "which", "where", "when", "who",
                                        "whom", "whose", "why",   "how",  NULL};
    int lead = skip_fillers(&c, 0, end), n = ph_match_list(&c, lead, end, finding, NULL);
    if (n > 0 && lead + n < end && !c.t[lead + n].quoted &&
        ph_match_list(&c, lead + n, lead + n + 1, opens, NULL)) {
        out->st.kind = STEP_EXTRACT;
        out->st.sub = EXTRACT_ANSWER;
        out->st.value = ph_text(&c, lead, end);
        rc = 0;
        goto out;
    }
    /* "I need the phone number of the Riverside branch", "I'd like to
     * know when the pool opens": a need of a value is a question */
    char *need = needed_value(&c, lead, end);
    if (need) {
        out->st.kind = STEP_EXTRACT;
        out->st.sub = EXTRACT_ANSWER;
        out->st.value = need;
        rc = 0;
        goto out;
    }
    rc = parse_words(&c, end, flags & ~(NO_REPEAT | NO_REWRITE), out, &pronoun);
    if (rc == 0 && rep > 0) {
        if (!repeatable(&out->st)) { /* the count belongs to the words: read them whole */
            step_free(&out->st);
            step_free(&out->pre);
            ph_toks_free(&c);
            return parse_clause(clause, prev, flags | NO_REPEAT, out);
        }
        out->repeat *= rep;
        if (out->repeat > INTENTS_MAX_REPEAT) out->repeat = INTENTS_MAX_REPEAT;
    }
    if (rc == 0 && pronoun) { /* "it": the target of the step before */
        if ((!prev || !target_named(prev)) && pronoun != 3) {
            step_free(&out->st);
            step_free(&out->pre);
            out->has_pre = 0;
            snprintf(out->hint, sizeof out->hint,
                     "say what \"it\" is: no step before names an "
                     "element");
            rc = -1;
        } else if (pronoun == 3 &&
                   (!prev || !target_named(prev) || (names_control(prev) && !prev->anchor))) {
            /* "confirm it" with nothing named before: the Confirm control */
        } else if (pronoun >= 2) { /* "his phone number": in the thing before */
            target *t = &out->st.target;
            free(t->anchor);
            free(t->anchor_role);
            /* after "who wrote X?", "when was it posted?" asks about X */
            /* after "the quantity of the rye bread", "add it" adds the bread */
            int of = (out->st.kind == STEP_EXTRACT || out->st.kind == STEP_CLICK) && prev->anchor &&
                     prev->prep && !strcmp(prev->prep, "of");
            t->anchor = xstrdup(prev->text && !of ? prev->text : prev->anchor);
            t->anchor_role = xstrdup(prev->text && !of ? prev->role : prev->anchor_role);
            t->prep = "of";
            t->near = 0;
        } else {
            target_free(&out->st.target);
            target_copy(&out->st.target, prev);
        }
    }
out:
    ph_toks_free(&c);
    return rc;
}

/* ---- rewrites: what a clause says around its request -------------------- */

/* The clause without tokens [from, to). Malloc'ed. */
static char *cut_tokens(const char *clause, const toks *c, int from, int to)
{
    const char *a = c->t[from].from, *b = to < c->n ? c->t[to].from : clause + strlen(clause);
    return xasprintf("%.*s%s%s", (int)(a - clause), clause, a > clause && *b ? " " : "", b);
}

/* Tokens [from, to) as written, quotes kept. Malloc'ed. */
static char *span_tokens(const toks *c, int from, int to)
{
    return xstrndup(c->t[from].from, (size_t)(c->t[to - 1].to - c->t[from].from));
}

enum { TF_NONE, TF_LOWER, TF_UPPER, TF_TITLE, TF_DATE };

/* How a value is to be written: "enter MARTA in lowercase". */
static const struct {
    const char *w;
    int tf;
} transforms[] = {
    {"in lowercase", TF_LOWER},
    {"in lower case", TF_LOWER},
    {"in lower-case", TF_LOWER},
    {"in all lowercase", TF_LOWER},
    {"in all lower case", TF_LOWER},
    {"all lowercase", TF_LOWER},
    {"as lowercase", TF_LOWER},
    {"lowercased", TF_LOWER},
    {"in small letters", TF_LOWER},
    {"in lowercase letters", TF_LOWER},
    {"in uppercase", TF_UPPER},
    {"in upper case", TF_UPPER},
    {"in upper-case", TF_UPPER},
    {"in all caps", TF_UPPER},
    {"in caps", TF_UPPER},
    {"in capitals", TF_UPPER},
    {"in capital letters", TF_UPPER},
    {"in block letters", TF_UPPER},
    {"all caps", TF_UPPER},
    {"as uppercase", TF_UPPER},
    {"uppercased", TF_UPPER},
    {"in all uppercase", TF_UPPER},
    {"in uppercase letters", TF_UPPER},
    {"in title case", TF_TITLE},
    {"capitalized", TF_TITLE},
    {"in the format", TF_DATE},
    {"in format", TF_DATE},
    {"formatted as", TF_DATE},
    {"in the form", TF_DATE},
    {"as", TF_DATE},
    {"in", TF_DATE},
};

/* A date format written with d, m and y: "dd/mm/yyyy", "YYYY-MM-DD". */
static int date_format(const tok *t)
{
    if (t->quoted && t->n > 12) return 0;
    int d = 0, m = 0, y = 0;
    for (size_t k = 0; k < t->core; k++) {
        char ch = (char)tolower((unsigned char)t->s[k]);
        if (ch == 'd')
            d++;
        else if (ch == 'm')
            m++;
        else if (ch == 'y')
            y++;
        else if (!strchr("/.- ", ch))
            return 0;
    }
    return d && m && y && d <= 2 && m <= 2 && y <= 4;
}

static void apply_case(char *v, int tf)
{
    int start = 1;
    for (char *p = v; p && *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (tf == TF_LOWER)
            *p = (char)tolower(ch);
        else if (tf == TF_UPPER)
            *p = (char)toupper(ch);
        else if (tf == TF_TITLE)
            *p = (char)(start ? toupper(ch) : tolower(ch));
        start = isspace(ch);
    }
}

static const char *const month_names[] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};

/* "3 March 2021", "March 3, 2021", "2021-03-03", "3/14/2021" (month
 * first unless the first number is over 12): 0 with *y, *m, *d. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    int a, b, cc, n = 0;
    char w[16] = "";
    if (sscanf(s, "%4d-%2d-%2d%n", &a, &b, &cc, &n) == 3 && n >= 8) {
        *y = a, *m = b, *d = cc;
    } else if (sscanf(s, "%2d%*[/.-]%2d%*[/.-]%4d", &a, &b, &cc) == 3) {
        *y = cc < 100 ? 2000 + cc : cc;
        *m = a > 12 ? b : a;
        *d = a > 12 ? a : b;
    } else if (sscanf(s, "%2d %15[A-Za-z] %4d", &a, w, &cc) == 3 ||
               sscanf(s, "%2d%*[a-z] %15[A-Za-z] %4d", &a, w, &cc) == 3) {
        *d = a, *y = cc, *m = 0;
    } else if (sscanf(s, "%15[A-Za-z] %2d%*[a-z,] %4d", w, &a, &cc) == 3 ||
               sscanf(s, "%15[A-Za-z] %2d, %4d", w, &a, &cc) == 3) {
        *d = a, *y = cc, *m = 0;
    } else {
        return -1;
    }
    if (w[0]) {
        for (int k = 0; k < 12 && !*m; k++)
            if (strlen(w) >= 3 && !strncasecmp(month_names[k], w, strlen(w))) *m = k + 1;
    }
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31 && *y > 0 ? 0 : -1;
}

/* The value written in fmt ("dd/mm/yyyy"); NULL when it is no date. */
static char *format_date(const char *value, const char *fmt)
{
    int y, m, d;
    if (parse_date(value, &y, &m, &d) != 0) return NULL;
    buf b = {0};
    for (const char *p = fmt; *p;) {
        size_t run = 1;
        char ch = (char)tolower((unsigned char)*p);
        while (tolower((unsigned char)p[run]) == ch && ch && strchr("dmy", ch))
            run++;
        if (ch == 'd')
            buf_printf(&b, run > 1 ? "%02d" : "%d", d);
        else if (ch == 'm')
            buf_printf(&b, run > 1 ? "%02d" : "%d", m);
        else if (ch == 'y')
            buf_printf(&b, run > 2 ? "%04d" : "%02d", run > 2 ? y : y % 100);
        else
            buf_append(&b, p, 1);
        p += ch && strchr("dmy", ch) ? run : 1;
    }
    return buf_steal(&b);
}

static void transform_value(char **v, int tf, const char *fmt)
{
    if (!*v) return;
    if (tf == TF_DATE) {
        char *f = format_date(*v, fmt);
        if (f) free(*v), *v = f;
        return;
    }
    apply_case(*v, tf);
}

/* A transform phrase in the clause: its kind, and the tokens it covers. */
static int find_transform(const toks *c, int *from, int *to, char **fmt)
{
    for (int k = 1; k < c->n; k++) {
        if (c->t[k].quoted) continue;
        for (size_t x = 0; x < COUNT(transforms); x++) {
            int n = ph_match(c, k, c->n, transforms[x].w);
            if (!n) continue;
            if (transforms[x].tf != TF_DATE) {
                *from = k, *to = k + n;
                return transforms[x].tf;
            }
            int f = k + n; /* "in the format dd/mm/yyyy", "as dd/mm/yyyy", "in dd/mm/yyyy format" */
            if (f < c->n && date_format(&c->t[f])) {
                *fmt = ph_text(c, f, f + 1);
                *from = k, *to = f + 1 + (ph_is(c, f + 1, "format") ? 1 : 0);
                return TF_DATE;
            }
        }
    }
    return TF_NONE;
}

/* A web address that opens the clause ("<url> - remove the checkbox") or
 * follows on / at / from ("how many are left on <url>"): the tokens it
 * covers. Only written addresses (a scheme, www., a port) count. */
/* Words before an address that say the page: "on", "using", "on the page". */
static const char *const url_preps[] = {
    "according to", "as per", "on", "at", "from", "in", "of", "for", "via", "using", "with",
    "through", "inside", "within", "on the page", "at the page", "on page", "on the site",
    "on the website", "at the site", "at the url", "at the address", "on the url",
    "at the web address", "on the web page", "in the page", "the page", "the site", "the website",
    "the web page", "the url", "the address",
    /* "Site: <url>", "URL: <url>" */
    "site", "website", "url", "page", "link", NULL};
/* Verbs that only say to look at an address: "check <url>", "use <url>". */
static const char *const look_verbs[] = {
    "check",    "use",        "see",      "view",      "try",     "access",   "inspect", "examine",
    "review",   "explore",    "look at",  "check out", "pull up", "bring up", "launch",  "start at",
    "start on", "start from", "begin at", "begin on",  "look up", "consult",  NULL};

static int find_url(const toks *c, int *from, int *to, int *at)
{
    for (int k = 0; k < c->n; k++) {
        if (!strong_url(c, k)) continue;
        *at = k;
        int lead = 0;
        while (lead < k && ph_lead_filler(c, lead, k))
            lead += ph_lead_filler(c, lead, k);
        if (k + 1 == c->n && k > lead && ph_match_list(c, lead, k, look_verbs, NULL) == k - lead) {
            *from = lead; /* "check <url>": the address is all */
            *to = k + 1;
            return 1;
        }
        if (k == lead && k + 1 < c->n) {
            *from = k;
            *to = k + 1;
            while (*to < c->n && !c->t[*to].quoted &&
                   strspn(c->t[*to].s, "-:\xe2\x80\x94\x93") == c->t[*to].n)
                (*to)++;
            return *to < c->n;
        }
        int p = k > 0 ? ph_match_list_end(c, 0, k, url_preps) : 0;
        /* "add 'Buy stamps' to <url>": the page the entry goes on (a
         * navigation's own "go to <url>" is read whole first) */
        if (!p && k > lead + 1 && ph_is(c, k - 1, "to")) p = 1;
        if (p) {
            *from = k - p;
            *to = k + 1;
            return 1;
        }
    }
    return 0;
}

/* "close the dialog by clicking the x": the method is the request. */
static const struct {
    const char *ing, *verb;
} gerunds[] = {
    {"clicking", "click"},    {"pressing", "press"},  {"tapping", "tap"},  {"hitting", "hit"},
    {"selecting", "select"},  {"choosing", "choose"}, {"typing", "type"},  {"entering", "enter"},
    {"checking", "check"},    {"ticking", "tick"},    {"using", "use"},    {"scrolling", "scroll"},
    {"submitting", "submit"}, {"hovering", "hover"},  {"opening", "open"}, {"saving", "save"},
    {"sending", "send"},      {"filling", "fill"},    {"adding", "add"},   {"deleting", "delete"},
};

/* "what does the toast say after clicking Save?": the click first. The
 * gerund's clause, as a command (malloc'ed), and *at where it starts. */
static char *before_clause(const toks *c, int *at)
{
    static const char *const whens[] = {"after", "when",        "once",       "upon",
                                        "on",    "right after", "just after", NULL};
    for (int k = 1; k + 2 < c->n; k++) {
        int n = ph_match_list(c, k, c->n, whens, NULL);
        if (!n || c->t[k].quoted) continue;
        for (size_t g = 0; g < COUNT(gerunds); g++)
            if (ph_is(c, k + n, gerunds[g].ing) && strcmp(gerunds[g].ing, "using") != 0) {
                char *rest = span_tokens(c, k + n + 1, c->n);
                char *m = xasprintf("%s %s", gerunds[g].verb, rest);
                free(rest);
                *at = k;
                return m;
            }
    }
    return NULL;
}

static char *method_clause(const toks *c, int *by)
{
    for (int k = 1; k + 2 < c->n; k++) {
        if (!ph_is(c, k, "by")) continue;
        for (size_t g = 0; g < COUNT(gerunds); g++)
            if (ph_is(c, k + 1, gerunds[g].ing)) {
                char *rest = span_tokens(c, k + 2, c->n);
                char *m = xasprintf("%s %s", gerunds[g].verb, rest);
                free(rest);
                *by = k;
                return m;
            }
    }
    return NULL;
}

/* "close the modal by clicking the X": the X in the modal. */
static void method_place(const toks *c, int by, target *t)
{
    target where = {0};
    if (t->anchor || t->anchor_role || by < 2) return;
    ph_anchor(c, 1, by, &where);
    if (where.anchor_role) {
        t->anchor_role = where.anchor_role, where.anchor_role = NULL;
        t->anchor = where.anchor, where.anchor = NULL;
        t->prep = "in";
    }
    target_free(&where);
}

static const char *const until_words[] = {"until", "till", "til", "untill", "unless", NULL};
static const char *const until_leads[] = {
    "you see",        "i see",    "we see",     "there is",  "there's",
    "you find",       "i find",   "you get to", "you reach", "you spot",
    "you can see",    "it loads", "we find",    "it says",   "the page says",
    "the page shows", "the text", "the words",  "the word",  "the message",
    "it shows",       NULL};

/* "click Load more until "Item 40" appears": the text to wait for. */
static char *until_text(const toks *c, int i, int end)
{
    i = strip_lead(c, i, end, until_leads);
    end = strip_tail(c, i, end, appear_tails);
    end = strip_tail(c, i, end, seen_tails);
    return i < end ? ph_text(c, i, end) : NULL;
}

/* The word before w (an address) says where a request acts: "book the
 * Spin at <url> (not the morning one)", whose remark is the request's,
 * not a name for the page as in "open <url> (the shop)". */
static int after_place_word(const char *clause, const char *w)
{
    static const char *const places[] = {"on",  "at",    "in", "for",  "from",
                                         "via", "using", "of", "with", NULL};
    const char *e = w, *p;
    while (e > clause && e[-1] == ' ')
        e--;
    for (p = e; p > clause && p[-1] != ' ';)
        p--;
    for (int k = 0; places[k]; k++)
        if ((size_t)(e - p) == strlen(places[k]) && !strncasecmp(p, places[k], (size_t)(e - p)))
            return p > clause;
    return 0;
}

/* The clause without a parenthesized remark: "click Terms (it opens a new
 * tab)", "(e.g. ...)". Malloc'ed, or NULL when there is none. */
static char *cut_remark(const char *clause)
{
    static const char *const leads[] = {"it ",     "this ", "which ", "that ",       "e.g.", "i.e.",
                                        "eg ",     "ie ",   "note",   "for example", "if ",  "you ",
                                        "should ", "will ", "it's ",  NULL};
    const char *a = strchr(clause, '('), *b = a ? strchr(a, ')') : NULL;
    if (!a || !b) return NULL;
    const char *in = a + 1, *w = a;
    while (*in == ' ')
        in++;
    while (w > clause && w[-1] == ' ')
        w--;
    while (w > clause && w[-1] != ' ')
        w--;
    if ((!strncmp(w, "http://", 7) || !strncmp(w, "https://", 8) || !strncmp(w, "www.", 4)) &&
        !after_place_word(clause, w)) {
        while (a > clause && a[-1] == ' ') /* "open <url> (the shop)": a name for it */
            a--;
        return xasprintf("%.*s%s", (int)(a - clause), clause, b + 1);
    }
    for (int k = 0; leads[k]; k++)
        if (!strncasecmp(in, leads[k], strlen(leads[k]))) {
            while (a > clause && a[-1] == ' ')
                a--;
            return xasprintf("%.*s%s", (int)(a - clause), clause, b + 1);
        }
    return NULL;
}

/* ---- questions and clauses grounded at run time ------------------------ */

/* Words that open a question, and what may come before them ("tell me
 * who ...", "at what time ...", "in which folder ..."). */
static const char *const ask_words[] = {"who",  "whom",  "whose", "what", "what's", "whats",
                                        "when", "where", "which", "why",  "how",    NULL};
static const char *const ask_leads[] = {"tell me",
                                        "know",
                                        "to know",
                                        "learn",
                                        "check",
                                        "find out",
                                        "figure out",
                                        "let me know",
                                        "i want to know",
                                        "i'd like to know",
                                        "i would like to know",
                                        "i need to know",
                                        "i wonder",
                                        "do you know",
                                        "can you tell me",
                                        "could you tell me",
                                        "please tell me",
                                        NULL};
static const char *const ask_preps[] = {"at", "on",    "in",   "for",   "from",
                                        "to", "by",    "with", "since", "until",
                                        "of", "about", "into", "under", NULL};
static const char *const ask_ifs[] = {"if", "whether", NULL};

/* Skip polite words at i; a bare number is a count here ("3 adult
 * tickets"), not a list marker. */
static int skip_fillers(const toks *c, int i, int end)
{
    int n;
    while (i < end && strspn(c->t[i].s, "0123456789") != c->t[i].n && !ph_is(c, i, "find") &&
           !ph_is(c, i, "locate") && (n = ph_lead_filler(c, i, end)) > 0)
        i += n;
    return i;
}

/* [i, end) asks a question: a wh-word opens it (after a preposition or
 * "tell me"), or it ends in "?". */
static int asks_at(const toks *c, int i, int end)
{
    if (end <= i) return 0;
    const tok *last = &c->t[end - 1];
    i = skip_fillers(c, i, end);
    /* "Could you unsubscribe me from the digest?": a request, politely */
    static const char *const persons[] = {"me", "us", NULL};
    static const char *const askers[] = {"show", "give", "get", "tell", "let", NULL};
    int request = i < end && !ph_match_list(c, i, end, ask_leads, NULL) &&
                  !ph_match_list(c, i, end, ask_words, NULL) &&
                  (longest_verb(c, i, end) > 0 || /* "unsubscribe me from ...?" */
                   (i + 1 < end && ph_match_list(c, i + 1, i + 2, persons, NULL) &&
                    !ph_match_list(c, i, i + 1, askers, NULL)));
    if (!request && !last->quoted && last->n > 0 && last->s[last->n - 1] == '?') return 1;
    int n = ph_match_list(c, i, end, ask_leads, NULL);
    if (n && (ph_match_list(c, i + n, end, ask_ifs, NULL) ||
              ph_match_list(c, i + n, end, ask_words, NULL)))
        return 1;
    if ((n = ph_match_list(c, i, end, ask_preps, NULL)) &&
        ph_match_list(c, i + n, end, ask_words, NULL))
        return 1;
    return ph_match_list(c, i, end, ask_words, NULL) > 0;
}

int intents_asks(const char *clause)
{
    toks c;
    ph_tokenize(clause, &c);
    int yes = !c.too_long && asks_at(&c, 0, ph_trim_tail(&c, 0, c.n));
    ph_toks_free(&c);
    return yes;
}

/* Words that join an address to the request around it: "<url> - ...",
 * "<url>: ...", "use <url> to ...". */
static const char *const url_glue[] = {
    "-", "\xe2\x80\x94", "\xe2\x80\x93", ":", "to", "and", "then", ",", NULL};

/* The written address in the clause (the first), and the tokens around it
 * that only say it: *from, *to. 0 when there is none. */
static int url_span(const toks *c, int *from, int *to, int *at)
{
    for (int k = 0; k < c->n; k++) {
        if (!strong_url(c, k)) continue;
        int lead = skip_fillers(c, 0, k), p;
        *at = k;
        *from = k;
        *to = k + 1;
        if ((p = ph_match_list_end(c, lead, k, url_preps)) > 0)
            *from = k - p;
        else if ((p = ph_match_list_end(c, lead, k, look_verbs)) > 0 && k - p == lead)
            *from = k - p;
        else if (ph_match_list_end(c, lead, k, (const char *const[]){"search", NULL}))
            *from = k - 1;
        while (*to < c->n && !c->t[*to].quoted &&
               (ph_match_list(c, *to, *to + 1, url_glue, NULL) ||
                strspn(c->t[*to].s, "-:,\xe2\x80\x94\x93") == c->t[*to].n))
            (*to)++;
        if (*from > lead && *to < c->n) *to = k + 1; /* "... on <url> and ...": keep the rest */
        return 1;
    }
    return 0;
}

char *intents_first_url(const char *text)
{
    toks c;
    char *url = NULL;
    ph_tokenize(text, &c);
    for (int k = 0; k < c.n && !url && !c.too_long; k++)
        if (strong_url(&c, k)) url = ph_url_text(&c, k);
    ph_toks_free(&c);
    return url;
}

char *intents_drop_url(const char *clause)
{
    toks c;
    char *out = NULL;
    ph_tokenize(clause, &c);
    for (int k = 0; k < c.n && !out && !c.too_long; k++) {
        if (!strong_url(&c, k)) continue;
        int from = k - (k > 0 ? ph_match_list_end(&c, 0, k, url_preps) : 0);
        const char *a = c.t[from].from, *b = c.t[k].to;
        /* "Use <url> to search ...": the request is "search ..." */
        static const char *const uses[] = {"use", "using", NULL};
        if (from > 0 && ph_match_list(&c, from - 1, from, uses, NULL) && k + 1 < c.n &&
            ph_is(&c, k + 1, "to")) {
            a = c.t[from - 1].from;
            b = c.t[k + 1].to;
        }
        while (a > clause && a[-1] == ' ')
            a--;
        int mark = k == c.n - 1 && b[-1] == '?'; /* "... on <url>?" */
        out = xasprintf("%.*s%s%s", (int)(a - clause), clause, mark ? "?" : "",
                        a == clause ? b + strspn(b, " ") : b);
    }
    ph_toks_free(&c);
    return out;
}

static int names_it(const toks *c, int i, int end)
{
    /* "tell me what team he is on": a person named before */
    static const char *const persons[] = {"he", "she", "his", "her", "him", "their", NULL};
    for (int k = i; k < end; k++)
        if (!c->t[k].quoted && (ph_match_list(c, k, k + 1, it_words, NULL) ||
                                ph_match_list(c, k, k + 1, persons, NULL)))
            return 1;
    return 0;
}

/* What no step can do, refused with the reason rather than grounded. */
static const struct {
    const char *words, *why;
} unsupported[] = {
    {"upload", "uploading files is not supported"},
    {"attach the file", "uploading files is not supported"},
};

int intents_fallback(const char *clause, const target *prev, parsed *out)
{
    toks c;
    int from = 0, to = 0, at = -1, rc = -1;
    char *url = NULL, *rest = NULL;
    memset(out, 0, sizeof *out);
    out->repeat = 1;
    ph_tokenize(clause, &c);
    if (c.too_long || c.n == 0) goto out;
    int lead = skip_fillers(&c, 0, c.n);
    for (size_t u = 0; u < COUNT(unsupported); u++)
        if (ph_match(&c, lead, c.n, unsupported[u].words)) {
            snprintf(out->hint, sizeof out->hint, "%s", unsupported[u].why);
            goto out;
        }
    char *name = bare_control(&c, lead, ph_trim_tail(&c, lead, c.n));
    if (!name && ph_match_list(&c, 0, c.n, answer_words, NULL) == c.n)
        name = ph_text(&c, 0, c.n); /* "Next.", "OK", "Yes": a button so named */
    if (name) {                     /* "save", "pay for them": the control the verb names */
        out->st.kind = STEP_CLICK;
        out->st.target.text = name;
        rc = 0;
        goto out;
    }
    if (url_span(&c, &from, &to, &at)) url = ph_url_text(&c, at);
    /* the words before and after the address, polite words taken off */
    int i = skip_fillers(&c, 0, url ? from : c.n);
    int end = ph_trim_tail(&c, url ? to : i, c.n);
    end = drop_refrain(&c, url ? to : i, end); /* "choose Edit rather than confirming" */
    buf b = {0};
    if (url && i < from) buf_printf(&b, "%.*s", (int)(c.t[from - 1].to - c.t[i].from), c.t[i].from);
    int j = url ? skip_fillers(&c, to, end) : i;
    /* "book the pod for Ana on <url>, e-mail ana@x.io": the comma stays */
    int comma = url && to == at + 1 && c.t[at].to[-1] == ',';
    if (j < end)
        buf_printf(&b, "%s%.*s", b.len ? (comma ? ", " : " ") : "",
                   (int)(c.t[end - 1].to - c.t[j].from), c.t[j].from);
    /* "what time does the pool open according to <url>?": still a question */
    if (url && to == c.n && c.t[at].to[-1] == '?' && b.len && !memchr(b.s, '?', b.len))
        buf_puts(&b, "?");
    rest = buf_steal(&b);
    if (!rest) rest = xstrdup("");
    int letters = 0;
    for (const char *p = rest; *p && !letters; p++)
        letters = isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
    step *st = &out->st;
    if (!letters) {
        if (!url) goto out;
        st->kind = STEP_NAVIGATE; /* nothing but the address */
        st->value = url, url = NULL;
        rc = 0;
        goto out;
    }
    toks r;
    ph_tokenize(rest, &r);
    int question = asks_at(&r, 0, r.n) || asks_at(&c, 0, c.n);
    /* "todos at <url> — add ...": a few words that only name what the page
     * is, before its address, ask nothing of it */
    int label = url && !question && r.n <= 3 && j >= end && !strpbrk(rest, "?\"'") &&
                !intents_has_verb(rest);
    for (int k = 0; label && k < r.n; k++)
        label = isalpha((unsigned char)r.t[k].s[0]) && !r.t[k].quoted;
    if (label) {
        ph_toks_free(&r);
        st->kind = STEP_NAVIGATE;
        st->value = url, url = NULL;
        rc = 0;
        goto out;
    }
    if (question && prev && target_named(prev) && names_it(&r, 0, r.n))
        target_copy(&st->target, prev);
    ph_toks_free(&r);
    if (question) {
        st->kind = STEP_EXTRACT;
        st->sub = EXTRACT_ANSWER;
    } else {
        st->kind = STEP_DO;
    }
    st->value = rest, rest = NULL;
    if (url) {
        out->has_pre = 1;
        out->pre.kind = STEP_NAVIGATE;
        out->pre.value = url, url = NULL;
    }
    rc = 0;
out:
    free(url);
    free(rest);
    ph_toks_free(&c);
    return rc;
}

/* What a statement says its words are about: "I don't want the SMS
 * reminder", "the eggs are not bought yet", "I was born on 2 July 1988". */
static const char *const stance_leads[] = {"i don't want",
                                           "i do not want",
                                           "i dont want",
                                           "i don't need",
                                           "i do not need",
                                           "i dont need",
                                           "i want",
                                           "i need",
                                           "i'd like",
                                           "i would like",
                                           "we don't want",
                                           "we do not want",
                                           "we want",
                                           "we need",
                                           "i'm after",
                                           "i am after",
                                           "i'm looking for",
                                           "i am looking for",
                                           "we're looking for",
                                           "looking for",
                                           "i like",
                                           "i love",
                                           "i prefer",
                                           "i no longer need",
                                           "i no longer want",
                                           "we no longer need",
                                           "i don't need",
                                           "i'm done with",
                                           "i am done with",
                                           "we're done with",
                                           "we are done with",
                                           "i'm finished with",
                                           "i've finished with",
                                           "i've changed my mind about",
                                           "i have changed my mind about",
                                           "i changed my mind about",
                                           "i'm no longer interested in",
                                           "i am no longer interested in",
                                           "i'm not interested in",
                                           NULL};
static const char *const subjects[] = {"i", "i'm", "we", "my", "our", "i've", "we're", NULL};
static const char *const copulas[] = {"is",     "are",     "was",   "were",    "isn't",  "aren't",
                                      "wasn't", "weren't", "has",   "have",    "hasn't", "haven't",
                                      "should", "must",    "needs", "need",    "can't",  "cannot",
                                      "won't",  "will",    "can",   "doesn't", "didn't", NULL};

/* The end of a noun phrase at i: a copula, a comma, "so", "but". */
static int phrase_end(const toks *c, int i, int end)
{
    int k = i;
    while (k < end && !c->t[k].quoted && !ph_match_list(c, k, k + 1, copulas, NULL) &&
           !ph_is(c, k, "so") && !ph_is(c, k, "but") && !ph_is(c, k, "because"))
        if (comma_after(&c->t[k++])) break;
    return k;
}

int intents_statement(const char *clause)
{
    static const char *const theres[] = {"there will be", "there are", "there is",  "there's",
                                         "it's for",      "it is for", "it's just", NULL};
    toks c;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n);
    /* "I don't need the parking pass": a wish, a request of its own */
    int yes =
        !c.too_long && i < c.n && !asks_at(&c, i, c.n) &&
        !ph_match_list(&c, i, c.n, stance_leads, NULL) &&
        (ph_match_list(&c, i, c.n, subjects, NULL) || ph_match_list(&c, i, c.n, theres, NULL));
    ph_toks_free(&c);
    return yes;
}

int intents_frame(const char *clause)
{
    static const char *const frames[] = {"based on",   "going through", "looking through",
                                         "looking at", "going by",      "judging by",
                                         "among",      "amongst",       "per",
                                         "as per",     "according to",  "in light of",
                                         NULL};
    toks c;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n);
    int n = c.too_long ? 0 : ph_match_list(&c, i, c.n, frames, NULL);
    int yes = n > 0 && c.n - i - n <= 8 && !asks_at(&c, i + n, c.n);
    ph_toks_free(&c);
    return yes;
}

const char *intents_advice(const char *clause)
{
    static const char *const leads[] = {"you may need to",
                                        "you might need to",
                                        "you may have to",
                                        "you might have to",
                                        "you'll need to",
                                        "you will need to",
                                        "you'll have to",
                                        "you will have to",
                                        "you'll probably need to",
                                        "you probably need to",
                                        "you may want to",
                                        "you might want to",
                                        "it may help to",
                                        "it might help to",
                                        "it helps to",
                                        "tip",
                                        "hint",
                                        "note",
                                        NULL};
    toks c;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n);
    int n = c.too_long ? 0 : ph_match_list(&c, i, c.n, leads, NULL);
    const char *rest = NULL;
    /* "Note: ..." and "Tip -" only with their mark: "note the number" asks */
    int mark = n == 1 && i + 1 < c.n && c.t[i].n > c.t[i].core && c.t[i].s[c.t[i].core] == ':';
    if (n > 1 || mark) rest = i + n < c.n ? c.t[i + n].from : NULL;
    ph_toks_free(&c);
    return rest;
}

char *intents_thing(const char *clause, int *statement)
{
    toks c;
    char *name = NULL;
    int n, verb = 0;
    *statement = 0;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    /* "fill in member 4471, then send it": what a filling names is its
     * fields; "it" after it is the form, no thing of the page */
    static const char *const fills[] = {"fill", "complete", "enter", NULL};
    if (c.too_long || i >= end || strspn(c.t[i].s, "0123456789") > 0 ||
        ph_match_list(&c, i, end, fills, NULL))
        goto out;
    if ((n = ph_match_list(&c, i, end, stance_leads, NULL)) > 0) {
        i += n; /* "I don't want the SMS reminder" */
        *statement = 1;
    } else if (ph_match_list(&c, i, end, subjects, NULL)) {
        /* "I ticked 'Prepare Q3 slides' by accident": the one name quoted */
        int q = -1, nq = 0;
        for (int k = i; k < end; k++)
            if (c.t[k].quoted) q = k, nq++;
        if (nq == 1) {
            name = ph_text(&c, q, q + 1);
            *statement = 1;
        }
        goto out; /* "I was born on ...": a value, no thing */
    } else if (ph_match_list(&c, i, end, owners, NULL)) {
        int k = phrase_end(&c, i, end);
        if (k < end && ph_match_list(&c, k, k + 1, copulas, NULL)) *statement = 1;
    } else if (i + 1 < end && !ph_capitalized(&c, i)) {
        i++; /* "view invoice 2041": the words after the verb */
        verb = 1;
    }
    i = strip_lead(&c, i, end, owners);
    /* "I don't need 'Klara and the Sun' anymore": the quoted name */
    int k = i < end && c.t[i].quoted ? i + 1 : phrase_end(&c, i, end);
    /* "personal training anymore": when it is, no part of its name */
    static const char *const nows[] = {"anymore", "any more", "any longer", "no more", NULL};
    int m = k > i + 1 ? ph_match_list_end(&c, i + 1, k, nows) : 0;
    if (m > 0) k -= m;
    if (k > i) name = ph_text(&c, i, k);
    /* "Monday's Reformer Pilates is full": a thing's state, said so that
     * "it" in the request after it names the thing */
    if (name && !verb && k < end && ph_match_list(&c, k, k + 1, copulas, NULL)) *statement = 1;
out:
    ph_toks_free(&c);
    return name;
}

char *intents_put_thing(const char *words, const char *thing)
{
    static const char *const objects[] = {"it", "them", "its", "their", NULL};
    toks c;
    char *out = NULL;
    ph_tokenize(words, &c);
    for (int k = 1; k < c.n && !out && !c.too_long; k++) {
        int which = 0;
        if (!c.t[k].quoted && c.t[k].core == c.t[k].n &&
            ph_match_list(&c, k, k + 1, objects, &which))
            /* "check its info": the thing's info */
            out = xasprintf("%.*s%s%s%s", (int)(c.t[k].from - words), words, thing,
                            which >= 2 ? "'s" : "", c.t[k].to);
    }
    ph_toks_free(&c);
    return out;
}

/* The value a statement gives: "I was born on 2 July 1988" -> "2 July
 * 1988", "my email is ada@x.io" -> "ada@x.io"; NULL when it gives none. */
static const char *const value_marks[] = {"is", "are", "was", "on", "at", "as", "to", NULL};

char *intents_stated_value(const char *clause)
{
    toks c;
    char *v = NULL;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    if (!c.too_long && i < end &&
        (ph_match_list(&c, i, end, subjects, NULL) || ph_match_list(&c, i, end, owners, NULL))) {
        int k = last_word(&c, i + 1, end, value_marks, NULL);
        if (k > i && k + 1 < end) v = ph_text(&c, k + 1, end);
    }
    ph_toks_free(&c);
    return v;
}

/* A clause that only says where the thing is: "(look under Billing)",
 * "(Devices tab)", "It's in Notifications.", "Look in Projects/2026/Q1.",
 * "Check the venue map.", "It's on <url>". */
static const char *const hint_leads[] = {"look under",
                                         "look in",
                                         "look at",
                                         "look on",
                                         "it's in",
                                         "it is in",
                                         "it's under",
                                         "it is under",
                                         "it's on",
                                         "it is on",
                                         "it's at",
                                         "it is at",
                                         "they're in",
                                         "they are in",
                                         "they're under",
                                         "you'll find it in",
                                         "you'll find it under",
                                         "you will find it in",
                                         "you will find it under",
                                         "you can find it in",
                                         "you can find it under",
                                         "find it in",
                                         "find it under",
                                         "it can be found in",
                                         "it can be found under",
                                         "hint:",
                                         "see",
                                         "check",
                                         "try",
                                         "under",
                                         "in",
                                         NULL};
/* Parts of a page a hint names without a lead: "(Devices tab)". */
static const char *const hint_parts[] = {"tab",  "section", "page",     "panel",  "folder",
                                         "menu", "area",    "settings", "pane",   "screen",
                                         "view", "sidebar", "card",     "drawer", NULL};

int intents_hint(const char *clause, char **place, char **url)
{
    toks c;
    int rc = -1, n, weak = 0;
    *place = *url = NULL;
    size_t len = strlen(clause);
    int paren = len > 2 && clause[0] == '(' && clause[len - 1] == ')';
    char *in = paren ? xstrndup(clause + 1, len - 2) : xstrdup(clause);
    ph_tokenize(in, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    if (i >= end) goto out;
    if (!paren && end - i >= 2 && strong_url(&c, i) && c.t[i + 1].s[0] == '(' &&
        c.t[end - 1].s[c.t[end - 1].n - 1] == ')') { /* "<url> (Billing tab)" */
        char *rest = xstrndup(c.t[i + 1].from, (size_t)(c.t[end - 1].to - c.t[i + 1].from));
        rc = intents_hint(rest, place, url);
        free(rest);
        if (rc == 0 && !*url) *url = ph_url_text(&c, i);
        if (rc != 0 || !*place) free(*place), free(*url), *place = *url = NULL, rc = -1;
        goto out;
    }
    if (ph_is(&c, i, "use") && end - i == 2 && strong_url(&c, i + 1)) {
        *url = ph_url_text(&c, i + 1); /* "Which class is on Monday? Use <url>." */
        rc = 1;
        goto out;
    }
    /* "Its menu card on <url> should say.", "The FAQ will tell you": the
     * thing that holds the answer, said before the verb that says so */
    static const char *const says[] = {
        "should say",        "will say",    "says",           "should tell you",
        "will tell you",     "tells you",   "should have it", "has it",
        "lists it",          "mentions it", "should list it", "will have it",
        "should mention it", NULL};
    static const char *const holders[] = {"its", "their", "the", "his", "her", NULL};
    int sn = 0;
    for (int k = i + 1; k < end && !sn; k++)
        if (ph_match_list(&c, k, end, says, NULL) == end - k) sn = end - k;
    if (sn && ph_match_list(&c, i, i + 1, holders, NULL) && end - sn - i >= 2) {
        int e2 = end - sn;
        if (e2 - i >= 3 && strong_url(&c, e2 - 1) &&
            ph_match_list(&c, e2 - 2, e2 - 1, (const char *const[]){"on", "at", "of", NULL},
                          NULL)) {
            *url = ph_url_text(&c, e2 - 1);
            e2 -= 2;
        }
        char *what = ph_text(&c, i, e2);
        *place = xasprintf("open %s", what);
        free(what);
        rc = 1; /* after a question only */
        goto out;
    }
    if ((n = ph_match_list(&c, i, end, hint_leads, NULL)) > 0 && i + n < end) {
        /* "check" and "see" are hints only in parentheses or before a place */
        int look = ph_is(&c, i, "check") || ph_is(&c, i, "see") || ph_is(&c, i, "try") ||
                   ph_is(&c, i, "in") || ph_is(&c, i, "under");
        if (look && !paren && !ph_match_list(&c, i + n, end, owners, NULL) &&
            !ph_url_like(&c, i + n, end))
            goto out;
        if (look && ph_is(&c, i, "in") && !paren) goto out;
        if (look && ph_is(&c, i, "under") && !paren) goto out;
        /* "(in the Devices tab)", "(under Billing)", not "(in the Orders table)" */
        if ((ph_is(&c, i, "in") || ph_is(&c, i, "under")) && !ph_capitalized(&c, end - 1) &&
            !ph_match_list_end(&c, i + n, end, hint_parts))
            goto out;
        weak = look && !paren; /* "Check the venue map": after a question only */
        i += n;
    } else if (end - i <= 4 && ph_match_list_end(&c, i, end, hint_parts)) {
        weak = !paren; /* "who owns Atlas? Projects tab.": after a question only */
    } else {
        goto out;
    }
    if (end - i == 1 && ph_url_like(&c, i, end)) {
        *url = ph_url_text(&c, i);
    } else {
        if (end - i >= 3 && strong_url(&c, end - 1) &&
            ph_match_list(&c, end - 2, end - 1, (const char *const[]){"on", "at", "of", NULL},
                          NULL)) {
            *url = ph_url_text(&c, end - 1); /* "Look under Billing on <url>" */
            end -= 2;
        }
        char *what = ph_text(&c, i, end);
        *place = xasprintf("open %s", what);
        free(what);
    }
    rc = weak;
out:
    ph_toks_free(&c);
    free(in);
    return rc;
}

/* What a question's reader read is no answer to it: a count of elements
 * for "how many days is the voucher valid?" or "how many points did Lee
 * score?", the text of an element named by the question's words ("what
 * is the minimum?", "tell me how much Sam sent me"). */
static const char *const aux_words[] = {"did",  "does",  "do",  "has",   "have",   "had",
                                        "will", "would", "can", "could", "should", NULL};
static const char *const unit_nouns[] = {
    "day",       "night", "hour",  "minute",  "second", "week",   "month",
    "year",      "point", "goal",  "run",     "mile",   "km",     "kilometer",
    "kilometre", "meter", "metre", "calorie", "time",   "degree", "percent",
    "dollar",    "euro",  "pound", "kg",      "gb",     "mb",     NULL};

static int has_word(const char *text, const char *const *words)
{
    toks c;
    int yes = 0;
    ph_tokenize(text ? text : "", &c);
    for (int k = 0; k < c.n && !yes; k++)
        yes = ph_match_list(&c, k, k + 1, words, NULL) > 0;
    ph_toks_free(&c);
    return yes;
}

/* The first word of text is one of words. */
static int first_in(const char *text, const char *const *words)
{
    toks c;
    ph_tokenize(text ? text : "", &c);
    int yes = c.n > 0 && ph_match_list(&c, 0, 1, words, NULL) > 0;
    ph_toks_free(&c);
    return yes;
}

static int first_is_unit(const char *text)
{
    size_t n = strcspn(text ? text : "", " ");
    if (!n) return 0;
    char *w = ph_singular(text, n);
    int yes = 0;
    for (int k = 0; unit_nouns[k] && !yes; k++)
        yes = !strcmp(w, unit_nouns[k]);
    free(w);
    return yes;
}

/* Words of a question that ask for an element's own text ("what does the
 * banner say", "what is written in the footer"). */
static const char *const text_asks[] = {"say",     "says",  "said",    "written",  "read",
                                        "reads",   "show",  "shows",   "text",     "message",
                                        "heading", "title", "display", "displays", NULL};

static int weak_reading(const step *st, const char *verb, const char *clause)
{
    const target *t = &st->target;
    /* "could you check how much I owe?", "check what time it opens": a
     * box named by a question is the question */
    if (st->kind == STEP_CHECK && t->text && !t->anchor && !t->role &&
        (first_in(t->text, ask_words) || first_in(t->text, ask_ifs)))
        return 1;
    if (st->kind != STEP_EXTRACT) return 0;
    /* "what do they cost?": a word pointing back names no thing */
    static const char *const pointers[] = {"they", "them",  "it",    "this",
                                           "that", "those", "these", NULL};
    if (t->text && !t->anchor && ph_words(t->text) == 1 && first_in(t->text, pointers)) return 1;
    /* "how many are in the Done column", "how many of its items are done":
     * a verb or a word pointing back is no thing to count */
    static const char *const back_words[] = {"are",   "is",  "were", "was", "its",
                                             "their", "his", "her",  NULL};
    if (st->sub == EXTRACT_COUNT)
        return !t->role && (first_is_unit(t->text) || has_word(t->text, aux_words) ||
                            has_word(st->value, aux_words) || has_word(t->text, back_words));
    if (st->sub != EXTRACT_TEXT || !t->text) return 0;
    /* "find out whether the shop is open on Sunday": the question itself */
    if (first_in(t->text, ask_words) || first_in(t->text, ask_ifs)) return 1;
    if (t->role || t->state || t->ordinal || t->all || has_word(clause, text_asks)) return 0;
    /* "when is the card payment due?" read as the text of a field the verb
     * suggests ("due date") gives the label as often as the value: the
     * answer reads the value. A field the words name ("the reorder level
     * of X") is read as it is. */
    if (t->anchor && t->prep && !strcmp(t->prep, "of") && !t->near && !t->anchor_role &&
        (!strcasecmp(verb, "who") || !strcasecmp(verb, "when") || !strcasecmp(verb, "where")) &&
        strncmp(t->anchor, "min:", 4) != 0 && strncmp(t->anchor, "max:", 4) != 0)
        return 1;
    return !t->anchor && !t->anchor_role;
    return 0;
}

static int parse_rewritten(const char *clause, const target *prev, int flags, parsed *out);

static int parse_rewritten(const char *clause, const target *prev, int flags, parsed *out)
{
    char *plain = (flags & NO_REWRITE) ? NULL : cut_remark(clause);
    if (plain) {
        int rc = intents_parse(plain, prev, flags, out);
        free(plain);
        parsed whole; /* "mark INV-22 as paid (it's on page 2)": the page reads the remark too */
        if (rc == 0 && out->st.kind == STEP_DO && intents_fallback(clause, prev, &whole) == 0) {
            if (whole.st.kind == STEP_DO && !whole.has_pre == !out->has_pre) {
                free(out->st.value);
                out->st.value = whole.st.value, whole.st.value = NULL;
            }
            step_free(&whole.st), step_free(&whole.pre);
        }
        return rc;
    }
    toks c;
    int from, to, tf = TF_NONE, rc;
    char *fmt = NULL, *url = NULL, *text = xstrdup(clause), *next;
    if (flags & NO_REWRITE) {
        free(text);
        return parse_clause(clause, prev, flags, out);
    }
    ph_tokenize(text, &c);
    if ((tf = find_transform(&c, &from, &to, &fmt)) != TF_NONE) {
        next = cut_tokens(text, &c, from, to);
        ph_toks_free(&c);
        free(text);
        text = next;
        ph_tokenize(text, &c);
    }
    int at, url_at = -1;
    if (find_url(&c, &from, &to, &at)) {
        url = ph_url_text(&c, at);
        url_at = at;
        next = cut_tokens(text, &c, from, to);
        /* a navigation, search or login reads its own address */
        if (parse_clause(text, prev, flags, out) == 0 &&
            (out->st.kind == STEP_NAVIGATE || out->st.kind == STEP_SEARCH ||
             out->st.kind == STEP_LOGIN || out->has_pre)) {
            free(next);
            free(url);
            url = NULL;
        } else {
            ph_toks_free(&c);
            free(text);
            text = next;
            ph_tokenize(text, &c);
        }
        step_free(&out->st);
        step_free(&out->pre);
    }
    int by = 0, gat = 0;
    char *first = url ? NULL : before_clause(&c, &gat);
    if (first) { /* the request without its "after clicking Save" */
        parsed pre;
        char *main_part = span_tokens(&c, 0, gat);
        int ok = intents_parse(first, prev, flags, &pre) == 0;
        if (ok && pre.has_pre) {
            step_free(&pre.st), step_free(&pre.pre);
            ok = 0;
        }
        if (ok && intents_parse(main_part, prev, flags, out) == 0) {
            if (!out->has_pre) {
                out->pre = pre.st;
                out->has_pre = 1;
                free(first);
                free(main_part);
                free(fmt);
                free(text);
                ph_toks_free(&c);
                return 0;
            }
            step_free(&out->st), step_free(&out->pre);
        }
        if (ok) step_free(&pre.st);
        free(main_part);
        free(first);
    }
    char *method = method_clause(&c, &by);
    int k = -1;
    for (int j = 2; j < c.n && k < 0; j++)
        if (!c.t[j].quoted && ph_match_list(&c, j, j + 1, until_words, NULL)) k = j;
    char *until = NULL;
    rc = -1;
    if (k > 0) { /* "click Load more until X appears" */
        char *left = span_tokens(&c, 0, k);
        if (parse_clause(left, prev, flags, out) == 0 &&
            (out->st.kind == STEP_CLICK || out->st.kind == STEP_KEY) &&
            (until = until_text(&c, k + 1, c.n)) != NULL)
            rc = 0;
        else
            step_free(&out->st), step_free(&out->pre);
        free(left);
    }
    /* nothing but the address, or what it shows: "<url> has a form",
     * "at <url> there is a list" (the request follows); "show" alone is a
     * request ("<url> - show me only remote jobs") */
    static const char *const describes[] = {
        "has",           "have",        "shows",        "contains", "is",       "are",
        "there is",      "there are",   "there's",      "lists",    "displays", "features",
        "includes",      "offers",      "hosts",        "holds",    "gives",    "provides",
        "you will find", "you'll find", "you can find", "you see",  NULL};
    /* "Is a lift broken on <url>?": a question that names its page last */
    size_t cl = strlen(clause);
    int asked = cl && clause[cl - 1] == '?' && url_at >= 0;
    if (rc != 0 && url &&
        (ph_only_filler(&c, 0, c.n, 0) ||
         (!asked && (ph_match_list(&c, 0, c.n, describes, NULL) ||
                     (ph_match_list(&c, 0, c.n, articles, NULL) &&
                      ph_match_list(&c, 1, c.n, describes, NULL)))))) {
        memset(out, 0, sizeof *out);
        out->repeat = 1;
        out->st.kind = STEP_NAVIGATE;
        out->st.value = url, url = NULL;
        rc = 0;
    }
    /* "close the dialog by clicking the x": the method is the request */
    if (rc != 0 && method && (rc = parse_clause(method, prev, flags, out)) == 0)
        method_place(&c, by, &out->st.target);
    if (rc != 0) rc = parse_clause(text, prev, flags, out);
    if (rc == 0) {
        step *st = &out->st;
        st->until = until, until = NULL;
        if (tf != TF_NONE) {
            transform_value(&st->value, tf, fmt);
            for (char **v = st->values; v && *v; v++)
                transform_value(v, tf, fmt);
        }
        if (url && !out->has_pre) {
            out->has_pre = 1;
            out->pre.kind = STEP_NAVIGATE;
            out->pre.value = url, url = NULL;
        }
    }
    free(until);
    free(method);
    free(url);
    free(fmt);
    free(text);
    ph_toks_free(&c);
    return rc;
}

/* States a "set X to Y" names rather than a value typed in. */
static const char *const state_words[] = {
    "won",      "lost",     "open",      "closed",   "done",        "resolved", "pending",
    "urgent",   "paid",     "unpaid",    "shipped",  "delivered",   "active",   "inactive",
    "archived", "approved", "rejected",  "declined", "cancelled",   "canceled", "completed",
    "complete", "blocked",  "qualified", "on hold",  "in progress", "read",     "unread",
    "spam",     "starred",  "important", "public",   "private",     NULL};
/* Field names whose value a state word is: "set the status to won". */
static const char *const state_fields[] = {"status",   "state",    "stage",   "priority",   "phase",
                                           "severity", "level",    "outcome", "result",     "label",
                                           "tag",      "category", "type",    "visibility", NULL};
/* Words that describe an item rather than name it: "the message about
 * the lift", "the email that mentions the refund". */
static const char *const describing[] = {"about",    "that",   "which", "who",       "mentioning",
                                         "mentions", "saying", "says",  "regarding", "containing",
                                         "where",    "whose",  NULL};
/* Separators of a path of menus or folders: "Guides › Deploy › Docker". */
static const char *const path_seps[] = {"\xe2\x80\xba", "\xc2\xbb", "\xe2\x86\x92", " > ", " -> ",
                                        " / ",          NULL};

/* The clause holds, outside quotes, one of the separators of a path. */
static int has_path(const char *clause)
{
    toks c;
    int yes = 0;
    ph_tokenize(clause, &c);
    for (int k = 0; k < c.n && !yes; k++) {
        if (c.t[k].quoted) continue;
        for (int j = 0; path_seps[j] && !yes; j++) {
            const char *sep = path_seps[j];
            size_t n = strlen(sep);
            if (*sep == ' ') /* a spaced separator is a word of its own */
                yes =
                    k > 0 && k + 1 < c.n && c.t[k].n == n - 2 && !strncmp(c.t[k].s, sep + 1, n - 2);
            else
                yes = memmem(c.t[k].s, c.t[k].n, sep, n) != NULL;
        }
    }
    ph_toks_free(&c);
    return yes;
}

/* A parenthesis that says where the thing is: "(it is in Projects /
 * 2026)", "(under Archive)", "(Projects → 2026)". */
static int location_aside(const char *clause)
{
    const char *a = strchr(clause, '('), *b = a ? strchr(a, ')') : NULL;
    if (!a || !b) return 0;
    char *in = xstrndup(a + 1, (size_t)(b - a - 1));
    toks c;
    ph_tokenize(in, &c);
    static const char *const leads[] = {"it is in",    "it's in",    "it is under",  "it's under",
                                        "which is in", "located in", "found in",     "in",
                                        "under",       "inside",     "it is inside", NULL};
    int yes = ph_match_list(&c, 0, c.n, leads, NULL) > 0 || has_path(in);
    ph_toks_free(&c);
    free(in);
    return yes;
}

/* A parenthesis that asks to load more first: "(load more if needed)",
 * "(scroll down if you have to)". */
static int more_aside(const char *clause)
{
    const char *a = strchr(clause, '('), *b = a ? strchr(a, ')') : NULL;
    if (!a || !b) return 0;
    char *in = xstrndup(a + 1, (size_t)(b - a - 1));
    static const char *const words[] = {"load", "loading", "scroll", "scrolling", "more", NULL};
    int yes = has_word(in, words);
    free(in);
    return yes;
}

/* The intent read the words, but the page decides better what they mean:
 * a path of menus or folders, a place in parentheses, a state set on an
 * item ("mark the Globex deal as won", "set the Acme deal to won"), a
 * control in an item the words describe ("pin the message about the
 * lift"). The clause is then read against the page when it runs. */
/* Places a text is put in that are no field: "put the Trail Bag in Olive
 * into my basket", "write 'see you' in the channel". */
static const char *const no_fields[] = {
    "basket",  "cart", "bag",    "trolley",      "wishlist", "wish list", "favourites", "favorites",
    "channel", "chat", "thread", "conversation", "room",     "group",     "feed",       "timeline",
    "inbox",   "list", NULL};

static int no_field(const target *t)
{
    if (!t->text || t->role) return 0;
    if (t->text[0] == '#') return 1; /* "post 'X' in #dev" */
    toks c;
    ph_tokenize(t->text, &c);
    int i = strip_lead(&c, 0, c.n, owners);
    int yes = i < c.n && ph_match_list_end(&c, i, c.n, no_fields) > 0;
    ph_toks_free(&c);
    return yes;
}

/* Words that hold more than a name: a list (", ") or a remark in
 * parentheses. */
static int listed_values(const char *s)
{
    return s && (strstr(s, ", ") || strchr(s, '(') || strchr(s, ')'));
}

/* A name that says whom or how many it is for: "the twin room for Ana
 * Lind", "a table for 4"; or that holds an e-mail address. */
static int for_someone(const char *s)
{
    toks c;
    int yes = 0;
    ph_tokenize(s, &c);
    for (int k = 1; k < c.n && !yes; k++) {
        yes = memchr(c.t[k].s, '@', c.t[k].n) && c.t[k].s[0] != '@';
        if (k + 1 < c.n && ph_is(&c, k, "for"))
            yes = ph_capitalized(&c, k + 1) || isdigit((unsigned char)c.t[k + 1].s[0]) ||
                  ph_is(&c, k + 1, "me") || ph_is(&c, k + 1, "us");
    }
    ph_toks_free(&c);
    return yes;
}

/* Three words or more with a number among them: "Jan 3rd to Jan 5th". */
static int dated_words(const char *s)
{
    const char *sp = s ? strchr(s, ' ') : NULL;
    return sp && strchr(sp + 1, ' ') && strpbrk(s, "0123456789");
}

/* Words with a date and an hour: "Porto station on 2027-04-02 at 09:30". */
static int timed_words(const char *s)
{
    if (!dated_words(s)) return 0;
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p)) continue;
        if (p[1] == ':' && isdigit((unsigned char)p[2])) return 1;
        const char *q = p + 1 + (p[1] == ' ');
        if ((tolower((unsigned char)q[0]) == 'a' || tolower((unsigned char)q[0]) == 'p') &&
            tolower((unsigned char)q[1]) == 'm' && !isalpha((unsigned char)q[2]))
            return 1;
    }
    return 0;
}

/* Whether the clause says s in quotes: a name, whatever its words
 * ("save "Late goal sends Riverton FC into the cup final""). */
static int said_quoted(const char *clause, const char *s)
{
    size_t n = strlen(s);
    for (const char *p = clause; n && (p = strstr(p, s)) != NULL; p++) {
        int open =
            (p > clause && p[-1] == '"') || (p - clause >= 3 && !memcmp(p - 3, "\xe2\x80\x9c", 3));
        if (open && (p[n] == '"' || !memcmp(p + n, "\xe2\x80\x9d", 3))) return 1;
    }
    return 0;
}

static int ground_instead(const step *st, const char *clause)
{
    const target *t = &st->target;
    /* "assign the ticket to me", "share the doc with lee@x.io", "rename the
     * file to X": a value for the control, which the page's form takes */
    static const char *const value_links[] = {"to", "with", "as", "into", NULL};
    if (st->kind == STEP_CLICK && t->anchor && !t->near && !t->anchor_role && t->prep &&
        !strcmp(t->prep, "of") && has_word(t->anchor, value_links) &&
        !said_quoted(clause, t->anchor))
        return 1;
    /* "clear out everything I've already finished": the list's own
     * control for the entries done ("Clear completed"), which the page
     * names in its words */
    {
        static const char *const gone[] = {"clear",   "remove",     "delete", "hide",
                                           "archive", "get rid of", NULL};
        static const char *const dones[] = {"done",        "finished",   "completed",   "complete",
                                            "ticked",      "checked",    "bought",      "purchased",
                                            "crossed off", "ticked off", "checked off", NULL};
        toks c;
        ph_tokenize(clause, &c);
        int i = skip_fillers(&c, 0, c.n), end = c.too_long ? 0 : ph_trim_tail(&c, i, c.n);
        static const char *const entries[] = {"items", "ones",    "todos",  "to-dos",
                                              "tasks", "entries", "things", NULL};
        int e = end - ph_match_list_end(&c, i + 1, end, entries); /* "the completed items" */
        int yes = i + 2 < end && ph_match_list(&c, i, end, gone, NULL) &&
                  ph_match_list_end(&c, i + 1, e, dones) && !c.t[end - 1].quoted;
        ph_toks_free(&c);
        if (yes) return 1;
    }
    /* "rename it to 'Buy 10 stamps'": the entry's new name, which the
     * page's rename dialog or the entry edited in place takes */
    if (st->kind == STEP_CLICK) {
        toks c;
        ph_tokenize(clause, &c);
        int i = skip_fillers(&c, 0, c.n), yes = 0;
        if (!c.too_long && i < c.n &&
            ph_match_list(&c, i, i + 1, (const char *const[]){"rename", "retitle", NULL}, NULL))
            for (int k = i + 2; k + 1 < c.n && !yes; k++)
                yes = !c.t[k].quoted && (ph_is(&c, k, "to") || ph_is(&c, k, "as"));
        ph_toks_free(&c);
        if (yes) return 1;
    }
    /* "get 3 tickets", "show 50 per page": a number of things is no element */
    if (st->kind == STEP_EXTRACT && (st->sub == EXTRACT_TEXT || st->sub == EXTRACT_LIST) &&
        !t->role && !t->anchor && isdigit((unsigned char)(t->text ? t->text[0] : 0)))
        return 1;
    if (st->kind == STEP_EXTRACT && st->sub == EXTRACT_LIST && !t->text && st->fields && !t->role &&
        t->anchor == NULL) {
        toks c;
        ph_tokenize(clause, &c);
        int i = skip_fillers(&c, 0, c.n), n = longest_verb(&c, i, c.n);
        int yes = n && i + n < c.n && isdigit((unsigned char)c.t[i + n].s[0]);
        ph_toks_free(&c);
        if (yes) return 1;
    }
    if ((st->kind == STEP_TYPE || st->kind == STEP_SELECT) && no_field(t)) return 1;
    /* "notify me by text message", "remind us via e-mail": how to reach
     * the person, a choice of the page's form, not a control "notify" */
    static const char *const persons[] = {"me", "us", NULL};
    if (st->kind == STEP_CLICK && t->anchor && t->text && !strchr(t->text, ' ') &&
        first_in(t->anchor, persons) &&
        has_word(t->anchor, (const char *const[]){"by", "via", NULL}))
        return 1;
    /* "switch me to Fibre 500, 12 month contract": "me" is no field to type into */
    if (st->kind == STEP_TYPE && t->text && first_in(t->text, persons) && !strchr(t->text, ' '))
        return 1;
    /* "enter my card for the order": a value described, not given; "put
     * me on the waitlist for it": a person, not a text */
    static const char *const described[] = {"my",    "our", "your", "his",    "her",
                                            "their", "me",  "us",   "myself", NULL};
    if (st->kind == STEP_TYPE && st->value && !strpbrk(clause, "\"'") &&
        first_in(st->value, described))
        return 1;
    /* "check availability Jan 3rd to Jan 5th": dates or numbers in several
     * words are values for the page's form, not a box's name */
    if ((st->kind == STEP_CHECK || st->kind == STEP_UNCHECK) && !t->role && !t->exact &&
        (dated_words(t->text) || dated_words(t->anchor)))
        return 1;
    /* "sign up for the Tuesday class, name Ana": "for" is no field */
    static const char *const preps[] = {"for", "to",   "with", "on", "at",
                                        "in",  "into", "from", NULL};
    for (char **f = st->kind == STEP_FILL ? st->fields : NULL; f && *f; f++)
        if (first_in(*f, preps) && !strchr(*f, ' ')) return 1;
    /* "post 'X' in #dev" read as a field "X" with the value "in #dev" */
    for (char **v = st->kind == STEP_FILL ? st->values : NULL; v && *v; v++)
        if (!strncasecmp(*v, "in ", 3) || !strncasecmp(*v, "to ", 3) || !strncasecmp(*v, "on ", 3))
            return 1;
    /* "reserve the twin room for Ana Lind, ana@x.example", "open the
     * Report tab (new tab)": a name holding a list or a remark names no
     * element; the page reads the words */
    if (st->kind != STEP_NAVIGATE && st->kind != STEP_DO && st->kind != STEP_EXTRACT && !t->exact &&
        (listed_values(t->text) || listed_values(t->anchor)))
        return 1;
    if (st->kind == STEP_NAVIGATE || st->kind == STEP_DO ||
        (st->kind == STEP_EXTRACT && st->sub != EXTRACT_TEXT))
        return 0;
    /* "collect a drone kit at Porto station on 2027-04-02 at 09:30": a thing
     * for a day and an hour is a booking the page's form takes, no text */
    if (st->kind == STEP_EXTRACT && !t->role && (timed_words(t->text) || timed_words(t->anchor)))
        return 1;
    /* "book the group pod for Ana Lind": who it is for is a value the
     * page's form takes, not part of the pod's name */
    if (st->kind == STEP_CLICK && t->anchor && !t->near && for_someone(t->anchor)) return 1;
    if (st->kind == STEP_CLICK || st->kind == STEP_SCROLL || st->kind == STEP_HOVER ||
        st->kind == STEP_CHECK)
        if (has_path(clause) || location_aside(clause)) return 1;
    if (more_aside(clause)) return 1; /* "find the refund to Acme (load more if needed)" */
    /* "keep loading until it shows all 40": a count of items, no text to see */
    if (st->until && !strncasecmp(st->until, "all ", 4) &&
        isdigit((unsigned char)st->until[4 + (strncasecmp(st->until + 4, "the ", 4) ? 0 : 4)]))
        return 1;
    if (st->kind == STEP_CLICK && !strncasecmp(clause, "load ", 5))
        return 1; /* "load the earlier messages" */
    if ((st->kind == STEP_CHECK || st->kind == STEP_UNCHECK) && t->text && !t->role &&
        has_word(t->text, (const char *const[]){"as", NULL}))
        return 1; /* "mark the Globex deal as won": no "done" */
    if (st->kind == STEP_TYPE && st->value && !t->role && t->text && !t->anchor &&
        has_word(st->value, state_words) && !strchr(st->value, ' ') &&
        !has_word(t->text, state_fields))
        return 1;
    if (st->kind == STEP_CLICK && t->anchor && !t->near && has_word(t->anchor, describing))
        return 1;
    /* "book a table for 2 on Friday", "buy 3 adult tickets": a new thing
     * the page's form makes, not an item to act on */
    if (st->kind == STEP_CLICK && t->text && t->anchor && !t->near) {
        toks c;
        ph_tokenize(clause, &c);
        char *low = xstrdup(t->text); /* table words are lower case: "Book a table" */
        for (char *p = low; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        int i = skip_fillers(&c, 0, c.n), n = ph_match(&c, i, c.n, low);
        free(low);
        int yes = n > 0 && i + n < c.n &&
                  (ph_is(&c, i + n, "a") || ph_is(&c, i + n, "an") ||
                   strspn(c.t[i + n].s, "0123456789") == c.t[i + n].n);
        ph_toks_free(&c);
        if (yes) return 1;
    }
    return 0;
}

/* The thing a "find" clause names, without its parenthesis: "find the
 * refund from Acme (load more if needed)" -> "refund" from "Acme"; a
 * search's query as a name. */
static void found_target(const char *clause, const target *prev, target *t)
{
    const char *a = strchr(clause, '('), *b = a ? strchr(a, ')') : NULL;
    char *plain = a && b ? xasprintf("%.*s%s", (int)(a - clause), clause, b + 1) : xstrdup(clause);
    parsed f;
    if (parse_rewritten(plain, prev, INTENTS_STRICT, &f) == 0) {
        if (target_named(&f.st.target)) {
            *t = f.st.target;
            memset(&f.st.target, 0, sizeof f.st.target);
        } else if (f.st.kind == STEP_SEARCH && f.st.value) {
            t->text = xstrdup(f.st.value);
        }
        step_free(&f.st), step_free(&f.pre);
    }
    free(plain);
}

/* Verbs that ask for a value rather than name an element or a query:
 * "tell me her role", "look up the stock status of the duct tape". */
static const char *const telling_verbs[] = {"tell me", "let me know", "look up", "find out",
                                            "get me",  "give me",     "show me", "check",
                                            "look at", NULL};

/* The reading is an element's text, a price, a list or a search where the
 * words ask for one value of a thing: "tell me the Saturday opening hours",
 * "tell me its total", "get the reorder level of duct tape", "look up the
 * stock status of X" (no search box needed). */
static int asks_value(const step *st, const char *verb, const char *clause)
{
    toks v;
    ph_tokenize(verb, &v);
    int telling = v.n > 0 && ph_match_list(&v, 0, v.n, telling_verbs, NULL) == v.n;
    ph_toks_free(&v);
    const target *t = &st->target;
    static const char *const every[] = {"all", "every", "each", "list", NULL};
    if (st->kind == STEP_SEARCH)
        return telling && st->value && !strncasecmp(st->value, "the ", 4) &&
               has_word(st->value, (const char *const[]){"of", NULL});
    if (st->kind != STEP_EXTRACT || t->role || t->ordinal || t->all || has_word(clause, every))
        return 0;
    if (st->sub == EXTRACT_TEXT && !t->anchor && !t->anchor_role && t->text &&
        has_word(t->text, (const char *const[]){"of", NULL}) && !has_word(clause, text_asks))
        return 1; /* "the reorder level of duct tape" read as one name */
    int tell = !strncasecmp(verb, "tell me", 7) || !strncasecmp(verb, "let me know", 11);
    return telling &&
           (st->sub == EXTRACT_TEXT || (st->sub == EXTRACT_PRICE && tell) ||
            (st->sub == EXTRACT_LIST &&
             (tell || !st->fields || (!strcmp(st->fields[0], "text") && !st->fields[1]))));
}

/* "find the workspace ID in the Advanced tab": what is found is a value
 * to read, not an element to scroll to, when its name ends with a word
 * that names a value ("find the contact link" scrolls). */
static int finds_value(const step *st, const char *verb)
{
    /* not "email" or "phone": "find the email from Izabel" is a message */
    static const char *const value_words[] = {"id",       "number",   "code",  "reference", "pin",
                                              "password", "iban",     "total", "balance",   "price",
                                              "address",  "deadline", "fee",   "rate",      "limit",
                                              "token",    "version",  "port",  NULL};
    const target *t = &st->target;
    if (st->kind != STEP_SCROLL || st->sub != SCROLL_TO || !verb || strcasecmp(verb, "find") != 0 ||
        t->role || t->ordinal || t->all || !t->text)
        return 0;
    const char *last = strrchr(t->text, ' ');
    last = last ? last + 1 : t->text;
    for (int k = 0; value_words[k]; k++)
        if (!strcasecmp(last, value_words[k])) return 1;
    return 0;
}

/* The question a reading that asks for a value stands for: "what is the
 * stock status of X?", with the thing it is about as target. */
static void as_question(const char *said, parsed *out)
{
    toks c;
    step q = {.kind = STEP_EXTRACT, .sub = EXTRACT_ANSWER};
    target *t = &out->st.target;
    /* "On <url> look up ...": the page opens first (out->pre) */
    char *bare = strstr(said, "://") ? intents_drop_url(said) : NULL;
    const char *clause = bare ? bare : said;
    ph_tokenize(clause, &c);
    int i = skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    int n = ph_match_list(&c, i, end, telling_verbs, NULL);
    if (!n) n = longest_verb(&c, i, end);
    if (!c.too_long && n && i + n < end && !asks_at(&c, i, end)) {
        char *np = ph_text(&c, i + n, end);
        q.value = xasprintf("what is %s?", np);
        free(np);
    } else {
        q.value = xstrdup(clause);
    }
    ph_toks_free(&c);
    if (t->anchor && t->prep && !strcmp(t->prep, "of") && !t->near)
        q.target.text = xstrdup(t->anchor); /* "her role": Mei Park's */
    else if (out->st.sub == EXTRACT_PRICE && t->text)
        q.target.text = xstrdup(t->text); /* "its total": the invoice's */
    step_free(&out->st);
    out->st = q;
    free(bare);
}

/* "how many devices are there (Devices tab)?": a question with a hint in
 * parentheses is that place opened first, then the question. 0 when read
 * so, -1 when not (out holds nothing then). */
static int hinted_question(const char *clause, const target *prev, int flags, parsed *out)
{
    const char *a = strrchr(clause, '('), *b = a ? strchr(a, ')') : NULL;
    char *place = NULL, *url = NULL;
    if (!a || !b) return -1;
    char *paren = xstrndup(a, (size_t)(b - a + 1));
    int h = intents_hint(paren, &place, &url);
    free(paren);
    if (h != 0) return -1;
    while (a > clause && a[-1] == ' ')
        a--;
    char *plain = xasprintf("%.*s%s", (int)(a - clause), clause, b + 1);
    int rc = intents_parse(plain, prev, flags, out);
    if (rc != 0) rc = intents_fallback(plain, prev, out); /* a question no reader reads */
    free(plain);
    if (rc == 0 && (out->st.kind != STEP_EXTRACT || out->has_pre)) {
        step_free(&out->st), step_free(&out->pre);
        rc = -1;
    }
    if (rc == 0) {
        out->has_pre = 1;
        out->pre.kind = url ? STEP_NAVIGATE : STEP_DO;
        out->pre.value = url ? url : place;
        place = url = NULL;
    }
    free(place);
    free(url);
    return rc;
}

/* "look up the opening hours of the Riverside branch on <url>" read as a
 * question holding the address: the address opens first. */
static void pull_url(parsed *out)
{
    step *st = &out->st;
    if (out->has_pre || !st->value || !strstr(st->value, "://") ||
        !(st->kind == STEP_DO || (st->kind == STEP_EXTRACT && st->sub == EXTRACT_ANSWER)))
        return;
    out->pre.value = intents_first_url(st->value);
    if (out->pre.value) {
        out->pre.kind = STEP_NAVIGATE;
        out->has_pre = 1;
    }
    char *bare = out->has_pre ? intents_drop_url(st->value) : NULL;
    if (bare) free(st->value), st->value = bare;
}

/* The clause without its remarks in parentheses, malloc'ed, or NULL
 * when it has none. */
static char *without_parens(const char *clause)
{
    const char *a = strchr(clause, '(');
    if (!a) return NULL;
    buf b = {0};
    int depth = 0;
    for (const char *p = clause; *p; p++) {
        if (*p == '(') depth++;
        if (!depth) buf_append(&b, p, 1);
        if (*p == ')' && depth > 0) depth--;
    }
    char *out = buf_steal(&b);
    if (!out) return NULL;
    char *w = out; /* the spaces a remark left behind */
    for (const char *p = out; *p; p++)
        if (!(*p == ' ' && (p[1] == ' ' || p[1] == '\0' || p[1] == '?' || p[1] == ','))) *w++ = *p;
    *w = '\0';
    return out;
}

int intents_parse(const char *clause, const target *prev, int flags, parsed *out)
{
    if (!(flags & INTENTS_STRICT) && hinted_question(clause, prev, flags, out) == 0) return 0;
    int rc = parse_rewritten(clause, prev, flags, out);
    /* "tell me the price of the Oak Desk on <url> (new tab)": what is
     * read is named without the remark */
    char *plain =
        rc == 0 && out->st.kind == STEP_EXTRACT &&
                (listed_values(out->st.target.text) || listed_values(out->st.target.anchor))
            ? without_parens(clause)
            : NULL;
    parsed bare;
    if (plain && parse_rewritten(plain, prev, flags, &bare) == 0) {
        if (listed_values(bare.st.target.text) || listed_values(bare.st.target.anchor)) {
            step_free(&bare.st), step_free(&bare.pre);
        } else {
            step_free(&out->st), step_free(&out->pre);
            *out = bare;
        }
    }
    free(plain);
    if (rc == 0 && !(flags & INTENTS_STRICT) && ground_instead(&out->st, clause)) {
        parsed q;
        int got = intents_fallback(clause, prev, &q) == 0;
        if (got && q.st.kind != STEP_DO) { /* a question: the reading stays */
            step_free(&q.st);
            step_free(&q.pre);
        } else if (got) {
            /* what a find named, its aside left out, stays what "it" is for
             * the next clause */
            target_free(&q.st.target);
            if (out->st.kind == STEP_SEARCH || out->st.kind == STEP_SCROLL)
                found_target(clause, prev, &q.st.target);
            step_free(&out->st);
            out->st = q.st;
            if (q.has_pre && !out->has_pre) {
                out->pre = q.pre;
                out->has_pre = 1;
            } else {
                step_free(&q.pre);
            }
            out->repeat = 1;
        }
    }
    /* (a search's page said in the clause stays: "On <url> look up the
     * stock status of the wing nuts") */
    if (rc == 0 && !(flags & INTENTS_STRICT) &&
        (!out->has_pre || (out->pre.kind == STEP_NAVIGATE && out->st.kind == STEP_SEARCH)) &&
        (asks_value(&out->st, out->verb, clause) || finds_value(&out->st, out->verb)) &&
        !intents_asks(clause))
        as_question(clause, out);
    if (rc == 0 && weak_reading(&out->st, out->verb, clause) && intents_asks(clause)) {
        parsed q;
        int got = intents_fallback(clause, prev, &q) == 0;
        if (got && q.st.kind != STEP_EXTRACT) {
            step_free(&q.st);
            step_free(&q.pre);
        } else if (got) {
            /* "who owns the Globex pilot?": the value about that thing */
            target *t = &out->st.target;
            if (t->anchor && t->prep && !strcmp(t->prep, "of") && !q.st.target.text) {
                target_free(&q.st.target);
                q.st.target.text = t->anchor, t->anchor = NULL;
            }
            step_free(&out->st);
            out->st = q.st;
            step_free(&q.pre);
        }
    }
    if (rc == 0) pull_url(out);
    return rc;
}

/* Words that open a clause saying where the next one acts. */
static const char *const context_preps[] = {"on",
                                            "in",
                                            "for",
                                            "at",
                                            "within",
                                            "inside",
                                            "under",
                                            "from",
                                            "inside of",
                                            "in the row of",
                                            "for the row of",
                                            NULL};

int intents_tab_place(const char *clause)
{
    toks c;
    size_t len = strlen(clause);
    int paren = len > 2 && clause[0] == '(' && clause[len - 1] == ')', n, which;
    char *in = paren ? xstrndup(clause + 1, len - 2) : xstrdup(clause);
    ph_tokenize(in, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n), end = ph_trim_tail(&c, i, c.n);
    int yes = (n = ph_match_list(&c, i, end, context_preps, NULL)) > 0 &&
              browser_tab(&c, i + n, end, 0, &which);
    ph_toks_free(&c);
    free(in);
    return yes;
}

int intents_context(const char *clause, target *t, char **url)
{
    toks c;
    int i = 0, n, rc = -1, which = 0;
    memset(t, 0, sizeof *t);
    *url = NULL;
    /* "From: Madrid", "To: Tokyo": a field's name and its value, no place */
    size_t w = strspn(clause, " \t");
    w += strspn(clause + w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (clause[w] == ':') return -1;
    ph_tokenize(clause, &c);
    int end = ph_trim_tail(&c, 0, c.n);
    while (i < end && (n = ph_lead_filler(&c, i, end)) > 0)
        i += n;
    if ((n = ph_match_list(&c, i, end, url_preps, NULL)) && ph_url_like(&c, i + n, end)) {
        *url = ph_url_text(&c, i + n); /* "using <url>", "on the page <url>" */
        rc = 0;
        goto out;
    }
    if (!(n = ph_match_list(&c, i, end, context_preps, &which)) || i + n >= end) goto out;
    /* "on Wednesday from 9:30", "on 3 May": a date said, not a place */
    if (date_word(&c, i + n, end) && !ph_is(&c, i + n, "next")) goto out;
    /* "On <url> filter to Design roles", "in the sidebar of <url> open
     * 2025": words after the address are a request of their own (its verb
     * unknown to the rules), not a place */
    for (int k = i + n; k + 1 < end; k++)
        if (ph_url_like(&c, k, k + 1)) goto out;
    if (ph_url_like(&c, i + n, end)) {
        *url = ph_url_text(&c, i + n);
        rc = 0;
        goto out;
    }
    /* "On the contacts list at <url>", "in the shop at <url>": a page
     * described, then its address, which ends the clause */
    if (end - 1 > i + n && ph_url_like(&c, end - 1, end) &&
        ph_match_list(&c, end - 2, end - 1, (const char *const[]){"at", "on", "in", NULL}, NULL)) {
        *url = ph_url_text(&c, end - 1);
        rc = 0;
        goto out;
    }
    /* "in the Advanced section of <url>": the page, then that part of it */
    if (end - 2 > i + n && ph_url_like(&c, end - 1, end) && ph_is(&c, end - 2, "of") &&
        ph_match_list_end(&c, i + n, end - 2, hint_parts)) {
        *url = ph_url_text(&c, end - 1);
        t->anchor = ph_text(&c, i + n, end - 2);
        rc = 0;
        goto out;
    }
    ph_anchor(&c, i + n, end, t);
    if (!t->anchor && !t->anchor_role) goto out;
    t->prep = context_preps[which];
    rc = 0;
out:
    ph_toks_free(&c);
    return rc;
}

int intents_has_verb(const char *clause)
{
    toks c;
    int yes = 0;
    ph_tokenize(clause, &c);
    for (int pos = 0; pos < c.n && !yes;) {
        if ((longest_verb(&c, pos, c.n) && !return_date(&c, pos, c.n)) || bare_url(&c, pos, c.n))
            yes = 1;
        int n = ph_lead_filler(&c, pos, c.n);
        if (!n) break;
        pos += n;
    }
    ph_toks_free(&c);
    return yes;
}

/* Clauses that only say a person looks around before the request that
 * follows: "navigate through the file tree", "switch between the tabs to
 * find". The step after finds its element wherever it is hidden. */
static const char *const explore_leads[] = {"switch between",
                                            "navigate through",
                                            "browse through",
                                            "look through",
                                            "go through",
                                            "search through",
                                            "scroll through",
                                            "explore",
                                            "look around",
                                            "navigate around",
                                            "move between",
                                            "click through",
                                            NULL};
/* Remarks about what the step before does: ", which opens a new tab,". */
static const char *const remark_leads[] = {
    "which opens",    "which will open", "which should open", "that opens",
    "it opens",       "it will open",    "it should open",    "this opens",
    "which launches", "which takes you", "it takes you",      NULL};

/* A reason given beside a request, which asks for nothing by itself: "delete
 * the card X, it is a dupe", "cancel my booking, I can't make it". Only
 * without a value (no digit, quote or address): "the reason is ..." and
 * "I am 23" carry one for the page. */
static const char *const reason_leads[] = {
    "it is a",    "it's a",          "it is an",         "it's an",         "it was a",
    "it was an",  "it isn't",        "it is not",        "it's not",        "it wasn't",
    "it was not", "i can't make it", "i cannot make it", "i won't make it", NULL};
/* ... or a remark of the user's own about the thing just named: "tick off
 * the loaf, I just bought it", "delete the draft, we don't need it anymore".
 * A first person tells, a word points back, and nothing is new (no name:
 * no capital after the first word); "I want ...", "I need ..." ask. */
static const char *const me_tells[] = {"i", "we", "i've", "we've", "i'm", "we're", NULL};
static const char *const me_asks[] = {
    "i want",       "we want",    "i need",      "we need",     "i wish",
    "i'd",          "we'd",       "i would",     "we would",    "i'll",
    "we'll",        "i will",     "we will",     "i'm looking", "we're looking",
    "i am looking", "i'm trying", "i am trying", NULL};
static const char *const back_words[] = {"it", "them", "that", "one", "those", "this", NULL};
/* "we won't fix this", "I can't reproduce it": a decision about the thing,
 * which a form may offer as a choice (a resolution), not a remark; "we
 * won't need it" stays one. */
static const char *const decides[] = {"won't", "wont", "can't", "cant", "cannot", "shan't", NULL};
static const char *const relations[] = {"need", "use", "want", "have", "get", "buy", "read", NULL};
static int own_remark(toks *c, int i, int end)
{
    int n = ph_match_list(c, i, end, me_tells, NULL);
    if (!n || ph_match_list(c, i, end, me_asks, NULL)) return 0;
    int d = ph_match_list(c, i + n, end, decides, NULL);
    if (d && !ph_match_list(c, i + n + d, end, relations, NULL)) return 0;
    int back = 0;
    for (int k = i + 1; k < end; k++) {
        if (ph_capitalized(c, k) && !ph_is(c, k, "i")) return 0;
        if (ph_match_list(c, k, k + 1, back_words, NULL)) back = 1;
    }
    return back;
}
static int reason_remark(toks *c, int i, const char *clause)
{
    return !strpbrk(clause, "0123456789@\"") && !strstr(clause, "\xe2\x80\x9c") &&
           (ph_match_list(c, i, c->n, reason_leads, NULL) > 0 || own_remark(c, i, c->n));
}

/* A change of mind, which asks for nothing by itself: "then change your
 * mind and cancel". */
static const char *const mind_words[] = {
    "change your mind",     "change my mind",     "changed my mind",
    "you change your mind", "never mind",         "nevermind",
    "on second thought",    "on second thoughts", NULL};
/* "If so, which one?": a condition on the question before, no request. */
static const char *const conditions[] = {"if so",
                                         "if yes",
                                         "if it is",
                                         "if it does",
                                         "if there is",
                                         "if there are",
                                         "if any",
                                         "if there is one",
                                         "if there are any",
                                         "if they are",
                                         "if that's the case",
                                         "in that case",
                                         "if it has",
                                         NULL};
/* What a verb done to nothing is: "collapse nothing, just open ...". */
static const char *const nothing_words[] = {"nothing", "none", "nothing else", "none of them",
                                            NULL};

/* Words that close a request by saying nothing more is to be done:
 * "nothing else", "that's all", "leave the rest alone", "don't change
 * anything else". */
static const char *const closings[] = {"nothing else",
                                       "nothing more",
                                       "nothing further",
                                       "no more",
                                       "no other changes",
                                       "no other change",
                                       "no further changes",
                                       "that's all",
                                       "that is all",
                                       "thats all",
                                       "that's it",
                                       "that is it",
                                       "thats it",
                                       "that's everything",
                                       "that will be all",
                                       "that'll be all",
                                       "all done",
                                       "i'm done",
                                       "we're done",
                                       "sorry",
                                       "oops",
                                       "whoops",
                                       "my bad",
                                       NULL};
static const char *const leave_verbs[] = {"leave", "keep", "let", NULL};
static const char *const leave_ends[] = {
    "alone", "as is",    "as it is",      "as they are",      "unchanged", "untouched",
    "be",    "the same", "the way it is", "the way they are", "as before", NULL};
static const char *const forbids[] = {"don't", "do not", "dont", "never", NULL};
static const char *const forbid_but[] = {"forget", "miss", "hesitate", NULL};

static int restraint(const toks *c, int i, int end)
{
    int n;
    if (i >= end) return 0;
    if (ph_match_list(c, i, end, closings, NULL) == end - i) return 1;
    if (refrain_at(c, i, end)) return 1; /* ", without accepting anything" */
    /* "when the confirmation appears, go back": the next step waits for
     * what it acts on anyway; no question, no step */
    static const char *const whens[] = {"when", "once", "as soon as", "after", NULL};
    static const char *const appear[] = {
        "appears",  "appear",   "opens",       "opens up",     "shows up",   "pops up",
        "comes up", "loads",    "has loaded",  "is loaded",    "is shown",   "is displayed",
        "shows",    "is open",  "is visible",  "has appeared", "has opened", "pops open",
        "is there", "turns up", "gets opened", "is ready",     NULL};
    if ((n = ph_match_list(c, i, end, whens, NULL)) > 0 && !c->t[end - 1].quoted &&
        c->t[end - 1].to[-1] != '?')
        for (int k = i + n + 1; k < end; k++)
            if (ph_match_list(c, k, end, appear, NULL) == end - k) return 1;
    if (ph_match_list(c, i, end, leave_verbs, NULL) && end - i >= 2)
        for (int k = i + 2; k < end; k++)
            if (ph_match_list(c, k, end, leave_ends, NULL) == end - k) return 1;
    /* "Keep the monthly one.": a thing kept as it is, no state to set */
    static const char *const kept[] = {"the", "my", "our", "that", "this", "it", "them", NULL};
    static const char *const states[] = {"on",       "off",     "checked",  "ticked", "unchecked",
                                         "selected", "enabled", "disabled", "open",   "closed",
                                         "empty",    "visible", "hidden",   NULL};
    const tok *w = &c->t[end - 1];
    /* ("keep the stove for later" saves it: a request, not restraint) */
    if (ph_is(c, i, "keep") && end - i >= 2 && ph_match_list(c, i + 1, end, kept, NULL) &&
        !ph_match_list(c, end - 1, end, states, NULL) &&
        !(w->core > 3 && !strncasecmp(w->s + w->core - 3, "ing", 3)) &&
        !(end - i >= 4 && ph_is(c, end - 2, "for") && ph_is(c, end - 1, "later")))
        return 1;
    /* a thing not to do asks for no step: "do not touch the other fields";
     * but words with values are a setting named so ("Do not disturb from
     * 23:30 to 06:45") */
    if ((n = ph_match_list(c, i, end, forbids, NULL)) <= 0 || i + n >= end ||
        ph_match_list(c, i + n, end, forbid_but, NULL))
        return 0;
    for (int k = i + n; k < end; k++)
        if (c->t[k].quoted || isdigit((unsigned char)c->t[k].s[0])) return 0;
    return 1;
}

/* Words before a noun alone that add it to the question before ("and the
 * price?", "what about the weight?") or keep only it ("just the titles",
 * "only the names"). */
static const char *const extend_leads[] = {"and",       "also",           "plus",
                                           "and also",  "as well as",     "what about",
                                           "how about", "and what about", NULL};
static const char *const narrow_leads[] = {"just", "only", "simply", "merely", NULL};

char *intents_question_subject(const char *question)
{
    static const char *const dets[] = {"the", "a", "an", "my", "our", "your", "this", "that", NULL};
    toks c;
    char *out = NULL;
    ph_tokenize(question, &c);
    int end = c.too_long ? 0 : ph_trim_tail(&c, 0, c.n), i = -1;
    int aux = 0;
    for (int k = 0; k < end && i < 0; k++)
        if (ph_match_list(&c, k, k + 1, copulas, NULL) ||
            (aux = ph_is(&c, k, "does") || ph_is(&c, k, "do")))
            i = k + 1;
    /* "when does the pool open on Sundays?": the pool, not its verb */
    for (int k = i + 1; aux && k > 0 && k < end; k++)
        if (longest_verb(&c, k, end)) {
            end = k;
            break;
        }
    for (int k = i; k >= 0 && k < end; k++) /* "the price of the Oak Desk": the Oak Desk */
        if (ph_is(&c, k, "of")) i = k + 1;
    while (i >= 0 && i < end && ph_match_list(&c, i, i + 1, dets, NULL))
        i++;
    if (i >= 0 && i < end && end - i <= 4) {
        out = ph_text(&c, i, end);
        size_t n = strlen(out);
        while (n && strchr("?.!", out[n - 1]))
            out[--n] = '\0';
    }
    ph_toks_free(&c);
    return out;
}

int intents_way_verb(const char *clause)
{
    static const char *const ways[] = {
        "open", "view",  "visit",  "see",      "look",  "hover", "expand", "show",
        "go",   "check", "switch", "scroll",   "click", "tap",   "press",  "select the",
        "use",  "read",  "browse", "navigate", "head",  NULL};
    toks c;
    ph_tokenize(clause, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n);
    int yes = i < c.n && ph_match_list(&c, i, c.n, ways, NULL) > 0;
    ph_toks_free(&c);
    return yes;
}

char *intents_answer_thing(const char *question)
{
    static const char *const objects[] = {"does",  "do",   "did",   "should", "would", "can",
                                          "could", "will", "shall", "may",    "must",  NULL};
    toks c;
    char *thing = NULL;
    ph_tokenize(question, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n),
        end = c.too_long ? 0 : ph_trim_tail(&c, i, c.n);
    static const char *const finds[] = {"look up", "work out", NULL};
    i += i < end ? ph_match_list(&c, i, end, ask_leads, NULL) : 0; /* "find out which ..." */
    i += i < end ? ph_match_list(&c, i, end, finds, NULL) : 0;
    /* "show me the completed items" (asked as "what is the completed
     * items?"), then "clear them": the completed items */
    if (i + 3 < end && (ph_is(&c, i, "which") || ph_is(&c, i, "what")) &&
        (ph_is(&c, i + 1, "is") || ph_is(&c, i + 1, "are")) &&
        (ph_is(&c, i + 2, "the") || ph_is(&c, i + 2, "my")) && end - i - 3 <= 4) {
        int from = i + 3;
        for (int k = from; k < end; k++) /* "the status of my order": my order */
            if (ph_is(&c, k, "of") && k + 1 < end) from = k + 1;
        char *np = ph_text(&c, from, end);
        size_t n = strlen(np);
        while (n && strchr("?.!", np[n - 1]))
            np[--n] = '\0';
        thing = xasprintf("the %s", np);
        free(np);
    } else if (i + 2 < end && (ph_is(&c, i, "which") || ph_is(&c, i, "what")) &&
               !c.t[i + 1].quoted && !ph_match_list(&c, i + 1, i + 2, copulas, NULL) &&
               !ph_match_list(&c, i + 1, i + 2, objects, NULL) &&
               !ph_match_list(&c, i + 2, i + 3, objects, NULL) &&
               !(ph_match_list(&c, i + 2, i + 3, copulas, NULL) && i + 3 < end &&
                 (ph_is(&c, i + 3, "the") || ph_is(&c, i + 3, "my") || ph_is(&c, i + 3, "a")))) {
        char *noun = ph_text(&c, i + 1, i + 2), *rest = ph_text(&c, i + 2, end);
        size_t n = strlen(rest);
        while (n && strchr("?.!", rest[n - 1]))
            rest[--n] = '\0';
        thing = xasprintf("%s that %s", noun, rest);
        free(noun);
        free(rest);
    }
    ph_toks_free(&c);
    return thing;
}

int intents_sends(const char *name)
{
    static const char *const sends[] = {"save",  "submit", "send",  "book",     "confirm", "update",
                                        "apply", "pay",    "place", "register", "sign",    NULL};
    if (!name) return 0;
    toks c;
    ph_tokenize(name, &c);
    int yes = c.n > 0 && !c.too_long && ph_match_list(&c, 0, 1, sends, NULL);
    ph_toks_free(&c);
    return yes;
}

int intents_obliged(const char *clause)
{
    static const char *const musts[] = {"have to", "has to", "must",     "need to", "needs to",
                                        "should",  "will",   "going to", "want to", NULL};
    toks c;
    ph_tokenize(clause, &c);
    int yes = !c.too_long && find_word(&c, 0, c.n, musts, NULL) >= 0;
    if (!yes && strstr(clause, "'ll ")) yes = 1;
    ph_toks_free(&c);
    return yes;
}

int intents_save_it(const char *clause)
{
    static const char *const what[] = {"it",    "them",       "this", "that",      "those",
                                       "these", "everything", "all",  "all of it", NULL};
    toks c;
    ph_tokenize(clause, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n),
        end = c.too_long ? 0 : ph_trim_tail(&c, i, c.n);
    int yes = i < end && ph_is(&c, i, "save") &&
              (end == i + 1 || ph_match_list(&c, i + 1, end, what, NULL) == end - i - 1);
    ph_toks_free(&c);
    return yes;
}

int intents_yes_no(const char *question)
{
    static const char *const opens[] = {"is",    "are",    "was",     "were", "does", "do",
                                        "did",   "can",    "has",     "have", "will", "would",
                                        "isn't", "aren't", "doesn't", "any",  NULL};
    toks c;
    ph_tokenize(question, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n);
    int yes = i + 1 < c.n && ph_match_list(&c, i, i + 1, opens, NULL);
    ph_toks_free(&c);
    return yes;
}

int intents_asks_back(const char *clause)
{
    static const char *const leads[] = {"and",    "also",  "tell me", "say",  "let me know",
                                        "please", "if so", "if yes",  "then", NULL};
    static const char *const wh[] = {"which", "what", "when", "who", "where", "why", "how", NULL};
    static const char *const back[] = {"then", "one", "ones", "it", "they", "them", NULL};
    /* a thing of its own ("How much is a ticket for it?"): a question of
     * its own, not one asked back */
    static const char *const own[] = {"a",     "an",   "the",  "my", "your",
                                      "their", "this", "that", NULL};
    toks c;
    int i = 0, n, yes = 0;
    ph_tokenize(clause, &c);
    while (!c.too_long && i < c.n && (n = ph_match_list(&c, i, c.n, leads, NULL)) > 0)
        i += n;
    int end = c.too_long ? 0 : ph_trim_tail(&c, i, c.n);
    if (end - i >= 1 && c.n <= 10 && ph_match_list(&c, i, i + 1, wh, NULL)) {
        yes = end - i == 1;                       /* "Tell me which." */
        for (int k = i + 1; k < c.n && !yes; k++) /* "... close then?": its trailing then */
            yes = ph_match_list(&c, k, k + 1, back, NULL) > 0 ||
                  ph_match_list(&c, k, k + 1, wh, NULL) > 0; /* "which one and why?" */
    }
    for (int k = i + 1; k < c.n && yes && end - i > 1; k++)
        if (ph_match_list(&c, k, k + 1, own, NULL)) yes = 0;
    ph_toks_free(&c);
    return yes;
}

char *intents_follow_up(const char *clause, int *extend)
{
    toks c;
    char *np = NULL;
    int n, i = 0;
    *extend = 0;
    ph_tokenize(clause, &c);
    if (c.too_long || c.n == 0 || c.n > 8) goto out;
    const tok *last = &c.t[c.n - 1];
    int mark = !last->quoted && last->n > 0 && last->s[last->n - 1] == '?';
    for (;;) {
        if ((n = ph_match_list(&c, i, c.n, extend_leads, NULL)) > 0)
            *extend = 1;
        else if (!(n = ph_match_list(&c, i, c.n, narrow_leads, NULL)) &&
                 !(n = ph_lead_filler(&c, i, c.n)))
            break;
        i += n;
    }
    int end = ph_trim_tail(&c, i, c.n);
    /* a question of its own, a request or a value is no follow-up; nor a
     * part of the question before cut off at its comma ("..., and for which
     * outlet?", "..., according to the tooltip on his status?") */
    static const char *const not_noun[] = {
        "for",  "according", "on",     "in",   "with", "by",    "from", "about", "to",    "at",
        "of",   "which",     "what",   "who",  "whom", "whose", "when", "where", "why",   "how",
        "into", "under",     "inside", "over", "as",   "than",  "if",   "since", "until", NULL};
    static const char *const wh[] = {"which", "what", "who", "whose", NULL};
    if (i < end && ph_match_list(&c, i, i + 1, not_noun, NULL)) goto out;
    for (int k = i + 1; k < end; k++)
        if (ph_match_list(&c, k, k + 1, wh, NULL)) goto out;
    if (i >= end || ph_match_list(&c, i, end, ask_words, NULL) || longest_verb(&c, i, end))
        goto out;
    for (int k = i; k < end; k++)
        if (isdigit((unsigned char)c.t[k].s[0]) || memchr(c.t[k].s, '@', c.t[k].n) ||
            memchr(c.t[k].s, ':', c.t[k].n))
            goto out;
    *extend |= mark;
    np = ph_text(&c, i, end);
    for (size_t l = strlen(np); l > 0 && np[l - 1] == '?';)
        np[--l] = '\0';
out:
    ph_toks_free(&c);
    return np;
}

/* Words that open a correction of the request before: "I mean how many
 * of its items are done". */
static const char *const corrections[] = {"i mean",
                                          "i meant",
                                          "what i mean is",
                                          "what i meant is",
                                          "i should have said",
                                          "i should've said",
                                          "correction",
                                          "sorry i mean",
                                          "sorry i meant",
                                          "no i mean",
                                          "no i meant",
                                          "actually i mean",
                                          "or rather",
                                          "rather",
                                          "i meant to say",
                                          "i mean to say",
                                          NULL};

int intents_retraction(const char *clause)
{
    static const char *const takebacks[] = {"no",       "nope",  "no wait", "wait",
                                            "actually", "no no", "oh no",   NULL};
    toks c;
    ph_tokenize(clause, &c);
    int yes = !c.too_long && c.n > 0 && ph_match_list(&c, 0, c.n, takebacks, NULL) == c.n;
    ph_toks_free(&c);
    return yes;
}

size_t intents_correction(const char *clause)
{
    toks c;
    size_t at = 0;
    ph_tokenize(clause, &c);
    int i = c.too_long ? c.n : skip_fillers(&c, 0, c.n), n;
    if (i < c.n && (n = ph_match_list(&c, i, c.n, corrections, NULL)) > 0 && i + n < c.n)
        at = (size_t)(c.t[i + n].from - clause);
    ph_toks_free(&c);
    return at;
}

int intents_only_filler(const char *clause, int last)
{
    toks c;
    int i = 0, n;
    ph_tokenize(clause, &c);
    int yes = !c.too_long && c.n > 0 && ph_only_filler(&c, 0, c.n, last);
    while (!yes && !c.too_long && i < c.n && (n = ph_lead_filler(&c, i, c.n)) > 0)
        i += n;
    int end = c.too_long ? 0 : ph_trim_tail(&c, i, c.n);
    /* "?" alone: no word asks anything */
    const char *p = clause;
    while (*p && !isalnum((unsigned char)*p) && (unsigned char)*p < 0x80)
        p++;
    if (!*p) yes = 1;
    if (!yes && !c.too_long && i < c.n &&
        (restraint(&c, i, end) ||
         /* "scroll through the reviews on <url>": the address opens */
         (ph_match_list(&c, i, c.n, explore_leads, NULL) && !strstr(clause, "://")) ||
         ph_match_list(&c, i, c.n, remark_leads, NULL) || reason_remark(&c, i, clause) ||
         ph_match_list(&c, i, end, mind_words, NULL) == end - i ||
         ph_match_list(&c, i, end, conditions, NULL) == end - i ||
         ((n = ph_match_list(&c, i, end, stance_leads, NULL)) > 0 &&
          ph_match_list(&c, i + n, end, it_words, NULL) == end - i - n) ||
         ((n = longest_verb(&c, i, end)) > 0 &&
          ph_match_list(&c, i + n, end, nothing_words, NULL) == end - i - n && i + n < end)))
        yes = 1;
    ph_toks_free(&c);
    return yes;
}
