# Sourced by the dpkg fix tests: a tiny Debian image made from the host's
# own files and a signed apt repository of those packages at higher
# versions, built with Debian's tools (dpkg-deb, apt-ftparchive, gpg) and
# served on 127.0.0.1. Needs common.sh ($TMP, fail, skip).
#
#   apt_tools_or_skip
#   apt_key KEYHOME                       a throwaway signing key (ed25519)
#   apt_image ROOT KEYFILE URL            the image tree (sources.list, key, status)
#   apt_deb POOL NAME VERSION SOURCE [DEPENDS] [FILEVERSION]
#                                         ($APT_POSTINST: ddfix-tool's postinst;
#                                         $APT_FILES_HOOK DIR NAME VERSION: more files)
#   apt_image_shell ROOT                  the host's bash (as the image's sh), ln and rm, with their libraries
#   apt_patch_layer LAYOUT TAG            the path of the image's top layer blob
#   apt_repo REPO KEYHOME                 Packages.xz, Release, InRelease
#   apt_serve REPO                        sets APT_URL (http://127.0.0.1:PORT)
#   apt_osv DIR SOURCE FIXED ID           an OSV record for Debian:12
#   apt_fixture [HOOK]                    all of it for one vulnerability (below)

apt_tools_or_skip() {
	local t
	for t in dpkg-deb apt-ftparchive gpg gpgv xz python3 jq; do need_cmd "$t"; done
}

apt_key() {
	mkdir -m 700 -p "$1"
	GNUPGHOME=$1 gpg --batch --quiet --passphrase '' --quick-gen-key "drydock test <t@$(basename "$1")>" \
		ed25519 sign never 2>/dev/null
	GNUPGHOME=$1 gpg --batch --export > "$1/key.gpg"
	GNUPGHOME=$1 gpg --batch --armor --export > "$1/key.asc"
}

# Files of one package version: a program (the host's true), a library
# whose file name carries the version (so an upgrade drops the old one),
# a conffile and docs.
_apt_files() { # DIR NAME FILEVERSION
	local d=$1 n=$2 v=$3
	mkdir -p "$d/usr/bin" "$d/usr/lib/x86_64-linux-gnu" "$d/etc" "$d/usr/share/doc/$n"
	case $n in
	ddfix-tool)
		cp /bin/true "$d/usr/bin/ddfix-tool"
		printf 'setting=%s\n' "$v" > "$d/etc/ddfix.conf"
		ln -s ddfix-tool "$d/usr/bin/ddfix"
		;;
	libddfix1)
		# shipped under /lib, as some bookworm packages still do: the
		# image's lib -> usr/lib symlink must be followed
		mkdir -p "$d/lib/x86_64-linux-gnu"
		printf 'library %s\n' "$v" > "$d/lib/x86_64-linux-gnu/libddfix.so.1.$v"
		ln -s "libddfix.so.1.$v" "$d/lib/x86_64-linux-gnu/libddfix.so.1"
		;;
	*)
		printf '%s %s\n' "$n" "$v" > "$d/usr/share/doc/$n/README"
		;;
	esac
	printf 'version %s\n' "$v" > "$d/usr/share/doc/$n/changelog"
}

# apt_deb POOL NAME VERSION SOURCE [DEPENDS] [FILEVERSION]
apt_deb() {
	local pool=$1 n=$2 v=$3 src=$4 deps=${5:-} fv=${6:-${3%%-*}}
	local d="$TMP/debbuild/$n-$v"
	rm -rf "$d"
	mkdir -p "$d/DEBIAN" "$pool"
	_apt_files "$d" "$n" "$fv"
	[ -z "${APT_FILES_HOOK:-}" ] || "$APT_FILES_HOOK" "$d" "$n" "$v"
	{
		echo "Package: $n"
		echo "Version: $v"
		echo "Architecture: amd64"
		[ "$n" = libddfix1 ] && echo "Multi-Arch: same"
		echo "Maintainer: drydock tests <t@example.org>"
		[ "$src" != "$n" ] && echo "Source: $src"
		[ -n "$deps" ] && echo "Depends: $deps"
		echo "Section: misc"
		echo "Priority: optional"
		echo "Description: drydock fix test package"
		echo " $n at $v."
	} > "$d/DEBIAN/control"
	[ "$n" = ddfix-tool ] && echo /etc/ddfix.conf > "$d/DEBIAN/conffiles"
	if [ "$n" = ddfix-tool ]; then
		printf '%s\n' "${APT_POSTINST:-#!/bin/sh
set -e
echo configured > /var/lib/ddfix-postinst-ran}" > "$d/DEBIAN/postinst"
		chmod 755 "$d/DEBIAN/postinst"
	fi
	(cd "$d" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
		xargs -0 md5sum | grep -v ' etc/' > DEBIAN/md5sums) || true
	dpkg-deb --root-owner-group -Zxz -b "$d" "$pool/${n}_${v}_amd64.deb" > /dev/null
}

