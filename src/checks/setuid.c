/*
 * setuid/setgid files that distributions do not ship that way (CIS-DI-0008).
 * A setuid-root binary runs as root for whoever starts it; the usual ones
 * (passwd, su, sudo, mount, ping...) are on the allow-list below, by base
 * name and only in the standard binary and library directories, so a copy
 * of "passwd" planted in /tmp is still reported. The list is the union of
 * what Debian, Ubuntu, Alpine, Fedora/RHEL and their common packages install
 * setuid or setgid (see docs/checks.md).
 */
#include <string.h>
#include <sys/stat.h>

#include "checks/check_util.h"
#include "util/str.h"

static const char *const allowed[] = {
	/* shadow-utils / util-linux / login */
	"passwd", "chsh", "chfn", "gpasswd", "newgrp", "sg", "su", "chage", "expiry", "mount", "umount", "wall", "write",
	"bsd-write", "newuidmap", "newgidmap", "unix_chkpwd", "pam_timestamp_check", "vlock", "utempter", "utmpter",
	/* sudo, polkit, dbus */
	"sudo", "sudoedit", "pkexec", "polkit-agent-helper-1", "dbus-daemon-launch-helper",
	/* networking */
	"ping", "ping6", "traceroute6.iputils", "arping", "mount.nfs", "mount.cifs", "mount.smb3",
	/* openssh, cron, at, mail, locate */
	"ssh-keysign", "ssh-agent", "crontab", "at", "dotlockfile", "lockfile", "mlocate", "plocate", "locate",
	"mail-lock", "mail-unlock", "mail-touchlock", "procmail", "postdrop", "postqueue",
	/* fuse, X, misc */
	"fusermount", "fusermount3", "Xorg.wrap", "chrome-sandbox", "ntfs-3g", "staprun", "screen", "bbsuid",
	"ksu", "userhelper", "usernetctl", "grub2-set-bootflag", "Xorg", "exim4", "sendmail.sendmail", "uuidd",
	NULL };

static bool standard_dir(const char *path)
{
	static const char *const dirs[] = { "bin/", "sbin/", "usr/bin/", "usr/sbin/", "usr/lib/", "usr/lib64/",
		"usr/libexec/", "lib/", "lib64/", "usr/local/bin/", NULL };
	for (size_t i = 0; dirs[i]; i++)
		if (dd_starts_with(path, dirs[i]))
			return true;
	return false;
}

static bool allow_listed(const char *path)
{
	if (!standard_dir(path))
		return false;
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	for (size_t i = 0; allowed[i]; i++)
		if (!strcmp(base, allowed[i]))
			return true;
	return false;
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	if (!S_ISREG(f->mode) || !(f->mode & (S_ISUID | S_ISGID)) || allow_listed(f->path))
		return 0;
	bool suid = f->mode & S_ISUID;
	const char *what = suid && (f->mode & S_ISGID) ? "setuid and setgid" : suid ? "setuid" : "setgid";
	dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = suid ? "unexpected-setuid" : "unexpected-setgid",
		.sev = suid && f->uid == 0 ? DD_SEV_HIGH : DD_SEV_MEDIUM, .alias = "CIS-DI-0008", .file = f, .history_index = -1,
		.remediation = "Remove the bit (chmod u-s,g-s FILE) unless the program needs it and is known to be safe." };
	return dd_check_hit(c, &h, "'%s' is %s (owner uid %u, mode %04o) and not on the usual-setuid allow-list", f->path, what,
		(unsigned)f->uid, (unsigned)(f->mode & 07777));
}

static int run(dd_check_ctx *c)
{
	return dd_check_foreach_special(c, one, NULL);
}

const dd_check dd_check_setuid = {
	.name = "setuid", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = NULL, .run = run,
};
