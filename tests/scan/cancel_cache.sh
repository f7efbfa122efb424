#!/bin/bash
# Cancellation at random points of a scan of a larger generated image with
# --cache-dir (SIGINT: exit 130, or 0 when the scan won the race), then a
# rescan that reuses what the cancelled runs cached: its report equals a
# fresh scan's, and the cache holds no partial or temporary entry. Under
# ASan this is also the leak check of every cancelled path.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd python3
# four layers, ~90 MB to read: an Alpine base, then three layers of noise,
# scripts (malware/secret candidates) and a lock file each
r=$TMP/root
mkdir -p "$r/1/etc" "$r/1/lib/apk/db"
printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.4\n' > "$r/1/etc/os-release"
printf 'P:musl\nV:1.2.4_git20230717-r4\no:musl\nA:x86_64\n\nP:busybox\nV:1.36.1-r15\no:busybox\nA:x86_64\n\n' \
	> "$r/1/lib/apk/db/installed"
layers=("DIR=$r/1")
for l in 2 3 4; do
	mkdir -p "$r/$l/opt/app$l/bin" "$r/$l/srv/www$l"
	head -c 30000000 /dev/urandom > "$r/$l/opt/app$l/blob.bin"
	for i in $(seq 1 300); do
		printf '#!/bin/sh\necho %s %s\n' "$l" "$i" > "$r/$l/opt/app$l/bin/run$i.sh"
		printf '<?php echo "%s"; ?>\n' "$i" > "$r/$l/srv/www$l/p$i.php"
	done
	printf '{"name":"app%s","lockfileVersion":2,"packages":{"":{"name":"app%s"},"node_modules/lodash":{"version":"4.17.%s"}}}\n' \
		"$l" "$l" "$l" > "$r/$l/opt/app$l/package-lock.json"
	layers+=("DIR=$r/$l")
done
mkimage oci "$TMP/img" "${layers[@]}" --tag big >/dev/null
ref="oci:$TMP/img:big"
opts=(--format json --scanners vuln,secret,malware,baseline --db "$TMP/none.db")

norm() { jq -S 'del(.scanned_at) | .artifact.layers |= map(del(.from_cache))' "$1"; }

t0=$(date +%s%N)
rc=0
"$DRYDOCK" scan "${opts[@]}" -o "$TMP/fresh.json" "$ref" 2>/dev/null || rc=$?
[ "$rc" = 3 ] || fail "fresh scan: exit $rc (expected 3: no DB, an incomplete report)"
full=$(( ($(date +%s%N) - t0) / 1000000 ))
jq -e '.packages | length >= 5' "$TMP/fresh.json" >/dev/null || fail "the fresh scan found too little"

# cancel at random points of the first ~60% of a full scan; each cancelled
# run leaves the layers it finished in the cache (and the next run is
# shorter); a run that wins the race completes the cache
stopped=0
for i in $(seq 1 8); do
	ms=$(( 20 + RANDOM % (full * 6 / 10 + 1) ))
	rc=0
	"$DRYDOCK" scan "${opts[@]}" --cache-dir "$TMP/cache" -o "$TMP/cut.json" "$ref" 2> "$TMP/err" &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -INT "$pid" 2>/dev/null || true
	wait "$pid" || rc=$?
	case $rc in
	130) stopped=$((stopped + 1)); [ ! -e "$TMP/cut.json" ] || fail "run $i: a cancelled scan left a report" ;;
	3) echo "run $i: finished first (SIGINT after ${ms} ms)"; rm -f "$TMP/cut.json" ;;
	*) cat "$TMP/err" >&2; fail "run $i (SIGINT after ${ms} ms): exit $rc" ;;
	esac
	if [ -d "$TMP/cache" ]; then
		find "$TMP/cache" -name '*.tmp.*' | has . && fail "run $i: temporary cache files left: $(find "$TMP/cache" -name '*.tmp.*')"
	fi
done
echo "cancelled $stopped of 8 runs"
[ "$stopped" -ge 1 ] || fail "no run was cancelled (full scan ${full} ms)"

rc=0
"$DRYDOCK" scan "${opts[@]}" --cache-dir "$TMP/cache" -o "$TMP/rescan.json" "$ref" 2>/dev/null || rc=$?
[ "$rc" = 3 ] || fail "rescan: exit $rc"
diff <(norm "$TMP/fresh.json") <(norm "$TMP/rescan.json") > "$TMP/diff" || { head -40 "$TMP/diff" >&2; fail "rescan with the cache differs from a fresh scan"; }
# and once more, all from the cache
"$DRYDOCK" scan "${opts[@]}" --cache-dir "$TMP/cache" -o "$TMP/cached.json" "$ref" 2>/dev/null || true
jq -e '[.artifact.layers[].from_cache] | all' "$TMP/cached.json" >/dev/null || fail "the last rescan did not come from the cache"
diff <(norm "$TMP/fresh.json") <(norm "$TMP/cached.json") >/dev/null || fail "the cached rescan differs from a fresh scan"
