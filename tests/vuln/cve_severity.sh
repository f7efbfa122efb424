#!/bin/bash
# CVE severity sources on real data: the Alpine minirootfs images against the
# real secdb and the Debian 12 minbase fixture against the real DEBIAN-CVE OSV
# records, scanned once with those advisories alone and once with the real
# CVE JSON 5 records (cvelistV5: CNA and CISA-ADP metrics) and NVD CVE API
# 2.0 answers of tests/data/vuln/{cve5,nvd} imported too. The CVE records
# must not change what is found (ids, packages, fixed versions, status), only
# rate what the advisories left unrated: the share of rated findings rises
# from none (Alpine: the secdb rates nothing) to nearly all, every new rating
# names its source (cna:, adp: or nvd:), and a vendor rating (Debian tracker
# urgency) stays as it was.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb/alpine-secdb
need_shared images/alpine
need_shared vulndb/debian
need_shared vulndb/osv/Debian
need_cmd jq
data="$DD_SHARED_DIR/data"
cves="$DD_SOURCE_DIR/tests/data/vuln"

for db in base cve; do
	"$DRYDOCK" db import --db "$TMP/$db" "$data/vulndb/alpine-secdb" >/dev/null || fail "$db: secdb import failed"
	"$DRYDOCK" db import --db "$TMP/$db" "$data/vulndb/osv/Debian" >/dev/null || fail "$db: Debian OSV import failed"
done
"$DRYDOCK" db import --db "$TMP/cve" "$cves/cve5" "$cves/nvd" > "$TMP/import.out" || fail "CVE record import failed"
# records that carry no CVSS anywhere rate nothing and are not stored
grep -q 'imported [1-9][0-9] records' "$TMP/import.out" || fail "too few CVE records imported: $(cat "$TMP/import.out")"

# the targets: every Alpine image (dir:) and the Debian fixture root
targets=()
for tgz in "$data"/images/alpine/alpine-minirootfs-*.tar.gz; do
	ver=$(basename "$tgz" | sed 's/alpine-minirootfs-\(.*\)-x86_64.tar.gz/\1/')
	mkdir -p "$TMP/alpine-$ver"
	tar -xzf "$tgz" -C "$TMP/alpine-$ver" 2>/dev/null
	targets+=("alpine-$ver")
done
mkdir -p "$TMP/debian-12/var/lib/dpkg" "$TMP/debian-12/etc"
cp "$data/vulndb/debian/bookworm-minbase.status" "$TMP/debian-12/var/lib/dpkg/status"
cp "$data/vulndb/debian/os-release" "$TMP/debian-12/etc/os-release"
targets+=(debian-12)

share() { # rated total of a report
	jq -r '[.findings[] | select(.class == "os-vuln")] | "\(map(select(.severity != "unknown")) | length) \(length)"' "$1"
}
pct() { [ "$2" = 0 ] && echo "n/a" || echo "$(($1 * 100 / $2)) % ($1/$2)"; }
alpine_before=0 alpine_after=0 alpine_total=0 deb_after=0 deb_total=0
for t in "${targets[@]}"; do
	for db in base cve; do
		"$DRYDOCK" scan --db "$TMP/$db" --scanners vuln --format json -o "$TMP/$db-$t.json" "dir:$TMP/$t" ||
			fail "$t ($db DB): scan exit $?"
		jq -e '.complete == true' "$TMP/$db-$t.json" >/dev/null || fail "$t ($db DB): report incomplete"
		jq -r '.findings[] | [.package.name, .id, (.fixed_version // "-"), .status] | @tsv' "$TMP/$db-$t.json" |
			sort > "$TMP/$db-$t.tsv"
	done
	diff -u "$TMP/base-$t.tsv" "$TMP/cve-$t.tsv" || fail "$t: the CVE records changed the findings"
	read -r b n < <(share "$TMP/base-$t.json")
	read -r a _ < <(share "$TMP/cve-$t.json")
	echo "ok $t: rated before $(pct "$b" "$n"), after $(pct "$a" "$n")"
	# a rating the advisory gave is kept; every rating added names a CVE source
	jq -n --slurpfile b "$TMP/base-$t.json" --slurpfile a "$TMP/cve-$t.json" -e '
		($b[0].findings | map({key: "\(.package.name) \(.id)", value: .}) | from_entries) as $old
		| [$a[0].findings[] | . as $f | $old["\(.package.name) \(.id)"] as $o
			| if $o.severity != "unknown" then select($f.severity != $o.severity or $f.severity_source != $o.severity_source)
			  elif $f.severity != "unknown" then select($f.severity_source | test("^(cna:|adp:[^:]+:|nvd:)cvss_v") | not)
			  else select($f.severity_source != null) end]
		| length == 0' >/dev/null || fail "$t: a kept rating changed or an added one has no cna:/adp:/nvd: source"
	case $t in
	alpine-*)
		alpine_before=$((alpine_before + b)) alpine_after=$((alpine_after + a)) alpine_total=$((alpine_total + n)) ;;
	debian-*)
		deb_before=$b deb_after=$a deb_total=$n ;;
	esac
done
echo "ok Alpine overall: before $(pct "$alpine_before" "$alpine_total"), after $(pct "$alpine_after" "$alpine_total")"
echo "ok Debian 12 minbase: before $(pct "$deb_before" "$deb_total"), after $(pct "$deb_after" "$deb_total")"
[ "$alpine_total" -ge 50 ] || fail "only $alpine_total Alpine findings: the secdb or the images are not what this test expects"
[ "$alpine_before" = 0 ] || fail "the secdb alone rated $alpine_before Alpine findings; it rates nothing"
# measured 68/70 (97 %) and 47/56 (83 %); the thresholds leave room for a record or two
[ $((alpine_after * 100)) -ge $((alpine_total * 90)) ] || fail "Alpine: only $alpine_after of $alpine_total findings rated"
[ $((deb_after * 100)) -ge $((deb_total * 78)) ] || fail "Debian: only $deb_after of $deb_total findings rated"

# spot checks against the records themselves
jq -e '[.findings[] | select(.id == "CVE-2025-26519")] | length > 0 and all(.severity == "high" and .severity_source == "cna:cvss_v3.1")' \
	"$TMP/cve-alpine-3.19.4.json" >/dev/null || fail "musl CVE-2025-26519: want high from the CNA's CVSS 3.1 (8.1)"
jq -e '[.findings[] | select(.id == "CVE-2025-9230")] | length > 0 and all(.severity == "high" and .severity_source == "adp:CISA-ADP:cvss_v3.1")' \
	"$TMP/cve-alpine-3.20.3.json" >/dev/null || fail "openssl CVE-2025-9230: want high from CISA-ADP (7.5), the CNA gives text only"
jq -e '[.findings[] | select(.id == "CVE-2019-14697")] | length > 0 and all(.severity == "critical" and .severity_source == "nvd:cvss_v3.1")' \
	"$TMP/cve-alpine-3.7.3.json" >/dev/null || fail "musl CVE-2019-14697: want critical from NVD (9.8), the CVE record rates nothing"
jq -e '[.findings[] | select(.id == "CVE-2011-3374")] | length > 0 and all(.severity == "low" and .severity_source == "debian")' \
	"$TMP/cve-debian-12.json" >/dev/null || fail "apt CVE-2011-3374: the Debian urgency must win over NVD"
