#!/bin/bash
# Builds a large multi-layer gzip OCI image from this machine's own files, with
# content that every scanner really works on:
#   bench/make_large_image.sh OUTDIR [TOTAL_MB] [LAYERS]
# Default: about 2048 MB uncompressed in 8 layers, gzip-compressed with
# igzip -1 (as fast registries do).
#   - an even, deterministic sample of this machine's /usr (binaries,
#     libraries, headers, docs, scripts: realistic compression ratios and a
#     realistic share of text for the secret scanner and of candidates for
#     the malware scanner), in path order, cut into layers by size, so each
#     layer is a coherent subtree as in real images;
#   - in the first layer, the OS: etc/os-release, var/lib/dpkg/status (the
#     vulnerability scanner's input), passwd/group/shadow (locked accounts),
#     login.defs and sshd_config (the baseline checks' input);
#   - in the last layer, applications: every jar of /usr/share/java,
#     /usr/lib/node_modules and /usr/lib/python3/dist-packages in full, and
#     the secret scanner's fixture tree (tests/data/checks/secrets/rootfs:
#     fake keys and tokens, a wp-config.php in a web root) so findings are
#     produced and written.
# The config carries a few history entries, so the build-history check has
# something to read.
set -euo pipefail
out=${1:?usage: make_large_image.sh OUTDIR [TOTAL_MB] [LAYERS]}
total_mb=${2:-2048}
layers=${3:-8}
src=$(cd "$(dirname "$0")/.." && pwd)
command -v igzip > /dev/null || { echo "igzip missing (Debian package isal)" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/blobs/sha256"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the OS files, in a staging tree (they are not all where we can read them:
# /etc/shadow holds this machine's hashes, so a locked copy is made instead)
os=$work/os
mkdir -p "$os/etc/ssh" "$os/var/lib/dpkg"
cp /etc/os-release "$os/etc/os-release" 2> /dev/null || cp /usr/lib/os-release "$os/etc/os-release"
cp /var/lib/dpkg/status "$os/var/lib/dpkg/status"
cp /etc/passwd /etc/group "$os/etc/"
cut -d: -f1 /etc/passwd | awk '{ print $1 ":*:19000:0:99999:7:::" }' > "$os/etc/shadow"
cp /etc/login.defs "$os/etc/" 2> /dev/null || true
cp /etc/ssh/sshd_config "$os/etc/ssh/" 2> /dev/null || printf 'PermitRootLogin prohibit-password\n' > "$os/etc/ssh/sshd_config"
app=$work/app
mkdir -p "$app"
cp -a "$src/tests/data/checks/secrets/rootfs/." "$app/"

python3 - "$work" "$total_mb" "$layers" <<'PY'
import os, sys, zlib
work, total_mb, layers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
budget = total_mb << 20
def files_under(top, limit=64 << 20):
    for d, dirs, names in os.walk(top):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(d, n)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if os.path.isfile(p) and not os.path.islink(p) and st.st_size < limit and os.access(p, os.R_OK):
                yield p, st.st_size
# applications: in full
apps = ["/usr/share/java", "/usr/lib/node_modules", "/usr/lib/python3/dist-packages"]
app_files = [f for top in apps for f in files_under(top)]
app_set = {p for p, _ in app_files}
budget -= sum(s for _, s in app_files)
# the rest of /usr: an even sample by a hash of the path, so every subtree
# is represented and the same machine gives the same image
rest = [(p, s) for p, s in files_under("/usr") if p not in app_set]
total = sum(s for _, s in rest)
frac = min(1.0, max(budget, 0) / total) if total else 0
pick = [(p, s) for p, s in rest if zlib.crc32(p.encode()) / 2**32 < frac]
pick.sort()
per_layer = sum(s for _, s in pick) / max(layers, 1)
lists = [[] for _ in range(layers)]
acc, k = 0, 0
for p, s in pick:
    if acc >= per_layer * (k + 1) and k < layers - 1:
        k += 1
    lists[k].append(p[1:])
    acc += s
lists[-1].extend(p[1:] for p, _ in app_files)
for i, l in enumerate(lists):
    with open(os.path.join(work, "list%d" % i), "w") as fp:
        fp.write("".join(x + "\n" for x in l))
PY
(cd "$os" && find . -mindepth 1 | sed 's|^\./||' | sort) > "$work/oslist"
(cd "$app" && find . -mindepth 1 | sed 's|^\./||' | sort) > "$work/applist"

diff_ids=(); descs=(); raw_total=0
for i in $(seq 0 $((layers - 1))); do
	extra=()
	[ "$i" -eq 0 ] && extra+=(-C "$os" -T "$work/oslist")
	[ "$i" -eq $((layers - 1)) ] && extra+=(-C "$app" -T "$work/applist")
	tar -cf "$work/layer.tar" --no-recursion -C / -T "$work/list$i" "${extra[@]}" 2> /dev/null || true
	diff_ids+=("sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)")
	raw_total=$((raw_total + $(stat -c %s "$work/layer.tar")))
	igzip -1 -c "$work/layer.tar" > "$work/layer.tgz"
	d=$(sha256sum "$work/layer.tgz" | cut -d' ' -f1)
	mv "$work/layer.tgz" "$out/blobs/sha256/$d"
	descs+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$d\",\"size\":$(stat -c %s "$out/blobs/sha256/$d")}")
	rm -f "$work/layer.tar"
done
ids=$(printf '"%s",' "${diff_ids[@]}"); ids=${ids%,}
# one history entry per layer, then two config-only steps
hist='{"created_by":"/bin/sh -c #(nop) ADD file:0123456789abcdef in / "}'
for i in $(seq 1 $((layers - 1))); do
	if [ "$i" -eq 1 ]; then   # one risky step: a download piped to a shell
		hist+=',{"created_by":"/bin/sh -c curl -fsSL https://get.example.com/install.sh | sh"}'
		continue
	fi
	hist+=",{\"created_by\":\"/bin/sh -c apt-get update \\u0026\\u0026 apt-get install -y --no-install-recommends tool$i \\u0026\\u0026 rm -rf /var/lib/apt/lists/*\"}"
done
hist+=',{"created_by":"/bin/sh -c #(nop)  USER app","empty_layer":true},{"created_by":"/bin/sh -c #(nop)  CMD [\"/usr/bin/bash\"]","empty_layer":true}'
config="{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":\"app\",\"Cmd\":[\"/usr/bin/bash\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[$ids]},\"history\":[$hist]}"
printf '%s' "$config" > "$work/config"
cd_=$(sha256sum "$work/config" | cut -d' ' -f1); mv "$work/config" "$out/blobs/sha256/$cd_"
ls_=$(printf '%s,' "${descs[@]}"); ls_=${ls_%,}
manifest="{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:$cd_\",\"size\":${#config}},\"layers\":[$ls_]}"
printf '%s' "$manifest" > "$work/manifest"
md=$(sha256sum "$work/manifest" | cut -d' ' -f1); mv "$work/manifest" "$out/blobs/sha256/$md"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%d}]}' "$md" "${#manifest}" > "$out/index.json"
printf '{"imageLayoutVersion":"1.0.0"}' > "$out/oci-layout"
echo "built $out: $layers layers, $((raw_total >> 20)) MB uncompressed, $(du -sm "$out" | cut -f1) MB compressed"
