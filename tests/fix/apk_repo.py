#!/usr/bin/env python3
"""Builds a signed APK repository from an Alpine root's own files, as
abuild and apk-tools 2 lay one out, for the drydock fix tests.

  apk_repo.py ROOT OUTDIR KEY.pem KEYNAME NAME=NEWVERSION... [--drop NAME:PATH]...
              [--dep NAME:TOKEN]... [--arch x86_64]

Each named package is rebuilt from the files ROOT/lib/apk/db/installed lists
for it, at NEWVERSION: OUTDIR/ARCH/NAME-NEWVERSION.apk made of three gzip
members (signature tar, control tar with .PKGINFO and the scripts
lib/apk/db/scripts.tar holds, data tar with APK-TOOLS.checksum.SHA1 PAX
headers), and OUTDIR/ARCH/APKINDEX.tar.gz (signature member + index member).
The signature and control tars are cut (no end-of-archive blocks), as
abuild-tar --cut leaves them. Exact version pins between rebuilt packages
(D:, p:, i:) follow the new versions. --drop leaves a file out of the new
version (the fix must white it out); --dep adds a dependency token.
"""
import argparse, base64, gzip, hashlib, io, os, subprocess, tarfile, tempfile

def records(text):
    for block in text.split("\n\n"):
        lines = [l for l in block.split("\n") if len(l) > 1 and l[1] == ":"]
        if lines:
            yield lines

def field(lines, k):
    for l in lines:
        if l[0] == k:
            return l[2:]
    return None

def cut_tar(members):
    """A tar of (TarInfo, bytes) without the end-of-archive blocks."""
    b = io.BytesIO()
    tf = tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT)
    for ti, data in members:
        tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    end = tf.offset
    tf.fileobj = io.BytesIO()  # the end blocks go nowhere
    tf.close()
    return b.getvalue()[:end]

def sign(data, key, keyname):
    sig = subprocess.run(["openssl", "dgst", "-sha1", "-sign", key], input=data, capture_output=True, check=True).stdout
    ti = tarfile.TarInfo(".SIGN.RSA." + keyname)
    ti.size = len(sig)
    ti.mode = 0o644
    return gzip.compress(cut_tar([(ti, sig)]), mtime=0)

