/*
 * OS detection on the final (squashed) view, and distro purls for OS
 * packages.
 *
 * The one idea: os-release says which distribution it is, but the
 * distribution's own release file often says the exact release better
 * (Debian's debian_version "12.5" where os-release has VERSION_ID "12",
 * CentOS's "7.9.2009" where it has "7", Alpine's "3.10.9"). So the family
 * comes from os-release ID (or, in images too old to have os-release, from
 * which release file exists), and the version from the family's own release
 * file when that file refines VERSION_ID.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/os_detect.h"
#include "analyzers/textdb.h"
#include "report/model.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/str.h"

typedef const dd_kept_file *(*lookup_fn)(void *ctx, const char *path);

typedef struct os_release {
	char id[64], version_id[64], pretty[256], name[128];
} os_release;

typedef struct family_info {
	const char *id;            /* os-release ID */
	const char *family;        /* r->os_family */
	const char *release_file;  /* the family's own release file, or NULL */
	const char *purl_ns;       /* purl namespace for its packages */
} family_info;

static const family_info families[] = {
	{ "alpine", "alpine", "etc/alpine-release", "alpine" },
	{ "debian", "debian", "etc/debian_version", "debian" },
	{ "ubuntu", "ubuntu", NULL, "ubuntu" },
	{ "rhel", "rhel", "etc/redhat-release", "redhat" },
	{ "centos", "centos", "etc/centos-release", "centos" },
	{ "almalinux", "almalinux", "etc/almalinux-release", "almalinux" },
	{ "rocky", "rocky", "etc/rocky-release", "rocky" },
	{ "fedora", "fedora", "etc/fedora-release", "fedora" },
	{ "amzn", "amazon", "etc/system-release", "amazon" },
	{ "ol", "ol", "etc/oracle-release", "oracle" },
	{ "opensuse-leap", "opensuse-leap", NULL, "opensuse" },
	{ "opensuse", "opensuse-leap", NULL, "opensuse" },
	{ "opensuse-tumbleweed", "opensuse-tumbleweed", NULL, "opensuse" },
	{ "sles", "sles", NULL, "suse" },
	{ "sle-micro", "sle-micro", NULL, "suse" },
	{ "sl-micro", "sl-micro", NULL, "suse" },
	{ "alinux", "alinux", "etc/alinux-release", "alinux" },
	{ "anolis", "anolis", "etc/anolis-release", "anolis" },
	{ "openeuler", "openeuler", "etc/openEuler-release", "openeuler" },
	{ "photon", "photon", "etc/photon-release", "photon" },
	{ "mariner", "mariner", "etc/mariner-release", "mariner" },
	{ "azurelinux", "azurelinux", "etc/azurelinux-release", "azurelinux" },
	{ "wolfi", "wolfi", NULL, "wolfi" },
	{ "chainguard", "chainguard", NULL, "chainguard" },
	{ NULL, NULL, NULL, NULL },
};

const char *dd_os_family_of(const char *name)
{
	for (const family_info *f = families; f->id; f++)
		if (!strcasecmp(name, f->id) || !strcasecmp(name, f->family) || !strcasecmp(name, f->purl_ns))
			return f->family;
	return NULL;
}

static const family_info *family_by(const char *key, bool by_family)
{
	for (const family_info *f = families; f->id; f++)
		if (strcmp(by_family ? f->family : f->id, key) == 0)
			return f;
	return NULL;
}

/* Copies a slice into a fixed buffer, truncating; never fails. */
static void put(char *dst, size_t cap, dd_slice s)
{
	size_t n = s.n < cap - 1 ? s.n : cap - 1;
	memcpy(dst, s.p, n);
	dst[n] = '\0';
	/* an embedded NUL just ends the string early */
}

