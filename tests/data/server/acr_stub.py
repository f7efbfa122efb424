#!/usr/bin/env python3
"""A loopback stand-in for Azure Container Registry's listing, as its
documentation ("Azure Container Registry authentication with the token
exchange", the registry's /v2 and /oauth2 endpoints) describes it: /v2/
requests without a token get 401 with a Bearer challenge naming the realm
/oauth2/token, the service (the login server) and the scope the request
needs ("registry:catalog:*" for /v2/_catalog, "repository:NAME:metadata_read"
or pull for tags); GET /oauth2/token?service=&scope= with Basic credentials
(an admin user or a service principal) answers {"access_token": ...} for
exactly that scope; pages follow n= with a Link rel="next" header whose
target carries ACR's extra orderby= parameter. The token log lists every
scope asked for.

usage: acr_stub.py PORT_FILE LOG USER:PASSWORD"""
import base64
import sys
import urllib.parse

from stub_http import JSONHandler, serve

port_file, log, cred = sys.argv[1], sys.argv[2], sys.argv[3]
REPOS = ["apps/api", "apps/web", "base/alpine", "tools/ci"]
TAGS = {"apps/api": ["1", "2", "3"], "apps/web": ["a"], "base/alpine": ["3.19"], "tools/ci": ["x"]}
issued = {}  # token -> scope


class H(JSONHandler):
    def challenge(self, scope):
        host = self.headers.get("Host")
        self.send_json(401, {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required"}]},
                       [("WWW-Authenticate", 'Bearer realm="http://%s/oauth2/token",service="%s",scope="%s"'
                         % (host, host.split(":")[0], scope))])

    def paged(self, path, q, items, key, extra):
        n = int(q.get("n", ["100"])[0])
        last = q.get("last", [""])[0]
        rest = [i for i in items if i > last]
        chunk = rest[:n]
        headers = []
        if len(rest) > n:
            headers.append(("Link", '<%s?last=%s&n=%d&orderby=>; rel="next"' % (path, chunk[-1], n)))
        doc = {key: chunk}
        doc.update(extra)
        self.send_json(200, doc, headers)

    def do_GET(self):
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        auth = self.headers.get("Authorization", "")
        with open(log, "a") as f:
            f.write("GET %s auth=%s\n" % (self.path, auth.split(" ")[0] if auth else "none"))
        if u.path == "/oauth2/token":
            if auth != "Basic " + base64.b64encode(cred.encode()).decode():
                return self.send_json(401, {"errors": [{"code": "UNAUTHORIZED", "message": "bad credentials"}]})
            scope = " ".join(q.get("scope", []))
            tok = "acr-%d" % len(issued)
            issued[tok] = scope
            return self.send_json(200, {"access_token": tok, "refresh_token": "r"})
        tok = auth[len("Bearer "):] if auth.startswith("Bearer ") else None
        if u.path == "/v2/_catalog":
            if issued.get(tok) != "registry:catalog:*":
                return self.challenge("registry:catalog:*")
            return self.paged(u.path, q, REPOS, "repositories", {})
        if u.path.startswith("/v2/") and u.path.endswith("/tags/list"):
            name = u.path[len("/v2/"):-len("/tags/list")]
            want = "repository:%s:metadata_read" % name
            if issued.get(tok) != want:
                return self.challenge(want)
            if name not in TAGS:
                return self.send_json(404, {"errors": [{"code": "NAME_UNKNOWN", "message": "repository name not known"}]})
            return self.paged(u.path, q, TAGS[name], "tags", {"name": name})
        self.send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "no route"}]})


serve(H, port_file)
