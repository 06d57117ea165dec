/* postgres.c -- the PostgreSQL backend of the store (store.h, backend.h), for
 * several nodes (API and worker processes, on any machines) sharing one
 * database. store_open() picks it for a URL starting postgres:// or
 * postgresql:// (libpq's URL syntax: user, password, host, port, database
 * and parameters such as sslmode, or options=-csearch_path%3Dname to keep the
 * tables in a schema of their own).
 *
 * Connections: a handle keeps a pool of at most PG_POOL_MAX connections; a
 * call borrows one (opening it when none is idle), runs one transaction on it
 * and gives it back. A call whose statement is a single one runs it alone
 * (autocommit: one round trip); others run BEGIN ... COMMIT. Reads of several
 * statements run REPEATABLE READ (one snapshot, as SQLite's BEGIN gives);
 * writes run READ COMMITTED and lock what they read before they change it
 * (row locks, and an advisory lock per API key for the queue limit).
 *
 * Failures: a connection the server closed (a restart, a failover, an
 * administrator) is found before use or by its first statement; the pool then
 * drops its idle connections, logs one line, and the call runs again on a new
 * connection, with backoff (PG_BACKOFF_MIN_MS doubling up to
 * PG_BACKOFF_MAX_MS) for up to PG_RETRY_MS, and logs again once the server
 * answers. A change whose connection died while its COMMIT (or its single
 * statement) was in flight may or may not have been made: that call returns
 * STORE_EDB and says so, rather than run it twice. Serialization failures and
 * deadlocks run again at once.
 *
 * The queue: a claim is one UPDATE of the oldest queued task chosen by
 * SELECT ... FOR NO KEY UPDATE SKIP LOCKED, so concurrent claimers on any
 * node skip each other's rows instead of waiting for them (NO KEY: the lock
 * does not hold up inserts of results and artifacts that reference the row).
 * store_task_end_claim ends a task and claims the next in one statement
 * (SQL_FINISH_CLAIM): one round trip and one commit less per task.
 * Leases are taken and compared on the database's clock, so nodes whose
 * clocks differ still agree on when a lease expires; the other times
 * (started, completed, log lines) are the node's, as with SQLite.
 *
 * Wake-ups: inserting or handing back a task sends NOTIFY on PG_CHANNEL in
 * the same transaction, with the task's id as payload (distinct, so that
 * tasks queued in one transaction are not folded into one notification);
 * re-queuing expired tasks, a stop and a session's end send it with an empty
 * payload. The first store_task_claim() of a handle starts a listener: one
 * more connection, LISTENing, whose thread hands each task's notification
 * to notify_queue() (util/notify.h): one idle slot of the node wakes (the
 * one that waited longest), not all of them, and a slot in the middle of a
 * claim claims again before it waits. A slot that took a task after such a
 * wake-up reached it in the middle of its claim passes it on (the task it
 * took may be another). An empty payload wakes every waiter of the node
 * (notify_bump). Every node hears every notification, so each task wakes
 * one slot per node, where it woke every idle slot of every node. Idle
 * nodes still race for each task, and all but one find nothing: a node
 * whose claim finds nothing less than PG_RACE_MS after a task's
 * notification reached it (so the task was there for the claim to see:
 * another node took it) lost a race, and for PG_RACE_MS after that its
 * listener holds each task's notification back for a random pause of 1 to
 * PG_BACKOFF_WAKE_MS ms, then wakes as many slots as it held
 * notifications. Nodes that keep losing thus claim about once per pause,
 * whatever the rate of tasks, while a slot that ends a task claims the
 * next at once, without a wake-up; no task waits more than a pause for an
 * idle slot (bench/RESULTS.md, issue 13, has the figures). The waits'
 * timeouts stay the safety net; TCP keepalives find a listener cut off
 * from the server.
 *
 * Artifacts (screenshots, HTML, console logs) are rows of the database, in a
 * bytea column, so every API node serves every artifact and they go with
 * the tasks (backups, retention, ON DELETE CASCADE). The limits: a bytea
 * value is at most 1 GB, and each one is read and written whole, in memory,
 * on the node and in the server (a 5 MB screenshot costs about 5 MB on each
 * side per request); they share the database's disk, WAL and backups with
 * the tasks. That fits captures of a page; bulk files would want an object
 * store. */
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/backend.h"
#include "util/notify.h"
#include "util/util.h"

#define PG_SCHEMA_VERSION 3
#define PG_POOL_MAX 16
#define PG_STMT_CACHE 64
#define PG_MAX_PARAMS 32
#define PG_RETRY_MS 30000
/* How long a call retries once the node is stopping (store_stopping). */
#define PG_STOP_RETRY_MS 2000
#define PG_BACKOFF_MIN_MS 50
#define PG_BACKOFF_MAX_MS 2000
#define PG_CHANNEL "browserai_queue"
/* The first key of browserai's advisory locks ("bai\0"); the second is 0 for
 * the schema and a hash of the API key for the queue limit. */
#define PG_LOCK_CLASS "1650551040"
/* The database's clock in ms, for leases. */
#define PG_NOW_MS "(extract(epoch from clock_timestamp()) * 1000)::bigint"

/* Internal results next to the STORE_* codes, never returned to callers: the
 * connection is gone (run again on another); the server asked to run the
 * transaction again; the connection died while a change was being committed
 * (its outcome is unknown). */
#define PG_LOST (-100)
#define PG_AGAIN (-101)
/* Claims of one key racing for its last running place: rounds before a
 * slot gives up until its next wake-up (pg_task_claim). */
#define PG_CLAIM_ROUNDS 20
#define PG_UNSURE (-102)
/* A node whose claim found nothing less than PG_RACE_MS after a task's
 * notification lost a race for it; for PG_RACE_MS after, it passes each
 * task's notification to its slots only after a random pause of at most
 * PG_BACKOFF_WAKE_MS (see Wake-ups above). The pause bounds the wait of a
 * task for an idle slot under load; the window keeps a node that loses
 * once in a while (tasks seconds apart) waking at once. */
#define PG_RACE_MS 100
#define PG_BACKOFF_WAKE_MS 8

/* The last reason the server gave for closing a connection (a FATAL
 * notice), for the log. */
typedef char pg_notice_buf[256];

typedef struct pg_conn {
    PGconn *db;
    pg_notice_buf notice;
    int nprepared;
    const char *prepared[PG_STMT_CACHE]; /* statement "s<i>" is prepared[i], by address */
} pg_conn;

typedef struct pg_store {
    store base;
    char *url;
    pthread_mutex_t mu; /* guards idle, nidle, nopen, down_since */
    pthread_cond_t cv;  /* signalled when a connection comes back */
    pg_conn *idle[PG_POOL_MAX];
    int nidle;
    int nopen;             /* connections in existence, idle or borrowed */
    atomic_int down;       /* a lost connection was logged, its recovery not yet */
    atomic_int stopping;   /* store_stopping was called: retry briefly */
    atomic_int gave_up;    /* a call gave up on the database while stopping */
    int64_t down_since;    /* util_mono_ms() of that loss */
    pthread_mutex_t lmu;   /* guards the listener's start */
    atomic_int listening;  /* the listener thread runs */
    PGconn *listener_db;   /* its first connection, handed over at its start */
    pg_notice_buf lnotice; /* the notice of the listener's connection */
    pthread_t listener;
    int wake[2]; /* a pipe: a byte (or its closing) stops the listener */
    /* Back-off of a node that lost a race (see Wake-ups above), in
     * util_mono_ms(): the listener's last task notification, and the
     * last claim that found nothing after one. */
    _Atomic int64_t note_ms;
    _Atomic int64_t lost_ms;
} pg_store;

/* How the body of a call runs (pg_run). */
enum {
    PG_READ1,  /* one read statement, on its own */
    PG_WRITE1, /* one changing statement, on its own (its own transaction) */
    PG_READ,   /* several reads in one REPEATABLE READ, READ ONLY transaction */
    PG_WRITE   /* several statements in one READ COMMITTED transaction */
};

/* ---- statements --------------------------------------------------------- */

/* One statement being bound and run. Parameters are bound in order ($1,
 * $2, ...), so call sites read like the SQL; all are text but blobs. */
typedef struct pg_query {
    pg_conn *c;
    const char *sql;
    const char *what; /* the store call, for error messages */
    int cache;        /* sql is static: prepare it once per connection */
    int binary;       /* results in binary format (blobs) */
    int n;            /* parameters bound */
    const char *val[PG_MAX_PARAMS];
    int len[PG_MAX_PARAMS];
    int fmt[PG_MAX_PARAMS];
    char num[PG_MAX_PARAMS][24];
    PGresult *res;
} pg_query;

static void q_start(pg_query *q, pg_conn *c, const char *sql, const char *what, int cache)
{
    memset(q, 0, sizeof *q);
    q->c = c;
    q->sql = sql;
    q->what = what;
    q->cache = cache;
}

/* sql must be a static string: the cache knows it by its address. */
static void q_prepare(pg_query *q, pg_conn *c, const char *sql, const char *what)
{
    q_start(q, c, sql, what, 1);
}

/* For SQL built at run time, which must never enter the cache. */
static void q_prepare_once(pg_query *q, pg_conn *c, const char *sql, const char *what)
{
    q_start(q, c, sql, what, 0);
}

/* The next parameter's slot; past PG_MAX_PARAMS (a bug) q_run refuses. */
static int q_slot(pg_query *q)
{
    return q->n++ < PG_MAX_PARAMS ? q->n - 1 : PG_MAX_PARAMS - 1;
}

static void q_text(pg_query *q, const char *v)
{
    q->val[q_slot(q)] = v; /* NULL binds SQL NULL */
}

static void q_int(pg_query *q, int64_t v)
{
    int i = q_slot(q);
    snprintf(q->num[i], sizeof q->num[i], "%lld", (long long)v);
    q->val[i] = q->num[i];
}

/* The structs use 0 for "not set"; the tables use NULL. */
static void q_opt(pg_query *q, int64_t v)
{
    if (v)
        q_int(q, v);
    else
        q_text(q, NULL);
}

static void q_blob(pg_query *q, const void *p, size_t n)
{
    int i = q_slot(q);
    /* A NULL pointer would bind SQL NULL; an empty blob is still a blob. */
    q->val[i] = p ? p : "";
    q->len[i] = (int)n;
    q->fmt[i] = 1;
}

/* The error of a failed statement, classified. Only the ones no caller
 * expects are logged. */
static int pg_error(pg_conn *c, const PGresult *res, const char *what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;

    if (PQstatus(c->db) != CONNECTION_OK) return PG_LOST;
    if (state) {
        if (strcmp(state, "23505") == 0) return STORE_ECONFLICT; /* unique_violation */
        if (strcmp(state, "23503") == 0) return STORE_ENOTFOUND; /* foreign_key_violation */
        if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0) return PG_AGAIN;
        /* connection_exception, and the server shutting down or starting. */
        if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P0", 4) == 0) return PG_LOST;
    }
    fprintf(stderr, "store: %s: %s", what,
            res && *PQresultErrorMessage(res) ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
    return STORE_EDB;
}

/* The name of q's prepared statement on its connection, preparing it on
 * first use; name[0] = '\0' when the cache is full (run it unprepared). */
static int q_prepared(pg_query *q, char name[16])
{
    pg_conn *c = q->c;
    PGresult *res;
    int rc = STORE_OK;

    name[0] = '\0';
    for (int i = 0; i < c->nprepared; i++)
        if (c->prepared[i] == q->sql) {
            snprintf(name, 16, "s%d", i);
            return STORE_OK;
        }
    if (c->nprepared == PG_STMT_CACHE) return STORE_OK;
    snprintf(name, 16, "s%d", c->nprepared);
    res = PQprepare(c->db, name, q->sql, 0, NULL);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = pg_error(c, res, q->what);
    else
        c->prepared[c->nprepared++] = q->sql;
    PQclear(res);
    return rc;
}

/* Run q. On STORE_OK q->res holds its result (rows or a command's status)
 * until q_done; on failure there is none. */
static int q_run(pg_query *q)
{
    char name[16] = "";
    int rc;

    if (q->n > PG_MAX_PARAMS) {
        fprintf(stderr, "store: %s: more than %d parameters\n", q->what, PG_MAX_PARAMS);
        return STORE_EDB;
    }
    if (q->cache && (rc = q_prepared(q, name)) != STORE_OK) return rc;
    if (name[0])
        q->res = PQexecPrepared(q->c->db, name, q->n, q->val, q->len, q->fmt, q->binary);
    else
        q->res = PQexecParams(q->c->db, q->sql, q->n, NULL, q->val, q->len, q->fmt, q->binary);
    switch (PQresultStatus(q->res)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
        return STORE_OK;
    default:
        rc = pg_error(q->c, q->res, q->what);
        PQclear(q->res);
        q->res = NULL;
        return rc;
    }
}

static void q_done(pg_query *q)
{
    PQclear(q->res);
    q->res = NULL;
}

/* Run a statement whose rows (if any) are not wanted, and release it. */
static int q_exec(pg_query *q)
{
    int rc = q_run(q);
    q_done(q);
    return rc;
}

static int q_rows(const pg_query *q)
{
    return PQntuples(q->res);
}

/* Rows a command changed: PQcmdTuples is "" for commands that count none. */
static long q_changed(const pg_query *q)
{
    long n = 0;
    return util_parse_long(PQcmdTuples(q->res), 0, 1L << 30, &n) == 0 ? n : 0;
}

static const char *q_val(const pg_query *q, int row, int col)
{
    return PQgetisnull(q->res, row, col) ? NULL : PQgetvalue(q->res, row, col);
}

static char *q_str(const pg_query *q, int row, int col)
{
    return xstrdup(q_val(q, row, col));
}

