#!/bin/bash
# db update with nothing configured (fresh HOME, no sources file, no DB):
# the built-in list names osv.dev's export of every ecosystem drydock
# matches, CISA KEV, the NVD CVE API and cvelistV5's latest GitHub release;
# `db update --mirror` against a local HTTPS mirror of that list (one small
# zip per ecosystem, built here, an NVD API answering one real record, and a
# cvelistV5 export of one real record) imports every one.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/https_files.sh"
need_cmd jq
cd "$TMP"
export HOME="$TMP/home"
unset XDG_CONFIG_HOME XDG_CACHE_HOME DRYDOCK_DB
mkdir -p "$HOME"

# what drydock reads: the distros of docs/vulndb.md and the language package
# types (analyzers and SBOM purls), as osv.dev names their ecosystems
ecosystems=(Debian Ubuntu Alpine AlmaLinux "Rocky Linux" Maven npm PyPI Go crates.io RubyGems Packagist NuGet
	Hex Pub SwiftURL Hackage CRAN)
osv="https://osv-vulnerabilities.storage.googleapis.com"
kev="https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"
nvd="https://services.nvd.nist.gov/rest/json/cves/2.0"
cvelist="https://api.github.com/repos/CVEProject/cvelistV5/releases/latest"
"$DRYDOCK" db update --list-sources > listed 2> err || fail "--list-sources failed: $(cat err)"
for e in "${ecosystems[@]}"; do
	grep -qxF "$osv/${e// /%20}/all.zip" listed || fail "default sources lack $e: $(cat listed)"
done
grep -qxF "$kev" listed || fail "default sources lack CISA KEV: $(cat listed)"
grep -qxF "$nvd" listed || fail "default sources lack the NVD CVE API: $(cat listed)"
grep -qxF "$cvelist" listed || fail "default sources lack cvelistV5: $(cat listed)"
[ "$(wc -l < listed)" = $((${#ecosystems[@]} + 3)) ] || fail "unexpected default sources: $(cat listed)"

# the mirror: <ECOSYSTEM>/all.zip with one record in that ecosystem each
# (distros with a release, as osv.dev writes them), and the KEV excerpt
mkdir www
python3 - www "${ecosystems[@]}" <<'PY'
import json, os, sys, zipfile
root = sys.argv[1]
release = {"Debian": "Debian:12", "Ubuntu": "Ubuntu:22.04:LTS", "Alpine": "Alpine:v3.19",
           "AlmaLinux": "AlmaLinux:9", "Rocky Linux": "Rocky Linux:9"}
for i, eco in enumerate(sys.argv[2:]):
    os.makedirs(os.path.join(root, eco))
    rec = {"schema_version": "1.6.0", "id": "DDTEST-%d" % i, "modified": "2026-01-01T00:00:00Z",
           "aliases": ["CVE-2026-%d" % (1000 + i)], "summary": "test record for " + eco,
           "affected": [{"package": {"ecosystem": release.get(eco, eco), "name": "pkg%d" % i},
                         "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]}]}
    with zipfile.ZipFile(os.path.join(root, eco, "all.zip"), "w") as z:
        z.writestr("DDTEST-%d.json" % i, json.dumps(rec))
PY
cp "$DD_SOURCE_DIR/data/advisories/kev/known_exploited_vulnerabilities.json" www/
mkdir www/nvd-api www/cvelistV5
jq '.vulnerabilities' "$DD_SOURCE_DIR/tests/data/vuln/nvd/CVE-2019-14697.json" > www/nvd-api/records.json
python3 "$DD_SOURCE_DIR/tests/lib/cvelist_zip.py" www/cvelistV5/all_CVEs_at_midnight.zip.zip \
	"$DD_SOURCE_DIR/tests/data/vuln/cve5/CVE-2025-26519.json"
https_files_start "$TMP/www"

"$DRYDOCK" db update --mirror "$HTTPS_BASE/" --list-sources > listed 2> err || fail "--list-sources --mirror: $(cat err)"
grep -qxF "$HTTPS_BASE/Rocky%20Linux/all.zip" listed && grep -qxF "$HTTPS_BASE/known_exploited_vulnerabilities.json" listed &&
	grep -qxF "$HTTPS_BASE/rest/json/cves/2.0" listed && grep -qxF "$HTTPS_BASE/cvelistV5/all_CVEs_at_midnight.zip.zip" listed ||
	fail "mirror sources: $(cat listed)"
"$DRYDOCK" db update --mirror "$HTTPS_BASE" --cacert "$HTTPS_CA" > out 2> err || fail "update from the mirror failed: $(cat err)"
n=$((${#ecosystems[@]} + 3))
grep -q "$n of $n sources had new data" out || fail "unexpected: $(cat out)"
db="$HOME/.cache/drydock/drydock.db"
[ -f "$db" ] || fail "no DB at the default path $db"
"$DRYDOCK" db info --format json > info.json
# a record per ecosystem, the NVD and the CVE record
jq -e --argjson n "$n" '.records == $n - 1 and .kev_entries == 2 and (.feeds | length) == $n and
	.sources.nvd == 1 and .sources.cve == 1' info.json > /dev/null ||
	fail "DB after the update: $(jq -c '{records, kev_entries, sources, feeds: (.feeds | length)}' info.json)"
for e in "${ecosystems[@]}"; do
	jq -e --arg e "$e" '.ecosystems | keys | any(. == $e or startswith($e + ":"))' info.json > /dev/null ||
		fail "no records of $e in the DB: $(jq -c .ecosystems info.json)"
done
# the next update asks the same mirror again (the DB remembers its sources)
"$DRYDOCK" db update --list-sources > again
diff listed again > /dev/null || fail "the sources of the last update are not reused: $(cat again)"
echo "ok: $n default sources listed and imported from a mirror"

# a DB last updated with the built-in list of before (no CVE severity
# sources) follows the list as it grew: its next update asks for them too
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
old = [u for u in c.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()[0].splitlines()
       if "/rest/json/" not in u and "cvelistV5" not in u]
c.execute("UPDATE meta SET value = ? WHERE key = 'sources'", ("\n".join(old) + "\n",))
c.commit()
PY
"$DRYDOCK" db update --list-sources > grown
diff listed grown > /dev/null || fail "a DB of the former defaults does not follow the built-in list: $(diff listed grown)"
# a sources file can take the built-in list and leave one out
mkdir -p "$HOME/.config/drydock"
printf 'defaults\n-services.nvd.nist.gov  # no NVD\n' > "$HOME/.config/drydock/db-sources"
"$DRYDOCK" db update --list-sources > without 2> err || fail "sources file with defaults: $(cat err)"
grep -qxF "$kev" without && grep -qxF "$cvelist" without || fail "'defaults' in the sources file: $(cat without)"
grep -q "nvd.nist.gov" without && fail "'-services.nvd.nist.gov' did not leave NVD out: $(cat without)"
[ "$(wc -l < without)" = $((n - 1)) ] || fail "sources file with defaults minus NVD: $(cat without)"
echo "ok: former default lists grow; a sources file can drop one default"
