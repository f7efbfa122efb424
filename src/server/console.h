/*
 * The web console's files (web/, bundled by esbuild at build time and
 * embedded by cmake/embed_console.py): served at / by http.c, no file on
 * disk and nothing fetched at run time.
 */
#ifndef DD_SERVER_CONSOLE_H
#define DD_SERVER_CONSOLE_H

#include <stddef.h>

typedef struct dd_console_asset {
	const char *path;               /* "/", "/assets/app.js" */
	const char *type;               /* Content-Type */
	const unsigned char *data;
	size_t len;
	const unsigned char *gz;        /* gzip of data (NULL: none) */
	size_t gz_len;
} dd_console_asset;

/* generated: the table, ended by a NULL path */
extern const dd_console_asset dd_console_assets[];

/* The asset served at url, or NULL. */
const dd_console_asset *dd_srv_console_find(const char *url);

#endif
