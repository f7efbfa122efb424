#!/bin/bash
# --skip-dirs / --skip-files (Trivy's options): what they name is not
# scanned at all, in every source form and through the layer cache, and
# nothing else changes. On the bundled demo image: opt/app holds the jar,
# node_modules and a .env with a test secret; etc/shadow a weak password.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
img="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
"$DRYDOCK" db import --db "$TMP/db" "$DD_SOURCE_DIR/data/advisories" > /dev/null || fail "db import failed"
scan() {   # scan OUT [options...] (the demo image, or REF=... in the environment)
	local out=$1
	shift
	"$DRYDOCK" scan --no-progress --format json --db "$TMP/db" -o "$TMP/$out.json" "$@" "${REF:-$img}" ||
		fail "scan $*: exit $?"
}
# "class id path" of every finding and "pkg type name path" of every package
items() {
	jq -r '(.packages[] | "pkg \(.type) \(.name) \(.path)"), (.findings[] | "\(.class) \(.id) \(.path // "-")")' "$TMP/$1.json" | sort
}
scan all
items all > "$TMP/all"
for want in "pkg maven org.apache.logging.log4j:log4j-core opt/app/app.jar" "secret alibaba-access-key-id opt/app/.env" \
	"baseline weak-password etc/shadow" "pkg npm lodash opt/app/node_modules/lodash/package.json"; do
	grep -qx "$want" "$TMP/all" || fail "the demo image no longer has: $want"
done

# expect LABEL GONE_REGEX [options...]: exactly the lines matching GONE go
expect() {
	local label=$1 gone=$2
	shift 2
	scan skip "$@"
	items skip > "$TMP/got"
	grep -vE "$gone" "$TMP/all" > "$TMP/want" || true
	# a vulnerability finding has no path: it goes with its package
	diff -u <(grep -vE '^(app-vuln) ' "$TMP/want") <(grep -vE '^(app-vuln) ' "$TMP/got") || fail "$label: wrong findings or packages"
	jq -e '.complete == true' "$TMP/skip.json" > /dev/null || fail "$label: a skip made the scan incomplete"
	echo "ok $label: $(($(wc -l < "$TMP/all") - $(wc -l < "$TMP/got"))) items fewer"
}
expect "--skip-dirs opt/app" ' opt/app/' --skip-dirs opt/app
expect "--skip-dirs /opt/app/ (leading and trailing slash)" ' opt/app/' --skip-dirs /opt/app/
expect "--skip-dirs '**/node_modules'" ' opt/app/node_modules/' --skip-dirs '**/node_modules'
expect "--skip-files '**/*.jar,/etc/shadow'" ' (opt/app/app\.jar|etc/shadow)$' --skip-files '**/*.jar,/etc/shadow'
expect "repeated --skip-files" ' (opt/app/app\.jar|etc/shadow)$' --skip-files '**/*.jar' --skip-files etc/shadow
expect "--skip-dirs 'op?/*' matches opt/app, not opt" ' opt/app/' --skip-dirs 'op?/*'
expect "--skip-dirs on a file name skips nothing" '^$' --skip-dirs etc/shadow
# the vulnerabilities of skipped packages go too
[ "$(jq '[.findings[] | select(.class == "app-vuln")] | length' "$TMP/all.json")" -gt 0 ] || fail "no app-vuln in the demo scan"
scan skip --skip-dirs opt/app
[ "$(jq '[.findings[] | select(.class == "app-vuln")] | length' "$TMP/skip.json")" = 0 ] || fail "app-vulns of skipped packages remain"

# through the layer cache: a skip is part of what a cached layer result means
scan c1 --cache-dir "$TMP/cache"
scan c2 --cache-dir "$TMP/cache" --skip-dirs opt/app
scan c3 --cache-dir "$TMP/cache"
diff <(items c1) "$TMP/all" > /dev/null || fail "first cached scan differs"
items c2 | has ' opt/app/' && fail "a cached layer result from an unskipped scan served a skipped one"
diff <(items c3) "$TMP/all" > /dev/null || fail "a skipped scan's cache entry served a full one"
jq -e '[.artifact.layers[] | .from_cache] | all' "$TMP/c3.json" > /dev/null || fail "the third scan did not use the cache"
echo "ok the layer cache keeps skipped and full results apart"

# dir: a root filesystem; sbom takes the options too
mkdir -p "$TMP/root/app/vendor" "$TMP/root/app/src"
printf 'AWS_SECRET_ACCESS_KEY=%s\n' "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEYx" > "$TMP/root/app/src/.env"
cp "$TMP/root/app/src/.env" "$TMP/root/app/vendor/.env"
REF="dir:$TMP/root" scan d1 --scanners secret
REF="dir:$TMP/root" scan d2 --scanners secret --skip-dirs app/vendor
[ "$(jq '[.findings[] | select(.path == "app/vendor/.env")] | length' "$TMP/d1.json")" -ge 1 ] || fail "dir: no finding in app/vendor"
[ "$(jq '[.findings[] | select(.path == "app/vendor/.env")] | length' "$TMP/d2.json")" = 0 ] || fail "dir: app/vendor was scanned"
[ "$(jq '[.findings[] | select(.path == "app/src/.env")] | length' "$TMP/d2.json")" -ge 1 ] || fail "dir: app/src was skipped too"
echo "ok dir: --skip-dirs"
"$DRYDOCK" sbom --format json --skip-dirs opt/app "$img" > "$TMP/sbom.json" || fail "sbom --skip-dirs: exit $?"
jq -e '[.packages[] | select(.path | startswith("opt/app/"))] | length == 0' "$TMP/sbom.json" > /dev/null ||
	fail "sbom --skip-dirs listed skipped packages"
echo "ok sbom --skip-dirs"
rc=0
"$DRYDOCK" scan --skip-dirs "" "$img" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] && grep -q -- "--skip-dirs takes" "$TMP/err" || fail "an empty --skip-dirs: exit $rc: $(cat "$TMP/err")"
echo "ok an empty pattern is a usage error"
