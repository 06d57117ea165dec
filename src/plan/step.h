/* step.h -- what the planners produce: a step, and the target it acts on.
 *
 * The rule planner (planner.c, intents.c, phrases.c) and the LLM planner
 * (llm.c) write steps; the crawler (task/actions.c) runs them. Owning
 * pointers only: step_free and target_free release them. Pure. */
#ifndef BAI_STEP_H
#define BAI_STEP_H

typedef enum step_kind {
    STEP_NAVIGATE, /* value: URL as typed ("example.com"), normalized later */
    STEP_BACK,
    STEP_FORWARD,
    STEP_RELOAD,
    STEP_SEARCH,     /* value: the query; value2: a site to open first, or NULL */
    STEP_CLICK,      /* target; sub: CLICK_DOUBLE for a double click, CLICK_RIGHT for a
                        right (context) click; until: click
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
    STEP_WAIT,       /* sub: WAIT_*; amount: ms for WAIT_TIME; target.text for WAIT_TEXT
                        and WAIT_GONE (until what it names no longer shows).
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
    STEP_DO,         /* a clause no intent reads, grounded in the page when it
                        runs: value is the clause as written (a page address
                        and polite words removed). The agent (interpret) reads
                        it against the page: fields named in it and their
                        values ("name Ines Costa", "from Lisbon to Berlin on
                        21 April 2026"), a control its words name ("request
                        the appointment"), an option to choose ("one way"),
                        and returns the actions to make, or fails with the
                        closest candidates */
    STEP_KIND_COUNT
} step_kind;

enum { SCROLL_DOWN, SCROLL_UP, SCROLL_BOTTOM, SCROLL_TOP, SCROLL_TO };
/* STEP_SEARCH's sub: SEARCH_FOUND when the words asked to find it ("find X",
 * "look for X"), not to search: on a page with no search box the words are
 * looked for on the page itself, and the next clause acts where they are. */
enum { SEARCH_BOX = 0, SEARCH_FOUND = 1 };
enum { CLICK_SINGLE, CLICK_DOUBLE, CLICK_RIGHT }; /* also how actions.c presses */
/* STEP_TYPE's sub (1 is the LLM planner's own submit, see llm.h). */
enum { TYPE_PLAIN = 0, TYPE_ENTER = 2 };
enum { WAIT_TIME, WAIT_TEXT, WAIT_LOAD, WAIT_GONE };
/* STEP_DO's sub: DO_HINT, words after a question that say where its answer
 * is ("It's in the terms on <url>", "hover her name on <url>"): run before
 * the question; finding nothing they fit leaves the looking to it. */
enum { DO_PLAIN = 0, DO_HINT = 1 };
enum {
    EXTRACT_TITLE,
    EXTRACT_URL,
    EXTRACT_TEXT,   /* the text of target, or of the whole page when target is empty */
    EXTRACT_LINKS,  /* all links: [{"text","href"}] */
    EXTRACT_TABLE,  /* a table as rows: [[cell, ...], ...] or [{header: cell}] */
    EXTRACT_LIST,   /* repeated items with fields: [{"name":..,"price":..}] */
    EXTRACT_PRICE,  /* the price-like text nearest the item named by target */
    EXTRACT_COUNT,  /* how many: a counter the page shows, or the things named */
    EXTRACT_ANSWER, /* value: a question as written ("how much was the Thames
                       Water payment?"); the agent (answer) finds the thing it
                       names in the page model and reads the value of the kind
                       the question asks for; target optional (the thing) */
    EXTRACT_SHAPE   /* value: a JSON template the words gave ("Return ... in
                       this exact format: {...}"): the answer is JSON of that
                       shape, each key filled from the page by what its name
                       means, null when nothing fills it */
};

/* What a step acts on, as the words named it: a request the page model
 * (the agent) grounds in an element. */
typedef struct target {
    char *text;        /* the name, label or text, quotes removed; NULL when the
                          clause names no particular element */
    char *role;        /* "button", "link", "field", "checkbox", "radio",
                          "dropdown", "tab", "image", "heading", "searchbox",
                          "menu", "item", "paragraph", "option", "slider",
                          "spinbutton", "treeitem", "row", "cell", "frame",
                          "alert", "tooltip", "expandable", or NULL */
    int ordinal;       /* 1 = first, 2 = second, ... -1 = last, 0 = not said */
    int exact;         /* the text was quoted: prefer an exact match */
    int prefix;        /* the text is how the name starts ("the suggestion that
                          begins with Por") */
    int all;           /* every match ("both boxes", "all the checkboxes") */
    char *state;       /* "collapsed", "expanded", "checked", "unchecked",
                          "selected", "disabled", "enabled", "empty", ... or NULL */
    char *anchor;      /* the thing it is in or beside, as named ("Izabel",
                          "order #10482", "Credits"), or NULL */
    char *anchor_role; /* what kind of thing the anchor is ("email", "row",
                          "footer", "tree"), singular, lower case, or NULL */
    const char *prep;  /* how it relates to the anchor, as said ("of", "in",
                          "next to"): a static string; NULL without anchor */
    int near;          /* the anchor is beside it (next to, beside, near), not
                          around it */
} target;

typedef struct step {
    step_kind kind;
    target target;
    char *value;
    char *value2;
    int amount;
    int sub;
    char **fields; /* NULL-terminated, for EXTRACT_LIST ("name", "price") and
                      STEP_FILL (the fields' labels) */
    char **values; /* STEP_FILL: NULL-terminated, one per field */
    char *until;   /* STEP_CLICK, STEP_KEY: repeat until this text shows */
    char *clause;  /* the words the step came from */
} step;

/* Frees what the step owns (strings, fields) and zeroes it. NULL and
 * zeroed steps are fine. */
void step_free(step *st);
/* Deep copy of src into *dst (which it overwrites). */
void step_copy(step *dst, const step *src);

/* Free what a target owns and zero it. */
void target_free(target *t);
/* Deep copy of a target into *dst (which it overwrites). */
void target_copy(target *dst, const target *src);
/* The target names something: a text, role, ordinal, state or anchor. */
int target_named(const target *t);

/* NULL-terminated string vectors (step.fields, step.values). */
void strv_free(char **v);
char **strv_copy(char *const *v);

#endif
