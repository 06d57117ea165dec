/* actions.c -- what each kind of step does on the page.
 *
 * Finding things is the in-page agent's job (browser/agent/: window.__bai.*);
 * acting is done here with real input events (page.h: page_click, page_key,
 * page_type), so pages see what a person's mouse and keyboard would make.
 * After every action the page settles: a navigation it started loads, the
 * network and the DOM go quiet, within bounds. */
#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plan/planner.h"
#include "policy/urlpolicy.h"
#include "task/run.h"
#include "task/shape.h"

/* Bounds of the waits after an action, in ms. */
#define SETTLE_QUIET_MS 1500
/* How long a step waits for its element to appear: pages render late, and a
 * person would give them a moment. */
#define LOCATE_WAIT_MS 5000
/* One call into the page. */
#define CALL_MS 10000
/* Between two looks at a page that did not fit the words yet. */
#define LOOK_PAUSE_MS 250
/* A page with no DOM change and no request started or ended for this long
 * has rendered what it will: words it does not fit now, it will not fit
 * later (timers that render later than this without a request are rare;
 * the fixtures' latest is 700 ms). */
#define STILL_MS 1500

/* ---- the agent ---------------------------------------------------------- */

/* Call window.__bai.fn(...args) (args: a JSON array, stolen) and return
 * its reply in *reply (new reference), whatever it says. -1 when the call
 * itself failed (o->err says why). */
static int agent_raw(run *r, const char *fn, json_t *args, json_t **reply, outcome *o)
{
    char *a = json_dumps(args, JSON_COMPACT);
    json_decref(args);
    /* a function this build of the agent lacks fails like any refusal */
    char *expr = xasprintf("(typeof window.__bai.%s === 'function' ? window.__bai.%s.apply("
                           "window.__bai, %s) : {ok: false, missing: true, error: '%s: not "
                           "available'})",
                           fn, fn, a ? a : "[]", fn);
    json_t *v = NULL;
    int rc = page_agent_eval(r->pg, expr, run_time_left(r, CALL_MS), &v, o->err, sizeof o->err);
    free(expr);
    free(a);
    if (rc != CDP_OK) return -1;
    *reply = v;
    return 0;
}

/* As agent_raw, but a reply {ok:false, error} becomes -1 with the error (and
 * the closest candidates) in o->err; any other reply is returned in *out (new
 * reference; out may be NULL when not wanted). */
/* A reply {ok:false, error, candidates}: its error and the closest
 * candidates into o->err; 1 when v is such a reply, else 0. */
static int refused(json_t *v, outcome *o)
{
    if (json_is_object(v) && json_is_false(json_object_get(v, "ok"))) {
        const char *e = json_string_value(json_object_get(v, "error"));
        snprintf(o->err, sizeof o->err, "%s", e ? e : "the page refused");
        json_t *cands = json_object_get(v, "candidates");
        if (json_array_size(cands) > 0) {
            /* Say what was there, so a person can rephrase. */
            buf b = {0};
            size_t i;
            json_t *c;
            json_array_foreach(cands, i, c)
            {
                const char *t = json_string_value(json_object_get(c, "text"));
                const char *tag = json_string_value(json_object_get(c, "tag"));
                buf_printf(&b, "%s<%s> \"%.60s\"", i ? ", " : "", tag ? tag : "?", t ? t : "");
            }
            size_t n = strlen(o->err);
            snprintf(o->err + n, sizeof o->err - n, "; closest: %s", b.s);
            buf_free(&b);
        }
        return 1;
    }
    return 0;
}

static int agent(run *r, const char *fn, json_t *args, json_t **out, outcome *o)
{
    json_t *v = NULL;
    if (agent_raw(r, fn, args, &v, o) != 0) return -1;
    if (refused(v, o)) {
        json_decref(v);
        return -1;
    }
    if (out)
        *out = v;
    else
        json_decref(v);
    return 0;
}

/* Whether the page has been still for ms: no request started or ended and
 * no DOM change (the agent's still). */
static int page_still_for(run *r, int64_t ms)
{
    if (page_net_idle_ms(r->pg) < ms) return 0;
    json_t *v = NULL;
    outcome o = {0};
    int64_t still = 0;
    if (agent_raw(r, "still", json_array(), &v, &o) == 0)
        still = json_integer_value(json_object_get(v, "ms"));
    json_decref(v);
    return still >= ms;
}

/* The words did not fit the page yet: 1 after a pause when it is worth
 * looking again (the page may still be rendering: it moved within STILL_MS,
 * and until leaves time), else 0. Keeps o->err. */
static int look_again(run *r, int64_t until, outcome *o)
{
    if (util_mono_ms() + LOOK_PAUSE_MS >= until || run_stopped(r) != ABORT_NONE) return 0;
    if (page_still_for(r, STILL_MS)) return 0;
    util_sleep_ms(LOOK_PAUSE_MS);
    return 1;
}

/* Longest wait for a page that says it is loading ("Loading..."). */
#define LOADING_WAIT_MS 20000

/* The agent refused because the page shows a loading placeholder (a
 * spinner's "Loading..." whose data comes after a timer, with nothing
 * changing meanwhile): look again after a pause, for up to
 * LOADING_WAIT_MS from *since (set on the first call). 1 to look again. */
static int wait_loading(run *r, int64_t *since, outcome *o)
{
    if (!strstr(o->err, "the page is still loading") || run_stopped(r) != ABORT_NONE) return 0;
    int64_t now = util_mono_ms();
    if (!*since) *since = now;
    if (now - *since >= run_time_left(r, LOADING_WAIT_MS)) return 0;
    util_sleep_ms(LOOK_PAUSE_MS);
    return 1;
}

static json_t *target_json(const target *t, const char *purpose)
{
    return json_pack("{s:s?, s:s?, s:i, s:b, s:s, s:b, s:b, s:s?, s:s?, s:s?, s:b}", "text",
                     t->text, "role", t->role, "ordinal", t->ordinal, "exact", t->exact, "purpose",
                     purpose, "prefix", t->prefix, "all", t->all, "state", t->state, "anchor",
                     t->anchor, "anchor_role", t->anchor_role, "near", t->near);
}

/* "<button> "Search"" for results and logs. */
static char *describe_element(json_t *el)
{
    const char *tag = json_string_value(json_object_get(el, "tag"));
    const char *text = json_string_value(json_object_get(el, "text"));
    if (text && *text) return xasprintf("<%s> \"%.80s\"", tag ? tag : "element", text);
    return xasprintf("<%s>", tag ? tag : "element");
}

/* The element as state.interacted_element wants it. */
static json_t *interacted(json_t *el)
{
    return json_pack("{s:O?, s:O?, s:O?, s:O?}", "tag", json_object_get(el, "tag"), "text",
                     json_object_get(el, "text"), "selector", json_object_get(el, "selector"),
                     "box", json_object_get(el, "box"));
}

static int center(json_t *el, double *x, double *y)
{
    json_t *c = json_object_get(el, "center");
    if (!json_is_object(c)) return -1;
    *x = json_number_value(json_object_get(c, "x"));
    *y = json_number_value(json_object_get(c, "y"));
    return isfinite(*x) && isfinite(*y) ? 0 : -1;
}

static int settle(run *r);
static int interpret_clause(run *r, const char *clause, outcome *o);
static int follow_tab(run *r, outcome *o, const char *before);

/* "what did Mochi weigh?" on a page showing Biscuit's record until Mochi
 * is chosen in its dropdown: choose the option the agent named
 * (revealValue), then the page settles. */
static int reveal_select(run *r, json_t *res, outcome *o)
{
    json_t *v = NULL;
    const char *value = json_string_value(json_object_get(res, "revealValue"));
    if (!value) return -1;
    int rc = agent_raw(r, "selectOption",
                       json_pack("[O, s]", json_object_get(res, "reveal"), value), &v, o) == 0 &&
                     json_is_true(json_object_get(v, "ok"))
                 ? settle(r)
                 : -1;
    if (rc == 0) run_log(r, "chose \"%s\" to show what the step names", value);
    json_decref(v);
    return rc;
}

/* What a person does to see a hidden match: click the tab, folder or
 * header the agent named, or hover the item; then the page settles. */
static int reveal(run *r, json_t *res, outcome *o)
{
    json_t *el = NULL;
    double x, y;
    const char *how = json_string_value(json_object_get(res, "revealHow"));
    int rc = -1;
    if (how && !strcmp(how, "select")) /* whose data the page shows: a <select>'s option */
        return reveal_select(r, res, o);
    if (agent(r, "element", json_pack("[O]", json_object_get(res, "reveal")), &el, o) != 0)
        return -1;
    if (center(el, &x, &y) == 0) {
        int hover = how && !strcmp(how, "hover");
        rc = (hover ? page_hover : page_click)(r->pg, x, y, run_time_left(r, CALL_MS), o->err,
                                               sizeof o->err) == CDP_OK
                 ? settle(r)
                 : -1;
        if (rc == 0)
            run_log(r, "%s \"%s\" to reveal what the step names", hover ? "hovered over" : "opened",
                    json_string_value(json_object_get(el, "text")) ?: "an element");
        if (rc == 0 && !hover) { /* an item's own page may open in a new tab */
            char *was = o->result;
            o->result = NULL;
            follow_tab(r, o, NULL);
            free(o->result);
            o->result = was;
        }
    }
    json_decref(el);
    return rc;
}

/* Most reveals (tabs, folders, sections, hovers) one locate makes. */
#define REVEALS_MAX 4

/* A refusal that names what hides the match ("reveal"): open it, at most
 * REVEALS_MAX times a step, and say whether to look again; the refusal's
 * own message stays in o->err. */
static int reveal_again(run *r, json_t *res, int *reveals, outcome *o)
{
    if (!json_object_get(res, "reveal") || *reveals >= REVEALS_MAX) return 0;
    char was[sizeof o->err];
    snprintf(was, sizeof was, "%s", o->err);
    int again = reveal(r, res, o) == 0;
    snprintf(o->err, sizeof o->err, "%s", was);
    (*reveals)++;
    return again;
}

static int press_at(run *r, json_t *el, int how, outcome *o);

/* Most parts of the app one step opens to find where its words fit. */
#define WAYS_MAX 3

/* The step found nothing of its words on this page (no control, field,
 * item or answer they name), rather than a tie, a form that refused a
 * value, or a field the form lacks. */
static int lost_here(const char *err)
{
    /* "3 elements match "favourite" alike and nothing on the page is
     * "<the item>"": the item is elsewhere */
    if (strstr(err, "nothing on the page is")) return 1;
    if (strstr(err, "alike") || strstr(err, "say which") || strstr(err, "no field of the form") ||
        strstr(err, "two ways") || strstr(err, "not valid"))
        return 0;
    return strstr(err, "nothing on the page fits") || strstr(err, " on the page") ||
           strstr(err, "well enough") || strstr(err, "no price near");
}

/* "remove Canal Street from my favourites" on an app's home page: nothing
 * there fits, so open the link, tab or menu item whose name says the words
 * (the agent's wayTo: "Favourites"), or the menu button that unfolds it,
 * as a person would, for the step to run again there (actions_run, only
 * when the step sent no input). At most WAYS_MAX a step, each part once
 * (r->ways), on a failure lost_here reads. 1 when a way was opened;
 * o->err is kept. */
static int find_way(run *r, const char *words, outcome *o)
{
    if (!r->ways || json_array_size(r->ways) >= WAYS_MAX || !words || !*words ||
        !lost_here(o->err) || run_stopped(r) != ABORT_NONE)
        return 0;
    char was[sizeof o->err];
    snprintf(was, sizeof was, "%s", o->err);
    json_t *res = NULL;
    int opened = 0;
    if (agent(r, "wayTo", json_pack("[{s:s, s:O}]", "clause", words, "tried", r->ways), &res, o) ==
            0 &&
        json_is_true(json_object_get(res, "found"))) {
        const char *name = json_string_value(json_object_get(res, "way"));
        json_array_append_new(r->ways, json_string(name ? name : ""));
        if (press_at(r, res, 0, o) == 0 && settle(r) == 0) {
            run_log(r, "nothing here fits \"%.120s\": opened \"%s\" to look there", words,
                    name ? name : "a link");
            if (!json_is_true(json_object_get(res, "menu"))) {
                char *kept = o->result;
                o->result = NULL;
                follow_tab(r, o, NULL); /* a part that opens in a tab of its own */
                free(o->result);
                o->result = kept;
            }
            opened = 1;
        }
    }
    json_decref(res);
    snprintf(o->err, sizeof o->err, "%s", was);
    return opened;
}

static int subject_missing(run *r, const char *question, outcome *o);
static int load_round(run *r, outcome *o);

/* Most rounds of loading more for a thing a step names that is not shown. */
#define NAMED_LOADS 12

/* The thing a step names by its words, which a list that loads more may
 * hold further down: the item its control is in ("save "Late goal ..."" on
 * a feed of 20 stories) or an element's quoted name. Not a place in a
 * list ("the 30th one"): that list's own reading loads it. One round is
 * loaded when the page offers more and lacks the name: 1, else 0. The page
 * is asked once a locate whether it lacks the name: a "no" ends the
 * loading (*loads set to the most), so the look_again rounds of a step
 * that waits for its element do not each ask again. */
static int load_named(run *r, const target *t, int *loads, outcome *o)
{
    static const char *const places[] = {"first ", "second ", "third ", "fourth ", "fifth ",
                                         "last ",  "next ",   "top ",   NULL};
    const char *name = t->anchor && !t->anchor_role ? t->anchor : t->exact ? t->text : NULL;
    if (!name || !*name || *loads >= NAMED_LOADS || isdigit((unsigned char)name[0])) return 0;
    for (int k = 0; places[k]; k++)
        if (!strncasecmp(name, places[k], strlen(places[k]))) return 0;
    char was[sizeof o->err];
    snprintf(was, sizeof was, "%s", o->err);
    char *q = xasprintf("\"%s\"", name);
    int grew = subject_missing(r, q, o) && load_round(r, o) > 0;
    free(q);
    snprintf(o->err, sizeof o->err, "%s", was);
    if (!grew) {
        *loads = NAMED_LOADS;
        return 0;
    }
    (*loads)++;
    run_log(r, "loaded more: \"%.80s\" was not on the page yet", name);
    return 1;
}

/* Find the step's target for purpose. A cookie banner, or a modal that
 * does not hold the target, is dismissed first, as a person would; a
 * match hidden in a closed tab, folder or section is revealed, and one a
 * list holds further down is loaded. */
static int locate(run *r, const target *t, const char *purpose, json_t **el, outcome *o)
{
    if (r->ref >= 0) /* the LLM named the element by its index */
        return agent(r, "element", json_pack("[i]", r->ref), el, o);
    int64_t until = util_mono_ms() + run_time_left(r, LOCATE_WAIT_MS);
    int reveals = 0, loads = 0;
    for (;;) {
        json_t *res = NULL;
        agent(r, "dismissOverlays", json_pack("[o]", target_json(t, purpose)), NULL, o);
        o->err[0] = '\0';
        if (agent_raw(r, "locate", json_pack("[o]", target_json(t, purpose)), &res, o) != 0)
            return -1;
        if (!refused(res, o)) {
            /* a control the page enables a moment later ("Enable", then type) */
            if (json_is_true(json_object_get(res, "disabled")) && strcmp(purpose, "read") != 0 &&
                strcmp(purpose, "scroll") != 0 && util_mono_ms() + 250 < until &&
                run_stopped(r) == ABORT_NONE) {
                json_decref(res);
                util_sleep_ms(250);
                continue;
            }
            *el = res;
            return 0;
        }
        int again = reveal_again(r, res, &reveals, o);
        json_decref(res);
        if (again || load_named(r, t, &loads, o)) continue;
        if (!look_again(r, until, o)) return -1;
    }
}

/* ", the 1st of 3 equal matches" when the words fit several elements alike
 * and no ordinal chose among them: the result says which one was taken. */
static const char *ambiguity(json_t *el, const target *t, char *note, size_t len)
{
    json_int_t n = json_integer_value(json_object_get(el, "count"));
    note[0] = '\0';
    if (n > 1 && t->ordinal == 0 && t->text)
        snprintf(note, len, " (the first of %lld equal matches; say \"the 2nd\" to pick another)",
                 (long long)n);
    return note;
}

