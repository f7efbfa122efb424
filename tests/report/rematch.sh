#!/bin/bash
# convert --rematch (dd_report_rematch): a stored JSON report matched
# against another advisory DB, without the image, gives exactly the report a
# rescan with that DB gives (everything but scanned_at: findings, summary,
# notes, completeness, db.*). Real data: the Alpine 3.19.4 minirootfs against
# the real secdb, the captured Debian 12 minbase status against the real
# Debian OSV records; each from an older DB (half the advisories, or no data
# for the release at all) to the full one. Non-vulnerability findings carry
# over; a report incomplete for another reason stays incomplete.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb/alpine-secdb
need_shared images/alpine
need_shared vulndb/debian
need_shared vulndb/osv/Debian
need_cmd jq
secdb="$DD_SHARED_DIR/data/vulndb/alpine-secdb"
osv="$DD_SHARED_DIR/data/vulndb/osv/Debian"

# the reports without the moment of the scan
same() { diff -u <(jq -S 'del(.scanned_at)' "$1") <(jq -S 'del(.scanned_at)' "$2"); }

# Alpine: old DB = every second package of v3.19 main; also a DB without v3.19
mkdir -p "$TMP/alpine" "$TMP/old-secdb"
tar -xzf "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" -C "$TMP/alpine" 2>/dev/null
# a secret finding to carry over (AWS's documented example key pair)
mkdir -p "$TMP/alpine/root/.aws"
printf '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' \
	> "$TMP/alpine/root/.aws/credentials"
jq '.packages |= [to_entries[] | select(.key % 2 == 0) | .value]' "$secdb/v3.19/main.json" > "$TMP/old-secdb/main.json"
"$DRYDOCK" db import --db "$TMP/alpine-old.db" "$TMP/old-secdb/main.json" >/dev/null
"$DRYDOCK" db import --db "$TMP/alpine-new.db" "$secdb" >/dev/null
"$DRYDOCK" db import --db "$TMP/alpine-none.db" "$secdb/v3.10/main.json" >/dev/null
scan() { # DB OUT REF
	local rc=0
	"$DRYDOCK" scan --db "$1" --scanners vuln,secret --format json -o "$2" "$3" || rc=$?
	[ "$rc" = 0 ] || [ "$rc" = 1 ] || [ "$rc" = 3 ] || fail "scan $3 with $1: exit $rc"
}
rematch() { # DB IN OUT
	local rc=0
	"$DRYDOCK" convert --rematch --db "$1" --format json -o "$3" "$2" || rc=$?
	[ "$rc" = 0 ] || [ "$rc" = 1 ] || [ "$rc" = 3 ] || fail "rematch of $2 to $1: exit $rc"
}
scan "$TMP/alpine-new.db" "$TMP/a-new.json" "dir:$TMP/alpine"
for old in old none; do
	scan "$TMP/alpine-$old.db" "$TMP/a-$old.json" "dir:$TMP/alpine"
	rematch "$TMP/alpine-new.db" "$TMP/a-$old.json" "$TMP/a-$old-to-new.json"
	same "$TMP/a-new.json" "$TMP/a-$old-to-new.json" || fail "alpine: $old DB report rematched to the new DB differs from a rescan"
	# and back: the new report rematched to the old DB equals the old scan
	rematch "$TMP/alpine-$old.db" "$TMP/a-new.json" "$TMP/a-new-to-$old.json"
	same "$TMP/a-$old.json" "$TMP/a-new-to-$old.json" || fail "alpine: new report rematched to the $old DB differs from a scan"
done
o=$(jq '[.findings[] | select(.class == "os-vuln")] | length' "$TMP/a-old.json")
n=$(jq '[.findings[] | select(.class == "os-vuln")] | length' "$TMP/a-new.json")
[ "$n" -gt "$o" ] && [ "$o" -gt 0 ] || fail "alpine: the old DB finds $o, the new $n: the DBs do not differ as this test needs"
jq -e '.complete == false' "$TMP/a-none.json" >/dev/null || fail "alpine: a DB without v3.19 gave a complete report"
jq -e '.complete == true' "$TMP/a-none-to-new.json" >/dev/null || fail "alpine: rematch did not drop the old DB's gap"
nv=$(jq '[.findings[] | select(.class != "os-vuln" and .class != "app-vuln")] | length' "$TMP/a-new.json")
[ "$nv" -gt 0 ] || fail "alpine: no secret finding to carry over"
echo "ok alpine 3.19.4: $o -> $n os-vuln findings, $nv other findings carried over"

