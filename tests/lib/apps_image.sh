# Builds the application-package test image (sourced by tests/analyzers/app_image*.sh):
# layer 0 node_modules (lodash 4.17.11, minimist 1.2.5: real package.json from
# npm pack), layer 1 requests 2.19.0 dist-info, layer 2 Trivy's Go and
# cargo-auditable Rust binaries. Sets APPS_IMG (an oci: reference) and the
# layer directories APPS_L0..2 so a caller can add more.
apps_image() {
	local data=$DD_TEST_DATA/analyzers/apps trivy=$DD_SHARED_DIR/data/apps/trivy
	APPS_L0=$TMP/l0; APPS_L1=$TMP/l1; APPS_L2=$TMP/l2
	mkdir -p "$APPS_L0/usr/src/app/node_modules/lodash" "$APPS_L0/usr/src/app/node_modules/minimist" \
		"$APPS_L1/usr/local/lib/python3.9/site-packages/requests-2.19.0.dist-info" "$APPS_L2/usr/local/bin"
	cp "$data/registry/lodash/package.json" "$APPS_L0/usr/src/app/node_modules/lodash/"
	cp "$data/registry/minimist/package.json" "$APPS_L0/usr/src/app/node_modules/minimist/"
	cp "$data/hand/requests-2.19.0.METADATA" "$APPS_L1/usr/local/lib/python3.9/site-packages/requests-2.19.0.dist-info/METADATA"
	install -m 755 "$trivy/golang-binary/test.elf" "$APPS_L2/usr/local/bin/goapp"
	install -m 755 "$trivy/rust-binary/test.elf" "$APPS_L2/usr/local/bin/rustapp"
	mkimage oci "$TMP/img" "DIR=$APPS_L0" "DIR=$APPS_L1" "DIR=$APPS_L2" --tag apps
	APPS_IMG="oci:$TMP/img:apps"
}
