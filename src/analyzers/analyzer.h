/*
 * The analyzer framework: each analyzer is one const struct in its own file,
 * listed once in analyzer_list.h (like YARA's module_list). The layer walker
 * shows every tar entry's path/mode/size to each enabled analyzer's cheap
 * wants() filter; a file that someone wants is read once, up to the largest
 * max_size among the analyzers that want it, and handed to each of them.
 *
 * Analyzers run concurrently on different layers: they keep no mutable global
 * state. Shared read-only state (compiled rules) comes from init() and is
 * reached with dd_analysis_state(); per-call scratch is allocated per call or
 * kept _Thread_local.
 *
 * Results are tied to the file they came from (path, layer), so the squash
 * step can drop what a later layer deleted or replaced, and the layer cache
 * can store them per layer.
 */
#ifndef DD_ANALYZERS_ANALYZER_H
#define DD_ANALYZERS_ANALYZER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>

#include "drydock/drydock.h"
#include "util/reader.h"

typedef struct dd_file {
	const char *path;       /* normalized: relative, no leading '/', no '.' or '..' parts */
	uint32_t mode;          /* st_mode: type and permission bits */
	uint64_t size;
	uint32_t uid, gid;
	const char *layer;      /* digest of the layer (NULL for dir: sources) */
	int layer_index;
} dd_file;

/* Where an analyzer's results go (one per layer being read). Opaque. */
typedef struct dd_analysis dd_analysis;

/*
 * Adds a package. The struct is deep-copied; NULL path means the file being
 * analyzed, NULL layer means its layer. An OS package without purl gets one
 * after OS detection (the distro qualifier needs the release).
 */
int dd_analysis_add_package(dd_analysis *a, const dd_package *pkg);
/* Adds a file finding (secret, malware). Deep-copied; path/layer default as above. */
int dd_analysis_add_finding(dd_analysis *a, const dd_finding *f);
/* Keeps a file's content for image-level checks, which see the final
 * (squashed) version of each kept path. At most 1 MiB per file. */
int dd_analysis_keep_file(dd_analysis *a, const dd_file *f, const void *data, size_t len);
/*
 * Records a caveat about the file being analyzed. `incomplete` marks the
 * whole scan incomplete (something that should have been read was not);
 * otherwise it is an informational note. The message is prefixed with the
 * layer and path.
 */
void dd_analysis_note(dd_analysis *a, bool incomplete, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The state this analyzer's init() returned (NULL if it has none). */
void *dd_analysis_state(dd_analysis *a);
/* The scan's options (rules dir, scanners...); the defaults when the
 * analysis was made without any (tests). Never NULL. */
const dd_scan_options *dd_analysis_options(dd_analysis *a);

typedef struct dd_analyzer {
	const char *name;
	/* Bump when the analyzer's output changes: cached layer results made by
	 * an older version are then ignored. */
	unsigned version;
	/* DD_SCANNER_* bits that enable this analyzer. */
	unsigned scanners;
	/* Largest file handed to analyze(); bigger files are skipped. With
	 * note_oversize (package DBs, lock files: files whose loss leaves the
	 * inventory short) a skipped file is a note that marks the scan
	 * incomplete; without it (content scanners) skipping is silent policy.
	 * analyze_stream() gets any size. */
	uint64_t max_size;
	bool note_oversize;
	/* Cheap filter on the entry header only. Must not allocate. */
	bool (*wants)(const char *path, uint32_t mode, uint64_t size);
	/* The exact paths wants() accepts (package DBs, release files),
	 * NULL-terminated; may be NULL. Nothing can list the names below a
	 * symlinked directory, so these are what the link settlement looks for
	 * there: `lib/apk/db -> /tmp/d` makes `tmp/d/installed` the DB
	 * (links.c). */
	const char *const *paths;
	/* Whole-file analysis; data is NUL-terminated (data[len] == 0). */
	int (*analyze)(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len);
	/* Streaming analysis for large files (archives, binaries). When set it is
	 * used instead of analyze(). `in` yields exactly f->size bytes. */
	int (*analyze_stream)(dd_analysis *a, const dd_file *f, dd_reader *in);
	/* Optional: build shared read-only state once per engine (the engine
	 * shares it between its scans, which may run at once). */
	int (*init)(void **state, const dd_scan_options *opts);
	void (*free)(void *state);
	/* Optional: build now what init() leaves for the first file (compiled
	 * built-in rules); called by an engine that is not lazy. */
	int (*warm)(void *state);
} dd_analyzer;

/* The table (analyzer_list.c), NULL-terminated. */
extern const dd_analyzer *const dd_analyzers[];

/* Helpers for wants() filters. */
static inline bool dd_mode_is_regular(uint32_t mode) { return S_ISREG(mode); }
/* Last path component. */
const char *dd_path_basename(const char *path);
/* True when path ends with "/"+name or equals name. */
bool dd_path_has_basename(const char *path, const char *name);
/* The component of path ending just before `end` (a '/' in path, or its
 * end): sets *start and returns its length. Walking parents of a basename:
 * dd_path_component_before(path, base - 1, &dir). */
size_t dd_path_component_before(const char *path, const char *end, const char **start);

#endif
