#!/bin/bash
# The rpm inventory against rpm itself: small packages built with Debian's
# rpmbuild from tests/data/analyzers/rpm/*.spec (epochs, a zero epoch, an
# SRPM whose binaries have other names, compound licenses, a header larger
# than a BDB page) and installed with rpm into a sqlite rpmdb, plus an
# imported signing key. The same headers go into a Berkeley DB hash Packages
# (db5.3_load; read back by rpm's own bdb_ro backend, which is the proof that
# the file is what rpm writes) and an NDB Packages.db (Debian's rpm has no
# NDB backend, so that one is written by tests/lib/rpmdb_convert.py from
# rpm's format and compared with the sqlite listing of the same headers).
# For each backend `drydock sbom` must list exactly what `rpm -qa` lists,
# except gpg-pubkey (a key, not software), from dir: and from an image layer.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/rpm_tools.sh"
need_cmd rpm
need_cmd rpmbuild
need_cmd db5.3_load
need_cmd jq

# drydock's packages as "rpm NAME VERSION SRCNAME SRCVERSION ARCH LICENSE"
sbom_tsv() {
	jq -r '.packages[] | [.type, .name, .version, .source_name, .source_version, (.arch // ""), (.licenses // "")] | @tsv' "$1" | sort
}
# compare drydock on REF with the expected file; NAME labels the case
check() {
	local name=$1 ref=$2 want=$3
	"$DRYDOCK" sbom --format json -o "$TMP/$name.json" "$ref" || fail "$name: drydock sbom failed"
	sbom_tsv "$TMP/$name.json" > "$TMP/$name.got"
	diff -u "$want" "$TMP/$name.got" >&2 || fail "$name: drydock and rpm -qa differ"
	[ "$(jq .complete "$TMP/$name.json")" = true ] || fail "$name: report incomplete: $(jq -c .notes "$TMP/$name.json")"
	echo "ok $name: $(wc -l < "$want") packages"
}
os_release() {
	mkdir -p "$1/etc"
	printf 'NAME="Red Hat Enterprise Linux"\nVERSION="9.3 (Plow)"\nID="rhel"\nVERSION_ID="9.3"\nPRETTY_NAME="Red Hat Enterprise Linux 9.3 (Plow)"\n' > "$1/etc/os-release"
	echo "Red Hat Enterprise Linux release 9.3 (Plow)" > "$1/etc/redhat-release"
}

