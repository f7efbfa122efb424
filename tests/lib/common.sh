# Shared helpers for shell tests (sourced). Every test gets:
#   DRYDOCK DD_TEST_DATA DD_SHARED_DIR DD_SOURCE_DIR DD_BUILD_DIR from ctest.
set -euo pipefail
: "${DRYDOCK:?run through ctest}"
# test helpers import each other (stub_http.py, openapi_doc.py): no bytecode in the source tree
export PYTHONDONTWRITEBYTECODE=1
TMP=$(mktemp -d /tmp/drydock-test.XXXXXX)
cleanup_hooks=()
cleanup() {
	local h
	for h in "${cleanup_hooks[@]+"${cleanup_hooks[@]}"}"; do eval "$h" || true; done
	rm -rf "$TMP"
}
trap cleanup EXIT
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# `... | has PATTERN` instead of `| grep -q`: grep -q quits at the first
# match, the writer then dies of SIGPIPE, and under pipefail the pipeline
# fails; a test then skipped, or missed what it checks, at random
has() { grep "$@" > /dev/null; }
need_shared() { [ -d "$DD_SHARED_DIR/data/$1" ] || skip "../shared/data/$1 is absent"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"; }
mkimage() { python3 "$DD_SOURCE_DIR/tests/lib/mkimage.py" "$@"; }
# packages of a drydock JSON report as sorted "type name version source" lines
packages_tsv() { jq -r '.packages[] | [.type, .name, .version, (.source_name // "")] | @tsv' "$1" | sort; }
# apk packages straight from an installed DB file, same shape
apk_db_tsv() {
	awk -F: '/^P:/{p=substr($0,3)} /^V:/{v=substr($0,3)} /^o:/{o=substr($0,3)}
		/^$/{if(p!=""){print "apk\t" p "\t" v "\t" o}; p=""; v=""; o=""}
		END{if(p!=""){print "apk\t" p "\t" v "\t" o}}' "$1" | sort
}
# run EXIT ARGS...: drydock ARGS must exit EXIT; stdout in $TMP/out, stderr in $TMP/err
run() {
	local want=$1 rc=0
	shift
	"$DRYDOCK" "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
	[ "$rc" = "$want" ] || fail "drydock $*: exit $rc, want $want; stderr: $(head -c 600 "$TMP/err")"
}
# err_has TEXT: the last run's stderr holds TEXT
err_has() { grep -q -- "$1" "$TMP/err" || fail "stderr lacks '$1': $(cat "$TMP/err")"; }
