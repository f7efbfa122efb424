/*
 * Links after the squash. Each layer was read alone (in parallel), its
 * entries placed through its own symlinks; what a layer's links mean can
 * depend on the layers below, and what an analyzer must see can sit behind
 * a link. Once every layer is read this step
 *  - reads again a layer that writes under a lower layer's symlinked
 *    directory, with the lower links (its entries land elsewhere), and
 *  - for a symlink or hardlink whose name is claimed (an analyzer or check
 *    wants that path) and whose target is not, reads again the layer holding
 *    the target's content and analyzes it under the link's name.
 * An image with neither costs no read: only lookups in the layers' link and
 * directory records.
 */
#ifndef DD_SCAN_LINKS_H
#define DD_SCAN_LINKS_H

#include "scan/layer_result.h"
#include "scan/walker.h"

typedef struct dd_links_io {
	/* Walks layer i again, as cfg says, into res. */
	int (*reread)(void *ctx, size_t i, const dd_walk_config *cfg, dd_layer_result *res);
	void *ctx;
	const dd_walk_config *walk;    /* the walk every layer had */
} dd_links_io;

/* Settles layers[0..n) as above; a re-walked layer's result replaces the
 * old one. A failed second read fails like a first one. */
int dd_links_settle(dd_layer_result **layers, size_t n, const dd_links_io *io);

/* The second reads of layer result r that wait (claimed hardlinks of its
 * own layer): one read that analyzes their targets under their names. */
int dd_links_fetch_own(dd_layer_result *r, size_t i, const dd_links_io *io);

#endif
