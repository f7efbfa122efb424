#!/bin/bash
# A cached rescan reports exactly what the first scan reported: the secret
# fixture tree plus a file whose name is not UTF-8 (tar names are bytes; a
# JSON cache entry could not hold it, and its finding vanished on rescans),
# with every layer served from the cache.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
mkdir -p "$TMP/root" "$TMP/odd/srv"
cp -a "$DD_TEST_DATA/checks/secrets/rootfs/." "$TMP/root/"
printf 'GITHUB_TOKEN=ghp_%s\n' "$(printf 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0rL6uFq' | cut -c1-36)" > "$TMP/odd/srv/conf$(printf '\xff').env"
mkimage oci "$TMP/img" "DIR=$TMP/root" "DIR=$TMP/odd" --tag t > /dev/null
run() { "$DRYDOCK" scan --no-progress --scanners secret,malware,baseline,history --cache-dir "$TMP/cache" --format json -o "$1" "oci:$TMP/img:t" || [ $? = 3 ] || fail "scan: exit $?"; }
run "$TMP/a.json"
run "$TMP/b.json"
jq -e '[.artifact.layers[] | .from_cache == true] | all' "$TMP/b.json" > /dev/null || fail "the rescan read layers"
jq -e '[.artifact.layers[] | .from_cache == true] | any | not' "$TMP/a.json" > /dev/null || fail "the first scan used a cache"
n=$(jq '.findings | length' "$TMP/a.json")
[ "$n" -ge 80 ] || fail "only $n findings in the first scan"
jq -e '[.findings[] | select((.path // "") | startswith("srv/conf"))] | length == 1' "$TMP/a.json" > /dev/null ||
	fail "the token in the non-UTF-8 file name was not found"
diff <(jq -S 'del(.scanned_at, .artifact.layers)' "$TMP/a.json") <(jq -S 'del(.scanned_at, .artifact.layers)' "$TMP/b.json") > "$TMP/diff" ||
	fail "the cached rescan differs: $(head -20 "$TMP/diff")"
echo "ok cached rescan = first scan ($n findings, non-UTF-8 file name included)"
