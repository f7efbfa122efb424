/*
 * SIGINT/SIGTERM (cli.h): the handler only records the signal; the work
 * sees it through its progress callback (dd_cli_interrupted() returning
 * non-zero cancels a scan or a DB update), stops cleanly, and the command
 * exits 128 + the signal's number (130, 143). A second signal of the same
 * kind, with the first one's cleanup still running, kills as usual
 * (SA_RESETHAND).
 */
#include <signal.h>
#include <string.h>

#include "cli.h"

static volatile sig_atomic_t caught;

static void on_signal(int sig)
{
	caught = sig;
}

void dd_cli_catch_interrupts(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int dd_cli_interrupted(void)
{
	return caught;
}

int dd_cli_interrupt_exit(const char *what_kept)
{
	int sig = caught;
	if (what_kept)
		fprintf(stderr, "drydock: interrupted (%s): %s\n", sig == SIGTERM ? "SIGTERM" : "SIGINT", what_kept);
	else
		fprintf(stderr, "drydock: interrupted (%s)\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
	return 128 + sig;
}
