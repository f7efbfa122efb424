#!/usr/bin/env python3
"""A loopback stand-in for Red Hat Quay's API v1 as its API reference
describes it: GET /api/v1/repository?namespace=NS lists a namespace's
repositories ({"repositories": [{namespace, name, ...}], "next_page": TOKEN}
while more remain; the next request passes next_page=TOKEN back), and GET
/api/v1/repository/NS/NAME/tag/?onlyActiveTags=true&limit=N&page=P lists
tags ({"tags": [{name, ...}], "page": P, "has_additional": bool}). An OAuth
token comes as "Authorization: Bearer TOKEN"; without it only public
repositories are listed, with a wrong one 401. The namespace "acme" has a
private repository (seen with the token only) and an expired tag (hidden by
onlyActiveTags). /v2/_catalog answers with the public repositories only, as
Quay does for an anonymous or token-less client.

usage: quay_stub.py PORT_FILE LOG TOKEN"""
import sys
import urllib.parse

from stub_http import JSONHandler, serve

port_file, log, token = sys.argv[1], sys.argv[2], sys.argv[3]
REPOS = [("acme", "web", True), ("acme", "worker", False), ("acme", "db", True), ("other", "app", True)]
TAGS = {"acme/web": [("1.0", False), ("1.1", False), ("0.9", True)], "acme/worker": [("2.0", False)],
        "acme/db": [("15", False), ("16", False), ("17", False)], "other/app": [("x", False)]}
PAGE = 2  # repositories per page, so that next_page is exercised


class H(JSONHandler):
    def do_GET(self):
        auth = self.headers.get("Authorization", "")
        with open(log, "a") as f:
            f.write("GET %s auth=%s\n" % (self.path, auth.split(" ")[0] if auth else "none"))
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        if auth and auth != "Bearer " + token:
            return self.send_json(401, {"error_message": "Invalid token", "status": 401})
        private_ok = auth == "Bearer " + token
        visible = [r for r in REPOS if r[2] or private_ok]
        if u.path == "/v2/_catalog":
            return self.send_json(200, {"repositories": ["%s/%s" % (n, r) for n, r, pub in REPOS if pub]})
        if u.path == "/api/v1/repository":
            ns = q.get("namespace", [None])[0]
            if not ns:
                return self.send_json(400, {"error_message": "namespace, public or starred required"})
            mine = [r for r in visible if r[0] == ns]
            start = int(q.get("next_page", ["0"])[0].replace("tok-", "") or 0)
            page = mine[start:start + PAGE]
            doc = {"repositories": [{"namespace": n, "name": r, "is_public": p, "kind": "image"} for n, r, p in page]}
            if start + PAGE < len(mine):
                doc["next_page"] = "tok-%d" % (start + PAGE)
            return self.send_json(200, doc)
        parts = u.path.split("/")  # '', api, v1, repository, ns, name, tag, ''
        if parts[:4] == ["", "api", "v1", "repository"] and len(parts) == 8 and parts[6] == "tag":
            name = parts[4] + "/" + parts[5]
            if name not in TAGS or not any("%s/%s" % (n, r) == name for n, r, _ in visible):
                return self.send_json(404, {"error_message": "Not Found"})
            active = q.get("onlyActiveTags") == ["true"]
            tags = [{"name": t, "manifest_digest": "sha256:" + "a" * 64} for t, expired in TAGS[name]
                    if not (active and expired)]
            limit = int(q.get("limit", ["50"])[0])
            pg = int(q.get("page", ["1"])[0])
            chunk = tags[(pg - 1) * limit:pg * limit]
            return self.send_json(200, {"tags": chunk, "page": pg, "has_additional": pg * limit < len(tags)})
        self.send_json(404, {"error_message": "Not Found"})


serve(H, port_file)
