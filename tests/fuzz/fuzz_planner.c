/* libFuzzer target: the rule planner on arbitrary instruction text.
 *
 * Beyond memory errors (ASan, UBSan), it checks what callers rely on: a
 * refusal says `could not understand "..."`; every step has its clause, a
 * log phrase and a model_output that is a JSON object naming its action;
 * a login's password appears in neither; with a fallback every clause is a
 * step or handed over, and a failure makes no callback; the splitter's
 * clauses are non-empty pieces of the text; read as a session's follow-up
 * (the first line before the rest), the same holds of its own steps. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan/planner.h"
#include "util/util.h"

static void check_step(const step *s)
{
    char *m = planner_model_output(s), *d = planner_describe(s);
    json_t *o = json_loads(m, 0, NULL);
    const char *action = json_string_value(json_object_get(o, "action"));
    if (!s->clause || !*d || !json_is_object(o) || !action ||
        strcmp(action, planner_action_name(s->kind)) != 0)
        abort();
    if (s->kind == STEP_LOGIN) {
        /* The password may equal the user name ("demo / demo"); otherwise
         * no field holds it, and the log phrase does not show it. */
        const char *key;
        json_t *v;
        if (!s->value || !s->value2) abort();
        json_object_foreach(o, key, v)
        {
            if (json_is_string(v) && strcmp(json_string_value(v), s->value2) == 0 &&
                strcmp(s->value, s->value2) != 0)
                abort();
        }
        if (strlen(s->value2) >= 8 && strstr(d, s->value2) && !strstr(s->value, s->value2)) abort();
    }
    json_decref(o);
    free(m);
    free(d);
}

static void each_step(void *ud, step *st)
{
    check_step(st);
    step_free(st);
    ++*(int *)ud;
}

static void each_unread(void *ud, const char *clause)
{
    if (!clause || !*clause) abort();
    ++*(int *)ud;
}

typedef struct span {
    const char *text;
    size_t len;
} span;

static void on_clause(void *ud, const char *clause, size_t len)
{
    span *sp = ud;
    if (len == 0 || clause < sp->text || clause + len > sp->text + sp->len) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = xstrndup((const char *)data, size);
    int valid = util_utf8_valid(text, size);
    json_t *instr = json_pack("[{s:s?}]", "action", valid ? text : NULL);
    plan p;
    char err[512];
    if (instr && planner_parse(instr, &p, err, sizeof err) == 0) {
        if (p.n <= 0) abort();
        for (int i = 0; i < p.n; i++)
            check_step(&p.steps[i]);
        plan_free(&p);
    } else if (instr && strncmp(err, "could not understand \"", 22) != 0) {
        abort();
    }
    if (instr) { /* with a fallback: every clause is a step or handed over */
        int n = 0;
        if (planner_parse_each(instr, each_step, each_unread, &n, err, sizeof err) == 0 ? n == 0
                                                                                        : n != 0)
            abort();
    }
    json_decref(instr);
    const char *nl = valid ? strchr(text, '\n') : NULL;
    if (nl) { /* a session's follow-up: the first line ran before the rest */
        char *first = xstrndup(text, (size_t)(nl - text));
        json_t *before = json_pack("[{s:s}]", "action", first),
               *then = json_pack("[{s:s}]", "action", nl + 1);
        if (planner_parse_after(before, then, &p, err, sizeof err) == 0) {
            if (p.n <= 0) abort();
            for (int i = 0; i < p.n; i++)
                check_step(&p.steps[i]);
            plan_free(&p);
        } else if (strncmp(err, "could not understand \"", 22) != 0) {
            abort();
        }
        json_decref(before);
        json_decref(then);
        free(first);
    }
    if (valid) {
        step st;
        span sp = {text, size};
        if (planner_parse_clause_err(text, &st, err, sizeof err) == 0) {
            check_step(&st);
            step_free(&st);
        } else if (strncmp(err, "could not understand \"", 22) != 0) {
            abort();
        }
        planner_split(text, on_clause, &sp);
    }
    free(text);
    return 0;
}
