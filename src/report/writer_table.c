/*
 * `--format table`: the report for people at a terminal. Vulnerabilities are
 * grouped by package, as Trivy's table merges a library's rows: one line
 * names the package, its installed version and, for application packages,
 * the file it was found in (which jar, which node_modules); the package's
 * vulnerabilities follow, indented. Other findings are tables whose columns
 * are sized from their content and shrunk to fit the terminal width, the
 * free-text column giving way first.
 *
 * The one idea: what a fix needs is never cut. Package names, versions,
 * paths of packages and ids are printed whole at any width (a line wraps
 * rather than lose them); only titles give way, shortened on a word with an
 * ellipsis. And the verdict must be impossible to miss: an incomplete scan
 * says INCOMPLETE at the top and the bottom; only a complete scan with no
 * unsuppressed finding (and none hidden by a filter) says it is clean.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "report/text.h"
#include "report/writer.h"
#include "util/str.h"

#define MAX_COLS 7
#define GAP 2

typedef struct column {
	const char *header;
	int min, max;      /* max 0: the flexible free-text column */
	int give;          /* who gives way first when too wide: 3 first, 1 last */
} column;

typedef struct group {
	const char *title;
	const column *cols;
	int ncols;
} group;

static const column file_cols[] = {
	{ "PATH", 16, 64, 2 }, { "LINE", 4, 6, 1 }, { "RULE", 12, 32, 1 }, { "SEVERITY", 8, 8, 1 }, { "TITLE", 10, 0, 3 },
};
static const column build_cols[] = {
	{ "HISTORY", 7, 7, 1 }, { "RULE", 12, 32, 1 }, { "SEVERITY", 8, 8, 1 }, { "TITLE / COMMAND", 10, 0, 3 },
};
static const column suppressed_cols[] = {
	{ "CLASS", 5, 8, 1 }, { "ID", 16, 24, 1 }, { "WHERE", 12, 40, 2 }, { "REASON", 10, 0, 3 },
};

/* vulnerability groups are laid out by print_vulns(), not as columns */
static const group groups[DD_CLASS_COUNT] = {
	[DD_CLASS_OS_VULN] = { "OS package vulnerabilities", NULL, 0 },
	[DD_CLASS_APP_VULN] = { "Application vulnerabilities", NULL, 0 },
	[DD_CLASS_SECRET] = { "Secrets", file_cols, 5 },
	[DD_CLASS_BASELINE] = { "Baseline risks", file_cols, 5 },
	[DD_CLASS_MALWARE] = { "Malware", file_cols, 5 },
	[DD_CLASS_BUILD] = { "Build history risks", build_cols, 4 },
};
static const group suppressed_group = { "Suppressed (whitelist / VEX)", suppressed_cols, 4 };

static const char *const sev_color[DD_SEV_COUNT] = {
	"\033[2m", "\033[34m", "\033[33m", "\033[31m", "\033[1;31m"
};
#define RESET "\033[0m"
#define BOLD "\033[1m"

typedef struct ctx {
	FILE *fp;
	bool color;
	int width;           /* 0: unlimited */
	const dd_report *r;
} ctx;

/* The cells of one row; scratch holds numbers printed as text. */
typedef struct row {
	const char *cell[MAX_COLS];
	char scratch[2][512];
	int sev_col;         /* which cell is the severity (colored), -1 none */
	dd_severity sev;
} row;

