/*
 * Alpine secdb importer: a branch file ({"distroversion": "v3.10",
 * "packages": [{"pkg": {"name", "secfixes": {VERSION: [IDS]}}}]}) or one
 * package as aquasecurity/vuln-list stores it ({"name", "secfixes",
 * "distroversion"}).
 *
 * The one idea: secdb lists fixes, not vulnerabilities, so it is turned
 * inside out: one record per (branch, package, CVE) with a range
 * [0, fixed) per version that names the CVE. A version of "0" means the
 * package of this branch was never affected: the record says NOT_AFFECTED,
 * which also silences other sources for that package. An entry such as
 * "CVE-2020-24659 GNUTLS-SA-2020-09-04" names one vulnerability by several
 * ids: the first is the id, the rest aliases.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/str.h"
#include "vuln/import.h"

#define SECFIX_IDS_MAX 20000      /* vulnerability ids in one package */
#define SECFIX_VERSIONS_MAX 64    /* fixed versions naming one id */

typedef struct fix {
	char *id;
	dd_strv aliases;
	const char *versions[SECFIX_VERSIONS_MAX];
	size_t n_versions;
	bool never_affected;
} fix;

static bool branch_ok(const char *b)
{
	if (!strcmp(b, "edge"))
		return true;
	if (*b == 'v')
		b++;
	if (!isdigit((unsigned char)*b))
		return false;
	for (; *b; b++)
		if (!isdigit((unsigned char)*b) && *b != '.')
			return false;
	return true;
}

static fix *find_fix(fix *fixes, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(fixes[i].id, id))
			return &fixes[i];
	return NULL;
}

/* Splits "CVE-A ALIAS-B" into tokens; returns the count (at most max). */
static size_t tokens(char *s, char **out, size_t max)
{
	size_t n = 0;
	char *save = NULL;
	for (char *p = strtok_r(s, " \t,", &save); p && n < max; p = strtok_r(NULL, " \t,", &save))
		out[n++] = p;
	return n;
}

static int emit(const dd_import_sink *s, const char *eco, const char *branch, const char *pkg, fix *f)
{
	dd_adv a;
	int rc = 0;
	dd_adv_init(&a);
	a.rid = dd_asprintf("alpine-secdb:%s:%s:%s", branch, pkg, f->id);
	a.id = strdup(f->id);
	a.source = strdup("alpine-secdb");
	if (!a.rid || !a.id || !a.source) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (size_t i = 0; i < f->aliases.count; i++)
		if (dd_strv_push_unique(&a.ids, f->aliases.items[i])) {
			rc = dd_error_oom();
			goto cleanup;
		}
	dd_adv_affected *af = dd_adv_add_affected(&a, eco, pkg);
	if (!af) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if (f->never_affected) {
		af->status = DD_ADV_NOT_AFFECTED;
	} else {
		for (size_t i = 0; i < f->n_versions; i++)
			if ((rc = dd_adv_range_put(&af->ranges, 'E', NULL)) != 0 ||
			    (rc = dd_adv_range_put(&af->ranges, 'i', "0")) != 0 ||
			    (rc = dd_adv_range_put(&af->ranges, 'f', f->versions[i])) != 0)
				goto cleanup;
	}
	rc = s->advisory ? s->advisory(s->ctx, &a) : 0;
cleanup:
	dd_adv_clear(&a);
	return rc;
}

