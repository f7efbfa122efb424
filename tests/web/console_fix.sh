#!/bin/bash
# The console's Fix dialog on the fix issue's demo: the Alpine 3.20.3
# minirootfs in a real docker-registry, fixed from the local signed APK
# repository (tests/lib/apk_fix.sh) through the console: Fix… on the image,
# the dialog (overwrite off, the immutable-tag caveat), the fix task's page
# live until it succeeds, its before/after side by side equal to the task's
# drydock.fix/v1 result, and the fixed tag's image opened from there.
# Details: tests/web/console.cjs (mode fix).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
source "$DD_SOURCE_DIR/tests/lib/console.sh"
need_registry_tools
apk_fix_setup
apk_fix_repo "$TMP/www" "$TMP/key.pem" "$APK_KEYNAME"
apk_fix_serve "$TMP/www"
CONSOLE_DB=$TMP/db
CONSOLE_CONFIG=("advisory_db_poll: off" "fix_sources:" "  apk: $TMP/sources")
console_setup
console_layout demo "$TMP/img:3.20" team/alpine:3.20
console_run fix