static int64_t q_i64(const pg_query *q, int row, int col)
{
    const char *v = q_val(q, row, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

/* An array for q's rows, zeroed; NULL when there are none (as SQLite's
 * backend gives: callers may skip the free of an empty list). */
static void *q_array(const pg_query *q, size_t size)
{
    return q_rows(q) ? xcalloc((size_t)q_rows(q), size) : NULL;
}

/* Run a query whose first column of its first row is an integer into *v (0
 * when it has no row). */
static int q_scalar(pg_query *q, int64_t *v)
{
    int rc = q_run(q);

    if (rc == STORE_OK) *v = q_rows(q) ? q_i64(q, 0, 0) : 0;
    q_done(q);
    return rc;
}

static int pg_exec(pg_conn *c, const char *sql, const char *what)
{
    pg_query q;
    q_prepare(&q, c, sql, what);
    return q_exec(&q);
}

/* ---- connections and the pool ------------------------------------------ */

static void pg_conn_close(pg_conn *c)
{
    if (!c) return;
    PQfinish(c->db);
    free(c);
}

/* Why a connection failed, on one line: the server's own reason when it
 * gave one, else libpq's first line, else fallback. */
static void pg_why(PGconn *db, const char *notice, const char *fallback, char *why, size_t n)
{
    const char *msg = notice && *notice ? notice : db ? PQerrorMessage(db) : "out of memory";

    snprintf(why, n, "%.*s", (int)strcspn(msg, "\n"), msg);
    if (!*why) snprintf(why, n, "%s", fallback);
}

/* The server's notices: a FATAL one (its reason for closing the connection)
 * is kept in the buffer arg for pg_why; warnings are logged; the rest
 * ("relation ... already exists, skipping") is noise. */
static void pg_notice(void *arg, const PGresult *res)
{
    const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

    if (!sev || !msg) return;
    if (strcmp(sev, "FATAL") == 0 || strcmp(sev, "PANIC") == 0)
        snprintf(arg, sizeof(pg_notice_buf), "%s", msg);
    else if (strcmp(sev, "WARNING") == 0)
        fprintf(stderr, "store: PostgreSQL: %s\n", msg);
}

/* How long a session may sit idle inside a transaction: this store's
 * transactions take milliseconds between their statements. */
#define PG_IDLE_TX_TIMEOUT "5s"

/* Connect to url, the server's notices going to notice. The defaults before
 * the URL (it may override them): a bounded connect, a name in
 * pg_stat_activity, and TCP keepalives so a server cut off by the network is
 * noticed in about 25 s. */
static PGconn *pg_connect(const char *url, char *notice, char *why, size_t n)
{
    static const char *const keys[] = {"connect_timeout",
                                       "application_name",
                                       "keepalives_idle",
                                       "keepalives_interval",
                                       "keepalives_count",
                                       "dbname",
                                       NULL};
    const char *vals[] = {"10", "browserai", "10", "5", "3", url, NULL};
    PGconn *db = PQconnectdbParams(keys, vals, 1);

    notice[0] = '\0';
    if (db && PQstatus(db) == CONNECTION_OK) {
        PQsetNoticeReceiver(db, pg_notice, notice);
        /* A node frozen inside a transaction (SIGSTOP, a partition) would
         * hold its row locks, and every node's re-queue of its expired
         * tasks would wait on them: the server ends such a session. */
        PQclear(PQexec(db, "SET idle_in_transaction_session_timeout = '" PG_IDLE_TX_TIMEOUT "'"));
        return db;
    }
    pg_why(db, NULL, "cannot connect", why, n);
    PQfinish(db);
    return NULL;
}

static int pg_conn_open(const char *url, pg_conn **out, char *why, size_t n)
{
    pg_conn *c = xcalloc(1, sizeof *c);

    if (!(c->db = pg_connect(url, c->notice, why, n))) {
        free(c);
        return PG_LOST;
    }
    *out = c;
    return STORE_OK;
}

/* An idle pool connection (it LISTENs to nothing) says nothing until asked:
 * one with something to read is being closed by the server, which sends its
 * reason first. Read that reason (for the log) and count it as lost, rather
 * than send it a statement that could die half-way. */
static int pg_conn_alive(pg_conn *c)
{
    struct pollfd p = {.fd = PQsocket(c->db), .events = POLLIN};

    if (PQstatus(c->db) != CONNECTION_OK || p.fd < 0) return 0;
    if (poll(&p, 1, 0) == 0) return 1;
    /* PQisBusy parses what came: the reason goes to pg_notice. */
    if (PQconsumeInput(c->db)) PQisBusy(c->db);
    return 0;
}

/* The server went away, or a connection to it failed: say so once per
 * outage, and drop the idle connections, which went the same way. */
static void pg_outage(pg_store *s, const char *why)
{
    pg_conn *dead[PG_POOL_MAX];
    int ndead, first;

    pthread_mutex_lock(&s->mu);
    first = !atomic_load(&s->down);
    if (first) {
        atomic_store(&s->down, 1);
        s->down_since = util_mono_ms();
    }
    ndead = s->nidle;
    memcpy(dead, s->idle, sizeof dead[0] * (size_t)ndead);
    s->nidle = 0;
    s->nopen -= ndead;
    pthread_cond_broadcast(&s->cv);
    pthread_mutex_unlock(&s->mu);
    for (int i = 0; i < ndead; i++)
        pg_conn_close(dead[i]);
    if (first)
        fprintf(stderr, "store: lost the connection to PostgreSQL (%s); reconnecting\n", why);
}

/* The server answered: end the outage, if there was one. */
static void pg_recovered(pg_store *s)
{
    int64_t since = 0;
    int was;

    atomic_store(&s->gave_up, 0); /* the database answers again */
    if (!atomic_load(&s->down)) return;
    pthread_mutex_lock(&s->mu);
    was = atomic_exchange(&s->down, 0);
    since = s->down_since;
    pthread_mutex_unlock(&s->mu);
    if (was)
        fprintf(stderr, "store: reconnected to PostgreSQL after %lld ms\n",
                (long long)(util_mono_ms() - since));
}

/* Drop a connection that cannot go back to the pool. */
static void pg_discard(pg_store *s, pg_conn *c)
{
    pg_conn_close(c);
    pthread_mutex_lock(&s->mu);
    s->nopen--;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

/* A live connection, idle or new; PG_LOST with why when none can be had. */
static int pg_borrow(pg_store *s, pg_conn **out, char *why, size_t n)
{
    pg_conn *c;

    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (s->nidle == 0 && s->nopen >= PG_POOL_MAX)
            pthread_cond_wait(&s->cv, &s->mu);
        if (s->nidle == 0) break;
        c = s->idle[--s->nidle];
        pthread_mutex_unlock(&s->mu);
        if (pg_conn_alive(c)) {
            *out = c;
            return STORE_OK;
        }
        pg_why(c->db, c->notice, "the server closed an idle connection", why, n);
        pg_discard(s, c);
        pg_outage(s, why);
    }
    /* Connect outside the lock: it waits on the network. */
    s->nopen++;
    pthread_mutex_unlock(&s->mu);
    if (pg_conn_open(s->url, &c, why, n) != STORE_OK) {
        pthread_mutex_lock(&s->mu);
        s->nopen--;
        pthread_cond_signal(&s->cv);
        pthread_mutex_unlock(&s->mu);
        return PG_LOST;
    }
    *out = c;
    return STORE_OK;
}

static void pg_release(pg_store *s, pg_conn *c)
{
    /* Broken, or still inside a transaction (its ROLLBACK failed): it would
     * poison the next call. */
    if (PQstatus(c->db) != CONNECTION_OK || PQtransactionStatus(c->db) != PQTRANS_IDLE) {
        pg_discard(s, c);
        return;
    }
    pthread_mutex_lock(&s->mu);
    s->idle[s->nidle++] = c;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

/* ---- transactions ------------------------------------------------------- */

/* The body of a call. It must start by releasing whatever an earlier run
 * left in arg, because a call whose connection was lost runs again. */
typedef int (*pg_fn)(pg_conn *c, void *arg);

static const char SQL_BEGIN_READ[] = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
static const char SQL_BEGIN[] = "BEGIN";
static const char SQL_COMMIT[] = "COMMIT";
static const char SQL_ROLLBACK[] = "ROLLBACK";

static int pg_tx_once(pg_conn *c, int mode, const char *what, pg_fn fn, void *arg)
{
    PGTransactionStatusType tx;
    int rc;

    if (mode == PG_READ1 || mode == PG_WRITE1) {
        rc = fn(c, arg);
        return rc == PG_LOST && mode == PG_WRITE1 ? PG_UNSURE : rc;
    }
    rc = pg_exec(c, mode == PG_READ ? SQL_BEGIN_READ : SQL_BEGIN, what);
    if (rc != STORE_OK) return rc;
    rc = fn(c, arg);
    if (rc == STORE_OK) {
        rc = pg_exec(c, SQL_COMMIT, what);
        if (rc == PG_LOST && mode == PG_WRITE) rc = PG_UNSURE;
    }
    tx = PQtransactionStatus(c->db);
    if (tx == PQTRANS_INTRANS || tx == PQTRANS_INERROR)
        pg_exec(c, SQL_ROLLBACK, what); /* if this fails, pg_release drops c */
    return rc;
}

static void pg_stopping(store *base)
{
    atomic_store(&((pg_store *)base)->stopping, 1);
}

static int pg_run(pg_store *s, int mode, const char *what, pg_fn fn, void *arg)
{
    int64_t start = util_mono_ms(), deadline = start + PG_RETRY_MS;
    int64_t backoff = PG_BACKOFF_MIN_MS;
    char why[256] = "";

    for (;;) {
        pg_conn *c;
        int rc = pg_borrow(s, &c, why, sizeof why);

        if (rc == STORE_OK) {
            rc = pg_tx_once(c, mode, what, fn, arg);
            if (rc == PG_LOST || rc == PG_UNSURE)
                pg_why(c->db, c->notice, "connection lost", why, sizeof why);
            pg_release(s, c);
        }
        if (rc == PG_LOST || rc == PG_UNSURE) pg_outage(s, why);
        if (rc == PG_UNSURE) {
            fprintf(stderr,
                    "store: %s: the connection to PostgreSQL was lost before the change was "
                    "confirmed; it may or may not have been made\n",
                    what);
            return STORE_EDB;
        }
        if (rc != PG_LOST && rc != PG_AGAIN) {
            pg_recovered(s);
            return rc;
        }
        /* a stopping node waits for a database that went away once: a
         * call that finds it gone after another did gives up at once */
        int64_t now = util_mono_ms();
        int stop = rc == PG_LOST && atomic_load(&s->stopping) &&
                   (now >= start + PG_STOP_RETRY_MS || atomic_load(&s->gave_up));
        if (stop) atomic_store(&s->gave_up, 1);
        if (now >= deadline || stop) {
            fprintf(stderr, "store: %s: PostgreSQL unreachable for %lld s (%s)%s\n", what,
                    (long long)((now - start) / 1000), why,
                    atomic_load(&s->stopping) ? "; the node is stopping" : "");
            return STORE_EDB;
        }
        if (rc == PG_AGAIN) {
            util_sleep_ms(1 + (int64_t)(util_mono_ms() % 10));
            continue;
        }
        util_sleep_ms(backoff);
        backoff = backoff * 2 > PG_BACKOFF_MAX_MS ? PG_BACKOFF_MAX_MS : backoff * 2;
    }
}

/* ---- schema ------------------------------------------------------------- */

/* Ids and names compare byte by byte ("C"), as in SQLite, whatever the
 * database's collation: ids sort by creation time, and listings page by id. */
static const char SQL_SCHEMA_1[] =
    "CREATE TABLE tasks ("
    " id TEXT COLLATE \"C\" PRIMARY KEY,"
    " project TEXT COLLATE \"C\" NOT NULL,"
    " key_id TEXT NOT NULL DEFAULT '',"
    " type INTEGER NOT NULL,"
    " status INTEGER NOT NULL,"
    " instructions TEXT,"
    " geo TEXT,"
    " inspect INTEGER NOT NULL DEFAULT 0,"
    " timeout_s INTEGER NOT NULL DEFAULT 0,"
    " script_id TEXT,"
    " step_count INTEGER NOT NULL DEFAULT 0,"
    " created_ms BIGINT NOT NULL,"
    " started_ms BIGINT,"
    " completed_ms BIGINT,"
    " progress TEXT,"
    " error TEXT,"
    " result TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " worker TEXT,"
    " lease_until_ms BIGINT,"
    " failure_reason TEXT,"
    " saved_task TEXT,"
    /* Lines in logs so far: appending one takes the next number under the
     * task's row lock, so lines keep their order across nodes. */
    " log_count INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX tasks_status ON tasks (status, id);"
    "CREATE INDEX tasks_project ON tasks (project, id);"
    "CREATE INDEX tasks_key ON tasks (key_id, status);"
    "CREATE INDEX tasks_saved ON tasks (saved_task, id) WHERE saved_task IS NOT NULL;"
    "CREATE TABLE logs ("
    " task_id TEXT COLLATE \"C\" NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " line TEXT NOT NULL,"
    " PRIMARY KEY (task_id, seq));"
    "CREATE TABLE results ("
    " task_id TEXT COLLATE \"C\" NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL,"
    " model_output TEXT,"
    " result TEXT,"
    " state TEXT,"
    " metadata TEXT,"
    " screenshot_id TEXT COLLATE \"C\","
    " html_id TEXT COLLATE \"C\","
    " console_id TEXT COLLATE \"C\","
    " insert_ms BIGINT NOT NULL,"
    " PRIMARY KEY (task_id, idx));"
    "CREATE TABLE artifacts ("
    " id TEXT COLLATE \"C\" PRIMARY KEY,"
    " task_id TEXT COLLATE \"C\" REFERENCES tasks (id) ON DELETE CASCADE,"
    " content_type TEXT,"
    " data BYTEA NOT NULL,"
    " size BIGINT NOT NULL,"
    " created_ms BIGINT NOT NULL);"
    "CREATE INDEX artifacts_task ON artifacts (task_id);"
    "CREATE TABLE keys ("
    " id TEXT COLLATE \"C\" PRIMARY KEY,"
    " hash TEXT NOT NULL,"
    " projects TEXT,"
    " created_ms BIGINT NOT NULL,"
    " revoked_ms BIGINT);"
    "CREATE TABLE projects ("
    " name TEXT COLLATE \"C\" PRIMARY KEY,"
    " created_ms BIGINT NOT NULL);"
    "CREATE TABLE settings ("
    " name TEXT COLLATE \"C\" PRIMARY KEY,"
    " value TEXT NOT NULL);"
    "CREATE TABLE saved_tasks ("
    " id TEXT COLLATE \"C\" PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " project TEXT COLLATE \"C\" NOT NULL,"
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
    " created_ms BIGINT NOT NULL,"
    " next_run_ms BIGINT,"
    " last_run_ms BIGINT);"
    "CREATE INDEX saved_tasks_due ON saved_tasks (next_run_ms) WHERE next_run_ms IS NOT NULL;";

/* MIGRATIONS[v] takes a store at version v - 1 to v; version 0 is an empty
 * database. Plain CREATE TABLE: a database that already has a "tasks" of
 * someone else's is refused, not shared. */
static const char *const MIGRATIONS[PG_SCHEMA_VERSION + 1] = {
    [1] = SQL_SCHEMA_1,
    [2] = /* Live sessions: awaitable tasks, their follow-ups, parked pages. */
    "ALTER TABLE tasks ADD COLUMN awaitable INTEGER NOT NULL DEFAULT 0,"
    " ADD COLUMN session TEXT COLLATE \"C\", ADD COLUMN parked INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX tasks_session ON tasks (session, status) WHERE session IS NOT NULL;",
    [3] = /* The nodes sharing the store, from their heartbeats. */
    "CREATE TABLE nodes ("
    " name TEXT COLLATE \"C\" PRIMARY KEY,"
    " role TEXT NOT NULL,"
    " slots INTEGER NOT NULL,"
    " busy INTEGER NOT NULL,"
    " version TEXT NOT NULL,"
    " started_ms BIGINT NOT NULL,"
    " seen_ms BIGINT NOT NULL);",
};

/* Run simple-protocol SQL (several statements allowed); the reason of a
 * failure into err. */
static int pg_simple(PGconn *db, const char *sql, char *err, size_t errlen)
{
    PGresult *res = PQexec(db, sql);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;

    if (!ok) pg_why(db, NULL, "failed", err, errlen);
    PQclear(res);
    return ok ? STORE_OK : STORE_EDB;
}

static int pg_schema_version(PGconn *db, int *v, char *err, size_t errlen)
{
    PGresult *res = PQexec(db, "SELECT COALESCE(MAX(version), 0) FROM browserai_schema");
    long n = 0;
    int rc = STORE_EDB;

    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
        pg_why(db, NULL, "cannot read the schema version", err, errlen);
    else if (util_parse_long(PQgetvalue(res, 0, 0), 0, 1L << 30, &n) != 0)
        snprintf(err, errlen, "unreadable schema version \"%s\"", PQgetvalue(res, 0, 0));
    else
        rc = STORE_OK;
    PQclear(res);
    if (rc == STORE_OK) *v = (int)n;
    return rc;
}

/* Create or upgrade the tables, under an advisory lock so that nodes
 * starting at once do it one after the other. */
static int pg_schema(PGconn *db, char *err, size_t errlen)
{
    char sql[128];
    int version = 0, rc;

    rc = pg_simple(db,
                   "BEGIN; SELECT pg_advisory_xact_lock(" PG_LOCK_CLASS ", 0);"
                   "CREATE TABLE IF NOT EXISTS browserai_schema (version INTEGER NOT NULL)",
                   err, errlen);
    if (rc == STORE_OK) rc = pg_schema_version(db, &version, err, errlen);
    if (rc != STORE_OK) goto out;
    if (version > PG_SCHEMA_VERSION) {
        snprintf(err, errlen,
                 "the store has schema version %d; this build knows up to %d (upgrade this node)",
                 version, PG_SCHEMA_VERSION);
        rc = STORE_EDB;
        goto out;
    }
    for (int v = version + 1; v <= PG_SCHEMA_VERSION && rc == STORE_OK; v++)
        rc = pg_simple(db, MIGRATIONS[v], err, errlen);
    snprintf(sql, sizeof sql,
             "DELETE FROM browserai_schema; INSERT INTO browserai_schema VALUES (%d); COMMIT",
             PG_SCHEMA_VERSION);
    if (rc == STORE_OK)
        rc = pg_simple(db, version < PG_SCHEMA_VERSION ? sql : "COMMIT", err, errlen);
out:
    if (PQtransactionStatus(db) != PQTRANS_IDLE) PQclear(PQexec(db, "ROLLBACK"));
    return rc;
}

/* ---- rows --------------------------------------------------------------- */

static const char *pg_row_text(const store_row *r, int col)
{
    return PQgetisnull(r->res, r->row, col) ? NULL : PQgetvalue(r->res, r->row, col);
}

static int64_t pg_row_i64(const store_row *r, int col)
{
    const char *v = pg_row_text(r, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

/* Row i of q's result, for store_*_from_row. */
#define PG_ROW_OF(q, i) (&(store_row){(q)->res, (i), pg_row_text, pg_row_i64})

/* ---- tasks -------------------------------------------------------------- */

/* The task, its project, its first log line and the wake-up of idle
 * workers, in one statement. */
static const char SQL_TASK_INSERT[] =
    "WITH p AS (INSERT INTO projects (name, created_ms) VALUES ($2, $12)"
    " ON CONFLICT (name) DO NOTHING),"
    " t AS (INSERT INTO tasks (" STORE_TASK_COLS ", log_count) VALUES"
    " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,"
    " NULL, $21, $22, $23, 0, 1) RETURNING id),"
    " l AS (INSERT INTO logs (task_id, seq, line) SELECT id, 0, $24::text FROM t)"
    " SELECT pg_notify('" PG_CHANNEL "', id) FROM t";
static const char SQL_KEY_LOCK[] = "SELECT pg_advisory_xact_lock(" PG_LOCK_CLASS ", hashtext($1))";
static const char SQL_KEY_QUEUED[] = "SELECT COUNT(*) FROM tasks WHERE key_id = $1 AND status = $2";
/* Open sessions: awaitable tasks that are no follow-up and have not ended. */
#define SQL_SESSIONS                                                                               \
    "SELECT COUNT(*) FROM tasks WHERE awaitable = 1 AND session IS NULL"                           \
    " AND status IN ($1, $2, $3)"
static const char SQL_SESSIONS_ALL[] = SQL_SESSIONS;
static const char SQL_SESSIONS_KEY[] = SQL_SESSIONS " AND key_id = $4";
static const char SQL_SESSION_LOCK[] =
    "SELECT status, awaitable, session FROM tasks WHERE id = $1 FOR NO KEY UPDATE";
static const char SQL_TASK_GET[] =
    "SELECT " STORE_TASK_COLS ", CASE WHEN t.status = $2 THEN (SELECT COUNT(*) FROM tasks q"
    " WHERE q.status = $2 AND q.id < t.id) + 1 ELSE 0 END FROM tasks t WHERE t.id = $1";
/* Append a line to a task's log: 0 rows when there is no such task. */
static const char SQL_LOG_APPEND[] =
    "WITH n AS (UPDATE tasks SET log_count = log_count + 1 WHERE id = $1"
    " RETURNING log_count - 1 AS seq)"
    " INSERT INTO logs (task_id, seq, line) SELECT $1, seq, $2::text FROM n";

static int pg_log_put(pg_conn *c, const char *task_id, const char *line, const char *what)
{
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_LOG_APPEND, what);
    q_text(&q, task_id);
    q_text(&q, line);
    rc = q_run(&q);
    if (rc == STORE_OK && q_changed(&q) == 0) rc = STORE_ENOTFOUND;
    q_done(&q);
    return rc;
}

struct insert_arg {
    const store_task *t;
    const store_limits *lim;
};

/* Under the key's lock (taken by the caller), so two inserts cannot both
 * take the last place. */
static int pg_queue_full(pg_conn *c, const struct insert_arg *a)
{
    int64_t queued = 0;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_KEY_QUEUED, "task_insert");
    q_text(&q, a->t->key_id ? a->t->key_id : "");
    q_int(&q, TASK_QUEUED);
    rc = q_scalar(&q, &queued);
    if (rc == STORE_OK && queued >= a->lim->max_queued) rc = STORE_EFULL;
    return rc;
}

/* Lock a follow-up's session: there, not ended, and a session. */
static int pg_session_open(pg_conn *c, const char *id)
{
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_SESSION_LOCK, "task_insert");
    q_text(&q, id);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0)
        rc = STORE_ENOTFOUND;
    else if (task_status_terminal((task_status)q_i64(&q, 0, 0)))
        rc = STORE_ECONFLICT;
    else if (q_i64(&q, 0, 1) == 0 || q_val(&q, 0, 2))
        rc = STORE_EKIND;
    q_done(&q);
    return rc;
}

/* The key's open sessions (a key given) or all of them, against limit. */
static int pg_sessions_full(pg_conn *c, const char *key, int limit, int code)
{
    int64_t open = 0;
    pg_query q;
    int rc;

    q_prepare(&q, c, key ? SQL_SESSIONS_KEY : SQL_SESSIONS_ALL, "task_insert");
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_AWAITING);
    if (key) q_text(&q, key);
    rc = q_scalar(&q, &open);
    if (rc == STORE_OK && open >= limit) rc = code;
    return rc;
}

