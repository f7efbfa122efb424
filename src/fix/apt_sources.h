/*
 * apt package sources: etc/apt/sources.list (one-line format) and
 * etc/apt/sources.list.d/NAME.list or NAME.sources (deb822), or the file the user
 * names with --sources. The one idea: both formats become the same list of
 * (URI, suite, components, Signed-By) entries, one per URI and suite, and
 * only binary ("deb") entries that are enabled; an entry apt would not
 * verify (trusted=yes) is refused, since drydock installs nothing it has
 * not verified.
 */
#ifndef DD_FIX_APT_SOURCES_H
#define DD_FIX_APT_SOURCES_H

#include <stdbool.h>
#include <stddef.h>

#define DD_APT_SOURCES_MAX 256
#define DD_APT_COMPONENTS_MAX 16

typedef struct dd_apt_source {
	char *uri;              /* without a trailing '/' */
	char *suite;            /* "bookworm", "bookworm-security"; a flat repository's ends in '/' */
	char *components[DD_APT_COMPONENTS_MAX];
	size_t n_components;
	char *signed_by;        /* as written: file paths (comma or space separated) or an armored key; NULL: the default keyrings */
	char *where;            /* "etc/apt/sources.list line 3", for messages */
} dd_apt_source;

typedef struct dd_apt_sources {
	dd_apt_source *v;
	size_t n;
} dd_apt_sources;

/* Adds the entries of one file to *s. deb822 selects the .sources format,
 * else the one-line format. `what` names the file in messages. */
int dd_apt_sources_parse(dd_apt_sources *s, const char *text, size_t len, bool deb822, const char *what);
/* True when an image path is an apt sources file, and which format. */
bool dd_apt_sources_path(const char *path, bool *deb822);
void dd_apt_sources_free(dd_apt_sources *s);

#endif
