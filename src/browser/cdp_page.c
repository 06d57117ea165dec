/* cdp_page.c -- the real page: one task's browser context and tab in
 * Chromium, over DevTools. See page.h; page.c dispatches to it.
 *
 * Events arrive on the CDP dispatcher thread (on_event) and update the
 * page's state under its mutex; the worker thread waits on the condition
 * variable for what it needs (the load event) with a deadline. */
#include "browser/page_impl.h"

#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "browser/agent.h"
#include "policy/urlpolicy.h"
#include "util/proc.h"
#include "util/util.h"

/* Console entries kept per step; a page that logs in a loop must not grow
 * memory without bound. */
#define CONSOLE_MAX 1000

typedef struct cpage cpage;

struct cpage {
    page base; /* first: a cpage is a page */
    cdp *c;
    char *context;
    char *target;
    char *session;
    int allow_private;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int loads; /* Page.loadEventFired count */
    int crashed;
    int aborted;
    int64_t opened_ms; /* util_now_ms() at page_open: renderer kills since count */
    json_t *console;
    unsigned long console_dropped;
    char blocked[300];     /* why the last request was refused, for errors */
    int navigations;       /* main-frame navigations started (frameStartedLoading) */
    int nav_requests;      /* main-frame navigations asked for (frameRequestedNavigation) */
    int loading;           /* the main frame is loading now */
    int in_document;       /* main-frame navigations within the document (hash, history API) */
    int64_t almost_idle;   /* monotonic ms of networkAlmostIdle since the last navigation, or 0 */
    json_t *inflight;      /* requestId -> true: network requests under way */
    int64_t net_change;    /* monotonic ms of the last start or end of a request */
    int64_t net_start;     /* monotonic ms of the last start of a request */
    char doc_loader[64];   /* the main frame's last document response: its loader */
    int doc_status;        /* and its HTTP status */
    char doc_refused[256]; /* and the egress gate's reason when the gate
                              answered it (no server was reached) */
    /* The agent's own world: an isolated JavaScript context of the top
     * document (0: none yet, or its document is gone). The page's scripts
     * cannot see or replace window.__bai there, nor its DOM prototypes. */
    int world;
    /* Requests the browser paused for the URL policy wait in paused for
     * the page's fetcher thread: checking one may resolve a name, which
     * must not hold up the dispatcher that serves every page of the
     * browser. Guarded by mu. */
    json_t *paused; /* [{"id","url"}] */
    pthread_cond_t paused_cv;
    pthread_t fetcher;
    int fetcher_running;
    int fetcher_stop;
    /* tabs (cp_tab): the context's page targets in the order they opened,
     * the one acted on before, and ids of sessions and targets left */
    json_t *tabs;
    char *prev_target;
    char **retired;
    int nretired, capretired;
    /* The worker's own: calls made on the tab so far (pcall), and how many
     * had been made when p->tabs was last listed; tabs found new since
     * the last cp_tab, which that call takes. */
    unsigned long calls;
    unsigned long tabs_calls;
    int tabs_new;
    char *ua; /* the browser's user agent without "Headless", read at page_open */
    /* JavaScript dialogs (page_dialogs): how the next is answered, and the
     * last one answered since the executor looked. Guarded by mu. */
    int dlg_dismiss;
    char *dlg_text;
    char dlg_seen[300];
};

/* Requests that never end (long polls, streams) must not hold up "network
 * quiet" forever: past this many in flight we stop tracking new ones. */
#define INFLIGHT_MAX 500

static const page_ops cdp_page_ops;
static int cp_set_place(page *pg, const char *tz, const char *locale, double lat, double lon,
                        char *err, size_t errlen);
static void cp_close(page *pg);
static int cp_alive(page *pg);
static int64_t cp_net_idle_ms(page *pg);
static void cp_abort(page *pg);
static int cp_navigate(page *pg, const char *url, int timeout_ms, int *status, char *err,
                       size_t errlen);
static int cp_agent_eval(page *pg, const char *call, int timeout_ms, json_t **out, char *err,
                         size_t errlen);
static int cp_eval(page *pg, const char *expr, int timeout_ms, json_t **out, char *err,
                   size_t errlen);
static int cp_screenshot(page *pg, int full, const double *box, int timeout_ms, void **png,
                         size_t *len, char *err, size_t errlen);
static int cp_html(page *pg, int timeout_ms, char **html, char *err, size_t errlen);
static json_t *cp_console_take(page *pg);
static json_t *cp_state(page *pg, int timeout_ms);
static int cp_call(page *pg, const char *method, json_t *params, int timeout_ms, json_t **out,
                   char *err, size_t errlen);
static int cp_settle(page *pg, int nav_timeout_ms, int quiet_max_ms);
static int cp_history(page *pg, int delta, int timeout_ms, char *err, size_t errlen);

static void console_add(cpage *p, const char *type, const char *text)
{
    char ts[UTIL_TIME_LEN];
    util_time_fmt(util_now_ms(), ts);
    pthread_mutex_lock(&p->mu);
    if (json_array_size(p->console) < CONSOLE_MAX)
        json_array_append_new(p->console,
                              json_pack("{s:s, s:s, s:s}", "type", type, "text", text, "ts", ts));
    else
        p->console_dropped++;
    pthread_mutex_unlock(&p->mu);
}

/* The text of a console call's arguments, as DevTools would show it. */
static char *console_text(json_t *args)
{
    buf b = {0};
    size_t i;
    json_t *a;
    json_array_foreach(args, i, a)
    {
        if (i) buf_puts(&b, " ");
        json_t *v = json_object_get(a, "value");
        const char *d = json_string_value(json_object_get(a, "description"));
        if (json_is_string(v))
            buf_puts(&b, json_string_value(v));
        else if (v) {
            char *t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
            if (t) buf_puts(&b, t);
            free(t);
        } else if (d)
            buf_puts(&b, d);
        else
            buf_puts(&b, json_string_value(json_object_get(a, "type")) ?: "undefined");
    }
    return buf_steal(&b);
}

/* Dispatcher: hand a paused request to the fetcher. Never blocks. */
static void on_request_paused(cpage *p, json_t *params)
{
    const char *id = json_string_value(json_object_get(params, "requestId"));
    const char *url = json_string_value(json_object_get(json_object_get(params, "request"), "url"));
    if (!id) return;
    pthread_mutex_lock(&p->mu);
    json_array_append_new(p->paused, json_pack("{s:s, s:s}", "id", id, "url", url ? url : ""));
    pthread_cond_signal(&p->paused_cv);
    pthread_mutex_unlock(&p->mu);
}

/* Answer one paused request: data: and blob: never leave the browser;
 * everything else obeys the policy, redirects and sub-resources included. */
