/* store.h -- the durable store: tasks and their queue, progress logs, step
 * results, artifacts, API keys and settings.
 *
 * One interface over backends: SQLite (WAL), the embedded default, and
 * PostgreSQL (postgres.c), for nodes on several machines. Every call is
 * self-contained (no cursors or transactions leak to callers), every state
 * change is one transaction, and nothing assumes the caller shares a process
 * with the other nodes (leases and their expiry are the only coordination
 * between workers).
 *
 * Wake-ups: callers bump notify (util/notify.h) for their own process after
 * queuing work. A PostgreSQL handle also carries that across nodes:
 * inserting, handing back or re-queuing a task sends a NOTIFY, and a handle
 * that has called store_task_claim() listens (one more connection and a
 * thread) and calls notify_bump() when any node sends one. So a slot waiting
 * in notify_wait() after STORE_EEMPTY wakes as soon as work is queued
 * anywhere; the timeout of its wait stays the slow poll that covers a lost
 * notification. SQLite handles never bump.
 *
 * Threads: a store handle may be used from any number of threads at once;
 * each call borrows a connection from the handle's pool.
 *
 * Errors: every call returns STORE_OK (0) or a negative STORE_E* code. On
 * STORE_EDB the reason is in the err buffer given to store_open() or, for
 * later calls, logged to stderr. Out-parameters are set only on STORE_OK.
 *
 * Ownership: structs filled by the store own their strings; release them with
 * the matching *_free function, which accepts zeroed or half-filled structs.
 *
 * Fencing: every write a running task makes names the claim it is made for
 * (`worker`, the string given to store_task_claim, which the engine makes
 * unique per claim: "node/slot#N"). The write goes in, in the same
 * transaction, only while that claim still holds the task; a write from an
 * earlier claim (a worker stopped past its lease while the task was re-queued
 * and claimed again) is STORE_ECONFLICT and changes nothing. Callers outside
 * a task's run pass NULL: no check. */
#ifndef BAI_STORE_H
#define BAI_STORE_H

#include <stddef.h>
#include <stdint.h>

enum {
    STORE_OK = 0,
    STORE_ENOTFOUND = -1, /* no such row, or not visible to the caller */
    STORE_EFULL = -2,     /* a queue limit was reached (maps to HTTP 429) */
    STORE_ECONFLICT = -3, /* the row is not in the state the call needs */
    STORE_EDB = -4,       /* the database failed; see the log */
    STORE_EEMPTY = -5,    /* nothing to claim */
    STORE_EPENDING = -6,  /* an artifact reserved but not written yet */
    STORE_ELIMIT = -7,    /* the key has its limit of open sessions (HTTP 429) */
    STORE_EBUSY = -8,     /* open sessions reached the limit given (HTTP 429) */
    STORE_EKIND = -9      /* a follow-up's task is not a session (not awaitable) */
};

/* The vendor's status words (its MCP server and n8n node poll for them):
 * queued -> running -> finalized | failed; stopped from queued, running or
 * awaiting; awaiting is a live session idle between instructions, which goes
 * back to running while a follow-up runs. The numbers are persisted: append,
 * never renumber (sqlite.c's migration 2 moved the earlier words here). */
typedef enum task_status {
    TASK_QUEUED = 0,
    TASK_RUNNING,
    TASK_FINALIZED, /* ended well */
    TASK_FAILED,    /* ended badly; task_reason says how */
    TASK_STOPPED,   /* the stop command or cancel */
    TASK_AWAITING,  /* a live session waiting for its next instructions */
    TASK_STATUS_COUNT
} task_status;

/* Why a task ended failed or stopped: the API's "failureReason". Persisted
 * by name. */
typedef enum task_reason {
    TASK_REASON_NONE = 0,     /* not failed or stopped (or, in a filter: any) */
    TASK_REASON_ERROR,        /* "error": a step or script failed; error says which and why */
    TASK_REASON_TIMEOUT,      /* "timeout": it ran past its timeoutSeconds */
    TASK_REASON_STOPPED,      /* "stopped": the stop command or cancel */
    TASK_REASON_BROWSER,      /* "browser": its browser crashed, was killed or could not start */
    TASK_REASON_LOST,         /* "lost": its worker was lost on every attempt it had */
    TASK_REASON_SESSION_LOST, /* "session_lost": the node holding its session's page died
                                 or stopped */
    TASK_REASON_COUNT
} task_reason;

