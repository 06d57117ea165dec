/* session.h -- the live sessions parked on this node: browser pages kept
 * after an awaitable task's instructions, keyed by the session's task id,
 * waiting for follow-ups (see "Live sessions" in store/store.h).
 *
 * A parked page belongs to the registry; a slot running a follow-up takes
 * it (the entry is then in use) and gives it back, or has it closed. The
 * registry holds at most its `max` pages: a node claims no new session
 * while it is full (store_task_claim_with). The heartbeat (worker.c) walks
 * the entries: it renews their leases, closes those idle too long, and
 * those whose session ended elsewhere (stopped, lost).
 *
 * Threads: every call may come from any thread; the registry has its own
 * lock, and pages are closed outside it. */
#ifndef BAI_SESSION_H
#define BAI_SESSION_H

#include <stdint.h>

#include "browser/page.h"
#include "util/util.h"

struct pool;
struct pool_browser;

typedef struct session_reg session_reg;

/* A registry of at most max pages (at least 1), closed through browsers'
 * pool_put. */
session_reg *session_reg_new(struct pool *browsers, int max);
/* Close every page left and free. Accepts NULL. No page may be in use. */
void session_reg_free(session_reg *g);

/* Pages parked or reserved now, and whether one more fits. */
int session_count(session_reg *g);
int session_room(session_reg *g);

/* Hold a place for a claim that may open a session, so that the slots of
 * a node never park more pages than the registry holds: its number, or
 * -1 when full. session_bind names the claimed session's id (its page is
 * parked there); session_unreserve gives the place up unless a page was
 * parked in it (then it is a no-op, as for -1). */
int session_reserve(session_reg *g);
void session_bind(session_reg *g, int place, const char *id);
void session_unreserve(session_reg *g, int place);

/* Park pg (of browser b) for session id, whose parked claim is worker.
 * The entry starts in use by the caller, who gives it up with
 * session_release. 0, or -1 when the registry is full or id is there
 * already (nothing changes: pg stays the caller's). */
int session_park(session_reg *g, const char *id, const char *worker, page *pg,
                 struct pool_browser *b);

/* Take session id's page for a follow-up: waits up to wait_ms while
 * another user has it. 0 with *pg, *b and the parked claim in worker (n
 * bytes); -1 when the session is not parked here (or still in use). */
int session_take(session_reg *g, const char *id, int wait_ms, page **pg, struct pool_browser **b,
                 char *worker, size_t n);

/* Give session id's page back after use: keep, it waits idle for the next
 * follow-up; else (or when it was closed meanwhile) the page is closed and
 * the entry forgotten. */
void session_release(session_reg *g, const char *id, int keep);

/* Close session id's page now, or when its user releases it. 1 when id was
 * parked here. */
int session_close(session_reg *g, const char *id);

/* What the heartbeat needs to know of one entry. */
typedef struct session_info {
    char id[UTIL_ID_LEN];
    char worker[176];
    int in_use;
    int64_t idle_ms; /* since its last use (monotonic) */
} session_info;

/* A copy of the entries, malloc'ed (free it); *n of them. */
session_info *session_list(session_reg *g, int *n);

#endif
