#!/usr/bin/env python3
"""A notification receiver for the notifier tests (tests/server/notify_*.sh).

  notify_receiver.py MODE PORT PORTFILE LOG SECRET [--cert C --key K] [--hang N]

MODE http: a JSON webhook receiver. It checks X-Drydock-Signature
("sha256=" + HMAC-SHA256 of the body under SECRET) and answers 200 when it
holds, 401 when not. --hang N: the first N requests are recorded, then held
5 s before the answer (a receiver that is slow while the sender dies).

MODE dingtalk: a DingTalk custom robot (POST /robot/send?access_token=...).
It checks the signature the way DingTalk's robot documentation states:
timestamp (ms, within an hour of now) and sign = urlencode(base64(
HMAC-SHA256(key=SECRET, "timestamp\\nSECRET"))), computed here
independently; then the markdown message (msgtype, markdown.title,
markdown.text). It answers HTTP 200 always, as the robot does, with
{"errcode": 0} when all holds, 310000 "sign not match" for a bad signature,
300001 for a bad body, and 130101 "send too fast" past 20 messages a minute.

MODE blackhole: accepts connections and never answers (a receiver that hangs).

PORT 0 takes a free one; the bound port is written to PORTFILE. Every
request is one JSON line in LOG: key (Idempotency-Key), ok, why, status,
errcode, sha256 (of the body), body (text), path.
"""
import base64, hashlib, hmac, http.server, json, socketserver, ssl, sys, threading, time, urllib.parse

mode, port, portfile, logfile, secret = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
args = sys.argv[6:]
opt = {args[i]: args[i + 1] for i in range(0, len(args), 2)}
hang = int(opt.get("--hang", "0"))
lock = threading.Lock()
seen = {"n": 0, "sent": []}


def note(rec):
    with lock, open(logfile, "a") as f:
        f.write(json.dumps(rec, sort_keys=True) + "\n")


def dingtalk_check(path, body):
    u = urllib.parse.urlsplit(path)
    q = urllib.parse.parse_qs(u.query, keep_blank_values=True)
    if u.path != "/robot/send" or not q.get("access_token"):
        return 300001, "not a robot url"
    ts, sign = q.get("timestamp", [""])[0], q.get("sign", [""])[0]
    if not ts.isdigit() or abs(int(ts) - time.time() * 1000) > 3600 * 1000:
        return 310000, "timestamp missing or over an hour off"
    want = base64.b64encode(hmac.new(secret.encode(), (ts + "\n" + secret).encode(), hashlib.sha256).digest()).decode()
    # the raw query must carry it URL-encoded (a raw '+' would read as a space)
    raw = dict(p.split("=", 1) for p in u.query.split("&") if "=" in p).get("sign", "")
    if sign != want or urllib.parse.unquote(raw) != want or "+" in raw or "/" in raw:
        return 310000, "sign not match"
    try:
        m = json.loads(body)
    except ValueError:
        return 300001, "body is not JSON"
    md = m.get("markdown") or {}
    if m.get("msgtype") != "markdown" or not isinstance(md.get("title"), str) or not isinstance(md.get("text"), str) \
            or not md["title"] or not md["text"]:
        return 300001, "not a markdown message"
    now = time.time()
    with lock:
        seen["sent"] = [t for t in seen["sent"] if t > now - 60]
        if len(seen["sent"]) >= 20:
            return 130101, "send too fast"
        seen["sent"].append(now)
    return 0, "ok"


class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):
        pass

    def answer(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        if n > 1 << 20:
            self.answer(413, b"{}")
            return
        body = self.rfile.read(n)
        rec = {"key": self.headers.get("Idempotency-Key"), "sha256": hashlib.sha256(body).hexdigest(),
               "body": body.decode("utf-8", "replace"), "path": self.path}
        with lock:
            seen["n"] += 1
            held = seen["n"] <= hang
        if mode == "dingtalk":
            code, why = dingtalk_check(self.path, body)
            rec.update(ok=code == 0, why=why, status=200, errcode=code)
            note(rec)
            self.answer(200, json.dumps({"errcode": code, "errmsg": why}).encode())
            return
        sig = self.headers.get("X-Drydock-Signature", "")
        want = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(sig, want)
        rec.update(ok=ok, why="ok" if ok else "bad signature", status=200 if ok else 401, held=held)
        note(rec)
        if held:
            time.sleep(5)
        try:
            self.answer(200 if ok else 401, b'{"ok": true}' if ok else b'{"error": "bad signature"}')
        except OSError:
            pass


class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


if mode == "blackhole":
    import socket, os
    ls = socket.socket()
    ls.bind(("127.0.0.1", port))
    ls.listen(64)
    with open(portfile + ".tmp", "w") as f:
        f.write(str(ls.getsockname()[1]))
    os.rename(portfile + ".tmp", portfile)
    held_conns = []
    while True:
        c, _ = ls.accept()
        held_conns.append(c)
        note({"key": None, "ok": False, "why": "held", "status": 0})

srv = S(("127.0.0.1", port), H)
if "--cert" in opt:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(opt["--cert"], opt["--key"])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(portfile + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
import os
os.rename(portfile + ".tmp", portfile)
srv.serve_forever()
