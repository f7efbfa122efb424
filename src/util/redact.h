/*
 * The one redaction policy for every secret drydock prints (secret
 * findings, credentials in ENV, quoted build commands): a few leading
 * characters so a user can recognise which key it is, never enough to use
 * it. "LTAI****************".
 */
#ifndef DD_UTIL_REDACT_H
#define DD_UTIL_REDACT_H

#include <stddef.h>
#include <stdint.h>

/* At most 4 leading bytes kept (fewer for short secrets: len/4), only when
 * printable ASCII, the rest as '*' (at most 32, at least 1). Returns a
 * malloc'ed string, NULL on OOM. */
char *dd_redact(const void *s, size_t len);

/* The `match` of a guessed password: a secret's prefix names its kind, but a
 * password's first character and length only shrink the next guess. */
#define DD_REDACTED_PASSWORD "********"

#endif
