/* planner.h -- turns crawler_automation instructions (plain English) into
 * steps.
 *
 * An instruction may hold several clauses ("Open example.com and get the
 * title"); each clause becomes one step. Intents are a table: a step kind,
 * the phrases that introduce it, and a function reading the rest of the
 * clause. This first version knows navigation and reading the title and URL;
 * anything else is refused with `could not understand "<clause>"`. Pure: no
 * I/O, thread-safe. */
#ifndef BAI_PLANNER_H
#define BAI_PLANNER_H

#include <jansson.h>
#include <stddef.h>

typedef enum step_kind {
    STEP_NAVIGATE,     /* arg: URL as typed, normalized later by urlpolicy */
    STEP_GET_TITLE,
    STEP_GET_URL,
    STEP_KIND_COUNT
} step_kind;

typedef struct step {
    step_kind kind;
    char *arg;         /* may be NULL */
    char *clause;      /* the words it came from */
} step;

typedef struct plan {
    step *steps;
    int n;
} plan;

/* Parse the actions of instructions ([{"action": "..."}]). On failure
 * returns -1 with `could not understand "<clause>"` in err. */
int planner_parse(json_t *instructions, plan *out, char *err, size_t errlen);
void plan_free(plan *p);

/* Split one action into clauses at "and", "then", "and then", "after that",
 * commas, semicolons and new lines, outside quotes. Calls fn for each
 * trimmed, non-empty clause. Exposed for tests. */
void planner_split(const char *action, void (*fn)(void *ud, const char *clause, size_t len),
                   void *ud);

/* The step's action name ("navigate", "extract") and the model_output JSON
 * text the contract wants, e.g. {"action":"navigate","url":"...",
 * "planner":"rules"} (malloc'ed). */
const char *planner_action_name(step_kind k);
char *planner_model_output(const step *s);
/* A short phrase for logs: "open https://example.com", "get the title". */
char *planner_describe(const step *s);

#endif