/* Insert t as a new queued task with its first log line (so no worker's
 * line can come before it), alone or inside the caller's transaction
 * (task_insert, saved_fire). */
static int pg_task_put(pg_conn *c, const store_task *t, const char *what)
{
    char *line = store_line_queued(t);
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_TASK_INSERT, what);
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
    q_text(&q, line);
    rc = q_exec(&q);
    free(line);
    return rc;
}

/* A new session under limits of open sessions. */
static int insert_counts_sessions(const store_task *t, const store_limits *lim)
{
    return t->awaitable && !t->session && (lim->sessions_per_key > 0 || lim->sessions_open > 0);
}

static int pg_insert_tx(pg_conn *c, void *arg)
{
    const struct insert_arg *a = arg;
    const store_task *t = a->t;
    const char *key = t->key_id ? t->key_id : "";
    int rc;

    if (a->lim->max_queued > 0 || insert_counts_sessions(t, a->lim)) {
        pg_query q;
        q_prepare(&q, c, SQL_KEY_LOCK, "task_insert");
        q_text(&q, key);
        if ((rc = q_exec(&q)) != STORE_OK) return rc;
    }
    if (a->lim->max_queued > 0 && (rc = pg_queue_full(c, a)) != STORE_OK) return rc;
    if (t->session && (rc = pg_session_open(c, t->session)) != STORE_OK) return rc;
    if (insert_counts_sessions(t, a->lim) && a->lim->sessions_per_key > 0 &&
        (rc = pg_sessions_full(c, key, a->lim->sessions_per_key, STORE_ELIMIT)) != STORE_OK)
        return rc;
    if (insert_counts_sessions(t, a->lim) && a->lim->sessions_open > 0 &&
        (rc = pg_sessions_full(c, NULL, a->lim->sessions_open, STORE_EBUSY)) != STORE_OK)
        return rc;
    return pg_task_put(c, t, "task_insert");
}

static int pg_task_insert(store *s, const store_task *t, const store_limits *lim)
{
    struct insert_arg a = {t, lim};
    int alone = lim->max_queued <= 0 && !t->session && !insert_counts_sessions(t, lim);
    return pg_run((pg_store *)s, alone ? PG_WRITE1 : PG_WRITE, "task_insert", pg_insert_tx, &a);
}

struct get_arg {
    const char *id;
    store_task t;
};

static int pg_get_tx(pg_conn *c, void *arg)
{
    struct get_arg *a = arg;
    pg_query q;
    int rc;

    store_task_free(&a->t);
    q_prepare(&q, c, SQL_TASK_GET, "task_get");
    q_text(&q, a->id);
    q_int(&q, TASK_QUEUED);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0) {
        rc = STORE_ENOTFOUND;
    } else {
        store_task_from_row(&a->t, PG_ROW_OF(&q, 0));
        a->t.queue_position = (int)q_i64(&q, 0, PQnfields(q.res) - 1); /* the last column */
    }
    q_done(&q);
    return rc;
}

