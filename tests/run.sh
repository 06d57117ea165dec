#!/usr/bin/env bash
# Runs the C unit tests (cmocka) and the end-to-end tests (node:test against
# the real server, a real Chromium and loopback fixtures), then prints one
# closing line: "N passed, N failed".
#   tests/run.sh          everything
#   tests/run.sh unit     only the C unit tests (UNIT_JOBS binaries at a time,
#                         default 8)
#   tests/run.sh e2e [F]  only the end-to-end tests (or the files F, each in a
#                         process of its own), E2E_JOBS files at a time
#                         (default 4), the longest first
#   tests/run.sh grounding [F]  only the grounding files (or F), in groups as
#                         the whole run has them (grounding_groups)
# E2E_TIER=full runs the end-to-end tests' full tier (make test-full): the
# further phrasings of each behaviour too (tests/e2e/lib/harness.mjs).
#   tests/run.sh fuzz     only the fuzz targets (FUZZ_SECONDS each, default 5;
#                         FUZZ_JOBS at a time, default the number of cores)
#   tests/run.sh format   only the layout check (clang-format)
#   tests/run.sh tsan     only the ThreadSanitizer run (build/tsan: unit tests
#                         and an end-to-end subset; any report fails it)
set -uo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
shift || true
passed=0
failed=0
skipped=0
log=$(mktemp)
# What failed, a line each, repeated above the closing line: the end of a
# long log (all a CI page may show) then names it.
recap=$(mktemp)
# The store's unit tests run on PostgreSQL too: a throw-away server for the
# run (tests/lib/pg.sh), stopped and removed at exit. Without it they fail.
source tests/lib/pg.sh
trap 'rm -f "$log" "$recap"; rm -rf "${tsan_dir:-}" "${fuzz_logs:-}" "${units_out:-}" "${groups_dir:-}"; pg_stop' EXIT
trap 'exit 130' INT TERM

# Runs "$@" in the background once fewer than $1 jobs of this shell run
# (its pid is then in $!).
spawn_limited() {
    local max=$1
    shift
    while [ "$(jobs -rp | wc -l)" -ge "$max" ]; do wait -n; done
    "$@" &
}

# Every cmocka binary in the folders $@, summed into passed and failed.
# UNIT_JOBS at a time (default 8): most of their time is waiting (timeouts
# they test, fake servers, PostgreSQL), and each PostgreSQL test has a
# schema of its own, in a database of its process's own (tests/unit/pgdb.h);
# their output follows in order.
run_units() {
    local t out units=() pids=() i e errs
    out=$(mktemp -d)
    for d in "$@"; do
        for t in "$d"/test_*; do [ -x "$t" ] && units+=("$t"); done
    done
    for i in "${!units[@]}"; do
        spawn_limited "${UNIT_JOBS:-8}" sh -c '"$1" >"$2" 2>&1' _ "${units[$i]}" "$out/$i"
        pids[$i]=$!
    done
    for i in "${!units[@]}"; do
        t=${units[$i]}
        wait "${pids[$i]}"
        rc=$?
        echo "== unit: $t"
        cat "$out/$i"
        # A binary may run several groups (test_store: one per backend).
        p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out/$i" | awk '{n += $1} END {if (NR) print n}')
        f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out/$i" | awk '{n += $1} END {if (NR) print n}')
        passed=$((passed + ${p:-0}))
        failed=$((failed + ${f:-0}))
        # A test whose setup failed is an error, which cmocka's summary does
        # not count as failed: named, and counted, here.
        errs=$(grep -E '^\[  ERROR   \] [A-Za-z_]' "$out/$i" |
            sed "s|^\[  ERROR   \] |unit failed: $t: its setup failed: |")
        e=0
        [ -z "$errs" ] || { e=$(wc -l <<<"$errs"); echo "$errs" >>"$recap"; }
        failed=$((failed + e))
        # A crash before cmocka's summary still counts as a failure.
        if [ $rc -ne 0 ] && [ -z "$f" ] && [ "$e" -eq 0 ]; then
            failed=$((failed + 1))
            echo "unit failed: $t exited with $rc before its summary" >>"$recap"
        fi
        # cmocka names a failed test twice: as it ends, and in its summary.
        grep -E '^\[  FAILED  \] [A-Za-z_]' "$out/$i" | awk '!seen[$0]++' |
            sed "s|^\[  FAILED  \] |unit failed: $t: |" >>"$recap"
    done
    rm -rf "$out"
}

