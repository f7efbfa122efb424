#!/bin/bash
# The Debian 12 fixture (../shared/data/vulndb/debian, README there): the
# captured bookworm minbase status file against the 38 DEBIAN-CVE OSV
# records gives exactly the vulnerable pairs of expected-bookworm-minbase.tsv
# (one finding per binary package of each source), with the right fixed
# version and status, and nothing that the file marks "must NOT be
# reported". The same set is also derived independently with
# `dpkg --compare-versions` (debian_expected.py).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb/debian
need_shared vulndb/osv/Debian
need_cmd jq
need_cmd dpkg
fx="$DD_SHARED_DIR/data/vulndb/debian"
"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/osv/Debian" >/dev/null
mkdir -p "$TMP/root/var/lib/dpkg" "$TMP/root/etc"
cp "$fx/bookworm-minbase.status" "$TMP/root/var/lib/dpkg/status"
cp "$fx/os-release" "$TMP/root/etc/os-release"
"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/r.json" "dir:$TMP/root" || fail "scan: exit $?"
jq -e '.complete == true and .artifact.os.family == "debian"' "$TMP/r.json" >/dev/null || fail "report incomplete or OS not debian"
jq -r '.findings[] | [.package.name, .id, (.fixed_version // "-"), .status] | @tsv' "$TMP/r.json" | sort > "$TMP/got"

# the curated expectations, one line per binary package
grep -v '^#' "$fx/expected-bookworm-minbase.tsv" | awk -F'\t' 'NR > 1 && $7 == "yes" {
	st = $5 == "fixed" ? "fixed" : ($8 ~ /status=(no-dsa|ignored|postponed)/ ? "will_not_fix" : "affected")
	fix = $6 == "" ? "-" : $6
	n = split($2, bins, ",")
	for (i = 1; i <= n; i++) print bins[i] "\t" $4 "\t" fix "\t" st
}' | sort > "$TMP/expected"
[ "$(cut -f2 "$TMP/expected" | sort -u | wc -l)" = 34 ] || fail "expected file does not hold the 34 vulnerable CVEs the README lists"
diff -u "$TMP/expected" "$TMP/got" || fail "findings differ from expected-bookworm-minbase.tsv"
python3 "$DD_SOURCE_DIR/tests/vuln/debian_expected.py" "$DD_SHARED_DIR/data/vulndb/osv/Debian" "$fx/bookworm-minbase.status" \
	> "$TMP/dpkg-expected"
diff -u "$TMP/dpkg-expected" "$TMP/got" || fail "findings differ from the dpkg --compare-versions derivation"
for cve in CVE-2023-31484 CVE-2024-3094 CVE-2023-4863 CVE-2023-38545; do
	grep -q $'\t'"$cve"$'\t' "$TMP/got" && fail "$cve must not be reported"
done
# severity: tracker urgency, "unimportant" -> low, "not yet assigned" -> no vendor rating
jq -e '[.findings[] | select(.id == "CVE-2011-3374")] | all(.severity == "low" and .severity_source == "debian")' \
	"$TMP/r.json" >/dev/null || fail "CVE-2011-3374 (unimportant) is not low/debian"
jq -e '[.findings[] | select(.id == "CVE-2016-2781")] | all(.severity == "low" and .status == "will_not_fix")' \
	"$TMP/r.json" >/dev/null || fail "CVE-2016-2781 (low, ignored) wrong"
jq -e '[.findings[] | select(.id == "CVE-2024-2236")] | all(.severity == "unknown" and .severity_source == null)' \
	"$TMP/r.json" >/dev/null || fail "CVE-2024-2236 (not yet assigned) should be unknown"
# aliases merged: the finding is the CVE, the DEBIAN-CVE record its alias
jq -e '[.findings[] | select(.id == "CVE-2026-109518")] | all(.aliases == ["DEBIAN-CVE-2026-109518"] and .package.name != null)' \
	"$TMP/r.json" >/dev/null || fail "CVE-2026-109518 aliases wrong"
jq -e '[.findings[] | .class] | unique == ["os-vuln"]' "$TMP/r.json" >/dev/null || fail "class is not os-vuln"
echo "ok $(wc -l < "$TMP/got") findings, $(cut -f2 "$TMP/got" | sort -u | wc -l) CVEs"
