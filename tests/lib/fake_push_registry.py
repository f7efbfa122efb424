#!/usr/bin/env python3
"""A registry that accepts pushes and lies about them, for the push tests.

Implements just enough of the Distribution API for a push (HEAD blob 404,
POST upload 202 + Location, PATCH 202, PUT 201, PUT manifest 201) and, by
--mode, answers with a Docker-Content-Digest that is not the digest of
what was sent: "blob-digest" on the blob PUT, "manifest-digest" on the
manifest PUT, "range" with a short Range after a PATCH. Every request is
logged as "METHOD PATH". Binds 127.0.0.1 on a free port, writes it to
--port-file.
"""
import argparse, hashlib, os, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WRONG = "sha256:" + "0" * 64


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def log(self):
        with open(A.log, "a") as f:
            f.write("%s %s\n" % (self.command, self.path))

    def body(self):
        n = int(self.headers.get("Content-Length", "0") or 0)
        return self.rfile.read(n) if n else b""

    def answer(self, status, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.log()
        self.answer(404)

    def do_POST(self):
        self.log()
        self.body()
        name = self.path.split("/blobs/uploads")[0]
        self.answer(202, [("Location", "%s/blobs/uploads/%s" % (name, uuid.uuid4().hex)), ("Range", "0-0")])

    def do_PATCH(self):
        self.log()
        data = self.body()
        end = len(data) - (2 if A.mode == "range" else 1)
        self.answer(202, [("Location", self.path.split("?")[0]), ("Range", "0-%d" % end)])

    def do_PUT(self):
        self.log()
        data = self.body()
        if "/manifests/" in self.path:
            d = WRONG if A.mode == "manifest-digest" else "sha256:" + hashlib.sha256(data).hexdigest()
            return self.answer(201, [("Docker-Content-Digest", d)])
        d = self.path.split("digest=")[-1].replace("%3A", ":")
        if A.mode == "blob-digest":
            d = WRONG
        self.answer(201, [("Docker-Content-Digest", d)])


def main():
    global A
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log", required=True)
    A = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    with open(A.port_file + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(A.port_file + ".tmp", A.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