static void answer_paused(cpage *p, const char *id, const char *url)
{
    char why[256];
    if (strncmp(url, "data:", 5) == 0 || strncmp(url, "blob:", 5) == 0 ||
        urlpolicy_check(url, p->allow_private, 1, why, sizeof why) == 0) {
        cdp_send(p->c, p->session, "Fetch.continueRequest", json_pack("{s:s}", "requestId", id),
                 10000);
        return;
    }
    pthread_mutex_lock(&p->mu);
    snprintf(p->blocked, sizeof p->blocked, "%s", why);
    pthread_mutex_unlock(&p->mu);
    console_add(p, "blocked", why);
    cdp_send(p->c, p->session, "Fetch.failRequest",
             json_pack("{s:s, s:s}", "requestId", id, "errorReason", "BlockedByClient"), 10000);
}

static void *fetcher_main(void *arg)
{
    cpage *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!json_array_size(p->paused) && !p->fetcher_stop)
            pthread_cond_wait(&p->paused_cv, &p->mu);
        if (p->fetcher_stop) break;
        json_t *req = json_incref(json_array_get(p->paused, 0));
        json_array_remove(p->paused, 0);
        pthread_mutex_unlock(&p->mu);
        answer_paused(p, json_string_value(json_object_get(req, "id")),
                      json_string_value(json_object_get(req, "url")));
        json_decref(req);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Header name's value from a DevTools headers object (names as the
 * server sent them, so compared without case) into out; "" when absent. */
static void header_value(json_t *headers, const char *name, char *out, size_t outlen)
{
    const char *k;
    json_t *v;
    out[0] = '\0';
    json_object_foreach(headers, k, v)
    {
        if (!strcasecmp(k, name) && json_is_string(v)) {
            snprintf(out, outlen, "%s", json_string_value(v));
            return;
        }
    }
}

/* Network and main-frame loading state, for page_settle(). */
static int on_load_state(cpage *p, const char *method, json_t *params)
{
    const char *frame = json_string_value(json_object_get(params, "frameId"));
    const char *req = json_string_value(json_object_get(params, "requestId"));
    int main_frame = frame && !strcmp(frame, p->target);
    pthread_mutex_lock(&p->mu);
    int handled = 1;
    if (!strcmp(method, "Network.requestWillBeSent") && req) {
        if (json_object_size(p->inflight) < INFLIGHT_MAX)
            json_object_set_new(p->inflight, req, json_true());
        p->net_change = p->net_start = util_mono_ms();
    } else if (!strcmp(method, "Network.responseReceived") && main_frame &&
               json_string_value(json_object_get(params, "type")) &&
               !strcmp(json_string_value(json_object_get(params, "type")), "Document")) {
        /* The status page_navigate() reports, without asking the page. */
        snprintf(p->doc_loader, sizeof p->doc_loader, "%s",
                 json_string_value(json_object_get(params, "loaderId")) ?: "");
        json_t *response = json_object_get(params, "response");
        p->doc_status = (int)json_integer_value(json_object_get(response, "status"));
        header_value(json_object_get(response, "headers"), "x-browserai-refused", p->doc_refused,
                     sizeof p->doc_refused);
    } else if ((!strcmp(method, "Network.loadingFinished") ||
                !strcmp(method, "Network.loadingFailed")) &&
               req) {
        json_object_del(p->inflight, req);
        p->net_change = util_mono_ms();
    } else if (!strcmp(method, "Page.frameRequestedNavigation") && main_frame) {
        /* Asked for in this tab (a link, a submit, location = ...): one to wait for. */
        const char *disp = json_string_value(json_object_get(params, "disposition"));
        if (!disp || !strcmp(disp, "currentTab")) p->nav_requests++;
    } else if (!strcmp(method, "Page.frameStartedLoading") && main_frame) {
        p->navigations++;
        p->loading = 1;
        p->almost_idle = 0;
    } else if (!strcmp(method, "Page.frameStoppedLoading") && main_frame) {
        p->loading = 0;
    } else if (!strcmp(method, "Page.navigatedWithinDocument") && main_frame) {
        p->in_document++;
    } else if (!strcmp(method, "Page.lifecycleEvent") && main_frame) {
        const char *name = json_string_value(json_object_get(params, "name"));
        if (name && !strcmp(name, "init"))
            p->almost_idle = 0;
        else if (name && !strcmp(name, "networkAlmostIdle"))
            p->almost_idle = util_mono_ms();
        else
            handled = 0;
    } else {
        handled = 0;
    }
    if (handled) pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return handled;
}

static void on_event(void *ud, const char *method, json_t *params)
{
    cpage *p = ud;
    if (on_load_state(p, method, params)) return;
    if (!strcmp(method, "Page.loadEventFired")) {
        pthread_mutex_lock(&p->mu);
        p->loads++;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    } else if (!strcmp(method, "Runtime.consoleAPICalled")) {
        char *text = console_text(json_object_get(params, "args"));
        console_add(p, json_string_value(json_object_get(params, "type")) ?: "log", text);
        free(text);
    } else if (!strcmp(method, "Runtime.exceptionThrown")) {
        json_t *d = json_object_get(params, "exceptionDetails");
        const char *text =
            json_string_value(json_object_get(json_object_get(d, "exception"), "description"));
        console_add(p, "exception", text ? text : json_string_value(json_object_get(d, "text")) ?: "");
    } else if (!strcmp(method, "Log.entryAdded")) {
        json_t *e = json_object_get(params, "entry");
        console_add(p, json_string_value(json_object_get(e, "level")) ?: "log",
                    json_string_value(json_object_get(e, "text")) ?: "");
    } else if (!strcmp(method, "Page.javascriptDialogOpening")) {
        /* A dialog would block the page forever: answered at once, as the
         * task said (page_dialogs; accepted unless told), and told. */
        const char *type = json_string_value(json_object_get(params, "type")) ?: "dialog";
        char *t =
            xasprintf("%s: %s", type, json_string_value(json_object_get(params, "message")) ?: "");
        console_add(p, "dialog", t);
        pthread_mutex_lock(&p->mu);
        int accept = !p->dlg_dismiss;
        const char *typed = accept && !strcmp(type, "prompt") ? p->dlg_text : NULL;
        json_t *how = json_pack("{s:b}", "accept", accept);
        if (typed) json_object_set_new(how, "promptText", json_string(typed));
        snprintf(p->dlg_seen, sizeof p->dlg_seen, "%s (%s%s%s%s)", t,
                 accept ? "accepted" : "dismissed", typed ? ", typed \"" : "", typed ? typed : "",
                 typed ? "\"" : "");
        pthread_mutex_unlock(&p->mu);
        free(t);
        cdp_send(p->c, p->session, "Page.handleJavaScriptDialog", how, 5000);
    } else if (!strcmp(method, "Runtime.executionContextDestroyed") ||
               !strcmp(method, "Runtime.executionContextsCleared")) {
        int id = (int)json_integer_value(json_object_get(params, "executionContextId"));
        pthread_mutex_lock(&p->mu);
        if (!id || id == p->world) p->world = 0; /* a new document: a new world */
        pthread_mutex_unlock(&p->mu);
    } else if (!strcmp(method, "Fetch.requestPaused")) {
        on_request_paused(p, params);
    } else if (!strcmp(method, "Inspector.targetCrashed")) {
        pthread_mutex_lock(&p->mu);
        p->crashed = 1;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    }
}

