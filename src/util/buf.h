/*
 * Bounded growable byte buffer (after curl's dynbuf): every buffer is created
 * with a maximum, and an append past it fails with DD_ELIMIT instead of
 * growing. Image bytes are hostile, so "how big can this get" is always
 * answered at the point of creation. The content is always NUL-terminated.
 */
#ifndef DD_UTIL_BUF_H
#define DD_UTIL_BUF_H

#include <stddef.h>
#include <stdarg.h>

typedef struct dd_buf {
	char *ptr;
	size_t len;
	size_t cap;
	size_t max;     /* maximum len; appends beyond fail */
} dd_buf;

#define DD_BUF_INIT(maxlen) { NULL, 0, 0, (maxlen) }

void dd_buf_init(dd_buf *b, size_t max);
int dd_buf_put(dd_buf *b, const void *data, size_t len);
int dd_buf_puts(dd_buf *b, const char *s);
int dd_buf_putc(dd_buf *b, char c);
int dd_buf_printf(dd_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int dd_buf_vprintf(dd_buf *b, const char *fmt, va_list ap);
/* Appends a Unicode code point as UTF-8 (the caller checks it is valid). */
int dd_buf_put_utf8(dd_buf *b, unsigned long cp);
/* Makes room for n more bytes without changing len. */
int dd_buf_reserve(dd_buf *b, size_t n);
void dd_buf_clear(dd_buf *b);
/* Hands the memory to the caller (who frees it); b is reset to empty. */
char *dd_buf_detach(dd_buf *b);
void dd_buf_free(dd_buf *b);

#endif
