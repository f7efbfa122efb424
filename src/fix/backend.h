/*
 * Fix backends: one const struct per package manager (curl's Curl_ssl table,
 * the analyzers' table), listed once in backend_list.h. The framework
 * (src/fix/fix.c) does everything that is the same for every package
 * manager: it reads the image once and collects the final-view files the
 * backend asked for, scans, selects and groups the vulnerabilities, writes
 * the patch layer into an image and rescans. A backend does the two steps
 * that differ:
 *
 *   plan   read the sources and the package DB from the collected files,
 *          fetch and verify the indexes, choose a candidate for each wanted
 *          package and the dependency closure, download and verify every
 *          package into ctx->work_dir. Fills dd_fix_plan: upgrades, and
 *          not_fixable for what cannot be done (by name, with why).
 *   build  write the new packages' files, whiteouts for files the old
 *          versions had and the new ones lack, and the package DB as the
 *          package manager would leave it, into a dd_layer_writer.
 *
 * Ownership: the framework owns the ctx, the collected files and the wants
 * (read-only to the backend, valid through plan and build). The backend
 * fills the plan's public arrays with malloc'ed strings the framework frees
 * (dd_fix_plan_clear), and may hang its own state on plan->state, freed by
 * its plan_free. Files under ctx->work_dir are removed by the framework.
 *
 * Every byte of an index, a package and the collected files is hostile:
 * bound sizes, counts and depth; anything that does not verify is an error
 * (nothing is written), never a skipped package.
 */
#ifndef DD_FIX_BACKEND_H
#define DD_FIX_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/drydock.h"
#include "image/writer.h"

/* ---- the collected final view (files.c) ---- */

/* One file of the final view (layers squashed, whiteouts applied). */
typedef struct dd_fix_file {
	char *path;                 /* image-relative, normalized ("etc/apk/repositories") */
	unsigned char *data;        /* content, NUL-terminated (data[len] == 0); NULL for a symlink */
	size_t len;
	uint32_t mode;              /* st_mode: type and permission bits */
	char *link;                 /* symlink target, else NULL */
} dd_fix_file;

/* A bounded path -> bytes map, sorted by path once collected. */
typedef struct dd_fix_files {
	dd_fix_file *v;
	size_t n, cap;
	uint64_t total;             /* bytes held */
	uint64_t max_total;         /* DD_ELIMIT beyond (a 100 MB package DB is refused, not read) */
	size_t max_files;
	bool sorted;
} dd_fix_files;

/* The file at path, or NULL. */
const dd_fix_file *dd_fix_files_get(const dd_fix_files *f, const char *path);
/* The files under a directory prefix ("etc/apk/keys/"), in path order:
 * *first and the count of consecutive entries. */
size_t dd_fix_files_under(const dd_fix_files *f, const char *prefix, const dd_fix_file **first);

/* ---- what the framework asks for ---- */

/* One vulnerability of a wanted package and its fixed version. */
typedef struct dd_fix_want_id {
	const char *id;
	const char *fixed;          /* NULL for a package carried from an earlier patch layer */
} dd_fix_want_id;

/* A package to upgrade: every selected vulnerability of it, or an upgrade an
 * earlier patch layer made (carried: it must stay at least at `fixed`). */
typedef struct dd_fix_want {
	const char *name;
	const char *installed;      /* as the scan saw it (the patched image's version on a re-fix) */
	const char *fixed;          /* the highest fixed version of its ids: the candidate must reach it */
	const dd_fix_want_id *ids;
	size_t n_ids;
	bool carried;
} dd_fix_want;

/* What a backend gets for both steps. */
typedef struct dd_fix_ctx {
	const dd_fix_files *files;  /* the final view of the layers below the patch */
	const char *work_dir;       /* private, exists; the backend's downloads go here */
	const char *sources;        /* --sources file content (NUL-terminated), or NULL: the image's */
	size_t sources_len;
	const char *sources_path;   /* its name, for messages */
	const char *package_dir;    /* look here for a package file by name before downloading; may be NULL */
	const char *arch;           /* image architecture as the OCI config says ("amd64") */
	const dd_fix_options *opts;
	dd_strv *notes;             /* caveats for the result (scripts not run, ...) */
} dd_fix_ctx;

/* ---- what the backend answers ---- */

typedef struct dd_fix_plan_upgrade {
	char *name;
	char *from;
	char *to;
	bool dependency;            /* added by the closure, not named by a vulnerability */
	bool scripts;               /* has maintainer scripts that do more than trivial things */
} dd_fix_plan_upgrade;

typedef struct dd_fix_plan_nf {
	char *package;
	char *why;                  /* "fixed version 1.2-r3 is not in the configured sources (highest 1.2-r1)" */
} dd_fix_plan_nf;

