#!/bin/bash
# False positives of the risk scanners on real, clean inputs:
#   - the Alpine 3.19 and 3.20 minirootfs images: no baseline, malware or
#     build finding at all (root is locked, nothing setuid, tmp sticky);
#   - a debootstrap bookworm minbase rootfs (tests/lib/debootstrap.sh, from
#     the ospkgs work): no malware finding; the baseline result is exactly
#     Debian's documented password-policy defaults (PASS_MAX_DAYS 99999,
#     PASS_MIN_DAYS 0) and no setuid finding (su, passwd, mount... are on
#     the allow-list);
#   - drydock's own source tree (dir:): no malware finding, although it
#     holds the rule pack and the tests that assemble samples.
. "$DD_SOURCE_DIR/tests/lib/common.sh"
classes() { jq -r '[.findings[] | select(.class=="baseline" or .class=="malware" or .class=="build") | "\(.class) \(.id) \(.path // "")"] | .[]' "$1"; }
scan() { "$DRYDOCK" scan --format json -o "$2" --scanners baseline,malware,history --no-progress "$1" || fail "scan of $1 failed"; jq -e .complete "$2" >/dev/null || fail "$1: report incomplete"; }
ran=0
if [ -d "$DD_SHARED_DIR/data/images/alpine" ]; then
	for v in 3.19.4 3.20.3; do
		t="$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-$v-x86_64.tar.gz"
		[ -f "$t" ] || continue
		# an image as Docker Hub builds it: the rootfs ADDed, a CMD, a non-root user, a healthcheck
		mkimage oci "$TMP/alp-$v" "$t" --tag "$v" \
			--history "/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef in / " \
			--config-json '{"config":{"User":"nobody","Healthcheck":{"Test":["CMD","true"]},"Cmd":["/bin/sh"]}}'
		scan "oci:$TMP/alp-$v:$v" "$TMP/alp-$v.json"
		out=$(classes "$TMP/alp-$v.json")
		[ -z "$out" ] || fail "Alpine $v: unexpected findings:"$'\n'"$out"
		echo "Alpine $v: no baseline/malware/build finding"
		ran=$((ran + 1))
	done
fi
if root=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh"); then
	scan "dir:$root" "$TMP/deb.json"
	out=$(classes "$TMP/deb.json" | sort)
	echo "debootstrap bookworm: $(echo "$out" | tr '\n' ';')"
	expected=$'baseline password-max-days etc/login.defs\nbaseline password-min-days etc/login.defs'
	[ "$out" = "$expected" ] || fail "bookworm: expected only the login.defs policy findings, got:"$'\n'"$out"
	ran=$((ran + 1))
else
	echo "note: debootstrap rootfs could not be built; that part skipped"
fi
# the tracked source tree (build directories are not source), and the built binary itself
mkdir -p "$TMP/src"
if git -C "$DD_SOURCE_DIR" rev-parse >/dev/null 2>&1; then
	git -C "$DD_SOURCE_DIR" ls-files -z | (cd "$DD_SOURCE_DIR" && xargs -0 cp --parents -t "$TMP/src" 2>/dev/null) || true
else
	cp -r "$DD_SOURCE_DIR/." "$TMP/src/"
fi
# a failed copy would make an empty tree that trivially has no finding
[ -f "$TMP/src/rules/yara/webshell_php.yar" ] && [ -f "$TMP/src/src/analyzers/malware.c" ] ||
	fail "source tree copy is missing files"
# except the real webshells kept as the detection corpus (tests/data/webshells,
# with provenance): finding them is the other test's point
rm -rf "$TMP/src/tests/data/webshells"
mkdir -p "$TMP/src/opt/drydock/bin" && cp "$DRYDOCK" "$TMP/src/opt/drydock/bin/drydock"
scan "dir:$TMP/src" "$TMP/src.json"
out=$(jq -r '.findings[] | select(.class=="malware") | "\(.id) \(.path)"' "$TMP/src.json")
[ -z "$out" ] || fail "source tree: malware findings:"$'\n'"$out"
echo "source tree: no malware finding"
echo "$((ran + 1)) inputs checked"
