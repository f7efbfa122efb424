# The web console's browser tests (tests/web/): a real `drydock serve`, a
# real docker-registry whose notifications reach drydock (scan on push), and
# Playwright (playwright-core from the build's npm packages) driving Debian's
# Chromium. Source after common.sh, registry.sh and serve.sh.
#
#   console_setup          db (unless CONSOLE_DB), service (CONSOLE_CONFIG: more lines), (admin token in ADMIN), registry with
#                          notifications (REG_ADDR); PUSH: a script
#                          `bash $PUSH NAME` pushes a prepared layout NAME
#   console_layout NAME OCI:TAG DEST   prepares `bash $PUSH NAME` to copy OCI:TAG to DEST
#   console_xss_image OUT  an OCI layout (tag 1): Alpine plus file names and a
#                          history command carrying <script>, "onerror= and javascript:
#   console_big_image OUT N  an OCI layout (tag 1) with N secret findings
#   console_run MODE       node tests/web/console.cjs MODE (artifacts in CONSOLE_ART)

console_setup() {
	need_registry_tools
	need_cmd umoci
	need_cmd node
	need_shared images/alpine
	need_shared vulndb/alpine-secdb
	CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
	[ -n "$CHROMIUM" ] || skip "chromium is not installed (scripts/deps/reports.txt)"
	WEB_MODULES=$DD_BUILD_DIR/web
	[ -d "$WEB_MODULES/node_modules/playwright-core" ] && [ -d "$WEB_MODULES/node_modules/axe-core" ] ||
		fail "$WEB_MODULES/node_modules lacks playwright-core or axe-core: the build's npm ci (web/package.json) did not run"
	# CONSOLE_DB: an advisory DB made by the caller; CONSOLE_CONFIG: more config lines
	if [ -z "${CONSOLE_DB:-}" ]; then
		"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
	fi
	SRV_CONFIG=$TMP/drydock.yaml
	serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "${CONSOLE_CONFIG[@]+"${CONSOLE_CONFIG[@]}"}"
	ADMIN=$(serve_token admin)
	READER=$(serve_token reader read)
	local hook
	hook=$(serve_token registry-hook webhook)
	serve_start "$SRV_CONFIG"
	REG_EXTRA_CONFIG="notifications:
  endpoints:
    - name: drydock
      url: $SRV_URL/api/v1/webhooks/distribution
      headers:
        Authorization: [Bearer $hook]
      timeout: 2s
      threshold: 3
      backoff: 1s"
	reg_start anonymous
	PUSH=$TMP/push.sh
	printf 'set -e\ncase $1 in\n' > "$PUSH"
	CONSOLE_ART=$DD_BUILD_DIR/test-artifacts/web
	mkdir -p "$CONSOLE_ART"
}

console_layout() {
	printf '%s) skopeo copy -q %s oci:%s docker://%s/%s ;;\n' "$1" "${REG_SKOPEO_OPTS[*]}" "$2" "$REG_ADDR" "$3" >> "$PUSH"
}

_console_ghp() { printf 'ghp_%s' "$(head -c 200 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 36)"; }

console_xss_image() {
	local out=$1
	{
		printf 'app/"><img src=x onerror=alert(1)>.env\tgithub_token = "%s"\n' "$(_console_ghp)"
		printf 'app/<script>alert(2)</script>.env\tgithub_token = "%s"\n' "$(_console_ghp)"
		printf 'app/javascript:alert(3).env\tgithub_token = "%s"\n' "$(_console_ghp)"
	} > "$out.layer"
	mkimage oci "$out" "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$out.layer" --tag 1 \
		--history 'ADD rootfs /' \
		--history 'RUN curl -fsSL "http://example.com/\"><script>alert(5)</script>" | sh # javascript:alert(6) "onerror=alert(7)'
}

console_big_image() {
	local out=$1 n=$2
	# half critical (GitHub tokens), half high (private keys): the severity filter has work
	python3 - "$out.root/app" "$n" <<'PY'
import base64, os, random, string, sys
d, n = sys.argv[1], int(sys.argv[2])
os.makedirs(d, exist_ok=True)
rnd = random.Random(16)
alnum = string.ascii_letters + string.digits
for i in range(n // 2):
    tok = ''.join(rnd.choice(alnum) for _ in range(36))
    open(os.path.join(d, 't%d.env' % i), 'w').write('github_token = "ghp_%s"\n' % tok)
    body = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(300))).decode()
    open(os.path.join(d, 'k%d.pem' % i), 'w').write(
        '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA%s\n-----END RSA PRIVATE KEY-----\n' % body)
PY
	mkimage oci "$out" "DIR=$out.root" --tag 1 --history 'COPY app /app'
}

console_run() {
	printf 'esac\n' >> "$PUSH"
	run_bounded 600 env SRV_URL="$SRV_URL" ADMIN="$ADMIN" READER="$READER" REG_ADDR="$REG_ADDR" PUSH="$PUSH" \
		CONSOLE_ART="$CONSOLE_ART" CHROMIUM="$CHROMIUM" WEB_MODULES="$WEB_MODULES" FAKE_ADDR="${FAKE_ADDR:-}" BUSYBOX_IDS="${BUSYBOX_IDS:-}" \
		node "$DD_SOURCE_DIR/tests/web/console.cjs" "$@" || fail "browser test $1 failed (screenshots in $CONSOLE_ART)"
}
