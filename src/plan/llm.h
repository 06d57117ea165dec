/* llm.h -- the optional LLM planner: a client of an OpenAI-compatible
 * chat-completions server that picks the next browser action toward a goal.
 *
 * The rule planner (planner.h) reads the instructions it understands; the
 * runner hands the others to this client (mode "auto"), or every step (mode
 * "llm"). One llm_next_action() call shows the model the goal, the page's URL
 * and title, a compact indexed list of the page's interactive elements and
 * the steps taken so far for this goal, and gets back one JSON action from the
 * fixed set below, which becomes a `step`. The runner executes it, appends
 * {"action":..., "result"|"error":...} to the history and asks again, up to
 * its step budget, until the model answers "done" or "fail".
 *
 * The action set (taught by the system prompt), and the step each becomes:
 *
 *   {"action":"navigate","url":U}              STEP_NAVIGATE, value = U
 *   {"action":"click","element":I}             STEP_CLICK
 *   {"action":"type","element":I,"text":T,"submit":B}
 *                                              STEP_TYPE, value = T; sub = 1
 *                                              (LLM_TYPE_SUBMIT) when B is true:
 *                                              press Enter after typing
 *   {"action":"select","element":I,"option":O} STEP_SELECT, value = O
 *   {"action":"check","element":I}             STEP_CHECK
 *   {"action":"uncheck","element":I}           STEP_UNCHECK
 *   {"action":"key","key":K}                   STEP_KEY, value = the key, value2 =
 *                                              the modifiers or NULL ("Control+a"
 *                                              gives "a" and "Control")
 *   {"action":"scroll","direction":D}          STEP_SCROLL, sub = SCROLL_DOWN,
 *                                              SCROLL_UP, SCROLL_TOP or SCROLL_BOTTOM
 *                                              for "down", "up", "top", "bottom";
 *                                              amount = 0 (a screenful)
 *   {"action":"hover","element":I}             STEP_HOVER
 *   {"action":"wait","seconds":N}              STEP_WAIT, sub = WAIT_TIME, amount =
 *                                              N * 1000 ms, 0 < N <= 30
 *   {"action":"extract","what":W,"element":I,"fields":[F...]}
 *                                              STEP_EXTRACT, sub = EXTRACT_TEXT,
 *                                              EXTRACT_LINKS, EXTRACT_TABLE or
 *                                              EXTRACT_LIST for "text", "links",
 *                                              "table", "list"; element optional
 *                                              (the page when absent); fields
 *                                              required for "list" only
 *   {"action":"done","result":R}               no browser action: kind =
 *                                              STEP_KIND_COUNT, value = R (a
 *                                              non-string R as compact JSON, ""
 *                                              when absent), *done = LLM_DONE
 *   {"action":"fail","reason":R}               no browser action: kind =
 *                                              STEP_KIND_COUNT, value = R,
 *                                              *done = LLM_FAIL
 *
 * For actions on an element, *element is its index I, which must be one of
 * the indices in the elements list; the step's target is also filled from
 * that element (its text, name or placeholder as target.text with exact = 1,
 * its tag and role as the planner's role word), so the step describes itself
 * in logs and the rule locator can find the element again if the page moved.
 * Otherwise *element is -1. Every step's clause is the action as compact
 * JSON, usable as model_output when strict JSON text is wanted (the raw
 * reply may hold prose or fences around it).
 *
 * Every string field of the step is malloc'ed (target.role included); the
 * caller frees the step with step_free() (planner.h).
 *
 * Threads: an llm handle is immutable after llm_open(); any number of threads
 * may call llm_next_action() on it at once (each call uses its own HTTP
 * connection). The API key is never written to logs or error messages. */
#ifndef BAI_LLM_H
#define BAI_LLM_H

#include <jansson.h>
#include <stddef.h>

#include "plan/planner.h"

typedef struct llm llm;

/* How the planner uses the model (BROWSERAI_PLANNER): rules only, the model
 * for the instructions the rules cannot read, or the model for every step. */
typedef enum llm_mode { LLM_MODE_RULES, LLM_MODE_AUTO, LLM_MODE_LLM } llm_mode;

/* What the model said about the goal, in *done. */
enum { LLM_ACT = 0, LLM_DONE = 1, LLM_FAIL = 2 };

