/* sqlite.c -- the SQLite backend of the store (store.h, backend.h).
 *
 * A handle is a file name and a small pool of connections. Every call
 * borrows a connection, runs exactly one transaction on it and gives it
 * back. Reads use BEGIN (one snapshot for all their statements); changes use
 * BEGIN IMMEDIATE, which takes the write lock up front: a transaction then
 * never fails half-way on a lock another process holds, and the
 * read-then-write sequences (claim, cancel, the queue limit) cannot race.
 *
 * The file may be shared by several processes (serve and worker), so the
 * only coordination is SQLite's own locking: the busy timeout waits for the
 * lock, and a transaction that still meets SQLITE_BUSY is rolled back and run
 * again from the start, until SQ_RETRY_MS have passed. Inside one process,
 * writers also queue on a mutex, which is fairer and much faster than
 * SQLite's sleeping busy handler.
 *
 * The SQL sticks to what PostgreSQL also accepts (ON CONFLICT, COALESCE,
 * subqueries with aliases) where that costs nothing. Enum values are bound as
 * parameters rather than written into the SQL, so the SQL does not depend on
 * the numbering of task_status. */
#include <pthread.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/backend.h"
#include "util/util.h"

#define SQ_SCHEMA_VERSION 5
#define SQ_POOL_MAX 16
#define SQ_STMT_CACHE 64
#define SQ_BUSY_TIMEOUT_MS 10000
#define SQ_RETRY_MS 30000

/* Internal results next to the STORE_* codes: a row is ready; the database
 * was locked and the transaction must be run again. Never returned to
 * callers. */
#define SQ_ROW 1
#define SQ_BUSY (-100)

typedef struct sq_conn {
    sqlite3 *db;
    int ncached;
    struct {
        const char *sql; /* identity of a static SQL string: its address */
        sqlite3_stmt *st;
    } cache[SQ_STMT_CACHE];
} sq_conn;

typedef struct sq_store {
    store base;
    char *path;
    pthread_mutex_t mu; /* guards idle, nidle, nopen */
    pthread_cond_t cv;  /* signalled when a connection comes back */
    sq_conn *idle[SQ_POOL_MAX];
    int nidle;
    int nopen;           /* connections in existence, idle or borrowed */
    pthread_mutex_t wmu; /* held around every write transaction of this handle */
} sq_store;

/* ---- statements --------------------------------------------------------- */

/* One statement being bound and stepped. Parameters are bound in order, so
 * call sites read like the SQL. */
typedef struct sq_query {
    sq_conn *c;
    sqlite3_stmt *st;
    const char *what; /* the store call, for error messages */
    int owned;        /* not cached: finalize when done */
    int pos;          /* index of the last bound parameter */
    int bind_rc;      /* first binding error, reported by q_step */
} sq_query;

static int sq_error(sq_conn *c, int rc, const char *what)
{
    if ((rc & 0xff) == SQLITE_BUSY) return SQ_BUSY;
    if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
        return STORE_ECONFLICT;
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) return STORE_ENOTFOUND;
    fprintf(stderr, "store: %s: %s\n", what, sqlite3_errmsg(c->db));
    return STORE_EDB;
}

static int q_prep(sq_query *q, sq_conn *c, const char *sql, const char *what, int cacheable)
{
    int cache, rc;

    memset(q, 0, sizeof *q);
    q->c = c;
    q->what = what;
    if (cacheable)
        for (int i = 0; i < c->ncached; i++)
            if (c->cache[i].sql == sql) {
                q->st = c->cache[i].st;
                return STORE_OK;
            }
    cache = cacheable && c->ncached < SQ_STMT_CACHE;
    rc = sqlite3_prepare_v3(c->db, sql, -1, cache ? SQLITE_PREPARE_PERSISTENT : 0, &q->st, NULL);
    if (rc != SQLITE_OK) return sq_error(c, rc, what);
    if (cache) {
        c->cache[c->ncached].sql = sql;
        c->cache[c->ncached].st = q->st;
        c->ncached++;
    } else {
        q->owned = 1;
    }
    return STORE_OK;
}

/* sql must be a static string: the cache knows it by its address. */
static int q_prepare(sq_query *q, sq_conn *c, const char *sql, const char *what)
{
    return q_prep(q, c, sql, what, 1);
}

/* For SQL built at run time, which must never enter the cache. */
static int q_prepare_once(sq_query *q, sq_conn *c, const char *sql, const char *what)
{
    return q_prep(q, c, sql, what, 0);
}

static void q_bound(sq_query *q, int rc)
{
    if (rc != SQLITE_OK && q->bind_rc == SQLITE_OK) q->bind_rc = rc;
}

static void q_text(sq_query *q, const char *v)
{
    int i = ++q->pos;
    q_bound(q,
            v ? sqlite3_bind_text(q->st, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(q->st, i));
}

static void q_int(sq_query *q, int64_t v)
{
    q_bound(q, sqlite3_bind_int64(q->st, ++q->pos, v));
}

/* The structs use 0 for "not set"; the tables use NULL. */
static void q_opt(sq_query *q, int64_t v)
{
    int i = ++q->pos;
    q_bound(q, v ? sqlite3_bind_int64(q->st, i, v) : sqlite3_bind_null(q->st, i));
}

static void q_blob(sq_query *q, const void *p, size_t n)
{
    int i = ++q->pos;
    /* A NULL pointer would bind SQL NULL; an empty blob is still a blob. */
    q_bound(q, n ? sqlite3_bind_blob64(q->st, i, p, n, SQLITE_TRANSIENT)
                 : sqlite3_bind_zeroblob(q->st, i, 0));
}

/* SQ_ROW, STORE_OK when done, or an error code. */
static int q_step(sq_query *q)
{
    int rc;

    if (q->bind_rc != SQLITE_OK) {
        fprintf(stderr, "store: %s: binding a parameter: %s\n", q->what,
                sqlite3_errstr(q->bind_rc));
        return STORE_EDB;
    }
    rc = sqlite3_step(q->st);
    if (rc == SQLITE_ROW) return SQ_ROW;
    if (rc == SQLITE_DONE) return STORE_OK;
    return sq_error(q->c, rc, q->what);
}

static void q_done(sq_query *q)
{
    if (!q->st) return;
    if (q->owned) {
        sqlite3_finalize(q->st);
    } else {
        sqlite3_reset(q->st);
        sqlite3_clear_bindings(q->st);
    }
    q->st = NULL;
}

/* Step a statement that returns no rows we want, and release it. */
static int q_exec(sq_query *q)
{
    int rc = q_step(q);
    q_done(q);
    return rc == SQ_ROW ? STORE_OK : rc;
}

static int sq_exec(sq_conn *c, const char *sql, const char *what)
{
    sq_query q;
    int rc = q_prepare(&q, c, sql, what);
    return rc ? rc : q_exec(&q);
}

static char *col_str(sqlite3_stmt *st, int i)
{
    return xstrdup((const char *)sqlite3_column_text(st, i));
}

static int64_t col_i64(sqlite3_stmt *st, int i)
{
    return sqlite3_column_int64(st, i);
}

static int col_int(sqlite3_stmt *st, int i)
{
    return sqlite3_column_int(st, i);
}

/* ---- connections and the pool ------------------------------------------ */

static void sq_conn_close(sq_conn *c)
{
    if (!c) return;
    for (int i = 0; i < c->ncached; i++)
        sqlite3_finalize(c->cache[i].st);
    sqlite3_close(c->db);
    free(c);
}

static int sq_conn_open(const char *path, sq_conn **out, char *err, size_t errlen)
{
    sq_conn *c = xcalloc(1, sizeof *c);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path, &c->db, flags, NULL);

    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(c->db, 1);
        rc = sqlite3_busy_timeout(c->db, SQ_BUSY_TIMEOUT_MS);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(c->db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", NULL,
                          NULL, NULL);
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot open SQLite store %s: %s", path,
                 c->db ? sqlite3_errmsg(c->db) : sqlite3_errstr(rc));
        sq_conn_close(c);
        return STORE_EDB;
    }
    *out = c;
    return STORE_OK;
}

