/*
 * `--format html`: one self-contained page (inline CSS, inline SVG chart, a
 * small inline script; no external resource of any kind) with the summary,
 * the INCOMPLETE banner and notes, and one filterable, sortable table per
 * finding class.
 *
 * The one idea: image content is hostile, so the page is safe twice over.
 * Every report string is HTML-escaped (dd_html_put), and the page carries a
 * Content-Security-Policy that allows exactly one script, ours, by its
 * SHA-256: even a string that slipped through escaping could not run. The
 * script only filters and sorts rows that are already in the page, so with
 * JavaScript off everything is still shown.
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "report/text.h"
#include "report/writer.h"

static const char style[] =
	"body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1em 2em;color:#1b1f24}"
	"h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}"
	"dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.5em 0}"
	"dl.meta dt{font-weight:600}dl.meta dd{margin:0}"
	".banner{padding:.8em 1em;border-radius:6px;margin:1em 0;font-weight:600}"
	".incomplete{background:#b00020;color:#fff;font-size:1.1em}.incomplete ul{font-weight:400}"
	".clean{background:#e6f4ea;color:#0d652d}.hidden-all{background:#fff8c5;color:#6f4e00}"
	"table{border-collapse:collapse;width:100%;margin:.3em 0}"
	/* no word-break / overflow-wrap: names and paths carry <wbr> after their
	 * separators and wrap only there; a table too wide scrolls instead */
	"th,td{border-bottom:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}"
	".scroll{overflow-x:auto}.refs{font-size:.85em;margin-top:.2em}.refs a{margin-right:.8em;white-space:nowrap}"
	".notitle{color:#57606a;font-style:italic}a{color:#0969da}"
	"th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}"
	"th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}"
	"tr[hidden]{display:none}"
	"table.counts{width:auto}table.counts td{padding:.2em 1em}"
	".sev{font-weight:600;text-transform:uppercase;white-space:nowrap}"
	".sev-critical{color:#8b0000}.sev-high{color:#d1242f}.sev-medium{color:#9a6700}"
	".sev-low{color:#0969da}.sev-unknown{color:#57606a}"
	".controls{margin:.3em 0}.controls input{width:20em}.controls .shown{margin-left:1em;color:#57606a}"
	".suppressed td{color:#57606a}.summary{display:flex;gap:3em;flex-wrap:wrap;align-items:flex-start}"
	"code{font-family:ui-monospace,monospace;font-size:.95em}td.w{white-space:nowrap}";

/* Filters and sorts existing rows; never builds HTML from strings. */
static const char script[] =
	"(function(){'use strict';"
	"document.body.setAttribute('data-js','ready');"
	"var tables=document.querySelectorAll('table.findings');"
	"for(var t=0;t<tables.length;t++)setup(tables[t]);"
	"function setup(table){"
	"var sec=table.closest('section');var ctl=sec.querySelector('.controls');if(!ctl)return;ctl.hidden=false;"
	"var input=ctl.querySelector('input');var sel=ctl.querySelector('select');var shown=ctl.querySelector('.shown');"
	"var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);"
	"function apply(){var q=input.value.toLowerCase();var s=sel.value;var n=0;"
	"rows.forEach(function(r){var ok=(!s||r.getAttribute('data-sev')===s)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);"
	"r.hidden=!ok;if(ok)n++;});shown.textContent=n+' of '+rows.length+' shown';}"
	"input.addEventListener('input',apply);sel.addEventListener('change',apply);apply();"
	"var ths=table.tHead.rows[0].cells;"
	"Array.prototype.forEach.call(ths,function(th,i){th.tabIndex=0;"
	"th.addEventListener('click',function(){sort(i,th);});"
	"th.addEventListener('keydown',function(e){if(e.key==='Enter')sort(i,th);});});"
	"function key(r,i,num){var c=r.cells[i];var v=c.getAttribute('data-v');if(v===null)v=c.textContent;"
	"return num?(parseFloat(v)||0):v.toLowerCase();}"
	"function sort(i,th){var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;"
	"Array.prototype.forEach.call(ths,function(h){h.removeAttribute('aria-sort');});"
	"th.setAttribute('aria-sort',dir>0?'ascending':'descending');var num=th.hasAttribute('data-num');"
	"rows.sort(function(a,b){var x=key(a,i,num),y=key(b,i,num);"
	"return(num?(x<y?-1:x>y?1:0):x.localeCompare(y,undefined,{numeric:true}))*dir;});"
	"rows.forEach(function(r){body.appendChild(r);});}"
	"}})();";