static int settle(run *r)
{
    int rc = page_settle(r->pg, run_time_left(r, r->env->cfg->nav_timeout * 1000),
                         run_time_left(r, SETTLE_QUIET_MS));
    return rc == CDP_OK ? 0 : -1;
}

/* A press and release at (x, y) of button: after a click, a second left
 * one makes the page see dblclick (clickCount 2), as a person's double
 * click does; the right one alone is a context click (contextmenu). */
static int press_button(run *r, double x, double y, const char *button, int count, outcome *o)
{
    static const char *const types[] = {"mousePressed", "mouseReleased"};
    int held = !strcmp(button, "right") ? 2 : 1;
    for (int k = 0; k < 2; k++)
        if (page_call(r->pg, "Input.dispatchMouseEvent",
                      json_pack("{s:s, s:f, s:f, s:s, s:i, s:i}", "type", types[k], "x", x, "y", y,
                                "button", button, "buttons", k ? 0 : held, "clickCount", count),
                      run_time_left(r, CALL_MS), NULL, o->err, sizeof o->err) != CDP_OK)
            return -1;
    return 0;
}

/* Real mouse events at the centre of an element the agent described
 * (how: CLICK_SINGLE, CLICK_DOUBLE or CLICK_RIGHT); the page is not
 * waited for. 0, or -1. */
static int press_at(run *r, json_t *el, int how, outcome *o)
{
    double x, y;
    if (center(el, &x, &y) != 0) {
        snprintf(o->err, sizeof o->err, "%s has no visible point to click", "the element");
        return -1;
    }
    if (how == CLICK_RIGHT) /* the pointer there first, as a person's hand */
        return page_hover(r->pg, x, y, run_time_left(r, CALL_MS), o->err, sizeof o->err) ==
                           CDP_OK &&
                       press_button(r, x, y, "right", 1, o) == 0
                   ? 0
                   : -1;
    if (page_click(r->pg, x, y, run_time_left(r, CALL_MS), o->err, sizeof o->err) != CDP_OK ||
        (how == CLICK_DOUBLE && press_button(r, x, y, "left", 2, o) != 0))
        return -1;
    return 0;
}

/* Click an element found by the agent, as the step's element, and let the
 * page settle. */
static int press_element(run *r, json_t *el, int how, outcome *o)
{
    if (press_at(r, el, how, o) != 0) return -1;
    json_decref(o->element);
    o->element = interacted(el);
    return settle(r);
}

static int click_element(run *r, json_t *el, outcome *o)
{
    return press_element(r, el, 0, o);
}

/* Focus a field with a click, clear it, and type text with key events. */
static int type_into(run *r, json_t *el, const char *text, outcome *o)
{
    json_t *ref = json_object_get(el, "ref");
    double x, y;
    if (center(el, &x, &y) == 0 &&
        page_click(r->pg, x, y, run_time_left(r, CALL_MS), o->err, sizeof o->err) != CDP_OK)
        return -1;
    if (agent(r, "focus", json_pack("[O]", ref), NULL, o) != 0 ||
        agent(r, "clear", json_pack("[O]", ref), NULL, o) != 0)
        return -1;
    if (page_type(r->pg, text, run_time_left(r, 60000), o->err, sizeof o->err) != CDP_OK) return -1;
    json_decref(o->element);
    o->element = interacted(el);
    return 0;
}

/* ---- steps -------------------------------------------------------------- */

static int navigate_to(run *r, const char *typed, outcome *o)
{
    char *url = urlpolicy_normalize(typed);
    int status = 0, rc = -1;
    if (!url) {
        snprintf(o->err, sizeof o->err, "\"%s\" is not a URL", typed);
        return -1;
    }
    if (urlpolicy_check(url, (int)r->env->cfg->allow_private, 1, o->err, sizeof o->err) != 0)
        goto out;
    if (page_navigate(r->pg, url, run_time_left(r, r->env->cfg->nav_timeout * 1000), &status,
                      o->err, sizeof o->err) != CDP_OK)
        goto out;
    free(o->result);
    o->result =
        status ? xasprintf("opened %s (HTTP %d)", url, status) : xasprintf("opened %s", url);
    rc = 0;
out:
    free(url);
    return rc;
}

static int do_navigate(run *r, const step *st, outcome *o)
{
    return navigate_to(r, st->value, o);
}

/* What a click may change on the page: its address, its size, its text. */
#define PAGE_MARK                                                                                  \
    "location.href + ' ' + document.getElementsByTagName('*').length + ' ' + (document.body ? "    \
    "document.body.innerText.length : 0)"

/* The page's mark now (malloc'ed; NULL when it cannot be read). */
static char *page_mark(run *r)
{
    json_t *v = NULL;
    char *m = NULL;
    if (page_eval(r->pg, PAGE_MARK, run_time_left(r, CALL_MS), &v, NULL, 0) == CDP_OK &&
        json_is_string(v))
        m = xstrdup(json_string_value(v));
    json_decref(v);
    return m;
}

/* The page's address now (malloc'ed; NULL when it cannot be read). */
static char *page_href(run *r)
{
    json_t *v = NULL;
    char *u = NULL;
    if (page_eval(r->pg, "location.href", run_time_left(r, CALL_MS), &v, NULL, 0) == CDP_OK &&
        json_is_string(v))
        u = xstrdup(json_string_value(v));
    json_decref(v);
    return u;
}

/* "go back" on a tab a click opened, with no page before it in that tab:
 * back to the tab it came from, as a person closes a tab to return. 1
 * when the task moved there, 0 when there is none. */
static int back_to_opener(run *r, outcome *o)
{
    json_t *v = NULL;
    char url[1024] = "", err[256] = "";
    if (!r->on_opened_tab) return 0;
    int fresh =
        page_eval(r->pg, "history.length", run_time_left(r, CALL_MS), &v, NULL, 0) == CDP_OK &&
        json_integer_value(v) <= 1;
    json_decref(v);
    char *was = fresh ? page_mark(r) : NULL;
    if (!was || page_switch_tab(r->pg, 0, run_time_left(r, CALL_MS), url, sizeof url, err,
                                sizeof err) != CDP_OK) {
        free(was);
        return 0;
    }
    char *now = page_mark(r);
    int moved = !now || strcmp(now, was) != 0;
    free(was);
    free(now);
    if (!moved) return 0;
    r->on_opened_tab = 0;
    run_log(r, "no page before this one in its tab: back to the tab showing %s", url);
    free(o->result);
    o->result = xasprintf("went back to the tab showing %s", url);
    return settle(r) == 0;
}

static int do_history(run *r, const step *st, outcome *o)
{
    int delta = st->kind == STEP_BACK ? -1 : st->kind == STEP_FORWARD ? 1 : 0;
    if (delta < 0 && back_to_opener(r, o)) return 0;
    if (page_history(r->pg, delta, run_time_left(r, CALL_MS), o->err, sizeof o->err) != CDP_OK ||
        settle(r) != 0)
        return -1;
    char *url = page_href(r);
    const char *what = delta < 0 ? "went back" : delta > 0 ? "went forward" : "reloaded";
    o->result = xasprintf("%s to %s", what, url ? url : "the page");
    free(url);
    return 0;
}

/* How long a click that changed nothing on its page may take to open a
 * tab: handlers open it after a fetch or a timer ("Open report ↗"). */
#define TAB_LATE_MS 1500

/* A click that opened a tab moves the task to it, as a person's eyes
 * follow: logged, and said in the step's result. A click whose page did
 * not change at all (before: its mark before the click; NULL: do not
 * wait) is given TAB_LATE_MS for its tab to open; a tab the page closed
 * leaves the task on the tab before it. */
static int follow_tab(run *r, outcome *o, const char *before)
{
    char url[1024] = "", err[256] = "";
    int64_t until = util_mono_ms() + run_time_left(r, TAB_LATE_MS);
    int rc;
    for (;;) {
        rc =
            page_follow_new_tab(r->pg, run_time_left(r, CALL_MS), url, sizeof url, err, sizeof err);
        if (rc != 0 || !before || util_mono_ms() + 150 > until || run_stopped(r) != ABORT_NONE)
            break;
        char *now = page_mark(r);
        int same = now && !strcmp(now, before);
        free(now);
        if (!same) break;
        util_sleep_ms(150);
    }
    if (rc < 0) {
        run_log(r, "a new tab could not be followed: %s", err);
        return 0;
    }
    if (rc == 0) return 0;
    char *was = o->result;
    r->on_opened_tab = rc == 1;
    if (rc == 1) {
        run_log(r, "the click opened a new tab: moved to it (%s)", url);
        o->result = xasprintf("%s; it opened a new tab, now on %s", was ? was : "clicked", url);
    } else {
        run_log(r, "the page closed its tab: back on %s", url);
        o->result = xasprintf("%s; the page closed its tab, now on %s", was ? was : "clicked", url);
    }
    free(was);
    return settle(r);
}

/* Is text on the page now (visible)? */
static int text_shows(run *r, const char *text, outcome *o)
{
    json_t *v = NULL;
    int yes = agent(r, "findText", json_pack("[s, b]", text, 0), &v, o) == 0 &&
              json_is_true(json_object_get(v, "visible"));
    json_decref(v);
    o->err[0] = '\0';
    return yes;
}

/* Most rounds of "click X until Y shows". */
#define UNTIL_MAX 30

static int put_value(run *r, json_t *el, const char *value, outcome *o, char **now);

/* "apply the code SPRING10": the value the words give for the empty field
 * the button sends beside it, typed before the button is pressed (agent
 * besideValue). Nothing when there is none; a failure is logged. */
