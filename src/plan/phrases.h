/* phrases.h -- the rule planner's words: a clause as tokens, and readers of
 * the small phrases every intent shares (fillers, numbers, durations,
 * ordinals, key names, role words, element targets).
 *
 * Internal to the planner: planner.c splits and assembles plans, intents.c
 * holds the verb table, this module the vocabulary. Every word list is a
 * static table, so a synonym is one line. Table words are lower case;
 * matching ignores case and treats a typographic apostrophe (U+2019) as
 * "'". Pure and thread-safe: no globals but constant tables. */
#ifndef BAI_PHRASES_H
#define BAI_PHRASES_H

#include <stddef.h>

#include "plan/step.h"

/* A clause longer than this many words is refused (a quoted text counts
 * as one word, so long values still fit when quoted). */
#define PH_MAX_TOKENS 400

typedef struct tok {
    const char *s;    /* the word, or a quoted text without its quotes */
    size_t n;         /* its length in bytes */
    size_t core;      /* n without trailing punctuation (".,;:?!)"): what
                         table words are compared with */
    const char *from; /* the token in the clause, quotes included */
    const char *to;
    int quoted;
} tok;

typedef struct toks {
    tok *t;
    int n;
    int empty_quote; /* the clause holds "" (nothing between quotes) */
    int too_long;    /* more than PH_MAX_TOKENS words */
} toks;

/* Split clause into words and quoted texts ("...", “...”, ‘...’, '...'; an
 * unclosed double quote runs to the end). Tokens point into clause, which
 * must outlive *out. Free with ph_toks_free. */
void ph_tokenize(const char *clause, toks *out);
void ph_toks_free(toks *c);

/* ---- matching words ----------------------------------------------------- */

/* Token i (unquoted) is the table word w. */
int ph_is(const toks *c, int i, const char *w);
/* The phrase (table words separated by single spaces) starts at token i and
 * ends before end: returns the number of tokens it covers, else 0. */
int ph_match(const toks *c, int i, int end, const char *phrase);
/* The longest phrase of a NULL-terminated list at token i: its length in
 * tokens (0: none); *which gets its index when which is not NULL. */
int ph_match_list(const toks *c, int i, int end, const char *const *list, int *which);
/* The longest phrase of list that ends exactly at end (and starts at or
 * after i): its length in tokens, else 0. */
int ph_match_list_end(const toks *c, int i, int end, const char *const *list);
/* How many words a table phrase has ("as well as": 3). */
int ph_words(const char *phrase);
/* The words i..j-1 as written (a lone quoted token: its text without the
 * quotes), trailing punctuation dropped. Malloc'ed. */
char *ph_text(const toks *c, int i, int j);
/* Token i begins with an upper-case letter (a name rather than a word). */
int ph_capitalized(const toks *c, int i);
/* Lower-case copy of a word, singular ("prices" -> "price", "categories" ->
 * "category"). Malloc'ed. */
char *ph_singular(const char *w, size_t n);
/* The word looks plural ("prices", not "address"). */
int ph_plural(const char *w, size_t n);

/* ---- fillers ------------------------------------------------------------ */

/* Polite or filler words before a request ("please", "can you", "let's",
 * "1.", "step 2:"): the number of tokens of one such phrase at i, or 0. */
int ph_lead_filler(const toks *c, int i, int end);
/* The end of the clause without trailing filler ("please", "for me",
 * "on this page", "again"). */
int ph_trim_tail(const toks *c, int i, int end);
/* Every token of [i, end) is filler: the clause asks for nothing.
 * tail_only: only words that end a request count ("thanks", not "next"). */
int ph_only_filler(const toks *c, int i, int end, int tail_only);
/* "twice", "3 times", "three more times" at the end: returns the count
 * and sets *at to where the phrase starts; 0 when there is none. */
int ph_repeat(const toks *c, int i, int end, int *at);

/* ---- numbers and durations ---------------------------------------------- */

