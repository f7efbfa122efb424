#!/bin/bash
# Every real jar in /usr/share/java (Debian's Java packages: scripts/deps/java.txt
# installs some; the JDK and build tools bring more), read by drydock and by
# an independent reader (python's zipfile): each pom.properties python finds,
# nested jars included, must be a package at the same chain path; the report
# must be complete (no jar drydock could not read).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd python3
n=$(find /usr/share/java -maxdepth 1 -type f -name '*.jar' 2>/dev/null | wc -l)
[ "$n" -ge 3 ] || skip "fewer than 3 jars in /usr/share/java (install scripts/deps/java.txt)"
mkdir -p "$TMP/root/usr/share"
# the regular files only: the dir: source reports symlinks as what they are
mkdir "$TMP/root/usr/share/java"
find /usr/share/java -maxdepth 1 -type f -name '*.jar' -exec cp {} "$TMP/root/usr/share/java/" \;
start=$(date +%s.%N)
"$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "dir:$TMP/root"
end=$(date +%s.%N)
jq -r '.packages[] | select(.type == "maven") | [.name, .version, .path] | @tsv' "$TMP/sbom.json" | sort -u > "$TMP/got"
python3 - "$TMP/root" > "$TMP/want" <<'EOF'
import io, os, re, sys, zipfile
ID = re.compile(r"^[A-Za-z0-9_.-]{1,256}$")
def props(data):
    d = {}
    for line in data.decode("latin-1").splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"([^=:\s]+)\s*[=:\s]\s*(.*)$", line)
        if m:
            d[m.group(1)] = m.group(2).strip()
    return d
def walk(z, chain, depth):
    for info in z.infolist():
        name = info.filename
        if name.endswith("/"):
            continue
        base = name.rsplit("/", 1)[-1]
        if base == "pom.properties":
            p = props(z.read(info))
            g, a, v = p.get("groupId", ""), p.get("artifactId", ""), p.get("version", "")
            if ID.match(g) and ID.match(a) and v and " " not in v and "${" not in v and v[0].isalnum():
                print(f"{g}:{a}\t{v}\t{chain}")
        elif base.lower().rsplit(".", 1)[-1] in ("jar", "war", "ear") and "." in base and depth < 8:
            try:
                walk(zipfile.ZipFile(io.BytesIO(z.read(info))), chain + "!/" + name, depth + 1)
            except zipfile.BadZipFile:
                pass
root = sys.argv[1]
for f in sorted(os.listdir(os.path.join(root, "usr/share/java"))):
    walk(zipfile.ZipFile(os.path.join(root, "usr/share/java", f)), "usr/share/java/" + f, 0)
EOF
sort -u -o "$TMP/want" "$TMP/want"
missing=$(comm -23 "$TMP/want" "$TMP/got")
[ -z "$missing" ] || fail "pom.properties packages python found that drydock did not list:
$missing"
[ "$(jq -r .complete "$TMP/sbom.json")" = true ] || fail "report incomplete: $(jq -c .notes "$TMP/sbom.json")"
mb=$(du -sm "$TMP/root/usr/share/java" | cut -f1)
echo "ok $n real jars ($mb MB): $(wc -l < "$TMP/want") pom.properties packages agree; drydock listed $(wc -l < "$TMP/got") maven packages in $(awk -v a="$start" -v b="$end" "BEGIN { printf \"%.2f\", b - a }") s"
