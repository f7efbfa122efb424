/*
 * Microsoft Script Encoder blocks (src/analyzers/script_encoder.c): the
 * published sample pairs decode exactly (their DEL characters, which text
 * copies lose, written back as \x7f), lost DELs are put back, double-byte
 * text counts as the code page did, malformed blocks stay text, and the
 * ASP webshell analyzer reads an encoded page decoded.
 *
 * Sample pairs (facts of the format): CyberChef's test of its "Microsoft
 * Script Decoder" operation (tests/operations/tests/CharEnc.mjs, Apache-2.0)
 * `MsgBox "Hello"`; the screnc.exe example of a scripting product's manual
 * `MsgBox "Hello world" ` + CRLF; the tail of an encoded ASP page from a
 * public repository, `Rs.Close()` + `Set Rs = Nothing`. Their length and
 * checksum fields agree with the decoded text only with the DEL in place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyzers/script_encoder.h"
#include "scan/layer_result.h"
#include "testutil.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_webshell_asp;

static char *decode(const char *src, size_t len, dd_screnc_stats *st)
{
	char *out = NULL;
	size_t n = 0;
	assert_int_equal(dd_screnc_decode(src, len, &out, &n, st), 0);
	if (out)
		assert_int_equal(strlen(out), n);
	return out;
}

static void expect(const char *src, const char *want, size_t verified, size_t repaired)
{
	dd_screnc_stats st;
	char *out = decode(src, strlen(src), &st);
	assert_non_null(out);
	assert_string_equal(out, want);
	assert_int_equal(st.blocks, 1);
	assert_int_equal(st.verified, verified);
	assert_int_equal(st.repaired, repaired);
	free(out);
}

static void test_published_pairs(void **state)
{
	(void)state;
	expect("#@~^DgAAAA==\\ko$K6,JC\x7fV^GJqAQAAA==^#~@", "MsgBox \"Hello\"", 1, 0);
	expect("#@~^GQAAAA==\\ko$K6,JC\x7fV^GPSW.V9J~@#@&JwcAAA==^#~@", "MsgBox \"Hello world\" \r\n", 1, 0);
	expect("<%#@~^JgAAAA==@#@&IdcZ^W/\x7f`*@#@&U+OP\"/~x,1WD4k\to@#@&5AgAAA==^#~@%>",
	       "<%\r\nRs.Close()\r\nSet Rs = Nothing\r\n%>", 1, 0);
}

static void run_asp(const char *page, const char *want_id);

/* ---- an encoder built from the decoder's own tables ---- */

static void b64_number(char *dst, unsigned v)
{
	static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char b[4] = { v & 0xff, v >> 8 & 0xff, v >> 16 & 0xff, v >> 24 };
	unsigned long long bits = ((unsigned long long)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) << 4;
	for (int k = 0; k < 6; k++)
		dst[k] = A[bits >> (30 - 6 * k) & 63];
	dst[6] = dst[7] = '=';
	dst[8] = 0;
}

/* plain (ASCII, and UTF-8 or, with dbcs, GBK double bytes: either way a
 * character from 0x80 passes through and takes no position) to a block,
 * appended to dst */
static void encode_as(char *dst, size_t cap, const char *plain, bool dbcs)
{
	char body[65536];
	size_t n = 0;
	unsigned pos = 0, sum = 0;
	for (const unsigned char *p = (const unsigned char *)plain; *p; p++) {
		const char *esc = *p == '\n' ? "@&" : *p == '\r' ? "@#" : *p == '<' ? "@!" : *p == '>' ? "@*" : *p == '@' ? "@$" : NULL;
		assert_true(n + 4 < sizeof(body));
		sum += *p;
		if (esc) {
			memcpy(body + n, esc, 2);
			n += 2;
			pos++;
			continue;
		}
		if (*p >= 0x80) {
			size_t len = dbcs ? 2 : *p >= 0xE0 ? 3 : 2;
			memcpy(body + n, p, len);
			for (size_t k = 1; k < len; k++)
				sum += p[k];
			n += len;   /* passed through: no position */
			p += len - 1;
			continue;
		}
		int c;
		for (c = 0x09; c < 0x80; c = c == 0x09 ? 0x20 : c + 1)
			if (c != '@' && dd_screnc_char(pos, (unsigned char)c) == *p)
				break;
		assert_true(c < 0x80);
		body[n++] = (char)c;
		pos++;
	}
	body[n] = 0;
	/* the length counts encoded characters */
	unsigned units = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)body[k];
		if (c >= 0x80)
			k += dbcs ? 1 : c >= 0xE0 ? 2 : 1;
		units++;
	}
	char len[9], chk[9];
	b64_number(len, units);
	b64_number(chk, sum);
	size_t have = strlen(dst);
	snprintf(dst + have, cap - have, "#@~^%s%s%s^#~@", len, body, chk);
}

static void encode(char *dst, size_t cap, const char *plain)
{
	encode_as(dst, cap, plain, false);
}