# The end-to-end files $@ with node's runner, summed into passed and failed.
# E2E_JOBS files at a time (default 4): each file starts its own server,
# Chromium and fixtures on free ports with its own data folder, and the
# leak checks count only processes no live server owns, so files run side
# by side. Much of a file's time is spent waiting (page settling, timers,
# leases): measured one at a time, 15 files used 0.46 CPU seconds per second
# of their CI wall time (grounding files 0.2-0.3, soak 0.9), so 3 at a time
# left about a third of two cores idle. 4 at a time used 1.69 of the two
# in a clean clone's make test (1,012 CPU s of files in 600 s); 5 took
# longer (13:13 and 1,384 CPU s, against 12:10 and 1,240): more files at
# once cost more CPU than the idle part they filled.
run_e2e() {
    node tests/lib/e2e-run.mjs "${E2E_JOBS:-4}" "$@" 2>&1 | tee "$log"
    # One summary a file (tests/lib/e2e-run.mjs), summed.
    p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$log" | awk '{n += $1} END {if (NR) print n}')
    f=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$log" | awk '{n += $1} END {if (NR) print n}')
    s=$(sed -n 's/^ℹ skipped \([0-9]*\)$/\1/p' "$log" | awk '{n += $1} END {if (NR) print n}')
    grep '^e2e failed: ' "$log" >>"$recap"
    if [ -z "$p" ]; then # the runner itself failed
        f=$(( ${f:-0} + 1 ))
        echo "e2e failed: the runner reported no summary" >>"$recap"
    fi
    passed=$((passed + ${p:-0}))
    skipped=$((skipped + ${s:-0}))
    failed=$((failed + ${f:-0}))
}

tsan=no
if { [ "$what" = all ] || [ "$what" = tsan ]; } && [ -x build/tsan/browserai ]; then
    tsan=yes
    # The same code under ThreadSanitizer (make builds it in build/tsan): the
    # unit tests beside the others, the end-to-end subset TSAN_E2E in the
    # end-to-end run. A report of any kind, from a test binary or the
    # server, fails the run. Only the sanitized binaries read TSAN_OPTIONS.
    tsan_dir=$(mktemp -d)
    export TSAN_OPTIONS="log_path=$tsan_dir/report second_deadlock_stack=1"
elif [ "$what" = tsan ]; then
    echo "tsan: build/tsan/browserai is missing (make SANITIZER=thread BUILD=build/tsan)" | tee -a "$recap"
    failed=$((failed + 1))
fi

