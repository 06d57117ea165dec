/* test_store.c -- the store on both backends, from one source: tasks and the
 * queue, leases and their expiry, logs, results, artifacts, keys, projects,
 * settings, schema versions, and several handles (threads, then forked
 * processes) claiming at once as serve and worker nodes would.
 *
 * The tests run as two groups: on SQLite (every test gets a fresh file in
 * its own temporary directory) and on PostgreSQL (every test gets a fresh
 * schema in the database of BROWSERAI_TEST_PG, a libpq URL; tests/run.sh
 * starts a throw-away server with tests/lib/pg.sh). Without that variable
 * the PostgreSQL group fails rather than pass having tested nothing. */
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "store/store.h"
#include "util/notify.h"
#include "util/util.h"
#include "pgdb.h"

typedef struct fixture {
    char dir[64];
    char path[1024]; /* what store_open takes: a file name, or a PostgreSQL URL */
    char schema[64]; /* PostgreSQL: the schema holding this test's tables */
    store *s;
} fixture;

/* The group running: 0 SQLite, 1 PostgreSQL (then pg_admin is its
 * connection for what the store has no call for). */
static int on_pg;
static const char *pg_url;
static PGconn *pg_admin;

static void pg_admin_exec(const char *sql)
{
    PGresult *r = PQexec(pg_admin, sql);

    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        fail_msg("%s: %s", sql, PQerrorMessage(pg_admin));
    PQclear(r);
}

/* A fresh schema, and a URL whose connections use it. */
static int pg_fixture(fixture *f)
{
    static int n;
    char sql[128];
    PGresult *r;
    int ok;

    snprintf(f->schema, sizeof f->schema, "test_%d_%d", (int)getpid(), ++n);
    snprintf(sql, sizeof sql, "CREATE SCHEMA %s", f->schema);
    r = PQexec(pg_admin, sql);
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) fprintf(stderr, "%s: %s", sql, PQerrorMessage(pg_admin));
    PQclear(r);
    snprintf(f->path,
             sizeof f->path,
             "%s%soptions=-csearch_path%%3D%s",
             pg_url,
             strchr(pg_url, '?') ? "&" : "?",
             f->schema);
    return ok ? 0 : -1;
}

static int setup(void **state)
{
    fixture *f = xcalloc(1, sizeof *f);
    char err[256] = "";

    if (on_pg) {
        if (pg_fixture(f) != 0) return -1;
    } else {
        snprintf(f->dir, sizeof f->dir, "/tmp/test_store.XXXXXX");
        if (!mkdtemp(f->dir)) return -1;
        snprintf(f->path, sizeof f->path, "%s/store.db", f->dir);
    }
    if (store_open(f->path, &f->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store_open: %s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    const char *suffix[] = {"", "-wal", "-shm"};
    char p[1100];

    store_close(f->s);
    if (on_pg) {
        snprintf(p, sizeof p, "DROP SCHEMA %s CASCADE", f->schema);
        pg_admin_exec(p);
    } else {
        for (int i = 0; i < 3; i++) {
            snprintf(p, sizeof p, "%s%s", f->path, suffix[i]);
            unlink(p);
        }
        rmdir(f->dir);
    }
    free(f);
    return 0;
}

/* Run SQL on the test's store behind the store's back, for states no call
 * makes yet. */
static void raw_sql(fixture *f, const char *sql)
{
    char set[128];
    sqlite3 *db;

    if (on_pg) {
        snprintf(set, sizeof set, "SET search_path = %s", f->schema);
        pg_admin_exec(set);
        pg_admin_exec(sql);
        pg_admin_exec("RESET search_path");
        return;
    }
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* Ids in insertion order: util_new_id only orders by the millisecond. */
static void task_id(char *out, size_t n, int i)
{
    snprintf(out, n, "t-%05d", i);
}

static void make_task(store_task *t, const char *id, const char *project, const char *key)
{
    memset(t, 0, sizeof *t);
    t->id = (char *)id;
    t->project = (char *)project;
    t->key_id = (char *)key;
    t->type = TASK_CRAWLER;
    t->instructions = "[{\"action\":\"open example.com\"}]";
    t->step_count = 1;
    t->timeout_s = 60;
    t->created_ms = util_now_ms();
    t->progress = "queued";
}

static void insert(store *s, int i, const char *project, const char *key)
{
    char id[32];
    store_task t;

    task_id(id, sizeof id, i);
    make_task(&t, id, project, key);
    assert_int_equal(store_task_insert(s, &t, 0), STORE_OK);
}

static store_task get(store *s, int i)
{
    char id[32];
    store_task t = {0};

    task_id(id, sizeof id, i);
    assert_int_equal(store_task_get(s, id, NULL, &t), STORE_OK);
    return t;
}

static task_status status_of(store *s, int i)
{
    store_task t = get(s, i);
    task_status st = t.status;
    store_task_free(&t);
    return st;
}

/* ---- open, names -------------------------------------------------------- */

static void test_open_errors(void **state)
{
    char err[256] = "";
    store *s = NULL;

    assert_int_equal(store_open("/nonexistent-dir-for-test/x/store.db", &s, err, sizeof err),
                     STORE_EDB);
    assert_null(s);
    assert_non_null(strstr(err, "/nonexistent-dir-for-test/x/store.db"));
    assert_non_null(strstr(err, "unable to open"));

    /* No server there: refused at once, and the password is not repeated. */
    err[0] = '\0';
    assert_int_equal(store_open("postgresql://bai:s3cret@127.0.0.1:1/bai", &s, err, sizeof err),
                     STORE_EDB);
    assert_non_null(strstr(err, "PostgreSQL store: cannot connect"));
    assert_null(strstr(err, "s3cret"));
    assert_null(s);
    err[0] = '\0';
    assert_int_equal(store_open("sqlite:", &s, err, sizeof err), STORE_EDB);
    assert_true(err[0] != '\0');
    err[0] = '\0';
    assert_int_equal(store_open("ftp://x/y", &s, err, sizeof err), STORE_EDB);
    assert_true(err[0] != '\0');
    err[0] = '\0';
    assert_int_equal(store_open(":memory:", &s, err, sizeof err), STORE_EDB);
    assert_true(err[0] != '\0');
    assert_null(s);
}

/* A second handle on the same store sees the same data: through the
 * "sqlite:" form of the URL, or the other spelling of PostgreSQL's. */
static void test_open_second_handle(void **state)
{
    fixture *f = *state;
    char url[1100], err[256] = "";
    store *s = NULL;
    char *v = NULL;

    assert_int_equal(store_setting_get_or_put(f->s, "k", "v1", &v), STORE_OK);
    free(v);
    if (on_pg && strncmp(f->path, "postgresql://", 13) == 0)
        snprintf(url, sizeof url, "postgres://%s", f->path + 13);
    else if (on_pg)
        snprintf(url, sizeof url, "%s", f->path);
    else
        snprintf(url, sizeof url, "sqlite:%s", f->path);
    assert_int_equal(store_open(url, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_setting_get_or_put(s, "k", "v2", &v), STORE_OK);
    assert_string_equal(v, "v1");
    free(v);
    store_close(s);
    store_close(NULL);
}

/* A store written by a newer build is refused with a message that says so;
 * the same version opens again. */
static void test_schema_newer(void **state)
{
    fixture *f = *state;
    char err[256] = "";
    store *s = NULL;

    store_close(f->s);
    f->s = NULL;
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    store_close(s);
    s = NULL;
    raw_sql(f, on_pg ? "UPDATE browserai_schema SET version = 99" : "PRAGMA user_version = 99");
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_EDB);
    assert_null(s);
    assert_non_null(strstr(err, "schema version 99"));
    assert_non_null(strstr(err, "this build knows up to"));
}

static void test_names(void **state)
{
    for (int i = 0; i < TASK_STATUS_COUNT; i++)
        assert_int_equal(task_status_parse(task_status_name((task_status)i)), i);
    for (int i = 0; i < TASK_TYPE_COUNT; i++)
        assert_int_equal(task_type_parse(task_type_name((task_type)i)), i);
    for (int i = 1; i < TASK_REASON_COUNT; i++)
        assert_int_equal(task_reason_parse(task_reason_name((task_reason)i)), i);
    /* The vendor's words. */
    static const char *const words[] = {
        "queued", "running", "finalized", "failed", "stopped", "awaiting"};
    for (int i = 0; i < TASK_STATUS_COUNT; i++)
        assert_string_equal(task_status_name(i), words[i]);
    assert_int_equal(task_status_parse("completed"), -1);
    assert_int_equal(task_status_parse("cancelled"), -1);
    assert_int_equal(task_status_parse("timed_out"), -1);
    /* The transitional TIMED_OUT reads as what it becomes. */
    assert_null(task_reason_name(TASK_REASON_NONE));
    assert_string_equal(task_reason_name(TASK_REASON_TIMEOUT), "timeout");
    assert_string_equal(task_reason_name(TASK_REASON_STOPPED), "stopped");
    assert_string_equal(task_reason_name(TASK_REASON_BROWSER), "browser");
    assert_string_equal(task_reason_name(TASK_REASON_LOST), "lost");
    assert_string_equal(task_reason_name(TASK_REASON_ERROR), "error");
    assert_int_equal(task_reason_parse(""), -1);
    assert_int_equal(task_reason_parse(NULL), -1);
    assert_int_equal(task_reason_parse("Timeout"), -1);
    assert_int_equal(task_type_parse("natural_language"), TASK_CRAWLER);
    assert_string_equal(task_type_name(TASK_CRAWLER), "crawler_automation");
    assert_string_equal(task_type_name(TASK_SCRIPT), "script_automation");
    assert_int_equal(task_status_parse("Queued"), -1);
    assert_int_equal(task_status_parse(""), -1);
    assert_int_equal(task_status_parse(NULL), -1);
    assert_int_equal(task_type_parse("crawler"), -1);
    assert_false(task_status_terminal(TASK_QUEUED));
    assert_false(task_status_terminal(TASK_RUNNING));
    assert_false(task_status_terminal(TASK_AWAITING));
    assert_true(task_status_terminal(TASK_FINALIZED));
    assert_true(task_status_terminal(TASK_FAILED));
    assert_true(task_status_terminal(TASK_STOPPED));
    store_task_free(NULL);
    store_result_free(NULL);
    store_key_free(NULL);
}

/* ---- tasks -------------------------------------------------------------- */

static void test_insert_get_roundtrip(void **state)
{
    fixture *f = *state;
    store_task in, out = {0};

    memset(&in, 0, sizeof in);
    in.id = "rt-1";
    in.project = "proj";
    in.key_id = "key1";
    in.type = TASK_SCRIPT;
    in.status = TASK_FINALIZED; /* ignored: a new task is queued */
    in.instructions = "[{\"action\":\"return 1\"}]";
    in.geo = "{\"country\":\"DE\"}";
    in.inspect = 1;
    in.timeout_s = 123;
    in.script_id = "sha256:abcd";
    in.step_count = 7;
    in.created_ms = 1700000000001;
    in.started_ms = 1700000000002;
    in.completed_ms = 1700000000003;
    in.progress = "queued";
    in.error = "no error";
    in.result = "{\"r\":1}";
    in.attempts = 3;
    in.worker = "w9";
    in.lease_until_ms = 1700000000004;
    assert_int_equal(store_task_insert(f->s, &in, 0), STORE_OK);
    assert_int_equal(store_task_insert(f->s, &in, 0), STORE_ECONFLICT);

    assert_int_equal(store_task_get(f->s, "rt-1", NULL, &out), STORE_OK);
    assert_string_equal(out.id, "rt-1");
    assert_string_equal(out.project, "proj");
    assert_string_equal(out.key_id, "key1");
    assert_int_equal(out.type, TASK_SCRIPT);
    assert_int_equal(out.status, TASK_QUEUED);
    assert_string_equal(out.instructions, in.instructions);
    assert_string_equal(out.geo, in.geo);
    assert_int_equal(out.inspect, 1);
    assert_int_equal(out.timeout_s, 123);
    assert_string_equal(out.script_id, "sha256:abcd");
    assert_int_equal(out.step_count, 7);
    assert_int_equal(out.created_ms, 1700000000001);
    assert_int_equal(out.started_ms, 1700000000002);
    assert_int_equal(out.completed_ms, 1700000000003);
    assert_string_equal(out.progress, "queued");
    assert_string_equal(out.error, "no error");
    assert_string_equal(out.result, "{\"r\":1}");
    assert_int_equal(out.attempts, 3);
    assert_string_equal(out.worker, "w9");
    assert_int_equal(out.lease_until_ms, 1700000000004);
    assert_int_equal(out.queue_position, 1);
    store_task_free(&out);
    store_task_free(&out); /* a freed struct is a zeroed one */

    /* NULL optional fields come back as NULL / 0. */
    make_task(&in, "rt-2", "proj", NULL);
    in.instructions = NULL;
    assert_int_equal(store_task_insert(f->s, &in, 0), STORE_OK);
    assert_int_equal(store_task_get(f->s, "rt-2", NULL, &out), STORE_OK);
    assert_string_equal(out.key_id, "");
    assert_null(out.instructions);
    assert_null(out.geo);
    assert_null(out.error);
    assert_null(out.worker);
    assert_int_equal(out.started_ms, 0);
    assert_int_equal(out.lease_until_ms, 0);
    assert_int_equal(out.queue_position, 2);
    store_task_free(&out);

    assert_int_equal(store_task_get(f->s, "nope", NULL, &out), STORE_ENOTFOUND);
    assert_null(out.id);
}

/* 25 tasks: even ones in project a, odd in b; every third stopped. */
static void seed_list(store *s)
{
    char id[32];

    for (int i = 0; i < 25; i++)
        insert(s, i, i % 2 ? "b" : "a", "k");
    for (int i = 0; i < 25; i += 3) {
        task_id(id, sizeof id, i);
        assert_int_equal(store_task_cancel(s, id, NULL, "test"), STORE_OK);
    }
}

static void test_list_filters(void **state)
{
    fixture *f = *state;
    store_task *v = NULL;
    int n = -1;
    store_task_filter flt = {NULL, NULL, -1, NULL, 100, TASK_REASON_NONE};

    seed_list(f->s);
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 25);
    for (int i = 0; i < n; i++) {
        char id[32];
        task_id(id, sizeof id, 24 - i); /* newest first */
        assert_string_equal(v[i].id, id);
    }
    store_task_list_free(v, n);

    flt.project = "a";
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 13);
    for (int i = 0; i < n; i++)
        assert_string_equal(v[i].project, "a");
    store_task_list_free(v, n);

    flt.status = TASK_STOPPED; /* 0, 6, 12, 18, 24 in a */
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 5);
    assert_string_equal(v[0].id, "t-00024");
    assert_string_equal(v[4].id, "t-00000");
    for (int i = 0; i < n; i++)
        assert_int_equal(v[i].status, TASK_STOPPED);
    store_task_list_free(v, n);

    flt.project = NULL;
    flt.status = TASK_QUEUED; /* 25 - 9 stopped */
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 16);
    store_task_list_free(v, n);

    flt.limit = 0;
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_task_list_free(v, n);
}

