/*
 * Risky build commands, read from the image config's history (created_by of
 * every instruction, history_cmd.h) — Dockle's history and config
 * checkpoints and more: packages installed from unverified sources,
 * downloads piped into a shell, TLS verification turned off, credentials on
 * command lines and in build arguments, chmod 777, setuid bits, ADD where
 * COPY would do, ADD of remote URLs, package caches left in layers, sudo.
 *
 * The one idea: rules look at command words of each simple command of a RUN
 * (dd_shell_split), not at substrings, so "curl -k" is found inside
 * "curl -fsSLk", and "apk add --no-cache" is not confused with "apk add".
 * Each finding names the history index and quotes the command, with any
 * credential the rules found replaced by "****", cut to 200 characters; the
 * report's own copy of the history is masked the same way.
 *
 * A rule's Dockle alias is attached only where Dockle's own verdict on that
 * entry agrees (dockle.h); where Dockle reports a checkpoint that none of
 * these rules found, the checkpoint's rule reports it, so the aliases of a
 * report are Dockle's set of findings.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check_util.h"
#include "checks/dockle.h"
#include "checks/history_cmd.h"
#include "checks/secret_names.h"
#include "util/error.h"
#include "util/str.h"

#define QUOTE_MAX 200
#define MAX_SECRETS 16
#define MAX_HISTORY 10000

enum rule {
	R_SUDO, R_UPDATE_ALONE, R_UPGRADE, R_APK_CACHE, R_APT_LISTS, R_PKG_CACHE, R_UNTRUSTED_PKG, R_CURL_SH, R_TLS,
	R_CHMOD777, R_SETUID, R_CREDS, R_ADD_URL, R_ADD, R_ARG_SECRET, R_ENV_SECRET, R_SECRET_VAR, R_COUNT
};

typedef struct rule_info {
	const char *id;
	dd_severity sev;
	const char *alias;
	unsigned dockle;           /* the DD_DOCKLE_* verdict the alias stands for */
	const char *title;
	const char *remediation;
} rule_info;

