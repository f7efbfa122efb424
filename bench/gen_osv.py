#!/usr/bin/env python3
"""Writes a synthetic osv.dev-sized advisory set, one <ECOSYSTEM>/all.zip per
ecosystem as osv.dev publishes them:

  gen_osv.py OUT_DIR [RECORDS]        (default 500000)

The mix follows osv.dev's (distros hold most records; Debian and Ubuntu
records name one source package, AlmaLinux ones ~8 binary rpms, GHSA ones
1-2 packages), with realistic field sizes: English-like details of 200-2000
bytes, 2-6 references, 1-3 aliases, a CVSS vector on half the records, a
few thousand distinct packages per ecosystem. Deterministic (seeded).
"""
import json, os, random, sys, zipfile

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 500000
rng = random.Random(20261201)
WORDS = ("the a of to in and is for that with by on an as vulnerability attacker remote could allow "
         "denial service buffer overflow memory corruption crafted input heap use after free via "
         "function parsing request when handling file code execution arbitrary authentication bypass "
         "information disclosure integer out bounds read write null pointer dereference library "
         "versions before prior affected fixed issue user local privileges escalation certificate "
         "validation injection cross site scripting server client packet header length check").split()

def text(lo, hi):
    n = rng.randint(lo, hi)
    w, size = [], 0
    while size < n:
        x = WORDS[min(int(rng.paretovariate(1.2)) - 1, len(WORDS) - 1)]
        w.append(x)
        size += len(x) + 1
    s = " ".join(w)
    return s[0].upper() + s[1:] + "."

MIX = [  # ecosystem, share, id prefix, packages per record, distinct packages, version style
    ("Debian:12", 0.14, "DEBIAN-CVE", 1, 9000, "deb"), ("Debian:11", 0.12, "DEBIAN-CVE", 1, 9000, "deb"),
    ("Ubuntu:22.04:LTS", 0.12, "UBUNTU-CVE", 1, 8000, "deb"), ("Ubuntu:20.04:LTS", 0.10, "UBUNTU-CVE", 1, 8000, "deb"),
    ("Alpine:v3.19", 0.05, "ALPINE-CVE", 1, 1500, "apk"), ("Alpine:v3.18", 0.05, "ALPINE-CVE", 1, 1500, "apk"),
    ("AlmaLinux:9", 0.04, "ALSA", 8, 6000, "rpm"), ("AlmaLinux:8", 0.04, "ALSA", 8, 6000, "rpm"),
    ("Rocky Linux:9", 0.03, "RLSA", 8, 6000, "rpm"),
    ("npm", 0.08, "GHSA", 1, 20000, "semver"), ("PyPI", 0.07, "PYSEC", 1, 8000, "semver"),
    ("Maven", 0.05, "GHSA", 2, 6000, "semver"), ("Go", 0.04, "GO", 1, 3000, "semver"),
    ("crates.io", 0.02, "RUSTSEC", 1, 1500, "semver"), ("Packagist", 0.02, "GHSA", 1, 3000, "semver"),
    ("RubyGems", 0.015, "GHSA", 1, 1500, "semver"), ("NuGet", 0.015, "GHSA", 1, 1500, "semver"),
]
VEC = ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H",
       "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"]

def version(style):
    a, b, c = rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 20)
    if style == "deb":
        return "%d.%d.%d-%d+deb12u%d" % (a, b, c, rng.randint(1, 5), rng.randint(1, 3))
    if style == "apk":
        return "%d.%d.%d-r%d" % (a, b, c, rng.randint(0, 9))
    if style == "rpm":
        return "%d.%d.%d-%d.el9_%d" % (a, b, c, rng.randint(1, 40), rng.randint(0, 4))
    return "%d.%d.%d" % (a, b, c)

os.makedirs(out, exist_ok=True)
n = 0
for eco, share, prefix, per, npk, style in MIX:
    count = int(total * share) if (eco, share) != (MIX[-1][0], MIX[-1][1]) else total - n
    d = os.path.join(out, eco.split(":")[0].replace(" ", "_") + "-" + eco.replace(":", "_").replace(" ", "_"))
    os.makedirs(d, exist_ok=True)
    with zipfile.ZipFile(os.path.join(d, "all.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(count):
            cve = "CVE-%d-%d" % (rng.randint(1999, 2026), rng.randint(1000, 99999))
            rid = "%s-%s-%07d" % (prefix, eco.split(":")[0].replace(" ", ""), n)
            aff = []
            for k in range(per):
                evs = [{"introduced": "0"}]
                if rng.random() < 0.8:
                    evs.append({"fixed": version(style)})
                aff.append({"package": {"ecosystem": eco, "name": "pkg%d" % rng.randint(0, npk)},
                            "ranges": [{"type": "ECOSYSTEM", "events": evs}]})
            rec = {"schema_version": "1.6.0", "id": rid, "modified": "2026-%02d-%02dT00:00:00Z" % (rng.randint(1, 11), rng.randint(1, 28)),
                   "aliases" if prefix in ("GHSA", "PYSEC", "GO", "RUSTSEC") else "upstream": [cve],
                   "summary": text(30, 90), "details": text(200, 2000), "affected": aff,
                   "references": [{"type": "WEB", "url": "https://example.org/advisories/%s/%d" % (cve, k)}
                                  for k in range(rng.randint(2, 6))]}
            if rng.random() < 0.5:
                rec["severity"] = [{"type": "CVSS_V3", "score": rng.choice(VEC)}]
            if prefix == "DEBIAN-CVE":
                rec["affected"][0]["ecosystem_specific"] = {"urgency": rng.choice(["low", "medium", "unimportant", "not yet assigned"])}
            z.writestr(rid + ".json", json.dumps(rec))
            n += 1
    print("%-20s %7d records" % (eco, count))
print("total %d records in %s" % (n, out))