static int pg_task_get(store *s, const char *id, const char *const *projects, store_task *out)
{
    struct get_arg a = {id, {0}};
    int rc = pg_run((pg_store *)s, PG_READ1, "task_get", pg_get_tx, &a);

    if (rc == STORE_OK && !store_project_visible(projects, a.t.project)) rc = STORE_ENOTFOUND;
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
static void pg_list_text(void *q, const char *v)
{
    q_text(q, v);
}

static void pg_list_int(void *q, int64_t v)
{
    q_int(q, v);
}

static void list_clear(struct list_arg *a)
{
    store_task_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
}

static int pg_list_tx(pg_conn *c, void *arg)
{
    struct list_arg *a = arg;
    pg_query q;
    int rc;

    list_clear(a);
    q_prepare_once(&q, c, a->sql, "task_list");
    store_list_params(a->f, &q, pg_list_text, pg_list_int);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        store_task_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_task_list(store *s, const store_task_filter *f, store_task **out, int *n)
{
    struct list_arg a = {f, NULL, NULL, 0};
    int rc;

    /* No visible project, or no rows wanted: nothing to ask. */
    if ((f->projects && !f->projects[0]) || f->limit <= 0) {
        *out = NULL;
        *n = 0;
        return STORE_OK;
    }
    a.sql = store_list_sql(STORE_LIST_TASKS, f, 1, 0);
    rc = pg_run((pg_store *)s, PG_READ1, "task_list", pg_list_tx, &a);
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
 * session, parked on this node ($7: the node's prefix of worker names), is
 * awaiting; a new session only with room for it ($8); a task that is no
 * follow-up only while its key has fewer than $9 tasks running, a session
 * and its running follow-up counting once ($9 = 0: no limit). That count
 * is of the statement's snapshot: pg_task_claim counts again after the
 * claim. */
#define SQL_CLAIM_SET(running, worker, lease, now)                                                 \
    "UPDATE tasks SET status = " running ", worker = " worker ", lease_until_ms = " PG_NOW_MS      \
    " + " lease ", attempts = attempts + 1, started_ms = COALESCE(started_ms, " now "),"           \
    " progress = 'starting'"
#define SQL_CLAIM_WHERE(queued, awaiting, node, sessions_ok)                                       \
    " WHERE id = (SELECT id FROM tasks t WHERE status = " queued " AND (session IS NULL OR"        \
    " EXISTS (SELECT 1 FROM tasks s WHERE s.id = t.session AND s.status = " awaiting               \
    " AND substr(s.worker, 1, length(" node "::text)) = " node "::text))"                          \
    " AND (" sessions_ok "::int = 1 OR awaitable = 0 OR session IS NOT NULL)"
#define SQL_CLAIM_END " ORDER BY id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED)"
#define SQL_CLAIM_KEY_LIMIT                                                                        \
    " AND ($9::int = 0 OR session IS NOT NULL OR (SELECT COUNT(*) FROM tasks r"                    \
    " WHERE r.key_id = t.key_id AND r.status = $1 AND r.session IS NULL) < $9::int)"
static const char SQL_CLAIM[] =
    SQL_CLAIM_SET("$1", "$2", "$3", "$4") SQL_CLAIM_WHERE("$5", "$6", "$7", "$8")
        SQL_CLAIM_KEY_LIMIT SQL_CLAIM_END " RETURNING " STORE_TASK_COLS;
/* The key's running tasks, as SQL_CLAIM counts them. */
static const char SQL_KEY_RUNNING[] =
    "SELECT COUNT(*) FROM tasks WHERE key_id = $1 AND status = $2 AND session IS NULL";
/* A follow-up was claimed: its session runs it. No row: another slot's
 * follow-up of the session came first. */
static const char SQL_SESSION_BUSY[] =
    "UPDATE tasks SET status = $1, progress = 'running a follow-up' WHERE id = $2 AND status = $3";
/* Leases of running tasks and of awaiting sessions (their parked page). */
static const char SQL_RENEW[] = "UPDATE tasks SET lease_until_ms = " PG_NOW_MS " + $1"
                                " WHERE id = $2 AND worker = $3 AND status IN ($4, $5)";
static const char SQL_PROGRESS[] = "UPDATE tasks SET progress = $1"
                                   " WHERE id = $2 AND worker = $3 AND status = $4";
/* A change of a task held by a worker, with its optional log line ($5 = 1
 * with a line in $6): one row when the worker held it. */
static const char SQL_RELEASE[] =
    "WITH r AS (UPDATE tasks SET status = $1,"
    " progress = 'queued (handed back by a stopping worker)', worker = NULL,"
    " lease_until_ms = NULL, attempts = GREATEST(attempts - 1, 0), log_count = log_count + $5"
    " WHERE id = $2 AND worker = $3 AND status = $4 RETURNING id, log_count - 1 AS seq),"
    " l AS (INSERT INTO logs (task_id, seq, line) SELECT id, seq, $6::text FROM r WHERE $5 = 1)"
    " SELECT pg_notify('" PG_CHANNEL "', id) FROM r";
#define SQL_FINISH_WITH                                                                            \
    "WITH f AS (UPDATE tasks SET status = $1, failure_reason = $2, completed_ms = $3,"             \
    " progress = $4, error = $5, result = $6, worker = NULL, lease_until_ms = NULL,"               \
    " log_count = log_count + $10"                                                                 \
    " WHERE id = $7 AND worker = $8 AND status = $9 RETURNING id, log_count - 1 AS seq),"          \
    " l AS (INSERT INTO logs (task_id, seq, line) SELECT id, seq, $11::text FROM f"                \
    " WHERE $10 = 1)"
static const char SQL_FINISH[] = SQL_FINISH_WITH " SELECT 1 FROM f";
/* SQL_FINISH, then the claim of SQL_CLAIM without a running limit per key
 * (its count would see the ending task still running): one row, the
 * claimed task's columns (NULLs when none) and whether the end was made. */
static const char SQL_FINISH_CLAIM[] =
    SQL_FINISH_WITH ", c AS (" SQL_CLAIM_SET("$9", "$12", "$13", "$3")
        SQL_CLAIM_WHERE("$14", "$15", "$16", "$17") SQL_CLAIM_END
    " RETURNING " STORE_TASK_COLS ")"
    " SELECT c.*, (SELECT COUNT(*) FROM f) FROM (SELECT 1) AS one LEFT JOIN c ON true";
static const char SQL_TASK_LOCK[] =
    "SELECT project, status FROM tasks WHERE id = $1 FOR NO KEY UPDATE";
static const char SQL_CANCEL[] =
    "WITH c AS (UPDATE tasks SET status = $1, failure_reason = $2, completed_ms = $3,"
    " error = $4, progress = 'stopped', worker = NULL, lease_until_ms = NULL,"
    " log_count = log_count + 1 WHERE id = $5 RETURNING id, log_count - 1 AS seq)"
    " INSERT INTO logs (task_id, seq, line) SELECT id, seq, $6::text FROM c";
/* Rows another node is handling right now are skipped: it handles them. */
static const char SQL_EXPIRED[] =
    "SELECT id, attempts, session FROM tasks WHERE status = $1 AND lease_until_ms < " PG_NOW_MS
    " ORDER BY id FOR NO KEY UPDATE SKIP LOCKED";
static const char SQL_EXPIRE_FAIL[] =
    "WITH e AS (UPDATE tasks SET status = $1, failure_reason = $2, completed_ms = $3, error = $4,"
    " progress = 'failed (worker lost)', worker = NULL, lease_until_ms = NULL,"
    " log_count = log_count + 1 WHERE id = $5 RETURNING id, log_count - 1 AS seq)"
    " INSERT INTO logs (task_id, seq, line) SELECT id, seq, $6::text FROM e";
static const char SQL_EXPIRE_REQUEUE[] =
    "WITH e AS (UPDATE tasks SET status = $1, progress = 'queued (retry after a lost worker)',"
    " worker = NULL, lease_until_ms = NULL, log_count = log_count + 1 WHERE id = $2"
    " RETURNING id, log_count - 1 AS seq)"
    " INSERT INTO logs (task_id, seq, line) SELECT id, seq, $3::text FROM e";
static const char SQL_NOTIFY[] = "SELECT pg_notify('" PG_CHANNEL "', '')";

static void pg_listen_start(pg_store *s);
static int q_exec_guarded(pg_query *q);

/* A claim that must not stand (its session runs another follow-up, or its
 * key went over the running limit), put back as it was: queued, unheld,
 * the attempt not counted. */
static const char SQL_UNCLAIM[] =
    "UPDATE tasks SET status = $1, worker = NULL, lease_until_ms = NULL,"
    " attempts = GREATEST(attempts - 1, 0), progress = 'queued'"
    " WHERE id = $2 AND worker = $3 AND status = $4";

struct claim_arg {
    const char *worker, *node;
    int64_t lease_ms;
    int sessions_ok, running_per_key;
    store_task t;
    int64_t running; /* pg_key_running_tx: the key's running tasks */
};

static int pg_claim_tx(pg_conn *c, void *arg)
{
    struct claim_arg *a = arg;
    pg_query q;
    int rc;

    store_task_free(&a->t);
    q_prepare(&q, c, SQL_CLAIM, "task_claim");
    q_int(&q, TASK_RUNNING);
    q_text(&q, a->worker);
    q_int(&q, a->lease_ms);
    q_int(&q, util_now_ms());
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_AWAITING);
    q_text(&q, a->node);
    q_int(&q, a->sessions_ok != 0);
    q_int(&q, a->running_per_key);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0)
        rc = STORE_EEMPTY;
    else
        store_task_from_row(&a->t, PG_ROW_OF(&q, 0));
    q_done(&q);
    return rc;
}

static int pg_session_busy_tx(pg_conn *c, void *arg)
{
    const struct claim_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_SESSION_BUSY, "task_claim");
    q_int(&q, TASK_RUNNING);
    q_text(&q, a->t.session);
    q_int(&q, TASK_AWAITING);
    return q_exec_guarded(&q);
}

static int pg_key_running_tx(pg_conn *c, void *arg)
{
    struct claim_arg *a = arg;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_KEY_RUNNING, "task_claim");
    q_text(&q, a->t.key_id ? a->t.key_id : "");
    q_int(&q, TASK_RUNNING);
    if ((rc = q_run(&q)) == STORE_OK) a->running = q_i64(&q, 0, 0);
    q_done(&q);
    return rc;
}

static int pg_unclaim_tx(pg_conn *c, void *arg)
{
    const struct claim_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_UNCLAIM, "task_claim");
    q_int(&q, TASK_QUEUED);
    q_text(&q, a->t.id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    return q_exec(&q);
}

/* A claim is one statement on its own (one round trip, the common case
 * whether it finds a task or not: idle slots of every node wake on each
 * NOTIFY, and most of them find nothing). What a claimed row may still
 * need is checked after it, each check its own statement:
 * - a follow-up: its session must go from awaiting to running; when
 *   another slot's follow-up of the session came first, the claim is put
 *   back and this slot finds nothing;
 * - under a running limit per key: the key's running tasks, counted after
 *   the claim committed, include every claim committed before. Over the
 *   limit, the claim is put back and the claim runs again (its count then
 *   skips the key). Of two claims racing for a key's last place, the later
 *   count sees both, so at most the limit stands; both may step back, and
 *   a random pause before the retry decides it next time.
 * With first, the first round runs first(first_arg) instead of the claim
 * alone (store_task_end_claim). */
static int pg_claim_rounds(pg_store *ps, struct claim_arg *a, pg_fn first, void *first_arg,
                           store_task *out)
{
    int64_t start = util_mono_ms(), note = atomic_load(&ps->note_ms);
    int rc;

    /* A handle that claims waits for work when there is none: from now on
     * other nodes' new tasks wake it. */
    pg_listen_start(ps);
    for (int round = 0;; round++) {
        if (round == 0 && first)
            rc = pg_run(ps, PG_WRITE1, "task_claim", first, first_arg);
        else
            rc = pg_run(ps, PG_WRITE1, "task_claim", pg_claim_tx, a);
        if (rc != STORE_OK) break;
        if (a->t.session) {
            rc = pg_run(ps, PG_WRITE1, "task_claim", pg_session_busy_tx, a);
            if (rc == STORE_ECONFLICT &&
                (rc = pg_run(ps, PG_WRITE1, "task_claim", pg_unclaim_tx, a)) == STORE_OK)
                rc = STORE_EEMPTY;
            break;
        }
        if (a->running_per_key <= 0) break;
        if ((rc = pg_run(ps, PG_READ1, "task_claim", pg_key_running_tx, a)) != STORE_OK ||
            a->running <= a->running_per_key)
            break;
        if ((rc = pg_run(ps, PG_WRITE1, "task_claim", pg_unclaim_tx, a)) != STORE_OK) break;
        if (round == PG_CLAIM_ROUNDS) {
            rc = STORE_EEMPTY; /* the slot waits, and the next wake-up tries again */
            break;
        }
        util_sleep_ms(1 + (int64_t)(util_mono_ms() % 10));
    }
    if (rc == STORE_OK)
        *out = a->t;
    else
        store_task_free(&a->t);
    /* A task notified before this claim began was there for it to see:
     * another node's slot took it first. */
    if (rc == STORE_EEMPTY && note && start - note < PG_RACE_MS)
        atomic_store(&ps->lost_ms, util_mono_ms());
    /* A task's wake-up that reached this slot in the middle of its claim
     * may have been for another task than the one it took: the next idle
     * slot takes it up. The slot waits under its worker name without "#N"
     * (worker.c). */
    if (rc == STORE_OK) {
        char slot[NOTIFY_NAME_LEN];
        size_t n = strcspn(a->worker, "#");
        snprintf(slot, sizeof slot, "%.*s", (int)n, a->worker);
        if (notify_busy(slot) == 1) notify_queue();
    }
    return rc;
}

static int pg_task_claim(store *s, const char *worker, const char *node, int64_t lease_ms,
                         int sessions_ok, store_task *out)
{
    struct claim_arg a = {worker, node, lease_ms, sessions_ok, s->running_per_key, {0}, 0};
    return pg_claim_rounds((pg_store *)s, &a, NULL, NULL, out);
}

struct held_arg {
    const char *id;
    const char *worker;
    int64_t lease_ms;
    const char *phrase;
};

/* Run a prepared, bound change guarded by "held by this worker": no row
 * changed (or returned) means the worker lost the task. */
static int q_exec_guarded(pg_query *q)
{
    int rc = q_run(q);

    if (rc == STORE_OK && q_changed(q) == 0) rc = STORE_ECONFLICT;
    q_done(q);
    return rc;
}

static int pg_renew_tx(pg_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_RENEW, "task_renew");
    q_int(&q, a->lease_ms);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_AWAITING);
    return q_exec_guarded(&q);
}

static int pg_task_renew(store *s, const char *id, const char *worker, int64_t lease_ms)
{
    struct held_arg a = {id, worker, lease_ms, NULL};
    return pg_run((pg_store *)s, PG_WRITE1, "task_renew", pg_renew_tx, &a);
}

static int pg_progress_tx(pg_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_PROGRESS, "task_progress");
    q_text(&q, a->phrase);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    return q_exec_guarded(&q);
}

static int pg_task_progress(store *s, const char *id, const char *worker, const char *phrase)
{
    struct held_arg a = {id, worker, 0, phrase};
    return pg_run((pg_store *)s, PG_WRITE1, "task_progress", pg_progress_tx, &a);
}

static int pg_release_tx(pg_conn *c, void *arg)
{
    const struct held_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_RELEASE, "task_release");
    q_int(&q, TASK_QUEUED);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    q_int(&q, a->phrase != NULL);
    q_text(&q, a->phrase);
    return q_exec_guarded(&q);
}

static int pg_task_release(store *s, const char *id, const char *worker, const char *msg)
{
    struct held_arg a = {id, worker, 0, msg};
    return pg_run((pg_store *)s, PG_WRITE1, "task_release", pg_release_tx, &a);
}

struct finish_arg {
    const char *id, *worker;
    task_status st;
    task_reason reason;
    const char *phrase, *error, *result, *msg;
};

/* $1-$11 of SQL_FINISH_WITH. */
static void pg_bind_finish(pg_query *q, const struct finish_arg *a)
{
    q_int(q, a->st);
    q_text(q, task_reason_name(a->reason));
    q_int(q, util_now_ms());
    q_text(q, a->phrase);
    q_text(q, a->error);
    q_text(q, a->result);
    q_text(q, a->id);
    q_text(q, a->worker);
    q_int(q, TASK_RUNNING);
    q_int(q, a->msg != NULL);
    q_text(q, a->msg);
}

static int pg_finish_tx(pg_conn *c, void *arg)
{
    pg_query q;

    q_prepare(&q, c, SQL_FINISH, "task_finish");
    pg_bind_finish(&q, arg);
    return q_exec_guarded(&q);
}

static int pg_task_finish(store *s, const char *id, const char *worker, task_status st,
                          task_reason reason, const char *phrase, const char *error,
                          const char *result, const char *msg)
{
    struct finish_arg a = {id, worker, st, reason, phrase, error, result, msg};
    return pg_run((pg_store *)s, PG_WRITE1, "task_finish", pg_finish_tx, &a);
}

struct finish_claim_arg {
    struct finish_arg f;
    struct claim_arg *c;
    int finish_rc;
};

/* The first round of pg_claim_rounds for store_task_end_claim: the end and
 * the claim in one statement. */
static int pg_finish_claim_tx(pg_conn *c, void *arg)
{
    struct finish_claim_arg *a = arg;
    pg_query q;
    int rc;

    store_task_free(&a->c->t);
    q_prepare(&q, c, SQL_FINISH_CLAIM, "task_finish_claim");
    pg_bind_finish(&q, &a->f);
    q_text(&q, a->c->worker);
    q_int(&q, a->c->lease_ms);
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_AWAITING);
    q_text(&q, a->c->node);
    q_int(&q, a->c->sessions_ok != 0);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    int ncols = PQnfields(q.res);
    a->finish_rc = q_rows(&q) == 1 && q_i64(&q, 0, ncols - 1) == 1 ? STORE_OK : STORE_ECONFLICT;
    if (q_rows(&q) == 1 && q_val(&q, 0, 0))
        store_task_from_row(&a->c->t, PG_ROW_OF(&q, 0));
    else
        rc = STORE_EEMPTY;
    q_done(&q);
    return rc;
}

static int pg_task_finish_claim(store *s, const char *id, const char *worker, task_status st,
                                task_reason reason, const char *phrase, const char *error,
                                const char *result, const char *msg, const char *next,
                                const char *node, int64_t lease_ms, int sessions_ok,
                                store_task *out, int *claim_rc)
{
    struct claim_arg c = {next, node, lease_ms, sessions_ok, s->running_per_key, {0}, 0};
    struct finish_claim_arg a = {
        {id, worker, st, reason, phrase, error, result, msg}, &c, STORE_EDB};

    if (s->running_per_key > 0) { /* the claim's count must see the end */
        int rc = pg_task_finish(s, id, worker, st, reason, phrase, error, result, msg);
        *claim_rc = pg_task_claim(s, next, node, lease_ms, sessions_ok, out);
        return rc;
    }
    *claim_rc = pg_claim_rounds((pg_store *)s, &c, pg_finish_claim_tx, &a, out);
    /* The statement failed: its end is as unknown as its claim. */
    return *claim_rc == STORE_OK || *claim_rc == STORE_EEMPTY || a.finish_rc != STORE_EDB
               ? a.finish_rc
               : *claim_rc;
}

