#!/usr/bin/env bash
# Loads a running `dossier serve` with wrk (Debian's `wrk`) the way docs/api.md measures it:
# 100 concurrent clients on loopback asking (1) distinct two-word searches, (2) random stories'
# dossiers, (3) both, half and half. Each run is warmed up first with the same requests.
#
# Usage: bench/load/desk-load.sh [URL] [SECONDS] [WARMUP_SECONDS]
#   URL defaults to http://127.0.0.1:8080, SECONDS to 30, WARMUP_SECONDS to 60.
set -euo pipefail
url="${1:-http://127.0.0.1:8080}"
seconds="${2:-30}"
warmup="${3:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "desk-load: wrk is missing (apt-get install wrk)" >&2; exit 2; }

# Every story id, paged through the API.
offset=0
: > "$work/ids"
while :; do
  page="$(curl -fsS "$url/api/stories?limit=100&offset=$offset")"
  ids="$(grep -o '"id":"s[0-9a-f]*"' <<<"$page" | cut -d'"' -f4 || true)"
  [ -z "$ids" ] && break
  echo "$ids" >> "$work/ids"
  offset=$((offset + 100))
done
count="$(wc -l < "$work/ids")"
[ "$count" -gt 0 ] || { echo "desk-load: no stories at $url" >&2; exit 1; }
echo "desk-load: $count stories at $url"
{
  printf 'local ids = {'
  sed 's/.*/"&",/' "$work/ids" | tr -d '\n'
  printf '}\n'
} > "$work/ids.lua"

for mix in search story mixed; do
  cat "$work/ids.lua" "$here/desk.lua" > "$work/run.lua"
  echo "== $mix"
  MIX="$mix" wrk -t2 -c100 -d"${warmup}s" -s "$work/run.lua" "$url" > /dev/null
  MIX="$mix" wrk -t2 -c100 -d"${seconds}s" --latency -s "$work/run.lua" "$url" \
    | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|50%|90%|99%"
done
