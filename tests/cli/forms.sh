#!/bin/bash
# The forms people type, with Trivy and Grype habits (issue 19 item 5): a
# plain path detects its kind; oci:DIR without a tag in a multi-tag layout
# lists the tags; '-o -' is stdout; -h, --help and 'help CMD' for every
# command; -f for --format; "did you mean" for a misspelt option or command;
# fix refuses an archive without --to; serve without its config says which
# file; .trivyignore files.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq

# one small image in every form on disk
mkdir -p "$TMP/root/etc"
printf 'ID=alpine\nVERSION_ID=3.19.0\n' > "$TMP/root/etc/os-release"
mkimage docker-archive "$TMP/saved.tar" "DIR=$TMP/root" --tag 1.0
mkimage oci-archive "$TMP/oci.tar" "DIR=$TMP/root" --tag 1.0
mkimage oci "$TMP/layout" "DIR=$TMP/root" --tag 1.0
cd "$TMP"
ref_of() { run 0 sbom --format json -o "$TMP/r.json" "$@"; jq -r .artifact.ref "$TMP/r.json"; }
[ "$(ref_of ./saved.tar)" = "docker-archive:./saved.tar" ] || fail "./saved.tar: $(ref_of ./saved.tar)"
[ "$(ref_of "$TMP/oci.tar")" = "oci-archive:$TMP/oci.tar" ] || fail "absolute OCI archive path not detected"
[ "$(ref_of ../"$(basename "$TMP")"/layout)" = "oci:../$(basename "$TMP")/layout" ] || fail "../ OCI layout not detected"
[ "$(ref_of ./layout:1.0)" = "oci:./layout:1.0" ] || fail "./layout:1.0 (path with a tag) not detected"
[ "$(ref_of ./root)" = "dir:./root" ] || fail "./root not scanned as a root filesystem"
jq -e '.artifact.os.family == "alpine"' "$TMP/r.json" > /dev/null || fail "dir:./root was not read"
# a bare name that exists here is a path, and stderr says so
[ "$(ref_of saved.tar)" = "docker-archive:saved.tar" ] || fail "bare saved.tar not detected"
err_has "'saved.tar' exists here: scanning it as docker-archive:saved.tar (for the registry image write docker://saved.tar)"
ref_of ./saved.tar > /dev/null
grep -q "exists here" "$TMP/err" && fail "an explicit ./path is not ambiguous: $(cat "$TMP/err")"
# a JSON file is an SBOM
cp "$DD_TEST_DATA/sbom/trivy-style.cdx.json" "$TMP/app.cdx.json"
run 0 sbom --format json -o "$TMP/s.json" ./app.cdx.json
[ "$(jq -r .artifact.ref "$TMP/s.json")" = "sbom:./app.cdx.json" ] || fail "a JSON path is not read as an SBOM"
# what starts like a path must exist; a tar of neither kind is named
run 2 scan ./nothere.tar
err_has "./nothere.tar: no such file or directory (a path"
tar -C "$TMP/root" -cf "$TMP/plain.tar" .
run 2 scan ./plain.tar
err_has "plain.tar is a tar but neither a docker save archive (manifest.json) nor an OCI archive (index.json)"
# a bare name that does not exist stays a registry reference (this one is
# refused by the reference parser, before any network I/O)
run 2 sbom Saved.tar
err_has "invalid repository name 'library/Saved.tar'"

# oci:DIR with two tags and no tag names them; with a tag it scans
mkimage oci "$TMP/two" "DIR=$TMP/root" --tag 3.19
mkimage oci "$TMP/two-b" "DIR=$TMP/root" --tag edge --history "RUN true"
cp -r "$TMP/two-b/blobs/sha256/." "$TMP/two/blobs/sha256/"
jq -s '.[0].manifests += .[1].manifests | .[0]' "$TMP/two/index.json" "$TMP/two-b/index.json" > "$TMP/idx.json"
mv "$TMP/idx.json" "$TMP/two/index.json"
run 2 scan --scanners history "oci:$TMP/two"
err_has "holds 2 tagged images; name one as oci:$TMP/two:TAG (tags: 3.19, edge)"
run 0 scan --scanners history "oci:$TMP/two:edge"

