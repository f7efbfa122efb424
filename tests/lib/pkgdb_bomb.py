#!/usr/bin/env python3
"""Builds an OCI image whose layers each hold one hostile but valid package
database of a given size, for the memory tests (tests/analyzers/pkgdb_bombs.sh).

  pkgdb_bomb.py KIND OUT --mb N [--layers L] --expect FILE
KIND:
  rpm-sqlite  var/lib/rpm/rpmdb.sqlite: a few real-looking headers, most of
              them padded to ~60 MB (data no tag points at; rpm_header.c
              skips it, as rpm does), written with Python's sqlite3 the way
              rpm lays out its table
  rpm-bdb     var/lib/rpm/Packages: a Berkeley DB hash file (the layout
              rpmdb_bdb.c reads: meta page, bucket pages of key/off-page
              pairs, chained overflow pages), headers padded the same way
  apk         lib/apk/db/installed: real-looking records, then N MB of
              R:/Z: file lines (skipped by the parser, but bytes to read)
  apk-records lib/apk/db/installed of N MB of tiny records ("P:b V:1"):
              hundreds of thousands of packages per layer; nothing is
              expected (the scan must stop at its caps and say so)
Every layer holds the same database (and one small file of its own, so the
layer digests differ and each layer is read); the database content is made
once, compressed once, and the layers share it: a gzip stream may be several
members, so each layer blob is the shared member plus a small one of its own.
FILE gets the packages the scan must list, "TYPE NAME VERSION" sorted.
"""
import argparse, gzip, hashlib, io, json, os, sqlite3, struct, tarfile, tempfile, zlib

MB = 1 << 20


def header(name, version, release, pad):
    """An rpm header blob as rpmdbs store it: NAME VERSION RELEASE ARCH
    SOURCERPM LICENSE, then `pad` bytes no entry points at."""
    tags = [(1000, name), (1001, version), (1002, release), (1022, "x86_64"),
            (1044, "%s-%s-%s.src.rpm" % (name, version, release)), (1014, "MIT")]
    index, data = b"", b""
    for tag, s in tags:
        index += struct.pack(">IIII", tag, 6, len(data), 1)
        data += s.encode() + b"\0"
    data += bytes(pad)
    return struct.pack(">II", len(tags), len(data)) + index + data


def rpm_packages(total):
    """(name, version, release, pad): 24 small packages, then ~60 MB ones
    up to `total` bytes."""
    pk = [("bomb-small-%02d" % i, "1.%d" % i, "1.el9", 0) for i in range(24)]
    left, i = total, 0
    while left > MB:
        pad = min(60 * MB, left - 4096)
        pk.append(("bomb-big-%02d" % i, "2.%d" % i, "1.el9", pad))
        left -= pad
        i += 1
    return pk


def expect_rpm(pk):
    return ["rpm\t%s\t%s-%s" % (n, v, r) for n, v, r, _ in pk]


def make_sqlite(path, total):
    pk = rpm_packages(total)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)")
    for n, v, r, pad in pk:
        db.execute("INSERT INTO Packages (blob) VALUES (?)", (header(n, v, r, pad),))
    db.commit()
    db.close()
    return expect_rpm(pk)


PAGE = 4096
PHDR = 26


def page_head(pgno, nxt, entries, hf, ptype):
    return struct.pack("<QIIIHHBB", 0, pgno, 0, nxt, entries, hf, 0, ptype)


