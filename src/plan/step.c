/* step.c -- a step's and a target's memory: free and deep copy. See step.h. */
#include "plan/step.h"

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

void strv_free(char **v)
{
    for (char **f = v; f && *f; f++)
        free(*f);
    free(v);
}

char **strv_copy(char *const *v)
{
    size_t n = 0;
    if (!v) return NULL;
    while (v[n])
        n++;
    char **out = xcalloc(n + 1, sizeof *out);
    for (size_t k = 0; k < n; k++)
        out[k] = xstrdup(v[k]);
    return out;
}

int target_named(const target *t)
{
    return t->text || t->role || t->ordinal || t->state || t->anchor || t->anchor_role;
}

void target_free(target *t)
{
    free(t->text);
    free(t->role);
    free(t->state);
    free(t->anchor);
    free(t->anchor_role);
    memset(t, 0, sizeof *t);
}

void target_copy(target *dst, const target *src)
{
    *dst = *src;
    dst->text = xstrdup(src->text);
    dst->role = xstrdup(src->role);
    dst->state = xstrdup(src->state);
    dst->anchor = xstrdup(src->anchor);
    dst->anchor_role = xstrdup(src->anchor_role);
}

void step_free(step *st)
{
    if (!st) return;
    target_free(&st->target);
    free(st->value);
    free(st->value2);
    strv_free(st->fields);
    strv_free(st->values);
    free(st->until);
    free(st->clause);
    memset(st, 0, sizeof *st);
}

void step_copy(step *dst, const step *src)
{
    *dst = *src;
    target_copy(&dst->target, &src->target);
    dst->value = xstrdup(src->value);
    dst->value2 = xstrdup(src->value2);
    dst->clause = xstrdup(src->clause);
    dst->until = xstrdup(src->until);
    dst->fields = strv_copy(src->fields);
    dst->values = strv_copy(src->values);
}
