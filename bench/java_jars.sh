#!/bin/bash
# The jar part of issue 4's performance check: what 300 Java archives add to
# an image's inventory. Two OCI images on this machine, in one run:
#   os    = one layer of this machine's /usr (no archives) and its dpkg status
#   os+jars = the same plus one layer of 300 archives made of the real jars in
#           /usr/share/java: 200 plain copies, 5 Spring Boot style fat jars
#           (10 STORED jars each under BOOT-INF/lib) and 5 WARs (9 deflated
#           jars each under WEB-INF/lib)
# Each `drydock sbom` runs 3 times (no cache); the best times are compared.
# Prints the added time, ms per archive and MB/s of archive bytes, for the
# central-directory path and for the streaming path (DRYDOCK_JAR_STREAM=1).
#   bench/java_jars.sh BUILD_DIR WORK_DIR [OS_MB]
set -euo pipefail
build=${1:?usage: java_jars.sh BUILD_DIR WORK_DIR [OS_MB]}
work=${2:?}
os_mb=${3:-400}
drydock="$build/drydock"
src=$(cd "$(dirname "$0")/.." && pwd)
ls /usr/share/java/*.jar > /dev/null 2>&1 || { echo "no jars in /usr/share/java (scripts/deps/java.txt)"; exit 1; }
rm -rf "$work"
mkdir -p "$work/os/var/lib/dpkg" "$work/os/etc" "$work/jars"
cp /etc/os-release "$work/os/etc/os-release"
cp /var/lib/dpkg/status "$work/os/var/lib/dpkg/status"
# the OS layer: files of /usr up to os_mb, no Java archives
find /usr -xdev -type f -size -32M ! -name '*.jar' ! -name '*.war' ! -name '*.ear' -printf '%s %p\n' 2>/dev/null |
	sort -k2 | awk -v max=$((os_mb * 1048576)) '{ acc += $1; if (acc > max) exit; print substr($2, 2) }' > "$work/os.list"
tar -C / --no-recursion -cf "$work/os-usr.tar" -T "$work/os.list" 2>/dev/null || true
tar -C "$work/os" -cf "$work/os-meta.tar" etc var
python3 - "$work/jars" <<'EOF'
import io, os, shutil, sys, zipfile
out = sys.argv[1]
real = sorted(os.path.join("/usr/share/java", f) for f in os.listdir("/usr/share/java")
              if f.endswith(".jar") and os.path.isfile(os.path.join("/usr/share/java", f))
              and not os.path.islink(os.path.join("/usr/share/java", f)))
def pick(i):
    return real[i % len(real)]
n = 0
for i in range(200):
    d = os.path.join(out, "opt/app%02d/lib" % (i // 20))
    os.makedirs(d, exist_ok=True)
    shutil.copy(pick(i), os.path.join(d, "%03d-%s" % (i, os.path.basename(pick(i)))))
    n += 1
def archive(path, prefix, members, method):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n")
        for m in members:
            z.write(m, prefix + os.path.basename(m), compress_type=method)
os.makedirs(os.path.join(out, "srv"), exist_ok=True)
for k in range(5):
    archive(os.path.join(out, "srv/boot-%d.jar" % k), "BOOT-INF/lib/", [pick(200 + k * 10 + j) for j in range(10)],
            zipfile.ZIP_STORED)
    archive(os.path.join(out, "srv/web-%d.war" % k), "WEB-INF/lib/", [pick(260 + k * 9 + j) for j in range(9)],
            zipfile.ZIP_DEFLATED)
    n += 2 + 10 + 9
print(f"{n} archives", file=sys.stderr)
EOF
jar_mb=$(du -sm "$work/jars" | cut -f1)
python3 "$src/tests/lib/mkimage.py" oci "$work/img-os" "$work/os-usr.tar" "$work/os-meta.tar" --tag t
python3 "$src/tests/lib/mkimage.py" oci "$work/img-jars" "$work/os-usr.tar" "$work/os-meta.tar" "DIR=$work/jars" --tag t
best() {   # best of 3 wall times of drydock sbom, seconds
	local img=$1 b=999 t0 t1 t
	for _ in 1 2 3; do
		t0=$(date +%s.%N)
		"$drydock" sbom --format json -o "$work/out.json" "oci:$img:t"
		t1=$(date +%s.%N)
		t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
		b=$(awk -v a="$b" -v c="$t" 'BEGIN { print (c < a) ? c : a }')
	done
	echo "$b"
}
cat "$work"/img-*/blobs/sha256/* > /dev/null
os=$(best "$work/img-os")
jars=$(best "$work/img-jars")
pk=$(jq '[.packages[] | select(.type == "maven")] | length' "$work/out.json")
complete=$(jq .complete "$work/out.json")
stream=$(DRYDOCK_JAR_STREAM=1 best "$work/img-jars")
pk_s=$(jq '[.packages[] | select(.type == "maven")] | length' "$work/out.json")
awk -v os="$os" -v j="$jars" -v s="$stream" -v mb="$jar_mb" -v pk="$pk" -v pks="$pk_s" -v c="$complete" 'BEGIN {
	printf "OS-only inventory (%s):                %.3f s\n", "one /usr layer + dpkg status", os
	printf "OS + 300 archives (%d MB of jars):     %.3f s   +%.1f%%   %.2f ms/archive   %.0f MB/s of archive bytes   %d maven packages, complete=%s\n", mb, j, (j - os) / os * 100, (j - os) * 1000 / 300, mb / (j - os), pk, c
	printf "same, streamed (DRYDOCK_JAR_STREAM=1): %.3f s   +%.1f%%   %.2f ms/archive   %.0f MB/s   %d maven packages\n", s, (s - os) / os * 100, (s - os) * 1000 / 300, mb / (s - os), pks
}'