static int sq_borrow(sq_store *s, sq_conn **out)
{
    char err[512];
    sq_conn *c;

    pthread_mutex_lock(&s->mu);
    while (s->nidle == 0 && s->nopen >= SQ_POOL_MAX)
        pthread_cond_wait(&s->cv, &s->mu);
    if (s->nidle > 0) {
        *out = s->idle[--s->nidle];
        pthread_mutex_unlock(&s->mu);
        return STORE_OK;
    }
    /* Open outside the lock: it touches the file and may wait on it. */
    s->nopen++;
    pthread_mutex_unlock(&s->mu);
    if (sq_conn_open(s->path, &c, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store: %s\n", err);
        pthread_mutex_lock(&s->mu);
        s->nopen--;
        pthread_cond_signal(&s->cv);
        pthread_mutex_unlock(&s->mu);
        return STORE_EDB;
    }
    *out = c;
    return STORE_OK;
}

static void sq_release(sq_store *s, sq_conn *c)
{
    /* A connection still inside a transaction (its ROLLBACK failed) would
     * poison the next call; drop it instead. */
    int broken = !sqlite3_get_autocommit(c->db);

    if (broken) sq_conn_close(c);
    pthread_mutex_lock(&s->mu);
    if (broken)
        s->nopen--;
    else
        s->idle[s->nidle++] = c;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

/* ---- transactions ------------------------------------------------------- */

enum { SQ_READ, SQ_WRITE };

/* The body of a transaction. It must start by releasing whatever an earlier
 * run left in arg, because a transaction that met SQLITE_BUSY runs again. */
typedef int (*sq_fn)(sq_conn *c, void *arg);

static const char SQL_BEGIN[] = "BEGIN";
static const char SQL_BEGIN_IMMEDIATE[] = "BEGIN IMMEDIATE";
static const char SQL_COMMIT[] = "COMMIT";
static const char SQL_ROLLBACK[] = "ROLLBACK";

/* Reset statements a body left stepping, so COMMIT and ROLLBACK are not
 * refused and the cached ones start clean next time. */
static void sq_reset_all(sq_conn *c)
{
    sqlite3_stmt *st = NULL;
    while ((st = sqlite3_next_stmt(c->db, st)) != NULL)
        if (sqlite3_stmt_busy(st)) sqlite3_reset(st);
}

static int sq_tx_once(sq_conn *c, int mode, const char *what, sq_fn fn, void *arg)
{
    int rc = sq_exec(c, mode == SQ_WRITE ? SQL_BEGIN_IMMEDIATE : SQL_BEGIN, what);

    if (rc != STORE_OK) return rc;
    rc = fn(c, arg);
    sq_reset_all(c);
    if (rc == STORE_OK) rc = sq_exec(c, SQL_COMMIT, what);
    if (!sqlite3_get_autocommit(c->db))
        sq_exec(c, SQL_ROLLBACK, what); /* if this fails, sq_release drops c */
    return rc;
}

static int sq_run(sq_store *s, int mode, const char *what, sq_fn fn, void *arg)
{
    int64_t deadline = util_mono_ms() + SQ_RETRY_MS;

    for (int attempt = 0;; attempt++) {
        sq_conn *c;
        int rc = sq_borrow(s, &c);

        if (rc != STORE_OK) return rc;
        if (mode == SQ_WRITE) pthread_mutex_lock(&s->wmu);
        rc = sq_tx_once(c, mode, what, fn, arg);
        if (mode == SQ_WRITE) pthread_mutex_unlock(&s->wmu);
        sq_release(s, c);
        if (rc != SQ_BUSY) return rc;
        if (util_mono_ms() >= deadline) {
            fprintf(stderr, "store: %s: the database stayed locked for %d s\n", what,
                    SQ_RETRY_MS / 1000);
            return STORE_EDB;
        }
        util_sleep_ms(1 + attempt % 10);
    }
}

/* ---- schema ------------------------------------------------------------- */

static const char SQL_SCHEMA[] = "CREATE TABLE IF NOT EXISTS tasks ("
                                 " id TEXT PRIMARY KEY,"
                                 " project TEXT NOT NULL,"
                                 " key_id TEXT NOT NULL DEFAULT '',"
                                 " type INTEGER NOT NULL,"
                                 " status INTEGER NOT NULL,"
                                 " instructions TEXT,"
                                 " geo TEXT,"
                                 " inspect INTEGER NOT NULL DEFAULT 0,"
                                 " timeout_s INTEGER NOT NULL DEFAULT 0,"
                                 " script_id TEXT,"
                                 " step_count INTEGER NOT NULL DEFAULT 0,"
                                 " created_ms INTEGER NOT NULL,"
                                 " started_ms INTEGER,"
                                 " completed_ms INTEGER,"
                                 " progress TEXT,"
                                 " error TEXT,"
                                 " result TEXT,"
                                 " attempts INTEGER NOT NULL DEFAULT 0,"
                                 " worker TEXT,"
                                 " lease_until_ms INTEGER);"
                                 /* Ids sort by creation time, so (status, id) serves the queue
                                  * (claim, queue position) and status-filtered listings. */
                                 "CREATE INDEX IF NOT EXISTS tasks_status ON tasks (status, id);"
                                 "CREATE INDEX IF NOT EXISTS tasks_project ON tasks (project, id);"
                                 "CREATE INDEX IF NOT EXISTS tasks_key ON tasks (key_id, status);"
                                 "CREATE TABLE IF NOT EXISTS logs ("
                                 " task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,"
                                 " seq INTEGER NOT NULL,"
                                 " line TEXT NOT NULL,"
                                 " PRIMARY KEY (task_id, seq));"
                                 "CREATE TABLE IF NOT EXISTS results ("
                                 " task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,"
                                 " idx INTEGER NOT NULL,"
                                 " model_output TEXT,"
                                 " result TEXT,"
                                 " state TEXT,"
                                 " metadata TEXT,"
                                 " screenshot_id TEXT,"
                                 " html_id TEXT,"
                                 " console_id TEXT,"
                                 " insert_ms INTEGER NOT NULL,"
                                 " PRIMARY KEY (task_id, idx));"
                                 "CREATE TABLE IF NOT EXISTS artifacts ("
                                 " id TEXT PRIMARY KEY,"
                                 " task_id TEXT REFERENCES tasks (id) ON DELETE CASCADE,"
                                 " content_type TEXT,"
                                 " data BLOB NOT NULL,"
                                 " size INTEGER NOT NULL,"
                                 " created_ms INTEGER NOT NULL);"
                                 "CREATE INDEX IF NOT EXISTS artifacts_task ON artifacts (task_id);"
                                 "CREATE TABLE IF NOT EXISTS keys ("
                                 " id TEXT PRIMARY KEY,"
                                 " hash TEXT NOT NULL,"
                                 " projects TEXT,"
                                 " created_ms INTEGER NOT NULL,"
                                 " revoked_ms INTEGER);"
                                 "CREATE TABLE IF NOT EXISTS projects ("
                                 " name TEXT PRIMARY KEY,"
                                 " created_ms INTEGER NOT NULL);"
                                 "CREATE TABLE IF NOT EXISTS settings ("
                                 " name TEXT PRIMARY KEY,"
                                 " value TEXT NOT NULL);";

/* Status numbers are persisted: migration 2 relies on these staying put. */
_Static_assert(TASK_QUEUED == 0 && TASK_RUNNING == 1 && TASK_FINALIZED == 2 && TASK_FAILED == 3 &&
                   TASK_STOPPED == 4 && TASK_AWAITING == 5,
               "task_status numbers are stored in the tasks table");

/* Changes from one schema version to the next: MIGRATIONS[v] takes a store
 * at version v - 1 to v. Version 1 is SQL_SCHEMA as first released. */
static const char *const MIGRATIONS[SQ_SCHEMA_VERSION + 1] = {
    [2] = /* The vendor's status words. Version 1 numbered completed 2, failed 3,
           * cancelled 4, timed_out 5; now 2 is finalized, 4 stopped, 5 awaiting,
           * and a timeout is failed with a reason. */
    "ALTER TABLE tasks ADD COLUMN failure_reason TEXT;"
    "UPDATE tasks SET failure_reason = 'stopped' WHERE status = 4;"
    "UPDATE tasks SET status = 3, failure_reason = 'timeout' WHERE status = 5;"
    "UPDATE tasks SET failure_reason = 'lost'"
    " WHERE status = 3 AND failure_reason IS NULL AND progress = 'failed (worker lost)';"
    "UPDATE tasks SET failure_reason = 'error' WHERE status = 3 AND failure_reason IS NULL;",
    [3] = /* Saved tasks and their runs. */
    "ALTER TABLE tasks ADD COLUMN saved_task TEXT;"
    "CREATE INDEX IF NOT EXISTS tasks_saved ON tasks (saved_task, id) WHERE saved_task IS NOT NULL;"
    "CREATE TABLE IF NOT EXISTS saved_tasks ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " project TEXT NOT NULL,"
    " key_id TEXT NOT NULL DEFAULT '',"
    " type INTEGER NOT NULL,"
    " instructions TEXT NOT NULL,"
    " geo TEXT NOT NULL,"
    " inspect INTEGER NOT NULL DEFAULT 0,"
    " timeout_s INTEGER NOT NULL DEFAULT 0,"
    " script_id TEXT,"
    " step_count INTEGER NOT NULL DEFAULT 0,"
    " cron TEXT NOT NULL,"
    " timezone TEXT NOT NULL,"
    " created_ms INTEGER NOT NULL,"
    " next_run_ms INTEGER,"
    " last_run_ms INTEGER);"
    "CREATE INDEX IF NOT EXISTS saved_tasks_due ON saved_tasks (next_run_ms)"
    " WHERE next_run_ms IS NOT NULL;",
    [4] = /* Live sessions: awaitable tasks, their follow-ups, parked pages. */
    "ALTER TABLE tasks ADD COLUMN awaitable INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE tasks ADD COLUMN session TEXT;"
    "ALTER TABLE tasks ADD COLUMN parked INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX IF NOT EXISTS tasks_session ON tasks (session, status)"
    " WHERE session IS NOT NULL;",
    [5] = /* The nodes sharing the store, from their heartbeats. */
    "CREATE TABLE IF NOT EXISTS nodes ("
    " name TEXT PRIMARY KEY,"
    " role TEXT NOT NULL,"
    " slots INTEGER NOT NULL,"
    " busy INTEGER NOT NULL,"
    " version TEXT NOT NULL,"
    " started_ms INTEGER NOT NULL,"
    " seen_ms INTEGER NOT NULL);",
};

static int sq_wal(sq_conn *c, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    const char *mode;
    int ok = 0, rc = SQLITE_BUSY;

    /* Switching to WAL needs the file to itself, and SQLite does not call
     * the busy handler for it: processes opening one new file at once (a
     * server and its workers, `keys create` beside a starting server) see
     * SQLITE_BUSY at once. The mode is kept in the file, so whoever set it
     * first wins and the rest retry until they read it back. */
    for (int tries = 0; rc == SQLITE_BUSY && tries < SQ_BUSY_TIMEOUT_MS / 10; tries++) {
        if (tries) util_sleep_ms(10);
        sqlite3_finalize(st);
        st = NULL;
        rc = sqlite3_prepare_v2(c->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
        if (rc == SQLITE_OK) rc = sqlite3_step(st);
        rc &= 0xff; /* extended codes are on: SQLITE_BUSY_* count as busy */
    }
    if (rc != SQLITE_ROW) {
        snprintf(err, errlen, "cannot set WAL mode: %s", sqlite3_errmsg(c->db));
        goto out;
    }
    /* WAL is what lets readers run beside the writer; on file systems that
     * cannot do it the store would stall under load, so refuse early. */
    mode = (const char *)sqlite3_column_text(st, 0);
    if (!mode || strcmp(mode, "wal") != 0) {
        snprintf(err, errlen, "the file system refused WAL mode (journal_mode is %s)",
                 mode ? mode : "unknown");
        goto out;
    }
    ok = 1;
out:
    sqlite3_finalize(st);
    return ok ? STORE_OK : STORE_EDB;
}

static int sq_user_version(sq_conn *c, int *v)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(c->db, "PRAGMA user_version", -1, &st, NULL);

    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

static int sq_schema(sq_conn *c, char *err, size_t errlen)
{
    char sql[64];
    int version = 0, rc;

    if (sq_wal(c, err, errlen) != STORE_OK) return STORE_EDB;
    /* IMMEDIATE: two processes starting at once must not both create. */
    rc = sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sq_user_version(c, &version);
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot read the schema: %s", sqlite3_errmsg(c->db));
        goto out;
    }
    if (version > SQ_SCHEMA_VERSION) {
        snprintf(err, errlen, "the store has schema version %d; this build knows up to %d", version,
                 SQ_SCHEMA_VERSION);
        rc = SQLITE_ERROR;
        goto out;
    }
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SQ_SCHEMA_VERSION);
    rc = sqlite3_exec(c->db, SQL_SCHEMA, NULL, NULL, NULL);
    /* A new store starts at version 1 too, so both take the same path. */
    for (int v = version < 1 ? 2 : version + 1; v <= SQ_SCHEMA_VERSION && rc == SQLITE_OK; v++)
        rc = sqlite3_exec(c->db, MIGRATIONS[v], NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(c->db, sql, NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(c->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        snprintf(err, errlen, "cannot create the schema: %s", sqlite3_errmsg(c->db));
out:
    if (!sqlite3_get_autocommit(c->db)) sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : STORE_EDB;
}

/* ---- tasks -------------------------------------------------------------- */

static const char SQL_TASK_INSERT[] = "INSERT INTO tasks (" STORE_TASK_COLS ") VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 0)";
static const char SQL_TASK_GET[] = "SELECT " STORE_TASK_COLS " FROM tasks WHERE id = ?";
static const char SQL_KEY_QUEUED[] = "SELECT COUNT(*) FROM tasks WHERE key_id = ? AND status = ?";
static const char SQL_PROJECT_ADD[] =
    "INSERT INTO projects (name, created_ms) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
/* Open sessions: awaitable tasks that are no follow-up and have not ended. */
#define SQL_SESSIONS                                                                               \
    "SELECT COUNT(*) FROM tasks WHERE awaitable = 1 AND session IS NULL AND status IN (?, ?, ?)"
static const char SQL_SESSIONS_ALL[] = SQL_SESSIONS;
static const char SQL_SESSIONS_KEY[] = SQL_SESSIONS " AND key_id = ?";
static const char SQL_QUEUE_POS[] = "SELECT COUNT(*) FROM tasks WHERE status = ? AND id < ?";
static const char SQL_LOG_APPEND[] =
    "INSERT INTO logs (task_id, seq, line) VALUES "
    "(?, (SELECT COALESCE(MAX(seq) + 1, 0) FROM logs WHERE task_id = ?), ?)";

static const char *sq_row_text(const store_row *r, int col)
{
    return (const char *)sqlite3_column_text(r->res, col);
}

static int64_t sq_row_i64(const store_row *r, int col)
{
    return sqlite3_column_int64(r->res, col);
}

/* The current row of a statement, for store_*_from_row. */
#define SQ_ROW_OF(st) (&(store_row){(st), 0, sq_row_text, sq_row_i64})

/* A single integer from a query whose parameters the caller has bound. */
static int q_scalar(sq_query *q, int64_t *v)
{
    int rc = q_step(q);

    if (rc == SQ_ROW) {
        *v = col_i64(q->st, 0);
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        *v = 0;
    }
    q_done(q);
    return rc;
}

static int sq_log_put(sq_conn *c, const char *task_id, const char *line, const char *what)
{
    sq_query q;
    int rc = q_prepare(&q, c, SQL_LOG_APPEND, what);

    if (rc) return rc;
    q_text(&q, task_id);
    q_text(&q, task_id);
    q_text(&q, line);
    return q_exec(&q);
}

/* Append "<RFC 3339 time of now> <formatted message>". */
static int sq_log_event(sq_conn *c, const char *task_id, int64_t now, const char *what,
                        const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int sq_log_event(sq_conn *c, const char *task_id, int64_t now, const char *what,
                        const char *fmt, ...)
{
    va_list ap;
    char *line;
    int rc;

    va_start(ap, fmt);
    line = store_log_vline(now, fmt, ap);
    va_end(ap);
    rc = sq_log_put(c, task_id, line, what);
    free(line);
    return rc;
}

/* Read one task by id into t (which the caller has zeroed). */
static int sq_task_read(sq_conn *c, const char *id, store_task *t, const char *what)
{
    sq_query q;
    int rc = q_prepare(&q, c, SQL_TASK_GET, what);

    if (rc) return rc;
    q_text(&q, id);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        store_task_from_row(t, SQ_ROW_OF(q.st));
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND;
    }
    q_done(&q);
    return rc;
}

struct insert_arg {
    const store_task *t;
    const store_limits *lim;
};

static int sq_queue_full(sq_conn *c, const struct insert_arg *a)
{
    sq_query q;
    int64_t queued = 0;
    int rc = q_prepare(&q, c, SQL_KEY_QUEUED, "task_insert");

    if (rc) return rc;
    q_text(&q, a->t->key_id ? a->t->key_id : "");
    q_int(&q, TASK_QUEUED);
    rc = q_scalar(&q, &queued);
    if (rc == STORE_OK && queued >= a->lim->max_queued) rc = STORE_EFULL;
    return rc;
}

/* A follow-up's session: there, not ended, and a session. */
static int sq_session_open(sq_conn *c, const char *id)
{
    store_task t = {0};
    int rc = sq_task_read(c, id, &t, "task_insert");

    if (rc == STORE_OK && task_status_terminal(t.status))
        rc = STORE_ECONFLICT;
    else if (rc == STORE_OK && (!t.awaitable || t.session))
        rc = STORE_EKIND;
    store_task_free(&t);
    return rc;
}

/* The key's open sessions (a key given) or all of them, against limit. */
static int sq_sessions_full(sq_conn *c, const char *key, int limit, int code)
{
    sq_query q;
    int64_t open = 0;
    int rc = q_prepare(&q, c, key ? SQL_SESSIONS_KEY : SQL_SESSIONS_ALL, "task_insert");

    if (rc) return rc;
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_AWAITING);
    if (key) q_text(&q, key);
    rc = q_scalar(&q, &open);
    if (rc == STORE_OK && open >= limit) rc = code;
    return rc;
}

/* Insert t as a new queued task with its first log line, inside the
 * caller's transaction (task_insert, saved_fire). */
static int sq_task_put(sq_conn *c, const store_task *t, const char *what)
{
    char *line;
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_PROJECT_ADD, what)) != STORE_OK) return rc;
    q_text(&q, t->project);
    q_int(&q, t->created_ms);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_TASK_INSERT, what)) != STORE_OK) return rc;
    q_text(&q, t->id);
    q_text(&q, t->project);
    q_text(&q, t->key_id ? t->key_id : "");
    q_int(&q, t->type);
    q_int(&q, TASK_QUEUED);
    q_text(&q, t->instructions);
    q_text(&q, t->geo);
    q_int(&q, t->inspect);
    q_int(&q, t->timeout_s);
    q_text(&q, t->script_id);
    q_int(&q, t->step_count);
    q_int(&q, t->created_ms);
    q_opt(&q, t->started_ms);
    q_opt(&q, t->completed_ms);
    q_text(&q, t->progress);
    q_text(&q, t->error);
    q_text(&q, t->result);
    q_int(&q, t->attempts);
    q_text(&q, t->worker);
    q_opt(&q, t->lease_until_ms);
    q_text(&q, t->saved_task);
    q_int(&q, t->awaitable != 0);
    q_text(&q, t->session);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    /* The first log line goes in with the row, so no worker's line can
     * come before it. */
    line = store_line_queued(t);
    rc = sq_log_put(c, t->id, line, what);
    free(line);
    return rc;
}

