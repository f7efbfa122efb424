# Builds the Java test image (sourced by tests/analyzers/java_*.sh after
# common.sh): java_image OUT builds an OCI layout tagged t and sets $real to
# the number of Debian jars (0-3) it holds. See tests/analyzers/java_image.sh.
java_image() {
	local out=$1 j src jars root
	jars="$DD_TEST_DATA/analyzers/jar"
	root="$TMP/root"
	mkdir -p "$root/opt/app" "$root/opt/lib" "$root/opt/old" "$root/usr/share/java"
	cp "$jars/shop.war" "$root/opt/app/"
	cp "$jars/spring-beans-5.3.17.jar" "$jars/commons-text-1.9.jar" "$jars/log4j-core-2.17.1.jar" "$root/opt/lib/"
	cp "$jars/fastjson-1.2.80.jar" "$root/opt/lib/"
	cp "$jars/log4j-core-2.14.1.jar" "$root/opt/old/"
	real=0
	for j in log4j-core.jar commons-text.jar spring3-beans-3.x.jar; do
		src=$(readlink -f "/usr/share/java/$j" 2>/dev/null || true)
		if [ -f "$src" ]; then
			cp "$src" "$root/usr/share/java/$j"
			real=$((real + 1))
		fi
	done
	printf 'opt\t-\nopt/old\t-\nopt/old/.wh.log4j-core-2.14.1.jar\t\n' > "$TMP/delete.layer"
	mkimage oci "$out" "DIR=$root" "$TMP/delete.layer" --tag t
}