static void test_list_pages(void **state)
{
    fixture *f = *state;
    store_task_filter flt = {NULL, NULL, -1, NULL, 10, TASK_REASON_NONE};
    char cursor[32] = "";
    int seen = 0, pages = 0, expect = 24;

    seed_list(f->s);
    for (;;) {
        store_task *v = NULL;
        int n = 0;

        flt.before_id = cursor[0] ? cursor : NULL;
        assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
        if (n == 0) break;
        pages++;
        for (int i = 0; i < n; i++) {
            char id[32];
            task_id(id, sizeof id, expect--);
            assert_string_equal(v[i].id, id);
        }
        seen += n;
        snprintf(cursor, sizeof cursor, "%s", v[n - 1].id);
        store_task_list_free(v, n);
    }
    assert_int_equal(pages, 3);
    assert_int_equal(seen, 25);
}

static void test_visibility(void **state)
{
    fixture *f = *state;
    const char *const only_b[] = {"b", NULL};
    const char *const none[] = {NULL};
    const char *const both[] = {"a", "b", NULL};
    store_task t = {0}, *v = NULL;
    int n = 0;
    store_task_filter flt = {only_b, NULL, -1, NULL, 100, TASK_REASON_NONE};

    insert(f->s, 1, "a", "k");
    insert(f->s, 2, "b", "k");
    assert_int_equal(store_task_get(f->s, "t-00001", only_b, &t), STORE_ENOTFOUND);
    assert_int_equal(store_task_get(f->s, "t-00002", only_b, &t), STORE_OK);
    store_task_free(&t);
    assert_int_equal(store_task_get(f->s, "t-00001", both, &t), STORE_OK);
    store_task_free(&t);
    assert_int_equal(store_task_cancel(f->s, "t-00001", only_b, "x"), STORE_ENOTFOUND);
    assert_int_equal(status_of(f->s, 1), TASK_QUEUED);

    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].id, "t-00002");
    store_task_list_free(v, n);

    /* Asking for a project outside the visible list finds nothing. */
    flt.project = "a";
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_task_list_free(v, n);

    flt.projects = none;
    flt.project = NULL;
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_task_get(f->s, "t-00002", none, &t), STORE_ENOTFOUND);
}

static void test_max_queued(void **state)
{
    fixture *f = *state;
    store_task t, c = {0};

    make_task(&t, "q-1", "p", "k1");
    assert_int_equal(store_task_insert(f->s, &t, 2), STORE_OK);
    t.id = "q-2";
    assert_int_equal(store_task_insert(f->s, &t, 2), STORE_OK);
    t.id = "q-3";
    assert_int_equal(store_task_insert(f->s, &t, 2), STORE_EFULL);
    assert_int_equal(store_task_get(f->s, "q-3", NULL, &c), STORE_ENOTFOUND);
    /* Other keys have their own limit; 0 means no limit. */
    t.key_id = "k2";
    assert_int_equal(store_task_insert(f->s, &t, 2), STORE_OK);
    t.key_id = "k1";
    t.id = "q-4";
    assert_int_equal(store_task_insert(f->s, &t, 0), STORE_OK);
    t.id = "q-5";
    assert_int_equal(store_task_insert(f->s, &t, 3), STORE_EFULL);
    /* Only queued tasks count: a claimed one frees a place. */
    assert_int_equal(store_task_claim(f->s, "w", 60000, &c), STORE_OK);
    store_task_free(&c);
    assert_int_equal(store_task_insert(f->s, &t, 3), STORE_OK);
}

static void test_queue_position(void **state)
{
    fixture *f = *state;
    store_task t = {0};

    for (int i = 0; i < 3; i++)
        insert(f->s, i, "p", "k");
    for (int i = 0; i < 3; i++) {
        t = get(f->s, i);
        assert_int_equal(t.queue_position, i + 1);
        store_task_free(&t);
    }
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_OK);
    store_task_free(&t);
    t = get(f->s, 0);
    assert_int_equal(t.queue_position, 0);
    store_task_free(&t);
    t = get(f->s, 2);
    assert_int_equal(t.queue_position, 2);
    store_task_free(&t);
}

static void test_claim_order(void **state)
{
    fixture *f = *state;
    store_task t = {0};
    int64_t before = util_now_ms();

    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_EEMPTY);
    assert_null(t.id);
    for (int i = 0; i < 3; i++)
        insert(f->s, i, "p", "k");
    for (int i = 0; i < 3; i++) {
        char id[32];
        task_id(id, sizeof id, i);
        assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
        assert_string_equal(t.id, id);
        assert_int_equal(t.status, TASK_RUNNING);
        assert_string_equal(t.worker, "w1");
        assert_int_equal(t.attempts, 1);
        assert_string_equal(t.progress, "starting");
        assert_true(t.started_ms >= before);
        assert_true(t.lease_until_ms >= t.started_ms + 60000);
        assert_string_equal(t.instructions, "[{\"action\":\"open example.com\"}]");
        store_task_free(&t);
    }
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_EEMPTY);
}

static void test_renew_progress(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 1000, &t), STORE_OK);
    assert_int_equal(store_task_renew(f->s, t.id, "w1", 600000), STORE_OK);
    g = get(f->s, 1);
    assert_true(g.lease_until_ms >= t.lease_until_ms + 500000);
    store_task_free(&g);
    assert_int_equal(store_task_renew(f->s, t.id, "w2", 600000), STORE_ECONFLICT);
    assert_int_equal(store_task_renew(f->s, "missing", "w1", 600000), STORE_ECONFLICT);

    assert_int_equal(store_task_progress(f->s, t.id, "w1", "step 1/2: open"), STORE_OK);
    assert_int_equal(store_task_progress(f->s, t.id, "w2", "hijack"), STORE_ECONFLICT);
    g = get(f->s, 1);
    assert_string_equal(g.progress, "step 1/2: open");
    store_task_free(&g);
    store_task_free(&t);
}