static const char *const class_titles[DD_CLASS_COUNT] = {
	"OS package vulnerabilities", "Application vulnerabilities", "Secrets", "Baseline risks", "Malware",
	"Build history risks",
};
static const char *const sev_fill[DD_SEV_COUNT] = { "#8c959f", "#0969da", "#bf8700", "#d1242f", "#8b0000" };

static void script_hash(char out[64])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	out[0] = '\0';
	if (EVP_Digest(script, sizeof(script) - 1, md, &n, EVP_sha256(), NULL) && n == 32)
		EVP_EncodeBlock((unsigned char *)out, md, 32);
}

static void cell(FILE *fp, const char *s)
{
	fputs("<td>", fp);
	dd_html_put(fp, s);
	fputs("</td>", fp);
}

/* paths and package names: wrapped only after their separators */
static void code_cell(FILE *fp, const char *s)
{
	fputs("<td><code>", fp);
	dd_html_put_breakable(fp, s);
	fputs("</code></td>", fp);
}

static void name_cell(FILE *fp, const char *s)
{
	fputs("<td>", fp);
	dd_html_put_breakable(fp, s);
	fputs("</td>", fp);
}

#define TITLE_COLUMNS 120
#define REFS_SHOWN 8

static bool mentions(const char *url, const dd_finding *f)
{
	if (f->id && *f->id && strstr(url, f->id))
		return true;
	for (size_t i = 0; i < f->aliases.count; i++)
		if (*f->aliases.items[i] && strstr(url, f->aliases.items[i]))
			return true;
	return false;
}

/* The advisory's own page: the reference that names the id or an alias
 * (the distro tracker, the GHSA), else osv.dev's page of the id, which
 * holds every record drydock imports. NULL for a non-vulnerability. */
static const char *advisory_url(const dd_finding *f, char *buf, size_t cap)
{
	if (!dd_finding_is_vuln(f) || !f->id || !*f->id)
		return NULL;
	for (size_t i = 0; i < f->references.count; i++)
		if (dd_plain_url(f->references.items[i]) && mentions(f->references.items[i], f))
			return f->references.items[i];
	for (const char *p = f->id; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("-_.:", *p))
			return NULL;
	snprintf(buf, cap, "https://osv.dev/vulnerability/%s", f->id);
	return dd_plain_url(buf) ? buf : NULL;
}

static void link(FILE *fp, const char *url, const char *text, const char *tooltip)
{
	fputs("<a href=\"", fp);
	dd_html_put(fp, url);
	if (tooltip) {
		fputs("\" title=\"", fp);
		dd_html_put(fp, tooltip);
	}
	fputs("\" rel=\"noopener noreferrer\">", fp);
	dd_html_put(fp, text);
	fputs("</a>", fp);
}

static void id_cell(FILE *fp, const dd_finding *f)
{
	char buf[512];
	const char *url = advisory_url(f, buf, sizeof(buf));
	fputs("<td class=\"w\">", fp);
	if (url)
		link(fp, url, f->id, NULL);
	else
		dd_html_put(fp, f->id);
	fputs("</td>", fp);
}

/* A title shortened on a word (the whole one in the tooltip), the
 * references as links; a vulnerability without a title names its package
 * and id rather than leave the cell empty. */
