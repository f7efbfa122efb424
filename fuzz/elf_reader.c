/* Fuzzes the executable header reader and its address and section lookups. */
#include <stdint.h>

#include "util/exe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_exe e;
	if (dd_exe_parse(&e, data, size, size + (size & 0xff)) != 1)
		return 0;
	uint64_t off;
	for (size_t i = 0; i < e.n_segs; i++) {
		dd_exe_vaddr_to_offset(&e, e.segs[i].vaddr + 16, 16, &off);
		dd_exe_seg_at_offset(&e, e.segs[i].offset);
	}
	/* read the section table as if the input held it */
	dd_elf_shdr sh;
	for (uint32_t i = 0; i < e.shnum && i < 4096; i++)
		dd_elf_shdr_get(&e, data, size, i, &sh);
	return 0;
}