/* ---- live sessions ------------------------------------------------------ */

static const char SQL_AWAIT_LOCK[] =
    "SELECT session FROM tasks WHERE id = $1 AND worker = $2 AND status = $3 FOR NO KEY UPDATE";
static const char SQL_PARK[] =
    "UPDATE tasks SET status = $1, parked = 1, progress = $2, result = $3"
    " WHERE id = $4 AND worker = $5 AND status = $6 AND session IS NULL AND awaitable = 1";
static const char SQL_FOLLOWUP_AWAIT[] =
    "UPDATE tasks SET status = $1, completed_ms = $2, progress = $3, result = $4, worker = NULL,"
    " lease_until_ms = NULL WHERE id = $5 AND worker = $6 AND status = $7 AND session = $8";
static const char SQL_SESSION_RESUME[] =
    "UPDATE tasks SET status = $1, progress = 'awaiting instructions',"
    " result = COALESCE($2, result) WHERE id = $3 AND status = $4 AND parked = 1"
    " AND ($5::text IS NULL OR worker = $5::text)";
static const char SQL_SESSION_END[] =
    "UPDATE tasks SET status = $1, failure_reason = $2, completed_ms = $3, error = $4,"
    " progress = 'session closed', worker = NULL, lease_until_ms = NULL"
    " WHERE id = $5 AND worker = $6 AND parked = 1"
    " AND (status = $7 OR ($8::int = 0 AND status = $9))"
    " AND ($8::int = 0 OR NOT EXISTS (SELECT 1 FROM tasks f WHERE f.session = tasks.id"
    " AND f.status = $10))";
static const char SQL_FOLLOWUPS_OPEN[] = "SELECT id FROM tasks WHERE session = $1"
                                         " AND status IN ($2, $3) ORDER BY id FOR NO KEY UPDATE";
static const char SQL_FOLLOWUP_END[] =
    "UPDATE tasks SET status = $1, failure_reason = $2, completed_ms = $3, error = $4,"
    " progress = $5, worker = NULL, lease_until_ms = NULL WHERE id = $6";
static const char SQL_FOLLOWUPS_DONE[] =
    "UPDATE tasks SET status = $1, progress = 'finalized (its session ended)'"
    " WHERE session = $2 AND status = $3";
static const char SQL_SESSIONS_LOST[] =
    "SELECT id FROM tasks WHERE parked = 1 AND status IN ($1, $2) AND lease_until_ms < " PG_NOW_MS
    " ORDER BY id FOR NO KEY UPDATE SKIP LOCKED";

/* A task that ends with its session (the session's end st, reason and
 * error; one that never ran to its end cannot be finalized). */
static int pg_followup_end(pg_conn *c, const char *id, task_status st, task_reason reason,
                           const char *error, int64_t now)
{
    char phrase[64], *line;
    pg_query q;
    int rc;

    store_followup_end(&st, &reason, &error);
    store_session_phrase(phrase, sizeof phrase, st, reason);
    q_prepare(&q, c, SQL_FOLLOWUP_END, "session_end");
    q_int(&q, st);
    q_text(&q, task_reason_name(reason));
    q_int(&q, now);
    q_text(&q, error);
    q_text(&q, phrase);
    q_text(&q, id);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    line = store_log_line(now, "%s: %s", task_status_name(st), error);
    rc = pg_log_put(c, id, line, "session_end");
    free(line);
    return rc;
}

/* Session id has ended as st: its queued and running follow-ups end so,
 * its awaiting ones are finalized. */
static int pg_followups_end(pg_conn *c, const char *id, task_status st, task_reason reason,
                            const char *error, int64_t now)
{
    char **ids = NULL;
    int n = 0, rc;
    pg_query q;

    q_prepare(&q, c, SQL_FOLLOWUPS_OPEN, "session_end");
    q_text(&q, id);
    q_int(&q, TASK_QUEUED);
    q_int(&q, TASK_RUNNING);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    n = q_rows(&q);
    ids = q_array(&q, sizeof *ids);
    for (int i = 0; i < n; i++)
        ids[i] = q_str(&q, i, 0);
    q_done(&q);
    for (int i = 0; i < n && rc == STORE_OK; i++)
        rc = pg_followup_end(c, ids[i], st, reason, error, now);
    store_strings_free(ids, n);
    if (rc != STORE_OK) return rc;
    q_prepare(&q, c, SQL_FOLLOWUPS_DONE, "session_end");
    q_int(&q, TASK_FINALIZED);
    q_text(&q, id);
    q_int(&q, TASK_AWAITING);
    return q_exec(&q);
}

/* Back to awaiting, with result (NULL: keep its own); held by worker unless
 * worker is NULL. */
static int pg_session_resume(pg_conn *c, const char *id, const char *worker, const char *result)
{
    pg_query q;

    q_prepare(&q, c, SQL_SESSION_RESUME, "session_set");
    q_int(&q, TASK_AWAITING);
    q_text(&q, result);
    q_text(&q, id);
    q_int(&q, TASK_RUNNING);
    q_text(&q, worker);
    return q_exec_guarded(&q);
}

struct await_arg {
    const char *id, *worker, *phrase, *result, *msg;
};

static int pg_await_tx(pg_conn *c, void *arg)
{
    const struct await_arg *a = arg;
    int64_t now = util_now_ms();
    char *session = NULL, *line;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_AWAIT_LOCK, "task_await");
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0) rc = STORE_ECONFLICT;
    if (rc == STORE_OK && q_val(&q, 0, 0)) session = q_str(&q, 0, 0);
    q_done(&q);
    if (rc != STORE_OK) return rc;
    q_prepare(&q, c, session ? SQL_FOLLOWUP_AWAIT : SQL_PARK, "task_await");
    q_int(&q, TASK_AWAITING);
    if (session) q_int(&q, now);
    q_text(&q, a->phrase);
    q_text(&q, a->result);
    q_text(&q, a->id);
    q_text(&q, a->worker);
    q_int(&q, TASK_RUNNING);
    if (session) q_text(&q, session);
    if ((rc = q_exec_guarded(&q)) != STORE_OK) goto out;
    if (a->msg && (rc = pg_log_put(c, a->id, a->msg, "task_await")) != STORE_OK) goto out;
    if (session && (rc = pg_session_resume(c, session, NULL, a->result)) == STORE_OK) {
        line = store_log_line(now, "follow-up %s done; awaiting instructions", a->id);
        rc = pg_log_put(c, session, line, "task_await");
        free(line);
    }
out:
    free(session);
    return rc;
}

static int pg_task_await(store *s, const char *id, const char *worker, const char *phrase,
                         const char *result, const char *msg)
{
    struct await_arg a = {id, worker, phrase, result, msg};
    return pg_run((pg_store *)s, PG_WRITE, "task_await", pg_await_tx, &a);
}

struct session_arg {
    const char *id, *worker;
    task_status st;
    task_reason reason;
    const char *error, *msg;
    int if_idle;
};

static int pg_session_tx(pg_conn *c, void *arg)
{
    const struct session_arg *a = arg;
    int64_t now = util_now_ms();
    pg_query q;
    int rc;

    if (a->st == TASK_AWAITING) {
        rc = pg_session_resume(c, a->id, a->worker, NULL);
    } else {
        q_prepare(&q, c, SQL_SESSION_END, "session_set");
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
        if (rc == STORE_OK) rc = pg_followups_end(c, a->id, a->st, a->reason, a->error, now);
    }
    if (rc == STORE_OK && a->msg) rc = pg_log_put(c, a->id, a->msg, "session_set");
    if (rc == STORE_OK && a->st != TASK_AWAITING) {
        q_prepare(&q, c, SQL_NOTIFY, "session_set");
        rc = q_exec(&q);
    }
    return rc;
}

static int pg_session_set(store *s, const char *id, const char *worker, task_status st,
                          task_reason reason, const char *error, const char *msg, int if_idle)
{
    struct session_arg a = {id, worker, st, reason, error, msg, if_idle};
    return pg_run((pg_store *)s, PG_WRITE, "session_set", pg_session_tx, &a);
}

/* ---- stop ------------------------------------------------------------------ */

struct cancel_arg {
    const char *id;
    const char *const *projects;
    const char *reason;
};

/* Lock the task's row; ENOTFOUND unless it exists, is visible and has not
 * ended. */
static int pg_cancellable(pg_conn *c, const struct cancel_arg *a)
{
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_TASK_LOCK, "task_cancel");
    q_text(&q, a->id);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0 || !store_project_visible(a->projects, q_val(&q, 0, 0)))
        rc = STORE_ENOTFOUND;
    else if (task_status_terminal((task_status)q_i64(&q, 0, 1)))
        rc = STORE_ECONFLICT;
    q_done(&q);
    return rc;
}

static int pg_cancel_tx(pg_conn *c, void *arg)
{
    const struct cancel_arg *a = arg;
    int64_t now = util_now_ms();
    char *line;
    pg_query q;
    int rc;

    if ((rc = pg_cancellable(c, a)) != STORE_OK) return rc;
    line = store_log_line(now, "stopped: %s", a->reason);
    q_prepare(&q, c, SQL_CANCEL, "task_cancel");
    q_int(&q, TASK_STOPPED);
    q_text(&q, task_reason_name(TASK_REASON_STOPPED));
    q_int(&q, now);
    q_text(&q, a->reason);
    q_text(&q, a->id);
    q_text(&q, line);
    rc = q_exec(&q);
    free(line);
    /* A session's follow-ups stop with it (a task that is none has none). */
    if (rc == STORE_OK)
        rc = pg_followups_end(c, a->id, TASK_STOPPED, TASK_REASON_STOPPED, a->reason, now);
    if (rc != STORE_OK) return rc;
    /* Wake every node: the one running the task stops it now instead of at
     * its next renewal (worker.c's heartbeat checks its tasks when woken). */
    q_prepare(&q, c, SQL_NOTIFY, "task_cancel");
    return q_exec(&q);
}

static int pg_task_cancel(store *s, const char *id, const char *const *projects, const char *reason)
{
    struct cancel_arg a = {id, projects, reason};
    return pg_run((pg_store *)s, PG_WRITE, "task_cancel", pg_cancel_tx, &a);
}

struct requeue_arg {
    int max_attempts;
    int n;
};

static int pg_expire_fail(pg_conn *c, const char *id, int attempts, int64_t now)
{
    char reason[96], *line;
    pg_query q;
    int rc;

    store_lost_reason(reason, sizeof reason, attempts);
    line = store_log_line(now, "failed: %s", reason);
    q_prepare(&q, c, SQL_EXPIRE_FAIL, "requeue_expired");
    q_int(&q, TASK_FAILED);
    q_text(&q, task_reason_name(TASK_REASON_LOST));
    q_int(&q, now);
    q_text(&q, reason);
    q_text(&q, id);
    q_text(&q, line);
    rc = q_exec(&q);
    free(line);
    return rc;
}

static int pg_expire_requeue(pg_conn *c, const char *id, int attempts, int64_t now, int max)
{
    char *line =
        store_log_line(now, "worker lost; re-queued (attempt %d of %d)", attempts + 1, max);
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_EXPIRE_REQUEUE, "requeue_expired");
    q_int(&q, TASK_QUEUED);
    q_text(&q, id);
    q_text(&q, line);
    rc = q_exec(&q);
    free(line);
    return rc;
}

/* Sessions whose node died (their lease expired) fail with their
 * follow-ups: their page is gone. */
static int pg_sessions_lost(pg_conn *c, int64_t now, int *n)
{
    char **ids;
    int count, rc;
    pg_query q;

    q_prepare(&q, c, SQL_SESSIONS_LOST, "requeue_expired");
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_AWAITING);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    count = q_rows(&q);
    ids = q_array(&q, sizeof *ids);
    for (int i = 0; i < count; i++)
        ids[i] = q_str(&q, i, 0);
    q_done(&q);
    for (int i = 0; i < count && rc == STORE_OK; i++) {
        rc = pg_followup_end(c, ids[i], TASK_FAILED, TASK_REASON_SESSION_LOST, STORE_SESSION_LOST,
                             now);
        if (rc == STORE_OK)
            rc = pg_followups_end(c, ids[i], TASK_FAILED, TASK_REASON_SESSION_LOST,
                                  STORE_SESSION_LOST, now);
    }
    store_strings_free(ids, count);
    if (rc == STORE_OK) *n += count;
    return rc;
}

static int pg_requeue_tx(pg_conn *c, void *arg)
{
    struct requeue_arg *a = arg;
    int64_t now = util_now_ms();
    int requeued = 0, rc;
    pg_query q;

    a->n = 0;
    if ((rc = pg_sessions_lost(c, now, &a->n)) != STORE_OK) return rc;
    q_prepare(&q, c, SQL_EXPIRED, "requeue_expired");
    q_int(&q, TASK_RUNNING);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    for (int i = 0; i < q_rows(&q) && rc == STORE_OK; i++) {
        int attempts = (int)q_i64(&q, i, 1);

        if (q_val(&q, i, 2)) { /* a follow-up: it cannot run anywhere else */
            rc = pg_followup_end(c, q_val(&q, i, 0), TASK_FAILED, TASK_REASON_SESSION_LOST,
                                 STORE_SESSION_LOST, now);
        } else if (attempts >= a->max_attempts) {
            rc = pg_expire_fail(c, q_val(&q, i, 0), attempts, now);
        } else {
            rc = pg_expire_requeue(c, q_val(&q, i, 0), attempts, now, a->max_attempts);
            requeued++;
        }
    }
    if (rc == STORE_OK) a->n += q_rows(&q);
    q_done(&q);
    if (rc == STORE_OK && requeued > 0) {
        q_prepare(&q, c, SQL_NOTIFY, "requeue_expired");
        rc = q_exec(&q);
    }
    return rc;
}

static int pg_requeue_expired(store *s, int max_attempts, int *n)
{
    struct requeue_arg a = {max_attempts, 0};
    int rc = pg_run((pg_store *)s, PG_WRITE, "requeue_expired", pg_requeue_tx, &a);

    if (rc == STORE_OK) *n = a.n;
    return rc;
}

/* ---- statistics --------------------------------------------------------- */

static const char SQL_COUNTS[] = "SELECT status, COUNT(*) FROM tasks GROUP BY status";

