/*
 * Executable headers (ELF, PE, Mach-O) read from a file's first bytes.
 *
 * The one idea: everything needed to turn a virtual address into a file
 * offset (ELF program headers, PE section table, Mach-O segment commands)
 * sits at the start of the file in all three formats, so it can be read
 * from the head of a stream without seeking. ELF section headers sit at the
 * end instead; only where they are (offset, count, entry size) is known
 * from the head, and dd_elf_shdr_get() decodes them once the caller has
 * captured those bytes. Every field is bounds-checked against the bytes at
 * hand and the file size; nothing is trusted.
 */
#ifndef DD_UTIL_EXE_H
#define DD_UTIL_EXE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum dd_exe_format {
	DD_EXE_NONE = 0,
	DD_EXE_ELF,
	DD_EXE_PE,
	DD_EXE_MACHO,
} dd_exe_format;

/* How many leading bytes dd_exe_parse() wants (fewer when the file is shorter). */
#define DD_EXE_HEAD (64u << 10)
#define DD_EXE_MAX_SEGS 128

typedef struct dd_exe_seg {
	uint64_t vaddr, memsz;
	uint64_t offset, filesz;   /* the file bytes backing [vaddr, vaddr + filesz) */
	bool writable;
	bool executable;
} dd_exe_seg;

typedef struct dd_exe {
	dd_exe_format format;
	bool is64;
	bool big_endian;
	dd_exe_seg segs[DD_EXE_MAX_SEGS];
	size_t n_segs;
	bool segs_complete;         /* every load segment was read (else mapping may miss some) */
	uint64_t described_size;    /* how long the headers say the file is (segments, section table) */
	bool go_note;               /* ELF: a PT_NOTE holds the Go linker's build ID note ("Go", type 4) */
	/* ELF: where the section header table is (0 when there is none) */
	uint64_t shoff;
	uint32_t shnum, shentsize, shstrndx;
} dd_exe;

/*
 * Reads the headers from head[0..len), the file's first bytes (file_size is
 * the whole file's size). Returns 1 when the bytes are an ELF, PE or thin
 * Mach-O executable, 0 when they are not, DD_EFORMAT (with a message) when
 * they claim to be one but the headers are corrupt.
 */
int dd_exe_parse(dd_exe *e, const uint8_t *head, size_t len, uint64_t file_size);

/* The file offset of [vaddr, vaddr + len), which must lie in one segment's
 * file-backed part. */
bool dd_exe_vaddr_to_offset(const dd_exe *e, uint64_t vaddr, uint64_t len, uint64_t *off);
/* The segment whose file bytes hold offset `off`, or NULL. */
const dd_exe_seg *dd_exe_seg_at_offset(const dd_exe *e, uint64_t off);

/* An unsigned integer of `size` bytes (1, 2, 4 or 8) in the file's byte order. */
uint64_t dd_exe_uint(const dd_exe *e, const uint8_t *p, size_t size);

typedef struct dd_elf_shdr {
	uint32_t name;      /* offset of the name in the section-name string table */
	uint32_t type;
	uint64_t flags, addr, offset, size;
} dd_elf_shdr;

/* Decodes ELF section header i from the captured table bytes. */
bool dd_elf_shdr_get(const dd_exe *e, const uint8_t *table, size_t table_len, uint32_t i, dd_elf_shdr *out);

#endif
