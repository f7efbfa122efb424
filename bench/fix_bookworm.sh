#!/bin/bash
# Time and peak RSS of `drydock fix` on the debootstrap bookworm minbase
# image (tests/lib/debootstrap.sh), with the repository in a local cache
# directory: the host's Debian entries (bookworm, -updates, -security)
# mirrored once into it (each InRelease and main/binary-amd64/Packages.{gz,xz},
# and the .debs the fix needs, by their Filename), then --sources with file:
# URIs and --package-dir. No network in the timed runs, so the figure is
# drydock's own work: scan, gpgv, index parsing, patch layer, write, rescan.
# Reports the patch layer's size beside the upgraded .debs' size and their
# Installed-Size. Best of 3. Needs root only when the image is not cached.
#   bench/fix_bookworm.sh BUILD_DIR [SHARED_DIR]     (SHARED_DIR default: ../shared)
set -euo pipefail
build=$(cd "${1:?usage: fix_bookworm.sh BUILD_DIR [SHARED_DIR]}" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
shared=${2:-$src/../shared}
T=$(mktemp -d /tmp/dd-fix-bench.XXXXXX)
trap 'rm -rf "$T"' EXIT
sources=$(python3 "$src/tests/lib/host_debian_sources.py")
mirror=$(python3 "$src/tests/lib/host_debian_sources.py" --mirror)
oci=$(DD_BUILD_DIR=$build DD_DEBIAN_MIRROR=$mirror bash "$src/tests/lib/debootstrap.sh" --oci)
cp -r "$oci" "$T/img"
"$build/drydock" db import --quiet --db "$T/db" "$shared/data/vulndb/osv/Debian" > /dev/null

# the local cache: one directory per source, the same layout as the mirror
printf '%s\n' "$sources" > "$T/net.sources"
: > "$T/local.sources"
n=0
while read -r uri suite; do
	d="$T/cache/$n"
	mkdir -p "$d/dists/$suite/main/binary-amd64"
	curl -fsS -o "$d/dists/$suite/InRelease" "$uri/dists/$suite/InRelease"
	# what the signed Release lists (bookworm has .gz and .xz, -updates and -security .xz only)
	for ext in gz xz; do
		grep -q " main/binary-amd64/Packages.$ext\$" "$d/dists/$suite/InRelease" || continue
		curl -fsS -o "$d/dists/$suite/main/binary-amd64/Packages.$ext" "$uri/dists/$suite/main/binary-amd64/Packages.$ext"
	done
	printf 'Types: deb\nURIs: file:%s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n' \
		"$d" "$suite" >> "$T/local.sources"
	echo "$uri $n" >> "$T/origins"
	n=$((n + 1))
done < <(awk '/^URIs:/{u=$2} /^Suites:/{print u, $2}' "$T/net.sources")
# which packages: a dry run against the mirror, then their .debs by Filename
"$build/drydock" fix --db "$T/db" --sources "$T/net.sources" --dry-run --format json "oci:$T/img:bookworm" > "$T/plan.json"
mkdir -p "$T/debs"
for nv in $(jq -r '.upgrades[] | "\(.name)=\(.to)"' "$T/plan.json"); do
	name=${nv%%=*} ver=${nv#*=}
	for d in "$T"/cache/*; do
		f=$(xz -dc "$d"/dists/*/main/binary-amd64/Packages.xz | awk -v n="$name" -v v="$ver" '
			/^Package: /{p=$2} /^Version: /{ver=$2} /^Filename: /{f=$2} /^$/{if(p==n&&ver==v){print f} p=""}' | head -n 1)
		if [ -n "$f" ]; then
			uri=$(awk -v k="$(basename "$d")" '$2==k{print $1}' "$T/origins")
			curl -fsS -o "$T/debs/$(basename "$f")" "$uri/$f"
			break
		fi
	done
done
best=""
for i in 1 2 3; do
	/usr/bin/time -f '%e %M %U %S' -o "$T/time" "$build/drydock" fix --db "$T/db" --sources "$T/local.sources" \
		--package-dir "$T/debs" --format json --to "oci:$T/img:run$i" "oci:$T/img:bookworm" > "$T/out.json"
	read -r secs rss usr sys < "$T/time"
	# CPU time too: on a shared machine the wall clock measures the neighbours
	echo "run $i: ${secs} s wall, ${usr} s user + ${sys} s sys, peak RSS ${rss} KB"
	if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$secs; fi
done
debs=0 inst=0
for f in "$T"/debs/*.deb; do
	debs=$((debs + $(stat -c %s "$f")))
	inst=$((inst + $(dpkg-deb -f "$f" Installed-Size) * 1024))
done
echo "upgrades: $(jq -r '[.upgrades[] | "\(.name) \(.to)"] | join(", ")' "$T/out.json")"
echo "patch layer: $(jq -r '.patch_layer.size' "$T/out.json") bytes compressed; the upgraded .debs: $debs bytes, Installed-Size $inst bytes"
echo "best of 3: ${best} s"