/* When a call failed after the memory watchdog killed one of this browser's
 * renderers, the error says so: from here a kill looks like any crash. */
static int why_failed(cpage *p, int rc, char *err, size_t errlen)
{
    long mib = rc == CDP_OK ? 0 : proc_memwatch_killed(cdp_pid(p->c), p->opened_ms);
    if (mib > 0 && err)
        snprintf(err, errlen,
                 "the page used more memory than a browser may (BROWSERAI_BROWSER_MEMORY_MB): "
                 "its renderer was killed at %ld MiB",
                 mib);
    return rc;
}

/* A call on the page's session, its failure explained by why_failed. */
static int pcall(cpage *p, const char *method, json_t *params, int timeout_ms, json_t **out,
                 char *err, size_t errlen)
{
    p->calls++;
    int rc = cdp_call(p->c, p->session, method, params, timeout_ms, out, err, errlen);
    return why_failed(p, rc, err, errlen);
}

static char *result_string(json_t *res, const char *key)
{
    return xstrdup(json_string_value(json_object_get(res, key)));
}

/* Most calls a batch of ours holds. */
#define BATCH_MAX 8

/* Run the n calls of b at once (cdp_calls); on failure err says why the
 * first failing call failed. */
static int batch(cpage *p, cdp_batch *b, int n, int timeout_ms, char *err, size_t errlen)
{
    char why[BATCH_MAX][256];
    for (int i = 0; i < n; i++) {
        why[i][0] = '\0';
        b[i].err = why[i];
        b[i].errlen = sizeof why[i];
    }
    int rc = cdp_calls(p->c, b, n, timeout_ms);
    for (int i = 0; i < n; i++) {
        if (b[i].rc == CDP_OK) continue;
        if (err) snprintf(err, errlen, "%s", why[i]);
        break;
    }
    return why_failed(p, rc, err, errlen);
}

/* Turn on, all at once, what the page reads on session: page and
 * lifecycle events (networkAlmostIdle tells page_settle() that what is
 * still in flight after a navigation are stragglers: long polls,
 * streams), the console, the network, and without private networks the
 * URL policy (Fetch, paused for the fetcher thread). */
static int session_enable(cpage *p, const char *session, int timeout_ms, char *err, size_t errlen)
{
    cdp_batch b[] = {
        {.session = session, .method = "Page.enable"},
        {.session = session, .method = "Runtime.enable"},
        {.session = session, .method = "Log.enable"},
        {.session = session, .method = "Network.enable"},
        {.session = session,
         .method = "Page.setLifecycleEventsEnabled",
         .params = json_pack("{s:b}", "enabled", 1)},
        {.session = session, .method = "Fetch.enable"},
    };
    int n = (int)(sizeof b / sizeof b[0]);
    if (p->allow_private)
        n--;
    else
        b[n - 1].params = json_pack("{s:[{s:s}]}", "patterns", "urlPattern", "*");
    return batch(p, b, n, timeout_ms, err, errlen);
}

/* The browser's user agent as a person's browser sends it: without the
 * "Headless" that some sites refuse. Malloc'ed. */
static char *plain_agent(const char *ua)
{
    buf agent = {0};
    for (const char *s = ua ? ua : ""; *s;) {
        if (!strncmp(s, "HeadlessChrome", 14)) {
            buf_puts(&agent, "Chrome");
            s += 14;
        } else {
            buf_append(&agent, s++, 1);
        }
    }
    return agent.s ? buf_steal(&agent) : xstrdup("");
}

int page_open(cdp *c, int allow_private, const char *proxy, page **out, char *err, size_t errlen)
{
    cpage *p = xcalloc(1, sizeof *p);
    p->base.ops = &cdp_page_ops;
    json_t *res = NULL;
    int rc;
    p->c = c;
    p->opened_ms = util_now_ms();
    p->allow_private = allow_private;
    p->console = json_array();
    p->inflight = json_object();
    p->paused = json_array();
    pthread_mutex_init(&p->mu, NULL);
    util_cond_init(&p->paused_cv);
    util_cond_init(&p->cv);

    json_t *ctx = json_object();
    if (proxy && *proxy) {
        json_object_set_new(ctx, "proxyServer", json_string(proxy));
        /* Chrome sends loopback around a proxy by default; with private
         * addresses allowed, loopback sites go through it like any other. */
        json_object_set_new(ctx, "proxyBypassList", json_string("<-loopback>"));
    }
    if ((rc = cdp_call(c, NULL, "Target.createBrowserContext", ctx, 10000, &res, err, errlen)) !=
        CDP_OK)
        goto fail;
    p->context = result_string(res, "browserContextId");
    json_decref(res);
    res = NULL; /* fail: below frees it again otherwise */
    /* A task's downloads would land on the server's disk: refuse them. The
     * user agent is read now for page_set_place(), off the task's path. */
    json_t *version = NULL;
    cdp_batch b[] = {
        {.method = "Browser.setDownloadBehavior",
         .params = json_pack("{s:s, s:s}", "behavior", "deny", "browserContextId", p->context)},
        {.method = "Target.createTarget",
         .params = json_pack("{s:s, s:s}", "url", "about:blank", "browserContextId", p->context),
         .result = &res},
        {.method = "Browser.getVersion", .result = &version},
    };
    rc = batch(p, b, 3, 10000, err, errlen);
    p->target = rc == CDP_OK ? result_string(res, "targetId") : NULL;
    p->ua =
        rc == CDP_OK ? plain_agent(json_string_value(json_object_get(version, "userAgent"))) : NULL;
    json_decref(version);
    json_decref(res);
    res = NULL;
    if (rc != CDP_OK) goto fail;
    if ((rc = cdp_call(c, NULL, "Target.attachToTarget",
                       json_pack("{s:s, s:b}", "targetId", p->target, "flatten", 1), 10000, &res,
                       err, errlen)) != CDP_OK)
        goto fail;
    p->session = result_string(res, "sessionId");
    json_decref(res);
    res = NULL;
    if (!p->context || !p->target || !p->session) {
        snprintf(err, errlen, "the browser answered without the ids it should give");
        rc = CDP_EPROTO;
        goto fail;
    }
    if (!allow_private)
        p->fetcher_running = pthread_create(&p->fetcher, NULL, fetcher_main, p) == 0;
    cdp_session_on(c, p->session, on_event, p);
    if ((rc = session_enable(p, p->session, 10000, err, errlen)) != CDP_OK) goto fail;
    *out = &p->base;
    return CDP_OK;
fail:
    json_decref(res);
    cp_close(&p->base);
    return rc;
}

