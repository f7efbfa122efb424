#!/bin/bash
# Hostile input to the dpkg fix backend, each signed and listed correctly
# (a compromised or malicious repository, a crafted image), each a clear
# error, exit 3, nothing written, memory bounded (peak RSS measured):
#   a Packages.xz that inflates past the 128 MiB index cap (a bomb),
#   a .deb whose data.tar names ../ (climbing out), one with a symlink whose
#   relative target leaves the root, one whose data.tar is a bomb,
#   an image whose var/lib/dpkg/status is 100 MB.
# ctest-labels: normal-only
. "$DD_SOURCE_DIR/tests/lib/common.sh"
. "$DD_SOURCE_DIR/tests/lib/apt_repo.sh"
apt_tools_or_skip
need_cmd /usr/bin/time

apt_fixture

index_sum() { sha256sum "$TMP/oci/index.json" | cut -d' ' -f1; }
# hostile WHAT MESSAGE MAX_RSS_MB [IMAGE]
hostile() {
	local before rc=0 rss
	before=$(index_sum)
	/usr/bin/time -f '%M' -o "$TMP/rss" "$DRYDOCK" fix --db "$TMP/db" "oci:${4:-$TMP/oci:1.0}" \
		> "$TMP/out" 2> "$TMP/err" || rc=$?
	[ $rc = 3 ] || fail "$1: exit $rc, want 3: $(head -c 600 "$TMP/err")"
	grep -q -- "$2" "$TMP/err" || fail "$1: stderr lacks '$2': $(head -c 600 "$TMP/err")"
	[ "$(index_sum)" = "$before" ] || fail "$1: the layout changed although the fix failed"
	rss=$(( $(tail -n 1 "$TMP/rss") / 1024 ))
	[ "$rss" -le "$3" ] || fail "$1: peak RSS $rss MB over $3 MB"
	echo "ok: $1 -> exit 3, peak RSS $rss MB ($(grep -o -- "$2.*" "$TMP/err" | head -c 140))"
}

# re-signs the repository after a change to its pool or indexes
resign() {
	(cd "$TMP/repo/dists/stable" && apt-ftparchive -o APT::FTPArchive::Release::Suite=stable \
		-o APT::FTPArchive::Release::Components=main -o APT::FTPArchive::Release::Architectures=amd64 \
		release . > Release)
	rm -f "$TMP/repo/dists/stable/InRelease"
	GNUPGHOME="$TMP/key" gpg --batch --quiet --clearsign -o "$TMP/repo/dists/stable/InRelease" \
		"$TMP/repo/dists/stable/Release"
}
reindex() { apt_repo "$TMP/repo" "$TMP/key"; }

# ---- a Packages bomb: 256 MiB of zeros (over the 128 MiB index cap), xz-ed to ~40 KB
bin="$TMP/repo/dists/stable/main/binary-amd64"
cp "$bin/Packages.xz" "$TMP/Packages.xz.good"
head -c 268435456 /dev/zero | xz -0 -T1 > "$bin/Packages.xz"
rm -f "$bin/Packages"
resign
hostile "Packages bomb" "decompression bomb" 400
cp "$TMP/Packages.xz.good" "$bin/Packages.xz"
xz -dkc "$bin/Packages.xz" > "$bin/Packages"

# ---- crafted .debs (python: ar + tar with names dpkg-deb refuses to make)
craft() { # NAME KIND
	python3 - "$pool/$1_1.0-2_amd64.deb" "$2" "$1" <<'PY'
import io, lzma, sys, tarfile, time
out, kind, name = sys.argv[1:4]
def tar(entries):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as t:
        for n, typ, data, link in entries:
            i = tarfile.TarInfo(n); i.type = typ; i.mode = 0o755 if typ == tarfile.DIRTYPE else 0o644
            i.mtime = int(time.time()); i.linkname = link or ""
            i.size = len(data) if data else 0
            t.addfile(i, io.BytesIO(data) if data else None)
    return b.getvalue()
control = tar([("./", tarfile.DIRTYPE, None, None), ("./control", tarfile.REGTYPE,
    ("Package: %s\nVersion: 1.0-2\nArchitecture: amd64\nMaintainer: t <t@e>\nDescription: hostile\n" % name).encode(), None)])
if kind == "dotdot":
    data = lzma.compress(tar([("./usr/", tarfile.DIRTYPE, None, None), ("./usr/../../etc/evil", tarfile.REGTYPE, b"x", None)]))
elif kind == "symlink":
    data = lzma.compress(tar([("./usr/", tarfile.DIRTYPE, None, None), ("./usr/escape", tarfile.SYMTYPE, None, "../../../../etc/shadow")]))
else:  # bomb: one 1 GiB file of zeros (the ratio cap stops it at 256 MiB)
    c = lzma.LZMACompressor(preset=0)
    hdr = tarfile.TarInfo("./usr/bomb"); hdr.size = 1 << 30; hdr.mode = 0o644
    parts = [c.compress(hdr.tobuf(format=tarfile.GNU_FORMAT))]
    chunk = bytes(1 << 20)
    for _ in range(1 << 10):
        parts.append(c.compress(chunk))
    parts.append(c.flush())
    data = b"".join(parts)
def member(n, b):
    h = "%-16s%-12d%-6d%-6d%-8s%-10d`\n" % (n, 0, 0, 0, "100644", len(b))
    return h.encode() + b + (b"\n" if len(b) % 2 else b"")
with open(out, "wb") as f:
    f.write(b"!<arch>\n" + member("debian-binary", b"2.0\n") + member("control.tar", control) + member("data.tar.xz", data))
PY
}
cp "$pool/libddfix1_1.0-2_amd64.deb" "$TMP/lib.good"
craft libddfix1 dotdot
reindex
hostile "data.tar with ../" "climbs out of the image root" 200
craft libddfix1 symlink
reindex
hostile "symlink leaving the root" "leaves the image root" 200
craft libddfix1 bomb
reindex
hostile "data.tar bomb" "decompression bomb" 300
cp "$TMP/lib.good" "$pool/libddfix1_1.0-2_amd64.deb"
reindex

# ---- a 100 MB dpkg status
python3 - "$TMP/root/var/lib/dpkg/status" <<'PY'
import sys
with open(sys.argv[1], "a") as f:
    i = 0
    while f.tell() < 100 << 20:
        f.write("Package: filler%d\nStatus: install ok installed\nVersion: 1.0\nArchitecture: amd64\n"
                "Description: filler\n %s\n\n" % (i, "x" * 900))
        i += 1
PY
tar --numeric-owner -C "$TMP/root" -cf "$TMP/big.tar" .
mkimage oci "$TMP/oci-big" "$TMP/big.tar" --tag 1.0 > /dev/null
hostile "100 MB status" "var/lib/dpkg/status" 400 "$TMP/oci-big:1.0"
