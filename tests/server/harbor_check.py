#!/usr/bin/env python3
"""Validates recorded Harbor adapter answers against the Pluggable Scanner
spec's own OpenAPI document (tests/data/harbor/scanner-adapter-openapi-v1.2.yaml,
see its PROVENANCE.md). A record is a JSON line {method, path, status,
content_type, refresh_after, body | text}; path is what was asked of drydock
(/harbor/api/v1/...). For each: the path and method are in the spec, the
status is one of the operation's answers (401/403, which the spec leaves to
the deployment, are checked against its ErrorResponse), the Content-Type is
exactly one the spec lists for that answer, the body validates against that
content's schema, and a 302 carries an integer Refresh-After. Exit 1 naming
each answer that does not.

usage: harbor_check.py SPEC.yaml RECORD.jsonl"""
import json
import re
import sys

import jsonschema

import openapi_doc
import yaml

spec = yaml.safe_load(open(sys.argv[1]))
base = spec["servers"][0]["url"]  # /api/v1
PREFIX = "/harbor" + base

inline = openapi_doc.inliner(spec)
routes = openapi_doc.routes(spec)

bad, checked = [], 0
for line in open(sys.argv[2]):
    rec = json.loads(line)
    where = "%s %s -> %s" % (rec["method"], rec["path"][:120], rec["status"])
    path = rec["path"].split("?", 1)[0]
    if not path.startswith(PREFIX):
        bad.append(where + ": not under " + PREFIX)
        continue
    path = path[len(PREFIX):]
    item = next((it for rx, it in routes if rx.match(path)), None)
    op = item and item.get(rec["method"].lower())
    if op is None:
        bad.append(where + ": not an operation of the spec")
        continue
    status = rec["status"]
    resp = op["responses"].get(status) or op["responses"].get(str(status))
    ctype = rec.get("content_type") or ""
    if resp is None and status in (401, 403):
        resp = {"content": {ctype: {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
    if resp is None:
        bad.append(where + ": status not in the spec")
        continue
    if status == 302:
        if not re.fullmatch(r"[0-9]+", rec.get("refresh_after") or ""):
            bad.append(where + ": no integer Refresh-After header")
        checked += 1
        continue
    content = resp.get("content")
    if not content:
        # the spec gives no body (404): ours, if any, is still an ErrorResponse
        content = {ctype: {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
    if ctype not in content:
        bad.append("%s: Content-Type %r is none of %s" % (where, ctype, sorted(content)))
        continue
    schema = content[ctype].get("schema")
    if "body" not in rec:
        bad.append(where + ": the body is not JSON")
        continue
    try:
        jsonschema.Draft4Validator(inline(schema)).validate(rec["body"])
        checked += 1
    except jsonschema.ValidationError as e:
        bad.append("%s: %s at %s" % (where, e.message[:200], "/".join(map(str, e.absolute_path))))

for b in bad:
    print("harbor spec:", b)
print("harbor spec: %d answers validated, %d problems" % (checked, len(bad)))
sys.exit(1 if bad else 0)
