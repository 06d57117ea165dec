/* planner.h -- turns crawler_automation instructions (plain English) into
 * steps: the rule planner.
 *
 * An instruction may hold several clauses ("Open example.com and search for
 * AirPods"); each clause becomes one step. Intents are a table: a step kind,
 * the verbs and phrasings that introduce it, and a function reading the rest
 * of the clause into the step's fields. A clause no intent reads is
 * grounded in the page when it runs: a question becomes EXTRACT_ANSWER,
 * anything else STEP_DO (the page address in it a navigation first), and
 * so does a clause whose verb's reader wants more than the words give. A
 * generic verb with nothing to act on ("click", "type into the box"), or a
 * clause that asks for what no step does, is refused with `could not
 * understand "<clause>": <why>`. Pure: no I/O, thread-safe. */
#ifndef BAI_PLANNER_H
#define BAI_PLANNER_H

#include <jansson.h>
#include <stddef.h>

#include "plan/step.h"

typedef struct plan {
    step *steps;
    int n;
} plan;

/* Parse the actions of instructions ([{"action": "..."}]). On failure
 * returns -1 with `could not understand "<clause>"` in err and, where it
 * helps, a hint after it (`...: say which field to type into`). */
int planner_parse(json_t *instructions, plan *out, char *err, size_t errlen);
void plan_free(plan *p);

/* As planner_parse, for a live session's follow-up: context (may be NULL)
 * holds the instructions that ran before on the same page; they are read
 * first, only so that the new ones may point back to them ("Just the
 * titles", "And the price?", "I mean the Bergen ferry", "tell me which
 * camera took it"), and only the steps of instructions are given. A
 * context nothing reads is no context. Same returns and errors. */
int planner_parse_after(json_t *context, json_t *instructions, plan *out, char *err, size_t errlen);

/* As planner_parse (the same splitting, joining, repeats and "it"), for a
 * planner with a fallback such as the LLM: each step goes to on_step, in
 * order, and the callee owns it (step_free); a clause no intent reads goes
 * to on_unread, as written, at its place among the steps, instead of
 * becoming a step grounded at run time. With on_unread NULL such clauses
 * become those steps, as planner_parse makes them. Returns 0, or -1 with err set (and no callback
 * made): a clause refused, a plan over the step cap, or instructions with
 * neither a step nor a clause. */
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

/* A field label that names a secret ("password", "PIN", "CVV"): its value
 * is never shown in logs, results or model_output. */
int planner_secret(const char *label);

/* "accept it", "dismiss the JS Confirm (cancel)", "type 'hello there' into
 * the prompt", "press OK": words that answer a JavaScript dialog (alert,
 * confirm, prompt), by the verb they start with, naming the dialog (or
 * "it" in a few words). 1 with *accept and *text (malloc'ed, what a prompt
 * is answered with, or NULL) set, else 0. */
int planner_dialog_answer(const char *clause, int *accept, char **text);

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
