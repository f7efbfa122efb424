# Registry helpers for shell tests (source after common.sh). Start a real
# docker-registry (Debian's distribution 2.8) on a free loopback port with
# a given auth mode, build OCI images with umoci, push them with skopeo, and
# run the fake hostile registry. Everything started here is stopped by the
# cleanup hooks of common.sh.
#
#   reg_start MODE          MODE: anonymous | htpasswd | token | tls
#                           (REG_EXTRA_CONFIG: top-level YAML added to its config, e.g. notifications)
#   reg_notify_to URL TOKEN  the next reg_start's registry sends its events to URL (drydock's
#                           /api/v1/webhooks/distribution) with "Authorization: Bearer TOKEN"
#                           sets REG_ADDR (127.0.0.1:PORT), REG_LOG (the registry's
#                           access log), REG_DIR, REG_USER/REG_PASS (htpasswd, token),
#                           REG_CA (tls), REG_TOKEN_LOG (token), REG_DRYDOCK_OPTS
#                           (--plain-http or --cacert FILE), REG_SKOPEO_OPTS
#   reg_alpine_layout TGZ LAYOUT TAG [ARCH]   umoci image from a rootfs tarball
#   reg_push SRC REPO:TAG [skopeo opts...]    skopeo copy SRC docker://$REG_ADDR/REPO:TAG
#   reg_random_image LAYOUT FROM TAG BYTES    LAYOUT:TAG = LAYOUT:FROM (must exist) plus a layer
#                           of BYTES random bytes: a digest and a layer no other image has
#   reg_token_alpine REPO:TAG   Alpine 3.19.4 behind the Bearer-token flow: skips
#                           without ../shared or python3-cryptography, writes the
#                           image's apk packages to $TMP/expected, starts and pushes
#   reg_blob_gets [PATTERN]  "GET .../blobs/" lines in REG_LOG (since reg_log_mark)
#   reg_log_mark             starts a new counting window in REG_LOG
#   fake_start MODE LAYOUT [args]   fake registry (fake_registry.py); sets FAKE_ADDR, FAKE_LOG
#   run_bounded SECONDS CMD...      runs CMD, fails the test if it takes longer

REG_PY=${REG_PY:-/usr/bin/python3}
[ -x "$REG_PY" ] || REG_PY=python3
REG_LIB="$DD_SOURCE_DIR/tests/lib"
REG_N=0

need_registry_tools() {
	need_cmd docker-registry
	need_cmd skopeo
	need_cmd curl
	need_cmd jq
}

