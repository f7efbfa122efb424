/* ISA-L's dispatch settled once per process (isal_ready.h). */
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <pthread.h>
#include <stdint.h>

#include "util/isal_ready.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void first_calls(void)
{
	/* raw deflate of "a" with the fixed Huffman code: the decoder's
	 * dispatched block routine runs, not only the stored-block copy */
	static const uint8_t deflated[] = { 0x4b, 0x04, 0x00 };
	uint8_t out[8];
	struct inflate_state s;
	isal_inflate_init(&s);
	s.next_in = (uint8_t *)deflated;
	s.avail_in = sizeof(deflated);
	s.next_out = out;
	s.avail_out = sizeof(out);
	(void)isal_inflate(&s);
	(void)crc32_gzip_refl(0, out, 1);
}

void dd_isal_ready(void)
{
	pthread_once(&once, first_calls);
}
