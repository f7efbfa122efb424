/* The image-level check table: one DD_CHECK(name) line per src/checks/<name>.c
 * defining `const dd_check dd_check_<name>`. */
/* baseline: accounts and passwords */
DD_CHECK(passwords)
DD_CHECK(accounts_ids)
DD_CHECK(sudoers)
DD_CHECK(login_defs)
/* baseline: remote access and services */
DD_CHECK(sshd)
DD_CHECK(redis)
DD_CHECK(mongodb)
DD_CHECK(elasticsearch)
DD_CHECK(memcached)
DD_CHECK(pg_hba)
DD_CHECK(tomcat_users)
/* baseline: file permissions, image config */
DD_CHECK(world_writable)
DD_CHECK(setuid)
DD_CHECK(image_config)
/* build history */
DD_CHECK(history)
/* malware (final view) */
DD_CHECK(ld_preload)
