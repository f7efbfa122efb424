#!/bin/bash
# The measured half of docs/scale-out.md's paper estimate, in one run:
#   1. the zstd size of real stored reports: `drydock scan --format json`
#      of the images ../shared has (Alpine 3.7 to 3.20 minirootfs, Trivy's
#      Alpine 3.11 archive, a Debian 12 minbase package set) against their
#      advisory data, compressed as the store does (zstd -3);
#   2. bytes per row and per index in PostgreSQL 15: the schema as drydock's
#      own migrations make it (`store: postgres://...`), N synthetic rows of
#      the shapes the service writes (scans with incompressible report
#      blobs of the average size from 1, 5 log lines per item, random
#      digests so that their indexes split as real ones do), then
#      pg_relation_size / pg_indexes_size / TOAST per table and per index,
#      and the WAL the inserts wrote, scaled to 10 million scans.
#   bench/pg_sizes.sh BUILD_DIR [N]      (N default 100000; ITEMS_PER_TASK default 100,
#                                         REPORT_BYTES default the measured average)
set -euo pipefail
build=$(cd "${1:?usage: pg_sizes.sh BUILD_DIR [N]}" && pwd)
n=${2:-100000}
source "$(dirname "$0")/env.sh"
source "$here/bench/pg_local.sh"
need_shared images/alpine
need_shared vulndb/alpine-secdb
need_shared vulndb/debian
need_cmd zstd
sh=$DD_SHARED_DIR/data

# ---- 1. stored report sizes ----
secdb=$sh/vulndb/alpine-secdb
"$DRYDOCK" db import --db "$TMP/db" "$secdb"/v3.* "$sh/vulndb/osv/Debian" > /dev/null
targets=()
for t in "$sh"/images/alpine/alpine-minirootfs-*.tar.gz; do
	d=$TMP/root-$(basename "$t" .tar.gz)
	mkdir -p "$d"
	tar -xzf "$t" -C "$d" 2>/dev/null || true
	targets+=("dir:$d")