static const rule_info rules[R_COUNT] = {
	[R_SUDO] = { "sudo-in-build", DD_SEV_MEDIUM, "DKL-DI-0001", DD_DOCKLE_SUDO, "RUN uses sudo",
		"Drop sudo: build steps already run as root; switch users with USER instead." },
	[R_UPDATE_ALONE] = { "update-alone", DD_SEV_LOW, "CIS-DI-0007", DD_DOCKLE_UPDATE_ALONE, "RUN updates the package index without installing in the same step",
		"Combine 'apt-get update' with 'apt-get install' in one RUN so a cached stale index is never used." },
	[R_UPGRADE] = { "distro-upgrade", DD_SEV_LOW, "DKL-DI-0003", DD_DOCKLE_DIST_UPGRADE, "RUN upgrades the whole distribution",
		"Avoid (dist-)upgrade in images; rebuild on an updated base image and install the specific fixed packages." },
	[R_APK_CACHE] = { "apk-add-cache", DD_SEV_LOW, "DKL-DI-0004", DD_DOCKLE_APK_CACHE, "RUN 'apk add' without --no-cache leaves the package index in the layer",
		"Use 'apk add --no-cache'." },
	[R_APT_LISTS] = { "apt-lists-not-cleaned", DD_SEV_LOW, "DKL-DI-0005", DD_DOCKLE_APT_LISTS,
		"RUN 'apt-get update/install' leaves /var/lib/apt/lists in the layer",
		"End the RUN with 'rm -rf /var/lib/apt/lists/*' (and apt-get clean)." },
	[R_PKG_CACHE] = { "package-cache-not-cleaned", DD_SEV_LOW, NULL, 0, "RUN installs packages without cleaning the package cache",
		"End the RUN with 'yum clean all' / 'dnf clean all' (or rm -rf /var/cache/yum /var/cache/dnf)." },
	[R_UNTRUSTED_PKG] = { "untrusted-packages", DD_SEV_HIGH, NULL, 0, "RUN installs packages without signature verification",
		"Remove --allow-untrusted / --nogpgcheck / --allow-unauthenticated and install from signed repositories." },
	[R_CURL_SH] = { "curl-pipe-shell", DD_SEV_MEDIUM, NULL, 0, "RUN pipes a download into a shell",
		"Download to a file, verify its checksum or signature, then run it; or install from a package repository." },
	[R_TLS] = { "tls-verify-disabled", DD_SEV_MEDIUM, NULL, 0, "RUN disables TLS certificate verification",
		"Keep certificate verification on; add the needed CA certificate to the image instead." },
	[R_CHMOD777] = { "chmod-777", DD_SEV_MEDIUM, NULL, 0, "RUN makes files writable by everyone (chmod 777)",
		"Grant only the permissions needed (e.g. chmod 755 / 644) and chown to the service user." },
	[R_SETUID] = { "setuid-in-build", DD_SEV_MEDIUM, NULL, 0, "RUN sets a setuid/setgid bit",
		"Avoid setuid/setgid files in images; grant capabilities at run time if really needed." },
	[R_CREDS] = { "credentials-in-command", DD_SEV_HIGH, "CIS-DI-0010", DD_DOCKLE_CREDENTIAL, "RUN passes a credential on the command line",
		"Use build secrets (RUN --mount=type=secret) so credentials never reach the image history; rotate this one." },
	[R_ADD_URL] = { "add-remote-url", DD_SEV_MEDIUM, "CIS-DI-0009", DD_DOCKLE_ADD, "ADD fetches a remote URL",
		"Download with a verified checksum (ADD --checksum=, or curl + sha256sum -c) or COPY a vetted file." },
	[R_ADD] = { "add-instead-of-copy", DD_SEV_LOW, "CIS-DI-0009", DD_DOCKLE_ADD, "ADD is used where COPY would do",
		"Use COPY for local files; ADD's implicit extraction and URL fetching are a risk when not needed." },
	[R_ARG_SECRET] = { "build-arg-secret", DD_SEV_HIGH, "CIS-DI-0010", DD_DOCKLE_CREDENTIAL, "a build argument holds a credential",
		"Build arguments are recorded in the image history; use build secrets instead and rotate the value." },
	[R_ENV_SECRET] = { "history-env-secret", DD_SEV_HIGH, "CIS-DI-0010", DD_DOCKLE_CREDENTIAL,
		"an ENV instruction set a credential that the history still shows",
		"Do not set credentials with ENV, even temporarily; the history keeps them. Rotate the value." },
	/* Dockle's CIS-DI-0010 on a name alone (PASS, KEY, ACCESS, TOKEN, SECRET in
	 * it) where no rule above saw a credential: worth a look, not proof */
	[R_SECRET_VAR] = { "secret-named-variable", DD_SEV_MEDIUM, "CIS-DI-0010", DD_DOCKLE_CREDENTIAL,
		"a variable named like a credential is set in the build history",
		"Check the value: if it is a credential, pass it as a build secret or at run time, and rotate it." },
};

typedef struct hist {
	dd_check_ctx *c;
	int index;
	const char *layer;
	const char *text;          /* the instruction's arguments (raw) */
	size_t text_len;
	char secrets[MAX_SECRETS][128];
	size_t n_secrets;
	bool done[R_COUNT];
	unsigned dockle;           /* Dockle's verdicts on this entry (DD_DOCKLE_*) */
	unsigned dockle_covered;   /* those a rule already reported with its alias */
	dd_sh *sh;
	json_t *final_env;
} hist;

static void add_secret(hist *h, const char *v, size_t n)
{
	if (!n || v[0] == '$' || h->n_secrets >= MAX_SECRETS || n >= sizeof(h->secrets[0]))
		return;
	memcpy(h->secrets[h->n_secrets], v, n);
	h->secrets[h->n_secrets][n] = '\0';
	h->n_secrets++;
}

/* The command text with every found credential masked, cut to QUOTE_MAX. */
static void quote(const hist *h, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < h->text_len && o + 5 < cap;) {
		bool masked = false;
		for (size_t k = 0; k < h->n_secrets; k++) {
			size_t n = strlen(h->secrets[k]);
			if (n && i + n <= h->text_len && !memcmp(h->text + i, h->secrets[k], n)) {
				memcpy(out + o, "****", 4);
				o += 4;
				i += n;
				masked = true;
				break;
			}
		}
		if (masked)
			continue;
		unsigned char ch = (unsigned char)h->text[i++];
		out[o++] = ch < 0x20 ? ' ' : (char)ch;
		if (o >= QUOTE_MAX) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
	}
	out[o] = '\0';
}