# apt_image ROOT KEYFILE URL: a rootfs with ddfix-tool, libddfix1 and
# ddfix-common installed at 1.0 (dpkg status, info files), merged /usr,
# etc/apt/sources.list naming URL, the key in etc/apt/keyrings; the user
# changed nothing yet.
apt_image() {
	local r=$1 key=$2 url=$3 n
	mkdir -p "$r/usr/lib" "$r/var/lib/dpkg/info" "$r/etc/apt/keyrings" "$r/etc/apt/sources.list.d"
	echo 1 > "$r/var/lib/dpkg/info/format"   # the multiarch database layout, as dpkg writes it
	ln -s usr/lib "$r/lib"
	ln -s usr/bin "$r/bin"
	printf 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n' \
		> "$r/etc/os-release"
	cp "$key" "$r/etc/apt/keyrings/ddfix.gpg"
	echo "deb [signed-by=/etc/apt/keyrings/ddfix.gpg] $url stable main" > "$r/etc/apt/sources.list"
	: > "$r/var/lib/dpkg/status"
	for n in ddfix-tool libddfix1 ddfix-common; do
		local src=ddfix
		[ "$n" = ddfix-common ] && src=ddcommon
		apt_deb "$TMP/installed" "$n" 1.0-1 "$src"
		# install it the way dpkg leaves it: files, info files, status stanza
		local deb="$TMP/installed/${n}_1.0-1_amd64.deb" stem=$n
		[ "$n" = libddfix1 ] && stem="$n:amd64"
		dpkg-deb --fsys-tarfile "$deb" | tar -x --keep-directory-symlink -C "$r"
		dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#; s#/$##; s#^$#/.#' |
			awk '$0 == "/" {print "/."; next} {print}' > "$r/var/lib/dpkg/info/$stem.list"
		dpkg-deb -e "$deb" "$TMP/ctl-$n"
		cp "$TMP/ctl-$n/md5sums" "$r/var/lib/dpkg/info/$stem.md5sums"
		[ -f "$TMP/ctl-$n/postinst" ] && cp "$TMP/ctl-$n/postinst" "$r/var/lib/dpkg/info/$stem.postinst"
		if [ -f "$TMP/ctl-$n/conffiles" ]; then
			cp "$TMP/ctl-$n/conffiles" "$r/var/lib/dpkg/info/$stem.conffiles"
		fi
		{
			sed -n '1p' "$TMP/ctl-$n/control"
			echo "Status: install ok installed"
			sed '1d; /^Description:/,$d' "$TMP/ctl-$n/control"
			if [ -f "$TMP/ctl-$n/conffiles" ]; then
				echo "Conffiles:"
				while read -r cf; do echo " $cf $(md5sum < "$r$cf" | cut -d' ' -f1)"; done < "$TMP/ctl-$n/conffiles"
			fi
			sed -n '/^Description:/,$p' "$TMP/ctl-$n/control"
			echo
		} >> "$r/var/lib/dpkg/status"
	done
}

