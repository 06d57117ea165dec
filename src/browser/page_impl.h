/* page_impl.h -- internal to src/browser and to tests: what a page
 * implementation provides.
 *
 * page.c owns the public API (page.h) and dispatches each call through the
 * page's ops table, as the store does with its backends: cdp_page.c is the
 * real page (a Chromium context and tab over DevTools); unit tests give
 * fake pages that stall, fail or die on demand, so the executor and the
 * worker can be tested without a browser. An implementation embeds
 * `struct page` as its first member. Callers of pages never include this
 * file. */
#ifndef BAI_PAGE_IMPL_H
#define BAI_PAGE_IMPL_H

#include "browser/page.h"

/* One entry per page_* call of page.h, with that call's contract. */
typedef struct page_ops {
    int (*set_place)(page *p, const char *tz, const char *locale, double lat, double lon, char *err,
                     size_t errlen);
    void (*close)(page *p);
    void (*abort)(page *p);
    int (*alive)(page *p);
    int64_t (*net_idle_ms)(page *p); /* NULL: never idle (a fake page) */
    int (*navigate)(page *p, const char *url, int timeout_ms, int *status, char *err,
                    size_t errlen);
    int (*eval)(page *p, const char *expr, int timeout_ms, json_t **out, char *err, size_t errlen);
    int (*agent_eval)(page *p, const char *call, int timeout_ms, json_t **out, char *err,
                      size_t errlen);
    int (*screenshot)(page *p, int full, const double *box, int timeout_ms, void **png, size_t *len,
                      char *err, size_t errlen);
    int (*call)(page *p, const char *method, json_t *params, int timeout_ms, json_t **out,
                char *err, size_t errlen);
    int (*settle)(page *p, int nav_timeout_ms, int quiet_max_ms);
    int (*history)(page *p, int delta, int timeout_ms, char *err, size_t errlen);
    int (*html)(page *p, int timeout_ms, char **html, char *err, size_t errlen);
    json_t *(*console_take)(page *p);
    json_t *(*state)(page *p, int timeout_ms);
    /* page_switch_tab; with which == PAGE_TAB_OPENED, page_follow_new_tab.
     * NULL: the page has one tab only. */
    int (*tab)(page *p, int which, int timeout_ms, char *url, size_t urllen, char *err,
               size_t errlen);
    /* page_dialogs. NULL: the page opens no JavaScript dialogs. */
    int (*dialogs)(page *p, int accept, const char *text, char *seen, size_t seenlen);
} page_ops;

/* page_ops.tab: follow a tab opened since the last look (1), or none (0). */
#define PAGE_TAB_OPENED (-1000)

/* A place as page_set_place() takes it; set 0: none (or one too long to
 * keep, which is then set again each time). */
typedef struct page_place {
    char tz[64];
    char locale[32];
    double lat, lon;
    int set;
} page_place;

struct page {
    const page_ops *ops;
    /* The place set last (page.c): the pool gives it to the next page it
     * prepares in the same browser, so a task of the same place as the
     * last starts with its place set. */
    page_place place;
    /* Clicks and key presses sent to the page (input.c), for page_inputs. */
    unsigned inputs;
};

#endif
