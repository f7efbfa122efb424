#!/bin/bash
# The web console end to end in Debian's Chromium (playwright-core, no
# browser download) against a real drydock serve and docker-registry: log
# in; create a registry (connection test) and an on-push rule; push with
# skopeo and watch the task live (SSE); each class tab with the counts the
# API reports; whitelist a finding and see it leave; an image whose file
# names and history command carry <script>, "onerror= and javascript: is
# browsed with nothing executing; cancel a running task; a read session
# cannot write; logout ends the session. Details: tests/web/console.cjs.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/console.sh"
console_setup
reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
console_layout alpine "$TMP/oci:3.19" library/alpine:3.19.4
console_xss_image "$TMP/xss"
console_layout xss "$TMP/xss:1" evil/app:1
# the task to cancel: a registry that sends its big layer at 20 KB/s
hostile_image "$TMP/slow"
fake_start trickle "$TMP/slow" --trickle 20000
console_run flows