static void test_finish(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;
    char **lines = NULL;
    int n = 0;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(
        store_task_end(f->s, t.id, "w2", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, "{}", "x"),
        STORE_ECONFLICT);
    assert_int_equal(
        store_task_end(f->s, t.id, "w1", TASK_RUNNING, TASK_REASON_NONE, "x", NULL, NULL, NULL),
        STORE_EDB);
    assert_int_equal(
        store_task_end(f->s, t.id, "w1", TASK_AWAITING, TASK_REASON_NONE, "x", NULL, NULL, NULL),
        STORE_EDB);
    /* A reason given with finalized is dropped: only failed and stopped have one. */
    assert_int_equal(store_task_end(f->s,
                                    t.id,
                                    "w1",
                                    TASK_FINALIZED,
                                    TASK_REASON_ERROR,
                                    "finalized in 1.0 s",
                                    NULL,
                                    "{\"ok\":true}",
                                    "2026-01-01T00:00:00.000Z done"),
                     STORE_OK);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_FINALIZED);
    assert_int_equal(g.reason, TASK_REASON_NONE);
    assert_string_equal(g.progress, "finalized in 1.0 s");
    assert_null(g.error);
    assert_string_equal(g.result, "{\"ok\":true}");
    assert_null(g.worker);
    assert_int_equal(g.lease_until_ms, 0);
    assert_true(g.completed_ms >= g.started_ms && g.completed_ms > 0);
    assert_int_equal(g.queue_position, 0);
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    /* The insert wrote the first line; finish the last. */
    assert_int_equal(n, 2);
    assert_non_null(strstr(lines[0], "Z queued (1 instruction"));
    assert_string_equal(lines[1], "2026-01-01T00:00:00.000Z done");
    store_strings_free(lines, n);
    /* Terminal states never change again. */
    assert_int_equal(
        store_task_end(f->s, t.id, "w1", TASK_FAILED, TASK_REASON_ERROR, "x", "e", NULL, "again"),
        STORE_ECONFLICT);
    assert_int_equal(status_of(f->s, 1), TASK_FINALIZED);
    store_task_free(&t);

    /* Cancelled under the worker: its finish loses and logs nothing. */
    insert(f->s, 2, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(store_task_cancel(f->s, t.id, NULL, "user asked"), STORE_OK);
    assert_int_equal(
        store_task_end(
            f->s, t.id, "w1", TASK_FAILED, TASK_REASON_ERROR, "failed", "boom", NULL, "late line"),
        STORE_ECONFLICT);
    g = get(f->s, 2);
    assert_int_equal(g.status, TASK_STOPPED);
    assert_int_equal(g.reason, TASK_REASON_STOPPED);
    assert_string_equal(g.error, "user asked");
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_null(strstr(lines[1], "late line"));
    store_strings_free(lines, n);
    store_task_free(&t);

    /* An error cut inside a character (a message cut to its buffer, quoting
     * an emoji) is kept as valid UTF-8 on both backends, not refused: the
     * task ends, and its error and log read back. */
    insert(f->s, 3, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(store_log_append(f->s, t.id, "w1", "step 1: \"\xf0\x9f\x97"), STORE_OK);
    assert_int_equal(store_task_end(f->s,
                                    t.id,
                                    "w1",
                                    TASK_FAILED,
                                    TASK_REASON_ERROR,
                                    "failed",
                                    "closest: <button> \"\xf0\x9f\x97",
                                    NULL,
                                    "x \xff end"),
                     STORE_OK);
    g = get(f->s, 3);
    assert_string_equal(g.error, "closest: <button> \"");
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(lines[1], "step 1: \"");
    assert_string_equal(lines[2], "x ? end");
    store_strings_free(lines, n);
    store_task_free(&t);
}

static void test_cancel(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;
    char **lines = NULL;
    int n = 0;
    const char *line;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_cancel(f->s, "t-00001", NULL, "not needed"), STORE_OK);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_STOPPED);
    assert_int_equal(g.reason, TASK_REASON_STOPPED);
    assert_string_equal(g.error, "not needed");
    assert_string_equal(g.progress, "stopped");
    assert_true(g.completed_ms > 0);
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, "t-00001", 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 2);
    line = lines[1];
    /* "2026-11-28T21:00:00.123Z stopped: not needed" */
    assert_int_equal(strlen(line), UTIL_TIME_LEN - 1 + strlen(" stopped: not needed"));
    assert_int_equal(line[UTIL_TIME_LEN - 2], 'Z');
    assert_string_equal(line + UTIL_TIME_LEN - 1, " stopped: not needed");
    store_strings_free(lines, n);

    assert_int_equal(store_task_cancel(f->s, "t-00001", NULL, "again"), STORE_ECONFLICT);
    assert_int_equal(store_task_cancel(f->s, "missing", NULL, "x"), STORE_ENOTFOUND);

    /* A running task: its worker learns at the next renew. */
    insert(f->s, 2, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(store_task_cancel(f->s, t.id, NULL, "stop"), STORE_OK);
    assert_int_equal(store_task_renew(f->s, t.id, "w1", 60000), STORE_ECONFLICT);
    g = get(f->s, 2);
    assert_int_equal(g.status, TASK_STOPPED);
    assert_null(g.worker);
    store_task_free(&g);
    store_task_free(&t);

    /* Other terminal states refuse too. */
    insert(f->s, 3, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(
        store_task_end(
            f->s, t.id, "w1", TASK_FAILED, TASK_REASON_TIMEOUT, "failed", "limit", NULL, NULL),
        STORE_OK);
    assert_int_equal(store_task_cancel(f->s, t.id, NULL, "x"), STORE_ECONFLICT);
    assert_int_equal(status_of(f->s, 3), TASK_FAILED);
    store_task_free(&t);
}

/* How each way of ending sets failureReason. */
static void test_reasons(void **state)
{
    fixture *f = *state;
    static const struct {
        task_status st;
        task_reason given;
        task_status want_st;
        task_reason want;
    } cases[] = {
        {TASK_FAILED, TASK_REASON_NONE, TASK_FAILED, TASK_REASON_ERROR},
        {TASK_FAILED, TASK_REASON_BROWSER, TASK_FAILED, TASK_REASON_BROWSER},
        {TASK_FAILED, TASK_REASON_TIMEOUT, TASK_FAILED, TASK_REASON_TIMEOUT},
        {TASK_STOPPED, TASK_REASON_NONE, TASK_STOPPED, TASK_REASON_STOPPED},
        {TASK_FINALIZED, TASK_REASON_NONE, TASK_FINALIZED, TASK_REASON_NONE},
    };
    for (int i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        store_task t = {0};
        insert(f->s, i, "p", "k");
        assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
        int rc =
            store_task_end(f->s, t.id, "w1", cases[i].st, cases[i].given, "x", "why", NULL, NULL);
        assert_int_equal(rc, STORE_OK);
        store_task g = get(f->s, i);
        assert_int_equal(g.status, cases[i].want_st);
        assert_int_equal(g.reason, cases[i].want);
        store_task_free(&g);
        store_task_free(&t);
    }
}

/* List filters take the earlier words: completed and cancelled are the same
 * statuses, timed_out is failed with reason timeout. */
static void test_filter_aliases(void **state)
{
    fixture *f = *state;
    task_reason why;
    store_task t = {0}, *v = NULL;
    int n = 0;

    assert_int_equal(task_status_parse_filter("finalized", &why), TASK_FINALIZED);
    assert_int_equal(why, TASK_REASON_NONE);
    assert_int_equal(task_status_parse_filter("completed", &why), TASK_FINALIZED);
    assert_int_equal(why, TASK_REASON_NONE);
    assert_int_equal(task_status_parse_filter("cancelled", &why), TASK_STOPPED);
    assert_int_equal(task_status_parse_filter("timed_out", &why), TASK_FAILED);
    assert_int_equal(why, TASK_REASON_TIMEOUT);
    assert_int_equal(task_status_parse_filter("awaiting", &why), TASK_AWAITING);
    assert_int_equal(task_status_parse_filter("done", &why), -1);
    assert_int_equal(task_status_parse_filter(NULL, &why), -1);

    /* Two failed tasks, one of them by timeout. */
    for (int i = 1; i <= 2; i++) {
        insert(f->s, i, "p", "k");
        assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
        assert_int_equal(store_task_end(f->s,
                                        t.id,
                                        "w1",
                                        TASK_FAILED,
                                        i == 1 ? TASK_REASON_TIMEOUT : TASK_REASON_ERROR,
                                        "x",
                                        "e",
                                        NULL,
                                        NULL),
                         STORE_OK);
        store_task_free(&t);
    }
    store_task_filter flt = {.status = TASK_FAILED, .limit = 10};
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    store_task_list_free(v, n);
    flt.reason = TASK_REASON_TIMEOUT;
    assert_int_equal(store_task_list(f->s, &flt, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].id, "t-00001");
    assert_int_equal(v[0].reason, TASK_REASON_TIMEOUT);
    store_task_list_free(v, n);
}

/* A stopped live session: awaiting is not terminal, so it can be stopped. */
static void test_stop_awaiting(void **state)
{
    fixture *f = *state;

    insert(f->s, 1, "p", "k");
    /* No call sets awaiting yet (live sessions will): write it directly. */
    char sql[96];
    snprintf(sql, sizeof sql, "UPDATE tasks SET status = %d WHERE id = 't-00001'", TASK_AWAITING);
    raw_sql(f, sql);
    assert_int_equal(status_of(f->s, 1), TASK_AWAITING);
    assert_int_equal(store_task_cancel(f->s, "t-00001", NULL, "done with it"), STORE_OK);
    store_task g = get(f->s, 1);
    assert_int_equal(g.status, TASK_STOPPED);
    assert_int_equal(g.reason, TASK_REASON_STOPPED);
    store_task_free(&g);
}

/* A store made by the first release (schema 1, the earlier status words)
 * opens with its rows moved to the vendor's words. */
static void test_migrate_statuses(void **state)
{
    char dir[64], path[128], err[256] = "";
    sqlite3 *db;
    store *s = NULL;

    snprintf(dir, sizeof dir, "/tmp/test_store_v1.XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/store.db", dir);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    /* Schema 1's tasks table; version 1 numbered completed 2, failed 3,
     * cancelled 4, timed_out 5. */
    const char *v1 =
        "PRAGMA journal_mode = WAL;"
        "CREATE TABLE tasks (id TEXT PRIMARY KEY, project TEXT NOT NULL,"
        " key_id TEXT NOT NULL DEFAULT '', type INTEGER NOT NULL, status INTEGER NOT NULL,"
        " instructions TEXT, geo TEXT, inspect INTEGER NOT NULL DEFAULT 0,"
        " timeout_s INTEGER NOT NULL DEFAULT 0, script_id TEXT,"
        " step_count INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL,"
        " started_ms INTEGER, completed_ms INTEGER, progress TEXT, error TEXT, result TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0, worker TEXT, lease_until_ms INTEGER);"
        "INSERT INTO tasks (id, project, type, status, created_ms, progress, error) VALUES"
        " ('t-1', 'p', 0, 0, 1, 'queued', NULL),"
        " ('t-2', 'p', 0, 2, 2, 'completed in 1.0 s', NULL),"
        " ('t-3', 'p', 0, 3, 3, 'failed after 1.0 s', 'boom'),"
        " ('t-4', 'p', 0, 4, 4, 'cancelled', 'cancelled by request'),"
        " ('t-5', 'p', 0, 5, 5, 'timed_out after 2.0 s', 'the task ran longer'),"
        " ('t-6', 'p', 0, 3, 6, 'failed (worker lost)', 'worker lost 3 times');"
        "PRAGMA user_version = 1;";
    assert_int_equal(sqlite3_exec(db, v1, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_OK);
    static const struct {
        const char *id;
        task_status st;
        task_reason why;
    } want[] = {
        {"t-1", TASK_QUEUED, TASK_REASON_NONE},
        {"t-2", TASK_FINALIZED, TASK_REASON_NONE},
        {"t-3", TASK_FAILED, TASK_REASON_ERROR},
        {"t-4", TASK_STOPPED, TASK_REASON_STOPPED},
        {"t-5", TASK_FAILED, TASK_REASON_TIMEOUT},
        {"t-6", TASK_FAILED, TASK_REASON_LOST},
    };
    for (int i = 0; i < 6; i++) {
        store_task t = {0};
        assert_int_equal(store_task_get(s, want[i].id, NULL, &t), STORE_OK);
        assert_int_equal(t.status, want[i].st);
        assert_int_equal(t.reason, want[i].why);
        store_task_free(&t);
    }
    store_close(s);
    /* Opening again changes nothing. */
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_OK);
    store_task t = {0};
    assert_int_equal(store_task_get(s, "t-5", NULL, &t), STORE_OK);
    assert_int_equal(t.status, TASK_FAILED);
    store_task_free(&t);
    store_close(s);
    const char *suffix[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char p[160];
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
    rmdir(dir);
}

/* A stopping worker hands its task back: queued again at once, the attempt
 * not counted, the log saying why; a worker that no longer holds it cannot. */
static void test_release(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;
    char **lines = NULL;
    int n = 0;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_int_equal(t.attempts, 1);
    assert_int_equal(store_task_release(f->s, t.id, "w2", "x"), STORE_ECONFLICT);
    assert_int_equal(store_task_release(f->s, t.id, "w1", "2026-01-01T00:00:00.000Z handed back"),
                     STORE_OK);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_QUEUED);
    assert_int_equal(g.attempts, 0);
    assert_null(g.worker);
    assert_int_equal(g.queue_position, 1);
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(lines[1], "2026-01-01T00:00:00.000Z handed back");
    store_strings_free(lines, n);
    /* Released twice: the second time it is no longer held. */
    assert_int_equal(store_task_release(f->s, t.id, "w1", NULL), STORE_ECONFLICT);
    store_task_free(&t);
    /* The next claim takes it, as attempt 1 again. */
    assert_int_equal(store_task_claim(f->s, "w3", 60000, &t), STORE_OK);
    assert_int_equal(t.attempts, 1);
    assert_string_equal(t.worker, "w3");
    store_task_free(&t);
}

static void test_lease_expiry(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g, other = {0};
    char **lines = NULL;
    int n = -1;
    int64_t started;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_requeue_expired(f->s, 2, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_task_claim(f->s, "w1", 1, &t), STORE_OK);
    started = t.started_ms;
    /* A task with a healthy lease is left alone. */
    insert(f->s, 2, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w9", 600000, &other), STORE_OK);
    util_sleep_ms(10);

    assert_int_equal(store_requeue_expired(f->s, 2, &n), STORE_OK);
    assert_int_equal(n, 1);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_QUEUED);
    assert_int_equal(g.attempts, 1);
    assert_null(g.worker);
    assert_int_equal(g.lease_until_ms, 0);
    assert_string_equal(g.progress, "queued (retry after a lost worker)");
    assert_int_equal(g.queue_position, 1);
    store_task_free(&g);
    assert_int_equal(status_of(f->s, 2), TASK_RUNNING);
    assert_int_equal(store_task_renew(f->s, t.id, "w1", 1000), STORE_ECONFLICT);
    store_task_free(&t);

    assert_int_equal(store_task_claim(f->s, "w2", 1, &t), STORE_OK);
    assert_string_equal(t.id, "t-00001");
    assert_int_equal(t.attempts, 2);
    assert_int_equal(t.started_ms, started);
    util_sleep_ms(10);
    assert_int_equal(store_requeue_expired(f->s, 2, NULL), STORE_OK);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_FAILED);
    assert_int_equal(g.reason, TASK_REASON_LOST);
    assert_string_equal(g.error, "worker lost 2 times (last: lease expired)");
    assert_true(g.completed_ms > 0);
    assert_null(g.worker);
    store_task_free(&g);

    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_non_null(strstr(lines[1], "Z worker lost; re-queued (attempt 2 of 2)"));
    assert_non_null(strstr(lines[2], "Z failed: worker lost 2 times (last: lease expired)"));
    store_strings_free(lines, n);
    store_task_free(&t);
    store_task_free(&other);
}

