#!/usr/bin/env python3
"""Prints the ids of the Go OSV records (folder of JSON files) whose ranges
hold MODULE@VERSION, with Go's semver order (v prefixes ignored): an
independent check of drydock's Go matching for tests/analyzers/app_image_vulns.sh.
usage: go_osv_expected.py DIR MODULE VERSION"""
import json, os, re, sys

def key(v):
    v = v.lstrip("v")
    m = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?", v)
    if not m:
        return None
    pre = m.group(4)
    parts = []
    if pre:
        for p in pre.split("."):
            parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    # a release sorts after its pre-releases
    return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), 0 if pre else 1, parts)

def affected(ranges, v):
    for r in ranges:
        if r.get("type") not in ("SEMVER", "ECOSYSTEM"):
            continue
        # events ascend: the last one at or below v decides
        hit = False
        for e in r.get("events", []):
            if "introduced" in e:
                if e["introduced"] == "0" or key(v) >= key(e["introduced"]):
                    hit = True
            elif "fixed" in e:
                if key(v) >= key(e["fixed"]):
                    hit = False
            elif "last_affected" in e:
                if key(v) > key(e["last_affected"]):
                    hit = False
        if hit:
            return True
    return False

d, mod, ver = sys.argv[1:4]
ids = set()
for f in os.listdir(d):
    if not f.endswith(".json"):
        continue
    rec = json.load(open(os.path.join(d, f)))
    if rec.get("withdrawn"):
        continue
    for a in rec.get("affected", []):
        p = a.get("package", {})
        if p.get("ecosystem") == "Go" and p.get("name") == mod and (
                affected(a.get("ranges", []), ver) or ver in a.get("versions", []) or "v" + ver in a.get("versions", [])):
            ids.add(rec["id"])
print("\n".join(sorted(ids)))
