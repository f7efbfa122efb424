#!/bin/bash
# The dpkg fixtures against dpkg-query:
#  - tests/data/analyzers/dpkg/status: multi-arch libc6 for two
#    architectures, a binNMU, Source: with a version, unpacked /
#    half-configured / triggers-pending / held packages (listed: their files
#    are there), config-files and purged records (left out), CRLF lines;
#  - a distroless layout (var/lib/dpkg/status.d/NAME plus NAME.md5sums), for
#    which dpkg-query reads the same stanzas joined into a status file.
# drydock must list what dpkg-query lists, less the config-files records,
# from dir: and from an image layer.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd dpkg-query
data="$DD_TEST_DATA/analyzers/dpkg"

query() {
	dpkg-query -W --admindir="$1" -f '${db:Status-Status}\t${Package}\t${Version}\t${source:Package}\t${source:Version}\t${Architecture}\n' 2>/dev/null |
		awk -F'\t' -v OFS='\t' '$1 != "not-installed" && $1 != "config-files" { print "deb", $2, $3, $4, $5, $6 }' | sort
}
sbom_tsv() {
	jq -r '.packages[] | [.type, .name, .version, .source_name, .source_version, (.arch // "")] | @tsv' "$1" | sort
}
check() {
	local name=$1 ref=$2 want=$3 n
	"$DRYDOCK" sbom --format json -o "$TMP/$name.json" "$ref" || fail "$name: drydock sbom failed"
	sbom_tsv "$TMP/$name.json" > "$TMP/$name.got"
	diff -u "$want" "$TMP/$name.got" >&2 || fail "$name: drydock and dpkg-query differ"
	[ "$(jq .complete "$TMP/$name.json")" = true ] || fail "$name: incomplete: $(jq -c .notes "$TMP/$name.json")"
	n=$(wc -l < "$want")
	echo "ok $name: $n packages"
}

# status file
mkdir -p "$TMP/adm/info" "$TMP/root/var/lib/dpkg"
cp "$data/status" "$TMP/adm/status"
cp "$data/status" "$TMP/root/var/lib/dpkg/status"
query "$TMP/adm" > "$TMP/want-status"
[ "$(wc -l < "$TMP/want-status")" = 9 ] || fail "dpkg-query should list 9 packages: $(cat "$TMP/want-status")"
dpkg-query -W --admindir="$TMP/adm" -f '${db:Status-Status} ${Package}\n' 2>/dev/null | has '^config-files ' ||
	fail "the fixture should hold a config-files record that dpkg-query lists"
check status-dir "dir:$TMP/root" "$TMP/want-status"
mkimage oci "$TMP/img-status" "DIR=$TMP/root" --tag t
check status-oci "oci:$TMP/img-status:t" "$TMP/want-status"

# distroless status.d
mkdir -p "$TMP/adm2/info"
for f in "$data"/distroless/var/lib/dpkg/status.d/*; do
	case "$f" in *.md5sums) continue ;; esac
	{ sed -n '1p' "$f"; echo "Status: install ok installed"; sed -n '2,$p' "$f"; echo; } >> "$TMP/adm2/status"
done
query "$TMP/adm2" > "$TMP/want-distroless"
[ "$(wc -l < "$TMP/want-distroless")" = 6 ] || fail "expected 6 distroless packages: $(cat "$TMP/want-distroless")"
check distroless-dir "dir:$data/distroless" "$TMP/want-distroless"
mkimage oci "$TMP/img-distroless" "DIR=$data/distroless" --tag t
check distroless-oci "oci:$TMP/img-distroless:t" "$TMP/want-distroless"
jq -e '.packages[] | select(.name == "libssl3") | .path == "var/lib/dpkg/status.d/libssl3" and
	.purl == "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.5&upstream=openssl"' \
	"$TMP/distroless-oci.json" >/dev/null || fail "libssl3: $(jq -c '.packages[] | select(.name == "libssl3")' "$TMP/distroless-oci.json")"
echo "ok distroless provenance and purl"
