/* cdp.h -- a Chromium process and a Chrome DevTools Protocol client over
 * --remote-debugging-pipe.
 *
 * Chromium reads commands from its fd 3 and writes replies and events to its
 * fd 4, each message one JSON object followed by a NUL byte. No WebSocket.
 * The client runs two threads per browser:
 *   - the reader: reads fd 4, splits messages (cdp_framer), hands replies to
 *     the caller waiting on that id and queues events;
 *   - the dispatcher: calls each session's event handler, in arrival order,
 *     outside the reader so a handler may itself call cdp_call().
 * Sessions are flattened (Target.attachToTarget with flatten:true): a message
 * carries "sessionId" and all sessions share the one pipe.
 *
 * When the browser dies (EOF or a write error), every pending and future call
 * fails at once with CDP_EDEAD; cdp_alive() turns false.
 *
 * Threads: all functions may be called from any thread, except that
 * cdp_close() must not race with other calls on the same handle. */
#ifndef BAI_CDP_H
#define BAI_CDP_H

#include <jansson.h>
#include <stddef.h>
#include <sys/types.h>

enum {
    CDP_OK = 0,
    CDP_EPROTO = -1,   /* the browser answered with an error object */
    CDP_ETIMEOUT = -2, /* no reply within the timeout */
    CDP_EDEAD = -3,    /* the browser is gone */
    CDP_EABORT = -4,   /* the session was aborted with cdp_session_abort() */
    CDP_ELAUNCH = -5   /* the browser could not be started */
};

/* ---- framing (pure, unit-tested) ------------------------------------- */

/* Splits a byte stream into NUL-terminated messages. Messages longer than
 * max bytes are dropped whole and counted in `dropped`. */
/* The queue of events between the reader and the dispatcher (evq.c); pure,
 * guarded by its owner's lock. Past max events the oldest is dropped (a
 * stuck handler must not stall the reader, which also reads every reply,
 * nor grow memory without bound), except Fetch.* events, which hold a
 * request in the browser until answered and are never dropped. */
typedef struct cdp_evq {
    struct cdp_event *head, *tail;
    size_t len, max;
    unsigned long dropped;
} cdp_evq;

/* Take msg (a whole message with "method") into the queue. */
void cdp_evq_push(cdp_evq *q, json_t *msg);
/* The oldest message (the caller owns it), or NULL when empty. */
json_t *cdp_evq_pop(cdp_evq *q);
void cdp_evq_clear(cdp_evq *q);

typedef struct cdp_framer {
    char *buf;
    size_t len, cap, max;
    int skipping; /* inside an oversized message, discarding */
    unsigned long dropped;
} cdp_framer;

void cdp_framer_init(cdp_framer *f, size_t max);
void cdp_framer_free(cdp_framer *f);
/* Feed n bytes; calls fn(ud, msg, len) for each complete message (msg is
 * NUL-terminated and valid only during the call). */
void cdp_framer_feed(cdp_framer *f, const char *data, size_t n,
                     void (*fn)(void *ud, const char *msg, size_t len), void *ud);

/* ---- browser process and client -------------------------------------- */

typedef struct cdp cdp;

typedef struct cdp_opts {
    const char *chromium;          /* executable path */
    const char *const *extra_args; /* NULL-terminated, may be NULL */
    size_t max_message;            /* cap on one incoming message, bytes */
    int launch_timeout_ms;         /* time to wait for the first reply */
    long memory_mib;               /* the renderers' RSS together, past which the largest is
                                      killed (proc_memwatch); 0: unwatched */
    uid_t uid_lo, uid_hi;          /* as root: run as a user of this range (proc_uid_take),
                                      the profile its own; lo > hi or lo 0: as the server */
} cdp_opts;

/* Start a headless Chromium in its own process group with a fresh, private
 * --user-data-dir (removed again by cdp_close) and connect to it. As root,
 * with a user range in o, Chromium runs as a user of its own from it (held
 * until cdp_close), owning its profile, which is also its HOME; its
 * environment is the server's without secrets either way. Sends
 * Browser.getVersion to prove the pipe works. On failure returns CDP_ELAUNCH
 * and a message in err. */
int cdp_launch(const cdp_opts *o, cdp **out, char *err, size_t errlen);

/* Kill the browser's whole process group, reap it, stop the threads, remove
 * the profile folder, and free. Accepts NULL. Pending calls fail with
 * CDP_EDEAD before it returns. */
void cdp_close(cdp *c);

int cdp_alive(cdp *c);
pid_t cdp_pid(cdp *c);

/* Kill the browser's process group now (a hung browser). Calls pending and
 * future fail with CDP_EDEAD once the reader sees the pipe close; the handle
 * stays valid until cdp_close(). Any thread. */
void cdp_kill(cdp *c);

/* Resident memory of the browser's whole process group, in KiB (0 when
 * unknown). Reads /proc; takes a few milliseconds. */
long cdp_rss_kib(cdp *c);

/* Send method with params (stolen; may be NULL) on session (NULL = the
 * browser target) and wait up to timeout_ms for the reply. On CDP_OK *result
 * (may be NULL when not wanted) is the reply's "result" object, a new
 * reference. On failure err gets a message; for CDP_EPROTO it is the
 * browser's error message. */
int cdp_call(cdp *c, const char *session, const char *method, json_t *params, int timeout_ms,
             json_t **result, char *err, size_t errlen);

/* One call of a batch (cdp_calls). In: session (NULL = the browser
 * target), method, params (stolen; may be NULL), result (where the reply's
 * "result" goes on CDP_OK, a new reference; may be NULL), err/errlen (the
 * message on failure; may be NULL). Out: rc, as cdp_call returns it. */
typedef struct cdp_batch {
    const char *session;
    const char *method;
    json_t *params;
    json_t **result;
    char *err;
    size_t errlen;
    int rc;
} cdp_batch;

/* Send the n calls of v at once, in order, then wait for all their
 * replies, the whole batch within timeout_ms. The browser runs the calls
 * of one session in the order sent and those of different targets (the
 * browser, a tab's renderer) side by side, so a batch takes about its
 * slowest round trip, not their sum. Each call's outcome is in its rc;
 * returns the first failing call's code, or CDP_OK. */
int cdp_calls(cdp *c, cdp_batch *v, int n, int timeout_ms);

/* Send method with params (stolen; may be NULL) on session and return as
 * soon as it is written (at most timeout_ms if the pipe is full), without
 * waiting for the reply, which is dropped. For event handlers, which run on
 * the dispatcher and must not wait for the browser: answering a paused
 * request or a dialog. Returns CDP_OK or the cdp_call error codes of the
 * send. */
int cdp_send(cdp *c, const char *session, const char *method, json_t *params, int timeout_ms);

/* Event handler of one session: method and params (borrowed, valid during
 * the call). Runs on the dispatcher thread. */
typedef void (*cdp_event_fn)(void *ud, const char *method, json_t *params);

/* Route events of session (NULL = browser-level events) to fn. Replaces any
 * earlier handler of that session. */
void cdp_session_on(cdp *c, const char *session, cdp_event_fn fn, void *ud);
/* Stop routing events of session. When it returns, the handler is not
 * running and will never run again for that session. Must not be called from
 * inside that session's handler. */
void cdp_session_off(cdp *c, const char *session);

/* Fail every pending and future call on session with CDP_EABORT, until
 * cdp_session_off(). Used for cancel and timeouts: it makes a worker blocked
 * in cdp_call() return at once. */
void cdp_session_abort(cdp *c, const char *session);

#endif
