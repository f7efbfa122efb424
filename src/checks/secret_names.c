/* Credential-looking names and values (see secret_names.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "checks/secret_names.h"

static bool contains_ci(const char *s, size_t n, const char *lit)
{
	size_t m = strlen(lit);
	for (size_t i = 0; i + m <= n; i++)
		if (!strncasecmp(s + i, lit, m))
			return true;
	return false;
}

static bool shape(const char *v, size_t n, const char *prefix, size_t min, size_t max, bool upper_only)
{
	size_t pl = strlen(prefix);
	if (n < pl + min || strncmp(v, prefix, pl) != 0)
		return false;
	size_t k = pl;
	while (k < n && (upper_only ? (isupper((unsigned char)v[k]) || isdigit((unsigned char)v[k])) : isalnum((unsigned char)v[k])))
		k++;
	size_t body = k - pl;
	return body >= min && body <= max && (k == n || !isalnum((unsigned char)v[k]));
}

const char *dd_secret_env_reason(const char *name, size_t nl, const char *value, size_t vl)
{
	if (!vl)
		return NULL;
	for (size_t i = 0; i + 4 <= vl; i++) {
		if ((i == 0 || !isalnum((unsigned char)value[i - 1]))) {
			if (shape(value + i, vl - i, "LTAI", 12, 20, false))
				return "Alibaba Cloud AccessKey ID";
			if (shape(value + i, vl - i, "AKIA", 16, 16, true) || shape(value + i, vl - i, "ASIA", 16, 16, true))
				return "AWS access key ID";
		}
	}
	if ((nl >= 5 && !strncasecmp(name + nl - 5, "_FILE", 5)) || contains_ci(name, nl, "GPG_KEY"))
		return NULL;
	static const char *const words[] = { "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "ACCESS_KEY",
		"ACCESSKEY", "PRIVATE_KEY", "CREDENTIAL", NULL };
	for (size_t i = 0; words[i]; i++)
		if (contains_ci(name, nl, words[i]))
			return "name";
	return NULL;
}
