/* cdp.c -- one headless Chromium process and a DevTools Protocol client
 * talking to it over --remote-debugging-pipe (see cdp.h for the contract).
 *
 * Threads per browser:
 *   - the reader forks Chromium (so PR_SET_PDEATHSIG, which follows the
 *     forking *thread*, lasts exactly as long as the pipe is read), then
 *     reads fd 4, completes waiting calls and queues events;
 *   - the dispatcher pops events in order and calls the session's handler
 *     without holding any lock, so a handler may call cdp_call().
 * Callers of cdp_call() block on a condition variable of their own.
 *
 * Everything mutable lives in struct cdp under `mu`, except the write side
 * of the pipe (`write_mu`) and the reaping of the browser (`reap_mu`).
 *
 * Process-wide effects, on purpose:
 *   - the process becomes a child subreaper (PR_SET_CHILD_SUBREAPER), so the
 *     helpers Chromium forks (zygote, renderers) are re-parented to us when
 *     the browser dies and cdp_close() can reap them. Without it they go to
 *     pid 1, which in containers and microVMs often never reaps, and the
 *     zombies keep the process group alive forever.
 *   - writes to a dead browser raise SIGPIPE: the program must ignore
 *     SIGPIPE (the server does, at start); this module then sees EPIPE. */
#include "cdp/cdp.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/proc.h"
#include "util/util.h"

#define CDP_READ_CHUNK (64 * 1024)
#define CDP_QUEUE_MAX 10000         /* events waiting for the dispatcher */
#define CDP_LAUNCH_TIMEOUT_MS 30000 /* when opts->launch_timeout_ms is 0 */
#define CDP_EXIT_CHECK_MS 250       /* how soon a dead browser is noticed without EOF */
#define CDP_GROUP_WAIT_MS 5000      /* cdp_close waits this long for helpers */

/* No translate bubbles, no cast-device discovery, no model downloads; no
 * omnibox popup pages: headless Chromium still builds a browser window per
 * tab and preloads the omnibox's two WebUI popups into a renderer of each
 * new context (chrome://omnibox-popup.top-chrome), ~500 ms of CPU per task
 * in that renderer and the browser process, for a toolbar nobody sees
 * (bench/cost). No spare renderer: Chromium keeps one renderer process
 * warm for the browser context used last, so a task's first navigation
 * (in a context of its own) killed the spare of the context before and
 * started one for its own, which no later task can use: a renderer's
 * start-up on the CPU while the page loads (bench/latency: step 1 took
 * 1.5-2.5x as long). Each task's tab gets its renderer when its page is
 * prepared, and its first navigation stays in it; a later cross-site
 * navigation starts its process while its request is under way. One
 * string of its own: split in the list below, a compiler asks whether a
 * comma is missing. */
static const char features_off[] = "--disable-features=Translate,MediaRouter,OptimizationHints,"
                                   "WebUIOmniboxPopup,WebUIOmniboxAimPopup,"
                                   "SpareRendererForSitePerProcess";

/* The browser's flags, each with the reason it is there. */
static const char *const cdp_flags[] = {
    "--headless=new",                  /* no display; same engine as headful */
    "--remote-debugging-pipe",         /* CDP on fds 3/4: no port, no other client */
    "--no-sandbox",                    /* the sandbox needs user namespaces or
                                          setuid, often missing in containers */
    "--disable-gpu",                   /* no GPU in a server; skip the probing */
    "--no-first-run",                  /* no welcome page or first-run dialogs */
    "--no-default-browser-check",      /* no "make default" prompt */
    "--disable-background-networking", /* no phoning home while idle */
    "--disable-component-update",      /* no downloads of CRLSets, Widevine... */
    "--disable-sync",                  /* no account sync attempts */
    "--disable-default-apps",          /* no preinstalled apps in a new profile */
    "--disable-extensions",            /* Debian's wrapper loads some; we want none */
    "--mute-audio",                    /* pages must not make noise on the host */
    "--hide-scrollbars",               /* screenshots without scrollbars */
    "--disable-dev-shm-usage",         /* /dev/shm is tiny in containers: crashes */
    "--password-store=basic",          /* never talk to a desktop keyring */
    "--use-mock-keychain",             /* the same on macOS builds */
    features_off,
    /* no initial tab (and twice as fast a start): each task creates its own
     * target in its own browser context */
    "--no-startup-window",
    /* a desktop-sized viewport, so pages lay out as people see them */
    "--window-size=1280,800",
};