static int sq_insert_tx(sq_conn *c, void *arg)
{
    const struct insert_arg *a = arg;
    const store_task *t = a->t;
    int session = t->awaitable && !t->session;
    int rc;

    if (a->lim->max_queued > 0 && (rc = sq_queue_full(c, a)) != STORE_OK) return rc;
    if (t->session && (rc = sq_session_open(c, t->session)) != STORE_OK) return rc;
    if (session && a->lim->sessions_per_key > 0 &&
        (rc = sq_sessions_full(c, t->key_id ? t->key_id : "", a->lim->sessions_per_key,
                               STORE_ELIMIT)) != STORE_OK)
        return rc;
    if (session && a->lim->sessions_open > 0 &&
        (rc = sq_sessions_full(c, NULL, a->lim->sessions_open, STORE_EBUSY)) != STORE_OK)
        return rc;
    return sq_task_put(c, t, "task_insert");
}

static int sq_task_insert(store *s, const store_task *t, const store_limits *lim)
{
    struct insert_arg a = {t, lim};

    return sq_run((sq_store *)s, SQ_WRITE, "task_insert", sq_insert_tx, &a);
}

struct get_arg {
    const char *id;
    const char *const *projects;
    store_task t;
};

static int sq_queue_position(sq_conn *c, const char *id, int *pos)
{
    sq_query q;
    int64_t ahead = 0;
    int rc = q_prepare(&q, c, SQL_QUEUE_POS, "task_get");

    if (rc) return rc;
    q_int(&q, TASK_QUEUED);
    q_text(&q, id);
    rc = q_scalar(&q, &ahead);
    if (rc == STORE_OK) *pos = (int)ahead + 1;
    return rc;
}

static int sq_get_tx(sq_conn *c, void *arg)
{
    struct get_arg *a = arg;
    int rc;

    store_task_free(&a->t);
    rc = sq_task_read(c, a->id, &a->t, "task_get");
    if (rc != STORE_OK) return rc;
    if (!store_project_visible(a->projects, a->t.project)) return STORE_ENOTFOUND;
    if (a->t.status == TASK_QUEUED) rc = sq_queue_position(c, a->id, &a->t.queue_position);
    return rc;
}

static int sq_task_get(store *s, const char *id, const char *const *projects, store_task *out)
{
    struct get_arg a = {id, projects, {0}};
    int rc = sq_run((sq_store *)s, SQ_READ, "task_get", sq_get_tx, &a);

    if (rc == STORE_OK)
        *out = a.t;
    else
        store_task_free(&a.t);
    return rc;
}

/* ---- task listing ------------------------------------------------------- */

struct list_arg {
    const store_task_filter *f;
    const char *sql;
    store_task *v;
    int n;
};

/* The binders of store_list_params. */
static void sq_list_text(void *q, const char *v)
{
    q_text(q, v);
}

static void sq_list_int(void *q, int64_t v)
{
    q_int(q, v);
}

static void list_clear(struct list_arg *a)
{
    store_task_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
}

static int sq_list_tx(sq_conn *c, void *arg)
{
    struct list_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    list_clear(a);
    if ((rc = q_prepare_once(&q, c, a->sql, "task_list")) != STORE_OK) return rc;
    store_list_params(a->f, &q, sq_list_text, sq_list_int);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_task_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_task_list(store *s, const store_task_filter *f, store_task **out, int *n)
{
    struct list_arg a = {f, NULL, NULL, 0};
    int rc;

    /* No visible project, or no rows wanted: nothing to ask. */
    if ((f->projects && !f->projects[0]) || f->limit <= 0) {
        *out = NULL;
        *n = 0;
        return STORE_OK;
    }
    a.sql = store_list_sql(STORE_LIST_TASKS, f, 0, 0);
    rc = sq_run((sq_store *)s, SQ_READ, "task_list", sq_list_tx, &a);
    free((char *)a.sql);
    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        list_clear(&a);
    }
    return rc;
}

/* ---- the queue: claim, renew, progress, finish, cancel, expiry ---------- */

/* The oldest queued task this node may run: a follow-up only while its
 * session, parked on this node (?3: the node's prefix of worker names), is
 * awaiting; a new session only with room for it (?4); a task that is no
 * follow-up only while its key has fewer than ?5 tasks running (?6), a
 * session and its running follow-up counting once (?5 = 0: no limit). */
static const char SQL_CLAIM_NEXT[] =
    "SELECT id, session FROM tasks t WHERE status = ?1 AND (session IS NULL OR EXISTS ("
    "SELECT 1 FROM tasks s WHERE s.id = t.session AND s.status = ?2"
    " AND substr(s.worker, 1, length(?3)) = ?3)) AND (?4 OR awaitable = 0 OR session IS NOT NULL)"
    " AND (?5 = 0 OR session IS NOT NULL OR (SELECT COUNT(*) FROM tasks r WHERE r.key_id = t.key_id"
    " AND r.status = ?6 AND r.session IS NULL) < ?5)"
    " ORDER BY id LIMIT 1";
/* A follow-up was claimed: its session runs it. */
static const char SQL_SESSION_BUSY[] =
    "UPDATE tasks SET status = ?, progress = 'running a follow-up' WHERE id = ? AND status = ?";
static const char SQL_CLAIM[] =
    "UPDATE tasks SET status = ?, worker = ?, lease_until_ms = ?, attempts = attempts + 1,"
    " started_ms = COALESCE(started_ms, ?), progress = 'starting' WHERE id = ?";
/* Leases of running tasks and of awaiting sessions (their parked page). */
static const char SQL_RENEW[] = "UPDATE tasks SET lease_until_ms = ?"
                                " WHERE id = ? AND worker = ? AND status IN (?, ?)";
static const char SQL_PROGRESS[] = "UPDATE tasks SET progress = ?"
                                   " WHERE id = ? AND worker = ? AND status = ?";
static const char SQL_RELEASE[] =
    "UPDATE tasks SET status = ?, progress = 'queued (handed back by a stopping worker)',"
    " worker = NULL, lease_until_ms = NULL, attempts = MAX(attempts - 1, 0)"
    " WHERE id = ? AND worker = ? AND status = ?";
static const char SQL_FINISH[] =
    "UPDATE tasks SET status = ?, failure_reason = ?, completed_ms = ?, progress = ?, error = ?,"
    " result = ?, worker = NULL, lease_until_ms = NULL WHERE id = ? AND worker = ? AND status = ?";
static const char SQL_TASK_STATE[] = "SELECT project, status FROM tasks WHERE id = ?";
static const char SQL_CANCEL[] =
    "UPDATE tasks SET status = ?, failure_reason = ?, completed_ms = ?, error = ?,"
    " progress = 'stopped', worker = NULL, lease_until_ms = NULL WHERE id = ?";
static const char SQL_EXPIRED[] =
    "SELECT id, attempts, session FROM tasks WHERE status = ? AND lease_until_ms < ? ORDER BY id";
static const char SQL_EXPIRE_FAIL[] =
    "UPDATE tasks SET status = ?, failure_reason = ?, completed_ms = ?, error = ?,"
    " progress = 'failed (worker lost)', worker = NULL, lease_until_ms = NULL WHERE id = ?";
static const char SQL_EXPIRE_REQUEUE[] =
    "UPDATE tasks SET status = ?, progress = 'queued (retry after a lost worker)',"
    " worker = NULL, lease_until_ms = NULL WHERE id = ?";

struct claim_arg {
    const char *worker, *node;
    int64_t lease_ms;
    int sessions_ok, running_per_key;
    store_task t;
};

static int sq_claim_tx(sq_conn *c, void *arg)
{
    struct claim_arg *a = arg;
    int64_t now = util_now_ms();
    char *id = NULL, *session = NULL;
    sq_query q;
    int rc;

    store_task_free(&a->t);
    if ((rc = q_prepare(&q, c, SQL_CLAIM_NEXT, "task_claim")) != STORE_OK) return rc;
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_AWAITING);
    q_text(&q, a->node);
    q_int(&q, a->sessions_ok != 0);
    q_int(&q, a->running_per_key);
    q_int(&q, TASK_RUNNING);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        id = col_str(q.st, 0);
        session = col_str(q.st, 1);
    }
    q_done(&q);
    if (rc != SQ_ROW) return rc == STORE_OK ? STORE_EEMPTY : rc;
    if (session) {
        if ((rc = q_prepare(&q, c, SQL_SESSION_BUSY, "task_claim")) != STORE_OK) goto out;
        q_int(&q, TASK_RUNNING);
        q_text(&q, session);
        q_int(&q, TASK_AWAITING);
        if ((rc = q_exec(&q)) != STORE_OK) goto out;
    }

    if ((rc = q_prepare(&q, c, SQL_CLAIM, "task_claim")) != STORE_OK) goto out;
    q_int(&q, TASK_RUNNING);
    q_text(&q, a->worker);
    q_int(&q, now + a->lease_ms);
    q_int(&q, now);
    q_text(&q, id);
    if ((rc = q_exec(&q)) != STORE_OK) goto out;
    rc = sq_task_read(c, id, &a->t, "task_claim");
out:
    free(id);
    free(session);
    return rc;
}

static int sq_task_claim(store *s, const char *worker, const char *node, int64_t lease_ms,
                         int sessions_ok, store_task *out)
{
    struct claim_arg a = {worker, node, lease_ms, sessions_ok, s->running_per_key, {0}};
    int rc = sq_run((sq_store *)s, SQ_WRITE, "task_claim", sq_claim_tx, &a);

    if (rc == STORE_OK)
        *out = a.t;
    else
        store_task_free(&a.t);
    return rc;
}

/* Run a prepared, bound UPDATE guarded by "held by this worker": no row
 * changed means the worker lost the task. */
static int q_exec_guarded(sq_query *q)
{
    int rc = q_exec(q);

    if (rc == STORE_OK && sqlite3_changes(q->c->db) == 0) rc = STORE_ECONFLICT;
    return rc;
}

