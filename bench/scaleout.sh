#!/bin/bash
# Scale-out throughput (issue 17), in one run: a private PostgreSQL 15, a
# local docker-registry holding 200 small distinct images (Alpine 3.19.4
# minirootfs plus a 16 KiB layer of random bytes each: 200 digests, one
# shared base layer), then for 1, 2 and 4 `drydock serve --worker`
# processes (each `workers: 1`, its own data_dir and layer cache; a fresh
# database per round, so every round scans all 200) a rule over the 200
# images: images/s, and CPU seconds per image of the workers, of
# PostgreSQL (the postmaster's children, exited or not) and of the
# registry, WAL bytes per image. The task is created through the API
# process (`drydock serve`), which is stopped before the workers start so
# that only workers scan (an item it had begun goes back to the queue;
# one it finished is left out of the count).
# A round "sqlite" is the baseline: one `drydock serve` on SQLite with the
# same THREADS (its CPU includes the API's; no PostgreSQL).
#   bench/scaleout.sh BUILD_DIR [ROUNDS]    ROUNDS default "sqlite 1 2 4"
#   (IMAGES=200, THREADS=1: workers per process, LAYER_KB=16: each image's own layer)
set -euo pipefail
build=$(cd "${1:?usage: scaleout.sh BUILD_DIR [ROUNDS]}" && pwd)
rounds=${2:-sqlite 1 2 4}
images=${IMAGES:-200}
threads=${THREADS:-1}
layer_kb=${LAYER_KB:-16}
source "$(dirname "$0")/env.sh"
source "$here/tests/lib/registry.sh"
source "$here/tests/lib/serve.sh"
source "$here/bench/pg_local.sh"
need_registry_tools
need_shared images/alpine
need_shared vulndb/alpine-secdb
sh=$DD_SHARED_DIR/data
tck=$(getconf CLK_TCK)
load0=$(cut -d" " -f1-3 /proc/loadavg)

"$DRYDOCK" db import --db "$TMP/db" "$sh/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
# ---- the images: one OCI layout with a tag per image, pushed 4 at a time ----
python3 - "$TMP/oci" "$sh/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$images" "$layer_kb" <<'PY'
import gzip, hashlib, io, json, os, sys, tarfile
layout, base_path, n, kb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(os.path.join(layout, "blobs", "sha256"), exist_ok=True)
def put(b):
    d = hashlib.sha256(b).hexdigest()
    open(os.path.join(layout, "blobs", "sha256", d), "wb").write(b)
    return {"digest": "sha256:" + d, "size": len(b)}
LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"
base = open(base_path, "rb").read()
base_diff = "sha256:" + hashlib.sha256(gzip.decompress(base)).hexdigest()
base_desc = dict(put(base), mediaType=LAYER)
index = []
for i in range(n):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w") as tf:
        data = os.urandom(kb * 1024)
        ti = tarfile.TarInfo("opt/app/build-%d.bin" % i)
        ti.size, ti.mtime, ti.mode = len(data), 1700000000, 0o644
        tf.addfile(ti, io.BytesIO(data))
    raw = b.getvalue()
    layer = dict(put(gzip.compress(raw, mtime=0)), mediaType=LAYER)
    cfg = json.dumps({"architecture": "amd64", "os": "linux", "config": {"Cmd": ["/bin/sh"]},
                      "rootfs": {"type": "layers",
                                 "diff_ids": [base_diff, "sha256:" + hashlib.sha256(raw).hexdigest()]}}).encode()
    man = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                      "config": dict(put(cfg), mediaType="application/vnd.oci.image.config.v1+json"),
                      "layers": [base_desc, layer]}).encode()
    index.append(dict(put(man), mediaType="application/vnd.oci.image.manifest.v1+json",
                      annotations={"org.opencontainers.image.ref.name": "img-%d" % i}))
