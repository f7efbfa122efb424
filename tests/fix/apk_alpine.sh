#!/bin/bash
# drydock fix on a real Alpine image (issue 12): the 3.20.3 minirootfs with
# a test key in etc/apk/keys, fixed against a signed APK repository built
# here from the image's own files at higher versions (apk_repo.py) and
# served on 127.0.0.1. The fix of busybox's CVE-2024-58251 upgrades
# busybox, busybox-binsh and ssl_client and, because busybox r31 needs it,
# musl (reason dependency) but not musl-utils; the rescan has the CVEs
# gone and nothing new. As root, the fixed image unpacked with umoci and
# chrooted: the image's own apk lists the new versions, `apk audit
# --system` finds nothing the DB does not record (and does find a file
# changed afterwards), busybox runs, and the file the new busybox dropped
# is gone. A second fix of the fixed image keeps one patch layer and the tag
# <tag>_fixed. A default fix (libssl3 and others not in the sources), a
# tampered package, an index signed by another key and a key the image does
# not trust each stop with exit 3 and nothing written; --dry-run writes
# nothing; --run-scripts runs busybox's .post-upgrade and a test one in the
# sandbox (the test one's file in the patch layer); an RPM-family image and
# an image without a package DB are exit 2.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
apk_fix_setup
apk_fix_repo "$TMP/www" "$TMP/key.pem" "$APK_KEYNAME"
apk_fix_serve "$TMP/www"
fix=(fix --db "$TMP/db" --sources "$TMP/sources")
tags() { jq -r '[.manifests[].annotations["org.opencontainers.image.ref.name"]] | sort | join(" ")' "$TMP/img/index.json"; }

# 1. the fix
start=$(date +%s%N)
run 0 "${fix[@]}" --ids "$BUSYBOX_IDS" --format json oci:"$TMP/img":3.20
ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp "$TMP/out" "$TMP/fix1.json"
jq -e '.schema == "drydock.fix/v1" and .target.written == true and (.target.ref | endswith(":3.20_fixed"))' \
	"$TMP/fix1.json" >/dev/null || fail "fix 1: $(head -c 800 "$TMP/fix1.json")"
got=$(jq -r '[.upgrades[] | "\(.name) \(.from) \(.to) \(.reason)"] | sort | join(",")' "$TMP/fix1.json")
want="busybox 1.36.1-r29 1.36.1-r31 fix,busybox-binsh 1.36.1-r29 1.36.1-r31 fix,musl 1.2.5-r0 1.2.5-r3 dependency,ssl_client 1.36.1-r29 1.36.1-r31 fix"
[ "$got" = "$want" ] || fail "upgrades: $got"
jq -e '(.fixed | index("CVE-2024-58251")) and (.fixed | index("CVE-2025-46394")) and .new == [] and
	(.remaining | index("CVE-2025-26519")) and .not_fixable == [] and .patch_layer.size > 0 and
	.after.unknown < .before.unknown' "$TMP/fix1.json" >/dev/null ||
	fail "before/after: $(jq -c '{fixed, new, before, after, not_fixable}' "$TMP/fix1.json")"
jq -e '.upgrades[] | select(.name == "busybox") | .closes == ["CVE-2024-58251"]' "$TMP/fix1.json" >/dev/null ||
	fail "busybox closes: $(jq -c .upgrades "$TMP/fix1.json")"
[ "$(tags)" = "3.20 3.20_fixed" ] || fail "tags after fix 1: $(tags)"
# the rescan is drydock's: check it independently with a plain scan
"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/after.json" oci:"$TMP/img":3.20_fixed ||
	fail "scan of the fixed image"
jq -r '.packages[] | "\(.name) \(.version)"' "$TMP/after.json" | has -x "musl-utils 1.2.5-r0" || fail "musl-utils was upgraded"
jq -e '[.findings[] | select(.id == "CVE-2024-58251")] == []' "$TMP/after.json" >/dev/null || fail "CVE-2024-58251 still reported"
echo "ok fix (took $ms ms): $got"