reg_free_port() {
	"$REG_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# A CA and a server certificate for 127.0.0.1 / localhost signed by it, in DIR.
reg_make_ca() {
	local d=$1
	mkdir -p "$d"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=drydock test CA" \
		-keyout "$d/ca.key" -out "$d/ca.crt" >/dev/null 2>&1
	openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
		-keyout "$d/server.key" -out "$d/server.csr" >/dev/null 2>&1
	printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$d/ext.cnf"
	openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial \
		-days 2 -extfile "$d/ext.cnf" -out "$d/server.crt" >/dev/null 2>&1
}

# Waits until URL answers HTTP at all (any status), at most ~10 s.
reg_wait_http() {
	local url=$1 i
	shift
	for i in $(seq 1 100); do
		curl -s -o /dev/null --max-time 1 "$@" "$url" && return 0
		sleep 0.1
	done
	return 1
}

_reg_start_once() {
	local mode=$1 port
	port=$(reg_free_port)
	REG_ADDR=127.0.0.1:$port
	local tls="" auth="" scheme=http
	case $mode in
	anonymous) ;;
	htpasswd)
		REG_USER=drydock REG_PASS=s3cret-pass
		htpasswd -bBc "$REG_DIR/htpasswd" "$REG_USER" "$REG_PASS" >/dev/null 2>&1 || fail "htpasswd failed"
		auth="auth:
  htpasswd:
    realm: drydock-test
    path: $REG_DIR/htpasswd"
		;;
	token)
		REG_USER=drydock REG_PASS=t0ken-pass
		if [ ! -f "$REG_DIR/token.crt" ]; then
			openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=drydock token signer" \
				-keyout "$REG_DIR/token.key" -out "$REG_DIR/token.crt" >/dev/null 2>&1
			rm -f "$REG_DIR/token.port"
			"$REG_PY" "$REG_LIB/token_server.py" --port-file "$REG_DIR/token.port" \
				--key "$REG_DIR/token.key" --cert "$REG_DIR/token.crt" --service drydock-test \
				--issuer drydock-test-issuer --user "$REG_USER:$REG_PASS" \
				--refresh-token drydock-identity-token --log "$REG_DIR/token.log" \
				> "$REG_DIR/token.out" 2>&1 &
			local tpid=$!
			cleanup_hooks+=("kill $tpid 2>/dev/null")
			for _ in $(seq 1 100); do [ -s "$REG_DIR/token.port" ] && break; sleep 0.1; done
			[ -s "$REG_DIR/token.port" ] || { cat "$REG_DIR/token.out" >&2; fail "token server did not start"; }
		fi
		REG_TOKEN_LOG=$REG_DIR/token.log
		auth="auth:
  token:
    realm: http://127.0.0.1:$(cat "$REG_DIR/token.port")/token
    service: drydock-test
    issuer: drydock-test-issuer
    rootcertbundle: $REG_DIR/token.crt"
		;;
	tls)
		[ -f "$REG_DIR/tls/ca.crt" ] || reg_make_ca "$REG_DIR/tls"
		REG_CA=$REG_DIR/tls/ca.crt
		scheme=https
		tls="  tls:
    certificate: $REG_DIR/tls/server.crt
    key: $REG_DIR/tls/server.key"
		;;
	*) fail "reg_start: unknown mode $mode" ;;
	esac
	cat > "$REG_DIR/config.yml" <<-EOF
	version: 0.1
	log:
	  level: warn
	  accesslog:
	    disabled: false
	storage:
	  filesystem:
	    rootdirectory: $REG_DIR/data
	  delete:
	    enabled: true
	http:
	  addr: $REG_ADDR
	$tls
	$auth
	${REG_EXTRA_CONFIG:-}
	EOF
	docker-registry serve "$REG_DIR/config.yml" >> "$REG_DIR/registry.log" 2>&1 &
	REG_PID=$!
	cleanup_hooks+=("kill $REG_PID 2>/dev/null")
	if reg_wait_http "$scheme://$REG_ADDR/v2/" -k; then
		return 0
	fi
	kill "$REG_PID" 2>/dev/null || true
	return 1
}

reg_notify_to() {
	REG_EXTRA_CONFIG="notifications:
  endpoints:
    - name: drydock
      url: $1
      headers:
        Authorization: [Bearer $2]
      timeout: 2s
      threshold: 3
      backoff: 1s"
}

reg_start() {
	local mode=$1 try
	REG_N=$((REG_N + 1))
	REG_DIR=$TMP/registry-$REG_N
	mkdir -p "$REG_DIR/data"
	REG_LOG=$REG_DIR/registry.log
	REG_USER="" REG_PASS="" REG_CA="" REG_TOKEN_LOG=""
	REG_MODE=$mode
	# a free port can be taken between the check and the bind: try again
	for try in 1 2 3; do
		_reg_start_once "$mode" && break
		[ "$try" = 3 ] && { tail -5 "$REG_LOG" >&2; fail "docker-registry ($mode) did not start"; }
	done
	case $mode in
	tls)
		REG_DRYDOCK_OPTS=(--cacert "$REG_CA")
		mkdir -p "$REG_DIR/certs.d"
		cp "$REG_CA" "$REG_DIR/certs.d/ca.crt"
		REG_SKOPEO_OPTS=(--dest-cert-dir "$REG_DIR/certs.d")
		;;
	*)
		REG_DRYDOCK_OPTS=(--plain-http)
		REG_SKOPEO_OPTS=(--dest-tls-verify=false)
		;;
	esac
	[ -n "$REG_USER" ] && REG_SKOPEO_OPTS+=(--dest-creds "$REG_USER:$REG_PASS")
	return 0
}

# umoci image LAYOUT:TAG whose one layer is the rootfs tarball TGZ.
reg_alpine_layout() {
	local tgz=$1 layout=$2 tag=$3 arch=${4:-amd64}
	need_cmd umoci
	[ -d "$layout" ] || umoci init --layout "$layout" >/dev/null
	umoci new --image "$layout:$tag" >/dev/null
	gzip -dc "$tgz" > "$layout.layer.tar"
	umoci raw add-layer --image "$layout:$tag" --history.created_by "ADD $(basename "$tgz") /" \
		"$layout.layer.tar" >/dev/null
	rm -f "$layout.layer.tar"
	umoci config --image "$layout:$tag" --os linux --architecture "$arch" \
		--config.cmd /bin/sh >/dev/null
}

