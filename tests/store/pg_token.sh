#!/bin/bash
# The PostgreSQL store through the CLI: `drydock token create` with a
# postgres URL as the config's `store` migrates a fresh database and writes
# the token there (a second process creating the same name is told it
# exists); a wrong password or database fails with the location's
# password masked.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/pg.sh"

url=$(pg_new_db token)
printf 'listen: "127.0.0.1:0"\ndata_dir: %s\nstore: "%s"\n' "$TMP/data" "$url" > "$TMP/c.yaml"
run 0 token create --config "$TMP/c.yaml" ci --role read
grep -q '^ddt_' "$TMP/out" || fail "no token printed: $(cat "$TMP/out")"
[ "$(psql -Atq "$url" -c "SELECT role FROM tokens WHERE name = 'ci'")" = read ] || fail "token row missing"
[ "$(psql -Atq "$url" -c "SELECT count(*) FROM schema_version")" = 1 ] || fail "schema_version"
run 2 token create --config "$TMP/c.yaml" ci
err_has "exists already"
echo "ok token in PostgreSQL"

bad=${url/drydock@/drydock:s3cretpw@}
bad=${bad/\/token_//nosuch_}
printf 'listen: "127.0.0.1:0"\ndata_dir: %s\nstore: "%s"\n' "$TMP/data" "$bad" > "$TMP/bad.yaml"
run 3 token create --config "$TMP/bad.yaml" ci
err_has "cannot connect"
grep -q s3cretpw "$TMP/err" && fail "the password is in the message: $(cat "$TMP/err")"
err_has "drydock:\*\*\*@"
echo "ok password masked"
