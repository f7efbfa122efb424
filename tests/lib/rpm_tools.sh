# Real rpm databases made with Debian's rpm/rpmbuild, for the rpm analyzer's
# tests and fixtures (sourced; needs rpm, rpmbuild, db5.3-util, python3).
#
#   rpm_build_rpms SPECDIR OUTDIR         builds every SPECDIR/*.spec (noarch) into OUTDIR/*.rpm
#   rpm_install ROOT DBPATH RPM...        installs files + database (sqlite backend) under ROOT
#   rpm_import_key ROOT DBPATH KEY.asc    rpm --import (adds a gpg-pubkey entry)
#   rpm_make_bdb SQLITE OUT [ARGS...]     Berkeley DB hash Packages with the same headers
#                                         (ARGS go to rpmdb_convert.py: --pagesize N --pad N --ffactor N)
#   rpm_make_ndb SQLITE OUT               NDB Packages.db with the same headers
#   rpm_qa_tsv DBDIR BACKEND              what `rpm -qa` lists, as drydock reports it:
#        rpm NAME [E:]V-R SRCNAME [E:]SRCV-SRCR ARCH LICENSE   (tab-separated, sorted)
#        BACKEND is sqlite or bdb_ro; gpg-pubkey lines are kept (callers decide)
_rpm_tools_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

rpm_build_rpms() {
	local specdir=$1 out=$2 top
	top=$(mktemp -d)
	mkdir -p "$out"
	for spec in "$specdir"/*.spec; do
		rpmbuild -bb --quiet --define "_topdir $top" --define '_build_id_links none' "$spec" >/dev/null 2>"$top/err" ||
			{ cat "$top/err" >&2; rm -rf "$top"; return 1; }
	done
	mv "$top"/RPMS/noarch/*.rpm "$out"/
	rm -rf "$top"
}

rpm_install() {
	local root=$1 dbpath=$2
	shift 2
	# Debian's rpm warns that it is not apt's way; that is expected here
	rpm --root "$root" --dbpath "$dbpath" --define '_db_backend sqlite' -i --nodeps --noscripts \
		--ignorearch --ignoreos "$@" 2>&1 | grep -v -e 'should not be used directly' -e 'you know what you are doing' >&2 || true
	[ -f "$root$dbpath/rpmdb.sqlite" ]
}

rpm_import_key() {
	rpm --root "$1" --dbpath "$2" --define '_db_backend sqlite' --import "$3"
}

rpm_make_bdb() {
	local sqlite=$1 out=$2 dump
	shift 2
	dump=$(mktemp)
	python3 "$_rpm_tools_dir/rpmdb_convert.py" bdb-dump "$sqlite" "$dump" "$@" &&
		rm -f "$out" && db5.3_load -f "$dump" "$out"
	local rc=$?
	rm -f "$dump"
	return $rc
}

rpm_make_ndb() {
	python3 "$_rpm_tools_dir/rpmdb_convert.py" ndb "$1" "$2"
}

rpm_qa_tsv() {
	local dbdir=$1 backend=$2
	rpm --dbpath "$dbdir" --define "_db_backend $backend" -qa \
		--qf '%{NAME}\t%{EPOCH}\t%{VERSION}\t%{RELEASE}\t%{ARCH}\t%{SOURCERPM}\t%{LICENSE}\n' 2>/dev/null |
	awk -F'\t' -v OFS='\t' '{
		e = ($2 == "(none)" || $2 == "0") ? "" : $2 ":"
		v = ($4 == "(none)") ? e $3 : e $3 "-" $4
		sn = $1; sv = v
		if (match($6, /^(.+)-([^-]+)-([^-]+)\.(no)?src\.rpm$/)) {
			s = $6; sub(/\.(no)?src\.rpm$/, "", s)
			r = s; sub(/.*-/, "", r); s = substr(s, 1, length(s) - length(r) - 1)
			ver = s; sub(/.*-/, "", ver); sn = substr(s, 1, length(s) - length(ver) - 1)
			sv = e ver "-" r
		}
		arch = ($5 == "(none)") ? "" : $5
		lic = ($7 == "(none)") ? "" : $7
		print "rpm", $1, v, sn, sv, arch, lic
	}' | sort
}
