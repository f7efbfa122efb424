/*
 * Microsoft Script Encoder blocks (screnc.exe: `<%@ LANGUAGE =
 * VBScript.Encode %>`, `<SCRIPT LANGUAGE="JScript.Encode">`), decoded in
 * place so that the webshell analyzers read the code the server runs.
 * Classic ASP webshells are often shipped encoded: to IIS the block is
 * plain VBScript, to a pattern matcher it is noise.
 *
 * Format (facts of the format, not of any one implementation): a block is
 * `#@~^` + 6 base64 characters of a 32-bit little-endian length + `==`,
 * the encoded text, 6 base64 characters of a 32-bit checksum + `==`, and
 * `^#~@`. Each character below 0x80 is substituted through one of three
 * tables, the table picked by the character's position modulo 64; `@&`,
 * `@#`, `@*`, `@!` and `@$` stand for LF, CR, `>`, `<` and `@`; bytes from
 * 0x80 pass through. The length counts the encoded characters; the
 * checksum is the sum of the decoded ones.
 *
 * Copies that went through a text pipeline may have lost DEL (0x7F)
 * characters, which the encoder emits (for '6', 'W' and 'e' at some
 * positions); every later character would then decode through the wrong
 * table. When the length says characters are missing, the decoder puts
 * DELs back where the text stops reading like script, and checks the sum.
 * A character from 0x80 passes through without taking a position (only
 * ASCII characters pick tables) and is one unit of the length field
 * whatever its bytes: single-byte and double-byte code pages (GBK,
 * Big5, Shift-JIS: a lead byte and its trail, which may be below 0x80) and
 * copies re-encoded as UTF-8 are each read as such, the length field
 * telling which reading the block was written in.
 */
#ifndef DD_ANALYZERS_SCRIPT_ENCODER_H
#define DD_ANALYZERS_SCRIPT_ENCODER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_screnc_stats {
	size_t blocks;        /* encoded blocks decoded */
	size_t verified;      /* of them, with the checksum matching */
	size_t repaired;      /* of them, with lost DEL characters put back */
} dd_screnc_stats;

/* DELs are put back only when at most one character in DD_SCRENC_REPAIR_RATIO
 * is missing (the encoder emits a DEL for about one in thirty: a length
 * field claiming more is not a lossy copy), and only in blocks up to
 * DD_SCRENC_REPAIR_MAX_BLOCK bytes (the search keeps 16 bytes a character),
 * DD_SCRENC_REPAIR_MAX_PAGE in all per page (the search decodes about 1 MB/s:
 * a page of many lossy blocks costs a second, not minutes). */
#define DD_SCRENC_REPAIR_RATIO 4
#define DD_SCRENC_REPAIR_MAX_BLOCK (512u << 10)
#define DD_SCRENC_REPAIR_MAX_PAGE (1u << 20)

/* The plain character of encoded character c at position pos (c below
 * 0x80 and not '@'); the tests build an encoder from it. */
int dd_screnc_char(unsigned pos, unsigned char c);

/* True when src holds the start of an encoded block. */
bool dd_screnc_present(const char *src, size_t len);

/*
 * Decodes every encoded block of src into a new buffer (*out, NUL
 * terminated, *out_len bytes), the text between blocks copied unchanged;
 * a marker without a well-formed block is copied as text. *out is NULL
 * when src has no block. Returns 0 or DD_ENOMEM.
 */
int dd_screnc_decode(const char *src, size_t len, char **out, size_t *out_len, dd_screnc_stats *stats);

#endif