done
[ -f "$sh/images/trivy/alpine-311.tar.gz" ] && targets+=("docker-archive:$sh/images/trivy/alpine-311.tar.gz")
deb=$TMP/root-debian-12-minbase
mkdir -p "$deb/var/lib/dpkg" "$deb/etc"
cp "$sh/vulndb/debian/bookworm-minbase.status" "$deb/var/lib/dpkg/status"
cp "$sh/vulndb/debian/os-release" "$deb/etc/os-release"
targets+=("dir:$deb")
printf '%-44s %9s %9s %9s %9s\n' image packages findings json_B zstd_B
total=0 count=0
for t in "${targets[@]}"; do
	rc=0
	"$DRYDOCK" scan --db "$TMP/db" --format json -o "$TMP/r.json" "$t" 2> "$TMP/scan.err" || rc=$?
	[ "$rc" = 0 ] || [ "$rc" = 1 ] || { cat "$TMP/scan.err" >&2; fail "scan $t: exit $rc"; }
	z=$(zstd -q -3 -c "$TMP/r.json" | wc -c)
	printf '%-44s %9s %9s %9s %9s\n' "$(basename "${t#*:}")" "$(jq '.packages | length' "$TMP/r.json")" \
		"$(jq '.findings | length' "$TMP/r.json")" "$(stat -c %s "$TMP/r.json")" "$z"
	total=$((total + z)) count=$((count + 1))
done
report_bytes=$((total / count))
echo "average stored report: $report_bytes bytes (zstd -3) over $count images"
# REPORT_BYTES: the synthetic reports' size instead (e.g. the planning figure for application images)
report_bytes=${REPORT_BYTES:-$report_bytes}

# ---- 2. PostgreSQL sizes ----
bench_pg_start
url=$(bench_pg_db sizing)
cfg=$TMP/drydock.yaml
printf 'data_dir: %s\nadvisory_db: %s\nstore: "%s"\n' "$TMP/data" "$TMP/db" "$url" > "$cfg"
# opening the store runs the migrations: the schema is drydock's own
# (PG_SCHEMA=FILE: that SQL instead, for a build without the backend)
if [ -n "${PG_SCHEMA:-}" ]; then
	bench_psql "$url" -f "$PG_SCHEMA" > /dev/null
else
	"$DRYDOCK" token create --config "$cfg" sizing --role read > /dev/null ||
		fail "drydock could not open the PostgreSQL store (is the backend in this build?)"
fi
items_per_task=${ITEMS_PER_TASK:-100}
wal0=$(bench_psql "$url" -At -c "SELECT pg_current_wal_lsn()")
SECONDS=0
# Shapes: a registry "harbor-prod", repositories team-NNN/service-NNNN,
# tags "v1.NN.NNNN", digests sha256 of the row number (random order), store
# times as dd_store_time writes them, log lines as runner.c words them.
bench_psql "$url" -v n="$n" -v per="$items_per_task" -v rb="$report_bytes" <<-'SQL'
	CREATE EXTENSION IF NOT EXISTS pgcrypto;
	CREATE FUNCTION pg_temp.dg(i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
	  $$ SELECT 'sha256:' || encode(digest(i::text, 'sha256'), 'hex') $$;
	CREATE FUNCTION pg_temp.blob(len int) RETURNS bytea LANGUAGE sql VOLATILE AS
	  $$ SELECT string_agg(gen_random_bytes(least(1024, len - k)), ''::bytea)
	     FROM generate_series(0, len - 1, 1024) k $$;
	INSERT INTO tasks(kind, state, rule, scanners, deadline, total, done, failed, created_at, started_at, finished_at)
	  SELECT 'periodic', 'succeeded', 1 + t % 50, 0, 0, :per, :per, 0,
	         '2026-12-07T14:00:00Z', '2026-12-07T14:00:01Z', '2026-12-07T15:10:00Z'
	  FROM generate_series(1, greatest(1, :n / :per)) t;
	INSERT INTO scans(key, digest, scanners, complete, db_built_at, scanned_at, summary, report)
	  SELECT pg_temp.dg(i) || '|7fff|' || substr(md5('fp'), 1, 16), pg_temp.dg(i), 32767, 1,
	         '2026-12-07T06:00:00Z', '2026-12-07T14:03:12Z',
	         '{"critical":0,"high":2,"medium":11,"low":3,"negligible":0,"unknown":1}', pg_temp.blob(:rb)
	  FROM generate_series(1, :n) i;
	INSERT INTO images(registry, repository, tag, digest, pushed_at, scan, updated_at)
	  SELECT 'harbor-prod', 'team-' || lpad((i % 500)::text, 3, '0') || '/service-' || lpad((i % 9973)::text, 4, '0'),
	         'v1.' || (i % 97) || '.' || i, pg_temp.dg(i), '2026-12-01T09:12:44Z', i, '2026-12-07T14:03:12Z'
	  FROM generate_series(1, :n) i;
	INSERT INTO task_items(task, registry, repository, tag, digest, state, error, attempts, scan, started_at, finished_at)
	  SELECT 1 + (i - 1) / :per, 'harbor-prod',
	         'team-' || lpad((i % 500)::text, 3, '0') || '/service-' || lpad((i % 9973)::text, 4, '0'),
	         'v1.' || (i % 97) || '.' || i, pg_temp.dg(i), 'succeeded', NULL, 1, i,
	         '2026-12-07T14:03:01Z', '2026-12-07T14:03:12Z'
	  FROM generate_series(1, :n) i;
	INSERT INTO task_logs(task, at, image, step, message)
	  SELECT 1 + (i - 1) / :per, '2026-12-07T14:03:01Z',
	         'harbor-prod/team-' || lpad((i % 500)::text, 3, '0') || '/service-' || lpad((i % 9973)::text, 4, '0') || ':v1.' || (i % 97) || '.' || i,
	         s.step, replace(s.msg, '@', pg_temp.dg(i))
	  FROM generate_series(1, :n) i,
	       (VALUES ('start', 'attempt 1'),
	               ('resolve', 'team-042/service-0421:v1.12.4567 is @'),
	               ('scan', 'pulling and scanning @'),
	               ('scanned', 'complete: 17 findings in 2.4s'),
	               ('done', 'succeeded')) s(step, msg);
	INSERT INTO quota(digest, first_at) SELECT pg_temp.dg(i), '2026-12-07T14:03:12Z' FROM generate_series(1, :n) i;
	-- the outbox keeps a notifier's last 1,000 delivered rows: a fixed
	-- size, measured per row (a scan_completed body with its top findings)
	INSERT INTO notify_outbox(event_id, notifier, event, task, image, body, state, attempts, next_at,
	                          last_attempt_at, created_at, delivered_at)
	  SELECT 'scan_completed|' || i || '|' || i || '|2026-12-07T14:00:00Z', 'team-hook', 'scan_completed', i,
	         'harbor-prod/team-042/service-0421:v1.12.' || i,
	         repeat('{"event":"scan_completed","finding":"CVE-2026-12345","severity":"high"}', 20),
	         'delivered', 1, 0, '2026-12-07T14:03:13Z', '2026-12-07T14:03:12Z', '2026-12-07T14:03:13Z'
	  FROM generate_series(1, least(:n, 10000)) i;
	VACUUM ANALYZE;
SQL
wal1=$(bench_psql "$url" -At -c "SELECT pg_current_wal_lsn()")
echo "inserted in ${SECONDS}s; WAL written: $(bench_psql "$url" -At -c "SELECT pg_size_pretty(pg_wal_lsn_diff('$wal1', '$wal0'))")"
echo
echo "per table (N = $n scans, $items_per_task items per task; bytes per row; MiB scaled to 10,000,000 scans):"
bench_psql "$url" -v n="$n" <<-'SQL'
	\pset footer off
	SELECT c.relname AS "table", c.reltuples::bigint AS "rows",
	       pg_relation_size(c.oid) / greatest(c.reltuples, 1) AS heap_b_row,
	       coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) / greatest(c.reltuples, 1) AS toast_b_row,
	       pg_indexes_size(c.oid) / greatest(c.reltuples, 1) AS index_b_row,
	       -- the outbox keeps a fixed number of rows, whatever the scans
	       CASE WHEN c.relname = 'notify_outbox' THEN NULL
	            ELSE round(pg_total_relation_size(c.oid) * (10000000.0 / :n) / 1048576) END AS "MiB@10M"
	FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
	WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.reltuples >= 100   -- not tokens, schema_version
	ORDER BY pg_total_relation_size(c.oid) DESC;
	SELECT i.indexrelname AS "index", i.relname AS "table",
	       pg_relation_size(i.indexrelid) / greatest(c.reltuples, 1) AS b_row,
	       CASE WHEN i.relname = 'notify_outbox' THEN NULL
	            ELSE round(pg_relation_size(i.indexrelid) * (10000000.0 / :n) / 1048576) END AS "MiB@10M"
	FROM pg_stat_user_indexes i JOIN pg_class c ON c.oid = i.relid
	WHERE c.reltuples >= 100
	ORDER BY pg_relation_size(i.indexrelid) DESC;
SQL
