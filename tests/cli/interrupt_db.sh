#!/bin/bash
# SIGINT/SIGTERM during `db import`: the import stops between two advisory
# documents and is rolled back; the DB is byte for byte what it was (or, if
# the import was creating it, absent), stderr says so, exit 130 / 143.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd python3
# many small OSV records: an import that takes a few seconds
python3 - "$TMP/osv" <<'PY'
import json, os, sys
d = sys.argv[1]
os.makedirs(d)
for i in range(20000):
    rec = {"schema_version": "1.6.0", "id": "GHSA-test-%05d" % i, "modified": "2024-01-01T00:00:00Z",
           "aliases": ["CVE-2099-%05d" % i], "summary": "test record %d" % i,
           "affected": [{"package": {"ecosystem": "npm", "name": "pkg%d" % (i % 997)},
                         "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.%d.0" % i}]}]}]}
    with open(os.path.join(d, "r%05d.json" % i), "w") as f:
        json.dump(rec, f)
PY
"$DRYDOCK" db import --db "$TMP/keep.db" "$DD_SOURCE_DIR/data/advisories" >/dev/null || fail "first import failed"
cp "$TMP/keep.db" "$TMP/keep.orig"

interrupt() {
	local sig=$1 want=$2 db=$3 rc=0
	"$DRYDOCK" db import --db "$db" "$TMP/osv" > /dev/null 2> "$TMP/err" &
	local pid=$!
	# signal once the import's transaction is open (its rollback journal
	# exists): a fixed sleep lost the race when the import is fast (0.4 s)
	for _ in $(seq 1 1000); do [ -e "$db-journal" ] && break; sleep 0.01; done
	local t0; t0=$(date +%s%N)
	kill "-$sig" "$pid"
	wait "$pid" || rc=$?
	echo "db import on $sig: exit $rc after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
	[ "$rc" = "$want" ] || { cat "$TMP/err" >&2; fail "db import on $sig: exit $rc, expected $want (import too fast?)"; }
	grep -q "interrupted ($sig)" "$TMP/err" || fail "stderr does not say so: $(cat "$TMP/err")"
	grep -q "not changed" "$TMP/err" || fail "stderr does not say the DB was kept: $(cat "$TMP/err")"
}
interrupt SIGINT 130 "$TMP/keep.db"
cmp -s "$TMP/keep.db" "$TMP/keep.orig" || fail "an interrupted import changed the DB"
interrupt SIGTERM 143 "$TMP/keep.db"
cmp -s "$TMP/keep.db" "$TMP/keep.orig" || fail "an interrupted import changed the DB"
interrupt SIGINT 130 "$TMP/new.db"
[ ! -e "$TMP/new.db" ] || fail "an interrupted first import left a DB behind"
"$DRYDOCK" db info --db "$TMP/keep.db" >/dev/null || fail "the kept DB does not open"
