#!/bin/bash
# An OCI image with the seeds' Java cases: log4j-core 2.14.1 in a Spring Boot
# fat jar in a WAR, spring-beans 5.3.17 (Gradle-built: manifest only),
# fastjson 1.2.80, commons-text 1.9, log4j-core 2.17.1, a jar deleted by the
# top layer and, when Debian's packages are installed (scripts/deps/java.txt),
# Debian's real log4j-core, commons-text and spring-beans jars. `drydock sbom`
# must list each with its chain path, purl and layer, and nothing else.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
source "$DD_SOURCE_DIR/tests/lib/java_image.sh"
java_image "$TMP/img"
"$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "oci:$TMP/img:t"
jq -r '.packages[] | select(.type == "maven") | [.name, .version, .path, .purl] | @tsv' "$TMP/sbom.json" | sort > "$TMP/got"
cat > "$TMP/want" <<'EOF'
com.alibaba:fastjson	1.2.80	opt/app/shop.war!/WEB-INF/lib/fastjson-1.2.80.jar	pkg:maven/com.alibaba/fastjson@1.2.80
com.alibaba:fastjson	1.2.80	opt/lib/fastjson-1.2.80.jar	pkg:maven/com.alibaba/fastjson@1.2.80
com.example:demo	0.0.1-SNAPSHOT	opt/app/shop.war!/WEB-INF/lib/app.jar	pkg:maven/com.example/demo@0.0.1-SNAPSHOT
com.example:shop	2.0	opt/app/shop.war	pkg:maven/com.example/shop@2.0
org.apache.commons:commons-text	1.9	opt/lib/commons-text-1.9.jar	pkg:maven/org.apache.commons/commons-text@1.9
org.apache.logging.log4j:log4j-api	2.14.1	opt/app/shop.war!/WEB-INF/lib/app.jar!/BOOT-INF/lib/log4j-api-2.14.1.jar	pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1
org.apache.logging.log4j:log4j-core	2.14.1	opt/app/shop.war!/WEB-INF/lib/app.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar	pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1
org.apache.logging.log4j:log4j-core	2.17.1	opt/lib/log4j-core-2.17.1.jar	pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1
org.springframework:spring-beans	5.3.17	opt/lib/spring-beans-5.3.17.jar	pkg:maven/org.springframework/spring-beans@5.3.17
org.springframework:spring-core	5.3.17	opt/app/shop.war!/WEB-INF/lib/app.jar!/BOOT-INF/lib/spring-core-5.3.17.jar	pkg:maven/org.springframework/spring-core@5.3.17
EOF
if [ "$real" = 3 ]; then
	# Debian's builds: the versions are what the packages say (pom.properties,
	# and Spring's Gradle manifest)
	l4j=$(dpkg-query -W -f '${Version}' liblog4j2-java | sed 's/-[^-]*$//')
	txt=$(dpkg-query -W -f '${Version}' libcommons-text-java | sed 's/-[^-]*$//')
	spr=$(dpkg-query -W -f '${Version}' libspring-beans-java | sed 's/-[^-]*$//')
	{
		printf 'org.apache.commons:commons-text\t%s\tusr/share/java/commons-text.jar\tpkg:maven/org.apache.commons/commons-text@%s\n' "$txt" "$txt"
		printf 'org.apache.logging.log4j:log4j-core\t%s\tusr/share/java/log4j-core.jar\tpkg:maven/org.apache.logging.log4j/log4j-core@%s\n' "$l4j" "$l4j"
		printf 'org.springframework:spring-beans\t%s.RELEASE\tusr/share/java/spring3-beans-3.x.jar\tpkg:maven/org.springframework/spring-beans@%s.RELEASE\n' "$spr" "$spr"
	} >> "$TMP/want"
else
	echo "note: Debian's liblog4j2-java/libcommons-text-java/libspring-beans-java are not installed; real jars left out"
fi
sort -o "$TMP/want" "$TMP/want"
diff -u "$TMP/want" "$TMP/got" || fail "maven packages differ from the expected list"
# every maven package carries the layer that holds it (the first one)
layer=$(jq -r '.artifact.layers[0].digest' "$TMP/sbom.json")
bad=$(jq -r --arg l "$layer" '[.packages[] | select(.type == "maven" and .layer != $l)] | length' "$TMP/sbom.json")
[ "$bad" = 0 ] || fail "$bad maven packages without the layer digest $layer"
[ "$(jq -r .complete "$TMP/sbom.json")" = true ] || fail "report marked incomplete: $(jq -c .notes "$TMP/sbom.json")"
echo "ok java image: $(wc -l < "$TMP/got") maven packages ($real real Debian jars), chain paths and purls as expected"
