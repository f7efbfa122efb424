#!/bin/bash
# Layer descriptors a runtime would not take as they are (issue 11 item 7):
# a media type that is no layer type and a size of -1 are read (the digest
# still holds the bytes) and said in the report's notes; a docker save
# archive whose layer is damaged is named by its member, not by the
# stand-in digest of its position.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
printf 'lib\t-\nlib/apk\t-\nlib/apk/db\t-\nlib/apk/db/installed\tP:musl\\nV:1.1.22-r4\\no:musl\\n\\n\n' > "$TMP/a.layer"
printf 'etc\t-\netc/motd\thello\n' > "$TMP/b.layer"
mkimage oci "$TMP/oci" "$TMP/a.layer" --tag t
python3 - "$TMP/oci" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
idx = json.load(open(os.path.join(d, "index.json")))
blob = lambda dg: os.path.join(d, "blobs", "sha256", dg[7:])
m = json.load(open(blob(idx["manifests"][0]["digest"])))
m["layers"][0]["mediaType"] = "text/html"
m["layers"][0]["size"] = -1
raw = json.dumps(m).encode()
dg = "sha256:" + hashlib.sha256(raw).hexdigest()
open(blob(dg), "wb").write(raw)
idx["manifests"][0].update(digest=dg, size=len(raw))
json.dump(idx, open(os.path.join(d, "index.json"), "w"))
PY
"$DRYDOCK" sbom --format json -o "$TMP/r.json" "oci:$TMP/oci:t" || fail "odd descriptors: exit $?"
jq -e '[.packages[].name] == ["musl"]' "$TMP/r.json" > /dev/null || fail "the layer was not read: $(jq -c .packages "$TMP/r.json")"
jq -e '.notes | any(test("media type .text/html. is not a layer type"))' "$TMP/r.json" > /dev/null \
	|| fail "no note on the media type: $(jq -c .notes "$TMP/r.json")"
jq -e '.notes | any(test("descriptor size is not a byte count"))' "$TMP/r.json" > /dev/null \
	|| fail "no note on the size: $(jq -c .notes "$TMP/r.json")"
echo "ok odd descriptors: read, and noted"
# docker save: the second layer's member damaged (its diff_id no longer holds)
mkimage docker-archive "$TMP/d.tar" "$TMP/a.layer" "$TMP/b.layer" --tag t
mkdir "$TMP/d"
tar -xf "$TMP/d.tar" -C "$TMP/d"
member=$(jq -r '.[0].Layers[1]' "$TMP/d/manifest.json")
python3 -c 'import sys; p=sys.argv[1]; b=bytearray(open(p,"rb").read()); b[b.index(b"hello")]^=1; open(p,"wb").write(b)' "$TMP/d/$member"
(cd "$TMP/d" && tar -cf "$TMP/d2.tar" ./*)
rc=0
"$DRYDOCK" sbom --format json -o "$TMP/d.json" "docker-archive:$TMP/d2.tar" 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] || fail "damaged docker-archive layer: exit $rc: $(cat "$TMP/err")"
has -F "$member" "$TMP/err" || fail "the message does not name $member: $(cat "$TMP/err")"
! has "sha256:0000000000" "$TMP/err" || fail "the message names a stand-in digest: $(cat "$TMP/err")"
echo "ok docker-archive: $(head -1 "$TMP/err")"
