/* ELF, PE and Mach-O headers from a file's first bytes (see exe.h). */
#include <string.h>

#include "util/error.h"
#include "util/exe.h"

static uint64_t rd(const uint8_t *p, size_t size, bool be)
{
	uint64_t v = 0;
	for (size_t i = 0; i < size; i++)
		v |= (uint64_t)p[be ? size - 1 - i : i] << (8 * i);
	return v;
}

uint64_t dd_exe_uint(const dd_exe *e, const uint8_t *p, size_t size)
{
	return rd(p, size, e->big_endian);
}

/* [off, off + n) within len, without overflow */
static bool within(uint64_t off, uint64_t n, uint64_t len)
{
	return off <= len && n <= len - off;
}

static void add_seg(dd_exe *e, uint64_t vaddr, uint64_t memsz, uint64_t off, uint64_t filesz,
	bool writable, bool executable, uint64_t file_size)
{
	if (e->n_segs == DD_EXE_MAX_SEGS) {
		e->segs_complete = false;
		return;
	}
	if (off + filesz >= off && off + filesz > e->described_size)
		e->described_size = off + filesz;
	/* clip what the file cannot back: a truncated file keeps its head */
	if (off > file_size)
		filesz = 0;
	else if (filesz > file_size - off)
		filesz = file_size - off;
	if (vaddr + filesz < vaddr)
		filesz = 0;
	e->segs[e->n_segs++] = (dd_exe_seg){ vaddr, memsz, off, filesz, writable, executable };
}

/* Notes: namesz, descsz, type, then name and desc, each padded to 4. */
static bool has_go_note(const uint8_t *p, size_t n, bool be)
{
	size_t at = 0;
	while (n - at >= 12) {
		uint64_t namesz = rd(p + at, 4, be), descsz = rd(p + at + 4, 4, be), type = rd(p + at + 8, 4, be);
		uint64_t name_pad = (namesz + 3) & ~3ull, desc_pad = (descsz + 3) & ~3ull;
		if (name_pad > n - at - 12 || desc_pad > n - at - 12 - name_pad)
			return false;
		if ((namesz == 3 || namesz == 4) && type == 4 && !memcmp(p + at + 12, "Go\0", 3))
			return true;
		at += 12 + (size_t)name_pad + (size_t)desc_pad;
	}
	return false;
}

static int parse_elf(dd_exe *e, const uint8_t *h, size_t len, uint64_t file_size)
{
	if (len < 52 || (h[4] != 1 && h[4] != 2) || (h[5] != 1 && h[5] != 2))
		return dd_error_set(DD_EFORMAT, "ELF header is truncated or has an unknown class");
	e->format = DD_EXE_ELF;
	e->is64 = h[4] == 2;
	e->big_endian = h[5] == 2;
	bool be = e->big_endian;
	uint64_t phoff;
	uint32_t phentsize, phnum;
	if (e->is64) {
		if (len < 64)
			return dd_error_set(DD_EFORMAT, "ELF header is truncated");
		phoff = rd(h + 0x20, 8, be);
		e->shoff = rd(h + 0x28, 8, be);
		phentsize = (uint32_t)rd(h + 0x36, 2, be);
		phnum = (uint32_t)rd(h + 0x38, 2, be);
		e->shentsize = (uint32_t)rd(h + 0x3a, 2, be);
		e->shnum = (uint32_t)rd(h + 0x3c, 2, be);
		e->shstrndx = (uint32_t)rd(h + 0x3e, 2, be);
	} else {
		phoff = rd(h + 0x1c, 4, be);
		e->shoff = rd(h + 0x20, 4, be);
		phentsize = (uint32_t)rd(h + 0x2a, 2, be);
		phnum = (uint32_t)rd(h + 0x2c, 2, be);
		e->shentsize = (uint32_t)rd(h + 0x2e, 2, be);
		e->shnum = (uint32_t)rd(h + 0x30, 2, be);
		e->shstrndx = (uint32_t)rd(h + 0x32, 2, be);
	}
	uint64_t tab_end = e->shoff + (uint64_t)e->shnum * e->shentsize;
	if (e->shoff && e->shnum && tab_end > e->shoff)
		e->described_size = tab_end;
	/* extended numbering (counts kept in section 0) is not followed; a
	 * table past the end of a truncated file is kept (readers find it
	 * missing, and can say so) */
	if (e->shnum == 0 || e->shstrndx >= e->shnum || e->shentsize != (e->is64 ? 64u : 40u) ||
	    tab_end < e->shoff) {
		e->shoff = 0;
		e->shnum = 0;
	}
	e->segs_complete = true;
	if (phnum == 0)
		return 1;
	if (phnum == 0xffff || phentsize < (e->is64 ? 56u : 32u) || !within(phoff, (uint64_t)phnum * phentsize, len)) {
		/* the program headers are not in the head we have */
		e->segs_complete = false;
		return 1;
	}
	for (uint32_t i = 0; i < phnum; i++) {
		const uint8_t *ph = h + phoff + (uint64_t)i * phentsize;
		uint32_t type = (uint32_t)rd(ph, 4, be), flags;
		uint64_t off, vaddr, filesz, memsz;
		if (e->is64) {
			flags = (uint32_t)rd(ph + 4, 4, be);
			off = rd(ph + 8, 8, be);
			vaddr = rd(ph + 16, 8, be);
			filesz = rd(ph + 32, 8, be);
			memsz = rd(ph + 40, 8, be);
		} else {
			off = rd(ph + 4, 4, be);
			vaddr = rd(ph + 8, 4, be);
			filesz = rd(ph + 16, 4, be);
			memsz = rd(ph + 20, 4, be);
			flags = (uint32_t)rd(ph + 24, 4, be);
		}
		if (type == 4 /* PT_NOTE */ && within(off, filesz, len))
			e->go_note |= has_go_note(h + off, (size_t)filesz, be);
		if (type == 1 /* PT_LOAD */)
			add_seg(e, vaddr, memsz, off, filesz, flags & 2 /* PF_W */, flags & 1 /* PF_X */, file_size);
	}
	return 1;
}

