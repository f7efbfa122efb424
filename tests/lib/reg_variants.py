#!/usr/bin/env python3
"""Pushes N distinct images to a docker-registry quickly (the scale-out tests).

  reg_variants.py LAYOUT TAG ADDR REPO N BYTES

Image i (1..N) is LAYOUT:TAG (an OCI layout, e.g. umoci's) plus one layer
holding opt/variant.bin of BYTES random bytes, pushed as ADDR/REPO:i over
plain HTTP with the registry API itself (monolithic blob uploads, the base
layers once): no skopeo run per image, so 60 images take seconds, not a
minute. Every image has its own manifest, config and layer digest.
"""
import gzip, hashlib, io, json, os, sys, tarfile, urllib.request

layout, tag, addr, repo, n, size = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
base = f"http://{addr}/v2/{repo}"


def blob_path(digest):
    algo, hexd = digest.split(":", 1)
    return os.path.join(layout, "blobs", algo, hexd)


def request(method, url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, r.headers


def has_blob(digest):
    try:
        return request("HEAD", f"{base}/blobs/{digest}")[0] == 200
    except urllib.error.HTTPError:
        return False


def put_blob(data):
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if has_blob(digest):
        return digest
    _, h = request("POST", f"{base}/blobs/uploads/")
    loc = h["Location"]
    if loc.startswith("/"):
        loc = f"http://{addr}{loc}"
    sep = "&" if "?" in loc else "?"
    request("PUT", f"{loc}{sep}digest={digest}", data, {"Content-Type": "application/octet-stream"})
    return digest


index = json.load(open(os.path.join(layout, "index.json")))
desc = next(m for m in index["manifests"] if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == tag)
manifest = json.load(open(blob_path(desc["digest"])))
config = json.load(open(blob_path(manifest["config"]["digest"])))
for layer in manifest["layers"]:
    put_blob(open(blob_path(layer["digest"]), "rb").read())

for i in range(1, n + 1):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tf:
        payload = os.urandom(size)
        ti = tarfile.TarInfo("opt/variant.bin")
        ti.size = len(payload)
        ti.mode = 0o644
        tf.addfile(ti, io.BytesIO(payload))
    tar = raw.getvalue()
    gz = gzip.compress(tar, compresslevel=1, mtime=0)
    layer_digest = put_blob(gz)
    cfg = json.loads(json.dumps(config))
    cfg.setdefault("rootfs", {"type": "layers", "diff_ids": []})["diff_ids"].append(
        "sha256:" + hashlib.sha256(tar).hexdigest())
    cfg.setdefault("history", []).append({"created_by": f"ADD variant {i}"})
    cb = json.dumps(cfg).encode()
    m = json.loads(json.dumps(manifest))
    m["config"] = {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": put_blob(cb), "size": len(cb)}
    m["layers"].append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer_digest,
                        "size": len(gz)})
    m.pop("annotations", None)
    mb = json.dumps(m).encode()
    request("PUT", f"{base}/manifests/{i}", mb, {"Content-Type": "application/vnd.oci.image.manifest.v1+json"})