static void title_cell(FILE *fp, const dd_finding *f)
{
	fputs("<td>", fp);
	if (f->title && *f->title) {
		bool cut;
		size_t keep = dd_words_fit(f->title, TITLE_COLUMNS, &cut);
		if (cut && keep) {
			char *head = strndup(f->title, keep);
			fputs("<span title=\"", fp);
			dd_html_put(fp, f->title);
			fputs("\">", fp);
			dd_html_put(fp, head ? head : "");
			fputs("\xe2\x80\xa6</span>", fp);
			free(head);
		} else
			dd_html_put(fp, f->title);
	} else if (dd_finding_is_vuln(f)) {
		fputs("<span class=\"notitle\">", fp);
		dd_html_put_breakable(fp, f->pkg_name);
		fputs(": ", fp);
		dd_html_put(fp, f->id);
		fputs("</span>", fp);
	}
	size_t shown = 0;
	for (size_t i = 0; i < f->references.count && shown < REFS_SHOWN; i++) {
		if (!dd_plain_url(f->references.items[i]))
			continue;
		/* shown by host (the whole URL in the tooltip): a row of short
		 * words that never break, where whole URLs broke inside their ids */
		const char *url = f->references.items[i], *h = strstr(url, "://") + 3;
		char host[256];
		snprintf(host, sizeof(host), "%.*s", (int)strcspn(h, "/?#"), h);
		fputs(shown++ ? "" : "<div class=\"refs\">", fp);
		link(fp, url, host, url);
	}
	fputs(shown ? "</div></td>" : "</td>", fp);
}

/* ids and versions are read as one word: never broken across lines */
static void word_cell(FILE *fp, const char *s, bool code)
{
	fputs(code ? "<td class=\"w\"><code>" : "<td class=\"w\">", fp);
	dd_html_put(fp, s);
	fputs(code ? "</code></td>" : "</td>", fp);
}

static void sev_cell(FILE *fp, dd_severity s)
{
	fprintf(fp, "<td class=\"sev sev-%s\" data-v=\"%d\">%s</td>", dd_severity_name(s), (int)s, dd_severity_name(s));
}

static void remediation_cell(FILE *fp, const dd_finding *f)
{
	fputs("<td>", fp);
	if (f->remediation && *f->remediation)
		dd_html_put(fp, f->remediation);
	else if (dd_finding_is_vuln(f) && f->fixed_version && *f->fixed_version) {
		fputs("Upgrade ", fp);
		dd_html_put(fp, f->pkg_name);
		fputs(" to ", fp);
		dd_html_put(fp, f->fixed_version);
		fputs(" or later.", fp);
	} else if (dd_finding_is_vuln(f))
		fputs("No fixed version yet.", fp);
	fputs("</td>", fp);
}

static void meta_row(FILE *fp, const char *k, const char *v)
{
	if (!v || !*v)
		return;
	fprintf(fp, "<dt>%s</dt><dd>", k);
	dd_html_put_breakable(fp, v);
	fputs("</dd>", fp);
}

