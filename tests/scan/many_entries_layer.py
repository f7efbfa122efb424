#!/usr/bin/env python3
"""Streams an uncompressed tar layer of N empty files to stdout (issue 11
item 6: the per-entry index under 5 million entries). Names are
"dNNN/fNNNNNNNN" in 1000 directories, headers built from one template
(the checksum is the template's plus the digits'), fast enough in Python.
"""
import sys

n = int(sys.argv[1])
out = sys.stdout.buffer
tmpl = bytearray(512)
def put(off, s):
    tmpl[off:off + len(s)] = s
put(100, b"0000644\0"); put(108, b"0000000\0"); put(116, b"0000000\0")
put(124, b"00000000000\0"); put(136, b"14000000000\0")
put(156, b"0"); put(257, b"ustar\0"); put(263, b"00")
put(148, b" " * 8)
name_len = len("d000/f00000000")
base_sum = sum(tmpl)  # name bytes added per entry
chunk = []
for i in range(n):
    name = b"d%03d/f%08d" % (i % 1000, i)
    tmpl[0:name_len] = name
    cs = base_sum + sum(name)
    tmpl[148:156] = b"%06o\0 " % cs
    chunk.append(bytes(tmpl))
    if len(chunk) == 8192:
        out.write(b"".join(chunk))
        chunk = []
out.write(b"".join(chunk))
out.write(bytes(1024))
