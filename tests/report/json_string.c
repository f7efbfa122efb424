/* JSON string encoding (text.c put_json_string, reached through dd_jw_str):
 * it scans eight bytes at a time, so every byte that needs attention ('"',
 * '\\', controls, multi-byte UTF-8, invalid bytes) is tried at every offset
 * of strings from 0 to 40 bytes; each output parses back (jansson) to the
 * input, with U+FFFD for each invalid byte. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/text.h"
#include "testutil.h"

static char *encode(const char *s)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_non_null(fp);
	dd_jw w;
	dd_jw_init(&w, fp, 0);
	dd_jw_str(&w, s);
	fclose(fp);
	return out;
}

static void check(const char *in, const char *want, bool plain)
{
	char *enc = encode(in);
	json_error_t err;
	json_t *j = json_loads(enc, JSON_DECODE_ANY, &err);
	if (!j)
		fail_msg("not JSON: %s (%s)", enc, err.text);
	assert_true(json_is_string(j));
	if (strcmp(json_string_value(j), want))
		fail_msg("encoded %s decodes to '%s', want '%s'", enc, json_string_value(j), want);
	/* only '"', '\\' and controls are escaped: plain text goes out as is */
	if (plain)
		assert_int_equal(strlen(enc), strlen(in) + 2);
	json_decref(j);
	free(enc);
}

static void test_every_offset(void **state)
{
	(void)state;
	static const struct { const char *in, *out; bool plain; } special[] = {
		{ "\"", "\"", false }, { "\\", "\\", false }, { "\n", "\n", false }, { "\t", "\t", false },
		{ "\r", "\r", false }, { "\x01", "\x01", false }, { "\x1f", "\x1f", false },
		{ " ", " ", true }, { "~", "~", true }, { "\x7f", "\x7f", true },
		{ "\xc3\xa9", "\xc3\xa9", true },                 /* é */
		{ "\xe2\x82\xac", "\xe2\x82\xac", true },         /* € */
		{ "\xf0\x9f\x90\xb3", "\xf0\x9f\x90\xb3", true }, /* a whale */
		{ "\xff", "\xef\xbf\xbd", false },                /* invalid: U+FFFD */
		{ "\xc3", "\xef\xbf\xbd", false },                /* a truncated sequence */
	};
	char in[64], want[128];
	for (size_t len = 0; len <= 40; len++) {
		for (size_t pos = 0; pos <= len; pos++) {
			for (size_t k = 0; k < sizeof(special) / sizeof(*special); k++) {
				/* filler, the special sequence at pos, filler up to len */
				size_t sl = strlen(special[k].in);
				memset(in, 'a', pos);
				memcpy(in + pos, special[k].in, sl);
				memset(in + pos + sl, 'b', len - pos);
				in[len + sl] = '\0';
				memset(want, 'a', pos);
				size_t ol = strlen(special[k].out);
				memcpy(want + pos, special[k].out, ol);
				memset(want + pos + ol, 'b', len - pos);
				want[len + ol] = '\0';
				check(in, want, special[k].plain);
			}
		}
	}
	check("", "", true);
	check("plain ASCII longer than one word, no escapes at all", "plain ASCII longer than one word, no escapes at all", true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_offset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