static int parse_pe(dd_exe *e, const uint8_t *h, size_t len, uint64_t file_size)
{
	if (len < 0x40)
		return 0;
	uint64_t pe = rd(h + 0x3c, 4, false);
	if (!within(pe, 24, len) || memcmp(h + pe, "PE\0\0", 4))
		return 0;   /* a DOS program or just a file starting with "MZ" */
	e->format = DD_EXE_PE;
	uint32_t nsect = (uint32_t)rd(h + pe + 6, 2, false);
	uint32_t optsize = (uint32_t)rd(h + pe + 20, 2, false);
	uint64_t opt = pe + 24;
	if (!within(opt, optsize, len) || optsize < 2)
		return dd_error_set(DD_EFORMAT, "PE optional header is truncated");
	uint32_t magic = (uint32_t)rd(h + opt, 2, false);
	uint64_t base;
	if (magic == 0x20b && optsize >= 32) {
		e->is64 = true;
		base = rd(h + opt + 24, 8, false);
	} else if (magic == 0x10b && optsize >= 32) {
		base = rd(h + opt + 28, 4, false);
	} else {
		return dd_error_set(DD_EFORMAT, "PE optional header has an unknown magic 0x%x", magic);
	}
	uint64_t sect = opt + optsize;
	e->segs_complete = within(sect, (uint64_t)nsect * 40, len);
	for (uint32_t i = 0; i < nsect && within(sect + (uint64_t)i * 40, 40, len); i++) {
		const uint8_t *s = h + sect + (uint64_t)i * 40;
		uint64_t vsize = rd(s + 8, 4, false), va = rd(s + 12, 4, false);
		uint64_t rawsize = rd(s + 16, 4, false), rawoff = rd(s + 20, 4, false);
		uint32_t ch = (uint32_t)rd(s + 36, 4, false);
		/* a section's raw data may be padded past its virtual size */
		uint64_t filesz = vsize && rawsize > vsize ? vsize : rawsize;
		add_seg(e, base + va, vsize, rawoff, filesz, ch & 0x80000000u /* MEM_WRITE */,
			ch & 0x20000000u /* MEM_EXECUTE */, file_size);
	}
	return 1;
}