reg_random_image() {
	local layout=$1 from=$2 tag=$3 bytes=$4
	[ "$from" = "$tag" ] || umoci tag --image "$layout:$from" "$tag" >/dev/null
	mkdir -p "$TMP/random-layer/opt"
	head -c "$bytes" /dev/urandom > "$TMP/random-layer/opt/blob.bin"
	tar -C "$TMP/random-layer" -cf "$TMP/random-layer.tar" opt
	umoci raw add-layer --image "$layout:$tag" "$TMP/random-layer.tar" >/dev/null
	rm -rf "$TMP/random-layer" "$TMP/random-layer.tar"
}

reg_push() {
	local src=$1 dest=$2
	shift 2
	skopeo copy -q "${REG_SKOPEO_OPTS[@]}" "$@" "$src" "docker://$REG_ADDR/$dest" >/dev/null ||
		fail "skopeo copy $src docker://$REG_ADDR/$dest failed"
}

reg_token_alpine() {
	local dest=$1 tgz=$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz
	need_shared images/alpine
	need_cmd umoci
	"$REG_PY" -c 'import cryptography' 2>/dev/null || skip "python3-cryptography is not installed"
	[ -f "$tgz" ] || skip "$tgz is absent"
	mkdir -p "$TMP/root"
	tar -xzf "$tgz" -C "$TMP/root" ./lib/apk/db/installed
	apk_db_tsv "$TMP/root/lib/apk/db/installed" > "$TMP/expected"
	reg_alpine_layout "$tgz" "$TMP/oci" 3.19
	reg_start token
	reg_push "oci:$TMP/oci:3.19" "$dest"
}

reg_log_mark() {
	REG_LOG_START=$(($(wc -l < "$REG_LOG") + 1))
}

# Lines of the registry access log since the mark matching "GET /v2/.../PATTERN".
reg_requests() {
	local pat=$1
	tail -n +"${REG_LOG_START:-1}" "$REG_LOG" | grep -c "\"GET /v2/[^ ]*/$pat" || true
}

reg_blob_gets() {
	reg_requests blobs/
}

fake_start() {
	local mode=$1 layout=$2
	shift 2
	FAKE_DIR=$(mktemp -d "$TMP/fake.XXXXXX")
	FAKE_LOG=$FAKE_DIR/requests.log
	"$REG_PY" "$REG_LIB/fake_registry.py" --mode "$mode" --layout "$layout" \
		--port-file "$FAKE_DIR/port" --log "$FAKE_LOG" "$@" > "$FAKE_DIR/out" 2>&1 &
	FAKE_PID=$!
	cleanup_hooks+=("kill $FAKE_PID 2>/dev/null")
	for _ in $(seq 1 100); do [ -s "$FAKE_DIR/port" ] && break; sleep 0.1; done
	[ -s "$FAKE_DIR/port" ] || { cat "$FAKE_DIR/out" >&2; fail "fake registry did not start"; }
	FAKE_ADDR=127.0.0.1:$(cat "$FAKE_DIR/port")
}

# Runs a command with a hard deadline: a hang is a failure, not a stuck CI.
run_bounded() {
	local secs=$1 rc=0
	shift
	timeout --kill-after=5 "$secs" "$@" || rc=$?
	[ "$rc" = 124 ] || [ "$rc" = 137 ] && fail "timed out after ${secs}s: $*"
	return "$rc"
}