static void fill_row(const ctx *c, const dd_finding *f, bool suppressed_view, row *out)
{
	memset(out, 0, sizeof(*out));
	out->sev_col = -1;
	out->sev = f->severity;
	if (suppressed_view) {
		out->cell[0] = dd_class_name(f->cls);
		out->cell[1] = f->id;
		if (dd_finding_is_vuln(f)) {
			snprintf(out->scratch[0], sizeof(out->scratch[0]), "%.200s %.200s", f->pkg_name ? f->pkg_name : "",
				f->pkg_version ? f->pkg_version : "");
			out->cell[2] = out->scratch[0];
		} else
			out->cell[2] = f->path;
		out->cell[3] = f->suppressed_by;
		return;
	}
	switch (f->cls) {
	case DD_CLASS_OS_VULN:
	case DD_CLASS_APP_VULN:
		break; /* print_vulns() */
	case DD_CLASS_SECRET:
	case DD_CLASS_BASELINE:
	case DD_CLASS_MALWARE:
		out->cell[0] = f->path;
		if (f->line) {
			snprintf(out->scratch[0], sizeof(out->scratch[0]), "%u", f->line);
			out->cell[1] = out->scratch[0];
		}
		out->cell[2] = f->id;
		out->cell[3] = dd_severity_name(f->severity);
		out->sev_col = 3;
		if (f->removed_in_final) {
			snprintf(out->scratch[1], sizeof(out->scratch[1]), "[deleted later, still in a layer] %.400s",
				f->title ? f->title : (f->match ? f->match : ""));
			out->cell[4] = out->scratch[1];
		} else
			out->cell[4] = f->title ? f->title : f->match;
		break;
	case DD_CLASS_BUILD:
		if (f->history_index >= 0) {
			snprintf(out->scratch[0], sizeof(out->scratch[0]), "#%d", f->history_index);
			out->cell[0] = out->scratch[0];
		}
		out->cell[1] = f->id;
		out->cell[2] = dd_severity_name(f->severity);
		out->sev_col = 2;
		out->cell[3] = f->title;
		if (!f->title && f->history_index >= 0 && (size_t)f->history_index < c->r->n_history)
			out->cell[3] = c->r->history[f->history_index].created_by;
		break;
	}
}

/* Column widths: natural (content, capped), then shrunk to fit the width;
 * the free-text column goes first, then the widest of the others. */
static void layout(const ctx *c, const group *g, const dd_finding *const *rows, size_t n, bool sv, int *w)
{
	for (int i = 0; i < g->ncols; i++)
		w[i] = dd_term_width(g->cols[i].header);
	row rw;
	for (size_t k = 0; k < n; k++) {
		fill_row(c, rows[k], sv, &rw);
		for (int i = 0; i < g->ncols; i++) {
			int cw = dd_term_width(rw.cell[i]);
			int cap = g->cols[i].max ? g->cols[i].max : 200;
			if (cw > cap)
				cw = cap;
			if (cw > w[i])
				w[i] = cw;
		}
	}
	if (!c->width)
		return;
	int total = GAP * (g->ncols - 1);
	for (int i = 0; i < g->ncols; i++)
		total += w[i];
	/* the widest column of the most yielding group gives a column at a time */
	for (int give = 3; give >= 1 && total > c->width; give--) {
		while (total > c->width) {
			int best = -1;
			for (int i = 0; i < g->ncols; i++) {
				int min = g->cols[i].min;
				if (g->cols[i].give != give || w[i] <= min)
					continue;
				if (best < 0 || w[i] - min > w[best] - g->cols[best].min)
					best = i;
			}
			if (best < 0)
				break;
			w[best]--;
			total--;
		}
	}
	/* everything at its minimum: the line wraps rather than lose the ids */
}

static void print_group(const ctx *c, const group *g, const dd_finding *const *rows, size_t n, bool sv)
{
	int w[MAX_COLS];
	layout(c, g, rows, n, sv, w);
	fprintf(c->fp, "\n%s%s (%zu)%s\n", c->color ? BOLD : "", g->title, n, c->color ? RESET : "");
	for (int i = 0; i < g->ncols; i++) {
		bool last = i == g->ncols - 1;
		dd_term_put(c->fp, g->cols[i].header, w[i], last ? 0 : w[i] + GAP);
	}
	fputc('\n', c->fp);
	row rw;
	for (size_t k = 0; k < n; k++) {
		fill_row(c, rows[k], sv, &rw);
		if (sv && c->color)
			fputs("\033[2m", c->fp);
		for (int i = 0; i < g->ncols; i++) {
			bool last = i == g->ncols - 1;
			bool colored = c->color && !sv && i == rw.sev_col;
			if (colored)
				fputs(sev_color[rw.sev], c->fp);
			int pad = colored ? 0 : (last ? 0 : w[i] + GAP);
			int used = g->cols[i].max ? dd_term_put(c->fp, rw.cell[i], w[i], pad)
						  : dd_term_put_words(c->fp, rw.cell[i], w[i], pad);
			if (colored) {
				fputs(RESET, c->fp);
				if (!last)
					fprintf(c->fp, "%*s", w[i] + GAP - used, "");
			}
		}
		if (sv && c->color)
			fputs(RESET, c->fp);
		fputc('\n', c->fp);
	}
}

/* ---- vulnerabilities, grouped by package ---- */