/* step.sub of a STEP_TYPE whose action asked to submit (press Enter). */
#define LLM_TYPE_SUBMIT 1

/* Caps on what is sent to and accepted from the model. */
#define LLM_MAX_REPLY (1024 * 1024) /* response body bytes; beyond, the call fails */
#define LLM_MAX_ELEMENTS 150        /* elements shown; the rest are counted */
#define LLM_MAX_TEXT 80             /* characters of each element field shown */
#define LLM_MAX_HISTORY 10          /* most recent history entries shown */
#define LLM_HTTP_RETRIES 2          /* extra attempts on 408, 429, 5xx, timeouts */
#define LLM_ACTION_RETRIES 2        /* corrections asked for after invalid actions */

/* Parse "rules", "auto" or "llm" (case-insensitive) into *out. Returns 0, or
 * -1 (leaving *out alone) for anything else. */
int llm_mode_parse(const char *s, llm_mode *out);

/* Make a client. url: the server's base URL ("http://127.0.0.1:8000/v1",
 * "https://api.openai.com/v1") or the full endpoint ending in
 * "/chat/completions"; http or https only. model: the model name sent in
 * each request (non-empty). api_key: sent as "Authorization: Bearer <key>";
 * NULL or "" sends no Authorization header. timeout_ms: the limit of one HTTP
 * attempt (<= 0 means 60000). Copies its arguments; initializes libcurl once
 * per process. Returns 0 and *out, or -1 with a message in err. */
int llm_open(const char *url, const char *model, const char *api_key, int timeout_ms, llm **out,
             char *err, size_t errlen);

/* Free the client (its copy of the key is wiped first). Accepts NULL. No
 * call may be running on it. */
void llm_close(llm *l);

/* Ask the model for the next action toward goal on the page at url with
 * title (either may be NULL or ""). elements: a JSON array of objects
 * {i, tag, role, text, name, type, placeholder, href, value, in (where
 * the element is: its row, column, list item or section), checked,
 * disabled, expanded}, every field optional (i defaults to the position in the array);
 * NULL counts as empty; only the first LLM_MAX_ELEMENTS are shown, each field
 * cut to LLM_MAX_TEXT characters. history: a JSON array of the previous steps
 * of this goal, oldest first, each {"action": <object or text>, "result":
 * <any>} or {"action": ..., "error": "<text>"}, or NULL; the last
 * LLM_MAX_HISTORY are shown. Borrows elements and history.
 *
 * HTTP 408, 429 and 5xx answers, timeouts and connection failures are retried
 * up to LLM_HTTP_RETRIES times after a short backoff (Retry-After honored up
 * to 5 s); other HTTP errors (400, 401, 404, ...) fail at once with the
 * server's message. A reply that is not a valid action is answered with a
 * correction message saying why, up to LLM_ACTION_RETRIES times. A call can
 * therefore take about (1 + LLM_HTTP_RETRIES) * timeout_ms plus backoff per
 * model answer; it blocks the calling thread throughout.
 *
 * Returns 0 and sets *out (the step; see the table above), *done (LLM_ACT,
 * LLM_DONE or LLM_FAIL), *element (the index acted on, or -1) and *raw (the
 * model's reply text as it came, malloc'ed, for the step's model_output; the
 * caller frees it). Returns -1 with a message in err ("LLM server answered
 * HTTP 401: Incorrect API key provided", "LLM request timed out after 30000
 * ms (3 attempts)", "LLM reply was not a valid action (3 attempts): element
 * 99 is not in the list") and leaves the out-parameters alone. */
int llm_next_action(llm *l, const char *goal, const char *url, const char *title, json_t *elements,
                    json_t *history, step *out, int *done, int *element, char **raw, char *err,
                    size_t errlen);

/* Read one action out of the model's reply text: the JSON object alone, in
 * ```json fences, or surrounded by prose (the first balanced {...} that is a
 * JSON object with an "action" string is taken). Element indices are checked
 * against elements (as in llm_next_action; NULL counts as empty). Pure and
 * thread-safe. Returns 0 and sets *out, *done and *element as llm_next_action
 * does; or -1 with the reason in err ("unknown action \"fly\"", "element 99
 * is not in the list", "\"text\" must be a non-empty string"), which is what
 * the correction message tells the model. */
int llm_parse_action(const char *content, json_t *elements, step *out, int *done, int *element,
                     char *err, size_t errlen);

#endif