/* "de-DE" -> "de-DE,de;q=0.9": the region's language first, then the
 * language alone, as browsers of that place send it. */
static char *accept_language(const char *locale)
{
    size_t lang = strcspn(locale, "-_");
    if (!locale[lang]) return xstrdup(locale);
    return xasprintf("%s,%.*s;q=0.9", locale, (int)lang, locale);
}

/* The place's time zone, language, position and its permission, and the
 * agent string that carries Accept-Language, all at once. */
static int cp_set_place(page *pg, const char *tz, const char *locale, double lat, double lon,
                        char *err, size_t errlen)
{
    cpage *p = (cpage *)pg;
    char *al = accept_language(locale);
    cdp_batch b[] = {
        {.session = p->session,
         .method = "Emulation.setTimezoneOverride",
         .params = json_pack("{s:s}", "timezoneId", tz)},
        {.session = p->session,
         .method = "Emulation.setLocaleOverride",
         .params = json_pack("{s:s}", "locale", locale)},
        {.session = p->session,
         .method = "Emulation.setGeolocationOverride",
         .params =
             json_pack("{s:f, s:f, s:f}", "latitude", lat, "longitude", lon, "accuracy", 100.0)},
        {.session = p->session,
         .method = "Emulation.setUserAgentOverride",
         .params = json_pack("{s:s, s:s}", "userAgent", p->ua ? p->ua : "", "acceptLanguage", al)},
        {.method = "Browser.grantPermissions",
         .params = json_pack("{s:[s], s:s}", "permissions", "geolocation", "browserContextId",
                             p->context)},
    };
    free(al);
    return batch(p, b, (int)(sizeof b / sizeof b[0]), 10000, err, errlen);
}

static void cp_close(page *pg)
{
    cpage *p = (cpage *)pg;
    if (!p) return;
    if (p->session) cdp_session_off(p->c, p->session);
    if (p->fetcher_running) { /* after session_off: nothing more is queued */
        pthread_mutex_lock(&p->mu);
        p->fetcher_stop = 1;
        pthread_cond_signal(&p->paused_cv);
        pthread_mutex_unlock(&p->mu);
        pthread_join(p->fetcher, NULL);
    }
    /* Disposing of the context closes its tabs and drops its cookies,
     * storage and cache: nothing of this task reaches the next. */
    if (p->context)
        cdp_call(p->c, NULL, "Target.disposeBrowserContext",
                 json_pack("{s:s}", "browserContextId", p->context), 10000, NULL, NULL, 0);
    json_decref(p->console);
    json_decref(p->inflight);
    json_decref(p->paused);
    pthread_cond_destroy(&p->paused_cv);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p->context);
    free(p->target);
    free(p->session);
    free(p->dlg_text);
    free(p->ua);
    json_decref(p->tabs);
    free(p->prev_target);
    for (int i = 0; i < p->nretired; i++)
        free(p->retired[i]);
    free(p->retired);
    free(p);
}

static int cp_alive(page *pg)
{
    cpage *p = (cpage *)pg;
    pthread_mutex_lock(&p->mu);
    int crashed = p->crashed;
    pthread_mutex_unlock(&p->mu);
    return !crashed && cdp_alive(p->c);
}

static void cp_abort(page *pg)
{
    cpage *p = (cpage *)pg;
    pthread_mutex_lock(&p->mu);
    p->aborted = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    cdp_session_abort(p->c, p->session);
}

/* Wait until loads > seen, the page crashed, or the call is aborted. */
/* The tab crashed or its browser is gone: no event will come. With p->mu
 * held (cdp's own lock is only ever taken inside it). */
static int gone_locked(cpage *p)
{
    return p->crashed || !cdp_alive(p->c);
}

/* How often event waits look for a browser gone without a word: one
 * killed while its helpers keep the pipe open says nothing. */
#define GONE_CHECK_MS 100

static int wait_load(cpage *p, int seen, int64_t deadline, char *err, size_t errlen)
{
    int rc = CDP_OK;
    pthread_mutex_lock(&p->mu);
    while (p->loads <= seen && !gone_locked(p) && !p->aborted) {
        int64_t left = deadline - util_mono_ms();
        if (left <= 0) {
            rc = CDP_ETIMEOUT;
            break;
        }
        struct timespec ts = util_deadline_ts(left < GONE_CHECK_MS ? left : GONE_CHECK_MS);
        pthread_cond_timedwait(&p->cv, &p->mu, &ts);
    }
    if (p->aborted)
        rc = CDP_EABORT;
    else if (gone_locked(p))
        rc = CDP_EDEAD;
    pthread_mutex_unlock(&p->mu);
    if (rc == CDP_ETIMEOUT)
        snprintf(err, errlen, "the page did not finish loading in time");
    else if (rc == CDP_EDEAD)
        snprintf(err, errlen, "the page crashed");
    else if (rc == CDP_EABORT)
        snprintf(err, errlen, "aborted");
    return why_failed(p, rc, err, errlen);
}

static int cp_navigate(page *pg, const char *url, int timeout_ms, int *status, char *err,
                       size_t errlen)
{
    cpage *p = (cpage *)pg;
    int64_t deadline = util_mono_ms() + timeout_ms;
    json_t *res = NULL;
    *status = 0;
    pthread_mutex_lock(&p->mu);
    int seen = p->loads;
    p->blocked[0] = '\0';
    pthread_mutex_unlock(&p->mu);
    int rc;
    const char *fail = NULL;
    for (int attempt = 0; attempt < 2; attempt++) {
        json_decref(res);
        res = NULL;
        int left = (int)(deadline - util_mono_ms());
        rc = pcall(p, "Page.navigate", json_pack("{s:s}", "url", url), left > 0 ? left : 1, &res,
                   err, errlen);
        if (rc == CDP_ETIMEOUT) snprintf(err, errlen, "the page did not answer in time");
        if (rc != CDP_OK) return rc;
        fail = json_string_value(json_object_get(res, "errorText"));
        /* A fresh tab's own about:blank commit can, rarely, cancel the first
         * navigation; once more is then the right answer. */
        pthread_mutex_lock(&p->mu);
        int blocked = p->blocked[0] != '\0';
        pthread_mutex_unlock(&p->mu);
        if (!fail || blocked || strcmp(fail, "net::ERR_ABORTED") != 0) break;
    }
    int same_document = !json_object_get(res, "loaderId");
    char loader[64];
    snprintf(loader, sizeof loader, "%s",
             json_string_value(json_object_get(res, "loaderId")) ?: "");
    if (fail) {
        pthread_mutex_lock(&p->mu);
        if (p->blocked[0])
            snprintf(err, errlen, "%s", p->blocked);
        else
            snprintf(err, errlen, "could not load %s: %s", url, fail);
        pthread_mutex_unlock(&p->mu);
        json_decref(res);
        return CDP_EPROTO;
    }
    json_decref(res);
    if (!same_document && (rc = wait_load(p, seen, deadline, err, errlen)) != CDP_OK) return rc;
    pthread_mutex_lock(&p->mu);
    if (!same_document && !strcmp(p->doc_loader, loader)) {
        *status = p->doc_status;
        /* The gate's own answer (a refused or unreachable destination) is
         * no page: fail as a browser without the gate would. */
        if (p->doc_refused[0]) {
            snprintf(err, errlen, "could not load %s: %s", url, p->doc_refused);
            rc = CDP_EPROTO;
        }
    }
    pthread_mutex_unlock(&p->mu);
    if (rc != CDP_OK) return rc;
    if (*status) return CDP_OK;
    json_t *v = NULL;
    if (cp_eval(&p->base,
                "(performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0", 5000,
                &v, NULL, 0) == CDP_OK)
        *status = (int)json_integer_value(v);
    json_decref(v);
    return CDP_OK;
}

