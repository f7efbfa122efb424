#!/bin/bash
# Builds the application-inventory benchmark image (an OCI layout):
#   bench/make_app_image.sh OUTDIR [NPM_PACKAGES] [JARS]
# layer 0: an OS: this machine's /usr/bin and /usr/sbin (real executables,
#          the executable analyzer's worst case), its dpkg status and os-release
# layer 1: NPM_PACKAGES (default 5000) generated node_modules packages, a
#          fifth of them scoped and a tenth nested, each package.json + index.js
#          + README.md, plus a package-lock.json naming them all
# layer 2: JARS (default 300) placeholder jars (pom.properties, MANIFEST.MF,
#          50 KB of class-like bytes each); read only by a build with the jar
#          analyzer
set -euo pipefail
out=${1:?usage: make_app_image.sh OUTDIR [NPM_PACKAGES] [JARS]}
npm=${2:-5000}
jars=${3:-300}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
os=$work/os; mkdir -p "$os/usr" "$os/var/lib/dpkg" "$os/etc"
cp -a /usr/bin /usr/sbin "$os/usr/"
cp /var/lib/dpkg/status "$os/var/lib/dpkg/status"
cp /etc/os-release "$os/etc/os-release" 2>/dev/null || cp /usr/lib/os-release "$os/etc/os-release"
python3 - "$work" "$npm" "$jars" <<'PY'
import json, os, random, sys, zipfile
work, npm, jars = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(42)
app = os.path.join(work, "apps", "usr", "src", "app")
lock = {"name": "bench", "version": "1.0.0", "lockfileVersion": 3, "packages": {"": {"name": "bench"}}}
for i in range(npm):
    name = ("@scope%d/pkg%d" % (i % 50, i)) if i % 5 == 0 else "pkg%d" % i
    rel = "node_modules/" + name
    if i % 10 == 3:
        rel = "node_modules/pkg%d/node_modules/%s" % (i - 3, name)
    d = os.path.join(app, rel)
    os.makedirs(d, exist_ok=True)
    ver = "%d.%d.%d" % (rnd.randint(0, 9), rnd.randint(0, 30), rnd.randint(0, 20))
    json.dump({"name": name, "version": ver, "description": "generated package %d" % i, "main": "index.js",
               "license": "MIT", "dependencies": {"pkg%d" % rnd.randrange(npm): "^1.0.0"}}, open(d + "/package.json", "w"), indent=2)
    open(d + "/index.js", "w").write(("module.exports = function f%d(x) { return x * %d; };\n" % (i, i)) * 50)
    open(d + "/README.md", "w").write(("# %s\n\nSome documentation text.\n" % name) * 40)
    lock["packages"][rel] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/x-%s.tgz" % (name, ver), "license": "MIT"}
json.dump(lock, open(os.path.join(app, "package-lock.json"), "w"), indent=2)
lib = os.path.join(work, "jars", "opt", "app", "lib")
os.makedirs(lib, exist_ok=True)
for i in range(jars):
    with zipfile.ZipFile(os.path.join(lib, "lib%d-1.%d.jar" % (i, i % 10)), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nImplementation-Title: lib%d\nImplementation-Version: 1.%d\n" % (i, i % 10))
        z.writestr("META-INF/maven/com.example/lib%d/pom.properties" % i, "groupId=com.example\nartifactId=lib%d\nversion=1.%d\n" % (i, i % 10))
        for k in range(10):
            z.writestr("com/example/lib%d/C%d.class" % (i, k), bytes(rnd.getrandbits(8) for _ in range(5000)))
PY
python3 "$here/../tests/lib/mkimage.py" oci "$out" "DIR=$os" "DIR=$work/apps" "DIR=$work/jars" --tag bench
du -sh "$out"
