#!/usr/bin/env bash
# Sets up everything Keydesk needs on Debian 12, builds it, and starts the console on its local sandbox with demo
# data (keydesk --sandbox). Arguments, if any, go to keydesk instead (e.g. a .lic file for the inspector).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

if [ "$#" -eq 0 ]; then
    set -- --sandbox
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "No display found: starting Keydesk on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" build/bin/keydesk "$@"
fi
exec build/bin/keydesk "$@"
