#!/bin/bash
# Builds the .deb and the .tar.gz from the build tree with CPack, then checks what a user would get:
# the package metadata and runtime Depends, the installed files, and that the packaged executable runs.
# Run by CTest (tests/packaging/CMakeLists.txt); every failure names what is missing.
# (grep -q reads here-strings, not pipes: with pipefail, grep quitting early would fail the pipe.)

set -u -o pipefail

usage() {
    echo "usage: $0 --cpack CPACK --config CPackConfig.cmake --binary BUILT_KEYDESK --version X.Y.Z" \
        "--app-id ID --work DIR" >&2
    exit 2
}

cpack="" config="" binary="" version="" app_id="" work=""
while [ $# -gt 0 ]; do
    case "$1" in
    --cpack) cpack="$2" ;;
    --config) config="$2" ;;
    --binary) binary="$2" ;;
    --version) version="$2" ;;
    --app-id) app_id="$2" ;;
    --work) work="$2" ;;
    *) usage ;;
    esac
    shift 2 || usage
done
for value in "$cpack" "$config" "$binary" "$version" "$app_id" "$work"; do
    [ -n "$value" ] || usage
done

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
die() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() { echo "ok:   $*"; }
expect() { # expect PASS_MESSAGE FAIL_MESSAGE COMMAND...
    local ok="$1" bad="$2"
    shift 2
    if "$@"; then pass "$ok"; else fail "$bad"; fi
}

for tool in "$cpack" dpkg dpkg-deb tar; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed (Debian: dpkg, dpkg-dev, cmake)"
done
command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps is missing: CPack computes Depends with it (Debian: dpkg-dev)"
[ -x "$binary" ] || die "the keydesk executable is not built ($binary): build the project before running ctest"
[ -f "$config" ] || die "no CPack configuration at $config: is include(installer/Packaging.cmake) in CMakeLists.txt?"

# The icon is compiled into a static library; its resource object must have reached the executable.
if command -v nm >/dev/null; then
    symbols=$(nm "$binary" 2>&1) || die "nm could not read $binary: $symbols"
    if grep -q 'qInitResources_keydesk_icons' <<<"$symbols"; then
        pass "the embedded icon resource is linked into $(basename "$binary")"
    else
        fail "keydesk has no qInitResources_keydesk_icons: the icon resource from keydesk_resources is not linked"
    fi
fi

arch=$(dpkg --print-architecture)
deb="$work/keydesk_${version}_${arch}.deb"
tgz="$work/keydesk-${version}-Linux.tar.gz"

rm -rf "$work"
mkdir -p "$work"
echo "Running CPack (DEB, TGZ) into $work"
if ! "$cpack" --config "$config" -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack failed (log above)"
fi
[ -f "$deb" ] || {
    cat "$work/cpack.log" >&2
    ls -la "$work" >&2
    die "expected $deb, CPack made none by that name"
}
[ -f "$tgz" ] || {
    ls -la "$work" >&2
    die "expected $tgz, CPack made none by that name"
}
pass "cpack made $(basename "$deb") and $(basename "$tgz")"

# --- .deb metadata ------------------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
echo "--- dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
echo "---"

expect "Package: keydesk" "Package is '$(field Package)', not keydesk" test "$(field Package)" = keydesk
expect "Version: $version" "Version is '$(field Version)', not $version" test "$(field Version)" = "$version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)', not $arch"
for name in Maintainer Section Homepage; do
    [ -n "$(field "$name")" ] || fail "the .deb has no $name field"
done
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 2 ] ||
    fail "the Description has no long description (only: $description)"

# Depends as bare package names, one a line ("libqt6core6 (>= 6.4.0)" -> libqt6core6; alternatives kept).
depends=$(field Depends | sed -e 's/[,|]/\n/g' | sed -e 's/(.*)//' -e 's/:any//' -e 's/[[:space:]]//g' | sed '/^$/d' | sort -u)
has_depend() { grep -qx "$1" <<<"$depends"; }
[ -n "$depends" ] || fail "the .deb has no Depends: is CPACK_DEBIAN_PACKAGE_SHLIBDEPS on?"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libc6 libqt6svg6 libqt6sql6-sqlite; do
    expect "Depends on $package" "Depends lacks $package" has_depend "$package"
done