# 2. the fixed image as apk sees it (root: umoci unpack keeps ownership, chroot)
if [ "$(id -u)" = 0 ] && command -v umoci >/dev/null; then
	umoci unpack --image "$TMP/img:3.20_fixed" "$TMP/bundle" > /dev/null 2>&1 || fail "umoci unpack failed"
	R=$TMP/bundle/rootfs
	chroot "$R" /sbin/apk info -v 2>/dev/null | sort > "$TMP/apkinfo"
	for p in busybox-1.36.1-r31 busybox-binsh-1.36.1-r31 ssl_client-1.36.1-r31 musl-1.2.5-r3 musl-utils-1.2.5-r0; do
		has -x "$p" "$TMP/apkinfo" || fail "apk info -v lacks $p: $(tr '\n' ' ' < "$TMP/apkinfo")"
	done
	chroot "$R" /sbin/apk audit --system > "$TMP/audit" 2>&1 || fail "apk audit failed: $(cat "$TMP/audit")"
	[ ! -s "$TMP/audit" ] || fail "apk audit --system: $(cat "$TMP/audit")"
	[ "$(chroot "$R" /bin/busybox echo ran)" = ran ] || fail "busybox does not run"
	[ "$(chroot "$R" /bin/sh -c 'echo $((6*7))')" = 42 ] || fail "/bin/sh does not run"
	[ ! -e "$R/etc/securetty" ] || fail "etc/securetty (dropped by busybox r31) is still there"
	echo tampered >> "$R/usr/share/udhcpc/default.script"
	chroot "$R" /sbin/apk audit --system 2>&1 | has "U usr/share/udhcpc/default.script" ||
		fail "apk audit does not see a file changed after the fix"
	echo "ok apk in the fixed image: $(tr '\n' ' ' < "$TMP/apkinfo")"
else
	echo "SKIP (part): chroot checks need root and umoci"
fi