# Debian 12: old DB = half the OSV records
mkdir -p "$TMP/deb/var/lib/dpkg" "$TMP/deb/etc" "$TMP/osv-half"
cp "$DD_SHARED_DIR/data/vulndb/debian/bookworm-minbase.status" "$TMP/deb/var/lib/dpkg/status"
cp "$DD_SHARED_DIR/data/vulndb/debian/os-release" "$TMP/deb/etc/os-release"
i=0
for f in "$osv"/*.json; do
	[ $((i % 2)) = 0 ] && cp "$f" "$TMP/osv-half/"
	i=$((i + 1))
done
"$DRYDOCK" db import --db "$TMP/deb-old.db" "$TMP/osv-half" >/dev/null
"$DRYDOCK" db import --db "$TMP/deb-new.db" "$osv" >/dev/null
scan "$TMP/deb-old.db" "$TMP/d-old.json" "dir:$TMP/deb"
scan "$TMP/deb-new.db" "$TMP/d-new.json" "dir:$TMP/deb"
rematch "$TMP/deb-new.db" "$TMP/d-old.json" "$TMP/d-old-to-new.json"
same "$TMP/d-new.json" "$TMP/d-old-to-new.json" || fail "debian: old DB report rematched to the new DB differs from a rescan"
o=$(jq '.findings | length' "$TMP/d-old.json")
n=$(jq '.findings | length' "$TMP/d-new.json")
[ "$n" -gt "$o" ] && [ "$o" -gt 0 ] || fail "debian: the old DB finds $o, the new $n"
echo "ok debian 12: $o -> $n findings"

# incomplete for a reason of the image (or, in a report from before
# inventory_complete, for any reason): stays incomplete, the note stays
jq -e '.inventory_complete == true' "$TMP/a-none.json" >/dev/null || fail "a DB gap marked the inventory incomplete"
jq '.complete = false | .inventory_complete = false | .notes += ["usr/lib/x.so: read error; not read"]' \
	"$TMP/a-new.json" > "$TMP/a-broken.json"
jq 'del(.inventory_complete)' "$TMP/a-none.json" > "$TMP/a-legacy.json"
for b in broken legacy; do
	set +e
	"$DRYDOCK" convert --rematch --db "$TMP/alpine-new.db" --format json -o "$TMP/a-$b-re.json" "$TMP/a-$b.json" 2>/dev/null
	rc=$?
	set -e
	[ "$rc" = 3 ] || fail "$b report: rematch exit $rc, want 3"
	jq -e '.complete == false and .inventory_complete == false' "$TMP/a-$b-re.json" >/dev/null ||
		fail "$b report: $(jq -c '[.complete, .notes]' "$TMP/a-$b-re.json")"
done
jq -e '.notes | index("usr/lib/x.so: read error; not read")' "$TMP/a-broken-re.json" >/dev/null || fail "the image's note was dropped"
# policy applies to the new findings: --severity keeps only those
"$DRYDOCK" convert --rematch --db "$TMP/alpine-new.db" --severity critical --format json -o "$TMP/crit.json" \
	"$TMP/a-old.json" || true
jq -e '(.findings | length) > 0 and all(.findings[]; .severity == "critical")' "$TMP/crit.json" >/dev/null ||
	fail "--severity critical after rematch: $(jq -c '[.findings[].severity] | unique' "$TMP/crit.json")"
# a DB that is not there is an error (exit 3, as a scan without its DB), not an empty match
set +e
"$DRYDOCK" convert --rematch --db "$TMP/nope.db" "$TMP/a-old.json" >/dev/null 2>"$TMP/err"
rc=$?
set -e
[ "$rc" = 3 ] && has "nope.db" "$TMP/err" || fail "missing DB: exit $rc: $(cat "$TMP/err")"
# a report without an inventory
jq '.packages = [] | .scanners = ["secret"]' "$TMP/a-new.json" > "$TMP/noinv.json"
set +e
"$DRYDOCK" convert --rematch --db "$TMP/alpine-new.db" "$TMP/noinv.json" >/dev/null 2>"$TMP/err"
rc=$?
set -e
[ "$rc" = 2 ] && has "package inventory" "$TMP/err" || fail "report without inventory: exit $rc: $(cat "$TMP/err")"
echo "ok rematch"