struct held_arg {
    const char *id;
    const char *worker;
    int64_t lease_ms;
    const char *phrase;
};

static int sq_renew_tx(sq_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_RENEW, "task_renew");

    if (rc) return rc;
    q_int(&q, util_now_ms() + a->lease_ms);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_AWAITING);
    return q_exec_guarded(&q);
}

static int sq_task_renew(store *s, const char *id, const char *worker, int64_t lease_ms)
{
    struct held_arg a = {id, worker, lease_ms, NULL};
    return sq_run((sq_store *)s, SQ_WRITE, "task_renew", sq_renew_tx, &a);
}

static int sq_progress_tx(sq_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_PROGRESS, "task_progress");

    if (rc) return rc;
    q_text(&q, a->phrase);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    return q_exec_guarded(&q);
}

static int sq_task_progress(store *s, const char *id, const char *worker, const char *phrase)
{
    struct held_arg a = {id, worker, 0, phrase};
    return sq_run((sq_store *)s, SQ_WRITE, "task_progress", sq_progress_tx, &a);
}

static int sq_release_tx(sq_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_RELEASE, "task_release");

    if (rc) return rc;
    q_int(&q, TASK_QUEUED);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    rc = q_exec_guarded(&q);
    if (rc == STORE_OK && a->phrase) rc = sq_log_put(c, a->id, a->phrase, "task_release");
    return rc;
}

static int sq_task_release(store *s, const char *id, const char *worker, const char *msg)
{
    struct held_arg a = {id, worker, 0, msg};
    return sq_run((sq_store *)s, SQ_WRITE, "task_release", sq_release_tx, &a);
}

struct finish_arg {
    const char *id, *worker;
    task_status st;
    task_reason reason;
    const char *phrase, *error, *result, *msg;
};

static int sq_finish_tx(sq_conn *c, void *arg)
{
    const struct finish_arg *a = arg;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_FINISH, "task_finish");

    if (rc) return rc;
    q_int(&q, a->st);
    q_text(&q, task_reason_name(a->reason));
    q_int(&q, util_now_ms());
    q_text(&q, a->phrase);
    q_text(&q, a->error);
    q_text(&q, a->result);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    rc = q_exec_guarded(&q);
    if (rc == STORE_OK && a->msg) rc = sq_log_put(c, a->id, a->msg, "task_finish");
    return rc;
}

static int sq_task_finish(store *s, const char *id, const char *worker, task_status st,
                          task_reason reason, const char *phrase, const char *error,
                          const char *result, const char *msg)
{
    struct finish_arg a = {id, worker, st, reason, phrase, error, result, msg};
    return sq_run((sq_store *)s, SQ_WRITE, "task_finish", sq_finish_tx, &a);
}

struct finish_claim_arg {
    struct finish_arg f;
    struct claim_arg c;
    int finish_rc, claim_rc;
};

/* The end, then the claim, in one write transaction: their codes go to
 * arg; only a failure of the database ends the transaction. */
static int sq_finish_claim_tx(sq_conn *c, void *arg)
{
    struct finish_claim_arg *a = arg;

    a->finish_rc = sq_finish_tx(c, &a->f);
    if (a->finish_rc != STORE_OK && a->finish_rc != STORE_ECONFLICT) return a->finish_rc;
    a->claim_rc = sq_claim_tx(c, &a->c);
    return a->claim_rc == STORE_OK || a->claim_rc == STORE_EEMPTY ? STORE_OK : a->claim_rc;
}

static int sq_task_finish_claim(store *s, const char *id, const char *worker, task_status st,
                                task_reason reason, const char *phrase, const char *error,
                                const char *result, const char *msg, const char *next,
                                const char *node, int64_t lease_ms, int sessions_ok,
                                store_task *out, int *claim_rc)
{
    struct finish_claim_arg a = {{id, worker, st, reason, phrase, error, result, msg},
                                 {next, node, lease_ms, sessions_ok, s->running_per_key, {0}},
                                 STORE_EDB,
                                 STORE_EDB};
    int rc = sq_run((sq_store *)s, SQ_WRITE, "task_finish_claim", sq_finish_claim_tx, &a);

    *claim_rc = rc == STORE_OK ? a.claim_rc : rc;
    if (*claim_rc == STORE_OK)
        *out = a.c.t;
    else
        store_task_free(&a.c.t);
    return rc == STORE_OK ? a.finish_rc : rc;
}

/* ---- live sessions ------------------------------------------------------ */

static const char SQL_PARK[] =
    "UPDATE tasks SET status = ?, parked = 1, progress = ?, result = ?"
    " WHERE id = ? AND worker = ? AND status = ? AND session IS NULL AND awaitable = 1";
static const char SQL_FOLLOWUP_AWAIT[] =
    "UPDATE tasks SET status = ?, completed_ms = ?, progress = ?, result = ?, worker = NULL,"
    " lease_until_ms = NULL WHERE id = ? AND worker = ? AND status = ? AND session = ?";
static const char SQL_SESSION_RESUME[] =
    "UPDATE tasks SET status = ?, progress = 'awaiting instructions', result = COALESCE(?, result)"
    " WHERE id = ? AND status = ? AND parked = 1 AND (? IS NULL OR worker = ?)";
static const char SQL_SESSION_END[] =
    "UPDATE tasks SET status = ?1, failure_reason = ?2, completed_ms = ?3, error = ?4,"
    " progress = 'session closed', worker = NULL, lease_until_ms = NULL"
    " WHERE id = ?5 AND worker = ?6 AND parked = 1 AND (status = ?7 OR (?8 = 0 AND status = ?9))"
    " AND (?8 = 0 OR NOT EXISTS (SELECT 1 FROM tasks f WHERE f.session = tasks.id"
    " AND f.status = ?10))";
static const char SQL_FOLLOWUPS_OPEN[] =
    "SELECT id FROM tasks WHERE session = ? AND status IN (?, ?) ORDER BY id";
static const char SQL_FOLLOWUP_END[] =
    "UPDATE tasks SET status = ?, failure_reason = ?, completed_ms = ?, error = ?,"
    " progress = ?, worker = NULL, lease_until_ms = NULL WHERE id = ?";
static const char SQL_FOLLOWUPS_DONE[] =
    "UPDATE tasks SET status = ?, progress = 'finalized (its session ended)'"
    " WHERE session = ? AND status = ?";
static const char SQL_SESSIONS_LOST[] =
    "SELECT id FROM tasks WHERE parked = 1 AND status IN (?, ?) AND lease_until_ms < ? ORDER BY id";

/* Read ids of one query's first column (its parameters bound by bind). */
static int sq_ids(sq_conn *c, const char *sql, const char *what, void (*bind)(sq_query *, void *),
                  void *ud, char ***out, int *n)
{
    char **v = NULL;
    int cap = 0, count = 0, rc;
    sq_query q;

    if ((rc = q_prepare(&q, c, sql, what)) != STORE_OK) return rc;
    bind(&q, ud);
    while ((rc = q_step(&q)) == SQ_ROW) {
        v = xgrow(v, count, &cap, sizeof *v);
        v[count++] = col_str(q.st, 0);
    }
    q_done(&q);
    if (rc != STORE_OK) {
        store_strings_free(v, count);
        return rc;
    }
    *out = v;
    *n = count;
    return STORE_OK;
}

static void bind_followups(sq_query *q, void *ud)
{
    q_text(q, ud);
    q_int(q, TASK_QUEUED);
    q_int(q, TASK_RUNNING);
}

/* A task that ends with its session (the session's end st, reason and
 * error; one that never ran to its end cannot be finalized). */
static int sq_followup_end(sq_conn *c, const char *id, task_status st, task_reason reason,
                           const char *error, int64_t now)
{
    char phrase[64];
    sq_query q;
    int rc;

    store_followup_end(&st, &reason, &error);
    store_session_phrase(phrase, sizeof phrase, st, reason);
    if ((rc = q_prepare(&q, c, SQL_FOLLOWUP_END, "session_end")) != STORE_OK) return rc;
    q_int(&q, st);
    q_text(&q, task_reason_name(reason));
    q_int(&q, now);
    q_text(&q, error);
    q_text(&q, phrase);
    q_text(&q, id);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    return sq_log_event(c, id, now, "session_end", "%s: %s", task_status_name(st), error);
}

/* Session id has ended as st: its queued and running follow-ups end so,
 * its awaiting ones are finalized. */
static int sq_followups_end(sq_conn *c, const char *id, task_status st, task_reason reason,
                            const char *error, int64_t now)
{
    char **ids = NULL;
    int n = 0, rc;
    sq_query q;

    rc = sq_ids(c, SQL_FOLLOWUPS_OPEN, "session_end", bind_followups, (void *)id, &ids, &n);
    for (int i = 0; i < n && rc == STORE_OK; i++)
        rc = sq_followup_end(c, ids[i], st, reason, error, now);
    store_strings_free(ids, n);
    if (rc != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_FOLLOWUPS_DONE, "session_end")) != STORE_OK) return rc;
    q_int(&q, TASK_FINALIZED);
    q_text(&q, id);
    q_int(&q, TASK_AWAITING);
    return q_exec(&q);
}

/* Back to awaiting, with result (NULL: keep its own); held by worker unless
 * worker is NULL. */
static int sq_session_resume(sq_conn *c, const char *id, const char *worker, const char *result)
{
    sq_query q;
    int rc = q_prepare(&q, c, SQL_SESSION_RESUME, "session_set");

    if (rc) return rc;
    q_int(&q, TASK_AWAITING);
    q_text(&q, result);
    q_text(&q, id);
    q_int(&q, TASK_RUNNING);
    q_text(&q, worker);
    q_text(&q, worker);
    return q_exec_guarded(&q);
}

struct await_arg {
    const char *id, *worker, *phrase, *result, *msg;
};

static int sq_await_tx(sq_conn *c, void *arg)
{
    const struct await_arg *a = arg;
    store_task t = {0};
    int64_t now = util_now_ms();
    sq_query q;
    int rc = sq_task_read(c, a->id, &t, "task_await");

    if (rc == STORE_OK && (t.status != TASK_RUNNING || !t.worker || strcmp(t.worker, a->worker)))
        rc = STORE_ECONFLICT;
    if (rc != STORE_OK) goto out;
    if ((rc = q_prepare(&q, c, t.session ? SQL_FOLLOWUP_AWAIT : SQL_PARK, "task_await")) != 0)
        goto out;
    q_int(&q, TASK_AWAITING);
    if (t.session) q_int(&q, now);
    q_text(&q, a->phrase);
    q_text(&q, a->result);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    if (t.session) q_text(&q, t.session);
    if ((rc = q_exec_guarded(&q)) != STORE_OK) goto out;
    if (a->msg && (rc = sq_log_put(c, a->id, a->msg, "task_await")) != STORE_OK) goto out;
    if (t.session && (rc = sq_session_resume(c, t.session, NULL, a->result)) == STORE_OK)
        rc = sq_log_event(c, t.session, now, "task_await",
                          "follow-up %s done; awaiting instructions", a->id);
out:
    store_task_free(&t);
    return rc;
}

static int sq_task_await(store *s, const char *id, const char *worker, const char *phrase,
                         const char *result, const char *msg)
{
    struct await_arg a = {id, worker, phrase, result, msg};
    return sq_run((sq_store *)s, SQ_WRITE, "task_await", sq_await_tx, &a);
}

struct session_arg {
    const char *id, *worker;
    task_status st;
    task_reason reason;
    const char *error, *msg;
    int if_idle;
};

static int sq_session_tx(sq_conn *c, void *arg)
{
    const struct session_arg *a = arg;
    int64_t now = util_now_ms();
    sq_query q;
    int rc;

    if (a->st == TASK_AWAITING) {
        rc = sq_session_resume(c, a->id, a->worker, NULL);
    } else {
        if ((rc = q_prepare(&q, c, SQL_SESSION_END, "session_set")) != STORE_OK) return rc;
        q_int(&q, a->st);
        q_text(&q, task_reason_name(a->reason));
        q_int(&q, now);
        q_text(&q, a->error);
        q_text(&q, a->id);
        q_text(&q, a->worker);
        q_int(&q, TASK_AWAITING);
        q_int(&q, a->if_idle != 0);
        q_int(&q, TASK_RUNNING);
        q_int(&q, TASK_QUEUED);
        rc = q_exec_guarded(&q);
        if (rc == STORE_OK) rc = sq_followups_end(c, a->id, a->st, a->reason, a->error, now);
    }
    if (rc == STORE_OK && a->msg) rc = sq_log_put(c, a->id, a->msg, "session_set");
    return rc;
}

