/*
 * The fix backend table, X-macro style: one line per package manager. Add a
 * line here and a file src/fix/<name>.c defining
 * `const dd_fix_backend dd_fix_backend_<name>` (backend.h).
 */
DD_FIX_BACKEND(apk)
