#!/usr/bin/env python3
"""A small HTTPS file server for the db update tests.

  https_server.py ROOT CERT KEY PORTFILE LOGFILE

Binds 127.0.0.1 on a port the kernel picks and writes it to PORTFILE.
Serves files under ROOT with a strong ETag (sha256 of the content) and
Last-Modified, answers 304 to a matching If-None-Match, and under /cut/PATH
sends PATH's headers with its full Content-Length but only half the bytes,
then drops the connection (an interrupted download). Every request is
logged as "METHOD PATH STATUS" to LOGFILE.

Under /rest/json/cves/2.0 it plays the NVD CVE API 2.0 from ROOT/nvd-api/:
records.json (a list of {"cve": ...} entries, served in that order),
page_size (optional: fewer results per page than asked, as the API may
answer), fail_once (optional: a status such as 429, answered once with
Retry-After: 1, then the file is removed) and oversize (optional: the next
answer claims that many bytes, sends a few and hangs up; removed after).
It refuses (400) what NVD refuses: resultsPerPage missing or above 2000, a
startIndex off the page grid, one lastMod date without the other or a
window over 120 days. An apiKey header is logged as "key=VALUE".
"""
import datetime, email.utils, hashlib, http.server, json, os, ssl, sys, urllib.parse

root, cert, key, portfile, logfile = sys.argv[1:6]

class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def note(self, status, extra=""):
        with open(logfile, "a") as f:
            f.write("%s %s %d%s\n" % (self.command, self.path, status, extra))

    def answer(self, status, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def nvd(self, query):
        d = os.path.join(root, "nvd-api")
        key = self.headers.get("apiKey")
        note = lambda st: self.note(st, " key=" + key if key else "")
        def opt(name):
            p = os.path.join(d, name)
            return open(p).read().strip() if os.path.exists(p) else None
        fail = opt("fail_once")
        if fail:
            os.unlink(os.path.join(d, "fail_once"))
            self.answer(int(fail), b"slow down", [("Retry-After", "1")])
            return note(int(fail))
        big = opt("oversize")
        if big:
            os.unlink(os.path.join(d, "oversize"))
            self.send_response(200)
            self.send_header("Content-Length", big)
            self.end_headers()
            self.wfile.write(b'{"format": "NVD_CVE", "vulnerabilities": [')
            self.wfile.flush()
            self.close_connection = True
            return note(200)
        q = urllib.parse.parse_qs(query, keep_blank_values=True)
        def bad(why):
            self.answer(400, why.encode())
            note(400)
        def when(v):
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        try:
            per = int(q["resultsPerPage"][0])
            start = int(q["startIndex"][0])
        except (KeyError, ValueError):
            return bad("resultsPerPage and startIndex are required")
        page = min(per, int(opt("page_size") or per))
        if not 1 <= per <= 2000 or start < 0 or start % page:
            return bad("resultsPerPage 1-2000, startIndex on the page grid")
        recs = json.load(open(os.path.join(d, "records.json")))
        if ("lastModStartDate" in q) != ("lastModEndDate" in q):
            return bad("both lastModStartDate and lastModEndDate")
        if "lastModStartDate" in q:
            a, b = when(q["lastModStartDate"][0]), when(q["lastModEndDate"][0])
            if b < a or (b - a).days > 120:
                return bad("the window must be 0-120 days")
            recs = [r for r in recs
                    if a <= when(r["cve"]["lastModified"]).replace(tzinfo=datetime.timezone.utc) <= b]
        if start > len(recs):
            return bad("startIndex past totalResults")
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
        got = recs[start:start + page]
        body = json.dumps({"resultsPerPage": len(got), "startIndex": start, "totalResults": len(recs),
                           "format": "NVD_CVE", "version": "2.0", "timestamp": now,
                           "vulnerabilities": got}).encode()
        self.answer(200, body)
        note(200)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/rest/json/cves/2.0":
            return self.nvd(url.query)
        path = urllib.parse.unquote(self.path)  # osv.dev's "Rocky%20Linux/all.zip"
        cut = path.startswith("/cut/")
        if cut:
            path = path[4:]
        fs = os.path.join(root, path.lstrip("/"))
        if ".." in path or not os.path.isfile(fs):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.note(404)
            return
        data = open(fs, "rb").read()
        etag = '"%s"' % hashlib.sha256(data).hexdigest()
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            self.note(304)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(os.path.getmtime(fs), usegmt=True))
        self.end_headers()
        self.note(200)
        if cut:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(data)

srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(portfile + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(portfile + ".tmp", portfile)
srv.serve_forever()
