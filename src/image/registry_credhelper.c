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
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "image/registry.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

extern char **environ;

#define HELPER_NAME_MAX 64
#define ANSWER_MAX (64u << 10)
#define STDERR_KEEP 512
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

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

typedef struct {
	dd_buf out;               /* the answer, at most ANSWER_MAX */
	char err[STDERR_KEEP + 1];
	size_t n_err;
	bool too_big, timed_out;
	int status;
} helper_run;

/* Feeds STDIN_TEXT, collects stdout (capped) and the start of stderr, waits
 * for the exit; kills the helper at the deadline. */
static int run_helper(const char *prog, const char *stdin_text, long limit_ms, helper_run *hr)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	bool fa_ok = false, attr_ok = false;
	pid_t pid = -1;
	int rc = 0;
	memset(hr, 0, sizeof(*hr));
	dd_buf_init(&hr->out, ANSWER_MAX);
	if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) {
		rc = dd_error_set(DD_EIO, "cannot create pipes for %s: %s", prog, strerror(errno));
		goto done;
	}
	if (posix_spawn_file_actions_init(&fa)) {
		rc = dd_error_oom();
		goto done;
	}
	fa_ok = true;
	if (posix_spawnattr_init(&attr)) {
		rc = dd_error_oom();
		goto done;
	}
	attr_ok = true;
	/* its own process group: a timeout kills the helper's children too
	 * (gcloud's helper is a shell script running python) */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, err[1], 2);
	char *argv[] = { (char *)prog, (char *)"get", NULL };
	int e = posix_spawnp(&pid, prog, &fa, &attr, argv, environ);
	if (e) {
		pid = -1;
		rc = dd_error_set(e == ENOENT ? DD_ENOTFOUND : DD_EIO, "%s: %s", prog, strerror(e));
		goto done;
	}
	close(in[0]); in[0] = -1;
	close(out[1]); out[1] = -1;
	close(err[1]); err[1] = -1;

	/* the server address is a few hundred bytes: one write fits the pipe */
	size_t len = strlen(stdin_text);
	/* a helper that exits without reading answers through its status; the
	 * SIGPIPE of writing to it is blocked in this thread and discarded */
	sigset_t pipe_set, old_set;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
	ssize_t w = write(in[1], stdin_text, len);
	if (w < 0 && errno == EPIPE) {
		struct timespec zero = { 0, 0 };
		while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
			;
	}
	pthread_sigmask(SIG_SETMASK, &old_set, NULL);
	close(in[1]); in[1] = -1;

	long deadline = now_ms() + limit_ms;
	while (out[0] >= 0 || err[0] >= 0) {
		struct pollfd p[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
		long left = deadline - now_ms();
		if (left <= 0) {
			hr->timed_out = true;
			break;
		}
		int pr = poll(p, 2, (int)left);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr < 0)
			break;
		char buf[4096];
		if (out[0] >= 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(out[0], buf, sizeof(buf));
			if (r <= 0) {
				close(out[0]);
				out[0] = -1;
			} else if ((rc = dd_buf_put(&hr->out, buf, (size_t)r)) != 0) {
				if (rc == DD_ELIMIT) {
					hr->too_big = true;
					rc = 0;
				}
				break;
			}
		}
		if (err[0] >= 0 && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(err[0], buf, sizeof(buf));
			if (r <= 0) {
				close(err[0]);
				err[0] = -1;
			} else if (hr->n_err < STDERR_KEEP) {
				size_t k = (size_t)r < STDERR_KEEP - hr->n_err ? (size_t)r : STDERR_KEEP - hr->n_err;
				memcpy(hr->err + hr->n_err, buf, k);
				hr->n_err += k;
			}
		}
	}
	if (hr->timed_out || hr->too_big || rc)
		kill(-pid, SIGKILL);
	while (waitpid(pid, &hr->status, 0) < 0 && errno == EINTR)
		;
	pid = -1;
done:
	if (fa_ok)
		posix_spawn_file_actions_destroy(&fa);
	if (attr_ok)
		posix_spawnattr_destroy(&attr);
	int fds[] = { in[0], in[1], out[0], out[1], err[0], err[1] };
	for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
		if (fds[i] >= 0)
			close(fds[i]);
	/* trim the helper's message to one readable line */
	hr->err[hr->n_err] = '\0';
	for (size_t i = 0; i < hr->n_err; i++)
		if (hr->err[i] == '\n' || hr->err[i] == '\r' || (unsigned char)hr->err[i] < 0x20)
			hr->err[i] = ' ';
	while (hr->n_err && hr->err[hr->n_err - 1] == ' ')
		hr->err[--hr->n_err] = '\0';
	return rc;
}

static int parse_answer(const helper_run *hr, const char *prog, const char *server, dd_credentials *out)
{
	json_error_t jerr;
	json_t *root = json_loadb(hr->out.ptr ? hr->out.ptr : "", hr->out.len, 0, &jerr);
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
	helper_run hr;
	int rc = run_helper(prog, in, timeout_ms(timeout_s), &hr);
	free(in);
	if (rc == DD_ENOTFOUND) {
		rc = dd_error_set(DD_EINVAL, "credential helper %s is not on PATH (config.json names it for %s): "
			"install it, remove it from config.json, or give --authfile or --username/--password", prog, server);
	} else if (!rc && hr.timed_out) {
		rc = dd_error_set(DD_EAUTH, "credential helper %s did not answer for %s within %ld s "
			"(DRYDOCK_CREDENTIAL_HELPER_TIMEOUT sets the limit)", prog, server, timeout_ms(timeout_s) / 1000);
	} else if (!rc && hr.too_big) {
		rc = dd_error_set(DD_EAUTH, "credential helper %s answered more than %u bytes for %s", prog, ANSWER_MAX, server);
	} else if (!rc && !(WIFEXITED(hr.status) && WEXITSTATUS(hr.status) == 0)) {
		/* the protocol's "none here": the message, on stdout or stderr */
		const char *answer = hr.out.ptr ? hr.out.ptr : "";
		const char *msg = hr.n_err ? hr.err : answer;
		if (strstr(msg, "credentials not found") || strstr(answer, "credentials not found"))
			rc = DD_ENOTFOUND;
		else if (WIFEXITED(hr.status) && WEXITSTATUS(hr.status) == 127)
			rc = dd_error_set(DD_EINVAL, "credential helper %s could not be run for %s: %s", prog, server, msg);
		else
			rc = dd_error_set(DD_EAUTH, "credential helper %s failed for %s (%s %d): %s: run `echo %s | %s get` to see why",
				prog, server, WIFEXITED(hr.status) ? "exit" : "signal",
				WIFEXITED(hr.status) ? WEXITSTATUS(hr.status) : WTERMSIG(hr.status), *msg ? msg : "no message",
				server, prog);
	} else if (!rc) {
		rc = parse_answer(&hr, prog, server, out);
	}
	if (hr.out.ptr)
		memset(hr.out.ptr, 0, hr.out.len);
	dd_buf_free(&hr.out);
	return rc;
}