rpm_build_rpms "$DD_TEST_DATA/analyzers/rpm" "$TMP/rpms" || fail "rpmbuild failed"
ls "$TMP/rpms"/*.rpm >/dev/null

# --- sqlite (var/lib/rpm) -------------------------------------------------
base="$TMP/sqlite"
mkdir -p "$base"
os_release "$base"
rpm_install "$base" /var/lib/rpm $(ls "$TMP/rpms"/*.rpm | grep -v bigheader) || fail "rpm -i failed"
rpm_import_key "$base" /var/lib/rpm "$DD_TEST_DATA/analyzers/rpm/dd-test-key.asc"
rpm_qa_tsv "$base/var/lib/rpm" sqlite > "$TMP/qa-all"
grep -q $'^rpm\tgpg-pubkey\t' "$TMP/qa-all" || fail "rpm -qa should list the imported key"
grep -v $'^rpm\tgpg-pubkey\t' "$TMP/qa-all" > "$TMP/qa-sqlite"
[ "$(wc -l < "$TMP/qa-sqlite")" = 5 ] || fail "expected 5 packages from rpm -qa, got $(cat "$TMP/qa-sqlite")"
check sqlite-dir "dir:$base" "$TMP/qa-sqlite"
mkimage oci "$TMP/img-sqlite" "DIR=$base" --tag t
check sqlite-oci "oci:$TMP/img-sqlite:t" "$TMP/qa-sqlite"
# provenance and purl of one package
jq -e '.packages[] | select(.name == "dd-hello") |
	.path == "var/lib/rpm/rpmdb.sqlite" and (.layer | startswith("sha256:")) and
	.purl == "pkg:rpm/redhat/dd-hello@1.2.3-4.fc39?arch=noarch&distro=rhel-9.3&epoch=2"' \
	"$TMP/sqlite-oci.json" >/dev/null || fail "dd-hello: path/layer/purl: $(jq -c '.packages[] | select(.name == "dd-hello")' "$TMP/sqlite-oci.json")"
jq -e '.artifact.os.family == "rhel" and .artifact.os.version == "9.3"' "$TMP/sqlite-oci.json" >/dev/null ||
	fail "os: $(jq -c .artifact.os "$TMP/sqlite-oci.json")"

# --- a second layer installs one more package: the final db wins ------------
top="$TMP/top"
cp -a "$base" "$top"
rpm_install "$top" /var/lib/rpm "$TMP/rpms"/dd-bigheader-*.rpm || fail "rpm -i bigheader failed"
rpm_qa_tsv "$top/var/lib/rpm" sqlite | grep -v $'^rpm\tgpg-pubkey\t' > "$TMP/qa-top"
mkdir -p "$TMP/layer2/var/lib/rpm" "$TMP/layer2/usr/share"
cp "$top/var/lib/rpm/rpmdb.sqlite"* "$TMP/layer2/var/lib/rpm/"
cp -a "$top/usr/share/dd-bigheader" "$TMP/layer2/usr/share/"
mkimage oci "$TMP/img-2layer" "DIR=$base" "DIR=$TMP/layer2" --tag t
check sqlite-2layers "oci:$TMP/img-2layer:t" "$TMP/qa-top"
l2=$(jq -r '.artifact.layers[1].digest' "$TMP/sqlite-2layers.json")
[ "$(jq -r --arg l "$l2" '[.packages[] | select(.layer != $l)] | length' "$TMP/sqlite-2layers.json")" = 0 ] ||
	fail "every package should come from the top layer's rpmdb"

# --- sqlite under usr/lib/sysimage/rpm (Fedora 36+, openSUSE) -----------------
sys="$TMP/sysimage"
mkdir -p "$sys"
rpm_install "$sys" /usr/lib/sysimage/rpm "$TMP/rpms"/*.rpm || fail "rpm -i (sysimage) failed"
rpm_qa_tsv "$sys/usr/lib/sysimage/rpm" sqlite > "$TMP/qa-sys"
check sysimage-dir "dir:$sys" "$TMP/qa-sys"

# --- Berkeley DB hash Packages ------------------------------------------------
bdb="$TMP/bdb"
mkdir -p "$bdb/var/lib/rpm"
os_release "$bdb"
rpm_make_bdb "$top/var/lib/rpm/rpmdb.sqlite" "$bdb/var/lib/rpm/Packages" || fail "db5.3_load failed"
rpm_qa_tsv "$bdb/var/lib/rpm" bdb_ro | grep -v $'^rpm\tgpg-pubkey\t' > "$TMP/qa-bdb"
diff -u "$TMP/qa-top" "$TMP/qa-bdb" >&2 || fail "rpm's bdb_ro reads the BDB copy differently from the sqlite original"
check bdb-dir "dir:$bdb" "$TMP/qa-bdb"
mkimage oci "$TMP/img-bdb" "DIR=$bdb" --tag t
check bdb-oci "oci:$TMP/img-bdb:t" "$TMP/qa-bdb"
# small pages, 300 more records and a high fill factor: every header on
# overflow pages, buckets split and chained over several pages
bdb2="$TMP/bdb-chained"
mkdir -p "$bdb2/var/lib/rpm"
rpm_make_bdb "$top/var/lib/rpm/rpmdb.sqlite" "$bdb2/var/lib/rpm/Packages" --pagesize 512 --pad 300 --ffactor 100 ||
	fail "db5.3_load (chained) failed"
rpm_qa_tsv "$bdb2/var/lib/rpm" bdb_ro > "$TMP/qa-bdb2-all"
[ "$(wc -l < "$TMP/qa-bdb2-all")" = 307 ] || fail "chained BDB: rpm -qa listed $(wc -l < "$TMP/qa-bdb2-all") records, not 307"
grep -v $'^rpm\tgpg-pubkey\t' "$TMP/qa-bdb2-all" > "$TMP/qa-bdb2"
check bdb-chained-dir "dir:$bdb2" "$TMP/qa-bdb2"

# --- NDB Packages.db (SUSE) -----------------------------------------------------
ndb="$TMP/ndb"
mkdir -p "$ndb/usr/lib/sysimage/rpm"
rpm_make_ndb "$top/var/lib/rpm/rpmdb.sqlite" "$ndb/usr/lib/sysimage/rpm/Packages.db" || fail "NDB conversion failed"
check ndb-dir "dir:$ndb" "$TMP/qa-top"
mkimage oci "$TMP/img-ndb" "DIR=$ndb" --tag t
check ndb-oci "oci:$TMP/img-ndb:t" "$TMP/qa-top"

# --- an unclean WAL marks the report incomplete --------------------------------
wal="$TMP/wal"
cp -a "$base" "$wal"
head -c 4096 /dev/urandom > "$wal/var/lib/rpm/rpmdb.sqlite-wal"
rc=0
"$DRYDOCK" sbom --format json -o "$TMP/wal.json" "dir:$wal" || rc=$?
[ "$rc" = 3 ] || fail "sbom with an unclean WAL: exit $rc, want 3 (incomplete)"
[ "$(jq .complete "$TMP/wal.json")" = false ] || fail "a non-empty rpmdb.sqlite-wal should mark the report incomplete"
jq -e '.notes | any(test("write-ahead log"))' "$TMP/wal.json" >/dev/null || fail "no WAL note: $(jq -c .notes "$TMP/wal.json")"
echo "ok unclean WAL noted"
