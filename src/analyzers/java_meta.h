/*
 * What a Java archive says about itself: META-INF/maven/.../pom.properties,
 * the main section of META-INF/MANIFEST.MF, and the file name; and the rules
 * that turn them into Maven coordinates (group:artifact:version) when no
 * pom.properties names the archive. Used by the jar analyzer; kept apart so
 * each parser can be fuzzed and tested alone.
 *
 * The one idea: pom.properties is written by Maven from the real coordinates
 * and is trusted; the manifest and the file name are free text written by
 * people and build scripts, so every value taken from them must look like a
 * coordinate (no spaces, no "${...}" placeholders, no "%key" localization),
 * and a group that cannot be established is left unknown rather than guessed.
 */
#ifndef DD_ANALYZERS_JAVA_META_H
#define DD_ANALYZERS_JAVA_META_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_java_gav {
	char *group;        /* NULL when unknown */
	char *artifact;
	char *version;
} dd_java_gav;

typedef struct dd_java_manifest {
	char *impl_title;
	char *impl_version;
	char *impl_vendor_id;
	char *bundle_symbolic_name;   /* without ";singleton:=true"-style directives */
	char *bundle_version;
	char *automatic_module_name;
	char *spec_version;
} dd_java_manifest;

void dd_java_gav_clear(dd_java_gav *g);
void dd_java_manifest_clear(dd_java_manifest *m);

/*
 * Parses pom.properties (java.util.Properties syntax: '#'/'!' comments,
 * "key=value", "key: value" or "key value", backslash continuations and
 * escapes). Returns 0 with all three coordinates set and valid, DD_ENOTFOUND
 * when one is missing or malformed, DD_ENOMEM.
 */
int dd_java_pom_parse(dd_java_gav *out, const char *data, size_t len);

/*
 * Parses the main section of a MANIFEST.MF (JAR File Specification: lines
 * end with CRLF, LF or CR; a line starting with one space continues the
 * previous one; the main section ends at the first empty line). Keeps only
 * the attributes in dd_java_manifest, each at most 1 KiB, and only values
 * that are usable (see the file comment). Returns 0 or DD_ENOMEM.
 */
int dd_java_manifest_parse(dd_java_manifest *m, const char *data, size_t len);

/*
 * Splits an archive's file name "artifact-1.2.3.jar" at the first '-' that
 * is followed by a digit: artifact "artifact", version "1.2.3". Returns 0,
 * DD_ENOTFOUND when the name has no such form, DD_ENOMEM.
 */
int dd_java_filename_parse(const char *basename, char **artifact, char **version);

/*
 * The archive's own coordinates when no pom.properties gives them, from the
 * manifest (may be NULL) and the file name. Sets *named_by_manifest when the
 * artifact id came from the manifest (not from the file name). Returns 0
 * (group may be NULL: unknown), DD_ENOTFOUND, DD_ENOMEM.
 */
int dd_java_identify(dd_java_gav *out, bool *named_by_manifest, const dd_java_manifest *m, const char *basename);

/* The group of a well-known artifact whose jars ship without Maven metadata
 * (Spring's Gradle builds...); NULL when not known. */
const char *dd_java_known_group(const char *artifact);

/* Coordinate checks: Maven's [A-Za-z0-9_.-]+ for group and artifact ids
 * (at most 256 bytes); a version is 1-128 printable bytes without spaces or
 * "${" that starts with a letter or digit. */
bool dd_java_valid_id(const char *s);
bool dd_java_valid_version(const char *s);

#endif
