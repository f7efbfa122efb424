/* Secret redaction (see redact.h). */
#include <stdlib.h>
#include <string.h>

#include "util/redact.h"

char *dd_redact(const void *secret, size_t len)
{
	const uint8_t *s = secret;
	/* a short secret keeps less: four characters of a password say a lot */
	size_t keep = len / 4 < 4 ? len / 4 : 4;
	size_t stars = len - keep > 32 ? 32 : len - keep;
	if (len && stars == 0)
		stars = 1;
	char *out = malloc(keep + stars + 1);
	if (!out)
		return NULL;
	for (size_t i = 0; i < keep; i++)
		/* the kept prefix is printable ASCII or it is masked too */
		out[i] = s[i] >= 0x21 && s[i] < 0x7f ? (char)s[i] : '*';
	memset(out + keep, '*', stars);
	out[keep + stars] = '\0';
	return out;
}
