/*
 * Java archive metadata parsers and the coordinate rules (see java_meta.h).
 *
 * The rules for an archive that no pom.properties names (dd_java_identify),
 * in the order tried; the jar analyzer documents when they are used at all:
 * - artifact and group: a Bundle-SymbolicName GROUP.ARTIFACT, recognized by
 *   a '-' in its last part, which no Java package name has (the default of
 *   maven-bundle-plugin: "com.fasterxml.jackson.core.jackson-databind").
 * - else artifact: Implementation-Title when it is a lower-case id (Gradle
 *   builds such as Spring's write the project name there: "spring-beans";
 *   "Gizmo" is a product name), else the
 *   file name's artifact part, else a known Bundle-SymbolicName (Spring
 *   2.5/3.x OSGi bundles: "org.springframework.core" is spring-core).
 * - version: Implementation-Version, else Bundle-Version, else the file
 *   name's version when the artifact agrees with the file name.
 *   Specification-Version is the version of a spec (servlet 3.1), not of
 *   the archive, and is not used.
 * - group: Implementation-Vendor-Id when it is a dotted id (Maven's jar
 *   plugin writes the groupId there), except "org.apache", which Apache's
 *   Ant builds write for the foundation (commons-logging is not in it);
 *   else the table of known artifacts below; else unknown. Automatic-Module-Name is a Java module
 *   name ("spring.beans", "org.apache.commons.text"), which maps to no
 *   coordinate reliably, so it is parsed but never used as a group.
 * File names split at the first "-<digit>" whose rest holds no "-word-<digit>"
 * (so "log4j-1.2-api-2.17.1.jar" is log4j-1.2-api 2.17.1, and
 * "foo-1.0-20230101.123456-1.jar" keeps its snapshot version whole).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/java_meta.h"
#include "util/error.h"

#define LINE_MAX_LEN 4096
#define ATTR_MAX 1024

void dd_java_gav_clear(dd_java_gav *g)
{
	free(g->group);
	free(g->artifact);
	free(g->version);
	g->group = g->artifact = g->version = NULL;
}

void dd_java_manifest_clear(dd_java_manifest *m)
{
	free(m->impl_title);
	free(m->impl_version);
	free(m->impl_vendor_id);
	free(m->bundle_symbolic_name);
	free(m->bundle_version);
	free(m->automatic_module_name);
	free(m->spec_version);
	memset(m, 0, sizeof(*m));
}

bool dd_java_valid_id(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++) {
		unsigned char c = (unsigned char)s[n];
		if (!isalnum(c) && c != '_' && c != '.' && c != '-')
			return false;
	}
	return n > 0 && n <= 256;
}

bool dd_java_valid_version(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 128 || !isalnum((unsigned char)s[0]) || strstr(s, "${"))
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f)
			return false;
	return true;
}

/* ---- pom.properties ---- */

static bool prop_space(char c)
{
	return c == ' ' || c == '\t' || c == '\f';
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Unescapes s[0, n) into out (at most n + 1 bytes). Non-ASCII \u escapes
 * and NULs become '\x01', which no coordinate check accepts. */
static void prop_unescape(const char *s, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c != '\\' || i + 1 == n) {
			out[o++] = c ? c : '\x01';
			continue;
		}
		c = s[++i];
		if (c == 'u') {
			int v = 0;
			size_t k = 0;
			for (; k < 4 && i + 1 < n && hexval(s[i + 1]) >= 0; k++)
				v = v * 16 + hexval(s[++i]);
			out[o++] = k == 4 && v > 0 && v < 0x80 ? (char)v : '\x01';
		} else {
			out[o++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == 'f' ? '\f' : c;
		}
	}
	out[o] = '\0';
}

