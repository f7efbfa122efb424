/* Report model: names, copies, frees, sorting and summaries. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/match.h"

static const char *const sev_names[] = { "unknown", "low", "medium", "high", "critical" };
static const char *const class_names[] = { "os-vuln", "app-vuln", "secret", "baseline", "malware", "build" };
static const char *const status_names[] = { "", "fixed", "affected", "will_not_fix", "end_of_life" };

const char *dd_severity_name(dd_severity s)
{
	return (unsigned)s < DD_SEV_COUNT ? sev_names[s] : "unknown";
}

int dd_severity_parse(const char *s)
{
	for (int i = 0; i < DD_SEV_COUNT; i++)
		if (strcasecmp(s, sev_names[i]) == 0)
			return i;
	if (strcasecmp(s, "unrated") == 0 || strcasecmp(s, "none") == 0)
		return DD_SEV_UNKNOWN;
	if (strcasecmp(s, "moderate") == 0)
		return DD_SEV_MEDIUM;
	if (strcasecmp(s, "important") == 0)
		return DD_SEV_HIGH;
	return -1;
}

const char *dd_class_name(dd_finding_class c)
{
	return (unsigned)c < DD_CLASS_COUNT ? class_names[c] : "unknown";
}

int dd_class_parse(const char *s)
{
	for (int i = 0; i < DD_CLASS_COUNT; i++)
		if (strcmp(s, class_names[i]) == 0)
			return i;
	return -1;
}

const char *dd_status_name(dd_vuln_status s)
{
	return (unsigned)s < sizeof(status_names) / sizeof(*status_names) ? status_names[s] : "";
}

#define COPY_STR(field)                                      \
	do {                                                 \
		if (src->field && !(dst->field = strdup(src->field))) \
			goto oom;                            \
	} while (0)

int dd_package_copy(dd_package *dst, const dd_package *src)
{
	memset(dst, 0, sizeof(*dst));
	COPY_STR(type); COPY_STR(name); COPY_STR(version); COPY_STR(source_name);
	COPY_STR(source_version); COPY_STR(arch); COPY_STR(purl); COPY_STR(path);
	COPY_STR(layer); COPY_STR(licenses);
	dst->dev = src->dev;
	return 0;
oom:
	dd_package_clear(dst);
	return dd_error_oom();
}

void dd_package_clear(dd_package *p)
{
	free(p->type); free(p->name); free(p->version); free(p->source_name);
	free(p->source_version); free(p->arch); free(p->purl); free(p->path);
	free(p->layer); free(p->licenses);
	memset(p, 0, sizeof(*p));
}

void dd_finding_init(dd_finding *f)
{
	memset(f, 0, sizeof(*f));
	f->history_index = -1;
}

static int copy_strv(dd_strv *dst, const dd_strv *src)
{
	memset(dst, 0, sizeof(*dst));
	for (size_t i = 0; i < src->count; i++)
		if (dd_strv_push(dst, src->items[i]))
			return DD_ENOMEM;
	return 0;
}

int dd_finding_copy(dd_finding *dst, const dd_finding *src)
{
	*dst = *src;
	/* reset every owned pointer before copying so a failure frees only copies */
	dst->id = dst->severity_source = dst->cvss_vector = dst->title = NULL;
	dst->description = dst->remediation = NULL;
	memset(&dst->aliases, 0, sizeof(dst->aliases));
	memset(&dst->references, 0, sizeof(dst->references));
	dst->pkg_type = dst->pkg_name = dst->pkg_version = dst->pkg_path = dst->pkg_purl = NULL;
	dst->fixed_version = dst->path = dst->match = dst->layer = dst->suppressed_by = NULL;
	dst->vex_status = dst->vex_justification = NULL;
	COPY_STR(id); COPY_STR(severity_source); COPY_STR(cvss_vector); COPY_STR(title);
	COPY_STR(description); COPY_STR(remediation);
	COPY_STR(pkg_type); COPY_STR(pkg_name); COPY_STR(pkg_version); COPY_STR(pkg_path);
	COPY_STR(pkg_purl); COPY_STR(fixed_version); COPY_STR(path); COPY_STR(match);
	COPY_STR(layer); COPY_STR(suppressed_by); COPY_STR(vex_status); COPY_STR(vex_justification);
	if (copy_strv(&dst->aliases, &src->aliases) || copy_strv(&dst->references, &src->references))
		goto oom;
	return 0;
oom:
	dd_finding_clear(dst);
	return dd_error_oom();
}

void dd_finding_clear(dd_finding *f)
{
	free(f->id); free(f->severity_source); free(f->cvss_vector); free(f->title);
	free(f->description); free(f->remediation);
	dd_strv_free(&f->aliases);
	dd_strv_free(&f->references);
	free(f->pkg_type); free(f->pkg_name); free(f->pkg_version); free(f->pkg_path);
	free(f->pkg_purl); free(f->fixed_version); free(f->path); free(f->match);
	free(f->layer); free(f->suppressed_by); free(f->vex_status); free(f->vex_justification);
	dd_finding_init(f);
}