static int sq_session_set(store *s, const char *id, const char *worker, task_status st,
                          task_reason reason, const char *error, const char *msg, int if_idle)
{
    struct session_arg a = {id, worker, st, reason, error, msg, if_idle};
    return sq_run((sq_store *)s, SQ_WRITE, "session_set", sq_session_tx, &a);
}

/* ---- stop ------------------------------------------------------------------ */

struct cancel_arg {
    const char *id;
    const char *const *projects;
    const char *reason;
};

/* ENOTFOUND unless the task exists, is visible and has not ended. */
static int sq_cancellable(sq_conn *c, const struct cancel_arg *a)
{
    sq_query q;
    int rc = q_prepare(&q, c, SQL_TASK_STATE, "task_cancel");

    if (rc) return rc;
    q_text(&q, a->id);
    rc = q_step(&q);
    if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND;
    } else if (rc == SQ_ROW) {
        if (!store_project_visible(a->projects, (const char *)sqlite3_column_text(q.st, 0)))
            rc = STORE_ENOTFOUND;
        else if (task_status_terminal((task_status)col_int(q.st, 1)))
            rc = STORE_ECONFLICT;
        else
            rc = STORE_OK;
    }
    q_done(&q);
    return rc;
}

static int sq_cancel_tx(sq_conn *c, void *arg)
{
    const struct cancel_arg *a = arg;
    int64_t now = util_now_ms();
    sq_query q;
    int rc;

    if ((rc = sq_cancellable(c, a)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_CANCEL, "task_cancel")) != STORE_OK) return rc;
    q_int(&q, TASK_STOPPED);
    q_text(&q, task_reason_name(TASK_REASON_STOPPED));
    q_int(&q, now);
    q_text(&q, a->reason);
    q_text(&q, a->id);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    /* A session's follow-ups stop with it (a task that is none has none). */
    rc = sq_followups_end(c, a->id, TASK_STOPPED, TASK_REASON_STOPPED, a->reason, now);
    if (rc != STORE_OK) return rc;
    return sq_log_event(c, a->id, now, "task_cancel", "stopped: %s", a->reason);
}

static int sq_task_cancel(store *s, const char *id, const char *const *projects, const char *reason)
{
    struct cancel_arg a = {id, projects, reason};
    return sq_run((sq_store *)s, SQ_WRITE, "task_cancel", sq_cancel_tx, &a);
}

struct expired {
    char *id;
    int attempts;
    int followup; /* a session's follow-up: it cannot run anywhere else */
};

struct requeue_arg {
    int max_attempts;
    int n;
};

static void expired_free(struct expired *v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i].id);
    free(v);
}

/* Collect first, change after: updating rows under a running SELECT on the
 * same table is legal in SQLite but hard to reason about. */
static int sq_expired_list(sq_conn *c, int64_t now, struct expired **out, int *n)
{
    struct expired *v = NULL;
    int cap = 0, count = 0, rc;
    sq_query q;

    if ((rc = q_prepare(&q, c, SQL_EXPIRED, "requeue_expired")) != STORE_OK) return rc;
    q_int(&q, TASK_RUNNING);
    q_int(&q, now);
    while ((rc = q_step(&q)) == SQ_ROW) {
        v = xgrow(v, count, &cap, sizeof *v);
        v[count].id = col_str(q.st, 0);
        v[count].attempts = col_int(q.st, 1);
        v[count].followup = sqlite3_column_type(q.st, 2) != SQLITE_NULL;
        count++;
    }
    q_done(&q);
    if (rc != STORE_OK) {
        expired_free(v, count);
        return rc;
    }
    *out = v;
    *n = count;
    return STORE_OK;
}

static int sq_expire_fail(sq_conn *c, const struct expired *e, int64_t now)
{
    char reason[96];
    sq_query q;
    int rc;

    store_lost_reason(reason, sizeof reason, e->attempts);
    if ((rc = q_prepare(&q, c, SQL_EXPIRE_FAIL, "requeue_expired")) != STORE_OK) return rc;
    q_int(&q, TASK_FAILED);
    q_text(&q, task_reason_name(TASK_REASON_LOST));
    q_int(&q, now);
    q_text(&q, reason);
    q_text(&q, e->id);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    return sq_log_event(c, e->id, now, "requeue_expired", "failed: %s", reason);
}

static int sq_expire_requeue(sq_conn *c, const struct expired *e, int64_t now, int max)
{
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_EXPIRE_REQUEUE, "requeue_expired")) != STORE_OK) return rc;
    q_int(&q, TASK_QUEUED);
    q_text(&q, e->id);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    return sq_log_event(c, e->id, now, "requeue_expired",
                        "worker lost; re-queued (attempt %d of %d)", e->attempts + 1, max);
}

static void bind_lost(sq_query *q, void *ud)
{
    q_int(q, TASK_RUNNING);
    q_int(q, TASK_AWAITING);
    q_int(q, *(int64_t *)ud);
}

/* Sessions whose node died (their lease expired) fail with their
 * follow-ups: their page is gone. */
static int sq_sessions_lost(sq_conn *c, int64_t now, int *n)
{
    char **ids = NULL;
    int count = 0;
    int rc = sq_ids(c, SQL_SESSIONS_LOST, "requeue_expired", bind_lost, &now, &ids, &count);

    for (int i = 0; i < count && rc == STORE_OK; i++) {
        rc = sq_followup_end(c, ids[i], TASK_FAILED, TASK_REASON_SESSION_LOST, STORE_SESSION_LOST,
                             now);
        if (rc == STORE_OK)
            rc = sq_followups_end(c, ids[i], TASK_FAILED, TASK_REASON_SESSION_LOST,
                                  STORE_SESSION_LOST, now);
    }
    store_strings_free(ids, count);
    if (rc == STORE_OK) *n += count;
    return rc;
}

static int sq_requeue_tx(sq_conn *c, void *arg)
{
    struct requeue_arg *a = arg;
    int64_t now = util_now_ms();
    struct expired *v = NULL;
    int n = 0, rc;

    a->n = 0;
    if ((rc = sq_sessions_lost(c, now, &a->n)) != STORE_OK) return rc;
    if ((rc = sq_expired_list(c, now, &v, &n)) != STORE_OK) return rc;
    for (int i = 0; i < n && rc == STORE_OK; i++) {
        if (v[i].followup)
            rc = sq_followup_end(c, v[i].id, TASK_FAILED, TASK_REASON_SESSION_LOST,
                                 STORE_SESSION_LOST, now);
        else if (v[i].attempts >= a->max_attempts)
            rc = sq_expire_fail(c, &v[i], now);
        else
            rc = sq_expire_requeue(c, &v[i], now, a->max_attempts);
    }
    expired_free(v, n);
    if (rc == STORE_OK) a->n += n;
    return rc;
}

static int sq_requeue_expired(store *s, int max_attempts, int *n)
{
    struct requeue_arg a = {max_attempts, 0};
    int rc = sq_run((sq_store *)s, SQ_WRITE, "requeue_expired", sq_requeue_tx, &a);

    if (rc == STORE_OK) *n = a.n;
    return rc;
}

/* ---- statistics --------------------------------------------------------- */

static const char SQL_COUNTS[] = "SELECT status, COUNT(*) FROM tasks GROUP BY status";

/* The walk goes backwards over the (status, id) index, so "the last
 * `window` tasks" are the most recently created of those finalized: close
 * to the most recently completed, and it stops after `window` matches. */
#define SQL_DURATION_FROM                                                                          \
    "SELECT AVG(d), COUNT(*) FROM (SELECT completed_ms - started_ms AS d FROM tasks"               \
    " WHERE status = ? AND started_ms IS NOT NULL AND completed_ms IS NOT NULL"
static const char SQL_DURATION_TYPE_STEPS[] =
    SQL_DURATION_FROM " AND type = ? AND step_count = ? ORDER BY id DESC LIMIT ?) AS r";
static const char SQL_DURATION_TYPE[] =
    SQL_DURATION_FROM " AND type = ? ORDER BY id DESC LIMIT ?) AS r";
static const char SQL_DURATION_ANY[] = SQL_DURATION_FROM " ORDER BY id DESC LIMIT ?) AS r";

struct counts_arg {
    int64_t counts[TASK_STATUS_COUNT];
};

static int sq_counts_tx(sq_conn *c, void *arg)
{
    struct counts_arg *a = arg;
    sq_query q;
    int rc;

    memset(a->counts, 0, sizeof a->counts);
    if ((rc = q_prepare(&q, c, SQL_COUNTS, "task_counts")) != STORE_OK) return rc;
    while ((rc = q_step(&q)) == SQ_ROW) {
        int st = col_int(q.st, 0);
        if (st >= 0 && st < TASK_STATUS_COUNT) a->counts[st] = col_i64(q.st, 1);
    }
    q_done(&q);
    return rc;
}

static int sq_task_counts(store *s, int64_t counts[TASK_STATUS_COUNT])
{
    struct counts_arg a;
    int rc = sq_run((sq_store *)s, SQ_READ, "task_counts", sq_counts_tx, &a);

    if (rc == STORE_OK) memcpy(counts, a.counts, sizeof a.counts);
    return rc;
}

/* Keys with a task running or queued; a session's running follow-up is
 * not counted apart from its session, as in SQL_CLAIM_NEXT. */
static const char SQL_KEY_LOADS[] =
    "SELECT key_id, SUM(status = ?1 AND session IS NULL), SUM(status = ?2) FROM tasks"
    " WHERE status IN (?1, ?2) GROUP BY key_id ORDER BY key_id";

struct loads_arg {
    store_key_load *v;
    int n;
};

static int sq_key_loads_tx(sq_conn *c, void *arg)
{
    struct loads_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    store_key_load_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    if ((rc = q_prepare(&q, c, SQL_KEY_LOADS, "key_loads")) != STORE_OK) return rc;
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_QUEUED);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        a->v[a->n].key_id = col_str(q.st, 0);
        a->v[a->n].running = col_i64(q.st, 1);
        a->v[a->n++].queued = col_i64(q.st, 2);
    }
    q_done(&q);
    return rc;
}

static int sq_key_loads(store *s, store_key_load **out, int *n)
{
    struct loads_arg a = {NULL, 0};
    int rc = sq_run((sq_store *)s, SQ_READ, "key_loads", sq_key_loads_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_key_load_free(a.v, a.n);
    }
    return rc;
}

struct duration_arg {
    task_type type;
    int step_count, window;
    int64_t ms;
};

/* One level of the fallback: level 0 = type and steps, 1 = type, 2 = any.
 * *found is the number of tasks the mean is over. */
static int sq_duration_level(sq_conn *c, const struct duration_arg *a, int level, int64_t *mean,
                             int64_t *found)
{
    static const char *const sql[] = {SQL_DURATION_TYPE_STEPS, SQL_DURATION_TYPE, SQL_DURATION_ANY};
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, sql[level], "recent_duration")) != STORE_OK) return rc;
    q_int(&q, TASK_FINALIZED);
    if (level <= 1) q_int(&q, a->type);
    if (level == 0) q_int(&q, a->step_count);
    q_int(&q, a->window);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        *mean = (int64_t)(sqlite3_column_double(q.st, 0) + 0.5);
        *found = col_i64(q.st, 1);
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        *found = 0;
    }
    q_done(&q);
    return rc;
}

static int sq_duration_tx(sq_conn *c, void *arg)
{
    struct duration_arg *a = arg;
    int64_t mean = 0, found = 0;

    a->ms = 0;
    for (int level = 0; level < 3; level++) {
        int rc = sq_duration_level(c, a, level, &mean, &found);
        if (rc != STORE_OK) return rc;
        if (found > 0) {
            a->ms = mean;
            break;
        }
    }
    return STORE_OK;
}

static int sq_recent_duration(store *s, task_type type, int step_count, int window, int64_t *ms)
{
    struct duration_arg a = {type, step_count, window, 0};
    int rc = sq_run((sq_store *)s, SQ_READ, "recent_duration", sq_duration_tx, &a);

    if (rc == STORE_OK) *ms = a.ms;
    return rc;
}

/* ---- fencing (store.h) ---------------------------------------------------- */

static const char SQL_HELD[] = "SELECT 1 FROM tasks WHERE id = ? AND worker = ?";
/* The artifact's task held by a claim other than this one. */
static const char SQL_ARTIFACT_TAKEN[] =
    "SELECT 1 FROM artifacts a JOIN tasks t ON t.id = a.task_id"
    " WHERE a.id = ? AND t.worker IS NOT NULL AND t.worker <> ?";

/* Inside a write transaction (BEGIN IMMEDIATE: no claim can come between
 * the check and the write): STORE_OK when worker is NULL or the claim
 * `worker` holds task id, STORE_ECONFLICT when it does not. With taken, id
 * is an artifact's and the check is SQL_ARTIFACT_TAKEN's. */
