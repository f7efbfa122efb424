#!/bin/bash
# The library reads no environment variable: every setting is an option
# field the caller fills (only src/cli reads the environment), so a process
# holding the engine behaves the same whatever its environment holds. The
# one exception is util/default_paths.c, the documented default locations
# (dd_db_default_path, dd_db_sources_default_path,
# dd_docker_config_default_path). A getenv anywhere else in the library's
# objects fails this test.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd nm
lib="$DD_BUILD_DIR/libdrydock_core.a"
[ -f "$lib" ] || fail "$lib not built"
nm -A "$lib" > "$TMP/nm" 2>/dev/null || fail "nm $lib failed"
# guard against a vacuous pass: the allowed file must be there and read
grep -E 'default_paths\.c\.o: +U (secure_)?getenv$' "$TMP/nm" > /dev/null ||
	fail "default_paths.c.o does not call getenv (renamed? update this test)"
grep -E ' U (__)?(secure_)?getenv$' "$TMP/nm" | grep -v 'default_paths\.c\.o:' > "$TMP/bad" || true
if [ -s "$TMP/bad" ]; then
	sed 's/^/  /' "$TMP/bad" >&2
	fail "the library reads the environment outside util/default_paths.c (add an option field; the CLI reads the variable: src/cli/environment.c)"
fi
echo "ok getenv only in util/default_paths.c ($(grep -c ' U ' "$TMP/nm") undefined references checked)"
# the CLI reads it in one place too
grep -lw getenv "$DD_SOURCE_DIR"/src/cli/*.c | xargs -n1 basename > "$TMP/cli"
[ "$(cat "$TMP/cli")" = environment.c ] || fail "src/cli reads the environment outside environment.c: $(tr '\n' ' ' < "$TMP/cli")"
echo "ok src/cli reads the environment in environment.c only"
