#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS and prints one line per target: executions, executions
# per second and findings (new crash, timeout, leak or out-of-memory inputs). Exits 1 when any
# target found something or could not run. See README.md.
#
#   run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
#
# The fuzzers are taken from BUILD_DIR/tests/fuzz (FUZZ_BIN_DIR overrides). Each fuzzes a working
# corpus in BUILD_DIR/fuzz-corpus/<target>, seeded from tests/fuzz/corpus/<target> (the source
# tree is never written); findings go to BUILD_DIR/fuzz-findings/<target>/, libFuzzer's output to
# BUILD_DIR/fuzz-logs/<target>.log. FUZZ_FRESH_CORPUS=1 starts from the seeds alone.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
all=(lines loader search sls_response clickhouse_response)

usage() {
    echo "usage: $0 BUILD_DIR SECONDS [TARGET...]   (targets: ${all[*]})" >&2
    exit 2
}
[ $# -ge 2 ] || usage
build=$1
seconds=$2
shift 2
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target: $t" >&2; usage; }
done
mkdir -p "$build" || exit 2
build=$(cd "$build" && pwd)
bindir=${FUZZ_BIN_DIR:-$build/tests/fuzz}

# The value of one of libFuzzer's final statistics in a log.
final_stat() { awk -v key="stat::$2:" '$1 == key { v = $2 } END { print (v == "" ? "?" : v) }' "$1"; }

status=0
failed=()
printf '%-20s %12s %8s %9s\n' target executions exec/s findings
for t in "${targets[@]}"; do
    exe=$bindir/fuzz_$t
    work=$build/fuzz-corpus/$t
    findings=$build/fuzz-findings/$t
    log=$build/fuzz-logs/$t.log
    if [ ! -x "$exe" ]; then
        printf '%-20s %12s %8s %9s  not built: %s\n' "$t" - - - "$exe"
        status=1
        continue
    fi
    [ "${FUZZ_FRESH_CORPUS:-0}" = 1 ] && rm -rf "$work"
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    # Seed the working corpus with any seed it does not hold yet.
    for seed in "$here/corpus/$t"/*; do
        [ -f "$seed" ] && [ ! -e "$work/${seed##*/}" ] && cp "$seed" "$work/"
    done
    marker=$build/fuzz-logs/$t.started
    touch "$marker"
    "$exe" -max_total_time="$seconds" -dict="$here/dict/audit.dict" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" "$work" >"$log" 2>&1
    rc=$?
    # Files this run wrote to the findings folder, slow-unit reports aside (they are no failures).
    new=$(find "$findings" -mindepth 1 -maxdepth 1 -type f -newer "$marker" ! -name 'slow-unit-*' -printf '%f\n' |
        LC_ALL=C sort)
    count=0
    [ -n "$new" ] && count=$(wc -l <<<"$new")
    note=""
    if [ "$count" -gt 0 ]; then
        note="  in $findings/: $(paste -sd ' ' <<<"$new")"
    elif [ "$rc" -ne 0 ]; then
        note="  exited with $rc without a finding: see $log"
    fi
    printf '%-20s %12s %8s %9s%s\n' "$t" "$(final_stat "$log" number_of_executed_units)" \
        "$(final_stat "$log" average_exec_per_sec)" "$count" "$note"
    if [ "$count" -gt 0 ] || [ "$rc" -ne 0 ]; then
        status=1
        failed+=("$t")
    fi
done

# What libFuzzer said about each failure (the check or sanitizer report and its stack).
for t in "${failed[@]}"; do
    echo
    echo "==== fuzz_$t: the end of $build/fuzz-logs/$t.log"
    tail -n 60 "$build/fuzz-logs/$t.log"
done
exit $status