json.dump({"schemaVersion": 2, "manifests": index}, open(os.path.join(layout, "index.json"), "w"))
open(os.path.join(layout, "oci-layout"), "w").write('{"imageLayoutVersion":"1.0.0"}')
PY
reg_start anonymous
SECONDS=0
# the first push uploads the base layer; the others find it there
reg_push "oci:$TMP/oci:img-0" "bench/app-0:t0"
seq 1 $((images - 1)) | xargs -P 4 -I{} sh -c \
	'skopeo copy -q --dest-tls-verify=false "oci:$1:img-$2" "docker://$3/bench/app-$(($2 % 10)):t$2" > /dev/null' \
	push "$TMP/oci" {} "$REG_ADDR" || fail "skopeo copy failed"
echo "registry: $images images of distinct digests under bench/ (10 repositories), pushed in ${SECONDS}s"

if [ -n "$(echo "$rounds" | tr ' ' '\n' | grep -v '^sqlite$' || true)" ]; then
	bench_pg_start
	pg_pid=$(head -1 "$BENCH_PG_DIR/data/postmaster.pid")
fi

# CPU ticks of a process (utime + stime), and with "tree", of its exited
# (cutime, cstime) and live children too
ticks() {
	local pid=$1 t c
	t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")
	if [ "${2:-}" = tree ]; then
		for c in $(pgrep -P "$pid" || true); do
			t=$((t + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0)))
		done
	fi
	echo "$t"
}
config() {
	local f=$1 dir=$2 url=$3
	serve_config "$f" "$dir" "$TMP/db" "store: \"$url\"" "workers: $threads" "shutdown_grace: 1s" \
		"advisory_db_poll: off" "registries:" "  - name: local" "    url: http://$REG_ADDR"
}
q() { bench_psql "$1" -At -c "$2"; }

row() {
	python3 -c '
import sys
n, k, t0, t1, w, pg, reg, wal, tck, again = sys.argv[1:]
k = int(k); wall = float(t1) - float(t0); tck = float(tck)
pg = "%10.3f" % (int(pg) / tck / k) if pg != "-" else "%10s" % "-"
wal = "%10.1f" % (int(wal) / 1024 / k) if wal != "-" else "%10s" % "-"
print("%8s %7d %8.1f %9.2f %12.3f %s %11.3f %s %8s" % (n, k, wall, k / wall, int(w) / tck / k, pg,
      int(reg) / tck / k, wal, again))
' "$@"
}

# the baseline: one `drydock serve` on SQLite (its API and THREADS workers
# in one process), the task created and polled through its API
sqlite_round() {
	SRV_CONFIG=$TMP/sqlite.yaml
	serve_config "$SRV_CONFIG" "$TMP/sqlite" "$TMP/db" "workers: $threads" "advisory_db_poll: off" \
		"registries:" "  - name: local" "    url: http://$REG_ADDR"
	TOKEN=$(serve_token bench admin)
	SRV_LOG=$TMP/sqlite.log serve_start "$SRV_CONFIG"
	api_ok POST /api/v1/rules 201 -d '{"name": "bench", "registry": "local", "namespace": "bench"}'
	local rule reg0 t0 t1 cpu
	rule=$(jq -r .id "$TMP/body")
	reg0=$(ticks "$REG_PID")
	t0=$(date +%s.%N)
	api_ok POST "/api/v1/rules/$rule/scan" 202
	wait_task "$(jq -r .task "$TMP/body")" 900
	t1=$(date +%s.%N)
	cpu=$(ticks "$SRV_PID")
	jq -e --argjson n "$images" '.state == "succeeded" and .done == $n' "$TMP/body" > /dev/null ||
		fail "sqlite: $(jq -c '{state,total,done,failed}' "$TMP/body")"
	results+=("$(row sqlite "$images" "$t0" "$t1" "$cpu" - $(($(ticks "$REG_PID") - reg0)) - "$tck" 0)")
	kill -TERM "$SRV_PID"
	wait "$SRV_PID" 2>/dev/null || true
}