static int parse_macho(dd_exe *e, const uint8_t *h, size_t len, uint64_t file_size)
{
	uint32_t m = (uint32_t)rd(h, 4, false);
	e->format = DD_EXE_MACHO;
	e->is64 = m == 0xfeedfacf || m == 0xcffaedfe;
	e->big_endian = m == 0xcefaedfe || m == 0xcffaedfe;
	bool be = e->big_endian;
	size_t hdr = e->is64 ? 32 : 28;
	if (len < hdr)
		return dd_error_set(DD_EFORMAT, "Mach-O header is truncated");
	uint32_t ncmds = (uint32_t)rd(h + 16, 4, be);
	uint64_t sizeofcmds = rd(h + 20, 4, be);
	e->segs_complete = within(hdr, sizeofcmds, len);
	uint64_t p = hdr, end = e->segs_complete ? hdr + sizeofcmds : len;
	for (uint32_t i = 0; i < ncmds && within(p, 8, end); i++) {
		uint32_t cmd = (uint32_t)rd(h + p, 4, be);
		uint64_t cmdsize = rd(h + p + 4, 4, be);
		if (cmdsize < 8 || !within(p, cmdsize, end))
			return dd_error_set(DD_EFORMAT, "Mach-O load command %u is truncated", i);
		const uint8_t *c = h + p;
		if (cmd == 0x19 /* LC_SEGMENT_64 */ && cmdsize >= 72)
			add_seg(e, rd(c + 24, 8, be), rd(c + 32, 8, be), rd(c + 40, 8, be), rd(c + 48, 8, be),
				rd(c + 60, 4, be) & 2 /* initprot VM_PROT_WRITE */, rd(c + 60, 4, be) & 4 /* VM_PROT_EXECUTE */, file_size);
		else if (cmd == 0x1 /* LC_SEGMENT */ && cmdsize >= 56)
			add_seg(e, rd(c + 24, 4, be), rd(c + 28, 4, be), rd(c + 32, 4, be), rd(c + 36, 4, be),
				rd(c + 44, 4, be) & 2, rd(c + 44, 4, be) & 4, file_size);
		p += cmdsize;
	}
	return 1;
}

int dd_exe_parse(dd_exe *e, const uint8_t *head, size_t len, uint64_t file_size)
{
	memset(e, 0, sizeof(*e));
	if (len > file_size)
		len = (size_t)file_size;
	if (len < 4)
		return 0;
	if (!memcmp(head, "\x7f" "ELF", 4))
		return parse_elf(e, head, len, file_size);
	if (head[0] == 'M' && head[1] == 'Z')
		return parse_pe(e, head, len, file_size);
	uint32_t m = (uint32_t)rd(head, 4, false);
	if (m == 0xfeedface || m == 0xfeedfacf || m == 0xcefaedfe || m == 0xcffaedfe)
		return parse_macho(e, head, len, file_size);
	return 0;
}

bool dd_exe_vaddr_to_offset(const dd_exe *e, uint64_t vaddr, uint64_t len, uint64_t *off)
{
	for (size_t i = 0; i < e->n_segs; i++) {
		const dd_exe_seg *s = &e->segs[i];
		if (vaddr >= s->vaddr && vaddr - s->vaddr <= s->filesz && len <= s->filesz - (vaddr - s->vaddr)) {
			*off = s->offset + (vaddr - s->vaddr);
			return true;
		}
	}
	return false;
}

const dd_exe_seg *dd_exe_seg_at_offset(const dd_exe *e, uint64_t off)
{
	for (size_t i = 0; i < e->n_segs; i++) {
		const dd_exe_seg *s = &e->segs[i];
		if (off >= s->offset && off - s->offset < s->filesz)
			return s;
	}
	return NULL;
}

bool dd_elf_shdr_get(const dd_exe *e, const uint8_t *table, size_t table_len, uint32_t i, dd_elf_shdr *out)
{
	if (e->format != DD_EXE_ELF || i >= e->shnum || !within((uint64_t)i * e->shentsize, e->shentsize, table_len))
		return false;
	const uint8_t *s = table + (size_t)i * e->shentsize;
	bool be = e->big_endian;
	out->name = (uint32_t)rd(s, 4, be);
	out->type = (uint32_t)rd(s + 4, 4, be);
	if (e->is64) {
		out->flags = rd(s + 8, 8, be);
		out->addr = rd(s + 16, 8, be);
		out->offset = rd(s + 24, 8, be);
		out->size = rd(s + 32, 8, be);
	} else {
		out->flags = rd(s + 8, 4, be);
		out->addr = rd(s + 12, 4, be);
		out->offset = rd(s + 16, 4, be);
		out->size = rd(s + 20, 4, be);
	}
	return true;
}
