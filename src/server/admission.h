/*
 * Kubernetes admission (admission.k8s.io/v1 AdmissionReview): the review
 * parser (pure and bounded, fuzzed) and the image reference split the
 * decision needs. docs/server.md "Admission".
 */
#ifndef DD_SERVER_ADMISSION_H
#define DD_SERVER_ADMISSION_H

#include <stdbool.h>
#include <stddef.h>

#define DD_ADMISSION_BODY_MAX (3u << 20)   /* Kubernetes caps an object at 3 MiB too */
#define DD_ADMISSION_MAX_IMAGES 64
#define DD_ADMISSION_IMAGE_MAX 512

typedef struct dd_admission_review {
	char uid[129];              /* request.uid, echoed in the response */
	char kind[64];              /* request.kind.kind: Pod, Deployment, ... */
	char namespace_[254];
	char name[254];
	bool pod_kind;              /* a kind with a pod spec drydock reads */
	char images[DD_ADMISSION_MAX_IMAGES][DD_ADMISSION_IMAGE_MAX];
	size_t n_images;            /* distinct images of every container list */
} dd_admission_review;

/*
 * Parses an AdmissionReview. 0: review filled. 1: uid is filled but the
 * object is not usable (err says why): the answer is a review with the
 * configured failure policy. -1: not an admission.k8s.io/v1
 * AdmissionReview with a request uid (err says why): the answer is an HTTP
 * 400. Requests without an object (DELETE) have no images.
 */
int dd_admission_parse(dd_admission_review *out, const char *body, size_t len, char *err, size_t cap);

/* An image reference as Kubernetes passes it to the runtime: host
 * ("docker.io" when none), repository ("library/x" for a bare docker.io
 * name), tag ("latest" when neither tag nor digest), digest ("" when none).
 * false: not a reference. */
typedef struct dd_image_ref_parts {
	char host[256];
	char repository[256];
	char tag[129];
	char digest[80];
} dd_image_ref_parts;
bool dd_admission_image_split(const char *image, dd_image_ref_parts *out);

/* Does the registry at url ("https://HOST[:PORT][/...]") serve references
 * of host (a reference's HOST[:PORT])? The scheme's default port may be
 * written or not; docker.io is served from registry-1.docker.io. */
bool dd_admission_host_matches(const char *url, const char *host);

#endif