typedef struct vrow {
	const dd_finding *f;
	size_t idx;      /* position in severity order */
	size_t first;    /* idx of the package's first (most severe) finding */
} vrow;

static int cmp_pkg(const dd_finding *a, const dd_finding *b)
{
	int c;
	if ((c = dd_strcmp_null(a->pkg_name, b->pkg_name)) != 0 || (c = dd_strcmp_null(a->pkg_version, b->pkg_version)) != 0)
		return c;
	return dd_strcmp_null(a->pkg_path, b->pkg_path);
}

static int cmp_by_pkg(const void *pa, const void *pb)
{
	const vrow *a = pa, *b = pb;
	int c = cmp_pkg(a->f, b->f);
	return c ? c : (a->idx > b->idx) - (a->idx < b->idx);
}

static int cmp_by_first(const void *pa, const void *pb)
{
	const vrow *a = pa, *b = pb;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return (a->idx > b->idx) - (a->idx < b->idx);
}

/* "fixed" is implied by a fixed version; without one, the status says why */
static const char *fix_cell(const dd_finding *f)
{
	return f->fixed_version && *f->fixed_version ? f->fixed_version : dd_status_name(f->status);
}

static void put_spaces(FILE *fp, int n)
{
	for (; n > 0; n--)
		putc_unlocked(' ', fp);
}

/* KEV and VEX markers lead the title cell */
static void vuln_title(const dd_finding *f, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s%s%s%s%s", f->kev ? "[KEV] " : "", f->vex_status ? "[VEX " : "",
		f->vex_status ? f->vex_status : "", f->vex_status ? "] " : "", f->title ? f->title : "");
}

static void package_line(const ctx *c, const dd_finding *f)
{
	FILE *fp = c->fp;
	if (c->color)
		fputs(BOLD, fp);
	int used = dd_term_put(fp, f->pkg_name ? f->pkg_name : "(unnamed)", 0, 0);
	if (f->pkg_version && *f->pkg_version) {
		fputs("  ", fp);
		used += 2 + dd_term_put(fp, f->pkg_version, 0, 0);
	}
	if (c->color)
		fputs(RESET, fp);
	if (f->cls == DD_CLASS_APP_VULN && f->pkg_path && *f->pkg_path) {
		/* the file that holds it (an OS package's is the package DB, which
		 * says nothing), on the same line when it fits */
		int pw = dd_term_width(f->pkg_path);
		if (c->width && used + 2 + pw > c->width)
			fputs("\n  in ", fp);
		else
			fputs("  ", fp);
		dd_term_put(fp, f->pkg_path, 0, 0);
	}
	fputc('\n', fp);
}

#define VINDENT 2
#define TITLE_MIN 16

static void print_vulns(const ctx *c, const group *g, const dd_finding *const *rows, size_t n)
{
	FILE *fp = c->fp;
	vrow *v = malloc(n * sizeof(*v));
	if (!v)
		return;
	for (size_t i = 0; i < n; i++)
		v[i] = (vrow){ rows[i], i, i };
	/* group: each package's findings follow its most severe one, in order */
	qsort(v, n, sizeof(*v), cmp_by_pkg);
	size_t packages = 0;
	for (size_t i = 0; i < n; i++) {
		bool same = i && !cmp_pkg(v[i - 1].f, v[i].f);
		v[i].first = same ? v[i - 1].first : v[i].idx;
		packages += !same;
	}
	qsort(v, n, sizeof(*v), cmp_by_first);

	int wid = 2, wfix = 5, wsev = 8;
	for (size_t i = 0; i < n; i++) {
		int a = dd_term_width(v[i].f->id), b = dd_term_width(fix_cell(v[i].f));
		wid = a > wid ? a : wid;
		wfix = b > wfix ? b : wfix;
	}
	int fixed = VINDENT + wid + GAP + wsev + GAP + wfix + GAP;
	/* a title narrower than TITLE_MIN says nothing: it gets its own line */
	bool own_line = c->width && c->width - fixed < TITLE_MIN;
	int wtitle = !c->width ? 0 : own_line ? c->width - 2 * VINDENT : c->width - fixed;

	fprintf(fp, "\n%s%s (%zu in %zu package%s)%s\n", c->color ? BOLD : "", g->title, n, packages,
		packages == 1 ? "" : "s", c->color ? RESET : "");
	fputs(g == &groups[DD_CLASS_APP_VULN] ? "PACKAGE  INSTALLED  PATH\n" : "PACKAGE  INSTALLED\n", fp);
	put_spaces(fp, VINDENT);
	dd_term_put(fp, "ID", 0, wid + GAP);
	dd_term_put(fp, "SEVERITY", 0, wsev + GAP);
	dd_term_put(fp, "FIXED", 0, own_line ? 0 : wfix + GAP);
	fputs(own_line ? "\n" : "TITLE\n", fp);
	char title[1024];
	for (size_t i = 0; i < n; i++) {
		const dd_finding *f = v[i].f;
		if (!i || v[i].first != v[i - 1].first)
			package_line(c, f);
		put_spaces(fp, VINDENT);
		dd_term_put(fp, f->id, 0, wid + GAP);
		if (c->color)
			fputs(sev_color[f->severity], fp);
		int used = dd_term_put(fp, dd_severity_name(f->severity), 0, 0);
		if (c->color)
			fputs(RESET, fp);
		put_spaces(fp, wsev + GAP - used);
		vuln_title(f, title, sizeof(title));
		if (!*title) {
			dd_term_put(fp, fix_cell(f), 0, 0);
		} else if (own_line) {
			dd_term_put(fp, fix_cell(f), 0, 0);
			fputc('\n', fp);
			put_spaces(fp, 2 * VINDENT);
			dd_term_put_words(fp, title, wtitle, 0);
		} else {
			dd_term_put(fp, fix_cell(f), 0, wfix + GAP);
			dd_term_put_words(fp, title, wtitle, 0);
		}
		fputc('\n', fp);
	}
	free(v);
}