typedef struct pending {
    long id;
    const char *session; /* the caller's string, valid while it waits */
    int done;
    int rc; /* CDP_OK (reply set), CDP_EDEAD or CDP_EABORT */
    json_t *reply;
    pthread_cond_t cv;
    struct pending *next;
} pending;

typedef struct sess {
    char *id; /* NULL = the browser target */
    cdp_event_fn fn;
    void *ud;
    int aborted;
    struct sess *next;
} sess;

struct cdp {
    pid_t pid;    /* the browser, leader of its own process group */
    int cmd_fd;   /* we write; the browser's fd 3 */
    int evt_fd;   /* the reader reads; the browser's fd 4 */
    int child_in; /* the browser's ends, closed once it is forked */
    int child_out;
    int log_fd;    /* chromium's stdout/stderr, or -1 for /dev/null */
    int wake_fd;   /* eventfd: cdp_close wakes the reader */
    char *profile; /* --user-data-dir, removed by cdp_close */
    uid_t uid;     /* the user Chromium runs as ((uid_t)-1: the server's) */
    int uid_lock;  /* holds uid for us (proc_uid_take), or -1 */
    char **argv;
    char **envp;       /* the browser's environment: only what it needs */
    cdp_framer framer; /* reader thread only */

    pthread_mutex_t mu; /* guards everything from here to write_mu */
    pthread_cond_t spawn_cv;
    pthread_cond_t queue_cv; /* an event was queued, or stopping */
    pthread_cond_t idle_cv;  /* the dispatcher left a handler */
    int spawned;             /* 0 not yet, 1 running, -1 failed */
    char spawn_err[256];
    int dead;
    int wstatus; /* waitpid status once reaped */
    int stopping;
    long next_id;
    pending *pending;
    sess *sessions;
    sess *busy; /* the session whose handler runs right now */
    cdp_evq events;

    pthread_mutex_t write_mu; /* one message at a time on cmd_fd */
    pthread_mutex_t reap_mu;  /* no kill(-pgid) after the pgid is reaped */
    int reaped;

    pthread_t reader, dispatcher;
    int reader_started, dispatcher_started;
};