/* The whole created_by with every found credential masked (malloc'ed). */
static char *mask_all(const hist *h, const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		bool masked = false;
		for (size_t k = 0; k < h->n_secrets && !masked; k++) {
			size_t m = strlen(h->secrets[k]);
			if (m >= 4 && i + m <= n && !memcmp(s + i, h->secrets[k], m)) {
				memcpy(out + o, "****", 4);
				o += 4;
				i += m;
				masked = true;
			}
		}
		if (!masked)
			out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}

static int hit(hist *h, enum rule r, const char *detail)
{
	if (h->done[r])
		return 0;
	h->done[r] = true;
	char q[QUOTE_MAX + 16];
	quote(h, q, sizeof(q));
	const rule_info *ri = &rules[r];
	const char *alias = ri->alias && (h->dockle & ri->dockle) ? ri->alias : NULL;
	if (alias)
		h->dockle_covered |= ri->dockle;
	dd_rule_hit rh = { .cls = DD_CLASS_BUILD, .id = ri->id, .sev = ri->sev, .alias = alias, .match = q,
		.history_index = h->index, .remediation = ri->remediation, .layer = h->layer };
	return dd_check_hit(h->c, &rh, "%s%s%s", ri->title, detail ? ": " : "", detail ? detail : "");
}

static const char *word(const hist *h, const dd_sh_cmd *c, unsigned k)
{
	return k < c->n ? h->sh->words[c->first + k] : NULL;
}

static bool has_word(const hist *h, const dd_sh_cmd *c, unsigned from, const char *w)
{
	for (unsigned k = from; k < c->n; k++)
		if (!strcmp(word(h, c, k), w))
			return true;
	return false;
}

static bool is_shell(const char *p)
{
	static const char *const shells[] = { "sh", "bash", "zsh", "ash", "dash", "ksh", "python", "python2", "python3",
		"perl", "ruby", "node", "php", NULL };
	for (size_t i = 0; shells[i]; i++)
		if (!strcmp(p, shells[i]))
			return true;
	return false;
}

static bool tls_env(const char *w)
{
	return !strcasecmp(w, "GIT_SSL_NO_VERIFY=1") || !strcasecmp(w, "GIT_SSL_NO_VERIFY=true") ||
		!strcmp(w, "NODE_TLS_REJECT_UNAUTHORIZED=0") || !strcmp(w, "PYTHONHTTPSVERIFY=0") ||
		!strcasecmp(w, "CURL_INSECURE=1") || !strcasecmp(w, "npm_config_strict_ssl=false");
}

/* Credentials in one command's words. */
static void find_secrets(hist *h, const dd_sh_cmd *c, const char *prog, unsigned at)
{
	bool mysql = !strcmp(prog, "mysql") || !strcmp(prog, "mysqladmin") || !strcmp(prog, "mysqldump") ||
		!strcmp(prog, "mariadb") || !strcmp(prog, "mysqlsh");
	for (unsigned k = 0; k < c->n; k++) {
		const char *w = word(h, c, k);
		const char *eq = strchr(w, '=');
		/* VAR=secret prefixes and export VAR=secret */
		if (k < at || !strcmp(prog, "export")) {
			if (eq && dd_secret_env_reason(w, (size_t)(eq - w), eq + 1, strlen(eq + 1)))
				add_secret(h, eq + 1, strlen(eq + 1));
		}
		if (k <= at)
			continue;
		static const char *const opts[] = { "--password=", "--passwd=", "--pass=", "--token=", "--api-key=",
			"--secret=", "--http-password=", "--ftp-password=", "--proxy-password=", NULL };
		for (size_t i = 0; opts[i]; i++)
			if (dd_starts_with(w, opts[i]))
				add_secret(h, w + strlen(opts[i]), strlen(w + strlen(opts[i])));
		const char *next = word(h, c, k + 1);
		if (next && (!strcmp(w, "--password") || !strcmp(w, "--token") || (!strcmp(w, "-p") && (!strcmp(prog, "sshpass") ||
			!strcmp(prog, "docker") || !strcmp(prog, "podman") || !strcmp(prog, "buildah") || !strcmp(prog, "skopeo")))))
			add_secret(h, next, strlen(next));
		if (mysql && w[0] == '-' && w[1] == 'p' && w[2])
			add_secret(h, w + 2, strlen(w + 2));
		if ((!strcmp(prog, "curl")) && next && (!strcmp(w, "-u") || !strcmp(w, "--user")) && strchr(next, ':'))
			add_secret(h, strchr(next, ':') + 1, strlen(strchr(next, ':') + 1));
		if (!strcmp(prog, "htpasswd") && w[0] == '-' && strchr(w, 'b') && k + 3 < c->n) {
			const char *pw = word(h, c, k + 3);
			add_secret(h, pw, strlen(pw));
		}
		/* scheme://user:password@host */
		const char *sch = strstr(w, "://");
		if (sch) {
			const char *ui = sch + 3, *at_sign = strchr(ui, '@'), *slash = strchr(ui, '/');
			const char *colon = strchr(ui, ':');
			if (at_sign && colon && colon < at_sign && (!slash || at_sign < slash))
				add_secret(h, colon + 1, (size_t)(at_sign - colon - 1));
		}
	}
}

