/* Thread-local one-line error messages (see error.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/error.h"

#define DD_ERRMSG_MAX 1024

static _Thread_local char errmsg[DD_ERRMSG_MAX];
static _Thread_local int errcode;

static void sanitize_line(char *s)
{
	/* Messages are one line, and may quote hostile image data: keep it printable. */
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s == 0x7f)
			*s = ' ';
}

int dd_error_set(int code, const char *fmt, ...)
{
	/* through a copy: callers may pass dd_error_last() itself as an
	 * argument (re-coding an error), and vsnprintf must not overlap */
	char msg[DD_ERRMSG_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memcpy(errmsg, msg, strlen(msg) + 1);
	sanitize_line(errmsg);
	errcode = code;
	return code;
}

int dd_error_set_str(int code, const char *msg)
{
	return dd_error_set(code, "%s", msg ? msg : "");
}

int dd_error_prefix(int code, const char *fmt, ...)
{
	char prefix[512], old[DD_ERRMSG_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, errmsg, sizeof(old));
	/* build by hand: truncation is intended when the chain gets long */
	size_t pl = strnlen(prefix, sizeof(prefix));
	if (pl > sizeof(errmsg) - 3)
		pl = sizeof(errmsg) - 3;
	memcpy(errmsg, prefix, pl);
	memcpy(errmsg + pl, ": ", 2);
	size_t room = sizeof(errmsg) - pl - 3;
	size_t ol = strnlen(old, room);
	memcpy(errmsg + pl + 2, old, ol);
	errmsg[pl + 2 + ol] = '\0';
	sanitize_line(errmsg);
	if (!errcode)
		errcode = code;
	return code;
}

void dd_error_clear(void)
{
	errmsg[0] = '\0';
	errcode = 0;
}

int dd_error_oom(void)
{
	strcpy(errmsg, "out of memory");
	errcode = DD_ENOMEM;
	return DD_ENOMEM;
}

int dd_options_check(unsigned version, unsigned known, const char *function, const char *type)
{
	if (version == known)
		return 0;
	/* a caller built against another drydock, or a struct never initialized
	 * with its _INIT macro: reading its fields would be reading garbage */
	return dd_error_set(DD_EINVAL, "%s: %s version %u is not the one this drydock knows (%u); "
		"initialize it with its _INIT macro and build against this drydock's headers", function, type, version, known);
}

const char *dd_error_last(void)
{
	return errmsg;
}

int dd_error_last_code(void)
{
	return errcode;
}

const char *dd_error_name(int code)
{
	switch (code) {
	case DD_OK: return "OK";
	case DD_ERROR: return "ERROR";
	case DD_ENOMEM: return "ENOMEM";
	case DD_EINVAL: return "EINVAL";
	case DD_EFORMAT: return "EFORMAT";
	case DD_ENOTFOUND: return "ENOTFOUND";
	case DD_EIO: return "EIO";
	case DD_ENET: return "ENET";
	case DD_EAUTH: return "EAUTH";
	case DD_EDIGEST: return "EDIGEST";
	case DD_ELIMIT: return "ELIMIT";
	case DD_EUNSUPPORTED: return "EUNSUPPORTED";
	case DD_ENODB: return "ENODB";
	case DD_ECANCELED: return "ECANCELED";
	case DD_ETIMEOUT: return "ETIMEOUT";
	case DD_ITEROVER: return "ITEROVER";
	}
	return "UNKNOWN";
}