typedef enum task_type { TASK_CRAWLER = 0, TASK_SCRIPT, TASK_TYPE_COUNT } task_type;

/* Names as they appear in the API ("queued", "crawler_automation",
 * "timeout"); task_reason_name gives NULL for TASK_REASON_NONE. */
const char *task_status_name(task_status s);
const char *task_type_name(task_type t);
const char *task_reason_name(task_reason r);
/* Parse a name; returns -1 when unknown. task_type_parse also takes
 * "natural_language", the vendor's other name of crawler_automation. */
int task_status_parse(const char *s);
int task_type_parse(const char *s);
int task_reason_parse(const char *s);
/* A list filter's status word: a status name, or one of the earlier words
 * (completed = finalized, cancelled = stopped, timed_out = failed with
 * reason timeout). Sets *reason to the reason it implies (else
 * TASK_REASON_NONE); returns -1 when unknown. */
int task_status_parse_filter(const char *s, task_reason *reason);
/* True for finalized, failed and stopped. */
int task_status_terminal(task_status s);

typedef struct store_task {
    char *id; /* executionId */
    char *project;
    char *key_id; /* the API key that created it ("" for bootstrap/CLI) */
    task_type type;
    task_status status;
    char *instructions; /* JSON text: [{"action":"..."}, ...] */
    char *geo;          /* JSON text: normalized geoLocation object */
    int inspect;
    int timeout_s;   /* effective wall-clock limit */
    char *script_id; /* "sha256:<hex>" */
    int step_count;  /* number of instructions */
    int64_t created_ms;
    int64_t started_ms;     /* 0 = null */
    int64_t completed_ms;   /* 0 = null */
    char *progress;         /* progress.status phrase while running or after */
    char *error;            /* NULL unless failed or stopped */
    task_reason reason;     /* set when failed or stopped */
    char *result;           /* the task's final result, NULL if none */
    char *saved_task;       /* name of the saved task it is a run of, NULL if none */
    int attempts;           /* how many times a worker claimed it */
    char *worker;           /* worker holding the lease, NULL if none */
    int64_t lease_until_ms; /* lease expiry while running */
    int queue_position;     /* filled by store_task_get for queued tasks: 1 = next */
    /* Live sessions. A task made with awaitable keeps its browser page after
     * its instructions (status awaiting, `parked` set) on the node that ran
     * it; its `worker` stays that claim and its lease is renewed by that
     * node while the page lives. A follow-up is a task whose `session` is
     * the session's id: only the node holding the page claims it (the
     * session's worker up to its last '/'), and while it runs the session
     * reads running. A follow-up's awaitable keeps the session open after
     * it. */
    int awaitable;
    char *session; /* a follow-up's session (task id), NULL for others */
    int parked;    /* a session whose page is (or was) parked on its node */
} store_task;

void store_task_free(store_task *t);

typedef struct store store;

/* Open the store named by url: "sqlite:PATH", or a plain PATH (SQLite), or
 * a libpq URL "postgres://..." or "postgresql://..." (PostgreSQL). Creates
 * the schema when missing and refuses a store whose schema version is newer
 * than this build knows. On failure writes a reason into err (never the
 * URL's password). A PostgreSQL handle's calls ride out a lost connection:
 * they log it, retry with backoff for up to 30 s, and log the recovery. */
int store_open(const char *url, store **out, char *err, size_t errlen);
/* Close and free. Accepts NULL. No call may be running on the handle. */
void store_close(store *s);
/* The node is stopping: from now on a call that finds the database gone
 * gives up after a few seconds, not 30, so that a node stops promptly
 * (handing its tasks back) while PostgreSQL is down; the leases of what it
 * could not hand back expire and other nodes run them. Accepts NULL. */
