#!/usr/bin/env bash
# The progress line: on a terminal only (a pseudo-terminal here), on stderr,
# with the phase, layers read/total, bytes and rate; never wider than the
# terminal; erased at the end. None when stderr is piped, or with
# --no-progress or --quiet; stdout (the report) never carries it.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd python3
# a three-layer image with 24 MB to read, so the line has something to show
mkdir -p "$TMP/l1/etc" "$TMP/l2/data" "$TMP/l3/data"
printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\n' > "$TMP/l1/etc/os-release"
head -c 12582912 /dev/urandom > "$TMP/l2/data/blob1"
head -c 12582912 /dev/urandom > "$TMP/l3/data/blob2"
mkimage oci "$TMP/img" "DIR=$TMP/l1" "DIR=$TMP/l2" "DIR=$TMP/l3" --tag t >/dev/null
ref="oci:$TMP/img:t"

cat > "$TMP/ptyrun.py" <<'PY'
# run argv with stderr on a pseudo-terminal of 60 columns; stdout to a file
import fcntl, os, pty, struct, sys, termios
out, argv = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 60, 0, 0))
pid = os.fork()
if pid == 0:
    if os.environ.get("PTY_STDOUT"):
        os.dup2(slave, 1)
    else:
        os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(slave, 2)
    os.close(master)
    os.execv(argv[0], argv)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(data)
sys.exit(os.waitstatus_to_exitcode(status))
PY
tty_run() { python3 "$TMP/ptyrun.py" "$TMP/report.out" "$DRYDOCK" "$@" > "$TMP/tty.err" || true; }

tty_run sbom --format json "$ref"
python3 - "$TMP/tty.err" <<'PY' || fail "progress on a terminal: see above"
import sys
d = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
assert "drydock: reading layers | layers 0/3" in d, repr(d[:300])
assert "layers 3/3" in d, repr(d[-300:])
assert " read | " in d and "/s | " in d, repr(d[:300])
assert d.endswith("\r\x1b[K"), "the line is not erased at the end: " + repr(d[-80:])
for frame in d.split("\r\x1b[K"):
    assert len(frame) < 60, "wider than the 60-column terminal: " + repr(frame)
print("progress frames:", d.count("\r\x1b[K") - 1)
PY
grep -q 'reading layers' "$TMP/report.out" && fail "progress text in the report on stdout"
jq -e '.packages | length >= 0' "$TMP/report.out" >/dev/null || fail "the report on stdout is not clean JSON"

# a scan shows its later phases too (checks run after the layers)
tty_run scan --scanners secret,history --format json "$ref"
grep -q 'running image checks' "$TMP/tty.err" || fail "no checks phase: $(tr '\r' '\n' < "$TMP/tty.err" | tail -3)"

for opt in --no-progress --quiet; do
	tty_run sbom "$opt" --format json "$ref"
	grep -q 'reading layers' "$TMP/tty.err" && fail "progress shown with $opt"
done
# stderr piped: nothing
"$DRYDOCK" sbom --format json "$ref" > /dev/null 2> "$TMP/piped.err"
grep -q 'reading layers' "$TMP/piped.err" && fail "progress shown on a pipe"
[ ! -s "$TMP/piped.err" ] || fail "unexpected stderr on a pipe: $(cat "$TMP/piped.err")"
# the table is colored on a terminal only, and NO_COLOR turns it off
PTY_STDOUT=1 python3 "$TMP/ptyrun.py" /dev/null "$DRYDOCK" convert "$DD_TEST_DATA/report/hostile.json" > "$TMP/color.out" || true
grep -q $'\e\[1;31mcritical' "$TMP/color.out" || fail "no color on a terminal"
PTY_STDOUT=1 NO_COLOR=1 python3 "$TMP/ptyrun.py" /dev/null "$DRYDOCK" convert "$DD_TEST_DATA/report/hostile.json" > "$TMP/nocolor.out" || true
grep -q 'CVE-2021-44228' "$TMP/nocolor.out" || fail "no table on the terminal"
grep -q $'\e\[' "$TMP/nocolor.out" && fail "NO_COLOR ignored"
"$DRYDOCK" convert "$DD_TEST_DATA/report/hostile.json" | has $'\e' && fail "color on a pipe"
echo "progress: shown and erased on a terminal; absent when piped, --no-progress, --quiet"
