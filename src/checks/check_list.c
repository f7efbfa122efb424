/* Builds dd_checks[] from check_list.h. */
#include "checks/check.h"

#define DD_CHECK(n) extern const dd_check dd_check_##n;
#include "checks/check_list.h"
#undef DD_CHECK

const dd_check *const dd_checks[] = {
#define DD_CHECK(n) &dd_check_##n,
#include "checks/check_list.h"
#undef DD_CHECK
	NULL
};
