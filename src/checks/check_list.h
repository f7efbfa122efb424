/* The image-level check table: one DD_CHECK(name) line per src/checks/<name>.c
 * defining `const dd_check dd_check_<name>`. */
