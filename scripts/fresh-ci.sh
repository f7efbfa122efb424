#!/bin/bash
# Runs .ci/run the way CI does, on a fresh Debian 12 machine: a debootstrap
# bookworm minbase with only build-essential, cmake, git and ca-certificates
# (what "Debian 12 + gcc/cmake" has), a clean `git clone` of a commit at
# <root>/run/merged/work/ci/main and ../shared read-only beside it, run as
# root with chroot and a clean environment. Proves that install-deps.sh and
# the tests bring everything they need; running .ci/run on a dev machine,
# where most packages are already installed, proves nothing about that.
#
#   scripts/fresh-ci.sh [REF]     # REF defaults to HEAD of this checkout
#
# Environment: FRESHROOT (default /work/freshroot; never inside the repo),
# SHARED (default ../shared of this checkout), MIRROR, KEEP=1 keeps the run
# tree for inspection (still unmounted). Needs root, debootstrap and overlayfs.
#
# The one idea: the pristine base (<root>/base) is built once and never
# written again; each run is an overlayfs on top of it, so every run starts
# from the same fresh machine and throwing a run away is an rm -rf.
#
# What this harness adds that a real Debian 12 VM already has (workarounds
# for the chroot only, not for the product): /etc/hosts with localhost, the
# host's resolv.conf, the standard bookworm/-updates/-security sources, and
# a policy-rc.d so packages' services (docker-registry, clamav-freshclam) are
# not started as host daemons (a VM would start them under systemd), and the
# host's local CA certificates (/usr/local/share/ca-certificates, e.g. a
# TLS-intercepting egress proxy's) so HTTPS to the npm registry verifies the
# way it does on the host; set HOST_CA=0 to leave them out.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-HEAD}
root=${FRESHROOT:-/work/freshroot}
shared=${SHARED:-$src/../shared}
mirror=${MIRROR:-http://deb.debian.org/debian}
base=$root/base
run=$root/run
merged=$run/merged

[ "$(id -u)" = 0 ] || { echo "fresh-ci: run as root" >&2; exit 2; }
case "$root/" in "$src"/*) echo "fresh-ci: FRESHROOT must be outside the repo" >&2; exit 2 ;; esac

cleanup() {
	# processes left in the chroot (daemons a test forgot): ours by their root
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/root" 2>/dev/null)" = "$merged" ] || continue
		echo "fresh-ci: left running in the chroot: ${p#/proc/} $(tr '\0' ' ' < "$p/cmdline" 2>/dev/null)" >&2
		kill -9 "${p#/proc/}" 2>/dev/null || true
	done
	sleep 1
	if mountpoint -q "$merged"; then umount -R "$merged" || umount -R -l "$merged"; fi
	[ "${KEEP:-0}" = 1 ] || rm -rf "$run"
}

# --- the pristine base, once
if [ ! -e "$base/.fresh-ci-base" ]; then
	rm -rf "$base"
	debootstrap --variant=minbase bookworm "$base" "$mirror"
fi
if [ ! -e "$base/.fresh-ci-ready" ]; then
	cat > "$base/etc/apt/sources.list" <<-EOF
	deb $mirror bookworm main
	deb $mirror bookworm-updates main
	deb ${mirror%/debian}/debian-security bookworm-security main
	EOF
	printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$base/etc/hosts"
	echo fresh-ci > "$base/etc/hostname"
	printf '#!/bin/sh\nexit 101\n' > "$base/usr/sbin/policy-rc.d"
	chmod 755 "$base/usr/sbin/policy-rc.d"
	cp /etc/resolv.conf "$base/etc/resolv.conf"
	mount -t proc proc "$base/proc"
	trap 'umount "$base/proc"' EXIT
	chroot "$base" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
		sh -c 'apt-get update -qq && apt-get install -y -qq build-essential cmake git ca-certificates >/dev/null && apt-get clean'
	umount "$base/proc"
	trap - EXIT
	touch "$base/.fresh-ci-base" "$base/.fresh-ci-ready"
fi

# --- one run on an overlay of the base
if [ -e "$run" ]; then
	mountpoint -q "$merged" && umount -R "$merged"
	rm -rf "$run"
fi
mkdir -p "$run/upper" "$run/work" "$merged" "$run/tmp"
chmod 1777 "$run/tmp"
trap cleanup EXIT
mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$merged"
cp /etc/resolv.conf "$merged/etc/resolv.conf"
if [ "${HOST_CA:-1}" = 1 ] && ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
	cp /usr/local/share/ca-certificates/*.crt "$merged/usr/local/share/ca-certificates/"
	chroot "$merged" update-ca-certificates >/dev/null
fi
mount -t proc proc "$merged/proc"
mount --bind /sys "$merged/sys"
mount --bind /dev "$merged/dev"
mount --bind /dev/pts "$merged/dev/pts"
mount --bind "$run/tmp" "$merged/tmp"
mkdir -p "$merged/work/ci/main" "$merged/work/ci/shared"
if [ -d "$shared" ]; then
	mount --bind "$shared" "$merged/work/ci/shared"
	mount -o remount,bind,ro "$merged/work/ci/shared"
fi
git clone -q "$src" "$merged/work/ci/main"
git -C "$merged/work/ci/main" checkout -q --detach "$(git -C "$src" rev-parse "$ref")"
echo "fresh-ci: $(git -C "$merged/work/ci/main" log -1 --format='%h %s')"

# every line prefixed with the seconds since .ci/run started: phase times
SECONDS=0
set +e
chroot "$merged" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	bash -c 'cd /work/ci/main && .ci/run' 2>&1 |
	while IFS= read -r line; do printf '[%4d] %s\n' "$SECONDS" "$line"; done
rc=${PIPESTATUS[0]}
set -e
echo "fresh-ci: .ci/run exit $rc after $SECONDS s"
exit $rc