/* Fencing: a claim's writes go in while it holds the task; once the lease
 * expired and another claim took the task, the first claim's late log
 * lines, result rows, artifacts, truncation, progress and end are refused
 * and change nothing; its reserved artifact cannot be filled over the new
 * claim, but the holder's own can, also after its task ended. */
static void test_fencing(void **state)
{
    fixture *f = *state;
    store_task a = {0}, b = {0}, g;
    store_result r = {.index = 0, .result = "late", .metadata = "{}"};
    store_result *v = NULL;
    char **lines = NULL;
    char id[UTIL_ID_LEN], late[UTIL_ID_LEN], mine[UTIL_ID_LEN];
    int n = -1, nlines = -1;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_claim(f->s, "n/0#1", 1, &a), STORE_OK);
    assert_string_equal(a.worker, "n/0#1");
    assert_int_equal(store_log_append(f->s, a.id, "n/0#1", "2026-01-01T00:00:00.000Z ok"),
                     STORE_OK);
    assert_int_equal(store_result_put(f->s, a.id, "n/0#1", &r), STORE_OK);
    assert_int_equal(store_artifact_put(f->s, a.id, "n/0#1", "text/html", NULL, 0, late), STORE_OK);
    util_sleep_ms(10);
    assert_int_equal(store_requeue_expired(f->s, 3, &n), STORE_OK);
    assert_int_equal(n, 1);
    /* Between the re-queue and the next claim no claim holds it: still refused. */
    assert_int_equal(store_result_put(f->s, a.id, "n/0#1", &r), STORE_ECONFLICT);
    assert_int_equal(store_task_claim(f->s, "m/0#7", 60000, &b), STORE_OK);
    assert_int_equal(b.attempts, 2);
    assert_int_equal(store_results_truncate(f->s, b.id, "n/0#1", 0), STORE_ECONFLICT);
    assert_int_equal(store_results(f->s, b.id, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1); /* the stale truncate dropped nothing */
    store_result_list_free(v, n);
    assert_int_equal(store_results_truncate(f->s, b.id, "m/0#7", 0), STORE_OK);
    assert_int_equal(store_log_append(f->s, b.id, NULL, "x"), STORE_OK); /* unfenced: no check */

    /* The stale claim wakes up. */
    assert_int_equal(store_log_append(f->s, a.id, "n/0#1", "2026-01-01T00:00:01.000Z late"),
                     STORE_ECONFLICT);
    assert_int_equal(store_result_put(f->s, a.id, "n/0#1", &r), STORE_ECONFLICT);
    assert_int_equal(store_artifact_put(f->s, a.id, "n/0#1", "image/png", "png", 3, id),
                     STORE_ECONFLICT);
    assert_int_equal(store_artifact_fill(f->s, late, "n/0#1", "<p>late</p>", 11), STORE_ECONFLICT);
    assert_int_equal(store_task_progress(f->s, a.id, "n/0#1", "late"), STORE_ECONFLICT);
    assert_int_equal(
        store_task_end(
            f->s, a.id, "n/0#1", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, "late", NULL),
        STORE_ECONFLICT);
    assert_int_equal(store_task_release(f->s, a.id, "n/0#1", NULL), STORE_ECONFLICT);
    /* The same slot's next claim id is another claim too. */
    assert_int_equal(store_result_put(f->s, a.id, "n/0#2", &r), STORE_ECONFLICT);
    assert_int_equal(store_results(f->s, b.id, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_result_list_free(v, n);
    assert_int_equal(store_logs(f->s, b.id, 0, &lines, &nlines), STORE_OK);
    for (int i = 0; i < nlines; i++)
        assert_null(strstr(lines[i], "late"));
    store_strings_free(lines, nlines);

    /* The holder writes, ends, then fills its last capture. */
    r.result = "fresh";
    assert_int_equal(store_result_put(f->s, b.id, "m/0#7", &r), STORE_OK);
    assert_int_equal(store_artifact_put(f->s, b.id, "m/0#7", "text/html", NULL, 0, mine), STORE_OK);
    assert_int_equal(
        store_task_end(
            f->s, b.id, "m/0#7", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, "fresh", NULL),
        STORE_OK);
    assert_int_equal(store_artifact_fill(f->s, mine, "m/0#7", "<p>hi</p>", 9), STORE_OK);
    assert_int_equal(store_results(f->s, b.id, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].result, "fresh");
    store_result_list_free(v, n);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_FINALIZED);
    assert_string_equal(g.result, "fresh");
    store_task_free(&g);
    store_task_free(&a);
    store_task_free(&b);
}

static void test_counts(void **state)
{
    fixture *f = *state;
    int64_t c[TASK_STATUS_COUNT];
    store_task t = {0};

    assert_int_equal(store_task_counts(f->s, c), STORE_OK);
    for (int i = 0; i < TASK_STATUS_COUNT; i++)
        assert_int_equal(c[i], 0);
    for (int i = 0; i < 4; i++)
        insert(f->s, i, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_OK);
    assert_int_equal(store_task_cancel(f->s, "t-00003", NULL, "x"), STORE_OK);
    assert_int_equal(store_task_counts(f->s, c), STORE_OK);
    assert_int_equal(c[TASK_QUEUED], 2);
    assert_int_equal(c[TASK_RUNNING], 1);
    assert_int_equal(c[TASK_STOPPED], 1);
    assert_int_equal(c[TASK_FINALIZED], 0);
    store_task_free(&t);
}

/* The longest a run_task took: its task's duration is `ago` plus that
 * much at most (a loaded machine, 8 test binaries and PostgreSQL at once,
 * took 255 ms where 200 had been allowed). */
static int64_t run_task_ms;

/* Insert, claim and complete a task that started `ago` ms before now. */
static void run_task(store *s, int i, task_type type, int steps, int64_t ago)
{
    char id[32];
    store_task t, c = {0};
    int64_t t0 = util_now_ms();

    task_id(id, sizeof id, i);
    make_task(&t, id, "p", "k");
    t.type = type;
    t.step_count = steps;
    t.started_ms = util_now_ms() - ago; /* the claim keeps a first start */
    assert_int_equal(store_task_insert(s, &t, 0), STORE_OK);
    assert_int_equal(store_task_claim(s, "w", 60000, &c), STORE_OK);
    assert_string_equal(c.id, id);
    assert_int_equal(
        store_task_end(s, id, "w", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, NULL, NULL),
        STORE_OK);
    store_task_free(&c);
    if (util_now_ms() - t0 > run_task_ms) run_task_ms = util_now_ms() - t0;
}

/* v is want plus what making the task took: at most 900 ms more, so that
 * the durations asked of (1, 2, 3, 5 and 10 s) stay told apart */
static void assert_near(int64_t v, int64_t want)
{
    int64_t slack = run_task_ms + 100 < 900 ? run_task_ms + 100 : 900;
    if (v < want || v > want + slack)
        fail_msg("duration %lld, want about %lld (+%lld)",
                 (long long)v,
                 (long long)want,
                 (long long)slack);
}

static void test_recent_duration(void **state)
{
    fixture *f = *state;
    int64_t ms = -1;
    store_task t = {0};

    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 2, 10, &ms), STORE_OK);
    assert_int_equal(ms, 0);
    run_task(f->s, 1, TASK_SCRIPT, 1, 10000);
    /* Nothing of the type: any type. */
    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 2, 10, &ms), STORE_OK);
    assert_near(ms, 10000);
    run_task(f->s, 2, TASK_CRAWLER, 2, 1000);
    run_task(f->s, 3, TASK_CRAWLER, 2, 3000);
    run_task(f->s, 4, TASK_CRAWLER, 3, 5000);
    /* Failed and running tasks do not count. */
    insert(f->s, 5, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_OK);
    store_task_free(&t);

    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 2, 10, &ms), STORE_OK);
    assert_near(ms, 2000);
    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 2, 1, &ms), STORE_OK);
    assert_near(ms, 3000);
    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 3, 10, &ms), STORE_OK);
    assert_near(ms, 5000);
    /* Unknown step count: the type alone. */
    assert_int_equal(store_recent_duration(f->s, TASK_CRAWLER, 9, 10, &ms), STORE_OK);
    assert_near(ms, 3000);
    assert_int_equal(store_recent_duration(f->s, TASK_SCRIPT, 4, 10, &ms), STORE_OK);
    assert_near(ms, 10000);
}

/* ---- logs, results, artifacts ------------------------------------------- */

