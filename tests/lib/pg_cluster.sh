#!/bin/bash
# A throwaway PostgreSQL 15 cluster for the @pg tests (ctest fixture "pg",
# tests/CMakeLists.txt): one per ctest run, unix socket only (no port to
# collide with), fsync off, trust auth for the role drydock.
#   pg_cluster.sh start DIR    initdb + start; DIR/url: a base URL (database postgres)
#   pg_cluster.sh restart DIR  pg_ctl restart -m fast (tests of reconnects)
#   pg_cluster.sh stop DIR     pg_ctl stop -m fast, DIR removed
# initdb and postgres refuse to run as root: as root (CI) they run as the
# `postgres` system user the package creates, which then owns DIR.
# DD_PG_BIN overrides Debian's /usr/lib/postgresql/15/bin.
set -euo pipefail
cmd=${1:?start|restart|stop DIR}
dir=${2:?DIR}
bin=${DD_PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || { echo "FAIL: $bin/initdb is missing: apt-get install postgresql-15 (scripts/deps)" >&2; exit 1; }

as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# the socket path must fit sun_path (107 bytes): a long build path gets a
# directory under /tmp, named in DIR/sockdir
sockdir() {
	if [ -f "$dir/sockdir" ]; then cat "$dir/sockdir"; else echo "$dir/sock"; fi
}

case $cmd in
start)
	rm -rf "$dir"
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	sock="$dir/sock"
	if [ ${#sock} -gt 80 ]; then
		sock=$(mktemp -d /tmp/dd-pg-sock.XXXXXX)
		echo "$sock" > "$dir/sockdir"
	fi
	mkdir -p "$sock"
	chmod 755 "$dir" "$sock"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir" "$sock"
	as_pg "$bin/initdb" -D "$dir/data" -A trust -U drydock --locale=C -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	# unix socket only; fsync off and the like: a test cluster, never data
	as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses='' -k $sock -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=32MB" \
		start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
	echo "postgresql://drydock@/postgres?host=$sock&port=5432" > "$dir/url"
	chmod 644 "$dir/url"
	echo "PostgreSQL test cluster in $dir: $(cat "$dir/url")"
	;;
restart)
	as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart >/dev/null
	;;
stop)
	if [ -d "$dir/data" ]; then
		as_pg "$bin/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null || true
	fi
	[ -f "$dir/sockdir" ] && rm -rf "$(cat "$dir/sockdir")"
	rm -rf "$dir"
	;;
*)
	echo "usage: pg_cluster.sh start|restart|stop DIR" >&2
	exit 2
	;;
esac
