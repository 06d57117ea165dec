/* worker.c -- worker slots that claim tasks, and the heartbeat that keeps
 * their leases and deadlines. See worker.h; a task's run is in task/, the
 * browsers in browser/pool.c. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "browser/pool.h"
#include "gate/gate.h"
#include "plan/llm.h"
#include "policy/proxy.h"
#include "policy/urlpolicy.h"
#include "task/script.h"
#include "task/session.h"
#include "task/task.h"
#include "util/notify.h"
#include "util/proc.h"
#include "worker/worker.h"

/* How often the heartbeat looks at deadlines and cancellations: the bound
 * on how late a timeout fires. */
#define HEARTBEAT_MS 200
/* At most this often, when woken, the heartbeat reads its running tasks'
 * statuses: a stop taken by another node's API reaches this node as a
 * NOTIFY (PostgreSQL), before the next renewal would tell. */
#define LOOK_MS 1000

typedef struct slot {
    engine *e;
    int index;
    pthread_t thread;
    char base[150];  /* "node/slot" */
    uint64_t claims; /* the slot thread's own: claims tried, for the next id */
    /* The claim's id, "node/slot#N", stored as the lease holder: unique per
     * claim, so the store refuses a late write of an earlier claim of the
     * same task (fencing, store.h). Written by the slot, read by the
     * heartbeat, under mu. */
    pthread_mutex_t mu;
    char worker[176];
    task_ctl *ctl; /* the running task, for stops from other threads */
    /* The heartbeat thread's own: the claim it renews, and when next. */
    uint64_t hb_gen;
    int64_t next_renew; /* monotonic ms */
} slot;

struct engine {
    task_env env;
    const config *cfg;
    char node[128];
    int nslots;
    slot *slots;
    pthread_t heartbeat;
    int no_heartbeat;       /* tests drive it with engine_heartbeat_once */
    atomic_int stopping;    /* slots: claim no more */
    atomic_int hb_stopping; /* heartbeat: set after the slots are done */
    atomic_int busy;
    const char **proxies;     /* proxy_all(), for the pool */
    gate *gate;               /* every browser's only way out */
    char gate_dir[64];        /* its unix sockets, for the script runners */
    char proxy_flag[64];      /* --proxy-server=<the gate> */
    const char *gate_args[5]; /* Chromium's flags for it */
};

/* ---- slots --------------------------------------------------------------- */

static void *slot_main(void *arg)
{
    slot *s = arg;
    engine *e = s->e;
    while (!atomic_load(&e->stopping)) {
        pool_prepare(e->env.browsers, s->index);
        uint64_t gen = notify_gen_as(s->base);
        store_task t = {0};
        char me[sizeof s->worker];
        snprintf(me, sizeof me, "%s#%llu", s->base, (unsigned long long)++s->claims);
        pthread_mutex_lock(&s->mu);
        memcpy(s->worker, me, sizeof me);
        pthread_mutex_unlock(&s->mu);
        /* A new session only with a place held for its page. */
        int place = e->env.sessions ? session_reserve(e->env.sessions) : -1;
        int rc = store_task_claim_with(e->env.st, me, e->cfg->lease * 1000, place >= 0, &t);
        if (rc == STORE_OK && place >= 0 && t.awaitable && !t.session)
            session_bind(e->env.sessions, place, t.id);
        else if (place >= 0) {
            session_unreserve(e->env.sessions, place);
            place = -1;
        }
        if (rc != STORE_OK) {
            /* Woken by a new task here; other nodes' tasks are seen within
             * a second. */
            notify_wait_as(s->base, gen, rc == STORE_EEMPTY ? 1000 : 2000);
            continue;
        }
        uint64_t claim = task_ctl_begin(s->ctl, t.id, util_mono_ms() + (int64_t)t.timeout_s * 1000);
        /* after the begin: a busy slot's task is one the heartbeat sees */
        atomic_fetch_add(&e->busy, 1);
        /* Claimed while the node began to stop: engine_stop's stops may
         * have come before this claim, so hand it back now. */
        if (atomic_load(&e->stopping)) task_ctl_stop(s->ctl, claim, ABORT_SHUTDOWN);
        task_run(&e->env, s->ctl, me, s->index, &t);
        if (place >= 0) session_unreserve(e->env.sessions, place); /* not parked */
        task_ctl_end(s->ctl);
        atomic_fetch_sub(&e->busy, 1);
        store_task_free(&t);
        notify_bump();
    }
    notify_busy(s->base); /* queued tasks wake the other slots */
    return NULL;
}

