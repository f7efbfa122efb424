# PostgreSQL for shell tests (source after common.sh): the cluster of the
# ctest fixture "pg" (DD_TEST_PG, tests/lib/pg_cluster.sh) or, without it,
# one of the test's own in $TMP, started here and stopped at exit.
#   pg_new_db NAME   prints the URL of a fresh database NAME_<pid>_<n>
#                    (call it as url=$(pg_new_db x): the counter is per call site's pid)
command -v psql >/dev/null || fail "psql is missing: postgresql-15 (scripts/deps/server.txt) brings it"
if [ -n "${DD_TEST_PG:-}" ]; then
	pg_dir=$DD_TEST_PG
else
	[ -x /usr/lib/postgresql/15/bin/initdb ] || fail "postgresql-15 is not installed (scripts/deps)"
	pg_dir=$TMP/pg
	chmod 755 "$TMP"   # as root, PostgreSQL runs as the postgres user
	bash "$DD_SOURCE_DIR/tests/lib/pg_cluster.sh" start "$pg_dir" >/dev/null
	cleanup_hooks+=("bash '$DD_SOURCE_DIR/tests/lib/pg_cluster.sh' stop '$pg_dir'")
fi
pg_new_db() {
	local base name
	base=$(cat "$pg_dir/url")
	name="$1_$$_${RANDOM}${RANDOM}"
	psql -q "$base" -c "CREATE DATABASE \"$name\"" >/dev/null || fail "CREATE DATABASE $name"
	echo "${base/\/postgres\?//$name?}"
}
