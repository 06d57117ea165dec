/* page.c -- the page API of page.h, dispatched through each page's ops
 * table (page_impl.h). The real page is cdp_page.c. */
#include "browser/page_impl.h"

#include <stdio.h>
#include <string.h>

int page_set_place(page *p, const char *tz, const char *locale, double lat, double lon, char *err,
                   size_t errlen)
{
    /* Sent even when the page has this place (one batch): the answer is
     * what finds a prepared page whose browser died since, which a task
     * must not be given. */
    p->place.set = 0;
    int rc = p->ops->set_place(p, tz, locale, lat, lon, err, errlen);
    if (rc == 0 && strlen(tz) < sizeof p->place.tz && strlen(locale) < sizeof p->place.locale) {
        snprintf(p->place.tz, sizeof p->place.tz, "%s", tz);
        snprintf(p->place.locale, sizeof p->place.locale, "%s", locale);
        p->place.lat = lat;
        p->place.lon = lon;
        p->place.set = 1;
    }
    return rc;
}

void page_close(page *p)
{
    if (p) p->ops->close(p);
}

void page_abort(page *p)
{
    p->ops->abort(p);
}

int page_alive(page *p)
{
    return p->ops->alive(p);
}

int64_t page_net_idle_ms(page *p)
{
    return p->ops->net_idle_ms ? p->ops->net_idle_ms(p) : 0;
}

int page_navigate(page *p, const char *url, int timeout_ms, int *status, char *err, size_t errlen)
{
    return p->ops->navigate(p, url, timeout_ms, status, err, errlen);
}

int page_eval(page *p, const char *expr, int timeout_ms, json_t **out, char *err, size_t errlen)
{
    return p->ops->eval(p, expr, timeout_ms, out, err, errlen);
}

int page_agent_eval(page *p, const char *call, int timeout_ms, json_t **out, char *err,
                    size_t errlen)
{
    return p->ops->agent_eval(p, call, timeout_ms, out, err, errlen);
}

int page_screenshot(page *p, int full, const double *box, int timeout_ms, void **png, size_t *len,
                    char *err, size_t errlen)
{
    return p->ops->screenshot(p, full, box, timeout_ms, png, len, err, errlen);
}

int page_call(page *p, const char *method, json_t *params, int timeout_ms, json_t **out, char *err,
              size_t errlen)
{
    return p->ops->call(p, method, params, timeout_ms, out, err, errlen);
}

int page_settle(page *p, int nav_timeout_ms, int quiet_max_ms)
{
    return p->ops->settle(p, nav_timeout_ms, quiet_max_ms);
}

int page_history(page *p, int delta, int timeout_ms, char *err, size_t errlen)
{
    return p->ops->history(p, delta, timeout_ms, err, errlen);
}

int page_html(page *p, int timeout_ms, char **html, char *err, size_t errlen)
{
    return p->ops->html(p, timeout_ms, html, err, errlen);
}

json_t *page_console_take(page *p)
{
    return p->ops->console_take(p);
}

json_t *page_state(page *p, int timeout_ms)
{
    return p->ops->state(p, timeout_ms);
}

int page_follow_new_tab(page *p, int timeout_ms, char *url, size_t urllen, char *err, size_t errlen)
{
    if (!p->ops->tab) return 0;
    return p->ops->tab(p, PAGE_TAB_OPENED, timeout_ms, url, urllen, err, errlen);
}

int page_dialogs(page *p, int accept, const char *text, char *seen, size_t seenlen)
{
    if (!p->ops->dialogs) return 0;
    return p->ops->dialogs(p, accept, text, seen, seenlen);
}

int page_switch_tab(page *p, int which, int timeout_ms, char *url, size_t urllen, char *err,
                    size_t errlen)
{
    if (p->ops->tab) return p->ops->tab(p, which, timeout_ms, url, urllen, err, errlen);
    snprintf(err, errlen, "there is only 1 tab");
    return CDP_EPROTO;
}
