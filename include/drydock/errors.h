/*
 * drydock error codes.
 *
 * Every public function returns 0 on success or one of these negative codes,
 * and leaves a one-line human message in dd_error_last() (thread-local, like
 * libgit2's git_error_last). The message names what failed (image, layer,
 * file) and, where it can, what the user should do.
 */
#ifndef DRYDOCK_ERRORS_H
#define DRYDOCK_ERRORS_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dd_error_code {
	DD_OK = 0,
	DD_ERROR = -1,        /* generic failure */
	DD_ENOMEM = -2,       /* allocation failed */
	DD_EINVAL = -3,       /* bad argument or usage */
	DD_EFORMAT = -4,      /* input is malformed (hostile or corrupt image data) */
	DD_ENOTFOUND = -5,    /* blob, manifest, file or tag does not exist */
	DD_EIO = -6,          /* local I/O failure */
	DD_ENET = -7,         /* network / registry failure (after retries) */
	DD_EAUTH = -8,        /* registry refused our credentials (401/403) */
	DD_EDIGEST = -9,      /* content does not match its digest */
	DD_ELIMIT = -10,      /* a safety cap was hit (size, ratio, depth, count) */
	DD_EUNSUPPORTED = -11,/* valid but unsupported input (schema 1 manifest...) */
	DD_ENODB = -12,       /* advisory database missing or unusable */
	DD_ECANCELED = -13,   /* stopped by the caller (progress callback returned non-zero) */
	DD_ETIMEOUT = -14,    /* the scan's deadline (timeout_ms) passed */
	DD_ITEROVER = -31     /* iteration finished (not an error) */
} dd_error_code;

/* The last error message of this thread, never NULL (may be ""). */
const char *dd_error_last(void);
/* The code that went with the last message. */
int dd_error_last_code(void);
/* Sets this thread's message and code, for code outside the library that
 * reports through dd_error_last() too (the service); returns code. */
int dd_error_set_str(int code, const char *msg);
/* Short name of a code ("EFORMAT"). */
const char *dd_error_name(int code);

#ifdef __cplusplus
}
#endif
#endif