static int grow(void **arr, size_t *n, size_t elem)
{
	/* arrays grow in powers of two; capacity is implied by n */
	size_t cap = 8;
	while (cap < *n + 1)
		cap *= 2;
	if (*n == 0 || (*n & (*n - 1)) == 0 || *n < 8) {
		void *p = realloc(*arr, cap * elem);
		if (!p)
			return dd_error_oom();
		*arr = p;
	}
	return 0;
}

int dd_report_add_package(dd_report *r, const dd_package *p)
{
	if (grow((void **)&r->packages, &r->n_packages, sizeof(dd_package)))
		return DD_ENOMEM;
	if (dd_package_copy(&r->packages[r->n_packages], p))
		return DD_ENOMEM;
	r->n_packages++;
	return 0;
}

int dd_report_add_finding(dd_report *r, const dd_finding *f)
{
	if (grow((void **)&r->findings, &r->n_findings, sizeof(dd_finding)))
		return DD_ENOMEM;
	if (dd_finding_copy(&r->findings[r->n_findings], f))
		return DD_ENOMEM;
	r->n_findings++;
	return 0;
}

int dd_report_take_finding(dd_report *r, dd_finding *f)
{
	if (grow((void **)&r->findings, &r->n_findings, sizeof(dd_finding)))
		return DD_ENOMEM;
	r->findings[r->n_findings++] = *f;
	dd_finding_init(f);
	return 0;
}

#define DD_REPORT_MAX_NOTES 2000

void dd_report_note(dd_report *r, bool incomplete, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = dd_vasprintf(fmt, ap);
	va_end(ap);
	if (incomplete) {
		r->complete = false;
		/* the DB's gaps are the one cause a rematch can repair */
		if (!msg || !dd_vuln_note_from_match(msg))
			r->inventory_incomplete = true;
	}
	if (!msg) {
		r->complete = false;   /* a note lost for want of memory is information the report lacks */
		r->inventory_incomplete = true;
		return;
	}
	/* every layer may bring up to a thousand notes: past a cap, one line
	 * says so (the search for duplicates stays bounded too) */
	if (r->notes.count >= DD_REPORT_MAX_NOTES) {
		free(msg);
		if (r->notes.count == DD_REPORT_MAX_NOTES)
			dd_strv_push(&r->notes, "more notes than the report lists; the rest were left out");
		return;
	}
	if (dd_strv_contains(&r->notes, msg))
		free(msg);
	else if (dd_strv_push_owned(&r->notes, msg) != 0)
		r->complete = false;
}

static int cmp_finding(const void *pa, const void *pb)
{
	const dd_finding *a = pa, *b = pb;
	int c;
	if (a->severity != b->severity)
		return a->severity > b->severity ? -1 : 1;
	if (a->cls != b->cls)
		return a->cls < b->cls ? -1 : 1;
	if ((c = dd_strcmp_natural(a->id, b->id)) != 0)
		return c;
	if ((c = dd_strcmp_null(a->pkg_name, b->pkg_name)) != 0)
		return c;
	if ((c = dd_strcmp_null(a->pkg_path, b->pkg_path)) != 0)
		return c;
	if ((c = dd_strcmp_null(a->path, b->path)) != 0)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->history_index - b->history_index;
}

/* Whether the filter keeps f; when not, counts why in r. Suppressed
 * findings are not counted: the whitelist or VEX already hid them. */
static bool keeps(dd_report *r, const dd_finding_filter *filter, const dd_finding *f)
{
	if (filter->severities && !(filter->severities & (1u << f->severity))) {
		r->hidden_by_severity += !f->suppressed;
		return false;
	}
	/* Trivy's --ignore-unfixed: a vulnerability without a fix to upgrade
	 * to (affected, will_not_fix, end_of_life) */
	if (filter->ignore_unfixed && (f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN) &&
	    !(f->fixed_version && *f->fixed_version)) {
		r->hidden_unfixed += !f->suppressed;
		return false;
	}
	return true;
}

void dd_report_finalize(dd_report *r, const dd_finding_filter *filter)
{
	if (filter && (filter->severities || filter->ignore_unfixed)) {
		size_t j = 0;
		for (size_t i = 0; i < r->n_findings; i++) {
			if (keeps(r, filter, &r->findings[i]))
				r->findings[j++] = r->findings[i];
			else
				dd_finding_clear(&r->findings[i]);
		}
		r->n_findings = j;
	}
	if (r->n_findings > 1)
		qsort(r->findings, r->n_findings, sizeof(dd_finding), cmp_finding);
	memset(r->summary, 0, sizeof(r->summary));
	memset(r->class_summary, 0, sizeof(r->class_summary));
	r->suppressed = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (f->suppressed) {
			r->suppressed++;
			continue;
		}
		r->summary[f->severity]++;
		r->class_summary[f->cls]++;
	}
}