/* A number at i: digits ("500", "1.5") or words ("two", "a couple of",
 * "half a"). Words count only when want_words. Returns tokens used. */
int ph_number(const toks *c, int i, int end, int want_words, double *v);
/* A duration at i ("2 seconds", "500ms", "1.5s", "a moment", "half a
 * minute", "3" with unit_ms for a bare number, 0 to require a unit).
 * Returns tokens used and *ms. */
int ph_duration(const toks *c, int i, int end, long unit_ms, long *ms);
/* A distance in pixels at i ("500 pixels", "500px", "500"). */
int ph_pixels(const toks *c, int i, int end, long *px);

/* ---- ordinals, keys ----------------------------------------------------- */

/* An ordinal at i ("first", "2nd", "last", "second to last"): tokens used
 * and *ord (1, 2, ..., -1 last, -2 second to last). */
int ph_ordinal(const toks *c, int i, int end, int *ord);
/* The whole of [i, end) names a key or a combination ("Enter", "the down
 * arrow key", "ctrl+a", "Shift + Tab"): 0 with *key (KeyboardEvent.key)
 * and *mods ("Control", "Control+Shift" in the order written, or NULL),
 * both malloc'ed; -1 when it is not a key. */
int ph_key(const toks *c, int i, int end, char **key, char **mods);

/* ---- element targets ---------------------------------------------------- */

/* How role words read depend on the verb: a "box" one checks is a
 * checkbox, a "menu" one selects from is a dropdown, a "page" one opens is
 * a link, and "the article" one reads is no nth link. */
enum { CTX_CLICK = 1, CTX_FIELD = 2, CTX_CHECK = 4, CTX_SELECT = 8, CTX_NAV = 16, CTX_READ = 32 };

/* The role word (longest phrase) at i, in ctx: tokens used and *role ("" for
 * words that name no role, such as "icon" or "section"). */
int ph_role_at(const toks *c, int i, int end, int ctx, const char **role);
/* A role word ending exactly at end (and starting at or after i). */
int ph_role_at_end(const toks *c, int i, int end, int ctx, const char **role);

/* Read [i, end) as an element the way a person names it: "the Login
 * button", "the 2nd result", "the link \"Docs\"", "the field labeled
 * Email", "Sign in". Fills *t (allocating text and role). *pronoun is set
 * (and *t left empty) for "it", "that", "this one". Returns 0, or -1 when
 * nothing is named ("the", "the section"). */
int ph_target(const toks *c, int i, int end, int ctx, target *t, int *pronoun);
/* The same words also say, in ph_target: "both" / "all the" (t->all),
 * a state ("the collapsed section"), "begins with" (t->prefix), an anchor
 * after a preposition ("the Like button on @sam's post", "the balance
 * next to Credits") or before a possessive ("Omar's phone number"), and
 * "his" / "its" before the name (*pronoun = 2: the anchor is the thing
 * before), and a superlative ("the cheapest lamp", "the product with the
 * highest rating": t->state "min:price", "max:rating"). */
/* A superlative at i ("cheapest", "most expensive", "newest", "the
 * highest rating" when it runs to end): tokens used, and *state
 * ("min:price", "max:rating", malloc'ed). */
int ph_superlative(const toks *c, int i, int end, char **state);
/* Read [i, end) as the thing a target is in or beside: "the email from
 * Izabel" -> anchor "Izabel", anchor_role "email"; "@sam's post";
 * "the folder tree"; "order #10482". Replaces t's anchor and anchor_role. */
void ph_anchor(const toks *c, int i, int end, target *t);
/* [i, end) is one URL-like token: a written scheme, or a host with a dot,
 * "localhost", a port or an IPv6 literal. */
int ph_url_like(const toks *c, int i, int end);
/* The URL token's text without quotes or angle brackets. Malloc'ed. */
char *ph_url_text(const toks *c, int i);

#endif
