#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: initdb in a temporary folder,
# listening only on a unix socket in that folder (no TCP port to collide on),
# stopped and removed at the end.
#
#   source tests/lib/pg.sh; pg_start || exit 1; ...; pg_stop
#       pg_start exports BROWSERAI_TEST_PG (a libpq URL); the caller's EXIT
#       trap must call pg_stop (pg_start sets no trap, so as not to replace it)
#   tests/lib/pg.sh CMD [ARGS...]
#       runs CMD with BROWSERAI_TEST_PG set, then stops the server
#
# initdb and the server refuse to run as root: as root they run as the
# `postgres` user (or `nobody`), in a folder that user owns. Debian keeps the
# binaries under /usr/lib/postgresql/<version>/bin; PG_BIN overrides.

pg_dir=""
pg_as=()

pg_bin()
{
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# Run a PostgreSQL program as the server's user, from a folder it can read.
pg_run()
{
    (cd "$pg_dir" && "${pg_as[@]}" "$@")
}

pg_start()
{
    local bin user
    bin=$(pg_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "pg: no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)" >&2
        return 1
    fi
    pg_dir=$(mktemp -d /tmp/browserai-pg.XXXXXX) || return 1
    pg_as=()
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        id -u "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$pg_dir"
        pg_as=(runuser -u "$user" --)
    fi
    # fsync off: the data is thrown away, and the tests are about behaviour.
    if ! pg_run "$bin/initdb" -D "$pg_dir/data" -U browserai --auth=trust --encoding=UTF8 \
             --locale=C --no-sync >"$pg_dir/initdb.log" 2>&1; then
        cat "$pg_dir/initdb.log" >&2
        pg_stop
        return 1
    fi
    if ! pg_run "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
             -o "-c listen_addresses='' -c unix_socket_directories='$pg_dir' -c port=5432 \
                 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
                 -c max_connections=300" start >/dev/null; then
        cat "$pg_dir/server.log" >&2
        pg_stop
        return 1
    fi
    if ! pg_run "$bin/createdb" -h "$pg_dir" -p 5432 -U browserai browserai; then
        pg_stop
        return 1
    fi
    export BROWSERAI_TEST_PG="postgresql://browserai@/browserai?host=$pg_dir&port=5432"
    export BROWSERAI_TEST_PG_LOG="$pg_dir/server.log"
    echo "pg: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $pg_dir"
}

# Stop the server (immediately: its data is not kept) and remove its folder.
# Safe to call twice, or when pg_start failed half-way.
pg_stop()
{
    local bin
    [ -n "$pg_dir" ] || return 0
    bin=$(pg_bin)
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        pg_run "$bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$pg_dir"
    pg_dir=""
    unset BROWSERAI_TEST_PG BROWSERAI_TEST_PG_LOG
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    [ $# -gt 0 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
    trap pg_stop EXIT
    trap 'exit 130' INT TERM
    pg_start || exit 1
    "$@"
    exit $?
fi