static int run_rules(hist *h)
{
	dd_sh *sh = h->sh;
	dd_shell_split(sh, h->text, h->text_len);
	bool apt_update = false, apt_install = false, apt_upgrade = false, apt_clean = false, apk_add_cache = false, apk_clean = false;
	bool yum_install = false, yum_clean = false;
	int rc = 0;
	/* credentials first, so every quote below is masked */
	for (unsigned i = 0; i < sh->n_cmds; i++) {
		unsigned at = 0;
		const char *prog = dd_sh_program(sh, &sh->cmds[i], &at, NULL);
		if (prog)
			find_secrets(h, &sh->cmds[i], prog, at);
		/* echo 'user:pass' | chpasswd */
		if (prog && !strcmp(prog, "chpasswd") && sh->cmds[i].pipe_in && i > 0) {
			const dd_sh_cmd *prev = &sh->cmds[i - 1];
			const char *pp = dd_sh_program(sh, prev, NULL, NULL);
			if (pp && (!strcmp(pp, "echo") || !strcmp(pp, "printf")))
				for (unsigned k = 1; k < prev->n; k++) {
					const char *w = word(h, prev, k), *colon = strchr(w, ':');
					if (colon && colon[1])
						add_secret(h, colon + 1, strlen(colon + 1));
				}
		}
	}
	if (h->n_secrets && (rc = hit(h, R_CREDS, NULL)) != 0)
		return rc;
	for (unsigned i = 0; i < sh->n_cmds && !rc; i++) {
		const dd_sh_cmd *c = &sh->cmds[i];
		unsigned at = 0;
		bool sudo = false;
		const char *prog = dd_sh_program(sh, c, &at, &sudo);
		for (unsigned k = 0; k < at && !rc; k++)
			if (tls_env(word(h, c, k)))
				rc = hit(h, R_TLS, word(h, c, k));
		if (!prog || rc)
			continue;
		if (sudo && (rc = hit(h, R_SUDO, NULL)) != 0)
			break;
		const char *sub = word(h, c, at + 1);
		for (unsigned k = at + 1; k < c->n && sub && sub[0] == '-'; k++)
			sub = word(h, c, k + 1);   /* apt-get -y install: the verb after options */
		if (!strcmp(prog, "apt-get") || !strcmp(prog, "apt") || !strcmp(prog, "aptitude")) {
			apt_update |= sub && !strcmp(sub, "update");
			apt_install |= sub && !strcmp(sub, "install");
			if (sub && (!strcmp(sub, "dist-upgrade") || !strcmp(sub, "upgrade") || !strcmp(sub, "full-upgrade"))) {
				apt_upgrade = true;
				rc = hit(h, R_UPGRADE, NULL);
			}
			if (!rc && (has_word(h, c, at, "--allow-unauthenticated") || has_word(h, c, at, "--force-yes")))
				rc = hit(h, R_UNTRUSTED_PKG, "--allow-unauthenticated");
			for (unsigned k = at; k < c->n && !rc; k++) {
				const char *w = word(h, c, k);
				if (strstr(w, "Verify-Peer=false") || strstr(w, "Verify-Peer=\"false\"") || strstr(w, "AllowInsecureRepositories=1") ||
				    strstr(w, "AllowInsecureRepositories=true"))
					rc = hit(h, strstr(w, "Verify-Peer") ? R_TLS : R_UNTRUSTED_PKG, w);
			}
		} else if (!strcmp(prog, "apk")) {
			if (sub && !strcmp(sub, "add") && !has_word(h, c, at, "--no-cache"))
				apk_add_cache = true;
			if (sub && !strcmp(sub, "upgrade"))
				rc = hit(h, R_UPGRADE, NULL);
			if (!rc && has_word(h, c, at, "--allow-untrusted"))
				rc = hit(h, R_UNTRUSTED_PKG, "apk --allow-untrusted");
		} else if (!strcmp(prog, "yum") || !strcmp(prog, "dnf") || !strcmp(prog, "microdnf") || !strcmp(prog, "tdnf")) {
			if (sub && !strcmp(sub, "install"))
				yum_install = true;
			if (sub && !strcmp(sub, "clean"))
				yum_clean = true;
			if (sub && (!strcmp(sub, "upgrade") || !strcmp(sub, "update") || !strcmp(sub, "distro-sync")) &&
			    c->n == at + 2 + (has_word(h, c, at, "-y") ? 1 : 0))
				rc = hit(h, R_UPGRADE, NULL);
			if (!rc && has_word(h, c, at, "--nogpgcheck"))
				rc = hit(h, R_UNTRUSTED_PKG, "--nogpgcheck");
		} else if (!strcmp(prog, "rpm") && (has_word(h, c, at, "--nosignature") || has_word(h, c, at, "--nodigest"))) {
			rc = hit(h, R_UNTRUSTED_PKG, "rpm --nosignature");
		} else if (!strcmp(prog, "rm")) {
			for (unsigned k = at + 1; k < c->n; k++) {
				const char *w = word(h, c, k);
				if (dd_starts_with(w, "/var/lib/apt/lists"))
					apt_clean = true;
				if (dd_starts_with(w, "/var/cache/apk"))
					apk_clean = true;
				if (dd_starts_with(w, "/var/cache/yum") || dd_starts_with(w, "/var/cache/dnf"))
					yum_clean = true;
			}
		} else if (!strcmp(prog, "curl") || !strcmp(prog, "wget")) {
			for (unsigned k = at + 1; k < c->n && !rc; k++) {
				const char *w = word(h, c, k);
				bool curl = prog[0] == 'c';
				bool cluster_k = curl && w[0] == '-' && w[1] != '-' && strchr(w, 'k') && strspn(w + 1,
					"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ#0123456789:") == strlen(w + 1);
				if (cluster_k || (curl && !strcmp(w, "--insecure")) || (!curl && !strcmp(w, "--no-check-certificate")))
					rc = hit(h, R_TLS, curl ? "curl --insecure" : "wget --no-check-certificate");
			}
			/* a pipeline from the download into an interpreter */
			for (unsigned j = i + 1; j < sh->n_cmds && !rc && sh->cmds[j].pipe_in && sh->cmds[j - 1].pipe_out; j++) {
				const char *p2 = dd_sh_program(sh, &sh->cmds[j], NULL, NULL);
				if (p2 && is_shell(p2))
					rc = hit(h, R_CURL_SH, NULL);
			}
		} else if (!strcmp(prog, "pip") || !strcmp(prog, "pip3") || !strcmp(prog, "pip2") ||
			   ((!strcmp(prog, "python") || !strcmp(prog, "python3")) && has_word(h, c, at, "pip"))) {
			for (unsigned k = at; k < c->n && !rc; k++)
				if (!strcmp(word(h, c, k), "--trusted-host") || dd_starts_with(word(h, c, k), "--trusted-host="))
					rc = hit(h, R_TLS, "pip --trusted-host");
		} else if (!strcmp(prog, "npm") || !strcmp(prog, "yarn") || !strcmp(prog, "pnpm")) {
			const char *v = NULL;
			for (unsigned k = at; k < c->n; k++) {
				const char *w = word(h, c, k);
				if ((!strcmp(w, "strict-ssl") || !strcmp(w, "strict_ssl")) && k + 1 < c->n)
					v = word(h, c, k + 1);
				else if (!strcmp(w, "--strict-ssl=false") || !strcmp(w, "strict-ssl=false"))
					v = "false";
			}
			if (v && !strcmp(v, "false"))
				rc = hit(h, R_TLS, "npm strict-ssl false");
		} else if (!strcmp(prog, "git")) {
			for (unsigned k = at; k < c->n && !rc; k++) {
				const char *w = word(h, c, k), *n2 = word(h, c, k + 1);
				if (!strcasecmp(w, "http.sslVerify=false") || (!strcasecmp(w, "http.sslVerify") && n2 &&
					(!strcasecmp(n2, "false") || !strcmp(n2, "0"))))
					rc = hit(h, R_TLS, "git http.sslVerify=false");
			}
		} else if (!strcmp(prog, "chmod")) {
			for (unsigned k = at + 1; k < c->n && !rc; k++) {
				const char *w = word(h, c, k);
				if (!strcmp(w, "777") || !strcmp(w, "0777") || !strcmp(w, "a+rwx") || !strcmp(w, "ugo+rwx") || !strcmp(w, "o+w") ||
				    !strcmp(w, "a+w") || !strcmp(w, "666") || !strcmp(w, "0666"))
					rc = hit(h, R_CHMOD777, w);
				else if (strstr(w, "+s") && w[0] != '-' && !strchr(w, '/'))
					rc = hit(h, R_SETUID, w);
				else if (strlen(w) == 4 && strspn(w, "01234567") == 4 && (w[0] == '2' || w[0] == '4' || w[0] == '6' || w[0] == '7'))
					rc = hit(h, R_SETUID, w);
			}
		}
	}
	if (rc)
		return rc;
	/* downloads substituted into a shell: sh -c "$(curl ...)", bash <(wget ...) */
	static const char *const subst[] = { "$(curl", "$(wget", "<(curl", "<(wget", "`curl", "`wget", NULL };
	for (size_t i = 0; subst[i] && !rc; i++)
		if (memmem(h->text, h->text_len, subst[i], strlen(subst[i])))
			rc = hit(h, R_CURL_SH, NULL);
	/* an upgrade uses the fresh index as an install does */
	if (!rc && apt_update && !apt_install && !apt_upgrade)
		rc = hit(h, R_UPDATE_ALONE, NULL);
	if (!rc && (apt_install || apt_update) && !apt_clean)
		rc = hit(h, R_APT_LISTS, NULL);
	if (!rc && apk_add_cache && !apk_clean)
		rc = hit(h, R_APK_CACHE, NULL);
	if (!rc && yum_install && !yum_clean)
		rc = hit(h, R_PKG_CACHE, NULL);
	return rc;
}

