#!/bin/bash
# Go binaries: drydock's module list for each binary must equal what the Go
# toolchain's own `go version -m` says, for a tiny program built here from
# tests/data/analyzers/apps/gobin (deps, a module replacement, a local
# replacement, -ldflags -X main.version) and for Trivy's Go binaries in
# ../shared (Go 1.15 pointer layout, Go 1.22 inline, GOEXPERIMENT, arm64).
#
# The mapping from `go version -m` lines to packages (also documented in
# docs/app-analyzers.md): "FILE: goX.Y.Z ..." -> stdlib X.Y.Z (X.Y -> X.Y.0);
# each dep (but not a go.work workspace module, "(devel)"), or its "=>" replacement unless that is a local path; the mod line
# when it has a version, else a "-X ...version=V" in build -ldflags.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd go
need_cmd jq

root=$TMP/root
mkdir -p "$root/usr/local/bin"
cache=$DD_BUILD_DIR/go-cache
mkdir -p "$cache"
src=$TMP/gobin
cp -r "$DD_TEST_DATA/analyzers/apps/gobin" "$src"
(cd "$src" && GOFLAGS=-mod=vendor GOPROXY=off GOCACHE="$cache" GOPATH="$TMP/gopath" CGO_ENABLED=0 \
	go build -buildvcs=false -ldflags "-s -w -X main.version=v0.3.0" -o "$root/usr/local/bin/hello" .) ||
	fail "go build of the fixture failed"

# a go.work workspace build: its second module is "dep ... (devel)"
ws=$TMP/gowork
cp -r "$DD_TEST_DATA/analyzers/apps/gowork" "$ws"
(cd "$ws/app" && GOFLAGS= GOPROXY=off GOCACHE="$cache" GOPATH="$TMP/gopath" CGO_ENABLED=0 \
	go build -buildvcs=false -o "$root/usr/local/bin/wsapp" .) || fail "go build of the workspace fixture failed"
go version -m "$root/usr/local/bin/wsapp" | has 'dep.*example.com/wslib.*(devel)' ||
	fail "the workspace fixture no longer has a (devel) dependency"

bins=(hello wsapp)
if [ -d "$DD_SHARED_DIR/data/apps/trivy/golang-binary" ]; then
	for f in test.elf main-version-via-ldflags.elf goexperiment; do
		cp "$DD_SHARED_DIR/data/apps/trivy/golang-binary/$f" "$root/usr/local/bin/$f"
		chmod 755 "$root/usr/local/bin/$f"
		bins+=("$f")
	done
else
	echo "note: ../shared/data is absent; only the fixture built here is checked"
fi

# what `go version -m` says, as "name version" lines
expected() {
	go version -m "$1" | awk '
		NR == 1 { v = $2; sub(/^go/, "", v); if (v ~ /^[0-9]+\.[0-9]+$/) v = v ".0"; if ($2 ~ /^go[0-9]/) print "stdlib " v; next }
		function flush() { if (dep != "") print dep; dep = "" }
		$1 == "mod" { flush(); mod = $2; modv = $3; next }
		$1 == "dep" { flush(); dep = ($3 == "(devel)") ? "" : $2 " " $3; next }
		$1 == "=>" { if ($2 ~ /^[.\/]/ || $3 == "" || $3 == "(devel)") dep = ""; else dep = $2 " " $3; next }
		$1 == "build" && $2 ~ /^-ldflags=/ { if (match($0, /-X[= ]*[^ "]*[.][Vv]ersion=v?[0-9][^ "]*/)) {
			x = substr($0, RSTART, RLENGTH); sub(/.*=/, "", x); if (x !~ /^v/) x = "v" x; ldv = x } next }
		{ flush() }
		END { flush(); if (mod != "") { if (modv != "" && modv != "(devel)") print mod " " modv; else if (ldv != "") print mod " " ldv } }
	' | sort
}

"$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "dir:$root" || fail "drydock sbom failed"
[ "$(jq -r .complete "$TMP/sbom.json")" = true ] || fail "report incomplete: $(jq -c .notes "$TMP/sbom.json")"
for b in "${bins[@]}"; do
	expected "$root/usr/local/bin/$b" > "$TMP/want.$b"
	jq -r --arg p "usr/local/bin/$b" '.packages[] | select(.path == $p) | select(.type == "golang") | "\(.name) \(.version)"' \
		"$TMP/sbom.json" | sort > "$TMP/got.$b"
	[ -s "$TMP/want.$b" ] || fail "$b: go version -m printed nothing"
	if ! diff -u "$TMP/want.$b" "$TMP/got.$b"; then
		go version -m "$root/usr/local/bin/$b"
		fail "$b: drydock differs from go version -m"
	fi
	# purls: module path split at its last '/', lower case
	jq -e --arg p "usr/local/bin/$b" '[.packages[] | select(.path == $p) |
		.purl == ("pkg:golang/" + (.name | ascii_downcase) + "@" + .version)] | all' "$TMP/sbom.json" >/dev/null ||
		fail "$b: a purl is not pkg:golang/MODULE@VERSION"
	echo "ok $b: $(tr '\n' ';' < "$TMP/got.$b")"
done
