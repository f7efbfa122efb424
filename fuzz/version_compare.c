/*
 * Fuzzes every version comparator and the CVSS scorers. Input: a scheme
 * selector byte, then two NUL-separated strings. Checks the properties any
 * order must have: antisymmetry (cmp(a,b) == -cmp(b,a)) and reflexivity.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vuln/cvss.h"
#include "vuln/version.h"

static const char *const ecosystems[] = { "Debian", "Alpine", "AlmaLinux", "npm", "Go", "Maven", "PyPI",
	"RubyGems", "NuGet", "Packagist" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 1024)
		return 0;
	const dd_version_scheme *s = dd_version_scheme_for(ecosystems[data[0] % 10]);
	char *buf = malloc(size + 1);
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	const char *a = buf, *b = buf + strlen(buf);
	if ((size_t)(b - buf) < size - 1)
		b++;
	int x, y, z;
	if (s->compare(a, b, &x) == 0 && s->compare(b, a, &y) == 0 && x != -y)
		abort();
	if (s->compare(a, a, &z) == 0 && z != 0)
		abort();
	s->valid(a);
	double score;
	if (dd_cvss_score(a, &score, NULL) == 0 && (score < 0 || score > 10))
		abort();
	free(buf);
	return 0;
}
