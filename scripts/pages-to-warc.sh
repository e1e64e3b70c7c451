#!/usr/bin/env bash
# Writes a WARC.gz of HTML pages, one response record per page, as a crawler would have captured
# them: the target URI is the page's canonical link (or og:url), else https://pages.example/FILE.
# Used for spark/sample/demo-pages.warc.gz (from demo/pages) and for benchmark archives; pages
# may be gzipped (.html.gz).
#   scripts/pages-to-warc.sh OUT.warc.gz PAGE.html|DIR...
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OUT.warc.gz PAGE.html|DIR..." >&2; exit 2; }
out="$1"; shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
: > "$out"
n=0
date=2026-11-21T16:00:00Z

. "$(dirname "${BASH_SOURCE[0]}")/warc-record.sh"
record() { # type uri content-type block-file
  n=$((n + 1))
  warc_record "$out" "$n" 9000 "$1" "$2" "$date" "$3" "$4"
}

printf 'software: dossier scripts/pages-to-warc.sh\r\nformat: WARC File Format 1.1\r\n' > "$tmp/info"
record warcinfo "" "application/warc-fields" "$tmp/info"
for input in "$@"; do
  if [ -d "$input" ]; then find "$input" -maxdepth 1 -type f -name '*.htm*' | sort; else echo "$input"; fi
done | while IFS= read -r page; do
  # A gzipped page (WCXB's NNNN.html.gz) is archived as its HTML, as a crawler fetched it.
  html="$tmp/page"
  case "$page" in *.gz) gzip -dc "$page" > "$html" ;; *) cp "$page" "$html" ;; esac
  url=$(grep -oiE '<link[^>]+rel="canonical"[^>]*>' "$html" | grep -oiE 'href="[^"]+"' | head -1 | sed -E 's/href="([^"]+)"/\1/I' || true)
  [ -n "$url" ] || url=$(grep -oiE '<meta[^>]+property="og:url"[^>]*>' "$html" | grep -oiE 'content="[^"]+"' | head -1 | sed -E 's/content="([^"]+)"/\1/I' || true)
  [ -n "$url" ] || url="https://pages.example/$(basename "$page")"
  block="$tmp/block"
  { printf 'HTTP/1.1 200 OK\r\n'; printf 'Content-Type: text/html\r\n'
    printf 'Content-Length: %s\r\n\r\n' "$(stat -c %s "$html")"; cat "$html"; } > "$block"
  record response "$url" "application/http;msgtype=response" "$block"
done
echo "wrote $out" >&2
