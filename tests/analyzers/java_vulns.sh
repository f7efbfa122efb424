#!/bin/bash
# The Java test image (tests/lib/java_image.sh) scanned against the real OSV
# Maven advisories of ../shared/data/vulndb/osv/Maven: Log4Shell and its
# follow-up on log4j-core 2.14.1 deep in the WAR, Spring4Shell on
# spring-beans 5.3.17, fastjson and commons-text, each on the right package,
# path and fixed version, and nothing else: nothing on log4j-core 2.17.1
# (outside every range) nor on the jar the top layer deleted.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_shared vulndb/osv/Maven
source "$DD_SOURCE_DIR/tests/lib/java_image.sh"
java_image "$TMP/img"
"$DRYDOCK" db import --quiet --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/osv/Maven" || fail "db import Maven"
rc=0
"$DRYDOCK" scan --scanners vuln --format json --db "$TMP/db" -o "$TMP/scan.json" "oci:$TMP/img:t" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "scan exited $rc"
# CVE TAB package TAB version TAB path TAB fixed version, one line per finding and CVE
jq -r '.findings[] | select(.class == "app-vuln") | . as $f |
	([$f.id] + ($f.aliases // []) | map(select(startswith("CVE-"))) | unique[]) as $cve |
	[$cve, $f.package.name, $f.package.version, $f.package.path, ($f.fixed_version // "")] | @tsv' \
	"$TMP/scan.json" | sort -u > "$TMP/got"
war='opt/app/shop.war!/WEB-INF/lib'
l4j="$war/app.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar"
want() { printf '%s\t%s\t%s\t%s\t%s\n' "$@"; }
{
	want CVE-2021-44228 org.apache.logging.log4j:log4j-core 2.14.1 "$l4j" 2.15.0
	want CVE-2021-45046 org.apache.logging.log4j:log4j-core 2.14.1 "$l4j" 2.16.0
	want CVE-2021-45105 org.apache.logging.log4j:log4j-core 2.14.1 "$l4j" 2.17.0
	want CVE-2022-22965 org.springframework:spring-beans 5.3.17 opt/lib/spring-beans-5.3.17.jar 5.3.18
	want CVE-2022-25845 com.alibaba:fastjson 1.2.80 opt/lib/fastjson-1.2.80.jar 1.2.83
	want CVE-2022-25845 com.alibaba:fastjson 1.2.80 "$war/fastjson-1.2.80.jar" 1.2.83
	want CVE-2022-42889 org.apache.commons:commons-text 1.9 opt/lib/commons-text-1.9.jar 1.10.0
	# Debian's spring-beans 4.3.30 is in the advisory's first range; its
	# log4j-core 2.19.0 and commons-text 1.10.0 are outside every range
	if [ "$real" = 3 ]; then
		spr=$(dpkg-query -W -f '${Version}' libspring-beans-java | sed 's/-[^-]*$//')
		want CVE-2022-22965 org.springframework:spring-beans "$spr.RELEASE" usr/share/java/spring3-beans-3.x.jar 5.2.20.RELEASE
	fi
} | sort > "$TMP/want"
diff -u "$TMP/want" "$TMP/got" || fail "app-vuln findings differ from the expected list"
! grep -q 'log4j-core-2.17.1' "$TMP/got" || fail "a finding on log4j-core 2.17.1: $(grep 2.17.1 "$TMP/got")"
! grep -q 'opt/old/' "$TMP/got" || fail "a finding on a deleted jar"
! grep -q 'com.example' "$TMP/got" || fail "a finding on the application's own coordinates"
echo "ok java vulns: the $(wc -l < "$TMP/got") expected app-vuln CVE findings ($real real Debian jars)"