static void test_logs(void **state)
{
    fixture *f = *state;
    char **lines = NULL, l[32];
    int n = -1;

    insert(f->s, 1, "p", "k");
    /* The insert wrote the first line itself. */
    assert_int_equal(store_logs(f->s, "t-00001", 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_non_null(strstr(lines[0], "Z queued (1 instruction"));
    store_strings_free(lines, n);
    for (int i = 1; i < 5; i++) {
        snprintf(l, sizeof l, "line %d", i);
        assert_int_equal(store_log_append(f->s, "t-00001", NULL, l), STORE_OK);
    }
    assert_int_equal(store_logs(f->s, "t-00001", 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 5);
    for (int i = 1; i < 5; i++) {
        snprintf(l, sizeof l, "line %d", i);
        assert_string_equal(lines[i], l);
    }
    store_strings_free(lines, n);
    assert_int_equal(store_logs(f->s, "t-00001", 3, &lines, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(lines[0], "line 3");
    assert_string_equal(lines[1], "line 4");
    store_strings_free(lines, n);
    assert_int_equal(store_logs(f->s, "t-00001", 9, &lines, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_strings_free(lines, n);
    /* Logs belong to tasks that exist. */
    assert_int_equal(store_log_append(f->s, "missing", NULL, "x"), STORE_ENOTFOUND);
}

static void put_result(store *s, const char *task, int idx, const char *out, const char *shot)
{
    store_result r = {0};

    r.index = idx;
    r.model_output = "{\"action\":\"click\"}";
    r.result = (char *)out;
    r.state = "{\"url\":\"https://example.com/\"}";
    r.metadata = "{\"attempt\":1}";
    r.screenshot_id = (char *)shot;
    r.insert_ms = 1000 + idx;
    assert_int_equal(store_result_put(s, task, NULL, &r), STORE_OK);
}

static void test_results(void **state)
{
    fixture *f = *state;
    char ids[3][UTIL_ID_LEN];
    store_result *v = NULL;
    int n = -1;
    void *data = NULL;
    size_t len = 0;

    insert(f->s, 1, "p", "k");
    for (int i = 0; i < 3; i++)
        assert_int_equal(store_artifact_put(f->s, "t-00001", NULL, "image/png", "png", 3, ids[i]),
                         STORE_OK);
    put_result(f->s, "t-00001", 0, "r0", ids[0]);
    put_result(f->s, "t-00001", 1, "r1", ids[1]);
    put_result(f->s, "t-00001", 2, "r2", ids[2]);
    put_result(f->s, "t-00001", 1, "r1 again", ids[1]);

    assert_int_equal(store_results(f->s, "t-00001", 0, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_int_equal(v[0].index, 0);
    assert_string_equal(v[0].result, "r0");
    assert_string_equal(v[1].result, "r1 again");
    assert_string_equal(v[1].screenshot_id, ids[1]);
    assert_string_equal(v[2].model_output, "{\"action\":\"click\"}");
    assert_string_equal(v[2].state, "{\"url\":\"https://example.com/\"}");
    assert_string_equal(v[2].metadata, "{\"attempt\":1}");
    assert_null(v[2].html_id);
    assert_null(v[2].console_id);
    assert_int_equal(v[2].insert_ms, 1002);
    store_result_list_free(v, n);

    assert_int_equal(store_results(f->s, "t-00001", 2, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(v[0].index, 2);
    store_result_list_free(v, n);

    assert_int_equal(store_results_truncate(f->s, "t-00001", NULL, 1), STORE_OK);
    assert_int_equal(store_results(f->s, "t-00001", 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].result, "r0");
    store_result_list_free(v, n);
    /* The dropped rows' artifacts are gone; the kept row's is not. */
    assert_int_equal(store_artifact_get(f->s, ids[0], &data, &len, NULL, NULL), STORE_OK);
    free(data);
    assert_int_equal(store_artifact_get(f->s, ids[1], &data, &len, NULL, NULL), STORE_ENOTFOUND);
    assert_int_equal(store_artifact_get(f->s, ids[2], &data, &len, NULL, NULL), STORE_ENOTFOUND);
    assert_int_equal(store_result_put(f->s, "missing", NULL, &(store_result){.metadata = "{}"}),
                     STORE_ENOTFOUND);
}

static void test_artifacts(void **state)
{
    fixture *f = *state;
    static const unsigned char blob[] = {0x89, 'P', 'N', 'G', 0, 0, 1, 0, 0xff, 0};
    char id[UTIL_ID_LEN], id2[UTIL_ID_LEN];
    void *data = NULL;
    size_t len = 0;
    char *type = NULL, *task = NULL;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_artifact_put(f->s, "t-00001", NULL, "image/png", blob, sizeof blob, id),
                     STORE_OK);
    assert_int_equal(strlen(id), UTIL_ID_LEN - 1);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, &type, &task), STORE_OK);
    assert_int_equal(len, sizeof blob);
    assert_memory_equal(data, blob, sizeof blob);
    assert_string_equal(type, "image/png");
    assert_string_equal(task, "t-00001");
    free(data);
    free(type);
    free(task);

    assert_int_equal(store_artifact_put(f->s, "t-00001", NULL, "application/json", "", 0, id2),
                     STORE_OK);
    assert_string_not_equal(id, id2);
    assert_int_equal(store_artifact_get(f->s, id2, &data, &len, NULL, NULL), STORE_OK);
    assert_int_equal(len, 0);
    assert_non_null(data);
    free(data);

    data = NULL;
    assert_int_equal(store_artifact_get(f->s, "missing", &data, &len, NULL, NULL), STORE_ENOTFOUND);
    assert_null(data);
    assert_int_equal(store_artifact_put(f->s, "missing", NULL, "text/plain", "x", 1, id2),
                     STORE_ENOTFOUND);
}

/* A reserved artifact: pending until filled, then readable; a given-up one
 * is gone; filling twice does not overwrite. */
static void test_artifact_reserved(void **state)
{
    fixture *f = *state;
    char id[UTIL_ID_LEN], id2[UTIL_ID_LEN];
    void *data = NULL;
    size_t len = 0;
    char *type = NULL;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_artifact_put(f->s, "t-00001", NULL, "text/html", NULL, 0, id), STORE_OK);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, &type, NULL), STORE_EPENDING);
    assert_null(data);
    assert_int_equal(store_artifact_fill(f->s, id, NULL, "<p>hi</p>", 9), STORE_OK);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, &type, NULL), STORE_OK);
    assert_int_equal(len, 9);
    assert_memory_equal(data, "<p>hi</p>", 9);
    assert_string_equal(type, "text/html");
    free(data);
    free(type);
    /* Written once: a late second fill changes nothing. */
    assert_int_equal(store_artifact_fill(f->s, id, NULL, "other", 5), STORE_OK);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, NULL, NULL), STORE_OK);
    assert_int_equal(len, 9);
    free(data);

    assert_int_equal(store_artifact_put(f->s, "t-00001", NULL, "image/png", NULL, 0, id2),
                     STORE_OK);
    assert_int_equal(store_artifact_fill(f->s, id2, NULL, NULL, 0), STORE_OK); /* capture failed */
    data = NULL;
    assert_int_equal(store_artifact_get(f->s, id2, &data, &len, NULL, NULL), STORE_ENOTFOUND);
    assert_null(data);
    /* Giving up a written artifact does not delete it. */
    assert_int_equal(store_artifact_fill(f->s, id, NULL, NULL, 0), STORE_OK);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, NULL, NULL), STORE_OK);
    free(data);
}

/* ---- keys, projects, settings ------------------------------------------- */

/* Once per cluster: a job's lease goes to one holder until it expires or
 * that holder renews it; the sweep removes ended tasks older than the
 * limit with what they own, and reservations left unwritten. */
