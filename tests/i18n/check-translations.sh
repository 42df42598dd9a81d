#!/bin/sh
# The Chinese translation covers every text the sources pass to tr(): lupdate over app/, views/,
# models/ and platform/ (headers included) into a copy of the committed .ts, filled from
# translations/fill_zh_CN.py, must hold the same messages as the committed file. Fails naming
# the texts without a translation, or missing from or stale in the committed file.
# Usage: check-translations.sh SOURCE_DIR LUPDATE
set -eu
src=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
committed="$src/translations/audit-console_zh_CN.ts"
cp "$committed" "$tmp/fresh.ts"
"$lupdate" -silent -no-obsolete -locations none \
    "$src/app" "$src/views" "$src/models" "$src/platform" -ts "$tmp/fresh.ts"
python3 "$src/translations/fill_zh_CN.py" "$tmp/fresh.ts"
python3 "$src/translations/fill_zh_CN.py" --check "$committed" "$tmp/fresh.ts"
echo "zh_CN: every source text is translated and the committed .ts is up to date"