static bool is_archive(const char *s, size_t n)
{
	static const char *const ext[] = { ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".tar.zst", NULL };
	for (size_t i = 0; ext[i]; i++) {
		size_t m = strlen(ext[i]);
		if (n >= m && !strncmp(s + n - m, ext[i], m))
			return true;
	}
	return false;
}

static int add_rules(hist *h)
{
	const char *s = h->text;
	size_t n = h->text_len;
	static const char *const schemes[] = { "http://", "https://", "ftp://", NULL };
	for (size_t i = 0; schemes[i]; i++)
		if (memmem(s, n, schemes[i], strlen(schemes[i])))
			return hit(h, R_ADD_URL, NULL);
	/* classic builders: "file:<hash> in /" at the bottom is the base rootfs */
	if (n >= 5 && !strncmp(s, "file:", 5)) {
		const char *in = memmem(s, n, " in ", 4);
		if (h->index == 0 || (in && (size_t)(s + n - in) == 5 && in[4] == '/'))
			return 0;
		return hit(h, R_ADD, NULL);
	}
	/* BuildKit: "[--opts] SRC... DST"; local archives are what ADD is for */
	dd_span w[32];
	size_t nw = dd_split_ws((dd_span){ s, n }, w, 32);
	if (nw > 32)
		nw = 32;
	bool all_archives = nw >= 2;
	for (size_t i = 0; i + 1 < nw; i++)
		if (w[i].p[0] != '-' && !is_archive(w[i].p, w[i].n))
			all_archives = false;
	if (all_archives || h->index == 0)
		return 0;
	return hit(h, R_ADD, NULL);
}