/* As in sqlite.c: the last `window` finalized tasks by id, newest first. */
#define SQL_DURATION_FROM                                                                          \
    "SELECT AVG(d)::float8, COUNT(*) FROM (SELECT completed_ms - started_ms AS d FROM tasks"       \
    " WHERE status = $1 AND started_ms IS NOT NULL AND completed_ms IS NOT NULL"
static const char SQL_DURATION_TYPE_STEPS[] =
    SQL_DURATION_FROM " AND type = $2 AND step_count = $3 ORDER BY id DESC LIMIT $4) AS r";
static const char SQL_DURATION_TYPE[] =
    SQL_DURATION_FROM " AND type = $2 ORDER BY id DESC LIMIT $3) AS r";
static const char SQL_DURATION_ANY[] = SQL_DURATION_FROM " ORDER BY id DESC LIMIT $2) AS r";

struct counts_arg {
    int64_t counts[TASK_STATUS_COUNT];
};

static int pg_counts_tx(pg_conn *c, void *arg)
{
    struct counts_arg *a = arg;
    pg_query q;
    int rc;

    memset(a->counts, 0, sizeof a->counts);
    q_prepare(&q, c, SQL_COUNTS, "task_counts");
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    for (int i = 0; i < q_rows(&q); i++) {
        int64_t st = q_i64(&q, i, 0);
        if (st >= 0 && st < TASK_STATUS_COUNT) a->counts[st] = q_i64(&q, i, 1);
    }
    q_done(&q);
    return STORE_OK;
}

static int pg_task_counts(store *s, int64_t counts[TASK_STATUS_COUNT])
{
    struct counts_arg a;
    int rc = pg_run((pg_store *)s, PG_READ1, "task_counts", pg_counts_tx, &a);

    if (rc == STORE_OK) memcpy(counts, a.counts, sizeof a.counts);
    return rc;
}

/* As sqlite.c's SQL_KEY_LOADS. */
static const char SQL_KEY_LOADS[] =
    "SELECT key_id, COUNT(*) FILTER (WHERE status = $1 AND session IS NULL),"
    " COUNT(*) FILTER (WHERE status = $2) FROM tasks WHERE status IN ($1, $2)"
    " GROUP BY key_id ORDER BY key_id";

struct loads_arg {
    store_key_load *v;
    int n;
};

static int pg_key_loads_tx(pg_conn *c, void *arg)
{
    struct loads_arg *a = arg;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_KEY_LOADS, "key_loads");
    q_int(&q, TASK_RUNNING);
    q_int(&q, TASK_QUEUED);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    store_key_load_free(a->v, a->n);
    a->v = q_array(&q, sizeof *a->v);
    a->n = q_rows(&q);
    for (int i = 0; i < a->n; i++) {
        a->v[i].key_id = q_str(&q, i, 0);
        a->v[i].running = q_i64(&q, i, 1);
        a->v[i].queued = q_i64(&q, i, 2);
    }
    q_done(&q);
    return STORE_OK;
}