static const char SCRIPT[] =
	"<!-- a page of a shop's back office -->\r\n"
	"Dim conn, rs, sql\r\n"
	"Set conn = Server.CreateObject(\"ADODB.Connection\")\r\n"
	"conn.Open \"Provider=SQLOLEDB;Data Source=(local);Initial Catalog=shop\"\r\n"
	"sql = \"SELECT name, price FROM goods WHERE id = \" & CLng(Request.QueryString(\"id\"))\r\n"
	"Set rs = conn.Execute(sql)\r\n"
	"Do While Not rs.EOF\r\n"
	"\tResponse.Write \"<tr><td>\" & Server.HTMLEncode(rs(\"name\")) & \"</td><td>\" & rs(\"price\") & \"</td></tr>\"\r\n"
	"\trs.MoveNext\r\n"
	"Loop\r\n"
	"rs.Close()\r\n"
	"Set rs = Nothing\r\n"
	"If Session(\"user\") = \"\" Then Response.Redirect \"login.asp\" ' mail admin@example.com\r\n";

static void test_round_trip(void **state)
{
	(void)state;
	char page[8192] = "<%@ LANGUAGE = VBScript.Encode %>\r\n<%";
	encode(page, sizeof(page), SCRIPT);
	strcat(page, "%>\r\n<html><body>ok</body></html>\r\n<%");
	encode(page, sizeof(page), "Response.Write \"two\"\r\n");
	strcat(page, "%>");
	dd_screnc_stats st;
	char *out = decode(page, strlen(page), &st);
	char want[8192];
	snprintf(want, sizeof(want), "<%%@ LANGUAGE = VBScript.Encode %%>\r\n<%%%s%%>\r\n<html><body>ok</body></html>\r\n<%%%s%%>",
		 SCRIPT, "Response.Write \"two\"\r\n");
	assert_string_equal(out, want);
	assert_int_equal(st.blocks, 2);
	assert_int_equal(st.verified, 2);
	assert_int_equal(st.repaired, 0);
	free(out);
}

/* A copy that lost its DEL characters (a text pipeline dropping 0x7F):
 * the length field says how many; the decoder puts them back where the
 * text reads most like script. A dense run of losses ("Server" has two
 * within four characters) can leave a few characters wrong: the decoded
 * page must be the script but for at most 3% of its characters, with the
 * statements that matter to the analyzers intact. */
static void test_lost_dels_put_back(void **state)
{
	(void)state;
	char page[8192] = "";
	encode(page, sizeof(page), SCRIPT);
	size_t dels = 0, w = 0;
	for (size_t r = 0; page[r]; r++) {
		if (page[r] == 0x7f)
			dels++;
		else
			page[w++] = page[r];
	}
	page[w] = 0;
	assert_true(dels >= 10);   /* the sample must exercise the repair */
	dd_screnc_stats st;
	char *out = decode(page, strlen(page), &st);
	assert_int_equal(strlen(out), strlen(SCRIPT));
	size_t wrong = 0;
	for (size_t k = 0; SCRIPT[k]; k++)
		wrong += out[k] != SCRIPT[k];
	print_message("%zu DELs lost, %zu of %zu characters decoded wrong\n", dels, wrong, strlen(SCRIPT));
	assert_true(wrong * 100 <= strlen(SCRIPT) * 3);
	assert_non_null(strstr(out, "Set rs = conn.Execute(sql)\r\n"));
	assert_non_null(strstr(out, "\trs.MoveNext\r\nLoop\r\nrs.Close()\r\nSet rs = Nothing\r\n"));
	assert_int_equal(st.repaired, 1);
	free(out);
	/* the published pairs without their DEL */
	expect("#@~^DgAAAA==\\ko$K6,JCV^GJqAQAAA==^#~@", "MsgBox \"Hello\"", 1, 1);
	expect("<%#@~^JgAAAA==@#@&IdcZ^W/`*@#@&U+OP\"/~x,1WD4k\to@#@&5AgAAA==^#~@%>",
	       "<%\r\nRs.Close()\r\nSet Rs = Nothing\r\n%>", 1, 1);
	/* a webshell in such a copy is still found */
	char shell[4096] = "<%@ LANGUAGE = VBScript.Encode %><%";
	encode(shell, sizeof(shell), "Set objShell = Server.CreateObject(\"WScript.Shell\")\r\n"
		"Set oExec = objShell.Exec(\"cmd.exe /c \" & Request.Form(\"cmd\"))\r\nResponse.Write oExec.StdOut.ReadAll()\r\n");
	strcat(shell, "%>");
	w = 0;
	for (size_t r = 0; shell[r]; r++)
		if (shell[r] != 0x7f)
			shell[w++] = shell[r];
	shell[w] = 0;
	run_asp(shell, "webshell-asp-input-to-command");
}

/* Double-byte text passes through without taking a position, as one unit
 * of the length field whether it is the page's own GBK bytes (a trail byte
 * may be below 0x80, even '@') or a copy's UTF-8; the length field picks
 * the reading. */
