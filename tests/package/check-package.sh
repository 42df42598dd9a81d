#!/usr/bin/env bash
# The Debian packages end to end: builds them (the `package` preset: any x86-64 CPU, /usr, no
# tests), checks their metadata and contents, installs them with apt-get (as root; otherwise the
# install is skipped and said so) and compares what the installed command line prints for the
# installed sample log with what the build tree's prints. Usage: tests/package/check-package.sh
# [BUILD_DIR of the tree to compare with, default build/asan].
set -euo pipefail
cd "$(dirname "$0")/../.."
tree="${1:-build/asan}"
fail() { echo "check-package: $*" >&2; exit 1; }
# The tree to compare with may be the sanitizer build: the same options as its tests.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset package >/dev/null
cmake --build --preset package -j2
rm -f build/package/*.deb
(cd build/package && cpack -G DEB >/dev/null)
version=$(sed -n 's/^project(AuditConsole VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
arch=$(dpkg --print-architecture)
cli="build/package/audit-console-cli_${version}_${arch}.deb"
gui="build/package/audit-console_${version}_${arch}.deb"
[ -f "$cli" ] && [ -f "$gui" ] || fail "cpack did not write $cli and $gui: $(ls build/package/*.deb 2>&1)"

# Metadata: names, versions, computed dependencies; the CLI without Qt's Gui or Widgets.
field() { dpkg-deb --field "$1" "$2"; }
[ "$(field "$cli" Package)" = audit-console-cli ] || fail "$cli: wrong Package"
[ "$(field "$gui" Package)" = audit-console ] || fail "$gui: wrong Package"
[ "$(field "$gui" Version)" = "$version" ] || fail "$gui: Version is not $version"
field "$cli" Depends | grep -q libqt6core6 || fail "$cli: Depends lacks libqt6core6 (shlibdeps): $(field "$cli" Depends)"
if field "$cli" Depends | grep -Eq 'libqt6(gui|widgets|charts)'; then
    fail "$cli depends on Qt's Gui or Widgets: $(field "$cli" Depends)"
fi
for dep in libqt6widgets6 libqt6charts6 "audit-console-cli (= $version)" qt6-qpa-plugins; do
    field "$gui" Depends | grep -qF "$dep" || fail "$gui: Depends lacks $dep: $(field "$gui" Depends)"
done
dpkg-deb --info "$gui" | sed 's/^/  /'

# Contents: every file where Debian expects it.
contents() { dpkg-deb --contents "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
expect() { # package path...
    local deb=$1 listing
    shift
    listing=$(contents "$deb")
    for p in "$@"; do grep -qx "$p" <<<"$listing" || fail "$deb lacks $p"; done
}
expect "$cli" /usr/bin/audit-console-cli /usr/share/audit-console/audit-sample.log.gz \
    /usr/share/audit-console/ack-default-audit-policy.yaml /usr/share/man/man1/audit-console-cli.1.gz \
    /usr/share/bash-completion/completions/audit-console-cli
expect "$gui" /usr/bin/audit-console /usr/share/applications/org.auditconsole.AuditConsole.desktop \
    /usr/share/metainfo/org.auditconsole.AuditConsole.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.auditconsole.AuditConsole.svg /usr/share/man/man1/audit-console.1.gz \
    /usr/share/bash-completion/completions/audit-console
if contents "$cli" | grep -q /usr/bin/audit-console$; then fail "$cli holds the window's executable"; fi

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$gui" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/org.auditconsole.AuditConsole.desktop"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$unpacked/usr/share/metainfo/org.auditconsole.AuditConsole.metainfo.xml"
else
    echo "check-package: appstreamcli is not installed; the metainfo file was not validated"
fi
zcat "$unpacked/usr/share/man/man1/audit-console.1.gz" | groff -man -Tutf8 -ww >/dev/null

if [ "$(id -u)" -ne 0 ]; then
    echo "check-package: not root, so the packages were built and checked but not installed"
    exit 0
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends --reinstall "./$cli" "./$gui" >/dev/null
dpkg -s audit-console audit-console-cli | grep -q "Status: install ok installed" || fail "not installed"
/usr/bin/audit-console-cli --version | grep -q "built for: any x86-64 CPU" || fail "the package is not the portable build"

# The installed command line on the installed sample log prints what the build tree prints.
same() { # label, the report's arguments
    local label=$1
    shift
    local installed built
    # The same JSON but for where the sample log lies (the loaded section, each row's file).
    local strip='del(.loaded) | walk(if type == "object" then del(.file) else . end)'
    installed=$(/usr/bin/audit-console-cli "$@" /usr/share/audit-console/audit-sample.log.gz | jq -S "$strip")
    built=$("$tree/app/audit-console-cli" "$@" resources/sample/audit-sample.log.gz | jq -S "$strip")
    [ -n "$installed" ] && [ "$installed" = "$built" ] || fail "$label differs between the package and $tree"
    echo "check-package: $label: the installed CLI prints what $tree prints ($(wc -c <<<"$installed") bytes of JSON)"
}
same "report overview" report overview --format json --last all
same "report resources" report resources --format json --last all
same "report detail deployments" report detail --resource deployments --format json --last all
installed_events=$(/usr/bin/audit-console-cli events --last all --query 'verb: delete' /usr/share/audit-console/audit-sample.log.gz | sha256sum)
built_events=$("$tree/app/audit-console-cli" events --last all --query 'verb: delete' resources/sample/audit-sample.log.gz | sha256sum)
[ "$installed_events" = "$built_events" ] || fail "events differ between the package and $tree"
# The window's executable answers without a display: the document, from the installed files.
QT_QPA_PLATFORM=offscreen /usr/bin/audit-console report all --output "$unpacked/review.pdf" --last all \
    /usr/share/audit-console/audit-sample.log.gz 2>/dev/null
[ -s "$unpacked/review.pdf" ] || fail "the installed audit-console wrote no document"
echo "check-package: $(basename "$cli") and $(basename "$gui") built, checked, installed and compared"