/* ---- heartbeat ----------------------------------------------------------- */

/* Deadlines and leases of the slot's task. Every stop names the claim it
 * was decided about: a renewal spans store transactions, and meanwhile the
 * slot may have finished that task and claimed the next. */
static void heartbeat_slot(engine *e, slot *s, int64_t now)
{
    uint64_t gen;
    char id[UTIL_ID_LEN];
    int64_t deadline;
    if (!task_ctl_current(s->ctl, &gen, id, &deadline)) return;
    if (now >= deadline) task_ctl_stop(s->ctl, gen, ABORT_TIMEOUT);
    if (gen != s->hb_gen) { /* a new claim: its lease is fresh */
        s->hb_gen = gen;
        s->next_renew = now + e->cfg->lease * 1000 / 3;
    }
    if (now < s->next_renew) return;
    s->next_renew = now + e->cfg->lease * 1000 / 3;
    char me[sizeof s->worker];
    pthread_mutex_lock(&s->mu);
    memcpy(me, s->worker, sizeof me);
    pthread_mutex_unlock(&s->mu);
    int rc = store_task_renew(e->env.st, id, me, e->cfg->lease * 1000);
    if (rc == STORE_ECONFLICT) {
        store_task t = {0};
        int cancelled =
            store_task_get(e->env.st, id, NULL, &t) == STORE_OK && t.status == TASK_STOPPED;
        store_task_free(&t);
        task_ctl_stop(s->ctl, gen, cancelled ? ABORT_CANCEL : ABORT_LOST);
    }
}

/* Stop the slots whose task was stopped in the store. */
static void heartbeat_look(engine *e)
{
    for (int i = 0; i < e->nslots; i++) {
        uint64_t gen;
        char id[UTIL_ID_LEN];
        int64_t deadline;
        store_task t = {0};
        if (!task_ctl_current(e->slots[i].ctl, &gen, id, &deadline)) continue;
        if (store_task_get(e->env.st, id, NULL, &t) == STORE_OK && t.status == TASK_STOPPED)
            task_ctl_stop(e->slots[i].ctl, gen, ABORT_CANCEL);
        store_task_free(&t);
    }
}

/* ---- parked sessions ------------------------------------------------------ */

/* Close session s's page and end it for good, idle or at shutdown. */
static void session_end_here(engine *e, const session_info *s, task_status st, task_reason why,
                             const char *error, const char *what, int if_idle)
{
    char ts[UTIL_TIME_LEN];
    util_time_fmt(util_now_ms(), ts);
    char *msg = xasprintf("%s session %s: %s", ts, task_status_name(st), what);
    int rc = store_session_set(e->env.st, s->id, s->worker, st, why, error, msg, if_idle);
    free(msg);
    if (rc == STORE_OK || !if_idle) session_close(e->env.sessions, s->id);
    if (rc == STORE_OK) notify_bump();
}

/* The sessions parked here: renew their leases (a refused renewal means the
 * session ended elsewhere: close its page), close those idle past the
 * limit, and with look, those whose session ended (a stop on another
 * node's API). */
