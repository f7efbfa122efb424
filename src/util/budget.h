/*
 * Process-wide byte budgets that the layer threads share for large claimed
 * files: the spill files package databases are copied into (disk), and the
 * large single records read out of them (heap). A per-file cap alone does
 * not bound a process that reads N layers at once; a budget does, whatever
 * --threads is.
 *
 * The one idea: a claim larger than the whole budget is refused at once
 * (DD_ELIMIT: the caller notes the file as not read, so the scan is
 * incomplete); a claim that fits waits until other threads give bytes back.
 * A thread never waits while holding a record claim (records are claimed
 * one at a time and given back before the next), so waits always end; a
 * wait longer than DD_BUDGET_WAIT_S is refused like an oversized claim.
 * Package lists are the exception: they live until the report is built, so
 * their claims never wait (dd_budget_try_take).
 */
#ifndef DD_UTIL_BUDGET_H
#define DD_UTIL_BUDGET_H

#include <stddef.h>
#include <stdint.h>

typedef struct dd_budget dd_budget;

/* Bytes of spill files (util/spill.h) alive at once: two databases at the
 * rpm analyzer's 512 MiB cap. */
extern dd_budget dd_budget_spill;
/* Heap bytes of large records (one rpm header blob, up to 64 MiB) alive at
 * once, across threads. */
extern dd_budget dd_budget_records;

/* Heap bytes of the packages layer results hold (kept until the report is
 * built): a database of many tiny records, in many layers, cannot add up.
 * Taken with dd_budget_try_take (bytes come back only when a scan's results
 * are freed, so waiting could never end). */
extern dd_budget dd_budget_packages;

/* Records below this size are not claimed: with at most 16 layer threads
 * they add up to little. */
#define DD_BUDGET_SMALL (1u << 20)
#define DD_BUDGET_WAIT_S 600

/* Claims n bytes, waiting for them if needed; `what` names the claimant
 * in the error ("rpm database var/lib/rpm/Packages"). 0 or DD_ELIMIT. */
int dd_budget_take(dd_budget *b, uint64_t n, const char *what);
/* Claims n bytes if they are free now; 0 or DD_ELIMIT (no message set). */
int dd_budget_try_take(dd_budget *b, uint64_t n);
void dd_budget_give(dd_budget *b, uint64_t n);
uint64_t dd_budget_capacity(const dd_budget *b);
/* Bytes currently claimed (for tests). */
uint64_t dd_budget_used(dd_budget *b);

/*
 * A reusable buffer for one record at a time: up to DD_BUDGET_SMALL it is
 * kept across records; a larger record is claimed from dd_budget_records,
 * and dd_recbuf_done() frees it and gives the claim back.
 */
typedef struct dd_recbuf {
	uint8_t *p;
	size_t cap;
	uint64_t claimed;
} dd_recbuf;

/* Makes b->p hold at least n bytes (n + 1, NUL-terminable). */
int dd_recbuf_reserve(dd_recbuf *b, size_t n, const char *what);
/* Ends the current record: a claimed buffer is freed and given back. */
void dd_recbuf_done(dd_recbuf *b);
void dd_recbuf_free(dd_recbuf *b);

#endif
