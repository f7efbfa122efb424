/*
 * Read-ahead reader: a helper thread pulls the inner reader (blob source +
 * SHA-256 check) into a small ring of chunks while the caller's thread
 * inflates and walks the tar. On one large layer that splits the work of a
 * layer over two cores: the kernel's copy out of the page cache (or the
 * network read) and the hashing on one, inflate and analysis on the other.
 *
 * The one idea: nothing about the stream's meaning changes. Bytes arrive in
 * order, an error of the inner reader (a digest mismatch at the end) is
 * handed to the caller after the bytes before it, with its message, and
 * the caller never sees end-of-stream unless the inner reader did. Memory is
 * bounded: depth x chunk bytes.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "image/stream.h"
#include "util/cancel.h"
#include "util/error.h"

#define MAX_DEPTH 16

typedef struct chunk {
	unsigned char *data;
	size_t len;
} chunk;

typedef struct readahead {
	dd_reader base;
	dd_reader *inner;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t filled, drained;
	chunk ring[MAX_DEPTH];
	unsigned depth, head, count;   /* consumer takes ring[head]; count are full */
	size_t chunk_size;
	size_t pos;                    /* consumed bytes of ring[head] */
	bool ended;                    /* the helper is done (eof or error) */
	bool cancel;
	dd_cancel *token;              /* the scan's, bound on the helper thread too */
	int err;                       /* inner reader's error, after the last chunk */
	char errmsg[1024];
} readahead;

static void *pump(void *arg)
{
	readahead *ra = arg;
	unsigned tail = 0;
	/* a blob fetch stalled on the network stops when the scan does */
	dd_cancel_bind(ra->token);
	for (;;) {
		pthread_mutex_lock(&ra->lock);
		while (ra->count == ra->depth && !ra->cancel)
			pthread_cond_wait(&ra->drained, &ra->lock);
		bool cancel = ra->cancel;
		pthread_mutex_unlock(&ra->lock);
		if (cancel)
			break;
		chunk *c = &ra->ring[tail];
		size_t n = 0;
		int err = 0;
		bool eof = false;
		/* fill the chunk: fewer, larger hand-overs */
		while (n < ra->chunk_size) {
			ssize_t got = ra->inner->read(ra->inner, c->data + n, ra->chunk_size - n);
			if (got < 0) {
				err = (int)got;
				break;
			}
			if (got == 0) {
				eof = true;
				break;
			}
			n += (size_t)got;
		}
		pthread_mutex_lock(&ra->lock);
		if (n) {
			c->len = n;
			ra->count++;
			tail = (tail + 1) % ra->depth;
		}
		if (err) {
			ra->err = err;
			snprintf(ra->errmsg, sizeof(ra->errmsg), "%s", dd_error_last());
		}
		if (err || eof)
			ra->ended = true;
		pthread_cond_signal(&ra->filled);
		pthread_mutex_unlock(&ra->lock);
		if (err || eof)
			break;
	}
	return NULL;
}

static ssize_t ra_read(dd_reader *r, void *buf, size_t len)
{
	readahead *ra = (readahead *)r;
	if (len == 0)
		return 0;
	pthread_mutex_lock(&ra->lock);
	while (ra->count == 0 && !ra->ended)
		pthread_cond_wait(&ra->filled, &ra->lock);
	if (ra->count == 0) {
		int err = ra->err;
		pthread_mutex_unlock(&ra->lock);
		if (err)
			return dd_error_set(err, "%s", ra->errmsg);
		return 0;
	}
	chunk *c = &ra->ring[ra->head];
	pthread_mutex_unlock(&ra->lock);
	/* the chunk at head is ours until we release it */
	size_t n = c->len - ra->pos;
	if (n > len)
		n = len;
	memcpy(buf, c->data + ra->pos, n);
	ra->pos += n;
	if (ra->pos == c->len) {
		ra->pos = 0;
		pthread_mutex_lock(&ra->lock);
		ra->head = (ra->head + 1) % ra->depth;
		ra->count--;
		pthread_cond_signal(&ra->drained);
		pthread_mutex_unlock(&ra->lock);
	}
	return (ssize_t)n;
}

static void ra_free(readahead *ra)
{
	for (unsigned i = 0; i < ra->depth; i++)
		free(ra->ring[i].data);
	pthread_mutex_destroy(&ra->lock);
	pthread_cond_destroy(&ra->filled);
	pthread_cond_destroy(&ra->drained);
	free(ra);
}

static void ra_close(dd_reader *r)
{
	readahead *ra = (readahead *)r;
	pthread_mutex_lock(&ra->lock);
	ra->cancel = true;
	pthread_cond_signal(&ra->drained);
	pthread_mutex_unlock(&ra->lock);
	pthread_join(ra->thread, NULL);
	dd_reader_close(ra->inner);
	ra_free(ra);
}

int dd_readahead_new(dd_reader **out, dd_reader *inner, size_t chunk_size, unsigned depth)
{
	if (depth < 2)
		depth = 2;
	if (depth > MAX_DEPTH)
		depth = MAX_DEPTH;
	if (chunk_size < 4096)
		chunk_size = 4096;
	readahead *ra = calloc(1, sizeof(*ra));
	if (!ra) {
		dd_reader_close(inner);
		return dd_error_oom();
	}
	ra->depth = depth;
	ra->chunk_size = chunk_size;
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->filled, NULL);
	pthread_cond_init(&ra->drained, NULL);
	for (unsigned i = 0; i < depth; i++) {
		if (!(ra->ring[i].data = malloc(chunk_size))) {
			ra_free(ra);
			dd_reader_close(inner);
			return dd_error_oom();
		}
	}
	ra->inner = inner;
	ra->token = dd_cancel_current();
	if (pthread_create(&ra->thread, NULL, pump, ra) != 0) {
		/* no thread: the plain reader does the same job, only slower */
		ra_free(ra);
		*out = inner;
		return 0;
	}
	ra->base.read = ra_read;
	ra->base.close = ra_close;
	*out = &ra->base;
	return 0;
}
