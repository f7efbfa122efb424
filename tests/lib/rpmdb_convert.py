#!/usr/bin/env python3
"""Copies the header blobs of an rpm sqlite database into the other two
rpmdb backends, for tests (Debian's rpm writes only sqlite; it reads BDB
through its bdb_ro backend but has no NDB at all).

  rpmdb_convert.py bdb-dump RPMDB.SQLITE OUT.dump [--pagesize N] [--pad N] [--ffactor N]
      db_load input ("bytevalue" format) for a Berkeley DB hash Packages:
      key = header number as a native (little-endian) uint32, value = blob,
      plus rpm's bookkeeping record 0. Load it with
      `db5.3_load -f OUT.dump Packages`; `rpm --define '_db_backend bdb_ro'`
      then reads the result.
  rpmdb_convert.py ndb RPMDB.SQLITE OUT/Packages.db
      rpm's NDB package database (SUSE), laid out as lib/backend/ndb/rpmpkg.c
      does: a 32-byte header ("RpmP", version 0, generation, slot pages,
      next index) inside slot page 0, 16-byte slots ("Slot", index, block
      offset, block count), blobs in 16-byte blocks ("BlbS", index, time,
      length, data, zero pad, adler32, length, "BlbE"). A freed slot and a
      zeroed hole where an erased package was are left in, as rpm leaves
      them.
"""
import sqlite3, struct, sys, zlib

def blobs(path):
    c = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    return list(c.execute("SELECT hnum, blob FROM Packages ORDER BY hnum"))

def bdb_dump(src, out, pagesize=4096, pad=0, ffactor=1):
    with open(out, "w") as f:
        f.write("VERSION=3\nformat=bytevalue\ntype=hash\ndb_pagesize=%d\nh_ffactor=%d\nHEADER=END\n" % (pagesize, ffactor))
        recs = blobs(src)
        for hnum, blob in recs:
            f.write(" %s\n %s\n" % (struct.pack("<I", hnum).hex(), bytes(blob).hex()))
        # --pad adds copies under new header numbers so buckets split, and
        # with a high --ffactor chain over several pages (rpm -qa lists them too)
        n = max(h for h, _ in recs) if recs else 0
        for i in range(pad):
            hnum, blob = recs[i % len(recs)]
            n += 1
            f.write(" %s\n %s\n" % (struct.pack("<I", n).hex(), bytes(blob).hex()))
        f.write(" 00000000\n %s\n" % struct.pack("<I", n + 1).hex())
        f.write("DATA=END\n")

BLK = 16
PAGE = 4096

def ndb(src, out):
    recs = blobs(src)
    slotnpages = 1
    while slotnpages * (PAGE // 16) - 2 < len(recs) + 1:
        slotnpages += 1
    blk = slotnpages * PAGE // BLK
    body = bytearray()
    slots = []
    for i, (hnum, blob) in enumerate(recs):
        if i == 1:
            body += bytes(3 * BLK)          # hole left by an erased package
            blk += 3
        blob = bytes(blob)
        head = b"BlbS" + struct.pack("<III", hnum, 1700000000, len(blob))
        cnt = (16 + len(blob) + 12 + BLK - 1) // BLK
        padlen = cnt * BLK - (16 + len(blob) + 12)
        data = head + blob + bytes(padlen)
        tail = struct.pack("<II", zlib.adler32(data, 1) & 0xffffffff, len(blob)) + b"BlbE"
        slots.append((hnum, blk, cnt))
        body += data + tail
        blk += cnt
    nslots = slotnpages * PAGE // 16
    slotarea = bytearray()
    order = [None] + slots          # slot 2 stays free (an erased package's)
    for k in range(2, nslots):
        j = k - 2
        if j < len(order) and order[j] is not None:
            slotarea += b"Slot" + struct.pack("<III", *order[j])
        else:
            slotarea += b"Slot" + bytes(12)
    nextidx = (max(h for h, _ in recs) + 1) if recs else 1
    header = b"RpmP" + struct.pack("<IIII", 0, len(recs) + 2, slotnpages, nextidx) + bytes(12)
    with open(out, "wb") as f:
        f.write(header + slotarea + body)

def main():
    cmd, src, out = sys.argv[1:4]
    opts = dict(zip(sys.argv[4::2], sys.argv[5::2]))
    if cmd == "bdb-dump":
        bdb_dump(src, out, int(opts.get("--pagesize", 4096)), int(opts.get("--pad", 0)), int(opts.get("--ffactor", 1)))
    elif cmd == "ndb":
        ndb(src, out)
    else:
        sys.exit("unknown command " + cmd)

if __name__ == "__main__":
    main()
