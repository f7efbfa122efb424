#!/usr/bin/env python3
"""Expected Debian findings, computed independently of drydock.

  debian_expected.py OSV_DIR STATUS_FILE

Reads the DEBIAN-CVE OSV records (ecosystem Debian:12) and a dpkg status
file and prints "binary<TAB>CVE<TAB>fixed-or-dash<TAB>status" for every
installed binary package whose source package (Source: field, else the
package itself; its version from "Source: name (version)", else Version)
is affected: introduced <= version < fixed per range, compared by
`dpkg --compare-versions` itself. status: fixed when a fixed version lies
above the installed one; will_not_fix for the tracker tags no-dsa, ignored,
postponed; end_of_life for end-of-life; affected otherwise.
"""
import glob, json, subprocess, sys

def lt(a, b):
    return subprocess.run(["dpkg", "--compare-versions", a, "lt", b]).returncode == 0

def packages(path):
    pkgs, cur = [], {}
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                pkgs.append(cur)
            cur = {}
        elif not line[0].isspace() and ":" in line:
            k, _, v = line.partition(":")
            cur[k] = v.strip()
    if cur:
        pkgs.append(cur)
    out = []
    for p in pkgs:
        if "install ok installed" not in p.get("Status", ""):
            continue
        src, sver = p["Package"], p["Version"]
        if "Source" in p:
            parts = p["Source"].split()
            src = parts[0]
            if len(parts) > 1:
                sver = parts[1].strip("()")
        out.append((p["Package"], src, sver))
    return out

STATUS = {"no-dsa": "will_not_fix", "ignored": "will_not_fix", "postponed": "will_not_fix",
          "end-of-life": "end_of_life"}

def main():
    osv_dir, status = sys.argv[1:3]
    recs = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(osv_dir + "/*.json"))]
    rows = set()
    for binary, src, ver in packages(status):
        for r in recs:
            cve = (r.get("upstream") or [r["id"]])[0]
            for a in r.get("affected", []):
                if a["package"]["ecosystem"] != "Debian:12" or a["package"]["name"] != src:
                    continue
                fixes, hit = [], False
                for rg in a.get("ranges", []):
                    ev = rg["events"]
                    intro = [e["introduced"] for e in ev if "introduced" in e]
                    fixed = [e["fixed"] for e in ev if "fixed" in e]
                    if intro and (intro[0] == "0" or not lt(ver, intro[0])):
                        if not fixed or lt(ver, fixed[0]):
                            hit = True
                            fixes += [f for f in fixed if lt(ver, f)]
                if not hit:
                    continue
                st = (a.get("ecosystem_specific") or {}).get("status", "")
                if fixes:
                    fix = fixes[0]
                    for f in fixes[1:]:
                        if lt(f, fix):
                            fix = f
                    rows.add((binary, cve, fix, "fixed"))
                else:
                    rows.add((binary, cve, "-", STATUS.get(st, "affected")))
    for row in sorted(rows):
        print("\t".join(row))

main()
