/* pgdb.h -- a PostgreSQL database of the test process's own, in the server
 * of BROWSERAI_TEST_PG (tests/lib/pg.sh starts one for make test).
 *
 * Schemas alone do not keep test processes apart, and make test runs
 * several at once (test_store and test_notify, each in the normal and the
 * ThreadSanitizer build): NOTIFY reaches every listener of a database, so
 * one process's tasks woke another's slots, and test_store's reconnect test
 * cut off every store connection of the database, the others' too. */
#ifndef BROWSERAI_TEST_PGDB_H
#define BROWSERAI_TEST_PGDB_H

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Drops the database db on connection c, closing what is still connected
 * to it; quietly (no NOTICE when it is not there). */
static void pgdb_drop_on(PGconn *c, const char *db)
{
    char sql[160];

    PQclear(PQexec(c, "SET client_min_messages = warning"));
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", db);
    PQclear(PQexec(c, sql));
}

/* Creates the database NAME_<pid> (dropping a leftover of that name) and
 * writes its name to db and BROWSERAI_TEST_PG's URL naming it instead to
 * url. -1, said on stderr, when BROWSERAI_TEST_PG cannot be reached. */
static int pgdb_create(const char *name, char *db, size_t dbsz, char *url, size_t urlsz)
{
    const char *base = getenv("BROWSERAI_TEST_PG"), *host, *q;
    char sql[160];
    PGconn *c;
    PGresult *r;
    int ok;

    if (!base) return -1;
    c = PQconnectdb(base);
    if (PQstatus(c) != CONNECTION_OK) {
        fprintf(stderr, "cannot connect to BROWSERAI_TEST_PG: %s", PQerrorMessage(c));
        PQfinish(c);
        return -1;
    }
    snprintf(db, dbsz, "%s_%d", name, (int)getpid());
    pgdb_drop_on(c, db);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", db);
    r = PQexec(c, sql);
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) fprintf(stderr, "%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    if (!ok) return -1;
    /* scheme://[user@][host]/dbname[?params]: the same URL, this database. */
    host = strstr(base, "://");
    host = host ? host + 3 : base;
    q = strchr(host, '?');
    snprintf(
        url, urlsz, "%.*s/%s%s", (int)(host - base + strcspn(host, "/?")), base, db, q ? q : "");
    return 0;
}

/* Drops the database db (pgdb_create's), in the server of BROWSERAI_TEST_PG. */
static void pgdb_drop(const char *db)
{
    PGconn *c = PQconnectdb(getenv("BROWSERAI_TEST_PG"));

    if (PQstatus(c) == CONNECTION_OK) pgdb_drop_on(c, db);
    PQfinish(c);
}

#endif
