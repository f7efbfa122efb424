/*
 * Just enough YAML for service configs (mongod.conf, elasticsearch.yml):
 * block mappings flattened to dotted keys ("security:\n  authorization: x"
 * and "security.authorization: x" both give key "security.authorization"),
 * scalar values unquoted with trailing comments removed. Lists, flow
 * collections and multi-line scalars are skipped. Depth and key length are
 * capped.
 */
#ifndef DD_CHECKS_YAML_FLAT_H
#define DD_CHECKS_YAML_FLAT_H

#include "checks/check_util.h"

int dd_yaml_flat(const char *data, size_t len,
	int (*fn)(const char *key, dd_span value, unsigned line, void *arg), void *arg);

#endif
