#!/usr/bin/env bash
# Runs every benchmark side by side on generated data and prints the figures recorded in
# docs/benchmarks.md. Usage: tests/bench/run-benchmarks.sh BUILD_DIR [EVENTS...]
# (default 100000 1000000; data goes to $BENCH_DATA, default BUILD_DIR/bench-data).
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
shift
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000)
data="${BENCH_DATA:-$build/bench-data}"
mkdir -p "$data"
bin="$build/tests/bench"
cli="$build/app/audit-console"

secs() { # prints the wall time of a command in seconds, discarding its output
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
for n in "${sizes[@]}"; do
    f="$data/gen-$n.log"
    [ -f "$f" ] || "$bin/gen_audit" --events "$n" --out "$f" 2>/dev/null
    cat "$f" >/dev/null # warm the page cache so every contender reads from memory
    echo
    echo "== $n events, $(du -m "$f" | cut -f1) MB ($f)"
    echo "-- bare simdjson on-demand pass, 7 fields (baseline)"
    "$bin/simdjson_pass" --threads 1 "$f" | grep -E "seconds|MB/s" | sed 's/^/   1 thread:  /'
    "$bin/simdjson_pass" --threads 2 "$f" | grep -E "seconds|MB/s" | sed 's/^/   2 threads: /'
    echo "-- audit-console loader + all three reports"
    "$bin/bench_load" --threads 1 "$f" | sed 's/^/   1 thread:  /'
    "$bin/bench_load" --threads 2 "$f" | sed 's/^/   2 threads: /'
    echo "-- queries (bench_query): filter + overview, facets, full-text search"
    "$bin/bench_query" "$f" | sed "s/^/   /"
    echo "-- window (bench_gui, offscreen): page switches and filter changes until redrawn"
    "$bin/bench_gui" "$f" 2>/dev/null | sed "s/^/   /"
    echo "-- incident review (bench_document): the document, the evidence events, an object history"
    "$bin/bench_document" "$f" 2>/dev/null | sed "s/^/   /"
    echo "-- end to end: audit-console report overview --format json (2 threads)"
    echo "   $(secs "$cli" report overview --format json "$f") s"
    /usr/bin/env time -f "   peak RSS %M KiB" "$cli" report overview --format json "$f" 2>&1 >/dev/null | tail -1 || true
    if [ "$n" -le "${JQ_MAX_EVENTS:-1000000}" ]; then
        echo "-- jq -c '[.verb,.objectRef.resource]' | sort | uniq -c"
        echo "   $(secs bash -c "jq -c '[.verb,.objectRef.resource]' '$f' | sort | uniq -c") s"
    fi
    if command -v lnav >/dev/null && [ "$n" -le "${LNAV_MAX_EVENTS:-1000000}" ]; then
        echo "-- lnav -n (index the file, headless)"
        echo "   $(secs lnav -n "$f") s"
    fi
done
