# Helpers for the drydock fix tests on Alpine (source after common.sh).
#
#   apk_fix_setup        the advisory DB from the real secdb ($TMP/db), the
#                        Alpine 3.20.3 minirootfs unpacked ($TMP/root), a test
#                        key ($TMP/key.pem, trusted by the image as
#                        etc/apk/keys/$APK_KEYNAME), the image
#                        oci:$TMP/img:3.20 (minirootfs + a layer with the key)
#   apk_fix_repo DIR KEY KEYNAME [apk_repo.py options]   the standard signed
#                        repository: busybox, busybox-binsh, ssl_client at
#                        1.36.1-r31, musl and musl-utils at 1.2.5-r3 (busybox
#                        r31 needs musl>=1.2.5-r3 and no longer ships
#                        etc/securetty), from the image's own files
#   apk_fix_serve DIR    serves DIR on 127.0.0.1; sets APK_URL, writes
#                        $TMP/sources (a --sources file naming it)
APK_TGZ=$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.20.3-x86_64.tar.gz
APK_KEYNAME=drydock-test.rsa.pub
BUSYBOX_IDS=CVE-2024-58251

apk_fix_setup() {
	need_shared images/alpine
	need_shared vulndb/alpine-secdb
	need_cmd openssl
	need_cmd jq
	need_cmd python3
	[ -f "$APK_TGZ" ] || skip "$APK_TGZ is absent"
	"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb" > /dev/null || fail "db import failed"
	mkdir -p "$TMP/root" "$TMP/keylayer/etc/apk/keys"
	tar -xzf "$APK_TGZ" -C "$TMP/root" 2>/dev/null || fail "cannot unpack $APK_TGZ"
	openssl genrsa -out "$TMP/key.pem" 2048 2>/dev/null
	openssl rsa -in "$TMP/key.pem" -pubout -out "$TMP/keylayer/etc/apk/keys/$APK_KEYNAME" 2>/dev/null
	mkimage oci "$TMP/img" "$APK_TGZ" "DIR=$TMP/keylayer" --tag 3.20
}

apk_fix_repo() {
	local dir=$1 key=$2 keyname=$3
	shift 3
	python3 "$DD_SOURCE_DIR/tests/fix/apk_repo.py" "$TMP/root" "$dir" "$key" "$keyname" \
		busybox=1.36.1-r31 busybox-binsh=1.36.1-r31 ssl_client=1.36.1-r31 musl=1.2.5-r3 musl-utils=1.2.5-r3 \
		--drop busybox:etc/securetty --dep 'busybox:musl>=1.2.5-r3' "$@" || fail "apk_repo.py failed"
}

apk_fix_serve() {
	local dir=$1 port
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port" > "$TMP/http-$port.log" 2>&1 &
	cleanup_hooks+=("kill $! 2>/dev/null")
	APK_URL=http://127.0.0.1:$port
	for _ in $(seq 1 100); do
		curl -s -o /dev/null --max-time 1 "$APK_URL/" && break
		sleep 0.1
	done
	echo "$APK_URL" > "$TMP/sources"
}
