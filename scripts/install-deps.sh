#!/usr/bin/env bash
# Installs the Debian 12 packages Keydesk needs to build, run and test. Idempotent: installs only what is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    libssl-dev libsqlite3-dev
    # tokens in the OS keychain; tests run a real Secret Service (gnome-keyring) on a private D-Bus
    qtkeychain-qt6-dev gnome-keyring dbus-daemon
    # runtime: SVG icons
    libqt6svg6
    # tests: fuzzing (clang + sanitizer runtimes), packaging checks, screenshots
    clang libclang-rt-14-dev
    dpkg-dev file appstream desktop-file-utils
    xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
