#!/bin/bash
# Regenerates the rpm database fixtures of tests/analyzers/rpm.c with the
# real tools (run from anywhere; outputs are committed so the unit tests
# need neither rpm nor python):
#   rpmdb.sqlite  rpm 4.18 (Debian) installing ../rpm/dd-hello, dd-suite and
#                 dd-zero-epoch, plus `rpm --import` of ../rpm/dd-test-key.asc
#                 (a gpg-pubkey entry); the -shm/-wal files rpm leaves are dropped
#   Packages      Berkeley DB hash (db5.3_load) of the same header blobs, 512-byte
#                 pages, padded with 24 more records so buckets split and chain
#   Packages.db   NDB of the same headers (tests/lib/rpmdb_convert.py)
#   expected-*.tsv  `rpm -qa` of the sqlite and Berkeley DB files as drydock reports
#                 packages (rpm NAME VERSION SRCNAME SRCVERSION ARCH LICENSE)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../../.." && pwd)
. "$src/tests/lib/rpm_tools.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/specs" "$work/rpms" "$work/root"
cp "$here/../rpm/dd-hello.spec" "$here/../rpm/dd-suite.spec" "$here/../rpm/dd-zero-epoch.spec" "$work/specs/"
rpm_build_rpms "$work/specs" "$work/rpms"
rpm_install "$work/root" /var/lib/rpm "$work/rpms"/*.rpm
rpm_import_key "$work/root" /var/lib/rpm "$here/../rpm/dd-test-key.asc"
db="$work/root/var/lib/rpm"
# checkpoint into the main file the way rpm's close does, then keep only it
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$db/rpmdb.sqlite"
cp "$db/rpmdb.sqlite" "$here/rpmdb.sqlite"
rpm_make_bdb "$db/rpmdb.sqlite" "$here/Packages" --pagesize 512 --pad 24 --ffactor 40
rpm_make_ndb "$db/rpmdb.sqlite" "$here/Packages.db"
rpm_qa_tsv "$db" sqlite > "$here/expected-sqlite.tsv"
mkdir -p "$work/bdb" && cp "$here/Packages" "$work/bdb/"
rpm_qa_tsv "$work/bdb" bdb_ro > "$here/expected-bdb.tsv"
ls -l "$here"