static int sq_fence(sq_conn *c, const char *id, const char *worker, int taken, const char *what)
{
    sq_query q;
    int rc;

    if (!worker) return STORE_OK;
    if ((rc = q_prepare(&q, c, taken ? SQL_ARTIFACT_TAKEN : SQL_HELD, what)) != STORE_OK) return rc;
    q_text(&q, id);
    q_text(&q, worker);
    rc = q_step(&q);
    q_done(&q);
    if (rc == SQ_ROW) return taken ? STORE_ECONFLICT : STORE_OK;
    if (rc == STORE_OK) return taken ? STORE_OK : STORE_ECONFLICT;
    return rc;
}

/* ---- progress logs ------------------------------------------------------ */

static const char SQL_LOGS[] = "SELECT line FROM logs WHERE task_id = ? AND seq >= ? ORDER BY seq";

struct log_arg {
    const char *task_id;
    const char *worker;
    const char *line;
    int from;
    char **v;
    int n;
};

static int sq_log_append_tx(sq_conn *c, void *arg)
{
    const struct log_arg *a = arg;
    int rc = sq_fence(c, a->task_id, a->worker, 0, "log_append");
    return rc ? rc : sq_log_put(c, a->task_id, a->line, "log_append");
}

static int sq_log_append(store *s, const char *task_id, const char *worker, const char *line)
{
    struct log_arg a = {task_id, worker, line, 0, NULL, 0};
    return sq_run((sq_store *)s, SQ_WRITE, "log_append", sq_log_append_tx, &a);
}

static int sq_logs_tx(sq_conn *c, void *arg)
{
    struct log_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    store_strings_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    if ((rc = q_prepare(&q, c, SQL_LOGS, "logs")) != STORE_OK) return rc;
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        a->v[a->n++] = col_str(q.st, 0);
    }
    q_done(&q);
    return rc;
}

static int sq_logs(store *s, const char *task_id, int from, char ***lines, int *n)
{
    struct log_arg a = {task_id, NULL, NULL, from, NULL, 0};
    int rc = sq_run((sq_store *)s, SQ_READ, "logs", sq_logs_tx, &a);

    if (rc == STORE_OK) {
        *lines = a.v;
        *n = a.n;
    } else {
        store_strings_free(a.v, a.n);
    }
    return rc;
}

/* ---- step results ------------------------------------------------------- */

static const char SQL_RESULT_PUT[] =
    "INSERT INTO results (task_id, " STORE_RESULT_COLS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (task_id, idx) DO UPDATE SET model_output = excluded.model_output,"
    " result = excluded.result, state = excluded.state, metadata = excluded.metadata,"
    " screenshot_id = excluded.screenshot_id, html_id = excluded.html_id,"
    " console_id = excluded.console_id, insert_ms = excluded.insert_ms";
static const char SQL_RESULTS[] = "SELECT " STORE_RESULT_COLS " FROM results"
                                  " WHERE task_id = ? AND idx >= ? ORDER BY idx";
/* Only artifacts of this task that the dropped rows point at. */
static const char SQL_RESULT_ARTIFACTS_DROP[] =
    "DELETE FROM artifacts WHERE task_id = ? AND id IN ("
    " SELECT screenshot_id FROM results WHERE task_id = ? AND idx >= ?"
    " UNION SELECT html_id FROM results WHERE task_id = ? AND idx >= ?"
    " UNION SELECT console_id FROM results WHERE task_id = ? AND idx >= ?)";
static const char SQL_RESULTS_DROP[] = "DELETE FROM results WHERE task_id = ? AND idx >= ?";

struct result_arg {
    const char *task_id;
    const char *worker;
    const store_result *r;
    int from;
    store_result *v;
    int n;
};

static int sq_result_put_tx(sq_conn *c, void *arg)
{
    const struct result_arg *a = arg;
    const store_result *r = a->r;
    sq_query q;
    int rc = sq_fence(c, a->task_id, a->worker, 0, "result_put");

    if (rc || (rc = q_prepare(&q, c, SQL_RESULT_PUT, "result_put")) != STORE_OK) return rc;
    q_text(&q, a->task_id);
    q_int(&q, r->index);
    q_text(&q, r->model_output);
    q_text(&q, r->result);
    q_text(&q, r->state);
    q_text(&q, r->metadata);
    q_text(&q, r->screenshot_id);
    q_text(&q, r->html_id);
    q_text(&q, r->console_id);
    q_int(&q, r->insert_ms);
    return q_exec(&q);
}

static int sq_result_put(store *s, const char *task_id, const char *worker, const store_result *r)
{
    struct result_arg a = {task_id, worker, r, 0, NULL, 0};
    return sq_run((sq_store *)s, SQ_WRITE, "result_put", sq_result_put_tx, &a);
}

static int sq_results_tx(sq_conn *c, void *arg)
{
    struct result_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    store_result_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    if ((rc = q_prepare(&q, c, SQL_RESULTS, "results")) != STORE_OK) return rc;
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_result_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_results(store *s, const char *task_id, int from, store_result **out, int *n)
{
    struct result_arg a = {task_id, NULL, NULL, from, NULL, 0};
    int rc = sq_run((sq_store *)s, SQ_READ, "results", sq_results_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_result_list_free(a.v, a.n);
    }
    return rc;
}

static int sq_truncate_tx(sq_conn *c, void *arg)
{
    const struct result_arg *a = arg;
    sq_query q;
    int rc;

    if ((rc = sq_fence(c, a->task_id, a->worker, 0, "results_truncate")) != STORE_OK ||
        (rc = q_prepare(&q, c, SQL_RESULT_ARTIFACTS_DROP, "results_truncate")) != STORE_OK)
        return rc;
    q_text(&q, a->task_id);
    for (int i = 0; i < 3; i++) {
        q_text(&q, a->task_id);
        q_int(&q, a->from);
    }
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_RESULTS_DROP, "results_truncate")) != STORE_OK) return rc;
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    return q_exec(&q);
}

static int sq_results_truncate(store *s, const char *task_id, const char *worker, int from)
{
    struct result_arg a = {task_id, worker, NULL, from, NULL, 0};
    return sq_run((sq_store *)s, SQ_WRITE, "results_truncate", sq_truncate_tx, &a);
}

/* ---- artifacts ---------------------------------------------------------- */

static const char SQL_ARTIFACT_PUT[] =
    "INSERT INTO artifacts (id, task_id, content_type, data, size, created_ms)"
    " VALUES (?, ?, ?, ?, ?, ?)";
static const char SQL_ARTIFACT_GET[] =
    "SELECT task_id, content_type, data, size, created_ms FROM artifacts WHERE id = ?";
/* A reserved artifact has size -1 (and an empty blob) until filled. */
static const char SQL_ARTIFACT_FILL[] =
    "UPDATE artifacts SET data = ?, size = ? WHERE id = ? AND size < 0";
static const char SQL_ARTIFACT_DROP[] = "DELETE FROM artifacts WHERE id = ? AND size < 0";

struct artifact_arg {
    const char *id;
    const char *task_id, *content_type;
    const char *worker; /* the claim writing it; NULL: no check */
    const void *data;
    size_t len;
    /* filled by a read */
    void *out_data;
    size_t out_len;
    char *out_type, *out_task;
};

static int sq_artifact_put_tx(sq_conn *c, void *arg)
{
    const struct artifact_arg *a = arg;
    sq_query q;
    int rc = sq_fence(c, a->task_id, a->worker, 0, "artifact_put");

    if (rc || (rc = q_prepare(&q, c, SQL_ARTIFACT_PUT, "artifact_put")) != STORE_OK) return rc;
    q_text(&q, a->id);
    q_text(&q, a->task_id);
    q_text(&q, a->content_type);
    q_blob(&q, a->data ? a->data : "", a->data ? a->len : 0);
    q_int(&q, a->data ? (int64_t)a->len : -1);
    q_int(&q, util_now_ms());
    return q_exec(&q);
}

static int sq_artifact_fill_tx(sq_conn *c, void *arg)
{
    const struct artifact_arg *a = arg;
    sq_query q;
    int rc = sq_fence(c, a->id, a->worker, 1, "artifact_fill");

    if (rc || (rc = q_prepare(&q, c, a->data ? SQL_ARTIFACT_FILL : SQL_ARTIFACT_DROP,
                              "artifact_fill")) != STORE_OK)
        return rc;
    if (a->data) {
        q_blob(&q, a->data, a->len);
        q_int(&q, (int64_t)a->len);
    }
    q_text(&q, a->id);
    return q_exec(&q);
}

static int sq_artifact_fill(store *s, const char *id, const char *worker, const void *data,
                            size_t len)
{
    struct artifact_arg a = {.id = id, .worker = worker, .data = data, .len = len};
    return sq_run((sq_store *)s, SQ_WRITE, "artifact_fill", sq_artifact_fill_tx, &a);
}

static int sq_artifact_put(store *s, const char *task_id, const char *worker,
                           const char *content_type, const void *data, size_t len, char *id_out)
{
    char id[UTIL_ID_LEN];
    struct artifact_arg a = {0};
    int rc;

    util_new_id(id);
    a.id = id;
    a.task_id = task_id;
    a.worker = worker;
    a.content_type = content_type;
    a.data = data;
    a.len = len;
    rc = sq_run((sq_store *)s, SQ_WRITE, "artifact_put", sq_artifact_put_tx, &a);
    if (rc == STORE_OK) memcpy(id_out, id, UTIL_ID_LEN);
    return rc;
}

static void artifact_clear(struct artifact_arg *a)
{
    free(a->out_data);
    free(a->out_type);
    free(a->out_task);
    a->out_data = NULL;
    a->out_type = NULL;
    a->out_task = NULL;
    a->out_len = 0;
}

static int sq_artifact_get_tx(sq_conn *c, void *arg)
{
    struct artifact_arg *a = arg;
    sq_query q;
    int rc;

    artifact_clear(a);
    if ((rc = q_prepare(&q, c, SQL_ARTIFACT_GET, "artifact_get")) != STORE_OK) return rc;
    q_text(&q, a->id);
    rc = q_step(&q);
    if (rc == SQ_ROW && sqlite3_column_int64(q.st, 3) < 0) {
        rc = util_now_ms() - sqlite3_column_int64(q.st, 4) < STORE_ARTIFACT_PENDING_MS
                 ? STORE_EPENDING
                 : STORE_ENOTFOUND;
    } else if (rc == SQ_ROW) {
        const void *p = sqlite3_column_blob(q.st, 2);
        size_t n = (size_t)sqlite3_column_bytes(q.st, 2);

        a->out_task = col_str(q.st, 0);
        a->out_type = col_str(q.st, 1);
        /* One spare byte so an empty blob is still a valid allocation. */
        a->out_data = xmalloc(n + 1);
        if (n) memcpy(a->out_data, p, n);
        a->out_len = n;
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND;
    }
    q_done(&q);
    return rc;
}

static int sq_artifact_get(store *s, const char *id, void **data, size_t *len, char **content_type,
                           char **task_id)
{
    struct artifact_arg a = {0};
    int rc;

    a.id = id;
    rc = sq_run((sq_store *)s, SQ_READ, "artifact_get", sq_artifact_get_tx, &a);
    if (rc == STORE_OK) {
        *data = a.out_data;
        *len = a.out_len;
        a.out_data = NULL;
        if (content_type) {
            *content_type = a.out_type;
            a.out_type = NULL;
        }
        if (task_id) {
            *task_id = a.out_task;
            a.out_task = NULL;
        }
    }
    artifact_clear(&a);
    return rc;
}

/* ---- API keys ----------------------------------------------------------- */

static const char SQL_KEY_INSERT[] = "INSERT INTO keys (" STORE_KEY_COLS ") VALUES (?, ?, ?, ?, ?)";
static const char SQL_KEY_GET[] = "SELECT " STORE_KEY_COLS " FROM keys WHERE id = ?";
static const char SQL_KEY_LIST[] = "SELECT " STORE_KEY_COLS " FROM keys ORDER BY created_ms, id";
static const char SQL_KEY_REVOKED[] = "SELECT revoked_ms FROM keys WHERE id = ?";
static const char SQL_KEY_REVOKE[] = "UPDATE keys SET revoked_ms = ? WHERE id = ?";
static const char SQL_KEY_COUNT[] = "SELECT COUNT(*) FROM keys WHERE revoked_ms IS NULL";

struct key_arg {
    const store_key *k;
    const char *id;
    store_key one;
    store_key *v;
    int n;
};

