#!/usr/bin/env python3
"""Validates recorded API answers (tests/lib/serve.sh API_RECORD: JSON lines
{method, path, status, body | text}) against docs/openapi.json: the path
and method are documented, the status is one of the operation's documented
answers, and a JSON body validates against that answer's schema (every
4xx/5xx against Error). Exit 1 naming each answer that does not.

usage: openapi_check.py OPENAPI.json RECORD.jsonl"""
import json
import sys

import jsonschema

import openapi_doc

doc = json.load(open(sys.argv[1]))

inline = openapi_doc.inliner(doc)
routes = openapi_doc.routes(doc)

bad, checked = [], 0
for line in open(sys.argv[2]):
    rec = json.loads(line)
    path = rec["path"].split("?", 1)[0]
    where = "%s %s -> %s" % (rec["method"], rec["path"][:120], rec["status"])
    item = next((it for rx, it in routes if rx.match(path)), None)
    if item is None:
        bad.append(where + ": path not documented")
        continue
    op = item.get(rec["method"].lower())
    if op is None:
        if rec["status"] != 405:
            bad.append(where + ": method not documented")
        continue
    resp = op["responses"].get(str(rec["status"]))
    if resp is None:
        # answers every operation can give: 401/403 (documented on each), 404 of
        # an unknown id, 405 of another method, 413 of a body over the cap,
        # 400 of malformed JSON, 500/503
        if rec["status"] in (400, 404, 405, 413, 500, 503):
            resp = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        else:
            bad.append(where + ": status not documented")
            continue
    if "body" not in rec:
        continue
    content = resp.get("content", {})
    schema = (content.get("application/json") or {}).get("schema")
    if schema is None:
        if content and "application/json" not in content and rec["status"] < 400:
            continue  # a text answer that happens to parse as JSON
        if rec["status"] >= 400:
            schema = {"$ref": "#/components/schemas/Error"}
        else:
            continue
    try:
        jsonschema.Draft202012Validator(inline(schema)).validate(rec["body"])
        checked += 1
    except jsonschema.ValidationError as e:
        bad.append("%s: %s at %s" % (where, e.message[:200], "/".join(map(str, e.absolute_path))))

for b in bad:
    print("openapi:", b)
print("openapi: %d JSON answers validated, %d problems" % (checked, len(bad)))
sys.exit(1 if bad else 0)