static bool env_still_set(const hist *h, const char *kv, size_t n)
{
	size_t i;
	json_t *v;
	json_array_foreach(h->final_env, i, v) {
		const char *e = json_string_value(v);
		if (e && strlen(e) == n && !memcmp(e, kv, n))
			return true;
	}
	return false;
}

/* ENV A=b C=d, the legacy "ENV A b", and ARG A=b. */
static int assignments(hist *h, bool is_arg)
{
	dd_span w[64];
	size_t nw = dd_split_ws((dd_span){ h->text, h->text_len }, w, 64);
	if (nw > 64)
		nw = 64;
	bool legacy = nw >= 2 && !memchr(w[0].p, '=', w[0].n) && !is_arg;
	int rc = 0;
	for (size_t i = 0; i < nw && !rc; i++) {
		const char *eq = memchr(w[i].p, '=', w[i].n);
		dd_span name = w[i], value = { NULL, 0 };
		if (legacy) {
			name = w[0];
			value = (dd_span){ w[1].p, (size_t)(h->text + h->text_len - w[1].p) };
			i = nw;
		} else if (eq) {
			name = (dd_span){ w[i].p, (size_t)(eq - w[i].p) };
			value = (dd_span){ eq + 1, w[i].n - name.n - 1 };
		} else {
			continue;
		}
		char full[256];
		snprintf(full, sizeof(full), "%.*s=%.*s", (int)name.n, name.p, (int)value.n, value.p);
		if (tls_env(full))
			rc = hit(h, R_TLS, full);
		if (rc || !dd_secret_env_reason(name.p, name.n, value.p, value.n))
			continue;
		if (value.n && value.p[0] == '"' && value.n >= 2) {
			value.p++;
			value.n -= 2;
		}
		add_secret(h, value.p, value.n);
		if (is_arg)
			rc = hit(h, R_ARG_SECRET, NULL);
		else if (!env_still_set(h, full, strlen(full)))
			rc = hit(h, R_ENV_SECRET, NULL);   /* still set: the image_config check reports it */
	}
	return rc;
}

