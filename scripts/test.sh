#!/usr/bin/env bash
# Sets up everything on Debian 12, builds Keydesk and runs the whole test suite: unit, integration, GUI (offscreen),
# packaging, a short benchmark run, and 60 seconds of fuzzing. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
