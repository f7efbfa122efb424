/*
 * Names and values that look like credentials, for the image config's Env
 * and the build history's ARG/ENV: NAME contains PASSWORD, PASSWD, SECRET,
 * TOKEN, API_KEY, ACCESS_KEY, PRIVATE_KEY or CREDENTIAL (GPG_KEY and *_FILE
 * indirections excepted), or the value has a cloud access-key shape
 * (Alibaba LTAI..., AWS AKIA/ASIA...).
 */
#ifndef DD_CHECKS_SECRET_NAMES_H
#define DD_CHECKS_SECRET_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* NAME=VALUE: why it looks secret ("name", "Alibaba AccessKey ID", ...) or NULL. */
const char *dd_secret_env_reason(const char *name, size_t name_len, const char *value, size_t value_len);

#endif