# One libFuzzer target ($1) for FUZZ_SECONDS from its seeds, into the log $2,
# its exit status into $2.rc; a crash, leak or sanitizer report fails it.
# New inputs go to a temporary corpus.
fuzz_one() {
    local t=$1 out=$2 name corpus
    name=$(basename "$t")
    corpus=$(mktemp -d)
    [ -d "tests/fuzz/seeds/$name" ] && cp "tests/fuzz/seeds/$name"/* "$corpus"/ 2>/dev/null
    "$t" -max_total_time="${FUZZ_SECONDS:-5}" -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$corpus/" "$corpus" >"$out" 2>&1
    echo $? >"$out.rc"
    rm -rf "$corpus"
}

# Every target of build/fuzz into the folder $1 (fuzz_one), FUZZ_JOBS at a
# time (default: the number of cores), each one process on one core for its
# full time. It runs beside the unit tests (at 5 s a target, 9 targets take
# about 25 s on 2 cores), and the end-to-end files start when it ends; make
# fuzz FUZZ_SECONDS=600 for a real search. Not niced: the unit tests run on
# beside the e2e files, and niced fuzzers under the ThreadSanitizer unit
# tests ended at 44 s instead of 38 (a sleeper's timers are served first
# anyway).
fuzz_all() {
    local t
    for t in build/fuzz/fuzz_*; do
        [ -x "$t" ] && spawn_limited "${FUZZ_JOBS:-$(nproc)}" fuzz_one "$t" "$1/$(basename "$t")"
    done
    wait
}

# The results of fuzz_all in the folder $1, in order, summed into passed and
# failed.
fuzz_report() {
    local log
    for log in "$1"/fuzz_*; do
        case "$log" in *.rc) continue ;; esac
        [ -e "$log" ] || continue
        echo "== fuzz: $(basename "$log") (${FUZZ_SECONDS:-5} s)"
        if [ "$(cat "$log.rc" 2>/dev/null)" = 0 ]; then
            grep -E '^stat::number_of_executed_units' "$log"
            passed=$((passed + 1))
        else
            tail -40 "$log"
            failed=$((failed + 1))
            echo "fuzz failed: $(basename "$log")" >>"$recap"
        fi
    done
}

fuzz_logs=""
if [ "$what" = all ] || [ "$what" = fuzz ]; then
    fuzz_logs=$(mktemp -d)
    fuzz_all "$fuzz_logs" &
    fuzz_bg=$!
fi

units=()
[ "$what" = all ] || [ "$what" = unit ] && units+=(build/tests)
[ $tsan = yes ] && units+=(build/tsan/tests)
# The unit tests run beside the fuzzers and the end-to-end files, not before
# them: most of their 35 s is waiting, which the others' work fills (a
# sleeper wakes first on a busy core). Their output and counts follow the
# e2e run.
units_out=""
if [ ${#units[@]} -gt 0 ]; then
    pg_start || echo "pg: could not start PostgreSQL: the store's PostgreSQL tests will fail"
    units_out=$(mktemp -d)
    (
        trap - EXIT # the main shell's clean-up is the main shell's
        passed=0 failed=0
        run_units "${units[@]}" >"$units_out/log" 2>&1
        echo "$passed $failed $SECONDS" >"$units_out/counts"
    ) &
    units_bg=$!
fi
# The unit tests' output and counts, once they ended (then their PostgreSQL
# stops).
units_report() {
    local p f at
    [ -n "$units_out" ] || return 0
    wait "$units_bg"
    cat "$units_out/log"
    read -r p f at <"$units_out/counts" 2>/dev/null || {
        p=0 f=1 at=$SECONDS
        echo "unit failed: the unit tests reported no counts" >>"$recap"
    }
    passed=$((passed + p))
    failed=$((failed + f))
    pg_stop
    rm -rf "$units_out"
    units_out=""
    echo "(the unit tests ended at $at s of this run)"
}

if [ "$what" = all ] || [ "$what" = format ]; then
    # Every C file is as clang-format lays it out (.clang-format); make format
    # fixes what this finds.
    echo "== format: clang-format --dry-run"
    mapfile -t cfiles < <(find src tests/unit tests/fuzz -name '*.[ch]' | sort)
    if clang-format --dry-run --Werror "${cfiles[@]}" >"$log" 2>&1; then
        echo "${#cfiles[@]} files as .clang-format lays them out"
        passed=$((passed + 1))
    else
        grep -E '^[^ ].*: error:' "$log" | cut -d: -f1 | sort -u | sed 's/^/not formatted (make format): /' | tee -a "$recap"
        failed=$((failed + 1))
    fi
    # Condition variables are made by util_cond_init alone: one made on the
    # default clock takes util_deadline_ts's deadlines as long past, and a
    # timed wait on it spins (a script task's wait for a runner did: 1.2 s
    # of the server's CPU a task).
    echo "== lint: condition variables on the monotonic clock"
    if grep -rn 'pthread_cond_init' src | grep -v '^src/util/util\.c:' >"$log"; then
        sed 's/^/use util_cond_init: /' "$log" | tee -a "$recap"
        failed=$((failed + 1))
    else
        echo "every condition variable is made by util_cond_init"
        passed=$((passed + 1))
    fi
fi

# The fuzz targets end before the end-to-end files start: beside them the
# fuzzers (niced) got next to no CPU (a clean clone: 11 runs of
# fuzz_urlpolicy in its 5 s against 82,861 alone).
if [ -n "$fuzz_logs" ]; then
    wait "$fuzz_bg"
    fuzz_report "$fuzz_logs"
    echo "(the fuzz targets ended at ${SECONDS} s of this run)"
fi

# The files $@ with those of tests/lib/e2e-first (the longest) first, in
# that list's order, then the rest as given. By name in a map: a
# $(basename) for each pair of names forked 6,400 times (25 s).
longest_first() {
    local name f
    declare -A listed=() byname=()
    for f in "$@"; do byname[${f##*/}]+="$f"$'\n'; done
    while read -r name; do
        case "$name" in '' | '#'*) continue ;; esac
        while IFS= read -r f; do
            [ -n "$f" ] && [ -z "${listed[$f]:-}" ] || continue
            listed[$f]=1
            echo "$f"
        done <<<"${byname[$name]:-}"
    done <tests/lib/e2e-first
    for f in "$@"; do [ -n "${listed[$f]:-}" ] || echo "$f"; done
}

# The end-to-end files that also run against the ThreadSanitizer build: those
# that drive the most threads at once (slots, heartbeat, DevTools reader and
# dispatcher, fetchers, HTTP).
TSAN_E2E=(tests/e2e/tasks_flow.test.mjs tests/e2e/agent_world.test.mjs)

