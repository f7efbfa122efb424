#!/bin/bash
# A debootstrap bookworm minbase rootfs (built once per build dir by
# tests/lib/debootstrap.sh, from the ospkgs work) scanned end to end, as an OCI image and as dir:, against the Debian 12 OSV
# records: exactly the findings that `dpkg --compare-versions` derives from
# the rootfs's own status file (debian_expected.py), the always-open
# CVE-2011-3374 (apt) among them, and a complete report.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb/osv/Debian
need_cmd jq
need_cmd dpkg
helper="$DD_SOURCE_DIR/tests/lib/debootstrap.sh"
root=$(bash "$helper") || exit $?
oci=$(bash "$helper" --oci) || exit $?
[ -f "$root/var/lib/dpkg/status" ] || fail "debootstrap rootfs without a dpkg status"
osv="$DD_SHARED_DIR/data/vulndb/osv/Debian"
"$DRYDOCK" db import --db "$TMP/db" "$osv" >/dev/null
python3 "$DD_SOURCE_DIR/tests/vuln/debian_expected.py" "$osv" "$root/var/lib/dpkg/status" > "$TMP/expected"
for ref in "oci:$oci:bookworm" "dir:$root"; do
	"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/r.json" "$ref" || fail "$ref: exit $?"
	jq -e '.complete == true and .artifact.os.family == "debian"' "$TMP/r.json" >/dev/null || fail "$ref: incomplete or not debian"
	jq -r '.findings[] | [.package.name, .id, (.fixed_version // "-"), .status] | @tsv' "$TMP/r.json" | sort > "$TMP/got"
	diff -u "$TMP/expected" "$TMP/got" || fail "$ref: findings differ from the dpkg --compare-versions derivation"
done
grep -q $'^apt\tCVE-2011-3374\t-\taffected$' "$TMP/got" || fail "apt CVE-2011-3374 (open in bookworm) missing"
echo "ok $(wc -l < "$TMP/got") findings on the debootstrap rootfs"