results=()
for n in $rounds; do
	if [ "$n" = sqlite ]; then
		sqlite_round
		echo "round sqlite: done"
		continue
	fi
	url=$(bench_pg_db "round$n")
	SRV_CONFIG=$TMP/api$n.yaml
	config "$SRV_CONFIG" "$TMP/api$n" "$url"
	TOKEN=$(serve_token bench admin)
	SRV_LOG=$TMP/api$n.log serve_start "$SRV_CONFIG"
	api_ok POST /api/v1/rules 201 -d '{"name": "bench", "registry": "local", "namespace": "bench"}'
	rule=$(jq -r .id "$TMP/body")
	api_ok POST "/api/v1/rules/$rule/scan" 202
	task=$(jq -r .task "$TMP/body")
	[ "$(jq -r .total "$TMP/body")" = "$images" ] || fail "the rule covers $(jq -r .total "$TMP/body") images, want $images"
	kill -TERM "$SRV_PID"
	wait "$SRV_PID" 2>/dev/null || true
	before=$(q "$url" "SELECT done FROM tasks WHERE id = $task")
	pg0=$(ticks "$pg_pid" tree) reg0=$(ticks "$REG_PID")
	wal0=$(q "$url" "SELECT pg_current_wal_lsn()")
	pids=()
	SECONDS=0
	t0=$(date +%s.%N)
	for w in $(seq 1 "$n"); do
		config "$TMP/w$n-$w.yaml" "$TMP/w$n-$w" "$url"
		"$DRYDOCK" serve --config "$TMP/w$n-$w.yaml" --worker 2> "$TMP/w$n-$w.log" &
		pids+=($!)
		cleanup_hooks+=("kill -9 $! 2>/dev/null")
	done
	while :; do
		state=$(q "$url" "SELECT state FROM tasks WHERE id = $task")
		case $state in queued|running) ;; *) break ;; esac
		for p in "${pids[@]}"; do
			kill -0 "$p" 2>/dev/null || { tail -20 "$TMP"/w"$n"-*.log >&2; fail "worker $p exited"; }
		done
		[ "$SECONDS" -lt 900 ] || fail "round $n: task $task still $state after 900 s"
		sleep 0.5   # each poll is a connection: PostgreSQL's CPU counts it
	done
	t1=$(date +%s.%N)
	wcpu=0
	for p in "${pids[@]}"; do wcpu=$((wcpu + $(ticks "$p"))); done
	wal1=$(q "$url" "SELECT pg_current_wal_lsn()")
	for p in "${pids[@]}"; do kill -TERM "$p"; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	sleep 0.5   # the workers' backends exit and are reaped into the postmaster's cutime
	pg1=$(ticks "$pg_pid" tree) reg1=$(ticks "$REG_PID")
	# each image scanned exactly once: one "scanned" log line per image (a
	# second scan of a digest would replace its stored scan, not add one)
	read -r ok scans scanned again < <(q "$url" "SELECT
		(SELECT count(*) FROM task_items WHERE task = $task AND state = 'succeeded'), (SELECT count(*) FROM scans),
		(SELECT count(*) FROM task_logs WHERE task = $task AND step = 'scanned'),
		(SELECT count(*) FROM task_items WHERE task = $task AND attempts > 1)" | tr '|' ' ')
	[ "$state" = succeeded ] && [ "$ok" = "$images" ] && [ "$scans" = "$images" ] && [ "$scanned" = "$images" ] ||
		fail "round $n: task $state, $ok items succeeded, $scans stored scans, $scanned scans logged (want $images each)"
	done_n=$((images - before))
	results+=("$(row "$n" "$done_n" "$t0" "$t1" "$wcpu" $((pg1 - pg0)) $((reg1 - reg0)) \
		"$(q "$url" "SELECT pg_wal_lsn_diff('$wal1', '$wal0')::bigint")" "$tck" "$again")")
	echo "round $n: done (${SECONDS}s)"
done
echo
echo "$images images, $threads scan thread(s) per worker process, $(nproc) cores, load average at the start: $load0"
printf '%8s %7s %8s %9s %12s %10s %11s %10s %8s\n' workers images wall_s images/s worker_cpu_s pg_cpu_s reg_cpu_s WAL_KiB retried
printf '%s\n' "${results[@]}"
echo "(CPU and WAL per image; workers' CPU includes their start: engine, rules, advisory DB)"
