#!/usr/bin/env python3
"""Writes a folder of WCXB pages (NNNN.html or NNNN.html.gz) into one WARC file, gzipped per record.

Each page becomes a WARC response record under its page URL, read from WCXB's ground truth
(ground-truth/NNNN.json). The record holds an HTTP response that declares no charset, so ingest
finds the encoding from the page as it does for a file. It is used to measure `dossier bench
ingest` on an archive of the same pages as a folder (docs/performance.md).

usage: pages-to-warc.py PAGES_DIR GROUND_TRUTH_DIR OUT.warc.gz
"""
import gzip
import json
import os
import sys
import uuid


def main(pages, truth, out):
    with open(out, "wb") as f:
        for name in sorted(os.listdir(pages)):
            stem = name.split(".")[0]
            path = os.path.join(pages, name)
            body = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
            with open(os.path.join(truth, stem + ".json"), encoding="utf-8") as t:
                url = json.load(t)["url"]
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
            block = http + body
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + '#' + stem)}>\r\n"
                "WARC-Date: 2026-12-02T00:00:00Z\r\n"
                f"WARC-Target-URI: {url}\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(block)}\r\n\r\n"
            ).encode()
            f.write(gzip.compress(head + block + b"\r\n\r\n"))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
