#!/usr/bin/env bash
# Writes demo/archive/harbortimes.warc.gz, the demo corpus's WARC archive, from HTML files.
# Each record is gzipped on its own, as WARC.gz requires. Re-run after changing the pages;
# DemoCorpusTest checks that the archive still holds the page from demo/pages byte for byte.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/demo/archive/harbortimes.warc.gz"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
: > "$out"
n=0

. "$root/scripts/warc-record.sh"
record() { # type uri date content-type block-file
  n=$((n + 1))
  warc_record "$out" "$n" 8000 "$@"
}

http_response() { # status html-file -> block file
  local block="$tmp/block-$n"
  { printf 'HTTP/1.1 %s\r\n' "$1"; printf 'Content-Type: text/html; charset=utf-8\r\n'
    printf 'Content-Length: %s\r\n\r\n' "$(stat -c %s "$2")"; cat "$2"; } > "$block"
  echo "$block"
}

printf 'software: dossier demo corpus\r\nformat: WARC File Format 1.1\r\n' > "$tmp/info"
record warcinfo "" 2026-11-21T16:00:00Z "application/warc-fields" "$tmp/info"

page="$root/demo/pages/harbortimes-okafor-verrault.html"
url="https://harbortimes.example/entertainment/okafor-signs-with-maison-verrault"
printf 'GET /entertainment/okafor-signs-with-maison-verrault HTTP/1.1\r\nHost: harbortimes.example\r\n\r\n' > "$tmp/request"
record request "$url" 2026-11-18T19:10:00Z "application/http;msgtype=request" "$tmp/request"
record response "$url" 2026-11-18T19:10:00Z "application/http;msgtype=response" "$(http_response '200 OK' "$page")"

# The same page a day later, after the outlet corrected the house's nationality: a new version.
sed -e 's/the Italian fashion house/the French fashion house/' \
    -e 's#<p>Verrault, founded in 1962,#<p><em>Correction: An earlier version of this article misstated the nationality of Maison Verrault. It is a French fashion house.</em></p>\n    <p>Verrault, founded in 1962,#' \
    "$page" > "$tmp/corrected.html"
record response "$url" 2026-11-19T15:00:00Z "application/http;msgtype=response" "$(http_response '200 OK' "$tmp/corrected.html")"

follow="$root/scripts/demo-warc/harbortimes-lindqvist-aaland-followup.html"
record response "https://harbortimes.example/entertainment/verrault-confirms-copenhagen-shoot" 2026-11-21T16:00:00Z \
  "application/http;msgtype=response" "$(http_response '200 OK' "$follow")"

printf '<html><body><h1>Not found</h1></body></html>' > "$tmp/404.html"
record response "https://harbortimes.example/entertainment/okafor-gallery" 2026-11-21T16:01:00Z \
  "application/http;msgtype=response" "$(http_response '404 Not Found' "$tmp/404.html")"

echo "wrote $out ($n records)"
