/*
 * dd_subprocess_run (subprocess.h): posix_spawnp in its own process group,
 * stdin fed in one write, poll() over stdout and stderr until both close or
 * the deadline passes.
 */
#include <errno.h>
#include <fcntl.h>
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

#include "util/subprocess.h"
#include "util/buf.h"
#include "util/error.h"

extern char **environ;

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The text in one write; the SIGPIPE of writing to a program that exited
 * without reading is blocked in this thread and discarded. */
static void feed_stdin(int fd, const char *text)
{
	sigset_t pipe_set, old_set;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
	ssize_t w = write(fd, text, strlen(text));
	if (w < 0 && errno == EPIPE) {
		struct timespec zero = { 0, 0 };
		while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
			;
	}
	pthread_sigmask(SIG_SETMASK, &old_set, NULL);
}

int dd_subprocess_run(const char *const *argv, const char *stdin_text, size_t out_max, long timeout_ms,
	dd_subprocess_result *res)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 }, rc = 0;
	pid_t pid = -1;
	dd_buf ob = DD_BUF_INIT(out_max);
	size_t n_err = 0;
	bool fa_ok = false, attr_ok = false, too_big = false;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	memset(res, 0, sizeof(*res));
	res->exit_code = -1;
	if (stdin_text && strlen(stdin_text) > DD_SUBPROCESS_STDIN_MAX)
		return dd_error_set(DD_EINVAL, "%s: standard input over %d bytes", argv[0], DD_SUBPROCESS_STDIN_MAX);
	if ((stdin_text && pipe2(in, O_CLOEXEC)) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) {
		rc = dd_error_set(DD_EIO, "%s: pipe: %s", argv[0], strerror(errno));
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
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&attr, 0);
	if (stdin_text)
		posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	else
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, err[1], 2);
	int e = posix_spawnp(&pid, argv[0], &fa, &attr, (char *const *)argv, environ);
	if (e) {
		pid = -1;
		rc = dd_error_set(e == ENOENT ? DD_ENOTFOUND : DD_EIO, "%s: %s", argv[0], strerror(e));
		goto done;
	}
	close(out[1]);
	out[1] = -1;
	close(err[1]);
	err[1] = -1;
	if (stdin_text) {
		close(in[0]);
		in[0] = -1;
		feed_stdin(in[1], stdin_text);
		close(in[1]);
		in[1] = -1;
	}
	long deadline = now_ms() + timeout_ms;
	while (out[0] >= 0 || err[0] >= 0) {
		struct pollfd p[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
		long left = deadline - now_ms();
		if (left <= 0) {
			res->timed_out = true;
			break;
		}
		int pr = poll(p, 2, (int)left);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr < 0)
			break;
		char buf[8192];
		if (out[0] >= 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(out[0], buf, sizeof(buf));
			if (r <= 0) {
				close(out[0]);
				out[0] = -1;
			} else if ((rc = dd_buf_put(&ob, buf, (size_t)r)) != 0) {
				too_big = rc == DD_ELIMIT;
				break;
			}
		}
		if (err[0] >= 0 && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t r = read(err[0], buf, sizeof(buf));
			if (r <= 0) {
				close(err[0]);
				err[0] = -1;
			} else if (n_err < sizeof(res->err) - 1) {
				size_t k = (size_t)r < sizeof(res->err) - 1 - n_err ? (size_t)r : sizeof(res->err) - 1 - n_err;
				memcpy(res->err + n_err, buf, k);
				n_err += k;
			}
		}
	}
	if (res->timed_out || rc)
		kill(-pid, SIGKILL);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	res->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	res->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	res->too_big = too_big;
	if (res->timed_out)
		rc = dd_error_set(DD_ETIMEOUT, "%s did not finish within %ld ms (killed)", argv[0], timeout_ms);
	else if (too_big)
		rc = dd_error_set(DD_ELIMIT, "%s wrote more than %zu bytes (killed)", argv[0], out_max);
done:
	if (fa_ok)
		posix_spawn_file_actions_destroy(&fa);
	if (attr_ok)
		posix_spawnattr_destroy(&attr);
	int fds[] = { in[0], in[1], out[0], out[1], err[0], err[1] };
	for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
		if (fds[i] >= 0)
			close(fds[i]);
	res->err[n_err] = '\0';
	for (size_t i = 0; i < n_err; i++)
		if ((unsigned char)res->err[i] < 0x20)
			res->err[i] = ' ';
	while (n_err && res->err[n_err - 1] == ' ')
		res->err[--n_err] = '\0';
	if (!rc) {
		res->out_len = ob.len;
		res->out = dd_buf_detach(&ob);
		if (!res->out && !(res->out = calloc(1, 1)))
			rc = dd_error_oom();
	}
	dd_buf_free(&ob);
	return rc;
}
