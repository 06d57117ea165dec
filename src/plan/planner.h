/* planner.h -- turns crawler_automation instructions (plain English) into
 * steps: the rule planner.
 *
 * An instruction may hold several clauses ("Open example.com and search for
 * AirPods"); each clause becomes one step. Intents are a table: a step kind,
 * the verbs and phrasings that introduce it, and a function reading the rest
 * of the clause into the step's fields. Anything no intent reads is refused
 * with `could not understand "<clause>"`. Pure: no I/O, thread-safe. */
#ifndef BAI_PLANNER_H
#define BAI_PLANNER_H

#include <jansson.h>
#include <stddef.h>

typedef enum step_kind {
    STEP_NAVIGATE,   /* value: URL as typed ("example.com"), normalized later */
    STEP_BACK,
    STEP_FORWARD,
    STEP_RELOAD,
    STEP_SEARCH,     /* value: the query; value2: a site to open first, or NULL */
    STEP_CLICK,      /* target; sub: CLICK_DOUBLE for a double click; until: click
                        again (at most INTENTS_MAX_REPEAT times) until this text shows */
    STEP_TYPE,       /* target (a field; empty text = the focused or first field); value;
                        sub: TYPE_ENTER to press Enter after ("add Buy milk") */
    STEP_SELECT,     /* target (the dropdown; may be empty); value: option text */
    STEP_CHECK,      /* target; checks it (a checkbox, radio or switch) */
    STEP_UNCHECK,    /* target */
    STEP_KEY,        /* value: key name as in KeyboardEvent.key ("Enter", "Tab",
                        "ArrowDown", "Escape", "a"); modifiers in value2
                        ("Control", "Shift+Control") or NULL */
    STEP_SUBMIT,     /* submit the form of the focused field, or the only form */
    STEP_SCROLL,     /* sub: SCROLL_*; amount: pixels for up/down (0 = a screenful);
                        for SCROLL_BOTTOM, -1 = again until nothing more loads;
                        target for SCROLL_TO */
    STEP_HOVER,      /* target */
    STEP_WAIT,       /* sub: WAIT_*; amount: ms for WAIT_TIME; target.text for WAIT_TEXT.
                        For WAIT_TEXT and WAIT_LOAD a nonzero amount is the
                        time limit the words gave ("wait up to 10 s for X") */
    STEP_EXTRACT,    /* sub: EXTRACT_*; target for TEXT, PRICE, TABLE (optional),
                        LIST (optional container), LINKS (optional: the part of
                        the page, "all links in the footer"), COUNT (what is
                        counted); fields for LIST; value for COUNT: the words
                        that qualify it ("left", "in the cart") or NULL */
    STEP_SCREENSHOT, /* sub: 1 = full page; target: an element to capture, or empty */
    STEP_LOGIN,      /* value: user name or e-mail; value2: password */
    STEP_FILL,       /* several fields at once: fields[i] names a field (its label
                        as said), values[i] what goes into it; value: a button to
                        press afterwards ("Register"), or NULL */
    STEP_TAB,        /* move the task to another tab of the browser: amount 1 =
                        the first tab, 2 the second, ..., -1 the newest */
    STEP_KIND_COUNT
} step_kind;

enum { SCROLL_DOWN, SCROLL_UP, SCROLL_BOTTOM, SCROLL_TOP, SCROLL_TO };
enum { CLICK_SINGLE, CLICK_DOUBLE };
/* STEP_TYPE's sub (1 is the LLM planner's own submit, see llm.h). */
enum { TYPE_PLAIN = 0, TYPE_ENTER = 2 };
enum { WAIT_TIME, WAIT_TEXT, WAIT_LOAD };
enum {
    EXTRACT_TITLE,
    EXTRACT_URL,
    EXTRACT_TEXT,    /* the text of target, or of the whole page when target is empty */
    EXTRACT_LINKS,   /* all links: [{"text","href"}] */
    EXTRACT_TABLE,   /* a table as rows: [[cell, ...], ...] or [{header: cell}] */
    EXTRACT_LIST,    /* repeated items with fields: [{"name":..,"price":..}] */
    EXTRACT_PRICE,   /* the price-like text nearest the item named by target */
    EXTRACT_COUNT    /* how many: a counter the page shows, or the things named */
};

/* What a step acts on, as the words named it: a request the page model
 * (the agent) grounds in an element. */
