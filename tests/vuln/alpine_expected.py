#!/usr/bin/env python3
"""Expected Alpine findings, computed independently of drydock.

  alpine_expected.py SECDB_DIR INSTALLED_DB OS_VERSION APK_VECTORS

Prints "package<TAB>CVE<TAB>fixed_version" for every installed package
whose origin's secdb entry (branch vX.Y of OS_VERSION, main + community)
has a fix newer than the installed version: the fix reported is the lowest
one above it; a "0" fix means the branch was never affected. The apk
version order is implemented here from apk-tools' rules (a second, separate
implementation from drydock's) and must first agree with every vector in
APK_VECTORS (apk-tools' own test data), else the script fails: an expected
set computed with a wrong comparator would prove nothing.
"""
import json, os, sys

DZ, DIG, LET, SUF, SUFNO, REV, HASH, END, BAD = range(9)
PRE = ["alpha", "beta", "pre", "rc"]
POST = ["cvs", "svn", "git", "hg", "p"]

def tokens(s):
    """(type, value) tokens of an apk version, ending in END, or in BAD where
    it stops being valid.
    After a '.', digits are DZ: compared as a fraction when either side has
    a leading zero (8.2.0 < 8.2.001 < 8.2.002), else as numbers."""
    out, i, t = [], 0, DIG
    while True:
        if t == BAD:
            out.append((BAD, 0))
            return out
        if t == END:
            out.append((END, 0))
            return out
        if t in (DIG, DZ):
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            if j == i:
                t = BAD; continue
            out.append((t, s[i:j]))
            i = j
        elif t == LET:
            out.append((LET, s[i]))
            i += 1
        elif t == SUF:
            j = i
            while j < len(s) and s[j].islower():
                j += 1
            w = s[i:j]
            if w in PRE:
                v = PRE.index(w) - len(PRE)
            elif w in POST:
                v = POST.index(w) + 1
            else:
                t = BAD; continue
            out.append((SUF, v))
            i = j
        elif t in (SUFNO, REV):
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            if j == i:
                t = BAD; continue
            out.append((t, int(s[i:j])))
            i = j
        elif t == HASH:
            j = i
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            if j == i:
                t = BAD; continue
            out.append((HASH, s[i:j]))
            i = j
        prev = t
        if i >= len(s):
            t = END
        elif prev in (DIG, DZ) and s[i].islower():
            t = LET
        elif prev == SUF and s[i].isdigit():
            t = SUFNO
        elif s[i] == "." and prev in (DIG, DZ):
            i, t = i + 1, DZ
        elif s[i] == "_" and prev in (DIG, DZ, LET, SUF, SUFNO):
            i, t = i + 1, SUF
        elif s.startswith("-r", i) and prev != REV:
            i, t = i + 2, REV
        elif s[i] == "~" and prev not in (HASH, REV):
            i, t = i + 1, HASH
        else:
            t = BAD

def value_cmp(t, va, vb):
    if t in (DIG, DZ):
        if t == DZ and (va[0] == "0" or vb[0] == "0"):
            return (va > vb) - (va < vb)
        return (int(va) > int(vb)) - (int(va) < int(vb))
    return (va > vb) - (va < vb)

def compare(a, b):
    ta, tb = tokens(a), tokens(b)
    k = 0
    while ta[k][0] == tb[k][0] and ta[k][0] not in (END, BAD):
        r = value_cmp(ta[k][0], ta[k][1], tb[k][1])
        if r:
            return r
        k += 1
    at, bt = ta[k][0], tb[k][0]
    if at == BAD or bt == BAD:
        # apk-tools sorts what it cannot parse as plain strings
        return (a > b) - (a < b)
    if at == bt:
        return 0
    if at == SUF and ta[k][1] < 0:
        return -1
    if bt == SUF and tb[k][1] < 0:
        return 1
    return -1 if at > bt else 1

def check_vectors(path):
    bad = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        a, b, r = line.rstrip("\n").split("\t")
        got = compare(a, b)
        if got != int(r):
            bad += 1
            print("apk comparator disagrees with apk-tools: %s %s want %s got %s" % (a, b, r, got), file=sys.stderr)
    return bad

def installed(path):
    pkgs, cur = [], {}
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            if "P" in cur:
                pkgs.append(cur)
            cur = {}
        elif len(line) > 2 and line[1] == ":":
            cur.setdefault(line[0], line[2:])
    if "P" in cur:
        pkgs.append(cur)
    return pkgs

def main():
    secdb, db, osver, vectors = sys.argv[1:5]
    if check_vectors(vectors):
        sys.exit(3)
    branch = "v" + ".".join(osver.split(".")[:2])
    fixes = {}  # origin -> cve -> [versions]
    for repo in ("main", "community"):
        p = os.path.join(secdb, branch, repo + ".json")
        if not os.path.exists(p):
            continue
        doc = json.load(open(p, encoding="utf-8"))
        for pk in doc.get("packages") or []:
            pkg = pk["pkg"]
            for ver, ids in (pkg.get("secfixes") or {}).items():
                for entry in ids or []:
                    cve = entry.split()[0]
                    fixes.setdefault(pkg["name"], {}).setdefault(cve, []).append(ver)
    out = set()
    for p in installed(db):
        origin, ver = p.get("o", p["P"]), p["V"]
        for cve, vers in fixes.get(origin, {}).items():
            if "0" in vers:
                continue
            above = [v for v in vers if compare(ver, v) < 0]
            if above:
                lowest = above[0]
                for v in above[1:]:
                    if compare(v, lowest) < 0:
                        lowest = v
                out.add((p["P"], cve, lowest))
    for row in sorted(out):
        print("\t".join(row))

main()
