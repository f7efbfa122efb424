/*
 * The lease keeper (issue 17): a ticker that, every second, extends the
 * leases of the items this process works on (store lease_renew) and puts
 * back in the queue the items of processes that stopped renewing theirs
 * (store lease_expire: any process may, and doing it twice is harmless).
 * It is its own thread, not a step of the scheduler's pass, because that
 * pass may spend long in a registry's catalog (a periodic run's listing)
 * and a lease must not run out because of it. Started only on a shared
 * store: with SQLite both calls do nothing (one process; recover at start
 * is its expiry).
 */
#include <stdio.h>
#include <stdlib.h>

#include "server/server.h"

#define TICK_MS 1000   /* a lease lasts several ticks (the store's lease: 30 s, 3 s in tests) */

struct dd_srv_lease {
	dd_srv *srv;
	dd_srv_ticker *ticker;
	bool failing;               /* the last renew failed: said once, and once when it works again */
};

static void tick(void *arg)
{
	dd_srv_lease *l = arg;
	dd_store *st = l->srv->store;
	size_t lost = 0, requeued = 0;
	char n[24];
	int rc = st->be->lease_renew(st, &lost);
	if (rc && !l->failing)
		dd_srv_log("warn", "leases could not be renewed (the store does not answer); retrying every second", "detail",
			dd_error_last(), NULL);
	else if (!rc && l->failing)
		dd_srv_log("info", "leases renewed again", NULL);
	l->failing = rc != 0;
	if (!rc && lost) {
		/* their ends are dropped by the runner (item_finish answers DD_ECANCELED) */
		snprintf(n, sizeof(n), "%zu", lost);
		dd_srv_log("warn", "lease lost: items of this process were taken by another (it renewed too late)", "items", n,
			NULL);
		dd_srv_counter_add("drydock_leases_lost_total", "", lost);
	}
	if (st->be->lease_expire(st, &requeued) == 0 && requeued) {
		snprintf(n, sizeof(n), "%zu", requeued);
		dd_srv_log("info", "items of a process that stopped renewing its leases are queued again", "items", n, NULL);
		dd_srv_counter_add("drydock_leases_expired_total", "", requeued);
		if (l->srv->runner)
			dd_srv_runner_kick(l->srv->runner);
	}
}

int dd_srv_lease_start(dd_srv *srv, dd_srv_lease **out)
{
	dd_srv_lease *l = calloc(1, sizeof(*l));
	*out = NULL;
	if (!l)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	l->srv = srv;
	int rc = dd_srv_ticker_start(&l->ticker, tick, l, TICK_MS, "lease keeper");
	if (rc) {
		free(l);
		return rc;
	}
	*out = l;
	return 0;
}

void dd_srv_lease_stop(dd_srv_lease *l)
{
	if (!l)
		return;
	dd_srv_ticker_stop(l->ticker);
	free(l);
}
