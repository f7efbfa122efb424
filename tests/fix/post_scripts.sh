#!/bin/bash
# drydock fix --run-scripts (src/fix/post.c, sandbox.c, rootfs.c) on a
# Debian image against the signed local apt repository of
# tests/lib/apt_repo.sh. The image carries the host's bash as its sh; the
# new ddfix-tool's postinst writes its arguments to
# /etc/drydock-postinst-ran. Shows: without the flag the file is not in the
# patch layer; with it the old prerm, the new preinst, the old postrm and
# the new postinst ran in bubblewrap in dpkg's order (recorded in the
# result) and the file is in the layer with "configure 1.0-1"; a postinst
# that tries the network fails the fix (nothing written, the host's
# listener saw nothing); one that never ends is killed at the fix's
# deadline (nothing written, no process left); a host where bwrap cannot
# make the sandbox gets the fix without scripts, a note and a warning.
. "$DD_SOURCE_DIR/tests/lib/common.sh"
. "$DD_SOURCE_DIR/tests/lib/apt_repo.sh"
apt_tools_or_skip
need_cmd bwrap
need_cmd ldd
need_cmd umoci
bwrap --unshare-all --unshare-user --uid 0 --gid 0 --die-with-parent --ro-bind / / --proc /proc --dev /dev true \
	2> "$TMP/probe" || skip "bubblewrap cannot make a sandbox on this host: $(cat "$TMP/probe")"

apt_key "$TMP/key"
pool="$TMP/repo/pool/main"
repo_with_postinst() { # SCRIPT: ddfix-tool 1.0-2 with that postinst, the repository re-signed
	APT_POSTINST=$1 apt_deb "$pool" ddfix-tool 1.0-2 ddfix "libddfix1 (= 1.0-2)" 1.1
	apt_repo "$TMP/repo" "$TMP/key"
}
# every script appends its name and arguments to /etc/drydock-order: dpkg's order
order_script() { printf '#!/bin/sh\nset -e\necho "%s $1 $2" >> /etc/drydock-order\n' "$1"; }
new_preinst() { # the new ddfix-tool's preinst (apt_deb's hook)
	if [ "$2" = ddfix-tool ]; then order_script preinst > "$1/DEBIAN/preinst"; chmod 755 "$1/DEBIAN/preinst"; fi
}
apt_deb "$pool" libddfix1 1.0-2 ddfix "" 1.1
APT_FILES_HOOK=new_preinst
repo_with_postinst '#!/bin/sh
set -e
echo "$1 $2" > /etc/drydock-postinst-ran
echo "postinst $1 $2" >> /etc/drydock-order
ln -s /proc/self/root/etc/hostname /etc/drydock-link
rm -r /usr/share/doc/ddfix-common'
apt_serve "$TMP/repo"
APT_FILES_HOOK=
apt_image "$TMP/root" "$TMP/key/key.gpg" "$APT_URL"
APT_FILES_HOOK=new_preinst
apt_image_shell "$TMP/root"
# the installed version's prerm and postrm
for s in prerm postrm; do
	order_script "$s" > "$TMP/root/var/lib/dpkg/info/ddfix-tool.$s"
	chmod 755 "$TMP/root/var/lib/dpkg/info/ddfix-tool.$s"
done
tar --numeric-owner -C "$TMP/root" -cf "$TMP/root.tar" .
mkimage oci "$TMP/oci" "$TMP/root.tar" --tag 1.0 > /dev/null
apt_osv "$TMP/osv" ddfix 1.0-2 CVE-2026-0001
"$DRYDOCK" db import --quiet --db "$TMP/db" "$TMP/osv" > /dev/null
index_sum() { sha256sum "$TMP/oci/index.json" | cut -d' ' -f1; }
layer_has() { tar -tzf "$(apt_patch_layer "$TMP/oci" "$1")" | sed 's#^\./##' | has -x "$2"; }

# ---- without the flag: nothing runs
start=$(date +%s%N)
run 0 fix --db "$TMP/db" --format json --to "oci:$TMP/oci:plain" "oci:$TMP/oci:1.0"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
jq -e '.target.written and .scripts == []' "$TMP/out" > /dev/null || fail "plain fix: $(jq -c . "$TMP/out")"
jq -r '.notes[]' "$TMP/out" | has "maintainer scripts of the upgraded packages were not run" ||
	fail "the plain fix does not say that scripts were not run"
layer_has plain usr/bin/ddfix-tool || fail "the patch layer lacks the package's files"
! layer_has plain etc/drydock-postinst-ran || fail "a postinst ran without --run-scripts"
! layer_has plain etc/drydock-order || fail "a maintainer script ran without --run-scripts"
echo "ok: without --run-scripts nothing ran (fix took ${ms} ms)"

# ---- --run-scripts: the postinst ran in the sandbox and its file is in the layer
start=$(date +%s%N)
run 0 fix --db "$TMP/db" --format json --run-scripts --to "oci:$TMP/oci:scripts" "oci:$TMP/oci:1.0"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp "$TMP/out" "$TMP/scripts.json"
want='["ddfix-tool prerm upgrade 1.0-2","ddfix-tool preinst upgrade 1.0-1","ddfix-tool postrm upgrade 1.0-2","ddfix-tool postinst configure 1.0-1"]'
jq -e --argjson w "$want" '.target.written and .scripts == $w and .fixed == ["CVE-2026-0001"]' \
	"$TMP/scripts.json" > /dev/null || fail "--run-scripts result: $(jq -c . "$TMP/scripts.json")"
