/* Fuzzes the text parsers of the dpkg fix backend; the first byte picks
 * one: deb822 stanzas, apt sources (one-line, deb822), a Packages index,
 * a dpkg status (parse, stanza from control, rewrite), relations, an
 * armored key, a Release SHA256 list. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apt_index.h"
#include "fix/apt_keys.h"
#include "fix/apt_release.h"
#include "fix/apt_sources.h"
#include "fix/deb822.h"
#include "fix/dpkg_db.h"
#include "fix/dpkg_deps.h"

static void stanzas(const char *t, size_t n)
{
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	if (!st)
		return;
	dd_deb822_init(&it, t, n, n & 1, "fuzz");
	while (dd_deb822_next(&it, st) == 1) {
		dd_span v = dd_deb822_get(st, "Description"), line, w;
		while (dd_deb822_value_lines(&v, &line))
			while (dd_deb822_word(&line, &w))
				;
	}
	free(st);
}

static void relations(const char *t, size_t n)
{
	dd_span rest = { t, n }, clause;
	while (dd_dep_next_clause(&rest, &clause)) {
		dd_dep_atom a;
		while (dd_dep_next_alt(&clause, &a) == 1) {
			bool ok;
			dd_dep_version_ok((dd_span){ "1.0-1", 5 }, a.op, a.version, &ok);
		}
	}
}

static void status(const char *t, size_t n)
{
	dd_dpkg_db db;
	if (dd_dpkg_db_parse(&db, t, n, "status"))
		return;
	dd_buf out = DD_BUF_INIT(1u << 26), st = DD_BUF_INIT(1u << 20);
	dd_dpkg_stanza_repl r = { db.n ? &db.v[0] : NULL, "Package: x\nVersion: 2", 21 };
	dd_dpkg_status_rewrite(&db, &r, 1, &out);
	dd_dpkg_stanza_from_control(t, n, "/etc/x 0123\n", &st);
	if (db.n)
		dd_dpkg_conffile_md5(&db.v[0], "/etc/x");
	dd_buf_free(&out);
	dd_buf_free(&st);
	dd_dpkg_db_free(&db);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* a NUL-terminated copy: the parsers take spans, the control reader a string */
	char *t = malloc(size);
	if (!t)
		return 0;
	memcpy(t, data + 1, size - 1);
	t[size - 1] = '\0';
	size_t n = size - 1;
	switch (data[0] % 7) {
	case 0:
		stanzas(t, n);
		break;
	case 1:
	case 2: {
		dd_apt_sources s = { 0 };
		dd_apt_sources_parse(&s, t, n, data[0] % 7 == 2, "fuzz");
		dd_apt_sources_free(&s);
		break;
	}
	case 3: {
		dd_apt_index ix = { 0 };
		char *copy = malloc(n + 1);
		if (copy) {
			memcpy(copy, t, n + 1);
			dd_apt_index_add(&ix, copy, n, 0, "amd64", "fuzz");
			dd_apt_index_finish(&ix);
			const dd_apt_pkg *first;
			dd_apt_index_find(&ix, "libc6", 5, &first);
		}
		dd_apt_index_free(&ix);
		break;
	}
	case 4:
		status(t, n);
		break;
	case 5:
		relations(t, n);
		break;
	default: {
		unsigned char *bin = NULL;
		size_t blen;
		if (dd_apt_dearmor(t, n, &bin, &blen, "fuzz") == 0)
			free(bin);
		uint64_t sz;
		char hex[65];
		dd_apt_release_lookup(t, n, "main/binary-amd64/Packages.xz", &sz, hex);
		break;
	}
	}
	free(t);
	return 0;
}
