#!/usr/bin/env bash
# validate-key throughput of a real `keydesk sandbox` process (issue 3: at least 2,000 requests per second), with wrk
# posting random license keys of its demo data, 32 in flight, after a 3-second warm-up. By hand:
#   tests/benchmarks/wrk-validate-key.sh build/bin/keydesk [LICENSES] [SECONDS]
# Needs wrk and the sqlite3 command-line shell (Debian: wrk, sqlite3).
set -euo pipefail
keydesk=${1:?path to the keydesk executable}
licenses=${2:-20000}
seconds=${3:-10}
dir=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT

"$keydesk" sandbox --data "$dir/sandbox.sqlite" --demo "$licenses" --json >"$dir/info.json" 2>"$dir/err.txt" &
pid=$!
for _ in $(seq 1 120); do grep -q '"url"' "$dir/info.json" 2>/dev/null && break; sleep 1; done
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$dir/info.json")
slug=$(sed -n 's/.*"slug":"\([^"]*\)".*/\1/p' "$dir/info.json")
[ -n "$url" ] || { cat "$dir/err.txt" >&2; exit 1; }
sqlite3 "$dir/sandbox.sqlite" "SELECT alias FROM resources WHERE type = 'licenses' LIMIT 5000" >"$dir/keys.txt"
cat >"$dir/post.lua" <<LUA
local keys = {}
for line in io.lines("$dir/keys.txt") do keys[#keys + 1] = line end
request = function()
  local body = '{"meta":{"key":"' .. keys[math.random(#keys)] .. '"}}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/vnd.api+json",
                                  ["Accept"] = "application/vnd.api+json"}, body)
end
LUA
target="$url/v1/accounts/$slug/licenses/actions/validate-key"
wrk -t1 -c32 -d3s -s "$dir/post.lua" "$target" >/dev/null
echo "validate-key, keydesk sandbox with $licenses demo licenses, wrk -t1 -c32 for ${seconds}s:"
wrk -t1 -c32 -d"${seconds}s" -s "$dir/post.lua" --latency "$target" | grep -E "Requests/sec|50%|99%|Non-2xx"