static void heartbeat_sessions(engine *e, int renew, int look)
{
    int n = 0;
    session_info *v = e->env.sessions ? session_list(e->env.sessions, &n) : NULL;
    int64_t idle_ms = e->cfg->session_idle * 1000;
    for (int i = 0; i < n; i++) {
        store_task t = {0};
        if (renew && store_task_renew(e->env.st, v[i].id, v[i].worker, e->cfg->lease * 1000) ==
                         STORE_ECONFLICT)
            look = 1;
        if (look && store_task_get(e->env.st, v[i].id, NULL, &t) == STORE_OK &&
            task_status_terminal(t.status)) {
            session_close(e->env.sessions, v[i].id);
        } else if (!v[i].in_use && v[i].idle_ms >= idle_ms) {
            char what[96];
            snprintf(what, sizeof what, "closed after %ld s without instructions",
                     e->cfg->session_idle);
            session_end_here(e, &v[i], TASK_FINALIZED, TASK_REASON_NONE, NULL, what, 1);
        }
        store_task_free(&t);
    }
    free(v);
}

static void *heartbeat_main(void *arg)
{
    engine *e = arg;
    int64_t next_reap = 0, next_look = 0, next_sessions = 0, next_beat = 0;
    uint64_t seen = notify_gen();
    /* Runs until the slots are done, so leases stay renewed and deadlines
     * enforced during a shutdown's grace period. */
    while (!atomic_load(&e->hb_stopping)) {
        int64_t now = util_mono_ms();
        for (int i = 0; i < e->nslots; i++)
            heartbeat_slot(e, &e->slots[i], now);
        uint64_t gen = notify_gen();
        int look = gen != seen && now >= next_look;
        if (look) {
            seen = gen;
            next_look = now + LOOK_MS;
            heartbeat_look(e);
        }
        int renew = now >= next_sessions;
        if (renew) next_sessions = now + e->cfg->lease * 1000 / 3;
        heartbeat_sessions(e, renew, look);
        if (now >= next_beat) {
            /* The node's row (store_node_beat): its busy slots, and alive. */
            store_node_beat(e->env.st, atomic_load(&e->busy));
            next_beat = now + STORE_NODE_BEAT_MS;
        }
        if (now >= next_reap) {
            /* Any node may re-queue any expired task: a dead node's work is
             * picked up by whoever is alive. */
            int n = 0;
            if (store_requeue_expired(e->env.st, (int)e->cfg->max_attempts, &n) == STORE_OK &&
                n > 0)
                notify_bump();
            next_reap = now + e->cfg->lease * 1000 / 2;
        }
        util_sleep_ms(HEARTBEAT_MS);
    }
    return NULL;
}

void engine_heartbeat_once(engine *e)
{
    int64_t now = util_mono_ms();
    for (int i = 0; i < e->nslots; i++)
        heartbeat_slot(e, &e->slots[i], now);
}

/* ---- the API ----------------------------------------------------------------- */

void engine_cancelled(engine *e, const char *task_id)
{
    for (int i = 0; i < e->nslots; i++)
        task_ctl_stop_id(e->slots[i].ctl, task_id, ABORT_CANCEL);
    if (e->env.sessions) session_close(e->env.sessions, task_id);
}

int engine_busy(engine *e)
{
    return atomic_load(&e->busy);
}

void engine_pool(engine *e, int *browsers, int *prepared)
{
    pool_counts(e->env.browsers, browsers, prepared);
}

/* ---- start and stop -------------------------------------------------------- */

static void engine_free(engine *e)
{
    gate_stop(e->gate);
    if (e->gate_dir[0]) rmdir(e->gate_dir);
    for (int i = 0; i < e->nslots; i++) {
        task_ctl_free(e->slots[i].ctl);
        pthread_mutex_destroy(&e->slots[i].mu);
    }
    free(e->slots);
    free(e->proxies);
    free(e);
}

/* The route of a context whose country has the operator's proxy: the
 * gate's listener that chains behind it. */
static const char *gate_route(void *ud, const char *proxy)
{
    return gate_proxy_url(ud, proxy);
}

/* The egress gate (gate/gate.h): every browser's proxy, one route per
 * operator proxy, with unix sockets in a folder the runners' users may
 * pass through; and Chromium's flags pointing at it. */
