# Sourced by the bench/* wrappers: checks what a benchmark needs, installs what
# is missing (Debian packages through apt-get as root or sudo; playwright-core
# from bench/package-lock.json, never a browser), then runs bench/NAME.mjs.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bench_wants_help() {
    local a
    for a in "$@"; do
        case "$a" in -h | --help) return 0 ;; esac
    done
    return 1
}

# bench_apt PKG... : installs the Debian packages that are not installed yet.
bench_apt() {
    local missing=() p sudo=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "bench: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -q >&2 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

bench_node_deps() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null ||
        [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 20 ]; then
        bench_apt nodejs npm
    fi
    local stamp="$BENCH_DIR/node_modules/.lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$BENCH_DIR/package-lock.json" "$stamp"; then
        echo "bench: npm ci in bench/ (playwright-core; no browser download)" >&2
        (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
        cp "$BENCH_DIR/package-lock.json" "$stamp"
    fi
}

bench_check_build() {
    local bin=${BROWSERAI_BIN:-$REPO_DIR/build/browserai}
    if [ ! -x "$bin" ]; then
        echo "bench: $bin is missing; run \`make\` first (or set BROWSERAI_BIN)" >&2
        exit 2
    fi
    local chromium=${BENCH_CHROMIUM:-/usr/bin/chromium-headless-shell}
    if [ ! -x "$chromium" ]; then
        echo "bench: $chromium is missing; install Debian's chromium-headless-shell (make deps) or set BENCH_CHROMIUM" >&2
        exit 2
    fi
}

# bench_run NAME ARGS... : runs bench/NAME.mjs with node.
bench_run() {
    local name=$1
    shift
    if bench_wants_help "$@"; then
        exec node "$BENCH_DIR/$name.mjs" "$@"
    fi
    bench_check_build
    bench_node_deps
    exec node "$BENCH_DIR/$name.mjs" "$@"
}
