/* Fuzzes the TOML event reader directly (every event kind reaches the callback). */
#include <stdint.h>
#include <string.h>

#include "util/toml.h"

static int on_event(void *ctx, const dd_toml_event *ev)
{
	size_t *sum = ctx;
	for (size_t i = 0; i < ev->table_n; i++)
		*sum += ev->table[i].n;
	for (size_t i = 0; i < ev->key_n; i++)
		*sum += ev->key[i].n;
	if (ev->value && ev->value_len)
		*sum += (unsigned char)ev->value[ev->value_len - 1];
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t sum = 0;
	dd_toml_parse((const char *)data, size, on_event, &sum);
	return 0;
}
