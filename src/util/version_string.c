/* The library's version string. */
#include "drydock/drydock.h"

const char *dd_version_string(void)
{
	return DD_VERSION;
}
