#!/usr/bin/env python3
"""Checks drydock's report on the planted image (planted_image.sh).

  planted_image_check.py RISKY.tar RISKY.json CLEAN.json

The expected layer of a file finding is computed from the image itself: the
topmost layer holding the path (for a deleted file, the layer that added it).
The expected history index of a build finding is the entry whose created_by
holds the command's marker text; its layer is the one that entry produced.
"""
import json, sys, tarfile

archive, risky_json, clean_json = sys.argv[1:4]
report = json.load(open(risky_json))
clean = json.load(open(clean_json))

with tarfile.open(archive) as t:
    manifest = json.load(t.extractfile("manifest.json"))[0]
    config = json.load(t.extractfile(manifest["Config"]))
    layer_files = []
    for name in manifest["Layers"]:
        with tarfile.open(fileobj=t.extractfile(name)) as lt:
            layer_files.append({m.name.lstrip("./").lstrip("/") for m in lt.getmembers()})

layers = [l["digest"] for l in report["artifact"]["layers"]]
assert len(layers) == len(layer_files), (len(layers), len(layer_files))
history = config["history"]

def layer_of(path, deleted=False):
    idx = [i for i, files in enumerate(layer_files) if path in files]
    assert idx, "no layer holds " + path
    return layers[idx[0] if deleted else idx[-1]]

def history_of(marker):
    idx = [i for i, h in enumerate(history) if marker in h.get("created_by", "")]
    assert idx, "no history entry holds " + marker
    i = idx[0]
    produced = sum(1 for h in history[:i] if not h.get("empty_layer"))
    return i, (None if history[i].get("empty_layer") else layers[produced])

failures = []
def find(cls, rid, path=None):
    hits = [f for f in report["findings"] if f["class"] == cls and f["id"] == rid and (path is None or f.get("path") == path)]
    if not hits:
        failures.append(f"missing {cls} {rid} {path or ''}")
    return hits[0] if hits else None

def file_case(cls, rid, path, deleted=False, line=None):
    f = find(cls, rid, path)
    if not f:
        return
    want = layer_of(path, deleted)
    if f.get("layer") != want:
        failures.append(f"{rid} {path}: layer {f.get('layer')} != {want}")
    if cls == "malware" and bool(f.get("removed_in_final")) != deleted:
        failures.append(f"{rid} {path}: removed_in_final {f.get('removed_in_final')} != {deleted}")
    if line is not None and f.get("line") != line:
        failures.append(f"{rid} {path}: line {f.get('line')} != {line}")
    if not f.get("remediation"):
        failures.append(f"{rid} {path}: no remediation")

def build_case(rid, marker):
    f = [x for x in report["findings"] if x["class"] == "build" and x["id"] == rid]
    if not f:
        failures.append(f"missing build {rid}")
        return
    i, layer = history_of(marker)
    if not any(x["history_index"] == i for x in f):
        failures.append(f"{rid}: history_index {[x['history_index'] for x in f]} != {i} ({marker})")
        return
    x = [x for x in f if x["history_index"] == i][0]
    if layer and x.get("layer") != layer:
        failures.append(f"{rid}: layer {x.get('layer')} != {layer}")

def config_case(rid, needle):
    if not [f for f in report["findings"] if f["class"] == "baseline" and f["id"] == rid and needle in f.get("title", "")]:
        failures.append(f"missing baseline {rid} ({needle})")

# baseline, on files
for rid, path in [("empty-password", "etc/shadow"), ("weak-password", "etc/shadow"), ("uid0-account", "etc/passwd"),
                  ("duplicate-uid", "etc/passwd"), ("duplicate-gid", "etc/group"), ("sudo-nopasswd-all", "etc/sudoers.d/app"),
                  ("sshd-permit-root-login", "etc/ssh/sshd_config.d/10-root.conf"),
                  ("sshd-permit-empty-passwords", "etc/ssh/sshd_config"), ("sshd-password-authentication", "etc/ssh/sshd_config"),
                  ("password-max-days", "etc/login.defs"), ("redis-no-password", "etc/redis.conf"),
                  ("redis-protected-mode-off", "etc/redis.conf"), ("mongodb-no-auth", "etc/mongod.conf"),
                  ("elasticsearch-security-disabled", "etc/elasticsearch/elasticsearch.yml"),
                  ("memcached-all-interfaces", "etc/memcached.conf"), ("postgres-trust", "etc/postgresql/15/main/pg_hba.conf"),
                  ("tomcat-weak-password", "usr/local/tomcat/conf/tomcat-users.xml"),
                  ("world-writable-file", "etc/ww.conf"), ("world-writable-directory", "usr/share/app"),
                  ("unexpected-setuid", "usr/local/bin/helper")]:
    file_case("baseline", rid, path)
# baseline, from the config
config_case("root-user", "root")
config_case("no-healthcheck", "HEALTHCHECK")
config_case("exposed-port", "SSH")
config_case("exposed-port", "Telnet")
config_case("exposed-port", "Redis")
config_case("env-secret", "DB_PASSWORD")
config_case("env-secret", "CLOUD_KEY")
# malware, with layers; the EICAR file was deleted by the next layer
file_case("malware", "ld-so-preload", "etc/ld.so.preload")
for rid, path in [("webshell-php-eval", "var/www/html/shell.php"), ("webshell-jsp-exec", "usr/local/tomcat/webapps/ROOT/cmd.jsp"),
                  ("webshell-asp-eval", "var/www/html/a.asp"), ("cryptominer-pool-url", "tmp/.x/config.json"),
                  ("cryptominer-xmrig", "opt/m/run.sh"), ("reverse-shell-bash", "usr/local/bin/upd.sh"),
                  ("reverse-shell-python", "root/r.py"), ("backdoor-cron-download-exec", "etc/cron.d/sync"),
                  ("ssh-authorized-keys-planted", "root/.ssh/authorized_keys")]:
    file_case("malware", rid, path)
file_case("malware", "eicar-test-file", "tmp/eicar.com", deleted=True)
# build, with history index and the layer the step made
for rid, marker in [("build-arg-secret", "DEPLOY_TOKEN="), ("apk-add-cache", "apk add --repositories-file"),
                    ("update-alone", "apt-get update"), ("curl-pipe-shell", "install.sh | sh"),
                    ("tls-verify-disabled", "--no-check-certificate"), ("chmod-777", "chmod 777"),
                    ("setuid-in-build", "chmod u+s"), ("credentials-in-command", "-pHunter2Secret"),
                    ("sudo-in-build", "sudo true"), ("add-instead-of-copy", "in /etc/local.conf")]:
    build_case(rid, marker)
# secrets never appear in full
text = json.dumps(report)
for secret in ["Hunter2Secret", "plantedBuildArgToken", "Sup3rS3cretValue", "admin123"]:
    if secret in text:
        failures.append(f"secret {secret} appears in the report")
# the clean twin: no finding of these classes
for f in clean["findings"]:
    if f["class"] in ("baseline", "build", "malware"):
        failures.append(f"clean image: {f['class']} {f['id']} {f.get('path', '')} {f.get('title', '')}")
if not report.get("complete") or not clean.get("complete"):
    failures.append("a report is incomplete: " + json.dumps(report.get("notes")) + json.dumps(clean.get("notes")))

counts = {}
for f in report["findings"]:
    counts[f["class"]] = counts.get(f["class"], 0) + 1
print("risky image findings per class:", counts, "layers:", len(layers), "history:", len(history))
if failures:
    print("\n".join("FAIL: " + x for x in failures))
    sys.exit(1)
print("all planted cases found; clean image clean")
