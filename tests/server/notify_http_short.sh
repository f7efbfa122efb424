#!/bin/bash
# notify_http.sh with the receiver down 5 s instead of 30 s: the same
# checks (every key at least once, duplicates with the same key and body,
# across two kill -9), short enough for the ASan pass.
NOTIFY_DOWN=5 source "$DD_SOURCE_DIR/tests/server/notify_http.sh"
