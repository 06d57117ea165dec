/* intents.h -- the rule planner's verb table: one clause -> one step.
 *
 * Internal to the planner. intents.c holds the table of verbs and phrasings
 * (one line each) and a reader per intent that turns the words after the
 * verb into the step's fields; planner.c splits actions into clauses and
 * assembles plans. Pure and thread-safe. */
#ifndef BAI_INTENTS_H
#define BAI_INTENTS_H

#include <stddef.h>

#include "plan/step.h"

/* Most times one clause may repeat ("press Tab 3 times"). */
#define INTENTS_MAX_REPEAT 20
/* Longest WAIT_TIME, in ms: the task's own time limit bounds it anyway. */
#define INTENTS_MAX_WAIT_MS 600000

typedef struct parsed {
    step st;  /* the step; clause not set */
    step pre; /* a step to run first ("log in to example.com as ...") */
    int has_pre;
    int repeat;     /* 1, or how many times to run st */
    char verb[64];  /* the verb as written ("get"), to carry it over:
                       "get the title and the url" */
    char hint[200]; /* why the clause was refused, when a verb was known */
} parsed;

enum {
    /* Refuse rather than guess: no "read it as an element's text" for
     * extraction verbs. Used when trying to join clauses. */
    INTENTS_STRICT = 1,
};

/* Parse one clause into *out (zeroed first). prev: the target of the step
 * before, for "it" / "that"; may be NULL. Returns 0, or -1 with out->hint
 * set when a verb was recognized and something is missing (out holds
 * nothing to free then). On success free out->st (and out->pre when
 * has_pre) with step_free. */
int intents_parse(const char *clause, const target *prev, int flags, parsed *out);

/* A clause that only says where the next one acts: "on @sam's post",
 * "for the user Omar", "in the folder tree" (0: t's anchor, anchor_role
 * and prep set; free with target_free), or "on <url>" (0: *url,
 * malloc'ed). -1 when the clause is no such thing. */
int intents_context(const char *clause, target *t, char **url);

/* The clause only says the task is on a browser tab it moved to already:
 * "in the new tab", "(on the new page)". */
int intents_tab_place(const char *clause);

/* The clause asks a question: it ends in "?" or a wh-word opens it
 * ("who ...", "at what time ...", "tell me how much ..."). */
int intents_asks(const char *clause);

/* A clause no intent reads, as a request grounded in the page when it
 * runs: a question becomes EXTRACT_ANSWER, anything else STEP_DO, value
 * the words without the page address and polite words; the address,
 * wherever it stands ("On <url>, ...", "<url> - ...", "<url>: ...",
 * "Use <url> to ...", "... on <url>"), a navigation in out->pre first.
 * A question about "it" gets prev (may be NULL) as its target. Returns 0,
 * or -1 when the clause holds no word (out holds nothing then). */
int intents_fallback(const char *clause, const target *prev, parsed *out);

/* A refusal (parsed.hint) that stands even with a page to ground the
 * words in: what no step does ("uploading files is not supported") or a
 * generic verb with nothing to act on ("say what to click"), unless the
 * clause is a verb alone that names a control ("save", "search"). Any other
 * refused clause is grounded when it runs (intents_fallback). */
int intents_final(const char *clause, const char *hint);

/* The first web address written in text (a scheme, www. or a port; not
 * in quotes), as typed, malloc'ed; NULL when there is none. */
char *intents_first_url(const char *text);

/* The clause without its first written web address and the words before
 * it that only say it ("on", "at the page"): "search <url> for a van" ->
 * "search for a van". Malloc'ed, or NULL when it holds no address. */
char *intents_drop_url(const char *clause);

/* The instruction with an account and password said apart from a login
 * ("favourite X (login: jo@x.io, pw p)", "my login is jo@x.io with password
 * p") made a login clause of its own ("log in as "jo@x.io" with password
 * "p", then favourite X"), or joined to a login said without them; NULL
 * when it says none. Malloc'ed, as *account (the account it read). */
char *intents_login_said(const char *text, char **account);

/* The clause says something of the person or the party rather than
 * asking: "we are 6 people", "I was referred by Dana", "there will be 3 of
 * us", "my e-mail is ana@x.io". */
int intents_statement(const char *clause);

/* What a question asks about, for "it" and "its" in the words after it:
 * "How spicy is the lamb curry?" -> "lamb curry", "what is the price of
 * the Oak Desk?" -> "Oak Desk". Malloc'ed, or NULL. */