# A small Alpine-like image for the fake registry: an apk DB with two
# packages and 4 MiB of random bytes, so that one layer is big enough to be
# cut in the middle, and two small layers. OUT is an OCI layout (tag "1");
# OUT.expected lists the packages as packages_tsv prints them; HOSTILE_LAYER
# is the big layer's digest (the one the fake registry's modes act on).
hostile_image() {
	local out=$1 root=$1.root
	mkdir -p "$root/etc" "$root/lib/apk/db" "$root/opt"
	printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.4\nPRETTY_NAME="Alpine Linux v3.19"\n' > "$root/etc/os-release"
	echo 3.19.4 > "$root/etc/alpine-release"
	printf 'P:musl\nV:1.2.4_git20230717-r4\no:musl\nA:x86_64\n\nP:busybox\nV:1.36.1-r15\no:busybox\nA:x86_64\n\n' \
		> "$root/lib/apk/db/installed"
	head -c 4194304 /dev/urandom > "$root/opt/noise.bin"
	# two more small layers, so that layers are fetched in parallel threads
	printf 'etc/motd\tWelcome\nopt/a.txt\tlayer two\n' > "$out.2.layer"
	printf 'opt/b.txt\tlayer three\n' > "$out.3.layer"
	mkimage oci "$out" "DIR=$root" "$out.2.layer" "$out.3.layer" --tag 1
	printf 'apk\tbusybox\t1.36.1-r15\tbusybox\napk\tmusl\t1.2.4_git20230717-r4\tmusl\n' > "$out.expected"
	HOSTILE_LAYER=$(jq -r '.manifests[0].digest' "$out/index.json" | sed 's/sha256://' |
		xargs -I{} jq -r '.layers | max_by(.size) | .digest' "$out/blobs/sha256/{}")
}

# Scans docker://$FAKE_ADDR/test/app:1 (bounded by HOSTILE_TIMEOUT seconds),
# expects exit code WANT and a message matching every PATTERN (grep -E),
# and no report claiming the scan is complete. Extra drydock options after --;
# HOSTILE_TLS=1 leaves out --plain-http.
hostile_scan() {
	local want=$1 rc=0
	shift
	local pats=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do pats+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	rm -f "$TMP/out.json"
	local opts=(--plain-http)
	[ -n "${HOSTILE_TLS:-}" ] && opts=()
	SECONDS=0
	run_bounded "${HOSTILE_TIMEOUT:-60}" "$DRYDOCK" sbom --format json -o "$TMP/out.json" \
		"${opts[@]}" "$@" "docker://$FAKE_ADDR/test/app:1" 2> "$TMP/err" || rc=$?
	HOSTILE_ELAPSED=$SECONDS
	HOSTILE_ERR=$(cat "$TMP/err")
	[ "$rc" = "$want" ] || { cat "$TMP/err" >&2; tail -5 "$FAKE_LOG" >&2; fail "exit $rc, expected $want"; }
	local p
	for p in "${pats[@]}"; do
		grep -qE -- "$p" "$TMP/err" || fail "message does not match '$p': $HOSTILE_ERR"
	done
	if [ "$want" != 0 ] && [ -s "$TMP/out.json" ] && jq -e '.complete == true' "$TMP/out.json" >/dev/null 2>&1; then
		fail "exit $rc but a complete report was written"
	fi
	echo "ok: exit $rc in ${HOSTILE_ELAPSED}s: $HOSTILE_ERR"
}

# Adds to LAYOUT an image index tagged NEWTAG over the images tagged TAG1 and
# TAG2, with platforms P1 and P2 ("linux/arm64" or "linux/arm/v7").
reg_make_index() {
	"$REG_PY" - "$@" <<-'PY'
	import hashlib, json, os, sys
	layout, newtag, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
	idx = json.load(open(os.path.join(layout, "index.json")))
	by_tag = {m.get("annotations", {}).get("org.opencontainers.image.ref.name"): m for m in idx["manifests"]}
	entries = []
	for tag, plat in zip(pairs[0::2], pairs[1::2]):
	    m = dict(by_tag[tag]); m.pop("annotations", None)
	    p = plat.split("/")
	    m["platform"] = {"os": p[0], "architecture": p[1]}
	    if len(p) > 2:
	        m["platform"]["variant"] = p[2]
	    entries.append(m)
	doc = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
	                  "manifests": entries}).encode()
	dg = hashlib.sha256(doc).hexdigest()
	open(os.path.join(layout, "blobs", "sha256", dg), "wb").write(doc)
	idx["manifests"].append({"mediaType": "application/vnd.oci.image.index.v1+json",
	                         "digest": "sha256:" + dg, "size": len(doc),
	                         "annotations": {"org.opencontainers.image.ref.name": newtag}})
	json.dump(idx, open(os.path.join(layout, "index.json"), "w"))
	PY
}