typedef struct target {
    char *text;   /* the name, label or text, quotes removed; NULL when the
                     clause names no particular element */
    char *role;   /* "button", "link", "field", "checkbox", "radio",
                     "dropdown", "tab", "image", "heading", "searchbox",
                     "menu", "item", "paragraph", "option", "slider",
                     "spinbutton", "treeitem", "row", "cell", "frame",
                     "alert", "tooltip", "expandable", or NULL */
    int ordinal;  /* 1 = first, 2 = second, ... -1 = last, 0 = not said */
    int exact;    /* the text was quoted: prefer an exact match */
    int prefix;   /* the text is how the name starts ("the suggestion that
                     begins with Por") */
    int all;      /* every match ("both boxes", "all the checkboxes") */
    char *state;  /* "collapsed", "expanded", "checked", "unchecked",
                     "selected", "disabled", "enabled", "empty", ... or NULL */
    char *anchor; /* the thing it is in or beside, as named ("Izabel",
                     "order #10482", "Credits"), or NULL */
    char *anchor_role; /* what kind of thing the anchor is ("email", "row",
                          "footer", "tree"), singular, lower case, or NULL */
    const char *prep;  /* how it relates to the anchor, as said ("of", "in",
                          "next to"): a static string; NULL without anchor */
    int near;     /* the anchor is beside it (next to, beside, near), not
                     around it */
} target;

typedef struct step {
    step_kind kind;
    target target;
    char *value;
    char *value2;
    int amount;
    int sub;
    char **fields;  /* NULL-terminated, for EXTRACT_LIST ("name", "price") and
                       STEP_FILL (the fields' labels) */
    char **values;  /* STEP_FILL: NULL-terminated, one per field */
    char *until;    /* STEP_CLICK, STEP_KEY: repeat until this text shows */
    char *clause;   /* the words the step came from */
} step;

typedef struct plan {
    step *steps;
    int n;
} plan;

/* Parse the actions of instructions ([{"action": "..."}]). On failure
 * returns -1 with `could not understand "<clause>"` in err (and, where it
 * helps, a hint after it: `...: say which field to type into`). */
int planner_parse(json_t *instructions, plan *out, char *err, size_t errlen);
void plan_free(plan *p);

/* As planner_parse (the same splitting, joining, repeats and "it"), for a
 * planner with a fallback such as the LLM: each step goes to on_step, in
 * order, and the callee owns it (step_free); a clause no intent reads goes
 * to on_unread, as written, at its place among the steps, instead of
 * failing the parse. With on_unread NULL it fails as planner_parse does.
 * Returns 0, or -1 with err set (and no callback made): a plan over the
 * step cap, or instructions with neither a step nor a clause. */
int planner_parse_each(json_t *instructions, void (*on_step)(void *ud, step *st),
                       void (*on_unread)(void *ud, const char *clause), void *ud, char *err,
                       size_t errlen);

/* Parse one clause into *st (zeroed first). Returns 0, or -1 when no intent
 * reads it. Exposed for tests and for the LLM planner's fallbacks. */
int planner_parse_clause(const char *clause, step *st);
/* As planner_parse_clause, and on -1 writes `could not understand
 * "<clause>"` to err, with a hint after a colon when there is one
 * (`could not understand "click": say what to click`). err may be NULL. */
int planner_parse_clause_err(const char *clause, step *st, char *err, size_t errlen);
/* Frees what the step owns (strings, fields) and zeroes it. NULL and
 * zeroed steps are fine. */
void step_free(step *st);

/* The target names something: a text, role, ordinal, state or anchor. */
int planner_target_named(const target *t);
/* A field label that names a secret ("password", "PIN", "CVV"): its value
 * is never shown in logs, results or model_output. */
int planner_secret(const char *label);

/* Split one action into clauses at "and", "then", "and then", "after that",
 * commas, semicolons and new lines, outside quotes. Calls fn for each
 * trimmed, non-empty clause. Exposed for tests. */
void planner_split(const char *action, void (*fn)(void *ud, const char *clause, size_t len),
                   void *ud);

/* The step's action name as in model_output ("navigate", "click", "type",
 * "extract", ...). */
const char *planner_action_name(step_kind k);
/* The model_output JSON text the contract wants, e.g.
 * {"action":"click","target":"Search button","planner":"rules"} with the
 * step's other fields (value, ordinal, role, ...) when set. Malloc'ed. */
char *planner_model_output(const step *s);
/* A short phrase for logs: "open https://example.com", "click the \"Login\"
 * button", "type \"alice\" into Username". Malloc'ed. */
char *planner_describe(const step *s);

#endif
