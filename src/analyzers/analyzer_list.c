/* Builds dd_analyzers[] from analyzer_list.h. */
#include <string.h>

#include "analyzers/analyzer.h"

#define DD_ANALYZER(n) extern const dd_analyzer dd_analyzer_##n;
#include "analyzers/analyzer_list.h"
#undef DD_ANALYZER

const dd_analyzer *const dd_analyzers[] = {
#define DD_ANALYZER(n) &dd_analyzer_##n,
#include "analyzers/analyzer_list.h"
#undef DD_ANALYZER
	NULL
};

const char *dd_path_basename(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

size_t dd_path_component_before(const char *path, const char *end, const char **start)
{
	const char *s = end;
	while (s > path && s[-1] != '/')
		s--;
	*start = s;
	return (size_t)(end - s);
}

bool dd_path_has_basename(const char *path, const char *name)
{
	return strcmp(dd_path_basename(path), name) == 0;
}