/* Runtime.evaluate's params for expr in execution context ctx (0: the
 * page's main world), its value returned by value. */
static json_t *eval_params(const char *expr, int ctx)
{
    json_t *params =
        json_pack("{s:s, s:b, s:b}", "expression", expr, "returnByValue", 1, "awaitPromise", 1);
    if (ctx) json_object_set_new(params, "contextId", json_integer(ctx));
    return params;
}

/* Runtime.evaluate's reply res (stolen): its value into *out (out may be
 * NULL), or CDP_EPROTO with the script's exception in err. */
static int eval_value(json_t *res, json_t **out, char *err, size_t errlen)
{
    json_t *ex = json_object_get(res, "exceptionDetails");
    if (ex) {
        const char *d =
            json_string_value(json_object_get(json_object_get(ex, "exception"), "description"));
        if (err)
            snprintf(err, errlen, "%s",
                     d ? d : json_string_value(json_object_get(ex, "text")) ?: "script error");
        json_decref(res);
        return CDP_EPROTO;
    }
    if (out) {
        json_t *v = json_object_get(json_object_get(res, "result"), "value");
        *out = v ? json_incref(v) : json_null();
    }
    json_decref(res);
    return CDP_OK;
}

/* Evaluate expr in execution context ctx (0: the page's main world). */
static int eval_in(cpage *p, int ctx, const char *expr, int timeout_ms, json_t **out, char *err,
                   size_t errlen)
{
    json_t *res = NULL;
    int rc = pcall(p, "Runtime.evaluate", eval_params(expr, ctx), timeout_ms, &res, err, errlen);
    return rc == CDP_OK ? eval_value(res, out, err, errlen) : rc;
}

/* Make the agent's world in the top document and install the agent in it.
 * Done on first use rather than into every document at its start: a page
 * no step searches (open, get the title) and every frame (the agent reaches
 * same-origin frames from the top) skip parsing 120 KB of script. */
static int world_make(cpage *p, int timeout_ms, char *err, size_t errlen)
{
    json_t *res = NULL;
    int64_t deadline = util_mono_ms() + timeout_ms;
    int rc = pcall(p, "Page.createIsolatedWorld",
                   json_pack("{s:s, s:s}", "frameId", p->target, "worldName", "browserai"),
                   timeout_ms, &res, err, errlen);
    if (rc != CDP_OK) return rc;
    int ctx = (int)json_integer_value(json_object_get(res, "executionContextId"));
    json_decref(res);
    if (ctx <= 0) {
        snprintf(err, errlen, "the browser made no world for the agent");
        return CDP_EPROTO;
    }
    int left = (int)(deadline - util_mono_ms());
    json_t *params = json_pack("{s:s%, s:i}", "expression", agent_js,
                               (size_t)(agent_js_end - agent_js), "contextId", ctx);
    rc = pcall(p, "Runtime.evaluate", params, left > 0 ? left : 1, NULL, err, errlen);
    if (rc != CDP_OK) return rc;
    pthread_mutex_lock(&p->mu);
    p->world = ctx;
    pthread_mutex_unlock(&p->mu);
    return CDP_OK;
}

static int cp_agent_eval(page *pg, const char *call, int timeout_ms, json_t **out, char *err,
                         size_t errlen)
{
    cpage *p = (cpage *)pg;
    int64_t deadline = util_mono_ms() + timeout_ms;
    int rc = CDP_OK;
    /* Twice at most: a world whose document went away since (a navigation
     * the events have not told yet) is found out by the call. */
    for (int attempt = 0; attempt < 2; attempt++) {
        pthread_mutex_lock(&p->mu);
        int ctx = p->world;
        pthread_mutex_unlock(&p->mu);
        int left = (int)(deadline - util_mono_ms());
        if (!ctx && (rc = world_make(p, left > 0 ? left : 1, err, errlen)) != CDP_OK) return rc;
        pthread_mutex_lock(&p->mu);
        ctx = p->world;
        pthread_mutex_unlock(&p->mu);
        left = (int)(deadline - util_mono_ms());
        rc = eval_in(p, ctx, call, left > 0 ? left : 1, out, err, errlen);
        if (rc != CDP_EPROTO || !err || !strstr(err, "context")) return rc;
        pthread_mutex_lock(&p->mu);
        if (p->world == ctx) p->world = 0;
        pthread_mutex_unlock(&p->mu);
    }
    return rc;
}

static int cp_eval(page *pg, const char *expr, int timeout_ms, json_t **out, char *err,
                   size_t errlen)
{
    return eval_in((cpage *)pg, 0, expr, timeout_ms, out, err, errlen);
}

/* Full pages taller than this are cut: a PNG of an endless feed would not
 * fit in memory, nor help anyone. */
#define SHOT_MAX_HEIGHT 16384

