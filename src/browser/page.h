/* page.h -- one task's page: a fresh browser context with one tab, attached
 * over a flattened CDP session, and what its events tell (load state, console
 * messages).
 *
 * Owned by one worker slot; page_abort() may be called from any thread to
 * make a blocked call return at once. */
#ifndef BAI_PAGE_H
#define BAI_PAGE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "cdp/cdp.h"

typedef struct page page;

/* Create a browser context and a blank tab in it, attach, enable the
 * domains we read, install the agent, refuse downloads. allow_private = 0
 * turns on request interception that refuses every request to a non-public
 * address (redirects and sub-resources included), enforcing the URL policy
 * inside the browser. proxy: "http://host:port" (or socks5://) for all of the
 * context's traffic, or NULL. */
int page_open(cdp *c, int allow_private, const char *proxy, page **out, char *err, size_t errlen);

/* Make the page look like it is at a place: time zone (IANA name), locale
 * (BCP 47, also the Accept-Language and navigator.language), and the
 * geolocation coordinates, with the permission to read them granted. Call
 * before the first navigation. The pool may have set it when it prepared
 * the page; it is sent again all the same, as its answer is what shows
 * that the page's browser is still there. */
int page_set_place(page *p, const char *tz, const char *locale, double lat, double lon, char *err,
                   size_t errlen);

/* Dispose of the context (closing its tabs) and free. Accepts NULL. */
void page_close(page *p);

/* Make calls on this page fail with CDP_EABORT until page_close. */
void page_abort(page *p);

/* False once the page's renderer or its whole browser has died. */
int page_alive(page *p);

/* Milliseconds since a request of the page started or ended; 0 while one is
 * in flight, unless only stragglers are left (long polls, streams: see
 * page_settle). A page with no network news for long has loaded what it
 * will load. */
int64_t page_net_idle_ms(page *p);

/* Navigate and wait for the load event, at most timeout_ms. Returns 0, or a
 * CDP_E* code with a message ("net::ERR_CONNECTION_REFUSED", "timed out
 * after 30 s waiting for the page to load"). *status gets the HTTP status of
 * the main response when known (0 otherwise). */
int page_navigate(page *p, const char *url, int timeout_ms, int *status, char *err, size_t errlen);

/* Evaluate a JavaScript expression and return its value (by value, promises
 * awaited) as a new reference in *out. A thrown exception is CDP_EPROTO with
 * its text. */
int page_eval(page *p, const char *expr, int timeout_ms, json_t **out, char *err, size_t errlen);

/* Evaluate call, an expression using the in-page agent (window.__bai, see
 * agent.js), as page_eval does; the agent is installed in the top document
 * first when that document has none yet. */
int page_agent_eval(page *p, const char *call, int timeout_ms, json_t **out, char *err,
                    size_t errlen);

/* PNG screenshot: of the viewport; of the whole page when full; or of box
 * (x, y, width, height in viewport CSS pixels) when box is non-NULL. *png
 * malloc'ed. */
int page_screenshot(page *p, int full, const double *box, int timeout_ms, void **png, size_t *len,
                    char *err, size_t errlen);

/* Send a command on the page's session (see cdp_call). */
int page_call(page *p, const char *method, json_t *params, int timeout_ms, json_t **out, char *err,
              size_t errlen);

/* After an action: if it started a navigation (the page asked for one
 * within a short window, or while settling), wait for the load event (at
 * most nav_timeout_ms; a page still loading after that is used as it is);
 * then wait, at most quiet_max_ms, until no request is in flight (or only
 * stragglers) and the DOM stopped changing, again while the page keeps
 * moving. Returns CDP_OK, or CDP_EABORT / CDP_EDEAD. */
int page_settle(page *p, int nav_timeout_ms, int quiet_max_ms);

/* Go back (delta -1), forward (+1) or reload (0). Does not wait: follow
 * with page_settle(). */
int page_history(page *p, int delta, int timeout_ms, char *err, size_t errlen);

/* ---- tabs the page opens ------------------------------------------------ */

/* After an action: if the page opened a tab since the last look (a link
 * with target=_blank, window.open), act on that tab from now on; the
 * other tabs stay open. Returns 1 with the tab's URL in url, 0 when no
 * tab was opened, or a CDP_E* code (negative) with err. When no tab was
 * opened but the page closed the tab acted on (window.close), the tab
 * acted on before it (else the newest left) is acted on: 2, its URL in
 * url. */
int page_follow_new_tab(page *p, int timeout_ms, char *url, size_t urllen, char *err,
                        size_t errlen);

/* Act on another tab of the page's browser context: which = 1 for the
 * first tab, 2 the second (in the order they opened), -1 the newest, 0
 * the one acted on before this one. Returns CDP_OK with its URL in url,
 * or a CDP_E* code with err ("there is only 1 tab"). */
int page_switch_tab(page *p, int which, int timeout_ms, char *url, size_t urllen, char *err,
                    size_t errlen);

/* How the page's JavaScript dialogs (alert, confirm, prompt) are answered
 * from now on: accepted (accept 1, with text typed into a prompt when not
 * NULL) or dismissed (0); each is answered at once, as the page waits on
 * it. Until set, they are accepted. Returns 1 with the last dialog opened
 * since the previous call in seen ("confirm: I am a JS Confirm", then how
 * it was answered), else 0. */
int page_dialogs(page *p, int accept, const char *text, char *seen, size_t seenlen);

/* ---- input (input.c): events as a user's devices make them ------------- */

/* Move the mouse to (x, y) (viewport CSS pixels), press and release the left
 * button: the page sees mousemove, mousedown, mouseup and click. */
int page_click(page *p, double x, double y, int timeout_ms, char *err, size_t errlen);
/* How many clicks and key presses were sent to p so far: a step that sent
 * none changed nothing by hand. */
unsigned page_inputs(const page *p);
/* Move the mouse to (x, y): hover effects and mouseover handlers run. */
int page_hover(page *p, double x, double y, int timeout_ms, char *err, size_t errlen);
/* Press and release one key, named as KeyboardEvent.key ("Enter", "Tab",
 * "ArrowDown", "a"), with modifiers ("Control", "Shift+Alt", or NULL). */
int page_key(page *p, const char *key, const char *modifiers, int timeout_ms, char *err,
             size_t errlen);
/* Type text into the focused element, one key event per character, so the
 * page's keydown/keypress/input/keyup handlers run as for a person. */
int page_type(page *p, const char *text, int timeout_ms, char *err, size_t errlen);

/* The document's HTML (outerHTML with doctype); malloc'ed. */
int page_html(page *p, int timeout_ms, char **html, char *err, size_t errlen);

/* Console messages and uncaught errors since the last call, as a JSON array
 * of {"type","text","ts"} (new reference); the page's list is emptied. */
json_t *page_console_take(page *p);

/* {"url":..., "title":..., "tabs":[{"url","title"}]} of the page now (new
 * reference; never NULL). */
json_t *page_state(page *p, int timeout_ms);

#endif