/* os-release: KEY=value, value optionally in double or single quotes. */
static void parse_os_release(const dd_kept_file *f, os_release *o)
{
	const char *pos = (const char *)f->data, *end = pos + f->len;
	dd_slice line;
	while (dd_textdb_next_line(&pos, end, &line)) {
		line = dd_textdb_trim(line);
		const char *eq = line.n ? memchr(line.p, '=', line.n) : NULL;
		if (!eq || line.p[0] == '#')
			continue;
		dd_slice key = { line.p, (size_t)(eq - line.p) };
		dd_slice val = dd_textdb_trim((dd_slice){ eq + 1, (size_t)(line.p + line.n - eq - 1) });
		if (val.n >= 2 && (val.p[0] == '"' || val.p[0] == '\'') && val.p[val.n - 1] == val.p[0]) {
			val.p++;
			val.n -= 2;
		}
		char buf[256];
		put(buf, sizeof(buf), val);
		/* undo the shell escapes os-release allows inside double quotes */
		char *w = buf;
		for (const char *r = buf; *r; r++) {
			if (*r == '\\' && r[1])
				r++;
			*w++ = *r;
		}
		*w = '\0';
		dd_slice v = { buf, strlen(buf) };
		if (dd_textdb_eq(key, "ID", false)) {
			put(o->id, sizeof(o->id), v);
			for (char *c = o->id; *c; c++)
				*c = (char)tolower((unsigned char)*c);
		} else if (dd_textdb_eq(key, "VERSION_ID", false)) {
			put(o->version_id, sizeof(o->version_id), v);
		} else if (dd_textdb_eq(key, "PRETTY_NAME", false)) {
			put(o->pretty, sizeof(o->pretty), v);
		} else if (dd_textdb_eq(key, "NAME", false)) {
			put(o->name, sizeof(o->name), v);
		}
	}
}

/* First non-empty line of a kept file, trimmed, into buf. */
static bool first_line(const dd_kept_file *f, char *buf, size_t cap)
{
	const char *pos = (const char *)f->data, *end = pos + f->len;
	dd_slice line;
	while (dd_textdb_next_line(&pos, end, &line)) {
		line = dd_textdb_trim(line);
		if (line.n) {
			put(buf, cap, line);
			return buf[0] != '\0';
		}
	}
	return false;
}

/* "<Name> release 9.3 (Shamrock)" -> "9.3"; a bare "3.10.9" is itself. */
static bool release_version(const char *line, char *out, size_t cap)
{
	const char *v = strstr(line, " release ");
	v = v ? v + strlen(" release ") : line;
	while (*v == ' ')
		v++;
	if (!isdigit((unsigned char)*v))
		return false;
	size_t n = strcspn(v, " \t(");
	put(out, cap, (dd_slice){ v, n });
	return true;
}

/* "KEY=value" or "KEY = value" lines of lsb-release and SuSE-release. */
static bool key_value(const dd_kept_file *f, const char *key, char *out, size_t cap)
{
	const char *pos = (const char *)f->data, *end = pos + f->len;
	dd_slice line;
	while (dd_textdb_next_line(&pos, end, &line)) {
		const char *eq = memchr(line.p, '=', line.n);
		if (!eq)
			continue;
		if (!dd_textdb_eq(dd_textdb_trim((dd_slice){ line.p, (size_t)(eq - line.p) }), key, false))
			continue;
		dd_slice v = dd_textdb_trim((dd_slice){ eq + 1, (size_t)(line.p + line.n - eq - 1) });
		if (v.n >= 2 && v.p[0] == '"' && v.p[v.n - 1] == '"') {
			v.p++;
			v.n -= 2;
		}
		put(out, cap, v);
		return out[0] != '\0';
	}
	return false;
}

static int set_field(char **field, const char *value)
{
	char *copy = value && *value ? strdup(value) : NULL;
	if (value && *value && !copy)
		return dd_error_oom();
	free(*field);
	*field = copy;
	return 0;
}

