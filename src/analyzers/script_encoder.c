/*
 * Microsoft Script Encoder blocks decoded (script_encoder.h).
 */
#include <ctype.h>
#include <limits.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/script_encoder.h"
#include "util/buf.h"
#include "util/error.h"

/* Which of the three tables decodes the character at position % 64. */
static const uint8_t pick[64] = {
	0, 2, 1, 0, 2, 1, 2, 1, 1, 2, 1, 2, 0, 1, 2, 1, 0, 1, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1, 2, 1, 1, 2,
	0, 0, 1, 2, 1, 2, 1, 0, 1, 0, 0, 2, 1, 0, 1, 2, 0, 1, 2, 1, 0, 0, 2, 1, 1, 0, 0, 2, 1, 0, 1, 2,
};

/* Encoded 0x20..0x7F to plain, per table; '@' (0x40) introduces an escape
 * and is never looked up. A tab (0x09) is an encoded character too. */
static const uint8_t table[3][96] = {
	{
		0x2e, 0x47, 0x7a, 0x56, 0x42, 0x6a, 0x2f, 0x26, 0x49, 0x41, 0x34, 0x32, 0x5b, 0x76, 0x72, 0x43,
		0x38, 0x39, 0x70, 0x45, 0x68, 0x71, 0x4f, 0x09, 0x62, 0x44, 0x23, 0x75, 0x3c, 0x7e, 0x3e, 0x5e,
		0xff, 0x77, 0x4a, 0x61, 0x5d, 0x22, 0x4b, 0x6f, 0x4e, 0x3b, 0x4c, 0x50, 0x67, 0x2a, 0x7d, 0x74,
		0x54, 0x2b, 0x2d, 0x2c, 0x30, 0x6e, 0x6b, 0x66, 0x35, 0x25, 0x21, 0x64, 0x4d, 0x52, 0x63, 0x3f,
		0x7b, 0x78, 0x29, 0x28, 0x73, 0x59, 0x33, 0x7f, 0x6d, 0x55, 0x53, 0x7c, 0x3a, 0x5f, 0x65, 0x46,
		0x58, 0x31, 0x69, 0x6c, 0x5a, 0x48, 0x27, 0x5c, 0x3d, 0x24, 0x79, 0x37, 0x60, 0x51, 0x20, 0x36,
	},
	{
		0x32, 0x30, 0x21, 0x29, 0x5b, 0x38, 0x33, 0x3d, 0x58, 0x3a, 0x35, 0x65, 0x39, 0x5c, 0x56, 0x73,
		0x66, 0x4e, 0x45, 0x6b, 0x62, 0x59, 0x78, 0x5e, 0x7d, 0x4a, 0x6d, 0x71, 0x3c, 0x60, 0x3e, 0x53,
		0xff, 0x42, 0x27, 0x48, 0x72, 0x75, 0x31, 0x37, 0x4d, 0x52, 0x22, 0x54, 0x6a, 0x47, 0x64, 0x2d,
		0x20, 0x7f, 0x2e, 0x4c, 0x5d, 0x7e, 0x6c, 0x6f, 0x79, 0x74, 0x43, 0x26, 0x76, 0x25, 0x24, 0x2b,
		0x28, 0x23, 0x41, 0x34, 0x09, 0x2a, 0x44, 0x3f, 0x77, 0x3b, 0x55, 0x69, 0x61, 0x63, 0x50, 0x67,
		0x51, 0x49, 0x4f, 0x46, 0x68, 0x7c, 0x36, 0x70, 0x6e, 0x7a, 0x2f, 0x5f, 0x4b, 0x5a, 0x2c, 0x57,
	},
	{
		0x2d, 0x75, 0x52, 0x60, 0x71, 0x5e, 0x49, 0x5c, 0x62, 0x7d, 0x29, 0x36, 0x20, 0x7c, 0x7a, 0x7f,
		0x6b, 0x63, 0x33, 0x2b, 0x68, 0x51, 0x66, 0x76, 0x31, 0x64, 0x54, 0x43, 0x3c, 0x3a, 0x3e, 0x7e,
		0xff, 0x45, 0x2c, 0x2a, 0x74, 0x27, 0x37, 0x44, 0x79, 0x59, 0x2f, 0x6f, 0x26, 0x72, 0x6a, 0x39,
		0x7b, 0x3f, 0x38, 0x77, 0x67, 0x53, 0x47, 0x34, 0x78, 0x5d, 0x30, 0x23, 0x5a, 0x5b, 0x6c, 0x48,
		0x55, 0x70, 0x69, 0x2e, 0x4c, 0x21, 0x24, 0x4e, 0x50, 0x09, 0x56, 0x73, 0x35, 0x61, 0x4b, 0x58,
		0x3b, 0x57, 0x22, 0x6d, 0x4d, 0x25, 0x28, 0x46, 0x4a, 0x32, 0x41, 0x3d, 0x5f, 0x4f, 0x42, 0x65,
	},
};

