#!/bin/bash
# AlmaLinux 9 end to end, against the distro's own data: stand-in rpms with
# real AlmaLinux 9 NEVRAs (tests/data/vuln/almalinux9/*.spec: subpackages
# named unlike their source, an epoch) built with rpmbuild and installed
# with rpm into a sqlite rpmdb, with AlmaLinux 9.3's os-release, scanned
# against the real AlmaLinux OSV records of ../shared. The (package,
# advisory) pairs must be exactly those almalinux_expected.py derives with
# rpm's own version order, each with the advisory's fixed version; the same
# inventory as RHEL 9.3 is matched through the AlmaLinux data and says so.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/rpm_tools.sh"
need_shared vulndb/osv/AlmaLinux
need_cmd rpm
need_cmd rpmbuild
need_cmd jq
rpm_build_rpms "$DD_TEST_DATA/vuln/almalinux9" "$TMP/rpms" || fail "rpmbuild failed"
root=$TMP/root
mkdir -p "$root/etc"
rpm_install "$root" /var/lib/rpm "$TMP/rpms"/*.rpm || fail "rpm -i failed"
cat > "$root/etc/os-release" <<'OS'
NAME="AlmaLinux"
VERSION="9.3 (Shamrock Pampas Cat)"
ID="almalinux"
ID_LIKE="rhel centos fedora"
VERSION_ID="9.3"
PRETTY_NAME="AlmaLinux 9.3 (Shamrock Pampas Cat)"
OS
rpm_qa_tsv "$root/var/lib/rpm" sqlite > "$TMP/qa"
[ "$(wc -l < "$TMP/qa")" = 8 ] || fail "expected 8 installed packages: $(cat "$TMP/qa")"
"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/osv/AlmaLinux" > /dev/null || fail "db import failed"
python3 "$DD_SOURCE_DIR/tests/vuln/almalinux_expected.py" "$DD_SHARED_DIR/data/vulndb/osv/AlmaLinux" AlmaLinux:9 "$TMP/qa" \
	> "$TMP/expected" || fail "expected set not computable"
n=$(wc -l < "$TMP/expected")
[ "$n" -ge 20 ] || fail "only $n expected pairs: the stand-ins no longer sit below the fixes"
for p in openssl-libs libcurl curl zlib sqlite-libs; do
	grep -q "^$p	" "$TMP/expected" || fail "no expected advisory for $p"
done
grep -qE '^(bash|dd-nothing)	' "$TMP/expected" && fail "bash 5.1.8-9.el9 and dd-nothing must not be affected"

got() {   # got REPORT: "package advisory fixed" per advisory id the findings carry
	jq -r '.findings[] | . as $f | ([.id] + (.aliases // []))[] | select(startswith("ALSA-")) |
		[$f.package.name, ., ($f.fixed_version // "-")] | @tsv' "$1" | sort -u
}
"$DRYDOCK" scan --no-progress --scanners vuln --format json --db "$TMP/db" -o "$TMP/r.json" "dir:$root" ||
	fail "scan: exit $?"
jq -e '.complete == true and .artifact.os.family == "almalinux"' "$TMP/r.json" > /dev/null ||
	fail "report incomplete or OS wrong: $(jq -c '[.artifact.os, .notes]' "$TMP/r.json")"
# a finding merges the advisories of one vulnerability: its fixed version is
# the lowest fix above the installed one, so compare pairs, then fixes per
# finding against the lowest expected fix among its advisories
diff -u <(cut -f1,2 "$TMP/expected") <(got "$TMP/r.json" | cut -f1,2) || fail "advisory pairs differ from rpm's derivation"
echo "ok almalinux 9.3: $n (package, advisory) pairs as rpm derives them, $(jq '.findings | length' "$TMP/r.json") findings"
jq -r '.findings[] | [.package.name, .fixed_version, ([.id] + (.aliases // []) | map(select(startswith("ALSA-"))) | join(","))] | @tsv' \
	"$TMP/r.json" > "$TMP/fixes"
while IFS=$'\t' read -r pkg fixed advs; do
	want=$(for a in ${advs//,/ }; do awk -F'\t' -v p="$pkg" -v a="$a" '$1 == p && $2 == a {print $3}' "$TMP/expected"; done |
		while read -r v; do echo "$v"; done | sort -u)
	lowest=""
	for v in $want; do
		if [ -z "$lowest" ] || [ "$(rpm --eval "%{lua: print(rpm.vercmp('$v', '$lowest'))}")" = -1 ]; then lowest=$v; fi
	done
	[ "$fixed" = "$lowest" ] || fail "$pkg ($advs): fixed_version $fixed, want the lowest advisory fix $lowest"
done < "$TMP/fixes"
echo "ok every finding's fixed version is its advisories' lowest fix ($(wc -l < "$TMP/fixes") findings, e.g. $(head -1 "$TMP/fixes" | tr "\t" " "))"

# RHEL 9.3 with the same packages: matched through AlmaLinux, said so
sed -i 's/^ID="almalinux"/ID="rhel"/; s/^NAME="AlmaLinux"/NAME="Red Hat Enterprise Linux"/' "$root/etc/os-release"
"$DRYDOCK" scan --no-progress --scanners vuln --format json --db "$TMP/db" -o "$TMP/rhel.json" "dir:$root" 2> "$TMP/err" ||
	fail "rhel scan: exit $?"
diff -u <(cut -f1,2 "$TMP/expected") <(got "$TMP/rhel.json" | cut -f1,2) || fail "rhel: pairs differ"
jq -e '[.notes[] | select(test("AlmaLinux"))] | length == 1' "$TMP/rhel.json" > /dev/null || fail "rhel: no note naming AlmaLinux"
echo "ok rhel 9.3: the same pairs through the AlmaLinux data, with a note"
