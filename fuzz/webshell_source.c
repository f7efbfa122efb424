/*
 * Fuzzes the webshell analyzers on arbitrary page text: the lexer (PHP,
 * JSP/ASPX C-like, VBScript), the evaluator (constant folding, transforms,
 * base64 and inflate of constants, decoded code analysed again, helper
 * functions) and the Script Encoder decoding of ASP pages. The first byte
 * picks the language.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyzers/analyzer.h"
#include "scan/layer_result.h"

extern const dd_analyzer dd_analyzer_webshell_php, dd_analyzer_webshell_jsp, dd_analyzer_webshell_asp,
	dd_analyzer_webshell_aspx;

static const struct {
	const dd_analyzer *an;
	const char *path;
} langs[] = {
	{ &dd_analyzer_webshell_php, "var/www/html/x.php" },
	{ &dd_analyzer_webshell_jsp, "usr/local/tomcat/webapps/ROOT/x.jsp" },
	{ &dd_analyzer_webshell_asp, "inetpub/wwwroot/x.asp" },
	{ &dd_analyzer_webshell_aspx, "inetpub/wwwroot/x.aspx" },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	size_t k = data[0] % (sizeof(langs) / sizeof(langs[0]));
	dd_layer_result *r = NULL;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	if (dd_analyzer_run_on_buffer(&r, langs[k].an, langs[k].path, S_IFREG | 0644, data + 1, size - 1, &o) == 0)
		dd_layer_result_free(r);
	return 0;
}
