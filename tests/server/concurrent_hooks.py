#!/usr/bin/env python3
"""N connections at once, each POSTing a distinct Distribution push event to
/api/v1/webhooks/distribution?registry=local; a refused or reset connection
is retried (up to 30 times with a short backoff). Writes {tasks: [ids],
statuses: {code: n}, retries, summary} to OUT; exit 1 unless every event
got a 202 with accepted 1 and one task.

usage: concurrent_hooks.py URL TOKEN N DIGEST OUT"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

url, token, n, digest, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
u = urllib.parse.urlparse(url)
start = threading.Barrier(n)
lock = threading.Lock()
res = {"tasks": [], "statuses": {}, "retries": 0, "errors": []}


def one(i):
    body = json.dumps({"events": [{"id": "load-%d" % i, "timestamp": "2026-12-07T12:00:00Z", "action": "push",
                                   "target": {"mediaType": "application/vnd.oci.image.manifest.v1+json",
                                              "digest": digest, "repository": "library/alpine", "tag": "3.19.4"}}]})
    try:
        start.wait(timeout=60)
    except threading.BrokenBarrierError:
        pass
    for attempt in range(30):
        try:
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
            c.request("POST", "/api/v1/webhooks/distribution?registry=local", body,
                      {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            r = c.getresponse()
            data = r.read()
            c.close()
        except (ConnectionError, OSError, http.client.HTTPException):
            with lock:
                res["retries"] += 1
            time.sleep(0.05 * (attempt + 1))
            continue
        with lock:
            res["statuses"][str(r.status)] = res["statuses"].get(str(r.status), 0) + 1
            if r.status == 503 and attempt < 29:
                res["retries"] += 1
            else:
                try:
                    d = json.loads(data)
                except ValueError:
                    d = {}
                if r.status == 202 and d.get("accepted") == 1 and len(d.get("tasks", [])) == 1:
                    res["tasks"] += d["tasks"]
                else:
                    res["errors"].append("event %d: %d %s" % (i, r.status, data[:200]))
                return
        time.sleep(0.05 * (attempt + 1))
    with lock:
        res["errors"].append("event %d: no answer after 30 attempts" % i)


threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
t0 = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
res["summary"] = "%d events, %d tasks, statuses %s, %d retries, %.1f s" % (
    n, len(res["tasks"]), res["statuses"], res["retries"], time.time() - t0)
json.dump(res, open(out, "w"))
print(res["summary"])
sys.exit(0 if len(res["tasks"]) == n and not res["errors"] else 1)
