#!/bin/bash
# An advisory DB of an older schema version is refused with a message saying
# to rebuild it (a newer one's says to upgrade drydock: tests/cli/messages.sh), by every command
# that opens it (exit 3, as for a missing DB); never an SQL error, never a
# scan that pretends to match.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd python3
db=$TMP/old.db
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
INSERT INTO meta VALUES ('schema_version', '1');
PRAGMA application_id = 1146247492;
PRAGMA user_version = 1;
""")
c.commit()
PY
check() {   # check WANT_EXIT LABEL args...
	local want=$1 label=$2 rc=0
	shift 2
	"$DRYDOCK" "$@" > "$TMP/out" 2> "$TMP/err" || rc=$?
	[ "$rc" = "$want" ] || fail "$label: exit $rc, want $want: $(cat "$TMP/err")"
	grep -q "advisory DB $db has schema 1, this drydock reads schema [0-9]*: rebuild it" "$TMP/err" ||
		fail "$label: no rebuild message: $(cat "$TMP/err")"
	! grep -qi "no such table" "$TMP/err" || fail "$label: an SQL error reached the user: $(cat "$TMP/err")"
	echo "ok $label: $(head -1 "$TMP/err")"
}
check 3 "db info" db info --db "$db"
check 3 "db import" db import --db "$db" "$DD_SOURCE_DIR/data/advisories"
check 3 "scan" scan --no-progress --db "$db" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
