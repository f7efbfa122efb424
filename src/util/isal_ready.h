/*
 * ISA-L picks each routine's CPU-specific version at its first call and
 * stores the choice in a global pointer (its "multibinary" dispatch). Two
 * threads making that first call at once both write the pointer: harmless
 * in practice (the same value), but a data race all the same, which Helgrind
 * reports. dd_isal_ready() makes those first calls once per process, before
 * a scan starts its threads (dd_engine_new calls it; the inflate and zip
 * readers call it too, for callers without an engine).
 */
#ifndef DD_UTIL_ISAL_READY_H
#define DD_UTIL_ISAL_READY_H

void dd_isal_ready(void);

#endif
