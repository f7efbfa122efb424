#!/usr/bin/env python3
"""A registry that refuses tags: forwards every request to a real registry
(UPSTREAM, host:port) except a manifest PUT by tag, which it answers with
403 DENIED as an immutable repository does (or STATUS: Harbor answers an
immutable tag with 412). For tests/fix/apk_registry.sh and
tests/server/fix_task.sh.

  refuse_proxy.py UPSTREAM PORT_FILE [STATUS]
"""
import http.client, http.server, json, sys

UPSTREAM = sys.argv[1]
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 403

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def forward(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        parts = self.path.split("?")[0].split("/")
        if self.command == "PUT" and len(parts) > 3 and parts[-2] == "manifests" and not parts[-1].startswith("sha256:"):
            code = "DENIED" if STATUS == 403 else "PRECONDITION"
            b = json.dumps({"errors": [{"code": code, "message": "tag is immutable"}]}).encode()
            self.send_response(STATUS)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(b)))
            self.end_headers()
            self.wfile.write(b)
            return
        c = http.client.HTTPConnection(UPSTREAM, timeout=30)
        hdrs = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        c.request(self.command, self.path, body=body, headers=hdrs)
        r = c.getresponse()
        data = r.read()
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() in ("transfer-encoding", "connection", "content-length"):
                continue
            if k.lower() == "location":
                v = v.replace(UPSTREAM, "127.0.0.1:%d" % self.server.server_port)
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        c.close()

    do_GET = do_HEAD = do_PUT = do_POST = do_PATCH = do_DELETE = forward

s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
open(sys.argv[2], "w").write(str(s.server_port))
s.serve_forever()
