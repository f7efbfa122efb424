#!/usr/bin/env python3
"""A registry that refuses tags: forwards every request to a real registry
(UPSTREAM, host:port) except a manifest PUT by tag, which it answers with
403 DENIED as an immutable repository does (or STATUS: Harbor answers an
immutable tag with 412). For tests/fix/apk_registry.sh and
tests/server/fix_task.sh.

With METHOD DELETE (tests/server/chain.sh) the refused request is a
manifest DELETE instead, answered STATUS (405 UNSUPPORTED: a registry with
deletes disabled). With HOLD_FILE too, such a DELETE is held while that
file exists and then answered 503 (never forwarded): a request the client
gave up on (killed) does nothing; DELETEs sent while it is absent pass.

  refuse_proxy.py UPSTREAM PORT_FILE [STATUS [METHOD [HOLD_FILE]]]
"""
import http.client, http.server, json, os, sys, time

UPSTREAM = sys.argv[1]
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 403
METHOD = sys.argv[4] if len(sys.argv) > 4 else "PUT"
HOLD = sys.argv[5] if len(sys.argv) > 5 else None
CODES = {403: "DENIED", 405: "UNSUPPORTED", 503: "UNAVAILABLE"}

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def forward(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        parts = self.path.split("?")[0].split("/")
        manifest = len(parts) > 3 and parts[-2] == "manifests"
        refused = self.command == "PUT" and METHOD == "PUT" and manifest and not parts[-1].startswith("sha256:")
        status = STATUS
        if METHOD == "DELETE" and self.command == "DELETE" and manifest:
            refused = not HOLD or os.path.exists(HOLD)
            while HOLD and os.path.exists(HOLD):
                time.sleep(0.1)
            status = 503 if HOLD else STATUS
        if refused:
            code = CODES.get(status, "PRECONDITION")
            why = "tag is immutable" if METHOD == "PUT" else "the operation is unsupported" if status == 405 else "held"
            b = json.dumps({"errors": [{"code": code, "message": why}]}).encode()
            self.send_response(status)
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
