#!/usr/bin/env python3
"""A loopback stand-in for a GitLab instance and its container registry, as
GitLab's documentation describes them. The REST API v4 (GET
/api/v4/groups/:id/registry/repositories, :id the URL-encoded full group
path, offset pagination with page and per_page; entries {id, name, path,
project_id, location}) takes a personal access token as "PRIVATE-TOKEN:
TOKEN" or "Authorization: Bearer TOKEN"; a wrong or missing one is 401.
The registry (/v2/...) refuses /v2/_catalog (GitLab's registry serves the
catalog to its own admin tooling only) and answers tags/list on a Basic
challenge with the user and the same token as password, as `docker login`
with an access token does. Group "team" holds a subgroup "team/backend";
the group listing includes subgroups' repositories as GitLab's does.

usage: gitlab_stub.py PORT_FILE LOG USER TOKEN"""
import base64
import sys
import urllib.parse

from stub_http import JSONHandler, serve

port_file, log, user, token = sys.argv[1:5]
REPOS = [  # group, path (registry repository), tags
    ("team", "team/web", ["1.0", "2.0"]),
    ("team", "team/web/cache", ["7"]),
    ("team/backend", "team/backend/api", ["v1", "v2", "v3"]),
    ("other", "other/app", ["latest"]),
]


class H(JSONHandler):
    def do_GET(self):
        auth = self.headers.get("Authorization", "")
        pt = self.headers.get("PRIVATE-TOKEN", "")
        with open(log, "a") as f:
            f.write("GET %s auth=%s\n" % (self.path, auth.split(" ")[0] if auth else ("private-token" if pt else "none")))
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        if u.path.startswith("/v2/"):
            if u.path == "/v2/_catalog":
                return self.send_json(401, {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required"}]},
                                      [("WWW-Authenticate", 'Basic realm="GitLab Container Registry"')])
            if auth != "Basic " + base64.b64encode(("%s:%s" % (user, token)).encode()).decode():
                return self.send_json(401, {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required"}]},
                                      [("WWW-Authenticate", 'Basic realm="GitLab Container Registry"')])
            if u.path.endswith("/tags/list"):
                name = u.path[len("/v2/"):-len("/tags/list")]
                for _, path, tags in REPOS:
                    if path == name:
                        return self.send_json(200, {"name": name, "tags": tags})
                return self.send_json(404, {"errors": [{"code": "NAME_UNKNOWN", "message": "repository name not known"}]})
            return self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "no route"}]})
        if auth != "Bearer " + token and pt != token:
            return self.send_json(401, {"message": "401 Unauthorized"})
        prefix = "/api/v4/groups/"
        suffix = "/registry/repositories"
        raw = self.path.split("?")[0]  # still encoded: the group id is one segment
        if raw.startswith(prefix) and raw.endswith(suffix):
            group = urllib.parse.unquote(raw[len(prefix):-len(suffix)])
            if "/" in raw[len(prefix):-len(suffix)]:
                return self.send_json(404, {"message": "404 Not found"})  # an unencoded path is another route
            if group not in {g for g, _, _ in REPOS}:
                return self.send_json(404, {"message": "404 Group Not Found"})
            mine = [r for r in REPOS if r[0] == group or r[0].startswith(group + "/")]
            per = min(int(q.get("per_page", ["20"])[0]), 100)
            page = int(q.get("page", ["1"])[0])
            chunk = mine[(page - 1) * per:page * per]
            doc = [{"id": i + 1, "name": p.split("/", 2)[-1] if p.count("/") > 1 else "", "path": p, "project_id": 10 + i,
                    "location": "registry.example/" + p} for i, (_, p, _) in enumerate(chunk)]
            hdr = [("X-Total", str(len(mine))), ("X-Page", str(page)), ("X-Per-Page", str(per)),
                   ("X-Next-Page", str(page + 1) if page * per < len(mine) else "")]
            return self.send_json(200, doc, hdr)
        self.send_json(404, {"message": "404 Not found"})


serve(H, port_file)