layer=$(apt_patch_layer "$TMP/oci" scripts)
got=$(tar -xzOf "$layer" etc/drydock-postinst-ran)
[ "$got" = "configure 1.0-1" ] || fail "etc/drydock-postinst-ran in the patch layer holds '$got'"
got=$(tar -xzOf "$layer" etc/drydock-order | tr '\n' ';')
[ "$got" = "prerm upgrade 1.0-2;preinst upgrade 1.0-1;postrm upgrade 1.0-2;postinst configure 1.0-1;" ] ||
	fail "the scripts ran in the wrong order: $got"
# a symlink a script made is a symlink in the layer, never what it points to on the host
tar -tvzf "$layer" etc/drydock-link | has '^l.* -> /proc/self/root/etc/hostname$' ||
	fail "etc/drydock-link: $(tar -tvzf "$layer" etc/drydock-link)"
# a tree the script removed: one whiteout at its top, none below it
layer_has scripts usr/share/doc/.wh.ddfix-common || fail "no whiteout for the directory the postinst removed"
! tar -tzf "$layer" | has '^usr/share/doc/ddfix-common/' || fail "entries below a whited-out directory"
layer_has scripts usr/bin/ddfix-tool || fail "the rewritten layer lost the package's files"
layer_has scripts var/lib/dpkg/status || fail "the rewritten layer lost the dpkg status"
# the sandbox's mount points and the work tree's leftovers are not image content
! tar -tzf "$layer" | sed 's#^\./##' | has -E '^(proc|dev|tmp|run)(/|$)' || fail "mount points leaked into the layer"
[ ! -e /etc/drydock-postinst-ran ] || fail "the postinst wrote on the host"
umoci unpack --rootless --image "$TMP/oci:scripts" "$TMP/bundle" > /dev/null 2>&1 || fail "umoci unpack failed"
[ "$(cat "$TMP/bundle/rootfs/etc/drydock-postinst-ran")" = "configure 1.0-1" ] || fail "the fixed image lacks the file"
[ ! -e "$TMP/bundle/rootfs/usr/share/doc/ddfix-common" ] || fail "the directory the postinst removed is in the fixed image"
audit=$(dpkg --root="$TMP/bundle/rootfs" --audit 2>&1) && [ -z "$audit" ] || fail "dpkg --audit: $audit"
echo "ok: --run-scripts ran prerm, preinst, postrm, postinst in dpkg order in the sandbox (fix took ${ms} ms)"

# ---- a postinst that tries the network: contained, the fix fails, nothing written
before=$(index_sum)
repo_with_postinst "#!/bin/bash
set -e
exec 3<>/dev/tcp/127.0.0.1/$APT_PORT
printf 'GET /from-postinst HTTP/1.0\\r\\n\\r\\n' >&3
cat <&3 > /etc/drydock-net"
run 3 fix --db "$TMP/db" --run-scripts "oci:$TMP/oci:1.0"
err_has "maintainer script 'ddfix-tool postinst configure 1.0-1' failed in the sandbox"
[ "$(index_sum)" = "$before" ] || fail "a failed script left something written"
! has from-postinst "$TMP/http.log" || fail "the postinst reached the host's network"
echo "ok: network postinst -> exit 3 ($(grep -o "maintainer script.*" "$TMP/err" | head -c 200))"

# ---- a postinst that never ends: killed at the fix's deadline
repo_with_postinst '#!/bin/sh
while :; do :; done'
start=$(date +%s)
run 3 fix --db "$TMP/db" --run-scripts --timeout 5s "oci:$TMP/oci:1.0"
took=$(( $(date +%s) - start ))
err_has "did not finish within"
[ "$took" -le 12 ] || fail "the endless postinst held the fix for ${took}s"
[ "$(index_sum)" = "$before" ] || fail "a killed script left something written"
sleep 0.5
! pgrep -f /run/drydock-scripts/ > /dev/null || fail "the endless postinst still runs after the fix"
echo "ok: endless postinst killed after ${took}s"

# ---- no sandbox on this host (a bwrap that cannot make namespaces): the
# fix goes on without scripts, says so in the notes and on stderr
repo_with_postinst '#!/bin/sh
echo "$1 $2" > /etc/drydock-postinst-ran'
mkdir -p "$TMP/nobwrap"
printf '#!/bin/sh\necho "bwrap: No permissions to create new namespace" >&2\nexit 1\n' > "$TMP/nobwrap/bwrap"
chmod +x "$TMP/nobwrap/bwrap"
PATH="$TMP/nobwrap:$PATH" run 0 fix --db "$TMP/db" --format json --run-scripts --to "oci:$TMP/oci:nosandbox" \
	"oci:$TMP/oci:1.0"
err_has "warning: maintainer scripts were not run: bubblewrap cannot make a sandbox here"
jq -e '.target.written and .scripts == [] and (.notes | any(test("No permissions to create new namespace")))' \
	"$TMP/out" > /dev/null || fail "no-sandbox result: $(jq -c . "$TMP/out")"
! layer_has nosandbox etc/drydock-postinst-ran || fail "a script ran without a sandbox"
echo "ok: no sandbox -> fixed without scripts, with a note and a warning"
