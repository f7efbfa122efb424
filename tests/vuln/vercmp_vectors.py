#!/usr/bin/env python3
"""Runs every comparison vector through `drydock vercmp` (one process for the
whole file would be faster, but the CLI is what the contract names).

usage: vercmp_vectors.py DRYDOCK ECOSYSTEM FILE [--validity] [--except A<TAB>B ...]
Comparisons go through `drydock vercmp --batch` (one process per file) and,
for the first vectors of each file, one `drydock vercmp ECO A B` each too.
A .tsv vector line is A<TAB>B<TAB>R; a validity line is V<TAB>valid|invalid
(or, for Go's list, INPUT<TAB>CANONICAL with an empty canonical meaning
invalid). A .chain line lists versions in ascending order joined by " < " or
" = "; every pair on the line is checked. --except names a vector that is
known to disagree with the reference implementation itself (the caller says
why). Prints each disagreement and exits 1 when there is any."""
import subprocess, sys

def chain_vectors(line):
    """Yields (a, b, sign) for every ordered pair of a chain line."""
    tokens = line.split(" ")
    items, rank, r = [], [], 0
    cur = []
    for t in tokens + ["<"]:
        if t in ("<", "="):
            items.append(" ".join(cur))
            rank.append(r)
            cur = []
            if t == "<":
                r += 1
        else:
            cur.append(t)
    for i in range(len(items)):
        for j in range(len(items)):
            yield items[i], items[j], (rank[i] > rank[j]) - (rank[i] < rank[j])

def vectors(path):
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if path.endswith(".chain"):
                for a, b, r in chain_vectors(line):
                    yield lineno, [a, b, str(r)]
            else:
                yield lineno, line.split("\t")

def main():
    drydock, eco, path = sys.argv[1:4]
    validity = "--validity" in sys.argv[4:]
    skip = set()
    args = sys.argv[4:]
    for i, a in enumerate(args):
        if a == "--except":
            skip.add(tuple(args[i + 1].split("\t")[:2]))
    bad = n = 0
    pairs = []
    for lineno, parts in vectors(path):
        n += 1
        if validity:
            v, want = parts[0], parts[1] if len(parts) > 1 else ""
            want_valid = want == "valid" or (want not in ("", "invalid"))
            p = subprocess.run([drydock, "vercmp", "--check", eco, v], capture_output=True, text=True)
            got_valid = p.returncode == 0
            if got_valid != want_valid:
                bad += 1
                print(f"{path}:{lineno}: {v!r}: want {'valid' if want_valid else 'invalid'}, got {p.stdout.strip() or p.stderr.strip()}")
            continue
        a, b, want = parts[0], parts[1], int(parts[2])
        if (a, b) in skip:
            print(f"{path}:{lineno}: {a!r} vs {b!r}: skipped (known-wrong vector, see the caller)")
            n -= 1
            continue
        pairs.append((lineno, a, b, want))
    if pairs:
        p = subprocess.run([drydock, "vercmp", "--batch", eco], input="".join(f"{a}\t{b}\n" for _, a, b, _ in pairs),
                           capture_output=True, text=True)
        got = p.stdout.split("\n")
        for i, (lineno, a, b, want) in enumerate(pairs):
            g = got[i] if i < len(got) else "(no answer)"
            if g != str(want):
                bad += 1
                print(f"{path}:{lineno}: {a!r} vs {b!r}: want {want}, got {g}")
        # the one-pair form answers the same
        for lineno, a, b, want in pairs[:20]:
            q = subprocess.run([drydock, "vercmp", eco, a, b], capture_output=True, text=True)
            if q.returncode != 0 or q.stdout.strip() != str(want):
                bad += 1
                print(f"{path}:{lineno}: {a!r} vs {b!r}: single form gave {q.stdout.strip() or q.stderr.strip()}")
    print(f"{path}: {n - bad}/{n} agree")
    sys.exit(1 if bad or n == 0 else 0)

main()