static int pg_key_loads(store *s, store_key_load **out, int *n)
{
    struct loads_arg a = {NULL, 0};
    int rc = pg_run((pg_store *)s, PG_READ1, "key_loads", pg_key_loads_tx, &a);

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
static int pg_duration_level(pg_conn *c, const struct duration_arg *a, int level, int64_t *mean,
                             int64_t *found)
{
    static const char *const sql[] = {SQL_DURATION_TYPE_STEPS, SQL_DURATION_TYPE, SQL_DURATION_ANY};
    pg_query q;
    int rc;

    q_prepare(&q, c, sql[level], "recent_duration");
    q_int(&q, TASK_FINALIZED);
    if (level <= 1) q_int(&q, a->type);
    if (level == 0) q_int(&q, a->step_count);
    q_int(&q, a->window);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    *found = q_i64(&q, 0, 1);
    *mean = *found ? (int64_t)(strtod(q_val(&q, 0, 0), NULL) + 0.5) : 0;
    q_done(&q);
    return STORE_OK;
}

static int pg_duration_tx(pg_conn *c, void *arg)
{
    struct duration_arg *a = arg;
    int64_t mean = 0, found = 0;

    a->ms = 0;
    for (int level = 0; level < 3; level++) {
        int rc = pg_duration_level(c, a, level, &mean, &found);
        if (rc != STORE_OK) return rc;
        if (found > 0) {
            a->ms = mean;
            break;
        }
    }
    return STORE_OK;
}

static int pg_recent_duration(store *s, task_type type, int step_count, int window, int64_t *ms)
{
    struct duration_arg a = {type, step_count, window, 0};
    int rc = pg_run((pg_store *)s, PG_READ, "recent_duration", pg_duration_tx, &a);

    if (rc == STORE_OK) *ms = a.ms;
    return rc;
}

/* ---- fencing (store.h) ---------------------------------------------------- */

/* FOR SHARE: a claim or re-queue of the task (an UPDATE) waits until the
 * write that checked it has committed, so none comes in between. */
static const char SQL_HELD[] = "SELECT 1 FROM tasks WHERE id = $1 AND worker = $2 FOR SHARE";
static const char SQL_ARTIFACT_HOLDER[] =
    "SELECT t.worker FROM artifacts a JOIN tasks t ON t.id = a.task_id WHERE a.id = $1"
    " FOR SHARE OF t";

/* Inside a PG_WRITE transaction: STORE_OK when worker is NULL or the claim
 * `worker` holds task id, STORE_ECONFLICT when it does not. With artifact,
 * id is an artifact's, and only another claim holding its task conflicts. */
static int pg_fence(pg_conn *c, const char *id, const char *worker, int artifact, const char *what)
{
    pg_query q;
    int rc;

    if (!worker) return STORE_OK;
    q_prepare(&q, c, artifact ? SQL_ARTIFACT_HOLDER : SQL_HELD, what);
    q_text(&q, id);
    if (!artifact) q_text(&q, worker);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (!artifact)
        rc = q_rows(&q) ? STORE_OK : STORE_ECONFLICT;
    else if (q_rows(&q) && q_val(&q, 0, 0) && strcmp(q_val(&q, 0, 0), worker) != 0)
        rc = STORE_ECONFLICT;
    q_done(&q);
    return rc;
}

/* A fenced write is two statements in a transaction; an unfenced one is one. */
#define PG_FENCED(worker) ((worker) ? PG_WRITE : PG_WRITE1)

/* ---- progress logs ------------------------------------------------------ */

static const char SQL_LOGS[] =
    "SELECT line FROM logs WHERE task_id = $1 AND seq >= $2 ORDER BY seq";

struct log_arg {
    const char *task_id;
    const char *worker;
    const char *line;
    int from;
    char **v;
    int n;
};

static int pg_log_append_tx(pg_conn *c, void *arg)
{
    const struct log_arg *a = arg;
    int rc = pg_fence(c, a->task_id, a->worker, 0, "log_append");
    return rc ? rc : pg_log_put(c, a->task_id, a->line, "log_append");
}

static int pg_log_append(store *s, const char *task_id, const char *worker, const char *line)
{
    struct log_arg a = {task_id, worker, line, 0, NULL, 0};
    return pg_run((pg_store *)s, PG_FENCED(worker), "log_append", pg_log_append_tx, &a);
}

static int pg_logs_tx(pg_conn *c, void *arg)
{
    struct log_arg *a = arg;
    pg_query q;
    int rc;

    store_strings_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    q_prepare(&q, c, SQL_LOGS, "logs");
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        a->v[a->n++] = q_str(&q, i, 0);
    q_done(&q);
    return STORE_OK;
}

static int pg_logs(store *s, const char *task_id, int from, char ***lines, int *n)
{
    struct log_arg a = {task_id, NULL, NULL, from, NULL, 0};
    int rc = pg_run((pg_store *)s, PG_READ1, "logs", pg_logs_tx, &a);

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
    "INSERT INTO results (task_id, " STORE_RESULT_COLS
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    " ON CONFLICT (task_id, idx) DO UPDATE SET model_output = excluded.model_output,"
    " result = excluded.result, state = excluded.state, metadata = excluded.metadata,"
    " screenshot_id = excluded.screenshot_id, html_id = excluded.html_id,"
    " console_id = excluded.console_id, insert_ms = excluded.insert_ms";
static const char SQL_RESULTS[] = "SELECT " STORE_RESULT_COLS " FROM results"
                                  " WHERE task_id = $1 AND idx >= $2 ORDER BY idx";
/* The dropped rows, and only the artifacts of this task they point at. */
static const char SQL_RESULTS_DROP[] =
    "WITH d AS (DELETE FROM results WHERE task_id = $1 AND idx >= $2"
    " RETURNING screenshot_id, html_id, console_id)"
    " DELETE FROM artifacts WHERE task_id = $1 AND id IN (SELECT screenshot_id FROM d"
    " UNION SELECT html_id FROM d UNION SELECT console_id FROM d)";

struct result_arg {
    const char *task_id;
    const char *worker;
    const store_result *r;
    int from;
    store_result *v;
    int n;
};

static int pg_result_put_tx(pg_conn *c, void *arg)
{
    const struct result_arg *a = arg;
    const store_result *r = a->r;
    pg_query q;
    int rc = pg_fence(c, a->task_id, a->worker, 0, "result_put");

    if (rc) return rc;
    q_prepare(&q, c, SQL_RESULT_PUT, "result_put");
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

static int pg_result_put(store *s, const char *task_id, const char *worker, const store_result *r)
{
    struct result_arg a = {task_id, worker, r, 0, NULL, 0};
    return pg_run((pg_store *)s, PG_FENCED(worker), "result_put", pg_result_put_tx, &a);
}

static int pg_results_tx(pg_conn *c, void *arg)
{
    struct result_arg *a = arg;
    pg_query q;
    int rc;

    store_result_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    q_prepare(&q, c, SQL_RESULTS, "results");
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        store_result_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_results(store *s, const char *task_id, int from, store_result **out, int *n)
{
    struct result_arg a = {task_id, NULL, NULL, from, NULL, 0};
    int rc = pg_run((pg_store *)s, PG_READ1, "results", pg_results_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_result_list_free(a.v, a.n);
    }
    return rc;
}

static int pg_truncate_tx(pg_conn *c, void *arg)
{
    const struct result_arg *a = arg;
    pg_query q;
    int rc = pg_fence(c, a->task_id, a->worker, 0, "results_truncate");

    if (rc) return rc;
    q_prepare(&q, c, SQL_RESULTS_DROP, "results_truncate");
    q_text(&q, a->task_id);
    q_int(&q, a->from);
    return q_exec(&q);
}

static int pg_results_truncate(store *s, const char *task_id, const char *worker, int from)
{
    struct result_arg a = {task_id, worker, NULL, from, NULL, 0};
    return pg_run((pg_store *)s, PG_FENCED(worker), "results_truncate", pg_truncate_tx, &a);
}

/* ---- artifacts ---------------------------------------------------------- */

static const char SQL_ARTIFACT_PUT[] =
    "INSERT INTO artifacts (id, task_id, content_type, data, size, created_ms)"
    " VALUES ($1, $2, $3, $4, $5, $6)";
/* Read with binary results (the blob as it is): the numbers as text. */
static const char SQL_ARTIFACT_GET[] = "SELECT task_id, content_type, data, size::text,"
                                       " created_ms::text FROM artifacts WHERE id = $1";
/* A reserved artifact has size -1 (and an empty blob) until filled. */
static const char SQL_ARTIFACT_FILL[] =
    "UPDATE artifacts SET data = $1, size = $2 WHERE id = $3 AND size < 0";
static const char SQL_ARTIFACT_DROP[] = "DELETE FROM artifacts WHERE id = $1 AND size < 0";

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

static int pg_artifact_put_tx(pg_conn *c, void *arg)
{
    const struct artifact_arg *a = arg;
    pg_query q;
    int rc = pg_fence(c, a->task_id, a->worker, 0, "artifact_put");

    if (rc) return rc;
    q_prepare(&q, c, SQL_ARTIFACT_PUT, "artifact_put");
    q_text(&q, a->id);
    q_text(&q, a->task_id);
    q_text(&q, a->content_type);
    q_blob(&q, a->data, a->data ? a->len : 0);
    q_int(&q, a->data ? (int64_t)a->len : -1);
    q_int(&q, util_now_ms());
    return q_exec(&q);
}

static int pg_artifact_fill_tx(pg_conn *c, void *arg)
{
    const struct artifact_arg *a = arg;
    pg_query q;
    int rc = pg_fence(c, a->id, a->worker, 1, "artifact_fill");

    if (rc) return rc;
    q_prepare(&q, c, a->data ? SQL_ARTIFACT_FILL : SQL_ARTIFACT_DROP, "artifact_fill");
    if (a->data) {
        q_blob(&q, a->data, a->len);
        q_int(&q, (int64_t)a->len);
    }
    q_text(&q, a->id);
    return q_exec(&q);
}

static int pg_artifact_fill(store *s, const char *id, const char *worker, const void *data,
                            size_t len)
{
    struct artifact_arg a = {.id = id, .worker = worker, .data = data, .len = len};

    /* bytea and libpq lengths are ints: refuse rather than wrap. */
    if (len > INT32_MAX) {
        fprintf(stderr, "store: artifact_fill: %zu bytes is more than PostgreSQL takes\n", len);
        return STORE_EDB;
    }
    return pg_run((pg_store *)s, PG_FENCED(worker), "artifact_fill", pg_artifact_fill_tx, &a);
}

static int pg_artifact_put(store *s, const char *task_id, const char *worker,
                           const char *content_type, const void *data, size_t len, char *id_out)
{
    char id[UTIL_ID_LEN];
    struct artifact_arg a = {0};
    int rc;

    if (len > INT32_MAX) {
        fprintf(stderr, "store: artifact_put: %zu bytes is more than PostgreSQL takes\n", len);
        return STORE_EDB;
    }
    util_new_id(id);
    a.id = id;
    a.task_id = task_id;
    a.worker = worker;
    a.content_type = content_type;
    a.data = data;
    a.len = len;
    rc = pg_run((pg_store *)s, PG_FENCED(worker), "artifact_put", pg_artifact_put_tx, &a);
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

static int pg_artifact_get_tx(pg_conn *c, void *arg)
{
    struct artifact_arg *a = arg;
    pg_query q;
    int rc;

    artifact_clear(a);
    q_prepare(&q, c, SQL_ARTIFACT_GET, "artifact_get");
    q.binary = 1;
    q_text(&q, a->id);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0) {
        rc = STORE_ENOTFOUND;
    } else if (q_i64(&q, 0, 3) < 0) {
        rc = util_now_ms() - q_i64(&q, 0, 4) < STORE_ARTIFACT_PENDING_MS ? STORE_EPENDING
                                                                         : STORE_ENOTFOUND;
    } else {
        size_t n = (size_t)PQgetlength(q.res, 0, 2);

        a->out_task = q_str(&q, 0, 0);
        a->out_type = q_str(&q, 0, 1);
        /* One spare byte so an empty blob is still a valid allocation. */
        a->out_data = xmalloc(n + 1);
        if (n) memcpy(a->out_data, PQgetvalue(q.res, 0, 2), n);
        a->out_len = n;
    }
    q_done(&q);
    return rc;
}

static int pg_artifact_get(store *s, const char *id, void **data, size_t *len, char **content_type,
                           char **task_id)
{
    struct artifact_arg a = {0};
    int rc;

    a.id = id;
    rc = pg_run((pg_store *)s, PG_READ1, "artifact_get", pg_artifact_get_tx, &a);
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

static const char SQL_KEY_INSERT[] =
    "INSERT INTO keys (" STORE_KEY_COLS ") VALUES ($1, $2, $3, $4, $5)";
static const char SQL_KEY_GET[] = "SELECT " STORE_KEY_COLS " FROM keys WHERE id = $1";
static const char SQL_KEY_LIST[] = "SELECT " STORE_KEY_COLS " FROM keys ORDER BY created_ms, id";
/* Revoke, and tell the three cases apart: (revoked now, the key exists). */
static const char SQL_KEY_REVOKE[] =
    "WITH r AS (UPDATE keys SET revoked_ms = $1 WHERE id = $2 AND revoked_ms IS NULL RETURNING 1)"
    " SELECT (SELECT COUNT(*) FROM r), (SELECT COUNT(*) FROM keys WHERE id = $2)";
static const char SQL_KEY_COUNT[] = "SELECT COUNT(*) FROM keys WHERE revoked_ms IS NULL";

struct key_arg {
    const store_key *k;
    const char *id;
    store_key *v;
    int n;
};

static int pg_key_insert_tx(pg_conn *c, void *arg)
{
    const store_key *k = ((const struct key_arg *)arg)->k;
    pg_query q;

    q_prepare(&q, c, SQL_KEY_INSERT, "key_insert");
    q_text(&q, k->id);
    q_text(&q, k->hash);
    q_text(&q, k->projects);
    q_int(&q, k->created_ms);
    q_opt(&q, k->revoked_ms);
    return q_exec(&q);
}

static int pg_key_insert(store *s, const store_key *k)
{
    struct key_arg a = {.k = k};

    return pg_run((pg_store *)s, PG_WRITE1, "key_insert", pg_key_insert_tx, &a);
}

/* Keys matching the query: all of them, or the one of id a->id. */
static int pg_keys_tx(pg_conn *c, void *arg)
{
    struct key_arg *a = arg;
    pg_query q;
    int rc;

    store_key_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    q_prepare(&q, c, a->id ? SQL_KEY_GET : SQL_KEY_LIST, a->id ? "key_get" : "key_list");
    if (a->id) q_text(&q, a->id);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        store_key_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_key_get(store *s, const char *id, store_key *out)
{
    struct key_arg a = {.id = id};
    int rc = pg_run((pg_store *)s, PG_READ1, "key_get", pg_keys_tx, &a);

    if (rc == STORE_OK && a.n == 0) rc = STORE_ENOTFOUND;
    if (rc == STORE_OK) {
        *out = a.v[0];
        memset(&a.v[0], 0, sizeof a.v[0]);
    }
    store_key_list_free(a.v, a.n);
    return rc;
}

static int pg_key_list(store *s, store_key **out, int *n)
{
    struct key_arg a = {0};
    int rc = pg_run((pg_store *)s, PG_READ1, "key_list", pg_keys_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_key_list_free(a.v, a.n);
    }
    return rc;
}

static int pg_key_revoke_tx(pg_conn *c, void *arg)
{
    const struct key_arg *a = arg;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_KEY_REVOKE, "key_revoke");
    q_int(&q, util_now_ms());
    q_text(&q, a->id);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_i64(&q, 0, 0) == 0) rc = q_i64(&q, 0, 1) ? STORE_ECONFLICT : STORE_ENOTFOUND;
    q_done(&q);
    return rc;
}

static int pg_key_revoke(store *s, const char *id)
{
    struct key_arg a = {.id = id};
    return pg_run((pg_store *)s, PG_WRITE1, "key_revoke", pg_key_revoke_tx, &a);
}

static int pg_key_count_tx(pg_conn *c, void *arg)
{
    struct key_arg *a = arg;
    int64_t n = 0;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_KEY_COUNT, "key_count");
    rc = q_scalar(&q, &n);
    if (rc == STORE_OK) a->n = (int)n;
    return rc;
}

static int pg_key_count(store *s, int *n)
{
    struct key_arg a = {0};
    int rc = pg_run((pg_store *)s, PG_READ1, "key_count", pg_key_count_tx, &a);

    if (rc == STORE_OK) *n = a.n;
    return rc;
}

/* ---- projects ----------------------------------------------------------- */

static const char SQL_PROJECTS_ALL[] =
    "SELECT p.name, t.status, COUNT(t.id) FROM projects p"
    " LEFT JOIN tasks t ON t.project = p.name GROUP BY p.name, t.status ORDER BY p.name";
static const char SQL_PROJECT_COUNTS[] =
    "SELECT status, COUNT(*) FROM tasks WHERE project = $1 GROUP BY status";

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

static void project_count(store_project *p, const pg_query *q, int row, int col)
{
    /* A project without tasks comes out of the LEFT JOIN with status NULL. */
    if (!q_val(q, row, col)) return;
    int64_t status = q_i64(q, row, col);
    if (status >= 0 && status < TASK_STATUS_COUNT) p->counts[status] = q_i64(q, row, col + 1);
}

static int pg_projects_all(pg_conn *c, struct projects_arg *a)
{
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_PROJECTS_ALL, "projects");
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++) {
        const char *name = q_val(&q, i, 0);
        if (a->n == 0 || strcmp(a->v[a->n - 1].name, name) != 0) a->v[a->n++].name = xstrdup(name);
        project_count(&a->v[a->n - 1], &q, i, 1);
    }
    q_done(&q);
    return STORE_OK;
}

static int pg_projects_listed(pg_conn *c, struct projects_arg *a)
{
    pg_query q;
    int rc = STORE_OK;

    a->v = xcalloc((size_t)a->nnames + 1, sizeof *a->v);
    for (int i = 0; i < a->nnames && rc == STORE_OK; i++) {
        store_project *p = &a->v[a->n++];

        p->name = xstrdup(a->names[i]);
        q_prepare(&q, c, SQL_PROJECT_COUNTS, "projects");
        q_text(&q, p->name);
        if ((rc = q_run(&q)) != STORE_OK) break;
        for (int r = 0; r < q_rows(&q); r++)
            project_count(p, &q, r, 0);
        q_done(&q);
    }
    return rc;
}

static int pg_projects_tx(pg_conn *c, void *arg)
{
    struct projects_arg *a = arg;

    projects_clear(a);
    return a->names ? pg_projects_listed(c, a) : pg_projects_all(c, a);
}

static int pg_projects(store *s, const char *const *projects, store_project **out, int *n)
{
    struct projects_arg a = {projects, 0, NULL, 0};
    int rc;

    while (projects && projects[a.nnames])
        a.nnames++;
    rc = pg_run((pg_store *)s, PG_READ, "projects", pg_projects_tx, &a);
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
    "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
static const char SQL_SETTING_GET[] = "SELECT value FROM settings WHERE name = $1";

struct setting_arg {
    const char *name, *value;
    char *out;
};

/* Two statements: after a conflict with a row another node just wrote, only
 * a new statement's snapshot sees that row. */
static int pg_setting_tx(pg_conn *c, void *arg)
{
    struct setting_arg *a = arg;
    pg_query q;
    int rc;

    free(a->out);
    a->out = NULL;
    q_prepare(&q, c, SQL_SETTING_PUT, "setting_get_or_put");
    q_text(&q, a->name);
    q_text(&q, a->value);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    q_prepare(&q, c, SQL_SETTING_GET, "setting_get_or_put");
    q_text(&q, a->name);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0)
        rc = STORE_ENOTFOUND; /* cannot happen: the row was just ensured */
    else
        a->out = q_str(&q, 0, 0);
    q_done(&q);
    return rc;
}

static int pg_setting_get_or_put(store *s, const char *name, const char *value, char **out)
{
    struct setting_arg a = {name, value, NULL};
    int rc;

    rc = pg_run((pg_store *)s, PG_WRITE, "setting_get_or_put", pg_setting_tx, &a);
    if (rc == STORE_OK)
        *out = a.out;
    else
        free(a.out);
    return rc;
}

/* ---- once per cluster ---------------------------------------------------- */

/* The value is "<until ms> <holder>": taken when missing, expired or ours. */
static const char SQL_JOB_LEASE[] =
    "INSERT INTO settings (name, value) VALUES ($1, $2::text || ' ' || $3)"
    " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
    " WHERE split_part(settings.value, ' ', 1)::bigint < $4"
    " OR substr(settings.value, strpos(settings.value, ' ') + 1) = $3";
static const char SQL_SWEEP_TASKS[] =
    "DELETE FROM tasks WHERE status IN (2, 3, 4) AND completed_ms IS NOT NULL"
    " AND completed_ms < $1";
static const char SQL_SWEEP_PENDING[] = "DELETE FROM artifacts WHERE size < 0 AND created_ms < $1";

struct job_arg {
    const char *name, *holder;
    int64_t now, until;
    int tasks, artifacts;
};

static int pg_job_lease_tx(pg_conn *c, void *arg)
{
    const struct job_arg *a = arg;
    pg_query q;

    q_prepare(&q, c, SQL_JOB_LEASE, "job_lease");
    q_text(&q, a->name);
    q_int(&q, a->until);
    q_text(&q, a->holder);
    q_int(&q, a->now);
    return q_exec_guarded(&q);
}

static int pg_job_lease(store *s, const char *name, const char *holder, int64_t now, int64_t until)
{
    struct job_arg a = {name, holder, now, until, 0, 0};
    return pg_run((pg_store *)s, PG_WRITE1, "job_lease", pg_job_lease_tx, &a);
}

/* One DELETE: its count, in *n. */
static int pg_delete_count(pg_conn *c, const char *sql, int64_t before, int *n)
{
    pg_query q;
    int rc;

    q_prepare(&q, c, sql, "sweep");
    q_int(&q, before);
    if ((rc = q_run(&q)) == STORE_OK) *n = (int)q_changed(&q);
    q_done(&q);
    return rc;
}

static int pg_sweep_tx(pg_conn *c, void *arg)
{
    struct job_arg *a = arg;
    /* Logs, results and the tasks' artifacts go by ON DELETE CASCADE. */
    int rc = pg_delete_count(c, SQL_SWEEP_TASKS, a->now, &a->tasks);
    return rc ? rc : pg_delete_count(c, SQL_SWEEP_PENDING, a->until, &a->artifacts);
}

static int pg_sweep(store *s, int64_t ended_before_ms, int64_t pending_before_ms, int *tasks,
                    int *artifacts)
{
    struct job_arg a = {NULL, NULL, ended_before_ms, pending_before_ms, 0, 0};
    int rc = pg_run((pg_store *)s, PG_WRITE, "sweep", pg_sweep_tx, &a);

    if (rc == STORE_OK) {
        *tasks = a.tasks;
        *artifacts = a.artifacts;
    }
    return rc;
}

/* ---- nodes --------------------------------------------------------------- */

static const char SQL_NODE_PUT[] =
    "INSERT INTO nodes (" STORE_NODE_COLS ") VALUES ($1, $2, $3, $4, $5, $6, $7)"
    " ON CONFLICT (name) DO UPDATE SET role = excluded.role, slots = excluded.slots,"
    " busy = CASE WHEN $8::int = 1 THEN nodes.busy ELSE excluded.busy END,"
    " version = excluded.version, started_ms = excluded.started_ms, seen_ms = excluded.seen_ms";
static const char SQL_NODE_GONE[] = "DELETE FROM nodes WHERE seen_ms < $1";
static const char SQL_NODE_LIST[] =
    "SELECT " STORE_NODE_COLS " FROM nodes WHERE seen_ms >= $1 ORDER BY name";

struct node_arg {
    const store_node *in;
    int keep_busy;
    int64_t ms;
    store_node *v;
    int n;
};

static int pg_node_put_tx(pg_conn *c, void *arg)
{
    const struct node_arg *a = arg;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_NODE_PUT, "node_put");
    q_text(&q, a->in->name);
    q_text(&q, a->in->role);
    q_int(&q, a->in->slots);
    q_int(&q, a->in->busy);
    q_text(&q, a->in->version);
    q_int(&q, a->in->started_ms);
    q_int(&q, a->in->seen_ms);
    q_int(&q, a->keep_busy ? 1 : 0);
    if ((rc = q_exec(&q)) != STORE_OK) return rc;
    q_prepare(&q, c, SQL_NODE_GONE, "node_gone");
    q_int(&q, a->ms);
    return q_exec(&q);
}

static int pg_node_put(store *s, const store_node *n, int keep_busy, int64_t gone_before_ms)
{
    struct node_arg a = {.in = n, .keep_busy = keep_busy, .ms = gone_before_ms};
    return pg_run((pg_store *)s, PG_WRITE, "node_put", pg_node_put_tx, &a);
}