char *intents_question_subject(const char *question);

/* The clause's verb says how to get somewhere or see something ("open it
 * in a new tab", "hover the badge", "check the Specs tab"), not what to
 * do to a thing ("choose it", "add it to the cart"). */
int intents_way_verb(const char *clause);

/* The thing a question's answer names, for "it" after it: "which plan
 * includes roaming?" -> "plan that includes roaming". Malloc'ed, or NULL
 * (a question of another shape: "what time does it open?"). */
char *intents_answer_thing(const char *question);

/* The control named so sends or saves a form ("Save", "Submit", "Book
 * now", "Update profile"). */
int intents_sends(const char *name);

/* The clause says what someone must or will do ("I have to return the
 * drill by Friday", "Our booking needs to move"): a request, not context. */
int intents_obliged(const char *clause);

/* "save it", "and save them": after a change, its form's Save pressed
 * (not the field's text kept). */
int intents_save_it(const char *clause);

/* The question asks yes or no: "Is a lift out of order?", "Does any
 * route run late?". */
int intents_yes_no(const char *question);

/* A short question that asks back about the answer before: "Tell me
 * which.", "If so, which one and why?", "What time does it close then?". */
int intents_asks_back(const char *clause);

/* The clause only says where the request after it looks: "Based on my
 * order history", "Going through my statements", "Among my saved recipes",
 * "Per the warranty terms". */
int intents_frame(const char *clause);

/* Where the advice in the clause begins, after its lead ("You may need to
 * scroll down", "Tip: it's under Settings", "It might help to expand
 * Archive"), or NULL when the clause is no advice: a way the writer
 * expects, to be tried, never a request that fails the task. */
const char *intents_advice(const char *clause);

/* The thing a clause grounded at run time names, for "it" in a later
 * clause: "view invoice 2041" -> "invoice 2041", "I don't want the SMS
 * reminder" -> "SMS reminder". *statement: the clause only says
 * something ("the eggs are not bought yet") and asks for nothing. Malloc'ed,
 * or NULL. */
char *intents_thing(const char *clause, int *statement);

/* The words with their first "it" or "them" (a word of its own, unquoted, not
 * the first) replaced by thing: "mark it as won" -> "mark Globex deal as
 * won". Malloc'ed, or NULL when the words hold no such pronoun. */
char *intents_put_thing(const char *words, const char *thing);

/* The value a statement gives for a field filled later ("I was born on 2
 * July 1988" -> "2 July 1988"), malloc'ed, or NULL. */
char *intents_stated_value(const char *clause);

/* The clause only says where the thing of the clause around it is: "(look
 * under Billing)", "(Devices tab)", "It's in Notifications", "Look in
 * Projects/2026/Q1", "It's on <url>", "<url> (Billing tab)", "Look under
 * Billing on <url>". 0 with *place the request that opens it ("open
 * Billing", malloc'ed) and/or *url the address to open first (malloc'ed,
 * or NULL); 1 the same for a hint only after a question ("Check the venue
 * map", "Use <url>."); -1 when the clause is no such thing (both NULL).
 * The caller frees *place and *url. */
int intents_hint(const char *clause, char **place, char **url);

/* The clause starts (after polite words) with a verb the table knows, or
 * is a bare web address. */
int intents_has_verb(const char *clause);

/* The clause only takes back the request before, the words after it
 * correcting it: "no" in "no, the blue one", "wait", "actually". */
int intents_retraction(const char *clause);

/* The clause corrects the request before it ("I mean how many of its
 * items are done", "or rather the blue one"): the offset in clause of the
 * request that replaces it, or 0 when it is no correction. */
size_t intents_correction(const char *clause);

/* The clause is a noun alone that follows a question: "and the price?",
 * "what about the weight?" (*extend 1: asked of the same thing), "just
 * the titles", "coursework and exam please" (*extend 0: the question
 * before, narrowed). The noun, lead words and "?" taken off (malloc'ed),
 * or NULL when the clause asks or requests on its own or gives a value. */
char *intents_follow_up(const char *clause, int *extend);

/* The clause asks for nothing: only polite words or a list marker
 * ("please", "1.", "Next"). last: it ends the action, where only closing
 * words count ("thanks"; "Next" may be a button's name). */
int intents_only_filler(const char *clause, int last);

#endif
