/*
 * Docker credential helpers: `docker-credential-NAME get`, the protocol
 * docker, podman and skopeo speak with gcloud, ecr-login, pass,
 * secretservice and Docker Desktop. The server address goes to the helper's
 * stdin; it answers {"ServerURL":..,"Username":..,"Secret":..} on stdout, or
 * exits non-zero with "credentials not found" when it has none.
 *
 * The helper is named by the user's own config.json (credHelpers for one
 * registry, credsStore for all), never by image content, and runs only as
 * `docker-credential-` + a plain name looked up on PATH: a name with a slash
 * or anything but [A-Za-z0-9._-] is refused, so a config cannot point at an
 * arbitrary program path. The helper gets a bounded time (a hung keychain
 * prompt must not hang a CI scan) and a bounded answer.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/registry.h"
#include "util/error.h"
#include "util/str.h"
#include "util/subprocess.h"

#define HELPER_NAME_MAX 64
#define ANSWER_MAX (64u << 10)
#define TIMEOUT_DEFAULT_MS 30000

bool dd_credhelper_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (!n || n > HELPER_NAME_MAX || name[0] == '.' || name[0] == '-')
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

/* for tests and for slow keychains; whole seconds, at most an hour */
static long timeout_ms(int timeout_s)
{
	return timeout_s > 0 && timeout_s <= 3600 ? timeout_s * 1000L : TIMEOUT_DEFAULT_MS;
}

static int parse_answer(const dd_subprocess_result *hr, const char *prog, const char *server, dd_credentials *out)
{
	json_error_t jerr;
	json_t *root = json_loadb(hr->out, hr->out_len, 0, &jerr);
	const char *user = json_string_value(json_object_get(root, "Username"));
	const char *secret = json_string_value(json_object_get(root, "Secret"));
	int rc = 0;
	if (!json_is_object(root) || !user || !secret || !*secret) {
		rc = dd_error_set(DD_EAUTH, "credential helper %s gave no Username/Secret for %s (%s)", prog, server,
			json_is_object(root) ? "fields missing" : "not JSON");
	} else if (!strcmp(user, "<token>")) {
		/* an identity token: exchanged for a registry token by OAuth2 */
		if (!(out->identity_token = strdup(secret)))
			rc = dd_error_oom();
	} else if (!(out->username = strdup(user)) || !(out->password = strdup(secret))) {
		rc = dd_error_oom();
	}
	json_decref(root);
	if (rc)
		dd_credentials_clear(out);
	return rc;
}

int dd_credhelper_get(const char *helper, const char *server, int timeout_s, dd_credentials *out)
{
	memset(out, 0, sizeof(*out));
	if (!dd_credhelper_name_ok(helper))
		return dd_error_set(DD_EINVAL, "credential helper name \"%.80s\" is not a plain name "
			"(docker-credential-NAME on PATH; letters, digits, '.', '_', '-')", helper);
	char prog[sizeof("docker-credential-") + HELPER_NAME_MAX];
	snprintf(prog, sizeof(prog), "docker-credential-%s", helper);
	char *in = dd_asprintf("%s\n", server);
	if (!in)
		return dd_error_oom();
	/* its own process group: a timeout kills the helper's children too
	 * (gcloud's helper is a shell script running python) */
	const char *argv[] = { prog, "get", NULL };
	dd_subprocess_result hr;
	int rc = dd_subprocess_run(argv, in, ANSWER_MAX, timeout_ms(timeout_s), &hr);
	free(in);
	if (rc == DD_ENOTFOUND) {
		rc = dd_error_set(DD_EINVAL, "credential helper %s is not on PATH (config.json names it for %s): "
			"install it, remove it from config.json, or give --authfile or --username/--password", prog, server);
	} else if (hr.timed_out) {
		rc = dd_error_set(DD_EAUTH, "credential helper %s did not answer for %s within %ld s "
			"(DRYDOCK_CREDENTIAL_HELPER_TIMEOUT sets the limit)", prog, server, timeout_ms(timeout_s) / 1000);
	} else if (hr.too_big) {
		rc = dd_error_set(DD_EAUTH, "credential helper %s answered more than %u bytes for %s", prog, ANSWER_MAX, server);
	} else if (!rc && hr.exit_code != 0) {
		/* the protocol's "none here": the message, on stdout or stderr */
		const char *answer = hr.out;
		const char *msg = *hr.err ? hr.err : answer;
		if (strstr(msg, "credentials not found") || strstr(answer, "credentials not found"))
			rc = DD_ENOTFOUND;
		else if (hr.exit_code == 127)
			rc = dd_error_set(DD_EINVAL, "credential helper %s could not be run for %s: %s", prog, server, msg);
		else
			rc = dd_error_set(DD_EAUTH, "credential helper %s failed for %s (%s %d): %s: run `echo %s | %s get` to see why",
				prog, server, hr.signal ? "signal" : "exit", hr.signal ? hr.signal : hr.exit_code,
				*msg ? msg : "no message", server, prog);
	} else if (!rc) {
		rc = parse_answer(&hr, prog, server, out);
	}
	if (hr.out) /* the answer holds the secret */
		memset(hr.out, 0, hr.out_len);
	free(hr.out);
	return rc;
}