def q1(data):
    return "Q1" + base64.b64encode(hashlib.sha1(data).digest()).decode()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root"); ap.add_argument("out"); ap.add_argument("key"); ap.add_argument("keyname")
    ap.add_argument("pkgs", nargs="+")
    ap.add_argument("--drop", action="append", default=[])
    ap.add_argument("--dep", action="append", default=[])
    ap.add_argument("--arch", default="x86_64")
    ap.add_argument("--script", action="append", default=[], help="NAME:SCRIPT=FILE a maintainer script (post-upgrade)")
    ap.add_argument("--evil", action="append", default=[], help="NAME:TARNAME a file under a hostile name")
    ap.add_argument("--evil-link", action="append", default=[], help="NAME:PATH=TARGET a symlink")
    ap.add_argument("--index-bomb", type=int, default=0, help="MiB of padding in APKINDEX")
    a = ap.parse_args()
    want = dict(p.split("=", 1) for p in a.pkgs)
    db = open(os.path.join(a.root, "lib/apk/db/installed"), encoding="utf-8").read()
    recs = {field(r, "P"): r for r in records(db)}
    oldv = {n: field(recs[n], "V") for n in want}
    scripts = {}
    with tarfile.open(os.path.join(a.root, "lib/apk/db/scripts.tar")) as st:
        for m in st.getmembers():
            scripts.setdefault(m.name.split(".Q1")[0], []).append((m.name.rsplit(".", 1)[1], st.extractfile(m).read()))
    triggers = {}
    for line in open(os.path.join(a.root, "lib/apk/db/triggers"), encoding="utf-8"):
        c, _, paths = line.strip().partition(" ")
        triggers[c] = paths
    drops = {}
    for d in a.drop:
        n, _, p = d.partition(":")
        drops.setdefault(n, set()).add(p)
    deps = {}
    for d in a.dep:
        n, _, t = d.partition(":")
        deps.setdefault(n, []).append(t)

    def repin(value):
        out = []
        for tok in (value or "").split():
            for n, nv in want.items():
                if tok.endswith("=" + oldv[n]) and (tok[:-len(oldv[n]) - 1] == n or tok.startswith(("cmd:", "so:", "/"))):
                    tok = tok[:-len(oldv[n])] + nv
            out.append(tok)
        return " ".join(out)

    os.makedirs(os.path.join(a.out, a.arch), exist_ok=True)
    index = []
    for name, newv in want.items():
        r = recs[name]
        data = []
        d_cur, size = None, 0
        for l in r:
            k, v = l[0], l[2:]
            if k == "F":
                d_cur = v
                ti = tarfile.TarInfo(v); ti.type = tarfile.DIRTYPE; ti.mode = 0o755; ti.mtime = 1700000000
                data.append([ti, None])
            elif k == "M":
                u, g, m = v.split(":"); data[-1][0].mode = int(m, 8); data[-1][0].uid = int(u); data[-1][0].gid = int(g)
            elif k == "R":
                path = d_cur + "/" + v
                full = os.path.join(a.root, path)
                ti = tarfile.TarInfo(path); ti.mtime = 1700000000
                st_ = os.lstat(full)
                ti.mode = st_.st_mode & 0o7777
                if os.path.islink(full):
                    ti.type = tarfile.SYMTYPE; ti.linkname = os.readlink(full); content = None
                    ti.pax_headers = {"APK-TOOLS.checksum.SHA1": hashlib.sha1(ti.linkname.encode()).hexdigest()}
                else:
                    content = open(full, "rb").read(); ti.size = len(content); size += len(content)
                    ti.pax_headers = {"APK-TOOLS.checksum.SHA1": hashlib.sha1(content).hexdigest()}
                if path in drops.get(name, ()):
                    continue
                data.append([ti, content])
        for e in a.evil:
            n, _, tn = e.partition(":")
            if n == name:
                ti = tarfile.TarInfo(tn); ti.size = 5; ti.mode = 0o644
                data.append([ti, b"evil\n"])
        for e in a.evil_link:
            n, _, rest = e.partition(":")
            pth, _, tgt = rest.partition("=")
            if n == name:
                ti = tarfile.TarInfo(pth); ti.type = tarfile.SYMTYPE; ti.linkname = tgt
                data.append([ti, None])
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as tf:
            for ti, content in data:
                tf.addfile(ti, io.BytesIO(content) if content is not None else None)
        data_gz = gzip.compress(b.getvalue(), mtime=0)
        dep = " ".join(x for x in [repin(field(r, "D"))] + deps.get(name, []) if x)
        info = [("pkgname", name), ("pkgver", newv), ("pkgdesc", field(r, "T")), ("url", field(r, "U")),
                ("builddate", field(r, "t")), ("packager", field(r, "m")), ("size", str(size)),
                ("arch", a.arch), ("origin", field(r, "o")), ("commit", field(r, "c")),
                ("maintainer", field(r, "m")), ("license", field(r, "L"))]
        for k, f in (("replaces", "r"), ("provides", "p"), ("install_if", "i")):
            v = repin(field(r, f)) if f != "r" else field(r, f)
            for tok in (v or "").split():
                info.append((k, tok))
        for tok in dep.split():
            info.append(("depend", tok))
        if field(r, "q"):
            info.append(("replaces_priority", field(r, "q")))
        if field(r, "k"):
            info.append(("provider_priority", field(r, "k")))
        if field(r, "C") in triggers:
            info.append(("triggers", triggers[field(r, "C")]))
        info.append(("datahash", hashlib.sha256(data_gz).hexdigest()))
        pkginfo = "".join("%s = %s\n" % (k, v) for k, v in info if v is not None).encode()
        ctl = []
        ti = tarfile.TarInfo(".PKGINFO"); ti.size = len(pkginfo); ti.mode = 0o644; ti.mtime = 1700000000
        ctl.append((ti, pkginfo))
        own = []
        for spec in a.script:
            pk, rest = spec.split(":", 1)
            if pk == name:
                sn, fn = rest.split("=", 1)
                own.append((sn, open(fn, "rb").read()))
        kept = [(sn, sd) for sn, sd in scripts.get("%s-%s" % (name, oldv[name]), []) if sn not in dict(own)]
        for sname, sdata in kept + own:
            ti = tarfile.TarInfo("." + sname); ti.size = len(sdata); ti.mode = 0o755; ti.mtime = 1700000000
            ctl.append((ti, sdata))
        ctl_gz = gzip.compress(cut_tar(ctl), mtime=0)
        apk = sign(ctl_gz, a.key, a.keyname) + ctl_gz + data_gz
        open(os.path.join(a.out, a.arch, "%s-%s.apk" % (name, newv)), "wb").write(apk)
        entry = ["C:" + q1(ctl_gz), "P:" + name, "V:" + newv, "A:" + a.arch, "S:%d" % len(apk),
                 "I:%d" % size]
        for k in "TULomtck":
            if field(r, k) is not None:
                entry.append("%s:%s" % (k, field(r, k)))
        if dep:
            entry.append("D:" + dep)
        for k in "pi":
            if field(r, k):
                entry.append("%s:%s" % (k, repin(field(r, k))))
        if field(r, "r"):
            entry.append("r:" + field(r, "r"))
        index.append("\n".join(entry) + "\n")
    idx = "\n".join(index).encode() + b"\n" + b"\n" * (a.index_bomb << 20)
    members = []
    for nm, content in (("DESCRIPTION", b"drydock test repository"), ("APKINDEX", idx)):
        ti = tarfile.TarInfo(nm); ti.size = len(content); ti.mode = 0o644; ti.mtime = 1700000000
        members.append((ti, content))
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for ti, content in members:
            tf.addfile(ti, io.BytesIO(content))
    idx_gz = gzip.compress(b.getvalue(), mtime=0)
    open(os.path.join(a.out, a.arch, "APKINDEX.tar.gz"), "wb").write(sign(idx_gz, a.key, a.keyname) + idx_gz)

main()
