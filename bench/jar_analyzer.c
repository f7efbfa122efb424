/*
 * The jar analyzer alone, on archives already in memory: every *.jar *.war
 * *.ear under DIR (e.g. bench/java_jars.sh's WORK_DIR/jars), each analyzed
 * REPEAT times through the central directory and then streamed
 * (dd_scan_options.jar_stream). Prints CPU ms per archive and MB/s of archive
 * bytes; the tar, gzip and digest work of a real scan is not in it.
 *   bench_jar_analyzer DIR [REPEAT]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "scan/layer_result.h"

extern const dd_analyzer dd_analyzer_jar;

typedef struct file {
	char *path;
	char *data;
	size_t len;
} file;

static file *files;
static size_t n_files, cap_files;

static void collect(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		struct stat st;
		if (lstat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			collect(path);
			continue;
		}
		const char *dot = strrchr(de->d_name, '.');
		if (!S_ISREG(st.st_mode) || !dot || (strcmp(dot, ".jar") && strcmp(dot, ".war") && strcmp(dot, ".ear")))
			continue;
		FILE *fp = fopen(path, "rb");
		if (!fp)
			continue;
		char *data = malloc((size_t)st.st_size + 1);
		if (data && fread(data, 1, (size_t)st.st_size, fp) == (size_t)st.st_size) {
			if (n_files == cap_files) {
				cap_files = cap_files ? cap_files * 2 : 64;
				files = realloc(files, cap_files * sizeof(*files));
			}
			files[n_files++] = (file){ strdup(path), data, (size_t)st.st_size };
		} else {
			free(data);
		}
		fclose(fp);
	}
	closedir(d);
}

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void run(const char *label, int repeat, double mb, bool stream)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	opts.jar_stream = stream;
	size_t packages = 0;
	double t0 = cpu_now();
	for (int r = 0; r < repeat; r++) {
		for (size_t i = 0; i < n_files; i++) {
			dd_layer_result *res = NULL;
			if (dd_analyzer_run_on_buffer(&res, &dd_analyzer_jar, files[i].path + 1, 0, files[i].data,
				files[i].len, &opts) == 0) {
				if (r == 0)
					packages += res->n_packages;
				dd_layer_result_free(res);
			}
		}
	}
	double secs = cpu_now() - t0;
	printf("%-20s %zu files, %zu maven packages: %.3f ms CPU per file, %.0f MB/s of archive bytes\n", label,
		n_files, packages, secs * 1000 / ((double)n_files * repeat), mb * repeat / secs);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR [REPEAT]\n", argv[0]);
		return 2;
	}
	int repeat = argc > 2 ? atoi(argv[2]) : 20;
	collect(argv[1]);
	if (!n_files) {
		fprintf(stderr, "no archives under %s\n", argv[1]);
		return 1;
	}
	double bytes = 0;
	for (size_t i = 0; i < n_files; i++)
		bytes += (double)files[i].len;
	double mb = bytes / (1024.0 * 1024.0);
	printf("%.1f MB in %zu top-level archives, %d repeats\n", mb, n_files, repeat);
	run("central directory:", repeat, mb, false);
	run("streamed:", repeat, mb, true);
	return 0;
}
