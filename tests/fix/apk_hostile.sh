#!/bin/bash
# ctest-labels: normal-only
# Hostile APK repositories, signed with the key the image trusts (the
# signature is no defence against a compromised or careless mirror): an
# APKINDEX that inflates past 64 MiB (decompression bomb) is refused with
# bounded memory (peak RSS measured), a package whose data tar has a
# '../' name and one with a symlink climbing out of the root are refused by
# name, and so is a whiteout name ('.wh.') that would delete the image's
# files. Each exits 3 with nothing written. (normal-only: it measures RSS.)
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
need_cmd /usr/bin/time
apk_fix_setup
fix=(fix --db "$TMP/db" --sources "$TMP/sources" --ids "$BUSYBOX_IDS")
before=$(sha256sum "$TMP/img/index.json")
no_write() { [ "$(sha256sum "$TMP/img/index.json")" = "$before" ] || fail "$1: the layout changed"; }

apk_fix_repo "$TMP/bomb" "$TMP/key.pem" "$APK_KEYNAME" --index-bomb 200
[ "$(stat -c %s "$TMP/bomb/x86_64/APKINDEX.tar.gz")" -lt 2000000 ] || fail "the bomb is not a bomb"
apk_fix_serve "$TMP/bomb"
rc=0
/usr/bin/time -f '%M' -o "$TMP/rss" "$DRYDOCK" "${fix[@]}" --to oci:"$TMP/img":bomb oci:"$TMP/img":3.20 \
	> "$TMP/out" 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] || fail "index bomb: exit $rc: $(cat "$TMP/err")"
err_has "decompression bomb"
rss_kb=$(tail -1 "$TMP/rss")
[ "$rss_kb" -lt 262144 ] || fail "index bomb: peak RSS $rss_kb kB"
no_write "index bomb"
echo "ok index bomb refused, peak RSS ${rss_kb} kB"

apk_fix_repo "$TMP/dotdot" "$TMP/key.pem" "$APK_KEYNAME" --evil 'busybox:../../etc/evil'
apk_fix_serve "$TMP/dotdot"
run 3 "${fix[@]}" --to oci:"$TMP/img":dotdot oci:"$TMP/img":3.20
err_has "busybox-1.36.1-r31.apk"
grep -q -i "climb\|outside\|\.\." "$TMP/err" || fail "'../' name: $(cat "$TMP/err")"
no_write "'../' name"
echo "ok '../' name refused: $(cat "$TMP/err")"

apk_fix_repo "$TMP/wh" "$TMP/key.pem" "$APK_KEYNAME" --evil 'busybox:etc/.wh.passwd'
apk_fix_serve "$TMP/wh"
run 3 "${fix[@]}" --to oci:"$TMP/img":wh oci:"$TMP/img":3.20
err_has "a whiteout name"
no_write "whiteout name"
echo "ok whiteout name in a package refused"

apk_fix_repo "$TMP/link" "$TMP/key.pem" "$APK_KEYNAME" --evil-link 'busybox:usr/share/escape=../../../../etc/shadow'
apk_fix_serve "$TMP/link"
run 3 "${fix[@]}" --to oci:"$TMP/img":link oci:"$TMP/img":3.20
err_has "leaves the root"
no_write "escaping link"
echo "ok escaping symlink refused"