static int sq_key_insert_tx(sq_conn *c, void *arg)
{
    const store_key *k = ((const struct key_arg *)arg)->k;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_KEY_INSERT, "key_insert");

    if (rc) return rc;
    q_text(&q, k->id);
    q_text(&q, k->hash);
    q_text(&q, k->projects);
    q_int(&q, k->created_ms);
    q_opt(&q, k->revoked_ms);
    return q_exec(&q);
}

static int sq_key_insert(store *s, const store_key *k)
{
    struct key_arg a = {.k = k};

    return sq_run((sq_store *)s, SQ_WRITE, "key_insert", sq_key_insert_tx, &a);
}

static int sq_key_get_tx(sq_conn *c, void *arg)
{
    struct key_arg *a = arg;
    sq_query q;
    int rc;

    store_key_free(&a->one);
    if ((rc = q_prepare(&q, c, SQL_KEY_GET, "key_get")) != STORE_OK) return rc;
    q_text(&q, a->id);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        store_key_from_row(&a->one, SQ_ROW_OF(q.st));
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND;
    }
    q_done(&q);
    return rc;
}

static int sq_key_get(store *s, const char *id, store_key *out)
{
    struct key_arg a = {.id = id};
    int rc = sq_run((sq_store *)s, SQ_READ, "key_get", sq_key_get_tx, &a);

    if (rc == STORE_OK)
        *out = a.one;
    else
        store_key_free(&a.one);
    return rc;
}

static int sq_key_list_tx(sq_conn *c, void *arg)
{
    struct key_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    store_key_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    if ((rc = q_prepare(&q, c, SQL_KEY_LIST, "key_list")) != STORE_OK) return rc;
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_key_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_key_list(store *s, store_key **out, int *n)
{
    struct key_arg a = {0};
    int rc = sq_run((sq_store *)s, SQ_READ, "key_list", sq_key_list_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_key_list_free(a.v, a.n);
    }
    return rc;
}

static int sq_key_revoke_tx(sq_conn *c, void *arg)
{
    const struct key_arg *a = arg;
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_KEY_REVOKED, "key_revoke")) != STORE_OK) return rc;
    q_text(&q, a->id);
    rc = q_step(&q);
    if (rc == STORE_OK)
        rc = STORE_ENOTFOUND;
    else if (rc == SQ_ROW)
        rc = sqlite3_column_type(q.st, 0) == SQLITE_NULL ? STORE_OK : STORE_ECONFLICT;
    q_done(&q);
    if (rc != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_KEY_REVOKE, "key_revoke")) != STORE_OK) return rc;
    q_int(&q, util_now_ms());
    q_text(&q, a->id);
    return q_exec(&q);
}

static int sq_key_revoke(store *s, const char *id)
{
    struct key_arg a = {.id = id};
    return sq_run((sq_store *)s, SQ_WRITE, "key_revoke", sq_key_revoke_tx, &a);
}

static int sq_key_count_tx(sq_conn *c, void *arg)
{
    struct key_arg *a = arg;
    sq_query q;
    int64_t n = 0;
    int rc = q_prepare(&q, c, SQL_KEY_COUNT, "key_count");

    if (rc) return rc;
    rc = q_scalar(&q, &n);
    if (rc == STORE_OK) a->n = (int)n;
    return rc;
}

static int sq_key_count(store *s, int *n)
{
    struct key_arg a = {0};
    int rc = sq_run((sq_store *)s, SQ_READ, "key_count", sq_key_count_tx, &a);

    if (rc == STORE_OK) *n = a.n;
    return rc;
}

/* ---- projects ----------------------------------------------------------- */

static const char SQL_PROJECTS_ALL[] =
    "SELECT p.name, t.status, COUNT(t.id) FROM projects p"
    " LEFT JOIN tasks t ON t.project = p.name GROUP BY p.name, t.status ORDER BY p.name";
static const char SQL_PROJECT_COUNTS[] =
    "SELECT status, COUNT(*) FROM tasks WHERE project = ? GROUP BY status";

struct projects_arg {
    const char *const *names; /* sorted, distinct; NULL = every known project */
    int nnames;
    store_project *v;
    int n;
};

static void projects_clear(struct projects_arg *a)
{
    store_project_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
}

static void project_count(store_project *p, sqlite3_stmt *st, int col)
{
    /* A project without tasks comes out of the LEFT JOIN with status NULL. */
    if (sqlite3_column_type(st, col) == SQLITE_NULL) return;
    int status = col_int(st, col);
    if (status >= 0 && status < TASK_STATUS_COUNT) p->counts[status] = col_i64(st, col + 1);
}

static int sq_projects_all(sq_conn *c, struct projects_arg *a)
{
    sq_query q;
    int rc, cap = 0;

    if ((rc = q_prepare(&q, c, SQL_PROJECTS_ALL, "projects")) != STORE_OK) return rc;
    while ((rc = q_step(&q)) == SQ_ROW) {
        const char *name = (const char *)sqlite3_column_text(q.st, 0);
        if (!name) continue;
        if (a->n == 0 || strcmp(a->v[a->n - 1].name, name) != 0) {
            a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
            memset(&a->v[a->n], 0, sizeof a->v[a->n]);
            a->v[a->n++].name = xstrdup(name);
        }
        project_count(&a->v[a->n - 1], q.st, 1);
    }
    q_done(&q);
    return rc;
}

static int sq_projects_listed(sq_conn *c, struct projects_arg *a)
{
    sq_query q;
    int rc = STORE_OK;

    a->v = xcalloc((size_t)a->nnames + 1, sizeof *a->v);
    for (int i = 0; i < a->nnames && rc == STORE_OK; i++) {
        store_project *p = &a->v[a->n++];

        p->name = xstrdup(a->names[i]);
        if ((rc = q_prepare(&q, c, SQL_PROJECT_COUNTS, "projects")) != STORE_OK) break;
        q_text(&q, p->name);
        while ((rc = q_step(&q)) == SQ_ROW)
            project_count(p, q.st, 0);
        q_done(&q);
    }
    return rc;
}

static int sq_projects_tx(sq_conn *c, void *arg)
{
    struct projects_arg *a = arg;

    projects_clear(a);
    return a->names ? sq_projects_listed(c, a) : sq_projects_all(c, a);
}

static int sq_projects(store *s, const char *const *projects, store_project **out, int *n)
{
    struct projects_arg a = {projects, 0, NULL, 0};
    int rc;

    while (projects && projects[a.nnames])
        a.nnames++;
    rc = sq_run((sq_store *)s, SQ_READ, "projects", sq_projects_tx, &a);
    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        projects_clear(&a);
    }
    return rc;
}

/* ---- settings ----------------------------------------------------------- */

static const char SQL_SETTING_PUT[] =
    "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
static const char SQL_SETTING_GET[] = "SELECT value FROM settings WHERE name = ?";

struct setting_arg {
    const char *name, *value;
    char *out;
};

static int sq_setting_tx(sq_conn *c, void *arg)
{
    struct setting_arg *a = arg;
    sq_query q;
    int rc;

    free(a->out);
    a->out = NULL;
    if ((rc = q_prepare(&q, c, SQL_SETTING_PUT, "setting_get_or_put")) != STORE_OK) return rc;
    q_text(&q, a->name);
    q_text(&q, a->value);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_SETTING_GET, "setting_get_or_put")) != STORE_OK) return rc;
    q_text(&q, a->name);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        a->out = col_str(q.st, 0);
        rc = STORE_OK;
    } else if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND; /* cannot happen: the row was just ensured */
    }
    q_done(&q);
    return rc;
}

static int sq_setting_get_or_put(store *s, const char *name, const char *value, char **out)
{
    struct setting_arg a = {name, value, NULL};
    int rc;

    rc = sq_run((sq_store *)s, SQ_WRITE, "setting_get_or_put", sq_setting_tx, &a);
    if (rc == STORE_OK)
        *out = a.out;
    else
        free(a.out);
    return rc;
}

/* ---- once per cluster ---------------------------------------------------- */

/* The value is "<until ms> <holder>": taken when missing, expired or ours. */
static const char SQL_JOB_LEASE[] =
    "INSERT INTO settings (name, value) VALUES (?1, ?2 || ' ' || ?3)"
    " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
    " WHERE CAST(substr(settings.value, 1, instr(settings.value, ' ') - 1) AS INTEGER) < ?4"
    " OR substr(settings.value, instr(settings.value, ' ') + 1) = ?3";
static const char SQL_SWEEP_TASKS[] =
    "DELETE FROM tasks WHERE status IN (2, 3, 4) AND completed_ms IS NOT NULL"
    " AND completed_ms < ?";
static const char SQL_SWEEP_PENDING[] = "DELETE FROM artifacts WHERE size < 0 AND created_ms < ?";

struct job_arg {
    const char *name, *holder;
    int64_t now, until;
    int tasks, artifacts;
};

static int sq_job_lease_tx(sq_conn *c, void *arg)
{
    const struct job_arg *a = arg;
    sq_query q;
    int rc = q_prepare(&q, c, SQL_JOB_LEASE, "job_lease");

    if (rc) return rc;
    q_text(&q, a->name);
    q_int(&q, a->until);
    q_text(&q, a->holder);
    q_int(&q, a->now);
    return q_exec_guarded(&q);
}

static int sq_job_lease(store *s, const char *name, const char *holder, int64_t now, int64_t until)
{
    struct job_arg a = {name, holder, now, until, 0, 0};
    return sq_run((sq_store *)s, SQ_WRITE, "job_lease", sq_job_lease_tx, &a);
}

static int sq_sweep_tx(sq_conn *c, void *arg)
{
    struct job_arg *a = arg;
    sq_query q;
    int rc;

    /* Logs, results and the tasks' artifacts go by ON DELETE CASCADE. */
    if ((rc = q_prepare(&q, c, SQL_SWEEP_TASKS, "sweep")) != STORE_OK) return rc;
    q_int(&q, a->now);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    a->tasks = sqlite3_changes(c->db);
    if ((rc = q_prepare(&q, c, SQL_SWEEP_PENDING, "sweep")) != STORE_OK) return rc;
    q_int(&q, a->until);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    a->artifacts = sqlite3_changes(c->db);
    return STORE_OK;
}

static int sq_sweep(store *s, int64_t ended_before_ms, int64_t pending_before_ms, int *tasks,
                    int *artifacts)
{
    struct job_arg a = {NULL, NULL, ended_before_ms, pending_before_ms, 0, 0};
    int rc = sq_run((sq_store *)s, SQ_WRITE, "sweep", sq_sweep_tx, &a);

    if (rc == STORE_OK) {
        *tasks = a.tasks;
        *artifacts = a.artifacts;
    }
    return rc;
}

/* ---- nodes --------------------------------------------------------------- */

static const char SQL_NODE_PUT[] =
    "INSERT INTO nodes (" STORE_NODE_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (name) DO UPDATE SET role = excluded.role, slots = excluded.slots,"
    " busy = CASE WHEN ?8 = 1 THEN nodes.busy ELSE excluded.busy END,"
    " version = excluded.version, started_ms = excluded.started_ms, seen_ms = excluded.seen_ms";
static const char SQL_NODE_GONE[] = "DELETE FROM nodes WHERE seen_ms < ?";
static const char SQL_NODE_LIST[] =
    "SELECT " STORE_NODE_COLS " FROM nodes WHERE seen_ms >= ? ORDER BY name";

struct node_arg {
    const store_node *in;
    int keep_busy;
    int64_t ms;
    store_node *v;
    int n;
};

static int sq_node_put_tx(sq_conn *c, void *arg)
{
    const struct node_arg *a = arg;
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_NODE_PUT, "node_put")) != STORE_OK) return rc;
    q_text(&q, a->in->name);
    q_text(&q, a->in->role);
    q_int(&q, a->in->slots);
    q_int(&q, a->in->busy);
    q_text(&q, a->in->version);
    q_int(&q, a->in->started_ms);
    q_int(&q, a->in->seen_ms);
    q_int(&q, a->keep_busy ? 1 : 0);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_NODE_GONE, "node_put")) != STORE_OK) return rc;
    q_int(&q, a->ms);
    return q_exec(&q);
}

static int sq_node_put(store *s, const store_node *n, int keep_busy, int64_t gone_before_ms)
{
    struct node_arg a = {.in = n, .keep_busy = keep_busy, .ms = gone_before_ms};
    return sq_run((sq_store *)s, SQ_WRITE, "node_put", sq_node_put_tx, &a);
}

