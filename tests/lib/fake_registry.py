#!/usr/bin/env python3
"""A deliberately misbehaving OCI registry for drydock's hostile-registry tests.

Serves the image of an OCI layout (--layout, first entry of index.json) under
any repository name at /v2/<name>/manifests/<tag|digest> and
/v2/<name>/blobs/<digest>, and misbehaves as --mode says (blob modes act on
the largest layer only):

  ok             behaves
  401 / 403      every /v2/ request is refused (401 with a Basic challenge)
  404-manifest   manifests are unknown
  404-blob       the layer blob is unknown (manifest and config are served)
  429            the first --count requests get 429 with Retry-After --retry-after
  5xx            every request gets 503
  drop           the first layer GET sends half the bytes, then drops the connection;
                 Range requests are honoured (206)
  ignore-range   like drop, but Range is ignored (200 with the whole blob)
  bad-range      like drop, but a Range request gets a 206 starting at byte 0
  stall          the first layer GET sends half the bytes, then goes silent
  die            the first layer GET sends half the bytes, then the server exits
  trickle        every layer GET sends --trickle bytes per second, a quarter of
                 them every 250 ms (never silent long enough to look stalled)
  big-manifest   the manifest announces and streams 100 MB (--chunked: no length)
  big-token      /v2/ asks for a Bearer token (realm /token here), whose answer
                 announces and streams 100 MB (--chunked: no length)
  schema1        the manifest is a Docker schema 1 signed manifest
  bad-digest     the layer's bytes are altered (one byte flipped, --flip header|middle)
  redirect       requires Basic auth (--user), redirects blobs to another origin
                 (http://localhost:PORT/cdn/...), which logs whether it got credentials

One log line per request (--log): "METHOD PATH range=R auth=yes|no status=S sent=N".
Binds 127.0.0.1 (or --tls CERT KEY) on a free port, written to --port-file.
stdlib only.
"""
import argparse, base64, hashlib, json, os, socket, ssl, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

A = None
STATE = {"requests": 0, "layer_gets": 0}
LOCK = threading.Lock()


def load_layout(d):
    idx = json.load(open(os.path.join(d, "index.json")))
    mdesc = idx["manifests"][0]
    blob = lambda dg: open(os.path.join(d, "blobs", *dg.split(":")), "rb").read()
    mraw = blob(mdesc["digest"])
    m = json.loads(mraw)
    blobs = {m["config"]["digest"]: blob(m["config"]["digest"])}
    for l in m["layers"]:
        blobs[l["digest"]] = blob(l["digest"])
    return mraw, m.get("mediaType", mdesc.get("mediaType")), m, blobs


