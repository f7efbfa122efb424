#!/usr/bin/env python3
"""A small HTTPS file server for the db update tests.

  https_server.py ROOT CERT KEY PORTFILE LOGFILE

Binds 127.0.0.1 on a port the kernel picks and writes it to PORTFILE.
Serves files under ROOT with a strong ETag (sha256 of the content) and
Last-Modified, answers 304 to a matching If-None-Match, and under /cut/PATH
sends PATH's headers with its full Content-Length but only half the bytes,
then drops the connection (an interrupted download). Every request is
logged as "METHOD PATH STATUS" to LOGFILE.
"""
import email.utils, hashlib, http.server, os, ssl, sys, urllib.parse

root, cert, key, portfile, logfile = sys.argv[1:6]

class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def note(self, status):
        with open(logfile, "a") as f:
            f.write("%s %s %d\n" % (self.command, self.path, status))

    def do_GET(self):
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
