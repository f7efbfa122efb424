#!/usr/bin/env python3
"""Reads an HTML report with html.parser and checks it against the JSON
report it was made from (tests/report/html_links.sh).

  html_links_check.py REPORT.json REPORT.html

- every vulnerability's id is a link to its advisory: the reference that
  names the id or an alias, else osv.dev's page of the id;
- every plain http(s) reference is a link; nothing else is (no javascript:);
- a title is whole, or shortened on a word with an ellipsis and whole in the
  tooltip; a vulnerability without a title shows "package: id";
- names and paths break only after / ! : @ (<wbr>), and the style sheet
  allows no break inside a word (no break-all, break-word, anywhere).
"""
import html.parser, json, re, sys

report = json.load(open(sys.argv[1]))
page = open(sys.argv[2], encoding="utf-8").read()
errors = []

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell, self.table, self.text_before = [], None, None, None, ""
        self.style = ""
        self.in_style = False
        self.span_title = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "style":
            self.in_style = True
        if tag == "table":
            self.table = a.get("data-class")
        if tag == "tr" and self.table in ("os-vuln", "app-vuln"):
            self.row = {"cells": [], "class": self.table}
        if tag == "td" and self.row is not None:
            self.cell = {"text": "", "links": [], "tooltip": None, "notitle": False}
            self.row["cells"].append(self.cell)
        if self.cell is not None:
            if tag == "a":
                self.cell["links"].append((a.get("href"), len(self.cell["text"])))
            if tag == "span" and "title" in a:
                self.cell["tooltip"] = a["title"]
            if tag == "span" and a.get("class") == "notitle":
                self.cell["notitle"] = True
            if tag == "div" and a.get("class") == "refs":
                self.cell["refs_at"] = len(self.cell["text"])
        if tag == "wbr":
            prev = (self.cell["text"] if self.cell is not None else self.text_before)[-1:]
            if prev not in ("/", "!", ":", "@"):
                errors.append("a line break offered after %r, inside a word" % prev)
        if tag == "a" and not (a.get("href") or "").startswith(("http://", "https://")):
            errors.append("a link that is not http(s): %r" % a.get("href"))
    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag == "td":
            self.cell = None
        if tag == "tr" and self.row is not None:
            if self.row["cells"]:
                self.rows.append(self.row)
            self.row = None
        if tag == "table":
            self.table = None
    def handle_data(self, data):
        if self.in_style:
            self.style += data
        if self.cell is not None:
            self.cell["text"] += data
        self.text_before = (self.text_before + data)[-1:]

p = P()
p.feed(page)
for bad in ("break-all", "break-word", "anywhere"):
    if bad in p.style:
        errors.append("the style sheet breaks words: %s" % bad)

# the page has one section per class, each in the report's order
vulns = [f for c in ("os-vuln", "app-vuln") for f in report["findings"] if f["class"] == c and not f.get("suppressed")]
# what the writer shows for control characters (text.c dd_cp_is_control)
clean = lambda s: re.sub("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069]", "\ufffd", s)
if len(p.rows) != len(vulns):
    errors.append("%d vulnerability rows, the report has %d" % (len(p.rows), len(vulns)))
plain = re.compile(r'^https?://[^\s"<>\\^`{|}]+$')
for f, row in zip(vulns, p.rows):
    pkg, idc, title = row["cells"][0], row["cells"][3], row["cells"][7]
    if pkg["text"] != clean(f["package"]["name"]) or idc["text"] != f["id"]:
        errors.append("row order: %r %r vs %r %r" % (pkg["text"], idc["text"], f["package"]["name"], f["id"]))
        continue
    ids = [f["id"]] + f.get("aliases", [])
    refs = [u for u in f.get("references") or [] if plain.match(u)]
    own = next((u for u in refs if any(i in u for i in ids)), "https://osv.dev/vulnerability/" + f["id"])
    if [l[0] for l in idc["links"]] != [own]:
        errors.append("%s: id links to %r, want %r" % (f["id"], idc["links"], own))
    got_refs = [l[0] for l in title["links"]]
    if got_refs != refs[:8]:
        errors.append("%s: reference links %r, want %r" % (f["id"], got_refs, refs[:8]))
    shown = title["text"][: title.get("refs_at", len(title["text"]))]
    full = clean(f.get("title") or "")
    if not full:
        want = "%s: %s" % (clean(f["package"]["name"]), f["id"])
        if shown != want or not title["notitle"]:
            errors.append("%s without a title shows %r, want %r" % (f["id"], shown, want))
    elif shown != full:
        if not shown.endswith("\u2026") or not full.startswith(shown[:-1]) or full[len(shown) - 1] not in " ,;:-":
            errors.append("%s: title %r is not %r shortened on a word" % (f["id"], shown, full))
        if title["tooltip"] != full:
            errors.append("%s: the whole title is not in the tooltip" % f["id"])

for e in errors[:20]:
    print("FAIL:", e)
if errors:
    sys.exit(1)
print("ok %d vulnerability rows: id links, %d reference links, titles" % (len(p.rows), sum(len(r["cells"][7]["links"]) for r in p.rows)))
