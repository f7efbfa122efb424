/*
 * Internal defaults of default_paths.c, the one file of the library that
 * reads the environment (the public ones are in drydock.h).
 */
#ifndef DD_UTIL_DEFAULT_PATHS_H
#define DD_UTIL_DEFAULT_PATHS_H

/* Where private temporary (spill) files go: $TMPDIR, else /tmp. The string
 * is the environment's own or a literal: not to be freed. */
const char *dd_temp_dir_default(void);

#endif
