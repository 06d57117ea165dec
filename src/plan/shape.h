/* shape.h -- instructions that name the answer's shape: a JSON template
 * ("Return the result as a JSON object with this exact format: {...}"), a
 * request for "a clean JSON object", and "Wait up to N seconds for this
 * element to appear: X". They become one STEP_EXTRACT / EXTRACT_SHAPE step
 * (step.h) whose value is the template, as valid JSON text; the crawler
 * (task/shape.c) fills each key from the page. Pure: no I/O, thread-safe. */
#ifndef BAI_PLAN_SHAPE_H
#define BAI_PLAN_SHAPE_H

#include <stddef.h>

#include "plan/step.h"

/* How long a "wait for this element" waits when the words give no time. */
#define SHAPE_WAIT_DEFAULT_MS 30000

/* The first JSON template in text: a {...} block whose first member is a
 * quoted key and a colon. Read leniently, as people write examples: "..."
 * and "\u2026" placeholders and trailing commas are dropped, single quotes
 * read as double, bare words (actual_url) as strings. Returns the template
 * as compact JSON text (malloc'ed; the caller frees), or NULL when text
 * holds none or it is no object. */
char *shape_template(const char *text);

/* text asks for the answer as JSON but gives no template: "Return the
 * extracted data as a clean JSON object", "return it as JSON". 1 or 0. */
int shape_asks_json(const char *text);

/* A template of the page facts the words name ("Get the page title and
 * meta description" -> {"title":null,"meta_description":null}), as JSON
 * text (malloc'ed), or NULL when they name none. */
char *shape_template_from_words(const char *text);

/* "Wait up to 30 seconds for this element to appear: #results": 0 with
 * *what (malloc'ed, the caller frees) the element as written and *ms the
 * time limit (SHAPE_WAIT_DEFAULT_MS when the words give none); -1 when
 * text is no such sentence (out-parameters untouched). */
int shape_wait_sentence(const char *text, char **what, int *ms);

enum shape_reading {
    SHAPE_NONE, /* not a shape instruction: the planner reads it */
    SHAPE_STEP, /* *st is the shape step (the caller owns it) */
    SHAPE_FOLD  /* the action is part of the next one's shape: skip it */
};

/* Read one action of a task's instructions, knowing the actions around it
 * (prev and next may be NULL): a template or a request for JSON is one
 * EXTRACT_SHAPE step (value: the template, or NULL for "the last
 * extraction, as an object"; value2 and amount: an element to wait for
 * first and the time limit in ms, from a wait sentence just before);
 * the words before such an action that ask for the same data ("Extract
 * all clickable elements ... Also get the complete HTML markup.") and a
 * wait sentence before it fold into it. A wait sentence alone is a shape
 * step of {"element_found": true}. *st is zeroed first and set only on
 * SHAPE_STEP. */
enum shape_reading shape_read(const char *prev, const char *action, const char *next, step *st);

/* Bytes at the start of action that make another request before its
 * request for JSON ("Go to x and return the title as JSON: {...}" -> "Go
 * to x"), for the planner to read first; 0 when there are none, or when
 * they ask for the same data ("Extract all links. Return ..."). */
size_t shape_lead(const char *action);

#endif
