#!/bin/bash
# drydock fix on a Debian image against a signed apt repository on
# 127.0.0.1 (tests/lib/apt_repo.sh: packages made with dpkg-deb from the
# host's files at higher versions, apt-ftparchive indexes, a gpg-signed
# InRelease). Shows: the plan (two binaries of the vulnerable source and the
# dependency their new version needs), the patch layer as dpkg would leave
# it (files through the image's lib -> usr/lib symlink, the old library
# whited out, a conffile the user changed kept with the package's version
# as .dpkg-dist, info files, status; the host's dpkg reads it: --audit
# silent, --verify flags only the user's conffile), the rescan; then a
# tampered package, a changed InRelease, a key the image does not trust and
# a fixed version missing from the repository each stop with exit 3 and
# nothing written.
. "$DD_SOURCE_DIR/tests/lib/common.sh"
. "$DD_SOURCE_DIR/tests/lib/apt_repo.sh"
apt_tools_or_skip
need_cmd umoci

apt_key "$TMP/key"
apt_key "$TMP/other"
pool="$TMP/repo/pool/main"
apt_deb "$pool" ddfix-tool 1.0-2 ddfix "libddfix1 (= 1.0-2), ddfix-common (>= 2.0)" 1.1
apt_deb "$pool" libddfix1 1.0-2 ddfix "" 1.1
apt_deb "$pool" ddfix-common 1.5-1 ddcommon "" 1.5
apt_deb "$pool" ddfix-common 2.0-1 ddcommon "" 2.0
apt_repo "$TMP/repo" "$TMP/key"
apt_serve "$TMP/repo"
apt_image "$TMP/root" "$TMP/key/key.gpg" "$APT_URL"
echo "setting=mine" > "$TMP/root/etc/ddfix.conf"   # the user's change
tar --numeric-owner -C "$TMP/root" -cf "$TMP/root.tar" .
mkimage oci "$TMP/oci" "$TMP/root.tar" --tag 1.0 > /dev/null
apt_osv "$TMP/osv" ddfix 1.0-2 CVE-2026-0001
"$DRYDOCK" db import --quiet --db "$TMP/db" "$TMP/osv" > /dev/null
apt_osv "$TMP/osv9" ddfix 9.9-1 CVE-2026-0009
"$DRYDOCK" db import --quiet --db "$TMP/db9" "$TMP/osv9" > /dev/null

# nothing may be written by a fix that fails
index_sum() { sha256sum "$TMP/oci/index.json" | cut -d' ' -f1; }
fails() { # WHAT MESSAGE [DB]
	local before
	before=$(index_sum)
	run 3 fix --db "${3:-$TMP/db}" --format json "oci:$TMP/oci:1.0"
	# the reason is on stderr, or in the document's not_fixable
	cat "$TMP/out" >> "$TMP/err"
	err_has "$2"
	[ "$(index_sum)" = "$before" ] || fail "$1: the layout changed although the fix failed"
	echo "ok: $1 -> exit 3 ($(grep -o "$2.*" "$TMP/err" | head -c 160))"
}

# ---- refusals first (the layout holds only 1.0)
cp "$pool/ddfix-tool_1.0-2_amd64.deb" "$TMP/good.deb"
printf 'X' | dd of="$pool/ddfix-tool_1.0-2_amd64.deb" bs=1 seek=2000 conv=notrunc 2> /dev/null
fails "tampered package" "digest mismatch"
cp "$TMP/good.deb" "$pool/ddfix-tool_1.0-2_amd64.deb"

cp "$TMP/repo/dists/stable/InRelease" "$TMP/InRelease.good"
sed -i 's/^Suite: stable/Suite: stabel/' "$TMP/repo/dists/stable/InRelease"
fails "changed InRelease" "BAD signature"
GNUPGHOME="$TMP/other" gpg --batch --quiet --clearsign -o - "$TMP/repo/dists/stable/Release" \
	> "$TMP/repo/dists/stable/InRelease"
fails "key the image does not trust" "does not trust"
cp "$TMP/InRelease.good" "$TMP/repo/dists/stable/InRelease"

fails "fixed version not in the sources" "9.9-1 is not in the configured sources; add the security suite" "$TMP/db9"

