#!/bin/bash
# The web console end to end in Debian's Chromium (playwright-core, no
# browser download) against a real drydock serve and docker-registry: log
# in; create a registry (connection test) and an on-push rule; push with
# skopeo and watch the task live (SSE); each class tab with the counts the
# API reports; whitelist a finding and see it leave; an image whose file
# names and history command carry <script>, "onerror= and javascript: is
# browsed with nothing executing; a delivery chain (created through the
# API) blocks an image pushed with skopeo and the Overview and the image's
# page show it blocked with the chain's reason; the Overview's counts leave
# whitelisted findings out as the image pages do; a newer advisory DB's
# rescan shows in the image's change history; cancel a running task; a read session
# cannot write; logout ends the session. Details: tests/web/console.cjs.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/console.sh"
need_shared vulndb/alpine-secdb
# the advisory DB lacks one busybox record until the test puts the full one
# in place (bash $PUSH newdb): the rescan's change shows in the image's history
NEW_CVE=CVE-2025-46394
secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19
mkdir -p "$TMP/less/v3.19"
jq --arg c "$NEW_CVE" '.packages |= map(if (.pkg.secfixes | type) == "object"
	then .pkg.secfixes |= map_values(map(select(. != $c))) else . end)' "$secdb/main.json" \
	> "$TMP/less/v3.19/main.json" || fail "jq on the secdb"
has "$NEW_CVE" "$secdb/main.json" || fail "$NEW_CVE is not in the v3.19 secdb any more: pick another record"
"$DRYDOCK" db import --db "$TMP/db" "$TMP/less/v3.19" > /dev/null || fail "db import (less)"
CONSOLE_DB=$TMP/db
CONSOLE_CONFIG=("advisory_db_poll: 1s")
console_setup
printf 'newdb) "%s" db import --db "%s" "%s" > /dev/null && mv "%s" "%s" ;;\n' "$DRYDOCK" "$TMP/db.new" "$secdb" \
	"$TMP/db.new" "$TMP/db" >> "$PUSH"
reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
console_layout alpine "$TMP/oci:3.19" library/alpine:3.19.4
console_xss_image "$TMP/xss"
console_layout xss "$TMP/xss:1" evil/app:1
# the image a delivery chain over gate/* blocks (its GitHub tokens are critical secrets)
console_layout gate "$TMP/xss:1" gate/app:1
# the task to cancel: a registry that sends its big layer at 20 KB/s
hostile_image "$TMP/slow"
fake_start trickle "$TMP/slow" --trickle 20000
export NEW_CVE
console_run flows