# --- .deb contents ------------------------------------------------------------------------------------------
root="$work/deb-root"
mkdir -p "$root"
dpkg -x "$deb" "$root" || die "dpkg -x $deb failed"
for path in \
    usr/bin/keydesk \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    usr/share/mime/packages/keydesk.xml \
    usr/share/icons/hicolor/scalable/apps/keydesk.svg \
    usr/share/icons/hicolor/16x16/apps/keydesk.png \
    usr/share/icons/hicolor/32x32/apps/keydesk.png \
    usr/share/icons/hicolor/48x48/apps/keydesk.png \
    usr/share/icons/hicolor/64x64/apps/keydesk.png \
    usr/share/icons/hicolor/128x128/apps/keydesk.png \
    usr/share/icons/hicolor/256x256/apps/keydesk.png; do
    expect "the .deb has /$path" "the .deb lacks /$path" test -e "$root/$path"
done
grep -qx 'Icon=keydesk' "$root/usr/share/applications/$app_id.desktop" 2>/dev/null ||
    fail "the desktop entry does not name the icon keydesk"

# Every library the packaged binary loads must come from a package it Depends on: that is what
# dpkg-shlibdeps is for, and it catches e.g. libcrypto.so.3 (libssl3) missing from Depends.
installed="$root/usr/bin/keydesk"
if [ -x "$installed" ]; then
    needed=$(LC_ALL=C objdump -p "$installed" 2>/dev/null | awk '$1 == "NEEDED" { print $2 }')
    [ -n "$needed" ] || fail "cannot read the NEEDED libraries of /usr/bin/keydesk (objdump from binutils)"
    for soname in $needed; do
        if [[ "$soname" == ld-linux* ]]; then
            # The dynamic loader itself (glibc's, listed by ldd without "=>"): part of libc6.
            expect "$soname -> Depends on libc6" "keydesk needs the dynamic loader but Depends lacks libc6" has_depend libc6
            continue
        fi
        path=$(LC_ALL=C ldd "$installed" | awk -v so="$soname" '$1 == so { print $3 }')
        if [ -z "$path" ] || [ ! -e "$path" ]; then
            fail "$soname, needed by keydesk, is not found on this system"
            continue
        fi
        owner=""
        for candidate in "$path" "$(readlink -f "$path")" "${path#/usr}" "/usr${path}"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | sed -n '1s/:.*//p') && [ -n "$owner" ] && break
        done
        if [ -z "$owner" ]; then
            fail "$soname ($path) belongs to no Debian package: the .deb cannot depend on it"
        elif has_depend "$owner"; then
            pass "$soname -> Depends on $owner"
        else
            fail "keydesk needs $soname from package $owner, but Depends lacks $owner"
        fi
    done
    if grep -q '^libcrypto\.so' <<<"$needed"; then
        expect "OpenSSL: Depends on libssl3" "keydesk links libcrypto but Depends lacks libssl3" has_depend libssl3
    else
        echo "note: keydesk does not link libcrypto (yet), so Depends need not name libssl3"
    fi
fi

check_version() { # $1: executable, $2: where it came from
    local output
    if [ ! -x "$1" ]; then
        fail "$2 has no executable keydesk at ${1#"$work"/}"
        return
    fi
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 "$1" --version 2>&1)
    local status=$?
    if [ $status -ne 0 ]; then
        fail "$2: keydesk --version exited with $status: $output"
    elif [ "$output" != "keydesk $version" ]; then
        fail "$2: keydesk --version printed '$output', expected 'keydesk $version'"
    else
        pass "$2: keydesk --version prints '$output'"
    fi
}
check_version "$installed" "the .deb"

# --- .tar.gz ------------------------------------------------------------------------------------------------
troot="$work/tgz-root"
mkdir -p "$troot"
tar -xzf "$tgz" -C "$troot" || die "tar could not extract $tgz"
top="$troot/keydesk-${version}-Linux"
[ -d "$top" ] || fail "the tarball does not unpack into keydesk-${version}-Linux/"
check_version "$top/bin/keydesk" "the .tar.gz"
for path in "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
    share/icons/hicolor/scalable/apps/keydesk.svg share/mime/packages/keydesk.xml; do
    expect "the .tar.gz has $path" "the .tar.gz lacks $path" test -e "$top/$path"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "All packaging checks passed."
