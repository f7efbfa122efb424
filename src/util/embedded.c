/* The bundled rule files (see embedded.h): unmasked in place, once. */
#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
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

static unsigned long long fnv(unsigned long long h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ull;
	}
	return h;
}

unsigned long long dd_embedded_digest(void)
{
	unsigned long long h = 1469598103934665603ull;
	for (const dd_embedded_file *f = dd_embedded_table(); f->name; f++) {
		h = fnv(h, f->name, strlen(f->name) + 1);
		h = fnv(h, f->data, f->len);
	}
	return h;
}

unsigned long long dd_dir_digest(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	unsigned long long sum = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		struct stat st;
		if (fstatat(dirfd(d), de->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
			continue;
		/* order-independent: readdir order is not stable */
		unsigned long long h = fnv(1469598103934665603ull, de->d_name, strlen(de->d_name));
		h = fnv(h, &st.st_size, sizeof(st.st_size));
		h = fnv(h, &st.st_mtim, sizeof(st.st_mtim));
		sum += h;
	}
	closedir(d);
	return sum;
}
