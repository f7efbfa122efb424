#!/bin/bash
# A real Debian 12 (bookworm) minbase root filesystem for tests, built by
# Debian's own debootstrap once per build directory and then shared.
#
#   root=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh") || exit $?
#   tar=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh" --tar) || exit $?
#   oci=$(bash "$DD_SOURCE_DIR/tests/lib/debootstrap.sh" --oci) || exit $?
#   "$DRYDOCK" scan "oci:$oci:bookworm"
#
# Prints on stdout the absolute path of the rootfs directory, or with --tar
# of a plain tar of it (`tar --numeric-owner -C ROOT -cf - .`), or with --oci
# of a one-layer OCI layout of that tar (tests/lib/mkimage.py, tag
# "bookworm"), each made once, and exits 0. When it cannot be built (not root, no debootstrap,
# mirror unreachable) it prints "SKIP: reason" on stderr and exits 77, so a
# caller's `|| exit $?` turns into a skipped test. Treat the tree as
# read-only: every test shares it.
#
# Environment: DD_BUILD_DIR (required; cache in $DD_BUILD_DIR/cache/),
# DD_DEBIAN_MIRROR (default http://deb.debian.org/debian).
# The build runs under flock, so tests started in parallel wait for the one
# build instead of racing it; a failed build leaves nothing behind and the
# next caller retries.
set -euo pipefail
what=${1:-}
case "$what" in ""|--tar|--oci) ;; *) echo "usage: debootstrap.sh [--tar|--oci]" >&2; exit 2 ;; esac
skip() { echo "SKIP: $*" >&2; exit 77; }
: "${DD_BUILD_DIR:?DD_BUILD_DIR must name the build directory}"
mirror=${DD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache="$DD_BUILD_DIR/cache/debootstrap-bookworm-minbase"
root="$cache/rootfs"
tarball="$cache/rootfs.tar"
oci="$cache/oci"
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9

if [ ! -f "$cache/.done" ]; then
	[ "$(id -u)" = 0 ] || skip "debootstrap needs root"
	command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed (scripts/deps/osanalyzers.txt)"
	rm -rf "$root" "$cache/work" "$tarball" "$oci"
	log="$cache/debootstrap.log"
	if ! debootstrap --variant=minbase bookworm "$cache/work" "$mirror" >"$log" 2>&1; then
		rm -rf "$cache/work"
		skip "debootstrap of bookworm from $mirror failed (see $log): $(tail -n 1 "$log")"
	fi
	# apt's downloaded .debs are not part of an image
	rm -rf "$cache/work/var/cache/apt/archives/"*.deb
	mv "$cache/work" "$root"
	touch "$cache/.done"
fi
if [ -n "$what" ] && [ ! -f "$tarball" ]; then
	tar --numeric-owner -C "$root" -cf "$tarball.tmp" . 2>/dev/null || { rm -f "$tarball.tmp"; skip "could not tar $root"; }
	mv "$tarball.tmp" "$tarball"
fi
if [ "$what" = --oci ] && [ ! -f "$oci/index.json" ]; then
	rm -rf "$oci.tmp"
	python3 "$(dirname "$0")/mkimage.py" oci "$oci.tmp" "$tarball" --tag bookworm >/dev/null ||
		{ rm -rf "$oci.tmp"; skip "could not make an OCI layout of $tarball"; }
	rm -rf "$oci"
	mv "$oci.tmp" "$oci"
fi
case "$what" in
--tar) echo "$tarball" ;;
--oci) echo "$oci" ;;
*) echo "$root" ;;
esac