static int sq_node_list_tx(sq_conn *c, void *arg)
{
    struct node_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    store_node_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    if ((rc = q_prepare(&q, c, SQL_NODE_LIST, "node_list")) != STORE_OK) return rc;
    q_int(&q, a->ms);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_node_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_node_list(store *s, int64_t seen_after_ms, store_node **out, int *n)
{
    struct node_arg a = {.ms = seen_after_ms};
    int rc = sq_run((sq_store *)s, SQ_READ, "node_list", sq_node_list_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_node_list_free(a.v, a.n);
    }
    return rc;
}

/* ---- saved tasks -------------------------------------------------------- */

static const char SQL_SAVED_INSERT[] = "INSERT INTO saved_tasks (" STORE_SAVED_COLS ") VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_SAVED_GET[] = "SELECT " STORE_SAVED_COLS " FROM saved_tasks WHERE name = ?";
static const char SQL_SAVED_DELETE[] = "DELETE FROM saved_tasks WHERE id = ?";
static const char SQL_SAVED_DUE[] =
    "SELECT " STORE_SAVED_COLS " FROM saved_tasks"
    " WHERE next_run_ms IS NOT NULL AND next_run_ms <= ? ORDER BY next_run_ms, id LIMIT ?";
/* The compare-and-set that makes a run fire once: only the transaction that
 * still finds the next run it read moves it on. */
static const char SQL_SAVED_FIRE[] =
    "UPDATE saved_tasks SET next_run_ms = ?, last_run_ms = COALESCE(?, last_run_ms)"
    " WHERE id = ? AND next_run_ms = ?";

struct saved_arg {
    const store_saved *in;
    const char *name;
    const char *const *projects;
    const store_task_filter *f; /* of a listing */
    const char *sql;
    int64_t now, expected, next;
    int limit;
    const store_task *run;
    store_saved one;
    store_saved *v;
    store_task *tasks;
    int n;
};

static void saved_clear(struct saved_arg *a)
{
    store_saved_free(&a->one);
    store_saved_list_free(a->v, a->n);
    store_task_list_free(a->tasks, a->n);
    a->v = NULL;
    a->tasks = NULL;
    a->n = 0;
}

static int sq_saved_insert_tx(sq_conn *c, void *arg)
{
    const store_saved *t = ((const struct saved_arg *)arg)->in;
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_PROJECT_ADD, "saved_insert")) != STORE_OK) return rc;
    q_text(&q, t->project);
    q_int(&q, t->created_ms);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_SAVED_INSERT, "saved_insert")) != STORE_OK) return rc;
    q_text(&q, t->id);
    q_text(&q, t->name);
    q_text(&q, t->project);
    q_text(&q, t->key_id ? t->key_id : "");
    q_int(&q, t->type);
    q_text(&q, t->instructions);
    q_text(&q, t->geo);
    q_int(&q, t->inspect);
    q_int(&q, t->timeout_s);
    q_text(&q, t->script_id);
    q_int(&q, t->step_count);
    q_text(&q, t->cron);
    q_text(&q, t->timezone ? t->timezone : "UTC");
    q_int(&q, t->created_ms);
    q_opt(&q, t->next_run_ms);
    q_opt(&q, t->last_run_ms);
    return q_exec(&q); /* a taken name is a UNIQUE violation: STORE_ECONFLICT */
}

static int sq_saved_insert(store *s, const store_saved *t)
{
    struct saved_arg a = {.in = t};
    return sq_run((sq_store *)s, SQ_WRITE, "saved_insert", sq_saved_insert_tx, &a);
}

/* Read the saved task a->name into a->one, if visible. */
static int sq_saved_read(sq_conn *c, struct saved_arg *a, const char *what)
{
    sq_query q;
    int rc;

    store_saved_free(&a->one);
    if ((rc = q_prepare(&q, c, SQL_SAVED_GET, what)) != STORE_OK) return rc;
    q_text(&q, a->name);
    rc = q_step(&q);
    if (rc == SQ_ROW) {
        store_saved_from_row(&a->one, SQ_ROW_OF(q.st));
        rc = store_project_visible(a->projects, a->one.project) ? STORE_OK : STORE_ENOTFOUND;
    } else if (rc == STORE_OK) {
        rc = STORE_ENOTFOUND;
    }
    q_done(&q);
    return rc;
}

static int sq_saved_get_tx(sq_conn *c, void *arg)
{
    return sq_saved_read(c, arg, "saved_get");
}

static int sq_saved_get(store *s, const char *name, const char *const *projects, store_saved *out)
{
    struct saved_arg a = {.name = name, .projects = projects};
    int rc = sq_run((sq_store *)s, SQ_READ, "saved_get", sq_saved_get_tx, &a);

    if (rc == STORE_OK) {
        *out = a.one;
        memset(&a.one, 0, sizeof a.one);
    }
    saved_clear(&a);
    return rc;
}

static int sq_saved_list_tx(sq_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    saved_clear(a);
    if ((rc = q_prepare_once(&q, c, a->sql, "saved_list")) != STORE_OK) return rc;
    store_list_params(a->f, &q, sq_list_text, sq_list_int);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_saved_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_saved_list(store *s, const store_saved_filter *f, store_saved **out, int *n)
{
    store_task_filter tf = {.projects = f->projects,
                            .project = f->project,
                            .status = -1,
                            .before_id = f->before_id,
                            .limit = f->limit};
    struct saved_arg a = {.f = &tf};
    int rc;

    a.sql = store_list_sql(STORE_LIST_SAVED, &tf, 0, 0);
    rc = sq_run((sq_store *)s, SQ_READ, "saved_list", sq_saved_list_tx, &a);
    free((char *)a.sql);
    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
        a.v = NULL;
        a.n = 0;
    }
    saved_clear(&a);
    return rc;
}

static int sq_saved_delete_tx(sq_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    sq_query q;
    int rc;

    if ((rc = sq_saved_read(c, a, "saved_delete")) != STORE_OK) return rc;
    if ((rc = q_prepare(&q, c, SQL_SAVED_DELETE, "saved_delete")) != STORE_OK) return rc;
    q_text(&q, a->one.id);
    return q_exec(&q);
}

static int sq_saved_delete(store *s, const char *name, const char *const *projects)
{
    struct saved_arg a = {.name = name, .projects = projects};
    int rc = sq_run((sq_store *)s, SQ_WRITE, "saved_delete", sq_saved_delete_tx, &a);

    saved_clear(&a);
    return rc;
}

static int sq_saved_due_tx(sq_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    saved_clear(a);
    if ((rc = q_prepare(&q, c, SQL_SAVED_DUE, "saved_due")) != STORE_OK) return rc;
    q_int(&q, a->now);
    q_int(&q, a->limit);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->v = xgrow(a->v, a->n, &cap, sizeof *a->v);
        memset(&a->v[a->n], 0, sizeof a->v[a->n]);
        store_saved_from_row(&a->v[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_saved_due(store *s, int64_t now, int limit, store_saved **out, int *n)
{
    struct saved_arg a = {.now = now, .limit = limit};
    int rc = sq_run((sq_store *)s, SQ_READ, "saved_due", sq_saved_due_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
        a.v = NULL;
        a.n = 0;
    }
    saved_clear(&a);
    return rc;
}

static int sq_saved_fire_tx(sq_conn *c, void *arg)
{
    const struct saved_arg *a = arg;
    sq_query q;
    int rc;

    if ((rc = q_prepare(&q, c, SQL_SAVED_FIRE, "saved_fire")) != STORE_OK) return rc;
    q_opt(&q, a->next);
    q_opt(&q, a->run ? a->run->created_ms : 0);
    q_text(&q, a->in ? a->in->id : NULL);
    q_int(&q, a->expected);
    if ((rc = q_exec_guarded(&q)) != STORE_OK) return rc;
    return a->run ? sq_task_put(c, a->run, "saved_fire") : STORE_OK;
}

static int sq_saved_fire(store *s, const char *id, int64_t expected, int64_t next,
                         const store_task *run)
{
    store_saved key = {.id = (char *)id};
    struct saved_arg a = {.in = &key, .expected = expected, .next = next, .run = run};
    return sq_run((sq_store *)s, SQ_WRITE, "saved_fire", sq_saved_fire_tx, &a);
}

static int sq_saved_runs_tx(sq_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    sq_query q;
    int rc, cap = 0;

    saved_clear(a);
    if ((rc = q_prepare_once(&q, c, a->sql, "saved_runs")) != STORE_OK) return rc;
    q_text(&q, a->name);
    store_list_params(a->f, &q, sq_list_text, sq_list_int);
    while ((rc = q_step(&q)) == SQ_ROW) {
        a->tasks = xgrow(a->tasks, a->n, &cap, sizeof *a->tasks);
        memset(&a->tasks[a->n], 0, sizeof a->tasks[a->n]);
        store_task_from_row(&a->tasks[a->n++], SQ_ROW_OF(q.st));
    }
    q_done(&q);
    return rc;
}

static int sq_saved_runs(store *s, const char *name, const char *const *projects, int limit,
                         store_task **out, int *n)
{
    store_task_filter tf = {.projects = projects, .status = -1, .limit = limit};
    struct saved_arg a = {.name = name, .f = &tf};
    int rc;

    a.sql = store_list_sql(STORE_LIST_RUNS("?"), &tf, 0, 1);
    rc = sq_run((sq_store *)s, SQ_READ, "saved_runs", sq_saved_runs_tx, &a);
    free((char *)a.sql);
    if (rc == STORE_OK) {
        *out = a.tasks;
        *n = a.n;
        a.tasks = NULL;
        a.n = 0;
    }
    saved_clear(&a);
    return rc;
}

/* ---- open and close ----------------------------------------------------- */

static void sq_close(store *st)
{
    sq_store *s = (sq_store *)st;

    for (int i = 0; i < s->nidle; i++)
        sq_conn_close(s->idle[i]);
    pthread_mutex_destroy(&s->mu);
    pthread_mutex_destroy(&s->wmu);
    pthread_cond_destroy(&s->cv);
    free(s->path);
    free(s);
}

static const struct store_ops sq_ops = {
    .name = "sqlite",
    .close = sq_close,
    .task_insert = sq_task_insert,
    .task_get = sq_task_get,
    .task_list = sq_task_list,
    .task_claim = sq_task_claim,
    .task_renew = sq_task_renew,
    .task_progress = sq_task_progress,
    .task_release = sq_task_release,
    .task_finish = sq_task_finish,
    .task_finish_claim = sq_task_finish_claim,
    .task_await = sq_task_await,
    .session_set = sq_session_set,
    .task_cancel = sq_task_cancel,
    .requeue_expired = sq_requeue_expired,
    .task_counts = sq_task_counts,
    .key_loads = sq_key_loads,
    .recent_duration = sq_recent_duration,
    .log_append = sq_log_append,
    .logs = sq_logs,
    .result_put = sq_result_put,
    .results = sq_results,
    .results_truncate = sq_results_truncate,
    .artifact_put = sq_artifact_put,
    .artifact_fill = sq_artifact_fill,
    .artifact_get = sq_artifact_get,
    .key_insert = sq_key_insert,
    .key_get = sq_key_get,
    .key_list = sq_key_list,
    .key_revoke = sq_key_revoke,
    .key_count = sq_key_count,
    .projects = sq_projects,
    .setting_get_or_put = sq_setting_get_or_put,
    .job_lease = sq_job_lease,
    .sweep = sq_sweep,
    .saved_insert = sq_saved_insert,
    .saved_get = sq_saved_get,
    .saved_list = sq_saved_list,
    .saved_delete = sq_saved_delete,
    .saved_due = sq_saved_due,
    .saved_fire = sq_saved_fire,
    .saved_runs = sq_saved_runs,
    .node_put = sq_node_put,
    .node_list = sq_node_list,
};

int store_sqlite_open(const char *path, store **out, char *err, size_t errlen)
{
    char reason[512];
    sq_store *s;
    sq_conn *c;

    /* Every pooled connection must reach the same database. */
    if (strcmp(path, ":memory:") == 0) {
        snprintf(err, errlen, "store: the SQLite store needs a plain file name, not %s", path);
        return STORE_EDB;
    }
    if (sq_conn_open(path, &c, err, errlen) != STORE_OK) return STORE_EDB;
    if (sq_schema(c, reason, sizeof reason) != STORE_OK) {
        snprintf(err, errlen, "SQLite store %s: %s", path, reason);
        sq_conn_close(c);
        return STORE_EDB;
    }
    s = xcalloc(1, sizeof *s);
    s->base.ops = &sq_ops;
    s->path = xstrdup(path);
    pthread_mutex_init(&s->mu, NULL);
    pthread_mutex_init(&s->wmu, NULL);
    util_cond_init(&s->cv);
    s->idle[s->nidle++] = c;
    s->nopen = 1;
    *out = &s->base;
    return STORE_OK;
}
