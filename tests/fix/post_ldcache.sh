#!/bin/bash
# etc/ld.so.cache after a fix (src/fix/post.c): regenerated with the host's
# `ldconfig -r` on the materialised patched tree only when the upgrade
# changes the set of shared-library SONAMEs. The image (tests/lib/
# apt_repo.sh) gets real ELF libraries built here with gcc: libddfix1 1.0-1
# ships libddfix.so.1.1.0 (SONAME libddfix.so.1) and a cache listing it.
# 1.0-2 renames the file (libddfix.so.1.1.1, same SONAME): no ld.so.cache in
# the patch layer. 1.0-3 adds libddnew.so.2: the layer's ld.so.cache lists
# it (read with the host's `ldconfig -p -C`) beside libddfix.so.1.
. "$DD_SOURCE_DIR/tests/lib/common.sh"
. "$DD_SOURCE_DIR/tests/lib/apt_repo.sh"
apt_tools_or_skip
need_cmd gcc
need_cmd ldconfig

echo 'int ddfix(void) { return 1; }' > "$TMP/lib.c"
elf() { # OUT SONAME
	gcc -shared -fPIC -nostdlib -Wl,-soname,"$2" -o "$1" "$TMP/lib.c" || fail "gcc could not build $1"
}
# the package's library as an ELF object (the text file apt_repo.sh writes
# replaced), and for 1.0-3 a second library with a new SONAME
elf_libs() { # DIR NAME VERSION
	local d=$1/lib/x86_64-linux-gnu f
	[ "$2" = libddfix1 ] || return 0
	for f in "$d"/libddfix.so.1.*; do elf "$f" libddfix.so.1; done
	[ "$3" = 1.0-3 ] && elf "$d/libddnew.so.2" libddnew.so.2
	return 0
}
export APT_FILES_HOOK=elf_libs

# the image's loader configuration and a cache of its libraries, as a
# Debian image has them
ld_conf() {
	mkdir -p "$1/etc/ld.so.conf.d"
	echo 'include /etc/ld.so.conf.d/*.conf' > "$1/etc/ld.so.conf"
	printf '/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n' \
		> "$1/etc/ld.so.conf.d/x86_64-linux-gnu.conf"
	ldconfig -X -r "$1" || fail "ldconfig could not make the image's cache"
	ldconfig -p -C "$1/etc/ld.so.cache" | has 'libddfix.so.1 ' || fail "the image's cache lacks libddfix.so.1"
}
apt_fixture ld_conf
layer_list() { tar -tzf "$(apt_patch_layer "$TMP/oci" "$1")" | sed 's#^\./##'; }

# ---- same SONAMEs (a new file name, libddfix.so.1 still): the cache stays as it is
run 0 fix --db "$TMP/db" --format json --to "oci:$TMP/oci:same" "oci:$TMP/oci:1.0"
jq -e '.target.written and .ld_cache == false' "$TMP/out" > /dev/null || fail "same-SONAME fix: $(jq -c . "$TMP/out")"
layer_list same | has -x usr/lib/x86_64-linux-gnu/libddfix.so.1.1.1 || fail "the new library is not in the layer"
! layer_list same | has -x etc/ld.so.cache || fail "ld.so.cache rewritten although no SONAME changed"
echo "ok: same SONAMEs -> no ld.so.cache in the patch layer"

# ---- a new SONAME: the cache is regenerated into the layer
apt_deb "$pool" ddfix-tool 1.0-3 ddfix "" 1.2
apt_deb "$pool" libddfix1 1.0-3 ddfix "" 1.2
apt_repo "$TMP/repo" "$TMP/key"
run 0 fix --db "$TMP/db" --format json --to "oci:$TMP/oci:new" "oci:$TMP/oci:1.0"
jq -e '.target.written and .ld_cache == true and (.notes | any(test("ld.so.cache regenerated")))' "$TMP/out" \
	> /dev/null || fail "new-SONAME fix: $(jq -c . "$TMP/out")"
layer=$(apt_patch_layer "$TMP/oci" new)
layer_list new | has -x etc/ld.so.cache || fail "no ld.so.cache in the patch layer: $(layer_list new | tr '\n' ' ')"
mkdir "$TMP/x"
tar -xzf "$layer" -C "$TMP/x"
cache=$(ldconfig -p -C "$TMP/x/etc/ld.so.cache")
echo "$cache" | has 'libddnew.so.2 .*=> .*/x86_64-linux-gnu/libddnew.so.2$' ||
	fail "the regenerated cache does not list libddnew.so.2: $cache"
echo "$cache" | has 'libddfix.so.1 .*=> .*/x86_64-linux-gnu/libddfix.so.1$' ||
	fail "the regenerated cache lost libddfix.so.1: $cache"
# nothing but the cache came from the materialised tree (ldconfig -X made no links)
layer_list new | has -x usr/lib/x86_64-linux-gnu/libddnew.so.2 || fail "the new library is not in the layer"
! layer_list new | has -E '^(var/cache/ldconfig|\.drydock)' || fail "ldconfig's leftovers in the layer"
echo "ok: new SONAME -> etc/ld.so.cache in the patch layer lists libddnew.so.2"