static int gate_open(engine *e, char *err, size_t errlen)
{
    const config *cfg = e->cfg;
    int n;
    const char **ups = proxy_all(&n);
    const char **list = xcalloc((size_t)n + 1, sizeof *list);
    memcpy(list, ups, (size_t)n * sizeof *list);
    free(ups);
    if (proc_tmpdir("/tmp", "gate", e->gate_dir, sizeof e->gate_dir) != 0 ||
        chmod(e->gate_dir, 0711) != 0) {
        snprintf(err, errlen, "cannot make a folder for the egress gate: %s", strerror(errno));
        e->gate_dir[0] = '\0';
        free(list);
        return -1;
    }
    gate_opts go = {.allow_private = (int)cfg->allow_private,
                    .upstreams = list,
                    .socket_dir = e->gate_dir,
                    .uid_lo = 1,
                    .uid_hi = 0};
    script_uid_range(cfg, &go.uid_lo, &go.uid_hi);
    int rc = gate_start(&go, &e->gate, err, errlen);
    free(list);
    if (rc != 0) return -1;
    snprintf(e->proxy_flag, sizeof e->proxy_flag, "--proxy-server=%s",
             gate_proxy_url(e->gate, NULL));
    e->gate_args[0] = e->proxy_flag;
    e->gate_args[1] = "--proxy-bypass-list=<-loopback>"; /* loopback too goes through the gate */
    /* WebRTC may send no UDP outside the proxy: ICE reaches only what the gate checked.
     * The full browser reads the first flag (a preference), the headless shell only the
     * second (content's switch): both, whichever binary BROWSERAI_CHROMIUM names. */
    e->gate_args[2] = "--webrtc-ip-handling-policy=disable_non_proxied_udp";
    e->gate_args[3] = "--force-webrtc-ip-handling-policy=disable_non_proxied_udp";
    return 0;
}

int engine_start_with(const engine_opts *o, engine **out, char *err, size_t errlen)
{
    const config *cfg = o->cfg;
    engine *e = xcalloc(1, sizeof *e);
    e->env.st = o->st;
    /* Fairness: one key's flood leaves slots to the others' tasks. */
    store_set_running_per_key(o->st, (int)cfg->running_per_key);
    e->env.cfg = cfg;
    e->cfg = cfg;
    util_strlcpy(e->node, o->node, sizeof e->node);
    e->no_heartbeat = o->no_heartbeat;
    e->nslots = (int)cfg->workers;
    e->slots = xcalloc((size_t)(e->nslots ? e->nslots : 1), sizeof *e->slots);
    for (int i = 0; i < e->nslots; i++) {
        slot *s = &e->slots[i];
        s->e = e;
        s->index = i;
        s->ctl = task_ctl_new();
        pthread_mutex_init(&s->mu, NULL);
        snprintf(s->base, sizeof s->base, "%s/%d", o->node, i);
    }
    if (*cfg->llm_url && strcmp(cfg->planner, "rules") != 0 &&
        llm_open(cfg->llm_url, cfg->llm_model, cfg->llm_api_key, (int)cfg->llm_timeout * 1000,
                 &e->env.llm, err, errlen) != 0) {
        engine_free(e);
        return -1;
    }
    /* What a killed server of this machine left: its browsers' profiles,
     * runner copies and gate sockets. */
    int swept = proc_tmp_sweep(NULL);
    if (swept)
        fprintf(stderr, "browserai: removed %d temporary folder%s of stopped processes\n", swept,
                swept == 1 ? "" : "s");
    if (urlpolicy_allow_addresses(cfg->allow_addresses, err, errlen) != 0 ||
        gate_open(e, err, errlen) != 0) {
        llm_close(e->env.llm);
        engine_free(e);
        return -1;
    }
    int nproxies;
    e->proxies = proxy_all(&nproxies);
    if (nproxies > cfg->prepared_proxies) nproxies = (int)cfg->prepared_proxies;
    uid_t uid_lo, uid_hi; /* the crawler's browsers run as users of the runners' range */
    script_uid_range(cfg, &uid_lo, &uid_hi);
    pool_opts po = {.ops = o->browser_ops,
                    .ud = o->browser_ud,
                    .chromium = cfg->chromium,
                    .chromium_args = e->gate_args,
                    .route = gate_route,
                    .route_ud = e->gate,
                    .browsers = cfg->browsers > 0 ? (int)cfg->browsers : 1,
                    .slots = e->nslots,
                    .allow_private = (int)cfg->allow_private,
                    .max_pages = cfg->browser_max_pages,
                    .max_rss_mib = cfg->browser_max_rss,
                    .memory_mib = cfg->browser_memory_mb,
                    .uid_lo = uid_lo,
                    .uid_hi = uid_hi,
                    .default_proxy = proxy_for(NULL),
                    .proxies = e->proxies,
                    .nproxies = nproxies,
                    .cold_after_ms = cfg->browser_warm < 0    ? 0
                                     : cfg->browser_warm == 0 ? -1
                                                              : cfg->browser_warm * 1000,
                    .health_every_ms = o->health_every_ms,
                    .probe_ms = o->probe_ms};
    e->env.browsers = pool_start(&po);
    if (e->nslots > 0)
        e->env.sessions = session_reg_new(e->env.browsers, cfg->sessions_per_node > 0
                                                               ? (int)cfg->sessions_per_node
                                                               : e->nslots * 4);
    if (!o->no_heartbeat && pthread_create(&e->heartbeat, NULL, heartbeat_main, e) != 0) {
        snprintf(err, errlen, "cannot start the heartbeat thread");
        pool_stop(e->env.browsers);
        llm_close(e->env.llm);
        engine_free(e);
        return -1;
    }
    if (e->nslots > 0 && !o->no_scripts) e->env.scripts = script_pool_start(cfg, e->gate);
    for (int i = 0; i < e->nslots; i++)
        pthread_create(&e->slots[i].thread, NULL, slot_main, &e->slots[i]);
    *out = e;
    return 0;
}