static int says_code(const char *s)
{
    int len = 0, caps = 0;
    for (; *s; s++) {
        if (*s == '"') return 1;
        if (isupper((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-') {
            len++;
            caps += isupper((unsigned char)*s) != 0;
            if (len >= 3 && caps) return 1;
        } else {
            len = caps = 0;
        }
    }
    return 0;
}

static void beside_value(run *r, const step *st, json_t *el, outcome *o)
{
    json_t *res = NULL, *fld = NULL;
    /* a quoted value or a code in capitals: the agent is asked only then */
    if (!st->clause || !says_code(st->clause) || !json_object_get(el, "ref")) return;
    if (agent(r, "besideValue", json_pack("[O, s]", json_object_get(el, "ref"), st->clause), &res,
              o) == 0 &&
        json_is_string(json_object_get(res, "value")) &&
        agent(r, "element", json_pack("[O]", json_object_get(res, "ref")), &fld, o) == 0) {
        char *now = NULL;
        const char *v = json_string_value(json_object_get(res, "value"));
        if (put_value(r, fld, v, o, &now) == 0)
            run_log(r, "typed \"%s\" into \"%s\" first: the button sends it", v,
                    json_string_value(json_object_get(res, "label")) ?: "the field beside it");
        else
            run_log(r, "could not type \"%s\" beside the button: %s", v, o->err);
        free(now);
    }
    o->err[0] = '\0';
    json_decref(res);
    json_decref(fld);
}

static int click_once(run *r, const step *st, outcome *o)
{
    json_t *el = NULL;
    if (locate(r, &st->target, "click", &el, o) != 0) {
        /* "choose the third option": the options of a <select> are no
         * elements to click; the dropdown takes its nth option */
        json_t *res = NULL;
        char nth[16], why[sizeof o->err];
        snprintf(nth, sizeof nth, "#%d", st->target.ordinal);
        snprintf(why, sizeof why, "%s", o->err);
        if (st->target.role && !strcmp(st->target.role, "option") && st->target.ordinal &&
            !st->target.text && !st->target.anchor &&
            agent(r, "selectOption", json_pack("[n, s]", nth), &res, o) == 0) {
            free(o->result);
            o->result = xasprintf("selected \"%s\", option %d of the dropdown",
                                  json_string_value(json_object_get(res, "selected")) ?: "?",
                                  st->target.ordinal);
            json_decref(res);
            o->err[0] = '\0';
            return settle(r);
        }
        snprintf(o->err, sizeof o->err, "%s", why);
        /* "right-click in the dashed box": the page's one context menu */
        json_t *spot = NULL;
        if (st->sub != CLICK_RIGHT || agent(r, "contextSpot", json_array(), &spot, o) != 0 ||
            !json_is_true(json_object_get(spot, "found"))) {
            json_decref(spot);
            snprintf(o->err, sizeof o->err, "%s", why);
            return -1;
        }
        run_log(r, "no element fits the words; the page's one element with a context menu of "
                   "its own is right-clicked");
        o->err[0] = '\0';
        el = spot;
    }
    /* "book the 16:00 slot on Sunday" read as the Book of a thing the page
     * does not show: a line of text that only shares a word ("Book a
     * slot:") is no control to press; the clause may be read whole */
    const char *role = json_string_value(json_object_get(el, "role"));
    if (st->target.anchor && role &&
        (!strcmp(role, "paragraph") || !strcmp(role, "text") || !strcmp(role, "heading")) &&
        json_number_value(json_object_get(el, "score")) < 0.8) {
        char *d = describe_element(el);
        snprintf(o->err, sizeof o->err, "only the text %s shares words with \"%s\"", d,
                 st->target.text ? st->target.text : "");
        free(d);
        json_decref(el);
        return -1;
    }
    beside_value(r, st, el, o);
    int rc = press_element(r, el, st->sub, o);
    if (rc == 0) {
        char *d = describe_element(el), note[128];
        free(o->result);
        o->result = xasprintf("%s %s%s",
                              st->sub == CLICK_DOUBLE  ? "double-clicked"
                              : st->sub == CLICK_RIGHT ? "right-clicked"
                                                       : "clicked",
                              d, ambiguity(el, &st->target, note, sizeof note));
        free(d);
    }
    json_decref(el);
    return rc;
}

/* How long, after each round, the text may take to show before the next
 * round: pages answer "Load more" from a timer or a fetch, after the page
 * looked settled, and a person waits for that before clicking again. */
#define UNTIL_WAIT_MS 1500

/* How long a round of loading more that could neither click nor scroll
 * watches a page that is not changing (load_round). */
#define PASSIVE_LOOK_MS 500

/* Whether text shows now or within UNTIL_WAIT_MS (looked at every 100 ms). */
static int shows_soon(run *r, const char *text, outcome *o)
{
    int64_t end = util_mono_ms() + run_time_left(r, UNTIL_WAIT_MS);
    for (;;) {
        if (text_shows(r, text, o)) return 1;
        if (util_mono_ms() + 100 > end || run_stopped(r) != ABORT_NONE) return 0;
        util_sleep_ms(100);
    }
}

/* ---- loading more ------------------------------------------------------ */

/* Most rounds of loading more before a step gives up. */
#define LOAD_ROUNDS 30

/* How big the page's list is (the agent's listSize): its longest run of
 * like items and all its elements (-1 each when unknown). */
static void size_of(json_t *size, long *items, long *all)
{
    *items = json_is_object(size) ? (long)json_integer_value(json_object_get(size, "items")) : -1;
    *all = json_is_object(size) ? (long)json_integer_value(json_object_get(size, "all")) : -1;
}

static int page_size(run *r, long *items, long *all, outcome *o)
{
    json_t *v = NULL;
    if (agent(r, "listSize", json_array(), &v, o) != 0) return -1;
    size_of(v, items, all);
    json_decref(v);
    return 0;
}

/* One round of loading more, as a person does: the list's own control
 * ("Load more", "Show more →", "↑ Load earlier messages") clicked, else
 * the page scrolled to its end (or its top, when it is at its end
 * already). 1 when the list grew within UNTIL_WAIT_MS, 0 when nothing
 * more came, -1 when the page failed. */
static int load_round(run *r, outcome *o)
{
    json_t *m = NULL, *res = NULL;
    long items0, all0, items, all;
    if (agent(r, "moreControl", json_array(), &m, o) != 0) return -1;
    size_of(json_object_get(m, "size"), &items0, &all0);
    int rc = 0, moved = 0, found = json_is_true(json_object_get(m, "found"));
    if (found) {
        rc = press_element(r, m, 0, o);
        if (rc == 0) {
            char *d = describe_element(m);
            run_log(r, "clicked %s to load more", d);
            free(d);
        }
    } else {
        for (int k = 0; k < 2 && !moved && rc == 0; k++) {
            rc = agent(r, "scroll", json_pack("[{s:s}]", "kind", k ? "top" : "bottom"), &res, o);
            moved = rc == 0 && json_is_true(json_object_get(res, "moved"));
            json_decref(res);
            res = NULL;
        }
        /* A page that does not scroll may still load its next items by
         * itself: a feed whose loading row is in view already (a viewport
         * taller than its first items) loads them after a moment, and a
         * round that returned at once read the list before it grew
         * (bench/eval news-03 at 800 px high). Its growth is waited for
         * as a scroll's is. */
        if (rc == 0 && moved) rc = settle(r);
    }
    json_decref(m);
    if (rc != 0) return -1;
    /* the page answers from a timer or a fetch, after it looked settled */
    int64_t t0 = util_mono_ms(), end = t0 + run_time_left(r, UNTIL_WAIT_MS);
    for (;;) {
        if (page_size(r, &items, &all, o) != 0) return -1;
        if (items > items0 || all > all0) return 1;
        if (util_mono_ms() + 100 > end || run_stopped(r) != ABORT_NONE) return 0;
        /* A round that neither clicked nor scrolled set nothing off: a page
         * that loads by itself is busy meanwhile (a timer's additions, a
         * fetch), and one that has been still for a while will not grow. */
        if (!found && !moved && util_mono_ms() - t0 >= PASSIVE_LOOK_MS &&
            page_still_for(r, PASSIVE_LOOK_MS))
            return 0;
        util_sleep_ms(100);
    }
}

/* What loading stops at: a text that shows, a number of items, or the end. */
typedef struct {
    const char *text; /* NULL: none */
    long count;       /* 0: none */
    int all;          /* until nothing more loads; else a single round */
} load_goal;

static int load_reached(run *r, const load_goal *g, outcome *o)
{
    long items, all;
    if (g->text) return text_shows(r, g->text, o);
    if (g->count > 0) return page_size(r, &items, &all, o) == 0 && items >= g->count;
    return 0;
}

/* Load more until the goal is reached or nothing more loads (two rounds
 * without growth), at most LOAD_ROUNDS rounds; the result says how it
 * ended, and a goal not reached fails the step with the reason. */
static int load_until(run *r, const load_goal *g, outcome *o)
{
    int rounds = 0, still = 0, grew = 0;
    long items = 0, all = 0;
    for (; rounds < LOAD_ROUNDS && still < 2; rounds++) {
        if (load_reached(r, g, o)) break;
        if (run_stopped(r) != ABORT_NONE) {
            snprintf(o->err, sizeof o->err, "aborted");
            return -1;
        }
        int k = load_round(r, o);
        if (k < 0) return -1;
        still = k ? 0 : still + 1;
        grew += k;
        if (!g->all && !g->text && !g->count) break;
    }
    o->err[0] = '\0';
    page_size(r, &items, &all, o);
    free(o->result);
    if (g->text || g->count) {
        if (!load_reached(r, g, o)) {
            if (g->text)
                snprintf(o->err, sizeof o->err,
                         "\"%s\" did not show after loading more %d times (%s)", g->text, grew,
                         still >= 2 ? "nothing more loads" : "the most rounds");
            else
                snprintf(o->err, sizeof o->err,
                         "the list shows %ld items, not %ld, after loading more %d times (%s)",
                         items, g->count, grew,
                         still >= 2 ? "nothing more loads" : "the most rounds");
            o->result = NULL;
            return -1;
        }
        o->result = g->text ? xasprintf("\"%s\" shows after loading more %d times", g->text, grew)
                            : xasprintf("the list shows %ld items after loading more %d times",
                                        items, grew);
        return 0;
    }
    if (g->all)
        o->result = xasprintf("loaded all there is: %ld items after loading more %d times%s", items,
                              grew, still >= 2 ? "" : " (the most rounds)");
    else
        o->result = grew ? xasprintf("loaded more: the list shows %ld items", items)
                         : xasprintf("nothing more loads: the list shows %ld items", items);
    return 0;
}

/* A clause that only asks to load ("load every transaction", "load more
 * stories", "keep scrolling until at least 30 stories are loaded"; with
 * until, also "scroll the feed until 'X' shows up"), read by the agent:
 * loaded here. 1 when it was such a clause (rc in *rc). */
static int load_clause(run *r, const char *clause, int until, outcome *o, int *rc)
{
    json_t *v = NULL;
    if (!clause || !*clause ||
        agent(r, "loadAsk", json_pack("[{s:s, s:b}]", "clause", clause, "until", until), &v, o))
        return o->err[0] = '\0', 0;
    int yes = json_is_true(json_object_get(v, "load"));
    load_goal g = {.text = json_string_value(json_object_get(v, "text")),
                   .count = (long)json_integer_value(json_object_get(v, "count")),
                   .all = json_is_true(json_object_get(v, "all"))};
    if (yes) *rc = load_until(r, &g, o);
    json_decref(v);
    return yes;
}

/* The words "until" waits for: the quoted name in them when there is one
 * ("the story "A solar kiln"" waits for A solar kiln). Malloc'ed. */
static char *until_text(const char *until)
{
    static const char *const quotes[][2] = {
        {"\"", "\""}, {"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"'", "'"}};
    for (size_t k = 0; k < sizeof quotes / sizeof quotes[0]; k++) {
        const char *a = strstr(until, quotes[k][0]);
        if (a == until) continue; /* all of it quoted: the planner's own */
        const char *b = a ? strstr(a + strlen(quotes[k][0]), quotes[k][1]) : NULL;
        if (a && k == 2 && a > until && a[-1] != ' ') continue; /* it's, don't */
        if (b && b > a + strlen(quotes[k][0]))
            return xstrndup(a + strlen(quotes[k][0]), (size_t)(b - a) - strlen(quotes[k][0]));
    }
    return xstrdup(until);
}

/* "until there are no more", "until it disappears", "until the end": no
 * text to wait for, but the end of what the control loads. */
static int until_end(const char *until)
{
    static const char *const ends[] = {
        "there are no more", "there is no more",  "no more",
        "nothing more",      "it disappears",     "it is gone",
        "it's gone",         "it goes away",      "it stops",
        "the end",           "all are loaded",    "everything is loaded",
        "all loaded",        "it's disabled",     "it is disabled",
        "you can't anymore", "you can no longer", NULL};
    for (int k = 0; ends[k]; k++)
        if (!strncasecmp(until, ends[k], strlen(ends[k]))) return 1;
    return 0;
}

/* "keep clicking Load older until there are no more": the control again
 * while it is there and the list grows, at most UNTIL_MAX times. */
static int click_to_end(run *r, const step *st, outcome *o)
{
    int clicks = 0, still = 0;
    long items0, all0, items, all;
    for (; clicks < UNTIL_MAX && still < 2 && run_stopped(r) == ABORT_NONE; clicks++) {
        json_t *el = NULL;
        if (page_size(r, &items0, &all0, o) != 0) return -1;
        if (clicks == 0 ? locate(r, &st->target, "click", &el, o) != 0
                        : agent(r, "locate", json_pack("[o]", target_json(&st->target, "click")),
                                &el, o) != 0) {
            if (clicks == 0) return -1;
            break; /* gone: all loaded */
        }
        int rc = press_element(r, el, 0, o);
        json_decref(el);
        if (rc != 0) return -1;
        int64_t end = util_mono_ms() + run_time_left(r, UNTIL_WAIT_MS);
        for (;;) {
            if (page_size(r, &items, &all, o) != 0) return -1;
            if (items > items0 || all > all0 || util_mono_ms() + 100 > end) break;
            util_sleep_ms(100);
        }
        still = items > items0 || all > all0 ? 0 : still + 1;
    }
    o->err[0] = '\0';
    free(o->result);
    o->result = xasprintf("clicked %d time%s until %s: the list shows %ld items", clicks,
                          clicks == 1 ? "" : "s",
                          still >= 2 ? "nothing more loaded" : "the control was gone", items);
    return 0;
}

/* "click Load more until Item 40 shows": once, then again while the text
 * does not show, at most UNTIL_MAX times. A page with no such button that
 * loads more as one scrolls ("keep loading until X") is scrolled instead. */
static int repeat_until(run *r, const step *st, outcome *o,
                        int (*once)(run *, const step *, outcome *))
{
    if (once == click_once && until_end(st->until)) return click_to_end(r, st, o);
    char *until = until_text(st->until);
    int rc = -1;
    for (int k = 0; k < UNTIL_MAX; k++) {
        if (k == 0 && once == click_once && !text_shows(r, until, o)) {
            json_t *el = NULL;
            if (locate(r, &st->target, "click", &el, o) != 0) {
                /* no such control: the list's own Load more, or scrolling */
                load_goal g = {.text = until, .all = 1};
                o->err[0] = '\0';
                rc = load_until(r, &g, o);
                goto out;
            }
            o->err[0] = '\0';
            json_decref(el);
        }
        if (k == 0 ? text_shows(r, until, o) : shows_soon(r, until, o)) {
            char *was = o->result;
            o->result = xasprintf("\"%s\" shows after %d click%s%s%s", until, k, k == 1 ? "" : "s",
                                  was ? "; last: " : "", was ? was : "");
            free(was);
            rc = 0;
            goto out;
        }
        if (run_stopped(r) != ABORT_NONE || once(r, st, o) != 0) {
            if (!o->err[0]) snprintf(o->err, sizeof o->err, "aborted");
            size_t n = strlen(o->err);
            snprintf(o->err + n, sizeof o->err - n, " (after %d clicks, \"%s\" did not show)", k,
                     until);
            goto out;
        }
    }
    if (text_shows(r, until, o))
        rc = 0;
    else
        snprintf(o->err, sizeof o->err, "\"%s\" did not show after %d tries", until, UNTIL_MAX);
out:
    free(until);
    return rc;
}

/* "until it shows all 40": a number of items, not a text to look for */
static int counts_all(const char *until)
{
    if (strncasecmp(until, "all ", 4) != 0) return 0;
    size_t n = strspn(until + 4, "0123456789");
    return n > 0 && until[4 + n] == '\0';
}

/* "fill in ... and email x@y.io. Pay.": the steps before filled a form
 * and left it, and the verb's control shows only once the form is sent
 * (a check of the details holding "Pay now"). With no such control shown,
 * the filled form's own button is pressed, then the verb's control looked
 * for again. 0, or -1 with the first error kept. */
static int send_first(run *r, const step *st, outcome *o)
{
    static const char *const sends[] = {"pay",   "confirm",  "check out", "checkout", "place",
                                        "order", "complete", "finish",    "proceed",  NULL};
    const target *t = &st->target;
    int sends_it = 0;
    for (int k = 0; sends[k] && !sends_it && t->text; k++) {
        size_t n = strlen(sends[k]);
        sends_it = !strncasecmp(t->text, sends[k], n) && !isalnum((unsigned char)t->text[n]);
    }
    if (!sends_it || t->role || t->ordinal || t->anchor || t->all) return -1;
    char why[sizeof o->err];
    snprintf(why, sizeof why, "%s", o->err);
    json_t *res = NULL;
    json_t *el =
        agent_raw(r, "submitter", json_array(), &res, o) == 0 ? json_object_get(res, "el") : NULL;
    int rc = -1;
    if (json_is_object(el) && !json_is_true(json_object_get(res, "sent")) &&
        click_element(r, el, o) == 0) {
        char *d = describe_element(el);
        run_log(r, "no \"%s\" shown: pressed %s, which sends the form filled before", t->text, d);
        free(d);
        o->err[0] = '\0';
        rc = click_once(r, st, o);
    }
    json_decref(res);
    if (rc != 0) snprintf(o->err, sizeof o->err, "%s", why);
    return rc;
}

static int do_click(run *r, const step *st, outcome *o)
{
    int loaded;
    if (!st->until && load_clause(r, st->clause, 0, o, &loaded)) /* "load all older messages" */
        return loaded;
    if (st->until && counts_all(st->until) && st->clause) /* the agent counts the list */
        return interpret_clause(r, st->clause, o);
    if (st->until) return repeat_until(r, st, o, click_once);
    char *before = page_mark(r);
    int rc = click_once(r, st, o) == 0 || send_first(r, st, o) == 0 ? follow_tab(r, o, before) : -1;
    free(before);
    /* "go back to the list" from a tab a click opened: the list is the
     * tab it came from */
    if (rc != 0 && st->clause && strcasestr(st->clause, "back") && back_to_opener(r, o)) {
        o->err[0] = '\0';
        rc = 0;
    }
    return rc;
}

static int do_hover(run *r, const step *st, outcome *o)
{
    json_t *el = NULL;
    double x, y;
    if (locate(r, &st->target, "hover", &el, o) != 0) return -1;
    int rc = -1;
    if (center(el, &x, &y) != 0)
        snprintf(o->err, sizeof o->err, "nothing visible to hover");
    else if (page_hover(r->pg, x, y, run_time_left(r, CALL_MS), o->err, sizeof o->err) == CDP_OK)
        rc = settle(r);
    if (rc == 0) {
        char *d = describe_element(el);
        o->result = xasprintf("hovered over %s", d);
        o->element = interacted(el);
        free(d);
    }
    json_decref(el);
    return rc;
}

/* Is the focused element something one can type into? 0 when not, 1
 * when it is empty, 2 when it holds text already. */
static int focused_editable(run *r)
{
    json_t *v = NULL;
    int yes = 0;
    if (page_eval(r->pg,
                  "(() => { let a = document.activeElement; while (a && a.shadowRoot && "
                  "a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; if (!a || "
                  "!(a.isContentEditable || /^(input|textarea)$/i.test(a.tagName))) return 0; "
                  "return (a.isContentEditable ? a.textContent : a.value) ? 2 : 1; })()",
                  run_time_left(r, CALL_MS), &v, NULL, 0) == CDP_OK)
        yes = (int)json_integer_value(v);
    json_decref(v);
    return yes;
}

/* Most arrow presses a slider that does not say its value is given. */
#define PROBE_KEYS 300

static int slider_now(run *r, json_t *ref, double *v, outcome *o)
{
    json_t *res = NULL;
    int rc = agent(r, "sliderValue", json_pack("[O]", ref), &res, o);
    json_t *x = json_object_get(res, "value");
    if (rc == 0 && !json_is_number(x)) rc = -1;
    if (rc == 0) *v = json_number_value(x);
    json_decref(res);
    return rc;
}

/* A slider made of divs that shows its value only as text: from its
 * lowest (Home), ArrowRight until it shows the value wanted. */
static int probe_slider(run *r, json_t *el, double want, outcome *o)
{
    json_t *ref = json_object_get(el, "ref");
    double v = 0, was;
    if (agent(r, "focus", json_pack("[O]", ref), NULL, o) != 0 ||
        page_key(r->pg, "Home", NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) != CDP_OK)
        return -1;
    if (slider_now(r, ref, &v, o) != 0) {
        snprintf(o->err, sizeof o->err, "the slider shows no value to move it by");
        return -1;
    }
    int still = 0;
    for (int k = 0; k < PROBE_KEYS && v < want && still < 5; k++) {
        was = v;
        if (page_key(r->pg, "ArrowRight", NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) !=
                CDP_OK ||
            slider_now(r, ref, &v, o) != 0)
            return -1;
        still = v == was ? still + 1 : 0;
    }
    if (v > want && page_key(r->pg, "ArrowLeft", NULL, run_time_left(r, CALL_MS), o->err,
                             sizeof o->err) != CDP_OK)
        return -1;
    json_decref(o->element);
    o->element = interacted(el);
    return settle(r);
}

/* Most moves on a calendar: opening it, months forward or back, the day. */
#define PICK_MOVES 40
/* A stepper pressed one step at a time: a quantity, not a long range (a
 * field that takes typing is typed into). */
#define STEP_MOVES 30

/* A calendar left open after its day was clicked would cover what comes
 * next: its own Done / Close / Apply control closes it, when it has one. */
static int close_calendar(run *r, json_t *field, const char *value, outcome *o)
{
    json_t *mv = NULL;
    if (agent(r, "pickDate", json_pack("[O, s, b]", json_object_get(field, "ref"), value, 1), &mv,
              o) != 0)
        return -1;
    json_t *el = json_object_get(mv, "click");
    int rc = el ? click_element(r, el, o) : 0;
    json_decref(mv);
    return rc;
}

/* Moves the agent says one at a time (a calendar's days, a stepper's
 * buttons): call fn with args, click what it names (or let the page
 * settle), until it says done. 0 when it did; -1 with o->err, saying that
 * what did not reach value in max moves. args is taken. */
static int agent_moves(run *r, const char *fn, json_t *args, int max, const char *what,
                       const char *value, outcome *o)
{
    int rc = -1;
    for (int k = 0; k < max; k++) {
        json_t *mv = NULL;
        if (agent(r, fn, json_incref(args), &mv, o) != 0) goto out;
        json_t *el = json_object_get(mv, "click");
        int done = json_is_true(json_object_get(mv, "done"));
        int moved = el ? click_element(r, el, o) : settle(r);
        json_decref(mv);
        if (moved != 0) goto out;
        if (done) {
            rc = 0;
            goto out;
        }
    }
    snprintf(o->err, sizeof o->err, "the %s did not reach %s in %d moves", what, value, max);
out:
    json_decref(args);
    return rc;
}

/* A read-only date field: open its calendar, go to the month, click the
 * day, as a person does; the agent says each move. */
static int pick_date(run *r, json_t *field, const char *value, outcome *o)
{
    json_t *args = json_pack("[O, s]", json_object_get(field, "ref"), value);
    if (agent_moves(r, "pickDate", args, PICK_MOVES, "calendar", value, o) != 0) return -1;
    return close_calendar(r, field, value, o);
}

/* An ARIA slider or spinner moved with arrow keys toward the value the
 * agent's prepareValue read (prep: key, count, now, wanted). A slider need
 * not say its step: the first press shows how far one moves it, and the
 * presses left are counted from that. */
static int slide_keys(run *r, json_t *el, json_t *prep, outcome *o)
{
    json_t *ref = json_object_get(el, "ref");
    const char *key = json_string_value(json_object_get(prep, "key"));
    json_int_t n = json_integer_value(json_object_get(prep, "count"));
    double now = json_number_value(json_object_get(prep, "now"));
    double want = json_number_value(json_object_get(prep, "wanted")), v = now;
    int rc = agent(r, "focus", json_pack("[O]", ref), NULL, o);
    for (json_int_t k = 0; rc == 0 && k < n; k++) {
        if (page_key(r->pg, key, NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) != CDP_OK)
            rc = -1;
        else if (k == 0 && slider_now(r, ref, &v, o) == 0 && v != now) {
            double by = v > now ? v - now : now - v, left = want > v ? want - v : v - want;
            n = (want - v) * (v - now) < 0 ? 1 : 1 + (json_int_t)(left / by + 0.5);
        }
    }
    o->err[0] = rc == 0 ? '\0' : o->err[0];
    if (rc == 0) rc = settle(r);
    json_decref(o->element);
    o->element = interacted(el);
    return rc;
}

/* Give the element found the value as its kind wants it: a native date,
 * time or range input is set (as its picker would set it), an ARIA
 * slider moved with arrow keys, anything else typed with key events (a
 * date in the field's own format). *now gets what the field holds after
 * (malloc'ed, NULL when unknown). */
static int put_value(run *r, json_t *el, const char *value, outcome *o, char **now)
{
    json_t *ref = json_object_get(el, "ref"), *prep = NULL, *v = NULL;
    int rc = -1;
    *now = NULL;
    if (agent(r, "prepareValue", json_pack("[O, s]", ref, value), &prep, o) != 0) return -1;
    const char *mode = json_string_value(json_object_get(prep, "mode"));
    if (mode && !strcmp(mode, "set")) {
        rc = settle(r);
        json_decref(o->element);
        o->element = interacted(el);
    } else if (mode && !strcmp(mode, "probe")) {
        rc = probe_slider(r, el, json_number_value(json_object_get(prep, "wanted")), o);
    } else if (mode && !strcmp(mode, "pick")) {
        rc = pick_date(r, el, value, o);
    } else if (mode && !strcmp(mode, "keys")) {
        rc = slide_keys(r, el, prep, o);
    } else if (mode && !strcmp(mode, "steps")) { /* a stepper's − and +, pressed */
        json_t *args = json_pack("[O, O]", ref, json_object_get(prep, "wanted"));
        rc = agent_moves(r, "stepTo", args, STEP_MOVES, "stepper", value, o);
        json_decref(o->element);
        o->element = interacted(el);
    } else {
        const char *typed = json_string_value(json_object_get(prep, "value"));
        rc = type_into(r, el, typed ? typed : value, o);
    }
    json_decref(prep);
    if (rc == 0 && agent(r, "valueNow", json_pack("[O]", ref), &v, o) == 0 &&
        json_is_string(json_object_get(v, "value")))
        *now = xstrdup(json_string_value(json_object_get(v, "value")));
    o->err[0] = rc == 0 ? '\0' : o->err[0];
    json_decref(v);
    return rc;
}

/* "typed "x" into <input> "Name"", and what the field ended up holding
 * when that differs (a mask, a maximum length, a picker's format). */
static void say_typed(buf *b, json_t *el, const char *value, const char *now)
{
    char *d = describe_element(el);
    buf_printf(b, "\"%s\" into %s", value, d);
    if (now && strcmp(now, value) != 0 && strspn(now, "\xe2\x80\xa2") != strlen(now))
        buf_printf(b, " (it now holds \"%.200s\")", now);
    free(d);
}

/* The elements a target names: one, or with "all" / "both" every match
 * (new references, in *els). -1 with o->err when none. */
static int locate_all(run *r, const target *t, const char *purpose, json_t **els, outcome *o)
{
    json_t *first = NULL;
    *els = json_array();
    if (locate(r, t, purpose, &first, o) != 0) {
        json_decref(*els);
        *els = NULL;
        return -1;
    }
    json_t *refs = json_object_get(first, "refs");
    if (!t->all || json_array_size(refs) < 2) {
        json_array_append_new(*els, first);
        return 0;
    }
    size_t i;
    json_t *ref;
    json_array_foreach(refs, i, ref)
    {
        json_t *el = NULL;
        if (agent(r, "element", json_pack("[O]", ref), &el, o) == 0)
            json_array_append_new(*els, el);
    }
    json_decref(first);
    o->err[0] = '\0';
    return json_array_size(*els) ? 0 : -1;
}

static int do_select(run *r, const step *st, outcome *o);

/* Whether the clause, read against the page, fills two fields or more of
 * a form (the agent's interpret looks without acting); with whole, one
 * field or more that take all its words. */
static int fills_form(run *r, const char *clause, int whole, outcome *o)
{
    json_t *probe = NULL;
    int form = clause && *clause &&
               agent(r, "interpret", json_pack("[{s:s, s:b}]", "clause", clause, "probe", 1),
                     &probe, o) == 0;
    json_int_t n = json_integer_value(json_object_get(probe, "fields"));
    form = form &&
           (whole ? n >= 1 && json_integer_value(json_object_get(probe, "unplaced")) == 0 : n >= 2);
    json_decref(probe);
    o->err[0] = '\0';
    return form;
}

static int do_type(run *r, const step *st, outcome *o)
{
    json_t *el = NULL, *els = NULL;
    int rc;
    /* "write to the front desk as Nadia (n@h.io) about Billing with the
     * message ...", "add 2 frozen pizzas (aisle Frozen) to the list": no
     * field named, the words fill a form */
    if (!target_named(&st->target) && fills_form(r, st->clause, 0, o))
        return interpret_clause(r, st->clause, o);
    int focus = target_named(&st->target) ? 0 : focused_editable(r);
    /* "Enter Grace Hopper as the full name, reason Vaccination": the
     * focused field holds what an earlier step typed, and the words name
     * a field of their own ("reason" for "Reason for visit"): there, not
     * after the name. A field the focus left empty takes "type hello". */
    if (focus == 2 && fills_form(r, st->clause, 1, o)) return interpret_clause(r, st->clause, o);
    if (focus) {
        /* "type hello": into the field that has the focus. */
        rc = page_type(r->pg, st->value, run_time_left(r, 60000), o->err, sizeof o->err) == CDP_OK
                 ? 0
                 : -1;
        if (rc == 0 && st->sub == TYPE_ENTER)
            rc = page_key(r->pg, "Enter", NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) ==
                         CDP_OK
                     ? settle(r)
                     : -1;
        if (rc == 0)
            o->result = xasprintf("typed \"%s\" into the focused field%s", st->value,
                                  st->sub == TYPE_ENTER ? " and pressed Enter" : "");
        return rc;
    }
    if (locate_all(r, &st->target, "type", &els, o) != 0) {
        /* "set severity to Critical": a dropdown so named */
        json_t *dd = NULL;
        char why0[sizeof o->err];
        snprintf(why0, sizeof why0, "%s", o->err);
        if (st->value && *st->value && locate(r, &st->target, "select", &dd, o) == 0) {
            json_decref(dd);
            step sel = *st;
            sel.kind = STEP_SELECT;
            return do_select(r, &sel, o);
        }
        snprintf(o->err, sizeof o->err, "%s", why0);
        /* "clear completed": no field so named, but a button "Clear completed" */
        json_t *btn = NULL;
        char *name = st->value && !*st->value && st->target.text
                         ? xasprintf("Clear %s", st->target.text)
                         : NULL;
        target t = {.text = name};
        char why[sizeof o->err];
        snprintf(why, sizeof why, "%s", o->err);
        rc = name && locate(r, &t, "click", &btn, o) == 0 ? click_element(r, btn, o) : -1;
        if (rc == 0)
            o->result = xasprintf("clicked \"%s\"", name);
        else
            snprintf(o->err, sizeof o->err, "%s", why);
        free(name);
        json_decref(btn);
        return rc;
    }
    buf b = {0};
    size_t i;
    rc = 0;
    json_array_foreach(els, i, el)
    {
        char *now = NULL;
        if (rc == 0 && (rc = put_value(r, el, st->value, o, &now)) == 0) {
            buf_puts(&b, i ? ", and " : "typed ");
            say_typed(&b, el, st->value, now);
        }
        free(now);
    }
    if (rc == 0 && st->sub == TYPE_ENTER) { /* "add Buy milk": typed, then entered */
        rc = page_key(r->pg, "Enter", NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) ==
                     CDP_OK
                 ? 0
                 : -1;
        buf_puts(&b, " and pressed Enter");
    }
    if (rc == 0) {
        o->result = buf_steal(&b);
        settle(r);
    }
    buf_free(&b);
    json_decref(els);
    return rc;
}

/* A dropdown made of divs: open it, then click the option, as a person;
 * then its trigger must show it (a list box whose trigger still shows what
 * it did, with no option marked chosen, did not take the click). */
static int pick_by_clicks(run *r, json_t *dropdown, const char *option, outcome *o)
{
    json_t *opt = NULL;
    target t = {.text = (char *)option, .exact = 1};
    const char *before = json_string_value(json_object_get(dropdown, "text"));
    int rc = click_element(r, dropdown, o) == 0 && locate(r, &t, "click", &opt, o) == 0
                 ? click_element(r, opt, o)
                 : -1;
    json_decref(opt);
    if (rc == 0 && (settle(r), 1) &&
        agent(
            r, "pickShown",
            json_pack("[O, s, s]", json_object_get(dropdown, "ref"), option, before ? before : ""),
            NULL, o) != 0)
        rc = -1, o->acted = 1;
    return rc;
}

/* "choose Express shipping": a value that is a radio button or checkbox,
 * not an option; why says what was tried before (the dropdown). */
static int choose_value(run *r, const char *value, const char *why, outcome *o)
{
    json_t *choice = NULL;
    target t = {.text = (char *)value};
    if (locate(r, &t, "check", &choice, o) != 0) {
        snprintf(o->err, sizeof o->err, "%s, and no option or radio button \"%s\"", why, value);
        return -1;
    }
    int rc = json_is_true(json_object_get(choice, "checked")) ? 0 : click_element(r, choice, o);
    if (rc == 0) {
        char *d = describe_element(choice);
        free(o->result);
        o->result = xasprintf("chose %s", d);
        free(d);
        if (!o->element) o->element = interacted(choice);
    }
    json_decref(choice);
    return rc;
}

/* A table sorted by clicking a column's header: once, and again while it
 * does not say it is sorted the way asked (aria-sort). */
static int sort_by_header(run *r, const step *st, const char *why, outcome *o)
{
    json_t *h = NULL;
    target t = {.text = st->value};
    int want_desc = st->value2 && !strcmp(st->value2, "descending"), rc = 0;
    if (locate(r, &t, "click", &h, o) != 0) {
        snprintf(o->err, sizeof o->err, "%s, and no column or button \"%s\" to sort by", why,
                 st->value);
        return -1;
    }
    for (int k = 0; k < 2 && rc == 0; k++) {
        json_t *now = NULL;
        const char *sorted = NULL;
        if ((rc = click_element(r, h, o)) != 0) break;
        if (agent(r, "element", json_pack("[O]", json_object_get(h, "ref")), &now, o) == 0)
            sorted = json_string_value(json_object_get(now, "sort"));
        int done = !sorted || !strcmp(sorted, want_desc ? "descending" : "ascending");
        json_decref(now);
        if (done) break;
    }
    if (rc == 0) {
        char *d = describe_element(h);
        o->result = xasprintf("sorted by %s%s", d, want_desc ? " (descending)" : "");
        free(d);
    }
    json_decref(h);
    return rc;
}

static int do_select(run *r, const step *st, outcome *o)
{
    json_t *el = NULL, *res = NULL;
    int rc = -1;
    char why[sizeof o->err];
    if ((st->target.text || st->target.role) && locate(r, &st->target, "select", &el, o) != 0) {
        snprintf(why, sizeof why, "%s", o->err);
        /* "sort by price" on a table: its column's header */
        if (st->target.text && !strcmp(st->target.text, "Sort"))
            return sort_by_header(r, st, why, o);
        /* "select vitae from the list" where the list is radio buttons */
        return choose_value(r, st->value, why, o);
    }
    json_t *ref = el ? json_object_get(el, "ref") : NULL;
    if (agent_raw(r, "selectOption", json_pack("[O?, s]", ref, st->value), &res, o) != 0) goto out;
    if (json_is_true(json_object_get(res, "ok"))) {
        rc = settle(r);
        if (el) o->element = interacted(el);
    } else if (json_is_true(json_object_get(res, "needClick"))) {
        /* Without a named dropdown the agent found the one holding the
         * option; a list box named by its label is opened by its trigger. */
        json_t *at = json_object_get(res, "ref"), *t = NULL;
        if (at && (!el || !json_equal(at, json_object_get(el, "ref"))) &&
            agent(r, "element", json_pack("[O]", at), &t, o) == 0)
            json_decref(el), el = t;
        const char *option = json_string_value(json_object_get(res, "option"));
        rc = el ? pick_by_clicks(r, el, option ? option : st->value, o) : -1;
    } else if (!st->target.role || strcmp(st->target.role, "dropdown") != 0) {
        /* "choose Express shipping": often a radio button, not a dropdown. */
        const char *e = json_string_value(json_object_get(res, "error"));
        snprintf(why, sizeof why, "%s", e ? e : "could not select it");
        rc = choose_value(r, st->value, why, o);
    } else {
        const char *e = json_string_value(json_object_get(res, "error"));
        snprintf(o->err, sizeof o->err, "%s", e ? e : "could not select it");
    }
    if (rc == 0 && !o->result) {
        const char *chosen = json_string_value(json_object_get(res, "selected"));
        if (!chosen) chosen = json_string_value(json_object_get(res, "option"));
        char *d = el ? describe_element(el) : xstrdup("the dropdown");
        o->result = xasprintf("selected \"%s\" in %s", chosen ? chosen : st->value, d);
        free(d);
    }
out:
    json_decref(res);
    json_decref(el);
    return rc;
}

/* Check or uncheck one element found by the agent, unless it is already
 * so; the box must say it changed. */
static int press_ref(run *r, json_t *res, outcome *o);

/* The box el, clicked, is still not as wanted: a dialog it opened asks
 * first ("Add it to your booking?"), and its button that agrees is
 * pressed (agent boxConfirm). 1 when one was pressed. */
static int box_confirmed(run *r, json_t *el, outcome *o)
{
    json_t *res = NULL;
    int yes = agent(r, "boxConfirm", json_pack("[{s:O}]", "ref", json_object_get(el, "ref")), &res,
                    o) == 0 &&
              json_object_get(res, "ref") && press_ref(r, res, o) == 0;
    json_decref(res);
    return yes;
}

/* the box's checked state now: 1, 0, or -1 when it says none */
static int box_state(run *r, json_t *el, outcome *o)
{
    json_t *now = NULL;
    int st = -1;
    if (agent(r, "element", json_pack("[O]", json_object_get(el, "ref")), &now, o) == 0 &&
        json_object_get(now, "checked"))
        st = json_is_true(json_object_get(now, "checked"));
    json_decref(now);
    return st;
}

static int set_checked(run *r, json_t *el, int want, outcome *o)
{
    int rc = 0;
    if (json_is_true(json_object_get(el, "checked")) != want) {
        rc = click_element(r, el, o);
        int st = rc == 0 ? box_state(r, el, o) : -1;
        if (st >= 0 && st != want && box_confirmed(r, el, o)) st = box_state(r, el, o);
        if (rc == 0 && st >= 0 && st != want) {
            snprintf(o->err, sizeof o->err, "clicking it did not %s it",
                     want ? "check" : "uncheck");
            rc = -1;
        }
    } else {
        json_decref(o->element);
        o->element = interacted(el);
    }
    return rc;
}

/* Most boxes "tick all the checkboxes" ticks. */
#define CHECK_ALL_MAX 100

/* "tick all", "uncheck every box": one box at a time, each found anew (a
 * page may redraw its list after each), until none is left to change. */
static int check_every(run *r, const step *st, outcome *o)
{
    int want = st->kind == STEP_CHECK, n = 0;
    target t = st->target;
    t.all = 0;
    t.state = want ? "unchecked" : "checked";
    for (; n < CHECK_ALL_MAX; n++) {
        json_t *el = NULL;
        if (agent(r, "locate", json_pack("[o]", target_json(&t, "check")), &el, o) != 0) break;
        int rc = set_checked(r, el, want, o);
        json_decref(el);
        if (rc != 0) return -1;
    }
    o->err[0] = '\0';
    if (n == 0) { /* none to change: say what is there, or that there is none */
        json_t *el = NULL;
        t.state = NULL;
        if (locate(r, &t, "check", &el, o) != 0) return -1;
        json_decref(el);
    }
    o->result = xasprintf("%s %d box%s", want ? "checked" : "unchecked", n, n == 1 ? "" : "es");
    return 0;
}

static int do_check(run *r, const step *st, outcome *o)
{
    int want = st->kind == STEP_CHECK, rc = 0;
    json_t *els = NULL, *el;
    if (st->target.all) return check_every(r, st, o);
    if (locate_all(r, &st->target, "check", &els, o) != 0) return -1;
    buf b = {0};
    size_t i;
    json_array_foreach(els, i, el)
    {
        if (rc != 0 || (rc = set_checked(r, el, want, o)) != 0) break;
        char *d = describe_element(el);
        buf_printf(&b, "%s%s", i ? ", " : want ? "checked " : "unchecked ", d);
        free(d);
    }
    if (rc == 0) o->result = buf_steal(&b);
    buf_free(&b);
    json_decref(els);
    return rc;
}

static int key_once(run *r, const step *st, outcome *o)
{
    if (page_key(r->pg, st->value, st->value2, run_time_left(r, CALL_MS), o->err, sizeof o->err) !=
            CDP_OK ||
        settle(r) != 0)
        return -1;
    free(o->result);
    o->result = st->value2 ? xasprintf("pressed %s+%s", st->value2, st->value)
                           : xasprintf("pressed %s", st->value);
    return 0;
}

static int do_key(run *r, const step *st, outcome *o)
{
    return st->until ? repeat_until(r, st, o, key_once) : key_once(r, st, o);
}

/* What the page says against a form just sent with the button el (an
 * error line that appeared, a field the browser stopped): -1 with it in
 * o->err after what, 0 when it says nothing (the form went, or the page moved on). */
static int form_refused(run *r, json_t *el, const char *what, outcome *o)
{
    json_t *res = NULL;
    int rc = 0;
    if (agent(r, "formError", json_pack("[O]", json_object_get(el, "ref")), &res, o) == 0 &&
        json_is_string(json_object_get(res, "error"))) {
        snprintf(o->err, sizeof o->err, "%s: %s", what,
                 json_string_value(json_object_get(res, "error")));
        rc = -1;
    }
    json_decref(res);
    if (rc == 0) o->err[0] = '\0';
    return rc;
}

/* "submit", "send it": the button a person would press for the focused
 * field (its form's submit, a chat box's button), pressed as a person
 * would; the form's own submission when there is none to press. */
static int do_submit(run *r, const step *st, outcome *o)
{
    json_t *res = NULL;
    if (agent_raw(r, "submitter", json_array(), &res, o) == 0 &&
        json_is_object(json_object_get(res, "el"))) {
        json_t *el = json_object_get(res, "el");
        if (json_is_true(json_object_get(res, "sent"))) { /* the step before sent it */
            char *d = describe_element(el);
            o->result = xasprintf("the step before sent the form with %s; nothing typed since", d);
            free(d);
            json_decref(res);
            return 0;
        }
        if (click_element(r, el, o) == 0) {
            if (form_refused(r, el, "the form was not sent", o) != 0) {
                json_decref(res);
                return -1;
            }
            char *d = describe_element(el);
            o->result = xasprintf("submitted with %s", d);
            o->element = interacted(el);
            r->form_sent = 1;
            free(d);
            json_decref(res);
            return 0;
        }
    }
    /* no form left, and the step before sent one ("fill in ... Then send
     * it", the filling pressed "Send suggestion" and the page moved on):
     * nothing is left to send */
    int gone =
        r->sent_before && !json_object_get(res, "el") &&
        !strcmp(json_string_value(json_object_get(res, "error")) ?: "", "no form on the page");
    json_decref(res);
    o->err[0] = '\0';
    if (gone) {
        o->result = xstrdup("the step before sent the form; nothing left to send");
        return 0;
    }
    if (st->target.text) return click_once(r, st, o); /* "send it": the Send button */
    if (agent(r, "submitForm", json_pack("[n]"), NULL, o) != 0 || settle(r) != 0) return -1;
    o->result = xstrdup("submitted the form");
    r->form_sent = 1;
    return 0;
}

/* What a search changes: the address, or the text a page that searches in
 * place shows (its results); Enter that changed neither is followed by the
 * page's own button. */
#define SEARCH_MARK "location.href + ' ' + (document.body ? document.body.innerText.length : 0)"

static int do_scroll(run *r, const step *st, outcome *o);

static int do_search(run *r, const step *st, outcome *o)
{
    json_t *box = NULL, *btn = NULL;
    if (st->value2 && navigate_to(r, st->value2, o) != 0) return -1;
    agent(r, "dismissOverlays", json_array(), NULL, o);
    o->err[0] = '\0';
    /* "search flights from Oslo to Rome on 2 May": the page's form whose
     * fields the words fill, rather than a site search box beside it */
    if (fills_form(r, st->clause, 0, o)) return interpret_clause(r, st->clause, o);
    json_t *found = NULL;
    if (agent_raw(r, "searchBox", json_array(), &found, o) != 0) return -1;
    json_t *opener = json_object_get(found, "opener");
    if (!json_is_true(json_object_get(found, "ok")) && json_is_object(opener)) {
        /* A search field hidden behind a button: open it, then look again. */
        json_incref(opener);
        json_decref(found);
        found = NULL;
        int rc = click_element(r, opener, o);
        json_decref(opener);
        if (rc != 0 || agent_raw(r, "searchBox", json_array(), &found, o) != 0) return -1;
    }
    if (!json_is_true(json_object_get(found, "ok"))) {
        const char *e = json_string_value(json_object_get(found, "error"));
        snprintf(o->err, sizeof o->err, "%s", e ? e : "no search box on the page");
        json_decref(found);
        /* "search flights from Oslo to Rome on 2 May": no search box, but a
         * form whose fields the words fill */
        if (st->clause && *st->clause) {
            char why[sizeof o->err];
            snprintf(why, sizeof why, "%s", o->err);
            if (interpret_clause(r, st->clause, o) == 0) return 0;
            /* "find Mei Lin and tell me her role", "find the story (it is
             * far down)": on a page with no search box the words are looked
             * for on the page itself, loading more of a list that grows;
             * the next step acts there */
            if (st->sub == SEARCH_FOUND) {
                step at = {.kind = STEP_SCROLL, .sub = SCROLL_TO};
                at.target.text = st->value;
                at.target.exact = st->target.exact;
                o->err[0] = '\0';
                if (do_scroll(r, &at, o) == 0) return 0;
            }
            size_t n = strlen(o->err);
            snprintf(o->err + n, sizeof o->err - n, "; and %s", why);
        }
        return -1;
    }
    box = found;
    /* "python jobs in Leeds": "python" in the box, Leeds in the form's
     * Where; the kind of thing listed left out of the words */
    json_t *split = NULL;
    const char *what = st->value;
    int rc = 0;
    if (agent(
            r, "searchSplit",
            json_pack("[{s:s, s:O}]", "query", st->value ?: "", "ref", json_object_get(box, "ref")),
            &split, o) == 0) {
        json_t *where = json_object_get(split, "where");
        const char *w = json_string_value(json_object_get(split, "what"));
        if (w && *w) what = w;
        if (json_is_object(where)) {
            json_t *field = NULL;
            if (agent(r, "element", json_pack("[O]", json_object_get(where, "ref")), &field, o) ==
                    0 &&
                type_into(r, field, json_string_value(json_object_get(where, "value")), o) == 0)
                run_log(r, "typed \"%s\" into the search's place field",
                        json_string_value(json_object_get(where, "value")));
            json_decref(field);
        }
    }
    o->err[0] = '\0';
    rc = type_into(r, box, what, o);
    json_decref(split);
    if (rc == 0) {
        /* Enter submits most search boxes; the page's own button is the
         * fallback when Enter changed nothing. */
        json_t *before = NULL, *after = NULL;
        page_eval(r->pg, SEARCH_MARK, run_time_left(r, CALL_MS), &before, NULL, 0);
        rc = page_key(r->pg, "Enter", NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) ==
                     CDP_OK
                 ? settle(r)
                 : -1;
        page_eval(r->pg, SEARCH_MARK, run_time_left(r, CALL_MS), &after, NULL, 0);
        if (rc == 0 && json_equal(before, after) &&
            agent(r, "searchButton", json_pack("[O]", json_object_get(box, "ref")), &btn, o) == 0)
            rc = click_element(r, btn, o);
        if (rc == 0) o->err[0] = '\0';
        json_decref(before);
        json_decref(after);
    }
    if (rc == 0) o->result = xasprintf("searched for \"%s\"", st->value);
    json_decref(btn);
    json_decref(box);
    return rc;
}

static int do_login(run *r, const step *st, outcome *o)
{
    json_t *f = NULL;
    agent(r, "dismissOverlays", json_array(), NULL, o);
    o->err[0] = '\0';
    if (agent(r, "loginFields", json_array(), &f, o) != 0) return -1;
    json_t *user = json_object_get(f, "user"), *pass = json_object_get(f, "password");
    json_t *submit = json_object_get(f, "submit");
    int rc = -1;
    if (!json_is_true(json_object_get(user, "ok")) || !json_is_true(json_object_get(pass, "ok")))
        snprintf(o->err, sizeof o->err, "no user name and password fields on the page");
    else if (type_into(r, user, st->value, o) == 0 && type_into(r, pass, st->value2, o) == 0)
        rc = json_is_true(json_object_get(submit, "ok"))
                 ? click_element(r, submit, o)
                 : (page_key(r->pg, "Enter", NULL, run_time_left(r, CALL_MS), o->err,
                             sizeof o->err) == CDP_OK
                        ? settle(r)
                        : -1);
    /* "Your username is invalid!" beside the form: no sign-in, which a
     * step after it would find out the hard way; "try logging in as ..."
     * expects that it may be refused, and reads why */
    if (rc == 0 && json_is_true(json_object_get(submit, "ok")) &&
        form_refused(r, submit, "the sign-in was refused", o) != 0) {
        if (st->clause && (strcasestr(st->clause, "try") || strcasestr(st->clause, "attempt"))) {
            run_log(r, "%s", o->err);
            o->err[0] = '\0';
        } else {
            rc = -1;
        }
    }
    /* Never the password: results and logs are read by many. */
    if (rc == 0) o->result = xasprintf("logged in as \"%s\"", st->value);
    json_decref(f);
    return rc;
}

/* Most rounds of scrolling on for more to load. */
#define SCROLL_ROUNDS 30

static int sleep_bounded(run *r, int ms, outcome *o);

/* "scroll until the end": to the bottom again and again while the page
 * grows (an endless feed stops at SCROLL_ROUNDS). */
static int scroll_to_end(run *r, outcome *o)
{
    int rounds = 0, y = 0, still = 0;
    for (; rounds < SCROLL_ROUNDS && still < 2; rounds++) {
        json_t *res = NULL;
        if (agent(r, "scroll", json_pack("[{s:s}]", "kind", "bottom"), &res, o) != 0) return -1;
        int moved = json_is_true(json_object_get(res, "moved"));
        y = (int)json_number_value(json_object_get(res, "y"));
        json_decref(res);
        if (settle(r) != 0) return -1;
        /* the page may still be fetching what the last scroll asked for:
         * the end is two rounds without growth, a moment apart */
        still = moved ? 0 : still + 1;
        if (still == 1 && sleep_bounded(r, 400, o) != 0) return -1;
        if (run_stopped(r) != ABORT_NONE) break;
    }
    o->result = xasprintf("scrolled to the end (%d rounds, now at %d px)", rounds, y);
    return 0;
}

static int do_scroll(run *r, const step *st, outcome *o)
{
    static const char *const kinds[] = {[SCROLL_DOWN] = "down",
                                        [SCROLL_UP] = "up",
                                        [SCROLL_BOTTOM] = "bottom",
                                        [SCROLL_TOP] = "top"};
    json_t *res = NULL;
    if (st->sub == SCROLL_BOTTOM && st->amount < 0) return scroll_to_end(r, o);
    if (st->sub == SCROLL_TO) {
        int rc, still = 0;
        /* "keep scrolling until at least 30 stories are loaded" */
        if (load_clause(r, st->clause, 0, o, &rc)) return rc;
        /* "the story about robot lawnmowers": what it is about */
        target t = st->target;
        if (t.text && !strncasecmp(t.text, "about ", 6) && t.text[6]) t.text += 6;
        /* "to the bottom until it says you're all caught up": what it says */
        static const char *const says[] = {"it says ",  "it shows ", "you see ",
                                           "there is ", "i see ",    NULL};
        const char *u = t.text ? strcasestr(t.text, "until ") : NULL;
        if (u && u[6]) {
            t.text = (char *)u + 6;
            for (int k = 0; says[k]; k++)
                if (!strncasecmp(t.text, says[k], strlen(says[k])) && t.text[strlen(says[k])])
                    t.text += strlen(says[k]);
        }
        /* a list that loads as one scrolls, or by its Show more: load on
         * until it shows (two rounds that add nothing end it) */
        for (int k = 0;; k++) {
            if (agent(r, "locate", json_pack("[o]", target_json(&t, "scroll")), &res, o) == 0)
                break;
            int grew = k < SCROLL_ROUNDS ? load_round(r, o) : 0;
            still = grew > 0 ? 0 : still + 1;
            o->err[0] = '\0';
            if (grew < 0 || still >= 2) { /* the last look, with its wait and reveals */
                if (locate(r, &t, "scroll", &res, o) == 0) break;
                size_t n = strlen(o->err);
                snprintf(o->err + n, sizeof o->err - n, " (nothing more loads)");
                return -1;
            }
        }
        char *d = describe_element(res);
        o->result = xasprintf("scrolled to %s", d);
        o->element = interacted(res);
        free(d);
    } else {
        if (agent(r, "scroll",
                  json_pack("[{s:s, s:i}]", "kind", kinds[st->sub], "amount", st->amount), &res,
                  o) != 0)
            return -1;
        o->result = xasprintf("scrolled %s (now at %d px)", kinds[st->sub],
                              (int)json_number_value(json_object_get(res, "y")));
    }
    json_decref(res);
    return settle(r);
}

/* Sleep in short slices so cancel and timeouts still stop the task. */
static int sleep_bounded(run *r, int ms, outcome *o)
{
    int64_t until = util_mono_ms() + ms;
    while (util_mono_ms() < until) {
        if (run_stopped(r) != ABORT_NONE) {
            snprintf(o->err, sizeof o->err, "aborted");
            return -1;
        }
        int64_t left = until - util_mono_ms();
        util_sleep_ms(left < 100 ? left : 100);
    }
    return 0;
}

/* "wait until the spinner is gone": until what the words name no longer
 * shows, within the words' limit (else the task's). */
static int wait_gone(run *r, const step *st, outcome *o)
{
    int64_t t0 = util_mono_ms(), until = st->amount > 0 ? t0 + st->amount : INT64_MAX;
    for (int seen = 0;; seen = 1) {
        json_t *v = NULL;
        if (agent(
                r, "stillShown",
                json_pack("[{s:s, s:b}]", "text", st->target.text ?: "", "exact", st->target.exact),
                &v, o) != 0)
            return -1;
        int shown = json_is_true(json_object_get(v, "shown"));
        json_decref(v);
        if (!shown) {
            o->result = seen ? xasprintf("\"%s\" was gone after %.1f s", st->target.text,
                                         (double)(util_mono_ms() - t0) / 1000.0)
                             : xasprintf("\"%s\" was not showing", st->target.text);
            return 0;
        }
        if (run_time_left(r, 300) < 300 || util_mono_ms() >= until) {
            if (util_mono_ms() >= until)
                snprintf(o->err, sizeof o->err, "\"%s\" still shows after %.1f s", st->target.text,
                         st->amount / 1000.0);
            else
                snprintf(o->err, sizeof o->err, "\"%s\" still shows", st->target.text);
            return -1;
        }
        int64_t left = until - util_mono_ms();
        if (sleep_bounded(r, left < 250 ? (int)left : 250, o) != 0) return -1;
    }
}

static int do_wait(run *r, const step *st, outcome *o)
{
    if (st->sub == WAIT_GONE) return wait_gone(r, st, o);
    if (st->sub == WAIT_TIME) {
        int ms = run_time_left(r, st->amount);
        if (sleep_bounded(r, ms, o) != 0) return -1;
        o->result = xasprintf("waited %.1f s", ms / 1000.0);
        return 0;
    }
    if (st->sub == WAIT_LOAD) {
        int limit = st->amount > 0 ? st->amount : r->env->cfg->nav_timeout * 1000;
        if (page_settle(r->pg, run_time_left(r, limit), run_time_left(r, SETTLE_QUIET_MS)) !=
            CDP_OK)
            return -1;
        o->result = xstrdup("the page has loaded");
        return 0;
    }
    /* "wait up to 5 s for the results": the words' limit, else the task's */
    int64_t t0 = util_mono_ms(), until = st->amount > 0 ? t0 + st->amount : INT64_MAX;
    for (;;) {
        json_t *v = NULL;
        if (agent(r, "findText", json_pack("[s, b]", st->target.text, st->target.exact), &v, o) ==
                0 &&
            json_is_true(json_object_get(v, "visible"))) {
            json_decref(v);
            o->result = xasprintf("\"%s\" appeared after %.1f s", st->target.text,
                                  (double)(util_mono_ms() - t0) / 1000.0);
            return 0;
        }
        json_decref(v);
        if (run_time_left(r, 300) < 300 || util_mono_ms() >= until) {
            if (util_mono_ms() >= until)
                snprintf(o->err, sizeof o->err, "\"%s\" did not appear within %.1f s",
                         st->target.text, st->amount / 1000.0);
            else
                snprintf(o->err, sizeof o->err, "\"%s\" did not appear", st->target.text);
            return -1;
        }
        int64_t left = until - util_mono_ms();
        if (sleep_bounded(r, left < 250 ? (int)left : 250, o) != 0) return -1;
    }
}

static int extract_eval(run *r, const char *expr, outcome *o)
{
    json_t *v = NULL;
    if (page_eval(r->pg, expr, run_time_left(r, CALL_MS), &v, o->err, sizeof o->err) != CDP_OK)
        return -1;
    o->result = xstrdup(json_is_string(v) ? json_string_value(v) : "");
    json_decref(v);
    return 0;
}

/* Most rounds of loading more for a question about a thing not shown yet. */
#define ANSWER_LOADS 12

static int ask_page(run *r, const step *st, outcome *o);

/* Least items of a list that loads as one scrolls, with no control to
 * load more, for a question to scroll it: a short page is not scrolled.
 * A page that goes on below the window is, from LIST_ITEMS (a grid that
 * loads six cards at a time as the window nears its end). */
#define FEED_ITEMS 8
#define LIST_ITEMS 3

/* Whether the page offers more to load: a Load more control, or a long
 * list (looked at without scrolling). */
static int load_offered(run *r, outcome *o)
{
    json_t *m = NULL;
    long items = 0, all = 0;
    if (agent(r, "moreControl", json_pack("[{s:b}]", "probe", 1), &m, o) != 0)
        return o->err[0] = '\0', 0;
    size_of(json_object_get(m, "size"), &items, &all);
    json_t *size = json_object_get(m, "size");
    int offers = json_is_true(json_object_get(m, "found")) || items >= FEED_ITEMS ||
                 (items >= LIST_ITEMS && json_is_true(json_object_get(size, "below")));
    json_decref(m);
    return offers;
}

/* Whether the question names things the page does not hold yet, on a page
 * that offers more. */
static int subject_missing(run *r, const char *question, outcome *o)
{
    if (!load_offered(r, o)) return 0;
    json_t *v = NULL;
    int yes = agent(r, "missingSubject", json_pack("[{s:s}]", "question", question), &v, o) == 0 &&
              json_array_size(json_object_get(v, "missing")) > 0;
    json_decref(v);
    o->err[0] = '\0';
    return yes;
}

/* Load more while the page grows and the question (or the clause of a
 * reading) names what it does not hold yet: "the Shell payment on 8
 * March" on a list that shows April. The rounds loaded. */
static int load_for(run *r, const char *question, outcome *o)
{
    int grew = 0;
    for (int k = 0; question && k < ANSWER_LOADS && subject_missing(r, question, o); k++) {
        if (load_round(r, o) <= 0) break;
        grew++;
    }
    o->err[0] = '\0';
    if (grew)
        run_log(r, "loaded more %d time%s: the words name what was not shown", grew,
                grew == 1 ? "" : "s");
    return grew;
}

/* Most tabs a question opens before it is answered (a day, then a stage). */
#define ANSWER_TABS 3

/* The tabs the question names and the page does not show ("who plays on
 * the Forest stage on Saturday?"), opened in page order, as a person
 * would before reading the panel. */
static void open_named_tabs(run *r, const char *words, int panels, outcome *o)
{
    for (int k = 0; k < ANSWER_TABS && run_stopped(r) == ABORT_NONE; k++) {
        json_t *t = NULL;
        /* panels: a tab whose hidden panel says the words ("I'm a student":
         * Concessions), for what a person says of themselves */
        if (agent(r, "tabNamed", json_pack("[{s:s, s:b}]", "question", words, "panels", panels), &t,
                  o) != 0 ||
            !json_is_true(json_object_get(t, "found")) || press_element(r, t, 0, o) != 0) {
            json_decref(t);
            break;
        }
        run_log(r, "opened the \"%s\" tab %s", json_string_value(json_object_get(t, "text")) ?: "?",
                json_is_true(json_object_get(t, "panel")) ? "whose panel says the words"
                                                          : "the words name");
        json_decref(t);
    }
    json_decref(o->element);
    o->element = NULL;
    o->err[0] = '\0';
}

/* A question is asked of the panel it names (its tabs opened first) and
 * of a list loaded far enough to hold what it names ("how much was the
 * Shell payment on 8 March?" on a list that shows April: its Load older,
 * or scrolling, while the list grows and the names are not all there).
 * A question the page still cannot answer is asked again after each
 * further round of loading more, at most ANSWER_LOADS rounds; the first
 * refusal stands when nothing more loads. */
static int answer_question(run *r, const step *st, outcome *o)
{
    int rc, grew;
    open_named_tabs(r, st->value ?: "", 0, o);
    grew = load_for(r, st->value ?: "", o);
    rc = ask_page(r, st, o);
    if (rc == 0 || run_stopped(r) != ABORT_NONE) return rc;
    char why[sizeof o->err];
    snprintf(why, sizeof why, "%s", o->err);
    int offers = load_offered(r, o);
    for (int k = 0; offers && k < ANSWER_LOADS && rc != 0 && run_stopped(r) == ABORT_NONE; k++) {
        o->err[0] = '\0';
        if (load_round(r, o) <= 0) break;
        grew++;
        rc = ask_page(r, st, o);
    }
    if (rc == 0 && grew)
        run_log(r, "loaded more %d time%s to answer it", grew, grew == 1 ? "" : "s");
    if (rc != 0) {
        snprintf(o->err, sizeof o->err, "%s", why);
        if (grew) {
            size_t n = strlen(o->err);
            snprintf(o->err + n, sizeof o->err - n, " (after loading more %d times)", grew);
        }
    }
    return rc;
}

/* "how much was the Acme payment?": the agent finds the thing the question
 * names and reads the value of the kind it asks for; the step's result is
 * that text. A page still rendering may answer a moment later. */
static int ask_page(run *r, const step *st, outcome *o)
{
    int64_t until = util_mono_ms() + run_time_left(r, LOCATE_WAIT_MS);
    json_t *q =
        json_pack("{s:s, s:o}", "question", st->value ? st->value : "", "target",
                  target_named(&st->target) ? target_json(&st->target, "read") : json_null());
    json_t *res = NULL;
    int rc, reveals = 0;
    int64_t loading = 0;
    for (;;) {
        json_t *v = NULL;
        o->err[0] = '\0';
        if (agent_raw(r, "answer", json_pack("[O]", q), &v, o) != 0) {
            rc = -1;
            break;
        }
        if (!refused(v, o)) {
            res = v;
            rc = 0;
            break;
        }
        int missing = json_is_true(json_object_get(v, "missing"));
        /* the thing asked about is in a closed tab, accordion or folder:
         * open it as locate does, then ask again */
        int again = reveal_again(r, v, &reveals, o);
        json_decref(v);
        rc = -1;
        if (again) continue;
        if (missing || (!look_again(r, until, o) && !wait_loading(r, &loading, o))) break;
    }
    json_decref(q);
    if (rc == 0) {
        json_t *t = json_object_get(res, "text");
        const char *how = json_string_value(json_object_get(res, "how"));
        o->result = json_is_string(t) ? xstrdup(json_string_value(t))
                                      : json_dumps(t, JSON_COMPACT | JSON_ENCODE_ANY);
        if (!o->result) o->result = xstrdup("");
        run_log(r, "answered \"%.200s\" (%s)", o->result, how ? how : "read from the page");
    }
    json_decref(res);
    return rc;
}

/* "read what the Notifications tab shows": the panel of the tab, not its
 * label. 1 when read (o->result set), 0 when the target is no such tab. */
static int read_tab_panel(run *r, const step *st, outcome *o)
{
    json_t *el = NULL, *p = NULL;
    if (!st->target.role || strcmp(st->target.role, "tab") != 0 || st->fields) return 0;
    int ok = locate(r, &st->target, "read", &el, o) == 0 &&
             agent(r, "tabPanel", json_pack("[O]", json_object_get(el, "ref")), &p, o) == 0 &&
             json_is_string(json_object_get(p, "text"));
    if (ok) {
        o->result = xstrdup(json_string_value(json_object_get(p, "text")));
        run_log(r, "read the panel the tab shows");
    }
    o->err[0] = '\0';
    json_decref(el);
    json_decref(p);
    return ok;
}

static int do_extract(run *r, const step *st, outcome *o)
{
    static const char *const kinds[] = {
        [EXTRACT_TEXT] = "text", [EXTRACT_LINKS] = "links", [EXTRACT_TABLE] = "table",
        [EXTRACT_LIST] = "list", [EXTRACT_PRICE] = "price", [EXTRACT_COUNT] = "count"};
    int rc;
    /* "who wrote the story about robot lawnmowers?" on a feed that shows
     * its first stories: what the words name is loaded first */
    if ((st->sub == EXTRACT_TEXT || st->sub == EXTRACT_PRICE) && target_named(&st->target))
        load_for(r, st->clause, o);
    /* "how many places are left in Saturday's kids climb?": a count of a
     * thing named is a number the page says of it (a Places column, under
     * the Saturday tab) before it is a count of elements */
    step asked = {.kind = STEP_EXTRACT, .sub = EXTRACT_ANSWER, .value = st->clause};
    int said = 0;
    if (st->sub == EXTRACT_COUNT && st->value && st->clause && run_stopped(r) == ABORT_NONE) {
        open_named_tabs(r, st->clause, 0, o); /* under the Saturday tab; no loading more */
        said = ask_page(r, &asked, o) == 0;
    }
    if (!said) free(o->result), o->result = NULL, o->err[0] = '\0';
    if (said)
        rc = 0;
    else if (st->sub == EXTRACT_TEXT && read_tab_panel(r, st, o))
        rc = 0;
    else if (st->sub == EXTRACT_TITLE)
        rc = extract_eval(r, "document.title", o);
    else if (st->sub == EXTRACT_ANSWER)
        rc = answer_question(r, st, o);
    else if (st->sub == EXTRACT_SHAPE)
        return shape_run(r, st, o);
    else if (st->sub == EXTRACT_URL)
        rc = extract_eval(r, "location.href", o);
    else {
        json_t *fields = json_array(), *res = NULL;
        for (char **f = st->fields; f && *f; f++)
            json_array_append_new(fields, json_string(*f));
        int has_target = target_named(&st->target);
        /* the clause as written: a question the rules split into a target
         * ("the order number from the success message") is read whole */
        json_t *q = json_pack("{s:s, s:o, s:o, s:s?, s:s?}", "kind", kinds[st->sub], "target",
                              has_target ? target_json(&st->target, "read") : json_null(), "fields",
                              fields, "qualifier", st->value, "clause", st->clause);
        /* a page still rendering: what is asked for may come a moment
         * later; a message the page showed before the last action: the
         * action's own may (then the old one it is) */
        int64_t start = util_mono_ms(), until = start + run_time_left(r, LOCATE_WAIT_MS);
        int reveals = 0;
        for (;;) {
            json_incref(q);
            rc = agent_raw(r, "extract", json_pack("[o]", q), &res, o);
            if (rc == 0 && refused(res, o)) {
                /* what is asked is in another view (a closed tab, a
                 * switcher's other choice, the item's own page): open it
                 * and read again */
                int again = reveal_again(r, res, &reveals, o);
                json_decref(res);
                res = NULL;
                rc = -1;
                if (again) { /* the new view gets its own wait */
                    until = util_mono_ms() + run_time_left(r, LOCATE_WAIT_MS);
                    o->err[0] = '\0';
                    continue;
                }
            }
            json_t *v = rc == 0 ? json_object_get(res, "value") : NULL;
            int empty = rc != 0 || (json_is_array(v) && json_array_size(v) == 0) ||
                        (reveals && json_is_null(v)) ||
                        (json_is_true(json_object_get(res, "stale")) &&
                         util_mono_ms() < start + UNTIL_WAIT_MS);
            if (!empty || !look_again(r, until, o)) break;
            json_decref(res);
            res = NULL;
        }
        json_decref(q);
        if (rc == 0) {
            json_t *v = json_object_get(res, "value");
            /* Text stays text; structures become JSON text (the contract's
             * result is a string). */
            o->result = json_is_string(v) ? xstrdup(json_string_value(v))
                                          : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        }
        json_decref(res);
    }
    if (rc == 0) {
        free(r->extracted);
        r->extracted = xstrdup(o->result ? o->result : "");
    }
    return rc;
}

static int do_screenshot(run *r, const step *st, outcome *o)
{
    json_t *el = NULL;
    double box[4];
    const double *clip = NULL;
    if (st->target.text || st->target.role) {
        if (locate(r, &st->target, "read", &el, o) != 0) return -1;
        json_t *b = json_object_get(el, "box");
        box[0] = json_number_value(json_object_get(b, "x"));
        box[1] = json_number_value(json_object_get(b, "y"));
        box[2] = json_number_value(json_object_get(b, "width"));
        box[3] = json_number_value(json_object_get(b, "height"));
        clip = box;
    }
    int rc = page_screenshot(r->pg, st->sub == 1, clip, run_time_left(r, 30000), &o->png,
                             &o->png_len, o->err, sizeof o->err) == CDP_OK
                 ? 0
                 : -1;
    if (rc == 0) {
        char *d = el ? describe_element(el) : xstrdup(st->sub == 1 ? "the whole page" : "the page");
        o->result = xasprintf("took a screenshot of %s (%zu bytes)", d, o->png_len);
        if (el) o->element = interacted(el);
        free(d);
    }
    json_decref(el);
    return rc;
}

/* A yes for a checkbox in a form: "newsletter yes", "terms: checked". */
static int truthy(const char *v)
{
    static const char *const no[] = {"no", "false", "off",  "unchecked", "unticked",
                                     "0",  "n",     "none", "uncheck",   NULL};
    for (int k = 0; no[k]; k++)
        if (!strcasecmp(v, no[k])) return 0;
    return 1;
}

/* One field of a form plan: its kind says how its value goes in. */
static int fill_field(run *r, json_t *f, outcome *o, buf *said)
{
    const char *kind = json_string_value(json_object_get(f, "kind"));
    const char *value = json_string_value(json_object_get(f, "value"));
    const char *label = json_string_value(json_object_get(f, "label"));
    json_t *el = NULL, *res = NULL;
    int rc = -1;
    char *now = NULL;
    if (!kind || !value ||
        agent(r, "element", json_pack("[O]", json_object_get(f, "ref")), &el, o) != 0)
        return -1;
    if (!strcmp(kind, "check")) {
        rc = set_checked(r, el, truthy(value), o);
    } else if (!strcmp(kind, "radio")) {
        rc = set_checked(r, el, 1, o);
    } else if (!strcmp(kind, "select")) {
        if (agent_raw(r, "selectOption", json_pack("[O, s]", json_object_get(el, "ref"), value),
                      &res, o) == 0) {
            if (json_is_true(json_object_get(res, "ok")))
                rc = settle(r);
            else if (json_is_true(json_object_get(res, "needClick")))
                rc = pick_by_clicks(r, el, value, o);
            else {
                const char *e = json_string_value(json_object_get(res, "error"));
                snprintf(o->err, sizeof o->err, "%s", e ? e : "could not select it");
            }
        }
    } else {
        rc = put_value(r, el, value, o, &now);
    }
    if (rc == 0) {
        buf_printf(said, "%s%s ", said->len ? ", " : "",
                   label ? label : "a field without a label:");
        if (planner_secret(label))
            buf_puts(said, "***");
        else
            buf_printf(said, "\"%s\"", now && *now ? now : value);
    } else {
        size_t n = strlen(o->err);
        snprintf(o->err + n, sizeof o->err - n, " (field \"%s\")", label ? label : "?");
    }
    free(now);
    json_decref(res);
    json_decref(el);
    return rc;
}

/* "register with name Ada, email a@b.c, role Admin": every field by its
 * label, each control once, then the button the verb names (or the form's
 * own submit). */
static int do_fill(run *r, const step *st, outcome *o)
{
    json_t *pairs = json_array(), *fp = NULL, *f;
    for (int k = 0; st->fields && st->fields[k] && st->values && st->values[k]; k++)
        json_array_append_new(
            pairs, json_pack("{s:s, s:s}", "label", st->fields[k], "value", st->values[k]));
    int64_t until = util_mono_ms() + run_time_left(r, LOCATE_WAIT_MS);
    agent(r, "dismissOverlays", json_array(), NULL, o);
    for (;;) {
        json_incref(pairs);
        o->err[0] = '\0';
        if (agent(r, "fillPlan", json_pack("[o]", pairs), &fp, o) == 0) break;
        if (!look_again(r, until, o)) {
            json_decref(pairs);
            return -1;
        }
    }
    json_decref(pairs);
    buf said = {0};
    size_t i;
    int rc = 0;
    json_array_foreach(json_object_get(fp, "fields"), i, f)
    {
        if ((rc = fill_field(r, f, o, &said)) != 0) break;
    }
    json_t *last = json_array_get(json_object_get(fp, "fields"),
                                  json_array_size(json_object_get(fp, "fields")) - 1);
    if (rc == 0 && st->value) {
        json_t *btn = NULL;
        target t = {.text = st->value, .role = "button"};
        if (locate(r, &t, "click", &btn, o) == 0) {
            rc = click_element(r, btn, o);
        } else if (last) { /* no such button: the form's own submit */
            o->err[0] = '\0';
            rc =
                agent(r, "submitForm", json_pack("[O]", json_object_get(last, "ref")), NULL, o) == 0
                    ? settle(r)
                    : -1;
        }
        json_decref(btn);
        if (rc == 0) buf_printf(&said, "; then %s", st->value);
    }
    if (rc == 0) o->result = xasprintf("filled in %s", said.s ? said.s : "nothing");
    buf_free(&said);
    json_decref(fp);
    return rc;
}

/* Most rounds of a clause read against the page: the agent may act, then
 * look again (a folder opened before the file in it, "Load more" until
 * the item shows, a form opened before its fields are filled). */
#define DO_ROUNDS 16

/* One action the agent chose, {act, ref, value?, label?, why}, made with
 * the input paths of the steps of its kind; what it did goes into said.
 * 1 when a click moved the task to a tab it opened. */
static int do_action(run *r, json_t *a, outcome *o, buf *said)
{
    const char *act = json_string_value(json_object_get(a, "act"));
    const char *value = json_string_value(json_object_get(a, "value"));
    json_t *ref = json_object_get(a, "ref"), *el = NULL;
    buf b = {0};
    int rc = -1, moved = 0;
    if (!act) {
        snprintf(o->err, sizeof o->err, "the page model named no action");
        return -1;
    }
    if (!strcmp(act, "press")) {
        const char *key = value ? value : "Enter";
        rc = page_key(r->pg, key, NULL, run_time_left(r, CALL_MS), o->err, sizeof o->err) == CDP_OK
                 ? settle(r)
                 : -1;
        buf_printf(&b, "pressed %s", key);
    } else if (!strcmp(act, "back") || !strcmp(act, "forward") || !strcmp(act, "reload")) {
        step h = {.kind = *act == 'b' ? STEP_BACK : *act == 'f' ? STEP_FORWARD : STEP_RELOAD};
        rc = do_history(r, &h, o);
        buf_puts(&b, o->result ? o->result : act);
        free(o->result);
        o->result = NULL;
    } else if (!strcmp(act, "type") || !strcmp(act, "select")) {
        json_t *f =
            json_pack("{s:s, s:s, s:O?, s:O}", "kind", *act == 't' ? "text" : "select", "value",
                      value ? value : "", "label", json_object_get(a, "label"), "ref", ref);
        rc = fill_field(r, f, o, &b);
        json_decref(f);
    } else if (!strcmp(act, "hover")) { /* controls an item shows on hover */
        double x, y;
        if (agent(r, "element", json_pack("[O]", ref), &el, o) == 0 && center(el, &x, &y) == 0 &&
            page_hover(r->pg, x, y, run_time_left(r, CALL_MS), o->err, sizeof o->err) == CDP_OK)
            rc = settle(r);
        buf_puts(&b, "hovered over the item");
    } else if (agent(r, "element", json_pack("[O]", ref), &el, o) == 0) {
        int check = !strcmp(act, "check"), uncheck = !strcmp(act, "uncheck");
        int twice = !strcmp(act, "dblclick"); /* an entry edited in place */
        char *before = check || uncheck ? NULL : page_mark(r);
        rc = check || uncheck ? set_checked(r, el, check, o)
                              : press_element(r, el, twice ? CLICK_DOUBLE : CLICK_SINGLE, o);
        char *d = describe_element(el);
        buf_printf(&b, "%s %s",
                   check     ? "checked"
                   : uncheck ? "unchecked"
                   : twice   ? "double-clicked"
                             : "clicked",
                   d);
        free(d);
        if (rc == 0 && !check && !uncheck) { /* "open the churn report": its tab */
            rc = follow_tab(r, o, before);
            if (o->result) buf_printf(&b, "%s", strchr(o->result, ';') ?: "");
            moved = rc == 0 && o->result && strstr(o->result, "opened a new tab");
            free(o->result);
            o->result = NULL;
            /* a form sent: what the page says against it fails the step
             * ("Choose both airports from the list"), never a silent half;
             * said and logged only when a later step acts (sends too soon,
             * "request ... for Ana, tick the policy and submit") */
            if (rc == 0 && json_is_true(json_object_get(a, "sends"))) r->form_sent = 1;
            if (rc == 0 && !moved && json_is_true(json_object_get(a, "sends")) &&
                form_refused(r, el, "the form was not sent", o) != 0) {
                if (r->acts_later) {
                    run_log(r, "%s; the steps after may change that", o->err);
                    buf_printf(&b, " (%s)", o->err);
                    o->err[0] = '\0';
                } else {
                    rc = -1;
                }
            }
        }
        free(before);
    }
    json_decref(el);
    const char *why = json_string_value(json_object_get(a, "why"));
    if (rc == 0) {
        buf_printf(said, "%s%s", said->len ? "; " : "", b.s ? b.s : act);
        run_log(r, "%s%s%s", b.s ? b.s : act, why ? ": " : "", why ? why : "");
    } else if (why) {
        size_t n = strlen(o->err);
        snprintf(o->err + n, sizeof o->err - n, " (%s)", why);
    }
    buf_free(&b);
    return rc == 0 && moved ? 1 : rc;
}

/* When the page's document began (performance.timeOrigin): another
 * value after a click means the click loaded a new document, not only
 * redrew this one. 0 when it cannot be read. */
static double doc_origin(run *r)
{
    json_t *v = NULL;
    double t = 0;
    if (page_eval(r->pg, "performance.timeOrigin", run_time_left(r, CALL_MS), &v, NULL, 0) ==
        CDP_OK)
        t = json_number_value(v);
    json_decref(v);
    return t;
}

/* The words were done by the last round's click or key when it loaded a
 * new document (origin: before the round's actions; 0 when that round's
 * actions were not the words' own, the agent's "final") on which nothing
 * fits them any more: "book the service" clicked "Book service" and the
 * form's reply page shows. The agent asks once more after an item's
 * control to see the click took; on the reply page it finds nothing, and
 * that is not a failure of the words. Not after a click on the way (a
 * tab, an item's own page to act there): the words are still to do.
 * Said in the step's result. */
static int moved_on(run *r, double origin, const json_t *last, outcome *o, buf *said)
{
    const char *act = json_string_value(json_object_get(last, "act"));
    if (origin <= 0 || !act || (strcmp(act, "click") != 0 && strcmp(act, "press") != 0) ||
        !strstr(o->err, "nothing on the page fits"))
        return 0;
    double now = doc_origin(r);
    if (now <= 0 || now == origin) return 0;
    char *url = page_href(r);
    run_log(r, "the %s loaded %s, where nothing fits the words: they are done", act,
            url ? url : "another page");
    buf_printf(said, "%sthen the page moved on to %s", said->len ? "; " : "",
               url ? url : "another page");
    free(url);
    o->err[0] = '\0';
    return 1;
}

/* A clause no intent reads ("name Ada Park, email ada@x.io", "flights from
 * Oslo to Rome on 2 May 2026", "mark the Acme deal as won"): the agent
 * (interpret) reads it against the page and says what to do, a round at a
 * time while it asks to look again; it fails with the closest candidates
 * when nothing on the page fits the words well. */
static int interpret_clause(run *r, const char *clause, outcome *o)
{
    json_t *done = json_array(), *last = NULL; /* the actions made, the last of them */
    buf said = {0};
    int rc = 0, round = 0, again = 1, regone = 0, fresh = 0;
    double origin = 0; /* the document's before the last round's actions */
    /* a banner or dialog in the way goes, unless the words are about it
     * ("refuse the optional cookies") */
    static const char *const about[] = {"cookie", "consent", "banner", "popup",   "pop-up",
                                        "dialog", "modal",   "notice", "privacy", NULL};
    int keep = 0;
    for (int k = 0; about[k]; k++)
        keep |= strcasestr(clause, about[k]) != NULL;
    if (!keep) agent(r, "dismissOverlays", json_array(), NULL, o);
    for (; again && rc == 0 && round < DO_ROUNDS; round++) {
        json_t *res = NULL;
        int64_t until = util_mono_ms() + run_time_left(r, LOCATE_WAIT_MS);
        for (;;) { /* a page still rendering may fit the words a moment later */
            o->err[0] = '\0';
            /* later: a later step of the plan acts, so words with no verb
             * that fill a search form leave its sending to it */
            if (agent(r, "interpret",
                      json_pack("[{s:s, s:i, s:O, s:b}]", "clause", clause, "round", round, "done",
                                done, "later", r->acts_later),
                      &res, o) == 0)
                break;
            /* a page the last round loaded that the reading under way does
             * not fit: the words read afresh there, as a step that began on
             * it; the first error stands when they fit no better */
            if (round > 0 && fresh) {
                char first[sizeof o->err];
                snprintf(first, sizeof first, "%s", o->err);
                fresh = 0;
                if (agent(r, "interpret",
                          json_pack("[{s:s, s:i, s:[], s:b}]", "clause", clause, "round", 0, "done",
                                    "later", r->acts_later),
                          &res, o) == 0)
                    break;
                snprintf(o->err, sizeof o->err, "%s", first);
            }
            if (round > 0 && moved_on(r, origin, last, o, &said)) {
                again = 0;
                break;
            }
            if (round > 0 || !look_again(r, until, o)) {
                rc = -1;
                break;
            }
        }
        if (rc != 0 || !again) break;
        json_t *acts = json_object_get(res, "actions"), *a;
        size_t i;
        int gone = 0;
        int moved = 0;
        double before = json_array_size(acts) ? doc_origin(r) : 0;
        if (json_array_size(acts))
            origin = json_is_true(json_object_get(res, "final")) ? before : 0;
        json_array_foreach(acts, i, a)
        {
            if ((rc = do_action(r, a, o, &said)) == 1) { /* on a new tab now */
                rc = 0;
                moved = 1;
                break;
            }
            if (rc != 0) {
                /* the page redrew under the action (a list that loaded,
                 * a button it removed): look again, a few times at most */
                gone = !strncmp(o->err, "the element is gone", 19) && regone++ < 3;
                break;
            }
            json_array_append(done, a);
            json_decref(last);
            last = json_incref(a);
        }
        /* a new document: the actions done name elements of the one before
         * (their refs mean other elements here) */
        double after = before > 0 ? doc_origin(r) : 0; /* 0: not read, no news */
        fresh = after > 0 && after != before;
        if (fresh) json_array_clear(done);
        /* a click that opened a tab did what the words asked: the new
         * tab is another page, not the next round's, unless the click
         * opened an item's own page to act there (onward) */
        again = (!moved || json_is_true(json_object_get(res, "onward"))) &&
                json_is_true(json_object_get(res, "again"));
        if (gone) {
            run_log(r, "the page changed under \"%.200s\": looking again", clause);
            o->err[0] = '\0';
            again = 1;
            rc = sleep_bounded(r, 300, o);
        }
        if (rc == 0 && again && json_array_size(acts) == 0) /* waiting for the page */
            rc = sleep_bounded(r, 300, o);
        if (rc == 0 && !again && json_array_size(acts) == 0) { /* what the last look saw */
            const char *why = json_string_value(json_object_get(res, "why"));
            if (said.len)
                buf_printf(&said, "; then %s", why ? why : "done");
            else
                buf_printf(&said, "nothing to do: %s",
                           why ? why : "the page already fits the words");
        }
        json_decref(res);
    }
    if (rc == 0 && again) {
        snprintf(o->err, sizeof o->err, "\"%.200s\" was not done after %d rounds", clause,
                 DO_ROUNDS);
        rc = -1;
    }
    if (rc == 0) o->result = buf_steal(&said);
    buf_free(&said);
    json_decref(done);
    json_decref(last);
    return rc;
}

static int do_do(run *r, const step *st, outcome *o)
{
    int rc;
    if (load_clause(r, st->value, 1, o, &rc)) return rc; /* "load every transaction" */
    rc = interpret_clause(r, st->value ? st->value : "", o);
    /* where a question's answer is, said after it: what it names may be
     * the page itself or no control at all; the question looks itself */
    if (rc != 0 && st->sub == DO_HINT && run_stopped(r) == ABORT_NONE) {
        run_log(r, "\"%.200s\": %.300s; the question after looks itself",
                st->value ? st->value : "", o->err);
        /* "I'm a student.": the tab whose panel says so (Concessions) */
        char why[sizeof o->err];
        snprintf(why, sizeof why, "%s", o->err);
        open_named_tabs(r, st->value ? st->value : "", 1, o);
        snprintf(o->err, sizeof o->err, "%s", why);
        free(o->result);
        o->result = xasprintf("nothing to do: %.300s", o->err);
        o->err[0] = '\0';
        rc = 0;
    }
    return rc;
}

static int do_tab(run *r, const step *st, outcome *o)
{
    char url[1024] = "";
    if (page_switch_tab(r->pg, st->amount, run_time_left(r, CALL_MS), url, sizeof url, o->err,
                        sizeof o->err) != CDP_OK)
        return -1;
    o->result = xasprintf("switched to the tab showing %s", url);
    r->on_opened_tab = st->amount != 1;
    run_log(r, "moved to the tab showing %s", url);
    return settle(r);
}

static int (*const step_fn[STEP_KIND_COUNT])(run *, const step *, outcome *) = {
    [STEP_NAVIGATE] = do_navigate,
    [STEP_BACK] = do_history,
    [STEP_FORWARD] = do_history,
    [STEP_RELOAD] = do_history,
    [STEP_SEARCH] = do_search,
    [STEP_CLICK] = do_click,
    [STEP_TYPE] = do_type,
    [STEP_SELECT] = do_select,
    [STEP_CHECK] = do_check,
    [STEP_UNCHECK] = do_check,
    [STEP_KEY] = do_key,
    [STEP_SUBMIT] = do_submit,
    [STEP_SCROLL] = do_scroll,
    [STEP_HOVER] = do_hover,
    [STEP_WAIT] = do_wait,
    [STEP_EXTRACT] = do_extract,
    [STEP_SCREENSHOT] = do_screenshot,
    [STEP_LOGIN] = do_login,
    [STEP_FILL] = do_fill,
    [STEP_TAB] = do_tab,
    [STEP_DO] = do_do,
};

/* A step that found nothing to act on, whose clause the agent may read
 * against the page instead: a click, check, select or fill the rules read
 * from words the page answers another way. */
static int regrounds(const step *st)
{
    if (!st->clause || !*st->clause) return 0;
    switch (st->kind) {
    case STEP_CLICK: /* a right click is no reading's: it would press with the left */
        return !st->until && st->sub != CLICK_RIGHT;
    case STEP_CHECK:
    case STEP_UNCHECK:
    case STEP_SELECT:
    case STEP_FILL:
    case STEP_TYPE: /* "set adults to 3": a counter with - and + buttons */
        return !st->until;
    default:
        return 0;
    }
}

/* A step the rules read whose whole clause names a control inside one item
 * of a list better ("archive Tom's email about sushi" read as the Archive
 * of "Tom"; "add one more bag of coffee" as a new item): the agent says
 * whether the clause, read against the page, fits one item well (or items
 * alike, which the clause then fails on, saying which). */
static int item_first(run *r, const step *st, outcome *o)
{
    json_t *res = NULL;
    if (!st->clause || !*st->clause || st->until || r->ref >= 0 ||
        (st->kind == STEP_CLICK && st->sub == CLICK_RIGHT))
        return 0;
    /* the page's own title or address is no item's: reading it needs no
     * agent in the page (installing it is most of such a step's time) */
    if (st->kind == STEP_EXTRACT && (st->sub == EXTRACT_TITLE || st->sub == EXTRACT_URL)) return 0;
    switch (st->kind) {
    case STEP_CLICK:
    case STEP_CHECK:
    case STEP_UNCHECK:
    case STEP_TYPE:
    case STEP_EXTRACT:
        break;
    default:
        return 0;
    }
    /* An extraction's clause is read in its item, never as a goal on one. */
    if (agent(r, "interpret",
              json_pack("[{s:s, s:s, s:b, s:b}]", "clause", st->clause, "probe", "item", "read",
                        st->kind == STEP_EXTRACT, "typed", st->kind == STEP_TYPE),
              &res, o) != 0) {
        o->err[0] = '\0';
        return 0;
    }
    const char *kind = json_string_value(json_object_get(res, "kind"));
    int yes = kind && !strcmp(kind, "item");
    json_decref(res);
    return yes;
}

/* Press the element the agent's reply names ("ref"), saying why in the
 * log; the outcome's element stays the step's own. 0, or -1. */
static int press_ref(run *r, json_t *res, outcome *o)
{
    json_t *el = NULL;
    int rc = -1;
    if (agent(r, "element", json_pack("[O]", json_object_get(res, "ref")), &el, o) != 0) return -1;
    if (press_at(r, el, 0, o) == 0 && settle(r) == 0) {
        run_log(r, "clicked %s: %s", json_string_value(json_object_get(el, "tag")) ?: "element",
                json_string_value(json_object_get(res, "why")) ?: "the dialog's button");
        rc = 0;
    }
    json_decref(el);
    return rc;
}

/* Steps that may open a dialog on the page they act on. */
static int acts_in_page(const step *st)
{
    switch (st->kind) {
    case STEP_CLICK:
    case STEP_DO:
    case STEP_TYPE:
    case STEP_SELECT:
    case STEP_CHECK:
    case STEP_UNCHECK:
    case STEP_KEY:
    case STEP_SUBMIT:
    case STEP_HOVER:
    case STEP_FILL:
    case STEP_SEARCH:
        return 1;
    default:
        return 0;
    }
}

/* Before a step: the dialogs open now are noted (the step's own are told
 * apart after it), and a confirmation an earlier step opened that these
 * words do not answer is confirmed (agent dlgMark). */
static void dialog_before(run *r, const step *st, outcome *o)
{
    json_t *res = NULL;
    if (!acts_in_page(st) || r->ref >= 0) return;
    if (agent(r, "dlgMark", json_pack("[{s:s?}]", "clause", st->clause), &res, o) == 0 &&
        json_object_get(res, "ref"))
        press_ref(r, res, o);
    o->err[0] = '\0';
    json_decref(res);
}

/* After a step that went well: a dialog it opened (agent dlgAfter) is
 * kept to confirm or send; once no later step acts, it is (dlgFinish):
 * "cancel my booking" confirmed, "reserve it for pickup at Eastside" sent
 * by the dialog's Confirm after its fields were filled. A button that
 * could not be pressed is logged, and the step's own outcome stands; a
 * dialog the page refused ("Pick a reason first", the dialog still open)
 * fails the step: never a silent half. 0, or -1 with o->err. */
static int dialog_after(run *r, const step *st, outcome *o)
{
    json_t *res = NULL;
    int rc = 0;
    if (!acts_in_page(st) || r->ref >= 0) return 0;
    char was[sizeof o->err];
    snprintf(was, sizeof was, "%s", o->err);
    /* the verb is the control's when the step clicks one ("cancel" of "I've
     * changed my mind about Orbital, can you cancel my hold on it?") */
    const char *verb = st->kind == STEP_CLICK ? st->target.text : NULL;
    int sent_before = r->form_sent;
    if (agent(r, "dlgAfter", json_pack("[{s:s?, s:s?}]", "clause", st->clause, "verb", verb), NULL,
              o) == 0 &&
        !r->acts_later && agent(r, "dlgFinish", json_pack("[]"), &res, o) == 0 &&
        json_object_get(res, "ref")) {
        if (press_ref(r, res, o) != 0)
            run_log(r, "the dialog's button could not be pressed: %s", o->err);
        else if (form_refused(r, res, "the dialog was not sent", o) != 0) {
            /* once a step before sent what the words asked ("type acme-prod
             * to confirm" pressed Delete forever), a further try of it that
             * the page refuses ("delete it forever") is said, not a failure */
            if (sent_before)
                run_log(r, "%s (a step before sent it already)", o->err);
            else
                rc = -1;
        }
    }
    json_decref(res);
    if (rc == 0) snprintf(o->err, sizeof o->err, "%s", was);
    return rc;
}

static int run_kind(run *r, const step *st, outcome *o);

void actions_save(run *r, const step *st)
{
    static const int kinds[] = {STEP_CHECK, STEP_UNCHECK, STEP_TYPE,  STEP_SELECT,
                                STEP_FILL,  STEP_DO,      STEP_CLICK, -1};
    int change = 0;
    for (int k = 0; kinds[k] >= 0; k++)
        change |= (int)st->kind == kinds[k];
    const char *words = st->kind == STEP_DO && st->value ? st->value : st->clause;
    if (!change || r->form_sent || !words || run_stopped(r) != ABORT_NONE) return;
    outcome o = {.result = NULL};
    json_t *res = NULL;
    if (agent(r, "saveFor", json_pack("[{s:s}]", "clause", words), &res, &o) == 0 &&
        json_is_true(json_object_get(res, "found"))) {
        const char *name = json_string_value(json_object_get(res, "name"));
        if (press_at(r, res, 0, &o) == 0 && settle(r) == 0)
            run_log(r, "pressed \"%s\": the change is kept once its form is saved",
                    name ? name : "Save");
        else
            run_log(r, "the change's form could not be saved: %s", o.err);
    }
    json_decref(res);
    outcome_free(&o);
}

/* ---- JavaScript dialogs ------------------------------------------------- */

/* Before a step: how a JavaScript dialog it opens is answered (the next
 * step's words may say: "click the JS Confirm, then dismiss it"), and
 * whether this step's words only answer the one the step before opened,
 * which the page already answered so: 1 with o->result set. */
static int dialog_step(run *r, const step *st, outcome *o)
{
    int accept = 1, mine = 0, was_answered = r->dialog_answered;
    char *text = NULL, *own = NULL, seen[300];
    if (!planner_dialog_answer(r->next_clause, &accept, &text)) accept = 1, text = NULL;
    int had = page_dialogs(r->pg, accept, text, seen, sizeof seen);
    free(text);
    r->dialog_answered = 0;
    if (planner_dialog_answer(st->clause, &mine, &own)) {
        free(own);
        if (had) {
            o->result = xasprintf("the dialog it opened was answered: %s", seen);
            r->dialog_answered = 1;
            return 1;
        }
        if (was_answered) { /* "type 'x' into it and press OK": one answer */
            o->result = xstrdup("the dialog was answered by the step before");
            return 1;
        }
    }
    return 0;
}

/* "post a comment on <article> (login jo@x.io / p)": the sign-in was found
 * away from the page the task was on, and the app went home after it; a
 * person goes back to the page they were signing in for. */
static void back_after_login(run *r, int rc, const char *began, outcome *o)
{
    if (rc != 0 || !began || !json_array_size(r->ways) || run_stopped(r) != ABORT_NONE) return;
    char *now = page_href(r);
    int moved = now && strcmp(now, began) != 0;
    /* "http://x/" and "http://x/#/" are one page of a hash-routed app */
    size_t a = strlen(began), b = now ? strlen(now) : 0;
    while (a > 0 && strchr("#/", began[a - 1]))
        a--;
    while (b > 0 && strchr("#/", now[b - 1]))
        b--;
    if (moved && a == b && !strncmp(now, began, a)) moved = 0;
    free(now);
    if (!moved) return;
    char *kept = o->result;
    o->result = NULL;
    if (navigate_to(r, began, o) == 0 && settle(r) == 0) run_log(r, "signed in: back to %s", began);
    o->err[0] = '\0';
    free(o->result);
    o->result = kept;
}

int actions_run(run *r, const step *st, outcome *o)
{
    if ((unsigned)st->kind >= STEP_KIND_COUNT || !step_fn[st->kind]) {
        snprintf(o->err, sizeof o->err, "this server cannot run \"%s\" steps",
                 planner_action_name(st->kind));
        return -1;
    }
    if (dialog_step(r, st, o)) return 0;
    dialog_before(r, st, o);
    r->ways = json_array();
    unsigned inputs = page_inputs(r->pg);
    int rc = run_kind(r, st, o);
    /* nothing of the words on this page and nothing done yet: the part of
     * the app where they fit, and the step again there; a failure there
     * too is told as the first page's, with where else it looked */
    char first[sizeof o->err];
    snprintf(first, sizeof first, "%s", o->err);
    /* a sign-in is found by its own words, not the account's ("jo.rivers@
     * conduit.test" would lead to the site's name) */
    const char *way = st->kind == STEP_LOGIN ? "sign in, log in" : st->clause;
    char *began = st->kind == STEP_LOGIN ? page_href(r) : NULL;
    while (rc != 0 && page_inputs(r->pg) == inputs && find_way(r, way, o)) {
        free(o->result);
        o->result = NULL;
        o->err[0] = '\0';
        inputs = page_inputs(r->pg);
        rc = run_kind(r, st, o);
    }
    back_after_login(r, rc, began, o);
    free(began);
    if (rc == 0 && run_stopped(r) == ABORT_NONE) rc = dialog_after(r, st, o);
    /* a part it opened that refused the step ("the sign-in was refused:
     * ...") says more than the first page's "nothing fits"; a form there
     * that the words do not fit says less */
    if (rc != 0 && json_array_size(r->ways) && strstr(o->err, " was refused")) {
        char why[sizeof o->err];
        snprintf(why, sizeof why, "%s", o->err);
        snprintf(o->err, sizeof o->err, "%s (in \"%s\")", why,
                 json_string_value(json_array_get(r->ways, json_array_size(r->ways) - 1)));
    } else if (rc != 0 && json_array_size(r->ways)) { /* and where else it looked */
        buf b = {0};
        size_t i;
        json_t *w;
        json_array_foreach(r->ways, i, w)
        {
            buf_printf(&b, "%s\"%s\"", i ? ", " : "", json_string_value(w));
        }
        snprintf(o->err, sizeof o->err, "%s (looked in %s too)", first, b.s);
        buf_free(&b);
    }
    json_decref(r->ways);
    r->ways = NULL;
    return rc;
}

/* One step by its kind, or read as a whole when its clause fits better. */
static int run_kind(run *r, const step *st, outcome *o)
{
    if (item_first(r, st, o)) {
        run_log(r, "\"%.200s\" names a control in an item of the page: read as a whole",
                st->clause);
        int rc = interpret_clause(r, st->clause, o);
        if (rc == 0 && !o->result) o->result = xstrdup("done");
        return rc;
    }
    if (st->kind == STEP_CLICK && st->target.anchor && !st->until &&
        fills_form(r, st->clause, 0, o)) {
        /* "pay with card 4242 ..., expiry 12/28", "invite lena@x.io as an
         * Admin to the Design team": the verb's button sends a form the
         * rest of the words fill */
        run_log(r, "\"%.200s\" fills a form of the page: read as a whole", st->clause);
        int rc = interpret_clause(r, st->clause, o);
        if (rc == 0 && !o->result) o->result = xstrdup("done");
        return rc;
    }
    int rc = step_fn[st->kind](r, st, o);
    if (rc != 0 && regrounds(st) && !o->acted && run_stopped(r) == ABORT_NONE) {
        /* "mark the Acme deal as won" read as a checkbox that is not
         * there: the clause, read against the page, may name the button
         * or dropdown that is; the step's own error stands otherwise */
        char why[sizeof o->err];
        snprintf(why, sizeof why, "%s", o->err);
        free(o->result);
        o->result = NULL;
        if (interpret_clause(r, st->clause, o) == 0) {
            run_log(r, "read \"%.200s\" against the page instead (%s)", st->clause, why);
            rc = 0;
        } else {
            char also[sizeof o->err];
            snprintf(also, sizeof also, "%s", o->err);
            snprintf(o->err, sizeof o->err, "%s; read as a whole: %s", why, also);
        }
    }
    if (rc != 0 && !o->err[0]) snprintf(o->err, sizeof o->err, "the step failed");
    if (rc == 0 && !o->result) o->result = xstrdup("done");
    return rc;
}
