#!/bin/sh
# Runs a command with a private D-Bus session and an unlocked gnome-keyring (a real Secret Service), in a
# throw-away home, so that tests use the OS keychain through QtKeychain without touching the user's own.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'printf keydesk-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null && exec "$@"' sh "$@"