/* Handles one logical line "key=value". */
static int prop_line(dd_java_gav *g, const char *l, size_t n)
{
	size_t i = 0;
	while (i < n && prop_space(l[i]))
		i++;
	if (i == n || l[i] == '#' || l[i] == '!')
		return 0;
	size_t k0 = i;
	while (i < n && l[i] != '=' && l[i] != ':' && !prop_space(l[i]))
		i += l[i] == '\\' && i + 1 < n ? 2 : 1;
	size_t k1 = i;
	while (i < n && prop_space(l[i]))
		i++;
	if (i < n && (l[i] == '=' || l[i] == ':'))
		i++;
	while (i < n && prop_space(l[i]))
		i++;
	/* values never end in white space in Maven's files; a CR may linger */
	size_t v1 = n;
	while (v1 > i && (prop_space(l[v1 - 1]) || l[v1 - 1] == '\r'))
		v1--;
	char key[64];
	if (k1 - k0 >= sizeof(key))
		return 0;
	prop_unescape(l + k0, k1 - k0, key);
	char **slot = !strcmp(key, "groupId") ? &g->group : !strcmp(key, "artifactId") ? &g->artifact :
		!strcmp(key, "version") ? &g->version : NULL;
	if (!slot)
		return 0;
	char *v = malloc(v1 - i + 1);
	if (!v)
		return dd_error_oom();
	prop_unescape(l + i, v1 - i, v);
	free(*slot);
	*slot = v;
	return 0;
}

int dd_java_pom_parse(dd_java_gav *out, const char *data, size_t len)
{
	memset(out, 0, sizeof(*out));
	char line[LINE_MAX_LEN];
	size_t ln = 0;
	bool overflow = false, continuing = false;
	const char *p = data, *end = data + len;
	int rc;
	while (p < end) {
		const char *e = p;
		while (e < end && *e != '\n' && *e != '\r')
			e++;
		const char *s = p;
		/* the next natural line starts after \n, \r or \r\n */
		p = e < end && *e == '\r' && e + 1 < end && e[1] == '\n' ? e + 2 : e < end ? e + 1 : e;
		if (continuing)
			while (s < e && prop_space(*s))
				s++;
		else if (ln == 0) {
			const char *t = s;
			while (t < e && prop_space(*t))
				t++;
			if (t < e && (*t == '#' || *t == '!'))
				continue;   /* comments never continue */
		}
		size_t n = (size_t)(e - s), bs = 0;
		while (bs < n && s[n - 1 - bs] == '\\')
			bs++;
		continuing = bs % 2 == 1;
		if (continuing)
			n--;
		if (ln + n > sizeof(line))
			overflow = true;
		else {
			memcpy(line + ln, s, n);
			ln += n;
		}
		if (continuing && p < end)
			continue;
		if (!overflow && (rc = prop_line(out, line, ln)) != 0)
			goto fail;
		ln = 0;
		overflow = continuing = false;
	}
	if (!out->group || !out->artifact || !out->version || !dd_java_valid_id(out->group) ||
	    !dd_java_valid_id(out->artifact) || !dd_java_valid_version(out->version)) {
		dd_java_gav_clear(out);
		return DD_ENOTFOUND;
	}
	return 0;
fail:
	dd_java_gav_clear(out);
	return rc;
}

/* ---- MANIFEST.MF ---- */

enum { M_TITLE, M_VERSION, M_VENDOR_ID, M_BSN, M_BVERSION, M_AMN, M_SPEC_VERSION, M_COUNT };
static const char *const manifest_names[M_COUNT] = {
	"Implementation-Title", "Implementation-Version", "Implementation-Vendor-Id",
	"Bundle-SymbolicName", "Bundle-Version", "Automatic-Module-Name", "Specification-Version",
};

static char **manifest_slot(dd_java_manifest *m, int i)
{
	switch (i) {
	case M_TITLE: return &m->impl_title;
	case M_VERSION: return &m->impl_version;
	case M_VENDOR_ID: return &m->impl_vendor_id;
	case M_BSN: return &m->bundle_symbolic_name;
	case M_BVERSION: return &m->bundle_version;
	case M_AMN: return &m->automatic_module_name;
	default: return &m->spec_version;
	}
}

