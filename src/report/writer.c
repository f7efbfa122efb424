/*
 * The writer backend table (one line per writer in writer_list.h, like curl's
 * available_backends[]), format and scanner names, and dd_report_write().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report/writer.h"
#include "util/error.h"

#define DD_WRITER(n) extern const dd_writer dd_writer_##n;
#include "report/writer_list.h"
#undef DD_WRITER

static const dd_writer *const writers[] = {
#define DD_WRITER(n) &dd_writer_##n,
#include "report/writer_list.h"
#undef DD_WRITER
	NULL
};

static const struct {
	const char *name;
	dd_format format;
} format_names[] = {
	{ "table", DD_FORMAT_TABLE },
	{ "json", DD_FORMAT_JSON },
	{ "sarif", DD_FORMAT_SARIF },
	{ "cyclonedx", DD_FORMAT_CYCLONEDX },
	{ "spdx-json", DD_FORMAT_SPDX_JSON },
	{ "spdx", DD_FORMAT_SPDX_JSON },
	{ "html", DD_FORMAT_HTML },
};

static const struct {
	const char *name;
	unsigned bits;
} scanner_names[] = {
	{ "vuln", DD_SCANNER_VULN },
	{ "secret", DD_SCANNER_SECRET },
	{ "baseline", DD_SCANNER_BASELINE },
	{ "malware", DD_SCANNER_MALWARE },
	{ "history", DD_SCANNER_HISTORY },
	{ "all", DD_SCANNER_ALL },
};

int dd_format_parse(const char *s, dd_format *out)
{
	for (size_t i = 0; s && i < sizeof(format_names) / sizeof(*format_names); i++)
		if (!strcasecmp(s, format_names[i].name)) {
			*out = format_names[i].format;
			return 0;
		}
	return dd_error_set(DD_EINVAL, "unknown format '%s' (known: table, json, sarif, cyclonedx, spdx-json, html)",
		s ? s : "");
}

int dd_scanners_parse(const char *list, unsigned *out)
{
	unsigned bits = 0;
	const char *p = list;
	if (!list)
		return -1;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		size_t i;
		for (i = 0; i < sizeof(scanner_names) / sizeof(*scanner_names); i++)
			if (strlen(scanner_names[i].name) == n && !strncasecmp(p, scanner_names[i].name, n))
				break;
		if (n && i == sizeof(scanner_names) / sizeof(*scanner_names)) {
			dd_error_set(DD_EINVAL, "unknown scanner '%.*s'", (int)n, p);
			return -1;
		}
		if (n)
			bits |= scanner_names[i].bits;
		p += n;
		if (*p == ',')
			p++;
	}
	*out = bits;
	return 0;
}

const dd_writer *dd_writer_for(dd_format f)
{
	for (size_t i = 0; writers[i]; i++)
		if (writers[i]->format == f)
			return writers[i];
	return NULL;
}

int dd_report_write_ext(const dd_report *r, dd_format fmt, FILE *fp, const dd_write_options *opts)
{
	const dd_write_options defaults = DD_WRITE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	int rc = dd_options_check(opts->version, DD_WRITE_OPTIONS_VERSION, "dd_report_write_ext", "dd_write_options");
	if (rc)
		return rc;
	const dd_writer *w = dd_writer_for(fmt);
	if (!w) /* every dd_format has a writer; only a bad value gets here */
		return dd_error_set(DD_EINVAL, "unknown report format %d", (int)fmt);
	rc = w->write(r, fp, opts);
	if (rc == 0 && (fflush(fp) != 0 || ferror(fp)))
		return dd_error_set(DD_EIO, "writing the %s report failed (disk full or closed pipe?)", w->name);
	return rc;
}

int dd_report_write(const dd_report *r, dd_format fmt, FILE *fp, bool color)
{
	dd_write_options opts = DD_WRITE_OPTIONS_INIT;
	opts.color = color;
	return dd_report_write_ext(r, fmt, fp, &opts);
}
