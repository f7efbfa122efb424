#!/bin/bash
# drydock vercmp against reference vectors: the shared upstream vectors
# (dpkg, apk-tools, rpm, node-semver, golang.org/x/mod) when ../shared is
# present, and the project's own hand-written chains for Maven, PEP 440,
# RubyGems, NuGet and Composer always.
set -u
here=$(cd "$(dirname "$0")" && pwd)
run() { python3 "$here/vercmp_vectors.py" "$DRYDOCK" "$@" | tail -3; return "${PIPESTATUS[0]}"; }
fail=0
for pair in maven:Maven pep440:PyPI rubygems:RubyGems nuget:NuGet composer:Packagist; do
	run "${pair#*:}" "$DD_TEST_DATA/vuln/${pair%%:*}.chain" || fail=1
done
# invalid input is exit 2, an unknown ecosystem too
"$DRYDOCK" vercmp Debian 1.0 'a:b' >/dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: invalid Debian version not exit 2"; fail=1; }
"$DRYDOCK" vercmp Nope 1 2 >/dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: unknown ecosystem not exit 2"; fail=1; }
[ "$("$DRYDOCK" vercmp Go v1.19 v1.2)" = 1 ] && [ "$("$DRYDOCK" vercmp Go 1.21.5 v1.21.10)" = -1 ] || { echo "FAIL: Go order"; fail=1; }
[ "$("$DRYDOCK" vercmp Debian:12 1:2.3-1 1:2.3-1+deb12u1)" = -1 ] || { echo "FAIL: release suffix"; fail=1; }
v="$DD_SHARED_DIR/data/versions"
if [ -d "$v" ]; then
	run Debian "$v/dpkg.tsv" || fail=1
	run Alpine "$v/apk.tsv" || fail=1
	run Alpine "$v/apk-validity.tsv" --validity || fail=1
	run AlmaLinux "$v/rpm.tsv" || fail=1
	run npm "$v/semver.tsv" || fail=1
	run npm "$v/semver-loose.tsv" || fail=1
	# golang.org/x/mod's test list has {"v1.19", "v1.2", -1}; the
	# implementation itself (Go 1.19's vendored x/mod/semver, run by hand:
	# semver.Compare("v1.19", "v1.2") == 1) orders v1.19.0 after v1.2.0, as
	# any semver must. drydock follows the implementation.
	run Go "$v/gomod.tsv" --except $'v1.19\tv1.2' || fail=1
	run Go "$v/gomod-validity.tsv" --validity || fail=1
else
	echo "SKIP (partly): $v absent, upstream vectors not run"
fi
exit $fail
