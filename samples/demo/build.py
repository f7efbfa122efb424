#!/usr/bin/env python3
"""Builds samples/demo-image, the OCI image the README's first command scans.

It is made from the files beside this script (real Alpine 3.10.9 package
database and release files) plus planted risks generated here, so that the
committed image holds one case of every finding class:
  layer 1  Alpine 3.10.9 base: OS packages with known CVEs, a root account
           whose password is "password"
  layer 2  an application: log4j-core 2.14.1 inside a jar, lodash 4.17.11 in
           node_modules, a .env file with a (fake) Alibaba Cloud AccessKey
  layer 3  deletes the .env file (its bytes still ship in layer 2) and drops
           the EICAR anti-virus test file
  history  a RUN that pipes a download into a shell
Run it from anywhere; the output is deterministic and committed, so users need
no python. Secrets and EICAR are assembled here from pieces so that this
source tree itself carries neither.
"""
import gzip, hashlib, io, json, os, shutil, tarfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "demo-image")
MTIME = 1700000000

def tar_layer(entries):
    """entries: list of (path, bytes|None for dir, mode)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for path, data, mode in entries:
            ti = tarfile.TarInfo(path)
            ti.mtime = MTIME
            ti.mode = mode
            ti.uid = ti.gid = 0
            if data is None:
                ti.type = tarfile.DIRTYPE
                tf.addfile(ti)
            else:
                ti.size = len(data)
                tf.addfile(ti, io.BytesIO(data))
    tar = raw.getvalue()
    gz = gzip.compress(tar, compresslevel=9, mtime=0)
    return tar, gz

def read(rel):
    with open(os.path.join(HERE, rel), "rb") as f:
        return f.read()

def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()

def jar(props):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in props:
            zi = zipfile.ZipInfo(name, date_time=(2023, 11, 14, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def main():
    # sha512crypt of "password" with a fixed salt (openssl passwd -6 -salt drydock password)
    root_hash = "$6$drydock$" + read("root-hash.txt").decode().strip()
    shadow = ("root:%s:19000:0:::::\nbin:!::0:::::\ndaemon:!::0:::::\nnobody:!::0:::::\n" % root_hash).encode()
    base = [
        ("etc", None, 0o755),
        ("etc/os-release", read("base/etc/os-release"), 0o644),
        ("etc/alpine-release", read("base/etc/alpine-release"), 0o644),
        ("etc/passwd", read("base/etc/passwd"), 0o644),
        ("etc/group", read("base/etc/group"), 0o644),
        ("etc/shadow", shadow, 0o640),
        ("lib", None, 0o755), ("lib/apk", None, 0o755), ("lib/apk/db", None, 0o755),
        ("lib/apk/db/installed", read("base/lib/apk/db/installed"), 0o644),
    ]
    app_jar = jar([
        ("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nImplementation-Title: demo\r\n\r\n"),
        ("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties",
         "groupId=org.apache.logging.log4j\nartifactId=log4j-core\nversion=2.14.1\n"),
    ])
    lodash = json.dumps({"name": "lodash", "version": "4.17.11", "license": "MIT",
                         "description": "Lodash modular utilities."}, indent=2).encode()
    # a fake key in the documented shape: LTAI + 20 characters
    fake_ak = "LTAI" + "5tDemo" + "FakeKey" + "0123456"
    fake_sk = "Dd" + "DemoFakeSecret" + "NotReal0123456"
    env = ("ALIBABA_CLOUD_ACCESS_KEY_ID=%s\nALIBABA_CLOUD_ACCESS_KEY_SECRET=%s\n" % (fake_ak, fake_sk)).encode()
    app = [
        ("opt", None, 0o755), ("opt/app", None, 0o755),
        ("opt/app/app.jar", app_jar, 0o644),
        ("opt/app/.env", env, 0o600),
        ("opt/app/node_modules", None, 0o755), ("opt/app/node_modules/lodash", None, 0o755),
        ("opt/app/node_modules/lodash/package.json", lodash, 0o644),
    ]
    eicar = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").encode()
    top = [
        ("opt", None, 0o755), ("opt/app", None, 0o755),
        ("opt/app/.wh..env", b"", 0o644),
        ("tmp", None, 0o1777),
        ("tmp/eicar.com", eicar, 0o644),
    ]
    layers = [tar_layer(base), tar_layer(app), tar_layer(top)]
    history = [
        {"created": "2023-11-14T00:00:00Z", "created_by": "/bin/sh -c #(nop) ADD file:alpine-minirootfs-3.10.9-x86_64.tar.gz in / "},
        {"created": "2023-11-14T00:00:01Z", "created_by": "/bin/sh -c #(nop)  CMD [\"/bin/sh\"]", "empty_layer": True},
        {"created": "2023-11-14T00:00:02Z", "created_by": "COPY app /opt/app # buildkit"},
        {"created": "2023-11-14T00:00:03Z", "created_by": "RUN /bin/sh -c curl -fsSL https://get.example.com/install.sh | sh && rm /opt/app/.env # buildkit"},
    ]
    config = {
        "architecture": "amd64", "os": "linux", "created": "2023-11-14T00:00:03Z",
        "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                   "Cmd": ["/bin/sh"], "ExposedPorts": {"22/tcp": {}}},
        "rootfs": {"type": "layers", "diff_ids": [sha(t) for t, _ in layers]},
        "history": history,
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "blobs", "sha256"))
    def put(b):
        d = sha(b)
        with open(os.path.join(OUT, "blobs", "sha256", d[7:]), "wb") as f:
            f.write(b)
        return d
    manifest = {
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": put(config_bytes), "size": len(config_bytes)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": put(gz), "size": len(gz)} for _, gz in layers],
    }
    mb = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
             "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": put(mb), "size": len(mb),
                            "annotations": {"org.opencontainers.image.ref.name": "3.10"}}]}
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(index, f, sort_keys=True)
    with open(os.path.join(OUT, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion":"1.0.0"}')

main()