static void test_double_byte_text(void **state)
{
	(void)state;
	const char *plain = "Response.Write \"\xe7\xae\xa1\xe7\x90\x86\xe5\x91\x98\xe7\x99\xbb\xe5\xbd\x95\" & Now()\r\n"
			    "x = \"\xe6\x9f\xa5\xe8\xaf\xa2\" & Request(\"q\")\r\n";
	char page[4096] = "";
	encode(page, sizeof(page), plain);
	dd_screnc_stats st;
	char *out = decode(page, strlen(page), &st);
	assert_string_equal(out, plain);
	assert_int_equal(st.repaired, 0);
	free(out);
	/* GBK bytes: 管理 (b9 dc c0 ed), and a character whose trail byte is '@' (81 40) */
	const char *gbk = "Response.Write \"\xb9\xdc\xc0\xed\x81\x40\" & x\r\n";
	page[0] = 0;
	encode_as(page, sizeof(page), gbk, true);
	out = decode(page, strlen(page), &st);
	assert_string_equal(out, gbk);
	assert_int_equal(st.verified, 1);
	free(out);
}

/* Markers without a well-formed block stay text; hostile fields are
 * bounded; nothing reads past the page. */
static void test_malformed(void **state)
{
	(void)state;
	const char *const texts[] = {
		"#@~^", "x #@~^DgAAAA==", "#@~^DgAAAA==^#~@", "#@~^Dg*AAA==\\ko$K6JqAQAAA==^#~@", "#@~^DgAAAA=x\\ko$K6,JqAQAAA==^#~@",
		"#@~^DgAAAA==\\ko$K6,JqAQAA=!^#~@", "a #@~^ b ^#~@ c", "#@~^DgAAAA==\\ko$K6,JqAQAAA==^#~",
	};
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); k++) {
		dd_screnc_stats st;
		char *out = decode(texts[k], strlen(texts[k]), &st);
		assert_null(out);   /* no block: the caller reads the page as it is */
		assert_int_equal(st.blocks, 0);
	}
	/* a length field far beyond the text: decoded as it is, no repair */
	dd_screnc_stats st;
	char *out = decode("#@~^/////w==\\ko$K6,JC\x7fV^GJqAQAAA==^#~@", 38, &st);
	assert_string_equal(out, "MsgBox \"Hello\"");
	assert_int_equal(st.repaired, 0);
	free(out);
	/* a lone '@' at the end of the encoded text, and a NUL inside */
	out = decode("#@~^AQAAAA==@AAAAAA==^#~@", 25, &st);
	assert_string_equal(out, "@");
	free(out);
	char nul[] = "#@~^AQAAAA==\0AAAAAA==^#~@ tail";
	size_t n = 0;
	assert_int_equal(dd_screnc_decode(nul, sizeof(nul) - 1, &out, &n, &st), 0);
	assert_int_equal(st.blocks, 1);
	assert_int_equal(n, 6);
	assert_memory_equal(out, "\0 tail", 6);
	free(out);
}

static void run_asp(const char *page, const char *want_id)
{
	dd_layer_result *r = NULL;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	assert_int_equal(dd_analyzer_run_on_buffer(&r, &dd_analyzer_webshell_asp, "inetpub/wwwroot/x.asp", S_IFREG | 0644, page,
						    strlen(page), &o), 0);
	if (!want_id) {
		for (size_t i = 0; i < r->n_findings; i++)
			fail_msg("unexpected %s (%s)", r->findings[i].id, r->findings[i].title);
	} else {
		bool found = false;
		for (size_t i = 0; i < r->n_findings; i++)
			if (!strcmp(r->findings[i].id, want_id)) {
				found = true;
				assert_non_null(strstr(r->findings[i].description, "Script Encoder"));
			}
		if (!found)
			fail_msg("no %s in the encoded page (%zu findings)", want_id, r->n_findings);
	}
	dd_layer_result_free(r);
}

/* The ASP analyzer reads an encoded page as IIS runs it. */
static void test_asp_encoded_webshell(void **state)
{
	(void)state;
	char page[4096] = "<%@ LANGUAGE = VBScript.Encode %><%";
	encode(page, sizeof(page), "If Request(\"pass\") = \"x\" Then\r\n  Exe" "cute(Request(\"cmd\"))\r\nEnd If\r\n");
	strcat(page, "%>");
	run_asp(page, "webshell-asp-input-to-code");
	char page2[4096] = "<%@ LANGUAGE = VBScript.Encode %><%";
	encode(page2, sizeof(page2), "Set s = CreateObject(\"WScript.Shell\")\r\nSet e = s.Exec(\"cmd /c \" & Request.Form(\"c\"))\r\n"
		"Response.Write e.StdOut.ReadAll()\r\n");
	strcat(page2, "%>");
	run_asp(page2, "webshell-asp-input-to-command");
	char benign[8192] = "<%@ LANGUAGE = VBScript.Encode %><%";
	encode(benign, sizeof(benign), SCRIPT);
	strcat(benign, "%>");
	run_asp(benign, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_published_pairs),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_lost_dels_put_back),
		cmocka_unit_test(test_double_byte_text),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_asp_encoded_webshell),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