def log(line):
    with LOCK, open(A.log, "a") as f:
        f.write(line + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def done(self, status, sent=0):
        log("%s %s range=%s auth=%s status=%s sent=%d" % (
            self.command, self.path, self.headers.get("Range", "-"),
            "yes" if self.headers.get("Authorization") else "no", status, sent))

    def send_json(self, status, body, extra=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.done(status, len(data))

    def error(self, status, code, msg, extra=()):
        self.send_json(status, {"errors": [{"code": code, "message": msg}]}, extra)

    def send_bytes(self, status, data, ctype, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.done(status, len(data))   # before: a client may hang up mid-body
        self.wfile.write(data)

    def half_then(self, data, what):
        """Sends headers for all of data, then half of it, then `what`."""
        half = len(data) // 2
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[:half])
        self.wfile.flush()
        self.done("200-" + what, half)
        if what == "stall":
            time.sleep(A.stall)
        if what == "die":
            os._exit(3)
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def trickle(self, data):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        sent, step = 0, max(1, A.trickle // 4)
        try:
            while sent < len(data):
                self.wfile.write(data[sent:sent + step])
                self.wfile.flush()
                sent += step
                time.sleep(0.25)
        except OSError:
            pass
        self.done("200-trickle", sent)

    def serve_range(self, data, rng):
        start = int(rng.split("=", 1)[1].split("-", 1)[0])
        if A.mode == "ignore-range":
            return self.send_bytes(200, data, "application/octet-stream")
        if A.mode == "bad-range":
            start_sent = 0
        else:
            start_sent = start
        body = data[start_sent:]
        self.send_bytes(206, body, "application/octet-stream",
                        [("Content-Range", "bytes %d-%d/%d" % (start_sent, len(data) - 1, len(data)))])

    def big_manifest(self, ctype="application/vnd.oci.image.manifest.v1+json"):
        total = 100 * 1000 * 1000
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if A.chunked:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b'{"pad":"' + b"x" * 65536
        sent = 0
        try:
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass
        self.done(200, sent)

    def do_GET(self):
        with LOCK:
            STATE["requests"] += 1
            nreq = STATE["requests"]
        p = self.path
        if p.startswith("/cdn/"):
            dg = p[5:]
            return self.send_bytes(200, BLOBS[dg], "application/octet-stream")
        mode = A.mode
        if mode == "big-token" and p.startswith("/token"):
            return self.big_manifest("application/json")
        if not p.startswith("/v2/"):
            return self.error(404, "NOT_FOUND", "no such path")
        if mode == "big-token":
            return self.error(401, "UNAUTHORIZED", "authentication required",
                              [("WWW-Authenticate", 'Bearer realm="http://127.0.0.1:%d/token",service="fake"' % PORT)])
        if mode == "401" or (mode == "redirect" and not self.authorized()):
            return self.error(401, "UNAUTHORIZED", "authentication required",
                              [("WWW-Authenticate", 'Basic realm="fake"')])
        if mode == "403":
            return self.error(403, "DENIED", "requested access to the resource is denied")
        if mode == "5xx":
            return self.error(503, "UNAVAILABLE", "service unavailable")
        if mode == "429" and nreq <= A.count:
            return self.error(429, "TOOMANYREQUESTS", "slow down", [("Retry-After", str(A.retry_after))])
        if p == "/v2/" or p == "/v2":
            return self.send_json(200, {})
        parts = p[4:].split("/")
        if len(parts) < 3:
            return self.error(404, "NAME_UNKNOWN", "bad path")
        kind, ref = parts[-2], parts[-1]
        if kind == "manifests":
            if mode == "404-manifest":
                return self.error(404, "MANIFEST_UNKNOWN", "manifest unknown")
            if mode == "big-manifest":
                return self.big_manifest()
            if mode == "schema1":
                doc = {"schemaVersion": 1, "name": "/".join(parts[:-2]), "tag": ref, "architecture": "amd64",
                       "fsLayers": [{"blobSum": MANIFEST["layers"][0]["digest"]}],
                       "history": [{"v1Compatibility": "{}"}],
                       "signatures": []}
                return self.send_bytes(200, json.dumps(doc).encode(),
                                       "application/vnd.docker.distribution.manifest.v1+prettyjws")
            if ref.startswith("sha256:") and ref != MANIFEST_DIGEST:
                return self.error(404, "MANIFEST_UNKNOWN", "manifest unknown")
            return self.send_bytes(200, MANIFEST_RAW, MANIFEST_TYPE,
                                   [("Docker-Content-Digest", MANIFEST_DIGEST)])
        if kind == "blobs":
            data = BLOBS.get(ref)
            if data is None:
                return self.error(404, "BLOB_UNKNOWN", "blob unknown to registry")
            # the largest layer is the one that misbehaves; the others and the
            # config are served as they are (layers are fetched in parallel)
            if ref != BIG_LAYER and mode != "redirect":
                return self.send_bytes(200, data, "application/octet-stream")
            if mode == "404-blob":
                return self.error(404, "BLOB_UNKNOWN", "blob unknown to registry")
            if mode == "redirect":
                self.send_response(307)
                self.send_header("Location", "http://localhost:%d/cdn/%s" % (PORT, ref))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return self.done(307)
            if mode == "bad-digest":
                # --flip header: the gzip MTIME byte (decodes fine, only the
                # digest differs); --flip middle: a byte of the deflate data
                bad = bytearray(data)
                bad[4 if A.flip == "header" else len(bad) // 2] ^= 0x55
                return self.send_bytes(200, bytes(bad), "application/octet-stream")
            if mode == "trickle":
                return self.trickle(data)
            rng = self.headers.get("Range")
            if rng and mode in ("drop", "ignore-range", "bad-range", "stall"):
                return self.serve_range(data, rng)
            with LOCK:
                STATE["layer_gets"] += 1
                first = STATE["layer_gets"] == 1
            if first and mode in ("drop", "ignore-range", "bad-range"):
                return self.half_then(data, "drop")
            if first and mode in ("stall", "die"):
                return self.half_then(data, mode)
            return self.send_bytes(200, data, "application/octet-stream")
        return self.error(404, "NAME_UNKNOWN", "bad path")

    def authorized(self):
        h = self.headers.get("Authorization", "")
        if not h.startswith("Basic "):
            return False
        try:
            return base64.b64decode(h[6:]).decode() == A.user
        except Exception:
            return False


def main():
    global A, MANIFEST_RAW, MANIFEST_TYPE, MANIFEST, MANIFEST_DIGEST, BLOBS, PORT, BIG_LAYER
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="ok")
    ap.add_argument("--layout", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--count", type=int, default=2)
    ap.add_argument("--retry-after", type=int, default=1)
    ap.add_argument("--stall", type=float, default=30)
    ap.add_argument("--chunked", action="store_true")
    ap.add_argument("--trickle", type=int, default=16)
    ap.add_argument("--flip", choices=["header", "middle"], default="header")
    ap.add_argument("--user", default="drydock:fake-pass")
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    A = ap.parse_args()
    MANIFEST_RAW, MANIFEST_TYPE, MANIFEST, BLOBS = load_layout(A.layout)
    MANIFEST_DIGEST = "sha256:" + hashlib.sha256(MANIFEST_RAW).hexdigest()
    BIG_LAYER = max(MANIFEST["layers"], key=lambda l: l["size"])["digest"]
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    if A.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(A.tls[0], A.tls[1])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    PORT = srv.server_address[1]
    open(A.log, "a").close()
    with open(A.port_file + ".tmp", "w") as f:
        f.write(str(PORT))
    os.rename(A.port_file + ".tmp", A.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