/* Images too old for os-release: which release file exists says the family. */
static const char *family_from_files(lookup_fn lookup, void *ctx, char *version, size_t vcap,
	char *pretty, size_t pcap)
{
	const dd_kept_file *f;
	char line[256];
	if ((f = lookup(ctx, "etc/alpine-release")) && first_line(f, line, sizeof(line)) &&
	    release_version(line, version, vcap))
		return "alpine";
	static const char *const own[] = { "centos", "almalinux", "rocky", "fedora", "ol", NULL };
	for (size_t i = 0; own[i]; i++) {
		const family_info *fi = family_by(own[i], true);
		if ((f = lookup(ctx, fi->release_file)) && first_line(f, line, sizeof(line))) {
			release_version(line, version, vcap);
			put(pretty, pcap, (dd_slice){ line, strlen(line) });
			return fi->family;
		}
	}
	if ((f = lookup(ctx, "etc/redhat-release")) && first_line(f, line, sizeof(line))) {
		release_version(line, version, vcap);
		put(pretty, pcap, (dd_slice){ line, strlen(line) });
		return strstr(line, "CentOS") ? "centos" : strstr(line, "Fedora") ? "fedora" : "rhel";
	}
	if ((f = lookup(ctx, "etc/system-release")) && first_line(f, line, sizeof(line)) &&
	    strstr(line, "Amazon Linux")) {
		release_version(line, version, vcap);
		put(pretty, pcap, (dd_slice){ line, strlen(line) });
		return "amazon";
	}
	if ((f = lookup(ctx, "etc/SuSE-release")) && first_line(f, line, sizeof(line))) {
		char patch[32] = "";
		put(pretty, pcap, (dd_slice){ line, strlen(line) });
		if (key_value(f, "VERSION", version, vcap) && key_value(f, "PATCHLEVEL", patch, sizeof(patch)) &&
		    strlen(version) + strlen(patch) + 2 <= vcap) {
			strcat(version, ".");
			strcat(version, patch);
		}
		return strstr(line, "openSUSE") ? "opensuse-leap" : "sles";
	}
	if ((f = lookup(ctx, "etc/lsb-release")) && key_value(f, "DISTRIB_ID", line, sizeof(line)) &&
	    strcmp(line, "Ubuntu") == 0) {
		key_value(f, "DISTRIB_RELEASE", version, vcap);
		key_value(f, "DISTRIB_DESCRIPTION", pretty, pcap);
		return "ubuntu";
	}
	if ((f = lookup(ctx, "etc/debian_version")) && first_line(f, line, sizeof(line))) {
		put(version, vcap, (dd_slice){ line, strlen(line) });
		return "debian";
	}
	return NULL;
}

int dd_os_detect(dd_report *r, lookup_fn lookup, void *ctx)
{
	os_release o = { 0 };
	char version[64] = "", pretty[256] = "", line[256];
	const char *family = NULL;
	const dd_kept_file *f = lookup(ctx, "etc/os-release");
	if (!f)
		f = lookup(ctx, "usr/lib/os-release");
	if (f)
		parse_os_release(f, &o);

	if (o.id[0]) {
		const family_info *fi = family_by(o.id, false);
		family = fi ? fi->family : o.id;
		snprintf(version, sizeof(version), "%s", o.version_id);
		snprintf(pretty, sizeof(pretty), "%s", o.pretty[0] ? o.pretty : o.name);
		const dd_kept_file *rf = fi && fi->release_file ? lookup(ctx, fi->release_file) : NULL;
		char refined[64];
		if (rf && first_line(rf, line, sizeof(line)) && release_version(line, refined, sizeof(refined))) {
			/* the release file refines VERSION_ID ("12" -> "12.5"); one that
			 * disagrees is stale (a layer upgraded os-release only) */
			size_t vn = strlen(version);
			if (!vn || (strncmp(refined, version, vn) == 0 && (refined[vn] == '.' || !refined[vn])))
				snprintf(version, sizeof(version), "%s", refined);
		} else if (rf && !version[0] && strcmp(family, "debian") == 0 && first_line(rf, line, sizeof(line))) {
			/* Debian testing/sid: no VERSION_ID, debian_version "trixie/sid" */
			put(version, sizeof(version), (dd_slice){ line, strlen(line) });
		}
	} else {
		family = family_from_files(lookup, ctx, version, sizeof(version), pretty, sizeof(pretty));
	}

	if (!family) {
		for (size_t i = 0; i < r->n_packages; i++) {
			const char *t = r->packages[i].type;
			if (t && (!strcmp(t, "deb") || !strcmp(t, "apk") || !strcmp(t, "rpm"))) {
				dd_report_note(r, false, "OS packages were found but no OS release file says which distribution this is");
				break;
			}
		}
		return 0;
	}
	int rc;
	if ((rc = set_field(&r->os_family, family)) != 0 || (rc = set_field(&r->os_version, version)) != 0 ||
	    (rc = set_field(&r->os_name, pretty)) != 0)
		return rc;
	return 0;
}