void store_stopping(store *s);

/* ---- tasks ------------------------------------------------------------ */

/* Insert a new queued task (t->status is ignored; created_ms must be set).
 * When max_queued > 0 and the key t->key_id already has max_queued tasks
 * queued, nothing is inserted and STORE_EFULL is returned. Also records the
 * project as known and appends the task's first log line,
 * "<created> queued (N instructions)". t->saved_task links a run to its
 * saved task (NULL for none). */
int store_task_insert(store *s, const store_task *t, int max_queued);

/* The limits store_task_insert_with checks in its transaction (0 = none). */
typedef struct store_limits {
    int max_queued;       /* the key's queued tasks */
    int sessions_per_key; /* the key's open sessions, for an awaitable task */
    int sessions_open;    /* open sessions in the store, for an awaitable task */
} store_limits;

/* store_task_insert, with limits: STORE_EFULL (the key's queue), and for a
 * new session (t->awaitable without t->session) STORE_ELIMIT when the key
 * t->key_id has sessions_per_key open sessions (queued, running or
 * awaiting), STORE_EBUSY when the store has sessions_open. A follow-up
 * (t->session set) goes in only while its session has not ended:
 * STORE_ENOTFOUND when the session is missing, STORE_ECONFLICT when it
 * ended, STORE_EKIND when it is not a session (not awaitable, or itself a
 * follow-up). */
int store_task_insert_with(store *s, const store_task *t, const store_limits *lim);

/* Read one task. When projects is non-NULL, a task outside that
 * NULL-terminated list is STORE_ENOTFOUND. For a queued task,
 * out->queue_position is its 1-based place in the queue. */
int store_task_get(store *s, const char *id, const char *const *projects, store_task *out);

typedef struct store_task_filter {
    const char *const *projects; /* NULL = all projects */
    const char *project;         /* NULL = any of the visible projects */
    int status;                  /* -1 = any */
    const char *before_id;       /* cursor: only ids < this one; NULL = from newest */
    int limit;                   /* rows wanted */
    task_reason reason;          /* of failed or stopped tasks; TASK_REASON_NONE = any */
} store_task_filter;

/* Tasks matching f, newest first, at most f->limit. *out is an array of
 * *n tasks; free with store_task_list_free. */
int store_task_list(store *s, const store_task_filter *f, store_task **out, int *n);
void store_task_list_free(store_task *tasks, int n);

/* Claim the oldest queued task for worker, with a lease until
 * now + lease_ms. Sets status running, started (first claim only),
 * attempts + 1. Returns STORE_EEMPTY when none is queued. On PostgreSQL
 * the first claim of a handle starts its listener (see Wake-ups above), and
 * leases are timed by the database's clock. */
int store_task_claim(store *s, const char *worker, int64_t lease_ms, store_task *out);

/* store_task_claim, for a node that may hold sessions: a follow-up is
 * claimed only by the node whose name (worker up to its last '/') begins
 * its session's worker, only while the session is awaiting, and claiming
 * it sets the session running (oldest follow-up first). With sessions_ok
 * 0, no new session (an awaitable task that is no follow-up) is claimed:
 * the node has no room for another page. store_task_claim is this with
 * sessions_ok 1. */
int store_task_claim_with(store *s, const char *worker, int64_t lease_ms, int sessions_ok,
                          store_task *out);

/* Fairness: from now on, claims through s skip a queued task whose key
 * (key_id) already has n tasks running in the store, so the next key's
 * task is claimed instead; within a key the order stays FIFO, across keys
 * the oldest claimable task comes first. A follow-up of a session is never
 * held back (its session already holds the key's place) and the session
 * row counts once. The count and the claim are one transaction; on
 * PostgreSQL a per-key advisory lock orders claims of the same key on all
 * nodes, so none exceeds n. n <= 0: no limit (the default). Call before
 * the slots start claiming; not thread-safe against running claims. */
void store_set_running_per_key(store *s, int n);

/* Extend the lease of a task the worker holds. STORE_ECONFLICT when the
 * worker no longer holds it (cancelled, finished, or re-queued after expiry):
 * the worker must stop working on it. */