static int cp_screenshot(page *pg, int full, const double *box, int timeout_ms, void **png,
                         size_t *len, char *err, size_t errlen)
{
    cpage *p = (cpage *)pg;
    /* Fast zlib settings: a fifth less time per capture (measured in
     * bench/latency), a somewhat larger file. */
    json_t *res = NULL, *params = json_pack("{s:s, s:b}", "format", "png", "optimizeForSpeed", 1);
    int rc;
    if (full || box) {
        /* Clips are in document coordinates: the viewport's scroll offset
         * turns a viewport box into one. */
        if ((rc = cp_call(&p->base, "Page.getLayoutMetrics", NULL, timeout_ms, &res, err,
                          errlen)) != CDP_OK) {
            json_decref(params);
            return rc;
        }
        json_t *vv = json_object_get(res, "cssVisualViewport");
        json_t *cs = json_object_get(res, "cssContentSize");
        double sx = json_number_value(json_object_get(vv, "pageX"));
        double sy = json_number_value(json_object_get(vv, "pageY"));
        double x = 0, y = 0, w = json_number_value(json_object_get(cs, "width")),
               h = json_number_value(json_object_get(cs, "height"));
        if (box) {
            x = box[0] + sx;
            y = box[1] + sy;
            w = box[2];
            h = box[3];
        }
        if (w < 1) w = 1;
        if (h < 1) h = 1;
        if (h > SHOT_MAX_HEIGHT) h = SHOT_MAX_HEIGHT;
        json_object_set_new(params, "captureBeyondViewport", json_true());
        json_object_set_new(params, "clip",
                            json_pack("{s:f, s:f, s:f, s:f, s:f}", "x", x, "y", y, "width", w,
                                      "height", h, "scale", 1.0));
        json_decref(res);
        res = NULL;
    }
    /* A tab the page opened takes the front, and a tab in the back paints no
     * frames: bring ours forward or the capture waits for nothing. */
    cp_call(&p->base, "Page.bringToFront", NULL, timeout_ms, NULL, NULL, 0);
    rc = pcall(p, "Page.captureScreenshot", params, timeout_ms, &res, err, errlen);
    if (rc != CDP_OK) return rc;
    const char *b64 = json_string_value(json_object_get(res, "data"));
    unsigned char *out = NULL;
    size_t m = 0;
    rc = b64 && util_base64_decode(b64, strlen(b64), &out, &m) == 0 ? CDP_OK : CDP_EPROTO;
    json_decref(res);
    if (rc != CDP_OK) {
        snprintf(err, errlen, "the screenshot was not valid base64");
        return rc;
    }
    *png = out;
    *len = m;
    return CDP_OK;
}

static int cp_html(page *pg, int timeout_ms, char **html, char *err, size_t errlen)
{
    cpage *p = (cpage *)pg;
    json_t *v = NULL;
    int rc = cp_eval(&p->base,
                     "(document.doctype ? new XMLSerializer().serializeToString(document.doctype)"
                     " + '\\n' : '') + (document.documentElement ? "
                     "document.documentElement.outerHTML : '')",
                     timeout_ms, &v, err, errlen);
    if (rc != CDP_OK) return rc;
    *html = xstrdup(json_is_string(v) ? json_string_value(v) : "");
    json_decref(v);
    return CDP_OK;
}

static json_t *cp_console_take(page *pg)
{
    cpage *p = (cpage *)pg;
    pthread_mutex_lock(&p->mu);
    json_t *a = p->console;
    p->console = json_array();
    if (p->console_dropped) {
        char *t = xasprintf("%lu more console messages were dropped", p->console_dropped);
        json_array_append_new(a, json_pack("{s:s, s:s}", "type", "dropped", "text", t));
        free(t);
        p->console_dropped = 0;
    }
    pthread_mutex_unlock(&p->mu);
    return a;
}

/* The targetId of t, one of Target.getTargets' targetInfos, when it is a
 * tab of our context; else NULL. */
static const char *our_tab(cpage *p, json_t *t)
{
    const char *ctx = json_string_value(json_object_get(t, "browserContextId"));
    const char *type = json_string_value(json_object_get(t, "type"));
    if (!ctx || strcmp(ctx, p->context) || !type || strcmp(type, "page")) return NULL;
    return json_string_value(json_object_get(t, "targetId"));
}

static void tabs_apply(cpage *p, json_t *targets);

/* The page's address and title, and its context's tabs, asked of the tab
 * and of the browser at once: the two answer side by side. The tabs seen
 * also count as a look for cp_tab. */
static json_t *cp_state(page *pg, int timeout_ms)
{
    cpage *p = (cpage *)pg;
    json_t *res = NULL, *targets = NULL, *v = NULL;
    json_t *st = json_object();
    cdp_batch b[2] = {
        {.session = p->session,
         .method = "Runtime.evaluate",
         .params = eval_params("({url: location.href, title: document.title})", 0),
         .result = &res},
        {.method = "Target.getTargets", .result = &targets},
    };
    cdp_calls(p->c, b, 2, timeout_ms);
    if (b[0].rc == CDP_OK && eval_value(res, &v, NULL, 0) == CDP_OK && json_is_object(v)) {
        json_object_update(st, v);
    } else {
        json_object_set_new(st, "url", json_null());
        json_object_set_new(st, "title", json_null());
    }
    json_decref(v);
    json_t *tabs = json_array();
    if (b[1].rc == CDP_OK) {
        size_t i;
        json_t *t;
        json_array_foreach(json_object_get(targets, "targetInfos"), i, t)
        {
            if (!our_tab(p, t)) continue;
            json_array_append_new(tabs, json_pack("{s:O?, s:O?}", "url", json_object_get(t, "url"),
                                                  "title", json_object_get(t, "title")));
        }
        tabs_apply(p, targets);
    }
    json_decref(targets);
    json_object_set_new(st, "tabs", tabs);
    json_object_set_new(st, "interacted_element", json_null());
    return st;
}

static int cp_call(page *pg, const char *method, json_t *params, int timeout_ms, json_t **out,
                   char *err, size_t errlen)
{
    cpage *p = (cpage *)pg;
    return pcall(p, method, params, timeout_ms, out, err, errlen);
}

/* page_settle()'s signals and bounds. A navigation that an action starts
 * is asked for (frameRequestedNavigation) while its input event is handled,
 * so a short window finds it; one asked for later (a timer, a fetch's
 * answer) is found by the checks after the quiet waits. */
#define NAV_WINDOW_MS 40     /* for the action's navigation to be asked for */
#define NAV_START_MS 500     /* from asked for to started loading, at most */
#define NET_IDLE_MS 50       /* nothing in flight, nothing started or ended */
#define NET_STRAGGLER_MS 500 /* requests left in flight with no news */
#define DOM_QUIET_MS 100     /* no DOM mutation */
#define SETTLE_ROUNDS 3      /* quiet waits again when the page moved meanwhile */

/* With p->mu held: wait for news on the page for at most ms. */
static void wait_news(cpage *p, int64_t ms)
{
    struct timespec ts = util_deadline_ts(ms);
    pthread_cond_timedwait(&p->cv, &p->mu, &ts);
}

/* With p->mu held: the page's end, or CDP_OK. */
static int settle_rc(cpage *p)
{
    return p->aborted ? CDP_EABORT : gone_locked(p) ? CDP_EDEAD : CDP_OK;
}

/* With p->mu held: a navigation asked for or started since navs/reqs
 * (counters read when the action ended) is waited for until its load event,
 * or until loading stops without one (a refused download, a navigation the
 * page cancelled). window_ms: how long to look for one first. */
