/*
 * OSV importer (https://ossf.github.io/osv-schema/): one record to one
 * dd_adv. ECOSYSTEM and SEMVER ranges and `versions` lists are kept; GIT
 * ranges are skipped and counted (a commit range cannot match an installed
 * package); withdrawn records and distro bug-fix advisories are dropped.
 *
 * The one idea: every vendor hides its own severity and status somewhere
 * else (GHSA `database_specific.severity`, Debian `ecosystem_specific.urgency`
 * and `.status`, AlmaLinux/Rocky the summary's "Important:" prefix, Ubuntu a
 * severity entry of type "Ubuntu"); this file is where those dialects are
 * read, so the matcher sees one model.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"
#include "util/str.h"
#include "vuln/cvss.h"
#include "vuln/import.h"

static const char *jstr(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static bool has_prefix_ci(const char *s, const char *p)
{
	return s && !strncasecmp(s, p, strlen(p));
}

/* Distro advisories whose CVEs are listed in `related`, not `aliases`. */
static bool distro_advisory(const char *id)
{
	static const char *const p[] = { "ALSA-", "RLSA-", "RHSA-", "ELSA-", "ALBA-", "RLBA-", "RHBA-", "ALEA-",
		"RLEA-", "RHEA-", "SUSE-SU-", "openSUSE-SU-", "MGASA-", "OESA-", NULL };
	for (int i = 0; p[i]; i++)
		if (has_prefix_ci(id, p[i]))
			return true;
	return false;
}

/* Bug-fix and enhancement advisories: not vulnerabilities. */
static bool not_security(const char *id)
{
	static const char *const p[] = { "ALBA-", "ALEA-", "RLBA-", "RLEA-", "RHBA-", "RHEA-", "SUSE-RU-",
		"openSUSE-RU-", "MGABA-", NULL };
	for (int i = 0; p[i]; i++)
		if (has_prefix_ci(id, p[i]))
			return true;
	return false;
}

static int add_id(dd_adv *a, const char *id)
{
	if (!dd_adv_text_ok(id, DD_ADV_ID_MAX) || strchr(id, '\n'))
		return 0; /* an alias we cannot store is only a lost cross-reference */
	if ((a->id && !strcmp(a->id, id)) || dd_strv_contains(&a->ids, id))
		return 0;
	if (a->ids.count >= DD_ADV_IDS_MAX)
		return 0;
	return dd_strv_push(&a->ids, id) ? dd_error_oom() : 0;
}

