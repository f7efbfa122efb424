#!/bin/bash
# The dpkg inventory against dpkg itself: a real bookworm minbase made by
# debootstrap (tests/lib/debootstrap.sh, cached per build dir), read as
# dir: and packed as an OCI image, must list exactly what dpkg-query lists
# from the same admindir: names, versions, source names and versions
# (binNMUs like bash 5.2.15-2+b13 from source 5.2.15-2), architectures.
# dpkg-query -W also lists packages whose state is config-files (removed,
# conffiles kept); drydock leaves those out by design, so the expected list
# drops them too.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd dpkg-query
root=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh") || exit $?
oci=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh" --oci) || exit $?

dpkg-query -W --admindir="$root/var/lib/dpkg" \
	-f '${db:Status-Status}\t${binary:Package}\t${Package}\t${Version}\t${source:Package}\t${source:Version}\t${Architecture}\n' \
	> "$TMP/query"
# ${binary:Package} is NAME or, for Multi-Arch: same packages, NAME:ARCH
awk -F'\t' '$2 != $3 && $2 != $3 ":" $7 { bad = 1 } END { exit bad }' "$TMP/query" || fail "unexpected binary:Package form"
awk -F'\t' -v OFS='\t' '$1 != "not-installed" && $1 != "config-files" { print "deb", $3, $4, $5, $6, $7 }' "$TMP/query" |
	sort > "$TMP/want"
n=$(wc -l < "$TMP/want")
[ "$n" -gt 50 ] || fail "dpkg-query listed only $n packages"
grep -q $'^deb\tbash\t[^\t]*+b[0-9]*\tbash\t' "$TMP/want" || echo "note: no binNMU in this minbase"

sbom_tsv() {
	jq -r '.packages[] | [.type, .name, .version, .source_name, .source_version, (.arch // "")] | @tsv' "$1" | sort
}
check() {
	local name=$1 ref=$2
	"$DRYDOCK" sbom --format json -o "$TMP/$name.json" "$ref" || fail "$name: drydock sbom failed"
	sbom_tsv "$TMP/$name.json" > "$TMP/$name.got"
	diff -u "$TMP/want" "$TMP/$name.got" >&2 || fail "$name: drydock and dpkg-query differ"
	[ "$(jq .complete "$TMP/$name.json")" = true ] || fail "$name: incomplete: $(jq -c .notes "$TMP/$name.json")"
	jq -e '.artifact.os.family == "debian" and (.artifact.os.version | startswith("12."))' "$TMP/$name.json" >/dev/null ||
		fail "$name: os: $(jq -c .artifact.os "$TMP/$name.json")"
	echo "ok $name: $n packages"
}
check dir "dir:$root"
check oci "oci:$oci:bookworm"
ver=$(jq -r .artifact.os.version "$TMP/oci.json")
jq -e --arg v "$ver" '.packages[] | select(.name == "libc6") |
	.path == "var/lib/dpkg/status" and (.layer | startswith("sha256:")) and
	(.purl | startswith("pkg:deb/debian/libc6@")) and (.purl | contains("arch=amd64")) and
	(.purl | contains("distro=debian-" + $v))' "$TMP/oci.json" >/dev/null ||
	fail "libc6 provenance/purl: $(jq -c '.packages[] | select(.name == "libc6")' "$TMP/oci.json")"
echo "ok purl and provenance"
