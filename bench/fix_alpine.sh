#!/bin/bash
# Time and peak RSS of `drydock fix` on the Alpine 3.20.3 minirootfs, with the
# repository (index and packages) in a local directory: no network, so the
# figure is drydock's own work (scan, verification, patch layer, write,
# rescan). One machine, best of 3.
#   bench/fix_alpine.sh BUILD_DIR [SHARED_DIR]     (SHARED_DIR default: ../shared)
set -euo pipefail
build=${1:?usage: fix_alpine.sh BUILD_DIR [SHARED_DIR]}
src=$(cd "$(dirname "$0")/.." && pwd)
shared=${2:-$src/../shared}
tgz=$shared/data/images/alpine/alpine-minirootfs-3.20.3-x86_64.tar.gz
T=$(mktemp -d /tmp/dd-fix-bench.XXXXXX)
trap 'rm -rf "$T"' EXIT
"$build/drydock" db import --db "$T/db" "$shared/data/vulndb/alpine-secdb" > /dev/null
mkdir -p "$T/root" "$T/keys/etc/apk/keys"
tar -xzf "$tgz" -C "$T/root" 2>/dev/null
openssl genrsa -out "$T/key.pem" 2048 2>/dev/null
openssl rsa -in "$T/key.pem" -pubout -out "$T/keys/etc/apk/keys/bench.rsa.pub" 2>/dev/null
python3 "$src/tests/lib/mkimage.py" oci "$T/img" "$tgz" "DIR=$T/keys" --tag 3.20
python3 "$src/tests/fix/apk_repo.py" "$T/root" "$T/repo" "$T/key.pem" bench.rsa.pub \
	busybox=1.36.1-r31 busybox-binsh=1.36.1-r31 ssl_client=1.36.1-r31 musl=1.2.5-r3 musl-utils=1.2.5-r3
echo "$T/repo" > "$T/sources"
best=""
for i in 1 2 3; do
	/usr/bin/time -f '%e %M' -o "$T/time" "$build/drydock" fix --db "$T/db" --sources "$T/sources" \
		--ids CVE-2024-58251,CVE-2025-26519 --format json --to "oci:$T/img:run$i" "oci:$T/img:3.20" > "$T/out.json"
	read -r secs rss < "$T/time"
	echo "run $i: ${secs} s, peak RSS ${rss} KB"
	[ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a < b)}' && best=$secs
done
python3 - "$T/out.json" "$T/repo/x86_64" <<'PY'
import json, os, sys
r = json.load(open(sys.argv[1]))
apks = sum(os.path.getsize(os.path.join(sys.argv[2], "%s-%s.apk" % (u["name"], u["to"]))) for u in r["upgrades"])
print("upgrades:", ", ".join("%s %s" % (u["name"], u["to"]) for u in r["upgrades"]))
print("patch layer: %d bytes compressed; the upgraded .apk files: %d bytes" % (r["patch_layer"]["size"], apks))
PY
echo "best of 3: ${best} s"