static int pg_node_list_tx(pg_conn *c, void *arg)
{
    struct node_arg *a = arg;
    pg_query q;
    int rc;

    store_node_list_free(a->v, a->n);
    a->v = NULL;
    a->n = 0;
    q_prepare(&q, c, SQL_NODE_LIST, "node_list");
    q_int(&q, a->ms);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        store_node_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_node_list(store *s, int64_t seen_after_ms, store_node **out, int *n)
{
    struct node_arg a = {.ms = seen_after_ms};
    int rc = pg_run((pg_store *)s, PG_READ1, "node_list", pg_node_list_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
    } else {
        store_node_list_free(a.v, a.n);
    }
    return rc;
}

/* ---- saved tasks -------------------------------------------------------- */

static const char SQL_SAVED_INSERT[] =
    "WITH p AS (INSERT INTO projects (name, created_ms) VALUES ($3, $14)"
    " ON CONFLICT (name) DO NOTHING)"
    " INSERT INTO saved_tasks (" STORE_SAVED_COLS ") VALUES"
    " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
static const char SQL_SAVED_GET[] = "SELECT " STORE_SAVED_COLS " FROM saved_tasks WHERE name = $1";
static const char SQL_SAVED_LOCK[] =
    "SELECT " STORE_SAVED_COLS " FROM saved_tasks WHERE name = $1 FOR UPDATE";
static const char SQL_SAVED_DELETE[] = "DELETE FROM saved_tasks WHERE id = $1";
static const char SQL_SAVED_DUE[] =
    "SELECT " STORE_SAVED_COLS " FROM saved_tasks"
    " WHERE next_run_ms IS NOT NULL AND next_run_ms <= $1 ORDER BY next_run_ms, id LIMIT $2";
/* The compare-and-set that makes a run fire once, whichever nodes' schedulers
 * try: only the transaction that still finds the next run it read moves it
 * on (a second one waits for the row, then finds it changed). */
static const char SQL_SAVED_FIRE[] =
    "UPDATE saved_tasks SET next_run_ms = $1, last_run_ms = COALESCE($2, last_run_ms)"
    " WHERE id = $3 AND next_run_ms = $4";

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

static int pg_saved_insert_tx(pg_conn *c, void *arg)
{
    const store_saved *t = ((const struct saved_arg *)arg)->in;
    pg_query q;

    q_prepare(&q, c, SQL_SAVED_INSERT, "saved_insert");
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
    return q_exec(&q); /* a taken name is a unique violation: STORE_ECONFLICT */
}

static int pg_saved_insert(store *s, const store_saved *t)
{
    struct saved_arg a = {.in = t};
    return pg_run((pg_store *)s, PG_WRITE1, "saved_insert", pg_saved_insert_tx, &a);
}

/* Read the saved task a->name into a->one (locking its row with sql =
 * SQL_SAVED_LOCK), if visible. */
static int pg_saved_read(pg_conn *c, struct saved_arg *a, const char *sql, const char *what)
{
    pg_query q;
    int rc;

    store_saved_free(&a->one);
    q_prepare(&q, c, sql, what);
    q_text(&q, a->name);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (q_rows(&q) == 0) {
        rc = STORE_ENOTFOUND;
    } else {
        store_saved_from_row(&a->one, PG_ROW_OF(&q, 0));
        if (!store_project_visible(a->projects, a->one.project)) rc = STORE_ENOTFOUND;
    }
    q_done(&q);
    return rc;
}

static int pg_saved_get_tx(pg_conn *c, void *arg)
{
    return pg_saved_read(c, arg, SQL_SAVED_GET, "saved_get");
}

static int pg_saved_get(store *s, const char *name, const char *const *projects, store_saved *out)
{
    struct saved_arg a = {.name = name, .projects = projects};
    int rc = pg_run((pg_store *)s, PG_READ1, "saved_get", pg_saved_get_tx, &a);

    if (rc == STORE_OK) {
        *out = a.one;
        memset(&a.one, 0, sizeof a.one);
    }
    saved_clear(&a);
    return rc;
}

/* Saved tasks (a->v) or tasks (a->tasks) of the listing a->sql with the
 * parameters of a->f after, for runs, the saved task's name. */
static int pg_saved_rows_tx(pg_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    pg_query q;
    int rc;

    saved_clear(a);
    q_prepare_once(&q, c, a->sql, a->name ? "saved_runs" : "saved_list");
    if (a->name) q_text(&q, a->name);
    store_list_params(a->f, &q, pg_list_text, pg_list_int);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    if (a->name)
        a->tasks = q_array(&q, sizeof *a->tasks);
    else
        a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        if (a->name)
            store_task_from_row(&a->tasks[a->n++], PG_ROW_OF(&q, i));
        else
            store_saved_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_saved_list(store *s, const store_saved_filter *f, store_saved **out, int *n)
{
    store_task_filter tf = {.projects = f->projects,
                            .project = f->project,
                            .status = -1,
                            .before_id = f->before_id,
                            .limit = f->limit};
    struct saved_arg a = {.f = &tf};
    int rc;

    a.sql = store_list_sql(STORE_LIST_SAVED, &tf, 1, 0);
    rc = pg_run((pg_store *)s, PG_READ1, "saved_list", pg_saved_rows_tx, &a);
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

static int pg_saved_runs(store *s, const char *name, const char *const *projects, int limit,
                         store_task **out, int *n)
{
    store_task_filter tf = {.projects = projects, .status = -1, .limit = limit};
    struct saved_arg a = {.name = name, .f = &tf};
    int rc;

    a.sql = store_list_sql(STORE_LIST_RUNS("$1"), &tf, 1, 1);
    rc = pg_run((pg_store *)s, PG_READ1, "saved_runs", pg_saved_rows_tx, &a);
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

static int pg_saved_delete_tx(pg_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    pg_query q;
    int rc;

    if ((rc = pg_saved_read(c, a, SQL_SAVED_LOCK, "saved_delete")) != STORE_OK) return rc;
    q_prepare(&q, c, SQL_SAVED_DELETE, "saved_delete");
    q_text(&q, a->one.id);
    return q_exec(&q);
}

static int pg_saved_delete(store *s, const char *name, const char *const *projects)
{
    struct saved_arg a = {.name = name, .projects = projects};
    int rc = pg_run((pg_store *)s, PG_WRITE, "saved_delete", pg_saved_delete_tx, &a);

    saved_clear(&a);
    return rc;
}

static int pg_saved_due_tx(pg_conn *c, void *arg)
{
    struct saved_arg *a = arg;
    pg_query q;
    int rc;

    saved_clear(a);
    q_prepare(&q, c, SQL_SAVED_DUE, "saved_due");
    q_int(&q, a->now);
    q_int(&q, a->limit);
    if ((rc = q_run(&q)) != STORE_OK) return rc;
    a->v = q_array(&q, sizeof *a->v);
    for (int i = 0; i < q_rows(&q); i++)
        store_saved_from_row(&a->v[a->n++], PG_ROW_OF(&q, i));
    q_done(&q);
    return STORE_OK;
}

static int pg_saved_due(store *s, int64_t now, int limit, store_saved **out, int *n)
{
    struct saved_arg a = {.now = now, .limit = limit};
    int rc = pg_run((pg_store *)s, PG_READ1, "saved_due", pg_saved_due_tx, &a);

    if (rc == STORE_OK) {
        *out = a.v;
        *n = a.n;
        a.v = NULL;
        a.n = 0;
    }
    saved_clear(&a);
    return rc;
}

static int pg_saved_fire_tx(pg_conn *c, void *arg)
{
    const struct saved_arg *a = arg;
    pg_query q;
    int rc;

    q_prepare(&q, c, SQL_SAVED_FIRE, "saved_fire");
    q_opt(&q, a->next);
    q_opt(&q, a->run ? a->run->created_ms : 0);
    q_text(&q, a->name);
    q_int(&q, a->expected);
    if ((rc = q_exec_guarded(&q)) != STORE_OK) return rc;
    return a->run ? pg_task_put(c, a->run, "saved_fire") : STORE_OK;
}

static int pg_saved_fire(store *s, const char *id, int64_t expected, int64_t next,
                         const store_task *run)
{
    struct saved_arg a = {.name = id, .expected = expected, .next = next, .run = run};
    return pg_run((pg_store *)s, PG_WRITE, "saved_fire", pg_saved_fire_tx, &a);
}

/* ---- the listener ------------------------------------------------------- */

/* A connection LISTENing on PG_CHANNEL, or NULL with why. */
static PGconn *pg_listen_connect(pg_store *s, char *why, size_t n)
{
    PGconn *db = pg_connect(s->url, s->lnotice, why, n);

    if (db && pg_simple(db, "LISTEN " PG_CHANNEL, why, n) != STORE_OK) {
        PQfinish(db);
        db = NULL;
    }
    return db;
}

/* Wait up to ms for the listener's connection to have input (1), for the
 * handle to close (-1), or for nothing (0). db may be NULL: only wait. */
static int pg_listen_wait(pg_store *s, PGconn *db, int ms)
{
    struct pollfd p[2] = {{.fd = s->wake[0], .events = POLLIN},
                          {.fd = db ? PQsocket(db) : -1, .events = POLLIN}};

    if (poll(p, 2, ms) < 0) return 0;
    if (p[0].revents) return -1;
    return p[1].revents ? 1 : 0;
}

/* xorshift64: the listener's random pauses, different on every node. */
static uint64_t rng_next(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Bump notify for every batch of notifications; reconnect with backoff when
 * the connection breaks, and bump once after (what was sent meanwhile was
 * lost with it). */
static void *pg_listen_main(void *arg)
{
    pg_store *s = arg;
    PGconn *db = NULL;
    int64_t backoff = PG_BACKOFF_MIN_MS;
    char why[256];
    int lost = 0;
    int held = 0;    /* tasks' notifications held back after a lost race */
    int64_t due = 0; /* when they wake the slots */
    uint64_t rng = (uint64_t)getpid() * 0x9E3779B97F4A7C15ULL ^ (uint64_t)util_mono_ms();

    pthread_mutex_lock(&s->lmu);
    db = s->listener_db;
    s->listener_db = NULL;
    pthread_mutex_unlock(&s->lmu);
    for (;;) {
        int w, got = 0;

        if (!db) {
            if (pg_listen_wait(s, NULL, (int)backoff) < 0) break;
            if (!(db = pg_listen_connect(s, why, sizeof why))) {
                backoff = backoff * 2 > PG_BACKOFF_MAX_MS ? PG_BACKOFF_MAX_MS : backoff * 2;
                continue;
            }
            backoff = PG_BACKOFF_MIN_MS;
            if (lost) fprintf(stderr, "store: the PostgreSQL listener reconnected\n");
            lost = 0;
            notify_bump();
        }
        int64_t now = util_mono_ms();
        if (due && now >= due) { /* the pause is over: wake the slots */
            int r = 1;
            for (; held > 0 && r > 0; held--)
                r = notify_queue();
            if (r < 0) notify_bump(); /* the process has no named slot */
            held = 0;
            due = 0;
        }
        if ((w = pg_listen_wait(s, db, due ? (int)(due - now) : -1)) < 0) break;
        if (w == 0) continue;
        if (!PQconsumeInput(db) || PQstatus(db) != CONNECTION_OK) {
            pg_why(db, s->lnotice, "connection lost", why, sizeof why);
            fprintf(stderr,
                    "store: the PostgreSQL listener lost its connection (%s); "
                    "reconnecting\n",
                    why);
            PQfinish(db);
            db = NULL;
            lost = 1;
            continue;
        }
        /* A task's notification wakes one slot (after a lost race, after a
         * pause: held until due); one without a task, all waiters (so does
         * a task's, in a process with no named slot). */
        now = util_mono_ms();
        for (PGnotify *n; (n = PQnotifies(db)) != NULL; PQfreemem(n)) {
            if (!n->extra || !*n->extra) {
                got = 1;
                continue;
            }
            atomic_store(&s->note_ms, now);
            if (now - atomic_load(&s->lost_ms) < PG_RACE_MS) {
                if (!held++) due = now + 1 + (int64_t)(rng_next(&rng) % PG_BACKOFF_WAKE_MS);
            } else if (notify_queue() < 0)
                got = 1;
        }
        if (got) notify_bump();
    }
    PQfinish(db);
    return NULL;
}

/* Start the listener once per handle. The first LISTEN is done here, before
 * the claim that follows, so no task inserted after that claim goes
 * unnoticed; if it fails, the thread keeps trying. */
static void pg_listen_start(pg_store *s)
{
    char why[256];

    if (atomic_load(&s->listening)) return;
    pthread_mutex_lock(&s->lmu);
    if (!atomic_load(&s->listening) && pipe(s->wake) == 0) {
        s->listener_db = pg_listen_connect(s, why, sizeof why);
        if (pthread_create(&s->listener, NULL, pg_listen_main, s) == 0) {
            atomic_store(&s->listening, 1);
        } else {
            PQfinish(s->listener_db);
            s->listener_db = NULL;
            close(s->wake[0]);
            close(s->wake[1]);
        }
    }
    pthread_mutex_unlock(&s->lmu);
}

/* ---- open and close ----------------------------------------------------- */

static void pg_close(store *st)
{
    pg_store *s = (pg_store *)st;

    if (s->listening) {
        close(s->wake[1]); /* the listener sees the pipe's end */
        pthread_join(s->listener, NULL);
        close(s->wake[0]);
    }
    for (int i = 0; i < s->nidle; i++)
        pg_conn_close(s->idle[i]);
    pthread_mutex_destroy(&s->mu);
    pthread_mutex_destroy(&s->lmu);
    pthread_cond_destroy(&s->cv);
    free(s->url);
    free(s);
}

static const struct store_ops pg_ops = {
    .name = "postgres",
    .close = pg_close,
    .stopping = pg_stopping,
    .task_insert = pg_task_insert,
    .task_get = pg_task_get,
    .task_list = pg_task_list,
    .task_claim = pg_task_claim,
    .task_renew = pg_task_renew,
    .task_progress = pg_task_progress,
    .task_release = pg_task_release,
    .task_finish = pg_task_finish,
    .task_finish_claim = pg_task_finish_claim,
    .task_await = pg_task_await,
    .session_set = pg_session_set,
    .task_cancel = pg_task_cancel,
    .requeue_expired = pg_requeue_expired,
    .task_counts = pg_task_counts,
    .key_loads = pg_key_loads,
    .recent_duration = pg_recent_duration,
    .log_append = pg_log_append,
    .logs = pg_logs,
    .result_put = pg_result_put,
    .results = pg_results,
    .results_truncate = pg_results_truncate,
    .artifact_put = pg_artifact_put,
    .artifact_fill = pg_artifact_fill,
    .artifact_get = pg_artifact_get,
    .key_insert = pg_key_insert,
    .key_get = pg_key_get,
    .key_list = pg_key_list,
    .key_revoke = pg_key_revoke,
    .key_count = pg_key_count,
    .projects = pg_projects,
    .setting_get_or_put = pg_setting_get_or_put,
    .job_lease = pg_job_lease,
    .sweep = pg_sweep,
    .saved_insert = pg_saved_insert,
    .saved_get = pg_saved_get,
    .saved_list = pg_saved_list,
    .saved_delete = pg_saved_delete,
    .saved_due = pg_saved_due,
    .saved_fire = pg_saved_fire,
    .saved_runs = pg_saved_runs,
    .node_put = pg_node_put,
    .node_list = pg_node_list,
};

int store_postgres_open(const char *url, store **out, char *err, size_t errlen)
{
    char reason[512];
    pg_store *s;
    pg_conn *c;

    /* Said without the URL, which may hold a password. */
    if (pg_conn_open(url, &c, reason, sizeof reason) != STORE_OK) {
        snprintf(err, errlen, "PostgreSQL store: cannot connect: %s", reason);
        return STORE_EDB;
    }
    if (pg_schema(c->db, reason, sizeof reason) != STORE_OK) {
        snprintf(err, errlen, "PostgreSQL store: %s", reason);
        pg_conn_close(c);
        return STORE_EDB;
    }
    s = xcalloc(1, sizeof *s);
    s->base.ops = &pg_ops;
    s->url = xstrdup(url);
    pthread_mutex_init(&s->mu, NULL);
    pthread_mutex_init(&s->lmu, NULL);
    util_cond_init(&s->cv);
    s->idle[s->nidle++] = c;
    s->nopen = 1;
    *out = &s->base;
    return STORE_OK;
}
