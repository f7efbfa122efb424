#!/usr/bin/env python3
"""Checks a table captured from a terminal against the JSON report of the
same scan (tests/report/table_terminal.sh).

  table_terminal_check.py REPORT.json SCREEN.txt WIDTH

Every vulnerability of the report is on screen with its package name,
installed version, fixed version (or status) and id whole; application
findings name their file; each package is listed once per section with its
findings in the report's order; no line is wider than the terminal; a title
is whole, or shortened on a word boundary and ending in an ellipsis, and
only when the whole title would not have fitted.
"""
import json, sys, unicodedata

report, screen, width = json.load(open(sys.argv[1])), open(sys.argv[2]).read().split("\n"), int(sys.argv[3])
errors = []

def cols(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in s)

for line in screen:
    if cols(line) > width:
        errors.append("line wider than %d columns (wrapped): %r" % (width, line))

sections = {"OS package vulnerabilities": "os-vuln", "Application vulnerabilities": "app-vuln"}
shown = []  # (class, name, version, path, id, severity, fix, title)
i = 0
while i < len(screen):
    head = screen[i].split(" (")[0]
    if head not in sections:
        i += 1
        continue
    cls = sections[head]
    i += 3  # title, PACKAGE header, ID header
    pkg = None
    seen_pkgs = set()
    while i < len(screen) and screen[i].strip():
        line = screen[i]
        if not line.startswith(" "):
            parts = line.split("  ")
            pkg = [parts[0], parts[1] if len(parts) > 1 else "", "  ".join(parts[2:])]
            key = tuple(pkg)
            if key in seen_pkgs:
                errors.append("package listed twice in %s: %r" % (head, line))
            seen_pkgs.add(key)
        elif line.startswith("  in "):
            pkg[2] = line[5:]
        else:
            cells = [c for c in line.strip().split("  ") if c]
            fid, sev, fix = cells[0].strip(), cells[1].strip(), cells[2].strip()
            title = "  ".join(cells[3:]).strip()
            if i + 1 < len(screen) and screen[i + 1].startswith("    "):  # title on its own line
                i += 1
                title = screen[i].strip()
            shown.append((cls, pkg[0], pkg[1], pkg[2] if cls == "app-vuln" else "", fid, sev, fix, title, line))
        i += 1

want = []
for f in report["findings"]:
    if f["class"] not in ("os-vuln", "app-vuln") or f.get("suppressed"):
        continue
    p = f.get("package", {})
    title = ("[KEV] " if f.get("kev") else "") + (f.get("title") or "")
    want.append((f["class"], p.get("name", ""), p.get("version", ""), f.get("path", "") or p.get("path", "") if f["class"] == "app-vuln" else "",
                 f["id"], f["severity"], f.get("fixed_version") or f.get("status", ""), title))

got_keys = [s[:7] for s in shown]
want_keys = [w[:7] for w in want]
for w in want_keys:
    if w not in got_keys:
        errors.append("not on screen whole: %r" % (w,))
for g in got_keys:
    if g not in want_keys:
        errors.append("on screen but not in the report (cut or garbled?): %r" % (g,))
# a package's findings in the report's order (severity, class, id: numeric-aware)
for s in set((g[0], g[1], g[2], g[3]) for g in got_keys):
    order_got = [g[4] for g in got_keys if g[:4] == s]
    order_want = [w[4] for w in want_keys if w[:4] == s]
    if order_got != order_want:
        errors.append("order of %r: %r, report %r" % (s, order_got, order_want))
for g, line in ((s, s[8]) for s in shown):
    full = next((w[7] for w in want if w[:7] == g[:7]), None)
    if full is None:
        continue
    t = g[7]
    if t == full.strip():
        continue
    if not t.endswith("\u2026"):
        errors.append("title changed without an ellipsis: %r vs %r" % (t, full))
        continue
    head = t[:-1]
    rest = full[len(head):]
    if not full.startswith(head) or not head or not (rest[:1] in " ,;:-" ):
        errors.append("title not shortened on a word: %r from %r" % (t, full))
    if cols(line) - cols(t) + cols(full) <= width and not line.startswith("    "):
        errors.append("title shortened although it fits %d columns: %r" % (width, line))

for e in errors[:20]:
    print("FAIL:", e)
if errors:
    print("--- screen (%d columns) ---" % width)
    print("\n".join(screen[:120]))
    sys.exit(1)
print("ok %d vulnerabilities on the %d-column screen" % (len(shown), width))
