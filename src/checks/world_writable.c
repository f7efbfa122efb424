/*
 * World-writable files and directories in system paths (bin, sbin, lib*,
 * usr, etc, boot). Any process in the container, whatever its user, can
 * replace what root later runs or reads there. Sticky directories (tmp-like)
 * are not reported; symlinks carry no permissions of their own.
 */
#include <stdio.h>
#include <sys/stat.h>

#include "checks/check_util.h"

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	if (!(f->mode & S_IWOTH) || !dd_is_system_path(f->path))
		return 0;
	bool dir = S_ISDIR(f->mode);
	return dd_check_emit(c, DD_CLASS_BASELINE, dir ? "world-writable-directory" : "world-writable-file", DD_SEV_MEDIUM,
		f, 0, dir ? "Remove write permission for others (chmod o-w), or set the sticky bit if it must be a shared drop box."
			  : "Remove write permission for others (chmod o-w).",
		"%s '%s' in a system path is world-writable (mode %04o)", dir ? "directory" : "file", f->path,
		(unsigned)(f->mode & 07777));
}

static int run(dd_check_ctx *c)
{
	return dd_check_foreach_special(c, one, NULL);
}

const dd_check dd_check_world_writable = {
	.name = "world_writable", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = NULL, .run = run,
};