static void test_job_sweep(void **state)
{
    fixture *f = *state;
    store_task t = {0};
    store_result *v = NULL;
    char **lines = NULL;
    char id[UTIL_ID_LEN], pending[UTIL_ID_LEN];
    void *data = NULL;
    size_t len = 0;
    int n = -1, nt = -1, na = -1;

    assert_int_equal(store_job_lease(f->s, "retention", "a:1", 60000), STORE_OK);
    assert_int_equal(store_job_lease(f->s, "retention", "b:2", 60000), STORE_ECONFLICT);
    assert_int_equal(store_job_lease(f->s, "retention", "a:1", 60000), STORE_OK); /* renewed */
    assert_int_equal(store_job_lease(f->s, "other", "b:2", 60000), STORE_OK);     /* per job */
    assert_int_equal(store_job_lease(f->s, "retention", "has space", 1), STORE_EDB);
    assert_int_equal(store_job_lease(f->s, "short", "a:1", 1), STORE_OK);
    util_sleep_ms(10);
    assert_int_equal(store_job_lease(f->s, "short", "b:2", 60000), STORE_OK); /* expired: taken */
    assert_int_equal(store_job_lease(f->s, "short", "a:1", 60000), STORE_ECONFLICT);

    insert(f->s, 1, "p", "k"); /* ends now */
    insert(f->s, 2, "p", "k"); /* still queued */
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_OK);
    put_result(f->s, t.id, 0, "x", NULL);
    assert_int_equal(store_artifact_put(f->s, t.id, "w", "image/png", "png", 3, id), STORE_OK);
    assert_int_equal(store_artifact_put(f->s, "t-00002", NULL, "text/html", NULL, 0, pending),
                     STORE_OK);
    assert_int_equal(
        store_task_end(f->s, t.id, "w", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, NULL, NULL),
        STORE_OK);
    /* Nothing ended before an hour ago; the reservation is fresh. */
    assert_int_equal(store_sweep(f->s, util_now_ms() - 3600000, &nt, &na), STORE_OK);
    assert_int_equal(nt, 0);
    assert_int_equal(na, 0);
    /* Everything that ended before now + 1 s goes, with its rows. */
    assert_int_equal(store_sweep(f->s, util_now_ms() + 1000, &nt, NULL), STORE_OK);
    assert_int_equal(nt, 1);
    assert_int_equal(status_of(f->s, 2), TASK_QUEUED);
    store_task g = {0};
    assert_int_equal(store_task_get(f->s, t.id, NULL, &g), STORE_ENOTFOUND);
    assert_int_equal(store_results(f->s, t.id, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_result_list_free(v, n);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_strings_free(lines, n);
    assert_int_equal(store_artifact_get(f->s, id, &data, &len, NULL, NULL), STORE_ENOTFOUND);
    assert_int_equal(store_artifact_get(f->s, pending, &data, &len, NULL, NULL), STORE_EPENDING);
    store_task_free(&t);
}

static void test_keys(void **state)
{
    fixture *f = *state;
    store_key k = {0}, out = {0}, *v = NULL;
    int n = -1;

    assert_int_equal(store_key_count(f->s, &n), STORE_OK);
    assert_int_equal(n, 0);
    k.id = "key-a";
    k.hash = "aaaa";
    k.projects = "[\"p1\",\"p2\"]";
    k.created_ms = 100;
    assert_int_equal(store_key_insert(f->s, &k), STORE_OK);
    assert_int_equal(store_key_insert(f->s, &k), STORE_ECONFLICT);
    k.id = "key-b";
    k.hash = "bbbb";
    k.projects = NULL;
    k.created_ms = 200;
    assert_int_equal(store_key_insert(f->s, &k), STORE_OK);

    assert_int_equal(store_key_get(f->s, "key-a", &out), STORE_OK);
    assert_string_equal(out.id, "key-a");
    assert_string_equal(out.hash, "aaaa");
    assert_string_equal(out.projects, "[\"p1\",\"p2\"]");
    assert_int_equal(out.created_ms, 100);
    assert_int_equal(out.revoked_ms, 0);
    store_key_free(&out);
    assert_int_equal(store_key_get(f->s, "nope", &out), STORE_ENOTFOUND);

    assert_int_equal(store_key_count(f->s, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(store_key_revoke(f->s, "key-a"), STORE_OK);
    assert_int_equal(store_key_revoke(f->s, "key-a"), STORE_ECONFLICT);
    assert_int_equal(store_key_revoke(f->s, "nope"), STORE_ENOTFOUND);
    assert_int_equal(store_key_count(f->s, &n), STORE_OK);
    assert_int_equal(n, 1);

    /* Revoked keys are still readable, so auth can tell them apart. */
    assert_int_equal(store_key_get(f->s, "key-a", &out), STORE_OK);
    assert_true(out.revoked_ms > 0);
    store_key_free(&out);

    assert_int_equal(store_key_list(f->s, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(v[0].id, "key-a");
    assert_true(v[0].revoked_ms > 0);
    assert_string_equal(v[1].id, "key-b");
    assert_null(v[1].projects);
    assert_int_equal(v[1].revoked_ms, 0);
    store_key_list_free(v, n);
}

static void test_projects(void **state)
{
    fixture *f = *state;
    const char *const list[] = {"zeta", "alpha", "alpha", "beta", NULL};
    store_project *p = NULL;
    int n = -1;

    assert_int_equal(store_projects(f->s, NULL, &p, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_project_list_free(p, n);

    insert(f->s, 1, "beta", "k");
    insert(f->s, 2, "alpha", "k");
    insert(f->s, 3, "alpha", "k");
    insert(f->s, 4, "alpha", "k");
    assert_int_equal(store_task_cancel(f->s, "t-00004", NULL, "x"), STORE_OK);

    assert_int_equal(store_projects(f->s, NULL, &p, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(p[0].name, "alpha");
    assert_int_equal(p[0].counts[TASK_QUEUED], 2);
    assert_int_equal(p[0].counts[TASK_STOPPED], 1);
    assert_int_equal(p[0].counts[TASK_RUNNING], 0);
    assert_string_equal(p[1].name, "beta");
    assert_int_equal(p[1].counts[TASK_QUEUED], 1);
    store_project_list_free(p, n);

    assert_int_equal(store_projects(f->s, list, &p, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(p[0].name, "alpha");
    assert_int_equal(p[0].counts[TASK_QUEUED], 2);
    assert_string_equal(p[1].name, "beta");
    assert_int_equal(p[1].counts[TASK_QUEUED], 1);
    assert_string_equal(p[2].name, "zeta");
    for (int i = 0; i < TASK_STATUS_COUNT; i++)
        assert_int_equal(p[2].counts[i], 0);
    store_project_list_free(p, n);
}

static void test_settings(void **state)
{
    fixture *f = *state;
    char *v = NULL;

    assert_int_equal(store_setting_get_or_put(f->s, "secret", "first", &v), STORE_OK);
    assert_string_equal(v, "first");
    free(v);
    assert_int_equal(store_setting_get_or_put(f->s, "secret", "second", &v), STORE_OK);
    assert_string_equal(v, "first");
    free(v);
    assert_int_equal(store_setting_get_or_put(f->s, "other", "x", &v), STORE_OK);
    assert_string_equal(v, "x");
    free(v);
}

/* ---- two handles, several threads --------------------------------------- */

#ifndef CONC_TASKS
#define CONC_TASKS 200
#endif
#define CONC_THREADS 4

typedef struct claimer {
    store *s;
    char name[16];
    int *claimed; /* per task, shared; or NULL: */
    int fd;       /* write each claimed task's number to this pipe */
    pthread_mutex_t *mu;
    int n, errors;
} claimer;

static void *claimer_main(void *arg)
{
    claimer *c = arg;

    for (;;) {
        store_task t = {0};
        int rc = store_task_claim(c->s, c->name, 60000, &t);
        long idx;

        if (rc == STORE_EEMPTY) break;
        if (rc != STORE_OK || strncmp(t.id, "t-", 2) != 0 ||
            util_parse_long(t.id + 2, 0, CONC_TASKS - 1, &idx) != 0) {
            c->errors++;
            store_task_free(&t);
            break;
        }
        if (c->claimed) {
            pthread_mutex_lock(c->mu);
            c->claimed[idx]++;
            pthread_mutex_unlock(c->mu);
        } else {
            int32_t v = (int32_t)idx; /* a write this small to a pipe is atomic */
            if (write(c->fd, &v, sizeof v) != (ssize_t)sizeof v) c->errors++;
        }
        c->n++;
        if (store_task_end(
                c->s, t.id, c->name, TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, NULL, NULL) !=
            STORE_OK)
            c->errors++;
        store_task_free(&t);
    }
    return NULL;
}

static void test_concurrent_claims(void **state)
{
    fixture *f = *state;
    char err[256] = "";
    store *second = NULL;
    claimer c[CONC_THREADS];
    pthread_t th[CONC_THREADS];
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    int claimed[CONC_TASKS] = {0}, total = 0;
    int64_t t0, dt;

    /* The second handle stands for a second process: its own pool (and on
     * SQLite its write mutex), so only the database keeps the two apart. */
    assert_int_equal(store_open(f->path, &second, err, sizeof err), STORE_OK);
    for (int i = 0; i < CONC_TASKS; i++)
        insert(f->s, i, "p", "k");

    t0 = util_mono_ms();
    for (int i = 0; i < CONC_THREADS; i++) {
        memset(&c[i], 0, sizeof c[i]);
        c[i].s = i % 2 ? second : f->s;
        snprintf(c[i].name, sizeof c[i].name, "w%d", i);
        c[i].claimed = claimed;
        c[i].mu = &mu;
        assert_int_equal(pthread_create(&th[i], NULL, claimer_main, &c[i]), 0);
    }
    for (int i = 0; i < CONC_THREADS; i++)
        pthread_join(th[i], NULL);
    dt = util_mono_ms() - t0;

    for (int i = 0; i < CONC_THREADS; i++) {
        assert_int_equal(c[i].errors, 0);
        total += c[i].n;
    }
    for (int i = 0; i < CONC_TASKS; i++)
        assert_int_equal(claimed[i], 1);
    assert_int_equal(total, CONC_TASKS);
    fprintf(stderr,
            "# %d claims+finishes by %d threads over 2 handles in %lld ms (%.0f/s)\n",
            total,
            CONC_THREADS,
            (long long)dt,
            dt > 0 ? total * 1000.0 / (double)dt : 0.0);
    store_close(second);
}

/* ---- fairness: running tasks per key ------------------------------------ */

/* Claim for worker w: the task's index, or -1 when none may be claimed. */
static int claim_index(store *s, const char *w)
{
    store_task t = {0};
    int rc = store_task_claim(s, w, 60000, &t), i = -1;

    if (rc == STORE_EEMPTY) return -1;
    assert_int_equal(rc, STORE_OK);
    assert_int_equal(sscanf(t.id, "t-%d", &i), 1);
    store_task_free(&t);
    return i;
}

static void end_index(store *s, int i, const char *w)
{
    char id[32];

    task_id(id, sizeof id, i);
    assert_int_equal(
        store_task_end(s, id, w, TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, "{}", NULL),
        STORE_OK);
}

/* The load of key k in l (zero when absent). */
static store_key_load load_of(const store_key_load *l, int n, const char *k)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(l[i].key_id, k)) return l[i];
    return (store_key_load){NULL, 0, 0};
}

static void test_running_per_key(void **state)
{
    fixture *f = *state;
    const char *keys[] = {"A", "A", "B", "A", "B", "A"};
    store_key_load *l = NULL;
    int n = 0;

    for (int i = 0; i < 6; i++)
        insert(f->s, i, "p", keys[i]);
    store_set_running_per_key(f->s, 1);
    /* A runs one: its next is skipped and B's oldest is claimed. */
    assert_int_equal(claim_index(f->s, "w0"), 0);
    assert_int_equal(claim_index(f->s, "w2"), 2);
    assert_int_equal(claim_index(f->s, "wx"), -1);
    assert_int_equal(store_key_loads(f->s, &l, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(load_of(l, n, "A").running, 1);
    assert_int_equal(load_of(l, n, "A").queued, 3);
    assert_int_equal(load_of(l, n, "B").running, 1);
    assert_int_equal(load_of(l, n, "B").queued, 1);
    store_key_load_free(l, n);
    /* Within a key, first in, first out. */
    end_index(f->s, 0, "w0");
    assert_int_equal(claim_index(f->s, "w1"), 1);
    end_index(f->s, 2, "w2");
    assert_int_equal(claim_index(f->s, "w4"), 4);
    assert_int_equal(claim_index(f->s, "wx"), -1);
    /* A limit of 2 lets A's next in; 0 lifts it. */
    store_set_running_per_key(f->s, 2);
    assert_int_equal(claim_index(f->s, "w3"), 3);
    assert_int_equal(claim_index(f->s, "wx"), -1);
    store_set_running_per_key(f->s, 0);
    assert_int_equal(claim_index(f->s, "w5"), 5);
    assert_int_equal(store_key_loads(f->s, &l, &n), STORE_OK);
    assert_int_equal(load_of(l, n, "A").running, 3);
    assert_int_equal(load_of(l, n, "A").queued, 0);
    store_key_load_free(l, n);
}

#define FAIR_THREADS 8

struct fair_claimer {
    store *s;
    char name[16];
    pthread_barrier_t *go;
    int rc;
};

static void *fair_claim_main(void *arg)
{
    struct fair_claimer *c = arg;
    store_task t = {0};

    pthread_barrier_wait(c->go);
    c->rc = store_task_claim(c->s, c->name, 60000, &t);
    store_task_free(&t);
    return NULL;
}

/* Claims racing on two handles (two nodes) never exceed the limit: the
 * count and the claim are one. */
static void test_running_per_key_race(void **state)
{
    fixture *f = *state;
    char err[256] = "";
    store *second = NULL;
    struct fair_claimer c[FAIR_THREADS];
    pthread_t th[FAIR_THREADS];
    pthread_barrier_t go;
    store_key_load *l = NULL;
    int n = 0, ok = 0;

    assert_int_equal(store_open(f->path, &second, err, sizeof err), STORE_OK);
    for (int i = 0; i < 20; i++)
        insert(f->s, i, "p", "A");
    store_set_running_per_key(f->s, 2);
    store_set_running_per_key(second, 2);
    pthread_barrier_init(&go, NULL, FAIR_THREADS);
    for (int i = 0; i < FAIR_THREADS; i++) {
        c[i] = (struct fair_claimer){i % 2 ? second : f->s, "", &go, 0};
        snprintf(c[i].name, sizeof c[i].name, "w%d", i);
        assert_int_equal(pthread_create(&th[i], NULL, fair_claim_main, &c[i]), 0);
    }
    for (int i = 0; i < FAIR_THREADS; i++) {
        pthread_join(th[i], NULL);
        if (c[i].rc == STORE_OK)
            ok++;
        else
            assert_int_equal(c[i].rc, STORE_EEMPTY);
    }
    pthread_barrier_destroy(&go);
    assert_int_equal(ok, 2);
    assert_int_equal(store_key_loads(f->s, &l, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(l[0].running, 2);
    assert_int_equal(l[0].queued, 18);
    store_key_load_free(l, n);
    store_close(second);
}

/* The same with processes, as serve and worker nodes are: each child opens
 * its own handle, claims until the queue is empty and reports what it got
 * through a pipe; every task is claimed exactly once. */
static void test_concurrent_processes(void **state)
{
    fixture *f = *state;
    int claimed[CONC_TASKS] = {0}, fds[2], total = 0;
    pid_t pids[CONC_THREADS];
    int32_t idx;

    for (int i = 0; i < CONC_TASKS; i++)
        insert(f->s, i, "p", "k");
    assert_int_equal(pipe(fds), 0);
    for (int i = 0; i < CONC_THREADS; i++) {
        pids[i] = fork();
        assert_true(pids[i] >= 0);
        if (pids[i] == 0) {
            /* No cmocka here: its failures belong to the parent. f->s is the
             * parent's and is not touched. */
            claimer c = {.fd = fds[1]};
            char err[256];

            close(fds[0]);
            snprintf(c.name, sizeof c.name, "p%d", i);
            if (store_open(f->path, &c.s, err, sizeof err) != STORE_OK) {
                fprintf(stderr, "child %d: %s\n", i, err);
                _exit(2);
            }
            claimer_main(&c);
            store_close(c.s);
            _exit(c.errors ? 1 : 0);
        }
    }
    close(fds[1]);
    while (read(fds[0], &idx, sizeof idx) == (ssize_t)sizeof idx) {
        assert_in_range(idx, 0, CONC_TASKS - 1);
        claimed[idx]++;
        total++;
    }
    close(fds[0]);
    for (int i = 0; i < CONC_THREADS; i++) {
        int st = 0;
        assert_int_equal(waitpid(pids[i], &st, 0), pids[i]);
        assert_true(WIFEXITED(st));
        assert_int_equal(WEXITSTATUS(st), 0);
    }
    for (int i = 0; i < CONC_TASKS; i++)
        assert_int_equal(claimed[i], 1);
    assert_int_equal(total, CONC_TASKS);
}

/* Claims alone, one handle, one thread: the cost of one claim transaction. */
static void test_claim_throughput(void **state)
{
    fixture *f = *state;
    const int count = 2000;
    store_task t = {0};
    int64_t t0, dt;

    for (int i = 0; i < count; i++)
        insert(f->s, i, "p", "k");
    t0 = util_mono_ms();
    for (int i = 0; i < count; i++) {
        assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_OK);
        store_task_free(&t);
    }
    dt = util_mono_ms() - t0;
    assert_int_equal(store_task_claim(f->s, "w", 60000, &t), STORE_EEMPTY);
    fprintf(stderr,
            "# %d claims in %lld ms (%.0f/s)\n",
            count,
            (long long)dt,
            dt > 0 ? count * 1000.0 / (double)dt : 0.0);
}

/* A slot that ends a task claims its next in the same call: the end is as
 * store_task_end's, the claim as store_task_claim_with's, and the claim is
 * made even when the end is refused. */
static void test_end_claim(void **state)
{
    fixture *f = *state;
    store_task t = {0}, next = {0}, g;
    char **lines = NULL;
    int n = 0, claim_rc = STORE_EDB;

    insert(f->s, 1, "p", "k");
    insert(f->s, 2, "p", "k");
    assert_int_equal(store_task_claim(f->s, "n/0#1", 60000, &t), STORE_OK);
    assert_int_equal(store_task_end_claim(f->s,
                                          t.id,
                                          "n/0#1",
                                          TASK_FINALIZED,
                                          TASK_REASON_NONE,
                                          "completed",
                                          NULL,
                                          "{\"a\":1}",
                                          "the end",
                                          "n/0#2",
                                          60000,
                                          1,
                                          &next,
                                          &claim_rc),
                     STORE_OK);
    assert_int_equal(claim_rc, STORE_OK);
    assert_string_equal(next.id, "t-00002");
    assert_string_equal(next.worker, "n/0#2");
    assert_int_equal(next.status, TASK_RUNNING);
    assert_int_equal(next.attempts, 1);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_FINALIZED);
    assert_string_equal(g.result, "{\"a\":1}");
    assert_null(g.worker);
    store_task_free(&g);
    assert_int_equal(store_logs(f->s, t.id, 0, &lines, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(lines[1], "the end");
    store_strings_free(lines, n);
    store_task_free(&t);

    /* The last one: ended, and nothing to claim. */
    t = next;
    memset(&next, 0, sizeof next);
    assert_int_equal(store_task_end_claim(f->s,
                                          t.id,
                                          "n/0#2",
                                          TASK_FAILED,
                                          TASK_REASON_ERROR,
                                          "failed",
                                          "broke",
                                          NULL,
                                          NULL,
                                          "n/0#3",
                                          60000,
                                          1,
                                          &next,
                                          &claim_rc),
                     STORE_OK);
    assert_int_equal(claim_rc, STORE_EEMPTY);
    assert_null(next.id);
    assert_int_equal(status_of(f->s, 2), TASK_FAILED);

    /* An end refused (the task ended already) still claims. */
    insert(f->s, 3, "p", "k");
    assert_int_equal(store_task_end_claim(f->s,
                                          t.id,
                                          "n/0#2",
                                          TASK_FINALIZED,
                                          TASK_REASON_NONE,
                                          "again",
                                          NULL,
                                          NULL,
                                          "again",
                                          "n/0#3",
                                          60000,
                                          1,
                                          &next,
                                          &claim_rc),
                     STORE_ECONFLICT);
    assert_int_equal(claim_rc, STORE_OK);
    assert_string_equal(next.id, "t-00003");
    assert_int_equal(status_of(f->s, 2), TASK_FAILED);
    store_task_free(&t);
    store_task_free(&next);

    /* Under a running limit per key, the task that ends frees its key's
     * place for the claim. */
    store_set_running_per_key(f->s, 1);
    insert(f->s, 4, "p", "k2");
    insert(f->s, 5, "p", "k2");
    assert_int_equal(store_task_claim(f->s, "n/0#4", 60000, &t), STORE_OK);
    assert_string_equal(t.id, "t-00004");
    assert_int_equal(store_task_end_claim(f->s,
                                          t.id,
                                          "n/0#4",
                                          TASK_FINALIZED,
                                          TASK_REASON_NONE,
                                          "completed",
                                          NULL,
                                          NULL,
                                          NULL,
                                          "n/0#5",
                                          60000,
                                          1,
                                          &next,
                                          &claim_rc),
                     STORE_OK);
    assert_int_equal(claim_rc, STORE_OK);
    assert_string_equal(next.id, "t-00005");
    store_task_free(&t);
    store_task_free(&next);
}

/* ---- PostgreSQL only: wake-ups and reconnection ------------------------ */

/* An idle worker of one node wakes as soon as another node queues a task,
 * hands one back or re-queues one: not at its next poll. */
static void test_pg_wake(void **state)
{
    fixture *f = *state;
    char err[256] = "";
    store *other = NULL;
    store_task t = {0};
    uint64_t gen;
    int64_t t0;

    /* `other` stands for another node; f->s claims, as an idle slot does,
     * which starts its listener. Nothing else in this process bumps. */
    assert_int_equal(store_open(f->path, &other, err, sizeof err), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_EEMPTY);
    gen = notify_gen();
    t0 = util_mono_ms();
    insert(other, 1, "p", "k");
    assert_int_not_equal(notify_wait(gen, 5000), gen);
    /* Well within the slots' one-second poll. */
    assert_in_range(util_mono_ms() - t0, 0, 500);

    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    gen = notify_gen();
    assert_int_equal(store_task_release(other, t.id, "w1", NULL), STORE_OK);
    assert_int_not_equal(notify_wait(gen, 5000), gen);
    store_task_free(&t);

    assert_int_equal(store_task_claim(f->s, "w1", 1, &t), STORE_OK);
    util_sleep_ms(10);
    gen = notify_gen();
    assert_int_equal(store_requeue_expired(other, 3, NULL), STORE_OK);
    assert_int_not_equal(notify_wait(gen, 5000), gen);
    store_task_free(&t);

    /* What queues nothing wakes nobody. */
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    gen = notify_gen();
    assert_int_equal(store_task_renew(other, t.id, "w1", 60000), STORE_OK);
    assert_int_equal(
        store_task_end(
            other, t.id, "w1", TASK_FINALIZED, TASK_REASON_NONE, "done", NULL, NULL, NULL),
        STORE_OK);
    assert_int_equal(notify_wait(gen, 300), gen);
    store_task_free(&t);
    store_close(other);
}

/* A node that lost the race for a task (another node claimed it between
 * the notification and this node's claim) holds its next wake-ups back
 * for a short random pause, so that idle nodes do not all claim each task;
 * the next task still wakes it, well before the slots' poll, and it claims
 * that task. The other node is SQL behind the store's back, so that this
 * process hears only f->s's listener. */
static void test_pg_race_backoff(void **state)
{
    fixture *f = *state;
    char err[256] = "", sql[160], id[32];
    store *other = NULL;
    store_task t = {0};
    uint64_t gen;

    assert_int_equal(store_open(f->path, &other, err, sizeof err), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "a/0#1", 60000, &t), STORE_EEMPTY);
    for (int i = 0; i < 3; i++) {
        gen = notify_gen();
        insert(other, 10 + i, "p", "k");
        assert_int_not_equal(notify_wait(gen, 5000), gen);
        task_id(id, sizeof id, 10 + i);
        snprintf(sql,
                 sizeof sql,
                 "UPDATE tasks SET status = %d, worker = 'b/0#1' WHERE id = '%s'",
                 (int)TASK_RUNNING,
                 id);
        raw_sql(f, sql);
        assert_int_equal(store_task_claim(f->s, "a/0#2", 60000, &t), STORE_EEMPTY);

        gen = notify_gen();
        insert(other, 20 + i, "p", "k");
        assert_int_not_equal(notify_wait(gen, 5000), gen);
        assert_int_equal(store_task_claim(f->s, "a/0#3", 60000, &t), STORE_OK);
        task_id(id, sizeof id, 20 + i);
        assert_string_equal(t.id, id);
        store_task_free(&t);
    }
    store_close(other);
}

/* Start sending stderr to a file (the store's log lines); returns the saved
 * stderr for capture_end. */
static int capture_start(char *path, size_t n)
{
    int fd, saved;

    snprintf(path, n, "/tmp/test_store_log.XXXXXX");
    fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    saved = dup(2);
    dup2(fd, 2);
    close(fd);
    return saved;
}

/* Put stderr back; the captured text (malloc'ed), also shown. */
static char *capture_end(int saved, const char *path)
{
    buf b = {0};
    char chunk[512];
    ssize_t got;
    int fd;

    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fd = open(path, O_RDONLY);
    while (fd >= 0 && (got = read(fd, chunk, sizeof chunk)) > 0)
        buf_append(&b, chunk, (size_t)got);
    if (fd >= 0) close(fd);
    unlink(path);
    fprintf(stderr, "%s", b.s ? b.s : "");
    return buf_steal(&b);
}

/* The server drops every connection of the store (as a restart or a
 * failover does): calls go on as if nothing happened, the listener comes
 * back, and both say so in the log. */
static void test_pg_reconnect(void **state)
{
    fixture *f = *state;
    store_task t = {0};
    char path[64], *log;
    PGresult *r;
    uint64_t gen;
    int saved, killed;
    int64_t t0;

    insert(f->s, 1, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK); /* and listen */
    store_task_free(&t);
    saved = capture_start(path, sizeof path);
    gen = notify_gen();
    /* Waits (up to 5 s each) until the backends are gone. */
    r = PQexec(pg_admin,
               "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
               " WHERE datname = current_database() AND application_name = 'browserai'");
    killed = PQresultStatus(r) == PGRES_TUPLES_OK ? PQntuples(r) : -1;
    PQclear(r);

    insert(f->s, 2, "p", "k");
    assert_int_equal(store_task_claim(f->s, "w1", 60000, &t), STORE_OK);
    assert_string_equal(t.id, "t-00002");
    store_task_free(&t);
    /* The listener is back (it wakes the waiters once on return)... */
    assert_int_not_equal(notify_wait(gen, 5000), gen);
    /* ...and hears new tasks again. */
    gen = notify_gen();
    t0 = util_mono_ms();
    insert(f->s, 3, "p", "k");
    assert_int_not_equal(notify_wait(gen, 5000), gen);
    assert_in_range(util_mono_ms() - t0, 0, 500);
    log = capture_end(saved, path);
    assert_true(killed >= 2); /* the pool's connection and the listener's */
    assert_non_null(strstr(log, "store: lost the connection to PostgreSQL ("));
    assert_non_null(strstr(log, "store: reconnected to PostgreSQL after"));
    assert_non_null(strstr(log, "store: the PostgreSQL listener lost its connection"));
    assert_non_null(strstr(log, "store: the PostgreSQL listener reconnected"));
    free(log);
}

static void test_pg_missing(void **state)
{
    fail_msg("BROWSERAI_TEST_PG is not set, so the store was not tested on PostgreSQL: "
             "tests/run.sh starts a server for it, or run tests/lib/pg.sh build/tests/test_store");
}

/* This process's own database (pgdb.h), and pg_url naming it. */
static char pg_db[64], pg_db_url[1024];

static int pg_group_setup(void **state)
{
    PGresult *r;

    if (pgdb_create("test_store", pg_db, sizeof pg_db, pg_db_url, sizeof pg_db_url) != 0) return -1;
    pg_url = pg_db_url;
    pg_admin = PQconnectdb(pg_url);
    if (PQstatus(pg_admin) != CONNECTION_OK) {
        fprintf(stderr, "cannot connect to %s: %s", pg_url, PQerrorMessage(pg_admin));
        return -1;
    }
    /* Not "browserai": test_pg_reconnect cuts off the store's connections. */
    r = PQexec(pg_admin, "SET application_name = 'test_store'; SET client_min_messages = warning");
    PQclear(r);
    return 0;
}

static int pg_group_teardown(void **state)
{
    PQfinish(pg_admin);
    pg_admin = NULL;
    pgdb_drop(pg_db);
    return 0;
}

/* ---- live sessions -------------------------------------------------------- */

/* Insert task i; awaitable, or a follow-up of session (NULL: none). */
static int insert_session(store *s, int i, const char *key, int awaitable, const char *session,
                          const store_limits *lim)
{
    char id[32];
    store_task t;
    store_limits none = {0};

    task_id(id, sizeof id, i);
    make_task(&t, id, "p", key);
    t.awaitable = awaitable;
    t.session = (char *)session;
    return store_task_insert_with(s, &t, lim ? lim : &none);
}

/* Session t-00001 of key k, claimed by node n1's slot 0 and parked. */
static void park_session(store *s, int64_t lease_ms)
{
    store_task t = {0};

    assert_int_equal(insert_session(s, 1, "k", 1, NULL, NULL), STORE_OK);
    assert_int_equal(store_task_claim(s, "n1/0#1", lease_ms, &t), STORE_OK);
    assert_string_equal(t.id, "t-00001");
    assert_int_equal(t.awaitable, 1);
    assert_int_equal(
        store_task_await(s, t.id, "n1/0#1", "awaiting instructions", "first", "parked"), STORE_OK);
    store_task_free(&t);
}

static void test_session_followups(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;

    park_session(f->s, 600000);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_AWAITING);
    assert_int_equal(g.parked, 1);
    assert_string_equal(g.worker, "n1/0#1");
    assert_string_equal(g.result, "first");
    store_task_free(&g);
    /* The parked page's lease is renewed while awaiting. */
    assert_int_equal(store_task_renew(f->s, "t-00001", "n1/0#1", 600000), STORE_OK);

    assert_int_equal(insert_session(f->s, 2, "k", 1, "t-00001", NULL), STORE_OK);
    insert(f->s, 3, "p", "k");
    assert_int_equal(insert_session(f->s, 4, "k", 1, "t-00003", NULL), STORE_EKIND);
    assert_int_equal(insert_session(f->s, 4, "k", 1, "t-00002", NULL), STORE_EKIND);
    assert_int_equal(insert_session(f->s, 4, "k", 1, "t-99999", NULL), STORE_ENOTFOUND);

    /* Another node takes the plain task, never the follow-up. */
    assert_int_equal(store_task_claim(f->s, "n2/0#1", 60000, &t), STORE_OK);
    assert_string_equal(t.id, "t-00003");
    store_task_free(&t);
    assert_int_equal(store_task_claim(f->s, "n2/0#2", 60000, &t), STORE_EEMPTY);
    /* A node whose name merely begins the same is another node. */
    assert_int_equal(store_task_claim(f->s, "n/0#1", 60000, &t), STORE_EEMPTY);
    assert_int_equal(store_task_claim(f->s, "n1/1#1", 60000, &t), STORE_OK);
    assert_string_equal(t.id, "t-00002");
    assert_string_equal(t.session, "t-00001");
    assert_int_equal(status_of(f->s, 1), TASK_RUNNING);
    store_task_free(&t);

    /* One follow-up at a time: the next waits while the session runs. */
    assert_int_equal(insert_session(f->s, 5, "k", 1, "t-00001", NULL), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "n1/0#2", 60000, &t), STORE_EEMPTY);
    assert_int_equal(store_task_await(f->s, "t-00002", "n1/0#2", "x", "y", NULL), STORE_ECONFLICT);
    assert_int_equal(store_task_await(f->s, "t-00002", "n1/1#1", "awaiting", "second", "done"),
                     STORE_OK);
    g = get(f->s, 2);
    assert_int_equal(g.status, TASK_AWAITING);
    assert_null(g.worker);
    assert_true(g.completed_ms > 0);
    store_task_free(&g);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_AWAITING);
    assert_string_equal(g.result, "second");
    assert_string_equal(g.worker, "n1/0#1");
    store_task_free(&g);

    /* A follow-up that ends on its own; its session goes back to awaiting. */
    assert_int_equal(store_task_claim(f->s, "n1/0#3", 60000, &t), STORE_OK);
    assert_string_equal(t.id, "t-00005");
    assert_int_equal(store_task_end(f->s,
                                    t.id,
                                    "n1/0#3",
                                    TASK_FAILED,
                                    TASK_REASON_ERROR,
                                    "failed",
                                    "step 1: no such button",
                                    NULL,
                                    NULL),
                     STORE_OK);
    store_task_free(&t);
    assert_int_equal(store_session_set(
                         f->s, "t-00001", "n1/9#9", TASK_AWAITING, TASK_REASON_NONE, NULL, NULL, 0),
                     STORE_ECONFLICT);
    assert_int_equal(store_session_set(
                         f->s, "t-00001", "n1/0#1", TASK_AWAITING, TASK_REASON_NONE, NULL, NULL, 0),
                     STORE_OK);
    assert_int_equal(status_of(f->s, 1), TASK_AWAITING);

    /* Idle close: not while a follow-up is queued. */
    assert_int_equal(insert_session(f->s, 6, "k", 1, "t-00001", NULL), STORE_OK);
    assert_int_equal(
        store_session_set(
            f->s, "t-00001", "n1/0#1", TASK_FINALIZED, TASK_REASON_NONE, NULL, "closed: idle", 1),
        STORE_ECONFLICT);
    assert_int_equal(store_task_cancel(f->s, "t-00006", NULL, "not wanted"), STORE_OK);
    assert_int_equal(
        store_session_set(
            f->s, "t-00001", "n1/0#1", TASK_FINALIZED, TASK_REASON_NONE, NULL, "closed: idle", 1),
        STORE_OK);
    g = get(f->s, 1);
    assert_int_equal(g.status, TASK_FINALIZED);
    assert_null(g.worker);
    store_task_free(&g);
    assert_int_equal(status_of(f->s, 2), TASK_FINALIZED); /* was awaiting */
    assert_int_equal(status_of(f->s, 5), TASK_FAILED);
    assert_int_equal(store_task_renew(f->s, "t-00001", "n1/0#1", 600000), STORE_ECONFLICT);
    assert_int_equal(insert_session(f->s, 7, "k", 1, "t-00001", NULL), STORE_ECONFLICT);
}

static void test_session_limits(void **state)
{
    fixture *f = *state;
    store_limits lim = {.sessions_per_key = 2, .sessions_open = 3};
    store_task t = {0};

    assert_int_equal(insert_session(f->s, 1, "k", 1, NULL, &lim), STORE_OK);
    assert_int_equal(insert_session(f->s, 2, "k", 1, NULL, &lim), STORE_OK);
    assert_int_equal(insert_session(f->s, 3, "k", 1, NULL, &lim), STORE_ELIMIT);
    assert_int_equal(insert_session(f->s, 3, "k", 0, NULL, &lim), STORE_OK); /* no session */
    assert_int_equal(insert_session(f->s, 4, "z", 1, NULL, &lim), STORE_OK);
    assert_int_equal(insert_session(f->s, 5, "y", 1, NULL, &lim), STORE_EBUSY);
    /* An ended session no longer counts. */
    assert_int_equal(store_task_cancel(f->s, "t-00001", NULL, NULL), STORE_OK);
    assert_int_equal(insert_session(f->s, 5, "k", 1, NULL, &lim), STORE_OK);

    /* A node with no room for a page claims no new session. */
    assert_int_equal(store_task_claim_with(f->s, "n1/0#1", 60000, 0, &t), STORE_OK);
    assert_string_equal(t.id, "t-00003");
    store_task_free(&t);
    assert_int_equal(store_task_claim_with(f->s, "n1/0#2", 60000, 0, &t), STORE_EEMPTY);
    assert_int_equal(store_task_claim_with(f->s, "n1/0#3", 60000, 1, &t), STORE_OK);
    assert_string_equal(t.id, "t-00002");
    store_task_free(&t);
}

static void test_session_stop(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;

    park_session(f->s, 600000);
    assert_int_equal(insert_session(f->s, 2, "k", 1, "t-00001", NULL), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "n1/1#1", 60000, &t), STORE_OK);
    assert_int_equal(store_task_await(f->s, t.id, "n1/1#1", "awaiting", "r", NULL), STORE_OK);
    store_task_free(&t);
    assert_int_equal(insert_session(f->s, 3, "k", 1, "t-00001", NULL), STORE_OK);
    assert_int_equal(store_task_cancel(f->s, "t-00001", NULL, "stopped by request"), STORE_OK);
    assert_int_equal(status_of(f->s, 1), TASK_STOPPED);
    assert_int_equal(status_of(f->s, 2), TASK_FINALIZED);
    g = get(f->s, 3);
    assert_int_equal(g.status, TASK_STOPPED);
    assert_int_equal(g.reason, TASK_REASON_STOPPED);
    assert_string_equal(g.error, "stopped by request");
    store_task_free(&g);
    assert_int_equal(store_task_renew(f->s, "t-00001", "n1/0#1", 600000), STORE_ECONFLICT);
}

static void test_session_lost(void **state)
{
    fixture *f = *state;
    store_task t = {0}, g;
    int n = 0;

    park_session(f->s, 1);
    assert_int_equal(insert_session(f->s, 2, "k", 1, "t-00001", NULL), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "n1/1#1", 600000, &t), STORE_OK);
    store_task_free(&t);
    assert_int_equal(insert_session(f->s, 3, "k", 1, "t-00001", NULL), STORE_OK);
    /* An awaitable task not parked yet is re-queued like any other. */
    assert_int_equal(insert_session(f->s, 4, "k", 1, NULL, NULL), STORE_OK);
    assert_int_equal(store_task_claim(f->s, "n1/2#1", 1, &t), STORE_OK);
    assert_string_equal(t.id, "t-00004");
    store_task_free(&t);
    util_sleep_ms(10);

    assert_int_equal(store_requeue_expired(f->s, 3, &n), STORE_OK);
    assert_int_equal(n, 2);
    for (int i = 1; i <= 3; i++) {
        g = get(f->s, i);
        assert_int_equal(g.status, TASK_FAILED);
        assert_int_equal(g.reason, TASK_REASON_SESSION_LOST);
        assert_string_equal(task_reason_name(g.reason), "session_lost");
        assert_string_equal(g.error, STORE_SESSION_LOST);
        assert_null(g.worker);
        store_task_free(&g);
    }
    assert_int_equal(status_of(f->s, 4), TASK_QUEUED);
    assert_int_equal(store_requeue_expired(f->s, 3, &n), STORE_OK);
    assert_int_equal(n, 0);
}

/* Nodes: each beat upserts its row; keep_busy keeps the row's busy count;
 * listing skips rows seen too long ago, and a beat deletes the stale ones. */
static void test_nodes(void **state)
{
    fixture *f = *state;
    store_node *v = NULL;
    int n = -1;
    store_node w = {.name = "host:2",
                    .role = "worker",
                    .slots = 2,
                    .busy = 1,
                    .version = "0.1.0",
                    .started_ms = 1000,
                    .seen_ms = 5000};
    store_node a = {.name = "host:1",
                    .role = "api",
                    .slots = 0,
                    .busy = 0,
                    .version = "0.1.0",
                    .started_ms = 900,
                    .seen_ms = 5000};

    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_node_put(f->s, &w, 0, 0), STORE_OK);
    assert_int_equal(store_node_put(f->s, &a, 0, 0), STORE_OK);
    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(v[0].name, "host:1"); /* by name */
    assert_string_equal(v[0].role, "api");
    assert_string_equal(v[1].name, "host:2");
    assert_string_equal(v[1].role, "worker");
    assert_int_equal(v[1].slots, 2);
    assert_int_equal(v[1].busy, 1);
    assert_string_equal(v[1].version, "0.1.0");
    assert_int_equal(v[1].started_ms, 1000);
    assert_int_equal(v[1].seen_ms, 5000);
    store_node_list_free(v, n);

    /* A beat that does not know the busy count keeps it; one that does sets it. */
    w.busy = 0;
    w.seen_ms = 6000;
    assert_int_equal(store_node_put(f->s, &w, 1, 0), STORE_OK);
    assert_int_equal(store_node_list(f->s, 5500, &v, &n), STORE_OK);
    assert_int_equal(n, 1); /* host:1 was seen before 5500 */
    assert_string_equal(v[0].name, "host:2");
    assert_int_equal(v[0].busy, 1);
    assert_int_equal(v[0].seen_ms, 6000);
    store_node_list_free(v, n);
    w.seen_ms = 7000;
    assert_int_equal(store_node_put(f->s, &w, 0, 0), STORE_OK);
    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(v[1].busy, 0);
    store_node_list_free(v, n);

    /* A beat deletes the rows seen before its cutoff (not its own). */
    assert_int_equal(store_node_put(f->s, &w, 0, 5500), STORE_OK);
    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].name, "host:2");
    store_node_list_free(v, n);

    /* store_node_beat writes the handle's own row, seen now; none without one. */
    assert_int_equal(store_node_beat(f->s, 3), STORE_OK);
    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    store_node_list_free(v, n);
    int64_t before = util_now_ms();
    store_node_self(f->s, "host:3", "serve", "9.9.9", 1234, 4);
    assert_int_equal(store_node_beat(f->s, 3), STORE_OK);
    assert_int_equal(store_node_beat(f->s, -1), STORE_OK);
    /* Its cutoff is now - STORE_NODE_GONE_MS: host:2, seen at 7000, went. */
    assert_int_equal(store_node_list(f->s, 0, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(v[0].name, "host:3");
    assert_string_equal(v[0].role, "serve");
    assert_string_equal(v[0].version, "9.9.9");
    assert_int_equal(v[0].slots, 4);
    assert_int_equal(v[0].busy, 3);
    assert_int_equal(v[0].started_ms, 1234);
    assert_true(v[0].seen_ms >= before);
    store_node_list_free(v, n);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

/* The tests of every backend. */
#define STORE_TESTS                                                                                \
    T(test_open_second_handle), T(test_schema_newer), T(test_insert_get_roundtrip),                \
        T(test_list_filters), T(test_list_pages), T(test_visibility), T(test_max_queued),          \
        T(test_queue_position), T(test_claim_order), T(test_renew_progress), T(test_finish),       \
        T(test_cancel), T(test_reasons), T(test_filter_aliases), T(test_stop_awaiting),            \
        T(test_lease_expiry), T(test_fencing), T(test_release), T(test_counts),                    \
        T(test_recent_duration), T(test_logs), T(test_results), T(test_artifacts),                 \
        T(test_artifact_reserved), T(test_job_sweep), T(test_keys), T(test_projects),              \
        T(test_settings), T(test_concurrent_claims), T(test_concurrent_processes),                 \
        T(test_claim_throughput), T(test_session_followups), T(test_session_limits),               \
        T(test_session_stop), T(test_session_lost), T(test_running_per_key),                       \
        T(test_running_per_key_race), T(test_end_claim)

int main(void)
{
    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_migrate_statuses),
        STORE_TESTS,
        T(test_nodes),
    };
    const struct CMUnitTest pg_tests[] = {
        STORE_TESTS,
        T(test_nodes),
        T(test_pg_wake),
        T(test_pg_race_backoff),
        T(test_pg_reconnect),
    };
    const struct CMUnitTest pg_missing[] = {cmocka_unit_test(test_pg_missing)};
    int failed;

    failed = cmocka_run_group_tests_name("store on SQLite", sqlite_tests, NULL, NULL);
    on_pg = 1;
    pg_url = getenv("BROWSERAI_TEST_PG");
    if (pg_url && *pg_url)
        failed += cmocka_run_group_tests_name(
            "store on PostgreSQL", pg_tests, pg_group_setup, pg_group_teardown);
    else
        failed += cmocka_run_group_tests_name("store on PostgreSQL", pg_missing, NULL, NULL);
    return failed;
}
