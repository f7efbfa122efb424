/*
 * The analyzer table, X-macro style: one line per analyzer. Add a line here
 * and a file src/analyzers/<name>.c defining `const dd_analyzer dd_analyzer_<name>`.
 * Order matters only for output stability.
 */
/* OS */
DD_ANALYZER(os_release)
DD_ANALYZER(dpkg)
DD_ANALYZER(apk)
DD_ANALYZER(rpm)
/* secrets and sensitive files */
DD_ANALYZER(secrets)
/* applications */
DD_ANALYZER(jar)
/* risks */
DD_ANALYZER(malware)
