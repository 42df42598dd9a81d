#!/usr/bin/env bash
# Audit Console quick start (Debian 12):
#   ./dev.sh run   [FILE|DIR...]  install what is missing, build, start the console on the sample log
#   ./dev.sh test                 install what is missing, build with sanitizers and warnings as errors,
#                                 run every test and a short run of each fuzzer, then build the Debian
#                                 packages, check them, install them (as root) and compare their output
#   ./dev.sh bench                build and run the benchmarks in tests/bench (prints figures)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake make g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsimdjson-dev zlib1g-dev libyaml-cpp-dev qtkeychain-qt6-dev libmaxminddb-dev libmaxmind-db-writer-perl
    xvfb xauth fonts-noto-cjk jq clickhouse-server clickhouse-client
    clang libclang-rt-14-dev
    poppler-utils dpkg-dev file desktop-file-utils appstream groff-base
)

install_missing() {
    local missing=() p
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j2
}

verb="${1:-}"
[ $# -gt 0 ] && shift
case "$verb" in
run)
    install_missing
    build dev
    if [ $# -eq 0 ]; then set -- resources/sample/audit-sample.log.gz; fi
    exec build/dev/app/audit-console "$@"
    ;;
test)
    # One build serves it all: clang with AddressSanitizer, UBSan and warnings as errors, and
    # the libFuzzer targets; the whole suite and the fuzzers' short runs go through it.
    install_missing
    build asan
    ctest --preset asan
    tests/package/check-package.sh build/asan
    ;;
bench)
    install_missing lnav bc time
    build dev
    exec tests/bench/run-benchmarks.sh build/dev "$@"
    ;;
*)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