static const char tab_plain[3] = { 'W', '{', 'n' };

int dd_screnc_char(unsigned pos, unsigned char c)
{
	unsigned t = pick[pos & 63];
	if (c == '\t')
		return tab_plain[t];
	if (c < 0x20 || c >= 0x80)
		return c;
	return (unsigned char)table[t][c - 0x20];
}

static int escape_char(unsigned char c)
{
	switch (c) {
	case '&': return '\n';
	case '#': return '\r';
	case '*': return '>';
	case '!': return '<';
	case '$': return '@';
	default: return c;
	}
}

/* ---- counting positions ---- */

/* How the page's bytes form characters: each character is one unit of
 * the length field whatever its width (only ASCII characters take a
 * position). The original page is in an ANSI code page (single bytes, or
 * double bytes for GBK, Big5, Shift-JIS); a copy re-encoded as UTF-8 has
 * the same characters in other bytes. The length field tells which
 * reading the block was written in. */
enum { M_BYTES, M_UTF8, M_DBCS, M_MODES };

/* The bytes of the character at p. */
static size_t span(const unsigned char *p, const unsigned char *end, int mode)
{
	if (*p < 0x80 || mode == M_BYTES)
		return 1;
	if (mode == M_DBCS)
		return *p >= 0x81 && *p <= 0xFE && end - p >= 2 && p[1] >= 0x40 && p[1] <= 0xFE && p[1] != 0x7F ? 2 : 1;
	size_t n = *p >= 0xF0 && *p <= 0xF4 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 && *p <= 0xDF ? 2 : 1;
	if (n == 1 || (size_t)(end - p) < n)
		return 1;
	for (size_t k = 1; k < n; k++)
		if ((p[k] & 0xC0) != 0x80)
			return 1;
	return n;
}

/* Characters of the encoded text (an escape is two), as the length field
 * counts them. */
static uint64_t length_units(const unsigned char *p, const unsigned char *end, int mode, bool *ascii)
{
	uint64_t n = 0;
	*ascii = true;
	while (p < end) {
		if (*p >= 0x80)
			*ascii = false;
		p += span(p, end, mode);
		n++;
	}
	return n;
}

/* ---- putting lost DELs back ---- */

/* How much a decoded character reads like script: 2 * log2(96 * p) of the
 * character's share p among the printable characters of this project's
 * ASP and ASPX webshell corpus (tests/data/webshells, 111 KB of VBScript,
 * C# and HTML), clipped to [-8, 8]; control characters other than tab, LF
 * and CR: -8. A misaligned table emits every character about as often,
 * which averages well below zero; script averages above. */
static const signed char weight[128] = {
	-8, -8, -8, -8, -8, -8, -8, -8, -8, 2, 3, -8, -8, -8, -8, -8,
	-8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8,
	8, -8, 4, -3, -8, -3, -2, -3, -1, -1, -8, -7, -3, -2, 0, 0,
	0, -1, -5, -6, -6, -4, -7, -6, -5, -6, -2, -2, 2, 2, 2, -8,
	-8, -4, -4, -2, -3, -3, -2, -7, -5, -4, -8, -7, -4, -5, -4, -3,
	-3, -8, -2, -1, -2, -8, -6, -4, -8, -8, -7, -8, -6, -8, -8, -5,
	-8, 3, 0, 1, 2, 5, 1, 0, 1, 3, -5, -3, 3, 0, 4, 4,
	1, -5, 4, 3, 5, 1, -2, -2, -2, 0, -4, -7, -8, -7, -8, -8,
};

static int plausibility(int c)
{
	return c >= 0 && c < 128 ? weight[c] : -8;
}

/* Character classes, and how much more (or less) often than its share a
 * class follows another in the same corpus (2 * log2 of the ratio, clipped
 * to [-8, 6]): "Server" reads better than "S6GZr" by its letters, and
 * "SQLOLEDB" better than "tnn;\t\"" by its run of capitals. */
enum { C_LOWER, C_UPPER, C_DIGIT, C_SPACE, C_NEWLINE, C_QUOTE, C_PAREN, C_PUNCT, C_RARE, C_CLASSES };

