#!/usr/bin/env python3
"""The vulnerable (package, advisory) pairs of an rpm inventory, computed
independently of drydock: AlmaLinux OSV records read here, versions compared
by rpm itself (rpm.vercmp in rpm's embedded Lua, the reference).

usage: almalinux_expected.py OSV_DIR ECOSYSTEM INVENTORY.tsv
INVENTORY: "rpm NAME EVR SRCNAME SRCEVR ..." lines (tests/lib/rpm_tools.sh).
Prints "NAME<TAB>ADVISORY<TAB>FIXED" lines, sorted. Records are ALSA
security advisories (ALBA/ALEA bug-fix and enhancement advisories fix no
vulnerability); withdrawn records do not count. A record applies to a
package through its binary name or its source name; a range affects a
version v when introduced <= v < fixed (rpm order).
"""
import glob
import json
import os
import subprocess
import sys


def vercmp_all(pairs):
    """rpm.vercmp for every (a, b), in one rpm process."""
    if not pairs:
        return []
    # rpm's Lua print() appends to the macro output without a separator
    lua = "".join("print(rpm.vercmp(%s, %s) .. \" \")\n" % (json.dumps(a), json.dumps(b)) for a, b in pairs)
    out = subprocess.run(["rpm", "--eval", "%{lua:\n" + lua + "}"], check=True, capture_output=True, text=True).stdout
    res = [int(x) for x in out.split()]
    assert len(res) == len(pairs), (len(res), len(pairs))
    return res


def main():
    osv_dir, eco, inv = sys.argv[1:4]
    pkgs = []
    for line in open(inv):
        f = line.rstrip("\n").split("\t")
        if f[0] == "rpm" and f[1] != "gpg-pubkey":
            pkgs.append((f[1], f[2], f[3]))
    names = {n for p in pkgs for n in (p[0], p[2])}
    cands = []   # (pkg, advisory, events)
    for path in glob.glob(os.path.join(osv_dir, "ALSA-*.json")):
        rec = json.load(open(path))
        if rec.get("withdrawn"):
            continue
        for a in rec.get("affected", []):
            pk = a.get("package", {})
            if pk.get("ecosystem") != eco or pk.get("name") not in names:
                continue
            for p in pkgs:
                if pk["name"] in (p[0], p[2]):
                    for r in a.get("ranges", []):
                        if r.get("type") == "ECOSYSTEM":
                            cands.append((p, rec["id"], r.get("events", [])))
    pairs = []
    for p, _, events in cands:
        for e in events:
            for k in ("introduced", "fixed"):
                if k in e and e[k] != "0":
                    pairs.append((p[1], e[k]))
    uniq = sorted(set(pairs))
    cmp = dict(zip(uniq, vercmp_all(uniq)))
    out = set()
    for p, adv, events in cands:
        # walk the events in order: affected from an introduced up to the next fixed
        affected, fixed_at, state = False, None, False
        for e in events:
            if "introduced" in e:
                if e["introduced"] == "0" or cmp[(p[1], e["introduced"])] >= 0:
                    state = True
            elif "fixed" in e:
                if state and cmp[(p[1], e["fixed"])] < 0:
                    affected, fixed_at = True, e["fixed"]
                    break
                state = False
        if state and not affected:
            affected = True   # an open interval: no fix yet
        if affected:
            out.add((p[0], adv, fixed_at or "-"))
    for t in sorted(out):
        print("\t".join(t))


main()
