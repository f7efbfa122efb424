#!/bin/bash
# False positives: real root filesystems that hold no secrets give no secret
# finding - the Alpine 3.19 and 3.20 minirootfs, a debootstrap bookworm
# minbase (tests/lib/debootstrap.sh, when it can be built) and drydock's own
# source tree without tests/data/checks/secrets (the one directory of fake
# secrets, see its README.md) and without the inputs libFuzzer added to
# fuzz/corpus/ (named by their SHA-1: machine mutations of fixtures, which
# may splice a fixture's fake credential into a new shape).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
checked=0
no_secrets() { # NAME REF
	"$DRYDOCK" scan --scanners secret --format json -o "$TMP/out.json" "$2" || fail "$1: exit $?"
	jq -e '.complete == true' "$TMP/out.json" >/dev/null || fail "$1: report incomplete"
	local n
	n=$(jq '[.findings[] | select(.class == "secret")] | length' "$TMP/out.json")
	if [ "$n" != 0 ]; then
		jq -r '.findings[] | select(.class == "secret") | "  \(.id) \(.path):\(.line) \(.match)"' "$TMP/out.json" >&2
		fail "$1: $n secret findings"
	fi
	echo "ok $1: no secret finding"
	checked=$((checked + 1))
}

if [ -d "$DD_SHARED_DIR/data/images/alpine" ]; then
	for v in 3.19 3.20; do
		tgz=$(ls "$DD_SHARED_DIR"/data/images/alpine/alpine-minirootfs-$v.*-x86_64.tar.gz | head -1)
		mkdir -p "$TMP/alpine-$v"
		tar -xzf "$tgz" -C "$TMP/alpine-$v"
		no_secrets "alpine $v minirootfs" "dir:$TMP/alpine-$v"
		mkimage oci "$TMP/alpine-$v.oci" "$tgz" --tag t
		no_secrets "alpine $v image" "oci:$TMP/alpine-$v.oci:t"
	done
else
	echo "note: ../shared/data/images/alpine is absent; Alpine part skipped"
fi

if root=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh"); then
	no_secrets "debootstrap bookworm minbase" "dir:$root"
else
	echo "note: debootstrap rootfs could not be built; that part skipped"
fi

# the source tree as it is committed, without build directories
mkdir -p "$TMP/src"
if git -C "$DD_SOURCE_DIR" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$DD_SOURCE_DIR" && git ls-files -z --cached --others --exclude-standard) \
		| grep -zv '^tests/data/checks/secrets/' | grep -zEv '^fuzz/corpus/[^/]+/[0-9a-f]{40}$' \
		| (cd "$DD_SOURCE_DIR" && xargs -0 cp --parents -t "$TMP/src" 2>/dev/null || true)
else
	(cd "$DD_SOURCE_DIR" && find . -path ./.git -prune -o -path './build*' -prune -o -path ./tests/data/checks/secrets -prune \
		-o -regextype egrep -regex '\./fuzz/corpus/[^/]+/[0-9a-f]{40}' -prune -o -type f -print0 | xargs -0 cp --parents -t "$TMP/src")
fi
[ -f "$TMP/src/src/analyzers/secrets_engine.c" ] || fail "source tree copy is missing files"
no_secrets "drydock source tree" "dir:$TMP/src"
[ "$checked" -gt 0 ] || skip "nothing to check"