static int char_class(int c)
{
	if (c >= 'a' && c <= 'z')
		return C_LOWER;
	if (c >= 'A' && c <= 'Z')
		return C_UPPER;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	if (c == ' ' || c == '\t')
		return C_SPACE;
	if (c == '\n' || c == '\r')
		return C_NEWLINE;
	if (c == '"')
		return C_QUOTE;
	if (c == '(' || c == ')')
		return C_PAREN;
	if (c > 0 && c < 128 && strchr(".,=&_:;'+-*/<>!#%?", c))
		return C_PUNCT;
	return C_RARE;
}

static const signed char follows[C_CLASSES][C_CLASSES] = {
	{ 1, -2, -6, -4, -3, -3, 0, 0, -4 },
	{ 0, 4, 1, -6, -8, -3, -1, -2, -1 },
	{ -7, 0, 6, -3, -2, 5, 2, 0, 2 },
	{ -3, 1, -2, 3, -5, -2, -4, -1, 2 },
	{ -5, -2, -8, 4, 3, -8, -8, -1, 2 },
	{ -4, 1, 3, 0, 2, -2, 4, 3, 4 },
	{ -3, 0, -4, -3, 5, 4, 6, 2, 2 },
	{ -2, 1, 1, -1, 4, 4, -3, 2, 0 },
	{ -4, -1, 2, -2, 6, 4, -1, -1, 6 },
};

/* The plausibility of c after prev, from a table built once (the
 * Viterbi pass asks it three times per state and character). */
static signed char pairs[128][128];
static pthread_once_t pairs_once = PTHREAD_ONCE_INIT;

static void pairs_build(void)
{
	for (int a = 0; a < 128; a++)
		for (int b = 0; b < 128; b++)
			pairs[a][b] = (signed char)(plausibility(b) + follows[char_class(a)][char_class(b)]);
}


/*
 * Where the lost DELs were: a Viterbi pass over the block. The state is
 * the shift (DELs put back so far, modulo 64: only the position modulo 64
 * picks a table); before each character zero, one or two DELs may go back
 * (two: "We" can encode as two DELs), each at a cost, and the character
 * then scores its plausibility at its shifted position. A real loss
 * misaligns everything after it, so the best path puts the DEL back there;
 * a shift taken for noise would have to be paid for 63 more times to
 * realign, so noise buys none. Back pointers take 2 bits per state and
 * character. Returns the places in order (a place repeated for two), at
 * most cap of them; *n their count. 0 or DD_ENOMEM.
 */
#define DEL_COST 24
#define SHIFTS 64

typedef struct del_plan {
	const unsigned char **at;
	size_t n;
} del_plan;

