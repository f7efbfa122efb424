#!/usr/bin/env python3
"""Regenerates the small tar fixtures used by tests/image/tar.c.
Run from this folder; the outputs are committed so tests need no python."""
import gzip, io, tarfile

def add(tf, name, data=b"", type_=tarfile.REGTYPE, mode=0o644, link=""):
    ti = tarfile.TarInfo(name)
    ti.type = type_
    ti.mode = mode
    ti.linkname = link
    ti.size = len(data) if type_ == tarfile.REGTYPE else 0
    ti.mtime = 1700000000
    tf.addfile(ti, io.BytesIO(data) if type_ == tarfile.REGTYPE else None)

def build(fmt):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as tf:
        add(tf, "./", type_=tarfile.DIRTYPE, mode=0o755)
        add(tf, "./etc/", type_=tarfile.DIRTYPE, mode=0o755)
        add(tf, "./etc/hello.txt", b"hello world\n")
        add(tf, "etc/link", type_=tarfile.SYMTYPE, link="hello.txt")
        add(tf, "usr/bin/su", b"\x7fELF", mode=0o4755)
        add(tf, "a/" + "long/" * 40 + "name.txt", b"long\n")
        add(tf, "etc/hard", type_=tarfile.LNKTYPE, link="etc/hello.txt")
    return b.getvalue()

open("gnu.tar", "wb").write(build(tarfile.GNU_FORMAT))
open("pax.tar", "wb").write(build(tarfile.PAX_FORMAT))
open("pax.tar.gz", "wb").write(gzip.compress(build(tarfile.PAX_FORMAT), mtime=0))
# two gzip members back to back: one tar stream split across members
raw = build(tarfile.GNU_FORMAT)
open("multimember.tar.gz", "wb").write(gzip.compress(raw[:1024], mtime=0) + gzip.compress(raw[1024:], mtime=0))

def hostile(name):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as tf:
        add(tf, name, b"x")
    return b.getvalue()

open("dotdot.tar", "wb").write(hostile("etc/../../escape"))
open("absolute.tar", "wb").write(hostile("/etc/passwd"))
bad = bytearray(build(tarfile.GNU_FORMAT)); bad[512 * 2 + 10] ^= 0xff
open("badsum.tar", "wb").write(bytes(bad))
open("truncated.tar", "wb").write(build(tarfile.GNU_FORMAT)[:512 * 3 + 100])
gz = gzip.compress(build(tarfile.GNU_FORMAT), mtime=0)
open("truncated.tar.gz", "wb").write(gz[: len(gz) // 2])
cor = bytearray(gz); cor[len(cor) // 2] ^= 0x55
open("corrupt.tar.gz", "wb").write(bytes(cor))
# a gzip bomb: 300 MiB of zeros compress to ~300 KiB
z = gzip.compress(b"\0" * (300 << 20), compresslevel=9, mtime=0)
open("bomb.gz", "wb").write(z)

# a hardlink whose target is not in the layer
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as tf:
    add(tf, "etc/hello.txt", b"hi\n")
    add(tf, "etc/hard", type_=tarfile.LNKTYPE, link="etc/missing")
open("hardlink-missing.tar", "wb").write(b.getvalue())
# a symlink loop among kept files: etc/os-release -> a -> etc/os-release
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as tf:
    add(tf, "etc/os-release", type_=tarfile.SYMTYPE, link="a")
    add(tf, "etc/a", type_=tarfile.SYMTYPE, link="os-release")
open("symlink-loop.tar", "wb").write(b.getvalue())
