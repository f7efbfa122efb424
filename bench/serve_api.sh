#!/bin/bash
# drydock serve's read path with a full store, measured in one run:
#   the store is seeded directly (SQLite) with N stored scans (default
#   100,000) of N images, each the real JSON report of the Alpine 3.19.4
#   minirootfs scanned against the Alpine secdb (zstd, as the service
#   stores it); then p50/p95/p99 of GET /api/v1/images/status and
#   GET /api/v1/images/report (JSON and table) over 2,000 random images
#   each, on one kept-alive connection; and the service's RSS when idle
#   (after start, and after the reads).
#   bench/serve_api.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "${1:?usage: serve_api.sh BUILD_DIR [N]}" && pwd)
n=${2:-100000}
source "$(dirname "$0")/env.sh"
source "$here/tests/lib/serve.sh"
need_shared images/alpine
need_shared vulndb/alpine-secdb
"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null
mkdir -p "$TMP/root"
tar -xzf "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" -C "$TMP/root" 2>/dev/null
rc=0
"$DRYDOCK" scan --db "$TMP/db" --format json -o "$TMP/report.json" "dir:$TMP/root" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "scan: exit $rc"
zstd -q -3 --content-size -o "$TMP/report.zst" "$TMP/report.json"
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "registries:" "  - name: local" "    url: http://127.0.0.1:9"
TOKEN=$(serve_token bench read)
python3 - "$TMP/data/drydock-store.db" "$TMP/report.zst" "$n" <<'PY'
import sqlite3, sys
db, blob_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
blob = open(blob_path, "rb").read()
c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode = WAL")
now = "2026-12-07T00:00:00Z"
def scans():
    for i in range(n):
        d = "sha256:%064x" % i
        yield (d + "|1f|bench", d, 31, 1, now, now, '{"critical":0,"high":1}', blob)
c.executemany("INSERT INTO scans(key, digest, scanners, complete, db_built_at, scanned_at, summary, report) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scans())
c.executemany("INSERT INTO images(registry, repository, tag, digest, scan, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
              (("local", "bench/r%d" % (i // 100), "t%d" % (i % 100), "sha256:%064x" % i, i + 1, now) for i in range(n)))
c.commit()
PY
echo "seeded $n scans ($(du -h "$TMP/data/drydock-store.db" | cut -f1) store, report $(stat -c %s "$TMP/report.json") bytes JSON, $(stat -c %s "$TMP/report.zst") zstd)"
serve_start "$SRV_CONFIG"
sleep 2
rss() { awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$SRV_PID/status"; }
echo "idle RSS after start: $(rss)"
python3 - "$SRV_URL" "$TOKEN" "$n" <<'PY'
import http.client, random, sys, time, urllib.parse
url, token, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
host = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(host.hostname, host.port)
hdr = {"Authorization": "Bearer " + token}
def run(path_of, count=2000):
    ts = []
    for _ in range(count):
        i = random.randrange(n)
        t = time.perf_counter()
        conn.request("GET", path_of(i), headers=hdr)
        r = conn.getresponse()
        body = r.read()
        ts.append((time.perf_counter() - t) * 1000)
        assert r.status == 200, (r.status, body[:200])
    ts.sort()
    return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms" % (ts[len(ts) // 2], ts[int(len(ts) * .95)], ts[int(len(ts) * .99)])
q = lambda i: "registry=local&repository=bench/r%d&tag=t%d" % (i // 100, i % 100)
print("status:        " + run(lambda i: "/api/v1/images/status?" + q(i)))
print("report json:   " + run(lambda i: "/api/v1/images/report?format=json&" + q(i)))
print("report table:  " + run(lambda i: "/api/v1/images/report?format=table&" + q(i)))
PY
echo "idle RSS after the reads: $(rss)"
kill -TERM "$SRV_PID"
wait "$SRV_PID"
