#!/usr/bin/env bash
# Installs what browserai needs on Debian 12 and is missing: the build's
# libraries, Chromium, the C test framework, and the npm packages of the
# build (tools/: esbuild, which minifies the in-page agent), of the
# end-to-end tests and of the script runner (runner/: Playwright and the
# TypeScript transpiler), each from its committed lock file, without browser
# downloads. A no-op when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_pkgs=(build-essential pkg-config libmicrohttpd-dev libjansson-dev libsqlite3-dev
          libssl-dev libcurl4-openssl-dev libcmocka-dev chromium-headless-shell curl clang clang-format libclang-rt-14-dev tzdata
          libpq-dev postgresql)
missing=()
for p in "${apt_pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js may come from elsewhere than Debian (with its own npm, which
# conflicts with Debian's npm package): any node 18+ with npm will do.
if ! command -v node >/dev/null || ! command -v npm >/dev/null ||
   [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 18 ]; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "deps: installing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages: only reinstall when the lock file changed since the last install.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
for dir in tools tests/e2e tests/e2e/mcp runner; do
    [ -f "$dir/package-lock.json" ] || continue
    stamp="$dir/node_modules/.lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
        echo "deps: npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$dir/package-lock.json" "$stamp"
    fi
done
