#!/usr/bin/env python3
"""A loopback stand-in for Harbor's API v2.0 as its documentation describes
it (goharbor.io "Harbor API", the swagger of /api/v2.0): Basic auth (a
robot account) on a `WWW-Authenticate: Basic` challenge; GET
/api/v2.0/projects, /projects/{p}/repositories and
/projects/{p}/repositories/{r}/artifacts?with_tag=true as JSON lists paged
by page/page_size with X-Total-Count and a Link rel="next" header; the
repository segment URL-encoded twice; /v2/_catalog refused (401
UNAUTHORIZED) to anyone but a system admin, which a robot is not.

usage: harbor_stub.py PORT_FILE LOG USER:PASSWORD"""
import base64
import sys
import urllib.parse

from stub_http import JSONHandler, serve

port_file, log, cred = sys.argv[1], sys.argv[2], sys.argv[3]
PROJECTS = ["library", "team"]
REPOS = {"library": ["library/alpine", "library/base", "library/nested/tool"], "team": ["team/app"]}
ARTIFACTS = {
    "library/alpine": [{"digest": "sha256:" + "1" * 64, "tags": [{"name": "3.19.4"}, {"name": "3.19"}]},
                       {"digest": "sha256:" + "2" * 64, "tags": [{"name": "3.20.3"}]},
                       {"digest": "sha256:" + "3" * 64, "tags": None}],
    "library/base": [{"digest": "sha256:" + "4" * 64, "tags": [{"name": "1.0"}]}],
    "library/nested/tool": [{"digest": "sha256:" + "5" * 64, "tags": [{"name": "v2"}]}],
    "team/app": [{"digest": "sha256:" + "6" * 64, "tags": [{"name": "latest"}]}],
}


class H(JSONHandler):
    def unauthorized(self, msg):
        self.send_json(401, {"errors": [{"code": "UNAUTHORIZED", "message": msg}]},
                       [("WWW-Authenticate", 'Basic realm="harbor"')])

    def paged(self, path, q, items):
        page = int(q.get("page", ["1"])[0])
        size = int(q.get("page_size", ["10"])[0])
        chunk = items[(page - 1) * size:page * size]
        headers = [("X-Total-Count", str(len(items)))]
        if page * size < len(items):
            nq = dict((k, v[0]) for k, v in q.items())
            nq.update(page=str(page + 1), page_size=str(size))
            headers.append(("Link", '<%s?%s>; rel="next"' % (path, urllib.parse.urlencode(nq))))
        self.send_json(200, chunk, headers)

    def do_GET(self):
        with open(log, "a") as f:
            f.write("GET %s auth=%s\n" % (self.path, "yes" if self.headers.get("Authorization") else "no"))
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        raw = u.path
        auth = self.headers.get("Authorization", "")
        if raw.startswith("/v2/"):
            # Harbor: the catalog is for system admins; a robot gets 401
            return self.unauthorized("unauthorized to list catalog")
        if auth != "Basic " + base64.b64encode(cred.encode()).decode():
            return self.unauthorized("unauthorized")
        parts = raw.split("/")   # '', 'api', 'v2.0', 'projects', ...
        if parts[:4] != ["", "api", "v2.0", "projects"]:
            return self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "no route"}]})
        if len(parts) == 4:
            return self.paged(raw, q, [{"project_id": i + 1, "name": p} for i, p in enumerate(PROJECTS)])
        project = urllib.parse.unquote(parts[4])
        if project not in REPOS:
            return self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "project not found"}]})
        if len(parts) == 6 and parts[5] == "repositories":
            return self.paged(raw, q, [{"name": r, "artifact_count": len(ARTIFACTS[r])} for r in REPOS[project]])
        if len(parts) == 8 and parts[5] == "repositories" and parts[7] == "artifacts":
            # the repository segment is encoded twice: decode it twice
            name = project + "/" + urllib.parse.unquote(urllib.parse.unquote(parts[6]))
            if name not in ARTIFACTS or q.get("with_tag") != ["true"]:
                return self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "repository not found"}]})
            return self.paged(raw, q, ARTIFACTS[name])
        self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "no route"}]})


serve(H, port_file)
