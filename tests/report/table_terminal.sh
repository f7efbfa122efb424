#!/bin/bash
# The table as people see it: drydock run in a real terminal (tmux, 80 and
# 200 columns; the writer asks the tty for its width) on the demo image and
# on a Debian bookworm package DB (../shared, skipped when absent). Nothing
# wraps; every package name, installed version, fixed version and id of the
# JSON report is on screen whole; application findings show their file;
# a package's findings follow it; ids run in numeric order; titles that do
# not fit end on a word with an ellipsis.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd tmux
need_cmd jq
need_cmd python3
sock="$TMP/tmux.sock"
cleanup_hooks+=("tmux -S '$sock' kill-server 2>/dev/null")

# screen WIDTH OUT ARGS...: the whole screen (history included) of drydock ARGS in a WIDTHx50 terminal
screen() {
	local width=$1 out=$2 i
	shift 2
	printf '%q ' "$DRYDOCK" "$@" > "$TMP/cmd"
	tmux -S "$sock" -f /dev/null new-session -d -s "w$width" -x "$width" -y 50 \
		"bash $TMP/cmd; echo __DONE__; sleep 60"
	tmux -S "$sock" set-option -t "w$width" history-limit 20000 > /dev/null
	for i in $(seq 300); do
		tmux -S "$sock" capture-pane -p -t "w$width" -S - | has -x __DONE__ && break
		sleep 0.1
	done
	# -J: a line the terminal wrapped comes back as one line, wider than the screen
	tmux -S "$sock" capture-pane -p -J -t "w$width" -S - | sed '/^__DONE__$/,$d' > "$out"
	tmux -S "$sock" kill-session -t "w$width"
	grep -q "^Summary: " "$out" || fail "no report on the $width-column screen: $(tail -5 "$out")"
}

check() { # LABEL DB REF
	local label=$1 db=$2 ref=$3 w
	"$DRYDOCK" scan --no-progress --db "$db" --format json -o "$TMP/r.json" "$ref" || [ $? = 3 ] || fail "$label: scan failed"
	for w in 80 200; do
		screen "$w" "$TMP/screen.$w" scan --db "$db" "$ref"
		python3 "$DD_SOURCE_DIR/tests/report/table_terminal_check.py" "$TMP/r.json" "$TMP/screen.$w" "$w" ||
			fail "$label at $w columns (screen in the log above)"
	done
	echo "ok $label: $(jq '[.findings[] | select(.class | endswith("vuln"))] | length' "$TMP/r.json") vulnerabilities whole at 80 and 200 columns"
}

"$DRYDOCK" db import --db "$TMP/demo.db" "$DD_SOURCE_DIR/data/advisories" > /dev/null
check "demo image" "$TMP/demo.db" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10"

deb=$DD_SHARED_DIR/data/vulndb/debian
if [ -d "$deb" ] && [ -d "$DD_SHARED_DIR/data/vulndb/osv/Debian" ]; then
	"$DRYDOCK" db import --db "$TMP/debian.db" "$DD_SHARED_DIR/data/vulndb/osv/Debian" > /dev/null
	mkdir -p "$TMP/deb/var/lib/dpkg" "$TMP/deb/etc"
	cp "$deb/bookworm-minbase.status" "$TMP/deb/var/lib/dpkg/status"
	cp "$deb/os-release" "$TMP/deb/etc/os-release"
	check "debian bookworm" "$TMP/debian.db" "dir:$TMP/deb"
	# the numeric order people read: CVE-2026-8376 before CVE-2026-12087 (perl-base)
	a=$(grep -n " CVE-2026-8376 " "$TMP/screen.80" | head -1 | cut -d: -f1)
	b=$(grep -n " CVE-2026-12087 " "$TMP/screen.80" | head -1 | cut -d: -f1)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || fail "ids sorted as text: CVE-2026-8376 on line $a, CVE-2026-12087 on line $b"
else
	echo "note: ../shared/data/vulndb is absent; the Debian bookworm table is not checked"
fi
