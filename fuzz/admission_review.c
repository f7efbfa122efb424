/*
 * Fuzzes the AdmissionReview parser (src/server/admission_review.c) and
 * the image reference split, then checks the parser's promises: a review
 * either fails with a message or has a non-empty uid; at most
 * DD_ADMISSION_MAX_IMAGES distinct, non-empty images; and a split
 * reference has a host and a valid repository, a tag or a digest.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "server/admission.h"
#include "server/server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_admission_review r;
	char err[512];
	int rc = dd_admission_parse(&r, (const char *)data, size, err, sizeof(err));
	if (rc < 0 || rc > 1) {
		if (rc < -1 || !err[0])
			abort();
		return 0;
	}
	if (!r.uid[0] || r.n_images > DD_ADMISSION_MAX_IMAGES || (rc == 1 && !err[0]))
		abort();
	for (size_t i = 0; i < r.n_images; i++) {
		if (!r.images[i][0])
			abort();
		for (size_t j = 0; j < i; j++)
			if (!strcmp(r.images[i], r.images[j]))
				abort();
		dd_image_ref_parts p;
		if (dd_admission_image_split(r.images[i], &p) &&
		    (!p.host[0] || !dd_srv_repository_ok(p.repository) || (!p.tag[0] && !p.digest[0])))
			abort();
	}
	return 0;
}
