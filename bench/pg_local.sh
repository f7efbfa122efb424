# A private PostgreSQL 15 cluster for the benches (source after
# tests/lib/common.sh; stopped by its cleanup hooks). Not the tests'
# tests/lib/pg_cluster.sh: that one turns fsync, synchronous_commit and
# full_page_writes off on its command line (nothing can turn them back on),
# and those are the costs a bench of commits and WAL measures. This one has
# PostgreSQL's default durability (a commit costs what it would in
# production, minus the network) and listens on 127.0.0.1 (a free port: TCP
# as between machines, not a socket) with trust auth.
#
#   bench_pg_start           sets BENCH_PG_URL (postgres://postgres@127.0.0.1:PORT/postgres),
#                            BENCH_PG_DIR, BENCH_PG_PORT
#   bench_pg_db NAME         creates database NAME; prints its URL
#   bench_psql URL ARGS...   psql -X -q -v ON_ERROR_STOP=1 against URL

bench_pg_bin() {
	local d
	for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && { echo "$d"; return 0; }
	done
	fail "PostgreSQL 15 is not installed (postgresql-15, scripts/deps/server.txt)"
}

# initdb and postgres refuse to run as root: as root, run them as the
# postgres user (Debian's package creates it) in a directory it owns.
bench_pg_as() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

bench_pg_start() {
	local bin
	bin=$(bench_pg_bin)
	BENCH_PG_DIR=$(mktemp -d /tmp/drydock-bench-pg.XXXXXX)
	[ "$(id -u)" = 0 ] && chown postgres: "$BENCH_PG_DIR"
	bench_pg_as "$bin/initdb" -D "$BENCH_PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale \
		> "$BENCH_PG_DIR/initdb.log" 2>&1 || { cat "$BENCH_PG_DIR/initdb.log" >&2; fail "initdb failed"; }
	BENCH_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	# enough connections for 4 workers' pools, an API process and the bench
	cat >> "$BENCH_PG_DIR/data/postgresql.conf" <<-EOF
	listen_addresses = '127.0.0.1'
	port = $BENCH_PG_PORT
	unix_socket_directories = '$BENCH_PG_DIR'
	max_connections = 200
	EOF
	cleanup_hooks+=("bench_pg_as $bin/pg_ctl -D $BENCH_PG_DIR/data -m immediate stop >/dev/null 2>&1; rm -rf $BENCH_PG_DIR")
	bench_pg_as "$bin/pg_ctl" -D "$BENCH_PG_DIR/data" -l "$BENCH_PG_DIR/server.log" -w -t 30 start > /dev/null ||
		{ cat "$BENCH_PG_DIR/server.log" >&2; fail "PostgreSQL did not start"; }
	BENCH_PG_URL=postgres://postgres@127.0.0.1:$BENCH_PG_PORT/postgres
}

bench_psql() {
	local url=$1
	shift
	psql -X -q -v ON_ERROR_STOP=1 "$url" "$@"
}

bench_pg_db() {
	bench_psql "$BENCH_PG_URL" -c "CREATE DATABASE \"$1\"" || fail "CREATE DATABASE $1"
	echo "postgres://postgres@127.0.0.1:$BENCH_PG_PORT/$1"
}