static int add_ids(dd_adv *a, const json_t *arr, bool cves_only)
{
	size_t i;
	const json_t *v;
	if (!json_is_array(arr))
		return 0;
	json_array_foreach(arr, i, v) {
		const char *s = json_string_value(v);
		if (s && (!cves_only || !strncmp(s, "CVE-", 4))) {
			int rc = add_id(a, s);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static bool any_cve(const dd_adv *a)
{
	if (!strncmp(a->id, "CVE-", 4))
		return true;
	for (size_t i = 0; i < a->ids.count; i++)
		if (!strncmp(a->ids.items[i], "CVE-", 4))
			return true;
	return false;
}

/* Keeps the better of two vectors: v3.x first (what most vendors rate
 * with), then v4.0, then v2. */
static int cvss_rank(int version)
{
	switch (version) {
	case DD_CVSS_V31: return 4;
	case DD_CVSS_V30: return 3;
	case DD_CVSS_V40: return 2;
	case DD_CVSS_V2: return 1;
	default: return 0;
	}
}

static int vendor_set(dd_adv *a, int sev, const char *source)
{
	if (sev <= DD_SEV_UNKNOWN || a->vendor_severity > 0)
		return 0;
	free(a->vendor_severity_source);
	if (!(a->vendor_severity_source = strdup(source)))
		return dd_error_oom();
	a->vendor_severity = sev;
	return 0;
}

static void lower_copy(char *out, size_t cap, const char *s)
{
	size_t i = 0;
	for (; s[i] && i + 1 < cap; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[i] = '\0';
}

static int read_severity(dd_adv *a, const json_t *arr)
{
	size_t i;
	const json_t *e;
	if (!json_is_array(arr))
		return 0;
	json_array_foreach(arr, i, e) {
		const char *type = jstr(e, "type"), *score = jstr(e, "score");
		if (!type || !score)
			continue;
		if (!strncmp(type, "CVSS_V", 6)) {
			double sc;
			dd_cvss_version ver;
			if (!dd_adv_text_ok(score, DD_ADV_VECTOR_MAX) || dd_cvss_score(score, &sc, &ver) != 0)
				continue; /* a vector we cannot score tells us nothing */
			if (cvss_rank(ver) <= cvss_rank(a->cvss_version))
				continue;
			char *v = strdup(score);
			if (!v)
				return dd_error_oom();
			free(a->cvss_vector);
			a->cvss_vector = v;
			a->cvss_score = sc;
			a->cvss_version = ver;
		} else if (dd_adv_text_ok(type, 32)) {
			/* a vendor's own rating word ("Ubuntu": "medium") */
			char src[32];
			lower_copy(src, sizeof(src), type);
			int rc = vendor_set(a, dd_severity_from_vendor(score), src);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int map_status(const char *s)
{
	static const struct { const char *w; int st; } map[] = {
		{ "open", DD_ADV_OPEN }, { "unfixed", DD_ADV_OPEN }, { "needed", DD_ADV_OPEN },
		{ "pending", DD_ADV_OPEN }, { "deferred", DD_ADV_WILL_NOT_FIX }, { "affected", DD_ADV_OPEN },
		{ "no-dsa", DD_ADV_WILL_NOT_FIX }, { "ignored", DD_ADV_WILL_NOT_FIX }, { "postponed", DD_ADV_WILL_NOT_FIX },
		{ "will_not_fix", DD_ADV_WILL_NOT_FIX }, { "will not fix", DD_ADV_WILL_NOT_FIX }, { "wontfix", DD_ADV_WILL_NOT_FIX },
		{ "end-of-life", DD_ADV_END_OF_LIFE }, { "end_of_life", DD_ADV_END_OF_LIFE }, { "eol", DD_ADV_END_OF_LIFE },
		{ "not-affected", DD_ADV_NOT_AFFECTED }, { "not_affected", DD_ADV_NOT_AFFECTED },
	};
	if (!s)
		return DD_ADV_UNSPECIFIED;
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (!strcasecmp(s, map[i].w))
			return map[i].st;
	return DD_ADV_UNSPECIFIED; /* "resolved", "fixed", unknown words: the ranges decide */
}

/* Vendor severity and status hidden in the *_specific objects. */
static void read_specific(const json_t *spec, int *sev, int *status)
{
	if (!json_is_object(spec))
		return;
	const char *w = jstr(spec, "urgency");
	if (!w)
		w = jstr(spec, "severity");
	if (!w)
		w = jstr(spec, "priority");
	if (w && *sev <= 0) {
		int s = dd_severity_from_vendor(w);
		if (s > 0)
			*sev = s;
	}
	int st = map_status(jstr(spec, "status"));
	if (st)
		*status = st;
}

/* Who rates in *_specific.severity: named after the record's database. */
static const char *vendor_name(const char *id, const char *eco_base)
{
	if (has_prefix_ci(id, "GHSA-"))
		return "ghsa";
	if (!strcmp(eco_base, "AlmaLinux"))
		return "almalinux";
	if (!strcmp(eco_base, "Rocky Linux"))
		return "rocky";
	if (!strcmp(eco_base, "Debian"))
		return "debian";
	if (!strcmp(eco_base, "Ubuntu"))
		return "ubuntu";
	return NULL;
}

static bool is_distro(const char *eco_base)
{
	static const char *const d[] = { "Debian", "Ubuntu", "Alpine", "AlmaLinux", "Rocky Linux", "Red Hat",
		"SUSE", "openSUSE", "Mageia", "openEuler", "Wolfi", "Chainguard", "Photon OS", "Azure Linux", NULL };
	for (int i = 0; d[i]; i++)
		if (!strcmp(eco_base, d[i]))
			return true;
	return false;
}

/* The database a record comes from, by its id prefix (for records that
 * name no package, e.g. a Debian CVE that bookworm is not affected by). */
static const char *database_of(const char *id)
{
	static const struct { const char *prefix, *db; } map[] = {
		{ "DEBIAN-", "Debian" }, { "DSA-", "Debian" }, { "DLA-", "Debian" }, { "UBUNTU-", "Ubuntu" },
		{ "USN-", "Ubuntu" }, { "ALPINE-", "Alpine" }, { "ALSA-", "AlmaLinux" }, { "RLSA-", "Rocky Linux" },
		{ "GHSA-", "GHSA" }, { "GO-", "Go" }, { "PYSEC-", "PyPI" }, { "RUSTSEC-", "crates.io" },
		{ "CVE-", "NVD" },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (has_prefix_ci(id, map[i].prefix))
			return map[i].db;
	return "";
}

static int read_events(dd_adv_affected *af, const json_t *events)
{
	size_t i;
	const json_t *e;
	static const struct { const char *key; char tag; } kinds[] = {
		{ "introduced", 'i' }, { "fixed", 'f' }, { "last_affected", 'l' }, { "limit", 'L' },
	};
	if (!json_is_array(events) || json_array_size(events) == 0)
		return dd_error_set(DD_EFORMAT, "range without events");
	json_array_foreach(events, i, e) {
		int found = 0;
		for (size_t k = 0; k < 4; k++) {
			const json_t *v = json_object_get(e, kinds[k].key);
			if (!v)
				continue;
			if (!json_is_string(v) || found++)
				return dd_error_set(DD_EFORMAT, "malformed range event");
			int rc = dd_adv_range_put(&af->ranges, kinds[k].tag, json_string_value(v));
			if (rc)
				return rc;
		}
		if (!found)
			return dd_error_set(DD_EFORMAT, "range event without a version");
	}
	return 0;
}

static int read_affected(dd_adv *a, const json_t *aff, dd_db_import_stats *st, int rec_sev, char *first_eco, size_t cap)
{
	const json_t *pkg = json_object_get(aff, "package");
	const char *eco = jstr(pkg, "ecosystem"), *name = jstr(pkg, "name");
	char norm[DD_ADV_NAME_MAX + 1], base[DD_ADV_ECO_MAX];
	size_t i;
	const json_t *r;
	int rc;
	if (!eco || !name)
		return 0; /* e.g. an NVD record with only a GIT repository */
	if (!dd_adv_text_ok(eco, DD_ADV_ECO_MAX) || !dd_adv_text_ok(name, DD_ADV_NAME_MAX))
		return dd_error_set(DD_EFORMAT, "bad ecosystem or package name");
	if (!dd_adv_normalize_name(eco, name, norm, sizeof(norm)))
		return dd_error_set(DD_EFORMAT, "bad package name");
	if (a->n_affected >= DD_ADV_AFFECTED_MAX)
		return dd_error_set(DD_ELIMIT, "more than %d affected packages", DD_ADV_AFFECTED_MAX);
	dd_adv_ecosystem_base(eco, base, sizeof(base));
	if (!*first_eco)
		snprintf(first_eco, cap, "%s", base);
	dd_adv_affected *af = dd_adv_add_affected(a, eco, norm);
	if (!af)
		return dd_error_oom();
	const json_t *ranges = json_object_get(aff, "ranges");
	json_array_foreach(ranges, i, r) {
		const char *type = jstr(r, "type");
		if (!type)
			return dd_error_set(DD_EFORMAT, "range without a type");
		if (!strcmp(type, "GIT")) {
			st->git_ranges++;
			continue;
		}
		if (strcmp(type, "ECOSYSTEM") && strcmp(type, "SEMVER"))
			continue; /* a range kind we do not know cannot be evaluated */
		if ((rc = dd_adv_range_put(&af->ranges, type[0] == 'E' ? 'E' : 'S', NULL)) != 0 ||
		    (rc = read_events(af, json_object_get(r, "events"))) != 0)
			return rc;
	}
	const json_t *versions = json_object_get(aff, "versions"), *v;
	json_array_foreach(versions, i, v) {
		if (!json_is_string(v))
			return dd_error_set(DD_EFORMAT, "non-string entry in versions");
		if ((rc = dd_adv_range_put(&af->ranges, 'v', json_string_value(v))) != 0)
			return rc;
	}
	int sev = -1, status = DD_ADV_UNSPECIFIED;
	read_specific(json_object_get(aff, "database_specific"), &sev, &status);
	read_specific(json_object_get(aff, "ecosystem_specific"), &sev, &status);
	if ((rc = read_severity(a, json_object_get(aff, "severity"))) != 0)
		return rc;
	if (sev <= 0 && is_distro(base))
		sev = rec_sev;
	if (is_distro(base))
		af->vendor_severity = sev > 0 ? sev : -1;
	else if (sev > 0 && a->vendor_severity <= 0) {
		const char *who = vendor_name(a->id, base);
		if (who && (rc = vendor_set(a, sev, who)) != 0)
			return rc;
	}
	af->status = status;
	if (!af->ranges.len && status != DD_ADV_NOT_AFFECTED) {
		/* nothing left to evaluate (only GIT ranges): drop the package */
		free(af->ecosystem);
		free(af->package);
		dd_buf_free(&af->ranges);
		a->n_affected--;
	}
	return 0;
}

/* "Important: openssl security update" -> high (AlmaLinux, Rocky, Red Hat). */
static int summary_severity(const char *summary)
{
	char word[16];
	size_t n = 0;
	if (!summary)
		return -1;
	while (summary[n] && summary[n] != ':' && n < sizeof(word) - 1) {
		word[n] = summary[n];
		n++;
	}
	if (summary[n] != ':')
		return -1;
	word[n] = '\0';
	return dd_severity_from_vendor(word);
}

int dd_osv_parse(const json_t *rec, dd_adv *a, dd_db_import_stats *st)
{
	dd_db_import_stats dummy;
	int rc;
	size_t i;
	const json_t *v;
	char first_eco[DD_ADV_ECO_MAX] = "";
	if (!st)
		st = memset(&dummy, 0, sizeof(dummy));
	dd_adv_init(a);
	if (!json_is_object(rec))
		return dd_error_set(DD_EFORMAT, "OSV record is not a JSON object");
	const char *id = jstr(rec, "id");
	if (!dd_adv_text_ok(id, DD_ADV_ID_MAX) || strchr(id, '\n'))
		return dd_error_set(DD_EFORMAT, "OSV record without a usable id");
	const char *modified = jstr(rec, "modified");
	int64_t mod = modified ? dd_adv_parse_time(modified) : 0;
	if (mod < 0)
		return dd_error_set(DD_EFORMAT, "%s: bad modified time", id);
	if (json_is_string(json_object_get(rec, "withdrawn"))) {
		st->withdrawn++;
		if (!(a->rid = strdup(id)))
			return dd_error_oom();
		a->modified = mod;
		return DD_ITEROVER;
	}
	if (not_security(id)) {
		st->not_security++;
		return DD_ITEROVER;
	}
	if (!(a->rid = strdup(id)) || !(a->id = strdup(id)))
		return dd_error_oom();
	a->modified = mod;
	if ((rc = add_ids(a, json_object_get(rec, "aliases"), false)) != 0 ||
	    (rc = add_ids(a, json_object_get(rec, "upstream"), false)) != 0)
		return rc;
	if (distro_advisory(id) && !any_cve(a)) {
		if ((rc = add_ids(a, json_object_get(rec, "related"), true)) != 0)
			return rc;
		if (a->ids.count)
			a->flags |= DD_ADV_FANOUT;
	}
	const char *summary = jstr(rec, "summary");
	a->title = summary && *summary ? dd_import_text(json_object_get(rec, "summary"), DD_ADV_TITLE_MAX, true)
		: dd_import_text(json_object_get(rec, "details"), DD_ADV_TITLE_MAX, true);
	a->details = dd_import_text(json_object_get(rec, "details"), DD_ADV_DETAILS_MAX, false);
	json_array_foreach(json_object_get(rec, "references"), i, v) {
		const char *url = jstr(v, "url");
		if (a->refs.count >= DD_ADV_REFS_MAX)
			break;
		if (dd_adv_text_ok(url, DD_ADV_REF_MAX) && !dd_strv_contains(&a->refs, url) && dd_strv_push(&a->refs, url))
			return dd_error_oom();
	}
	if ((rc = read_severity(a, json_object_get(rec, "severity"))) != 0)
		return rc;
	int rec_sev = -1, rec_status = 0;
	read_specific(json_object_get(rec, "database_specific"), &rec_sev, &rec_status);
	if (distro_advisory(id) && rec_sev <= 0)
		rec_sev = summary_severity(summary);
	const json_t *affected = json_object_get(rec, "affected");
	if (affected && !json_is_array(affected))
		return dd_error_set(DD_EFORMAT, "%s: affected is not a list", id);
	json_array_foreach(affected, i, v) {
		if ((rc = read_affected(a, v, st, rec_sev, first_eco, sizeof(first_eco))) != 0)
			return dd_error_prefix(rc, "%s", id);
	}
	if (rec_sev > 0 && a->vendor_severity <= 0) {
		const char *who = vendor_name(id, first_eco);
		if (who && (rc = vendor_set(a, rec_sev, who)) != 0)
			return rc;
	}
	if (!*first_eco)
		snprintf(first_eco, sizeof(first_eco), "%s", database_of(id));
	a->source = *first_eco ? dd_asprintf("osv:%s", first_eco) : strdup("osv");
	if (!a->source)
		return dd_error_oom();
	return 0;
}

static int import_one(const dd_import_sink *s, const json_t *rec, const char *name)
{
	dd_adv a;
	int rc = dd_osv_parse(rec, &a, s->stats);
	if (rc == DD_ITEROVER) {
		rc = a.rid && s->withdraw ? s->withdraw(s->ctx, a.rid, a.modified) : 0;
	} else if (rc == DD_ENOMEM) {
		/* out of memory is ours, not the record's */
	} else if (rc < 0) {
		dd_import_reject(s->stats, name);
		rc = 0;
	} else {
		rc = s->advisory ? s->advisory(s->ctx, &a) : 0;
	}
	dd_adv_clear(&a);
	return rc;
}

int dd_import_osv(const dd_import_sink *s, const json_t *doc, const char *name)
{
	if (json_is_array(doc)) {
		size_t i;
		const json_t *rec;
		if (json_array_size(doc) > DD_IMPORT_LIST_MAX)
			return dd_error_set(DD_ELIMIT, "%s: more than %d records in one file", name, DD_IMPORT_LIST_MAX);
		json_array_foreach(doc, i, rec) {
			int rc = import_one(s, rec, name);
			if (rc)
				return rc;
		}
		return 0;
	}
	return import_one(s, doc, name);
}
