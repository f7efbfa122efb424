/*
 * Registry webhooks in: a Docker Distribution notification envelope and
 * Harbor's webhook (Default and CloudEvents payloads) become a list of
 * manifest pushes, the one thing the service acts on.
 *
 * The one idea: a webhook body is hostile and a registry resends it. Every
 * field is checked against the registry grammar (repository, tag, digest)
 * and bounded; an event that is not a manifest push (a blob, a pull, a
 * delete) or that does not check out is skipped and counted, never fatal
 * to the rest of the envelope, since a registry whose delivery is refused
 * retries the whole envelope forever. Each push carries an id (the
 * registry's event id, or one derived from what Harbor sends) so that the
 * caller can tell a replay from a new push: the parser drops duplicates
 * within one body, the caller remembers ids across bodies.
 */
#ifndef DD_SERVER_WEBHOOK_H
#define DD_SERVER_WEBHOOK_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/errors.h"

#define DD_WEBHOOK_MAX_BODY (1u << 20)  /* larger bodies are refused before parsing */
#define DD_WEBHOOK_MAX_EVENTS 1000      /* events (Harbor: resources) read from one body */
#define DD_WEBHOOK_ID_MAX 160
#define DD_WEBHOOK_REPO_MAX 256         /* distribution's limit on a repository name is 255 */
#define DD_WEBHOOK_TAG_MAX 129          /* a tag is at most 128 characters */
#define DD_WEBHOOK_DIGEST_MAX 136       /* "sha512:" + 128 hex */
#define DD_WEBHOOK_HOST_MAX 256
#define DD_WEBHOOK_MEDIA_MAX 128

typedef struct dd_push_event {
	char id[DD_WEBHOOK_ID_MAX];          /* unique per push: the replay key */
	char repository[DD_WEBHOOK_REPO_MAX]; /* "library/alpine" */
	char tag[DD_WEBHOOK_TAG_MAX];        /* "" when pushed by digest */
	char digest[DD_WEBHOOK_DIGEST_MAX];  /* "sha256:<64 hex>" */
	char host[DD_WEBHOOK_HOST_MAX];      /* the registry host the event names ("" when absent) */
	char media_type[DD_WEBHOOK_MEDIA_MAX];
	int64_t pushed_at;                   /* unix seconds; 0 when the body has no usable time */
} dd_push_event;

typedef struct dd_push_events {
	dd_push_event *items;
	size_t count;
	size_t ignored;      /* events that are not manifest pushes (blobs, pulls, deletes, other types) */
	size_t invalid;      /* events skipped because a field was missing, malformed or too long */
	size_t duplicates;   /* events whose id came earlier in the same body */
	char first_invalid[160]; /* why the first invalid event was skipped ("" when none) */
} dd_push_events;

/*
 * Parses a Distribution notification envelope ({"events": [...]}, media
 * type application/vnd.docker.distribution.events.v1+json or v2). Manifest
 * pushes (action "push" with a manifest or index media type) are kept.
 * *out is filled (free with dd_push_events_free) also when nothing was kept.
 * DD_EFORMAT when the body is not JSON or has no events array, DD_ELIMIT
 * when it is larger than DD_WEBHOOK_MAX_BODY or lists more events than
 * DD_WEBHOOK_MAX_EVENTS.
 */
int dd_webhook_parse_distribution(dd_push_events *out, const char *body, size_t len);

/*
 * Parses a Harbor webhook: the Default payload ({"type": "PUSH_ARTIFACT",
 * "occur_at", "event_data": {"resources", "repository"}}) or the CloudEvents
 * one ({"specversion", "id", "type": "harbor.artifact.pushed", "time",
 * "data"}). Other event types parse to an empty list with `ignored` set. A
 * resource whose "tag" is its digest (a push by digest) has no tag. The
 * Default payload carries no event id: the id is derived from the push time,
 * repository, digest and tag, so a redelivery of the same push has the same
 * id. Errors as for dd_webhook_parse_distribution.
 */
int dd_webhook_parse_harbor(dd_push_events *out, const char *body, size_t len);

void dd_push_events_free(dd_push_events *ev);

/* A digest as registries write them: sha256:<64 hex> or sha512:<128 hex>
 * (repositories and tags: dd_srv_repository_ok, dd_srv_tag_ok). */
bool dd_webhook_valid_digest(const char *s);

/* Acts on parsed pushes (webhook_push.c): each event once, its image's
 * push time recorded, a task of kind "push" per matching on_push rule.
 * source "distribution" or "harbor"; hint the registry name from the URL
 * (NULL: by the event's host). *summary: what the API answers. */
struct dd_srv;
int dd_srv_push_accept(struct dd_srv *srv, const char *source, const char *hint, const dd_push_events *ev,
	json_t **summary);

/* For the two parsers (webhook_event.c). */
/* member key of o as a non-empty string, else NULL */
const char *dd_webhook__str(const json_t *o, const char *key);
/* a message in dd_error_last(); returns code */
int dd_webhook__error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
json_t *dd_webhook__load(const char *what, const char *body, size_t len, int *rc);
/* 0 when a is an array of at most DD_WEBHOOK_MAX_EVENTS, else DD_EFORMAT
 * or DD_ELIMIT naming the body's `key` */
int dd_webhook__list(const json_t *a, const char *source, const char *key);
/* Copies src into a field of `cap` bytes; false when absent or too long. */
bool dd_webhook__field(char *dst, size_t cap, const char *src);
/* Records a skipped event (index in the body, and why) */
void dd_webhook__invalid(dd_push_events *ev, const char *what, size_t index, const char *why);
/* Appends e unless its id came before (counted in duplicates). */
int dd_webhook__add(dd_push_events *ev, const dd_push_event *e);

#endif
