#!/bin/bash
# A zip inside a zip (cvelistV5's export holds cves.zip): only
# cves/**/CVE-*.json of the inner zip is imported, and its members are held
# to the bounds of any advisory zip: a record over 16 MB and a record that
# inflates more than 200:1 (a zip bomb) are refused with their reason and
# leave the DB as it was; a truncated export is refused before any record.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
cd "$TMP"
rec="$DD_SOURCE_DIR/tests/data/vuln/cve5/CVE-2025-26519.json"
python3 - "$rec" <<'PY'
import io, json, os, sys, zipfile
rec = open(sys.argv[1]).read()
def nested(out, members):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("cves.zip", inner.getvalue())
good = ("cves/2025/26xxx/CVE-2025-26519.json", rec)
# a record elsewhere and the delta list are not records of the export
nested("ok.zip", [good, ("cves/delta.json", "{}"), ("review/CVE-2025-26519.json", rec)])
nested("big.zip", [good, ("cves/2025/1xxx/CVE-2025-1000.json", json.dumps({"x": os.urandom(9 << 20).hex()}))])
nested("bomb.zip", [good, ("cves/2025/1xxx/CVE-2025-1001.json", " " * (12 << 20) + "{}")])
data = open("ok.zip", "rb").read()
open("cut.zip", "wb").write(data[: len(data) * 2 // 3])
PY
"$DRYDOCK" db import --db db ok.zip > out 2> err || fail "nested export refused: $(cat err)"
grep -q "imported 1 records" out && grep -q "2 files that are not advisory data" out ||
	fail "want the one record of cves/, the other two ignored: $(cat out)"
"$DRYDOCK" db info --db db --format json | jq -e '.sources.cve == 1' > /dev/null || fail "the CVE record is not in the DB"
sum=$(sha256sum < db)
for c in big:"over the 16777216-byte limit" bomb:"compression ratio above 200:1" cut:"not a complete zip"; do
	f=${c%%:*} why=${c#*:}
	"$DRYDOCK" db import --db db "$f.zip" > out 2> err && fail "$f: accepted"
	grep -qF "$why" err || fail "$f: want '$why': $(cat err)"
	[ "$(sha256sum < db)" = "$sum" ] || fail "$f: the DB changed"
done
echo "ok: nested export imported (cves/**/CVE-*.json only); oversized, bomb and truncated ones refused"