static void chart(FILE *fp, const dd_report *r)
{
	size_t max = 1;
	for (int s = 0; s < DD_SEV_COUNT; s++)
		if (r->summary[s] > max)
			max = r->summary[s];
	fputs("<svg id=\"severity-chart\" role=\"img\" aria-label=\"findings per severity\" width=\"420\" height=\"150\" "
	      "viewBox=\"0 0 420 150\" xmlns=\"http://www.w3.org/2000/svg\">", fp);
	for (int k = 0; k < DD_SEV_COUNT; k++) {
		int s = DD_SEV_COUNT - 1 - k;
		double w = 300.0 * (double)r->summary[s] / (double)max;
		int y = 5 + k * 28;
		fprintf(fp, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>", y + 15, dd_severity_name((dd_severity)s));
		fprintf(fp, "<rect x=\"70\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>", y, w, sev_fill[s]);
		fprintf(fp, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%zu</text>", 76 + w, y + 15, r->summary[s]);
	}
	fputs("</svg>", fp);
}

static void controls(FILE *fp)
{
	fputs("<div class=\"controls\" hidden><input type=\"search\" placeholder=\"Filter rows\" aria-label=\"filter\">"
	      " <select aria-label=\"severity\"><option value=\"\">all severities</option>", fp);
	for (int s = DD_SEV_COUNT - 1; s >= 0; s--)
		fprintf(fp, "<option value=\"%s\">%s</option>", dd_severity_name((dd_severity)s), dd_severity_name((dd_severity)s));
	fputs("</select><span class=\"shown\"></span></div>\n", fp);
}

static void head_row(FILE *fp, const char *const *cols)
{
	fputs("<thead><tr>", fp);
	for (size_t i = 0; cols[i]; i++) {
		/* a leading '#' marks a numeric column */
		if (cols[i][0] == '#')
			fprintf(fp, "<th data-num>%s</th>", cols[i] + 1);
		else
			fprintf(fp, "<th>%s</th>", cols[i]);
	}
	fputs("</tr></thead><tbody>\n", fp);
}

static void finding_row(FILE *fp, const dd_report *r, const dd_finding *f)
{
	fprintf(fp, "<tr data-sev=\"%s\">", dd_severity_name(f->severity));
	char num[32];
	switch (f->cls) {
	case DD_CLASS_OS_VULN:
	case DD_CLASS_APP_VULN:
		name_cell(fp, f->pkg_name);
		word_cell(fp, f->pkg_version, true);
		word_cell(fp, f->fixed_version, true);
		id_cell(fp, f);
		sev_cell(fp, f->severity);
		if (f->cvss_score > 0)
			fprintf(fp, "<td data-v=\"%.1f\">%.1f</td>", f->cvss_score, f->cvss_score);
		else
			fputs("<td data-v=\"0\"></td>", fp);
		fputs("<td>", fp);
		dd_html_put(fp, dd_status_name(f->status));
		if (f->kev)
			fputs(" <strong>KEV</strong>", fp);
		if (f->vex_status) {
			fputs(" (VEX: ", fp);
			dd_html_put(fp, f->vex_status);
			fputs(")", fp);
		}
		fputs("</td>", fp);
		title_cell(fp, f);
		code_cell(fp, f->pkg_path);
		remediation_cell(fp, f);
		break;
	case DD_CLASS_SECRET:
	case DD_CLASS_BASELINE:
	case DD_CLASS_MALWARE:
		code_cell(fp, f->path);
		if (f->line)
			fprintf(fp, "<td data-v=\"%u\">%u</td>", f->line, f->line);
		else
			fputs("<td data-v=\"0\"></td>", fp);
		cell(fp, f->id);
		sev_cell(fp, f->severity);
		fputs("<td>", fp);
		dd_html_put(fp, f->title);
		if (f->match) {
			fputs(" <code>", fp);
			dd_html_put(fp, f->match);
			fputs("</code>", fp);
		}
		if (f->removed_in_final)
			fputs(" <em>(deleted by a later layer; still shipped in the image)</em>", fp);
		fputs("</td>", fp);
		code_cell(fp, f->layer);
		remediation_cell(fp, f);
		break;
	case DD_CLASS_BUILD:
		snprintf(num, sizeof(num), "%d", f->history_index);
		fprintf(fp, "<td data-v=\"%s\">%s</td>", num, f->history_index >= 0 ? num : "");
		cell(fp, f->id);
		sev_cell(fp, f->severity);
		cell(fp, f->title);
		code_cell(fp, f->history_index >= 0 && (size_t)f->history_index < r->n_history
				? r->history[f->history_index].created_by : NULL);
		remediation_cell(fp, f);
		break;
	}
	fputs("</tr>\n", fp);
}

static const char *const vuln_cols[] = { "Package", "Installed", "Fixed", "ID", "#Severity", "#CVSS", "Status", "Title",
	"Found in", "Remediation", NULL };
static const char *const file_cols[] = { "Path", "#Line", "Rule", "#Severity", "Details", "Layer", "Remediation", NULL };
static const char *const build_cols[] = { "#History", "Rule", "#Severity", "Title", "Command", "Remediation", NULL };

static void class_section(FILE *fp, const dd_report *r, int cls, size_t count)
{
	const char *name = dd_class_name((dd_finding_class)cls);
	fprintf(fp, "<section class=\"findings\" id=\"sec-%s\"><h2>%s (<span class=\"n\">%zu</span>)</h2>\n", name,
		class_titles[cls], count);
	controls(fp);
	fprintf(fp, "<div class=\"scroll\"><table class=\"findings\" data-class=\"%s\">", name);
	head_row(fp, cls <= DD_CLASS_APP_VULN ? vuln_cols : cls == DD_CLASS_BUILD ? build_cols : file_cols);
	for (size_t i = 0; i < r->n_findings; i++)
		if ((int)r->findings[i].cls == cls && !r->findings[i].suppressed)
			finding_row(fp, r, &r->findings[i]);
	fputs("</tbody></table></div></section>\n", fp);
}

static void suppressed_section(FILE *fp, const dd_report *r)
{
	static const char *const cols[] = { "Class", "ID", "#Severity", "Package or path", "Title", "Reason", NULL };
	fprintf(fp, "<section class=\"findings suppressed\" id=\"sec-suppressed\"><h2>Suppressed by whitelist or VEX "
		    "(<span class=\"n\">%zu</span>)</h2>\n", r->suppressed);
	controls(fp);
	fputs("<div class=\"scroll\"><table class=\"findings\" data-class=\"suppressed\">", fp);
	head_row(fp, cols);
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (!f->suppressed)
			continue;
		fprintf(fp, "<tr data-sev=\"%s\">", dd_severity_name(f->severity));
		cell(fp, dd_class_name(f->cls));
		id_cell(fp, f);
		sev_cell(fp, f->severity);
		fputs("<td><code>", fp);
		if (dd_finding_is_vuln(f)) {
			dd_html_put_breakable(fp, f->pkg_name);
			fputc(' ', fp);
			dd_html_put(fp, f->pkg_version);
		} else
			dd_html_put_breakable(fp, f->path);
		fputs("</code></td>", fp);
		title_cell(fp, f);
		cell(fp, f->suppressed_by);
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table></div></section>\n", fp);
}

static void list(FILE *fp, const char *id, const char *title, const dd_strv *v)
{
	if (!v->count)
		return;
	fprintf(fp, "<section id=\"%s\"><h2>%s</h2><ul>", id, title);
	for (size_t i = 0; i < v->count; i++) {
		fputs("<li>", fp);
		dd_html_put(fp, v->items[i]);
		fputs("</li>", fp);
	}
	fputs("</ul></section>\n", fp);
}

static void packages_section(FILE *fp, const dd_report *r)
{
	if (!r->n_packages)
		return;
	fprintf(fp, "<details id=\"packages\"><summary>Packages (%zu)</summary><table><thead><tr><th>Type</th><th>Name</th>"
		    "<th>Version</th><th>Path</th><th>License</th></tr></thead><tbody>\n", r->n_packages);
	for (size_t i = 0; i < r->n_packages; i++) {
		const dd_package *p = &r->packages[i];
		fputs("<tr>", fp);
		cell(fp, p->type);
		name_cell(fp, p->name);
		code_cell(fp, p->version);
		code_cell(fp, p->path);
		cell(fp, p->licenses);
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table></details>\n", fp);
}

static int write_html(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	char hash[64];
	script_hash(hash);
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
		    "img-src data:; script-src 'sha256-%s'\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>drydock report: ",
		hash);
	dd_html_put(fp, r->ref ? r->ref : "image");
	fprintf(fp, "</title>\n<style>%s</style></head>\n<body data-complete=\"%s\">\n<header><h1>drydock report</h1><dl class=\"meta\">",
		style, r->complete ? "true" : "false");
	meta_row(fp, "Image", r->ref);
	meta_row(fp, "Digest", r->digest);
	meta_row(fp, "Config", r->config_digest);
	if (r->os_name || r->os_family) {
		fputs("<dt>OS</dt><dd>", fp);
		dd_html_put(fp, r->os_name ? r->os_name : r->os_family);
		if (r->os_family && r->os_version) {
			fputs(" (", fp);
			dd_html_put(fp, r->os_family);
			fputc(' ', fp);
			dd_html_put(fp, r->os_version);
			fputc(')', fp);
		}
		fputs("</dd>", fp);
	}
	meta_row(fp, "Architecture", r->architecture);
	meta_row(fp, "Scanned", r->scanned_at);
	meta_row(fp, "DB built", r->db_built_at);
	fprintf(fp, "<dt>Layers</dt><dd>%zu</dd><dt>Packages</dt><dd>%zu</dd></dl></header>\n", r->n_layers, r->n_packages);

	size_t total = 0;
	for (int s = 0; s < DD_SEV_COUNT; s++)
		total += r->summary[s];
	if (!r->complete) {
		fputs("<div class=\"banner incomplete\" id=\"incomplete\">INCOMPLETE SCAN: parts of the image could not be "
		      "checked. This is not a clean result.<ul>", fp);
		for (size_t i = 0; i < r->notes.count; i++) {
			fputs("<li>", fp);
			dd_html_put(fp, r->notes.items[i]);
			fputs("</li>", fp);
		}
		fputs("</ul></div>\n", fp);
	} else if (total == 0 && (r->hidden_by_severity || r->hidden_unfixed))
		fprintf(fp, "<div class=\"banner hidden-all\" id=\"hidden\">Nothing left to show: %zu finding%s hidden by "
			"--severity, %zu by --ignore-unfixed. This is not a clean result.</div>\n", r->hidden_by_severity,
			r->hidden_by_severity == 1 ? "" : "s", r->hidden_unfixed);
	else if (total == 0)
		fputs("<div class=\"banner clean\" id=\"clean\">Clean: the scan is complete and found nothing to report.</div>\n", fp);

	fputs("<section id=\"summary\"><h2>Summary</h2><div class=\"summary\"><table class=\"counts\" id=\"severity-counts\">"
	      "<thead><tr><th>Severity</th><th>Findings</th></tr></thead><tbody>", fp);
	for (int s = DD_SEV_COUNT - 1; s >= 0; s--)
		fprintf(fp, "<tr><td class=\"sev sev-%s\">%s</td><td id=\"count-%s\">%zu</td></tr>", dd_severity_name((dd_severity)s),
			dd_severity_name((dd_severity)s), dd_severity_name((dd_severity)s), r->summary[s]);
	fprintf(fp, "<tr><td>total</td><td id=\"count-total\">%zu</td></tr><tr><td>suppressed</td><td id=\"count-suppressed\">%zu</td></tr>",
		total, r->suppressed);
	if (r->hidden_by_severity || r->hidden_unfixed)
		fprintf(fp, "<tr><td>hidden by --severity</td><td id=\"count-hidden-severity\">%zu</td></tr>"
			    "<tr><td>hidden by --ignore-unfixed</td><td id=\"count-hidden-unfixed\">%zu</td></tr>",
			r->hidden_by_severity, r->hidden_unfixed);
	fputs("</tbody></table>", fp);
	chart(fp, r);
	fputs("<table class=\"counts\" id=\"class-counts\"><thead><tr><th>Class</th><th>Findings</th></tr></thead><tbody>", fp);
	for (int k = 0; k < DD_CLASS_COUNT; k++)
		fprintf(fp, "<tr><td>%s</td><td id=\"class-%s\">%zu</td></tr>", class_titles[k], dd_class_name((dd_finding_class)k),
			r->class_summary[k]);
	fputs("</tbody></table></div></section>\n", fp);

	for (int k = 0; k < DD_CLASS_COUNT; k++) {
		size_t n = 0;
		for (size_t i = 0; i < r->n_findings; i++)
			n += (int)r->findings[i].cls == k && !r->findings[i].suppressed;
		if (n)
			class_section(fp, r, k, n);
	}
	if (r->suppressed)
		suppressed_section(fp, r);
	list(fp, "expired", "Expired whitelist entries (no longer applied)", &r->expired_ignores);
	list(fp, "notes", "Notes", &r->notes);
	packages_section(fp, r);
	fprintf(fp, "<footer><p>drydock %s</p></footer>\n<script>%s</script>\n</body></html>\n", dd_version_string(), script);
	return ferror(fp) ? DD_EIO : 0;
}

const dd_writer dd_writer_html = { "html", DD_FORMAT_HTML, write_html };
