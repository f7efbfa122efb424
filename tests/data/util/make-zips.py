#!/usr/bin/env python3
"""Regenerates the zip fixtures used by tests/util/zip.c.
Run from this folder; the outputs are committed so tests need no python.

Each archive holds the same few entries where it can (see ENTRIES), so the
test compares every one against the same expectations. The odd layouts are
written the way real tools write them: python's zipfile on an unseekable
stream uses data descriptors as java.util.zip.ZipOutputStream does; the
ZIP64 one is packed by hand after APPNOTE 4.5.3 / 4.3.14-16."""
import io, os, struct, sys, zipfile, zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lib"))
from zipsink import Unseekable  # noqa: E402

ENTRIES = [
    ("META-INF/", b""),
    ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\r\nCreated-By: make-zips.py\r\n\r\n"),
    ("hello.txt", b"hello, zip\n"),
    ("data/lorem.txt", b"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 200),
]
DT = (2023, 11, 14, 22, 13, 20)


def build(method, entries=ENTRIES, unseekable=False):
    out = Unseekable() if unseekable else io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, DT)
            zi.compress_type = zipfile.ZIP_STORED if name.endswith("/") else method
            z.writestr(zi, data)
    return bytes(out.buf) if unseekable else out.getvalue()


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


def zip64(entries):
    """Every size and offset in its ZIP64 field, and ZIP64 end records."""
    local, central = bytearray(), bytearray()
    for name, data in entries:
        n = name.encode()
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        cdata = comp.compress(data) + comp.flush() if data else b""
        method = 8 if data else 0
        if not data:
            cdata = b""
        crc = zlib.crc32(data)
        off = len(local)
        extra = struct.pack("<HHQQ", 1, 16, len(data), len(cdata))
        local += struct.pack("<IHHHHHIIIHH", 0x04034b50, 45, 0, method, 0x6ea6, 0x576e, crc,
                             0xffffffff, 0xffffffff, len(n), len(extra)) + n + extra + cdata
        cextra = struct.pack("<HHQQQ", 1, 24, len(data), len(cdata), off)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 45, 45, 0, method, 0x6ea6, 0x576e, crc,
                               0xffffffff, 0xffffffff, len(n), len(cextra), 0, 0, 0, 0, 0xffffffff) + n + cextra
    cd_off = len(local)
    z64 = len(local) + len(central)
    end64 = struct.pack("<IQHHIIQQQQ", 0x06064b50, 44, 45, 45, 0, 0, len(entries), len(entries), len(central), cd_off)
    loc = struct.pack("<IIQI", 0x07064b50, 0, z64, 1)
    eocd = struct.pack("<IHHHHIIH", 0x06054b50, 0xffff, 0xffff, 0xffff, 0xffff, 0xffffffff, 0xffffffff, 0)
    return bytes(local + central + end64 + loc + eocd)


def main():
    stored = build(zipfile.ZIP_STORED)
    deflated = build(zipfile.ZIP_DEFLATED)
    write("stored.zip", stored)
    write("deflated.zip", deflated)
    # sizes after the data, as java.util.zip.ZipOutputStream writes deflated entries
    write("descriptor-deflated.zip", build(zipfile.ZIP_DEFLATED, unseekable=True))
    write("descriptor-stored.zip", build(zipfile.ZIP_STORED, unseekable=True))
    # a STORED entry whose bytes hold a zip with descriptors of its own: the
    # stream reader must not stop at the inner "PK\7\8"
    inner = build(zipfile.ZIP_DEFLATED, unseekable=True)
    write("descriptor-nested.zip", build(zipfile.ZIP_STORED, [("inner.jar", inner), ("hello.txt", b"hello, zip\n")],
                                         unseekable=True))
    write("zip64.zip", zip64(ENTRIES))
    stub = b"#!/bin/sh\n# executable jar launcher\nexec java -jar \"$0\" \"$@\"\nexit 1\n" + b"#" * 2000 + b"\n"
    # cat stub.sh app.jar > app: offsets not adjusted for the stub
    write("stub.jar", stub + deflated)
    # zip -A / Spring Boot's launch script: offsets counted from the file start
    b = io.BytesIO()
    b.write(stub)
    with zipfile.ZipFile(b, "a", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in ENTRIES:
            zi = zipfile.ZipInfo(name, DT)
            zi.compress_type = zipfile.ZIP_STORED if name.endswith("/") else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    write("stub-adjusted.jar", b.getvalue())
    write("empty.zip", build(zipfile.ZIP_STORED, []))
    # cut in the middle of the last entry's data: no central directory
    last = deflated.rfind(b"PK\x03\x04")
    write("truncated.zip", deflated[:last + 60])
    # one flipped byte in hello.txt's deflate data, CRC now wrong
    bad = bytearray(stored)
    i = bad.find(b"hello, zip\n")
    bad[i] ^= 0x20
    write("corrupt-crc.zip", bytes(bad))
    # 100 MiB of zeros in 100 KiB: ratio past 1000:1
    write("bomb.zip", build(zipfile.ZIP_DEFLATED, [("zeros.bin", b"\0" * (100 << 20))]))
    # the end record claims 65535 entries; the directory has four
    bad = bytearray(deflated)
    e = bad.rfind(b"PK\x05\x06")
    bad[e + 8:e + 12] = struct.pack("<HH", 0xffff, 0xffff)
    write("absurd-count.zip", bytes(bad))
    write("not-a-zip.jar", b"this is not a zip archive\n" * 10)
    # the local headers, then an end record for an empty directory: a reader
    # trusting the directory alone would see nothing
    cd = deflated.find(b"PK\x01\x02")
    write("empty-directory.zip", deflated[:cd] + struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 0, 0, 0, cd, 0))


main()
