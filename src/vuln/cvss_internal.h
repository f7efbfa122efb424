/* Per-version CVSS scorers behind dd_cvss_score() (cvss.c, cvss4.c). */
#ifndef DD_VULN_CVSS_INTERNAL_H
#define DD_VULN_CVSS_INTERNAL_H

int dd_cvss4_score(const char *vector, double *score);

#endif