int store_task_renew(store *s, const char *id, const char *worker, int64_t lease_ms);

/* Hand a running task held by worker back to the queue at once (a node
 * that is shutting down), with the log line msg (may be NULL). The attempt
 * does not count: attempts goes back down by one. STORE_ECONFLICT when the
 * worker no longer holds it. */
int store_task_release(store *s, const char *id, const char *worker, const char *msg);

/* Set the progress phrase of a running task held by worker. */
int store_task_progress(store *s, const char *id, const char *worker, const char *phrase);

/* Move a running task held by worker to a terminal status st (finalized,
 * failed or stopped) with the reason it failed or stopped (TASK_REASON_NONE
 * for finalized; for failed or stopped without one, error or stopped is
 * stored), its progress phrase, error (may be NULL) and final result (may be
 * NULL), and append a log line msg (may be NULL), all in one transaction.
 * STORE_ECONFLICT when the worker no longer holds it (the task then keeps
 * its state). */
int store_task_end(store *s, const char *id, const char *worker, task_status st, task_reason reason,
                   const char *phrase, const char *error, const char *result, const char *msg);

/* store_task_end() of the task id held by worker, then
 * store_task_claim_with() for next (a slot that ended a task claims its
 * next at once), in one transaction where the backend can: one commit
 * and, on PostgreSQL, one round trip less per task. The claim is made
 * whatever the end's outcome. Returns the end's code; *claim_rc gets the
 * claim's (STORE_OK with *out, STORE_EEMPTY, ...). */
int store_task_end_claim(store *s, const char *id, const char *worker, task_status st,
                         task_reason reason, const char *phrase, const char *error,
                         const char *result, const char *msg, const char *next, int64_t lease_ms,
                         int sessions_ok, store_task *out, int *claim_rc);

/* A running task held by worker has run its instructions well and its
 * session stays open: with phrase, result (may be NULL) and log line msg
 * (may be NULL), in one transaction. A session's own run becomes awaiting
 * and parked, keeping its worker and lease (store_task_renew renews it
 * while awaiting). A follow-up becomes awaiting (ended: no worker) and its
 * session, running, awaiting again with the follow-up's result as its
 * own. STORE_ECONFLICT when the worker no longer holds the task. */
int store_task_await(store *s, const char *id, const char *worker, const char *phrase,
                     const char *result, const char *msg);

/* Change session id, held by worker (its parked claim): st awaiting takes
 * it from running (after a follow-up ended without store_task_await) back
 * to awaiting; a terminal st ends it (finalized, failed or stopped with
 * reason and error, as store_task_end) from running or awaiting, or with
 * if_idle only from awaiting with no follow-up queued (an idle close).
 * Ending a session ends its follow-ups in the same transaction: queued or
 * running ones as st with its reason and error, awaiting ones finalized.
 * msg (may be NULL) is logged to the session. STORE_ECONFLICT when the
 * session is not in a state to change so, or not held by worker. */
int store_session_set(store *s, const char *id, const char *worker, task_status st,
                      task_reason reason, const char *error, const char *msg, int if_idle);

/* Stop a queued, running or awaiting task: status stopped, reason stopped,
 * error set to reason, and the log line "stopped: <reason>" (its worker, if
 * any, learns at its next renew). The API's stop command and cancel route
 * both come here; on PostgreSQL it sends a NOTIFY, so the node running the
 * task (its heartbeat, woken) stops it within a second or so.
 * Stopping a session stops its queued and running follow-ups too (awaiting
 * ones are finalized). STORE_ECONFLICT when it had already ended;
 * STORE_ENOTFOUND when missing or not visible. */
int store_task_cancel(store *s, const char *id, const char *const *projects, const char *reason);

/* Re-queue running tasks whose lease expired before now, or fail them
 * (reason lost, the error saying how often) when they have reached
 * max_attempts. A parked session whose lease expired (its node died) and
 * a follow-up whose lease expired fail with reason session_lost: their
 * page is gone; the session's queued and running follow-ups fail so too,
 * its awaiting ones are finalized. Returns the number of
 * tasks handled in *n (may be NULL). */
