#!/bin/bash
# Issue 11 items 1-4: an image author must not make drydock analyze other
# files than the container runs. Each case is a real OCI image on Alpine
# 3.10.9 (apk-tools 2.10.6-r0, CVE-2021-36159) whose top layer(s) hide the
# vulnerable DB and an empty root password behind hardlinks, symlinked
# parents (same layer and the layer below), symlinks, or a repeated path.
# The expected result is the runtime's view: the same layers extracted by
# umoci (which resolves paths inside the root as containerd does) and
# scanned as dir: — the same packages and the same findings.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared images/alpine
need_cmd umoci
need_cmd jq
base="$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.10.9-x86_64.tar.gz"
[ -f "$base" ] || skip "Alpine 3.10.9 minirootfs is absent"
"$DRYDOCK" db import --db "$TMP/db" "$DD_SOURCE_DIR/data/advisories/alpine-secdb/v3.10/main.json" > /dev/null \
	|| fail "db import of the Alpine 3.10 secdb"
mkdir "$TMP/base"
tar -xzf "$base" -C "$TMP/base" 2>/dev/null
scan() { # scan REF OUT: packages and findings, complete, exit 0 or 1
	local rc=0
	"$DRYDOCK" scan --db "$TMP/db" --scanners vuln,baseline --format json --no-progress -o "$2" "$1" || rc=$?
	[ $rc -le 1 ] || fail "$1: exit $rc: $(jq -c .notes "$2" 2>/dev/null)"
	jq -e '.complete == true' "$2" > /dev/null || fail "$1: incomplete: $(jq -c .notes "$2")"
}
summary() { # the packages and the findings on files (a dir: has no image config), as (id, package or path)
	packages_tsv "$1"
	jq -r '.findings[] | select(.package.name or .path) | [.id, (.package.name // .path)] | @tsv' "$1" | sort
}
for c in hardlink parent parent-lower symlink symlink-lower dir-symlink dir-symlink-lower duplicate duplicate-hides; do
	mkdir "$TMP/$c"
	mapfile -t layers < <(python3 "$DD_SOURCE_DIR/tests/scan/evasion_layers.py" "$c" "$TMP/base" "$TMP/$c")
	mkimage oci "$TMP/$c/oci" "$base" "${layers[@]}" --tag t
	umoci unpack --rootless --image "$TMP/$c/oci:t" "$TMP/$c/bundle" > /dev/null 2>&1 || fail "$c: umoci unpack"
	scan "oci:$TMP/$c/oci:t" "$TMP/$c/image.json"
	scan "dir:$TMP/$c/bundle/rootfs" "$TMP/$c/dir.json"
	summary "$TMP/$c/image.json" > "$TMP/$c/image.txt"
	summary "$TMP/$c/dir.json" > "$TMP/$c/dir.txt"
	diff -u "$TMP/$c/dir.txt" "$TMP/$c/image.txt" || fail "$c: the image scan differs from umoci's extraction"
	# and the runtime's view is what the case is about (so the diff cannot pass empty)
	want=$'apk\tapk-tools\t2.10.6-r0\tapk-tools'
	shadow=yes
	[ "$c" = duplicate-hides ] && want=$'apk\tapk-tools\t2.10.7-r0\tapk-tools' shadow=
	grep -qxF "$want" "$TMP/$c/image.txt" || fail "$c: expected '$want' in the inventory"
	n=$(grep -c '^apk	' "$TMP/$c/image.txt")
	[ "$n" -ge 14 ] || fail "$c: $n apk packages, expected the whole DB"
	if [ -n "$shadow" ]; then
		grep -q '^CVE-2021-36159	apk-tools$' "$TMP/$c/image.txt" || fail "$c: CVE-2021-36159 missed"
		grep -q '^empty-password	etc/shadow$' "$TMP/$c/image.txt" || fail "$c: the empty root password missed"
	else
		! grep -q 'CVE-2021-36159\|empty-password' "$TMP/$c/image.txt" || fail "$c: a replaced file was reported"
	fi
	rereads=$(jq '[.artifact.layers[].rereads // 0] | add' "$TMP/$c/image.json")
	echo "ok $c: $n packages, $(grep -c '^[A-Z]' "$TMP/$c/image.txt" || true) CVEs, second reads: $rereads"
done
# an image without such links costs no second read
mkimage oci "$TMP/plain" "$base" --tag t
scan "oci:$TMP/plain:t" "$TMP/plain.json"
jq -e '[.artifact.layers[].rereads // 0] | add == 0' "$TMP/plain.json" > /dev/null || fail "plain image: a second read"
echo "ok plain: no second read"