# apt_image_shell ROOT: bash (with /dev/tcp, for the network test) as
# usr/bin/sh and usr/bin/bash, ln, rm, their libraries and loader where ldd says
apt_image_shell() {
	local r=$1 lib
	mkdir -p "$r/usr/bin" "$r/usr/lib64"
	[ -e "$r/lib64" ] || ln -s usr/lib64 "$r/lib64"
	cp /bin/bash /bin/ln /bin/rm "$r/usr/bin/"
	ln -sf bash "$r/usr/bin/sh"
	for lib in $(ldd /bin/bash /bin/ln /bin/rm | grep -o '/[^ ]*' | grep -v ':$' | sort -u); do
		mkdir -p "$r/usr$(dirname "${lib#/usr}")"
		cp -L "$lib" "$r/usr${lib#/usr}"
	done
}

# apt_patch_layer LAYOUT TAG: the top layer blob of the tagged image
apt_patch_layer() {
	local m
	m=$(jq -r --arg t "$2" '.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] == $t) |
		.digest' "$1/index.json" | head -n 1)
	[ -n "$m" ] || fail "no $2 in $1"
	echo "$1/blobs/sha256/$(jq -r '.layers[-1].digest' "$1/blobs/sha256/${m#sha256:}" | cut -d: -f2)"
}

# apt_repo REPO KEYHOME: indexes and a signed InRelease for suite "stable"
apt_repo() {
	local repo=$1 key=$2 dir="$1/dists/stable/main/binary-amd64"
	mkdir -p "$dir"
	(cd "$repo" && apt-ftparchive packages pool > "dists/stable/main/binary-amd64/Packages")
	xz -k -f "$dir/Packages"
	(cd "$repo/dists/stable" && apt-ftparchive -o APT::FTPArchive::Release::Suite=stable \
		-o APT::FTPArchive::Release::Codename=stable -o APT::FTPArchive::Release::Components=main \
		-o APT::FTPArchive::Release::Architectures=amd64 release . > Release)
	rm -f "$repo/dists/stable/InRelease"
	GNUPGHOME=$key gpg --batch --quiet --digest-algo SHA256 --clearsign -o "$repo/dists/stable/InRelease" \
		"$repo/dists/stable/Release"
}

# apt_serve REPO: a static file server on a free loopback port
apt_serve() {
	python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$1" > "$TMP/http.log" 2>&1 &
	local pid=$! i
	cleanup_hooks+=("kill $pid")
	for i in $(seq 100); do
		APT_PORT=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$TMP/http.log" | head -n 1)
		[ -n "$APT_PORT" ] && break
		sleep 0.1
	done
	[ -n "$APT_PORT" ] || fail "the test HTTP server did not start: $(cat "$TMP/http.log")"
	APT_URL="http://127.0.0.1:$APT_PORT"
}

# apt_osv DIR SOURCE FIXED ID
apt_osv() {
	mkdir -p "$1"
	cat > "$1/$4.json" <<OSV
{"schema_version": "1.6.0", "id": "$4", "modified": "2026-12-01T00:00:00Z", "published": "2026-12-01T00:00:00Z",
 "summary": "test vulnerability of $2", "details": "made by the drydock fix tests",
 "affected": [{"package": {"ecosystem": "Debian:12", "name": "$2", "purl": "pkg:deb/debian/$2?arch=source"},
   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "$3"}]}]}]}
OSV
}

# apt_fixture [HOOK]: the usual setup: a key, ddfix-tool and libddfix1 at
# 1.0-2 in the signed repository $TMP/repo (pool/main: $pool) served at
# $APT_URL, the image at 1.0 as oci:$TMP/oci:1.0 (HOOK ROOT runs on its
# tree before it is packed), and $TMP/db holding CVE-2026-0001 (ddfix,
# fixed in 1.0-2).
apt_fixture() {
	apt_key "$TMP/key"
	pool="$TMP/repo/pool/main"
	apt_deb "$pool" ddfix-tool 1.0-2 ddfix "" 1.1
	apt_deb "$pool" libddfix1 1.0-2 ddfix "" 1.1
	apt_repo "$TMP/repo" "$TMP/key"
	apt_serve "$TMP/repo"
	apt_image "$TMP/root" "$TMP/key/key.gpg" "$APT_URL"
	[ -z "${1:-}" ] || "$1" "$TMP/root"
	tar --numeric-owner -C "$TMP/root" -cf "$TMP/root.tar" .
	mkimage oci "$TMP/oci" "$TMP/root.tar" --tag 1.0 > /dev/null
	apt_osv "$TMP/osv" ddfix 1.0-2 CVE-2026-0001
	"$DRYDOCK" db import --quiet --db "$TMP/db" "$TMP/osv" > /dev/null
}