int store_requeue_expired(store *s, int max_attempts, int *n);

/* The error of a session, or a follow-up of it, whose node was lost. */
#define STORE_SESSION_LOST                                                                         \
    "the node holding this session's browser page was lost (its lease expired); the session "      \
    "and its page are gone"

/* Counts of tasks per status (array indexed by task_status). */
int store_task_counts(store *s, int64_t counts[TASK_STATUS_COUNT]);

/* One key's load: its running and queued tasks. */
typedef struct store_key_load {
    char *key_id; /* "" for bootstrap/CLI tasks */
    int64_t running, queued;
} store_key_load;

/* The load of every key with a task running or queued, by key id; *out is
 * an array of *n (NULL when 0), free with store_key_load_free. */
int store_key_loads(store *s, store_key_load **out, int *n);
void store_key_load_free(store_key_load *l, int n);

/* Mean duration in ms of up to the last `window` finalized tasks of that
 * type and step count (falls back to the type alone, then to any type).
 * *ms = 0 when nothing is known. */
int store_recent_duration(store *s, task_type type, int step_count, int window, int64_t *ms);

/* ---- progress logs ---------------------------------------------------- */

/* Append one log line (already formatted "2026-...Z message"). With worker
 * non-NULL, only while that claim holds the task (see Fencing). */
int store_log_append(store *s, const char *task_id, const char *worker, const char *line);

/* Log lines of a task with index >= from, oldest first. *lines is an array of
 * *n strings; free with store_strings_free. */
int store_logs(store *s, const char *task_id, int from, char ***lines, int *n);
void store_strings_free(char **v, int n);

/* ---- step results ----------------------------------------------------- */

typedef struct store_result {
    int index;           /* history_index, from 0 */
    char *model_output;  /* JSON text or NULL */
    char *result;        /* text or NULL */
    char *state;         /* JSON text or NULL */
    char *metadata;      /* JSON text of an object */
    char *screenshot_id; /* artifact ids, NULL if none */
    char *html_id;
    char *console_id;
    int64_t insert_ms;
} store_result;

void store_result_free(store_result *r);

/* Append a step result (r->index is the position; replaces an earlier
 * row with the same task and index, so a re-run attempt overwrites). With
 * worker non-NULL, only while that claim holds the task (see Fencing). */
int store_result_put(store *s, const char *task_id, const char *worker, const store_result *r);
/* Results with index >= from, in order; free with store_result_list_free. */
int store_results(store *s, const char *task_id, int from, store_result **out, int *n);
void store_result_list_free(store_result *r, int n);
/* Drop results and artifacts of a task with index >= from (used when a task
 * is re-run after a lost lease). With worker non-NULL, only while that claim
 * holds the task (see Fencing). */
int store_results_truncate(store *s, const char *task_id, const char *worker, int from);

/* ---- artifacts -------------------------------------------------------- */

/* Store a blob under a new id written to id_out (UTIL_ID_LEN bytes). With
 * data NULL the id is only reserved: the row can point to it at once and
 * store_artifact_fill() writes the blob later (a task's last capture is
 * taken after the task is marked ended, so its result is not held up). With
 * worker non-NULL, only while that claim holds the task (see Fencing). */
int store_artifact_put(store *s, const char *task_id, const char *worker, const char *content_type,
                       const void *data, size_t len, char *id_out);
/* Write the blob of a reserved artifact, or, with data NULL, give it up
 * (the capture failed: the artifact is then not found). With worker
 * non-NULL, STORE_ECONFLICT when another claim holds the artifact's task
 * now; an ended task (which no claim holds) still takes the fill of its last
 * captures. */
int store_artifact_fill(store *s, const char *id, const char *worker, const void *data, size_t len);
/* How long a reserved artifact may stay unwritten before it counts as lost
 * (its worker died). */
