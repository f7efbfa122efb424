/* The bundled rule files (see embedded.h): unmasked in place, once. */
#include <pthread.h>
#include <string.h>

#include "util/embedded.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void unmask(void)
{
	for (dd_embedded_file *f = dd_embedded_files_masked; f->name; f++) {
		unsigned char *p = (unsigned char *)f->data;
		for (size_t i = 0; i <= f->len; i++)   /* the terminator too */
			p[i] ^= dd_embedded_mask;
	}
}

const dd_embedded_file *dd_embedded_table(void)
{
	pthread_once(&once, unmask);
	return dd_embedded_files_masked;
}

const dd_embedded_file *dd_embedded_get(const char *name)
{
	for (const dd_embedded_file *f = dd_embedded_table(); f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}
