/*
 * Dockle's own verdicts for the checkpoints drydock names as aliases.
 *
 * drydock's build and config rules read commands the way a shell does
 * (history_cmd.h), which finds more than Dockle and fewer false alarms; but
 * a finding that carries a Dockle checkpoint id as its alias promises
 * Dockle's verdict. This module reproduces Dockle's semantics
 * (goodwithtech/dockle, pkg/assessor/manifest and CHECKPOINT.md): a
 * created_by line split on "&&" then on spaces, checkpoints decided by which
 * exact words a segment holds. The history and config checks attach an
 * alias only where Dockle agrees, and report Dockle's finding themselves
 * where none of their own rules did.
 */
#ifndef DD_CHECKS_DOCKLE_H
#define DD_CHECKS_DOCKLE_H

#include <stdbool.h>
#include <stddef.h>

/* Checkpoints Dockle decides from one history entry (bits). */
enum {
	DD_DOCKLE_SUDO = 1u << 0,          /* DKL-DI-0001: the word "sudo" */
	DD_DOCKLE_UPDATE_ALONE = 1u << 1,  /* CIS-DI-0007: apt update with no install/upgrade after it */
	DD_DOCKLE_DIST_UPGRADE = 1u << 2,  /* DKL-DI-0003: apt(-get) dist-upgrade */
	DD_DOCKLE_APK_CACHE = 1u << 3,     /* DKL-DI-0004: apk add without --no-cache */
	DD_DOCKLE_APT_LISTS = 1u << 4,     /* DKL-DI-0005: apt update/install, lists not removed after */
	DD_DOCKLE_ADD = 1u << 5,           /* CIS-DI-0009: an ADD (the image's first ADD is exempt: caller's job) */
	DD_DOCKLE_CREDENTIAL = 1u << 6,    /* CIS-DI-0010: NAME=value with a credential-like NAME */
	DD_DOCKLE_COUNT = 7
};

/* The checkpoint id of one bit ("CIS-DI-0007"), or NULL. */
const char *dd_dockle_id(unsigned bit);

/*
 * Dockle's verdicts on one history entry's created_by (bits above). When
 * DD_DOCKLE_CREDENTIAL is set and var/var_len are given, *var points at the
 * first suspicious NAME inside created_by (unquoted words only; quoted names
 * give a NULL *var) and *var_len is its length.
 */
unsigned dd_dockle_history(const char *created_by, size_t n, const char **var, size_t *var_len);

/* Dockle's credential-name test (CIS-DI-0010): NAME holds PASS, SECRET, KEY,
 * ACCESS or TOKEN, any case, and is not GPG_KEY / GPG_KEYS. */
bool dd_dockle_credential_name(const char *name, size_t n);

/* CIS-DI-0001: Dockle flags only an empty User and the literal "root". */
bool dd_dockle_root_user(const char *user);

/* DKL-DI-0002: Dockle's sensitive volumes are exactly /sys, /dev and /proc. */
bool dd_dockle_sensitive_volume(const char *path);

#endif