#define STORE_ARTIFACT_PENDING_MS 120000
/* Read a blob. *data (malloc'ed, caller frees), *len, *content_type
 * (malloc'ed) and *task_id (malloc'ed) are set on success; any of
 * content_type and task_id may be NULL when not wanted. STORE_EPENDING
 * while a reserved artifact is not written yet. */
int store_artifact_get(store *s, const char *id, void **data, size_t *len, char **content_type,
                       char **task_id);

/* ---- API keys --------------------------------------------------------- */

typedef struct store_key {
    char *id;       /* public key id, part of the token */
    char *hash;     /* sha256 hex of the whole token */
    char *projects; /* JSON array of project names, or NULL = all */
    int64_t created_ms;
    int64_t revoked_ms; /* 0 = active */
} store_key;

void store_key_free(store_key *k);

int store_key_insert(store *s, const store_key *k);
/* Look a key up by id (revoked ones too). */
int store_key_get(store *s, const char *id, store_key *out);
int store_key_list(store *s, store_key **out, int *n);
void store_key_list_free(store_key *k, int n);
/* Mark revoked. STORE_ENOTFOUND if no such key, STORE_ECONFLICT if already. */
int store_key_revoke(store *s, const char *id);
/* Number of active keys. */
int store_key_count(store *s, int *n);

/* ---- projects --------------------------------------------------------- */

typedef struct store_project {
    char *name;
    int64_t counts[TASK_STATUS_COUNT];
} store_project;

/* Projects with task counts, sorted by name. With projects non-NULL, exactly
 * those names (with zero counts where they have no task yet). */
int store_projects(store *s, const char *const *projects, store_project **out, int *n);
void store_project_list_free(store_project *p, int n);

/* ---- settings --------------------------------------------------------- */

/* Read the setting name; if missing, store value and return it. Lets nodes
 * that share a store agree on one secret. *out is malloc'ed. */
int store_setting_get_or_put(store *s, const char *name, const char *value, char **out);

/* ---- once per cluster ---------------------------------------------------- */

/* Take or keep the lease of the cluster-wide job `job` for holder (a node's
 * name, no spaces) until now + ttl_ms, in one statement: STORE_OK when
 * holder holds it now (it was free, had expired, or was holder's already),
 * STORE_ECONFLICT while another holder's lease runs. Of the nodes sharing a
 * store, the holder runs the job. Kept as the setting "job:<job>"; expiry
 * is judged by the callers' clocks, so ttl_ms should dwarf their skew. */
int store_job_lease(store *s, const char *job, const char *holder, int64_t ttl_ms);

/* Retention: delete the tasks that ended (finalized, failed or stopped)
 * before ended_before_ms, with their logs, results and artifacts, and the
 * reserved artifacts left unwritten for longer than
 * STORE_ARTIFACT_PENDING_MS (their worker died). *tasks and *artifacts
 * (either may be NULL) count what went. */
int store_sweep(store *s, int64_t ended_before_ms, int *tasks, int *artifacts);

/* ---- nodes --------------------------------------------------------------- */

/* The processes that share the store, each a row its heartbeat keeps fresh:
 * the dashboard's and GET /api/v1/nodes' view of the cluster. */
typedef struct store_node {
    char *name;    /* the node part of its worker ids ("node" of "node/slot#N") */
    char *role;    /* "serve", "api" (no workers) or "worker" */
    int slots;     /* worker slots */
    int busy;      /* of them running a task */
    char *version; /* of browserai */
    int64_t started_ms;
    int64_t seen_ms; /* its last beat */
} store_node;

/* How often a node beats; it counts as alive while its last beat is less
 * than three periods old, and its row goes after STORE_NODE_GONE_MS. */
#define STORE_NODE_BEAT_MS 5000
#define STORE_NODE_GONE_MS (10 * 60 * 1000)

void store_node_free(store_node *n);
void store_node_list_free(store_node *v, int n);

/* Name the node this handle beats for (copied; call before any thread uses
 * the handle). Without it store_node_beat does nothing. */
void store_node_self(store *s, const char *name, const char *role, const char *version,
                     int64_t started_ms, int slots);