# ---- the fix
run 0 fix --db "$TMP/db" --format json "oci:$TMP/oci:1.0"
cp "$TMP/out" "$TMP/fix.json"
jq -e '.target.written and .new == [] and .fixed == ["CVE-2026-0001"] and .remaining == []' "$TMP/fix.json" > /dev/null ||
	fail "fix result: $(jq -c . "$TMP/fix.json")"
got=$(jq -r '[.upgrades[] | "\(.name) \(.from) \(.to) \(.reason)"] | sort | join(", ")' "$TMP/fix.json")
want="ddfix-common 1.0-1 2.0-1 dependency, ddfix-tool 1.0-1 1.0-2 fix, libddfix1 1.0-1 1.0-2 fix"
[ "$got" = "$want" ] || fail "upgrades: $got (want $want)"
jq -r '.notes[]?' "$TMP/fix.json" | has "maintainer scripts" || fail "the result does not say scripts were not run"
jq -r '.notes[]?' "$TMP/fix.json" | has "etc/ddfix.conf was changed" || fail "the result does not name the kept conffile"

umoci unpack --rootless --image "$TMP/oci:1.0_fixed" "$TMP/bundle" > /dev/null 2>&1 || fail "umoci unpack failed"
R="$TMP/bundle/rootfs"
[ -L "$R/lib" ] || fail "lib is no longer a symlink in the fixed image"
[ -f "$R/usr/lib/x86_64-linux-gnu/libddfix.so.1.1.1" ] || fail "the new library is not under usr/lib"
[ ! -e "$R/usr/lib/x86_64-linux-gnu/libddfix.so.1.1.0" ] || fail "the old library was not whited out"
[ "$(readlink "$R/usr/lib/x86_64-linux-gnu/libddfix.so.1")" = libddfix.so.1.1.1 ] || fail "soname link not updated"
[ "$(cat "$R/etc/ddfix.conf")" = "setting=mine" ] || fail "the user's conffile was replaced"
[ "$(cat "$R/etc/ddfix.conf.dpkg-dist")" = "setting=1.1" ] || fail "no .dpkg-dist beside the kept conffile"
grep -qx "/lib/x86_64-linux-gnu/libddfix.so.1.1.1" "$R/var/lib/dpkg/info/libddfix1:amd64.list" ||
	fail "libddfix1:amd64.list does not list the new file"
grep -q "set -e" "$R/var/lib/dpkg/info/ddfix-tool.postinst" || fail "postinst not placed in info/"
[ ! -e "$R/var/lib/ddfix-postinst-ran" ] || fail "a maintainer script ran"
[ -x "$R/usr/bin/ddfix-tool" ] && [ -L "$R/usr/bin/ddfix" ] || fail "package files missing"
# the host's dpkg reads the result as its own
audit=$(dpkg --root="$R" --audit 2>&1) || fail "dpkg --audit failed: $audit"
[ -z "$audit" ] || { ls -la "$R/var/lib/dpkg/info" >&2; fail "dpkg --audit is not silent: $audit"; }
verify=$(dpkg --root="$R" --verify ddfix-tool libddfix1 ddfix-common 2>&1 || true)
[ "$verify" = "??5?????? c /etc/ddfix.conf" ] || fail "dpkg --verify: '$verify' (want only the user's conffile)"
vers=$(dpkg-query --admindir="$R/var/lib/dpkg" -W -f='${Package} ${Version} ${Status}\n' | sort | tr '\n' ';')
[ "$vers" = "ddfix-common 2.0-1 install ok installed;ddfix-tool 1.0-2 install ok installed;libddfix1 1.0-2 install ok installed;" ] ||
	fail "dpkg-query: $vers"
grep -q "^ /etc/ddfix.conf $(echo setting=1.1 | md5sum | cut -d' ' -f1)$" "$R/var/lib/dpkg/status" ||
	fail "status does not record the package's conffile md5"

# the rescan's verdict, by a scan of our own
run 0 scan --db "$TMP/db" --scanners vuln --format json "oci:$TMP/oci:1.0_fixed"
jq -e '[.findings[] | select(.class == "os-vuln")] | length == 0' "$TMP/out" > /dev/null || fail "the fixed image still has findings"
echo "ok: $got"
