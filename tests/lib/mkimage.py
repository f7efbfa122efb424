#!/usr/bin/env python3
"""Builds test images from layer tar files, in the formats drydock reads.

  mkimage.py FORMAT OUT LAYER [LAYER...] [--tag TAG] [--history CMD]...
             [--config-json JSON]
FORMAT: oci (directory), oci-archive (tar of one), docker-archive (docker
save layout: manifest.json, <id>/layer.tar, config). A LAYER is a tar file,
plain or gzip-compressed, or DIR=PATH to tar a directory, or a "spec" file
NAME.layer listing lines "PATH<TAB>CONTENT" (CONTENT '-' makes a directory,
a path ending in '.wh.NAME' is a whiteout). Used by the shell tests; not a
general tool.
"""
import argparse, gzip, hashlib, io, json, os, shutil, tarfile, tempfile

def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()

def layer_bytes(spec):
    """Returns (uncompressed tar, blob as stored in an OCI layout)."""
    if spec.startswith("DIR="):
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as tf:
            tf.add(spec[4:], arcname=".")
        raw = b.getvalue()
        return raw, gzip.compress(raw, mtime=0)
    if spec.endswith(".layer"):
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as tf:
            for line in open(spec, encoding="utf-8"):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                path, _, content = line.partition("\t")
                ti = tarfile.TarInfo(path)
                ti.mtime = 1700000000
                if content == "-":
                    ti.type = tarfile.DIRTYPE
                    ti.mode = 0o755
                    tf.addfile(ti)
                else:
                    data = content.encode().decode("unicode_escape").encode("latin-1")
                    ti.size = len(data)
                    ti.mode = 0o644
                    tf.addfile(ti, io.BytesIO(data))
        raw = b.getvalue()
        return raw, gzip.compress(raw, mtime=0)
    data = open(spec, "rb").read()
    if data[:2] == b"\x1f\x8b":
        return gzip.decompress(data), data
    return data, gzip.compress(data, mtime=0)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("format", choices=["oci", "oci-archive", "docker-archive"])
    ap.add_argument("out")
    ap.add_argument("layers", nargs="+")
    ap.add_argument("--tag", default="latest")
    ap.add_argument("--history", action="append", default=[])
    ap.add_argument("--config-json", default="{}")
    a = ap.parse_args()
    layers = [layer_bytes(s) for s in a.layers]
    extra = json.loads(a.config_json)
    config = {"architecture": "amd64", "os": "linux", "created": "2023-11-14T00:00:00Z",
              "config": extra.get("config", {"Cmd": ["/bin/sh"]}),
              "rootfs": {"type": "layers", "diff_ids": [sha(raw) for raw, _ in layers]},
              "history": [{"created_by": h} for h in a.history] or
                         [{"created_by": "/bin/sh -c #(nop) ADD file:layer%d in / " % i} for i in range(len(layers))]}
    cb = json.dumps(config, sort_keys=True).encode()
    if a.format == "docker-archive":
        work = tempfile.mkdtemp()
        names = []
        for i, (raw, _) in enumerate(layers):
            d = hashlib.sha256(raw).hexdigest()
            os.makedirs(os.path.join(work, d), exist_ok=True)
            open(os.path.join(work, d, "layer.tar"), "wb").write(raw)
            names.append(d + "/layer.tar")
        cname = hashlib.sha256(cb).hexdigest() + ".json"
        open(os.path.join(work, cname), "wb").write(cb)
        json.dump([{"Config": cname, "RepoTags": ["test/image:" + a.tag], "Layers": names}],
                  open(os.path.join(work, "manifest.json"), "w"))
        with tarfile.open(a.out, "w") as tf:
            for n in sorted(os.listdir(work)):
                tf.add(os.path.join(work, n), arcname=n)
        shutil.rmtree(work)
        return
    out = a.out if a.format == "oci" else tempfile.mkdtemp()
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "blobs", "sha256"))
    def put(b):
        d = sha(b)
        open(os.path.join(out, "blobs", "sha256", d[7:]), "wb").write(b)
        return d
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": put(cb), "size": len(cb)},
                "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": put(gz), "size": len(gz)}
                           for _, gz in layers]}
    mb = json.dumps(manifest).encode()
    json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
               "digest": put(mb), "size": len(mb), "annotations": {"org.opencontainers.image.ref.name": a.tag}}]},
              open(os.path.join(out, "index.json"), "w"))
    open(os.path.join(out, "oci-layout"), "w").write('{"imageLayoutVersion":"1.0.0"}')
    if a.format == "oci-archive":
        with tarfile.open(a.out, "w") as tf:
            for n in sorted(os.listdir(out)):
                tf.add(os.path.join(out, n), arcname=n)
        shutil.rmtree(out)

main()