static int plan_dels(const unsigned char *p, const unsigned char *end, int mode, size_t cap, del_plan *plan)
{
	plan->at = NULL;
	plan->n = 0;
	/* the characters that can have a DEL before them: every ASCII one */
	size_t slots = 0;
	for (const unsigned char *q = p; q < end;) {
		if (*q >= 0x80) {
			q += span(q, end, mode);
			continue;
		}
		q += *q == '@' && q + 1 < end ? 2 : 1;
		slots++;
	}
	if (!slots)
		return 0;
	pthread_once(&pairs_once, pairs_build);
	uint64_t(*back)[2] = calloc(slots, sizeof(*back) * 2);   /* [slot][bit half] x 2 bits of 64 states */
	const unsigned char **at = calloc(slots, sizeof(*at));
	if (!back || !at) {
		free(back);
		free(at);
		return dd_error_oom();
	}
	static const int NONE = INT_MIN / 4;
	int score[SHIFTS], next[SHIFTS];
	for (int k = 0; k < SHIFTS; k++)
		score[k] = NONE;
	score[0] = 0;
	/* per state (shift), the previous character, this one and a DEL at
	 * this place, as decoded: the inner loop only looks up tables */
	unsigned char prevc[SHIFTS], cur[SHIFTS], del[SHIFTS];
	memset(prevc, '\n', sizeof(prevc));
	unsigned pos = 0;
	size_t i = 0;
	for (const unsigned char *q = p; q < end;) {
		if (*q >= 0x80) {
			q += span(q, end, mode);   /* no position: only ASCII characters pick tables */
			memset(prevc, 'a', sizeof(prevc));   /* text of another script reads as letters */
			continue;
		}
		bool esc = *q == '@' && q + 1 < end;
		for (int k = 0; k < SHIFTS; k++) {
			/* a lone '@' decodes to the escape mark and an escape of a
			 * byte from 0x80 to that byte: both read as the rarest */
			int v = esc ? escape_char(q[1]) : dd_screnc_char(pos + (unsigned)k, *q);
			cur[k] = (unsigned char)(v >= 0 && v < 128 ? v : 0x7f);
			del[k] = (unsigned char)dd_screnc_char(pos + (unsigned)k, 0x7f);
		}
		uint64_t lo = 0, hi = 0;
		for (int k = 0; k < SHIFTS; k++) {
			int best = NONE, how = 0;
			if (score[k] != NONE)
				best = score[k] + pairs[prevc[k]][cur[k]];
			int f1 = (k + SHIFTS - 1) % SHIFTS, f2 = (k + SHIFTS - 2) % SHIFTS;
			if (score[f1] != NONE) {
				int v = score[f1] + pairs[prevc[f1]][del[f1]] - DEL_COST + pairs[del[f1]][cur[k]];
				if (v > best) {
					best = v;
					how = 1;
				}
			}
			if (score[f2] != NONE) {
				int v = score[f2] + pairs[prevc[f2]][del[f2]] - DEL_COST + pairs[del[f2]][del[f1]] - DEL_COST +
					pairs[del[f1]][cur[k]];
				if (v > best) {
					best = v;
					how = 2;
				}
			}
			next[k] = best;
			lo |= (uint64_t)(how & 1) << k;
			hi |= (uint64_t)(how >> 1) << k;
		}
		memcpy(score, next, sizeof(score));
		memcpy(prevc, cur, sizeof(prevc));
		back[i][0] = lo;
		back[i][1] = hi;
		at[i] = q;
		i++;
		q += esc ? 2 : 1;
		pos++;
	}
	/* the path ends shifted by the number of DELs lost (modulo 64, which
	 * is what the state keeps): the length field says how many */
	int k = (int)(cap % SHIFTS);
	if (score[k] == NONE)
		for (int j = 0; j < SHIFTS; j++)
			if (score[j] > score[k])
				k = j;
	/* walk back, counting the places first */
	size_t total = 0;
	int s = k;
	for (size_t c = slots; c-- > 0;) {
		int how = (int)(back[c][0] >> s & 1) | (int)(back[c][1] >> s & 1) << 1;
		total += (size_t)how;
		s = (s - how + SHIFTS) % SHIFTS;
	}
	int rc = 0;
	if (total) {
		const unsigned char **out = calloc(total, sizeof(*out));
		if (!out)
			rc = dd_error_oom();
		else {
			size_t w = total;
			s = k;
			for (size_t c = slots; c-- > 0;) {
				int how = (int)(back[c][0] >> s & 1) | (int)(back[c][1] >> s & 1) << 1;
				for (int d = 0; d < how; d++)
					out[--w] = at[c];
				s = (s - how + SHIFTS) % SHIFTS;
			}
			plan->at = out;
			plan->n = total < cap ? total : cap;
		}
	}
	free(back);
	free(at);
	return rc;
}

/* ---- one block ---- */

/* The 32-bit little-endian number of 6 base64 characters and "==". */
static bool header_number(const unsigned char *p, uint32_t *v)
{
	unsigned char raw[6];
	/* EVP_DecodeBlock skips leading white space, which no field has */
	if (isspace(p[0]) || p[6] != '=' || p[7] != '=' || EVP_DecodeBlock(raw, p, 8) != 6)
		return false;
	*v = (uint32_t)raw[0] | (uint32_t)raw[1] << 8 | (uint32_t)raw[2] << 16 | (uint32_t)raw[3] << 24;
	return true;
}

/* True when every byte from 0x80 belongs to a well-formed UTF-8 sequence. */
static bool utf8_valid(const unsigned char *p, const unsigned char *end)
{
	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		size_t n = span(p, end, M_UTF8);
		if (n == 1)
			return false;
		p += n;
	}
	return true;
}

