/*
 * dd_imgwrite: the image writers (src/image/writer.h) from the command line,
 * for the shell tests: open SRC (any drydock reference), optionally append
 * one layer of host files, and write the result to an OCI layout or push it
 * to a registry. Prints what the push did as one JSON line.
 *
 *   dd_imgwrite [--plain-http] [--username U --password P] [--chunk BYTES]
 *       [--mount-from REPO]... [--add IMAGE_PATH=HOST_FILE]... [--dir PATH]...
 *       [--symlink PATH=TARGET]... [--whiteout PATH]... [--created-by TEXT]
 *       [--created TIME] [--annotation K=V]... [--label K=V]... [--layer-out FILE]
 *       SRC DEST            DEST: oci:DIR:TAG or docker://HOST/NAME:TAG
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image/writer.h"

#define MAX_ITEMS 64

static int die(const char *what)
{
	fprintf(stderr, "dd_imgwrite: %s: %s\n", what, dd_error_last());
	return 3;
}

static char *split(char *kv)
{
	char *eq = strchr(kv, '=');
	if (!eq) {
		fprintf(stderr, "dd_imgwrite: '%s' is not NAME=VALUE\n", kv);
		exit(2);
	}
	*eq = '\0';
	return eq + 1;
}

int main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "plain-http", no_argument, NULL, 'h' }, { "username", required_argument, NULL, 'u' },
		{ "password", required_argument, NULL, 'p' }, { "chunk", required_argument, NULL, 'c' },
		{ "mount-from", required_argument, NULL, 'm' }, { "add", required_argument, NULL, 'a' },
		{ "dir", required_argument, NULL, 'd' }, { "symlink", required_argument, NULL, 's' },
		{ "whiteout", required_argument, NULL, 'w' }, { "created-by", required_argument, NULL, 'b' },
		{ "created", required_argument, NULL, 't' }, { "annotation", required_argument, NULL, 'n' },
		{ "label", required_argument, NULL, 'l' }, { "layer-out", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 } };
	dd_push_options po = DD_PUSH_OPTIONS_INIT;
	dd_append_options ao = DD_APPEND_OPTIONS_INIT;
	const char *mounts[MAX_ITEMS + 1] = { 0 }, *ann[2 * MAX_ITEMS + 1] = { 0 }, *labels[2 * MAX_ITEMS + 1] = { 0 };
	char *adds[MAX_ITEMS], *dirs[MAX_ITEMS], *links[MAX_ITEMS], *whiteouts[MAX_ITEMS];
	size_t n_mounts = 0, n_ann = 0, n_labels = 0, n_adds = 0, n_dirs = 0, n_links = 0, n_wh = 0;
	const char *layer_out = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 'h': po.image.plain_http = true; break;
		case 'u': po.image.username = optarg; break;
		case 'p': po.image.password = optarg; break;
		case 'c': po.chunk_size = strtoull(optarg, NULL, 10); break;
		case 'm': if (n_mounts < MAX_ITEMS) mounts[n_mounts++] = optarg; break;
		case 'a': if (n_adds < MAX_ITEMS) adds[n_adds++] = optarg; break;
		case 'd': if (n_dirs < MAX_ITEMS) dirs[n_dirs++] = optarg; break;
		case 's': if (n_links < MAX_ITEMS) links[n_links++] = optarg; break;
		case 'w': if (n_wh < MAX_ITEMS) whiteouts[n_wh++] = optarg; break;
		case 'b': ao.created_by = optarg; break;
		case 't': ao.created = optarg; break;
		case 'n': if (n_ann < MAX_ITEMS) { ann[2 * n_ann + 1] = split(optarg); ann[2 * n_ann] = optarg; n_ann++; } break;
		case 'l': if (n_labels < MAX_ITEMS) { labels[2 * n_labels + 1] = split(optarg); labels[2 * n_labels] = optarg; n_labels++; } break;
		case 'o': layer_out = optarg; break;
		default: return 2;
		}
	}
	if (argc - optind != 2) {
		fputs("usage: dd_imgwrite [options] SRC DEST\n", stderr);
		return 2;
	}
	const char *src = argv[optind], *dest = argv[optind + 1];
	po.mount_from = n_mounts ? mounts : NULL;
	ao.annotations = n_ann ? ann : NULL;
	ao.labels = n_labels ? labels : NULL;
	dd_image_options io = po.image;
	dd_image *img = NULL;
	dd_image_draft *d = NULL;
	dd_layer_writer *w = NULL;
	char tmpl[] = "/tmp/dd_imgwrite-layer.XXXXXX";
	int fd = -1, rc = 0;
	if (dd_image_open(&img, src, &io) != 0)
		return die(src);
	if (dd_image_draft_new(&d, img) != 0) {
		rc = die("draft");
		goto out;
	}
	dd_layer_digests ld = { 0 };
	if (n_adds || n_dirs || n_links || n_wh) {
		if ((fd = layer_out ? open(layer_out, O_RDWR | O_CREAT | O_TRUNC, 0644) : mkstemp(tmpl)) < 0) {
			perror("layer file");
			rc = 3;
			goto out;
		}
		if (dd_layer_writer_new(&w, fd, NULL) != 0) {
			rc = die("layer writer");
			goto out;
		}
		for (size_t i = 0; i < n_dirs; i++)
			if (dd_layer_writer_add_dir(w, dirs[i], 0755) != 0) {
				rc = die(dirs[i]);
				goto out;
			}
		for (size_t i = 0; i < n_adds; i++) {
			char *host = split(adds[i]);
			struct stat st;
			dd_reader *r = NULL;
			if (stat(host, &st) != 0 || dd_reader_from_file(&r, host, 0, UINT64_MAX) != 0) {
				fprintf(stderr, "dd_imgwrite: %s: cannot read\n", host);
				rc = 3;
				goto out;
			}
			int e = dd_layer_writer_add_file(w, adds[i], st.st_mode & 07777, r, (uint64_t)st.st_size);
			dd_reader_close(r);
			if (e) {
				rc = die(adds[i]);
				goto out;
			}
		}
		for (size_t i = 0; i < n_links; i++) {
			char *target = split(links[i]);
			if (dd_layer_writer_add_symlink(w, links[i], target) != 0) {
				rc = die(links[i]);
				goto out;
			}
		}
		for (size_t i = 0; i < n_wh; i++)
			if (dd_layer_writer_add_whiteout(w, whiteouts[i]) != 0) {
				rc = die(whiteouts[i]);
				goto out;
			}
		if (dd_layer_writer_finish(w, &ld) != 0) {
			rc = die("layer");
			goto out;
		}
		if (dd_image_draft_append_layer(d, layer_out ? layer_out : tmpl, &ld, &ao) != 0) {
			rc = die("append");
			goto out;
		}
	}
	dd_push_stats st = { 0 };
	if (!strncmp(dest, "oci:", 4)) {
		char *dir = strdup(dest + 4), *colon = strrchr(dir, ':');
		if (!colon) {
			fprintf(stderr, "dd_imgwrite: oci:DIR:TAG needs a tag\n");
			free(dir);
			rc = 2;
			goto out;
		}
		*colon = '\0';
		int e = dd_oci_layout_write(d, dir, colon + 1);
		free(dir);
		if (e) {
			rc = die(dest);
			goto out;
		}
	} else if (dd_registry_push(d, dest, &po, &st) != 0) {
		rc = die(dest);
		goto out;
	}
	printf("{\"manifest\":\"%s\",\"config\":\"%s\",\"layer\":\"%s\",\"diff_id\":\"%s\",\"present\":%zu,"
		"\"mounted\":%zu,\"uploaded\":%zu,\"bytes\":%llu,\"chunks\":%zu}\n", d->manifest_digest, d->config_digest,
		ld.digest, ld.diff_id, st.blobs_present, st.blobs_mounted, st.blobs_uploaded,
		(unsigned long long)st.bytes_uploaded, st.chunks);
out:
	dd_layer_writer_free(w);
	if (fd >= 0) {
		close(fd);
		if (!layer_out)
			unlink(tmpl);
	}
	dd_image_draft_free(d);
	dd_image_free(img);
	return rc;
}