def bdb_file(total):
    """A little-endian Berkeley DB hash file: (page count, generator of its
    pages, expected listing). Headers are built one at a time as their
    overflow pages are written."""
    pk = rpm_packages(total)
    lens = [len(header(n, v, r, 0)) + pad for n, v, r, pad in pk]
    per_page = (PAGE - PHDR) // (2 * 2 + 5 + 12)
    nhash = (len(pk) + per_page - 1) // per_page
    room = PAGE - PHDR
    novf = [(n + room - 1) // room for n in lens]
    first_ovf, pg = [], 1 + nhash
    for k in novf:
        first_ovf.append(pg)
        pg += k
    npages = pg

    def pages():
        meta = bytearray(PAGE)
        meta[0:26] = page_head(0, 0, 0, 0, 8)
        meta[12:16] = bytes([0x61, 0x15, 0x06, 0x00])
        struct.pack_into("<III", meta, 16, 9, PAGE, 0)
        meta[25] = 8
        struct.pack_into("<I", meta, 32, npages - 1)   # last page
        struct.pack_into("<I", meta, 72, 0)            # max_bucket: one bucket
        struct.pack_into("<I", meta, 96, 1)            # spares[0]: bucket 0 is page 1
        yield bytes(meta)
        items = [(k + 1, first_ovf[k], lens[k]) for k in range(len(pk))]
        for h in range(nhash):
            p = bytearray(PAGE)
            offs, end = [], PAGE
            for key, opg, tlen in items[h * per_page:(h + 1) * per_page]:
                for it in (b"\x01" + struct.pack("<I", key), b"\x03\0\0\0" + struct.pack("<II", opg, tlen)):
                    end -= len(it)
                    p[end:end + len(it)] = it
                    offs.append(end)
            p[0:PHDR] = page_head(1 + h, 2 + h if h + 1 < nhash else 0, len(offs), end, 13)
            for i, o in enumerate(offs):
                struct.pack_into("<H", p, PHDR + 2 * i, o)
            yield bytes(p)
        for k, (n, v, r, pad) in enumerate(pk):
            b = header(n, v, r, pad)
            for j in range(novf[k]):
                part = b[j * room:(j + 1) * room]
                pgno = first_ovf[k] + j
                yield page_head(pgno, pgno + 1 if j + 1 < novf[k] else 0, 1, len(part), 7) + part + bytes(room - len(part))

    return npages, pages(), expect_rpm(pk)


def apk_db(total):
    real = [("musl", "1.2.4-r2", "musl"), ("busybox", "1.36.1-r5", "busybox"),
            ("apk-tools", "2.14.0-r5", "apk-tools"), ("zlib", "1.3-r2", "zlib")]
    out = b""
    for n, v, o in real:
        out += ("C:Q1abc=\nP:%s\nV:%s\nA:x86_64\nS:1000\nI:2000\nT:%s\nU:https://alpinelinux.org\nL:MIT\no:%s\n"
                "m:Someone <a@b.c>\nt:1700000000\nc:0123456789\nF:usr/lib\nR:lib%s.so\nZ:Q1zzz=\n\n" % (n, v, n, o, n)).encode()
    # the last record's files: millions of lines the parser skips
    line = b"R:" + b"f" * 60 + b"\nZ:Q1" + b"A" * 28 + b"=\n"
    tail = b"P:bomb-files\nV:9.9-r0\nA:x86_64\nF:usr/share/bomb\n"
    expect = ["apk\t%s\t%s" % (n, v) for n, v, _ in real] + ["apk\tbomb-files\t9.9-r0"]
    return out + tail, line, max(0, total - len(out) - len(tail)) // len(line), expect


class Layer:
    """Raw tar bytes and the gzip blob made from them, both hashed as they
    pass (the image config needs the raw digest, the manifest the blob's)."""

    def __init__(self, path):
        self.f = open(path, "wb")
        self.raw = hashlib.sha256()
        self.blob = hashlib.sha256()
        self.z = zlib.compressobj(1, zlib.DEFLATED, 31)
        self.size = 0
        self.rawsize = 0

    def tell(self):
        return self.rawsize

    def write(self, b):
        self.rawsize += len(b)
        self.raw.update(b)
        self._out(self.z.compress(b))
        return len(b)

    def _out(self, c):
        if c:
            self.blob.update(c)
            self.f.write(c)
            self.size += len(c)

    def close(self):
        self._out(self.z.flush())
        self.f.close()


def tar_member(tf, name, size, chunks):
    ti = tarfile.TarInfo(name)
    ti.size, ti.mode, ti.mtime = size, 0o644, 1700000000
    tf.addfile(ti, io.BufferedReader(ChunkReader(chunks)) if size else None)


class ChunkReader(io.RawIOBase):
    def __init__(self, chunks):
        self.it, self.buf = iter(chunks), b""

    def readable(self):
        return True

    def readinto(self, b):
        while not self.buf:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return 0
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


def file_chunks(path):
    with open(path, "rb") as f:
        while True:
            b = f.read(MB)
            if not b:
                return
            yield b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["rpm-sqlite", "rpm-bdb", "apk", "apk-records"])
    ap.add_argument("out")
    ap.add_argument("--mb", type=int, required=True)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--expect", required=True)
    a = ap.parse_args()
    total = a.mb * MB
    blobs_dir = os.path.join(a.out, "blobs", "sha256")
    os.makedirs(blobs_dir, exist_ok=True)
    work = tempfile.mkdtemp(dir=a.out)

    # the shared part: os-release and the database, as tar members with no
    # end-of-archive, compressed once
    shared = Layer(os.path.join(work, "shared.gz"))
    tf = tarfile.open(fileobj=shared, mode="w", format=tarfile.PAX_FORMAT)
    if a.kind.startswith("apk"):
        osr = b'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.0\n'
        tar_member(tf, "etc/os-release", len(osr), [osr])
        if a.kind == "apk":
            head, line, count, expect = apk_db(total)
        else:
            line = b"P:b\nV:1\n\n"
            head, count, expect = b"", (total - 1) // len(line), []
        def body():
            yield head
            block = line * 16384
            for _ in range(count // 16384):
                yield block
            yield line * (count % 16384)
            yield b"\n"
        tar_member(tf, "lib/apk/db/installed", len(head) + len(line) * count + 1, body())
    else:
        osr = b'NAME="Red Hat Enterprise Linux"\nID="rhel"\nVERSION_ID="9.3"\n'
        tar_member(tf, "etc/os-release", len(osr), [osr])
        if a.kind == "rpm-sqlite":
            db = os.path.join(work, "rpmdb.sqlite")
            expect = make_sqlite(db, total)
            tar_member(tf, "var/lib/rpm/rpmdb.sqlite", os.path.getsize(db), file_chunks(db))
            os.unlink(db)
        else:
            npages, pages, expect = bdb_file(total)
            tar_member(tf, "var/lib/rpm/Packages", npages * PAGE, pages)
    # not closed: the end-of-archive blocks come after each layer's own file
    shared.close()
    raw_state, blob_state = shared.raw, shared.blob
    shared_gz = os.path.join(work, "shared.gz")

    diff_ids, layers = [], []
    for i in range(a.layers):
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as t2:
            data = ("layer %d\n" % i).encode()
            ti = tarfile.TarInfo("etc/layer-%d" % i)
            ti.size, ti.mtime = len(data), 1700000000
            t2.addfile(ti, io.BytesIO(data))
        suffix = b.getvalue()
        sgz = gzip.compress(suffix, mtime=0)
        r, z = raw_state.copy(), blob_state.copy()
        r.update(suffix)
        z.update(sgz)
        dgst = z.hexdigest()
        with open(os.path.join(blobs_dir, dgst), "wb") as out, open(shared_gz, "rb") as inp:
            while True:
                c = inp.read(MB)
                if not c:
                    break
                out.write(c)
            out.write(sgz)
        diff_ids.append("sha256:" + r.hexdigest())
        layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                       "digest": "sha256:" + dgst, "size": os.path.getsize(os.path.join(blobs_dir, dgst))})
    os.unlink(shared_gz)
    os.rmdir(work)

    def put(b):
        d = hashlib.sha256(b).hexdigest()
        open(os.path.join(blobs_dir, d), "wb").write(b)
        return "sha256:" + d
    config = json.dumps({"architecture": "amd64", "os": "linux", "created": "2023-11-14T00:00:00Z",
                         "config": {}, "rootfs": {"type": "layers", "diff_ids": diff_ids}}).encode()
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                      "digest": put(config), "size": len(config)},
                           "layers": layers}).encode()
    json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
               "digest": put(manifest), "size": len(manifest),
               "annotations": {"org.opencontainers.image.ref.name": "t"}}]},
              open(os.path.join(a.out, "index.json"), "w"))
    open(os.path.join(a.out, "oci-layout"), "w").write('{"imageLayoutVersion":"1.0.0"}')
    with open(a.expect, "w") as f:
        f.write("".join(sorted(e + "\n" for e in expect)))


main()