/* ENV NAME=... whose NAME is still set in the final Env to a value our
 * credential test flags: image_config's env-secret reports it, with the
 * Dockle alias. */
static bool env_secret_reported(const hist *h, const char *name, size_t n)
{
	size_t i;
	json_t *v;
	json_array_foreach(h->final_env, i, v) {
		const char *e = json_string_value(v);
		if (e && !strncmp(e, name, n) && e[n] == '=' && e[n + 1] &&
		    dd_secret_env_reason(e, n, e + n + 1, strlen(e + n + 1)) && dd_dockle_credential_name(e, n))
			return true;
	}
	return false;
}

/* Dockle's verdicts on this entry that no rule reported with the alias: the
 * checkpoint's own rule reports them, so the report's aliases are Dockle's. */
static int dockle_rest(hist *h, bool env, const char *var, size_t var_len)
{
	static const enum rule by_bit[DD_DOCKLE_COUNT] = { R_SUDO, R_UPDATE_ALONE, R_UPGRADE, R_APK_CACHE, R_APT_LISTS,
		R_ADD, R_SECRET_VAR };
	int rc = 0;
	for (unsigned b = 0; b < DD_DOCKLE_COUNT && !rc; b++) {
		unsigned bit = 1u << b;
		if (!(h->dockle & bit) || (h->dockle_covered & bit))
			continue;
		if (bit == DD_DOCKLE_CREDENTIAL) {
			if (env && var && env_secret_reported(h, var, var_len))
				continue;
			char name[128];
			snprintf(name, sizeof(name), "%.*s", var ? (int)var_len : 0, var ? var : "");
			/* the value is masked in the quote and the report's history */
			const char *at = var ? memmem(h->text, h->text_len, name, strlen(name)) : NULL;
			if (at && at + var_len < h->text + h->text_len && at[var_len] == '=') {
				const char *v = at + var_len + 1, *end = h->text + h->text_len;
				if (v < end && (*v == '"' || *v == '\'')) {
					const char *q = memchr(v + 1, *v, (size_t)(end - v - 1));
					add_secret(h, v + 1, q ? (size_t)(q - v - 1) : (size_t)(end - v - 1));
				} else {
					size_t n = 0;
					while (v + n < end && !isspace((unsigned char)v[n]))
						n++;
					add_secret(h, v, n);
				}
			}
			rc = hit(h, R_SECRET_VAR, var ? name : NULL);
		} else {
			rc = hit(h, by_bit[b], "as Dockle reads the command");
		}
	}
	return rc;
}

static int latest_tag(dd_check_ctx *c)
{
	const dd_report *r = dd_check_report(c);
	const char *ref = r->ref;
	if (!ref)
		return 0;
	bool latest = dd_ends_with(ref, ":latest");
	if (!latest && dd_starts_with(ref, "docker://")) {
		const char *slash = strrchr(ref, '/');
		latest = slash && !strchr(slash, ':') && !strchr(slash, '@');
	}
	if (!latest)
		return 0;
	dd_rule_hit h = { .cls = DD_CLASS_BUILD, .id = "latest-tag", .sev = DD_SEV_LOW, .alias = "DKL-DI-0006", .history_index = -1,
		.remediation = "Refer to images by a version tag or digest so builds and deployments are reproducible." };
	return dd_check_hit(c, &h, "the image is referenced by the 'latest' tag (%s)", ref);
}