/* One package: {"name": ..., "secfixes": {...}}. */
static int import_package(const dd_import_sink *s, const char *eco, const char *branch, const json_t *pkg,
	const char *file)
{
	const char *name = json_string_value(json_object_get(pkg, "name"));
	const json_t *secfixes = json_object_get(pkg, "secfixes");
	fix *fixes = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	const char *ver;
	const json_t *ids;
	if (!secfixes || json_is_null(secfixes))
		return 0;
	if (!dd_adv_text_ok(name, DD_ADV_NAME_MAX) || !json_is_object(secfixes)) {
		dd_import_reject(s->stats, file);
		return 0;
	}
	json_object_foreach((json_t *)secfixes, ver, ids) {
		size_t i;
		const json_t *idv;
		bool zero = !strcmp(ver, "0");
		if (!json_is_array(ids))
			continue; /* "7.4.0-r0": null in the real v3.6 data */
		if (!zero && !dd_adv_text_ok(ver, DD_ADV_VERSION_MAX)) {
			dd_import_reject(s->stats, file);
			continue;
		}
		json_array_foreach(ids, i, idv) {
			const char *text = json_string_value(idv);
			char buf[512], *tok[8];
			if (!text || strlen(text) >= sizeof(buf))
				continue;
			snprintf(buf, sizeof(buf), "%s", text);
			size_t nt = tokens(buf, tok, 8);
			if (!nt || !dd_adv_text_ok(tok[0], DD_ADV_ID_MAX))
				continue;
			fix *f = find_fix(fixes, n, tok[0]);
			if (!f) {
				if (n >= SECFIX_IDS_MAX) {
					rc = dd_error_set(DD_ELIMIT, "%s: package %s lists more than %d ids", file, name, SECFIX_IDS_MAX);
					goto cleanup;
				}
				if (n == cap) {
					size_t nc = cap ? cap * 2 : 16;
					fix *nf = realloc(fixes, nc * sizeof(*nf));
					if (!nf) {
						rc = dd_error_oom();
						goto cleanup;
					}
					fixes = nf;
					cap = nc;
				}
				f = &fixes[n];
				memset(f, 0, sizeof(*f));
				if (!(f->id = strdup(tok[0]))) {
					rc = dd_error_oom();
					goto cleanup;
				}
				n++;
			}
			for (size_t k = 1; k < nt; k++)
				if (dd_adv_text_ok(tok[k], DD_ADV_ID_MAX) && strcmp(tok[k], f->id) &&
				    dd_strv_push_unique(&f->aliases, tok[k])) {
					rc = dd_error_oom();
					goto cleanup;
				}
			if (zero)
				f->never_affected = true;
			else if (f->n_versions < SECFIX_VERSIONS_MAX)
				f->versions[f->n_versions++] = ver;
		}
	}
	for (size_t i = 0; i < n && !rc; i++)
		rc = emit(s, eco, branch, name, &fixes[i]);
cleanup:
	for (size_t i = 0; i < n; i++) {
		free(fixes[i].id);
		dd_strv_free(&fixes[i].aliases);
	}
	free(fixes);
	return rc;
}

int dd_import_secdb(const dd_import_sink *s, const json_t *doc, const char *name)
{
	const char *dv = json_string_value(json_object_get(doc, "distroversion"));
	char branch[32], eco[48];
	if (!dv || strlen(dv) >= sizeof(branch) - 1 || !branch_ok(dv))
		return dd_error_set(DD_EFORMAT, "%s: secdb without a usable distroversion", name);
	snprintf(branch, sizeof(branch), "%s%s", (*dv == 'v' || !strcmp(dv, "edge")) ? "" : "v", dv);
	snprintf(eco, sizeof(eco), "Alpine:%s", branch);
	const json_t *pkgs = json_object_get(doc, "packages");
	if (!pkgs || json_is_null(pkgs)) {
		/* one package, vuln-list style, or an empty branch file */
		return json_object_get(doc, "name") ? import_package(s, eco, branch, doc, name) : 0;
	}
	if (!json_is_array(pkgs))
		return dd_error_set(DD_EFORMAT, "%s: secdb packages is not a list", name);
	if (json_array_size(pkgs) > DD_IMPORT_LIST_MAX)
		return dd_error_set(DD_ELIMIT, "%s: more than %d packages", name, DD_IMPORT_LIST_MAX);
	size_t i;
	const json_t *p;
	json_array_foreach(pkgs, i, p) {
		int rc = import_package(s, eco, branch, json_object_get(p, "pkg"), name);
		if (rc)
			return rc;
	}
	return 0;
}
