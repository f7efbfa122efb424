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
/* Application packages */
DD_ANALYZER(npm)
DD_ANALYZER(npm_lock)
DD_ANALYZER(yarn_lock)
DD_ANALYZER(pnpm_lock)
DD_ANALYZER(python_dist)
DD_ANALYZER(pipfile_lock)
DD_ANALYZER(poetry_lock)
DD_ANALYZER(cargo_lock)
DD_ANALYZER(gemspec)
DD_ANALYZER(gemfile_lock)
DD_ANALYZER(composer)
DD_ANALYZER(dotnet_deps)
/* streaming analyzers: the first that wants a file streams it, later ones
 * get it from a buffer up to their max_size; an executable jar is a jar,
 * so jar and python_egg come before executable */
DD_ANALYZER(jar)
DD_ANALYZER(python_egg)
DD_ANALYZER(executable)
/* secrets and sensitive files */
DD_ANALYZER(secrets)
/* risks */
DD_ANALYZER(malware)
/* webshells by data flow, one per language family (webshell.h) */
DD_ANALYZER(webshell_php)
DD_ANALYZER(webshell_jsp)
DD_ANALYZER(webshell_asp)
DD_ANALYZER(webshell_aspx)