# -o - is standard output, -f is --format; no file named '-' appears
run 0 scan --scanners history -f json -o - ./saved.tar
jq -e '.schema == "drydock.report/v1"' "$TMP/out" > /dev/null || fail "-f json -o - did not print JSON on stdout"
[ ! -e "$TMP/-" ] || fail "-o - wrote a file named '-'"
run 0 convert -f sarif -o - "$DD_TEST_DATA/report/clean.json"
jq -e '.version == "2.1.0"' "$TMP/out" > /dev/null || fail "convert -f sarif -o - did not print SARIF"
run 0 sbom -f spdx-json -o - ./saved.tar
jq -e '.spdxVersion' "$TMP/out" > /dev/null || fail "sbom -f spdx-json -o - did not print SPDX"

# help: -h, --help and 'help CMD' print the command's usage on stdout
for cmd in scan sbom db convert vercmp version "db import" "db update" "db info"; do
	for form in "$cmd -h" "$cmd --help" "help $cmd"; do
		# shellcheck disable=SC2086
		run 0 $form
		grep -q "^usage: drydock ${cmd}" "$TMP/out" || fail "drydock $form: no usage line: $(head -3 "$TMP/out")"
	done
done
run 2 help frobnicate
err_has "unknown command 'frobnicate'"

# did you mean: options of scan, sbom and convert, and commands
run 2 scan --severty high ./saved.tar
err_has "unknown option '--severty' (did you mean --severity?)"
run 2 scan --ignore-unfxed ./saved.tar
err_has "(did you mean --ignore-unfixed?)"
run 2 scan -severity high ./saved.tar
err_has "unknown option '-severity' (did you mean --severity?)"
run 2 sbom --fromat json ./saved.tar
err_has "(did you mean --format?)"
run 2 convert --fial-on high "$DD_TEST_DATA/report/clean.json"
err_has "(did you mean --fail-on?)"
run 2 scan --zzzzzz ./saved.tar
grep -q "did you mean" "$TMP/err" && fail "a wild guess was offered: $(cat "$TMP/err")"
run 2 sacn ./saved.tar
err_has "unknown command 'sacn' (did you mean 'scan'?)"

# fix of an archive has no tag to add "_fixed" to: it asks for --to, exit 2;
# serve is built, and a config it cannot open is a usage error naming the file
run 2 fix ./saved.tar
err_has "cannot take a new tag; say where the fixed image goes with --to"
run 2 serve --config x.yaml
err_has "config x.yaml: cannot open"

# .trivyignore: one id per line, '#' comments, exp:YYYY-MM-DD; vulnerability
# ids (or aliases) and the rule ids of file findings, as Trivy reads them
R=$DD_TEST_DATA/report
cat > "$TMP/.trivyignore" <<'EOF'
# accepted risks
CVE-2021-3711
GHSA-jfh8-c2jp-5v3q    # log4shell, by its alias
CVE-2021-3712 exp:2999-12-31
CVE-2022-28391 exp:2001-01-01
alibaba-access-key-id
EOF
run 0 convert --format json --ignore-file "$TMP/.trivyignore" "$R/hostile.json"
jq -r '[.findings[] | select(.suppressed) | .id] | unique | join(",")' "$TMP/out" |
	has -x "CVE-2021-3711,CVE-2021-3712,CVE-2021-44228,alibaba-access-key-id" ||
	fail ".trivyignore suppressed $(jq -c '[.findings[] | select(.suppressed) | .id]' "$TMP/out")"
err_has "expired ignore entry no longer applies: $TMP/.trivyignore:5: CVE-2022-28391 (expired 2001-01-01)"
# any name, told apart from the YAML whitelist by its content
grep -v '^#' "$TMP/.trivyignore" > "$TMP/ignores.txt"
run 0 convert --format json --ignore-file "$TMP/ignores.txt" "$R/hostile.json"
[ "$(jq '[.findings[] | select(.suppressed)] | length' "$TMP/out")" = 5 ] || fail "ignores.txt not read as a .trivyignore"
# a line that is more than an id is refused, with its line number
printf 'CVE-2021-3711\nCVE-2021-3712 until:2030-01-01\n' > "$TMP/bad.trivyignore"
run 2 convert --ignore-file "$TMP/bad.trivyignore" "$R/hostile.json"
err_has "bad.trivyignore line 2: 'until:2030-01-01' after 'CVE-2021-3712' is neither a comment nor exp:YYYY-MM-DD"
# ./.trivyignore is not applied unasked, but the scan says it is there
run 0 scan --scanners history ./saved.tar
err_has "./.trivyignore is not applied unless named: --ignore-file .trivyignore"
run 0 scan --quiet --scanners history ./saved.tar
[ ! -s "$TMP/err" ] || fail "--quiet printed: $(cat "$TMP/err")"
echo "ok forms"
