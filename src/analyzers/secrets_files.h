/*
 * Sensitive files by name and shape: credential stores that tools write in
 * well-known places (.git-credentials, .netrc, .pgpass, .npmrc, .pypirc,
 * Docker and Podman auth files, kubeconfigs, .aws/credentials,
 * .aliyun/config.json, Terraform state, SSH host and user keys, shell and
 * client histories).
 *
 * The one idea: the name alone is not a finding (an empty .npmrc or a
 * .netrc without a password leaks nothing); each rule has a shape check on
 * the content that finds the credential itself, so the finding has a line
 * and a redactable match like any content rule. A file rule "supersedes"
 * content rules that would report the same credential again.
 */
#ifndef DD_ANALYZERS_SECRETS_FILES_H
#define DD_ANALYZERS_SECRETS_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/drydock.h"

typedef struct dd_secret_span {
	size_t start, end;    /* the credential: data[start, end) */
} dd_secret_span;

typedef struct dd_secret_file_rule {
	const char *id;
	const char *title;
	dd_severity severity;
	const char *remediation;
	/* path is the image path, base its last component */
	bool (*match_path)(const char *path, const char *base);
	/* Finds the first credential; false when the file holds none. */
	bool (*check)(const uint8_t *data, size_t len, dd_secret_span *out);
	const char *supersedes[4];   /* content rule ids, NULL-terminated */
} dd_secret_file_rule;

/* The rule for this path, or NULL. String tests only (used from wants()). */
const dd_secret_file_rule *dd_secret_file_rule_for(const char *path);
/* All rules, NULL-terminated (tests, docs). */
extern const dd_secret_file_rule *const dd_secret_file_rules[];

#endif
