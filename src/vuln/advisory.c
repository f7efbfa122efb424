/*
 * The advisory record: construction, the range blob encoder, and the small
 * normalizations (names, times) every importer shares. See advisory.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/error.h"
#include "util/str.h"
#include "drydock/drydock.h"
#include "vuln/advisory.h"

void dd_adv_init(dd_adv *a)
{
	memset(a, 0, sizeof(*a));
	a->vendor_severity = -1;
}

void dd_adv_clear(dd_adv *a)
{
	free(a->rid);
	free(a->id);
	free(a->source);
	dd_strv_free(&a->ids);
	free(a->title);
	free(a->details);
	dd_strv_free(&a->refs);
	free(a->cvss_vector);
	free(a->vendor_severity_source);
	for (size_t i = 0; i < a->n_affected; i++) {
		free(a->affected[i].ecosystem);
		free(a->affected[i].package);
		dd_buf_free(&a->affected[i].ranges);
	}
	free(a->affected);
	dd_adv_init(a);
}

dd_adv_affected *dd_adv_add_affected(dd_adv *a, const char *ecosystem, const char *package)
{
	if (a->n_affected == a->cap_affected) {
		size_t cap = a->cap_affected ? a->cap_affected * 2 : 4;
		dd_adv_affected *n = realloc(a->affected, cap * sizeof(*n));
		if (!n)
			return NULL;
		a->affected = n;
		a->cap_affected = cap;
	}
	dd_adv_affected *af = &a->affected[a->n_affected];
	memset(af, 0, sizeof(*af));
	af->ecosystem = strdup(ecosystem);
	af->package = strdup(package);
	dd_buf_init(&af->ranges, DD_ADV_RANGES_BLOB_MAX);
	af->vendor_severity = -1;
	if (!af->ecosystem || !af->package) {
		free(af->ecosystem);
		free(af->package);
		return NULL;
	}
	a->n_affected++;
	return af;
}

bool dd_adv_text_ok(const char *s, size_t max)
{
	size_t n = 0;
	if (!s || !*s)
		return false;
	for (; s[n]; n++)
		if (n >= max || (unsigned char)s[n] < 0x20 || s[n] == 0x7f)
			return false;
	return true;
}

int dd_adv_range_put(dd_buf *blob, char tag, const char *value)
{
	if (tag != 'E' && tag != 'S' && !dd_adv_text_ok(value, DD_ADV_VERSION_MAX))
		return dd_error_set(DD_EFORMAT, "bad version string in a range");
	if (dd_buf_putc(blob, tag) || (value && dd_buf_puts(blob, value)) || dd_buf_putc(blob, '\n'))
		return dd_error_set(DD_ELIMIT, "ranges of one package exceed %u bytes", DD_ADV_RANGES_BLOB_MAX);
	return 0;
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int64_t dd_adv_parse_time(const char *s)
{
	int y, mo, d, h = 0, mi = 0, se = 0;
	if (!s || strlen(s) < 10 || digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) || s[7] != '-' ||
	    digits(s + 8, 2, &d))
		return -1;
	const char *p = s + 10;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		if (strlen(p) < 9 || digits(p + 1, 2, &h) || p[3] != ':' || digits(p + 4, 2, &mi) || p[6] != ':' ||
		    digits(p + 7, 2, &se))
			return -1;
		p += 9;
		if (*p == '.')
			for (p++; isdigit((unsigned char)*p); p++)
				;
	}
	long off = 0;
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		int oh, om;
		if (strlen(p) < 6 || digits(p + 1, 2, &oh) || p[3] != ':' || digits(p + 4, 2, &om))
			return -1;
		off = (oh * 3600L + om * 60L) * (*p == '-' ? -1 : 1);
		p += 6;
	}
	if (*p || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
		return -1;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi, .tm_sec = se };
	int64_t t = (int64_t)timegm(&tm) - off;
	/* Go's vulndb writes the zero time "0001-01-01T00:00:00Z": as old as it gets */
	return t < 0 ? 0 : t;
}

int64_t dd_time_parse(const char *s)
{
	return dd_adv_parse_time(s);
}

void dd_adv_ecosystem_base(const char *ecosystem, char *out, size_t cap)
{
	size_t n = strcspn(ecosystem, ":");
	if (n >= cap)
		n = cap - 1;
	memcpy(out, ecosystem, n);
	out[n] = '\0';
}

bool dd_adv_normalize_name(const char *ecosystem, const char *name, char *out, size_t cap)
{
	char base[DD_ADV_ECO_MAX];
	size_t o = 0;
	dd_adv_ecosystem_base(ecosystem, base, sizeof(base));
	bool pypi = !strcmp(base, "PyPI"), nuget = !strcmp(base, "NuGet");
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (pypi && (c == '-' || c == '_' || c == '.')) {
			while (p[1] == '-' || p[1] == '_' || p[1] == '.')
				p++;
			c = '-';
		} else if (pypi || nuget) {
			c = (char)tolower((unsigned char)c);
		}
		if (o + 1 >= cap)
			return false;
		out[o++] = c;
	}
	out[o] = '\0';
	return o > 0;
}
