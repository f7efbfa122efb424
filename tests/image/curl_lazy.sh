#!/bin/bash
# libcurl is loaded at the first request, not linked: the binary does not
# need it, a local scan never maps it, and a registry reference or a db
# update without it fails (exit 2; db update: 3, as every failed update)
# with a message naming the Debian package.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd readelf
if readelf -d "$DRYDOCK" | has 'NEEDED.*libcurl'; then
	fail "drydock links libcurl"
fi
echo "ok drydock does not link libcurl"
mkdir -p "$TMP/root/etc"
echo 'ID=alpine' > "$TMP/root/etc/os-release"
LD_DEBUG=files "$DRYDOCK" sbom --format json -o "$TMP/s.json" "dir:$TMP/root" 2> "$TMP/ld.log" || fail "sbom: exit $?"
if grep -q 'file=libcurl' "$TMP/ld.log"; then
	fail "a local sbom loaded libcurl"
fi
echo "ok a local scan does not load libcurl"
for cmd in "sbom --plain-http 127.0.0.1:9/none/x:1" "db update --db $TMP/x.db --source https://127.0.0.1:9/all.zip"; do
	rc=0 want=2
	[ "${cmd%% *}" = db ] && want=3
	# shellcheck disable=SC2086
	DRYDOCK_LIBCURL=/nonexistent/libcurl.so.4 "$DRYDOCK" $cmd > /dev/null 2> "$TMP/err" || rc=$?
	[ "$rc" = "$want" ] || fail "$cmd without libcurl: exit $rc, want $want ($(cat "$TMP/err"))"
	grep -q 'libcurl4' "$TMP/err" || fail "$cmd without libcurl: message does not name the package: $(cat "$TMP/err")"
	echo "ok $cmd without libcurl: $(head -1 "$TMP/err")"
done