/* The caller's width (the CLI passes $COLUMNS), else the terminal's. */
static int term_width(FILE *fp, int width)
{
	if (width >= 20 && width <= 1000)
		return width;
	struct winsize ws;
	int fd = fileno(fp);
	if (fd >= 0 && isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 0;
}

static void header(const ctx *c)
{
	const dd_report *r = c->r;
	FILE *fp = c->fp;
	fprintf(fp, "%sdrydock report%s\n", c->color ? BOLD : "", c->color ? RESET : "");
	bool sbom = r->ref && !strncmp(r->ref, "sbom:", 5);
	fputs(sbom ? "SBOM:    " : "Image:   ", fp);
	dd_term_put(fp, r->ref ? (sbom ? r->ref + 5 : r->ref) : "(unknown)", 0, 0);
	fputs("\nOS:      ", fp);
	if (r->os_name || r->os_family) {
		dd_term_put(fp, r->os_name ? r->os_name : r->os_family, 0, 0);
		if (r->os_family && r->os_version) {
			fputs(" (", fp);
			dd_term_put(fp, r->os_family, 0, 0);
			fputc(' ', fp);
			dd_term_put(fp, r->os_version, 0, 0);
			fputc(')', fp);
		}
	} else
		fputs("unknown", fp);
	fputs("\nDigest: ", fp);
	dd_term_put(fp, r->digest ? r->digest : "(none)", 0, 0);
	if (r->architecture) {
		fputs("\nArch:    ", fp);
		dd_term_put(fp, r->architecture, 0, 0);
	}
	if (sbom)
		fprintf(fp, "\nPackages: %zu", r->n_packages);
	else if (!(r->scanners & DD_SCANNER_VULN) && !r->n_packages)
		/* no inventory was taken: 0 would read as "no packages" */
		fprintf(fp, "\nLayers:  %zu   Packages: not inventoried (vuln scanner off)", r->n_layers);
	else
		fprintf(fp, "\nLayers:  %zu   Packages: %zu", r->n_layers, r->n_packages);
	if (r->db_built_at) {
		fputs("   DB built: ", fp);
		dd_term_put(fp, r->db_built_at, 0, 0);
	}
	fputc('\n', fp);
}

static void incomplete_banner(const ctx *c)
{
	const dd_report *r = c->r;
	fprintf(c->fp, "\n%s!! INCOMPLETE SCAN: this is NOT a clean result !!%s\nParts of the image could not be checked:\n",
		c->color ? "\033[1;41;97m" : "", c->color ? RESET : "");
	for (size_t i = 0; i < r->notes.count; i++) {
		fputs("   - ", c->fp);
		dd_term_put(c->fp, r->notes.items[i], 0, 0);
		fputc('\n', c->fp);
	}
}

static void summary(const ctx *c)
{
	const dd_report *r = c->r;
	FILE *fp = c->fp;
	size_t total = 0;
	for (int s = 0; s < DD_SEV_COUNT; s++)
		total += r->summary[s];
	fprintf(fp, "\nSummary: %zu finding%s (", total, total == 1 ? "" : "s");
	for (int s = DD_SEV_COUNT - 1; s >= 0; s--) {
		const char *name = dd_severity_name((dd_severity)s);
		char up[16];
		size_t k = 0;
		for (; name[k] && k < sizeof(up) - 1; k++)
			up[k] = (char)(name[k] - 'a' + 'A');
		up[k] = '\0';
		fprintf(fp, "%s%s%s: %zu%s", c->color && r->summary[s] ? sev_color[s] : "", up,
			c->color && r->summary[s] ? RESET : "", r->summary[s], s ? ", " : ")\n");
	}
	fputs("By class: ", fp);
	for (int k = 0; k < DD_CLASS_COUNT; k++)
		fprintf(fp, "%s %zu%s", dd_class_name((dd_finding_class)k), r->class_summary[k],
			k < DD_CLASS_COUNT - 1 ? ", " : "\n");
	if (r->suppressed)
		fprintf(fp, "Suppressed: %zu (listed above; not counted and not gating)\n", r->suppressed);
	/* a filter that hides findings must say so, or a filtered report reads as clean */
	if (r->hidden_by_severity || r->hidden_unfixed)
		fprintf(fp, "Hidden: %zu finding%s by --severity, %zu by --ignore-unfixed (not listed, not counted, not gating)\n",
			r->hidden_by_severity, r->hidden_by_severity == 1 ? "" : "s", r->hidden_unfixed);
	if (r->expired_ignores.count) {
		fprintf(fp, "%sExpired ignore entries (no longer applied):%s\n", c->color ? "\033[33m" : "",
			c->color ? RESET : "");
		for (size_t i = 0; i < r->expired_ignores.count; i++) {
			fputs("   - ", fp);
			dd_term_put(fp, r->expired_ignores.items[i], 0, 0);
			fputc('\n', fp);
		}
	}
	if (!r->complete) {
		fprintf(fp, "%sResult: INCOMPLETE (%zu note%s above); do not treat as clean%s\n",
			c->color ? "\033[1;31m" : "", r->notes.count, r->notes.count == 1 ? "" : "s",
			c->color ? RESET : "");
	} else if (total == 0 && (r->hidden_by_severity || r->hidden_unfixed)) {
		/* the filter emptied the report: that is not "clean" */
		fprintf(fp, "%sResult: nothing shown, and not a clean result: the filters hid every finding (see Hidden above)%s\n",
			c->color ? "\033[1;33m" : "", c->color ? RESET : "");
	} else if (total == 0) {
		fprintf(fp, "%sResult: clean: the scan is complete and found nothing to report%s\n",
			c->color ? "\033[1;32m" : "", c->color ? RESET : "");
	}
	if (r->complete && r->notes.count) {
		fputs("Notes:\n", fp);
		for (size_t i = 0; i < r->notes.count; i++) {
			fputs("   - ", fp);
			dd_term_put(fp, r->notes.items[i], 0, 0);
			fputc('\n', fp);
		}
	}
}

static int write_table(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	ctx c = { fp, opts->color, term_width(fp, opts->width), r };
	const dd_finding **rows = malloc((r->n_findings ? r->n_findings : 1) * sizeof(*rows));
	if (!rows)
		return DD_ENOMEM;
	flockfile(fp);
	header(&c);
	if (!r->complete)
		incomplete_banner(&c);
	/* findings are already sorted by severity; keep that order inside a group */
	for (int k = 0; k < DD_CLASS_COUNT; k++) {
		size_t n = 0;
		for (size_t i = 0; i < r->n_findings; i++)
			if ((int)r->findings[i].cls == k && !r->findings[i].suppressed)
				rows[n++] = &r->findings[i];
		if (n && groups[k].cols)
			print_group(&c, &groups[k], rows, n, false);
		else if (n)
			print_vulns(&c, &groups[k], rows, n);
	}
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		if (r->findings[i].suppressed)
			rows[n++] = &r->findings[i];
	if (n)
		print_group(&c, &suppressed_group, rows, n, true);
	free(rows);
	summary(&c);
	funlockfile(fp);
	return ferror(fp) ? DD_EIO : 0;
}

const dd_writer dd_writer_table = { "table", DD_FORMAT_TABLE, write_table };
