/*
 * Cost of decoding Microsoft Script Encoder blocks (src/analyzers/
 * script_encoder.c): an intact block against the same block with its DEL
 * characters lost (the Viterbi repair), at SIZE KB of VBScript.
 *   bench_script_encoder [SIZE_KB]   (default 256; the repair's cap is 512)
 * Prints MB/s of each and the repair's cost ratio, and how many characters
 * the repair got wrong.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyzers/script_encoder.h"

static const char *const lines[] = {
	"Set conn = Server.CreateObject(\"ADODB.Connection\")\r\n",
	"sql = \"SELECT name, price FROM goods WHERE id = \" & CLng(Request.QueryString(\"id\"))\r\n",
	"\tResponse.Write \"<tr><td>\" & Server.HTMLEncode(rs(\"name\")) & \"</td></tr>\"\r\n",
	"If Session(\"user\") = \"\" Then Response.Redirect \"login.asp\"\r\n",
	"Function Decode(s): Decode = Replace(Replace(s, \"&lt;\", \"<\"), \"&gt;\", \">\"): End Function\r\n",
};

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void b64(char *dst, unsigned v)
{
	static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned long long bits = ((unsigned long long)(v & 0xff) << 24 | (v >> 8 & 0xff) << 16 | (v >> 16 & 0xff) << 8 |
				   (v >> 24)) << 4;
	for (int k = 0; k < 6; k++)
		dst[k] = A[bits >> (30 - 6 * k) & 63];
	dst[6] = dst[7] = '=';
}

int main(int argc, char **argv)
{
	size_t kb = argc > 1 ? strtoul(argv[1], NULL, 10) : 256;
	size_t want = kb * 1024;
	char *plain = malloc(want + 256), *page = malloc(2 * want + 64), *lost = malloc(2 * want + 64);
	size_t n = 0;
	for (size_t i = 0; n < want; i++) {
		size_t l = strlen(lines[i % 5]);
		memcpy(plain + n, lines[i % 5], l);
		n += l;
	}
	plain[n] = 0;
	/* encode */
	size_t m = 12;
	unsigned pos = 0, sum = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)plain[i];
		sum += ch;
		const char *esc = ch == '\n' ? "@&" : ch == '\r' ? "@#" : ch == '<' ? "@!" : ch == '>' ? "@*" : NULL;
		if (esc) {
			memcpy(page + m, esc, 2);
			m += 2;
		} else {
			int c;
			for (c = 0x09; c < 0x80; c = c == 0x09 ? 0x20 : c + 1)
				if (c != '@' && dd_screnc_char(pos, (unsigned char)c) == ch)
					break;
			page[m++] = (char)c;
		}
		pos++;
	}
	memcpy(page, "#@~^", 4);
	b64(page + 4, (unsigned)(m - 12));
	b64(page + m, sum);
	memcpy(page + m + 8, "^#~@", 4);
	m += 12;
	size_t lm = 0, dels = 0;
	for (size_t i = 0; i < m; i++) {
		if (page[i] == 0x7f)
			dels++;
		else
			lost[lm++] = page[i];
	}
	char *out = NULL;
	size_t outn = 0;
	dd_screnc_stats st;
	double t0 = now_s();
	if (dd_screnc_decode(page, m, &out, &outn, &st) || !out || outn != n || memcmp(out, plain, n)) {
		fprintf(stderr, "the intact block did not decode to the script\n");
		return 1;
	}
	double t1 = now_s();
	free(out);
	if (dd_screnc_decode(lost, lm, &out, &outn, &st) || !out) {
		fprintf(stderr, "the repaired block did not decode\n");
		return 1;
	}
	double t2 = now_s();
	size_t wrong = 0;
	for (size_t i = 0; i < n && i < outn; i++)
		wrong += out[i] != plain[i];
	printf("block of %zu KB (%zu encoded bytes, %zu DELs)\n", n / 1024, m, dels);
	printf("intact:   %.3f s, %.1f MB/s\n", t1 - t0, (double)m / 1e6 / (t1 - t0));
	printf("repaired: %.3f s, %.1f MB/s (%.0fx the intact decode); %zu of %zu characters wrong (%.2f%%), %s\n", t2 - t1,
	       (double)lm / 1e6 / (t2 - t1), (t2 - t1) / (t1 - t0), wrong, n, 100.0 * (double)wrong / (double)n,
	       st.verified ? "checksum matches" : "checksum differs");
	free(out);
	free(plain);
	free(page);
	free(lost);
	return 0;
}
