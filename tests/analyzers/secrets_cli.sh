#!/bin/bash
# drydock scan --scanners secret from the command line: no secret value of
# the fixtures appears in the JSON report (or the layer cache), a user rule
# file given with --secret-config adds and disables rules, and a broken one
# is bad input (exit 2) with a message naming the file.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
root="$DD_TEST_DATA/checks/secrets/rootfs"
"$DRYDOCK" scan --scanners secret --format json --cache-dir "$TMP/cache" -o "$TMP/r.json" "dir:$root" || fail "scan: exit $?"
n=$(jq '[.findings[] | select(.class == "secret")] | length' "$TMP/r.json")
[ "$n" -ge 80 ] || fail "only $n secret findings in the fixture tree"
# every value planted in tokens.conf, and every password-ish value, must stay out of the output
leaks=0
while IFS= read -r v; do
	[ ${#v} -ge 12 ] || continue
	if grep -rqF -- "$v" "$TMP/r.json" "$TMP/cache" 2>/dev/null; then
		echo "leaked: ${v:0:4}..." >&2
		leaks=$((leaks + 1))
	fi
done < <(sed -n 's/^[^=]*= *//p' "$root/srv/app/config/tokens.conf"; grep -rhoE '[A-Za-z0-9+/_-]{16,}' "$root/root" "$root/srv/app/.env" | sort -u)
[ "$leaks" = 0 ] || fail "$leaks secret values appear in the report"
echo "ok no planted value in the report ($n findings)"

# user rules: a new rule, a disabled built-in one
cat > "$TMP/rules.yaml" <<'YAML'
format: 1
rules:
  - id: corp-build-token
    title: Corp build token
    severity: critical
    regex: '(?<![A-Z0-9])(CBT-[0-9A-F]{24})(?![A-Z0-9])'
    secret-group: 1
    remediation: Revoke it in the build portal.
disable-rules: [github-pat]
YAML
mkdir -p "$TMP/t"
printf 'a\nCORP_TOKEN=CBT-%s\n' "$(printf '0123456789ABCDEF%.0s' 1 2 | cut -c1-24)" > "$TMP/t/build.conf"
printf 'GITHUB_TOKEN=ghp_%s\n' "$(printf 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0rL6uFq' | cut -c1-36)" > "$TMP/t/gh.conf"
"$DRYDOCK" scan --scanners secret --format json -o "$TMP/u.json" "dir:$TMP/t" || fail "scan: exit $?"
jq -e '[.findings[].id] | index("github-pat") != null' "$TMP/u.json" >/dev/null || fail "built-in github-pat did not fire"
"$DRYDOCK" scan --scanners secret --secret-config "$TMP/rules.yaml" --format json -o "$TMP/u.json" "dir:$TMP/t" || fail "scan: exit $?"
got=$(jq -r '.findings[] | "\(.id) \(.path):\(.line) \(.severity) \(.match)"' "$TMP/u.json")
[ "$got" = "corp-build-token build.conf:2 critical CBT-************************" ] || fail "user rules: got '$got'"
echo "ok --secret-config adds and disables rules"

printf 'rules:\n  - id: broken\n    regex: "a("\n' > "$TMP/bad.yaml"
set +e
"$DRYDOCK" scan --scanners secret --secret-config "$TMP/bad.yaml" --format json -o "$TMP/b.json" "dir:$TMP/t" 2> "$TMP/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "broken --secret-config: exit $rc, want 2"
grep -q "bad.yaml" "$TMP/err" && grep -q "broken" "$TMP/err" || fail "message does not name the file and rule: $(cat "$TMP/err")"
"$DRYDOCK" scan --scanners secret --secret-config "$TMP/missing.yaml" --format json -o "$TMP/b.json" "dir:$TMP/t" 2>/dev/null && fail "missing --secret-config accepted"
echo "ok broken or missing --secret-config is bad input"