static int run(dd_check_ctx *c)
{
	json_t *cfg = dd_check_config(c);
	int rc = latest_tag(c);
	json_t *history = json_object_get(cfg, "history");
	if (rc || !json_is_array(history))
		return rc;
	dd_sh *sh = malloc(sizeof(*sh));
	if (!sh)
		return dd_error_oom();
	const dd_report *rep = dd_check_report(c);
	size_t layer_i = 0, i;
	json_t *e;
	dd_strv seen_args = DD_STRV_INIT;
	bool seen_add = false;
	json_array_foreach(history, i, e) {
		if (i >= MAX_HISTORY) {
			dd_check_note(c, true, "history has more than %d entries; the rest were not checked", MAX_HISTORY);
			break;
		}
		bool empty = json_is_true(json_object_get(e, "empty_layer"));
		const char *layer = !empty && layer_i < rep->n_layers ? rep->layers[layer_i].digest : NULL;
		if (!empty)
			layer_i++;
		const char *cb = json_string_value(json_object_get(e, "created_by"));
		if (!cb)
			continue;
		dd_history_cmd hc;
		dd_history_parse(cb, strlen(cb), &hc);
		const char *var = NULL;
		size_t var_len = 0;
		unsigned dockle = dd_dockle_history(cb, strlen(cb), &var, &var_len);
		if ((dockle & DD_DOCKLE_ADD) && !seen_add) {
			seen_add = true;   /* Dockle exempts the first ADD: the base image's root filesystem */
			dockle &= ~(unsigned)DD_DOCKLE_ADD;
		}
		hist h = { .c = c, .index = (int)i, .layer = layer, .text = hc.args, .text_len = hc.args_len, .sh = sh,
			.final_env = json_object_get(json_object_get(cfg, "config"), "Env"), .dockle = dockle };
		/* build arguments recorded in front of RUN lines; each key once */
		for (size_t k = 0; k < hc.n_build_args && !rc; k++) {
			const char *kv = hc.build_args[k].p, *eq = memchr(kv, '=', hc.build_args[k].n);
			if (!eq || !dd_secret_env_reason(kv, (size_t)(eq - kv), eq + 1, hc.build_args[k].n - (size_t)(eq - kv) - 1))
				continue;
			char key[128];
			snprintf(key, sizeof(key), "%.*s", (int)(eq - kv), kv);
			add_secret(&h, eq + 1, hc.build_args[k].n - (size_t)(eq - kv) - 1);
			if (dd_strv_contains(&seen_args, key))
				continue;
			dd_strv_push(&seen_args, key);
			/* quote the whole line so the argument shows, masked */
			hist whole = h;
			whole.text = cb;
			whole.text_len = strlen(cb);
			rc = hit(&whole, R_ARG_SECRET, key);
			h.done[R_ARG_SECRET] = true;
			h.dockle_covered |= whole.dockle_covered;
		}
		if (rc)
			break;
		if (!strcmp(hc.instr, "RUN"))
			rc = run_rules(&h);
		else if (!strcmp(hc.instr, "ADD"))
			rc = add_rules(&h);
		else if (!strcmp(hc.instr, "ENV"))
			rc = assignments(&h, false);
		else if (!strcmp(hc.instr, "ARG"))
			rc = assignments(&h, true);
		if (!rc)
			rc = dockle_rest(&h, !strcmp(hc.instr, "ENV"), var, var_len);
		if (rc)
			break;
		/* the report repeats the history: it must not show what we masked */
		if (h.n_secrets && i < rep->n_history && rep->history[i].created_by) {
			char *masked = mask_all(&h, rep->history[i].created_by);
			if (!masked) {
				rc = dd_error_oom();
				break;
			}
			free(rep->history[i].created_by);
			((dd_report *)rep)->history[i].created_by = masked;
		}
	}
	dd_strv_free(&seen_args);
	free(sh);
	return rc;
}

const dd_check dd_check_history = {
	.name = "history", .version = 1, .scanners = DD_SCANNER_HISTORY, .files = NULL, .run = run,
};
