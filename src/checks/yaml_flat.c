/* Flattened YAML mappings (see yaml_flat.h). */
#include <stdio.h>
#include <string.h>

#include "checks/yaml_flat.h"

#define MAX_DEPTH 16
#define KEY_MAX 256

int dd_yaml_flat(const char *data, size_t len,
	int (*fn)(const char *key, dd_span value, unsigned line, void *arg), void *arg)
{
	size_t indent[MAX_DEPTH];
	size_t keylen[MAX_DEPTH];   /* length of the dotted key at each level */
	char key[KEY_MAX + 1] = "";
	int depth = 0;
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, data, len);
	while (dd_lines_next(&it, &line)) {
		size_t ind = 0;
		while (ind < line.n && line.p[ind] == ' ')
			ind++;
		dd_span s = dd_span_trim((dd_span){ line.p + ind, line.n - ind });
		if (!s.n || s.p[0] == '#' || s.p[0] == '-' || dd_span_eq(s, "---") || s.p[0] == '{' || s.p[0] == '[')
			continue;
		/* the key ends at the first ": " or a final ':' */
		size_t k = 0;
		while (k < s.n && !(s.p[k] == ':' && (k + 1 == s.n || s.p[k + 1] == ' ' || s.p[k + 1] == '\t')))
			k++;
		if (k == s.n || k == 0)
			continue;
		dd_span kname = dd_span_trim((dd_span){ s.p, k });
		if (kname.n >= 2 && (kname.p[0] == '"' || kname.p[0] == '\'') && kname.p[kname.n - 1] == kname.p[0])
			kname = (dd_span){ kname.p + 1, kname.n - 2 };
		dd_span v = dd_span_trim((dd_span){ s.p + k + 1, s.n - k - 1 });
		while (depth > 0 && indent[depth - 1] >= ind)
			depth--;
		size_t base = depth ? keylen[depth - 1] : 0;
		if (base + 1 + kname.n > KEY_MAX)
			continue;
		key[base] = '\0';
		if (base)
			key[base++] = '.';
		memcpy(key + base, kname.p, kname.n);
		key[base + kname.n] = '\0';
		if (!v.n || v.p[0] == '#') {
			if (depth < MAX_DEPTH) {
				indent[depth] = ind;
				keylen[depth] = base + kname.n;
				depth++;
			}
			continue;
		}
		if (v.p[0] == '"' || v.p[0] == '\'') {
			const char *close = memchr(v.p + 1, v.p[0], v.n - 1);
			v = close ? (dd_span){ v.p + 1, (size_t)(close - v.p - 1) } : v;
		} else {
			for (size_t i = 1; i < v.n; i++)
				if (v.p[i] == '#' && (v.p[i - 1] == ' ' || v.p[i - 1] == '\t')) {
					v.n = i;
					break;
				}
			v = dd_span_trim(v);
		}
		int rc = fn(key, v, it.lineno, arg);
		if (rc)
			return rc;
	}
	return 0;
}
