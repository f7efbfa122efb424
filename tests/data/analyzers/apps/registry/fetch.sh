#!/bin/sh
# Re-creates the files in this folder from the real packages on the npm
# registry (run by hand when they need refreshing; tests use the committed
# copies, so CI never depends on the registry):
#   lodash 4.17.11 and minimist 1.2.5 (npm pack): their package.json
# The tarballs are checked against the registry's published sha1
# (`npm view PKG@VER dist.shasum`). PyPI was not reachable when these were
# made: requests 2.19.0's METADATA (../hand/requests-2.19.0.METADATA) is
# written from the wheel's published metadata instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent lodash@4.17.11 minimist@1.2.5 >/dev/null
# sha1 of each tarball as the npm registry lists it ("shasum" in the packument)
echo "b39ea6229ef607ecd89e2c8df12536891cac9b8d  lodash-4.17.11.tgz" | sha1sum -c
echo "67d66014b66a6a8aaa0c083c5fd58df4e4e97602  minimist-1.2.5.tgz" | sha1sum -c
for p in lodash-4.17.11 minimist-1.2.5; do
	name=${p%-*}
	mkdir -p "$here/$name"
	tar xzf "$p.tgz" package/package.json -O > "$here/$name/package.json"
done
echo "$here: updated"
