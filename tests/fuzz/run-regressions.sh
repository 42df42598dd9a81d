#!/usr/bin/env bash
# Runs a fuzz target once on each saved finding in DIR (README files aside), so that what was
# fixed stays fixed. libFuzzer runs inputs given as file paths once each and stops.
#
#   run-regressions.sh FUZZER DIR
set -u -o pipefail

[ $# -eq 2 ] || { echo "usage: $0 FUZZER DIR" >&2; exit 2; }
exe=$1
dir=$2
[ -x "$exe" ] || { echo "not built: $exe" >&2; exit 1; }

inputs=()
if [ -d "$dir" ]; then
    while IFS= read -r -d '' f; do
        inputs+=("$f")
    done < <(find "$dir" -mindepth 1 -maxdepth 1 -type f ! -name 'README*' ! -name '.*' -print0 | LC_ALL=C sort -z)
fi
if [ ${#inputs[@]} -eq 0 ]; then
    echo "no regression inputs in $dir"
    exit 0
fi
echo "running $(basename "$exe") on ${#inputs[@]} regression input(s) from $dir"
# Crash files of a run that fails go to the current folder (the build tree under ctest).
exec "$exe" -timeout=10 -rss_limit_mb=4096 "${inputs[@]}"