typedef struct dd_fix_plan {
	dd_fix_plan_upgrade *upgrades;
	size_t n_upgrades;
	dd_fix_plan_nf *not_fixable;    /* wanted packages the sources cannot upgrade far enough */
	size_t n_not_fixable;
	void *state;                /* the backend's (verified package files, parsed DB), for build */
} dd_fix_plan;

/* Helpers that fill a plan (plan.c); strings are copied. */
int dd_fix_plan_add_upgrade(dd_fix_plan *p, const char *name, const char *from, const char *to, bool dependency,
	bool scripts);
int dd_fix_plan_add_not_fixable(dd_fix_plan *p, const char *package, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Downloads url into the file dest (fetch.c), at most max bytes (DD_ELIMIT).
 * https, or http to the loopback host only; a local absolute path only when
 * local_ok (the user's --sources, never the image's own sources, which
 * name the image's filesystem). DD_ENET names the URL and the HTTP status. */
int dd_fix_fetch(const dd_fix_ctx *ctx, const char *url, const char *dest, uint64_t max, bool local_ok);
/* As dd_fix_fetch, and plain http to any host too: for files whose every
 * byte is checked against a signature before use (apt: the InRelease
 * through gpgv, everything else by the SHA-256 its signed text gives), as
 * apt itself fetches Debian's http mirrors. */
int dd_fix_fetch_signed(const dd_fix_ctx *ctx, const char *url, const char *dest, uint64_t max, bool local_ok);

/* One maintainer script for --run-scripts: its bytes (the backend's copy:
 * an old version's script is gone from the tree once the patch is
 * applied), its arguments and when it runs. */
typedef struct dd_fix_script {
	char *package;
	char *name;                 /* "postinst", ".post-upgrade" */
	char *args[3];              /* up to two arguments ("configure", "1.0-1"), NULL-terminated */
	char *env[3];               /* "NAME=value" beside PATH, HOME, LANG; NULL-terminated */
	unsigned char *data;
	size_t len;
	bool before;                /* runs on the tree before the patch is applied (prerm, preinst) */
} dd_fix_script;

typedef struct dd_fix_scripts {
	dd_fix_script *v;
	size_t n;
} dd_fix_scripts;

/* Appends a script (strings and data copied; a2 and env may be NULL). */
int dd_fix_scripts_add(dd_fix_scripts *s, const char *package, const char *name, const char *a1, const char *a2,
	const char *const *env, const void *data, size_t len, bool before);
void dd_fix_scripts_free(dd_fix_scripts *s);

typedef struct dd_fix_backend {
	unsigned version;           /* DD_FIX_BACKEND_VERSION */
	const char *name;           /* "apk" */
	const char *pkg_type;       /* dd_package.type / purl type of its packages: "apk", "deb" */
	const char *ecosystem;      /* dd_vercmp ecosystem: "Alpine", "Debian" */
	const char *const *os_families; /* dd_report.os_family values it serves, NULL-terminated */
	/* Which final-view files to collect (exact paths and prefixes: the DB,
	 * sources, keys, conffiles): a cheap test on the path only. */
	bool (*wants)(const char *path);
	uint64_t max_file;          /* largest collected file (larger: DD_ELIMIT, named) */
	uint64_t max_total;         /* all collected files together */
	/* The package DB's path: a final view without it is "no package DB"
	 * (DD_EINVAL, exit 2). */
	const char *db_path;
	int (*plan)(const dd_fix_ctx *ctx, const dd_fix_want *wants, size_t n_wants, dd_fix_plan *plan);
	int (*build)(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_layer_writer *w);
	void (*plan_free)(void *state);
	/* --run-scripts and ld.so.cache (post.c) */
	/* The plan's maintainer scripts in the package manager's order (dpkg:
	 * old prerm, new preinst, then after the unpack old postrm, new
	 * postinst). NULL: the backend runs none. */
	int (*scripts)(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_fix_scripts *out);
	/* After build: did the upgrade add or drop shared-library file names
	 * (libfoo.so.2 beside or instead of libfoo.so.1)? Then the framework
	 * compares the SONAMEs with the host's ldconfig and regenerates
	 * ld_cache. NULL: never. */
	bool (*libs_changed)(const dd_fix_plan *plan);
	const char *ld_cache;       /* "etc/ld.so.cache", or NULL (musl has none) */
} dd_fix_backend;
#define DD_FIX_BACKEND_VERSION 1

/* The table (backend_list.c), NULL-terminated. */
extern const dd_fix_backend *const dd_fix_backends[];
/* The backend for an OS family, or NULL. */
const dd_fix_backend *dd_fix_backend_for(const char *os_family);

/* Frees the plan's arrays and, through b->plan_free, its state. */
void dd_fix_plan_clear(const dd_fix_backend *b, dd_fix_plan *p);

#endif
