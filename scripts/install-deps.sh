#!/bin/sh
# Installs every Debian package drydock needs to build and test: the union of
# scripts/deps/*.txt. Safe to run repeatedly; does nothing when all are there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pkgs=$(cat "$here"/deps/*.txt | sed 's/#.*//' | tr -s ' \t' '\n' | grep -v '^$' | sort -u)
missing=""
# virtual packages provided by an installed one count as present (a Node.js
# build that ships npm itself conflicts with Debian's npm package)
provided=$(dpkg-query -W -f='${Provides}\n' 2>/dev/null | tr ',' '\n' | sed 's/^ *//; s/[( ].*//' | sort -u)
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
	printf '%s\n' "$provided" | grep -qx "$p" && continue
	missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "drydock: missing packages:$missing (run this script as root to install them)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
