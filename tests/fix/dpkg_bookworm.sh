#!/bin/bash
# The real Debian test of `drydock fix` (issue 12): a debootstrap bookworm
# minbase image (main suite only, so point-release versions) fixed against
# the Debian mirror this host's apt uses (its Debian entries, read at run
# time: tests/lib/host_debian_sources.py), with the real Debian OSV data.
# The expectation is computed here with apt itself (a private apt-get update
# of the same sources, apt-cache madison / show, dpkg --compare-versions):
# the findings whose fixed version the mirror carries. It must be non-empty
# (the mirror moves; a fix that upgrades nothing proves nothing). Then: those
# are gone on rescan, the others remain, nothing new appears; unpacked with
# umoci and chrooted, dpkg --audit is silent, dpkg --verify passes for the
# upgraded packages, dpkg-query shows the new versions, apt-get check passes
# and perl runs.
# ctest-labels: normal-only
. "$DD_SOURCE_DIR/tests/lib/common.sh"
[ "$(id -u)" = 0 ] || skip "needs root (debootstrap, chroot)"
need_cmd umoci
need_cmd apt-get
need_cmd gpgv
need_shared vulndb/osv/Debian
sources=$(python3 "$DD_SOURCE_DIR/tests/lib/host_debian_sources.py") || skip "this host's apt has no Debian bookworm entries"
mirror=$(python3 "$DD_SOURCE_DIR/tests/lib/host_debian_sources.py" --mirror) || skip "no bookworm main archive in the host's apt sources"
printf '%s\n' "$sources" > "$TMP/debian.sources"
oci_cache=$(DD_DEBIAN_MIRROR=$mirror bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh" --oci) || exit $?
# the cached layout is shared: the fix writes its tag into a copy
cp -r "$oci_cache" "$TMP/oci"

"$DRYDOCK" db import --quiet --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/osv/Debian" > /dev/null

# ---- the expectation, from apt: a private apt state over the same sources
A=(-o "Dir::State=$TMP/apt/state" -o "Dir::Cache=$TMP/apt/cache" -o "Dir::Etc::SourceList=/dev/null"
	-o "Dir::Etc::SourceParts=$TMP/apt/parts" -o "Debug::NoLocking=1" -o "APT::Architecture=amd64")
mkdir -p "$TMP/apt/state/lists/partial" "$TMP/apt/cache/archives/partial" "$TMP/apt/parts"
cp "$TMP/debian.sources" "$TMP/apt/parts/debian.sources"
apt-get "${A[@]}" -qq update > "$TMP/apt-update.log" 2>&1 || skip "the mirror is unreachable: $(tail -n 1 "$TMP/apt-update.log")"

"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/before.json" oci:"$TMP/oci":bookworm ||
	[ $? -eq 1 ] || fail "scan of the bookworm image failed"
# finding lines: id, binary package, fixed version (only findings with one)
jq -r '.findings[] | select(.class == "os-vuln" and .fixed_version != null) |
	[.id, .package.name, .fixed_version] | @tsv' "$TMP/before.json" | sort -u > "$TMP/fixed-findings.tsv"
jq -r '[.findings[] | select(.class == "os-vuln") | .id] | unique[]' "$TMP/before.json" > "$TMP/before-ids"
: > "$TMP/expect-fixable"
: > "$TMP/expect-unfixable"
while IFS=$'\t' read -r id pkg fixed; do
	cand=$(apt-cache "${A[@]}" madison "$pkg" | awk -F'|' '{gsub(/ /,"",$2); print $2}' |
		sort -V | while read -r v; do echo "$v"; done | tail -n 1)
	ok=no
	if [ -n "$cand" ]; then
		src=$(apt-cache "${A[@]}" show "$pkg=$cand" 2>/dev/null | sed -n 's/^Source: .*(\(.*\)).*/\1/p' | head -n 1)
		[ -n "$src" ] || src=$cand
		dpkg --compare-versions "$src" ge "$fixed" && ok=yes
	fi
	if [ $ok = yes ]; then echo "$id" >> "$TMP/expect-fixable"; else echo "$id" >> "$TMP/expect-unfixable"; fi
done < "$TMP/fixed-findings.tsv"
# an id with any finding the mirror cannot fix stays; findings without a
# fixed version stay too
sort -u -o "$TMP/expect-unfixable" "$TMP/expect-unfixable"
comm -23 <(sort -u "$TMP/expect-fixable") "$TMP/expect-unfixable" > "$TMP/expect-gone"
[ -s "$TMP/expect-gone" ] || fail "the mirror carries no fixed version of any finding: nothing to prove (apt says so; see $TMP)"
comm -23 "$TMP/before-ids" "$TMP/expect-gone" > "$TMP/expect-remain"
echo "expected: $(wc -l < "$TMP/expect-gone") ids fixed, $(wc -l < "$TMP/expect-remain") remaining"

# ---- the fix
set +e
"$DRYDOCK" fix --db "$TMP/db" --sources "$TMP/debian.sources" --format json oci:"$TMP/oci":bookworm \
	> "$TMP/fix.json" 2> "$TMP/fix.err"
rc=$?
set -e
[ $rc -eq 0 ] || fail "drydock fix exited $rc: $(cat "$TMP/fix.err")"
jq -e '.target.written == true and (.upgrades | length) >= 1 and .new == []' "$TMP/fix.json" > /dev/null ||
	fail "fix result: $(jq -c '{target, upgrades, new}' "$TMP/fix.json")"

"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/after.json" oci:"$TMP/oci":bookworm_fixed ||
	[ $? -eq 1 ] || fail "scan of the fixed image failed"
jq -r '[.findings[] | select(.class == "os-vuln") | .id] | unique[]' "$TMP/after.json" > "$TMP/after-ids"
gone_left=$(comm -12 "$TMP/expect-gone" "$TMP/after-ids")
[ -z "$gone_left" ] || fail "fixable per apt but still reported: $gone_left"
diff "$TMP/expect-remain" "$TMP/after-ids" > "$TMP/remain.diff" ||
	fail "remaining ids differ from the expectation (< expected, > after): $(cat "$TMP/remain.diff")"
new=$(comm -13 "$TMP/before-ids" "$TMP/after-ids")
[ -z "$new" ] || fail "new findings after the fix: $new"
diff <(jq -r '.fixed[]' "$TMP/fix.json" | sort) "$TMP/expect-gone" > /dev/null ||
	fail "the fix document's 'fixed' is not apt's expectation"

# ---- the fixed image as dpkg and apt see it
umoci unpack --image "$TMP/oci:bookworm_fixed" "$TMP/bundle" > /dev/null 2>&1 || fail "umoci unpack failed"
R="$TMP/bundle/rootfs"
audit=$(chroot "$R" dpkg --audit 2>&1) || fail "dpkg --audit failed: $audit"
[ -z "$audit" ] || fail "dpkg --audit is not silent: $audit"
while IFS=$'\t' read -r name to; do
	v=$(chroot "$R" dpkg --verify "$name" 2>&1) || fail "dpkg --verify $name failed: $v"
	[ -z "$v" ] || fail "dpkg --verify $name: $v"
	got=$(chroot "$R" dpkg-query -W -f='${Version}' "$name")
	[ "$got" = "$to" ] || fail "dpkg-query: $name is $got, want $to"
done < <(jq -r '.upgrades[] | [.name, .to] | @tsv' "$TMP/fix.json")
chroot "$R" apt-get check > "$TMP/check.log" 2>&1 || fail "apt-get check failed: $(cat "$TMP/check.log")"
[ "$(chroot "$R" perl -e 'print 1')" = 1 ] || fail "perl does not run in the fixed image"
chroot "$R" /bin/sh -c 'ls / > /dev/null' || fail "sh does not run in the fixed image"
echo "ok: $(jq -r '[.upgrades[] | .name + " " + .from + " -> " + .to] | join(", ")' "$TMP/fix.json")"