/* Upsert this node's row as seen now (any thread: the worker heartbeat and
 * the scheduler both beat), with busy slots busy (busy < 0 keeps
 * the row's count: a beat from a thread that does not know it), and delete
 * the rows not seen for STORE_NODE_GONE_MS. STORE_OK when there is no self. */
int store_node_beat(store *s, int busy);
/* The beat's write with n's fields as given (n->seen_ms included), deleting
 * the rows seen before gone_before_ms; keep_busy keeps an existing row's
 * busy count. */
int store_node_put(store *s, const store_node *n, int keep_busy, int64_t gone_before_ms);
/* The rows seen at or after seen_after_ms, by name: *out malloc'ed (free
 * with store_node_list_free), *n of them (NULL and 0 on failure). Any thread. */
int store_node_list(store *s, int64_t seen_after_ms, store_node **out, int *n);

/* ---- saved tasks -------------------------------------------------------- */

/* A task kept under a name, unique in the store (the store is one account),
 * run on a cron schedule by the scheduler (sched/sched.h) and on demand. Its
 * runs are ordinary tasks whose saved_task is its name. */
typedef struct store_saved {
    char *id; /* util_new_id(): orders listings, newest first */
    char *name;
    char *project;
    char *key_id; /* the API key that made it ("" for bootstrap) */
    task_type type;
    char *instructions; /* JSON text, as a task's */
    char *geo;          /* JSON text, as a task's */
    int inspect;
    int timeout_s;
    char *script_id; /* of its runs */
    int step_count;
    char *cron;     /* cron_settings as given */
    char *timezone; /* zone name of the schedule, "UTC" by default */
    int64_t created_ms;
    int64_t next_run_ms; /* when the schedule fires next; 0 = never (off) */
    int64_t last_run_ms; /* when the schedule last fired; 0 = never */
} store_saved;

void store_saved_free(store_saved *t);
void store_saved_list_free(store_saved *v, int n);

/* Insert a saved task (every field as the caller set it). STORE_ECONFLICT
 * when its name is taken. Also records its project as known. */
int store_saved_insert(store *s, const store_saved *t);

/* Read a saved task by name. STORE_ENOTFOUND when missing or, with
 * projects non-NULL, outside that NULL-terminated list. */
int store_saved_get(store *s, const char *name, const char *const *projects, store_saved *out);

typedef struct store_saved_filter {
    const char *const *projects; /* NULL = all projects */
    const char *project;         /* NULL = any of the visible projects */
    const char *before_id;       /* cursor: only ids < this one; NULL = from newest */
    int limit;                   /* rows wanted */
} store_saved_filter;

/* Saved tasks matching f, newest first, at most f->limit; free with
 * store_saved_list_free. */
int store_saved_list(store *s, const store_saved_filter *f, store_saved **out, int *n);

/* Delete a saved task by name; its runs stay (and keep its name).
 * STORE_ENOTFOUND as store_saved_get. */
int store_saved_delete(store *s, const char *name, const char *const *projects);

/* Saved tasks whose schedule is due (next_run_ms at or before now), soonest
 * first, at most limit. */
int store_saved_due(store *s, int64_t now, int limit, store_saved **out, int *n);

/* Fire the due run of saved task id exactly once: in one transaction, and
 * only if its next_run_ms is still `expected` (a compare-and-set), set
 * next_run_ms to next (0 = off) and, with run non-NULL, last_run_ms to
 * run->created_ms and insert run as store_task_insert would (no queue limit;
 * run->saved_task should name it). With run NULL only the schedule moves.
 * STORE_ECONFLICT when next_run_ms is no longer `expected` (another
 * scheduler fired it, or it was deleted): then nothing changes. */
int store_saved_fire(store *s, const char *id, int64_t expected, int64_t next,
                     const store_task *run);

/* The newest runs of the saved task called name (tasks whose saved_task is
 * name), at most limit, newest first; with projects non-NULL only tasks of
 * those projects. Free with store_task_list_free. */
int store_saved_runs(store *s, const char *name, const char *const *projects, int limit,
                     store_task **out, int *n);

#endif
