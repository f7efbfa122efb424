#!/usr/bin/env python3
"""A Docker registry token server for tests (the "auth: token:" flow).

GET /token?service=S&scope=repository:NAME:ACTIONS with Basic credentials
(or none, with --anonymous) answers {"token": JWT, "expires_in": N}; POST
/token with grant_type=refresh_token and the configured refresh token
(docker's "identitytoken") answers {"access_token": JWT}. The JWT is RS256
signed with --key and carries --cert in its x5c header, which the registry
checks against its rootcertbundle. Every request is logged as one line:
"METHOD scope=... user=... status=...". Binds 127.0.0.1 on a free port and
writes the port to --port-file. Uses only python3-cryptography.
"""
import argparse, base64, json, os, threading, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


class Tokens:
    def __init__(self, args):
        self.args = args
        with open(args.key, "rb") as f:
            self.key = serialization.load_pem_private_key(f.read(), password=None)
        with open(args.cert, "rb") as f:
            cert = x509.load_pem_x509_certificate(f.read())
        self.x5c = base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()
        self.users = dict(u.split(":", 1) for u in args.user)
        self.lock = threading.Lock()

    def issue(self, subject, scopes):
        now = int(time.time())
        access = []
        for sc in scopes:
            parts = sc.split(":")
            if len(parts) >= 3 and parts[0] == "repository":
                access.append({"type": "repository", "name": ":".join(parts[1:-1]),
                               "actions": parts[-1].split(",")})
        header = {"typ": "JWT", "alg": "RS256", "x5c": [self.x5c]}
        claims = {"iss": self.args.issuer, "sub": subject, "aud": self.args.service,
                  "exp": now + self.args.expires, "nbf": now - 10, "iat": now,
                  "jti": os.urandom(8).hex(), "access": access}
        signing_input = (b64url(json.dumps(header).encode()) + "." +
                         b64url(json.dumps(claims).encode())).encode()
        sig = self.key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return signing_input.decode() + "." + b64url(sig)

    def log(self, line):
        with self.lock, open(self.args.log, "a") as f:
            f.write(line + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="drydock-token"')
        self.end_headers()
        self.wfile.write(data)

    def basic_user(self):
        h = self.headers.get("Authorization", "")
        if not h.startswith("Basic "):
            return None, False
        try:
            user, _, pw = base64.b64decode(h[6:]).decode().partition(":")
        except Exception:
            return None, True
        return (user, True) if T.users.get(user) == pw else (None, True)

    def do_GET(self):
        u = urllib.parse.urlparse(self.path)
        q = urllib.parse.parse_qs(u.query)
        scopes = q.get("scope", [])
        user, tried = self.basic_user()
        if u.path != "/token" or q.get("service", [""])[0] != T.args.service:
            T.log("GET bad-request path=%s" % u.path)
            return self.reply(400, {"error": "bad request"})
        if tried and not user:
            T.log("GET scope=%s user=- status=401" % ",".join(scopes))
            return self.reply(401, {"error": "bad credentials"})
        if not user and not T.args.anonymous:
            T.log("GET scope=%s user=anonymous status=401" % ",".join(scopes))
            return self.reply(401, {"error": "credentials required"})
        T.log("GET scope=%s user=%s status=200" % (",".join(scopes), user or "anonymous"))
        self.reply(200, {"token": T.issue(user or "", scopes), "expires_in": T.args.expires})

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(min(n, 65536)).decode())
        scopes = form.get("scope", [])
        if (form.get("grant_type", [""])[0] != "refresh_token" or
                form.get("refresh_token", [""])[0] != T.args.refresh_token):
            T.log("POST scope=%s status=401" % ",".join(scopes))
            return self.reply(401, {"error": "invalid_grant"})
        T.log("POST scope=%s status=200" % ",".join(scopes))
        self.reply(200, {"access_token": T.issue("refresh", scopes), "expires_in": T.args.expires})


def main():
    global T
    ap = argparse.ArgumentParser()
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--service", required=True)
    ap.add_argument("--issuer", required=True)
    ap.add_argument("--user", action="append", default=[])
    ap.add_argument("--refresh-token", default="")
    ap.add_argument("--anonymous", action="store_true")
    ap.add_argument("--expires", type=int, default=300)
    ap.add_argument("--log", required=True)
    T = Tokens(ap.parse_args())
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    with open(T.args.port_file + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(T.args.port_file + ".tmp", T.args.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
