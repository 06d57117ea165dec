/* shape.h -- internal to src/task: running an EXTRACT_SHAPE step (see
 * plan/shape.h for how instructions become one). */
#ifndef BAI_TASK_SHAPE_H
#define BAI_TASK_SHAPE_H

#include "task/run.h"

/* Answer st's template (st->value, JSON text; NULL: the last extraction
 * as an object) with JSON of its shape, each key filled from r's page by
 * what its name means (the agent's shape()); a key no rule fills is null
 * and logged. With st->value2, first wait up to st->amount ms (and the
 * task's time left) for that element, and say in element_found whether it
 * came. o->result and r->extracted get the JSON text (malloc'ed). Returns
 * 0, or -1 with o->err when the page could not be read. Slot thread. */
int shape_run(run *r, const step *st, outcome *o);

#endif