/* ---- small helpers ---------------------------------------------------- */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (!err || errlen == 0) return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int same_session(const char *a, const char *b)
{
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

static void close_fd(int *fd)
{
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* ---- sessions and pending calls (caller holds mu) ---------------------- */

static sess *session_find_locked(cdp *c, const char *id)
{
    sess *s;

    for (s = c->sessions; s; s = s->next)
        if (same_session(s->id, id)) return s;
    return NULL;
}

static sess *session_get_locked(cdp *c, const char *id)
{
    sess *s = session_find_locked(c, id);

    if (s) return s;
    s = xcalloc(1, sizeof(*s));
    s->id = xstrdup(id);
    s->next = c->sessions;
    c->sessions = s;
    return s;
}

static void pending_finish_locked(pending *p, int rc)
{
    if (p->done) return;
    p->rc = rc;
    p->done = 1;
    pthread_cond_signal(&p->cv);
}

static void pending_unlink_locked(cdp *c, pending *p)
{
    pending **pp;

    for (pp = &c->pending; *pp; pp = &(*pp)->next) {
        if (*pp == p) {
            *pp = p->next;
            return;
        }
    }
}

/* The browser is unusable: every waiting call fails now, every later call
 * fails at admission. */
static void mark_dead_locked(cdp *c)
{
    pending *p;

    c->dead = 1;
    for (p = c->pending; p; p = p->next)
        pending_finish_locked(p, CDP_EDEAD);
}

/* Kill the browser's whole process group unless it is already reaped: once
 * reaped, its pid (= the pgid) may belong to someone else. */
static void kill_group(cdp *c)
{
    pthread_mutex_lock(&c->reap_mu);
    if (c->pid > 0 && !c->reaped) kill(-c->pid, SIGKILL);
    pthread_mutex_unlock(&c->reap_mu);
}

/* ---- the reader -------------------------------------------------------- */

static void complete_call(cdp *c, json_t *msg, long id)
{
    pending *p;

    pthread_mutex_lock(&c->mu);
    for (p = c->pending; p; p = p->next) {
        if (p->id == id && !p->done) {
            p->reply = msg;
            msg = NULL;
            pending_finish_locked(p, CDP_OK);
            break;
        }
    }
    pthread_mutex_unlock(&c->mu);
    json_decref(msg); /* a late reply to a call that timed out or aborted */
}

static void queue_event(cdp *c, json_t *msg)
{
    if (!json_is_string(json_object_get(msg, "method"))) {
        json_decref(msg);
        return;
    }
    /* Handlers get a params object even when the browser sent none. */
    if (!json_is_object(json_object_get(msg, "params")))
        json_object_set_new(msg, "params", json_object());
    pthread_mutex_lock(&c->mu);
    cdp_evq_push(&c->events, msg);
    pthread_cond_signal(&c->queue_cv);
    pthread_mutex_unlock(&c->mu);
}

static void on_message(void *ud, const char *text, size_t len)
{
    cdp *c = ud;
    json_error_t jerr;
    json_t *msg = json_loadb(text, len, 0, &jerr);
    json_t *id;

    if (!json_is_object(msg)) {
        json_decref(msg); /* not CDP; nothing to route it to */
        return;
    }
    id = json_object_get(msg, "id");
    if (json_is_integer(id))
        complete_call(c, msg, (long)json_integer_value(id));
    else
        queue_event(c, msg);
}

/* EOF on fd 4 (or close): fail everyone, then reap the browser. */
static void browser_gone(cdp *c)
{
    int st = 0;
    pid_t r;

    pthread_mutex_lock(&c->mu);
    mark_dead_locked(c);
    pthread_mutex_unlock(&c->mu);

    pthread_mutex_lock(&c->reap_mu);
    /* Whatever is left of the group is useless without the pipe. */
    kill(-c->pid, SIGKILL);
    do
        r = waitpid(c->pid, &st, 0);
    while (r < 0 && errno == EINTR);
    c->reaped = 1;
    pthread_mutex_unlock(&c->reap_mu);

    pthread_mutex_lock(&c->mu);
    c->wstatus = r == c->pid ? st : 0;
    pthread_mutex_unlock(&c->mu);
}

static void read_loop(cdp *c)
{
    char *chunk = xmalloc(CDP_READ_CHUNK);
    struct pollfd pf[2] = {{c->evt_fd, POLLIN, 0}, {c->wake_fd, POLLIN, 0}};

    for (;;) {
        ssize_t n;

        int ready = poll(pf, 2, CDP_EXIT_CHECK_MS);
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (ready == 0) {
            /* Helpers a browser forked before it got to close its copies of
             * the pipe keep it open after the browser itself died: no EOF
             * comes. Look at the process (without reaping it, which
             * browser_gone does to learn how it ended). */
            siginfo_t si = {0};
            if (waitid(P_PID, (id_t)c->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 &&
                si.si_pid == c->pid)
                break;
            continue;
        }
        if (pf[1].revents)
            break; /* cdp_close, in case something outside the group
                      still holds the browser's end of the pipe */
        n = read(c->evt_fd, chunk, CDP_READ_CHUNK);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) break;
        cdp_framer_feed(&c->framer, chunk, (size_t)n, on_message, c);
    }
    free(chunk);
    browser_gone(c);
}

/* ---- spawning Chromium --------------------------------------------------- */

/* Fork and exec the browser; 0 on success, else -1 with c->spawn_err. Runs
 * on the reader thread: PR_SET_PDEATHSIG follows the forking thread.
 * Chromium gets exactly 0..4 (stdin /dev/null, its log, the pipe) in a
 * session of its own, so cdp_close kills it and every helper it forks with
 * one kill(-pgid), and a terminal's ^C does not reach it behind our back. */
static int spawn_browser(cdp *c)
{
    proc_spec s = {.argv = c->argv,
                   .envp = c->envp,
                   .fds = {-1, c->log_fd, c->log_fd, c->child_in, c->child_out},
                   .new_session = 1,
                   .uid = c->uid,
                   .gid = (gid_t)c->uid};
    pid_t pid = proc_spawn(&s, "browser", c->spawn_err, sizeof c->spawn_err);
    close_fd(&c->child_in);
    close_fd(&c->child_out);
    if (pid < 0) return -1;
    c->pid = pid;
    return 0;
}

static void *reader_main(void *arg)
{
    cdp *c = arg;
    int ok = spawn_browser(c) == 0;

    pthread_mutex_lock(&c->mu);
    c->spawned = ok ? 1 : -1;
    pthread_cond_broadcast(&c->spawn_cv);
    pthread_mutex_unlock(&c->mu);
    if (ok) read_loop(c);
    return NULL;
}

/* ---- the dispatcher ------------------------------------------------------ */

/* Calls the handler of msg's session, if any, with mu released. */
static void dispatch_locked(cdp *c, json_t *msg)
{
    const char *sid = json_string_value(json_object_get(msg, "sessionId"));
    sess *s = session_find_locked(c, sid);
    cdp_event_fn fn;
    void *ud;

    if (!s || !s->fn) return;
    fn = s->fn;
    ud = s->ud;
    c->busy = s;
    pthread_mutex_unlock(&c->mu);
    fn(ud, json_string_value(json_object_get(msg, "method")), json_object_get(msg, "params"));
    pthread_mutex_lock(&c->mu);
    c->busy = NULL;
    pthread_cond_broadcast(&c->idle_cv);
}

static void *dispatcher_main(void *arg)
{
    cdp *c = arg;

    pthread_mutex_lock(&c->mu);
    for (;;) {
        json_t *msg;

        while (!c->events.head && !c->stopping)
            pthread_cond_wait(&c->queue_cv, &c->mu);
        if (c->stopping) break;
        msg = cdp_evq_pop(&c->events);
        dispatch_locked(c, msg);
        pthread_mutex_unlock(&c->mu);
        json_decref(msg);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* ---- calls --------------------------------------------------------------- */

/* Writes all of p, waiting for room until the deadline. Returns the number
 * of bytes written; fewer than n means failure (errno set). */
static size_t write_until(int fd, const char *p, size_t n, const struct timespec *dl)
{
    size_t done = 0;

    while (done < n) {
        ssize_t w = write(fd, p + done, n - done);
        struct pollfd pf = {fd, POLLOUT, 0};
        struct timespec now;
        long ms;

        if (w > 0) {
            done += (size_t)w;
            continue;
        }
        if (w < 0 && errno != EAGAIN && errno != EINTR) return done;
        clock_gettime(CLOCK_MONOTONIC, &now);
        ms = (long)(dl->tv_sec - now.tv_sec) * 1000 + (dl->tv_nsec - now.tv_nsec) / 1000000;
        if (ms <= 0) {
            errno = ETIMEDOUT;
            return done;
        }
        poll(&pf, 1, (int)ms);
    }
    return done;
}

/* Encodes and writes one command; params is stolen. */
static int call_send(cdp *c, long id, const char *session, const char *method, json_t *params,
                     const struct timespec *dl)
{
    json_t *m = json_pack("{s:I, s:s}", "id", (json_int_t)id, "method", method ? method : "");
    char *text = NULL;
    size_t len, n;
    int rc = CDP_EPROTO;

    if (!m || (params && json_object_set(m, "params", params) < 0) ||
        (session && json_object_set_new(m, "sessionId", json_string(session)) < 0))
        goto out;
    text = json_dumps(m, JSON_COMPACT);
    if (!text) goto out;
    len = strlen(text) + 1; /* the NUL is the frame delimiter */

    pthread_mutex_lock(&c->write_mu);
    n = write_until(c->cmd_fd, text, len, dl);
    pthread_mutex_unlock(&c->write_mu);
    if (n == len) {
        rc = CDP_OK;
    } else if (n == 0 && errno == ETIMEDOUT) {
        rc = CDP_ETIMEOUT; /* nothing written: the stream is still intact */
    } else {
        /* EPIPE, or half a message in the pipe: the stream is broken. */
        pthread_mutex_lock(&c->mu);
        mark_dead_locked(c);
        pthread_mutex_unlock(&c->mu);
        kill_group(c);
        rc = CDP_EDEAD;
    }
out:
    free(text);
    json_decref(m);
    json_decref(params);
    return rc;
}

static int call_admit_locked(cdp *c, const char *session)
{
    sess *s;

    if (c->dead) return CDP_EDEAD;
    s = session_find_locked(c, session);
    if (s && s->aborted) return CDP_EABORT;
    return CDP_OK;
}

static int call_wait_locked(cdp *c, pending *p, const struct timespec *dl)
{
    while (!p->done) {
        if (pthread_cond_timedwait(&p->cv, &c->mu, dl) == ETIMEDOUT && !p->done)
            return CDP_ETIMEOUT;
    }
    return p->rc;
}

/* Turns the outcome of a call into the return code, *result and err. */
static int call_result(int rc, json_t *reply, const char *method, int timeout_ms, json_t **result,
                       char *err, size_t errlen)
{
    json_t *e, *r;

    switch (rc) {
    case CDP_OK:
        break;
    case CDP_ETIMEOUT:
        set_err(err, errlen, "%s: no reply within %d ms", method, timeout_ms);
        return rc;
    case CDP_EDEAD:
        set_err(err, errlen, "browser is gone");
        return rc;
    case CDP_EABORT:
        set_err(err, errlen, "aborted");
        return rc;
    default:
        set_err(err, errlen, "%s: cannot encode the command", method);
        return rc;
    }
    e = json_object_get(reply, "error");
    if (e) {
        const char *msg = json_string_value(json_object_get(e, "message"));
        const char *data = json_string_value(json_object_get(e, "data"));
        set_err(err, errlen, "%s%s%s", msg ? msg : "unknown error", data ? ": " : "",
                data ? data : "");
        return CDP_EPROTO;
    }
    if (result) {
        r = json_object_get(reply, "result");
        *result = r ? json_incref(r) : json_object();
    }
    return CDP_OK;
}

int cdp_send(cdp *c, const char *session, const char *method, json_t *params, int timeout_ms)
{
    struct timespec dl = util_deadline_ts(timeout_ms);
    long id = 0;
    int rc;

    if (!c) {
        json_decref(params);
        return CDP_EDEAD;
    }
    pthread_mutex_lock(&c->mu);
    rc = call_admit_locked(c, session);
    if (rc == CDP_OK) id = ++c->next_id; /* no one waits: the reply is dropped */
    pthread_mutex_unlock(&c->mu);
    if (rc != CDP_OK) {
        json_decref(params);
        return rc;
    }
    return call_send(c, id, session, method, params, &dl);
}

/* Registers, sends and waits for every call of v, in order; the replies
 * are matched by id whichever comes first. */
int cdp_calls(cdp *c, cdp_batch *v, int n, int timeout_ms)
{
    struct timespec dl = util_deadline_ts(timeout_ms);
    pending *p = xcalloc((size_t)(n > 0 ? n : 1), sizeof *p);
    int first = CDP_OK;

    for (int i = 0; i < n; i++) {
        util_cond_init(&p[i].cv);
        p[i].rc = c ? CDP_OK : CDP_EDEAD;
        p[i].session = v[i].session;
    }
    if (c) {
        pthread_mutex_lock(&c->mu);
        for (int i = 0; i < n; i++) {
            p[i].rc = call_admit_locked(c, v[i].session);
            if (p[i].rc != CDP_OK) continue;
            /* Registered before the write, so an instant reply finds us. */
            p[i].id = ++c->next_id;
            p[i].next = c->pending;
            c->pending = &p[i];
        }
        pthread_mutex_unlock(&c->mu);
        /* The reader may answer a call (p[i].rc, under c->mu) before its
         * send returns: the send's own outcome is kept apart until then. */
        int *sent = xcalloc((size_t)(n > 0 ? n : 1), sizeof *sent);
        for (int i = 0; i < n; i++) {
            if (p[i].id)
                sent[i] = call_send(c, p[i].id, v[i].session, v[i].method, v[i].params, &dl);
            else
                json_decref(v[i].params);
            v[i].params = NULL;
        }
        pthread_mutex_lock(&c->mu);
        for (int i = 0; i < n; i++) {
            if (!p[i].id) continue;
            if (sent[i] != CDP_OK && !p[i].done)
                p[i].rc = sent[i];
            else if (p[i].rc == CDP_OK)
                p[i].rc = call_wait_locked(c, &p[i], &dl);
            /* After this a late reply finds no one and is dropped. */
            pending_unlink_locked(c, &p[i]);
        }
        pthread_mutex_unlock(&c->mu);
        free(sent);
    }
    for (int i = 0; i < n; i++) {
        json_decref(v[i].params);
        v[i].params = NULL;
        v[i].rc = call_result(p[i].rc, p[i].reply, v[i].method, timeout_ms, v[i].result, v[i].err,
                              v[i].errlen);
        if (first == CDP_OK) first = v[i].rc;
        json_decref(p[i].reply);
        pthread_cond_destroy(&p[i].cv);
    }
    free(p);
    return first;
}

int cdp_call(cdp *c, const char *session, const char *method, json_t *params, int timeout_ms,
             json_t **result, char *err, size_t errlen)
{
    cdp_batch b = {.session = session,
                   .method = method,
                   .params = params,
                   .result = result,
                   .err = err,
                   .errlen = errlen};
    return cdp_calls(c, &b, 1, timeout_ms);
}

/* ---- sessions ------------------------------------------------------------ */

void cdp_session_on(cdp *c, const char *session, cdp_event_fn fn, void *ud)
{
    sess *s;

    pthread_mutex_lock(&c->mu);
    s = session_get_locked(c, session);
    s->fn = fn;
    s->ud = ud;
    pthread_mutex_unlock(&c->mu);
}

void cdp_session_off(cdp *c, const char *session)
{
    pthread_mutex_lock(&c->mu);
    for (;;) {
        sess **pp, *s;

        /* Looked up again after every wait: the list may have changed. */
        for (pp = &c->sessions; *pp && !same_session((*pp)->id, session); pp = &(*pp)->next)
            ;
        s = *pp;
        if (!s) break;
        /* From inside its own handler (against the contract) waiting would
         * deadlock; unlinking is still safe, the dispatcher no longer
         * touches s once the handler returns. */
        if (c->busy != s ||
            (c->dispatcher_started && pthread_equal(pthread_self(), c->dispatcher))) {
            *pp = s->next;
            free(s->id);
            free(s);
            break;
        }
        pthread_cond_wait(&c->idle_cv, &c->mu);
    }
    pthread_mutex_unlock(&c->mu);
}

void cdp_session_abort(cdp *c, const char *session)
{
    pending *p;

    pthread_mutex_lock(&c->mu);
    session_get_locked(c, session)->aborted = 1;
    for (p = c->pending; p; p = p->next)
        if (same_session(p->session, session)) pending_finish_locked(p, CDP_EABORT);
    pthread_mutex_unlock(&c->mu);
}

/* ---- lifetime ------------------------------------------------------------ */

int cdp_alive(cdp *c)
{
    int alive;

    if (!c) return 0;
    pthread_mutex_lock(&c->mu);
    alive = !c->dead && c->spawned == 1;
    pthread_mutex_unlock(&c->mu);
    return alive;
}

pid_t cdp_pid(cdp *c)
{
    return c ? c->pid : -1;
}

void cdp_kill(cdp *c)
{
    if (c) kill_group(c);
}

long cdp_rss_kib(cdp *c)
{
    long total = 0;
    if (c && c->pid > 0) proc_group_scan(c->pid, NULL, NULL, 0, &total);
    return total;
}

static void become_subreaper(void)
{
    prctl(PR_SET_CHILD_SUBREAPER, 1);
}

static char **build_argv(const cdp_opts *o, const char *profile)
{
    size_t nflags = sizeof(cdp_flags) / sizeof(cdp_flags[0]), nextra = 0, i, k = 0;
    char **argv;

    while (o->extra_args && o->extra_args[nextra])
        nextra++;
    argv = xcalloc(1 + nflags + 1 + nextra + 1, sizeof(*argv));
    argv[k++] = xstrdup(o->chromium);
    for (i = 0; i < nflags; i++)
        argv[k++] = xstrdup(cdp_flags[i]);
    argv[k++] = xasprintf("--user-data-dir=%s", profile);
    for (i = 0; i < nextra; i++)
        argv[k++] = xstrdup(o->extra_args[i]);
    return argv;
}

/* Whether the environment variable var ("NAME=value") may hold a secret:
 * the server's own settings (its API key, the LLM's key) and anything
 * named like a key, token, password or credential. */
static int secret_var(const char *var)
{
    static const char *const words[] = {"KEY",  "TOKEN",  "SECRET",  "PASSW", "CREDENTIAL",
                                        "AUTH", "COOKIE", "SESSION", NULL};
    size_t n = strcspn(var, "=");
    if (!strncmp(var, "BROWSERAI_", 10)) return 1;
    for (int j = 0; words[j]; j++)
        for (size_t i = 0; i + strlen(words[j]) <= n; i++)
            if (!strncasecmp(var + i, words[j], strlen(words[j]))) return 1;
    return 0;
}

/* The browser's environment: ours without what may be a secret, and HOME
 * in its own profile. The server's environment holds its API key, the
 * LLM's key and whatever its operator exported; a page that breaks out of
 * its renderer must find none of it. (The rest stays: Chromium rewrites
 * its process title over its arguments and environment, and with too
 * little room there its command line in /proc runs together.) */
static char **build_envp(const char *profile)
{
    extern char **environ;
    size_t n = 0, k = 0;
    while (environ[n])
        n++;
    char **envp = xcalloc(n + 2, sizeof *envp);
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "HOME=", 5) && !secret_var(environ[i]))
            envp[k++] = xstrdup(environ[i]);
    envp[k++] = xasprintf("HOME=%s", profile);
    return envp;
}

static cdp *cdp_new(const cdp_opts *o)
{
    cdp *c = xcalloc(1, sizeof(*c));

    c->cmd_fd = c->evt_fd = c->child_in = c->child_out = c->log_fd = c->wake_fd = -1;
    c->uid = (uid_t)-1;
    c->uid_lock = -1;
    cdp_framer_init(&c->framer, o->max_message);
    pthread_mutex_init(&c->mu, NULL);
    pthread_mutex_init(&c->write_mu, NULL);
    pthread_mutex_init(&c->reap_mu, NULL);
    util_cond_init(&c->spawn_cv);
    util_cond_init(&c->queue_cv);
    c->events.max = CDP_QUEUE_MAX;
    util_cond_init(&c->idle_cv);
    return c;
}

/* Profile folder, pipes, log file: everything the reader needs to fork. */
static int launch_prepare(cdp *c, const cdp_opts *o, char *err, size_t errlen)
{
    const char *logpath = getenv("BROWSERAI_CHROMIUM_LOG");
    int cmd[2], evt[2];
    char dir[PATH_MAX];

    if (proc_tmpdir(NULL, "chromium", dir, sizeof dir) != 0) {
        set_err(err, errlen, "cannot create a profile folder %s: %s", dir, strerror(errno));
        return -1;
    }
    c->profile = xstrdup(dir);
    /* As root, Chromium is a user of its own: a renderer exploit then holds
     * no root, and no file of the server's. */
    if (geteuid() == 0 && o->uid_lo > 0 && o->uid_lo <= o->uid_hi) {
        char why[160];
        if (proc_uid_take(o->uid_lo, o->uid_hi, &c->uid, &c->uid_lock, why, sizeof why) != 0) {
            set_err(err, errlen, "cannot pick a user for the browser: %s", why);
            return -1;
        }
        if (chown(dir, c->uid, (gid_t)c->uid) != 0) {
            set_err(err, errlen, "cannot hand %s to the browser's user: %s", dir, strerror(errno));
            return -1;
        }
    }
    if (pipe2(cmd, O_CLOEXEC) < 0) {
        set_err(err, errlen, "pipe: %s", strerror(errno));
        return -1;
    }
    c->child_in = cmd[0];
    c->cmd_fd = cmd[1];
    if (pipe2(evt, O_CLOEXEC) < 0) {
        set_err(err, errlen, "pipe: %s", strerror(errno));
        return -1;
    }
    c->evt_fd = evt[0];
    c->child_out = evt[1];
    /* Non-blocking so a browser that stops reading cannot hold a caller
     * past its timeout (see write_until). */
    fcntl(c->cmd_fd, F_SETFL, fcntl(c->cmd_fd, F_GETFL) | O_NONBLOCK);
    c->wake_fd = eventfd(0, EFD_CLOEXEC);
    if (c->wake_fd < 0) {
        set_err(err, errlen, "eventfd: %s", strerror(errno));
        return -1;
    }
    if (logpath && *logpath) {
        c->log_fd = open(logpath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (c->log_fd < 0) {
            set_err(err, errlen, "cannot open the chromium log %s: %s", logpath, strerror(errno));
            return -1;
        }
    }
    c->argv = build_argv(o, c->profile);
    c->envp = build_envp(c->profile);
    return 0;
}

/* Starts the reader, which forks the browser, and waits for the outcome. */
static int launch_spawn(cdp *c, char *err, size_t errlen)
{
    int rc;

    if (pthread_create(&c->reader, NULL, reader_main, c) != 0) {
        set_err(err, errlen, "cannot start the reader thread");
        return -1;
    }
    c->reader_started = 1;
    pthread_mutex_lock(&c->mu);
    while (c->spawned == 0)
        pthread_cond_wait(&c->spawn_cv, &c->mu);
    rc = c->spawned == 1 ? 0 : -1;
    if (rc < 0) set_err(err, errlen, "%s", c->spawn_err);
    pthread_mutex_unlock(&c->mu);
    return rc;
}

/* Describes why the first call failed. The usual launch failure is
 * Chromium exiting at once (missing libraries, bad flags): then the reader
 * has seen EOF and is reaping it, so wait for it and report the status. */
static void launch_failed(cdp *c, int rc, const char *why, char *err, size_t errlen)
{
    int st;

    if (rc != CDP_EDEAD) {
        set_err(err, errlen, "chromium did not answer: %s", why);
        return;
    }
    pthread_join(c->reader, NULL);
    c->reader_started = 0;
    st = c->wstatus;
    if (WIFEXITED(st))
        set_err(err, errlen, "chromium exited with status %d at startup%s", WEXITSTATUS(st),
                getenv("BROWSERAI_CHROMIUM_LOG") ? ""
                                                 : " (set BROWSERAI_CHROMIUM_LOG=file "
                                                   "to see its output)");
    else if (WIFSIGNALED(st))
        set_err(err, errlen, "chromium died of signal %d at startup", WTERMSIG(st));
    else
        set_err(err, errlen, "chromium did not answer: %s", why);
}

int cdp_launch(const cdp_opts *o, cdp **out, char *err, size_t errlen)
{
    static pthread_once_t subreaper_once = PTHREAD_ONCE_INIT;
    int tmo = o && o->launch_timeout_ms > 0 ? o->launch_timeout_ms : CDP_LAUNCH_TIMEOUT_MS;
    cdp *c = NULL;
    char why[256];
    int rc = CDP_ELAUNCH;

    if (!o || !o->chromium || !*o->chromium) {
        set_err(err, errlen, "no chromium path given");
        return CDP_ELAUNCH;
    }
    pthread_once(&subreaper_once, become_subreaper);
    c = cdp_new(o);
    if (launch_prepare(c, o, err, errlen) < 0 || launch_spawn(c, err, errlen) < 0) goto out;
    if (pthread_create(&c->dispatcher, NULL, dispatcher_main, c) != 0) {
        set_err(err, errlen, "cannot start the dispatcher thread");
        goto out;
    }
    c->dispatcher_started = 1;
    rc = cdp_call(c, NULL, "Browser.getVersion", NULL, tmo, NULL, why, sizeof(why));
    if (rc != CDP_OK) {
        launch_failed(c, rc, why, err, errlen);
        rc = CDP_ELAUNCH;
        goto out;
    }
    if (o->memory_mib > 0 && proc_memwatch_add(c->pid, o->memory_mib) != 0) {
        set_err(err, errlen, "cannot watch the browser's memory");
        goto out;
    }
    *out = c;
    c = NULL;
    rc = CDP_OK;
out:
    cdp_close(c);
    return rc;
}

static void free_all(cdp *c)
{
    size_t i;

    while (c->sessions) {
        sess *s = c->sessions;
        c->sessions = s->next;
        free(s->id);
        free(s);
    }
    cdp_evq_clear(&c->events);
    for (i = 0; c->argv && c->argv[i]; i++)
        free(c->argv[i]);
    for (i = 0; c->envp && c->envp[i]; i++)
        free(c->envp[i]);
    free(c->envp);
    free(c->argv);
    free(c->profile);
    cdp_framer_free(&c->framer);
    pthread_cond_destroy(&c->spawn_cv);
    pthread_cond_destroy(&c->queue_cv);
    pthread_cond_destroy(&c->idle_cv);
    pthread_mutex_destroy(&c->mu);
    pthread_mutex_destroy(&c->write_mu);
    pthread_mutex_destroy(&c->reap_mu);
    free(c);
}

void cdp_close(cdp *c)
{
    uint64_t one = 1;

    if (!c) return;
    if (c->pid > 0) proc_memwatch_remove(c->pid);
    kill_group(c);
    if (c->reader_started) {
        if (write(c->wake_fd, &one, sizeof(one)) < 0) {
            /* cannot fail on an eventfd that is far from its limit */
        }
        pthread_join(c->reader, NULL);
    }
    if (c->dispatcher_started) {
        pthread_mutex_lock(&c->mu);
        c->stopping = 1;
        pthread_cond_broadcast(&c->queue_cv);
        pthread_mutex_unlock(&c->mu);
        pthread_join(c->dispatcher, NULL);
    }
    proc_group_wait(c->pid, CDP_GROUP_WAIT_MS);
    close_fd(&c->uid_lock); /* its processes are gone: the user is free */
    close_fd(&c->cmd_fd);
    close_fd(&c->evt_fd);
    close_fd(&c->child_in);
    close_fd(&c->child_out);
    close_fd(&c->log_fd);
    close_fd(&c->wake_fd);
    proc_rm_tree(c->profile);
    free_all(c);
}