int engine_start(store *st, const config *cfg, const char *node, engine **out, char *err,
                 size_t errlen)
{
    engine_opts o = {.st = st, .cfg = cfg, .node = node};
    return engine_start_with(&o, out, err, errlen);
}

void engine_stop(engine *e, int grace_ms)
{
    if (!e) return;
    atomic_store(&e->stopping, 1);
    notify_bump();
    int64_t until = util_mono_ms() + grace_ms;
    while (atomic_load(&e->busy) > 0 && util_mono_ms() < until)
        util_sleep_ms(50);
    /* Tasks still running go back to the queue (task.c releases them). */
    for (int i = 0; i < e->nslots; i++) {
        uint64_t gen;
        char id[UTIL_ID_LEN];
        int64_t deadline;
        if (task_ctl_current(e->slots[i].ctl, &gen, id, &deadline))
            task_ctl_stop(e->slots[i].ctl, gen, ABORT_SHUTDOWN);
    }
    for (int i = 0; i < e->nslots; i++)
        pthread_join(e->slots[i].thread, NULL);
    /* Pages parked here die with the node: their sessions end now rather
     * than when their leases run out. */
    int n = 0;
    session_info *v = e->env.sessions ? session_list(e->env.sessions, &n) : NULL;
    for (int i = 0; i < n; i++)
        session_end_here(e, &v[i], TASK_FAILED, TASK_REASON_SESSION_LOST,
                         "the node holding the session's page stopped", "the node stopped", 0);
    free(v);
    /* The heartbeat walks the session registry (leases of parked pages):
     * it stops before the registry is freed. */
    atomic_store(&e->hb_stopping, 1);
    if (!e->no_heartbeat) pthread_join(e->heartbeat, NULL);
    session_reg_free(e->env.sessions);
    script_pool_stop(e->env.scripts);
    pool_stop(e->env.browsers);
    llm_close(e->env.llm);
    engine_free(e);
}
