#!/bin/bash
# The jar part of issue 4's performance check: what 300 Java archives add to
# an image's inventory. Two OCI images on this machine, in one run:
#   os    = one layer of this machine's /usr (no archives) and its dpkg status
#   os+jars = the same plus one layer of 300 archives made of the real jars in
#           /usr/share/java: 200 plain copies, 5 Spring Boot style fat jars
#           (10 STORED jars each under BOOT-INF/lib) and 5 WARs (9 deflated
#           jars each under WEB-INF/lib)
#   os+bins = os+jars with every archive renamed *.bin: the same layer bytes,
#           read but claimed by no analyzer, so os+jars minus os+bins is the
#           analyzer's own cost
# Each `drydock sbom` runs 5 times (no cache), interleaved; the best CPU
# (user+sys) and wall times are compared. A second run reuses WORK_DIR's images.
# Prints the added time, ms per archive and MB/s of archive bytes, for the
# central-directory path and for the streaming path (DRYDOCK_JAR_STREAM=1).
#   bench/java_jars.sh BUILD_DIR WORK_DIR [OS_MB]
set -euo pipefail
build=${1:?usage: java_jars.sh BUILD_DIR WORK_DIR [OS_MB]}
work=${2:?}
os_mb=${3:-400}
drydock="$build/drydock"
src=$(cd "$(dirname "$0")/.." && pwd)
build_images() {
	rm -rf "$work"
	mkdir -p "$work/os/var/lib/dpkg" "$work/os/etc" "$work/jars"
	cp /etc/os-release "$work/os/etc/os-release"
	cp /var/lib/dpkg/status "$work/os/var/lib/dpkg/status"
	# the OS layer: files of /usr up to os_mb, no Java archives
	find /usr -xdev -type f -size -32M ! -name '*.jar' ! -name '*.war' ! -name '*.ear' -printf '%s %p\n' 2>/dev/null |
		sort -k2 | awk -v max=$((os_mb * 1048576)) '{ acc += $1 } acc <= max { print substr($2, 2) }' > "$work/os.list"
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
	python3 "$src/tests/lib/mkimage.py" oci "$work/img-os" "$work/os-usr.tar" "$work/os-meta.tar" --tag t
	python3 "$src/tests/lib/mkimage.py" oci "$work/img-jars" "$work/os-usr.tar" "$work/os-meta.tar" "DIR=$work/jars" --tag t
	# the same bytes under names no analyzer claims: what reading them costs anyway
	cp -r "$work/jars" "$work/bins"
	find "$work/bins" -type f | while read -r f; do mv "$f" "$f.bin"; done
	python3 "$src/tests/lib/mkimage.py" oci "$work/img-bins" "$work/os-usr.tar" "$work/os-meta.tar" "DIR=$work/bins" --tag t
}
ls /usr/share/java/*.jar > /dev/null 2>&1 || { echo "no jars in /usr/share/java (scripts/deps/java.txt)"; exit 1; }
if [ ! -d "$work/img-bins" ]; then   # reused by later runs
	build_images
fi
jar_mb=$(du -sm "$work/jars" | cut -f1)
# CPU seconds (user + sys) and wall seconds of one `drydock sbom`
run() {
	/usr/bin/time -f '%U %S %e' -o "$work/time" "$drydock" sbom --format json -o "$work/out-$2.json" "oci:$1:t"
	awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' "$work/time"
}
cat "$work"/img-*/blobs/sha256/* > /dev/null
# rounds interleave the images, so load from other users hits all alike;
# the minimum of each is kept
declare -A cpu wall
for k in os bins jars stream; do cpu[$k]=999; wall[$k]=999; done
for round in 1 2 3 4 5; do
	for k in os bins jars stream; do
		case $k in
		os) r=$(run "$work/img-os" $k) ;;
		bins) r=$(run "$work/img-bins" $k) ;;
		jars) r=$(run "$work/img-jars" $k) ;;
		stream) r=$(DRYDOCK_JAR_STREAM=1 run "$work/img-jars" $k) ;;
		esac
		read -r c w <<< "$r"
		cpu[$k]=$(awk -v a="${cpu[$k]}" -v b="$c" 'BEGIN { print (b < a) ? b : a }')
		wall[$k]=$(awk -v a="${wall[$k]}" -v b="$w" 'BEGIN { print (b < a) ? b : a }')
	done
done
pk=$(jq '[.packages[] | select(.type == "maven")] | length' "$work/out-jars.json")
pks=$(jq '[.packages[] | select(.type == "maven")] | length' "$work/out-stream.json")
complete=$(jq .complete "$work/out-jars.json")
for m in cpu wall; do
	declare -n t=$m
	awk -v m="$m" -v os="${t[os]}" -v b="${t[bins]}" -v j="${t[jars]}" -v s="${t[stream]}" -v mb="$jar_mb" 'BEGIN {
		printf "%s seconds (best of 5):\n", m
		printf "  OS-only inventory (one /usr layer + dpkg status):  %.3f\n", os
		printf "  + the archives renamed .bin (read, not parsed):    %.3f  %+.1f%%\n", b, (b - os) / os * 100
		printf "  + 300 archives (%d MB):                            %.3f  %+.1f%%; over the .bin image (the same image, OS-only) %+.1f%%: %.2f ms/archive, %.0f MB/s\n", mb, j, (j - os) / os * 100, (j - b) / b * 100, (j - b) * 1000 / 300, (j > b) ? mb / (j - b) : 0
		printf "  same, streamed (DRYDOCK_JAR_STREAM=1):             %.3f  %+.1f%%; over the .bin image %+.1f%%: %.2f ms/archive\n", s, (s - os) / os * 100, (s - b) / b * 100, (s - b) * 1000 / 300
	}'
	unset -n t
done
echo "maven packages: $pk (streamed: $pks), complete=$complete"
