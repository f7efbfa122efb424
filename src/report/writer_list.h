/* The report writer table: one DD_WRITER(name) line per
 * src/report/writer_<name>.c defining `const dd_writer dd_writer_<name>`. */
DD_WRITER(json)
DD_WRITER(table)
DD_WRITER(sarif)
DD_WRITER(cyclonedx)
DD_WRITER(spdx)
DD_WRITER(html)
