/* The console's files by path (console.h); "/index.html" is "/" too. */
#include <string.h>

#include "server/console.h"

const dd_console_asset *dd_srv_console_find(const char *url)
{
	if (!strcmp(url, "/index.html"))
		url = "/";
	for (const dd_console_asset *a = dd_console_assets; a->path; a++)
		if (!strcmp(a->path, url))
			return a;
	return NULL;
}