static int settle_nav(cpage *p, int navs, int reqs, int loads, int64_t window_ms,
                      int nav_timeout_ms)
{
    int64_t t = util_mono_ms();
    while (p->navigations == navs && p->nav_requests == reqs && settle_rc(p) == CDP_OK &&
           util_mono_ms() - t < window_ms)
        wait_news(p, 10);
    /* Asked for, not started yet: the browser is still deciding (a
     * beforeunload, a same-document move that says navigatedWithinDocument). */
    int in_doc = p->in_document;
    t = util_mono_ms();
    while (p->nav_requests != reqs && p->navigations == navs && p->in_document == in_doc &&
           settle_rc(p) == CDP_OK && util_mono_ms() - t < NAV_START_MS)
        wait_news(p, 20);
    int64_t until = util_mono_ms() + nav_timeout_ms;
    while (p->loading && p->loads == loads && settle_rc(p) == CDP_OK && util_mono_ms() < until)
        wait_news(p, 50);
    return settle_rc(p);
}

/* With p->mu held: only stragglers in flight, requests the main frame's
 * networkAlmostIdle already counted as such. */
static int stragglers_locked(cpage *p)
{
    return p->almost_idle && p->almost_idle >= p->net_start;
}

static int64_t cp_net_idle_ms(page *pg)
{
    cpage *p = (cpage *)pg;
    pthread_mutex_lock(&p->mu);
    int64_t idle =
        json_object_size(p->inflight) && !stragglers_locked(p) ? 0 : util_mono_ms() - p->net_change;
    pthread_mutex_unlock(&p->mu);
    return idle;
}

/* With p->mu held: nothing in flight and nothing started or ended for
 * NET_IDLE_MS; or only stragglers left: requests the main frame's
 * networkAlmostIdle already counted as such, or none ended for
 * NET_STRAGGLER_MS (long polls, streams). Bounded by until. */
static int settle_net(cpage *p, int64_t until)
{
    while (settle_rc(p) == CDP_OK && util_mono_ms() < until) {
        int64_t now = util_mono_ms(), idle = now - p->net_change;
        int stragglers = stragglers_locked(p);
        if (json_object_size(p->inflight) == 0 || stragglers ? idle >= NET_IDLE_MS
                                                             : idle >= NET_STRAGGLER_MS)
            break;
        wait_news(p, 20);
    }
    return settle_rc(p);
}

/* Wait for what the last action set off, by the page's own signals: the
 * navigation it asked for (and its load event), the requests it started,
 * the DOM changes its scripts make; again while any of those moves. */
static int cp_settle(page *pg, int nav_timeout_ms, int quiet_max_ms)
{
    cpage *p = (cpage *)pg;
    int64_t until = util_mono_ms() + quiet_max_ms;
    pthread_mutex_lock(&p->mu);
    int navs = p->navigations, reqs = p->nav_requests, loads = p->loads;
    int rc = settle_nav(p, navs, reqs, loads, NAV_WINDOW_MS, nav_timeout_ms);
    for (int round = 0; rc == CDP_OK && round < SETTLE_ROUNDS; round++) {
        if ((rc = settle_net(p, until)) != CDP_OK) break;
        navs = p->navigations, reqs = p->nav_requests, loads = p->loads;
        int64_t net = p->net_change;
        pthread_mutex_unlock(&p->mu);
        /* DOM quiet: scripts that render after the network settled. */
        int left = (int)(until - util_mono_ms());
        if (left > 50) {
            char expr[96];
            json_t *v = NULL;
            snprintf(expr, sizeof expr, "window.__bai.quiet(%d, %d)", DOM_QUIET_MS, left);
            cp_agent_eval(&p->base, expr, left + 1000, &v, NULL, 0);
            json_decref(v);
        }
        pthread_mutex_lock(&p->mu);
        if (p->navigations == navs && p->nav_requests == reqs && p->net_change == net) break;
        /* The page moved meanwhile (a navigation or request a timer set off). */
        rc = settle_nav(p, navs, reqs, loads, 0, nav_timeout_ms);
    }
    if (rc == CDP_OK) rc = settle_rc(p);
    pthread_mutex_unlock(&p->mu);
    return rc;
}

static int cp_history(page *pg, int delta, int timeout_ms, char *err, size_t errlen)
{
    cpage *p = (cpage *)pg;
    json_t *res = NULL;
    int rc;
    if (delta == 0)
        return cp_call(&p->base, "Page.reload", json_object(), timeout_ms, NULL, err, errlen);
    if ((rc = cp_call(&p->base, "Page.getNavigationHistory", NULL, timeout_ms, &res, err,
                      errlen)) != CDP_OK)
        return rc;
    json_int_t at = json_integer_value(json_object_get(res, "currentIndex")) + delta;
    json_t *entries = json_object_get(res, "entries");
    json_t *e = at >= 0 ? json_array_get(entries, (size_t)at) : NULL;
    if (!e) {
        snprintf(err, errlen, "there is no page to go %s to", delta < 0 ? "back" : "forward");
        json_decref(res);
        return CDP_EPROTO;
    }
    rc = cp_call(&p->base, "Page.navigateToHistoryEntry",
                 json_pack("{s:O}", "entryId", json_object_get(e, "id")), timeout_ms, NULL, err,
                 errlen);
    json_decref(res);
    return rc;
}

/* ---- tabs: following a tab the page opened (page_follow_new_tab) -------- */

/* The page targets of our context in targets (Target.getTargets' reply,
 * borrowed) into p->tabs, in the order they opened: new ones appended
 * (and counted in p->tabs_new), closed ones dropped. */
static void tabs_apply(cpage *p, json_t *targets)
{
    json_t *seen = json_array();
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(targets, "targetInfos"), i, t)
    {
        const char *id = our_tab(p, t);
        if (id) json_array_append_new(seen, json_string(id));
    }
    pthread_mutex_lock(&p->mu);
    if (!p->tabs) p->tabs = json_pack("[s]", p->target);
    for (size_t k = json_array_size(p->tabs); k-- > 0;) { /* closed since */
        int open = 0;
        json_array_foreach(seen, i, t) open |= json_equal(t, json_array_get(p->tabs, k));
        if (!open) json_array_remove(p->tabs, k);
    }
    json_array_foreach(seen, i, t)
    {
        int known = 0;
        size_t k;
        json_t *u;
        json_array_foreach(p->tabs, k, u) known |= json_equal(t, u);
        if (!known) json_array_append(p->tabs, t), p->tabs_new++;
    }
    pthread_mutex_unlock(&p->mu);
    p->tabs_calls = p->calls;
    json_decref(seen);
}

/* Bring p->tabs up to date and return how many tabs opened since the last
 * call: a listing made since the tab's last call (cp_state's, at the end
 * of a step) is as new as one made now, and saves the browser a round
 * trip between steps. */
static int tabs_refresh(cpage *p, int timeout_ms)
{
    json_t *res = NULL;
    if ((!p->tabs || p->tabs_calls != p->calls) &&
        cdp_call(p->c, NULL, "Target.getTargets", NULL, timeout_ms, &res, NULL, 0) == CDP_OK)
        tabs_apply(p, res);
    json_decref(res);
    int fresh = p->tabs_new;
    p->tabs_new = 0;
    return fresh;
}