static int decode_block(dd_buf *out, const unsigned char *p, const unsigned char *end, uint32_t length, uint32_t sum,
			size_t *repair_budget, dd_screnc_stats *st)
{
	/* the reading: UTF-8 when the bytes are valid UTF-8 (double-byte
	 * text almost never is, and a UTF-8 copy read as double bytes can
	 * count near the length field by chance); else the code page reading
	 * whose count is the field's, or a few lost DELs short of it */
	bool ascii;
	int mode = M_BYTES;
	uint64_t bytes = length_units(p, end, M_BYTES, &ascii);
	if (!ascii && utf8_valid(p, end)) {
		mode = M_UTF8;
		bytes = length_units(p, end, M_UTF8, &ascii);
	} else if (!ascii && bytes != length) {
		bool a2;
		uint64_t n = length_units(p, end, M_DBCS, &a2);
		uint64_t gap_b = bytes <= length ? length - bytes : UINT64_MAX, gap_d = n <= length ? length - n : UINT64_MAX;
		if (gap_d < gap_b) {
			mode = M_DBCS;
			bytes = n;
		}
	}
	uint64_t missing = bytes < length ? length - bytes : 0;
	del_plan plan = { NULL, 0 };
	size_t size = (size_t)(end - p);
	if (missing && missing <= bytes / DD_SCRENC_REPAIR_RATIO && size <= DD_SCRENC_REPAIR_MAX_BLOCK &&
	    size <= *repair_budget) {
		*repair_budget -= size;
		int rc = plan_dels(p, end, mode, (size_t)missing, &plan);
		if (rc)
			return rc;
	}
	uint32_t total = 0;
	unsigned pos = 0;
	size_t next_del = 0;
	int rc = 0;
	while (p < end && !rc) {
		if (next_del < plan.n && plan.at[next_del] == p) {
			next_del++;
			int c = dd_screnc_char(pos, 0x7f);
			rc = dd_buf_putc(out, (char)c);
			total += (unsigned char)c;
			pos++;
			continue;
		}
		if (*p >= 0x80) {
			size_t n = span(p, end, mode);
			rc = dd_buf_put(out, p, n);
			for (size_t k = 0; k < n; k++)
				total += p[k];
			p += n;   /* passed through, no position taken */
			continue;
		}
		int c;
		if (*p == '@' && p + 1 < end) {
			c = escape_char(p[1]);
			p += 2;
		} else {
			c = *p == '@' ? '@' : dd_screnc_char(pos, *p);
			p++;
		}
		rc = dd_buf_putc(out, (char)c);
		total += (unsigned char)c;
		pos++;
	}
	free(plan.at);
	if (rc)
		return rc;
	st->blocks++;
	if (next_del)
		st->repaired++;
	if ((ascii || mode != M_UTF8) && total == sum)   /* the sum is of the page's own bytes */
		st->verified++;
	return 0;
}

/* ---- the page ---- */

static const char START[] = "#@~^", END[] = "^#~@";

bool dd_screnc_present(const char *src, size_t len)
{
	return src && memmem(src, len, START, 4) != NULL;
}

int dd_screnc_decode(const char *src, size_t len, char **out, size_t *out_len, dd_screnc_stats *stats)
{
	dd_screnc_stats local;
	dd_screnc_stats *st = stats ? stats : &local;
	memset(st, 0, sizeof(*st));
	*out = NULL;
	*out_len = 0;
	if (!dd_screnc_present(src, len))
		return 0;
	/* the decoded page is never longer than the page plus the DELs put back */
	dd_buf b = DD_BUF_INIT(len + len / DD_SCRENC_REPAIR_RATIO + 16);
	const unsigned char *s = (const unsigned char *)src, *end = s + len, *copied = s;
	size_t repair_budget = DD_SCRENC_REPAIR_MAX_PAGE;
	int rc = 0;
	while (!rc) {
		const unsigned char *m = memmem(copied, (size_t)(end - copied), START, 4);
		if (!m)
			break;
		const unsigned char *h = m + 4, *body = h + 8;
		uint32_t length, sum;
		const unsigned char *stop = body < end ? memmem(body, (size_t)(end - body), END, 4) : NULL;
		if (body > end || !header_number(h, &length) || !stop || stop - body < 8 ||
		    !header_number(stop - 8, &sum)) {
			/* not a block: the marker is text */
			rc = dd_buf_put(&b, copied, (size_t)(m + 4 - copied));
			copied = m + 4;
			continue;
		}
		if ((rc = dd_buf_put(&b, copied, (size_t)(m - copied))) != 0)
			break;
		rc = decode_block(&b, body, stop - 8, length, sum, &repair_budget, st);
		copied = stop + 4;
	}
	if (!rc)
		rc = dd_buf_put(&b, copied, (size_t)(end - copied));
	if (rc) {
		dd_buf_free(&b);
		return rc == DD_ELIMIT ? dd_error_oom() : rc;
	}
	if (!st->blocks) {
		dd_buf_free(&b);
		return 0;
	}
	*out_len = b.len;
	*out = dd_buf_detach(&b);
	return 0;
}