static int manifest_store(dd_java_manifest *m, int attr, char *val, size_t n, bool overflow)
{
	if (attr < 0 || overflow || memchr(val, '\0', n))
		return 0;
	val[n] = '\0';
	if (attr == M_BSN) {
		char *semi = strchr(val, ';');
		if (semi)
			*semi = '\0';
	}
	char *s = val;
	while (*s == ' ' || *s == '\t')
		s++;
	size_t k = strlen(s);
	while (k && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		s[--k] = '\0';
	/* "%bundleName" is a localization key; "${...}" a build placeholder */
	if (!k || s[0] == '%' || strstr(s, "${"))
		return 0;
	for (size_t i = 0; i < k; i++)
		if ((unsigned char)s[i] < 0x20)
			return 0;
	char *copy = strdup(s);
	if (!copy)
		return dd_error_oom();
	char **slot = manifest_slot(m, attr);
	free(*slot);   /* a repeated attribute: the last one wins, as in java.util.jar */
	*slot = copy;
	return 0;
}

int dd_java_manifest_parse(dd_java_manifest *m, const char *data, size_t len)
{
	memset(m, 0, sizeof(*m));
	char val[ATTR_MAX + 1];
	size_t vn = 0;
	int attr = -1;
	bool overflow = false;
	const char *p = data, *end = data + len;
	int rc;
	if (len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	while (p < end) {
		const char *e = p;
		while (e < end && *e != '\n' && *e != '\r')
			e++;
		const char *s = p;
		size_t n = (size_t)(e - s);
		p = e < end && *e == '\r' && e + 1 < end && e[1] == '\n' ? e + 2 : e < end ? e + 1 : e;
		if (n == 0)
			break;   /* the end of the main section */
		if (s[0] == ' ') {
			if (attr >= 0) {
				if (vn + n - 1 > ATTR_MAX)
					overflow = true;
				else {
					memcpy(val + vn, s + 1, n - 1);
					vn += n - 1;
				}
			}
			continue;
		}
		if ((rc = manifest_store(m, attr, val, vn, overflow)) != 0)
			goto fail;
		attr = -1;
		vn = 0;
		overflow = false;
		const char *colon = memchr(s, ':', n);
		if (!colon)
			continue;
		size_t name_len = (size_t)(colon - s);
		for (int i = 0; i < M_COUNT; i++) {
			if (strlen(manifest_names[i]) == name_len && !strncasecmp(s, manifest_names[i], name_len)) {
				attr = i;
				break;
			}
		}
		if (attr < 0)
			continue;
		const char *v = colon + 1;
		size_t k = (size_t)(e - v);
		if (k > ATTR_MAX)
			overflow = true;
		else {
			memcpy(val, v, k);
			vn = k;
		}
	}
	if ((rc = manifest_store(m, attr, val, vn, overflow)) != 0)
		goto fail;
	return 0;
fail:
	dd_java_manifest_clear(m);
	return rc;
}

/* ---- file names ---- */

/* Does s hold "-<letters>-<digit>" (a word between two version-ish parts)? */
static bool has_word_then_digit(const char *s)
{
	for (const char *d = strchr(s, '-'); d; d = strchr(d + 1, '-')) {
		const char *w = d + 1;
		while (isalpha((unsigned char)*w))
			w++;
		if (w > d + 1 && *w == '-' && isdigit((unsigned char)w[1]))
			return true;
	}
	return false;
}

int dd_java_filename_parse(const char *basename, char **artifact, char **version)
{
	*artifact = *version = NULL;
	const char *dot = strrchr(basename, '.');
	size_t n = dot && dot != basename ? (size_t)(dot - basename) : strlen(basename);
	char *name = strndup(basename, n);
	if (!name)
		return dd_error_oom();
	char *split = NULL;
	for (char *d = strchr(name, '-'); d; d = strchr(d + 1, '-')) {
		if (d > name && isdigit((unsigned char)d[1]) && !has_word_then_digit(d + 1)) {
			split = d;
			break;
		}
	}
	if (!split) {
		free(name);
		return DD_ENOTFOUND;
	}
	*split = '\0';
	if (!dd_java_valid_id(name) || !dd_java_valid_version(split + 1)) {
		free(name);
		return DD_ENOTFOUND;
	}
	*artifact = strdup(name);
	*version = strdup(split + 1);
	free(name);
	if (!*artifact || !*version) {
		free(*artifact);
		free(*version);
		*artifact = *version = NULL;
		return dd_error_oom();
	}
	return 0;
}

/* ---- known coordinates ---- */

/*
 * Artifacts published without Maven metadata in the jar (built with Gradle
 * or Ant) whose group is not in their manifest either. Facts from Maven
 * Central's layout; add a line only for an artifact (or artifact prefix,
 * ending in '-') whose group is unambiguous.
 */
static const struct {
	const char *artifact;
	const char *group;
} known_groups[] = {
	/* Spring Framework modules (Gradle since 3.2) */
	{ "spring-aop", "org.springframework" },
	{ "spring-asm", "org.springframework" },
	{ "spring-aspects", "org.springframework" },
	{ "spring-beans", "org.springframework" },
	{ "spring-context", "org.springframework" },
	{ "spring-context-indexer", "org.springframework" },
	{ "spring-context-support", "org.springframework" },
	{ "spring-core", "org.springframework" },
	{ "spring-expression", "org.springframework" },
	{ "spring-instrument", "org.springframework" },
	{ "spring-instrument-tomcat", "org.springframework" },
	{ "spring-jcl", "org.springframework" },
	{ "spring-jdbc", "org.springframework" },
	{ "spring-jms", "org.springframework" },
	{ "spring-messaging", "org.springframework" },
	{ "spring-orm", "org.springframework" },
	{ "spring-oxm", "org.springframework" },
	{ "spring-r2dbc", "org.springframework" },
	{ "spring-struts", "org.springframework" },
	{ "spring-test", "org.springframework" },
	{ "spring-tx", "org.springframework" },
	{ "spring-web", "org.springframework" },
	{ "spring-webflux", "org.springframework" },
	{ "spring-webmvc", "org.springframework" },
	{ "spring-webmvc-portlet", "org.springframework" },
	{ "spring-websocket", "org.springframework" },
	/* other Spring projects built with Gradle */
	{ "spring-boot", "org.springframework.boot" },
	{ "spring-boot-", "org.springframework.boot" },
	{ "spring-security-", "org.springframework.security" },
	{ "spring-kafka", "org.springframework.kafka" },
	{ "spring-amqp", "org.springframework.amqp" },
	{ "spring-rabbit", "org.springframework.amqp" },
	{ "spring-integration-", "org.springframework.integration" },
	{ "spring-session-", "org.springframework.session" },
	{ "spring-graphql", "org.springframework.graphql" },
	/* Kotlin */
	{ "kotlin-", "org.jetbrains.kotlin" },
	{ "kotlinx-coroutines-", "org.jetbrains.kotlinx" },
};

/* Spring 2.5/3.x OSGi bundle names and their artifacts. */
static const struct {
	const char *bsn;
	const char *artifact;
} spring_bundles[] = {
	{ "org.springframework.aop", "spring-aop" },
	{ "org.springframework.asm", "spring-asm" },
	{ "org.springframework.aspects", "spring-aspects" },
	{ "org.springframework.beans", "spring-beans" },
	{ "org.springframework.context", "spring-context" },
	{ "org.springframework.context.support", "spring-context-support" },
	{ "org.springframework.core", "spring-core" },
	{ "org.springframework.expression", "spring-expression" },
	{ "org.springframework.instrument", "spring-instrument" },
	{ "org.springframework.jdbc", "spring-jdbc" },
	{ "org.springframework.jms", "spring-jms" },
	{ "org.springframework.orm", "spring-orm" },
	{ "org.springframework.oxm", "spring-oxm" },
	{ "org.springframework.test", "spring-test" },
	{ "org.springframework.transaction", "spring-tx" },
	{ "org.springframework.web", "spring-web" },
	{ "org.springframework.web.portlet", "spring-webmvc-portlet" },
	{ "org.springframework.web.servlet", "spring-webmvc" },
};

const char *dd_java_known_group(const char *artifact)
{
	for (size_t i = 0; i < sizeof(known_groups) / sizeof(*known_groups); i++) {
		const char *k = known_groups[i].artifact;
		size_t n = strlen(k);
		if (k[n - 1] == '-' ? !strncmp(artifact, k, n) && artifact[n] : !strcmp(artifact, k))
			return known_groups[i].group;
	}
	return NULL;
}

static const char *spring_bundle_artifact(const char *bsn)
{
	for (size_t i = 0; bsn && i < sizeof(spring_bundles) / sizeof(*spring_bundles); i++)
		if (!strcmp(bsn, spring_bundles[i].bsn))
			return spring_bundles[i].artifact;
	return NULL;
}

/* Artifact ids are lower case by convention; "Gizmo" is a product's name. */
static bool lower_case(const char *s)
{
	for (; *s; s++)
		if (isupper((unsigned char)*s))
			return false;
	return true;
}

int dd_java_identify(dd_java_gav *out, bool *named_by_manifest, const dd_java_manifest *m, const char *basename)
{
	memset(out, 0, sizeof(*out));
	*named_by_manifest = false;
	static const dd_java_manifest none = { 0 };
	if (!m)
		m = &none;
	char *fa = NULL, *fv = NULL;
	int rc = dd_java_filename_parse(basename, &fa, &fv);
	if (rc == DD_ENOMEM)
		return rc;
	const char *artifact = NULL, *version = NULL, *group = NULL;
	bool art_manifest = false;
	/* maven-bundle-plugin's default name is GROUP.ARTIFACT; a '-' cannot be
	 * in a Java package name, so a last part with one is an artifact id */
	const char *bsn = m->bundle_symbolic_name;
	const char *bsn_dot = bsn ? strrchr(bsn, '.') : NULL;
	char *bsn_group = NULL;
	if (bsn_dot && bsn_dot > bsn && strchr(bsn_dot + 1, '-') && dd_java_valid_id(bsn)) {
		artifact = bsn_dot + 1;
		art_manifest = true;
		if (!(bsn_group = strndup(bsn, (size_t)(bsn_dot - bsn)))) {
			rc = dd_error_oom();
			goto out;
		}
	} else if (m->impl_title && dd_java_valid_id(m->impl_title) && lower_case(m->impl_title)) {
		artifact = m->impl_title;
		art_manifest = true;
	} else if (fa) {
		artifact = fa;
	} else if ((artifact = spring_bundle_artifact(m->bundle_symbolic_name)) != NULL) {
		art_manifest = true;
	}
	if (!artifact) {
		rc = DD_ENOTFOUND;
		goto out;
	}
	if (m->impl_version && dd_java_valid_version(m->impl_version))
		version = m->impl_version;
	else if (m->bundle_version && dd_java_valid_version(m->bundle_version))
		version = m->bundle_version;
	else if (fa && !strcmp(fa, artifact))
		version = fv;
	if (!version) {
		rc = DD_ENOTFOUND;
		goto out;
	}
	if (bsn_group)
		group = bsn_group;
	else if (m->impl_vendor_id && dd_java_valid_id(m->impl_vendor_id) && strchr(m->impl_vendor_id, '.') &&
		 strcmp(m->impl_vendor_id, "org.apache"))
		group = m->impl_vendor_id;
	if (!group)
		group = dd_java_known_group(artifact);
	out->artifact = strdup(artifact);
	out->version = strdup(version);
	out->group = group ? strdup(group) : NULL;
	if (!out->artifact || !out->version || (group && !out->group)) {
		dd_java_gav_clear(out);
		rc = dd_error_oom();
		goto out;
	}
	*named_by_manifest = art_manifest;
	rc = 0;
out:
	free(bsn_group);
	free(fa);
	free(fv);
	return rc;
}
