/*
 * Python core metadata (METADATA / PKG-INFO), shared by the installed
 * distribution analyzer (python_dist.c) and the .egg archive one
 * (python_egg.c).
 */
#ifndef DD_ANALYZERS_PYTHON_DIST_H
#define DD_ANALYZERS_PYTHON_DIST_H

#include <stddef.h>
#include <stdint.h>

#include "analyzers/analyzer.h"

/* Adds the package a METADATA/PKG-INFO text describes (path: the file being
 * analyzed). DD_EFORMAT without Name and Version. */
int dd_python_metadata_add(dd_analysis *a, const uint8_t *data, size_t len);

#endif