/* Whether target id is among the open tabs (p->mu held). */
static int tab_listed(cpage *p, const char *id)
{
    size_t i;
    json_t *t;
    json_array_foreach(p->tabs, i, t)
    {
        if (!strcmp(json_string_value(t), id)) return 1;
    }
    return 0;
}

/* Act on target id from now on: attach to it (flattened), turn on the
 * domains and the URL policy there, take its events; the tab before
 * stays open. Its first document may have loaded before we attached:
 * the policy holds from now on. */
static int tab_attach(cpage *p, const char *id, int timeout_ms, char *err, size_t errlen)
{
    json_t *res = NULL;
    int rc = cdp_call(p->c, NULL, "Target.attachToTarget",
                      json_pack("{s:s, s:b}", "targetId", id, "flatten", 1), timeout_ms, &res, err,
                      errlen);
    char *session = rc == CDP_OK ? result_string(res, "sessionId") : NULL;
    json_decref(res);
    if (!session) return rc == CDP_OK ? CDP_EPROTO : rc;
    cdp_session_on(p->c, session, on_event, p);
    rc = session_enable(p, session, timeout_ms, err, errlen);
    if (rc != CDP_OK) {
        cdp_session_off(p->c, session);
        free(session);
        return rc;
    }
    char *old = p->session;
    cdp_session_off(p->c, old);
    cdp_call(p->c, NULL, "Target.detachFromTarget", json_pack("{s:s}", "sessionId", old),
             timeout_ms, NULL, NULL, 0);
    pthread_mutex_lock(&p->mu);
    /* other threads may still hold the old ids (an abort, an event): they
     * are freed with the page */
    p->retired = xgrow(p->retired, p->nretired, &p->capretired, sizeof *p->retired);
    p->retired[p->nretired++] = old;
    p->retired = xgrow(p->retired, p->nretired, &p->capretired, sizeof *p->retired);
    p->retired[p->nretired++] = p->target;
    p->session = session;
    p->target = xstrdup(id);
    p->loading = 0;
    p->world = 0; /* the agent's world belonged to the tab before */
    json_object_clear(p->inflight);
    p->net_change = util_mono_ms();
    pthread_mutex_unlock(&p->mu);
    cdp_call(p->c, p->session, "Page.bringToFront", NULL, timeout_ms, NULL, NULL, 0);
    return CDP_OK;
}

/* A new tab shows about:blank until its first document commits. */
#define TAB_BLANK_MS 3000

/* The tab's URL once its document has loaded (at most timeout_ms; an
 * about:blank tab is given TAB_BLANK_MS to start loading its page). */
static void tab_url(cpage *p, int timeout_ms, char *url, size_t urllen)
{
    int64_t start = util_mono_ms(), until = start + timeout_ms;
    json_t *v = NULL;
    for (;;) {
        json_decref(v);
        v = NULL;
        int ok = cp_eval(&p->base, "({u: location.href, s: document.readyState})", 2000, &v, NULL,
                         0) == CDP_OK;
        const char *s = json_string_value(json_object_get(v, "s"));
        const char *u = json_string_value(json_object_get(v, "u"));
        int blank = !u || !strcmp(u, "about:blank");
        if ((ok && s && !strcmp(s, "complete") &&
             (!blank || util_mono_ms() - start >= TAB_BLANK_MS)) ||
            util_mono_ms() + 100 >= until)
            break;
        util_sleep_ms(100);
    }
    snprintf(url, urllen, "%s", json_string_value(json_object_get(v, "u")) ?: "about:blank");
    json_decref(v);
}

static int cp_tab(page *pg, int which, int timeout_ms, char *url, size_t urllen, char *err,
                  size_t errlen)
{
    cpage *p = (cpage *)pg;
    int fresh = tabs_refresh(p, timeout_ms);
    char *id = NULL;
    pthread_mutex_lock(&p->mu);
    size_t n = json_array_size(p->tabs);
    int closed = !tab_listed(p, p->target), back = 0;
    if (which == PAGE_TAB_OPENED) {
        if (fresh > 0) {
            id = xstrdup(json_string_value(json_array_get(p->tabs, n - 1)));
        } else if (closed && n > 0) { /* the page closed the tab: the one before */
            back = 1;
            id = xstrdup(p->prev_target && tab_listed(p, p->prev_target)
                             ? p->prev_target
                             : json_string_value(json_array_get(p->tabs, n - 1)));
        }
    } else if (which == 0) {
        id = xstrdup(p->prev_target ? p->prev_target
                                    : json_string_value(json_array_get(p->tabs, 0)));
    } else if (which < 0 && n > 0) {
        id = xstrdup(json_string_value(json_array_get(p->tabs, n - 1)));
    } else if (which > 0 && (size_t)which <= n) {
        id = xstrdup(json_string_value(json_array_get(p->tabs, (size_t)which - 1)));
    }
    pthread_mutex_unlock(&p->mu);
    if (which == PAGE_TAB_OPENED && !id) return 0;
    if (!id) {
        snprintf(err, errlen, "there %s only %zu tab%s", n == 1 ? "is" : "are", n,
                 n == 1 ? "" : "s");
        return CDP_EPROTO;
    }
    int rc = CDP_OK;
    if (strcmp(id, p->target) != 0) {
        char *was = xstrdup(p->target);
        if ((rc = tab_attach(p, id, timeout_ms, err, errlen)) == CDP_OK) {
            free(p->prev_target);
            p->prev_target = was;
        } else {
            free(was);
        }
    }
    free(id);
    if (rc != CDP_OK) return rc; /* negative either way */
    tab_url(p, timeout_ms, url, urllen);
    return which == PAGE_TAB_OPENED ? 1 + back : CDP_OK;
}

static int cp_dialogs(page *pg, int accept, const char *text, char *seen, size_t seenlen)
{
    cpage *p = (cpage *)pg;
    pthread_mutex_lock(&p->mu);
    int had = p->dlg_seen[0] != '\0';
    if (had) snprintf(seen, seenlen, "%s", p->dlg_seen);
    p->dlg_seen[0] = '\0';
    p->dlg_dismiss = !accept;
    free(p->dlg_text);
    p->dlg_text = text ? xstrdup(text) : NULL;
    pthread_mutex_unlock(&p->mu);
    return had;
}

static const page_ops cdp_page_ops = {
    .set_place = cp_set_place,
    .close = cp_close,
    .abort = cp_abort,
    .alive = cp_alive,
    .net_idle_ms = cp_net_idle_ms,
    .navigate = cp_navigate,
    .eval = cp_eval,
    .agent_eval = cp_agent_eval,
    .screenshot = cp_screenshot,
    .call = cp_call,
    .settle = cp_settle,
    .history = cp_history,
    .html = cp_html,
    .console_take = cp_console_take,
    .state = cp_state,
    .tab = cp_tab,
    .dialogs = cp_dialogs,
};