# A file for node's runner that runs the end-to-end file $1 against the
# ThreadSanitizer build (lib/server.mjs reads BROWSERAI_BIN when imported),
# written into the folder $2; prints its path.
tsan_wrapper() {
    local w
    w="$2/tsan_$(basename "$1")"
    printf '%s\n' "// $1 against the ThreadSanitizer build (tests/run.sh)." \
        "process.env.BROWSERAI_BIN = '$PWD/build/tsan/browserai';" \
        "await import('$PWD/$1');" >"$w"
    echo "$w"
}

# The grounding files (tests/e2e/grounding_*.test.mjs) run GROUNDING_GROUPS
# to a process (default 6) rather than each in its own: a file's own test
# process, site, server and Chromium cost about 1.5 CPU seconds on a quiet
# machine whatever its tests do (more beside other files), and one set-up
# serves a group (runGroup, tests/e2e/lib/grounding.mjs). A file joins when
# it sets up with useGrounding and its label alone (no options of its own)
# and neither starts a server nor stops one itself (assertCleanShutdown:
# stopsCleanly instead); any other runs alone. Of the files $@, longest
# first, those are dealt to the groups in turn, back and forth (1..6,
# 6..1, ...), so that each gets long and short ones; a module a group,
# written into the folder $1, runs them. Prints the groups, then the other
# files as given: the groups start first, as each takes several times as
# long as most files (about 3 minutes beside 3 others, the median file 40 s).
grounding_groups() {
    local dir=$1 f i k=0 n=$((${GROUNDING_GROUPS:-6} > 0 ? ${GROUNDING_GROUPS:-6} : 1)) rest=() groups=() w
    shift
    for f in "$@"; do
        if [[ ${f##*/} == grounding_*.test.mjs ]] && grep -qE "useGrounding\('[^']*'\)" "$f" &&
            ! grep -qE 'assertCleanShutdown|startServer' "$f"; then
            i=$((k % n))
            [ $((k / n % 2)) -eq 0 ] || i=$((n - 1 - i))
            [[ $f == /* ]] || f=$PWD/$f
            groups[i]+="  '$f',"$'\n'
            k=$((k + 1))
        else
            rest+=("$f")
        fi
    done
    for i in "${!groups[@]}"; do
        w="$dir/grounding-group-$((i + 1))-of-$n.test.mjs"
        printf '%s\n' "// Grounding group $((i + 1)) of $n (tests/run.sh): these files against one server." \
            "import { runGroup } from '$PWD/tests/e2e/lib/grounding.mjs';" \
            "runGroup('grounding-group-$((i + 1))', [" "${groups[i]%$'\n'}" "]);" >"$w"
        echo "$w"
    done
    for f in "${rest[@]}"; do echo "$f"; done
}

files=()
if [ "$what" = e2e ] && [ $# -gt 0 ]; then
    files=("$@")
else
    [ "$what" = all ] || [ "$what" = e2e ] && files=(tests/e2e/*.test.mjs)
    if [ "$what" = grounding ]; then
        files=("$@")
        [ $# -gt 0 ] || files=(tests/e2e/grounding_*.test.mjs)
    fi
    # The sanitized files join the same run rather than following it: they
    # fill slots that would idle while the longest files finish.
    if [ $tsan = yes ]; then
        for f in "${TSAN_E2E[@]}"; do files+=("$(tsan_wrapper "$f" "$tsan_dir")"); done
    fi
    [ ${#files[@]} -eq 0 ] || mapfile -t files < <(longest_first "${files[@]}")
    if [ ${#files[@]} -gt 0 ]; then
        groups_dir=$(mktemp -d)
        mapfile -t files < <(grounding_groups "$groups_dir" "${files[@]}")
    fi
fi
if [ ${#files[@]} -gt 0 ]; then
    echo "== e2e (at ${SECONDS} s of this run): ${files[*]}"
    run_e2e "${files[@]}"
fi
units_report

if [ $tsan = yes ]; then
    unset TSAN_OPTIONS
    if compgen -G "$tsan_dir/report*" >/dev/null; then
        echo "== tsan: ThreadSanitizer reports:"
        cat "$tsan_dir"/report*
        failed=$((failed + 1))
        echo "tsan failed: ThreadSanitizer reports (above)" >>"$recap"
    else
        echo "== tsan: no report"
        passed=$((passed + 1))
    fi
    rm -rf "$tsan_dir"
fi

[ "$skipped" -eq 0 ] || echo "($skipped end-to-end tests of the full tier skipped: make test-full runs them)"
echo "(the tests took ${SECONDS} s)"
[ -s "$recap" ] && { echo "== what failed:"; cat "$recap"; }
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
