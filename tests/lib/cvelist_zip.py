#!/usr/bin/env python3
"""Builds a cvelistV5 daily export as GitHub publishes it for the tests.

  cvelist_zip.py OUT CVE-RECORD.json...

OUT is a zip holding cves.zip, which holds each record under
cves/<year>/<number without its last 3 digits>xxx/<file> and the export's
delta lists (cves/delta.json, cves/deltaLog.json: JSON, but not records).
"""
import io, os, sys, zipfile

out, records = sys.argv[1], sys.argv[2:]
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
    for path in records:
        name = os.path.basename(path)
        year, num = name[:-len(".json")].split("-")[1:3]
        z.writestr("cves/%s/%sxxx/%s" % (year, num[:-3], name), open(path, "rb").read())
    z.writestr("cves/delta.json", '{"fetchTime": "2026-12-07T00:00:00Z", "new": [], "updated": []}')
    z.writestr("cves/deltaLog.json", "[]")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("cves.zip", inner.getvalue())
