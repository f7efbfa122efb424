/*
 * A bounded reader for the TOML that lock files use (poetry.lock,
 * Cargo.lock, uv.lock...): tables, arrays of tables, dotted keys, all four
 * string forms, numbers, booleans, dates, arrays and inline tables.
 *
 * The one idea: lock files are read once, top to bottom, so the reader
 * builds no tree. It calls back once per table header and once per
 * key = scalar of a table (and once per scalar element of a key's array);
 * values nested deeper (arrays of arrays, inline tables) are parsed and
 * checked but not reported. Every length, depth and count is capped, so a
 * hostile file costs time linear in its size and memory linear in its
 * longest string. Not a validator: duplicate keys and redefined tables are
 * not detected.
 */
#ifndef DD_UTIL_TOML_H
#define DD_UTIL_TOML_H

#include <stdbool.h>
#include <stddef.h>

#define DD_TOML_MAX_KEY_PARTS 16
#define DD_TOML_MAX_DEPTH 32
#define DD_TOML_MAX_STRING (1u << 20)

typedef enum dd_toml_kind {
	DD_TOML_HEADER = 0,     /* a [table] or [[array.of.tables]] line */
	DD_TOML_STRING,
	DD_TOML_INTEGER,
	DD_TOML_FLOAT,
	DD_TOML_BOOL,
	DD_TOML_DATETIME,
	DD_TOML_ARRAY_END,      /* after the last element of a key's array */
} dd_toml_kind;

typedef struct dd_toml_str {
	const char *p;          /* decoded; valid during the callback only */
	size_t n;
} dd_toml_str;

typedef struct dd_toml_event {
	dd_toml_kind kind;
	/* the current table: header parts ({"package", "dependencies"}) */
	const dd_toml_str *table;
	size_t table_n;
	bool array_table;       /* the header was [[...]] */
	/* the key, relative to the table (dotted keys give several parts);
	 * empty for HEADER events */
	const dd_toml_str *key;
	size_t key_n;
	/* a STRING's decoded text, or the raw text of other scalars */
	const char *value;
	size_t value_len;
	int array_index;        /* element index in the key's array, -1 when not in one */
	unsigned line;          /* 1-based */
} dd_toml_event;

/* Return 0 to go on, anything else stops the parse and is returned. */
typedef int (*dd_toml_cb)(void *ctx, const dd_toml_event *ev);

/*
 * Parses data[0..len). Returns 0, the callback's non-zero return, DD_EFORMAT
 * (malformed, with "line N: what" as the message), DD_ELIMIT (a cap) or
 * DD_ENOMEM.
 */
int dd_toml_parse(const char *data, size_t len, dd_toml_cb cb, void *ctx);

/* True when the event's table is exactly the given parts. */
bool dd_toml_table_is(const dd_toml_event *ev, const char *const *parts, size_t n);
/* True when the event's key is one part equal to name. */
bool dd_toml_key_is(const dd_toml_event *ev, const char *name);

#endif