# 3. a second fix of the fixed image: one patch layer, same tag, earlier upgrades kept
run 0 "${fix[@]}" --ids CVE-2025-26519 --format json oci:"$TMP/img":3.20_fixed
cp "$TMP/out" "$TMP/fix2.json"
jq -e '.target.written and (.target.ref | endswith(":3.20_fixed"))' "$TMP/fix2.json" >/dev/null || fail "fix 2 target"
got=$(jq -r '[.upgrades[] | .name] | sort | join(",")' "$TMP/fix2.json")
[ "$got" = "busybox,busybox-binsh,musl,musl-utils,ssl_client" ] || fail "fix 2 upgrades: $got"
[ "$(tags)" = "3.20 3.20_fixed" ] || fail "tags after fix 2: $(tags)"
m=$(jq -r '.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] == "3.20_fixed") | .digest' "$TMP/img/index.json")
jq -e '.layers | length == 3 and (.[2].annotations["io.drydock.patch"] | fromjson | .upgrades | length == 5)' \
	"$TMP/img/blobs/sha256/${m#sha256:}" >/dev/null || fail "fix 2 manifest: $(cat "$TMP/img/blobs/sha256/${m#sha256:}")"
echo "ok re-fix: one patch layer, $got"

# 4. a dry run plans and verifies but writes nothing
before=$(sha256sum "$TMP/img/index.json")
run 0 "${fix[@]}" --ids "$BUSYBOX_IDS" --dry-run --format json --to oci:"$TMP/img":dry oci:"$TMP/img":3.20
jq -e '.dry_run and (.target.written | not) and .after == null and (.upgrades | length) == 4' "$TMP/out" >/dev/null ||
	fail "dry run: $(head -c 600 "$TMP/out")"
[ "$(sha256sum "$TMP/img/index.json")" = "$before" ] || fail "the dry run wrote"
echo "ok dry run"

# 4b. --run-scripts: busybox's own .post-upgrade and a test one of ssl_client
# (writing its arguments to etc/drydock-post-upgrade-ran) run in bubblewrap,
# in apk's order; the file is in the patch layer
if bwrap --unshare-all --unshare-user --uid 0 --gid 0 --die-with-parent --ro-bind / / --proc /proc --dev /dev true \
	2>/dev/null; then
	printf '#!/bin/sh\necho "$1 $2" > /etc/drydock-post-upgrade-ran\n' > "$TMP/post-upgrade"
	apk_fix_repo "$TMP/wwwscripts" "$TMP/key.pem" "$APK_KEYNAME" --script "ssl_client:post-upgrade=$TMP/post-upgrade"
	apk_fix_serve "$TMP/wwwscripts"
	start=$(date +%s%N)
	run 0 "${fix[@]}" --ids "$BUSYBOX_IDS" --run-scripts --format json --to oci:"$TMP/img":scripts oci:"$TMP/img":3.20
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	jq -e '.target.written and (.scripts | index("busybox .post-upgrade 1.36.1-r31 1.36.1-r29")) and
		(.scripts | index("ssl_client .post-upgrade 1.36.1-r31 1.36.1-r29"))' "$TMP/out" > /dev/null ||
		fail "--run-scripts: $(jq -c '{scripts, notes}' "$TMP/out")"
	m=$(jq -r '.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] == "scripts") | .digest' \
		"$TMP/img/index.json")
	l=$(jq -r '.layers[-1].digest' "$TMP/img/blobs/sha256/${m#sha256:}")
	got=$(tar -xzOf "$TMP/img/blobs/sha256/${l#sha256:}" etc/drydock-post-upgrade-ran)
	[ "$got" = "1.36.1-r31 1.36.1-r29" ] || fail "etc/drydock-post-upgrade-ran in the patch layer: '$got'"
	apk_fix_serve "$TMP/www"
	echo "ok --run-scripts (fix took $ms ms): $(jq -c .scripts "$TMP/out")"
else
	echo "SKIP (part): bubblewrap cannot make a sandbox on this host; --run-scripts not tested"
fi

# 5. what must stop with nothing written (exit 3)
before=$(sha256sum "$TMP/img/index.json")
run 3 "${fix[@]}" --to oci:"$TMP/img":default oci:"$TMP/img":3.20
err_has "cannot be fixed from the configured sources"
has "libssl3" "$TMP/out" || fail "the table does not name libssl3 as not fixable"
no_write() { [ "$(sha256sum "$TMP/img/index.json")" = "$before" ] || fail "$1: the layout changed"; }
no_write "default fix"
cp -r "$TMP/www" "$TMP/tampered"
python3 - "$TMP/tampered/x86_64/busybox-1.36.1-r31.apk" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[-100] ^= 0xff  # inside the data member
open(p, "wb").write(bytes(b))
PY
apk_fix_serve "$TMP/tampered"
run 3 "${fix[@]}" --ids "$BUSYBOX_IDS" --to oci:"$TMP/img":tampered oci:"$TMP/img":3.20
err_has "refusing it"
no_write "tampered package"
openssl genrsa -out "$TMP/other.pem" 2048 2>/dev/null
apk_fix_repo "$TMP/wrongsig" "$TMP/other.pem" "$APK_KEYNAME"
apk_fix_serve "$TMP/wrongsig"
run 3 "${fix[@]}" --ids "$BUSYBOX_IDS" --to oci:"$TMP/img":wrongsig oci:"$TMP/img":3.20
err_has "does not verify"
no_write "index signed by another key"
apk_fix_repo "$TMP/nokey" "$TMP/other.pem" other.rsa.pub
apk_fix_serve "$TMP/nokey"
run 3 "${fix[@]}" --ids "$BUSYBOX_IDS" --to oci:"$TMP/img":nokey oci:"$TMP/img":3.20
err_has "which the image does not trust"
no_write "untrusted key"
echo "ok refused with nothing written: default selection, tampered package, wrong signature, unknown key"

# 6. an RPM-family image: not yet supported (exit 2); no OS at all: nothing to fix with (exit 2)
printf 'etc/os-release\tID=rocky\\nVERSION_ID=9.4\\n\n' > "$TMP/rocky.layer"
mkimage oci "$TMP/rocky" "$TMP/rocky.layer" --tag 9
run 2 fix --db "$TMP/db" oci:"$TMP/rocky":9
err_has "fixing rocky images is not yet supported"
printf 'opt/app/readme\thello\n' > "$TMP/none.layer"
mkimage oci "$TMP/none" "$TMP/none.layer" --tag 1
run 2 fix --db "$TMP/db" oci:"$TMP/none":1
err_has "no OS package database found"
echo "ok unsupported OS and no package DB: exit 2"
