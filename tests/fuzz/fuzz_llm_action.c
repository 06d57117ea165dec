/* libFuzzer target: reading the model's action out of its reply
 * (llm_parse_action). A page steers what the model writes, and the page
 * also writes the element list the reply's indices are checked against, so
 * both halves come from the input: "ELEMENTS\n--\nREPLY" parses ELEMENTS as
 * JSON (whatever it is); without the separator the reply is the whole input
 * and a fixed list of five elements is used.
 *
 * Beyond memory errors (ASan, UBSan) it checks the contract: a refusal says
 * why and leaves the out-parameters alone; an accepted action is of a known
 * kind, names an element that is in the list (or none), keeps its strings
 * within the caps and as C strings, and its clause is the action as JSON. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan/llm.h"
#include "plan/step.h"
#include "util/util.h"

static json_t *fixed_elements(void)
{
    return json_loads("[{\"i\":0,\"tag\":\"a\",\"text\":\"Home\"},"
                      "{\"i\":1,\"tag\":\"input\",\"type\":\"search\",\"name\":\"q\"},"
                      "{\"i\":2,\"tag\":\"button\",\"text\":\"Search\"},"
                      "{\"i\":3,\"tag\":\"select\",\"name\":\"Color\"},"
                      "{\"i\":5,\"role\":\"checkbox\",\"text\":\"I agree\"}]",
                      0, NULL);
}

/* The element index el appears in the list (by "i", else by position). */
static int listed(json_t *elements, int el)
{
    size_t pos;
    json_t *e;
    json_array_foreach(elements, pos, e)
    {
        json_t *i = json_object_get(e, "i");
        json_int_t idx = json_is_integer(i) ? json_integer_value(i) : (json_int_t)pos;
        if (json_is_object(e) && idx == el) return 1;
    }
    return 0;
}

static void check_accepted(const step *s, json_t *elements, int done, int el)
{
    json_t *clause = s->clause ? json_loads(s->clause, 0, NULL) : NULL;
    if (!json_is_object(clause) || !json_is_string(json_object_get(clause, "action"))) abort();
    json_decref(clause);
    if (done != LLM_ACT && done != LLM_DONE && done != LLM_FAIL) abort();
    if (done == LLM_ACT && (s->kind < 0 || s->kind >= STEP_KIND_COUNT)) abort();
    if (done != LLM_ACT && !s->value) abort();
    if (el < -1 || (el >= 0 && !listed(elements, el))) abort();
    if (s->value && strlen(s->value) > 65536) abort();
    if (s->target.text && strlen(s->target.text) > 4 * 200 + 8) abort();
    if (s->kind == STEP_WAIT && done == LLM_ACT && (s->amount <= 0 || s->amount > 30000)) abort();
    for (int i = 0; s->fields && s->fields[i]; i++)
        if (i >= 20 || !*s->fields[i]) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = xstrndup((const char *)data, size);
    char *reply = text, *sep = strstr(text, "\n--\n");
    json_t *elements;
    if (sep) {
        *sep = '\0';
        reply = sep + 4;
        elements = json_loads(text, JSON_DECODE_ANY, NULL);
    } else {
        elements = fixed_elements();
    }

    step s;
    memset(&s, 0x5a, sizeof s); /* untouched on refusal */
    step before = s;
    int done = 77, el = 77;
    char err[256];
    err[0] = '\0';
    if (llm_parse_action(reply, elements, &s, &done, &el, err, sizeof err) == 0) {
        check_accepted(&s, elements, done, el);
        step_free(&s);
    } else {
        if (!err[0] || !memchr(err, '\0', sizeof err) || done != 77 || el != 77 ||
            memcmp(&s, &before, sizeof s) != 0)
            abort();
        if (!util_utf8_valid(err, strlen(err))) abort(); /* it goes back to the model as JSON */
    }
    json_decref(elements);
    free(text);
    return 0;
}
