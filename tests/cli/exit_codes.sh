#!/bin/bash
# Exit codes and messages of docs/CLI.md for bad usage and bad input:
# 2 with a message naming what is wrong; never a crash, never 0.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
expect() {
	local want=$1 needle=$2; shift 2
	set +e
	"$DRYDOCK" "$@" > "$TMP/out" 2> "$TMP/err"
	local rc=$?
	set -e
	[ "$rc" = "$want" ] || fail "drydock $*: exit $rc, want $want: $(cat "$TMP/err")"
	grep -q -- "$needle" "$TMP/err" || fail "drydock $*: stderr lacks '$needle': $(cat "$TMP/err")"
}
expect 2 "usage" 
expect 2 "unknown command" frobnicate
expect 2 "expected one image reference" scan
expect 2 "expected one image reference" sbom
expect 2 "unknown or incomplete option" scan --no-such-option oci:x
expect 2 "fail-on" scan --fail-on extreme oci:x
expect 2 "severity" scan --severity bad oci:x
expect 2 "threads" scan --threads 0 oci:x
expect 2 "not a directory" scan dir:/nonexistent/path
expect 2 "empty image reference .dir:." scan dir:
expect 2 "unknown image reference .::bad. (use docker://" scan ::bad
expect 2 "No such file" scan oci:/nonexistent/layout
expect 2 "No such file" scan docker-archive:/nonexistent.tar
expect 2 "not a docker save archive" sbom "docker-archive:$DD_TEST_DATA/image/gnu.tar"
expect 2 "climbs out" sbom "oci-archive:$DD_TEST_DATA/image/dotdot.tar"
expect 2 "is a scan option" sbom --fail-on high "dir:$TMP"
expect 2 "is a scan option" sbom --ignore-file x.yaml "dir:$TMP"
expect 2 "is a scan option" sbom --scanners vuln "dir:$TMP"
expect 2 "unknown or incomplete option" version --no-such-option
expect 2 "unexpected argument" version extra
expect 2 "unknown option" db import --no-such-option x
expect 2 "unknown format" convert --format xml x.json
expect 2 "unknown ecosystem" vercmp NoSuchEcosystem 1 2
# files the user names: a directory or a FIFO is refused, never read (a FIFO
# would block forever)
mkfifo "$TMP/fifo"
expect 2 "is a directory, not a file" scan --scanners history --ignore-file "$TMP" "dir:$TMP"
expect 2 "is not a regular file" scan --scanners history --vex "$TMP/fifo" "dir:$TMP"
expect 2 "is not a regular file" convert "$TMP/fifo"
expect 2 "is not a regular file" db import --db "$TMP/fifo.db" "$TMP/fifo"
expect 2 "No such file" scan --scanners secret --secret-config "$TMP/none.yaml" "dir:$TMP"
# what the user names is checked before the image is read: a malformed
# ignore file fails at once (the registry below is never contacted), an
# unwritable -o too, and a failed scan leaves no empty report behind
printf 'vulnerabilities:\n  - idx: CVE-1\n' > "$TMP/bad.yaml"
expect 2 "ignore file $TMP/bad.yaml line 2: unknown key" scan --ignore-file "$TMP/bad.yaml" docker://127.0.0.1:9/none:1
expect 3 "cannot write $TMP/no/dir/r.json" scan -o "$TMP/no/dir/r.json" oci:/nonexistent/layout
expect 2 "No such file" scan -o "$TMP/r.json" oci:/nonexistent/layout
[ ! -e "$TMP/r.json" ] || fail "a failed scan left $TMP/r.json behind"
# every command answers --help on stdout with exit 0
for cmd in scan sbom db convert vercmp version "db import" "db update" "db info"; do
	# shellcheck disable=SC2086
	"$DRYDOCK" $cmd --help > "$TMP/help" 2> "$TMP/err" || fail "drydock $cmd --help: exit $?: $(cat "$TMP/err")"
	grep -q "^usage: drydock ${cmd%% *}" "$TMP/help" || fail "drydock $cmd --help: no usage line: $(head -3 "$TMP/help")"
done
# a tampered layer: exit 2 naming the layer
cp -r "$DD_SOURCE_DIR/samples/demo-image" "$TMP/img"
layer=$(jq -r '.layers[0].digest' "$TMP/img/blobs/sha256/$(jq -r '.manifests[0].digest' "$TMP/img/index.json" | cut -d: -f2)")
printf 'x' >> "$TMP/img/blobs/sha256/${layer#sha256:}"
expect 2 "$layer" sbom "oci:$TMP/img:3.10"
rm "$TMP/img/blobs/sha256/${layer#sha256:}"
expect 2 "$layer" sbom "oci:$TMP/img:3.10"
echo "ok exit codes"