/* upstream=SRC or SRC@SRCVERSION when the source differs from the binary. */
static char *upstream_of(const dd_package *p, const char *version)
{
	const char *sn = p->source_name && *p->source_name ? p->source_name : p->name;
	bool name_differs = strcmp(sn, p->name) != 0;
	bool ver_differs = p->source_version && *p->source_version && strcmp(p->source_version, version) != 0;
	if (ver_differs)
		return dd_asprintf("%s@%s", sn, p->source_version);
	if (name_differs)
		return strdup(sn);
	return dd_strdup("");
}

static char *purl_for(const dd_report *r, const dd_package *p)
{
	const char *fam = r->os_family;
	const family_info *fi = fam ? family_by(fam, true) : NULL;
	const char *ver = r->os_version;
	char distro[160] = "", epoch[32] = "";
	char *upstream = NULL, *out = NULL;
	const char *version = p->version;
	if (!strcmp(p->type, "apk")) {
		/* Alpine purls carry the bare release: distro=3.10.9 */
		const char *q[] = { "arch", p->arch, "distro", ver, NULL };
		return dd_purl_build("apk", fi ? fi->purl_ns : fam ? fam : "alpine", p->name, version, q);
	}
	if (fam && ver && *ver)
		snprintf(distro, sizeof(distro), "%s-%s", fam, ver);
	if (!strcmp(p->type, "deb")) {
		if (!(upstream = upstream_of(p, version)))
			return NULL;
		const char *q[] = { "arch", p->arch, "distro", distro, "upstream", upstream, NULL };
		out = dd_purl_build("deb", fi ? fi->purl_ns : fam ? fam : "debian", p->name, version, q);
	} else {
		/* purl spec: the rpm epoch is a qualifier, the version is V-R */
		const char *colon = strchr(version, ':');
		if (colon && (size_t)(colon - version) < sizeof(epoch)) {
			snprintf(epoch, sizeof(epoch), "%.*s", (int)(colon - version), version);
			version = colon + 1;
		}
		if (!(upstream = upstream_of(p, p->version)))
			return NULL;
		const char *q[] = { "arch", p->arch, "distro", distro, "epoch", epoch, "upstream", upstream, NULL };
		out = dd_purl_build("rpm", fi ? fi->purl_ns : fam, p->name, version, q);
	}
	free(upstream);
	return out;
}

int dd_os_fill_purls(dd_report *r)
{
	for (size_t i = 0; i < r->n_packages; i++) {
		dd_package *p = &r->packages[i];
		if (p->purl || !p->type || !p->name || !p->version)
			continue;
		if (strcmp(p->type, "deb") && strcmp(p->type, "apk") && strcmp(p->type, "rpm"))
			continue;
		if (!(p->purl = purl_for(r, p)))
			return dd_error_oom();
	}
	return 0;
}
