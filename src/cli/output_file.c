/*
 * -o FILE written whole or not at all (cli.h): the report goes to a
 * temporary file beside FILE (same directory, so the rename is atomic) and
 * replaces FILE only when it is complete. A scan that fails or is
 * interrupted removes the temporary file and leaves an existing FILE as it
 * was (a CI job cancelled mid-scan keeps its last good report).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int dd_cli_out_open(dd_cli_out *o, const char *path)
{
	struct stat st;
	memset(o, 0, sizeof(*o));
	o->path = path;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "drydock: cannot write %s: it is a directory\n", path);
		return -1;
	}
	const char *slash = strrchr(path, '/');
	int n = slash ? snprintf(o->tmp, sizeof(o->tmp), "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
		      : snprintf(o->tmp, sizeof(o->tmp), ".%s.XXXXXX", path);
	if (n < 0 || (size_t)n >= sizeof(o->tmp)) {
		fprintf(stderr, "drydock: cannot write %s: path too long\n", path);
		return -1;
	}
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		fprintf(stderr, "drydock: cannot write %s: %s\n", path, strerror(errno));
		o->tmp[0] = '\0';
		return -1;
	}
	/* the mode a plain fopen would give (or the replaced file's) */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, stat(path, &st) == 0 ? (st.st_mode & 07777) : (0666 & ~mask));
	if (!(o->fp = fdopen(fd, "w"))) {
		fprintf(stderr, "drydock: cannot write %s: %s\n", path, strerror(errno));
		close(fd);
		dd_cli_out_abort(o);
		return -1;
	}
	return 0;
}

int dd_cli_out_commit(dd_cli_out *o)
{
	int err = 0;
	if (fflush(o->fp) != 0 || fsync(fileno(o->fp)) != 0)
		err = errno;
	if (fclose(o->fp) != 0 && !err)
		err = errno;
	o->fp = NULL;
	if (!err && rename(o->tmp, o->path) != 0)
		err = errno;
	if (err) {
		fprintf(stderr, "drydock: cannot write %s: %s\n", o->path, strerror(err));
		unlink(o->tmp);
	}
	o->tmp[0] = '\0';
	return err ? -1 : 0;
}

void dd_cli_out_abort(dd_cli_out *o)
{
	if (o->fp)
		fclose(o->fp);
	o->fp = NULL;
	if (o->tmp[0])
		unlink(o->tmp);
	o->tmp[0] = '\0';
}
