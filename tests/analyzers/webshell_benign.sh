#!/bin/bash
# ctest-labels: network
# False positives of the malware scanner (webshell analyzers and YARA) on
# real web applications whose code legitimately uses eval, base64_decode,
# exec, callbacks and request data: Debian 12's wordpress, mediawiki,
# phpmyadmin, roundcube-core and tomcat10-examples (the Tomcat example
# JSPs). The .debs come from the Debian mirror with `apt-get download`
# (cached under $DD_BUILD_DIR/cache/webshell-debs), are unpacked with
# `dpkg-deb -x` (nothing installed) and scanned as dir: trees. Every file
# must stay clean, with no allowlist of their paths or hashes. Skips when
# the mirror cannot be reached.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd dpkg-deb
need_cmd apt-get
pkgs=(wordpress mediawiki phpmyadmin roundcube-core tomcat10-examples)
cache="$DD_BUILD_DIR/cache/webshell-debs"
mkdir -p "$cache"
missing=()
for p in "${pkgs[@]}"; do
	ls "$cache/${p}_"*.deb >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
	dl="$TMP/dl"
	mkdir -p "$dl"
	# apt's sandbox user may not write $TMP: download as root into it
	if ! (cd "$dl" && apt-get download -q -o APT::Sandbox::User=root "${missing[@]}" >"$TMP/apt.log" 2>&1); then
		cat "$TMP/apt.log" >&2
		skip "apt-get download ${missing[*]} failed (Debian mirror unreachable or package lists missing: apt-get update)"
	fi
	mv "$dl"/*.deb "$cache/"
fi

total=0
for p in "${pkgs[@]}"; do
	deb=$(ls "$cache/${p}_"*.deb | head -1)
	root="$TMP/$p"
	mkdir -p "$root"
	dpkg-deb -x "$deb" "$root"
	n=$(find "$root" -type f \( -iname '*.php' -o -iname '*.phtml' -o -iname '*.inc' -o -iname '*.jsp' -o -iname '*.jspx' \) | wc -l)
	[ "$n" -gt 0 ] || fail "$p: no PHP or JSP files in $(basename "$deb")"
	start=$(date +%s%N)
	"$DRYDOCK" scan --scanners malware --format json --quiet -o "$TMP/$p.json" "dir:$root" || fail "$p: exit $?"
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	jq -e '.complete == true' "$TMP/$p.json" >/dev/null || fail "$p: report incomplete: $(jq -c '.notes' "$TMP/$p.json")"
	f=$(jq '[.findings[] | select(.class == "malware")] | length' "$TMP/$p.json")
	if [ "$f" != 0 ]; then
		jq -r '.findings[] | select(.class == "malware") | "  \(.id) \(.path):\(.line // 0) \(.title)"' "$TMP/$p.json" >&2
		fail "$p: $f malware findings on a benign package"
	fi
	echo "ok $(basename "$deb"): $n PHP/JSP files, 0 findings, ${ms} ms"
	total=$((total + n))
	rm -rf "$root"
done
echo "ok: $total web-script files of ${#pkgs[@]} benign packages, 0 false positives"