int dd_report_max_severity(const dd_report *r)
{
	int max = -1;
	for (size_t i = 0; i < r->n_findings; i++)
		if (!r->findings[i].suppressed && (int)r->findings[i].severity > max)
			max = (int)r->findings[i].severity;
	return max;
}

int dd_report_copy(dd_report **out, const dd_report *src)
{
	dd_report *dst = calloc(1, sizeof(*dst));
	if (!dst)
		return dd_error_oom();
	COPY_STR(ref); COPY_STR(repository); COPY_STR(digest); COPY_STR(config_digest);
	COPY_STR(os_family); COPY_STR(os_version); COPY_STR(os_name); COPY_STR(architecture);
	COPY_STR(created); COPY_STR(db_built_at); COPY_STR(scanned_at);
	if (src->n_layers) {
		if (!(dst->layers = calloc(src->n_layers, sizeof(*dst->layers))))
			goto oom;
		for (; dst->n_layers < src->n_layers; dst->n_layers++) {
			dd_layer_info *d = &dst->layers[dst->n_layers];
			const dd_layer_info *s = &src->layers[dst->n_layers];
			*d = *s;
			d->digest = d->diff_id = d->media_type = NULL;
			if ((s->digest && !(d->digest = strdup(s->digest))) ||
			    (s->diff_id && !(d->diff_id = strdup(s->diff_id))) ||
			    (s->media_type && !(d->media_type = strdup(s->media_type)))) {
				dst->n_layers++;
				goto oom;
			}
		}
	}
	if (src->n_history) {
		if (!(dst->history = calloc(src->n_history, sizeof(*dst->history))))
			goto oom;
		for (; dst->n_history < src->n_history; dst->n_history++) {
			dd_history_entry *d = &dst->history[dst->n_history];
			const dd_history_entry *s = &src->history[dst->n_history];
			*d = *s;
			d->created_by = d->created = NULL;
			if ((s->created_by && !(d->created_by = strdup(s->created_by))) ||
			    (s->created && !(d->created = strdup(s->created)))) {
				dst->n_history++;
				goto oom;
			}
		}
	}
	for (size_t i = 0; i < src->n_packages; i++)
		if (dd_report_add_package(dst, &src->packages[i]))
			goto oom;
	for (size_t i = 0; i < src->n_findings; i++)
		if (dd_report_add_finding(dst, &src->findings[i]))
			goto oom;
	if (copy_strv(&dst->notes, &src->notes) || copy_strv(&dst->db_sources, &src->db_sources) ||
	    copy_strv(&dst->expired_ignores, &src->expired_ignores))
		goto oom;
	dst->complete = src->complete;
	dst->inventory_incomplete = src->inventory_incomplete;
	dst->scanners = src->scanners;
	memcpy(dst->summary, src->summary, sizeof(dst->summary));
	memcpy(dst->class_summary, src->class_summary, sizeof(dst->class_summary));
	dst->suppressed = src->suppressed;
	dst->hidden_by_severity = src->hidden_by_severity;
	dst->hidden_unfixed = src->hidden_unfixed;
	*out = dst;
	return 0;
oom:
	dd_report_free(dst);
	return dd_error_oom();
}

void dd_report_gate(dd_report *r, int fail_on, dd_gate_result *out)
{
	memset(out, 0, sizeof(*out));
	if (fail_on < 0 || fail_on >= DD_SEV_COUNT)
		return;
	for (int s = fail_on; s < DD_SEV_COUNT; s++)
		out->tripped += r->summary[s];
	if (fail_on > DD_SEV_UNKNOWN && (out->unrated = r->summary[DD_SEV_UNKNOWN]) != 0)
		dd_report_note(r, false, "%zu unrated finding%s (severity unknown) %s not gated by --fail-on %s "
			"(--fail-on unknown gates on %s)", out->unrated, out->unrated == 1 ? "" : "s",
			out->unrated == 1 ? "is" : "are", dd_severity_name((dd_severity)fail_on),
			out->unrated == 1 ? "it" : "them");
}

void dd_report_free(dd_report *r)
{
	if (!r)
		return;
	free(r->ref); free(r->repository); free(r->digest); free(r->config_digest);
	free(r->os_family); free(r->os_version); free(r->os_name); free(r->architecture);
	free(r->created);
	for (size_t i = 0; i < r->n_layers; i++) {
		free(r->layers[i].digest); free(r->layers[i].diff_id); free(r->layers[i].media_type);
	}
	free(r->layers);
	for (size_t i = 0; i < r->n_history; i++) {
		free(r->history[i].created_by); free(r->history[i].created);
	}
	free(r->history);
	for (size_t i = 0; i < r->n_packages; i++)
		dd_package_clear(&r->packages[i]);
	free(r->packages);
	for (size_t i = 0; i < r->n_findings; i++)
		dd_finding_clear(&r->findings[i]);
	free(r->findings);
	dd_strv_free(&r->notes);
	free(r->db_built_at);
	dd_strv_free(&r->db_sources);
	free(r->scanned_at);
	dd_strv_free(&r->expired_ignores);
	free(r);
}
